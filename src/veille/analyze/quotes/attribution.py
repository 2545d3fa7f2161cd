"""Find who said a quote: the cue (speech verb, `selon`, dash) and the speaker phrase around it.

Works on the surface of the tokens first (French word order around a quote is regular:
`«...», explique Trump`, `X a déclaré : «...»`, `selon X, «...»`), using the parse only to
find the subject of a cue that precedes the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.lang.fr import roles, speech
from veille.lang.fr.calendar import WEEKDAYS
from veille.lang.fr.time import PARTS_OF_DAY, RELATIVE_DAYS

_END = {".", "!", "?", "…"}
_MARKS = set("«»“”„‹›\"")
_CLITIC = {"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles"}
_SOMEONE = speech.ROLE_NOUNS | speech.PEOPLE_NOUNS | speech.SPEAKING_BODIES
_SKIP_BEFORE_VERB = {"AUX", "ADV", "PART"}
_NP_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "X"}
_WHEN = set(WEEKDAYS) | set(PARTS_OF_DAY) | set(RELATIVE_DAYS)  # `a déclaré jeudi soir le ministre`
_GROUP_PRONOUNS = {"un", "une", "autre", "autres", "eux", "elles"}  # `l'un d'eux`, `un autre`
_NP_STOP = {"qui", "que", "qu'", "dont", "lequel", "laquelle", "lors", "après", "avant", "en", "dans", "sur", "à", "au", "devant", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "lors", "pendant", "avec", "pour", "sans", "par"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase (token range) and its cue (token range), as found near a quote."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    via: str


def is_speech_token(token: Token) -> bool:
    """True when the token is a form of a speech verb (by lemma, or by its own form)."""
    if token.pos_ not in {"VERB", "AUX", "ADJ", "NOUN", "X"} and token.lemma_.lower() not in speech.SPEECH_VERBS:
        return False
    lemma = token.lemma_.lower()
    if lemma in speech.SPEECH_VERBS or token.lower_ in speech.SPEECH_VERBS:
        return True
    if token.lower_.endswith("e") and token.lower_ + "r" in speech.SPEECH_VERBS:
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
            if verb < 0 and (doc[k].pos_ in {"VERB", "AUX"} or n == 0) and word not in _REFLEXIVE:
                verb = k
            k += 1
        else:
            return (k, verb if verb >= 0 else start)
    return None


_REFLEXIVE = {"se", "s'", "s’"}
_AVOIR = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"}  # auxiliaries the tagger may miss


def _cue_word(token: Token, word: str, *, first: bool) -> bool:
    """True when a token is this word of a multi-word cue: reflexives alike, verbs by lemma, the rest literally."""
    if word in _REFLEXIVE:
        return token.lower_ in _REFLEXIVE
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
    while left > max(0, cue - reach) and not (doc[left - 1].is_punct or doc[left - 1].text in _MARKS):
        left -= 1
    return left


def after_quote(doc: Doc, close: int) -> Attribution | None:
    """`«...», explique Trump` / `», a-t-il commenté` / `», a indiqué, cash, le ministre` / `» – Nom`."""
    i = close + 1
    n = len(doc)
    while i < n and doc[i].text in {",", "\u00a0"}:
        i += 1
    if i < n and doc[i].text in {"–", "—", "-"} and i + 1 < n and doc[i + 1].pos_ == "PROPN":
        return Attribution(noun_phrase(doc, i + 1), (i, i + 1), "dash")
    source = _source_after(doc, i)
    if source is not None:
        return source
    subject: tuple[int, int] | None = None
    for j in range(i, min(n, i + 6)):
        token = doc[j]
        multi = multiword_cue(doc, j) if token.lower_ not in _REFLEXIVE else None
        if multi is not None and not negated(doc, j):
            speaker = subject or _inverted_subject(doc, multi[0] - 1)
            return Attribution(speaker, (i if doc[i].pos_ == "AUX" else j, multi[0]), "after")
        after_aux = j > i and (doc[j - 1].pos_ == "AUX" or doc[j - 1].lower_ in _AVOIR)  # `avait martelé`, tagged a noun
        verb_like = token.pos_ != "NOUN" or after_aux or (j == i and j + 1 < n and (doc[j + 1].pos_ in {"DET", "PROPN"} or doc[j + 1].lower_ in _CLITIC or doc[j + 1].text in {"-t", "-t-"}))
        if j == i and _present_participle(token):
            break  # `» évoquant des « ... »`: the participle tells more of the main clause's subject
        if is_speech_token(token) and verb_like and not negated(doc, j):
            speaker = subject or _inverted_subject(doc, j)
            return Attribution(speaker, (i if doc[i].pos_ == "AUX" else j, j + 1), "after")
        if j == i and token.lower_ in {"lui", "leur", "nous", "vous", "me", "m'", "m’"}:
            continue
        if (token.lower_ in {"elle", "il", "lui", "ils", "elles"} or token.lower_ in _CLITIC) and j > i:
            subject = (j, j + 1)
            continue
        if token.pos_ in _SKIP_BEFORE_VERB or token.lower_ in {"s'", "se", "pour", "sa", "part", "-t", ","} or token.lower_ in _AVOIR:
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


def _inverted_subject(doc: Doc, verb: int) -> tuple[int, int] | None:
    """The subject after an inverted speech verb: a clitic (`-t-il`) or a noun phrase."""
    n = len(doc)
    j = verb + 1
    while j < n and doc[j].text in {"-t", "-t-"}:
        j += 1
    if j < n and (doc[j].lower_ in _CLITIC or doc[j].lower_.lstrip("-t") in speech.INVERTED_CLITICS and doc[j].text.startswith("-")):
        return (j, j + 1)
    depth = 0
    while j < n and depth < 8:
        token = doc[j]
        if token.text in _END or token.text in _MARKS:
            return None
        if token.text == "," or token.lower_ in _WHEN:
            j += 1
            depth += 1
            continue
        if token.pos_ == "ADP" and j + 1 < n and doc[j + 1].pos_ in {"DET", "PROPN", "NOUN"}:
            j = _past_one_name(doc, j + 1)  # `a déclaré jeudi à Genève le porte-parole`, `à l'AFP Maria Cossa`
            depth += 1
            continue
        if token.pos_ in {"DET", "PROPN", "NOUN"} or token.ent_type_ in {"PER", "ORG"} or (token.pos_ == "PRON" and token.lower_ in {"lui", "elle"}):
            phrase = apposed(doc, noun_phrase(doc, j))
            if all(t.pos_ in {"DET", "ADP"} for t in doc[phrase[0]:phrase[1]]):
                return None  # a determiner before a quotation mark names nobody
            incise = phrase[1] < n and doc[phrase[1]].text == "," and phrase[1] - phrase[0] == 1 and not doc[j].ent_type_
            if not incise:
                return phrase
            j = phrase[1]
            continue
        if token.pos_ in {"ADV", "ADP", "ADJ", "NUM"}:
            j += 1
            depth += 1
            continue
        return None
    return None


def _past_participle(token: Token) -> bool:
    """`chargé`, `chargée`: a past participle (`le porte-parole chargé du commerce, Olof Sandberg`)."""
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")


def _past_one_name(doc: Doc, k: int) -> int:
    """The token after one determiner and one name or noun (`l'AFP` in `à l'AFP Maria Cossa`)."""
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k < len(doc) and doc[k].ent_iob_ == "B":
        k += 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return k
    return k + 1


def _present_participle(token: Token) -> bool:
    """`évoquant`, `ajoutant`: a present participle, which never takes an inverted subject."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


def noun_phrase(doc: Doc, start: int) -> tuple[int, int]:
    """The noun phrase that starts at `start`, up to a comma, a verb, a relative or a quote."""
    n = len(doc)
    end = start + 1
    if doc[start].pos_ == "PRON" and doc[start].lower_ in {"lui", "elle", "eux", "elles", "il", "ils"}:
        return (start, end)  # `selon lui des batteries « ... »`: the pronoun alone
    ents = {t.i for ent in doc.ents for t in ent}
    while end < n:
        token = doc[end]
        if token.text == "(" and end > start:  # `l'Union française des industries pétrolières (Ufip)`
            close = next((t.i for t in doc[end + 1:min(n, end + 8)] if t.text == ")"), None)
            if close is not None:
                end = close + 1
                continue
        if token.text in _END or token.text in _MARKS or token.text in {",", ";", ":", "(", ")"}:
            break
        if token.lower_ in _NP_STOP and token.i not in ents:
            break
        if token.pos_ not in _NP_POS and token.i not in ents and token.lower_ not in _GROUP_PRONOUNS:
            break
        end += 1
    while end - 1 > start and doc[end - 1].pos_ in {"ADP", "DET"}:
        end -= 1
    return (start, end)


def before_quote(doc: Doc, open_: int, floor: int) -> Attribution | None:
    """A cue before the quote in its sentence (`X a déclaré : «`, `selon X, «`, `qualifiée de «`)."""
    for j in range(open_ - 1, floor - 1, -1):
        token = doc[j]
        if token.text in _END or token.text in _MARKS or "\n" in token.text:
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
            speaker = agent if _passive(token) else agent or _comme_subject(doc, j) or subject_of(doc, j, floor)
            return Attribution(speaker, _cue_span(doc, j), "before")
        multi = multiword_cue(doc, j)
        if multi is not None and multi[0] <= open_ and not negated(doc, multi[1]):
            verb = doc[multi[1]]
            speaker = _agent(doc, verb) if _passive(verb) else subject_of(doc, multi[1], floor)  # `présentée comme une « licorne »`
            return Attribution(speaker, (_cue_span(doc, j)[0], multi[0]), "before")
        if token.pos_ == "NOUN" and token.lemma_.lower() in speech.SPEECH_NOUNS:
            holder = _noun_holder(doc, token, floor)
            if holder is not None:
                return Attribution(holder, (j, j + 1), "noun")
    return None


def _noun_holder(doc: Doc, noun: Token, floor: int) -> tuple[int, int] | None:
    """Who a speech noun belongs to: `la déclaration du ministre :`, `dans un communiqué, X :`, `sa déclaration`."""
    for child in noun.children:
        named = any(t.ent_type_ in {"PER", "ORG"} for t in child.subtree) or child.lower_ in speech.ROLE_NOUNS
        if child.dep_.startswith("nmod") and child.i > noun.i and named:
            return _phrase_of(doc, child)
    head = noun.head
    if head.i != noun.i and head.pos_ in {"VERB", "AUX"} and noun.dep_.startswith(("obl", "obj")):
        for child in head.children:
            if child.dep_.startswith("nsubj") and child.i >= floor and child.pos_ in {"PROPN", "NOUN", "PRON"}:
                if child.pos_ == "PRON" and child.lower_ not in speech.SUBJECT_PRONOUNS:
                    return None
                return _phrase_of(doc, child)
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
    if any(t.pos_ == "AUX" or t.lower_ in _AVOIR for t in doc[max(0, token.i - 5):token.i]):
        return False  # `a de son côté martelé que`: a verb the tagger misread
    return any(t.lower_ not in {"de", "d'", "d’", "comme", ":"} and not t.is_space for t in doc[token.i + 1:open_])


def _passive(verb: Token) -> bool:
    """`Kalypso avait été présentée comme`: a passive cue, whose subject is what was talked about."""
    return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children)


def _agent(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`une formulation jugée « inacceptable » par l'Alliance des petits États`: a passive cue's agent speaks."""
    if "Part" not in verb.morph.get("VerbForm") and verb.pos_ != "ADJ":
        return None
    agent = next((c.left_edge.i for c in verb.children if c.dep_ == "obl:agent" and doc[c.left_edge.i].lower_ == "par"), None)
    if agent is None:  # the parser often hangs `par X` after the quote elsewhere: read the surface
        close = next((t.i for t in doc[verb.i + 2:min(len(doc), verb.i + 30)] if t.text in _MARKS), None)
        agent = close + 1 if close is not None and close + 2 < len(doc) and doc[close + 1].lower_ == "par" else None
    if agent is None:
        return None
    phrase = noun_phrase(doc, agent + (doc[agent].lower_ == "par"))
    return phrase if phrase[1] > phrase[0] and names_someone(doc, phrase) else None


def _comme_subject(doc: Doc, verb: int) -> tuple[int, int] | None:
    """`comme le précise l'ambassadeur, Bernard Bajolet : «`: the speaker follows the verb."""
    start = _cue_span(doc, verb)[0]
    if start < 2 or doc[start - 1].lower_ not in {"le", "l'", "l’"} or doc[start - 2].lower_ != "comme":
        return None
    return _inverted_subject(doc, verb)


def _narrative(doc: Doc, verb: Token, open_: int) -> bool:
    """`le républicain poursuit cette stratégie ... « changement »`: a verb that speaks only in an
    incise or before a colon (poursuivre, reprendre) is no cue when words come between it and the quote."""
    if verb.lemma_.lower() not in speech.INCISE_VERBS:
        return False
    return any(t.text != ":" and not t.is_space for t in doc[verb.i + 1:open_])


def _cue_span(doc: Doc, verb: int) -> tuple[int, int]:
    """The cue's tokens: the verb with its auxiliary and reflexive clitic, and a following `de`."""
    start = verb
    while start > 0 and (doc[start - 1].pos_ == "AUX" or doc[start - 1].lower_ in {"s'", "se", "s’"}):
        start -= 1
    end = verb + 1
    if end < len(doc) and doc[end].lower_ in {"de", "d'", "comme"}:
        end += 1
    return (start, end)


def subject_of(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The subject of a cue verb: its `nsubj`, inherited through conjunction, else the phrase before it."""
    token = doc[verb]
    if token.dep_ == "conj" and token.head.dep_ == "ccomp":  # `estime que les aides arrivent trop tard, et dit ne pas`
        return _coordinated_root_subject(doc, verb, floor) or _parsed_subject(doc, verb, floor) or _subject_before(doc, verb, floor)
    return _parsed_subject(doc, verb, floor) or _coordinated_root_subject(doc, verb, floor) or _subject_before(doc, verb, floor)


def _parsed_subject(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The cue's `nsubj` in the parse, or that of the verb it is coordinated with or depends on."""
    token = doc[verb]
    for _ in range(4):
        start = _cue_span(doc, token.i)[0]
        if start > 1 and doc[start - 1].text == "," and doc[start - 2].text in {"»", "”"} and token.i != verb:
            return _inverted_subject(doc, token.i)  # `», a écrit le département d'État ..., en dénonçant le « cynisme »`
        # the nearest subject (`Côté danois, le syndicat se dit`), a stressed pronoun last (`La présidence, elle, dénonce`)
        nearest = sorted(token.children, key=lambda c: (c.i > token.i, _stressed(doc, c), -c.i))
        for child in nearest:
            if child.lower_ in {"lui", "leur"} and child.i < token.i or _quoted_before(doc, child.i, token.i):
                continue
            if child.dep_.startswith("nsubj") or child.dep_ == "expl:subj":
                if child.i < floor or _crosses_sentence(doc, child.i, verb):
                    break
                named = [c for c in child.children if c.dep_ == "appos" and c.ent_type_ == "PER"] or _titled_apposition(doc, child)
                if named and child.ent_type_ != "PER":
                    return _phrase_of(doc, named[0])
                return _named_before(doc, child.i, token.i) or _phrase_of(doc, child)
        if token.dep_ in {"conj", "xcomp", "advcl", "acl", "dep", "ccomp"} and token.head.i != token.i:  # dep: `a fait | savoir`
            token = token.head
            continue
        break
    return None


def _titled_apposition(doc: Doc, subject: Token) -> list[Token]:
    """`Le chef de la délégation, l'ambassadeur Héctor Villatoro, a regretté`: the name in an
    apposition that gives the title first."""
    for child in subject.children:
        if child.i > subject.i and child.pos_ == "NOUN" and doc[child.i - 1].pos_ == "DET" and doc[child.i - 2].text == ",":
            names = [c for c in child.children if c.ent_type_ == "PER" and c.i == child.i + 1]
            if names:
                return names
    return []


def _coordinated_root_subject(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """`La préfecture a créé une route pour éviter le blocage de Rouen et appelle la population à`,
    `Le Guatemala revendiquait le territoire, arguant que`: a coordinated cue, or a present participle
    after a comma, that the parser hung deep in the sentence shares the main verb's subject."""
    token = doc[verb]
    if token.dep_ != "conj" and not (_present_participle(token) and verb > 0 and doc[verb - 1].text == ","):
        return None
    root = doc[verb].sent.root
    subjects = [c for c in root.children if c.dep_.startswith("nsubj") and floor <= c.i < verb and c.pos_ in {"NOUN", "PROPN"}]
    return _phrase_of(doc, subjects[0]) if root.pos_ == "VERB" and subjects else None


def _subject_before(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The nearest name or subject pronoun before the cue in its sentence, past names in complements."""
    j = verb - 1
    while j >= floor:
        if doc[j].text in _END or doc[j].text in _MARKS:
            break
        if doc[j].text == ")":
            while j > floor and doc[j].text != "(":
                j -= 1
        elif doc[j].pos_ == "PROPN" or doc[j].ent_type_ in {"PER", "ORG"} or (doc[j].pos_ == "PRON" and doc[j].lower_ in speech.SUBJECT_PRONOUNS):
            first = j
            while first > floor and doc[first].ent_iob_ == "I":
                first -= 1
            if not (first > floor and doc[first - 1].pos_ == "ADP" and doc[first].ent_type_ != "PER"):
                return _phrase_of(doc, doc[j])
            j = first  # `éleveuse de canards à Nérac et porte-parole ..., résume`: a name in a complement
        j -= 1
    return None


def _quoted_before(doc: Doc, child: int, verb: int) -> bool:
    """`« ce sont nos passagers qui ... », a dénoncé X`: a word before a closing mark that comes before
    the verb is inside the quote, never the verb's subject."""
    return child < verb and any(t.text in {"»", "”"} for t in doc[child:verb])


def _stressed(doc: Doc, token: Token) -> bool:
    """`, elle,`: a pronoun between commas that repeats the subject for emphasis."""
    return token.pos_ == "PRON" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," and doc[token.i + 1].text == ","


def _named_before(doc: Doc, subject: int, verb: int) -> tuple[int, int] | None:
    """`Le président du club, Joey Saputo, a déclaré`: the name set off by a comma between a role subject and its verb."""
    if doc[subject].ent_type_ == "PER" or verb - subject > 25:
        return None
    j = verb - 1
    while j > subject and (doc[j].pos_ in {"AUX", "ADV"} or doc[j].lower_ in {"s'", "se", "s’", ","}):
        j -= 1
    if j <= subject or doc[j].ent_type_ not in {"PER", "ORG"}:
        return None
    start = j
    while start > subject and doc[start].ent_iob_ == "I":
        start -= 1
    if start - 1 <= subject or doc[start - 1].text != ",":
        return None
    return (start, j + 1)


def apposed(doc: Doc, phrase: tuple[int, int]) -> tuple[int, int]:
    """`la fédération des banques, Febelfin,` / `le ministre, Jean Dupont`: the name apposed to a phrase that names no person."""
    end = phrase[1]
    reach = end
    while reach < min(len(doc), end + 6) and (doc[reach].pos_ in {"ADP", "DET", "PROPN", "NOUN", "ADJ"} or doc[reach].lower_ == "auprès" or _past_participle(doc[reach])) and doc[reach].text not in _MARKS:
        reach += 1  # `l'ambassadeur de France | en Afghanistan, Bernard Bajolet`
    if reach < len(doc) and doc[reach].text == "," and reach > end and (doc[end].pos_ == "ADP" or doc[end].lower_ == "auprès" or _past_participle(doc[end])):
        end = reach
    name = end + 1
    if name + 1 < len(doc) and doc[name].lower_ in roles.HONORIFICS and doc[name + 1].ent_type_ == "PER":
        name += 1  # `l'un des avocats, Me Paul Durand`
    if name >= len(doc) or doc[end].text != "," or doc[name].ent_type_ not in {"PER", "ORG"} or doc[name].ent_iob_ != "B":
        return phrase
    if any(t.ent_type_ == "PER" for t in doc[phrase[0]:end]):
        return phrase
    stop = name + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if stop < len(doc) and not (doc[stop].is_punct or doc[stop].pos_ in {"VERB", "AUX"}):
        return phrase
    return (name, stop)


def document_author(doc: Doc, phrase: tuple[int, int]) -> tuple[int, int]:
    """`un rapport de l'INSEE`, `une étude publiée par X`: the author named in a phrase headed by a document noun."""
    span = doc[phrase[0]:phrase[1]]
    head = next((t for t in span if t.pos_ == "NOUN"), None)
    if head is None or head.lemma_.lower() not in speech.DOCUMENT_NOUNS:
        return phrase
    author = next((e for e in doc.ents if e.start >= phrase[0] and e.end <= phrase[1] and e.label_ in {"PER", "ORG"}), None)
    if author is not None:
        return (author.start, author.end)
    owners = [c for c in head.children if c.dep_.startswith("nmod")]
    owners += [a for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "obl:agent"]  # `publiée par X`
    owner = next((c for c in owners if phrase[0] <= c.i < phrase[1] and names_someone(doc, (c.left_edge.i, c.i + 1))), None)
    if owner is None:
        return phrase
    first = owner.left_edge.i
    while first < owner.i and doc[first].pos_ == "ADP":
        first += 1
    return (first, min(phrase[1], noun_phrase(doc, owner.i)[1]))


def names_someone(doc: Doc, phrase: tuple[int, int]) -> bool:
    """True when a phrase names a person, an organisation or a speaking role, not data or a period."""
    span = doc[phrase[0]:phrase[1]]
    if any(t.ent_type_ in {"PER", "ORG"} for t in span):
        return True
    if span and span[0].ent_type_ == "MISC" and span[0].is_title:
        return True  # `d'après The Hollywood Reporter`: a title the model typed MISC
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}  # `les avocats`
    if len(span) == 1 and span[0].lower_ in {"lui", "elle", "eux", "elles"}:
        return True
    return bool(words & _SOMEONE)


def _crosses_sentence(doc: Doc, left: int, right: int) -> bool:
    """True when a sentence end or a paragraph break lies between two tokens."""
    return any(t.text in _END or "\n" in t.text for t in doc[min(left, right):max(left, right)])


def _name_before_apposition(doc: Doc, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """`Bernard Bonnet, le successeur de Claude Erignac, qui ...`: the person a role apposition describes."""
    j = phrase[0] - 1
    if j < 1 or doc[j].text != "," or doc[j - 1].ent_type_ != "PER" or doc[phrase[0]].pos_ not in {"DET", "NOUN"}:
        return None
    start = j - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return (start, j)


def _phrase_of(doc: Doc, head: Token) -> tuple[int, int]:
    """The subject phrase of a head token: determiner to apposed name, without relatives or commas."""
    if head.pos_ == "PRON" and head.lower_ in {"qui", "lequel", "laquelle"}:
        verb = head.head
        if verb.dep_.startswith("acl") and verb.head.i < head.i:
            antecedent = verb.head
            if antecedent.pos_ == "PRON":
                return (antecedent.i, antecedent.i + 1)
            phrase = _phrase_of(doc, antecedent)
            return _name_before_apposition(doc, phrase) or phrase
        j = head.i - 1
        while j > 0 and doc[j].text == ",":
            j -= 1
        return _phrase_of(doc, doc[j]) if doc[j].pos_ in {"PROPN", "NOUN"} else (head.i, head.i + 1)
    if head.pos_ == "PRON":
        return (head.i, head.i + 1)
    start = head.i
    while start > 0 and doc[start - 1].pos_ in {"DET", "ADJ", "PROPN", "NOUN"} and doc[start - 1].text not in _MARKS:
        if doc[start - 1].head.i not in {head.i, start} and doc[start - 1].pos_ != "DET" and doc[start].ent_iob_ != "I":
            break
        start -= 1
    return (start, noun_phrase(doc, head.i)[1])
