"""Floors on the real-document corpus (corpus/real/batch*): real published documents annotated
blind. The shared scorer runs over all annotated batches pooled (a temporary folder of links);
skips when ../shared (and so the scorer) is absent.

The floors sit a little under the tuned scores recorded in docs/evaluation.md, so a change that
loses what real documents need fails here; they are not the targets (see the issue's table).
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"
REAL = ROOT / "corpus" / "real"
# scores over batches 1-47 pooled (3,146 documents, docs/evaluation.md, session 12's final code):
# metadata 0.97, structure 0.91, questions 0.94, facts_f1 0.90, figures_f1 0.83, provenance 1.00 —
# the floors sit a little under them (the latest batch, scored blind and not tuned on, counts too), so
# a real regression fails the suite
FLOORS = {
    "metadata": 0.93,
    "structure": 0.88,
    "questions": 0.91,
    "facts_f1": 0.87,
    "figures_f1": 0.80,
    "provenance": 1.0,
}
# per kind, precision / recall: treaty_status 1.00 / 0.94, weapon_use 0.98 / 0.74, aid 0.92 / 0.51
# (aid rests on 186 gold facts, many of them support said over several sentences, as a mission, or
# through an organisation's fund: its floor guards precision above all)
KIND_FLOORS: dict[str, tuple[float, float]] = {
    "treaty_status": (0.95, 0.88),
    "weapon_use": (0.90, 0.70),
    "aid": (0.90, 0.44),
}


def annotated(tmp: Path) -> Path:
    for gold in sorted(REAL.glob("batch*/*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for doc in gold.parent.glob(stem + ".*"):
            (tmp / doc.name).symlink_to(doc)
    return tmp


def test_real_documents_stay_above_their_floors(tmp_path):
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not present")
    corpus = annotated(tmp_path)
    if not list(corpus.glob("*.gold.json")):
        pytest.skip("no annotated real documents")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), "--cmd", f"{sys.executable} -m armswatch"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=3600,  # a guard against a hung run, not a speed goal (one process per document)
    ).stdout
    line = out.strip().splitlines()[-1]
    assert line.startswith("SCORE"), out[-2000:]
    got = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
    assert got["failures"] == 0, out[-3000:]
    for key, floor in FLOORS.items():
        assert got[key] >= floor, f"{key}={got[key]} below {floor}"
    for kind, (p_floor, r_floor) in KIND_FLOORS.items():
        m = re.search(rf"^{kind}\s+tp=\d+ fp=\d+ fn=\d+ precision=([\d.]+) recall=([\d.]+)", out, re.M)
        assert m, f"no line for {kind}"
        assert float(m.group(1)) >= p_floor and float(m.group(2)) >= r_floor, m.group(0)
