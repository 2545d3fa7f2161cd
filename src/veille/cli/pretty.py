"""A readable terminal view of an analysis, for people (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from veille.model import Analysis

_console = Console(highlight=False)


def show(analysis: Analysis, console: Console | None = None) -> None:
    """Print the analysis: metadata, structure, then each kind of finding as a table."""
    out = console or _console
    title = escape(analysis.headline or analysis.source)
    meta = f"{escape(analysis.source)}  ·  {analysis.date or 'date unknown'}  ·  {analysis.language or '?'}  ·  id {analysis.id}"
    lines = [meta]
    if analysis.lede:
        lines.append(f"[bold]Lede[/bold] {escape(analysis.lede)}")
    if analysis.byline:
        lines.append(f"[bold]By[/bold] {escape(', '.join(analysis.byline))}")
    for media in analysis.media:
        lines.append(f"[bold]Caption[/bold] {escape(media.caption or '')}  [dim]({escape(media.credit or '')})[/dim]")
    if analysis.sections:
        lines.append("[bold]Sections[/bold] " + " · ".join(escape(s.heading) for s in analysis.sections))
    out.print(Panel("\n".join(lines), title=title, title_align="left"))
    _entities(out, analysis)
    _quotes(out, analysis)
    _timexes(out, analysis)
    _events(out, analysis)
    _stances(out, analysis)
    for warning in analysis.warnings:
        out.print(f"[yellow]warning:[/yellow] {escape(warning)}")


def _entities(out: Console, analysis: Analysis) -> None:
    if not analysis.entities:
        return
    table = Table("entity", "type", "mentions", "as written", title="Entities", title_justify="left")
    for entity in sorted(analysis.entities, key=lambda e: -len(e.mentions)):
        written = sorted({m.text for m in entity.mentions})
        table.add_row(escape(entity.name), entity.type, str(len(entity.mentions)), escape(", ".join(written)[:80]))
    out.print(table)


def _quotes(out: Console, analysis: Analysis) -> None:
    if not analysis.quotes:
        return
    table = Table("speaker", "kind", "quote", title="Quotes", title_justify="left")
    for quote in analysis.quotes:
        speaker = quote.speaker.name if quote.speaker else "—"
        table.add_row(escape(speaker), quote.kind, escape(quote.text))
    out.print(table)


def _timexes(out: Console, analysis: Analysis) -> None:
    if not analysis.timexes:
        return
    table = Table("expression", "type", "value", title="Dates and times", title_justify="left")
    for timex in analysis.timexes:
        table.add_row(escape(timex.text), timex.type, timex.value or "—")
    out.print(table)


def _events(out: Console, analysis: Analysis) -> None:
    if not analysis.events:
        return
    names = {e.id: e.name for e in analysis.entities}
    table = Table("type", "status", "actors", "recipients", "date", "trigger", title="Events", title_justify="left")
    for event in analysis.events:
        table.add_row(
            event.type + (f"/{event.mode}" if event.mode else ""), event.status,
            escape(", ".join(names.get(a, a) for a in event.actors)),
            escape(", ".join(names.get(r, r) for r in event.recipients)),
            event.date or "—", escape(event.trigger.text),
        )
    out.print(table)


def _stances(out: Console, analysis: Analysis) -> None:
    if not analysis.stances:
        return
    names = {e.id: e.name for e in analysis.entities}
    table = Table("holder", "target", "polarity", "when", "evidence", title="Stances", title_justify="left")
    for stance in analysis.stances:
        when = stance.date or (f"before {stance.before}" if stance.before else "—")
        evidence = analysis.text[stance.evidence.start : stance.evidence.end]
        table.add_row(escape(names.get(stance.holder, stance.holder)), escape(names.get(stance.target, stance.target)),
                      f"{stance.polarity:+.2f}", when, escape(evidence))
    out.print(table)
