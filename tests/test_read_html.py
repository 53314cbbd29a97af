"""HTML: charset from the page, scripts/styles/nav dropped, blocks as paragraphs, OB meta hints."""

import pytest
from read_support import input_error

from armswatch.errors import InputError
from armswatch.read import read_file
from armswatch.read.html_reader import sniff_charset

PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kamerbrief over steun aan Oekraïne</title>
<style>p { color: red }</style>
<script>var x = "geheim script";</script>
</head><body>
<nav><a href="/">Home</a> &gt; Documenten</nav>
<div class="breadcrumb">U bent hier: Home</div>
<main>
<h1>Steun aan Oekraïne</h1>
<p>Het kabinet levert <b>drie</b> pantserhouwitsers<br>aan Oekraïne.</p>
<!-- een commentaar dat weg moet -->
<ul><li>Eerste punt</li><li>Tweede punt</li></ul>
<table><tr><th>Goederen</th><th>Aantal</th></tr><tr><td>Munitie</td><td>1.000</td></tr></table>
<pre>regel   een
regel twee</pre>
</main>
<footer>Rijksoverheid footer</footer>
</body></html>
"""


def test_cp1252_page_with_meta_charset(tmp_path):
    p = tmp_path / "brief.html"
    p.write_bytes(PAGE.encode("cp1252"))
    raw = read_file(p)
    assert raw.format == "html"
    assert raw.text == (
        "Steun aan Oekraïne\n\nHet kabinet levert drie pantserhouwitsers\naan Oekraïne.\n\n"
        "Eerste punt\n\nTweede punt\n\nGoederen | Aantal\n\nMunitie | 1.000\n\n"
        "regel   een\nregel twee"
    )
    assert raw.meta["title"] == "Kamerbrief over steun aan Oekraïne"


def test_page_wrapped_in_a_form(tmp_path):
    p = tmp_path / "aspx.html"
    p.write_text(
        '<html><body><form id="aspnetForm"><input name="q"><div>'
        "<p>Kamerbrief over munitie.</p></div></form></body></html>",
        encoding="utf-8",
    )
    assert read_file(p).text == "Kamerbrief over munitie."


def test_page_that_lies_about_its_charset(tmp_path):
    p = tmp_path / "leugen.html"
    p.write_bytes(
        '<html><head><meta charset="utf-8"></head><body><p>Steun aan Oekraïne</p></body></html>'.encode("cp1252")
    )
    assert read_file(p).text == "Steun aan Oekraïne"


def test_scripts_styles_comments_nav_dropped(tmp_path):
    p = tmp_path / "brief.html"
    p.write_bytes(PAGE.encode("cp1252"))
    text = read_file(p).text
    for gone in ("geheim script", "color", "commentaar", "Home", "footer"):
        assert gone not in text


def test_body_used_when_no_main(tmp_path):
    p = tmp_path / "kaal.htm"
    p.write_text(
        "<html><body><header>Site</header>Na de kop<h2>Kop</h2>Losse tekst<div>Blok</div>"
        "<footer>Voet</footer></body></html>",
        encoding="utf-8",
    )
    assert read_file(p).text == "Na de kop\n\nKop\n\nLosse tekst\n\nBlok"


@pytest.mark.parametrize(
    "head,expected",
    [
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><html>', "cp1252"),
        (b'<html><head><meta charset="utf-8">', "utf-8"),
        (b"<html><head><meta charset='bogus-enc'>", None),
        (b"\xef\xbb\xbf<html>", "utf-8"),
        (b"<html><head><title>x</title>", None),
    ],
)
def test_sniff_charset(head, expected):
    assert sniff_charset(head) == expected


def test_officielebekendmakingen_meta(tmp_path):
    p = tmp_path / "kst.html"
    p.write_text(
        """<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta name="OVERHEIDop.ondernummer" content="412" />
<meta name="DC.type" scheme="OVERHEIDop.KamerstukTypen" content="Brief" />
<meta name="OVERHEIDop.dossiernummer" content="22 054" />
<meta name="OVERHEIDop.documenttitel" content="Brief van de minister over wapenexport" />
<meta name="OVERHEIDop.indiener" content="W.B. Hoekstra" />
<meta name="OVERHEIDop.dossiertitel" content="Wapenexportbeleid" />
<meta name="DC.creator" scheme="OVERHEID.StatenGeneraal" content="Eerste Kamer der Staten-Generaal" />
<meta name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2023-05-12" />
</head><body><div id="kopregel">Kop van de site</div>
<div id="broodtekst"><p>Hierbij bied ik u het jaarrapport aan.</p></div></body></html>""",
        encoding="utf-8",
    )
    raw = read_file(p)
    assert raw.text == "Hierbij bied ik u het jaarrapport aan."
    assert raw.meta["chamber"] == "EK"
    assert raw.meta["dossier"] == "22054"
    assert raw.meta["number"] == "412"
    assert raw.meta["doctype"] == "brief"
    assert raw.meta["date"] == "2023-05-12"
    assert raw.meta["submitters"] == ["W.B. Hoekstra"]
    assert raw.meta["dossier_title"] == "Wapenexportbeleid"
    assert raw.meta["title"] == "Brief van de minister over wapenexport"


def test_aanhangsel_answer_meta(tmp_path):
    p = tmp_path / "ah.html"
    p.write_text(
        """<html><head>
<meta name="OVERHEIDop.aanhangselNummer" content="1234" />
<meta name="OVERHEIDop.ontvanger" content="R.P. Brekelmans" />
<meta name="OVERHEIDop.datumOntvangst" content="2024-11-04" />
<meta name="DC.type" scheme="OVERHEIDop.AanhangselTypen" content="Antwoord" />
<meta name="DC.creator" content="Tweede Kamer der Staten-Generaal" />
<meta name="DCTERMS.issued" content="2024-11-05" />
</head><body><div id="broodtekst"><h1>Vragen van het lid Boswijk (CDA) aan de minister van Defensie
over munitie (ingezonden 10 oktober 2024).</h1>
<div class="vraag"><h2>Vraag 1</h2><p>Hoeveel granaten zijn geleverd?</p></div>
<div class="antwoord"><h2>Antwoord 1</h2><p>Dat kan ik niet zeggen.</p></div></div></body></html>""",
        encoding="utf-8",
    )
    raw = read_file(p)
    assert raw.meta["doctype"] == "antwoord_kamervragen"
    assert raw.meta["date"] == "2024-11-04"
    assert raw.meta["recipient"] == "R.P. Brekelmans"
    assert raw.meta["aanhangsel_number"] == "1234"
    assert raw.text.startswith(
        "Vragen van het lid Boswijk (CDA) aan de minister van Defensie over munitie "
        "(ingezonden 10 oktober 2024).\n\nVraag 1\n\nHoeveel granaten"
    )


def test_page_without_text(tmp_path):
    p = tmp_path / "leeg.html"
    p.write_text("<html><head><script>alert(1)</script></head><body></body></html>")
    with pytest.raises(InputError) as e:
        read_file(p)
    assert "no text" in str(e.value)


def test_binary_junk_named_html_does_not_crash(tmp_path):
    p = tmp_path / "junk.html"
    p.write_bytes(bytes(range(256)) * 30)
    try:
        read_file(p)
    except InputError as e:
        assert "\n" not in str(e)


def test_dev_corpus_motion_page(dev_corpus):
    raw = read_file(next(dev_corpus.glob("f_03_*.html")))
    assert raw.meta["chamber"] == "TK" and raw.meta["doctype"] == "motie"
    assert (raw.meta["dossier"], raw.meta["number"]) == ("32545", "143")
    assert raw.meta["date"] == "2021-07-06"
    assert len(raw.meta["submitters"]) == 2
    assert raw.text.startswith("32 545 Wet- en regelgeving financiële markten\n\nNr. 143 MOTIE")
    assert "popup" not in raw.text and "en gaat over tot de orde van de dag." in raw.text


def test_format_by_content_when_the_name_says_nothing(tmp_path):
    p = tmp_path / "download"
    p.write_text("<!DOCTYPE html><html><body><p>Motie over landmijnen.</p></body></html>", encoding="utf-8")
    raw = read_file(p)
    assert raw.format == "html" and raw.text == "Motie over landmijnen."
    q = tmp_path / "onbekend.bin"
    q.write_bytes(b"\x00\x01 geen bekend formaat")
    assert "unsupported" in input_error(q)
