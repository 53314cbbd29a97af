"""`armswatch law import FILE` and `armswatch law sources`: the refresh path a user runs.

The UN Treaty Collection parser is tested on real stored excerpts of status pages (see
tests/fixtures/law/ORIGIN.md); the import runs as a real subprocess on a copy of the law data
(ARMSWATCH_LAW_DATA), so the package's own files are never touched."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from armswatch.errors import InputError
from armswatch.law import data, untc

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "law"
STATUS_2015 = FIXTURES / "untc-XXVI-8-status-2015-07-01.txt"
MTDSG = FIXTURES / "untc-XXVI-8-mtdsg-xml.txt"
CCW_MTDSG = FIXTURES / "untc-XXVI-2-mtdsg-xml.txt"

TRB = """Tractatenblad van het Koninkrijk der Nederlanden

Verdrag inzake clustermunitie; Dublin, 30 mei 2008

E. PARTIJGEGEVENS

Partij | Ondertekening | Ratificatie | Type* | In werking | Opzegging | Buiten werking

Chili | 03-12-08 | 16-12-10 | R | 01-06-11 | |

Litouwen | 03-12-08 | 24-03-11 | R | 01-09-11 | 06-09-24 | 06-03-25

* R=Bekrachtiging, T=Toetreding

F. VOORLOPIGE TOEPASSING

Niet van toepassing.
"""


# --- the parser, on real stored pages ------------------------------------------------------------


def test_a_status_page_saved_as_text_gives_each_participants_instruments():
    page = untc.parse(STATUS_2015.read_text(encoding="utf-8"))
    assert page.treaty == "ATT" and page.as_at == date(2015, 7, 1) and not page.unknown_names
    rows = {r.state: r for r in page.rows}
    assert len(rows) == 16
    assert (rows["ALB"].signature, rows["ALB"].deposit, rows["ALB"].kind) == (
        date(2013, 6, 3),
        date(2014, 3, 19),
        "ratification",
    )
    # a provisional application (n) is not the ratification; a lone date is a signature
    assert rows["ATG"].deposit == date(2013, 8, 12) and rows["AND"].deposit is None
    assert rows["AND"].signature == date(2014, 12, 18)
    assert rows["BIH"].deposit == date(2014, 9, 25)


def test_the_mtdsg_text_whose_cells_run_together_reads_the_same():
    page = untc.parse(MTDSG.read_text(encoding="utf-8"))
    rows = {r.state: r for r in page.rows}
    assert page.treaty == "ATT" and len(rows) == 21
    assert (rows["AFG"].signature, rows["AFG"].deposit, rows["AFG"].kind) == (None, date(2020, 7, 29), "accession")
    assert rows["BWA"].kind == "accession" and rows["AND"].deposit == date(2022, 12, 2)
    assert rows["BDI"].deposit is None and rows["BDI"].signature == date(2013, 6, 3)


def test_the_ccw_page_is_told_from_its_protocols_and_agrees_with_the_records():
    page = untc.parse(CCW_MTDSG.read_text(encoding="utf-8"))
    assert page.treaty == "CCW" and len(page.rows) == 11
    for r in page.rows:
        record = data.participations()[("CCW", r.state)]
        assert (record.deposit, record.signature) == (r.deposit, r.signature), r
    afg = next(r for r in page.rows if r.state == "AFG")
    assert (afg.signature, afg.deposit, afg.kind) == (date(1981, 4, 10), date(2017, 8, 9), "ratification")


def test_the_html_table_is_read_cell_by_cell():
    page = untc.parse((FIXTURES / "untc-ATT-rows.html").read_text(encoding="utf-8"))
    assert [r.state for r in page.rows] == ["ALB", "AND", "ATG", "BIH"]


def test_every_deposit_of_the_stored_pages_agrees_with_the_records():
    for path in (STATUS_2015, MTDSG):
        for r in untc.parse(path.read_text(encoding="utf-8")).rows:
            record = data.participations()[("ATT", r.state)]
            assert record.deposit == r.deposit or (r.deposit is None and path == STATUS_2015), r


def test_a_page_without_a_participant_table_is_bad_input():
    with pytest.raises(InputError):
        untc.parse("<html><body>Treaty Collection</body></html>")


# --- the command, on a copy of the data --------------------------------------------------------


@pytest.fixture
def law_copy(tmp_path):
    copy = tmp_path / "law"
    shutil.copytree(Path(str(data.law_dir())), copy)
    return copy


def run(copy: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ARMSWATCH_LAW_DATA": str(copy)}
    return subprocess.run(
        [sys.executable, "-m", "armswatch", "law", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def rows_of(copy: Path, treaty: str) -> dict[str, dict]:
    with open(copy / "parties" / f"{treaty}.csv", encoding="utf-8") as fh:
        return {r["state"]: r for r in csv.DictReader(fh)}


def spoil(copy: Path) -> None:
    """Records that a user's list will correct: a deposit known to the year, one wrong day, one state missing."""
    path = copy / "parties" / "ATT.csv"
    with open(path, encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, [r for r in reader if r["state"] != "AFG"]
    for r in rows:
        if r["state"] == "BEN":
            r["deposit"] = "2016"
        if r["state"] == "BRA":
            r["deposit"] = "2018-08-15"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def test_import_shows_the_differences_and_writes_nothing_when_declined(law_copy):
    spoil(law_copy)
    before = (law_copy / "parties" / "ATT.csv").read_bytes()
    out = run(law_copy, "import", str(MTDSG), stdin="n\n")
    assert out.returncode == 0, out.stderr
    assert "AFG" in out.stdout and "BEN" in out.stdout and "BRA" in out.stdout
    assert "not written" in out.stderr
    assert (law_copy / "parties" / "ATT.csv").read_bytes() == before


def test_import_writes_after_confirmation_and_a_second_run_changes_nothing(law_copy):
    spoil(law_copy)
    out = run(law_copy, "import", str(MTDSG), "--json", "--yes")
    assert out.returncode == 0, out.stderr
    changes = {(c["state"], c["field"]) for c in json.loads(out.stdout)["changes"]}
    assert {("AFG", "new"), ("BEN", "deposit"), ("BRA", "deposit")} <= changes
    rows = rows_of(law_copy, "ATT")
    assert rows["AFG"]["deposit"] == "2020-07-29" and rows["AFG"]["deposit_kind"] == "accession"
    assert rows["BEN"]["deposit"] == "2016-11-07" and rows["BEN"]["confirmed"] == "yes"
    assert rows["BRA"]["deposit"] == "2018-08-14" and "was 2018-08-15" in rows["BRA"]["note"]
    # the engine reads the written copy
    party = run(law_copy, "party", "BEN", "ATT", "--on", "2017-02-05", "--json")
    assert json.loads(party.stdout)["party"] is True and json.loads(party.stdout)["since"] == "2017-02-05"
    again = run(law_copy, "import", str(MTDSG), "--json", "--yes")
    assert json.loads(again.stdout)["changes"] == []


def test_an_older_list_never_drops_a_later_deposit(law_copy):
    # the 2015 page shows Benin and Brazil as signatories only: their later ratifications stay
    out = run(law_copy, "import", str(STATUS_2015), "--json", "--yes")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert any(c.startswith("BEN:") for c in report["conflicts"])
    assert rows_of(law_copy, "ATT")["BEN"]["deposit"] == "2016-11-07"


def test_a_tractatenblad_party_table_is_read_by_the_extract_stage(law_copy, tmp_path):
    trb = tmp_path / "trb-2025-99.txt"
    trb.write_text(TRB, encoding="utf-8")
    path = law_copy / "parties" / "CCM.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("CHL,2008-12-03,2010-12-16", "CHL,2008-12-03,2010"))
    out = run(law_copy, "import", str(trb), "--json", "--yes")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["treaty"] == "CCM" and report["changes"] == [
        {"state": "CHL", "field": "deposit", "old": "2010", "new": "2010-12-16"}
    ]
    assert rows_of(law_copy, "CCM")["CHL"]["source"].endswith("trb-2025-99")


@pytest.mark.parametrize(
    "content, message", [("just some text", "neither"), ("Participant\n3 Jun 2013\n", "status page")]
)
def test_a_bad_file_is_one_line_on_stderr_and_exit_1(law_copy, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    out = run(law_copy, "import", str(bad), "--yes")
    assert out.returncode == 1 and message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_sources_lists_each_treatys_records_with_their_check_dates(law_copy):
    out = run(law_copy, "sources", "--json")
    assert out.returncode == 0, out.stderr
    by_treaty = {t["treaty"]: t for t in json.loads(out.stdout)}
    assert set(by_treaty) == set(data.TREATY_IDS)
    att = by_treaty["ATT"]
    windows = sum(1 for r in rows_of(law_copy, "ATT").values() if r["deposit"] and len(r["deposit"]) != 10)
    assert att["rows"] == sum(s["rows"] for s in att["sources"]) and att["day_not_recorded"] == windows > 0
    assert all(s["checked_first"] <= s["checked_last"] for s in att["sources"])
    assert by_treaty["GP1925"]["complete"] is False
