"""The store a running server reads, handed to views as a read-only connection per request."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
from fastapi import Request

from veille.store.db import Store


def connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the app's store for one request, closed after it."""
    store: Store = request.app.state.store
    with store.reading() as con:
        yield con
