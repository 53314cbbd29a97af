"""Human-readable printing of a record with Rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def show_record(rec: dict) -> None:
    con = Console()
    meta = Table(show_header=False, box=None)
    for key in ("type", "chamber", "date", "subject", "reference"):
        meta.add_row(key, str(rec.get(key)))
    ks = rec.get("kamerstuk") or {}
    meta.add_row("kamerstuk", f"{ks.get('dossier')} nr. {ks.get('number')}")
    snd = rec.get("sender") or {}
    meta.add_row("sender", f"{snd.get('name')} ({snd.get('role')})")
    meta.add_row("co_senders", "; ".join(rec.get("co_senders") or []))
    meta.add_row("addressee", str(rec.get("addressee")))
    meta.add_row("questioners", "; ".join(f"{q.get('name')} ({q.get('party')})" for q in rec.get("questioners") or []))
    meta.add_row("questions", str(len(rec.get("questions") or [])))
    meta.add_row(
        "redactions", "; ".join(f"{r.get('woo_article')} {r.get('ground')}" for r in rec.get("redactions") or [])
    )
    con.print(meta)
    facts = Table("kind", "fields", "quote")
    for f in rec.get("facts") or []:
        fields = {k: v for k, v in f.items() if k not in ("kind", "quote", "span")}
        facts.add_row(
            f["kind"], ", ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [])), f["quote"][:160]
        )
    con.print(facts)
