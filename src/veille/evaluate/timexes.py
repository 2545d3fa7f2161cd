"""Scores of temporal expressions: span P/R/F1 (exact and overlapping), type and value accuracy.

A gold timex gives `text`, `value`, `type` (or the seed's `kind`), an optional `mod` and an
optional `context`, a verbatim snippet around it that tells occurrences apart (a context
absent from the analysed text, e.g. a headline's, drops the item). Without a context, the
gold item stands for every occurrence of its text. Timexes veille finds inside
a dateline zone are the article's own date, which the gold does not list: they are ignored
(and so are gold items placed there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.evaluate.counts import Counts
from veille.evaluate.gold import GoldArticle
from veille.model import Analysis, Timex

NAME = "timexes"


@dataclass(slots=True)
class GoldTimex:
    """A gold timex placed in the article text."""

    start: int
    end: int
    text: str
    type: str | None
    value: str | None
    mod: str | None


def score(gold: GoldArticle, analysis: Analysis) -> dict[str, Counts]:
    """Span P/R/F1 (exact, overlap) and, on overlapping pairs, type and value accuracy."""
    items = gold.get("timexes")
    if items is None:
        return {}
    expected = [g for g in place(items, analysis.text) if not _in_dateline(g, analysis)]
    found = [t for t in analysis.timexes if not _in_dateline(t, analysis)]
    exact, overlap, kind, value = Counts(), Counts(), Counts(), Counts()
    for item in expected:
        if not any(t.start == item.start and t.end == item.end for t in found):
            exact.miss(f"{item.text!r} at {item.start}")
        else:
            exact.hit()
    for timex in found:
        if not any(t.start == timex.start and t.end == timex.end for t in expected):
            exact.spurious(f"{timex.text!r} at {timex.start}")
    for item, match in pair(expected, found):
        if match is None:
            overlap.miss(f"{item.text!r} at {item.start} ({item.value})")
            continue
        overlap.hit()
        kind.check(item.type is None or item.type == match.type, f"{item.text!r}: type {item.type}, found {match.type}")
        value.check(item.value == match.value, f"{item.text!r}: value {item.value}, found {match.value} ({match.text!r})")
    used = {id(m) for _, m in pair(expected, found) if m is not None}
    for timex in found:
        if id(timex) not in used:
            overlap.spurious(f"{timex.text!r} at {timex.start} ({timex.value})")
    return {"span": exact, "overlap": overlap, "type": kind, "value": value}


def place(items: list[dict[str, Any]], text: str) -> list[GoldTimex]:
    """Gold items at their offsets: by context when given, else at every occurrence of their text."""
    placed: list[GoldTimex] = []
    taken: set[int] = set()
    for item in items:
        kind = item.get("type") or (item.get("kind") or "").upper() or None
        for start in _starts(item, text, taken):
            taken.add(start)
            end = start + len(item["text"])
            placed.append(GoldTimex(start, end, item["text"], kind, item.get("value"), item.get("mod")))
    return placed


def _starts(item: dict[str, Any], text: str, taken: set[int]) -> list[int]:
    target = item["text"]
    every = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(target) + r"(?!\w)", text)]
    context = item.get("context")
    if context:
        for at in (m.start() for m in re.finditer(re.escape(context), text)):
            inner = context.find(target)
            while inner >= 0:
                if at + inner not in taken:
                    return [at + inner]
                inner = context.find(target, inner + 1)
        return []
    return every


def pair(expected: list[GoldTimex], found: list[Timex]) -> list[tuple[GoldTimex, Timex | None]]:
    """Each gold timex with the found one that overlaps it most (each found one used once)."""
    used: set[int] = set()
    pairs: list[tuple[GoldTimex, Timex | None]] = []
    for item in expected:
        best: Timex | None = None
        best_overlap = 0
        for index, timex in enumerate(found):
            overlap = min(item.end, timex.end) - max(item.start, timex.start)
            if index not in used and overlap > best_overlap:
                best, best_overlap = timex, overlap
        if best is not None:
            used.add(found.index(best))
        pairs.append((item, best))
    return pairs


def _in_dateline(timex: Timex | GoldTimex, analysis: Analysis) -> bool:
    return any(z.kind == "dateline" and timex.start < z.end and z.start < timex.end for z in analysis.zones)
