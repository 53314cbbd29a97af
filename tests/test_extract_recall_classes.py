"""treaty_status, aid and weapon_use: classes of Dutch and English the earlier rules missed —
lists of states outside a treaty, founders, the verb-final join, a passive through a group
"waaronder"; training, trainers and money for a state's forces, a contribution to a state,
a military contribution to a state's fight; the English genitive user. Every sentence is
written for the test."""

from __future__ import annotations

from extract_helpers import facts_of, keys


def _keys(body: str, kind: str) -> set[tuple]:
    return keys(facts_of(body, kind=kind))


def test_the_states_still_missing_from_a_treaty_are_no_parties():
    body = (
        "Het Verdrag inzake clustermunitie kent 110 partijen. De landen die nog ontbreken zijn Rusland, China en India."
    )
    assert _keys(body, "treaty_status") == {("RUS", "CCM", False), ("CHN", "CCM", False), ("IND", "CCM", False)}


def test_not_yet_acceded_onder_meer_and_outside_the_treaty():
    body = "Tot het Ottawa-verdrag zijn nog niet toegetreden onder meer Pakistan en Egypte."
    assert _keys(body, "treaty_status") == {("PAK", "APMBC", False), ("EGY", "APMBC", False)}
    body = "Het Chemischewapenverdrag is bijna universeel. Buiten het verdrag staan Egypte en Noord-Korea."
    assert _keys(body, "treaty_status") == {("EGY", "CWC", False), ("PRK", "CWC", False)}
    body = "Het Chemischewapenverdrag telt 193 partijen; alleen Egypte en Israël staan er nog buiten."
    assert _keys(body, "treaty_status") == {("EGY", "CWC", False), ("ISR", "CWC", False)}


def test_outside_something_else_or_missing_without_a_treaty_says_nothing():
    body = "Het Chemischewapenverdrag is besproken. Egypte en Israël staan buiten de discussie over de begroting."
    assert _keys(body, "treaty_status") == set()
    assert _keys("De landen die nog ontbreken zijn Noorwegen en IJsland.", "treaty_status") == set()


def test_english_states_not_party_include():
    body = "States not party to the Convention on Cluster Munitions include the United States and Russia."
    assert _keys(body, "treaty_status") == {("USA", "CCM", False), ("RUS", "CCM", False)}


def test_founders_and_first_parties_are_parties_first_signers_alone_not():
    body = (
        "Nederland heeft als een van de oprichters van het Chemischewapenverdrag altijd een voortrekkersrol gespeeld."
    )
    assert _keys(body, "treaty_status") == {("NLD", "CWC", True)}
    body = "Canada was as a founding member of the Chemical Weapons Convention closely involved."
    assert _keys(body, "treaty_status") == {("CAN", "CWC", True)}
    body = "Ierland was een van de eerste ondertekenaars en verdragspartij van het Verdrag inzake clustermunitie."
    assert _keys(body, "treaty_status") == {("IRL", "CCM", True)}
    body = "Nederland was een van de eerste ondertekenaars van het Verdrag inzake clustermunitie."
    assert _keys(body, "treaty_status") == set()


def test_joined_with_the_treaty_before_the_participle():
    body = "Het Chemischewapenverdrag is breed aanvaard. Syrië heeft zich in 2013 bij het verdrag aangesloten."
    assert _keys(body, "treaty_status") == {("SYR", "CWC", True)}
    body = "Het Ottawa-verdrag is besproken. Rusland heeft zich niet bij het verdrag aangesloten."
    assert _keys(body, "treaty_status") == {("RUS", "APMBC", False)}


def test_passive_ratified_by_a_group_waaronder_states():
    body = "Het Verdrag inzake clustermunitie is door enkele NAVO-bondgenoten, waaronder Duitsland en Italië, geratificeerd."
    assert _keys(body, "treaty_status") == {("DEU", "CCM", True), ("ITA", "CCM", True)}


def test_trainers_and_instructors_for_a_states_forces_are_aid():
    assert _keys("Nederland levert trainers aan de Iraakse veiligheidstroepen.", "aid") == {("NLD", "IRQ", "decided")}
    body = "Nederland draagt bij aan de opleiding van het Iraakse leger met instructeurs."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}
    assert _keys("Nederland levert trainers aan de Nederlandse voetbalclubs.", "aid") == set()
    assert _keys("Nederland draagt bij aan de opleiding van leraren in Irak.", "aid") == set()


def test_money_for_a_states_security_sector_is_aid_but_not_humanitarian_money():
    body = "Het kabinet stelt € 10 miljoen beschikbaar voor de Libanese veiligheidssector."
    assert _keys(body, "aid") == {("NLD", "LBN", "decided")}
    assert _keys("Nederland stelt 5 miljoen euro beschikbaar voor het Libanese leger.", "aid") == {
        ("NLD", "LBN", "decided")
    }
    assert _keys("Het kabinet stelt € 10 miljoen beschikbaar voor humanitaire hulp in Libanon.", "aid") == set()
    body = "Het kabinet stelt € 10 miljoen beschikbaar voor de wederopbouw van het Libanese onderwijs."
    assert _keys(body, "aid") == set()


def test_military_contribution_to_a_states_fight_and_english_contribute_to():
    body = "Het kabinet heeft besloten een militaire bijdrage te leveren aan de strijd tegen ISIS in Irak."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}
    assert _keys("The Netherlands will contribute F-16s and trainers to Iraq.", "aid") == {("NLD", "IRQ", "decided")}


def test_english_genitive_names_the_user():
    body = "The Netherlands condemns Russia's use of cluster munitions."
    assert _keys(body, "weapon_use") == {("RUS", "cluster_munition")}


def test_training_of_a_states_forces_in_every_tense_and_by_coordinated_trainers():
    # training told in the present is under way: given, whether the state or its personnel train
    # (batch43's blind readers over six weekly operations overviews, and session 12's judge of a random
    # sample, read "Nederland traint ..." so; session 11 had kept it a decision), as an English
    # release's progressive is (as both blind readers who met it read it); a decision to train stays one
    assert _keys("Nederland traint Oekraïense militairen in Roemenië.", "aid") == {("NLD", "UKR", "delivered")}
    assert _keys("Het kabinet heeft besloten dat Nederland Oekraïense militairen traint.", "aid") == {
        ("NLD", "UKR", "decided")
    }
    body = "De Nederlandse instructeurs trainen momenteel een nieuwe groep Iraakse militairen."
    assert _keys(body, "aid") == {("NLD", "IRQ", "delivered")}
    body = "Nederlandse militairen trainen Oekraïense militairen in Roemenië."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}
    assert _keys("The Netherlands is training Ukrainian pilots in Romania.", "aid") == {("NLD", "UKR", "delivered")}
    # a past tense is training given; the people trained may be special forces or pilots
    assert _keys("Nederland trainde vorig jaar 45 Senegalese special forces.", "aid") == {("NLD", "SEN", "delivered")}
    # trainers coordinated before the verb each give
    body = "Duitsland en Nederland trainen opnieuw Oekraïense militairen."
    assert _keys(body, "aid") == {("DEU", "UKR", "delivered"), ("NLD", "UKR", "delivered")}
    # in a passive the trained are the subjects: another trained state is no trainer
    body = "Initially, only Romanian pilots were given F-16 training, but now Ukrainian pilots are also being trained."
    assert _keys(body, "aid") == set()
    # the police training detectives is no military support
    assert _keys("De politie traint Oekraïense rechercheurs in forensisch onderzoek.", "aid") == set()


def test_support_as_a_noun_is_what_is_given_not_a_position():
    body = "The Netherlands has now provided almost € 1 billion in military support to Ukraine."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}
    assert _keys("The Netherlands supports the proposal to supply ammunition to Ukraine.", "aid") == set()


def test_a_contribution_to_a_mission_or_alliance_names_no_state_that_receives():
    body = (
        "Van 2001 tot 2003 leverde Nederland een omvangrijke militaire bijdrage aan ISAF. De compagnie was "
        "geïntegreerd in een Duits bataljon."
    )
    assert _keys(body, "aid") == set()
    # a state after "aan" still receives
    body = "Nederland levert een militaire bijdrage aan de Iraakse strijdkrachten."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}


def test_a_heading_without_a_word_of_status_yields_to_the_sentence_below_it():
    body = (
        "Nederlandse bijdrage NTM-I\n\nNederland levert ongeveer 25 militairen aan NTM-I, de NAVO-trainingsmissie "
        "in Irak.\n"
    )
    assert _keys(body, "aid") == {("NLD", "IRQ", "delivered")}


def test_refraining_from_a_delivery_and_others_beside_the_netherlands_give_nothing():
    body = "Het kabinet heeft besloten af te zien van de levering van pantservoertuigen aan Oekraïne."
    assert _keys(body, "aid") == set()
    body = "Het kabinet heeft besloten tot de levering van pantservoertuigen aan Oekraïne."
    assert _keys(body, "aid") == {("NLD", "UKR", "decided")}
    body = "In addition to the Netherlands, 27 other NATO member states have offered to contribute to NTM-I."
    assert _keys(body, "aid") == set()
    assert _keys("The Netherlands will contribute 25 trainers to NTM-I.", "aid") == {("NLD", "IRQ", "decided")}


def test_states_that_will_soon_ratify_and_the_president_of_the_convention():
    body = (
        "The Convention on Cluster Munitions held its meeting of States Parties. Also welcomed was the "
        "announcement by Madagascar and Namibia that they will soon ratify the Convention."
    )
    assert _keys(body, "treaty_status") == {("MDG", "CCM", False), ("NAM", "CCM", False)}
    body = (
        "The Convention on Cluster Munitions held its meeting. The progress was welcomed by Henk de Vries, "
        "Ambassador of the Netherlands and President of the Convention."
    )
    assert ("NLD", "CCM", True) in _keys(body, "treaty_status")


def test_ambulances_for_an_army_and_contributions_cut_back_or_under_way():
    body = "The Netherlands will donate 20 military ambulances to Lebanon."
    assert _keys(body, "aid") == {("NLD", "LBN", "decided")}
    body = (
        "De reductie van de missie betekent een vermindering van de Nederlandse bijdrage aan NTM-I met 15 militairen."
    )
    assert _keys(body, "aid") == set()
    body = "Sinds 1 januari 2015 doen 100 Nederlandse militairen mee aan de NAVO-missie Resolute Support."
    assert _keys(body, "aid") == {("NLD", "AFG", "delivered")}
    body = "Meer informatie leest u in de Artikel 100-brief over de Nederlandse bijdrage aan NTM-I."
    assert _keys(body, "aid") == set()
    # a letter about the decision states the decision
    body = "De ministers sturen een brief over het kabinetsbesluit om de Nederlandse bijdrage aan NTM-I te verlengen."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}


def test_helpers_of_the_giver_are_partners_and_an_english_past_passive_is_given():
    body = (
        "Ukrainian marines trained in the Netherlands. The training was provided by the Netherlands Marine Corps "
        "with the support of Norway and Sweden."
    )
    got = _keys(body, "aid")
    assert ("NLD", "UKR", "delivered") in got
    assert not any(recipient in ("NOR", "SWE") for _, recipient, _ in got)
    body = "Nederlandse militairen zijn momenteel onder meer actief in de NAVO-missie Resolute Support."
    assert _keys(body, "aid") == {("NLD", "AFG", "delivered")}


def test_training_given_begun_advised_and_supported_with_training():
    # (session 12: the wordings of Defence's weekly operations overviews that batch43's readers met)
    body = "Nederlandse trainers geven Oekraïense rekruten in het Verenigd Koninkrijk een basisopleiding."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}
    body = "Nederlandse trainers voorzien Oekraïense rekruten in het Verenigd Koninkrijk van een basisopleiding."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}
    body = "Nederlandse instructeurs zijn eergisteren begonnen met het opleiden van commando's voor het Iraakse leger."
    assert _keys(body, "aid") == {("NLD", "IRQ", "delivered")}
    body = "Nederlandse militairen ondersteunen op de grond Iraakse strijdkrachten met training en advies."
    assert _keys(body, "aid") == {("NLD", "IRQ", "delivered")}
    body = (
        "Voor de NAVO-operatie Resolute Support in Afghanistan adviseerden Nederlandse militairen Afghaanse collega's."
    )
    assert _keys(body, "aid") == {("NLD", "AFG", "delivered")}
    # a region's forces named by their own name are the forces of its state
    assert _keys("Nederlandse militairen trainen in Erbil de Peshmerga.", "aid") == {("NLD", "IRQ", "delivered")}
    # a summary without a recipient and a later clause that names whom the trainers train
    body = (
        "The Netherlands makes available four F-16s and provides 250 military personnel, as well as "
        "130 military personnel who will train Iraqi forces."
    )
    assert ("NLD", "IRQ", "decided") in _keys(body, "aid")
    body = "The upcoming training for the Peshmerga by Dutch instructors is welcomed in Erbil."
    assert _keys(body, "aid") == {("NLD", "IRQ", "decided")}
    # a basic training in a school is no support to another state
    assert _keys("Nederlandse leraren geven leerlingen een basisopleiding in rekenen.", "aid") == set()


def test_a_navy_package_announced_and_aircraft_gone_to_a_state():
    body = "Nederland heeft een nieuw maritiem steunpakket voor Oekraïne aangekondigd met een waarde van 400 miljoen."
    assert _keys(body, "aid") == {("NLD", "UKR", "decided")}
    body = "De minister meldde dat de laatste Nederlandse F-16's onlangs naar Oekraïne zijn gegaan."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}
    # a delegation gone to a state carries nothing; an announcement without an item gives nothing
    assert _keys("De minister is naar Oekraïne gegaan voor overleg.", "aid") == set()
    assert _keys("Nederland heeft een bezoek aan Oekraïne aangekondigd.", "aid") == set()


def test_a_ship_named_with_its_navy_prefix_stays_in_its_sentence():
    body = "De Nederlandse mijnenjager Zr.Ms. Vlaardingen is recent overgedragen aan Oekraïne."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}


def test_a_dutch_corps_named_by_its_name_trains_a_states_people():
    # a reprint of a Defence release names neither the Netherlands nor the ministry: the corps gives
    body = "In het Verenigd Koninkrijk trainen militairen van het Korps Mariniers Oekraïners om te vechten."
    assert _keys(body, "aid") == {("NLD", "UKR", "delivered")}
    # people of a state who flee are trained by no one
    assert _keys("Steeds meer Oekraïners vluchten naar Polen.", "aid") == set()


def test_what_is_not_support_under_way_a_decision_told_now_a_wish_a_talk_and_a_councils_advice():
    # (session 12's review: sentences the new classes must leave as they were)
    assert _keys("Het kabinet heeft thans toegezegd Oekraïne F-16's te leveren.", "aid") == {("NLD", "UKR", "decided")}
    assert _keys("Het is belangrijk dat Nederland Oekraïense militairen blijft trainen.", "aid") == set()
    assert _keys("Het gesprek is gegaan over de levering van F-16's aan Oekraïne.", "aid") == set()
    assert _keys("De commissie adviseerde de regering Oekraïense militairen te trainen.", "aid") == set()
    assert _keys("Nederland zal aanstaande week F-16's aan Oekraïne leveren.", "aid") == {("NLD", "UKR", "intended")}
