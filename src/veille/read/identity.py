"""What makes an article itself: its language, its stable id and its near-duplicate fingerprint.

Both are computed for every article read, in the ingest's own process, so they are written for
speed but give exactly what the libraries they stand for give: the language is py3langid's
answer (its byte automaton walked with numpy instead of a Python loop), the fingerprint is
datasketch's MinHash (`affine32`, seed 1) of the same shingles, computed in one numpy step.
tests/read/test_identity.py holds both to their libraries on the corpus and on edge cases.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from itertools import islice

import numpy as np
from datasketch import MinHash
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from veille.ids import article_id, make_id, normalise_for_id

NUM_PERM = 64
SHINGLE = 3
#: datasketch's default hashing scheme, named because permutations can only be passed with it.
_SCHEME = "affine32"
_WORD = re.compile(r"\w+")
#: The MurmurHash3 32-bit finalizer datasketch applies to each hash before the permutations.
_FMIX = tuple(np.uint32(v) for v in (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16))


class _Identifier(LanguageIdentifier):
    """py3langid's identifier with its feature count done by numpy: same features, same order, same scores.

    The model is a byte automaton whose state after any byte depends only on the last `depth`
    bytes (its trie is `depth` deep), so every position's state is found by walking `depth`
    bytes from the start state, all positions at once. Features are then counted in the order
    of their first occurrence, as py3langid's Counter does, so its float sums are the same.
    """

    __slots__ = ("_moves", "_rows", "_features", "_depth")

    def prepare(self) -> None:
        """Arrays of the automaton, and its depth (the longest path from the start state to a new state)."""
        self._moves = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")  # shares py3langid's array
        self._rows = np.asarray(self._rowbase, dtype=np.int64)
        self._features = np.asarray(self.tk_output, dtype=np.int64)
        self._depth = _depth(self._moves, self._rows)

    def _raw_score(self, text: bytes) -> np.ndarray:  # type: ignore[override]
        """py3langid's raw scores (log1p of the feature counts times the model's table)."""
        data = np.frombuffer(text, dtype=np.uint8)
        size = len(data)
        states = np.zeros(size, dtype=np.int64)
        for back in range(min(self._depth, size) - 1, -1, -1):  # position i reads bytes i-depth+1 .. i
            states[back:] = self._moves[self._rows[states[back:]] + data[: size - back]]
        found = self._features[states]
        found = found[found >= 0]
        if not len(found):
            return super()._raw_score(b"")  # type: ignore[no-any-return]
        order = np.argsort(found, kind="stable")
        ranked = found[order]
        starts = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
        counts = np.diff(np.append(starts, len(ranked)))
        by_first = np.argsort(order[starts])
        features = ranked[starts][by_first].astype(np.intp)
        weights = np.log1p(counts[by_first].astype(np.float32))
        return weights @ self.nb_ptc[features] + self.nb_pc  # type: ignore[no-any-return]


def _depth(moves: np.ndarray, rows: np.ndarray) -> int:
    """How many bytes decide the automaton's state: the breadth-first depth of its deepest state."""
    seen = np.zeros(len(rows), dtype=bool)
    seen[0] = True
    frontier, depth, every_byte = np.array([0]), 0, np.arange(256)
    while len(frontier):
        fresh = []
        for start in range(0, len(frontier), 1024):
            reached = moves[(rows[frontier[start:start + 1024]][:, None] + every_byte).ravel()]
            new = np.unique(reached[~seen[reached]])
            seen[new] = True
            fresh.append(new)
        frontier = np.concatenate(fresh)
        depth += bool(len(frontier))
    return max(depth, 1)


@lru_cache(maxsize=1)
def _identifier() -> _Identifier:
    identifier = _Identifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.prepare()
    return identifier  # type: ignore[no-any-return]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (offline, py3langid), or None if unsure."""
    sample = text[:5000]
    if len(list(islice(_WORD.finditer(sample), 3))) < 3:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The seeded MinHash permutations, drawn once: datasketch draws them again for every MinHash."""
    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations
    return a, b


def fingerprint(text: str) -> str:
    """A MinHash of word 3-shingles, as hex: close texts have close fingerprints."""
    return _fingerprint_of(normalise_for_id(text))


def identify(text: str) -> tuple[str, str]:
    """The article id and the fingerprint of a text, normalised once for both."""
    normalised = normalise_for_id(text)
    return make_id(normalised), _fingerprint_of(normalised)


def _fingerprint_of(normalised: str) -> str:
    """datasketch's `MinHash.update_batch` over the shingles (sha1 of each, fmix32, min of a*h+b), in one numpy step."""
    words = _WORD.findall(normalised)
    if len(words) < SHINGLE:
        shingles = [" ".join(words)]
    else:  # a repeated shingle changes no minimum: no need to make them a set first
        shingles = [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])]
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s.encode("utf-8")).digest() for s in shingles])
    hashes = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)  # the first 4 bytes of each 20-byte digest
    s1, m1, s2, m2, s3 = _FMIX
    hashes ^= hashes >> s1
    hashes *= m1
    hashes ^= hashes >> s2
    hashes *= m2
    hashes ^= hashes >> s3
    a, b = _permutations()
    values = (hashes[:, None] * a + b).min(axis=0)
    return values.astype(np.uint64).tobytes().hex()


def fingerprint_values(fingerprint: str | None) -> np.ndarray | None:
    """The 64 MinHash values of a fingerprint as stored (hex), or None for an article without one."""
    return np.frombuffer(bytes.fromhex(fingerprint), dtype=np.uint64) if fingerprint else None


def similarity(fingerprint_a: str, fingerprint_b: str) -> float:
    """Estimated Jaccard similarity of two articles from their fingerprints."""
    return float(np.mean(fingerprint_values(fingerprint_a) == fingerprint_values(fingerprint_b)))


__all__ = ["article_id", "detect_language", "fingerprint", "fingerprint_values", "identify", "similarity"]
