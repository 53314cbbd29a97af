"""The JSON API under /api. Wiring only: validation and library calls live in queries.py.

Endpoints are plain functions (run in a worker thread), each opening the store for its own
request, so a backend connection never crosses threads.
"""

from __future__ import annotations

import hmac
import json
import time
from contextlib import AbstractContextManager
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from armswatch.cite import bibtex, csl_json
from armswatch.export import facts_csv, hits_csv
from armswatch.store import Store
from armswatch.web import models, queries
from armswatch.web.upload import ingest_upload

router = APIRouter(prefix="/api", tags=["api"])
# the type FastAPI's `responses=` takes (a status code, or a pattern such as "4XX", to its OpenAPI answer)
Responses = dict[int | str, dict[str, Any]]
ERRORS: Responses = {400: {"model": models.Error, "description": "a bad parameter, with a message saying which"}}


def store_for(request: Request) -> AbstractContextManager[Store]:
    """An open store for this request, borrowed from the app's pool (armswatch/web/pool.py)."""
    return request.app.state.stores.store()


def _q(description: str, alias: str | None = None) -> Any:
    return Query(None, description=description, alias=alias)


def search_params(
    q: str | None = _q("search words; quotes for phrases; empty lists every document"),
    type: str | None = _q("document type: kamerbrief, antwoord_kamervragen, kamervragen, nota, verslag, motie, other"),
    chamber: str | None = _q("TK or EK"),
    year: str | None = _q("the document's year"),
    sender: str | None = _q("sender name or role"),
    weapon: str | None = _q("weapon id, e.g. cluster_munition"),
    actor: str | None = _q("ISO 3166-1 alpha-3 code of a weapon-use actor"),
    date_from: str | None = _q("earliest document date, YYYY-MM-DD", "from"),
    date_to: str | None = _q("latest document date, YYYY-MM-DD", "to"),
    sort: str | None = _q("relevance (default) or date"),
    limit: str | None = _q("hits per page, 1-500 (default 20)"),
    offset: str | None = _q("hits to skip"),
    exact_total: str | None = _q(
        "true: count every match; by default a total over 10,000 matches is estimated (total_exact: false)"
    ),
) -> dict[str, Any]:
    return {
        "q": q,
        "type": type,
        "chamber": chamber,
        "year": year,
        "sender": sender,
        "weapon": weapon,
        "actor": actor,
        "from": date_from,
        "to": date_to,
        "sort": sort,
        "limit": limit,
        "offset": offset,
        "exact_total": exact_total,
    }


def fact_params(
    kind: str | None = _q("weapon_use, treaty_status, aid or figure"),
    actor: str | None = _q("ISO3 actor of weapon use"),
    weapon: str | None = _q("weapon id"),
    treaty: str | None = _q("treaty id, e.g. CCM"),
    state: str | None = _q("ISO3 state of a treaty-status fact"),
    document: str | None = _q("a document id"),
    date_from: str | None = _q("earliest document date, YYYY-MM-DD", "from"),
    date_to: str | None = _q("latest document date, YYYY-MM-DD", "to"),
    q: str | None = _q("words that must all be in the fact's quote"),
    place: str | None = _q("place of a weapon-use fact, by any of its names (Kyiv, Kiev)"),
    certainty: str | None = _q("certainty as worded, e.g. zeer waarschijnlijk"),
    claimed_by: str | None = _q("who makes the claim, e.g. MIVD"),
    status: str | None = _q("status of an aid fact: intended, decided or delivered"),
    year: str | None = _q("the document's year"),
    month: str | None = _q("YYYY-MM as the timeline counts it: the month a claim names, else the document's"),
    limit: str | None = _q("facts per page, 1-500 (JSON default 50; CSV default all)"),
    offset: str | None = _q("facts to skip"),
) -> dict[str, Any]:
    return {
        "q": q,
        "place": place,
        "certainty": certainty,
        "claimed_by": claimed_by,
        "status": status,
        "year": year,
        "month": month,
        "kind": kind,
        "actor": actor,
        "weapon": weapon,
        "treaty": treaty,
        "state": state,
        "document": document,
        "from": date_from,
        "to": date_to,
        "limit": limit,
        "offset": offset,
    }


def _csv_or_json(description: str) -> Responses:
    return {**ERRORS, 200: {"content": {"text/csv": {}}, "description": description}}


def _format(csv: str) -> Any:
    return Query("json", pattern="^(json|csv)$", description=f"json (default) or {csv} as a CSV download")


def _download(text: str, media_type: str, filename: str) -> Response:
    return Response(text, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/search", response_model=models.SearchResult, responses=_csv_or_json("the result, or its hits as CSV"))
def search(request: Request, raw: dict = Depends(search_params), format: str = _format("csv: the hits")) -> Any:
    """Ranked hits with snippets, the total, and facet counts; each hit with its title, identifier and URL."""
    with store_for(request) as store:
        result = queries.search(store, raw)
    if format == "csv":
        return _download(hits_csv(result["hits"]), "text/csv; charset=utf-8", "armswatch-search.csv")
    return result


@router.get("/documents/{document_id}", response_model=models.Document, responses={404: {"model": models.Error}})
def document(request: Request, document_id: str) -> Any:
    """The stored document record, as `armswatch extract --json` prints it, but with the source's
    file name instead of its path on the server, and its `citation` (title, identifier, URL, cite line)."""
    return _served(request, document_id)


@router.get(
    "/documents/{document_id}/bibtex",
    responses={200: {"content": {"application/x-bibtex": {}}}, 404: {"model": models.Error}},
)
def document_bibtex(request: Request, document_id: str) -> Any:
    """The document's citation as a BibTeX entry (a download)."""
    record = _served(request, document_id)
    return _download(bibtex(record, record["citation"]), "application/x-bibtex; charset=utf-8",
                     f"armswatch-{record['id'][:12]}.bib")  # fmt: skip


@router.get(
    "/documents/{document_id}/csl-json",
    responses={200: {"content": {"application/vnd.citationstyles.csl+json": {}}}, 404: {"model": models.Error}},
)
def document_csl(request: Request, document_id: str) -> Any:
    """The document's citation as CSL-JSON (a one-item list, as Zotero and citeproc read it)."""
    record = _served(request, document_id)
    text = json.dumps(csl_json(record, record["citation"]), ensure_ascii=False)
    return _download(text, "application/vnd.citationstyles.csl+json", f"armswatch-{record['id'][:12]}.json")


def _served(request: Request, document_id: str) -> dict[str, Any]:
    with store_for(request) as store:
        record = queries.document(store, document_id)
    if record is None:
        raise HTTPException(404, "no such document")
    return record


@router.get("/facts", response_model=models.FactPage, responses=_csv_or_json("a page of facts, or all of them as CSV"))
def facts(request: Request, raw: dict = Depends(fact_params), format: str = _format("csv: every match")) -> Any:
    """Facts across the store with their provenance; `format=csv` downloads every match."""
    with store_for(request) as store:
        if format == "csv":
            rows = queries.export_facts(store, raw)
            return _download(facts_csv(rows), "text/csv; charset=utf-8", "armswatch-facts.csv")
        rows, more = queries.facts(store, raw)
        paging = queries.page(raw, 50)
        return {"facts": rows, "more": more, **paging}


@router.get("/export/facts.json", response_model=list[models.Fact], responses=ERRORS)
def export_facts(request: Request, raw: dict = Depends(fact_params)) -> Any:
    """Every fact matching the filters, as one JSON download."""
    with store_for(request) as store:
        rows = queries.export_facts(store, raw)
    return _download(json.dumps(rows, ensure_ascii=False, default=str), "application/json", "armswatch-facts.json")


@router.get("/stats", response_model=models.Stats)
def stats(request: Request) -> Any:
    """Counts of documents, facts by kind and documents by type, and the date range (counted at
    most every 30 seconds, and after each upload: on a large store counting takes a while)."""
    with store_for(request) as store:
        return cached_stats(request, store)


@router.get("/sync", response_model=models.SyncStatus)
def sync_status(request: Request) -> Any:
    """Sync state per source (`armswatch sync`): for each source and query, the cursor, the last
    run, its outcome ('ok' or its error) and what it stored."""
    with store_for(request) as store:
        return queries.sync_status(store)


@router.get("/timeline", response_model=models.Timeline, responses=ERRORS)
def timeline(
    request: Request,
    by: str | None = _q("lanes by weapon (default), actor, or both"),
    weapon: str | None = _q("only this weapon id"),
    actor: str | None = _q("only this ISO3 actor"),
    date_from: str | None = _q("from YYYY-MM-DD", "from"),
    date_to: str | None = _q("to YYYY-MM-DD", "to"),
) -> Any:
    """Weapon-use claims and support decisions counted by month, in lanes by weapon or actor."""
    raw = {"by": by, "weapon": weapon, "actor": actor, "from": date_from, "to": date_to}
    with store_for(request) as store:
        return queries.timeline_data(store, raw)


@router.get("/law/party", response_model=models.LawParty, responses=ERRORS)
def law_party(
    state: str | None = _q("ISO3 state, e.g. NLD"),
    treaty: str | None = _q("treaty id, e.g. CCM"),
    on: str | None = _q("date YYYY-MM-DD (default today)"),
) -> Any:
    """Whether a state is party to a treaty on a date."""
    return queries.law_party({"state": state, "treaty": treaty, "on": on})


@router.get("/law/count", response_model=models.LawCount, responses=ERRORS)
def law_count(
    group: str | None = _q("NATO or EU"),
    treaty: str | None = _q("treaty id"),
    on: str | None = _q("date YYYY-MM-DD (default today)"),
) -> Any:
    """How many members of a group are party to a treaty on a date."""
    return queries.law_count({"group": group, "treaty": treaty, "on": on})


@router.get("/law/assess", response_model=models.LawAssess, responses=ERRORS)
def law_assess(
    actor: str | None = _q("ISO3 actor"),
    weapon: str | None = _q("weapon id"),
    on: str | None = _q("date YYYY-MM-DD (default today)"),
    context: str | None = _q("armed_conflict (default), concentration_of_civilians, law_enforcement"),
) -> Any:
    """Which treaties prohibit this use of a weapon by this actor on that date, with the reasoning."""
    return queries.law_assess({"actor": actor, "weapon": weapon, "on": on, "context": context})


# --- writing: off without a token ---------------------------------------------------------------
def check_token(request: Request, given: str | None = None) -> None:
    """403 when the server has no token (writing is off); 401 when the request lacks the right one.
    The token comes from ``given`` (a form field) or else the Authorization/X-Armswatch-Token header."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "writing is disabled: start the server with --token or ARMSWATCH_TOKEN")
    if given is None:
        given = request.headers.get("x-armswatch-token", "")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid token is required", headers={"WWW-Authenticate": "Bearer"})


async def read_upload(request: Request, token_field: bool = False) -> tuple[Any, str | None]:
    """The uploaded file (and the form's token field) after size checks on the declared length."""
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise HTTPException(411, "the upload must declare its Content-Length")
    if int(length) > request.app.state.max_upload + 64 * 1024:
        raise HTTPException(413, f"the file is larger than {request.app.state.max_upload // (1024 * 1024)} MB")
    form = await request.form(max_files=1, max_fields=4)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(400, "file: a file is required (multipart field 'file')")
    token = form.get("token") if token_field else None
    return upload, token if isinstance(token, str) else None


def store_upload(request: Request, upload: Any) -> dict[str, Any]:
    with store_for(request) as store:
        result = ingest_upload(store, upload.file, upload.filename, request.app.state.max_upload)
    request.app.state.stats_cache = None  # the banner counts must show the new document
    return result


# The search page shows the store's counts on every view; over millions of facts those
# GROUP BYs cost more than the search itself, so the page reuses them for a short while.
STATS_TTL = 30.0


def cached_stats(request: Request, store: Store) -> dict[str, Any]:
    now = time.monotonic()
    cached = getattr(request.app.state, "stats_cache", None)
    if cached is None or now - cached[0] > STATS_TTL:
        cached = (now, store.stats())
        request.app.state.stats_cache = cached
    return cached[1]


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "txt, md, html, xml, pdf or docx; at most 20 MB",
                        }
                    },
                }
            }
        },
    }
}


@router.post(
    "/documents",
    response_model=models.Uploaded,
    status_code=201,
    openapi_extra=UPLOAD_BODY,
    responses={**ERRORS, 401: {"model": models.Error}, 403: {"model": models.Error}, 413: {"model": models.Error}},
)
async def upload(request: Request) -> Any:
    """Upload one document (token required: `Authorization: Bearer TOKEN`); it is read and stored."""
    check_token(request)
    upload, _ = await read_upload(request)
    return await run_in_threadpool(store_upload, request, upload)
