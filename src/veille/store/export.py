"""`veille export`: the store's tables as Parquet, CSV or JSON lines files, streamed batch by batch.

JSON lines exports also write `analyses.jsonl`, one article per line in the analysis
format, so that the output chains with anything that reads `veille analyze --format jsonl`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from veille.store.db import Store

FORMATS = ("parquet", "csv", "jsonl")
#: Exported tables and their stable order (the store's internal indexes are left out).
TABLES: dict[str, str] = {
    "articles": "id", "article_sources": "article_id, source_key", "failures": "source_key", "entities": "id",
    "mentions": "article_id, start, entity_id", "entity_articles": "entity_id, article_id",
    "quotes": "article_id, start", "timexes": "article_id, start", "events": "article_id, trigger_start",
    "event_participants": "event_id, role, entity_id", "stances": "article_id, evidence_start",
}
_BATCH = 2048


class ExportError(ValueError):
    """The export was asked for something that does not exist."""


def export(store: Store, out_dir: str | Path, fmt: str, tables: list[str] | None = None) -> dict[str, int]:
    """Write each table to `out_dir/<table>.<ext>`; returns the rows written per file."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    unknown = sorted(set(tables or []) - set(TABLES))
    if unknown:
        raise ExportError(f"unknown table(s) {', '.join(unknown)}: choose among {', '.join(TABLES)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    with store.reading() as con:
        for table in tables or list(TABLES):
            columns = _columns(con, table, lists_as_json=fmt == "csv")
            query = f"SELECT {columns} FROM {table} ORDER BY {TABLES[table]}"  # constants only
            reader = con.sql(query).to_arrow_reader(_BATCH)
            path = out / f"{table}.{fmt}"
            written[path.name] = _write(reader, path, fmt)
        if fmt == "jsonl" and (tables is None or "articles" in tables):
            path = out / "analyses.jsonl"
            reader = con.sql("SELECT analysis FROM articles ORDER BY id").to_arrow_reader(_BATCH)
            count = 0
            with path.open("w", encoding="utf-8") as handle:
                for batch in reader:
                    for value in batch.column(0).to_pylist():
                        handle.write(value.strip() + "\n")
                        count += 1
            written[path.name] = count
    return written


def _columns(con: Any, table: str, *, lists_as_json: bool) -> str:
    """The select list of a table; CSV cannot hold lists, so they become JSON text."""
    parts = []
    for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall():
        quoted = f'"{name}"'
        parts.append(f"CAST(to_json({quoted}) AS VARCHAR) AS {quoted}" if lists_as_json and kind.endswith("[]") else quoted)
    return ", ".join(parts)


def _write(reader: pa.RecordBatchReader, path: Path, fmt: str) -> int:
    count = 0
    if fmt == "parquet":
        with pq.ParquetWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                count += batch.num_rows
    elif fmt == "csv":
        with pacsv.CSVWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                count += batch.num_rows
    else:
        with path.open("w", encoding="utf-8") as handle:
            for batch in reader:
                for row in batch.to_pylist():
                    handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                    count += 1
    return count
