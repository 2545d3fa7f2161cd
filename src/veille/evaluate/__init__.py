"""Accuracy, measured: score veille's output against gold annotations (`veille eval`).

Each aspect (structure, entities, quotes, timexes, events) has a scorer module with
`score(gold, analysis) -> dict[str, Counts]`; `SCORERS` lists them in report order.
"""

SCORERS: tuple[str, ...] = (
    "veille.evaluate.structure",
    "veille.evaluate.entities",
    "veille.evaluate.quotes",
    "veille.evaluate.timexes",
    "veille.evaluate.events",
)
