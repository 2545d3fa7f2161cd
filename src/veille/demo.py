"""`make demo`: analyse the bundled sample corpus and print a readable summary.

(When the store and the web UI exist, the demo ingests the corpus and serves the UI.)
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from veille.api import analyze_paths
from veille.errors import ReadFailure

SAMPLE = Path(__file__).resolve().parents[2] / "corpus"


def main() -> None:
    """Analyse the sample corpus and summarise what was found."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SAMPLE)
    parser.add_argument("--db", default="veille.duckdb")
    args = parser.parse_args()
    console = Console(highlight=False)
    people: Counter[str] = Counter()
    table = Table("article", "date", "entities", "quotes", "dates", "events", title="Sample corpus")
    articles = 0
    with console.status("analysing the sample corpus ..."):
        for item in analyze_paths([args.corpus]):
            if isinstance(item, ReadFailure):
                console.print(f"[red]{item}[/red]")
                continue
            articles += 1
            people.update(e.name for e in item.entities if e.type == "PER")
            table.add_row(item.headline or Path(item.source).name, item.date or "?", str(len(item.entities)),
                          str(len(item.quotes)), str(len(item.timexes)), str(len(item.events)))
    console.print(table)
    console.print(f"{articles} articles. Most mentioned people: " + ", ".join(f"{n} ({c})" for n, c in people.most_common(10)))


if __name__ == "__main__":
    main()
