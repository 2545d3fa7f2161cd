"""Hand-made French articles for the edge cases: status, several events per sentence, zones."""

from __future__ import annotations

from veille.api import analyze


def _events(text: str):  # type: ignore[no-untyped-def]
    return analyze(text, date="2012-05-21").events


def test_negated_and_reported_events_in_one_article(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("Emmanuel Macron a rencontré Angela Merkel lundi. "
                     "Le président russe Vladimir Poutine n'a pas rencontré Barack Obama.")
    met = next(e for e in events if e.actors == ["per:emmanuel-macron"])
    assert (met.type, met.status, met.recipients, met.date) == ("CONSULT", "reported", ["per:angela-merkel"], "2012-05-21")
    snub = next(e for e in events if e.actors == ["per:vladimir-poutine"])
    assert (snub.status, snub.recipients) == ("negated", ["per:barack-obama"])


def test_hypothetical_and_planned_events_with_their_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("Si la Syrie attaque la Turquie, l'OTAN répondra. "
                     "Barack Obama recevra François Hollande jeudi à Washington.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert (attack.status, attack.actors, attack.recipients) == ("hypothetical", ["loc:syrie"], ["loc:turquie"])
    visit = next(e for e in events if e.type == "CONSULT")
    assert (visit.mode, visit.status, visit.date, visit.location) == ("host", "planned", "2012-05-24", "loc:washington")


def test_two_events_in_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("La police a arrêté Julian Assange et la Suède a demandé son extradition au Royaume-Uni.")
    kinds = {e.type: e for e in events}
    assert kinds["COERCE"].mode == "arrest" and "per:julian-assange" in kinds["COERCE"].recipients
    assert kinds["REQUEST"].actors == ["loc:suede"]


def test_cancelled_summit_between_two_countries(nlp) -> None:  # type: ignore[no-untyped-def]
    (summit,) = _events("Le sommet entre la Chine et le Japon a été annulé.")
    assert (summit.type, summit.status) == ("CONSULT", "cancelled")
    assert {"loc:chine"} <= set(summit.recipients)


def test_no_event_in_a_caption(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Le président a parlé aux journalistes ce matin.\n\n"
            "Barack Obama a rencontré François Hollande Photo: AFP\n\n"
            "Il a ensuite quitté la salle.")
    analysis = analyze(text, date="2012-05-21")
    captions = [(z.start, z.end) for z in analysis.zones if z.kind == "caption"]
    assert captions, "the reader should see a caption here"
    for event in analysis.events:
        assert not any(s <= event.trigger.start < e for s, e in captions)
