"""Stage 1, read: any supported file in, plain text out.

``read_file(path)`` returns a :class:`RawDocument`: the text as the converter gave it
(lines kept, pages separated by form feeds), the format, and ``meta``: hints the container
itself states (HTML <meta>, the officielebekendmakingen XML fields) that later stages may
prefer over guessing from the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.errors import InputError

# Bounds: government documents are small; anything far larger is a mistake or an attack.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = 20 * 1024 * 1024

FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "xml", ".pdf": "pdf", ".docx": "docx",
}


@dataclass
class RawDocument:
    path: str
    format: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    # start offset in ``text`` of each page (PDF); one entry [0] for single-page formats
    page_starts: list[int] = field(default_factory=lambda: [0])


def detect_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
                         f"expected one of {', '.join(sorted(set(FORMATS.values())))}")
    return fmt


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
    fmt = detect_format(p)
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{p}: empty file")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{p}: file too large ({size} bytes, limit {MAX_FILE_BYTES})")
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
    if len(raw.text) > MAX_TEXT_CHARS:
        raise InputError(f"{p}: text too long ({len(raw.text)} characters, limit {MAX_TEXT_CHARS})")
    return raw
