"""The `veille_timex` component: temporal expressions normalised against the article's date.

It writes `doc._.timexes` as `veille.model.Timex` (DATE | TIME | DURATION | SET, TIMEX3 values).
Relative expressions (`mercredi`, `hier`, `il y a trois jours`) are resolved against
`doc._.article.date`; without a publication date they keep `value=None`, never today's date.
A bare weekday points to the past unless its governing verb is in the future (tense from
the morphologizer). `timex_for(doc, start, end)` lets events and stances find their date.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Token

from veille.analyze import extensions
from veille.analyze.timex_rules import Context, find_timexes
from veille.analyze.timex_values import Direction
from veille.lang.fr.time import PROSPECTIVE_PARTICIPLES, PROSPECTIVE_VERBS
from veille.model import Timex


@Language.factory("veille_timex", assigns=["doc._.timexes"], default_config={})
def make_timex(nlp: Language, name: str) -> TimexTagger:
    """Build the temporal tagger (no settings: the language knowledge is in lang/fr/time.py)."""
    return TimexTagger()


class TimexTagger:
    """Find temporal expressions and give each its TIMEX3 type and value."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Timex]:
        """The doc's timexes, in text order."""
        context = Context(anchor=article_date(doc), tense=lambda start, end: tense_at(doc, start, end))
        text = extensions.text_of(doc)
        return [Timex(f.start, f.end, text[f.start:f.end], f.type, f.value, f.mod) for f in find_timexes(text, context)]

    def set_annotations(self, doc: Doc, timexes: list[Timex]) -> None:
        """Store the timexes on the doc."""
        doc._.timexes = timexes


def article_date(doc: Doc) -> dt.date | None:
    """The publication date of the doc's article, or None when unknown or unreadable."""
    article = extensions.article_of(doc)
    if article is None or not article.date:
        return None
    try:
        return dt.date.fromisoformat(article.date[:10])
    except ValueError:
        return None


def tense_at(doc: Doc, start: int, end: int) -> Direction | None:
    """Whether the verb governing the characters [start, end) speaks of the past or the future."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            return verb_direction(token)
        if token.head is token:
            return None
        token = token.head
    return None


def verb_direction(verb: Token, depth: int = 0) -> Direction | None:
    """Past, future or None (present, unknown) from a verb's morphology and its auxiliaries."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Fut" in a.morph.get("Tense") for a in auxiliaries):
        return "future"
    if "Inf" in verb.morph.get("VerbForm"):
        head = verb.head
        if head is verb or depth > 2 or head.pos_ not in {"VERB", "AUX"}:
            return None
        if head.lemma_ in PROSPECTIVE_VERBS and "Past" not in head.morph.get("Tense"):
            return "future" if "Imp" not in head.morph.get("Tense") else "past"
        return verb_direction(head, depth + 1)
    if "Part" in verb.morph.get("VerbForm"):
        present_aux = any("Pres" in a.morph.get("Tense") for a in auxiliaries)
        if present_aux and verb.lemma_ in PROSPECTIVE_PARTICIPLES:
            return "future"
        return "past" if "Past" in verb.morph.get("Tense") else None
    if "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood"):
        return "future"
    if verb.morph.get("Tense") and verb.morph.get("Tense")[0] in {"Imp", "Past"}:
        return "past"
    return None


def timex_for(doc: Doc, start: int, end: int) -> Timex | None:
    """The timex inside [start, end), else the nearest one in the same sentence, else None."""
    timexes: list[Timex] = doc._.timexes or []
    inside = [t for t in timexes if t.start < end and start < t.end]
    if inside:
        return inside[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    near = [t for t in timexes if sentence.start_char <= t.start and t.end <= sentence.end_char]
    if not near:
        return None
    return min(near, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
