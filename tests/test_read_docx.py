"""DOCX: body paragraphs and tables in order, headers/footers and text boxes set aside,
the zip container bounded before anything is expanded."""

import zipfile

import docx
from docx.oxml import parse_xml
from read_support import input_error

from armswatch.read import docx_reader, read_file

PARAGRAPHS = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Betreft Steun aan Oekraïne",
    "Hierbij informeer ik uw Kamer over de levering van militaire goederen aan Oekraïne.",
    "Het kabinet levert de volgende goederen:",
]
TABLE = [["Goederen", "Aantal"], ["Pantserhouwitser 2000", "3"], ["Munitie 155mm", "1.000"]]
CLOSING = ["De Minister van Defensie,", "K.H. Ollongren"]

TEXTBOX = (
    '<w:r %s><w:pict><v:shape style="position:absolute"><v:textbox><w:txbxContent>'
    "<w:p><w:r><w:t>Ons kenmerk</w:t></w:r></w:p><w:p><w:r><w:t>BS2022007094</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def make_docx(path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Ministerie van Defensie"
    section.footer.paragraphs[0].text = "Pagina 1 van 1"
    first = d.add_paragraph(PARAGRAPHS[0])
    first._p.append(
        parse_xml(
            TEXTBOX % 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"'
        )
    )
    for text in PARAGRAPHS[1:]:
        d.add_paragraph(text)
    table = d.add_table(rows=len(TABLE), cols=2)
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for text in CLOSING:
        d.add_paragraph(text)
    d.save(path)
    return path


def test_text_in_document_order(tmp_path):
    raw = read_file(make_docx(tmp_path / "brief.docx"))
    assert raw.format == "docx"
    rows = [" | ".join(r) for r in TABLE]  # each row a paragraph of its own
    expected = "\n\n".join(PARAGRAPHS + rows + CLOSING)
    assert raw.text == expected


def test_header_footer_and_textbox_not_in_text(tmp_path):
    raw = read_file(make_docx(tmp_path / "brief.docx"))
    assert "Ministerie van Defensie" not in raw.text and "Pagina" not in raw.text
    assert raw.meta["header_footer"] == "Ministerie van Defensie\nPagina 1 van 1"
    assert "Ons kenmerk" not in raw.text
    assert raw.meta["sidebar"] == "Ons kenmerk\nBS2022007094"


def test_not_a_zip(tmp_path):
    p = tmp_path / "nep.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)  # an old .doc / encrypted Office file
    assert "not a DOCX" in input_error(p)


def test_zip_without_document(tmp_path):
    p = tmp_path / "leeg.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hallo.txt", "geen word")
    assert "word/document.xml" in input_error(p)


def test_zip_bomb_ratio(tmp_path):
    p = tmp_path / "bom.docx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\x00" * (8 * 1024 * 1024))
    assert "zip bomb" in input_error(p)


def test_total_size_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 10_000)
    assert "zip bomb" in input_error(make_docx(tmp_path / "groot.docx"))


def test_corrupt_document_xml(tmp_path):
    good = make_docx(tmp_path / "goed.docx")
    p = tmp_path / "kapot.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    assert "corrupt DOCX" in input_error(p)


def test_truncated_zip(tmp_path):
    data = make_docx(tmp_path / "goed.docx").read_bytes()
    p = tmp_path / "half.docx"
    p.write_bytes(data[: len(data) // 2])
    input_error(p)


FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Kamerstuk 36 045, nr. 1.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def test_footnotes_follow_the_body(tmp_path):
    plain = make_docx(tmp_path / "zonder.docx")
    p = tmp_path / "met.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(p, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/footnotes.xml", FOOTNOTES)
    text = read_file(p).text
    assert text.endswith("K.H. Ollongren\n\n1 Kamerstuk 36 045, nr. 1.")
    assert "---" not in text


def test_textbox_in_header_is_the_sidebar(tmp_path):
    d = docx.Document()
    header_p = d.sections[0].header.paragraphs[0]
    header_p.text = "Ministerie van Buitenlandse Zaken"
    header_p._p.append(
        parse_xml(
            TEXTBOX % 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"'
        )
    )
    d.add_paragraph("Geachte voorzitter,")
    d.save(tmp_path / "brief.docx")
    raw = read_file(tmp_path / "brief.docx")
    assert raw.meta["sidebar"] == "Ons kenmerk\nBS2022007094"
    assert raw.meta["header_footer"] == "Ministerie van Buitenlandse Zaken"
    assert raw.text == "Geachte voorzitter,"
