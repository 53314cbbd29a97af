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
from armswatch.search.snippet import make_snippet
from armswatch.store.postgres import quote_lexeme

TEXT = "BD"       # head and body terms
ANY = "BCD"       # ... and concept tokens
CONCEPT = "C"
MAX_LIMIT = 100
FACETS = ("type", "chamber", "year", "sender", "weapon", "actor")
FACET_SIZE = 50


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


def _filters(f: dict[str, Any]) -> tuple[list[str], list[Any]]:
    where, params = [], []
    for key in ("type", "chamber"):
        if f.get(key):
            where.append(f"{key} = %s")
            params.append(f[key])
    if f.get("year") not in (None, ""):
        try:
            params.append(int(f["year"]))
        except (TypeError, ValueError):
            raise UsageError(f"year must be a number, not {f['year']!r}") from None
        where.append("year = %s")
    if f.get("sender"):
        where.append("(sender = %s OR sender_name = %s OR sender_role = %s)")
        params += [f["sender"]] * 3
    if f.get("weapon"):
        where.append("weapons @> ARRAY[%s]::text[]")
        params.append(f["weapon"])
    if f.get("actor"):
        where.append("actors @> ARRAY[%s]::text[]")
        params.append(f["actor"])
    if f.get("date_from"):
        where.append("date >= %s")
        params.append(f["date_from"])
    if f.get("date_to"):
        where.append("date <= %s")
        params.append(str(f["date_to"]) + "\uffff")
    return where, params


def _bounded(value: Any, default: int, top: int) -> int:
    try:
        n = int(value) if value is not None else default
    except (TypeError, ValueError):
        raise UsageError(f"not a number: {value!r}") from None
    return max(0, min(n, top))


def search(con: psycopg.Connection, query: str, **f: Any) -> dict[str, Any]:
    node = parse(query or "")
    tsq, compiled = to_tsquery(node, _variants(con)) if node is not None else (None, None)
    sort = f.get("sort") or ("relevance" if node is not None else "date")
    if sort not in ("relevance", "date"):
        raise UsageError(f"sort must be 'relevance' or 'date', not {sort!r}")
    limit = _bounded(f.get("limit"), 20, MAX_LIMIT)
    offset = _bounded(f.get("offset"), 0, 1_000_000)
    where, params = _filters(f)
    if tsq is not None:
        where.insert(0, "tsv @@ %s::tsquery")
        params.insert(0, tsq)
    cond = " WHERE " + " AND ".join(where) if where else ""
    rank = "ts_rank(tsv, %s::tsquery)" if tsq is not None else "0"
    order = "score DESC, date DESC NULLS LAST, id" if sort == "relevance" else "date DESC NULLS LAST, score DESC, id"
    rows = con.execute(
        f"SELECT id, date, type, chamber, subject, sender, {rank} AS score, body FROM documents{cond}"
        f" ORDER BY {order} LIMIT %s OFFSET %s",
        ([tsq] if tsq is not None else []) + params + [limit, offset]).fetchall()
    hits = []
    for did, date, dtype, chamber, subject, sender, score, body in rows:
        snippet, highlights = make_snippet(body, compiled)
        hits.append({"id": did, "date": date, "type": dtype, "chamber": chamber, "subject": subject,
                     "sender": sender, "score": round(float(score), 6), "snippet": snippet,
                     "highlights": highlights})
    total, facets = _facets(con, cond, params)
    return {"query": query or "", "total": total, "hits": hits, "facets": facets}


def _facets(con: psycopg.Connection, cond: str, params: list[Any]) -> tuple[int, dict[str, dict[str, int]]]:
    """The total and every facet's counts in one pass over the matching rows."""
    sql = (f"WITH m AS MATERIALIZED (SELECT type, chamber, year, sender, weapons, actors FROM documents{cond})"
           " SELECT 'total', NULL, count(*) FROM m"
           " UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY type"
           " UNION ALL SELECT 'chamber', chamber, count(*) FROM m WHERE chamber IS NOT NULL GROUP BY chamber"
           " UNION ALL SELECT 'year', year::text, count(*) FROM m WHERE year IS NOT NULL GROUP BY year"
           " UNION ALL SELECT 'sender', sender, count(*) FROM m WHERE sender IS NOT NULL GROUP BY sender"
           " UNION ALL SELECT 'weapon', w, count(*) FROM m, unnest(weapons) w GROUP BY w"
           " UNION ALL SELECT 'actor', a, count(*) FROM m, unnest(actors) a GROUP BY a")
    facets: dict[str, dict[str, int]] = {k: {} for k in FACETS}
    total = 0
    for facet, value, n in con.execute(sql, params):
        if facet == "total":
            total = n
        else:
            facets[facet][value] = n
    for k, counts in facets.items():
        facets[k] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_SIZE])
    return total, facets


def _variants(con: psycopg.Connection):
    """OCR-slip variants of a stem that occur in the index (a GIN probe each, no scan)."""
    try:
        from armswatch.search.query import ocr_candidates  # type: ignore[attr-defined]
    except ImportError:
        return None

    def variants(s: str) -> list[str]:
        out = []
        for v in ocr_candidates(s):
            if con.execute("SELECT 1 FROM documents WHERE tsv @@ %s::tsquery LIMIT 1",
                           (f"{quote_lexeme(v)}:{TEXT}",)).fetchone():
                out.append(v)
        return out

    return variants
