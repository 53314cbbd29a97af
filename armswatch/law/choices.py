"""Turn what a user typed into a known state, treaty, group, weapon or context, or say why not."""

from __future__ import annotations

import difflib

from armswatch.errors import UsageError
from armswatch.law import data
from armswatch.lexicon import weapon_ids


def _unknown(what: str, value: object, valid: list[str], near: list[str] | None = None) -> UsageError:
    hint = f" (did you mean {', '.join(near)}?)" if near else ""
    return UsageError(f"unknown {what} {value!r}{hint}; valid choices: {', '.join(valid)}")


def state(value: str) -> str:
    """ISO3 code of a state given by ISO3, English or Dutch name, case- and accent-insensitive."""
    names = data.state_names()
    iso3 = names.get(data.fold(str(value)))
    if iso3:
        return iso3
    near = difflib.get_close_matches(data.fold(str(value)), list(names), n=3, cutoff=0.75)
    near_iso3 = sorted({names[n] for n in near})
    raise _unknown("state", value, sorted(data.states()) + ["(or an English or Dutch name)"], near_iso3)


def pick(what: str, value: str, valid: tuple[str, ...] | list[str]) -> str:
    for choice in valid:
        if choice.casefold() == str(value).strip().casefold():
            return choice
    raise _unknown(what, value, list(valid))


def treaty(value: str) -> str:
    return pick("treaty", value, data.TREATY_IDS)


def group(value: str) -> str:
    return pick("group", value, sorted(data.groups()))


def weapon(value: str) -> str:
    return pick("weapon", value, weapon_ids())


def context(value: str) -> str:
    return pick("context", value, data.CONTEXTS)
