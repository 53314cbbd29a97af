"""The state lexicon: every UN member and observer state is recognised by its Dutch and English
names, without state mentions made of ordinary words or of parts of other names."""

from __future__ import annotations

import csv
from pathlib import Path

from armswatch import lexicon
from armswatch.extract.mentions import Mentions

STATES = Path(__file__).resolve().parent.parent / "armswatch" / "data" / "law" / "states.csv"


def _states(text: str) -> list[str]:
    return [m.label for m in Mentions.of(text).by_kind["actor"] if m.kind == "name"]


def test_every_state_of_the_law_data_is_in_the_actor_lexicon():
    rows = list(csv.DictReader(STATES.open(encoding="utf-8")))
    known = {a["iso3"] for a in lexicon.actors()["actor"]}
    assert {r["iso3"] for r in rows} <= known
    for r in rows:  # the Dutch and the English name each find the state
        for name in (r["name_nl"], r["name_en"]):
            if name in ("Congo", "Micronesia (Federated States of)"):
                continue  # bare "Congo" names two states; the UN's bracketed form is not written
            assert _states(f"Volgens het rapport heeft {name} het verdrag ondertekend.") == [r["iso3"]], name


def test_long_and_inverted_names_are_one_state():
    assert _states("Het Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland tekende.") == ["GBR"]
    assert _states("Korea, Republiek en Congo, Democratische Republiek") == ["KOR", "COD"]
    assert _states("Equatoriaal-Guinea en Papoea-Nieuw-Guinea, niet Guinee-Bissau") == ["GNQ", "PNG", "GNB"]
    assert _states("Niger grenst aan Nigeria; Soedan aan Zuid-Soedan.") == ["NER", "NGA", "SDN", "SSD"]


def test_ordinary_words_and_parts_of_names_are_no_state():
    assert _states("De steun aan Latijns-Amerika bedroeg 5 miljoen US-dollar.") == []
    assert _states("De Zr.Ms. Holland voer uit; de provincie Noord-Holland betaalde.") == []
    assert _states("Het Congo-bekken en het schiereiland Korea.") == []
    assert _states("Het car-free beleid, de Turkse kalkoen en een chad in het stembiljet.") == []
