"""Which tokens of a doc carry one of a few words, read from the doc's arrays.

Components look for rare words (event triggers, attitude verbs, pronouns, role nouns) in
every article. Walking `for token in doc` makes a Python `Token` per token and reads its
strings; here the doc's attribute array is compared once, and only the few distinct
strings of the doc are looked at, so that the Python work goes to the candidates alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc


@lru_cache(maxsize=64)
def _keys(words: frozenset[str]) -> np.ndarray:
    """The string-store keys of some words (the same in every vocab: they are hashes or symbol ids)."""
    return np.array(sorted(get_string_id(word) for word in words), dtype=np.uint64)


def lower_in(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose `lower_` is one of `words`, in order."""
    if not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array(LOWER), _keys(words))).tolist()  # type: ignore[no-any-return]


def lower_where(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose `lower_` passes `keep`, each distinct form tested once."""
    return _where(doc, LOWER, keep)


def lemma_where(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose `lemma_` passes `keep`, each distinct lemma tested once."""
    return _where(doc, LEMMA, keep)


def _where(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    if not len(doc):
        return []
    values = doc.to_array(attr)
    distinct, inverse = np.unique(values, return_inverse=True)
    strings = doc.vocab.strings
    passed = np.fromiter((keep(strings[int(key)]) for key in distinct), dtype=bool, count=len(distinct))
    return np.flatnonzero(passed[inverse]).tolist()  # type: ignore[no-any-return]
