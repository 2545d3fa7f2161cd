"""The REST API and the HTML pages through FastAPI's TestClient, on the session's store."""

from __future__ import annotations

import re

from serve_fixtures import client, serve_db, EVIL_ID, EVIL_NAME, EVIL_QUOTE, PWNED  # noqa: F401 - fixtures

from veille.serve import i18n
from veille.serve.highlight import marks_of, runs


def test_overview_counts_the_store(client) -> None:
    data = client.get("/api/overview").json()
    assert data["overview"]["articles"] == 7
    assert data["overview"]["first_date"] == "2012-05-02" or data["overview"]["first_date"] < "2012-05-02"
    assert data["overview"]["last_date"] == "2025-10-22"
    assert "per:donald-trump" in [p["id"] for p in data["people"]]


def test_page_and_api_share_one_data_dict(client) -> None:
    api = client.get("/api/entities/per:donald-trump").json()
    page_json = client.get("/entities/per:donald-trump?format=json").json()
    accept_json = client.get("/entities/per:donald-trump", headers={"Accept": "application/json"}).json()
    assert api == page_json == accept_json
    assert api["entity"]["name"] == "Donald Trump"
    assert "2025-10-22" in [row["date"] for row in api["timeline"]]
    html = client.get("/entities/per:donald-trump").text
    assert '<h1 id="entity-name" class="ent-PER">Donald Trump</h1>' in html


def test_entity_page_gathers_quotes_events_stances_and_neighbours(client) -> None:
    data = client.get(f"/api/entities/{EVIL_ID}").json()
    assert data["quotes_by_total"] == 2
    assert {q["text"] for q in data["quotes_by"]} == {EVIL_QUOTE}
    assert [ev["recipients"][0]["name"] for ev in data["events"]] == ["Donald Trump", "Donald Trump"]
    assert [(s["date"], s["polarity"]) for s in data["stances_held"]] == [("2012-05-02", -0.6), ("2012-06-14", 0.4)]
    assert "per:donald-trump" in [e["id"] for e in data["cooccurring"]]
    received = client.get("/api/entities/per:donald-trump").json()["stances_received"]
    assert [s["holder"] for s in received] == [EVIL_ID, EVIL_ID]


def test_quote_explorer_filters_by_speaker_words_and_dates(client) -> None:
    assert client.get("/api/quotes", params={"speaker": EVIL_ID}).json()["total"] == 2
    assert client.get("/api/quotes", params={"speaker": EVIL_ID, "q": "REFUSONS"}).json()["total"] == 2
    assert client.get("/api/quotes", params={"speaker": EVIL_ID, "q": "acceptons"}).json()["total"] == 0
    june = client.get("/api/quotes", params={"speaker": EVIL_ID, "since": "2012-06-01"}).json()
    assert [q["date"] for q in june["quotes"]] == ["2012-06-14"]


def test_event_timeline_is_in_date_order_and_filters(client) -> None:
    data = client.get("/api/events", params={"entity": EVIL_ID}).json()
    assert [e["sort_date"] for e in data["events"]] == ["2012-05-02", "2012-06-14"]
    assert data["events"][0]["evidence_text"].startswith("La réunion avec Donald Trump")
    assert client.get("/api/events", params={"type": "ACCUSE"}).json()["total"] == 0


def test_search_finds_entities_articles_and_quotes(client) -> None:
    data = client.get("/api/search", params={"q": "trump"}).json()
    assert "per:donald-trump" in [e["id"] for e in data["entities"]]
    assert data["articles_total"] >= 3
    assert client.get("/api/search", params={"q": "refusons"}).json()["quotes_total"] == 2


def test_article_view_highlights_the_evidence(client) -> None:
    quote = client.get("/api/quotes", params={"speaker": EVIL_ID, "since": "2012-06-01"}).json()["quotes"][0]
    url = f"/articles/{quote['article_id']}?hl={quote['start']}-{quote['end']}"
    data = client.get(url + "&format=json").json()
    assert data["focus"] == [quote["start"], quote["end"]]
    html = client.get(url).text
    focused = re.findall(r'<span class="[^"]*\bfocus\b[^"]*"[^>]*>(.*?)</span>', html, flags=re.S)
    assert "".join(re.sub(r"<[^>]+>", "", f) for f in focused) == _escaped(EVIL_QUOTE)
    assert html.count('id="focus"') == 1


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")


def test_untrusted_text_is_escaped_everywhere(client) -> None:
    ids = [a["id"] for a in client.get("/api/articles", params={"q": "mallory"}).json()["articles"]]
    pages = [f"/articles/{ids[0]}", f"/entities/{EVIL_ID}", "/quotes", "/events", "/search?q=mallory", "/", "/articles"]
    for page in pages:
        html = client.get(page).text
        assert f"<script>{PWNED}" not in html, page
        assert "<img src=x" not in html and "<b>Evil</b>" not in html, page
    assert _escaped(EVIL_NAME) in client.get(f"/entities/{EVIL_ID}").text


def test_unknown_entity_is_a_404_page_and_a_json_error(client) -> None:
    api = client.get("/api/entities/per:nobody")
    assert api.status_code == 404
    assert api.json() == {"error": {"status": 404, "message": "no entity with id 'per:nobody' in this store"}}
    page = client.get("/entities/per:nobody")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "no entity with id &#39;per:nobody&#39;" in page.text
    assert client.get("/api/articles/0000000000000000").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_bad_parameters_are_a_422_with_a_clear_message(client) -> None:
    cases = {
        "/api/quotes?limit=abc": "limit: Input should be a valid integer",
        "/api/quotes?limit=0": "limit: Input should be greater than or equal to 1",
        "/api/events?since=2012-13-01": "since: Input should be a valid date",
        "/api/quotes?since=2012-06-01&until=2012-05-01": "since (2012-06-01) is after until (2012-05-01)",
    }
    for url, message in cases.items():
        response = client.get(url)
        assert response.status_code == 422, url
        assert response.json()["error"]["message"].startswith(message), response.json()
    article = client.get("/api/articles").json()["articles"][0]["id"]
    bad_hl = client.get(f"/articles/{article}?hl=oops")
    assert bad_hl.status_code == 422 and "hl must be START-END" in bad_hl.text
    assert "Traceback" not in bad_hl.text


def test_language_follows_the_browser_and_the_switch(client) -> None:
    assert ">Citations<" in client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).text
    assert ">Quotes<" in client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"}).text
    switched = client.get("/?lang=en", headers={"Accept-Language": "fr"})
    assert '<html lang="en">' in switched.text
    assert switched.cookies.get(i18n.COOKIE) == "en"
    assert i18n.from_accept_language("de-DE,de;q=0.9,fr;q=0.4") == "fr"
    assert i18n.from_accept_language("de-DE") == "en"
    assert i18n.format_date("2025-10-22", "fr") == "22 octobre 2025"


def test_docs_and_assets_are_local(client) -> None:
    docs = client.get("/docs").text
    assert not re.search(r"(src|href)=\"https?://", docs)
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    assert client.get("/static/vendor/uplot/uPlot.iife.min.js").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/api/entities/{entity_id}", "/api/quotes", "/api/events", "/api/articles/{article_id}"} <= set(schema["paths"])
    for page in ["/", "/entities/per:donald-trump", "/quotes", "/events", "/articles"]:
        assert not re.search(r"(src|href)=\"https?://", client.get(page).text), page


def test_runs_cover_the_text_exactly_and_nest_annotations() -> None:
    from serve_fixtures import hostile_analysis  # noqa: PLC0415

    analysis = hostile_analysis("2012-05-02", 0.1)
    quote = analysis["quotes"][0]
    cut = runs(analysis["text"], marks_of(analysis, {}), (quote["start"], quote["end"]))
    assert "".join(r.text for r in cut) == analysis["text"]
    inside = [r for r in cut if r.focus]
    assert "".join(r.text for r in inside) == quote["text"]
    assert all("q q-direct" in r.classes for r in inside)
    assert [r.anchor for r in cut if r.anchor] == ["focus"]


def test_reported_speech_is_not_shown_between_quotation_marks(client) -> None:
    html = client.get("/entities/per:marco-rubio").text
    indirect = "que la Russie ne reviendrait sur aucune de ses exigences (aussi petite soit-elle)"
    assert f'<blockquote class="quote-text kind-indirect">{indirect}</blockquote>' in html
    seed = client.get("/api/entities/per:donald-trump").json()["quotes_by"][0]["article_id"]
    page = client.get(f"/articles/{seed}").text
    assert "«&nbsp;que la Russie" not in page and f"<em>{indirect}</em>" in page
    assert "«&nbsp;Je ne veux pas d&#39;ungâchis en guise de rencontre&nbsp;»" in page
