"""Segment: the structure of synthetic documents written in the real genres' styles."""

import pytest

from armswatch.pipeline import build_record
from armswatch.read import RawDocument
from tests.test_normalise import INTERLEAVED


def record(text, fmt="txt", **meta):
    return build_record(RawDocument(path="x." + fmt, format=fmt, text=text, meta=meta)).to_dict()


def test_kamerbrief_with_interleaved_sidebar():
    r = record(INTERLEAVED, "md")
    assert r["type"] == "kamerbrief"
    assert r["chamber"] == "TK"
    assert r["date"] == "2023-05-12"
    assert r["subject"] == "Levering van mijnenjagers aan Oekraïne"
    assert r["reference"] == "BS2023001234"
    assert r["sender"] == {"name": "K.H. Ollongren", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert r["questions"] == [] and r["redactions"] == []


JOINT_LETTER = """21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken

36 045 Situatie in de Oekraïne

Nr. 2650 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN DEFENSIE EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2023

Hierbij sturen wij, mede namens Minister van Justitie & Veiligheid, uw Kamer een overzicht van de steun
aan Oekraïne. De minister van Defensie heeft hierover eerder bericht (Kamerstuk 36 045, nr. 99).

De Minister van Buitenlandse Zaken, W.B. Hoekstra

De Minister van Defensie, K.H. Ollongren
"""


def test_joint_letter_sender_co_senders_and_own_kamerstuk():
    r = record(JOINT_LETTER)
    assert r["type"] == "kamerbrief"
    assert r["kamerstuk"] == {"dossier": "21501-02", "number": "2650"}
    assert r["date"] == "2023-03-03"
    assert r["sender"] == {"name": "W.B. Hoekstra", "role": "Minister van Buitenlandse Zaken"}
    assert set(r["co_senders"]) == {
        "Minister van Defensie",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        "Minister van Justitie en Veiligheid",
    }
    assert r["chamber"] == "TK"


ANSWERS_WITH_NOTA = """Vragen van de leden Nicolaï, Koffeman en Visseren-Hamakers (PvdD) op 17 juli 2023
medegedeeld aan de minister van Defensie en de minister van Buitenlandse Zaken over de levering van
clusterbommen aan Oekraïne.

Antwoorden van de minister van Buitenlandse Zaken, mede namens de minister van
Defensie (ontvangen 10 oktober 2023).

Vraag 1
Is de regering op de hoogte gesteld van het besluit?

Antwoord
Ja. Dat was op dezelfde dag als de bekendmaking.

Vraag 2
Zijn de bondgenoten hierover geconsulteerd?

Antwoord
Zie het antwoord op vraag 1.

Vraag 3
Welke sancties kan Nederland toepassen?

Antwoord
Geen. Zie daarnaast de antwoorden op de vragen 1 en 2.



I Ministerie van Buitenlandse Zaken

TER BESLISSING

Datum

29 September 2023

Via Bescherming persoonlijke levenssfeer

Eescherming persoonlijke levenssfeerAfgestemd met

Aanleiding

Vragen van de Eerste Kamerleden Nicolai Koffeman en Visseren Hamakers aan MinDEF over de levering van
clustermunitie aan Oekrame

Informatie die niet openbaar gemaakt kan worden

Internationale en diplomatieke belangen
"""


def test_answers_pairs_cross_references_and_trailing_nota():
    r = record(ANSWERS_WITH_NOTA)
    assert r["type"] == "antwoord_kamervragen"
    assert r["chamber"] == "EK"
    assert r["date"] == "2023-10-10"
    assert r["subject"] == "de levering van clusterbommen aan Oekraïne"
    assert r["sender"] == {"name": None, "role": "Minister van Buitenlandse Zaken"}
    assert r["co_senders"] == ["Minister van Defensie"]
    assert [(q["name"], q["party"]) for q in r["questioners"]] == [
        ("Nicolaï", "PvdD"),
        ("Koffeman", "PvdD"),
        ("Visseren-Hamakers", "PvdD"),
    ]
    qs = {q["number"]: q for q in r["questions"]}
    assert sorted(qs) == [1, 2, 3]
    assert qs[2]["answer"] == "Zie het antwoord op vraag 1."
    assert qs[2]["answer_refers_to"] == [1]
    assert qs[3]["answer_refers_to"] == [1, 2]
    assert "TER BESLISSING" not in qs[3]["answer"]  # the nota is not part of the last answer
    body = r["body"]
    for q in qs.values():
        a, b = q["question_span"]
        assert body[a:b] == q["question"]
        a, b = q["answer_span"]
        assert body[a:b] == q["answer"]
    assert {x["woo_article"]: x["ground"] for x in r["redactions"]} == {
        "5.1.2e": "Bescherming persoonlijke levenssfeer",
        "5.1.2a": "Internationale en diplomatieke belangen",
    }
    assert "Oekrame" in body  # OCR slips are tolerated, never rewritten


OPENKAMER = """Kamervraag 2022Z17154

Het bericht ‘Kiev roept om tanks’

Ingediend 16 september 2022
Beantwoord 7 oktober 2022 (na 21 dagen)
Indiener Agnes Mulder (CDA)
Beantwoord door Kajsa Ollongren (minister defensie) (D66), Wopke Hoekstra (viceminister-president , minister buitenlandse zaken) (CDA)
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2022Z17154.html
 • Vraag 1
  Bent u bekend met het bericht?1

  Ja.

 • Vraag 2
  Deelt u de opvatting dat steun doorslaggevend is?

  De oorlog is ruim zeven maanden bezig.

  Oekraïne verdedigt zich effectief.

 • Vraag 3
  Heeft u, conform bovengenoemde moti"""


def test_openkamer_answers_follow_their_question():
    r = record(OPENKAMER)
    assert r["type"] == "antwoord_kamervragen"
    assert r["chamber"] == "TK"
    assert r["date"] == "2022-10-07"
    assert r["subject"] == "Het bericht ‘Kiev roept om tanks’"
    assert r["sender"] == {"name": "Kajsa Ollongren", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]
    assert r["questioners"] == [{"name": "Agnes Mulder", "party": "CDA"}]
    qs = {q["number"]: q for q in r["questions"]}
    assert sorted(qs) == [1, 2]  # question 3 is cut off before any answer
    assert qs[1]["answer"] == "Ja."
    assert qs[2]["answer"] == "De oorlog is ruim zeven maanden bezig.\n\nOekraïne verdedigt zich effectief."


QUESTIONS_ONLY = """Vragen van de leden Kerseboom en Van Meijeren (beiden FvD) aan de Minister van Buitenlandse Zaken en
van Defensie over oorlogsmisdaden (ingezonden 4 april 2022).

Vraag 1

Bent u bekend met de beelden?1

Vraag 2

In een artikel staat het volgende:

“Het leger schoot op krijgsgevangenen.”

Klopt dit?

X Noot
1

Een video.

Naar boven"""


def test_questions_only_every_asked_question_counts():
    r = record(QUESTIONS_ONLY)
    assert r["type"] == "kamervragen"
    assert r["chamber"] == "TK"
    assert r["date"] == "2022-04-04"
    assert r["subject"] == "oorlogsmisdaden"
    assert [(q["name"], q["party"]) for q in r["questioners"]] == [("Kerseboom", "FvD"), ("Van Meijeren", "FvD")]
    qs = r["questions"]
    assert [q["number"] for q in qs] == [1, 2]
    assert qs[1]["question"].endswith("Klopt dit?")  # a multi-paragraph question, footnotes left out
    assert all(q["answer"] is None for q in qs)


MOTIE = """33 000 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2012

Nr. 50 MOTIE VAN DE LEDEN VOORDEWIND EN EIJSINK

Voorgesteld 30 november 2011

De Kamer,

gehoord de beraadslaging,

constaterende, dat de Eerste Kamer in een aangenomen motie oproept tot een verbod;

verzoekt de regering zich in te zetten voor een totaalverbod van clustermunitie,

en gaat over tot de orde van de dag.

Voordewind

Eijsink"""


def test_motie():
    r = record(MOTIE)
    assert r["type"] == "motie"
    assert r["chamber"] == "TK"  # numbered kamerstuk; the Eerste Kamer is only mentioned
    assert r["date"] == "2011-11-30"
    assert r["kamerstuk"] == {"dossier": "33000-X", "number": "50"}
    assert r["subject"] == (
        "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2012"
    )
    assert r["sender"] == {"name": None, "role": None} and r["addressee"] is None


def test_woo_letter_with_codes_only_and_no_date():
    text = (
        "Ministerie van Volksgezondheid,\nWelzijn en Sport\n\n> Retouradres Postbus 20350 2500 EJ Den Haag\n\n"
        "ROYAL SCHIPHOL GROUP\n5.1.2e\nPostbus 7501\n1118ZG Schiphol\n\nDatum\nBetreft Antwoord op brief reizen\n\n"
        "Geachte 51.2e\n\nDank voor uw brief van 2 september 2020.\n\nKenmerk\n1747084-210433-PDC19\n"
    )
    r = record(text)
    assert r["type"] == "other"
    assert r["chamber"] is None
    assert r["date"] is None  # the Datum field is empty; 2 September is another letter's date
    assert r["reference"] == "1747084-210433-PDC19"
    assert r["addressee"] == "ROYAL SCHIPHOL GROUP"
    assert r["redactions"] == [{"ground": None, "woo_article": "5.1.2e"}]


def test_privacy_sentence_in_a_letter_is_not_a_redaction():
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 mei 2024\n\n"
        "Het wetsvoorstel dient de bescherming persoonlijke levenssfeer.\n"
    )
    assert record(text)["redactions"] == []


def test_container_hints_win():
    r = record(
        "Tekst zonder kop.\n",
        "xml",
        chamber="EK",
        dossier="36 045",
        number="A",
        doctype="kamerbrief",
        date="2024-02-01",
        subject="Steun",
        sender={"name": "Brekelmans", "role": "Minister van Defensie"},
    )
    assert (r["chamber"], r["type"], r["date"], r["subject"]) == ("EK", "kamerbrief", "2024-02-01", "Steun")
    assert r["kamerstuk"] == {"dossier": "36045", "number": "A"}
    assert r["sender"] == {"name": "Brekelmans", "role": "Minister van Defensie"}


@pytest.mark.parametrize(
    "head,dossier",
    [
        ("36 045 Situatie in de Oekraïne", "36045"),
        ("21 501-02 Raad Algemene Zaken", "21501-02"),
        ("33 000 X Vaststelling van de begroting", "33000-X"),
    ],
)
def test_dossier_forms(head, dossier):
    r = record(f"{head}\n\nNr. 7 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 1 mei 2024\n\nTekst.\n")
    assert r["kamerstuk"] == {"dossier": dossier, "number": "7"}


def test_dossier_cited_in_the_text_is_not_the_documents_own():
    r = record("Den Haag, 1 maart 2011\n\nIn mijn brief (Kamerstukken II 2009/10, 32 123 XVI, nr. 30) schreef ik.\n")
    assert r["kamerstuk"] == {"dossier": None, "number": None}


def test_letterhead_lines_separated_by_blank_lines():
    text = (
        "Ministerie van Buitenlandse Zaken\n\n\nAan de Voorzitter van de\n\nTweede Kamer der Staten-Generaal\n\n"
        "Binnenhof 4\n\nDEN HAAG\n\nDirectie Europa\n\nPostbus 20061\n\n2500 EB Den Haag\n\n"
        "Datum 14 februari 2001\nKenmerk DEU-12/01\nBlad 1/1\nBetreft Wapenexport\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik u over de vergunningen.\n\nDe Minister van Buitenlandse Zaken,\n\nJ.J. van Aartsen\n"
    )
    r = record(text)
    assert r["body"].startswith("Geachte voorzitter,\n\nHierbij informeer ik u")
    assert (r["type"], r["chamber"], r["date"], r["reference"], r["subject"]) == (
        "kamerbrief",
        "TK",
        "2001-02-14",
        "DEU-12/01",
        "Wapenexport",
    )
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert r["sender"] == {"name": "J.J. van Aartsen", "role": "Minister van Buitenlandse Zaken"}


def test_minister_and_staatssecretaris_of_one_ministry():
    text = (
        "21 501-20 Europese Raad\n\nNr. 600 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 april 2015\n\nTekst.\n\n"
        "De minister van Defensie,\n\nJ.A. Hennis-Plasschaert\n\nDe staatssecretaris van Defensie,\n\nJ. Visser\n"
    )
    r = record(text)
    assert r["sender"] == {"name": "J.A. Hennis-Plasschaert", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Staatssecretaris van Defensie"]


def test_minister_president_signs_with_both_titles():
    text = (
        "Nr. 3 BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 5 mei 2012\n\nTekst.\n\n"
        "De minister-president, minister van Algemene Zaken,\n\nM. Rutte\n"
    )
    r = record(text)
    assert r["sender"] == {"name": "M. Rutte", "role": "Minister-President"}
    assert r["co_senders"] == []


def test_lijst_van_vragen_en_antwoorden_is_a_verslag_with_questions():
    text = (
        "31 865 Verantwoording\n\nNr. 20 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 1 juni 2022\n\n"
        "De vaste commissie heeft vragen voorgelegd.\n\nVraag 1\nHoeveel kost het?\nAntwoord op vraag 1:\n"
        "Niets.\nVraag 2\nWanneer?\nAntwoord op vraag 2:\nZie het antwoord op vraag 1.\n"
    )
    r = record(text)
    assert (r["type"], r["date"]) == ("verslag", "2022-06-01")
    assert [(q["number"], q["answer"], q["answer_refers_to"]) for q in r["questions"]] == [
        (1, "Niets.", []),
        (2, "Zie het antwoord op vraag 1.", [1]),
    ]


def test_docx_letter_with_labels_in_a_table(tmp_path):
    import docx

    from armswatch.pipeline import extract_file

    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate(
        [("Datum", "9 juni 2023"), ("Betreft", "Levering van drones"), ("Onze referentie", "BS2023004321")]
    ):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    for text in (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Geachte voorzitter,",
        "Mede namens de Minister van Buitenlandse Zaken informeer ik u over de levering.",
        "De Staatssecretaris van Defensie,",
        "C.A. van der Maat",
    ):
        d.add_paragraph(text)
    d.sections[0].header.paragraphs[0].text = "Ministerie van Defensie"
    d.save(tmp_path / "brief.docx")
    r = extract_file(tmp_path / "brief.docx").to_dict()
    assert (r["type"], r["chamber"], r["date"], r["subject"], r["reference"]) == (
        "kamerbrief",
        "TK",
        "2023-06-09",
        "Levering van drones",
        "BS2023004321",
    )
    assert r["sender"] == {"name": "C.A. van der Maat", "role": "Staatssecretaris van Defensie"}
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]
    assert "Datum" not in r["body"] and r["body"].startswith("Aan de Voorzitter")


def test_joint_answer_to_two_questions():
    text = (
        "Vragen van het lid Boswijk (CDA) aan de Minister van Defensie over munitie (ingezonden 1 mei 2024).\n\n"
        "Antwoord van Minister Brekelmans (Defensie) (ontvangen 20 mei 2024).\n\n"
        "Vraag 1\n\nHoeveel granaten zijn geleverd?\n\nVraag 2\n\nWanneer volgen er meer?\n\n"
        "Antwoord 1 en 2\n\nDaarover kan ik in het openbaar geen uitspraken doen.\n\n"
        "Vraag 3\n\nBent u bereid de productie te vergroten?\n\nAntwoord 3\n\nJa. Zie ook het antwoord op vraag 1.\n"
    )
    r = record(text)
    qs = {q["number"]: q for q in r["questions"]}
    assert sorted(qs) == [1, 2, 3]
    assert qs[1]["answer"] == qs[2]["answer"] == "Daarover kan ik in het openbaar geen uitspraken doen."
    assert qs[2]["question"] == "Wanneer volgen er meer?"
    assert qs[3]["answer_refers_to"] == [1]
    assert r["sender"] == {"name": "Brekelmans", "role": "Minister van Defensie"}


def test_older_inline_headings_in_lower_case():
    text = (
        "Antwoorden op de schriftelijke vragen van het lid Van Bommel (SP) van 17 mei 1999\n\n"
        "vraag1: Kent u het bericht over de inslag? 1)\n\nantwoord: Nee. Daarvan is niets bekend.\n\n"
        "vraag 2: Van welke hoogte wordt er geworpen?\n\nvraag 3: Is dat verantwoord?\n\n"
        "antwoord 2 en 3: De wapens worden van grote hoogte afgeworpen.\n\n"
        "Antwoorden die later volgen, worden apart verzonden.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    qs = {q["number"]: q for q in r["questions"]}
    assert sorted(qs) == [1, 2, 3]
    assert qs[1]["question"] == "Kent u het bericht over de inslag? 1)"
    assert qs[1]["answer"] == "Nee. Daarvan is niets bekend."
    assert qs[3]["answer"].startswith("De wapens worden van grote hoogte afgeworpen.")


def test_older_numbered_questions_without_headings():
    text = (
        "Beantwoording vragen van de leden Van Velzen (SP) en Eijsink (PvdA) over clustermunitie\n\n"
        "Antwoorden van de minister van Buitenlandse Zaken op vragen van de leden Van Velzen (SP) en "
        "Eijsink (PvdA) over clustermunitie.\n\n"
        "1. Wanneer heeft de krijgsmacht clustermunitie ingezet? Om welk type ging het?\n"
        "De krijgsmacht heeft slechts één keer clusterwapens ingezet.\n\n"
        "In 1999 zijn in totaal 173 bommen afgeworpen.\n\n"
        "2. Is het waar dat opslag niet meer wordt toegelaten?\nHierover is nog geen besluit genomen.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert [(q["name"], q["party"]) for q in r["questioners"]] == [("Van Velzen", "SP"), ("Eijsink", "PvdA")]
    assert r["sender"]["role"] == "Minister van Buitenlandse Zaken"
    qs = {q["number"]: q for q in r["questions"]}
    assert sorted(qs) == [1, 2]
    assert qs[1]["question"] == "Wanneer heeft de krijgsmacht clustermunitie ingezet? Om welk type ging het?"
    assert qs[1]["answer"] == (
        "De krijgsmacht heeft slechts één keer clusterwapens ingezet.\n\nIn 1999 zijn in totaal 173 bommen afgeworpen."
    )
    assert qs[2]["answer"] == "Hierover is nog geen besluit genomen."


def test_lettered_kamerstuk_is_eerste_kamer():
    text = (
        "36 045 Situatie in Oekraïne\n\nNr. C MOTIE VAN HET LID NICOLAÏ C.S.\n\nVoorgesteld 12 maart 2024\n\n"
        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering iets,\n\nen gaat over tot de orde van de dag.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["kamerstuk"], r["date"]) == (
        "motie",
        "EK",
        {"dossier": "36045", "number": "C"},
        "2024-03-12",
    )


def test_letter_answering_committee_questions_keeps_answered_pairs():
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 februari 2024\n\n"
        "Hierbij beantwoord ik de vragen van de vaste commissie voor Defensie.\n\n"
        "Vraag 1\n\nHoeveel drones zijn besteld?\n\nAntwoord 1\n\nHonderd.\n\n"
        "Vraag 2\n\nWanneer worden ze geleverd?\n\nDe Minister van Defensie,\n\nK.H. Ollongren\n"
    )
    r = record(text)
    assert r["type"] == "kamerbrief"
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [(1, "Honderd.")]
    assert r["sender"] == {"name": "K.H. Ollongren", "role": "Minister van Defensie"}


def test_eerste_kamer_questions_are_medegedeeld():
    text = (
        "Vragen van de leden Jansen (SP) en De Vries (CDA) op 3 maart 2025 medegedeeld aan de minister "
        "van Defensie over de voorraad granaten.\n\n"
        "Antwoorden van de minister van Defensie (ontvangen 1 april 2025).\n\n"
        "Vraag 1\n\nHoeveel granaten heeft Nederland in voorraad?\n\n"
        "Antwoord\n\nDaarover doe ik in het openbaar geen uitspraken.\n"
    )
    r = record(text)
    assert r["chamber"] == "EK"
    tk = record(
        text.replace(
            "op 3 maart 2025 medegedeeld aan de minister van Defensie over de voorraad granaten.",
            "aan de minister van Defensie over de voorraad granaten (ingezonden 3 maart 2025).",
        )
    )
    assert tk["chamber"] == "TK"
