"""Search latency at a million documents, in less than the hours a full 1M ingest would take here.

`python bench/scale.py --docs 100000 --copies 10 [--pg]` runs the whole pipeline (read ->
extract -> analyse) once over `--docs` generated documents in a process pool, then stores each
prepared document `--copies` times under distinct ids, so the store holds docs x copies rows
whose posting lists, facet counts and sizes are those of a corpus that many times larger. The
bare FTS5 baseline gets the same texts the same number of times. Then it times the benchmark
queries on both (p50/p95), like `bench/run.py`'s search rows. Ingest speed is not measured
here (see run.py); only search at scale.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import baselines  # noqa: E402
import generate  # noqa: E402
from harness import RssSampler, latencies, machine, mb, table  # noqa: E402
from run import QUERIES, api_latencies, latency_row, pg_database  # noqa: E402

CHUNK = 500


def prepare_chunk(args: tuple[int, int, int]):
    """Worker: the prepared rows of generated documents start..start+n-1."""
    from armswatch.pipeline import build_record
    from armswatch.read import RawDocument
    from armswatch.store.rows import prepare

    seed, start, n, share = args
    return [
        prepare(build_record(RawDocument(name, "txt", text))) for name, text in generate.generate(n, seed, start, share)
    ]


def clone(p, k: int):
    """Copy k of a prepared document: same rows under a distinct id."""
    if k == 0:
        return p
    new_id = hashlib.sha256(f"{p.id}/{k}".encode()).hexdigest()
    return replace(p, id=new_id, doc={**p.doc, "id": new_id}, source=None)


def fill(stores: list, docs: int, copies: int, seed: int, workers: int, share: float = 1.0) -> None:
    jobs = [(seed, s, min(CHUNK, docs - s), share) for s in range(0, docs, CHUNK)]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        for i, chunk in enumerate(pool.map(prepare_chunk, jobs)):
            for k in range(copies):
                batch = [clone(p, k) for p in chunk]
                for s in stores:
                    s.add_prepared(batch)
            print(f"  stored {(i + 1) * CHUNK * copies} documents", file=sys.stderr, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--weapons-share",
        type=float,
        default=1.0,
        help="share of generated documents about weapons (the rest: domestic policy); "
        "1.0, the default, is the worst case: every query matches many documents",
    )
    ap.add_argument("--pg", action="store_true", help="also fill and time a PostgreSQL store")
    ap.add_argument("--work", type=Path, help="keep the stores here")
    args = ap.parse_args()
    from armswatch.store import open_store

    work = args.work or Path(tempfile.mkdtemp(prefix="armswatch-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    total = args.docs * args.copies
    print("# search at scale\n")
    for k, v in machine().items():
        print(f"- {k}: {v}")
    t0 = time.perf_counter()
    tag = f"{total}" if args.weapons_share == 1.0 else f"{total}_w{args.weapons_share:g}"
    print(f"- share of documents about weapons: {args.weapons_share:g}")
    bare = work / f"bare_{tag}.db"
    if not bare.exists():
        con = baselines.fts_open(bare)
        for _ in range(args.copies):
            baselines.fts_insert(
                con, (t for _, t in generate.generate(args.docs, args.seed, weapons_share=args.weapons_share))
            )
        con.close()
    print(f"- bare FTS5 store filled in {time.perf_counter() - t0:.0f} s")
    db = work / f"scaled_{tag}.db"
    with pg_database() if args.pg else _nothing() as pg_url:
        stores = [open_store(str(db))] if not db.exists() else []
        if pg_url:
            stores.append(open_store(pg_url))
        t1 = time.perf_counter()
        if stores:
            sampler = RssSampler()
            with sampler.running():
                fill(stores, args.docs, args.copies, args.seed, args.workers, args.weapons_share)
            print(f"- armswatch store(s) filled in {time.perf_counter() - t1:.0f} s, peak RSS {mb(sampler.peak)}")
            for s in stores:
                s.close()
        con = baselines.fts_open(bare)
        base = latencies(lambda q: baselines.fts_query(con, q), QUERIES, args.rounds)
        con.close()
        size = f"{total} docs"
        rows = [latency_row("FTS5 bare query (baseline)", size, base, None, "MATCH raw words, ORDER BY rank LIMIT 20")]
        with open_store(str(db)) as s:
            rows.append(
                latency_row(
                    "store.search, SQLite",
                    size,
                    latencies(s.search, QUERIES, args.rounds),
                    base,
                    f"{args.docs} analysed docs x {args.copies} copies",
                )
            )
        api = api_latencies(str(db), args.rounds)
        if api:
            rows.append(latency_row("GET /api/search, SQLite", size, api, base, "FastAPI TestClient, JSON"))
        if pg_url:
            with open_store(pg_url) as s:
                rows.append(
                    latency_row(
                        "store.search, PostgreSQL",
                        size,
                        latencies(s.search, QUERIES, args.rounds),
                        base,
                        f"{args.docs} analysed docs x {args.copies} copies",
                    )
                )
    print()
    print(table(rows, ["benchmark", "size", "armswatch", "baseline", "ratio", "notes"]))
    per_query = {q: None for q in QUERIES}
    with open_store(str(db)) as s:
        for q in per_query:
            t = time.perf_counter()
            res = s.search(q)
            per_query[q] = (time.perf_counter() - t, res["total"])
    print(
        "\nper query on SQLite (one run): "
        + "; ".join(f"{q!r} {t * 1000:.0f} ms, {n} hits" for q, (t, n) in per_query.items())
    )
    return 0


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    raise SystemExit(main())
