"""weapon_use: a passive use whose user the next clause holds responsible, the claimant who is
not the user, and the day of the use before the day of the report. Sentences written for the test."""

from __future__ import annotations

from extract_helpers import facts_of

from armswatch.record import Structure


def uses(body: str, date: str | None = None) -> list[dict]:
    return facts_of(body, Structure(type="kamerbrief", date=date), kind="weapon_use")


def test_user_held_responsible_after_a_passive_use_and_the_claimant_is_not_the_user():
    body = (
        "Op 2 juni jl. publiceerde de minister een rapport waarin de Britse regering concludeert dat bij de "
        "aanval in Aleppo op 14 mei jl. chemische wapens zijn ingezet en dat het Syrische regime daarvoor "
        "verantwoordelijk is."
    )
    [fact] = uses(body, "2017-06-20")
    assert (fact["actor"], fact["weapon"]) == ("SYR", "chemical_weapon")
    assert (fact["place"], fact["when"]) == ("Aleppo", "2017-05-14")


def test_user_held_responsible_for_the_attack_the_use_was_part_of():
    body = (
        "Het kabinet acht het waarschijnlijk dat er chloorgas is gebruikt bij de aanval op Saraqib en dat "
        "het Syrische regime waarschijnlijk verantwoordelijk is voor deze aanval."
    )
    [fact] = uses(body)
    assert (fact["actor"], fact["weapon"], fact["certainty"]) == ("SYR", "chemical_weapon", "waarschijnlijk")
    # responsible for something else names no user
    other = "Er is chloorgas gebruikt bij Saraqib en het Syrische regime is verantwoordelijk voor de wederopbouw."
    assert {f["actor"] for f in uses(other)} <= {"UNKNOWN"}


def test_the_attack_the_text_speaks_of_carried_out_with_a_weapon_is_a_use_by_an_unnamed_user():
    body = (
        "Het kabinet veroordeelt de aanslag van 4 maart jl. Een veroordeling is des te meer op zijn plaats omdat "
        "hij is uitgevoerd met een chemisch wapen."
    )
    assert {(f["actor"], f["weapon"]) for f in uses(body)} == {("UNKNOWN", "chemical_weapon")}
    # an attack in general, or one that may come, is no use
    assert uses("Een aanval kan worden uitgevoerd met een chemisch wapen.") == []
    assert uses("Elke aanslag met een chemisch wapen is verwerpelijk.") == []


def test_a_sentence_opened_by_he_takes_its_user_from_the_sentence_before():
    body = (
        "Sinds 1979 was Saddam Hoessein president van Irak. Hij ontwikkelde zich tot een dictator die twee "
        "oorlogen begon en chemische wapens heeft ingezet."
    )
    assert {(f["actor"], f["weapon"]) for f in uses(body)} == {("IRQ", "chemical_weapon")}
    # two states before: whose "hij" is not said
    two = "De presidenten van Irak en Iran ontmoetten elkaar. Hij heeft chemische wapens ingezet."
    assert {f["actor"] for f in uses(two)} <= {"UNKNOWN"}


def test_a_ban_on_the_use_is_no_use_and_a_conviction_is_a_claim():
    assert (
        uses(
            "Spanje heeft in 2008 een nationaal moratorium aangenomen op productie, export en gebruik van clustermunitie."
        )
        == []
    )
    [fact] = uses("Kerry benadrukte dat de VS geen enkele twijfel heeft dat Assad chemische wapens heeft ingezet.")
    assert (fact["actor"], fact["claimed_by"]) == ("SYR", "VS")


def test_credible_reports_are_the_certainty_of_a_use():
    body = "There are several credible reports about the use of cluster bombs by Russian forces in Ukraine."
    assert {f["certainty"] for f in uses(body)} == {"several credible reports"}


def test_an_english_genitive_with_three_words_before_the_use():
    body = "Russia’s widespread and indiscriminate use of anti-personnel landmines in Ukraine has grave consequences."
    assert {(f["actor"], f["weapon"]) for f in uses(body)} == {("RUS", "anti_personnel_mine")}


def test_a_government_stating_that_weapons_were_used_is_not_their_user():
    body = "De Franse regering stelt dat in Idlib opnieuw chemische wapens zijn ingezet."
    assert "FRA" not in {f["actor"] for f in uses(body)}


def test_a_possible_use_in_brackets_is_withheld_like_a_possible_use():
    assert uses("Wij volgen het (mogelijke) gebruik van clustermunitie bij de opmars in het noorden van Mali.") == []


def test_the_title_of_questions_names_their_subject_not_a_finding():
    title = (
        "Vragen van het lid Jansen (SP) aan de minister van Defensie over het gebruik van fosforbommen "
        "in het zuiden van Libanon (ingezonden 3 maart 2020)."
    )
    assert uses(title) == []
    assert uses("Antwoord op vragen van de leden Bakker en Smit over de inzet van traangas in Georgië.") == []
    # the same words as the document's own statement are a finding
    assert {f["weapon"] for f in uses("Bij de aanval in het zuiden van Libanon zijn fosforbommen gebruikt.")}
