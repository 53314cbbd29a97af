"""Benchmark: normalise + segment per document (goal: linear in size, well under the reading
cost). Run on demand:

    PYTHONPATH=$PWD python bench/bench_struct.py [copies]

Uses the dev corpus's text files when ../shared is present (else a synthetic letter), and a
long document made of `copies` of them, so a quadratic step shows as a growing ratio. Prints
each stage's time per MB and its ratio to a baseline measured in the same run (splitting the
text into lines and lower-casing it). Asserts nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from armswatch.normalise import normalise
from armswatch.read import RawDocument
from armswatch.segment import segment

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SYNTHETIC = (
    "Nr. 1 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der "
    "Staten-Generaal\n\nDen Haag, 3 maart 2022\n\n" + "Het kabinet levert aanvul-\nlende goederen.\n" * 40
)


def texts() -> list[str]:
    if DEV.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    return [SYNTHETIC]


def timed(fn, docs: list[RawDocument]) -> float:
    start = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - start


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    small = [RawDocument("x.txt", "txt", t) for t in texts()]
    big = [RawDocument("x.txt", "txt", "\n\n".join(texts()) * copies)]
    for name, docs in (("small documents", small), (f"one document x{copies}", big)):
        mbytes = sum(len(d.text) for d in docs) / 1e6
        base = timed(lambda d: [ln.lower() for ln in d.text.split("\n")], docs)
        norms: dict = {}
        t_norm = timed(lambda d, norms=norms: norms.__setitem__(id(d), normalise(d)), docs)
        t_seg = timed(lambda d, norms=norms: segment(norms[id(d)], d), docs)
        print(
            f"{name}: {mbytes:.2f} MB  baseline {base / mbytes * 1e3:.1f} ms/MB  "
            f"normalise {t_norm / mbytes * 1e3:.1f} ms/MB ({t_norm / base:.0f}x)  "
            f"segment {t_seg / mbytes * 1e3:.1f} ms/MB ({t_seg / base:.0f}x)"
        )


if __name__ == "__main__":
    main()
