"""officielebekendmakingen XML: text as the published page reads, markup facts in meta,
and a parser that never fetches or expands entities."""

import re

import pytest
from read_support import input_error

from armswatch.errors import InputError
from armswatch.read import read_file

KAMERVRAGEN = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata><meta name="OVERHEIDop.externMetadataRecord" content="https://example.invalid/metadata.xml"/></metadata>
  <kamervragen>
    <kamervraagkop>
      <tekstregel inhoud="vergaderjaar">Vergaderjaar 2023-2024</tekstregel>
      <tekstregel inhoud="kameraanduiding">Eerste Kamer der Staten-Generaal</tekstregel>
      <tekstregel inhoud="kamernummer">1</tekstregel>
    </kamervraagkop>
    <kamervraagnummer>2024Z01234</kamervraagnummer>
    <kamervraagomschrijving type="vraag">Vragen van de leden <naam><achternaam>Nicolaï</achternaam></naam> (PvdD) en <naam><voornaam>Jan </voornaam><achternaam>de Vries</achternaam></naam> (SP) aan de minister voor <organisatie>Buitenlandse Handel en Ontwikkelingssamenwerking</organisatie> over <kamervraagonderwerp>clustermunitie voor Oekraïne</kamervraagonderwerp> (ingezonden <datum isodatum="2024-02-01">1 februari 2024</datum>).</kamervraagomschrijving>
    <kamervraagomschrijving type="antwoord">Antwoord van minister <naam><achternaam>Schreinemacher</achternaam></naam> (<organisatie afkorting="BHOS">Buitenlandse Handel en Ontwikkelingssamenwerking</organisatie>) (ontvangen <datum isodatum="2024-03-04">4 maart 2024</datum>).</kamervraagomschrijving>
    <vraag><nr status="officieel">Vraag 1</nr><al>Kent u het bericht over clustermunitie<noot id="n1"><noot.nr>1</noot.nr><noot.al>NRC, 1 februari 2024.</noot.al></noot>?</al></vraag>
    <antwoord><nr status="officieel">Antwoord 1</nr><al>Ja.</al><al>Nederland is partij bij het Clustermunitieverdrag.</al></antwoord>
    <vraag><nr status="officieel">Vraag 2</nr><al>Wat is uw oordeel?</al></vraag>
    <antwoord><nr status="officieel">Antwoord 2</nr><al>Zie het antwoord op vraag 1.</al></antwoord>
  </kamervragen>
</officiele-publicatie>
"""


def test_kamervragen_text_reads_as_published(tmp_path):
    p = tmp_path / "ah.xml"
    p.write_text(KAMERVRAGEN, encoding="utf-8")
    raw = read_file(p)
    assert raw.format == "xml"
    assert (
        "Vragen van de leden Nicolaï (PvdD) en Jan de Vries (SP) aan de minister voor Buitenlandse "
        "Handel en Ontwikkelingssamenwerking over clustermunitie voor Oekraïne (ingezonden 1 februari 2024)."
        in raw.text
    )
    assert "Vraag 1\nKent u het bericht over clustermunitie1?\n\nAntwoord 1\nJa.\n\nNederland is partij" in raw.text
    assert raw.text.endswith("1 NRC, 1 februari 2024.")
    assert "example.invalid" not in raw.text
    assert "\n1\n" not in raw.text  # the kamernummer line is furniture


def test_kamervragen_meta(tmp_path):
    p = tmp_path / "ah.xml"
    p.write_text(KAMERVRAGEN, encoding="utf-8")
    m = read_file(p).meta
    assert m["chamber"] == "EK"
    assert m["doctype"] == "antwoord_kamervragen"
    assert m["date"] == "2024-03-04"
    assert m["subject"] == "clustermunitie voor Oekraïne"
    assert m["questioners"] == [{"name": "Nicolaï", "party": "PvdD"}, {"name": "Jan de Vries", "party": "SP"}]
    assert m["sender"] == {
        "name": "Schreinemacher",
        "role": "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    }


def test_questions_only(tmp_path):
    text = KAMERVRAGEN
    start, end = (
        text.index('    <kamervraagomschrijving type="antwoord"'),
        text.index("</kamervraagomschrijving>\n    <vraag>"),
    )
    text = text[:start] + text[end + len("</kamervraagomschrijving>\n") :]
    text = "".join(part for part in text.split("\n") if "<antwoord>" not in part)
    p = tmp_path / "vragen.xml"
    p.write_text(text, encoding="utf-8")
    m = read_file(p).meta
    assert m["doctype"] == "kamervragen"
    assert m["date"] == "2024-02-01"
    assert "sender" not in m


KAMERSTUK = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie><kamerstuk>
  <kamerstukkop><tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamerstukkop>
  <dossier><dossiernummer><dossiernr>36 045</dossiernr></dossiernummer><titel>Situatie in Oekraïne</titel></dossier>
  <stuk><stuknr>Nr. <ondernummer kamer="2">123</ondernummer></stuknr>
    <titel>BRIEF VAN DE MINISTER VAN DEFENSIE</titel>
    <algemeen><al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>
      <al>Den Haag, <datum isodatum="2023-01-20">20 januari 2023</datum></al>
      <al>Het kabinet levert Patriot-systemen.</al></algemeen>
    <ondertekening><al>De Minister van Defensie,</al><al><naam><voorletters>K.H. </voorletters><achternaam>Ollongren</achternaam></naam></al></ondertekening>
  </stuk></kamerstuk></officiele-publicatie>"""


def test_kamerstuk(tmp_path):
    p = tmp_path / "kst.xml"
    p.write_text(KAMERSTUK, encoding="utf-8")
    raw = read_file(p)
    assert raw.meta["dossier"] == "36045" and raw.meta["number"] == "123"
    assert raw.meta["doctype"] == "brief" and raw.meta["chamber"] == "TK"
    assert raw.meta["dossier_title"] == "Situatie in Oekraïne"
    assert raw.meta["date"] == "2023-01-20"
    assert "Den Haag, 20 januari 2023\n\nHet kabinet levert Patriot-systemen." in raw.text
    assert raw.text.endswith("De Minister van Defensie,\n\nK.H. Ollongren")


def test_malformed_xml(tmp_path):
    p = tmp_path / "kapot.xml"
    p.write_text(KAMERVRAGEN[: len(KAMERVRAGEN) // 2], encoding="utf-8")
    assert "malformed XML" in input_error(p)


def test_external_entity_is_not_fetched(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIME INHOUD")
    p = tmp_path / "xxe.xml"
    p.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE al [<!ENTITY xxe SYSTEM "file://{secret}">]>
<officiele-publicatie><al>Tekst &xxe; einde</al></officiele-publicatie>""",
        encoding="utf-8",
    )
    raw = read_file(p)
    assert "GEHEIME" not in raw.text
    assert "Tekst" in raw.text


def test_entity_expansion_bomb_is_not_expanded(tmp_path):
    lol = '<!ENTITY a0 "lollollollollollollollollol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    p = tmp_path / "bom.xml"
    p.write_text(f'<?xml version="1.0"?><!DOCTYPE al [{lol}]><al>begin &a9; eind</al>', encoding="utf-8")
    try:
        raw = read_file(p)
    except InputError as e:
        assert "\n" not in str(e)
    else:
        assert len(raw.text) < 1000


def test_dev_corpus_answers_xml(dev_corpus):
    raw = read_file(next(dev_corpus.glob("f_02_*.xml")))
    lines = raw.text.split("\n")
    assert [ln for ln in lines if ln.startswith("Vraag ")] == [f"Vraag {n}" for n in range(1, 10)]
    assert [ln for ln in lines if re.fullmatch(r"Antwoord \d+", ln)] == [f"Antwoord {n}" for n in range(1, 10)]
    m = raw.meta
    assert (m["chamber"], m["doctype"], m["date"], m["subject"]) == (
        "TK",
        "antwoord_kamervragen",
        "2021-06-21",
        "de TOZO",
    )
    assert m["questioners"][1] == {"name": "Romke de Jong", "party": "D66"}
    assert m["sender"] == {"name": "Koolmees", "role": "Minister van Sociale Zaken en Werkgelegenheid"}
    assert "(ontvangen 21 juni 2021)." in raw.text


KV_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie><kamervragen>'
    '<kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Jansen</achternaam></naam> '
    "(SP) over <kamervraagonderwerp>munitie</kamervraagonderwerp> (ingezonden "
    '<datum isodatum="2023-06-20">20 juni 2023</datum>).</kamervraagomschrijving>'
    "<vraag><nr>Vraag 1</nr><al>Klopt het bericht?</al></vraag></kamervragen></officiele-publicatie>"
)


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b"\xc3\xaf\xc2\xbb\xc2\xbf", b"\xc3\xaf\xc2\xbb\xc2\xbf\r\n"])
def test_xml_after_a_single_or_doubly_encoded_byte_order_mark(tmp_path, prefix):
    from armswatch.read import read_file

    p = tmp_path / "kv.xml"
    p.write_bytes(prefix + KV_XML.encode())
    raw = read_file(p)
    assert raw.meta["subject"] == "munitie" and "Klopt het bericht?" in raw.text


def test_handelingen_xml_gives_item_title(tmp_path):
    from armswatch.read import read_file

    p = tmp_path / "h-tk.xml"
    p.write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><handelingen>'
        b"<agendapunt><titel>Stemmingen over moties</titel><al>In stemming komt de motie.</al>"
        b"</agendapunt></handelingen></officiele-publicatie>"
    )
    raw = read_file(p)
    assert raw.meta["doctype"] == "handelingen" and raw.meta["subject"] == "Stemmingen over moties"
