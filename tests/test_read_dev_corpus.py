"""The real PDFs of the dev corpus: furniture gone, sidebar set aside, pages kept."""

import re

from armswatch.read import read_file


def _pdf(dev_corpus, prefix):
    return read_file(next(dev_corpus.glob(f"{prefix}_*.pdf")))


def test_every_dev_file_reads(dev_corpus):
    for path in sorted(dev_corpus.iterdir()):
        if path.name.endswith(".gold.json"):
            continue
        raw = read_file(path)
        assert raw.text.strip(), path.name
        assert raw.page_starts[0] == 0


def test_aanhangsel_pdf_furniture(dev_corpus):
    raw = _pdf(dev_corpus, "f_01")
    assert raw.meta["pages"] == 3 and len(raw.page_starts) == 3
    assert raw.text.count("\f") == 2
    assert "ISSN" not in raw.text and "’s-Gravenhage 2021" not in raw.text
    assert "ah-tk-20202021-3235" not in raw.text
    assert "vergaderjaar 2020–2021, Aanhangsel" not in raw.text
    lines = re.split(r"[\n\f]", raw.text)
    assert [ln for ln in lines if re.fullmatch(r"Vraag \d+", ln)] == [f"Vraag {n}" for n in range(1, 10)]
    assert [ln for ln in lines if re.fullmatch(r"Antwoord \d+", ln)] == [f"Antwoord {n}" for n in range(1, 10)]
    assert raw.meta["sidebar"] == ""
    # a page break falls between question 3 and its answer
    page_2 = raw.text[raw.page_starts[1] : raw.page_starts[2]]
    assert page_2.startswith("Antwoord 3\n")


def test_word_letter_pdf_sidebar(dev_corpus):
    raw = _pdf(dev_corpus, "f_06")
    assert "Pagina 1 van 3" not in raw.text and "Pagina" not in raw.text
    assert "Ons kenmerk" in raw.meta["sidebar"] and "5687928/11" in raw.meta["sidebar"]
    assert "Ons kenmerk" not in raw.text and "Schedeldoekshaven" not in raw.text
    assert "\nDatum 1 maart 2011\nOnderwerp Draagmoederschap\n" in raw.text
    assert "De Staatssecretaris van Veiligheid en Justitie,\n\nF. Teeven\n\n1 Bij hoogtechnologisch" in raw.text
    # the footnote no longer cuts the sentence that runs on to page 3
    assert "vanuit het belang van het\fkind wordt benaderd" in raw.text


def test_scanned_woo_pdf_with_ocr_layer(dev_corpus):
    raw = _pdf(dev_corpus, "f_09")
    side = raw.meta["sidebar"]
    assert "Kenmerk\n1747084-210433-PDC19" in side
    assert "Kenmerk" not in raw.text and "directoraat-generaal" not in raw.text
    assert "Pagina" not in raw.text and "Pagina" not in side.split("\n")
    # OCR splits one printed line into pieces; they come back as one line
    assert "\nBetreft Antwoord op brief Veilig en verantwoord reizen\n" in raw.text
    assert "\nIk wil u allereerst bedanken voor de inzet" in raw.text
    assert "\fontwikkelen hieromtrent.\n" in raw.text
    assert "5.1.2e" in raw.text  # redaction codes in the text stay
