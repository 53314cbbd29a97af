"""Classes of Dutch and English met in the blind batches 19-20 (real documents of 1996-2025 on
weapon use, treaty status and support): a contribution to a mission that trains a state's
forces, an attack named by its weapon, a treaty in force for a state, a treaty "and its
protocols", and what is no fact (an unknown treaty, an adjective "opgeleid", a contribution
only weighed). Every sentence is written for the test."""

from __future__ import annotations

from extract_helpers import facts_of, keys


def _keys(body: str, kind: str) -> set[tuple]:
    return keys(facts_of(body, kind=kind))


def test_a_dutch_contribution_to_a_training_mission_supports_the_state_it_serves():
    body = "Het kabinet heeft besloten de Nederlandse bijdrage van 60 militairen aan NTM-I met een jaar te verlengen."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}
    body = "Wij informeren u over de Nederlandse bijdrage aan de nieuwe capaciteitsopbouwmissie in Irak."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}
    # a contribution under way is delivered; a mission that only keeps the peace is none
    assert _keys("Nederland levert 200 militairen aan Resolute Support.", "aid") == {("NLD", "AFG", "delivered")}
    assert _keys("Nederland levert 200 militairen aan UNIFIL in Libanon.", "aid") == set()


def test_a_contribution_weighed_refused_or_of_others_is_no_support():
    weighed = "De regering zal de mogelijkheid van een Nederlandse bijdrage aan EUTM Mali bezien."
    assert _keys(weighed, "aid") == set()
    assert _keys("Nederland levert geen bijdrage aan de trainingsmissie in Mali.", "aid") == set()
    assert _keys("Duitsland draagt 100 militairen bij aan de trainingsmissie in Irak.", "aid") == set()


def test_an_attack_named_by_its_weapon_is_a_use_by_an_unnamed_user():
    body = "De gifgasaanval in Douma op 7 april 2018 kostte tientallen mensen het leven."
    facts = facts_of(body, kind="weapon_use")
    assert keys(facts) == {("UNKNOWN", "chemical_weapon")}
    assert (facts[0]["place"], facts[0]["when"]) == ("Douma", "2018-04-07")
    assert _keys("We remember the sarin attack at Khan Sheikhoun.", "weapon_use") == {("UNKNOWN", "chemical_weapon")}
    # protection against, a possible or a denied attack, or one without a place, is none
    assert _keys("Nederland investeert in bescherming tegen chemische aanvallen in Europa.", "weapon_use") == set()
    assert _keys("Bij een chemische aanval in Nederland zou de brandweer uitrukken.", "weapon_use") == set()
    assert _keys("Er zijn geen chemische aanvallen in Oekraïne vastgesteld.", "weapon_use") == set()
    assert _keys("Chemische aanvallen zijn een oorlogsmisdaad.", "weapon_use") == set()


def test_a_treaty_in_force_for_a_state_binds_it():
    body = "Voor Turkije is het Chemische Wapensverdrag op 11 juni 1997 in werking getreden."
    assert _keys(body, "treaty_status") == {("TUR", "CWC", True)}
    body = "The Convention on Cluster Munitions entered into force for Angola in 2015."
    assert _keys(body, "treaty_status") == {("AGO", "CCM", True)}


def test_a_party_to_a_treaty_and_its_protocols_is_party_to_each_protocol():
    body = "Nederland is partij bij het CCW-verdrag en de vijf bijbehorende protocollen."
    assert _keys(body, "treaty_status") == {("NLD", "CCW", True), ("NLD", "CCW-P3", True), ("NLD", "CCW-P4", True)}
    assert _keys("Nederland is partij bij het CCW-verdrag.", "treaty_status") == {("NLD", "CCW", True)}


def test_a_status_of_a_treaty_the_lexicon_does_not_know_is_no_fact():
    body = "Het kernstopverdrag is nog niet in werking. India en Pakistan hebben dit verdrag niet ondertekend."
    assert _keys(body, "treaty_status") == set()


def test_trained_as_an_adjective_or_a_purpose_is_no_training_given():
    body = "De Indonesische marine beschikt al over modern materieel en hoger opgeleid personeel."
    assert _keys(body, "aid") == set()
    body = (
        "Een Nederlands bedrijf kreeg een exportvergunning voor twee simulatoren naar Egypte. De simulatoren komen "
        "in dienst van de Egyptische krijgsmacht en worden ingezet voor het opleiden van personeel."
    )
    assert _keys(body, "aid") == set()
    # troops who train another state's forces are support
    body = "Nederland stuurt 130 militairen. Zij worden ingezet voor het trainen van Iraakse strijdkrachten."
    assert ("NLD", "IRQ", "decided") in _keys(body, "aid")


def test_users_listed_after_the_agent_are_each_a_user():
    body = (
        "The Netherlands is deeply concerned about the use of anti-personnel mines by government forces of "
        "Myanmar, North Korea and Syria and non-state armed groups in Afghanistan and Yemen."
    )
    assert _keys(body, "weapon_use") == {
        ("MMR", "anti_personnel_mine"),
        ("PRK", "anti_personnel_mine"),
        ("SYR", "anti_personnel_mine"),
        ("UNKNOWN", "anti_personnel_mine"),
    }
    body = "Nederland is bezorgd over het gebruik van antipersoneelmijnen door de strijdkrachten van Myanmar."
    assert _keys(body, "weapon_use") == {("MMR", "anti_personnel_mine")}


def test_a_month_or_a_day_is_no_place_of_an_attack():
    body = "The samples of the chemical attack on Ghouta in August 2013 match the declared arsenal."
    facts = facts_of(body, kind="weapon_use")
    assert [(f["actor"], f["place"]) for f in facts] == [("UNKNOWN", "Ghouta")]
    assert _keys("We spoke on Monday about chemical attacks.", "weapon_use") == set()


def test_a_member_of_the_opcw_or_not_is_a_party_to_the_cwc_or_not():
    body = "The OPCW has 188 member states. Syria is not an OPCW member state."
    assert _keys(body, "treaty_status") == {("SYR", "CWC", False)}
    body = "De OPCW telt 188 lidstaten. De zorgen over de wapens van Syrië, dat geen lid is, bevestigen dat belang."
    assert _keys(body, "treaty_status") == {("SYR", "CWC", False)}


def test_a_nominal_use_after_an_attack_placed_in_the_sentence_before():
    body = (
        "In de nacht van 7 op 8 april vond een aanval plaats op Douma. De beelden die na de aanval naar buiten "
        "kwamen wijzen op de inzet van chemische wapens."
    )
    assert _keys(body, "weapon_use") == {("UNKNOWN", "chemical_weapon")}
    # the attack's place must be said: a condemnation of every use is no use
    body = "Er vond een aanval plaats op Douma. Het kabinet veroordeelt ieder gebruik van chemische wapens."
    assert _keys(body, "weapon_use") == set()


def test_a_part_of_the_count_before_takes_its_unit():
    body = "Defensie zet maximaal 80 militairen extra in. Daarvan zijn er 30 bedoeld voor ondersteuning."
    assert {(f["value"], f["unit"]) for f in facts_of(body, kind="figure")} == {(80, "militairen"), (30, "militairen")}


def test_a_victim_of_a_states_weapon_names_its_user():
    body = "Een onderzoeksmissie stelde vast dat hij werd gedood door een Russische clusterbom in Gori."
    facts = facts_of(body, kind="weapon_use")
    assert [(f["actor"], f["weapon"], f["place"]) for f in facts] == [("RUS", "cluster_munition", "Gori")]
    assert _keys("He was killed by a Russian cluster bomb.", "weapon_use") == {("RUS", "cluster_munition")}
    assert _keys("Hij werd niet gedood door een Russische clusterbom.", "weapon_use") == set()


def test_a_treaty_to_which_a_state_is_party():
    body = "Chlorine as a weapon violates the Chemical Weapons Convention, to which Syria has been a party since 2013."
    assert _keys(body, "treaty_status") == {("SYR", "CWC", True)}
    body = "Het Clustermunitieverdrag, waarbij Rusland geen partij is, verbiedt dit."
    assert _keys(body, "treaty_status") == {("RUS", "CCM", False)}


def test_money_for_building_up_a_states_security_forces():
    body = "Nederland stelt vier miljoen euro beschikbaar voor de opbouw van de Afghaanse veiligheidsstructuren."
    assert _keys(body, "aid") == {("NLD", "AFG", "decided")}
    assert _keys("Nederland stelt vier miljoen euro beschikbaar voor de opbouw van Afghaanse scholen.", "aid") == set()


def test_a_treaty_databases_table_of_parties_with_their_reservations():
    body = (
        "Verdrag inzake het verbod van het gebruik, de aanleg van voorraden, de productie en de overdracht van "
        "anti-personeelmijnen en inzake de vernietiging van deze wapens\n\n"
        "Partij | Voorbehoud / verklaring | Bezwaren |\n\n---|---|---|\n\n"
        "Argentinië | Ja | Nee |\n\nCanada | Ja | Nee |\n"
    )
    assert _keys(body, "treaty_status") == {("ARG", "APMBC", True), ("CAN", "APMBC", True)}


def test_a_parties_table_goes_on_past_a_row_it_cannot_name():
    body = (
        "Verdrag inzake clustermunitie\n\nPartij | Voorbehoud / verklaring | Bezwaren |\n\n---|---|---|\n\n"
        "Canada | Ja | Nee |\n\nNederlanden, het Koninkrijk der | Ja | Nee |\n\nAtlantis | Ja | Nee |\n\n"
        "Zweden | Ja | Nee |\n"
    )
    assert _keys(body, "treaty_status") == {("CAN", "CCM", True), ("NLD", "CCM", True), ("SWE", "CCM", True)}


def test_an_additional_ccw_protocol_is_told_by_its_table_dates():
    title = (
        "Verdrag\n\nAanvullend Protocol bij het Verdrag inzake het verbod of de beperking van het gebruik van "
        "bepaalde conventionele wapens die geacht kunnen worden buitensporig leed te veroorzaken\n\n"
        "PartijenPartijen met een link hebben een voorbehoud.\n\n"
        "Partij Ondertekening Ratificatie In werking Opzegging Buiten werking\n"
    )
    # a party dated before Protocol V was adopted (28 November 2003): Protocol IV's table
    body = title + "Albanië 28-08-2002 (R) 28-02-2003\nAlgerije 06-05-2015 (R) 06-11-2015\n"
    assert _keys(body, "treaty_status") == {("ALB", "CCW-P4", True), ("DZA", "CCW-P4", True)}
    # only later dates: Protocol IV's or Protocol V's, the text does not tell
    body = title + "Algerije 06-05-2015 (R) 06-11-2015\nAngola 10-02-2017 (R) 10-08-2017\n"
    assert _keys(body, "treaty_status") == set()
