"""Woo bundles: a release of three letters with its decision and inventory in one PDF is stored
as three documents, each with its number, its pages and its redacted passages (ground per box
and page), linked to the decision; plus the decision itself."""

import pymupdf
import pytest
from bundle_support import make_bundle
from scan_support import scan

from armswatch.bundle.inventory import rows
from armswatch.bundle.numbers import stamp_number
from armswatch.ingest import ingest
from armswatch.pipeline import extract_records


def stored(store) -> dict[str, dict]:
    """Every stored record of the bundle, keyed by document number ("decision" for the decision)."""
    hits = store.search("", limit=50)["hits"]
    out = {}
    for hit in hits:
        record = store.get(hit["id"])
        out[record["bundle"]["number"] if record["bundle"]["role"] == "document" else "decision"] = record
    return out


def test_bundle_is_stored_as_its_documents_linked_to_the_decision(tmp_path, store):
    make_bundle(tmp_path / "woo-besluit.pdf")
    res = ingest([tmp_path / "woo-besluit.pdf"], store, workers=1)
    assert (res.files, res.added, res.failed_count) == (1, 4, 0)

    docs = stored(store)
    assert sorted(docs) == ["1", "2", "3", "decision"]
    decision = docs.pop("decision")
    assert decision["bundle"] == {
        "file": decision["source"]["path"],
        "role": "decision",
        "pages": [1, 2],
        "documents": ["1", "2", "3"],
    }
    assert decision["reference"] == "WOO-2024-0117" and decision["date"] == "2024-04-02"

    assert {n: d["bundle"]["pages"] for n, d in docs.items()} == {"1": [3, 4], "2": [5], "3": [6]}
    assert {n: d["date"] for n, d in docs.items()} == {"1": "2024-01-12", "2": "2024-01-19", "3": "2024-01-26"}
    for d in docs.values():
        assert d["bundle"]["decision"]["id"] == decision["id"]
        assert d["bundle"]["decision"]["reference"] == "WOO-2024-0117"
        assert "Document" not in d["body"]  # the stamp is not the letter's text
        assert "Jan de Wit" not in d["body"]  # nor is what the boxes hide

    # ground per passage and page: on the box in white, or printed beside it
    passages = {n: [(p["page"], p["woo_article"]) for p in d["bundle"]["passages"]] for n, d in docs.items()}
    assert passages == {"1": [(3, "5.1.2e")], "2": [], "3": [(6, "5.1.2e"), (6, "5.1.2a")]}
    assert {r["woo_article"] for r in docs["3"]["redactions"]} == {"5.1.2a", "5.1.2e"}
    assert docs["3"]["bundle"]["inventory"] == {
        "number": "3",
        "title": "Verslag van het overleg met de ambassade",
        "date": "2024-01-26",
        "judgement": "Deels openbaar",
        "grounds": ["5.1.2a", "5.1.2e"],
        "ids": [],
    }
    assert docs["1"]["facts"], "each letter's facts are read from its own pages"

    again = ingest([tmp_path / "woo-besluit.pdf"], store, workers=1)
    assert (again.added, again.unchanged) == (0, 1)


def test_a_scanned_document_in_the_bundle_is_found_by_its_stamp_and_read_by_ocr(tmp_path):
    make_bundle(tmp_path / "woo-besluit.pdf")
    scan(tmp_path / "woo-besluit.pdf", tmp_path / "scan.pdf")
    bundle = pymupdf.open(tmp_path / "woo-besluit.pdf")
    bundle.delete_page(4)  # document 2 ...
    bundle.insert_pdf(pymupdf.open(tmp_path / "scan.pdf"), from_page=4, to_page=4, start_at=4)  # ... as a scan
    bundle[4].insert_text((480, 40), "Document 2", fontsize=8)  # the stamp the release put on it
    bundle.save(tmp_path / "mixed.pdf")
    docs = {r.bundle.get("number"): r for r in extract_records(tmp_path / "mixed.pdf")}
    assert docs["2"].bundle["pages"] == [5]
    assert docs["2"].ocr["pages"] == [5]
    assert "uitvoervergunning" in docs["2"].body
    assert docs["1"].ocr is None


def test_an_inventory_bound_at_the_end_goes_with_the_decision(tmp_path):
    make_bundle(tmp_path / "woo-besluit.pdf", inventory_last=True)
    records = extract_records(tmp_path / "woo-besluit.pdf")
    assert [(r.bundle["role"], r.bundle.get("number"), r.bundle["pages"]) for r in records] == [
        ("decision", None, [1, 6]),
        ("document", "1", [2, 3]),
        ("document", "2", [4]),
        ("document", "3", [5]),
    ]
    assert records[3].bundle["inventory"]["judgement"] == "Deels openbaar"


def test_pages_stamped_with_a_bare_document_id_at_the_top(tmp_path):
    # an id of five or more digits at the top of each page; the page number "2" up there is no id
    doc = pymupdf.open()
    for stamp, text in (
        ("204711", "levering van munitie"),
        ("2", "de levering gaat door"),
        ("204712", "de vergunning"),
    ):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 40), stamp, fontsize=8)
        page.insert_text((60, 120), f"Het kabinet bericht over {text} aan Oekraïne in 2024.", fontsize=10)
    doc.save(tmp_path / "release.pdf")
    records = extract_records(tmp_path / "release.pdf")
    assert [(r.bundle["number"], r.bundle["pages"]) for r in records] == [("204711", [1, 2]), ("204712", [3])]
    assert all("204711" not in r.body and "204712" not in r.body for r in records)


def test_a_file_with_one_document_number_is_not_a_bundle(tmp_path):
    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page()
        page.insert_text((480, 40), "Document 7", fontsize=8)
        page.insert_text((60, 100), "Het kabinet levert munitie aan Oekraïne.", fontsize=10)
    doc.save(tmp_path / "een.pdf")
    (record,) = extract_records(tmp_path / "een.pdf")
    assert record.bundle is None


@pytest.mark.parametrize(
    "line, number",
    [
        ("Document 12", "12"),
        ("Documentnummer: 007", "7"),
        ("Doc.nr. 3.1", "3.1"),
        ("Nr. 4", "4"),
        ("Document 3 bevat de afspraken over de levering", None),
        ("Bijlage 2", None),
    ],
)
def test_stamps(line, number):
    assert stamp_number(line) == number


def test_inventory_rows_take_date_judgement_and_grounds_from_any_column():
    text = (
        "Inventarislijst besluit WOO-2024-0117\n"
        "Nr. Document Datum Beoordeling Grond\n"
        "1 204711 E-mail over transport 3 februari 2024 Niet openbaar 5.1.2a 5.1.2e\n"
        "2 Verslag overleg Reeds openbaar\n"
        "12\n"
    )
    got = [(r.number, r.title, r.date, r.judgement, r.grounds, r.ids) for r in rows(text)]
    assert got == [
        ("1", "E-mail over transport", "2024-02-03", "Niet openbaar", ["5.1.2a", "5.1.2e"], ["204711"]),
        ("2", "Verslag overleg", None, "Reeds openbaar", [], []),
    ]
