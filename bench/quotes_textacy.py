"""Side by side on the same gold: veille's quotes and textacy's `direct_quotations` (0.13.0).

Usage: .venv/bin/python bench/quotes_textacy.py [GOLD_DIR ...]   (default: gold/seed gold/dev/quotes)
textacy runs on the same fr_core_news_md Doc; its quotes become veille `Quote`s (speaker = the
speaker tokens' text, kind "direct") and are scored by the same scorer (veille.evaluate.quotes).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from veille.analyze import pipeline
from veille.api import analyze
from veille.evaluate import quotes as scorer
from veille.evaluate.counts import Counts
from veille.evaluate.gold import load
from veille.model import Quote, Speaker, Span

MEASURES = ("quotes@30", "quotes@80", "quotes@exact", "speaker", "quote+speaker")


def textacy_quotes(text: str) -> list[Quote]:
    """textacy's direct quotations of a French text, as veille quotes."""
    from textacy.extract.triples import direct_quotations

    doc = pipeline.get("fr")(text)
    found: list[Quote] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy gives up on the whole article when a mark is unclosed
        return found
    for speaker, cue, content in triples:
        start, end = content[0].idx, content[-1].idx + len(content[-1].text)
        while start < end and text[start] in "«“\"' \u00a0":
            start += 1
        while end > start and text[end - 1] in "»”\"' \u00a0":
            end -= 1
        who = " ".join(t.text for t in speaker) if speaker else ""
        mention = Span(speaker[0].idx, speaker[-1].idx + len(speaker[-1].text), who) if speaker else None
        found.append(Quote(text[start:end], start, end, "direct", Speaker(None, who, mention) if who else None,
                           Span(cue[0].idx, cue[-1].idx + len(cue[-1].text), " ".join(t.text for t in cue)) if cue else None))
    return found


def main(dirs: list[Path]) -> None:
    totals: dict[str, dict[str, Counts]] = {"veille": {}, "textacy": {}}
    for gold in load(dirs):
        if "quotes" not in gold.data:
            continue
        mine = analyze(gold.path)
        theirs = replace(mine, quotes=textacy_quotes(mine.text))
        for name, analysis in (("veille", mine), ("textacy", theirs)):
            for measure, counts in scorer.score(gold, analysis).items():
                totals[name].setdefault(measure, Counts()).__iadd__(counts)
    print(f"{'measure':<16}{'veille P/R/F1':>24}{'textacy P/R/F1':>24}")
    for measure in MEASURES:
        row = [f"{measure:<16}"]
        for name in ("veille", "textacy"):
            c = totals[name].get(measure, Counts())
            row.append(f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
        print("".join(row))


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [Path("gold/seed"), Path("gold/dev/quotes")])
