"""Find the structure of a plain article text: lede, photo captions and credits, bylines, headings.

The text is a list of paragraphs separated by blank lines. Captions, credits, bylines and
headings are recorded as zones so that later stages do not look for quotes or events in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from veille.model import Media, Section, Zone

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_CREDIT = re.compile(
    r"(?:^|\s)(?P<marker>(?:Photos?|Crédits?(?: photo)?|Image|Illustration|Foto)\s*:|©)\s*"
    r"(?P<credit>[^\n]{2,80}?)\s*$",
    re.IGNORECASE,
)
_BY = re.compile(r"^(?:par|by|de)\s+", re.IGNORECASE)
_FINAL_PUNCT = tuple(".!?:;…»\"”)")
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
_NAME_JOINERS = frozenset({"de", "du", "des", "van", "von", "der", "da", "di", "le", "la", "et", "and", "ben", "el"})
_SPLIT_NAMES = re.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*")


@dataclass(slots=True)
class Paragraph:
    """A paragraph and its offsets in the text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Structure:
    """The structure found in a text: zones, and the values the analysis format reports."""

    lede: str | None = None
    byline: list[str] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a text with their offsets, stripped of surrounding whitespace."""
    found: list[Paragraph] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            found.append(Paragraph(start, start + len(stripped), stripped))
        pos = match.end() if match else len(text)
    return found


def is_short_line(text: str, max_words: int = 12) -> bool:
    """A short single line without final punctuation: a heading or a byline."""
    return (
        "\n" not in text
        and len(text.split()) <= max_words
        and not text.rstrip().endswith(_FINAL_PUNCT)
        and text[:1].isupper()
    )


def person_names(text: str) -> list[str] | None:
    """The names of a byline (`Par Chiara Schlenz et Jean Dupont`), or None if it is not one."""
    if not is_short_line(text, max_words=10):
        return None
    names = [n for n in _SPLIT_NAMES.split(_BY.sub("", text.strip())) if n]
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4:
            return None
        if not all(_NAME_WORD.match(w) or w.lower() in _NAME_JOINERS for w in words):
            return None
    return names or None


def split_caption(paragraph: Paragraph) -> tuple[Zone | None, Zone, str] | None:
    """A caption paragraph ending with its credit (`... Photo: IMAGO/ZUMA Press Wire`)."""
    text = paragraph.text
    if len(text) > 600 or (":" not in text and "©" not in text):  # every credit marker ends with one of them
        return None
    match = _CREDIT.search(text)
    if not match:
        return None
    credit = match.group("credit")
    credit_start = paragraph.start + match.start("credit")
    credit_zone = Zone("credit", credit_start, credit_start + len(credit))
    caption_text = paragraph.text[: match.start()].rstrip()
    caption_zone = (
        Zone("caption", paragraph.start, paragraph.start + len(caption_text)) if caption_text else None
    )
    return caption_zone, credit_zone, credit


def find_structure(text: str, *, has_lede: bool) -> Structure:
    """Lede (the first paragraph when the format says so), captions, bylines and headings."""
    result = Structure()
    paras = paragraphs(text)
    seen_body = False
    for index, para in enumerate(paras):
        if index == 0 and has_lede and len(paras) > 1:
            result.lede = para.text
            result.zones.append(Zone("lede", para.start, para.end))
            continue
        caption = split_caption(para)
        if caption is not None:
            caption_zone, credit_zone, credit = caption
            if caption_zone:
                result.zones.append(caption_zone)
            result.zones.append(credit_zone)
            caption_text = text[caption_zone.start : caption_zone.end] if caption_zone else None
            result.media.append(Media(caption_text, credit))
            continue
        names = None if seen_body else person_names(para.text)
        if names and index + 1 < len(paras):
            result.byline.extend(names)
            result.zones.append(Zone("byline", para.start, para.end))
            continue
        if seen_body and is_short_line(para.text) and index + 1 < len(paras):
            result.sections.append(Section(para.text, para.start))
            result.zones.append(Zone("heading", para.start, para.end))
            continue
        seen_body = True
    return result
