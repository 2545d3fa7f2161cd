"""The quality gate: entity scores on the development gold may not fall below what was measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.api import analyze
from veille.evaluate.counts import Counts
from veille.evaluate.entities import score
from veille.evaluate.gold import load

DEV = Path(__file__).resolve().parents[2] / "gold" / "dev" / "entities"
#: (precision, recall) pins on the 25 dev articles. Since the headline is analysed with the text
#: (session 2), location recall rose (0.833 -> 0.889) and organisation precision fell by one false
#: positive (`Kapisa` typed ORG in a headline: 0.706 -> 0.698), so its pin moved from 0.70 to 0.69. In session 4 a name introduced as an organisation (`l'ONG X`,
#: `la compagnie régionale X`) became one: organisations 0.723/0.800 -> 0.726/0.813, persons 0.899 -> 0.908 precision.
PINS = {"persons": (0.90, 0.97), "organizations": (0.72, 0.81), "locations": (0.84, 0.88)}


@pytest.mark.slow
@pytest.mark.skipif(not any(DEV.glob("*.json")), reason="no development entity gold in this checkout")
def test_entity_scores_on_the_development_gold_hold() -> None:
    totals = {field: Counts() for field in PINS}
    for gold in load([DEV]):
        result = score(gold, analyze(gold.path))
        for field in PINS:
            if field in result:
                totals[field] += result[field]
    for field, (precision, recall) in PINS.items():
        assert totals[field].precision >= precision, (field, totals[field].precision)
        assert totals[field].recall >= recall, (field, totals[field].recall)
