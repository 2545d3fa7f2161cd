"""Pair the quotation marks of a text: « », “ ”, " ", ‹ ›, straight single quotes, mixed pairs.

Marks are paired paragraph by paragraph, so that a mark never closed spoils nothing
beyond its paragraph; a quote runs over several paragraphs only under the French
convention (the next paragraph reopens with the same mark, the last one closes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

_OPEN = {"«": "guillemet", "‹": "chevron", "“": "curly", "„": "curly", "‘": "single"}
_CLOSE = {"»": "guillemet", "›": "chevron", "”": "curly", "’": "single"}
_STRAIGHT = {'"': "straight", "'": "single"}
_MARKS = frozenset(_OPEN) | frozenset(_CLOSE) | frozenset(_STRAIGHT)
_SPACE = " \t\u00a0\u202f\u2009\u2007"
_BEFORE_OPEN = _SPACE + "([{—–-/:;,\n"
_AFTER_CLOSE = _SPACE + ".,;:!?)]}…—–-/\n"


@dataclass(frozen=True, slots=True)
class Marked:
    """A stretch of text between paired quotation marks; `start`/`end` exclude marks and spaces."""

    open: int
    close: int
    start: int
    end: int
    paragraphs: int = 1


@dataclass(slots=True)
class Pairing:
    """The outermost quoted stretches of a text and the offsets of marks left unpaired."""

    quotes: list[Marked] = field(default_factory=list)
    unbalanced: list[int] = field(default_factory=list)


def pair_marks(text: str) -> Pairing:
    """The outermost quoted stretches of the text, in order, and the unbalanced marks."""
    result = Pairing()
    stack: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if char == "\n":
            if stack and not _reopens(text, index, stack[0][1]):
                result.unbalanced.extend(pos for pos, _ in stack)
                stack.clear()
            continue
        role = _role(text, index, char, stack)
        if role is None:
            continue
        family = _OPEN.get(char) or _CLOSE.get(char) or _STRAIGHT[char]
        if role == "reopen":
            continue
        if role == "open":
            stack.append((index, family))
            continue
        opener = _pop(stack, family)
        if opener is None:
            if char not in "'’":
                result.unbalanced.append(index)
            continue
        if not stack:
            result.quotes.append(_marked(text, opener, index))
    result.unbalanced.extend(pos for pos, _ in stack)
    result.quotes = [q for q in result.quotes if q.end > q.start]
    return result


def _role(text: str, index: int, char: str, stack: list[tuple[int, str]]) -> str | None:
    """Whether the mark at `index` opens, closes, reopens a continued quote, or is no mark."""
    if char not in _MARKS:
        return None
    before = text[index - 1] if index else "\n"
    after = text[index + 1] if index + 1 < len(text) else "\n"
    if char in _OPEN:
        if char == "‘" and before.isalnum():
            return None
        if stack and before == "\n" and _reopening(text, index, stack[0][1]):
            return "reopen"
        return "open"
    if char in _CLOSE:
        if char == "’":
            return "close" if any(f == "single" for _, f in stack) and not after.isalnum() else None
        return "close"
    if char == "'" or char == "’":
        open_single = any(f == "single" for _, f in stack)
        if open_single and not after.isalnum() and (before.isalnum() or before in ".!?…"):
            return "close"
        if before in _BEFORE_OPEN and after.isalpha() and _closes_later(text, index):
            return "open"
        return None
    # the straight double quote: its side is told by its neighbours, else by the stack
    if stack and before == "\n" and _reopening(text, index, stack[0][1]):
        return "reopen"
    opens = before in _BEFORE_OPEN or before in "«“"
    closes = after in _AFTER_CLOSE or after in "»”"
    open_straight = any(f == "straight" for _, f in stack)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if open_straight else "open"


def _reopening(text: str, index: int, family: str) -> bool:
    """True when the mark at a paragraph start reopens a quote left open (same family)."""
    char = text[index]
    return (_OPEN.get(char) or _STRAIGHT.get(char)) == family or (family == "straight" and char in "«“")


def _reopens(text: str, newline: int, family: str) -> bool:
    """True when the line after `newline` (skipping blank lines) starts by reopening the quote."""
    index = newline
    while index < len(text) and text[index] in "\n" + _SPACE:
        index += 1
    return index < len(text) and _reopening(text, index, family) and index > newline


def _closes_later(text: str, index: int) -> bool:
    """True when a straight single quote opening at `index` has a plausible closer in its line."""
    line_end = text.find("\n", index)
    line = text[index + 1: line_end if line_end >= 0 else len(text)]
    for pos, char in enumerate(line):
        if char in "'’" and (pos + 1 >= len(line) or not line[pos + 1].isalnum()) and pos and line[pos - 1] != " ":
            return pos > 1
    return False


def _pop(stack: list[tuple[int, str]], family: str) -> tuple[int, str] | None:
    """The opener a closing mark of `family` closes: the latest of its family, else the latest."""
    if not stack:
        return None
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][1] == family or {stack[depth][1], family} <= {"straight", "curly"}:
            opener = stack[depth]
            del stack[depth:]
            return opener
    return stack.pop()


def _marked(text: str, opener: tuple[int, str], close: int) -> Marked:
    start, end = opener[0] + 1, close
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return Marked(open=opener[0], close=close, start=start, end=end, paragraphs=text.count("\n", start, end) // 2 + 1 if "\n" in text[start:end] else 1)
