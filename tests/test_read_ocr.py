"""Scans are read by Tesseract (Dutch model): a letter photographed to an image-only PDF, with
skew and noise, gives back the date, reference and weapon facts of its text version; the record
says which pages were OCRed and how sure the reading was; without Tesseract the tool says so in
one line and reads the other pages."""

import json
import os
import subprocess
import sys

import pymupdf
import pytest
from scan_support import OWN_LETTER, scan, typeset

from armswatch.pipeline import extract_file
from armswatch.read import read_file
from armswatch.read.pdf_text_quality import garbled

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def facts_of(record: dict, kinds=("weapon_use", "treaty_status", "aid")) -> set[tuple]:
    """The weapon facts of a record (figures apart: a stray speck read as "." may cut one off)."""
    return {
        (f["kind"], f.get("actor") or f.get("state") or f.get("donor"), f.get("weapon") or f.get("treaty"))
        for f in record["facts"]
        if f["kind"] in kinds
    }


def text_and_scan(tmp_path, lines):
    typeset(tmp_path / "brief.pdf", lines)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    return extract_file(tmp_path / "brief.pdf").to_dict(), extract_file(tmp_path / "scan.pdf").to_dict()


def assert_same_reading(text: dict, scanned: dict) -> None:
    assert scanned["date"] == text["date"]
    assert scanned["reference"] == text["reference"]
    assert facts_of(text) and facts_of(text) <= facts_of(scanned)
    figures = facts_of(text, ("figure",))
    assert len(facts_of(scanned, ("figure",)) & figures) >= len(figures) / 2
    assert text["ocr"] is None
    assert scanned["ocr"]["pages"] == list(range(1, pymupdf.open(scanned["source"]["path"]).page_count + 1))
    assert scanned["ocr"]["mean_confidence"] > 70
    assert len(scanned["ocr"]["page_confidence"]) == len(scanned["ocr"]["pages"])


def test_own_letter_scanned_reads_like_its_text_version(tmp_path):
    text, scanned = text_and_scan(tmp_path, OWN_LETTER)
    assert text["date"] == "2024-03-12" and text["reference"] == "BS2024011223"
    assert ("weapon_use", "RUS", "cluster_munition") in facts_of(text)
    assert_same_reading(text, scanned)


def test_dev_corpus_letter_scanned_reads_like_its_text_version(tmp_path, dev_corpus):
    lines = [ln.strip() for ln in (dev_corpus / "004_abaaafa9e9bcd8a1.txt").read_text().splitlines()]
    text, scanned = text_and_scan(tmp_path, lines)
    assert ("weapon_use", "RUS", "chloropicrin") in facts_of(text)
    assert_same_reading(text, scanned)


def test_only_the_scanned_page_is_ocred(tmp_path):
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    mixed = pymupdf.open()
    mixed.new_page(width=595, height=842).insert_text(
        (70, 100), "Bijlage bij de brief over de inzet van wapens in de oorlog", fontsize=10
    )
    mixed.insert_pdf(pymupdf.open(tmp_path / "scan.pdf"))
    mixed.save(tmp_path / "mixed.pdf")
    raw = read_file(tmp_path / "mixed.pdf")
    assert raw.meta["ocr"]["pages"] == [2]
    assert "Bijlage bij de brief" in raw.text and "clustermunitie" in raw.text


def _run_extract(path, **env):
    return subprocess.run(
        [sys.executable, "-m", "armswatch", "extract", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": ROOT, **env},
        timeout=120,
    )


def test_without_tesseract_one_line_and_the_other_pages_are_read(tmp_path):
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    mixed = pymupdf.open(tmp_path / "brief.pdf")
    mixed.insert_pdf(pymupdf.open(tmp_path / "scan.pdf"))
    mixed.save(tmp_path / "mixed.pdf")
    out = _run_extract(tmp_path / "mixed.pdf", ARMSWATCH_TESSERACT=str(tmp_path / "no-tesseract"))
    assert out.returncode == 0
    assert len(out.stderr.splitlines()) == 1 and "tesseract not found" in out.stderr
    record = json.loads(out.stdout)
    assert record["ocr"]["pages"] == [] and record["ocr"]["skipped_pages"] == [2]
    assert record["date"] == "2024-03-12"


def test_without_the_dutch_model_a_scan_alone_is_one_clear_error(tmp_path):
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    (tmp_path / "tessdata").mkdir()  # a tessdata folder without nld.traineddata
    out = _run_extract(tmp_path / "scan.pdf", ARMSWATCH_TESSDATA=str(tmp_path / "tessdata"))
    assert out.returncode == 1 and out.stdout == ""
    last = out.stderr.splitlines()[-1]
    assert "no text layer" in last and "Dutch model" in last
    assert "Traceback" not in out.stderr


def test_a_garbled_text_layer_is_read_again_by_ocr(tmp_path):
    # the page shows real text (an image), but its text layer is shifted letters ("Plqlvwhu")
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    doc = pymupdf.open(tmp_path / "scan.pdf")
    shifted = " ".join(OWN_LETTER).translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc"))
    doc[0].insert_textbox(pymupdf.Rect(70, 70, 520, 780), shifted, fontsize=10, render_mode=3)
    doc.save(tmp_path / "garbled.pdf")
    raw = read_file(tmp_path / "garbled.pdf")
    assert raw.meta["ocr"]["pages"] == [1]
    assert "clustermunitie" in raw.text


@pytest.mark.parametrize(
    "text, bad",
    [
        (
            "Het kabinet heeft besloten de systemen uit de eigen voorraad te leveren aan de krijgsmacht "
            "van Oekraïne en de kosten ten laste van de begroting te brengen.",
            False,
        ),
        (
            "Gh Plqlvwhu ydq Ghihqvlh khhiw ehvorwhq gh vbvwhphq xlw gh hljhq yrrudrug wh ohyhuhq dcq gh "
            "nulmjvpdfkw ydq Rhnudcqh hq gh nrvwhq whq odvwh ydq gh ehjurwlqj wh eudqjhq.",
            True,
        ),
        ("2023 2024 BS2024 12 13 14 15 Nr Datum Omschrijving", False),  # too few words to judge
        ("\ue001\ue002\ue003\ue004 \ue005\ue006 \ue007\ue008\ue009", True),  # private-use glyphs
    ],
)
def test_garbled_is_judged_by_function_words_and_vowels(text, bad):
    assert garbled(text) is bad


def test_a_scan_saved_sideways_with_a_page_rotation_is_read_upright(tmp_path):
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    image = pymupdf.open(tmp_path / "scan.pdf")[0].get_pixmap(dpi=200)
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)  # landscape media box, shown upright by /Rotate 90
    page.insert_image(page.rect, pixmap=image, rotate=90)
    page.set_rotation(90)
    doc.save(tmp_path / "sideways.pdf")
    raw = read_file(tmp_path / "sideways.pdf")
    assert raw.meta["ocr"]["pages"] == [1]
    assert "Datum 12 maart 2024" in raw.text and "clustermunitie" in raw.text


def test_a_picture_under_a_short_text_layer_keeps_the_layer(tmp_path):
    # a last page with a signature over a full-page background picture: no scan, nothing to add
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 80), False)
    picture.clear_with(235)
    page.insert_image(page.rect, pixmap=picture)
    page.insert_text((70, 120), "De Minister van Defensie,", fontsize=10)
    page.insert_text((70, 160), "J.A. de Vries", fontsize=10)
    doc.save(tmp_path / "slot.pdf")
    raw = read_file(tmp_path / "slot.pdf")
    assert raw.meta.get("ocr") is None
    assert "De Minister van Defensie," in raw.text and "J.A. de Vries" in raw.text


def test_an_ingest_of_many_scans_without_tesseract_says_so_once(tmp_path):
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    scan(tmp_path / "brief.pdf", tmp_path / "scan.pdf")
    (tmp_path / "in").mkdir()
    words = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende")
    for n, word in enumerate(words):  # ten files: more than one worker's chunk
        mixed = pymupdf.open()  # each a typed page of its own and the scanned letter
        mixed.new_page().insert_text((70, 400), f"Dit is de {word} toelichting op de levering van munitie.")
        mixed.insert_pdf(pymupdf.open(tmp_path / "scan.pdf"))
        mixed.save(tmp_path / "in" / f"bijlage-{n}.pdf")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "armswatch",
            "ingest",
            str(tmp_path / "in"),
            "--db",
            str(tmp_path / "a.db"),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": ROOT, "ARMSWATCH_TESSERACT": str(tmp_path / "no-tesseract")},
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "10 new documents" in out.stdout
    assert [ln for ln in out.stderr.splitlines() if "tesseract" in ln] == [
        f"armswatch: tesseract not found ({tmp_path / 'no-tesseract'}); install tesseract-ocr and "
        "tesseract-ocr-nld; pages without a text layer are skipped"
    ]
