"""PDF via PyMuPDF: the text layer page by page, furniture and sidebar handled by pdf_layout."""
from __future__ import annotations

import re
from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument
from armswatch.read.pdf_layout import Line, Page, lay_out

MAX_PAGES = 2000


def _first_line(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()
    return msg[0][:200] if msg else type(exc).__name__


def _page_lines(page) -> list[Line]:
    """Horizontal text lines of a page; vertical margin text (stamps, barcodes) is left out
    unless it is most of the page (a scan OCR'd sideways)."""
    flat: list[Line] = []
    turned: list[Line] = []
    for block in page.get_text("dict", flags=0)["blocks"]:
        if block.get("type") != 0:
            continue
        for ln in block["lines"]:
            spans = ln["spans"]
            text = "".join(s["text"] for s in spans)
            if not text.strip():
                continue
            x0, y0, x1, y1 = ln["bbox"]
            size = max((s["size"] for s in spans), default=10.0)
            dx, dy = ln.get("dir", (1.0, 0.0))
            (flat if dx > 0.9 and abs(dy) < 0.1 else turned).append(Line(x0, y0, x1, y1, text, size))
    return flat if len(flat) >= len(turned) else flat + turned


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


def read_pdf(path: Path) -> RawDocument:
    doc = _open(path)
    pages: list[Page] = []
    images = 0
    try:
        meta = dict(doc.metadata or {})
        for page in doc:
            rect = page.rect
            pages.append(Page(rect.width, rect.height, _page_lines(page)))
            images += len(page.get_images(full=False))
    except Exception as e:
        raise InputError(f"{path}: broken PDF ({_first_line(e)})") from None
    finally:
        doc.close()
    if not any(p.lines for p in pages):
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
    for key in ("title", "author", "subject", "creator", "producer"):
        if (meta.get(key) or "").strip():
            hints[f"pdf_{key}"] = meta[key].strip()[:500]
    if _pdf_date(meta.get("creationDate")):
        hints["pdf_created"] = _pdf_date(meta.get("creationDate"))
    return RawDocument(path=str(path), format="pdf", text=text, meta=hints, page_starts=starts)
