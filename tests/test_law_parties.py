"""The party lists after their comparison with the depositaries' records.

Each dated test below rests on a row marked ``confirmed = yes``: the deposit date was read in the
source named in the row (the UN Treaty Collection status list, a depositary report or a government
statement). The two days around the entry into force pin both the date and the treaty's rule.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from armswatch import law
from armswatch.law.data import TREATY_IDS, participations, states, treaties

PARTIES = Path(law.__file__).resolve().parents[1] / "data" / "law" / "parties"


def row(treaty: str, state: str) -> dict[str, str]:
    with open(PARTIES / f"{treaty}.csv", encoding="utf-8") as f:
        return next(r for r in csv.DictReader(f) if r["state"] == state)


# --- newly confirmed deposits, the day before and the day of entry into force --------------------


@pytest.mark.parametrize(
    "state, treaty, deposit, day_before, first_day",
    [
        # CWC art. XXI(2): the 30th day after the deposit (Iraq acceded on 13 January 2009)
        ("IRQ", "CWC", "2009-01-13", "2009-02-11", "2009-02-12"),
        ("PSE", "CWC", "2018-05-17", "2018-06-15", "2018-06-16"),
        # CCW art. 5(2): six months after the deposit (Benin acceded on 27 March 1989)
        ("BEN", "CCW", "1989-03-27", "1989-09-26", "1989-09-27"),
        ("SGP", "CCW", "2023-09-21", "2024-03-20", "2024-03-21"),
        # APMBC art. 17(2): the first day of the sixth month after the month of deposit
        ("PLW", "APMBC", "2007-11-19", "2008-04-30", "2008-05-01"),
        # BWC: bound on the day of deposit
        ("COM", "BWC", "2025-02-14", "2025-02-13", "2025-02-14"),
        ("KIR", "BWC", "2025-05-20", "2025-05-19", "2025-05-20"),
        # ATT art. 22: a deposit before the Treaty's own entry into force binds from 24 December 2014
        ("POL", "ATT", "2014-12-17", "2014-12-23", "2014-12-24"),
        ("SLV", "ATT", "2014-04-02", "2014-12-23", "2014-12-24"),
    ],
)
def test_a_confirmed_deposit_binds_from_its_entry_into_force(state, treaty, deposit, day_before, first_day):
    assert row(treaty, state)["confirmed"] == "yes"
    assert row(treaty, state)["deposit"] == deposit
    assert law.party(state, treaty, day_before)["party"] is False
    out = law.party(state, treaty, first_day)
    assert out["party"] is True and out["since"] == first_day


def test_a_confirmed_row_names_the_page_its_date_was_read_in():
    out = law.party("IRQ", "CWC", "2010-01-01")
    assert any("mtdsg_no=XXVI-3" in s for s in out["sources"])


# --- counts that the completed lists now answer without an unknown ------------------------------


def test_every_eu_member_is_party_to_the_att_in_2024():
    out = law.count("EU", "ATT", "2024-01-01")
    assert (out["members"], out["count"]) == (27, 27)
    assert out["list_complete"] is True and out["status_unknown"] == []


def test_on_the_att_s_first_day_greece_and_cyprus_were_the_eu_s_only_outsiders():
    assert law.count("EU", "ATT", "2014-12-23")["count"] == 0
    out = law.count("EU", "ATT", "2014-12-24")
    assert (out["members"], out["count"]) == (28, 26)
    assert sorted(out["non_parties"]) == ["CYP", "GRC"]


def test_turkey_and_the_united_states_are_the_nato_members_outside_the_att():
    out = law.count("NATO", "ATT", "2024-01-01")
    assert (out["members"], out["count"]) == (31, 29)
    assert sorted(out["non_parties"]) == ["TUR", "USA"]
    assert out["status_unknown"] == []


def test_the_bwc_list_is_complete_israel_never_signed_and_egypt_only_signed():
    assert treaties()["BWC"].get("complete", True) is True
    for state in ("ISR", "EGY"):
        assert law.party(state, "BWC", "2025-01-01")["party"] is False
    assert law.count("NATO", "BWC", "2024-01-01")["count"] == 31


def test_south_sudan_was_still_outside_the_cwc_in_november_2023():
    # The OPCW counted it among the four states outside the Convention on 29 November 2023.
    assert law.party("SSD", "CWC", "2023-11-29")["party"] is False


def test_a_state_that_only_signed_the_ccm_is_not_a_party():
    # Liberia signed in 2008; the UN status list records no ratification.
    assert row("CCM", "LBR")["deposit"] == ""
    assert law.party("LBR", "CCM", "2024-01-01")["party"] is False


# --- the data files themselves -----------------------------------------------------------------


def test_every_row_names_a_source_and_says_whether_it_was_confirmed():
    for (treaty, state), p in participations().items():
        assert p.source.startswith(("https://", "http://")), (treaty, state)
        assert p.checked, (treaty, state)


def test_a_placeholder_date_is_explained_in_its_row():
    # Where only the year of a deposit is known, the row says so and is not marked confirmed.
    for (treaty, state), p in participations().items():
        if "placeholder" in p.note:
            assert not p.confirmed, (treaty, state)


def test_every_state_in_a_party_list_is_a_un_member_or_observer():
    known = set(states())
    for treaty in TREATY_IDS:
        with open(PARTIES / f"{treaty}.csv", encoding="utf-8") as f:
            assert {r["state"] for r in csv.DictReader(f)} <= known, treaty
