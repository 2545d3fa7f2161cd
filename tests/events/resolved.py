"""Run the event and stance components on a doc whose entities come from gold coreference.

This isolates events and stances from in-article entity resolution (another component):
every variant the gold lists for an entity, and every subject `il`, become its mentions.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from veille.ids import entity_id
from veille.model import Article, Entity, Mention

OURS = ("veille_events", "veille_stances")


def gold_entities(doc: Doc, gold: dict[str, Any], pronoun_owner: str | None) -> list[Entity]:
    """Entities whose mentions are every occurrence of the gold's coreference variants."""
    kinds = {n: "PER" for n in gold.get("persons", [])}
    kinds.update({n: "ORG" for n in gold.get("organizations", [])})
    kinds.update({n: "LOC" for n in gold.get("locations", [])})
    chains = {name: list(variants) for name, variants in gold.get("coreference", {}).items()}
    for name in kinds:
        chains.setdefault(name, [name])
    taken: list[tuple[int, int]] = []
    entities: list[Entity] = []
    for name, variants in sorted(chains.items(), key=lambda kv: -max(len(v) for v in kv[1])):
        kind = kinds.get(name, "MISC")
        entity = Entity(entity_id(kind, name), name, kind)
        for variant in sorted(variants, key=len, reverse=True):
            pattern = re.compile(r"(?<!\w)" + "[" + variant[0].upper() + variant[0].lower() + "]" + re.escape(variant[1:]) + r"(?!\w)")
            for match in pattern.finditer(doc.text):
                if not any(match.start() < e and s < match.end() for s, e in taken):
                    taken.append((match.start(), match.end()))
                    entity.mentions.append(Mention(match.start(), match.end(), match.group(), "name"))
        if pronoun_owner == name:
            for token in doc:
                if token.lower_ == "il" and token.dep_ in ("nsubj", "nsubj:pass"):
                    entity.mentions.append(Mention(token.idx, token.idx + 2, token.text, "pronoun"))
        entities.append(entity)
    return entities


def analyse_resolved(nlp: Language, article: Article, gold: dict[str, Any], pronoun_owner: str | None) -> Doc:
    """The doc after the model, gold entities, then the events and stances components."""
    doc = nlp.make_doc(article.text)
    doc._.article = article
    for name, component in nlp.pipeline:
        if name == OURS[0]:
            doc._.entities = gold_entities(doc, gold, pronoun_owner)
        if name in OURS or not name.startswith("veille_"):
            doc = component(doc)
    return doc
