"""The web UI and JSON API, from one FastAPI app: ``create_app(db_url=None, token=None)``.

JSON under /api (OpenAPI at /openapi.json), server-rendered HTML pages elsewhere. Both are thin
layers over :mod:`armswatch.web.queries`, which calls the store and the law engine. No page runs
JavaScript: the Content-Security-Policy forbids every script, as a second guard behind escaping.
Writing (upload) is off unless a token is configured, and then requires it.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from armswatch.errors import ArmswatchError, StoreError
from armswatch.store import default_url
from armswatch.web.pool import StorePool
from armswatch.web.queries import LawUnavailable
from armswatch.web.upload import MAX_UPLOAD, TooLarge

HERE = Path(__file__).resolve().parent
log = logging.getLogger("armswatch.web")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class App(FastAPI):
    """FastAPI with the OpenAPI schema this app promises (FastAPI's docs replace ``app.openapi``;
    overriding it keeps the method's type)."""

    def openapi(self) -> dict[str, Any]:
        """The generated schema, less FastAPI's stock 422 answers: bad values are a 400 here."""
        if self.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(
                title=self.title, version=self.version, description=self.description, routes=self.routes
            )
            for ops in schema.get("paths", {}).values():
                for op in ops.values():
                    op.get("responses", {}).pop("422", None)
            self.openapi_schema = schema
        return self.openapi_schema


def create_app(db_url: str | None = None, token: str | None = None, max_upload: int = MAX_UPLOAD) -> FastAPI:
    """The app over the store at ``db_url`` (default: ARMSWATCH_DB or ./armswatch.db).
    ``token``: None keeps every writing endpoint off; a string turns them on behind it."""
    from armswatch.web import api, apidocs, pages

    stores = StorePool(db_url or default_url())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = App(
        title="armswatch",
        version="0.1.0",
        lifespan=lifespan,
        description="Search, count and cite what the Dutch government tells parliament about weapons.",
        docs_url=None,
        redoc_url=None,
    )  # FastAPI's pages load scripts from a CDN: /api/docs serves Swagger UI from a package instead
    app.state.db_url = stores.url
    app.state.stores = stores
    app.state.token = token or None
    app.state.max_upload = max_upload
    app.include_router(api.router)
    app.include_router(pages.router)
    apidocs.mount(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def head_like_get(request: Request, call_next) -> Response:
        """HEAD is answered wherever GET is: run the GET and send its headers without the body."""
        if request.method != "HEAD":
            return await call_next(request)
        request.scope["method"] = "GET"
        response = await call_next(request)
        async for _ in response.body_iterator:  # the body is made and dropped
            pass
        return Response(status_code=response.status_code, headers=dict(response.headers))

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": message}, status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(ArmswatchError)
    async def bad_input(request: Request, exc: ArmswatchError) -> Response:
        status = 413 if isinstance(exc, TooLarge) else 503 if isinstance(exc, StoreError) else 400
        return error(request, status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path"))
        return error(request, 400, f"{where or 'request'}: {first.get('msg', 'invalid value')}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        response = error(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(LawUnavailable)
    async def no_law(request: Request, exc: LawUnavailable) -> Response:
        return error(request, 503, "the treaty-law engine is not available in this build")

    return app
