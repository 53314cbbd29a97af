"""Ministers' and state secretaries' roles, normalised: "de minister voor Buitenlandse Handel
en Ontwikkelingssamenwerking" -> "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
"MINISTERS VAN BUITENLANDSE ZAKEN, VAN DEFENSIE EN VOOR ..." -> one role per portfolio,
openkamer's "minister defensie" -> "Minister van Defensie". Portfolios: data/ministries.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from armswatch.lexicon import load_toml

# the chair of a chamber as a letter's addressee ("Aan de Voorzitter van de Tweede Kamer ..."): a
# letterhead's address block and a letter's first line both open with it
CHAIR_OF_A_CHAMBER = r"de Voorzitter van de (?:Tweede|Eerste) Kamer"


def _flexible(name: str) -> str:
    """A portfolio name as a regex: any whitespace, "&" for "en", optional commas and a shared
    compound's hyphen."""
    out = []
    for word in re.split(r"\s+", name.strip()):
        if word.lower() in ("en", "&"):
            out.append(r"(?:en|&)")
        else:
            # the hyphen of a shared compound part may be left out: "Basis- en" as "Basis en"
            out.append(re.escape(word.rstrip(",-")) + ("-?" if word.endswith("-") else ",?"))
    return r"\s+".join(out)


@lru_cache(maxsize=1)
def _portfolios() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    alts: list[tuple[str, str]] = []
    for p in load_toml("ministries.toml")["portfolio"]:
        for spelling in [p["name"], *p.get("aliases", [])]:
            key = _key(spelling)
            lookup[key] = (p["name"], p["prep"])
            alts.append((spelling, _flexible(spelling)))
    alts.sort(key=lambda a: len(a[0]), reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(a[1] for a in alts) + r")(?!\w)", re.I)
    return pattern, lookup


def _key(s: str) -> str:
    return " ".join(s.lower().replace("&", " en ").replace(",", " ").replace("- ", " ").split())


def portfolio(text: str) -> tuple[str, str] | None:
    """(canonical name, preposition) of a portfolio written exactly as text, or None."""
    return _portfolios()[1].get(_key(text))


_ROLE_WORD = re.compile(
    r"(?<![\w-])(?P<word>vice-?minister-president|minister-president|ministers?|staatssecretaris(?:sen)?)(?![\w-])",
    re.I,
)
# what may stand between a role word and its portfolios, or between two portfolios
_CONNECTOR = re.compile(r"^(?:[\s,()]|\ben\b|\bde\b|\bhet\b|\bvan\b|\bvoor\b|\bzijn\b)*$", re.I)


def role_title(word: str, name: str, prep: str) -> str:
    word = word.lower()
    if word.startswith("staatssecretaris"):  # of a ministry, or for a portfolio ("voor Europese Zaken")
        return f"Staatssecretaris {prep} {name}"
    return f"Minister {prep} {name}"


def roles_in(text: str, first_chain: bool = False) -> list[str]:
    """Every role named in text, in order: a role word followed by one or more portfolios.

    With first_chain, stop at the first word that is neither a role, a portfolio nor a
    connector once a role was found ("mede namens de minister van X, informeer ik ...").
    """
    pattern, lookup = _portfolios()
    events = [(m.start(), m.end(), "role", m.group("word")) for m in _ROLE_WORD.finditer(text)]
    events += [(m.start(), m.end(), "portfolio", m.group(0)) for m in pattern.finditer(text)]
    events.sort()
    out: list[str] = []
    words: list[str] = []  # role words waiting for their portfolio ("MINISTER EN STAATSSECRETARIS VAN")
    last_kind = None
    last_end = 0
    for start, end, kind, value in events:
        if start < last_end:
            continue
        gap = text[last_end:start]
        if not _CONNECTOR.match(gap):
            if first_chain and out:
                break
            words, last_kind = [], None
        if kind == "role":
            words = words + [value] if last_kind == "role" else [value]
            if value.lower() == "minister-president" and "Minister-President" not in out:
                out.append("Minister-President")
        else:
            name, prep = lookup[_key(value)]
            for word in words:
                role = role_title(word, name, prep)
                if role not in out:
                    out.append(role)
        last_kind = kind
        last_end = end
    if "Minister-President" in out and _PM_MINISTRY in out:  # one person, two titles
        out.remove(_PM_MINISTRY)
    return out


_PM_MINISTRY = "Minister van Algemene Zaken"


# a minister standing in for another: "De Minister van Buitenlandse Zaken a.i.," (ad interim)
_ACTING = re.compile(r"\s+(?:a\.\s?i\.|ad interim)(?=\s*,?\s*$)", re.I)


def is_pure_role(text: str) -> bool:
    """Is text nothing but roles ("de Minister van Buitenlandse Zaken en van Defensie")?"""
    pattern = _portfolios()[0]
    rest = pattern.sub(" ", _ROLE_WORD.sub(" ", _ACTING.sub("", text)))
    return bool(roles_in(text)) and _CONNECTOR.match(rest) is not None
