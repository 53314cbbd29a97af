"""The CLI reference (docs/cli.md), written from the commands' own help so it cannot drift.

``python -m armswatch.cli.reference`` prints it; ``--check FILE`` exits 1 when FILE differs
(the test suite runs that check, so a changed option without regenerated docs fails CI).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import typer.main

HEADER = (
    "# armswatch command reference\n\n"
    "Generated from the commands' own help by `python -m armswatch.cli.reference > docs/cli.md`;\n"
    "the test suite fails when this file and the code disagree.\n"
)


# Typer carries its own copy of click, so commands are told apart by what they have, not their class.
def _walk(cmd: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    yield path, cmd
    if hasattr(cmd, "commands"):
        for name in sorted(cmd.commands):
            yield from _walk(cmd.commands[name], [*path, name])


def _usage(cmd: Any, path: list[str]) -> str:
    ctx = cmd.make_context(" ".join(path), [], resilient_parsing=True)
    return f"{' '.join(path)} {' '.join(cmd.collect_usage_pieces(ctx))}".strip()


def _param_row(p: Any, ctx: Any) -> str:
    record = p.get_help_record(ctx) if p.param_type_name == "option" else None
    if record:
        names, text = record
    else:
        names, text = (p.metavar or p.name).upper(), p.help or ""
    required = " **required**" if p.required else ""
    return f"| `{names}` | {text.replace('|', '/')}{required} |"


def _section(cmd: Any, path: list[str]) -> str:
    level = "#" * min(len(path) + 1, 4)
    lines = [f"{level} `{' '.join(path)}`", ""]
    if cmd.help:
        lines += [cmd.help.strip(), ""]
    if not hasattr(cmd, "commands"):
        lines += ["```", _usage(cmd, path), "```", ""]
    ctx = cmd.make_context(" ".join(path), [], resilient_parsing=True)
    params = [p for p in cmd.params if p.name != "help" and not getattr(p, "hidden", False)]
    if params:
        lines += ["| argument / option | meaning |", "|---|---|", *(_param_row(p, ctx) for p in params), ""]
    return "\n".join(lines)


def reference() -> str:
    from armswatch.cli import app

    root = typer.main.get_command(app)
    sections = [_section(cmd, path) for path, cmd in _walk(root, ["armswatch"])]
    return HEADER + "\n" + "\n".join(sections).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = reference()
    if argv[:1] == ["--check"] and len(argv) == 2:
        with open(argv[1], encoding="utf-8") as f:
            if f.read() == text:
                return 0
        sys.stderr.write(f"{argv[1]} is out of date: run python -m armswatch.cli.reference > {argv[1]}\n")
        return 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
