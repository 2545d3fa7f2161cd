"""Language knowledge, one package per language (speech verbs, titles, date words, triggers).

Adding a language is adding a package here and a spaCy model; the components do not change.
"""

from __future__ import annotations

from dataclasses import dataclass

SUPPORTED = ("fr",)


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    """What veille needs to know to analyse one language."""

    code: str
    spacy_model: str


_INFO = {"fr": LanguageInfo("fr", "fr_core_news_md")}


def info(code: str) -> LanguageInfo | None:
    """The language's info, or None when veille has no pipeline for it."""
    return _INFO.get(code)
