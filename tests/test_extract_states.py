"""The state lexicon: every UN member and observer state is recognised by its Dutch and English
names, without state mentions made of ordinary words or of parts of other names."""

from __future__ import annotations

import csv
from pathlib import Path

from extract_helpers import facts_of, keys

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


def _actors(text: str) -> list[tuple[str, str]]:
    return [(m.label, m.kind) for m in Mentions.of(text).by_kind["actor"]]


def test_english_adjective_before_an_english_forces_noun_is_the_state():
    assert keys(facts_of("The Netherlands provides training and advice to Iraqi forces.", kind="aid")) == {
        ("NLD", "IRQ", "decided")
    }
    assert keys(facts_of("Syrian government forces used chlorine gas in 2014.", kind="weapon_use")) == {
        ("SYR", "chemical_weapon")
    }
    # the Dutch adjective uninflected, as before a neuter noun: "Iraaks leger"
    assert _actors("Het Iraaks leger en de Turkse strijdkrachten.") == [("IRQ", "force"), ("TUR", "force")]


def test_english_adjective_before_an_ordinary_noun_is_no_actor():
    body = "Chinese goods are cheap. A Turkish company used chlorine gas in its factory."
    assert _actors(body) == [("CHN", "adj"), ("TUR", "adj")]
    assert facts_of(body) == []
    # "to polish" is no state; "Polish troops" is
    assert _actors("They polish the pools.") == []
    assert _actors("Polish troops and Poolse militairen.") == [("POL", "force"), ("POL", "force")]


def test_adjectives_joined_by_and_share_the_forces_noun():
    assert keys(facts_of("The Netherlands trains Iraqi and Kurdish forces.", kind="aid")) == {("NLD", "IRQ", "decided")}
    assert _actors("Russische en Wit-Russische troepen") == [("RUS", "force"), ("BLR", "force")]
    # a choice between two states names neither: the first stays a bare adjective
    assert _actors("Russische of Oekraïense troepen") == [("RUS", "adj"), ("UKR", "force")]
    assert _actors("Chinese and Turkish companies") == [("CHN", "adj"), ("TUR", "adj")]
