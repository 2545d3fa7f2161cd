"""The query layer on real stored articles and on a hand-made analysis of the seed with quotes, events, stances."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from veille.api import analyze_paths
from veille.store import queries
from veille.store.db import Store
from veille.store.ingest import write_analyses

SEED = Path(__file__).resolve().parents[2] / "corpus" / "seed" / "2025-10-22-trump-otan.txt"


def _span(text: str, needle: str) -> dict[str, object]:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The seed's analysis, with a quote, an event and stances written by hand at their true offsets."""
    data = next(iter(analyze_paths([SEED]))).to_dict()
    text = data["text"]
    data["entities"] = [e for e in data["entities"] if e["id"] not in ("per:donald-trump", "org:otan", "per:mark-rutte")]
    data["entities"] += [
        {"id": "per:donald-trump", "name": "Donald Trump", "type": "PER", "kb_id": None,
         "mentions": [dict(_span(text, "Donald Trump"), kind="name")]},
        {"id": "org:otan", "name": "OTAN", "type": "ORG", "kb_id": None, "mentions": [dict(_span(text, "OTAN"), kind="name")]},
        {"id": "per:mark-rutte", "name": "Mark Rutte", "type": "PER", "kb_id": None,
         "mentions": [dict(_span(text, "Rutte"), kind="name")]},
    ]
    quote = _span(text, "Je ne veux pas d'ungâchis en guise de rencontre")
    data["quotes"] = [{**quote, "kind": "direct", "confidence": 0.9, "cue": None,
                       "speaker": {"entity": "per:donald-trump", "name": "Donald Trump", "mention": None}}]
    trigger = _span(text, "reçoive")
    data["events"] = [{"type": "CONSULT", "mode": "host", "status": "reported", "actors": ["per:donald-trump"],
                       "recipients": ["per:mark-rutte"], "location": None, "date": "2025-10-22", "trigger": trigger,
                       "evidence": {"start": trigger["start"] - 20, "end": trigger["end"] + 10}}]
    data["stances"] = [
        {"holder": "per:donald-trump", "target": "org:otan", "polarity": -0.6, "date": "2025-06-01",
         "evidence": {"start": 0, "end": 40}},
        {"holder": "per:donald-trump", "target": "org:otan", "polarity": 0.8, "date": "2025-10-22",
         "evidence": {"start": 0, "end": 40}},
    ]
    other = copy.deepcopy(data)
    other.update(id="0000000000000001", source="elsewhere/copy.txt", fingerprint=None, date="2025-10-29", quotes=[],
                 events=[], stances=[])
    store = Store(tmp_path_factory.mktemp("seed") / "seed.duckdb")
    report = write_analyses(store, [data, other])
    assert report.stored == 2
    return store


def test_entity_profile_gathers_everything(seed_store: Store) -> None:
    with seed_store.reading() as con:
        profile = queries.entity_profile(con, "per:donald-trump")
    assert profile is not None
    assert profile["name"] == "Donald Trump" and profile["articles"] == 2
    assert [d["date"] for d in profile["mentions_per_day"]] == ["2025-10-22", "2025-10-29"]
    assert "org:otan" in {c["id"] for c in profile["co_occurring"]}
    assert profile["quotes_by"][0]["text"] == "Je ne veux pas d'ungâchis en guise de rencontre"
    assert profile["events"][0]["type"] == "CONSULT" and "reçoive" in profile["events"][0]["evidence"]
    assert [s["polarity"] for s in profile["stances_held"]] == [-0.6, 0.8]


def test_quotes_by_speaker_words_and_date(seed_store: Store) -> None:
    with seed_store.reading() as con:
        assert queries.quotes(con, speaker="per:donald-trump")["total"] == 1
        assert queries.quotes(con, words="GACHIS")["total"] == 1
        assert queries.quotes(con, words="gâchis paix")["total"] == 0
        assert queries.quotes(con, date_from="2025-10-23")["total"] == 0


def test_events_by_actor_type_and_date(seed_store: Store) -> None:
    with seed_store.reading() as con:
        found = queries.events(con, actor="per:donald-trump", type="consult")
        assert found["total"] == 1
        assert found["events"][0]["actor_names"] == ["Donald Trump"] and found["events"][0]["actors"] == ["per:donald-trump"]
        assert queries.events(con, actor="per:mark-rutte")["total"] == 0
        assert queries.events(con, recipient="per:mark-rutte", date_to="2025-10-21")["total"] == 0


def test_stance_series_by_month(seed_store: Store) -> None:
    with seed_store.reading() as con:
        series = queries.stance_series(con, holder="per:donald-trump", target="org:otan", interval="month")
        with pytest.raises(ValueError, match="interval"):
            queries.stance_series(con, interval="fortnight")
    assert [(s["period"], s["polarity"]) for s in series] == [("2025-06-01", -0.6), ("2025-10-01", 0.8)]


def test_search_words_phrases_dates_and_entity(store: Store) -> None:
    with store.reading() as con:
        everything = queries.articles(con, limit=1000)["total"]
        otan = queries.articles(con, text="OTAN", limit=1000)
        texts = con.execute("SELECT id, text FROM articles").fetchall()
        phrase = queries.articles(con, text='"cirque d\'informations"')
        dated = queries.articles(con, text="OTAN", date_from="2025-01-01")
        by_entity = queries.articles(con, entity=queries.find_entities(con, "Kremlin", limit=1)[0]["id"])
    assert everything == 41
    expected = {i for i, t in texts if re.search(r"\bOTAN\b", t, re.IGNORECASE)}
    assert {a["id"] for a in otan["articles"]} == expected and otan["total"] == len(expected) >= 1
    assert all("otan" in a["snippet"].casefold() for a in otan["articles"])
    assert phrase["total"] >= 1 and "cirque d'informations" in phrase["articles"][0]["snippet"]
    assert [a["date"] for a in dated["articles"]] == ["2025-10-22"]
    assert 1 <= by_entity["total"] < everything


def test_user_text_never_becomes_sql(store: Store) -> None:
    hostile = "x'); DROP TABLE articles; --"
    with store.reading() as con:
        assert queries.articles(con, text=hostile)["total"] == 0
        assert queries.find_entities(con, hostile) == []
        assert queries.quotes(con, words=hostile)["total"] == 0
        assert queries.stats(con)["articles"] == 41


def test_unknown_things_are_none_or_empty(store: Store) -> None:
    with store.reading() as con:
        assert queries.article(con, "nope") is None
        assert queries.entity_profile(con, "per:nobody") is None


def test_export_writes_every_table(store: Store, tmp_path: Path) -> None:
    import json

    import pyarrow.parquet as pq

    from veille.store.export import export

    written = export(store, tmp_path / "parquet", "parquet")
    assert written["articles.parquet"] == 41
    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == 41
    written = export(store, tmp_path / "jsonl", "jsonl", ["articles"])
    lines = (tmp_path / "jsonl" / "analyses.jsonl").read_text(encoding="utf-8").splitlines()
    assert written["analyses.jsonl"] == 41 and json.loads(lines[0])["format"] == "veille.analysis/1"
    written = export(store, tmp_path / "csv", "csv", ["articles", "mentions"])
    assert (tmp_path / "csv" / "articles.csv").read_text(encoding="utf-8").count("\n") > 41
