"""veille: who is in the news, who said what, what happened to whom and when, and how stances shift.

`veille.analyze(text_or_path, date=None)` returns an `Analysis`; `.to_dict()` is the
analysis format (docs/analysis-format.md).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_paths", "__version__"]


def __getattr__(name: str) -> Any:
    """Load the API (and spaCy) only when it is used."""
    if name in ("analyze", "analyze_paths"):
        from veille import api

        return getattr(api, name)
    raise AttributeError(name)
