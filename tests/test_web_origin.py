"""The API's document JSON and the document page say where a text came from: read by OCR (which
pages, how sure), and for a Woo bundle which document of the release it is and its decision."""

from bundle_support import make_bundle
from fastapi.testclient import TestClient
from scan_support import OWN_LETTER, scan, typeset

from armswatch.ingest import ingest
from armswatch.store import open_store
from armswatch.web import create_app


def test_ocr_and_bundle_origin_in_the_api_and_on_the_page(tmp_path):
    typeset(tmp_path / "brief.pdf", OWN_LETTER)
    (tmp_path / "in").mkdir()
    scan(tmp_path / "brief.pdf", tmp_path / "in" / "scan.pdf")
    make_bundle(tmp_path / "in" / "woo-besluit.pdf")
    typeset(tmp_path / "in" / "brief.pdf", OWN_LETTER[:-3])  # typed, and not the scan's text (that is stored once)
    db = str(tmp_path / "armswatch.db")
    with open_store(db) as store:
        assert ingest([tmp_path / "in"], store, workers=1).added == 6
    client = TestClient(create_app(db))

    docs = [client.get(f"/api/documents/{h['id']}").json() for h in client.get("/api/search?limit=50").json()["hits"]]
    scanned = next(d for d in docs if d["source"]["name"].endswith("scan.pdf"))
    typed = next(d for d in docs if d["source"]["name"].endswith("brief.pdf"))
    assert scanned["ocr"]["pages"] == [1] and scanned["ocr"]["mean_confidence"] > 70
    assert typed["ocr"] is None and typed["bundle"] is None

    page = client.get(f"/documents/{scanned['id']}?lang=en").text
    assert "text of page 1 read by OCR, mean confidence" in page
    assert "read by OCR" not in client.get(f"/documents/{typed['id']}?lang=en").text

    third = next(d for d in docs if (d["bundle"] or {}).get("number") == "3")
    decision = next(d for d in docs if (d["bundle"] or {}).get("role") == "decision")
    page = client.get(f"/documents/{third['id']}?lang=en").text
    assert "document 3 (Deels openbaar)" in page
    assert f'href="/documents/{decision["id"]}">decision WOO-2024-0117</a>' in page
    assert "decision releasing documents 1, 2, 3" in client.get(f"/documents/{decision['id']}?lang=en").text


def test_an_uploaded_bundle_is_stored_as_its_documents(tmp_path):
    make_bundle(tmp_path / "woo-besluit.pdf")
    client = TestClient(create_app(str(tmp_path / "armswatch.db"), token="s3cret"))
    with open(tmp_path / "woo-besluit.pdf", "rb") as fh:
        r = client.post(
            "/api/documents",
            files={"file": ("woo-besluit.pdf", fh, "application/pdf")},
            headers={"Authorization": "Bearer s3cret"},
        )
    assert r.status_code == 201, r.text
    up = r.json()
    assert [(d["role"], d["number"], d["pages"]) for d in up["documents"]] == [
        ("decision", None, [1, 2]),
        ("document", "1", [3, 4]),
        ("document", "2", [5]),
        ("document", "3", [6]),
    ]
    third = client.get(f"/api/documents/{up['documents'][3]['id']}").json()
    assert third["bundle"]["file"] == "upload:woo-besluit.pdf"
    assert third["bundle"]["decision"]["id"] == up["id"]
