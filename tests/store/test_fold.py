"""The search index's folding: the same as NFKD of the case-folded text without its combining marks."""

from __future__ import annotations

import random
import unicodedata

from veille.store.rows import fold, terms_of


def _reference(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_fold_is_nfkd_casefold_without_marks() -> None:
    assert fold("Élysée, ŒUVRE, straße, ﬁn, Ǆ") == _reference("Élysée, ŒUVRE, straße, ﬁn, Ǆ") == "elysee, œuvre, strasse, fin, dz"
    assert fold("한국") == _reference("한국") != "한국"  # Hangul syllables decompose into their letters
    rng = random.Random(4)
    marks = [chr(c) for c in range(0x300, 0x370)] + ["\u0323\u0301", "\u05b0"]
    pool = [chr(c) for c in range(32, 0x2000)] + [chr(c) for c in range(0xAC00, 0xAC20)] + marks
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(40))
        assert fold(text) == _reference(text), repr(text)


def test_terms_are_the_distinct_folded_words_without_stop_words() -> None:
    assert terms_of("Le Président a reçu le président à l'Élysée, à Paris.") == ["elysee", "paris", "president", "recu"]
