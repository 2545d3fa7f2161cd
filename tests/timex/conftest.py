"""Fixtures of the timex tests: the French pipeline, loaded once per session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.analyze import pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The French pipeline with veille's components."""
    return pipeline.get("fr")
