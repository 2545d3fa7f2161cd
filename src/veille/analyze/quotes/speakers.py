"""Turn a speaker phrase into a speaker: the canonical entity (through `entity_at`) and its mention.

The entities component's resolution (pronouns, role phrases, surnames) takes precedence; when
it has not run or found nothing, a small fallback here picks the most recent compatible person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from veille.analyze.extensions import text_of
from veille.analyze.mentions import entities_of, entity_at
from veille.analyze.quotes.subjects import document_author, noun_phrase, phrase_of
from veille.lang.fr import grammar, roles, speech
from veille.model import Entity, Speaker, Span

_BODY_NOUNS = speech.SPEAKING_BODIES | speech.DOCUMENT_NOUNS  # `la direction`, `le documentaire` speak for an organisation
_PEOPLE = speech.ROLE_NOUNS | speech.PEOPLE_NOUNS - {"source", "sources", "jeune"}
_NOT_PEOPLE = _BODY_NOUNS | speech.COMPANY_BODIES | speech.BODY_NAME_WORDS.keys() | speech.SPEECH_NOUNS
_COMPLEMENT = re.compile(r"\w.*\s(?:de|des|du|d['’])\s*$")
_SAME_SOURCE = re.compile(r"(?:la même|cette(?: même)?|ces(?: mêmes)?|les mêmes) sources?")
_PARTITIVE = re.compile(r"(?:l['’])?une? (?:d['’]|de |des )")


@dataclass(slots=True)
class Context:
    """Who spoke last in the article, for pronouns and follow-on quotes."""

    fallback: bool
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)

    def inside_quote(self, position: int) -> bool:
        """True when a character lies between paired quotation marks."""
        return any(start <= position < end for start, end in self.quoted)

    def remember(self, position: int, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.speakers.append((position, speaker))

    def last(self, before: int, window: int) -> Speaker | None:
        """The latest speaker whose quote starts within `window` characters before `before`."""
        for position, speaker in reversed(self.speakers):
            if position < before:
                return speaker if before - position <= window else None
        return None


def speaker_of(doc: Doc, phrase: tuple[int, int], context: Context) -> Speaker | None:
    """The speaker a phrase (token range) designates, resolved to an entity when possible."""
    if doc[phrase[0]].text in {"-t", "-t-"} and phrase[0] + 1 < len(doc):
        phrase = (phrase[0] + 1, max(phrase[1], phrase[0] + 2))  # `a-t-il`: the euphonic t is no one
    span = doc[phrase[0]:phrase[1]]
    start, end = _widened(doc, span.start_char, span.end_char)
    text = text_of(doc)[start:end]
    if text.startswith("-"):
        start, text = start + 1, text[1:]
        if text.startswith("t-"):
            start, text = start + 2, text[2:]
    mention = Span(start, end, text)
    lower = text.lower()
    if lower in speech.INDEFINITE_SPEAKERS:
        return None  # `dit-on`, `on dit que`: hearsay, nobody in particular
    if lower in speech.SUBJECT_PRONOUNS or lower in {"lui", "eux"}:
        return _pronoun(doc, mention, context)
    entity = _entity_in(doc, start, end)
    if _PARTITIVE.match(lower) and (entity is None or entity.type != "PER" or not _named_in(entity, start, end)):
        return Speaker(None, text, mention)  # `l'un d'eux`, `l'une des victimes`: one of a group, not the group
    if _around_someone(lower):
        return Speaker(None, text, mention)  # `l'entourage du ministre`, `les services de Manuel Valls`: not X
    if _SAME_SOURCE.fullmatch(lower) and context.speakers:
        last = context.speakers[-1][1]
        return Speaker(last.entity, last.name, mention)  # `selon la même source`: whoever was the source last
    if entity is not None and entity.type == "ORG":
        entity = _member_of(doc, phrase, context) or entity
    if entity is not None:
        return _speaker(doc, entity, mention, context)
    role = _role_holder(doc, start, text, context) or _body_holder(doc, start, text) or _document_issuer(doc, phrase) or _described_person(doc, phrase, context)
    if role is not None:
        return _speaker(doc, role, mention, context)
    return Speaker(None, text, mention)


def _around_someone(lower: str) -> bool:
    """`l'entourage du ministre`, `un proche de la famille`: the phrase opens on a noun of entourage and its complement."""
    words = _phrase_words(lower)
    return len(words) >= 3 and words[0] in grammar.DETERMINERS_AROUND and words[1] in speech.ENTOURAGE_NOUNS and words[2] in {"de", "du", "des", "d'"}


def _named_in(entity: Entity, start: int, end: int) -> bool:
    """True when the entity is named (not only referred to) between two offsets."""
    return any(m.kind == "name" and start <= m.start and m.end <= end for m in entity.mentions)


def _widened(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A phrase cut inside a name (`Uni` of `Royaume-Uni`, split by the tokenizer) takes the whole name."""
    for entity in entities_of(doc):
        for m in entity.mentions:
            if m.kind == "name" and m.start < start < m.end <= end:
                return m.start, end
    return start, end


def _entity_in(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity a phrase names: a person inside it first, else an entity heading or ending it."""
    people: list[tuple[int, Entity]] = []
    others: list[tuple[int, int, Entity]] = []
    for entity in entities_of(doc):
        for m in entity.mentions:
            if m.start >= start and m.end <= end:
                if entity.type == "PER" and m.kind != "pronoun":
                    people.append((m.start, entity))
                else:
                    others.append((m.start, m.end, entity))
    if people:
        return max(people, key=lambda item: item[0])[1]
    head = text_of(doc)[start:end].lower()
    for m_start, m_end, entity in sorted(others, key=lambda o: o[0]):
        leading = text_of(doc)[start:m_start].lower()
        if entity.type == "LOC" and _COMPLEMENT.search(leading):
            continue  # `le parquet de Lille`, `le céréalier de Villeneuve-sur-Lot`: the place is a complement
        if m_end == end or leading.strip() in {"", "le", "la", "les", "l'", "l’"} or leading.startswith(grammar.ARTICLE_PREFIXES) and len(leading.split()) <= 3 and not any(w in speech.ROLE_NOUNS for w in head.split()[:3]):
            return entity
    found = entity_at(doc, start, end)
    if found and found[1].start >= start and found[1].end <= end and found[1].kind != "name":
        return found[0]
    return None


def _pronoun(doc: Doc, mention: Span, context: Context) -> Speaker | None:
    """A pronoun's speaker: the entities component's answer, else the latest compatible person."""
    found = entity_at(doc, mention.start, mention.end)
    if mention.text.lower() in {"ils", "elles"} and (found is None or found[0].type == "PER"):
        group = _plural_subject_before(doc, mention.start)
        if group is not None:
            return speaker_of(doc, group, context)
    continuing = _same_sentence_speaker(doc, mention, context) or _continuing_speaker(doc, mention, context)
    if continuing is not None:
        return continuing
    unnamed = _unnamed_subject(doc, mention)
    if unnamed is not None:
        return speaker_of(doc, unnamed, context)
    if found is not None and found[1].start == mention.start:
        if _named_only_in_quotes(found[0], mention.start, context):
            previous = _previous_speaker(mention, context)
            if previous is not None:
                return previous
        return _speaker(doc, found[0], mention, context)
    entity = salient_person(doc, mention.start, context, speech.SUBJECT_PRONOUNS.get(mention.text.lower(), ""))
    return _speaker(doc, entity, mention, context) if entity else None


def _same_sentence_speaker(doc: Doc, mention: Span, context: Context) -> Speaker | None:
    """`», ajoute le documentaire qui précise que le polonium est, selon lui, ...`: a singular pronoun
    in the very sentence of the last attribution is its speaker, a person or not."""
    if mention.text.lower() not in {"il", "elle", "lui"} or not context.speakers:
        return None
    last = context.speakers[-1][1]
    if last.mention is None or last.mention.end > mention.start or last.name.lower() == mention.text.lower():
        return None
    between = text_of(doc)[last.mention.end:mention.start]
    if re.search(r"[.!?]\s|\n", between) or len(between) > 200:
        return None
    return Speaker(last.entity, last.name, mention)


def _continuing_speaker(doc: Doc, mention: Span, context: Context) -> Speaker | None:
    """`..., a annoncé Claude Bartolone. ..., a-t-il précisé`: a singular pronoun that speaks right
    after a person's quote or reported speech, with no other person named in between, is that person."""
    continued = _previous_speaker(mention, context, window=600) if mention.text.lower() in {"il", "elle"} else None
    if continued is None:
        return None
    position, last = context.speakers[-1]
    if last.mention is None or "\n\n" in text_of(doc)[position:mention.start]:
        return None
    since = max(position, last.mention.end)
    for entity in entities_of(doc):
        if entity.type == "PER" and entity.id != last.entity and any(
            since <= m.start < mention.start and m.kind == "name" and not context.inside_quote(m.start) for m in entity.mentions
        ):
            return None
    return continued


def _unnamed_subject(doc: Doc, mention: Span) -> tuple[int, int] | None:
    """`Un investisseur, qui souhaite rester anonyme, se montre nuancé : selon lui, « ... »`: a
    singular pronoun in the sentence of an unnamed person who is its subject is that person."""
    if mention.text.lower() not in {"il", "elle", "lui"}:
        return None
    found = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if found is None or not len(found):
        return None
    pronoun = found[0]
    for token in doc[pronoun.sent.start:pronoun.i]:
        if not token.dep_.startswith("nsubj") or token.pos_ != "NOUN" or token.lemma_.lower() not in _PEOPLE:
            continue
        article = token.left_edge
        if article.lower_ in {"un", "une"} and article.i < token.i and not entity_at(doc, article.idx, token.idx + len(token)):
            return (article.i, token.i + 1)
    return None


def _plural_subject_before(doc: Doc, before: int) -> tuple[int, int] | None:
    """`Des analystes jugent ... Ils estiment`: the latest plural noun subject before the pronoun, in its paragraph."""
    tokens = [t for t in doc if t.idx < before]
    for token in reversed(tokens[-60:]):
        if "\n" in token.text:
            return None
        if token.dep_.startswith("nsubj") and token.pos_ == "NOUN" and "Plur" in token.morph.get("Number"):
            return (token.left_edge.i, token.i + 1)
    return None


def _named_only_in_quotes(entity: Entity, before: int, context: Context) -> bool:
    """True when the latest naming of an entity before a pronoun is inside a quote (`« ... Fabius », explique-t-il`)."""
    named = [m.start for m in entity.mentions if m.start < before and m.kind != "pronoun"]
    return bool(named) and context.inside_quote(max(named))


def _previous_speaker(mention: Span, context: Context, window: int = 1500) -> Speaker | None:
    """The latest quote's speaker, when a person of the pronoun's gender who spoke within `window` characters."""
    if not context.speakers:
        return None
    position, speaker = context.speakers[-1]
    unnamed = grammar.UNNAMED_GENDER.get(speaker.name.lower().split()[0], "") if speaker.entity is None and speaker.name else ""
    if mention.start - position > window or not ((speaker.entity or "").startswith("per:") or unnamed):
        return None
    gender = speech.SUBJECT_PRONOUNS.get(mention.text.lower(), "")
    guessed = unnamed or speech.gender_of_name(speaker.name)
    if gender and guessed and guessed != gender:
        return None
    return Speaker(speaker.entity, speaker.name, mention)


def salient_person(doc: Doc, before: int, context: Context, gender: str = "") -> Entity | None:
    """The person a pronoun or role phrase most likely stands for, before a position.

    The subject of the previous sentence if it is a person (or organisation), else the person
    mentioned most often in the article among those mentioned in the last ~1500 characters.
    """
    subject = _previous_subject(doc, before)
    if subject is not None and _compatible(subject, gender):
        return subject
    nearby = _last_person_nearby(doc, before, context, gender)
    if nearby is not None:
        return nearby
    counts: dict[str, int] = {}
    recent: dict[str, tuple[int, Entity]] = {}
    for entity in entities_of(doc):
        if entity.type != "PER":
            continue
        key = canonical(doc, entity, context)
        if not _compatible(key, gender):
            continue
        counts[key.id] = counts.get(key.id, 0) + len(entity.mentions)
        for m in entity.mentions:
            if before - 1500 <= m.start < before and m.kind != "pronoun":
                if key.id not in recent or m.start > recent[key.id][0]:
                    recent[key.id] = (m.start, key)
    if not recent:
        return None
    best = max(recent, key=lambda k: (counts[k], recent[k][0]))
    return recent[best][1]


def _last_subject_nearby(doc: Doc, before: int, context: Context, gender: str, reach: int) -> Entity | None:
    """The person last named as a subject within `reach` characters before (`Inès Belkacem ... en
    battant la Japonaise Haruka Mori`), else the person last named."""
    subject = next((e for e in _named_subjects(doc, before, reach) if _compatible(e, gender)), None)
    return canonical(doc, subject, context) if subject is not None else _last_person_nearby(doc, before, context, gender, reach)


def _last_person_nearby(doc: Doc, before: int, context: Context, gender: str, reach: int = 300) -> Entity | None:
    """The person last named (outside quotes) within `reach` characters before, in the same paragraph
    (or, for a reach beyond 300 characters, the paragraphs before too)."""
    paragraph = text_of(doc).rfind("\n", 0, before) + 1 if reach <= 300 else 0
    best: tuple[int, Entity] | None = None
    for entity in entities_of(doc):
        if entity.type != "PER" or not _compatible(canonical(doc, entity, context), gender):
            continue
        for m in entity.mentions:
            if max(paragraph, before - reach) <= m.start < before and m.kind == "name" and not context.inside_quote(m.start):
                if best is None or m.start > best[0]:
                    best = (m.start, entity)
    return canonical(doc, best[1], context) if best else None


def _named_subjects(doc: Doc, before: int, reach: int) -> list[Entity]:
    """The people named as subjects within `reach` characters before a position, latest first."""
    found: list[tuple[int, Entity]] = []
    for entity in entities_of(doc):
        if entity.type != "PER":
            continue
        for m in entity.mentions:
            if m.kind == "name" and before - reach <= m.start < before:
                heads = list(doc.char_span(m.start, m.end, alignment_mode="expand") or [])
                if any(t.dep_.startswith("nsubj") or (t.dep_ in {"appos", "flat:name"} and t.head.dep_.startswith("nsubj")) for t in heads):
                    found.append((m.start, entity))
    return [e for _, e in sorted(found, key=lambda f: -f[0])]


def _compatible(entity: Entity, gender: str) -> bool:
    """True when a pronoun of this gender may stand for the entity."""
    if not gender or entity.type != "PER":
        return True
    guessed = speech.gender_of_name(entity.name)
    return not guessed or guessed == gender


def _previous_subject(doc: Doc, before: int) -> Entity | None:
    """The person or organisation subject of the sentence before `before` (or of its own sentence)."""
    tokens = [t for t in doc if t.idx < before]
    if not tokens:
        return None
    current = tokens[-1].sent
    sentences = [current]
    if current.start > 0:
        sentences.insert(0, doc[current.start - 1].sent)
    for sentence in reversed(sentences):
        if "\n\n" in text_of(doc)[sentence.start_char:before]:
            continue
        for token in sentence:
            if token.idx >= before:
                break
            if token.dep_.startswith("nsubj") and token.pos_ in {"PROPN", "NOUN"}:
                start, end = token.left_edge.idx, token.idx + len(token.text)
                entity = _entity_in(doc, min(start, token.idx), end + 40)
                if entity is not None and entity.type in {"PER", "ORG"}:
                    return entity
    return None


def _phrase_words(text: str) -> list[str]:
    """The lower-case words of a speaker phrase, an elided article apart (`l'élu` -> `l'`, `élu`)."""
    return text.lower().replace("’", "'").replace("'", "' ").split()


def _role_holder(doc: Doc, start: int, text: str, context: Context) -> Entity | None:
    """The person a role phrase stands for: one named next to the same role noun earlier."""
    words = _phrase_words(text)
    roles = [w for w in words[:4] if w in _PEOPLE]
    if not roles or len(words) > 8:
        return None
    role = roles[0]
    gender = "f" if role in speech.FEMININE else ""
    best: tuple[int, Entity] | None = None
    for entity in entities_of(doc):
        if entity.type != "PER":
            continue
        for m in entity.mentions:
            if m.end <= start:
                window = text_of(doc)[max(0, m.start - 60):m.start].lower()
                if role in window.split()[-6:] and (best is None or m.start > best[0]):
                    best = (m.start, entity)
    if best is not None:
        return best[1]
    if words[0] in {"le", "la", "l'"} and len(words) <= 4 and role in speech.ROLE_NOUNS:
        person = salient_person(doc, start, context, gender)
        return person if person is not None and person.type == "PER" else None
    return None


def _described_person(doc: Doc, phrase: tuple[int, int], context: Context) -> Entity | None:
    """`L'arboriculteur`, `la jeune femme`, `ce dernier`: a definite description of one person, with no
    name in it, stands for the person last named with that noun next to the name (`Ramon Puig,
    arboriculteur à Elne`), the speaker just quoted, or, when it is a bare epithet, the person just named."""
    span = doc[phrase[0]:phrase[1]]
    if len(span) < 2 or len(span) > 8 or span[0].lower_ not in grammar.DEFINITE_GENDER:
        return None
    gender = grammar.DEFINITE_GENDER[span[0].lower_]
    if span[1].lower_ in {"dernier", "dernière"}:
        return _last_person_nearby(doc, span.start_char, context, gender or ("f" if span[1].lower_ == "dernière" else "m"))
    head = next((t for t in span[1:] if t.pos_ == "NOUN"), None)
    if head is None or "Plur" in head.morph.get("Number") or head.lemma_.lower() in _NOT_PEOPLE:
        return None
    gender = _description_gender(span[0].lower_, head.lower_)
    nouns = {head.lower_, head.lemma_.lower()}
    best: tuple[int, Entity] | None = None
    for entity in entities_of(doc):
        if entity.type != "PER" or not _compatible(entity, gender):
            continue
        for m in entity.mentions:
            if m.kind == "name" and m.end <= span.start_char and (best is None or m.start > best[0]):
                if nouns & _introduced_as(text_of(doc), m):
                    best = (m.start, entity)
    if best is not None:
        return canonical(doc, best[1], context)
    spoke = _speaker_just_quoted(doc, span, context, gender) if nouns & _PEOPLE else None
    if spoke is not None:
        return spoke
    return _last_subject_nearby(doc, span.start_char, context, gender, reach=600) if _bare_epithet(span, head) else None


def _speaker_just_quoted(doc: Doc, span: SpacySpan, context: Context, gender: str) -> Entity | None:
    """`« ... », avait martelé Claire Dubreuil. La magistrate a rappelé`: the person quoted just before
    in the same paragraph, when of the description's gender."""
    previous = _previous_speaker(Span(span.start_char, span.end_char, span.text), context, window=400)
    if previous is None or "\n" in text_of(doc)[context.speakers[-1][0]:span.start_char]:
        return None
    return next((e for e in entities_of(doc) if e.id == previous.entity and _compatible(e, gender)), None)


def _description_gender(article: str, noun: str) -> str:
    """'f' or 'm' told by a description's article (`la`, `le`), else by its noun (`l'adjointe`), or ''."""
    return grammar.DEFINITE_GENDER.get(article, "") or ("f" if noun in speech.FEMININE else "")


def _bare_epithet(span: SpacySpan, head: Token) -> bool:
    """`la jeune femme`, `l'édile`, `la judokate de 23 ans`: an article, adjectives before the noun, the
    noun and at most an age, which refers back; `le négociateur palestinien` or `le recteur de son
    université` describe someone the article does not name."""
    word = head.lower_
    if span[0].lower_ not in {"le", "la", "l'", "l’"} or not (word in _PEOPLE or word in {"femme", "homme"} or word.endswith(speech.PERSON_SUFFIXES)):
        return False
    rest = [t for t in span[1:] if t.i != head.i]
    before = [t for t in rest if t.i < head.i]
    after = [t.lower_ for t in rest if t.i > head.i]
    return all(t.pos_ == "ADJ" for t in before) and (not after or (len(after) == 3 and after[0] == "de" and after[2] == "ans"))


def _member_of(doc: Doc, phrase: tuple[int, int], context: Context) -> Entity | None:
    """`le patron de Hansa Container`, `la porte-parole du ministère`: a person of the organisation, when
    one was introduced with that noun or was named just before in the paragraph."""
    span = doc[phrase[0]:phrase[1]]
    if len(span) < 4 or span[0].lower_ not in grammar.DEFINITE_GENDER or span[1].lower_ not in _PEOPLE | roles.ORG_MEMBERS:
        return None
    if not any(t.lower_ in {"de", "du", "d'", "d’"} for t in span[2:4]):
        return None
    named = _described_person(doc, (phrase[0], phrase[0] + 2), context)
    if named is not None:
        return named
    return _last_person_nearby(doc, span.start_char, context, _description_gender(span[0].lower_, span[1].lower_))


def _introduced_as(text: str, mention: Span) -> set[str]:
    """The words that introduce a name: the few before it (`le commandant Olivier Brunel`) and its
    apposition (`Ramon Puig, arboriculteur à Elne,`)."""
    before = re.split(r"[^\w-]+", re.split(r"[.!?»]", text[max(0, mention.start - 40):mention.start])[-1].lower())[-4:]
    after = text[mention.end:mention.end + 100]
    apposition = re.split(r"[^\w-]+", re.split(r"[.;:!?«»]", after)[0].lower())[:10] if after.startswith(",") else []
    return set(before) | set(apposition)


def _body_holder(doc: Doc, start: int, text: str) -> Entity | None:
    """The organisation a body phrase stands for (`le quotidien` after `le quotidien Le Figaro`, `la direction`)."""
    words = _phrase_words(text)
    if len(words) > 2 and words[1] in roles.ORG_INTRODUCERS:
        tokens = doc.char_span(start, start + len(text), alignment_mode="expand")
        if tokens is not None and len(tokens) == len(words) and all(t.pos_ == "ADJ" for t in tokens[2:]):
            words = words[:2]  # `l'organisme public`, `le groupe allemand`: the adjectives say no more who
    if len(words) != 2 or words[0] not in {"le", "la", "l'", "les", "leur", "sa", "son"} or words[1] not in _BODY_NOUNS | speech.BODY_NAME_WORDS.keys() | speech.COMPANY_BODIES:
        return None
    noun = words[1]
    named: tuple[int, Entity] | None = None
    counts: dict[str, tuple[int, Entity]] = {}
    for entity in entities_of(doc):
        if entity.type != "ORG":
            continue
        for m in entity.mentions:
            if m.end <= start:
                counts[entity.id] = (counts.get(entity.id, (0, entity))[0] + 1, entity)
                window = text_of(doc)[max(0, m.start - 40):m.start].lower().replace("'", " ").replace("’", " ")
                introduced = noun in window.split() or m.text.lower().startswith(noun + " ")
                if introduced and (named is None or m.start > named[0]):
                    named = (m.start, entity)
    if named is not None:
        return named[1]
    classed = _named_by_class(doc, start, noun)
    if classed is not None:
        return classed
    if noun in speech.COMPANY_BODIES and counts and not (words[0] in {"sa", "son", "leur"} and noun in speech.PARTNER_FIRMS):
        return max(counts.values(), key=lambda c: c[0])[1]
    return None


def _document_issuer(doc: Doc, phrase: tuple[int, int]) -> Entity | None:
    """`Dans un communiqué, l'ARS assure que ... « ... », précise le texte`: a document named again by
    its noun speaks for whoever issued it, the author of the latest document named before it."""
    head = doc[phrase[0] + 1] if phrase[1] - phrase[0] == 2 and doc[phrase[0]].lower_ in grammar.DEFINITE_GENDER else None
    if head is None or head.lemma_.lower() not in speech.DOCUMENT_NOUNS:
        return None
    earlier = [t for t in doc[max(0, phrase[0] - 120):phrase[0]] if t.pos_ == "NOUN" and t.lemma_.lower() in speech.DOCUMENT_NOUNS]
    if not earlier:
        return None
    document = earlier[-1]
    named = (document.i, noun_phrase(doc, document.i)[1])
    author = document_author(doc, named)
    if author == named:
        subjects = [c for c in document.head.children if c.dep_.startswith("nsubj")] if document.head.pos_ in {"VERB", "AUX"} else []
        if not subjects:
            return None
        author = phrase_of(doc, subjects[0])
    span = doc[author[0]:author[1]]
    found = _entity_in(doc, span.start_char, span.end_char)
    return found if found is not None and found.type in {"ORG", "PER"} else None


def _named_by_class(doc: Doc, start: int, noun: str) -> Entity | None:
    """`le syndicat` after `la CFDT`, `les juges` after `le tribunal de Lyon`: the organisation last
    named before `start` whose name holds a word of the noun's class."""
    words = speech.BODY_NAME_WORDS.get(noun)
    if not words:
        return None
    best: tuple[int, Entity] | None = None
    for entity in entities_of(doc):
        if entity.type != "ORG" or not words & set(entity.name.lower().replace("'", " ").split()):
            continue
        before = [m.start for m in entity.mentions if m.end <= start]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), entity)
    return best[1] if best else None


def canonical(doc: Doc, entity: Entity, context: Context) -> Entity:
    """The entity itself; without an entities component, a surname takes the full name used in the article."""
    if not context.fallback or entity.type != "PER" or " " in entity.name:
        return entity
    surname = entity.name.lower()
    longer = [e for e in entities_of(doc) if e.type == "PER" and e.name.lower().endswith(" " + surname)]
    return max(longer, key=lambda e: len(e.name)) if longer else entity


def _speaker(doc: Doc, entity: Entity, mention: Span, context: Context) -> Speaker:
    """A speaker for the canonical form of the entity, with the mention found."""
    entity = canonical(doc, entity, context)
    return Speaker(entity.id, entity.name, mention)
