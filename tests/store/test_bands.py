"""The compact band index answers exactly as the dict it replaced (first article stored with a key wins)."""

from __future__ import annotations

import random

import numpy as np

from veille.store import bands
from veille.store.bands import BandIndex


def test_band_index_matches_a_dict_through_merges(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bands, "MERGE_EVERY", 64)  # many merges into the sorted arrays
    rng = random.Random(3)
    stored = [(rng.getrandbits(63), f"old{i % 50}") for i in range(500)] + [(5, "old3")]
    expected = dict(stored)
    index = BandIndex(stored)
    for n in range(2000):  # 16 keys an article; a few keys (1..8) shared by many articles
        article = f"new{n}"
        for _ in range(16):
            key = rng.getrandbits(63) if rng.random() < 0.8 else rng.randint(1, 8)
            assert index.get(key) == expected.get(key)
            expected.setdefault(key, article)
            index.setdefault(key, article)
    assert len(index) == len(expected)
    assert all(index.get(key) == article for key, article in expected.items())
    assert index.get(2**62 + 12345) is None


def test_band_index_from_store_columns() -> None:
    keys = np.array([30, 10, 20, 2**63 - 1], dtype=np.uint64)
    ids = np.array(["b", "a", "b", "c"], dtype=object)
    index = BandIndex.from_arrays(keys, ids)
    assert [index.get(k) for k in (10, 20, 30, 2**63 - 1, 40)] == ["a", "b", "b", "c", None]
    empty = BandIndex.from_arrays(np.empty(0, dtype=np.uint64), np.empty(0, dtype=object))
    assert len(empty) == 0 and empty.get(10) is None
