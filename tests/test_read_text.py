"""Plain text and Markdown: encodings are detected, bad bytes never crash, junk is refused."""

import pytest
from read_support import input_error

from armswatch.read import looks_binary, read_file
from armswatch.read.readers import decode_bytes

LETTER = "Geachte voorzitter,\n\nDe steun aan Oekraïne – € 5 mln – wordt voortgezet.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings_round_trip(tmp_path, encoding):
    data = LETTER.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff") + data
    p = tmp_path / "brief.txt"
    p.write_bytes(data)
    raw = read_file(p)
    assert raw.text == LETTER
    assert raw.format == "txt"
    assert raw.page_starts == [0]


def test_cp1252_short_word_is_not_misdetected():
    assert decode_bytes("Oekraïne".encode("cp1252")) == "Oekraïne"
    assert decode_bytes("café “citaat”".encode("cp1252")) == "café “citaat”"


def test_utf16_without_bom():
    assert decode_bytes(LETTER.encode("utf-16-le")) == LETTER
    assert decode_bytes(LETTER.encode("utf-16-be")) == LETTER


def test_invalid_bytes_are_replaced_not_fatal(tmp_path):
    p = tmp_path / "kapot.md"
    # mostly UTF-8 with a stray byte cp1252 leaves undefined
    p.write_bytes("Oekraïne levert".encode() + b"\x81\x8d" + b" munitie.")
    raw = read_file(p)
    assert raw.format == "md"
    assert "munitie" in raw.text


def test_crlf_becomes_newline(tmp_path):
    p = tmp_path / "brief.txt"
    p.write_bytes(b"regel een\r\nregel twee\rregel drie\r\n")
    assert read_file(p).text == "regel een\nregel twee\nregel drie\n"


def test_binary_junk_named_txt(tmp_path):
    import random

    rnd = random.Random(7)
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(rnd.randrange(256) for _ in range(5000)))
    assert "binary" in input_error(p)


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    assert "empty" in input_error(tmp_path / "leeg.txt")
    (tmp_path / "wit.txt").write_bytes(b"  \n\n\t ")
    assert "no text" in input_error(tmp_path / "wit.txt")


def test_missing_unsupported_and_newline_in_name(tmp_path):
    assert "no such file" in input_error(tmp_path / "weg.txt")
    (tmp_path / "a.rtf").write_text("x")
    assert "unsupported" in input_error(tmp_path / "a.rtf")
    odd = tmp_path / "twee\nregels.txt"
    odd.write_bytes(b"")
    input_error(odd)


def test_cli_bad_input_exits_1_with_one_line(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 20)
    root = Path(__file__).resolve().parents[1]
    r = subprocess.run(
        [sys.executable, "-m", "armswatch", "extract", str(p), "--json"],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root)},
    )
    assert r.returncode == 1
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "binary" in r.stderr


def test_garbled_text_counts_as_binary():
    assert looks_binary("\ufffd\ufffd x \ufffd" * 50)
    assert not looks_binary(LETTER * 50)


def test_oversized_file_refused_without_reading_it(tmp_path):
    from armswatch.read import MAX_FILE_BYTES

    p = tmp_path / "groot.pdf"
    with p.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    assert "too large" in input_error(p)


def test_oversized_markup_refused(tmp_path):
    from armswatch.read import MAX_MARKUP_BYTES

    p = tmp_path / "groot.xml"
    with p.open("wb") as f:
        f.truncate(MAX_MARKUP_BYTES + 1)
    assert "too large" in input_error(p)


def test_directory_is_not_a_file(tmp_path):
    d = tmp_path / "map.txt"
    d.mkdir()
    assert "not a regular file" in input_error(d)


def test_markdown_markup_goes_content_stays(tmp_path):
    p = tmp_path / "woo.md"
    p.write_text(
        "# Besluit op uw Woo-verzoek #\n\n**Ministerie van Defensie**\n\n"
        "> Retouradres Postbus 20701\n\nVan: [5.1.2e], directie *Juridische Zaken*\n"
        "Zie [de brief](https://example.org/brief_(1).pdf) en `BS2023012345`.\n\n---\n\n"
        "Het bestand heet ah_tk_2023 en kost 5 \\* 3 euro.<!-- concept -->\n",
        encoding="utf-8",
    )
    assert read_file(p).text == (
        "Besluit op uw Woo-verzoek\n\nMinisterie van Defensie\n\n"
        "> Retouradres Postbus 20701\n\nVan: [5.1.2e], directie Juridische Zaken\n"
        "Zie de brief en BS2023012345.\n\n\n\n"
        "Het bestand heet ah_tk_2023 en kost 5 * 3 euro.\n"
    )
