"""Benchmark: seconds per OCR'd page. Run on demand:

    PYTHONPATH=$PWD python bench/ocr_page.py [pages]

Typesets a letter of N pages, scans it to an image-only PDF (200 dpi, skew, noise; see
tests/scan_support.py), reads it with ``read_file`` and prints seconds per page next to two
baselines measured in the same run: rendering each page to the image Tesseract gets (the least
work any OCR of the page needs) and Tesseract alone on those images (the engine without our
layout). Asserts nothing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from scan_support import scan, typeset  # noqa: E402

from armswatch.read import read_file  # noqa: E402
from armswatch.read.pdf_ocr import LANGUAGE, _quiet_env, engine, ocr_dpi  # noqa: E402

SENTENCE = (
    "Het kabinet heeft besloten om aanvullende militaire steun te leveren aan Oekraïne; de levering "
    "is getoetst aan de criteria van het Gemeenschappelijk Standpunt en wordt in 2024 afgerond."
)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(pages: int = 3) -> None:
    dpi = ocr_dpi()
    lines = [
        f"Datum {1 + n % 28} maart 2024" if n % 12 == 0 else SENTENCE for n in range(16 * pages)
    ]  # ~16 wrapped sentences fill a page
    binary, args = engine()
    with tempfile.TemporaryDirectory() as tmp:
        text, scanned = Path(tmp) / "brief.pdf", Path(tmp) / "scan.pdf"
        typeset(text, lines)
        scan(text, scanned)
        n = pymupdf.open(scanned).page_count
        images: list[bytes] = []
        render = timed(
            lambda: images.extend(
                p.get_pixmap(dpi=dpi, colorspace="gray").tobytes("pgm") for p in pymupdf.open(scanned)
            )
        )
        cmd = [binary, *args, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "tsv"]
        tess = timed(lambda: [subprocess.run(cmd, input=png, capture_output=True, env=_quiet_env()) for png in images])
        ours = timed(lambda: read_file(scanned))
    print(
        f"read_file on a scan: {ours / n:.2f} s/page over {n} pages at {dpi} dpi; "
        f"baselines: rendering alone {render / n:.2f} s/page, tesseract alone {tess / n:.2f} s/page "
        f"(ours = {ours / max(tess, 1e-9):.2f} x tesseract alone)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
