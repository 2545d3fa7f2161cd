"""The article view's annotated text: the text cut into runs, each with the annotations over it.

Annotations overlap (a quote holds mentions and dates; an event's evidence holds all of
them), so the text is cut at every annotation boundary and each run carries the set of
annotations that cover it. The template escapes each run's text; nothing here builds HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_ZONE_CLASSES = {"caption": "z-caption", "credit": "z-credit", "byline": "z-byline",
                 "heading": "z-heading", "lede": "z-lede", "dateline": "z-dateline", "headline": "z-headline"}


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation over `[start, end)`: its CSS class, a tooltip, and a link."""

    start: int
    end: int
    css: str
    title: str = ""
    href: str | None = None
    ref: str | None = None


@dataclass(slots=True)
class Run:
    """A stretch of text and the annotations that cover all of it."""

    start: int
    end: int
    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    href: str | None = None
    refs: list[str] = field(default_factory=list)
    focus: bool = False
    anchor: str | None = None


def marks_of(analysis: dict[str, Any], names: dict[str, str]) -> list[Mark]:
    """Every annotation of an analysis as a mark; `names` maps entity ids to names."""
    marks: list[Mark] = []
    for zone in analysis.get("zones") or []:
        css = _ZONE_CLASSES.get(zone.get("kind", ""))
        if css:
            marks.append(Mark(zone["start"], zone["end"], css))
    for entity in analysis.get("entities") or []:
        href = f"/entities/{entity['id']}"
        for mention in entity.get("mentions") or []:
            marks.append(Mark(mention["start"], mention["end"], f"m m-{entity['type']}",
                              f"{entity['name']} ({entity['type']})", href))
    for index, quote in enumerate(analysis.get("quotes") or []):
        speaker = (quote.get("speaker") or {}).get("name") or "?"
        marks.append(Mark(quote["start"], quote["end"], f"q q-{quote['kind']}", f"« » {speaker}",
                          ref=f"q{index}"))
        mention = (quote.get("speaker") or {}).get("mention")
        if mention:
            marks.append(Mark(mention["start"], mention["end"], "spk", f"→ {speaker}", ref=f"q{index}"))
        if quote.get("cue"):
            marks.append(Mark(quote["cue"]["start"], quote["cue"]["end"], "cue", ref=f"q{index}"))
    for timex in analysis.get("timexes") or []:
        marks.append(Mark(timex["start"], timex["end"], "t", f"{timex['type']} {timex.get('value') or ''}".strip()))
    for index, event in enumerate(analysis.get("events") or []):
        actors = ", ".join(names.get(a, a) for a in event.get("actors") or [])
        marks.append(Mark(event["trigger"]["start"], event["trigger"]["end"], "ev",
                          f"{event['type']} ({event['status']}) {actors}".strip(), ref=f"e{index}"))
    return marks


def runs(text: str, marks: list[Mark], focus: tuple[int, int] | None = None) -> list[Run]:
    """The text cut at every mark boundary; runs inside `focus` are flagged, the first anchored."""
    length = len(text)
    cuts = {0, length}
    valid = [m for m in marks if 0 <= m.start < m.end <= length]
    for mark in valid:
        cuts.update((mark.start, mark.end))
    if focus and 0 <= focus[0] < focus[1] <= length:
        cuts.update(focus)
    else:
        focus = None
    bounds = sorted(cuts)
    result: list[Run] = []
    starts: dict[int, list[Mark]] = {}
    for mark in valid:
        starts.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    anchored = False
    for start, end in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > start] + starts.get(start, [])
        run = Run(start, end, text[start:end])
        for mark in active:
            if mark.css not in run.classes:
                run.classes.append(mark.css)
            if mark.title and mark.title not in run.titles:
                run.titles.append(mark.title)
            if mark.href and run.href is None:
                run.href = mark.href
            if mark.ref and mark.ref not in run.refs:
                run.refs.append(mark.ref)
        if focus and focus[0] <= start and end <= focus[1]:
            run.focus = True
            if not anchored:
                run.anchor = "focus"
                anchored = True
        result.append(run)
    return result


def parse_focus(value: str | None) -> tuple[int, int] | None:
    """`512-559` -> (512, 559); anything else -> None (ValueError says why)."""
    if not value:
        return None
    start, sep, end = value.partition("-")
    if not sep or not start.isdigit() or not end.isdigit() or int(start) >= int(end):
        raise ValueError(f"hl must be START-END with START < END (character offsets), not {value!r}")
    return int(start), int(end)
