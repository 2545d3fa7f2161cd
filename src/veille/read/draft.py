"""What a format reader hands over: text, metadata and structure, before identity is computed."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.model import Section, Zone
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


def prepend_headline(draft: Draft) -> None:
    """Put the headline at the head of the text, as its own paragraph and `headline` zone, so that
    what it says (a quote, a name, a date) is analysed with the rest; every offset moves with it."""
    headline = draft.headline
    if not headline or draft.text.startswith(headline):
        return
    shift = len(headline) + 2
    structure = draft.structure
    structure.zones = [Zone("headline", 0, len(headline))] + [Zone(z.kind, z.start + shift, z.end + shift) for z in structure.zones]
    structure.sections = [Section(s.heading, s.start + shift) for s in structure.sections]
    draft.text = headline + "\n\n" + draft.text
