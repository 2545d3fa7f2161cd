"""Run the pipeline over articles in this process: the pure function `articles -> analyses`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from veille import lang
from veille.analyze import extensions, pipeline
from veille.analyze.export import to_analysis
from veille.model import Analysis, Article

DEFAULT_LANGUAGE = "fr"


def pipeline_language(article: Article) -> str:
    """The pipeline an article goes through: its own language's, or French with a warning."""
    code = article.language or DEFAULT_LANGUAGE
    if lang.info(code) is not None:
        return code
    note = f"no pipeline for language {code!r}: analysed with the {DEFAULT_LANGUAGE!r} one"
    if note not in article.warnings:
        article.warnings.append(note)
    return DEFAULT_LANGUAGE


def analyze_articles(articles: Iterable[Article], *, batch_size: int = 8) -> Iterator[Analysis]:
    """Analyses of the articles, in order, with each language's pipeline loaded once."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _run(batch)
            batch = []
    if batch:
        yield from _run(batch)


def _run(batch: list[Article]) -> Iterator[Analysis]:
    by_language: dict[str, list[int]] = {}
    for index, article in enumerate(batch):
        by_language.setdefault(pipeline_language(article), []).append(index)
    results: dict[int, Analysis] = {}
    for code, indices in by_language.items():
        nlp = pipeline.get(code)
        docs = [_doc(nlp, batch[i]) for i in indices]
        for index, doc in zip(indices, nlp.pipe(docs, batch_size=len(docs))):
            results[index] = to_analysis(doc, batch[index])
    for index in range(len(batch)):
        yield results[index]


def _doc(nlp: Language, article: Article) -> Doc:
    """The article's tokens, carrying the article and its text (spaCy keeps every character of it:
    `doc.text`, which joins the tokens again, need not be called)."""
    doc = nlp.make_doc(article.text)
    doc._.article = article
    extensions.set_text(doc, article.text)
    return doc
