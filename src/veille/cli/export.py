"""`veille export events PATH...`: events as JSON lines, in PLOVER form or veille's own."""

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


@export_app.command("events")
def export_events(
    paths: Annotated[list[str], typer.Argument(help="Articles (files, directories, globs, -) or analysis .jsonl files.")],
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Record format.")] = EventFormat.plover,
) -> None:
    """Print one JSON line per event of the articles (analysed on the fly) or of saved analyses."""
    from veille.export_plover import plover_records

    for analysis in _analyses(paths):
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


def _is_analysis(path: Path, fmt: str) -> bool:
    with open(path, encoding="utf-8") as lines:
        first = lines.readline()
    try:
        return json.loads(first).get("format") == fmt
    except (ValueError, AttributeError):
        return False
