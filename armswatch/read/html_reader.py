"""HTML (and XHTML) pages: main content as text, <meta> hints of officielebekendmakingen.

zoek.officielebekendmakingen.nl pages state the chamber, dossier, number, document type,
date and submitters in <meta> tags; the running text is in div#broodtekst.
"""

from __future__ import annotations

import re
from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument, strip_marks
from armswatch.read.tree_text import render

# <form> is not skipped: old ASP.NET sites wrap the whole page in one
SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "head",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "canvas",
    "button",
    "select",
    "option",
    "textarea",
    "input",
    "label",
    "map",
    "audio",
    "video",
    "picture",
    "img",
}
BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "address",
    "blockquote",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "hr",
    "center",
    "fieldset",
    "form",
    "details",
    "summary",
    "body",
    "html",
    # list items and table rows are units of their own: a blank line keeps the normalise
    # stage from joining them as if they were one wrapped sentence
    "li",
    "dt",
    "dd",
    "tr",
}
LINE: set[str] = set()
# elements whose class marks page chrome rather than content (breadcrumbs, skip links, menus)
_CHROME = re.compile(r"\b(breadcrumb|skiplink|skip-link|menu|navbar|cookie|share|social)\b", re.I)

_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares: BOM, XML declaration, or <meta charset> / http-equiv."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    m = _XML_DECL.match(head) or _CHARSET_META.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        return None
    # pages that say latin-1 are in practice cp1252 (curly quotes, euro sign)
    return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name


def decode_html(data: bytes) -> str:
    from armswatch.read.readers import decode_bytes

    data = strip_marks(data) if data.startswith(b"\xc3\xaf\xc2\xbb\xc2\xbf") else data
    charset = sniff_charset(data)
    if charset:
        try:
            return data.decode(charset).lstrip("\ufeff")
        except UnicodeDecodeError:  # the page lies about its charset: detect it instead
            pass
    return decode_bytes(data)


def _kind(el) -> str:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in SKIP or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return "skip"
    if _CHROME.search(el.get("class") or "") or el.get("role") in ("navigation", "banner", "search"):
        return "skip"
    if tag == "br":
        return "br"
    if tag == "pre":
        return "pre"
    if tag in ("td", "th"):
        return "cell"
    if tag in LINE:
        return "line"
    if tag in BLOCK:
        return "block"
    return "inline"


def _meta_tags(doc) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for m in doc.iter("meta"):
        name = (m.get("name") or m.get("property") or "").strip()
        content = (m.get("content") or "").strip()
        if name and content and len(tags) < 500:
            scheme = (m.get("scheme") or "").strip()
            tags.setdefault(name, []).append(content[:2000])
            if scheme:
                tags.setdefault(f"{name}@{scheme}", []).append(content[:2000])
    return tags


def official_hints(tags: dict[str, list[str]], title: str | None) -> dict:
    """Normalised hints from the <meta> header of an officielebekendmakingen page."""
    first = lambda *names: next((tags[n][0] for n in names if tags.get(n)), None)  # noqa: E731
    hints: dict = {}
    creator = (first("DC.creator") or "").lower()
    if "tweede kamer" in creator:
        hints["chamber"] = "TK"
    elif "eerste kamer" in creator:
        hints["chamber"] = "EK"
    if dossier := first("OVERHEIDop.dossiernummer"):
        hints["dossier"] = re.sub(r"\s+", "", dossier)
    if number := first("OVERHEIDop.ondernummer"):
        hints["number"] = re.sub(r"\s+", "", number)
    if doctype := first("DC.type@OVERHEIDop.KamerstukTypen"):
        hints["doctype"] = doctype.lower()
    aanhangsel = (first("DC.type@OVERHEIDop.AanhangselTypen") or "").lower()
    if aanhangsel.startswith("antwoord"):
        hints["doctype"] = "antwoord_kamervragen"
    elif aanhangsel.startswith("vra"):
        hints["doctype"] = "kamervragen"
    if first("OVERHEIDop.dossiertitel"):
        hints["dossier_title"] = first("OVERHEIDop.dossiertitel")
    doc_title = first("OVERHEIDop.documenttitel", "DC.title", "og:title") or title
    if doc_title:
        hints["title"] = doc_title
    # answers to questions are dated when received; other papers when issued
    issued = first("OVERHEIDop.datumOntvangst", "DCTERMS.issued", "DCTERMS.available", "DC.date")
    if issued and re.match(r"\d{4}-\d{2}-\d{2}", issued):
        hints["date"] = issued[:10]
    if tags.get("OVERHEIDop.indiener"):
        hints["submitters"] = list(tags["OVERHEIDop.indiener"])
    if first("OVERHEIDop.ontvanger"):  # the minister the questions went to (who answers them)
        hints["recipient"] = first("OVERHEIDop.ontvanger")
    if first("OVERHEIDop.aanhangselNummer"):
        hints["aanhangsel_number"] = first("OVERHEIDop.aanhangselNummer")
    if first("DC.identifier"):
        hints["identifier"] = first("DC.identifier")
    if first("OVERHEIDop.vergaderjaar"):
        hints["session_year"] = first("OVERHEIDop.vergaderjaar")
    if first("DC.type@OVERHEIDop.Parlementair"):
        hints["publication"] = first("DC.type@OVERHEIDop.Parlementair")
    return hints


def _main_content(doc):
    """div#broodtekst on officielebekendmakingen, else <main>/<article>, else the body
    without the site's own header, footer and asides."""
    for xpath in (
        '//*[@id="broodtekst"]',
        "//main",
        '//*[@role="main"]',
        "//article",
        '//*[@id="main-content" or @id="maincontent" or @id="content"]',
    ):
        found = doc.xpath(xpath)
        if found:
            return found[0]
    body = doc.find(".//body")
    if body is None:
        return doc
    for chrome in body.xpath(".//header | .//footer | .//aside | .//*[@role='contentinfo']"):
        if chrome.getparent() is not None:
            chrome.drop_tree()  # keeps the text that follows it
    return body


def read_html(path: Path) -> RawDocument:
    import lxml.html
    from lxml import etree

    text = decode_html(path.read_bytes())
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with a declaration
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        doc = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError(
            f"{path}: not a readable HTML page ({str(e).splitlines()[0][:200] if str(e) else 'empty'})"
        ) from None
    title_el = doc.find(".//title")
    title = re.sub(r"\s+", " ", title_el.text_content()).strip() if title_el is not None else ""
    hints = official_hints(_meta_tags(doc), title or None)
    body = render(_main_content(doc), kind=_kind)
    return RawDocument(path=str(path), format="html", text=body, meta=hints)
