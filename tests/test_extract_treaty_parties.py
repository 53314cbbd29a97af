"""treaty_status from the party list ("Partijgegevens") of a Tractatenblad publication, in the
layouts it takes after conversion to text: piped table rows, space-separated rows, one value per line."""

from __future__ import annotations

from extract_helpers import facts_of, keys

from armswatch.record import Structure


def _statuses(body, date=None):
    return {
        (f["state"], f["treaty"], f["party"])
        for f in facts_of(body, Structure(type="other", date=date), kind="treaty_status")
    }


PIPED = """Tractatenblad van het Koninkrijk der Nederlanden

Verdrag inzake clustermunitie; Dublin, 30 mei 2008

E. PARTIJGEGEVENS

Partij | Ondertekening | Ratificatie | Type* | In werking | Opzegging | Buiten werking

Chili | 03-12-08 | 16-12-10 | R | 01-06-11 | |

Kameroen | 15-12-09 | | | | |

Kiribati | | 25-09-24 | T | 01-03-25 | |

Nederland | | | | | |

- het Europese deel | 03-12-08 | 23-02-11 | Ag | 01-08-11 | |

- Aruba | 03-12-08 | 23-02-11 | Ag | 01-08-11 | |

Litouwen | 03-12-08 | 24-03-11 | R | 01-09-11 | 06-09-24 | 06-03-25

* O=Ondertekening zonder voorbehoud van bekrachtiging, R=Bekrachtiging, aanvaarding, goedkeuring of kennisgeving, T=Toetreding

F. VOORLOPIGE TOEPASSING

Niet van toepassing.
"""


def test_piped_rows_read_by_their_heading():
    assert _statuses(PIPED, date="2025-06-01") == {
        ("CHL", "CCM", True),
        ("CMR", "CCM", False),
        ("KIR", "CCM", True),
        ("NLD", "CCM", True),
        ("LTU", "CCM", False),
    }


def test_a_signature_alone_in_a_party_table_is_not_party():
    # the row's blank consent and entry-into-force cells say the state has not become party
    assert ("CMR", "CCM", False) in _statuses(PIPED, date="2025-06-01")


def test_withdrawal_not_yet_in_effect_on_the_publication_date_says_nothing():
    assert ("LTU", "CCM", False) not in _statuses(PIPED, date="2025-01-10")


def test_space_separated_rows_without_heading():
    body = (
        "Verdrag inzake het verbod van het gebruik, de aanleg van voorraden, de productie en de overdracht "
        "van antipersoneelmijnen en inzake de vernietiging daarvan; Oslo, 18 september 1997\n\n"
        "Partijgegevens\n\n"
        "Angola  04-12-97  05-07-02  R  01-01-03\n"
        "Marshalleilanden  04-12-97\n"
        "Zuid-Soedan  11-11-11  T  01-05-12\n"
    )
    assert _statuses(body) == {("AGO", "APMBC", True), ("SSD", "APMBC", True)}


def test_one_value_per_line_with_heading_per_line():
    body = (
        "Verdrag Chemische Wapens; Parijs, 13 januari 1993\n\nPartijgegevens\n\n"
        "Partij\nOndertekening\nRatificatie\nType\nIn werking\n"
        "Israël\n13-01-93\n"
        "Oman\n02-02-93\n08-02-95\nR\n29-04-97\n"
        "Staat Palestina\n17-05-18\nT\n16-06-18\n"
    )
    assert _statuses(body) == {("ISR", "CWC", False), ("OMN", "CWC", True), ("PSE", "CWC", True)}


def test_protocol_titles_and_other_treaties():
    row = "\n\nPartijgegevens\n\nPartij | Ondertekening | Ratificatie | Type | In werking\n\nPeru | | 03-07-97 | T | 03-01-98\n"
    assert _statuses("Protocol inzake blindmakende laserwapens (Protocol IV); Wenen, 13 oktober 1995" + row) == {
        ("PER", "CCW-P4", True)
    }
    # a protocol the lexicon does not name is not the treaty it belongs to
    assert (
        _statuses(
            "Protocol inzake ontplofbare oorlogsresten (Protocol V) bij het Verdrag inzake bepaalde "
            "conventionele wapens; Genève, 28 november 2003" + row
        )
        == set()
    )
    assert _statuses("Verdrag inzake de rechten van het kind; New York, 20 november 1989" + row) == set()


def test_prose_in_the_section_is_no_row():
    body = (
        "Verdrag inzake clustermunitie; Dublin, 30 mei 2008\n\nPartijgegevens\n\n"
        "Voor de partijgegevens zie Trb. 2010, 170.\n"
        "Nederland heeft op 23-02-11 de akte van aanvaarding nedergelegd.\n"
    )
    assert _statuses(body) == set()


OLD_LAYOUT = """Verdrag inzake clustermunitie;

Dublin, 30 mei 2008

Zie Trb. 2009, 45.

Het Verdrag is voorts nog ondertekend voor:

Angola 3 december 2008
Tsjaad 4 december 2008

Behalve de aldaar genoemde hebben nog de volgende staten in overeenstemming met artikel 16 van het Verdrag een akte van bekrachtiging bij de Secretaris-Generaal van de Verenigde Naties nedergelegd:

Albanië 16 juni 2009
Oostenrijk12 april 2009
het Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland 4 mei 2010

Zie voor de behandeling in de Staten-Generaal Kamerstukken II 2009/10, 32 187.
"""


def test_the_older_deposit_list_makes_each_listed_state_a_party_and_signatures_say_nothing():
    facts = facts_of(OLD_LAYOUT, kind="treaty_status")
    assert keys(facts) == {("ALB", "CCM", True), ("AUT", "CCM", True), ("GBR", "CCM", True)}


def test_a_row_of_a_state_the_lexicon_does_not_know_is_passed_not_the_end_of_the_list():
    body = OLD_LAYOUT.replace("Albanië 16 juni 2009", "de Republiek Atlantis 2 juni 2009\nAlbanië 16 juni 2009")
    assert {k[0] for k in keys(facts_of(body, kind="treaty_status"))} == {"ALB", "AUT", "GBR"}


def test_a_deposit_list_reflowed_into_one_paragraph_is_read_row_by_row():
    body = OLD_LAYOUT.replace("2009\nOostenrijk", "2009 Oostenrijk").replace("2009\nhet", "2009 het")
    assert {k[0] for k in keys(facts_of(body, kind="treaty_status"))} == {"ALB", "AUT", "GBR"}


def test_a_deposit_list_for_a_protocol_without_a_contract_id_gives_nothing():
    body = OLD_LAYOUT.replace(
        "een akte van bekrachtiging",
        "een verklaring van instemming te zijn gebonden door het Protocol inzake "
        "niet-waarneembare deeltjes (Protocol I)",
    )
    assert facts_of(body, kind="treaty_status") == []


def test_a_reflowed_table_of_parties_with_their_reservations():
    body = (
        "Verdrag inzake clustermunitie\n\nPartijen met voorbehouden\n\n"
        "Partij Voorbehoud / verklaring Bezwaren Oostenrijk Ja Nee Peru Nee Nee Zambia Ja Nee\n\n"
        "Oostenrijk\n\nThe Republic of Austria declares ...\n"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("AUT", "CCM", True),
        ("PER", "CCM", True),
        ("ZMB", "CCM", True),
    }


def test_a_reflowed_table_with_dates_reads_each_row():
    body = (
        "Verdrag inzake clustermunitie\n\n"
        "Partij Ondertekening Ratificatie Type In werking Albanië 03-12-08 16-06-09 R 01-08-10 "
        "Angola 03-12-08 Peru 03-12-08 26-09-12 R 01-03-13\n"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("ALB", "CCM", True),
        ("AGO", "CCM", False),
        ("PER", "CCM", True),
    }


def test_prose_that_opens_with_party_is_no_table():
    body = (
        "Verdrag inzake clustermunitie\n\nPartij bij het verdrag zijn inmiddels Oostenrijk, Peru en Zambia, "
        "maar niet Rusland.\n"
    )
    assert not [f for f in facts_of(body, kind="treaty_status") if f["state"] == "RUS" and f["party"]]


def test_a_heading_split_by_the_layout_still_names_its_column():
    # "Onder tekening" printed in two words: a lone date under it is a signature, not a party
    body = (
        "Verdrag inzake clustermunitie;\n\nDublin, 30 mei 2008\n\nE. PARTIJGEGEVENS\n\n"
        "Partij\n\nOnder tekening\n\nRatificatie\n\nType*\n\nIn werking\n\n"
        "Angola\n\n03-12-08\n\nAlbanië\n\n03-12-08\n\n16-06-09\n\nR\n\n01-08-10\n\nF. VOORLOPIGE TOEPASSING\n"
    )
    assert _statuses(body) == {("ALB", "CCM", True), ("AGO", "CCM", False)}


def test_the_treaty_databases_table_with_its_legend_and_bracketed_codes_cut_into_paragraphs():
    body = (
        "Verdrag\n\nVerdrag inzake clustermunitie\n\n"
        "Partij Ondertekening RatificatieO=Ondertekening zonder voorbehoud R=Bekrachtiging T=Toetreding "
        "NB=Niet bekend In werking Opzegging Buiten werking\n"
        "Albanië 03-12-2008 16-06-2009 (R) 01-08-2010 Angola 03-12-2008\n\n"
        "Canada 03-12-2008 16-03-2015 (R) 01-09-2015 Cuba 06-04-2016 (T) 01-10-2016\n\n"
        "Djibouti 30-07-2010\n"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("ALB", "CCM", True),
        ("AGO", "CCM", False),
        ("CAN", "CCM", True),
        ("CUB", "CCM", True),
        ("DJI", "CCM", False),
    }


# A treaty with three depositaries: one date per seat on each row, a footnote marker glued to a
# year, the last row's year cut off; old Dutch names ("Korea (Noord-)", "Kambodja").
DEPOSITARIES = """Verdrag tot verbod van de ontwikkeling, de productie en de aanleg van voorraden van bacteriologische (biologische) en toxinewapens en inzake de vernietiging van deze wapens;

Londen/Moskou/Washington, 10 april 1972

Behalve de aldaar genoemde hebben nog de volgende Staten een akte van toetreding nedergelegd:

 te Londente Moskoute Washington
Kambodja 2- 3-1990 12- 3-19903
Korea (Noord-)  4- 5-1988
Portugal1- 6-198911- 6-1989 9- 6-1989
Tunesië 20- 7-199
"""


def test_a_list_with_a_date_for_each_depositary_reads_each_row_once():
    facts = facts_of(DEPOSITARIES, kind="treaty_status")
    assert keys(facts) == {(s, "BWC", True) for s in ("KHM", "PRK", "PRT", "TUN")}


def test_a_list_with_a_date_for_each_depositary_reflowed_into_one_paragraph():
    body = DEPOSITARIES.replace("\nKorea", " Korea").replace("\nPortugal", " Portugal")
    body = body.replace("Washington\n", "Washington ").replace("\nTunesië", " Tunesië")
    assert {k[0] for k in keys(facts_of(body, kind="treaty_status"))} == {"KHM", "PRK", "PRT", "TUN"}


# Protocol IV is titled "Aanvullend Protocol bij het Verdrag ..." and told by where and when it
# was concluded; a state binds itself by "een verklaring te zijn gebonden door" the Protocol.
ADDITIONAL_PROTOCOL = """Aanvullend Protocol bij het Verdrag inzake het verbod of de beperking van het gebruik van bepaalde conventionele wapens die geacht kunnen worden buitensporig leed te veroorzaken of een niet-onderscheidende werking te hebben;

Wenen, 13 oktober 1995

Behalve de aldaar genoemde Staat hebben nog de volgende Staten in overeenstemming met artikel 4, derde lid, van het Verdrag een verklaring te zijn gebonden door het onderhavige Protocol afgelegd:

Noorwegen 3 februari 1998
Chili2 14 april 1998
"""


def test_the_additional_protocol_concluded_at_vienna_in_1995_is_protocol_iv():
    facts = facts_of(ADDITIONAL_PROTOCOL, kind="treaty_status")
    assert keys(facts) == {("NOR", "CCW-P4", True), ("CHL", "CCW-P4", True)}


def test_an_additional_protocol_of_another_date_has_no_contract_id():
    body = ADDITIONAL_PROTOCOL.replace("Wenen, 13 oktober 1995", "Genève, 28 november 2003")
    assert facts_of(body, kind="treaty_status") == []


def test_the_treaty_databases_piped_table_one_row_a_paragraph():
    body = (
        "Einde inhoudsopgave\nWapenhandelsverdrag\nPartijen en gegevens\n\nPartijen\n\n"
        "Partij | Datum inwerkingtreding | Voorbehoud |\n\n---|---|---|\n\n"
        "Albanië | 24-12-2014 | |\n\nAndorra | 02-03-2023 | |\n\nBahama's | 24-12-2014 | |\n"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("ALB", "ATT", True),
        ("AND", "ATT", True),
        ("BHS", "ATT", True),
    }


def test_a_piped_table_headed_by_state_instead_of_party():
    body = (
        "Wapenhandelsverdrag\n\nStaat | Ratificatie | Inwerkingtreding |\n\n---|---|---|\n\n"
        "Albanië | 19-03-2014 | 24-12-2014 |\n\nAndorra | 02-12-2022 | 02-03-2023 |\n"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {("ALB", "ATT", True), ("AND", "ATT", True)}


def test_a_piped_tables_signature_only_row_is_no_party():
    body = (
        "Wapenhandelsverdrag\n\nPartij | Ondertekening | Ratificatie | Inwerkingtreding |\n\n---|---|---|---|\n\n"
        "Albanië | 03-06-2013 | 19-03-2014 | 24-12-2014 |\n\nAngola | 24-09-2013 | | |\n"
    )
    assert keys(facts_of(body, kind="treaty_status")) == {("ALB", "ATT", True), ("AGO", "ATT", False)}


def test_a_subject_with_an_apposition_or_a_remark_in_brackets_before_the_treaty():
    body = (
        "Sinds vorig jaar heeft Portugal als eerste lidstaat (naast Ierland en Malta) het Verdrag inzake "
        "clustermunitie geratificeerd. Chili heeft als enige land in de regio het Verdrag van Ottawa geratificeerd."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("PRT", "CCM", True),
        ("IRL", "CCM", True),
        ("MLT", "CCM", True),
        ("CHL", "APMBC", True),
    }


def test_the_english_pages_of_the_treaty_database():
    parties = (
        "Treaty\n\nConvention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
        "Anti-Personnel Mines and on their Destruction\n\n"
        "Kingdom of the Netherlands\n\nKoninkrijksdeel Provisional\nEntry into force Retroactive effect Termination\n"
        "Netherlands (in Europe) 01-10-1999\nAruba 01-10-1999\n\n"
        "PartiesParties with a link have a reservation.\n\n"
        "Party Signature RatificationS=Signature without reservation or requirement of ratification "
        "R=Ratification A=Accession Su=Succession NK=Not Known Entry into force Renunciation Termination\n"
        "Albania 08-09-1998 29-02-2000 (R) 01-08-2000\nAndorra 03-12-1997 29-06-1998 (R) 01-03-1999\n"
        "Montenegro 23-10-2006 (Su) 03-06-2006\nBrunei 04-12-1997 24-04-2006 (R) 01-10-2006\nChile 03-12-1997 10-"
    )
    assert keys(facts_of(parties, kind="treaty_status")) == {
        ("NLD", "APMBC", True),
        ("ALB", "APMBC", True),
        ("AND", "APMBC", True),
        ("MNE", "APMBC", True),
        ("BRN", "APMBC", True),
    }  # Chile's row is cut before it says whether Chile became party
    reservations = (
        "Treaty\n\nConvention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical "
        "Weapons and on their Destruction\n\nParties with reservations, declarations and objections\n\n"
        "Party Reservations / Declarations Objections\nAustria Yes No\nHoly See Yes No\n"
        "Netherlands, the Kingdom of the Yes No\nPortugal Yes No\n"
    )
    assert keys(facts_of(reservations, kind="treaty_status")) == {
        ("AUT", "CWC", True),
        ("VAT", "CWC", True),
        ("NLD", "CWC", True),
        ("PRT", "CWC", True),
    }
