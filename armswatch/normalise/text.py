"""Character-level repairs: line endings, markdown markup, hyphenation across line breaks.

None of these rewrites a word: they only remove markup, join a word a converter split
over two lines, and fix whitespace, so every word of the clean text occurs in the file.
"""

from __future__ import annotations

import re

# "aanvul-\nlende" -> "aanvullende". Not after a capital or digit ("NAVO-\nlanden",
# "F-\n16" keep their hyphen) and not before a coordinating word ("terug-\nen vooruitblik").
_HYPHEN_BREAK = re.compile(r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?!(?:en|of|tot|noch)\b)(?=[a-zà-ÿ])")
_CAPS_HYPHEN_BREAK = re.compile(r"(?<=[A-Z0-9])-[ \t]*\n[ \t]*(?=\w)")

_MD_LINK = re.compile(r"\[([^\]\n]{1,500})\]\((?:[^)\s]{1,2000})\)")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+(?:\n[^*\n]+){0,8}?)(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_TRAILING_WS = re.compile(r"[ \t\u00a0]+$", re.M)

# a sentence that asks: a question mark at its end, closing quotes or brackets and footnote markers
# after it allowed ("... gesloopt?1", "... onder vuur»?2", "... geleverd?1, 2", "... stuurt?1 2") — one pattern for the
# stages that ask it: normalise (a question ends its line), segment (questions), extract (premises)
ENDS_QUESTION = re.compile(r"\?[\"'”’»)\]]*\d{0,2}(?:[,\s]\s*\d{1,2})*\s*$")
_INNER_WS = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]{2,}")
# "gesteld?Antwoord 3": a converter glued a Q&A heading to the line before it.
_GLUED_HEADING = re.compile(r"(?<=[a-z][?.!])(?=(?:Vraag|Antwoord)[ \t]+\d{1,3}[ \t]*$)", re.M)
# "Vragenvan het lid X": the Handelingen' italic "Vragen" lost the space after it in conversion
_GLUED_QUESTIONS_TITLE = re.compile(r"^((?:Nadere |Aanvullende )?Vra(?:gen|ag))(?=van (?:het|de) )", re.M)


def clean_characters(text: str) -> str:
    """Newlines, form feeds, zero-width and control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return text.replace("\t", " ")


def strip_markdown(text: str) -> str:
    """Markdown markup out, its text kept: **b**, *i*, [text](url), # headings."""
    # each pattern is tried only when the text holds a character it needs: most texts hold
    # no markdown, and a failing regex scan still costs a pass over the text
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _MD_BOLD.sub(r"\2", text)
    if "*" in text:
        text = _MD_EM.sub(r"\1", text)
    return _MD_HEADING.sub("", text) if "#" in text else text


# what both hyphen patterns need; found fast (it starts with a literal), unlike them
_HYPHEN_AT_BREAK = re.compile(r"-[ \t]*\n")


def repair_hyphenation(text: str) -> str:
    if not _HYPHEN_AT_BREAK.search(text):
        return text
    text = _HYPHEN_BREAK.sub("", text)
    return _CAPS_HYPHEN_BREAK.sub("-", text)


_SPACES = " \t\u00a0\u2002\u2003\u2009"  # the characters of _INNER_WS


def tidy_whitespace(text: str) -> str:
    if any(c + "\n" in text for c in " \t\u00a0") or text.endswith((" ", "\t", "\u00a0")):
        text = _TRAILING_WS.sub("", text)
    if "Vraag" in text or "Antwoord" in text:
        text = _GLUED_HEADING.sub("\n", text)
    if "agvan " in text or "genvan " in text:
        text = _GLUED_QUESTIONS_TITLE.sub(r"\1 ", text)
    if "  " in text or any(c in text for c in _SPACES[1:]):  # two of them in a row need one of these
        text = _INNER_WS.sub(" ", text)
    return text


def prepare(text: str) -> str:
    return tidy_whitespace(repair_hyphenation(strip_markdown(clean_characters(text))))
