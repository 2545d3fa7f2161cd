"""Entity identities that hold across a corpus: later articles join the entities earlier ones made.

An article that names only `Poutine` gets the id of `Vladimir Poutine` when the corpus
already knows exactly one person of that surname. Entities also join when their names
compare equal once accents, case and articles are set aside, or when both carry the same
knowledge-base id. Types are never crossed: `Washington` the city never joins George Washington.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from veille.model import Analysis, Entity
from veille.resolve.names import name_key


class CorpusResolver:
    """Remembers the canonical entities seen so far and maps new ones onto them."""

    def __init__(self) -> None:
        self.names: dict[str, tuple[str, str, str]] = {}
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        self._by_key: dict[tuple[str, str], str] = {}
        self._by_kb: dict[str, str] = {}

    def load(self, known: Iterable[tuple[str, str, str]]) -> None:
        """Remember entities already in the store: (id, canonical name, type)."""
        for entity_id, name, kind in known:
            self._remember(entity_id, name, kind)

    def resolve(self, analysis: Analysis) -> Analysis:
        """Rewrite the analysis' entity ids onto the corpus' canonical ones, then remember its entities."""
        mapping: dict[str, Entity] = {}
        for entity in analysis.entities:
            target = self._match(entity.id, entity.name, entity.type, entity.kb_id)
            if target is not None and target[0] != entity.id:
                mapping[entity.id] = Entity(target[0], target[1], target[2], entity.mentions, entity.kb_id)
        if mapping:
            rewrite(analysis, mapping)
        for entity in analysis.entities:
            self._remember(entity.id, entity.name, entity.type, entity.kb_id)
        return analysis

    def resolve_record(self, data: dict[str, Any]) -> dict[str, Any]:
        """`resolve` on the analysis format: the record itself when no id changes, else its rewritten copy.

        Most analyses keep their ids; they skip the trip through `Analysis` objects (~1 ms each).
        """
        entities = data.get("entities", [])
        for e in entities:
            target = self._match(e["id"], e["name"], e["type"], e.get("kb_id"))
            if target is not None and target[0] != e["id"]:
                return self.resolve(Analysis.from_dict(data)).to_dict()
        for e in entities:
            self._remember(e["id"], e["name"], e["type"], e.get("kb_id"))
        return data

    def _match(self, entity_id: str, name: str, kind: str, kb_id: str | None) -> tuple[str, str, str] | None:
        if entity_id in self.names:
            return self.names[entity_id]
        if kb_id and kb_id in self._by_kb:
            return self.names[self._by_kb[kb_id]]
        known = self._by_key.get((kind, name_key(name)))
        if known:
            return self.names[known]
        words = name_key(name).split()
        if kind == "PER" and len(words) == 1:
            candidates = self._by_surname.get(words[0], set())
            if len(candidates) == 1:
                return self.names[next(iter(candidates))]
        return None

    def _remember(self, entity_id: str, name: str, kind: str, kb_id: str | None = None) -> None:
        self.names.setdefault(entity_id, (entity_id, name, kind))
        self._by_key.setdefault((kind, name_key(name)), entity_id)
        if kb_id:
            self._by_kb.setdefault(kb_id, entity_id)
        words = name_key(name).split()
        if kind == "PER" and len(words) > 1:
            self._by_surname[words[-1]].add(entity_id)


def rewrite(analysis: Analysis, mapping: dict[str, Entity]) -> None:
    """Replace entity ids everywhere in an analysis, merging entities that become one."""
    merged: dict[str, Entity] = {}
    for entity in analysis.entities:
        new = mapping.get(entity.id, entity)
        if new.id in merged:
            merged[new.id].mentions.extend(entity.mentions)
            merged[new.id].mentions.sort(key=lambda m: m.start)
        else:
            merged[new.id] = Entity(new.id, new.name, new.type, list(entity.mentions), new.kb_id or entity.kb_id)
    analysis.entities = list(merged.values())
    ids = {old: new.id for old, new in mapping.items()}
    names = {old: new.name for old, new in mapping.items()}
    for quote in analysis.quotes:
        if quote.speaker and quote.speaker.entity in ids:
            quote.speaker.name = names[quote.speaker.entity]
            quote.speaker.entity = ids[quote.speaker.entity]
    for event in analysis.events:
        event.actors = [ids.get(a, a) for a in event.actors]
        event.recipients = [ids.get(r, r) for r in event.recipients]
        event.location = ids.get(event.location, event.location) if event.location else None
    for stance in analysis.stances:
        stance.holder = ids.get(stance.holder, stance.holder)
        stance.target = ids.get(stance.target, stance.target)
