"""The law engine's reference data, read once from the plain files in armswatch/data/law/
(or the directory named by the environment variable ARMSWATCH_LAW_DATA, which `law import`
and its tests use to work on a copy).

- ``states.csv``: every state that can be party: UN members, the observer states, and the
  Cook Islands and Niue (ISO3, English and Dutch names, aliases).
- ``treaties.toml``: each treaty's entry-into-force and withdrawal rules, with source.
- ``parties/<TREATY>.csv``: one row per state that signed or joined: deposit, entry into force,
  withdrawal, the row's source, the date it was checked and whether it was confirmed.
- ``groups.csv``: NATO and EU membership with accession (and departure) dates.
- ``rules.toml``: per weapon, the prohibiting treaty articles and the customary IHL rules.
- ``reservations.toml``: reservations and declarations that change what a treaty asks of a state.
- ``totals.csv``: the depositaries' published party totals on given days (a coverage check).
"""

from __future__ import annotations

import csv
import io
import os
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from armswatch.law.dates import deposit_window, entry_into_force, exact_date, optional_date, withdrawal_effective
from armswatch.lexicon import data_path, load_toml, weapon_ids

TREATY_IDS = (
    "CCM",
    "CWC",
    "APMBC",
    "CCW",
    "CCW-P3",
    "CCW-P4",
    "BWC",
    "ATT",
    "GP1925",
    "CCW-AP2",
    "CCW-P5",
    "CCW-A1",
)
CONTEXTS = ("armed_conflict", "concentration_of_civilians", "law_enforcement")


@dataclass(frozen=True)
class State:
    iso3: str
    name_en: str
    name_nl: str


@dataclass(frozen=True)
class Participation:
    """One state's record under one treaty. ``since``/``until`` bound the days it is a party."""

    state: str
    treaty: str
    signature: date | None
    deposit: date | None  # None when the day is not recorded (see deposit_window)
    deposit_kind: str
    since: date | None  # entry into force for this state; None = never became party, or day not recorded
    withdrawal_deposit: date | None
    until: date | None  # first day no longer bound; None = still bound (or never bound)
    withdrawal_pending: bool  # withdrawn, but not in effect while engaged in armed conflict
    note: str
    source: str
    checked: str
    confirmed: bool
    # a deposit known only to its year or month: the first and last day it may bind from
    since_window: tuple[date, date] | None = None
    deposit_window: tuple[date, date] | None = None
    # a notification that the state "suspends" the treaty: no clause allows it, the state stays bound
    suspension: bool = False
    suspension_notified: date | None = None

    def is_party(self, on: date) -> bool | None:
        """True or False; None when the records leave the day open (a deposit known only to its
        year or month, and ``on`` falls between the earliest and latest day it may bind)."""
        if self.until is not None and on >= self.until:
            return False
        if self.since_window:
            first, last = self.since_window
            return False if on < first else True if on >= last else None
        return self.since is not None and self.since <= on


def law_dir() -> Path:
    """Where the law data lives: ARMSWATCH_LAW_DATA when set, else the package's data/law."""
    override = os.environ.get("ARMSWATCH_LAW_DATA", "").strip()
    return Path(override) if override else Path(str(data_path("law")))


def _rows(name: str) -> list[dict[str, str]]:
    text = (law_dir() / name.removeprefix("law/")).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _toml(name: str) -> dict:
    with open(law_dir() / name, "rb") as fh:
        return tomllib.load(fh)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Oekraïne' and 'oekraine' meet."""
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


@cache
def states() -> dict[str, State]:
    return {r["iso3"]: State(r["iso3"], r["name_en"], r["name_nl"]) for r in _rows("law/states.csv")}


@cache
def state_names() -> dict[str, str]:
    """Folded name, Dutch name, alias or ISO3 -> ISO3."""
    names: dict[str, str] = {}
    for r in _rows("law/states.csv"):
        for name in [r["iso3"], r["name_en"], r["name_nl"], *r["aliases"].split(";")]:
            if name.strip():
                names.setdefault(fold(name), r["iso3"])
    return names


@cache
def treaties() -> dict[str, dict]:
    return _toml("treaties.toml")


def _participation(treaty_id: str, treaty: dict, r: dict[str, str]) -> Participation:
    deposit, window = exact_date(r["deposit"]), deposit_window(r["deposit"])
    since = optional_date(r["entry_into_force"]) or (entry_into_force(deposit, treaty) if deposit else None)
    since_window = (entry_into_force(window[0], treaty), entry_into_force(window[1], treaty)) if window else None
    suspension = r.get("suspension_notified", "").strip()
    wd = optional_date(r["withdrawal_deposit"])
    pending = r.get("in_armed_conflict", "").strip().lower() == "yes"
    until = optional_date(r["withdrawal_effective"])
    if wd and until is None and not pending:
        until = withdrawal_effective(wd, treaty)
    return Participation(
        state=r["state"],
        treaty=treaty_id,
        signature=optional_date(r["signature"]),
        deposit=deposit,
        deposit_kind=r["deposit_kind"].strip(),
        since=since,
        withdrawal_deposit=wd,
        until=until,
        withdrawal_pending=pending and until is None,
        note=r.get("note", "").strip(),
        source=r["source"].strip(),
        checked=r["checked"].strip(),
        confirmed=r["confirmed"].strip().lower() == "yes",
        since_window=since_window,
        deposit_window=window,
        suspension=bool(suspension),
        suspension_notified=optional_date(suspension) if suspension != "not recorded" else None,
    )


@cache
def participations() -> dict[tuple[str, str], Participation]:
    """(treaty id, ISO3) -> the state's record; a state absent from a treaty's file never signed."""
    out: dict[tuple[str, str], Participation] = {}
    known = states()
    for treaty_id, treaty in treaties().items():
        for r in _rows(f"law/parties/{treaty_id}.csv"):
            if r["state"] not in known:
                raise ValueError(f"parties/{treaty_id}.csv names an unknown state {r['state']!r}")
            out[(treaty_id, r["state"])] = _participation(treaty_id, treaty, r)
    return out


@dataclass(frozen=True)
class Membership:
    state: str
    joined: date
    left: date | None

    def is_member(self, on: date) -> bool:
        return self.joined <= on and (self.left is None or on < self.left)


ALL = "ALL"  # every state that can be party: UN members, observers, the Cook Islands and Niue


@cache
def groups() -> dict[str, list[Membership]]:
    """NATO and EU by date, and ALL: every state of states.csv (the depositaries' universe)."""
    out: dict[str, list[Membership]] = {ALL: [Membership(iso3, date.min, None) for iso3 in states()]}
    for r in _rows("law/groups.csv"):
        out.setdefault(r["group"], []).append(
            Membership(r["state"], date.fromisoformat(r["joined"]), optional_date(r["left"]))
        )
    return out


@cache
def reservations() -> dict[tuple[str, str], list[dict]]:
    """(treaty id, ISO3) -> the state's reservations and declarations to that treaty."""
    out: dict[tuple[str, str], list[dict]] = {}
    for r in _toml("reservations.toml")["reservation"]:
        out.setdefault((r["treaty"], r["state"]), []).append(r)
    return out


@cache
def rules() -> dict:
    data = load_toml("law/rules.toml")
    missing = set(weapon_ids()) - set(data["weapon"])
    if missing:
        raise ValueError(f"rules.toml has no rules for weapons {sorted(missing)}")
    return data
