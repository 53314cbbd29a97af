"""Stage 1, read: any supported file in, plain text out.

``read_file(path)`` returns a :class:`RawDocument`: the text as the converter gave it
(lines kept, pages separated by form feeds), the format, and ``meta``: hints the container
itself states (HTML <meta>, the officielebekendmakingen XML fields) that later stages may
prefer over guessing from the text.

The text keeps line structure: paragraphs are separated by a blank line, pages by "\f";
``page_starts`` gives each page's offset. Wrapped lines and hyphenation are left for the
normalise stage. What ``meta`` may hold (a key is absent when the container is silent):

- every format: nothing required.
- pdf (footnotes at a page's foot are moved to the end of the text): ``pages``; ``sidebar`` (the Rijksoverheid right-hand column: ministry, address,
  "Ons kenmerk", "Datum", one string, lines kept); ``furniture`` (header/footer lines
  dropped); ``hidden_chars`` (text under black boxes, left out); ``pdf_title`` etc.; ``ocr``
  (pages read by Tesseract: ``pages``, ``mean_confidence``, ``engine``, ``dpi``, and
  ``skipped_pages``/``error`` when it could not run; see pdf_ocr).
- docx: ``header_footer`` (header and footer text); ``sidebar`` (text boxes); ``docx_title`` etc.
- html (officielebekendmakingen pages): ``chamber`` ("TK"/"EK"), ``dossier``, ``number``,
  ``doctype`` ("motie", "brief", ..., "antwoord_kamervragen"), ``dossier_title``, ``title``,
  ``date`` (ISO), ``submitters`` (list), ``recipient``, ``aanhangsel_number``, ``identifier``.
- xml (officielebekendmakingen): ``chamber``, ``doctype`` ("antwoord_kamervragen",
  "kamervragen", "motie", "brief", ..., "handelingen"), ``date`` (ISO), ``date_submitted``,
  ``subject``, ``questioners`` ([{"name", "party"}]), ``sender`` ({"name", "role"}),
  ``aanhangsel_number``; for kamerstukken ``dossier``, ``number``, ``dossier_title``, ``title``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.errors import InputError

# Bounds: government documents are small; anything far larger is a mistake or an attack.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = 20 * 1024 * 1024
# Text and markup are parsed whole in memory (an lxml tree is several times the file): refuse
# them sooner than PDFs and DOCX files, which are mostly images.
MAX_MARKUP_BYTES = 24 * 1024 * 1024

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass
class RawDocument:
    path: str
    format: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    # start offset in ``text`` of each page (PDF); one entry [0] for single-page formats
    page_starts: list[int] = field(default_factory=lambda: [0])
    # PDF: every page as read (pdf_reader.ReadPage), for splitting a Woo bundle into documents
    pdf_pages: list[Any] | None = field(default=None, repr=False, compare=False)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def looks_binary(text: str) -> bool:
    """True when a decoded 'text' is mostly control characters or replacement marks."""
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.05 * len(sample)


# A byte-order mark, and the same mark encoded twice ("ï»¿" saved as UTF-8 again), which
# some officielebekendmakingen XML and scraped pages carry before "<?xml"
_MARKS = (b"\xc3\xaf\xc2\xbb\xc2\xbf", b"\xef\xbb\xbf")


def strip_marks(data: bytes) -> bytes:
    """data without leading byte-order marks, single or doubly encoded (text after them kept)."""
    while True:
        mark = next((m for m in _MARKS if data.startswith(m)), None)
        if mark is None:
            return data
        data = data[len(mark) :]


def detect_format(path: Path, head: bytes = b"") -> str:
    """The reader for a file: by its extension, overruled by its first bytes when they are a
    PDF or zip signature (a PDF saved as .txt), or chosen by them when the name has no known
    extension (downloads named "document" or "download.aspx")."""
    declared = FORMATS.get(path.suffix.lower())
    sniffed = sniff_format(head)
    if sniffed in ("pdf", "docx") or (declared is None and sniffed):
        return sniffed
    if declared is None:
        raise InputError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(sorted(set(FORMATS.values())))}"
        )
    return declared


def sniff_format(head: bytes) -> str | None:
    """Format by content: PDF and zip signatures, or markup at the start of the file."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in head:
        return "docx"
    start = strip_marks(head).lstrip(b" \t\r\n")[:1024].lower()
    if start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<?xml") and b"<html" in start):
        return "html"
    if start.startswith(b"<?xml"):
        return "xml"
    return None


def _one_line(message: str, limit: int = 400) -> str:
    """Error messages are one line: file names and library messages may hold newlines."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def read_file(path: str | Path) -> RawDocument:
    """Read one file; raise :class:`InputError` with a one-line reason if it is bad."""
    try:
        return _read(Path(path))
    except InputError as e:
        raise InputError(_one_line(str(e))) from None


def _read(p: Path) -> RawDocument:
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if not p.is_file():
        raise InputError(f"{p}: not a regular file")
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{p}: file too large ({size} bytes, limit {MAX_FILE_BYTES})")
    try:
        with p.open("rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror or type(e).__name__})") from None
    fmt = detect_format(p, head)
    if size == 0:
        raise InputError(f"{p}: empty file")
    if fmt in ("txt", "md", "html", "xml") and size > MAX_MARKUP_BYTES:
        raise InputError(f"{p}: file too large for {fmt} ({size} bytes, limit {MAX_MARKUP_BYTES})")
    from armswatch.read import readers  # late import keeps heavy libraries off the CLI's start

    try:
        raw = readers.READERS[fmt](p)
    except InputError:
        raise
    except (MemoryError, RecursionError) as e:
        raise InputError(f"{p}: too complex to read ({type(e).__name__})") from None
    except Exception as e:  # a converter choking on a malformed file is bad input, not a crash
        raise InputError(_one_line(f"{p}: cannot read this {fmt} file ({type(e).__name__}: {e})")) from None
    if not raw.text.strip():
        raise InputError(f"{p}: no text found (empty, or a scan without a text layer)")
    if looks_binary(raw.text):
        if fmt == "pdf":
            raise InputError(f"{p}: unreadable text layer (fonts without a Unicode mapping)")
        raise InputError(f"{p}: not a text file (binary content)")
    if len(raw.text) > MAX_TEXT_CHARS:
        raise InputError(f"{p}: text too long ({len(raw.text)} characters, limit {MAX_TEXT_CHARS})")
    return raw
