"""Bring the party records up to date from a depositary's list: `armswatch law import FILE`.

FILE is a saved UN Treaty Collection status page (armswatch.law.untc) or a Dutch treaty-series
publication (Tractatenblad, trb-YYYY-N), whose party table the extract stage already reads
(armswatch.extract.treaty_parties.party_rows). ``plan`` lists the differences with the records;
``apply`` writes them to parties/<TREATY>.csv in one step (a new file renamed over the old one),
so an interrupted import leaves the old file whole, and a second run finds nothing to change.

What an import changes: a state the records lack, a deposit or signature the records do not have
(or know only to the year or month), a deposit or signature on another day. What it never does:
drop a deposit the list does not show (a list of an earlier day, or an excerpt, says nothing of
later deposits); such rows are reported as conflicts and left as they are.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from armswatch.errors import InputError, UsageError
from armswatch.law import data, untc
from armswatch.law.dates import deposit_window, optional_date


@dataclass
class Change:
    state: str
    field: str  # a column of parties/<TREATY>.csv, or "new" for a state the records lack
    old: str
    new: str
    row: untc.Row | None = None  # the list's row, for a new state


@dataclass
class Plan:
    treaty: str
    source: str
    checked: str
    changes: list[Change] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    rows_read: int = 0


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


# --- reading a file ---------------------------------------------------------------------------


def _trb_rows(path: Path) -> tuple[str, list[untc.Row]]:
    """The party table of a Tractatenblad publication, through the extract stage's reader."""
    from armswatch.extract.context import Context
    from armswatch.extract.treaty_parties import _ymd, party_rows
    from armswatch.normalise import normalise
    from armswatch.read import read_file
    from armswatch.segment import segment

    raw = read_file(path)
    norm = normalise(raw)
    structure = segment(norm, raw)
    kinds = {"R": "ratification", "T": "accession", "Aa": "acceptance", "Ag": "approval", "VG": "succession"}

    def day(text: str | None) -> date | None:
        ymd = _ymd(text or "")
        return date(*ymd) if ymd else None

    treaties, rows = set(), []
    for _section, treaty, state, _a, _b, cols in party_rows(Context.of(norm.body, structure)):
        treaties.add(treaty)
        consent = day(cols.get("consent"))
        kind = kinds.get(cols.get("code", "").strip(" *"), "ratification") if consent else ""
        rows.append(
            untc.Row(state, state, day(cols.get("sig")), consent, kind, day(cols.get("denounce")), day(cols.get("end")))
        )
    if len(treaties) != 1:
        raise InputError(f"{path.name}: no Tractatenblad party table ('Partijgegevens') of one treaty found")
    return treaties.pop(), rows


def read(path: Path, treaty: str | None = None) -> tuple[str, date | None, list[untc.Row], list[str], str]:
    """(treaty, the list's date, rows, names not understood, kind of source) of a file."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    if "Participant" in raw and untc.DATE.search(raw):
        page = untc.parse(raw, treaty)
        return page.treaty, page.as_at, page.rows, page.unknown_names, "untc"
    if path.name.startswith("trb-") or "artijgegevens" in raw or "ARTIJGEGEVENS" in raw:
        found, rows = _trb_rows(path)
        # the segment stage dates a treaty-series page by nothing reliable for this purpose (it may give
        # the day the treaty was concluded), so a publication's list counts as checked today
        return treaty or found, None, rows, [], "trb"
    raise InputError(f"{path.name}: neither a UN Treaty Collection status page nor a Tractatenblad party table")


# --- comparing ----------------------------------------------------------------------------------


def _compare(plan: Plan, current: dict[str, dict], row: untc.Row) -> None:
    have = current.get(row.state)
    if have is None:
        if row.signature or row.deposit:
            text = f"{_iso(row.signature)} {row.kind} {_iso(row.deposit)}".strip()
            plan.changes.append(Change(row.state, "new", "", text, row))
        return
    old_deposit = have["deposit"].strip()
    if row.deposit:
        window = deposit_window(old_deposit)
        if not old_deposit or window or optional_date(old_deposit) != row.deposit:
            plan.changes.append(Change(row.state, "deposit", old_deposit, _iso(row.deposit)))
        if row.kind and row.kind != have["deposit_kind"].strip():
            plan.changes.append(Change(row.state, "deposit_kind", have["deposit_kind"].strip(), row.kind))
    elif old_deposit and not deposit_window(old_deposit):
        plan.conflicts.append(f"{row.state}: the list shows no deposit, the records have {old_deposit} (kept)")
    if row.signature and optional_date(have["signature"]) != row.signature:
        plan.changes.append(Change(row.state, "signature", have["signature"].strip(), _iso(row.signature)))
    if row.withdrawal_deposit and optional_date(have["withdrawal_deposit"]) != row.withdrawal_deposit:
        plan.changes.append(
            Change(row.state, "withdrawal_deposit", have["withdrawal_deposit"], _iso(row.withdrawal_deposit))
        )
    if row.withdrawal_effective and optional_date(have["withdrawal_effective"]) != row.withdrawal_effective:
        plan.changes.append(
            Change(row.state, "withdrawal_effective", have["withdrawal_effective"], _iso(row.withdrawal_effective))
        )


def _csv_path(treaty: str) -> Path:
    return data.law_dir() / "parties" / f"{treaty}.csv"


def _load(treaty: str) -> tuple[list[str], list[dict]]:
    with open(_csv_path(treaty), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def plan(path: str | Path, treaty: str | None = None, source: str | None = None) -> Plan:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    treaty_id, as_at, rows, unknown, kind = read(path, treaty)
    if treaty_id not in data.TREATY_IDS:
        raise UsageError(f"unknown treaty {treaty_id!r}; valid choices: {', '.join(data.TREATY_IDS)}")
    default = (
        data.treaties()[treaty_id]["source"]
        if kind == "untc"
        else f"https://zoek.officielebekendmakingen.nl/{path.stem}"
    )
    out = Plan(treaty_id, source or default, _iso(as_at) or date.today().isoformat(), unknown_names=unknown)
    current = {r["state"]: r for r in _load(treaty_id)[1]}
    for row in rows:
        _compare(out, current, row)
    out.rows_read = len(rows)
    return out


# --- writing ------------------------------------------------------------------------------------


def apply(p: Plan) -> int:
    """Write the plan's changes to parties/<TREATY>.csv atomically; the number of rows changed."""
    if not p.changes:
        return 0
    fields, rows = _load(p.treaty)
    by_state = {r["state"]: r for r in rows}
    for c in p.changes:
        if c.field == "new":
            r = c.row
            assert r is not None  # a "new" change always carries its row
            row = {k: "" for k in fields} | {
                "state": c.state,
                "signature": _iso(r.signature),
                "deposit": _iso(r.deposit),
                "deposit_kind": r.kind,
                "note": f"added from the depositary's list as at {p.checked} (law import)",
            }
            by_state[c.state] = row
            rows.append(row)
            continue
        row = by_state[c.state]
        row[c.field] = c.new
        if c.old:
            row["note"] = (row["note"] + f"; {c.field} was {c.old} before the list as at {p.checked}").lstrip("; ")
    for state in {c.state for c in p.changes}:
        by_state[state].update(source=p.source, checked=p.checked, confirmed="yes")
    rows.sort(key=lambda r: r["state"])
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k) or "" for k in fields})
    _replace(_csv_path(p.treaty), buf.getvalue())
    return len({c.state for c in p.changes})


def _replace(target: Path, text: str) -> None:
    """Write ``text`` to a new file beside ``target`` and rename it over ``target``: all or nothing."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
