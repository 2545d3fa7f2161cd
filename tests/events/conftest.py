"""Shared fixtures of the event and stance tests: the pipeline and the seed, loaded once."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus/seed/2025-10-22-trump-otan.txt"
SEED_GOLD = ROOT / "gold/seed/2025-10-22-trump-otan.json"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp() -> Language:
    from veille.analyze import pipeline

    return pipeline.get("fr")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_resolved(nlp: Language, seed_gold: dict[str, Any]):  # type: ignore[no-untyped-def]
    """The seed's doc with entities from the gold coreference (and subject `il` as Trump)."""
    from resolved import analyse_resolved

    from veille.read import read_paths

    article = next(iter(read_paths([str(SEED)])))
    return analyse_resolved(nlp, article, seed_gold, "Donald Trump")


@pytest.fixture(scope="session")
def seed_analysis(nlp: Language):  # type: ignore[no-untyped-def]
    from veille.api import analyze

    return analyze(SEED)
