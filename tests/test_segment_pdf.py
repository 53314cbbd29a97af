"""A generated two-page PDF Kamerbrief through reader, normalise and segment."""

import pymupdf

from armswatch.pipeline import extract_file

BODY_1 = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "",
    "Datum 14 november 2023",
    "Betreft Levering van munitie aan Oekraïne",
    "",
    "Hierbij informeer ik uw Kamer, mede namens de minister van Buitenlandse Zaken,",
    "over de levering van aanvul-",
    "lende munitie aan Oekraïne. De levering is getoetst",
    "aan de criteria van het Gemeenschappelijk Standpunt en wordt uit de begroting",
    "van Defensie bekostigd.",
]
BODY_2 = [
    "De munitie wordt in de komende weken overgedragen.",
    "",
    "De Minister van Defensie,",
    "",
    "drs. K.H. Ollongren",
]
SIDEBAR = ["Ministerie van Defensie", "Kalvermarkt 32", "Den Haag", "", "Ons kenmerk", "BS2023012345"]


def write_lines(page, x, y, lines, size):
    for line in lines:
        if line:
            page.insert_text((x, y), line, fontsize=size, fontname="helv")
        y += size * 1.5


def make_letter(path):
    doc = pymupdf.open()
    for n, body in enumerate((BODY_1, BODY_2), start=1):
        page = doc.new_page(width=595, height=842)
        write_lines(page, 80, 140, body, 10)
        if n == 1:
            write_lines(page, 470, 140, SIDEBAR, 7)
        write_lines(page, 470, 810, [f"Pagina {n} van 2"], 7)
    doc.save(path)
    doc.close()
    return path


def test_pdf_letter(tmp_path):
    r = extract_file(make_letter(tmp_path / "brief.pdf")).to_dict()
    assert (r["type"], r["chamber"], r["date"], r["subject"], r["reference"]) == (
        "kamerbrief",
        "TK",
        "2023-11-14",
        "Levering van munitie aan Oekraïne",
        "BS2023012345",
    )
    assert r["sender"] == {"name": "K.H. Ollongren", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    body = r["body"]
    assert "aanvullende munitie" in body
    assert "Pagina" not in body and "Kalvermarkt" not in body and "Datum" not in body
    assert "Hierbij informeer ik uw Kamer, mede namens de minister van Buitenlandse Zaken, over de levering" in body
