"""Normalise: clean body out of converter output; letterhead and sidebar into the header."""

import re

from armswatch.normalise import normalise
from armswatch.normalise.text import prepare
from armswatch.read import RawDocument


def norm(text, fmt="txt", **meta):
    return normalise(RawDocument(path="x." + fmt, format=fmt, text=text, meta=meta))


# A markdown export of a Kamerbrief: the sidebar blocks stand between the body paragraphs.
INTERLEAVED = """

de Voorzitter van de Tweede Kamer  
der Staten-Generaal  
Bezuidenhoutseweg 67  
2594 AC Den Haag



Ministerie van Defensie

Datum 12 mei 2023  
Betreft Levering van mijnenjagers aan Oekraïne

**Ministerie van Defensie**

Plein 4  
Postbus 20701  
2500 ES Den Haag  
[www.defensie.nl](http://www.defensie.nl)

Mede namens de minister van Buitenlandse Zaken informeer ik u over de levering van twee mijnenjagers aan Oekraïne.

**Onze referentie**

BS2023001234

**Afschrift aan**

de Voorzitter van de Eerste  
Kamer der Staten-Generaal  
Postbus 20017  
2500 EA Den Haag

Het kabinet heeft besloten de schepen uit de operationele vloot te leveren.

*Bij beantwoording datum,  
onze referentie en betreft  
vermelden.*

De levering wordt uit het Budget Internationale Veiligheid bekostigd.

*DE MINISTER VAN DEFENSIE*

drs. K.H. Ollongren"""


def test_interleaved_sidebar_leaves_the_body_in_order():
    n = norm(INTERLEAVED, "md")
    assert n.body.split("\n\n") == [
        "Mede namens de minister van Buitenlandse Zaken informeer ik u over de levering van twee "
        "mijnenjagers aan Oekraïne.",
        "Het kabinet heeft besloten de schepen uit de operationele vloot te leveren.",
        "De levering wordt uit het Budget Internationale Veiligheid bekostigd.",
        "DE MINISTER VAN DEFENSIE",
        "drs. K.H. Ollongren",
    ]


def test_interleaved_sidebar_fields_go_to_the_header():
    h = norm(INTERLEAVED, "md").header
    assert h["datum"] == "12 mei 2023"
    assert h["betreft"] == "Levering van mijnenjagers aan Oekraïne"
    assert h["onze referentie"] == "BS2023001234"
    assert h["aan"] == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert h["afschrift aan"].startswith("de Voorzitter van de Eerste Kamer der Staten-Generaal")


def test_body_words_all_occur_in_the_source():
    body = norm(INTERLEAVED, "md").body
    source_words = set(re.findall(r"\w+", INTERLEAVED))
    assert set(re.findall(r"\w+", body)) <= source_words


TABBED = """ \t> Retouradres Postbus 20701 2500 ES Den Haag

\tde Voorzitter van de Tweede Kamer
der Staten-Generaal
Bezuidenhoutseweg 67
2594 AC Den Haag


\tDatum
\t4 juli 2025
\tBetreft
\tInzet van traangas


Ministerie van Defensie
Plein 4
Postbus 20701
2500 ES Den Haag
Onze referentie
BS2025007094
Bij beantwoording, datum, onze referentie en onderwerp vermelden.


Geachte Voorzitter,

De MIVD heeft vastgesteld dat traangas wordt ingezet.
"""


def test_label_and_value_on_separate_lines():
    n = norm(TABBED)
    assert n.header["datum"] == "4 juli 2025"
    assert n.header["betreft"] == "Inzet van traangas"
    assert n.header["onze referentie"] == "BS2025007094"
    assert n.body == "Geachte Voorzitter,\n\nDe MIVD heeft vastgesteld dat traangas wordt ingezet."
    assert any("Retouradres" in r for r in n.removed)


def test_empty_datum_field_stays_empty():
    n = norm("Datum\nBetreft Antwoord op uw brief\n\nGeachte heer,\n\nDank voor uw brief.")
    assert n.header["datum"] == ""
    assert n.header["betreft"] == "Antwoord op uw brief"


def test_hyphenation_across_line_breaks():
    text = (
        "naar aanleiding van recente aanvul-\nlende verzoeken en de NAVO-\nlanden, een terug-\n"
        "en vooruitblik op de gevechts-\nrantsoenen"
    )
    out = prepare(text)
    assert "aanvullende" in out
    assert "NAVO-landen" in out
    assert "terug-\nen vooruitblik" in out
    assert "gevechtsrantsoenen" in out


def test_wrapped_lines_join_and_headings_stay_apart():
    text = (
        "Vraag 1\nIs de regering op de hoogte gesteld van het besluit van de Verenigde Staten om\n"
        "clusterbommen te leveren?\nAntwoord 1\nJa. Dat was op dezelfde dag als de officiële\n"
        "bekendmaking door de Amerikaanse overheid.\n"
    )
    assert norm(text).body.split("\n\n") == [
        "Vraag 1",
        "Is de regering op de hoogte gesteld van het besluit van de Verenigde Staten om clusterbommen te leveren?",
        "Antwoord 1",
        "Ja. Dat was op dezelfde dag als de officiële bekendmaking door de Amerikaanse overheid.",
    ]


def test_markdown_and_web_furniture_removed():
    text = "## Titel\n\nDit is **vet** en *schuin* en [een link](https://example.org/x).\n\nNaar boven"
    assert norm(text, "md").body == "Titel\n\nDit is vet en schuin en een link."


def test_glued_heading_is_split():
    body = norm("Kunt u dat toelichten?Antwoord 3\nDat kan ik.").body
    assert body.split("\n\n") == ["Kunt u dat toelichten?", "Antwoord 3", "Dat kan ik."]


def test_sidebar_hint_fills_the_header():
    n = norm("Geachte Voorzitter,\n\nHierbij informeer ik u.", sidebar="Directie Jeugd\nOns kenmerk\n5687928/11")
    assert n.header["onze referentie"] == "5687928/11"
    assert "Directie" not in n.body


def test_lines_that_each_end_a_sentence_were_not_wrapped_and_stay_paragraphs():
    from armswatch.normalise.paragraphs import paragraphs

    block = [
        "Heeft de minister kennisgenomen van het rapport over de munitievoorraad van de landmacht?",
        "Ja, het rapport is mij bekend en ik heb het met belangstelling gelezen, ook de bijlagen.",
        "Hoeveel granaten van het kaliber 155 mm heeft de landmacht op dit moment in voorraad?",
        "Dat getal maak ik niet openbaar, omdat het iets zegt over de inzetbaarheid van de eenheden.",
    ]
    assert paragraphs(block) == block
    wrapped = ["De minister heeft het rapport over de munitievoorraad van de landmacht met", "belangstelling gelezen."]
    assert paragraphs(wrapped) == [" ".join(wrapped)]


def test_a_rule_of_dashes_sets_apart_the_lines_above_and_below_it():
    body = norm(
        "Ministerie van Defensie\n---\n---\nEerste Veteranendag in 2005\n08-09-2003\nDe eerste dag wordt later.\n"
    ).body
    assert "Eerste Veteranendag in 2005" in body.split("\n\n")[3]
    assert not body.split("\n\n")[0].endswith("---")


def test_a_short_title_line_is_not_joined_to_the_lower_case_block_after_a_removed_field():
    text = (
        "ministerie van economische zaken - persbericht 062\n\ndatum: 26-04-1999\n\n"
        "doorvoer van wapens naar eritrea\n\n"
        "het lid van de tweede kamer heeft aan de minister op 26-03-1999 de volgende schriftelijke vragen gesteld.\n"
    )
    body = normalise(RawDocument(path="x.txt", format="txt", text=text)).body
    # every paragraph of the body stands in the file as it is: a quote from it can be found there
    assert all(p in text for p in body.split("\n\n")), body
