"""Gold annotation files: find them, resolve the article each one describes, merge aspects.

A gold file is JSON in the format of `gold/seed/*.json`; its `"file"` is the article's path
relative to the repository root. Several files may describe one article (one per aspect,
e.g. `gold/dev/quotes/X.json` and `gold/dev/timexes/X.json`); they are merged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class GoldArticle:
    """All gold annotations of one article, and where the article is."""

    path: Path
    data: dict[str, Any] = field(default_factory=dict)
    gold_files: list[Path] = field(default_factory=list)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


class GoldError(ValueError):
    """A gold file that cannot be used, with the reason."""


def load(dirs: list[Path]) -> list[GoldArticle]:
    """Every gold article under the directories (or files), merged by article."""
    merged: dict[Path, GoldArticle] = {}
    for base in dirs:
        files = sorted(base.rglob("*.json")) if base.is_dir() else [base]
        for gold_file in files:
            data = _read(gold_file)
            article = _resolve(gold_file, str(data["file"]))
            entry = merged.setdefault(article, GoldArticle(article))
            _merge(entry.data, data)
            entry.gold_files.append(gold_file)
    return list(merged.values())


def _read(gold_file: Path) -> dict[str, Any]:
    try:
        data = json.loads(gold_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GoldError(f"{gold_file}: cannot be read as JSON ({error})") from error
    if not isinstance(data, dict) or "file" not in data:
        raise GoldError(f"{gold_file}: no \"file\" naming the article")
    return data


def _resolve(gold_file: Path, name: str) -> Path:
    """The article path, relative to the working directory or to a parent of the gold file."""
    candidates = [Path(name)] + [parent / name for parent in gold_file.resolve().parents]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    raise GoldError(f"{gold_file}: article {name!r} not found")


def _merge(into: dict[str, Any], data: dict[str, Any]) -> None:
    for key, value in data.items():
        if key in into and isinstance(into[key], list) and isinstance(value, list):
            into[key] = into[key] + value
        else:
            into.setdefault(key, value)
