"""Uploading one document: bounded in size and type, then read and stored like an ingest.

The bytes are untrusted: the name is reduced to a safe basename, the extension must be one the
readers take, the first bytes must fit that format, and the size is capped while reading.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from armswatch.errors import ArmswatchError, InputError
from armswatch.store import Store

MAX_UPLOAD = 20 * 1024 * 1024
# extension -> a test on the first bytes that the content can be that format
_ZIP = b"PK\x03\x04"
ALLOWED = {"txt": "text", "md": "text", "html": "text", "htm": "text", "xml": "text", "pdf": "pdf", "docx": "docx"}


class TooLarge(InputError):
    """The upload is over the size limit."""


def safe_name(filename: str | None) -> str:
    base = re.split(r"[\\/]", filename or "")[-1]
    base = re.sub(r"[^\w.\-]+", "_", base, flags=re.ASCII).strip("._") or "upload"
    return base[-100:]


def check_type(name: str, head: bytes) -> str:
    """The file's extension when it is allowed and its first bytes fit it; else InputError."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = ALLOWED.get(ext)
    if kind is None:
        raise InputError(f"unsupported file type {ext or '(none)'!r}: upload one of " + ", ".join(sorted(ALLOWED)))
    ok = {
        "pdf": head.startswith(b"%PDF-"),
        "docx": head.startswith(_ZIP),
        "text": b"\x00" not in head and not head.startswith((b"%PDF-", _ZIP)),
    }[kind]
    if not ok:
        raise InputError(f"the file's content is not {ext}")
    return ext


def save_bounded(src: BinaryIO, dest: Path, limit: int) -> int:
    """Copy at most ``limit`` bytes; TooLarge (and nothing left behind) when there are more."""
    size = 0
    with dest.open("wb") as out:
        while chunk := src.read(256 * 1024):
            size += len(chunk)
            if size > limit:
                out.close()
                dest.unlink(missing_ok=True)
                raise TooLarge(f"the file is larger than {limit // (1024 * 1024)} MB")
            out.write(chunk)
    if size == 0:
        dest.unlink(missing_ok=True)
        raise InputError("the file is empty")
    return size


def ingest_upload(store: Store, src: BinaryIO, filename: str | None, limit: int = MAX_UPLOAD) -> dict[str, Any]:
    """Read, extract and store one uploaded file; returns a short summary of the stored record
    (of the first one, and the list of all, when the file is a Woo bundle of many documents)."""
    from armswatch.pipeline import extract_records

    name = safe_name(filename)
    check_type(name, src.read(8))
    src.seek(0)
    with tempfile.TemporaryDirectory(prefix="armswatch-upload-") as tmp:
        path = Path(tmp) / name
        save_bounded(src, path, limit)
        try:
            records = extract_records(path)
        except ArmswatchError:
            raise
        except Exception as e:  # a reader choking on a malformed file: bad input, not a crash
            raise InputError(f"{name}: cannot read ({type(e).__name__})") from None
    for record in records:
        record.source["path"] = f"upload:{name}"  # the temp path means nothing once it is gone
        if record.bundle:
            record.bundle["file"] = record.source["path"]
    new = store.add_many(records) > 0
    record = records[0]
    s = record.structure
    out = {
        "id": record.id,
        "new": new,
        "type": s.type,
        "date": s.date,
        "subject": s.subject,
        "facts": len(record.facts),
    }
    if len(records) > 1:  # a Woo bundle: extract_records gave every record its place in it
        out["documents"] = [
            {"id": r.id, **{k: (r.bundle or {}).get(k) for k in ("role", "number", "pages")}} for r in records
        ]
    return out
