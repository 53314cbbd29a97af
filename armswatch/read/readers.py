"""One reader per format. Each takes a Path and returns a RawDocument."""

from __future__ import annotations

from pathlib import Path

from armswatch.read import RawDocument, strip_marks
from armswatch.read.docx_reader import read_docx
from armswatch.read.html_reader import read_html
from armswatch.read.markdown import markdown_to_text
from armswatch.read.pdf_reader import read_pdf
from armswatch.read.xml_reader import read_xml


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (UTF-16 saved without a BOM)."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / max(len(head[1::2]), 1)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding: BOMs first, then UTF-8, then cp1252, then a detector.

    cp1252 comes before the detector because Dutch government text that is not UTF-8 is
    Windows-1252 in practice, and detectors misjudge short texts ("Oekraïne" -> Arabic).
    Never raises: invalid bytes become U+FFFD.
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xc3\xaf\xc2\xbb\xc2\xbf")):
        return strip_marks(data).decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
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
    if path.suffix.lower() in (".md", ".markdown"):
        return RawDocument(path=str(path), format="md", text=markdown_to_text(text))
    return RawDocument(path=str(path), format="txt", text=text)


READERS = {
    "txt": read_text,
    "md": read_text,
    "html": read_html,
    "xml": read_xml,
    "pdf": read_pdf,
    "docx": read_docx,
}
