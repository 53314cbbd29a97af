"""Benchmark: the extract stage per document (goal: linear in size). Run on demand:

    PYTHONPATH=$PWD python bench/bench_extract.py [copies]

Uses the dev corpus's text files when ../shared is present (else a synthetic letter), and a
long document made of `copies` of them, so a quadratic step shows as a growing time per MB.
Prints the time per MB next to a baseline measured in the same run (folding the text and
splitting it into words, which every extractor must at least do). Asserts nothing.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from armswatch.extract import extract_facts
from armswatch.extract.text import fold
from armswatch.record import Structure

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SYNTHETIC = (
    "Den Haag, 3 maart 2022\n\nHet is zeer waarschijnlijk dat de Russische strijdkrachten clustermunitie "
    "hebben gebruikt in Charkiv. Het kabinet heeft besloten 3 pantserhouwitsers aan Oekraïne te leveren.\n\n"
)


def texts() -> list[str]:
    if DEV.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    return [SYNTHETIC * 20]


def per_mb(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return (time.perf_counter() - t0) / (len(text.encode("utf-8")) / 1e6)


def baseline(text: str) -> None:
    re.findall(r"\w+", fold(text + " "))


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    extract_facts("warm-up: clustermunitie", Structure())
    one = "\n\n".join(texts())
    for label, text in (("corpus once", one), (f"corpus x{copies}", "\n\n".join([one] * copies))):
        ex = per_mb(lambda t: extract_facts(t, Structure()), text)
        base = per_mb(baseline, text)
        print(
            f"{label:14s} {len(text):>9d} chars  extract {ex:7.2f} s/MB  baseline {base:6.3f} s/MB  "
            f"ratio {ex / base:6.0f}x"
        )


if __name__ == "__main__":
    main()
