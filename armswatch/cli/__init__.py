"""The command line: a thin layer over the library (see CONTRACT.md for the commands).

Each group of commands lives in its own module and registers itself on ``app``.
Errors end as one line on stderr with exit code 1 (bad input) or 2 (wrong usage).
"""

from __future__ import annotations

import json
import sys

import typer

from armswatch.errors import ArmswatchError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Dutch government documents about weapons, turned into citable evidence.",
)


@app.callback()
def _root() -> None:
    """armswatch: search, count and cite what governments tell parliament about weapons."""


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def fail(message: str, code: int = 1) -> None:
    sys.stderr.write(f"armswatch: {message}\n")
    raise typer.Exit(code)


@app.command()
def extract(
    path: str = typer.Argument(..., help="the file to read"),
    as_json: bool = typer.Option(False, "--json", help="print the document record as JSON"),
) -> None:
    """Print the document record for one file; stores nothing."""
    from armswatch.pipeline import extract_file

    rec = extract_file(path).to_dict()
    if as_json:
        print_json(rec)
        return
    from armswatch.cli.show import show_record

    show_record(rec)


# command groups register themselves on import
from armswatch.cli import law_cmds, serve_cmds, store_cmds, sync_cmds  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except ArmswatchError as e:
        sys.stderr.write(f"armswatch: {e}\n")
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("armswatch: interrupted\n")
        sys.exit(130)
