"""The PostgreSQL backend: one store shared by many people and millions of documents.

Same behaviour as the SQLite backend, behind the same :class:`~armswatch.store.Store` interface.

Full text. The index holds the *analysed* terms of the body -- the shared analyser
(armswatch/search/analyse.py: accents folded, Dutch Snowball stems, ``w_<weapon id>`` concept
tokens for every lexicon synonym, compound heads) -- as a ``tsvector`` built in Python and cast,
with a GIN index. We do not let PostgreSQL's own 'dutch' configuration parse the body, because
then SQLite and PostgreSQL would stem, fold and split words differently and one search would find
different documents on the two backends. The Snowball stemmer is the same one ('dutch' uses
Snowball too); doing it in Python keeps the lexicon's synonyms and compounds in the same stream.
Queries are parsed by the shared query parser and rendered to a ``tsquery`` literal here, so user
text is never interpreted by ``to_tsquery``.

Writes: ``add_many`` writes a batch in one transaction (psycopg pipeline, ``executemany``);
``INSERT .. ON CONFLICT DO NOTHING`` makes re-adding idempotent, also under concurrent ingests.
Schema: numbered SQL steps in ``migrations_postgres/`` applied on open, each in one transaction,
recorded in ``schema_version``; an advisory lock keeps two openers from migrating at once.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from typing import Any

import psycopg

from armswatch.errors import StoreError
from armswatch.record import Record
from armswatch.search.analyse import CONCEPT_PREFIX
from armswatch.store import Store
from armswatch.store.filters import FactFilters, SearchFilters
from armswatch.store.origins import origin_statements
from armswatch.store.rows import Prepared, SourceFile, keyset_fetch, paged_facts, prepare, record_from_row

MIGRATIONS = "migrations_postgres"
MIGRATION_LOCK = 0x61726D73  # "arms": advisory lock id while migrating
# A tsvector holds at most 1 MB: index the first MAX_TERM_CHARS characters of a body's terms
# with positions and then up to MAX_TAIL_TERMS further distinct words (SQLite has no such bound)
MAX_TERM_CHARS = 300_000
MAX_TAIL_TERMS = 20_000
MAX_CONCEPT_REPEATS = 20
FACT_PAGE = 500


def migrations() -> list[tuple[int, str]]:
    """(version, sql) of every step, in order: files named NNN_what.sql."""
    steps = []
    for f in resources.files("armswatch.store").joinpath(MIGRATIONS).iterdir():
        m = re.match(r"(\d+)_.*\.sql$", f.name)
        if m:
            steps.append((int(m.group(1)), f.read_text(encoding="utf-8")))
    return sorted(steps)


def migrate(con: psycopg.Connection) -> int:
    """Apply the steps the database lacks; returns the schema version. Opening a current store
    costs two small reads and takes no lock (the web API opens a store per request)."""
    steps = migrations()
    current = _version(con)
    if current > steps[-1][0]:
        raise StoreError(
            f"the PostgreSQL store's schema version {current} is newer than this armswatch "
            f"({steps[-1][0]}); upgrade armswatch"
        )
    if current == steps[-1][0]:
        return current
    for version, sql in steps:
        if version <= current:
            continue
        with con.transaction():
            con.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            if con.execute("SELECT 1 FROM schema_version WHERE version = %s", (version,)).fetchone():
                continue  # another process applied it while we waited for the lock
            con.execute(sql)
            con.execute("INSERT INTO schema_version(version) VALUES (%s)", (version,))
        current = version
    return current


def _version(con: psycopg.Connection) -> int:
    if one_row(con, "SELECT to_regclass('schema_version')")[0] is None:
        return 0
    return one_row(con, "SELECT coalesce(max(version), 0) FROM schema_version")[0]


def one_row(con: psycopg.Connection, sql: str, params: list[Any] | None = None) -> tuple[Any, ...]:
    """The one row an aggregate or EXPLAIN statement always returns."""
    row = con.execute(sql, params or []).fetchone()
    assert row is not None, sql
    return row


def concept_lexemes(concepts: str) -> str:
    """The concepts stream in the index's spelling: ``w_cluster_munition`` -> ``0wclustermunition``,
    a compound head stem ``mijn`` -> ``0tmijn``. The 'simple' parser keeps these whole (it would
    split at "_"), and the "0" keeps them apart from body words, so a prefix query ``mijn*`` does
    not match a compound head, as on SQLite where concepts are a column of their own. Each token
    is kept at most MAX_CONCEPT_REPEATS times: only its presence and a rough count matter."""
    seen: Counter[str] = Counter()
    out = []
    for tok in concepts.split():
        seen[tok] += 1
        if seen[tok] <= MAX_CONCEPT_REPEATS:
            out.append(concept_lexeme(tok))
    return " ".join(out)


def concept_lexeme(token: str) -> str:
    if token.startswith(CONCEPT_PREFIX):
        return "0w" + token[len(CONCEPT_PREFIX) :].replace("_", "")
    return "0t" + token


def bounded_terms(terms: str) -> str:
    """The term stream cut to what one tsvector can hold (1 MB): the first MAX_TERM_CHARS
    characters keep their positions (phrases), later words are kept once each, up to a bound."""
    if len(terms) <= MAX_TERM_CHARS:
        return terms
    cut = terms.rfind(" ", 0, MAX_TERM_CHARS)
    head, rest = terms[:cut], terms[cut:]
    tail = list(dict.fromkeys(rest.split()))[:MAX_TAIL_TERMS]
    return head + " " + " ".join(tail)


def quote_lexeme(term: str) -> str:
    """A lexeme as a quoted tsvector/tsquery literal (quotes and backslashes escaped)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresStore(Store):
    """A store in a PostgreSQL database, one connection per store (serialised by a lock, as the
    web server's threads share the store)."""

    def __init__(self, url: str) -> None:
        try:
            self.con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as e:
            raise StoreError(f"cannot connect to the PostgreSQL store: {_first_line(e)}") from None
        self.url = url
        self._lock = threading.RLock()
        try:
            self.version = migrate(self.con)
        except psycopg.Error as e:
            self.con.close()
            raise StoreError(f"cannot migrate the PostgreSQL store: {_first_line(e)}") from None

    def close(self) -> None:
        self.con.close()

    # --- writes ---------------------------------------------------------------------------
    def add(self, record: Record) -> bool:
        return self.add_prepared([prepare(record)]) == 1

    def add_many(self, records: list[Record]) -> int:
        return self.add_prepared([prepare(r) for r in records])

    def add_prepared(self, batch: list[Prepared]) -> int:
        """Write a batch of prepared documents in one transaction; returns how many were new."""
        if not batch:
            return 0
        unique = list({p.id: p for p in batch}.values())
        with self._lock:
            try:
                with self.con.transaction(), self.con.cursor() as cur:
                    new = self._insert(cur, unique)
                    sources = [(p.source.path, p.source.size, p.source.mtime, p.id) for p in batch if p.source]
                    if sources:
                        cur.executemany(UPSERT_SOURCE, sources)
                    for p in batch:
                        if p.origin:
                            for sql, params in origin_statements(p.origin, p.id):
                                cur.execute(_pg(sql), params)
            except psycopg.Error as e:
                raise StoreError(f"cannot write the PostgreSQL store: {_first_line(e)}") from None
        return new

    def _insert(self, cur: psycopg.Cursor, unique: list[Prepared]) -> int:
        cur.executemany(INSERT_DOCUMENT, [_document_params(p) for p in unique], returning=True)
        new: set[str] = set()
        while True:  # one result per row: its id if it was new, nothing if it was known
            row = cur.fetchone()
            if row:
                new.add(row[0])
            if not cur.nextset():
                break
        fresh = [p for p in unique if p.id in new]
        for sql, make in (
            (INSERT_PART, _part_params),
            (INSERT_REDACTION, _redaction_params),
            (INSERT_FACT, _fact_params),
        ):
            params = [row for p in fresh for row in make(p)]
            if params:
                cur.executemany(sql, params)
        counts = Counter(t for p in fresh for t in set(p.terms.split()) | set(p.head.split()))
        if counts:
            terms = sorted(counts)  # one order for every writer: concurrent ingests do not deadlock
            cur.execute(UPSERT_VOCAB, (terms, [counts[t] for t in terms]))
        return len(fresh)

    def _sync_read(self, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            try:
                return self.con.execute(_pg(sql), params).fetchall()
            except psycopg.Error as e:
                raise StoreError(f"cannot read the PostgreSQL store: {_first_line(e)}") from None

    def _sync_write(self, statements: list[tuple[str, tuple]]) -> None:
        with self._lock:
            try:
                with self.con.transaction(), self.con.cursor() as cur:
                    for sql, params in statements:
                        cur.execute(_pg(sql), params)
            except psycopg.Error as e:
                raise StoreError(f"cannot write the PostgreSQL store: {_first_line(e)}") from None

    def known_source(self, source: SourceFile) -> bool:
        """True if this file, unchanged, was stored before (a resumed ingest skips it)."""
        with self._lock:
            row = self.con.execute("SELECT size, mtime FROM sources WHERE path = %s", (source.path,)).fetchone()
        return row is not None and row[0] == source.size and row[1] == source.mtime

    # --- reads ----------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        with self._lock:
            return self.con.execute("SELECT 1 FROM documents WHERE id = %s", (doc_id,)).fetchone() is not None

    def get(self, doc_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self.con.execute("SELECT record, body FROM documents WHERE id = %s", (doc_id,)).fetchone()
        return record_from_row(row[0], row[1]) if row else None

    def search(self, query: str, **filters: Any) -> dict[str, Any]:
        from armswatch.store.pg_search import search

        with self._lock:
            try:
                return search(self.con, query, SearchFilters.parse(filters))
            except psycopg.Error as e:
                raise StoreError(f"search failed: {_first_line(e)}") from None

    def facts(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Keyset pages in insertion order: bounded memory, no transaction held between pages."""
        f = FactFilters.parse(filters)
        where, params = _fact_where(f)

        select = (
            "SELECT f.seq, f.data, d.id, d.date, d.type, d.subject FROM facts f"
            " JOIN documents d ON d.id = f.document_id"
        )
        fetch = keyset_fetch(self.con, self._lock, select, "f.seq", where, params, "%s")
        return paged_facts(fetch, f.limit, f.offset, FACT_PAGE)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            c = self.con
            docs, first, last = one_row(c, "SELECT count(*), min(date), max(date) FROM documents")
            facts: dict[str, int] = dict(
                c.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind").fetchall()
            )
            by_type: dict[str, int] = dict(
                c.execute("SELECT type, count(*) FROM documents GROUP BY type ORDER BY type").fetchall()
            )
        return {"documents": docs, "facts": facts, "by_type": by_type, "first_date": first, "last_date": last}


def _fact_where(f: FactFilters) -> tuple[list[str], list[Any]]:
    """The facts filters, with the SQLite backend's meaning (armswatch/store/sqlite.py)."""
    where: list[str] = []
    params: list[Any] = []
    for col, value in (("f.kind", f.kind), ("f.weapon", f.weapon), ("f.treaty", f.treaty), ("f.state", f.state)):
        if value is not None:
            where.append(f"{col} = %s")
            params.append(value)
    if f.actor:
        where.append("(f.actor = %s OR f.recipient = %s)")
        params += [f.actor, f.actor]
    if f.document:
        where.append("f.document_id LIKE %s")  # a full id or a prefix of one (hex: no LIKE wildcards)
        params.append(f.document + "%")
    if f.date_from:
        where.append("f.date >= %s")
        params.append(f.date_from)
    if f.date_to:
        where.append("f.date <= %s")
        params.append(f.date_to)
    return where, params


def _pg(sql: str) -> str:
    """The shared sync SQL (store/origins.py, "?" placeholders) in psycopg's placeholders."""
    return sql.replace("?", "%s")


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


# the document's tsvector from its head, terms and concepts; built twice per insert, once for
# tsv and once for the short ranking vector (migrations_postgres/003_rank_vector.sql)
TSV = (
    "setweight(to_tsvector('simple', %s), 'B') || to_tsvector('simple', %s)"
    " || setweight(to_tsvector('simple', %s), 'C')"
)
INSERT_DOCUMENT = (
    "INSERT INTO documents (id, path, format, type, chamber, date, year, subject, reference, dossier, number,"
    " sender_name, sender_role, sender, addressee, length, weapons, actors, record, body, sender_tsv, tsv,"
    " rank_tsv)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
    f"  to_tsvector('simple', %s), {TSV}, armswatch_rank_vector({TSV}))"
    " ON CONFLICT (id) DO NOTHING RETURNING id"
)
INSERT_PART = "INSERT INTO parts (document_id, ordinal, number, question, answer, data) VALUES (%s, %s, %s, %s, %s, %s)"
INSERT_REDACTION = "INSERT INTO redactions (document_id, ordinal, ground, woo_article) VALUES (%s, %s, %s, %s)"
INSERT_FACT = (
    "INSERT INTO facts (document_id, ordinal, kind, actor, recipient, weapon, treaty, state, date, data)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
UPSERT_VOCAB = (
    "INSERT INTO vocab (term, docs) SELECT * FROM unnest(%s::text[], %s::int[])"
    " ON CONFLICT (term) DO UPDATE SET docs = vocab.docs + excluded.docs"
)
UPSERT_SOURCE = (
    "INSERT INTO sources (path, size, mtime, document_id) VALUES (%s, %s, %s, %s)"
    " ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,"
    " document_id = excluded.document_id"
)
DOC_COLUMNS = (
    "id",
    "path",
    "format",
    "type",
    "chamber",
    "date",
    "year",
    "subject",
    "reference",
    "dossier",
    "number",
    "sender_name",
    "sender_role",
    "sender",
    "addressee",
    "length",
)


def _document_params(p: Prepared) -> tuple[Any, ...]:
    # head ranks above body (weight B over D); concepts (C) in their own spelling
    streams = (p.head, bounded_terms(p.terms), concept_lexemes(p.concepts))
    return (
        *(p.doc.get(c) for c in DOC_COLUMNS),
        p.weapons,
        p.actors,
        p.record_json,
        p.body,
        p.sender_terms,
        *streams,
        *streams,
    )


def _part_params(p: Prepared) -> list[tuple[Any, ...]]:
    return [(p.id, i, q.get("number"), q.get("question"), q.get("answer"), q["data"]) for i, q in enumerate(p.parts)]


def _redaction_params(p: Prepared) -> list[tuple[Any, ...]]:
    return [(p.id, i, r.get("ground"), r.get("woo_article")) for i, r in enumerate(p.redactions)]


def _fact_params(p: Prepared) -> list[tuple[Any, ...]]:
    return [
        (
            p.id,
            i,
            f.get("kind"),
            f.get("actor"),
            f.get("recipient"),
            f.get("weapon"),
            f.get("treaty"),
            f.get("state"),
            p.doc.get("date"),
            f["data"],
        )
        for i, f in enumerate(p.facts)
    ]
