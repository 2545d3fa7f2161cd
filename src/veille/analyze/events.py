"""The `veille_events` component: PLOVER events from French text, with status, place and date.

Verbal triggers (`il reçoive mercredi ... Mark Rutte`) and nominal ones (`une conversation
téléphonique ... avec son homologue russe`, `le sommet de Budapest`) come from the
language module's lexicon. Arguments come from the dependency parse, resolved to the
doc's entities. A definite event noun with no participants of its own (`Le sommet a donc
été annulé`) is linked to the event it refers back to, and the chain becomes one event
whose status is the last one the text gives (planned, then cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille.analyze import events_args as args
from veille.analyze.extensions import in_body, lemmas_of, lowers_of, text_of
from veille.lang.fr import events as lex
from veille.model import NON_EVENT_ZONES, Event, Evidence
from veille.model import Span as TextSpan

ARG_DEPS = frozenset({"obj", "iobj", "obl:arg", "obl", "obl:mod", "obl:agent", "nmod"})
DEFINITE_CONTRACTIONS = frozenset({"du", "au", "aux"})
#: Keep events with no participant resolved to an entity (`les manifestants ont défilé`).
KEEP_BARE = True
LIGHT_VERBS = frozenset({"avoir", "tenir", "dérouler", "lieu", "exister"})
#: Every lemma a trigger can have (`s'allier` under `allier`): other words are skipped without looking at the parse.
TRIGGER_LEMMAS = frozenset(
    [*lex.VERB_TRIGGERS, *lex.NOUN_TRIGGERS, "coup"] + [verb[2:] for verb in lex.VERB_TRIGGERS if verb.startswith("s'")]
    + [lemma for lemma, _ in lex.VERB_WITH_PREPOSITION]
)


@dataclass(slots=True)
class EventMention:
    """One trigger in the text with what was found around it, before linking."""

    token: Token
    sent: Span
    sent_index: int
    type: str
    mode: str | None
    status: str = "reported"
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    nominal: bool = False
    anaphoric: bool = False

    @property
    def group(self) -> str:
        """What kind of occasion it names, for linking `le sommet` to `une rencontre`."""
        return lex.MEETING_GROUP.get(self.token.lemma_.lower(), self.type)

    @property
    def participants(self) -> list[str]:
        return self.actors + [r for r in self.recipients if r not in self.actors]


class EventFinder:
    """Finds the events of a doc and sets `doc._.events`."""

    def __init__(self, link_window: int = 2, keep_bare: bool = False) -> None:
        self.link_window = link_window
        self.keep_bare = keep_bare

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Event]:
        """Every event of the body text, one per real-world occasion told."""
        mentions: list[EventMention] = []
        lemmas, lowers = lemmas_of(doc), lowers_of(doc)
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                if lemmas[i] not in TRIGGER_LEMMAS and lowers[i] not in lex.NOUN_TRIGGERS:
                    continue
                token = doc[i]
                if not in_body(doc, token.idx, token.idx + len(token.text), NON_EVENT_ZONES):
                    continue
                mention = verbal_mention(doc, sent, index, token) or nominal_mention(doc, sent, index, token)
                if mention is not None:
                    mentions.append(mention)
        mentions = absorb_arguments(mentions)
        chains = link(mentions, self.link_window)
        return [chain_event(chain) for chain in chains if self.keep_bare or any(m.participants for m in chain)]

    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        doc._.events = events


@Language.factory(
    "veille_events", default_config={"link_window": 2, "keep_bare": KEEP_BARE}, assigns=["doc._.events"]
)
def make_events(nlp: Language, name: str, link_window: int, keep_bare: bool) -> EventFinder:
    """The events component.

    `link_window`: sentences within which `la rencontre` refers to the last meeting told;
    `keep_bare`: also keep events none of whose participants is a known entity.
    """
    return EventFinder(link_window, keep_bare)


def _verb_trigger(token: Token) -> lex.Trigger | None:
    lemma = token.lemma_.lower()
    for child in token.children:
        prep = args.case_of(child) if child.dep_ in ARG_DEPS or child.dep_ == "xcomp" else None
        if prep and (lemma, prep) in lex.VERB_WITH_PREPOSITION:
            return lex.VERB_WITH_PREPOSITION[(lemma, prep)]
    reflexive = any(c.lower_ in ("se", "s'") for c in token.children if c.dep_.startswith(("expl", "obj")))
    if reflexive and f"s'{lemma}" in lex.VERB_TRIGGERS:
        return lex.VERB_TRIGGERS[f"s'{lemma}"]
    return lex.VERB_TRIGGERS.get(lemma)


def verbal_mention(doc: Doc, sent: Span, index: int, token: Token) -> EventMention | None:
    """An event triggered by a verb, with its subject as actor and its objects as recipients."""
    if token.pos_ != "VERB":
        return None
    trigger = _verb_trigger(token)
    if trigger is None:
        return None
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ in ("obj", "obl:arg")]
    if any((lemma, o.lemma_.lower()) in lex.IDIOMS for o in objects):
        return None
    mention = EventMention(token, sent, index, trigger[0], trigger[1])
    _verbal_arguments(doc, mention)
    if lemma in lex.VERB_NEEDS_PERSON_OBJECT and not _has_person_object(doc, token):
        return None
    mention.status = verbal_status(token)
    tense = args.verb_tense(token)
    mention.date = args.event_date(doc, args.clause_tokens(token), tense)
    mention.mode = _mode(token, mention.mode)
    return mention


def _has_person_object(doc: Doc, token: Token) -> bool:
    for child in token.children:
        if child.dep_ in ("obj", "obl:arg"):
            entity = args.token_entity(doc, child)
            if entity is not None and entity.type == "PER":
                return True
    return False


def _verbal_arguments(doc: Doc, mention: EventMention) -> None:
    """Actor from the subject (or `par X` in the passive), recipients from objects, place from `à`/`en`."""
    token = mention.token
    passive = args.has_aux_pass(token)
    subject = args.subject_of(token)
    if subject is not None and subject.morph.get("PronType") == ["Rel"] and token.dep_ == "acl:relcl":
        subject = token.head
    subject_entity = args.token_entity(doc, subject) if subject is not None else None
    if subject is None and token.morph.get("VerbForm") != ["Inf"]:
        subject_entity = args.nearest_entity(doc, mention.sent, token.idx, token.idx, before=True)
    if subject_entity is not None:
        (mention.recipients if passive else mention.actors).append(subject_entity.id)
    for child in token.children:
        if child.dep_ not in ARG_DEPS or (subject is not None and child.i == subject.i):
            continue
        if child.lemma_.lower() in lex.WITHDRAWAL_NOUNS and mention.type == "THREATEN":
            _withdrawal_threat(doc, mention, child)
            continue
        entity = args.token_entity(doc, child)
        if entity is None:
            continue
        prep = args.case_of(child)
        if child.dep_ == "obl:agent" or prep == "par":
            mention.actors.append(entity.id)
        elif args.is_place(entity) and prep in lex.LOCATION_PREPOSITIONS:
            mention.location = mention.location or entity.id
        elif prep is None or prep in lex.RECIPIENT_PREPOSITIONS:
            if entity.id not in mention.actors and entity.id not in mention.recipients:
                mention.recipients.append(entity.id)


def _withdrawal_threat(doc: Doc, mention: EventMention, noun: Token) -> None:
    """`menacer (les Etats-Unis) d'un retrait`: the threat is against the organisation to be left."""
    if any(c.dep_ == "nmod" and args.token_entity(doc, c) is not None for c in noun.children):
        return
    organisation = args.salient_organisation(doc, mention.sent.start_char)
    if organisation is not None:
        mention.recipients = [organisation.id]
        mention.mode = mention.mode or "withdraw"


def _mode(token: Token, mode: str | None) -> str | None:
    for child in token.subtree:
        word = child.lemma_.lower()
        if child.dep_ in ("amod", "obl:mod", "nmod") and word in lex.MODE_MODIFIERS:
            return lex.MODE_MODIFIERS[word]
    return mode


def verbal_status(token: Token) -> str:
    """reported | planned | cancelled | negated | hypothetical, from negation, modality and tense."""
    if args.negated(token):
        return "negated"
    head = token.head
    if token.dep_ in ("xcomp", "obl:arg", "ccomp") and head.lemma_.lower() in lex.CANCEL_VERBS:
        return "cancelled"
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    if "si" in marks:
        return "hypothetical"
    tense = args.verb_tense(token)
    if tense == "conditional":
        return "hypothetical"
    if token.dep_ == "xcomp" and head.lemma_.lower() in lex.MODAL_VERBS:
        return "hypothetical"
    if tense == "future" or any(c.lemma_ == "aller" and c.dep_.startswith("aux") for c in token.children):
        return "planned"
    if token.dep_ == "xcomp" and head.lemma_.lower() in lex.PLANNED_CUES:
        return "planned"
    return "reported"


def _noun_trigger(token: Token) -> lex.Trigger | None:
    lemma = token.lemma_.lower()
    if lemma == "coup" and any(c.lower_ == "fil" for c in token.children):
        return lex.NOUN_TRIGGERS["coup de fil"]
    trigger = lex.NOUN_TRIGGERS.get(lemma) or lex.NOUN_TRIGGERS.get(token.lower_)
    if trigger is None:
        return None
    needed = lex.NOUN_NEEDS_MODIFIER.get(lemma)
    if needed and not any(c.lemma_.lower() in needed or c.lower_ in needed for c in token.children):
        return None
    return trigger


def nominal_mention(doc: Doc, sent: Span, index: int, token: Token) -> EventMention | None:
    """An event named by a noun: `le sommet de Budapest`, `une conversation téléphonique avec X`."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    trigger = _noun_trigger(token)
    if trigger is None:
        return None
    dets = [c.lemma_.lower() for c in token.children if c.dep_ == "det"]
    dets += [c.lower_ for c in token.children if c.dep_ == "case" and c.lower_ in DEFINITE_CONTRACTIONS]
    if any(d in lex.GENERIC_DETERMINERS for d in dets):
        return None
    mention = EventMention(token, sent, index, trigger[0], _mode(token, trigger[1]), nominal=True)
    mention.anaphoric = any(d in lex.ANAPHORIC_DETERMINERS or d in DEFINITE_CONTRACTIONS for d in dets)
    _nominal_arguments(doc, mention)
    mention.status = nominal_status(token)
    tense = args.verb_tense(token.head) if token.head.pos_ in ("VERB", "AUX") else "present"
    mention.date = args.event_date(doc, _nominal_scope(token), tense)
    return mention


def _nominal_scope(token: Token) -> list[Token]:
    scope = list(token.subtree)
    head = token.head
    if head.i != token.i and head.pos_ in ("VERB", "ADJ"):
        scope += [c for c in head.children if c.dep_ in ("obl:mod", "advmod") and c.i != token.i]
    return scope


def _nominal_arguments(doc: Doc, mention: EventMention) -> None:
    """`de X` names the actor (or the place, for a city), `avec X`/`à X`/`entre X et Y` the others."""
    token = mention.token
    for child in token.children:
        if child.dep_ not in ("nmod", "appos", "acl", "amod"):
            continue
        entity = args.token_entity(doc, child)
        if entity is None:
            continue
        prep = args.case_of(child)
        if args.is_place(entity):
            mention.location = mention.location or entity.id
        elif prep in ("de", "du", "des", "d'"):
            mention.actors.append(entity.id)
        elif prep in ("avec", "à", "au", "aux", "entre", "auprès"):
            mention.recipients.append(entity.id)
            mention.recipients += [args.token_entity(doc, c).id for c in child.children  # type: ignore[union-attr]
                                   if c.dep_ == "conj" and args.token_entity(doc, c) is not None]
    if not mention.actors and not mention.anaphoric and token.dep_ != "nmod":
        actor = _governing_subject(doc, token, set(mention.recipients))
        if actor is not None:
            mention.actors.append(actor)
    if mention.type == "REQUEST" and not mention.recipients:
        country = args.content_country(doc, mention.sent, token.idx, set(mention.actors))
        if country is not None:
            mention.recipients.append(country.id)


def _governing_subject(doc: Doc, token: Token, exclude: set[str]) -> str | None:
    """The subject of the clause around an event noun: who had the talk that `X a annoncé après`."""
    current = token
    for _ in range(3):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ not in ("VERB", "ADJ", "AUX"):
            continue
        for child in current.children:
            if child.dep_ in args.SUBJECT_DEPS and child.i != token.i and not _within(token, child):
                entity = args.token_entity(doc, child)
                if entity is not None and entity.id not in exclude:
                    return entity.id
    return None


def _within(token: Token, ancestor: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors) or token.i == ancestor.i


def nominal_status(token: Token) -> str:
    """The status an event noun gets from its governor: `a été annulé`, `imminente`, `aucun sommet`."""
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    if dets & {"aucun", "aucune"}:
        return "negated"
    head = token.head
    lemma = head.lemma_.lower()
    if head.i != token.i:
        if lemma in lex.CANCEL_VERBS and not args.negated(head):
            return "cancelled"
        if lemma == "tomber" and any(c.lemma_.lower() == "eau" for c in head.children):
            return "cancelled"
        if args.negated(head) and lemma in LIGHT_VERBS:
            return "negated"
        if token.dep_.startswith("nsubj") and lemma in lex.PLANNED_CUES:
            return "planned"
        if head.pos_ in ("VERB", "AUX") and args.verb_tense(head) == "conditional":
            return "hypothetical"
    if any(c.dep_ == "amod" and c.lemma_.lower() in lex.PLANNED_CUES for c in token.children):
        return "planned"
    return "reported"


def absorb_arguments(mentions: list[EventMention]) -> list[EventMention]:
    """Fold a noun trigger into the verb trigger of the same type it is an argument of (`insister sur ses exigences`)."""
    by_token = {m.token.i: m for m in mentions}
    kept: list[EventMention] = []
    for mention in mentions:
        governor = by_token.get(mention.token.head.i)
        if mention.nominal and governor is not None and governor is not mention and governor.type == mention.type:
            governor.recipients += [r for r in mention.recipients if r not in governor.participants]
            governor.location = governor.location or mention.location
            governor.date = governor.date or mention.date
            continue
        kept.append(mention)
    return kept


def link(mentions: list[EventMention], window: int) -> list[list[EventMention]]:
    """Chains of mentions of the same event: an anaphoric noun joins the event it refers back to."""
    chains: list[list[EventMention]] = []
    owner: dict[int, list[EventMention]] = {}
    for mention in mentions:
        earlier = [m for chain in chains if any(x.participants for x in chain) for m in chain]
        antecedent = _antecedent(mention, sorted(earlier, key=lambda m: m.token.i), window)
        if antecedent is not None:
            chain = owner[id(antecedent)]
            chain.append(mention)
        else:
            chain = [mention]
            chains.append(chain)
        owner[id(mention)] = chain
    return chains


def _antecedent(mention: EventMention, earlier: list[EventMention], window: int) -> EventMention | None:
    """The event an anaphoric noun refers back to: the same kind nearby, else the same word, else the last."""
    if not (mention.nominal and mention.anaphoric and not mention.participants):
        return None
    same_group = [m for m in earlier if m.group == mention.group and m.type == mention.type]
    near = [m for m in same_group if mention.sent_index - m.sent_index <= window and m.sent_index < mention.sent_index]
    if near:
        return near[-1]
    lemma = mention.token.lemma_.lower()
    same_word = [m for m in same_group if m.token.lemma_.lower() == lemma]
    if same_word:
        return same_word[-1]
    return same_group[-1] if same_group else None


def chain_event(chain: list[EventMention]) -> Event:
    """One event from a chain: the last status the text gives, every participant, the first place and date."""
    explicit = [m for m in chain if m.status != "reported"]
    decisive = [m for m in explicit if m.status in ("cancelled", "negated")]
    primary = decisive[-1] if decisive else next((m for m in chain if m.participants), chain[0])
    actors: list[str] = []
    recipients: list[str] = []
    for member in chain:
        actors += [a for a in member.actors if a not in actors]
        recipients += [r for r in member.recipients if r not in recipients]
    recipients = [r for r in recipients if r not in actors]
    token = primary.token
    start, end = _trimmed(primary.sent, token)
    return Event(
        type=primary.type,
        mode=next((m.mode for m in chain if m.mode), None),
        status=explicit[-1].status if explicit else "reported",
        actors=actors,
        recipients=recipients,
        trigger=TextSpan(token.idx, token.idx + len(token.text), token.text),
        evidence=Evidence(start, end),
        location=next((m.location for m in chain if m.location), None),
        date=next((m.date for m in chain if m.date), None),
    )


def _trimmed(sent: Span, token: Token) -> tuple[int, int]:
    """The sentence around the trigger, cut at paragraph breaks the sentence splitter missed."""
    text = text_of(sent.doc)
    start = max(sent.start_char, text.rfind("\n", sent.start_char, token.idx) + 1)
    stop = text.find("\n", token.idx, sent.end_char)
    end = sent.end_char if stop < 0 else stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
