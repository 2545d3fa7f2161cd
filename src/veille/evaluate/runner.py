"""Run veille over the articles of a gold set and score each aspect, per article and overall."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from veille.api import analyze
from veille.evaluate import SCORERS
from veille.evaluate.counts import Counts
from veille.evaluate.gold import GoldArticle, load
from veille.model import Analysis


@dataclass(slots=True)
class Report:
    """Scores overall (`totals[aspect][measure]`) and per article."""

    totals: dict[str, dict[str, Counts]] = field(default_factory=dict)
    per_article: dict[str, dict[str, dict[str, Counts]]] = field(default_factory=dict)
    articles: int = 0


def evaluate(gold_dirs: list[Path]) -> Report:
    """Analyse each gold article and add up the scores of every scorer."""
    report = Report()
    scorers = [importlib.import_module(name) for name in SCORERS]
    for gold in load(gold_dirs):
        analysis = _analysis(gold)
        report.articles += 1
        mine = report.per_article.setdefault(str(gold.get("file")), {})
        for scorer in scorers:
            for measure, counts in scorer.score(gold, analysis).items():
                mine.setdefault(scorer.NAME, {})[measure] = counts
                total = report.totals.setdefault(scorer.NAME, {}).setdefault(measure, Counts())
                total += Counts(counts.tp, counts.fp, counts.fn, [f"{gold.get('file')}: {e}" for e in counts.errors], counts.is_accuracy)
    return report


def _analysis(gold: GoldArticle) -> Analysis:
    return analyze(gold.path)
