"""Shared fixtures: the seed's gold and the pipeline loaded once per session."""

from __future__ import annotations

import json
from typing import Any

import pytest
from support import SEED, SEED_GOLD


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from veille.analyze import pipeline

    return pipeline.get("fr")


@pytest.fixture(scope="session")
def seed_analysis(nlp):  # type: ignore[no-untyped-def]
    import veille

    return veille.analyze(SEED)
