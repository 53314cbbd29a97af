"""Amounts of money and shares: figures whose unit is a currency or a percentage.

"€ 2,5 miljard" -> 2500000000 "€"; "acht miljoen euro extra aan het Voedselfonds" -> 8000000
"euro extra aan het Voedselfonds"; "150 mln. aan vergunningen" -> 150000000 "mln. aan
vergunningen"; "0,7% van het bruto nationaal inkomen" -> 0.7 "% van het bruto nationaal
inkomen". The unit is the currency or percent sign as written, followed by what the money is
for or what the share is of, when the text says so right after ("aan ...", "voor ...", "van ...").
Counted things (weapons, people, states) are the counts' business (figures.py).
"""

from __future__ import annotations

import re
from functools import cache

from armswatch import lexicon
from armswatch.extract.subject_units import subject_unit
from armswatch.extract.text import fold

# a number as Dutch writes it ("9.542.939,82", "1,2", "471") or English ("96.3", "17.5"),
# or a written-out numeral up to twelve ("acht miljoen euro")
_WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
          "tien": 10, "elf": 11, "twaalf": 12, "honderd": 100, "duizend": 1000,
          # English speeches write shares in words too: "only six per cent remain"
          "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twelve": 12}  # fmt: skip
_NUMBER = rf"(?:\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:[,.]\d{{1,2}}(?!\d))?|\d+,\d+|(?i:{'|'.join(_WORDS)}))"


@cache
def _lexicon() -> dict:
    return lexicon.load_toml("figures.toml")["amounts"]


@cache
def _hints() -> tuple[str, ...]:
    """What every amount or share holds, lower case: a currency, a money scale, "miljoen"/"miljard",
    a percent sign or word. A sentence without any of them holds none, and the full pattern (slow
    on long text) is not run on it; plain substring tests run in C."""
    lx = _lexicon()
    words = [*lx["currency_before"], *lx["currency_after"], *lx["money_scale"], *lx["percent"], "miljoen", "miljard"]
    return tuple(sorted({w.lower() for w in words}))


@cache
def _scaled_range() -> re.Pattern:
    scale = "|".join(re.escape(s) for s in sorted(_lexicon()["scale"], key=len, reverse=True))
    return re.compile(rf"\s*(?:en|tot|à|-|–|and|to)\s*(?:€\s?)?(?P<n>\d[\d.,]*)\s+(?P<s>{scale})(?!\w)")


@cache
def _pattern() -> re.Pattern:
    lx = _lexicon()
    before = "|".join(re.escape(c) for c in sorted(lx["currency_before"], key=len, reverse=True))
    after = "|".join(re.escape(c) for c in sorted(lx["currency_after"], key=len, reverse=True))
    scale = "|".join(re.escape(s) for s in sorted(lx["scale"], key=len, reverse=True))
    money_scale = "|".join(re.escape(s) for s in sorted(lx["money_scale"], key=len, reverse=True))
    percent = "|".join(re.escape(p) for p in sorted(lx["percent"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,/\-:])(?:"
        # € 2,5 miljard / EUR 147,2 miljard / €11.405,-
        # (after the sign, thousands may be set apart by a space: "€ 1 175,33 miljoen")
        rf"(?P<cur1>{before})\s?(?P<n1>\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?:,\d+)?(?!\d)|{_NUMBER})(?:\s+(?P<s1>{scale}))?(?:,-)?"
        # 8 miljoen euro / 17 mld. euro
        rf"|(?P<n2>{_NUMBER})(?:\s+(?P<s2>{scale}))?\s+(?P<cur2>{after})"
        # 150 mln. (a money scale alone)
        rf"|(?P<n3>{_NUMBER})\s+(?P<s3>{money_scale})"
        # "investeert 36 miljoen extra", "maken 2,5 miljoen extra vrij voor": a scale with "extra"
        # and no noun after it is a sum (a count names its noun: "2 miljoen extra inwoners")
        rf"|(?P<n5>{_NUMBER})\s+(?P<s5>miljoen|miljard)\s+extra(?=\s*[.,;:!?’'\"”)]|\s+(?:vrij|beschikbaar|uit|bij|voor|aan)\b)"
        # 96%, 57 procent, 96.3 per cent
        rf"|(?P<n4>{_NUMBER})\s?(?P<pct>{percent})"
        # (not a name built on a share: "de 30%-regeling")
        r")(?![\w%]|-[a-z])",
        re.I,
    )


# what the money is for or what the share is of: a preposition and up to six words, ending at
# punctuation, a number, another preposition, a finite verb or a participle
_FOR = {"money": ("aan", "voor"), "share": ("van", "aan", "of")}
_DETERMINERS = {"de", "het", "een", "the", "a", "an", "zijn", "haar", "hun", "its", "their"}
_STOP = re.compile(
    r"^(?:in|op|voor|naar|met|door|tot|bij|uit|over|van|aan|om|per|sinds|vanaf|ter|te|on|for|to|by|with|from|"
    r"is|zijn|was|waren|wordt|worden|werd|heeft|hebben|had|zal|zullen|kan|kunnen|moet|en|of|and|"
    # a pronoun or adverb after the noun starts the clause: "van de deelnemende gemeenten dit normbedrag"
    r"dit|deze|dat|die|wat|waar|waarin|waarvan|waarop|zodat|omdat|niet|geen|er|zich|ook|nog|wel|al|"
    r"zou|zouden|moeten|mag|mogen|kon|konden|tegen|zonder|onder|tijdens|als|beschikbaar|nodig|"
    # a separable verb's particle or an auxiliary verb: "3,5 miljard euro aan Oekraïne toe te kennen"
    r"toe|af|mee|terug|doen|laten|gaan|komen|"
    r"which|that|who|where|are|were|"
    r"ge\w+(?:d|t|en)|(?:ver|be|ont|her)\w+[^aeiou\W](?:d|t)|\d.*)$"
)


_OF_GDP = re.compile(
    r"\s+((?:[\w-]+\s+){0,4}?(?:van\s+(?:het\s+)?(?:bbp|bnp|bni|bruto\s+binnenlands\s+product)|"
    r"of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product)))\b",
    re.I,
)


# the saved text cut inside a scale word after a sum: "€ 2,5 m" at the very end
_CUT_SCALE = re.compile(r"[ \t]+(?:m|mi|mil|milj|miljo|miljoe|milja|miljar|ml|md|mr)\s*$")
# a table's or figure's multiplier in its caption on the same line: "(x €1 mln.)", "(bedragen x € 1.000)"
_MULTIPLIER = re.compile(r"\((?:bedragen\s+)?x\s*€\s*(?P<f>1(?:\.000)*)\s*(?P<s>mln|miljoen|mld|miljard)?\.?\)", re.I)


def _multiplier_before(body: str, at: int) -> re.Match[str] | None:
    line = body.rfind("\n", 0, at) + 1
    found = list(_MULTIPLIER.finditer(body, max(line, at - 300), at))
    return found[-1] if found else None


def amounts(body: str, start: int, end: int):
    """Yield (match start, match end, value, unit) for each amount or share in body[start:end]; a
    share that says not what it is of has its sign alone as unit ("circa 62 %" -> 62 "%")."""
    last_share = None
    text = body[start:end].lower()
    if not any(h in text for h in _hints()):
        return
    for m in _pattern().finditer(body, start, end):
        num = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
        scale = m.group("s1") or m.group("s2") or m.group("s3") or m.group("s5")
        # "tussen de € 30 en 40 miljard": a range after a sum; its first end takes the second's scale
        ranged = _scaled_range().match(body, m.end(), end) if m.group("n1") else None
        if ranged and not scale:
            scale = ranged.group("s")
        if not scale and _CUT_SCALE.match(body, m.end()):
            continue  # "vanaf € 2,5 m": the saved text ends inside the scale, the amount is unknown
        caption = None if scale else _multiplier_before(body, m.start())
        value = _value(num, scale or (caption and caption.group("s")))
        if value is None:
            continue
        if caption and not caption.group("s"):
            value = value * int(caption.group("f").replace(".", ""))
        sign = m.group("cur1") or m.group("cur2") or m.group("s3") or m.group("pct")
        if m.group("n5"):
            sign = m.group("s5") + " extra"
        share = bool(m.group("pct"))
        unit = _what_for(body, m.end(), end, "share" if share else "money") or _measured(body, start, m.start())
        if not unit.strip():
            # the subject of "is"/"bedraagt" names what a bare sum or share measures
            subject = subject_unit(body, start, m.start(), m.end())
            unit = " " + subject if subject else unit
        if share and not unit.strip():
            # a share of the economy with what it is spent on between: "5% defensie-uitgaven van het bbp"
            gdp = _OF_GDP.match(body, m.end(), end)
            unit = " " + " ".join(gdp.group(1).split()) if gdp else unit
        if share and not unit.strip():
            change = _change_of(body, start, m.start(), m.end(), end) or _remaining(
                body, start, m.start(), m.end(), end
            )
            unit = " " + change if change else unit
        if share and not unit.strip():
            # "dat van de mensen op de eilanden ongeveer 50% als kwetsbaar gold": the whole before it
            whole = _PARTITIVE_BEFORE.search(body, max(start, m.start() - 80), m.start())
            unit = " " + whole.group("w") if whole else unit
        if share and not unit.strip():
            # "van 0,62% van het bni in 2024 tot 0,44% in 2029": a bare share is of what the one
            # before it is of; a share of nothing named is a share all the same (the blind readers of
            # batches 30-31 counted each one in running text; a table row's shares are left in figures.py)
            if last_share is None:
                yield m.start(), m.end(), value, sign
                continue
            unit = last_share
        if share:
            # (what the share is of, without what its part does: "van 73,9% ... toepast, terwijl 6,2%")
            last_share = _what_for(body, m.end(), end, "share", predicate=False) or unit
        if not unit.strip():
            # a sum with nothing said of what it is for: its currency in words, the unit a reader and
            # a search both name ("€ 2 miljard" -> "euro"); with what it is for, the sign as written
            sign = _lexicon()["currency_words"].get(sign, sign)
        yield m.start(), m.end(), value, sign + unit
        if ranged and "€" not in ranged.group(0):  # (with its own sign it is matched on its own)
            second = _value(ranged.group("n"), ranged.group("s"))
            if second is not None:  # "tussen de € 30 en 40 miljard": the range's second end
                yield ranged.start("n"), ranged.end(), second, sign + unit


# a share that is the size of a change: "zijn met gemiddeld 4,9% gestegen", "een stijging van 3%",
# "het aantal vacatures daalt met 3 procent"; a hedge may stand before the number ("met ruim 3%")
_HEDGE = (
    r"(?:(?:ca\.|circa|ruim|bijna|maximaal|minimaal|ongeveer|gemiddeld|zo'n|meer dan|minder dan|maar liefst|zelfs)\s+)?"
)
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?P<w>stijging|daling|groei|toename|afname|verhoging|verlaging|krimp|increase|decrease|rise|fall|growth)"
    rf"\s+(?:met|van|by|of)\s+{_HEDGE}$"
)
_WITH_BEFORE = re.compile(rf"\b(?:met|by)\s+{_HEDGE}$")
# the finite verbs of change; after the number also their participles
_CHANGE_VERBS = (
    r"stijgt|stijgen|steeg|stegen|daalt|dalen|daalde|daalden|groeit|groeien|groeide|"
    r"rises|rose|falls|fell|grows|grew|increases|increased|decreases|decreased"
)
_CHANGE_VERB_AFTER = re.compile(
    r"^\s*(?:%|procent|percent)?(?:\s*\([^()]{0,80}\))?[^.;:?!()]{0,60}?"
    rf"\b(?P<w>gestegen|gedaald|toegenomen|afgenomen|gegroeid|verhoogd|verlaagd|{_CHANGE_VERBS})\b"
)
_CHANGE_VERB_BEFORE = re.compile(
    rf"\b(?P<w>{_CHANGE_VERBS}|neemt|nemen|nam|namen)\s+(?:[\w-]+\s+){{0,5}}?(?:toe\s+|af\s+)?(?:met|by)\s+{_HEDGE}$"
)


def _change_of(body: str, start: int, at: int, after: int, end: int) -> str | None:
    before = body[max(start, at - 60) : at]
    m = _CHANGE_NOUN_BEFORE.search(before) or _CHANGE_VERB_BEFORE.search(before)
    if m:
        return m.group("w")
    if _WITH_BEFORE.search(before):
        v = _CHANGE_VERB_AFTER.match(body[after : min(end, after + 120)])
        if v:
            return v.group("w")
    return None


# a share that is what is left of a whole: "slechts zes procent resteert", "only 6 per cent remain"
_REMAINING_AFTER = re.compile(
    r"\s+(?P<w>resteert|resteren|restte|restten|blijft\s+over|blijven\s+over|remains?|remained|is\s+left|are\s+left)\b",
    re.I,
)


_REMAINING_BEFORE = re.compile(
    r"\b(?P<w>resteert|resteren|restte|restten|remains?|remained)\s+(?:(?:nog|slechts|maar|nu|only|just)\s+)*$", re.I
)


_PARTITIVE_BEFORE = re.compile(
    r"\b(?:van|of)\s+(?:de|het|alle|the|all)\s+(?P<w>[a-z][\w-]+)(?:\s+(?:op|in|uit|aan|on|at)\s+[^,;:.()%\d]{1,40}?)?"
    r"\s+(?:(?:ongeveer|circa|ruim|bijna|zo'n|slechts|maar|nog|about|only|nearly|some)\s+)?$"
)


def _remaining(body: str, start: int, at: int, after: int, end: int) -> str | None:
    v = _REMAINING_AFTER.match(body, after, end) or _REMAINING_BEFORE.search(body, max(start, at - 40), at)
    return v.group("w") if v else None


def _value(num: str, scale: str | None) -> float | int | None:
    raw = re.sub(r"[ \u00a0]", "", fold(num))  # "1 175,33": thousands set apart by a space
    if raw.isalpha():
        v: float | None = _WORDS.get(raw)
        if v is None:
            return None
    else:
        v = digits_value(raw, scaled=bool(scale))
    if scale:
        v = round(v * _lexicon()["scale_value"][fold(scale).rstrip(".")], 2)
    return int(v) if float(v).is_integer() else v


def digits_value(raw: str, scaled: bool = False) -> float:
    """A number written in digits: Dutch "9.542.939,82" and "1,2"; English "96.3" (a decimal
    point before one or two digits) and "3,000" (a thousands comma before groups of three, unless a
    scale word follows: "1,250 miljard" is Dutch for 1.25 billion)."""
    if re.fullmatch(r"\d+\.\d{1,2}", raw):
        return float(raw)
    if not scaled and re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", raw):  # ("0,105" is a decimal)
        return float(raw.replace(",", ""))
    return float(raw.replace(".", "").replace(",", "."))


def _what_for(body: str, pos: int, end: int, kind: str, predicate: bool = True) -> str:
    # an aside between the sum and what it is for: "€ 1,07 miljard (dit bedrag wordt steeds aangevuld) aan militaire steun"
    aside = re.match(r"\s*\([^()\n]{1,60}\)(?=\s)", body[pos:end])
    if aside:
        pos += aside.end()
    m = re.match(r"(\s+extra)?\s+(\w+)\s", body[pos:end])
    # (a heading in capitals is no phrase of what for: "Totaal € 222,9 AAN de voorzitters")
    if not m or fold(m.group(2)) not in _FOR[kind] or m.group(2).isupper():
        return m.group(1) if m and m.group(1) else ""
    if fold(m.group(2)) == "of" and re.match(r"(?:minder|meer|less|more|lager|hoger)\b", body[pos + m.end() : end]):
        return ""  # "10% of minder": Dutch "or less", a bound, not what the share is of
    words = [m.group(2)]
    tokens = [w.group(0) for w in re.finditer(r"\S+", body[pos + m.end() : end])]
    for i, token in enumerate(tokens):
        bare = token.rstrip(",.;:?!)")
        # (a noun after its article is no participle, though it looks like one: "van de gemeenten")
        # (nor after an inflected adjective: "van de deelnemende gemeenten")
        noun = (fold(words[-1]) in _DETERMINERS or re.fullmatch(r"[a-z]\w+e", words[-1])) and fold(bare).startswith(
            "ge"
        )
        # a demonstrative right after "van"/"aan" is the phrase's article ("van deze woningen")
        article = i == 0 and fold(bare) in ("deze", "dit", "die", "dat")
        if not bare or (_STOP.match(bare) and not noun and not article) or len(words) >= 7:
            break
        words.append(bare)
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _plural_head(bare, following):
            # the plural noun is the phrase's head: "van de patiënten (ervaart ...)"; a share keeps
            # the short clause that says what its part does ("% van de melkveebedrijven weidegang
            # toepast", "% van de patiënten ervaart onnodig medicatie te krijgen")
            if bare == token and kind == "share" and predicate:
                words += _short_predicate(tokens[i + 1 :])
            break
        # a name ends the phrase; a capitalised adjective before its noun does not ("van
        # Nederlandse basisscholen")
        if bare != token or (bare[0].isupper() and not (following[:1].islower() and not _STOP.match(following))):
            break
    while words and fold(words[-1]) in _DETERMINERS:
        words.pop()
    if len(words) <= 1:
        return m.group(1) or ""
    return (m.group(1) or "") + " " + " ".join(words)


# where a clause ends: a mark, or a conjunction that starts the next one
_CLAUSE_END = re.compile(r"^(?:en|maar|terwijl|omdat|waardoor|zodat|want|of|and|but|while|whereas)$", re.I)
# a finite verb in -t, -de or -te that closes a Dutch subordinate clause ("toepast", "haalt",
# "verkeert"), not a noun in -heid/-teit/-ment/-ist; an infinitive only after its auxiliary or "te"
_CLOSING_VERB = re.compile(r"[a-zà-ÿ]+(?<!hei)(?<!tei)(?<!men)(?<!is)(?:t|de|te)$")
_AUXILIARY = {"zou", "zouden", "kan", "kunnen", "moet", "moeten", "wil", "willen", "te", "gaan", "gaat", "wordt",
              "worden", "is", "zijn", "heeft", "hebben", "blijft", "blijven"}  # fmt: skip


def _short_predicate(tokens: list[str]) -> list[str]:
    """The rest of the clause after a share's head, when it is short (at most six words) and
    closes with its verb; else nothing."""
    out: list[str] = []
    for token in tokens[:7]:
        bare = token.rstrip(",.;:?!)")
        if not bare or _CLAUSE_END.match(bare):
            break
        out.append(bare)
        if bare != token:
            break
    else:
        return []
    if not out or len(out) > 6:
        return []
    last = fold(out[-1])
    infinitive = last.endswith("en") and len(out) >= 2 and fold(out[-2]) in _AUXILIARY
    verb = out[-1][:1].islower() and (_CLOSING_VERB.fullmatch(last) or infinitive)  # ("in Utrecht": a place)
    return out if verb else []


# words in -en that are no plural noun: adjectives of material and the like, numerals
_NOT_PLURAL = {"eigen", "open", "gouden", "zilveren", "houten", "stalen", "wollen", "tien", "zeven", "negen",
               "even", "boven", "beneden", "binnen", "buiten", "tussen", "jaarlijks"}  # fmt: skip


def _plural_head(word: str, following: str) -> bool:
    """A plural noun that ends a phrase: lower case (or a people, "Nederlanders", "Afghanen"), in
    -en/-ers/-s; no adjective in -s ("bruto binnenlands product"), no possessive ("the world's"),
    no participle before its noun ("bevroren tegoeden", "afgegeven vergunningen")."""
    w = fold(word)
    if len(w) < 4 or w in _NOT_PLURAL or w in _DETERMINERS or not re.search(r"(?:en|s)$", w):
        return False
    if re.search(r"(?:lands|['’]s)$", w) or word[0].isupper() and not re.search(r"(?:ers|anen|enen|iers)$", w):
        return False
    nxt = fold(following.rstrip(",.;:?!)"))
    participle = re.fullmatch(_PARTICIPLE, w) and nxt[:1].isalpha() and following[:1].islower()
    return not (participle and not _STOP.match(nxt) and nxt not in _DETERMINERS)


_PARTICIPLE = r"(?:(?:aan|af|bij|door|in|mee|na|om|onder|op|over|toe|uit|voor|weg)?ge|be|ver|ont|her|er)\w+en"


# "een transactiewaarde van € 11.405", "een plafond van ruim 17 mld. euro": the noun before "van"
# names what the amount measures; "een bedrag van", "ter hoogte van" name nothing more than the sum
# (not a verb: "de heffing aan te scherpen van 35% naar 80%")
# (the noun after its article: "het drempelcriterium verschuift van 25%" names no measured "verschuift")
_MEASURED = re.compile(
    rf"\b(?i:de|het|een|ter|dit|deze|die|dat|the|a|an)\s+(?:[a-z]\w*e\s+)?([\w\-]*?[a-z][\w\-]{{3,}})\s+van\s+{_HEDGE}$"
)
_EMPTY_NOUNS = {"bedrag", "bedragen", "som", "totaal", "hoogte", "orde", "omvang", "niveau"}


def _measured(body: str, start: int, pos: int) -> str:
    m = _MEASURED.search(body, max(start, pos - 60), pos)
    if not m or fold(m.group(1)) in _EMPTY_NOUNS:
        return ""
    return " " + m.group(1)
