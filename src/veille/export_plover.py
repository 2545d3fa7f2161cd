"""Events as PLOVER / POLECAT-style JSON records (`veille export events --format plover`).

Field names follow PLOVER: `event_type`, `mode`, `context`, `actor`, `recipient`,
`event_date`, `location`, `source_text` ... with veille's evidence offsets and status
kept alongside, so every record can be checked against its article. `context` is the
empty list: veille does not infer PLOVER contexts yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from veille.ids import make_id
from veille.model import Analysis, Entity, Event


def plover_records(analysis: Analysis) -> Iterator[dict[str, Any]]:
    """One PLOVER record per event of the analysis."""
    entities = {e.id: e for e in analysis.entities}
    for event in analysis.events:
        yield plover_record(analysis, event, entities)


def plover_record(analysis: Analysis, event: Event, entities: dict[str, Entity]) -> dict[str, Any]:
    """The PLOVER JSON of one event, with names, ids and the evidence text."""
    return {
        "id": make_id(analysis.id, event.trigger.start, event.type),
        "event_type": event.type,
        "mode": event.mode or "",
        "context": [],
        "status": event.status,
        "event_date": event.date,
        "story_date": analysis.date,
        "actor": [_party(entities, a) for a in event.actors],
        "recipient": [_party(entities, r) for r in event.recipients],
        "location": _party(entities, event.location) if event.location else None,
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "source_text": analysis.text[event.evidence.start:event.evidence.end],
        "evidence": {"start": event.evidence.start, "end": event.evidence.end},
        "story_id": analysis.id,
        "source": analysis.source,
        "language": analysis.language,
    }


def _party(entities: dict[str, Entity], entity_id: str) -> dict[str, Any]:
    entity = entities.get(entity_id)
    return {
        "id": entity_id,
        "name": entity.name if entity else entity_id,
        "type": entity.type if entity else None,
        "kb_id": entity.kb_id if entity else None,
    }
