"""law party | count | assess: the treaty-law engine on the command line (see CONTRACT.md)."""

from __future__ import annotations

import sys
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
    for r in out.get("reservations", []):
        con.print(f"{r['kind']} ({r['made']}, {', '.join(r['articles'])}): {r['text']}", highlight=False)
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
        con.print(
            "status not recorded (an incomplete party list, or a deposit known only to its year or month): "
            + " ".join(out["status_unknown"])
        )


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


@law_app.command("import")
def import_cmd(
    file: str = typer.Argument(..., help="a saved UN Treaty Collection status page, or a Tractatenblad (trb-) file"),
    treaty: str | None = typer.Option(None, "--treaty", help="the treaty, when the page does not say"),
    source: str | None = typer.Option(None, "--source", help="the address the file was saved from"),
    yes: bool = typer.Option(False, "--yes", help="write without asking"),
    as_json: bool = JSON,
) -> None:
    """Show how FILE differs from the party records, and write the differences after confirmation."""
    from armswatch.law import refresh

    plan = refresh.plan(file, treaty, source)
    if as_json:
        print_json(_plan_json(plan))
    else:
        _show_plan(plan)
    if not plan.changes:
        return
    if not yes:
        try:
            if not typer.confirm(f"Write {len(plan.changes)} change(s) to parties/{plan.treaty}.csv?", default=False):
                sys.stderr.write("armswatch: not written\n")
                return
        except typer.Abort:  # no answer (end of input): nothing is written
            sys.stderr.write("armswatch: not written (run with --yes to write without asking)\n")
            return
    written = refresh.apply(plan)
    sys.stderr.write(f"armswatch: {written} row(s) of parties/{plan.treaty}.csv written\n")


def _plan_json(plan) -> dict:
    return {
        "treaty": plan.treaty,
        "source": plan.source,
        "as_at": plan.checked,
        "rows_read": plan.rows_read,
        "changes": [{"state": c.state, "field": c.field, "old": c.old, "new": c.new} for c in plan.changes],
        "conflicts": plan.conflicts,
        "unknown_names": plan.unknown_names,
    }


def _show_plan(plan) -> None:
    con = Console()
    con.print(f"[bold]{plan.treaty}[/]: {plan.rows_read} rows read, list as at {plan.checked}, source {plan.source}")
    if not plan.changes:
        con.print("nothing to change: the records agree with this list")
    table = Table("state", "field", "records", "list")
    for c in plan.changes:
        table.add_row(c.state, c.field, c.old or "-", c.new)
    if plan.changes:
        con.print(table)
    for line in plan.conflicts:
        con.print(f"[yellow]conflict[/] {line}", highlight=False)
    if plan.unknown_names:
        con.print("names not understood: " + "; ".join(plan.unknown_names), highlight=False)


@law_app.command("sources")
def sources_cmd(as_json: bool = JSON) -> None:
    """Each treaty's records: where they come from and when they were checked."""
    from armswatch.law.provenance import sources

    out = sources()
    if as_json:
        print_json(out)
        return
    con = Console()
    for t in out:
        flag = "" if t["complete"] else " [yellow](list incomplete)[/]"
        con.print(
            f"[bold]{t['treaty']}[/] {t['name']}{flag}: {t['rows']} rows, {t['confirmed']} confirmed, "
            f"{t['day_not_recorded']} with the day not recorded; rules checked {t['checked']} against {t['source']}"
        )
        for s in t["sources"]:
            con.print(
                f"  {s['rows']:4d} rows ({s['confirmed']} confirmed), checked {s['checked_first']}"
                f"{'' if s['checked_first'] == s['checked_last'] else ' to ' + s['checked_last']}: {s['source']}",
                highlight=False,
            )
