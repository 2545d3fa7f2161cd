"""The Python API: `veille.analyze(text_or_path)` and `veille.analyze_paths(paths)`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from veille.errors import Problem, ReadFailure, VeilleError, message
from veille.model import Analysis, Article
from veille.read import ReadOptions, read_paths, read_string
from veille.read.dates import parse_iso_date


class InputError(VeilleError):
    """The input could not be read as an article; the message says why."""


def analyze(text_or_path: str | Path, *, date: str | None = None) -> Analysis:
    """The analysis of one article, given as its text or as the path of a file.

    `date` (ISO, `2025-10-22`) overrides the publication date found in the input.
    """
    if isinstance(text_or_path, Path) or _is_file(text_or_path):
        results = list(read_paths([str(text_or_path)]))
        if len(results) != 1:
            raise InputError(f"{text_or_path}: holds {len(results)} articles; use veille.analyze_paths")
        article = results[0]
    else:
        article = read_string(str(text_or_path))
    if isinstance(article, ReadFailure):
        raise InputError(str(article))
    if date is not None:
        article = _redated(article, date)
    from veille.analyze.runner import analyze_articles  # spaCy loads only when analysing

    return next(analyze_articles([article]))


def analyze_paths(
    paths: Iterable[str | Path], options: ReadOptions | None = None
) -> Iterator[Analysis | ReadFailure]:
    """Analyses of every article under the paths; unreadable sources come as `ReadFailure`s."""
    from veille.analyze.runner import analyze_articles  # spaCy loads only when analysing

    pending: list[Article] = []
    for item in read_paths(paths, options):
        if isinstance(item, ReadFailure):
            yield from analyze_articles(pending)
            pending = []
            yield item
        else:
            pending.append(item)
            if len(pending) >= 8:
                yield from analyze_articles(pending)
                pending = []
    yield from analyze_articles(pending)


def _is_file(value: str) -> bool:
    return len(value) < 4096 and "\n" not in value and os.path.isfile(value)


def _redated(article: Article, date: str) -> Article:
    article.date = parse_iso_date(date)
    article.warnings = [w for w in article.warnings if w != message(Problem.NO_DATE)]
    return article
