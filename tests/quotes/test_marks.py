"""Pairing quotation marks: every mark in use, nesting, unclosed marks, multi-paragraph quotes."""

from veille.analyze.quotes.marks import pair_marks


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in pair_marks(text).quotes]


def test_every_mark_in_use() -> None:
    text = 'Il a dit «\u00a0bonjour\u00a0», puis «non», “oui”, "peut-être", ‹ jamais › et "intenable”.'
    assert quoted(text) == ["bonjour", "non", "oui", "peut-être", "jamais", "intenable"]


def test_straight_single_quotes_but_not_apostrophes() -> None:
    assert quoted("Il a parlé de 'faux pas' mais l'homme l'a nié.") == ["faux pas"]


def test_nested_quote_stays_inside_the_outer_one() -> None:
    text = "« On a constaté 261 cas de « réelle » fraude », a nuancé la porte-parole."
    assert quoted(text) == ["On a constaté 261 cas de « réelle » fraude"]


def test_unclosed_mark_spoils_only_its_paragraph() -> None:
    text = "Il a dit « jamais fermé.\n\nElle répond « d'accord »."
    pairing = pair_marks(text)
    assert [text[q.start:q.end] for q in pairing.quotes] == ["d'accord"]
    assert pairing.unbalanced == [9]


def test_french_multi_paragraph_quote() -> None:
    text = "« Premier paragraphe.\n\n« Deuxième paragraphe.\n\n« Fin. » Et la suite."
    pairing = pair_marks(text)
    assert len(pairing.quotes) == 1
    assert text[pairing.quotes[0].start:pairing.quotes[0].end].endswith("Fin.")
    assert pairing.quotes[0].paragraphs == 3
    assert pairing.unbalanced == []
