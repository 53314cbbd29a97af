"""The web layer's library pieces: fact highlighting, timeline, CSV, parameter checks, upload checks."""

from __future__ import annotations

import csv
import io
import re

import pytest
import webdata

from armswatch.errors import InputError, UsageError
from armswatch.export import COLUMNS, facts_csv
from armswatch.web import params
from armswatch.web.highlight import highlight, mark_ranges
from armswatch.web.timeline import fact_month, render_svg, timeline
from armswatch.web.upload import check_type, safe_name, save_bounded


def _text(html: str) -> str:
    """The visible text of highlighted HTML: tags dropped, entities decoded."""
    import html as h

    return h.unescape(re.sub(r"<[^>]+>", "", html))


# --- highlight ---------------------------------------------------------------------------------
def test_highlight_marks_each_fact_and_links_its_row():
    rec = webdata.letter().to_dict()
    html = str(highlight(rec["body"], rec["facts"]))
    for i, f in enumerate(rec["facts"]):
        assert f'<mark id="fact-{i}"' in html
        assert f'href="#fact-row-{i}"' in html
        assert f'id="s{f["span"][0]}-{f["span"][1]}"' in html
    assert _text(html) == rec["body"]


def test_highlight_escapes_document_text():
    rec = webdata.hostile().to_dict()
    html = str(highlight(rec["body"], rec["facts"]))
    assert "<script>" not in html and "<b>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert _text(html) == rec["body"]


def test_overlapping_and_nested_spans_stay_well_formed():
    body = "abcdefghij"
    facts = [
        {"kind": "weapon_use", "span": [0, 6]},
        {"kind": "aid", "span": [3, 9]},
        {"kind": "figure", "span": [4, 5]},
        {"kind": "figure", "span": [0, 6]},
    ]
    html = str(highlight(body, facts))
    assert _text(html) == body
    # tags open and close in order: never crossed
    stack = []
    for closing, tag in re.findall(r"<(/?)(mark|a)\b", html):
        if closing:
            assert stack.pop() == tag
        else:
            stack.append(tag)
    assert not stack
    for i in range(4):
        assert f'id="fact-{i}"' in html
    assert html.count('id="fact-0"') == 1 and html.count('id="s0-6"') == 1


@pytest.mark.parametrize("span", [None, [5], [8, 3], [-4, 2], [2, 99], ["a", "b"], [True, 3]])
def test_bad_spans_are_skipped_or_clamped(span):
    body = "Nederland levert steun."
    html = str(highlight(body, [{"kind": "aid", "span": span}]))
    assert _text(html) == body


def test_mark_ranges_for_snippets():
    assert str(mark_ranges("a <b> c", [[2, 5]])) == "a <mark>&lt;b&gt;</mark> c"
    assert str(mark_ranges("x & y", None)) == "x &amp; y"


# --- timeline -----------------------------------------------------------------------------------
def _facts():
    out = []
    for rec in webdata.all_records():
        for f in rec.to_dict()["facts"]:
            out.append({**f, "document_date": rec.structure.date})
    return out


def test_fact_month_prefers_the_claims_own_month():
    assert fact_month({"kind": "weapon_use", "when": "2023-03", "document_date": "2023-04-14"}) == "2023-03"
    assert fact_month({"kind": "weapon_use", "when": "2024", "document_date": "2024-06-03"}) == "2024-06"
    assert fact_month({"kind": "aid", "when": "2020-01", "document_date": "2023-04-14"}) == "2023-04"
    assert fact_month({"kind": "aid", "document_date": None}) is None
    assert fact_month({"kind": "weapon_use", "when": "2024-13", "document_date": None}) is None


def test_timeline_lanes_by_weapon_and_by_actor():
    data = timeline(_facts(), "weapon")
    labels = {lane["label"]: lane for lane in data["lanes"]}
    assert labels["use: cluster_munition"]["counts"] == {"2023-03": 1}
    assert labels["use: chloropicrin"]["counts"] == {"2024-06": 1}
    assert labels["support to UKR"]["kind"] == "aid"
    assert data["months"][0] == "2023-03" and data["months"][-1] == "2024-06" and len(data["months"]) == 16
    by_actor = {lane["label"]: lane["total"] for lane in timeline(_facts(), "actor")["lanes"]}
    assert by_actor == {"use: RUS": 2, "use: UNKNOWN": 1, "support from NLD": 1}
    both = {lane["label"] for lane in timeline(_facts(), "both")["lanes"]}
    assert {"use: cluster_munition · RUS", "use: chloropicrin · RUS", "support: NLD → UKR"} <= both
    with pytest.raises(ValueError):
        timeline([], "place")


def test_svg_escapes_labels_and_draws_a_dot_per_count():
    data = timeline([{"kind": "weapon_use", "weapon": "x", "actor": "<script>", "when": "2024-01"}], "actor")
    svg = str(render_svg(data))
    assert svg.startswith("<svg") and "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count("<circle") == 1
    assert "No dated" in str(render_svg(timeline([], "weapon")))


# --- CSV ----------------------------------------------------------------------------------------
def test_csv_has_fixed_columns_and_neutralises_formulas():
    rows = [
        {
            "kind": "figure",
            "value": -3,
            "unit": '=HYPERLINK("x")',
            "about": None,
            "quote": "+1 stuk",
            "span": [4, 11],
            "document_id": "ab",
            "document_date": "2024-01-01",
        },
        {"kind": "aid", "items": ["F-16", "munitie"], "quote": "q", "span": [0, 1]},
    ]
    parsed = list(csv.reader(io.StringIO(facts_csv(rows))))
    assert parsed[0] == COLUMNS
    first = dict(zip(COLUMNS, parsed[1]))
    assert first["value"] == "-3" and first["unit"].startswith("'=") and first["quote"] == "'+1 stuk"
    assert first["span_start"] == "4" and first["document_id"] == "ab"
    assert dict(zip(COLUMNS, parsed[2]))["items"] == "F-16; munitie"


# --- parameters ---------------------------------------------------------------------------------
def test_params_clean_or_refuse():
    assert params.text("  a\x00b\n ", "q") == "a b"
    assert params.text("   ", "q") is None
    with pytest.raises(UsageError, match="too long"):
        params.text("x" * 501, "q", 500)
    assert params.iso_date("2024-02-29", "from") == "2024-02-29"
    for bad in ("2023-02-29", "24-1-1", "yesterday", "2024-01-01T00:00"):
        with pytest.raises(UsageError, match="YYYY-MM-DD"):
            params.iso_date(bad, "from")
    assert params.integer("", "limit", 1, 5, 3) == 3
    with pytest.raises(UsageError):
        params.integer("9" * 40, "limit", 1, 500)
    assert params.state("rus", "actor") == "RUS" and params.state("unknown", "actor") == "UNKNOWN"
    assert params.state("Rusland", "actor") == "RUS" and params.state("Russia", "actor") == "RUS"  # names too
    with pytest.raises(UsageError, match="ISO"):
        params.state("Atlantis", "actor")
    with pytest.raises(UsageError, match="one of"):
        params.choice("bomb", "weapon", ["cluster_munition"])
    assert params.doc_id("../../etc/passwd") is None


# --- upload checks ------------------------------------------------------------------------------
def test_upload_names_and_types():
    assert safe_name("../../etc/pass wd.txt") == "pass_wd.txt"
    assert safe_name("C:\\x\\brief.PDF") == "brief.PDF"
    assert safe_name(None) == "upload"
    assert check_type("brief.pdf", b"%PDF-1.7") == "pdf"
    assert check_type("brief.TXT", b"Geachte") == "txt"
    for name, head in [
        ("x.exe", b"MZ"),
        ("brief.pdf", b"<html>"),
        ("brief.txt", b"ab\x00cd"),
        ("brief.docx", b"%PDF-"),
        ("noext", b"abc"),
    ]:
        with pytest.raises(InputError):
            check_type(name, head)


def test_save_bounded_refuses_oversize_and_leaves_nothing(tmp_path):
    dest = tmp_path / "f.txt"
    with pytest.raises(InputError, match="larger"):
        save_bounded(io.BytesIO(b"x" * 1001), dest, 1000)
    assert not dest.exists()
    assert save_bounded(io.BytesIO(b"x" * 1000), dest, 1000) == 1000


def test_pieces_match_a_brute_force_cover():
    import random

    from armswatch.web.highlight import pieces

    rng = random.Random(7)
    for _ in range(200):
        length = rng.randint(1, 40)
        spans = []
        for i in range(rng.randint(0, 6)):
            s = rng.randint(0, length - 1)
            spans.append((i, s, rng.randint(s + 1, length)))
        got = pieces(length, spans)
        assert [a for a, _, _ in got] == sorted({a for a, _, _ in got}) and got[0][0] == 0 and got[-1][1] == length
        for a, b, cover in got:
            assert cover == [i for i, s, e in spans if s <= a and b <= e]


def test_svg_stays_readable_over_many_years():
    facts = [
        {"kind": "weapon_use", "weapon": "cluster_munition", "actor": "RUS", "when": f"{y}-01"}
        for y in range(2010, 2026)
    ]
    data = timeline(facts, "weapon")
    svg = str(render_svg(data))
    width = int(re.search(r'width="(\d+)"', svg).group(1))
    assert len(data["months"]) == 181 and width < 1300
    assert svg.count('class="year"') == 16 and 'class="month"' not in svg
    assert svg.count("<circle") == 16


def test_intended_aid_is_not_a_decision():
    facts = [
        {"kind": "aid", "donor": "NLD", "recipient": "UKR", "status": s, "document_date": "2024-01-05"}
        for s in ("intended", "decided", "delivered", None)
    ]
    lanes = timeline(facts, "weapon")["lanes"]
    assert [(lane["label"], lane["total"]) for lane in lanes] == [("support to UKR", 2)]


def test_where_in_tells_question_from_answer():
    from armswatch.web.highlight import where_in

    qs = [
        {"number": 1, "question_span": [10, 50], "answer_span": [60, 120]},
        {"number": 2, "question_span": None, "answer_span": None},
    ]
    assert where_in([12, 40], qs) == "question 1"
    assert where_in([60, 120], qs) == "answer 1"
    assert where_in([45, 65], qs) is None and where_in([0, 5], qs) is None and where_in(None, qs) is None


def test_a_long_empty_stretch_of_the_timeline_is_one_break_and_each_dot_links():
    facts = [
        {"kind": "weapon_use", "weapon": "chloropicrin", "actor": "RUS", "when": "2014-06"},
        {"kind": "weapon_use", "weapon": "chloropicrin", "actor": "RUS", "when": "2023-03"},
        {"kind": "weapon_use", "weapon": "chloropicrin", "actor": "RUS", "when": "2023-05"},
    ]
    data = timeline(facts, "both")
    assert data["lanes"][0]["codes"] == {"weapon": "chloropicrin", "actor": "RUS"}
    svg = str(render_svg(data, link=lambda lane, month: f"/facts?month={month}&x=<y>"))
    assert svg.count('class="gap"') == 2  # one break (its line and its mark) for 2014-07 .. 2023-02
    assert svg.count("<a href=") == 3 and 'href="/facts?month=2014-06&amp;x=&lt;y&gt;"' in svg
    assert re.findall(r'class="year"[^>]*>(\d+)<', svg) == ["2014", "2023"]  # the year after a break is named
    width = int(svg.split('width="')[1].split('"')[0])
    assert width < 1000  # eleven months and a break, not 108 months
