"""What a page shows beyond its data: the article's annotated runs and the charts' series.

Derived only from the view's data dict, so the HTML never says more than the JSON does.
"""

from __future__ import annotations

from typing import Any

from veille.serve.highlight import marks_of, runs


def type_of(entity_id: str | None) -> str:
    """The entity type from an id's prefix: `per:donald-trump` -> `PER`."""
    prefix = (entity_id or "").partition(":")[0].upper()
    return prefix if prefix in {"PER", "ORG", "LOC", "MISC"} else "MISC"


def extra(template: str, data: dict[str, Any]) -> dict[str, Any]:
    """Template-only values for a page."""
    if template == "article.html":
        return _article(data)
    if template == "entity.html":
        return {"charts": {"mentions": mention_chart(data["timeline"]),
                           "held": stance_chart(data["stances_held"], "target"),
                           "received": stance_chart(data["stances_received"], "holder")}}
    return {}


def _article(data: dict[str, Any]) -> dict[str, Any]:
    analysis = data["article"]
    names = {e["id"]: e["name"] for e in analysis.get("entities") or []} | data["names"]
    focus = tuple(data["focus"]) if data.get("focus") else None
    entities = sorted(analysis.get("entities") or [], key=lambda e: (-len(e.get("mentions") or []), e["name"]))
    text = analysis["text"]
    evidence = [{**ev, "evidence_text": text[ev["evidence"]["start"]:ev["evidence"]["end"]]}
                for ev in analysis.get("events") or []]
    stances = [{**st, "evidence_text": text[st["evidence"]["start"]:st["evidence"]["end"]]}
               for st in analysis.get("stances") or []]
    return {"runs": runs(text, marks_of(analysis, names), focus), "all_names": names,
            "sorted_entities": entities, "event_items": evidence, "stance_items": stances}


def mention_chart(timeline: list[dict[str, Any]]) -> dict[str, Any]:
    """uPlot-ready series of mentions and articles per date."""
    return {"x": [row["date"] for row in timeline],
            "series": [{"key": "mentions", "values": [row["mentions"] for row in timeline]},
                       {"key": "articles", "values": [row["articles"] for row in timeline]}]}


def stance_chart(stances: list[dict[str, Any]], side: str) -> dict[str, Any]:
    """uPlot-ready series: one line per counterpart, the mean polarity per date."""
    dates = sorted({s["date"] for s in stances if s.get("date")})
    lines: dict[str, dict[str, list[float]]] = {}
    labels: dict[str, str] = {}
    for s in stances:
        if not s.get("date"):
            continue
        other = s[side]
        labels[other] = s.get(f"{side}_name") or other
        lines.setdefault(other, {}).setdefault(s["date"], []).append(s["polarity"])
    series = []
    for other, by_date in sorted(lines.items(), key=lambda kv: labels[kv[0]]):
        values = [round(sum(by_date[d]) / len(by_date[d]), 3) if d in by_date else None for d in dates]
        series.append({"key": other, "label": labels[other], "values": values})
    return {"x": dates, "series": series}
