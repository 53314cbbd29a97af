"""serve: the web UI and JSON API."""
from __future__ import annotations
