"""Generated corpora for tests and benchmarks: new articles mixed from the paragraphs of the bundled texts.

Each generated article takes a few paragraphs drawn at random (seeded) from the bundled
corpus and a date, so that its text is new (no duplicate) while its language is real.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from veille.model import Article
from veille.read import read_paths

BUNDLED = Path(__file__).resolve().parents[3] / "corpus"


def paragraphs(corpus: Path = BUNDLED, min_chars: int = 80) -> list[str]:
    """The running-text paragraphs of the bundled articles, in a stable order."""
    found: list[str] = []
    for item in read_paths([corpus]):
        if isinstance(item, Article):
            found.extend(p.strip() for p in item.text.split("\n\n") if len(p.strip()) >= min_chars)
    return found


def generate(out: Path, count: int, *, per_article: int = 3, seed: int = 7, corpus: Path = BUNDLED) -> list[Path]:
    """Write `count` articles in the plain-text format (` date YYYY-MM-DD ` first) under `out`."""
    rng = random.Random(seed)
    pool = paragraphs(corpus)
    out.mkdir(parents=True, exist_ok=True)
    start = dt.date(2012, 1, 1)
    files = []
    for index in range(count):
        chosen = rng.sample(pool, per_article)
        date = start + dt.timedelta(days=rng.randrange(730))
        path = out / f"{index:06d}.txt"
        path.write_text(f" date {date.isoformat()} " + "\n\n".join(chosen) + "\n", encoding="utf-8")
        files.append(path)
    return files
