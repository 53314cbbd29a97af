"""The four founding examples: their metadata as the gold states it."""

import json

import pytest

from armswatch.pipeline import extract_file

FOUNDING = ["000_9eaf7d0b4297dd39", "001_0ab521027ec415e7", "002_2e3c95db47b4b2cd", "004_abaaafa9e9bcd8a1"]
FIELDS = ["type", "chamber", "date", "reference", "kamerstuk", "sender", "addressee", "subject", "co_senders"]


@pytest.mark.parametrize("stem", FOUNDING)
def test_founding_examples_metadata(dev_corpus, stem):
    gold = json.loads((dev_corpus / f"{stem}.gold.json").read_text(encoding="utf-8"))
    rec = extract_file(dev_corpus / f"{stem}.txt").to_dict()
    for f in FIELDS:
        if f in gold:
            want, have = gold[f], rec[f]
            if f == "co_senders":
                want, have = sorted(want), sorted(have)
            assert have == want, f
    if "questions" in gold:
        assert [q["number"] for q in rec["questions"]] == [q["number"] for q in gold["questions"]]
    if "redactions" in gold:
        assert {r["woo_article"] for r in rec["redactions"]} == {r["woo_article"] for r in gold["redactions"]}
    if "questioners" in gold:
        assert [q["name"] for q in rec["questioners"]] == [q["name"] for q in gold["questioners"]]
