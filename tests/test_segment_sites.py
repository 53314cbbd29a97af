"""Segment: a site's metadata block above the document (berthub.eu tkconv) read as hints, and the
document's own head found below it. Texts written for these tests."""

from armswatch.segment.sites import tkconv
from tests.test_segment import record

NAV = "[overzicht] [activiteiten] [besluiten] [kamerleden] [kamerstukdossiers]\n[stemmingen] [verslagen]\n\n"

LETTER = (
    NAV
    + """Levering van pantserhouwitsers aan Oekraïne

Situatie in Oekraïne

Brief regering

Nummer: 2023D40112, datum: 2023-10-05, bijgewerkt: 2023-10-09 11:02, versie: 2

Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site.

Gerelateerde personen:- Eerste ondertekenaar: K.H. Ollongren, minister van Defensie

Onderdeel van kamerstukdossier 36045 -171 Situatie in Oekraïne.

Onderdeel van zaak 2023Z17001:

- Indiener: K.H. Ollongren, minister van Defensie
- Voortouwcommissie: vaste commissie voor Defensie
- 2023-10-12 10:00: Procedurevergadering Defensie (Procedurevergadering), vaste commissie voor Defensie

Preview document (origineel)

Geachte voorzitter,

Hierbij informeer ik uw Kamer over de levering van acht pantserhouwitsers aan Oekraïne.
"""
)


def test_tkconv_letter_without_its_own_head():
    r = record(LETTER)
    assert (r["type"], r["chamber"], r["date"]) == ("kamerbrief", "TK", "2023-10-05")
    assert r["kamerstuk"] == {"dossier": "36045", "number": "171"}
    assert r["subject"] == "Levering van pantserhouwitsers aan Oekraïne"
    assert r["sender"] == {"name": "K.H. Ollongren", "role": "Minister van Defensie"}


def test_tkconv_block_moves_the_head_window():
    text = LETTER.replace(
        "Geachte voorzitter,\n\n",
        "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2023-2024\n\n"
        "36 045 Situatie in Oekraïne\n\nNr. 171 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 4 oktober 2023\n\n",
    )
    r = record(text)
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert r["date"] == "2023-10-04"  # the letter's own date before the site's registration date


def test_tkconv_answers_take_askers_and_subject_from_the_title():
    text = NAV + (
        "Antwoord op vragen van de leden Boswijk, Van der Lee en Sjoerdsma over het bericht dat munitie "
        "te laat wordt geleverd\n\nAntwoord schriftelijke vragen\n\n"
        "Nummer: 2024D11111, datum: 2024-03-01, bijgewerkt: 2024-03-01 16:14, versie: 1\n\n"
        "Preview document (origineel)\n\nAntwoord van minister Ollongren (Defensie) (ontvangen 1 maart 2024)\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["subject"] == "het bericht dat munitie te laat wordt geleverd"
    assert [q["name"] for q in r["questioners"]] == ["Boswijk", "Van der Lee", "Sjoerdsma"]


def test_tkconv_kinds_and_dossier_forms():
    head = (
        "Lijst van vragen over de defensienota\n\nDefensienota\n\nLijst van vragen\n\n"
        "Nummer: 2022D15000, datum: 2022-06-01, bijgewerkt: 2022-06-02 10:00, versie: 1\n\n"
        "Onderdeel van kamerstukdossier 21501 28-263 Defensieraad.\n\n"
        "Gerelateerde personen:- Eerste ondertekenaar: H. de Vries, voorzitter van de vaste commissie voor Defensie\n"
    )
    hints = tkconv(head)
    assert (hints["doctype"], hints["dossier"], hints["number"]) == ("Lijst van vragen", "21501-28", "263")
    assert "sender" not in hints  # a committee chair is no sender
    assert record(head)["type"] == "verslag"


def test_no_site_block_no_hints():
    assert tkconv("Nummer: 12 van de lijst, datum: morgen\n\nGewone tekst.") == {}


def test_a_monitoring_sites_breadcrumb_gives_kind_chamber_and_title():
    text = (
        "Kamermonitor / Kamervraag / Antwoord op vragen van de leden Peters en Smit over munitie voor "
        "OekraïneAntwoord op vragen van de leden Peters en Smit over munitie voor Oekraïne\n\n"
        "Zaaknummer: 2023D10001\n\nHierbij bied ik de antwoorden aan op de vragen van de leden Peters (CDA) en "
        "Smit (GL) over munitie voor Oekraïne. Deze vragen werden ingezonden op 2 februari 2023.\n\n"
        "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n"
    )
    hints = tkconv(text)
    assert (hints["chamber"], hints["doctype"]) == ("TK", "Kamervraag")
    assert hints["site_title"].endswith("over munitie voor Oekraïne")
    r = record(text)
    assert (r["type"], r["chamber"], r["date"]) == ("antwoord_kamervragen", "TK", None)
    assert r["subject"] == "munitie voor Oekraïne"
    assert tkconv("Home / Nieuws / Een bericht\n\nTekst.\n") == {}
