"""The ingest's fingerprint cache: the values it was given, the oldest forgotten first, nothing else kept."""

from __future__ import annotations

import numpy as np
import pytest

from veille.read.identity import fingerprint
from veille.store.bands import FingerprintCache
from veille.store.ingest import steady_heap


def test_cache_gives_back_the_stored_values_and_forgets_the_oldest() -> None:
    texts = [f"Article {n}: le conseil municipal de la ville {n} a voté le budget." for n in range(4)]
    prints = [fingerprint(t) for t in texts]
    cache = FingerprintCache(3)
    for n in range(3):
        cache.put(f"a{n}", prints[n])
    cache.put("none", None)  # evicts a0: the cache holds 3
    assert "a0" not in cache and len(cache) == 3
    assert cache.get("none") is None
    values = np.frombuffer(bytes.fromhex(prints[1]), dtype=np.uint64)
    assert np.array_equal(cache.get("a1"), values)
    cache.put("a1", prints[3])  # remembered again: same row, new values, nothing evicted
    assert len(cache) == 3 and np.array_equal(cache.get("a1"), np.frombuffer(bytes.fromhex(prints[3]), dtype=np.uint64))
    with pytest.raises(KeyError):
        cache.get("a0")


def test_values_beyond_32_bits_are_not_kept() -> None:
    cache = FingerprintCache(2)
    cache.put("big", (np.arange(64, dtype=np.uint64) << np.uint64(40)).tobytes().hex())
    assert "big" not in cache


def test_steady_heap_can_be_called_twice() -> None:
    steady_heap()
    steady_heap()
