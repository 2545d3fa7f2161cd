"""Hand-made French articles for the attribution rules and the non-body zones."""

from __future__ import annotations

from pathlib import Path

from quote_cases import run, speakers
from veille.errors import Problem, message


def test_inverted_and_preceding_cues(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "La ministre Élisabeth Borne s'est exprimée mardi devant les députés.\n\n"
        "Le président Emmanuel Macron a déclaré : « Nous ne céderons rien. »\n\n"
        "« C'est intenable », a indiqué, cash, Élisabeth Borne.\n\n"
        "Selon Jean Dupont, « la réforme passera ».")))
    assert found["Nous ne céderons rien."] == "Emmanuel Macron"
    assert found["C'est intenable"] == "Élisabeth Borne"
    assert found["la réforme passera"] == "Jean Dupont"


def test_negated_cue_gives_no_speaker_from_it(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, "Le ministre Paul Durand n'a jamais déclaré que la taxe serait supprimée.")
    assert not [q for q in analysis.quotes if q.kind == "indirect"]


def test_nickname_is_no_quote(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, "Le joueur, surnommé « le Magicien », a marqué deux buts samedi soir à Lyon.")
    assert analysis.quotes == []


def test_unbalanced_mark_warns_with_its_offset(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, "Il a dit « jamais fermé.\n\nMarie Curie a expliqué devant la presse : « Tout va bien. » Elle est partie.")
    offset = analysis.text.index("«")
    assert message(Problem.UNBALANCED_QUOTES, offset=offset) in analysis.warnings
    assert speakers(analysis)["Tout va bien."] == "Marie Curie"
