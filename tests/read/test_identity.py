"""The reader's fast language identification and MinHash give exactly what py3langid and datasketch give."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from veille.ids import normalise_for_id
from veille.model import Article
from veille.read import read_paths
from veille.read.identity import NUM_PERM, _identifier, _permutations, _WORD, detect_language, fingerprint, identify

ROOT = Path(__file__).resolve().parents[2]
HAND_MADE = [
    "", "a", "a b", "a b c", "Le", "L'OTAN", "THE QUICK BROWN FOX JUMPS", "ÉTÉ MEURTRIER À PARIS",
    "Donald Trump a reçu mercredi le secrétaire général de l'OTAN, Mark Rutte, à la Maison-Blanche.",
    "The president said on Wednesday that the summit was cancelled.",
    "Der Bundeskanzler hat am Mittwoch den Gipfel abgesagt.",
    "日本語のテキストです。" * 40, "x" * 6000, "İstanbul ſ K Σ σ ς « » ’", "- - - 12 34 56",
]


def _texts() -> list[str]:
    found = [a.text for a in read_paths([ROOT / "corpus", ROOT / "gold" / "dev" / "press"]) if isinstance(a, Article)]
    rng = random.Random(7)
    alphabet = "abcdeéèàçôïİıſKΣσς日本 \n\t-'’«»0123456789.,;"
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))) for _ in range(150)]
    return found + HAND_MADE + noise


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_language_scores_are_py3langids_to_the_bit(texts: list[str]) -> None:
    library = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ours = _identifier()
    assert len(texts) > 250
    for text in texts:
        sample = text[:5000]
        assert np.array_equal(ours._decide(sample), library._decide(sample)), sample[:80]
        assert ours.classify(sample) == library.classify(sample)


def test_languages_of_real_and_hand_made_texts() -> None:
    assert detect_language(HAND_MADE[8]) == "fr"
    assert detect_language(HAND_MADE[9]) == "en"
    assert detect_language(HAND_MADE[10]) == "de"
    assert detect_language("a b") is None  # fewer than three words: unsure


def _datasketch(text: str) -> str:
    words = _WORD.findall(normalise_for_id(text))
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme="affine32")
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64).tobytes().hex()


def test_fingerprints_are_datasketchs(texts: list[str]) -> None:
    for text in texts:
        assert fingerprint(text) == _datasketch(text), text[:80]


def test_identify_gives_the_id_and_fingerprint_of_the_same_normalised_text() -> None:
    from veille.ids import article_id

    text = HAND_MADE[8]
    assert identify(text) == (article_id(text), fingerprint(text))
    assert identify("  " + text.upper() + "\n") == identify(text)  # case and spacing do not make another article
