"""The plain-text article format: an optional ` date YYYY-MM-DD ` line, then paragraphs."""

from __future__ import annotations

import re

from veille.errors import Problem, message
from veille.read.dates import BadDate, parse_iso_date
from veille.read.draft import Draft
from veille.read.structure import find_structure

_DATE_LINE = re.compile(r"^\s*date\s+(?P<value>\S+)[ \t]*\n?[ \t]*", re.IGNORECASE)


def read_text(text: str, source: str) -> Draft:
    """Read the seed's format; without a date line the text is read as plain paragraphs."""
    warnings: list[str] = []
    date = None
    match = _DATE_LINE.match(text)
    if match:
        try:
            date = parse_iso_date(match.group("value"))
        except BadDate:
            warnings.append(message(Problem.BAD_DATE, value=match.group("value")))
        text = text[match.end() :]
    else:
        warnings.append(message(Problem.NO_DATE))
    return draft_from_plain(text, source, date=date, has_lede=match is not None, warnings=warnings)


def draft_from_plain(
    text: str, source: str, *, date: str | None, has_lede: bool, warnings: list[str]
) -> Draft:
    """A draft of a plain text whose metadata is known, with its structure found."""
    text = text.strip()
    structure = find_structure(text, has_lede=has_lede)
    return Draft(source=source, text=text, date=date, structure=structure, warnings=warnings)
