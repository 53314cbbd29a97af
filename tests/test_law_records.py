"""Exact party records: the deposits that carried an invented 1 January now carry the day their
source gives, or say the day is not recorded; a suspension is its own instrument; states outside
the UN that can be party are known; the CCW's later instruments are treaties of their own."""

from __future__ import annotations

import pytest

from armswatch import law


@pytest.mark.parametrize(
    "state, treaty, day_before, first_day",
    [
        # APMBC art. 17(2): Tonga deposited on 25 June 2025, bound from 1 December 2025
        ("TON", "APMBC", "2025-11-30", "2025-12-01"),
        # CCM art. 17(2): Vanuatu acceded on 5 September 2025, bound from 1 March 2026
        ("VUT", "CCM", "2026-02-28", "2026-03-01"),
        # ATT art. 22(2): Mozambique ratified on 14 December 2018, bound on the 90th day
        ("MOZ", "ATT", "2019-03-13", "2019-03-14"),
        # BWC: Micronesia acceded on 12 July 2024, bound on deposit
        ("FSM", "BWC", "2024-07-11", "2024-07-12"),
        # the Cook Islands ratified the CCM on 23 August 2011, Niue acceded on 6 August 2020
        ("COK", "CCM", "2012-01-31", "2012-02-01"),
        ("NIU", "CCM", "2021-01-31", "2021-02-01"),
        # Niue acceded to the CWC on 21 April 2005 (30th day), the Cook Islands ratified the APMBC
        # on 15 March 2006 (first day of the sixth month)
        ("NIU", "CWC", "2005-05-20", "2005-05-21"),
        ("COK", "APMBC", "2006-08-31", "2006-09-01"),
    ],
)
def test_a_corrected_deposit_binds_from_the_day_the_treatys_rule_gives(state, treaty, day_before, first_day):
    before, after = law.party(state, treaty, day_before), law.party(state, treaty, first_day)
    assert before["party"] is False and before["recorded"] is True
    assert after["party"] is True and after["since"] == first_day and after["confirmed"] is True


def test_a_deposit_known_only_to_its_month_is_answered_not_recorded_inside_that_month():
    inside = law.party("TUV", "BWC", "2024-06-15")
    assert inside["party"] is False and inside["recorded"] is False
    assert inside["status"].startswith("not recorded") and inside["deposit"] is None
    assert law.party("TUV", "BWC", "2024-05-31")["recorded"] is True
    after = law.party("TUV", "BWC", "2024-07-01")
    assert after["party"] is True and after["recorded"] is True


def test_a_deposit_known_only_to_its_year_gives_a_window_of_entry_into_force():
    # the ATT binds 90 days after deposit: a 2024 deposit binds between 31 March 2024 and 31 March 2025
    assert law.party("COL", "ATT", "2024-03-30")["recorded"] is True
    assert law.party("COL", "ATT", "2024-03-30")["party"] is False
    assert law.party("COL", "ATT", "2024-12-31")["recorded"] is False
    assert law.party("COL", "ATT", "2025-03-31")["party"] is True


def test_a_count_names_the_members_whose_status_is_not_recorded():
    out = law.count("ALL", "ATT", "2024-12-31")
    assert {"COL", "GMB", "MWI"} <= set(out["status_unknown"])
    assert not {"COL", "GMB", "MWI"} & set(out["parties"])


def test_states_outside_the_un_are_accepted_by_party_and_count():
    assert law.party("Cook Islands", "CCM", "2020-01-01")["state"] == "COK"
    assert law.party("Niue", "CCM", "2022-01-01")["party"] is True
    everyone = law.count("ALL", "CCM", "2022-01-01")
    assert everyone["members"] == 197 and {"COK", "NIU", "VAT", "PSE"} <= set(everyone["parties"])


def test_the_ccws_later_instruments_are_treaties_with_their_own_rules():
    # Lebanon's consent to Amended Protocol II of 2017 binds six months later: not recorded in 2017,
    # bound from July 2018 at the latest
    assert law.party("LBN", "CCW-AP2", "2018-07-01")["party"] is True
    assert law.party("LBN", "CCW-AP2", "2017-12-01")["recorded"] is False
    assert law.party("LBN", "CCW-AP2", "2017-06-30")["party"] is False
    # Bangladesh consented to Protocol V on 26 September 2013: bound six months later
    assert law.party("BGD", "CCW-P5", "2014-03-25")["party"] is False
    assert law.party("BGD", "CCW-P5", "2014-03-26")["party"] is True
    # an incomplete list: a state it does not name is not recorded, not a known non-party
    assert law.party("AFG", "CCW-P5", "2020-01-01")["recorded"] is False
