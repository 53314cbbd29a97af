"""treaty_status and aid: grammar around "partij bij", coreference, status verbs, merging."""

from __future__ import annotations

from extract_helpers import facts_of, keys

from armswatch.record import Structure


def test_noch_noch_with_dit_verdrag_resolved_to_previous_sentence():
    body = (
        "Clustermunitie is alleen verboden voor partijen bij het Clustermunitieverdrag van 2008. "
        "Noch Rusland noch Oekraïne is partij bij dit verdrag."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {("RUS", "CCM", False), ("UKR", "CCM", False)}


def test_coordinated_subject_geen_partij_and_positive_party():
    body = (
        "Nederland is partij bij het Verdrag Chemische Wapens. De Verenigde Staten en Oekraïne zijn "
        "geen partij bij het Ottawa-verdrag."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("NLD", "CWC", True),
        ("USA", "APMBC", False),
        ("UKR", "APMBC", False),
    }


def test_als_partij_bij_and_not_signed():
    body = (
        "Als partij bij het Verdrag inzake clustermunitie spant Laos zich in voor de ruiming. "
        "Oekraïne heeft het Verdrag inzake clustermunitie niet ondertekend."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {("LAO", "CCM", True), ("UKR", "CCM", False)}


def test_relative_clause_landen_die_partij_zijn_is_no_state():
    body = "Wel zet Nederland zich samen met andere landen die partij zijn bij het Verdrag in voor universalisering."
    assert facts_of(body, kind="treaty_status") == []


def test_confirmed_question_becomes_a_finding():
    body = """Vraag 1
Klopt het dat het Verdrag inzake clustermunitie op dit moment voor Nederland rechtsgeldig is?

Antwoord 1
Ja.

Vraag 2
Klopt het dat Rusland partij is bij het Verdrag inzake clustermunitie?

Antwoord 2
Nee.
"""
    assert keys(facts_of(body, Structure(type="antwoord_kamervragen"), kind="treaty_status")) == {("NLD", "CCM", True)}


def test_aid_decided_with_items_funding_and_export_check_merged():
    body = """Het kabinet heeft besloten om aanvullende militaire goederen aan Oekraïne te leveren. Het gaat
om pantservoertuigen en munitie.

Voor deze leveringen zal een toetsing aan de EU wapenexportcriteria plaatsvinden. De leveringen worden
uit het Budget Internationale Veiligheid (BIV) bekostigd.
"""
    [f] = facts_of(body, kind="aid")
    assert (f["donor"], f["recipient"], f["status"]) == ("NLD", "UKR", "decided")
    assert {"pantservoertuigen", "munitie"} <= set(f["items"])
    assert f["funding"] == "BIV"
    assert f["export_check"] == "EU Common Position 2008/944/CFSP"


def test_aid_intended_and_earlier_deliveries():
    body = (
        "Het kabinet is voornemens om extra goederen aan Oekraïne te leveren in het verlengde van "
        "reeds geleverde militaire goederen."
    )
    # one sentence, one claim: the earlier deliveries describe the goods (issue 12, item 10)
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "intended")}


def test_aid_co_donor_and_gapping():
    body = "Nederland levert hierbij vijf pantserhouwitsers aan Oekraïne en Duitsland zeven."
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "decided"), ("DEU", "UKR", "decided")}
    body = "Het kabinet heeft besloten samen met Duitsland drie luchtverdedigingssystemen aan Oekraïne te leveren."
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "decided"), ("DEU", "UKR", "decided")}


def test_indirect_object_recipient_and_place_is_not_recipient():
    body = (
        "Nederland levert Oekraïne twee lanceerinstallaties. Verder levert Nederland 100 in Tsjechië "
        "ingekochte voertuigen."
    )
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "decided")}


def test_announced_by_a_state_is_decided():
    body = "De Verenigde Staten hebben aangekondigd clustermunitie te zullen leveren aan Oekraïne."
    [f] = facts_of(body, kind="aid")
    assert (f["donor"], f["recipient"], f["status"], f["items"]) == ("USA", "UKR", "decided", ["clustermunitie"])


def test_requests_modals_questions_and_negations_are_no_aid():
    for body in (
        "De Oekraïense autoriteiten verzoeken Duitsland tanks te leveren aan Oekraïne.",
        "Het ministerie onderzoekt hoe Nederland samen met bondgenoten materieel aan Oekraïne kan leveren.",
        "Is het kabinet bereid F-16's aan Oekraïne te leveren?",
        "U kunt op de website lezen welke militaire steun Duitsland levert.",
        "Duitsland heeft vooralsnog geen gevechtstanks aan Oekraïne geleverd.",
        "De leveringen worden via het Budget Internationale Veiligheid (BIV) bekostigd.",
    ):
        assert facts_of(body, kind="aid") == [], body


def test_budget_letter_has_no_facts():
    body = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 15 september 2023

Hierbij bied ik u de ontwerpbegroting 2024 van het Ministerie van Defensie aan. De uitgaven stijgen
met 1,2 miljard euro tot 21,4 miljard euro. Het kabinet investeert in 24 nieuwe projecten en in de
werving van personeel; het aantal vacatures daalt met 3 procent. De NAVO-norm van 2 procent wordt
in 2024 gehaald (Kamerstuk 36 410 X, nr. 2).
"""
    assert [f for f in facts_of(body) if f["kind"] != "figure"] == []
    # sums and shares are figures (the real-document gold's convention); the kamerstuk number is not
    assert {f["value"] for f in facts_of(body, kind="figure")} == {1_200_000_000, 21_400_000_000, 24, 3, 2}


def test_unrelated_kamervragen_have_no_facts():
    body = """Vragen van het lid De Vries (VVD) aan de Minister van Financiën over de spaarrente (ingezonden 3 juni 2021).

Vraag 1
Bent u bekend met het bericht dat banken de spaarrente verlagen tot 0 procent?

Antwoord 1
Ja. De rente op spaarrekeningen boven € 100.000 is negatief bij 12 banken.
"""
    assert [f for f in facts_of(body, Structure(type="antwoord_kamervragen")) if f["kind"] != "figure"] == []


def test_contrast_relative_clause_and_accession():
    body = "Rusland is geen partij bij het Ottawa-verdrag, Oekraïne wel."
    assert keys(facts_of(body, kind="treaty_status")) == {("RUS", "APMBC", False), ("UKR", "APMBC", True)}
    body = "Syrië trad in 2013 toe tot het Verdrag Chemische Wapens. Rusland, dat partij is bij dit verdrag, zweeg."
    assert keys(facts_of(body, kind="treaty_status")) == {("SYR", "CWC", True), ("RUS", "CWC", True)}
    body = "Nederland spreekt niet-verdragspartijen zoals de Verenigde Staten aan op het Clustermunitieverdrag."
    assert facts_of(body, kind="treaty_status") == []


def test_pledge_in_main_clause_order():
    body = "Nederland heeft Oekraïne 18 F-16's toegezegd."
    [f] = facts_of(body, kind="aid")
    assert (f["donor"], f["recipient"], f["status"]) == ("NLD", "UKR", "decided")
    assert keys(facts_of(body, kind="figure")) == {(18, "F-16's")}


def test_plural_present_coordinated_donors_and_type_names_in_items():
    body = "Denemarken en Nederland leveren samen 14 Leopard 2A4-tanks aan Oekraïne."
    facts = facts_of(body, kind="aid")
    assert keys(facts) == {("DNK", "UKR", "decided"), ("NLD", "UKR", "decided")}
    assert facts[0]["items"] == ["14 Leopard 2A4-tanks"]
    # an infinitive after a modal is no status
    assert facts_of("Denemarken en Nederland kunnen tanks aan Oekraïne leveren.", kind="aid") == []


def test_pledge_word_about_informing_is_no_aid():
    body = (
        "Tijdens het debat over Oekraïne heb ik toegezegd uw Kamer te informeren over het gebruik van "
        "verboden munitie en wapens."
    )
    assert facts_of(body, kind="aid") == []


def test_arms_exports_are_not_aid_and_items_drop_connectives():
    body = "Het kabinet heeft besloten een exportvergunning te verlenen voor de levering van radars aan Egypte."
    assert facts_of(body, kind="aid") == []
    body = "Het kabinet heeft aan Oekraïne militaire steun geleverd, waaronder 8 pantserhouwitsers."
    [f] = facts_of(body, kind="aid")
    assert f["status"] == "delivered" and "8 pantserhouwitsers" in f["items"]


def test_inverted_subject_and_long_coordination():
    body = "Van de 32 NAVO-bondgenoten zijn de Verenigde Staten geen partij bij het Verdrag van Ottawa."
    assert keys(facts_of(body, kind="treaty_status")) == {("USA", "APMBC", False)}
    body = "Polen, Litouwen, Letland en Estland zijn tot dat moment partij bij het Verdrag van Ottawa."
    assert {k[0] for k in keys(facts_of(body, kind="treaty_status"))} == {"POL", "LTU", "LVA", "EST"}


def test_reported_transfer_between_third_states_and_impersonal_dutch_intention():
    body = "Het kabinet heeft, net als bondgenoten, vastgesteld dat Iran drones aan Rusland heeft geleverd."
    assert keys(facts_of(body, kind="aid")) == {("IRN", "RUS", "delivered")}
    body = "Voorgesteld wordt het voornemen om Oekraine 10.000 granaten uit de Nederlandse voorraad te leveren."
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "intended")}
    body = "Oekraïne heeft verzocht om aanvullende munitie; de VS zal munitie leveren aan Oekraïne."
    assert ("UKR", "USA", "intended") not in keys(facts_of(body, kind="aid"))


def test_announced_with_several_partners():
    body = "Eerder maakte Nederland al bekend samen met Duitsland en Denemarken 100 tanks aan Oekraïne te leveren."
    assert keys(facts_of(body, kind="aid")) == {
        ("NLD", "UKR", "decided"),
        ("DEU", "UKR", "decided"),
        ("DNK", "UKR", "decided"),
    }
    assert keys(facts_of(body, kind="figure")) == {(100, "tanks")}


def test_items_keep_type_and_calibre():
    body = (
        "Het kabinet is voornemens Oekraïne 100 pantservoertuigen van het type YPR-765 en ca 10.000 granaten "
        "155mm te leveren."
    )
    [f] = facts_of(body, kind="aid")
    assert f["items"] == ["100 pantservoertuigen van het type YPR-765", "10.000 granaten 155mm"]


def test_withdrawal_only_when_done_and_accession_with_treaty_between():
    body = (
        "Estland heeft zich per 1 januari 2026 teruggetrokken uit het Ottawa-verdrag. "
        "Letland trekt zich terug uit het Ottawa-verdrag. "
        "Finland is in 2012 tot het Ottawa-verdrag toegetreden, Belarus is niet tot het verdrag toegetreden."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("EST", "APMBC", False),
        ("FIN", "APMBC", True),
        ("BLR", "APMBC", False),
    }


def test_bare_geen_partij_list_and_als_verdragspartij_resolve_to_treaty_named_before():
    body = (
        "Het Verdrag Chemische Wapens kent bijna universele deelname. Egypte, Israël en Noord-Korea zijn "
        "geen partij. Duitsland spant zich, als verdragspartij, in voor volledige naleving."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("EGY", "CWC", False),
        ("ISR", "CWC", False),
        ("PRK", "CWC", False),
        ("DEU", "CWC", True),
    }


def test_party_since_a_date_and_inverted_subject():
    body = (
        "Canada is sinds 3 december 1997 partij bij het Ottawa-verdrag. "
        "Van de vijf buurlanden zijn Polen en Finland geen partij bij het verdrag."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("CAN", "APMBC", True),
        ("POL", "APMBC", False),
        ("FIN", "APMBC", False),
    }


def test_political_party_is_no_treaty_party():
    body = "Het Ottawa-verdrag verbiedt mijnen. In dit conflict is Rusland partij, net als Belarus."
    assert facts_of(body, kind="treaty_status") == []


def test_woo_nota_consent_is_intended_across_an_ocr_line_break():
    body = (
        "Geadviseerd besluit\n\n• Uw akkoord om Oekraïne 5.1.2e pantserwielvoertuigen uit de\n\n"
        "Nederlandse voorraad te leveren alsmede ontmijningsmaterieel\n\n"
        "• De levering is getoetst aan het EU Gemeenschappelijk\n\nStandpunt inzake wapenexport\n"
    )
    (f,) = facts_of(body, Structure(type="nota"), kind="aid")
    assert (f["donor"], f["recipient"], f["status"]) == ("NLD", "UKR", "intended")
    assert f["items"] == ["pantserwielvoertuigen", "ontmijningsmaterieel"]
    assert f["export_check"] == "EU Common Position 2008/944/CFSP"


def test_company_named_after_its_country_is_no_donor():
    body = (
        "Het kabinet heeft besloten acht pantserhouwitsers aan Oekraïne te leveren. De voertuigen worden "
        "door de Duitse fabrikant Rheinmetall Deutschland gereviseerd en daarna aan Oekraïne overgedragen."
    )
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "decided")}


def test_third_state_present_supplies_are_deliveries_but_not_beside_dutch_aid():
    report = "De bondgenoten spraken hun zorg uit. Iran levert Rusland op grote schaal drones."
    assert keys(facts_of(report, kind="aid")) == {("IRN", "RUS", "delivered")}
    joint = "Nederland levert Oekraïne vier tanks en Duitsland zes. Duitsland levert de munitie voor de tanks."
    assert keys(facts_of(joint, kind="aid")) == {("NLD", "UKR", "decided"), ("DEU", "UKR", "decided")}


def test_item_keeps_its_purpose_phrase():
    body = "Het kabinet heeft besloten Oekraïne extra granaten voor kustverdediging te leveren."
    (f,) = facts_of(body, kind="aid")
    assert f["items"] == ["granaten voor kustverdediging"]


def _statuses(body):
    return {(f["state"], f["treaty"], f["party"]) for f in facts_of(body, kind="treaty_status")}


def test_evenmin_zij_refers_to_the_states_of_the_previous_sentence():
    body = (
        "Armenië en Azerbeidzjan zijn geen partij bij het Verdrag inzake clustermunitie. "
        "Evenmin zijn zij partij bij het Antipersoonsmijnenverdrag."
    )
    assert _statuses(body) == {
        ("ARM", "CCM", False),
        ("AZE", "CCM", False),
        ("ARM", "APMBC", False),
        ("AZE", "APMBC", False),
    }


def test_no_longer_and_never_a_party():
    assert _statuses("Litouwen is sinds vandaag geen partij meer bij het Verdrag inzake clustermunitie.") == {
        ("LTU", "CCM", False)
    }
    body = (
        "Het Verdrag inzake clustermunitie trad in 2010 in werking. Rusland, dat sinds 2022 "
        "clustermunitie in Oekraïne gebruikt, is nooit partij geweest."
    )
    assert _statuses(body) == {("RUS", "CCM", False)}


def test_dutch_names_of_the_mine_ban_treaty():
    for name in ("Antipersoonsmijnenverdrag", "Antipersoneelmijnenverdrag", "Verdrag van Ottawa", "Mijnenverdrag"):
        assert _statuses(f"Finland is partij bij het {name}.") == {("FIN", "APMBC", True)}, name


def test_bare_never_a_party_resolves_het_verdrag_to_its_antecedent():
    body = (
        "Het Verdrag inzake clustermunitie telt 112 staten. Het verdrag verbiedt de productie en opslag "
        "van deze wapens. Rusland, dat deze wapens op grote schaal gebruikt, is nooit partij geweest."
    )
    assert _statuses(body) == {("RUS", "CCM", False)}


def test_coordinated_holders_of_signature_and_accession_verbs():
    body = (
        "Het Verdrag inzake clustermunitie verbiedt deze wapens. Tsjaad, Jemen en Soedan hebben het verdrag "
        "nog niet ondertekend. Onder meer Gambia en Peru zijn vorig jaar toegetreden tot het Wapenhandelsverdrag."
    )
    assert _statuses(body) == {
        ("TCD", "CCM", False),
        ("YEM", "CCM", False),
        ("SDN", "CCM", False),
        ("GMB", "ATT", True),
        ("PER", "ATT", True),
    }


def test_passive_past_tense_and_relative_ratification():
    assert _statuses("Het Ottawa-verdrag is door Kenia en Malawi in 2001 geratificeerd.") == {
        ("KEN", "APMBC", True),
        ("MWI", "APMBC", True),
    }
    assert _statuses("Spanje bekrachtigde het Verdrag inzake clustermunitie kort na de conferentie.") == {
        ("ESP", "CCM", True)
    }
    body = (
        "Het Wapenhandelsverdrag trad in 2014 in werking. Argentinië, dat het verdrag in 2014 "
        "ratificeerde, zit de conferentie voor."
    )
    assert _statuses(body) == {("ARG", "ATT", True)}


def test_bare_accession_in_the_paragraph_of_the_treaty_and_group_with_members_named():
    body = "Het Verdrag Chemische Wapens is bijna universeel. Ook Angola is in 2015 toegetreden."
    assert _statuses(body) == {("AGO", "CWC", True)}
    assert _statuses("Het Verdrag Chemische Wapens kwam ter sprake.\n\nZweden is in 2024 toegetreden.") == set()
    body = (
        "Het aantal staten die het Clustermunitieverdrag hebben geratificeerd, waaronder Ghana en Benin, "
        "stijgt gestaag."
    )
    assert _statuses(body) == {("GHA", "CCM", True), ("BEN", "CCM", True)}


def test_counts_and_conditionals_are_no_status_a_call_to_join_says_not_yet_a_party():
    assert _statuses("Negentien van de 27 EU-lidstaten zijn partij bij het Verdrag inzake clustermunitie.") == set()
    assert _statuses("Als Iran partij zou worden bij het Verdrag inzake clustermunitie, verandert dat weinig.") == set()
    # the state called on to join is not (yet) a party: the real-document gold reads it so
    assert _statuses("Nederland roept Vietnam op toe te treden tot het Verdrag inzake clustermunitie.") == {
        ("VNM", "CCM", False)
    }
    assert _statuses("Roemenië heeft aangekondigd zich terug te trekken uit het Ottawa-verdrag.") == set()


def test_english_releases():
    body = (
        "Norway is a party to the Convention on Cluster Munitions. The United States is not a party to the "
        "Convention on Cluster Munitions. Ghana has ratified the Arms Trade Treaty. Tonga acceded to the "
        "Arms Trade Treaty in 2020. Lithuania withdrew from the Convention on Cluster Munitions. Israel has "
        "signed but not ratified the Chemical Weapons Convention."
    )
    assert _statuses(body) == {
        ("NOR", "CCM", True),
        ("USA", "CCM", False),
        ("GHA", "ATT", True),
        ("TON", "ATT", True),
        ("LTU", "CCM", False),
        ("ISR", "CWC", False),
    }
    body = "States Parties such as Chile and Mexico champion the Convention on Cluster Munitions."
    assert _statuses(body) == {("CHL", "CCM", True), ("MEX", "CCM", True)}


def test_bound_by_a_treaty_and_states_not_bound_by_it():
    body = (
        "Overwegende dat Nederland gebonden is aan het Verdrag inzake clustermunitie; overwegende dat "
        "de regering wapens levert aan niet aan het verdrag gebonden landen als Israël en Pakistan;"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("NLD", "CCM", True),
        ("ISR", "CCM", False),
        ("PAK", "CCM", False),
    }


def test_members_of_the_opcw_are_parties_to_the_chemical_weapons_convention():
    body = "In 2013 werd Syrië onder internationale druk lid van de OPCW. Zuid-Soedan is sinds 2019 lid van de OPCW."
    assert keys(facts_of(body, kind="treaty_status")) == {("SYR", "CWC", True), ("SSD", "CWC", True)}


def test_with_the_other_parties_the_subject_is_a_party_too():
    body = (
        "Met de andere staten die partij zijn bij het Ottawa-verdrag werkt België aan een wereld zonder mijnen "
        "en tegen nieuw gebruik."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {("BEL", "APMBC", True)}


def test_english_possessive_as_a_state_party():
    body = "The Netherlands calls on Syria to meet Syria’s obligations as a State Party to the Chemical Weapons Convention."
    assert ("SYR", "CWC", True) in keys(facts_of(body, kind="treaty_status"))


def test_inverted_past_ratification_after_an_opening_adverbial():
    body = (
        "Het Verdrag inzake clustermunitie trad in 2010 in werking. Op 3 maart 2011 ratificeerde Ghana "
        "als twintigste Afrikaanse land het verdrag."
    )
    assert ("GHA", "CCM", True) in keys(facts_of(body, kind="treaty_status"))


def test_the_kingdom_of_a_memorandum_is_the_netherlands_but_not_another_kingdom():
    body = "Het Koninkrijk is partij bij het Verdrag inzake clustermunitie. Ook is het Koninkrijk partij bij het CWC."
    assert keys(facts_of(body, kind="treaty_status")) == {("NLD", "CCM", True), ("NLD", "CWC", True)}
    body = "Het Koninkrijk Marokko is partij bij het Verdrag inzake clustermunitie."
    assert ("NLD", "CCM", True) not in keys(facts_of(body, kind="treaty_status"))


def test_the_formula_of_where_and_when_a_treaty_was_concluded_stands_before_its_name():
    body = (
        "Nederland is partij bij het op 2 maart 1999 te Wenen tot stand gekomen Verdrag inzake clustermunitie. "
        "Ook is het Koninkrijk partij bij het op 5 mei 2001 te Genève gesloten Verdrag inzake het verbod of de "
        "beperking van het gebruik van bepaalde conventionele wapens."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {("NLD", "CCM", True), ("NLD", "CCW", True)}


def test_states_appealed_to_join_a_treaty_are_not_yet_parties():
    body = (
        "Ook werd gesproken over de pogingen de Verenigde Staten en Turkije ertoe te brengen het Ottawa-verdrag "
        "te ondertekenen."
    )
    assert _statuses(body) == {("USA", "APMBC", False), ("TUR", "APMBC", False)}
    assert _statuses("The Netherlands urges Egypt to accede to the Chemical Weapons Convention.") == {
        ("EGY", "CWC", False)
    }
    # an appeal to all states names none; an appeal to keep to a treaty is no appeal to join it
    assert _statuses("Nederland roept alle staten op het Verdrag inzake clustermunitie te ratificeren.") == set()
    assert _statuses("Nederland roept Rusland op zich aan het Chemischewapenverdrag te houden.") == set()


def test_a_state_presiding_over_a_treaty_or_its_meeting_of_states_parties_is_a_party():
    assert _statuses(
        "This year, the Netherlands was honored to serve as the President of The Convention on Cluster Munition."
    ) == {("NLD", "CCM", True)}
    body = (
        "Statement of the Netherlands on the Priorities of its Presidency of the 19th Meeting of States Parties. "
        "The Anti-Personnel Mine Ban Convention has saved many lives."
    )
    assert _statuses(body) == {("NLD", "APMBC", True)}
    assert _statuses("Nederland is dit jaar voorzitter van het Verdrag inzake clustermunitie.") == {
        ("NLD", "CCM", True)
    }
    # a candidacy is no presidency
    assert _statuses("Nederland is kandidaat voor het voorzitterschap van het Verdrag inzake clustermunitie.") == set()
