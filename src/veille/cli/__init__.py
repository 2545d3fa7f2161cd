"""The `veille` command line: thin commands that parse, call the library and report clearly.

Each group of commands lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="veille",
    help="News intelligence: entities, quotes and speakers, dates, events and stances, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """News intelligence: entities, quotes and speakers, dates, events and stances, with evidence."""


# Command modules register themselves on `app` when imported.
from veille.cli import analyze as _analyze  # noqa: E402,F401
from veille.cli import evaluate as _evaluate  # noqa: E402,F401
from veille.cli import export as _export  # noqa: E402,F401
from veille.cli import kb as _kb  # noqa: E402,F401
from veille.cli import store as _store  # noqa: E402,F401
from veille.cli import serve as _serve  # noqa: E402,F401


def main() -> None:
    """Entry point of the `veille` script."""
    app()
