"""One reader per format. Each takes a Path and returns a RawDocument."""
from __future__ import annotations

from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument
from armswatch.read.html_reader import read_html
from armswatch.read.pdf_reader import read_pdf
from armswatch.read.xml_reader import read_xml


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding: BOMs first, then UTF-8, then a detector, then cp1252.

    Never raises: invalid bytes become U+FFFD.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, "replace")
    except Exception:  # the detector is a hint only
        pass
    return data.decode("cp1252", "replace")


def read_text(path: Path) -> RawDocument:
    text = decode_bytes(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    return RawDocument(path=str(path), format="md" if path.suffix.lower() in (".md", ".markdown") else "txt",
                       text=text)


def _not_yet(fmt: str):
    def reader(path: Path) -> RawDocument:
        raise InputError(f"{path}: reading {fmt} is not supported yet")
    return reader


READERS = {
    "txt": read_text,
    "md": read_text,
    "html": read_html,
    "xml": read_xml,
    "pdf": read_pdf,
    "docx": _not_yet("docx"),
}
