"""Texts for equivalence tests of fast paths: generated letters plus every corpus text file."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402


def sample_texts(generated: int, seed: int) -> list[str]:
    out = [t for _, t in generate.generate(generated, seed)]
    for folder in (
        ROOT.parent / "shared" / "corpus" / "dev",
        ROOT / "tests" / "heldout",
        ROOT / "tests" / "heldout2",
        ROOT / "tests" / "heldout3",
    ):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return out
