"""The French pipeline, loaded once for the quote tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.analyze import pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return pipeline.get("fr")
