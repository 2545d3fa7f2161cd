"""Quality gate: the events scorer on the seed and the development gold must not regress."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.evaluate.runner import evaluate

ROOT = Path(__file__).resolve().parents[2]
#: Pinned at the measured scores (dev gold of 22 Wikinews articles + the seed), rounded down.
PINS = {"event": (0.55, 0.48), "type": (0.44, 0.38), "status": (0.95, 0.85), "stance_shifts": (1.0, 1.0)}


@pytest.mark.slow
def test_events_gate(nlp) -> None:  # type: ignore[no-untyped-def]
    dirs = [ROOT / "gold/seed", ROOT / "gold/dev/events"]
    totals = evaluate([d for d in dirs if d.exists()]).totals["events"]
    for measure, (precision, recall) in PINS.items():
        counts = totals[measure]
        assert counts.precision >= precision and counts.recall >= recall, (measure, counts.precision, counts.recall)
