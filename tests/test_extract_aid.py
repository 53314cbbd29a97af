"""aid: military support read from real Dutch (and English) support language, and silence on
ordinary parliamentary business that uses the same verbs ("beschikbaar stellen", "levert",
"steun", "bijdrage")."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys

from armswatch.record import Structure

MOTIE = Structure(type="motie")
BRIEF = Structure(type="kamerbrief")
OTHER = Structure(type="other")


# -- ordinary documents: no aid ---------------------------------------------------------------

HOUSING_MOTION = """36 512 Volkshuisvesting

Nr. 88 MOTIE VAN HET LID DE GROOT

Voorgesteld 12 maart 2024

De Kamer,

gehoord de beraadslaging,

constaterende dat gemeenten onvoldoende woningen hebben voor statushouders en ontheemden uit Oekraïne;

constaterende dat het kabinet 250 miljoen euro beschikbaar stelt voor flexwoningen;

verzoekt de regering om gemeenten extra middelen beschikbaar te stellen voor de opvang van ontheemden
uit Oekraïne en daarover voor de zomer aan de Kamer te rapporteren,

en gaat over tot de orde van de dag.

De Groot
"""

AGRICULTURE_LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 4 oktober 2024

Het kabinet stelt 500 miljoen euro beschikbaar voor de verduurzaming van de veehouderij. Wij steunen
boeren die omschakelen naar extensieve landbouw, net als Denemarken en Duitsland dat doen. De provincie
levert een bijdrage van 20 miljoen euro. Nederland levert jaarlijks voor 120 miljard euro aan
landbouwproducten aan Duitsland, België en Frankrijk. Wij zullen de Kamer voor de zomer informeren over
de voortgang.
"""

DEVELOPMENT_LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 20 juni 2024

Nederland levert een bijdrage van 40 miljoen euro aan het Wereldvoedselprogramma voor voedselhulp in
Jemen en Soedan. Het kabinet heeft besloten 15 miljoen euro beschikbaar te stellen voor de wederopbouw
van scholen en ziekenhuizen in Oekraïne. Via het Oekraïne Energiefonds stelt Nederland generatoren en
transformatoren ter beschikking aan Oekraïne. Ook steunt Nederland Moldavië met budgetsteun.
Met deze brief lever ik een bijdrage aan het debat over de hervorming van de Wereldbank.
"""


@pytest.mark.parametrize(
    "body,structure",
    [
        (HOUSING_MOTION, MOTIE),
        (AGRICULTURE_LETTER, BRIEF),
        (DEVELOPMENT_LETTER, BRIEF),
    ],
)
def test_ordinary_documents_have_no_aid(body, structure):
    assert facts_of(body, structure, kind="aid") == []


@pytest.mark.parametrize(
    "body",
    [
        # political support and humanitarian goods are not military support
        "Nederland blijft Oekraïne onverminderd steunen, zolang als nodig.",
        "Oekraïne ontvangt van de Europese Unie humanitaire goederen, waaronder medische middelen en dekens.",
        "Defensie stelt militairen beschikbaar voor de bestrijding van de hoogwaterproblematiek in Limburg.",
        "De documenten worden u ter beschikking gesteld, met uitzondering van de passages over Turkije.",
        # a motion's request, and a conditional
        "verzoekt de regering om Oekraïne extra luchtverdedigingssystemen ter beschikking te stellen,",
        "Als Duitsland Taurus-raketten levert, zal Nederland de munitie aan Oekraïne leveren.",
        # a commercial licence is an arms export, not aid
        "Het kabinet heeft een vergunning verleend voor de levering van radars door een Nederlands bedrijf aan Egypte.",
    ],
)
def test_sentences_that_are_no_military_support(body):
    assert facts_of(body, BRIEF, kind="aid") == []


def test_recipient_is_not_any_state_of_the_document():
    body = "Rusland zet zijn aanvallen op Oekraïne voort.\n\nHet kabinet heeft besloten extra munitie te leveren."
    # the state of another paragraph is no recipient; nothing names who receives
    assert facts_of(body, BRIEF, kind="aid") == []


def test_motion_states_a_decision_but_the_request_is_no_fact():
    body = (
        "constaterende dat Duitsland heeft besloten vijf Patriot-systemen aan Oekraïne te leveren;\n"
        "verzoekt de regering om eveneens luchtverdedigingssystemen aan Oekraïne te leveren,\n"
    )
    assert keys(facts_of(body, MOTIE, kind="aid")) == {("DEU", "UKR", "decided")}


# -- real support language --------------------------------------------------------------------

RELEASE = """Nieuwsbericht | 14-02-2024 | Ministerie van Defensie

Er worden twaalf pantserhouwitsers overgedragen aan Oekraïne. Dat heeft minister van Defensie
Brekelmans vandaag bekendgemaakt.
"""


def test_passive_transfer_in_a_ministry_release_has_the_netherlands_as_donor():
    [f] = facts_of(RELEASE, OTHER, kind="aid")
    assert (f["donor"], f["recipient"], f["status"]) == ("NLD", "UKR", "decided")
    assert f["items"] == ["twaalf pantserhouwitsers"]


def test_passive_without_donor_outside_a_government_text_is_no_fact():
    body = "Er worden twaalf pantserhouwitsers overgedragen aan Oekraïne."
    assert facts_of(body, MOTIE, kind="aid") == []


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("Het kabinet heeft besloten 18 F-16's aan Oekraïne te leveren.", "decided"),
        ("De mijnenjagers worden in de loop van dit jaar aan Oekraïne geleverd.", "decided"),
        ("Daarnaast wordt een radarsysteem ter beschikking gesteld aan de Oekraïense luchtmacht.", "decided"),
        ("De eerste acht pantserhouwitsers zijn inmiddels aan Oekraïne geleverd.", "delivered"),
        ("De levering van de drones aan Oekraïne is afgerond.", "delivered"),
        ("De munitie zal in het voorjaar aan Oekraïne worden geleverd.", "intended"),
        ("Nederland is bereid Oekraïne vier Patriot-lanceerinstallaties te leveren.", "intended"),
        ("Het kabinet onderzoekt de mogelijkheid om Oekraïne extra luchtverdedigingsraketten te leveren.", "intended"),
        ("Nederland schaft 100 drones aan ten behoeve van Oekraïne.", "decided"),
        ("Defensie koopt voor 200 miljoen euro artilleriemunitie voor Oekraïne.", "decided"),
        ("Nederland stelt Oekraïne twee Patriot-lanceerinstallaties ter beschikking.", "decided"),
        ("Het kabinet trekt € 350 miljoen uit voor munitie voor Oekraïne.", "decided"),
    ],
)
def test_support_verbs_and_their_status(sentence, status):
    assert keys(facts_of(sentence, BRIEF, kind="aid")) == {("NLD", "UKR", status)}, sentence


def test_recipient_as_subject_of_receiving():
    body = "Nieuwsbericht | Defensie\n\nOekraïne ontvangt van Nederland 14 gerenoveerde Leopard 2A4-tanks."
    [f] = facts_of(body, OTHER, kind="aid")
    assert (f["donor"], f["recipient"], f["status"]) == ("NLD", "UKR", "decided")


def test_contribution_to_a_military_fund_or_coalition():
    body = "Nederland draagt 200 miljoen euro bij aan de dronecoalitie voor Oekraïne."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "decided")}
    body = (
        "Het kabinet draagt 150 miljoen euro bij aan het Tsjechische munitie-initiatief, waarmee "
        "artilleriegranaten voor Oekraïne worden aangekocht."
    )
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "decided")}
    # a contribution to a fund for reconstruction is no military support
    body = "Nederland draagt 50 miljoen euro bij aan het Fonds voor Wederopbouw van Oekraïne."
    assert facts_of(body, BRIEF, kind="aid") == []


def test_funding_from_a_named_fund():
    body = (
        "Het kabinet heeft besloten Oekraïne drie Patriot-lanceerinstallaties te leveren. De kosten worden "
        "gedekt uit de Europese Vredesfaciliteit."
    )
    [f] = facts_of(body, BRIEF, kind="aid")
    assert f["funding"] == "EPF"


def test_one_sentence_one_status_for_the_same_items():
    body = "De toegezegde pantserhouwitsers zijn inmiddels aan Oekraïne geleverd."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "delivered")}


@pytest.mark.parametrize("earlier", ["reeds geleverde", "eerder geleverde", "eerder gedoneerde"])
def test_earlier_deliveries_named_beside_an_intention_are_no_second_fact(earlier):
    """'reeds geleverde X' describes X; the sentence claims only its main verb's status."""
    body = (
        f"Het kabinet is voornemens om Oekraïne extra helmen te leveren, aanvullend op de {earlier} pantservoertuigen."
    )
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "intended")}


def test_a_finite_delivery_beside_an_intention_is_still_read():
    body = "Nederland heeft inmiddels twintig pantservoertuigen aan Oekraïne geleverd en zal nog tien leveren."
    assert ("NLD", "UKR", "delivered") in keys(facts_of(body, BRIEF, kind="aid"))


ENGLISH_RELEASE = """News item | 20-06-2024 | Ministry of Defence

The Netherlands will supply Ukraine with a Patriot system. The Netherlands has delivered 24 F-16 fighter
jets to Ukraine. The Netherlands will contribute 300 million euros to the drone coalition for Ukraine.
"""


def test_english_release_of_the_dutch_government():
    got = keys(facts_of(ENGLISH_RELEASE, OTHER, kind="aid"))
    # "will supply" in a release announces a decision (the blind real-document gold reads it so)
    assert got == {("NLD", "UKR", "decided"), ("NLD", "UKR", "delivered")}


def test_english_release_is_quiet_on_ordinary_business():
    body = "The Netherlands will contribute to the debate on housing. The Netherlands supports farmers in Poland."
    assert facts_of(body, OTHER, kind="aid") == []


def test_supporting_with_items_training_of_forces_and_a_position_on_giving():
    body = "Nederland steunt Oekraïne met een nieuw pakket van 500 miljoen euro voor munitie en drones."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "decided")}
    body = "Sinds 2022 hebben Nederlandse instructeurs ruim 5000 Oekraïense militairen getraind."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "delivered")}
    body = "Nederland levert een bijdrage aan de opleiding van Oekraïense militairen."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "decided")}
    # supporting a proposal is a position, and police training is no military support
    assert facts_of("Nederland steunt het voorstel om munitie aan Oekraïne te leveren.", BRIEF, kind="aid") == []
    assert facts_of("De politie traint Oekraïense agenten in forensisch onderzoek.", BRIEF, kind="aid") == []


def test_receiving_in_the_perfect_and_a_third_state_receiving_now():
    body = "Oekraïne heeft van Nederland 14 Leopard-tanks ontvangen."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "delivered")}
    body = "Rusland ontvangt op grote schaal artilleriemunitie uit Noord-Korea."
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("PRK", "RUS", "delivered")}
    # the trainer is not named and another state is: no donor by default
    body = "Oekraïense militairen ontvangen in Duitsland training op de Leopard-tanks."
    assert facts_of(body, BRIEF, kind="aid") == []


def test_procurement_for_own_forces_is_no_aid():
    for body in (
        "Nederland koopt F-35's in de Verenigde Staten.",
        "Het kabinet schaft 46 Leopard-tanks aan voor de Nederlandse krijgsmacht.",
        "Nederland stuurt twee F-35's naar Polen ter ondersteuning van de NAVO-missie.",
    ):
        assert facts_of(body, BRIEF, kind="aid") == [], body


def test_anaphoric_items_take_the_recipient_of_the_giving_just_before():
    body = (
        "Hierbij informeer ik u over de levering van drie pantserhouwitsers aan Oekraïne. Het kabinet heeft "
        "besloten de systemen uit de eigen voorraad te leveren."
    )
    assert keys(facts_of(body, BRIEF, kind="aid")) == {("NLD", "UKR", "decided")}


def test_english_receiving_and_plural_type_names():
    body = "News item | Ministry of Defence\n\nUkraine will receive 18 howitzers from the Netherlands."
    [f] = facts_of(body, OTHER, kind="aid")
    assert (f["donor"], f["recipient"], f["status"], f["items"]) == ("NLD", "UKR", "decided", ["18 howitzers"])
    body = "The Netherlands has delivered the first F-16s to Ukraine."
    [f] = facts_of(body, OTHER, kind="aid")
    assert (f["status"], f["items"]) == ("delivered", ["F-16s"])


@pytest.mark.parametrize(
    "body",
    [
        "Het kabinet stelt 300 miljoen euro beschikbaar voor de bouw van woningen voor defensiepersoneel.",
        "Defensie levert een bijdrage aan de hulpverlening na de overstromingen in Spanje.",
        "Wij stellen de gemeente Den Helder middelen ter beschikking voor de nieuwe kazerne.",
        "Nederland heeft 12 miljoen euro bijgedragen aan humanitaire ontmijning in Oekraïne via een VN-fonds.",
        "Oekraïne ontvangt 5 miljard euro macrofinanciële steun van de Europese Unie.",
        "Ik heb uw Kamer toegezegd de wapenleveranties aan Oekraïne voor de zomer te evalueren.",
    ],
)
def test_defence_words_in_ordinary_business_are_no_aid(body):
    assert facts_of(body, BRIEF, kind="aid") == [], body


@pytest.mark.parametrize(
    "body",
    [
        "verzoekt de regering om de levering van F-16's aan Oekraïne te versnellen,",
        "verzoekt de regering, zo snel mogelijk extra Patriot-systemen aan Oekraïne te leveren,",
        "spreekt uit dat Nederland Oekraïne militair moet blijven steunen,",
    ],
)
def test_motion_requests_are_no_aid(body):
    assert facts_of(body, MOTIE, kind="aid") == [], body


def test_supporting_an_activity_is_no_giving():
    body = "Nederland steunt het ruimen van clustermunitie die Rusland in Oekraïne heeft ingezet."
    assert facts_of(body, BRIEF, kind="aid") == []


def test_the_infinitive_as_a_noun_names_the_giving_without_a_giver():
    body = (
        "Het leveren van defensieve wapens om Oekraïne weerbaarder te maken is voor onze fractie "
        "een heel andere zaak dan aanvalswapens."
    )
    assert facts_of(body, Structure(type="other"), kind="aid") == []


def test_a_sentence_that_goes_on_with_the_paragraphs_dutch_support_keeps_its_giver():
    body = (
        "Ook de verlenging van de Nederlandse missie krijgt brede steun. Vanaf oktober stelt Nederland "
        "zes F-16's beschikbaar. Daarnaast worden 80 militairen ingezet voor het trainen van Iraakse strijdkrachten."
    )
    news = Structure(type="other")
    assert ("NLD", "IRQ", "decided") in keys(facts_of(body, news, kind="aid"))
    # without the connective, or in a paragraph about another state, the trainers' giver stays unsaid
    other = "De Deense missie gaat door. Daarnaast worden 80 militairen ingezet voor het trainen van Iraakse strijdkrachten."
    assert keys(facts_of(other, news, kind="aid")) == set()


def test_english_releases_a_minister_informing_parliament_and_a_cabinets_decision_in_the_lead():
    news = Structure(type="other")
    told = (
        "Minister of Defence Jane Smit yesterday informed the House of Representatives in writing that the "
        "Netherlands will supply armoured vehicles to Ukraine."
    )
    assert keys(facts_of(told, news, kind="aid")) == {("NLD", "UKR", "decided")}
    release = (
        "The Council of Ministers has decided to deploy six F-16 fighter jets against ISIS.\n\n"
        "The Netherlands will also help train Iraqi and Kurdish forces in Iraq."
    )
    assert ("NLD", "IRQ", "decided") in keys(facts_of(release, news, kind="aid"))


def test_a_fund_for_one_states_army_a_mission_building_up_its_forces_and_a_request_received():
    letter = Structure(type="kamerbrief")
    fund = "Nederland heeft in 2009 € 12 miljoen aan het ANA Trust Fund bijgedragen."
    assert keys(facts_of(fund, letter, kind="aid")) == {("NLD", "AFG", "delivered")}
    mission = (
        "Nederland heeft 150 mariniers naar Bosnië en Herzegovina gestuurd om de capaciteit van de strijdkrachten "
        "daar te verbeteren."
    )
    assert keys(facts_of(mission, letter, kind="aid")) == {("NLD", "BIH", "delivered")}
    assert (
        facts_of("Nederland heeft 150 mariniers naar Mali gestuurd om de vrede te bewaren.", letter, kind="aid") == []
    )
    asked = "Nederland heeft van Oekraïne een verzoek ontvangen voor de levering van militaire goederen."
    assert facts_of(asked, letter, kind="aid") == []


def test_a_partner_is_a_co_giver_beside_the_giver_never_the_giver_alone():
    letter = Structure(type="kamerbrief")
    both = "Nederland schaft samen met Duitsland en Denemarken tanks aan voor Oekraïne."
    assert keys(facts_of(both, letter, kind="aid")) == {
        ("NLD", "UKR", "decided"),
        ("DEU", "UKR", "decided"),
        ("DNK", "UKR", "decided"),
    }
    # the partners may come first, with an article, and the giver after its verb
    first = "Samen met de Verenigde Staten en Tsjechië levert Nederland 90 gereviseerde tanks aan Oekraïne."
    assert keys(facts_of(first, letter, kind="aid")) == {
        ("NLD", "UKR", "decided"),
        ("USA", "UKR", "decided"),
        ("CZE", "UKR", "decided"),
    }
    project = "Wij stellen in een samenwerkingsproject met Duitsland pantserhouwitsers ter beschikking aan Oekraïne."
    assert {k[0] for k in keys(facts_of(project, letter, kind="aid"))} == {"NLD"}
    eu = "Borrell heeft voorgesteld om de steun die de EU vanuit de Europese Vredesfaciliteit aan Oekraïne levert, te verhogen."
    assert facts_of(eu, letter, kind="aid") == []


def test_a_planned_delivery_as_a_letters_topic_and_support_given_to_a_states_forces():
    letter = Structure(type="kamerbrief")
    planned = "Met deze brief informeer ik u over de voorgenomen levering van twee mijnenjagers aan Oekraïne."
    assert keys(facts_of(planned, letter, kind="aid")) == {("NLD", "UKR", "intended")}
    # informing about a delivery whose status the topic does not state says nothing
    assert (
        facts_of("Met deze brief informeer ik u over de levering van mijnenjagers aan Oekraïne.", letter, kind="aid")
        == []
    )
    forces = "Ook ondersteunde Nederland de Jordaanse strijdkrachten bij de bouw van een logistieke hub."
    assert keys(facts_of(forces, letter, kind="aid")) == {("NLD", "JOR", "delivered")}
    assert facts_of("Nederland steunde de motie over de Jordaanse strijdkrachten.", letter, kind="aid") == []


def test_goods_sent_to_a_state_are_given_troops_sent_there_are_deployed():
    letter = Structure(type="kamerbrief")
    listed = "Nederland, Duitsland en Denemarken sturen 100 gevechtstanks naar Oekraïne."
    assert keys(facts_of(listed, letter, kind="aid")) == {
        ("NLD", "UKR", "decided"),
        ("DEU", "UKR", "decided"),
        ("DNK", "UKR", "decided"),
    }
    assert facts_of("Nederland stuurt 100 militairen naar Mali.", letter, kind="aid") == []


def test_a_weak_item_the_next_sentence_explains_as_military():
    release = Structure(type="other")
    body = (
        "Nederland doneert een steunpakket ter waarde van 500 miljoen euro aan Oekraïne. Dit is onderdeel van een "
        "nieuw initiatief. Hierbij nemen NAVO-bondgenoten militair materieel af uit de voorraden van de Verenigde Staten."
    )
    assert keys(facts_of(body, release, kind="aid")) == {("NLD", "UKR", "decided")}
    civil = "Nederland doneert een steunpakket ter waarde van 500 miljoen euro aan Oekraïne. Het geld gaat naar de wederopbouw van scholen."
    assert facts_of(civil, release, kind="aid") == []


def test_a_dutch_minister_quoted_by_name_speaks_for_the_government_another_speaker_does_not():
    release = Structure(type="other")
    minister = 'Nederland steunt Oekraïne.\n\nMinister Brekelmans: "Daarom levert Nederland radars aan Oekraïne."'
    assert keys(facts_of(minister, release, kind="aid")) == {("NLD", "UKR", "decided")}
    other = 'Nederland steunt Oekraïne.\n\nDe Oekraïense president: "Nederland levert radars aan Oekraïne."'
    assert facts_of(other, release, kind="aid") == []


def test_the_running_total_of_dutch_military_support_is_support_delivered():
    letter = Structure(type="kamerbrief")
    total = "Dit brengt de totale militaire steun aan Oekraïne op bijna 6 miljard euro."
    assert keys(facts_of(total, letter, kind="aid")) == {("NLD", "UKR", "delivered")}
    english = "By August 2025 the value of the realized Dutch military support to Ukraine stood at nearly €8.7 billion."
    assert keys(facts_of(english, Structure(type="other"), kind="aid")) == {("NLD", "UKR", "delivered")}
    # a total still to come, or another state's total in a text that is not the government's
    assert (
        facts_of("Dit zal de totale militaire steun aan Oekraïne op 8 miljard euro brengen.", letter, kind="aid") == []
    )
    assert (
        facts_of("De totale militaire steun aan Oekraïne staat op 8 miljard euro.", Structure(type="other"), kind="aid")
        == []
    )


def test_a_missions_contribution_intended_or_a_letters_topic_and_a_fund_named_after_a_state():
    letter = Structure(type="kamerbrief")
    intended = "De leden hebben kennis genomen van het voornemen van het kabinet om de Nederlandse bijdrage aan EUTM Somalië te verlengen."
    assert keys(facts_of(intended, letter, kind="aid")) == {("NLD", "SOM", "intended")}
    topic = "De commissie sprak over de brief van de Minister van Buitenlandse Zaken inzake de Nederlandse bijdrage aan EUTM Somalia."
    assert facts_of(topic, letter, kind="aid") == []
    fund = "In September the Netherlands contributed €1.5 million to the Syria Fund of the OPCW for the destruction of chemical weapons."
    assert facts_of(fund, Structure(type="other"), kind="aid") == []


def test_a_dutch_contribution_to_operation_interflex_trains_ukraines_forces():
    news = Structure(type="other")
    body = "Since 2022 the Netherlands has been contributing to Operation Interflex with around 90 instructors."
    assert keys(facts_of(body, news, kind="aid")) == {("NLD", "UKR", "delivered")}
    topic = "Inbreng schriftelijk overleg met betrekking tot de Nederlandse bijdrage EUTM Somalië"
    assert facts_of(topic, Structure(type="kamerbrief"), kind="aid") == []


def test_a_budgeted_total_of_military_support_is_not_support_delivered():
    letter = Structure(type="kamerbrief")
    body = "De momenteel begrote militaire steun aan Oekraïne voor 2026 bedraagt vooralsnog € 2,1 miljard."
    assert facts_of(body, letter, kind="aid") == []


def test_an_english_releases_future_announces_a_decision_an_intention_stays_intended():
    release = Structure(type="other")
    together = (
        "Together with the United States and the Czech Republic, the Netherlands will provide 90 tanks to Ukraine."
    )
    assert keys(facts_of(together, release, kind="aid")) == {
        ("NLD", "UKR", "decided"),
        ("USA", "UKR", "decided"),
        ("CZE", "UKR", "decided"),
    }
    train = "The Netherlands will also help train Iraqi and Kurdish forces in Iraq."
    assert keys(facts_of(train, release, kind="aid")) == {("NLD", "IRQ", "decided")}
    intends = "The Netherlands intends to supply F-16s to Ukraine."
    assert keys(facts_of(intends, release, kind="aid")) == {("NLD", "UKR", "intended")}


def test_english_perfect_giving_lists_with_an_article_a_position_on_a_mission_and_the_dutch_as_givers():
    release = Structure(type="other")
    assert keys(facts_of("The Netherlands has provided 18 howitzers to Ukraine.", release, kind="aid")) == {
        ("NLD", "UKR", "delivered")
    }
    listed = "The Netherlands, Denmark and the Czech Republic will provide Ukraine with tanks and ammunition."
    assert {k[0] for k in keys(facts_of(listed, release, kind="aid"))} == {"NLD", "DNK", "CZE"}
    position = (
        "De ChristenUnie steunt nog steeds de missie om de Libanese regering behulpzaam te zijn bij het opbouwen "
        "van gezag over het eigen land."
    )
    assert facts_of(position, release, kind="aid") == []
    unmee = (
        "De Regering heeft besloten Nederlandse militairen ter beschikking te stellen voor de VN-vredesoperatie "
        "UNMEE (United Nations Mission in Ethiopia and Eritrea)."
    )
    assert facts_of(unmee, Structure(type="kamerbrief"), kind="aid") == []


def test_an_english_future_contribution_to_a_training_mission_is_decided_as_any_english_future_giving():
    release = Structure(type="other")
    body = "The Netherlands will contribute 25 trainers to NTM-I."
    assert keys(facts_of(body, release, kind="aid")) == {("NLD", "IRQ", "decided")}


def test_a_giving_named_as_a_gift_is_decided_and_a_state_supported_with_military_means_too():
    answer = Structure(type="antwoord_kamervragen")
    gift = "De levering van de tanks betreft een donatie aan Oekraïne. Nederland wordt geen eigenaar van de tanks."
    assert keys(facts_of(gift, answer, kind="aid")) == {("NLD", "UKR", "decided")}
    means = "Nederland heeft in 2022 samen met andere landen Oekraïne gesteund door middel van militaire middelen."
    assert keys(facts_of(means, answer, kind="aid")) == {("NLD", "UKR", "delivered")}
    position = "De motie over de levering van munitie aan Oekraïne wordt gesteund door de PVV."
    assert facts_of(position, answer, kind="aid") == []


def test_money_set_aside_for_the_state_supported_the_sentence_before_explained_as_military_after():
    release = Structure(type="other")
    military = (
        "Nederland blijft Oekraïne onverminderd steunen. Voor 2024 heeft het kabinet ruim € 2 miljard gereserveerd. "
        "Het bedrag is vooral bedoeld voor militaire steun, maar er is ook geld voor herstel."
    )
    assert keys(facts_of(military, release, kind="aid")) == {("NLD", "UKR", "decided")}
    rebuilding = (
        "Nederland blijft Oekraïne steunen. Voor 2024 heeft het kabinet € 2 miljard gereserveerd. "
        "Het bedrag is bedoeld voor wederopbouw."
    )
    assert facts_of(rebuilding, release, kind="aid") == []


def test_a_support_package_donated_is_what_is_given():
    release = Structure(type="other")
    body = (
        "The Netherlands is donating a support package worth 500 million euros to Ukraine as part of a new "
        "US-led initiative known as the Prioritised Ukraine Requirements List."
    )
    assert keys(facts_of(body, release, kind="aid")) == {("NLD", "UKR", "decided")}
    assert facts_of("The Netherlands supports the package of sanctions against Russia.", release, kind="aid") == []


def test_an_english_decision_to_supply_arms_is_decided_support():
    statement = Structure(type="other")
    body = (
        "The Netherlands underlines that its decision to supply arms to Ukraine, in order to help Ukraine "
        "exercise its right to self-defense, is fully in line with the ATT."
    )
    assert keys(facts_of(body, statement, kind="aid")) == {("NLD", "UKR", "decided")}
    assert facts_of("The Arms Trade Treaty regulates the supply of arms to states.", statement, kind="aid") == []


def test_troops_sent_to_a_border_are_no_support_and_partners_of_an_unnamed_dutch_giver_give_with_it():
    page = Structure(type="other")
    deployment = (
        "De militaire steun vanuit Nederland begon in januari 2022 toen Rusland steeds meer militairen naar de "
        "grens met Oekraïne stuurde."
    )
    assert facts_of(deployment, page, kind="aid") == []
    partners = (
        "Nederland heeft inmiddels voor € 1 miljard aan militaire steun aan Oekraïne geleverd. In dat steunpakket "
        "zaten T-72 tanks die samen met Tsjechië en VS aan Oekraïne geleverd zijn."
    )
    assert keys(facts_of(partners, page, kind="aid")) == {
        ("NLD", "UKR", "delivered"),
        ("CZE", "UKR", "delivered"),
        ("USA", "UKR", "delivered"),
    }


def test_a_state_helped_to_military_goods_receives_them():
    letter = Structure(type="kamerbrief")
    body = "Nederland zal Oekraïne helpen aan CV-90 materieel. Wij helpen de gemeente aan een nieuwe locatie."
    assert keys(facts_of(body, letter, kind="aid")) == {("NLD", "UKR", "intended")}


def test_a_pledge_a_gift_in_the_past_tense_and_the_item_without_its_verb_or_year():
    letter = Structure(type="kamerbrief")
    pledged = facts_of("Nederland heeft Estland drie pantservoertuigen beloofd.", letter, kind="aid")
    assert keys(pledged) == {("NLD", "EST", "decided")}
    gift = facts_of("Nederland doneerde vorig jaar twee mijnenjagers aan Estland.", letter, kind="aid")
    assert keys(gift) == {("NLD", "EST", "delivered")} and gift[0]["items"] == ["twee mijnenjagers"]
    past = facts_of("Nederland leverde in 2023 12 houwitsers aan Estland.", letter, kind="aid")
    assert past[0]["items"] == ["12 houwitsers"]
    rollers = facts_of("Nederland leverde mijnenrollers aan Estland.", letter, kind="aid")
    assert rollers[0]["items"] == ["mijnenrollers"]


def test_the_title_of_a_letter_a_committee_discussed_is_no_giving():
    report = Structure(type="verslag")
    body = (
        "De vaste commissie voor Defensie heeft overleg gevoerd over:\n\n"
        "  • de brief van de Minister van Defensie d.d. 3 maart 2015 inzake artikel-100 Grondwet: Verlenging "
        "Nederlandse bijdrage aan de trainingsmissie in Irak (Kamerstuk 27 925, nr. 520);\n"
    )
    assert facts_of(body, report, kind="aid") == []


def test_an_embassy_arranging_its_own_purchases_gives_nothing():
    page = Structure(type="other")
    body = (
        "The Defence Department maintains contacts with the British armed forces. Procurement of equipment and "
        "spare parts for Dutch weapon systems is being provided for."
    )
    assert facts_of(body, page, kind="aid") == []


def test_personnel_training_now_and_a_mission_taken_part_in_are_delivered_forces_for_a_task_are_no_support():
    overview = Structure(type="other")
    body = (
        "Weekoverzicht Defensieoperaties\n\n"
        "Ongeveer 65 Nederlandse militairen trainen Oekraïense rekruten in het Verenigd Koninkrijk.\n\n"
        "Nederland neemt in Afghanistan met ongeveer 160 militairen deel aan de NAVO-missie Resolute Support.\n\n"
        "De krijgsmacht stelt schepen en vliegtuigen beschikbaar voor de eerste hoofdtaak van Defensie: "
        "bondgenootschappelijke verdediging van het NAVO-verdragsgebied.\n"
    )
    assert keys(facts_of(body, overview, kind="aid")) == {("NLD", "UKR", "delivered"), ("NLD", "AFG", "delivered")}
    policy = facts_of("Het kabinet heeft besloten dat Nederland Oekraïense militairen traint.", overview, kind="aid")
    assert keys(policy) == {("NLD", "UKR", "decided")}
