"""law party | count | assess."""
from __future__ import annotations
