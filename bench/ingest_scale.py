"""A real ingest at scale: the `armswatch ingest` command over a folder of N generated files,
with the memory of its whole process tree sampled throughout.

`python bench/ingest_scale.py --docs 1000000 --work /big/dir [--weapons-share 1.0] [--nice]`

Writes the files once (in folders of 10,000, reused by later runs), then runs the real command
line, `python -m armswatch ingest FOLDER --db STORE`, as a child process and samples the RSS of
the child and its workers every 0.2 s. Prints a line per minute (documents stored, rate, RSS
now and peak), so one can see whether memory grows with the store, then the totals, and the bare
FTS5 insert of the same files as the baseline (`--no-baseline` skips it). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import baselines  # noqa: E402
import generate  # noqa: E402
from harness import machine, mb, tree_rss  # noqa: E402

PER_FOLDER = 10_000


def write_files(folder: Path, n: int, seed: int, share: float) -> None:
    """The generated documents as files, PER_FOLDER to a sub-folder; skipped when complete."""
    done = folder / ".complete"
    if done.exists() and done.read_text() == f"{n} {seed} {share}":
        return
    for i, (name, text) in enumerate(generate.generate(n, seed, weapons_share=share)):
        sub = folder / f"{i // PER_FOLDER:04d}"
        if i % PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
            print(f"  writing files {i:,}..", file=sys.stderr, flush=True)
        (sub / name).write_text(text, encoding="utf-8")
    done.write_text(f"{n} {seed} {share}")


def stored(db: Path) -> int:
    """Documents in the store now (a reader beside the writer: WAL lets it)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def run_ingest(folder: Path, db: Path, nice: bool) -> dict:
    cmd = [sys.executable, "-m", "armswatch", "ingest", str(folder), "--db", str(db)]
    if nice:
        cmd = ["nice", "-n", "19", *cmd]
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    t0, peak, last_line = time.perf_counter(), 0, 0.0
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out: list[str] = []
    readers = [
        threading.Thread(target=lambda s=s: out.append(s.read()), daemon=True) for s in (child.stdout, child.stderr)
    ]
    for r in readers:
        r.start()
    while child.poll() is None:
        rss = tree_rss(child.pid)
        peak = max(peak, rss)
        now = time.perf_counter() - t0
        if now - last_line >= 60:
            n = stored(db)
            print(
                f"  {now / 60:5.1f} min: {n:,} documents stored ({n / now:.0f}/s), RSS {mb(rss)}, peak {mb(peak)}",
                file=sys.stderr,
                flush=True,
            )
            last_line = now
        time.sleep(0.2)
    for r in readers:
        r.join()
    wall = time.perf_counter() - t0
    t = os.times()  # poll() reaped the child, whose own children (the workers) it had reaped
    return {
        "s": wall,
        "rss": peak,
        "rc": child.returncode,
        "cpu": t.children_user + t.children_system,
        "output": "".join(out).strip().splitlines()[-3:],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--weapons-share", type=float, default=1.0)
    ap.add_argument("--work", type=Path, required=True, help="folder for the files and the stores")
    ap.add_argument("--nice", action="store_true", help="run the ingest at the lowest CPU priority")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    print("# ingest at scale (the armswatch ingest command)\n")
    for k, v in machine().items():
        print(f"- {k}: {v}")
    folder = args.work / f"files_{args.docs}_{args.seed}_w{args.weapons_share:g}"
    t0 = time.perf_counter()
    write_files(folder, args.docs, args.seed, args.weapons_share)
    print(f"- {args.docs:,} files in {folder} (written or found in {time.perf_counter() - t0:.0f} s)", flush=True)
    db = args.work / f"ingest_{args.docs}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    res = run_ingest(folder, db, args.nice)
    print(
        f"- armswatch ingest: exit {res['rc']}, {res['s']:.0f} s wall, {res['cpu']:.0f} s CPU "
        f"({res['cpu'] / max(1, args.docs) * 1000:.2f} ms/doc), {args.docs / res['s']:.0f} docs/s, "
        f"peak RSS of the process tree {mb(res['rss'])}"
    )
    print("  " + "\n  ".join(res["output"]))
    if not args.no_baseline:
        bare = args.work / f"bare_{args.docs}.db"
        bare.unlink(missing_ok=True)
        t1 = time.perf_counter()
        baselines.fts_insert_files(
            bare, sorted(p for sub in sorted(folder.iterdir()) if sub.is_dir() for p in sub.iterdir())
        )
        base = time.perf_counter() - t1
        print(f"- FTS5 bare insert of the same files: {base:.0f} s; ingest / bare = {res['s'] / base:.1f}x")
    return 0 if res["rc"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
