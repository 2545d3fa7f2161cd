"""The derived tables kept at ingest (entity_days, quote_mentions) always equal a recount from their sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

import pytest

from veille.api import analyze_paths
from veille.store.ingest import write_analyses
from veille.store.db import DERIVED, Store

_RECOUNT = {
    "entity_days": "SELECT entity_id, date, sum(mentions), count(*) FROM entity_articles GROUP BY ALL",
    "quote_mentions": "SELECT DISTINCT q.id, q.article_id, m.entity_id FROM mentions m JOIN quotes q "
                      "ON q.article_id = m.article_id AND m.start >= q.start AND m.\"end\" <= q.\"end\"",
}


def _same(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list[tuple], list[tuple]]:
    kept = sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    recount = sorted(con.execute(_RECOUNT[table]).fetchall(), key=repr)
    return kept, recount


def test_entity_days_equal_a_recount_after_a_batched_ingest(store: Store) -> None:
    with store.reading() as con:
        kept, recount = _same(con, "entity_days")
        dates = con.execute("SELECT count(DISTINCT date) FROM entity_articles").fetchone()[0]
    assert kept == recount
    assert len(kept) > 40 and dates > 1  # several batches folded into the same (entity, day) rows


SEED = Path(__file__).resolve().parents[2] / "corpus" / "seed" / "2025-10-22-trump-otan.txt"


@pytest.fixture(scope="module")
def quoted_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, str]:
    """The seed's analysis with one hand-made quote covering the first mention of its first entity."""
    data = next(iter(analyze_paths([SEED]))).to_dict()
    entity = data["entities"][0]
    first = min(entity["mentions"], key=lambda m: m["start"])
    start, end = first["start"], min(len(data["text"]), first["end"] + 40)
    data["quotes"] = [{"start": start, "end": end, "text": data["text"][start:end], "kind": "direct",
                       "confidence": 0.9, "cue": None, "speaker": None}]
    store = Store(tmp_path_factory.mktemp("quoted") / "q.duckdb")
    write_analyses(store, [data])
    return store, entity["id"]


def test_quote_mentions_equal_a_recount(quoted_store: tuple[Store, str]) -> None:
    store, entity = quoted_store
    with store.reading() as con:
        kept, recount = _same(con, "quote_mentions")
        total = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert kept == recount
    assert entity in {row[2] for row in kept} and len(kept) < total  # inside the quote only


def test_the_migration_fills_the_aggregates_of_an_existing_store(store: Store, tmp_path: Path) -> None:
    old = tmp_path / "old.duckdb"
    shutil.copy(store.path, old)
    con = duckdb.connect(str(old))
    for table in DERIVED:
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM schema_migrations WHERE number = 3")
    con.close()
    assert Store(old).migrate() == [3]
    with Store(old).reading() as con:
        for table in DERIVED:
            kept, recount = _same(con, table)
            assert kept == recount
        assert con.execute("SELECT count(*) FROM entity_days").fetchone()[0] > 40
