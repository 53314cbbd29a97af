"""Search for the PostgreSQL backend: the shared parsed query (armswatch/search/query.py) rendered
as a tsquery literal over the weighted tsvector of postgres.py, then the shared snippets.

Streams are tsvector weights (postgres.WEIGHT): head = B, body terms = D, concepts = C. The
rendering mirrors query.compile_query for FTS5 term by term, so both backends find the same
documents: a word matches its stem in head/body/concepts, or its weapon's concept token; a
prefix matches head/body; a phrase is stems joined by <-> (followed-by).
"""
from __future__ import annotations

from typing import Any

import psycopg

from armswatch.errors import UsageError
from armswatch.search.analyse import CONCEPT_PREFIX, MAX_WORD, compound_tail, stem, weapon_of
from armswatch.search.query import MIN_PREFIX, BoolOp, Compiled, Node, Not, Phrase, Word, _common_prefix, parse
from armswatch.search.ocr import candidates
from armswatch.search.snippet import make_snippet
from armswatch.store.filters import SearchFilters
from armswatch.store.postgres import quote_lexeme
from armswatch.store.sqlite import FACET_CAP, FACET_TOP, OCR_RARITY

TEXT = "BD"       # head and body terms
ANY = "BCD"       # ... and concept tokens
CONCEPT = "C"
FACETS = ("type", "chamber", "year", "sender", "weapon", "actor")


def to_tsquery(node: Node, variants=None) -> tuple[str, Compiled]:
    out = Compiled("", set(), set(), set())
    out.match = _render(node, out, variants or (lambda s: []))
    return out.match, out


def _render(node: Node, out: Compiled, variants) -> str:
    if isinstance(node, Word):
        return _word(node, out, variants)
    if isinstance(node, Phrase):
        stems = [stem(w) for w in node.words]
        out.stems.update(stems)
        return "(" + " <-> ".join(f"{quote_lexeme(s)}:{TEXT}" for s in stems) + ")"
    if isinstance(node, Not):
        raise UsageError("NOT needs something to subtract from, e.g. 'clustermunitie NOT Oekraïne'")
    if node.op == "OR":
        parts = []
        for n in node.nodes:
            if isinstance(n, Not):
                raise UsageError("OR NOT cannot be searched; use 'a NOT b'")
            parts.append(_render(n, out, variants))
        return "(" + " | ".join(parts) + ")"
    pos = [n for n in node.nodes if not isinstance(n, Not)]
    neg = [n.node for n in node.nodes if isinstance(n, Not)]
    if not pos:
        raise UsageError("a query cannot be only NOT terms; add a word to search for")
    expr = "(" + " & ".join(_render(n, out, variants) for n in pos) + ")"
    for n in neg:  # the terms of a negated part are not highlighted
        expr = f"({expr} & !{_render(n, Compiled('', set(), set(), set()), variants)})"
    return expr


def _word(node: Word, out: Compiled, variants) -> str:
    w = node.text[:MAX_WORD]
    if node.prefix:
        p = w[: len(_common_prefix(w, stem(w)))]
        if len(p) < MIN_PREFIX:
            raise UsageError(f"prefix '{w}*' is too short; give at least {MIN_PREFIX} letters")
        out.prefixes.add(p)
        return f"{quote_lexeme(p)}:*{TEXT}"
    s = stem(w)
    out.stems.add(s)
    alts = [f"{quote_lexeme(s)}:{ANY}"]
    hit = weapon_of([w], 0)
    if hit:
        alts.append(f"{quote_lexeme(CONCEPT_PREFIX + hit[0])}:{CONCEPT}")
        out.weapons.add(hit[0])
    if compound_tail(w) is None:
        for v in variants(s):
            alts.append(f"{quote_lexeme(v)}:{TEXT}")
            out.stems.add(v)
    return "(" + " | ".join(alts) + ")"


def _doc_where(f: SearchFilters) -> tuple[list[str], list[Any]]:
    """The search filters, with the SQLite backend's meaning (armswatch/store/sqlite.py)."""
    where: list[str] = []
    params: list[Any] = []
    for col, value in (("type", f.type), ("chamber", f.chamber), ("year", f.year)):
        if value is not None:
            where.append(f"{col} = %s")
            params.append(value)
    if f.sender:
        like = "%" + f.sender.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(sender_name ILIKE %s OR sender_role ILIKE %s)")
        params += [like, like]
    if f.weapon:
        where.append("weapons @> ARRAY[%s]::text[]")
        params.append(f.weapon)
    if f.actor:
        where.append("actors @> ARRAY[%s]::text[]")
        params.append(f.actor)
    if f.date_from:
        where.append("date >= %s")
        params.append(f.date_from)
    if f.date_to:
        where.append("date <= %s")
        params.append(f.date_to)
    return where, params


def search(con: psycopg.Connection, query: str, f: SearchFilters) -> dict[str, Any]:
    node = parse(query if isinstance(query, str) else str(query))
    where, params = _doc_where(f)
    if node is not None:
        tsq, compiled = to_tsquery(node, _variants(con))
        where.insert(0, "tsv @@ %s::tsquery")
        params.insert(0, tsq)
        score = "ts_rank(tsv, %s::tsquery)"
        score_params = [tsq]
        order = "score DESC, seq" if f.sort == "relevance" else "date DESC NULLS LAST, score DESC, seq"
    else:
        compiled, score, score_params = None, "0.0", []
        order = "date DESC NULLS LAST, seq DESC"
    cond = " WHERE " + " AND ".join(where) if where else ""
    rows = con.execute(
        f"SELECT id, date, type, chamber, subject, sender, {score} AS score, body FROM documents{cond}"
        f" ORDER BY {order} LIMIT %s OFFSET %s", [*score_params, *params, f.limit, f.offset]).fetchall()
    hits = []
    for did, date, typ, chamber, subject, sender, sc, body in rows:
        snippet, highlights = make_snippet(body, compiled)
        hits.append({"id": did, "date": date, "type": typ, "chamber": chamber, "subject": subject,
                     "sender": sender, "score": round(float(sc or 0.0), 4),
                     "snippet": snippet, "highlights": highlights})
    facets, total, exact = _facets(con, cond, params)
    return {"query": query, "total": total, "hits": hits, "facets": facets, "facets_exact": exact,
            "sort": f.sort, "limit": f.limit, "offset": f.offset}


def _facets(con: psycopg.Connection, cond: str, params: list[Any]) -> tuple[dict[str, dict], int, bool]:
    """Facet counts over the matching documents (at most FACET_CAP of them, as on SQLite) and
    the total, in one pass."""
    sql = (f"WITH m AS MATERIALIZED (SELECT type, chamber, year, sender, weapons, actors FROM documents{cond}"
           f" LIMIT {FACET_CAP + 1})"
           " SELECT 'type', type, count(*) FROM m GROUP BY type"
           " UNION ALL SELECT 'chamber', chamber, count(*) FROM m GROUP BY chamber"
           " UNION ALL SELECT 'year', year::text, count(*) FROM m GROUP BY year"
           " UNION ALL SELECT 'sender', sender, count(*) FROM m GROUP BY sender"
           " UNION ALL SELECT 'weapon', w, count(*) FROM m, unnest(weapons) w GROUP BY w"
           " UNION ALL SELECT 'actor', a, count(*) FROM m, unnest(actors) a GROUP BY a"
           " UNION ALL SELECT 'total', NULL, count(*) FROM m")
    facets: dict[str, dict] = {k: {} for k in FACETS}
    total = 0
    for name, value, n in con.execute(sql, params):
        if name == "total":
            total = n
        elif value is not None:
            facets[name][str(value)] = n
    for name, counts in facets.items():
        facets[name] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_TOP])
    exact = total <= FACET_CAP
    if not exact:
        total = con.execute(f"SELECT count(*) FROM documents{cond}", params).fetchone()[0]
    return facets, total, exact


def _variants(con: psycopg.Connection):
    """Rare spellings of a stem in the index that OCR slips could have made (the vocab table
    plays the part of SQLite's fts5vocab)."""

    def variants(stem_: str) -> list[str]:
        cands = candidates(stem_)
        if not cands:
            return []
        rows = dict(con.execute("SELECT term, docs FROM vocab WHERE term = ANY(%s)", ([stem_, *cands],)).fetchall())
        base = rows.pop(stem_, 0)
        return sorted(t for t, n in rows.items() if not base or n <= base * OCR_RARITY)

    return variants
