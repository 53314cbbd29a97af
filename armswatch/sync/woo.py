"""woo: releases on the national Woo platform open.overheid.nl, through the search API its own
site uses (``/overheid/openbaarmakingen/api/v0``). KOOP publishes no reference for it; the shape
here (``/zoek`` with zoektekst, start, aantalResultaten of 10/20/50, publicatiedatumVan as
DD-MM-YYYY, sort=publicatiedatum&order=asc; a result's ``document.id`` with a "_<version>"
suffix, ``openbaarmakingsdatum``, ``bestandsType``; the file at ``/attachment/{id}``) is the one
public projects that harvest it use. The cursor is the publication day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from armswatch.sync.http import Client, SyncError
from armswatch.sync.source import SUFFIXES, Item, json_body

NAME = "woo"
BASE_URL = "https://open.overheid.nl/overheid/openbaarmakingen/api/v0"
# without --query: everything the Ministry of Defence publishes; --query searches all
# publishers' text instead
DEFAULT_ORGANISATION = "ministerie van Defensie"
DEFAULT_QUERY = f"organisatie={DEFAULT_ORGANISATION}"
PAGE = 50  # the API takes 10, 20 or 50


def listing(client: Client, base: str, since: str, query: str | None) -> Iterator[Item]:
    day = date.fromisoformat(since[:10])
    params: dict[str, str | int] = {
        "zoektekst": query or "",
        "aantalResultaten": PAGE,
        "sort": "publicatiedatum",
        "order": "asc",
        "publicatiedatumVan": day.strftime("%d-%m-%Y"),
    }
    if not query:
        params["organisatie"] = DEFAULT_ORGANISATION
    start = 0
    while True:
        url = f"{base}/zoek"
        page = json_body(client.get(url, params={**params, "start": start}, accept="application/json"), "search answer")
        results = page.get("resultaten") if isinstance(page, dict) else None
        total = page.get("totaal") if isinstance(page, dict) else None
        if not isinstance(results, list) or not isinstance(total, int):
            raise SyncError(f"{url}: malformed search answer (no 'resultaten' list or 'totaal')")
        for hit in results:
            item = _item(base, hit)
            if item:
                yield item
        start += len(results)
        if not results or start >= total:
            return


def _item(base: str, hit: object) -> Item | None:
    if not isinstance(hit, dict):
        raise SyncError("malformed search result (not an object)")
    doc = hit.get("document")
    if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
        raise SyncError("malformed search result (no document id)")
    published = doc.get("openbaarmakingsdatum")
    if not isinstance(published, str) or len(published) < 10:
        raise SyncError(f"malformed search result {doc['id']} (no openbaarmakingsdatum)")
    if not hit.get("bestandsType"):
        return None  # a publication without a file
    ident = doc["id"].split("_", 1)[0]  # "<id>_<version>": the file belongs to the id
    return Item(ident, f"{base}/attachment/{ident}", published[:10], SUFFIXES.get(str(hit["bestandsType"]).lower()))
