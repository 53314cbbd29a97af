"""Segment: questions, types, kamerstuk references and Wob/Woo grounds in the layouts real
publications use (older Aanhangsel pages, Eerste Kamer follow-up questions, openkamer with site
navigation, "Vraag:"/"Antwoord op vraag N", Wob-era decisions). Texts written for these tests."""

import pytest

from armswatch.segment.header import own_reference
from armswatch.segment.redactions import redactions
from tests.test_segment import record


def numbers(r):
    return [q["number"] for q in r["questions"]]


def test_nineties_numbers_alone_and_unnumbered_antwoord():
    text = (
        "Vragen van het lid Van den Berg (PvdA) aan de minister van Buitenlandse Zaken over de uitvoer "
        "van pantservoertuigen naar Indonesië (Ingezonden 12 februari 1998)\n\n"
        "1\nIs het waar dat een Nederlands bedrijf een vergunning heeft gekregen?\n\n"
        "Antwoord\nJa, die is begin februari verleend.\n\n"
        "2\nWelke criteria zijn daarbij gehanteerd?\n\nAntwoord\nDe criteria van de Europese gedragscode.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"]) == ("antwoord_kamervragen", "TK")
    assert numbers(r) == [1, 2]
    assert r["questions"][1]["answer"] == "De criteria van de Europese gedragscode."


def test_aanhangsel_numbers_with_dot_and_answer_paragraph_without_heading():
    text = (
        "Vragen van het lid Diks (GroenLinks) aan de minister van Defensie over munitietekorten "
        "(ingezonden 10 mei 2019).\n\n"
        "Antwoord van minister Bijleveld-Schouten (Defensie) (ontvangen 3 juni 2019).\n\n"
        "1.\nHeeft u kennisgenomen van het rapport over munitietekorten?\n\nJa.\n\n"
        "2.\nHoe groot is het tekort?\n\nDat maak ik niet openbaar.\n"
    )
    r = record(text)
    assert (r["type"], r["date"]) == ("antwoord_kamervragen", "2019-06-03")
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [(1, "Ja."), (2, "Dat maak ik niet openbaar.")]


def test_vraag_colon_without_number_is_numbered_by_place():
    text = (
        "Vragen van het lid Boswijk (CDA) aan de minister van Defensie over de F-35 (ingezonden 2 maart 2022)\n\n"
        "Vraag:\nKunt u de Kamer informeren over de leveringen?\n\n"
        "Antwoord:\nJa, voor de zomer.\n\nVraag:\nWanneer landt het eerste toestel?\n\nAntwoord:\nIn mei.\n"
    )
    assert numbers(record(text)) == [1, 2]


def test_answer_line_between_questions_and_answers_belongs_to_neither():
    text = (
        "Nadere vragen van het lid Karimi (GroenLinks) aan de minister van Defensie over de inzet van drones "
        "(ingezonden 5 maart 2021)\n\nVraag 1\nHoeveel inzetten waren er?\n\nVraag 2\nWelke regels gelden?\n\n"
        "Antwoord van minister Bijleveld-Schouten (Defensie) (ontvangen 2 april 2021)\n\n"
        "Antwoord 1\nTwaalf.\n\nAntwoord 2\nHet oorlogsrecht.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"], r["date"]) == ("antwoord_kamervragen", "de inzet van drones", "2021-04-02")
    assert [q["name"] for q in r["questioners"]] == ["Karimi"]
    assert r["questions"][1]["question"] == "Welke regels gelden?"
    assert r["questions"][1]["answer"] == "Het oorlogsrecht."


def test_openkamer_under_site_navigation():
    text = (
        "Home Kamervragen Zoeken\n\nKamervraag 2023Z14476\n\nLevering van granaten aan Oekraïne\n\n"
        "Ingediend 14 augustus 2023\nBeantwoord 19 september 2023\nIndiener Jasper van Dijk (SP)\n"
        "Beantwoord door Hanke Bruins Slot (minister buitenlandse zaken) (CDA)\n\n"
        "• Vraag 1\nKent u het bericht over de granaten?\n\nJa.\n\nNaar boven\n"
    )
    r = record(text)
    assert (r["chamber"], r["subject"], r["date"]) == ("TK", "Levering van granaten aan Oekraïne", "2023-09-19")
    assert numbers(r) == [1]


def test_questions_only_numbered_paragraphs_all_count():
    text = (
        "Vragen van het lid Kuzu (DENK) aan de minister van Buitenlandse Zaken over drones "
        "(ingezonden 4 april 2022)\n\n1. Kent u het bericht over de drones?\n\n"
        "2. Welke landen leverden ze?\n\nZo nee, waarom niet?\n\n3. Gaat u dit aankaarten?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert numbers(r) == [1, 2, 3]
    assert r["questions"][1]["answer"] is None


def test_eerste_kamer_member_written_out():
    text = (
        "Vragen van het lid van de Eerste Kamer De Groot (SGP) op 3 maart 2025 medegedeeld aan de minister "
        "van Defensie over mijnen.\n\nVraag 1\nHoeveel mijnen liggen er?\n"
    )
    assert [q["name"] for q in record(text)["questioners"]] == ["De Groot"]


@pytest.mark.parametrize(
    "first,kind",
    [
        ("Motie van het lid Sjoerdsma over ontmijning", "motie"),
        ("Gewijzigde motie van de leden Piri en Brekelmans", "motie"),
        ("Nota naar aanleiding van het verslag", "nota"),
        ("Lijst van feitelijke vragen en antwoorden", "verslag"),
        ("Brief van de minister van Defensie over de munitievoorraad", "kamerbrief"),
        ("Antwoord op Kamervragen over de levering van drones", "antwoord_kamervragen"),
    ],
)
def test_type_from_the_documents_own_title(first, kind):
    assert record(f"{first}\n\nDe regering heeft besloten de voorraad aan te vullen.\n")["type"] == kind


@pytest.mark.parametrize(
    "line,want",
    [
        ("Kamerstuk 21501-20, nr. 1850", ("21501-20", "1850")),
        ("Kamerstukken II 2022/23, 36 045, nr. 13", ("36045", "13")),
        ("Kamerstuk 32 735, AB", ("32735", "AB")),
        ("Kamerstuk 36 200 X, K", ("36200-X", "K")),
        ("Kamerstuk 36 200-V, nr. 12", ("36200-V", "12")),
        ("kst-35925-V-12", ("35925-V", "12")),
        ("Zie ook Kamerstuk 36 045, nr. 13 over dit onderwerp.", None),
    ],
)
def test_own_kamerstuk_reference_forms(line, want):
    assert own_reference([line], []) == want


def test_kamerstuk_from_the_printed_running_head():
    text = (
        "Tweede Kamer, vergaderjaar 2022–2023, 21 501-02, nr. 2613 1\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 maart 2023\n\n"
        "Hierbij bied ik u het verslag van de Raad aan.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "21501-02", "number": "2613"}


def test_eerste_kamer_letter_lettered_without_nr():
    text = (
        "32 735 Mensenrechten in het buitenlands beleid\n\nAB BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 4 april 2022\n\nTekst.\n"
    )
    r = record(text)
    assert (r["kamerstuk"], r["chamber"]) == ({"dossier": "32735", "number": "AB"}, "EK")


WOB_DECISION = """Besluit op uw Wob-verzoek

Namen van medewerkers zijn niet openbaar gemaakt op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob.

Inventarislijst
1   e-mail aan de ambassade     deels   10.2.e
2   nota aan de minister        deels   10.2.e, 11.1
3   verslag van overleg         deels   10.2.a

Bijlage 2: Wettelijk kader
Artikel 10
1. Het verstrekken van informatie blijft achterwege voor zover dit:
c. bedrijfs- en fabricagegegevens betreft die vertrouwelijk zijn meegedeeld;
2. Het verstrekken van informatie blijft eveneens achterwege:
b. de economische of financiële belangen van de Staat;
g. het voorkomen van onevenredige bevoordeling of benadeling.
"""


def test_wob_articles_as_cited_with_their_woo_counterpart():
    found = {r["woo_article"]: r.get("woo_equivalent") for r in redactions([WOB_DECISION])}
    assert found == {"10.2e": "5.1.2e", "11.1": "5.2", "10.2a": "5.1.2a"}


def test_quoted_woo_article_is_no_redaction():
    text = (
        "Besluit op uw Woo-verzoek\n\nPersoonsgegevens zijn gelakt op grond van artikel 5.1, tweede lid, "
        "onder e, van de Woo.\n\nBijlage 1: Wettelijk kader\nArtikel 5.1 Uitzonderingen\n"
        "b. de veiligheid van de Staat zou kunnen schaden;\nh. de beveiliging van personen en bedrijven;\n"
    )
    assert [r["woo_article"] for r in redactions([text])] == ["5.1.2e"]


def test_caption_beside_its_code_takes_the_codes_article():
    text = "Woo-besluit\n\nWeigeringsgronden\n5.1.1c Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens\n"
    assert [r["woo_article"] for r in redactions([text])] == ["5.1.1c"]


def test_site_chrome_is_not_subject_and_label_gives_the_date():
    text = (
        "Nieuwsbericht | 04-07-2025\n\nNederland stuurt extra radars naar Oekraïne\n\n"
        "Nederland levert aanvullende radars. Dat maakte de minister vandaag bekend.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"], r["date"]) == (
        "other",
        "Nederland stuurt extra radars naar Oekraïne",
        "2025-07-04",
    )


def test_letter_without_address_block_read_from_its_salutation():
    text = (
        "Home > Documenten > Kamerstukken\n\nKamerstuk: Kamerbrief | 15-12-2023\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik de Tweede Kamer over de levering van munitie.\n\n"
        "De Minister van Defensie,\n\nK.H. Ollongren\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["date"]) == ("kamerbrief", "TK", "2023-12-15")
    assert r["sender"] == {"name": "K.H. Ollongren", "role": "Minister van Defensie"}


def test_questioners_not_read_across_a_heading():
    text = (
        "Schriftelijke vragen\n\nVragen van het lid Dassen (Volt) aan de minister van Defensie over "
        "kerncentrales (ingezonden 7 november 2023).\n\n1\nKent u het bericht?\n"
    )
    assert record(text)["questioners"] == [{"name": "Dassen", "party": "Volt"}]


def test_aan_de_orde_is_no_addressee():
    text = "Aan de orde is de stemming over de motie over munitie.\n\nDe motie is aangenomen.\n"
    assert record(text)["addressee"] is None


def test_motion_date_from_a_sites_ingediend():
    text = (
        "Motie van het lid Boswijk over munitie\n\nIngediend 14 maart 2023\n\nDe Kamer,\n\n"
        "gehoord de beraadslaging,\n\nverzoekt de regering meer munitie te kopen,\n\nen gaat over tot de orde van de dag.\n"
    )
    assert record(text)["date"] == "2023-03-14"


def test_older_letter_date_in_numbers_beside_the_address():
    text = (
        "Ministerie van Defensie\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n"
        "2500 EA Den Haag\n\nDen Haag, 12-3-2001\n\nGeachte voorzitter,\n\nHierbij zend ik u het rapport.\n\n"
        "De Minister van Defensie,\n\nF.H.G. de Grave\n"
    )
    assert record(text)["date"] == "2001-03-12"


def test_answers_titled_kamervragen_with_inline_numbers_and_antwoord_headings():
    text = (
        "Antwoorden op Kamervragen van het lid Piri (PvdA) over onderdelen voor gevechtsvliegtuigen\n\n"
        "1. Bent u bekend met het bericht over de onderdelen?\n\nAntwoord\nJa.\n\n"
        "2. Welke vergunningen zijn verleend?\n\nAntwoord\nGeen.\n\n"
        "De Minister van Buitenlandse Zaken,\n\nH.G.J. Bruins Slot\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("antwoord_kamervragen", "onderdelen voor gevechtsvliegtuigen")
    assert r["questioners"] == [{"name": "Piri", "party": "PvdA"}]
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [(1, "Ja."), (2, "Geen.")]


def test_list_of_questions_rows_numbered_without_dot_joined_and_cut_off():
    text = (
        "2023D01234 LIJST VAN VRAGEN\n\nDe vaste commissie voor Defensie heeft een aantal vragen voorgelegd "
        "aan de minister van Defensie over de Defensievisie 2035.\n\nNr Vraag\n\n"
        "1 Hoeveel fregatten worden er vervangen?\n"
        "2 Wanneer worden de eerste onderzeeboten geleverd? Wat kosten zij?\n"
        "3 Kunt u aangeven welke munitievoorraden"
    )
    r = record(text)
    assert r["type"] == "verslag"
    assert numbers(r) == [1, 2, 3]  # the saved text ends inside row 3: it was asked
    assert r["questions"][1]["question"] == "Wanneer worden de eerste onderzeeboten geleverd? Wat kosten zij?"


def test_bare_numbers_in_a_list_of_questions_last_one_cut_off():
    text = (
        "VERSLAG HOUDENDE EEN LIJST VAN VRAGEN\n\nDe commissie heeft de eer verslag uit te brengen.\n\n"
        "1\n\nHoeveel kost de nieuwe kazerne?\n\n2\n\nWie beheert het terrein?\n\n3\n\nKunt u het verschil tussen"
    )
    assert numbers(record(text)) == [1, 2, 3]


def test_joint_answer_heading_antwoord_op_vragen_n_en_m():
    text = (
        "Antwoord van minister De Vries (Buitenlandse Zaken) (ontvangen 4 maart 2024)\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n\nVraag 2\n\nWanneer is besloten?\n\n"
        "Vraag 3\n\nWanneer gaat het in?\n\nAntwoord op vragen 2 en 3\n\nOp 1 en 15 februari.\n"
    )
    r = record(text)
    assert numbers(r) == [1, 2, 3]
    assert r["questions"][2]["answer"] == "Op 1 en 15 februari."


def test_eerste_kamer_voorlopig_verslag_lettered_with_rijkswet_number():
    text = (
        "34 100 (R2100) Goedkeuring van het op 5 mei 2015 te Genève tot stand gekomen Protocol inzake "
        "explosieven\n\nB VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BUITENLANDSE ZAKEN EN DEFENSIE\n\n"
        "Vastgesteld 3 maart 2016\n\nDe leden van de fractie van het CDA hebben enkele vragen.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["date"]) == ("verslag", "EK", "2016-03-03")
    assert r["kamerstuk"] == {"dossier": "34100", "number": "B"}
    assert r["subject"] == "Goedkeuring van het op 5 mei 2015 te Genève tot stand gekomen Protocol inzake explosieven"


def test_committee_meeting_report_without_title_is_a_tk_verslag():
    text = (
        "Vastgesteld 12 januari 2017\n\nDe vaste commissie voor Defensie heeft op 1 december 2016 overleg gevoerd "
        "met Minister Hennis-Plasschaert van Defensie over:\n\n– de brief over de luchtverdediging.\n\n"
        "Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["date"]) == ("verslag", "TK", "2017-01-12")


def test_openkamer_report_page_takes_dossier_and_its_title():
    text = (
        "Kamerstuk 29521-401\n\nVerslag van een algemeen overleg\n\nNederlandse deelname aan vredesmissies\n\n"
        "Nr. 401 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 2 mei 2019\n\n"
        "De vaste commissie voor Defensie heeft op 4 april 2019 overleg gevoerd met de minister van Defensie.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "29521", "number": "401"}
    assert r["subject"] == "Nederlandse deelname aan vredesmissies"


def test_older_dossier_lines_with_lowercase_nr():
    text = (
        "22 054\nWapenexportbeleid\n\nnr. 90\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 4 april 2006\n\n"
        "Binnen de vaste commissie voor Economische Zaken hebben enkele fracties vragen gesteld.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "22054", "number": "90"}
    assert (r["type"], r["subject"]) == ("verslag", "Wapenexportbeleid")


def test_handelingen_item_heading_and_plenary_verslag_van_de_vergadering():
    r = record(
        "12 Inzet van F-16's boven Syrië\n\nAan de orde is het debat over de inzet van F-16's boven Syrië.\n\n"
        "De voorzitter:\n\nIk heet de minister welkom.\n"
    )
    assert r["subject"] == "Inzet van F-16's boven Syrië"
    r = record(
        "Behandeling Wet op de inlichtingendiensten\n\nVerslag van de vergadering van 10 juli 2017 "
        "(2016/2017 nr. 37)\n\nAan de orde is de behandeling van het wetsvoorstel.\n"
    )
    assert (r["type"], r["date"]) == ("other", "2017-07-10")


def test_letterhead_fields_in_a_table_rendering_lose_their_cell_borders():
    text = (
        "Datum | 4 juni 2024 |\nBetreft | Levering van luchtverdedigingsraketten |\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik u over de levering.\n\nDe Minister van Defensie,\n\nK.H. Ollongren\n"
    )
    r = record(text)
    assert (r["date"], r["subject"]) == ("2024-06-04", "Levering van luchtverdedigingsraketten")


def test_a_plenary_item_is_not_dated_by_the_treaty_or_an_earlier_sitting_it_mentions():
    r = record(
        "Aan de orde is de behandeling van:\n\nhet wetsvoorstel Goedkeuring van het op 12 maart 2015 te "
        "Genève tot stand gekomen Protocol inzake explosieve oorlogsresten (34100, R2050).\n\n"
        "Tot deze behandeling is besloten in de vergadering van 3 februari 2016.\n\n"
        "De voorzitter:\n\nIk heet de minister van Buitenlandse Zaken welkom.\n"
    )
    assert (r["type"], r["date"]) == ("other", None)
    r = record(
        "Inzet van mijnenjagers - Handelingen Tweede Kamer 1991-1992 14 mei 1992\n\n"
        "Aan de orde is de behandeling van het wetsvoorstel.\n\nDe heer Jansen (CDA):\n\nVoorzitter.\n"
    )
    assert (r["date"], r["chamber"]) == ("1992-05-14", "TK")


def test_a_plenary_item_on_a_vao_is_the_tweede_kamers():
    r = record(
        "Aan de orde is de behandeling van:\n\nhet verslag van een algemeen overleg op 9 maart over de "
        "uitvoer van militaire goederen (22054, nr. 301).\n\nDe beraadslaging wordt geopend.\n\n"
        "Mevrouw De Boer (SP):\n\nVoorzitter. Ik dien een motie in.\n"
    )
    assert (r["type"], r["chamber"], r["date"]) == ("other", "TK", None)


def test_a_party_sites_motion_page_by_its_formula_with_date_and_lettered_stuk():
    r = record(
        "Motie-De Vries (SP) c.s. over het stoppen van de levering van onderdelen\n\n\n3 maart 2023\n\n"
        "36.200 V\n\nK\n\nDe Kamer,\n\nGehoord de beraadslagingen,\n\nVerzoekt de regering de levering te "
        "stoppen,\n\nEn gaat over tot de orde van de dag.\n\nDe Vries\n"
    )
    assert (r["type"], r["date"], r["chamber"]) == ("motie", "2023-03-03", "EK")
    assert (r["kamerstuk"]["dossier"], r["kamerstuk"]["number"]) == ("36200-V", "K")
    r = record(
        "Motie Jansen over opvang in de regio\n\n12 mei 2022\n\nDe Kamer, gehoord de beraadslaging, "
        "verzoekt de regering meer te doen, en gaat over tot de orde van de dag.\n\nJansen\n"
    )
    assert (r["type"], r["date"]) == ("motie", "2022-05-12")


def test_a_plenary_item_quoting_a_motion_stays_a_plenary_record():
    r = record(
        "Aan de orde is de behandeling van:\n\nhet verslag van een algemeen overleg over exportbeleid.\n\n"
        "Mevrouw Smit (GL):\n\nVoorzitter. Ik dien de volgende motie in.\n\nDe Kamer, gehoord de "
        "beraadslaging, verzoekt de regering de doorvoer te toetsen, en gaat over tot de orde van de dag.\n"
    )
    assert r["type"] == "other"


def test_an_answers_signature_names_the_role_its_title_gives():
    r = record(
        "Antwoorden van de minister van Defensie op vragen van het lid Peters (CDA) over munitievoorraden "
        "(ingezonden 1 maart 2023).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\n"
        "De minister van Defensie,\n\nK.H. Ollongren\n"
    )
    assert r["sender"] == {"name": "K.H. Ollongren", "role": "Minister van Defensie"}


def test_a_treaty_series_page_is_titled_by_its_treaty_and_not_dated_by_its_conclusion(tmp_path):
    from armswatch.pipeline import extract_file

    page = tmp_path / "trb.txt"
    page.write_text(
        "A. TITEL\n\nVerdrag inzake het verbod van een bepaald wapen, met Bijlage;\n\n"
        "Genève, 12 maart 1999\n\nB. TEKST\n\nDe Engelse tekst is geplaatst in Trb. 1999, 40.\n",
        encoding="utf-8",
    )
    rec = extract_file(page)
    assert rec.structure.subject == "Verdrag inzake het verbod van een bepaald wapen, met Bijlage"
    assert rec.structure.date is None


def test_a_site_date_label_on_the_title_line_is_not_part_of_the_subject(tmp_path):
    from armswatch.pipeline import extract_file

    page = tmp_path / "weblog.txt"
    page.write_text(
        "date 2023-04 ‘Mijnen ruimen is monnikenwerk’ Ministeries\n\nHet ministerie steunt "
        "ontmijning in vier landen.\n",
        encoding="utf-8",
    )
    assert extract_file(page).structure.subject == "‘Mijnen ruimen is monnikenwerk’"
