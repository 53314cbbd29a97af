"""Browser tests: Playwright drives Debian's headless chromium against a live server.

The server runs uvicorn in a background thread on a free localhost port over a real SQLite
store. Skipped, with the reason, only when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import webdata

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(url: str, token: str | None = None):
    """The app over the store at url, served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from armswatch.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url, token=token), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url = str(tmp_path_factory.mktemp("browser") / "armswatch.db")
    records = webdata.fill(url)
    with running(url) as base:
        yield base, records


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def test_search_open_document_and_see_a_highlighted_fact(server, page):
    base, records = server
    page.goto(base + "/")
    page.get_by_label("Woorden").fill("clustermunitie")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**/?q=clustermunitie*")
    page.get_by_role("link", name="Gebruik van clustermunitie in Oekraïne").click()
    page.wait_for_url(f"**/documents/{records['letter'].id}")
    mark = page.locator("mark#fact-0")
    assert mark.is_visible()
    assert "clustermunitie ingezet bij Charkiv" in mark.inner_text()
    mark.locator("a").click()  # the highlight links to its row in the facts table
    assert page.url.endswith("#fact-row-0")
    row = page.locator("tr#fact-row-0")
    assert "Clustermunitie" in row.inner_text() and "Rusland" in row.inner_text()  # labels, in Dutch


def test_facet_narrows_the_results(server, page):
    base, _ = server
    page.goto(base + "/")
    page.locator(".facets").get_by_role("link", name="Antwoord op Kamervragen").click()
    hits = page.locator("li.hit")
    assert hits.count() == 1 and "chloorpicrine" in hits.first.inner_text()


def test_download_the_facts_csv(server, page):
    base, _ = server
    page.goto(base + "/facts")
    page.get_by_label("Soort").select_option("weapon_use")
    page.get_by_role("button", name="Filteren").click()
    page.wait_for_url("**/facts?*kind=weapon_use*")
    with page.expect_download() as info:
        page.locator("#csv-download").click()
    download = info.value
    assert download.suggested_filename == "armswatch-facts.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == 3 and {r["kind"] for r in rows} == {"weapon_use"}


def test_law_form(server, page):
    from armswatch import law

    if not all(hasattr(law, n) for n in ("party", "count", "assess")):
        pytest.skip("armswatch.law has no party/count/assess in this build")
    base, _ = server
    page.goto(base + "/law?lang=en")  # the English page (the choice is kept in a cookie)
    form = page.get_by_role("form", name="Assess a use of a weapon")
    form.get_by_label("Actor").fill("RUS")
    form.get_by_label("Weapon").select_option("chloropicrin")
    form.get_by_label("On", exact=True).fill("2025-07-04")
    form.get_by_role("button", name="Assess").click()
    page.wait_for_url("**/law?form=assess*")
    result = page.locator("#result")
    expected = law.assess("RUS", "chloropicrin", "2025-07-04")
    assert "Reasoning" in result.inner_text()
    assert expected["reasoning"].split("\n")[0].strip()[:40] in result.inner_text()


def test_hostile_document_script_never_runs(server, page):
    base, records = server
    doc = records["hostile"]
    page.add_init_script("window.__pwned = 0; window.alert = () => { window.__pwned += 1; };")
    page.goto(f"{base}/documents/{doc.id}")
    page.goto(f"{base}/?q=traangas")
    page.goto(f"{base}/facts?kind=weapon_use")
    page.goto(f"{base}/documents/{doc.id}")
    assert page.evaluate("window.__pwned") == 0 and page.dialogs == []
    assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0
    body = page.locator(".body").inner_text()
    assert webdata.HOSTILE_SCRIPT in body  # shown as text
    assert "<b>traangas</b>" in body
    assert page.locator("h1").inner_text() == f"Traangas {webdata.HOSTILE_SCRIPT}"


def test_uploaded_hostile_html_is_read_as_text_and_its_script_never_runs(tmp_path, page):
    hostile = tmp_path / "brief.html"
    hostile.write_text(
        "<html><head><title>Brief</title><script>alert('head')</script></head><body>"
        "<p>Geachte Voorzitter,</p><p>Rusland heeft clustermunitie gebruikt.</p>"
        "<p>&lt;script&gt;alert(3)&lt;/script&gt;</p><img src=x onerror=alert(4)></body></html>",
        encoding="utf-8",
    )
    with running(str(tmp_path / "armswatch.db"), token="s3cret") as base:
        page.add_init_script("window.__pwned = 0; window.alert = () => { window.__pwned += 1; };")
        page.goto(base + "/upload")
        page.get_by_label("Bestand").set_input_files(str(hostile))
        page.get_by_label("Token").fill("s3cret")
        page.get_by_role("button", name="Uploaden").click()
        page.wait_for_url("**/documents/*")
        body = page.locator(".body").inner_text()
        assert "clustermunitie gebruikt" in body and "<script>alert(3)</script>" in body
        assert page.evaluate("window.__pwned") == 0 and page.dialogs == []
        assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0


def test_api_docs_render_from_this_server_alone(server, page):
    base, _ = server
    elsewhere: list[str] = []
    page.on(
        "request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:") else elsewhere.append(r.url)
    )
    page.goto(base + "/api/docs")
    page.locator(".swagger-ui .info .title").wait_for()
    assert "armswatch" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path", has_text="/api/facts").count() >= 1
    assert elsewhere == []
