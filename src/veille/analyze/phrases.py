"""Finders for the referring phrases of an article: role phrases, scare-quoted epithets, class nouns, pronouns.

Each finder returns `Phrase`s (a token range, a character range, what kind of reference it
is); the coreference component decides whom they designate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import countrynames
from spacy.tokens import Doc, Span, Token

from veille.analyze.extensions import lowers_of, text_of
from veille.lang.fr import roles

_ROLE_WORDS: list[tuple[str, ...]] = sorted((tuple(r.split()) for r in roles.ROLE_NOUNS), key=len, reverse=True)
#: The role nouns by their first word, longest first, so that each token is checked against a few.
_ROLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in _ROLE_WORDS:
    _ROLES_BY_FIRST.setdefault(_words[0], []).append(_words)
_OPEN_QUOTES = "«“"
_CLOSE_QUOTES = "»”"
_QUOTE_MARK = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")
_OF = frozenset({"de", "du", "des", "d'", "d’"})


@dataclass(slots=True)
class Phrase:
    """A referring phrase: its tokens, its characters, and what it says about its referent."""

    kind: str  # role | epithet | class | pronoun
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    role: str | None = None
    country: str | None = None
    gender: str | None = None
    number: str = "Sing"
    definite: bool = True
    is_subject: bool = False
    key: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, where pronouns belong to the quoted speaker."""
    ranges, opened = [], None
    for found in _QUOTE_MARK.finditer(text_of(doc)):
        i, char = found.start(), found.group()
        if char in _OPEN_QUOTES and opened is None:
            opened = i
        elif char in _CLOSE_QUOTES and opened is not None:
            ranges.append((opened, i + 1))
            opened = None
    return ranges


def _inside(ranges: list[tuple[int, int]], start: int) -> bool:
    return any(a < start < b for a, b in ranges)


def _ent_at(doc: Doc, index: int) -> Span | None:
    token = doc[index]
    if not token.ent_type_:
        return None
    for ent in doc.ents:
        if ent.start <= index < ent.end:
            return ent
    return None


def _match_role(lowers: list[str], i: int) -> int:
    """The number of tokens of the longest role noun starting at token i, or 0."""
    for words in _ROLES_BY_FIRST.get(lowers[i], ()):
        if i + len(words) <= len(lowers) and all(lowers[i + k] == w for k, w in enumerate(words)):
            return len(words)
    return 0


def _country_of(span: Span | None, word: str | None = None) -> str | None:
    if word is not None:
        return roles.NATIONALITIES.get(word.lower())
    if span is None:
        return None
    if span.text in roles.METONYM_SEATS:
        return roles.METONYM_SEATS[span.text]
    if span.label_ == "LOC":
        return countrynames.to_code(span.text, fuzzy=False)
    return None


def role_phrases(doc: Doc) -> list[Phrase]:
    """Phrases like `le président américain`, `Le porte-parole du Kremlin`, `au chef du Kremlin`."""
    found: list[Phrase] = []
    lowers = lowers_of(doc)
    i, count = 1, len(lowers)
    while i < count:
        if lowers[i] not in _ROLES_BY_FIRST:  # what `_match_role` would say 0 for, without the call
            i += 1
            continue
        size = _match_role(lowers, i)
        if not size or doc[i].ent_type_:
            i += 1
            continue
        det = i - 1
        if doc[det].pos_ == "ADJ" and det > 0 and lowers[det - 1] in roles.DETERMINERS:
            det -= 1
        if lowers[det] not in roles.DETERMINERS:
            i += size
            continue
        phrase = _extend_role(doc, det, i, size)
        found.append(phrase)
        i = phrase.end
    return found


def _extend_role(doc: Doc, det: int, i: int, size: int) -> Phrase:
    role = " ".join(t.lower_ for t in doc[i:i + size])
    end, country = i + size, None
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
        country = country or _country_of(None, doc[end].text)
        end += 1
    for _ in range(2):
        if end >= len(doc) or doc[end].lower_ not in _OF:
            break
        nxt = end + 1
        if nxt < len(doc) and doc[nxt].lower_ in roles.DETERMINERS:
            nxt += 1
        ent = _ent_at(doc, nxt) if nxt < len(doc) else None
        if ent is None and nxt < len(doc) and doc[nxt].is_title and not doc[nxt].ent_type_:
            end = _portfolio_end(doc, nxt)
            continue
        if ent is None or ent.label_ == "PER" or ent.start != nxt:
            break
        country = country or _country_of(ent)
        end = ent.end
    first = det + 1 if doc[det].lower_ in roles.CONTRACTIONS else det
    span = doc[first:end]
    determiner = doc[det].lower_
    gender = roles.ROLE_NOUNS.get(role) or _det_gender(doc[det])
    key = " ".join(t.lower_ for t in doc[i:end])
    return Phrase(
        "role", first, end, span.start_char, span.end_char, span.text, role=role, country=country,
        gender=gender, definite=determiner in roles.REFERRING_DETERMINERS, is_subject=_is_subject(doc[i]), key=key,
    )


def _portfolio_end(doc: Doc, start: int) -> int:
    """The end of a portfolio name after a role: `des Affaires étrangères`, `de la Défense`."""
    end = start + 1
    while end < len(doc) and not doc[end].ent_type_ and (
        doc[end].lower_ in roles.NAME_COMPLETIONS or (doc[end].is_title and doc[end].pos_ != "PROPN")
    ):
        end += 1
    return end


def _det_gender(det: Token) -> str | None:
    if det.lower_ in ("la", "cette", "sa"):
        return "Fem"
    if det.lower_ in ("le", "ce", "cet", "au", "du"):
        return "Masc"
    return None


def _is_subject(token: Token) -> bool:
    return token.dep_.startswith("nsubj")


def epithets(doc: Doc) -> list[Phrase]:
    """Scare-quoted epithets with a definite article: `le «faiseur de deals»`."""
    found = []
    lowers = lowers_of(doc)
    for i in range(len(doc) - 2):
        if lowers[i] not in ("le", "la") or lowers[i + 1] not in _OPEN_QUOTES:  # quote marks have no case
            continue
        token = doc[i]
        close = next((t.i for t in doc[token.i + 2:token.i + 8] if t.text in _CLOSE_QUOTES), None)
        if close is None or doc[token.i + 2].pos_ not in ("NOUN", "PROPN"):
            continue
        span = doc[token.i:close + 1]
        found.append(Phrase(
            "epithet", span.start, span.end, span.start_char, span.end_char, span.text,
            gender=_det_gender(token), is_subject=_is_subject(doc[token.i + 2]),
        ))
    return found


def class_nouns(doc: Doc) -> list[Phrase]:
    """Definite or demonstrative class nouns that refer back to an organisation: `l'alliance`, `cette alliance`."""
    found = []
    lowers = lowers_of(doc)
    for i in range(1, len(doc)):
        if lowers[i] not in roles.ORG_CLASS_NOUNS or lowers[i - 1] not in roles.REFERRING_DETERMINERS:
            continue
        token, det = doc[i], doc[i - 1]
        if token.i + 1 < len(doc) and (doc[token.i + 1].pos_ == "ADJ" or doc[token.i + 1].lower_ in _OF):
            continue
        first = det.i + 1 if det.lower_ in roles.CONTRACTIONS else det.i
        span = doc[first:token.i + 1]
        found.append(Phrase("class", span.start, span.end, span.start_char, span.end_char, span.text, key=token.lower_))
    return found


def pronouns(doc: Doc) -> list[Phrase]:
    """Personal subject pronouns that may refer to a person (`il`, `elle`, `-t-il`), impersonal ones left out."""
    quotes = quoted_ranges(doc)
    found = []
    for i, lower in enumerate(lowers_of(doc)):
        word = lower.lstrip("-")
        if word not in roles.SUBJECT_PRONOUNS:
            continue
        token = doc[i]
        if _inside(quotes, token.idx) or _impersonal(token):
            continue
        if token.dep_ in ("appos", "case", "fixed") and not _inverted(token):
            continue
        if 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," and doc[token.i + 1].text == ",":
            continue  # dislocated: `la nervosité, elle, est palpable`
        gender, number = roles.SUBJECT_PRONOUNS[word]
        offset = token.text.lower().index(word)
        start = token.idx + offset
        found.append(Phrase(
            "pronoun", token.i, token.i + 1, start, start + len(word), text_of(doc)[start:start + len(word)],
            gender=gender, number=number, is_subject=True,
        ))
    return found


def _inverted(token: Token) -> bool:
    return token.text.startswith("-")


def _impersonal(token: Token) -> bool:
    """`il y a`, `il s'agit`, `il faut`, `il est question`, `il est possible de`: no one is meant."""
    doc = token.doc
    if token.lower_.lstrip("-") != "il":
        return False
    after = [t.lower_ for t in doc[token.i + 1:token.i + 4]]
    if after[:2] == ["y", "a"] or after[:2] in (["y", "avait"], ["y", "aura"]) or (after[:1] == ["n'"] and after[1:3] == ["y", "a"]):
        return True
    head = token.head
    if head.lemma_ in roles.IMPERSONAL_VERBS:
        return True
    window = [t.lower_ for t in doc[token.i + 1:token.i + 6]]
    if "question" in window and ("être" in window or "est" in window):
        return True
    if after[:1] in (["est"], ["était"], ["sera"]) and len(after) > 1 and doc[token.i + 2].pos_ == "ADJ":
        nxt = doc[token.i + 3].lower_ if token.i + 3 < len(doc) else ""
        return nxt in ("de", "d'", "que", "qu'")
    return False
