"""User query -> parsed tree -> FTS5 MATCH expression, built here so user text never reaches
FTS5 syntax raw.

Syntax: words (implicit AND), "phrases", AND / OR / NOT (also EN / OF / NIET), -word,
parentheses, prefix*. The parser is lenient where intent is clear (an unclosed quote or
parenthesis closes at the end, a stray ")" or a dangling operator is dropped) and raises
:class:`UsageError` where it is not (no words at all, only NOT terms, a one-letter prefix).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from armswatch.errors import UsageError
from armswatch.names import place_names
from armswatch.search.analyse import CONCEPT_PREFIX, MAX_WORD, is_tail, phrase_weapon, stem, weapon_of, words_of

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MIN_PREFIX = 3
MAX_DEPTH = 16  # nested parentheses / NOTs: deeper is no real query, and would exhaust the stack
OPERATORS = {"AND": "AND", "EN": "AND", "OR": "OR", "OF": "OR", "NOT": "NOT", "NIET": "NOT"}
_LEX_RE = re.compile(r'"[^"]*"?|[()]|-(?=[^\W_])|[^\s()"]+')


@dataclass
class Word:
    text: str  # one folded word
    prefix: bool = False


@dataclass
class Phrase:
    words: list[str]


@dataclass
class Not:
    node: Node


@dataclass
class BoolOp:
    op: str  # "AND" | "OR"
    nodes: list[Node]


Node = Word | Phrase | Not | BoolOp


def _lex(query: str) -> list[str]:
    return _LEX_RE.findall(query)


class _Parser:
    def __init__(self, tokens: list[str]):
        self.toks = tokens
        self.i = 0
        self.depth = 0

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise UsageError(f"the query nests parentheses or NOTs too deeply (limit {MAX_DEPTH})")

    def peek(self) -> str | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> str:
        self.i += 1
        return self.toks[self.i - 1]

    def parse(self) -> Node | None:
        nodes = []
        while self.peek() is not None:
            if self.peek() == ")":  # a stray closing parenthesis: drop it
                self.take()
                continue
            n = self.parse_or()
            if n is not None:
                nodes.append(n)
        return _join("AND", nodes)

    def parse_or(self) -> Node | None:
        nodes = [self.parse_and()]
        while (t := self.peek()) is not None and OPERATORS.get(t) == "OR":
            self.take()
            nodes.append(self.parse_and())
        return _join("OR", [n for n in nodes if n is not None])

    def parse_and(self) -> Node | None:
        nodes = []
        while (t := self.peek()) is not None and t != ")" and OPERATORS.get(t) != "OR":
            if OPERATORS.get(t) == "AND":
                self.take()
                continue
            n = self.parse_unary()
            if n is not None:
                nodes.append(n)
        return _join("AND", nodes)

    def parse_unary(self) -> Node | None:
        t = self.peek()
        if t is not None and (OPERATORS.get(t) == "NOT" or t == "-"):
            self.take()
            nxt = self.peek()
            if nxt is None or nxt == ")" or OPERATORS.get(nxt) in ("AND", "OR"):
                return None  # a dangling NOT
            self.deeper()
            inner = self.parse_unary()
            self.depth -= 1
            return Not(inner) if inner is not None else None
        return self.parse_primary()

    def parse_primary(self) -> Node | None:
        t = self.take()
        if t == "(":
            self.deeper()
            inner = self.parse_or()
            self.depth -= 1
            if self.peek() == ")":
                self.take()
            return inner
        if t.startswith('"'):
            words = words_of(t.strip('"'))
            if not words:
                return None
            return Phrase(words) if len(words) > 1 else Word(words[0])
        prefix = t.endswith("*")
        words = words_of(t)
        if not words:
            return None
        if len(words) == 1:
            return Word(words[0], prefix)
        # "anti-personeelsmijn", "F-16": a hyphenated or dotted word is a phrase
        return Phrase(words)


def _join(op: str, nodes: list[Node]) -> Node | None:
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else BoolOp(op, nodes)


def parse(query: str) -> Node | None:
    """The parsed query, or None for an empty query. Raises UsageError on a query that
    holds no searchable words."""
    if len(query) > MAX_QUERY_CHARS:
        raise UsageError(f"query too long ({len(query)} characters, limit {MAX_QUERY_CHARS})")
    query = query.replace("\x00", " ")
    if not query.strip():
        return None
    node = _Parser(_lex(query)).parse()
    if node is None:
        raise UsageError("the query holds no words to search for")
    if _count_terms(node) > MAX_TERMS:
        raise UsageError(f"query has too many terms (limit {MAX_TERMS})")
    return node


def _count_terms(node: Node) -> int:
    if isinstance(node, Word):
        return 1
    if isinstance(node, Phrase):
        return len(node.words)
    if isinstance(node, Not):
        return _count_terms(node.node)
    return sum(_count_terms(n) for n in node.nodes)


def quote(term: str) -> str:
    """An FTS5 string: anything inside is a term, never syntax."""
    return '"' + term.replace('"', '""') + '"'


# Given a stem, the index's OCR-slip variants of it (the store looks them up in its vocabulary).
Variants = Callable[[str], list[str]]

# Which indexed fields a term is looked for in (see analyse.py): the words of body and head,
# those plus the concept stream (compound heads), or the concept stream alone (weapon ids).
TEXT, TEXT_AND_CONCEPTS, CONCEPTS = "text", "text+concepts", "concepts"


class Syntax:
    """How a backend spells a search expression. The query's meaning (stems, synonyms,
    compound heads, OCR variants, phrases, operators) is decided once, in compile_query;
    a backend only renders it. This one renders FTS5 MATCH syntax over doc_fts."""

    COLUMNS = {TEXT: "{terms head}", TEXT_AND_CONCEPTS: "{terms head concepts}", CONCEPTS: "concepts"}

    def term(self, term: str, fields: str, prefix: bool = False) -> str:
        return f"{self.COLUMNS[fields]} : {quote(term)}" + (" *" if prefix else "")

    def phrase(self, terms: list[str]) -> str:
        return f"{self.COLUMNS[TEXT]} : {quote(' '.join(terms))}"

    def any_of(self, parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def all_of(self, parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def but_not(self, expr: str, excluded: str) -> str:
        return f"({expr} NOT {excluded})"


FTS5 = Syntax()


@dataclass
class Compiled:
    match: str  # the backend's search expression (FTS5 MATCH by default)
    stems: set[str]  # stems to highlight
    prefixes: set[str]  # prefixes to highlight
    weapons: set[str]  # weapon ids to highlight


def compile_query(node: Node, variants: Variants | None = None, syntax: Syntax = FTS5) -> Compiled:
    out = Compiled("", set(), set(), set())
    out.match = _Compiler(out, variants or (lambda s: []), syntax).compile(node)
    return out


class _Compiler:
    def __init__(self, out: Compiled, variants: Variants, syntax: Syntax):
        self.out, self.variants, self.syn = out, variants, syntax

    def compile(self, node: Node) -> str:
        if isinstance(node, Word):
            return self.word(node)
        if isinstance(node, Phrase):
            stems = [stem(w) for w in node.words]
            self.out.stems.update(stems)
            return self.syn.phrase(stems)
        if isinstance(node, Not):
            raise UsageError("NOT needs something to subtract from, e.g. 'clustermunitie NOT Oekraïne'")
        if node.op == "OR":
            if any(isinstance(n, Not) for n in node.nodes):
                raise UsageError("OR NOT cannot be searched; use 'a NOT b'")
            return self.syn.any_of([self.compile(n) for n in node.nodes])
        pos: list[Node] = [n for n in node.nodes if not isinstance(n, Not)]
        neg = [n.node for n in node.nodes if isinstance(n, Not)]
        if not pos:
            raise UsageError("a query cannot be only NOT terms; add a word to search for")
        expr = self.syn.all_of(self.and_parts(pos))
        for n in neg:
            # the terms of a negated part are not highlighted
            excluded = _Compiler(Compiled("", set(), set(), set()), self.variants, self.syn).compile(n)
            expr = self.syn.but_not(expr, excluded)
        return expr

    def and_parts(self, nodes: list[Node]) -> list[str]:
        """The AND-ed parts; consecutive words that name a weapon in the lexicon ("chemische
        wapens") also match the weapon's other names (zenuwgas, sarin): the weapon's concept."""
        words = [n.text if isinstance(n, Word) and not n.prefix else None for n in nodes]
        parts, i = [], 0
        while i < len(nodes):
            run = []
            for w in words[i:]:
                if w is None:
                    break
                run.append(w)
            hit = phrase_weapon(run, 0) if len(run) > 1 else None
            if hit:
                wid, n = hit
                group = self.syn.all_of([self.compile(x) for x in nodes[i : i + n]])
                parts.append(self.syn.any_of([group, self.syn.term(CONCEPT_PREFIX + wid, CONCEPTS)]))
                self.out.weapons.add(wid)
                i += n
            else:
                parts.append(self.compile(nodes[i]))
                i += 1
        return parts

    def word(self, node: Word) -> str:
        w = node.text[:MAX_WORD]
        s = stem(w)
        if node.prefix:
            p = _common_prefix(w, s)
            if len(p) < MIN_PREFIX:
                raise UsageError(f"prefix '{w}*' is too short; give at least {MIN_PREFIX} letters")
            self.out.prefixes.add(p)
            return self.syn.term(p, TEXT, prefix=True)
        # a compound head ("mijnen") is also indexed inside longer words, in "concepts"
        alts = [self.syn.term(s, TEXT_AND_CONCEPTS if is_tail(w) else TEXT)]
        self.out.stems.add(s)
        hit = weapon_of([w], 0)
        if hit:
            alts.append(self.syn.term(CONCEPT_PREFIX + hit[0], CONCEPTS))
            self.out.weapons.add(hit[0])
        for v in self.variants(s):
            alts.append(self.syn.term(v, TEXT))
            self.out.stems.add(v)
        alts += self.place_names(w, {s})
        return self.syn.any_of(alts)

    def place_names(self, word: str, have: set[str]) -> list[str]:
        """The place's other names (Kharkiv: Charkiv, Charkov; Kiev: Kyiv, Kyjiv), from the gazetteer."""
        out = []
        for name in place_names(word):
            words = words_of(name)
            stems = [stem(x) for x in words]
            if not stems or " ".join(stems) in have:
                continue
            have.add(" ".join(stems))
            out.append(self.syn.term(stems[0], TEXT) if len(stems) == 1 else self.syn.phrase(stems))
            self.out.stems.update(stems)
        return out


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
