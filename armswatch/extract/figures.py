"""figure facts: a number that counts a noun phrase, with its unit as written.

"meer dan 9.000 chemische aanvallen" -> 9000 "chemische aanvallen"; "Zeker drie (militaire)
doden" -> 3; "12 miljoen Oekraïense vluchtelingen" -> 12000000. A bare number borrows the unit
of the figure before it in the same sentence ("Van de 31 NAVO-landen zijn 23 ...", "Nederland
levert vijf pantserhouwitsers en Duitsland zeven"). Never a figure: years, dates, article,
paragraph, question and document numbers, footnote markers, durations. Money and percentages
are figures too, read by amounts.py ("€ 2,5 miljard" -> 2500000000 "€").
"""

from __future__ import annotations

import re
from functools import cache

from armswatch import lexicon
from armswatch.extract.amounts import amounts, digits_value
from armswatch.extract.clauses import MONTHS
from armswatch.extract.context import Context
from armswatch.extract.facts import make_fact
from armswatch.extract.subject_units import subject_unit
from armswatch.extract.text import Sentence, fold
from armswatch.normalise.text import ENDS_QUESTION
from armswatch.record import Fact

WORDS = {
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
    "honderd": 100,
    "duizend": 1000,
}
# English numerals of government.nl releases ("six F-16s", "Eighteen countries"); not "one" (a
# pronoun) nor "ten" (Dutch "ten eerste", "ten aanzien")
EN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "eleven": 11,
            "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}  # fmt: skip
SCALE = {"duizend": 1_000, "miljoen": 1_000_000, "miljard": 1_000_000_000, "biljoen": 1_000_000_000_000,
         "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}  # fmt: skip
_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS = {k: v for k, v in WORDS.items() if 20 <= v <= 90}
_SMALL = {**{k: v for k, v in WORDS.items() if v < 20}, **_UNITS}
# a written-out compound numeral: "honderdtwintig", "tweehonderdvijftig", "vijfentwintig",
# "drieduizend"; and the collective "vijftal", "tiental" (about N)
_U = "|".join(_UNITS)  # een ... negen
_T = "|".join(_TENS)  # twintig ... negentig
_BELOW_100 = rf"(?:(?:{_U})(?:e|ë)n(?:{_T})|{_T}|" + "|".join(k for k, v in WORDS.items() if 10 <= v < 20) + rf"|{_U})"
_COMPOUND = (
    rf"(?:(?:(?:{_U})?honderd{_BELOW_100}?|{_BELOW_100}|tien)duizend|(?:{_U})?honderd{_BELOW_100}?|(?:{_U})(?:e|ë)n(?:{_T})|"
    r"(?:vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|honderd)tal)"
)
_NUM = re.compile(
    # a digit glued to closing punctuation is a footnote marker: "... gesloopt?1", "verworven.»2"
    r"(?<![\w.,/\-:?!)»”\"])(\d{1,3}(?:\.\d{3})+|(?!0,)\d{1,3}(?:,\d{3})+(?!\d)|"
    # thousands in groups set apart by a (thin) space, before a word: "3 348 woningen", "72 000 stuks"
    # (not "32 735, AB" or "36 045 Situatie": a dossier number is followed by no lower-case word)
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s+[a-zà-ÿ])|"
    # an English decimal before a scale word: "the 6.5 million refugees"
    r"\d+\.\d{1,2}(?=\s+(?:million|billion|thousand)\b)|\d+(?:,\d+)?|"
    # "een" is an article, but not before a scale: "(meer dan) één miljoen kinderen"
    r"(?:één|een)(?=\s+(?:duizend|miljoen|miljard)\b)|ten(?=\s+(?:thousand|million|billion)\b)|"
    + _COMPOUND
    + "|"
    + "|".join(sorted([*WORDS, *EN_WORDS], key=len, reverse=True))
    + r")(?:\s+(duizend|miljoen|miljard|biljoen|thousand|million|billion|trillion))?(?![\w/]|:\d)",
    re.I,
)


def _numeral(word: str) -> int | None:
    """The value of a written-out Dutch numeral, simple or compound ("honderdtwintig" 120,
    "eenentwintig" 21, "drieduizend" 3000, "vijftal" about 5)."""
    if word in WORDS:
        return WORDS[word]
    if word in EN_WORDS:
        return EN_WORDS[word]
    if word == "ten":  # only before a scale: "ten thousand lives"
        return 10
    if word.endswith("tal"):
        return _numeral(word[:-3])
    total = 0
    if "duizend" in word:  # "vijfhonderdduizend", "vijfentwintigduizend": the head counts thousands
        head, word = word.split("duizend", 1)
        n = _numeral(head) if head else 1
        if n is None:
            return None
        total += n * 1000
    if "honderd" in word:
        head, word = word.split("honderd", 1)
        n = _SMALL.get(head or "een")
        if n is None:
            return None
        total += n * 100
    if word:
        n = _SMALL.get(word) or _TENS.get(word)
        if n is None:
            tens = next((t for t in _TENS if word.endswith(t)), None)
            unit = word[: -len(tens)] if tens else ""
            if not tens or not unit.endswith(("en", "ën")) or unit[:-2] not in _UNITS:
                return None
            n = _UNITS[unit[:-2]] + _TENS[tens]
        total += n
    return total or None


# words before a number that make it an identifier, not a count
_ID_BEFORE = re.compile(
    r"(?:(?i:\b(?:nr|nrs|nummer|artikel|art|artikelen|lid|vraag|vragen|antwoord|kamerstuk|kamerstukken|"
    r"aanhangsel|hoofdstuk|paragraaf|bijlage|annex|annexe|chapter|section|article|deel|part|titel|pagina|blz|postbus|bus|protocol|action|actie|"
    r"resolutie|motie|dossier|trb|stb|stcrt|versie|fase|tranche|ronde|groep|plein|straat|weg|project|functionaris|"
    r"t/m|eur|euro|usd|dollar|per|nummers|punt|agendapunt|onderdeel|item|regel|rij|schaal|trede|"
    # decades and clock times: "de jaren negentig", "om tien voor half negen"
    # ("de komende jaren 2,5 miljoen": a period, then the amount)
    r"(?<!komende )(?<!afgelopen )(?<!laatste )(?<!volgende )jaren|half|kwart\s+(?:voor|over)|komma|uur\s+of)\.?)|[€$£§#]|"
    # "Stb. 1949, J 355": a letter before the number; "vragen 3, 4, 9 en 10": a list
    r"(?<![\w])[A-Z]|\d+\s*(?:,\s*\d+\s*)*(?:,|\ben|\bof)\s*"
    # a table's multiplier: "(bedragen x € 1.000)"
    r"|\bx\s*€?"
    # a dossier in a compound ("kamerstukdossier 36600", the window cut before its start); a figure or
    # table's number, its label glued to the line before ("2023–2024Figuur 1")
    r"|dossiers?|(?i:figuur|tabel|grafiek|figure|table))\s*$"
)
# units that are durations, money, rates or ordinals: not counted things
_NOT_UNIT = {
    "dag",
    "week",
    "maand",
    "jaar",
    "jaren",
    "uur",
    "uren",
    "minuten",
    "minuut",
    "seconden",
    "keer",
    "maal",
    "procent",
    "%",
    "euro",
    "eur",
    "miljoen",
    "miljard",
    "cent",
    "kilometer",
    "km",
    "meter",
    "kilo",
    "ton",
    "tot",
    "en",
    "of",
    "van",
    "uit",
    "a",
    "à",
    "per",
    "procentpunt",
    "graden",
    "uur.",
    "jaar.",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "years",
    # durations of history: "almost two decades ago", "drie decennia lang"
    "decades",
    "decennia",
    "eeuwen",
    "centuries",
    "hours",
    "times",
    "percent",
    "written",
    "million",
    "billion",
    "komma",
    # fractions: "twee derde van haar taken", "two thirds of"
    "derde",
    "vijfde",
    "thirds",
    "fifths",
    "mln",
    "mld",
} | set(MONTHS)
# a unit never starts with these ("acht het" is "considers it", not "eight")
_NOT_FIRST = {
    "de",
    "het",
    "een",
    "dat",
    "die",
    "deze",
    "dit",
    "zich",
    "u",
    "uw",
    "hij",
    "zij",
    "wij",
    "ik",
    "er",
    "niet",
    "geen",
    "ook",
    "wel",
    "nog",
    "al",
    "te",
    "om",
    "op",
    "aan",
    "voor",
    "bij",
    "is",
    "zijn",
    # a conjunction, or a page number before a kamerstuk's running header ("2 Vergaderjaar 2003-2004")
    "maar",
    "vergaderjaar",
}
_UNIT_SKIP = {"additionele", "extra", "nieuwe", "andere", "verschillende"}


# a mission's length is a figure ("met zes maanden verlengd", "another 15 months"); a moment told by
# its distance from another is not ("twee dagen later", "drie weken geleden")
_DURATIONS = {"dagen", "weken", "maanden", "days", "weeks", "months"}
# a deadline or a frequency ("binnen tien dagen", "na zes weken", "elke vier weken"): README's "na N
# dagen" is optional, so none of these is stated as a figure
_DEADLINE_BEFORE = re.compile(
    r"\b(?:na|binnen|elke|iedere|om\s+de|per|within|after|every|each)\s+"
    r"(?:(?:ruim|circa|ongeveer|maximaal|minimaal|slechts|uiterlijk|hooguit|max\.)\s+)?$",
    re.I,
)
_RELATIVE_TIME = re.compile(
    r"\s*(?:later|eerder|geleden|daarna|daarvoor|nadien|voordien|terug|na\b|nadat|sinds|ago|earlier|before|after|since)\b"
)
# a window of time a text looks back or ahead over ("de afgelopen vier maanden", "the next two weeks"):
# when, not how long something lasts
_TIME_WINDOW_BEFORE = re.compile(
    r"\b(?:afgelopen|laatste|komende|eerste|volgende|past|last|next|first|coming)\s+(?:\w+\s+)?$", re.I
)


def _asks(body: str, sent: Sentence) -> bool:
    """A question's lengths of time are its premise, not the text's figures."""
    return ENDS_QUESTION.search(body, sent.start, sent.end) is not None


@cache
def _bare_money_or_share() -> frozenset[str]:
    """The bare units of sums and shares (a sign, a code, a currency in words): no counted noun for a
    bare count after them to borrow."""
    lx = lexicon.load_toml("figures.toml")["amounts"]
    return frozenset(["%", *lx["currency_before"], *lx["currency_after"], *lx["currency_words"].values()])


# a motion's dictum asks for something ("verzoekt de regering 20 extra artsen op te leiden"): its
# numbers are a demand, not a quantity of the world; the considerations before it state facts
_DICTUM = re.compile(r"^\s*(?:verzoekt|roept|draagt|vraagt|besluit|spreekt\s+(?:\w+\s+){0,4}?uit)\b", re.M | re.I)


def extract(ctx: Context) -> list[Fact]:
    facts = []
    dictum = _DICTUM.search(ctx.body) if ctx.structure.type == "motie" else None
    before: tuple[int, str] | None = None  # the last unit of the sentence before: (paragraph, unit)
    contents = _contents(ctx.body)
    for sent in ctx.sents:
        if dictum and sent.start >= dictum.start():
            break
        if any(a <= sent.start < b for a, b in contents):
            continue  # a table of contents: its numbers are pages and chapters
        # "Defensie zet maximaal 80 militairen extra in. Daarvan zijn er 30 bedoeld voor ...": a part
        # of the count before takes its unit
        carry = before[1] if before and before[0] == sent.para and _PART_OF_BEFORE.match(ctx.body, sent.start) else None
        found = _from_sentence(ctx, sent, carry)
        facts += found
        units = [
            f.fields["unit"] for f in found if f.fields.get("unit") and f.fields["unit"] not in _bare_money_or_share()
        ]
        before = (sent.para, units[-1]) if units else None
    return facts


# a table of contents under its heading ("Inhoudsopgave blz.", "Inhoud", "Contents"), its lines
# often joined into one paragraph by the page's re-flow
_CONTENTS_HEAD = re.compile(
    r"^(?:Inhoudsopgave|Inhoud|Contents|Table of contents)\b[ \t]*(?:blz\.?|pagina|page)?[ \t]*$", re.M
)


def _contents(body: str) -> list[tuple[int, int]]:
    out = []
    for m in _CONTENTS_HEAD.finditer(body):
        start = body.find("\n\n", m.end())
        start = start + 2 if start >= 0 else m.end()
        end = body.find("\n\n", start)
        out.append((m.start(), end if end >= 0 else len(body)))
    return out


# "an 80-strong Dutch detachment", "het 150-koppige detachement", "the 3-man crew", "a nine-member-strong
# mission", "a 35-man force protection": the group the number counts follows the compound
_STRONG = re.compile(
    r"-(?:strong|koppige?|man|men|person|member(?:-strong)?)\s+(?P<unit>(?:[A-Z][a-z]+\s+)?[a-z][\w-]{3,}"
    r"(?:\s+(?:protection|mission|team|unit|force|crew|detachment|eenheid|missie|team|detachement))?)"
)
_BACK_REFERENCE = re.compile(r"\b(?:deze|die|these|those)\s+$", re.I)
_PART_OF_BEFORE = re.compile(r"\W*(?:daarvan|hiervan|van hen|van deze|of these|of them)\b", re.I)


def _from_sentence(ctx: Context, sent: Sentence, carry: str | None = None) -> list[Fact]:
    body = ctx.body
    out: list[Fact] = []
    if fold(body[sent.start : sent.start + 20]).startswith(_attendance()):
        return out
    money = []  # spans of amounts and shares: their numbers are no counts
    money_units: dict[int, str] = {}  # where each sum starts, and what it is in
    table_cells = len(re.findall(r"[^\W\d_]{2,}", body[sent.start : sent.end])) < 3
    for a, b, value, unit in amounts(body, sent.start, sent.end):
        money.append((a, b))
        money_units[a] = unit
        if value is None:
            continue
        # a share in a table row without its heading ("31,3 % 68,7 %") says not what it is of
        before = body[max(sent.start, a - 14) : a]
        # (the second end of a range is no list: "tussen de € 30 en 40 miljard")
        # (nor is "tussen 30 en 40 miljoen euro", "van 3,3 tot 4,5 biljoen dollar": a range's second end)
        identifier = _ID_BEFORE.search(before) and not re.search(
            r"(?:[€$]\s?|\b(?:tussen|van|between|from)\s+)\d[\d.,]*\s+(?:en|tot|à|-|–|and|to)\s*$",
            body[max(sent.start, a - 30) : a],
        )
        if not table_cells and not ctx.is_quoted(a) and not identifier:
            fields = {"value": value, "unit": unit, "about": None}
            out.append(make_fact("figure", body, sent.start, sent.end, fields, focus=a))
    last_unit, last_end = carry, sent.start
    for m in _NUM.finditer(body, sent.start, sent.end):
        if any(a <= m.start() < b for a, b in money) or _in_quoted_title(ctx, m.start()):
            continue
        ranged = _range_end(body, sent, m)  # "10 tot 15 slachtoffers": the first counts them too
        first = _value(m)
        second = digits_value(ranged.group(1)) if ranged and ranged.group(1)[0].isdigit() else None
        if (
            ranged
            and ranged.group(2)
            and not m.group(2)
            and ranged.start() in money_units
            and first is not None
            and second is not None
            and first < second  # ("tussen 1.500 en 2 miljoen euro": 1,500 euro, not 1.5 billion)
        ):
            # "tussen 30 en 40 miljoen euro": the first end of a range of sums takes the second's scale
            total = round(first * SCALE[fold(ranged.group(2))], 2)
            fields = {"value": int(total) if total == int(total) else total, "unit": money_units[ranged.start()]}
            fields["about"] = None
            out.append(make_fact("figure", body, sent.start, sent.end, fields, focus=m.start()))
            continue
        range_unit = _unit(body, sent, ranged.end()) if ranged else None
        if _is_identifier(body, sent, m, ranged=bool(range_unit)):
            continue
        value = _value(m)
        if value is None:
            continue
        if _name_not_number(body, sent, m):
            continue
        if _BACK_REFERENCE.search(body, max(sent.start, m.start() - 8), m.start()):
            continue  # "deze twee staten", "these two types": the things named before, no new count
        unit = range_unit or _unit(body, sent, m.end())  # the range's unit, not "naar 108 ..." as a unit
        strong = _STRONG.match(body, m.end(), sent.end)
        if strong:  # "an 80-strong Dutch detachment", "het 150-koppige detachement": the group it numbers
            unit = strong.group("unit")
        if unit and range_unit == unit and ranged and ranged.group(2) and not m.group(2):
            value *= SCALE[fold(ranged.group(2))]  # "5 à 10 miljoen mensen"
        if _RATIO_AFTER.match(body, m.end(), sent.end) or _RATIO_BEFORE.search(body, sent.start, m.start()):
            continue  # "zeven op de tien": a ratio, neither number a count
        of_total = _OF_TOTAL.match(body, m.end(), sent.end)
        if unit is None and of_total:  # "23 van de 31 NAVO-landen"
            unit = _unit(body, sent, of_total.end())
        if unit is None and _in_a_change(body, sent, m):
            # "daalt het aantal militairen van 450 naar 320": what changes counts both numbers
            counted = _COUNT_OF.search(body, sent.start, m.start())
            unit = counted.group("u") if counted else None
        partitive = None if unit or of_total else _PARTITIVE.match(body, m.end(), sent.end)
        if partitive:  # "80 miljoen van deze bomblets", "196 of the victims", "2 of these missions"
            unit = _unit(body, sent, partitive.end())
        if unit is None:
            # a bare count borrows the unit of the figure before it in the sentence
            # or, after "er" ("Van de 32 bondgenoten zijn er 23 partij", "voldoen er dit jaar 23 aan")
            if last_unit and (
                re.match(r"\s*(?:[.,;]|$|ook|zijn|hebben|waren|zelf|daarvan)", body[m.end() : sent.end])
                or re.search(r"\b\w+\s+er\b", body[last_end : m.start()])
            ):
                unit = last_unit
            else:
                # "Op 1 november was het aantal geldige vergunningen ... 88": the subject it counts
                unit = subject_unit(body, sent.start, m.start(), m.end(), counted=True)
                if unit is None:
                    continue
        if fold(unit.split()[-1]) in _DURATIONS and (
            len(unit.split()) > 1
            or _RELATIVE_TIME.match(body, m.end() + len(unit) + 1, sent.end)
            or _DEADLINE_BEFORE.search(body, max(sent.start, m.start() - 30), m.start())
            or _TIME_WINDOW_BEFORE.search(body, max(sent.start, m.start() - 30), m.start())
            or _asks(body, sent)
        ):
            continue  # "twee dagen later", "de twee daaraan voorafgaande dagen": a moment, not a length
        if (
            fold(unit.split()[0]) in _NOT_UNIT
            and fold(unit.split()[0]) not in _MEASURES
            or fold(unit.split()[-1]) in _NOT_UNIT
            and fold(unit.split()[-1]) not in _MEASURES
            or _discourse(unit)
            or _finite_verb_inside(unit)
        ):
            continue
        last_unit, last_end = unit, m.end()
        about = _about(ctx, m.end(), m.end() + len(unit) + 2)
        out.append(
            make_fact(
                "figure", body, sent.start, sent.end, {"value": value, "unit": unit, "about": about}, focus=m.start()
            )
        )
    return out


def _name_not_number(body: str, sent: Sentence, m: re.Match) -> bool:
    """An English numeral with a capital inside a sentence, before a capitalised word, is a name
    ("Six Dijkstra", a member of parliament), not a count."""
    word = m.group(1)
    return (
        word[0].isupper()
        and fold(word) in EN_WORDS
        and bool(body[sent.start : m.start()].strip())
        and bool(re.match(r"\s+[A-ZÀ-Ý]", body[m.end() : m.end() + 3]))
    )


_CITATION_BEFORE = re.compile(
    r"\b(?:trb|stb|stcrt|nr|kamerstukken\s+i{1,2}|hand|bijl|blz)\.?\s+\d{4}(?:/\d{2,4})?,\s*$", re.I
)
# a capitalised word that is not the sentence's first: a street ("Kalvermarkt", "Binnenhof")
_STREET_BEFORE = re.compile(r"(?<=[\s,(])[A-Z][a-z]+\s+$")
_RATIO_AFTER = re.compile(r"\s+op\s+de\s+\w+\b")
# "zeven op de tien", and "een op de vijf kinderen": the article "een" is the numerator here
_RATIO_BEFORE = re.compile(r"\b(?:\d+|een|één|" + "|".join(WORDS) + r")\s+op\s+de\s+$", re.I)
_FINITE = {
    "is",
    "zijn",
    "was",
    "waren",
    "heeft",
    "hebben",
    "had",
    "hadden",
    "wordt",
    "worden",
    "werd",
    "werden",
    "zal",
    "zullen",
    "kan",
    "kunnen",
}


@cache
def _attendance() -> tuple[str, ...]:
    return tuple(fold(a) for a in lexicon.load_toml("figures.toml")["attendance"])


def _discourse(unit: str) -> bool:
    """The counted noun (the unit's last word) is a part of the text or of the meeting."""
    head = fold(re.sub(r"[^\w'’\-]+$", "", unit.split()[-1]))
    return head in _discourse_units()


@cache
def _discourse_units() -> frozenset[str]:
    return frozenset(fold(u) for u in lexicon.load_toml("figures.toml")["discourse_units"])


@cache
def _invariant_plurals() -> frozenset[str]:
    return frozenset(lexicon.load_toml("figures.toml")["invariant_plurals"])


@cache
def _not_nouns() -> frozenset[str]:
    return frozenset(lexicon.load_toml("figures.toml")["not_nouns"])


def _finite_verb_inside(unit: str) -> bool:
    """ "2 genoemde hebben nog de volgende staten": a finite verb inside is no noun phrase."""
    return any(fold(w) in _FINITE for w in unit.split()[:-1])


# a number in a change "van N naar M" (or "van N tot M"), and the count that changes before it: "het
# aantal militairen", "het arsenaal aan jachtvliegtuigen"
_CHANGE_FROM = re.compile(r"\bvan\s+$")
_CHANGE_TO = re.compile(r"\bvan\s+\d[\d.]*\s+(?:naar|tot)\s+$")


def _in_a_change(body: str, sent: Sentence, m: re.Match) -> bool:
    before = body[max(sent.start, m.start() - 30) : m.start()]
    after = re.match(r"\s+(?:naar|tot)\s+\d", body[m.end() : m.end() + 12])
    return bool(_CHANGE_FROM.search(before) and after or _CHANGE_TO.search(before))


_COUNT_OF = re.compile(r"\b(?:het\s+)?(?:aantal|arsenaal\s+aan|voorraad)\s+(?P<u>[a-zà-ÿ][\w-]{3,}(?:en|s))\b")
_PARTITIVE = re.compile(
    r"\s+(?:of|van)\s+(?:these|those|the|my|our|their|deze|die|de|mijn|onze|hun)"
    r"(?:\s+(?:\d+|" + "|".join([*WORDS, *EN_WORDS]) + r"))?(?=\s)",
    re.I,
)
_OF_TOTAL = re.compile(r"\s+van\s+de\s+(?:\d+|" + "|".join(WORDS) + r")(?=\s)", re.I)


_RANGE_TO = re.compile(r"\s*(?:tot|à|to|-|–)\s*", re.I)
_RANGE_AND = re.compile(r"\s+(?:en|and)\s+", re.I)
_RANGE_START = re.compile(r"\b(?:tussen|between)\s+$", re.I)
# a change from one count to another counts the same thing: "van 137 naar 108 jachtvliegtuigen"
_CHANGE_FROM = re.compile(r"\b(?:van|from)\s+$", re.I)
_CHANGE_TO = re.compile(r"\s+(?:naar|to)\s+", re.I)


def _range_end(body: str, sent: Sentence, m: re.Match) -> re.Match | None:
    """The second number of a range that starts at m: "10 tot 15", "5 à 10 miljoen", "10-15",
    "tussen 40 en 50", "between 40 and 50", "van 137 naar 108"."""
    link = _RANGE_TO.match(body, m.end(), sent.end)
    if not link and _RANGE_START.search(body, max(sent.start, m.start() - 10), m.start()):
        link = _RANGE_AND.match(body, m.end(), sent.end)
    if not link and _CHANGE_FROM.search(body, max(sent.start, m.start() - 8), m.start()):
        link = _CHANGE_TO.match(body, m.end(), sent.end)
    if not link or m.group(2) and not re.match(r"\s", body[link.end() - 1]):
        return None
    second = _NUM.match(body, link.end(), sent.end)
    return second if second and second.group(1)[0].isdigit() == m.group(1)[0].isdigit() else None


# an opening year adverbial set off by a comma is no list of numbers: "Since 1990, 112 states
# have joined", "Sinds 2015, 40 landen ..."
_SECOND_COUNT = re.compile(r"\b\d[\d.]*\s+[a-z]{3,}(?:en|s)\s+(?:en|and)\s+$")
# a year and a comma before a count is a time, not a list of numbers: "In late 2019, 2 F-35s", "From
# 1 January 2017, 4 F-16s"; nor is the first end of a range: "tussen 50.000 en 60.000 mensen"
_YEAR_ADVERBIAL = re.compile(
    r"\b[A-Za-zÀ-ÿ]+\s+(?:19|20)\d\d\s*,\s*$|\btussen\s+(?:de\s+)?\d[\d.]*\s+en\s+$|\bbetween\s+\d[\d,]*\s+and\s+$",
    re.I,
)
# a year's digits after "ruim", "bijna", "more than", before a plural: a count ("Ruim 1900 agenten")
_ABOUT_BEFORE = re.compile(r"\b(?:ruim|bijna|meer dan|minder dan|ongeveer|zo'n|more than|nearly|almost|some)\s+$", re.I)


_DAYS_OF_MONTH = re.compile(
    r"(?:\s*(?:,|en|of|and|or|t/m|tot en met|-|–)\s*\d{1,2})+\s+(?:" + "|".join(MONTHS) + r")\b", re.I
)
# a military unit's number is its name: "301 Squadron", "13 Lichte Brigade" (a count is plural, lower case)
_UNIT_NAME_AFTER = re.compile(
    r"\s+(?:\(?[A-Z][a-z]+\)?\s+)?(?:Squadron|Wing|Brigade|Bataljon|Battalion|Regiment|Divisie|Division|Compagnie"
    r"|Company|Tactical|Helicopter|Air)\b(?!s)"
    # a compound name of a unit: "13 Infanteriebataljon", "11 Luchtmobiele Brigade"
    r"|\s+[A-Z][a-z]+(?:bataljon|brigade|divisie|squadron|compagnie|eskadron|regiment)\b"
)
_MONTH_BEFORE = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\s+$", re.I)


# a name in capitals, or a maker's name (figures.toml, model_names), before the number:
# "JOINT AFRICAN LION 21", "Fokker 60"
@cache
def _name_before() -> re.Pattern[str]:
    models = "|".join(re.escape(m) for m in lexicon.load_toml("figures.toml")["model_names"])
    return re.compile(r"(?:(?:\b[A-Z]{3,}\s+){2,}|\b(?:" + models + r")\s+)$")


# a quoted title: a headline, report or article named ("het bericht «Four year old child ...»"); a
# quotation of what someone said states its numbers as the document's figures
_TITLE_BEFORE = re.compile(
    r"\b(?:bericht|berichten|artikel|rapport|nota|brief|getiteld|boek|titel|kop|report|article|titled|entitled)\s*:?\s*$",
    re.I,
)


def _in_quoted_title(ctx: Context, pos: int) -> bool:
    span = ctx.quoted.span_of(pos)
    if span is None:
        return False
    return ctx.body[span[0]] == "«" or bool(_TITLE_BEFORE.search(ctx.body, max(0, span[0] - 30), span[0]))


_YEAR_THEN_COUNT = re.compile(r"\b(?:in|sinds|vanaf|tot|per|eind|begin|medio|midden)\s+(?:19|20)\d\d[ \t]+$", re.I)


def _is_identifier(body: str, sent: Sentence, m: re.Match, ranged: bool = False) -> bool:
    before = body[max(sent.start, m.start() - 14) : m.start()]
    if _ID_BEFORE.search(before) and not _YEAR_ADVERBIAL.search(body[max(sent.start, m.start() - 20) : m.start()]):
        return True
    digits = m.group(1)
    if digits.isdigit() and (len(digits) == 4 and 1900 <= int(digits) <= 2100):  # a year
        # unless pieces follow ("soms tot 2000 stuks"), or it is the second of two counts
        # ("614 doden en 2038 gewonden")
        if _SECOND_COUNT.search(body[max(sent.start, m.start() - 40) : m.start()]) and re.match(
            r"\s+[a-z]{4,}(?:en|s)\b", body[m.end() : m.end() + 20]
        ):
            return False
        if _ABOUT_BEFORE.search(body, max(sent.start, m.start() - 12), m.start()) and re.match(
            r"\s+[a-z]{3,}(?:en|s)\b", body[m.end() : m.end() + 20]
        ):
            return False
        return not re.match(r"\s+(?:stuks|exemplaren|pieces|units)\b", body[m.end() : m.end() + 12])
    if re.fullmatch(r"(?:19|20)\d\d,\d{1,2}", digits):  # "vanaf 2024,1 informeert": a year and a note marker
        return True
    if re.fullmatch(r"(?:19|20)\d\d\d{1,2}", digits) and _MONTH_BEFORE.search(before):
        return True  # "de Kamerbrief van 8 december 20221": a date's year and a note marker
    if _name_before().search(before):
        return True  # "oefening JOINT AFRICAN LION 21", "de Fokker 60": a name's number
    if re.match(r"\s*\(R\s?\d{3,5}\)", body[m.end() : m.end() + 12]):
        return True  # a bill's dossier with its Rijkswet code: "(31.384 (R1850))"
    if _DAYS_OF_MONTH.match(body, m.end(), sent.end) and digits.isdigit() and int(digits) <= 31:
        return True  # "op 14, 15 en 16 maart": days of a month
    if _UNIT_NAME_AFTER.match(body, m.end(), sent.end):
        return True  # "301 Squadron", "the 306 Squadron at Leeuwarden": a unit's name
    line_start = body.rfind("\n", 0, m.start()) + 1
    if not body[line_start : m.start()].strip() and digits[0].isdigit():  # "36 045 Situatie ..." headings
        # (a line of running text may open with a count: "190 landen, waaronder Nederland, hebben ...")
        line_end = body.find("\n", m.start())
        line = body[m.start() : line_end if line_end >= 0 else len(body)]
        # (or a whole sentence on its own line: "196 Dutch citizens were killed.")
        running = len(line) > 80 or (line.rstrip().endswith((".", "!")) and len(line.split()) >= 4)
        nationality = re.match(r"[ \t]+([A-Z][a-z]+)\s+[a-z]{3,}", body[m.end() : m.end() + 40])
        if not (
            running
            and (
                re.match(r"[ \t]+[a-z]{3,}", body[m.end() : m.end() + 6])
                or nationality
                and nationality.group(1) in _nationalities()
            )
        ):
            return True
    # a numbered heading or a table of contents line ("3 Overview of export licences ... 38 goods",
    # "6 Overzicht van ... 42"): its numbers are section and page numbers
    # (a numbered paragraph of running text is no heading: "1. Op basis van ... circa 60 kilometer")
    line_end = body.find("\n", m.start())
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    # (a numbered question is no heading: "1. Kunt u bevestigen dat ... drie ... gesloopt?1")
    if len(line) <= 120 and re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]", line) and not re.search(r"\?\d*\s*$", line):
        return True
    if not ranged and re.match(r"\s*(?:[-–/]\s*\d|\d)", body[m.end() : m.end() + 3]):  # "22 054", "21 501-02"
        return True
    # the second group of "32 545" (a numeral in words is no digit group: "in 2021 twintig artsen")
    # (a year after "in" is a time, not a group: "BZ heeft in 2011 1305 klachten ontvangen",
    # "hebben in 2008 13 incidenten plaatsgevonden")
    if (
        digits[0].isdigit()
        and re.search(r"\d[ \t]$", body[max(0, m.start() - 2) : m.start()])
        and not _YEAR_THEN_COUNT.search(body, max(sent.start, m.start() - 16), m.start())
    ):
        return True
    # a citation's second number: "Trb. 1992, 2", "Stb. 2011, 66", "Kamerstukken II 2009/10, 32 187"
    if _CITATION_BEFORE.search(body[max(sent.start, m.start() - 30) : m.start()]):
        return True
    # a house number: "Binnenhof 4 Den Haag", "Kalvermarkt 32, 2511 CB": a capitalised word
    # (not the sentence's first) before, a capitalised place or a postcode after
    if _STREET_BEFORE.search(body[max(sent.start + 1, m.start() - 40) : m.start()]) and re.match(
        r"\s*,?\s*(?:\d{4}\s?[A-Z]{2}\b|[A-Z][a-z]+\b)", body[m.end() : m.end() + 12]
    ):
        return True
    return bool(re.match(r"\s*(?:%|procent\b|euro\b|miljoen euro\b)", body[m.end() : m.end() + 12], re.I))


def _value(m: re.Match) -> float | int | None:
    raw = fold(m.group(1))
    if raw.isalpha():
        n = _numeral(raw)
        if n is None:
            return None
        v: float = n
    else:
        try:
            v = digits_value(re.sub(r"[ \u00a0\u202f]", "", raw), scaled=bool(m.group(2)))
        except ValueError:
            return None
    if m.group(2):
        v *= SCALE[fold(m.group(2))]
    return int(v) if float(v).is_integer() else v


def _unit(body: str, sent: Sentence, pos: int) -> str | None:
    """The counted noun phrase after the number: up to its plural noun (a lower-case word
    ending in -en/-s/-ers or a compound with a hyphen), at most six words."""
    rest = body[pos : sent.end]
    if not re.match(r"\s", rest):
        return None
    words = []
    for w in re.finditer(r"(\S+)", rest[:160]):
        token = w.group(1)
        glued = re.search(r"[a-z][.;:]\s*(?=[A-Z])", token)  # "technici.De verkoop": a sentence glued on
        if glued:
            token = token[: glued.end()]
        bare = token.rstrip(",.;:?!’”»")  # (a closing quote too: "... 15 slachtoffers.’")
        # adjectives in a row may be set apart by commas: "vier grote, moderne schepen"
        listed = token == bare + "," and re.fullmatch(r"[a-z]\w*e", bare) and len(words) < 6
        words.append(token if listed else bare)
        if len(words) >= 8 or bare != token and not listed:
            break
    if not words:
        return None
    if fold(words[0]) in _MEASURES:
        return _measured_unit(words)
    for n in (3, 2):  # "164 States Parties": a treaty's own capitalised term (other capitals start a name)
        if " ".join(w.strip(",.") for w in words[:n]) in _TITLED_UNITS:
            return " ".join(w.strip(",.") for w in words[:n])
    # "Box 3 (ingezonden ...)": an aside opens, no counted noun ("drie (militaire) doden" has one)
    if words[0].startswith("(") and not words[0].endswith(")"):
        return None
    # "(maximaal 10 personen)", "(123 verdrag) door middel van": the unit ends with the bracket
    if words[0].endswith(")") and "(" not in words[0]:
        words = [words[0].rstrip(")")]
    for i, w in enumerate(words):
        bare = w.strip("(),")
        if fold(bare) == "te":  # "150 miljard beschikbaar te stellen": an infinitive, no counted noun
            return None
        # a modifier before the noun may be an acronym or a nationality ("157 UN member states",
        # "130 Dutch personnel"), never the noun itself ("31 Kamerleden" is rather a heading)
        modifier = i == 0 and (re.fullmatch(r"[A-Z]{2,5}", bare) or bare in _nationalities())
        # the first word is lower case, a capitalised word, or a type name ("F-16"), never "ES" or "B"
        if not bare or (
            i == 0 and not modifier and not (bare[0].islower() or bare[0].isupper() and re.search(r"[a-z]|\d", bare))
        ):
            return None
        if i == 0 and (fold(bare) in _NOT_UNIT or fold(bare) in _NOT_FIRST):
            return None
        if _participle_before_noun(bare, words[i + 1 : i + 2]):
            continue  # "aangedreven onderzeeboten"
        if _plural_noun(bare) and fold(bare) not in _UNIT_SKIP:
            if i == 0 and bare[0].isupper() and "-" not in bare and not _people_or_type(bare):
                return None  # "31 Kamerleden"? rather a name or heading: be conservative ("14 Palestijnen" is people)
            after = words[i + 1 : i + 3]
            if fold(bare) in _invariant_plurals() and len(after) == 2 and after[0] in ("aan", "van", "of"):
                if _plural_noun(after[1]) and after[1][:1].islower():
                    return " ".join(words[: i + 3])  # "9.100 fte aan leraren": what the measure counts
            return " ".join(words[: i + 1])
        if modifier and i + 1 == len(words):
            return None
    return None


_TITLED_UNITS = {"States Parties", "State Parties", "Member States", "High Contracting Parties", "Signatory States"}


# lengths and weights that measure a thing named after them: "60 kilometer dijk", "ruim 1300
# kilometer lange grens"; a speed or a distance to somewhere ("80 kilometer per uur", "5 km van
# de grens") names no thing and gives no figure
_MEASURES = {
    "kilometer",
    "km",
    "meter",
    "ton",
    "kilo",
    "kilogram",
    "kg",
    "hectare",
    "liter",
    "kilometres",
    "kilometers",
    "km2",
    "km²",
}
_MEASURE_STOP = re.compile(
    r"^(?:per|van|naar|tot|uit|in|op|aan|met|voor|bij|om|en|of|is|zijn|was|ver|lang|breed|hoog)$"
)


def _measured_unit(words: list[str]) -> str | None:
    out = [words[0]]
    if len(words) == 1 or words[0][-1:] in ".,;:)":  # "een netto gewicht van 5.800 kilo.", "circa 444.000 km2"
        return words[0].rstrip(".,;:)")
    for i, w in enumerate(words[1:5], 1):
        bare = w.strip("()")
        if bare == "of" and i == 1 and len(words) > 2 and words[2][:1].islower():
            return " ".join([words[0], "of", words[2].rstrip(".,;:)")])  # English: "600 kg of cocaine"
        if not bare or not bare[0].islower() or _MEASURE_STOP.match(bare) or fold(bare) in _NOT_FIRST:
            break
        out.append(w)
        if _plural_noun(bare):
            break
    return " ".join(out) if len(out) > 1 else None


def _participle_before_noun(word: str, following: list[str]) -> bool:
    """A past participle in -en used as an adjective ("aangedreven", "gesloten") before a plural noun."""
    return bool(
        following
        and re.fullmatch(
            r"(?:(?:aan|af|bij|door|in|mee|na|om|onder|op|over|toe|uit|voor|weg)?ge|ver|be|ont|her)[a-z]+en", word
        )
        and _plural_noun(following[0].strip("(),"))
        and following[0][:1].islower()
    )


def _people_or_type(word: str) -> bool:
    """A capitalised plural that is counted: people by their nation, a weapon system by its type."""
    return word in _demonyms() or word in _type_names() or bool(re.fullmatch(r"[A-Z]+-?\d+\w*['’]s", word))


@cache
def _type_names() -> frozenset[str]:
    return frozenset(lexicon.load_toml("figures.toml").get("type_names", []))


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(lexicon.load_toml("figures.toml").get("demonyms", []))


def _nationalities() -> frozenset[str]:
    return frozenset(adj for actor in lexicon.actors()["actor"] for adj in actor.get("adjectives", []))


def _plural_noun(w: str) -> bool:
    fw = fold(w)
    if fw in _not_nouns():
        return False
    if fw in _invariant_plurals():
        return True
    if (
        len(fw) < 4
        or fw.endswith("e")
        or fw in ("zijn", "hebben", "worden", "waren", "kunnen", "zullen", "ingezet", "den")
    ):
        return False
    return bool(re.search(r"(?:en|s|ers|ies|['’]s|ici)$", fw))  # "technici", "politici"


def _about(ctx: Context, start: int, end: int) -> str | None:
    ws = ctx.mentions.starting("weapon", start, end)
    return ws[0].label if ws else None
