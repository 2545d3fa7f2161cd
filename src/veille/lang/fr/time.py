"""French time words: numbers, units, parts of the day, deictic days, vague references, sets.

The temporal tagger (`veille.analyze.timex_rules`) builds its patterns from these tables,
so that another language brings its own module and the rules stay the same.
"""

from __future__ import annotations

import re

from veille.lang.fr.calendar import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS"]

_UNITS_0_19 = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80, "quatre-vingts": 80,
}

#: Every word that can be part of a number written in letters (for the patterns).
NUMBER_WORDS: tuple[str, ...] = tuple(
    sorted({*_UNITS_0_19, *_TENS, "cent", "cents", "mille", "et", "demi", "demie"}, key=len, reverse=True)
)

#: Time units -> (TIMEX3 unit letter, True when the unit is below a day: PTnH, PTnM, PTnS).
UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "secondes": ("S", True),
    "minute": ("M", True), "minutes": ("M", True),
    "heure": ("H", True), "heures": ("H", True),
    "jour": ("D", False), "jours": ("D", False), "journée": ("D", False), "journées": ("D", False),
    "nuit": ("D", False), "nuits": ("D", False),
    "semaine": ("W", False), "semaines": ("W", False),
    "mois": ("M", False),
    "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
    "décennie": ("DE", False), "décennies": ("DE", False),
    "siècle": ("CE", False), "siècles": ("CE", False),
}

#: Quantities that say "some, unknown how many": the value gets an X (`PXY`).
VAGUE_QUANTITIES: tuple[str, ...] = (
    "des", "plusieurs", "quelques", "de nombreux", "de nombreuses", "de longs", "de longues",
    "nombre de", "bien des",
)

#: Modifiers before a quantity -> TIMEX3 mod.
QUANTITY_MODS: dict[str, str] = {
    "moins de": "LESS_THAN", "plus de": "MORE_THAN", "près de": "APPROX", "environ": "APPROX",
    "au moins": "EQUAL_OR_MORE", "au plus": "EQUAL_OR_LESS", "presque": "APPROX",
    "une quinzaine de": "APPROX", "une dizaine de": "APPROX", "une centaine de": "APPROX",
}

#: Words that make a duration out of a following quantity; they belong to the span.
DURATION_PREPOSITIONS: tuple[str, ...] = ("pendant", "durant", "depuis", "en")

#: Deictic days, relative to the article's date.
RELATIVE_DAYS: dict[str, int] = {
    "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2,
}

#: Parts of the day -> TIMEX3 part-of-day code.
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "midi": "MI",
    "soir": "EV", "soirée": "EV", "nuit": "NI",
}

#: Words after a weekday, a week, a month or a year that point back or forward.
PAST_WORDS: tuple[str, ...] = ("dernier", "dernière", "passé", "passée", "précédent", "précédente")
FUTURE_WORDS: tuple[str, ...] = ("prochain", "prochaine", "suivant", "suivante")

#: Calendar units that `dernier/prochain/ce` can apply to -> TIMEX3 granularity.
CALENDAR_UNITS: dict[str, str] = {
    "semaine": "week", "week-end": "weekend", "mois": "month", "an": "year", "année": "year",
    "trimestre": "quarter", "siècle": "century", "décennie": "decade",
}

#: Positions inside a period -> TIMEX3 mod (`début octobre` -> 2025-10 START).
PERIOD_MODS: dict[str, str] = {
    "début": "START", "fin": "END", "mi-": "MID", "milieu": "MID", "courant": "MID",
    "deuxième partie": "END", "seconde partie": "END", "deuxième moitié": "END",
    "seconde moitié": "END", "première partie": "START", "première moitié": "START",
    "deuxième quinzaine": "END", "seconde quinzaine": "END", "première quinzaine": "START",
}

#: Vague references to the past, the present and the future.
REFERENCES: dict[str, str] = {
    "autrefois": "PAST_REF", "jadis": "PAST_REF", "naguère": "PAST_REF", "récemment": "PAST_REF",
    "ces derniers temps": "PAST_REF", "dernièrement": "PAST_REF", "par le passé": "PAST_REF",
    "dans le passé": "PAST_REF", "auparavant": "PAST_REF",
    "actuellement": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "en ce moment": "PRESENT_REF", "à présent": "PRESENT_REF",
    "de nos jours": "PRESENT_REF", "à l'heure où nous écrivons": "PRESENT_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "à l'avenir": "FUTURE_REF",
    "dans un futur proche": "FUTURE_REF", "dans un avenir proche": "FUTURE_REF",
    "dans le futur": "FUTURE_REF", "à terme": "FUTURE_REF", "sous peu": "FUTURE_REF",
}

#: Words of recurrence -> TIMEX3 SET value.
SET_WORDS: dict[str, str] = {
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M",
    "mensuellement": "P1M",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W",
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y", "annuellement": "P1Y",
    "quotidiennement": "P1D", "chaque jour": "P1D", "chaque semaine": "P1W", "chaque mois": "P1M",
    "chaque année": "P1Y", "chaque an": "P1Y", "tous les jours": "P1D", "tous les ans": "P1Y",
    "tous les mois": "P1M", "toutes les semaines": "P1W", "toutes les heures": "PT1H",
    "par jour": "P1D", "par semaine": "P1W", "par mois": "P1M", "par an": "P1Y", "par année": "P1Y",
    "de l'heure": "PT1H", "par heure": "PT1H", "par demi-heure": "PT30M",
    "journalier": "P1D", "journalière": "P1D", "journaliers": "P1D", "journalières": "P1D",
}

#: Nouns that, right after a four-digit number, show it is a quantity and not a year.
NOT_YEAR_NOUNS: frozenset[str] = frozenset({
    "euros", "euro", "dollars", "francs", "livres", "habitants", "personnes", "morts", "victimes",
    "blessés", "voix", "km", "kilomètres", "mètres", "m", "kg", "tonnes", "hectares", "ha",
    "élèves", "salariés", "emplois", "postes", "soldats", "hommes", "femmes", "enfants",
    "exemplaires", "spectateurs", "participants", "signatures", "points", "%", "fois", "ans",
    "jours", "heures", "minutes", "mois",
})


def parse_number(words: str) -> int | None:
    """`quarante cinq`, `vingt-et-un`, `quatre-vingt-dix`, `18` -> the number, or None."""
    text = words.strip().lower()
    if text.isdigit():
        return int(text)
    parts = [p for p in re.split(r"[\s-]+", text) if p and p != "et"]
    total, current = 0, 0
    index = 0
    while index < len(parts):
        part = parts[index]
        if part == "quatre" and index + 1 < len(parts) and parts[index + 1] in {"vingt", "vingts"}:
            current += 80
            index += 2
            continue
        if part in _UNITS_0_19:
            current += _UNITS_0_19[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part in {"cent", "cents"}:
            current = max(current, 1) * 100
        elif part == "mille":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        index += 1
    return total + current


#: Determiners before a four-digit number that make it a quantity (`des 1500 invités`).
NOT_YEAR_BEFORE: frozenset[str] = frozenset({"des", "les", "aux", "ses", "ces", "leurs", "nos", "vos", "quelque"})

#: Words before `N ans` that make it an age (`à 17 ans`, `âgé de 62 ans`), not a duration.
AGE_BEFORE: frozenset[str] = frozenset({"de", "à", "âgé", "âgée", "âgés", "âgées", "(", "d'"})

#: Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

#: Participles that, with a present auxiliary, announce what is to come (`il est attendu mercredi`).
PROSPECTIVE_PARTICIPLES: frozenset[str] = frozenset({
    "attendre", "prévoir", "programmer", "convoquer", "inviter", "annoncer", "planifier",
})

#: Verbs whose present or conditional, governing an infinitive, point to the future
#: (`il doit se rendre mardi`, `il va recevoir mardi`).
PROSPECTIVE_VERBS: frozenset[str] = frozenset({
    "aller", "devoir", "pouvoir", "vouloir", "compter", "prévoir", "envisager", "espérer",
    "souhaiter", "projeter", "penser",
})

#: Prepositions before `N heures` that make it a clock time (`à 19 heures`), not a duration.
CLOCK_PREPOSITIONS: frozenset[str] = frozenset({"à", "vers", "dès", "soit", "jusqu'à", "jusqu’à", "avant", "après"})

#: What follows an hour -> hours to add (`trois heures du matin`, `huit heures du soir`).
DAY_PARTS_AFTER_HOUR: dict[str, int] = {"du matin": 0, "du soir": 12, "de l'après-midi": 12, "de l’après-midi": 12}
