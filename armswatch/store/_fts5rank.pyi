"""Types of the optional C module armswatch/store/_fts5rank.c (mypy cannot read a built .so)."""

import sqlite3

def register(connection: sqlite3.Connection, /) -> bool:
    """Add aw_bm25() to the connection's FTS5; False when its FTS5 cannot take it."""

def set_sample(rows: int, /) -> int:
    """Rows counted per phrase before its frequency is estimated; returns the previous value."""

def library_version() -> int:
    """The version number of the SQLite library the module calls (3.45.1 -> 3045001)."""
