"""Ingest: counts, duplicates, failures, idempotence, migrations, and the analysis served back."""

from __future__ import annotations

import json
from pathlib import Path

from veille.api import analyze_paths
from veille.store import queries
from veille.store.db import MIGRATIONS, Store
from veille.store.ingest import IngestOptions, ingest

SEED = Path(__file__).resolve().parents[2] / "corpus" / "seed" / "2025-10-22-trump-otan.txt"

TABLES = ("articles", "article_sources", "failures", "entities", "mentions", "entity_articles", "terms",
          "minhash_bands", "quotes", "timexes", "events", "stances")


def snapshot(store: Store) -> dict[str, object]:
    """Row counts of every table and the identities of what is stored."""
    with store.reading() as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        ids = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
        sources = sorted(con.execute("SELECT source_key, article_id, relation FROM article_sources").fetchall())
        entities = sorted(r[0] for r in con.execute("SELECT id FROM entities").fetchall())
        mention_rows = con.execute("SELECT count(*) FROM (SELECT DISTINCT * FROM mentions)").fetchone()[0]
    return {"counts": counts, "ids": ids, "sources": sources, "entities": entities, "distinct_mentions": mention_rows}


def test_ingest_stores_articles_once_with_every_source(store: Store) -> None:
    with store.reading() as con:
        totals = queries.stats(con)
        relations = dict(con.execute(
            "SELECT relation, count(*) FROM article_sources GROUP BY relation").fetchall())
        near = con.execute(
            "SELECT n.source, n.similarity, o.source FROM article_sources n JOIN article_sources o "
            "ON o.article_id = n.article_id AND o.relation = 'original' WHERE n.relation = 'near'").fetchall()
    assert totals["articles"] == 41
    assert relations == {"original": 41, "exact": 1, "near": 1}
    # the directory's own files are read before its subdirectory: the near copy came first
    assert {Path(near[0][0]).name, Path(near[0][2]).name} == {"near-second.txt", "000001.txt"}
    assert 0.8 <= near[0][1] < 1.0
    assert totals["entities"] > 50 and totals["mentions"] >= totals["entities"]


def test_failures_are_recorded_with_their_reason(store: Store) -> None:
    with store.reading() as con:
        found = {Path(f["source"]).name: f for f in queries.failures(con)}
    assert set(found) == {"empty.txt", "binary.txt"}
    assert found["empty.txt"]["reason"] == "empty file"
    assert found["binary.txt"]["problem"] == "BINARY"


def test_ingesting_again_changes_nothing(store: Store, corpus: Path) -> None:
    before = snapshot(store)
    report = ingest(store, [corpus, SEED], IngestOptions(workers=0, batch_size=8))
    assert report.stored == 0 and report.already == 43 and report.failed == 2
    assert snapshot(store) == before


def test_migrations_are_numbered_and_recorded(store: Store) -> None:
    assert store.migrations() == [(m.number, m.name) for m in MIGRATIONS]
    assert store.migrate() == []


def test_stored_analysis_is_what_analyze_gives(tmp_path: Path) -> None:
    store = Store(tmp_path / "seed.duckdb")
    ingest(store, [SEED], IngestOptions(workers=0))
    expected = next(a for a in analyze_paths([SEED])).to_dict()
    with store.reading() as con:
        served = queries.article(con, expected["id"])
    assert served is not None
    sources = served.pop("sources")
    assert [s["relation"] for s in sources] == ["original"]
    expected["entities"] = sorted(expected["entities"], key=lambda e: e["id"])
    served["entities"] = sorted(served["entities"], key=lambda e: e["id"])
    assert json.loads(json.dumps(expected)) == served
    for entity in served["entities"]:
        for mention in entity["mentions"]:
            assert served["text"][mention["start"]:mention["end"]] == mention["text"]
