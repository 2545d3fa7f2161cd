"""The edge where a processed `Doc` becomes an `Analysis` in the analysis format."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.analyze.extensions import article_of
from veille.ids import entity_id
from veille.model import Analysis, Article, Entity, Mention

_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def to_analysis(doc: Doc, article: Article | None = None) -> Analysis:
    """The analysis of a doc; entities fall back to the model's own when no component made them."""
    article = article or article_of(doc)
    if article is None:
        raise ValueError("the doc carries no article: set doc._.article before the pipeline")
    analysis = Analysis.from_article(article)
    analysis.entities = doc._.entities if doc._.entities is not None else model_entities(doc)
    analysis.quotes = doc._.quotes or []
    analysis.timexes = doc._.timexes or []
    analysis.events = doc._.events or []
    analysis.stances = doc._.stances or []
    return analysis


def model_entities(doc: Doc) -> list[Entity]:
    """The statistical model's entities, grouped by type and exact text."""
    found: dict[str, Entity] = {}
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_, "MISC")
        key = entity_id(kind, ent.text)
        entity = found.setdefault(key, Entity(id=key, name=ent.text, type=kind))
        entity.mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "name"))
    return list(found.values())
