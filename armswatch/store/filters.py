"""Validated search and fact filters, shared by every backend.

Filter values come from users (CLI options, API query strings): each is checked here and a
bad one raises :class:`UsageError` with one line saying what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from armswatch.errors import UsageError
from armswatch.lexicon import weapon_ids
from armswatch.record import DOC_TYPES, FACT_KINDS

MAX_LIMIT = 200
MAX_OFFSET = 10_000
TREATIES = ("CCM", "CWC", "APMBC", "CCW", "CCW-P3", "CCW-P4", "BWC", "ATT", "GP1925")
CHAMBERS = ("TK", "EK")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")


def parse_date(value: Any, name: str, end: bool = False) -> str | None:
    """ "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> a comparable "YYYY-MM-DD" (the period's start, or
    its end when ``end``)."""
    if value in (None, ""):
        return None
    m = _DATE_RE.match(str(value).strip())
    if not m:
        raise UsageError(f"{name}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {str(value)[:40]!r}")
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12 or d and not 1 <= int(d) <= 31:
        raise UsageError(f"{name}: no such date {value!r}")
    return f"{y}-{mo or ('12' if end else '01')}-{d or ('31' if end else '01')}"


def _choice(value: Any, name: str, allowed: tuple[str, ...] | list[str]) -> str | None:
    if value in (None, ""):
        return None
    if value not in allowed:
        raise UsageError(f"{name}: unknown value {str(value)[:40]!r}; expected one of {', '.join(allowed)}")
    return value


def _iso3(value: Any, name: str) -> str | None:
    if value in (None, ""):
        return None
    v = str(value).strip().upper()
    if v == "UNKNOWN":  # weapon use by an actor the document does not name
        return v
    if not _ISO3_RE.match(v):
        raise UsageError(f"{name}: expected an ISO 3166-1 alpha-3 code such as RUS or UKR, got {str(value)[:40]!r}")
    return v


def _int(value: Any, name: str, low: int, high: int, default: int | None) -> int | None:
    if value in (None, ""):
        return default
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise UsageError(f"{name}: expected a whole number, got {str(value)[:40]!r}") from None
    if not low <= n <= high:
        raise UsageError(f"{name}: must be between {low} and {high}, got {n}")
    return n


def _int_or(value: Any, name: str, low: int, high: int, default: int) -> int:
    """:func:`_int` for a parameter that always has a value."""
    n = _int(value, name, low, high, default)
    return default if n is None else n


def _bool(value: Any, name: str) -> bool:
    if value in (None, "", False, 0, "0", "false", "no"):
        return False
    if value in (True, 1, "1", "true", "yes"):
        return True
    raise UsageError(f"{name}: expected true or false, got {str(value)[:40]!r}")


def _text(value: Any, name: str, limit: int = 200) -> str | None:
    if value in (None, ""):
        return None
    v = str(value).replace("\x00", "").strip()
    if len(v) > limit:
        raise UsageError(f"{name}: too long (limit {limit} characters)")
    return v or None


def _no_unknown(cls: type, given: dict[str, Any]) -> None:
    known = {f.name for f in fields(cls)}
    unknown = sorted(k for k, v in given.items() if k not in known and v is not None)
    if unknown:
        raise UsageError(f"unknown filter {unknown[0]!r}; expected one of {', '.join(sorted(known))}")


@dataclass
class SearchFilters:
    type: str | None = None
    chamber: str | None = None
    year: int | None = None
    sender: str | None = None
    weapon: str | None = None
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    # count every match even when there are very many (otherwise the total is estimated)
    exact_total: bool = False

    @classmethod
    def parse(cls, given: dict[str, Any]) -> SearchFilters:
        _no_unknown(cls, given)
        g = given.get
        return cls(
            type=_choice(g("type"), "type", DOC_TYPES),
            chamber=_choice(g("chamber"), "chamber", CHAMBERS),
            year=_int(g("year"), "year", 1800, 2200, None),
            sender=_text(g("sender"), "sender"),
            weapon=_choice(g("weapon"), "weapon", weapon_ids()),
            actor=_iso3(g("actor"), "actor"),
            date_from=parse_date(g("date_from"), "from"),
            date_to=parse_date(g("date_to"), "to", end=True),
            sort=_choice(g("sort"), "sort", ("relevance", "date")) or "relevance",
            limit=_int_or(g("limit"), "limit", 1, MAX_LIMIT, 20),
            offset=_int_or(g("offset"), "offset", 0, MAX_OFFSET, 0),
            exact_total=_bool(g("exact_total"), "exact_total"),
        )


@dataclass
class FactFilters:
    kind: str | None = None
    actor: str | None = None
    weapon: str | None = None
    treaty: str | None = None
    state: str | None = None
    document: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    limit: int | None = None
    offset: int = 0

    @classmethod
    def parse(cls, given: dict[str, Any]) -> FactFilters:
        _no_unknown(cls, given)
        g = given.get
        doc = _text(g("document"), "document", 64)
        if doc is not None and not re.fullmatch(r"[0-9a-f]{1,64}", doc):
            raise UsageError(f"document: expected a document id (hex sha256), got {doc[:40]!r}")
        return cls(
            kind=_choice(g("kind"), "kind", FACT_KINDS),
            actor=_iso3(g("actor"), "actor"),
            weapon=_choice(g("weapon"), "weapon", weapon_ids()),
            treaty=_choice(g("treaty"), "treaty", TREATIES),
            state=_iso3(g("state"), "state"),
            document=doc,
            date_from=parse_date(g("date_from"), "from"),
            date_to=parse_date(g("date_to"), "to", end=True),
            limit=_int(g("limit"), "limit", 1, 10_000_000, None),
            offset=_int_or(g("offset"), "offset", 0, 10_000_000, 0),
        )
