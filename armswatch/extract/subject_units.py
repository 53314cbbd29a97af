"""The noun a copula ties to a number: what a bare number or sum measures when it is said before.

"De Nederlandse bijdrage aan het EPF is ca. 5,9%" -> "Nederlandse bijdrage aan het EPF";
"In 2023 bedraagt de eindejaarsmarge maximaal € 471 miljoen" -> "eindejaarsmarge";
"dat het vertrouwen 77% bedroeg" -> "vertrouwen"; "was het aantal geldige vergunningen ... 88" ->
"geldige vergunningen ...". Dutch names the measured thing as the subject of "zijn" or
"bedragen", before the verb or (after an opening adverbial) right after it, or before the number
in a subordinate clause whose verb closes it.
"""

from __future__ import annotations

import re

from armswatch.extract.text import fold

_COPULA = r"(?:is|was|zijn|waren|bedraagt|bedroeg|bedragen|bedroegen|beloopt|beliep|are|were|amounts\s+to|amounted\s+to|stands\s+at|stood\s+at)"
# hedges between the verb and the number: "is ca. 5,9%", "bedraagt maximaal € 471 miljoen"
_HEDGE = (
    r"(?:(?:ca\.|circa|ruim|bijna|maximaal|minimaal|ongeveer|zo'n|meer\s+dan|minder\s+dan|naar\s+schatting|"
    r"in\s+totaal|slechts|hooguit|ten\s+hoogste|minstens|ten\s+minste|about|some|nearly|almost|more\s+than|over|"
    r"at\s+most|at\s+least|up\s+to)\s+)*"
)
# a noun phrase after its article: words, hyphens and a name ("aan het EPF", "Saoedi-Arabië"),
# no digits, no punctuation that ends a clause
_NP = r"(?:[Dd]e|[Hh]et|[Tt]he)\s+((?:[^\W\d_][\w\-’']*\s+){0,7}?[^\W\d_][\w\-’']*)"
# "(bedraagt) de marge maximaal", "(was) de gemiddelde huurverhoging per 1 juli 2013": a date may close it
_WHEN = r"(?:(?:per|op|in|sinds|vanaf|tot|eind|begin)\s+(?:\d{1,2}\s+[a-z]{3,9}\s+)?(?:19|20)\d{2}\s+)?"
_INVERTED = re.compile(rf"{_NP}\s+{_WHEN}{_HEDGE}")
_COPULA_END = re.compile(rf"\b{_COPULA}\s+$")
_BEFORE_VERB = re.compile(rf"{_NP}\s+{_COPULA}\s+{_HEDGE}$")  # "De bijdrage ... is ca."
_CLAUSE = re.compile(rf"{_NP}\s+$")  # "dat het vertrouwen" ... "77% bedroeg"
_VERB_AFTER = re.compile(
    rf"\s*(?:%|procent)?(?:\s*(?:respectievelijk|en|of)\s+\d[\d.,]*\s*(?:%|procent)?)*\s+{_COPULA}\b", re.I
)
_CHANGE_TAIL = re.compile(
    r"(?:\s+(?:is|zijn)?\s*(?:gestegen|gedaald|toegenomen|afgenomen|opgelopen|teruggelopen|gegroeid)\s+(?:naar|tot)|\s+met)$"
)
# "(is voornemens) 22% te bezuinigen", "(is van plan het aantal ...) met 22% te verminderen"
_OBJECT_OF_INFINITIVE = re.compile(r"\s*(?:%|procent|euro)?\s+te\s+[a-z]+en\b")
# a verb, a conjunction or a relative pronoun inside is no single noun phrase
_NOT_IN_NP = {
    "is", "was", "zijn", "waren", "heeft", "hebben", "had", "wordt", "worden", "werd", "zal", "zullen",
    "kan", "kunnen", "moet", "dat", "die", "wat", "en", "of", "maar", "want", "omdat", "dan",
    "bedraagt", "bedroeg", "has", "have", "and", "or", "that", "which", "er", "wij", "we", "zij", "hij",
}  # fmt: skip
_ADVERBS = {"al", "bijna", "reeds", "nog", "ook", "slechts", "immers", "zelfs", "inmiddels", "daarmee"}
_PREPOSITIONS = {
    "van",
    "aan",
    "in",
    "op",
    "voor",
    "met",
    "bij",
    "uit",
    "naar",
    "over",
    "tot",
    "door",
    "per",
    "onder",
    "of",
}
# a noun that names nothing more than the sum, and the words of "het aantal ..." that lead to the noun
_EMPTY = {"bedrag", "bedragen", "som", "totaal", "totale", "hoogte", "orde", "omvang", "niveau", "getal", "cijfer"}
_LEADS = ("aantal", "totale aantal", "percentage", "aandeel", "number", "total number", "share")


def subject_unit(body: str, start: int, num_start: int, num_end: int, counted: bool = False) -> str | None:
    """The noun phrase a copula ties to the number at body[num_start:num_end], or None.
    counted: the number is a bare count, so only "het aantal X" names what it counts ("Het
    antwoord is twee" does not)."""
    before = body[max(start, num_start - 90) : num_start]
    to_be_done = bool(_OBJECT_OF_INFINITIVE.match(body, num_end))
    if to_be_done and not re.search(r"\baantal\b", before):
        return None  # "de regering is voornemens 22% te bezuinigen": the number is what is to be done
    verb_after = bool(_VERB_AFTER.match(body, num_end))
    # the longest noun phrase that is one: from the leftmost article whose phrase has no verb
    for article in re.finditer(r"\b(?:[Dd]e|[Hh]et|[Tt]he)\s", before):
        tail = before[article.start() :]
        m = _BEFORE_VERB.fullmatch(tail) or (_CLAUSE.fullmatch(tail) if verb_after else None)
        if not m and _COPULA_END.search(before[: article.start()]):
            m = _INVERTED.fullmatch(tail)
        if not m:
            continue
        np = _noun_phrase(m.group(1), counted, to_be_done)
        if np:
            return np
    return None


def _noun_phrase(np: str, counted: bool, to_be_done: bool = False) -> str | None:
    np = " ".join(np.split())
    words = [fold(w) for w in np.split()]
    if any(w in _NOT_IN_NP or w in _ADVERBS for w in words):
        return None
    # a second article not after a preposition starts another phrase: "sinds de PAS de gemiddelde ..."
    if any(b in ("de", "het") and a not in _PREPOSITIONS for a, b in zip(words, words[1:], strict=False)):
        return None
    lead = next((ld for ld in _LEADS if " ".join(words).startswith(ld + " ")), None)
    if lead:
        np = " ".join(np.split()[len(lead.split()) :])
        # the count changes: "het aantal doden (is) gestegen naar ten minste 30", "het aantal X met 20.000 te verminderen"
        np = _CHANGE_TAIL.sub("", np) if not np.endswith(" met") or to_be_done else np
        if fold(np.split()[0]) in ("van", "of"):
            np = " ".join(np.split()[1:])
    elif counted:
        return None
    # a phrase ends in its noun, never a preposition ("het aantal rijksambtenaren met 22%")
    if not np or fold(np.split()[-1]) in _EMPTY | _PREPOSITIONS or fold(np.split()[0]) in _EMPTY:
        return None
    return np
