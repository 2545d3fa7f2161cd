"""Query benchmark: latency of each query of veille.store.queries on a store of 100,000 articles.

The store is filled by replicating the articles the ingest benchmark analysed, with new
ids and dates shifted week by week (analysing 100,000 texts would take hours on a
laptop). While the quote, event and stance components are not merged, those tables are
empty; the benchmark then fills them with synthetic rows (one quote, event and stance
per person per article, between entities that really co-occur) so that their queries
run on realistic volumes. The table says which tables were synthetic.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from veille.store import queries as Q
from veille.store.db import Store, recount_derived

_COPY = {  # table -> select list for a copy k of its rows; m maps old article ids to new ones
    "articles": "m.new AS id, t.source || '#' || m.k AS source, t.date + 7 * m.k AS date, t.* EXCLUDE (id, source, date)",
    "article_sources": "t.source_key || '#' || m.k AS source_key, t.source, m.new AS article_id, t.relation, t.similarity",
    "mentions": "m.new AS article_id, t.* EXCLUDE (article_id)",
    "entity_articles": "t.entity_id, m.new AS article_id, t.date + 7 * m.k AS date, t.mentions",
    "quotes": "md5(t.id || m.k) AS id, m.new AS article_id, t.date + 7 * m.k AS date, t.* EXCLUDE (id, article_id, date)",
    "timexes": "m.new AS article_id, t.* EXCLUDE (article_id)",
    "events": "md5(t.id || m.k) AS id, m.new AS article_id, t.article_date + 7 * m.k AS article_date, "
              "t.* EXCLUDE (id, article_id, article_date)",
    "stances": "md5(t.id || m.k) AS id, m.new AS article_id, t.article_date + 7 * m.k AS article_date, "
               "t.* EXCLUDE (id, article_id, article_date)",
    "terms": "t.term, m.new AS article_id",
}


def synthesise(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Fill empty quote, event and stance tables from real co-occurrences; returns the tables filled."""
    filled = []
    pairs = """(SELECT ea.article_id, ea.entity_id AS a, min(o.entity_id) AS b, any_value(ea.date) AS date,
                       hash(ea.article_id || ea.entity_id) AS h
                FROM entity_articles ea JOIN entities e ON e.id = ea.entity_id AND e.type = 'PER'
                JOIN entity_articles o ON o.article_id = ea.article_id AND o.entity_id <> ea.entity_id
                GROUP BY ea.article_id, ea.entity_id)"""
    if con.execute("SELECT count(*) FROM quotes").fetchone()[0] == 0:
        con.execute(f"""INSERT INTO quotes SELECT md5(p.article_id || p.a), p.article_id, p.date, 0, 120,
            substr(a.text, 1, 120), 'direct', p.a, e.name, NULL, NULL, NULL, NULL, NULL, NULL, 0.9
            FROM {pairs} p JOIN articles a ON a.id = p.article_id JOIN entities e ON e.id = p.a""")
        filled.append("quotes")
    if con.execute("SELECT count(*) FROM events").fetchone()[0] == 0:
        con.execute(f"""INSERT INTO events SELECT md5(p.article_id || p.a || 'e'), p.article_id, p.date,
            ['CONSULT', 'COOPERATE', 'DEMAND', 'ACCUSE', 'AID'][CAST(1 + p.h % 5 AS BIGINT)], NULL, 'reported', [p.a], [p.b], NULL,
            CAST(p.date AS VARCHAR), 0, 5, 'verbe', 0, 80 FROM {pairs} p""")
        con.execute("""INSERT INTO event_participants SELECT id, unnest(actors), 'actor' FROM events
                       UNION ALL SELECT id, unnest(recipients), 'recipient' FROM events""")
        filled.append("events")
    if con.execute("SELECT count(*) FROM stances").fetchone()[0] == 0:
        con.execute(f"""INSERT INTO stances SELECT md5(p.article_id || p.a || 's'), p.article_id, p.date, p.a, p.b,
            (CAST(p.h % 200 AS INTEGER) - 100) / 100.0, CAST(p.date AS VARCHAR), 0, 80 FROM {pairs} p""")
        filled.append("stances")
    return filled


def build(source_db: Path, db: Path, size: int) -> dict[str, Any]:
    """A store of at least `size` articles made from the analysed ones."""
    shutil.copy(source_db, db)
    Store(db).migrate()
    con = duckdb.connect(str(db))
    synthetic = synthesise(con)
    base = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = max(0, -(-size // base) - 1)
    con.execute("CREATE TEMP TABLE m AS SELECT a.id AS old, substr(md5(a.id || ':' || r.k), 1, 16) AS new, "
                "CAST(r.k AS INTEGER) AS k FROM articles a, (SELECT range AS k FROM range(1, ?)) r", [copies + 1])
    con.execute("CREATE TEMP TABLE em AS SELECT e.id AS old, md5(e.id || m.k) AS new, m.k FROM events e "
                "JOIN m ON m.old = e.article_id")
    for table, select in _COPY.items():
        key = "id" if table == "articles" else "article_id"
        con.execute(f"INSERT INTO {table} BY NAME SELECT {select} FROM {table} t JOIN m ON m.old = t.{key}")
    con.execute("INSERT INTO event_participants SELECT em.new, p.entity_id, p.role FROM event_participants p "
                "JOIN em ON em.old = p.event_id")
    recount_derived(con)  # the copies bypass the ingest, which keeps the aggregates up to date
    con.execute("CHECKPOINT")
    counts = Q.stats(con)
    con.close()
    return {"base_articles": base, "copies": copies, "synthetic": synthetic, "store": counts}


def _cases(con: duckdb.DuckDBPyConnection, rng: random.Random) -> dict[str, Callable[[], Any]]:
    """Each query with parameters drawn at random from the store at every call."""
    people = [r[0] for r in con.execute(
        "SELECT entity_id FROM entity_articles ea JOIN entities e ON e.id = ea.entity_id WHERE e.type = 'PER' "
        "GROUP BY entity_id ORDER BY count(*) DESC LIMIT 50").fetchall()]
    names = [r[0] for r in con.execute("SELECT name FROM entities WHERE id IN (SELECT unnest(?))", [people]).fetchall()]
    words = [r[0] for r in con.execute("SELECT term FROM terms GROUP BY term HAVING count(*) > 200 "
                                       "ORDER BY term LIMIT 400").fetchall()]
    ids = [r[0] for r in con.execute("SELECT id FROM articles USING SAMPLE 200 ROWS").fetchall()]
    lo, hi = con.execute("SELECT min(date), max(date) FROM articles").fetchone()
    span = (hi - lo).days

    def window() -> tuple[str, str]:
        start = lo + __import__("datetime").timedelta(days=rng.randrange(max(1, span - 90)))
        return start.isoformat(), (start + __import__("datetime").timedelta(days=90)).isoformat()

    return {
        "search 1 word": lambda: Q.articles(con, text=rng.choice(words)),
        "search 2 words": lambda: Q.articles(con, text=" ".join(rng.sample(words, 2))),
        "search word + dates": lambda: Q.articles(con, text=rng.choice(words), date_from=window()[0], date_to=window()[1]),
        "articles by entity": lambda: Q.articles(con, entity=rng.choice(people)),
        "article by id": lambda: Q.article(con, rng.choice(ids)),
        "find entity by name": lambda: Q.find_entities(con, rng.choice(names)[:5]),
        "entity profile": lambda: Q.entity_profile(con, rng.choice(people)),
        "entity profile, 90 days": lambda: Q.entity_profile(con, rng.choice(people), date_from=window()[0], date_to=window()[1]),
        "quotes by speaker": lambda: Q.quotes(con, speaker=rng.choice(people)),
        "quotes with words": lambda: Q.quotes(con, words=rng.choice(words)),
        "events by actor": lambda: Q.events(con, actor=rng.choice(people)),
        "events by type + dates": lambda: Q.events(con, type="CONSULT", date_from=window()[0], date_to=window()[1]),
        "stance series of a holder": lambda: Q.stance_series(con, holder=rng.choice(people), interval="month"),
    }


def latencies(db: Path, runs: int = 40, seed: int = 3) -> dict[str, dict[str, float]]:
    """p50 and p95 in milliseconds of each query (after one warm-up call), on a read-only connection."""
    results: dict[str, dict[str, float]] = {}
    opened = []
    for _ in range(10):
        started = time.perf_counter()
        with Store(db).reading():
            opened.append((time.perf_counter() - started) * 1000)
    results["open a reader"] = {"p50": statistics.median(opened), "p95": _p95(opened)}
    with Store(db).reading() as con:
        for name, call in _cases(con, random.Random(seed)).items():
            call()
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                call()
                times.append((time.perf_counter() - started) * 1000)
            results[name] = {"p50": statistics.median(times), "p95": _p95(times)}
    return results


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
