"""The one thing pyproject.toml cannot declare without an experimental setting: the C module that
ranks SQLite full-text matches at a bounded cost (armswatch/store/_fts5rank.c). It is optional:
where no C compiler or no SQLite headers are found, the install goes on and the store uses FTS5's
own bm25 instead."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("armswatch.store._fts5rank", ["armswatch/store/_fts5rank.c"], libraries=["sqlite3"], optional=True)
    ]
)
