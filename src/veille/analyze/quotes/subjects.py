"""Who is the subject of a cue: the parsed subject, the surface one, an inverted subject after the
verb, the name apposed to a role (`le ministre, Jean Dupont`), the author of a document."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.analyze.quotes.cues import QUOTE_MARKS, SENTENCE_ENDS, cue_span, past_participle, present_participle
from veille.lang.fr import grammar, roles, speech

_SOMEONE = speech.ROLE_NOUNS | speech.PEOPLE_NOUNS | speech.SPEAKING_BODIES | speech.KIN_GROUPS | roles.ORG_INTRODUCERS
_NP_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "X"}


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
        if token.text in SENTENCE_ENDS or token.text in QUOTE_MARKS or token.text in {",", ";", ":", "(", ")"}:
            break
        if token.lower_ in grammar.PHRASE_ENDS and token.i not in ents:
            break
        if token.pos_ not in _NP_POS and token.i not in ents and token.lower_ not in grammar.GROUP_PRONOUNS:
            break
        end += 1
    while end - 1 > start and doc[end - 1].pos_ in {"ADP", "DET"}:
        end -= 1
    return (start, end)


def inverted_subject(doc: Doc, verb: int) -> tuple[int, int] | None:
    """The subject after an inverted speech verb: a clitic (`-t-il`) or a noun phrase."""
    n = len(doc)
    j = verb + 1
    while j < n and doc[j].text in {"-t", "-t-"}:
        j += 1
    if j < n and (doc[j].lower_ in grammar.INVERTED_SUBJECTS or doc[j].lower_.lstrip("-t") in speech.INVERTED_CLITICS and doc[j].text.startswith("-")):
        return (j, j + 1)
    depth = 0
    while j < n and depth < 8:
        token = doc[j]
        if token.text in SENTENCE_ENDS or token.text in QUOTE_MARKS:
            return None
        if token.text == "," or token.lower_ in grammar.WHEN_WORDS:
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


def subject_of(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The subject of a cue verb: its `nsubj`, inherited through conjunction, else the phrase before it."""
    token = doc[verb]
    participle = present_participle(token) and verb > 0 and doc[verb - 1].text == ","
    if token.dep_ == "conj" and token.head.dep_ == "ccomp" or participle:  # `..., jugeant « prématuré »`: the main clause's subject  # `estime que les aides arrivent trop tard, et dit ne pas`
        return _coordinated_root_subject(doc, verb, floor) or _parsed_subject(doc, verb, floor) or _subject_before(doc, verb, floor)
    return _parsed_subject(doc, verb, floor) or _coordinated_root_subject(doc, verb, floor) or _subject_before(doc, verb, floor)


def _parsed_subject(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The cue's `nsubj` in the parse, or that of the verb it is coordinated with or depends on."""
    token = doc[verb]
    for _ in range(4):
        start = cue_span(doc, token.i)[0]
        if start > 1 and doc[start - 1].text == "," and doc[start - 2].text in {"»", "”"} and token.i != verb:
            return inverted_subject(doc, token.i)  # `», a écrit le département d'État ..., en dénonçant le « cynisme »`
        # the nearest subject (`Côté danois, le syndicat se dit`), a stressed pronoun last (`La présidence, elle, dénonce`)
        nearest = sorted(token.children, key=lambda c: (c.i > token.i, _stressed(doc, c), -c.i))
        for child in nearest:
            if child.lower_ in {"lui", "leur"} and child.i < token.i or _quoted_before(doc, child.i, token.i):
                continue
            if child.dep_.startswith("nsubj") or child.dep_ == "expl:subj":
                if child.i < floor or crosses_sentence(doc, child.i, verb):
                    break
                named = [c for c in child.children if c.dep_ == "appos" and c.ent_type_ == "PER"] or _titled_apposition(doc, child)
                if named and child.ent_type_ != "PER":
                    return phrase_of(doc, named[0])
                return _named_before(doc, child.i, token.i) or phrase_of(doc, child)
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
    if token.dep_ != "conj" and not (present_participle(token) and verb > 0 and doc[verb - 1].text == ","):
        return None
    root = doc[verb].sent.root
    start = cue_span(doc, root.i)[0]
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].text in {"»", "”"} and root.i < verb:
        return inverted_subject(doc, root.i)  # `« ... », a dénoncé son directeur, X, appelant le gouvernement à`
    heads = [root] + [c for c in root.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.i < root.i]  # `a fait | savoir`
    subjects = [c for h in heads for c in h.children if c.dep_.startswith("nsubj") and floor <= c.i < verb and c.pos_ in {"NOUN", "PROPN"} and not _inside_marks(doc, c)]
    if root.pos_ != "VERB" or root.i > verb or crosses_sentence(doc, root.i, verb):
        return None
    return phrase_of(doc, subjects[0]) if subjects else _subject_before(doc, start, floor)


def _inside_marks(doc: Doc, token: Token) -> bool:
    """True when a token lies inside a quotation its sentence opened before it (`« ce sont nos passagers qui`)."""
    before = doc[token.sent.start:token.i]
    return sum(t.text in {"«", "“"} for t in before) > sum(t.text in {"»", "”"} for t in before)


def _subject_before(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The nearest name or subject pronoun before the cue in its sentence, past names in complements."""
    j = verb - 1
    while j >= floor:
        if doc[j].text in SENTENCE_ENDS or doc[j].text in QUOTE_MARKS:
            break
        if doc[j].text == ")":
            while j > floor and doc[j].text != "(":
                j -= 1
        elif doc[j].pos_ == "PROPN" or doc[j].ent_type_ in {"PER", "ORG"} or (doc[j].pos_ == "PRON" and doc[j].lower_ in speech.SUBJECT_PRONOUNS):
            first = j
            while first > floor and doc[first].ent_iob_ == "I":
                first -= 1
            if not (first > floor and doc[first - 1].pos_ == "ADP" and doc[first].ent_type_ != "PER"):
                return phrase_of(doc, doc[j])
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
    while reach < min(len(doc), end + 6) and (doc[reach].pos_ in {"ADP", "DET", "PROPN", "NOUN", "ADJ"} or doc[reach].lower_ == "auprès" or past_participle(doc[reach])) and doc[reach].text not in QUOTE_MARKS:
        reach += 1  # `l'ambassadeur de France | en Afghanistan, Bernard Bajolet`
    if reach < len(doc) and doc[reach].text == "," and reach > end and (doc[end].pos_ == "ADP" or doc[end].lower_ == "auprès" or past_participle(doc[end])):
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


def crosses_sentence(doc: Doc, left: int, right: int) -> bool:
    """True when a sentence end or a paragraph break lies between two tokens."""
    return any(t.text in SENTENCE_ENDS or "\n" in t.text for t in doc[min(left, right):max(left, right)])


def _name_before_apposition(doc: Doc, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """`Bernard Bonnet, le successeur de Claude Erignac, qui ...`: the person a role apposition describes."""
    j = phrase[0] - 1
    if j < 1 or doc[j].text != "," or doc[j - 1].ent_type_ != "PER" or doc[phrase[0]].pos_ not in {"DET", "NOUN"}:
        return None
    start = j - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return (start, j)


def phrase_of(doc: Doc, head: Token) -> tuple[int, int]:
    """The subject phrase of a head token: determiner to apposed name, without relatives or commas."""
    if head.pos_ == "PRON" and head.lower_ in {"qui", "lequel", "laquelle"}:
        verb = head.head
        if verb.dep_.startswith("acl") and verb.head.i < head.i:
            antecedent = verb.head
            if antecedent.pos_ == "PRON":
                return (antecedent.i, antecedent.i + 1)
            phrase = phrase_of(doc, antecedent)
            return _name_before_apposition(doc, phrase) or phrase
        j = head.i - 1
        while j > 0 and doc[j].text == ",":
            j -= 1
        return phrase_of(doc, doc[j]) if doc[j].pos_ in {"PROPN", "NOUN"} else (head.i, head.i + 1)
    if head.pos_ == "PRON":
        return (head.i, head.i + 1)
    start = head.i
    while start > 0 and doc[start - 1].pos_ in {"DET", "ADJ", "PROPN", "NOUN"} and doc[start - 1].text not in QUOTE_MARKS:
        if doc[start - 1].head.i not in {head.i, start} and doc[start - 1].pos_ != "DET" and doc[start].ent_iob_ != "I":
            break
        start -= 1
    return (start, noun_phrase(doc, head.i)[1])
