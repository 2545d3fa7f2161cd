"""The `Doc._` extensions veille's components read and write, registered in one place.

- `doc._.article`: the `Article` being analysed (id, date, zones ...), set before the pipeline runs.
- `doc._.entities`, `quotes`, `timexes`, `events`, `stances`: lists of `veille.model`
  objects, each filled by its component; the export turns them into the analysis format.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from veille.model import NON_BODY_ZONES, Article

_LISTS = ("entities", "quotes", "timexes", "events", "stances")
#: `doc.user_data` keys of what is computed once per doc (spaCy keeps its own keys as tuples).
_TEXT, _ZONES, _LOWERS, _LEMMAS = "veille.text", "veille.non_body", "veille.lowers", "veille.lemmas"


def register() -> None:
    """Register the extensions (idempotent)."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)
    for name in _LISTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=None, default=None)


def article_of(doc: Doc) -> Article | None:
    """The article a doc was made from, if any."""
    return doc._.article  # type: ignore[no-any-return]


def text_of(doc: Doc) -> str:
    """The doc's text, joined once: spaCy's `Doc.text` joins every token again on each access."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text` cut from the doc's text: spaCy's joins the span's tokens again on each access."""
    return text_of(span.doc)[span.start_char:span.end_char]


def set_text(doc: Doc, text: str) -> None:
    """Give `text_of` the text the doc was made from (`nlp.make_doc(text)`), so that it is not joined again."""
    doc.user_data[_TEXT] = text


def lowers_of(doc: Doc) -> list[str]:
    """Every token's `lower_`, read once per doc: the components' scans over all tokens test these strings
    and make a `Token` only where one matters (a `Token` and its `lower_` cost ~0.2 µs each time)."""
    return _strings(doc, _LOWERS, LOWER, None)


def lemmas_of(doc: Doc) -> list[str]:
    """Every token's `lemma_.lower()`, read once per doc (after the model has run)."""
    return _strings(doc, _LEMMAS, LEMMA, str.lower)


def _strings(doc: Doc, key: str, attr: int, shape: Callable[[str], str] | None) -> list[str]:
    found: list[str] | None = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        strings = doc.vocab.strings
        found = [strings[h] for h in doc.to_array(attr).tolist()]
        doc.user_data[key] = found = [shape(s) for s in found] if shape else found
    return found


def non_body_ranges(doc: Doc, kinds: frozenset[str] = NON_BODY_ZONES) -> list[tuple[int, int]]:
    """Character ranges of the doc in zones of these kinds (captions, credits, bylines, headings,
    datelines by default), computed once per doc and kinds."""
    article = article_of(doc)
    if article is None:
        return []
    cached: tuple[Article, dict[frozenset[str], list[tuple[int, int]]]] | None = doc.user_data.get(_ZONES)
    if cached is None or cached[0] is not article:
        cached = doc.user_data[_ZONES] = (article, {})
    ranges = cached[1].get(kinds)
    if ranges is None:
        ranges = cached[1][kinds] = [(z.start, z.end) for z in article.zones if z.kind in kinds]
    return ranges


def in_body(doc: Doc, start: int, end: int, outside: frozenset[str] = NON_BODY_ZONES) -> bool:
    """True when the character range lies in running text, where quotes (and, with
    `outside=NON_EVENT_ZONES`, events) may be."""
    return not any(start < z_end and z_start < end for z_start, z_end in non_body_ranges(doc, outside))


register()
