"""Stance series over a corpus: ordering by the attitude's own date, change detection, PLOVER export."""

from __future__ import annotations

from veille.evaluate.events import score_events, same_entity
from veille.export_plover import plover_records
from veille.model import Analysis, Entity, Event, Evidence, Mention, Span, Stance
from veille.timeline import StanceRecord, stance_series


def _stance(polarity: float, date: str | None, before: str | None = None, target: str = "org:otan") -> Stance:
    return Stance("per:donald-trump", target, polarity, Evidence(0, 1), date, before)


def test_earlier_attitudes_sort_before_the_article_date_and_a_turn_is_found() -> None:
    records = [
        StanceRecord("2025-10-22", _stance(0.6, "2025-10-22"), "se rapprocher de l'OTAN", "a"),
        StanceRecord("2025-10-22", _stance(-0.8, None, "2025-10-22"), "raillée", "a"),
        StanceRecord("2019-12-03", _stance(-0.7, "2019-12-03"), "obsolète", "b"),
        ("2025-10-30", _stance(0.5, "2025-10-30"), "saluer", "c"),
        StanceRecord("2025-10-22", _stance(0.9, "2025-10-22", target="per:other"), "x", "a"),
    ]
    series = stance_series(records, "per:donald-trump", "org:otan")
    assert [p.evidence for p in series.points] == ["obsolète", "raillée", "se rapprocher de l'OTAN", "saluer"]
    (change,) = series.changes
    assert (change.index, change.direction, change.date) == (2, "warming", "2025-10-22")
    assert series.to_dict()["changes"][0]["direction"] == "warming"


def test_a_steady_stance_has_no_change() -> None:
    records = [StanceRecord(d, _stance(p, d), "e", "s") for d, p in
               [("2025-01-01", -0.6), ("2025-02-01", -0.8), ("2025-03-01", -0.5)]]
    assert stance_series(records, "per:donald-trump", "org:otan").changes == []


def _analysis() -> Analysis:
    text = "Barack Obama a reçu François Hollande jeudi."
    analysis = Analysis(id="x", source="t", text=text, date="2012-05-21")
    analysis.entities = [Entity("per:barack-obama", "Barack Obama", "PER", [Mention(0, 12, "Barack Obama")]),
                         Entity("per:hollande", "Hollande", "PER", [Mention(27, 35, "Hollande")])]
    analysis.events = [Event("CONSULT", "host", "reported", ["per:barack-obama"], ["per:hollande"],
                             Span(15, 19, "reçu"), Evidence(0, len(text)), None, "2012-05-24")]
    return analysis


def test_plover_record_fields() -> None:
    (record,) = plover_records(_analysis())
    assert record["event_type"] == "CONSULT" and record["mode"] == "host"
    assert record["actor"][0]["name"] == "Barack Obama" and record["recipient"][0]["id"] == "per:hollande"
    assert record["source_text"] == "Barack Obama a reçu François Hollande jeudi."
    assert record["event_date"] == "2012-05-24" and record["story_date"] == "2012-05-21"


def test_scorer_matches_by_evidence_and_names() -> None:
    gold = [{"type": "CONSULT", "actors": ["Barack Obama"], "target": "François Hollande", "status": "reported",
             "date": "2012-05-24", "trigger": "reçu", "evidence": "Barack Obama a reçu François Hollande"},
            {"type": "ASSAULT", "actors": ["X"], "evidence": "absent de l'article"}]
    counts = score_events(gold, _analysis())
    assert (counts["event"].tp, counts["event"].fn, counts["event"].fp) == (1, 1, 0)
    assert (counts["actors"].tp, counts["actors"].fn) == (2, 0)
    assert counts["date"].tp == 1 and counts["status"].tp == 1
    assert not same_entity("Barack Obama", "per:hollande", {"per:hollande": {"hollande"}})
