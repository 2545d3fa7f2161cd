"""Reported speech without quotation marks: `X a annoncé que ...`, `selon X, ...`, `..., a indiqué X`.

Each finding is the reported content (a character range), the speaker phrase and the cue
(token ranges); sentences holding quotation marks are left to the quoted-speech rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from veille.analyze.extensions import text_of
from veille.analyze.quotes.attribution import after_quote
from veille.analyze.quotes.cues import QUOTE_MARKS, cue_span, multiword_cue, negated, passive, present_participle
from veille.analyze.quotes.subjects import apposed, document_author, names_someone, noun_phrase, phrase_of, subject_of
from veille.lang.fr import grammar, speech



@dataclass(frozen=True, slots=True)
class Reported:
    """One piece of reported speech: content characters, speaker and cue token ranges."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None


def find_reported(doc: Doc, sentence: SpacySpan, quoted: list[tuple[int, int]] = []) -> list[Reported]:
    """Reported speech in one sentence: a `que` clause, an infinitive, `selon X`, or a closing incise.

    The sentence never crosses a paragraph break: the component cuts the parser's sentences there."""
    found = [r for r in _que_clauses(doc, sentence) if not any(start <= r.start < end for start, end in quoted)]
    marked = any(ch in QUOTE_MARKS for ch in sentence.text) or any(start < sentence.end_char and sentence.start_char < end for start, end in quoted)
    if marked:
        found = [r for r in found if _outside_quotes(doc, r, quoted)]
    sourced = [r for r in (_source_phrase(doc, sentence, quoted), _closing_incise(doc, sentence) or _opening_incise(doc, sentence)) if r]
    if marked:
        sourced = [r for r in sourced if _beside_quotes(doc, r, quoted)]
    # `CONTENT, a indiqué la famille, qui souhaite que ...`: an incise's content beside a later que-clause
    found += [r for r in sourced if not any(r.start < f.end and f.start < r.end for f in found)]
    relative = _pour_qui(doc, sentence)
    if relative is not None and not any(r.start <= relative.start < r.end for r in found):
        if not marked or _beside_quotes(doc, relative, quoted):
            found.append(relative)
    return found


def _beside_quotes(doc: Doc, found: Reported, quoted: list[tuple[int, int]]) -> bool:
    """True when `selon X, ...` content in a sentence with quotation marks is not itself quoted and
    holds no more than short quoted fragments (`de « A3 » à « Baa3 »`)."""
    if any(start <= found.start < end + 1 for start, end in quoted) or text_of(doc)[found.start] in QUOTE_MARKS:
        return False
    if any(start < found.start <= end or start <= found.end < end for start, end in quoted):
        return False
    inside = [(start, end) for start, end in quoted if found.start <= start and end <= found.end + 1]
    return all(len(text_of(doc)[start:end].split()) <= 3 for start, end in inside)


def _outside_quotes(doc: Doc, found: Reported, quoted: list[tuple[int, int]]) -> bool:
    """True when reported content in a sentence with quotation marks stands on its own: not inside
    a quote, holding no mark, and closed by punctuation (`a affirmé qu'il ... : « ... »`), not by a mark."""
    if any(start <= found.start < end + 1 for start, end in quoted) or any(ch in QUOTE_MARKS for ch in text_of(doc)[found.start:found.end]):
        return False
    after = text_of(doc)[found.end:found.end + 12].lstrip()
    if after[:1] in {":", ".", ";", "!", "?", ""}:
        return True
    nxt = doc.char_span(found.end, found.end + 12, alignment_mode="expand")
    words = [t for t in nxt or [] if not t.is_space]
    if len(words) >= 2 and words[0].text == "," and present_participle(words[1]):
        return True  # `que ses députés ne voteraient pas le texte, jugeant « prématuré »`
    return len(words) >= 2 and words[0].lower_ in {"et", "mais"} and words[1].lower_ in grammar.QUE


def _content_end(doc: Doc, sentence: SpacySpan, start_token: int) -> int:
    """The end of reported content: the sentence end (or a colon opening a quote), before its final punctuation."""
    end = sentence.end
    for token in doc[start_token:end]:
        if token.text == ":" and token.i + 1 < end and doc[token.i + 1].text in QUOTE_MARKS:
            end = token.i
            break
    while end > start_token and doc[end - 1].is_punct and doc[end - 1].text not in {")", "]"} and not _closes_inside(doc, start_token, end - 1):
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def _closes_inside(doc: Doc, start: int, mark: int) -> bool:
    """True when a closing quotation mark closes one opened within the content (`de « A3 » à « Baa3 »`)."""
    if doc[mark].text not in {"»", "”", "›"}:
        return False
    return any(t.text in {"«", "“", "‹"} for t in doc[start:mark])




def _que_clauses(doc: Doc, sentence: SpacySpan) -> list[Reported]:
    """`SUBJ a annoncé (à X) que CONTENT`, `SUBJ affirme avoir ...`, `SUBJ a promis de ...`."""
    found: list[Reported] = []
    covered = 0
    for token in sentence:
        if token.i < covered:
            continue
        lemma = _cue_lemma(token)
        head = speech.CUE_HEAD_FORMS.get(token.lower_, lemma)
        multi = multiword_cue(doc, token.i) if head in speech.INDIRECT_MULTIWORD_HEADS else None
        cue_verb = (lemma in speech.INDIRECT_VERBS or lemma in speech.INFINITIVE_CUES) and token.pos_ == "VERB"
        if multi is None and not cue_verb or negated(doc, token.i) or _journalist(token):
            continue
        start_tok = _content_start(doc, sentence, token, multi)
        if start_tok is None or (start_tok + 1 < len(doc) and doc[start_tok + 1].text in QUOTE_MARKS):
            continue
        end = _clause_end(doc, sentence, doc[start_tok], token.i)
        subject = subject_of(doc, token.i, sentence.start)
        cue = (cue_span(doc, token.i)[0], multi[0]) if multi else cue_span(doc, token.i)
        covered = cue[1]
        again = _coordinated_que(doc, sentence, start_tok) if doc[start_tok].lower_ in grammar.QUE else None
        if again is not None and doc[again].idx < end:
            if _marked_between(doc, start_tok, again):  # `qu'il avait parlé avec elle et qu'elle « plaisantait »`: two contents
                last = again - 2 if doc[again - 2].text != "," else again - 3
                end = doc[last].idx + len(doc[last].text)
            else:
                again = None  # `que A et que B` with no quotation mark is one content
        found.append(Reported(doc[start_tok].idx, end, subject, cue))
        if again is not None:
            second = _clause_end(doc, sentence, doc[again], token.i)
            found.append(Reported(doc[again].idx, second if second > doc[again].idx + len(doc[again].text) else _content_end(doc, sentence, again), subject, cue))
            covered = again + 1
    return found


def _marked_between(doc: Doc, start: int, again: int) -> bool:
    """True when a quotation mark stands between a content's start and the sentence end past `again`."""
    return any(t.text in QUOTE_MARKS for t in doc[start:doc[again].sent.end])


def _coordinated_que(doc: Doc, sentence: SpacySpan, que: int) -> int | None:
    """`a indiqué que X était « ... » et qu'il serait rapatrié`: a second `que` coordinated with the
    first, which reports more of the same speech."""
    for token in doc[que + 1:sentence.end]:
        if token.lower_ in grammar.QUE and doc[token.i - 1].lower_ in {"et", "mais"} and token.i + 1 < sentence.end:
            return token.i
        if token.text in {";", ":"} or (token.pos_ == "VERB" and _cue_lemma(token) in speech.INDIRECT_VERBS):
            return None
    return None


def _content_start(doc: Doc, sentence: SpacySpan, verb: Token, multi: tuple[int, int] | None) -> int | None:
    """Where the reported content of a cue verb begins: its `que`, its infinitive, or the `de`/`à`
    of a promise, threat or request (`a promis de`, `appelle les habitants à`); None when it has none."""
    lemma = _cue_lemma(verb)
    last = multi[0] - 1 if multi else verb.i
    if lemma in speech.INDIRECT_VERBS or multi:
        reach = 22 if last + 1 < sentence.end and doc[last + 1].text == "," else 6
        if last + 1 < sentence.end and doc[last + 1].lower_ in {"à", "au", "aux", "auprès"}:
            addressee = next((t.i for t in doc[last + 1:min(sentence.end, last + 16)] if t.is_punct or (t.pos_ in {"VERB", "AUX"} and not t.is_title) or t.lower_ in grammar.QUE), last + 16)
            reach = addressee - last + 1  # `a indiqué à l'agence Press Trust of India que`: the addressee may be long
        que = next((t for t in doc[last + 1:min(sentence.end, last + reach)] if t.lower_ in grammar.QUE), None)
        if que is not None and doc[last + 1].text in {"«", "“"} and doc[que.i - 1].text in {"»", "”"}:
            return None  # `a jugé « inacceptable » qu'un mouvement ...`: the clause completes the quoted attribute
        if que is not None and not any(t.text in {".", ";"} for t in doc[verb.i:que.i]) and _complementizer(doc, verb, que):
            return que.i
    if multi is not None or verb.i + 1 >= sentence.end:
        return None
    if lemma == "demander" and any(t.lower_ in {"se", "s'", "s’"} for t in doc[max(sentence.start, verb.i - 3):verb.i]):
        # `Elle se demande aussi si l'organisation a les moyens de ...`: an indirect question
        return next((t.i for t in doc[verb.i + 1:min(sentence.end, verb.i + 4)] if t.lower_ in {"si", "s'"}), None)
    nxt = doc[verb.i + 1]
    while nxt.lower_ in grammar.ADVERBS_BEFORE_INFINITIVE and nxt.i + 1 < sentence.end:
        nxt = doc[nxt.i + 1]  # `a annoncé mercredi avoir signé`
    if lemma in speech.INFINITIVE_REPORTERS and _infinitive_at(doc, nxt.i, sentence.end):
        return nxt.i
    if lemma == "dire" and nxt.pos_ == "ADJ" and any(t.lower_ in {"s'", "se", "me", "nous"} for t in doc[max(sentence.start, verb.i - 3):verb.i]):
        return nxt.i
    if lemma in speech.INFINITIVE_CUES and _speaks(doc, verb):
        for token in doc[verb.i + 1:min(sentence.end, verb.i + 7)]:
            if token.lower_ in {"de", "d'", "d’", "à"} and _infinitive_at(doc, token.i + 1, sentence.end):
                return token.i
            if token.is_punct or token.pos_ in {"VERB", "SCONJ"}:
                break
    return None


def _infinitive_at(doc: Doc, i: int, end: int) -> bool:
    """An infinitive at `i`, or after a negation and clitics (`ne pas se rendre`, `ne pas comprendre`)."""
    while i < end and doc[i].lower_ in grammar.BEFORE_INFINITIVE:
        i += 1
    return i < end and "Inf" in doc[i].morph.get("VerbForm")


def _new_clause(doc: Doc, start: int, end: int) -> bool:
    """After a comma, a coordination (`, ni les patrons`, `, mais`) or a clause with its own finite
    verb ends an infinitive's content; an apposition (`, en premier lieu l'économie`) does not."""
    if start >= end:
        return True
    if doc[start].pos_ == "CCONJ":
        return True
    for token in doc[start:end]:
        if token.is_punct:
            return False
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm") and any(c.dep_.startswith("nsubj") for c in token.children):
            return True
    return False


def _cue_lemma(token: Token) -> str:
    """The verb's lemma, mended where the lemmatizer keeps the form (`invite` for inviter)."""
    lemma = token.lemma_.lower()
    if lemma in speech.INDIRECT_VERBS or lemma in speech.INFINITIVE_CUES:
        return lemma
    for ending, replacement in (("ent", "er"), ("e", "er")):
        guess = token.lower_[: -len(ending)] + replacement if token.lower_.endswith(ending) else ""
        if guess in speech.INDIRECT_VERBS or guess in speech.INFINITIVE_CUES:
            return guess
    return lemma


def _journalist(verb: Token) -> bool:
    """`Rappelons que`, `Notons que`: the writer's own imperative, or a first person, reports nobody."""
    return "Imp" in verb.morph.get("Mood") or "1" in verb.morph.get("Person")


def _complementizer(doc: Doc, verb: Token, que: Token) -> bool:
    """True when `que` opens the cue's object clause: not `ne ... que` (only), nor a conjunction
    (`jusqu'à ce que`, `parce que`, `alors que`, `ainsi que`)."""
    if que.i > 0 and doc[que.i - 1].lower_ in speech.CONJUNCTION_HEADS:
        return False
    before = [t.lower_ for t in doc[max(0, verb.i - 3):verb.i]]
    return not (any(w in {"ne", "n'", "n’"} for w in before) and not any(t.lower_ in speech.NEGATIONS for t in doc[verb.i:que.i]))


def _speaks(doc: Doc, verb: Token) -> bool:
    """False for `demandant aux clients de` (a participle describing a message) and `se verra demander
    de` (the addressee as subject): the subject of a request must be the one who asks."""
    if verb.tag_ == "VERB" and present_participle(verb):
        return False
    if passive(verb):
        return False  # `est sommée de s'ouvrir`: the addressee is the subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "NOUN" and doc[subject.left_edge.i].lower_ in {"ce", "cet", "cette", "ces"} and not names_someone(doc, (subject.left_edge.i, subject.i + 1)):
        return False  # `cet événement tragique appelle à`: a thing referred back to asks nothing
    return not any(t.lemma_.lower() == "voir" for t in doc[max(0, verb.i - 2):verb.i])


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
    end_tok = sentence.end
    infinitive = first.lower_ in {"de", "d'", "d’", "à"}
    for token in doc[first.i + 1:end_tok]:
        if infinitive and (token.text in {";", ":"} or token.text == "," and _new_clause(doc, token.i + 1, end_tok)):
            end_tok = token.i
            break
        if token.text in QUOTE_MARKS or (token.text == ":" and token.i + 1 < end_tok and doc[token.i + 1].text in QUOTE_MARKS):
            end_tok = token.i
            break
        if token.text == "," and token.i + 2 < end_tok and doc[token.i + 1].lower_ == "mais" and _subjectless_verb(doc, token.i + 2):
            end_tok = token.i
            break
        own_verb = not infinitive or any(c.dep_.startswith(("aux", "nsubj")) for c in token.children)
        if token.dep_ == "conj" and token.head.i == cue and token.i > first.i and own_verb:
            left = token.left_edge.i
            while left > first.i + 1 and (doc[left - 1].pos_ in {"CCONJ", "ADV", "AUX"} or doc[left - 1].text == ","):
                left -= 1
            end_tok = left
            break
        if token.text == "," and token.i + 2 < sentence.end:
            nxt = doc[token.i + 1]
            if present_participle(nxt) and not infinitive:  # `qu'un texte serait soumis samedi, laissant présager`
                end_tok = token.i
                break
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


def _source_phrase(doc: Doc, sentence: SpacySpan, quoted: list[tuple[int, int]] = []) -> Reported | None:
    """`Selon X, CONTENT.` / `D'après X, CONTENT.` / `Pour le procureur, CONTENT.` / `CONTENT, selon X.`"""
    tokens = list(sentence)
    start = _first_word(doc, sentence)
    for k, token in enumerate(tokens):
        after = token.lower_ == "après" and k and tokens[k - 1].lower_ in {"d'", "d’"}
        opinion = token.lower_ in {"avis", "opinion"} and k >= 2 and tokens[k - 2].lower_ == "de" and k + 1 < len(tokens) and tokens[k + 1].lower_ in {"de", "d'", "d’", "du", "des"}
        if not (token.lower_ == "selon" or after or opinion or (token.lower_ == "pour" and token.i == start)):
            continue
        if opinion:
            token = doc[token.i + 1] if tokens[k + 1].lower_ in {"de", "d'", "d’"} else token
        phrase = _source_noun_phrase(doc, token.i + 1, sentence, quoted)
        if phrase[1] <= phrase[0] or not (names_someone(doc, phrase) or _document(doc, phrase)) or any(t.lower_ in speech.DISTRIBUTIVE for t in doc[phrase[0]:phrase[1]]):
            continue
        cue = (token.i - 1 if after else tokens[k - 2].i if opinion else token.i, token.i + 1)
        first = cue[0]
        if first == start and phrase[1] < sentence.end and doc[phrase[1]].text == ",":
            named = apposed(doc, phrase)
            if named != phrase and named[1] < sentence.end and doc[named[1]].text == ",":
                phrase = named
            body = phrase[1] + 1
            if token.lower_ == "pour" and (not _has_clause(doc, body, sentence.end) or any(t.text in QUOTE_MARKS for t in doc[body:sentence.end])):
                return None
            return Reported(doc[body].idx, _content_end(doc, sentence, body), document_author(doc, phrase), cue)
        if token.lower_ != "pour" and first > start + 3 and _ends_sentence(doc, sentence, phrase[1]) and (
            doc[first - 1].text == "," or _has_clause(doc, start, first)
        ):
            last = doc[first - 2] if doc[first - 1].text == "," else doc[first - 1]
            return Reported(doc[start].idx, last.idx + len(last.text), document_author(doc, phrase), cue)
    return None


def _document(doc: Doc, phrase: tuple[int, int]) -> bool:
    """`selon les chiffres de l'ANM`, `d'après un rapport`: a source that is a document or data."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in speech.DOCUMENT_NOUNS for t in doc[phrase[0]:min(phrase[1], phrase[0] + 3)])


def _pour_qui(doc: Doc, sentence: SpacySpan) -> Reported | None:
    """`le Medef, pour qui seule une hausse liée à l'inflation serait acceptable`: the view of the
    person or body the relative hangs on, up to the end of the sentence."""
    for token in sentence:
        if token.lower_ != "pour" or token.i + 2 >= sentence.end or doc[token.i + 1].lower_ != "qui":
            continue
        j = token.i - 1
        while j > sentence.start and doc[j].text == ",":
            j -= 1
        if doc[j].pos_ not in {"PROPN", "NOUN"} and not doc[j].ent_type_:
            continue
        speaker = phrase_of(doc, doc[j])
        if not names_someone(doc, speaker) or not _has_clause(doc, token.i + 2, sentence.end):
            continue
        body = token.i + 2
        if doc[body].text == ",":  # `pour qui, selon ses propres sources, ...`
            body = next((t.i + 1 for t in doc[body + 1:sentence.end] if t.text == ","), body + 1)
        if body >= sentence.end:
            continue
        return Reported(doc[body].idx, _content_end(doc, sentence, body), speaker, (token.i, token.i + 2))
    return None


def _first_word(doc: Doc, sentence: SpacySpan) -> int:
    """The sentence's first token past a dateline's dash (`4 juillet 2012. - Selon ...`)."""
    start = sentence.start
    while start + 1 < sentence.end and doc[start].text in {"-", "–", "—", "."}:
        start += 1
    return start


def _source_noun_phrase(doc: Doc, start: int, sentence: SpacySpan, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """The source after `selon`: a noun phrase, or (`un rapport établi par l'INSEE sur « ... »,`) all up to the comma."""
    phrase = noun_phrase(doc, start)
    if phrase[1] < sentence.end and doc[phrase[1]].text == ",":
        return phrase
    for token in doc[start:min(sentence.end, start + 25)]:
        if token.text in {".", ";", "!", "?"}:
            if token.i + 1 >= sentence.end or all(t.is_punct or t.is_space for t in doc[token.i + 1:sentence.end]):
                return (start, token.i)  # `..., selon une étude publiée mercredi par l'Institut X.`
            break
        if token.text == "," and not any(a <= token.idx < b for a, b in quoted):
            return (start, token.i)
    return phrase


def _has_clause(doc: Doc, start: int, end: int) -> bool:
    """True when tokens hold a finite verb: `pour X, ... auraient été volés` is reported, `pour X, un succès` is not."""
    return any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in doc[start:end])


def _ends_sentence(doc: Doc, sentence: SpacySpan, index: int) -> bool:
    """True when only punctuation, or an apposition to the source (`, le président du ...`), is left."""
    rest = doc[index:sentence.end]
    if all(t.is_punct for t in rest):
        return True
    if rest[0].pos_ == "CCONJ" and all(t.is_punct or t.pos_ in {"ADJ", "NOUN", "PROPN", "DET"} for t in rest[1:]):
        return True  # `selon les médias occidentaux et iraniens.`
    if rest[0].pos_ == "ADP" and len(rest) <= 10 and not any(t.pos_ in {"VERB", "AUX"} or t.text in QUOTE_MARKS for t in rest):
        return True  # `..., a annoncé le parquet dans un communiqué.`
    return rest[0].text == "," and not any(t.pos_ in {"VERB", "AUX"} or t.text in QUOTE_MARKS for t in rest)


def _closing_incise(doc: Doc, sentence: SpacySpan) -> Reported | None:
    """`CONTENT, a indiqué X.`: a speech verb with an inverted subject closing the sentence."""
    for token in sentence:
        if token.text != "," or token.i - sentence.start < 4:
            continue
        found = after_quote(doc, token.i - 1)
        if found is None or found.speaker is None or found.cue is None or found.via == "source":
            continue  # `..., selon X.` is the source phrase's
        after = max(found.speaker[1], found.cue[1])
        if not _ends_sentence(doc, sentence, after) and doc[after].text != ",":
            continue
        if not _someone_speaks(doc, found.speaker):
            continue  # `se poursuit depuis mai dernier`: no one speaks
        cue = doc[found.cue[0]:found.cue[1]]
        if len(cue) == 1 and "Part" in cue[0].morph.get("VerbForm"):
            continue  # `, revendiqués par Boko Haram,`, `, insistant sur ...`: a participle, not an incise
        last = doc[token.i - 1]
        return Reported(doc[_first_word(doc, sentence)].idx, last.idx + len(last.text), found.speaker, found.cue)
    return None


def _someone_speaks(doc: Doc, speaker: tuple[int, int]) -> bool:
    """The subject of an incise names someone, or is an inverted clitic (`-t-il`)."""
    return names_someone(doc, speaker) or doc[speaker[0]].text.startswith("-")


def _opening_incise(doc: Doc, sentence: SpacySpan) -> Reported | None:
    """`Par ailleurs, poursuit l'ex-président, une langue n'a pas d'avenir si ...`: an incise near the
    start of the sentence, after a short adverbial, followed by what the speaker says."""
    first = doc[sentence.start]
    if not first.is_alpha or (first.i > 0 and doc[first.i - 1].text in QUOTE_MARKS):
        return None  # `», a écrit le capitaine, Sione Taufa, arrivé ...`: the incise of a quote
    for token in doc[sentence.start:min(sentence.end, sentence.start + 6)]:
        if token.text != ",":
            continue
        if any(t.text in QUOTE_MARKS for t in doc[sentence.start:token.i]):
            return None
        found = after_quote(doc, token.i - 1)
        if found is None or found.speaker is None or found.cue is None or found.via == "source" or found.cue[0] != token.i + 1:
            continue
        verb = doc[found.cue[1] - 1]
        if found.speaker[0] < found.cue[1] or "Fin" not in verb.morph.get("VerbForm") and doc[found.cue[0]].pos_ != "AUX":
            return None  # `X, arrivé des Tonga, ...`, `X, qui réclame ...`: no inverted speech verb
        after = max(found.speaker[1], found.cue[1])
        if after >= sentence.end - 4 or doc[after].text != "," or not _someone_speaks(doc, found.speaker):
            return None
        start = after + 1
        end = _clause_end(doc, sentence, doc[start], -1)  # the parser may hang the content on the incise's verb
        return Reported(doc[start].idx, end, found.speaker, found.cue) if end > doc[start].idx else None
    return None
