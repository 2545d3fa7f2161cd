"""Build the spaCy `Language` for a language: the model from PyPI plus veille's components."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

from veille import lang
from veille.analyze import extensions

#: veille's components in pipeline order: (factory name, module that registers it).
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("veille_entities", "veille.analyze.entities"),
    ("veille_coref", "veille.analyze.coref"),
    ("veille_timex", "veille.analyze.timex"),
    ("veille_quotes", "veille.analyze.quotes.component"),
    ("veille_events", "veille.analyze.events"),
    ("veille_stances", "veille.analyze.stances"),
)


class UnsupportedLanguage(ValueError):
    """No pipeline exists for this language."""


def build(language: str = "fr") -> Language:
    """A fresh pipeline for the language (use `get` to share one)."""
    info = lang.info(language)
    if info is None:
        raise UnsupportedLanguage(language)
    extensions.register()
    nlp = spacy.load(info.spacy_model)
    for factory, module in COMPONENTS:
        importlib.import_module(module)
        nlp.add_pipe(factory)
    return nlp


@lru_cache(maxsize=4)
def get(language: str = "fr") -> Language:
    """The pipeline for a language, loaded once per process."""
    return build(language)
