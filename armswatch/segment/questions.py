"""Numbered questions and their answers, as spans into the body.

Styles handled:
- "Vraag 1" ... "Antwoord 1" (or an unnumbered "Antwoord"), also "Antwoord 2 en 3" for a
  joint answer;
- openkamer.org: "• Vraag 1", the question, then the answer as the following paragraph(s),
  with no "Antwoord" heading at all;
- "Vraag:" without a number (numbered by its place); a number alone ("1", "2.") in older
  Aanhangsel layouts, in sequence only, followed by its question and an "Antwoord" heading
  or (with "ontvangen" in the head) the answer paragraph itself;
- "1. question?" paragraphs with the answer after each (an "Antwoord" heading left out), and
  "1 question?" rows of a committee's list of questions;
- "Antwoord van minister X (ontvangen ...)" between questions and answers belongs to neither;
- an "Antwoord" without a number answers every question asked since the last answer;
- a site's list of questions without numbers, one per paragraph (parse_unnumbered), and
  written questions printed without numbers below their heading (questions_below_heading);
- a trailing section that is not part of the Q&A (a Woo nota "TER BESLISSING", a signature,
  footnotes, a web page's related links) ends the last answer.
A question cut off before its answer is dropped when the document has answers; in a
questions-only document every asked question counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from armswatch.normalise.text import ENDS_QUESTION
from armswatch.record import Question

_NUMS = r"\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*"
_VRAAG = re.compile(
    r"^(?:[•·▪◦*–-]\s*)?(?:Vraag|Vragen|vraag|vragen|VRAAG)\s*(?:nr\.?\s*)?(?P<n>"
    + _NUMS
    + r")\s*[.:]?(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
# "Vraag:" / "Vraag" without a number (numbered by its place); "Vragen van ..." is a title
_VRAAG_BARE = re.compile(r"^(?:[•·▪◦*–-]\s*)?(?:Vraag|VRAAG)\s*(?:[.:]\s*(?P<rest>\S.*)?)?$", re.S)
# a question number alone on its line ("1", "2.") in Aanhangsel and older layouts
# "1", "2.", "3)", a party site's "4.)", a monitor's bullet "• 1."
_BARE_NUMBER = re.compile(r"^(?:[•·▪◦]\s*)?(?P<n>\d{1,3})(?:[.)]|\.\))?$")
_BARE_GROUP = re.compile(r"^(?P<n>\d{1,3}(?:\s*(?:,|en|and)\s*\d{1,3})+)$")
# the number before the heading, as ministries' releases of about 2000 print it: "1. Vraag",
# "1, 2 en 3. Antwoorden", "4. Antwoord"
_NUM_VRAAG = re.compile(r"^(?P<n>" + _NUMS + r")\.?\s*(?:Vraag|VRAAG)\s*[.:]?(?:\s+(?P<rest>\S.*))?$", re.S)
_NUM_ANTWOORD = re.compile(
    r"^(?P<n>" + _NUMS + r")\.?\s*(?:Antwoord|ANTWOORD)(?:en|EN)?(?!\s+(?:van|op vragen|schriftelijke)\b)"
    r"\s*(?P<sep>[.:])?(?:\s+(?P<rest>\S.*))?$",
    re.S,
)
# lines that describe the answers rather than belong to one: "Antwoord van minister X
# (ontvangen ...)", the Eerste Kamer's "Mededeling" that answers are late
_ASIDE = re.compile(
    r"^(?:Antwoord(?:en)?|Mededeling|Nadere antwoorden?)\s+van\s+(?:de\s+|het\s+)?"
    r"(?:minister|staatssecretaris|regering|kabinet|Minister|Staatssecretaris)\b[^\n]{0,400}$"
)
_ANTWOORD = re.compile(
    r"^(?:[•·▪◦*–-]\s*)?(?:Antwoord|antwoord|ANTWOORD)(?:en)?(?!\s+(?:van|op vragen(?!\s*\d)|schriftelijke)\b)"
    # ("Antwoord op 2 en 3": the numbers without "vraag")
    r"(?:\s*(?:op\s+)?(?:(?:de\s+)?vra(?:ag|gen)\s*)?(?:nr\.?\s*)?(?P<n>" + _NUMS + r"))?"
    r"\s*(?P<sep>[.:])?(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
# "1. Wanneer ...?" in older answers without "Vraag" headings; "1 Kunt u ...?" in the numbered
# rows of a committee's "Lijst van vragen" (a number, a space and a capital)
# (a site may set each numbered question as a bullet: "• 1. Kan voor de jaren ...?")
# (or the space lost after the number's stop: "3.Herinnert u zich ...?")
_NUMBERED_FORM = r"^(?:[•·▪◦]\s*)?(?P<n>\d{1,3})(?:[.)]\s+|\s+(?=FIRST)|\.(?=[A-ZÀ-Ý][a-z]))(?P<rest>\S.*)$"
_NUMBERED = re.compile(_NUMBERED_FORM.replace("FIRST", "[A-ZÀ-Ý]"), re.S)
# (a release typed all in lower case: "1 herinnert u zich ...?")
_NUMBERED_ANY_CASE = re.compile(_NUMBERED_FORM.replace("FIRST", "[a-zà-ýA-ZÀ-Ý]"), re.S)
_STOP = re.compile(
    r"^(?:\W?\s*(?:TER BESLISSING|TER INFORMATIE|TER ADVISERING|TER ADVIES|TER KENNISNAME|TER ONDERTEKENING)\b"
    r"|NOTA\b|X?\s?Noot\b|Noten\b|Naar boven\b|Interessant voor\b|Lees ook\b|Gerelateerde\b|Bekijk ook\b"
    r"|Informatie die niet openbaar\b|(?:De|DE)\s+(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS)\b[^.]{0,120}$)"
)
_REFERS = re.compile(
    r"\b(?:zie|verwijs\w*|verwezen)\b[^.?!]{0,80}?\bantwoord(?:en)?\s+(?:op\s+|bij\s+)?(?:de\s+)?"
    r"vra(?:ag|gen)\s+(?P<n>" + _NUMS + ")",
    re.I,
)


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
    bare: bool = False  # opened by a number alone ("1"), not by a "Vraag" heading
    answer_only: bool = False  # an answer's row whose question the text does not reproduce


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in body.split("\n\n"):
        if part:
            spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def _next_number(items: list[_Item]) -> int:
    """The number a question in sequence has next: after "1 en 3" comes 2, after "3" comes 4."""
    if not items:
        return 1
    last = items[-1].nums
    if len(last) > 1:
        seen = {n for it in items for n in it.nums}
        return next(n for n in range(1, max(last) + 2) if n not in seen)
    return max(last) + 1


def _opens_question(p: str, items: list[_Item]) -> tuple[_Item, str | None] | None:
    """A new question's item (and the question text on the heading's own line), or None.

    "Vraag 3", "Vraag 3:", "• Vraag 3" name their number; "Vraag:" takes the next one; a
    number alone ("3", "3.") opens a question only in sequence, so a stray page or section
    number does not.
    """
    vm = _VRAAG.match(p)
    if vm:
        return _Item(numbers(vm.group("n"))), vm.group("rest")
    nv = _NUM_VRAAG.match(p)
    if nv:
        return _Item(numbers(nv.group("n"))), nv.group("rest")
    vb = _VRAAG_BARE.match(p)
    if vb:
        return _Item([_next_number(items)]), vb.group("rest")
    bn = _BARE_NUMBER.match(p)
    if bn and (int(bn.group("n")) == _next_number(items) or _marker_glued(bn.group("n"), items)):
        return _Item([_next_number(items)], bare=True), None
    # a list of questions prints alike questions once under all their numbers: "1, 32", "1 en 3"
    bg = _BARE_GROUP.match(p)
    if bg and numbers(bg.group("n"))[0] == _next_number(items):
        return _Item(numbers(bg.group("n")), bare=True), None
    # "2. Kunt u ...?" continues a list numbered without "Vraag" headings (the answers between)
    nm = _NUMBERED.match(p)
    if nm and items and all(it.bare for it in items) and int(nm.group("n")) == _next_number(items):
        if "?" in nm.group("rest") or _QUESTION_OPENING.match(nm.group("rest")):  # or cut off while asked
            return _Item([int(nm.group("n"))], bare=True), nm.group("rest")
    return None


def _marker_glued(n: str, items: list[_Item]) -> bool:
    """A PDF's footnote marker run into the next number of a list: "23" for 3, "34" for 4 (one
    digit before the number the list needs next, only inside a list already numbered alone)."""
    nxt = str(_next_number(items))
    return len(items) >= 2 and all(it.bare for it in items) and len(n) == len(nxt) + 1 and n.endswith(nxt)


def parse_questions(body: str, answers_expected: bool) -> list[Question]:
    spans = _glued_answers_apart(body, _glued_numbers_apart(body, paragraph_spans(body)))
    items: list[_Item] = []
    has_antwoord = any(_answer_heading(body[s:e]) for s, e in spans)
    openkamer = not has_antwoord and (answers_expected or _answered_after_headings(body, spans))
    cur: _Item | None = None
    targets: list[_Item] = []  # the items an answer belongs to ("Antwoord 2 en 3": two)
    for s, e in spans:
        p = body[s:e]
        label = _VRAAG_BARE.match(p)
        if label and cur is not None and not cur.q and not cur.a:
            # "Vraag 1:" over "Vraag:" (a site's label above the text): the same question
            if label.group("rest"):
                cur.q.append((e - len(label.group("rest")), e))
            continue
        opened = _opens_question(p, items)
        am = None if opened else _answer_heading(p)
        if am and am.group("rest") and not am.group("n") and not am.group("sep"):
            am = None  # "Antwoorden die ..." is a sentence, not a heading
        if opened:
            cur, rest = opened
            items.append(cur)
            targets = []
            if rest:
                cur.q.append((e - len(rest), e))
            continue
        if cur is None or _ASIDE.match(p):
            continue
        if _STOP.match(p):
            cur, targets = None, []
            continue
        if am:
            nums = set(numbers(am.group("n") or ""))
            targets = _latest_with(items, nums) if nums else _unanswered_run(items)
            if not targets:
                cur = None
                continue
            if am.group("rest"):
                for it in targets:
                    it.a.append((e - len(am.group("rest")), e))
            continue
        if targets:
            for it in targets:
                it.a.append((s, e))
        elif openkamer and cur.q and _ends_question(body[cur.q[-1][0] : cur.q[-1][1]]) and not _asks(p):
            # a list's questions in a row with no answer between share the answer below them
            targets = _unanswered_run(items) if cur.bare else [cur]
            for it in targets:
                it.a.append((s, e))
        elif openkamer and cur.bare and not cur.q and (cut := _question_then_answer(p)):
            # a list's row re-flowed into one paragraph: "Hoeveel ...? In 2024 was ..."
            cur.q.append((s, s + cut))
            cur.a.append((s + cut + len(p[cut:]) - len(p[cut:].lstrip()), e))
            targets = [cur]
        elif len(cur.q) < _MAX_QUESTION_PARAGRAPHS:  # past that it is no longer the question
            cur.q.append((s, e))
    # a bare number opens a question only if a question follows it (or the saved text ends
    # inside it: an excerpt cut off in the middle of a questions-only list)
    end = len(body.rstrip())
    items = [
        it
        for it in items
        if not it.bare
        or any("?" in body[a:b] for a, b in it.q)
        # (a question that lost its mark to a note: "Bent u bekend met het bericht ‘...' (*)")
        or bool(it.q)
        and _TO_YOU.match(body[it.q[0][0] : it.q[0][1]]) is not None
        or (not answers_expected and it is items[-1] and it.q and it.q[-1][1] >= end)
    ]
    if not items:
        items = _numbered_items(body, spans, answers_expected or has_antwoord)
    return _to_questions(body, items, answers_expected)


def _answer_heading(p: str) -> re.Match[str] | None:
    return _ANTWOORD.match(p) or _NUM_ANTWOORD.match(p)


def _answered_after_headings(body: str, spans: list[tuple[int, int]]) -> bool:
    """openkamer prints each answer under its question with no heading: "Vraag 1", the question
    (ending in "?"), then a paragraph that asks nothing. True when every "Vraag N" but the last
    (which the saved text may cut off) is followed that way, and there are two or more."""
    heads = [i for i, (s, e) in enumerate(spans) if _VRAAG.match(body[s:e])]
    if len(heads) < 2:
        return False
    for i, nxt in zip(heads, heads[1:]):
        paras = [body[s:e] for s, e in spans[i:nxt]]
        rest = _VRAAG.match(paras[0]).group("rest")
        asked = ([rest] if rest else []) + paras[1:]
        if len(asked) < 2 or not _ends_question(asked[0]) or _asks(asked[-1]) or _FOOTNOTE.match(asked[-1]):
            return False
    return True


# a footnote under a question ("1) https://...", "[2] NOS, 3 mei"), not an answer
_FOOTNOTE = re.compile(r"^\s*(?:\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\s+https?://|https?://)")


def parse_unnumbered(body: str, start: int = 0, answers: bool = True) -> list[Question]:
    """Questions without numbers, one per paragraph from start on, numbered by place: a
    paragraph with a question mark is the next question; with answers, the paragraphs after it
    that ask nothing are its answer (without, they are notes and are left out); questions in a
    row with no answer between them share the answer that follows (a site splits one numbered
    question of several sentences into paragraphs); a dash list under a question that ends in a
    colon is part of it; the last paragraph, cut off by the saved text before its question mark,
    is a question only when it opens as one."""
    items: list[_Item] = []
    group: list[_Item] = []  # the questions the answer being read answers
    end = len(body.rstrip())
    for s, e in paragraph_spans(body):
        p = body[s:e]
        if s < start:
            continue
        # in a list without answers, a bullet the saved text cuts off is a question asked too
        # (or a question the saved text stops inside of: a capital, no closing stop)
        stops_inside = bool(items) and e >= end and p.rstrip()[-1:] not in ".!:;)"
        cut_off = stops_inside and (
            # with answers only what opens as a question: "Op welke wijze worden ... Curaça"
            _CUT_QUESTION.match(p) is not None
            if answers
            # (without answers: a bullet, or what opens as a question or speaks to "u"; not a page's footer)
            else p[:1] in "•·▪◦" and len(p) > 8 or _CUT_QUESTION.match(p) is not None or bool(re.search(r"\bu\b", p))
        )
        if items and not items[-1].a and p[:1] in "-–•" and _opens_a_list(body, items[-1]):
            items[-1].q.append((s, e))  # "Deelt u de mening dat het beschamend is dat:" / "- er maar 2 ..."
            continue
        if "?" in p or cut_off:
            items.append(_Item([len(items) + 1], q=[(s, e)]))
            group = [*group, items[-1]] if group and not group[-1].a else [items[-1]]
        elif answers and items and not _asks(p) and "|" not in p:
            for it in group:
                it.a.append((s, e))
    return _to_questions(body, items)


def _opens_a_list(body: str, item: _Item) -> bool:
    """The question's first paragraph ends in a colon: a list of what it asks about follows."""
    s, e = item.q[0]
    return body[s:e].rstrip().endswith(":")


# the heading of written questions: "Vragen van het lid X (P) aan de minister ... over ..."
_QUESTIONS_HEADING = re.compile(r"^(?:(?:Nadere|Aanvullende|Schriftelijke)\s+)?(?:Kamer)?[Vv]ragen\s+van\b")


def questions_below_table(body: str, answers: bool = False) -> list[Question]:
    """A site's page of questions with its metadata in table rows above them ("Datum publicatie |
    Organisatie | ... |"): the questions, unnumbered, below the last row near the top; with
    answers (an Aanhangsel page), each question's answer the paragraphs after it."""
    spans = paragraph_spans(body)[:20]
    rows = [e for s, e in spans if "|" in body[s:e]]
    return parse_unnumbered(body, start=rows[-1], answers=answers) if rows else []


def questions_below_heading(body: str) -> list[Question]:
    """Written questions printed without numbers below their heading (a party's or a news
    site's copy), numbered by place; [] when there is no such heading."""
    if _SPEAKER.search(body):  # oral questions in a debate's record: speeches, not a list
        return []
    for s, e in paragraph_spans(body)[:12]:
        if _QUESTIONS_HEADING.match(body[s:e]):
            return parse_unnumbered(body, start=e, answers=False)
    return []


_SPEAKER = re.compile(r"^(?:De voorzitter|De heer|Mevrouw|Minister|Staatssecretaris)\b[^.?!\n]{0,60}:$", re.M)


def _numbered_items(body: str, spans: list[tuple[int, int]], answers: bool) -> list[_Item]:
    """Older layouts: "1. question? answer ..." paragraphs numbered 1, 2, 3 in order; the
    question runs to its last question mark, the answer is the rest up to the next number
    (an "Antwoord" heading before it is left out). In a questions-only text (answers False)
    the following paragraphs continue the question. A number skipped in the list ("2", then
    "4": the saved text leaves one out) does not end it. Answers printed below all the
    questions, numbered again from 1 ("1 ja.", "2 en 3 Het ..."), go to the questions they
    name; answers printed alone (the questions not reproduced) are questions without text."""
    items: list[_Item] = []
    numbered = _NUMBERED_ANY_CASE if _lower_case(body) else _NUMBERED
    second_run: list[_Item] | None = None  # the questions the answer being read (second run) answers
    note = _COVERING_NOTE.search(body) if answers else None  # (searched once: a long body has many rows)
    for s, e in _split_rows(body, spans):
        p = body[s:e]
        m = numbered.match(p)
        cut_off = not answers and e >= len(body.rstrip())  # the saved text ends inside this row
        n = int(m.group("n")) if m else 0
        nxt = items[-1].nums[-1] + 1 if items else 1
        rest = m.group("rest") if m else ""
        # (a question may open a list of what it asks about: "2. Hoe beoordeelt u ..., namelijk dat:")
        asks = "?" in rest or cut_off or rest.rstrip().endswith(":") and _QUESTION_OPENING.match(rest) is not None
        skipped = bool(items) and n == nxt + 1 and rest[:1].isupper() and _CUT_QUESTION.match(rest) is not None
        if m and second_run is None and (n == nxt or skipped) and asks:
            q_start = s + m.start("rest")
            q_end = s + p.rindex("?") + 1 if "?" in m.group("rest") else e
            while q_end < e and body[q_end] in '0123456789*)”’"»':  # footnote markers, quotes
                q_end += 1
            item = _Item([n], q=[(q_start, q_end)])
            rest = body[q_end:e].lstrip()
            if rest:
                (item.a if answers else item.q).append((e - len(rest), e))
            items.append(item)
            continue
        # (answers printed without their questions only under a covering note that says so)
        row = _ANSWER_ROW.match(p) if answers and (items or (note is not None and note.start() < s)) else None
        if row and (named := _second_run_targets(items, second_run, numbers(row.group("n")))) is not None:
            second_run = named
            for it in named:
                it.a.append((s + row.start("rest"), e))
        elif second_run:
            for it in second_run:
                it.a.append((s, e))
        elif items and (_STOP.match(p) or _ASIDE.match(p)):
            break
        elif items and answers:
            am = _answer_heading(p)
            if am and (am.group("sep") or not am.group("rest")):
                if am.group("rest"):
                    items[-1].a.append((e - len(am.group("rest")), e))
                continue
            items[-1].a.append((s, e))
        elif items and len(items[-1].q) < _MAX_QUESTION_PARAGRAPHS:
            items[-1].q.append((s, e))
    return items


# an answer's row: "1 Ja.", "2 en 3 Het Nederlandse onderzoek ...", "3. De containers ..."
_ANSWER_ROW = re.compile(r"^(?P<n>\d{1,3}(?:\s*(?:,|en)\s*\d{1,3})*)\.?\s+(?P<rest>[A-Za-zÀ-ÿ][^\n]*\.)", re.S)


# "Hierbij zend ik u de antwoorden op de vragen ...", "... heeft deze vragen als volgt beantwoord"
_COVERING_NOTE = re.compile(r"\bantwoorden op de\b[^.\n]{0,40}\bvragen\b|\bvragen als volgt beantwoord\b", re.I)


def _second_run_targets(items: list[_Item], run: list[_Item] | None, nums: list[int]) -> list[_Item] | None:
    """The questions an answer row of a second run names, or None when the row is not the
    next one: the run starts at 1 once every question is printed without its answer, and goes
    on in order; with no questions printed at all, the rows themselves are the questions."""
    if run is None and (nums[0] != 1 or len(items) == 1 or any(it.a for it in items[:-1])):
        return None  # (one question and a row "1 januari ..." in its answer: no second run)
    if run is None and items:
        items[-1].a = []  # what followed the last question was the list's notes and the answers' heading
    if run is not None and nums[0] != max(n for it in run for n in it.nums) + 1:
        return None
    if not items or run is not None and run[0].q == [] and nums[0] > max(it.nums[-1] for it in items):
        if items and all(it.q for it in items):
            return None  # past the last question asked
        new = _Item(nums, answer_only=True)
        items.append(new)
        return [new]
    named = [it for it in items if set(it.nums) & set(nums)]
    return named or None


def _lower_case(body: str) -> bool:
    """A release typed all in lower case (an archive's copy of about 2000)."""
    letters = [c for c in body[:3000] if c.isalpha()]
    return len(letters) > 200 and sum(c.isupper() for c in letters) < len(letters) / 200


# rows of a list of questions joined into one paragraph: "...ingezet? 3 Kunt u ..."
# (or a letter's next numbered question run on after the answer before it: "... nakomen. 2. Hoe ...?")
_ROW_START = re.compile(
    r"(?<=\?)\s+(?=\d{1,3}\s+[A-ZÀ-Ý])|(?<=[a-zà-ÿ]{2}[.!])\s+(?=\d{1,3}\.\s+[A-ZÀ-Ý][^.?!\n]{0,300}\?)"
)


def _split_rows(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph spans, each cut where a numbered row starts right after a question mark."""
    out = []
    for s, e in spans:
        start = s
        for m in _ROW_START.finditer(body, s, e):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, e))
    return out


_GLUED_NUMBER = re.compile(r"(?<=[a-zà-ÿ]{3}[.!?])\s+(\d{1,3})$")  # (not "Vraag nr. 2")


def _glued_numbers_apart(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list's next number re-flowed onto the end of the answer before it ("Dit is 25 procent. 4")
    stands on its own when a question follows."""
    out = []
    for i, (s, e) in enumerate(spans):
        m = _GLUED_NUMBER.search(body, s, e)
        if m and i + 1 < len(spans) and "?" in body[spans[i + 1][0] : spans[i + 1][1]]:
            out += [(s, m.start()), (m.start(1), e)]
        else:
            out.append((s, e))
    return out


# an "Antwoord" heading re-flowed onto the end of its question: "... verdienen? 1) Antwoord Ja."
_GLUED_ANSWER = re.compile(r"\?[”’\"»]?\s*(?:\d{1,2}\)\s*)?(?P<h>(?:Antwoord|ANTWOORD)\s*[.:]?)\s+(?=\S)")


def _glued_answers_apart(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The heading and its answer stand apart from the question they were joined to."""
    out = []
    for s, e in spans:
        m = _GLUED_ANSWER.search(body, s, e)
        if m and m.end() < e:
            out += [(s, m.start() + 1), (m.start("h"), m.end("h")), (m.end(), e)]
        else:
            out.append((s, e))
    return out


def _question_then_answer(p: str) -> int | None:
    """Where a question ends and its answer starts in one paragraph ("Hoeveel ...? In 2024 was
    ... 14 procent."): after the last question mark that a capital follows and no question
    mark comes after; None when the paragraph asks to its end."""
    last = None
    for m in re.finditer(r"\?[”’\"»)]*\d*(?=\s+[A-ZÀ-Ý])", p):
        last = m
    if last is None or "?" in p[last.end() :] or len(p) - last.end() < 20:
        return None
    return last.end()


def _ends_question(text: str) -> bool:
    return ENDS_QUESTION.search(text) is not None


# a question put to the minister opens with the verb before "u" ("Kunt u ...", "Deelt u ...");
# an answer does not speak to "u" that way
_VERB_BEFORE_YOU = (
    r"(?:Bent|Kunt|Kan|Heeft|Hebt|Wilt|Wil|Deelt|Herinnert|Begrijpt|Erkent|Acht|Vindt|Kent|Zou|Zult|Gaat"
    r"|Onderschrijft|Ziet|Weet|Is)\s+u\b"
)
_TO_YOU = re.compile(r"^" + _VERB_BEFORE_YOU)
# the opening words of a question: a question word, or the verb before "u"
_QUESTION_OPENING = re.compile(r"^(?:(?:Wat|Hoe|Hoeveel|Waarom|Welke?|Wanneer|Wie|Waar\w*)\b|" + _VERB_BEFORE_YOU + ")")
# a question the saved text stops inside of: "Op welke wijze worden de regeringen van Aruba en Curaça"
_CUT_QUESTION = re.compile(
    r"^(?:(?:Op|In|Met|Door|Van|Voor|Aan|Tot)\s+)?(?:welke?|hoe|hoeveel|wat|waarom|wanneer|wie|waar\w*)\b"
    r"|^"
    + _VERB_BEFORE_YOU
    +
    # a Dutch sentence that opens with its verb asks: "Heeft er een keuring plaatsgevonden ..."
    r"|^(?:Is|Zijn|Heeft|Hebben|Wordt|Worden|Kan|Kunnen|Gaat|Gaan|Zal|Zullen|Klopt|Was|Waren)\s+(?:er|het|dit|dat|de|deze)\b",
    re.I,
)


def _asks(paragraph: str) -> bool:
    """Is this paragraph another question (or the start of one cut off) rather than an answer?"""
    return _ends_question(paragraph) or _TO_YOU.match(paragraph) is not None


def _unanswered_run(items: list[_Item]) -> list[_Item]:
    """An "Antwoord" without a number answers the questions asked since the last answer
    ("Vraag 1", "Vraag 2", "Antwoord": one answer to both)."""
    run: list[_Item] = []
    for it in reversed(items):
        if it.a or (run and not it.q):
            break
        run.append(it)
    return run[::-1] or items[-1:]


def _latest_with(items: list[_Item], nums: set[int]) -> list[_Item]:
    """The most recent question for each number an answer names (a joint answer follows the
    questions it answers closely, so only the last few are searched: no quadratic scan)."""
    found: dict[int, _Item] = {}
    for it in reversed(items[-_JOINT_REACH:]):
        for n in set(it.nums) & nums:
            found.setdefault(n, it)
    out: list[_Item] = []
    for it in found.values():
        if not any(it is o for o in out):
            out.append(it)
    return out[::-1]


_JOINT_REACH = 20
_MAX_QUESTION_PARAGRAPHS = 8


def _to_questions(body: str, items: list[_Item], answers_expected: bool = False) -> list[Question]:
    # in a document that answers its questions, a question shown without its answer (the saved
    # text stops before it) is not counted
    answered_any = answers_expected or any(it.a for it in items)
    out: list[Question] = []
    seen: set[int] = set()
    end = len(body.rstrip())
    for it in items:
        if not (it.q or it.answer_only) or (answered_any and not it.a) or all(n in seen for n in it.nums):
            continue
        asked = body[it.q[0][0] : it.q[-1][1]] if it.q else "?"
        if it.q and it.q[-1][1] >= end and "?" not in asked and len(asked.split()) < 2:
            continue  # the saved text stops after a word of it ("Vraag 10" / "Klop"): nothing asked yet
        qspan = (it.q[0][0], it.q[-1][1]) if it.q else None
        aspan = (it.a[0][0], it.a[-1][1]) if it.a else None
        answer = body[aspan[0] : aspan[1]] if aspan else None
        refers = []
        if answer:
            for m in _REFERS.finditer(answer):
                refers += [n for n in numbers(m.group("n")) if n not in it.nums and n not in refers]
        for n in it.nums:
            if n in seen:
                continue
            seen.add(n)
            out.append(
                Question(
                    number=n,
                    question=body[qspan[0] : qspan[1]] if qspan else "",
                    answer=answer,
                    answer_refers_to=list(refers),
                    question_span=qspan,
                    answer_span=aspan,
                )
            )
    return out
