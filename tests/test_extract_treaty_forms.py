"""treaty_status: coordinated treaties, "alleen partij bij", a signature whose approval is still to
come, an ordinal protocol of the CCW, English "when it acceded to". Every sentence is written for
the test."""

from __future__ import annotations

from extract_helpers import facts_of, keys


def treaty_keys(body: str) -> set[tuple]:
    return keys(facts_of(body, kind="treaty_status"))


def test_one_status_for_two_coordinated_treaties():
    body = "Tsjaad is partij bij het Chemischewapenverdrag en het Protocol van Genève."
    assert treaty_keys(body) == {("TCD", "CWC", True), ("TCD", "GP1925", True)}


def test_two_coordinated_treaties_under_a_negation():
    body = "Egypte is geen partij bij het Chemischewapenverdrag en het Biologische Wapens Verdrag."
    assert treaty_keys(body) == {("EGY", "CWC", False), ("EGY", "BWC", False)}


def test_alleen_partij_bij_one_treaty_denies_the_other_named_before():
    body = (
        "Peru is partij bij het Ottawa-verdrag en het Verdrag inzake clustermunitie, "
        "Chili is alleen partij bij het Ottawa-verdrag."
    )
    assert treaty_keys(body) == {
        ("PER", "APMBC", True),
        ("PER", "CCM", True),
        ("CHL", "APMBC", True),
        ("CHL", "CCM", False),
    }


def test_signed_with_the_approval_bill_still_to_come_is_not_yet_a_party():
    body = (
        "Het Wapenhandelsverdrag is op 12 mei voor het Koninkrijk ondertekend. "
        "Volgend jaar zal het voorstel van rijkswet tot goedkeuring aan de Staten-Generaal worden voorgelegd."
    )
    assert treaty_keys(body) == {("NLD", "ATT", False)}


def test_signed_and_since_ratified_is_no_pending_signature():
    body = (
        "Nederland heeft het Wapenhandelsverdrag ondertekend. Het voorstel van rijkswet tot goedkeuring "
        "is inmiddels aangenomen en het verdrag is geratificeerd."
    )
    assert ("NLD", "ATT", False) not in treaty_keys(body)


def test_a_signature_alone_says_nothing():
    assert treaty_keys("Nederland heeft het Wapenhandelsverdrag in 2013 ondertekend.") == set()


def test_ordinal_protocol_of_the_ccw_is_that_protocol_not_the_convention():
    body = "Israël is geen partij bij het Derde Protocol bij de VN-Conventie aangaande conventionele wapens."
    assert treaty_keys(body) == {("ISR", "CCW-P3", False)}
    # a protocol without an id of its own gives no fact, and never one about the Convention
    body = "Israël is geen partij bij het Vijfde Protocol bij de Conventie inzake conventionele wapens."
    assert treaty_keys(body) == set()


def test_english_pronoun_it_for_the_acceding_state():
    body = (
        "In ratifying the Protocol, Iceland, as it did in 2001 when it acceded to the Convention on Certain "
        "Conventional Weapons, declared its support."
    )
    assert ("ISL", "CCW", True) in treaty_keys(body)


def test_a_state_held_to_a_treatys_terms_is_its_party():
    body = "The Biological Weapons Convention (BWC) matters. We urge Iran's prompt and full compliance with the Convention."
    assert treaty_keys(body) == {("IRN", "BWC", True)}
    body = "The Chemical Weapons Convention is key. Syria’s obligations under the Convention remain unmet."
    assert treaty_keys(body) == {("SYR", "CWC", True)}
    body = "Het CWC is belangrijk. De OPCW controleert de naleving door Syrië van het verdrag."
    assert treaty_keys(body) == {("SYR", "CWC", True)}
    assert treaty_keys("We urge Iran's full compliance with Security Council resolution 2231.") == set()


def test_a_ratification_still_to_come_is_no_party_yet_and_urging_others_says_nothing():
    body = (
        "The Netherlands signed the Arms Trade Treaty in New York on Monday. The Netherlands will do its "
        "utmost to ratify it without delay."
    )
    assert ("NLD", "ATT", False) in keys(facts_of(body, kind="treaty_status"))
    urging = "Nederland zal andere landen oproepen het Wapenhandelsverdrag te ratificeren."
    assert facts_of(urging, kind="treaty_status") == []


def test_the_states_a_treaty_was_concluded_between_are_its_parties():
    body = "De BTWC werd in 1972 gesloten tussen Groot-Brittannië, de VS en Canada en is in 1975 in werking getreden."
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("GBR", "BWC", True),
        ("USA", "BWC", True),
        ("CAN", "BWC", True),
    }


def test_a_states_decision_not_to_sign_or_ratify_makes_it_no_party():
    body = (
        "De Nederlandse regering betreurt de uiteindelijke beslissing van Finland om de Conventie inzake "
        "clustermunitie op 3 december 2008 niet te ondertekenen. Polen heeft besloten het Verdrag inzake "
        "clustermunitie niet te ratificeren. Nederland heeft niet te veel tijd voor het Chemisch Wapenverdrag."
    )
    assert treaty_keys(body) == {("FIN", "CCM", False), ("POL", "CCM", False)}


def test_treaties_listed_as_examples_after_a_state_is_party_to_several():
    body = (
        "Daarnaast is Nederland ook partij bij verschillende verdragen, zoals het VN-wapenhandelsverdrag, het "
        "clustermunitieverdrag en het Non-proliferatieverdrag. Belgium is party to several conventions, such as "
        "the Chemical Weapons Convention and the Convention on Cluster Munitions."
    )
    assert keys(facts_of(body, kind="treaty_status")) == {
        ("NLD", "ATT", True),
        ("NLD", "CCM", True),
        ("BEL", "CWC", True),
        ("BEL", "CCM", True),
    }
