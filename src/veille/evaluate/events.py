"""Scores of events and stances: P/R of event detection and type, participants, status and date; stances.

A gold event (`type`, `mode`, `actors`, `target`, `status`, `date`, `trigger`, `evidence`)
is matched to a found event whose trigger lies in the gold evidence (or whose evidence
covers the gold trigger), the same type first. Gold names match an entity by its name or
any of its mentions, or by word inclusion (`Trump` within `Donald Trump`). Gold stances
are either points (`holder`, `target`, `polarity`, `evidence`) or shifts (`before`,
`after`): a shift is found when the series of found stances turns the right way.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from veille.evaluate.counts import Counts
from veille.evaluate.gold import GoldArticle
from veille.model import Analysis, Event, Stance
from veille.timeline import StanceRecord, stance_series

NAME = "events"
_WORD = re.compile(r"\w+")


def score(gold: GoldArticle, analysis: Analysis) -> dict[str, Counts]:
    """Event, type, actors, status and date counts, and stance counts when the gold has them."""
    result: dict[str, Counts] = {}
    if "events" in gold.data:
        result.update(score_events(gold.get("events") or [], analysis))
    stances = gold.get("stances")
    if stances is not None:
        points = [s for s in stances if "polarity" in s]
        shifts = [s for s in stances if "before" in s and "after" in s]
        if points:
            result["stances"] = score_stance_points(points, analysis)
        if shifts:
            result["stance_shifts"] = score_shifts(shifts, analysis)
    return result


def score_events(gold_events: list[dict[str, Any]], analysis: Analysis) -> dict[str, Counts]:
    """Match gold events to found ones, then count each measure."""
    counts = {k: Counts() for k in ("event", "type", "actors", "status", "date")}
    names = _names(analysis)
    unused = list(analysis.events)
    for item in gold_events:
        where = _locate(analysis.text, item)
        found = _match(item, where, unused)
        label = f"{item.get('type')} {item.get('trigger') or item.get('evidence', '')[:50]!r}"
        if found is None:
            counts["event"].miss(label)
            counts["type"].miss(label)
            if item.get("date"):
                counts["date"].miss(f"{label} date {item['date']}")
            continue
        unused.remove(found)
        counts["event"].hit()
        if found.type == item.get("type"):
            counts["type"].hit()
        else:
            counts["type"].miss(f"{label} found as {found.type}")
            counts["type"].spurious(f"{found.type} {found.trigger.text!r}")
        _score_actors(counts["actors"], item, found, names, label)
        expected = item.get("status") or "reported"
        counts["status"].check(found.status == expected, f"{label}: status {found.status}, expected {expected}")
        _score_date(counts["date"], item.get("date"), found.date, label)
    for event in unused:
        text = f"{event.type} {event.trigger.text!r} at {event.trigger.start}"
        counts["event"].spurious(text)
        counts["type"].spurious(text)
        if event.date:
            counts["date"].spurious(f"{text} date {event.date}")
    return counts


def _locate(text: str, item: dict[str, Any]) -> tuple[int, int, int] | None:
    """(evidence start, evidence end, trigger position) of a gold event in the text."""
    evidence = item.get("evidence") or ""
    start = _find(text, evidence)
    trigger = item.get("trigger") or ""
    if start < 0:
        at = _find(text, trigger)
        return (at, at + len(trigger), at) if at >= 0 else None
    end = start + len(evidence)
    at = _find(text[start:end], trigger) if trigger else -1
    return start, end, start + at if at >= 0 else start


def _find(text: str, needle: str) -> int:
    if not needle:
        return -1
    at = text.find(needle)
    if at >= 0:
        return at
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    match = re.search(pattern, text)
    return match.start() if match else -1


def _match(item: dict[str, Any], where: tuple[int, int, int] | None, events: list[Event]) -> Event | None:
    if where is None:
        return None
    start, end, trigger = where
    candidates = [e for e in events
                  if start <= e.trigger.start < end or e.evidence.start <= trigger < e.evidence.end]
    if not candidates:
        return None
    return min(candidates, key=lambda e: (e.type != item.get("type"), abs(e.trigger.start - trigger)))


def _names(analysis: Analysis) -> dict[str, set[str]]:
    """Every way each entity is written in the article, normalised."""
    return {e.id: {_norm(e.name)} | {_norm(m.text) for m in e.mentions} for e in analysis.entities}


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall("".join(c for c in decomposed if not unicodedata.combining(c))))


def same_entity(gold_name: str, entity_id: str, names: dict[str, set[str]]) -> bool:
    """A gold name designates a found entity: same writing, or one's words within the other's."""
    wanted = _norm(gold_name)
    words = {w for w in wanted.split() if len(w) > 2 and w not in ("les", "des", "del")}
    for written in names.get(entity_id, {_norm(entity_id.split(":", 1)[-1].replace("-", " "))}):
        if written == wanted:
            return True
        theirs = {w for w in written.split() if len(w) > 2}
        if words and theirs and (words <= theirs or theirs <= words):
            return True
    return False


def _score_actors(counts: Counts, item: dict[str, Any], found: Event, names: dict[str, set[str]], label: str) -> None:
    expected = list(item.get("actors") or []) + ([item["target"]] if item.get("target") else [])
    got = found.actors + [r for r in found.recipients if r not in found.actors]
    matched: set[str] = set()
    for name in expected:
        hit = next((g for g in got if g not in matched and same_entity(name, g, names)), None)
        if hit is None:
            counts.miss(f"{label}: participant {name}")
        else:
            matched.add(hit)
            counts.hit()
    for extra in got:
        if extra not in matched:
            counts.spurious(f"{label}: participant {extra}")


def _score_date(counts: Counts, expected: str | None, found: str | None, label: str) -> None:
    if expected and found == expected:
        counts.hit()
        return
    if expected:
        counts.miss(f"{label}: date {expected}, found {found}")
    if found:
        counts.spurious(f"{label}: date {found}, expected {expected}")


def _sign(value: Any) -> int:
    if isinstance(value, (int, float)):
        return (value > 0) - (value < 0)
    return {"positive": 1, "friendly": 1, "negative": -1, "hostile": -1}.get(str(value).lower(), 0)


def score_stance_points(points: list[dict[str, Any]], analysis: Analysis) -> Counts:
    """Gold stances found with the right holder, target and sign, near their evidence."""
    counts = Counts()
    names = _names(analysis)
    unused = list(analysis.stances)
    for item in points:
        where = _locate(analysis.text, {"evidence": item.get("evidence"), "trigger": item.get("evidence")})
        label = f"{item.get('holder')} -> {item.get('target')} {item.get('polarity')}"
        hit = next((s for s in unused if _stance_ok(item, s, names, where)), None)
        if hit is None:
            counts.miss(label)
        else:
            unused.remove(hit)
            counts.hit()
    for stance in unused:
        counts.spurious(f"{stance.holder} -> {stance.target} {stance.polarity} at {stance.evidence.start}")
    return counts


def _stance_ok(item: dict[str, Any], stance: Stance, names: dict[str, set[str]],
               where: tuple[int, int, int] | None) -> bool:
    if _sign(item.get("polarity")) != _sign(stance.polarity):
        return False
    if not (same_entity(item.get("holder", ""), stance.holder, names)
            and same_entity(item.get("target", ""), stance.target, names)):
        return False
    if where is None:
        return True
    start, end, _ = where
    return stance.evidence.start < end + 200 and start - 200 < stance.evidence.end


def score_shifts(shifts: list[dict[str, Any]], analysis: Analysis) -> Counts:
    """A gold shift is found when the holder's series toward the target turns from `before` to `after`."""
    counts = Counts()
    names = _names(analysis)
    for item in shifts:
        holders = [e.id for e in analysis.entities if same_entity(item["holder"], e.id, names)]
        targets = [e.id for e in analysis.entities if same_entity(item["target"], e.id, names)]
        records = [StanceRecord(analysis.date, _merged(s, holders, targets), "", analysis.source)
                   for s in analysis.stances if s.holder in holders and s.target in targets]
        series = stance_series(records, "holder", "target")
        want = (_sign(item["before"]), _sign(item["after"]))
        ok = any((_sign(c.before_mean), _sign(c.after_mean)) == want for c in series.changes)
        counts.check(ok, f"{item['holder']} -> {item['target']}: {item['before']} then {item['after']}, "
                         f"found changes {[(round(c.before_mean, 2), round(c.after_mean, 2)) for c in series.changes]}")
    return counts


def _merged(stance: Stance, holders: list[str], targets: list[str]) -> Stance:
    """The stance with the holder's and target's ids folded into one (`Trump` and `Donald Trump`)."""
    return Stance("holder", "target", stance.polarity, stance.evidence, stance.date, stance.before)
