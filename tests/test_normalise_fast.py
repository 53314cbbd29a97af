"""normalise.text skips a pattern when the text lacks a character it needs: same output as
running every pattern."""

from __future__ import annotations

from sample_texts import sample_texts

from armswatch.normalise import text as nt

MARKUP = [
    "# Titel\n\n**vet** en __vet__ en *schuin* en [link](http://x.nl)  \n",
    "aanvul-\nlende NAVO-\nlanden F- \n16",
    "gesteld?Antwoord 3\nJa.",
    "a\u00a0\u00a0b\u2009\u2009c\t\td  e",
    "regel met spatie \nvolgende\u00a0",
    "* punt\n* punt",
    "",
    "geen opmaak hier",
    "x -\t\ny",
    "tekst ",
]


def prepare_unguarded(text: str) -> str:
    text = nt.clean_characters(text)
    text = nt._MD_LINK.sub(r"\1", text)
    text = nt._MD_BOLD.sub(r"\2", text)
    text = nt._MD_EM.sub(r"\1", text)
    text = nt._MD_HEADING.sub("", text)
    text = nt._HYPHEN_BREAK.sub("", text)
    text = nt._CAPS_HYPHEN_BREAK.sub("-", text)
    text = nt._TRAILING_WS.sub("", text)
    text = nt._GLUED_HEADING.sub("\n", text)
    return nt._INNER_WS.sub(" ", text)


def test_prepare_equals_every_pattern_applied():
    changed = 0
    for text in MARKUP + sample_texts(200, 9):
        assert nt.prepare(text) == prepare_unguarded(text), text[:80]
        changed += nt.prepare(text) != nt.clean_characters(text)
    assert changed >= len(MARKUP) - 3  # the markup samples do exercise the patterns
