"""The store commands end to end: ingest, search, facts, stats, and their exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_samples import BRIEF, NOTA, samples
from typer.testing import CliRunner

from armswatch.cli import app
from armswatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command line (main(): one-line errors and exit codes)."""
    return subprocess.run(
        [sys.executable, "-m", "armswatch", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=600,
    )


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        store.add_many(samples())
    return path


def test_ingest_prints_summary_and_is_idempotent(tmp_path):
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "b.md").write_text(NOTA, encoding="utf-8")
    db = str(tmp_path / "x.db")
    first = run_cli("ingest", str(tmp_path), "--db", db, "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert "2 new documents" in first.stdout
    again = run_cli("ingest", str(tmp_path), "--db", db, "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["added"] == 0
    stats = json.loads(run_cli("stats", "--json", "--db", db).stdout)
    assert stats["documents"] == 2


def test_ingest_bad_files_exit_1_and_listed(tmp_path):
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "leeg.txt").write_bytes(b"")
    db = str(tmp_path / "x.db")
    r = run_cli("ingest", str(tmp_path), "--db", db, "--workers", "1")
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "leeg.txt" in r.stderr and "Traceback" not in r.stderr
    assert "1 new documents" in r.stdout
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.7 and then nothing")
    r = run_cli("ingest", str(tmp_path), "--db", db, "--workers", "1")
    assert r.returncode == 1 and "2 files could not be ingested" in r.stderr
    assert "leeg.txt" in r.stderr and "kapot.pdf" in r.stderr and "Traceback" not in r.stderr


def test_ingest_into_unusable_store_is_one_line_error(tmp_path):
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"definitely not sqlite" * 100)
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    r = run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(bad))
    assert r.returncode == 1
    assert r.stderr.startswith("armswatch: ") and len(r.stderr.strip().splitlines()) == 1


def test_search_json_and_text(db):
    runner = CliRunner()
    r = runner.invoke(app, ["search", "clusterbommen", "--json", "--db", db])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["hits"][0]["subject"] == "Inzet van clustermunitie"
    for key in ("id", "date", "type", "snippet", "highlights", "score"):
        assert key in res["hits"][0]
    r = runner.invoke(app, ["search", "Rusland", "--type", "antwoord_kamervragen", "--from", "2022", "--db", db])
    assert r.exit_code == 0 and "vacuümbommen" in r.output and "clustermunitie" not in r.output


def test_search_usage_errors_exit_2(db):
    for args in (["search", "wapen", "--type", "brief"], ["search", "AND OR"], ["search", "x", "--from", "gisteren"]):
        r = run_cli(*args, "--db", db)
        assert r.returncode == 2, args
        assert r.stderr.startswith("armswatch: ") and "Traceback" not in r.stderr


def test_facts_json_csv_and_filters(db):
    runner = CliRunner()
    r = runner.invoke(app, ["facts", "--kind", "weapon_use", "--weapon", "cluster_munition", "--json", "--db", db])
    assert r.exit_code == 0, r.output
    facts = json.loads(r.output)
    assert len(facts) == 1 and facts[0]["actor"] == "RUS" and facts[0]["document_date"] == "2023-03-03"
    r = runner.invoke(app, ["facts", "--csv", "--db", db])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert len(rows) == 5 and {row["kind"] for row in rows} == {"weapon_use", "figure", "treaty_status", "aid"}
    assert all(row["document_title"] for row in rows) and "document_url" in rows[0]  # how to cite each fact
    r = runner.invoke(app, ["facts", "--actor", "UKR", "--db", db])
    assert r.exit_code == 0 and "aid" in r.output


def test_stats_text_and_env_default(db, tmp_path):
    r = run_cli("stats", env={"ARMSWATCH_DB": db})
    assert r.returncode == 0 and "documents: 5" in r.stdout
    assert json.loads(run_cli("stats", "--json", "--db", db).stdout)["by_type"]["kamerbrief"] == 2


def test_killed_ingest_leaves_sound_store_and_rerun_completes(tmp_path):
    """SIGKILL an ingest once its first batches are committed; the store stays consistent
    and the same command completes it without duplicates."""
    import signal
    import sqlite3
    import time

    folder = tmp_path / "docs"
    folder.mkdir()
    n = 40
    for i in range(n):
        (folder / f"brief{i:03d}.txt").write_text(f"{BRIEF}\n\nDit is de {i}e brief in deze reeks.\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    args = [sys.executable, "-m", "armswatch", "ingest", str(folder), "--db", db, "--workers", "1", "--batch", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stored() -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
                return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 600  # a bound on waiting, not a speed assertion
    while proc.poll() is None and stored() < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert docs % 2 == 0 or docs == n  # whole batches only
    assert con.execute("SELECT count(*) FROM texts").fetchone()[0] == docs
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == docs
    con.close()
    again = run_cli("ingest", str(folder), "--db", db, "--workers", "1", "--json")
    assert again.returncode == 0, again.stderr
    res = json.loads(again.stdout)
    assert res["added"] == n - docs and res["unchanged"] == docs
    assert json.loads(run_cli("stats", "--json", "--db", db).stdout)["documents"] == n


def test_reading_a_missing_store_is_an_error_not_a_new_file(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (["stats"], ["search", "wapen"], ["facts"]):
        r = run_cli(*args, "--db", str(missing))
        assert r.returncode == 1 and "no store at" in r.stderr and "Traceback" not in r.stderr
    assert not missing.exists()


def test_facts_csv_neutralises_formulas(tmp_path):
    from store_samples import fact, record

    body = '=HYPERLINK("http://x") staat in de brief. Rusland zette clustermunitie in bij Charkiv.'
    rec = record(
        body,
        lambda b: [fact(b, '=HYPERLINK("http://x") staat in de brief.', "figure", value=1, unit="-1+1", about=None)],
        type="kamerbrief",
    )
    db = str(tmp_path / "f.db")
    with open_store(db) as store:
        store.add(rec)
    r = CliRunner().invoke(app, ["facts", "--csv", "--db", db])
    row = next(csv.DictReader(io.StringIO(r.output)))
    assert row["quote"].startswith("'=") and row["unit"] == "'-1+1"


def test_search_text_says_when_ranking_is_bounded(db, monkeypatch):
    import armswatch.store.results as results

    runner = CliRunner()
    exact = runner.invoke(app, ["search", "clustermunitie", "--db", db])
    assert exact.exit_code == 0 and "rank them all" not in exact.output
    monkeypatch.setattr(results, "RANK_CAP", 1)
    capped = runner.invoke(app, ["search", "clustermunitie", "--db", db])
    assert capped.exit_code == 0 and "rank them all" in capped.output
    out = runner.invoke(app, ["search", "clustermunitie", "--db", db, "--json"])
    assert json.loads(out.output)["ranking_exact"] is False


def test_search_text_says_when_the_total_is_estimated(db, monkeypatch):
    import armswatch.store.results as results

    runner = CliRunner()
    monkeypatch.setattr(results, "FACET_CAP", 0)
    monkeypatch.setattr(results, "RANK_CAP", 0)
    about = runner.invoke(app, ["search", "clustermunitie OR Oekraïne", "--db", db])
    assert about.exit_code == 0 and "about " in about.output and "--exact-total" in about.output
    counted = runner.invoke(app, ["search", "clustermunitie OR Oekraïne", "--db", db, "--exact-total", "--json"])
    assert json.loads(counted.output)["total_exact"] is True


def test_workers_of_a_killed_ingest_end_with_it(tmp_path):
    """SIGKILL the ingest command while its worker processes run: they must not live on."""
    import signal
    import time

    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(400):
        (folder / f"brief{i:03d}.txt").write_text(f"{BRIEF}\n\nBrief {i}.\n", encoding="utf-8")
    args = [sys.executable, "-m", "armswatch", "ingest", str(folder), "--db", str(tmp_path / "w.db"), "--workers", "2"]
    proc = subprocess.Popen(
        args,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def children() -> set[int]:
        kids: set[int] = set()
        for task in Path(f"/proc/{proc.pid}/task").glob("*"):
            kids |= {int(k) for k in (task / "children").read_text().split()}
        return kids

    deadline = time.monotonic() + 300  # bounds on waiting, not speed assertions
    workers: set[int] = set()
    while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
        workers |= children()
        time.sleep(0.05)
    assert len(workers) >= 2, "the ingest started its workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] != "Z"
        except OSError:
            return False

    gone = time.monotonic() + 30
    while any(alive(w) for w in workers) and time.monotonic() < gone:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers), "orphaned workers"
