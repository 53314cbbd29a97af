"""A Woo release made here: decision letter, inventory and three released letters in one PDF,
every page of a letter stamped with its document number, names blacked out with the ground
printed on or beside the box. All text is our own."""

from __future__ import annotations

import pymupdf

DECISION = [
    "Besluit op uw Woo-verzoek over de levering van munitie",
    "",
    "Datum 2 april 2024",
    "Ons kenmerk WOO-2024-0117",
    "",
    "Geachte heer Bakker,",
    "",
    "Op 4 januari 2024 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om de",
    "documenten over de levering van munitie aan Oekraïne. Ik heb besloten de documenten deels",
    "openbaar te maken. Persoonsgegevens zijn niet openbaar gemaakt op grond van artikel 5.1,",
    "tweede lid, onder e, van de Woo. De documenten staan in de inventarislijst hierna.",
]
# the inventory is a table: every cell is its own piece of text, at its column's x
COLUMNS = (60, 90, 150, 370, 450)
INVENTORY = [
    ("Nr.", "Datum", "Document", "Beoordeling", "Grond"),
    ("1", "12-01-2024", "Brief over de levering van artilleriegranaten", "Deels openbaar", "5.1.2e"),
    ("2", "19-01-2024", "Nota over de uitvoervergunning", "Openbaar", ""),
    ("3", "26-01-2024", "Verslag van het overleg met de ambassade", "Deels openbaar", "5.1.2a, 5.1.2e"),
]
LETTER_1 = [
    [
        "Datum 12 januari 2024",
        "Betreft Levering van artilleriegranaten",
        "",
        "Het kabinet heeft besloten 155mm artilleriegranaten uit de eigen voorraad aan Oekraïne te",
        "leveren. De levering is getoetst aan de criteria van het Gemeenschappelijk Standpunt.",
        "Contactpersoon: REDACTED",
    ],
    ["De granaten worden in februari 2024 overgedragen aan de Oekraïense krijgsmacht."],
]
LETTER_2 = [
    [
        "Datum 19 januari 2024",
        "Betreft Uitvoervergunning voor onderdelen",
        "",
        "De uitvoervergunning voor onderdelen van pantservoertuigen naar Oekraïne is verleend.",
        "Er zijn geen bezwaren gevonden bij de toetsing aan de acht criteria.",
    ]
]
LETTER_3 = [
    [
        "Datum 26 januari 2024",
        "Betreft Overleg met de ambassade",
        "",
        "In het overleg met de ambassade is gesproken over de voortgang van de leveringen.",
        "Gesprekspartner: REDACTED",
        "De ambassade vroeg om vertrouwelijkheid: REDACTED",
    ]
]
# per letter line that holds REDACTED: the code printed on the box, or beside it (">5.1.2a")
GROUNDS = {(1, 0): ["5.1.2e"], (3, 0): ["5.1.2e", ">5.1.2a"]}


def _lines(page, lines, top=90, size=10):
    ys = []
    for i, line in enumerate(lines):
        y = top + i * size * 1.5
        page.insert_text((60, y), line.replace("REDACTED", "Jan de Wit"), fontsize=size, fontname="helv")
        ys.append(y)
    return ys


def _inventory(page) -> None:
    page.insert_text((60, 60), "Inventarislijst", fontsize=12, fontname="helv")
    for i, row in enumerate(INVENTORY):
        for x, cell in zip(COLUMNS, row):
            page.insert_text((x, 100 + i * 14), cell, fontsize=7, fontname="helv")


def make_bundle(path, inventory_last: bool = False) -> None:
    """Decision, inventory, letters 1-3; or decision, letters, inventory."""
    doc = pymupdf.open()
    _lines(doc.new_page(width=595, height=842), DECISION)
    if not inventory_last:
        _inventory(doc.new_page(width=595, height=842))
    for number, letter in ((1, LETTER_1), (2, LETTER_2), (3, LETTER_3)):
        for pi, body in enumerate(letter):
            page = doc.new_page(width=595, height=842)
            page.insert_text((480, 40), "Document", fontsize=8, fontname="helv")  # label and number apart,
            page.insert_text((520, 40), str(number), fontsize=8, fontname="helv")  # as a stamping tool may put them
            ys = _lines(page, body)
            codes = iter(GROUNDS.get((number, pi), []))
            for line, y in zip(body, ys):
                if "REDACTED" not in line:
                    continue
                x = 60 + pymupdf.get_text_length(line.split("REDACTED")[0], fontname="helv", fontsize=10)
                box = pymupdf.Rect(x, y - 9, x + 70, y + 3)
                page.draw_rect(box, color=(0, 0, 0), fill=(0, 0, 0))
                code = next(codes)
                if code.startswith(">"):  # printed beside the box
                    page.insert_text((box.x1 + 4, y), code[1:], fontsize=8, fontname="helv")
                else:  # printed in white on the box
                    page.insert_text((box.x0 + 4, y), code, fontsize=8, fontname="helv", color=(1, 1, 1))
    if inventory_last:
        _inventory(doc.new_page(width=595, height=842))
    doc.save(path)
    doc.close()
