"""HTML pages: main text and metadata through trafilatura, headline from `<h1>`, date from the dateline."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
import trafilatura

from veille.errors import Problem, message
from veille.read.dates import BadDate, parse_dateline, parse_iso_date
from veille.read.draft import Draft
from veille.model import Section, Zone

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|h1|p)\b", re.I | re.S)
_LEDE_CLASSES = re.compile(r"\b(?:chapo|chapeau|lead|lede|standfirst|intro|summary)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document or fragment."""
    return bool(_HTML_START.match(text[:2000]))


def read_html(html: str, source: str) -> Draft:
    """Headline, lede, headings, dateline date, author and main text of an HTML news page."""
    tree = lxml.html.fromstring(html) if html.strip() else None
    headline = _first_text(tree, "//h1")
    meta = trafilatura.extract_metadata(
        html, extensive=False, date_config={"extensive_search": False, "original_date": True}
    )
    xml = trafilatura.extract(
        html, output_format="xml", include_comments=False, include_tables=False, favor_recall=True
    )
    blocks = _blocks(xml)
    headline = headline or _clean_line(getattr(meta, "title", None))
    if blocks and blocks[0][0] == "head" and headline and _same(blocks[0][1], headline):
        blocks = blocks[1:]
    draft = Draft(source=source, text="", headline=headline, url=_clean_line(getattr(meta, "url", None)))
    _assemble(draft, blocks, _lede(tree))
    first_body = next((z for z in draft.structure.zones if z.kind == "body"), None)
    draft.structure.zones = [z for z in draft.structure.zones if z.kind != "body"]
    first_text = draft.text[first_body.start : first_body.end] if first_body else ""
    _date(draft, first_text, first_body.start if first_body else 0, getattr(meta, "date", None))
    author = _clean_line(getattr(meta, "author", None))
    if author:
        draft.structure.byline = [a.strip() for a in author.split(";") if a.strip()]
    return draft


def _blocks(xml: str | None) -> list[tuple[str, str]]:
    """(kind, text) of each block of trafilatura's XML: `head` for headings, `p` for the rest."""
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    blocks: list[tuple[str, str]] = []
    for node in root.iter("head", "p", "item", "quote"):
        if node.tag in ("p", "quote") and node.getparent() is not None and node.getparent().tag == "item":
            continue
        text = _clean_line("".join(node.itertext()))
        if text:
            blocks.append(("head" if node.tag == "head" else "p", text))
    return blocks


def _assemble(draft: Draft, blocks: list[tuple[str, str]], lede: str | None) -> None:
    """Join blocks into the text, one paragraph each, recording lede and heading zones."""
    parts: list[str] = []
    structure = draft.structure
    pos = 0
    for index, (kind, text) in enumerate(blocks):
        if index == 0 and lede is None and kind == "head" and _is_lede(text):
            lede = text
        if lede is not None and _same(text, lede):
            zone = "lede"
            structure.lede = text
        elif kind == "head":
            zone = "heading"
            structure.sections.append(Section(text, pos))
        else:
            zone = "body"
        structure.zones.append(Zone(zone, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    draft.text = "\n\n".join(parts)
    structure.zones = [z for i, z in enumerate(structure.zones) if z.kind != "body" or i == _first_body(structure.zones)]


def _first_body(zones: list[Zone]) -> int:
    return next((i for i, z in enumerate(zones) if z.kind == "body"), -1)


def _date(draft: Draft, first: str, first_start: int, meta_date: object) -> None:
    dateline = parse_dateline(first)
    if dateline:
        draft.date = dateline[0]
        draft.structure.zones.append(Zone("dateline", first_start, first_start + dateline[1]))
        return
    if meta_date:
        try:
            draft.date = parse_iso_date(str(meta_date))
            return
        except BadDate:
            draft.warnings.append(message(Problem.BAD_DATE, value=str(meta_date)))
            return
    draft.warnings.append(message(Problem.NO_DATE))


def _first_text(tree: lxml.html.HtmlElement | None, xpath: str) -> str | None:
    if tree is None:
        return None
    for node in tree.xpath(xpath):
        value = _clean_line(node.text_content())
        if value:
            return value
    return None


def _lede(tree: lxml.html.HtmlElement | None) -> str | None:
    """The standfirst marked by its class (`chapo`, `lead`, `standfirst` ...), if any."""
    if tree is None:
        return None
    for node in tree.iter("p", "div", "h2"):
        if _LEDE_CLASSES.search(node.get("class") or ""):
            return _clean_line(node.text_content())
    return None


def _is_lede(text: str) -> bool:
    """A heading right after the headline that reads as a sentence is a standfirst."""
    return len(text.split()) >= 12 or (len(text) > 60 and text.endswith((".", "!", "?", "»")))


def _clean_line(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())
