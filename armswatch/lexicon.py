"""Reference data loaded from armswatch/data: plain files with sources, read by code."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

# the months as Dutch letters write them ("4 juli 2025"); readers that accept abbreviations and
# English names keep their own maps (segment.dates, extract.clauses)
NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")  # fmt: skip


def data_path(name: str):
    return resources.files("armswatch") / "data" / name


@cache
def load_toml(name: str) -> dict[str, Any]:
    with data_path(name).open("rb") as fh:
        return tomllib.load(fh)


def weapons() -> list[dict[str, Any]]:
    """[{"id": "cluster_munition", "terms": ["clustermunitie*", ...]}, ...]"""
    return load_toml("weapons.toml")["weapon"]


def weapon_ids() -> list[str]:
    return [w["id"] for w in weapons()]


def actors() -> dict[str, Any]:
    """actors.toml: [[actor]] iso3/names/adjectives, force_nouns, self_reference, [places]."""
    return load_toml("actors.toml")


def treaties() -> dict[str, Any]:
    """treaties.toml: [[treaty]] id/terms and the anaphors that refer back to one."""
    return load_toml("treaties.toml")


def sources() -> list[dict[str, Any]]:
    """sources.toml: [[source]] name/terms (who makes a claim)."""
    return load_toml("sources.toml")["source"]


def certainty() -> dict[str, Any]:
    """certainty.toml: terms (how sure a claim is, as worded) and not_before."""
    return load_toml("certainty.toml")


def aid() -> dict[str, Any]:
    """aid.toml: give verbs, status words, request words, item heads, funding, export check."""
    return load_toml("aid.toml")


def use_words() -> list[str]:
    """weapons.toml [use]: words that say a weapon was used."""
    return load_toml("weapons.toml").get("use", {}).get("words", [])
