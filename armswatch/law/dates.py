"""Date arithmetic of the treaties' final clauses: when a deposit binds, when a withdrawal frees.

The rules themselves are data (armswatch/data/law/treaties.toml); this module only knows how to
count "the first day of the sixth month after", "the 30th day after" and "six months after".
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from armswatch.errors import UsageError
from armswatch.lexicon import NL_MONTHS


def parse_date(value: date | str | None, what: str = "date") -> date:
    """A date from a ``date`` or an ISO "YYYY-MM-DD" string; a clear UsageError otherwise."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except (TypeError, ValueError):
        raise UsageError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def optional_date(text: str | None) -> date | None:
    """A date from a data-file cell; empty means unknown or not applicable."""
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


def deposit_window(text: str | None) -> tuple[date, date] | None:
    """The days a deposit known only to its year ("2024"), month ("2024-06") or a range
    ("2026-01-12..2026-12-31") may have fallen on; None for an exact date or an empty cell.

    A date the records do not give is kept as such a window, never replaced by a guessed day:
    between the earliest and the latest day the treaty may bind, the answer is "not recorded".
    """
    text = (text or "").strip()
    if ".." in text:
        first, last = (date.fromisoformat(t.strip()) for t in text.split("..", 1))
        return first, last
    if len(text) == 4 and text.isdigit():
        return date(int(text), 1, 1), date(int(text), 12, 31)
    if len(text) == 7 and text[4] == "-":
        year, month = int(text[:4]), int(text[5:])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return None


def exact_date(text: str | None) -> date | None:
    """A deposit cell's date when it gives the day; None for a window or an empty cell."""
    return None if deposit_window(text) else optional_date(text)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the last day of the month when that day does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def count_from(deposit: date, rule: dict, prefix: str) -> date:
    """Apply the rule ``{prefix}_rule`` of a treaty (see treaties.toml) to a deposit date."""
    kind = rule.get(f"{prefix}_rule")
    if kind == "first_of_month_after":
        return add_months(deposit.replace(day=1), rule[f"{prefix}_months"])
    if kind == "days_after":
        return deposit + timedelta(days=rule[f"{prefix}_days"])
    if kind == "months_after":
        return add_months(deposit, rule[f"{prefix}_months"])
    if kind == "on_deposit":
        return deposit
    raise ValueError(f"treaty rule {prefix}_rule={kind!r} is not known")


def entry_into_force(deposit: date, treaty: dict) -> date:
    """The day the treaty binds a state that deposited on ``deposit``.

    A state that deposited on or before the instrument that brought the treaty into force
    (``eif_trigger``) is bound from the treaty's own entry into force; later ones by the rule,
    and never before the treaty itself is in force.
    """
    own = date.fromisoformat(treaty["entry_into_force"])
    if deposit <= date.fromisoformat(treaty["eif_trigger"]):
        return own
    return max(own, count_from(deposit, treaty, "eif"))


def withdrawal_effective(deposit: date, treaty: dict) -> date | None:
    """The day a withdrawal deposited on ``deposit`` takes effect, or None without a clause."""
    if "withdrawal_rule" not in treaty:
        return None
    return count_from(deposit, treaty, "withdrawal")


def dutch(day: date) -> str:
    """4 juli 2025: the way the letters write a date."""
    return f"{day.day} {NL_MONTHS[day.month - 1]} {day.year}"
