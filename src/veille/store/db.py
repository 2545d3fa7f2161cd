"""The store: one DuckDB file owned by `Store`, with numbered migrations recorded in the database.

Concurrency: DuckDB lets one process at a time hold a file read-write, and no other
process may then open it, even read-only. The ingest therefore opens the file only for
the few milliseconds of each batch's transaction and closes it in between, and readers
open it read-only and retry while a write is in progress. A `veille` read command thus
works at any moment of an ingest, waiting at most for one batch to commit.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from veille.errors import VeilleError

DEFAULT_DB = "veille.duckdb"
#: How long a reader or the writer waits for the other side to release the file.
LOCK_TIMEOUT = 60.0


class StoreError(VeilleError):
    """The store cannot be opened or used; the message says why."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered, named schema change."""

    number: int
    name: str
    sql: str


#: The tables derived from others, and how each is recounted from scratch. The ingest keeps them
#: up to date batch by batch (store/ingest.py); a migration or a bulk load (bench) recounts them.
DERIVED: dict[str, str] = {
    "entity_days": "INSERT INTO entity_days SELECT entity_id, date, sum(mentions), count(*) "
                   "FROM entity_articles GROUP BY entity_id, date",
    "quote_mentions": "INSERT INTO quote_mentions SELECT DISTINCT q.id, q.article_id, m.entity_id "
                      "FROM mentions m JOIN quotes q ON q.article_id = m.article_id "
                      "AND m.start >= q.start AND m.\"end\" <= q.\"end\"",
}


def recount_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every derived table from its sources (after a bulk load that bypassed the ingest)."""
    for table, sql in DERIVED.items():
        con.execute(f"DELETE FROM {table}")  # table names are constants
        con.execute(sql)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, sources, failures and the analysis tables", """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    date DATE,
    language VARCHAR,
    headline VARCHAR,
    lede VARCHAR,
    byline VARCHAR[],
    url VARCHAR,
    fingerprint VARCHAR,
    text VARCHAR NOT NULL,
    warnings VARCHAR[],
    n_entities INTEGER, n_quotes INTEGER, n_timexes INTEGER, n_events INTEGER, n_stances INTEGER,
    analysis JSON NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE article_sources (
    source_key VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    relation VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL
);
CREATE TABLE failures (
    source_key VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    problem VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE TABLE minhash_bands (band_key UBIGINT NOT NULL, article_id VARCHAR NOT NULL);
CREATE TABLE entities (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, kb_id VARCHAR);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL
);
CREATE TABLE entity_articles (
    entity_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, date DATE, mentions INTEGER NOT NULL
);
CREATE TABLE quotes (
    id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, date DATE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    speaker_entity VARCHAR, speaker_name VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
    cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR, confidence DOUBLE
);
CREATE TABLE timexes (
    article_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL, type VARCHAR NOT NULL, value VARCHAR, mod VARCHAR
);
CREATE TABLE events (
    id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, article_date DATE,
    type VARCHAR NOT NULL, mode VARCHAR, status VARCHAR NOT NULL,
    actors VARCHAR[], recipients VARCHAR[], location VARCHAR, date VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER
);
CREATE TABLE event_participants (event_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, role VARCHAR NOT NULL);
CREATE TABLE stances (
    id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, article_date DATE,
    holder VARCHAR NOT NULL, target VARCHAR NOT NULL, polarity DOUBLE NOT NULL, date VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER
);
CREATE TABLE terms (term VARCHAR NOT NULL, article_id VARCHAR NOT NULL);
CREATE TABLE ingest_runs (
    started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, paths VARCHAR[], counts JSON
);
"""),
    Migration(2, "a stance's own date apart from the article's, and its upper bound", """
ALTER TABLE stances ADD COLUMN before VARCHAR;
UPDATE stances SET date = NULL WHERE date = CAST(article_date AS VARCHAR);
"""),
    Migration(3, "entity_days and quote_mentions: aggregates maintained at ingest for the entity profile", """
CREATE TABLE entity_days (entity_id VARCHAR NOT NULL, date DATE, mentions BIGINT NOT NULL, articles BIGINT NOT NULL);
CREATE TABLE quote_mentions (quote_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL);
""" + "\n".join(f"{sql};" for sql in DERIVED.values())),
)


def _is_lock_error(error: Exception) -> bool:
    text = str(error).lower()
    return "lock" in text or "conflicting" in text or "being used by another process" in text


class Store:
    """One DuckDB file: migrations, short write transactions, and read-only connections for readers."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.path = str(path)
        self.lock_timeout = lock_timeout

    def _connect(self, read_only: bool, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
        """A connection, retrying while another process holds the file."""
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        while True:
            try:
                config = {"memory_limit": memory_limit} if memory_limit else {}
                return duckdb.connect(self.path, read_only=read_only, config=config)
            except duckdb.IOException as error:
                if not _is_lock_error(error) or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: cannot open the store: {error}") from error
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.2)

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection, closed on exit; works while an ingest is running."""
        if not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run `veille ingest` first)")
        con = self._connect(read_only=True)
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def writing(self, memory_limit: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction: committed on success, rolled back on error, file released after.

        `memory_limit` caps DuckDB's buffers for the transaction (it evicts or spills beyond it):
        without it, a transaction's peak grows with the store it writes to.
        """
        con = self._connect(read_only=False, memory_limit=memory_limit)
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    def migrate(self) -> list[int]:
        """Apply the migrations the file has not seen yet; returns their numbers."""
        applied: list[int] = []
        with self.writing() as con:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(number INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
            done = {row[0] for row in con.execute("SELECT number FROM schema_migrations").fetchall()}
            for migration in MIGRATIONS:
                if migration.number in done:
                    continue
                con.execute(migration.sql)
                con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                    [migration.number, migration.name],
                )
                applied.append(migration.number)
        return applied

    def migrations(self) -> list[tuple[int, str]]:
        """The migrations recorded in the file: (number, name)."""
        with self.reading() as con:
            return [(n, name) for n, name in con.execute("SELECT number, name FROM schema_migrations ORDER BY number").fetchall()]
