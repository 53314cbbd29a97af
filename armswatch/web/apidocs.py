"""The API's documentation page: Swagger UI 5 (it reads OpenAPI 3.1) from the swagger-ui-py package's files,
served here, so the page fetches nothing from elsewhere. Its start-up script is a file too, so
the page's Content-Security-Policy allows scripts from this server only."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>armswatch API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/files/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/files/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script></body></html>"""
START = 'window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});\n'

router = APIRouter(include_in_schema=False)


@router.get("/api/docs", response_class=HTMLResponse)
def docs() -> Response:
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": DOCS_CSP})


@router.get("/api/docs/start.js")
def start() -> Response:
    return Response(START, media_type="text/javascript")


def mount(app: FastAPI) -> None:
    """The docs page and Swagger UI's files under /api/docs/files."""
    app.include_router(router)
    app.mount("/api/docs/files", StaticFiles(packages=[("swagger_ui", "static")]), name="swagger-ui")
