"""The catalogue of problems veille reports to users, each with a code and a message template.

Readers return a `ReadFailure` (a typed rejection with its reason) rather than raising,
so that one bad file never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Problem(str, Enum):
    """Coded problems with the input; the value is the message template."""

    EMPTY = "empty file"
    BINARY = "binary file, not text"
    UNREADABLE = "cannot be read: {detail}"
    NOT_FOUND = "no such file or directory"
    TOO_LARGE = "{size} is larger than the {limit} limit for one article (see --max-chars)"
    NO_TEXT = "no article text found"
    BAD_JSON = "line {line}: not a JSON object ({detail})"
    JSON_NO_TEXT = "line {line}: record has no \"text\""
    UNKNOWN_FORMAT = "format not recognised"
    # warnings: the article is still analysed
    ENCODING = "not UTF-8: decoded as {encoding}"
    BAD_DATE = "impossible date {value!r}: date left unknown"
    NO_DATE = "no publication date found: relative dates left unresolved"
    UNBALANCED_QUOTES = "unbalanced quotation marks at offset {offset}"


def message(problem: Problem, **details: object) -> str:
    """The words of a problem with its details filled in."""
    return problem.value.format(**details)


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A source that could not be read, and why."""

    source: str
    problem: Problem
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class VeilleError(Exception):
    """Base class of the errors veille raises to callers of its library."""
