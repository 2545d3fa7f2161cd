"""The seed article: eight quotes with their speakers, two indirect quotes, one epithet."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.api import analyze
from veille.model import Analysis

SEED = Path(__file__).parents[2] / "corpus/seed/2025-10-22-trump-otan.txt"
EXPECTED = {
    "en deux semaines": "Donald Trump",
    "Je ne veux pas d'ungâchis en guise de rencontre": "Donald Trump",
    "compréhension": "Donald Trump",
    "Dès que la question des missiles à longue portée s'est éloignée pour nous, la Russie s'est soudain montrée nettement moins intéressée par la diplomatie": "Volodimir Zelensky",
    "dépassée": "Donald Trump",
    "questions actuelles de politique de sécurité": "Maison Blanche",
    "malentendus": "Dmitri Peskov",
    "cirque d'informations": "Maria Zakharova",
}


@pytest.fixture(scope="module")
def seed(nlp: object) -> Analysis:
    return analyze(SEED)


def test_eight_quotes_have_their_speakers(seed: Analysis) -> None:
    found = {q.text: q for q in seed.quotes if q.kind != "indirect"}
    for text, speaker in EXPECTED.items():
        assert text in found, f"missing quote {text!r}"
        assert found[text].speaker is not None and speaker in found[text].speaker.name, (text, found[text].speaker)


def test_offsets_are_the_truth(seed: Analysis) -> None:
    for quote in seed.quotes:
        assert seed.text[quote.start:quote.end] == quote.text
        if quote.speaker and quote.speaker.mention:
            m = quote.speaker.mention
            assert seed.text[m.start:m.end] == m.text
        if quote.cue:
            assert seed.text[quote.cue.start:quote.cue.end] == quote.cue.text


def test_two_indirect_quotes(seed: Analysis) -> None:
    indirect = {q.text: q.speaker.name for q in seed.quotes if q.kind == "indirect" and q.speaker}
    assert indirect.get("qu'une rencontre avec Vladimir Poutine était imminente") == "Donald Trump"
    rubio = [t for t, s in indirect.items() if t.startswith("que la Russie ne reviendrait") and s == "Marco Rubio"]
    assert rubio, indirect


def test_epithet_is_no_quote(seed: Analysis) -> None:
    assert not [q for q in seed.quotes if "faiseur de deals" in q.text]


def test_partial_quotes_are_partial(seed: Analysis) -> None:
    kinds = {q.text: q.kind for q in seed.quotes}
    assert kinds["dépassée"] == "partial"
    assert kinds["Je ne veux pas d'ungâchis en guise de rencontre"] == "direct"
