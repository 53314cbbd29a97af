"""Search latency on stores that already exist: an armswatch store and a bare FTS5 table of the
same texts (as `bench/ingest_scale.py` leaves them: `ingest_N.db` and `bare_N.db`).

`python bench/search_store.py STORE BARE [--rounds 3]` times the benchmark queries
(bench/run.py's QUERIES) with `store.search`, through the API, and as the bare FTS5 query, in
one run, and prints p50/p95 with ratios, then per query the time and the total. Nothing is
asserted.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import baselines  # noqa: E402
from harness import latencies, machine, table  # noqa: E402
from run import QUERIES, api_latencies, latency_row  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", help="an armswatch store (SQLite file or postgresql:// URL)")
    ap.add_argument("bare", type=Path, help="the bare FTS5 table of the same texts (bench/baselines.py)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from armswatch.store import open_store

    print("# search on existing stores\n")
    for k, v in machine().items():
        print(f"- {k}: {v}")
    with open_store(args.store) as s:
        docs = s.stats()["documents"]
        for q in QUERIES:  # warm both the caches and the OCR variants, as a served store has them
            s.search(q)
        lat = latencies(s.search, QUERIES, args.rounds)
        per_query = []
        for q in QUERIES:
            t = time.perf_counter()
            res = s.search(q)
            per_query.append((q, time.perf_counter() - t, res["total"], res.get("total_exact", True)))
    con = baselines.fts_open(args.bare)
    try:
        bare_docs = con.execute("SELECT max(rowid) FROM doc").fetchone()[0]
    except sqlite3.Error:
        bare_docs = "?"
    base = latencies(lambda q: baselines.fts_query(con, q), QUERIES, args.rounds)
    con.close()
    size = f"{docs} docs"
    rows = [
        latency_row(
            "FTS5 bare query (baseline)", f"{bare_docs} docs", base, None, "MATCH raw words, ORDER BY rank LIMIT 20"
        ),
        latency_row("store.search", size, lat, base, "stems+synonyms, facets, snippets"),
    ]
    api = api_latencies(args.store, args.rounds)
    if api:
        rows.append(latency_row("GET /api/search", size, api, base, "FastAPI TestClient, JSON"))
    print()
    print(table(rows, ["benchmark", "size", "armswatch", "baseline", "ratio", "notes"]))
    print(
        "\nper query (one run): "
        + "; ".join(f"{q!r} {t * 1000:.0f} ms, {'' if exact else '~'}{n} hits" for q, t, n, exact in per_query)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
