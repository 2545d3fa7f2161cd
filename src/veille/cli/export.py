"""`veille export`: the store's tables (Parquet, CSV, JSON lines) and events as PLOVER JSON lines."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from veille.cli import app, report
from veille.errors import ReadFailure

export_app = typer.Typer(help="Export findings in other formats.", no_args_is_help=True)
app.add_typer(export_app, name="export")


class EventFormat(str, Enum):
    """Formats of `veille export events`."""

    plover = "plover"
    veille = "veille"


@export_app.command("tables")
def export_tables(
    out: Annotated[Path, typer.Argument(help="Directory to write the files into.")],
    format: Annotated[str, typer.Option("--format", "-f", help="parquet, csv or jsonl.")] = "parquet",
    table: Annotated[list[str] | None, typer.Option("--table", "-t", help="Only this table (repeatable).")] = None,
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store.")] = Path("veille.duckdb"),
) -> None:
    """Export the store's tables to Parquet, CSV or JSON lines (jsonl adds analyses.jsonl)."""
    from veille.store.db import Store, StoreError
    from veille.store.export import ExportError, export

    try:
        written = export(Store(db), out, format, table)
    except (StoreError, ExportError) as error:
        typer.echo(f"veille: {error}", err=True)
        raise typer.Exit(2) from error
    for name, count in written.items():
        typer.echo(f"{out / name}: {count} rows")


@export_app.command("events")
def export_events(
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (files, directories, globs, -) or analysis .jsonl files; none: the store.")] = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Record format.")] = EventFormat.plover,
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store, read when no PATH is given.")] = Path("veille.duckdb"),
) -> None:
    """Print one JSON line per event of the store, of articles (analysed on the fly) or of saved analyses."""
    from veille.export_plover import plover_records

    for analysis in (_analyses(paths) if paths else _stored(db)):
        if format is EventFormat.plover:
            records = list(plover_records(analysis))
        else:
            records = [{"article": analysis.id, **analysis.to_dict()["events"][i]} for i in range(len(analysis.events))]
        for record in records:
            print(json.dumps(record, ensure_ascii=False), flush=True)


def _analyses(paths: list[str]):  # type: ignore[no-untyped-def]
    """Saved analyses (JSON lines with `format: veille.analysis/1`) are read; anything else is analysed."""
    from veille.api import analyze_paths
    from veille.model import FORMAT, Analysis

    others: list[str] = []
    for path in paths:
        if path.endswith(".jsonl") and Path(path).is_file() and _is_analysis(Path(path), FORMAT):
            with open(path, encoding="utf-8") as lines:
                yield from (Analysis.from_dict(json.loads(line)) for line in lines if line.strip())
        else:
            others.append(path)
    if others:
        for item in analyze_paths(others):
            if isinstance(item, ReadFailure):
                report.failure(item)
            else:
                yield item


def _stored(db: Path):  # type: ignore[no-untyped-def]
    """The analyses kept in the store, article by article."""
    from veille.model import Analysis
    from veille.store.db import Store, StoreError

    try:
        with Store(db).reading() as con:
            rows = con.execute("SELECT analysis FROM articles ORDER BY id").fetchall()
    except StoreError as error:
        typer.echo(f"veille: {error}", err=True)
        raise typer.Exit(2) from error
    for (value,) in rows:
        yield Analysis.from_dict(json.loads(value))


def _is_analysis(path: Path, fmt: str) -> bool:
    with open(path, encoding="utf-8") as lines:
        first = lines.readline()
    try:
        return json.loads(first).get("format") == fmt
    except (ValueError, AttributeError):
        return False
