"""From bytes to clean text: binary detection, encoding fallback, Unicode normalisation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from veille.errors import Problem, message

#: Characters that carry no text and break offsets or tokens: soft hyphen, zero-width
#: spaces and joiners, byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the warning met on the way, if any."""

    text: str
    warning: str | None = None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return controls > max(8, len(head) // 50)


def decode(data: bytes) -> Decoded:
    """Decode as UTF-8; otherwise as Windows-1252 / Latin-1, with a warning that says so."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, message(Problem.ENCODING, encoding=label))
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def clean_text(text: str) -> str:
    """NFC, Unix line ends, no invisible characters or control bytes; keeps no-break spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text)
