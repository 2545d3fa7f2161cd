"""The knowledge-base builder on an excerpt in the real dump format, and roles resolved on the article's date."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import pytest
from spacy.language import Language

from entity_fixtures import excerpt_gz, kb_file, kb_nlp  # noqa: F401  (fixtures)
from veille.resolve import kb as kb_module
from veille.resolve.kb import KnowledgeBase, build, iter_dump, starter_dump


def test_builder_keeps_people_organisations_places_and_dated_offices(kb_file: Path) -> None:
    base = KnowledgeBase.open(kb_file)
    assert [e.qid for e in base.lookup("Putin")] == ["Q7747"]
    assert base.lookup("NATO", "ORG")[0].name == "Organisation du traité de l'Atlantique nord"
    assert {e.type for e in base.lookup("Washington")} == {"PER", "LOC"}
    assert base.holder("président", "US", "2025-10-22").name == "Donald Trump"  # type: ignore[union-attr]
    assert base.holder("président", "US", "2022-03-01").name == "Joe Biden"  # type: ignore[union-attr]
    assert base.holder("président", "RU", "2010-01-01").name == "Dmitri Medvedev"  # type: ignore[union-attr]
    assert base.holder("président", "US", "1990-01-01") is None


def test_builder_skips_what_is_not_a_person_organisation_place_or_office(tmp_path: Path) -> None:
    painting = {"type": "item", "id": "Q12418", "labels": {"fr": {"language": "fr", "value": "La Joconde"}},
                "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q3305213"}}}, "rank": "normal"}]}}
    lines = starter_dump().read_text(encoding="utf-8").splitlines()
    dump = tmp_path / "mixed.json"
    dump.write_text("\n".join([lines[0], json.dumps(painting) + ",", *lines[1:]]), encoding="utf-8")
    qids = {p["item"][0] for p in iter_dump(dump)}
    assert "Q12418" not in qids and "Q22686" in qids


def test_an_interrupted_build_resumes_without_duplicates(excerpt_gz: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kb_module, "BATCH_LINES", 4)
    db = tmp_path / "kb.duckdb"

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(excerpt_gz, db, progress=stop)
    con = duckdb.connect(str(db))
    partial = con.execute("SELECT count(*) FROM items").fetchone()[0]  # type: ignore[index]
    con.close()
    assert 0 < partial < 19
    assert build(excerpt_gz, db) == 19
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*), count(DISTINCT qid) FROM names WHERE qid = 'Q22686'").fetchone()[0] > 0  # type: ignore[index]
    assert con.execute("SELECT count(*) FROM positions WHERE person = 'Q22686'").fetchone()[0] == 2  # type: ignore[index]


def _entities(nlp: Language, text: str, date: str):  # type: ignore[no-untyped-def]
    from veille.read import read_string

    article = read_string(text)
    article.date = date  # type: ignore[union-attr]
    doc = nlp.make_doc(article.text)  # type: ignore[union-attr]
    doc._.article = article
    return nlp(doc)._.entities


def test_the_american_president_is_whoever_held_the_office_on_the_article_date(kb_nlp: Language) -> None:
    text = "Le président américain a reçu mercredi ses conseillers à Washington. Il a ensuite parlé aux journalistes."
    now = {e.name: e for e in _entities(kb_nlp, text, "2025-10-22")}
    assert "Donald Trump" in now and now["Donald Trump"].kb_id == "Q22686"
    assert [m.kind for m in now["Donald Trump"].mentions] == ["nominal", "pronoun"]
    assert now["Washington"].type == "LOC"
    before = {e.name for e in _entities(kb_nlp, text, "2022-03-01")}
    assert "Joe Biden" in before and "Donald Trump" not in before
