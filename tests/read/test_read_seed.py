"""The seed article: date, language, and the exact structure of its gold."""

from __future__ import annotations

from support import SEED, assert_offsets, run_veille

import json

from veille.model import Article
from veille.read import read_paths


def read_seed() -> Article:
    (article,) = read_paths([SEED])
    assert isinstance(article, Article)
    return article


def test_seed_date_language_and_structure(seed_gold):  # type: ignore[no-untyped-def]
    article = read_seed()
    structure = seed_gold["structure"]
    assert article.date == "2025-10-22"
    assert article.language == "fr"
    assert article.lede == structure["lede"]
    assert [m.caption for m in article.media] == [structure["caption"]]
    assert [m.credit for m in article.media] == [structure["credit"]]
    assert article.byline == structure["byline"]
    assert [s.heading for s in article.sections] == structure["sections"]
    assert article.warnings == []


def test_seed_zones_point_at_their_text(seed_gold):  # type: ignore[no-untyped-def]
    article = read_seed()
    zones = {z.kind: article.text[z.start : z.end] for z in article.zones if z.kind != "heading"}
    assert zones["credit"] == "IMAGO/ZUMA Press Wire"
    assert zones["byline"] == "Chiara Schlenz"
    assert zones["caption"] == seed_gold["structure"]["caption"]
    assert zones["lede"] == seed_gold["structure"]["lede"]
    headings = [article.text[z.start : z.end] for z in article.zones if z.kind == "heading"]
    assert headings == seed_gold["structure"]["sections"]
    assert not article.text.startswith(" date")


def test_credit_line_is_not_body():
    article = read_seed()
    body = "".join(article.text[s:e] for s, e in article.body_ranges())
    assert "IMAGO" not in body
    assert "Chiara Schlenz" not in body
    assert "Du porteur de paix au trompé" not in body
    assert "Je ne veux pas d'ungâchis" in body


def test_cli_json_on_seed_matches_gold(seed_gold):  # type: ignore[no-untyped-def]
    result = run_veille("analyze", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    (data,) = json.loads(result.stdout)
    assert data["format"] == "veille.analysis/1"
    assert data["date"] == "2025-10-22" and data["language"] == "fr"
    assert data["lede"] == seed_gold["structure"]["lede"]
    assert data["media"] == [{"caption": seed_gold["structure"]["caption"], "credit": seed_gold["structure"]["credit"]}]
    assert data["byline"] == ["Chiara Schlenz"]
    assert [s["heading"] for s in data["sections"]] == seed_gold["structure"]["sections"]
    assert assert_offsets(data) > 20
    names = {e["name"] for e in data["entities"]}
    assert {"Marco Rubio", "Maria Zakharova", "Dmitri Peskov"} <= names
