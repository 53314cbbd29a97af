"""The faster paths of armswatch.extract.text give the answers of the plain ones."""

from __future__ import annotations

import re
import unicodedata

from sample_texts import sample_texts

from armswatch.extract.mentions import matchers
from armswatch.extract.text import MatcherSet, _word_starts, fold


def texts() -> list[str]:
    return sample_texts(200, 5)


def _fold_by_char(text: str) -> str:
    """The definition: each character's first NFKD character, lower-cased when that stays one character."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFKD", c)[:1] or c
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def test_fold_is_the_per_character_fold_on_every_character():
    every = "".join(chr(i) for i in range(0x20, 0x30000) if not 0xD800 <= i < 0xE000)
    for text in [every, "İstanbul ſ K", "Oekraïne, Zaporizja — café", "a\u0301b", ""] + texts()[:40]:
        assert fold.__wrapped__(text) == _fold_by_char(text)
        assert len(fold(text)) == len(text)


def test_word_starts_are_the_regex_words():
    for text in texts()[:60] + ["", "   ", "-- een_twee 3,5 mm --", "één"]:
        folded = fold(text)
        expected: dict[str, list[int]] = {}
        for m in re.finditer(r"\w+", folded):
            expected.setdefault(m.group(0), []).append(m.start())
        assert _word_starts.__wrapped__(folded) == expected


def test_matcher_set_finds_what_each_matcher_finds():
    ms = matchers()
    together = MatcherSet(ms)
    found_any = 0
    for text in texts() + [
        "",
        "de Russische strijdkrachten zetten clustermunitie in",
        "het Verdrag inzake clustermunitie; NAVO en de VS",
    ]:
        all_at_once = together.find(text)
        assert set(all_at_once) == set(ms)
        for name, m in ms.items():
            assert all_at_once[name] == m.find(text), name
            found_any += bool(all_at_once[name])
    assert found_any > 100


def test_matcher_set_bounds_its_word_cache(monkeypatch):
    import armswatch.extract.text as text_mod

    monkeypatch.setattr(text_mod, "_CACHE_MAX", 50)
    together = MatcherSet(matchers())
    for i in range(300):
        together.find(f"woord{i} clustermunitie woordje{i}")
        assert len(together._names) <= 52
    assert together.find("clustermunitie")["weapon"] == matchers()["weapon"].find("clustermunitie")


def test_mid_sentence_cut_check_equals_the_regex():
    from armswatch.extract.text import _CUT_MID_SENTENCE, _cut_mid_sentence

    paras = ["Uw akkoord om ... uit de", "uit de\n", "Een zin.", "x  van", "de", " de", "Zie bijlage in", "kado"]
    for text in texts()[:80]:
        paras += text.split("\n\n")
    assert any(_cut_mid_sentence(p) for p in paras)
    for p in paras:
        assert _cut_mid_sentence(p) == bool(_CUT_MID_SENTENCE.search(p)), p[-40:]
