"""serve: the web UI and JSON API on one port (OpenAPI at /openapi.json)."""

from __future__ import annotations

import typer

from armswatch.cli import app


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, min=1, max=65535, help="port to listen on"),
    db: str | None = typer.Option(
        None, "--db", help="store URL or SQLite file (default ARMSWATCH_DB or ./armswatch.db)"
    ),
    token: str | None = typer.Option(
        None,
        "--token",
        envvar="ARMSWATCH_TOKEN",
        show_envvar=True,
        help="turns on upload, which then requires this token",
    ),
) -> None:
    """Serve the web UI and the JSON API (under /api) on localhost."""
    import uvicorn

    from armswatch.web import create_app

    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        typer.echo(
            f"armswatch: serving on {host}: reachable from other machines; uploads stay off without a token", err=True
        )
    typer.echo(
        f"armswatch: http://{host}:{port}/  (API: /api, OpenAPI: /openapi.json)" + ("  uploads on" if token else ""),
        err=True,
    )
    uvicorn.run(create_app(db_url=db, token=token), host=host, port=port, log_level="warning")
