"""End-to-end: the web UI in a real headless Chromium (Debian's), screenshots in test-artifacts/."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from serve_fixtures import browser, serve_db, server, EVIL_ID, EVIL_NAME, EVIL_QUOTE, PWNED, shot  # noqa: F401 - fixtures

pytestmark = pytest.mark.e2e


def _focused_text(browser) -> str:
    return "".join(el.text for el in browser.find_elements(By.CSS_SELECTOR, ".article-text .focus"))


def _in_view(browser, element) -> bool:
    return browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element)


def test_home_then_donald_trump_then_a_quote_in_its_article(browser, server) -> None:
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert "7 articles" in browser.find_element(By.ID, "corpus-stats").text
    shot(browser, "01-home-fr")
    browser.find_element(By.CSS_SELECTOR, "a[href='/entities/per:donald-trump']").click()
    assert browser.find_element(By.ID, "entity-name").text == "Donald Trump"
    shot(browser, "02-entity-donald-trump")
    quotes = browser.find_elements(By.CSS_SELECTOR, "#quotes-by .quote-item")
    if not quotes:
        pytest.xfail("quotes component not merged yet: the seed's analysis has no quote by Donald Trump")
    text = quotes[0].find_element(By.CSS_SELECTOR, ".quote-text").text
    quotes[0].find_element(By.CSS_SELECTOR, ".evidence-link").click()
    assert _focused_text(browser) == text
    assert _in_view(browser, browser.find_element(By.ID, "focus"))
    shot(browser, "03-seed-article-quote-highlighted")


def test_a_quote_followed_to_its_article_is_highlighted_and_scrolled_to(browser, server) -> None:
    browser.get(f"{server}/entities/{EVIL_ID}")
    item = browser.find_elements(By.CSS_SELECTOR, "#quotes-by .quote-item")[0]
    assert item.find_element(By.CSS_SELECTOR, ".quote-text").text == EVIL_QUOTE
    assert browser.find_elements(By.CSS_SELECTOR, "#stances canvas"), "the stance chart did not render"
    shot(browser, "04-entity-with-quotes-and-stance-chart")
    item.find_element(By.CSS_SELECTOR, ".evidence-link").click()
    assert "hl=" in browser.current_url
    assert _focused_text(browser) == EVIL_QUOTE
    assert _in_view(browser, browser.find_element(By.ID, "focus"))
    shot(browser, "05-article-quote-highlighted")


def test_switching_the_language_sticks_across_pages(browser, server) -> None:
    browser.get(server + "/quotes")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Explorateur de citations"
    browser.find_element(By.ID, "lang-switch").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Quote explorer"
    browser.get(server + "/events")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Event timeline"
    shot(browser, "06-events-en")
    browser.find_element(By.ID, "lang-switch").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Chronologie des événements"


def test_hostile_text_never_runs_and_shows_as_written(browser, server) -> None:
    browser.get(f"{server}/api/articles?q=mallory")
    article_id = __import__("json").loads(browser.find_element(By.TAG_NAME, "body").text)["articles"][0]["id"]
    for page in [f"/articles/{article_id}", f"/entities/{EVIL_ID}", "/quotes", "/events", "/search?q=mallory"]:
        browser.get(server + page)
        assert browser.execute_script("return window.__pwned === undefined"), page
        assert not browser.find_elements(By.CSS_SELECTOR, "main script:not([type='application/json']), main img, main b"), page
    browser.get(f"{server}/articles/{article_id}")
    text = browser.find_element(By.ID, "article-text").text
    assert f"<script>{PWNED}</script>" in text and EVIL_QUOTE in text and EVIL_NAME in text
    assert browser.find_element(By.ID, "article-title").text.startswith(f"<h1>Titre</h1><script>{PWNED}</script>")
    shot(browser, "07-hostile-article-as-written")


def test_unknown_entity_shows_a_404_page(browser, server) -> None:
    browser.get(server + "/entities/per:nobody")
    assert "404" in browser.find_element(By.TAG_NAME, "h1").text
    assert "per:nobody" in browser.find_element(By.ID, "error-message").text
    shot(browser, "08-not-found")
