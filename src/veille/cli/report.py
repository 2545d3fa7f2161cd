"""How the CLI tells users about problems: one line per problem, naming the source."""

from __future__ import annotations

import sys

from veille.errors import ReadFailure


def failure(item: ReadFailure) -> None:
    """`veille: FILE: problem` on stderr."""
    print(f"veille: {item.source}: {item.reason}", file=sys.stderr)


def warnings(source: str, messages: list[str]) -> None:
    """`veille: FILE: warning: ...` on stderr, one line each."""
    for text in messages:
        print(f"veille: {source}: warning: {text}", file=sys.stderr)
