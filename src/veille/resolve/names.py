"""Name keys: the form under which two spellings of one name compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ELISION = re.compile(r"^(?:l|d)['’]\s*", re.IGNORECASE)
_LEADING = re.compile(r"^(?:le|la|les|the)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(text: str) -> str:
    """The text without diacritics: `États-Unis` -> `Etats-Unis`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """Accent-, case-, article- and punctuation-insensitive key: `l'États-Unis` -> `etats unis`."""
    text = _LEADING.sub("", _ELISION.sub("", text.strip()))
    return _NON_WORD.sub(" ", strip_accents(text).casefold()).strip()


def is_acronym_of(short: str, long: str, skips: frozenset[str]) -> bool:
    """True when `short` (ALN, BEA) is made of the initials of `long`'s words, skipping `skips`."""
    if not (2 <= len(short) <= 8) or not short.isupper() or len(long.split()) < 2:
        return False
    words = [w for w in re.split(r"[\s'’\-]+", strip_accents(long)) if w and w.lower() not in skips]
    return "".join(w[0] for w in words).upper() == strip_accents(short)
