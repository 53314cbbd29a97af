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


# --- ministries' releases of about 2000 as news archives keep them (session 12) -----------------
def numbers_and_answers(r):
    return [(q["number"], q["answer"]) for q in r["questions"]]


def test_number_before_the_heading_and_a_joint_answer():
    text = (
        "Antwoorden op kamervragen over de sluiting van het zwembad\n\n"
        "Het Tweede Kamerlid Bakker (PvdA) heeft op 3 januari vragen gesteld aan de minister van Sport. "
        "Deze vragen werden op 8 januari beantwoord.\n\n"
        "1. Vraag\n\nWaarom is het zwembad gesloten?\n\n2. Vraag\n\nWanneer gaat het weer open?\n\n"
        "1 en 2. Antwoorden\n\nHet zwembad is gesloten voor onderhoud en gaat in maart weer open.\n\n"
        "3. Vraag\n\nBent u bereid de Kamer te informeren?\n\n3. Antwoord\n\nJa.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["questioners"] == [{"name": "Bakker", "party": "PvdA"}]
    joint = "Het zwembad is gesloten voor onderhoud en gaat in maart weer open."
    assert numbers_and_answers(r) == [(1, joint), (2, joint), (3, "Ja.")]


def test_an_answer_heading_run_onto_its_question_stands_apart():
    text = (
        "De Tweede-Kamerleden Bakker (PvdA) en De Vries (VVD) hebben vragen gesteld aan de minister. "
        "Deze zijn op 22 februari 2001 beantwoord.\n\n"
        "1. Vraag\n\nHeeft u het bericht gelezen? 1) Antwoord Ja.\n\n"
        "2. Vraag\n\nAcht u dit acceptabel?\n\nAntwoord\n\nNeen.\n"
    )
    r = record(text)
    assert [q["name"] for q in r["questioners"]] == ["Bakker", "De Vries"]
    assert numbers_and_answers(r) == [(1, "Ja."), (2, "Neen.")]


def test_a_release_in_lower_case_prints_the_questions_then_the_answers_numbered_again():
    text = (
        "ministerie van economische zaken - persbericht 012\n\n"
        "het lid van de tweede kamer jansen (cda) heeft de volgende schriftelijke vragen gesteld.\n\n"
        "1 herinnert u zich de antwoorden op eerdere vragen over de doorvoer van goederen?*)\n\n"
        "2 waarom is de lading in de haven aangehouden?\n\n"
        "3 bent u bereid de kamer te informeren over het onderzoek?\n\n"
        "*) aanhangsel handelingen 100, vergaderjaar 1998-1999.\n\n"
        "de staatssecretaris van economische zaken heeft deze vragen als volgt beantwoord.\n\n"
        "1 ja.\n\n2 de douane vermoedde dat de vergunning ontbrak.\n\n"
        "3 ja, zodra het onderzoek is afgerond. daarna volgt een brief.\n"
    )
    assert numbers_and_answers(record(text)) == [
        (1, "ja."),
        (2, "de douane vermoedde dat de vergunning ontbrak."),
        (3, "ja, zodra het onderzoek is afgerond. daarna volgt een brief."),
    ]


def test_answers_printed_without_their_questions_under_a_covering_note():
    text = (
        "Aan de voorzitter van de Tweede Kamer der Staten-Generaal\n\n's-Gravenhage, 6 april 2000\n\n"
        "Hierbij zend ik u de antwoorden op de vragen gesteld door het lid\n\nVan Dam-van der Berg. "
        "De vragen zijn mij gesteld per brief van 16 maart 2000.\n\n"
        "1 Ja.\n\n2 en 3 Het onderzoek loopt nog. De Kamer wordt geïnformeerd.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["questioners"] == [{"name": "Van Dam-van der Berg", "party": None}]
    assert [(q["number"], q["question"]) for q in r["questions"]] == [(1, ""), (2, ""), (3, "")]
    # footnotes numbered the same way, with no note that answers follow, are no answers
    footnotes = (
        "Kamervraag 2011Z01234\n\n1. Resolutie A/65/55 van 13 januari 2011.\n\n2. Zie Kamerstuk 31 700 X, nr. 121.\n"
    )
    assert record(footnotes, beantwoord="2011-05-01")["questions"] == []


def test_an_empty_attachment_label_does_not_take_the_first_question():
    text = (
        "Ministerie van Landbouw\n\nDe Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n"
        "2500 EA Den Haag\n\ndatum\n11-02-2003\n\nonderwerp\nBSE\n\nbijlagen\n\nGeachte Voorzitter,\n\n"
        "In antwoord op de vragen aan mij gesteld door de vaste commissie informeer ik u als volgt.\n\n"
        "bijlage\n1. Kan de regering garanderen dat de boer zijn producten kan afzetten?\n"
        "De afzet is een zaak van het bedrijfsleven. Het heeft mij toegezegd dat er geen problemen zullen zijn. "
        "2. Hoe ziet de procedure eruit die de risicogroep bepaalt?\nDe dienst geeft het nummer van het dier door.\n"
    )
    r = record(text)
    assert [q["number"] for q in r["questions"]] == [1, 2]
    assert r["questions"][0]["question"].startswith("Kan de regering garanderen")


def test_a_list_of_questions_skipping_a_number_and_a_marker_run_into_the_next():
    text = (
        "De SP stelde hierover de volgende vragen aan de minister.\n\n"
        "1. Biedt het voorstel uitzicht op meer import?\n\n2. Mag het land goederen invoeren voor onderwijs?\n\n"
        "4. Is het juist dat de VN schat dat er duizenden slachtoffers zijn?\n"
    )
    assert [q["number"] for q in record(text)["questions"]] == [1, 2, 4]
    text = (
        "27 830 Materieelprojecten\n\nNr. 400 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 22 mei 2024\n\n"
        "De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Staatssecretaris. "
        "De Staatssecretaris heeft deze vragen beantwoord bij brief van 13 mei 2024. Vragen en antwoorden zijn "
        "hierna afgedrukt.\n\n1\n\nHoe wordt rekening gehouden met nieuwe technologie?\n\nDat wordt onderzocht.\n\n"
        "2\n\nWelke maatregelen worden genomen?\n\n23\n\nIs de bewapening nog toereikend?\n\n"
        "Defensie heeft meerdere projecten in gang gezet.\n"
    )
    r = record(text)
    # questions 2 and 3 in a row, with no answer between them, share the answer below them
    assert numbers_and_answers(r)[1:] == [
        (2, "Defensie heeft meerdere projecten in gang gezet."),
        (3, "Defensie heeft meerdere projecten in gang gezet."),
    ]


def test_a_question_table_with_its_answerer_row_empty_and_a_list_printed_without_numbers():
    text = (
        "De beschieting van een gebouw in Dordrecht |\n|\nJan Jansen (GL) |\n|\n|\n"
        "Kent u het bericht over de beschieting van een gebouw?\nJa\n"
        "Welke maatregelen zijn genomen?\nDe politie onderzoekt de zaak.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("antwoord_kamervragen", "De beschieting van een gebouw in Dordrecht")
    assert r["questioners"] == [{"name": "Jan Jansen", "party": "GroenLinks"}]
    assert numbers_and_answers(r) == [(1, "Ja"), (2, "De politie onderzoekt de zaak.")]
    text = (
        "Vastgesteld 28 november 2002\n\nDe vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de "
        "minister. De minister heeft deze vragen beantwoord bij brief van 27 november 2002. Vragen en antwoorden "
        "zijn hierna afgedrukt.\n\nKan de regering een sociaal plan voorleggen?\n\nWelke maatregelen zijn getroffen?\n\n"
        "Defensie beschikt over een uitgebreid instrumentarium.\n\nWat is de visie achter de bezuinigingen?\n\n"
        "De regering kiest voor een kleinere krijgsmacht.\n"
    )
    assert [q["number"] for q in record(text)["questions"]] == [1, 2, 3]


def test_askers_named_with_given_name_or_particle_and_no_party_in_brackets_of_digits():
    text = (
        "Ministerie van Volksgezondheid\n\nAntwoorden op kamervragen over de openingstijden van huisartsen\n\n"
        "Antwoorden van de minister op Kamervragen van het Kamerlid Jan Kaya over de openingstijden van "
        "huisartsen. (2050618050)\n\nVraag 1\n\nKlopt het bericht?\n\nAntwoord 1\n\nJa.\n"
    )
    assert record(text)["questioners"] == [{"name": "Jan Kaya", "party": None}]
    text = (
        "Aanvullende vragen van het lid van der Berg aan de minister van Verkeer en Waterstaat\n\n"
        "1) Kloppen de berichten over de spoorwegen?\n\n2) Klopt het dat de leiding blijft?\n"
    )
    assert record(text)["questioners"] == [{"name": "Van der Berg", "party": None}]


def test_a_magazines_byline_page_number_and_a_news_sites_dateline_are_no_subject():
    text = (
        "Tekst kapitein Jan de Vries\n\nFoto sergeant-majoor Piet Jansen | video: adjudant Kees Smit\n\n"
        "Nederlandse commando's nodig voor robuuste opleiding\n\nEenheden van het Korps Commandotroepen leiden er "
        "Iraakse commando's op.\n"
    )
    assert record(text)["subject"] == "Nederlandse commando's nodig voor robuuste opleiding"
    text = "04\n\nPeshmerga bijscholen voor strijd aan front\n\nIn Erbil trainen Nederlandse militairen de Peshmerga.\n"
    assert record(text)["subject"] == "Peshmerga bijscholen voor strijd aan front"
    text = (
        "woensdag, 20. augustus 2025 - 17:35 Update: 20-08-2025 17:41\n\n"
        "Nederland levert luchtverdediging in Polen\n\nNederland stuurt twee Patriot-systemen naar Polen.\n"
    )
    assert record(text)["subject"] == "Nederland levert luchtverdediging in Polen"


def test_a_party_page_names_its_askers_with_slashes_and_runs_the_first_question_onto_the_date():
    text = (
        "Vragen Van Dam/Jansen over misleidende reclame door de vee-industrie\n\n\n"
        "Indiendatum: 31 aug. 2020 1. Kent u het bericht over de reclame?\n"
        " 2. Erkent u dat de reclame misleidend is? Zo nee, waarom niet?\n"
    )
    r = record(text)
    assert (r["type"], r["date"]) == ("kamervragen", "2020-08-31")
    assert r["questioners"] == [{"name": "Van Dam", "party": None}, {"name": "Jansen", "party": None}]
    assert [q["number"] for q in r["questions"]] == [1, 2]
    assert r["questions"][0]["question"] == "Kent u het bericht over de reclame?"


def test_a_covering_letter_with_its_date_and_reference_alone_below_the_address():
    text = (
        "Antwoorden op kamervragen van Dibi over de wachtlijsten in de jeugdzorg\n\n"
        "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
        "12 februari 2009\n\nJZ-K-U-2904520\n\n"
        "Hierbij zend ik u de antwoorden op de vragen van het Kamerlid Dibi (GroenLinks) over de wachtlijsten.\n\n"
        "Vraag 1\n\nIs de wachtlijst gedaald?\n\nAntwoord 1\n\nJa.\n"
    )
    r = record(text)
    assert (r["date"], r["reference"]) == ("2009-02-12", "JZ-K-U-2904520")


def test_a_stamp_a_chapter_number_a_masthead_and_a_sitting_date_around_a_title_are_not_the_subject():
    text = (
        "Tweede Kamer der Staten Generaal\n\nAntwoord Kamervragen over doorvoer van wapens naar eritrea\n"
        "Gemaakt: 6-4-2000 tijd: 16:18\n\n1\n\nHierbij zend ik u de antwoorden op de vragen gesteld door het lid Jansen.\n\n"
        "1 Ja.\n"
    )
    assert record(text)["subject"] == "doorvoer van wapens naar eritrea"
    text = "Belastingdienst\n\n30.06.00 Strategische goederen\n\n1 Inleiding\n\nDe Douane is belast met het toezicht.\n"
    assert record(text)["subject"] == "Strategische goederen"
    text = (
        "Regeling van werkzaamheden (dinsdag 30 oktober 2012) - Parlementaire monitor\n\n"
        "De voorzitter:\n\nIk stel voor om aan de agenda toe te voegen het debat over het verslag.\n"
    )
    assert record(text)["subject"] == "Regeling van werkzaamheden"


def test_a_monitors_bulleted_numbers_a_lost_space_a_lost_question_mark_and_an_answer_to_numbers_alone():
    text = (
        "Vragen over het bericht 430.000 gulden voor de onderzeeër\n\n"
        "Met dank overgenomen van H.G.J. (Hanke) Bruins Slot i, gepubliceerd op woensdag 12 september 2018.\n"
        " • 1. \n  Heeft u kennisgenomen van het artikel? 1)\n • 2. \n  Herinnert u zich de uitspraken? 2)\n\n"
        "3.Deelt u de opvatting dat de investeringen kansen bieden?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert [q["number"] for q in r["questions"]] == [1, 2, 3]
    text = (
        "Vervolgvragen van het lid Agema (PVV) aan de minister van VWS over het isotopentekort.\n\n"
        "1.)\nBent u bekend met het bericht ‘Toch weer isotopentekort’ (*)\n\n2.)\nWat is uw reactie op het tekort?\n"
    )
    assert [q["number"] for q in record(text)["questions"]] == [1, 2]
    text = (
        "Antwoorden van de Minister van Buitenlandse Zaken op vragen van het lid Wilders (PVV) over Pakistan.\n\n"
        "Vraag 1\n\nHeeft u het bericht gezien?\n\nAntwoord\n\nJa.\n\nVraag 2\n\nWat vindt u ervan?\n\n"
        "Vraag 3\n\nGaat u reageren?\n\nAntwoord op 2 en 3\n\nIk heb gesprekken gevoerd.\n"
    )
    assert [(q["number"], q["answer"]) for q in record(text)["questions"]] == [
        (1, "Ja."),
        (2, "Ik heb gesprekken gevoerd."),
        (3, "Ik heb gesprekken gevoerd."),
    ]


def test_an_exchange_of_notes_numbers_its_notes_with_no_eerste_kamer_letter():
    text = (
        "Notawisseling houdende een verdrag tussen het Koninkrijk der Nederlanden en het Tribunaal betreffende "
        "privileges en immuniteiten;\n\n’s-Gravenhage, 22 november/22 december 2005\n\n\nNr. I\n\n\n\n"
        "The Hague, 22 November 2005\n\nThe Ministry of Foreign Affairs presents its compliments to the Tribunal.\n"
    )
    r = record(text)
    assert (r["chamber"], r["kamerstuk"]) == (None, {"dossier": None, "number": None})


def test_a_date_in_the_first_answer_opens_no_second_run():
    text = (
        "Hierbij zend ik u de antwoorden op de vragen gesteld door het lid Jansen.\n\n1. Wat gebeurde er?\n\n"
        "1 januari 2005 is de wet ingegaan.\n\n2. Wanneer volgt de brief?\n\nIn maart.\n\n3. Klopt het bericht?\n\nJa.\n"
    )
    assert [q["number"] for q in record(text)["questions"]] == [1, 2, 3]
