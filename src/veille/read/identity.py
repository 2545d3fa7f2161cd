"""What makes an article itself: its language, its stable id and its near-duplicate fingerprint."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from veille.ids import article_id, normalise_for_id

NUM_PERM = 64
SHINGLE = 3
#: datasketch's default hashing scheme, named because permutations can only be passed with it.
_SCHEME = "affine32"
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (offline, py3langid), or None if unsure."""
    sample = text[:5000]
    if len(_WORD.findall(sample)) < 3:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None


@lru_cache(maxsize=1)
def _permutations():  # type: ignore[no-untyped-def]
    """The seeded MinHash permutations, drawn once: datasketch draws them again for every MinHash."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations


def fingerprint(text: str) -> str:
    """A MinHash of word 3-shingles, as hex: close texts have close fingerprints."""
    words = _WORD.findall(normalise_for_id(text))
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=_SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64).tobytes().hex()


def similarity(fingerprint_a: str, fingerprint_b: str) -> float:
    """Estimated Jaccard similarity of two articles from their fingerprints."""
    a = np.frombuffer(bytes.fromhex(fingerprint_a), dtype=np.uint64)
    b = np.frombuffer(bytes.fromhex(fingerprint_b), dtype=np.uint64)
    return float(np.mean(a == b))


__all__ = ["article_id", "detect_language", "fingerprint", "similarity"]
