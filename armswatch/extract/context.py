"""Where a sentence stands in the document: a finding, or only a questioner's premise.

Answers to parliamentary questions repeat each question before its answer. A claim inside a
question is the questioner's premise, not the government's finding; it becomes a finding only
when the answer confirms it ("Klopt het dat ...?" - "Ja."). The segment stage gives question
and answer spans; when it does not, the question blocks are found here from their headings
("Vraag 3" / "Antwoord 3", or openkamer's "• Vraag 3" followed by the answer paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from armswatch.extract.mentions import Mentions
from armswatch.extract.text import Regions, Sentence, paragraphs, quoted_regions, sentences
from armswatch.normalise.text import ENDS_QUESTION
from armswatch.record import Structure

_VRAAG = re.compile(r"^[ \t]*(?:[•\-*][ \t]*)?Vraag\s*\d+[a-z]?\s*:?\s*$", re.I)
_ANTWOORD = re.compile(r"^[ \t]*(?:[•\-*][ \t]*)?Antwoord(?:en)?\b[^\n]{0,12}$", re.I)
_INTRO = re.compile(r"^\s*(?:Vragen|Vraag) van (?:het lid|de leden|leden)\b", re.I)
# the title of a set of questions or of their answers names what is asked about, not a finding:
# "Vragen van het lid X (P) aan de minister ... over het gebruik van ...", "Antwoord op vragen van ..."
_QUESTIONS_TITLE = re.compile(
    r"^\s*(?:(?:Antwoord(?:en)?|Beantwoording)\s+(?:op\s+|van\s+)?(?:de\s+)?)?(?:Kamer|Schriftelijke\s+|Nadere\s+)?"
    r"[Vv]ragen\s+van\s+(?:het\s+(?:Tweede[\s-]Kamer)?lid|de\s+leden|de\s+\S+-?fractie)\b"
)
_CONFIRMABLE = re.compile(
    r"\b(?:klopt het|is het (?:juist|waar|correct)|bevestigt u|kunt u bevestigen)\b[^?]*?\bdat\b", re.I
)
_YES = re.compile(r"^\s*Ja\b(?!\s*,?\s*maar)", re.I)


@dataclass
class Context:
    body: str
    structure: Structure
    sents: list[Sentence]
    mentions: Mentions
    quoted: Regions
    question_zones: list[tuple[int, int]] = field(default_factory=list)
    confirmed_zones: list[tuple[int, int]] = field(default_factory=list)
    all_premise: bool = False

    @classmethod
    def of(cls, body: str, structure: Structure) -> Context:
        ctx = cls(body, structure, sentences(body), Mentions.of(body), Regions(quoted_regions(body)))
        ctx._find_zones()
        ctx._zones = Regions(ctx.question_zones)
        ctx._confirmed = Regions(ctx.confirmed_zones)
        ctx._by_para = {}
        for s in ctx.sents:
            ctx._by_para.setdefault(s.para, []).append(s)
        ctx._claims = [s for s in ctx.sents if not ctx.is_premise(s)]
        return ctx

    # -- zones ---------------------------------------------------------------------------
    def _find_zones(self) -> None:
        qs = [q for q in self.structure.questions if q.question_span]
        if qs:
            for q in qs:
                zone = tuple(q.question_span)
                self.question_zones.append(zone)
                if q.answer and _YES.match(q.answer) and _CONFIRMABLE.search(q.question or ""):
                    self.confirmed_zones.append(zone)
        else:
            self._zones_from_headings()
        answered = (
            bool(self.confirmed_zones) or any(q.answer for q in self.structure.questions) or self._has_answer_text()
        )
        self.all_premise = self.structure.type == "kamervragen" or (bool(self.question_zones) and not answered)
        for a, b in paragraphs(self.body)[:2]:
            if _INTRO.match(self.body[a:b]):
                self.question_zones.append((a, b))

    def _zones_from_headings(self) -> None:
        paras = paragraphs(self.body)
        mode, zone_start = None, None
        self._answer_paras: list[tuple[int, int]] = []
        self._answered_zones: set[int] = set()
        self._answer_headings = sum(1 for a, b in paras if _ANTWOORD.match(self.body[a:b]))
        for i, (a, b) in enumerate(paras):
            text = self.body[a:b]
            if _VRAAG.match(text):
                self._close(zone_start, a)
                mode, zone_start = "q", None
                continue
            if _ANTWOORD.match(text):
                self._close(zone_start, a)
                mode, zone_start = "a", None
                continue
            if mode == "q":
                if zone_start is None:
                    zone_start = a
                if ENDS_QUESTION.search(text):
                    nxt = paras[i + 1] if i + 1 < len(paras) else None
                    self._close(zone_start, b)
                    zone_start = None
                    if nxt and not _VRAAG.match(self.body[nxt[0] : nxt[1]]):
                        mode = "a"
            elif mode == "a":
                self._answer_paras.append((a, b))
                self._answered_zones.add(len(self.question_zones))
        self._close(zone_start, paras[-1][1] if paras else 0)

    def _close(self, start: int | None, end: int) -> None:
        if start is None or end <= start:
            return
        zone = (start, end)
        self.question_zones.append(zone)
        # confirmed when the question asks "Klopt het dat ..." and the answer starts with "Ja"
        after = self.body[end : end + 200]
        after = re.sub(r"^\s*(?:[•\-*]\s*)?Antwoord(?:en)?\b[^\n]{0,12}\n", "", after.lstrip(), flags=re.I)
        if _CONFIRMABLE.search(self.body[start:end]) and _YES.match(after):
            self.confirmed_zones.append(zone)

    def _has_answer_text(self) -> bool:
        # an "Antwoord" heading, or answer paragraphs after at least two questions (a page
        # footer after the last question of a question-only document does not count)
        return getattr(self, "_answer_headings", 0) > 0 or len(getattr(self, "_answered_zones", ())) >= 2

    # -- queries -------------------------------------------------------------------------
    def is_confirmed(self, pos: int) -> bool:
        return pos in self._confirmed

    def is_premise(self, sent: Sentence) -> bool:
        """True when the sentence only states what a questioner assumes or asks."""
        if self.is_confirmed(sent.start):
            return False
        if self.all_premise or sent.start in self._zones:
            return True
        text = sent.text(self.body)
        return bool(ENDS_QUESTION.search(text) or _QUESTIONS_TITLE.match(text))

    def is_quoted(self, pos: int) -> bool:
        return pos in self.quoted

    def claim_sentences(self) -> list[Sentence]:
        """Sentences that may carry the document's own findings."""
        return self._claims

    def paragraph_sentences(self, sent: Sentence) -> list[Sentence]:
        return self._by_para.get(sent.para, [])
