"""PDF via PyMuPDF: the text layer page by page, furniture and sidebar handled by pdf_layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument
from armswatch.read.pdf_covered import dark_boxes, span_text
from armswatch.read.pdf_layout import Line, Page, lay_out
from armswatch.read.pdf_ocr import LANGUAGE, OcrPageFailed, OcrUnavailable, ocr_dpi, ocr_page, warn_once
from armswatch.read.pdf_text_quality import known_share, ocr_reason

MAX_PAGES = 2000


def _first_line(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()
    return msg[0][:200] if msg else type(exc).__name__


def _page_lines(page, flags: int) -> tuple[list[Line], int, list[tuple[float, float, float, float]]]:
    """Horizontal text lines of a page, the number of characters hidden under black boxes, and the boxes.

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
    return (flat if len(flat) >= len(turned) else flat + turned), hidden, boxes


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


@dataclass
class ReadPage:
    """One page as read: its lines (text layer or OCR), and what a later stage may ask of it."""

    number: int  # 1-based
    page: Page
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # dark boxes (pdf_covered)
    hidden: int = 0  # characters under those boxes
    images: int = 0
    ocr: bool = False  # lines read by Tesseract
    confidence: float | None = None  # mean word confidence of the OCR
    words: int = 0  # words the OCR read
    ocr_error: str | None = None  # the page needed OCR and did not get it: why


STAMP_GAIN = 50  # characters OCR must read beyond twice the text layer to replace a stamp-only layer


class _Ocr:
    """OCR for the pages that need it; after the first failure the rest of the file is skipped."""

    def __init__(self) -> None:
        self.error: str | None = None

    def read(self, page, read: ReadPage, reason: str) -> None:
        """Replace ``read``'s lines by OCR lines when OCR reads the page better."""
        from pymupdf import Rect

        if not self.error:
            try:
                got = ocr_page(page)
            except OcrUnavailable as e:
                self.error = str(e)
                warn_once(self.error)
            except OcrPageFailed as e:  # this page only
                read.ocr_error = str(e)
                warn_once(f"{page.parent.name}: {e}", "that page is skipped")
                return
        if self.error:
            read.ocr_error = self.error
            return
        old = " ".join(ln.text for ln in read.page.lines)
        new = " ".join(ln.text for ln in got.lines)
        if reason == "garbled text" and known_share(new) <= known_share(old):
            return  # OCR read no more language than the layer holds: a table, not garbage
        if reason == "scan with a stamp" and len(new) < 2 * len(old) + STAMP_GAIN:
            return  # the picture holds no more text than the layer: a photo or a letterhead image
        # OCR lines are in the page as displayed; the boxes (unrotated, like a text layer's) follow them
        read.page = Page(page.rect.width, page.rect.height, got.lines)
        read.boxes = [tuple(Rect(b) * page.rotation_matrix) for b in read.boxes]
        read.ocr, read.confidence, read.words = True, got.confidence, got.words
        read.hidden = 0  # the scan shows the boxes, not what is under them


def ocr_hints(pages: list[ReadPage]) -> dict | None:
    """The record's "ocr": OCRed pages, mean word confidence, skipped pages; None if no page needed OCR."""
    done = [p for p in pages if p.ocr]
    skipped = [p for p in pages if p.ocr_error]
    if not done and not skipped:
        return None
    words = sum(p.words for p in done if p.confidence is not None)
    mean = sum(p.confidence * p.words for p in done if p.confidence is not None) / words if words else None
    out: dict = {"pages": [p.number for p in done], "mean_confidence": None if mean is None else round(mean, 1)}
    out["page_confidence"] = [p.confidence for p in done]  # per OCRed page, in the order of "pages"
    out.update(engine=f"tesseract ({LANGUAGE})", dpi=ocr_dpi())
    if skipped:
        out["skipped_pages"] = [p.number for p in skipped]
        out["error"] = skipped[0].ocr_error
    return out


def read_pages(path: Path) -> tuple[list[ReadPage], dict]:
    """Every page of a PDF as read (OCR where needed), and the PDF's metadata."""
    doc = _open(path)
    import pymupdf

    # characters outside the page are not part of what a reader sees; ligatures are expanded
    flags = pymupdf.TEXT_MEDIABOX_CLIP
    pages: list[ReadPage] = []
    ocr = _Ocr()
    try:
        meta = dict(doc.metadata or {})
        for page in doc:
            # text boxes come in the unrotated page's coordinates; so must the page size
            width, height = page.rect.width, page.rect.height
            if page.rotation % 180:
                width, height = height, width
            lines, covered, boxes = _page_lines(page, flags)
            read = ReadPage(page.number + 1, Page(width, height, lines), boxes, covered)
            read.images = len(page.get_images(full=False))
            reason = ocr_reason(page, "\n".join(ln.text for ln in lines))
            if reason:
                ocr.read(page, read, reason)
            pages.append(read)
    except Exception as e:
        raise InputError(f"{path}: broken PDF ({_first_line(e)})") from None
    finally:
        doc.close()
    return pages, meta


def read_pdf(path: Path) -> RawDocument:
    pages, meta = read_pages(path)
    raw = raw_from_pages(path, pages, meta)
    raw.pdf_pages = pages
    return raw


def raw_from_pages(path: Path | str, pages: list[ReadPage], meta: dict) -> RawDocument:
    """The RawDocument of some pages of a PDF (all of them, or one document of a bundle)."""
    if not any(p.page.lines for p in pages):
        skipped = next((p.ocr_error for p in pages if p.ocr_error), None)
        if skipped:
            raise InputError(f"{path}: no text layer (scanned PDF) and no OCR: {skipped}")
        if any(p.ocr for p in pages):
            raise InputError(f"{path}: no text layer, and OCR read no text on its {len(pages)} page(s)")
        if any(p.images for p in pages):
            raise InputError(f"{path}: no text layer (scanned PDF without OCR)")
        raise InputError(f"{path}: no text found in the PDF")
    layout = lay_out([p.page for p in pages])
    text, starts = "", []
    for i, page_text in enumerate(layout.pages):
        if i:
            text += "\f"
        starts.append(len(text))
        text += page_text
    hints = {"pages": len(pages), "sidebar": layout.sidebar, "furniture": layout.furniture}
    ocr = ocr_hints(pages)
    if ocr:
        hints["ocr"] = ocr
    hidden = sum(p.hidden for p in pages)
    if hidden:  # characters under black boxes, left out of the text (see pdf_covered)
        hints["hidden_chars"] = hidden
    for key in ("title", "author", "subject", "creator", "producer"):
        if (meta.get(key) or "").strip():
            hints[f"pdf_{key}"] = meta[key].strip()[:500]
    if _pdf_date(meta.get("creationDate")):
        hints["pdf_created"] = _pdf_date(meta.get("creationDate"))
    return RawDocument(path=str(path), format="pdf", text=text, meta=hints, page_starts=starts)
