"""Ingest: folders with good and bad files, idempotence, resume after a failure mid-way."""

from __future__ import annotations

import os

import pytest
from store_samples import ANTWOORD, BRIEF, MOTIE, NOTA, SENAAT

from armswatch.ingest import ingest
from armswatch.store import open_store
from armswatch.store.sqlite import SQLiteStore

LETTER_HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2023\n\n"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    for name, text in (
        ("brief.txt", BRIEF),
        ("antwoord.txt", ANTWOORD),
        ("sub/nota.md", NOTA),
        ("sub/motie.txt", MOTIE),
        ("senaat.txt", SENAAT),
    ):
        (d / name).write_text(LETTER_HEAD + text, encoding="utf-8")
    (d / "notes.json").write_text("{}")  # not a document format: ignored in a folder walk
    (d / ".hidden.txt").write_text(BRIEF)  # hidden: ignored
    return d


def add_bad_files(d):
    (d / "leeg.txt").write_bytes(b"")
    (d / "kapot.pdf").write_bytes(b"this is no pdf at all")
    (d / "sub" / "kapot.docx").write_bytes(b"PK\x03\x04 broken zip")


def test_folder_with_bad_files_stores_good_ones_and_lists_bad(folder, tmp_path):
    add_bad_files(folder)
    with open_store(str(tmp_path / "a.db")) as store:
        res = ingest([folder], store, workers=1)
        assert res.added == 5
        assert sorted(p.rsplit("/", 1)[1] for p, _ in res.failed) == ["kapot.docx", "kapot.pdf", "leeg.txt"]
        assert all(reason and "\n" not in reason for _, reason in res.failed)
        assert store.stats()["documents"] == 5
        assert store.search("clustermunitie")["total"] == 2  # the letter and the nota's OCR slip


def test_reingest_adds_nothing_and_same_content_is_one_document(folder, tmp_path):
    (folder / "kopie.txt").write_text(LETTER_HEAD + BRIEF, encoding="utf-8")
    with open_store(str(tmp_path / "a.db")) as store:
        first = ingest([folder], store, workers=1)
        assert (first.added, first.duplicates) == (5, 1)
        again = ingest([folder, folder / "brief.txt"], store, workers=1)
        assert (again.added, again.duplicates, again.unchanged) == (0, 0, 7)
        assert store.stats()["documents"] == 5


def test_missing_path_is_reported(tmp_path):
    with open_store(str(tmp_path / "a.db")) as store:
        res = ingest([tmp_path / "nergens"], store, workers=1)
    assert res.added == 0 and "no such file" in res.failed[0][1]


class DiesAfterFirstBatch(SQLiteStore):
    """A store whose process 'dies' (raises) when the second batch is written."""

    calls = 0

    def add_prepared(self, batch):
        DiesAfterFirstBatch.calls += 1
        if DiesAfterFirstBatch.calls == 2:
            raise KeyboardInterrupt
        return super().add_prepared(batch)


def test_interrupted_ingest_leaves_sound_store_and_rerun_completes(folder, tmp_path):
    db = str(tmp_path / "a.db")
    with pytest.raises(KeyboardInterrupt):
        ingest([folder], DiesAfterFirstBatch(db), workers=1, batch_size=2)
    with open_store(db) as store:
        assert store.stats()["documents"] == 2  # whole batches only
        res = ingest([folder], store, workers=1, batch_size=2)
        assert (res.added, res.unchanged, res.failed) == (3, 2, [])
        assert store.stats()["documents"] == 5
        for hit in store.search("")["hits"]:
            assert store.get(hit["id"])["body"]


def test_parallel_ingest_matches_serial(folder, tmp_path):
    add_bad_files(folder)
    with open_store(str(tmp_path / "serial.db")) as a, open_store(str(tmp_path / "parallel.db")) as b:
        ra = ingest([folder], a, workers=1)
        rb = ingest([folder], b, workers=2, batch_size=2)
        assert (ra.added, ra.failed) == (rb.added, rb.failed)
        assert {h["id"] for h in a.search("")["hits"]} == {h["id"] for h in b.search("")["hits"]}


def test_failures_beyond_the_listed_are_counted(tmp_path, monkeypatch):
    import armswatch.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "MAX_LISTED", 2)
    for i in range(5):
        (tmp_path / f"leeg{i}.txt").write_bytes(b"")
    with open_store(str(tmp_path / "a.db")) as store:
        res = ingest([tmp_path], store, workers=1)
    assert res.failed_count == 5 and len(res.failed) == 2
    assert res.to_dict()["failed_count"] == 5


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_reported(folder, tmp_path):
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        with open_store(str(tmp_path / "a.db")) as store:
            res = ingest([folder], store, workers=1)
        assert res.added == 5 and any("locked" in p for p, _ in res.failed)
    finally:
        locked.chmod(0o755)


def test_a_file_that_kills_its_worker_is_reported_and_the_rest_stored(folder, tmp_path):
    from store_samples import parse_or_crash

    (folder / "crash.txt").write_text(LETTER_HEAD + "Deze brief laat de lezer vastlopen.", encoding="utf-8")
    with open_store(str(tmp_path / "a.db")) as store:
        res = ingest([folder], store, workers=2, batch_size=2, parse=parse_or_crash)
        assert res.added == 5
        assert [p.rsplit("/", 1)[1] for p, _ in res.failed] == ["crash.txt"]
        assert "crashed" in res.failed[0][1]


def many_letters(d, n: int) -> None:
    """More files than one worker task holds, so ingest submits several chunks."""
    for i in range(n):
        text = LETTER_HEAD + BRIEF + f"\n\nDit is brief nummer {i} in de reeks over de steun."
        (d / f"brief{i:02d}.txt").write_text(text, encoding="utf-8")


def test_chunked_parallel_ingest_names_every_failing_file(tmp_path):
    import armswatch.ingest as ingest_mod

    d = tmp_path / "docs"
    d.mkdir()
    many_letters(d, 3 * ingest_mod.CHUNK)
    for i in range(3):  # bad files spread over several chunks
        (d / f"brief{i * ingest_mod.CHUNK + 1:02d}x.txt").write_bytes(b"")
    with open_store(str(tmp_path / "a.db")) as store:
        res = ingest([d], store, workers=2, batch_size=5)
    assert res.added == 3 * ingest_mod.CHUNK
    assert sorted(p.rsplit("/", 1)[1] for p, _ in res.failed) == ["brief01x.txt", "brief09x.txt", "brief17x.txt"]


def test_a_crash_inside_a_chunk_costs_only_the_crashing_file(tmp_path):
    from store_samples import parse_or_crash

    d = tmp_path / "docs"
    d.mkdir()
    many_letters(d, 20)
    (d / "crash.txt").write_text(LETTER_HEAD + BRIEF, encoding="utf-8")
    with open_store(str(tmp_path / "a.db")) as store:
        res = ingest([d], store, workers=2, batch_size=4, parse=parse_or_crash)
        assert res.added == 20
        assert [p.rsplit("/", 1)[1] for p, _ in res.failed] == ["crash.txt"]
        assert store.stats()["documents"] == 20


def test_parallel_ingest_killed_mid_way_resumes(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    many_letters(d, 20)
    db = str(tmp_path / "a.db")
    DiesAfterFirstBatch.calls = 0
    with pytest.raises(KeyboardInterrupt):
        ingest([d], DiesAfterFirstBatch(db), workers=2, batch_size=4)
    with open_store(db) as store:
        assert store.stats()["documents"] == 4  # the first whole batch only
        res = ingest([d], store, workers=2, batch_size=4)
        assert (res.added, res.unchanged, res.failed) == (16, 4, [])
        assert store.stats()["documents"] == 20
