"""Who is party to which treaty on a given day, alone (``party``) or as a group (``count``)."""

from __future__ import annotations

from datetime import date

from armswatch.law import choices, data
from armswatch.law.dates import parse_date


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def status(iso3: str, treaty_id: str, on: date) -> tuple[bool, data.Participation | None]:
    """(bound on that day, the state's record under the treaty or None if it never signed).
    A day the records leave open (see ``recorded``) counts as not bound."""
    record = data.participations().get((treaty_id, iso3))
    return (record is not None and record.is_party(on) is True), record


def recorded(record: data.Participation | None, treaty_id: str, on: date) -> bool:
    """Do the records settle the state's status on that day? Not when its deposit is known only to
    the year or month and the day falls in between, nor when an incomplete list lacks the state."""
    if record is None:
        return list_complete(treaty_id)
    return record.is_party(on) is not None


def list_complete(treaty_id: str) -> bool:
    return data.treaties()[treaty_id].get("complete", True)


def describe(record: data.Participation | None, on: date, treaty_id: str) -> str:
    """One line in plain English: what the record says about the state on that day."""
    if record is None:
        if not list_complete(treaty_id):
            return (
                "not in the engine's list for this treaty, which is not complete ("
                + data.treaties()[treaty_id]["coverage"]
                + "): not a confirmed non-party"
            )
        return "has not signed or joined the treaty"
    bound = record.is_party(on)
    if bound is None:  # only a record with a deposit window leaves the answer open
        assert record.since_window and record.deposit_window
        first, last = record.since_window
        return (
            f"not recorded: {record.deposit_kind or 'instrument'} deposited between {record.deposit_window[0]} and "
            f"{record.deposit_window[1]} (the day is not recorded), binding from between {first} and {last}"
        )
    if bound:
        deposited = record.deposit or "on a day not recorded, between {} and {}".format(*(record.deposit_window or ()))
        since = record.since or "a day between {} and {}".format(*(record.since_window or ()))
        text = f"party since {since} ({record.deposit_kind} deposited {deposited})"
        if record.suspension:
            notified = record.suspension_notified or "on a day not recorded"
            text += (
                f"; notified the depositary {notified} that it suspends the treaty, which has no suspension clause:"
                " still bound"
            )
        if record.withdrawal_pending:
            text += f"; withdrawal deposited {record.withdrawal_deposit} has not taken effect (armed conflict)"
        elif record.until:
            text += f"; withdrawal takes effect {record.until}"
        return text
    if record.until and on >= record.until:
        return f"no longer party: withdrawal took effect {record.until} (was party since {record.since})"
    if record.since and on < record.since:
        return f"not yet party: {record.deposit_kind} deposited {record.deposit}, in force for it from {record.since}"
    if record.since_window and record.deposit_window and on < record.since_window[0]:
        window = record.deposit_window
        return f"not yet party: {record.deposit_kind} deposited between {window[0]} and {window[1]}"
    if record.signature:
        return f"signed {record.signature}, not ratified"
    return "not party"


def party(state: str, treaty: str, on: date | str) -> dict:
    """Is ``state`` bound by ``treaty`` on day ``on``? Contract shape plus provenance details.

    ``since`` is the day the treaty entered into force for the state, ``until`` the first day it
    no longer binds it (a withdrawal taking effect); both null when the record has none.
    """
    iso3, treaty_id, day = choices.state(state), choices.treaty(treaty), parse_date(on, "--on")
    bound, record = status(iso3, treaty_id, day)
    treaty_source = data.treaties()[treaty_id]["source"]
    sources = [treaty_source] if record is None else list(dict.fromkeys([record.source, treaty_source]))
    out = {
        "state": iso3,
        "treaty": treaty_id,
        "on": day.isoformat(),
        "party": bound,
        "since": _iso(record.since) if record else None,
        "until": _iso(record.until) if record else None,
        "sources": sources,
        "status": describe(record, day, treaty_id),
        "recorded": recorded(record, treaty_id, day),
        "list_complete": list_complete(treaty_id),
    }
    if record is not None:
        out.update(
            {
                "signature": _iso(record.signature),
                "deposit": _iso(record.deposit),
                "deposit_kind": record.deposit_kind or None,
                "withdrawal_deposit": _iso(record.withdrawal_deposit),
                "withdrawal_pending": record.withdrawal_pending,
                "suspension": record.suspension,
                "suspension_notified": _iso(record.suspension_notified),
                "deposit_window": [_iso(d) for d in record.deposit_window] if record.deposit_window else None,
                "note": record.note or None,
                "checked": record.checked,
                "confirmed": record.confirmed,
            }
        )
    out["reservations"] = reservations_on(iso3, treaty_id, day)
    return out


def reservations_on(iso3: str, treaty_id: str, on: date) -> list[dict]:
    """The state's reservations and declarations to the treaty that stand on day ``on``: made by
    then and not withdrawn (data/law/reservations.toml)."""
    out = []
    for r in data.reservations().get((treaty_id, iso3), []):
        made, withdrawn = date.fromisoformat(r["made"]), r["withdrawn"] and date.fromisoformat(r["withdrawn"])
        if made <= on and not (withdrawn and withdrawn <= on):
            out.append({k: r[k] for k in ("kind", "effect", "articles", "made", "text", "source")})
    return out


def members(group_id: str, on: date) -> list[str]:
    return sorted(m.state for m in data.groups()[group_id] if m.is_member(on))


def count(group: str, treaty: str, on: date | str) -> dict:
    """How many members of ``group`` on day ``on`` are party to ``treaty`` on that day."""
    group_id, treaty_id, day = choices.group(group), choices.treaty(treaty), parse_date(on, "--on")
    group_members = members(group_id, day)
    parties = [s for s in group_members if status(s, treaty_id, day)[0]]
    non_parties = [s for s in group_members if s not in set(parties)]
    # a member without a record on an incomplete list, or whose deposit day is not recorded, is
    # unknown rather than a known non-party
    unknown = [s for s in non_parties if not recorded(data.participations().get((treaty_id, s)), treaty_id, day)]
    return {
        "group": group_id,
        "treaty": treaty_id,
        "on": day.isoformat(),
        "members": len(group_members),
        "count": len(parties),
        "parties": parties,
        "non_parties": non_parties,
        "list_complete": list_complete(treaty_id),
        "status_unknown": unknown,
    }


def depositary_count(treaty: str, on: date | str) -> tuple[int, int]:
    """How many states a depositary counts as parties on day ``on``: every state whose instrument
    was deposited by then (in force or not yet), less those whose withdrawal has taken effect.
    (low, high): a deposit whose day is not recorded counts in ``high`` only while ``on`` falls
    within the period it is known to."""
    treaty_id, day = choices.treaty(treaty), parse_date(on, "--on")
    low = high = 0
    for (tid, _), r in data.participations().items():
        if tid != treaty_id or (r.until and r.until <= day):
            continue
        first: date | None
        last: date | None
        if r.deposit_window:
            first, last = r.deposit_window
        else:  # a successor state may have only the day it became bound
            first = last = r.deposit or r.since
        if first is None or first > day:
            continue
        high += 1
        low += last is not None and last <= day
    return low, high
