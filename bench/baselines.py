"""The baselines every benchmark is compared with, measured on the same data in the same run:
the least work that could possibly do the job.

- ingest: read each file and insert its raw text into a bare FTS5 table (unicode61, diacritics
  removed), one transaction per batch -- no parsing, no analysis, no facts;
- search: the bare FTS5 query (`MATCH` on the raw words, ORDER BY rank, LIMIT 20), no facets,
  no snippets, no synonyms;
- PDF reading: raw PyMuPDF `page.get_text()` of every page.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

BATCH = 1000


def fts_open(path: str | Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS doc USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    return con


def fts_insert(con: sqlite3.Connection, texts: Iterable[str]) -> int:
    """Insert texts in batched transactions; returns how many."""
    n, batch = 0, []
    for t in texts:
        batch.append((t,))
        if len(batch) >= BATCH:
            with con:
                con.executemany("INSERT INTO doc(body) VALUES (?)", batch)
            n, batch = n + len(batch), []
    if batch:
        with con:
            con.executemany("INSERT INTO doc(body) VALUES (?)", batch)
        n += len(batch)
    return n


def fts_insert_files(db: str | Path, paths: Iterable[Path]) -> int:
    """The ingest baseline: read files and insert the raw text."""
    con = fts_open(db)
    try:
        return fts_insert(con, (p.read_text(encoding="utf-8") for p in paths))
    finally:
        con.close()


def fts_match_expr(query: str) -> str:
    """The user's words as a plain FTS5 expression: each word quoted, joined by AND; a quoted
    phrase stays a phrase. (What a bare implementation would do, minus any analysis.)"""
    parts = re.findall(r'"([^"]+)"|(\w+)', query)
    out = []
    for phrase, word in parts:
        if word.upper() in ("AND", "OR", "NOT"):
            out.append(word.upper())
        elif phrase or word:
            out.append('"' + (phrase or word).replace('"', "") + '"')
    return " ".join(out) or '""'


def fts_query(con: sqlite3.Connection, query: str, limit: int = 20) -> list[int]:
    return [
        r[0]
        for r in con.execute(
            "SELECT rowid FROM doc WHERE doc MATCH ? ORDER BY rank LIMIT ?", (fts_match_expr(query), limit)
        )
    ]


def pymupdf_text(path: str | Path) -> str:
    """The PDF baseline: raw text of every page."""
    import pymupdf as fitz

    with fitz.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)
