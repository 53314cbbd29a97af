"""Numbered questions and their answers, as spans into the body.

Styles handled:
- "Vraag 1" ... "Antwoord 1" (or an unnumbered "Antwoord"), also "Antwoord 2 en 3" for a
  joint answer;
- openkamer.org: "• Vraag 1", the question, then the answer as the following paragraph(s),
  with no "Antwoord" heading at all;
- a trailing section that is not part of the Q&A (a Woo nota "TER BESLISSING", a signature,
  footnotes, a web page's related links) ends the last answer.
A question cut off before its answer is dropped when the document has answers; in a
questions-only document every asked question counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from armswatch.record import Question

_NUMS = r"\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*"
_VRAAG = re.compile(r"^(?:[•·▪◦*–-]\s*)?Vra(?:ag|gen)\s+(?P<n>" + _NUMS + r")\s*[.:]?(?:\s+(?P<rest>\S.*))?$", re.S)
_ANTWOORD = re.compile(r"^(?:[•·▪◦*–-]\s*)?Antwoord(?:en)?(?!\s+(?:van|op vragen|schriftelijke)\b)(?:\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?(?P<n>" + _NUMS
                       + r"))?\s*[.:]?(?:\s+(?P<rest>\S.*))?$", re.S)
_STOP = re.compile(
    r"^(?:\W?\s*(?:TER BESLISSING|TER INFORMATIE|TER ADVISERING|TER ADVIES|TER KENNISNAME|TER ONDERTEKENING)\b"
    r"|NOTA\b|X?\s?Noot\b|Noten\b|Naar boven\b|Interessant voor\b|Lees ook\b|Gerelateerde\b|Bekijk ook\b"
    r"|Informatie die niet openbaar\b|(?:De|DE)\s+(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS)\b[^.]{0,120}$)")
_REFERS = re.compile(r"\b(?:zie|verwijs\w*|verwezen)\b[^.?!]{0,80}?\bantwoord(?:en)?\s+(?:op\s+|bij\s+)?(?:de\s+)?"
                     r"vra(?:ag|gen)\s+(?P<n>" + _NUMS + ")", re.I)


def numbers(text: str) -> list[int]:
    """'2 en 3' -> [2, 3]; '1 t/m 3' -> [1, 2, 3]; '4, 5' -> [4, 5]."""
    out: list[int] = []
    for m in re.finditer(r"(\d{1,3})(?:\s*(?:t/m|tot en met|-|–)\s*(\d{1,3}))?", text):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        out.extend(range(a, b + 1) if 0 <= b - a <= 50 else [a])
    return out


@dataclass
class _Item:
    nums: list[int]
    q: list[tuple[int, int]] = field(default_factory=list)  # spans of question parts
    a: list[tuple[int, int]] = field(default_factory=list)  # spans of answer parts


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in body.split("\n\n"):
        if part:
            spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def parse_questions(body: str, answers_expected: bool) -> list[Question]:
    spans = paragraph_spans(body)
    items: list[_Item] = []
    has_antwoord = any(_ANTWOORD.match(body[s:e]) for s, e in spans)
    openkamer = not has_antwoord and answers_expected
    cur: _Item | None = None
    in_answer = False
    for s, e in spans:
        p = body[s:e]
        vm = _VRAAG.match(p)
        am = None if vm else _ANTWOORD.match(p)
        if vm:
            cur = _Item(numbers(vm.group("n")))
            items.append(cur)
            in_answer = False
            if vm.group("rest"):
                cur.q.append((e - len(vm.group("rest")), e))
            continue
        if cur is None:
            continue
        if _STOP.match(p):
            cur = None
            continue
        if am:
            nums = numbers(am.group("n") or "")
            if nums and not set(nums) & set(cur.nums):
                target = next((it for it in items if set(nums) & set(it.nums)), None)
                if target is None:
                    cur = None
                    continue
                cur = target
            in_answer = True
            if am.group("rest"):
                cur.a.append((e - len(am.group("rest")), e))
            continue
        if in_answer:
            cur.a.append((s, e))
        elif openkamer and cur.q and _ends_question(body[cur.q[-1][0]:cur.q[-1][1]]):
            in_answer = True
            cur.a.append((s, e))
        else:
            cur.q.append((s, e))
    return _to_questions(body, items)


def _ends_question(text: str) -> bool:
    return re.search(r"\?[\d\s,]*$|\?[”’\"»)]*\d*$", text) is not None


def _to_questions(body: str, items: list[_Item]) -> list[Question]:
    answered_any = any(it.a for it in items)
    out: list[Question] = []
    seen: set[int] = set()
    for it in items:
        if not it.q or (answered_any and not it.a):
            continue
        qspan = (it.q[0][0], it.q[-1][1])
        aspan = (it.a[0][0], it.a[-1][1]) if it.a else None
        answer = body[aspan[0]:aspan[1]] if aspan else None
        refers = []
        if answer:
            for m in _REFERS.finditer(answer):
                refers += [n for n in numbers(m.group("n")) if n not in it.nums and n not in refers]
        for n in it.nums:
            if n in seen:
                continue
            seen.add(n)
            out.append(Question(number=n, question=body[qspan[0]:qspan[1]], answer=answer,
                                answer_refers_to=list(refers), question_span=qspan, answer_span=aspan))
    return out
