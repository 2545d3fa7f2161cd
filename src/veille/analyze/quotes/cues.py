"""Recognise a speech cue: a speech verb by lemma or form, a multi-word cue (`fait valoir`, `s'est
dit`), a negated or hypothetical one, and the tokens a cue spans (auxiliary, clitic, `de`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.lang.fr import grammar, speech

SENTENCE_ENDS = {".", "!", "?", "…"}
QUOTE_MARKS = set("«»“”„‹›\"")


def is_speech_token(token: Token) -> bool:
    """True when the token is a form of a speech verb (by lemma, or by its own form)."""
    if token.pos_ not in {"VERB", "AUX", "ADJ", "NOUN", "X"} and token.lemma_.lower() not in speech.SPEECH_VERBS:
        return False
    lemma = token.lemma_.lower()
    if lemma in speech.SPEECH_VERBS or token.lower_ in speech.SPEECH_VERBS:
        return True
    if token.lower_.endswith("e") and token.lower_ + "r" in speech.SPEECH_VERBS:
        return True
    if token.lower_.endswith("e") and "è" in token.lower_:  # `s'inquiète`, `répète`: the stem's è is é in the infinitive
        head, _, tail = token.lower_.rpartition("è")
        if f"{head}é{tail}r" in speech.SPEECH_VERBS:
            return True
    for ending in ("ées", "és", "ée", "é"):
        if token.lower_.endswith(ending):
            return token.lower_[: -len(ending)] + "er" in speech.SPEECH_VERBS
    return False


def multiword_cue(doc: Doc, start: int) -> tuple[int, int] | None:
    """A multi-word cue starting at a token (`fait valoir`, `s'est dit`, `tient à souligner`): its end and its verb."""
    for cue in speech.MULTIWORD_CUES:
        if len(cue) < 2:
            continue
        k, verb = start, -1
        for n, word in enumerate(cue):
            while n and k < len(doc) and doc[k].pos_ == "AUX" and verb < 0:
                k += 1
            if k >= len(doc) or not _cue_word(doc[k], word, first=n == 0):
                break
            if verb < 0 and (doc[k].pos_ in {"VERB", "AUX"} or n == 0) and word not in grammar.REFLEXIVES:
                verb = k
            k += 1
        else:
            return (k, verb if verb >= 0 else start)
    return None


def _cue_word(token: Token, word: str, *, first: bool) -> bool:
    """True when a token is this word of a multi-word cue: reflexives alike, verbs by lemma, the rest literally."""
    if word in grammar.REFLEXIVES:
        return token.lower_ in grammar.REFLEXIVES
    if token.lower_ == word:
        return True
    if first and speech.CUE_HEAD_FORMS.get(token.lower_) == word:
        return True
    return token.lemma_.lower() == word and token.pos_ in {"VERB", "AUX"}


def negated(doc: Doc, cue: int) -> bool:
    """True when the verb group around the cue is negated (`n'a pas dit`) or hypothetical."""
    left = _clause_start(doc, cue, 4)
    words = [t.lower_ for t in doc[left:cue + 3]]
    has_ne = any(w in {"ne", "n'", "n’"} for w in words[: cue - left + 1])
    has_neg = any(w in speech.NEGATIONS for w in words)
    clause = doc[_clause_start(doc, cue, 8):cue]
    hypothetical = any(t.lower_ == "si" or _could_have(t) for t in clause)
    return (has_ne and has_neg) or hypothetical


def _could_have(token: Token) -> bool:
    """`aurait pu dire`, `pourrait annoncer`: a modal in the conditional makes the cue hypothetical
    (a bare `aurait déclaré` reports, with reserve, what was said)."""
    if token.lemma_ not in {"pouvoir", "devoir"}:
        return False
    return "Cnd" in token.morph.get("Mood") or (token.i > 0 and token.nbor(-1).lower_ in {"aurait", "auraient"})


def _clause_start(doc: Doc, cue: int, reach: int) -> int:
    """Up to `reach` tokens before a cue, not across punctuation or a quotation mark (`« ... ne voit
    jamais, explique-t-elle`: the negation belongs to the quote)."""
    left = cue
    while left > max(0, cue - reach) and not (doc[left - 1].is_punct or doc[left - 1].text in QUOTE_MARKS):
        left -= 1
    return left


def cue_span(doc: Doc, verb: int) -> tuple[int, int]:
    """The cue's tokens: the verb with its auxiliary and reflexive clitic, and a following `de`."""
    start = verb
    while start > 0 and (doc[start - 1].pos_ == "AUX" or doc[start - 1].lower_ in {"s'", "se", "s’"}):
        start -= 1
    end = verb + 1
    if end < len(doc) and doc[end].lower_ in {"de", "d'", "comme"}:
        end += 1
    return (start, end)


def past_participle(token: Token) -> bool:
    """`chargé`, `chargée`: a past participle (`le porte-parole chargé du commerce, Olof Sandberg`)."""
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")


def present_participle(token: Token) -> bool:
    """`évoquant`, `ajoutant`: a present participle, which never takes an inverted subject."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


def passive(verb: Token) -> bool:
    """`Kalypso avait été présentée comme`: a passive cue, whose subject is what was talked about."""
    return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children)
