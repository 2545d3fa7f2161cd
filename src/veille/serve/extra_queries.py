"""Read queries the web UI and REST API need, as parameterised SQL over the store's tables.

These sit here until the store's query layer (veille.store.queries) holds them. Every
function takes an open read-only connection and returns plain JSON-ready data (dates as
ISO strings). Word filters match case- and accent-insensitively, every word required.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import duckdb

Row = dict[str, Any]

#: How a text column is folded for word matching (lower case, no accents).
_FOLD = "strip_accents(lower({}))"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list: involving an entity, of a type, by date, one page of them."""

    entity: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = 100
    offset: int = 0


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[Row]:
    """The rows of a query as dicts keyed by column name, dates as ISO strings."""
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [{c: _plain(v) for c, v in zip(columns, row)} for row in cursor.fetchall()]


def _words(words: str | None) -> list[str]:
    return [w for w in (words or "").split() if w]


def _word_clause(column: str, words: str | None, params: list[Any]) -> str:
    """`AND folded(column) LIKE ?` for each word, with its parameter appended."""
    clauses = []
    for word in _words(words):
        clauses.append(f" AND {_FOLD.format(column)} LIKE '%' || {_FOLD.format('?')} || '%'")
        params.append(word)
    return "".join(clauses)


def overview(con: duckdb.DuckDBPyConnection) -> Row:
    """How big the corpus is and which dates it covers."""
    row = fetch(con, """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM entities) AS entities,
               (SELECT count(*) FROM quotes) AS quotes,
               (SELECT count(*) FROM events) AS events,
               (SELECT count(*) FROM stances) AS stances,
               (SELECT min(date) FROM articles) AS first_date,
               (SELECT max(date) FROM articles) AS last_date""")
    return row[0]


def top_entities(con: duckdb.DuckDBPyConnection, entity_type: str | None, limit: int = 10) -> list[Row]:
    """The entities in most articles (then most mentions), optionally of one type."""
    return fetch(con, """
        SELECT e.id, e.name, e.type, count(DISTINCT ea.article_id) AS articles, sum(ea.mentions) AS mentions
        FROM entities e JOIN entity_articles ea ON ea.entity_id = e.id
        WHERE ? IS NULL OR e.type = ?
        GROUP BY e.id, e.name, e.type
        ORDER BY articles DESC, mentions DESC, e.name LIMIT ?""", [entity_type, entity_type, limit])


def top_speakers(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[Row]:
    """The entities quoted most often."""
    return fetch(con, """
        SELECT speaker_entity AS id, any_value(speaker_name) AS name, count(*) AS quotes
        FROM quotes WHERE speaker_entity IS NOT NULL
        GROUP BY speaker_entity ORDER BY quotes DESC, name LIMIT ?""", [limit])


def search_entities(con: duckdb.DuckDBPyConnection, words: str, limit: int = 20) -> list[Row]:
    """Entities whose name holds every word."""
    params: list[Any] = []
    where = _word_clause("e.name", words, params)
    params.append(limit)
    return fetch(con, f"""
        SELECT e.id, e.name, e.type, count(DISTINCT ea.article_id) AS articles
        FROM entities e LEFT JOIN entity_articles ea ON ea.entity_id = e.id
        WHERE TRUE {where}
        GROUP BY e.id, e.name, e.type ORDER BY articles DESC, e.name LIMIT ?""", params)


def articles(con: duckdb.DuckDBPyConnection, words: str | None = None, since: dt.date | None = None,
             until: dt.date | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[Row]]:
    """Articles (newest first) whose headline or text holds every word, within dates; and their total."""
    params: list[Any] = [since, since, until, until]
    where = _word_clause("coalesce(headline, '') || ' ' || text", words, params)
    base = f"FROM articles WHERE (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?) {where}"
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    found = fetch(con, f"""
        SELECT id, source, date, headline, lede, left(text, 300) AS opening,
               n_entities, n_quotes, n_events {base}
        ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?""", [*params, limit, offset])
    return total, found


def entity(con: duckdb.DuckDBPyConnection, entity_id: str) -> Row | None:
    """One entity with its article and mention counts, or None."""
    found = fetch(con, """
        SELECT e.id, e.name, e.type, e.kb_id,
               (SELECT count(DISTINCT article_id) FROM entity_articles WHERE entity_id = e.id) AS articles,
               (SELECT coalesce(sum(mentions), 0) FROM entity_articles WHERE entity_id = e.id) AS mentions,
               (SELECT list(DISTINCT text) FROM mentions WHERE entity_id = e.id AND kind = 'name') AS names
        FROM entities e WHERE e.id = ?""", [entity_id])
    return found[0] if found else None


def entity_timeline(con: duckdb.DuckDBPyConnection, entity_id: str) -> list[Row]:
    """Mentions and articles of an entity per publication date."""
    return fetch(con, """
        SELECT date, sum(mentions) AS mentions, count(DISTINCT article_id) AS articles
        FROM entity_articles WHERE entity_id = ? AND date IS NOT NULL
        GROUP BY date ORDER BY date""", [entity_id])


def entity_articles(con: duckdb.DuckDBPyConnection, entity_id: str, limit: int = 20) -> list[Row]:
    """The articles that mention an entity, newest first."""
    return fetch(con, """
        SELECT a.id, a.date, a.headline, a.lede, left(a.text, 300) AS opening, a.source, ea.mentions
        FROM entity_articles ea JOIN articles a ON a.id = ea.article_id
        WHERE ea.entity_id = ? ORDER BY a.date DESC NULLS LAST, ea.mentions DESC LIMIT ?""", [entity_id, limit])


def cooccurring(con: duckdb.DuckDBPyConnection, entity_id: str, limit: int = 20) -> list[Row]:
    """The entities that share most articles with this one."""
    return fetch(con, """
        SELECT e.id, e.name, e.type, count(DISTINCT b.article_id) AS articles
        FROM entity_articles a
        JOIN entity_articles b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
        JOIN entities e ON e.id = b.entity_id
        WHERE a.entity_id = ?
        GROUP BY e.id, e.name, e.type ORDER BY articles DESC, e.name LIMIT ?""", [entity_id, limit])


def events(con: duckdb.DuckDBPyConnection, f: EventFilter) -> tuple[int, list[Row]]:
    """Events matching the filter in date order (the event's own date, else the article's)."""
    when = "coalesce(ev.date, CAST(ev.article_date AS VARCHAR))"
    params: list[Any] = [f.entity, f.entity, f.type, f.type]
    where = """(? IS NULL OR ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?))
               AND (? IS NULL OR ev.type = ?)"""
    if f.since:
        where += f" AND {when} >= ?"
        params.append(f.since.isoformat())
    if f.until:
        where += f" AND {when} <= ? || '~'"
        params.append(f.until.isoformat())
    base = f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {where}"
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    found = fetch(con, f"""
        SELECT ev.id, ev.article_id, ev.article_date, ev.type, ev.mode, ev.status, ev.actors, ev.recipients,
               ev.location, ev.date, {when} AS sort_date, ev.trigger_text, ev.trigger_start, ev.trigger_end,
               ev.evidence_start, ev.evidence_end,
               substr(a.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence_text,
               a.headline, a.source
        {base} ORDER BY sort_date NULLS LAST, ev.article_id, ev.trigger_start LIMIT ? OFFSET ?""",
                  [*params, f.limit, f.offset])
    return total, found


def event_types(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The event types present in the store."""
    return [r["type"] for r in fetch(con, "SELECT DISTINCT type FROM events ORDER BY type")]


def stances(con: duckdb.DuckDBPyConnection, *, holder: str | None = None, target: str | None = None) -> list[Row]:
    """Stances held by `holder` or toward `target`, in date order, with the evidence text."""
    return fetch(con, """
        SELECT s.id, s.article_id, s.holder, h.name AS holder_name, s.target, t.name AS target_name,
               s.polarity, coalesce(s.date, CAST(s.article_date AS VARCHAR)) AS date,
               s.evidence_start, s.evidence_end,
               substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start) AS evidence_text
        FROM stances s JOIN articles a ON a.id = s.article_id
        LEFT JOIN entities h ON h.id = s.holder LEFT JOIN entities t ON t.id = s.target
        WHERE (? IS NULL OR s.holder = ?) AND (? IS NULL OR s.target = ?)
        ORDER BY date NULLS LAST, s.article_id, s.evidence_start""", [holder, holder, target, target])


def names(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, Row]:
    """Entity rows (id, name, type) for the given ids."""
    if not ids:
        return {}
    return {r["id"]: r for r in fetch(con, "SELECT id, name, type FROM entities WHERE list_contains(?, id)", [sorted(ids)])}


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """An article's whole analysis (the analysis format), or None."""
    row = con.execute("SELECT analysis FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    return json.loads(row[0]) if isinstance(row[0], str) else row[0]
