"""The web UI's words in French and English, and the choice of language for a request.

The language is, in order: `?lang=` in the URL (remembered in a cookie), the cookie, the
browser's Accept-Language, then French. Only the interface is translated; article text,
quotes and names are always shown as written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT = "fr"
COOKIE = "veille_lang"

MESSAGES: dict[str, dict[str, str]] = {
    "app.tagline": {"fr": "Qui est dans l'actualité, qui a dit quoi, ce qui s'est passé, et quand.",
                    "en": "Who is in the news, who said what, what happened, and when."},
    "nav.home": {"fr": "Accueil", "en": "Home"},
    "nav.quotes": {"fr": "Citations", "en": "Quotes"},
    "nav.events": {"fr": "Chronologie", "en": "Timeline"},
    "nav.articles": {"fr": "Articles", "en": "Articles"},
    "nav.api": {"fr": "API", "en": "API"},
    "lang.switch": {"fr": "English", "en": "Français"},
    "search.placeholder": {"fr": "Chercher une personne, une organisation, un lieu, des mots…",
                           "en": "Search for a person, an organisation, a place, words…"},
    "search.button": {"fr": "Chercher", "en": "Search"},
    "search.title": {"fr": "Recherche", "en": "Search"},
    "search.results_for": {"fr": "Résultats pour", "en": "Results for"},
    "search.nothing": {"fr": "Rien trouvé.", "en": "Nothing found."},
    "home.corpus": {"fr": "Le corpus", "en": "The corpus"},
    "home.articles": {"fr": "articles", "en": "articles"},
    "home.entities": {"fr": "entités", "en": "entities"},
    "home.quotes": {"fr": "citations", "en": "quotes"},
    "home.events": {"fr": "événements", "en": "events"},
    "home.from_to": {"fr": "du {start} au {end}", "en": "from {start} to {end}"},
    "home.people": {"fr": "Personnes les plus citées", "en": "Most mentioned people"},
    "home.orgs": {"fr": "Organisations", "en": "Organisations"},
    "home.places": {"fr": "Lieux", "en": "Places"},
    "home.recent": {"fr": "Articles récents", "en": "Recent articles"},
    "home.speakers": {"fr": "Qui parle le plus", "en": "Who speaks most"},
    "home.empty": {"fr": "Le corpus est vide : lancez `veille ingest` sur des articles.",
                   "en": "The corpus is empty: run `veille ingest` on some articles."},
    "entity.articles": {"fr": "articles", "en": "articles"},
    "entity.mentions": {"fr": "mentions", "en": "mentions"},
    "entity.over_time": {"fr": "Mentions dans le temps", "en": "Mentions over time"},
    "entity.quotes_by": {"fr": "Ses citations", "en": "Quotes by"},
    "entity.quotes_about": {"fr": "Citations à son sujet", "en": "Quotes about"},
    "entity.events": {"fr": "Événements", "en": "Events"},
    "entity.cooccurring": {"fr": "Apparaît avec", "en": "Appears with"},
    "entity.stances_held": {"fr": "Ses positions envers les autres", "en": "Stance toward others"},
    "entity.stances_received": {"fr": "Positions des autres à son égard", "en": "Others' stance toward"},
    "entity.all_quotes": {"fr": "Toutes ses citations", "en": "All quotes"},
    "entity.none": {"fr": "Aucun(e).", "en": "None."},
    "entity.in_articles": {"fr": "Articles qui le mentionnent", "en": "Articles that mention it"},
    "type.PER": {"fr": "personne", "en": "person"},
    "type.ORG": {"fr": "organisation", "en": "organisation"},
    "type.LOC": {"fr": "lieu", "en": "place"},
    "type.MISC": {"fr": "divers", "en": "other"},
    "quotes.title": {"fr": "Explorateur de citations", "en": "Quote explorer"},
    "quotes.speaker": {"fr": "Locuteur", "en": "Speaker"},
    "quotes.words": {"fr": "Mots", "en": "Words"},
    "quotes.since": {"fr": "Depuis", "en": "Since"},
    "quotes.until": {"fr": "Jusqu'au", "en": "Until"},
    "quotes.filter": {"fr": "Filtrer", "en": "Filter"},
    "quotes.count": {"fr": "{n} citation(s)", "en": "{n} quote(s)"},
    "quotes.unattributed": {"fr": "locuteur inconnu", "en": "unknown speaker"},
    "quotes.kind.direct": {"fr": "directe", "en": "direct"},
    "quotes.kind.partial": {"fr": "partielle", "en": "partial"},
    "quotes.kind.indirect": {"fr": "indirecte", "en": "indirect"},
    "quotes.kind.mixed": {"fr": "mixte", "en": "mixed"},
    "quotes.in_context": {"fr": "voir dans l'article", "en": "see in the article"},
    "events.title": {"fr": "Chronologie des événements", "en": "Event timeline"},
    "events.entity": {"fr": "Acteur", "en": "Actor"},
    "events.type": {"fr": "Type", "en": "Type"},
    "events.count": {"fr": "{n} événement(s)", "en": "{n} event(s)"},
    "events.undated": {"fr": "sans date", "en": "undated"},
    "events.to": {"fr": "envers", "en": "to"},
    "events.at": {"fr": "à", "en": "at"},
    "status.reported": {"fr": "rapporté", "en": "reported"},
    "status.planned": {"fr": "prévu", "en": "planned"},
    "status.cancelled": {"fr": "annulé", "en": "cancelled"},
    "status.negated": {"fr": "démenti", "en": "negated"},
    "status.hypothetical": {"fr": "hypothétique", "en": "hypothetical"},
    "articles.title": {"fr": "Articles", "en": "Articles"},
    "articles.count": {"fr": "{n} article(s)", "en": "{n} article(s)"},
    "article.untitled": {"fr": "Article sans titre", "en": "Untitled article"},
    "article.source": {"fr": "Source", "en": "Source"},
    "article.byline": {"fr": "Par", "en": "By"},
    "article.entities": {"fr": "Entités", "en": "Entities"},
    "article.quotes": {"fr": "Citations", "en": "Quotes"},
    "article.dates": {"fr": "Dates", "en": "Dates"},
    "article.events": {"fr": "Événements", "en": "Events"},
    "article.stances": {"fr": "Positions", "en": "Stances"},
    "article.legend": {"fr": "Légende", "en": "Legend"},
    "article.warnings": {"fr": "Avertissements de lecture", "en": "Reading warnings"},
    "article.said": {"fr": "dit", "en": "said"},
    "stance.toward": {"fr": "envers", "en": "toward"},
    "stance.friendly": {"fr": "favorable", "en": "friendly"},
    "stance.hostile": {"fr": "hostile", "en": "hostile"},
    "stance.neutral": {"fr": "neutre", "en": "neutral"},
    "stance.chart_note": {"fr": "−1 hostile, +1 favorable", "en": "−1 hostile, +1 friendly"},
    "page.previous": {"fr": "← Précédent", "en": "← Previous"},
    "page.next": {"fr": "Suivant →", "en": "Next →"},
    "error.title": {"fr": "Erreur", "en": "Error"},
    "error.404": {"fr": "Introuvable", "en": "Not found"},
    "error.422": {"fr": "Paramètres invalides", "en": "Invalid parameters"},
    "error.500": {"fr": "Erreur interne", "en": "Internal error"},
    "error.503": {"fr": "Base indisponible", "en": "Store unavailable"},
    "error.back": {"fr": "Retour à l'accueil", "en": "Back to the home page"},
    "chart.no_data": {"fr": "Pas assez de données pour un graphique.", "en": "Not enough data for a chart."},
    "chart.date": {"fr": "Date", "en": "Date"},
}

_MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def translator(language: str) -> Callable[..., str]:
    """The `t(key, **values)` function of a language; an unknown key shows as itself."""

    def t(key: str, **values: object) -> str:
        entry = MESSAGES.get(key)
        if entry is None:
            return key
        text = entry.get(language) or entry[DEFAULT]
        return text.format(**values) if values else text

    return t


def choose(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The interface language of a request: URL, then cookie, then the browser's preference."""
    for value in (query, cookie):
        if value in LANGUAGES:
            return value
    if accept_language:
        return from_accept_language(accept_language)
    return DEFAULT


def from_accept_language(header: str) -> str:
    """The best of our languages for an Accept-Language header (`en-GB,en;q=0.9,fr;q=0.8`)."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower().split("-")[0]
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag in LANGUAGES and quality > 0:
            ranked.append((-quality, index, tag))
    return min(ranked)[2] if ranked else "en"


def format_date(value: object, language: str) -> str:
    """A date in words (`22 octobre 2025`, `22 October 2025`); partial or odd values as given."""
    if value is None:
        return ""
    if isinstance(value, date):
        value = value.isoformat()
    text = str(value)
    parts = text.split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
            return f"{day} {_MONTHS[language][month - 1]} {year}"
        if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
            return f"{_MONTHS[language][int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError, KeyError):
        return text
    return text
