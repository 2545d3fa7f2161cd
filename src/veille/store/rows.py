"""The analysis format flattened into the store's tables: one row list per table, ids from natural keys."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from veille.ids import make_id

Rows = dict[str, list[dict[str, Any]]]
TABLES = (
    "articles", "article_sources", "failures", "minhash_bands", "entities", "mentions", "entity_articles",
    "quotes", "timexes", "events", "event_participants", "stances", "terms", "quote_mentions",
)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's French stop words, folded: the search index leaves them out."""
    return frozenset(fold(w) for w in _french_stop_words())


def _french_stop_words() -> set[str]:
    """The word list of `spacy.lang.fr.stop_words`, loaded from its file alone when spaCy is not loaded:
    importing the package would load spaCy into the ingest process (~2 s and ~80 MB) for a word list."""
    loaded = sys.modules.get("spacy.lang.fr.stop_words")
    if loaded is None:
        found = importlib.util.find_spec("spacy")
        if found is not None and found.submodule_search_locations:
            path = Path(next(iter(found.submodule_search_locations))) / "lang" / "fr" / "stop_words.py"
            spec = importlib.util.spec_from_file_location("veille.store._fr_stop_words", path)
            if spec is not None and spec.loader is not None and path.is_file():
                loaded = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(loaded)
    if loaded is None:
        from spacy.lang.fr import stop_words as loaded
    return set(loaded.STOP_WORDS)


class _Folding(dict[int, str]):
    """`fold` of each character, found the first time it is met: a `str.translate` table.

    Case folding works character by character, and so does NFKD but for the order of combining
    marks, which all go: folding a text is folding each of its characters (~2 times faster)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).casefold())
        folded = self[code] = "".join(c for c in decomposed if not unicodedata.combining(c))
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Text as the search index compares it: case-folded, accents removed."""
    return text.translate(_FOLDING)


def terms_of(text: str) -> list[str]:
    """The distinct searchable words of a text (no stop words, no single letters)."""
    stop = _stop_words()
    return sorted(w for w in set(_WORD.findall(fold(text))) - stop if len(w) > 1)


def empty() -> Rows:
    """One empty row list per table."""
    return {table: [] for table in TABLES}


def add_analysis(rows: Rows, data: dict[str, Any], ingested_at: str) -> None:
    """Append the rows of one analysis (the analysis format) to every table."""
    aid, date = data["id"], data.get("date")
    rows["articles"].append({
        "id": aid, "source": data["source"], "date": date, "language": data.get("language"),
        "headline": data.get("headline"), "lede": data.get("lede"), "byline": data.get("byline") or [],
        "url": data.get("url"), "fingerprint": data.get("fingerprint"), "text": data["text"],
        "warnings": data.get("warnings") or [],
        "n_entities": len(data.get("entities", [])), "n_quotes": len(data.get("quotes", [])),
        "n_timexes": len(data.get("timexes", [])), "n_events": len(data.get("events", [])),
        "n_stances": len(data.get("stances", [])),
        "analysis": json.dumps(data, ensure_ascii=False), "ingested_at": ingested_at,
    })
    searchable = " ".join(filter(None, [data.get("headline"), data["text"]]))
    rows["terms"].extend({"term": t, "article_id": aid} for t in terms_of(searchable))
    _entities(rows, data, aid, date)
    _quotes(rows, data, aid, date)
    _quote_mentions(rows, data, aid)
    rows["timexes"].extend(
        {"article_id": aid, "start": t["start"], "end": t["end"], "text": t["text"], "type": t["type"],
         "value": t.get("value"), "mod": t.get("mod")}
        for t in data.get("timexes", [])
    )
    _events(rows, data, aid, date)
    for index, st in enumerate(data.get("stances", [])):
        ev = st.get("evidence") or {}
        rows["stances"].append({
            "id": make_id(aid, "stance", index, st["holder"], st["target"]), "article_id": aid,
            "article_date": date, "holder": st["holder"], "target": st["target"],
            "polarity": float(st["polarity"]), "date": st.get("date"), "before": st.get("before"),
            "evidence_start": ev.get("start"), "evidence_end": ev.get("end"),
        })


def _entities(rows: Rows, data: dict[str, Any], aid: str, date: str | None) -> None:
    for entity in data.get("entities", []):
        rows["entities"].append({"id": entity["id"], "name": entity["name"], "type": entity["type"], "kb_id": entity.get("kb_id")})
        mentions = entity.get("mentions", [])
        rows["entity_articles"].append({"entity_id": entity["id"], "article_id": aid, "date": date, "mentions": len(mentions)})
        rows["mentions"].extend(
            {"article_id": aid, "entity_id": entity["id"], "start": m["start"], "end": m["end"], "text": m["text"],
             "kind": m.get("kind", "name")}
            for m in mentions
        )


def _quotes(rows: Rows, data: dict[str, Any], aid: str, date: str | None) -> None:
    for q in data.get("quotes", []):
        speaker = q.get("speaker") or {}
        mention = speaker.get("mention") or {}
        cue = q.get("cue") or {}
        rows["quotes"].append({
            "id": make_id(aid, "quote", q["start"], q["end"]), "article_id": aid, "date": date,
            "start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"],
            "speaker_entity": speaker.get("entity"), "speaker_name": speaker.get("name"),
            "speaker_start": mention.get("start"), "speaker_end": mention.get("end"), "speaker_text": mention.get("text"),
            "cue_start": cue.get("start"), "cue_end": cue.get("end"), "cue_text": cue.get("text"),
            "confidence": q.get("confidence"),
        })


def _quote_mentions(rows: Rows, data: dict[str, Any], aid: str) -> None:
    """Which entities are mentioned inside each quote: what `quotes(about=...)` looks up."""
    spans = [(e["id"], m["start"], m["end"]) for e in data.get("entities", []) for m in e.get("mentions", [])]
    for q in data.get("quotes", []):
        quote_id = make_id(aid, "quote", q["start"], q["end"])
        inside = dict.fromkeys(e for e, start, end in spans if start >= q["start"] and end <= q["end"])
        rows["quote_mentions"].extend({"quote_id": quote_id, "article_id": aid, "entity_id": e} for e in inside)


def _events(rows: Rows, data: dict[str, Any], aid: str, date: str | None) -> None:
    for index, ev in enumerate(data.get("events", [])):
        trigger, evidence = ev.get("trigger") or {}, ev.get("evidence") or {}
        event_id = make_id(aid, "event", index, ev["type"], trigger.get("start"))
        rows["events"].append({
            "id": event_id, "article_id": aid, "article_date": date, "type": ev["type"], "mode": ev.get("mode"),
            "status": ev["status"], "actors": ev.get("actors") or [], "recipients": ev.get("recipients") or [],
            "location": ev.get("location"), "date": ev.get("date"),
            "trigger_start": trigger.get("start"), "trigger_end": trigger.get("end"), "trigger_text": trigger.get("text"),
            "evidence_start": evidence.get("start"), "evidence_end": evidence.get("end"),
        })
        roles = [(a, "actor") for a in ev.get("actors") or []] + [(r, "recipient") for r in ev.get("recipients") or []]
        if ev.get("location"):
            roles.append((ev["location"], "location"))
        rows["event_participants"].extend({"event_id": event_id, "entity_id": e, "role": role} for e, role in roles)


def dedupe_entities(rows: Rows) -> None:
    """Keep one row per entity id (the first one seen: its canonical name)."""
    seen: dict[str, dict[str, Any]] = {}
    for row in rows["entities"]:
        seen.setdefault(row["id"], row)
    rows["entities"] = list(seen.values())


def arrow(rows: list[dict[str, Any]]) -> pa.Table:
    """A row list as an Arrow table (columns named by the dict keys)."""
    names = list(rows[0])
    return pa.Table.from_pydict({name: [row[name] for row in rows] for name in names})
