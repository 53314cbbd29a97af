"""The document record of the contract (shared/spec/CONTRACT.md) as plain dataclasses.

Every stage fills part of a :class:`Record`; ``Record.to_dict`` gives the exact JSON shape
that ``armswatch extract --json`` prints and that the store keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOC_TYPES = ("kamerbrief", "antwoord_kamervragen", "kamervragen", "nota", "verslag", "motie", "other")
FACT_KINDS = ("weapon_use", "treaty_status", "aid", "figure")


@dataclass
class Question:
    number: int
    question: str
    answer: str | None = None
    answer_refers_to: list[int] = field(default_factory=list)
    # character spans into the body; facts use them to tell a questioner's premise
    # (inside question_span) from the government's answer (inside answer_span)
    question_span: tuple[int, int] | None = None
    answer_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "question": self.question,
            "answer": self.answer,
            "answer_refers_to": list(self.answer_refers_to),
            "question_span": list(self.question_span) if self.question_span else None,
            "answer_span": list(self.answer_span) if self.answer_span else None,
        }


@dataclass
class Structure:
    """What segmenting a document tells about it (everything but body and facts)."""

    type: str = "other"
    chamber: str | None = None
    date: str | None = None
    subject: str | None = None
    reference: str | None = None
    kamerstuk: dict[str, str | None] = field(default_factory=lambda: {"dossier": None, "number": None})
    sender: dict[str, str | None] = field(default_factory=lambda: {"name": None, "role": None})
    co_senders: list[str] = field(default_factory=list)
    addressee: str | None = None
    questioners: list[dict[str, str | None]] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    redactions: list[dict[str, str | None]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "chamber": self.chamber,
            "date": self.date,
            "subject": self.subject,
            "reference": self.reference,
            "kamerstuk": dict(self.kamerstuk),
            "sender": dict(self.sender),
            "co_senders": list(self.co_senders),
            "addressee": self.addressee,
            "questioners": [dict(q) for q in self.questioners],
            "questions": [q.to_dict() for q in self.questions],
            "redactions": [dict(r) for r in self.redactions],
        }


@dataclass
class Fact:
    """One extracted fact: its kind, its kind's fields, and where in the body it rests.

    ``quote == body[span[0]:span[1]]`` always holds; :func:`Fact.check` asserts it.
    """

    kind: str
    span: tuple[int, int]
    quote: str
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.fields, "quote": self.quote, "span": [self.span[0], self.span[1]]}

    def check(self, body: str) -> None:
        if body[self.span[0] : self.span[1]] != self.quote:
            raise AssertionError(f"fact quote does not match body span {self.span}")


@dataclass
class Record:
    id: str
    source: dict[str, str]
    structure: Structure
    body: str
    facts: list[Fact] = field(default_factory=list)
    # beyond the contract: pages read by OCR {"pages": [1-based], "mean_confidence": 0-100,
    # "page_confidence": [per page], "engine", "dpi", and "skipped_pages"/"error" when Tesseract was missing}; None if no OCR
    ocr: dict[str, Any] | None = None
    # beyond the contract: the document's place in a Woo bundle (armswatch.bundle); None if the
    # file is one document. {"file", "role": "document"|"decision", "pages", "number", "inventory",
    # "passages": [{"page", "woo_article", "ground", "box"}], "decision": {"id", "reference", "date", "pages"}}
    bundle: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "source": dict(self.source)}
        out.update(self.structure.to_dict())
        out["body"] = self.body
        out["facts"] = [f.to_dict() for f in self.facts]
        out["ocr"] = self.ocr
        out["bundle"] = self.bundle
        return out
