"""The pipeline, end to end on one small letter."""

from armswatch.pipeline import document_id, extract_file


def test_extract_gives_contract_shape(tmp_path):
    p = tmp_path / "brief.txt"
    p.write_text(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 3 maart 2022\n\nGraag informeer ik u over de aanvul-\nlende steun.\n",
        encoding="utf-8",
    )
    rec = extract_file(p).to_dict()
    for key in (
        "id",
        "source",
        "type",
        "chamber",
        "date",
        "subject",
        "reference",
        "kamerstuk",
        "sender",
        "co_senders",
        "addressee",
        "questioners",
        "questions",
        "redactions",
        "body",
        "facts",
    ):
        assert key in rec
    assert rec["source"] == {"path": str(p), "format": "txt"}
    assert "aanvullende" in rec["body"]
    assert rec["id"] == document_id(rec["body"])
