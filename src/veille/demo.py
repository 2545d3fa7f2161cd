"""`make demo`: ingest the bundled sample corpus into the store and print a readable summary.

(The web UI, when it exists, is then served on this store.)
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from veille.store import queries
from veille.store.db import Store
from veille.store.ingest import IngestOptions, ingest

SAMPLE = Path(__file__).resolve().parents[2] / "corpus"


def main() -> None:
    """Ingest the sample corpus (resuming if it is already there) and summarise the store."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SAMPLE)
    parser.add_argument("--db", default="veille.duckdb")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    console = Console(highlight=False)
    store = Store(args.db)
    with console.status(f"ingesting {args.corpus} into {args.db} ..."):
        report = ingest(store, [args.corpus], IngestOptions(workers=args.workers))
    console.print(f"{report.stored} new articles, {report.already} already stored, "
                  f"{report.exact_duplicates + report.near_duplicates} duplicates, {report.failed} errors "
                  f"({report.elapsed:.1f} s).")
    with store.reading() as con:
        totals = queries.stats(con)
        people = queries.find_entities(con, type="PER", limit=10)
        latest = queries.articles(con, limit=5)
    table = Table(*totals, title=f"Store {escape(args.db)}", title_justify="left")
    table.add_row(*(str(v) for v in totals.values()))
    console.print(table)
    console.print("Most mentioned people: " + ", ".join(f"{escape(p['name'])} ({p['mentions']})" for p in people))
    console.print("Latest articles: " + "; ".join(escape(a["headline"] or a["source"]) for a in latest["articles"]))
    console.print(f"Try: veille search OTAN --db {args.db}   veille entity Trump --db {args.db}   veille errors --db {args.db}")


if __name__ == "__main__":
    main()
