"""`veille serve`: the web UI and the REST API over a store, read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from veille.cli import app


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", help="The store to read (made by `veille ingest`).")] = "veille.duckdb",
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web UI and the REST API (OpenAPI at /docs) over a store."""
    if not Path(db).exists():
        typer.echo(f"veille: {db}: no such store (run `veille ingest FILES --db {db}` first)", err=True)
        raise typer.Exit(1)
    import uvicorn

    from veille.serve.app import create_app

    typer.echo(f"veille: serving {db} at http://{host}:{port}/ (API description at /docs); Ctrl-C stops")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
