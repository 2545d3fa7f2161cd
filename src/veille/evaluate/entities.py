"""Scores of entities: precision and recall of persons, organisations and places by canonical name,
and accuracy of in-article coreference against the gold's `coreference` field.

A gold name is found when an entity of the right type has it as its canonical name, as one of
its name mentions, or has the same canonical id (so `Etats-Unis` finds `États-Unis`). A
coreference item is right when every occurrence of the gold mention's text in the article is
covered, for at least half its length, by a mention of the entity that bears the gold name.
"""

from __future__ import annotations

import re

from veille.evaluate.counts import Counts
from veille.evaluate.gold import GoldArticle
from veille.model import Analysis, Entity
from veille.resolve.canonical import Canonicalizer
from veille.resolve.names import name_key

NAME = "entities"

_FIELDS = {"persons": "PER", "organizations": "ORG", "locations": "LOC"}
_CANON = Canonicalizer()


def score(gold: GoldArticle, analysis: Analysis) -> dict[str, Counts]:
    """Precision/recall per entity type, and coreference accuracy, for the fields the gold gives."""
    result: dict[str, Counts] = {}
    for field, kind in _FIELDS.items():
        if field in gold.data:
            result[field] = _names(list(gold.get(field) or []), [e for e in analysis.entities if e.type == kind], kind)
    if gold.get("coreference"):
        result["coreference"] = _coreference(gold.get("coreference"), analysis)
    return result


def find(name: str, entities: list[Entity], kind: str) -> Entity | None:
    """The entity that a gold name designates, if veille found it."""
    key, canon_id = name_key(name), _CANON.canonical(name, kind).id
    for entity in entities:
        if entity.type == kind and name_key(entity.name) == key:
            return entity
    for entity in entities:
        if entity.type != kind:
            continue
        if entity.id == canon_id or any(m.kind == "name" and name_key(m.text) == key for m in entity.mentions):
            return entity
    return None


def _names(expected: list[str], found: list[Entity], kind: str) -> Counts:
    counts = Counts()
    matched: set[str] = set()
    for name in expected:
        entity = find(name, found, kind)
        if entity is None:
            counts.miss(f"{kind} {name}")
        else:
            counts.hit()
            matched.add(entity.id)
    for entity in found:
        if entity.id not in matched and any(m.kind == "name" for m in entity.mentions):
            counts.spurious(f"{kind} {entity.name}")
    return counts


def _coreference(chains: dict[str, list[str]], analysis: Analysis) -> Counts:
    counts = Counts()
    for name, mentions in chains.items():
        entity = next((e for k in ("PER", "ORG", "LOC") if (e := find(name, analysis.entities, k))), None)
        for text in mentions:
            spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", analysis.text)]
            if not spots:
                counts.check(False, f"{name}: {text!r} does not occur in the article")
                continue
            for start in spots:
                ok = entity is not None and _covered(entity, start, start + len(text))
                counts.check(ok, f"{name}: {text!r} at {start} not in that entity")
    return counts


def _covered(entity: Entity, start: int, end: int) -> bool:
    return any(min(end, m.end) - max(start, m.start) >= (end - start) / 2 for m in entity.mentions)
