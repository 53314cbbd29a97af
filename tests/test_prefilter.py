"""The literal prefilters before slow regex searches must never skip a text the regex matches."""

from __future__ import annotations

import importlib
import re

import pytest
from sample_texts import sample_texts

from armswatch.prefilter import may_contain_ci

header = importlib.import_module("armswatch.segment.header")
redactions = importlib.import_module("armswatch.segment.redactions")

# (regex, the literal words every alternative of it contains)
GUARDED = [
    (header._TK, header._TK_WORDS),
    (header._EK, header._EK_WORDS),
    (redactions._WOO_MARK, redactions._WOO_WORDS),
]

# texts that match, in odd spellings: case, the characters re.IGNORECASE treats as i and s
ADVERSARIAL = [
    "Aan de Voorzitter van de Tweede Kamer",
    "TWEEDE KAMERLEDEN",
    "zie kst-tk-2023",
    "ah-EK-1",
    "Eerſte Kamer der Staten-Generaal",
    "de leden van de EERSTE KAMER",
    "EERSTE KAMER DER STATEN-GENERAAL",
    "Wob-beſluit",
    "WOO-BESLUIT",
    "weggelakt",
    "ZWARTGEMAAKT",
    "5.1.2",
    "weigerİngsgrond",
    "weigerıngsgrond",
    "niet openbaar gemaakt",
    "Niet Openbaar Gemaakt",
    "geen van alle",
    "",
]


def corpus_texts() -> list[str]:
    return sample_texts(300, 3)


@pytest.mark.parametrize("rx,words", GUARDED, ids=lambda v: getattr(v, "pattern", "")[:30])
def test_prefilter_never_skips_a_match(rx: re.Pattern, words: tuple[str, ...]):
    matched = 0
    for text in corpus_texts() + ADVERSARIAL:
        for line in [text] + text.splitlines():
            if rx.search(line):
                matched += 1
                assert may_contain_ci(line, words), line[:200]
    assert matched  # the check saw the regex match at least once


def test_prefilter_says_no_to_texts_without_the_words():
    assert not may_contain_ci("Den Haag, 3 maart 2022. Graag informeer ik u.", ("tweede", "-tk-"))
    assert may_contain_ci("De TWEEDE lezing", ("tweede",))
    assert may_contain_ci("ſ", ("zzz",))  # an exotic character: the real search must decide


treaty_status = importlib.import_module("armswatch.extract.treaty_status")
TREATY_SENTENCES = [
    "nederland is partij bij het verdrag",
    "rusland heeft zich aangesloten bij het verdrag",
    "syrie trad in 2013 toe tot het cwc",
    "litouwen heeft zich per 7 maart teruggetrokken uit het verdrag",
    "de verenigde staten zijn geen partij.",
    "nederland blijft zich, als verdragspartij, inzetten",
    "verdragspartijen zoals nederland",
    "rusland heeft het verdrag niet geratificeerd",
    "oekraine heeft het verdrag ondertekend",
    "dit verdrag is voor nederland van kracht",
    "frankrijk bekrachtigde het verdrag",
    "zuid-korea is in 2017 toegetreden.",
    "denmark is a party to the convention",
    "ukraine has ratified the convention",
    "states parties such as germany support it",
]


@pytest.mark.parametrize("rx", list(treaty_status._NEEDS), ids=lambda rx: rx.pattern[:30])
def test_treaty_scan_never_skips_a_match(rx: re.Pattern):
    from armswatch.extract.text import fold

    matched = 0
    for text in corpus_texts() + TREATY_SENTENCES:
        folded = fold(text)
        for line in [folded] + folded.splitlines():
            if rx.search(line):
                matched += 1
                assert any(w in line for w in treaty_status._NEEDS[rx]), line[:200]
                assert list(treaty_status._scan(rx, line))
    assert matched
