"""XML of officielebekendmakingen (<officiele-publicatie>): kamervragen, kamerstukken, handelingen.

The text is rendered as the published page reads ("Vragen van de leden ... (ingezonden ...).",
"Vraag 1", question, "Antwoord 1", answer, ...), so later stages need no XML knowledge; what the
markup states for sure (chamber, dates, questioners, sender, dossier and number) goes into meta.
"""

from __future__ import annotations

import re
from pathlib import Path

from armswatch.errors import InputError
from armswatch.read import RawDocument, strip_marks
from armswatch.read.tree_text import render

SKIP = {"metadata", "meta", "kamernummer"}
LINE = {"tekstregel", "nr", "stuknr", "datumtekst", "functie", "plaats", "dossiernummer"}
BLOCK = {
    "al",
    "titel",
    "kop",
    "kamervraagomschrijving",
    "kamervraagnummer",
    "vraag",
    "antwoord",
    "kamervraagkop",
    "kamerstukkop",
    "dossier",
    "stuk",
    "algemeen",
    "ondertekening",
    "al-groep",
    "lijst",
    "tabel",
    "tgroup",
    "tbody",
    "thead",
    "noten",
    "handelingen",
    "kamervragen",
    "kamerstuk",
    "officiele-publicatie",
    "spreekbeurt",
    "tekst",
    "vrije-tekst",
    "wie",
    "wat",
    "li",
    "row",
}  # list items and table rows: units the normalise stage must not join
CELL = {"entry"}
INLINE = {
    "naam",
    "voornaam",
    "achternaam",
    "voorletters",
    "tussenvoegsel",
    "organisatie",
    "datum",
    "extref",
    "intref",
    "nadruk",
    "kamervraagonderwerp",
    "sup",
    "inf",
    "ondernummer",
    "dossiernr",
    "afkorting",
    "redactie",
    "unicode",
    "noot-ref",
    "noot.ref",
}
# In <vraag>/<antwoord> the number and the first paragraph are lines, as printed.
QA = {"vraag", "antwoord"}
_PARTY_SKIP = re.compile(r"^(allen|beiden|beide|alle|allebei)\s+", re.I)
_ROLE_WORD = re.compile(r"(minister-president|minister|staatssecretaris)\s*$", re.I)


def _has_mixed_text(el) -> bool:
    if el is None:
        return False
    if (el.text or "").strip():
        return True
    return any((c.tail or "").strip() for c in el)


def _kind(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP or (tag == "tekstregel" and el.get("inhoud") == "kamernummer"):
        return "skip"
    parent = el.getparent()
    if parent is not None and parent.tag in QA:
        # "Vraag 1" and the first paragraph under it on consecutive lines, as printed
        prev = el.getprevious()
        if tag == "nr" or (tag == "al" and prev is not None and prev.tag == "nr"):
            return "line"
    if tag in CELL:
        return "cell"
    if tag in LINE:
        return "line"
    if tag in BLOCK:
        return "block"
    if tag in INLINE:
        return "inline"
    # anything else flows inline inside running text (or inside an inline) and stands alone
    # elsewhere, e.g. <naam> in an <ondertekening>
    if _has_mixed_text(parent) or (parent is not None and _kind(parent) == "inline"):
        return "inline"
    return "block"


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def _chamber(text: str) -> str | None:
    t = text.lower()
    return "TK" if "tweede kamer" in t else "EK" if "eerste kamer" in t else None


def _pull_footnotes(root) -> list[str]:
    """<noot> inside a paragraph -> its number stays in place, its text goes to the end."""
    notes: list[str] = []
    for noot in list(root.iter("noot")):
        nr = _text(noot.find("noot.nr")) or str(len(notes) + 1)
        body = " ".join(_text(a) for a in noot if a.tag != "noot.nr") or _text(noot)
        notes.append(f"{nr} {body}".strip())
        parent = noot.getparent()
        if parent is None:
            continue
        marker = nr + (noot.tail or "")
        prev = noot.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + marker
        else:
            parent.text = (parent.text or "") + marker
        parent.remove(noot)
    return notes


def _name(naam) -> str:
    parts = [
        _text(naam.find(t))
        for t in ("voornaam", "voorletters", "tussenvoegsel", "achternaam")
        if naam.find(t) is not None
    ]
    return re.sub(r"\s+", " ", " ".join(parts)).strip() or _text(naam)


def questioners(omschrijving) -> list[dict]:
    """Names in <naam> with the party from the parentheses after them ("(allen D66)")."""
    out: list[dict] = []
    pending: list[dict] = []
    for naam in omschrijving.iter("naam"):
        person = {"name": _name(naam), "party": None}
        out.append(person)
        pending.append(person)
        m = re.match(r"\s*\(([^()]{1,40})\)", naam.tail or "")
        if m:
            party = _PARTY_SKIP.sub("", m.group(1).strip())
            for p in pending:
                p["party"] = party
            pending = []
    return [p for p in out if p["name"]]


def _portfolio_key(name: str) -> str:
    return " ".join(name.lower().replace("&", " en ").replace(",", " ").split())


def _preposition(portfolio: str) -> str:
    """'van' for a ministry, 'voor' for a minister without one (data/ministries.toml)."""
    from armswatch.lexicon import load_toml

    key = _portfolio_key(portfolio)
    for p in load_toml("ministries.toml").get("portfolio", []):
        if key in {_portfolio_key(n) for n in [p["name"], *p.get("aliases", [])]}:
            return p["prep"]
    return "van"


def sender(omschrijving) -> dict | None:
    """'Antwoord van Minister <naam>Koolmees</naam> (<organisatie>SZW</organisatie>)'."""
    naam = omschrijving.find(".//naam")
    if naam is None:
        return None
    before = omschrijving.text or ""
    for el in omschrijving:
        if el is naam:
            break
        before += _text(el) + (el.tail or "")
    word = _ROLE_WORD.search(before.strip())
    org = omschrijving.find(".//organisatie")
    role = None
    if word:
        title = word.group(1).capitalize()
        if org is not None and _text(org) and title != "Minister-president":
            prep = _preposition(_text(org)) if title == "Minister" else "van"
            role = f"{title} {prep} {_text(org)}"
        else:
            role = title
    return {"name": _name(naam), "role": role}


def _iso(el) -> str | None:
    if el is None:
        return None
    for d in el.iter("datum"):
        iso = d.get("isodatum") or ""
        if re.match(r"\d{4}-\d{2}-\d{2}$", iso):
            return iso
    return None


def kamervragen_hints(kv) -> dict:
    hints: dict = {}
    if kv.find(".//antwoord") is not None:
        hints["doctype"] = "antwoord_kamervragen"
    elif kv.find(".//vraag") is not None:
        hints["doctype"] = "kamervragen"
    vraag = kv.find("kamervraagomschrijving[@type='vraag']")
    antwoord = kv.find("kamervraagomschrijving[@type='antwoord']")
    date = _iso(antwoord) or _iso(vraag)
    if date:
        hints["date"] = date
    if vraag is not None:
        if vraag.find(".//kamervraagonderwerp") is not None:
            hints["subject"] = _text(vraag.find(".//kamervraagonderwerp"))
        hints["questioners"] = questioners(vraag)
        if _iso(vraag):
            hints["date_submitted"] = _iso(vraag)
    if antwoord is not None and sender(antwoord):
        hints["sender"] = sender(antwoord)
    if kv.findtext("kamervraagnummer"):
        hints["aanhangsel_number"] = kv.findtext("kamervraagnummer").strip()
    return hints


_DOCTYPES = ("motie", "brief", "verslag", "nota", "amendement", "memorie", "voorstel", "lijst", "advies", "koninklijke")


def kamerstuk_hints(ks) -> dict:
    hints: dict = {}
    nr = ks.find(".//dossier/dossiernummer")
    if nr is not None and _text(nr):
        hints["dossier"] = re.sub(r"(?<=\d)\s+(?=\d)", "", _text(nr))
    title = _text(ks.find(".//dossier/titel"))
    if title:
        hints["dossier_title"] = title
    onder = ks.find(".//stuk/stuknr//ondernummer")
    if onder is not None and _text(onder):
        hints["number"] = _text(onder)
    stuk_title = _text(ks.find(".//stuk/titel"))
    if stuk_title:
        hints["title"] = stuk_title
        first = stuk_title.split()[0].lower()
        if first in _DOCTYPES:
            hints["doctype"] = first
    date = _iso(ks.find(".//stuk/datumtekst")) or _iso(ks.find(".//stuk"))
    if date:
        hints["date"] = date
    return hints


def handelingen_hints(h) -> dict:
    """Handelingen (h-tk-, h-ek-): the first agenda item's title and the sitting's date."""
    hints: dict = {"doctype": "handelingen"}
    for titel in h.iter("titel", "item-titel"):
        if _text(titel):
            hints["subject"] = _text(titel)
            break
    for tag in ("vergaderdatum", "datum"):
        el = h.find(".//" + tag)
        date = (el.get("isodatum") if el is not None else None) or ""
        if re.match(r"\d{4}-\d{2}-\d{2}$", date):
            hints["date"] = date
            break
    return hints


def safe_parser():
    """An XML parser that fetches nothing, expands no entities and refuses huge trees."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def read_xml(path: Path) -> RawDocument:
    from lxml import etree

    try:
        # the declaration must open the document: marks and blank lines before it go
        root = etree.fromstring(strip_marks(path.read_bytes()).lstrip(), safe_parser())
    except etree.XMLSyntaxError as e:
        raise InputError(f"{path}: malformed XML ({str(e).splitlines()[0][:200]})") from None
    if root is None:
        raise InputError(f"{path}: malformed XML (no root element)")
    hints: dict = {}
    for kop in root.iter("tekstregel"):
        if kop.get("inhoud") == "kameraanduiding" and _chamber(_text(kop)):
            hints["chamber"] = _chamber(_text(kop))
            break
    kv = root if root.tag == "kamervragen" else root.find(".//kamervragen")
    ks = root if root.tag == "kamerstuk" else root.find(".//kamerstuk")
    if kv is not None:
        hints.update(kamervragen_hints(kv))
    elif ks is not None:
        hints.update(kamerstuk_hints(ks))
    elif root.find(".//handelingen") is not None or root.tag == "handelingen":
        hints.update(handelingen_hints(root if root.tag == "handelingen" else root.find(".//handelingen")))
    notes = _pull_footnotes(root)
    text = render(root, kind=_kind)
    if notes:
        text += "\n\n" + "\n".join(notes)
    return RawDocument(path=str(path), format="xml", text=text, meta=hints)
