"""How well a scan reads: every development-corpus text letter typeset to a PDF, scanned to an
image-only PDF (200 dpi, skew, noise: tests/scan_support.py) and read by OCR; prints, per letter
and in total, whether the scan gives the same date and reference as the typeset text, and how
many of the text's facts (kind, actor, weapon) the scan gives back. Run on demand (minutes):

    PYTHONPATH=$PWD python bench/ocr_dev_corpus.py [../shared/corpus/dev [SCAN_DPI]]

SCAN_DPI is the resolution of the made scans (default 200); ARMSWATCH_OCR_DPI the one OCR reads at.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from scan_support import scan, typeset  # noqa: E402

from armswatch.pipeline import extract_file  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def facts(record) -> set[tuple]:
    """Each fact as (kind, who, what, value): actor/state/donor, weapon/treaty/about, a figure's value."""
    out = set()
    for f in record.facts:
        who = f.fields.get("actor") or f.fields.get("state") or f.fields.get("donor")
        what = f.fields.get("weapon") or f.fields.get("treaty") or f.fields.get("about")
        out.add((f.kind, who, what, f.fields.get("value")))
    return out


def main(folder: Path = DEV, scan_dpi: int = 200) -> None:
    same_date = same_ref = kept = total = letters = pages = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for txt in sorted(folder.glob("*.txt")):
            typed, scanned = Path(tmp) / "typed.pdf", Path(tmp) / "scanned.pdf"
            typeset(typed, [ln.strip() for ln in txt.read_text(encoding="utf-8").splitlines()])
            scan(typed, scanned, dpi=scan_dpi)
            text = extract_file(typed)
            start = time.perf_counter()
            ocr = extract_file(scanned)
            seconds += time.perf_counter() - start
            pages += len(ocr.ocr["pages"]) if ocr.ocr else 0
            want, got = facts(text), facts(ocr)
            letters += 1
            same_date += text.structure.date == ocr.structure.date
            same_ref += text.structure.reference == ocr.structure.reference
            kept += len(want & got)
            total += len(want)
            print(
                f"{txt.name[:48]:48} date {'=' if text.structure.date == ocr.structure.date else 'x'} "
                f"ref {'=' if text.structure.reference == ocr.structure.reference else 'x'} "
                f"facts {len(want & got)}/{len(want)} (+{len(got - want)}) "
                f"conf {ocr.ocr['mean_confidence'] if ocr.ocr else '-'}"
            )
    print(
        f"{letters} letters, {pages} OCR pages, {seconds / max(pages, 1):.2f} s/page: same date {same_date}/{letters}, "
        f"same reference {same_ref}/{letters}, facts kept {kept}/{total}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV, int(sys.argv[2]) if len(sys.argv) > 2 else 200)
