"""Paths of the bundled corpus and gold, and helpers shared by the tests (imported as `support`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "seed" / "2025-10-22-trump-otan.txt"
SEED_GOLD = ROOT / "gold" / "seed" / "2025-10-22-trump-otan.json"
WIKINEWS = CORPUS / "wikinews-fr-2012"


def run_veille(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the real `veille` command line in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "veille", *args], input=stdin.decode("utf-8") if stdin else None,
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


def assert_offsets(data: dict[str, Any]) -> int:
    """Check text[start:end] == span for every span of an analysis dict; return how many."""
    text = data["text"]
    spans: list[dict[str, Any]] = []
    for entity in data["entities"]:
        spans.extend(entity["mentions"])
    spans.extend(data["timexes"])
    for quote in data["quotes"]:
        spans.append(quote)
        if quote.get("cue"):
            spans.append(quote["cue"])
        if quote.get("speaker") and quote["speaker"].get("mention"):
            spans.append(quote["speaker"]["mention"])
    for event in data["events"]:
        spans.append(event["trigger"])
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], span
    for zone in data["zones"]:
        assert 0 <= zone["start"] < zone["end"] <= len(text)
    for section in data["sections"]:
        assert text[section["start"] :].startswith(section["heading"])
    return len(spans)
