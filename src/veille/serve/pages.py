"""The views: each builds one page's data dict from the store, served as JSON and as HTML alike.

A view is a plain FastAPI endpoint function returning a dict; `veille.serve.app` registers
it twice, at `/api/...` (JSON, in the OpenAPI description) and at the page's path (HTML
rendered from that same dict, or JSON when asked for). So the two never diverge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

import duckdb
from fastapi import Depends, HTTPException, Path, Query

from veille.serve import extra_queries as Q
from veille.serve.deps import connection
from veille.serve.highlight import parse_focus
from veille.store import queries as SQ

Con = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]
Since = Annotated[dt.date | None, Query(description="Earliest date, ISO (2012-03-01).")]
Until = Annotated[dt.date | None, Query(description="Latest date, ISO (2012-03-31).")]
Limit = Annotated[int, Query(ge=1, le=500, description="How many results per page (1 to 500).")]
Offset = Annotated[int, Query(ge=0, description="How many results to skip.")]


@dataclass(frozen=True, slots=True)
class Page:
    """A view and where it is served: page path, API path, template."""

    name: str
    path: str
    api_path: str
    template: str
    view: Callable[..., dict[str, Any]]


def _with_names(con: duckdb.DuckDBPyConnection, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with their actors, recipients and location as {id, name} pairs."""
    ids = {e for ev in events for e in [*(ev["actors"] or []), *(ev["recipients"] or []), ev["location"]] if e}
    known = Q.names(con, ids)

    def named(entity_id: str) -> dict[str, Any]:
        row = known.get(entity_id)
        return {"id": entity_id, "name": row["name"] if row else entity_id, "known": row is not None}

    for ev in events:
        ev["actors"] = [named(a) for a in ev["actors"] or []]
        ev["recipients"] = [named(r) for r in ev["recipients"] or []]
        ev["location"] = named(ev["location"]) if ev["location"] else None
    return events


def home(con: Con) -> dict[str, Any]:
    """The corpus at a glance: its size and dates, the most mentioned people, organisations and places."""
    _, recent = Q.articles(con, limit=10)
    return {
        "overview": Q.overview(con),
        "people": Q.top_entities(con, "PER", 12),
        "organisations": Q.top_entities(con, "ORG", 12),
        "places": Q.top_entities(con, "LOC", 12),
        "speakers": Q.top_speakers(con, 10),
        "recent": recent,
    }


def search(con: Con, q: Annotated[str, Query(max_length=200, description="Words to look for.")] = "") -> dict[str, Any]:
    """Entities whose name, articles whose text and quotes whose words hold every word of `q`."""
    if not q.strip():
        return {"q": q, "entities": [], "articles": [], "articles_total": 0, "quotes": [], "quotes_total": 0}
    articles_total, articles = Q.articles(con, words=q, limit=20)
    quotes_total, quotes = _quotes(con, words=q, limit=20)
    return {"q": q, "entities": Q.search_entities(con, q, 20), "articles": articles,
            "articles_total": articles_total, "quotes": quotes, "quotes_total": quotes_total}


def entity(con: Con, entity_id: Annotated[str, Path(description="An entity id: per:donald-trump.")]) -> dict[str, Any]:
    """One entity: mentions over time, quotes by and about it, events, co-occurring entities, stances."""
    row = Q.entity(con, entity_id)
    if row is None:
        raise HTTPException(404, f"no entity with id {entity_id!r} in this store")
    by_total, quotes_by = _quotes(con, speaker=entity_id, limit=30)
    about_total, quotes_about = _quotes(con, about=entity_id, limit=30)
    events_total, events = Q.events(con, Q.EventFilter(entity=entity_id, limit=50))
    return {
        "entity": row,
        "timeline": Q.entity_timeline(con, entity_id),
        "quotes_by": quotes_by, "quotes_by_total": by_total,
        "quotes_about": quotes_about, "quotes_about_total": about_total,
        "events": _with_names(con, events), "events_total": events_total,
        "cooccurring": Q.cooccurring(con, entity_id, 20),
        "stances_held": Q.stances(con, holder=entity_id),
        "stances_received": Q.stances(con, target=entity_id),
        "articles": Q.entity_articles(con, entity_id, 20),
    }


def quotes(con: Con, speaker: Annotated[str | None, Query(description="Speaker: an entity id (per:donald-trump).")] = None,
           about: Annotated[str | None, Query(description="An entity id mentioned inside the quote.")] = None,
           q: Annotated[str | None, Query(max_length=200, description="Words the quote holds.")] = None,
           since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """The quote explorer: quotes filtered by speaker, entity quoted about, words and dates."""
    _check_dates(since, until)
    total, found = _quotes(con, speaker=speaker or None, about=about or None, words=q or None,
                           date_from=_iso(since), date_to=_iso(until), limit=limit, offset=offset)
    return {"filters": {"speaker": speaker, "about": about, "q": q, "since": since, "until": until,
                        "limit": limit, "offset": offset},
            "total": total, "quotes": found, "speakers": Q.top_speakers(con, 50)}


def events(con: Con, entity: Annotated[str | None, Query(description="An entity id taking part.")] = None,
           type: Annotated[str | None, Query(description="A PLOVER event type: CONSULT, ACCUSE ...")] = None,
           since: Since = None, until: Until = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """The event timeline: events in date order, filtered by participant, type and dates."""
    _check_dates(since, until)
    total, found = Q.events(con, Q.EventFilter(entity or None, type or None, since, until, limit, offset))
    return {"filters": {"entity": entity, "type": type, "since": since, "until": until,
                        "limit": limit, "offset": offset},
            "total": total, "events": _with_names(con, found), "types": Q.event_types(con)}


def articles(con: Con, q: Annotated[str | None, Query(max_length=200, description="Words the article holds.")] = None,
             since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """The articles of the store, newest first, filtered by words and dates."""
    _check_dates(since, until)
    total, found = Q.articles(con, q, since, until, limit, offset)
    return {"filters": {"q": q, "since": since, "until": until, "limit": limit, "offset": offset},
            "total": total, "articles": found}


def article(con: Con, article_id: Annotated[str, Path(description="An article id (16 hex digits).")],
            hl: Annotated[str | None, Query(description="Characters to highlight: START-END.")] = None,
            ) -> dict[str, Any]:
    """One article's analysis (the analysis format), with the entities' names and the span to highlight."""
    try:
        focus = parse_focus(hl)
    except ValueError as error:
        raise HTTPException(422, f"hl: {error}") from error
    analysis = Q.article(con, article_id)
    if analysis is None:
        raise HTTPException(404, f"no article with id {article_id!r} in this store")
    if focus and focus[1] > len(analysis["text"]):
        raise HTTPException(422, f"hl: {hl!r} goes past the end of the text ({len(analysis['text'])} characters)")
    ids = {e["id"] for e in analysis.get("entities") or []}
    for ev in analysis.get("events") or []:
        ids.update([*ev.get("actors", []), *ev.get("recipients", [])])
    for st in analysis.get("stances") or []:
        ids.update([st["holder"], st["target"]])
    return {"article": analysis, "names": {k: v["name"] for k, v in Q.names(con, ids).items()},
            "focus": list(focus) if focus else None}


def _quotes(con: duckdb.DuckDBPyConnection, **filters: Any) -> tuple[int, list[dict[str, Any]]]:
    """Quotes through the store's query layer: (total, one page)."""
    found = SQ.quotes(con, **filters)
    return found["total"], found["quotes"]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _check_dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")


PAGES: tuple[Page, ...] = (
    Page("home", "/", "/api/overview", "home.html", home),
    Page("search", "/search", "/api/search", "search.html", search),
    Page("entity", "/entities/{entity_id}", "/api/entities/{entity_id}", "entity.html", entity),
    Page("quotes", "/quotes", "/api/quotes", "quotes.html", quotes),
    Page("events", "/events", "/api/events", "events.html", events),
    Page("articles", "/articles", "/api/articles", "articles.html", articles),
    Page("article", "/articles/{article_id}", "/api/articles/{article_id}", "article.html", article),
)
