"""Benchmark: the read stage on PDFs (goal: <= 50 ms a page). Run on demand:

    PYTHONPATH=$PWD python bench/bench_read.py [pages]

Generates a letter of N pages (sidebar, footer, two paragraphs a page) with PyMuPDF, reads it
with ``read_file`` and prints milliseconds per page, next to the time PyMuPDF alone needs to
extract the same pages (so the figure means something on any machine). Also reads the dev
corpus PDFs when ../shared is present. Asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pymupdf

from armswatch.read import read_file

PARAGRAPH = (
    "Het kabinet heeft besloten om aanvullende militaire steun te leveren aan Oekraïne. "
    "De levering is getoetst aan de criteria van het Gemeenschappelijk Standpunt. "
) * 6


def make_pdf(path: Path, pages: int) -> None:
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(
            pymupdf.Rect(80, 120, 440, 760), PARAGRAPH + "\n\n" + PARAGRAPH, fontsize=10, fontname="helv"
        )
        page.insert_textbox(
            pymupdf.Rect(468, 120, 580, 300),
            f"Ministerie van Defensie\n\nOns kenmerk\nBS2022{n:06d}",
            fontsize=7,
            fontname="helv",
        )
        page.insert_textbox(pymupdf.Rect(468, 800, 580, 815), f"Pagina {n} van {pages}", fontsize=7, fontname="helv")
    doc.save(path)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(pages: int = 50) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "brief.pdf"
        make_pdf(path, pages)
        read_file(path)  # warm up imports
        ours = timed(lambda: read_file(path))
        bare = timed(lambda: [p.get_text("dict") for p in pymupdf.open(path)])
    per_page = ours / pages * 1e3
    print(
        f"read_file: {per_page:.1f} ms/page over {pages} pages "
        f"({'within' if per_page <= 50 else 'OVER'} the 50 ms goal); "
        f"PyMuPDF alone {bare / pages * 1e3:.1f} ms/page"
    )
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
    for pdf in sorted(corpus.glob("f_*.pdf")):
        raw = read_file(pdf)
        print(f"{pdf.name}: {timed(lambda pdf=pdf: read_file(pdf)) * 1e3:.0f} ms, {raw.meta['pages']} pages")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
