"""The timeline: weapon-use claims and support decisions counted by month, in lanes.

``timeline(facts, by)`` aggregates fact dicts (as ``Store.facts`` yields them) into lanes;
``render_svg(data)`` draws them as an inline SVG dot chart. No JavaScript and nothing fetched
at run time: the chart is plain markup, every text in it escaped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
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


def lane_codes(fact: dict[str, Any], by: str) -> tuple[tuple[str, str | None], ...]:
    """The codes that make a fact's lane: weapon use by weapon, actor or both; aid by recipient,
    donor or both (a page labels them in its language and links them to the facts table)."""
    if fact.get("kind") == "weapon_use":
        picked = {"weapon": ("weapon",), "actor": ("actor",), "both": ("weapon", "actor")}[by]
    else:
        picked = {"weapon": ("recipient",), "actor": ("donor",), "both": ("donor", "recipient")}[by]
    return tuple((k, fact.get(k)) for k in picked)


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
    codes: dict[tuple[str, str], dict[str, str | None]] = {}
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
        key = (fact["kind"], lane_of(fact, by))
        counts[key][month] += 1
        codes.setdefault(key, dict(lane_codes(fact, by)))
    seen = sorted({m for c in counts.values() for m in c})
    lanes = [
        {
            "kind": kind,
            "label": label,
            "codes": codes[(kind, label)],
            "counts": dict(sorted(c.items())),
            "total": sum(c.values()),
        }
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
# each lane's name is written above its row of dots, so the chart needs no label column and a
# phone shows its dots, not only its names
LEFT, ROW_H, TOP, MAX_R = 12, 44, 56, 10
CHAR_W = 7  # px per character of a lane name at 12 px: the chart is at least as wide as its longest name
PLOT_W = 760  # the plot's target width: columns narrow as the months grow
COL_MIN, COL_MAX = 5, 22  # px per month
GAP_MIN, GAP_W = 12, 26  # a year or more with nothing in any lane is drawn as one narrow break
COLOURS = {"weapon_use": "#b3261e", "aid": "#1b5e9e"}


def columns(months: list[str], lanes: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """("month", m, m) per month, but ("gap", first, last) for each run of GAP_MIN or more months
    empty in every lane: a chart of 2014 and 2022-2025 does not spend most of its width on nothing."""
    busy = {m for lane in lanes for m in lane["counts"]}
    out: list[tuple[str, str, str]] = []
    run: list[str] = []
    for m in [*months, None]:
        if m is not None and m not in busy:
            run.append(m)
            continue
        if len(run) >= GAP_MIN:
            out.append(("gap", run[0], run[-1]))
        else:
            out += [("month", r, r) for r in run]
        run = []
        if m is not None:
            out.append(("month", m, m))
    return out


def render_svg(
    data: dict[str, Any],
    name: Callable[[dict[str, Any]], str] | None = None,
    link: Callable[[dict[str, Any], str], str | None] | None = None,
) -> Markup:
    """An SVG dot chart: one row per lane, one column per month (long empty stretches as one
    break), dot area by count; ``name(lane)`` labels a lane, ``link(lane, month)`` makes each dot a
    link (to the facts it counts). Month numbers are written while columns are wide enough."""
    months, lanes = data["months"], data["lanes"]
    if not lanes:
        return Markup('<p class="empty">No dated weapon-use claims or support decisions match.</p>')
    name = name or (lambda lane: lane["label"])
    cols = columns(months, lanes)
    n_months = sum(1 for c in cols if c[0] == "month")
    n_gaps = len(cols) - n_months
    col = max(COL_MIN, min(COL_MAX, (PLOT_W - GAP_W * n_gaps) / max(1, n_months)))
    max_r = min(MAX_R, max(3.0, col * 0.9))
    xs, x = [], float(LEFT)
    for c in cols:
        w = GAP_W if c[0] == "gap" else col
        xs.append((x, w))
        x += w
    width = round(max(x + 20, LEFT + CHAR_W * max(len(name(lane)) for lane in lanes)))
    height = TOP + ROW_H * len(lanes) + 10
    peak = max(n for lane in lanes for n in lane["counts"].values())
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="timeline-title">',
        '<title id="timeline-title">Weapon-use claims (red) and support decisions (blue) by month</title>',
    ]
    last_year = None
    for (kind, first, last), (x0, w) in zip(cols, xs, strict=True):
        cx = x0 + w / 2
        if kind == "gap":
            parts.append(f'<line class="gap" x1="{cx:.1f}" y1="{TOP - 6}" x2="{cx:.1f}" y2="{height - 10}"/>')
            parts.append(
                f'<text class="gap" x="{cx:.1f}" y="{TOP - 12}" text-anchor="middle"><title>{first} – {last}</title>…</text>'
            )
            last_year = "gap"  # the month after a break always names its year
            continue
        if first[:4] != last_year and (first.endswith("-01") or last_year == "gap" or w * (13 - int(first[5:])) >= 34):
            anchor = "middle" if col >= 8 else "start"
            parts.append(f'<text class="year" x="{cx:.1f}" y="16" text-anchor="{anchor}">{first[:4]}</text>')
        last_year = first[:4]
        if col >= 16:
            parts.append(
                f'<text class="month" x="{cx:.1f}" y="{TOP - 12}" text-anchor="middle">{int(first[5:])}</text>'
            )
        if col >= 16 or first.endswith("-01"):
            parts.append(f'<line class="grid" x1="{cx:.1f}" y1="{TOP - 6}" x2="{cx:.1f}" y2="{height - 10}"/>')
    for i, lane in enumerate(lanes):
        top = TOP + ROW_H * i
        y = top + 30
        label = escape(name(lane))
        parts.append(f'<text class="lane" x="{LEFT}" y="{top + 12}">{label}</text>')
        for (kind, month, _), (x0, w) in zip(cols, xs, strict=True):
            n = lane["counts"].get(month) if kind == "month" else None
            if not n:
                continue
            r = max(2.5, max_r * (n / peak) ** 0.5)
            dot = (
                f'<circle cx="{x0 + w / 2:.1f}" cy="{y}" r="{r:.1f}" fill="{COLOURS.get(lane["kind"], "#555")}">'
                f"<title>{label}, {month}: {n}</title></circle>"
            )
            href = link(lane, month) if link else None
            parts.append(f'<a href="{escape(href)}">{dot}</a>' if href else dot)
    parts.append("</svg>")
    return Markup("".join(parts))
