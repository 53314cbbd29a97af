"""armswatch sync end to end: each source's recorded answers (tests/fixtures/sync) served by a
real local HTTP server (tests/sync_support.py), synced into a real store, SQLite and PostgreSQL."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sync_support import Bekendmakingen, FakeServer, Reply, TweedeKamer, Woo, day

from armswatch.store import open_store
from armswatch.sync import sync
from armswatch.sync.http import Client, SyncError, retry_after

ROOT = Path(__file__).resolve().parents[1]
SERVICES = {"tweedekamer": TweedeKamer, "woo": Woo, "officielebekendmakingen": Bekendmakingen}
# how each service's file requests look, and how a request for a further page of a listing looks
FILE = {"tweedekamer": "/resource", "woo": "/attachment/", "officielebekendmakingen": "/frbr/"}
NEXT_PAGE = {"tweedekamer": "$skip", "woo": "start", "officielebekendmakingen": "startRecord"}
TK_FIRST = "/Document(5c1f6a9e-3d1b-4f0e-9a51-6b0d2c7e8f01)/resource"
TK_SECOND = "/Document(7e2a0b4c-8d6f-4a3e-b1c2-9f8e7d6c5b02)/resource"
ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture
def served(request):
    servers: list[FakeServer] = []

    def start(service) -> FakeServer:
        servers.append(FakeServer(service))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def run(name: str, store, server: FakeServer, sleep=None, **options):
    client = Client(delay=0, backoff=0.01, **({"sleep": sleep} if sleep else {}))
    return sync(name, store, base_url=server.base, client=client, **options)


def files_fetched(server: FakeServer, name: str, since: int = 0) -> list[str]:
    return [p for p in server.paths()[since:] if FILE[name] in p]


@pytest.mark.parametrize("name", SERVICES)
def test_a_source_is_synced_page_by_page_and_each_document_keeps_its_origin(name, store, served):
    server = served(SERVICES[name]())
    result = run(name, store, server, since=day(-3))
    assert (result.added, result.failed_count, result.limited) == (3, 0, False)
    # the listing took more than one page (the server gives two results a page)
    assert any(NEXT_PAGE[name] in query and query[NEXT_PAGE[name]] not in ("0", "1") for _, query in server.requests)
    assert len(files_fetched(server, name)) == 3
    ids = [hit["id"] for hit in store.search("", limit=10)["hits"]]
    assert len(ids) == 3
    for doc_id in ids:
        record = store.get(doc_id)
        source = record["source"]
        assert source["sync"] == name and source["url"].startswith(server.root) and source["path"] == source["url"]
        assert ISO_UTC.fullmatch(source["retrieved_at"])
        [origin] = store.origins(doc_id)
        assert origin["source"] == name and origin["url"] == source["url"]
        assert origin["retrieved_at"] == source["retrieved_at"]
    cursor = store.sync_cursor(name, "")
    assert cursor and cursor >= day(-1)

    # a second sync lists from the cursor and fetches nothing
    seen = len(server.requests)
    again = run(name, store, server)
    assert (again.added, again.duplicates, again.failed_count) == (0, 0, 0)
    assert files_fetched(server, name, seen) == []
    assert store.sync_cursor(name, "") == cursor
    [state] = store.sync_states()
    assert (state["runs"], state["added"], state["last_status"]) == (2, 3, "ok")
    assert state["stored_from_source"]["documents"] == 3


def test_an_empty_listing_stores_nothing_and_ends_well(store, served):
    server = served(TweedeKamer(documents=0))
    result = run("tweedekamer", store, server, since=day(-3))
    assert (result.listed, result.added) == (0, 0)
    assert server.paths() == ["/Document"]
    assert store.sync_cursor("tweedekamer", "") is None
    assert store.sync_states()[0]["last_status"] == "ok"


def test_a_429_is_retried_after_the_wait_the_server_asks_for(store, served):
    server = served(TweedeKamer())
    server.fail(TK_FIRST, Reply(429, b"slow down", {"Retry-After": "7"}))
    waits: list[float] = []
    result = run("tweedekamer", store, server, sleep=waits.append, since=day(-3))
    assert result.added == 3
    assert server.paths().count(TK_FIRST) == 2
    assert 7.0 in waits


def test_a_500_on_a_listing_page_is_retried_with_backoff(store, served):
    server = served(Woo())
    server.fail("/zoek", Reply(500, b"oops"), Reply(503, b"oops"))
    waits: list[float] = []
    result = run("woo", store, server, sleep=waits.append, since=day(-3))
    assert result.added == 3
    assert server.paths()[:3] == ["/zoek", "/zoek", "/zoek"]
    assert waits[:2] == [0.01, 0.02]  # backoff doubles


def test_a_server_that_keeps_failing_ends_the_run_with_the_cursor_at_what_was_stored(store, served):
    server = served(TweedeKamer())
    server.fail(TK_SECOND, *[Reply(503)] * 10)
    with pytest.raises(SyncError, match=r"HTTP 503 \(gave up after 6 attempts\)"):
        run("tweedekamer", store, server, sleep=lambda s: None, since=day(-3))
    assert store.stats()["documents"] == 1
    assert store.sync_cursor("tweedekamer", "") == _tk_stamp(0)
    assert "HTTP 503" in store.sync_states()[0]["last_status"]
    # the next run resumes: the stored document is not fetched again
    seen = len(server.requests)
    assert run("tweedekamer", store, server).added == 2
    assert TK_FIRST not in server.paths()[seen:]


def _tk_stamp(index: int) -> str:
    """The cursor after the recorded Tweede Kamer document ``index`` (its GewijzigdOp in UTC)."""
    from sync_support import TweedeKamer as TK

    from armswatch.sync.source import utc_timestamp

    return utc_timestamp(TK()._values()[index]["GewijzigdOp"])


def test_a_file_that_cannot_be_read_is_reported_once_and_not_fetched_again(store, served):
    server = served(Woo())
    broken = "/attachment/4a2b3c4d-5e6f-4071-8293-a4b5c6d7e8b1"
    server.fail(broken, Reply(200, b"%PDF-1.7\nthis is no PDF at all", {"Content-Type": "application/pdf"}))
    result = run("woo", store, server, since=day(-3))
    assert (result.added, result.failed_count) == (2, 1)
    assert result.failed[0][0] == "4a2b3c4d-5e6f-4071-8293-a4b5c6d7e8b1"
    assert store.known_origin("woo", "4a2b3c4d-5e6f-4071-8293-a4b5c6d7e8b1")
    seen = len(server.requests)
    assert run("woo", store, server).failed_count == 0
    assert broken not in server.paths()[seen:]
    [state] = store.sync_states()
    assert state["stored_from_source"]["unreadable"] == 1 and state["last_status"] == "ok"
    assert state["failed"] == 1  # counted in the first run, whose status said so


def test_the_kamers_metadata_fills_only_what_the_text_left_unknown(store, served):
    server = served(TweedeKamer())
    run("tweedekamer", store, server, since=day(-3))
    assert any(q.get("$expand") == "Kamerstukdossier" for _, q in server.requests)
    records = {r["source"]["url"].rsplit("/", 2)[-2]: r for r in map(store.get, _ids(store))}
    motion = records["Document(0d9c8b7a-6f5e-4d3c-a2b1-0f1e2d3c4b03)"]
    assert motion["kamerstuk"] == {"dossier": "36999-X", "number": "14"}  # the motion's text names none
    assert motion["date"] == day(-1)  # nor a date: the Kamer's Datum
    letter = records["Document(5c1f6a9e-3d1b-4f0e-9a51-6b0d2c7e8f01)"]
    assert letter["date"] == "2026-01-05"  # the letter's own date line, not the Kamer's Datum
    assert letter["subject"] == "Levering van luchtverdediging aan Oekraïne"  # its Betreft, not the Onderwerp


def _ids(store) -> list[str]:
    return [hit["id"] for hit in store.search("", limit=10)["hits"]]


def test_a_file_the_service_no_longer_has_is_skipped_not_fatal(store, served):
    server = served(TweedeKamer())
    server.fail(TK_SECOND, Reply(404, b"gone"))
    result = run("tweedekamer", store, server, since=day(-3))
    assert (result.added, result.failed_count) == (2, 1)
    assert "HTTP 404" in result.failed[0][1]
    assert server.paths().count(TK_SECOND) == 1  # a 404 is not retried


def test_limit_stops_after_so_many_files_and_the_next_run_goes_on(store, served):
    server = served(TweedeKamer())
    first = run("tweedekamer", store, server, since=day(-3), limit=1)
    assert (first.added, first.limited) == (1, True)
    assert store.sync_cursor("tweedekamer", "") == _tk_stamp(0)
    rest = run("tweedekamer", store, server)
    assert rest.added == 2 and rest.known == 1


def test_a_response_larger_than_the_bound_is_refused(store, served):
    server = served(TweedeKamer())
    client = Client(delay=0, max_bytes=600)  # the listing pages are larger than that
    with pytest.raises(SyncError, match="more than the 600 bytes allowed"):
        sync("tweedekamer", store, since=day(-3), base_url=server.base, client=client)
    assert store.stats()["documents"] == 0
    # listings that fit and a file that does not: the file is skipped as unreadable
    server.fail(TK_FIRST, Reply(200, b"%PDF-1.7\n" + b"0" * 5000, {"Content-Type": "application/pdf"}))
    client = Client(delay=0, max_bytes=4000)
    result = sync("tweedekamer", store, since=day(-3), base_url=server.base, client=client)
    assert (result.added, result.failed_count) == (2, 1)
    assert "more than the 4000 bytes allowed" in result.failed[0][1]


def test_retry_after_takes_seconds_or_an_http_date():
    assert retry_after("12") == 12.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: no wait
    assert retry_after("soon") is None and retry_after(None) is None


# --- the command line: exit codes, one-line errors, a kill and a resume --------------------


def cli(*args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "armswatch", "sync", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def test_a_malformed_body_is_one_line_exit_1_and_nothing_half_written(store_url, served):
    server = served(TweedeKamer())
    server.fail("/Document", Reply(200, b'{"value": [{"Id": "5c1f', {"Content-Type": "application/json"}))
    proc = cli("tweedekamer", "--since", day(-3), "--db", store_url, "--base-url", server.base, "--delay", "0")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert err.count("\n") == 1 and err.startswith("armswatch: ") and "malformed OData response (not JSON" in err
    assert "Traceback" not in err
    with open_store(store_url) as store:
        assert store.stats()["documents"] == 0
        assert store.sync_cursor("tweedekamer", "") is None
        assert "malformed" in store.sync_states()[0]["last_status"]


def test_a_malformed_second_page_keeps_the_first_pages_documents_whole(store_url, served):
    server = served(Bekendmakingen())
    server.fail("", Reply(200, b"<sru:searchRetrieveResponse><oops", {"Content-Type": "text/xml"}), after=1)
    proc = cli(
        "officielebekendmakingen", "--since", day(-2), "--db", store_url, "--base-url", server.base, "--delay", "0"
    )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "malformed SRU response (not XML" in err and err.count("\n") == 1
    with open_store(store_url) as store:
        ids = [h["id"] for h in store.search("", limit=10)["hits"]]
        assert len(ids) == 2 and all(len(store.origins(i)) == 1 for i in ids)
        assert store.sync_cursor("officielebekendmakingen", "") == day(-2)  # inside the day, not past it


def test_a_killed_sync_resumes_without_fetching_again(store_url, served):
    server = served(TweedeKamer())
    held = server.stall(TK_SECOND)
    proc = cli("tweedekamer", "--since", day(-3), "--db", store_url, "--base-url", server.base, "--delay", "0")
    assert server.reached.wait(60), proc.stderr.read() if proc.poll() is not None else "never reached"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    held.set()
    with open_store(store_url) as store:
        assert store.stats()["documents"] == 1
        [hit] = store.search("", limit=5)["hits"]
        assert store.origins(hit["id"])[0]["url"].endswith(TK_FIRST)
        assert store.sync_cursor("tweedekamer", "") == _tk_stamp(0)
    seen = len(server.requests)
    proc = cli("tweedekamer", "--db", store_url, "--base-url", server.base, "--delay", "0", "--json")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert '"added": 2' in out and '"known": 1' in out
    assert TK_FIRST not in server.paths()[seen:]
    with open_store(store_url) as store:
        assert store.stats()["documents"] == 3


def test_wrong_usage_is_exit_2():
    for args in (["nowhere"], ["woo", "--since", "yesterday"], ["woo", "--limit", "0"]):
        proc = cli(*args)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 2 and err.count("\n") == 1, (args, err)
