"""Damaged files of every format: read what is there or say why not, in one line; never crash."""

import random

import pytest
from test_read_docx import make_docx
from test_read_pdf import make_letter
from test_read_xml import KAMERVRAGEN

from armswatch.errors import InputError
from armswatch.read import read_file

HTML = (
    "<html><head><meta charset='utf-8'><title>Motie</title></head><body><div id='broodtekst'>"
    "<p>De Kamer,</p><p>verzoekt de regering om geen clustermunitie te leveren,</p></div></body></html>"
)


def _damage(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    how = rnd.choice(["flip", "cut", "insert"])
    if how == "flip":
        for _ in range(rnd.randint(1, 40)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
    elif how == "cut":
        b = b[: rnd.randrange(1, len(b))]
    else:
        pos = rnd.randrange(len(b))
        b[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 200)))
    return bytes(b)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xml", "html", "txt"])
def test_damaged_files_never_crash(tmp_path, fmt):
    seeds = {
        "pdf": lambda: make_letter(tmp_path / "s.pdf").read_bytes(),
        "docx": lambda: make_docx(tmp_path / "s.docx").read_bytes(),
        "xml": lambda: KAMERVRAGEN.encode("utf-8"),
        "html": lambda: HTML.encode("utf-8"),
        "txt": lambda: "Geachte voorzitter, Oekraïne ontvangt munitie.\n".encode("cp1252") * 20,
    }
    data = seeds[fmt]()
    rnd = random.Random(fmt)
    for i in range(12):
        p = tmp_path / f"kapot{i}.{fmt}"
        p.write_bytes(_damage(data, rnd))
        try:
            raw = read_file(p)
        except InputError as e:
            assert str(e) and "\n" not in str(e)
        else:
            assert raw.format == fmt and raw.text.strip()
