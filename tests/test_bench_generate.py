"""Smoke test of the benchmark corpus generator (bench/generate.py); no timings."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


gen = _load("generate")


def test_same_seed_same_documents_and_slices_agree():
    a = list(gen.generate(30, seed=3))
    assert a == list(gen.generate(30, seed=3))
    assert a[10:20] == list(gen.generate(10, seed=3, start=10))
    assert a != list(gen.generate(30, seed=4))


def test_generate_is_lazy():
    stream = gen.generate(10**9, seed=1)  # would never fit in memory if built eagerly
    name, text = next(stream)
    assert name.startswith("doc_0000000_") and text


def test_documents_cover_the_genres_and_their_features():
    docs = [t for _, t in gen.generate(300, seed=11)]
    names = [n for n, _ in gen.generate(300, seed=11)]
    assert len(set(docs)) == len(docs), "every document is unique (distinct ids in the store)"
    assert {n.split("_")[2].split(".")[0] for n in names} == {"letter", "answers", "woo-nota"}
    joined = "\n".join(docs)
    for needle in (
        "Nr. ",
        "Den Haag, ",
        "Betreft",
        "Mede namens",
        "Vraag 1",
        "Antwoord 1",
        "Budget Internationale Veiligheid",
        "EU wapenexportcriteria",
        "5.1.2e",
    ):
        assert needle in joined, needle
    dates = set(
        re.findall(
            r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september"
            r"|oktober|november|december) (20\d\d)",
            joined,
        )
    )
    assert len(dates) > 5, "dates vary across years"
    weapons = {w for w in gen.WEAPONS if w in joined}
    assert len(weapons) > 8


def test_writes_files_and_a_pdf(tmp_path):
    paths = gen.write_corpus(tmp_path / "c", 5, seed=2)
    assert len(paths) == 5 and all(p.read_text(encoding="utf-8") for p in paths)
    pdf = gen.write_pdf(tmp_path / "x.pdf", [p.read_text(encoding="utf-8") for p in paths[:2]])
    import pymupdf as fitz

    with fitz.open(pdf) as doc:
        assert doc.page_count == 2
        assert "Den Haag" in doc[0].get_text() or "Vraag" in doc[0].get_text() or "Datum" in doc[0].get_text()


def test_a_weapons_share_mixes_in_domestic_documents_without_changing_the_weapon_ones():
    every = list(gen.generate(200, seed=5))
    mixed = list(gen.generate(200, seed=5, weapons_share=0.1))
    about_weapons = [i for i, (_, text) in enumerate(mixed) if any(w in text for w in gen.WEAPONS + gen.ITEMS)]
    assert 5 <= len(about_weapons) <= 40, "about a tenth of the documents"
    # a document drawn as a weapon document is the same one the default stream has
    assert all(mixed[i] == every[i] for i in about_weapons)
    domestic = [text for i, (_, text) in enumerate(mixed) if i not in about_weapons]
    assert all("Kenmerk" in t and ("Datum" in t or "Den Haag" in t or "Vraag 1" in t) for t in domestic)
    assert not any(t in "\n".join(domestic) for t in ("clustermunitie", "Budget Internationale Veiligheid"))
    assert list(gen.generate(200, seed=5, weapons_share=0.1)) == mixed
