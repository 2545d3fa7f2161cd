"""The store alone: write stored analyses into a fresh store as the ingest does, timing each transaction
and sampling the process's memory, without the analysis pool (so the machine's load matters less).

    python bench/store_writes.py ANALYSES.jsonl --articles 10000

ANALYSES.jsonl holds one analysis (the analysis format) a line, e.g. dumped from a bench store:
    duckdb bench/.work/ingest.duckdb -c "COPY (SELECT analysis FROM articles) TO 'a.jsonl'" ...
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

from veille.store import db as store_db
from veille.store.db import Store
from veille.store import ingest
from veille.store.ingest import write_analyses

MB = 2**20
#: What the process is doing, and the peak memory (MB) sampled in each phase.
_PHASE = ["other"]
PEAKS: dict[str, float] = {}


def analyses(path: Path, limit: int) -> Iterator[dict[str, Any]]:
    """The first `limit` analyses of the file."""
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index >= limit:
                return
            yield json.loads(line)


def main() -> None:
    """Write the analyses, then print the time and memory per 1,000 articles stored."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("analyses", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("--memory", help="DuckDB's memory limit in a write transaction (default: the ingest's)")
    parser.add_argument("--db", type=Path, default=Path("/tmp/store_writes.duckdb"))
    args = parser.parse_args()
    if args.memory:
        init = ingest._Writer.__init__

        def capped(self: Any, *a: Any, **k: Any) -> None:
            init(self, *a, **k)
            self.memory = args.memory

        ingest._Writer.__init__ = capped  # type: ignore[method-assign]
    for suffix in ("", ".wal"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    me, peak, spent = psutil.Process(), [0], {"open": 0.0, "body": 0.0, "close": 0.0}
    threading.Thread(target=lambda: _sample(me, peak), daemon=True).start()
    _time_transactions(spent)
    store = Store(args.db)
    marks: list[str] = []
    count, started, cpu0 = [0], time.perf_counter(), sum(me.cpu_times()[:2])

    def counted() -> Iterator[dict[str, Any]]:
        for data in analyses(args.analyses, args.articles):
            count[0] += 1
            if count[0] % 1000 == 0:
                marks.append(f"{count[0]}: {time.perf_counter() - started:.1f} s, rss {me.memory_info().rss / MB:.0f}"
                             f" peak {peak[0] / MB:.0f} MB (" + ", ".join(f"{k} {v:.0f}" for k, v in sorted(PEAKS.items())) + ")")
            yield data

    report = write_analyses(store, counted(), batch_size=args.batch)
    elapsed = time.perf_counter() - started
    cpu = me.cpu_times()
    print(f"{report.stored} stored in {elapsed:.1f} s, CPU {cpu.user + cpu.system - cpu0:.1f} s; transactions: " + ", ".join(f"{k} {v:.1f} s" for k, v in spent.items()))
    print("\n".join(marks))
    with store.reading() as con:
        used = con.execute("SELECT used_blocks * block_size FROM pragma_database_size()").fetchone()[0]
    print(f"end: rss {me.memory_info().rss / MB:.0f} MB, peak {peak[0] / MB:.0f} MB; "
          f"file {args.db.stat().st_size / MB:.0f} MB, {used / MB:.0f} MB of it used")


def _sample(me: psutil.Process, peak: list[int]) -> None:
    while True:
        rss = me.memory_info().rss
        peak[0] = max(peak[0], rss)
        PEAKS[_PHASE[0]] = max(PEAKS.get(_PHASE[0], 0), rss / MB)
        time.sleep(0.005)


def _time_transactions(spent: dict[str, float]) -> None:
    """Wrap Store._connect and the connection's close to add up where a transaction's time goes."""
    connect = Store._connect

    def timed(self: Store, read_only: bool, memory_limit: str | None = None) -> Any:
        t = time.perf_counter()
        _PHASE[0] = "open"
        con = connect(self, read_only, memory_limit)
        _PHASE[0] = "body"
        spent["open"] += time.perf_counter() - t
        return _Timed(con, spent) if not read_only else con

    Store._connect = timed  # type: ignore[method-assign]
    _ = store_db


class _Timed:
    """A connection whose close (commit is before it) is timed apart from the rest."""

    def __init__(self, con: Any, spent: dict[str, float]) -> None:
        self._con, self._spent, self._opened = con, spent, time.perf_counter()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def execute(self, sql: str, *args: Any) -> Any:
        if sql != "COMMIT":
            return self._con.execute(sql, *args)
        t = time.perf_counter()
        result = self._con.execute(sql, *args)
        self._spent["commit"] = self._spent.get("commit", 0.0) + time.perf_counter() - t
        return result

    def close(self) -> None:
        t = time.perf_counter()
        self._spent["body"] += t - self._opened
        _PHASE[0] = "close"
        self._con.close()
        _PHASE[0] = "other"
        self._spent["close"] += time.perf_counter() - t


if __name__ == "__main__":
    main()
