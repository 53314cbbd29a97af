"""The timeline: weapon-use claims and support decisions counted by month, in lanes.

``timeline(facts, by)`` aggregates fact dicts (as ``Store.facts`` yields them) into lanes;
``render_svg(data)`` draws them as an inline SVG dot chart. No JavaScript and nothing fetched
at run time: the chart is plain markup, every text in it escaped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

# a fact's month: its own "when" (ISO date, month or year) for weapon use, else the document's date
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
BY_CHOICES = ("weapon", "actor", "both")
TIMELINE_KINDS = ("weapon_use", "aid")
# support that is only intended is not yet a decision: the chart leaves it out
DECISION_STATUSES = ("decided", "delivered")


def fact_month(fact: dict[str, Any]) -> str | None:
    """'YYYY-MM' the fact is about, or None when neither it nor its document is dated to a month."""
    for value in (fact.get("when") if fact.get("kind") == "weapon_use" else None, fact.get("document_date")):
        m = _MONTH.match(str(value or ""))
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{m.group(2)}"
    return None


def lane_of(fact: dict[str, Any], by: str) -> str:
    """The lane label: weapon use by weapon, actor or both; aid by recipient, donor or both."""
    if fact.get("kind") == "weapon_use":
        weapon, actor = fact.get("weapon"), fact.get("actor")
        return f"use: {weapon}" if by == "weapon" else f"use: {actor}" if by == "actor" else f"use: {weapon} · {actor}"
    donor, recipient = fact.get("donor") or "?", fact.get("recipient") or "?"
    return (
        f"support to {recipient}"
        if by == "weapon"
        else f"support from {donor}"
        if by == "actor"
        else f"support: {donor} → {recipient}"
    )


def timeline(facts: Iterable[dict[str, Any]], by: str = "weapon") -> dict[str, Any]:
    """{"by", "months": [...every month from first to last...],
    "lanes": [{"kind", "label", "counts": {month: n}, "total"}], "undated": n}"""
    if by not in BY_CHOICES:
        raise ValueError(f"by must be one of {', '.join(BY_CHOICES)}")
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    undated = 0
    for fact in facts:
        if fact.get("kind") not in TIMELINE_KINDS:
            continue
        if fact["kind"] == "aid" and fact.get("status") not in DECISION_STATUSES:
            continue
        month = fact_month(fact)
        if month is None:
            undated += 1
            continue
        counts[(fact["kind"], lane_of(fact, by))][month] += 1
    seen = sorted({m for c in counts.values() for m in c})
    lanes = [
        {"kind": kind, "label": label, "counts": dict(sorted(c.items())), "total": sum(c.values())}
        for (kind, label), c in sorted(counts.items(), key=lambda kv: (kv[0][0] != "weapon_use", kv[0][1]))
    ]
    return {"by": by, "months": month_range(seen[0], seen[-1]) if seen else [], "lanes": lanes, "undated": undated}


def month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# --- drawing -----------------------------------------------------------------------------------
LABEL_W, ROW_H, TOP, MAX_R = 240, 28, 56, 10
PLOT_W = 900  # the plot's target width: columns narrow as the months grow
COL_MIN, COL_MAX = 5, 22  # px per month
COLOURS = {"weapon_use": "#b3261e", "aid": "#1b5e9e"}


def render_svg(data: dict[str, Any]) -> Markup:
    """An SVG dot chart: one row per lane, one column per month, dot area by count.
    Month numbers are written while columns are wide enough; years always are."""
    months, lanes = data["months"], data["lanes"]
    if not lanes:
        return Markup('<p class="empty">No dated weapon-use claims or support decisions match.</p>')
    col = max(COL_MIN, min(COL_MAX, PLOT_W / len(months)))
    max_r = min(MAX_R, max(3.0, col * 0.9))
    width = round(LABEL_W + col * len(months) + 20)
    height = TOP + ROW_H * len(lanes) + 10
    peak = max(n for lane in lanes for n in lane["counts"].values())
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="timeline-title">',
        '<title id="timeline-title">Weapon-use claims (red) and support decisions (blue) by month</title>',
    ]
    for j, month in enumerate(months):
        x = LABEL_W + col * j + col / 2
        new_year = month.endswith("-01") or j == 0
        room = col * (13 - int(month[5:]))  # px to the next January: a first label needs room
        if month.endswith("-01") or (j == 0 and room >= 40):
            parts.append(
                f'<text class="year" x="{x:.1f}" y="16" text-anchor="{"middle" if col >= 8 else "start"}">'
                f"{month[:4]}</text>"
            )
        if col >= 16:
            parts.append(f'<text class="month" x="{x:.1f}" y="{TOP - 12}" text-anchor="middle">{int(month[5:])}</text>')
        if col >= 16 or new_year:
            parts.append(f'<line class="grid" x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{height - 10}"/>')
    for i, lane in enumerate(lanes):
        y = TOP + ROW_H * i + ROW_H / 2
        label = escape(lane["label"])
        parts.append(f'<text class="lane" x="{LABEL_W - 8}" y="{y + 4}" text-anchor="end">{label}</text>')
        for j, month in enumerate(months):
            n = lane["counts"].get(month)
            if not n:
                continue
            r = max(2.5, max_r * (n / peak) ** 0.5)
            x = LABEL_W + col * j + col / 2
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y}" r="{r:.1f}" fill="{COLOURS.get(lane["kind"], "#555")}">'
                f"<title>{label}, {month}: {n}</title></circle>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
