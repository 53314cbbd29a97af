"""Sample extracted facts for a precision judgement by a reader who did not write the rules.

Usage: python3 corpus/tools/sample_facts.py OUT.jsonl PATH... [--per-kind 25] [--seed 1]

Runs the pipeline over every file under PATH (in two worker processes), pools the facts of each
kind, and writes a random sample of each kind to OUT.jsonl, one fact a line with its document's
file, its fields, its quote and the text around it (so the judge can decide without opening the
file), plus "verdict": null for the judge to fill in ("right" / "wrong") with a "why".
Prints how many documents and facts of each kind the run found.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".xml"}
KINDS = ("weapon_use", "treaty_status", "aid", "figure")


def facts_of(path: str) -> list[dict]:
    from armswatch.pipeline import extract_file

    try:
        rec = extract_file(path)
    except Exception as e:  # a refused file has no facts; say so once
        return [{"error": f"{type(e).__name__}: {e}", "file": path}]
    out = []
    for f in rec.facts:
        a, b = f.span
        out.append(
            {
                "file": path,
                "kind": f.kind,
                "fields": f.fields,
                "quote": f.quote,
                "context": rec.body[max(0, a - 300) : a] + "[[" + f.quote + "]]" + rec.body[b : b + 300],
                "document_type": rec.structure.type,
                "verdict": None,
                "why": None,
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--per-kind", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    files = sorted(
        str(p)
        for root in a.paths
        for p in ([Path(root)] if Path(root).is_file() else Path(root).rglob("*"))
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.endswith(".gold.json")
    )
    pooled: dict[str, list[dict]] = {k: [] for k in KINDS}
    errors = 0
    with ProcessPoolExecutor(2) as ex:
        for facts in ex.map(facts_of, files, chunksize=16):
            for f in facts:
                if "error" in f:
                    errors += 1
                else:
                    pooled[f["kind"]].append(f)
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as out:
        for kind in KINDS:
            sample = rng.sample(pooled[kind], min(a.per_kind, len(pooled[kind])))
            for f in sample:
                out.write(json.dumps(f, ensure_ascii=False) + "\n")
    print(
        f"{len(files)} files, {errors} refused; facts: " + ", ".join(f"{k} {len(v)}" for k, v in pooled.items()),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
