"""Find who said a quote: the cue (speech verb, `selon`, dash) and the speaker phrase around it.

Works on the surface of the tokens first (French word order around a quote is regular:
`«...», explique Trump`, `X a déclaré : «...»`, `selon X, «...»`), using the parse only to
find the subject of a cue that precedes the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.analyze.quotes.cues import QUOTE_MARKS, SENTENCE_ENDS, cue_span, is_speech_token, multiword_cue, negated, passive, present_participle
from veille.analyze.quotes.subjects import apposed, document_author, inverted_subject, names_someone, noun_phrase, phrase_of, subject_of
from veille.lang.fr import grammar, speech

_SKIP_BEFORE_VERB = {"AUX", "ADV", "PART"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase (token range) and its cue (token range), as found near a quote."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    via: str


def after_quote(doc: Doc, close: int) -> Attribution | None:
    """`«...», explique Trump` / `», a-t-il commenté` / `», a indiqué, cash, le ministre` / `» – Nom`."""
    i = close + 1
    n = len(doc)
    while i < n and doc[i].text in {",", "\u00a0"}:
        i += 1
    line = i + 1 if i + 1 < n and doc[i].is_space and doc[i].text.count("\n") <= 2 and doc[i + 1].text in {"–", "—"} else i
    if line < n and doc[line].text in {"–", "—", "-"} and line + 1 < n and (doc[line + 1].pos_ == "PROPN" or doc[line + 1].ent_type_ == "PER"):
        return Attribution(noun_phrase(doc, line + 1), (line, line + 1), "dash")  # `» – Nom`, or on the line below
    source = _source_after(doc, i)
    if source is not None:
        return source
    subject: tuple[int, int] | None = None
    for j in range(i, min(n, i + 6)):
        token = doc[j]
        multi = multiword_cue(doc, j) if token.lower_ not in grammar.REFLEXIVES else None
        if multi is not None and not negated(doc, j):
            speaker = subject or inverted_subject(doc, multi[0] - 1)
            return Attribution(speaker, (i if doc[i].pos_ == "AUX" else j, multi[0]), "after")
        after_aux = j > i and (doc[j - 1].pos_ == "AUX" or doc[j - 1].lower_ in grammar.AVOIR_FORMS)  # `avait martelé`, tagged a noun
        verb_like = token.pos_ != "NOUN" or after_aux or (j == i and j + 1 < n and (doc[j + 1].pos_ in {"DET", "PROPN"} or doc[j + 1].lower_ in grammar.INVERTED_SUBJECTS or doc[j + 1].text in {"-t", "-t-"}))
        if j == i and present_participle(token):
            break  # `» évoquant des « ... »`: the participle tells more of the main clause's subject
        if is_speech_token(token) and verb_like and not negated(doc, j):
            speaker = subject or inverted_subject(doc, j)
            return Attribution(speaker, (i if doc[i].pos_ == "AUX" else j, j + 1), "after")
        if j == i and token.lower_ in {"lui", "leur", "nous", "vous", "me", "m'", "m’"}:
            continue
        if (token.lower_ in {"elle", "il", "lui", "ils", "elles"} or token.lower_ in grammar.INVERTED_SUBJECTS) and j > i:
            subject = (j, j + 1)
            continue
        if token.pos_ in _SKIP_BEFORE_VERB or token.lower_ in {"s'", "se", "pour", "sa", "part", "-t", ","} or token.lower_ in grammar.AVOIR_FORMS:
            continue
        break
    return None


def _source_after(doc: Doc, i: int) -> Attribution | None:
    """`« ... », selon un communiqué de l'Élysée` / `», d'après le ministre`: the source after a quote."""
    n = len(doc)
    after = i + 1 < n and doc[i].lower_ in {"d'", "d’"} and doc[i + 1].lower_ == "après"
    if not (i < n and doc[i].lower_ == "selon") and not after:
        return None
    start = i + 2 if after else i + 1
    if start >= n:
        return None
    phrase = noun_phrase(doc, start)
    if phrase[1] <= phrase[0] or not names_someone(doc, phrase):
        return None
    return Attribution(document_author(doc, apposed(doc, phrase)), (i, start), "source")


def before_quote(doc: Doc, open_: int, floor: int) -> Attribution | None:
    """A cue before the quote in its sentence (`X a déclaré : «`, `selon X, «`, `qualifiée de «`)."""
    for j in range(open_ - 1, floor - 1, -1):
        token = doc[j]
        if token.text in SENTENCE_ENDS or token.text in QUOTE_MARKS or "\n" in token.text:
            break
        is_source = token.lower_ in speech.SOURCE_PREPOSITIONS or (token.lower_ == "après" and j and doc[j - 1].lower_ in {"d'", "d’"})
        if is_source and j + 1 < open_ and not doc[j + 1].is_punct:
            span = noun_phrase(doc, j + 1)
            strict = token.lower_ in {"pour", "suivant"}
            if not strict or (span[1] < len(doc) and doc[span[1]].text == "," and names_someone(doc, span)):
                if span[1] > span[0]:
                    return Attribution(apposed(doc, span), (j - (token.lower_ == "après"), j + 1), "source")
        if is_speech_token(token) and token.pos_ in {"VERB", "AUX", "ADJ"} and not negated(doc, j) and not _has_object(token, open_) and not _narrative(doc, token, open_) and not _epithet_participle(doc, token, open_):
            agent = _agent(doc, token)
            speaker = agent if passive(token) else agent or _comme_subject(doc, j) or subject_of(doc, j, floor)
            outer = _outer_cue(doc, j, floor) if speaker is None or not _someone(doc, speaker) else None
            if outer is not None:  # `a déclaré que les opérations se poursuivaient « sans interruption »`
                return Attribution(subject_of(doc, outer, floor), cue_span(doc, outer), "before")
            return Attribution(speaker, cue_span(doc, j), "before")
        multi = multiword_cue(doc, j)
        if multi is not None and multi[0] <= open_ and not negated(doc, multi[1]):
            verb = doc[multi[1]]
            speaker = _agent(doc, verb) if passive(verb) else subject_of(doc, multi[1], floor)  # `présentée comme une « licorne »`
            return Attribution(speaker, (cue_span(doc, j)[0], multi[0]), "before")
        if token.pos_ == "NOUN" and token.lemma_.lower() in speech.SPEECH_NOUNS:
            holder = _noun_holder(doc, token, floor)
            if holder is not None:
                return Attribution(holder, (j, j + 1), "noun")
    return None


def _someone(doc: Doc, phrase: tuple[int, int]) -> bool:
    """A subject that may speak: a pronoun, or a phrase naming a person, a body or a role."""
    head = next((t.i for t in doc[phrase[0] + 1:phrase[1]] if t.pos_ == "ADP"), phrase[1])  # `les opérations | de secours`
    return doc[phrase[0]].pos_ == "PRON" or names_someone(doc, (phrase[0], head))


def _outer_cue(doc: Doc, verb: int, floor: int) -> int | None:
    """The speech verb whose `que` clause holds a cue whose subject is a thing (`a répondu que les
    quotas ne menaçaient « en aucun cas »`, `a estimé que « ... » et jugé`): the one that speaks."""
    for k in range(verb - 1, max(floor, 0) - 1, -1):
        token = doc[k]
        if token.text in SENTENCE_ENDS or "\n" in token.text:
            return None
        if is_speech_token(token) and token.pos_ == "VERB" and not negated(doc, k) and any(t.lower_ in grammar.QUE for t in doc[k + 1:verb]):
            return k
    return None


def _noun_holder(doc: Doc, noun: Token, floor: int) -> tuple[int, int] | None:
    """Who a speech noun belongs to: `la déclaration du ministre :`, `dans un communiqué, X :`, `sa déclaration`."""
    for child in noun.children:
        named = any(t.ent_type_ in {"PER", "ORG"} for t in child.subtree) or child.lower_ in speech.ROLE_NOUNS
        if child.dep_.startswith("nmod") and child.i > noun.i and named:
            return phrase_of(doc, child)
    head = noun.head
    if head.i != noun.i and head.pos_ in {"VERB", "AUX"} and noun.dep_.startswith(("obl", "obj")):
        for child in head.children:
            if child.dep_.startswith("nsubj") and child.i >= floor and child.pos_ in {"PROPN", "NOUN", "PRON"}:
                if child.pos_ == "PRON" and child.lower_ not in speech.SUBJECT_PRONOUNS:
                    return None
                return phrase_of(doc, child)
    return None


def _has_object(verb: Token, open_: int) -> bool:
    """`va permettre de poursuivre les recherches ... : «`: a verb with its own object ending well before the quote is no cue."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    for child in verb.children:
        if child.dep_ == "obj" and child.pos_ in {"NOUN", "PROPN"} and child.i < open_:
            return child.right_edge.i < open_ - 2
    return False


def _epithet_participle(doc: Doc, token: Token, open_: int) -> bool:
    """`l'utilité des aides promises à l'automne : «`: a participle describing a noun is no cue, unless
    the quote follows it at once (`qualifiée de «`, `jugée « ... »`)."""
    if token.dep_ not in {"acl", "amod"} or not ("Part" in token.morph.get("VerbForm") or token.pos_ == "ADJ"):
        return False
    if token.head.i > token.i or any(c.dep_ == "obl:agent" for c in token.children):
        return False  # `accusé par les autorités d'« ... »`: a passive with its agent speaks
    if any(t.pos_ == "AUX" or t.lower_ in grammar.AVOIR_FORMS for t in doc[max(0, token.i - 5):token.i]):
        return False  # `a de son côté martelé que`: a verb the tagger misread
    return any(t.lower_ not in {"de", "d'", "d’", "comme", ":"} and not t.is_space for t in doc[token.i + 1:open_])


def _agent(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`une formulation jugée « inacceptable » par l'Alliance des petits États`: a passive cue's agent speaks."""
    if "Part" not in verb.morph.get("VerbForm") and verb.pos_ != "ADJ":
        return None
    agent = next((c.left_edge.i for c in verb.children if c.dep_ == "obl:agent" and doc[c.left_edge.i].lower_ == "par"), None)
    if agent is None:  # the parser often hangs `par X` after the quote elsewhere: read the surface
        close = next((t.i for t in doc[verb.i + 2:min(len(doc), verb.i + 30)] if t.text in QUOTE_MARKS), None)
        agent = close + 1 if close is not None and close + 2 < len(doc) and doc[close + 1].lower_ == "par" else None
    if agent is None:
        return None
    phrase = noun_phrase(doc, agent + (doc[agent].lower_ == "par"))
    return phrase if phrase[1] > phrase[0] and names_someone(doc, phrase) else None


def _comme_subject(doc: Doc, verb: int) -> tuple[int, int] | None:
    """`comme le précise l'ambassadeur, Bernard Bajolet : «`: the speaker follows the verb."""
    start = cue_span(doc, verb)[0]
    if start < 2 or doc[start - 1].lower_ not in {"le", "l'", "l’"} or doc[start - 2].lower_ != "comme":
        return None
    return inverted_subject(doc, verb)


def _narrative(doc: Doc, verb: Token, open_: int) -> bool:
    """`le républicain poursuit cette stratégie ... « changement »`: a verb that speaks only in an
    incise or before a colon (poursuivre, reprendre) is no cue when words come between it and the quote."""
    if verb.lemma_.lower() not in speech.INCISE_VERBS:
        return False
    return any(t.text != ":" and not t.is_space for t in doc[verb.i + 1:open_])
