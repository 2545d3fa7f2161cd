"""Reported speech introduced by its source (`selon`, `pour`, a closing incise) and speakers
found through the sentence or the nearest person: hand-made French articles."""

from __future__ import annotations

from pathlib import Path

from quote_cases import run, speakers
from support import ROOT

from veille.api import analyze


def test_selon_a_role_with_an_apposed_name_before_a_quote(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le physicien Pierre Durand a présenté les résultats.\n\n"
        "Selon le président du conseil du laboratoire, Michel Spiro, la découverte va permettre de poursuivre "
        "les recherches pendant des années : « Nous avons de quoi nous occuper jusqu'en 2030 ! »"))
    found = speakers(analysis)
    reported = [q for q in analysis.quotes if q.kind == "indirect"]
    assert [q.text for q in reported] == ["la découverte va permettre de poursuivre les recherches pendant des années"]
    assert found[reported[0].text] == "Michel Spiro"


def test_selon_a_report_gives_its_author_and_keeps_short_quoted_words(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Selon un rapport publié par l'INSEE sur « Les revenus des ménages », la crise a touché d'abord les plus pauvres.\n\n"
        "Selon l'agence Moody's, ces baisses suivent celle de la note du pays, de « A3 » à « Baa3 »."))
    reported = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert reported["la crise a touché d'abord les plus pauvres"] == "INSEE"
    assert any(text.startswith("ces baisses suivent") and text.endswith("« Baa3 »") for text in reported)


def test_pour_a_role_before_a_clause_is_reported_but_not_pour_an_opinion_on_words(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Quatre personnes ont été arrêtées à Bruxelles.\n\n"
        "Pour le procureur fédéral, plus de trois millions d'euros auraient été volés dans les banques.\n\n"
        "Pour lui, l'élite le juge « grossier »."))
    reported = [q.text for q in analysis.quotes if q.kind == "indirect"]
    assert reported == ["plus de trois millions d'euros auraient été volés dans les banques"]


def test_content_selon_a_name_with_its_title_after(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "L'ouragan a inondé les tunnels.\n\n"
        "Depuis sa mise en service il y a 108 ans, le métro n'avait jamais connu un pareil désastre, "
        "selon Joseph Lhota, le président de l'autorité des transports."))
    found = speakers(analysis)
    assert found == {"Depuis sa mise en service il y a 108 ans, le métro n'avait jamais connu un pareil désastre": "Joseph Lhota"}


def test_closing_incise_stays_in_its_paragraph_and_leur_direction_is_the_company(nlp: object) -> None:
    found = speakers(analyze(ROOT / "corpus/wikinews-fr-2012/45527.html"))
    content = "Les journalistes de France 24 sont maintenant en sécurité, sains et saufs, mais extrêmement choqués"
    assert found[content] == "France 24"


def test_a_partial_quote_goes_to_the_subject_of_its_sentence(nlp: object) -> None:
    found = speakers(analyze(ROOT / "corpus/wikinews-fr-2012/45674.html"))
    partial = next(text for text in found if text.startswith("procédé [de l'opposition] absolument choquant"))
    assert found[partial] == "Bruno Le Roux"
    assert found["Vous vous êtes assis sur le règlement de notre Assemblée !"] == "Christian Jacob"


def test_a_pronoun_goes_to_the_person_just_named_not_to_an_earlier_subject(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "François Brottes a demandé au président de la commission, Denis Baupin, une suspension. "
        "M. Baupin ayant accepté, la séance a été suspendue.\n\n"
        "Les députés de l'UMP ont protesté par la voix de Christian Jacob. "
        "Il a demandé un rappel au règlement. « On ne peut pas accepter un tel mépris de notre règlement. »"))
    assert speakers(analysis)["On ne peut pas accepter un tel mépris de notre règlement."] == "Christian Jacob"


def test_a_surname_goes_to_the_namesake_named_last(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Michelle Obama ouvrira la convention démocrate à Charlotte. "
        "Barack Obama s'adresse ce mardi à la foule dans l'Ohio.\n\n"
        "Pour Obama, « le problème est que tout le monde connaît déjà sa stratégie »."))
    assert speakers(analysis)["le problème est que tout le monde connaît déjà sa stratégie"] == "Barack Obama"
