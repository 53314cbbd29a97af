"""tweedekamer: documents of the Tweede Kamer from its open-data OData v4 service
(gegevensmagazijn.tweedekamer.nl/OData/v4/2.0), the file of each from ``Document({Id})/resource``.

Listed by ``GewijzigdOp`` (last change) ascending from the cursor, deleted documents left out:
``$filter=Verwijderd eq false and GewijzigdOp ge <cursor> and (selection)``, with each
document's Kamerstukdossier expanded, paged by the server's ``@odata.nextLink`` or else
``$skip``. The Kamer's own Datum, Onderwerp and dossier fill a record's fields only where the
text left them unknown. The cursor is the GewijzigdOp of the last
stored document (as UTC). A document changed after it was stored keeps its first version.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from armswatch.sync.http import Client, SyncError
from armswatch.sync.source import SUFFIXES, Item, json_body, utc_timestamp

NAME = "tweedekamer"
BASE_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
# document kinds ('Soort', as tkapi's DocumentSoort names them); --query replaces this clause
# with any OData $filter clause
DEFAULT_QUERY = (
    "Soort eq 'Brief regering' or Soort eq 'Antwoord schriftelijke vragen'"
    " or Soort eq 'Antwoord schriftelijke vragen (nader)' or Soort eq 'Schriftelijke vragen'"
    " or Soort eq 'Motie' or Soort eq 'Motie (gewijzigd/nader)' or Soort eq 'Verslag van een schriftelijk overleg'"
)
PAGE = 100


def listing(client: Client, base: str, since: str, query: str | None) -> Iterator[Item]:
    stamp = utc_timestamp(since if "T" in since else since + "T00:00:00Z")
    params = {
        "$filter": f"Verwijderd eq false and GewijzigdOp ge {stamp} and ({query or DEFAULT_QUERY})",
        "$orderby": "GewijzigdOp asc",
        "$expand": "Kamerstukdossier",
        "$top": str(PAGE),
    }
    skip = 0
    url: str | None = _url(base, params, skip)
    while url:
        page = json_body(client.get(url, accept="application/json"), "OData response")
        values = page.get("value") if isinstance(page, dict) else None
        if not isinstance(values, list):
            raise SyncError(f"{url}: malformed OData response (no 'value' list)")
        for doc in values:
            item = _item(base, doc)
            if item:
                yield item
        if isinstance(page.get("@odata.nextLink"), str):
            url = page["@odata.nextLink"]
        elif len(values) >= PAGE:
            skip += len(values)
            url = _url(base, params, skip)
        else:
            url = None


def _url(base: str, params: dict[str, str], skip: int) -> str:
    # built by hand: the service wants "$filter", not the "%24filter" a params dict would send
    pairs = {**params, "$skip": str(skip)} if skip else params
    return f"{base}/Document?" + "&".join(f"{k}={quote(v, safe=chr(39) + '(),:')}" for k, v in pairs.items())


def _item(base: str, doc: object) -> Item | None:
    if not isinstance(doc, dict) or not isinstance(doc.get("Id"), str) or not isinstance(doc.get("GewijzigdOp"), str):
        raise SyncError("malformed OData document (no Id or GewijzigdOp)")
    if doc.get("Verwijderd") or not doc.get("ContentType"):
        return None  # deleted, or a record without a file
    return Item(
        doc["Id"],
        f"{base}/Document({doc['Id']})/resource",
        utc_timestamp(doc["GewijzigdOp"]),
        SUFFIXES.get(str(doc["ContentType"]).split(";")[0].strip().lower()),
        _hints(doc),
    )


def _hints(doc: dict) -> dict[str, str]:
    """Date, subject and kamerstuk as the Kamer registered them (Datum, Onderwerp, the first
    Kamerstukdossier's Nummer and Toevoeging with the document's Volgnummer)."""
    hints = {}
    if isinstance(doc.get("Datum"), str) and len(doc["Datum"]) >= 10:
        hints["date"] = doc["Datum"][:10]
    if isinstance(doc.get("Onderwerp"), str) and doc["Onderwerp"].strip():
        hints["subject"] = doc["Onderwerp"].strip()
    dossiers = [d for d in doc.get("Kamerstukdossier") or [] if isinstance(d, dict) and d.get("Nummer")]
    if dossiers:
        toevoeging = (dossiers[0].get("Toevoeging") or "").strip()
        hints["dossier"] = f"{dossiers[0]['Nummer']}-{toevoeging}" if toevoeging else str(dossiers[0]["Nummer"])
        if isinstance(doc.get("Volgnummer"), int) and doc["Volgnummer"] > 0:
            hints["number"] = str(doc["Volgnummer"])
    return hints
