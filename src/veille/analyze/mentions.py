"""Look-ups from text positions to the entities of a doc, shared by quotes, events and stances."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.analyze.export import model_entities
from veille.model import Entity, Mention


def entities_of(doc: Doc) -> list[Entity]:
    """The doc's resolved entities, or the model's own when no entity component ran."""
    if doc._.entities is None:
        doc._.entities = model_entities(doc)
    return doc._.entities  # type: ignore[no-any-return]


def entity_at(doc: Doc, start: int, end: int) -> tuple[Entity, Mention] | None:
    """The entity with a mention overlapping the character range, preferring the largest overlap."""
    best: tuple[int, Entity, Mention] | None = None
    for entity in entities_of(doc):
        for mention in entity.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, entity, mention)
    return (best[1], best[2]) if best else None
