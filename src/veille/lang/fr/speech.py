"""French reported speech: speech verbs, multi-word cues, source prepositions, and the
words that mark a quoted fragment as a name rather than a quote.

Verbs are lemmas as fr_core_news_md gives them. The quote component reads these sets;
it holds no French of its own.
"""

from __future__ import annotations

from veille.lang.fr.roles import FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES

#: Verbs of manner that report speech only in an incise (`», sourit un jeune homme`,
#: `», s'agace-t-il`) or right before a colon: elsewhere they tell a gesture or a mood.
MANNER_VERBS: frozenset[str] = frozenset("""
    souffler sourire rire rigoler amuser analyser agacer souvenir enthousiasmer temporiser
    pronostiquer bredouiller balbutier grincer rassurer alarmer esclaffer vociférer emballer
    philosopher positiver excuser énerver étrangler sangloter tempêter persifler tancer cingler
    impatienter offusquer inquiéter désoler émouvoir indigner réjouir féliciter étonner interroger
""".split())

#: Verbs that introduce or attribute speech (direct, partial or indirect): lemmas.
SPEECH_VERBS: frozenset[str] = frozenset("""
    abonder accuser acquiescer admettre affirmer ajouter alerter alléguer annoncer anticiper
    appeler applaudir argumenter arguer articuler assener asséner assurer attester avancer
    avertir avouer badiner blaguer certifier clamer commenter communiquer compléter concéder
    conclure condamner confesser confier confirmer conseiller considérer constater contester
    convenir corriger crier critiquer croire déclarer décrire dédramatiser défendre demander
    démentir dénoncer déplorer désoler détailler dire écrier écrire égrener emporter énoncer
    énumérer espérer estimer étonner évoquer exclamer exhorter exiger expliciter expliquer
    exposer exprimer féliciter fulminer fustiger glisser grogner gronder hurler implorer
    indigner indiquer informer inquiéter insister insurger interpeller interroger ironiser
    jubiler juger justifier lâcher lamenter lancer lire maintenir marteler mentionner menacer
    minimiser murmurer narrer nier noter notifier objecter observer opposer parler pester
    penser plaider plaindre plaisanter poursuivre préciser préconiser prédire prévenir prévoir proclamer
    promettre proposer protester qualifier questionner raconter railler rappeler rapporter
    réagir réclamer reconnaître rectifier redire réfuter regretter réitérer réjouir relater
    relativiser relever remarquer renchérir répéter répliquer répondre reprendre résumer
    revendiquer rétorquer saluer signaler souligner soupirer soutenir suggérer supplier
    témoigner tempérer tonner traiter trancher tweeter twitter vanter
    garantir jurer révéler dévoiler prétendre riposter nuancer spécifier clarifier chuchoter
    tacler reprocher
""".split()) | MANNER_VERBS

#: Speech verbs whose complement clause (`que ...`) is reported speech: all of the above
#: except those that need a person's speech to be quoted, not a belief or a decision.
INDIRECT_VERBS: frozenset[str] = frozenset(SPEECH_VERBS - {
    "croire", "espérer", "considérer", "lire", "parler", "qualifier",
    "traiter", "saluer", "condamner", "fustiger", "critiquer", "décrire", "exprimer",
    "applaudir", "réagir", "menacer", "interpeller", "questionner", "interroger", "railler",
    "lancer", "appeler", "exiger", "réclamer", "demander", "conseiller", "proposer",
    "suggérer", "implorer", "supplier", "exhorter", "engager", "excuser", "vanter", "emporter",
    "inquiéter", "alarmer", "indigner", "étonner", "lamenter", "désoler", "insurger",
    "féliciter", "réjouir", "plaindre", "deviner", "poursuivre", "reprendre", "continuer",
    "enchaîner", "défendre", "justifier", "hurler", "crier", "murmurer", "soupirer", "rire",
} - MANNER_VERBS)

#: Speech verbs that attribute speech only in an incise (`poursuit-il`) or right before a colon:
#: elsewhere they narrate (`poursuit cette stratégie`).
INCISE_VERBS: frozenset[str] = frozenset({"poursuivre", "reprendre", "continuer", "enchaîner", "conclure", "lancer", "glisser", "lâcher"}) | MANNER_VERBS

#: Verbs whose infinitive complement reports what was said (`affirme avoir été agressée`).
INFINITIVE_REPORTERS: frozenset[str] = frozenset("""
    affirmer assurer dire raconter déclarer reconnaître nier expliquer estimer admettre avouer
    penser croire prétendre annoncer indiquer confirmer démentir certifier jurer
""".split())

#: Promises, threats, requests and calls: their `de`/`à` + infinitive complement is reported
#: speech (`a promis de baisser les impôts`, `appelle les habitants à rester chez eux`).
INFINITIVE_CUES: frozenset[str] = frozenset("""
    promettre menacer demander appeler inviter exhorter enjoindre ordonner supplier implorer
    conseiller proposer sommer recommander déconseiller prier
""".split())

#: Words before `que` that make it a conjunction, not the start of reported speech
#: (`jusqu'à ce que`, `parce que`, `alors que`, `ainsi que`, `bien que`).
CONJUNCTION_HEADS: frozenset[str] = frozenset("""
    ce parce alors ainsi bien avant après pour afin sans dès tandis moins plus autant tant
    lors pendant depuis sauf sinon tel telle
""".split())

#: Nouns of speech whose holder is the speaker (`dans un communiqué`, `sa déclaration`).
SPEECH_NOUNS: frozenset[str] = frozenset("""
    déclaration annonce communiqué propos discours interview entretien tweet message lettre
    réponse réaction avertissement appel aveu confidence affirmation commentaire explication
    conférence allocution intervention plaidoyer mise_en_garde critique accusation
""".replace("_", " ").split())

#: Nouns of documents whose author speaks through them (`selon un rapport de l'INSEE`).
DOCUMENT_NOUNS: frozenset[str] = frozenset("""
    rapport étude enquête sondage communiqué bilan note document dépêche recensement
    estimation estimations statistique statistiques chiffre chiffres décompte information
    informations conclusion conclusions analyse analyses témoignage témoignages modèle
    projection projections prévision prévisions avis opinion documentaire reportage film
    texte
""".split())

#: Multi-word cues, as lower-case word sequences (lemmas of the verb first word are
#: matched by the component; the rest literally), e.g. `faire valoir`, `tenir à souligner`.
MULTIWORD_CUES: tuple[tuple[str, ...], ...] = tuple(tuple(cue.split()) for cue in (
    "faire valoir", "faire savoir", "faire remarquer", "faire observer", "faire état",
    "faire part", "tenir à souligner", "tenir à préciser", "tenir à rappeler", "tenir à dire",
    "mettre en garde", "mettre en avant", "laisser entendre", "laisser savoir", "rendre compte", "prendre acte", "se dire",
    "se demander", "s' interroger", "s' exclamer", "parler de", "qualifier de", "traiter de",
    "évoquer", "donner le ton", "lancer un appel", "rester muet", "rester muette", "présenter comme",
))

#: First verbs (lemmas) of the multi-word cues that introduce a `que` clause of reported
#: speech (`a fait valoir que`, `tient à préciser que`, `a mis en garde que`).
INDIRECT_MULTIWORD_HEADS: frozenset[str] = frozenset({"faire", "tenir", "mettre", "laisser"})

#: Inflected forms of the first verbs of multi-word cues, which the tagger may miss
#: (`fait savoir` tagged as a noun): form -> lemma.
CUE_HEAD_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in {
        "faire": "fait fais font faisait faisaient fera feront ferait feraient faire",
        "tenir": "tient tiennent tenait tenaient tenu tenue tiendra tiendrait tenir",
        "mettre": "met mettent mettait mis mise mettra mettre",
        "laisser": "laisse laissent laissait laissaient laissé laissera laisserait laisser",
    }.items() for form in forms.split()
}

#: Predicates about an actor's communication that set who is speaking in the paragraph,
#: without being quotes themselves (`La Maison Blanche reste muette sur ...`).
COMMUNICATION_CONTEXT: frozenset[str] = frozenset("""
    muet muette silencieux silencieuse discret discrète communiqué porte-parole officiellement
""".split())

#: Words naming a speaker when they head a prepositional phrase: `selon X`, `d'après X`,
#: `pour X` (only before a comma), `aux yeux de X`.
SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"selon", "d'après", "pour", "suivant"})

#: Words that make `selon` distributive, not a source (`selon les différentes académies`,
#: `selon les cas`: "depending on").
DISTRIBUTIVE: frozenset[str] = frozenset("""
    différents différentes divers diverses chaque cas pays régions saisons circonstances endroits
""".split())

#: Nouns of bodies that speak as such (`selon la police`, `pour le gouvernement,`).
SPEAKING_BODIES: frozenset[str] = frozenset("""
    police gouvernement ministère agence autorités journal quotidien chaîne analystes associations
    association opposition parquet syndicat syndicats direction fédération commission tribunal
    cour conseil mairie préfecture ambassade armée état-major entreprise groupe société
    observateurs experts spécialistes économistes enquêteurs secours pompiers organisation
    médias presse témoins sources prévisionnistes scientifiques chercheurs habitants riverains
    responsables dirigeants services laboratoire institut orateurs manifestants organisateurs
    source club équipe ligue collectif comité ong éditions éditeur maison studio label
    municipalité ville région département gendarmerie douane rectorat académie université
    école lycée collège hôpital établissement clinique banque cabinet observatoire office
    présidence jury défense parquet_général administration inspection autorité rédaction
    organisme
""".replace("_", " ").split())

#: Groups of relatives who speak together (`a indiqué la famille`): someone, but no organisation.
KIN_GROUPS: frozenset[str] = frozenset({"famille", "proches", "entourage"})

#: Bodies of a company that speak for it (`la direction` stands for the company most named).
COMPANY_BODIES: frozenset[str] = frozenset({
    "direction", "entreprise", "société", "compagnie", "club", "établissement", "enseigne", "groupe",
    "firme", "constructeur", "fabricant", "distributeur", "start-up", "équipementier", "industriel",
})

#: Endings of French nouns of agents and trades (`céréalier`, `lauréate`, `judokate`, `hydrogéologue`):
#: a definite description ending so most likely refers to a person.
PERSON_SUFFIXES: tuple[str, ...] = (
    "eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "ate", "ant", "ante", "aire", "logue",
    "ile", "ique", "ète", "crate", "phe", "naute", "ard", "arde",
)

#: People around someone who speak for themselves, not as that person (`l'entourage du ministre`,
#: `un proche de la famille`, `les services de Manuel Valls`).
ENTOURAGE_NOUNS: frozenset[str] = frozenset({
    "entourage", "proche", "proches", "services", "collaborateur", "collaborateurs", "collaboratrice",
    "conseiller", "conseillère", "conseillers", "équipe", "équipes", "cabinet",
})

#: Company nouns that, after a possessive, name another firm (`son distributeur` is the film's, not
#: the company most named), unlike a company's own bodies (`leur direction`).
PARTNER_FIRMS: frozenset[str] = frozenset({"distributeur", "fabricant", "constructeur", "équipementier", "fournisseur", "industriel"})

#: Subject clitics after an inverted verb (`a-t-il`, `explique-t-elle`), with gender.
INVERTED_CLITICS: dict[str, str] = {
    "il": "m", "elle": "f", "ils": "m", "elles": "f", "on": "", "je": "", "nous": "", "vous": "",
}

#: Personal pronouns that can be speakers, with gender ("" = either).
SUBJECT_PRONOUNS: dict[str, str] = {"il": "m", "elle": "f", "ils": "m", "elles": "f"}

#: Subjects that report hearsay rather than name a speaker (`dit-on`, `on raconte que`).
INDEFINITE_SPEAKERS: frozenset[str] = frozenset({"on", "l'on", "l’on"})

#: Words that mark negation of a cue (`n'a pas dit`, `jamais déclaré`).
NEGATIONS: frozenset[str] = frozenset({"pas", "jamais", "plus", "guère", "nullement", "aucunement", "point"})

#: Auxiliaries and moods that make a cue hypothetical (`aurait pu dire`, `pourrait annoncer`).
HYPOTHETICAL_HEADS: frozenset[str] = frozenset({"pouvoir", "devoir", "vouloir", "aller", "falloir", "si"})

#: Words just before a quoted fragment that make it a name, not a quote: nicknames, titles of
#: works, operations, weapons, programmes, companies.
NAME_INTRODUCERS: frozenset[str] = frozenset("""
    surnommé surnommée surnommés surnommées surnom baptisé baptisée baptisés baptisées
    nommé nommée appelé appelée appelés intitulé intitulée intitulés intitulées dit dite dits
    alias sobriquet titre livre ouvrage roman essai film documentaire série émission album
    chanson single disque pièce spectacle exposition journal magazine quotidien hebdomadaire
    revue rubrique opération plan programme projet dispositif mouvement campagne missile
    missiles drone drones char chars avion avions fusée fusées navire bateau sous-marin
    obus bombe système label marque slogan hashtag mot-dièse mot terme expression formule
    devise nom prénom pseudonyme pseudo collectif association parti groupe groupuscule
    affaire dossier loi réforme doctrine l'opération l'émission l'album l'ouvrage l'affaire
    sommet accord traité pacte festival concours prix tableau œuvre oeuvre
""".split())

#: Determiners: a short quoted noun phrase right after one of these, with no cue, is a
#: scare quote or an epithet (le «faiseur de deals»), not a quote.
DETERMINERS: frozenset[str] = frozenset("""
    le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs notre nos votre vos
    au aux
""".split())

#: Person titles that may stand for a person already named (`le ministre`, `la présidente`).
ROLE_NOUNS: frozenset[str] = frozenset("""
    président présidente ministre premier ministre secrétaire porte-parole chef cheffe
    directeur directrice dirigeant dirigeante patron patronne leader candidat candidate
    maire député députée sénateur sénatrice ambassadeur ambassadrice général commandant
    procureur procureure juge avocat avocate responsable représentant représentante
    conseiller conseillère diplomate chancelier chancelière roi reine prince princesse pape
    gouverneur gouverneure préfet préfète commissaire entraîneur entraineur sélectionneur
    joueur joueuse capitaine porte-voix syndicaliste militant militante expert experte
    chercheur chercheuse spécialiste analyste économiste politologue historien historienne
    médecin professeur professeure auteur autrice écrivain écrivaine acteur actrice chanteur
    chanteuse fondateur fondatrice président-directeur pdg homme femme journaliste
    graphiste designer architecte ingénieur ingénieure physicien physicienne
    opposant opposante dissident dissidente émir émirs souverain vice-président
    vice-présidente délégué déléguée rapporteur rapporteure élu élue homologue
""".split())

#: Nouns of people who may be quoted without a name (`selon son trésorier`, `a indiqué une
#: habitante`): professions, functions and roles in a story. Singular forms; plurals match by lemma.
PEOPLE_NOUNS: frozenset[str] = frozenset("""
    trésorier trésorière secrétaire adjoint adjointe vice-président gérant gérante propriétaire
    administrateur administratrice coordinateur coordinatrice coordonnateur animateur animatrice
    organisateur organisatrice fondateur cofondateur cofondatrice associé associée partenaire
    commerçant commerçante artisan artisane agriculteur agricultrice éleveur éleveuse pêcheur
    ouvrier ouvrière salarié salariée employé employée cadre technicien technicienne agent agente
    fonctionnaire enseignant enseignante instituteur institutrice proviseur proviseure principal
    recteur rectrice doyen doyenne universitaire étudiant étudiante élève lycéen lycéenne parent
    père mère fils fille frère sœur oncle tante cousin cousine veuve veuf époux épouse mari compagnon
    compagne proche ami amie voisin voisine habitant habitante riverain riveraine passant passante
    témoin victime survivant survivante rescapé rescapée blessé blessée otage détenu détenue
    prisonnier prisonnière accusé accusée prévenu prévenue suspect suspecte plaignant plaignante
    magistrat magistrate greffier greffière huissier notaire enquêteur enquêtrice policier
    policière gendarme commissaire officier militaire soldat pompier secouriste sauveteur
    médecin infirmier infirmière chirurgien chirurgienne urgentiste pharmacien pharmacienne
    psychiatre psychologue vétérinaire patient patiente soignant soignante sage-femme
    scientifique biologiste climatologue glaciologue géologue sismologue volcanologue
    météorologue prévisionniste épidémiologiste virologue chimiste astronome mathématicien
    sociologue démographe juriste constitutionnaliste géographe philosophe linguiste
    consultant consultante conseiller conseillère observateur observatrice commentateur
    éditeur éditrice libraire écrivain romancier romancière poète cinéaste réalisateur
    réalisatrice producteur productrice scénariste comédien comédienne musicien musicienne
    compositeur compositrice artiste peintre sculpteur photographe danseur danseuse
    sportif sportive athlète coureur coureuse cycliste nageur nageuse footballeur
    rugbyman tennisman entraîneur entraîneuse arbitre supporter supporteur supportrice
    bénévole militant militante manifestant manifestante gréviste syndiqué syndiquée
    délégué déléguée élu élue conseiller_municipal édile parlementaire ministre secrétaire_d'état
    diplomate négociateur négociatrice émissaire médiateur médiatrice envoyé envoyée
    fabricant constructeur distributeur exploitant opérateur assureur banquier banquière
    investisseur investisseuse actionnaire créancier client cliente usager usagère
    consommateur consommatrice locataire abonné abonnée spectateur spectatrice festivalier
    festivalière visiteur visiteuse touriste lecteur lectrice auditeur auditrice internaute
    utilisateur utilisatrice habitué habituée interlocuteur interlocutrice informateur
    source sources porte-parole représentant représentante responsable dirigeant dirigeante
    interne stagiaire apprenti apprentie retraité retraitée chômeur chômeuse jeune
""".replace("_", " ").split())

#: Things that carry slogans: a quote on one of them quotes no one (`des pancartes « Budget de la honte »`).
SIGN_NOUNS: frozenset[str] = frozenset("""
    pancarte pancartes banderole banderoles affiche affiches drapeau drapeaux écriteau écriteaux
    panneau panneaux slogan slogans t-shirt t-shirts tag tags graffiti graffitis inscription inscriptions
""".split())

#: Verbs that put words on a sign rather than say them (`avaient écrit « ... »` on a banner).
WRITING_VERBS: frozenset[str] = frozenset({"écrire", "inscrire", "lire", "afficher", "proclamer"})

#: A body phrase (`le syndicat`, `les juges`) stands for the organisation last named whose name
#: holds one of these words, when no organisation was introduced with the noun itself.
BODY_NAME_WORDS: dict[str, frozenset[str]] = {
    noun: frozenset(words.split()) for nouns, words in (
        ("syndicat syndicats", "syndicat union confédération cgt cfdt fo sud unsa cftc cfe-cgc fsu snes"),
        ("club équipe", "club fc rc as stade olympique racing sporting us union"),
        ("établissement hôpital clinique", "hôpital hospitalier chu clinique lycée collège école université"),
        ("juges juge tribunal cour juridiction magistrats", "tribunal cour"),
        ("inspecteurs inspection", "inspection"),
        ("préfecture préfet", "préfecture"),
        ("ministère", "ministère"),
        ("mairie municipalité", "mairie ville"),
        ("parti", "parti rassemblement union mouvement"),
    ) for noun in nouns.split()
}

#: Role nouns and pronouns that designate a woman, to choose between persons.
FEMININE: frozenset[str] = frozenset("""
    elle elles présidente ministre_ cheffe directrice dirigeante patronne candidate députée
    sénatrice ambassadrice procureure avocate représentante conseillère chancelière reine
    princesse gouverneure préfète joueuse militante experte chercheuse historienne
    professeure autrice écrivaine actrice chanteuse fondatrice femme opposante dissidente
    vice-présidente déléguée rapporteure élue madame mme
""".split())

#: First names ending in -e or -a that are masculine (the ending otherwise suggests a woman).
MASCULINE_NAMES_E: frozenset[str] = frozenset("""
    pierre philippe christophe stéphane jérôme guillaume antoine maxime alexandre georges
    étienne etienne baptiste jean-baptiste claude dominique jacques joshua luca nicola andrea
    mustapha moustapha joe mike steve dave george jorge vladimire sergueï aleksandre andre
    andré jules gilles achille hervé rené josé emile émile auguste lionel bruce jesse kyle
    wayne blaise ange théophile hippolyte laurence_ eustache jérémie jeremie mathieu_ jose
    nikita ilya kola costa joaquime mitte joe pepe jaime oscare jake luke blake shane dale clyde
    lee mike dwayne duane gabe abe
""".split())


def gender_of_name(name: str) -> str:
    """'f' or 'm' guessed from a person's first name (its ending), '' when it cannot be told."""
    words = name.split()
    if len(words) < 2:
        return ""
    whole = words[0].lower()
    if whole in FEMININE_GIVEN_NAMES:
        return "f"
    if whole in MASCULINE_GIVEN_NAMES:
        return "m"
    first = whole.split("-")[0]
    if first in MASCULINE_NAMES_E or len(first) < 3:
        return "m"
    return "f" if first.endswith(("a", "e", "ie", "ine", "ette")) else "m"
