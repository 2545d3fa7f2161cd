"""What a format reader hands over: text, metadata and structure, before identity is computed."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.read.structure import Structure


@dataclass(slots=True)
class Draft:
    """An article as a format reader sees it."""

    source: str
    text: str
    date: str | None = None
    headline: str | None = None
    language: str | None = None
    url: str | None = None
    structure: Structure = field(default_factory=Structure)
    warnings: list[str] = field(default_factory=list)
