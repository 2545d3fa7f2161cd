"""Never loses work: an ingest killed with SIGKILL mid-way, then re-run, equals a clean ingest.

The killed ingest runs the real CLI with a worker process; while it runs, this test reads
the store from another process (itself), as `veille search` would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import psutil

from veille.store import queries
from veille.store.db import Store, StoreError
from veille.store.ingest import IngestOptions, ingest

TABLES = ("articles", "article_sources", "failures", "entities", "mentions", "entity_articles", "terms",
          "minhash_bands", "quotes", "timexes", "events", "stances")


def snapshot(store: Store) -> dict[str, object]:
    """Row counts of every table, the identities stored, and the count of distinct mention rows."""
    with store.reading() as con:
        return {
            "counts": {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES},
            "ids": sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall()),
            "sources": sorted(con.execute("SELECT source_key, article_id, relation FROM article_sources").fetchall()),
            "entities": sorted(con.execute("SELECT id, name FROM entities").fetchall()),
            "distinct_mentions": con.execute("SELECT count(*) FROM (SELECT DISTINCT * FROM mentions)").fetchone()[0],
        }


def _stored(store: Store) -> int:
    try:
        with store.reading() as con:
            return int(queries.stats(con)["articles"])
    except (StoreError, duckdb.CatalogException):
        return 0


def test_killed_ingest_resumes_without_loss_or_duplicate(tmp_path: Path, make_corpus: Callable[[Path, int], Path]) -> None:
    corpus = make_corpus(tmp_path / "corpus", 160)
    clean = Store(tmp_path / "clean.duckdb")
    ingest(clean, [corpus], IngestOptions(workers=0, batch_size=8))
    expected = snapshot(clean)
    total = expected["counts"]["articles"]  # type: ignore[index]

    killed = Store(tmp_path / "killed.duckdb", lock_timeout=120)
    command = [sys.executable, "-m", "veille", "ingest", str(corpus), "--db", killed.path,
               "--workers", "1", "--batch-size", "8", "--json"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    seen = 0
    while seen < 24 and process.poll() is None and time.monotonic() < deadline:
        seen = _stored(killed)  # a second process reads while the ingest writes
        time.sleep(0.05)
    workers = psutil.Process(process.pid).children(recursive=True)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode() if process.stderr else ""
    at_kill = _stored(killed)
    assert 24 <= at_kill < total
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert alive == [], "analysis workers outlived their killed parent"

    report = ingest(killed, [corpus], IngestOptions(workers=0, batch_size=8))
    assert report.stored == total - at_kill
    assert snapshot(killed) == expected
    assert expected["distinct_mentions"] == expected["counts"]["mentions"]  # type: ignore[index]
