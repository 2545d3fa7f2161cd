"""The domain model: an Article read from a source, and the Analysis veille makes of it.

These typed objects are the Python side of the analysis format
(docs/analysis-format.md): `Analysis.to_dict()` gives exactly that JSON and
`Analysis.from_dict()` reads it back. All offsets are code-point indices into
`text`, half-open.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

FORMAT = "veille.analysis/1"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
MentionKind = Literal["name", "nominal", "pronoun"]
QuoteKind = Literal["direct", "partial", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["reported", "planned", "cancelled", "negated", "hypothetical"]
ZoneKind = Literal["lede", "caption", "credit", "byline", "heading", "dateline", "headline"]

#: Zones that are not running text: no quote, event or stance is looked for in them.
NON_BODY_ZONES: frozenset[str] = frozenset({"caption", "credit", "byline", "heading", "dateline"})

#: Zones where no event or stance is looked for: those, and the headline, which restates what
#: the body tells in full (its quotes, names and dates are still found).
NON_EVENT_ZONES: frozenset[str] = NON_BODY_ZONES | {"headline"}


@dataclass(frozen=True, slots=True)
class Zone:
    """A structural part of the article text (lede, caption, credit, byline, heading)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Media:
    """A picture's caption and credit."""

    caption: str | None
    credit: str | None


@dataclass(frozen=True, slots=True)
class Section:
    """A section heading and the offset in `text` where the heading starts."""

    heading: str
    start: int


@dataclass(slots=True)
class Article:
    """One article as read from its source, before any linguistic analysis."""

    id: str
    source: str
    text: str
    date: str | None = None
    language: str | None = None
    headline: str | None = None
    lede: str | None = None
    byline: list[str] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    url: str | None = None
    fingerprint: str | None = None
    warnings: list[str] = field(default_factory=list)

    def body_ranges(self) -> list[tuple[int, int]]:
        """The character ranges of `text` that are running text (not captions, credits ...)."""
        cuts = sorted((z.start, z.end) for z in self.zones if z.kind in NON_BODY_ZONES)
        ranges: list[tuple[int, int]] = []
        pos = 0
        for start, end in cuts:
            if start > pos:
                ranges.append((pos, start))
            pos = max(pos, end)
        if pos < len(self.text):
            ranges.append((pos, len(self.text)))
        return ranges


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: `text[start:end] == span.text`."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """One place where an entity is mentioned."""

    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(slots=True)
class Entity:
    """An entity of the article with all its mentions."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    kb_id: str | None = None


@dataclass(slots=True)
class Speaker:
    """Who said a quote: the canonical entity and the mention that designates it."""

    entity: str | None
    name: str
    mention: Span | None = None


@dataclass(slots=True)
class Quote:
    """Something someone said, with its speaker when one is found."""

    text: str
    start: int
    end: int
    kind: str
    speaker: Speaker | None = None
    cue: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised against the article's date (TIMEX3 values)."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass(slots=True)
class Evidence:
    """The stretch of text that supports a fact."""

    start: int
    end: int


@dataclass(slots=True)
class Event:
    """A PLOVER event: who did what to whom, when and where."""

    type: str
    mode: str | None
    status: str
    actors: list[str]
    recipients: list[str]
    trigger: Span
    evidence: Evidence
    location: str | None = None
    date: str | None = None


@dataclass(slots=True)
class Stance:
    """A directed attitude of a holder toward a target at a date."""

    holder: str
    target: str
    polarity: float
    evidence: Evidence
    date: str | None = None
    #: When the text only places the attitude earlier (`qu'il avait raillée pendant des années`):
    #: `date` is null and `before` holds the date it preceded (the article's).
    before: str | None = None


@dataclass(slots=True)
class Analysis(Article):
    """Everything veille found in one article; `to_dict()` is the analysis format."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article) -> Analysis:
        """An empty analysis carrying the article's reading."""
        names = {f.name for f in fields(Article)}
        return cls(**{name: getattr(article, name) for name in names})

    def to_dict(self) -> dict[str, Any]:
        """The analysis format, as plain JSON-ready data."""
        data = {"format": FORMAT}
        data.update(asdict(self))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Read an analysis back from its JSON form."""
        return _analysis_from_dict(data)


def _span(data: dict[str, Any] | None) -> Span | None:
    return Span(data["start"], data["end"], data["text"]) if data else None


def _speaker(data: dict[str, Any] | None) -> Speaker | None:
    if not data:
        return None
    return Speaker(data.get("entity"), data["name"], _span(data.get("mention")))


def _analysis_from_dict(data: dict[str, Any]) -> Analysis:
    plain = {k: v for k, v in data.items() if k in {f.name for f in fields(Analysis)}}
    plain["media"] = [Media(**m) for m in data.get("media", [])]
    plain["sections"] = [Section(**s) for s in data.get("sections", [])]
    plain["zones"] = [Zone(**z) for z in data.get("zones", [])]
    plain["entities"] = [
        Entity(
            id=e["id"], name=e["name"], type=e["type"], kb_id=e.get("kb_id"),
            mentions=[Mention(**m) for m in e.get("mentions", [])],
        )
        for e in data.get("entities", [])
    ]
    plain["quotes"] = [
        Quote(
            text=q["text"], start=q["start"], end=q["end"], kind=q["kind"],
            speaker=_speaker(q.get("speaker")), cue=_span(q.get("cue")),
            confidence=q.get("confidence", 0.5),
        )
        for q in data.get("quotes", [])
    ]
    plain["timexes"] = [Timex(**t) for t in data.get("timexes", [])]
    plain["events"] = [
        Event(**{**ev, "trigger": Span(**ev["trigger"]), "evidence": Evidence(**ev["evidence"])})
        for ev in data.get("events", [])
    ]
    plain["stances"] = [
        Stance(**{**st, "evidence": Evidence(**st["evidence"])}) for st in data.get("stances", [])
    ]
    return Analysis(**plain)
