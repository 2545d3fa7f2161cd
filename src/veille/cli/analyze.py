"""`veille analyze FILE...`: print the analysis of articles as JSON, JSON lines or a readable view."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from veille.cli import app, report
from veille.errors import ReadFailure
from veille.read import ReadOptions


class OutputFormat(str, Enum):
    """Output formats of `veille analyze`."""

    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.pretty,
    max_chars: Annotated[int, typer.Option(help="Largest article text accepted, in characters.")] = 1_000_000,
) -> None:
    """Analyse articles and print what veille found in each."""
    from veille.api import analyze_paths

    analysed = 0
    items = []
    for item in analyze_paths(paths, ReadOptions(max_chars=max_chars)):
        if isinstance(item, ReadFailure):
            report.failure(item)
            continue
        analysed += 1
        report.warnings(item.source, item.warnings)
        if format is OutputFormat.jsonl:
            print(json.dumps(item.to_dict(), ensure_ascii=False), flush=True)
        elif format is OutputFormat.pretty:
            from veille.cli.pretty import show

            show(item)
        else:
            items.append(item.to_dict())
    if format is OutputFormat.json:
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        print()
    if analysed == 0:
        print("veille: nothing could be analysed", file=sys.stderr)
        raise typer.Exit(1)
