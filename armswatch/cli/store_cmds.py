"""ingest, search, facts, stats: the commands that read or write the store."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.text import Text

from armswatch.cli import app, print_json

DB_HELP = "store: an SQLite file or a postgresql:// URL (default: $ARMSWATCH_DB or ./armswatch.db)"
DbOpt = typer.Option(None, "--db", help=DB_HELP)


def _open(db: str | None, must_exist: bool = False):
    """The store; for commands that only read, a missing SQLite file is an error rather
    than a new empty store (a mistyped --db would otherwise answer "0 documents")."""
    from pathlib import Path

    from armswatch.errors import StoreError
    from armswatch.store import default_url, open_store

    url = db or default_url()
    if must_exist and "://" not in url and url != ":memory:" and not Path(url).exists():
        raise StoreError(f"no store at {url}; ingest documents first (armswatch ingest PATH --db {url})")
    return open_store(url)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="files or folders"),
    db: str | None = DbOpt,
    workers: int = typer.Option(0, "--workers", help="parsing processes (default: all cores)"),
    batch: int = typer.Option(200, "--batch", help="documents written per transaction"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
) -> None:
    """Read files and folders and store their documents; same content twice = one document."""
    from armswatch.ingest import ingest as run

    if workers < 0 or not 1 <= batch <= 10_000:
        from armswatch.errors import UsageError

        raise UsageError("--workers must be 0 (all cores) or more, --batch between 1 and 10000")
    with _open(db) as store:
        if sys.stdout.isatty() and not as_json:
            res = _ingest_with_bar(run, paths, store, workers or None, batch)
        else:
            res = run(paths, store, workers=workers or None, batch_size=batch)
    if as_json:
        print_json(res.to_dict())
    else:
        sys.stdout.write(f"ingested {res.summary()}\n")
    if res.failed_count == 1:
        sys.stderr.write(f"armswatch: {res.failed[0][1]}\n")  # one bad file: one line
        raise typer.Exit(1)
    if res.failed_count:
        sys.stderr.write(f"armswatch: {res.failed_count} files could not be ingested:\n")
        for _, reason in res.failed:
            sys.stderr.write(f"  {reason}\n")
        if res.failed_count > len(res.failed):
            sys.stderr.write(f"  … and {res.failed_count - len(res.failed)} more\n")
        raise typer.Exit(1)


def _ingest_with_bar(run, paths: list[str], store, workers: int | None, batch: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from armswatch.ingest import iter_files

    total = sum(1 for _ in iter_files(paths))  # a cheap walk: counts only
    with Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}")
    ) as bar:
        task = bar.add_task("", total=total)
        return run(
            paths,
            store,
            workers=workers,
            batch_size=batch,
            progress=lambda path: bar.update(task, advance=1, description=path[-50:]),
        )


@app.command()
def search(
    query: str = typer.Argument(..., help='words, "phrases", AND/OR/NOT, prefix*'),
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON"),
    type_: str | None = typer.Option(None, "--type", help="document type, e.g. kamerbrief"),
    date_from: str | None = typer.Option(None, "--from", help="from date YYYY[-MM[-DD]]"),
    date_to: str | None = typer.Option(None, "--to", help="to date YYYY[-MM[-DD]]"),
    chamber: str | None = typer.Option(None, "--chamber", help="TK or EK"),
    year: int | None = typer.Option(None, "--year"),
    sender: str | None = typer.Option(None, "--sender", help="sender name or role contains"),
    weapon: str | None = typer.Option(None, "--weapon", help="weapon id, e.g. cluster_munition"),
    actor: str | None = typer.Option(None, "--actor", help="ISO3 code in the document's facts"),
    sort: str = typer.Option("relevance", "--sort", help="relevance or date"),
    limit: int = typer.Option(20, "--limit"),
    offset: int = typer.Option(0, "--offset"),
    exact_total: bool = typer.Option(
        False, "--exact-total", help="count every match (by default a very large total is estimated)"
    ),
    db: str | None = DbOpt,
) -> None:
    """Ranked documents with snippets."""
    with _open(db, must_exist=True) as store:
        res = store.search(
            query,
            type=type_,
            date_from=date_from,
            date_to=date_to,
            chamber=chamber,
            year=year,
            sender=sender,
            weapon=weapon,
            actor=actor,
            sort=sort,
            limit=limit,
            offset=offset,
            exact_total=exact_total,
        )
    if as_json:
        print_json(res)
        return
    con = Console(highlight=False)
    about = "" if res.get("total_exact", True) else "about "
    con.print(f"{about}{res['total']:,} documents match", style="bold")
    if about:
        con.print(Text("  (estimated from the most recent matches; --exact-total counts them all)", style="dim"))
    if not res.get("ranking_exact", True):
        con.print(
            Text(
                "  (too many to rank them all: ranked among the most recently stored; "
                "add a word or a filter for an exact ranking)",
                style="dim",
            )
        )
    for name in ("type", "year", "weapon"):
        counts = res["facets"].get(name) or {}
        if counts:
            approx = "" if res.get("facets_exact", True) else " (in the first matches)"
            con.print(
                Text(f"  {name}{approx}: " + ", ".join(f"{k} {v}" for k, v in list(counts.items())[:8]), style="dim")
            )
    for n, hit in enumerate(res["hits"], start=1 + res.get("offset", 0)):
        head = Text(f"{n}. {hit['date'] or '(no date)'}  {hit['type']}  ")
        head.append(hit["subject"] or "(no subject)", style="bold")
        con.print(head)
        snippet = Text("   " + hit["snippet"])
        for s, e in hit["highlights"]:
            snippet.stylize("bold yellow", s + 3, e + 3)
        con.print(snippet)
        con.print(Text(f"   id {hit['id']}", style="dim"))


@app.command()
def facts(
    kind: str | None = typer.Option(None, "--kind", help="weapon_use, treaty_status, aid, figure"),
    actor: str | None = typer.Option(None, "--actor", help="ISO3 (actor, donor or recipient)"),
    weapon: str | None = typer.Option(None, "--weapon", help="weapon id"),
    treaty: str | None = typer.Option(None, "--treaty", help="treaty id, e.g. CCM"),
    state: str | None = typer.Option(None, "--state", help="ISO3 of a treaty_status fact"),
    document: str | None = typer.Option(None, "--document", help="document id (or its start)"),
    date_from: str | None = typer.Option(None, "--from", help="document date from"),
    date_to: str | None = typer.Option(None, "--to", help="document date to"),
    limit: int | None = typer.Option(None, "--limit"),
    as_json: bool = typer.Option(False, "--json", help="print a JSON list"),
    as_csv: bool = typer.Option(False, "--csv", help="print CSV"),
    db: str | None = DbOpt,
) -> None:
    """Facts across the store, each with its quote and document."""
    if as_json and as_csv:
        from armswatch.errors import UsageError

        raise UsageError("choose one of --json and --csv")
    with _open(db, must_exist=True) as store:
        rows = store.facts(
            kind=kind,
            actor=actor,
            weapon=weapon,
            treaty=treaty,
            state=state,
            document=document,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
        if as_json or as_csv:
            from armswatch.cite import cited_facts

            rows = cited_facts(rows, store.get)
        if as_json:
            _stream_json(rows)
        elif as_csv:
            from armswatch.export import write_facts_csv

            write_facts_csv(rows, sys.stdout)
        else:
            _fact_lines(rows)


def _stream_json(rows) -> None:
    """A JSON list written fact by fact: memory stays flat however many facts match."""
    import json

    sys.stdout.write("[")
    for i, f in enumerate(rows):
        sys.stdout.write(("," if i else "") + "\n " + json.dumps(f, ensure_ascii=False))
    sys.stdout.write("\n]\n")


def _fact_lines(rows) -> None:
    """Facts as text, one block each, streamed (a Rich table would hold them all)."""
    con = Console(highlight=False)
    n = 0
    for n, f in enumerate(rows, start=1):  # noqa: B007  (n counts the rows shown)
        fields = {k: v for k, v in f.items() if k not in ("kind", "quote", "span") and not k.startswith("document_")}
        line = Text(f"{f['kind']}  ", style="bold")
        line.append(", ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [])))
        con.print(line)
        con.print(Text(f"   “{f['quote'][:300]}”"))
        con.print(
            Text(
                f"   {f['document_date'] or '(no date)'} {f['document_type']} {f['document_id'][:16]}"
                f" [{f['span'][0]}:{f['span'][1]}]",
                style="dim",
            )
        )
    con.print(f"{n} facts" if n else "no facts match")


@app.command()
def stats(as_json: bool = typer.Option(False, "--json", help="print as JSON"), db: str | None = DbOpt) -> None:
    """Counts: documents, facts per kind, documents per type, first and last date."""
    with _open(db, must_exist=True) as store:
        s = store.stats()
    if as_json:
        print_json(s)
        return
    lines = [
        f"documents: {s['documents']}",
        f"dates: {s['first_date'] or '-'} .. {s['last_date'] or '-'}",
        "by type: " + (", ".join(f"{k} {v}" for k, v in s["by_type"].items()) or "-"),
        "facts: " + (", ".join(f"{k} {v}" for k, v in s["facts"].items()) or "-"),
    ]
    sys.stdout.write("\n".join(lines) + "\n")
