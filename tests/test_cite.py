"""Citing a document: titles, official identifiers, the cite line, BibTeX and CSL-JSON.
The records are written here, in the genres' own forms."""

from __future__ import annotations

from armswatch.cite import bibtex, citation, csl_json, long_date, session_year, title_of


def test_a_motion_is_titled_by_its_movers_not_by_its_dossier():
    body = (
        "Vaststelling van de begrotingsstaten van het Ministerie van Defensie\n\n"
        "Nr. 12 MOTIE VAN HET LID VAN DER LEE EN BOSWIJK C.S.\nVoorgesteld 12 juni 2023\n\nDe Kamer, ..."
    )
    t = title_of({"type": "motie", "body": body, "subject": "Vaststelling van de begrotingsstaten"})
    assert t == {"text": "Motie van het lid Van der Lee en Boswijk c.s.", "derived": False, "source": "motion"}
    spelled = "Motie van de leden Dassen en Sjoerdsma over munitie voor Oekraïne\n\nDe Kamer,"
    assert title_of({"type": "motie", "body": spelled})["text"] == (
        "Motie van de leden Dassen en Sjoerdsma over munitie voor Oekraïne"
    )


def test_a_letter_quoting_a_motion_keeps_its_subject():
    body = "Conform de motie van het lid Jansen over steun aan Oekraïne heeft het kabinet besloten."
    assert title_of({"type": "kamerbrief", "body": body, "subject": "Steun"})["text"] == "Steun"


def test_without_subject_the_title_is_derived_from_the_text_and_says_so():
    heading = {"body": "Geachte Voorzitter,\n\nLevering van munitie aan Oekraïne\n\nHierbij ..."}
    assert title_of(heading) == {"text": "Levering van munitie aan Oekraïne", "derived": True, "source": "text"}
    long = "Hierbij stuur ik u " + "de lijst van alle leveringen aan de krijgsmacht van Oekraïne, " * 4 + "klaar."
    t = title_of({"body": "Geachte Voorzitter,\n\n" + long})
    assert t["derived"] and t["text"].endswith("…") and len(t["text"]) <= 120
    assert t["text"][:-1].split()[-1] in long.split()  # cut after a whole word
    assert (
        title_of({"kamerstuk": {"dossier": "36045", "number": "9", "title": "Situatie in Oekraïne"}, "body": ""})[
            "text"
        ]
        == "Situatie in Oekraïne"
    )


def test_the_parliamentary_year_opens_on_the_third_tuesday_of_september():
    assert session_year("2023-09-18") == "2022/23"  # the Monday before Prinsjesdag 2023
    assert session_year("2023-09-19") == "2023/24"
    assert session_year("2024-01-05") == "2023/24"
    assert session_year(None) is None


def test_a_kamerstuk_is_cited_with_its_official_identifier_and_url():
    record = {
        "id": "ab" * 32,
        "type": "kamerbrief",
        "chamber": "TK",
        "date": "2023-04-14",
        "subject": "Gebruik van clustermunitie",
        "kamerstuk": {"dossier": "21501-28", "number": "233"},
        "sender": {"name": "K.H. Ollongren", "role": "Minister van Defensie"},
        "reference": "BS2023011111",
        "source": {"path": "/srv/data/brief.txt", "format": "txt"},
        "body": "",
    }
    c = citation(record)
    assert c["identifier"] == "Kamerstukken II 2022/23, 21501-28, nr. 233"
    assert c["url"] == "https://zoek.officielebekendmakingen.nl/kst-21501-28-233"
    assert c["cite"] == (
        "Minister van Defensie (K.H. Ollongren), ‘Gebruik van clustermunitie’, 14 april 2023, "
        "Kamerstukken II 2022/23, 21501-28, nr. 233, https://zoek.officielebekendmakingen.nl/kst-21501-28-233."
    )
    assert [i["scheme"] for i in c["identifiers"]] == ["kamerstuk", "reference"]
    assert "/srv" not in repr(c)
    bib = bibtex(record, c)
    assert bib.startswith("@misc{armswatchabababababab,") and "howpublished = {Kamerstukken II 2022/23" in bib
    item = csl_json(record, c)[0]
    assert item["issued"] == {"date-parts": [[2023, 4, 14]]} and item["URL"] == c["url"]
    assert item["author"] == [{"literal": "Minister van Defensie (K.H. Ollongren)"}]


def test_an_answer_is_cited_by_its_aanhangsel_number_and_a_synced_record_by_its_source():
    answer = {"type": "antwoord_kamervragen", "source": {"path": "/x/ah-tk-20202021-3235.pdf"}, "body": "x"}
    c = citation(answer)
    assert c["identifier"] == "Aanhangsel Handelingen II 2020/21, nr. 3235"
    assert c["url"] == "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-3235"
    synced = {"origin": {"source_url": "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D1"}, "body": "x"}
    assert citation(synced)["url"] == "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D1"
    assert citation({"source": {"path": "/home/me/notes.txt"}, "body": "x"})["url"] is None


def test_bibtex_escapes_what_latex_would_read_as_commands():
    record = {"id": "c" * 64, "subject": "50% & meer {steun}", "body": ""}
    assert "title = {50\\% \\& meer \\{steun\\}}" in bibtex(record, citation(record))


def test_dates_are_written_out_in_the_page_language():
    assert long_date("2023-04-14") == "14 april 2023" and long_date("2023-04-14", "en") == "14 April 2023"
    assert long_date("2023-03") == "maart 2023" and long_date("2023") == "2023" and long_date(None) == ""


def test_a_kamerstuk_without_subject_is_titled_by_its_dossier_line():
    body = "21 501-20 Europese Raad\n\n36 410 Begroting\n\nNr. 12 BRIEF VAN DE MINISTER VAN FINANCIËN\n\nHierbij ..."
    t = title_of({"type": "kamerbrief", "body": body, "kamerstuk": {"dossier": "21501-20", "number": "12"}})
    assert t == {"text": "Europese Raad", "derived": False, "source": "kamerstuk"}
    t = title_of({"type": "kamerbrief", "body": body, "kamerstuk": {"dossier": "36410", "number": "12"}})
    assert t["text"] == "Begroting"


def test_a_derived_title_skips_the_letterhead_and_ends_where_the_sentence_ends():
    body = (
        "Nr. 8 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer\n\n"
        "Den Haag, 2 mei 2022\n\nNa het debat van 1 mei jl. (Handelingen II) stuur ik u a.s. een overzicht. "
        "Daarna volgt meer.\n"
    )
    t = title_of({"type": "kamerbrief", "body": body})
    assert t == {
        "text": "Na het debat van 1 mei jl. (Handelingen II) stuur ik u a.s. een overzicht.",
        "derived": True,
        "source": "text",
    }
