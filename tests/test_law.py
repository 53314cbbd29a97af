"""The treaty-law engine: who is bound by which weapons treaty on which day.

These tests read as the engine's documentation. The first group reproduces what the founding
example letters themselves state; the rest pin the date rules of the treaties' final clauses.
"""

from __future__ import annotations

from datetime import date

import pytest

from armswatch import law
from armswatch.errors import UsageError
from armswatch.law.data import treaties
from armswatch.law.dates import add_months, entry_into_force

# --- what the example letters say -------------------------------------------------------------


def test_23_of_the_31_nato_members_are_party_to_the_ccm_on_2023_10_10():
    out = law.count("NATO", "CCM", "2023-10-10")
    assert (out["members"], out["count"]) == (31, 23)
    assert "NLD" in out["parties"] and "USA" in out["non_parties"]
    assert "SWE" not in out["parties"] + out["non_parties"]  # joined NATO in March 2024
    assert out["list_complete"] is True and out["status_unknown"] == []


def test_russia_and_ukraine_are_not_party_to_the_ccm_in_march_2022():
    for state in ("RUS", "UKR"):
        assert law.party(state, "CCM", "2022-03-03")["party"] is False


def test_cluster_munitions_are_not_treaty_prohibited_for_russia_or_ukraine_but_ihl_applies():
    for state in ("RUS", "UKR"):
        out = law.assess(state, "cluster_munition", "2022-03-03")
        assert out["treaty_prohibited"] is False
        assert out["treaties"] == [{**out["treaties"][0], "id": "CCM", "actor_bound": False}]
        rules = {r["rule"] for r in out["ihl_rules"]}
        assert {1, 11, 12, 14, 15} <= rules  # distinction, indiscriminate attacks, proportionality, precautions
        assert "geen partij" in out["reasoning"]


def test_russia_is_bound_by_the_cwc_so_chloropicrin_and_tear_gas_in_war_are_prohibited():
    assert law.party("RUS", "CWC", "2025-07-04")["party"] is True
    chloropicrin = law.assess("RUS", "chloropicrin", "2025-07-04")
    assert chloropicrin["treaty_prohibited"] is True
    assert {"id": "CWC", "article": "art. I(1)(b)", "actor_bound": True}.items() <= chloropicrin["treaties"][0].items()
    tear_gas = law.assess("RUS", "riot_control_agent", "2025-07-04")
    assert tear_gas["treaty_prohibited"] is True
    assert tear_gas["treaties"][0]["article"] == "art. I(5)"
    assert 75 in {r["rule"] for r in tear_gas["ihl_rules"]}


def test_tear_gas_for_law_enforcement_is_not_prohibited_by_the_cwc():
    out = law.assess("NLD", "riot_control_agent", "2025-07-04", context="law_enforcement")
    assert out["treaty_prohibited"] is False
    assert out["treaties"][0]["actor_bound"] is True
    assert out["ihl_rules"] == []  # the law of armed conflict does not govern policing


def test_no_treaty_prohibits_thermobaric_weapons():
    for state in ("RUS", "NLD", "USA"):
        out = law.assess(state, "thermobaric", "2022-03-03")
        assert out["treaty_prohibited"] is False and out["treaties"] == []
        assert {1, 14, 15} <= {r["rule"] for r in out["ihl_rules"]}


def test_incendiary_weapons_are_prohibited_only_near_concentrations_of_civilians():
    assert law.assess("NLD", "incendiary_weapon", "2020-01-01", context="armed_conflict")["treaty_prohibited"] is False
    near = law.assess("NLD", "incendiary_weapon", "2020-01-01", context="concentration_of_civilians", delivery="air")
    assert near["treaty_prohibited"] is True and near["treaties"][0]["id"] == "CCW-P3"


# --- exact dates: the day before and the day of entry into force and withdrawal ----------------


@pytest.mark.parametrize(
    "state, treaty, day_before, first_day",
    [
        ("LTU", "CCM", "2011-08-31", "2011-09-01"),  # ratified 2011-03-24: first day of the sixth month after
        ("NLD", "CCM", "2011-07-31", "2011-08-01"),  # accepted 2011-02-23
        ("SYR", "CWC", "2013-10-13", "2013-10-14"),  # acceded 2013-09-14: the 30th day after
        ("RUS", "CWC", "1997-12-04", "1997-12-05"),  # ratified 1997-11-05
        ("USA", "CWC", "1997-04-28", "1997-04-29"),  # ratified before the treaty's own entry into force
        ("FIN", "APMBC", "2012-06-30", "2012-07-01"),  # acceded 2012-01-09
        ("UKR", "APMBC", "2006-05-31", "2006-06-01"),  # ratified 2005-12-27
        # computed by the rule, and matching the dates the Landmine and Cluster Munition Monitor reports:
        ("GBR", "CCM", "2010-10-31", "2010-11-01"),  # ratified 2010-05-04
        ("ITA", "CCM", "2012-02-29", "2012-03-01"),  # ratified 2011-09-21
        ("SVK", "CCM", "2015-12-31", "2016-01-01"),  # acceded 2015-07-24
        ("ITA", "APMBC", "1999-09-30", "1999-10-01"),  # ratified 1999-04-23
        ("NLD", "ATT", "2014-12-23", "2014-12-24"),  # accepted 2014-12-18, before the ATT was in force
    ],
)
def test_a_state_is_party_from_the_day_the_treaty_enters_into_force_for_it(state, treaty, day_before, first_day):
    assert law.party(state, treaty, day_before)["party"] is False
    after = law.party(state, treaty, first_day)
    assert after["party"] is True and after["since"] == first_day


@pytest.mark.parametrize(
    "state, treaty, last_day, effective",
    [
        ("LTU", "CCM", "2025-03-05", "2025-03-06"),  # the first withdrawal from the CCM
        ("EST", "APMBC", "2025-12-26", "2025-12-27"),
        ("LVA", "APMBC", "2025-12-26", "2025-12-27"),
        ("LTU", "APMBC", "2025-12-26", "2025-12-27"),
        ("FIN", "APMBC", "2026-01-09", "2026-01-10"),
        ("POL", "APMBC", "2026-02-19", "2026-02-20"),
    ],
)
def test_a_state_stops_being_party_on_the_day_its_withdrawal_takes_effect(state, treaty, last_day, effective):
    assert law.party(state, treaty, last_day)["party"] is True
    gone = law.party(state, treaty, effective)
    assert gone["party"] is False and gone["until"] == effective


def test_ukraines_notice_that_it_suspends_the_apmbc_is_a_suspension_and_it_stays_bound():
    out = law.party("UKR", "APMBC", "2026-06-01")
    assert out["party"] is True and out["until"] is None
    # recorded as its own instrument, not as a withdrawal dated on a domestic decree
    assert out["suspension"] is True and out["withdrawal_deposit"] is None and out["withdrawal_pending"] is False
    assert "suspends" in out["status"] and "still bound" in out["status"]
    mines = law.assess("UKR", "anti_personnel_mine", "2026-06-01")
    assert mines["treaty_prohibited"] is True


def test_lithuania_left_the_ccm_so_nato_counts_one_party_fewer_in_2025():
    before, after = law.count("NATO", "CCM", "2025-03-05"), law.count("NATO", "CCM", "2025-03-06")
    assert after["count"] == before["count"] - 1 and "LTU" in after["non_parties"]


def test_group_membership_follows_accession_and_departure_dates():
    assert law.count("NATO", "CWC", "2023-04-03")["members"] == 30
    assert law.count("NATO", "CWC", "2023-04-04")["members"] == 31  # Finland
    assert "GBR" in law.count("EU", "CCM", "2020-01-31")["parties"]
    assert law.count("EU", "CCM", "2020-02-01")["members"] == 27  # after Brexit


# --- the date rules themselves ----------------------------------------------------------------


def test_entry_into_force_follows_each_treatys_rule():
    t = treaties()
    assert entry_into_force(date(2011, 3, 24), t["CCM"]) == date(2011, 9, 1)
    assert entry_into_force(date(2009, 1, 1), t["CCM"]) == date(2010, 8, 1)  # early depositor
    assert entry_into_force(date(2010, 3, 10), t["CCM"]) == date(2010, 9, 1)  # after the 30th instrument
    assert entry_into_force(date(1997, 4, 25), t["CWC"]) == date(1997, 4, 29)  # before the CWC was in force
    assert entry_into_force(date(2014, 10, 1), t["ATT"]) == date(2014, 12, 24)
    assert entry_into_force(date(2013, 9, 14), t["CWC"]) == date(2013, 10, 14)
    assert entry_into_force(date(2015, 1, 1), t["ATT"]) == date(2015, 4, 1)  # 90th day after
    assert entry_into_force(date(2000, 8, 31), t["CCW"]) == date(2001, 2, 28)  # six months, month end
    assert entry_into_force(date(2000, 5, 5), t["BWC"]) == date(2000, 5, 5)


def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2025, 9, 6), 6) == date(2026, 3, 6)


# --- names and errors -------------------------------------------------------------------------


def test_states_may_be_named_in_english_or_dutch_in_any_case():
    for name in ("UKR", "ukr", "Ukraine", "Oekraïne", "oekraine"):
        assert law.party(name, "CCM", "2022-03-03")["state"] == "UKR"
    assert law.party("Verenigde Staten", "cwc", date(2020, 1, 1))["state"] == "USA"


@pytest.mark.parametrize(
    "call, named",
    [
        (lambda: law.party("Atlantis", "CCM", "2020-01-01"), "NLD"),
        (lambda: law.party("NLD", "Ottawa", "2020-01-01"), "APMBC"),
        (lambda: law.count("ASEAN", "CCM", "2020-01-01"), "NATO"),
        (lambda: law.assess("NLD", "napalm", "2020-01-01"), "incendiary_weapon"),
        (lambda: law.assess("NLD", "thermobaric", "2020-01-01", context="peace"), "law_enforcement"),
        (lambda: law.party("NLD", "CCM", "1 May 2020"), "YYYY-MM-DD"),
    ],
)
def test_unknown_input_raises_a_usage_error_naming_the_valid_choices(call, named):
    with pytest.raises(UsageError) as err:
        call()
    assert named in str(err.value) and "\n" not in str(err.value)


# --- lists still being completed ----------------------------------------------------------------


def test_a_state_missing_from_an_incomplete_list_is_unknown_not_a_non_party():
    from armswatch.law.data import participations, states
    from armswatch.law.data import treaties as all_treaties

    partial = [t for t, rule in all_treaties().items() if not rule.get("complete", True)]
    if not partial:
        pytest.skip("every party list is complete")
    treaty = "CCW-P3" if "CCW-P3" in partial else partial[0]
    missing = next(s for s in sorted(states()) if (treaty, s) not in participations())
    out = law.party(missing, treaty, "2024-01-01")
    assert out["party"] is False and out["list_complete"] is False
    assert "not a confirmed non-party" in out["status"]
    if treaty == "CCW-P3":
        row = law.assess(missing, "incendiary_weapon", "2024-01-01", "concentration_of_civilians")["treaties"][0]
        assert row["actor_status_known"] is False


def test_the_1925_geneva_protocol_binds_a_state_outside_the_cwc():
    # Ghouta, 2013-08-21: Syria had not yet joined the CWC (in force for it from 2013-10-14)
    out = law.assess("Syrië", "chemical_weapon", "2013-08-21")
    bound = {t["id"]: t["actor_bound"] for t in out["treaties"]}
    assert bound == {"CWC": False, "GP1925": True}
    assert out["treaty_prohibited"] is True
    assert law.party("SYR", "CWC", "2013-10-14")["party"] is True


def test_us_reservation_to_protocol_iii_is_shown_with_its_party_status():
    out = law.party("USA", "CCW-P3", "2023-10-10")
    assert out["party"] is True and out["since"] == "2009-07-21"
    assert "reservation" in out["note"]
