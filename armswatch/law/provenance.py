"""`armswatch law sources`: per treaty, where its records come from and when they were checked."""

from __future__ import annotations

from collections import Counter

from armswatch.law import data


def sources() -> list[dict]:
    """One entry per treaty: its rule's source and check date, and its party rows grouped by
    source with the number of rows, how many are confirmed, and their earliest and latest check."""
    out = []
    records = data.participations()
    for treaty_id in data.TREATY_IDS:
        t = data.treaties()[treaty_id]
        rows = [r for (tid, _), r in records.items() if tid == treaty_id]
        by_source: dict[str, list] = {}
        for r in rows:
            by_source.setdefault(r.source, []).append(r)
        out.append(
            {
                "treaty": treaty_id,
                "name": t["name"],
                "source": t["source"],
                "checked": t["checked"],
                "complete": t.get("complete", True),
                "coverage": t.get("coverage"),
                "rows": len(rows),
                "confirmed": sum(r.confirmed for r in rows),
                "day_not_recorded": sum(r.deposit_window is not None for r in rows),
                "kinds": dict(Counter(r.deposit_kind or "signature" for r in rows)),
                "sources": [
                    {
                        "source": src,
                        "rows": len(rs),
                        "confirmed": sum(r.confirmed for r in rs),
                        "checked_first": min(r.checked for r in rs),
                        "checked_last": max(r.checked for r in rs),
                    }
                    for src, rs in sorted(by_source.items(), key=lambda kv: -len(kv[1]))
                ],
            }
        )
    return out
