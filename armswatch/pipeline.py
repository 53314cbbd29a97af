"""The whole pipeline for one file: read -> normalise -> segment -> extract."""

from __future__ import annotations

import hashlib
from pathlib import Path

from armswatch.bundle import split_bundle
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


def extract_records(path: str | Path) -> list[Record]:
    """The records of one file: one, or for a Woo bundle one per released document plus its
    decision (the pages before the first document), each document linked to the decision."""
    raw = read_file(path)
    parts = split_bundle(raw) if raw.format == "pdf" else None
    if not parts:
        return [build_record(raw)]
    decision: dict | None = None
    out: list[Record] = []
    for part in parts:
        if not part.raw.text.strip():
            continue  # every line blacked out: nothing to read or to cite
        record = build_record(part.raw)
        record.bundle = {"file": raw.path, "role": part.role, "pages": part.pages}
        if part.role == "decision":
            decision = {"id": record.id, "reference": record.structure.reference, "date": record.structure.date}
            decision["pages"] = part.pages
            record.bundle["documents"] = [p.number for p in parts if p.role == "document"]
        else:
            record.bundle.update(
                number=part.number,
                inventory=part.inventory.to_dict() if part.inventory else None,
                passages=part.passages,
                decision=decision,
            )
        out.append(record)
    return out
