"""PDF: running text in order, page furniture gone, the Rijksoverheid sidebar set aside."""

import pymupdf
from read_support import input_error

from armswatch.errors import InputError
from armswatch.read import read_file
from armswatch.read.pdf_layout import Line, Page, join_fragments, lay_out

PAGE_1 = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 3 maart 2022\nBetreft Levering van pantserhouwitsers aan Oekraïne\n\n"
    "Hierbij informeer ik uw Kamer, mede namens de minister van Buitenlandse Zaken, over "
    "de levering van drie pantserhouwitsers aan Oekraïne. De levering is getoetst aan de "
    "criteria van het Gemeenschappelijk Standpunt 2008/944/GBVB. Het kabinet heeft besloten "
    "de systemen uit de eigen voorraad te leveren en de kosten ten laste van de begroting "
    "te brengen."
)
PAGE_2 = (
    "De systemen worden in de komende weken overgedragen. Over de opleiding van het "
    "personeel bericht ik uw Kamer in een volgende brief. Ik vertrouw erop u hiermee "
    "voldoende te hebben geïnformeerd.\n\nDe Minister van Defensie,\n\nK.H. Ollongren"
)
SIDEBAR = "Ministerie van Defensie\nKalvermarkt 32\nDen Haag\n\nOns kenmerk\nBS2022007094"
FOOTER = "Pagina {n} van 2"
HEADER = "Kamerbrief levering pantserhouwitsers"


def make_letter(path, *, sidebar=True, encrypt=False, user_pw="geheim"):
    doc = pymupdf.open()
    for n, body in enumerate((PAGE_1, PAGE_2), start=1):
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(80, 30, 450, 50), HEADER, fontsize=7, fontname="helv")
        left = page.insert_textbox(pymupdf.Rect(80, 120, 440, 760), body, fontsize=10, fontname="helv")
        assert left >= 0, "body text did not fit"
        if sidebar and n == 1:
            page.insert_textbox(pymupdf.Rect(468, 120, 580, 300), SIDEBAR, fontsize=7, fontname="helv")
        page.insert_textbox(pymupdf.Rect(468, 800, 580, 815), FOOTER.format(n=n), fontsize=7, fontname="helv")
    kw = {}
    if encrypt:
        kw = dict(
            encryption=pymupdf.PDF_ENCRYPT_AES_256,
            user_pw=user_pw,
            owner_pw="geheimer",
            permissions=pymupdf.PDF_PERM_PRINT,
        )
    doc.save(path, **kw)
    doc.close()
    return path


def squash(text: str) -> str:
    return " ".join(text.split())


def test_running_text_equals_the_letter(tmp_path):
    raw = read_file(make_letter(tmp_path / "brief.pdf"))
    assert raw.format == "pdf"
    assert squash(raw.text) == squash(PAGE_1 + " " + PAGE_2)
    assert raw.text.count("\f") == 1
    assert raw.page_starts == [0, raw.text.index("\f") + 1]
    assert raw.text[raw.page_starts[1] :].startswith("De systemen")


def test_footer_and_header_gone_sidebar_in_meta(tmp_path):
    raw = read_file(make_letter(tmp_path / "brief.pdf"))
    assert "Pagina" not in raw.text and HEADER not in raw.text
    assert "Pagina 1 van 2" in raw.meta["furniture"]
    assert raw.meta["sidebar"] == SIDEBAR
    assert "Ons kenmerk" not in raw.text and "Kalvermarkt" not in raw.text


def test_paragraphs_separated_by_blank_lines(tmp_path):
    raw = read_file(make_letter(tmp_path / "brief.pdf"))
    first_page = raw.text.split("\f")[0]
    assert "Staten-Generaal\n\nDatum 3 maart 2022\nBetreft" in first_page
    assert raw.text.endswith("geïnformeerd.\n\nDe Minister van Defensie,\n\nK.H. Ollongren")


def test_without_sidebar_nothing_is_set_aside(tmp_path):
    raw = read_file(make_letter(tmp_path / "brief.pdf", sidebar=False))
    assert raw.meta["sidebar"] == ""
    assert squash(raw.text) == squash(PAGE_1 + " " + PAGE_2)


def test_encrypted_pdf(tmp_path):
    assert "encrypted" in input_error(make_letter(tmp_path / "dicht.pdf", encrypt=True))


def test_pdf_with_only_an_owner_password_reads(tmp_path):
    # government PDFs often forbid editing but open without a password
    raw = read_file(make_letter(tmp_path / "beperkt.pdf", encrypt=True, user_pw=""))
    assert squash(raw.text) == squash(PAGE_1 + " " + PAGE_2)


def test_truncated_pdf(tmp_path):
    whole = make_letter(tmp_path / "heel.pdf").read_bytes()
    p = tmp_path / "kort.pdf"
    p.write_bytes(whole[:200])
    assert "not a readable PDF" in input_error(p)
    p = tmp_path / "half.pdf"
    p.write_bytes(whole[: len(whole) // 3])
    # MuPDF may repair a cut file; either it reads what is left or it says why not
    try:
        raw = read_file(p)
    except InputError as e:
        assert "\n" not in str(e)
    else:
        assert "pantserhouwitsers" in raw.text or raw.text.strip()


def test_garbage_named_pdf(tmp_path):
    p = tmp_path / "nep.pdf"
    p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    input_error(p)
    q = tmp_path / "tekst.pdf"
    q.write_text("dit is geen pdf")
    input_error(q)


def test_scan_without_text_layer(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=200)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 50, 50), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(10, 10, 110, 110), pixmap=pix)
    doc.save(tmp_path / "scan.pdf")
    # a blank scan: Tesseract reads it and finds nothing (scans with text: test_read_ocr.py)
    assert "no text layer, and OCR read no text" in input_error(tmp_path / "scan.pdf")


# --- the layout rules on plain boxes ----------------------------------------------------------


def test_ocr_fragments_on_one_row_are_joined():
    parts = [Line(443, 735.4, 460, 741, "Pagina", 5), Line(464, 735.1, 484, 739.7, "1 van 3", 5)]
    assert [ln.text for ln in join_fragments(parts)] == ["Pagina 1 van 3"]
    # pieces that touch are one word
    word = [Line(100, 50, 110, 60, "Oekra", 10), Line(110.5, 50, 125, 60, "ïne", 10)]
    assert [ln.text for ln in join_fragments(word)] == ["Oekraïne"]


def test_text_and_sidebar_on_one_ocr_line_are_split():
    body = [
        Line(111, 100 + 10 * i, 430, 108 + 10 * i, "regel van de brief met genoeg tekst " + str(i), 7) for i in range(8)
    ]
    mixed = [Line(111, 190, 208, 198, "ontwikkelen hieromtrent.", 7), Line(443, 190, 507, 196, "Kenmerk", 5)]
    out = lay_out([Page(595, 842, body + mixed)])
    assert out.pages[0].endswith("ontwikkelen hieromtrent.")
    assert out.sidebar == "Kenmerk"


def test_numbered_footer_repeats_but_question_numbers_stay():
    def page(n, first):
        lines = [Line(100, 40, 200, 50, first, 9)]
        lines += [Line(100, 60 + 12 * i, 400, 70 + 12 * i, f"tekst {i} van de beantwoording hier", 9) for i in range(5)]
        lines.append(Line(100, 800, 300, 810, f"Tweede Kamer, vergaderjaar 2021–2022, Aanhangsel {n}", 9))
        return Page(595, 842, lines)

    out = lay_out([page(1, "Vraag 3"), page(2, "Vraag 7"), page(3, "Antwoord 9")])
    assert all(p.startswith(("Vraag", "Antwoord")) for p in out.pages)
    assert not any("Aanhangsel" in p for p in out.pages)
    two = lay_out([page(1, "Vraag 3"), page(2, "Vraag 4")])
    assert [p.split("\n")[0] for p in two.pages] == ["Vraag 3", "Vraag 4"]


def test_printed_page_numbers_not_starting_at_one():
    pages = []
    for i in range(4):
        lines = [Line(100, 30, 300, 40, f"Handelingen TK 45 — 45-{12 + i}", 8)]
        lines += [
            Line(100, 100 + 12 * k, 400, 110 + 12 * k, f"spreker {k} zegt iets over de wapens", 9) for k in range(3)
        ]
        pages.append(Page(595, 842, lines))
    out = lay_out(pages)
    assert not any("Handelingen" in p for p in out.pages)


TITLE = "Debat over de steun aan Oekraïne en de levering van pantserhouwitsers"


def test_two_columns_read_left_then_right(tmp_path):
    left = (
        "De voorzitter: Ik open de vergadering. Aan de orde is het debat over de steun aan "
        "Oekraïne. Ik geef het woord aan de minister van Defensie voor haar eerste termijn. "
    ) * 3
    right = (
        "Minister Ollongren: Voorzitter, dank u wel. Het kabinet heeft besloten om drie "
        "pantserhouwitsers te leveren aan Oekraïne uit de eigen voorraad. "
    ) * 3
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_textbox(pymupdf.Rect(60, 70, 535, 105), TITLE, fontsize=12, fontname="helv")
    page.insert_textbox(pymupdf.Rect(60, 110, 290, 700), left, fontsize=9, fontname="helv")
    page.insert_textbox(pymupdf.Rect(305, 110, 535, 700), right, fontsize=9, fontname="helv")
    page.insert_text((60, 760), "vertikale stempel", rotate=90, fontsize=8)
    doc.save(tmp_path / "handelingen.pdf")
    text = read_file(tmp_path / "handelingen.pdf").text
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == TITLE  # spans the gutter: read before both columns
    assert squash(paragraphs[1]) == squash(left)
    assert squash(paragraphs[2]) == squash(right)
    assert "stempel" not in text


def test_one_page_kamerstuk_imprint_and_footer_removed():
    body = [
        Line(200, 100 + 12 * i, 520, 110 + 12 * i, f"regel {i} van de brief aan de Kamer over wapens", 9)
        for i in range(6)
    ]
    imprint = [
        Line(37, 720, 94, 725, "kst-36045-123", 6),
        Line(37, 726, 90, 732, "ISSN 0921 - 7371", 6),
        Line(37, 733, 91, 738, "’s-Gravenhage 2023", 6),
        Line(200, 750, 430, 759, "Tweede Kamer, vergaderjaar 2022–2023, 36 045, nr. 123", 9),
        Line(517, 750, 522, 759, "1", 9),
    ]
    out = lay_out([Page(558, 771, body + imprint)])
    assert out.pages[0] == "\n".join(ln.text for ln in body)
    assert len(out.furniture) == 5


def test_long_sidebar_lines_do_not_hide_the_sidebar():
    body = [
        Line(80, 300 + 12 * i, 440 - (i % 3) * 20, 310 + 12 * i, f"regel {i} van de lopende tekst van de brief", 9)
        for i in range(12)
    ]
    side = [Line(468, 100 + 9 * i, 580, 107 + 9 * i, f"Correspondentie uitsluitend richten {i}", 6) for i in range(4)]
    out = lay_out([Page(595, 842, body + side)])
    assert out.sidebar.count("Correspondentie") == 4
    assert "Correspondentie" not in out.pages[0]


def test_landscape_annex_page_keeps_its_right_half():
    body = [
        Line(80, 300 + 12 * i, 440, 310 + 12 * i, f"regel {i} van de lopende tekst van de brief", 9) for i in range(8)
    ]
    side = [Line(468, 100, 560, 107, "Ons kenmerk", 6)]
    annex = [Line(60, 100 + 12 * i, 400, 110 + 12 * i, f"bijlage regel {i} links", 9) for i in range(3)]
    annex += [Line(500, 100 + 12 * i, 780, 110 + 12 * i, f"rechts {i}", 9) for i in range(3)]
    out = lay_out([Page(595, 842, body + side), Page(842, 595, annex)])
    assert out.sidebar == "Ons kenmerk"
    assert "rechts 2" in out.pages[1]


def test_text_under_a_black_box_is_not_read(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((80, 100), "Gesprek met de heer Jansen over de levering.", fontsize=10, fontname="helv")
    page.insert_text((80, 130), "Tabelkop", fontsize=10, fontname="helv", color=(1, 1, 1))
    width = pymupdf.get_text_length("Gesprek met de heer ", fontname="helv", fontsize=10)
    name = pymupdf.get_text_length("Jansen", fontname="helv", fontsize=10)
    page.draw_rect(pymupdf.Rect(80 + width - 1, 90, 80 + width + name + 1, 103), color=None, fill=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(78, 120, 200, 133), color=None, fill=(0, 0, 0))  # white text on black
    page.insert_text((212, 131), "5.1.2e", fontsize=8, fontname="helv")
    doc.save(tmp_path / "woo.pdf")
    raw = read_file(tmp_path / "woo.pdf")
    assert "Jansen" not in raw.text
    assert "Gesprek met de heer █ over de levering." in raw.text
    assert "Tabelkop" in raw.text and "5.1.2e" in raw.text
    assert raw.meta["hidden_chars"] == 6


def test_rotated_page_keeps_its_geometry(tmp_path):
    path = make_letter(tmp_path / "brief.pdf")
    doc = pymupdf.open(path)
    for page in doc:
        page.set_rotation(90)
    doc.save(tmp_path / "gedraaid.pdf")
    raw = read_file(tmp_path / "gedraaid.pdf")
    assert squash(raw.text) == squash(PAGE_1 + " " + PAGE_2)
    assert raw.meta["sidebar"] == SIDEBAR


def test_sidebar_found_when_later_pages_use_the_full_width():
    first = [
        Line(80, 300 + 12 * i, 440, 310 + 12 * i, f"regel {i} van de eerste pagina van de brief", 9) for i in range(6)
    ]
    first += [Line(468, 100, 560, 107, "Ons kenmerk", 6), Line(468, 110, 560, 117, "BS2024001", 6)]
    wide = [
        Page(
            595,
            842,
            [
                Line(80, 100 + 12 * i, 540, 110 + 12 * i, f"regel {i} van een volgende, bredere pagina", 9)
                for i in range(40)
            ],
        )
        for _ in range(3)
    ]
    out = lay_out([Page(595, 842, first)] + wide)
    assert out.sidebar == "Ons kenmerk\nBS2024001"
    assert "kenmerk" not in out.pages[0]


def test_pdf_with_a_wrong_or_missing_extension(tmp_path):
    data = make_letter(tmp_path / "brief.pdf").read_bytes()
    for name in ("brief.txt", "download.aspx", "document"):
        (tmp_path / name).write_bytes(data)
        raw = read_file(tmp_path / name)
        assert raw.format == "pdf" and "pantserhouwitsers" in raw.text


def _page_with_foot(foot_text, foot_size):
    lines = [
        Line(80, 100 + 12 * i, 440, 110 + 12 * i, f"regel {i} van de brief over de levering van", 9) for i in range(10)
    ]
    lines.append(Line(80, 760, 400, 767, foot_text, foot_size))
    return Page(595, 842, lines)


def test_footnotes_move_to_the_end():
    out = lay_out([_page_with_foot("1 Kamerstuk 36 045, nr. 12.", 7), _page_with_foot("2 Zie bijlage.", 7)])
    assert all(p.split("\n")[-1].startswith("regel 9") for p in (out.pages[0], out.pages[1].split("\n\n")[0]))
    assert out.pages[1].endswith("\n\n1 Kamerstuk 36 045, nr. 12.\n\n2 Zie bijlage.")


def test_small_print_without_a_note_number_stays():
    out = lay_out([_page_with_foot("Bijlage: overzicht van de leveringen", 7)])
    assert out.pages[0].endswith("Bijlage: overzicht van de leveringen")
