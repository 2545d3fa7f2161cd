"""The timex grammar on hand-made French sentences, without the model (tense given by hand)."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.analyze.timex_rules import Context, find_timexes

WEDNESDAY = dt.date(2025, 10, 22)


def tag(text: str, anchor: dt.date | None = WEDNESDAY, tense: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    found = find_timexes(text, Context(anchor, lambda start, end: tense))  # type: ignore[arg-type,return-value]
    for item in found:
        assert 0 <= item.start < item.end <= len(text)
    return [(text[f.start:f.end], f.type, f.value, f.mod) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il reçoit mercredi le secrétaire général.", ("mercredi", "DATE", "2025-10-22", None)),
        ("Il est arrivé hier à Paris.", ("hier", "DATE", "2025-10-21", None)),
        ("Il est arrivé avant-hier.", ("avant-hier", "DATE", "2025-10-20", None)),
        ("Il partira demain.", ("demain", "DATE", "2025-10-23", None)),
        ("Aujourd'hui, il parle.", ("Aujourd'hui", "DATE", "2025-10-22", None)),
        ("Il a parlé ce matin.", ("ce matin", "TIME", "2025-10-22TMO", None)),
        ("Il a parlé lundi dernier.", ("lundi dernier", "DATE", "2025-10-20", None)),
        ("Il parlera mardi prochain.", ("mardi prochain", "DATE", "2025-10-28", None)),
        ("Il a parlé la semaine dernière.", ("la semaine dernière", "DATE", "2025-W42", None)),
        ("Il parlera la semaine prochaine.", ("la semaine prochaine", "DATE", "2025-W44", None)),
        ("Il a parlé le mois dernier.", ("le mois dernier", "DATE", "2025-09", None)),
        ("Il a parlé l'an dernier.", ("l'an dernier", "DATE", "2024", None)),
        ("Le vote aura lieu début octobre.", ("début octobre", "DATE", "2025-10", "START")),
        ("Le vote aura lieu fin 2024.", ("fin 2024", "DATE", "2024", "END")),
        ("Il a parlé le 3 octobre.", ("le 3 octobre", "DATE", "2025-10-03", None)),
        ("Il a parlé le 3 octobre 2023.", ("le 3 octobre 2023", "DATE", "2023-10-03", None)),
        ("Il a été élu en 2012.", ("2012", "DATE", "2012", None)),
        ("Il a parlé il y a trois jours.", ("il y a trois jours", "DATE", "2025-10-19", None)),
        ("Il y a quelques jours encore, il parlait.", ("Il y a quelques jours", "DATE", "PAST_REF", None)),
        ("Il parlera dans deux semaines.", ("dans deux semaines", "DATE", "2025-W45", None)),
        ("Il s'en est moqué pendant des années.", ("pendant des années", "DURATION", "PXY", None)),
        ("Finir la guerre en deux semaines.", ("en deux semaines", "DURATION", "P2W", None)),
        ("Pour la première fois depuis des mois.", ("depuis des mois", "DURATION", "PXM", None)),
        ("Il vient chaque mardi.", ("chaque mardi", "SET", "XXXX-WXX-2", None)),
        ("Moins de quarante cinq minutes après.", ("Moins de quarante cinq minutes", "DURATION", "PT45M", "LESS_THAN")),
        ("Il a atterri à 7h44.", ("7h44", "TIME", "2025-10-22T07:44", None)),
        ("Il est mort en mars 1952.", ("mars 1952", "DATE", "1952-03", None)),
        ("Pendant les années 1970 déjà.", ("les années 1970", "DATE", "197", None)),
        ("Pour l'instant, rien.", ("Pour l'instant", "DATE", "PRESENT_REF", None)),
        ("Un salaire de 1 500 euros mensuels.", ("mensuels", "SET", "P1M", None)),
    ],
)
def test_expression_and_value(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in tag(text)


def test_a_bare_weekday_points_back_unless_the_verb_is_future() -> None:
    assert tag("Il a reçu mardi le ministre.", tense="past") == [("mardi", "DATE", "2025-10-21", None)]
    assert tag("Il recevra mardi le ministre.", tense="future") == [("mardi", "DATE", "2025-10-28", None)]
    assert tag("Il parle mardi.", tense=None) == [("mardi", "DATE", "2025-10-21", None)]


def test_no_date_no_guess() -> None:
    found = tag("Hier, il a dit qu'il partirait mardi, le 3 octobre 2023, pendant deux semaines.", anchor=None)
    assert ("Hier", "DATE", None, None) in found
    assert ("mardi", "DATE", None, None) in found
    assert ("le 3 octobre 2023", "DATE", "2023-10-03", None) in found
    assert ("pendant deux semaines", "DURATION", "P2W", None) in found


def test_dateline_is_the_article_date() -> None:
    assert tag("22 juin 2012. - Le minitel s'arrête.")[0] == ("22 juin 2012", "DATE", "2012-06-22", None)


def test_ages_and_quantities_are_not_timexes() -> None:
    assert tag("Un garçon de 17 ans et des 1500 invités ont payé 2000 euros.") == []


def test_enumerated_days_share_their_month() -> None:
    found = tag("Les concerts des 4, 5 et 9 août.")
    assert [(t, v) for t, _, v, _ in found] == [("4", "2025-08-04"), ("5", "2025-08-05"), ("9 août", "2025-08-09")]


def test_clock_time_takes_the_day_before_it() -> None:
    found = tag("Il est mort dans la nuit de vendredi à samedi à trois heures du matin.", anchor=dt.date(2012, 6, 16))
    assert ("la nuit de vendredi à samedi", "TIME", "2012-06-15TNI", None) in found
    assert ("trois heures du matin", "TIME", "2012-06-16T03:00", None) in found


def test_hours_are_a_duration_unless_a_clock_word_comes_first() -> None:
    assert tag("Il travaille 35 heures.") == [("35 heures", "DURATION", "PT35H", None)]
    assert tag("Il arrive à 19 heures.") == [("19 heures", "TIME", "2025-10-22T19:00", None)]


def test_anaphoric_shift_from_the_previous_date() -> None:
    found = tag("Il est condamné en mars 1952. Il se suicide deux ans après.")
    assert ("deux ans après", "DATE", "1954", None) in found
