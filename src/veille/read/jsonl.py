"""JSON lines feeds: one article per line, `{"date", "text"}` with optional `title`, `url`, `lang`, `id`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from veille.errors import Problem, ReadFailure, message
from veille.read.dates import BadDate, parse_iso_date
from veille.read.draft import Draft
from veille.read.text import draft_from_plain


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-empty line is a JSON object."""
    for line in text.splitlines():
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def read_jsonl(text: str, source: str) -> Iterator[Draft | ReadFailure]:
    """One draft per record; a bad line is a failure of its own, the others go on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            yield ReadFailure(where, Problem.BAD_JSON, message(Problem.BAD_JSON, line=number, detail=error.msg))
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, Problem.BAD_JSON, message(Problem.BAD_JSON, line=number, detail="not an object"))
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(where, Problem.JSON_NO_TEXT, message(Problem.JSON_NO_TEXT, line=number))
            continue
        record_id = _str(record.get("id"))
        yield _draft(record, body, record.get("url") or (f"{source}#{record_id}" if record_id else where))


def _draft(record: dict[str, object], body: str, source: str) -> Draft:
    warnings: list[str] = []
    date = None
    raw_date = record.get("date")
    if raw_date is None:
        warnings.append(message(Problem.NO_DATE))
    else:
        try:
            date = parse_iso_date(str(raw_date))
        except BadDate:
            warnings.append(message(Problem.BAD_DATE, value=str(raw_date)))
    draft = draft_from_plain(body, str(source), date=date, has_lede=False, warnings=warnings)
    draft.headline = _str(record.get("title"))
    draft.url = _str(record.get("url"))
    draft.language = _str(record.get("lang"))
    return draft


def _str(value: object) -> str | None:
    return str(value) if value is not None and str(value).strip() else None
