"""French function words the quote rules read around a cue: clitics, auxiliaries, determiners,
the words that end a noun phrase, the adverbs that may stand between a verb and its subject."""

from __future__ import annotations

from veille.lang.fr.calendar import WEEKDAYS
from veille.lang.fr.time import PARTS_OF_DAY, RELATIVE_DAYS

#: Subject clitics after an inverted verb (`a-t-il dit`), as the tokenizer leaves them.
INVERTED_SUBJECTS: frozenset[str] = frozenset({"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles"})

#: Reflexive clitics (`s'est dit`, `se félicite`).
REFLEXIVES: frozenset[str] = frozenset({"se", "s'", "s’"})

#: Forms of `avoir` as an auxiliary, which the tagger sometimes misses (`avait martelé` tagged a noun).
AVOIR_FORMS: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"})

#: Words of a partitive group that belong to a speaker phrase (`l'un d'eux`, `un autre`).
GROUP_PRONOUNS: frozenset[str] = frozenset({"un", "une", "autre", "autres", "eux", "elles"})

#: Words that end a speaker's noun phrase: relatives, prepositions of time and place, days.
PHRASE_ENDS: frozenset[str] = frozenset({
    "qui", "que", "qu'", "dont", "lequel", "laquelle", "lors", "après", "avant", "en", "dans", "sur",
    "à", "au", "devant", "hier", "aujourd'hui", "pendant", "avec", "pour", "sans", "par",
}) | frozenset(WEEKDAYS)

#: When-words that may stand between an inverted verb and its subject (`a déclaré jeudi soir le ministre`).
WHEN_WORDS: frozenset[str] = frozenset(WEEKDAYS) | frozenset(PARTS_OF_DAY) | frozenset(RELATIVE_DAYS)

#: Words that may stand between a cue and its infinitive (`a annoncé jeudi avoir`, `de ne pas se rendre`).
BEFORE_INFINITIVE: frozenset[str] = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus", "rien", "se", "s'", "s’", "y", "en", "le", "la", "les", "l'", "l’", "lui", "leur"})
ADVERBS_BEFORE_INFINITIVE: frozenset[str] = frozenset(WEEKDAYS) | frozenset({"hier", "aujourd'hui", "aujourd’hui", "également", "aussi", "encore", "enfin", "ensuite"})

#: The conjunction `que` in its forms.
QUE: frozenset[str] = frozenset({"que", "qu'", "qu’"})

#: Determiners that may stand before a name (`le ministre`, `sa fille`), lowercased.
DETERMINERS_AROUND: frozenset[str] = frozenset({"l'", "le", "la", "les", "un", "une", "des", "son", "sa", "ses", "leur", "leurs"})

#: Definite and demonstrative determiners with the gender they mark (`l'` marks none).
DEFINITE_GENDER: dict[str, str] = {"le": "m", "la": "f", "l'": "", "l’": "", "ce": "m", "cet": "m", "cette": "f"}

#: Indefinite determiners and pronouns of an unnamed person, with their gender (`un régleur`, `l'une d'elles`).
UNNAMED_GENDER: dict[str, str] = {"un": "m", "une": "f", "l'un": "m", "l’un": "m", "l'une": "f", "l’une": "f"}

#: Articles as a phrase's first characters (`startswith`).
ARTICLE_PREFIXES: tuple[str, ...] = ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ")
