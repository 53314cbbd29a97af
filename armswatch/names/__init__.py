"""Names as entities: places with all their names (data/places.toml) and people with all their
spellings and roles (data/people.toml). Search, facets and filters use these so that "Kharkiv"
finds "Charkiv" and "K.H. Ollongren" and "Kajsa Ollongren" are one person."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from armswatch.lexicon import load_toml
from armswatch.search.analyse import fold, words_of

# a sender that is a job title, not a person's name
_ROLE = re.compile(
    r"^(?:de\s+)?(?:minister|staatssecretaris|minister-president|premier|secretaris-generaal|directeur|"
    r"ambassadeur|voorzitter|commissaris|plaatsvervangend|hoofd|chef)\b",
    re.IGNORECASE,
)


@cache
def _places() -> dict[str, tuple[str, ...]]:
    """Each folded name -> every name of its place (as written)."""
    out: dict[str, tuple[str, ...]] = {}
    for p in load_toml("places.toml")["place"]:
        names = tuple(dict.fromkeys([p["nl"], p["en"], *p.get("also", [])]))
        for n in names:
            out[" ".join(words_of(n))] = names
    return out


def place_names(name: str) -> tuple[str, ...]:
    """Every name of the place called ``name`` (itself included); () when it is no known place."""
    return _places().get(" ".join(words_of(name)), ())


def same_place(a: str, b: str) -> bool:
    return fold(a.strip()) == fold(b.strip()) or bool(place_names(a)) and place_names(a) == place_names(b)


@cache
def _people() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for p in load_toml("people.toml")["person"]:
        for n in (p["name"], *p.get("also", [])):
            out[_key(n)] = p
    return out


def _key(name: str) -> str:
    return " ".join(words_of(name))


def person(name: str | None) -> dict[str, Any] | None:
    """The person a sender's name stands for: {"name", "filter", "also", "roles"}, or None."""
    return _people().get(_key(name)) if name else None


def is_role(text: str | None) -> bool:
    """Is this sender text a job title ('Minister van Defensie') rather than a person's name?"""
    return bool(text and _ROLE.match(text.strip()))


def sender_facets(counts: dict[str, int]) -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """The store's sender counts as (people, job titles, filter value of each entry): every
    spelling of a known person becomes one entry under the person's name."""
    people: dict[str, int] = {}
    roles: dict[str, int] = {}
    filters: dict[str, str] = {}
    for value, n in counts.items():
        if is_role(value):
            roles[value] = roles.get(value, 0) + n
            continue
        p = person(value)
        shown = p["name"] if p else value
        people[shown] = people.get(shown, 0) + n
        filters[shown] = p["filter"] if p else value
    order = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))  # noqa: E731
    return order(people), order(roles), filters
