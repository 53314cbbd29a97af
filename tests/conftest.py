"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is not present beside the project")
    return DEV_CORPUS


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


# --- stores: the same behavioural tests run against every backend ---------------------------

PG_ADMIN_URL = os.environ.get("ARMSWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_reason() -> str | None:
    """None if a PostgreSQL server and the backend are available, else why not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        import armswatch.store.postgres  # noqa: F401
    except ImportError as e:
        return f"the PostgreSQL backend is not available: {e}"
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            pass
    except Exception as e:  # no server here
        return f"no PostgreSQL server at {PG_ADMIN_URL}: {str(e).splitlines()[0]}"
    return None


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    """A URL of a fresh, empty store: an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "armswatch.db")
        return
    reason = _pg_reason()
    if reason:
        pytest.skip(reason)
    import psycopg

    name = "armswatch_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(store_url):
    from armswatch.store import open_store

    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()
