"""In-article resolution (`veille_coref`): every mention of an entity joined to one canonical entity.

Names first: a surname joins the fullest form of the name in the article (Trump -> Donald
Trump), and each cluster gets its canonical name and id across articles. Then, in reading
order, the referring phrases: a role phrase in apposition to a name joins it (`Le
porte-parole du Kremlin Dmitri Peskov`); a later role phrase joins whoever the article
gave that role, else the office holder on the article's date in the knowledge base, else
the most salient compatible person; scare-quoted epithets and subject pronouns join the
most salient compatible person; class nouns (`l'alliance`) join the organisation they name.
The result is `doc._.entities`: `veille.model.Entity` objects with `name`, `nominal` and
`pronoun` mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from veille.analyze import phrases
from veille.analyze.extensions import article_of, span_text
from veille.analyze.phrases import Phrase
from veille.lang.fr import roles, speech
from veille.model import Entity, Mention
from veille.resolve.canonical import VARIANTS, Canon, Canonicalizer, place
from veille.resolve.kb import KnowledgeBase, default_kb
from veille.resolve.names import is_acronym_of, name_key

_DECAY = 0.5
_MAX_DISTANCE = 4  # sentences a pronoun or epithet may look back


@Language.factory(
    "veille_coref",
    assigns=["doc._.entities"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config={"kb": "auto"},
)
def make_coref(nlp: Language, name: str, *, kb: str) -> Coreference:
    """The resolution component; `kb` is `auto` (the user's KB, else the starter), `none`, or a path."""
    return Coreference(_open_kb(kb))


def _open_kb(setting: str) -> KnowledgeBase | None:
    if setting == "none":
        return None
    if setting == "auto":
        return default_kb()
    return KnowledgeBase.open(Path(setting).expanduser())


@dataclass(slots=True)
class Cluster:
    """The mentions of one entity as they are gathered."""

    canon: Canon
    mentions: list[Mention] = field(default_factory=list)
    anchors: list[tuple[int, int, bool]] = field(default_factory=list)  # (char start, sentence, subject)
    gender: str | None = None
    roles: set[object] = field(default_factory=set)
    minor: set[int] = field(default_factory=set)  # starts of mentions that only modify a noun (`l'absence de X`)

    def add(self, mention: Mention, sentence: int, subject: bool, minor: bool = False) -> None:
        self.mentions.append(mention)
        self.anchors.append((mention.start, sentence, subject))
        if minor:
            self.minor.add(mention.start)


class Coreference:
    """Builds the article's entities from the cleaned names and the referring phrases."""

    def __init__(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb
        self.canonicalizer = Canonicalizer(kb)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def set_annotations(self, doc: Doc, clusters: list[Cluster]) -> None:
        entities = []
        for cluster in clusters:
            mentions = sorted({(m.start, m.end): m for m in cluster.mentions}.values(), key=lambda m: m.start)
            c = cluster.canon
            entities.append(Entity(id=c.id, name=c.name, type=c.type, mentions=mentions, kb_id=c.kb_id))
        doc._.entities = sorted(entities, key=lambda e: e.mentions[0].start)

    def find(self, doc: Doc) -> list[Cluster]:
        """Clusters of names, then every referring phrase resolved in reading order."""
        sentences = {i: n for n, s in enumerate(doc.sents) for i in range(s.start, s.end)}
        clusters = self._name_clusters(doc, sentences)
        article = article_of(doc)
        date = article.date if article else None
        found = phrases.role_phrases(doc)
        appositions = [p for p in found if self._apposition(doc, p, clusters, sentences)]
        pending = [p for p in found if p not in appositions and p.definite]
        pending += phrases.epithets(doc) + phrases.class_nouns(doc) + phrases.pronouns(doc)
        pending = _outside(pending, [(m.start, m.end) for c in clusters for m in c.mentions if m.kind == "name"])
        for phrase in sorted(pending, key=lambda p: p.start_char):
            target = self._resolve(phrase, clusters, sentences[phrase.start], date)
            if target is not None:
                kind = "pronoun" if phrase.kind == "pronoun" else "nominal"
                target.add(Mention(phrase.start_char, phrase.end_char, phrase.text, kind), sentences[phrase.start], phrase.is_subject)
                _bind(target, phrase)
        return [c for c in clusters if c.mentions]

    # --- names -----------------------------------------------------------------------

    def _name_clusters(self, doc: Doc, sentences: dict[int, int]) -> list[Cluster]:
        by_id: dict[str, Cluster] = {}
        ents = [(ent, span_text(ent)) for ent in doc.ents]  # each span's text once (spaCy joins its tokens per access)
        people = sorted(((e, t) for e, t in ents if e.label_ == "PER"), key=lambda et: (-len(name_key(et[1]).split()), -len(et[1]), et[0].start))
        full: list[tuple[list[str], Cluster]] = []
        for ent, text in people:
            words = name_key(text).split()
            cluster = _person_match(words, full, ent.start_char)
            if cluster is None:
                canon = self.canonicalizer.canonical(text, "PER")
                cluster = by_id.setdefault(canon.id, Cluster(canon, gender=_gender_of_name(text)))
                full.append((words, cluster))
            cluster.add(_name(ent, text), sentences[ent.start], _subject(ent), _minor(ent))
        expansions = _acronyms(doc)
        for ent, text in ents:
            if ent.label_ == "PER":
                continue
            person = _person_match(name_key(text).split(), full, ent.start_char) if len(ent) == 1 and place(text) is None else None
            if person is not None:  # `Assange` typed ORG where the article names Julian Assange
                person.add(_name(ent, text), sentences[ent.start], _subject(ent), _minor(ent))
                continue
            spelled, label = expansions.get(text, (text, ent.label_))
            canon = self.canonicalizer.canonical(spelled, label)
            by_id.setdefault(canon.id, Cluster(canon)).add(_name(ent, text), sentences[ent.start], _subject(ent), _minor(ent))
        return list(by_id.values())

    # --- referring phrases -------------------------------------------------------------

    def _apposition(self, doc: Doc, phrase: Phrase, clusters: list[Cluster], sentences: dict[int, int]) -> bool:
        """A role phrase right before a person's name describes that person."""
        j = phrase.end
        if j < len(doc) and doc[j].lower_ in {"de", "des", "du", "d'", "d’"}:
            j = next((t.i for t in doc[j:min(len(doc), j + 6)] if t.text == ","), j)  # `L'avocat des livreurs, Me X`
        if j < len(doc) and doc[j].text == ",":
            j += 1  # `Son avocat, Me Thomas Guérin,`
        while j < len(doc) and doc[j].lower_ in roles.HONORIFICS:
            j += 1
        if j >= len(doc) or doc[j].ent_type_ != "PER" or doc[j].ent_iob_ != "B":
            return False
        start = doc[j].idx
        for cluster in clusters:
            if cluster.canon.type == "PER" and any(m.start == start and m.kind == "name" for m in cluster.mentions):
                cluster.add(Mention(phrase.start_char, phrase.end_char, phrase.text, "nominal"), sentences[phrase.start], phrase.is_subject)
                _bind(cluster, phrase)
                if phrase.gender and cluster.gender is None:
                    cluster.gender = phrase.gender
                return True
        return False

    def _resolve(self, phrase: Phrase, clusters: list[Cluster], sentence: int, date: str | None) -> Cluster | None:
        if phrase.kind == "class":
            return _organisation(phrase, clusters)
        if phrase.kind == "role":
            bound = next((c for c in clusters if phrase.key in c.roles or _office(phrase) in c.roles), None)
            if bound is not None:
                return bound
            held = self._holder(phrase, clusters, date)
            if held is not None or phrase.role == "homologue":
                return held
        return _salient(phrase, clusters, sentence)

    def _holder(self, phrase: Phrase, clusters: list[Cluster], date: str | None) -> Cluster | None:
        """The person who held the office on the article's date, per the knowledge base."""
        office = roles.ROLE_OFFICE.get(phrase.role or "")
        if self.kb is None or office is None or phrase.country is None:
            return None
        entry = self.kb.holder(office, phrase.country, date)
        if entry is None:
            return None
        for cluster in clusters:
            if cluster.canon.kb_id == entry.qid or name_key(cluster.canon.name) == name_key(entry.name):
                return cluster
        cluster = Cluster(Canon(entry.name, "PER", entry.qid), gender=phrase.gender)
        clusters.append(cluster)
        return cluster


def _acronyms(doc: Doc) -> dict[str, tuple[str, str]]:
    """`l'ALN (Armée de Libération Nationale)` or `le Bureau d'enquêtes et d'analyses (BEA)`: each
    acronym the article spells out (and its full name) mapped to the full name and the type, so
    both are one entity named in full."""
    found: dict[str, tuple[str, str]] = {}
    labels = {span_text(e): e.label_ for e in doc.ents}
    for ent in doc.ents:
        if ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
            continue
        close = next((t.i for t in doc[ent.end + 1:min(len(doc), ent.end + 12)] if t.text == ")"), None)
        if close is None:
            continue
        inner = doc[ent.end + 1:close].text
        for short, long in ((ent.text, inner), (inner, ent.text)):
            if is_acronym_of(short, long, roles.ACRONYM_SKIPS):
                label = "ORG" if "ORG" in (labels.get(short), labels.get(long)) else labels.get(long, ent.label_)
                found[short] = found[long] = (long, label)
    return found


def _name(ent: Span, text: str) -> Mention:
    return Mention(ent.start_char, ent.end_char, text, "name")


def _subject(ent: Span) -> bool:
    return any(t.dep_.startswith("nsubj") for t in ent)


def _minor(ent: Span) -> bool:
    """A name that only completes a noun (`l'absence de Karim Benzema`) is a weak antecedent for a pronoun."""
    root = ent.root
    return root.dep_.startswith("nmod") and root.head.pos_ == "NOUN"


def _person_match(words: list[str], full: list[tuple[list[str], Cluster]], at: int = 0) -> Cluster | None:
    """The cluster of a fuller form of the same name: `Trump` -> `Donald Trump`; between two
    (`Obama` after Barack and Michelle Obama) the one named last before `at`."""
    for other, cluster in full:
        if words == other:
            return cluster
    found = [c for other, c in full if len(words) <= len(other) and words[-1] == other[-1] and all(_compatible(w, other) for w in words)]
    if not found and len(words) == 1:
        found = [c for other, c in full if words[0] in other]
    if len(found) <= 1:
        return found[0] if found else None
    return max(found, key=lambda c: _last_before(c, at))


def _last_before(cluster: Cluster, at: int) -> int:
    """Where a cluster was last named before `at`; when it was not, negative (the earlier first named, the higher)."""
    starts = [m.start for m in cluster.mentions]
    before = [s for s in starts if s < at]
    return max(before) if before else -1 - min(starts, default=0)


def _compatible(word: str, other: list[str]) -> bool:
    """A word of a shorter form found in the fuller one, or an initial of one of its words (`B.` for Barack)."""
    return word in other or (len(word) <= 2 and any(o.startswith(word) for o in other))


def _gender_of_name(name: str) -> str | None:
    """The grammatical gender a full name suggests (first-name lists, then its ending); None for one word."""
    return {"f": "Fem", "m": "Masc"}.get(speech.gender_of_name(name))


def _office(phrase: Phrase) -> tuple[str, str] | None:
    office = roles.ROLE_OFFICE.get(phrase.role or "")
    return (office, phrase.country) if office and phrase.country else None


def _bind(cluster: Cluster, phrase: Phrase) -> None:
    if phrase.kind != "role":
        return
    cluster.roles.add(phrase.key)
    if _office(phrase):
        cluster.roles.add(_office(phrase))


def _outside(found: list[Phrase], names: list[tuple[int, int]]) -> list[Phrase]:
    """Phrases that are not inside a name span."""
    return [p for p in found if not any(a <= p.start_char and p.end_char <= b for a, b in names)]


def _organisation(phrase: Phrase, clusters: list[Cluster]) -> Cluster | None:
    """The organisation a class noun names: `l'alliance` -> OTAN (`Alliance atlantique`)."""
    best: tuple[int, Cluster] | None = None
    for cluster in clusters:
        if cluster.canon.type != "ORG" or not _has_class(cluster.canon.name, phrase.key):
            continue
        before = [m.start for m in cluster.mentions if m.start < phrase.start_char]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), cluster)
    return best[1] if best else None


def _has_class(name: str, noun: str) -> bool:
    return noun in _class_words(name)


@lru_cache(maxsize=4096)
def _class_words(name: str) -> frozenset[str]:
    """The words of an organisation's name and of its known variants (`alliance` for OTAN)."""
    forms = [form for form, (canonical, _) in VARIANTS.items() if canonical == name] + [name_key(name)]
    return frozenset(word for form in forms for word in form.split())


def _salient(phrase: Phrase, clusters: list[Cluster], sentence: int) -> Cluster | None:
    """The most salient compatible person. A pronoun takes the nearest (its closest mention, a
    subject a little more); an epithet or role phrase the topic (mentions add up, subjects twice)."""
    recency = phrase.kind == "pronoun"
    subject_weight = 1.5 if recency else 2.0
    best: tuple[float, Cluster] | None = None
    for cluster in clusters:
        if cluster.canon.type != "PER" or phrase.number != "Sing":
            continue
        if phrase.gender and cluster.gender and phrase.gender != cluster.gender:
            continue
        if phrase.kind == "role" and _office(phrase) is not None and any(
            isinstance(r, tuple) and r[0] == _office(phrase)[0] and r != _office(phrase) for r in cluster.roles  # type: ignore[index]
        ):
            continue
        weights = [
            (subject_weight if subject else 0.5 if recency and start in cluster.minor else 1.0) * _DECAY ** (sentence - sent)
            for start, sent, subject in cluster.anchors
            if start < phrase.start_char and sentence - sent <= _MAX_DISTANCE
        ]
        score = max(weights, default=0.0) if recency else sum(weights)
        if score > 0 and (best is None or score > best[0]):
            best = (score, cluster)
    return best[1] if best else None
