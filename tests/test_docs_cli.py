"""docs/cli.md is the commands' own help, written out: it must match the code."""

from __future__ import annotations

from pathlib import Path

from armswatch.cli.reference import main, reference

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_cli_reference_is_up_to_date():
    assert main(["--check", str(DOC)]) == 0, "regenerate: python -m armswatch.cli.reference > docs/cli.md"


def test_reference_names_every_command_and_option():
    text = reference()
    for command in ("extract", "ingest", "search", "facts", "stats", "serve", "law party", "law count", "law assess"):
        assert f"`armswatch {command}`" in text
    assert "`--db <str>`" in text and "`--json`" in text


def test_a_stale_reference_is_reported(tmp_path, capsys):
    stale = tmp_path / "cli.md"
    stale.write_text(reference().replace("--json", "--jsn"), encoding="utf-8")
    assert main(["--check", str(stale)]) == 1
    assert "out of date" in capsys.readouterr().err
