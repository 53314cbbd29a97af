"""Benchmark: CPU per document of the whole pipeline (read -> normalise -> segment -> extract)
over real documents. Run on demand, for the tree on PYTHONPATH:

    PYTHONPATH=$PWD python bench/pipeline_cpu.py [DIR ...]      (default: corpus/real and the dev corpus)

Prints CPU ms per document and per MB over a first pass (it pays for compiling each lexicon term
the first time a text tries it, which a tree that compiles all terms at start-up pays before the
timing) and over a second pass (a long ingest's steady state), next to a baseline measured in the same run (reading
each file and folding its text into words, which any pipeline must at least do), and their
ratio. Compare two trees (e.g. before and after a change) by running it with each on
PYTHONPATH: the ratio column is comparable across runs on a busy machine, the ms less so.
Asserts nothing.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".txt", ".md", ".html", ".xml", ".pdf", ".docx"}


def files(dirs: list[str]) -> list[Path]:
    out = []
    for d in dirs:
        out += sorted(
            p
            for p in Path(d).rglob("*")
            if p.suffix.lower() in SUFFIXES and p.name[0].islower() and not p.name.endswith(".gold.json")
        )
    return out


def main() -> None:
    from armswatch.extract.text import fold
    from armswatch.pipeline import build_record
    from armswatch.read import read_file

    dirs = sys.argv[1:] or [str(ROOT / "corpus" / "real"), str(ROOT.parent / "shared" / "corpus" / "dev")]
    paths = files(dirs)
    raws = []
    for p in paths:
        try:
            raws.append(read_file(p))
        except Exception:  # a refused file is not part of the timing
            pass
    size = sum(len(r.text.encode("utf-8")) for r in raws if isinstance(getattr(r, "text", None), str)) or 1
    for _ in range(2):  # warm the lexicon caches
        build_record(raws[0])
    t0 = time.process_time()
    for r in raws:
        build_record(r)
    pipe = time.process_time() - t0
    # a second pass: a long ingest's steady state, once each lexicon term a text tries has been
    # compiled (the matcher compiles a term's pattern the first time a text tries it)
    t0 = time.process_time()
    for r in raws:
        build_record(r)
    steady = time.process_time() - t0
    t0 = time.process_time()
    for p in paths:
        re.findall(r"\w+", fold(p.read_bytes().decode("utf-8", "replace")))
    base = time.process_time() - t0
    print(f"{len(raws)} documents, {size / 1e6:.1f} MB of text")
    print(f"pipeline  {1000 * pipe / len(raws):7.2f} ms/doc  {pipe / (size / 1e6):7.2f} s/MB")
    print(f"steady    {1000 * steady / len(raws):7.2f} ms/doc  (second pass)")
    print(f"baseline  {1000 * base / len(raws):7.2f} ms/doc  (read bytes, fold, split words)")
    print(f"ratio     {pipe / base:7.1f}x   steady {steady / base:.1f}x")


if __name__ == "__main__":
    main()
