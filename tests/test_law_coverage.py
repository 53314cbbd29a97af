"""Coverage checks: the records against the depositaries' own numbers.

1. For each total a depositary or support unit published (armswatch/data/law/totals.csv, each with
   its source), the number of parties the records give on that day equals it. A list the records
   mark incomplete may fall short of the total, never exceed it.
2. For every accession, ratification or withdrawal of 2023-2026 in the records, the day before and
   the day of its effect, with the effect computed here from each treaty's own final clause.
"""

from __future__ import annotations

import calendar
import csv
from datetime import date, timedelta

import pytest

from armswatch import law
from armswatch.law import data
from armswatch.law.status import depositary_count, list_complete

# known gaps: a total the records do not yet reproduce, with the reason (strict: fixing the data
# makes these fail, so they are moved back among the passing checks)
_BWC_GAP = (
    "from November 2012 to January 2015 the records count one BWC party more than the depositaries (167 for the "
    "Marshall Islands' 166, 171 for 170, 172 for Myanmar's 171, 173 for Mauritania's 172) and agree again by "
    "Nepal's 177th of 4 November 2016: a state the records make a party before November 2012 was counted only "
    "between 28 January 2015 and 4 November 2016. The Arms Control Association counted 10 signatories in May 2013 "
    "(https://www.armscontrol.org/act/2013-05/news-briefs/four-new-states-join-bwc); nine are known (Central "
    "African Republic, Egypt, Haiti, Liberia, Myanmar, Nepal, Somalia, Syria, Tanzania), so the tenth is probably "
    "a 1972 signatory whose ratification the records date, from memory, too early"
)
KNOWN_GAPS = {("BWC", day): _BWC_GAP for day in ("2012-11-15", "2013-04-02", "2014-12-01", "2015-01-28")}


def totals() -> list[dict]:
    with open(data.law_dir() / "totals.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _param(t: dict):
    gap = KNOWN_GAPS.get((t["treaty"], t["on"]))
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(t["treaty"], t["on"], int(t["parties"]), id=f"{t['treaty']}-{t['on']}", marks=marks)


def test_every_total_names_its_source_and_what_it_counts():
    for t in totals():
        assert t["source"].startswith(("https://", "http://")) and t["counts"] == "deposited", t
        assert t["treaty"] in data.TREATY_IDS


@pytest.mark.parametrize("treaty, on, published", [_param(t) for t in totals()])
def test_the_recorded_parties_on_a_day_match_the_published_total(treaty, on, published):
    low, high = depositary_count(treaty, on)
    if list_complete(treaty):
        assert low <= published <= high, (low, high)
    else:
        assert low <= published, (low, high)  # an incomplete list may lack a few parties


def test_for_the_bwc_bound_on_deposit_law_count_of_all_states_gives_the_total():
    # the BWC binds on the day of deposit, so the count of states bound is the depositary's count
    out = law.count("ALL", "BWC", "2025-05-20")
    assert out["count"] + len(out["status_unknown"]) >= 189 >= out["count"]


# --- every accession and withdrawal of 2023-2026: the day before and the day of ---------------------


def _first_of_month_after(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# each treaty's clause, written out again here so that the engine's date arithmetic is checked
# against an independent reading: CCM art. 17(2) and APMBC art. 17(2) the first day of the sixth
# month after the month of deposit; CWC art. XXI(2) the 30th day; ATT art. 22(2) the 90th day;
# CCW art. 5 and its Protocols six months; BWC on deposit
BINDS = {
    "CCM": lambda d: _first_of_month_after(d, 6),
    "APMBC": lambda d: _first_of_month_after(d, 6),
    "CWC": lambda d: d + timedelta(days=30),
    "ATT": lambda d: d + timedelta(days=90),
    "CCW": lambda d: _add_months(d, 6),
    "CCW-P3": lambda d: _add_months(d, 6),
    "CCW-P4": lambda d: _add_months(d, 6),
    "CCW-AP2": lambda d: _add_months(d, 6),
    "CCW-P5": lambda d: _add_months(d, 6),
    "CCW-A1": lambda d: _add_months(d, 6),
    "BWC": lambda d: d,
    "GP1925": lambda d: d,
}
# withdrawal: CCM art. 20(2) and APMBC art. 20(2) six months after the instrument's receipt
LEAVES = {"CCM": lambda d: _add_months(d, 6), "APMBC": lambda d: _add_months(d, 6)}


def _recent(kind: str) -> list:
    out = []
    for (treaty, state), r in sorted(data.participations().items()):
        if kind == "deposit" and r.deposit and r.deposit.year >= 2023 and r.deposit_kind != "succession":
            out.append(pytest.param(treaty, state, r.deposit, id=f"{treaty}-{state}"))
        if kind == "window" and r.deposit_window and r.deposit_window[1].year >= 2023:
            out.append(pytest.param(treaty, state, r.deposit_window, id=f"{treaty}-{state}"))
        if kind == "withdrawal" and r.withdrawal_deposit and r.withdrawal_deposit.year >= 2023:
            out.append(pytest.param(treaty, state, r.withdrawal_deposit, id=f"{treaty}-{state}"))
    return out


@pytest.mark.parametrize("treaty, state, deposit", _recent("deposit"))
def test_a_recent_deposit_binds_from_the_day_its_treaty_says(treaty, state, deposit):
    first = BINDS[treaty](deposit)
    assert law.party(state, treaty, first - timedelta(days=1))["party"] is False
    assert law.party(state, treaty, first)["party"] is True
    assert law.party(state, treaty, first)["since"] == first.isoformat()


@pytest.mark.parametrize("treaty, state, window", _recent("window"))
def test_a_recent_deposit_known_to_its_period_is_not_recorded_inside_it(treaty, state, window):
    own = date.fromisoformat(data.treaties()[treaty]["entry_into_force"])  # never before the treaty itself
    earliest, latest = max(own, BINDS[treaty](window[0])), max(own, BINDS[treaty](window[1]))
    assert law.party(state, treaty, earliest - timedelta(days=1))["party"] is False
    assert law.party(state, treaty, latest)["party"] is True
    if latest > earliest:
        assert law.party(state, treaty, earliest)["recorded"] is False


@pytest.mark.parametrize("treaty, state, notified", _recent("withdrawal"))
def test_a_recent_withdrawal_ends_the_state_being_party_on_the_day_its_treaty_says(treaty, state, notified):
    effective = LEAVES[treaty](notified)
    last = law.party(state, treaty, effective - timedelta(days=1))
    gone = law.party(state, treaty, effective)
    assert last["party"] is True and gone["party"] is False and gone["until"] == effective.isoformat()


def test_the_recent_events_are_all_there():
    """The lists above are read from the data; this pins what they must at least hold."""
    deposits = {p.id for p in _recent("deposit")}
    withdrawals = {p.id for p in _recent("withdrawal")}
    assert {"APMBC-TON", "CCM-VUT", "BWC-FSM", "BWC-COM", "BWC-KIR", "CCW-SGP"} <= deposits
    assert {"CCM-LTU", "APMBC-EST", "APMBC-LVA", "APMBC-LTU", "APMBC-FIN", "APMBC-POL"} <= withdrawals
