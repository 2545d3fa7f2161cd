"""The seed article: its five gold events and both stance shifts."""

from __future__ import annotations

from veille.model import Event
from veille.timeline import StanceRecord, stance_series


def _find(events: list[Event], kind: str, *participants: str) -> Event:
    for event in events:
        found = set(event.actors) | set(event.recipients)
        if event.type == kind and set(participants) <= found:
            return event
    raise AssertionError(f"no {kind} event with {participants}: {[(e.type, e.actors, e.recipients) for e in events]}")


def test_seed_events_with_resolved_entities(seed_resolved) -> None:  # type: ignore[no-untyped-def]
    events = seed_resolved._.events
    summit = _find(events, "CONSULT", "per:donald-trump", "per:vladimir-poutine")
    assert summit.status == "cancelled"
    assert summit.location == "loc:budapest"
    assert seed_resolved.text[summit.evidence.start:summit.evidence.end].startswith("Le sommet a donc été annulé")
    phone = _find(events, "CONSULT", "per:marco-rubio", "per:serguei-lavrov")
    assert phone.mode == "phone" and phone.actors == ["per:marco-rubio"]
    host = _find(events, "CONSULT", "per:donald-trump", "per:mark-rutte")
    assert (host.mode, host.date, host.trigger.text) == ("host", "2025-10-22", "reçoive")
    request = _find(events, "REQUEST", "org:kremlin", "loc:ukraine")
    assert request.actors == ["org:kremlin"]
    threat = _find(events, "THREATEN", "per:donald-trump", "org:otan")
    assert threat.recipients == ["org:otan"]


def test_seed_offsets_are_the_truth(seed_resolved) -> None:  # type: ignore[no-untyped-def]
    text = seed_resolved.text
    for event in seed_resolved._.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert event.evidence.start <= event.trigger.start < event.evidence.end
        assert "\n" not in text[event.evidence.start:event.evidence.end]
    for stance in seed_resolved._.stances:
        assert -1 <= stance.polarity <= 1
        assert "\n" not in text[stance.evidence.start:stance.evidence.end]


def _series(doc, holder: str, target: str):  # type: ignore[no-untyped-def]
    records = [StanceRecord("2025-10-22", s, doc.text[s.evidence.start:s.evidence.end], "seed")
               for s in doc._.stances]
    return stance_series(records, holder, target)


def test_seed_stance_shifts_with_resolved_entities(seed_resolved) -> None:  # type: ignore[no-untyped-def]
    otan = _series(seed_resolved, "per:donald-trump", "org:otan")
    assert [c.direction for c in otan.changes] == ["warming"]
    earlier = [p for p in otan.points if p.before == "2025-10-22"]
    assert any("raillée" in p.evidence for p in earlier) and all(p.polarity < 0 for p in earlier)
    assert any("se rapprocher de l'OTAN" in p.evidence and p.date == "2025-10-22" for p in otan.points)
    poutine = _series(seed_resolved, "per:donald-trump", "per:vladimir-poutine")
    assert [c.direction for c in poutine.changes] == ["cooling"]
    assert poutine.points[0].polarity > 0 and "faire la paix" in poutine.points[0].evidence
    assert any("mène en bateau" in p.evidence for p in poutine.points[1:])


def test_seed_with_the_real_pipeline(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    """The five gold events and both stance shifts, through `veille.analyze` end to end."""
    events = seed_analysis.events
    summit = _find(events, "CONSULT", "per:donald-trump", "per:vladimir-poutine")
    assert summit.status == "cancelled" and summit.trigger.text == "sommet"
    assert _find(events, "CONSULT", "per:marco-rubio", "per:serguei-lavrov").mode == "phone"
    host = _find(events, "CONSULT", "per:donald-trump", "per:mark-rutte")
    assert (host.mode, host.date) == ("host", "2025-10-22")
    assert _find(events, "REQUEST", "org:kremlin", "loc:ukraine").status == "reported"
    assert _find(events, "THREATEN", "per:donald-trump", "org:otan")
    records = [StanceRecord("2025-10-22", s, "", "seed") for s in seed_analysis.stances]
    assert [c.direction for c in stance_series(records, "per:donald-trump", "org:otan").changes] == ["warming"]
    assert [c.direction for c in stance_series(records, "per:donald-trump", "per:vladimir-poutine").changes] == ["cooling"]
