"""The segment stage's building blocks: Dutch dates, roles, questioners, Woo grounds."""

import pytest

from armswatch.segment.askers import parse_members
from armswatch.segment.dates import find_date
from armswatch.segment.redactions import redactions
from armswatch.segment.roles import roles_in


@pytest.mark.parametrize(
    "text,iso",
    [
        ("3 maart 2022", "2022-03-03"),
        ("Den Haag, 4 juli 2025", "2025-07-04"),
        ("(ontvangen 10 oktober 2023)", "2023-10-10"),
        ("Indiendatum: 19 mrt. 2024", "2024-03-19"),
        ("29 September 2023", "2023-09-29"),
        ("1e januari 2020", "2020-01-01"),
        ("datum 03-03-2022", "2022-03-03"),
        ("2021-06-21", "2021-06-21"),
        ("31 februari 2022", None),
        ("12 septernber 2023", "2023-09-12"),
        ("3 boeken 2022", None),
        ("Handelingen II 2021/22, nr. 56", None),
    ],
)
def test_dutch_dates(text, iso):
    assert find_date(text) == iso


def test_roles_in_a_plural_list():
    text = (
        "de Ministers voor Volkshuisvesting en Ruimtelijke Ordening, van Landbouw, Natuur en "
        "Voedselkwaliteit en voor Armoedebeleid, Participatie en Pensioenen en de Staatssecretaris "
        "van Volksgezondheid, Welzijn en Sport"
    )
    assert roles_in(text) == [
        "Minister voor Volkshuisvesting en Ruimtelijke Ordening",
        "Minister van Landbouw, Natuur en Voedselkwaliteit",
        "Minister voor Armoedebeleid, Participatie en Pensioenen",
        "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
    ]


def test_roles_caps_title_and_openkamer_shorthand():
    assert roles_in("MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE") == [
        "Minister van Buitenlandse Zaken",
        "Minister van Defensie",
    ]
    assert roles_in("minister buitenlandse zaken") == ["Minister van Buitenlandse Zaken"]
    assert roles_in("Minister-President, Minister van Algemene Zaken") == ["Minister-President"]


def test_first_chain_stops_at_running_text():
    text = "de minister van Buitenlandse Zaken, informeer ik u dat de minister-president en ik"
    assert roles_in(text, first_chain=True) == ["Minister van Buitenlandse Zaken"]


def test_members_with_one_party_each_and_shared():
    assert parse_members("Bouchallikh, Bromet en Kröger (allen GroenLinks)") == [
        {"name": "Bouchallikh", "party": "GroenLinks"},
        {"name": "Bromet", "party": "GroenLinks"},
        {"name": "Kröger", "party": "GroenLinks"},
    ]
    assert parse_members("Sjoerdsma (D66) en Van der Lee (GL)") == [
        {"name": "Sjoerdsma", "party": "D66"},
        {"name": "Van der Lee", "party": "GroenLinks"},
    ]


def test_woo_codes_tolerate_ocr():
    found = {r["woo_article"] for r in redactions(["naam 51.2e en 5.1.2.e", "adres 5.12 i", "5.1.1c"])}
    assert found == {"5.1.2e", "5.1.2i", "5.1.1c"}


def test_caption_overlap_picks_the_longer_ground():
    found = redactions(["Woo-besluit", "Vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens"])
    assert [r["woo_article"] for r in found] == ["5.1.1c"]


def test_article_in_words_counts_only_in_a_release():
    decision = (
        "Besluit op uw Woo-verzoek\n\nIk maak de documenten deels openbaar. Persoonsgegevens zijn "
        "weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Woo."
    )
    assert [r["woo_article"] for r in redactions([decision])] == ["5.1.2e"]
    about_the_law = "Het wetsvoorstel wijzigt artikel 5.1, tweede lid, onder e, van de Woo."
    assert redactions([about_the_law]) == []
