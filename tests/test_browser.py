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
    records["kamerstuk"] = webdata.untitled_kamerstuk()
    from armswatch.store import open_store

    with open_store(url) as store:
        store.add(records["kamerstuk"])
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
    page.locator("select[name=kind]").select_option("weapon_use")
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


# --- the yardstick of issue 12: phone and desktop, sorting, permalinks, citations, the timeline ---
WIDTHS = (1366, 360)


def _pages(base: str, records) -> list[str]:
    return [
        "/",
        "/?q=clustermunitie",
        "/?q=Kharkiv",
        "/?q=woordzonderuitkomst",
        "/?lang=en",
        "/facts",
        "/facts?kind=aid&sort=quote",
        "/timeline",
        "/timeline?by=both",
        "/law",
        "/law?form=assess&actor=RUS&weapon=chloropicrin&on=2025-07-04",
        "/law?form=count&group=NATO&treaty=CCM&on=2023-10-10",
        *(f"/documents/{r.id}" for r in records.values()),
        "/documents/" + "0" * 64,
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(server, browser, width):
    base, records = server
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    wide = []
    for path in _pages(base, records):
        page.goto(base + path)
        over = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if over > 0:
            wide.append((path, over))
    context.close()
    assert wide == []


def test_on_a_phone_the_results_come_before_the_facets_folded(server, browser):
    base, _ = server
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    for path in ("/?q=clustermunitie", "/facts"):
        page.goto(base + path)
        results, facets = page.locator(".results").bounding_box(), page.locator(".facets").bounding_box()
        assert results["y"] < facets["y"], path
        facet_link = page.locator(".facets li a").first
        assert not facet_link.is_visible()  # folded
        page.locator(".facets summary").click()
        assert facet_link.is_visible()
    page.set_viewport_size({"width": 1366, "height": 800})  # on a desktop they are simply there
    page.goto(base + "/facts")
    assert page.locator(".facets li a").first.is_visible() and not page.locator(".facets summary").is_visible()
    context.close()


def test_the_facts_table_sorts_and_filters(server, page):
    base, _ = server
    page.goto(base + "/facts")
    assert page.locator("#fact-total").inner_text().startswith("5 feiten")
    page.get_by_role("link", name="Citaat").click()  # sort on the quote column
    quotes = page.locator("#facts-table tbody td.quote").all_inner_texts()
    assert quotes == sorted(quotes, key=str.casefold) and len(quotes) == 5
    page.get_by_role("link", name="Citaat ▲").click()  # and the other way round
    assert page.locator("#facts-table tbody td.quote").all_inner_texts() == sorted(quotes, key=str.casefold)[::-1]
    page.get_by_label("Zoek in citaten").fill("waarschijnlijk")
    page.get_by_role("button", name="Filteren").click()
    assert page.locator("#fact-total").inner_text().startswith("1 feit")
    assert "chloorpicrine" in page.locator("#facts-table tbody").inner_text()
    page.goto(base + "/facts")
    page.locator(".facets").get_by_role("link", name="Charkiv").click()  # a facet on place
    assert page.locator("#fact-total").inner_text().startswith("1 feit")
    page.goto(base + "/facts?place=Kharkiv")  # any name of the place
    assert page.locator("#fact-total").inner_text().startswith("1 feit")


def test_a_fact_permalink_lands_on_its_sentence(server, page):
    base, records = server
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(base + "/facts?kind=aid")
    page.locator("#facts-table a.permalink").first.click()
    page.wait_for_url("**/documents/*#s*")
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"[id='{anchor}']")
    assert page.evaluate("location.hash") == "#" + anchor
    mark = target.locator("xpath=following-sibling::mark[1]")
    assert "pantservoertuigen" in mark.inner_text() or "pantservoertuigen" in page.locator(".body").inner_text()
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 640  # scrolled into view


def test_the_cite_line_holds_the_official_identifier(server, page):
    base, records = server
    doc = records["kamerstuk"]
    page.goto(f"{base}/documents/{doc.id}")
    line = page.locator(".cite-line").inner_text()
    assert "Kamerstukken II 2022/23, 36045, nr. 20" in line
    assert "https://zoek.officielebekendmakingen.nl/kst-36045-20" in line
    assert page.locator("h1").inner_text().startswith("Levering van munitie aan Oekraïne")
    with page.expect_download() as info:
        page.get_by_role("link", name="BibTeX").click()
    assert "Kamerstukken II 2022/23, 36045, nr. 20" in Path(info.value.path()).read_text(encoding="utf-8")


def test_the_timeline_marks_link_to_their_facts(server, page):
    base, _ = server
    page.goto(base + "/timeline?by=both")
    assert page.locator(".chart-legend").is_visible()
    links = page.locator("svg.timeline a")
    assert links.count() == 4
    links.first.click()
    page.wait_for_url("**/facts?*month=*")
    assert int(page.locator("#fact-total").inner_text().split()[0]) >= 1
    kinds = page.locator("#facts-table tbody td:nth-child(3)").all_inner_texts()
    assert kinds and set(kinds) <= {"Wapeninzet", "Steun"}


def test_the_timeline_fits_a_phone(server, browser):
    base, _ = server
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(base + "/timeline?by=both")
    box = page.locator("svg.timeline").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    for dot in page.locator("svg.timeline circle").all():  # every mark on screen without scrolling sideways
        b = dot.bounding_box()
        assert 0 <= b["x"] and b["x"] + b["width"] <= 360
    context.close()


def test_english_on_request_and_remembered(server, page):
    base, records = server
    page.goto(base + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(f"{base}/documents/{records['letter'].id}")  # the cookie keeps the choice
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".body").get_attribute("lang") == "nl"  # the document stays Dutch
    assert "14 April 2023" in page.locator("dl.meta").inner_text()
    page.get_by_role("link", name="Nederlands").click()
    assert "14 april 2023" in page.locator("dl.meta").inner_text()
