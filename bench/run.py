"""armswatch benchmarks: `make bench` or `python bench/run.py [--docs N] [--search-docs M] [--quick]`.

Measures, in one run and on the same synthetic data (bench/generate.py), each armswatch path
against its bare baseline (bench/baselines.py) and prints absolute numbers and ratios:

  pdf      reading PDFs through armswatch.read vs raw PyMuPDF text extraction
  ingest   N files through the whole pipeline into SQLite (all cores) vs a bare FTS5 insert of
           the same texts; the same into PostgreSQL; peak RSS of the process tree
  search   p50/p95 of store.search over M documents vs the bare FTS5 query on the same texts;
           the same through the JSON API (FastAPI TestClient) and on PostgreSQL

It never asserts a timing: it reports. Targets and verdicts live in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import baselines  # noqa: E402
import generate  # noqa: E402
from harness import RssSampler, latencies, machine, mb, ms, percentile, ratio, table, timed  # noqa: E402

PG_ADMIN = os.environ.get("ARMSWATCH_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
QUERIES = [
    "clusterbommen",
    "clustermunitie Charkiv",
    "chemische wapens",
    "traangas",
    "vacuümbom",
    '"Budget Internationale Veiligheid"',
    "Patriot",
    "landmijnen OR antipersoneelsmijnen",
    "levering NOT munitie",
    "Pantserhouwitsers Oekraïne",
    "witte fosfor Gaza",
    "MIVD",
    "exportcriteria",
    "ontmijning",
    "sarin Douma",
    "Stinger Litouwen",
]


# --- PostgreSQL scratch databases ---------------------------------------------------------
def pg_reason() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except Exception as e:  # no server: the PostgreSQL rows are skipped with this reason
        return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


@contextmanager
def pg_database() -> Iterator[str]:
    import psycopg

    name = "armswatch_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def pg_kept(name: str) -> Iterator[str]:
    """A database kept between runs (with --work: the search store is filled once, then
    reused); created when missing."""
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            con.execute(f'CREATE DATABASE "{name}"')
    yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def pg_filled(url: str, folder: Path, workers: int | None, wanted: int) -> None:
    """Ingest into a kept store until it holds every file (a killed fill resumes), then
    VACUUM ANALYZE once, so every run times a store in the same state."""
    import psycopg

    def count() -> int:
        with psycopg.connect(url, autocommit=True) as con:
            if con.execute("SELECT to_regclass('documents')").fetchone()[0] is None:
                return 0
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]

    if count() >= wanted:
        return
    ingest_into(url, folder, workers)
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("VACUUM ANALYZE")


# --- the benchmarks ----------------------------------------------------------------------
def bench_pdf(work: Path, n: int, seed: int) -> list[list[str]]:
    from armswatch.read import read_file

    texts = [t for _, t in generate.generate(n * 4, seed)]
    pdfs = [generate.write_pdf(work / f"p{i}.pdf", texts[i * 4 : (i + 1) * 4]) for i in range(n)]
    with timed() as base:
        for p in pdfs:
            baselines.pymupdf_text(p)
    with timed() as ours:
        for p in pdfs:
            read_file(p)
    return [
        [
            "PDF read (4-page letters)",
            f"{n} files",
            f"{ours['s']:.2f} s",
            f"{base['s']:.2f} s",
            ratio(ours["s"], base["s"]),
            "raw PyMuPDF get_text",
        ]
    ]


def write_files(work: Path, n: int, seed: int) -> Path:
    folder = work / f"corpus_{n}"
    if not folder.exists():
        generate.write_corpus(folder, n, seed)
    return folder


def ingest_into(url: str, folder: Path, workers: int | None) -> dict[str, Any]:
    from armswatch.ingest import ingest
    from armswatch.store import open_store

    sampler = RssSampler()
    with open_store(url) as store, sampler.running(), timed() as t:
        res = ingest([folder], store, workers=workers)
    return {"s": t["s"], "cpu": t["cpu"], "rss": sampler.peak, "added": res.added, "failed": len(res.failed)}


def bench_ingest(work: Path, n: int, seed: int, workers: int | None, pg: bool, extra: dict) -> list[list[str]]:
    folder = write_files(work, n, seed)
    paths = sorted(folder.iterdir())
    sampler = RssSampler()
    with sampler.running(), timed() as base:
        baselines.fts_insert_files(work / f"bare_{n}.db", paths)
    lite = ingest_into(str(work / f"ingest_{n}.db"), folder, workers)
    rows = [
        [
            "FTS5 bare insert (baseline)",
            f"{n} docs",
            f"{base['s']:.2f} s",
            "",
            "1.00x",
            f"{n / base['s']:.0f} docs/s, peak RSS {mb(sampler.peak)}",
        ],
        [
            "ingest -> SQLite",
            f"{lite['added']} docs",
            f"{lite['s']:.2f} s",
            f"{base['s']:.2f} s",
            ratio(lite["s"], base["s"]),
            f"{n / lite['s']:.0f} docs/s, {lite['cpu'] / lite['s']:.2f} cores busy, peak RSS {mb(lite['rss'])}",
        ],
    ]
    out = extra["ingest"] = {"bare_s": base["s"], "sqlite": lite}
    if pg:
        with pg_database() as url:
            p = ingest_into(url, folder, workers)
        rows.append(
            [
                "ingest -> PostgreSQL",
                f"{p['added']} docs",
                f"{p['s']:.2f} s",
                f"{lite['s']:.2f} s (SQLite)",
                ratio(p["s"], lite["s"]),
                f"{n / p['s']:.0f} docs/s, {p['cpu'] / p['s']:.2f} cores busy, peak RSS {mb(p['rss'])}",
            ]
        )
        out["postgres"] = p
    return rows


def latency_row(label: str, size: str, lat: list[float], base: list[float] | None, note: str = "") -> list[str]:
    p50, p95 = percentile(lat, 50), percentile(lat, 95)
    if base is None:
        return [label, size, f"p50 {ms(p50)} / p95 {ms(p95)}", "", "1.00x", note]
    b50, b95 = percentile(base, 50), percentile(base, 95)
    return [
        label,
        size,
        f"p50 {ms(p50)} / p95 {ms(p95)}",
        f"p95 {ms(b95)}",
        f"p50 {ratio(p50, b50)} / p95 {ratio(p95, b95)}",
        note,
    ]


class Rows(list):
    """Rows that are also printed as they come (a long search section shows progress)."""

    def __init__(self, rows: list[list[str]]):
        super().__init__()
        for r in rows:
            self.append(r)

    def append(self, row: list[str]) -> None:
        print("  " + " | ".join(row), file=sys.stderr, flush=True)
        super().append(row)


def bench_search(
    work: Path, m: int, seed: int, workers: int | None, pg: bool, rounds: int, keep: bool = False
) -> list[list[str]]:
    from armswatch.store import open_store

    folder = write_files(work, m, seed)
    db = work / f"ingest_{m}.db"
    if not db.exists():
        ingest_into(str(db), folder, workers)
    bare = work / f"bare_{m}.db"
    if not bare.exists():
        baselines.fts_insert_files(bare, sorted(folder.iterdir()))
    con = baselines.fts_open(bare)
    base = latencies(lambda q: baselines.fts_query(con, q), QUERIES, rounds)
    con.close()
    size = f"{m} docs"
    rows = Rows(
        [latency_row("FTS5 bare query (baseline)", size, base, None, "MATCH raw words, ORDER BY rank LIMIT 20")]
    )
    with open_store(str(db)) as store:
        lat = latencies(lambda q: store.search(q), QUERIES, rounds)
    rows.append(latency_row("store.search, SQLite", size, lat, base, "stems+synonyms, facets, snippets"))
    api = api_latencies(str(db), rounds)
    if api:
        rows.append(latency_row("GET /api/search, SQLite", size, api, base, "FastAPI TestClient, JSON"))
    if pg:
        # with --work the PostgreSQL store is kept too (a database named after the size)
        kept = pg_kept(f"armswatch_bench_search_{m}") if keep else pg_database()
        with kept as url:
            if keep:
                pg_filled(url, folder, workers, m)
            else:
                ingest_into(url, folder, workers)
            with open_store(url) as store:
                lat = latencies(lambda q: store.search(q), QUERIES, rounds)
            rows.append(latency_row("store.search, PostgreSQL", size, lat, base, "same queries, same data"))
            api = api_latencies(url, rounds)
            if api:
                rows.append(latency_row("GET /api/search, PostgreSQL", size, api, base, "FastAPI TestClient, JSON"))
    return rows


def api_latencies(url: str, rounds: int) -> list[float] | None:
    try:
        from fastapi.testclient import TestClient

        from armswatch.web import create_app
    except ImportError:
        return None
    client = TestClient(create_app(url))

    def call(q: str) -> None:
        r = client.get("/api/search", params={"q": q})
        if r.status_code != 200:
            raise RuntimeError(f"/api/search?q={q}: HTTP {r.status_code} {r.text[:200]}")

    return latencies(call, QUERIES, rounds)


def attempt(name: str, run) -> list[list[str]]:
    """A benchmark's rows (also printed at once, as a long run goes), or one row saying why it
    could not run (a stage not there yet)."""
    try:
        rows = run()
    except Exception as e:  # report and go on with the other benchmarks
        first = (str(e).strip().splitlines() or [type(e).__name__])[0][:120]
        rows = [[name, "", "not run", "", "", f"{type(e).__name__}: {first}"]]
    for r in rows:
        print("  " + " | ".join(r), flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="armswatch benchmarks (they report, they never assert)")
    ap.add_argument("--docs", type=int, default=20_000, help="documents for the ingest benchmark")
    ap.add_argument("--search-docs", type=int, default=100_000, help="documents in the search benchmark's store")
    ap.add_argument("--pdfs", type=int, default=100, help="PDF files for the reading benchmark")
    ap.add_argument("--rounds", type=int, default=5, help="times each search query is timed")
    ap.add_argument("--workers", type=int, default=None, help="ingest worker processes (default: all cores)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", choices=("pdf", "ingest", "search"), action="append")
    ap.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL rows")
    ap.add_argument("--quick", action="store_true", help="tiny sizes: a check that everything runs")
    ap.add_argument(
        "--work",
        type=Path,
        help="keep generated corpora and stores here (default: a temp dir); the "
        "PostgreSQL search store is then kept too, as database armswatch_bench_search_N",
    )
    ap.add_argument("--json", type=Path, help="also write the rows and the machine as JSON here")
    args = ap.parse_args(argv)
    if args.quick:
        args.docs, args.search_docs, args.pdfs, args.rounds = 300, 1000, 5, 2
    only = set(args.only or ("pdf", "ingest", "search"))
    reason = None if args.no_pg else pg_reason()
    pg = not args.no_pg and reason is None

    info = machine()
    print("# armswatch benchmarks\n")
    for k, v in info.items():
        print(f"- {k}: {v}")
    if not pg:
        print(f"- PostgreSQL rows skipped: {'--no-pg' if args.no_pg else reason}")
    print()
    work = args.work or Path(tempfile.mkdtemp(prefix="armswatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[list[str]] = []
    extra: dict[str, Any] = {}
    t0 = time.perf_counter()
    try:
        if "pdf" in only:
            rows += attempt("PDF read", lambda: bench_pdf(work, args.pdfs, args.seed))
        if "ingest" in only:
            rows += attempt("ingest", lambda: bench_ingest(work, args.docs, args.seed, args.workers, pg, extra))
        if "search" in only:
            rows += attempt(
                "search",
                lambda: bench_search(
                    work, args.search_docs, args.seed, args.workers, pg, args.rounds, keep=args.work is not None
                ),
            )
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    head = ["benchmark", "size", "armswatch", "baseline", "ratio", "notes"]
    print("\n" + table(rows, head))
    print(f"\n(total bench time {time.perf_counter() - t0:.0f} s)")
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "head": head, "rows": rows, "extra": extra}, indent=2, ensure_ascii=False),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
