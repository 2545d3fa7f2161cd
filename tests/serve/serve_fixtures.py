"""Fixtures and helpers of the web UI tests: one store per session (the seed, Wikinews articles,
and two hand-made hostile articles whose text, quotes and names hold HTML), a TestClient, a live
server on 127.0.0.1, a headless Chromium driven through selenium and Debian's chromedriver."""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "seed" / "2025-10-22-trump-otan.txt"
WIKINEWS = sorted((ROOT / "corpus" / "wikinews-fr-2012").glob("*.html"))[:4]
ARTEFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

#: What hostile content would do if it ever ran: set this global.
PWNED = "window.__pwned=1"
EVIL_NAME = f"<script>{PWNED}</script>Mallory <b>Evil</b>"
EVIL_QUOTE = f'<img src=x onerror="{PWNED}">Nous <i>refusons</i> tout'
EVIL_ID = "per:mallory-evil"


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def hostile_analysis(day: str, polarity: float) -> dict[str, Any]:
    """A hand-made analysis (the analysis format) whose text, quote and names carry HTML and scripts."""
    text = (f"{EVIL_NAME} a parlé {day[8:]} mai. «{EVIL_QUOTE}», a déclaré {EVIL_NAME} à Donald Trump. "
            f"<script>{PWNED}</script> La réunion avec Donald Trump a eu lieu mercredi. Note du {day}.")
    mallory = [_find(text, EVIL_NAME), _find(text, EVIL_NAME, 60)]
    trump = [_find(text, "Donald Trump"), _find(text, "Donald Trump", text.index("réunion"))]
    q_start, q_end = _find(text, EVIL_QUOTE)
    cue, speaker = _find(text, "a déclaré"), mallory[1]
    trigger, wednesday = _find(text, "réunion"), _find(text, "mercredi")
    sentence = (text.index("La réunion"), text.index("mercredi.") + len("mercredi."))
    return {
        "format": "veille.analysis/1", "id": f"hostile{day.replace('-', '')}"[:16], "source": f"hand-made/{day}.txt",
        "date": day, "language": "fr", "headline": f"<h1>Titre</h1><script>{PWNED}</script> {day}",
        "lede": None, "byline": [f"<em>{PWNED}</em>"], "media": [], "sections": [], "zones": [],
        "url": None, "fingerprint": None, "text": text, "warnings": [],
        "entities": [
            {"id": EVIL_ID, "name": EVIL_NAME, "type": "PER", "kb_id": None,
             "mentions": [{"start": s, "end": e, "text": text[s:e], "kind": "name"} for s, e in mallory]},
            {"id": "per:donald-trump", "name": "Donald Trump", "type": "PER", "kb_id": None,
             "mentions": [{"start": s, "end": e, "text": text[s:e], "kind": "name"} for s, e in trump]},
        ],
        "quotes": [{"text": EVIL_QUOTE, "start": q_start, "end": q_end, "kind": "direct",
                    "speaker": {"entity": EVIL_ID, "name": EVIL_NAME,
                                "mention": {"start": speaker[0], "end": speaker[1], "text": text[speaker[0]:speaker[1]]}},
                    "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]}, "confidence": 0.9}],
        "timexes": [{"start": wednesday[0], "end": wednesday[1], "text": "mercredi", "type": "DATE", "value": day, "mod": None}],
        "events": [{"type": "CONSULT", "mode": "meet", "status": "reported", "actors": [EVIL_ID],
                    "recipients": ["per:donald-trump"], "location": None, "date": day,
                    "trigger": {"start": trigger[0], "end": trigger[1], "text": "réunion"},
                    "evidence": {"start": sentence[0], "end": sentence[1]}}],
        "stances": [{"holder": EVIL_ID, "target": "per:donald-trump", "polarity": polarity, "date": day,
                     "evidence": {"start": q_start, "end": q_end}}],
    }



def shot(driver: Any, name: str) -> Path:
    """Save a full-window screenshot under test-artifacts/ and return its path."""
    ARTEFACTS.mkdir(exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    driver.save_screenshot(os.fspath(path))
    return path


def _store_analyses(db: Path, analyses: list[dict[str, Any]]) -> None:
    """Write hand-made analyses with the store's own row builders (as the ingest's writer does)."""
    from veille.store import rows as R
    from veille.store.db import Store

    rows = R.empty()
    now = dt.datetime.now().isoformat(sep=" ")
    for analysis in analyses:
        R.add_analysis(rows, analysis, now)
    R.dedupe_entities(rows)
    with Store(db).writing() as con:
        for table in R.TABLES:
            if rows[table]:
                con.register("_batch", R.arrow(rows[table]))
                verb = "INSERT OR IGNORE" if table in {"articles", "entities"} else "INSERT"
                con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM _batch")
                con.unregister("_batch")


@functools.lru_cache(maxsize=1)
def _build_store() -> Path:
    """Built once per session whichever test module asks first (fixtures live here, not in a
    conftest.py: the suite's tests import the top-level conftest by name)."""
    from veille.store.db import Store
    from veille.store.ingest import IngestOptions, ingest

    db = Path(tempfile.mkdtemp(prefix="veille-serve-")) / "veille.duckdb"
    report = ingest(Store(db), [SEED, *WIKINEWS], IngestOptions(workers=1))
    if report.stored != 1 + len(WIKINEWS):
        raise RuntimeError(f"the test store was not filled: {report}")
    _store_analyses(db, [hostile_analysis("2012-05-02", -0.6), hostile_analysis("2012-06-14", 0.4)])
    return db


@pytest.fixture(scope="session")
def serve_db() -> Path:
    """A store holding the seed, four Wikinews articles and two hostile hand-made articles."""
    return _build_store()


@pytest.fixture(scope="session")
def client(serve_db: Path):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from veille.serve.app import create_app

    return TestClient(create_app(serve_db), raise_server_exceptions=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server(serve_db: Path) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, for the browser."""
    import uvicorn

    from veille.serve.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(serve_db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(200):
        if instance.started:
            break
        time.sleep(0.05)
    else:
        raise RuntimeError("the test server did not start")
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium through Debian's chromedriver, French first; nothing is downloaded."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="veille-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1000", "--lang=fr-FR", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    ARTEFACTS.mkdir(exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
