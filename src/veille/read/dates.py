"""Publication dates as found in sources: ISO strings, datelines, HTML metadata."""

from __future__ import annotations

import datetime as dt
import re

from veille.lang.fr.calendar import MONTHS

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DATELINE = re.compile(
    r"^(?P<day>\d{1,2})(?:er)?\s+(?P<month>[a-zéû]+)\s+(?P<year>\d{4})"
    r"(?:\s*,\s*(?P<place>[^.\n]{1,60}?))?\s*\.?\s*[-–—]+\s+",
    re.IGNORECASE,
)


class BadDate(ValueError):
    """A date that does not exist (2025-13-45) or cannot be read."""


def parse_iso_date(value: str) -> str:
    """`2025-10-22` (or an ISO datetime) -> `2025-10-22`; raises BadDate when impossible."""
    match = _ISO.match(value.strip())
    if not match:
        raise BadDate(value)
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as error:
        raise BadDate(value) from error


def parse_dateline(paragraph: str) -> tuple[str, int] | None:
    """A French dateline (`22 juin 2012. - `, `22 août 2012, Espagne. - `): (date, its length)."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    month = MONTHS.get(match.group("month").lower())
    if month is None:
        return None
    try:
        date = dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
    return date.isoformat(), match.end()
