"""Skip a regular expression over a text that cannot hold a match: the words every match must contain.

Scanning a text costs a pattern ~20 ns a character whether it matches or not, and the temporal
tagger runs 33 of them over every article. Most patterns name words a match must contain (a
month, a weekday, `heure`): `needed_words(pattern)` finds such a set from the pattern's own
syntax tree, and `Folder` puts a text in the form where a plain `in` test is as tolerant as the
pattern's IGNORECASE. A pattern none of whose needed words is in the text is not run; one whose
needs cannot be told is always run. The answer of `finditer` is never changed, only spared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser `re` compiles with (Python 3.11); without it, no pattern is ever skipped
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - other Pythons
    _sre = _sre_parse = None  # type: ignore[assignment]

Words = frozenset[str]


def needed_words(pattern: re.Pattern[str]) -> Words | None:
    """Lower-case strings one of which every match of the pattern contains, or None if there is no such set."""
    if _sre_parse is None:
        return None
    try:
        return _sequence(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except (AttributeError, TypeError, ValueError, re.error):  # an unknown node: say nothing rather than wrong
        return None


def _sequence(items: list[tuple[object, object]]) -> Words | None:
    """The best needed set of a sequence: each run of literal characters is one, each required part another."""
    found: list[Words | None] = []
    run: list[str] = []
    for op, value in items:
        if op is _sre.LITERAL:
            char = chr(value).lower()  # type: ignore[call-overload]
            if len(char) != 1:
                return None
            run.append(char)
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is _sre.SUBPATTERN:
            found.append(_sequence(list(value[3])))  # type: ignore[index]
        elif op is _sre.BRANCH:
            branches = [_sequence(list(b)) for b in value[1]]  # type: ignore[index]
            found.append(None if any(b is None for b in branches) else frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and value[0] >= 1:  # type: ignore[index]
            found.append(_sequence(list(value[2])))  # type: ignore[index]
    if run:
        found.append(frozenset({"".join(run)}))
    sets = [s for s in found if s]
    return max(sets, key=lambda s: (min(map(len, s)), -len(s))) if sets else None


class Folder(dict[int, int]):
    """A `str.translate` table mapping each character to the needed-word letter the IGNORECASE patterns
    take it for (`É` -> `é`, `ſ` -> `s`), found once per character by `re` itself; others stay as they are."""

    def __init__(self, needs: Iterable[Words | None]) -> None:
        super().__init__()
        self.letters = sorted({char for words in needs if words for word in words for char in word})
        self._probe = re.compile("|".join(f"({re.escape(c)})" for c in self.letters) or "(?!)", re.IGNORECASE)
        if any(self[ord(c)] != ord(c) for c in self.letters):
            raise ValueError("two needed letters are the same letter under IGNORECASE")

    def __missing__(self, code: int) -> int:
        found = self._probe.fullmatch(chr(code))
        value = self[code] = ord(self.letters[found.lastindex - 1]) if found and found.lastindex else code
        return value

    def fold(self, text: str) -> str:
        """The text where a needed word is found by `in` wherever an IGNORECASE pattern would see it."""
        return text.translate(self)


def may_match(needs: Words | None, folded: str) -> bool:
    """False only when no needed word is in the folded text (so the pattern cannot match)."""
    return needs is None or any(word in folded for word in needs)
