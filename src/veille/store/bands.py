"""The near-duplicate band index of an ingest: LSH band key -> the first article holding it, compactly.

A dict of Python ints costs ~90 bytes a band key, 16 keys an article (~1.4 KB): the ingest
process grew with the corpus. Here the keys live in two sorted numpy arrays (8 bytes a key,
4 bytes for the article's number), with the latest additions in a small dict merged in
from time to time; article ids are kept once, in a list, by number. Same answers as the dict.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from veille.read.identity import fingerprint_values

#: Additions kept in the dict before they are merged into the arrays (at least; grows with the index).
MERGE_EVERY = 4096


class BandIndex:
    """Band key -> the first article id stored with it (`setdefault` semantics), exact."""

    def __init__(self, rows: Iterable[tuple[int, str]] = ()) -> None:
        self._ids: list[str] = []
        self._keys = np.empty(0, dtype=np.uint64)
        self._values = np.empty(0, dtype=np.int32)
        self._recent: dict[int, int] = {}
        numbers: dict[str, int] = {}
        for key, article_id in rows:
            if article_id not in numbers:
                numbers[article_id] = len(self._ids)
                self._ids.append(article_id)
            self._recent.setdefault(key, numbers[article_id])
        self._merge()

    @classmethod
    def from_arrays(cls, keys: np.ndarray, article_ids: np.ndarray) -> BandIndex:
        """The index of distinct band keys and their article ids, as columns (no Python object a row)."""
        index = cls()
        if len(keys):
            names, numbers = np.unique(np.asarray(article_ids, dtype=object), return_inverse=True)
            order = np.argsort(keys)
            index._ids = [str(name) for name in names]
            index._keys = np.asarray(keys, dtype=np.uint64)[order]
            index._values = numbers.astype(np.int32)[order]
        return index

    def __len__(self) -> int:
        return len(self._keys) + len(self._recent)

    def get(self, key: int) -> str | None:
        """The article first stored with this band key, or None."""
        number = self._recent.get(key)
        if number is None:
            at = int(np.searchsorted(self._keys, np.uint64(key)))
            if at == len(self._keys) or int(self._keys[at]) != key:
                return None
            number = int(self._values[at])
        return self._ids[number]

    def setdefault(self, key: int, article_id: str) -> None:
        """Remember the article for this band key unless an earlier one holds it."""
        if self.get(key) is not None:
            return
        self._recent[key] = self._number(article_id)
        if len(self._recent) >= max(MERGE_EVERY, len(self._keys) // 32):
            self._merge()

    def _number(self, article_id: str) -> int:
        """The article's number: the last one when it was just added (ingests add an article's bands together)."""
        if self._ids and self._ids[-1] == article_id:
            return len(self._ids) - 1
        self._ids.append(article_id)
        return len(self._ids) - 1

    def _merge(self) -> None:
        if not self._recent:
            return
        keys = np.fromiter(self._recent.keys(), dtype=np.uint64, count=len(self._recent))
        values = np.fromiter(self._recent.values(), dtype=np.int32, count=len(self._recent))
        order = np.argsort(keys)
        keys, values = keys[order], values[order]
        at = np.searchsorted(self._keys, keys)
        self._keys = np.insert(self._keys, at, keys)
        self._values = np.insert(self._values, at, values)
        self._recent = {}


class FingerprintCache:
    """The fingerprints of the last `capacity` articles remembered, in one numpy block, oldest forgotten first.

    A dict of `bytes` (~0.65 KB a fingerprint, each a separate malloc chunk, the oldest freed as new
    ones come) fragmented the ingest process's heap: with 32,768 of them its glibc arena grew from 57 to
    130 MB over 30,000 articles while 65 MB were in use. Here a fingerprint is one row of 64 uint32
    (MinHash values are 32-bit) in a block allocated once; the dict holds only ids and row numbers.
    """

    def __init__(self, capacity: int, width: int = 64) -> None:
        self.capacity, self.width = capacity, width
        self._rows = np.zeros((capacity, width), dtype=np.uint32)  # pages are touched as rows are filled
        self._slots: dict[str, int] = {}  # article id -> row, or -1 - row when it has no fingerprint
        self._owners: list[str | None] = [None] * capacity
        self._next = 0

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._slots

    def __len__(self) -> int:
        return len(self._slots)

    def get(self, article_id: str) -> np.ndarray | None:
        """The remembered fingerprint's values (uint32), or None when the article has none (KeyError if not remembered)."""
        slot = self._slots[article_id]
        return self._rows[slot] if slot >= 0 else None

    def put(self, article_id: str, fingerprint: str | None) -> None:
        """Remember an article's fingerprint (hex of 64 uint64 values, as stored), forgetting the oldest if full."""
        values = fingerprint_values(fingerprint)
        if values is not None and (len(values) != self.width or int(values.max()) > 0xFFFF_FFFF):
            return  # not a 32-bit MinHash of this width: not kept, looked up again when needed
        old = self._slots.pop(article_id, None)
        row = self._next if old is None else (old if old >= 0 else -1 - old)
        if old is None:
            evicted = self._owners[row]
            if evicted is not None:
                del self._slots[evicted]
            self._owners[row] = article_id
            self._next = (self._next + 1) % self.capacity
        if values is None:
            self._slots[article_id] = -1 - row
        else:
            self._rows[row] = values
            self._slots[article_id] = row
