"""Hand-made French articles for the speaker rules: appositions, incises, follow-ons, bodies."""

from __future__ import annotations

from pathlib import Path

from quote_cases import run, speakers

from veille.api import analyze


def test_interrupted_quote_is_two_quotes_with_one_speaker(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "La ministre Sophie Martin était à Lyon mardi.\n\n"
        "« Nous tiendrons nos engagements, affirme-t-elle. La réforme sera votée avant l'été. »"))
    found = speakers(analysis)
    assert found == {"Nous tiendrons nos engagements": "Sophie Martin", "La réforme sera votée avant l'été.": "Sophie Martin"}
    assert all(q.kind == "direct" and q.cue and q.cue.text == "affirme" for q in analysis.quotes)


def test_c_est_a_dire_is_no_incise(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "« Ils auraient dû payer leurs dettes, c'est-à-dire leurs impôts. Nous devons nous battre » "
        "a déclaré Zlatko Zeljko, représentant de l'association.")))
    assert list(found.values()) == ["Zlatko Zeljko"]


def test_name_apposed_to_a_role_subject_or_source(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le président du directoire de PSA, Philippe Varin, a précisé : « Personne ne sera laissé au bord du chemin. »\n\n"
        "D'après le ministre du budget, Jérôme Cahuzac, « il y a bien une ardoise cachée ».")))
    assert found["Personne ne sera laissé au bord du chemin."] == "Philippe Varin"
    assert found["il y a bien une ardoise cachée"] == "Jérôme Cahuzac"


def test_relative_after_an_apposition_goes_to_the_named_person(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Il a eu un violent échange avec Bernard Bonnet, le successeur de Claude Erignac, "
        "qui lui avait rétorqué : « Je partirai quand vous cesserez le racket. »")))
    assert found["Je partirai quand vous cesserez le racket."] == "Bernard Bonnet"


def test_pour_needs_someone(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Barack Obama a parlé devant la foule à Columbus.\n\n"
        "Et pour la dernière période, « il veut une apothéose : mettre fin à Medicare », a lancé Barack Obama.")))
    assert found["il veut une apothéose : mettre fin à Medicare"] == "Barack Obama"


def test_cue_after_the_mark_without_comma(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "« Nous avons appris que les entreprises avaient embauché plus de personnes » s'est réjoui "
        "le président Barack Obama à Hilliard.")))
    assert found["Nous avons appris que les entreprises avaient embauché plus de personnes"] == "Barack Obama"


def test_pronoun_named_only_inside_a_quote_is_the_last_speaker(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Jean-Marie Le Pen a répondu dans une vidéo mardi.\n\n"
        "« Marine n'est pas de la grande bourgeoisie des Dassault ou des Fabius », explique Jean-Marie Le Pen. "
        "« Je ne vois pas ce que le terme a d'outrageant », conclut-il.")))
    assert found["Je ne vois pas ce que le terme a d'outrageant"] == "Jean-Marie Le Pen"


def test_body_phrase_stands_for_its_organisation(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le quotidien français Le Figaro a publié une enquête jeudi.\n\n"
        "« Jacquier a été tué par un tir d'obus venu d'un quartier rebelle », indique le quotidien.")))
    assert "Figaro" in str(found["Jacquier a été tué par un tir d'obus venu d'un quartier rebelle"])


def test_quote_after_a_new_paragraph_takes_the_previous_sentence_subject(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "« Nous voulons une pause », a déclaré François Brottes.\n\n"
        "À la reprise, Christian Jacob a demandé la parole. « On ne peut pas accepter un tel mépris de notre règlement. »")))
    assert found["On ne peut pas accepter un tel mépris de notre règlement."] == "Christian Jacob"


def test_multiword_cues_before_and_after_the_quote(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le ministre Paul Durand a fait valoir : « La taxe est juste. »\n\n"
        "« Rien n'est joué », fait valoir Jean Dupont, maire de Lyon."))
    cues = {q.text: (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in analysis.quotes}
    assert cues["La taxe est juste."] == ("Paul Durand", "a fait valoir")
    assert cues["Rien n'est joué"] == ("Jean Dupont", "fait valoir")


def test_multiword_cue_of_reported_speech(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le ministre Paul Durand a fait valoir que la taxe était juste. "
        "La présidente Sophie Martin tient à préciser que rien n'est décidé."))
    indirect = [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in analysis.quotes if q.kind == "indirect"]
    assert indirect == [
        ("que la taxe était juste", "Paul Durand", "a fait valoir"),
        ("que rien n'est décidé", "Sophie Martin", "tient à préciser"),
    ]


def test_speech_noun_gives_its_holder(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "La déclaration du ministre Paul Durand : « Nous agirons vite. »\n\n"
        "Le maire Jean Dupont a publié un communiqué : « Nous resterons mobilisés. »")))
    assert found["Nous agirons vite."] == "Paul Durand"
    assert found["Nous resterons mobilisés."] == "Jean Dupont"


def test_reported_speech_before_a_colon_quote_and_at_a_coordinated_verb(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le premier ministre Jean-Marc Ayrault a affirmé qu'il ne baissera pas les bras : « Nous tiendrons. »\n\n"
        "Le ministre Paul Durand a affirmé que la croissance serait faible, mais a cependant réitéré ses engagements."))
    indirect = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert indirect == {
        "qu'il ne baissera pas les bras": "Jean-Marc Ayrault",
        "que la croissance serait faible": "Paul Durand",
    }


def test_reported_speech_stops_at_the_paragraph(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Nick De Santis a affirmé que certains joueurs ne seront pas de retour en 2013\n\n"
        "Sur le plan sportif, la saison a été bonne."))
    assert [q.text for q in analysis.quotes] == ["que certains joueurs ne seront pas de retour en 2013"]


def test_plural_pronoun_goes_to_the_plural_subject(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "« Le contexte est bien pire qu'attendu », commente Song Myung-Sup, analyste à Séoul.\n\n"
        "Malgré tout, des analystes jugent dans la presse coréenne que le jugement pourrait être une chance. "
        "Ils estiment que le groupe doit changer sa culture."))
    indirect = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert indirect["que le groupe doit changer sa culture"] == "des analystes"


def test_incise_further_on_in_the_quote_sentence(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le titre a chuté lundi.\n\n"
        "« Le contexte de la perte est bien pire qu'attendu », y compris le montant imposé à Samsung, "
        "commente Song Myung-Sup, analyste à Séoul.")))
    assert found["Le contexte de la perte est bien pire qu'attendu"] == "Song Myung-Sup"


def test_indirect_object_clitic_is_no_subject(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Nadine Morano l'avait critiquée.\n\n"
        "« C'est la grande bourgeoisie qui s'exprime », lui avait dit Christian Jacob, président du groupe UMP, "
        "avant de poursuivre « Vous êtes une héritière ».")))
    assert found["C'est la grande bourgeoisie qui s'exprime"] == "Christian Jacob"
    assert found["Vous êtes une héritière"] == "Christian Jacob"


def test_pour_lui_and_coordinated_partial_quotes(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Jean-Marie Le Pen a répondu mardi dans une vidéo.\n\n"
        "Pour lui, l'élite parisienne le caractérise d'être « grossier » et « inquiétant », alors qu'elle accepte sa fille.\n\n"
        "La loi empêche l'accès à des pages telles que « suicide » ou « permanganate de potassium »."))
    found = speakers(analysis)
    assert found["grossier"] == "Jean-Marie Le Pen"
    assert found["inquiétant"] == "Jean-Marie Le Pen"
    assert "permanganate de potassium" not in found


def test_sources_and_verbs_after_the_quote_the_tagger_misreads(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "« La France ne cédera pas », selon un communiqué de l'Élysée.\n\n"
        "« Nous allons gagner », a tweeté Donald Trump.\n\n"
        "La police a arrêté deux suspects. « L'enquête avance », a déclaré à l'AFP le porte-parole de la police, Jean Dupont.")))
    assert found == {"La France ne cédera pas": "Élysée", "Nous allons gagner": "Donald Trump", "L'enquête avance": "Jean Dupont"}


def test_hearsay_on_names_nobody(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Les rebelles ont exécuté les soldats qui, dit-on, s'étaient rendus la veille. "
        "On raconte que le convoi a été attaqué à l'aube."))
    assert all(q.speaker is None or q.speaker.name.lower() != "on" for q in analysis.quotes)
    assert not [q for q in analysis.quotes if q.kind == "indirect"]


def test_participle_after_a_quote_keeps_the_main_subject(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le syndicat SUD estime, au contraire, que « ce collègue avait des difficultés au travail » "
        "évoquant des « refus de lui accorder ses congés ».")))
    assert found["ce collègue avait des difficultés au travail"] == "SUD"


def test_a_name_split_by_the_tokenizer_is_still_the_speaker(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Julian Assange est réfugié à l'ambassade depuis deux mois.\n"
        "Le Royaume-Uni avait menacé la veille d'envahir l'ambassade équatorienne pour capturer Julian Assange. "
        "Le Royaume-Uni dément toute intention hostile.")))
    assert found.get("d'envahir l'ambassade équatorienne pour capturer Julian Assange") == "Royaume-Uni"


def test_colon_clause_after_a_quote_names_its_own_subject(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le graphiste Miguel Neiva a conçu un code pour les daltoniens. Le but de ce langage est qu'il "
        "« doit être compréhensible par tous ». Pour construire ce code, le graphiste s'est basé sur le "
        "raisonnement suivant : « Dans les écoles, on donne aux enfants cinq tubes de gouache. Je suis parti de là ».")))
    assert found["Dans les écoles, on donne aux enfants cinq tubes de gouache. Je suis parti de là"] == "Miguel Neiva"


def test_source_after_the_content_gives_the_author_of_its_document(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Une avalanche a causé la mort de neuf personnes dans les Alpes, selon les informations des autorités locales.\n\n"
        "Cette particule donne leur masse aux autres, d'après le modèle des chercheurs du laboratoire."))
    found = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert found == {
        "Une avalanche a causé la mort de neuf personnes dans les Alpes": "autorités locales",
        "Cette particule donne leur masse aux autres": "chercheurs du laboratoire",
    }


def test_incise_with_circumstances_or_an_apposition_splits_the_quote(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "La réalisatrice Léa Santerre a présenté son film à Cannes.\n\n"
        "« Je voulais filmer des femmes qu'on ne voit jamais, explique-t-elle au lendemain de la projection. "
        "Elles fabriquent nos jeans. »\n\n"
        "« On savait qu'on avait une chance sur dix, affirme l'entraîneur, Patrick Morvan, facteur de métier. "
        "Mais une chance sur dix, en Coupe, ça suffit. »")))
    assert found == {
        "Je voulais filmer des femmes qu'on ne voit jamais": "Léa Santerre",
        "Elles fabriquent nos jeans.": "Léa Santerre",
        "On savait qu'on avait une chance sur dix": "Patrick Morvan",
        "Mais une chance sur dix, en Coupe, ça suffit.": "Patrick Morvan",
    }


def test_participle_tagged_as_a_noun_after_its_auxiliary_and_the_euphonic_t(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "L'avocate générale, Claire Dubreuil, avait requis vingt-cinq ans. « Trois coups : c'est une volonté », "
        "avait martelé Claire Dubreuil dans son réquisitoire.\n\n"
        "Le ministre Bertrand Aubineau a défendu son budget. « On peut contester nos choix », a-t-il lancé à "
        "l'hémicycle, avant d'ironiser sur une opposition « unie seulement pour dire non ».")))
    assert found["Trois coups : c'est une volonté"] == "Claire Dubreuil"
    assert found["unie seulement pour dire non"] == "Bertrand Aubineau"


def test_a_paragraph_opening_a_quote_after_a_pronoun_and_a_colon(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Sur les bancs des parties civiles, la fille de la victime, Maëlle Réault, a accueilli le verdict en larmes. "
        "Devant les caméras, elle a confié :\n\n"
        "« Pendant trois ans, on a entendu dire que mon père était un homme difficile.\n\n"
        "« Ça ne le ramènera pas. Mais au moins, on pourra le pleurer en paix. »")))
    assert list(found.values()) == ["Maëlle Réault"]
    assert "\n\n« Ça ne le ramènera pas" in next(iter(found))


def test_slogans_on_signs_are_not_quotes_but_a_speaker_holding_one_is(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Dans la salle, une trentaine d'habitants brandissaient des pancartes « Sauvez la piscine Jean-Bouin ».\n\n"
        "Des banderoles ont été accrochées aux grilles de l'école : « Pas touche à nos classes », "
        "« Une classe fermée, c'est un avenir fermé ».\n\n"
        "Brandissant une pancarte, la maire Anne Morel a déclaré : « Nous ne fermerons pas cette école. »")))
    assert found == {"Nous ne fermerons pas cette école.": "Anne Morel"}


def test_a_body_or_role_phrase_finds_the_organisation_or_person_named_before(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le député Pascal Deléry s'est rendu sur le site de l'usine. L'élu a assuré qu'il avait écrit au ministre.\n\n"
        "La CFDT, majoritaire dans l'usine, conteste le plan. Le syndicat a jugé le calendrier « irréaliste en l'état du marché ».")))
    assert found["qu'il avait écrit au ministre"] == "Pascal Deléry"
    assert found["irréaliste en l'état du marché"] == "CFDT"


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_with_its_words(tmp_path: Path, nlp: object) -> None:
    path = tmp_path / "article.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body>"
        "<h1>Expulsion d'un diplomate : Paris dénonce une décision « injustifiable »</h1>"
        "<p>3 février 2026. - La France a convoqué mardi l'ambassadeur d'Azerbaïdjan. Le Quai d'Orsay a qualifié "
        "la mesure d'« injustifiable ».</p></body></html>", encoding="utf-8")
    found = [(q.start, q.speaker.name if q.speaker else None) for q in analyze(path).quotes if q.text == "injustifiable"]
    assert len(found) == 2 and {name for _, name in found} == {"Quai d'Orsay"}


def test_a_role_phrase_apposed_across_a_complement_and_an_honorific(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Kévin Lemaître a été condamné pour le meurtre de Jean-Paul Réault. La famille de Jean-Paul Réault "
        "était présente. Jean-Paul Réault avait 61 ans.\n\n"
        "L'avocat de la défense, Me Thomas Guérin, a plaidé l'absence d'intention. « Il a paniqué », a-t-il lancé.")))
    assert found == {"Il a paniqué": "Thomas Guérin"}


def test_an_incise_verb_whose_stem_changes_accent_and_a_signature_on_the_line_below(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Une marée noire touche la côte depuis samedi.\n\n"
        "« Depuis samedi, personne ne sort en mer. Qui va nous payer ? », s'inquiète Julián Chunga, président de "
        "l'association des pêcheurs, interrogé par la radio RPP.\n\n"
        "« Elle chantait pour ceux qu'on n'écoute pas. Merci pour tout. »\n\n"
        "– Nadia Belhoul, chanteuse, sur Instagram"))
    found = speakers(analysis)
    assert found["Depuis samedi, personne ne sort en mer. Qui va nous payer ?"] == "Julián Chunga"
    assert found["Elle chantait pour ceux qu'on n'écoute pas. Merci pour tout."] == "Nadia Belhoul"
