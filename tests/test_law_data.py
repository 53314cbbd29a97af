"""The reference data a researcher audits: every row names a source and a check date, every state
and treaty id is known, and the dates in a row are in a possible order."""

from __future__ import annotations

import csv
import io

import pytest

from armswatch.law import data
from armswatch.lexicon import data_path, weapon_ids


def rows(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data_path(name).read_text(encoding="utf-8"))))


def test_states_are_the_193_un_members_the_2_observers_and_the_cook_islands_and_niue():
    states = rows("law/states.csv")
    assert len(states) == 197 == len({s["iso3"] for s in states})
    assert sum(s["un_status"] == "observer" for s in states) == 2
    assert {s["iso3"] for s in states if s["un_status"] == "non_member"} == {"COK", "NIU"}


def test_no_deposit_carries_a_placeholder_day():
    """A deposit known only to its year or month is written as such ("2024", "2024-06", or a range
    "A..B"), never as an invented 1 January; every exact 1 January deposit names its source's day."""
    for treaty in data.TREATY_IDS:
        for r in rows(f"law/parties/{treaty}.csv"):
            assert "placeholder" not in r["note"], r
            if r["deposit"].endswith("-01-01") and ".." not in r["deposit"]:
                assert r["confirmed"] == "yes", r


@pytest.mark.parametrize("treaty", data.TREATY_IDS)
def test_every_party_row_has_a_source_a_check_date_and_a_confirmation_flag(treaty):
    for r in rows(f"law/parties/{treaty}.csv"):
        assert r["source"].startswith(("https://", "http://")), r
        assert r["checked"] and r["confirmed"] in ("yes", "no"), r
        assert r["state"] in data.states(), r


def test_dates_in_a_record_are_in_order():
    for record in data.participations().values():
        if record.since and record.deposit and record.deposit_kind != "succession":
            assert record.deposit <= record.since, record
        if record.until:
            assert record.since < record.until, record
            assert record.withdrawal_deposit < record.until, record


def test_every_weapon_has_rules_and_every_rule_names_a_known_treaty_and_ihl_rule():
    r = data.rules()
    for weapon in weapon_ids():
        for t in r["weapon"][weapon].get("treaty", []):
            assert t["id"] in data.TREATY_IDS and set(t["prohibits"]) <= set(data.CONTEXTS)
        for n in r["weapon"][weapon]["ihl"]:
            assert str(n) in r["ihl_rule"]


def test_groups_list_current_members():
    nato = [m for m in data.groups()["NATO"] if m.left is None]
    eu = [m for m in data.groups()["EU"] if m.left is None]
    assert (len(nato), len(eu)) == (32, 27)


def test_the_reasoning_has_every_sentence_in_dutch_and_in_english():
    from armswatch.lexicon import load_toml

    phrases = load_toml("law/phrases.toml")
    assert set(phrases["nl"]) == set(phrases["en"])
