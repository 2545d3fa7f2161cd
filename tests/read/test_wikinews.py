"""All 100 Wikinews articles: each read, dated from its dateline and titled from its <h1>."""

from __future__ import annotations

import html
import re

import pytest
from support import WIKINEWS

from veille.model import Article
from veille.read import read_file
from veille.lang.fr.calendar import MONTHS

FILES = sorted(WIKINEWS.glob("*.html"))
_H1 = re.compile(r"<h1>(.*?)</h1>", re.S)
_DATELINE = re.compile(r"<p>(\d{1,2})(?:er)? (\w+) (\d{4})(?:, [^.<]+)?\. -")


def test_there_are_100_articles():
    assert len(FILES) == 100


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_read_dated_and_titled(path):  # type: ignore[no-untyped-def]
    raw = path.read_text(encoding="utf-8")
    (article,) = read_file(str(path))
    assert isinstance(article, Article), article
    assert article.headline == " ".join(html.unescape(_H1.search(raw).group(1)).split())
    assert article.language == "fr"
    assert len(article.text) > 200
    match = _DATELINE.search(raw)
    if match:
        day, month, year = match.groups()
        assert article.date == f"{year}-{MONTHS[month]:02d}-{int(day):02d}"
        assert not any("date" in w for w in article.warnings)
    else:
        assert article.date is None
        assert any("no publication date" in w for w in article.warnings)
    # the text holds no markup and no soft hyphen
    assert "<p>" not in article.text and "\u00ad" not in article.text


def test_standfirst_and_headings_become_structure():
    (article,) = read_file(str(WIKINEWS / "43971.html"))
    assert isinstance(article, Article)
    assert article.lede and article.lede.startswith("La fusée Falcon 9")
    assert article.text.startswith(article.headline + "\n\n" + article.lede)
    dateline = [z for z in article.zones if z.kind == "dateline"]
    assert [article.text[z.start : z.end] for z in dateline] == ["22 mai 2012. - "]
    (ubuntu,) = read_file(str(WIKINEWS / "45513.html"))
    assert isinstance(ubuntu, Article)
    assert [s.heading for s in ubuntu.sections] == ["Qu'est-ce qu'Ubuntu ?", "Ubuntu 12.10"]
    assert all(ubuntu.text[s.start :].startswith(s.heading) for s in ubuntu.sections)
