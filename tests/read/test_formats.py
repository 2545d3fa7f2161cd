"""Readers chosen by content: JSON lines, HTML with metadata, plain text, stdin."""

from __future__ import annotations

import json
from pathlib import Path

from support import SEED, run_veille

from veille.errors import ReadFailure
from veille.model import Article
from veille.read import read_paths, read_string
from veille.read.identity import similarity

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Grève à la SNCF - Le Quotidien</title>
<meta name="author" content="Julie Martin">
<meta property="article:published_time" content="2024-02-15T08:30:00+01:00">
</head><body><nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<article><h1>Grève à la SNCF : le trafic fortement perturbé</h1>
<p>Les syndicats de cheminots ont appelé à une grève reconductible à partir de jeudi, a annoncé mercredi la CGT dans un communiqué.</p>
<p>« Nous ne lâcherons rien », a déclaré Laurent Brun, secrétaire général de la CGT-Cheminots, devant la gare de Lyon à Paris.</p>
<p>La direction de la SNCF prévoit un train sur trois sur les lignes à grande vitesse et appelle les voyageurs à reporter leurs déplacements.</p>
</article><footer>© Le Quotidien 2024 — mentions légales</footer></body></html>"""


def test_html_page_gives_headline_date_author_and_main_text(tmp_path: Path):
    path = tmp_path / "page.txt"  # the extension lies: the content decides
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_paths([path])
    assert isinstance(article, Article)
    assert article.headline == "Grève à la SNCF : le trafic fortement perturbé"
    assert article.date == "2024-02-15"
    assert article.byline == ["Julie Martin"]
    assert "Nous ne lâcherons rien" in article.text
    assert "Accueil" not in article.text and "mentions légales" not in article.text
    # the headline opens the text once, as its own zone, so that its quotes and names are analysed
    headline = "Grève à la SNCF : le trafic fortement perturbé"
    assert article.text.startswith(headline + "\n\n") and article.text.count(headline) == 1
    assert [(z.start, z.end) for z in article.zones if z.kind == "headline"] == [(0, len(headline))]
    # and identity stays the body's: the same story under another title is the same article
    retitled = read_string(PAGE.replace("le trafic fortement perturbé", "trains à l'arrêt"), source="other.html")
    assert isinstance(retitled, Article) and retitled.id == article.id and retitled.headline != article.headline


def test_jsonl_records_with_metadata_and_a_bad_line(tmp_path: Path):
    records = [
        {"date": "2025-01-02", "text": "Le président a reçu mardi son homologue allemand à l'Élysée pour un dîner de travail.", "title": "Visite", "url": "https://example.org/a", "id": "a1"},
        "not json at all",
        {"date": "2025-01-03", "text": "", "title": "vide"},
        {"date": "2025-01-03T10:00:00Z", "text": "The minister said on Tuesday that the talks in Geneva had failed again.", "lang": "en", "id": "b2"},
    ]
    path = tmp_path / "feed"  # no extension
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records), encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "ReadFailure", "Article"]
    first, bad, empty, english = items
    assert isinstance(first, Article) and isinstance(english, Article)
    assert (first.date, first.headline, first.url, first.source) == ("2025-01-02", "Visite", "https://example.org/a", "https://example.org/a")
    assert english.date == "2025-01-03" and english.language == "en" and english.source == f"{path}#b2"
    assert isinstance(bad, ReadFailure) and bad.source == f"{path}:2" and "not a JSON object" in bad.reason
    assert isinstance(empty, ReadFailure) and 'has no "text"' in empty.reason


def test_stdin(tmp_path: Path):
    result = run_veille("analyze", "-", "--format", "jsonl", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == "-" and data["date"] == "2025-10-22" and data["byline"] == ["Chiara Schlenz"]


def test_identity_is_stable_and_fingerprints_find_near_duplicates(tmp_path: Path):
    text = SEED.read_text(encoding="utf-8")
    (a,) = read_paths([SEED])
    copy = tmp_path / "copy.txt"
    copy.write_text(text.replace("\n\n", "\n\n  ").replace("Donald Trump voulait faire la paix et", "Donald  Trump voulait faire la paix et"), encoding="utf-8")
    (b,) = read_paths([copy])
    edited = tmp_path / "edited.txt"
    edited.write_text(text.replace("Chiara Schlenz", "Jean Dupont").replace("Gaza", "Gaza-ville"), encoding="utf-8")
    (c,) = read_paths([edited])
    (other,) = read_paths([Path(SEED).parents[1] / "wikinews-fr-2012" / "43971.html"])
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article) and isinstance(other, Article)
    assert a.id == b.id
    assert a.id != c.id
    assert a.fingerprint and c.fingerprint and other.fingerprint
    assert similarity(a.fingerprint, c.fingerprint) > 0.8
    assert similarity(a.fingerprint, other.fingerprint) < 0.1


def test_unknown_path_is_a_failure_not_an_exception():
    (item,) = read_paths(["/nonexistent/article.txt"])
    assert isinstance(item, ReadFailure) and item.reason == "no such file or directory"
