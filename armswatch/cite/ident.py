"""Official identifiers of a document and the public URLs they resolve to — never a local path.

- a kamerstuk (dossier + number): "Kamerstukken II 2022/23, 36045, nr. 20", published on
  zoek.officielebekendmakingen.nl as ``kst-36045-20``;
- an answer in the Aanhangsel van de Handelingen: "Aanhangsel Handelingen II 2020/21, nr. 3235",
  ``ah-tk-20202021-3235`` — known from an officielebekendmakingen file name;
- the sync source's own URL when the record came from one (``origin.source_url``);
- the ministry's reference (kenmerk), which identifies but has no public address.
Citation form: the Leidraad voor juridische auteurs (Kluwer, 2019), "Parlementaire stukken".
Publication ids: the officielebekendmakingen naming of the KOOP repository (repository.overheid.nl).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath
from typing import Any

OEB = "https://zoek.officielebekendmakingen.nl/"
# officielebekendmakingen file names: kst-36045-20, kst-21501-28-233, ah-tk-20202021-3235, h-tk-...
_PUBLICATION = re.compile(r"^(?P<id>(?:kst|ah-(?:tk|ek)|h-(?:tk|ek)|stcrt|stb|trb)-[0-9a-z-]+?)(?:-n\d+)?$", re.I)
_AH = re.compile(r"^ah-(?P<ch>tk|ek)-(?P<y1>\d{4})(?P<y2>\d{4})-(?P<nr>\d+)$", re.I)
_DOSSIER = re.compile(r"^[0-9]{4,6}(?:-[0-9A-Za-z]{1,4})*$")
_NUMBER = re.compile(r"^[0-9A-Za-z]{1,6}$")
ROMAN = {"TK": "II", "EK": "I"}


def session_year(day: str | None) -> str | None:
    """The parliamentary year ('2022/23') of an ISO date: it opens on the third Tuesday of
    September (Prinsjesdag, Grondwet art. 65)."""
    try:
        d = date.fromisoformat(str(day)[:10])
    except (TypeError, ValueError):
        return None
    first = date(d.year, 9, 1)
    opening = first.replace(day=1 + (1 - first.weekday()) % 7 + 14)  # the third Tuesday
    start = d.year if d >= opening else d.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def publication_id(record: dict[str, Any]) -> str | None:
    """'kst-36045-20' or 'ah-tk-20202021-3235': from the kamerstuk, else the source's file name."""
    ks = record.get("kamerstuk") or {}
    dossier, number = ks.get("dossier"), ks.get("number")
    if dossier and number and _DOSSIER.match(str(dossier)) and _NUMBER.match(str(number)):
        return f"kst-{dossier}-{number}"
    path = (record.get("source") or {}).get("path") or ""
    m = _PUBLICATION.match(PurePath(path.replace("\\", "/")).stem)
    return m.group("id").lower() if m else None


def origin_url(record: dict[str, Any]) -> str | None:
    """The URL a synchronised record was fetched from, when it says so."""
    for holder in (record.get("origin"), record.get("source")):
        if isinstance(holder, dict):
            for key in ("source_url", "url"):
                url = holder.get(key)
                if isinstance(url, str) and url.startswith(("https://", "http://")):
                    return url
    return None


def identifiers(record: dict[str, Any]) -> list[dict[str, str | None]]:
    """Every identifier known, most official first: [{"scheme", "value", "url"}]."""
    out: list[dict[str, str | None]] = []
    chamber = ROMAN.get(record.get("chamber") or "TK", "II")
    year = session_year(record.get("date"))
    pub = publication_id(record)
    ks = record.get("kamerstuk") or {}
    if ks.get("dossier") and ks.get("number"):
        value = f"Kamerstukken {chamber}{' ' + year if year else ''}, {ks['dossier']}, nr. {ks['number']}"
        out.append({"scheme": "kamerstuk", "value": value, "url": OEB + pub if pub else None})
    elif ks.get("dossier"):
        out.append({"scheme": "dossier", "value": f"Kamerstuk {ks['dossier']}", "url": None})
    ah = _AH.match(pub or "")
    if ah:
        ch = "II" if ah.group("ch").lower() == "tk" else "I"
        value = f"Aanhangsel Handelingen {ch} {ah.group('y1')}/{ah.group('y2')[2:]}, nr. {ah.group('nr')}"
        out.append({"scheme": "aanhangsel", "value": value, "url": OEB + (pub or "")})
    elif pub and not pub.startswith("kst-"):
        out.append({"scheme": "publication", "value": pub, "url": OEB + pub})
    url = origin_url(record)
    if url:
        out.append({"scheme": "source_url", "value": url, "url": url})
    if record.get("reference"):
        out.append({"scheme": "reference", "value": f"kenmerk {record['reference']}", "url": None})
    return out
