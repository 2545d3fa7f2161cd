"""The quote scorer's entity-level speaker match: lenient on name forms, strict on people."""

from __future__ import annotations

from veille.evaluate.quotes import same_speaker
from veille.model import Quote, Speaker


def quote_by(name: str | None) -> Quote:
    return Quote("texte", 0, 5, "direct", Speaker(None, name) if name else None, None, 0.9)


def test_name_forms_and_acronyms_match_but_other_people_do_not() -> None:
    assert same_speaker("Barack Obama", quote_by("Obama"))
    assert same_speaker("B. Obama", quote_by("Barack Obama"))
    assert same_speaker("CGT", quote_by("Confédération générale du travail"))
    assert same_speaker("Bureau d'enquêtes et d'analyses", quote_by("BEA"))
    assert not same_speaker("Barack Obama", quote_by("Michelle Obama"))
    assert not same_speaker("CGT", quote_by("Confédération française démocratique du travail"))
    assert same_speaker(None, quote_by(None)) and not same_speaker("CGT", quote_by(None))


def test_quotation_mark_quotes_and_reported_speech_are_scored_apart() -> None:
    from pathlib import Path
    from types import SimpleNamespace

    from veille.evaluate.gold import GoldArticle
    from veille.evaluate.quotes import score

    text = "« Nous partirons », a dit Anne Roy. Paul Vidal a annoncé que le port fermerait. Il a ajouté que rien ne change."
    found = [
        Quote("Nous partirons", 2, 16, "direct", Speaker(None, "Paul Vidal"), None, 0.9),
        Quote("le port fermerait", 61, 78, "indirect", Speaker(None, "Paul Vidal"), None, 0.9),
    ]
    assert text[2:16] == "Nous partirons" and text[61:78] == "le port fermerait"
    gold = GoldArticle(Path("x"), {
        "quotes": [{"text": "Nous partirons", "speaker": "Anne Roy"}],
        "indirect_quotes": [{"content": "le port fermerait", "speaker": "Paul Vidal"},
                            {"content": "rien ne change", "speaker": "Paul Vidal"}],
    })
    scores = score(gold, SimpleNamespace(text=text, quotes=found))  # type: ignore[arg-type]
    assert (scores["marked@80"].tp, scores["marked@80"].fn) == (1, 0)
    assert (scores["indirect@80"].tp, scores["indirect@80"].fn) == (1, 1)
    assert scores["marked speaker"].accuracy == 0.0 and scores["indirect speaker"].accuracy == 1.0
    assert scores["speaker"].accuracy == 0.5
