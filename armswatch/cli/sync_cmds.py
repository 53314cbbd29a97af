"""sync: pull new publications from a government source into the store (armswatch/sync)."""

from __future__ import annotations

import sys
from datetime import date

import typer

from armswatch.cli import app, print_json
from armswatch.cli.store_cmds import DbOpt, _open


@app.command()
def sync(
    source: str = typer.Argument(..., help="officielebekendmakingen, tweedekamer or woo"),
    since: str | None = typer.Option(None, "--since", help="list from this day (YYYY-MM-DD) instead of the cursor"),
    query: str | None = typer.Option(
        None, "--query", help="selection in the source's language: CQL, an OData $filter clause, or Woo search text"
    ),
    limit: int | None = typer.Option(None, "--limit", help="fetch at most this many new files"),
    db: str | None = DbOpt,
    base_url: str | None = typer.Option(None, "--base-url", help="the service's address (default: the official one)"),
    delay: float = typer.Option(1.0, "--delay", help="seconds between requests (be polite: 1 or more)"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
) -> None:
    """Fetch what a source published since the last sync and store it; a rerun fetches only what is new."""
    from armswatch.errors import UsageError
    from armswatch.sync import SOURCES
    from armswatch.sync import sync as run
    from armswatch.sync.http import Client

    if source not in SOURCES:
        raise UsageError(f"unknown source {source!r}; choose one of: {', '.join(SOURCES)}")
    if since is not None:
        try:
            since = date.fromisoformat(since).isoformat()
        except ValueError:
            raise UsageError(f"--since must be a day, YYYY-MM-DD (got {since!r})") from None
    if limit is not None and limit < 1:
        raise UsageError("--limit must be 1 or more")
    if delay < 0:
        raise UsageError("--delay cannot be negative")
    if base_url is not None and not base_url.startswith(("http://", "https://")):
        raise UsageError("--base-url must be an http:// or https:// address")
    with _open(db) as store, Client(delay=delay) as client:
        res = run(source, store, since=since, query=query, limit=limit, base_url=base_url, client=client)
    if as_json:
        print_json(res.to_dict())
    else:
        sys.stdout.write(f"synced {res.summary()}\n")
    if res.failed_count:
        sys.stderr.write(f"armswatch: {res.failed_count} fetched files could not be read:\n")
        for item, reason in res.failed:
            sys.stderr.write(f"  {item}: {reason}\n")
        raise typer.Exit(1)
