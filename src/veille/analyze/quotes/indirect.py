"""Reported speech without quotation marks: `X a annoncé que ...`, `selon X, ...`, `..., a indiqué X`.

Each finding is the reported content (a character range), the speaker phrase and the cue
(token ranges); sentences holding quotation marks are left to the quoted-speech rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from veille.analyze.extensions import text_of
from veille.analyze.quotes.attribution import _cue_span, after_quote, multiword_cue, names_someone, negated, noun_phrase, subject_of
from veille.lang.fr import speech

_QUE = {"que", "qu'", "qu’"}
_MARKS = set("«»“”„‹›\"")


@dataclass(frozen=True, slots=True)
class Reported:
    """One piece of reported speech: content characters, speaker and cue token ranges."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None


def find_reported(doc: Doc, sentence: SpacySpan, quoted: list[tuple[int, int]] = []) -> list[Reported]:
    """Reported speech in one sentence: a `que` clause, an infinitive, `selon X`, or a closing incise."""
    found = _que_clauses(doc, sentence)
    if any(ch in _MARKS for ch in sentence.text):
        return [r for r in found if _outside_quotes(doc, r, quoted)]
    if not found:
        found = [r for r in (_source_phrase(doc, sentence), _closing_incise(doc, sentence)) if r]
    return found


def _outside_quotes(doc: Doc, found: Reported, quoted: list[tuple[int, int]]) -> bool:
    """True when reported content in a sentence with quotation marks stands on its own: not inside
    a quote, holding no mark, and closed by punctuation (`a affirmé qu'il ... : « ... »`), not by a mark."""
    if any(start <= found.start < end + 1 for start, end in quoted) or any(ch in _MARKS for ch in text_of(doc)[found.start:found.end]):
        return False
    return text_of(doc)[found.end:found.end + 3].lstrip()[:1] in {":", ".", ";", "!", "?", ""}


def _content_end(doc: Doc, sentence: SpacySpan, start_token: int) -> int:
    """The end of reported content: the sentence end, before its final punctuation and any closing incise."""
    end = _paragraph_end(doc, sentence, start_token)
    while end > start_token and doc[end - 1].is_punct and doc[end - 1].text not in {")", "]"}:
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def _que_clauses(doc: Doc, sentence: SpacySpan) -> list[Reported]:
    """`SUBJ a annoncé (à X) que CONTENT` and `SUBJ affirme avoir ...`."""
    found: list[Reported] = []
    covered = 0
    for token in sentence:
        if token.i < covered:
            continue
        lemma = token.lemma_.lower()
        head = speech.CUE_HEAD_FORMS.get(token.lower_, lemma)
        multi = multiword_cue(doc, token.i) if head in speech.INDIRECT_MULTIWORD_HEADS else None
        if multi is None and (lemma not in speech.INDIRECT_VERBS or token.pos_ != "VERB") or negated(doc, token.i):
            continue
        last = multi[0] - 1 if multi else token.i
        reach = 22 if last + 1 < sentence.end and doc[last + 1].text == "," else 6
        que = next((t for t in doc[last + 1:min(sentence.end, last + reach)] if t.lower_ in _QUE), None)
        inf = doc[token.i + 1] if token.i + 1 < sentence.end and multi is None else None
        if que is not None and not any(t.text in {".", ";"} for t in doc[token.i:que.i]):
            start_tok = que.i
        elif inf is not None and "Inf" in inf.morph.get("VerbForm") and lemma in {"affirmer", "assurer", "dire", "raconter", "déclarer", "reconnaître", "nier", "expliquer", "estimer", "admettre", "avouer", "penser", "croire"}:
            start_tok = inf.i
        elif lemma == "dire" and inf is not None and inf.pos_ == "ADJ" and any(t.lower_ in {"s'", "se", "me", "nous"} for t in doc[max(sentence.start, token.i - 3):token.i]):
            start_tok = inf.i
        else:
            continue
        if doc[start_tok + 1].text in _MARKS if start_tok + 1 < len(doc) else False:
            continue
        end = _clause_end(doc, sentence, doc[start_tok], token.i)
        subject = subject_of(doc, token.i, sentence.start)
        cue = (_cue_span(doc, token.i)[0], multi[0]) if multi else _cue_span(doc, token.i)
        covered = cue[1]
        found.append(Reported(doc[start_tok].idx, end, subject, cue))
    return found


def _paragraph_end(doc: Doc, sentence: SpacySpan, start: int) -> int:
    """The sentence's end, or the first paragraph break after `start` when the parser ran sentences together."""
    return next((t.i for t in doc[start:sentence.end] if "\n" in t.text), sentence.end)


def _subjectless_verb(doc: Doc, start: int) -> bool:
    """`..., mais a cependant réitéré`: a verb group with no subject of its own, coordinated with the cue."""
    j = start
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or doc[j].pos_ not in {"AUX", "VERB"}:
        return False
    verb = doc[j].head if doc[j].pos_ == "AUX" else doc[j]
    return not any(c.dep_.startswith("nsubj") for c in verb.children)


def _clause_end(doc: Doc, sentence: SpacySpan, first: object, cue: int) -> int:
    """Where a reported clause ends: the sentence end, or before `, SUBJ VERB` of a new main clause."""
    from spacy.tokens import Token

    if not isinstance(first, Token):
        raise TypeError("first must be a token")
    end_tok = _paragraph_end(doc, sentence, first.i)
    for token in doc[first.i + 1:end_tok]:
        if token.text in _MARKS or (token.text == ":" and token.i + 1 < end_tok and doc[token.i + 1].text in _MARKS):
            end_tok = token.i
            break
        if token.text == "," and token.i + 2 < end_tok and doc[token.i + 1].lower_ == "mais" and _subjectless_verb(doc, token.i + 2):
            end_tok = token.i
            break
        if token.dep_ == "conj" and token.head.i == cue and token.i > first.i:
            left = token.left_edge.i
            while left > first.i + 1 and (doc[left - 1].pos_ in {"CCONJ", "ADV", "AUX"} or doc[left - 1].text == ","):
                left -= 1
            end_tok = left
            break
        if token.text == "," and token.i + 2 < sentence.end:
            nxt = doc[token.i + 1]
            if nxt.dep_.startswith("nsubj") and nxt.head.i > first.i and nxt.head.dep_ == "ROOT" and first.head.i != nxt.head.i:
                end_tok = token.i
                break
            if nxt.pos_ == "DET" and doc[token.i + 2].dep_.startswith("nsubj") and doc[token.i + 2].head.dep_ == "ROOT" and doc[token.i + 2].head.i > token.i:
                end_tok = token.i
                break
    while end_tok > first.i + 1 and (doc[end_tok - 1].is_punct and doc[end_tok - 1].text not in {")", "]"}):
        end_tok -= 1
    last = doc[end_tok - 1]
    return last.idx + len(last.text)


def _source_phrase(doc: Doc, sentence: SpacySpan) -> Reported | None:
    """`Selon X, CONTENT.` / `D'après X, CONTENT.` / `CONTENT, selon X.`"""
    tokens = list(sentence)
    for k, token in enumerate(tokens):
        is_source = token.lower_ == "selon" or (token.lower_ == "après" and k and tokens[k - 1].lower_ in {"d'", "d’"})
        if not is_source:
            continue
        phrase = noun_phrase(doc, token.i + 1)
        if phrase[1] <= phrase[0] or not names_someone(doc, phrase):
            continue
        cue = (token.i - 1 if token.lower_ == "après" else token.i, token.i + 1)
        first = cue[0]
        if first == sentence.start and phrase[1] < sentence.end and doc[phrase[1]].text == ",":
            body = phrase[1] + 1
            return Reported(doc[body].idx, _content_end(doc, sentence, body), phrase, cue)
        if first > sentence.start + 3 and doc[first - 1].text == "," and _ends_sentence(doc, sentence, phrase[1]):
            last = doc[first - 2]
            return Reported(sentence.start_char, last.idx + len(last.text), phrase, cue)
    return None


def _ends_sentence(doc: Doc, sentence: SpacySpan, index: int) -> bool:
    return all(t.is_punct for t in doc[index:sentence.end])


def _closing_incise(doc: Doc, sentence: SpacySpan) -> Reported | None:
    """`CONTENT, a indiqué X.`: a speech verb with an inverted subject closing the sentence."""
    for token in sentence:
        if token.text != "," or token.i - sentence.start < 4:
            continue
        found = after_quote(doc, token.i - 1)
        if found is None or found.speaker is None or found.cue is None:
            continue
        if not _ends_sentence(doc, sentence, found.speaker[1]) and doc[found.speaker[1]].text != ",":
            continue
        last = doc[token.i - 1]
        return Reported(sentence.start_char, last.idx + len(last.text), found.speaker, found.cue)
    return None
