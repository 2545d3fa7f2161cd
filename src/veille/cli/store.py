"""The store's commands: ingest, errors, search, article, entity, quotes, events, stance.

Readable tables by default, `--json` for scripts; all reads go through veille.store.queries.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from veille.cli import app

DB_HELP = "The store (a DuckDB file); default $VEILLE_DB or veille.duckdb."
Db = Annotated[Path, typer.Option("--db", help=DB_HELP, envvar="VEILLE_DB")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
From = Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")]
To = Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")]
Limit = Annotated[int, typer.Option("--limit", "-n", help="How many results.")]
_console = Console(highlight=False)


def _fail(text: str, code: int = 1) -> typer.Exit:
    print(f"veille: {text}", file=sys.stderr)
    return typer.Exit(code)


@contextmanager
def _reading(db: Path) -> Iterator[Any]:
    from veille.store.db import Store, StoreError

    try:
        with Store(db).reading() as con:
            yield con
    except StoreError as error:
        raise _fail(str(error)) from error


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _entity_id(con: Any, name: str) -> str:
    """An entity id from an id or a name; the most mentioned match wins, and the user is told."""
    from veille.store.queries import find_entities

    found = find_entities(con, name, limit=5)
    if not found:
        raise _fail(f"no entity matches {name!r}")
    if found[0]["id"] != name and len(found) > 1:
        others = ", ".join(f"{f['name']} ({f['id']})" for f in found[1:])
        print(f"veille: {name!r} taken as {found[0]['name']} ({found[0]['id']}); also: {others}", file=sys.stderr)
    return str(found[0]["id"])


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(*columns, title=escape(title), title_justify="left")
    for row in rows:
        table.add_row(*(escape("" if v is None else str(v)) for v in row))
    _console.print(table)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: Db = Path("veille.duckdb"),
    workers: Annotated[int, typer.Option("--workers", "-w", help="Analysis processes (0: in this process).")] = os.cpu_count() or 1,
    batch_size: Annotated[int, typer.Option(help="Articles per analysis batch (a transaction gathers up to 1,024 articles or 10 s of work).")] = 16,
    reread: Annotated[bool, typer.Option(help="Read again files already stored (to pick up edited files).")] = False,
    as_json: Json = False,
) -> None:
    """Read, analyse and store articles; re-running resumes and never duplicates."""
    from veille.store.db import Store, StoreError
    from veille.store.ingest import IngestOptions
    from veille.store.ingest import ingest as run
    from veille.store.queries import stats

    store = Store(db)
    options = IngestOptions(workers=workers, batch_size=batch_size, reread=reread)
    try:
        with _progress(paths, quiet=as_json) as tick:
            report = run(store, paths, options, tick)
        with store.reading() as con:
            totals = stats(con)
    except StoreError as error:
        raise _fail(str(error)) from error
    if as_json:
        _print_json({"run": report.to_dict(), "store": totals})
        return
    rate = report.stored / report.elapsed if report.elapsed else 0.0
    _console.print(
        f"This run: {report.stored} new articles ({rate:.1f}/s), {report.already} already stored, "
        f"{report.exact_duplicates} exact and {report.near_duplicates} near duplicates, "
        f"{report.failed} errors, in {report.elapsed:.1f} s."
    )
    _table(f"Store {db}", ["articles", "duplicates", "errors", "entities", "quotes", "events", "dates", "stances"], [[
        totals["articles"], totals["exact_duplicates"] + totals["near_duplicates"], totals["errors"],
        totals["entities"], totals["quotes"], totals["events"], totals["timexes"], totals["stances"]]])
    if totals["errors"]:
        _console.print("[yellow]Some sources failed: `veille errors` lists them.[/yellow]")


@contextmanager
def _progress(paths: list[str], *, quiet: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar with articles per second and ETA (the total is estimated from the files)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    total = _estimate(paths)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), disable=quiet, transient=False) as bar:
        task = bar.add_task("ingest", total=total, rate="")

        def tick(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f} articles/s" if speed else "")
            if bar.tasks[0].completed > (bar.tasks[0].total or 0):
                bar.update(task, total=bar.tasks[0].completed)

        yield tick


def _estimate(paths: list[str]) -> int:
    """Articles expected: one per file, one per line of JSON lines files."""
    from veille.read import _expand

    total = 0
    for path in paths:
        for file in _expand(path) if path != "-" else []:
            if isinstance(file, str) and file.endswith((".jsonl", ".ndjson")):
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


@app.command()
def errors(db: Db = Path("veille.duckdb"), as_json: Json = False, limit: Limit = 1000) -> None:
    """List the sources that could not be stored, and why."""
    from veille.store.queries import failures

    with _reading(db) as con:
        found = failures(con, limit=limit)
    if as_json:
        _print_json(found)
    elif not found:
        _console.print("No errors.")
    else:
        _table(f"{len(found)} errors", ["source", "problem", "reason", "when"],
               [[f["source"], f["problem"], f["reason"], f["failed_at"][:19]] for f in found])


@app.command()
def search(
    text: Annotated[str | None, typer.Argument(help='Words that must all appear; "a phrase" verbatim.')] = None,
    entity: Annotated[str | None, typer.Option("--entity", "-e", help="Only articles mentioning this entity (name or id).")] = None,
    date_from: From = None, date_to: To = None, limit: Limit = 20,
    db: Db = Path("veille.duckdb"), as_json: Json = False,
) -> None:
    """Find articles by words, date range and entity."""
    from veille.store.queries import articles

    with _reading(db) as con:
        entity_id = _entity_id(con, entity) if entity else None
        found = articles(con, text=text, date_from=date_from, date_to=date_to, entity=entity_id, limit=limit)
    if as_json:
        _print_json(found)
        return
    _table(f"{found['total']} articles", ["date", "id", "headline / source", "match"], [
        [a["date"], a["id"], a["headline"] or a["source"], a.get("snippet") or (a["lede"] or "")[:120]]
        for a in found["articles"]])


@app.command()
def article(article_id: str, db: Db = Path("veille.duckdb"), as_json: Json = False) -> None:
    """Show one stored article's analysis (the same as `veille analyze` gives)."""
    from veille.model import Analysis
    from veille.store import queries

    with _reading(db) as con:
        data = queries.article(con, article_id)
    if data is None:
        raise _fail(f"no article {article_id!r} in {db}")
    if as_json:
        _print_json(data)
        return
    from veille.cli.pretty import show

    show(Analysis.from_dict(data))
    _table("Sources", ["source", "relation", "similarity"], [[s["source"], s["relation"], f"{s['similarity']:.2f}"] for s in data["sources"]])


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A name (or part of it) or an entity id such as per:donald-trump.")],
    date_from: From = None, date_to: To = None, limit: Limit = 10,
    db: Db = Path("veille.duckdb"), as_json: Json = False,
) -> None:
    """An entity's profile: mentions per day, co-occurring entities, quotes by and about, events, stances."""
    from veille.store.queries import entity_profile

    with _reading(db) as con:
        profile = entity_profile(con, _entity_id(con, name), date_from=date_from, date_to=date_to, limit=limit)
    if profile is None:
        raise _fail(f"no entity {name!r}")
    if as_json:
        _print_json(profile)
        return
    _console.print(f"[bold]{escape(profile['name'])}[/bold] ({profile['type']}, {profile['id']}): "
                   f"{profile['mentions']} mentions in {profile['articles']} articles")
    _console.print("Written as: " + escape(", ".join(f"{w['text']} ({w['mentions']})" for w in profile["written_as"])))
    _table("Mentions per day", ["date", "mentions", "articles"],
           [[d["date"], d["mentions"], d["articles"]] for d in profile["mentions_per_day"][-limit:]])
    _table("Seen with", ["entity", "type", "articles"], [[c["name"], c["type"], c["articles"]] for c in profile["co_occurring"]])
    _quotes_table("Quotes by", profile["quotes_by"])
    _quotes_table("Quotes about", profile["quotes_about"])
    _events_table("Events", profile["events"])
    _stance_table("Stances held", profile["stances_held"])
    _stance_table("Stances toward", profile["stances_received"])


def _quotes_table(title: str, found: list[dict[str, Any]]) -> None:
    if found:
        _table(title, ["date", "speaker", "kind", "quote"],
               [[q["date"], q["speaker_name"] or "—", q["kind"], q["text"]] for q in found])


def _events_table(title: str, found: list[dict[str, Any]]) -> None:
    if found:
        _table(title, ["date", "type", "status", "actors", "recipients", "trigger"],
               [[e["date"], e["type"] + (f"/{e['mode']}" if e["mode"] else ""), e["status"], ", ".join(e.get("actor_names") or e["actors"]),
                 ", ".join(e.get("recipient_names") or e["recipients"]), e["trigger"]] for e in found])


def _stance_table(title: str, found: list[dict[str, Any]]) -> None:
    if found:
        _table(title, ["holder", "target", "period", "polarity", "stances"],
               [[s["holder_name"] or s["holder"], s["target_name"] or s["target"], s["period"], f"{s['polarity']:+.2f}",
                 s["stances"]] for s in found])


@app.command()
def quotes(
    by: Annotated[str | None, typer.Option("--by", help="Speaker (name or id).")] = None,
    about: Annotated[str | None, typer.Option("--about", help="Entity mentioned inside the quote.")] = None,
    words: Annotated[str | None, typer.Option("--words", help="Words the quote contains.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="direct, partial, indirect or mixed.")] = None,
    date_from: From = None, date_to: To = None, limit: Limit = 50,
    db: Db = Path("veille.duckdb"), as_json: Json = False,
) -> None:
    """Find quotes by speaker, words, entity quoted about, and date."""
    from veille.store import queries

    with _reading(db) as con:
        speaker = _entity_id(con, by) if by else None
        about_id = _entity_id(con, about) if about else None
        found = queries.quotes(con, speaker=speaker, about=about_id, words=words, kind=kind,
                               date_from=date_from, date_to=date_to, limit=limit)
    if as_json:
        _print_json(found)
    else:
        _quotes_table(f"{found['total']} quotes", found["quotes"])


@app.command()
def events(
    actor: Annotated[str | None, typer.Option("--actor", help="Actor (name or id).")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Recipient (name or id).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="reported, planned, cancelled ...")] = None,
    date_from: From = None, date_to: To = None, limit: Limit = 50,
    db: Db = Path("veille.duckdb"), as_json: Json = False,
) -> None:
    """Find events by actor, recipient, type, status and date."""
    from veille.store import queries

    with _reading(db) as con:
        actor_id = _entity_id(con, actor) if actor else None
        recipient_id = _entity_id(con, recipient) if recipient else None
        found = queries.events(con, actor=actor_id, recipient=recipient_id, type=type, status=status,
                               date_from=date_from, date_to=date_to, limit=limit)
    if as_json:
        _print_json(found)
    else:
        _events_table(f"{found['total']} events", found["events"])


@app.command()
def stance(
    holder_arg: Annotated[str | None, typer.Argument(metavar="[HOLDER]", help="Who holds the stance (name or id).")] = None,
    target_arg: Annotated[str | None, typer.Argument(metavar="[TARGET]", help="Toward whom (name or id).")] = None,
    holder: Annotated[str | None, typer.Option("--holder", help="Who holds the stance (name or id).")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Toward whom (name or id).")] = None,
    interval: Annotated[str, typer.Option("--interval", help="day, week, month or year.")] = "day",
    date_from: From = None, date_to: To = None,
    db: Db = Path("veille.duckdb"), as_json: Json = False,
) -> None:
    """Stances over time: with HOLDER and TARGET, each point with its evidence and the changes; else means per period."""
    from veille.store.queries import stance_series

    holder, target = holder_arg or holder, target_arg or target
    with _reading(db) as con:
        holder_id = _entity_id(con, holder) if holder else None
        target_id = _entity_id(con, target) if target else None
        if holder_id and target_id:
            _pair_series(con, holder_id, target_id, as_json)
            return
        try:
            found = stance_series(con, holder=holder_id, target=target_id, interval=interval,
                                  date_from=date_from, date_to=date_to)
        except ValueError as error:
            raise _fail(str(error), 2) from error
    if as_json:
        _print_json(found)
    elif not found:
        _console.print("No stances.")
    else:
        _stance_table("Stances", found)


def _pair_series(con: Any, holder_id: str, target_id: str, as_json: bool) -> None:
    """One holder's stance toward one target: points in the order of their own dates, and the turns."""
    from veille.model import Evidence, Stance
    from veille.store.queries import stance_points
    from veille.timeline import StanceRecord, stance_series as series_of

    records = [
        StanceRecord(row["article_date"], Stance(holder_id, target_id, row["polarity"],
                     Evidence(row["evidence_start"] or 0, row["evidence_end"] or 0), row["date"], row["before"]),
                     row["evidence"] or "", row["source"])
        for row in stance_points(con, holder_id, target_id)
    ]
    series = series_of(records, holder_id, target_id)
    if as_json:
        _print_json(series.to_dict())
        return
    if not series.points:
        _console.print(f"No stance of {holder_id} toward {target_id}.")
        return
    rows = [[p.date or (f"before {p.before}" if p.before else "?"), f"{p.polarity:+.2f}", p.evidence, p.source]
            for p in series.points]
    _table(f"{holder_id} → {target_id}", ["when", "polarity", "evidence", "source"], rows)
    for change in series.changes:
        when = change.date or "undated"
        _console.print(f"{change.direction} at {escape(when)}: {change.before_mean:+.2f} → {change.after_mean:+.2f}")
