"""The extract stage on the real development documents (skips when ../shared is absent):
provenance holds for every fact, and documents the gold reads as free of weapon claims yield
no weapon_use fact. The gold is a yardstick; these checks hold for any correct extractor."""

from __future__ import annotations

import json

import pytest

from armswatch.pipeline import build_record
from armswatch.read import RawDocument


def _records(dev_corpus):
    for txt in sorted(dev_corpus.glob("*.txt")):
        raw = RawDocument(path=str(txt), format="txt", text=txt.read_text(encoding="utf-8"))
        gold = (
            json.loads(txt.with_suffix("").with_suffix(".gold.json").read_text())
            if txt.with_name(txt.stem + ".gold.json").exists()
            else {}
        )
        yield txt.name, build_record(raw), gold


def test_every_quote_is_the_body_at_its_span(dev_corpus):
    n = 0
    for name, rec, _ in _records(dev_corpus):
        for f in rec.facts:
            assert rec.body[f.span[0] : f.span[1]] == f.quote, name
            assert 0 < len(f.quote) <= 600, name
            n += 1
    assert n > 0


def test_documents_without_weapon_claims_yield_no_weapon_use(dev_corpus):
    checked = 0
    for name, rec, gold in _records(dev_corpus):
        stated = [f for f in gold.get("facts", []) + gold.get("optional_facts", []) if f["kind"] == "weapon_use"]
        if "weapon_use" not in gold.get("fact_kinds", []) or stated:
            continue
        checked += 1
        assert [f for f in rec.facts if f.kind == "weapon_use"] == [], name
    if not checked:
        pytest.skip("no document without weapon claims in the corpus")
