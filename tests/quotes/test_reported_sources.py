"""Reported speech introduced by its source (`selon`, `pour`, a closing incise) and speakers
found through the sentence or the nearest person: hand-made French articles."""

from __future__ import annotations

from pathlib import Path

from quote_cases import run, speakers
from support import ROOT

from veille.api import analyze


def test_selon_a_role_with_an_apposed_name_before_a_quote(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le physicien Pierre Durand a présenté les résultats.\n\n"
        "Selon le président du conseil du laboratoire, Michel Spiro, la découverte va permettre de poursuivre "
        "les recherches pendant des années : « Nous avons de quoi nous occuper jusqu'en 2030 ! »"))
    found = speakers(analysis)
    reported = [q for q in analysis.quotes if q.kind == "indirect"]
    assert [q.text for q in reported] == ["la découverte va permettre de poursuivre les recherches pendant des années"]
    assert found[reported[0].text] == "Michel Spiro"


def test_selon_a_report_gives_its_author_and_keeps_short_quoted_words(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Selon un rapport publié par l'INSEE sur « Les revenus des ménages », la crise a touché d'abord les plus pauvres.\n\n"
        "Selon l'agence Moody's, ces baisses suivent celle de la note du pays, de « A3 » à « Baa3 »."))
    reported = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert reported["la crise a touché d'abord les plus pauvres"] == "INSEE"
    assert any(text.startswith("ces baisses suivent") and text.endswith("« Baa3 »") for text in reported)


def test_pour_a_role_before_a_clause_is_reported_but_not_pour_an_opinion_on_words(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Quatre personnes ont été arrêtées à Bruxelles.\n\n"
        "Pour le procureur fédéral, plus de trois millions d'euros auraient été volés dans les banques.\n\n"
        "Pour lui, l'élite le juge « grossier »."))
    reported = [q.text for q in analysis.quotes if q.kind == "indirect"]
    assert reported == ["plus de trois millions d'euros auraient été volés dans les banques"]


def test_content_selon_a_name_with_its_title_after(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "L'ouragan a inondé les tunnels.\n\n"
        "Depuis sa mise en service il y a 108 ans, le métro n'avait jamais connu un pareil désastre, "
        "selon Joseph Lhota, le président de l'autorité des transports."))
    found = speakers(analysis)
    assert found == {"Depuis sa mise en service il y a 108 ans, le métro n'avait jamais connu un pareil désastre": "Joseph Lhota"}


def test_closing_incise_stays_in_its_paragraph_and_leur_direction_is_the_company(nlp: object) -> None:
    found = speakers(analyze(ROOT / "corpus/wikinews-fr-2012/45527.html"))
    content = "Les journalistes de France 24 sont maintenant en sécurité, sains et saufs, mais extrêmement choqués"
    assert found[content] == "France 24"


def test_a_partial_quote_goes_to_the_subject_of_its_sentence(nlp: object) -> None:
    found = speakers(analyze(ROOT / "corpus/wikinews-fr-2012/45674.html"))
    partial = next(text for text in found if text.startswith("procédé [de l'opposition] absolument choquant"))
    assert found[partial] == "Bruno Le Roux"
    assert found["Vous vous êtes assis sur le règlement de notre Assemblée !"] == "Christian Jacob"


def test_a_pronoun_goes_to_the_person_just_named_not_to_an_earlier_subject(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "François Brottes a demandé au président de la commission, Denis Baupin, une suspension. "
        "M. Baupin ayant accepté, la séance a été suspendue.\n\n"
        "Les députés de l'UMP ont protesté par la voix de Christian Jacob. "
        "Il a demandé un rappel au règlement. « On ne peut pas accepter un tel mépris de notre règlement. »"))
    assert speakers(analysis)["On ne peut pas accepter un tel mépris de notre règlement."] == "Christian Jacob"


def test_a_surname_goes_to_the_namesake_named_last(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Michelle Obama ouvrira la convention démocrate à Charlotte. "
        "Barack Obama s'adresse ce mardi à la foule dans l'Ohio.\n\n"
        "Pour Obama, « le problème est que tout le monde connaît déjà sa stratégie »."))
    assert speakers(analysis)["le problème est que tout le monde connaît déjà sa stratégie"] == "Barack Obama"


def test_promises_threats_and_calls_report_their_infinitive(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le président Barack Obama a promis de travailler avec les républicains. "
        "La préfecture appelle les habitants à prendre les transports en commun, mais la circulation reste difficile.\n\n"
        "Le propriétaire se verra demander de retirer la page concernée."))
    reported = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert reported["de travailler avec les républicains"] == "Barack Obama"
    assert "à prendre les transports en commun" in reported
    assert not any(text.startswith("de retirer") for text in reported)


def test_pour_qui_gives_the_view_of_the_antecedent(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Les syndicats réclament une hausse du salaire minimum. Le patronat s'y oppose, comme "
        "l'ancien diplomate Craig Murray, pour qui, selon ses propres sources, les États-Unis ont fait pression sur Londres."))
    reported = {q.text: q.speaker.name for q in analysis.quotes if q.kind == "indirect" and q.speaker}
    assert reported == {"les États-Unis ont fait pression sur Londres": "Craig Murray"}


def test_comme_le_precise_takes_the_speaker_after_the_verb(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "L'armée française quitte la Kapisa. Elle transmet la province, comme le précise l'ambassadeur "
        "de France en Afghanistan, Bernard Bajolet : « Les forces françaises tournent une page importante en Kapisa. »"))
    assert speakers(analysis)["Les forces françaises tournent une page importante en Kapisa."] == "Bernard Bajolet"


def test_a_pronoun_in_the_next_incise_continues_the_last_speaker(nlp: object) -> None:
    found = speakers(analyze(ROOT / "corpus/wikinews-fr-2012/44543.html"))
    content = next(text for text in found if text.startswith("Sur 544 votants"))
    assert found[content] == "Claude Bartolone"


def test_titles_of_reports_and_works_are_not_quotes(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Selon un rapport de l'INSEE sur « Les revenus et le patrimoine des ménages », la crise a touché les plus pauvres. "
        "Le musée expose aussi « La Petite danseuse de quatorze ans » de Degas."))
    assert not any(q.text.startswith(("Les revenus", "La Petite danseuse")) for q in analysis.quotes)


def test_que_that_reports_nothing(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "La nouvelle taxe ne rapportera que 3 milliards d'euros. "
        "Les chercheurs ont attendu jusqu'à ce que le CERN confirme la découverte. "
        "Rappelons que les démocrates restent majoritaires au Sénat. "
        "Plusieurs attaques, revendiquées par la secte Boko Haram, ont eu lieu récemment dans cette région.\n\n"
        "« Les médecins disent que nous n'avons pas beaucoup de temps », raconte Suha Arafat."))
    assert [q.kind for q in analysis.quotes] == ["direct"]


def test_sources_after_the_content_and_forecasts(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le typhon a fait dix morts.\n\n"
        "Les fortes précipitations pourraient encore durer deux jours selon les prévisionnistes météo.\n\n"
        "Météo France prévoit que le record d'août sera battu dans la région Centre.\n\n"
        "Le plan de réduction d'effectifs de l'entreprise, spécialisée dans l'informatique, se poursuit depuis mai dernier."))
    reported = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes}
    assert reported["Les fortes précipitations pourraient encore durer deux jours"] == "les prévisionnistes météo"
    assert reported["que le record d'août sera battu dans la région Centre"] == "Météo France"
    assert len(reported) == 2


def test_a_paragraph_opening_on_a_quote_goes_to_who_was_speaking(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "La ministre Anne Durand a parlé longuement devant les députés.\n\n"
        "« Nous allons réformer le système. Ce sera long.\n\n"
        "« Mais nous tiendrons bon jusqu'au bout. »\n\n"
        "La séance a été levée."))
    assert speakers(analysis) == {
        "Nous allons réformer le système. Ce sera long.\n\n« Mais nous tiendrons bon jusqu'au bout.": "Anne Durand"}


def test_a_pronoun_passes_over_a_name_that_only_completes_a_noun(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "L'entraîneur Didier Deschamps a annoncé sa liste. "
        "Interrogé sur l'absence de Karim Benzema, il a expliqué : « C'est un choix sportif. »"))
    assert speakers(analysis) == {"C'est un choix sportif.": "Didier Deschamps"}


def test_less_common_speech_verbs_report_speech(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "La ministre Claire Vidal a révélé que le budget serait amputé de deux milliards.\n\n"
        "Le maire de Nantes, Paul Roux, a laissé entendre que la ligne de tramway serait prolongée.\n\n"
        "Le directeur, Marc Lenoir, a garanti que aucun emploi ne serait supprimé."))
    found = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert found == {
        "que le budget serait amputé de deux milliards": "Claire Vidal",
        "que la ligne de tramway serait prolongée": "Paul Roux",
        "que aucun emploi ne serait supprimé": "Marc Lenoir",
    }


def test_closing_incise_with_circumstances_and_a_study_source_at_the_end(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Deux hommes soupçonnés du braquage ont été interpellés lundi à Cagnes-sur-Mer, a annoncé le parquet de Nice "
        "dans un communiqué.\n\n"
        "Les glaciers des Alpes ont perdu un tiers de leur volume, selon une étude publiée mercredi par une équipe "
        "de l'Institut des géosciences de l'environnement.\n\n"
        "Interrogé sur cette hypothèse, son rival aurait pu dire qu'il y était ouvert ; il s'est contenté d'un sourire."))
    found = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes if q.kind == "indirect"}
    assert set(found) == {
        "Deux hommes soupçonnés du braquage ont été interpellés lundi à Cagnes-sur-Mer",
        "Les glaciers des Alpes ont perdu un tiers de leur volume",
    }
    assert "Nice" in (found["Deux hommes soupçonnés du braquage ont été interpellés lundi à Cagnes-sur-Mer"] or "")
    assert "Institut" in (found["Les glaciers des Alpes ont perdu un tiers de leur volume"] or "")


def test_selon_a_pronoun_is_the_pronoun_alone(tmp_path: Path, nlp: object) -> None:
    found = speakers(run(tmp_path, (
        "Le patron, Baptiste Morand, assume ses erreurs. Il impute aussi la chute à la concurrence chinoise, "
        "qui vendait selon lui des batteries « à prix coûtant, voire à perte ».")))
    assert found == {"à prix coûtant, voire à perte": "Baptiste Morand"}


def test_a_second_que_after_a_quote_reports_more_of_the_same_speech(tmp_path: Path, nlp: object) -> None:
    found = {(q.kind, q.text): q.speaker.name if q.speaker else None for q in run(tmp_path, (
        "Le ministère a indiqué que Paul Keller était « en bonne santé compte tenu des circonstances » et qu'il "
        "serait rapatrié vendredi.")).quotes}
    assert found == {
        ("mixed", "en bonne santé compte tenu des circonstances"): "Le ministère",
        ("indirect", "qu'il serait rapatrié vendredi"): "Le ministère",
    }


def test_faire_savoir_has_its_subject_and_a_participle_ends_the_content(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "La présidence turque a fait savoir qu'une nouvelle version du texte serait soumise samedi matin, "
        "laissant présager une prolongation des négociations."))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes] == [
        ("qu'une nouvelle version du texte serait soumise samedi matin", "La présidence turque")]


def test_one_word_after_a_definite_article_inside_reported_content_is_a_term(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Contactée, la préfecture fait valoir que les terrains de golf sont soumis aux mêmes restrictions, seuls "
        "les “greens” pouvant être humidifiés. Le maire a dénoncé le « cynisme » de l'opposition."))
    assert [q.text for q in analysis.quotes if q.kind != "indirect"] == ["cynisme"]


def test_partial_quotes_after_a_description_a_passive_and_an_auxiliary(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "La syndicaliste Sophie Vénard dénonce une réforme « faite dans le dos des enseignants ».\n\n"
        "Le texte évoque une sortie progressive. Une formulation jugée « inacceptable » par l'Alliance des petits "
        "États insulaires.\n\n"
        "La Cédéao a « condamné avec la plus grande fermeté » cette tentative de prise du pouvoir.\n\n"
        "C'est une réforme que le ministère de l'Éducation nationale présentait comme « attendue par les familles ».\n\n"
        "Fondée en 2021, Kalypso avait été présentée comme une future « licorne »."))
    found = speakers(analysis)
    assert found["faite dans le dos des enseignants"] == "Sophie Vénard"
    assert found["inacceptable"] == "Alliance des petits États insulaires"
    assert found["condamné avec la plus grande fermeté"] in {"Cédéao", "La Cédéao"}  # the model does not always know the name
    assert found["attendue par les familles"] == "ministère de l'Éducation nationale"
    assert "licorne" not in found


def test_an_incise_near_the_start_introduces_what_follows(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Abdou Diouf a parlé longtemps. Par ailleurs, poursuit l'ancien président, une langue n'a pas d'avenir si "
        "elle n'offre pas à ses locuteurs de quoi vivre.\n\n"
        "« Jamais on ne lâchera ce club. Jamais », a écrit sur X le capitaine, Sione Taufa, arrivé des Tonga il y a "
        "huit ans."))
    found = {(q.kind, q.text): q.speaker.name if q.speaker else None for q in analysis.quotes}
    assert found == {
        ("indirect", "une langue n'a pas d'avenir si elle n'offre pas à ses locuteurs de quoi vivre"): "Abdou Diouf",
        ("direct", "Jamais on ne lâchera ce club. Jamais"): "Sione Taufa",
    }


def test_a_gerund_a_recommendation_and_an_indirect_question(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le Guatemala revendiquait depuis le XIXe siècle le territoire bélizien, arguant que le traité signé avec "
        "la Grande-Bretagne était caduc.\n\n"
        "Le Quai d'Orsay a recommandé aux ressortissants français de limiter leurs déplacements.\n\n"
        "Fatou Ndiaye est sceptique. Elle se demande aussi si l'organisation a les moyens de faire appliquer ses "
        "propres décisions.\n\n"
        "Les millions de francophones canadiens incitent l'État à adopter une meilleure cohabitation des langues."))
    found = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes}
    assert found == {
        "que le traité signé avec la Grande-Bretagne était caduc": "Guatemala",
        "de limiter leurs déplacements": "Quai d'Orsay",
        "si l'organisation a les moyens de faire appliquer ses propres décisions": "Fatou Ndiaye",
    }


def test_infinitives_after_a_day_a_negation_and_a_second_cue(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Le groupe coopératif a annoncé mercredi avoir signé un accord de cession avec la holding de Paul Garnier.\n\n"
        "La direction de l'aéroport a recommandé aux voyageurs de ne pas se rendre au terminal.\n\n"
        "Ramon Puig estime que les aides arrivent trop tard, et dit ne pas comprendre pourquoi les golfs sont arrosés.\n\n"
        "Cette autre France-Afrique est sommée de s'ouvrir dans deux directions. Cet événement tragique appelle à "
        "ne rien accepter en matière de désert médical."))
    found = {q.text: q.speaker.name if q.speaker else None for q in analysis.quotes}
    assert found["avoir signé un accord de cession avec la holding de Paul Garnier"] == "Le groupe coopératif"
    assert found["de ne pas se rendre au terminal"] == "La direction de l'aéroport"
    assert found["ne pas comprendre pourquoi les golfs sont arrosés"] == "Ramon Puig"
    assert not any("ouvrir" in text or "désert" in text for text in found)


def test_a_document_named_again_speaks_for_its_issuer_and_the_same_source_for_the_last_source(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Les urgences de l'hôpital de Carhaix fermeront la nuit à partir de lundi.\n\n"
        "Dans un communiqué, l'Agence régionale de santé assure que la sécurité des patients reste garantie. "
        "« Toute personne qui appelle le 15 sera orientée vers un service adapté », précise le texte.\n\n"
        "Une centaine de patients sont accueillis chaque nuit, a indiqué la direction de l'hôpital de Morlaix. "
        "Trois médecins sont partis depuis janvier, selon la même source."))
    found = speakers(analysis)
    assert found["Toute personne qui appelle le 15 sera orientée vers un service adapté"] == "Agence régionale de santé"
    assert found["Trois médecins sont partis depuis janvier"] == found["Une centaine de patients sont accueillis chaque nuit"]
    assert found["Trois médecins sont partis depuis janvier"] is not None


def test_reported_clauses_beside_quoted_words_in_one_sentence(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Un train a déraillé mardi dans l'État d'Odisha.\n\n"
        "Le porte-parole du ministère, Anil Sethi, a indiqué à l'agence Press Trust of India que les secours étaient "
        "« pratiquement achevés » et que tous les passagers avaient été dégagés des voitures.\n\n"
        "Le parolier Gilbert Soulier a expliqué à France Bleu qu'il avait parlé avec elle il y a dix jours et qu'elle "
        "« plaisantait encore sur son âge ».\n\n"
        "Le chef du groupe parlementaire, Marek Zielinski, a fait savoir que ses députés ne voteraient pas le texte, "
        "jugeant « prématuré » tout débat sur le mariage.\n\n"
        "Le ministre, Olivier Sarrazin, a jugé « inacceptable » qu'un mouvement de cette ampleur soit déclenché pendant les vacances."))
    found = speakers(analysis)
    reported = [q.text for q in analysis.quotes if q.kind == "indirect"]
    assert "que tous les passagers avaient été dégagés des voitures" in reported
    assert "qu'il avait parlé avec elle il y a dix jours" in reported
    assert "que ses députés ne voteraient pas le texte" in reported
    assert not any(text.startswith("qu'un mouvement") for text in reported)
    assert found["que tous les passagers avaient été dégagés des voitures"] == "Anil Sethi"
    assert found["prématuré"] == "Marek Zielinski"


def test_sources_that_are_data_bodies_or_a_family_and_an_incise_before_a_relative(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Un coup de grisou a tué douze mineurs mardi à Sutatausa.\n\n"
        "Selon les chiffres officiels, 92 personnes sont mortes dans des accidents miniers en 2025.\n\n"
        "La fuite a été signalée par l'Organisme d'évaluation et de contrôle environnemental. "
        "Selon l'organisme public, quelque 6 000 barils de brut se sont déversés dans l'océan.\n\n"
        "Les obsèques seront célébrées mardi à Lyon, a indiqué la famille, qui souhaite que la cérémonie reste ouverte au public."))
    found = speakers(analysis)
    assert "92 personnes sont mortes dans des accidents miniers en 2025" in found
    assert found["quelque 6 000 barils de brut se sont déversés dans l'océan"] == "Organisme d'évaluation et de contrôle environnemental"
    assert found["Les obsèques seront célébrées mardi à Lyon"] == "la famille"


def test_a_cue_inside_a_reported_clause_whose_subject_is_a_thing_yields_to_the_speaker(tmp_path: Path, nlp: object) -> None:
    analysis = run(tmp_path, (
        "Un coup de grisou a piégé douze mineurs mardi.\n\n"
        "Le directeur de l'agence, Hernán Ospina, a déclaré lors d'une conférence de presse que les opérations de secours "
        "se poursuivaient « sans interruption » malgré le gaz.\n\n"
        "L'agence japonaise a répondu dans un communiqué que les quotas étaient « fondés sur des données scientifiques » "
        "et ne menaçaient « en aucun cas » la survie de l'espèce."))
    found = speakers(analysis)
    assert found["sans interruption"] == "Hernán Ospina"
    assert found["en aucun cas"] == found["fondés sur des données scientifiques"]
    assert found["en aucun cas"] not in {None, "les quotas"}
