"""Fixtures of the store tests: a small generated corpus with duplicates and a bad file, and its clean store."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from veille.store.db import Store
from veille.store.ingest import IngestOptions, ingest
from veille.store.synth import generate

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "seed" / "2025-10-22-trump-otan.txt"


def make_corpus(out: Path, count: int) -> Path:
    """`count` generated articles, plus an exact duplicate, a near duplicate and two unreadable files."""
    files = generate(out / "gen", count, per_article=2)
    shutil.copy(files[0], out / "copy-of-first.txt")
    text = files[1].read_text(encoding="utf-8")
    words = text.split(" ")
    words[len(words) // 2] = "mot-changé"
    (out / "near-second.txt").write_text(" ".join(words), encoding="utf-8")
    (out / "empty.txt").write_text("", encoding="utf-8")
    (out / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    return out


@pytest.fixture(scope="session", name="make_corpus")
def make_corpus_fixture() -> Callable[[Path, int], Path]:
    """The corpus maker, for tests that need a corpus of their own size."""
    return make_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small corpus: 40 generated articles and the problem files."""
    return make_corpus(tmp_path_factory.mktemp("corpus"), 40)


@pytest.fixture(scope="session")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The corpus and the seed article ingested in this process (the model loads once per session)."""
    db = Store(tmp_path_factory.mktemp("db") / "veille.duckdb")
    ingest(db, [corpus, SEED], IngestOptions(workers=0, batch_size=8))
    return db
