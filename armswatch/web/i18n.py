"""The page language: Dutch first, English on request (``?lang=en``, remembered in a cookie).

Page text is written in English in the templates and looked up in data/ui.toml for Dutch; codes
(document types, weapons, states, treaties, fields) are shown by their label from data/labels.toml
and data/law. The API keeps the codes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from starlette.requests import Request

from armswatch.cite import long_date
from armswatch.lexicon import load_toml

LANGS = ("nl", "en")
DEFAULT = "nl"
COOKIE = "lang"


def lang_of(request: Request) -> str:
    """The query parameter wins over the cookie; anything else is Dutch."""
    for value in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if value in LANGS:
            return value
    return DEFAULT


@cache
def _ui() -> dict[str, str]:
    return load_toml("ui.toml")["nl"]


@cache
def _labels() -> dict[str, dict[str, list[str]]]:
    return load_toml("labels.toml")


@cache
def _treaty_names() -> dict[str, tuple[str, str]]:
    data = load_toml("law/treaties.toml")
    return {
        k: (v.get("name_nl") or v.get("name") or k, v.get("name") or k) for k, v in data.items() if isinstance(v, dict)
    }


@cache
def _state_names() -> dict[str, tuple[str, str]]:
    from armswatch.law.data import states

    return {code: (s.name_nl, s.name_en) for code, s in states().items()}


def label(vocab: str, code: Any, lang: str = DEFAULT) -> str:
    """The label of ``code`` in ``vocab`` (type, kind, weapon, state, treaty, field, ...); the code
    itself when there is none. ``state`` also labels the actor, donor and recipient codes."""
    if code is None or code == "":
        return ""
    i = 0 if lang == "nl" else 1
    key = str(code)
    if vocab in ("state", "actor", "donor", "recipient"):
        if key == "UNKNOWN":
            return "onbekend" if lang == "nl" else "unknown"
        names = _state_names().get(key)
        return names[i] if names else key
    if vocab == "treaty":
        names = _treaty_names().get(key)
        return f"{names[i]} ({key})" if names else key
    pair = _labels().get(vocab, {}).get(key)
    return pair[i] if pair else key


def translator(lang: str) -> Callable[[str], str]:
    ui = _ui()
    if lang == "nl":
        return lambda text: ui.get(text, text)
    return lambda text: text


def template_globals(lang: str) -> dict[str, Any]:
    """What every template gets for its language: t(), label(), date(), lang and the other one."""
    return {
        "lang": lang,
        "other_lang": "en" if lang == "nl" else "nl",
        "t": translator(lang),
        "label": lambda vocab, code: label(vocab, code, lang),
        "long_date": lambda value: long_date(value, lang),
    }
