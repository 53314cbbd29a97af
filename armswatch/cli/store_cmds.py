"""ingest, search, facts, stats: the commands that read or write the store."""
from __future__ import annotations
