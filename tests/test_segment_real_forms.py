"""Segment: forms real publications take that the synthetic genres lacked — site labels above a
kamerstuk, question lists without answer headings, members named in every way, co-signing
ministers in a title. Every text here is written for the test."""

from tests.test_segment import record


def numbers(r):
    return [q["number"] for q in r["questions"]]


def test_site_label_gives_a_letter_without_betreft_its_subject():
    text = (
        "Brief regering : ‘Voortgang van de aanschaf van mijnenjagers’\n\n"
        "31 125 Materieelprojecten\n\nNr. 140\n\nBRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 4 maart 2024\n\n"
        "Met deze brief informeer ik u over de voortgang van het project.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"], r["date"]) == (
        "kamerbrief",
        "Voortgang van de aanschaf van mijnenjagers",
        "2024-03-04",
    )


def test_a_quote_inside_the_labelled_title_stays():
    text = (
        "Brief regering : Reactie op het rapport 'Grenzen aan de wapenhandel'\n\n"
        "22 054 Wapenexportbeleid\n\nNr. 500\n\nBRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
        "Den Haag, 1 mei 2023\n\nHierbij bied ik u mijn reactie aan.\n"
    )
    assert record(text)["subject"] == "Reactie op het rapport 'Grenzen aan de wapenhandel'"

