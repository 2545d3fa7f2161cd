"""`make demo`: ingest the bundled sample corpus into a store, then serve the web UI over it.

The ingest is idempotent: a second `make demo` finds everything stored and starts at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from veille.store import queries
from veille.store.db import Store
from veille.store.ingest import ingest

SAMPLE = Path(__file__).resolve().parents[2] / "corpus"


def main() -> None:
    """Ingest the sample corpus, summarise the store, and serve it at http://HOST:PORT/."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SAMPLE)
    parser.add_argument("--db", default="veille.duckdb")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--no-serve", action="store_true", help="ingest and summarise only")
    args = parser.parse_args()
    console = Console(highlight=False)
    store = Store(args.db)
    with console.status(f"ingesting {args.corpus} into {args.db} ..."):
        report = ingest(store, [args.corpus])
    with store.reading() as con:
        stats = queries.stats(con)
    console.print(f"{args.db}: {stats['articles']} articles ({report.stored} new), {stats['entities']} entities, "
                  f"{stats['quotes']} quotes, {stats['events']} events, {stats['stances']} stances.")
    if args.no_serve:
        return
    serve(args.db, args.host, args.port, console)


def serve(db: str, host: str, port: int, console: Console) -> None:
    """Serve the web UI and REST API over the store until Ctrl-C."""
    import uvicorn

    from veille.serve.app import create_app

    url = f"http://{host}:{port}/"
    console.print(f"\n[bold]Point your browser at {url}[/bold]  (REST API description: {url}docs; Ctrl-C stops)\n")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
