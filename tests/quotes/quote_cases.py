"""Helpers of the quote tests: analyse a small hand-made article, read its speakers."""

from __future__ import annotations

from pathlib import Path

from veille.api import analyze
from veille.model import Analysis


def run(tmp_path: Path, body: str) -> Analysis:
    """The analysis of a hand-made article dated 2025-10-22."""
    path = tmp_path / "article.txt"
    path.write_text(" date 2025-10-22 " + body, encoding="utf-8")
    return analyze(path)


def speakers(analysis: Analysis) -> dict[str, str | None]:
    """Each quote's text with its speaker's name (None when unattributed)."""
    return {q.text: (q.speaker.name if q.speaker else None) for q in analysis.quotes}
