"""Scores of reading: publication date, language, and structure (lede, caption, credit, byline, headings)."""

from __future__ import annotations

from veille.evaluate.counts import Counts
from veille.evaluate.gold import GoldArticle
from veille.model import Analysis

NAME = "reading"


def score(gold: GoldArticle, analysis: Analysis) -> dict[str, Counts]:
    """Accuracy of date and language, and exactness of each structural field the gold gives."""
    result: dict[str, Counts] = {}
    if "date" in gold.data:
        result["date"] = _exact(gold.get("date"), analysis.date, "date")
    if "language" in gold.data:
        result["language"] = _exact(gold.get("language"), analysis.language, "language")
    structure = gold.get("structure")
    if structure:
        counts = Counts()
        found = {
            "lede": analysis.lede,
            "caption": analysis.media[0].caption if analysis.media else None,
            "credit": analysis.media[0].credit if analysis.media else None,
            "byline": analysis.byline,
            "sections": [s.heading for s in analysis.sections],
        }
        for key, expected in structure.items():
            counts.check(found.get(key) == expected, f"{key}: expected {expected!r}, found {found.get(key)!r}")
        result["structure"] = counts
    return result


def _exact(expected: object, found: object, what: str) -> Counts:
    counts = Counts()
    counts.check(expected == found, f"{what}: expected {expected!r}, found {found!r}")
    return counts
