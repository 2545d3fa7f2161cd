"""`veille kb build` and `veille kb lookup`: the knowledge base made from a Wikidata dump."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn, TransferSpeedColumn

from veille.cli import app

kb_app = typer.Typer(help="The knowledge base: people, organisations, places and offices from Wikidata.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")

KbOption = Annotated[Path | None, typer.Option("--kb", help="The knowledge-base file (default: $VEILLE_KB or ~/.local/share/veille/kb.duckdb).")]


@kb_app.command("build")
def build_command(
    wikidata: Annotated[Path, typer.Option("--wikidata", help="A Wikidata JSON dump (latest-all.json.gz or .bz2, or plain).")],
    kb: KbOption = None,
) -> None:
    """Stream a Wikidata dump into the knowledge base; an interrupted build resumes where it stopped."""
    from veille.resolve.kb import build, default_path

    if not wikidata.is_file():
        typer.echo(f"veille: {wikidata}: no such dump", err=True)
        raise typer.Exit(2)
    target = kb or default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    columns = ("[progress.description]{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task(f"reading {wikidata.name}", total=wikidata.stat().st_size)
        try:
            kept = build(wikidata, target, progress=lambda done, total: progress.update(task, completed=done, total=total))
        except (OSError, ValueError) as error:
            typer.echo(f"veille: {wikidata}: {error}", err=True)
            raise typer.Exit(1) from error
    typer.echo(f"{kept} items in {target}")


@kb_app.command("lookup")
def lookup_command(
    name: Annotated[str, typer.Argument(help="A name (`Poutine`) or a role (`président:US`, with --date).")],
    date: Annotated[str | None, typer.Option("--date", help="ISO date for a role look-up.")] = None,
    kb: KbOption = None,
) -> None:
    """Who bears a name, or who held an office of a country on a date."""
    from veille.resolve.kb import KnowledgeBase, default_kb

    try:
        base = KnowledgeBase.open(kb) if kb else default_kb()
    except FileNotFoundError as error:
        typer.echo(f"veille: {error}", err=True)
        raise typer.Exit(2) from error
    if ":" in name:
        office, country = name.rsplit(":", 1)
        holder = base.holder(office, country.upper(), date)
        entries = [holder] if holder else []
    else:
        entries = base.lookup(name)
    if not entries:
        typer.echo(f"veille: nothing known as {name!r}", err=True)
        raise typer.Exit(1)
    for entry in entries:
        typer.echo(f"{entry.qid}\t{entry.type}\t{entry.name}\t{entry.label_en or ''}\t{entry.sitelinks} sitelinks")
