"""Entity clean-up (`veille_entities`): repair the statistical model's name spans before resolution.

The model's spans carry their article (`l'OTAN`), merge neighbours (`OTAN Mark Rutte`),
stop short (`ministère des Affaires`), take weekdays for names and type seats of power as
places. This component rewrites `doc.ents` with clean spans typed PER, ORG, LOC or MISC,
adds the metonyms and regions the model missed, and the article's credit and byline.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from veille.analyze.extensions import article_of, text_of
from veille.lang.fr import roles
from veille.lang.fr.places import REGIONS
from veille.resolve.canonical import VARIANTS, place
from veille.resolve.names import name_key

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


@Language.factory(
    "veille_entities",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos"],
    default_config={"add_zones": True},
)
def make_entities(nlp: Language, name: str, *, add_zones: bool) -> EntityCleaner:
    """The clean-up component; `add_zones` adds the article's credit (ORG) and byline (PER)."""
    return EntityCleaner(nlp, add_zones=add_zones)


class EntityCleaner:
    """Rewrites `doc.ents` into clean, well-typed name spans."""

    def __init__(self, nlp: Language, *, add_zones: bool = True) -> None:
        self.add_zones = add_zones
        self.matcher = PhraseMatcher(nlp.vocab)
        self.matcher.add("ORG", [nlp.make_doc(m) for m in sorted(roles.METONYMS)])
        self.matcher.add("LOC", [nlp.make_doc(r) for r in sorted(REGIONS)])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Span]:
        """The cleaned spans: model spans repaired, plus gazetteer and zone spans where nothing was."""
        spans: list[Span] = []
        for ent in doc.ents:
            spans.extend(self.clean(ent))
        extra = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        extra.extend(self._zone_spans(doc))
        taken = {i for span in spans for i in range(span.start, span.end)}
        spans.extend(s for s in extra if not any(i in taken for i in range(s.start, s.end)))
        spans = filter_spans(spans)
        return _one_type_per_name(_introduced_organisations(filter_spans(spans + _repeated(doc, spans))))

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.ents = spans

    def clean(self, ent: Span) -> list[Span]:
        """One model span made into zero, one or two clean spans."""
        doc = ent.doc
        start, end = ent.start, ent.end
        label = _LABELS.get(ent.label_, "MISC")
        start, end = _trim(doc, start, end, label)
        if label == "PER" and start > 0 and start < end and doc[start].text in {"Le", "La"}:
            start = _given_name_before(doc, start)  # `Marine` + model span `Le Pen`
        span = doc[start:end]
        if start >= end or _is_calendar(span) or _is_common(span, label):
            return []
        split = _split_merged(span, label)
        if split:
            return split
        end = _complete(span, label)
        return [Span(doc, start, end, label=_retype(doc[start:end], label))]

    def _zone_spans(self, doc: Doc) -> list[Span]:
        article = article_of(doc)
        if not self.add_zones or article is None:
            return []
        found = []
        for zone in article.zones:
            label = {"credit": "ORG", "byline": "PER"}.get(zone.kind)
            if label is None:
                continue
            text = text_of(doc)[zone.start:zone.end]
            stripped = text.strip()
            offset = zone.start + text.index(stripped) if stripped else zone.start
            span = doc.char_span(offset, offset + len(stripped), label=label, alignment_mode="contract")
            if span is not None and len(span) and (label != "PER" or len(stripped.split()) <= 4):
                found.append(span)
        return found


def _repeated(doc: Doc, spans: list[Span]) -> list[Span]:
    """Other occurrences of a name the model found once: it misses some where the parse goes wrong
    (`Le Royaume-Uni avait menacé`, right after a line break). Capitalised, exact, whole words only."""
    text = text_of(doc)
    taken = {i for span in spans for i in range(span.start, span.end)}
    names = {span.text: span.label_ for span in spans if len(span.text) >= 3 and span.text[0].isupper()}
    found = []
    for name, label in names.items():
        for start, end in _whole_word_occurrences(text, name):
            span = doc.char_span(start, end, label=label)
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                found.append(span)
                taken.update(range(span.start, span.end))
    return found


def _whole_word_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where `name` stands in the text with no word character or hyphen glued to it, left to right without
    overlaps: what `re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)` finds, without
    compiling a pattern per name (\w is `isalnum()` or `_`, as in `re`)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _glued(text[start - 1])) and (end == len(text) or not _glued(text[end])):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _glued(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _introduced_organisations(spans: list[Span]) -> list[Span]:
    """A name introduced once as an organisation (`la chaîne quatarie Al Jazeera`, `l'ONG
    Transparencia`) is one everywhere in the article, whatever the model typed it."""
    names = {s.text for s in spans if s.label_ in ("PER", "MISC") and _introduced_as_organisation(s)}
    return [Span(s.doc, s.start, s.end, label="ORG") if s.text in names else s for s in spans]


def _one_type_per_name(spans: list[Span]) -> list[Span]:
    """One name, one type in an article: `Kapisa` typed ORG in a headline and LOC twice in the body
    takes the type most of its occurrences have (ties keep each span's own)."""
    votes: dict[str, dict[str, int]] = {}
    for span in spans:
        counts = votes.setdefault(span.text, {})
        counts[span.label_] = counts.get(span.label_, 0) + 1
    fixed = []
    for span in spans:
        counts = votes[span.text]
        best = max(counts, key=lambda label: counts[label])
        if best != span.label_ and counts[best] > counts[span.label_] and list(counts.values()).count(counts[best]) == 1:
            span = Span(span.doc, span.start, span.end, label=best)
        fixed.append(span)
    return fixed


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Without articles, honorifics, titles, punctuation, `ville de`, and trailing nationality adjectives."""
    while start < end and not _article_in_name(doc, start, end, label) and (
        doc[start].lower_ in roles.DETERMINERS or doc[start].lower_ in roles.HONORIFICS or doc[start].is_punct
        or (label == "PER" and doc[start].is_lower and doc[start].lower_ in roles.ROLE_NOUNS)
    ):
        start += 1
    if label == "LOC" and end - start > 2 and doc[start].lower_ in roles.PLACE_PREFIXES and doc[start + 1].lower_ in ("de", "du", "d'"):
        start += 2
    end = _run_on_end(doc, start, end, label)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in roles.DETERMINERS or (
        label == "ORG" and doc[end - 1].is_lower and doc[end - 1].lower_ in roles.NATIONALITIES
    )):
        end -= 1
    if start < end < len(doc) and doc[end - 1].text.endswith(("'", "’")) and not doc[end - 1].whitespace_ and doc[end].lower_ == "s":
        end += 1  # `Moody'` + `s`: the tokenizer splits an English possessive name
    return start, end


def _given_name_before(doc: Doc, start: int) -> int:
    """The start of a person's name the model began one word late, at a given name it took for a noun."""
    previous = doc[start - 1]
    known = previous.lower_ in roles.FEMININE_GIVEN_NAMES or previous.lower_ in roles.MASCULINE_GIVEN_NAMES
    return start - 1 if known and previous.is_title and not previous.whitespace_ == "" else start


def _article_in_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """`Le Pen`, `Le Drian` (a person), `Le Monde`, `Les Échos` (a title): the article belongs to the name."""
    first = doc[start]
    if first.text not in {"Le", "La", "Les", "L'", "L’"} or start + 1 >= end or not doc[start + 1].text[:1].isupper():
        return False
    if label == "PER":
        return True
    return doc[start:end].text.lower().replace("’", "'") in roles.TITLED_NAMES


def _run_on_end(doc: Doc, start: int, end: int, label: str) -> int:
    """Where a span that ran on into the sentence should stop: `Vladimir Putin said on ...` -> `Vladimir Putin`."""
    for i in range(start + 1, end):
        token = doc[i]
        if not (token.is_alpha and token.is_lower) or token.lower_ in roles.NAME_PARTICLES:
            continue
        if label == "PER" or token.pos_ in ("VERB", "AUX"):
            return i
    return end


def _is_common(span: Span, label: str) -> bool:
    """Lower-case words, generic capitalised nouns and role phrases are not names."""
    if not any(c.isupper() for c in span.text):
        return True
    if span.start > 0 and span.doc[span.start - 1].lower_ in {"degré", "degrés", "°"}:
        return True  # `degrés Celsius`, `degrés Fahrenheit`: units, not people
    if len(span) == 1 and (span[0].lower_ in roles.ORG_CLASS_NOUNS or span[0].lower_ in roles.GENERIC_CAPITALS):
        return True
    head = " ".join(t.lower_ for t in span[:2])
    if label != "PER" and (span[0].lower_ in roles.ROLE_NOUNS or head in roles.ROLE_NOUNS):
        return span[0].is_lower or label == "MISC"
    return False


def _is_calendar(span: Span) -> bool:
    """A span made only of weekdays, months, numbers and articles is a date, not a name."""
    return all(t.lower_ in roles.CALENDAR_WORDS or t.like_num or t.is_punct or t.lower_ in roles.DETERMINERS for t in span)


def _split_merged(span: Span, label: str) -> list[Span] | None:
    """`OTAN Mark Rutte` -> ORG `OTAN` + PER `Mark Rutte`: a known organisation or acronym glued to a name."""
    doc = span.doc
    for cut in range(span.start + 1, span.end - 1):
        head, tail = doc[span.start:cut], doc[cut:span.end]
        head_is_org = head.text in roles.METONYMS or VARIANTS.get(name_key(head.text), ("", ""))[1] == "ORG" or (
            len(head) == 1 and head.text.isupper() and len(head.text) >= 2
        )
        tail_is_name = len(tail) >= 2 and all(t.is_title for t in tail if t.is_alpha)
        if head_is_org and tail_is_name:
            return [Span(doc, head.start, head.end, label="ORG"), Span(doc, tail.start, tail.end, label="PER")]
    return None


def _complete(span: Span, label: str) -> int:
    """The end of an institution's name the model cut short (`ministère des Affaires` + `étrangères`)."""
    doc = span.doc
    end = span.end
    if label not in ("ORG", "MISC") or span[0].lower_ not in roles.INSTITUTION_HEADS:
        return end
    while end < len(doc) and doc[end].lower_ in roles.NAME_COMPLETIONS:
        end += 1
    return end


_TITLES = roles.HONORIFICS - {"saint", "sainte"}


def _retype(span: Span, label: str) -> str:
    """Seats of power act as organisations; places the model left untyped are places; a name
    followed by an age (`Hélène, 67 ans,`) or after a title (`le Dr X`) is a person."""
    if _aged(span) or (span.start > 0 and span.doc[span.start - 1].lower_ in _TITLES and span[0].is_title):
        return "PER"  # `Hélène, 67 ans`, `le Dr Arjun Thapa`
    if label == "PER" and _abbreviation(span):
        return "ORG"  # `le Bureau de la coordination des affaires humanitaires (Ocha)`
    if span.text in roles.METONYMS:
        return "ORG"
    known = VARIANTS.get(name_key(span.text))
    if known:
        return known[1]
    if label in ("MISC", "ORG") and span.text in REGIONS:
        return "LOC"
    if label == "MISC" and place(span.text) is not None:
        return "LOC"
    return label


def _aged(span: Span) -> bool:
    """`Hélène, 67 ans`, `Camille, 24 ans`: the press gives a person's age in apposition."""
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].lower_ in {"ans", "an"}


def _introduced_as_organisation(span: Span) -> bool:
    """`l'ONG Transparencia Costa Rica`, `la compagnie régionale AeroAndes`: a name right after an
    organisation noun (and its adjectives) with its article, or after `le directeur général de`."""
    doc, k = span.doc, span.start - 1
    if k > 1 and doc[k].lower_ in {"de", "d'", "d’", "du"}:  # `le directeur général de Nordhavn`
        k -= 1
        while k > 0 and doc[k].pos_ == "ADJ" and span.start - k <= 3:
            k -= 1
        return doc[k].lower_ in roles.ORG_MEMBERS
    while k > 0 and doc[k].pos_ == "ADJ" and span.start - k <= 2:
        k -= 1
    return k > 0 and doc[k].lower_ in roles.ORG_INTRODUCERS and doc[k - 1].lower_ in roles.DETERMINERS


def _abbreviation(span: Span) -> bool:
    """A single word in parentheses right after an organisation's name: its abbreviation."""
    doc, start, end = span.doc, span.start, span.end
    if end - start != 1 or start < 3 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    return doc[start - 2].ent_type_ == "ORG"
