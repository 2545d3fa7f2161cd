"""`make bench`: ingest throughput against bare nlp.pipe, peak memory, and query latency on 100,000 articles.

Prints a table and writes it (Markdown and JSON) to bench/results/. Sizes can be lowered
for a quick look: `python bench/run.py --articles 1000 --store-size 20000`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ingest as ingest_bench  # noqa: E402
import queries as query_bench  # noqa: E402


def main() -> None:
    """Run both benchmarks and report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000, help="generated articles to ingest (>= 5,000 for the record)")
    parser.add_argument("--store-size", type=int, default=100_000, help="articles in the store the queries run on")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=HERE / ".work")
    parser.add_argument("--ingest-only", action="store_true", help="measure the ingest only, print, write nothing")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"ingest: {args.articles} generated articles, {args.workers} processes ...", flush=True)
    ingest = ingest_bench.run(args.work, args.articles, args.workers)
    print(json.dumps(ingest, indent=1), flush=True)
    if args.ingest_only:
        return
    print(f"queries: building a store of {args.store_size} articles ...", flush=True)
    built = query_bench.build(args.work / "ingest.duckdb", args.work / "queries.duckdb", args.store_size)
    latency = query_bench.latencies(args.work / "queries.duckdb")
    lines = report(ingest, built, latency)
    print("\n".join(lines))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / f"{stamp}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = {"when": stamp, "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
            "ingest": ingest, "store": built, "latency_ms": latency}
    (results / f"{stamp}.json").write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    print(f"written: bench/results/{stamp}.md and .json")


def report(ingest: dict, built: dict, latency: dict) -> list[str]:  # type: ignore[type-arg]
    """The Markdown table of the figures against their targets."""
    b, i = ingest["baseline"], ingest["ingest"]
    lines = [
        f"# veille bench ({os.cpu_count()} CPUs, {ingest['workers']} processes)", "",
        "| measure | value | target |", "|---|---|---|",
        f"| bare nlp.pipe, steady (after its first {b['warm']} articles) | {b['rate']:.1f} articles/s | |",
        f"| veille ingest, steady (after its first {i['warm']} articles) | {i['rate']:.1f} articles/s | |",
        f"| throughput ratio, steady (model loads left out on both sides) | {ingest['ratio']:.2f} | >= 0.8 |",
        f"| bare nlp.pipe, end to end (model load {b['load_seconds']:.0f} s, workers forked with it) "
        f"| {b['rate_end_to_end']:.1f} articles/s ({b['articles']} in {b['load_seconds'] + b['seconds']:.0f} s) | |",
        f"| veille ingest, end to end (fresh process, each worker loads the pipeline) "
        f"| {i['rate_end_to_end']:.1f} articles/s ({i['articles']} in {i['seconds']:.0f} s) | |",
        f"| throughput ratio, end to end | {ingest['ratio_end_to_end']:.2f} | |",
        f"| CPU per article, steady: bare nlp.pipe (main + workers) "
        f"| {b['cpu_ms']:.1f} ms ({b['cpu_ms_main']:.1f} + {b['cpu_ms_workers']:.1f}) | |",
        f"| CPU per article, steady: veille ingest (main + workers) "
        f"| {i['cpu_ms']:.1f} ms ({i['cpu_ms_main']:.1f} + {i['cpu_ms_workers']:.1f}) | |",
        f"| throughput ratio as CPU (bare / veille; little moved by the machine's load) | {ingest['ratio_cpu']:.2f} | |",
        f"| peak memory, all processes, at {i['mark']} articles | {i['peak_tree_mb_at_mark']:.0f} MB | flat |",
        f"| peak memory, all processes, at {i['articles']} articles | {i['peak_tree_mb_at_end']:.0f} MB | flat |",
        f"| peak memory, ingest process, at {i['mark']} articles | {i['peak_main_mb_at_mark']:.0f} MB | flat |",
        f"| peak memory, ingest process, at {i['articles']} articles | {i['peak_main_mb_at_end']:.0f} MB | flat |",
        "", f"Query latency on {built['store']['articles']} articles "
        f"({built['base_articles']} analysed x {built['copies'] + 1}; synthetic: {', '.join(built['synthetic']) or 'none'}):", "",
        "| query | p50 ms | p95 ms | target p95 |", "|---|---|---|---|",
    ]
    for name, value in latency.items():
        lines.append(f"| {name} | {value['p50']:.1f} | {value['p95']:.1f} | < 100 |")
    return lines


if __name__ == "__main__":
    main()
