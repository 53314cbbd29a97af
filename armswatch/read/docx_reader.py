"""DOCX via python-docx, after checking the zip container (a DOCX is a zip: bound it first).

Body paragraphs and tables in document order go into the text, footnotes after them; headers
and footers (letterhead, page numbers) go to meta["header_footer"]; text boxes (where the
Rijksoverheid Word template puts its sidebar) go to meta["sidebar"].
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument
from armswatch.read.xml_reader import safe_parser

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_MEMBERS = 5000
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200  # compressed-to-uncompressed; real XML compresses ~10-30x, bombs ~1000x


def check_zip(path: Path) -> None:
    """Refuse zip bombs and non-DOCX zips before any XML is expanded."""
    if not zipfile.is_zipfile(path):
        raise InputError(
            f"{path}: not a DOCX file (not a zip archive; password-protected Word files are not supported)"
        )
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise InputError(f"{path}: corrupt DOCX ({e})") from None
    if len(infos) > MAX_MEMBERS:
        raise InputError(f"{path}: DOCX has too many parts ({len(infos)}, limit {MAX_MEMBERS})")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise InputError(
            f"{path}: DOCX expands to {total} bytes (limit {MAX_UNCOMPRESSED}); refusing a possible zip bomb"
        )
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InputError(
                f"{path}: DOCX part {i.filename[:80]!r} is compressed "
                f"{i.file_size // max(i.compress_size, 1)}:1; refusing a possible zip bomb"
            )
    if not any(i.filename == "word/document.xml" for i in infos):
        raise InputError(f"{path}: not a DOCX file (no word/document.xml)")


def _table_text(table) -> str:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            t = re.sub(r"\s*\n\s*", " / ", cell.text.strip())
            if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                cells.append(t)
        if cells:
            rows.append(" | ".join(cells))
    # a row is a unit of its own: a blank line keeps the normalise stage from joining rows
    return "\n\n".join(rows)


def _blocks(container) -> list[str]:
    from docx.table import Table

    out = []
    for item in container.iter_inner_content():
        text = _table_text(item) if isinstance(item, Table) else item.text.strip()
        if text.strip():
            out.append(text)
    return out


def _header_footer(doc) -> tuple[list[str], list[str]]:
    """(header/footer paragraphs, text boxes in headers): the Rijksoverheid Word template
    anchors its sidebar as a text box in the first-page header."""
    plain: list[str] = []
    boxes: list[str] = []
    for section in doc.sections:
        for part in (
            section.first_page_header,
            section.header,
            section.even_page_header,
            section.first_page_footer,
            section.footer,
            section.even_page_footer,
        ):
            try:
                if part.is_linked_to_previous:  # none of its own (or the previous section's)
                    continue
                found = (_blocks(part), _textboxes(part._element))
            except Exception:  # a header that python-docx cannot walk is not worth failing for
                continue
            for into, blocks in zip((plain, boxes), found):
                into.extend(b for b in blocks if b not in into)
    return plain, boxes


def _footnotes(path: Path) -> list[str]:
    """Footnote texts ("1 Kamerstuk 36 045, nr. 1.") from word/footnotes.xml, in order."""
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" not in z.namelist():
            return []
        data = z.read("word/footnotes.xml")
    root = etree.fromstring(data, safe_parser())
    ns = {"w": W_NS}
    notes: list[str] = []
    for note in root.iterfind("w:footnote", ns):
        if note.get(f"{{{W_NS}}}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(
            "".join(t.text or "" for t in p.iterfind(".//w:t", ns)).strip() for p in note.iterfind(".//w:p", ns)
        ).strip()
        if text:
            notes.append(f"{len(notes) + 1} {text}")
    return notes


def _textboxes(element) -> list[str]:
    """Paragraph texts inside text boxes; AlternateContent stores each box twice, keep one."""
    ns = {"w": W_NS}
    out: list[str] = []
    for box in element.iterfind(".//w:txbxContent", ns):
        paras = ["".join(t.text or "" for t in p.iterfind(".//w:t", ns)) for p in box.iterfind("./w:p", ns)]
        text = "\n".join(p.strip() for p in paras if p.strip())
        if text and text not in out:
            out.append(text)
    return out


def read_docx(path: Path) -> RawDocument:
    check_zip(path)
    import docx
    from docx.opc.exceptions import OpcError

    try:
        doc = docx.Document(str(path))
        body = _blocks(doc) + _footnotes(path)
        header_footer, header_boxes = _header_footer(doc)
        sidebar = _textboxes(doc.element.body) + header_boxes
        meta = _properties(doc.core_properties)
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, OSError) as e:
        raise InputError(
            f"{path}: corrupt DOCX ({str(e).splitlines()[0][:200] if str(e) else type(e).__name__})"
        ) from None
    except Exception as e:  # lxml XMLSyntaxError and friends: the XML inside is broken
        raise InputError(f"{path}: corrupt DOCX ({type(e).__name__})") from None
    meta.update({"header_footer": "\n".join(header_footer), "sidebar": "\n\n".join(sidebar)})
    return RawDocument(path=str(path), format="docx", text="\n\n".join(body), meta=meta)


def _properties(props) -> dict:
    """Title, author, subject and creation date the file states about itself."""
    meta: dict = {}
    for key in ("title", "author", "subject"):
        value = (getattr(props, key, None) or "").strip()
        if value:
            meta[f"docx_{key}"] = value[:500]
    if props.created:
        meta["docx_created"] = props.created.date().isoformat()
    return meta
