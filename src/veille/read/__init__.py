"""Read articles from files, directories, globs, stdin or strings: every format becomes an `Article`.

Each source yields either an `Article` or a `ReadFailure` naming the source and the
problem; a bad file never stops the others.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from veille.errors import Problem, ReadFailure, message
from veille.model import Article
from veille.read.decode import clean_text, decode, looks_binary
from veille.read.draft import Draft, prepend_headline
from veille.read.html import looks_like_html, read_html
from veille.read.identity import detect_language, identify
from veille.read.jsonl import looks_like_jsonl, read_jsonl
from veille.read.text import read_text

#: Files in a directory that document the corpus rather than being articles.
_NOT_ARTICLES = ("readme", "notice", "license", "licence", "copying", "changelog")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits of what is read: the largest article, in characters of text, and in bytes of file."""

    max_chars: int = 1_000_000
    max_file_bytes: int = 256 * 1024 * 1024


def read_paths(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Article | ReadFailure]:
    """Articles from files, directories (recursively), globs and `-` for stdin, in a stable order."""
    options = options or ReadOptions()
    for path in paths:
        spec = str(path)
        if spec == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "-", options)
            continue
        for file in _expand(spec):
            if isinstance(file, ReadFailure):
                yield file
            else:
                yield from read_file(file, options)


def _expand(spec: str) -> Iterator[str | ReadFailure]:
    if os.path.isdir(spec):
        for root, dirs, files in os.walk(spec):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and not name.lower().startswith(_NOT_ARTICLES):
                    yield os.path.join(root, name)
    elif os.path.exists(spec):
        yield spec
    elif _GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield ReadFailure(spec, Problem.NOT_FOUND, "no file matches this pattern")
        for match in matches:
            yield from _expand(match)
    else:
        yield ReadFailure(spec, Problem.NOT_FOUND, message(Problem.NOT_FOUND))


def read_file(path: str, options: ReadOptions | None = None) -> Iterator[Article | ReadFailure]:
    """The articles of one file (one, or many for JSON lines)."""
    options = options or ReadOptions()
    try:
        size = os.path.getsize(path)
        if size > options.max_file_bytes:
            reason = message(Problem.TOO_LARGE, size=_human(size), limit=_human(options.max_file_bytes))
            yield ReadFailure(path, Problem.TOO_LARGE, reason)
            return
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        yield ReadFailure(path, Problem.UNREADABLE, message(Problem.UNREADABLE, detail=error.strerror or str(error)))
        return
    yield from read_bytes(data, path, options)


def read_bytes(data: bytes, source: str, options: ReadOptions | None = None) -> Iterator[Article | ReadFailure]:
    """The articles in some bytes, the format chosen by their content."""
    options = options or ReadOptions()
    if not data.strip():
        yield ReadFailure(source, Problem.EMPTY, message(Problem.EMPTY))
        return
    if looks_binary(data):
        yield ReadFailure(source, Problem.BINARY, message(Problem.BINARY))
        return
    decoded = decode(data)
    warnings = [decoded.warning] if decoded.warning else []
    for draft in _drafts(clean_text(decoded.text), source):
        if isinstance(draft, Draft):
            draft.warnings[:0] = warnings
        yield finish(draft, options)


def read_string(text: str, source: str = "<string>", *, date: str | None = None) -> Article | ReadFailure:
    """One article from a string in any format; `date` overrides the one found in the text."""
    results = list(read_bytes(text.encode("utf-8"), source))
    result = results[0]
    if isinstance(result, Article) and date is not None:
        result.date = date
        result.warnings = [w for w in result.warnings if w != message(Problem.NO_DATE)]
    return result


def _drafts(text: str, source: str) -> Iterator[Draft | ReadFailure]:
    if looks_like_html(text):
        yield read_html(text, source)
    elif looks_like_jsonl(text):
        yield from read_jsonl(text, source)
    else:
        yield read_text(text, source)


def finish(draft: Draft | ReadFailure, options: ReadOptions) -> Article | ReadFailure:
    """Give a draft its identity (id, language, fingerprint), or reject it with its reason."""
    if isinstance(draft, ReadFailure):
        return draft
    text = draft.text
    if not text.strip():
        return ReadFailure(draft.source, Problem.NO_TEXT, message(Problem.NO_TEXT))
    if len(text) > options.max_chars:
        reason = message(Problem.TOO_LARGE, size=f"{len(text):,} characters", limit=f"{options.max_chars:,}-character")
        return ReadFailure(draft.source, Problem.TOO_LARGE, reason)
    prepend_headline(draft)  # identity stays the body's: outlets retitle the same story
    structure = draft.structure
    article_id, fingerprint = identify(text)
    return Article(
        id=article_id,
        source=draft.source,
        text=draft.text,
        date=draft.date,
        language=draft.language or detect_language(text),
        headline=draft.headline,
        lede=structure.lede,
        byline=structure.byline,
        media=structure.media,
        sections=structure.sections,
        zones=sorted(structure.zones, key=lambda z: z.start),
        url=draft.url,
        fingerprint=fingerprint,
        warnings=draft.warnings,
    )


def _human(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} KB"


__all__ = ["ReadOptions", "read_paths", "read_file", "read_bytes", "read_string"]
