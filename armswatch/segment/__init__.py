"""Stage 3, segment: the document's structure (type, chamber, date, sender, questions, ...).

``segment(norm, raw)`` returns a :class:`~armswatch.record.Structure`. Question and answer
spans point into ``norm.body``. Container hints in ``raw.meta`` (chamber, dossier, number,
doctype, dossier_title, title, date, submitters, subject, questioners, sender, co_senders, sidebar) win
over what the text suggests; otherwise the genre's own markers decide.

Modules: dates (Dutch dates), header (type, chamber, date, reference, kamerstuk, addressee),
subjects (subject, page chrome, treaty titles), sites (site metadata blocks and tables), roles
and people (sender, co-senders), speakers (a speech's speaker), askers (questioners), questions
(Q&A pairs), redactions (Woo grounds).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from armswatch.read import RawDocument
from armswatch.record import Structure
from armswatch.segment import askers, people, speakers
from armswatch.segment import header as hd
from armswatch.segment import subjects as sj
from armswatch.segment.questions import (
    parse_questions,
    parse_unnumbered,
    questions_below_heading,
    questions_below_table,
)
from armswatch.segment.redactions import redactions
from armswatch.segment.sites import below_chrome, tkconv

if TYPE_CHECKING:
    from armswatch.normalise import Normalised

_HEAD_CHARS = 4000
# written answers headed by their sender, in any genre: "Schriftelijke antwoorden van de minister van ..."
_ANSWERS_BY_MINISTER = re.compile(
    r"^(?:Schriftelijke ?)?[Aa]ntwoord(?:en)? van (?:de )?(?:minister|staatssecretaris)\b", re.M
)
# a member's or party's page announcing the questions put, the list below it: "Van Dijk heeft om die
# reden onderstaande Kamervragen gesteld.", "Thierry Baudet en Simone Kerseboom stellen Kamervragen."
_ANNOUNCES_QUESTIONS = re.compile(
    r"\b(?:heb|heeft|hebben)\b[^.?!\n]{0,60}?\b(?:de volgende|onderstaande|deze|schriftelijke)\s+(?:schriftelijke\s+)?"
    r"(?:Kamer)?vragen\s+(?:gesteld|ingediend)\b"
    r"|\b(?:stelt|stellen|stelde|stelden)\s+(?:daarom\s+|hierover\s+)?(?:onderstaande\s+|de volgende\s+)?"
    r"(?:schriftelijke\s+)?Kamervragen\s*[.:]"
    # "X stelt samen met Y schriftelijke Kamervragen aan minister Z over ... De schriftelijke vragen zijn
    # hieronder te lezen."
    r"|\b(?:[Dd]e\s+)?(?:schriftelijke\s+)?(?:Kamer)?vragen\s+(?:zijn|staan)\s+hieronder\b[^.\n]{0,20}"
)
_SUBMITTERS = re.compile(r"^Indiener\(s\):\s*(?P<v>[^\n]+?)(?=\s+(?:Bron|ID|Onderwerpen):|$)", re.M)
_HEADING_REACH = 300  # paragraphs searched for members heading their questions
_VRAAG_HEADING = re.compile(r"^(?:[•·▪◦*–-]\s*)?(?:Vraag\s*\d|\d{1,3}\.?\s*Vraag\b)", re.M)  # (or "1. Vraag")
# "Antwoord(en) van ...", "Nadere antwoorden van ...": the heading that opens a set of answers
_ANSWERS_OPEN = r"^(?:Schriftelijke ?|Nadere )?[Aa]ntwoord(?:en)? "
_ANSWERS_HEADING = re.compile(_ANSWERS_OPEN + r"van\b", re.M)
# the head says the text holds answers
_ANSWER_MARK = re.compile(
    _ANSWERS_OPEN + r"(?:van|op vragen|(?:op )?Kamervragen)\b|\([Oo]ntvangen\b"
    # a covering note: "Graag bied ik u hierbij de antwoorden aan op de schriftelijke vragen ...",
    # "Hiermee beantwoord ik de vragen die ..."
    r"|\b(?:bied|bieden|zend|zenden|stuur|sturen|doe|doen)\b[^.\n]{0,60}\bde antwoorden\b[^.\n]{0,20}\bop de\b"
    r"[^.\n]{0,40}\bvragen\b"
    r"|\b(?:Hiermee|Hierbij) beantwoord(?:en)? (?:ik|wij)\b"
    # a committee's list printed with the answers: "Vragen en antwoorden zijn hierna afgedrukt"
    r"|\bVragen en antwoorden zijn hierna afgedrukt\b|\bhebben deze vragen beantwoord bij brief\b"
    # a committee's list of questions: "Bij brief van 15 december 2023 zijn ze door de minister beantwoord"
    r"|\b[Bb]ij brief van \d{1,2} \w+ \d{4} (?:zijn|is|werden|werd)\b[^.]{0,200}?\bbeantwoord\b"
    # a letter or release of about 2000: "In antwoord op de vragen aan mij gesteld door ...", "... heeft
    # deze vragen als volgt beantwoord", "Deze vragen werden op 8 januari beantwoord"
    r"|\b[Ii]n antwoord op (?:de|uw)\b[^.\n]{0,30}\bvragen\b"
    r"|\b[Dd]eze (?:vragen\s+)?(?:zijn|werden|als volgt)\b(?:(?!\bniet\b)[^.\n]){0,30}\bbeantwoord\b",
    re.M,
)

# "Antwoord op vraag A1:" heads an answer; "Hiermee beantwoord ik ... de vragen" announces answers
_ANSWER_TO_QUESTION = re.compile(
    r"^Antwoord op vraag [A-Z]?\d{1,3}\b|^(?:Hierbij|Hiermee)\s+beantwoord(?:en)?\s+(?:ik|wij)\b", re.M
)


def segment(norm: Normalised, raw: RawDocument) -> Structure:
    site = tkconv(raw.text)  # a site's metadata block: hints, below the container's own
    meta = {**{k: v for k, v in site.items() if not k.startswith("site_")}, **(raw.meta or {})}
    body, header = norm.body, norm.header
    paragraphs = body.split("\n\n")
    if site:  # the document's own head starts below the site's block
        paragraphs = paragraphs[_after_site_block(paragraphs) :]
    elif below := below_chrome(paragraphs):  # or below a page's navigation
        paragraphs = below
    head = "\n\n".join(paragraphs)[:_HEAD_CHARS] if site else body[:_HEAD_CHARS]

    answers_expected = bool(header.get("beantwoord") or header.get("beantwoord door") or _ANSWER_MARK.search(head))
    answers_expected = answers_expected or bool(_ANSWER_TO_QUESTION.search(body))
    if hd.LATE_NOTICE.search(head) and not _ANSWERS_HEADING.search(head):
        answers_expected = False  # a notice that the answers are late prints the questions alone
    questions = parse_unnumbered(body) if site.get("site_unnumbered") else parse_questions(body, answers_expected)
    if not questions and _APPENDIX_PAGE.match(body):
        # officielebekendmakingen's page of an Aanhangsel: unnumbered questions, each answered below it
        questions = questions_below_table(body, answers=True)
    lost_first = bool(questions) and min(q.number for q in questions) > 1  # a page's section numbers took 1, 2
    if (not questions or lost_first) and (printed := _PRINTED_BELOW.search(body, 0, _HEAD_CHARS)):
        # a committee's list whose page dropped the numbers: "Vragen en antwoorden zijn hierna afgedrukt."
        questions = parse_unnumbered(body, start=printed.end(), answers=True) or questions
    answered = any(q.answer for q in questions) or answers_expected
    to = hd.addressee(paragraphs, header)
    kind = hd.doc_type(paragraphs, header, meta, answered, to)
    if kind == "other" and len(questions) >= 2 and (_VRAAG_HEADING.search(body) or _APPENDIX_PAGE.match(body)):
        # nothing but "Vraag N" headings: each question with its answer, or none answered
        if all(q.answer for q in questions):
            kind = "antwoord_kamervragen"
        elif not any(q.answer for q in questions):
            kind = "kamervragen"

    announced = _ANNOUNCES_QUESTIONS.search(body, 0, _HEAD_CHARS) if kind == "other" else None
    if announced and not any(q.answer for q in questions):
        listed = _listed_below(body, questions, announced.end())
        if len(listed) >= 2:
            kind, questions = "kamervragen", listed

    kst, dossier_title = hd.kamerstuk(paragraphs, meta, norm.removed)
    st = Structure(type=kind, kamerstuk=kst)
    bron = " ".join(v for k, v in header.items() if k.startswith("bron"))
    st.chamber = hd.chamber("\n".join((bron, raw.text[:_HEAD_CHARS], head)), raw.text, to, meta, kst, kind)
    st.date = (
        hd.document_date(head, header, meta, kind, norm.removed)
        or site.get("site_date")
        or hd.last_resort_date(head, kind)
    )
    treaty_title = sj.treaty_publication(paragraphs) if kind == "other" else None
    st.subject = sj.tidy(sj.subject(paragraphs, header, meta, kind, dossier_title, treaty_title)) or sj.title_subject(
        site.get("site_title"), kind
    )
    if treaty_title and not header.get("datum"):
        st.date = None  # the date under a treaty's title is the day it was concluded
    st.reference = hd.reference(header, norm.removed, meta)
    # answers have no addressee of their own, unless a covering letter's address block is there
    # (or an older covering letter's labelled line, "Aan: de Voorzitter van ...")
    covering = kind == "antwoord_kamervragen" and (
        bool(header.get("aan")) or any(hd.LABELLED_TO.match(p) or hd.TO_CHAIR_ADDRESS.match(p) for p in paragraphs[:16])
    )
    st.addressee = None if kind in ("kamervragen", "antwoord_kamervragen", "motie") and not covering else to
    if kind == "kamervragen" and not questions:
        questions = questions_below_heading(body) or questions_below_table(body)
    if kind in ("kamervragen", "antwoord_kamervragen", "verslag"):
        st.questions = questions
    elif kind != "motie":  # a letter answering a committee's questions: answered pairs only
        st.questions = [q for q in questions if q.answer]
    if kind in ("kamervragen", "antwoord_kamervragen"):
        st.questioners = (
            _questioners(head, header, meta)
            or askers.title_questioners(site.get("site_title"))
            or askers.member_headings(paragraphs[:_HEADING_REACH])
            or (askers.announcers(body[: announced.end()]) if announced else [])
            or askers.reposted_by(head[:1500]) + (askers.colleagues(body[: announced.end()]) if announced else [])
        )
    elif kind == "other" and sj.oral_questions(paragraphs[:6]):
        # a plenary record of the mondelinge vragenuur: "Vragen van het lid X aan de minister ..."
        st.questioners = askers.title_questioners(head[:1500])
    elif kind not in ("motie", "verslag") and (st.questions or answers_expected):
        # written answers to a debate's questions, sent as a letter: each member heads their questions
        st.questioners = askers.member_headings(paragraphs[:_HEADING_REACH])
    _senders(st, paragraphs, head, header, meta, kind, site)
    if st.sender["name"] is None and st.sender["role"] is None and kind in ("nota", "other"):
        st.sender["name"] = sj.initiator(st.subject)  # the member who wrote an initiative nota
    sidebar = meta.get("sidebar") if isinstance(meta.get("sidebar"), str) else ""
    st.redactions = redactions([raw.text, sidebar or ""])
    return st


_PRINTED_BELOW = re.compile(r"\bVragen en antwoorden zijn hierna afgedrukt\.?")
_APPENDIX_PAGE = re.compile(r"^\s*Aanhangsel van de Handelingen\s*\n[^\n]*Datum publicatie\s*\|")


def _after_site_block(paragraphs: list[str]) -> int:
    """Index of the first paragraph after tkconv's 'Preview document' line (0 if none)."""
    for i, p in enumerate(paragraphs[:40]):
        if "Preview document" in p:
            return i + 1
    return 0


def _listed_below(body: str, questions: list, start: int) -> list:
    """The questions listed below an announcement: numbered, or one per paragraph."""
    numbered = [q for q in questions if q.question_span and q.question_span[0] >= start]
    return numbered if len(numbered) >= 2 else parse_unnumbered(body, start=start, answers=False)


def _questioners(head: str, header: dict[str, str], meta: dict) -> list[dict[str, str | None]]:
    hint = meta.get("questioners") or meta.get("submitters")
    if isinstance(hint, list) and hint:
        out = []
        for q in hint:
            if isinstance(q, dict) and q.get("name"):
                out.append({"name": str(q["name"]), "party": q.get("party")})
            elif isinstance(q, str):
                out += askers.parse_members(q) or [{"name": q, "party": None}]
        if out:
            return out
    # the askers named without their parties: "Vragen van het Tweede-Kamerlid X over ...", or in an
    # older answer's heading "Antwoord van de heer X, Minister van Y, op vragen van het lid Z"
    return (
        askers.questioners(head, header)
        or askers.heading_questioners(head)
        or askers.title_questioners(header.get("betreft") or head[:1500])
        # a subject line that names no askers: the covering note or the answers' title may
        # ("de antwoorden op de schriftelijke vragen van de leden Timmermans en Blom over ...")
        or (askers.title_questioners(head[:2500]) if header.get("betreft") else [])
    )


def _senders(
    st: Structure, paragraphs: list[str], head: str, header: dict[str, str], meta: dict, kind: str, site: dict
) -> None:
    if kind == "motie":
        return
    name = role = None
    co: list[str] = []
    if header.get("beantwoord door"):
        name, role, co = people.answered_by(header["beantwoord door"])
    if role is None and kind in ("kamervragen", "antwoord_kamervragen"):
        found = people.answer_sender(head)
        if found[1] or not name:  # (a site's answerer named without a title stays, unless the text names one)
            name, role, co = found
    if role is None:
        roles = people.title_sender(paragraphs)
        if roles:
            role, co = roles[0], roles[1:]
    # an answer's covering note signed by the role its title names gives the name
    # ("Antwoorden van de minister van Buitenlandse Zaken" ... "De minister van Buitenlandse Zaken, / S. Blok")
    sig_name, sig_role = people.signature(paragraphs)
    if sig_role and (role is None or sig_role == role):
        role, name = sig_role, sig_name or name
    if role is None and kind != "verslag" and _ANSWERS_BY_MINISTER.search(head):
        name, role, co = people.answer_sender(head)  # "Schriftelijke antwoorden van de minister ..."
    hint = meta.get("sender")
    if isinstance(hint, dict):
        # the text's own "Antwoord van minister Jansen" names the hint's "P.Q. Jansen" as written
        hinted_name = str(hint.get("name") or "")
        name = name if name and hinted_name.lower().endswith(" " + name.lower()) else hinted_name or name
        hinted = people.roles_in(str(hint.get("role") or ""))
        role = hinted[0] if hinted else (hint.get("role") or role)
    elif isinstance(hint, str) and hint.strip():
        roles = people.roles_in(hint)
        if roles:
            role = roles[0]
        elif name is None:
            name = people.clean_name(hint)
    if role is None and kind != "verslag":  # openkamer's "Indiener(s): Stef Blok (minister buitenlandse zaken) (VVD)"
        m = _SUBMITTERS.search(head)  # (a report's "Indiener(s)" are the ministers who took part)
        if m:
            name, role, co = people.submitted_by(m.group("v"))
    if role is None and name is None and kind == "other":  # an English statement: "Statement by H.E. X, Role"
        name, role = speakers.dutch_speaker(head[:600])
        if role is None:
            name, role = speakers.speaker(head[:1500])
    if role is None and kind == "antwoord_kamervragen" and site.get("site_answerer"):
        name, role = site["site_answerer"]["name"], site["site_answerer"]["role"]  # the minister asked answered
        co += site["site_answerer"].get("co") or []  # ... and the ministers listed after
    co += people.co_senders(head)
    if isinstance(meta.get("co_senders"), list):  # a site's "Mede ondertekenaar"
        co += [str(r) for r in meta["co_senders"]]
    if sig_role and sig_role == role:
        co += people.co_signers(paragraphs)
    st.sender = {"name": name, "role": role}
    seen = {role}
    st.co_senders = [r for r in co if not (r in seen or seen.add(r))]
