"""French words for people and institutions: determiners, titles, role nouns, nationalities, pronouns, metonyms.

The entity components read these tables; they hold no language knowledge of their own.
"""

from __future__ import annotations

#: Determiners and elided articles that open a name span but are not part of the name.
DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre",
    "vos", "mon", "ma", "mes",
})

#: Nouns that introduce an organisation's name (`l'ONG Transparencia`, `la start-up Kalypso`): a name
#: right after one of them is an organisation, whatever the model typed it.
ORG_INTRODUCERS: frozenset[str] = frozenset("""
    ong start-up startup société entreprise groupe association syndicat cabinet banque laboratoire
    compagnie constructeur opérateur quotidien hebdomadaire journal magazine agence parti club fondation
    institut collectif firme fonds assureur armateur transporteur éditeur enseigne fédération coopérative
    holding think-tank organisation mutuelle chaîne radio label équipementier fabricant distributeur
    organisme
""".split())

#: People who work for or head an organisation: a name after `le directeur général de`, `les salariés
#: de` is an organisation's (`le patron de Hansa Container`).
ORG_MEMBERS: frozenset[str] = frozenset("""
    directeur directrice pdg patron patronne fondateur fondatrice cofondateur cofondatrice dirigeant
    dirigeante dirigeants salarié salariée salariés salariées employés employées actionnaires
    actionnaire
""".split())

#: Contractions that start a role phrase but stay outside the mention (`au chef du Kremlin`).
CONTRACTIONS: frozenset[str] = frozenset({"au", "aux", "du", "des"})

#: Determiners that make a nominal phrase definite or demonstrative (it refers back).
REFERRING_DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "l'", "l’", "ce", "cet", "cette", "son", "sa", "leur", "au", "du",
})

#: Honorifics dropped from the front of a person's name.
HONORIFICS: frozenset[str] = frozenset({
    "m.", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "monsieur", "madame", "mademoiselle",
    "sir", "lord", "saint", "sainte",
})

#: Role nouns that designate a person, with their grammatical gender when it is fixed.
ROLE_NOUNS: dict[str, str | None] = {
    "président": "Masc", "présidente": "Fem", "chef": None, "cheffe": "Fem",
    "premier ministre": None, "première ministre": "Fem", "ministre": None,
    "porte-parole": None, "secrétaire général": "Masc", "secrétaire générale": "Fem",
    "secrétaire d'état": None, "chancelier": "Masc", "chancelière": "Fem", "roi": "Masc",
    "reine": "Fem", "pape": "Masc", "prince": "Masc", "princesse": "Fem", "directeur": "Masc",
    "directrice": "Fem", "patron": "Masc", "patronne": "Fem", "dirigeant": "Masc",
    "dirigeante": "Fem", "homologue": None, "ambassadeur": "Masc", "ambassadrice": "Fem",
    "général": "Masc", "maire": None, "gouverneur": "Masc", "gouverneure": "Fem",
    "candidat": "Masc", "candidate": "Fem", "sénateur": "Masc", "sénatrice": "Fem",
    "député": "Masc", "députée": "Fem", "juge": None, "procureur": "Masc", "procureure": "Fem",
    "commissaire": None, "émir": "Masc", "prince héritier": "Masc", "vice-président": "Masc",
    "vice-présidente": "Fem", "président-directeur général": "Masc", "pdg": None,
    "entraîneur": "Masc", "entraîneuse": "Fem", "sélectionneur": "Masc", "capitaine": None,
    "leader": None, "opposant": "Masc", "opposante": "Fem", "militant": "Masc", "militante": "Fem",
    "avocat": "Masc", "avocate": "Fem", "fondateur": "Masc", "fondatrice": "Fem",
    "numéro un": None, "numéro deux": None, "successeur": "Masc", "prédécesseur": "Masc",
}

#: Role nouns that name the head of a state when qualified by its nationality or seat.
HEAD_OF_STATE: frozenset[str] = frozenset({"président", "présidente", "chef", "cheffe", "numéro un", "dirigeant", "dirigeante"})

#: Role nouns that name the head of a government.
HEAD_OF_GOVERNMENT: frozenset[str] = frozenset({"premier ministre", "première ministre", "chancelier", "chancelière"})

#: The office each role noun names in a country, for knowledge-base look-ups by position label.
ROLE_OFFICE: dict[str, str] = {
    "président": "président", "présidente": "président", "chef": "président", "cheffe": "président",
    "numéro un": "président", "dirigeant": "président", "dirigeante": "président",
    "premier ministre": "premier ministre", "première ministre": "premier ministre",
    "chancelier": "chancelier", "chancelière": "chancelier", "roi": "roi", "reine": "roi",
    "vice-président": "vice-président", "vice-présidente": "vice-président",
}

#: Ministries named after a role noun (`le ministre américain des Affaires étrangères`).
MINISTRY_WORDS: frozenset[str] = frozenset({"ministre", "secrétaire d'état", "porte-parole"})

#: Nationality adjectives (masculine and feminine, singular) -> ISO 3166 country code.
NATIONALITIES: dict[str, str] = {}
for _code, _forms in {
    "US": "américain américaine états-unien états-unienne", "RU": "russe", "UA": "ukrainien ukrainienne",
    "FR": "français française", "DE": "allemand allemande", "GB": "britannique anglais anglaise",
    "CN": "chinois chinoise", "IT": "italien italienne", "ES": "espagnol espagnole",
    "PL": "polonais polonaise", "HU": "hongrois hongroise", "TR": "turc turque",
    "IL": "israélien israélienne", "IR": "iranien iranienne", "SY": "syrien syrienne",
    "EG": "égyptien égyptienne", "JP": "japonais japonaise", "IN": "indien indienne",
    "BR": "brésilien brésilienne", "CA": "canadien canadienne", "MX": "mexicain mexicaine",
    "BE": "belge", "CH": "suisse", "NL": "néerlandais néerlandaise", "SE": "suédois suédoise",
    "NO": "norvégien norvégienne", "FI": "finlandais finlandaise", "DK": "danois danoise",
    "GR": "grec grecque", "PT": "portugais portugaise", "AT": "autrichien autrichienne",
    "BY": "biélorusse bélarusse", "KP": "nord-coréen nord-coréenne", "KR": "sud-coréen sud-coréenne",
    "SA": "saoudien saoudienne", "QA": "qatari qatarie", "LB": "libanais libanaise",
    "IQ": "irakien irakienne", "AF": "afghan afghane", "PK": "pakistanais pakistanaise",
    "DZ": "algérien algérienne", "MA": "marocain marocaine", "TN": "tunisien tunisienne",
    "LY": "libyen libyenne", "ML": "malien malienne", "SN": "sénégalais sénégalaise",
    "CI": "ivoirien ivoirienne", "VE": "vénézuélien vénézuélienne", "AR": "argentin argentine",
    "CU": "cubain cubaine", "AU": "australien australienne", "PS": "palestinien palestinienne",
    "GE": "géorgien géorgienne", "AM": "arménien arménienne", "AZ": "azerbaïdjanais azerbaïdjanaise",
    "RS": "serbe", "RO": "roumain roumaine", "CZ": "tchèque", "SK": "slovaque", "IE": "irlandais irlandaise",
}.items():
    for _form in _forms.split():
        NATIONALITIES[_form] = _code

#: Seats of power used as metonyms for a state's government: name -> country code.
METONYM_SEATS: dict[str, str] = {
    "Kremlin": "RU", "Maison Blanche": "US", "Maison-Blanche": "US", "Pentagone": "US",
    "Élysée": "FR", "Elysée": "FR", "Matignon": "FR", "Quai d'Orsay": "FR", "Bercy": "FR",
    "Downing Street": "GB", "Zhongnanhai": "CN", "Vatican": "VA", "Knesset": "IL",
}

#: Metonyms that act as organisations, always typed ORG.
METONYMS: frozenset[str] = frozenset(METONYM_SEATS) | frozenset({
    "Bundestag", "Congrès", "Sénat", "Assemblée nationale", "Commission européenne", "Conseil de sécurité",
})

#: Words that open an institution's name which the model often cuts short.
INSTITUTION_HEADS: frozenset[str] = frozenset({
    "ministère", "ministre", "commission", "conseil", "parti", "banque", "université", "agence",
    "office", "cour", "tribunal", "fédération", "union", "organisation", "comité", "assemblée",
    "département", "secrétariat", "haut-commissariat", "fonds", "front", "mouvement",
})

#: Words that complete a ministry's name after `Affaires` and the like.
NAME_COMPLETIONS: frozenset[str] = frozenset({
    "étrangères", "étrangers", "intérieures", "sociales", "économiques", "européennes", "culturelles",
    "nationale", "national", "publique", "publiques", "militaires", "armées", "extérieures",
})

#: Class nouns that refer back to an organisation (`l'alliance` -> the alliance named earlier).
ORG_CLASS_NOUNS: frozenset[str] = frozenset({
    "alliance", "organisation", "parti", "gouvernement", "entreprise", "société", "groupe",
    "agence", "institution", "union", "fédération", "compagnie", "firme", "banque", "coalition",
})

#: Personal pronouns that can be the subject of a verb, with their gender and number.
SUBJECT_PRONOUNS: dict[str, tuple[str, str]] = {
    "il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur"),
}

#: Lemmas of verbs whose `il` subject is impersonal (`il s'agit`, `il faut`, `il y a`).
IMPERSONAL_VERBS: frozenset[str] = frozenset({
    "agir", "falloir", "pleuvoir", "sembler", "paraître", "neiger", "rester", "suffire", "valoir",
    "exister", "importer", "arriver", "manquer",
})

#: Feminine given names the statistical model cannot tell by their ending.
FEMININE_GIVEN_NAMES: frozenset[str] = frozenset({
    "agnès", "alice", "anne", "annalena", "brigitte", "carmen", "catherine", "christine", "claire",
    "élisabeth", "elisabeth", "élise", "hélène", "isabelle", "jacqueline", "kamala", "marine",
    "michelle", "nicole", "ségolène", "sophie", "ursula", "valérie", "viktoria", "yaël", "hillary",
    "ingrid", "marion", "rachida", "agathe", "nathalie", "chantal", "margaret", "theresa", "giorgia",
    # feminine names whose ending reads masculine
    "inès", "ines", "inés", "astrid", "maud", "gwen", "gwenn", "manon", "alison", "sharon", "karen",
    "carol", "ruth", "esther", "judith", "margot", "chloé", "zoé", "salomé", "nour", "yasmin", "fleur",
    "rachel", "muriel", "doris", "iris", "beatriz", "mercedes", "dolores", "lourdes", "raquel", "isabel",
    "maribel", "ellen", "helen", "kathleen", "eileen", "maureen", "jennifer", "kim", "ann", "lynn",
    "fatou", "aïcha", "mariem", "myriam", "miriam", "gulnara", "leïla", "soledad", "consuelo", "begoña",
    "rocío", "pilar", "mónica", "ingeborg", "sigrid", "solveig", "gudrun", "ilse", "liv", "britt",
    "annick", "maïwenn", "nolwenn", "rozenn", "soizic", "katell",
    "edith", "édith", "noor", "shirin", "nasrin", "mehrnaz", "mei", "ying",
})

#: Masculine given names that end like feminine ones.
MASCULINE_GIVEN_NAMES: frozenset[str] = frozenset({
    "nikita", "luca", "andrea", "joshua", "jonah", "elijah", "ilia", "ilya", "sacha", "mustafa",
    "kostya", "jean-baptiste", "baptiste", "nicola", "garcia",
})

#: Months and weekdays, which the model sometimes tags as entities.
CALENDAR_WORDS: frozenset[str] = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "aujourd'hui", "hier", "demain",
})

#: Capitalised common words the model takes for names when they stand alone (`l'État`, `la Défense`).
GENERIC_CAPITALS: frozenset[str] = frozenset({
    "état", "etat", "états", "etats", "république", "défense", "justice", "assemblée", "gouvernement",
    "président", "etat-clé", "état-clé", "nation", "parlement", "sénat", "ministère", "premier", "utc", "gmt",
})

#: Common nouns that open a place name without being part of the place (`la ville de New York`).
PLACE_PREFIXES: frozenset[str] = frozenset({"ville", "région", "province", "métro", "état", "capitale", "banlieue", "département"})

#: Lower-case words that may sit inside a person's name (`Charles de Gaulle`, `Ursula von der Leyen`).
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "du", "des", "d'", "d’", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "ben", "ibn", "da", "dos", "y",
})

#: Words an acronym skips (`Armée de Libération Nationale` -> ALN, `Bureau d'enquêtes et d'analyses` -> BEA).
ACRONYM_SKIPS: frozenset[str] = frozenset({
    "de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "au", "aux", "sur", "of", "the", "and", "for",
})

#: Names whose article is part of the name (newspapers, magazines, channels): `Le Monde` stays
#: `Le Monde`, where `Le Parlement` becomes `Parlement`. Lower case.
TITLED_NAMES: frozenset[str] = frozenset({
    "le monde", "le figaro", "le parisien", "le point", "les échos", "les echos", "l'express", "le temps", "la croix",
    "le soir", "la tribune", "l'équipe", "l'humanité", "le canard enchaîné", "le journal du dimanche", "le nouvel obs",
    "le nouvel observateur", "la dépêche", "la dépêche du midi", "le progrès", "la voix du nord", "le télégramme",
    "l'obs", "le dauphiné libéré", "la provence", "le devoir", "la presse", "le matin", "la libre belgique",
    "le vif", "la stampa", "la repubblica", "le quotidien", "l'orient-le jour", "la razón", "la vanguardia",
})
