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
