"""veille: who is in the news, who said what, what happened to whom and when, and how stances shift.

`veille.analyze(text_or_path, date=None)` returns an `Analysis`; `.to_dict()` is the
analysis format (docs/analysis-format.md).
"""

from __future__ import annotations

# The stage package `veille.analyze` is imported first, so that the function of the same
# name bound below is not replaced by the package when a submodule is loaded later.
import veille.analyze as _analyze_stage  # noqa: F401
from veille.api import analyze, analyze_paths

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_paths", "__version__"]
