"""OCR of a PDF page with Tesseract (Dutch model): the page rendered, its words as text lines.

Why the tesseract binary and not PyMuPDF's ``get_textpage_ocr``: its TSV output gives each
word's box and confidence, so the record can say how sure the reading is, and the lines go
through the same layout rules (sidebar, furniture, footnotes) as a text layer's.

Which binary and model: ``ARMSWATCH_TESSERACT`` (default ``tesseract`` on PATH) and
``ARMSWATCH_TESSDATA`` (a tessdata folder; default the binary's own, or ``TESSDATA_PREFIX``).
Without either the reader goes on without OCR and says so once on stderr.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from statistics import median

from armswatch.read.pdf_geometry import Line

LANGUAGE = "nld"
# Pages are rendered at 200 dpi: body text then has capitals ~20 px high, which Tesseract reads
# well, and rendering down from a 300 dpi scan averages away its speckle (at 300 dpi speckle
# breaks Tesseract's line finding: bench/ocr_dev_corpus.py read half the dates wrong) in a
# quarter of the time. ARMSWATCH_OCR_DPI overrides it.
DPI = 200
TIMEOUT = 120  # seconds per page; a page that takes longer is skipped, not waited for


def ocr_dpi() -> int:
    try:
        return max(72, min(600, int(os.environ.get("ARMSWATCH_OCR_DPI") or DPI)))
    except ValueError:
        return DPI


class OcrUnavailable(Exception):
    """Tesseract or its Dutch model is missing; the message says which, on one line."""


class OcrPageFailed(Exception):
    """Tesseract failed on one page (timed out, crashed); the other pages are still tried."""


@dataclass
class OcrPage:
    lines: list[Line]
    confidence: float | None  # mean word confidence 0-100, None when no word was read
    words: int


def engine() -> tuple[str, list[str]]:
    """(binary, extra arguments) of a Tesseract that has the Dutch model; OcrUnavailable if none."""
    return _engine(os.environ.get("ARMSWATCH_TESSERACT") or "tesseract", os.environ.get("ARMSWATCH_TESSDATA") or "")


@cache
def _engine(name: str, tessdata: str) -> tuple[str, list[str]]:
    binary = shutil.which(name)
    if binary is None:
        raise OcrUnavailable(f"tesseract not found ({name}); install tesseract-ocr and tesseract-ocr-nld")
    args = ["--tessdata-dir", tessdata] if tessdata else []
    try:
        out = subprocess.run(
            [binary, *args, "--list-langs"], capture_output=True, text=True, timeout=30, env=_quiet_env()
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        raise OcrUnavailable(f"tesseract cannot run ({binary}: {type(e).__name__})") from None
    if LANGUAGE not in out.stdout.split():
        where = tessdata or "its tessdata folder"
        raise OcrUnavailable(f"tesseract has no Dutch model ({LANGUAGE}) in {where}; install tesseract-ocr-nld")
    return binary, args


def _quiet_env() -> dict[str, str]:
    # one thread per Tesseract: ingest already runs a reader per core
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


_warned: set[str] = set()


def warn_once(message: str, then: str = "pages without a text layer are skipped") -> None:
    """One line on stderr per distinct problem (a folder of scans gives one line). An ingest
    worker stays quiet: the ingest says it once, from the records (``ocr.error``)."""
    if multiprocessing.parent_process() is not None:
        return
    if message not in _warned:
        _warned.add(message)
        sys.stderr.write(f"armswatch: {message}; {then}\n")


def ocr_page(page, dpi: int | None = None) -> OcrPage:
    """Read one PyMuPDF page by OCR: lines in points, in the page as displayed (``page.rect``),
    so a scan saved sideways with a /Rotate is read upright."""
    binary, args = engine()
    dpi = dpi or ocr_dpi()
    pix = page.get_pixmap(dpi=dpi, colorspace="gray")
    image = pix.tobytes("pgm")  # uncompressed: encoding a PNG of a noisy scan costs a second
    try:
        out = subprocess.run(
            [binary, *args, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "tsv"],
            input=image,
            capture_output=True,
            timeout=TIMEOUT,
            env=_quiet_env(),
        )
    except subprocess.TimeoutExpired:
        raise OcrPageFailed(f"tesseract took longer than {TIMEOUT} s on a page") from None
    except OSError as e:
        raise OcrUnavailable(f"tesseract cannot run ({e.strerror})") from None
    if out.returncode != 0:
        last = (out.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise OcrPageFailed(f"tesseract failed on a page ({last[:200]})")
    return lines_from_tsv(out.stdout.decode("utf-8", "replace"), 72 / dpi)


def lines_from_tsv(tsv: str, scale: float) -> OcrPage:
    """Tesseract's TSV (one row per word, grouped by block, paragraph and line) -> text lines.

    ``scale`` turns pixels into points. A line's size is its words' median height: the
    x-height-to-descender box of a word is close to the type size in points.
    """
    grouped: dict[tuple[str, str, str], list[tuple[float, float, float, float, str]]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            left, top, width, height, conf = (float(c) for c in cols[6:11])
        except ValueError:
            continue
        if conf >= 0:
            confidences.append(conf)
        box = (left * scale, top * scale, (left + width) * scale, (top + height) * scale, cols[11].strip())
        grouped.setdefault((cols[2], cols[3], cols[4]), []).append(box)
    lines = []
    for words in grouped.values():
        words.sort(key=lambda w: w[0])
        lines.append(
            Line(
                min(w[0] for w in words),
                min(w[1] for w in words),
                max(w[2] for w in words),
                max(w[3] for w in words),
                " ".join(w[4] for w in words),
                round(median(w[3] - w[1] for w in words), 1),
            )
        )
    lines.sort(key=lambda ln: (ln.y0, ln.x0))
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrPage(lines, mean, len(confidences))
