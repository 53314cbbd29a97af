"""Reference data loaded from armswatch/data: plain files with sources, read by code."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


def data_path(name: str):
    return resources.files("armswatch") / "data" / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    with data_path(name).open("rb") as fh:
        return tomllib.load(fh)


def weapons() -> list[dict[str, Any]]:
    """[{"id": "cluster_munition", "terms": ["clustermunitie*", ...]}, ...]"""
    return load_toml("weapons.toml")["weapon"]


def weapon_ids() -> list[str]:
    return [w["id"] for w in weapons()]
