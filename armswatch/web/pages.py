"""The HTML pages: search, document, facts, timeline, law, sync state, upload. Wiring only.

Every value from a document reaches the page through Jinja2 with autoescaping on, or through
the highlight/timeline functions that escape each piece themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from armswatch.errors import UsageError
from armswatch.names import person
from armswatch.web import queries
from armswatch.web.api import cached_stats, check_token, read_upload, store_for, store_upload
from armswatch.web.facttable import COLUMNS as TABLE_COLUMNS
from armswatch.web.highlight import highlight, mark_ranges, span_anchor, where_in
from armswatch.web.i18n import COOKIE, label, lang_of, template_globals
from armswatch.web.timeline import render_svg
from armswatch.web.vocab import choices

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
_env = jinja2.Environment(
    loader=jinja2.PackageLoader("armswatch.web", "templates"), autoescape=True, undefined=jinja2.ChainableUndefined
)
templates = Jinja2Templates(env=_env)
_env.filters["marks"] = mark_ranges
_env.filters["anchor"] = span_anchor
_env.globals["where_in"] = where_in
_env.globals["person"] = person
_env.globals["choices"] = choices()
FACT_META = (
    "kind",
    "quote",
    "span",
    "document_id",
    "document_date",
    "document_type",
    "document_subject",
    "document_title",
    "document_identifier",
    "document_url",
)


def fact_fields(fact: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The kind-specific fields of a fact, in their own order, without provenance."""
    return [(k, v) for k, v in fact.items() if k not in FACT_META]


_env.globals["fact_fields"] = fact_fields


def url_with(params: Mapping[str, Any], path: str = "", **changes: Any) -> str:
    """``path?query`` with the given changes; blank values are dropped, and so is the offset
    unless it is among the changes (a new filter starts again at the first page)."""
    merged = {k: v for k, v in params.items() if k != "offset"}
    merged.update(changes)
    kept = {k: v for k, v in merged.items() if not isinstance(v, jinja2.Undefined) and v not in (None, "")}
    return path + "?" + urlencode(kept)


_env.globals["url_with"] = url_with  # a global, so that imported macros see it too


def web_link(url: Any) -> bool:
    """Whether a URL from a source may be a link (http or https only, never javascript: etc.)."""
    return isinstance(url, str) and url.startswith(("https://", "http://"))


_env.tests["web_link"] = web_link


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    lang = lang_of(request)
    context.setdefault("params", dict(request.query_params))
    context["can_write"] = bool(request.app.state.token)
    context.update(template_globals(lang))
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Content-Language"] = lang
    if request.query_params.get("lang") == lang:  # an explicit choice is remembered
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status, status=status, message=message)


def _attempt(request: Request, name: str, work, **context: Any) -> Response:
    """Render ``name`` with ``work()``'s result as ``result``; a bad value shows the form again
    with the message and status 400."""
    try:
        return render(request, name, result=work(), **context)
    except UsageError as e:
        return render(request, name, 400, result=None, error=str(e), **context)


@router.get("/")
def search_page(request: Request) -> Response:
    with store_for(request) as store:
        stats = cached_stats(request, store)
        return _attempt(request, "search.html", lambda: queries.search(store, request.query_params), stats=stats)


@router.get("/documents/{document_id}")
def document_page(request: Request, document_id: str) -> Response:
    with store_for(request) as store:
        record = queries.document(store, document_id)
    if record is None:
        raise HTTPException(404, "No document with this id is in the store.")
    facts = record.get("facts") or []
    body_html = highlight(record.get("body") or "", facts, qa_anchors(record.get("questions") or []))
    return render(request, "document.html", doc=record, facts=facts, body_html=body_html)


def qa_anchors(questions: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """Where each question (q-N) and answer (a-N) starts in the body, for the Q&A index's links."""
    out = []
    for q in questions:
        for part, prefix in (("question_span", "q"), ("answer_span", "a")):
            span = q.get(part)
            if span and isinstance(span[0], int):
                out.append((span[0], f"{prefix}-{q.get('number')}"))
    return out


@router.get("/facts")
def facts_page(request: Request) -> Response:
    def work() -> dict[str, Any]:
        return queries.fact_table_page(store, request.query_params)

    with store_for(request) as store:
        return _attempt(request, "facts.html", work, sort_columns=list(TABLE_COLUMNS))


@router.get("/timeline")
def timeline_page(request: Request) -> Response:
    lang = lang_of(request)

    def work() -> dict[str, Any]:
        data = queries.timeline_data(store, request.query_params)
        name = lambda lane: lane_name(lane, lang)  # noqa: E731
        peak = max((n for lane in data["lanes"] for n in lane["counts"].values()), default=0)
        return {**data, "peak": peak, "svg": render_svg(data, name, lane_link), "name": name, "link": lane_link}

    with store_for(request) as store:
        return _attempt(request, "timeline.html", work)


def lane_name(lane: dict[str, Any], lang: str) -> str:
    """A timeline lane in the page's language: 'Inzet: Clustermunitie · Rusland', 'Steun aan Oekraïne'."""
    codes = lane.get("codes") or {}
    if lane["kind"] == "weapon_use":
        parts = [label("weapon", codes["weapon"], lang)] if "weapon" in codes else []
        parts += [label("state", codes["actor"], lang)] if "actor" in codes else []
        return ("Inzet: " if lang == "nl" else "Use: ") + " · ".join(parts)
    donor, recipient = label("state", codes.get("donor") or "?", lang), label("state", codes.get("recipient"), lang)
    if "donor" in codes and "recipient" in codes:
        return ("Steun: " if lang == "nl" else "Support: ") + f"{donor} → {recipient}"
    if "donor" in codes:
        return ("Steun van " if lang == "nl" else "Support from ") + donor
    return ("Steun aan " if lang == "nl" else "Support to ") + recipient


def lane_link(lane: dict[str, Any], month: str) -> str:
    """The facts a timeline mark counts: the lane's kind and codes in that month."""
    codes = lane.get("codes") or {}
    query = {"kind": lane["kind"], "weapon": codes.get("weapon"), "month": month}
    actor = codes.get("actor") or codes.get("recipient") or codes.get("donor")
    if actor and actor != "?":
        query["actor"] = actor
    if lane["kind"] == "aid" and codes.get("donor") and codes.get("recipient"):
        query["actor"] = codes["recipient"]
    return url_with({}, "/facts", **query)


LAW_FORMS = {"party": queries.law_party, "count": queries.law_count, "assess": queries.law_assess}


@router.get("/law")
def law_page(request: Request) -> Response:
    form = request.query_params.get("form")
    if form not in LAW_FORMS:
        return render(request, "law.html", form=None, result=None)
    return _attempt(request, "law.html", lambda: LAW_FORMS[form](request.query_params), form=form)


@router.get("/sync")
def sync_page(request: Request) -> Response:
    with store_for(request) as store:
        status = queries.sync_status(store)
    return render(request, "sync.html", status=status)


@router.get("/upload")
def upload_page(request: Request) -> Response:
    if not request.app.state.token:
        raise HTTPException(403, "Uploading is off: the server was started without a token.")
    return render(request, "upload.html")


@router.post("/upload")
async def upload_form(request: Request) -> Response:
    if not request.app.state.token:
        raise HTTPException(403, "Uploading is off: the server was started without a token.")
    upload, token = await read_upload(request, token_field=True)
    check_token(request, token or "")  # the form carries the token as a field
    result = await run_in_threadpool(store_upload, request, upload)
    return RedirectResponse(f"/documents/{result['id']}", status_code=303)
