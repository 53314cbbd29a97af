"""law party | count | assess: the treaty-law engine on the command line (see CONTRACT.md)."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console
from rich.table import Table

from armswatch.cli import app, print_json

law_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Who is bound by which weapons treaty on a given day, and what it prohibits.",
)
app.add_typer(law_app, name="law")

ON = typer.Option(None, "--on", help="the day, as YYYY-MM-DD (default: today)")
JSON = typer.Option(False, "--json", help="print JSON (the contract's shape)")


def _day(on: str | None) -> str:
    return on if on is not None else date.today().isoformat()


def _yes(flag: bool) -> str:
    return "[green]yes[/]" if flag else "[red]no[/]"


@law_app.command("party")
def party_cmd(
    state: str = typer.Argument(..., help="ISO3 code or English/Dutch name, e.g. NLD, Rusland"),
    treaty: str = typer.Argument(..., help="CCM, CWC, APMBC, CCW, CCW-P3, CCW-P4, BWC, ATT, GP1925"),
    on: str | None = ON,
    as_json: bool = JSON,
) -> None:
    """Is STATE party to TREATY on that day?"""
    from armswatch.law import party

    out = party(state, treaty, _day(on))
    if as_json:
        print_json(out)
        return
    con = Console()
    con.print(f"[bold]{out['state']}[/] party to [bold]{out['treaty']}[/] on {out['on']}: {_yes(out['party'])}")
    con.print(out["status"])
    if out.get("note"):
        con.print(f"note: {out['note']}")
    con.print("sources: " + ", ".join(out["sources"]) + ("" if out.get("confirmed", True) else " (row not confirmed)"))


@law_app.command("count")
def count_cmd(
    group: str = typer.Option(..., "--group", help="NATO or EU"),
    treaty: str = typer.Option(..., "--treaty", help="treaty id, e.g. CCM"),
    on: str | None = ON,
    as_json: bool = JSON,
) -> None:
    """How many members of a group are party to a treaty on that day."""
    from armswatch.law import count

    out = count(group, treaty, _day(on))
    if as_json:
        print_json(out)
        return
    con = Console()
    con.print(
        f"On {out['on']}, [bold]{out['count']}[/] of the {out['members']} {out['group']} members "
        f"are party to {out['treaty']}."
    )
    con.print("party: " + " ".join(out["parties"]))
    con.print("not party: " + " ".join(out["non_parties"]))
    if out.get("status_unknown"):
        con.print("not recorded (the party list is incomplete): " + " ".join(out["status_unknown"]))


@law_app.command("assess")
def assess_cmd(
    actor: str = typer.Option(..., "--actor", help="the state that uses the weapon"),
    weapon: str = typer.Option(..., "--weapon", help="weapon id, e.g. cluster_munition"),
    on: str | None = ON,
    context: str = typer.Option(
        "armed_conflict", "--context", help="armed_conflict, concentration_of_civilians or law_enforcement"
    ),
    delivery: str = typer.Option(
        "unknown", "--delivery", help="air, ground or unknown: incendiary weapons (Protocol III art. 2(2) vs 2(3))"
    ),
    purpose: str = typer.Option(
        "unknown",
        "--purpose",
        help="incendiary, smoke, illumination, marking, signalling or unknown (white phosphorus: P3 art. 1(1)(b))",
    ),
    conflict: str = typer.Option(
        "unknown", "--conflict", help="international, non_international or unknown (for treaties that distinguish)"
    ),
    against: str | None = typer.Option(
        None, "--against", help="the adversary state (the Geneva Protocol binds between parties)"
    ),
    as_json: bool = JSON,
) -> None:
    """Does a treaty binding ACTOR on that day prohibit its use of WEAPON? Which IHL rules apply?"""
    from armswatch.law import assess

    out = assess(actor, weapon, _day(on), context, delivery, purpose, conflict, against)
    if as_json:
        print_json(out)
        return
    con = Console()
    con.print(
        f"[bold]{out['actor']}[/], {out['weapon']}, {out['on']} ({out['context']}): "
        f"prohibited by treaty: {_yes(out['treaty_prohibited'])} ({out['outcome']})"
    )
    if out["contested"]:
        con.print(f"[yellow]contested:[/] {out['contested_reason']}", highlight=False)
    table = Table("treaty", "article", "actor bound", "prohibits here", "verdict")
    for t in out["treaties"]:
        table.add_row(t["id"], t["article"], _yes(t["actor_bound"]), _yes(t["prohibits_in_context"]), t["prohibits"])
    if out["treaties"]:
        con.print(table)
    if out["ihl_rules"]:
        con.print("customary IHL: " + "; ".join(f"rule {r['rule']} {r['title']}" for r in out["ihl_rules"]))
    con.print(out["reasoning"], highlight=False)
