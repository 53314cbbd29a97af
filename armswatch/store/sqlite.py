"""The SQLite backend: one file, WAL journal, an FTS5 index over analysed text.

Writes go in one transaction per batch, so a killed ingest leaves whole documents only and
a rerun completes it. The schema carries a version (PRAGMA user_version) and is migrated
on open.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from armswatch.errors import StoreError, UsageError
from armswatch.record import Record
from armswatch.search import query as q
from armswatch.search.analyse import stem, words_of
from armswatch.search.ocr import pick_variants
from armswatch.store import Store, results
from armswatch.store.filters import FactFilters, SearchFilters
from armswatch.store.origins import origin_statements
from armswatch.store.rows import Prepared, SourceFile, keyset_fetch, paged_facts, prepare, record_from_row

SCHEMA_VERSION = 2
FACT_PAGE = 500
VARIANT_CACHE = 4096
# date order over very many matches: check documents one by one along the date index when at
# least this share of the store matches (at a million documents: 8 ms instead of 74 ms for a
# word in a third of them, but 72 instead of 24 ms for one in 2 %), for the first DENSE_DEPTH hits
DENSE = 0.1
DENSE_DEPTH = 200
# column weights: body terms, concepts (synonyms, compound parts), head (subject, sender);
# bm25() spelt out is faster than FTS5's configured "rank"
WEIGHTS = "1.0, 0.6, 3.0, 0.0"
BM25 = f"bm25(doc_fts, {WEIGHTS})"
# the same ranking at a bounded cost (armswatch/store/_fts5rank.c), when that module is built
AW_BM25 = f"aw_bm25(doc_fts, {WEIGHTS})"


def _rank_function(con: sqlite3.Connection) -> str:
    """AW_BM25 if it could be added to this connection, else FTS5's own bm25. The C module must
    call the very SQLite library Python's sqlite3 uses (the version is the check we can make)."""
    try:
        from armswatch.store import _fts5rank
    except ImportError:
        return BM25
    major, minor, patch = sqlite3.sqlite_version_info
    if _fts5rank.library_version() != major * 1_000_000 + minor * 1_000 + patch or not _fts5rank.register(con):
        return BM25
    return AW_BM25


def _schema_v1() -> str:
    return (resources.files("armswatch.store") / "schema_sqlite.sql").read_text(encoding="utf-8")


def _schema_v2() -> str:
    return (resources.files("armswatch.store") / "schema_sqlite_v2.sql").read_text(encoding="utf-8")


# version -> script that brings the schema from version-1 to version
MIGRATIONS = {1: _schema_v1, 2: _schema_v2}


class SQLiteStore(Store):
    def __init__(self, path: str):
        self.path = path
        if path != ":memory:" and Path(path).is_dir():
            raise StoreError(f"{path}: is a directory, not a store file")
        try:
            self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=NORMAL")
            self.con.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self.rank = _rank_function(self.con)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: cannot open the store ({e})") from None
        # one connection shared by the web server's threads: serialise its use
        self._lock = threading.RLock()
        self._variants_cache: dict[str, list[str]] = {}
        self._variants_version: tuple[int, int] | None = None

    # --- schema -------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.con.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version} is newer than this "
                f"armswatch ({SCHEMA_VERSION}); upgrade armswatch"
            )
        for v in range(version + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[v]()
            self.con.executescript("BEGIN IMMEDIATE;\n" + script + f"\nPRAGMA user_version = {v};\nCOMMIT;")

    def close(self) -> None:
        try:
            self.con.execute("PRAGMA optimize")  # cheap: refreshes the planner's statistics if stale
        except sqlite3.Error:
            pass
        self.con.close()

    # --- writing --------------------------------------------------------------------------
    def add(self, record: Record) -> bool:
        return self.add_prepared([prepare(record)]) == 1

    def add_many(self, records: list[Record]) -> int:
        return self.add_prepared([prepare(r) for r in records])

    def known_source(self, source: SourceFile) -> bool:
        with self._lock:
            row = self.con.execute("SELECT size, mtime FROM sources WHERE path = ?", (source.path,)).fetchone()
        return row is not None and row[0] == source.size and row[1] == source.mtime

    def add_prepared(self, batch: list[Prepared]) -> int:
        """Store a batch in one transaction; returns how many documents were new."""
        new = 0
        with self._transaction():
            for p in batch:
                new += self._insert(p)
                if p.source:
                    self.con.execute(
                        "INSERT OR REPLACE INTO sources(path, size, mtime, doc) VALUES (?,?,?,?)",
                        (p.source.path, p.source.size, p.source.mtime, p.id),
                    )
                if p.origin:
                    for sql, params in origin_statements(p.origin, p.id):
                        self.con.execute(sql, params)
        return new

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction, rolled back whole on any error (a killed process leaves none)."""
        with self._lock:
            try:
                self.con.execute("BEGIN IMMEDIATE")
                yield
                self.con.execute("COMMIT")
            except BaseException as e:
                if self.con.in_transaction:
                    self.con.execute("ROLLBACK")
                if isinstance(e, sqlite3.Error):
                    raise StoreError(f"{self.path}: cannot write the store ({e})") from None
                raise

    def _sync_read(self, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            return self.con.execute(sql, params).fetchall()

    def _sync_write(self, statements: list[tuple[str, tuple]]) -> None:
        with self._transaction():
            for sql, params in statements:
                self.con.execute(sql, params)

    def _insert(self, p: Prepared) -> int:
        c = self.con
        if c.execute("SELECT 1 FROM documents WHERE id = ?", (p.id,)).fetchone():
            return 0
        cols = list(p.doc)
        cur = c.execute(
            f"INSERT INTO documents({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", list(p.doc.values())
        )
        rid = cur.lastrowid
        c.execute("INSERT INTO texts(doc, body, record) VALUES (?, ?, ?)", (rid, p.body, p.record_json))
        c.execute(
            "INSERT INTO doc_fts(rowid, terms, concepts, head, sender) VALUES (?,?,?,?,?)",
            (rid, p.terms, p.concepts, p.head, p.sender_terms),
        )
        c.executemany(
            "INSERT INTO parts(doc, number, question, answer, data) VALUES (?,?,?,?,?)",
            [(rid, x["number"], x["question"], x["answer"], x["data"]) for x in p.parts],
        )
        c.executemany(
            "INSERT INTO redactions(doc, ground, woo_article) VALUES (?,?,?)",
            [(rid, x["ground"], x["woo_article"]) for x in p.redactions],
        )
        c.executemany(
            "INSERT INTO facts(doc, kind, actor, recipient, weapon, treaty, state, date, data) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    rid,
                    f["kind"],
                    f["actor"],
                    f["recipient"],
                    f["weapon"],
                    f["treaty"],
                    f["state"],
                    p.doc.get("date"),
                    f["data"],
                )
                for f in p.facts
            ],
        )
        c.executemany("INSERT OR IGNORE INTO doc_weapons(weapon, doc) VALUES (?,?)", [(w, rid) for w in p.weapons])
        c.executemany("INSERT OR IGNORE INTO doc_actors(actor, doc) VALUES (?,?)", [(a, rid) for a in p.actors])
        return 1

    # --- reading --------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        with self._lock:
            return self.con.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def get(self, doc_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self.con.execute(
                "SELECT t.record, t.body FROM documents d JOIN texts t ON t.doc = d.rowid WHERE d.id = ?", (doc_id,)
            ).fetchone()
        return record_from_row(*row) if row else None

    def _variants(self, stem: str) -> list[str]:
        """Rare spellings of ``stem`` in the index that OCR slips could have made; cached
        until the store changes (a commit here or by any other connection)."""
        version = (self.con.execute("PRAGMA data_version").fetchone()[0], self.con.total_changes)
        if version != self._variants_version or len(self._variants_cache) > VARIANT_CACHE:
            self._variants_cache.clear()
            self._variants_version = version
        if stem not in self._variants_cache:
            self._variants_cache[stem] = self._find_variants(stem)
        return self._variants_cache[stem]

    def _find_variants(self, stem: str) -> list[str]:
        c = self.con
        present = (
            c.execute(
                "SELECT 1 FROM doc_fts WHERE doc_fts MATCH ? LIMIT 1", ("{terms head} : " + q.quote(stem),)
            ).fetchone()
            is not None
        )

        def doc_counts(terms: list[str]) -> dict[str, int]:
            marks = ",".join("?" * len(terms))
            return dict(c.execute(f"SELECT term, doc FROM doc_vocab WHERE term IN ({marks})", terms).fetchall())

        return pick_variants(stem, present, doc_counts)

    def search(self, query: str, **filters: Any) -> dict[str, Any]:
        f = SearchFilters.parse(filters)
        node = q.parse(query if isinstance(query, str) else str(query))
        with self._lock:
            compiled = q.compile_query(node, self._variants) if node else None
            plan = _Plan(compiled, f, self.rank)
            try:
                facets, total, exact = self._facets(plan)
                total, total_exact, bound = self._total(plan, f, total, exact)
                bound = bound if compiled else None
                # only date order over very many matches chooses how to walk (see page)
                dense = bound is not None and not plan.by_rank and self._dense(total, f)
                sql, params = plan.page(bound, dense=dense)
                rows = self.con.execute(sql, [*params, f.limit, f.offset]).fetchall()
                # a bound comes only with a match (results.settle_total), so plan.match is set here
                if bound is not None and plan.match and not plan.by_rank:
                    rows = [self._scored(row, plan.match) for row in rows]
            except sqlite3.OperationalError as e:
                # the expression is built here from parsed words; an error is a bug, not user input
                raise StoreError(f"search failed: {e}") from None
            hits = [self._hit(row, compiled) for row in rows]
        return results.result(
            query, f, total, hits, facets, exact, ranking_exact=bound is None, total_exact=total_exact
        )

    def _total(self, plan: _Plan, f: SearchFilters, counted: int, all_counted: bool) -> tuple[int, bool, int | None]:
        """(total, whether it is exact, the rank bound): results.settle_total's rule."""
        return results.settle_total(
            counted,
            all_counted,
            bool(plan.match),
            f.exact_total,
            lambda: self._count(plan),
            lambda: self._newest(plan),
            self._estimate,
        )

    def _dense(self, total: int, f: SearchFilters) -> bool:
        """Whether the matches are so dense among the documents (DENSE or more of them) that
        walking the date index and checking each document costs less than collecting them all
        (a page deep into the results walks far, so only the first pages qualify)."""
        stored = self.con.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 1
        return total >= DENSE * stored and f.offset + f.limit <= DENSE_DEPTH

    def _newest(self, plan: _Plan) -> tuple[int, int | None]:
        """Walks the matches newest first without scoring them, stopping after RANK_CAP + 1:
        (how many it found, the rowid of the last one when there are more than RANK_CAP
        matches, else None). Relevance then ranks only the matches stored after that rowid."""
        n, last = self.con.execute(
            f"SELECT count(*), min(r) FROM (SELECT f.rowid AS r {plan.base} ORDER BY f.rowid DESC LIMIT ?)",
            [*plan.params, results.RANK_CAP + 1],
        ).fetchone()
        return n, (last if n > results.RANK_CAP else None)

    def _estimate(self, found: int, bound: int) -> int:
        """The total from the density of matches among the documents stored from ``bound`` on."""
        newest = self.con.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0
        # rowids are dense (documents are never deleted), so they count documents
        return results.estimated_total(found, newest - bound + 1, newest)

    def _scored(self, row: tuple, match: str) -> tuple:
        """A date-ordered row with its relevance score, computed for this document alone."""
        score = self.con.execute(
            f"SELECT -{self.rank} FROM doc_fts WHERE doc_fts MATCH ? AND rowid = ?", (match, row[0])
        ).fetchone()
        return (*row[:-1], score[0] if score else 0.0)

    def _hit(self, row: tuple, compiled: q.Compiled | None) -> dict[str, Any]:
        rid, did, date, typ, chamber, subject, sender, score = row  # _Plan.COLS and the score
        body = self.con.execute("SELECT body FROM texts WHERE doc = ?", (rid,)).fetchone()[0]
        return results.hit(did, date, typ, chamber, subject, sender, score, body, compiled)

    def _facets(self, plan: _Plan) -> tuple[dict[str, dict], int, bool]:
        """Facet counts over the matching documents (at most FACET_CAP + 1 of them), how many
        were counted, and whether that was all of them."""
        sql = facet_sql(plan.base, newest=bool(plan.match))
        facets, total = results.facet_counts(self.con.execute(sql, plan.params))
        return facets, total, total <= results.FACET_CAP

    def _count(self, plan: _Plan) -> int:
        """How many documents match in all; without filters, from the index alone."""
        if plan.match and not plan.where:
            return self.con.execute("SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?", (plan.match,)).fetchone()[0]
        if not plan.match and not plan.where:
            return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]
        return self.con.execute(f"SELECT count(*) {plan.base}", plan.params).fetchone()[0]

    def facts(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Keyset pages in insertion order: bounded memory, no lock held between pages."""
        f = FactFilters.parse(filters)
        where, params = _fact_where(f)

        select = (
            "SELECT f.rowid, f.data, d.id, d.date, d.type, d.subject FROM facts f JOIN documents d ON d.rowid = f.doc"
        )
        fetch = keyset_fetch(self.con, self._lock, select, "f.rowid", where, params, "?")
        return paged_facts(fetch, f.limit, f.offset, FACT_PAGE)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            c = self.con
            docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            facts = dict(c.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind").fetchall())
            by_type = dict(c.execute("SELECT type, count(*) FROM documents GROUP BY type ORDER BY type").fetchall())
            first = c.execute("SELECT min(date) FROM documents WHERE date IS NOT NULL").fetchone()[0]
            last = c.execute("SELECT max(date) FROM documents WHERE date IS NOT NULL").fetchone()[0]
        return {"documents": docs, "facts": facts, "by_type": by_type, "first_date": first, "last_date": last}


def _equal(where: list[str], params: list[Any], pairs: tuple[tuple[str, Any], ...]) -> None:
    for col, value in pairs:
        if value is not None:
            where.append(f"{col} = ?")
            params.append(value)


def _between(where: list[str], params: list[Any], col: str, low: str | None, high: str | None) -> None:
    if low:
        where.append(f"{col} >= ?")
        params.append(low)
    if high:
        where.append(f"{col} <= ?")
        params.append(high)


def facet_sql(base: str, newest: bool) -> str:
    """One statement for every facet: FACET_CAP + 1 matches are materialised once, then grouped;
    CROSS JOIN keeps them the outer loop, so the facet tables are only probed. With words to
    match they are the most recently stored matches (those a bounded ranking ranks: FTS5 walks
    them in that order for free: ``newest``, for a ``base`` that matches doc_fts as f); with
    filters only, the first the filter's index gives (an order by rowid would sort every
    document the filter keeps)."""
    order = " ORDER BY f.rowid DESC" if newest else ""
    return (
        f"WITH m AS MATERIALIZED (SELECT d.rowid AS r, d.type, d.chamber, d.year, d.sender {base}"
        f"{order} LIMIT {results.FACET_CAP + 1}) "
        "SELECT 'type', type, count(*) FROM m GROUP BY type "
        "UNION ALL SELECT 'chamber', chamber, count(*) FROM m GROUP BY chamber "
        "UNION ALL SELECT 'year', year, count(*) FROM m GROUP BY year "
        "UNION ALL SELECT 'sender', sender, count(*) FROM m GROUP BY sender "
        "UNION ALL SELECT 'weapon', w.weapon, count(*) FROM m CROSS JOIN doc_weapons w ON w.doc = m.r GROUP BY w.weapon "
        "UNION ALL SELECT 'actor', a.actor, count(*) FROM m CROSS JOIN doc_actors a ON a.doc = m.r GROUP BY a.actor "
        "UNION ALL SELECT 'total', NULL, count(*) FROM m"
    )


class _Plan:
    """The SQL of one search: ``base`` (FROM ... WHERE, with ``params``) selects the matching
    documents; ``page(bound)`` fetches one ranked page of them."""

    COLS = "d.rowid, d.id, d.date, d.type, d.chamber, d.subject, d.sender"

    def __init__(self, compiled: q.Compiled | None, f: SearchFilters, rank: str = BM25):
        self.rank = rank  # the ranking expression: BM25 or AW_BM25
        self.where, self.where_params = _doc_where(f)
        self.match = _sender_match(compiled.match if compiled else None, f.sender)
        self.ranked = compiled is not None
        self.by_rank = self.ranked and f.sort == "relevance"
        if self.match:
            # CROSS JOIN: the full-text match drives, never a scan of documents per filter
            self.base = "FROM doc_fts f CROSS JOIN documents d ON d.rowid = f.rowid WHERE doc_fts MATCH ?" + "".join(
                " AND " + w for w in self.where
            )
            self.params = [self.match, *self.where_params]
        else:
            self.base = "FROM documents d" + (" WHERE " + " AND ".join(self.where) if self.where else "")
            self.params = list(self.where_params)

    def page(self, bound: int | None, dense: bool = False) -> tuple[str, list[Any]]:
        """The page's SQL and parameters (LIMIT and OFFSET follow). With a ``bound`` (too many
        matches to rank them all) relevance ranks only the matches stored after it, and date
        order walks the date index, checking each document against the match: one by one when
        the matches are ``dense`` (a few checks per hit), else against the set of all matches."""
        if not self.match:
            return (
                f"SELECT {self.COLS}, 0.0 {self.base} ORDER BY d.date DESC NULLS LAST, d.rowid DESC LIMIT ? OFFSET ?",
                self.params,
            )
        if bound is not None and not self.by_rank:
            # NULL dates sort lowest, so DESC puts them last, as the index stores them; "+" keeps
            # the planner from looking the matches up by rowid and sorting them all
            cond = "".join(" AND " + w for w in self.where)
            if dense:
                return (
                    f"SELECT {self.COLS}, 0.0 FROM documents d WHERE EXISTS (SELECT 1 FROM doc_fts "
                    f"WHERE doc_fts MATCH ? AND rowid = d.rowid){cond} "
                    "ORDER BY d.date DESC, d.rowid DESC LIMIT ? OFFSET ?",
                    self.params,
                )
            return (
                f"SELECT {self.COLS}, 0.0 FROM documents d WHERE +d.rowid IN "
                f"(SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?){cond} "
                "ORDER BY d.date DESC, d.rowid DESC LIMIT ? OFFSET ?",
                self.params,
            )
        base, params = self.base, self.params
        if bound is not None:
            base, params = base + " AND f.rowid > ?", [*params, bound]
        if self.by_rank and not self.where:
            # rank inside the index first, then fetch only the page's documents
            inner = "rowid > ?" if bound is not None else "1"
            return (
                f"SELECT {self.COLS}, -x.s FROM (SELECT rowid, {self.rank} AS s FROM doc_fts WHERE doc_fts "
                f"MATCH ? AND {inner} ORDER BY s LIMIT ? OFFSET ?) x JOIN documents d ON d.rowid = x.rowid "
                "ORDER BY x.s",
                params,
            )
        if self.by_rank:
            order = self.rank
        else:
            order = "d.date DESC NULLS LAST, " + (self.rank if self.ranked else "d.rowid DESC")
        score = f"-{self.rank}" if self.ranked else "0.0"
        return f"SELECT {self.COLS}, {score} {base} ORDER BY {order} LIMIT ? OFFSET ?", params


def _sender_match(match: str | None, sender: str | None) -> str | None:
    """The MATCH expression with the sender filter added: the sender's words in this order
    in the sender column (its name or role: "defensie", "K.H. Ollongren")."""
    if not sender:
        return match
    words = words_of(sender)
    if not words:
        raise UsageError("sender: give a name or a role, e.g. 'Minister van Defensie'")
    expr = "sender : " + q.quote(" ".join(stem(w) for w in words))
    return f"({match}) AND {expr}" if match else expr


def _doc_where(f: SearchFilters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    _equal(where, params, (("d.type", f.type), ("d.chamber", f.chamber)))
    if f.year is not None:
        # the year is the date's first four digits (rows.year_of): as a date range the date
        # index serves both the filter and date order, where the year index would need a sort
        _between(where, params, "d.date", f"{f.year:04d}", f"{f.year:04d}-99")
    if f.weapon:
        where.append("d.rowid IN (SELECT doc FROM doc_weapons WHERE weapon = ?)")
        params.append(f.weapon)
    if f.actor:
        where.append("d.rowid IN (SELECT doc FROM doc_actors WHERE actor = ?)")
        params.append(f.actor)
    _between(where, params, "d.date", f.date_from, f.date_to)
    return where, params


def _fact_where(f: FactFilters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    _equal(where, params, (("f.kind", f.kind), ("f.weapon", f.weapon), ("f.treaty", f.treaty), ("f.state", f.state)))
    if f.actor:
        where.append("(f.actor = ? OR f.recipient = ?)")
        params += [f.actor, f.actor]
    if f.document:
        where.append("d.id LIKE ?")  # a full id or a prefix of one (hex: no LIKE wildcards)
        params.append(f.document + "%")
    _between(where, params, "f.date", f.date_from, f.date_to)
    return where, params
