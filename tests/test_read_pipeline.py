"""The read stage feeds the pipeline: a PDF letter's record has its sidebar fields and a body
without page furniture, the same as the letter's text would give."""

from test_read_pdf import PAGE_1, PAGE_2, make_letter

from armswatch.pipeline import extract_file


def test_pdf_letter_record(tmp_path):
    rec = extract_file(make_letter(tmp_path / "brief.pdf")).to_dict()
    assert rec["source"]["format"] == "pdf"
    assert rec["reference"] == "BS2022007094"  # only in the sidebar
    for gone in ("Pagina", "Kalvermarkt", "Kamerbrief levering"):
        assert gone not in rec["body"]
    assert "drie pantserhouwitsers aan Oekraïne" in rec["body"]


def test_pdf_and_text_of_one_letter_agree(tmp_path):
    # the text has no sidebar; the PDF's sidebar is set aside, so the rest must agree
    txt = tmp_path / "brief.txt"
    txt.write_text(PAGE_1 + "\n\n" + PAGE_2 + "\n", encoding="utf-8")
    a = extract_file(txt).to_dict()
    b = extract_file(make_letter(tmp_path / "brief.pdf")).to_dict()
    for key in ("type", "date", "subject", "sender", "co_senders", "addressee"):
        assert a[key] == b[key], key
