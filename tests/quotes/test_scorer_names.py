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
