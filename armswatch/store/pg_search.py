"""Search for the PostgreSQL backend: the shared parsed query (armswatch/search/query.py) rendered
as a tsquery literal over the tsvector of postgres.py, then the shared snippets.

query.compile_query walks the parsed query for both backends (so both find the same
documents); TSQUERY spells its pieces for PostgreSQL: a word matches its stem in head or body,
its stem as a compound head, or its weapon's concept token (postgres.concept_lexeme spells
those apart); a prefix matches head and body words; a phrase is stems joined by <->. No lexeme carries a weight
restriction, so the GIN index answers without re-reading each candidate's tsvector.
"""
from __future__ import annotations

from typing import Any

import psycopg

from armswatch.search.ocr import candidates, rare_variants
from armswatch.search.query import Syntax, compile_query, parse
from armswatch.search.snippet import make_snippet
from armswatch.store.filters import SearchFilters
from armswatch.store.postgres import concept_lexeme, quote_lexeme
from armswatch.store.sqlite import FACET_CAP, FACET_TOP

FACETS = ("type", "chamber", "year", "sender", "weapon", "actor")


TSQUERY = Syntax(
    text=quote_lexeme,
    concept=lambda token: quote_lexeme(concept_lexeme(token)),
    prefix=lambda p: quote_lexeme(p) + ":*",
    phrase=lambda stems: "(" + " <-> ".join(quote_lexeme(s) for s in stems) + ")",
    any_of=lambda xs: "(" + " | ".join(xs) + ")",
    all_of=lambda xs: "(" + " & ".join(xs) + ")",
    but_not=lambda a, b: f"({a} & !{b})",
)


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
        compiled = compile_query(node, _variants(con), TSQUERY)
        tsq = compiled.match
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
        return rare_variants(stem_, dict(con.execute(
            "SELECT term, docs FROM vocab WHERE term = ANY(%s)", ([stem_, *cands],)).fetchall()))

    return variants
