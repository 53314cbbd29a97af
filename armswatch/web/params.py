"""Checking what comes in through a URL: untrusted, possibly hostile, often blank (HTML forms).

Every helper returns a clean value or None for "not given", or raises UsageError with a
message the user can act on (the app turns it into HTTP 400). Nothing here touches the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any, overload

from armswatch.errors import UsageError

MAX_TEXT = 200
MAX_QUERY = 500
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DOC_ID = re.compile(r"^[0-9a-f]{64}$")


def text(value: str | None, name: str, max_len: int = MAX_TEXT) -> str | None:
    """Trimmed text without control characters; None when blank."""
    if value is None:
        return None
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in value).strip()
    if len(cleaned) > max_len:
        raise UsageError(f"{name} is too long (at most {max_len} characters)")
    return cleaned or None


def choice(value: str | None, name: str, choices: Iterable[str]) -> str | None:
    value = text(value, name)
    if value is None:
        return None
    options = list(choices)
    if value not in options:
        raise UsageError(f"{name} must be one of: {', '.join(options)}")
    return value


def iso_date(value: str | None, name: str) -> str | None:
    value = text(value, name, 20)
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(name)
    except ValueError:
        return _bad_date(name)


def _bad_date(name: str) -> str:
    raise UsageError(f"{name} must be a date as YYYY-MM-DD")


@overload
def integer(value: str | int | None, name: str, low: int, high: int, default: int) -> int: ...
@overload
def integer(value: str | int | None, name: str, low: int, high: int, default: None = None) -> int | None: ...
def integer(value: str | int | None, name: str, low: int, high: int, default: int | None = None) -> int | None:
    """A whole number in [low, high]; ``default`` when absent or blank (so never None given one)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        raise UsageError(f"{name} must be a whole number") from None
    if not low <= number <= high:
        raise UsageError(f"{name} must be between {low} and {high}")
    return number


def state(value: str | None, name: str, allow_unknown: bool = True) -> str | None:
    """An ISO 3166-1 alpha-3 code (any case), a state's Dutch or English name ("Rusland",
    "Russia": as the law forms take them), or UNKNOWN where the contract allows it."""
    value = text(value, name, 80)
    if value is None:
        return None
    if _ISO3.match(value.upper()) or (allow_unknown and value.upper() == "UNKNOWN"):
        return value.upper()
    from armswatch.law.data import fold, state_names

    code = state_names().get(fold(value))
    if code:
        return code
    raise UsageError(f"{name} must be a state's name or three-letter ISO 3166-1 code, such as Rusland or RUS")


def doc_id(value: str) -> str | None:
    """A document id (sha256 hex), or None when it cannot be one."""
    value = value.strip().lower()
    return value if _DOC_ID.match(value) else None


def drop_none(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}
