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


def test_joint_question_cut_off_before_its_answer_counts_no_question():
    text = (
        "Vragen van de leden Bakker (SP) en Jansen (CDA) aan de minister van Defensie over de aanschaf van "
        "drones (ingezonden 3 maart 2021).\n\n"
        "Antwoord van minister Visser (Defensie) (ontvangen 24 maart 2021).\n\n"
        "Vraag 1, 2, 3\n\n"
        "Heeft u kennisgenomen van het bericht over de vertraagde levering?\n\n"
        "Kunt u aangeven welke kosten de vertraging met zich brengt?\n\n"
        "Bent u bereid de Kamer voor de zomer te informeren over"
    )
    assert numbers(record(text)) == []


def test_answers_announced_but_not_in_the_saved_text_count_no_question():
    text = (
        "Antwoorden van de minister van Buitenlandse Zaken op vragen van het lid De Wit over Jemen\n\n"
        "Vraag 1\n\nWelke stappen zet u om de blokkade van de havens aan de orde te stellen?\n\n"
        "Vraag 2\nIs het waar dat er in Jemen Nederlandse onderdelen zijn aangetroffen?\n"
    )
    assert numbers(record(text)) == []


def test_committee_list_answered_by_letter_counts_only_the_answered_rows():
    text = (
        "36 100 VIII Wijziging van de begrotingsstaten van het Ministerie van Onderwijs\n\n"
        "Nr. 4 LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "De vaste commissie heeft een aantal vragen voorgelegd aan de minister. De vragen zijn op 2 mei 2022 "
        "voorgelegd. Bij brief van 20 mei 2022 zijn ze door de minister beantwoord.\n\n"
        "1\n\nHoeveel geld schuift door naar volgend jaar?\n\nOngeveer een procent van de begroting.\n\n"
        "2\n\nWaarom zijn de subsidies niet uitgeput? Kunt u"
    )
    r = record(text)
    assert r["type"] == "verslag"
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [(1, "Ongeveer een procent van de begroting.")]


def test_interpellation_questions_with_inzake_and_numbers_alone():
    text = (
        "Interpellatievragen van het lid De Boer (VVD) aan de minister van Defensie inzake het tekort aan "
        "reservisten\n\n1\n\nHoeveel reservisten zijn er op dit moment?\n\n"
        "2\n\nWij stellen de volgende vragen:\n\n– Waarom stromen zij uit?\n\n– Wat kost de werving?\n\n"
        "3\n\nWanneer komt u met een plan?\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("kamervragen", "het tekort aan reservisten")
    assert r["questioners"] == [{"name": "De Boer", "party": "VVD"}]
    assert numbers(r) == [1, 2, 3]


def test_covering_note_then_numbered_questions_each_followed_by_its_answer():
    text = (
        "Ministerie van Defensie\n\nKamerbrief inzake lijst van feitelijke vragen over mijnen\n\n"
        "Graag bied ik u hierbij de antwoorden aan op de feitelijke vragen van de vaste commissie.\n\n"
        "De minister van Defensie, J. Smit\n\n1\n\n"
        "1. Hoeveel mijnen liggen er nog in de opslag? Wanneer worden zij vernietigd?\n\n"
        "Er liggen er nog tweehonderd; zij worden dit jaar vernietigd.\n\n"
        "2. Welke landen hebben het verdrag niet geratificeerd?\n\nDat zijn er nog zes.\n\n"
        "3. Bent u bereid de Kamer te"
    )
    r = record(text)
    assert r["type"] == "kamerbrief"
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [
        (1, "Er liggen er nog tweehonderd; zij worden dit jaar vernietigd."),
        (2, "Dat zijn er nog zes."),
    ]


def test_letterhead_fields_reflowed_onto_one_line_and_a_letter_answering_questions():
    text = (
        "Ministerie van Justitie\n\n"
        "Datum 14 maart 2008 Uw kenmerk 2008Z01234 Onderwerp Kamervragen\n\n"
        "Geachte voorzitter,\n\n"
        "Hiermee beantwoord ik de vragen die uw vaste commissie heeft gesteld over de wapenwet.\n\n"
        "1. Hoeveel vergunningen zijn er verleend?\n\n1. Het gaat om vijftig vergunningen.\n"
    )
    r = record(text)
    assert (r["type"], r["date"]) == ("antwoord_kamervragen", "2008-03-14")
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [(1, "1. Het gaat om vijftig vergunningen.")]


def test_one_label_line_with_prose_after_it_is_not_split():
    text = (
        "Datum 3 mei 2011\n\nBetreft Voortgang Datum van levering schuift op\n\n"
        "Geachte voorzitter,\n\nDe levering van de fregatten is vertraagd.\n"
    )
    assert record(text)["subject"] == "Voortgang Datum van levering schuift op"


def test_written_answers_in_a_supplement_to_the_record():
    text = (
        "BIJVOEGSEL\n\nSchriftelijke antwoorden van de minister van Defensie op vragen gesteld in de eerste "
        "termijn van de begrotingsbehandeling\n\nCDA\n\n"
        "1. Hoeveel militairen verlaten jaarlijks de krijgsmacht?\n\nOngeveer drieduizend.\n\n"
        "2. Is de minister bereid de werving te versnellen? Wanneer komt het plan?\n\nHet plan komt in mei.\n\n3."
    )
    assert numbers(record(text)) == [1, 2]


def test_site_rendering_with_answers_under_each_question_and_no_heading_at_all():
    text = (
        "• Vraag 1\n  Hoeveel tanks heeft de landmacht nog in gebruik?\n\n  Achttien, alle in een gedeelde eenheid.\n\n"
        " • Vraag 2\n  Wanneer besluit u over nieuwe tanks?\n\n  Dit najaar, bij de Defensienota.\n\n"
        " • Vraag 3\n  Kunt u de kosten noemen?\n\n  De kosten hangen af van het aant"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert numbers(r) == [1, 2, 3]
    assert r["questions"][1]["answer"] == "Dit najaar, bij de Defensienota."


def test_vraag_headings_with_context_paragraphs_but_no_answers_stay_questions():
    text = (
        "Vragen van het lid Kuiper (SP) aan de minister van Defensie over munitie (ingezonden 2 mei 2023)\n\n"
        "Vraag 1\nKent u het bericht over de munitievoorraad?\n\nVraag 2\nHoeveel granaten zijn er nog?\n\n"
        "Vraag 3\nWanneer vult u de voorraad aan?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert numbers(r) == [1, 2, 3] and all(q["answer"] is None for q in r["questions"])


def test_second_minister_on_the_answer_line_co_signs():
    text = (
        "Vragen van het lid Dekker (SP) aan de ministers van Buitenlandse Zaken en van Defensie over een "
        "wapenbeurs (ingezonden 1 maart 2019).\n\n"
        "Antwoord van Minister Pietersen (Buitenlandse Zaken) en van Minister Klaassen (Defensie), mede namens "
        "de Minister-President (ontvangen 20 maart 2019).\n\n"
        "Vraag 1\n\nWie is uitgenodigd?\n\nAntwoord 1\n\nNiemand.\n"
    )
    r = record(text)
    assert r["sender"] == {"name": "Pietersen", "role": "Minister van Buitenlandse Zaken"}
    assert r["co_senders"] == ["Minister van Defensie", "Minister-President"]


def test_members_named_as_kamerleden_after_a_first_name_without_party():
    text = (
        "Vragen van Piet de Wit en de Tweede Kamerleden Van der Laan (CDA), De Groot (SGP) en Yilmaz (SP) "
        "aan de minister van Buitenlandse Zaken\n\nVraag 1\n\nWat weet u van de beschietingen?\n"
    )
    surnames = [q["name"] for q in record(text)["questioners"]]
    assert surnames == ["Piet de Wit", "Van der Laan", "De Groot", "Yilmaz"]


def test_title_broken_over_lines_names_every_minister():
    text = (
        "Brief regering : Inzet van militairen\n\n29 521 Nederlandse deelname aan vredesmissies\n\nNr. 480\n\n"
        "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN DEFENSIE EN VOOR BUITENLANDSE\n"
        "HANDEL EN ONTWIKKELINGSSAMENWERKING\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 juni 2024\n\n"
        "Met deze brief informeren wij u over de missies.\n"
    )
    r = record(text)
    assert r["sender"]["role"] == "Minister van Buitenlandse Zaken"
    assert r["co_senders"] == [
        "Minister van Defensie",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    ]


def test_ministries_of_earlier_cabinets_are_roles():
    text = (
        "25 000 Wegverkeer\n\nNr. 12 BRIEF VAN DE MINISTER VAN VERKEER EN WATERSTAAT\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 5 mei 1997\n\nHierbij zend ik u de nota.\n"
    )
    assert record(text)["sender"]["role"] == "Minister van Verkeer en Waterstaat"


def test_written_answers_to_a_debate_name_their_senders_and_the_members_heading_questions():
    text = (
        "BIJVOEGSEL\n\nSchriftelijke antwoorden van de minister en de staatssecretaris van Defensie op vragen "
        "gesteld in de eerste termijn van de begrotingsbehandeling\n\n"
        "Van Dam (Partij van de Arbeid)\n\nWaarom duurt de aanschaf zo lang?\n\nDe markt is krap.\n\n"
        "Kok, A.B. (VVD)\n\nKomt er extra geld voor munitie?\n\nJa, in de Voorjaarsnota.\n\n"
        "Verdrag van Ottawa (1997)\n\nDat verdrag blijft van kracht.\n"
    )
    r = record(text)
    assert r["sender"]["role"] == "Minister van Defensie"
    assert r["co_senders"] == ["Staatssecretaris van Defensie"]
    assert r["questioners"] == [{"name": "Van Dam", "party": "PvdA"}, {"name": "A.B. Kok", "party": "VVD"}]


def test_follow_up_questions_titled_without_parties_take_the_subject_after_over():
    text = (
        "Nadere vragen over de opslag van kernwapens in Volkel\n\n"
        "Nadere vragen van de leden van de fractie van GroenLinks n.a.v. de memorie van antwoord\n\n"
        "Vraag 1\n\nKunt u bevestigen dat de opslag wordt gemoderniseerd?\n"
    )
    assert record(text)["subject"] == "de opslag van kernwapens in Volkel"


def test_a_word_with_a_bracketed_part_stays_in_the_subject():
    text = (
        "Vragen van het lid Bos (D66) aan de minister van Buitenlandse Zaken over de controle op "
        "(dual-use)goederen voor Rusland (ingezonden 4 april 2023).\n\nVraag 1\n\nHoe vaak is gecontroleerd?\n"
    )
    assert record(text)["subject"] == "de controle op (dual-use)goederen voor Rusland"


def test_committee_meeting_outside_a_dossier_is_about_what_it_was_held_over():
    text = (
        "Verslag van een commissiedebat\n\n"
        "De vaste commissie voor Defensie heeft op 3 april 2025 overleg gevoerd met de heer Jansen, "
        "minister van Defensie, over Personeel en reservisten.\n\nDe voorzitter van de commissie,\n\nBakker\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("verslag", "Personeel en reservisten")


def test_site_label_dossier_is_not_part_of_a_motions_subject():
    text = (
        "Kamerstuk 36600-X-40\n\nMotie van het lid Smit over munitie\n\n"
        "Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2025\n\n"
        "De Kamer, gehoord de beraadslaging,\n\nverzoekt de regering meer munitie aan te schaffen,\n"
    )
    r = record(text)
    assert r["type"] == "motie"
    assert r["subject"] == "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2025"


OPENKAMER_NOTA = (
    "Gepubliceerd: 2 maart 2021\n"
    "Indiener(s): Jan Klaassen (minister buitenlandse zaken) (VVD), Els Pieters (minister defensie) (CDA), "
    "Piet Smit (minister defensie, minister binnenlandse zaken) (CU)\n"
    "Onderwerpen: defensie\n"
    "Bron: https://zoek.officielebekendmakingen.nl/kst-35123-7.html\n"
    "ID: 35123-7\n\n"
    "Nr. 7 NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"
    "Ontvangen 5 maart 2021\n\n"
    "De regering dankt de commissie voor haar verslag.\n"
)


def test_site_block_of_a_government_paper_gives_its_signers_reference_and_date():
    r = record(OPENKAMER_NOTA)
    assert r["type"] == "nota"
    assert r["kamerstuk"] == {"dossier": "35123", "number": "7"}
    assert r["date"] == "2021-03-05"
    assert r["sender"] == {"name": "Jan Klaassen", "role": "Minister van Buitenlandse Zaken"}
    assert r["co_senders"] == ["Minister van Defensie"]  # the member listed with two posts is left out


QUESTION_TABLE = (
    "De levering van pantserwagens aan een buurland |\n|\n"
    "Karin de Wit (SP) |\n|\n"
    "Jan Klaassen (minister buitenlandse zaken) (VVD) |\n|\n|\n"
    "Klopt het dat er vorige maand twintig pantserwagens zijn geleverd aan het buurland van het conflictgebied?\n"
    "Ja, dat klopt. De levering was al in 2021 vergund en is getoetst aan de criteria van het gemeenschappelijk standpunt.\n"
    "Welke voorwaarden voor het eindgebruik zijn aan de vergunning verbonden, en hoe worden die gecontroleerd?\n"
    "Het eindgebruik is vastgelegd in een verklaring van de ontvangende regering die de ambassade ter plaatse controleert.\n"
    "Bent u bereid de Kamer te informeren zodra er aanwijzingen zijn dat de voertuigen worden doorgeleverd?\n"
    "Ja.\n"
    "Kunt u aangeven hoeveel vergunningen er sinds"
)


def test_flattened_site_table_of_questions_numbered_by_place_with_the_answer_under_each():
    r = record(QUESTION_TABLE)
    assert (r["type"], r["subject"]) == ("antwoord_kamervragen", "De levering van pantserwagens aan een buurland")
    assert r["questioners"] == [{"name": "Karin de Wit", "party": "SP"}]
    assert r["sender"]["role"] == "Minister van Buitenlandse Zaken"
    assert [(q["number"], q["answer"][:6]) for q in r["questions"]] == [(1, "Ja, da"), (2, "Het ei"), (3, "Ja.")]


def test_site_table_of_questions_without_answers_counts_every_question_asked():
    text = QUESTION_TABLE.split("\nJa, dat klopt")[0] + (
        "\nWelke voorwaarden voor het eindgebruik zijn aan de vergunning verbonden, en hoe controleert u die?"
        "\nHoeveel vergunningen voor pantserwagens zijn er het afgelopen jaar verleend voor deze regio?"
        "\nBent u bereid de Kamer per kwartaal te informeren over de leveringen aan de regio?"
        "\nGaat u de vergunningen opnieuw"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    # the last, cut off by the saved page inside its words, was asked too: the blind readers of
    # batches 35-36 counted such a question in a list without answers (an earlier test said otherwise)
    assert [q["number"] for q in r["questions"]] == [1, 2, 3, 4, 5]


def test_dossier_title_on_the_line_below_its_number():
    text = (
        "31 125\n\nMaterieelprojecten\n\nNr. 301\n\nMOTIE VAN HET LID DE VRIES\n\nVoorgesteld 4 juli 2019\n\n"
        "De Kamer, gehoord de beraadslaging,\n\nverzoekt de regering de aanschaf te versnellen,\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("motie", "Materieelprojecten")
    assert r["kamerstuk"] == {"dossier": "31125", "number": "301"}


def test_kamerstuk_of_no_named_type_is_about_its_dossier_and_a_spaced_rijkswet_number_is_no_title():
    text = (
        "Kamerstuk 36500-3\n\n36 500 (R 2199)\n\nGoedkeuring van het verdrag inzake de uitvoer van drones\n\n"
        "Nr. 3\n\nMEMORIE VAN TOELICHTING\n\nHet verdrag regelt de uitvoer van onbemande vliegtuigen.\n"
    )
    r = record(text)
    assert r["type"] == "other"
    assert r["subject"] == "Goedkeuring van het verdrag inzake de uitvoer van drones"
    assert r["kamerstuk"] == {"dossier": "36500", "number": "3"}


def test_senate_page_on_a_bill_is_titled_by_the_bill_without_the_summary_run_onto_it():
    text = (
        "36.999 (R2200)\n\nGoedkeuring Verdrag inzake de uitvoer van dronesDit voorstel van rijkswet keurt het "
        "verdrag goed. Het verdrag regelt de uitvoer van onbemande vliegtuigen.\n\nStand van zaken\n"
    )
    assert record(text)["subject"] == "Goedkeuring Verdrag inzake de uitvoer van drones"


def test_an_unnumbered_answer_after_two_questions_answers_both():
    text = (
        "Antwoord van de minister van Buitenlandse Zaken op vragen van het lid Smit over het biologische-wapensverdrag\n\n"
        "Vraag 1:\n\nHoe brengt u het verdrag ter sprake bij de bondgenoten?\n\n"
        "Vraag 2:\n\nWelke landen benadert u daarbij?\n\n"
        "Antwoord:\n\nNederland bespreekt het verdrag met alle bondgenoten en met de landen van de Europese Unie.\n\n"
        "Vraag 3:\n\nWanneer is de volgende conferentie?\n\nAntwoord:\n\nIn november.\n"
    )
    r = record(text)
    assert [q["number"] for q in r["questions"]] == [1, 2, 3]
    assert r["questions"][0]["answer"] == r["questions"][1]["answer"]
    assert r["questions"][2]["answer"] == "In november."


def test_questions_printed_without_numbers_below_their_heading_are_numbered_by_place():
    text = (
        "Persbericht\n\nVragen van het lid De Wit (SP) aan de minister van Defensie over de opslag van munitie:\n\n"
        "Bent u bekend met het bericht dat munitie onbewaakt in een loods lag?\n\n"
        "Hoe kon dit gebeuren, en wie is daarvoor verantwoordelijk?\n\n"
        "* Bron: een regionaal dagblad van 3 mei.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("kamervragen", "de opslag van munitie")
    assert [q["number"] for q in r["questions"]] == [1, 2]


def test_oral_questions_in_a_debate_record_are_no_numbered_list():
    text = (
        "Vragenuur\n\nVragen van het lid De Wit aan de minister van Defensie over munitie.\n\n"
        "De voorzitter:\n\nHet woord is aan de heer De Wit.\n\nDe heer De Wit (SP):\n\n"
        "Voorzitter. Mijn vraag is: hoe kon dit gebeuren?\n"
    )
    assert record(text)["questions"] == []


def test_askers_named_without_a_party_in_the_subject_line_or_heading():
    text = (
        "Datum 3 mei 2001\n\nBetreft Beantwoording van vragen van het lid De Groot\n\nGeachte Voorzitter,\n\n"
        "Hierbij bied ik u de antwoorden aan.\n\nVraag 1\n\nWat is de stand van zaken?\n\nAntwoord 1\n\nHet overleg loopt.\n"
    )
    assert record(text)["questioners"] == [{"name": "De Groot", "party": None}]
    text = "Vragen van het Tweede-Kamerlid Van Dam over clustermunitie\n\nVraag 1\n\nGebruikt de NAVO clustermunitie?\n"
    assert record(text)["questioners"] == [{"name": "Van Dam", "party": None}]


def test_news_page_titles_with_what_the_flattened_page_ran_onto_them():
    cases = {
        "Minister steunt ontmijning met vijf miljoen 12 mei 2009 | De minister maakt vandaag bekend dat hij "
        "vijf miljoen euro geeft voor ontmijning in Angola.": "Minister steunt ontmijning met vijf miljoen",
        "Statement at the Review Conference of the Arms Trade Treaty - Permanent Mission Geneva Statement at the "
        "Review Conference of the Arms Trade Treaty | 12-05-2023 Mr President, thank you.": (
            "Statement at the Review Conference of the Arms Trade Treaty"
        ),
        "Kamer wil verbod op doorvoer van mijnenTijdens een debat op 3 maart vroeg de Kamer de regering om een "
        "verbod op de doorvoer van landmijnen over Nederlands grondgebied.": "Kamer wil verbod op doorvoer van mijnen",
        "Wat betekent het nieuwe verdrag voor Nederland?": "Wat betekent het nieuwe verdrag voor Nederland?",
    }
    for first, title in cases.items():
        text = (
            first
            + "\n\nDe regering heeft het voorstel gisteren besproken in de ministerraad en zal het binnenkort indienen.\n"
        )
        assert record(text)["subject"] == title


def test_english_statements_name_who_delivers_them():
    cases = [
        ("Statement by H.E. Ambassador Jan de Boer,\nNew York, 4 October 2021", ("Jan de Boer", "Ambassador")),
        (
            "Delivered by H.E. Anna van der Berg, Deputy Permanent Representative to the United Nations",
            ("Anna van der Berg", "Deputy Permanent Representative to the United Nations"),
        ),
        (
            "Intervention by H.E. Piet Smit, Minister of Defence of the Kingdom of the Netherlands",
            ("Piet Smit", "Minister of Defence"),
        ),
        (
            "Speech by the Minister of Foreign Affairs, Karel de Vries, at the conference",
            ("Karel de Vries", "Minister of Foreign Affairs"),
        ),
        (
            "Statement by H.E. Jan Pieter van der Wal. Permanent Representative of the Kingdom of the Netherlands to "
            "the OPCW. 3 May 2019.",
            ("Jan Pieter van der Wal", "Permanent Representative of the Kingdom of the Netherlands to the OPCW"),
        ),
    ]
    for line, (name, role) in cases:
        text = (
            "Conference on Disarmament\n\n"
            + line
            + "\n\nThank you, Mr President. The Netherlands aligns itself with the EU.\n"
        )
        assert record(text)["sender"] == {"name": name, "role": role}
    text = "Statement by The Netherlands at the General Debate\n\nThank you, Mr President.\n"
    assert record(text)["sender"] == {"name": None, "role": None}


def test_a_notice_that_answers_are_late_is_sent_by_the_one_it_names():
    text = (
        "Vragen van het lid Bakker (SP) aan de minister van Defensie over munitie (ingezonden 2 mei 2022).\n\n"
        "Mededeling van Minister Jansen (Defensie) (ontvangen 20 mei 2022).\n\n"
        "Vraag 1\n\nHoeveel munitie is er nog?\n"
    )
    assert record(text)["sender"] == {"name": "Jansen", "role": "Minister van Defensie"}


def test_a_page_is_not_dated_by_the_treaty_or_period_its_first_lines_speak_of():
    text = (
        "36.999\n\nGoedkeuring Verdrag inzake dronesDit wetsvoorstel regelt de goedkeuring van het op 3 mei 2021 te "
        "Genève tot stand gekomen Verdrag inzake drones.\n\nStand van zaken\n"
    )
    assert record(text)["date"] is None
    text = (
        "Overzicht van leveringen\n\nDe regering maakt bekend wat sinds 24 februari 2022 is geleverd, na de "
        "onderhandelingen van 3 tot en met 7 maart 2022.\n"
    )
    assert record(text)["date"] is None


def test_a_nota_by_its_opening_formula_names_the_kamer_of_the_committee_it_thanks():
    text = (
        "Ontvangen 2 oktober 2015\n\nDe regering dankt de vaste commissie voor Defensie van de Tweede Kamer der "
        "Staten-Generaal voor haar verslag over het voorstel van wet.\n\nDe leden van de CDA-fractie vragen naar de kosten.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["date"]) == ("nota", "TK", "2015-10-02")


def test_an_explanatory_memorandum_is_no_nota():
    text = "Nr. 3 MEMORIE VAN TOELICHTING\n\nDe regering stelt voor het verdrag goed te keuren.\n"
    assert record(text)["type"] == "other"


def test_older_kamerstuk_reference_in_a_publication_table_and_a_meeting_of_several_committees():
    text = (
        "Kamerstuk\n\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n\n"
        "Tweede Kamer der Staten-Generaal | 1996-1997 | 22054 nr. 19 | Vastgesteld 3 juni 1997\n\n"
        "De vaste commissies voor Buitenlandse Zaken en voor Defensie hebben op 2 april 1997 overleg gevoerd "
        "met minister Jansen over de wapenexport.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "22054", "number": "19"}
    assert r["type"] == "verslag"


TREATY_SERIES_PAGE = (
    "Tractatenblad van het Koninkrijk der Nederlanden\n"
    "Datum publicatie | Organisatie | Jaargang en nummer | Rubriek |\n"
    "---|---|---|---|\n"
    "Ministerie van Buitenlandse Zaken | Tractatenblad 2019, 12 | Verdrag |\n"
    "U bent hier:\n"
    "31 (2018) Nr. 2\n"
    "Mijnenverdrag;\n"
    "Genève, 4 juni 2018\n"
    "De Engelse tekst van het Verdrag is geplaatst in Trb. 2018, 90.\n"
)


def test_treaty_series_page_under_a_flattened_table_is_titled_by_its_treaty():
    r = record(TREATY_SERIES_PAGE)
    assert r["subject"] == "Mijnenverdrag"
    assert r["date"] is None  # the date below the title is the day the treaty was concluded


def test_treaty_title_followed_by_the_pointer_to_the_treaty_database():
    text = (
        "Verdrag tussen het Koninkrijk der Nederlanden en de Republiek Ghana inzake de status van militair personeel\n\n"
        "Voor een overzicht van de verdragsgegevens, zie verdragsnummer 012345 in de Verdragenbank.\n"
    )
    assert record(text)["subject"].startswith("Verdrag tussen het Koninkrijk der Nederlanden en de Republiek Ghana")


def test_table_rows_and_a_place_and_date_line_stand_apart_from_the_lines_around_them():
    from armswatch.normalise.paragraphs import paragraphs

    block = ["Ministerie van Defensie | Tractatenblad 2019, 12 | Verdrag |", "Mijnenverdrag;", "Genève, 4 juni 2018"]
    assert paragraphs(block) == block


def test_question_table_with_several_askers():
    text = (
        "Het bericht over de grensbewaking |\n|\nAnna de Vries (PvdA), Kees Jansen (SP) |\n|\n"
        "Piet Smit (minister , minister ) |\n|\n"
        "Kent u het bericht over de grensbewaking door burgers in het oosten van het land?\n"
        "Deelt u de mening dat alleen de marechaussee de grens mag bewaken, en niet een groep burgers?\n"
        "Hoeveel meldingen over zulke groepen heeft de politie het afgelopen jaar ontvangen, en van welke gemeenten?\n"
        "Bent u bereid met de burgemeesters in de grensstreek over deze groepen in gesprek te gaan?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert [q["name"] for q in r["questioners"]] == ["Anna de Vries", "Kees Jansen"]
    assert [q["number"] for q in r["questions"]] == [1, 2, 3, 4]


def test_letter_addressed_below_a_sites_table_rows():
    text = (
        "Kamerstuk\n\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n\n---|---|---|---|\n\n"
        "Eerste Kamer der Staten-Generaal | 2022-2023 | 36100 nr. C |\n\nU bent hier:\n\n"
        "Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n\n---|---|---|---|\n\n"
        "Eerste Kamer der Staten-Generaal | 2022-2023 | 36100 nr. C |\n\n"
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 8 maart 2023\n\nHierbij informeer ik u.\n"
    )
    r = record(text)
    assert r["addressee"] == "Voorzitter van de Eerste Kamer der Staten-Generaal"
    assert r["kamerstuk"] == {"dossier": "36100", "number": "C"}


def test_questions_and_letters_dated_by_a_standing_date_when_nothing_else_dates_them():
    text = (
        "Drones boven kazernes\n\ndinsdag 14 maart 2023\n\n"
        "Vragen van het lid De Wit (SP) aan de minister van Defensie over drones boven kazernes\n\n"
        "Vraag 1\n\nHoe vaak zijn er drones waargenomen?\n"
    )
    assert record(text)["date"] == "2023-03-14"
    text = (
        "Ministerie van Defensie\n\nKamerbrief inzake de vervanging van de fregatten 12-06-2019\n\n"
        "Graag bied ik u hierbij de stand van zaken aan.\n"
    )
    assert record(text)["date"] == "2019-06-12"


def test_a_footnote_marker_glued_to_the_verb_still_opens_a_meetings_report():
    text = (
        "De vaste commissies voor Defensie1 en voor Financiën 2hebben op 3 mei 1998 overleg gevoerd met minister "
        "Jansen over de begroting.\n\nVan het overleg brengen de commissies bijgaand verslag uit.\n"
    )
    assert record(text)["type"] == "verslag"


def test_more_page_chrome_is_never_the_subject():
    for chrome in (
        "Go to content",
        "Handeling",
        "Base description which applies to the whole site",
        "16 (1949) Nr. 15",
        "Ontvangen 12 december 2014",
        "Datum publicatieOrganisatieVergaderjaar Tweede Kamer der Staten-Generaal",
    ):
        text = chrome + "\n\nMijnen ruimen in Angola\n\nNederland geeft dit jaar vijf miljoen euro voor ontmijning.\n"
        assert record(text)["subject"] == "Mijnen ruimen in Angola", chrome
    text = "date 2021-11 Ministeries\n\nMijnen ruimen in Angola\n\nNederland geeft dit jaar geld voor ontmijning.\n"
    assert record(text)["subject"] == "Mijnen ruimen in Angola"


HEAD_OF_ANSWERS = (
    "Vragen van het lid Smit (VVD) aan de minister van Defensie over munitie (ingezonden 3 mei 2023).\n\n"
    "Antwoord van minister Jansen (Defensie) (ontvangen 20 mei 2023).\n\n"
)


def test_question_and_answer_headings_in_more_spellings():
    layouts = [
        "Vraag 1: Hoeveel munitie is er?\nAntwoord 1: Genoeg voor een week.\nVraag 2: Wanneer komt er meer?\nAntwoord 2: In juni.\n",
        "Vraag 1\nHoeveel munitie is er?\n\nAntwoord vraag 1\nGenoeg voor een week.\n\n"
        "Vraag 2\nWanneer komt er meer?\n\nAntwoord vraag 2\nIn juni.\n",
        "Vraag nr. 1\nHoeveel munitie is er?\n\nAntwoord nr. 1\nGenoeg voor een week.\n\n"
        "Vraag nr. 2\nWanneer komt er meer?\n\nAntwoord nr. 2\nIn juni.\n",
    ]
    for layout in layouts:
        r = record(HEAD_OF_ANSWERS + layout)
        assert [(q["number"], q["answer"]) for q in r["questions"]] == [
            (1, "Genoeg voor een week."),
            (2, "In juni."),
        ], layout


def test_a_second_minister_signing_below_the_first_co_sends():
    letter = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 mei 2023\n\n"
        "Hierbij zenden wij u de stand van zaken.\n\n"
        "De Minister van Buitenlandse Zaken,\n\nJ. Klaassen\n\nDe Minister van Defensie,\n\nP. Smit\n"
    )
    r = record(letter)
    assert r["sender"] == {"name": "J. Klaassen", "role": "Minister van Buitenlandse Zaken"}
    assert r["co_senders"] == ["Minister van Defensie"]
    annexed = letter.replace(
        "De Minister van Defensie,",
        "Bijlage\n\nEen verslag van het overleg.\n\nDe vergadering begon om tien uur.\n\nZij eindigde om twaalf uur."
        "\n\nDe Minister van Defensie,",
    )
    assert record(annexed)["co_senders"] == []  # a signature further on belongs to another piece


def test_subject_after_betreffende_in_older_questions():
    text = (
        "Vragen van het lid Kok (CDA) aan de minister van Defensie betreffende de sluiting van de kazerne in "
        "Ede (ingezonden 2 februari 1999)\n\n1\n\nIs het waar dat de kazerne sluit?\n"
    )
    assert record(text)["subject"] == "de sluiting van de kazerne in Ede"


def test_questions_put_by_members_named_after_gesteld_door():
    text = (
        "Vragen gesteld door de leden De Vries (CDA) en Bos (SP) aan de minister van Defensie over munitie "
        "(ingezonden 3 mei 2023)\n\nVraag 1\n\nHoeveel munitie is er nog?\n"
    )
    assert record(text)["questioners"] == [{"name": "De Vries", "party": "CDA"}, {"name": "Bos", "party": "SP"}]


def test_vraag_headings_with_footnotes_under_each_question_are_questions_not_answers():
    text = (
        "Vraag 1\nKent u het bericht over de munitievoorraad?1\n\n1) https://example.org/bericht-1\n\n"
        "Vraag 2\nWat gaat u doen om de voorraad aan te vullen?2\n\n2) https://example.org/bericht-2\n\n"
        "Vraag 3\nWanneer informeert u de Kamer?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert [q["number"] for q in r["questions"]] == [1, 2, 3]
    assert all(q["answer"] is None for q in r["questions"])


def test_letter_on_a_ministrys_site_is_titled_above_its_date():
    text = (
        "Ministerie van Buitenlandse Zaken\n\n---\n\nBrieven aan de Kamer ---\n\n"
        "Reactie op verzoek commissie over de uitvoer van radars\n\n14-03-2004\n\n"
        "Naar aanleiding van het verzoek van de commissie bericht ik u als volgt.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"], r["date"]) == (
        "kamerbrief",
        "Reactie op verzoek commissie over de uitvoer van radars",
        "2004-03-14",
    )


def test_a_plenary_record_titled_plenair_verslag_names_its_chamber():
    text = (
        "Plenair verslag Tweede Kamer, 40e vergadering Dinsdag 12 maart 2024\n\n• Aanvang 14:00 uur\n\nOpening\n\n"
        "Voorzitter: Bosma\n\nAanwezig zijn 120 leden der Kamer.\n"
    )
    assert record(text)["chamber"] == "TK"


def test_site_field_naming_the_asker_without_a_party():
    text = (
        "Kamervraag 2023Z10001\n\nDe opslag van munitie\n\nIngediend 3 mei 2023\n\nBeantwoord 1 juni 2023\n\n"
        "Indiener Karel de Wit\n\nBeantwoord door Jan Klaassen (minister defensie) (VVD)\n\n"
        " • Vraag 1\n  Hoeveel munitie ligt er opgeslagen?\n\n  Genoeg voor een week.\n"
    )
    r = record(text)
    assert r["questioners"] == [{"name": "Karel de Wit", "party": None}]
    assert r["sender"] == {"name": "Jan Klaassen", "role": "Minister van Defensie"}


def test_oral_questions_in_the_handelingen_name_asker_subject_and_chamber():
    # the converter glued the italic "Vragen" to "van": repaired in normalise
    text = (
        "Aan de orde is het mondelinge vragenuur, overeenkomstig artikel 136 van het Reglement van orde.\n\n"
        "Vragenvan het lid Jansen aan de minister van Infrastructuur, over de vertraging van de Zuidasdok.\n\n"
        "De heer Jansen (SP):\n\nVoorzitter! Waarom loopt het project weer jaren achter?\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["subject"]) == ("other", "TK", "de vertraging van de Zuidasdok")
    assert [q["name"] for q in r["questioners"]] == ["Jansen"]


def test_a_members_reposted_questions_are_questions_by_that_member():
    text = (
        "Vragen over de sluiting van het station\n\n"
        "Met dank overgenomen van P. (Piet) de Vries i, gepubliceerd op maandag 3 maart 2014, 10:12.\n\n"
        "Het station in mijn woonplaats gaat dicht. Daarom heb ik de staatssecretaris de volgende vragen gesteld:\n\n"
        "1\n\nKent u het bericht over de sluiting?\n\n2\n\nBent u bereid de sluiting uit te stellen?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert [q["name"] for q in r["questioners"]] == ["De Vries"]
    assert numbers(r) == [1, 2]


def test_english_statements_name_whoever_delivers_them_or_only_the_post():
    delivered = (
        "Statement on Conventional Weapons\n\n"
        "Statement of the Kingdom of the Netherlands, delivered by Ms. Anna de Groot, Counsellor, "
        "Permanent Mission to the United Nations\n\nThank you, Chair.\n"
    )
    r = record(delivered)
    assert (r["sender"]["name"], r["sender"]["role"]) == (
        "Anna de Groot",
        "Counsellor, Permanent Mission to the United Nations",
    )
    post_only = (
        "Opening of the Review Conference\n\n"
        "Statement by the Netherlands Minister of Defence at the opening of the Review Conference.\n\n"
        "Mr President,\n"
    )
    assert record(post_only)["sender"] == {"name": None, "role": "Minister of Defence"}


def test_a_page_title_with_the_sites_name_over_the_heading_gives_the_heading():
    text = (
        "Small Arms and Light Weapons - Embassy of the Netherlands in Vienna\n\n"
        "Small Arms and Light Weapons\n\n"
        "The Netherlands supports the work of the OSCE on the control of small arms in the region.\n"
    )
    assert record(text)["subject"] == "Small Arms and Light Weapons"


def test_the_treaty_databases_category_label_and_tabs_are_not_the_subject():
    labelled = "Verdrag\n\nOttawa-verdrag\n\nPartijen\n\nAlbanië 08-09-1998 29-02-2000 (R) 01-08-2000\n"
    assert record(labelled)["subject"] == "Ottawa-verdrag"
    tabs = (
        "Verdrag inzake het verbod op biologische wapens Partijen en gegevens Geldend\n\n"
        "Geldend vanaf 26-03-1975\n\n- Inwerkingtreding 26-03-1975\n"
    )
    assert record(tabs)["subject"] == "Verdrag inzake het verbod op biologische wapens"


def test_a_tweede_kamer_case_number_in_an_answers_covering_text_names_the_chamber():
    text = (
        "Antwoord op vragen van het lid De Boer over de levering van radars\n\n"
        "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen gesteld door het lid De Boer (CDA) "
        "over de levering van radars. Deze vragen werden ingezonden op 2 mei 2019 met kenmerk 2019Z08812.\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"]) == ("antwoord_kamervragen", "TK")


def test_a_chambers_news_item_opening_with_its_name_is_that_chambers():
    text = (
        "Tweede Kamer stemt in met nieuwe woningwetDe Tweede Kamer heeft dinsdag het wetsvoorstel over "
        "huurbescherming aangenomen. 90 leden stemden voor.\n\nTijdens het debat is gesproken over de huren.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"]) == ("other", "TK")
    senate = "De Eerste Kamer heeft dinsdag 4 juni de Omgevingswet aangenomen.\n\nDe senatoren spraken lang.\n"
    assert record(senate)["chamber"] == "EK"


def test_the_question_hour_heading_makes_oral_questions_a_debate_of_the_tweede_kamer():
    text = (
        "3 Vragenuur\n\nVragenuur\n\nVragen De Wit\n\n"
        "Vragen van het lid De Wit aan de minister van Infrastructuur over de sluiting van een brug.\n\n"
        "De voorzitter:\n\nHet woord is aan de heer De Wit.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["subject"]) == ("other", "TK", "de sluiting van een brug")
    assert [q["name"] for q in r["questioners"]] == ["De Wit"]


def test_two_ministers_signing_side_by_side_each_keep_their_name():
    one_line = (
        "Beantwoording vragen over de wederopbouw\n\n"
        "Graag bieden wij u hierbij de antwoorden aan op de schriftelijke vragen gesteld door het lid "
        "Jansen over de wederopbouw.\n\n"
        "De Minister van Defensie, De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,\n\n"
        "Mr. P.Q. Jansen Drs. R. de Vries\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n"
    )
    r = record(one_line)
    assert r["sender"] == {"name": "P.Q. Jansen", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"]
    stacked = (
        "Antwoord op vragen van het lid Bakker over de wederopbouw\n\n"
        "Hierbij bieden wij de antwoorden aan op de schriftelijke vragen gesteld door het lid Bakker.\n\n"
        "De Minister van Defensie,\n\nDe Minister van Buitenlandse Zaken,\n\nPiet Jansen\n\nRoos de Vries\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n"
    )
    r = record(stacked)
    assert r["sender"] == {"name": "Piet Jansen", "role": "Minister van Defensie"}
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]


def test_a_ministry_sites_item_line_dates_the_document():
    text = (
        "Beantwoording vragen over de inzet van fregatten\n\n"
        "12-05-2011 | Kamerstuk | Ministerie van Defensie\n\n"
        "Graag bied ik u hierbij de antwoorden aan op de schriftelijke vragen gesteld door het lid Smit.\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n"
    )
    assert record(text)["date"] == "2011-05-12"


def test_a_kamerstuk_is_not_the_reference_and_a_second_dossiers_title_holds_the_number():
    text = "Kenmerk 35123, nr. 14\n\nLijst van vragen en antwoorden over de begroting\n\nVastgesteld 3 mei 2021\n"
    assert record(text)["reference"] is None
    two = (
        "32 500 VIII\n\nVaststelling van de begroting van Onderwijs 2011\n\n32 500 A\n\n"
        "Begroting Infrastructuurfonds 2011 nr. 12\n\nVERSLAG VAN EEN WETGEVINGSOVERLEG\n\nVastgesteld 1 december 2010\n"
    )
    assert record(two)["kamerstuk"] == {"dossier": "32500-VIII", "number": "12"}


def test_an_advice_pages_metadata_list_gives_reference_date_and_kamerstuk():
    text = (
        "Wijziging van de Wet op de wapens en munitie.\n"
        "- Kenmerk\n- W16.22.0101/II\n- Datum aanhangig\n- 1 april 2022\n- Datum advies\n- 8 juni 2022\n"
        "- Vindplaats\n- Kamerstukken II 2022/23, 36250, nr. 4\n"
        "Bij Kabinetsmissive van 1 april 2022 heeft Uwe Majesteit een voorstel van wet aanhangig gemaakt.\n"
    )
    r = record(text)
    assert (r["reference"], r["date"], r["kamerstuk"]) == (
        "W16.22.0101/II",
        "2022-06-08",
        {"dossier": "36250", "number": "4"},
    )
    assert r["subject"] == "Wijziging van de Wet op de wapens en munitie"


def test_a_statements_opening_words_run_onto_the_post_are_cut():
    text = (
        "Statement on Small Arms\n\n"
        "Statement of the Kingdom of the Netherlands, delivered by Mr. Jan de Groot, Counsellor, "
        "Permanent Mission to the United Nations Thank you Chair, I would like to add some remarks.\n"
    )
    assert record(text)["sender"]["role"] == "Counsellor, Permanent Mission to the United Nations"


def test_a_ministrys_letter_titled_as_answering_questions_is_answers_about_their_subject():
    text = (
        "Ministerie van Defensie\n\n17-03-2010\n\n"
        "Kamerbrief inzake beantwoording lijst van vragen over mijnenjagers\n\n"
        "Graag bied ik u hierbij de antwoorden aan op de schriftelijke vragen gesteld door de vaste commissie "
        "voor Defensie over mijnenjagers.\n\n"
        "1. Hoeveel mijnenjagers zijn er inzetbaar?\n\nEr zijn vier mijnenjagers inzetbaar.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"], r["date"]) == ("antwoord_kamervragen", "mijnenjagers", "2010-03-17")


def test_a_speaker_here_in_a_chamber_names_the_plenary_records_chamber():
    text = (
        "Aan de orde is de behandeling van:\n\n"
        "het wetsvoorstel Wijziging van de Wet op de wapens en munitie (31234).\n\n"
        "De beraadslaging wordt geopend.\n\nDe heer Pietersen (CDA):\n\n"
        "Mijnheer de voorzitter! Vorig jaar hebben wij hier in de Eerste Kamer al over dit onderwerp gesproken.\n"
    )
    assert record(text)["chamber"] == "EK"


def test_a_members_post_of_questions_is_dated_by_its_publication_line():
    text = (
        "Vragen over de sluiting van de kazerne\n\n"
        "Met dank overgenomen van P. (Piet) de Vries i, gepubliceerd op dinsdag 4 maart 2014, 10:12.\n\n"
        "De kazerne in mijn woonplaats gaat dicht. Daarom heb ik de minister de volgende vragen gesteld:\n\n"
        "1\n\nKent u het bericht over de sluiting?\n\n2\n\nBent u bereid de sluiting uit te stellen?\n"
    )
    assert record(text)["date"] == "2014-03-04"


def test_a_sites_co_signer_is_a_co_sender():
    text = (
        "Levering van patrouilleschepen aan Ghana\n\nBrief regering\n\n"
        "Nummer: 2021D01234, datum: 2021-02-03, bijgewerkt: 2024-01-01 10:00, versie: 2\n\n"
        "- Eerste ondertekenaar: A.B. Jansen, minister van Defensie\n\n"
        "- Mede ondertekenaar: C.D. de Vries, minister van Buitenlandse Zaken\n\n"
        "Onderdeel van kamerstukdossier 22054 -400 Wapenexportbeleid.\n\nPreview document\n\n"
        "Hierbij informeer ik u over de levering.\n"
    )
    r = record(text)
    assert r["sender"]["role"] == "Minister van Defensie"
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]


def test_a_statements_heading_below_the_occasion_gives_the_subject():
    text = (
        "Twelfth Meeting of States Parties to the Convention on Cluster Munitions in Geneva\n\n"
        "Statement on Clearance and Risk Reduction\n\n"
        "Delivered by Ms. Anna de Groot, Counsellor, Permanent Mission to the United Nations\n\nThank you, Chair.\n"
    )
    assert record(text)["subject"] == "Statement on Clearance and Risk Reduction"


def test_a_dossier_line_joined_with_its_number_gives_both():
    text = (
        "31 987 Mijnenruiming nr. 14\n\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 3 juni 1999\n\n"
        "De vaste commissie voor Defensie heeft op 12 mei 1999 overleg gevoerd met de minister over mijnenruiming.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "31987", "number": "14"}
    assert r["chamber"] == "TK"


def test_a_publication_table_row_below_its_rule_with_a_rijkswet_code():
    text = (
        "Kamerstuk\n\n| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n\n"
        "|---|---|---|---|\n\n| Tweede Kamer der Staten-Generaal | 1998-1999 | 27412-(R1701) nr. 5 |\n\n"
        "MEMORIE VAN TOELICHTING\n\nDe ondergetekenden leggen het verdrag ter goedkeuring voor.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "27412", "number": "5"}
    assert r["chamber"] == "TK"


def test_a_bills_page_headed_by_its_number_and_rijkswet_code_names_the_dossier():
    text = (
        "33.456 (R2011)\n\nGoedkeuring van het verdrag inzake handvuurwapensDit voorstel van rijkswet "
        "regelt de goedkeuring van het verdrag.\n\nDe Eerste Kamer heeft het voorstel aangenomen.\n"
    )
    assert record(text)["kamerstuk"] == {"dossier": "33456", "number": None}


def test_an_unnumbered_stuk_below_its_dossier_line_names_the_dossier():
    text = (
        "34 567 Wapenexportbeleid\n\nVerslag van een schriftelijk overleg\n\n"
        "Binnen de vaste commissie voor Buitenlandse Handel hebben de fracties vragen voorgelegd over de "
        "uitvoer van militaire goederen.\n"
    )
    assert record(text)["kamerstuk"] == {"dossier": "34567", "number": None}


def test_a_number_in_a_sentence_is_no_dossier():
    text = "12 500 Oekraïners vluchtten naar Polen.\n\nDe regering volgt de ontwikkelingen.\n"
    assert record(text)["kamerstuk"] == {"dossier": None, "number": None}


def test_an_english_letter_to_parliament_is_a_letter_with_its_subject_line_and_co_sender():
    text = (
        "Letter to Parliament\n\nThe Hague, March 2015\n\nSubject: Progress on the disposal of surplus ammunition\n\n"
        "We hereby inform you, also on behalf of the Minister for Foreign Trade and Development Cooperation, "
        "of the progress made in disposing of surplus ammunition.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("kamerbrief", "Progress on the disposal of surplus ammunition")
    assert r["co_senders"] == ["minister for foreign trade and development cooperation"]


def test_an_initiative_nota_is_about_its_dossier_title_and_sent_by_its_member():
    text = (
        "35 812 Initiatiefnota van het lid Van der Berg over betaalbare huurwoningen\n\nNr. 2 INITIATIEFNOTA\n\n"
        "De initiatiefnemer legt de Kamer voor de regering te verzoeken meer huurwoningen te bouwen.\n"
    )
    r = record(text)
    assert r["subject"] == "Initiatiefnota van het lid Van der Berg over betaalbare huurwoningen"
    assert r["sender"]["name"] == "Van der Berg"


def test_a_treaty_concluded_in_several_capitals_is_a_treaty_page_not_dated_by_its_signing():
    text = (
        "Verdrag inzake het verbod op de plaatsing van kernwapens op de zeebodem;\n\n"
        "Londen/Moskou/Washington, 11 februari 1971\n\n"
        "Behalve de aldaar genoemde hebben nog de volgende Staten een akte van bekrachtiging nedergelegd.\n"
    )
    r = record(text)
    assert r["subject"] == "Verdrag inzake het verbod op de plaatsing van kernwapens op de zeebodem"
    assert r["date"] is None


def test_a_bills_memorandum_is_not_dated_by_the_law_it_explains():
    text = (
        "27 444\nWijziging van de Wet wapens en munitie\n\nNr. 3\nMEMORIE VAN TOELICHTING1\n\n"
        "Bij wet van 12 maart 1996, Stb. 210, werd de vergunningplicht voor de handel in vuurwapens uitgebreid.\n"
    )
    assert record(text)["date"] is None


def test_a_dutch_speech_title_names_its_speaker_and_post():
    text = (
        "Toespraak van minister-president Jan de Vries bij de herdenking van de bevrijding\n\n"
        "Dames en heren, vandaag staan wij stil bij de vrijheid die ons werd teruggegeven.\n"
    )
    r = record(text)
    assert r["sender"]["name"] == "Jan de Vries"
    assert r["sender"]["role"].lower() == "minister-president"
    text = (
        "Toespraak van minister van Defensie Anna Bakker tijdens de opening van de kazerne\n\n"
        "Dames en heren, welkom op deze bijzondere dag voor onze krijgsmacht.\n"
    )
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"].lower()) == ("Anna Bakker", "minister van defensie")


def test_a_speech_page_names_its_speaker_in_its_opening_lines_with_the_fullest_name():
    # the title gives the surname, the lead the post, titles and first name
    text = (
        "Toespraak van minister Bakker op de Veteranendag, 12 juni 2021 in Assen\n\n"
        "Toespraak van de minister van Defensie drs. Anna Bakker op de Veteranendag. De toespraak is alleen "
        "in het Engels beschikbaar.\n\nLadies and gentlemen, welcome.\n"
    )
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"].lower()) == ("Anna Bakker", "minister van defensie")
    # the portfolio in brackets after the name, and a lead that names the post before the surname
    text = "Toespraak minister Pieter de Groot (Defensie) bij de opening van de kazerne\n\nDames en heren.\n"
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"].lower()) == ("Pieter de Groot", "minister van defensie")
    text = "Toespraak Jansen bij de opening van de top\n\nMinister-president Jansen heeft de top geopend.\n\nWelcome.\n"
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"].lower()) == ("Jansen", "minister-president")
    # a page that is no speech names no speaker from a minister in its text
    text = "Kamerdebat over de begroting\n\nMinister-president Jansen heeft de Kamer toegesproken.\n"
    assert record(text)["sender"]["name"] is None


def test_an_english_speech_names_a_minister_by_portfolio_or_possessive():
    text = "Speech by Defence Minister Anna Bakker at the Security Conference\nThank you, Chair.\n"
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"]) == ("Anna Bakker", "Defence Minister")
    text = (
        "Intervention at the WTO session on trade\n"
        "Minister for Foreign Trade and Development Cooperation Anna Bakker's remarks at the opening.\n"
        "Excellencies, ladies, gentlemen,\n"
    )
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"]) == ("Anna Bakker", "Minister for Foreign Trade and Development Cooperation")


def test_a_question_tables_minister_without_portfolio_still_names_the_answerer():
    text = (
        "Het tekort aan handgranaten bij de landmacht |\n|\nPieter Smit (CDA) |\n|\nJan Jansen (minister , minister ) |\n|\n"
        "Kent u het bericht over het tekort aan handgranaten bij de landmacht?\n"
        "Ja, dat bericht ken ik en ik herken het beeld dat erin wordt geschetst.\n"
        "Wat gaat u doen om het tekort op te lossen?\n"
        "Er wordt een extra bestelling geplaatst bij de leverancier.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["sender"]["name"] == "Jan Jansen"


def test_an_answer_heading_closed_by_its_date_dates_the_answers():
    text = (
        "Vragen van het lid Bakker (SP) aan de minister van Defensie over munitietekorten "
        "(ingezonden 2 maart 2016).\n\n"
        "Antwoord van minister Jansen (Defensie), mede namens de minister van Financiën (21 maart 2016)\n\n"
        "Vraag 1\n\nKent u het bericht over munitietekorten?\n\nAntwoord 1\n\nJa.\n"
    )
    assert record(text)["date"] == "2016-03-21"


def test_the_day_a_rule_took_effect_does_not_date_the_page():
    text = (
        "Go to content\n\nExportverbod op landmijnen\n\n"
        "Bedrijven mogen geen landmijnen uitvoeren. Op 1 maart 2015 is het verbod in werking getreden. "
        "De inspectie houdt toezicht op de naleving.\n"
    )
    assert record(text)["date"] is None


def test_questions_in_a_row_share_the_answer_that_follows_them():
    text = (
        "Het bericht over de grensbewaking |\n|\nAnna de Vries (PvdA) |\n|\n"
        "Piet Smit (minister , minister ) |\n|\n"
        "Kent u het bericht over de grensbewaking door burgers?\n"
        "Ja.\n"
        "Hoeveel meldingen heeft de politie ontvangen?\n"
        "Uit welke gemeenten kwamen zij?\n"
        "De politie registreert zulke meldingen niet apart, en dus ook niet per gemeente.\n"
        "Bent u bereid met de burgemeesters te spreken?\n"
    )
    r = record(text)
    # the two questions in a row are answered together; the last is shown without an answer
    assert [q["number"] for q in r["questions"]] == [1, 2, 3]


def test_questions_site_header_names_askers_with_and_without_their_party():
    text = (
        "Kamervraag 2016Z01234\n\nExport naar het Midden-Oosten\n\nIngediend 3 maart 2016\n"
        "Indieners Anna de Vries (SP), Kees Jansen\n"
        "Beantwoord door Piet Smit (minister buitenlandse zaken) (PvdA)\n\n"
        " • Vraag 1\n  Kent u het bericht?\n\n  Ja.\n"
    )
    r = record(text)
    assert [(q["name"], q["party"]) for q in r["questioners"]] == [("Anna de Vries", "SP"), ("Kees Jansen", None)]


def test_an_older_answer_letter_with_labelled_fields_names_its_addressee_and_the_questions_subject():
    text = (
        "Ministerie van Defensie\n\nAan: de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Ons nummer D99001234 , Datum 3 mei 1999\n\n"
        "Onderwerp: Vragen van het Tweede-Kamerlid Jansen over de aanschaf van mortieren\n\n"
        "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het Tweede-Kamerlid Jansen.\n\n"
        "DE MINISTER VAN DEFENSIE,\n\nP. de Vries\n\n"
        "vraag 1: Hoeveel mortieren worden aangeschaft?\n\nantwoord: Twaalf.\n"
    )
    r = record(text)
    assert r["subject"] == "de aanschaf van mortieren"
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"


def test_a_minister_ad_interim_signs_as_the_minister():
    text = (
        "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n's-Gravenhage, 3 mei 1995\n\n"
        "Hierbij bieden wij u de notitie aan.\n\n"
        "De Minister van Buitenlandse Zaken a.i.,\n\nP. de Vries\n\nDe Minister van Defensie,\n\nK. Jansen\n"
    )
    r = record(text)
    assert r["sender"] == {"name": "P. de Vries", "role": "Minister van Buitenlandse Zaken"}
    assert r["co_senders"] == ["Minister van Defensie"]


def test_an_eerste_kamer_bill_page_names_its_dossier_and_a_broken_sentence_is_no_betreft_field():
    text = (
        "36.512\n\nSuppletoire begroting Defensie 2024 in verband met de steun aan OekraïneDeze suppletoire "
        "begroting wijzigt de begrotingsstaat van het ministerie van Defensie.\n\n"
        "Het kabinet heeft een reservering getroffen voor steun. Het gereserveerde bedrag\n\n"
        "betreft de verwachte aanvullende steun aan Oekraïne via Defensie.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "36512", "number": None}
    assert r["subject"] == "Suppletoire begroting Defensie 2024 in verband met de steun aan Oekraïne"


def test_a_reply_memorandum_to_the_senate_is_a_nota_dated_when_received():
    text = (
        "35 999 (R2100) Goedkeuring van het Verdrag inzake samenwerking op het gebied van defensie\n\n"
        "B MEMORIE VAN ANTWOORD\n\nOntvangen 12 maart 2021\n\n"
        "De regering dankt de vaste commissie voor Buitenlandse Zaken voor haar verslag.\n"
    )
    r = record(text)
    assert (r["type"], r["date"]) == ("nota", "2021-03-12")


def test_a_publication_sites_document_date_dates_an_explanatory_memorandum():
    text = (
        "Memorie van toelichting - Goedkeuring van het Verdrag - Hoofdinhoud\n"
        "Officiële titel | Goedkeuring van het Verdrag; Memorie van toelichting |\n---|---|\n"
        "Documentdatum | 12-10-2011 |\nPublicatiedatum | 20-10-2011 |\n"
        "32 999 (R 1950)\nGoedkeuring van het Verdrag\nNr. 3\nMEMORIE VAN TOELICHTING\n"
        "Het Verdrag is op 3 mei 2010 door het Koninkrijk ondertekend.\n"
    )
    assert record(text)["date"] == "2011-10-12"


def test_a_committees_list_of_questions_is_about_what_the_questions_were_put_about():
    text = (
        "2021D12345 LIJST VAN VRAGEN\n\n"
        "De vaste commissie voor Infrastructuur heeft een aantal vragen voorgelegd aan de Minister van "
        "Infrastructuur over de Voortgang van de spoorplannen: tweede fase (Kenmerk: 2021Z01234).\n\n"
        "Nr. Vraag\n1 Waarom rijden er minder treinen?\n"
    )
    r = record(text)
    assert r["subject"] == "de Voortgang van de spoorplannen: tweede fase"


def test_a_notice_that_answers_are_late_counts_the_questions_it_prints():
    text = (
        "Vragen van het lid Bakker (SP) aan de minister van Defensie over munitie (ingezonden 2 mei 2022).\n\n"
        "Mededeling van Minister Jansen (Defensie) (ontvangen 20 mei 2022).\n\n"
        "De vragen kunnen niet binnen de termijn worden beantwoord.\n\n"
        "Vraag 1\n\nHoeveel munitie is er nog?\n\nVraag 2\n\nWanneer komt er meer?\n"
    )
    r = record(text)
    assert [q["number"] for q in r["questions"]] == [1, 2]
    assert r["date"] == "2022-05-20"  # the notice is dated by the day it came, not by the questions


def test_a_ministrys_page_of_answers_names_who_answered_and_who_asked():
    text = (
        "Antwoorden Kamervragen over de wachttijden bij de IND\n\n"
        "Staatssecretaris De Vries (JenV) geeft antwoorden op Kamervragen over de lange wachttijden bij de IND. "
        "Het Tweede Kamerlid Jansen (SP) had de vragen gesteld.\n\n"
        "Antwoorden Kamervragen over de wachttijden bij de IND (PDF | 5 pagina's | 180 kB)\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["subject"] == "de wachttijden bij de IND"
    assert r["sender"] == {"name": "De Vries", "role": "Staatssecretaris van Justitie en Veiligheid"}
    assert [(q["name"], q["party"]) for q in r["questioners"]] == [("Jansen", "SP")]


def test_a_questions_site_names_its_first_answerer_even_without_a_title():
    text = (
        "Kamervraag 2023Z12345\n\nDe levering van onderdelen\n\nIngediend 8 november 2023\n"
        "Beantwoord 23 november 2023 (na 15 dagen)\nIndiener Anna de Vries\n"
        "Beantwoord door Piet Smit (minister zonder portefeuille buitenlandse zaken) (VVD), "
        "Karin Bos (minister defensie) (CDA)\n\n"
        " • Vraag 1\n  Kent u het bericht?\n\n  Ja.\n"
    )
    r = record(text)
    assert r["sender"] == {"name": "Piet Smit", "role": None}
    assert r["co_senders"] == ["Minister van Defensie"]


def test_members_heading_their_questions_in_the_index_form_with_particles():
    text = (
        "Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling\n\n"
        "Vragen van het lid Berg, A.B. van den (Partij voor de Vrijheid)\n\nWaarom zijn er zulke verschillen?\n\n"
        "Die verschillen hebben vele oorzaken.\n"
    )
    assert [q["name"] for q in record(text)["questioners"]] == ["A.B. van den Berg"]


def test_co_senders_whose_portfolio_drops_a_shared_hyphen():
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 mei 2024\n\n"
        "Hierbij stuur ik u een reactie, mede namens de Minister voor Basis en Voortgezet Onderwijs en Media en de "
        "Minister en Staatssecretaris van Volksgezondheid, Welzijn en Sport.\n\n"
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nP. de Vries\n"
    )
    assert record(text)["co_senders"] == [
        "Minister voor Basis- en Voortgezet Onderwijs en Media",
        "Minister van Volksgezondheid, Welzijn en Sport",
        "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
    ]


def test_a_news_archives_date_gives_way_to_the_letters_own():
    text = (
        "Nieuwsbank\n\nKamervragen over het Verdrag\n\nDatum nieuwsfeit: 23-05-2001\nBron: Ministerie van Defensie\n\n"
        "Datum 8 juni 2001\n\nBetreft Beantwoording van vragen van het lid Jansen\n\nZeer geachte Voorzitter,\n\n"
        "Hierbij bied ik u de antwoorden aan.\n"
    )
    assert record(text)["date"] == "2001-06-08"
    release = "Nieuwsbank\n\nDefensie stuurt fregat\n\nDatum nieuwsfeit: 23-05-2001\n\nHet fregat vertrekt morgen.\n"
    assert record(release)["date"] == "2001-05-23"


def test_a_treaty_series_title_that_runs_on_into_the_place_and_date_of_conclusion():
    text = (
        "Tractatenblad van het Koninkrijk der Nederlanden\n\n"
        "Verdrag inzake het verbod op bepaalde wapens; (met bijlagen) Genève, 3 september 19921\n\n"
        "De Engelse tekst van het Verdrag is geplaatst in Trb. 1993, 162.\n"
    )
    r = record(text)
    assert r["subject"] == "Verdrag inzake het verbod op bepaalde wapens; (met bijlagen)"
    assert r["date"] is None
    two_words = "16 (1949) Nr. 15\n\nNoord-Atlantisch Verdrag;\n\nWashington, 4 april 1949\n\nOp 6 februari 2019 is een Protocol tot stand gekomen.\n"
    assert record(two_words)["subject"] == "Noord-Atlantisch Verdrag"


def test_a_state_secretary_for_a_portfolio_keeps_its_preposition():
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 mei 2009\n\n"
        "Hierbij bied ik u, mede namens de Staatssecretaris voor Europese Zaken, de geannoteerde agenda aan.\n\n"
        "De Minister van Buitenlandse Zaken,\n\nP. de Vries\n"
    )
    assert record(text)["co_senders"] == ["Staatssecretaris voor Europese Zaken"]


def test_a_party_pages_title_without_its_date_line_and_a_bare_kamerstuk_number():
    text = (
        "Bijdrage Anna de Vries aan het AO over de missie in Irak\n\ndonderdag 19 december 2019\n\n"
        "Bijdrage Anna de Vries aan een algemeen overleg met minister Smit van Buitenlandse Zaken\n\n"
        "Kamerstuknr. 27925\n\nDe heer De Vries (ChristenUnie):\nDank u wel, voorzitter.\n"
    )
    r = record(text)
    assert r["subject"] == "Bijdrage Anna de Vries aan het AO over de missie in Irak"
    assert r["kamerstuk"] == {"dossier": "27925", "number": None}


def test_a_plenary_sittings_record_is_dated_by_its_sitting_and_is_no_report():
    text = (
        "Verslag van de plenaire vergadering van dinsdag 25 september 2018Parlementair jaar 2018/2019, 1e vergadering\n\n"
        "Aanvang: 13.30 uur\n\nOpening\n\nVoorzitter: Jansen\n\nTegenwoordig zijn 67 leden, te weten:\n"
    )
    r = record(text)
    assert (r["type"], r["date"]) == ("other", "2018-09-25")


def test_a_committee_meetings_record_by_its_clerk_and_members_present():
    text = (
        "AO Informatievoorziening\n\nIn een jaarlijks overleg heeft de commissie gesproken over de informatie.\n\n"
        "Voorzitter: Azmani\n\nGriffier: Van Keulen\n\nAanwezig zijn zes leden der Kamer, te weten: A, B en C,\n\n"
        "De voorzitter: Ik open het algemeen overleg.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"]) == ("verslag", "TK")


def test_a_missions_site_name_is_no_subject():
    text = (
        "Permanent Mission of the Kingdom of the Netherlands to the UN, United States\n\n"
        "The Netherlands signs UN Arms Trade Treaty\n\nThe Netherlands signed the treaty on Monday.\n"
    )
    assert record(text)["subject"] == "The Netherlands signs UN Arms Trade Treaty"


def test_a_committees_list_printed_with_its_answers_rows_reflowed():
    text = (
        "36 999 VIII Jaarverslag Ministerie van Onderwijs 2024\n\nNr. 6 LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "Vastgesteld 12 juni 2025\n\nDe vaste commissie heeft een aantal vragen voorgelegd aan de Minister. "
        "De Minister heeft deze vragen beantwoord bij brief van 10 juni 2025. Vragen en antwoorden zijn hierna afgedrukt.\n\n"
        "1\n\nHoeveel studenten begonnen er in 2024?\n\nIn 2024 begonnen er 16.454 studenten aan de opleiding.\n\n"
        "2\n\nHoeveel van hen waren zij-instromer? Van de 7.878 pabo-studenten waren er 1.123 zij-instromer. 3\n\n"
        "Hoeveel nieuwe scholen zijn er opgericht?\n\nIn augustus 2024 zijn er 19 nieuwe basisscholen gestart.\n"
    )
    r = record(text)
    assert [q["number"] for q in r["questions"]] == [1, 2, 3]
    assert all(q["answer"] for q in r["questions"])
    assert r["questions"][1]["answer"].startswith("Van de 7.878")


def test_an_older_letterhead_flattened_after_its_address_block():
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Binnenhof 4 Den Haag Directie Veiligheidsbeleid "
        "Bezuidenhoutseweg 67 2594 AC Den Haag Datum 22 augustus 2001 Auteur P. Jansen Kenmerk DVB/NN-342/01 "
        "Telefoon + 31 70 3485089\n\nBetreft vragen gesteld door het lid De Vries\n\nZeer geachte Voorzitter,\n\n"
        "Hierbij bied ik u mijn antwoord aan.\n\nDe Minister van Buitenlandse Zaken\n\n"
        "Antwoord van de heer Smit, Minister van Buitenlandse Zaken op vragen van het lid De Vries over het verdrag\n\n"
        "Vraag 1:\n\nKent u het bericht?\n\nAntwoord:\n\nJa.\n"
    )
    r = record(text)
    assert (r["type"], r["date"], r["reference"]) == ("antwoord_kamervragen", "2001-08-22", "DVB/NN-342/01")
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"


def test_an_eerste_kamer_letter_with_a_footnote_glued_and_a_reply_memorandum_about_its_bill():
    text = (
        "33 999 Voorstel van wet houdende regels over informatie\n\nAI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
        "Vastgesteld 28 december 2023\n\nDe vaste commissie heeft haar leden gelegenheid gegeven tot het stellen van vragen.\n"
    )
    r = record(text)
    assert (r["type"], r["chamber"], r["date"]) == ("verslag", "EK", "2023-12-28")
    assert r["kamerstuk"] == {"dossier": "33999", "number": "AI"}
    reply = (
        "33 968 (R2033) Goedkeuring van het Wapenhandelsverdrag (Trb. 2013, 143)\n\nB MEMORIE VAN ANTWOORD\n\n"
        "Ontvangen 24 november 2014\n\nDe regering dankt de vaste commissie voor haar voorlopig verslag.\n"
    )
    assert record(reply)["subject"] == "Goedkeuring van het Wapenhandelsverdrag (Trb. 2013, 143)"


def test_a_plenary_record_of_a_procedure_only_the_tweede_kamer_has():
    text = (
        "3 Opheffen wapenembargo\n\nAan de orde is het dertigledendebat over het opheffen van het wapenembargo.\n\n"
        "De voorzitter:\n\nDe eerste spreker is de heer Jansen.\n"
    )
    assert record(text)["chamber"] == "TK"


def test_a_partys_release_of_questions_headed_in_capitals():
    text = (
        "Partij van de Arbeid\n\nDen Haag, 21 februari 2000\n\n"
        "VRAGEN VAN DE LEDEN JANSEN, VAN DER BERG EN DE VRIES (ALLEN PVDA) AAN DE MINISTER VAN DEFENSIE\n\n"
        "1. Heeft u kennisgenomen van het bericht over de munitievoorraad?\n\n"
        "2. Wat gaat u doen om de voorraad aan te vullen?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert numbers(r) == [1, 2]
    assert [(q["name"], q["party"]) for q in r["questioners"]] == [
        ("Jansen", "PvdA"),
        ("Van der Berg", "PvdA"),
        ("De Vries", "PvdA"),
    ]


def test_an_older_answer_letter_flattened_keeps_its_addressee_and_the_questions_subject():
    text = (
        "Ministerie van Buitenlandse Zaken\n\n---\n\n"
        "Aan de Voorzitter van de TweedeKamerderStaten-Generaal Binnenhof4 Den Haag Bezuidenhoutseweg 67\n"
        "Datum 7 juni 2002\n\nKenmerk DAM-275/02\n\n"
        "Betreft Beantwoording vragen van het lidJansen over de toestand in de regio\n"
        "Zeer geachte Voorzitter,\n\n"
        "Graag bied ik u hierbij de antwoorden aan op de schriftelijke vragen gesteld door het lid Jansen.\n\n"
        "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert r["subject"] == "de toestand in de regio"
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"


def test_a_news_archives_release_is_titled_by_its_headline_not_its_ministry():
    for head in (
        "Ministerie van Defensie\n\n25-10-2007 17:06\n\nNIEUWE EENHEDEN NAAR HET ZUIDEN\n\n",
        "--- --- Ministerie van Defensie\n\nNieuwe eenheden naar het zuiden 14-08-2002\n\n",
    ):
        r = record(head + "De eerste groep militairen is vandaag aangekomen in het kamp.\n")
        assert r["subject"].lower() == "nieuwe eenheden naar het zuiden"


def test_english_speakers_with_initials_and_posts_before_their_names():
    from armswatch.segment.speakers import speaker

    assert speaker("Statement by Karel J.G. van Dam,\nPermanent Representative of the Kingdom of the Netherlands") == (
        "Karel J.G. van Dam",
        "Permanent Representative of the Kingdom of the Netherlands",
    )
    assert speaker("Statement by Ambassador H.E. Anna de Wit, Permanent Representative to the OPCW") == (
        "Anna de Wit",
        "Permanent Representative to the OPCW",
    )
    assert speaker("National intervention by Minister of Foreign Affairs Anna de Wit in the Security Council") == (
        "Anna de Wit",
        "Minister of Foreign Affairs",
    )


def test_a_subject_line_naming_the_asker_goes_on_with_over_below_it():
    text = (
        "Aan de Voorzitter van de\n\nTweede Kamer der Staten-Generaal\n\nBinnenhof 4\n\nDEN HAAG\n"
        "Directie Europa\n\nDatum 30 augustus 1999\nKenmerk DEU-454/99\nBetreft\n\n"
        "Antwoord op vragen van het lid Jansen\n\nover de toestand in de regio\n\nZeer geachte Voorzitter,\n\n"
        "Onder verwijzing naar de brief van de Griffier Uwer Kamer van 11 augustus jl., waarbij gevoegd waren de "
        "door het kamerlid Jansen ingediende vragen, heb ik de eer U hierbij de antwoorden te doen toekomen.\n\n"
        "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n"
    )
    r = record(text)
    # the subject line is whole again (an answers document keeps only what the questions are about)
    assert r["subject"].endswith("over de toestand in de regio") or r["subject"] == "de toestand in de regio"
    assert r["chamber"] == "TK"


def test_a_treaty_series_title_under_a_titel_heading_need_not_be_a_verdrag():
    text = (
        "Tractatenblad van het Koninkrijk der Nederlanden\n\n49 (1998) Nr. 10\n\nA. TITEL\n\n"
        "Statuut van Rome inzake het Internationaal Strafhof;\n\nRome, 17 juli 1998\n\nB. TEKST\n\n"
        "Op 14 december 2017 is de wijziging aangenomen.\n"
    )
    assert record(text)["subject"] == "Statuut van Rome inzake het Internationaal Strafhof"


def test_a_page_title_with_its_label_or_first_line_glued_on():
    r = record(
        "Rijksoverheid\n\nBrief over bijdrage aan de uitvoering van de resolutie\nNieuwsbericht | 22-03-2011\n\n"
        "De ministerraad is vandaag bijeen geweest.\n"
    )
    assert r["subject"] == "Brief over bijdrage aan de uitvoering van de resolutie"
    r = record(
        "Behandeling Wet hardheidsaanpassing AwirVerslag van de vergadering van 30 juni 2020\n\n"
        "De voorzitter opent de vergadering.\n"
    )
    assert r["subject"] == "Behandeling Wet hardheidsaanpassing Awir"


def test_an_older_answer_letter_that_hands_over_the_answers():
    text = (
        "Aan\n\nde voorzitter van de Tweede Kamer der Staten-Generaal\n\n's-Gravenhage, 28 jan. 2000\n\n"
        "Onderwerp\n\nBeantwoording kamervragen van het lid Jansen.\n\nGeachte voorzitter,\n\n"
        "Hierbij doe ik u toekomen de antwoorden op de vragen gesteld door het lid Jansen over de spoorlijn.\n\n"
        "1. Hoe beschouwt u het oordeel van de Raad van State?\n\nDe Raad heeft dat niet geoordeeld.\n\n"
        "2. Erkent u dat de informatie bekend was?\n\nNee.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert numbers(r) == [1, 2]
    assert r["subject"] != "Beantwoording kamervragen van het lid Jansen."


def test_a_party_page_on_its_member_in_the_tweede_kamer_with_a_date_line_above_its_title():
    text = (
        "22 februari 2023\n\nVan der Staaij over de steun aan Oekraïne\n\n"
        "Op dinsdag debatteerde de Kamer over de steun aan Oekraïne. Tweede Kamerlid Van der Staaij sprak namens "
        "zijn fractie.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"], r["chamber"]) == ("other", "Van der Staaij over de steun aan Oekraïne", "TK")


def test_a_page_title_loses_the_sites_name_and_its_double_quotes():
    suffixed = "Statement on the situation in Syria - PR UN, WTO and other organisations Geneva\n\nMister President, thank you.\n"
    assert record(suffixed)["subject"] == "Statement on the situation in Syria"
    quoted = "“UNSC Arria meeting on Resolution 2118”\n\nThank you, Mister Chair.\n"
    assert record(quoted)["subject"] == "UNSC Arria meeting on Resolution 2118"


def test_a_party_page_that_reproduces_its_members_questions():
    further = (
        "Nieuws\n\nVerkoop Orions onder de loep\n\n"
        "Nadere schriftelijk vragen van het lid Van Baalen (VVD) aan de staatssecretaris van Defensie over de "
        "verkoop van Orions.\n\n1. Welk bedrag ontvangt Nederland per toestel?\n\n2. Is het juist dat Portugal "
        "belangstelling heeft?\n"
    )
    r = record(further)
    assert (r["type"], numbers(r)) == ("kamervragen", [1, 2])
    put = (
        "Kamervragen: Agressie moet stoppen!\n\nDe stilte van de minister is oorverdovend.\n\n"
        "Daarom stellen Van Haga en Baudet de volgende Kamervragen aan minister Blok:\n\n"
        "1. Hoe beoordeelt u de inval?\n\n2. Bent u bereid de ambassadeur te ontbieden?\n"
    )
    r = record(put)
    assert (r["type"], numbers(r)) == ("kamervragen", [1, 2])


def test_an_older_answer_letter_names_its_askers_with_their_party_and_the_date_they_asked():
    text = (
        "Ministerie van Buitenlandse Zaken\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 12 januari 2000\nKenmerk DAO-ZO-00-12\n"
        "Betreft Vragen van de leden Koenders en Santi (beide PvdA) over het herstel van de orde op de Molukken "
        "van 6 januari 2000\n\nZeer geachte Voorzitter,\n\n"
        "Antwoord van de heer Van Aartsen, Minister van Buitenlandse Zaken, op vragen van de leden Koenders en "
        "Santi van 6 januari 2000.\n\nVraag 1\nWelk aanbod heeft u gedaan?\n\nAntwoord\nGeen.\n"
    )
    r = record(text)
    assert r["subject"] == "het herstel van de orde op de Molukken"
    assert [q["name"] for q in r["questioners"]] == ["Koenders", "Santi"]


def test_openkamers_question_table_with_the_askers_named_without_their_party():
    text = (
        "Falend schuldenbeleid van de Belastingdienst |\n|\nJasper van Dijk , Renske Leijten |\n|\n"
        "Alexandra van Huffelen (staatssecretaris financiën) (D66), Hans Vijlbrief (staatssecretaris financiën) "
        "(D66) |\n|\n"
        "Wat is uw oordeel over het bericht «Schuldenbeleid van Belastingdienst onder vuur»?\n"
        "Zoals toegelicht in de brief bij de beantwoording van deze Kamervragen is er bij verrekening van "
        "toeslagen in het kader van de standaard betalingsregeling ten onrechte geen rekening gehouden met de "
        "beslagvrije voet, met als gevolg dat mensen onder het bestaansminimum kunnen komen.\n"
        "Achteraf bezien was de aanname onjuist dat mensen altijd stilzwijgend instemmen met de standaard.\n"
    )
    r = record(text)
    assert (r["type"], r["subject"]) == ("antwoord_kamervragen", "Falend schuldenbeleid van de Belastingdienst")
    assert [q["name"] for q in r["questioners"]] == ["Jasper van Dijk", "Renske Leijten"]
    assert numbers(r) == [1]


def test_openkamers_question_table_with_blank_and_indented_lines_between_its_rows():
    text = (
        "Het bericht over de brieven aan AWBZ-cliënten | \n          |\n              Mona Keijzer (CDA) | \n          |\n"
        "Martin van Rijn (staatssecretaris volksgezondheid, welzijn en sport) (PvdA) | \n              \n            \n"
        "          |\n| \n              \n                \n                   | \n          |\n"
        "Bent u bekend met de berichten over de brieven?\nJa.\n"
        "Wat is de juiste procedure om cliënten te informeren?\n"
        "Cliënten worden per brief geïnformeerd over de wijzigingen die voor hen gelden, zodat zij weten waar zij "
        "aan toe zijn en waar zij terechtkunnen met hun vragen over de zorg die zij ontvangen.\n"
    )
    r = record(text)
    assert (r["type"], numbers(r)) == ("antwoord_kamervragen", [1, 2])
    assert [q["name"] for q in r["questioners"]] == ["Mona Keijzer"]


def test_a_sites_label_glued_before_the_address_is_no_part_of_the_addressee():
    from armswatch.segment.header import addressee

    label = {"aan": "Preview document 🔗 Origineel De Voorzitter van de Tweede Kamer der Staten-Generaal"}
    assert addressee([], label) == "Voorzitter van de Tweede Kamer der Staten-Generaal"


def test_an_answer_titled_by_the_askers_has_what_they_asked_about_as_subject():
    text = (
        "Ministerie van Buitenlandse Zaken\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 3 mei 1999\nBetreft Antwoord op de vragen van het lid Verhagen over de evaluatie van de luchtacties\n\n"
        "Antwoord van de heer Van Aartsen, Minister van Buitenlandse Zaken, op vragen van het lid Verhagen.\n\n"
        "Vraag 1\nHoe verliepen de luchtacties?\n\nAntwoord\nGoed.\n"
    )
    assert record(text)["subject"] == "de evaluatie van de luchtacties"


def test_an_older_letterheads_table_of_labels_over_values_and_its_copy_address():
    text = (
        "Ministerie van Buitenlandse Zaken\n\nen Ministerie van Defensie\n\nAan:\n\nde Voorzitter van de\n\n"
        "Tweede Kamer der\n\nStaten-Generaal\n\nPlein 2\n\n's-Gravenhage\n\nI.a.a.:\n\nde Voorzitter van de\n\n"
        "Eerste Kamer der\n\nStaten-Generaal\n\nBinnenhof 22\n\n's-Gravenhage\n\n"
        "Uw brief Uw kenmerk Ons nummer Datum\n\nDVB/ CV - 127/02 19 april 2002\n\n"
        "Onderwerp: Deelneming aan een operatie in het buitenland\n\nZeer geachte Voorzitter,\n\n"
        "Hierbij informeren wij u over het besluit van de regering.\n"
    )
    r = record(text)
    assert (r["reference"], r["date"]) == ("DVB/CV-127/02", "2002-04-19")
    # the address after "Aan:" is the addressee, the one after "I.a.a." only has a copy
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert r["chamber"] == "TK"


def test_the_street_run_onto_the_chambers_name_is_no_part_of_the_addressee():
    text = (
        "Ministerie van Defensie\nPostbus 20701\n2500 ES 's-Gravenhage\n\n"
        "Aan:\nde Voorzitter van de Tweede Kamer der Staten-Generaal Binnenhof 4\n's-Gravenhage\n\n"
        "Geachte Voorzitter,\n\nMet deze brief informeer ik u over de stand van zaken.\n"
    )
    assert record(text)["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"


def test_an_english_statements_speaker_stays_on_its_line_and_the_post_may_follow_below():
    text = "Statement by\n\nH.E. Mr. Karel J.G.van Dam\n\nPermanent Representative of the Kingdom of the Netherlands "
    text += "to the United Nations\n\nMadam President,\n\nThank you.\n"
    sender = record(text)["sender"]
    assert sender["name"] == "Karel J.G. van Dam"
    assert sender["role"] == "Permanent Representative of the Kingdom of the Netherlands to the United Nations"
    # the next paragraph's salutation is no part of the name
    text = "Speech delivered by Ambassador H.E. Anna Bakker\n\nYour Excellencies, Ladies and Gentlemen,\n\nWe pledge.\n"
    assert record(text)["sender"]["name"] == "Anna Bakker"
    # the occasion after the post is no part of it
    text = (
        "Statement of the Netherlands delivered by\n\nH.E. Piet de Vries, Permanent Representative to the "
        "Conference on Disarmament at the Conference on Disarmament during the plenary meeting, 30 June 2020.\n\n"
        "Mr President,\n"
    )
    assert record(text)["sender"]["role"] == "Permanent Representative to the Conference on Disarmament"
    text = "Statement to the press by Piet de Vries, Minister of Defence of the Netherlands at the press conference\n\n"
    assert record(text + "Ladies and gentlemen,\n")["sender"]["name"] == "Piet de Vries"


def test_a_list_of_questions_prints_alike_questions_once_under_all_their_numbers():
    text = (
        "29 415 Beveiliging\n\nnr. 3\n\nLIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 16 maart 2004\n\n"
        "De minister heeft deze vragen beantwoord bij brief van 16 maart 2004.\n\n"
        "1 en 3\n\nWaardoor is de uitvoering in de praktijk achtergebleven?\n\n"
        "De uitvoering is achtergebleven door schaarse expertise.\n\n"
        "2\n\nWanneer is de beveiliging op orde?\n\nDe beveiliging is in 2006 op orde.\n"
    )
    assert sorted(numbers(record(text))) == [1, 2, 3]


def test_a_sites_label_under_the_numbered_heading_is_the_same_question():
    text = (
        "Vragen en antwoorden\n\nVraag 1:\n\nVraag:\n\nWelke stappen zet u om de capaciteit te vergroten?\n\n"
        "Antwoord:\n\nWij breiden de capaciteit uit.\n\nVraag 2:\n\nVraag:\n\nHoe wordt onderbesteding voorkomen?\n\n"
        "Antwoord:\n\nDoor beter te plannen.\n"
    )
    assert numbers(record(text)) == [1, 2]


def test_the_eerste_kamers_own_pages_name_their_chamber():
    text = (
        "Behandeling Ongewijzigd laten van het eigen risicoVerslag van de vergadering van 26 september 2017 "
        "(2017/2018 nr. 1)\n\nAanvang: 19.45 uur\n\nAan de orde is de behandeling van het wetsvoorstel.\n"
    )
    assert record(text)["chamber"] == "EK"
    text = (
        "Verslag van de plenaire vergadering van dinsdag 4 juli 2023Parlementair jaar 2022/2023, 40e vergadering\n\n"
        "Aanvang: 13.30 uur\n\nOpening\n"
    )
    assert record(text)["chamber"] == "EK"
    text = (
        "Debat eigen risicoDinsdag 11 september debatteerde de Eerste Kamer over het voornemen van het kabinet.\n\n"
        "De zorg van veel senatoren bestond eruit dat mensen zorg mijden.\n"
    )
    assert record(text)["chamber"] == "EK"


def test_a_news_archives_banner_is_chrome_and_its_letter_is_titled_above_its_date():
    text = (
        "Nieuwsbank\n\nSchrijft, screent en verspreidt persberichten voor journalistiek, search en social media.\n\n"
        "Veiligheidssituatie in het grensgebied\n\nDatum nieuwsfeit: 10-07-2002\n\nBron: Ministerie van Defensie\n\n"
        "Brieven aan de Kamer\n\nVeiligheidssituatie in het grensgebied\n\n09-07-2002\n\n"
        "Mede namens mijn collega voor Buitenlandse Zaken voldoe ik in deze brief aan de verzoeken van de Kamer.\n"
    )
    assert record(text)["subject"] == "Veiligheidssituatie in het grensgebied"


def test_a_plenary_items_number_is_no_part_of_its_title_when_votes_are_on_the_agenda():
    text = (
        "Handeling\n\n23 Stemmingen Begroting Defensie\n\nAan de orde zijn de stemmingen in verband met het "
        "wetsvoorstel Vaststelling van de begrotingsstaten van het Ministerie van Defensie.\n\nDe voorzitter:\n"
    )
    assert record(text)["subject"] == "Stemmingen Begroting Defensie"


def test_a_partys_release_of_its_members_questions_in_every_case():
    text = (
        "Partij van de Arbeid\n\nDen Haag, 2 oktober 2001\n\nVRAGEN VAN DE LEDEN JANSEN EN DE VRIES (BEIDEN PvdA) "
        "AAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\n1. Hoe beoordeelt de regering dit bericht?\n\n"
        "2. Hoe snel kan de regering rapporteren?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert [q["name"] for q in r["questioners"]] == ["Jansen", "De Vries"]
    text = (
        "Schriftelijke Vragen van de leden Bakker en Smit aan de minister van Justitie:\n\n1.)\n\n"
        "Bent u bekend met het bericht?\n\n2.)\n\nDeelt u de mening dat dit onwenselijk is?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen" and numbers(r) == [1, 2]


def test_a_copys_address_on_the_addressees_line_and_a_speech_under_its_ministry():
    text = (
        "Ministerie van Defensie\n\nAan: de Voorzitter van de Tweede Kamer der Staten-Generaal I.a.a.: de Voorzitter "
        "van de Eerste Kamer der Staten-Generaal\n\nOns nummer D99003612 ; Datum 16 november 1999\n\n"
        "Onderwerp: Relocatie van eenheden\n\nMede namens de Minister van Buitenlandse Zaken informeer ik U.\n"
    )
    r = record(text)
    assert (r["addressee"], r["chamber"]) == ("Voorzitter van de Tweede Kamer der Staten-Generaal", "TK")
    text = (
        "Ministerie van Verkeer en Waterstaat\n\nToespraak van de minister van Verkeer en Waterstaat, Anna Bakker, "
        "bij de presentatie van de begroting\n\nDames en heren,\n"
    )
    sender = record(text)["sender"]
    assert (sender["name"], sender["role"].lower()) == ("Anna Bakker", "minister van verkeer en waterstaat")


def test_a_party_page_announcing_its_members_questions_lists_them_as_kamervragen():
    numbered = (
        "nieuws\n\nJansen: sluiting van de kazerne onverstandig\n\n"
        "De sluiting van de kazerne raakt de hele regio, zegt SP-Kamerlid Piet Jansen. "
        "Jansen heeft om die reden onderstaande Kamervragen gesteld.\n\n"
        "  1. Is het juist dat de kazerne sluit?\n\n  2. Waarom is de Kamer niet eerst gehoord?\n\n"
        "Betrokken SP'ers\n"
    )
    r = record(numbered)
    assert (r["type"], r["chamber"]) == ("kamervragen", "TK")
    assert [q["name"] for q in r["questioners"]] == ["Jansen"]
    assert numbers(r) == [1, 2]
    bulleted = (
        "Kabinet informeert fractie niet over aankoop\n\n"
        "Het kabinet koopt een schilderij voor 100 miljoen euro. Anna de Vries en Kees Bakker stellen Kamervragen.\n\n"
        "• Bent u bekend met het artikel over de aankoop?\n\n"
        "• Waarom is de fractie niet ingelicht?\n\n• Is het gebruik"
    )
    r = record(bulleted)
    assert [q["name"].split()[-1] for q in r["questioners"]] == ["Vries", "Bakker"]
    assert numbers(r) == [1, 2, 3]  # the last bullet, cut off by the saved page, was asked too


def test_a_news_item_that_only_mentions_questions_lists_none():
    text = (
        "nieuws\n\nJansen wil opheldering over de kazerne\n\n"
        "Jansen heeft over de sluiting schriftelijke vragen gesteld. De minister heeft drie weken om te antwoorden.\n\n"
        "Lees ook: het debat over Defensie. Wat vindt u?\n"
    )
    r = record(text)
    assert r["type"] != "kamervragen" and r["questions"] == []


def test_a_monitor_sites_key_data_above_a_letter_leave_it_a_letter():
    text = (
        "Brief regering; Voortzetting van de bijdrage aan de missie - Deelname aan vredesmissies\n\n"
        "Deze brief is onder nr. 12 toegevoegd aan dossier 29521 - Deelname aan vredesmissies.\n\n1.\n\n"
        "Kerngegevens\n\nOfficiële titel Deelname aan vredesmissies; Brief regering\nDocumentdatum 23-02-2017\n\n"
        "2.\n\nTekst\n\n2\n\nTweede Kamer der Staten-Generaal\n\nVergaderjaar 2016-2017\n\n \n\n29 521\n\n"
        "Deelname aan vredesmissies\n\nNr. 12\n\nBRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 23 februari 2017\n\n"
        "Hierbij informeer ik u over de bijdrage.\n"
    )
    assert record(text)["type"] == "kamerbrief"


def test_a_members_post_names_the_colleague_who_asked_with_them():
    text = (
        "Nieuwe raketten in het buurland\n\n"
        "Met dank overgenomen van P. (Piet) de Vries i, gepubliceerd op vrijdag 25 september 2015, 11:55.\n\n"
        "Ik maak mij zorgen. Samen met mijn collega Anna Bakker heb ik onderstaande vragen gesteld aan de ministers:\n\n"
        "1\n\nBent u bekend met de uitzending?\n\n2\n\nWat is uw oordeel?\n"
    )
    r = record(text)
    assert r["type"] == "kamervragen" and numbers(r) == [1, 2]
    assert [q["name"].split()[-1] for q in r["questioners"]] == ["Vries", "Bakker"]


def test_the_tweede_kamers_case_number_or_handelingen_number_names_the_chamber():
    questions = (
        "Het bericht over het kledingtekort\n\n2019Z23699\n\n(ingezonden 29 november 2019)\n\n"
        "Vragen van het lid Jansen (PVV) aan de staatssecretaris van Defensie over het kledingtekort\n\n"
        "1. Bent u bekend met het bericht?\n\n2. Klopt het?\n"
    )
    assert record(questions)["chamber"] == "TK"
    debate = (
        "Dieren in de veehouderij\n\n1.\n\nKerngegevens\n\nOfficiële titel Dieren in de veehouderij\n"
        "Nummer HTK20182019-45-9\n\n2.\n\nTekst\n\nSprekers\n\nMinister Schouten\n"
    )
    assert record(debate)["chamber"] == "TK"


def test_a_news_pages_title_glued_to_its_first_sentence_or_below_its_sites_name_is_the_subject():
    glued = (
        "Debat toetreding Noord-Macedonië tot NAVODe senatoren Jansen en De Vries debatteerden dinsdag met "
        "de minister van Buitenlandse Zaken over een protocol dat de toetreding mogelijk maakt. Zij uitten kritiek.\n"
    )
    assert record(glued)["subject"] == "Debat toetreding Noord-Macedonië tot NAVO"
    site = "Regering.nl\n\nKABINET STEUNT OPHEFFEN EMBARGO\n\nHet kabinet wil niet dat Nederland als enige kiest voor het embargo.\n"
    assert record(site)["subject"] == "KABINET STEUNT OPHEFFEN EMBARGO"


def test_a_question_sites_table_with_borders_gives_its_dates_askers_and_answerer():
    text = (
        "| Ingediend | 3 december 2025 |\n|---|---|\n| Beantwoord | 16 december 2025 (na 13 dagen) |\n"
        "| Indiener | Anna Bakker (GL) |\n| Beantwoord door | Jan de Vries (VVD) |\n"
        "Ja. Zie onderstaande beantwoording op vragen over dit artikel.\n"
        "Het ministerie toetst elke aanvraag aan de acht criteria.\n"
    )
    r = record(text)
    assert (r["type"], r["date"], r["sender"]["name"]) == ("antwoord_kamervragen", "2025-12-16", "Jan de Vries")
    assert [q["name"] for q in r["questioners"]] == ["Anna Bakker"]


def test_a_subjects_own_date_stays_and_a_glued_footnote_marker_goes():
    dated = (
        "Vragen van het lid Jansen (PVV) aan de minister-president over de uitlatingen tijdens het debat "
        "over de Europese Top (d.d. 9 september 2020)\n\n1. Wat is volgens u de definitie?\n\n2. Klopt het?\n"
    )
    assert record(dated)["subject"] == "de uitlatingen tijdens het debat over de Europese Top (d.d. 9 september 2020)"
    marked = (
        "Vragen van de leden Jansen en Bakker (beiden PVV) aan de minister over het bericht dat Nederland "
        "veel aanvragen inwilligt(*).\n\n1. Kent u het bericht?\n\n2. Klopt het?\n"
    )
    assert record(marked)["subject"] == "het bericht dat Nederland veel aanvragen inwilligt"


def test_a_second_answering_minister_is_a_co_sender_even_when_the_heading_breaks_inside_a_post():
    text = (
        "Vragen van de leden Jansen en Bakker (beiden VVD) aan de Ministers van Buitenlandse Zaken en van Defensie "
        "over drones (ingezonden 30 januari 2019).\n\n"
        "Antwoord van Minister De Vries (Defensie) en van Minister Smit (Buitenlandse\n\n"
        "Zaken) (ontvangen 7 juni 2019).\n\nVraag 1\n\nBent u bekend met het bericht?\n\nAntwoord 1\n\nJa.\n"
    )
    r = record(text)
    assert r["sender"]["role"] == "Minister van Defensie"
    assert r["co_senders"] == ["Minister van Buitenlandse Zaken"]


def test_an_eerste_kamer_nadere_memorie_and_a_treaty_letter_to_both_chambers():
    memorie = (
        "34 669 Regeling van de inwerkingtreding van de wet van 8 juli 2015 (Stb. 2015, 315)\n\n"
        "D NADERE MEMORIE VAN ANTWOORD\n\nDe regering dankt de leden van de fracties voor hun inbreng.\n"
    )
    r = record(memorie)
    assert (r["type"], r["chamber"], r["kamerstuk"]) == ("nota", "EK", {"dossier": "34669", "number": "D"})
    letter = (
        "35 584 (R2149) Wijziging van artikel 8 van het Statuut; ’s-Gravenhage, 6 december 2019\n\n"
        "A/ Nr. 1 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
        "Aan de Voorzitters van de Eerste en van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 14 september 2020\n\nHierbij leg ik u de wijziging over.\n"
    )
    r = record(letter)
    assert (r["kamerstuk"], r["date"]) == ({"dossier": "35584", "number": "1"}, "2020-09-14")


def test_question_pages_without_a_heading_of_their_own():
    unanswered = (
        "Kamervragen zonder Antwoord\n\nDatum publicatie | Organisatie | Vergaderjaar | Vraag | Datum indiening |\n\n"
        "Tweede Kamer der Staten-Generaal | 2018-2019 | 2019Z02159 |\n\n"
        "Hoe werd u geïnformeerd over de brand in de stal?\n\nErkent u dat de stallen onveilig zijn?\n\n"
        "Vindt u het nog steeds niet proportioneel om eisen te stellen aan de bouw van stallen en de"
    )
    r = record(unanswered)
    assert (r["type"], numbers(r)) == ("kamervragen", [1, 2, 3])  # the last, cut off, was asked too
    party = (
        "Bijdrage Partij voor de Dieren aan feitelijke vragenronde n.a.v. de verantwoording 2007 door LNV\n\n"
        "28 mei 2008\n\nNr. Vraag\n\n 1. Kunt u aangeven waarom de tekorten een rol speelden?\n\n"
        " 2. Welk aandeel van het tekort wordt opgelost?\n"
    )
    r = record(party)
    assert (r["type"], numbers(r)) == ("kamervragen", [1, 2])
    assert r["subject"].startswith("Bijdrage Partij voor de Dieren aan feitelijke vragenronde")
    interpellation = (
        "Interpellatievragen van het lid De Boer (GL) gericht tot de Minister-President. (Ingediend 1 februari 1996)\n\n"
        "1\n\nIs het de Minister-President bekend dat er onvrede leeft?\n\n2\n\nBeseft hij dat?\n"
    )
    assert [q["name"] for q in record(interpellation)["questioners"]] == ["De Boer"]


def test_a_name_printed_without_its_space_and_a_news_archives_dateline_after_a_title():
    glued = (
        "Vragen van het lid Jasper vanDijk (SP) aan de minister van Defensie over reizen (ingezonden 1 maart 2020)."
        "\n\n1. Klopt het bericht?\n\n2. Wat vindt u ervan?\n"
    )
    assert [q["name"] for q in record(glued)["questioners"]] == ["Jasper van Dijk"]
    news = "Hr. Ms. Evertsen naar Somalische wateren 2 augustus 2009, 14.52 uur\n\nHet fregat vertrekt vandaag naar de Golf van Aden.\n"
    assert record(news)["subject"] == "Hr. Ms. Evertsen naar Somalische wateren"


def test_a_reply_that_opens_on_the_committees_report_is_a_nota():
    text = (
        "Ontvangen 7 november 2011\n\nDe vaste commissie voor Veiligheid en Justitie heeft op 1 juni 2011 verslag "
        "uitgebracht over het onderhavige wetsvoorstel. Inbreng is geleverd door de fracties van VVD en PvdA.\n\n"
        "Ik waardeer de belangstelling van de leden.\n"
    )
    assert record(text)["type"] == "nota"


def test_a_question_sites_list_cut_off_inside_its_last_question_asks_it_and_answers_nothing():
    text = (
        "De veiligheid rond de eilanden |\n|\nAnna Bakker (D66) |\n|\nJan de Vries (minister ) (VVD) |\n|\n"
        "Bent u op de hoogte van de aangekondigde inzet?\n"
        "Heeft er overleg plaatsgevonden met de partners?\n"
        "Op welke wijze worden de regeringen van Aruba en Curaça"
    )
    r = record(text)
    assert r["type"] == "kamervragen"
    assert numbers(r) == [1, 2, 3]
    assert all(q["answer"] is None for q in r["questions"])


def test_a_plenary_item_on_a_vso_is_the_tweede_kamers():
    text = (
        "16 Drones\n\nAan de orde is het VSO Drones (31936, nr. 326).\n\nDe voorzitter:\n\n"
        "Ik geef als eerste het woord aan de heer Jansen van de VVD.\n\nDe heer Jansen (VVD):\n\nDank u zeer.\n"
    )
    assert record(text)["chamber"] == "TK"


def test_an_answers_heading_without_the_post_above_the_one_with_it():
    text = (
        "Antwoord van de heer Bot op vragen van de leden Jansen en De Vries (SP)\n\n"
        "Antwoord van de heer Bot, minister van Buitenlandse Zaken, op vragen van de leden Jansen en De Vries (SP) "
        "over de marine. (2030407880, ingezonden 9 februari 2004)\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n"
    )
    r = record(text)
    assert (r["sender"]["name"], r["sender"]["role"]) == ("Bot", "Minister van Buitenlandse Zaken")


def test_members_named_with_the_verb_of_asking_or_as_a_partys_kamerlid():
    put = (
        "VVD-vragen over Irak\n\nOp 9 september stelden de Tweede Kamerleden Jansen en De Vries (beiden VVD) aan de "
        "minister van Buitenlandse Zaken de volgende vragen over Irak.\n\n1. Heeft u kennis genomen van het bericht?\n\n"
        "2. Zijn deze berichten waar?\n"
    )
    r = record(put)
    assert (r["type"], numbers(r)) == ("kamervragen", [1, 2])
    assert [q["name"] for q in r["questioners"]] == ["Jansen", "De Vries"]
    party = (
        "8 maart 2021\n\nSchriftelijke vragen over de coup\n\n"
        "Lees hier de schriftelijke vragen van SGP-Kamerlid Chris Bakker over de gewelddadigheden.\n\n"
        "  1. Kent u het bericht?\n  2. Wat is de achtergrond van de coup?\n"
    )
    assert [(q["name"], q["party"]) for q in record(party)["questioners"]] == [("Chris Bakker", "SGP")]
    site = (
        "Kamervraag 2021Z04889\n\nHet geweld in Chora\n\nIngediend 24 maart 2021\nBeantwoord 5 juli 2021\n"
        "Indieners Anna Bakker , Piet Jansen\nBeantwoord door Jan de Vries (minister defensie) (CDA)\n"
        " • Vraag 1\n  Hebt u kennisgenomen van de berichten?\n\n  Ja.\n"
    )
    assert [q["name"] for q in record(site)["questioners"]] == ["Anna Bakker", "Piet Jansen"]


def test_a_partys_page_numbering_its_questions_with_a_list_inside_one_and_its_footer_after():
    text = (
        "PVV: vragen over het onderzoek\n\nVragen van het lid Jansen (PVV) aan de staatssecretaris over het onderzoek.\n\n"
        "1.)\n\nWat is uw reactie op het rapport?\n\n2.)\n\nDeelt u de mening dat het beschamend is dat:\n\n"
        "- er maar 2 inspecteurs zijn?\n\n- er maar 22 bezoeken waren?\n\n3.)\n\nBent u bereid dit serieus te nemen?\n\n"
        "We hebben 5130 gasten\n\ndoneer\n\nNederland English\n\nsteun ons ideal"
    )
    assert numbers(record(text)) == [1, 2, 3]


def test_a_question_the_saved_text_stops_after_one_word_of_is_not_asked_yet():
    text = (
        "Vragen van het lid Jansen (SP) aan de minister over de school (ingezonden 1 maart 2020).\n\n"
        "Vraag 1\n\nKlopt het bericht?\n\nVraag 2\n\nDeelt u de mening dat de school niet heeft voldaan?\n\nVraag 3\n\nKlop"
    )
    assert numbers(record(text)) == [1, 2]


def test_a_plenary_records_title_keeps_its_date_and_loses_its_glued_session_and_an_archives_code():
    glued = (
        "Verslag van de plenaire vergadering van dinsdag 2 juni 2015Parlementair jaar 2014/2015, 33e vergadering\n\n"
        "Aanvang: 13.30 uur\n\nVoorzitter: Jansen\n\nTegenwoordig zijn 74 leden, te weten:\n\nBakker, De Vries.\n"
    )
    assert record(glued)["subject"] == "Verslag van de plenaire vergadering van dinsdag 2 juni 2015"
    coded = "Ministerie van Defensie\n\nMINDEF: Vertrek SFIR4\n\nDe hoofdmacht vertrekt maandag naar Irak.\n"
    assert record(coded)["subject"] == "Vertrek SFIR4"


def test_reports_and_replies_as_publication_sites_and_the_eerste_kamer_letter_them():
    lettered = (
        "34 534 Voorstel van wet van de leden Jansen en De Vries houdende een kader (Klimaatwet)\n\n"
        "F NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 18 april 2019\n\nDe initiatiefnemers danken de leden.\n"
    )
    assert record(lettered)["type"] == "nota"
    initiative = (
        "34 103 Initiatiefnota van de leden Jansen en Bakker: «Wapens»\n\nNr. 2 INITIATIEFNOTA\n\n1. Inleiding\n"
    )
    assert record(initiative)["type"] == "nota"
    inbreng = (
        "2024D09496 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
        "Binnen de vaste commissie voor Europese Zaken hebben enkele fracties de behoefte vragen voor te leggen.\n"
    )
    assert record(inbreng)["type"] == "verslag"
    settled = (
        "Kamerstuk\n\n| Eerste Kamer der Staten-Generaal | 2025-2026 | 36327 nr. I |\n\n"
        "Vastgesteld 11 november 2025\n\nInleiding\n\nDe leden van de VVD-fractie hebben kennisgenomen van het voorstel.\n"
    )
    r = record(settled)
    assert (r["type"], r["date"]) == ("verslag", "2025-11-11")


def test_the_tweede_kamers_registry_number_on_a_documents_head_names_the_chamber():
    text = (
        "2024D09496 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
        "Binnen de vaste commissie voor Europese Zaken hebben enkele fracties de behoefte vragen voor te leggen.\n"
    )
    assert record(text)["chamber"] == "TK"


def test_english_statements_with_the_post_after_the_name_broken_over_lines_or_the_name_last():
    from armswatch.segment.speakers import speaker

    assert speaker(
        "STATEMENT BY H.E. Karel J.G. van Oosterom Permanent Representative of the Kingdom of the Netherlands "
        "to the United Nations. Open Debate"
    ) == ("Karel J.G. van Oosterom", "Permanent Representative of the Kingdom of the Netherlands to the United Nations")
    assert speaker(
        "Intervention by the Netherlands, delivered by the Minister for\n\nDevelopment Cooperation, Anna Bakker, at the"
    ) == ("Anna Bakker", "Minister for Development Cooperation")
    assert speaker(
        "Statement delivered in the Conference on Disarmament on Tuesday 5 September 2023 on behalf of the "
        "Kingdom of the Netherlands by H.E. Jan de Vries."
    ) == ("Jan de Vries", None)
    # a speech mentioned later is not the one delivered
    assert speaker(
        "Delivered by H.E. Jan de Vries, Permanent Representative to the Conference\n\nThank you.\n\n"
        "Let me refer to the speech delivered by the Netherlands’ Foreign Minister, Anna Bakker, at the CD."
    ) == ("Jan de Vries", "Permanent Representative to the Conference")


def test_a_stuk_of_both_chambers_lettered_below_its_dossiers_title_and_an_abbreviation_inside_a_subject():
    both = (
        "30 953\n\nEvaluatie Tijdelijke Commissie Subsidiariteitstoets\n\nC nr. 3\n\n"
        "BRIEF VAN DE TIJDELIJKE COMMISSIE SUBSIDIARITEITSTOETS\n\nDen Haag, 16 april 2007\n\nHierbij bieden wij aan.\n"
    )
    assert record(both)["kamerstuk"] == {"dossier": "30953", "number": "3"}
    lettered = (
        "30 953\n\nEvaluatie Tijdelijke Commissie Subsidiariteitstoets\n\nE\n\n"
        "BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\n\nDen Haag, 2 oktober 2007\n\nConform.\n"
    )
    assert record(lettered)["kamerstuk"] == {"dossier": "30953", "number": "E"}
    abbreviated = (
        "Vragen van het lid Jansen (PVV) aan de minister over de reactie van de rapporteur voor de zgn. Palestijnse "
        "gebieden op de aanslagen (ingezonden 1 mei 2013).\n\n1. Kent u het bericht?\n\n2. Deelt u de mening?\n"
    )
    assert (
        record(abbreviated)["subject"]
        == "de reactie van de rapporteur voor de zgn. Palestijnse gebieden op de aanslagen"
    )


def test_a_member_who_asks_together_with_another_members_questions_below():
    text = (
        "20 maart 2023\n\nSGP en CU stellen Kamervragen over vervolging\n\n"
        "SGP-Fractievoorzitter Kees Jansen stelt samen met ChristenUnie Tweede Kamerlid Don Bakker schriftelijke "
        "Kamervragen aan minister De Vries van Buitenlandse Zaken over vervolging. De schriftelijke vragen zijn "
        "hieronder te lezen.\n\n 1. Heeft u kennisgenomen van het rapport?\n 2. Hoe beoordeelt u de bevindingen?\n"
    )
    r = record(text)
    assert (r["type"], numbers(r)) == ("kamervragen", [1, 2])
    assert [q["name"] for q in r["questioners"]] == ["Kees Jansen", "Don Bakker"]


def test_a_stuk_under_two_dossiers_whose_number_ends_the_second_line_dated_under_its_title():
    text = (
        "21 501\n\nRaad van ministers\n\n28 312 Landbouwbeleid nr. 57\n\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\n"
        "14 maart 1997\n\nDe vaste commissie voor Landbouw heeft op 12 maart 1997 overleg gevoerd met de minister.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "21501", "number": "57"}
    assert r["date"] == "1997-03-14"


def test_a_sites_preview_that_joins_the_head_of_a_kamerstuk_in_one_line():
    text = (
        "Verslag van een schriftelijk overleg over de jeugdzorg\n\nNummer: 2010D01234, datum: 2010-02-01\n\n"
        "Preview document\n\n31 839 Jeugdzorg Nr. 77 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG Vastgesteld 3 februari "
        "2010 In de vaste commissie voor Jeugd en Gezin bestond er behoefte vragen voor te leggen.\n"
    )
    assert record(text)["kamerstuk"] == {"dossier": "31839", "number": "77"}


def test_an_appendix_page_of_the_publication_site_with_its_questions_unnumbered():
    text = (
        "Aanhangsel van de Handelingen\n"
        "Datum publicatie | Organisatie | Vergaderjaar | Nummer | Datum ontvangst |\n---|---|---|---|---|\n"
        "Tweede Kamer der Staten-Generaal | 2021-2022 | 1234 |\n"
        "Bent u bekend met het bericht over de overstromingen in Pakistan?1\n"
        "Ja.\n"
        "Welke hulp biedt Nederland aan de getroffen gebieden?\n"
        "Nederland draagt bij aan het noodhulpfonds van de Verenigde Naties.\n"
    )
    r = record(text)
    assert r["type"] == "antwoord_kamervragen"
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [
        (1, "Ja."),
        (2, "Nederland draagt bij aan het noodhulpfonds van de Verenigde Naties."),
    ]


def test_numbered_questions_set_as_bullets_in_a_committees_letter():
    text = (
        "32 043 Toekomst pensioenstelsel\n\nAB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG\n\n"
        "Vastgesteld 6 maart 2020\n\nDe leden van de fractie hebben nog vragen gesteld.\n\n"
        "  • 1. Kan de regering de opbrengsten per jaar uitsplitsen?\n\n"
        "  • 2. Is de regering bereid de berekening te delen? En welke aannames"
    )
    r = record(text)
    assert [q["number"] for q in r["questions"]] == [1, 2]


def test_the_first_of_two_signatures_glued_onto_the_last_paragraph_signs_the_letter():
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 7 november 2008\n\n"
        "Hierbij bieden wij u de strategie aan, mede namens de minister van Defensie. De strategie volgt op de "
        "beleidsbrief van oktober 2007. De minister voor Ontwikkelingssamenwerking, A. G. Koenders\n\n"
        "De minister van Buitenlandse Zaken,\n\nM. J. M. Verhagen\n"
    )
    r = record(text)
    assert r["sender"] == {"name": "A. G. Koenders", "role": "Minister voor Ontwikkelingssamenwerking"}
    assert set(r["co_senders"]) == {"Minister van Defensie", "Minister van Buitenlandse Zaken"}


def test_a_plenary_record_takes_its_chamber_and_date_from_the_chairs_opening():
    text = (
        "Parlementair jaar 2024/2025, 33e vergadering\n\nAanvang: 19.15 uur\n\nVoorzitter: Bruijn\n\n"
        "Tegenwoordig zijn 43 leden, alsmede de heer Dassen, lid Tweede Kamer.\n\n"
        "Ik open de vergadering van de Eerste Kamer der Staten-Generaal van maandag 16 juni 2025. Ik heet de "
        "leden welkom.\n"
    )
    r = record(text)
    assert (r["chamber"], r["date"]) == ("EK", "2025-06-16")


def test_a_question_number_alone_on_its_line_after_a_signature_on_a_page_kept_one_paragraph_a_line():
    text = (
        "Ontvangen 3 april 2023\n"
        "Hierbij zend ik u de antwoorden op de vragen van de vaste commissie over de suppletoire begroting.\n"
        "De Minister van Economische Zaken en Klimaat, M.A.M. Adriaansens\n"
        "Vragen en opmerkingen van de fracties gezamenlijk\n"
        "1.\n"
        "Kunt u een impressie geven van de eerste ervaringen met het prijsplafond?\n"
        "Antwoord\n"
        "De start is voorspoedig verlopen.\n"
    )
    r = record(text)
    assert [(q["number"], q["answer"]) for q in r["questions"]] == [(1, "De start is voorspoedig verlopen.")]
    assert r["sender"]["name"] == "M.A.M. Adriaansens"


def test_a_government_portal_page_of_a_kamerstuk_with_its_navigation_above_the_letter():
    text = (
        "Start van deze pagina\nSkip navigatie, ga direct naar de Inhoud\n\n"
        "Overheid.nl - de wegwijzer naar informatie en diensten van alle overheden.\n\nTekstgrootte\n+\n\n"
        "Vergaderjaar 2004-2005\nKamerstuk 28824 nr. 25\n\nGepubliceerd op 27 juni 2005\nToon volledige inhoudsopgave\n\n"
        "Gerelateerde informatie\n\nToon alle stukken in dossier Gerelateerd document28 824\nLandelijk Kader\n\n"
        "nr. 25\nBRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 juni 2005\n\n"
        "De invoering van de pepperspray voor de politie was in 2002 een feit.\n"
    )
    r = record(text)
    assert r["kamerstuk"] == {"dossier": "28824", "number": "25"}
    assert r["addressee"] == "Voorzitter van de Tweede Kamer der Staten-Generaal"


def test_a_back_link_and_a_document_hosts_toolbar_are_no_subject():
    faq = "Terug\n\nWat houdt het verbod in?\n\nOp grond van het besluit moet een onderneming maatregelen treffen.\n"
    assert record(faq)["subject"] == "Wat houdt het verbod in?"
    host = (
        "Download as pdf or txt\nDownload as pdf or txt\nYou are on page 1of 136\n\n"
        "Evaluatie van het exportbeleid\n\nDe overheid stelt zich ten doel de verspreiding tegen te gaan.\n"
    )
    assert "Download" not in (record(host)["subject"] or "")
