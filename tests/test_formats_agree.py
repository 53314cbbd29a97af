"""One letter, four formats: text, Markdown, PDF and DOCX give the same record.

The issue's yardstick for the read and normalise stages: converting a letter must not change
its metadata, and its body may differ only in whitespace.
"""

import docx
import pymupdf
import pytest

from armswatch.pipeline import extract_file

HEAD = [
    "36 045 Situatie in de Oekraïne",
    "Nr. 412 BRIEF VAN DE MINISTER VAN DEFENSIE",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Den Haag, 14 maart 2024",
]
PARAGRAPHS = [
    "Mede namens de Minister van Buitenlandse Zaken informeer ik uw Kamer over de inzet van "
    "clustermunitie in Charkiv. Het is zeer waarschijnlijk dat de Russische strijdkrachten op "
    "2 maart 2024 clustermunitie hebben ingezet in een woonwijk van Charkiv.",
    "Rusland is geen partij bij het Verdrag inzake clustermunitie. Het humanitair oorlogsrecht "
    "vereist wel dat de inzet van alle wapens voldoet aan de regels over onderscheid, voorzorg "
    "en proportionaliteit.",
    "Het kabinet heeft besloten om vier pantserhouwitsers en munitie aan Oekraïne te leveren. "
    "Deze levering wordt getoetst aan de EU wapenexportcriteria en uit het Budget Internationale "
    "Veiligheid (BIV) bekostigd.",
]
SIGNATURE = ["De Minister van Defensie,", "K.H. Ollongren"]
METADATA = ("type", "chamber", "date", "subject", "reference", "kamerstuk", "sender", "co_senders", "addressee")


def write_txt(path):
    path.write_text("\n\n".join(HEAD + PARAGRAPHS + ["\n".join(SIGNATURE)]) + "\n", encoding="utf-8")
    return path


def write_md(path):
    lines = [f"**{HEAD[0]}**", f"## {HEAD[1]}"] + HEAD[2:] + PARAGRAPHS + ["\n".join(SIGNATURE)]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_pdf(path):
    """Two pages, text wrapped by the PDF engine (so lines break mid-sentence)."""
    doc = pymupdf.open()
    pages = [HEAD + PARAGRAPHS[:2], PARAGRAPHS[2:] + ["\n".join(SIGNATURE)]]
    for blocks in pages:
        page = doc.new_page(width=595, height=842)
        left = page.insert_textbox(pymupdf.Rect(70, 80, 460, 780), "\n\n".join(blocks), fontsize=10, fontname="helv")
        assert left >= 0, "text did not fit the page"
    doc.save(path)
    doc.close()
    return path


def write_docx(path):
    d = docx.Document()
    for block in HEAD + PARAGRAPHS:
        d.add_paragraph(block)
    for line in SIGNATURE:
        d.add_paragraph(line)
    d.save(path)
    return path


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def reference(tmp_path):
    return extract_file(write_txt(tmp_path / "brief.txt")).to_dict()


def test_the_text_letter_reads_as_expected(reference):
    assert reference["type"] == "kamerbrief"
    assert reference["date"] == "2024-03-14"
    assert reference["kamerstuk"] == {"dossier": "36045", "number": "412"}
    assert reference["sender"]["role"] == "Minister van Defensie"
    assert reference["co_senders"] == ["Minister van Buitenlandse Zaken"]


@pytest.mark.parametrize("writer", [write_md, write_pdf, write_docx], ids=["md", "pdf", "docx"])
def test_every_format_gives_the_same_metadata_and_body(tmp_path, reference, writer):
    suffix = {"write_md": ".md", "write_pdf": ".pdf", "write_docx": ".docx"}[writer.__name__]
    rec = extract_file(writer(tmp_path / f"brief{suffix}")).to_dict()
    for key in METADATA:
        assert rec[key] == reference[key], key
    assert squash(rec["body"]) == squash(reference["body"])
    assert {(f["kind"], f.get("actor") or f.get("state") or f.get("donor")) for f in rec["facts"]} == {
        (f["kind"], f.get("actor") or f.get("state") or f.get("donor")) for f in reference["facts"]
    }
