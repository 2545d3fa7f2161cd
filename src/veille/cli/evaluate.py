"""`veille eval`: score veille's output against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from veille.cli import app

DEFAULT_GOLD = [Path("gold/seed"), Path("gold/dev")]


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path] | None, typer.Option("--gold", "-g", help="Gold directory or file (repeatable).")] = None,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List every miss and spurious item.")] = False,
    per_article: Annotated[bool, typer.Option("--per-article", help="Scores of each article too.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score veille against gold annotations: precision, recall, F1 and accuracy per aspect."""
    from veille.evaluate.gold import GoldError
    from veille.evaluate.runner import evaluate

    dirs = gold or [d for d in DEFAULT_GOLD if d.exists()]
    try:
        report = evaluate(dirs)
    except GoldError as error:
        typer.echo(f"veille: {error}", err=True)
        raise typer.Exit(2) from error
    if as_json:
        print(json.dumps(_as_dict(report), ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    console.print(_table(f"Overall ({report.articles} articles)", report.totals))
    if per_article:
        for name, aspects in report.per_article.items():
            console.print(_table(name, aspects))
    if show_errors:
        for aspect, measures in report.totals.items():
            for measure, counts in measures.items():
                for error in counts.errors:
                    console.print(f"[dim]{aspect}.{measure}[/dim] {escape(error)}")


def _table(title: str, aspects: dict) -> Table:  # type: ignore[type-arg]
    table = Table("aspect", "measure", "P", "R", "F1", "accuracy", "tp", "fp", "fn", title=escape(title), title_justify="left")
    for aspect, measures in aspects.items():
        for measure, c in measures.items():
            if c.is_accuracy:  # right (tp) and wrong (fn) answers: precision and recall mean nothing here
                table.add_row(aspect, measure, "", "", "", f"{c.accuracy:.3f}", str(c.tp), "", str(c.fn))
            else:
                table.add_row(aspect, measure, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", "", str(c.tp), str(c.fp), str(c.fn))
    return table


def _as_dict(report) -> dict:  # type: ignore[no-untyped-def,type-arg]
    def counts(c):  # type: ignore[no-untyped-def]
        if c.is_accuracy:
            return {"accuracy": c.accuracy, "right": c.tp, "wrong": c.fn, "recall": c.recall, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        return {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}

    return {
        "articles": report.articles,
        "overall": {a: {m: counts(c) for m, c in ms.items()} for a, ms in report.totals.items()},
        "per_article": {
            f: {a: {m: counts(c) for m, c in ms.items()} for a, ms in aspects.items()}
            for f, aspects in report.per_article.items()
        },
    }
