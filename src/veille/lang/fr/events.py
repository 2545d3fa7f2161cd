"""French event knowledge: PLOVER trigger lexicon (verbs and nouns), modes, and status cues.

PLOVER (openeventdata/PLOVER) has 16 event types; each trigger below maps a French lemma
to `(type, mode)`, the mode being None when the word says nothing finer. The status cues
tell a cancelled, negated, hypothetical or planned event from a reported one.
"""

from __future__ import annotations

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

Trigger = tuple[str, str | None]

#: Verb lemma -> (PLOVER type, mode). The subject is the actor, the object the recipient.
VERB_TRIGGERS: dict[str, Trigger] = {
    # CONSULT
    "rencontrer": ("CONSULT", None), "recevoir": ("CONSULT", "host"), "accueillir": ("CONSULT", "host"),
    "visiter": ("CONSULT", "visit"), "téléphoner": ("CONSULT", "phone"), "appeler": ("CONSULT", "phone"),
    "consulter": ("CONSULT", None), "négocier": ("CONSULT", None), "s'entretenir": ("CONSULT", None),
    "entretenir": ("CONSULT", None), "réunir": ("CONSULT", "multilateral"),
    # AGREE
    "signer": ("AGREE", None), "conclure": ("AGREE", None), "ratifier": ("AGREE", None),
    "approuver": ("AGREE", None), "accepter": ("AGREE", None), "promettre": ("AGREE", None),
    "s'engager": ("AGREE", None),
    # SUPPORT
    "soutenir": ("SUPPORT", None), "appuyer": ("SUPPORT", None), "féliciter": ("SUPPORT", "praise"),
    "saluer": ("SUPPORT", "praise"),
    # CONCEDE
    "céder": ("CONCEDE", None), "libérer": ("CONCEDE", "release"), "gracier": ("CONCEDE", "release"),
    "s'excuser": ("CONCEDE", "apologize"), "démissionner": ("CONCEDE", "resign"),
    "assouplir": ("CONCEDE", "ease"),
    # COOPERATE
    "coopérer": ("COOPERATE", None), "collaborer": ("COOPERATE", None), "s'allier": ("COOPERATE", None),
    # AID
    "aider": ("AID", None), "livrer": ("AID", None), "financer": ("AID", "economic"),
    "secourir": ("AID", "humanitarian"), "évacuer": ("AID", "humanitarian"),
    # RETREAT
    "retirer": ("RETREAT", "withdraw"), "désarmer": ("RETREAT", "disarm"),
    # REQUEST
    "demander": ("REQUEST", None), "exiger": ("REQUEST", None), "réclamer": ("REQUEST", None),
    "exhorter": ("REQUEST", None), "intimer": ("REQUEST", None), "insister": ("REQUEST", None),
    "implorer": ("REQUEST", None), "solliciter": ("REQUEST", None),
    # ACCUSE
    "accuser": ("ACCUSE", None), "dénoncer": ("ACCUSE", None), "condamner": ("ACCUSE", None),
    "critiquer": ("ACCUSE", None), "déplorer": ("ACCUSE", None), "fustiger": ("ACCUSE", None), "reprocher": ("ACCUSE", None), "blâmer": ("ACCUSE", None),
    "inculper": ("ACCUSE", "investigate"), "enquêter": ("ACCUSE", "investigate"),
    # REJECT
    "rejeter": ("REJECT", None), "refuser": ("REJECT", None), "repousser": ("REJECT", None),
    "opposer": ("REJECT", None), "démentir": ("REJECT", "deny"), "nier": ("REJECT", "deny"),
    "boycotter": ("REJECT", None),
    # THREATEN
    "menacer": ("THREATEN", None), "avertir": ("THREATEN", None),
    # PROTEST
    "manifester": ("PROTEST", "demonstrate"), "protester": ("PROTEST", None),
    "défiler": ("PROTEST", "demonstrate"), "grever": ("PROTEST", "strike"),
    # SANCTION
    "sanctionner": ("SANCTION", None), "expulser": ("SANCTION", "expel"), 
    "suspendre": ("SANCTION", "discontinue"), "rompre": ("SANCTION", "break-relations"),
    # MOBILIZE
    "mobiliser": ("MOBILIZE", None), "déployer": ("MOBILIZE", "troops"), "masser": ("MOBILIZE", "troops"),
    # COERCE
    "arrêter": ("COERCE", "arrest"), "interpeller": ("COERCE", "arrest"), "appréhender": ("COERCE", "arrest"), "emprisonner": ("COERCE", "arrest"),
    "interdire": ("COERCE", "ban"), "censurer": ("COERCE", "censor"),
    "déporter": ("COERCE", "deport"), "confisquer": ("COERCE", "seize"),
    "exécuter": ("COERCE", "execute"),
    # ASSAULT
    "attaquer": ("ASSAULT", None), "bombarder": ("ASSAULT", "aerial"), "frapper": ("ASSAULT", None),
    "tuer": ("ASSAULT", None), "assassiner": ("ASSAULT", None), "abattre": ("ASSAULT", "firearms"),
    "tirer": ("ASSAULT", "firearms"), "blesser": ("ASSAULT", None), "envahir": ("ASSAULT", "occupy"),
    "enlever": ("ASSAULT", "abduct"), "kidnapper": ("ASSAULT", "abduct"), "pilonner": ("ASSAULT", "aerial"),
}

#: Noun lemma -> (PLOVER type, mode): `le sommet de Budapest`, `une conversation téléphonique`.
NOUN_TRIGGERS: dict[str, Trigger] = {
    "sommet": ("CONSULT", "multilateral"), "rencontre": ("CONSULT", None), "réunion": ("CONSULT", None),
    "entretien": ("CONSULT", None), "conversation": ("CONSULT", None), "visite": ("CONSULT", "visit"),
    "négociation": ("CONSULT", None), "pourparler": ("CONSULT", None), "pourparlers": ("CONSULT", None),
    "appel": ("CONSULT", "phone"), "tête-à-tête": ("CONSULT", None), "coup de fil": ("CONSULT", "phone"),
    "accord": ("AGREE", None), "traité": ("AGREE", None), "cessez-le-feu": ("AGREE", "ceasefire"),
    "trêve": ("AGREE", "ceasefire"),
    "soutien": ("SUPPORT", None),
    "exigence": ("REQUEST", None), "revendication": ("REQUEST", None), "ultimatum": ("THREATEN", "ultimatum"),
    "menace": ("THREATEN", None), "boycott": ("PROTEST", "boycott"), "torture": ("ASSAULT", None),
    "agression": ("ASSAULT", None), "fusillade": ("ASSAULT", "firearms"), "représailles": ("ASSAULT", None),
    "accusation": ("ACCUSE", None),
    "refus": ("REJECT", None),
    "manifestation": ("PROTEST", "demonstrate"), "grève": ("PROTEST", "strike"),
    "sanction": ("SANCTION", None), "embargo": ("SANCTION", "embargo"),
    "arrestation": ("COERCE", "arrest"), "interdiction": ("COERCE", "ban"),
    "attaque": ("ASSAULT", None), "attentat": ("ASSAULT", "explosives"), "bombardement": ("ASSAULT", "aerial"),
    "frappe": ("ASSAULT", "aerial"), "assassinat": ("ASSAULT", None), "offensive": ("ASSAULT", None),
}

#: Verb + preposition pairs whose meaning differs from the verb alone: `appeler à la retenue`.
VERB_WITH_PREPOSITION: dict[tuple[str, str], Trigger] = {
    ("appeler", "à"): ("REQUEST", None), ("retirer", "de"): ("RETREAT", "withdraw"),
    ("insister", "sur"): ("REQUEST", None),
}

#: Verbs that are events only when their object is a person: `arrêter un suspect`, not `arrêter la production`.
VERB_NEEDS_PERSON_OBJECT: frozenset[str] = frozenset({
    "arrêter", "interpeller", "exécuter", "enlever", "abattre", "libérer", "expulser", "appeler",
})

#: Nouns that are triggers only with one of these modifiers nearby (`appel` alone is too vague).
NOUN_NEEDS_MODIFIER: dict[str, frozenset[str]] = {
    "appel": frozenset({"téléphonique"}),
    "conversation": frozenset({"téléphonique", "téléphone", "officiel", "officielle", "bilatéral", "bilatérale"}),
    "soutien": frozenset({"militaire", "financier", "américain", "politique", "occidental"}),
}

#: Adjectives and phrases that set the mode of a CONSULT noun or verb.
MODE_MODIFIERS: dict[str, str] = {
    "téléphonique": "phone", "téléphone": "phone", "visioconférence": "phone",
    "bilatéral": "visit", "multilatéral": "multilateral",
}

#: CONSULT nouns that name the same kind of occasion, for linking `le sommet` to `une rencontre`.
MEETING_GROUP: dict[str, str] = {
    "sommet": "meeting", "rencontre": "meeting", "réunion": "meeting", "entretien": "meeting",
    "visite": "meeting", "tête-à-tête": "meeting", "recevoir": "meeting", "rencontrer": "meeting",
    "accueillir": "meeting", "négociation": "talks", "pourparler": "talks", "pourparlers": "talks",
    "conversation": "phone", "appel": "phone", "téléphoner": "phone", "coup de fil": "phone",
    "exigence": "demands", "revendication": "demands",
}

#: Verb + object pairs that are idioms, not events (`frapper un grand coup`).
IDIOMS: frozenset[tuple[str, str]] = frozenset({
    ("frapper", "coup"), ("tirer", "conclusion"), ("tirer", "leçon"), ("tirer", "parti"),
    ("tirer", "profit"), ("lever", "voile"), ("lever", "doute"), ("saisir", "occasion"),
    ("saisir", "chance"), ("défendre", "idée"), ("conclure", "que"), ("appeler", "nom"),
    ("prévenir", "risque"), ("arrêter", "production"),
})

#: Verbs whose complement event does not take place: `Le sommet a été annulé`.
CANCEL_VERBS: frozenset[str] = frozenset({
    "annuler", "reporter", "ajourner", "renoncer", "abandonner", "suspendre", "décommander",
    "avorter", "empêcher",
})

#: Words that, governing or modifying an event noun, mark it planned: `une rencontre imminente`.
PLANNED_CUES: frozenset[str] = frozenset({
    "imminent", "prévu", "prochain", "futur", "projeter", "prévoir", "planifier", "envisager",
    "organiser", "préparer", "programmer", "annoncer", "fixer", "devoir",
})

#: Verbs that make their complement hypothetical: `il voulait frapper`, `pourrait attaquer`.
MODAL_VERBS: frozenset[str] = frozenset({
    "vouloir", "pouvoir", "souhaiter", "espérer", "rêver", "chercher", "tenter", "essayer",
    "envisager", "menacer",
})

#: Negation words: `ne ... pas`, `jamais`, `aucun`.
NEGATION_WORDS: frozenset[str] = frozenset({"pas", "jamais", "aucun", "aucune", "point", "nullement", "ni"})

#: Determiners that make an event noun refer back to one already told: `le sommet`, `cette rencontre`.
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({"le", "ce", "son", "leur", "cet"})

#: Determiners that make an event noun generic, not an event: `tout entretien avec Poutine`.
GENERIC_DETERMINERS: frozenset[str] = frozenset({"tout", "chaque", "aucun", "quelque"})

#: Nouns naming a withdrawal: `menacer d'un retrait` is a threat against the organisation left.
WITHDRAWAL_NOUNS: frozenset[str] = frozenset({"retrait", "sortie", "départ"})

#: Prepositions that introduce the recipient of a verb event (`parler avec X`, `livrer à X`).
RECIPIENT_PREPOSITIONS: frozenset[str] = frozenset({"avec", "à", "au", "aux", "contre", "auprès", "envers", "vers"})

#: Prepositions that introduce the place of an event.
LOCATION_PREPOSITIONS: frozenset[str] = frozenset({"à", "en", "dans", "de", "au", "aux"})
