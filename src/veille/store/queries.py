"""The one query layer over the store, used by the CLI, the REST API and the web UI.

Every function takes an open DuckDB connection (`Store.reading()` gives one) and typed
parameters, and returns JSON-ready dicts and lists. Every value from a user travels as
a query parameter: SQL text is only ever assembled from constant fragments.
Dates are ISO strings (`2025-10-22`); `date_from` and `date_to` are inclusive.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import duckdb

from veille.store.rows import fold, terms_of

Con = duckdb.DuckDBPyConnection
_PHRASE = re.compile(r'"([^"]+)"')
INTERVALS = ("day", "week", "month", "year")
#: Threads an entity profile reads with: beyond 2-4 the parts only compete for the cores.
PROFILE_THREADS = 4


def _dicts(cursor: Con) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [{k: _plain(v) for k, v in zip(names, row)} for row in cursor.fetchall()]


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


class _Where:
    """Conditions and their parameters, kept together so that values are never formatted into SQL."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def dates(self, column: str, date_from: str | None, date_to: str | None) -> None:
        if date_from:
            self.add(f"{column} >= CAST(? AS DATE)", date_from)
        if date_to:
            self.add(f"{column} <= CAST(? AS DATE)", date_to)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.parts)) if self.parts else ""


def stats(con: Con) -> dict[str, int]:
    """How much the store holds: articles, sources, duplicates, failures, entities, quotes, events ..."""
    row = con.execute("""
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_sources),
               (SELECT count(*) FROM article_sources WHERE relation = 'exact'),
               (SELECT count(*) FROM article_sources WHERE relation = 'near'),
               (SELECT count(*) FROM failures), (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions),
               (SELECT count(*) FROM quotes), (SELECT count(*) FROM timexes), (SELECT count(*) FROM events),
               (SELECT count(*) FROM stances)""").fetchone()
    names = ("articles", "sources", "exact_duplicates", "near_duplicates", "errors", "entities", "mentions",
             "quotes", "timexes", "events", "stances")
    return dict(zip(names, row or ()))


def failures(con: Con, *, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    """The sources that could not be stored, with their reason, newest first."""
    return _dicts(con.execute(
        "SELECT source, problem, reason, failed_at FROM failures ORDER BY failed_at DESC, source LIMIT ? OFFSET ?",
        [limit, offset]))


def article(con: Con, article_id: str) -> dict[str, Any] | None:
    """One article's analysis, exactly as `veille analyze` prints it, plus every source that carried it."""
    row = con.execute("SELECT analysis FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    data: dict[str, Any] = json.loads(row[0])
    data["sources"] = _dicts(con.execute(
        "SELECT source, relation, similarity FROM article_sources WHERE article_id = ? ORDER BY relation = 'original' DESC, source",
        [article_id]))
    return data


def articles(
    con: Con, *, text: str | None = None, date_from: str | None = None, date_to: str | None = None,
    entity: str | None = None, limit: int = 20, offset: int = 0,
) -> dict[str, Any]:
    """Articles matching all the words of `text` ("quoted phrases" verbatim), a date range and an entity."""
    where = _Where()
    words = terms_of(_PHRASE.sub(" ", text or "")) + [w for p in _PHRASE.findall(text or "") for w in terms_of(p)]
    words = sorted(set(words))
    if words:
        where.add("a.id IN (SELECT article_id FROM terms WHERE term IN (SELECT unnest(?)) "
                  "GROUP BY article_id HAVING count(*) = ?)", words, len(words))
    phrases = [fold(p) for p in _PHRASE.findall(text or "")] or ([fold(text)] if text and not words else [])
    for phrase in phrases:
        where.add("contains(strip_accents(lower(a.text)), ?)", phrase)
    where.dates("a.date", date_from, date_to)
    if entity:
        where.add("a.id IN (SELECT article_id FROM entity_articles WHERE entity_id = ?)", entity)
    found = _dicts(con.execute(
        f"SELECT a.id, a.source, a.date, a.headline, a.lede, a.n_entities AS entities, a.n_quotes AS quotes, "
        f"a.n_events AS events, count(*) OVER () AS total FROM articles a {where.sql()} "
        f"ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?", [*where.params, limit, offset]))
    total = found[0]["total"] if found else 0
    if found and (words or phrases):
        texts = dict(con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))",
                                 [[f["id"] for f in found]]).fetchall())
        for item in found:
            item["snippet"] = _snippet(texts[item["id"]], phrases + words)
    for item in found:
        item.pop("total")
    return {"total": total, "articles": found}


def _snippet(text: str, needles: list[str], width: int = 90) -> str:
    folded = fold(text)
    hits = [folded.find(n) for n in needles if n and folded.find(n) >= 0]
    at = min(hits) if hits else 0
    start, end = max(0, at - width), min(len(text), at + width)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def find_entities(con: Con, name: str | None = None, *, type: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Entities whose id or name matches `name` (exact first, then by prefix, then anywhere), most mentioned first."""
    where = _Where()
    if name:
        where.add("(e.id = ? OR contains(strip_accents(lower(e.name)), ?))", name, fold(name))
    if type:
        where.add("e.type = ?", type.upper())
    rank = "CASE WHEN e.id = ? OR strip_accents(lower(e.name)) = ? THEN 0 WHEN starts_with(strip_accents(lower(e.name)), ?) THEN 1 ELSE 2 END"
    folded = fold(name or "")
    return _dicts(con.execute(
        f"SELECT e.id, e.name, e.type, e.kb_id, coalesce(sum(ea.mentions), 0) AS mentions, count(ea.article_id) AS articles "
        f"FROM entities e LEFT JOIN entity_articles ea ON ea.entity_id = e.id {where.sql()} "
        f"GROUP BY e.id, e.name, e.type, e.kb_id ORDER BY {rank}, mentions DESC, e.id LIMIT ?",
        [*where.params, name or "", folded, folded, limit]))


def entity_profile(
    con: Con, entity_id: str, *, date_from: str | None = None, date_to: str | None = None, limit: int = 20,
) -> dict[str, Any] | None:
    """Everything about one entity: mentions per day, co-occurring entities, quotes by and about, events, stances.

    The parts are independent reads, so they run at once, each on its own cursor of the same
    database: the profile costs about its slowest part rather than the sum of all of them.
    """
    head = con.execute("SELECT id, name, type, kb_id FROM entities WHERE id = ?", [entity_id]).fetchone()
    if head is None:
        return None
    dates = {"date_from": date_from, "date_to": date_to}
    parts: dict[str, Callable[[Con], Any]] = {
        "per_day": lambda c: _per_day(c, entity_id, date_from, date_to),
        "co_occurring": lambda c: _co_occurring(c, entity_id, date_from, date_to, limit),
        "written_as": lambda c: _dicts(c.execute(
            "SELECT text, kind, count(*) AS mentions FROM mentions WHERE entity_id = ? GROUP BY text, kind "
            "ORDER BY mentions DESC, text LIMIT ?", [entity_id, limit])),
        "quotes_by": lambda c: quotes(c, speaker=entity_id, limit=limit, **dates)["quotes"],
        "quotes_about": lambda c: quotes(c, about=entity_id, limit=limit, **dates)["quotes"],
        "events": lambda c: events(c, participant=entity_id, limit=limit, **dates)["events"],
        "stances_held": lambda c: stance_series(c, holder=entity_id, **dates),
        "stances_received": lambda c: stance_series(c, target=entity_id, **dates),
    }
    got = _concurrently(con, parts)
    per_day = got["per_day"]
    return {
        "id": head[0], "name": head[1], "type": head[2], "kb_id": head[3],
        "articles": sum(d["articles"] for d in per_day), "mentions": sum(d["mentions"] for d in per_day),
        "written_as": got["written_as"], "mentions_per_day": per_day, "co_occurring": got["co_occurring"],
        "quotes_by": got["quotes_by"], "quotes_about": got["quotes_about"], "events": got["events"],
        "stances_held": got["stances_held"], "stances_received": got["stances_received"],
    }


def _concurrently(con: Con, parts: dict[str, Callable[[Con], Any]]) -> dict[str, Any]:
    """Each part's result, the parts run in threads on cursors of `con` (DuckDB releases the GIL)."""
    cursors = {name: con.cursor() for name in parts}
    try:
        with ThreadPoolExecutor(max_workers=min(len(parts), PROFILE_THREADS)) as pool:
            futures = {name: pool.submit(part, cursors[name]) for name, part in parts.items()}
            return {name: future.result() for name, future in futures.items()}
    finally:
        for cursor in cursors.values():
            cursor.close()


def _per_day(con: Con, entity_id: str, date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    """Mentions and articles of the entity per day, from the aggregate kept at ingest."""
    where = _Where()
    where.add("d.entity_id = ?", entity_id)
    where.dates("d.date", date_from, date_to)
    return _dicts(con.execute(
        f"SELECT d.date, d.mentions, d.articles FROM entity_days d {where.sql()} ORDER BY d.date NULLS FIRST",
        where.params))


def _co_occurring(con: Con, entity_id: str, date_from: str | None, date_to: str | None, limit: int) -> list[dict[str, Any]]:
    """The entities found in the most articles together with this one."""
    where = _Where()
    where.add("ea.entity_id = ?", entity_id)
    where.dates("ea.date", date_from, date_to)
    return _dicts(con.execute(
        f"WITH hits AS (SELECT ea.article_id FROM entity_articles ea {where.sql()}) "
        f"SELECT o.entity_id AS id, e.name, e.type, count(*) AS articles FROM entity_articles o "
        f"JOIN entities e ON e.id = o.entity_id WHERE o.article_id IN (SELECT article_id FROM hits) AND o.entity_id <> ? "
        f"GROUP BY o.entity_id, e.name, e.type ORDER BY articles DESC, id LIMIT ?", [*where.params, entity_id, limit]))


def quotes(
    con: Con, *, speaker: str | None = None, about: str | None = None, words: str | None = None,
    kind: str | None = None, date_from: str | None = None, date_to: str | None = None, limit: int = 50, offset: int = 0,
) -> dict[str, Any]:
    """Quotes by a speaker (entity id), about an entity (mentioned inside), containing words, in a date range."""
    where = _Where()
    if speaker:
        where.add("q.speaker_entity = ?", speaker)
    if about:
        where.add("q.id IN (SELECT quote_id FROM quote_mentions WHERE entity_id = ?)", about)
    for word in (words or "").split():
        where.add("contains(strip_accents(lower(q.text)), ?)", fold(word))
    if kind:
        where.add("q.kind = ?", kind)
    where.dates("q.date", date_from, date_to)
    found = _dicts(con.execute(
        f"WITH page AS (SELECT q.*, count(*) OVER () AS total FROM quotes q {where.sql()} "
        f"ORDER BY q.date DESC NULLS LAST, q.article_id, q.start LIMIT ? OFFSET ?) "
        f"SELECT q.id, q.article_id, q.date, q.text, q.kind, q.speaker_entity, q.speaker_name, q.cue_text AS cue, "
        f"q.start, q.\"end\", q.confidence, a.source, a.headline, q.total FROM page q JOIN articles a ON a.id = q.article_id "
        f"ORDER BY q.date DESC NULLS LAST, q.article_id, q.start", [*where.params, limit, offset]))
    return _page(found, "quotes")


def events(
    con: Con, *, actor: str | None = None, recipient: str | None = None, participant: str | None = None,
    type: str | None = None, status: str | None = None, date_from: str | None = None, date_to: str | None = None,
    limit: int = 50, offset: int = 0,
) -> dict[str, Any]:
    """Events by actor, recipient or any participant (entity ids), PLOVER type, status and date of the event."""
    where = _Where()
    for entity, role in ((actor, "actor"), (recipient, "recipient")):
        if entity:
            where.add("ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ? AND role = ?)", entity, role)
    if participant:
        where.add("ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)", participant)
    if type:
        where.add("ev.type = ?", type.upper())
    if status:
        where.add("ev.status = ?", status)
    where.dates("coalesce(try_cast(ev.date AS DATE), ev.article_date)", date_from, date_to)
    found = _dicts(con.execute(
        f"WITH page AS (SELECT ev.*, coalesce(ev.date, CAST(ev.article_date AS VARCHAR)) AS day, count(*) OVER () AS total "
        f"FROM events ev {where.sql()} ORDER BY day DESC NULLS LAST, ev.article_id, ev.trigger_start LIMIT ? OFFSET ?) "
        f"SELECT ev.id, ev.article_id, ev.type, ev.mode, ev.status, ev.actors, ev.recipients, ev.location, ev.day AS date, "
        f"ev.trigger_text AS trigger, substr(a.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence, "
        f"a.source, ev.total FROM page ev JOIN articles a ON a.id = ev.article_id "
        f"ORDER BY ev.day DESC NULLS LAST, ev.article_id, ev.trigger_start", [*where.params, limit, offset]))
    _name_participants(con, found)
    return _page(found, "events")


def _name_participants(con: Con, events: list[dict[str, Any]]) -> None:
    """Give each event `actor_names` and `recipient_names` beside the ids, from one look-up."""
    ids = sorted({i for e in events for i in [*(e["actors"] or []), *(e["recipients"] or [])]})
    names = dict(con.execute("SELECT id, name FROM entities WHERE list_contains(?, id)", [ids]).fetchall()) if ids else {}
    for event in events:
        event["actor_names"] = [names.get(i, i) for i in event["actors"] or []]
        event["recipient_names"] = [names.get(i, i) for i in event["recipients"] or []]


def stance_series(
    con: Con, *, holder: str | None = None, target: str | None = None, date_from: str | None = None,
    date_to: str | None = None, interval: str = "day",
) -> list[dict[str, Any]]:
    """Mean polarity of each (holder, target) pair per day, week, month or year, with the number of stances."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    where = _Where()
    if holder:
        where.add("s.holder = ?", holder)
    if target:
        where.add("s.target = ?", target)
    day = "coalesce(try_cast(s.date AS DATE), s.article_date)"
    where.dates(day, date_from, date_to)
    return _dicts(con.execute(
        f"SELECT s.holder, h.name AS holder_name, s.target, t.name AS target_name, "
        f"CAST(date_trunc(?, {day}) AS DATE) AS period, avg(s.polarity) AS polarity, count(*) AS stances "
        f"FROM stances s LEFT JOIN entities h ON h.id = s.holder LEFT JOIN entities t ON t.id = s.target {where.sql()} "
        f"GROUP BY ALL ORDER BY s.holder, s.target, period NULLS FIRST", [interval, *where.params]))


def stance_points(con: Con, holder: str, target: str) -> list[dict[str, Any]]:
    """Every stance of the holder toward the target, with its dates, evidence text and source."""
    return _dicts(con.execute(
        "SELECT CAST(s.article_date AS VARCHAR) AS article_date, s.polarity, s.date, s.before, "
        "s.evidence_start, s.evidence_end, a.id AS article_id, a.source, "
        "substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start) AS evidence "
        "FROM stances s JOIN articles a ON a.id = s.article_id WHERE s.holder = ? AND s.target = ? "
        "ORDER BY s.article_date, s.evidence_start", [holder, target]))


def _page(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """One page of rows under `key`, with the total that each row carried from `count(*) OVER ()`."""
    total = rows[0]["total"] if rows else 0
    for row in rows:
        row.pop("total", None)
    return {"total": total, key: rows}