"""Fixtures of the entity tests (imported by the test modules): the seed analysis, a KB built from the excerpt."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from veille.api import analyze
from veille.model import Analysis
from veille.resolve.kb import build, starter_dump

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "seed" / "2025-10-22-trump-otan.txt"
SEED_GOLD = ROOT / "gold" / "seed" / "2025-10-22-trump-otan.json"


@pytest.fixture(scope="session")
def seed() -> Analysis:
    """The seed article, analysed once."""
    return analyze(SEED)


@pytest.fixture(scope="session")
def excerpt_gz(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Wikidata excerpt, gzipped like the real `latest-all.json.gz`."""
    path = tmp_path_factory.mktemp("dump") / "excerpt.json.gz"
    with open(starter_dump(), "rb") as source, gzip.open(path, "wb") as target:
        shutil.copyfileobj(source, target)
    return path


@pytest.fixture(scope="session")
def kb_file(excerpt_gz: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base built by the builder from the excerpt."""
    path = tmp_path_factory.mktemp("kb") / "kb.duckdb"
    build(excerpt_gz, path)
    return path


@pytest.fixture(scope="session")
def kb_nlp(kb_file: Path) -> Language:
    """A French pipeline whose resolution uses the built knowledge base."""
    import veille.analyze.coref  # noqa: F401
    import veille.analyze.entities  # noqa: F401
    from veille.analyze import extensions

    extensions.register()
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("veille_entities")
    nlp.add_pipe("veille_coref", config={"kb": str(kb_file)})
    return nlp
