"""PDF via PyMuPDF: the text layer page by page, furniture and sidebar handled by pdf_layout."""

from __future__ import annotations

import re
from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument
from armswatch.read.pdf_covered import dark_boxes, span_text
from armswatch.read.pdf_layout import Line, Page, lay_out
from armswatch.read.pdf_ocr import DPI, LANGUAGE, OcrUnavailable, ocr_page, warn_once
from armswatch.read.pdf_text_quality import known_share, ocr_reason

MAX_PAGES = 2000


def _first_line(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()
    return msg[0][:200] if msg else type(exc).__name__


def _page_lines(page, flags: int) -> tuple[list[Line], int]:
    """Horizontal text lines of a page, and the number of characters hidden under black boxes.

    Vertical margin text (stamps, barcodes) is left out unless it is most of the page (a scan
    OCR'd sideways).
    """
    boxes = dark_boxes(page)
    flat: list[Line] = []
    turned: list[Line] = []
    hidden = 0
    for block in page.get_text("rawdict" if boxes else "dict", flags=flags)["blocks"]:
        if block.get("type") != 0:
            continue
        for ln in block["lines"]:
            spans = ln["spans"]
            if boxes:
                parts = [span_text(s, boxes) for s in spans]
                text = "".join(t for t, _ in parts)
                hidden += sum(n for _, n in parts)
            else:
                text = "".join(s["text"] for s in spans)
            if not text.strip():
                continue
            x0, y0, x1, y1 = ln["bbox"]
            # the type size most of the line's characters have (a wide space may be larger)
            size = max(
                spans,
                key=lambda s: len((s.get("text") or "".join(c["c"] for c in s.get("chars", []))).strip()),
                default={"size": 10.0},
            )["size"]
            dx, dy = ln.get("dir", (1.0, 0.0))
            (flat if dx > 0.9 and abs(dy) < 0.1 else turned).append(Line(x0, y0, x1, y1, text, size))
    return (flat if len(flat) >= len(turned) else flat + turned), hidden


def _pdf_date(value: str | None) -> str | None:
    """'D:20110301143422+01'00'' -> '2011-03-01'."""
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", value or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _open(path: Path):
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception:
        raise InputError(f"{path}: not a readable PDF (broken or truncated file)") from None
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise InputError(f"{path}: encrypted PDF (needs a password)")
    if doc.page_count == 0:
        doc.close()
        raise InputError(f"{path}: broken PDF (no pages)")
    if doc.page_count > MAX_PAGES:
        n = doc.page_count
        doc.close()
        raise InputError(f"{path}: too many pages ({n}, limit {MAX_PAGES})")
    return doc


class _Ocr:
    """Which pages were read by OCR, how sure Tesseract was, and why OCR could not run."""

    def __init__(self) -> None:
        self.pages: list[int] = []  # 1-based page numbers
        self.skipped: list[int] = []  # pages that needed OCR but did not get it
        self.words = 0
        self.conf_sum = 0.0
        self.error: str | None = None

    def read(self, page, lines: list[Line], reason: str) -> list[Line] | None:
        """OCR lines for a page that needs them, or None to keep what the text layer gave."""
        if self.error:
            self.skipped.append(page.number + 1)
            return None
        try:
            got = ocr_page(page)
        except OcrUnavailable as e:
            self.error = str(e)
            warn_once(self.error)
            self.skipped.append(page.number + 1)
            return None
        old = " ".join(ln.text for ln in lines)
        if reason == "garbled text" and known_share(" ".join(ln.text for ln in got.lines)) <= known_share(old):
            return None  # OCR read no more language than the layer holds: a table, not garbage
        self.pages.append(page.number + 1)
        if got.confidence is not None:
            self.words += got.words
            self.conf_sum += got.confidence * got.words
        return got.lines

    def hints(self) -> dict:
        out: dict = {"pages": self.pages, "engine": f"tesseract ({LANGUAGE})", "dpi": DPI}
        out["mean_confidence"] = round(self.conf_sum / self.words, 1) if self.words else None
        if self.skipped:
            out["skipped_pages"] = self.skipped
            out["error"] = self.error
        return out


def read_pdf(path: Path) -> RawDocument:
    doc = _open(path)
    import pymupdf

    # characters outside the page are not part of what a reader sees; ligatures are expanded
    flags = pymupdf.TEXT_MEDIABOX_CLIP
    pages: list[Page] = []
    images = hidden = 0
    ocr = _Ocr()
    try:
        meta = dict(doc.metadata or {})
        for page in doc:
            # text boxes come in the unrotated page's coordinates; so must the page size
            width, height = page.rect.width, page.rect.height
            if page.rotation % 180:
                width, height = height, width
            lines, covered = _page_lines(page, flags)
            reason = ocr_reason(page, "\n".join(ln.text for ln in lines))
            read = ocr.read(page, lines, reason) if reason else None
            if read is not None:  # OCR lines are in the page as displayed
                pages.append(Page(page.rect.width, page.rect.height, read))
            else:
                pages.append(Page(width, height, lines))
                hidden += covered
            images += len(page.get_images(full=False))
    except Exception as e:
        raise InputError(f"{path}: broken PDF ({_first_line(e)})") from None
    finally:
        doc.close()
    if not any(p.lines for p in pages):
        if ocr.error:
            raise InputError(f"{path}: no text layer (scanned PDF) and no OCR: {ocr.error}")
        if ocr.pages:
            raise InputError(f"{path}: no text layer, and OCR read no text on its {len(pages)} page(s)")
        if images:
            raise InputError(f"{path}: no text layer (scanned PDF without OCR)")
        raise InputError(f"{path}: no text found in the PDF")
    layout = lay_out(pages)
    text, starts = "", []
    for i, page_text in enumerate(layout.pages):
        if i:
            text += "\f"
        starts.append(len(text))
        text += page_text
    hints = {"pages": len(pages), "sidebar": layout.sidebar, "furniture": layout.furniture}
    if ocr.pages or ocr.skipped:
        hints["ocr"] = ocr.hints()
    if hidden:  # characters under black boxes, left out of the text (see pdf_covered)
        hints["hidden_chars"] = hidden
    for key in ("title", "author", "subject", "creator", "producer"):
        if (meta.get(key) or "").strip():
            hints[f"pdf_{key}"] = meta[key].strip()[:500]
    if _pdf_date(meta.get("creationDate")):
        hints["pdf_created"] = _pdf_date(meta.get("creationDate"))
    return RawDocument(path=str(path), format="pdf", text=text, meta=hints, page_starts=starts)
