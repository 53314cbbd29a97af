"""Helpers for the extract tests: run the real extract stage on a synthetic body."""

from __future__ import annotations

from armswatch.extract import extract_facts
from armswatch.record import Question, Structure


def facts_of(body: str, structure: Structure | None = None, kind: str | None = None) -> list[dict]:
    facts = extract_facts(body, structure or Structure(type="kamerbrief"))
    for f in facts:
        assert body[f.span[0] : f.span[1]] == f.quote, "provenance: quote must be body[span]"
        assert 0 < len(f.quote) <= 600
    out = [f.to_dict() for f in facts]
    return [f for f in out if kind is None or f["kind"] == kind]


def keys(facts: list[dict]) -> set[tuple]:
    out = set()
    for f in facts:
        if f["kind"] == "weapon_use":
            out.add((f["actor"], f["weapon"]))
        elif f["kind"] == "treaty_status":
            out.add((f["state"], f["treaty"], f["party"]))
        elif f["kind"] == "aid":
            out.add((f["donor"], f["recipient"], f["status"]))
        elif f["kind"] == "figure":
            out.add((f["value"], f["unit"]))
    return out


def qa_structure(body: str, pairs: list[tuple[str, str]], type_: str = "antwoord_kamervragen") -> Structure:
    """A Structure whose questions carry spans into body, as the segment stage gives them."""
    qs = []
    for n, (q, a) in enumerate(pairs, 1):
        qs_start = body.index(q)
        an_start = body.index(a, qs_start)
        qs.append(
            Question(
                number=n,
                question=q,
                answer=a,
                question_span=(qs_start, qs_start + len(q)),
                answer_span=(an_start, an_start + len(a)),
            )
        )
    return Structure(type=type_, questions=qs)
