"""aid: an intention said as a noun ("de intentie uitgesproken om ... te leveren"). Written for the test."""

from __future__ import annotations

from extract_helpers import facts_of, keys


def test_intention_expressed_to_deliver_is_intended_support():
    body = "Het kabinet heeft de intentie uitgesproken om vier pantserhouwitsers te leveren aan Oekraïne."
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "intended")}


def test_intention_to_inform_the_kamer_is_no_support():
    body = "Het kabinet heeft de intentie uw Kamer voor de zomer te informeren over de steun aan Oekraïne."
    assert keys(facts_of(body, kind="aid")) == set()


def test_funding_from_the_general_budget_and_the_eu_criteria_named_by_whose_they_are():
    body = (
        "Nederland levert twaalf pantserhouwitsers aan Oekraïne. De kosten worden gedekt vanuit de algemene "
        "middelen. Buitenlandse Zaken toetst de levering aan de criteria van de Europese Unie voor wapenexport."
    )
    [fact] = facts_of(body, kind="aid")
    assert (fact["funding"], fact["export_check"]) == ("algemene middelen", "EU Common Position 2008/944/CFSP")


def test_a_motions_consideration_of_supplies_without_support_is_trade():
    from armswatch.record import Structure

    motion = Structure(type="motie")
    trade = "constaterende dat Nederland nog altijd militair materieel aan Egypte levert en heeft geleverd;"
    assert facts_of(trade, motion, kind="aid") == []
    support = "constaterende dat Nederland als steun aan Oekraïne F-16 gevechtsvliegtuigen levert;"
    assert [(f["donor"], f["recipient"]) for f in facts_of(support, motion, kind="aid")] == [("NLD", "UKR")]


def test_going_to_give_is_a_decision_even_with_the_goods_between():
    # "gaat ... leveren" announces what will be given, as an English release's "will provide" does: the
    # blind readers of the real corpus read it as decided 7 times out of 8 (session 12; it was an
    # intention before); "wil ... leveren" stays an intention
    body = "Duitsland gaat dertig tanks leveren aan Polen. Het overleg gaat over de prijs."
    assert keys(facts_of(body, kind="aid")) == {("DEU", "POL", "decided")}
    assert keys(facts_of("Duitsland wil dertig tanks aan Polen leveren.", kind="aid")) == {("DEU", "POL", "intended")}


def test_a_decision_said_in_the_next_sentence_makes_the_intention_decided():
    body = "Nederland wil vier F-16's aan Roemenië leveren. Dat heeft het kabinet vandaag besloten."
    assert keys(facts_of(body, kind="aid")) == {("NLD", "ROU", "decided")}
    undecided = "Nederland wil vier F-16's aan Roemenië leveren. Daarover is nog niets besloten."
    assert keys(facts_of(undecided, kind="aid")) == {("NLD", "ROU", "intended")}


def test_a_headline_repeating_the_lead_is_not_a_claim_of_its_own():
    body = (
        "Nederland zal mijnenjagers leveren aan Oekraïne\n\n"
        "Nederland zal mijnenjagers leveren aan Oekraïne. Dit heeft het kabinet vandaag besloten."
    )
    assert keys(facts_of(body, kind="aid")) == {("NLD", "UKR", "decided")}


def test_english_release_of_military_goods_tested_against_the_common_position():
    body = (
        "The Netherlands will supply military goods to Moldova. The list was assessed by the Ministry of "
        "Foreign Affairs against the criteria of the EU Common Position on arms exports."
    )
    [fact] = facts_of(body, kind="aid")
    assert (fact["donor"], fact["recipient"], fact["status"]) == ("NLD", "MDA", "decided")
    assert fact["export_check"] == "EU Common Position 2008/944/CFSP"


def test_a_release_opening_with_its_decision_tells_its_parts_in_the_future_tense():
    body = (
        "Het kabinet heeft besloten een militaire bijdrage te leveren aan de strijd tegen ISIS. "
        "Nederland zal ook trainers leveren aan de Iraakse strijdkrachten. "
        "Daarnaast is Nederland voornemens drones te leveren aan Jordanië."
    )
    assert keys(facts_of(body, kind="aid")) == {("NLD", "IRQ", "decided"), ("NLD", "JOR", "intended")}


def test_goods_described_in_a_relative_clause_or_a_topic_of_informing_are_no_giving():
    speech = "Munitie die wij uit eigen voorraad gaan sturen aan Oekraïne, heeft gevolgen voor onze inzetbaarheid."
    assert keys(facts_of(speech, kind="aid")) == set()
    letter = "Ik heb toegezegd uw Kamer te informeren over de levering van militaire goederen aan Oekraïne."
    assert keys(facts_of(letter, kind="aid")) == set()
