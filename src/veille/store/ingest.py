"""`veille ingest`: read, analyse and store a corpus, resumable at any point and idempotent.

The main process reads the files, drops exact and near duplicates before any analysis
(MinHash LSH over the readers' fingerprints), sends batches of new articles to the
analysis pool, resolves entities across the corpus and writes each batch in one
transaction. What is done is known from the store itself (the sources and article ids
it holds), so a killed ingest resumes where it stopped and a re-run changes nothing.
A duplicate's source is written in the same transaction as its original (or after it),
so no row ever points to an article that is not stored.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from veille.errors import ReadFailure
from veille.model import Article
from veille.read import ReadOptions, _expand, read_bytes, read_file
from veille.read.identity import fingerprint_values
from veille.resolve.corpus import CorpusResolver
from veille.scale.pool import AnalysisPool, Record, article_record
from veille.store import rows as R
from veille.store.bands import BandIndex, FingerprintCache
from veille.store.db import Store

#: LSH bands over the 64 MinHash values: 16 bands of 4 catch pairs above ~0.5 similarity,
#: which are then checked against `near_duplicate`.
BANDS, ROWS = 16, 4
#: Stored fingerprints kept in memory for the near-duplicate check (256 bytes each in one block, 8 MB
#: at most). With 4,096 a generated corpus of 10,000 articles sent ~6,600 candidates to the store,
#: each through a read connection (~10-25 ms of the ingest process).
FINGERPRINTS = 32768


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How an ingest runs."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = 16
    #: A transaction gathers whole analysed batches until it holds this many articles or
    #: `commit_seconds` have passed: besides its rows, each DuckDB transaction costs ~100 ms of
    #: the main process (open, statements, commit, checkpoint on close), CPU taken from the
    #: analysis workers (256 -> 1,024 articles: 12.5 -> 9.4 s of CPU for 10,000 articles stored).
    #: On 2 cores the clock decides (~600 articles a transaction).
    #: The first transactions are smaller (`first_commit`, then doubling) so that the first
    #: articles are stored, and readable, at once.
    commit_every: int = 1024
    first_commit: int = 32
    commit_seconds: float = 10.0
    #: DuckDB's buffers in a write transaction: with no cap, the ingest process's peak grew
    #: ~13 KB an article stored (386 -> 488 MB from 2,000 to 10,000 articles); 64 MB removes most of
    #: that (what remains is the checkpoint's merge of row groups: bench/results/20261125-023042-notes.md).
    #: Rows go in by slices of at most `INSERT_BYTES` of text and analysis, so a large transaction fits.
    write_memory: str | None = "64MB"
    near_duplicate: float = 0.8
    reread: bool = False
    read: ReadOptions = field(default_factory=ReadOptions)


@dataclass(slots=True)
class IngestReport:
    """What one ingest did (this run only)."""

    stored: int = 0
    already: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    elapsed: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready counts."""
        return asdict(self)


def band_keys(fingerprint: str) -> list[int]:
    """The LSH band keys of a MinHash fingerprint: articles sharing one are duplicate candidates."""
    values = fingerprint_values(fingerprint)
    if values is None:
        return []
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") & 0x7FFF_FFFF_FFFF_FFFF)
    return keys


def source_key(file: str, source: str) -> str:
    """A source's identity whatever the working directory: the real path of its file plus any suffix."""
    if file == "-":
        return source
    if source.startswith(file):
        return _realpath(file) + source[len(file):]
    return source


@lru_cache(maxsize=256)
def _realpath(file: str) -> str:
    """`os.path.realpath` (an lstat per path component), asked twice per file read: once is enough."""
    return os.path.realpath(file)


@dataclass(slots=True)
class _Pending:
    key: str
    source: str
    fingerprint: str | None
    bands: list[int]
    duplicates: list[dict[str, Any]] = field(default_factory=list)


class _State:
    """What the store already holds and what is in flight: the checkpoint an ingest resumes from."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.resolver = CorpusResolver()
        with store.reading() as con:
            self.ids: set[str] = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
            self.keys: set[str] = {r[0] for r in con.execute("SELECT source_key FROM article_sources").fetchall()}
            found = con.execute("SELECT band_key, min(article_id) AS article_id FROM minhash_bands GROUP BY band_key").fetchnumpy()
            self.bands = BandIndex.from_arrays(found["band_key"], found["article_id"])
            self.resolver.load(con.execute("SELECT id, name, type FROM entities ORDER BY id").fetchall())
        self.in_flight: dict[str, _Pending] = {}
        #: Fingerprints of stored articles met as duplicate candidates or just written, most recent last:
        #: spares a read connection to the store (~10 ms each) per candidate; bounded, so memory stays flat.
        self.fingerprints = FingerprintCache(FINGERPRINTS)
        self.sources: list[dict[str, Any]] = []
        self.failures: list[dict[str, Any]] = []

    def fingerprint_of(self, article_id: str) -> np.ndarray | None:
        """The fingerprint's values of an article in flight or in the store."""
        if article_id in self.in_flight:
            fingerprint = self.in_flight[article_id].fingerprint
            return fingerprint_values(fingerprint)
        if article_id in self.fingerprints:
            return self.fingerprints.get(article_id)
        with self.store.reading() as con:
            row = con.execute("SELECT fingerprint FROM articles WHERE id = ?", [article_id]).fetchone()
        fingerprint = row[0] if row else None
        self.remember(article_id, fingerprint)
        return fingerprint_values(fingerprint)

    def remember(self, article_id: str, fingerprint: str | None) -> None:
        """Keep a stored article's fingerprint at hand, forgetting the oldest beyond FINGERPRINTS."""
        self.fingerprints.put(article_id, fingerprint)


class _Reader:
    """Reads the inputs and sorts each article: already stored, duplicate, failed, or new."""

    def __init__(self, state: _State, options: IngestOptions, report: IngestReport, progress: Callable[[int], None]) -> None:
        self.state, self.options, self.report, self.progress = state, options, report, progress

    def batches(self, paths: Iterable[str | Path]) -> Iterator[tuple[list[str], list[Record]]]:
        """Batches of new articles as (ids, records), in input order."""
        ids: list[str] = []
        records: list[Record] = []
        for item, file in self._items(paths):
            article = self._sort(item, file)
            if article is None:
                continue
            ids.append(article.id)
            records.append(article_record(article))
            if len(records) >= self.options.batch_size:
                yield ids, records
                ids, records = [], []
        if records:
            yield ids, records

    def _items(self, paths: Iterable[str | Path]) -> Iterator[tuple[Article | ReadFailure, str]]:
        for path in paths:
            spec = str(path)
            if spec == "-":
                import sys

                for item in read_bytes(sys.stdin.buffer.read(), "-", self.options.read):
                    yield item, "-"
                continue
            for file in _expand(spec):
                if isinstance(file, ReadFailure):
                    yield file, file.source
                elif not self.options.reread and _realpath(file) in self.state.keys:
                    self.report.already += 1
                    self.progress(1)
                else:
                    for item in read_file(file, self.options.read):
                        yield item, file

    def _sort(self, item: Article | ReadFailure, file: str) -> Article | None:
        state = self.state
        key = source_key(file, item.source) if file != "-" or isinstance(item, ReadFailure) else f"-#{item.id}"
        if isinstance(item, ReadFailure):
            state.failures.append(_failure(key, item.source, item.problem.name, item.reason))
            self.report.failed += 1
            self.progress(1)
            return None
        if key in state.keys:
            self.report.already += 1
            self.progress(1)
            return None
        state.keys.add(key)
        if item.id in state.ids:
            self._duplicate(key, item.source, item.id, "exact", 1.0)
            self.report.exact_duplicates += 1
            return None
        bands = band_keys(item.fingerprint) if item.fingerprint else []
        near = self._near(item.fingerprint, bands)
        if near is not None:
            self._duplicate(key, item.source, near[0], "near", near[1])
            self.report.near_duplicates += 1
            return None
        state.ids.add(item.id)
        state.in_flight[item.id] = _Pending(key, item.source, item.fingerprint, bands)
        for band in bands:
            state.bands.setdefault(band, item.id)
        return item

    def _near(self, fingerprint: str | None, bands: list[int]) -> tuple[str, float] | None:
        if not fingerprint:
            return None
        mine = fingerprint_values(fingerprint)
        for candidate in dict.fromkeys(found for b in bands if (found := self.state.bands.get(b)) is not None):
            other = self.state.fingerprint_of(candidate)
            if other is not None and len(other) and (score := float(np.mean(mine == other))) >= self.options.near_duplicate:
                return candidate, score
        return None

    def _duplicate(self, key: str, source: str, target: str, relation: str, score: float) -> None:
        row = {"source_key": key, "source": source, "article_id": target, "relation": relation, "similarity": score}
        if target in self.state.in_flight:
            self.state.in_flight[target].duplicates.append(row)
        else:
            self.state.sources.append(row)
        self.progress(1)


def _failure(key: str, source: str, problem: str, reason: str) -> dict[str, Any]:
    now = dt.datetime.now().isoformat(sep=" ")
    return {"source_key": key, "source": source, "problem": problem, "reason": reason, "failed_at": now}


class _Writer:
    """Resolves entities across the corpus and writes the analyses gathered, in one transaction each time.

    Analyses become rows as they arrive (`add`), so that a transaction's worth of articles is held
    as rows only, not also as the workers' analysis dicts.
    """

    def __init__(self, state: _State, report: IngestReport, progress: Callable[[int], None], memory: str | None = None) -> None:
        self.state, self.report, self.progress, self.memory = state, report, progress, memory
        self.rows, self.held = R.empty(), 0

    def write(self, analyses: list[Record]) -> None:
        """Store a batch of analyses, with what was added before, their sources and pending failures."""
        self.add(analyses)
        self.commit()

    def commit(self) -> None:
        """Write the rows gathered since the last transaction."""
        rows, held = self.rows, self.held
        self.rows, self.held = R.empty(), 0
        self._commit(rows)
        self.progress(held)

    def add(self, analyses: list[Record]) -> None:
        """Resolve analyses and turn them into rows, to be written by the next `commit`."""
        state, rows = self.state, self.rows
        self.held += len(analyses)
        now = dt.datetime.now().isoformat(sep=" ")
        for data in analyses:
            pending = state.in_flight.pop(data["id"])
            if "error" in data:
                self._failed(pending, data["error"])
                continue
            analysis = state.resolver.resolve_record(data)
            R.add_analysis(rows, analysis, now)
            rows["article_sources"].append({"source_key": pending.key, "source": pending.source, "article_id": data["id"],
                                            "relation": "original", "similarity": 1.0})
            rows["article_sources"].extend(pending.duplicates)
            rows["minhash_bands"].extend({"band_key": b, "article_id": data["id"]} for b in pending.bands)
            if pending.fingerprint:
                state.remember(data["id"], pending.fingerprint)
            self.report.stored += 1

    def flush(self) -> None:
        """Write what is left: sources of duplicates of stored articles, and failures."""
        if self.state.sources or self.state.failures:
            self._commit(R.empty())

    def _failed(self, pending: _Pending, reason: str) -> None:
        self.state.failures.append(_failure(pending.key, pending.source, "ANALYSIS", reason))
        self.report.failed += 1
        for dup in pending.duplicates:
            why = f"duplicate of {pending.source}, whose analysis failed: {reason}"
            self.state.failures.append(_failure(dup["source_key"], dup["source"], "ANALYSIS", why))
            self.report.failed += 1

    def _commit(self, rows: R.Rows) -> None:
        state = self.state
        rows["article_sources"].extend(state.sources)
        rows["failures"].extend(state.failures)
        R.dedupe_entities(rows)
        with state.store.writing(self.memory) as con:
            size = sum(len(a["text"]) + len(a["analysis"]) for a in rows["articles"])
            parts = max(1, -(-size // INSERT_BYTES))  # every table in as many slices as the articles need
            for table in R.TABLES:
                verb = "INSERT OR REPLACE" if table == "failures" else "INSERT OR IGNORE" if table in _KEYED else "INSERT"
                for part in _slices(rows[table], parts):
                    con.register("_batch", R.arrow(part))
                    con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM _batch")  # table names are constants
                    con.unregister("_batch")
            if rows["entity_articles"]:
                _add_entity_days(con, rows["entity_articles"])
            if rows["article_sources"]:
                keys = [r["source_key"] for r in rows["article_sources"]]
                con.execute("DELETE FROM failures WHERE source_key IN (SELECT unnest(?))", [keys])
        state.sources, state.failures = [], []


def _add_entity_days(con: Any, entity_articles: list[dict[str, Any]]) -> None:
    """Fold a batch's entity_articles rows into the per-entity-per-day aggregate, in the batch's transaction."""
    con.register("_ea", R.arrow(entity_articles))
    con.execute("CREATE OR REPLACE TEMP TABLE _days AS SELECT entity_id, CAST(date AS DATE) AS date, "
                "sum(mentions) AS mentions, count(*) AS articles FROM _ea GROUP BY ALL")
    con.unregister("_ea")
    con.execute("UPDATE entity_days d SET mentions = d.mentions + b.mentions, articles = d.articles + b.articles "
                "FROM _days b WHERE d.entity_id = b.entity_id AND d.date IS NOT DISTINCT FROM b.date")
    con.execute("INSERT INTO entity_days SELECT b.* FROM _days b WHERE NOT EXISTS (SELECT 1 FROM entity_days d "
                "WHERE d.entity_id = b.entity_id AND d.date IS NOT DISTINCT FROM b.date)")
    con.execute("DROP TABLE _days")


_KEYED = frozenset({"articles", "article_sources", "entities"})
#: The most article text and analysis JSON one INSERT carries: DuckDB needs ~5 times that while
#: it inserts (1,024 short articles, ~9 MB, failed under a 64 MB cap; 256 at a time pass).
INSERT_BYTES = 4 * 2**20


def _slices(found: list[dict[str, Any]], parts: int) -> Iterator[list[dict[str, Any]]]:
    """A table's rows in `parts` slices (fewer if it has fewer rows), in order."""
    step = max(1, -(-len(found) // parts))
    for start in range(0, len(found), step):
        yield found[start : start + step]


#: glibc's M_MMAP_THRESHOLD (mallopt) and the value it is pinned at.
_M_MMAP_THRESHOLD, MMAP_THRESHOLD = -3, 128 * 1024


def steady_heap() -> None:
    """Pin glibc's mmap threshold at its default (128 KB) for this process, which turns off its
    dynamic raising: each block of 128 KB or more is then mapped apart and given back when freed.

    Left dynamic, the threshold rises to the size of the largest mapped block freed (numpy arrays
    and set tables the ingest regrows), and such blocks then come from the heap, between the
    transactions' short-lived rows: the heap fragmented and the ingest process grew with the
    corpus (glibc arena 57 -> 130 MB over 30,000 stored articles, 65 MB of it in use; pinned:
    53 -> 55 MB). No effect where the C library has no `mallopt` (not glibc).
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def ingest(
    store: Store, paths: Iterable[str | Path], options: IngestOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest the articles under the paths into the store; `progress(n)` is told of each n done."""
    options = options or IngestOptions()
    steady_heap()
    tick = progress or (lambda n: None)
    started = time.monotonic()
    began = dt.datetime.now().isoformat(sep=" ")
    paths = [str(p) for p in paths]
    store.migrate()
    report = IngestReport()
    state = _State(store)
    writer = _Writer(state, report, tick, options.write_memory)
    gc.collect()
    gc.freeze()  # what is loaded so far (modules, the store's identities) stays out of the collector's walks
    try:
        _run(_Reader(state, options, report, tick), writer, paths, options)
    finally:
        gc.unfreeze()
    writer.flush()
    report.elapsed = time.monotonic() - started
    with store.writing() as con:
        con.execute(
            "INSERT INTO ingest_runs VALUES (?, current_timestamp, ?, ?)", [began, paths, json.dumps(report.to_dict())]
        )
    return report


def _run(reader: _Reader, writer: _Writer, paths: list[str], options: IngestOptions) -> None:
    """Analyse the new articles in the pool and write them by transactions of growing size."""
    with AnalysisPool(options.workers, in_flight=4 * options.workers) as pool:
        last, size = time.monotonic(), min(options.first_commit, options.commit_every)
        for _ids, analyses in pool.map(reader.batches(paths)):
            writer.add(analyses)
            if writer.held >= size or time.monotonic() - last >= options.commit_seconds:
                writer.commit()
                last, size = time.monotonic(), min(2 * size, options.commit_every)
        if writer.held:
            writer.commit()


def write_analyses(store: Store, analyses: Iterable[Record], *, batch_size: int = 1024) -> IngestReport:
    """Store analyses made elsewhere (a Ray Data run, a JSON lines file): resolved, deduplicated by id."""
    steady_heap()
    store.migrate()
    report = IngestReport()
    state = _State(store)
    writer = _Writer(state, report, lambda n: None, IngestOptions().write_memory)
    batch: list[Record] = []
    for data in analyses:
        key = source_key(data["source"], data["source"]) if os.path.exists(data["source"]) else data["source"]
        if key in state.keys or data["id"] in state.ids:
            report.already += 1
            continue
        state.keys.add(key)
        state.ids.add(data["id"])
        fingerprint = data.get("fingerprint")
        state.in_flight[data["id"]] = _Pending(key, data["source"], fingerprint, band_keys(fingerprint) if fingerprint else [])
        batch.append(data)
        if len(batch) >= batch_size:
            writer.write(batch)
            batch = []
    if batch:
        writer.write(batch)
    return report
