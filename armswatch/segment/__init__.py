"""Stage 3, segment: the document's structure (type, chamber, date, sender, questions, ...).

``segment(norm, raw)`` returns a :class:`~armswatch.record.Structure`. Question and answer
spans point into ``norm.body``. Container hints in ``raw.meta`` (chamber, dossier, number,
doctype, dossier_title, title, date, submitters, subject, questioners, sender, sidebar) win
over what the text suggests; otherwise the genre's own markers decide.

Modules: dates (Dutch dates), header (type, chamber, date, subject, reference, kamerstuk,
addressee), roles and people (sender, co-senders, questioners), questions (Q&A pairs),
redactions (Woo grounds).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from armswatch.read import RawDocument
from armswatch.record import Structure
from armswatch.segment import header as hd
from armswatch.segment import people
from armswatch.segment.questions import parse_questions
from armswatch.segment.redactions import redactions
from armswatch.segment.sites import below_chrome, tkconv

if TYPE_CHECKING:
    from armswatch.normalise import Normalised

_HEAD_CHARS = 4000
_ANSWER_MARK = re.compile(
    r"^Antwoord(?:en)? (?:van|op vragen)\b|\([Oo]ntvangen\b"
    # a committee's list of questions: "Bij brief van 15 december 2023 zijn ze door de minister beantwoord"
    # a covering note: "Graag bied ik u hierbij de antwoorden aan op de schriftelijke vragen ..."
    r"|\b(?:bied|bieden|zend|zenden|stuur|sturen)\b[^.\n]{0,60}\bde antwoorden\b[^.\n]{0,20}\bop de\b[^.\n]{0,40}\bvragen\b"
    r"|\b[Bb]ij brief van \d{1,2} \w+ \d{4} (?:zijn|is|werden|werd)\b[^.]{0,200}?\bbeantwoord\b",
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
    questions = parse_questions(body, answers_expected)
    answered = any(q.answer for q in questions) or answers_expected
    to = hd.addressee(paragraphs, header)
    kind = hd.doc_type(paragraphs, header, meta, answered, to)

    kst, dossier_title = hd.kamerstuk(paragraphs, meta, norm.removed)
    st = Structure(type=kind, kamerstuk=kst)
    bron = " ".join(v for k, v in header.items() if k.startswith("bron"))
    st.chamber = hd.chamber("\n".join((bron, raw.text[:_HEAD_CHARS], head)), raw.text, to, meta, kst, kind)
    st.date = hd.document_date(head, header, meta, kind, norm.removed) or site.get("site_date")
    treaty_title = hd.treaty_publication(paragraphs) if kind == "other" else None
    st.subject = hd.subject(paragraphs, header, meta, kind, dossier_title, treaty_title) or hd.title_subject(
        site.get("site_title"), kind
    )
    if treaty_title and not header.get("datum"):
        st.date = None  # the date under a treaty's title is the day it was concluded
    st.reference = hd.reference(header, norm.removed, meta)
    # answers have no addressee of their own, unless a covering letter's address block is there
    covering = kind == "antwoord_kamervragen" and bool(header.get("aan"))
    st.addressee = None if kind in ("kamervragen", "antwoord_kamervragen", "motie") and not covering else to
    if kind in ("kamervragen", "antwoord_kamervragen", "verslag"):
        st.questions = questions
    elif kind != "motie":  # a letter answering a committee's questions: answered pairs only
        st.questions = [q for q in questions if q.answer]
    if kind in ("kamervragen", "antwoord_kamervragen"):
        st.questioners = _questioners(head, header, meta) or people.title_questioners(site.get("site_title"))
    _senders(st, paragraphs, head, header, meta, kind)
    sidebar = meta.get("sidebar") if isinstance(meta.get("sidebar"), str) else ""
    st.redactions = redactions([raw.text, sidebar or ""])
    return st


def _after_site_block(paragraphs: list[str]) -> int:
    """Index of the first paragraph after tkconv's 'Preview document' line (0 if none)."""
    for i, p in enumerate(paragraphs[:40]):
        if "Preview document" in p:
            return i + 1
    return 0


def _questioners(head: str, header: dict[str, str], meta: dict) -> list[dict[str, str | None]]:
    hint = meta.get("questioners") or meta.get("submitters")
    if isinstance(hint, list) and hint:
        out = []
        for q in hint:
            if isinstance(q, dict) and q.get("name"):
                out.append({"name": str(q["name"]), "party": q.get("party")})
            elif isinstance(q, str):
                out += people.parse_members(q) or [{"name": q, "party": None}]
        if out:
            return out
    return people.questioners(head, header) or people.heading_questioners(head)


def _senders(st: Structure, paragraphs: list[str], head: str, header: dict[str, str], meta: dict, kind: str) -> None:
    if kind == "motie":
        return
    name = role = None
    co: list[str] = []
    if header.get("beantwoord door"):
        name, role, co = people.answered_by(header["beantwoord door"])
    if role is None and kind in ("kamervragen", "antwoord_kamervragen"):
        name, role, co = people.answer_sender(head)
    if role is None:
        roles = people.title_sender(paragraphs)
        if roles:
            role, co = roles[0], roles[1:]
    # an answer's covering note signed by the role its title names gives the name
    # ("Antwoorden van de minister van Buitenlandse Zaken" ... "De minister van Buitenlandse Zaken, / S. Blok")
    sig_name, sig_role = people.signature(paragraphs)
    if sig_role and (role is None or sig_role == role):
        role, name = sig_role, sig_name or name
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
    co += people.co_senders(head)
    st.sender = {"name": name, "role": role}
    seen = {role}
    st.co_senders = [r for r in co if not (r in seen or seen.add(r))]
