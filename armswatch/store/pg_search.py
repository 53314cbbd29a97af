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

from armswatch.errors import UsageError
from armswatch.search.analyse import stem, words_of
from armswatch.search.ocr import pick_variants
from armswatch.search.query import CONCEPTS, TEXT_AND_CONCEPTS, Compiled, Syntax, compile_query, parse
from armswatch.store import results
from armswatch.store.filters import SearchFilters
from armswatch.store.postgres import concept_lexeme, one_row, quote_lexeme


class TsquerySyntax(Syntax):
    """The shared compiled query spelt as a tsquery literal, every lexeme quoted."""

    def term(self, term: str, fields: str, prefix: bool = False) -> str:
        if fields == CONCEPTS:
            return quote_lexeme(concept_lexeme(term))
        if prefix:
            return quote_lexeme(term) + ":*"
        if fields == TEXT_AND_CONCEPTS:
            return f"({quote_lexeme(term)} | {quote_lexeme(concept_lexeme(term))})"
        return quote_lexeme(term)

    def phrase(self, terms: list[str]) -> str:
        return "(" + " <-> ".join(quote_lexeme(t) for t in terms) + ")"

    def any_of(self, parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def all_of(self, parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"

    def but_not(self, expr: str, excluded: str) -> str:
        return f"({expr} & !{excluded})"


TSQUERY = TsquerySyntax()


def sender_tsquery(sender: str) -> str:
    """The sender filter: the sender's words in this order among the analysed words of the
    sender's name and role (as on SQLite)."""
    words = words_of(sender)
    if not words:
        raise UsageError("sender: give a name or a role, e.g. 'Minister van Defensie'")
    return TSQUERY.phrase([stem(w) for w in words])


def _doc_where(f: SearchFilters) -> tuple[list[str], list[Any]]:
    """The search filters, with the SQLite backend's meaning (armswatch/store/sqlite.py)."""
    where: list[str] = []
    params: list[Any] = []
    for col, value in (("type", f.type), ("chamber", f.chamber), ("year", f.year)):
        if value is not None:
            where.append(f"{col} = %s")
            params.append(value)
    if f.sender:
        where.append("sender_tsv @@ %s::tsquery")
        params.append(sender_tsquery(f.sender))
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
    compiled = compile_query(node, _variants(con), TSQUERY) if node is not None else None
    if compiled:
        where.insert(0, "tsv @@ %s::tsquery")
        params.insert(0, compiled.match)
    cond = " WHERE " + " AND ".join(where) if where else ""
    # the sender filter is a full-text match too (on SQLite it is part of the MATCH expression)
    matching = bool(compiled or f.sender)
    with con.transaction():
        if matching:
            # Only bitmap scans: a GIN bitmap decides "tsv @@ q" from the index (word queries are
            # not rechecked), where a sequential or plain index scan evaluates it as a filter on
            # every row it passes, reading each one's whole tsvector out of line (TOAST). The
            # planner took those for dense matches: 60 ms for the facets, 140-320 ms for the page.
            con.execute("SET LOCAL enable_seqscan = off")
            con.execute("SET LOCAL enable_indexscan = off")
            # A bitmap larger than work_mem turns lossy: every row of a lossy page is rechecked,
            # reading its tsvector (at 100k documents with 256 kB: 21 -> 64-74 ms for one walk
            # probe). 64 MB keeps the GIN bitmap of a word exact up to some 4M documents.
            con.execute("SET LOCAL work_mem = '64MB'")
        facets, counted, all_counted = _facets(con, cond, params)
        walk = _Newest(con, cond, params, compiled)
        total, total_exact, bound = results.settle_total(
            counted,
            all_counted,
            matching,
            f.exact_total,
            lambda: _count(con, cond, params),
            walk,
            lambda found, b: _estimate(con, found, b),
        )
        bound = bound if compiled else None
        if compiled and f.sort == "relevance" and walk.rows:
            rows = _ranked_from_walk(con, walk.rows, f)
        else:
            rows = _page(con, compiled, f, cond, params, bound)
    hits = [results.hit(*row[:7], row[7], compiled) for row in rows]  # type: ignore[call-arg]
    return results.result(
        query, f, total, hits, facets, all_counted, ranking_exact=bound is None, total_exact=total_exact
    )


def _score(compiled: Compiled | None) -> tuple[str, list[Any]]:
    """The relevance score's SQL and parameters: ts_rank over the short vector kept in the row
    (the body's whole tsv is out of line; see migrations_postgres/003_rank_vector.sql)."""
    return ("ts_rank(rank_tsv, %s::tsquery)", [compiled.match]) if compiled else ("0.0", [])


def _ranked_from_walk(con: psycopg.Connection, walked: list[tuple[int, float]], f: SearchFilters) -> list[tuple]:
    """The relevance page from the walk's (seq, score) pairs: the newest RANK_CAP matches (every
    match when there are no more), ordered as the SQL page orders them (score DESC, seq); only
    the page's rows are then read. Saves reading the candidates twice (a phrase rechecks each)."""
    ranked = sorted(walked[: results.RANK_CAP], key=lambda r: (-r[1], r[0]))[f.offset : f.offset + f.limit]
    rows = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT seq, id, date, type, chamber, subject, sender, body FROM documents WHERE seq = ANY(%s)",
            [[s for s, _ in ranked]],
        )
    }
    return [(*rows[s][:6], score, rows[s][6]) for s, score in ranked]


def _page(
    con: psycopg.Connection,
    compiled: Compiled | None,
    f: SearchFilters,
    cond: str,
    params: list[Any],
    bound: int | None,
) -> list[tuple]:
    """The page's rows, ranked or newest first, when the walk did not rank them: relevance
    here ranks every match (no more than RANK_CAP: over it the walk ran and ranked)."""
    score, score_params = _score(compiled)
    if not compiled:
        order = "date DESC NULLS LAST, seq DESC"
    elif f.sort == "relevance":
        order = "score DESC, seq"
    elif bound is None:
        order = "date DESC NULLS LAST, score DESC, seq"
    else:
        # walk the date index newest first, checking each row until the page is full (the
        # matches are many, so that is soon); the score is computed for the page's rows only
        order = "date DESC NULLS LAST, seq DESC"
        con.execute("SET LOCAL enable_indexscan = on")
    return con.execute(
        f"SELECT id, date, type, chamber, subject, sender, {score} AS score, body FROM documents{cond}"
        f" ORDER BY {order} LIMIT %s OFFSET %s",
        [*score_params, *params, f.limit, f.offset],
    ).fetchall()


class _Newest:
    """Walks the matches newest first (by seq, the storage order), stopping after RANK_CAP + 1.
    Called, it returns (how many it found, the seq of the last one when more than RANK_CAP
    match, else None); relevance then ranks only the matches stored after that seq, from the
    (seq, score) pairs the walk keeps in ``rows``.

    The walk probes seq ranges from the newest down, each sized to hold the matches still
    needed at the density seen so far (at first the planner's estimate): the GIN bitmap ANDed
    with the seq range visits only the rows in the range, not every match in the store."""

    def __init__(self, con: psycopg.Connection, cond: str, params: list[Any], compiled: Compiled | None):
        self.con, self.cond, self.params, self.compiled = con, cond, params, compiled
        self.rows: list[tuple[int, float]] = []

    def __call__(self) -> tuple[int, int | None]:
        con, need = self.con, results.RANK_CAP + 1
        score, score_params = _score(self.compiled)
        first, top = _by_btree(con, "SELECT min(seq), max(seq) FROM documents", [])
        plan = one_row(con, f"EXPLAIN (FORMAT JSON) SELECT seq FROM documents{self.cond}", self.params)[0]
        density = min(1.0, max(plan[0]["Plan"]["Plan Rows"], 1) / max(top - first + 1, 1))
        hi = top
        while len(self.rows) < need and hi >= first:
            lo = hi - int((need - len(self.rows)) / density * 1.5) - 1  # this probe: lo < seq <= hi
            self.rows += con.execute(
                f"SELECT seq, {score} FROM documents{self.cond} AND seq > %s AND seq <= %s ORDER BY seq DESC LIMIT %s",
                [*score_params, *self.params, lo, hi, need - len(self.rows)],
            ).fetchall()
            hi = lo
            density = max(len(self.rows), 1) / (top - lo)
        found = len(self.rows)
        return found, (self.rows[-1][0] if found >= need else None)


def _estimate(con: psycopg.Connection, found: int, bound: int) -> int:
    """The total from the density of matches among the documents stored from ``bound`` on
    (counted: seq has gaps where an insert lost an ON CONFLICT) in the whole store (estimated)."""
    span = _by_btree(con, "SELECT count(*) FROM documents WHERE seq >= %s", [bound])[0]
    return results.estimated_total(found, span, _stored(con))


def _by_btree(con: psycopg.Connection, sql: str, params: list[Any]) -> tuple:
    """One row of a statement the seq index answers alone (its ends, a count of a range), with
    index scans allowed for it (a search with words runs on bitmap scans only; see search)."""
    con.execute("SET LOCAL enable_indexscan = on")
    row = one_row(con, sql, params)
    con.execute("SET LOCAL enable_indexscan = off")
    return row


def _stored(con: psycopg.Connection) -> int:
    """How many documents are stored: the planner's estimate (rows per page at the last
    ANALYZE x the table's pages now), or a count when the table was never analysed."""
    tuples, pages, now = one_row(
        con,
        "SELECT reltuples, relpages, pg_relation_size(oid) / current_setting('block_size')::int"
        " FROM pg_class WHERE oid = 'documents'::regclass",
    )
    if tuples > 0 and pages > 0:
        return int(tuples / pages * now)
    return one_row(con, "SELECT count(*) FROM documents")[0]


def _count(con: psycopg.Connection, cond: str, params: list[Any]) -> int:
    return one_row(con, f"SELECT count(*) FROM documents{cond}", params)[0]


def _facets(con: psycopg.Connection, cond: str, params: list[Any]) -> tuple[dict[str, dict], int, bool]:
    """Facet counts over the matching documents (at most FACET_CAP + 1 of them, as on SQLite),
    how many were counted, and whether that was all of them."""
    sql = (
        f"WITH m AS MATERIALIZED (SELECT type, chamber, year, sender, weapons, actors FROM documents{cond}"
        f" LIMIT {results.FACET_CAP + 1})"
        " SELECT 'type', type, count(*) FROM m GROUP BY type"
        " UNION ALL SELECT 'chamber', chamber, count(*) FROM m GROUP BY chamber"
        " UNION ALL SELECT 'year', year::text, count(*) FROM m GROUP BY year"
        " UNION ALL SELECT 'sender', sender, count(*) FROM m GROUP BY sender"
        " UNION ALL SELECT 'weapon', w, count(*) FROM m, unnest(weapons) w GROUP BY w"
        " UNION ALL SELECT 'actor', a, count(*) FROM m, unnest(actors) a GROUP BY a"
        " UNION ALL SELECT 'total', NULL, count(*) FROM m"
    )
    facets, counted = results.facet_counts(con.execute(sql, params))
    return facets, counted, counted <= results.FACET_CAP


def _variants(con: psycopg.Connection):
    """Rare spellings of a stem in the index that OCR slips could have made (the shared rule,
    search.ocr.pick_variants; the vocab table plays the part of SQLite's fts5vocab)."""

    def doc_counts(terms: list[str]) -> dict[str, int]:
        return dict(con.execute("SELECT term, docs FROM vocab WHERE term = ANY(%s) AND docs > 0", (terms,)).fetchall())

    def variants(stem_: str) -> list[str]:
        return pick_variants(stem_, bool(doc_counts([stem_])), doc_counts)

    return variants
