"""Where the ingest's time goes: per-component timing in one process, and a cProfile of either side.

    python bench/hotspots.py components --articles 500      # time per pipeline component
    python bench/hotspots.py worker --articles 500 --top 40 # cProfile of analyse_records (the workers' job)
    python bench/hotspots.py parent --articles 2000         # cProfile + memory of the parent of an ingest
    python bench/hotspots.py parent --articles 10000 --replay analyses.jsonl
        # the same with the workers replaced by stored analyses (one per line, e.g. dumped from a
        # bench store): the parent's own CPU and memory, without the model's load on the machine

The articles are generated from the bundled Wikinews texts (veille.store.synth), as in the
ingest benchmark, so that figures compare with `bench/run.py`.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ingest as ingest_bench  # noqa: E402


def _records(work: Path, articles: int) -> list[dict[str, Any]]:
    from veille.model import Article
    from veille.read import read_paths
    from veille.scale.pool import article_record

    corpus = ingest_bench.make_corpus(work, articles)
    return [article_record(a) for a in read_paths([corpus]) if isinstance(a, Article)]


def components(work: Path, articles: int) -> None:
    """Seconds spent in the model (batched, as nlp.pipe runs it) and in each veille component, one process."""
    from veille.analyze import pipeline
    from veille.analyze.export import to_analysis
    from veille.analyze.runner import _doc
    from veille.scale.pool import analyse_records, record_article

    records = _records(work, articles)
    nlp = pipeline.get("fr")
    analyse_records(records[:16])  # warm caches
    ours = [name for name in nlp.pipe_names if name.startswith("veille_")]
    articles_ = [record_article(r) for r in records]
    spent: dict[str, float] = {}
    started = time.perf_counter()
    docs = [_doc(nlp, a) for a in articles_]
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(docs, batch_size=16))
    spent["model (nlp.pipe)"] = time.perf_counter() - started
    for name in ours:
        spent[name] = 0.0
    spent["export (to_dict)"] = 0.0
    components_ = [(name, nlp.get_pipe(name)) for name in ours]
    for doc, article in zip(docs, articles_):
        for name, proc in components_:
            t = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t
        t = time.perf_counter()
        to_analysis(doc, article).to_dict()
        spent["export (to_dict)"] += time.perf_counter() - t
    total = sum(spent.values())
    model = spent["model (nlp.pipe)"]
    print(f"{len(records)} articles in {total:.1f} s ({len(records) / total:.1f}/s), one process")
    for name, seconds in spent.items():
        print(f"  {name:18s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %  {1000 * seconds / len(records):6.1f} ms/article")
    print(f"  veille/model cost ratio: {total / model:.2f}")


def worker(work: Path, articles: int, top: int) -> None:
    """cProfile of the workers' function over the articles."""
    from veille.analyze import pipeline
    from veille.scale.pool import analyse_records

    records = _records(work, articles)
    pipeline.get("fr")
    analyse_records(records[:16])
    profile = cProfile.Profile()
    profile.enable()
    for i in range(0, len(records), 16):
        analyse_records(records[i:i + 16])
    profile.disable()
    _print(profile, top)


class _ReplayPool:
    """Stands in for the analysis pool: answers each batch with stored analyses, pickled as workers send them."""

    blobs: dict[str, bytes] = {}

    def __init__(self, workers: int, **_: Any) -> None:
        self.workers = workers

    def map(self, batches: Any) -> Any:
        import pickle

        for ids, records in batches:
            pickle.dumps(records)  # what sending the batch to a worker costs the parent
            yield ids, [pickle.loads(self.blobs[i]) for i in ids]

    def __enter__(self) -> _ReplayPool:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _replay(path: Path) -> None:
    """Make the ingest's pool replay the analyses of the file instead of running the model."""
    import json
    import pickle

    from veille.store import ingest as ingest_module

    with path.open(encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            _ReplayPool.blobs[data["id"]] = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    ingest_module.AnalysisPool = _ReplayPool  # type: ignore[misc,assignment]


def parent(work: Path, articles: int, top: int, workers: int, trace: bool, commit_every: int,  # noqa: PLR0913
           profiled: bool = True) -> None:
    """cProfile (or, with `trace`, tracemalloc) of the ingest's own process, and its RSS as articles are stored."""
    import psutil

    from veille.store.db import Store
    from veille.store.ingest import IngestOptions, ingest

    corpus = ingest_bench.make_corpus(work, articles)
    db = work / "profile.duckdb"
    db.unlink(missing_ok=True)
    me, done, marks, peak = psutil.Process(), [0], [], [0]

    def sample() -> None:
        while True:
            peak[0] = max(peak[0], me.memory_info().rss)
            time.sleep(0.01)

    threading.Thread(target=sample, daemon=True).start()

    def tick(n: int) -> None:
        before, done[0] = done[0], done[0] + n
        if before // 500 != done[0] // 500:
            traced = tracemalloc.get_traced_memory()[0] / 2**20 if trace else 0.0
            marks.append((done[0], me.memory_info().rss / 2**20, traced, peak[0] / 2**20))

    if trace:
        tracemalloc.start(1)
    profile = cProfile.Profile()
    started, before = time.perf_counter(), me.cpu_times()
    if profiled and not trace:
        profile.enable()
    ingest(Store(db), [str(corpus)], IngestOptions(workers=workers, commit_every=commit_every), tick)
    profile.disable()
    cpu = me.cpu_times()
    print(f"ingest of {articles} in {time.perf_counter() - started:.1f} s; "
          f"this process's CPU {cpu.user + cpu.system - before.user - before.system:.1f} s")
    print(f"after the ingest: RSS {me.memory_info().rss / 2**20:.0f} MB, peak {peak[0] / 2**20:.0f} MB; "
          f"store {db.stat().st_size / 2**20:.0f} MB")
    print("parent RSS (traced Python heap, peak so far): "
          + ", ".join(f"{n}: {mb:.0f} MB ({py:.0f}, {top:.0f})" for n, mb, py, top in marks))
    if trace:
        snapshot = tracemalloc.take_snapshot()
        current, traced_peak = tracemalloc.get_traced_memory()
        print(f"traced memory at end: {current / 2**20:.1f} MB (peak {traced_peak / 2**20:.1f} MB)")
        for stat in snapshot.statistics("traceback")[:top]:
            print(f"{stat.size / 2**20:8.2f} MB  {stat.count:8d} blocks")
            for line in stat.traceback.format()[-6:]:
                print("      " + line)
        return
    if profiled:
        _print(profile, top)


def _print(profile: cProfile.Profile, top: int) -> None:
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(top)
        print(out.getvalue())


def main() -> None:
    """Parse the command line and run one profile."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("components", "worker", "parent"))
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", type=Path, default=HERE / ".work")
    parser.add_argument("--trace", action="store_true", help="parent: trace allocations instead of profiling")
    parser.add_argument("--commit-every", type=int, default=256, help="parent: articles per transaction at most")
    parser.add_argument("--replay", type=Path, help="parent: stored analyses (JSON lines) instead of the workers")
    parser.add_argument("--no-profile", action="store_true", help="parent: no cProfile (its overhead left out)")
    args = parser.parse_args()
    if args.replay:
        _replay(args.replay)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.what == "components":
        components(args.work, args.articles)
    elif args.what == "worker":
        worker(args.work, args.articles, args.top)
    else:
        parent(args.work, args.articles, args.top, args.workers, args.trace, args.commit_every, not args.no_profile)


if __name__ == "__main__":
    main()
