"""Quality gate: quote scores on the seed and the development gold may only go up."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.evaluate.runner import evaluate

ROOT = Path(__file__).parents[2]
#: Pinned at what was measured, rounded down by a hair (seed + gold/dev/quotes, 31 articles).
MINIMUM = {
    ("quotes@80", "f1"): 0.89,
    ("quotes@30", "f1"): 0.89,
    ("speaker", "recall"): 0.89,
    ("quote+speaker", "f1"): 0.79,
    ("not_quotes", "recall"): 0.80,
}


@pytest.mark.slow
def test_quote_scores_do_not_regress(nlp: object) -> None:
    report = evaluate([ROOT / "gold/seed", ROOT / "gold/dev/quotes"])
    scores = report.totals["quotes"]
    for (measure, which), minimum in MINIMUM.items():
        value = getattr(scores[measure], which)
        assert value >= minimum, f"{measure} {which} fell to {value:.3f} (pinned at {minimum})"
