"""Regression guard: the shared scorer on the development corpus and on the project's own
evaluation corpora (tests/heldout*). Skips when ../shared (and so the scorer) is absent.

The thresholds are floors that catch a regression, not the targets we tune to: see
docs/evaluation.md for how each corpus was written and what its score means."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"
CORPORA = {
    "dev": SHARED / "corpus" / "dev",
    "heldout": ROOT / "tests" / "heldout",
    "heldout2": ROOT / "tests" / "heldout2",
    "heldout3": ROOT / "tests" / "heldout3",
}
FLOORS = {"metadata": 0.95, "questions": 1.0, "provenance": 1.0, "facts_f1": 0.85, "figures_f1": 0.75}


def score(corpus: Path) -> dict[str, float]:
    cmd = f"{sys.executable} -m armswatch"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), "--cmd", cmd],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=600,
    ).stdout
    line = out.strip().splitlines()[-1]
    assert line.startswith("SCORE"), out[-2000:]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_scores_stay_above_their_floors(name):
    if not SCORER.is_file() or not CORPORA[name].is_dir():
        pytest.skip("the shared scorer or the corpus is not present")
    got = score(CORPORA[name])
    assert got["failures"] == 0
    for key, floor in FLOORS.items():
        assert got[key] >= floor, f"{name}: {key}={got[key]} below {floor}"
