"""Draw the next annotation batch from corpus/real/pool into corpus/real/batchN.

Usage: python3 corpus/tools/make_batch.py N [--size 30] [--seed S] [--prefixes j,k,l]

Documents are drawn at random (seeded, so a batch can be redrawn the same way) and spread over
the collectors' prefixes in proportion to what the pool holds (or only over --prefixes, to draw
from a fresh collection and leave pool pages that a precision judge has already seen). A document whose URL is already in
the development corpus (../shared/corpus/dev/*.gold.json "url") is never drawn: its gold exists,
and the rules were tuned on it. The files are moved (git mv when tracked), never copied, so a
document is in exactly one place.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "real"
DEV = REAL.parents[2] / "shared" / "corpus" / "dev"


def urls_by_file() -> dict[str, str]:
    out = {}
    for tsv in sorted((REAL / "sources").glob("*.tsv")):
        with tsv.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                out[row["file"]] = row["url"]
    return out


def dev_urls() -> set[str]:
    return {json.loads(g.read_text()).get("url") for g in DEV.glob("*.gold.json")} - {None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--size", type=int, default=30)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--prefixes", default="", help="comma-separated collector prefixes to draw from")
    a = ap.parse_args()
    urls, dev = urls_by_file(), dev_urls()
    only = {x for x in a.prefixes.split(",") if x}
    pool = sorted(
        p
        for p in (REAL / "pool").iterdir()
        if p.is_file() and urls.get(p.name) not in dev and (not only or p.name.split("_")[0] in only)
    )
    rng = random.Random(a.seed if a.seed is not None else a.n)
    by_prefix: dict[str, list[Path]] = {}
    for p in pool:
        by_prefix.setdefault(p.name.split("_")[0], []).append(p)
    picked: list[Path] = []
    for _prefix, files in sorted(by_prefix.items()):
        rng.shuffle(files)
        picked += files[: round(a.size * len(files) / len(pool))]
    rest = [p for p in pool if p not in picked]
    rng.shuffle(rest)
    picked = (picked + rest)[: a.size]
    dest = REAL / f"batch{a.n}"
    dest.mkdir(exist_ok=False)
    for p in sorted(picked):
        tracked = (
            subprocess.run(["git", "ls-files", "--error-unmatch", str(p)], cwd=REAL, capture_output=True).returncode
            == 0
        )
        if tracked:
            subprocess.run(["git", "mv", str(p), str(dest / p.name)], cwd=REAL, check=True)
        else:
            shutil.move(str(p), dest / p.name)
        print(dest.name + "/" + p.name)


if __name__ == "__main__":
    main()
