"""Deterministic ids from natural keys, so that the same input always gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def make_id(*parts: object, length: int = 16) -> str:
    """A hex digest of the parts, joined unambiguously (followthemoney's make_id)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


def normalise_for_id(text: str) -> str:
    """The text as compared for identity: NFC, case-folded, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def article_id(text: str) -> str:
    """The stable id of an article: same normalised text, same id."""
    return make_id(normalise_for_id(text))


def slugify(name: str) -> str:
    """ASCII slug of a name: `Sergueï Lavrov` -> `sergueï-lavrov` -> `serguei-lavrov`."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_SLUG.sub("-", ascii_only).strip("-") or make_id(name, length=8)


def entity_id(entity_type: str, name: str) -> str:
    """The id of a canonical entity: `per:donald-trump`, `org:otan`."""
    return f"{entity_type.lower()}:{slugify(name)}"
