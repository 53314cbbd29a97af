"""weapon_use: sentences, not keywords; negation, questions, quotations, OCR slips."""

from __future__ import annotations

from extract_helpers import facts_of, keys, qa_structure

from armswatch.record import Structure

LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 5 april 2024

Hierbij informeer ik uw Kamer dat het waarschijnlijk is dat de Russische krijgsmacht op 12 maart 2024
witte fosfor heeft ingezet in de stad Bachmoet. Volgens de MIVD gaat het om meerdere aanvallen.

De Minister van Defensie,
"""


def test_active_sentence_gives_actor_weapon_place_when_certainty():
    [f] = facts_of(LETTER, kind="weapon_use")
    assert (f["actor"], f["weapon"]) == ("RUS", "white_phosphorus")
    assert f["place"] == "Bachmoet"
    assert f["when"] == "2024-03-12"
    assert f["certainty"] == "waarschijnlijk"


def test_passive_agent_after_door():
    body = "Uit onderzoek blijkt dat in Cherson thermobarische wapens zijn ingezet door Russische troepen."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "thermobaric")}


def test_nominal_use_with_agent_and_claim_source():
    body = (
        "De OPCW stelt vast dat er sprake is van het gebruik van chloorpicrine door de Russische "
        "strijdkrachten nabij Avdiivka."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["place"], f["claimed_by"]) == ("RUS", "chloropicrin", "Avdiivka", "OPCW")


def test_adjective_on_the_use_noun_is_the_actor():
    body = "Het kabinet veroordeelt de Syrische inzet van sarin tegen de eigen bevolking."
    assert keys(facts_of(body, kind="weapon_use")) == {("SYR", "chemical_weapon")}


def test_victims_are_not_the_actor():
    body = "Oekraïense militairen worden door de inzet van traangas gedwongen hun schuilplaats te verlaten."
    assert facts_of(body, kind="weapon_use") == []


def test_negation_and_denial_cancel_the_fact():
    for body in (
        "Er zijn geen aanwijzingen dat Oekraïne clustermunitie heeft gebruikt in Charkiv.",
        "Het kabinet heeft niet kunnen vaststellen dat Rusland antipersoneelsmijnen heeft ingezet.",
        "Rusland heeft geen chemische wapens ingezet, aldus de Russische regering.",
        "Rusland ontkent dat het clusterbommen heeft gebruikt in Kyiv.",
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_letter_denying_any_use_yields_no_weapon_use():
    body = """Geachte Voorzitter,

In antwoord op uw verzoek bericht ik u dat de Nederlandse krijgsmacht geen clustermunitie,
antipersoneelsmijnen of witte fosfor gebruikt of in voorraad heeft. Nederland is partij bij het
Verdrag inzake clustermunitie en het Ottawa-verdrag. Er zijn geen aanwijzingen dat Nederlandse
eenheden in Irak brandwapens hebben ingezet.
"""
    assert facts_of(body, kind="weapon_use") == []


def test_conditional_and_generic_clauses_are_not_claims():
    for body in (
        "Als Oekraïne clustermunitie gebruikt, zal het kabinet dat ontmoedigen.",
        "Nederland ontmoedigt ieder gebruik van clustermunitie door Oekraïne en Rusland.",
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_question_is_premise_answer_is_finding():
    body = """Vraag 1
Klopt het dat Israël witte fosfor heeft gebruikt in Gaza?

Antwoord 1
Het kabinet beschikt niet over eigen informatie hierover.

Vraag 2
Heeft Rusland clustermunitie ingezet in Charkiv?

Antwoord 2
Ja, de Russische strijdkrachten hebben clustermunitie ingezet in Charkiv.
"""
    assert keys(facts_of(body, Structure_none(), kind="weapon_use")) == {("RUS", "cluster_munition")}


def Structure_none():
    from armswatch.record import Structure

    return Structure(type="antwoord_kamervragen")


def test_question_spans_from_the_segment_stage_are_respected():
    q = "Erkent u dat Azerbeidzjan clustermunitie heeft ingezet in Stepanakert?"
    a = "Het kabinet kan dit niet bevestigen."
    body = f"Vraag 1\n{q}\n\nAntwoord 1\n{a}\n"
    assert facts_of(body, qa_structure(body, [(q, a)]), kind="weapon_use") == []


def test_questions_only_document_has_no_findings():
    from armswatch.record import Structure

    body = (
        "Vragen van het lid Jansen (SP) over het gebruik van clusterbommen.\n\nVraag 1\n"
        "In het artikel staat dat Oekraïne clusterbommen heeft ingezet. Waarom heeft u dit niet veroordeeld?\n"
    )
    assert facts_of(body, Structure(type="kamervragen"), kind="weapon_use") == []
    assert facts_of(body, kind="weapon_use") == []  # own guard, without the segment stage


def test_quotation_from_elsewhere_is_not_a_claim():
    body = (
        "In het artikel wordt gesteld: “Rusland heeft clustermunitie gebruikt in Kyiv.” "
        "Het kabinet doet geen uitspraken over dit bericht."
    )
    assert facts_of(body, kind="weapon_use") == []


def test_ocr_slips_are_read():
    body = "De MIVD stelt vast dat de Russische troepen dusterbommen hebben gebruikt in Charkiv."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "cluster_munition")}
    body = "De diensten zien dat de Russische zijde traangas heeft ingezet in Oekrame."
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["place"]) == ("RUS", "riot_control_agent", "Oekrame")


def test_weapon_word_inside_treaty_name_is_no_weapon_mention():
    body = "Rusland heeft het Verdrag inzake clustermunitie niet ondertekend en gebruikt dat als argument."
    assert facts_of(body, kind="weapon_use") == []


def test_presupposed_use_in_a_government_answer():
    body = "Zonder de Oekraïense inzet van clustermunitie goed te keuren, blijft Nederland Oekraïne steunen."
    assert keys(facts_of(body, kind="weapon_use")) == {("UKR", "cluster_munition")}


def test_separable_verb_and_passive_without_agent():
    body = "Volgens Human Rights Watch zet Rusland ook traangas in."
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["claimed_by"]) == ("RUS", "riot_control_agent", "Human Rights Watch")
    body = "Op 3 maart 2022 is in Charkiv clustermunitie ingezet."
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["place"], f["when"]) == ("UNKNOWN", "Charkiv", "2022-03-03")
    # a rule, not an event: no fact
    assert facts_of("Clustermunitie mag in Charkiv niet worden ingezet.", kind="weapon_use") == []


def test_forces_of_a_state_and_reported_source():
    body = "De regering van Azerbeidzjan zou clustermunitie hebben ingezet in Stepanakert, aldus Amnesty International."
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["place"], f["claimed_by"]) == ("AZE", "Stepanakert", "Amnesty International")


def test_deze_wapens_resolves_within_the_paragraph():
    body = (
        "In Charkiv zijn resten van clustermunitie aangetroffen. Volgens de MIVD hebben de Russische "
        "strijdkrachten deze wapens ingezet.\n\nDeze wapens zijn door Rusland ook elders ingezet."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["claimed_by"]) == ("RUS", "cluster_munition", "MIVD")


def test_future_or_modal_use_is_no_use():
    for body in (
        "De Verenigde Staten leveren clustermunitie, die Oekraïne zal inzetten tegen Russische troepen.",
        "Rusland kan in Oekraïne ook chloorpicrine gebruiken.",
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_treaty_negation_does_not_cancel_the_use_and_effort_is_no_use():
    body = (
        "constaterende dat Rusland geen partij is bij het Verdrag van Ottawa en in Oekraïne op grote schaal "
        "antipersoneelmijnen inzet;"
    )
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "anti_personnel_mine")}
    body = "Nederland blijft zich inzetten voor een wereldwijd verbod op antipersoneelmijnen."
    assert facts_of(body, kind="weapon_use") == []


def test_equipment_of_a_force_is_the_actor():
    body = "Het IIT concludeert dat een helikopter van de Syrische luchtmacht een cilinder met chloor heeft afgeworpen."
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"]) == ("SYR", "chemical_weapon")


def test_sources_as_written_and_coordinated_unlisted_places():
    body = (
        "Volgens de Oekraïense strijdkrachten hebben Russische troepen brandbommen afgeworpen bij Vuhledar en Pokrovsk."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["place"]) == ("RUS", "incendiary_weapon", "Vuhledar en Pokrovsk")
    assert f["claimed_by"] == "Oekraïense strijdkrachten"
    body = (
        "Het IIT concludeert dat er redelijke gronden zijn dat de Syrische luchtmacht sarin heeft ingezet in Saraqib."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["claimed_by"], f["certainty"], f["place"]) == ("IIT", "redelijke gronden", "Saraqib")


def test_ocr_only_spellings_are_read_by_extraction():
    body = "De MIVD stelt vast dat de Russische troepen clustermunltie hebben gebruikt in Charkiv."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "cluster_munition")}


def test_day_with_jl_takes_the_year_of_the_document():
    from armswatch.record import Structure

    body = "Volgens de Oekraïense autoriteiten hebben Russische eenheden op 5 mei jl. witte fosfor ingezet op Bachmoet."
    [f] = facts_of(body, Structure(type="kamerbrief", date="2023-05-12"), kind="weapon_use")
    assert f["when"] == "2023-05-05"
    [f] = facts_of(body, Structure(type="kamerbrief", date="2024-01-12"), kind="weapon_use")
    assert f["when"] == "2023-05-05"


def test_ngo_accusation_with_coordinated_prepositions_and_spelling_variant():
    body = (
        "Amnesty International beschuldigt de Oekraïense strijdkrachten ervan antipersoonsmijnen te hebben "
        "gebruikt in en rond Lyman."
    )
    (f,) = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["place"], f["claimed_by"]) == (
        "UKR",
        "anti_personnel_mine",
        "Lyman",
        "Amnesty International",
    )


def test_narrowing_apposition_gives_coordinated_places_and_certainty_phrase():
    body = (
        "De MIVD concludeert met hoge mate van zekerheid dat Rusland clustermunitie heeft gebruikt in het "
        "oosten van het land, met name in de steden Kramatorsk en Soemy."
    )
    (f,) = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["place"], f["certainty"], f["claimed_by"]) == (
        "RUS",
        "Kramatorsk en Soemy",
        "met hoge mate van zekerheid",
        "MIVD",
    )


def test_weapon_system_name_and_nearest_place_in_the_claim_sentence():
    body = (
        "Er waren berichten over gevechten rond Donetsk. Volgens de MIVD hebben de Russische troepen "
        "zeer waarschijnlijk het TOS-1A systeem ingezet bij de aanval op Avdiivka."
    )
    (f,) = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["place"], f["certainty"], f["claimed_by"]) == (
        "RUS",
        "thermobaric",
        "Avdiivka",
        "zeer waarschijnlijk",
        "MIVD",
    )


def test_motion_considerans_reports_the_services_finding_with_coordinated_weapons():
    body = (
        "De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de MIVD heeft vastgesteld dat Rusland "
        "aan het front witte fosfor en traangas inzet;\n\nverzoekt de regering dit in de OPCW aan te kaarten,\n\n"
        "en gaat over tot de orde van de dag."
    )
    fs = facts_of(body, Structure(type="motie"), kind="weapon_use")
    assert keys(fs) == {("RUS", "white_phosphorus"), ("RUS", "riot_control_agent")}
    assert {f["claimed_by"] for f in fs} == {"MIVD"}


def test_adjective_before_use_noun_is_still_no_subject():
    body = "Nederland veroordeelt de toenemende inzet van clustermunitie."
    assert facts_of(body, kind="weapon_use") == []


def test_negated_evidence_verbs_withhold_the_use():
    denials = [
        "De regering beschikt niet over aanwijzingen dat Georgië witte fosfor heeft gebruikt.",
        "Wij beschikken niet over eigen informatie dat Syrië sarin heeft ingezet bij Idlib.",
        "De minister kan niet bevestigen dat Rusland thermobarische wapens heeft ingezet.",
        "Het is het kabinet niet bekend dat Oekraïne landmijnen heeft gebruikt.",
        "Er is geen bewijs dat Wit-Rusland clustermunitie heeft ingezet.",
    ]
    for body in denials:
        assert facts_of(body, kind="weapon_use") == [], body


def test_demining_and_advocacy_are_not_use():
    bodies = [
        "Nederland steunt de ruiming van antipersoonsmijnen in Oekraïne met 10 miljoen euro.",
        "Het kabinet zet zich in voor een wereld zonder landmijnen.",
        "Hierbij informeer ik u over de Nederlandse inzet op humanitaire ontmijning in Irak.",
        "Volgens de Landmine Monitor is de financiering voor het opruimen van landmijnen gestegen.",
    ]
    for body in bodies:
        assert facts_of(body, kind="weapon_use") == [], body


def test_laying_mines_is_use_but_laying_other_things_is_not():
    body = "De Russische troepen hebben in de regio Donetsk antipersoonsmijnen gelegd."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "anti_personnel_mine")}
    # only mines are laid: "gelegd" with another weapon says nothing about use
    body = "Rusland heeft in het rapport de nadruk gelegd op witte fosfor."
    assert facts_of(body, kind="weapon_use") == []


def test_claim_by_organisation_and_same_organisation():
    body = (
        "Human Rights Watch heeft vastgesteld dat Soedan in 2024 clustermunitie heeft gebruikt in Darfur. "
        "Volgens dezelfde organisatie heeft ook Ethiopië clustermunitie ingezet in Tigray."
    )
    got = {(f["actor"], f["claimed_by"]) for f in facts_of(body, kind="weapon_use")}
    assert got == {("SDN", "Human Rights Watch"), ("ETH", "Human Rights Watch")}


def test_reported_police_use_keeps_the_reporting_wording():
    body = (
        "Volgens berichtgeving van de OVSE heeft de Servische oproerpolitie in maart 2025 traangas "
        "ingezet tegen demonstranten in Belgrado."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["certainty"], f["claimed_by"]) == (
        "SRB",
        "riot_control_agent",
        "volgens berichtgeving",
        "OVSE",
    )


def test_the_report_refers_to_the_source_named_just_before():
    body = (
        "Volgens Human Rights Watch vielen in 2024 veel slachtoffers. Het rapport stelt vast dat de "
        "strijdkrachten van Soedan antipersoonsmijnen hebben gebruikt."
    )
    assert {(f["actor"], f["claimed_by"]) for f in facts_of(body, kind="weapon_use")} == {("SDN", "Human Rights Watch")}


def test_clearing_words_in_the_next_sentence_do_not_cancel_a_use():
    """'ruimten' (rooms) is not 'ruimen' (clearing), and a window never reads the next sentence."""
    body = (
        "De diensten stellen vast dat Rusland chloorpicrine in Oekraïne inzet. "
        "De stof is in afgesloten ruimten dodelijk."
    )
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "chloropicrin")}
    cleared = "Nederland steunt het ruimen van clustermunitie die Rusland in Oekraïne heeft ingezet."
    assert ("NLD", "cluster_munition") not in keys(facts_of(cleared, kind="weapon_use"))


def test_an_uninflected_adjective_keeps_the_use_a_noun_without_subject():
    # "het vermeend gebruik van": the state named earlier in the sentence did not use anything
    body = (
        "Een team onder leiding van een expert uit Finland is in Aleppo aangekomen om onderzoek te doen "
        "naar het vermeend gebruik van chemische wapens in twee dorpen."
    )
    assert facts_of(body, kind="weapon_use") == []
    body = "Denemarken heeft gevraagd om onderzoek naar een mogelijk gebruik van gifgas nabij Homs."
    assert facts_of(body, kind="weapon_use") == []


def test_a_place_of_two_words_is_kept_whole():
    body = (
        "Volgens de inlichtingendiensten is het zeer waarschijnlijk dat de aanval met sarin op Tal Hamra "
        "door de Syrische luchtmacht is uitgevoerd."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["place"]) == ("SYR", "Tal Hamra")


def test_an_armed_group_that_is_no_state_is_an_unknown_actor():
    body = "Het onderzoeksmechanisme concludeert dat ISIS in 2016 bij Marea mosterdgas heeft ingezet."
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"]) == ("UNKNOWN", "chemical_weapon")
    body = "The report also concludes that ISIS used mustard gas in an attack in Marea."
    assert keys(facts_of(body, kind="weapon_use")) == {("UNKNOWN", "chemical_weapon")}


def test_the_verb_is_is_no_armed_group():
    body = "Het is duidelijk dat het gebruik van traangas in oorlog verboden is."
    assert facts_of(body, kind="weapon_use") == []


def test_the_opcw_wording_a_toxic_chemical_as_a_weapon():
    body = (
        "Volgens het rapport van de missie is het aannemelijk dat een giftige chemische stof "
        "als wapen is ingezet in Saraqib op 4 februari 2018."
    )
    [f] = facts_of(body, kind="weapon_use")
    assert (f["actor"], f["weapon"], f["place"]) == ("UNKNOWN", "chemical_weapon", "Saraqib")


def test_a_use_noun_with_a_place_and_no_user_is_a_use_by_an_unknown_actor():
    for body in (
        "Het herhaalde gebruik van chemische wapens in Syrië veroordelen wij.",
        "We condemn the repeated use of chemical weapons in Syria.",
        "Het gebruik van traangas in Georgië tegen demonstranten is vastgesteld.",
    ):
        assert {k for k in keys(facts_of(body)) if k[0] == "UNKNOWN"}, body
    # the subject of the sentence is not the user of "the use of"
    body = "Russia condemned the use of chemical weapons in Syria."
    assert keys(facts_of(body, kind="weapon_use")) == {("UNKNOWN", "chemical_weapon")}


def test_a_use_noun_that_is_withheld_is_no_use():
    for body in (
        "We condemn any use of chemical weapons in Syria.",
        "The use of chemical weapons in Syria must be prevented.",
        "Het kabinet wil voorkomen dat het gebruik van clustermunitie in Oekraïne toeneemt.",
        "Het verbod op het gebruik van clustermunitie in Oekraïne geldt.",
        "De mogelijke inzet van clustermunitie in Oekraïne baart zorgen.",
        "Het gebruik van clustermunitie is verwerpelijk.",  # no place: a class of uses
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_a_use_noun_means_the_named_users_uses_when_the_text_names_one():
    body = "Rusland heeft clustermunitie ingezet in Charkiv. Het gebruik van clustermunitie in Oekraïne maakt slachtoffers."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "cluster_munition")}


def test_an_allegation_of_use_is_no_use_and_by_names_the_user():
    body = "Moscow spreads baseless claims about a possible Georgian use of chemical weapons."
    assert facts_of(body, kind="weapon_use") == []
    body = "De minister wil dat de VN de berichten over inzet van chemische wapens in Idlib onderzoekt."
    assert facts_of(body, kind="weapon_use") == []
    body = "We deplore the use of tear gas and of the chemical chloropicrin by Belarus in Minsk."
    assert keys(facts_of(body, kind="weapon_use")) == {("BLR", "riot_control_agent"), ("BLR", "chloropicrin")}


def test_the_adjective_of_coordinated_attacks_names_the_user_of_a_use_noun():
    body = "Observers describe Russian attacks on Georgian villages and even the use of white phosphorus."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "white_phosphorus")}
    body = "Observers describe Russian attacks on Georgian villages and the use of tear gas and white phosphorus."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "riot_control_agent"), ("RUS", "white_phosphorus")}
    body = "Er zijn Russische aanvallen op scholen en zelfs de inzet van clustermunitie gemeld."
    assert keys(facts_of(body, kind="weapon_use")) == {("RUS", "cluster_munition")}
    body = "Russian attacks continued. Later the use of white phosphorus was reported."
    assert facts_of(body, kind="weapon_use") == []


def test_a_contrast_denies_the_role_not_the_use():
    body = "Witte fosfor wordt door de coalitie echter niet als brandwapen gebruikt maar ingezet om doelen te markeren."
    assert keys(facts_of(body, kind="weapon_use")) == {("UNKNOWN", "white_phosphorus")}
    body = "Witte fosfor wordt door de coalitie niet als brandwapen gebruikt."
    assert facts_of(body, kind="weapon_use") == []
    body = "Witte fosfor wordt door de coalitie niet gebruikt, maar ze wil het wel."
    assert facts_of(body, kind="weapon_use") == []


def test_a_year_on_a_use_noun_dates_a_use_without_a_user():
    [f] = facts_of("The intentional use in 1995 of anthrax to kill commuters shocked the world.", kind="weapon_use")
    assert (f["actor"], f["weapon"], f["when"]) == ("UNKNOWN", "biological_weapon", "1995")
    [f] = facts_of("Het gebruik van gifgas in 1988 maakte duizenden slachtoffers.", kind="weapon_use")
    assert (f["actor"], f["weapon"], f["when"]) == ("UNKNOWN", "chemical_weapon", "1988")
    assert facts_of("A ban on the use of anthrax in 1995 was agreed.", kind="weapon_use") == []


def test_an_english_passive_use_with_a_place_has_an_unknown_user_unless_denied_or_supposed():
    assert keys(facts_of("Chemical weapons were used in Syria.", kind="weapon_use")) == {("UNKNOWN", "chemical_weapon")}
    for body in (
        "Cluster munitions were not used in Ukraine.",
        "If chemical weapons were used in Syria, we will respond.",
        "It is unclear whether chemical weapons were used in Douma.",
        "Syria has never used chemical weapons in Douma.",
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_a_state_held_responsible_for_a_use_is_its_user():
    jim = "The JIM concluded that Syria is responsible for two attacks with chemical weapons on its own population."
    assert keys(facts_of(jim, kind="weapon_use")) == {("SYR", "chemical_weapon")}
    iit = "Het OPCW-team concludeerde dat Syrië verantwoordelijk is voor het gebruik van chemische wapens in Ltamenah."
    assert keys(facts_of(iit, kind="weapon_use")) == {("SYR", "chemical_weapon")}
    for body in (
        "Het is onduidelijk of Syrië verantwoordelijk is voor het gebruik van chemische wapens in Ltamenah.",
        "Syria is not responsible for the use of chemical weapons in Douma.",
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_english_present_use_is_a_use_unless_supposed():
    regime = "This confirms once again that the Assad regime uses chemical weapons against its own population."
    assert keys(facts_of(regime, kind="weapon_use")) == {("SYR", "chemical_weapon")}
    for body in (
        "If Syria uses chemical weapons again, we will act.",
        "We will act, if Syria uses chemical weapons again.",
    ):
        assert facts_of(body, kind="weapon_use") == [], body


def test_a_separable_use_before_an_adverbial_and_police_named_by_where_they_serve():
    body = (
        "De Iraanse oproerpolitie zette traangas in tegen betogers. "
        "De politie in Venezuela gebruikte traangas tegen studenten."
    )
    assert keys(facts_of(body, kind="weapon_use")) == {("IRN", "riot_control_agent"), ("VEN", "riot_control_agent")}
    effort = "Nederland zet in op een verbod op clustermunitie tijdens de toetsingsconferentie."
    assert facts_of(effort, kind="weapon_use") == []
