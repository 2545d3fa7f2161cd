"""The `veille_timex` component on real text: the seed, tense from the model, no date, gold gate."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from veille.analyze.runner import analyze_articles
from veille.analyze.timex import timex_for
from veille.evaluate.runner import evaluate
from veille.read import read_file, read_string

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus/seed/2025-10-22-trump-otan.txt"


def analysed(text: str, date: str | None):  # type: ignore[no-untyped-def]
    article = read_string(text, date=date)
    return next(analyze_articles([article]))  # type: ignore[list-item]


def test_every_seed_gold_timex_has_its_value(nlp: Language) -> None:
    gold = json.loads((ROOT / "gold/seed/2025-10-22-trump-otan.json").read_text(encoding="utf-8"))
    article = next(read_file(str(SEED)))
    analysis = next(analyze_articles([article]))  # type: ignore[list-item]
    found = {(t.text, t.value) for t in analysis.timexes}
    for item in gold["timexes"]:
        assert (item["text"], item["value"]) in found, item
    for timex in analysis.timexes:
        assert analysis.text[timex.start:timex.end] == timex.text


def test_weekday_follows_the_tense_of_its_verb(nlp: Language) -> None:
    future = analysed("Le président recevra jeudi le ministre des Affaires étrangères.", "2025-10-22")
    past = analysed("Le président a reçu lundi le ministre des Affaires étrangères.", "2025-10-22")
    modal = analysed("Le président doit rencontrer vendredi son homologue.", "2025-10-22")
    assert [(t.text, t.value) for t in future.timexes] == [("jeudi", "2025-10-23")]
    assert [(t.text, t.value) for t in past.timexes] == [("lundi", "2025-10-20")]
    assert [(t.text, t.value) for t in modal.timexes] == [("vendredi", "2025-10-24")]


def test_demain_with_a_conditional_is_still_the_next_day(nlp: Language) -> None:
    analysis = analysed("Aujourd'hui, il utilise l'OTAN pour montrer sa force; demain, il pourrait la remettre en question.", "2025-10-22")
    assert [(t.text, t.value) for t in analysis.timexes] == [("Aujourd'hui", "2025-10-22"), ("demain", "2025-10-23")]


def test_without_a_date_relative_expressions_stay_unresolved(nlp: Language) -> None:
    analysis = analysed("Hier, le ministre a annoncé qu'il partirait mercredi. Il avait été élu le 3 octobre 2023.", None)
    values = {t.text: t.value for t in analysis.timexes}
    assert values == {"Hier": None, "mercredi": None, "le 3 octobre 2023": "2023-10-03"}


def test_timex_for_finds_the_date_of_a_sentence(nlp: Language) -> None:
    text = "Le ministre a démissionné hier. Il partira en vacances la semaine prochaine."
    article = read_string(text, date="2025-10-22")
    doc = nlp.make_doc(text)
    doc._.article = article
    doc = nlp(doc)
    start = text.index("démissionné")
    found = timex_for(doc, start, start + len("démissionné"))
    assert found is not None and found.value == "2025-10-21"
    start = text.index("partira")
    found = timex_for(doc, start, start + len("partira"))
    assert found is not None and found.value == "2025-W44"
    assert timex_for(doc, 0, 2) is not None and timex_for(doc, 0, 2).text == "hier"  # type: ignore[union-attr]


def test_quality_gate_on_the_dev_gold(nlp: Language) -> None:
    report = evaluate([ROOT / "gold/seed", ROOT / "gold/dev/timexes"])
    scores = report.totals["timexes"]
    assert scores["overlap"].f1 >= 0.98
    assert scores["span"].f1 >= 0.96
    assert scores["value"].recall >= 0.93
