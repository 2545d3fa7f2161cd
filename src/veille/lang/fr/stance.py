"""French attitude knowledge: words that say how a holder feels about a target, and when.

Polarities are in [-1, 1]: -1 hostile, +1 friendly. The verbs take the holder as subject
and the target as object (`railler l'OTAN`) or after a preposition (`se moquer de`,
`se rapprocher de`, `faire la paix avec`).
"""

from __future__ import annotations

#: Verb lemma -> polarity of the subject's attitude toward the object.
ATTITUDE_VERBS: dict[str, float] = {
    # hostile
    "railler": -0.8, "moquer": -0.7, "ridiculiser": -0.8, "mépriser": -0.8, "insulter": -0.9,
    "critiquer": -0.6, "dénoncer": -0.7, "condamner": -0.7, "fustiger": -0.8, "accuser": -0.6,
    "menacer": -0.7, "attaquer": -0.7, "blâmer": -0.6, "reprocher": -0.5, "rejeter": -0.5,
    "snober": -0.6, "humilier": -0.8, "défier": -0.5, "sanctionner": -0.7, "boycotter": -0.6,
    "éloigner": -0.4, "rompre": -0.7, "vilipender": -0.9, "injurier": -0.9, "conspuer": -0.8,
    # friendly
    "rapprocher": 0.6, "soutenir": 0.7, "saluer": 0.6, "féliciter": 0.7, "remercier": 0.6,
    "louer": 0.7, "applaudir": 0.6, "appuyer": 0.6, "défendre": 0.5, "encenser": 0.8,
    "admirer": 0.7, "courtiser": 0.5, "réconcilier": 0.6, "allier": 0.6,
}

#: Verb + noun phrases with their polarity: `faire la paix avec X`, `tendre la main à X`.
ATTITUDE_PHRASES: dict[tuple[str, str], float] = {
    ("faire", "paix"): 0.6, ("tendre", "main"): 0.6, ("faire", "confiance"): 0.6,
    ("miser", "sur"): 0.5, ("tourner", "dos"): -0.6, ("faire", "guerre"): -0.9,
    ("déclarer", "guerre"): -0.9, ("couper", "pont"): -0.7,
}

#: Verbs whose object is wronged by the subject, so the object turns against the subject:
#: `Poutine le mène en bateau` says Trump has reason to distrust Poutine.
BETRAYAL_VERBS: dict[str, float] = {
    "tromper": -0.7, "trahir": -0.8, "duper": -0.7, "berner": -0.7, "manipuler": -0.6,
    "abuser": -0.6, "rouler": -0.5,
}

#: Verb + noun idioms of betrayal: `mener en bateau`, `rouler dans la farine`.
BETRAYAL_PHRASES: dict[tuple[str, str], float] = {
    ("mener", "bateau"): -0.6, ("rouler", "farine"): -0.6, ("poignarder", "dos"): -0.8,
}

#: Verbs of qualification: `qualifier X de «dépassée»` takes its polarity from the qualifier.
QUALIFY_VERBS: frozenset[str] = frozenset({"qualifier", "qualifié", "traiter", "juger", "décrire", "considérer"})

#: Evaluative adjectives and nouns, for qualifications and for quotes.
EVALUATIVE: dict[str, float] = {
    "dépassé": -0.6, "dépasser": -0.6, "obsolète": -0.6, "inutile": -0.6, "ringard": -0.6,
    "mort": -0.6, "nul": -0.7, "dangereux": -0.6, "honteux": -0.8, "inacceptable": -0.8,
    "scandaleux": -0.8, "irresponsable": -0.7, "cirque": -0.6, "mensonge": -0.7, "menteur": -0.8,
    "criminel": -0.9, "terroriste": -0.9, "agresseur": -0.8, "ennemi": -0.8, "traître": -0.8,
    "provocation": -0.6, "malentendu": -0.3, "hostile": -0.7, "faible": -0.4,
    "indispensable": 0.6, "essentiel": 0.5, "formidable": 0.7, "excellent": 0.7, "ami": 0.7,
    "allié": 0.7, "partenaire": 0.5, "fiable": 0.6, "remarquable": 0.6, "courageux": 0.6,
    "constructif": 0.5, "fructueux": 0.6, "productif": 0.5, "positif": 0.4, "merci": 0.5,
}

#: Phrases that place an attitude before the article's date: `pendant des années`, `longtemps`.
EARLIER_CUES: tuple[str, ...] = (
    "pendant des années", "pendant des mois", "des années durant", "longtemps", "autrefois",
    "jadis", "naguère", "par le passé", "auparavant", "à l'époque",
)

#: Phrases that place an attitude at the article's date, against an earlier one: `désormais`.
NOW_CUES: tuple[str, ...] = (
    "désormais", "aujourd'hui", "maintenant", "à présent", "à nouveau", "de nouveau", "soudain",
)

#: Polarity that an event of each PLOVER type implies from actor toward recipient.
EVENT_POLARITY: dict[str, float] = {
    "AGREE": 0.5, "CONSULT": 0.2, "SUPPORT": 0.7, "CONCEDE": 0.3, "COOPERATE": 0.6, "AID": 0.6,
    "RETREAT": 0.2, "REQUEST": -0.1, "ACCUSE": -0.6, "REJECT": -0.5, "THREATEN": -0.7,
    "PROTEST": -0.5, "SANCTION": -0.7, "MOBILIZE": -0.3, "COERCE": -0.7, "ASSAULT": -0.9,
}

#: Nouns naming an attitude: `le rapprochement de Trump avec l'OTAN` (holder `de`, target `avec`/`envers`).
ATTITUDE_NOUNS: dict[str, float] = {
    "rapprochement": 0.6, "réconciliation": 0.6, "soutien": 0.6, "admiration": 0.7,
    "hostilité": -0.7, "mépris": -0.8, "défiance": -0.6, "méfiance": -0.5, "rupture": -0.7,
    "critique": -0.5, "colère": -0.6,
}

#: Prepositions that introduce an attitude's target: `se moquer de`, `faire la paix avec`.
TARGET_PREPOSITIONS: frozenset[str] = frozenset({
    "de", "d'", "du", "des", "à", "au", "avec", "envers", "contre", "sur", "vis-à-vis",
})
