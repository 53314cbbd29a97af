"""Segment: a minister's answer letter of around 2000 as news sites republished it — the old
letterhead with its fields side by side, a covering letter to the chair, then a heading that names
the ministers and the askers ("Antwoorden van de heer X, Minister van ..., op vragen van ...").
Every text here is written for the test."""

from armswatch.normalise.letterhead import fields_on_one_line
from tests.test_segment import record

OLD_ANSWER = (
    "Ministerie van Defensie\n\n"
    "Aan de Voorzitter van de Vaste Commissie voor Defensie van de Tweede Kamer der\n"
    "Staten-Generaal\nBinnenhof 1a\nDen Haag\n\n"
    "Postbus 20701\n2500 ES Den Haag\n\n"
    "Datum 14 juni 2000 Behandeld: drs. P. Smit Kenmerk MD/AB-123/00 Telefoon: 3181234\n"
    "Blad /2 Fax: 3185678\n"
    "Betreft Vragen van de leden Bakker en De Graaf over de vervanging van pantservoertuigen. C.c. --\n\n"
    "Zeer geachte Voorzitter,\n\n"
    "Hierbij doe ik u, mede namens de Minister van Financiën, de antwoorden toekomen op de gestelde vragen.\n\n"
    "DE MINISTER VAN DEFENSIE,\n\n"
    "Antwoorden van de heer De Vries, Minister van Defensie, en mevrouw Kok, Minister van Financiën, "
    "op vragen van de leden Bakker en De Graaf (SP) d.d. 2 juni 2000\n\n"
    "Vraag 1\n\nWanneer worden de nieuwe voertuigen geleverd?\n\n"
    "Antwoord 1\n\nDe eerste voertuigen worden in het voorjaar geleverd.\n"
)


def test_fields_side_by_side_on_one_line_are_cut_at_each_label():
    # the labels the record does not keep (behandeld, telefoon) only end the field before them
    assert fields_on_one_line("Datum 3 mei 1998 Behandeld: J. Jansen Kenmerk AB-12/98 Telefoon: 1234567") == [
        ("datum", "3 mei 1998"),
        ("onze referentie", "AB-12/98"),
    ]


def test_a_reflowed_letterhead_line_may_end_or_open_with_the_subject():
    assert fields_on_one_line("Datum 28 oktober 2009 Uw kenmerk 12/345 Onderwerp Levering van munitie") == [
        ("datum", "28 oktober 2009"),
        ("uw kenmerk", "12/345"),
        ("betreft", "Levering van munitie"),
    ]
    assert fields_on_one_line("Onderwerp Levering van munitie Datum 28 oktober 2009") == [
        ("betreft", "Levering van munitie"),
        ("datum", "28 oktober 2009"),
    ]


def test_a_label_word_inside_running_text_or_a_subject_cuts_nothing():
    assert fields_on_one_line("Datum 3 mei 1998") is None
    assert fields_on_one_line("Betreft Kenmerk en Datum van de nieuwe formulieren") is None
    assert fields_on_one_line("De datum en het kenmerk van uw brief ontbreken") is None


def test_old_answer_letter_is_an_answer_with_its_letterhead_read():
    r = record(OLD_ANSWER)
    assert r["type"] == "antwoord_kamervragen"
    assert (r["date"], r["reference"]) == ("2000-06-14", "MD/AB-123/00")
    assert r["addressee"] == "Voorzitter van de Vaste Commissie voor Defensie van de Tweede Kamer der Staten-Generaal"


def test_old_answer_heading_names_sender_co_sender_and_askers():
    r = record(OLD_ANSWER)
    assert r["sender"] == {"name": "De Vries", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Minister van Financiën"]
    assert [q["name"] for q in r["questioners"]] == ["Bakker", "De Graaf"]
    assert {q["party"] for q in r["questioners"]} == {"SP"}


def test_betreft_of_asked_questions_gives_what_they_are_about_without_the_copy_field():
    assert record(OLD_ANSWER)["subject"] == "de vervanging van pantservoertuigen"


def test_heading_naming_a_single_member_without_party():
    text = (
        "Antwoord van de heer Jansen, Minister van Buitenlandse Zaken, op vragen van het lid Visser.\n\n"
        "Vraag 1\n\nIs het bericht juist?\n\nAntwoord\n\nJa.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["sender"]["name"] == "Jansen"
    assert r["questioners"] == [{"name": "Visser", "party": None}]


# --- the subject, the sender and the askers in other published forms -------------------------
NAV = "[overzicht] [activiteiten] [besluiten] [kamerleden]\n\n"


def test_subject_keeps_a_parenthesis_or_a_date_inside_its_noun_phrase():
    text = (
        "Vragen van het lid Smit (SP) aan de minister van Defensie over het (vermeende) gebruik van "
        "clustermunitie bij de aanval (ingezonden 2 mei 2022).\n\n"
        "Vraag 1\n\nKent u het bericht?\n"
    )
    assert record(text)["subject"] == "het (vermeende) gebruik van clustermunitie bij de aanval"
    text = (
        "Vragen van het lid Smit (SP) aan de minister van Financiën over de uitspraak van 3 mei 2021 "
        "over de heffing (ingezonden 4 mei 2021).\n\nVraag 1\n\nKent u de uitspraak?\n"
    )
    assert record(text)["subject"] == "de uitspraak van 3 mei 2021 over de heffing"


def test_state_secretary_of_a_part_of_a_ministry_is_read_by_the_ministry():
    text = (
        "Vragen van het lid Smit (SP) aan de staatssecretaris van Financiën over de heffing "
        "(ingezonden 4 mei 2021).\n\n"
        "Antwoord van staatssecretaris De Jong (Financiën – Toeslagen en Douane) (ontvangen 1 juni 2021).\n\n"
        "Vraag 1\n\nKent u de uitspraak?\n\nAntwoord 1\n\nJa.\n"
    )
    assert record(text)["sender"] == {"name": "De Jong", "role": "Staatssecretaris van Financiën"}


def test_site_field_naming_the_asker_without_party():
    text = (
        "Kamervraag 2020Z01234\n\nDe sluiting van het kazerneterrein\n\nIngediend 3 februari 2020\n"
        "Beantwoord 2 maart 2020\nIndiener Petra van Dam\n"
        "Beantwoord door Jan Smit (minister defensie) (CDA)\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nJa.\n"
    )
    assert [q["name"] for q in record(text)["questioners"]] == ["Petra van Dam"]


def test_answer_line_gives_the_name_as_written_over_the_sites_signer_with_initials():
    text = NAV + (
        "Antwoord op vragen van het lid Bos over de haven\n\nAntwoord schriftelijke vragen\n\n"
        "Nummer: 2024D11112, datum: 2024-03-01, bijgewerkt: 2024-03-01 16:14, versie: 1\n\n"
        "Gerelateerde personen:- Eerste ondertekenaar: A.B. Visser, minister van Defensie\n\n"
        "Preview document (origineel)\n\nAntwoord van minister Visser (Defensie) (ontvangen 1 maart 2024)\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n"
    )
    assert record(text)["sender"] == {"name": "Visser", "role": "Minister van Defensie"}


# --- Eerste Kamer pages -------------------------------------------------------------------------
def test_senate_record_cites_handelingen_i_and_its_number_is_no_title():
    text = (
        "T09999\n\nToezegging Wet op de reservisten (35.100)\n\n"
        "De minister van Defensie zegt de Kamer toe haar te informeren over de opkomst.\n\n"
        "Uit de stukken\n\nHandelingen I 2019/20, nr. 12, item 3, blz. 4\n\nDe heer Bos (CDA):\n\nIk heb een vraag.\n"
    )
    r = record(text)
    assert (r["chamber"], r["subject"]) == ("EK", "Toezegging Wet op de reservisten (35.100)")


def test_senate_party_questions_with_lettered_answers_are_answers():
    text = NAV + (
        "Vragen en antwoorden\n\nBijlage\n\n"
        "Nummer: 2010D10001, datum: 2010-05-01, bijgewerkt: 2024-01-01 10:00, versie: 1\n\n"
        "Bijlage bij: Antwoorden vragen Eerste Kamer inzake de missie (2010D10000)\n\n"
        "Preview document (origineel)\n\n"
        "VRAGEN VAN DE CDA-FRACTIE OVER DE MISSIE\n\nA1.\n\nHoe lang duurt de missie?\n\n"
        "Antwoord op vraag A1:\n\nDe missie duurt een jaar.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"]) == ("antwoord_kamervragen", "EK")


def test_stuk_title_deep_below_a_pages_navigation_opens_the_head():
    text = (
        "Naar de inhoud\n\nZoekhulp\n\nTekst vergroten\n\nVergaderjaar 2015-2016\n\nGepubliceerd op 3 mei 2016\n\n"
        "Meer informatie\n\nAlle stukken van dossier31 125 Materieelprojecten\n\n"
        "Nr. 70 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 28 april 2016\n\n"
        "Met deze brief informeer ik u over de aanschaf van nieuwe voertuigen.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "31125", "number": "70"}
    assert r["sender"]["role"] == "Staatssecretaris van Defensie"
    assert (r["addressee"], r["date"]) == ("Voorzitter van de Tweede Kamer der Staten-Generaal", "2016-04-28")


def test_publication_sites_reference_table_gives_the_kamerstuk():
    text = (
        "Kamerstuk\n\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n"
        "Tweede Kamer der Staten-Generaal | 2019-2020 | 31125 nr. 99 |\n\n"
        "Vastgesteld 3 februari 2020\n\nDe vaste commissie voor Defensie heeft een aantal vragen voorgelegd.\n"
    )
    assert record(text)["kamerstuk"] == {"dossier": "31125", "number": "99"}


def test_covering_note_that_answers_the_members_questions_is_an_answer():
    text = (
        "Geachte voorzitter,\n\n"
        "Hierbij zend ik u de antwoorden op de vragen van het lid Jansen (CDA) over de sluiting van de kazerne "
        "in Ede.\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["questioners"] == [{"name": "Jansen", "party": "CDA"}]
    assert r["subject"] == "de sluiting van de kazerne in Ede"
    text = "Geachte voorzitter,\n\nHiermee beantwoord ik, mede namens de minister van Financiën, de vragen van de commissie.\n"
    assert record(text)["type"] == "antwoord_kamervragen"
