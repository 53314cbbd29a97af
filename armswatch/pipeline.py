"""The whole pipeline for one file: read -> normalise -> segment -> extract."""

from __future__ import annotations

import hashlib
from pathlib import Path

from armswatch.extract import extract_facts
from armswatch.normalise import normalise
from armswatch.read import RawDocument, read_file
from armswatch.record import Record
from armswatch.segment import segment


def document_id(body: str) -> str:
    """A document's id is the sha256 of its normalised text: same content, same id."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def build_record(raw: RawDocument) -> Record:
    norm = normalise(raw)
    structure = segment(norm, raw)
    facts = extract_facts(norm.body, structure)
    for f in facts:
        f.check(norm.body)
    return Record(
        id=document_id(norm.body),
        source={"path": raw.path, "format": raw.format},
        structure=structure,
        body=norm.body,
        facts=facts,
        ocr=raw.meta.get("ocr"),
    )


def extract_file(path: str | Path) -> Record:
    return build_record(read_file(path))
