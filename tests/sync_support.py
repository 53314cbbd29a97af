"""A real local HTTP server that plays the three sync sources from the recorded responses in
tests/fixtures/sync (see its README): it filters by the cursor the client sends, pages two
results at a time, serves the files, and can be told to fail, stall or garble a path."""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pymupdf

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sync"
PAGE = 2  # results per page: every listing of three or more pages


def day(offset: int) -> str:
    """Today (UTC) plus ``offset`` days, ISO: the recorded dates are relative to the day the test runs."""
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


def pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in its text layer (what a published letter is)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(60, 60, 540, 780), text, fontsize=10, fontname="helv")
    data = doc.tobytes()
    doc.close()
    return data


# our own documents, one per item the services list (no text of a real publication)
LETTERS = {
    "tk1": (
        "Tweede Kamer der Staten-Generaal\n\nDatum 5 januari 2026\nBetreft Levering van luchtverdediging aan "
        "Oekraïne\n\nGeachte voorzitter,\n\nHierbij informeer ik uw Kamer dat Nederland dit jaar twee extra "
        "luchtverdedigingssystemen aan Oekraïne levert.\n\nDe minister van Defensie,\n\nA. de Voorbeeld"
    ),
    "tk2": (
        "Antwoord van minister De Voorbeeld op vragen van het lid Pietersen over brandwapens.\n\nVraag 1\nIs het "
        "waar dat bij de gevechten om de haven brandwapens zijn gebruikt?\n\nAntwoord 1\nHet kabinet beschikt "
        "niet over eigen waarnemingen van het gebruik van brandwapens in dat gebied."
    ),
    "tk3": (
        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de voorraad artilleriemunitie van de "
        "krijgsmacht binnen twee jaar aan te vullen,\n\nen gaat over tot de orde van de dag.\n\nJansen"
    ),
    "woo1": (
        "Besluit op uw Woo-verzoek\n\nDatum 3 februari 2026\n\nU vroeg om documenten over leveringen van munitie "
        "aan een buurland. Ik maak elf documenten gedeeltelijk openbaar."
    ),
    "woo2": (
        "Besluit op uw Woo-verzoek\n\nDatum 4 februari 2026\n\nU vroeg om documenten over de aankoop van traangas "
        "door de marechaussee. Ik maak vier documenten openbaar."
    ),
    "woo3": (
        "Besluit op uw Woo-verzoek\n\nDatum 5 februari 2026\n\nU vroeg om documenten over het ruimen van "
        "landmijnen door de genie. Ik maak twee documenten openbaar."
    ),
    "ob3": (
        "Verslag van een schriftelijk overleg over de export van onderdelen voor gevechtsvliegtuigen.\n\nDe "
        "commissie stelde de minister vragen over de vergunningen die in het afgelopen jaar zijn verleend."
    ),
}


def kamervragen_xml(number: str, subject: str, answer: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <kamervragen>
    <kamervraagkop><tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamervraagkop>
    <kamervraagnummer>{number}</kamervraagnummer>
    <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Smit</achternaam></naam> (GL) aan de minister van <organisatie>Defensie</organisatie> over <kamervraagonderwerp>{subject}</kamervraagonderwerp> (ingezonden <datum isodatum="2026-01-10">10 januari 2026</datum>).</kamervraagomschrijving>
    <kamervraagomschrijving type="antwoord">Antwoord van minister <naam><achternaam>De Voorbeeld</achternaam></naam> (<organisatie>Defensie</organisatie>) (ontvangen <datum isodatum="2026-02-02">2 februari 2026</datum>).</kamervraagomschrijving>
    <vraag><nr status="officieel">Vraag 1</nr><al>Wat weet u over {subject}?</al></vraag>
    <antwoord><nr status="officieel">Antwoord 1</nr><al>{answer}</al></antwoord>
  </kamervragen>
</officiele-publicatie>
""".encode()


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Service:
    """One fake service; ``prefix`` is the path its base URL ends in."""

    prefix = ""

    def handle(self, path: str, query: dict[str, str], base: str) -> Reply:
        raise NotImplementedError


class TweedeKamer(Service):
    """OData v4: $filter (GewijzigdOp ge …, Verwijderd eq false), $orderby GewijzigdOp, $skip/$top,
    two per page with an @odata.nextLink; files at Document(Id)/resource."""

    prefix = "/OData/v4/2.0"

    def __init__(self, documents: int | None = None):
        template = (FIXTURES / "tk_documents.json").read_text(encoding="utf-8")
        self.template = template.replace("{DAY1}", day(-2)).replace("{DAY2}", day(-1))
        self.documents = documents  # how many of the recorded documents exist (None: all)
        self.files = {d["Id"]: pdf(LETTERS[f"tk{i + 1}"]) for i, d in enumerate(self._values()[:3])}

    def _values(self) -> list[dict]:
        values = json.loads(self.template)["value"]
        return values if self.documents is None else values[: self.documents]

    def handle(self, path, query, base):
        m = re.fullmatch(r"/Document\(([-0-9a-f]+)\)/resource", path)
        if m and m.group(1) in self.files:
            return Reply(200, self.files[m.group(1)], {"Content-Type": "application/pdf"})
        if path != "/Document":
            return Reply(404)
        stamp = re.search(r"GewijzigdOp ge (\S+)", query.get("$filter", ""))
        if not stamp or "Verwijderd eq false" not in query["$filter"] or query.get("$orderby") != "GewijzigdOp asc":
            return Reply(400, b'{"error": "unsupported query"}')
        since = datetime.fromisoformat(stamp.group(1).replace("Z", "+00:00"))
        values = [d for d in self._values() if _when(d["GewijzigdOp"]) >= since and not d.get("Verwijderd")]
        values.sort(key=lambda d: _when(d["GewijzigdOp"]))
        skip = int(query.get("$skip", 0))
        page = {"@odata.context": f"{base}/$metadata#Document", "value": values[skip : skip + PAGE]}
        if skip + PAGE < len(values):
            page["@odata.nextLink"] = f"{base}/Document?" + "&".join(
                f"{k}={quote(v, safe=chr(39) + '(),:')}" for k, v in {**query, "$skip": str(skip + PAGE)}.items()
            )
        return Reply(200, json.dumps(page).encode(), {"Content-Type": "application/json; odata.metadata=minimal"})


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", stamp))


class Woo(Service):
    """The open.overheid.nl search API: publicatiedatumVan (DD-MM-YYYY), start/aantalResultaten,
    two per page whatever is asked; files at /attachment/{id}."""

    prefix = "/overheid/openbaarmakingen/api/v0"

    def __init__(self):
        template = (FIXTURES / "woo_zoek.json").read_text(encoding="utf-8")
        self.answer = json.loads(template.replace("{DAY1}", day(-2)).replace("{DAY2}", day(-1)))
        with_files = [r for r in self.answer["resultaten"] if r.get("bestandsType")]
        self.files = {r["document"]["id"].split("_")[0]: pdf(LETTERS[f"woo{i + 1}"]) for i, r in enumerate(with_files)}

    def handle(self, path, query, base):
        m = re.fullmatch(r"/attachment/([-0-9a-f]+)", path)
        if m and m.group(1) in self.files:
            return Reply(200, self.files[m.group(1)], {"Content-Type": "application/pdf"})
        if path != "/zoek" or query.get("aantalResultaten") not in ("10", "20", "50"):
            return Reply(400 if path == "/zoek" else 404)
        since = datetime.strptime(query["publicatiedatumVan"], "%d-%m-%Y").date().isoformat()
        hits = [r for r in self.answer["resultaten"] if r["document"]["openbaarmakingsdatum"] >= since]
        start = int(query.get("start", 0))
        body = {"totaal": len(hits), "resultaten": hits[start : start + PAGE]}
        return Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})


class Bekendmakingen(Service):
    """SRU 2.0 with recordSchema=gzd: a day's records for dt.issued=="YYYY-MM-DD", two per page with
    nextRecordPosition; the XML and PDF manifestations under /frbr/."""

    prefix = "/sru"

    def __init__(self):
        self.envelope = (FIXTURES / "sru_envelope.xml").read_text(encoding="utf-8")
        self.record = (FIXTURES / "sru_record.xml").read_text(encoding="utf-8")
        # (identifier, issue day, title, XML or None, PDF or None)
        self.items = [
            (
                "ah-tk-20252026-901",
                day(-2),
                "Antwoord op vragen over clustermunitie",
                kamervragen_xml("2026Z00901", "clustermunitie in opslag", "Nederland bezit geen clustermunitie meer."),
                None,
            ),
            (
                "ah-tk-20252026-902",
                day(-2),
                "Antwoord op vragen over witte fosfor",
                kamervragen_xml("2026Z00902", "witte fosfor bij oefeningen", "Witte fosfor wordt niet gebruikt."),
                None,
            ),
            ("kst-36999-7", day(-2), "Verslag van een schriftelijk overleg", None, pdf(LETTERS["ob3"])),
        ]

    def handle(self, path, query, base):
        root = base[: -len(self.prefix)]
        for ident, _, _, xml, data in self.items:
            if path == f"/frbr/{ident}.xml" and xml:
                return Reply(200, xml, {"Content-Type": "application/xml"})
            if path == f"/frbr/{ident}.pdf" and data:
                return Reply(200, data, {"Content-Type": "application/pdf"})
        if path != "" or query.get("operation") != "searchRetrieve" or query.get("recordSchema") != "gzd":
            return Reply(404)
        issued = re.search(r'dt\.issued=="(\d{4}-\d\d-\d\d)"', query.get("query", ""))
        if not issued or "c.product-area==officielepublicaties" not in query["query"]:
            return Reply(200, (FIXTURES / "sru_diagnostic.xml").read_bytes(), {"Content-Type": "application/xml"})
        hits = [i for i in self.items if i[1] == issued.group(1)]
        start = int(query.get("startRecord", 1))
        records = []
        for position, (ident, issued_on, title, xml, data) in enumerate(hits[start - 1 : start - 1 + PAGE], start):
            urls = "".join(
                f'<gzd:itemUrl manifestation="{kind}">{root}/frbr/{ident}.{kind}</gzd:itemUrl>'
                for kind, present in (("xml", xml), ("pdf", data))
                if present
            )
            records.append(
                self.record.replace("{ID}", ident)
                .replace("{TITLE}", title)
                .replace("{DAY}", issued_on)
                .replace("{BASE}", root)
                .replace("{ITEMURLS}", urls)
                .replace("{POSITION}", str(position))
            )
        following = start + PAGE
        body = (
            self.envelope.replace("{TOTAL}", str(len(hits)))
            .replace("{RECORDS}", "".join(records))
            .replace(
                "{NEXT}",
                f"<sru:nextRecordPosition>{following}</sru:nextRecordPosition>" if following <= len(hits) else "",
            )
        )
        return Reply(200, body.encode(), {"Content-Type": "text/xml; charset=utf-8"})


class FakeServer:
    """Serves one Service on 127.0.0.1; ``base`` is what --base-url takes. ``fail(path, *replies)``
    answers the next requests of a path with those replies first; ``stall(path)`` holds its next
    request until released; ``requests`` lists every path asked, with its query."""

    def __init__(self, service: Service):
        self.service = service
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.scripted: dict[str, list[Reply | None]] = {}
        self.stalled: dict[str, threading.Event] = {}
        self.reached = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the http.server name)
                outer._serve(self)

            def log_message(self, *args):  # quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.root = f"http://127.0.0.1:{self.httpd.server_port}"
        self.base = self.root + service.prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def fail(self, path: str, *replies: Reply, after: int = 0) -> None:
        """Answer the requests of ``path`` after the first ``after`` with ``replies``, in order."""
        self.scripted.setdefault(path, []).extend([None] * after + list(replies))

    def stall(self, path: str) -> threading.Event:
        self.stalled[path] = threading.Event()
        return self.stalled[path]

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def close(self) -> None:
        for event in self.stalled.values():
            event.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        url = urlsplit(handler.path)
        path = unquote(url.path)
        path = path[len(self.service.prefix) :] if path.startswith(self.service.prefix) else path
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.requests.append((path, query))
        if handler.headers.get("User-Agent", "").split("/")[0] != "armswatch":
            reply = Reply(403, b"say who you are")
        elif path in self.stalled:
            self.reached.set()
            self.stalled[path].wait(30)
            time.sleep(0.05)
            reply = self.service.handle(path, query, self.base)
        else:
            scripted = self.scripted[path].pop(0) if self.scripted.get(path) else None
            reply = scripted or self.service.handle(path, query, self.base)
        try:
            handler.send_response(reply.status)
            for name, value in {"Content-Length": str(len(reply.body)), **reply.headers}.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass
