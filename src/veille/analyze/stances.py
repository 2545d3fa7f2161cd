"""The `veille_stances` component: who is friendly or hostile to whom, when, and on what evidence.

Stances come from three places: what the text says of the holder's attitude
(`railler`, `se moquer de`, `qualifier de «dépassée»` against `se rapprocher de`,
`faire la paix avec`), the holder's own quotes about the target, and the events between
them (cooperation against conflict). Each stance keeps its own date: a past-tense
attitude (`qu'il avait raillée pendant des années`) gets `date = None` and
`before = <article date>`, a present one the article's date, an explicit date its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille.analyze import events_args as args
from veille.analyze.extensions import in_body, lemmas_of, text_of
from veille.analyze.mentions import entity_at
from veille.lang.fr import stance as lex
from veille.model import NON_EVENT_ZONES, Entity, Event, Evidence, Quote, Stance

APPOSITION_MARKS = frozenset({"–", "—", "-", ",", "("})
#: Every lemma an attitude can hang on: other words are skipped without looking at the parse.
ATTITUDE_LEMMAS = frozenset(
    [*lex.ATTITUDE_NOUNS, *lex.ATTITUDE_VERBS, *lex.BETRAYAL_VERBS, *lex.QUALIFY_VERBS]
    + [lemma for lemma, _ in lex.ATTITUDE_PHRASES] + [lemma for lemma, _ in lex.BETRAYAL_PHRASES]
)


class StanceFinder:
    """Finds the stances of a doc and sets `doc._.stances`."""

    def __init__(self, use_events: bool = True, use_quotes: bool = True) -> None:
        self.use_events = use_events
        self.use_quotes = use_quotes

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Stance]:
        """Attitudes told by the text, then those of quotes and events not already told."""
        found: list[Stance] = []
        triggers = {e.trigger.start for e in doc._.events or []} if self.use_events else set()
        lemmas = lemmas_of(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                if lemmas[i] not in ATTITUDE_LEMMAS:
                    continue
                token = doc[i]
                if token.idx in triggers:
                    continue
                if in_body(doc, token.idx, token.idx + len(token.text), NON_EVENT_ZONES):
                    stance = attitude_stance(doc, sent, token, found)
                    if stance is not None:
                        found.append(stance)
        if self.use_quotes:
            found += [s for q in doc._.quotes or [] for s in quote_stances(doc, q)]
        if self.use_events:
            found += [s for e in doc._.events or [] for s in event_stances(doc, e)]
        return _deduplicated(found)

    def set_annotations(self, doc: Doc, stances: list[Stance]) -> None:
        doc._.stances = stances


@Language.factory(
    "veille_stances", default_config={"use_events": True, "use_quotes": True}, assigns=["doc._.stances"]
)
def make_stances(nlp: Language, name: str, use_events: bool, use_quotes: bool) -> StanceFinder:
    """The stances component; it reads `doc._.events` and `doc._.quotes`, so it runs after them."""
    return StanceFinder(use_events, use_quotes)


def attitude_stance(doc: Doc, sent: Span, token: Token, earlier: list[Stance]) -> Stance | None:
    """A stance told by an attitude word: verb, verb phrase, betrayal, qualification or noun."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in lex.ATTITUDE_NOUNS:
        return _noun_stance(doc, sent, token, lex.ATTITUDE_NOUNS[lemma])
    if token.pos_ not in ("VERB", "ADJ"):
        return None
    if _hypothetical(token):
        return None
    betrayal = _betrayal(token)
    if betrayal is not None:
        victim = _wronged(doc, token)
        culprit = _holder(doc, token)
        return _make(doc, sent, token, victim, culprit, betrayal)
    if lemma in lex.QUALIFY_VERBS:
        return _qualification(doc, sent, token, earlier)
    polarity = _attitude_polarity(token)
    if polarity is None:
        return None
    if args.negated(token):
        polarity = -0.5 * polarity
    return _make(doc, sent, token, _holder(doc, token), _target(doc, token), polarity)


def _attitude_polarity(token: Token) -> float | None:
    lemma = token.lemma_.lower()
    for child in token.children:
        key = (lemma, child.lemma_.lower())
        if child.dep_ in ("obj", "obl:arg", "obl", "obl:mod") and key in lex.ATTITUDE_PHRASES:
            return lex.ATTITUDE_PHRASES[key]
        prep = args.case_of(child)
        if prep and (lemma, prep) in lex.ATTITUDE_PHRASES:
            return lex.ATTITUDE_PHRASES[(lemma, prep)]
    if token.pos_ == "VERB" and lemma in lex.ATTITUDE_VERBS:
        return lex.ATTITUDE_VERBS[lemma]
    return None


def _betrayal(token: Token) -> float | None:
    lemma = token.lemma_.lower()
    if lemma in lex.BETRAYAL_VERBS and token.pos_ == "VERB":
        return lex.BETRAYAL_VERBS[lemma]
    for child in token.children:
        if (lemma, child.lemma_.lower()) in lex.BETRAYAL_PHRASES:
            return lex.BETRAYAL_PHRASES[(lemma, child.lemma_.lower())]
    return None


def _hypothetical(token: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ == "si" for c in token.children):
        return True
    finite = _finite(token)
    return finite is not None and args.verb_tense(finite) == "conditional"


def _finite(token: Token) -> Token | None:
    """The finite verb that carries the tense of an infinitive or participle (`voulait faire`)."""
    current = token
    for _ in range(4):
        if current.morph.get("VerbForm") == ["Fin"] or any(c.dep_.startswith("aux") for c in current.children):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _holder(doc: Doc, token: Token) -> Entity | None:
    """Who holds the attitude: the subject, climbing to the finite verb of an infinitive."""
    subject = args.subject_of(token)
    current = token
    for _ in range(3):
        if subject is not None or current.head.i == current.i:
            break
        current = current.head
        subject = args.subject_of(current) if current.pos_ in ("VERB", "AUX") else None
    if subject is None:
        return None
    if subject.morph.get("PronType") == ["Rel"] and token.dep_ == "acl:relcl":
        return target_entity(doc, token.head)
    return target_entity(doc, subject)


def _target(doc: Doc, token: Token) -> Entity | None:
    """Toward whom: the object, the `de`/`avec` complement, or a relative clause's antecedent."""
    relative = any(c.morph.get("PronType") == ["Rel"] and c.dep_ in ("obj", "obl", "obl:arg", "iobj")
                   for c in token.children)
    if relative and token.dep_ == "acl:relcl":
        return target_entity(doc, token.head)
    for child in token.children:
        if child.dep_ in ("obj", "iobj", "obl:arg", "obl", "nmod", "obl:mod"):
            prep = args.case_of(child)
            if prep is None or prep in lex.TARGET_PREPOSITIONS:
                entity = target_entity(doc, child)
                if entity is not None:
                    return entity
            for grandchild in child.children:
                if grandchild.dep_ == "nmod" and args.case_of(grandchild) in ("avec", "envers", "à"):
                    entity = target_entity(doc, grandchild)
                    if entity is not None:
                        return entity
    return None


def _wronged(doc: Doc, token: Token) -> Entity | None:
    """The object of a betrayal; a clitic `le` in `X a compris que Y le mène en bateau` is X."""
    for child in token.children:
        if child.dep_ in ("obj", "iobj"):
            entity = target_entity(doc, child)
            if entity is None and child.pos_ == "PRON" and token.dep_ == "ccomp":
                return _holder(doc, token.head)
            return entity
    return None


def target_entity(doc: Doc, token: Token) -> Entity | None:
    """The entity of a phrase; a phrase apposed after a dash (`l'OTAN – cette alliance`) is its anchor's."""
    entity = args.token_entity(doc, token)
    if entity is not None or token.pos_ != "NOUN":
        return entity
    first = min([c.i for c in token.children if c.dep_ == "det"] + [token.i])
    if first >= 2 and doc[first - 1].text in APPOSITION_MARKS:
        anchor = doc[first - 2]
        hit = entity_at(doc, anchor.idx, anchor.idx + len(anchor.text))
        return hit[0] if hit else None
    return None


def _qualification(doc: Doc, sent: Span, token: Token, earlier: list[Stance]) -> Stance | None:
    """`qualifier X de «dépassée»`: the polarity of the qualifier, toward X."""
    window = doc[token.i + 1: min(token.i + 6, sent.end)]
    words = [t for t in window if t.lemma_.lower() in lex.EVALUATIVE or t.lower_ in lex.EVALUATIVE]
    if not words or not any(t.lower_ in ("de", "d'", "comme") for t in window):
        return None
    word = words[0]
    polarity = lex.EVALUATIVE.get(word.lemma_.lower(), lex.EVALUATIVE.get(word.lower_, 0.0))
    holder, target = _holder(doc, token), _target(doc, token)
    previous = [s for s in earlier if sent.start_char <= s.evidence.start < sent.end_char]
    if (holder is None or target is None) and previous:
        return Stance(previous[-1].holder, previous[-1].target, polarity,
                      Evidence(token.idx, word.idx + len(word.text)), previous[-1].date, previous[-1].before)
    return _make(doc, sent, token, holder, target, polarity, end=word.idx + len(word.text))


def _noun_stance(doc: Doc, sent: Span, token: Token, polarity: float) -> Stance | None:
    """`le rapprochement de Trump avec l'OTAN`: holder after `de`, target after `avec`/`envers`."""
    holder = target = None
    for child in token.children:
        prep = args.case_of(child)
        if child.dep_ != "nmod":
            continue
        if prep in ("de", "du", "d'") and holder is None:
            holder = target_entity(doc, child)
        elif prep in ("avec", "envers", "à", "vis-à-vis", "contre"):
            target = target_entity(doc, child)
    return _make(doc, sent, token, holder, target, polarity)


def _make(doc: Doc, sent: Span, token: Token, holder: Entity | None, target: Entity | None,
          polarity: float, end: int | None = None) -> Stance | None:
    if holder is None or target is None or holder.id == target.id:
        return None
    start = min(t.idx for t in token.subtree if t.i >= sent.start)
    stop = end or max(t.idx + len(t.text) for t in token.subtree if t.i < sent.end)
    text = text_of(doc)
    start = max(start, text.rfind("\n", 0, token.idx) + 1)
    if "\n" in text[token.idx:stop]:
        stop = text.index("\n", token.idx)
    date, before = stance_date(doc, token)
    polarity = max(-1.0, min(1.0, round(polarity, 2)))
    return Stance(holder.id, target.id, polarity, Evidence(start, stop), date, before)


def stance_date(doc: Doc, token: Token) -> tuple[str | None, str | None]:
    """(date, before): an explicit date in the clause; else the article's, or `before` it for a past attitude."""
    finite = _finite(token) or token
    article = doc._.article.date if doc._.article is not None else None
    tense = args.verb_tense(finite)
    explicit = args.event_date(doc, args.clause_tokens(finite), tense)
    if explicit:
        return explicit, None
    clause = " ".join(t.lower_ for t in args.clause_tokens(finite))
    earlier = any(cue in clause for cue in lex.EARLIER_CUES)
    if earlier or tense in ("past", "imperfect"):
        return None, article
    return article, None


def quote_stances(doc: Doc, quote: Quote) -> list[Stance]:
    """A speaker's evaluative words about an entity named in the quote."""
    if quote.speaker is None or quote.speaker.entity is None:
        return []
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return []
    scores = [lex.EVALUATIVE[t.lemma_.lower()] for t in span if t.lemma_.lower() in lex.EVALUATIVE]
    if not scores:
        return []
    polarity = max(-1.0, min(1.0, sum(scores) / len(scores)))
    article = doc._.article.date if doc._.article is not None else None
    targets: list[str] = []
    for entity in doc._.entities or []:
        if entity.id != quote.speaker.entity and any(quote.start <= m.start < quote.end for m in entity.mentions):
            targets.append(entity.id)
    return [Stance(quote.speaker.entity, t, round(polarity, 2), Evidence(quote.start, quote.end), article)
            for t in targets]


def event_stances(doc: Doc, event: Event) -> list[Stance]:
    """What a reported event implies: cooperation is friendly, conflict hostile, actor toward recipient."""
    polarity = lex.EVENT_POLARITY.get(event.type)
    if polarity is None or event.status != "reported":
        return []
    article = doc._.article.date if doc._.article is not None else None
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    date, before = (event.date, None) if event.date else (stance_date(doc, span.root) if span else (article, None))
    return [Stance(a, r, polarity, Evidence(event.evidence.start, event.evidence.end), date, before)
            for a in event.actors for r in event.recipients if a != r]


def _deduplicated(stances: list[Stance]) -> list[Stance]:
    """One stance per holder, target and sentence: the attitude told by the text wins over an event's."""
    kept: list[Stance] = []
    for stance in stances:
        clash = any(k.holder == stance.holder and k.target == stance.target
                    and k.evidence.start < stance.evidence.end and stance.evidence.start < k.evidence.end
                    for k in kept)
        if not clash:
            kept.append(stance)
    return sorted(kept, key=lambda s: s.evidence.start)
