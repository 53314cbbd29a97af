"""`law assess` as a lawyer reads a case: after party status come the treaty's scope, the
definitions that exclude a use, how the weapon was delivered, the state's reservations, the
Geneva Protocol binding only between parties, and readings that authorities dispute. Each case
gives the answer and names the reason."""

from __future__ import annotations

import pytest

from armswatch import law
from armswatch.errors import UsageError


def p3(out: dict) -> dict:
    return next(t for t in out["treaties"] if t["id"] == "CCW-P3")


# --- Protocol III: delivery (art. 2(2) vs 2(3)) ---------------------------------------------------


def test_air_delivered_incendiary_weapons_near_civilians_are_prohibited_outright():
    out = law.assess("NLD", "incendiary_weapon", "2020-01-01", "concentration_of_civilians", delivery="air")
    assert out["treaty_prohibited"] is True and out["outcome"] == "prohibited"
    assert any("art. 2(2)" in r.lower() for r in p3(out)["reasons"])


def test_ground_delivery_is_prohibited_unless_the_objective_is_clearly_separated():
    out = law.assess("NLD", "incendiary_weapon", "2020-01-01", "concentration_of_civilians", delivery="ground")
    assert out["treaty_prohibited"] is False and out["outcome"] == "depends"
    assert any("art. 2(3)" in r.lower() and "clearly separated" in r for r in p3(out)["reasons"])


def test_unknown_delivery_names_both_rules():
    out = law.assess("NLD", "incendiary_weapon", "2020-01-01", "concentration_of_civilians")
    assert out["outcome"] == "depends" and out["delivery"] == "unknown"
    assert "art. 2(2)" in out["reasoning_en"] and "art. 2(3)" in out["reasoning_en"]


# --- a reservation applied and named ---------------------------------------------------------------


def test_the_united_states_reservation_to_protocol_iii_art_2_is_applied_and_named():
    out = law.assess("USA", "incendiary_weapon", "2020-01-01", "concentration_of_civilians", delivery="air")
    row = p3(out)
    assert row["actor_bound"] is True
    assert out["treaty_prohibited"] is False and row["prohibits"] == "depends"
    assert [r["effect"] for r in row["reservations"]] == ["p3_art2_fewer_casualties"]
    assert "fewer casualties" in out["reasoning_en"] and "Voorbehoud van Verenigde Staten" in out["reasoning"]
    # without the reservation, the same case is prohibited
    same = law.assess("NLD", "incendiary_weapon", "2020-01-01", "concentration_of_civilians", delivery="air")
    assert same["treaty_prohibited"] is True


# --- definitions that exclude ----------------------------------------------------------------------


@pytest.mark.parametrize("purpose", ["smoke", "illumination"])
def test_white_phosphorus_as_smoke_or_illumination_is_no_incendiary_weapon(purpose):
    out = law.assess("NLD", "white_phosphorus", "2020-01-01", "concentration_of_civilians", "air", purpose)
    assert out["treaty_prohibited"] is False and out["outcome"] == "allowed"
    assert p3(out)["excluded"] and "art. 1(1)(b)" in p3(out)["excluded"]
    assert "Excluded by definition" in out["reasoning_en"] and "Prohibited" not in out["reasoning_en"]


def test_white_phosphorus_used_as_an_incendiary_is_prohibited_when_air_delivered():
    out = law.assess("NLD", "white_phosphorus", "2020-01-01", "concentration_of_civilians", "air", "incendiary")
    assert out["treaty_prohibited"] is True


def test_white_phosphorus_of_unknown_purpose_depends_on_its_use():
    out = law.assess("NLD", "white_phosphorus", "2020-01-01", "concentration_of_civilians", "air")
    assert out["outcome"] == "depends" and "only when used as an incendiary weapon" in out["reasoning_en"]


# --- scope -------------------------------------------------------------------------------------


def test_the_ccw_does_not_apply_to_law_enforcement():
    out = law.assess("NLD", "blinding_laser", "2020-01-01", "law_enforcement")
    row = out["treaties"][0]
    assert row["id"] == "CCW-P4" and row["actor_bound"] is True
    assert row["applies"] is False and out["treaty_prohibited"] is False
    assert "not to law enforcement" in out["reasoning_en"]
    # in an armed conflict the same laser is prohibited
    assert law.assess("NLD", "blinding_laser", "2020-01-01")["treaty_prohibited"] is True


def test_a_ccw_protocol_in_a_non_international_conflict_needs_the_amended_article_1():
    # the Netherlands accepted the amended art. 1 in 2004, Bangladesh in 2013; for Israel the
    # (incomplete) list records no acceptance
    nld = law.assess("NLD", "blinding_laser", "2020-01-01", conflict="non_international")
    assert nld["treaty_prohibited"] is True and "accepted the amended art. 1 (CCW-A1)" in nld["reasoning_en"]
    assert law.assess("BGD", "blinding_laser", "2014-03-25", conflict="non_international")["outcome"] != "prohibited"
    assert law.assess("BGD", "blinding_laser", "2014-03-26", conflict="non_international")["treaty_prohibited"] is True
    isr = law.assess("ISR", "blinding_laser", "2020-01-01", conflict="non_international")
    assert isr["treaties"][0]["actor_bound"] is True
    assert isr["outcome"] == "depends" and "not recorded" in isr["reasoning_en"]
    assert law.assess("ISR", "blinding_laser", "2020-01-01", conflict="international")["treaty_prohibited"] is True


def test_the_geneva_protocol_does_not_apply_in_a_non_international_conflict():
    # Syria, before the CWC bound it: the Protocol governs war between states only
    out = law.assess("SYR", "chemical_weapon", "2013-08-21", conflict="non_international")
    gp = next(t for t in out["treaties"] if t["id"] == "GP1925")
    assert gp["actor_bound"] is True and gp["applies"] is False and out["treaty_prohibited"] is False


# --- the Geneva Protocol: between parties, reservations ---------------------------------------------


def test_the_geneva_protocol_binds_only_as_between_its_parties():
    # Syria is a party; toward a party it is bound, toward a state not (yet) bound by it it is not:
    # Angola acceded only in 1990
    toward_party = law.assess("SYR", "chemical_weapon", "1985-01-01", against="ISR")
    assert toward_party["treaty_prohibited"] is True
    toward_none = law.assess("SYR", "chemical_weapon", "1985-01-01", against="Angola")
    gp = next(t for t in toward_none["treaties"] if t["id"] == "GP1925")
    assert gp["prohibits"] == "no" and "only as between its parties" in toward_none["reasoning_en"]
    # a state the incomplete list does not name: not recorded, so it depends
    unknown = law.assess("SYR", "chemical_weapon", "1985-01-01", against="Kiribati")
    assert unknown["outcome"] == "depends" and "not recorded" in unknown["reasoning_en"]


def test_a_no_first_use_reservation_is_named_while_in_force_and_not_after_its_withdrawal():
    out = law.assess("RUS", "chemical_weapon", "1990-01-01")
    gp = next(t for t in out["treaties"] if t["id"] == "GP1925")
    assert {r["effect"] for r in gp["reservations"]} == {"gp_only_toward_parties", "gp_no_first_use"}
    assert "unless the adversary used such weapons first" in out["reasoning_en"]
    # Australia withdrew its reservations on 27 October 1986
    before = law.assess("AUS", "chemical_weapon", "1986-10-26")
    after = law.assess("AUS", "chemical_weapon", "1986-10-27")
    assert next(t for t in before["treaties"] if t["id"] == "GP1925")["reservations"]
    assert not next(t for t in after["treaties"] if t["id"] == "GP1925")["reservations"]


# --- contested -------------------------------------------------------------------------------------


def test_riot_control_agents_under_the_geneva_protocol_alone_are_contested():
    # Israel: party to the Geneva Protocol, not to the CWC
    out = law.assess("ISR", "riot_control_agent", "2020-01-01")
    assert out["contested"] is True and out["outcome"] == "contested"
    assert "United States" in out["contested_reason"] and out["treaty_prohibited"] is False
    assert "Omstreden" in out["reasoning"]


def test_for_a_cwc_party_riot_control_agents_as_a_method_of_warfare_are_prohibited_regardless():
    out = law.assess("NLD", "riot_control_agent", "2020-01-01")
    assert out["treaty_prohibited"] is True and out["outcome"] == "prohibited"


# --- suspension and bad input ----------------------------------------------------------------------


def test_a_suspension_is_named_and_the_state_stays_bound():
    out = law.assess("UKR", "anti_personnel_mine", "2026-06-01")
    assert out["treaty_prohibited"] is True and out["treaties"][0]["suspension"] is True
    assert "remains bound" in out["reasoning_en"]


@pytest.mark.parametrize(
    "kwargs, named",
    [
        ({"delivery": "sea"}, "ground"),
        ({"purpose": "fun"}, "illumination"),
        ({"conflict": "civil"}, "non_international"),
    ],
)
def test_unknown_circumstances_raise_a_usage_error_naming_the_choices(kwargs, named):
    with pytest.raises(UsageError) as err:
        law.assess("NLD", "incendiary_weapon", "2020-01-01", **kwargs)
    assert named in str(err.value)


def test_law_party_names_the_reservations_that_stand_on_the_day():
    assert [r["effect"] for r in law.party("USA", "CCW-P3", "2020-01-01")["reservations"]] == [
        "p3_art2_fewer_casualties"
    ]
    assert law.party("AUS", "GP1925", "1986-10-26")["reservations"]
    assert law.party("AUS", "GP1925", "1986-10-27")["reservations"] == []
