"""Query analysis on its own: the parser, the FTS5 expression it builds, the analyser."""

from __future__ import annotations

import pytest

from armswatch.errors import UsageError
from armswatch.search.analyse import analyse, fold, words_of
from armswatch.search.ocr import confusion_variants, edit_variants, pick_variants
from armswatch.search.query import BoolOp, Not, Phrase, Word, compile_query, parse
from armswatch.search.snippet import make_snippet


def test_fold_keeps_length_and_strips_accents():
    text = "Oekraïne, VACUÜMBOM, café, İstanbul"
    assert len(fold(text)) == len(text)
    assert fold("Oekraïne") == "oekraine"
    assert words_of("Oekraïne VACUÜMBOM vacuu\u0308mbom") == ["oekraine", "vacuumbom", "vacuumbom"]


def test_analyse_gives_stems_concepts_and_weapons():
    a = analyse("Rusland zette clusterbommen en chemische wapens in; landmijnen liggen er nog.")
    assert a.terms.split()[:3] == ["rusland", "zet", "clusterbom"]
    concepts = a.concepts.split()
    assert {"w_cluster_munition", "w_chemical_weapon", "w_anti_personnel_mine"} <= set(concepts)
    assert "mijn" in concepts  # the head of the compound "landmijnen"
    assert a.weapons == {"cluster_munition", "chemical_weapon", "anti_personnel_mine"}


def test_parser_structure():
    assert parse("clusterbom") == Word("clusterbom")
    assert parse('"humanitair oorlogsrecht" OR traangas') == BoolOp(
        "OR", [Phrase(["humanitair", "oorlogsrecht"]), Word("traangas")]
    )
    assert parse("rusland -oekraine") == BoolOp("AND", [Word("rusland"), Not(Word("oekraine"))])
    assert parse("(a OF b) EN c") == BoolOp("AND", [BoolOp("OR", [Word("a"), Word("b")]), Word("c")])
    assert parse("levering*") == Word("levering", prefix=True)
    assert parse("F-16") == Phrase(["f", "16"])
    assert parse("") is None and parse("   ") is None


def test_lenient_where_intent_is_clear():
    assert parse('"clustermunitie heeft') == Phrase(["clustermunitie", "heeft"])
    assert parse("(traangas OR mijn") == BoolOp("OR", [Word("traangas"), Word("mijn")])
    assert parse("traangas)") == Word("traangas")
    assert parse("traangas AND") == Word("traangas")


@pytest.mark.parametrize(
    "q", ["AND OR", ")))", '"', "*", "NOT traangas", "a OR NOT b", "ab*", "x" * 1001, " ".join(["wapen"] * 40)]
)
def test_usage_errors(q):
    with pytest.raises(UsageError):
        node = parse(q)
        compile_query(node)


def test_compiled_expression_quotes_every_term():
    c = compile_query(parse('clusterbommen "NEAR ( x" terms:y'))
    assert "w_cluster_munition" in c.match
    # user text only ever appears inside double-quoted FTS5 strings
    assert '"near x"' in c.match and "NEAR(" not in c.match
    assert c.weapons == {"cluster_munition"}


def test_ocr_candidates():
    assert "dusterbom" in confusion_variants("clusterbom")
    assert "clustermunltie" in confusion_variants("clustermunitie")
    assert edit_variants("wapen") == set()  # too short: real neighbours ("wagen")
    assert "clustermuntie" in edit_variants("clustermunitie")


def test_pick_variants_prefers_rare_spellings():
    counts = {"clusterbom": 500, "dusterbom": 3, "clusterboom": 400}
    lookup = lambda terms: {t: counts[t] for t in terms if t in counts}  # noqa: E731
    assert pick_variants("clusterbom", True, lookup) == ["dusterbom"]
    # a word absent from the index: its typos at edit distance 1 are taken if rare
    assert pick_variants("clusterbbom", False, lambda ts: {t: 1 for t in ts if t == "clusterbom"}) == ["clusterbom"]


def test_snippet_highlights_point_at_matched_words():
    body = "Inleiding.\n\n" + "Tekst zonder belang. " * 30 + "De MIVD meldt dat   clusterbommen\nzijn gebruikt."
    snippet, marks = make_snippet(body, compile_query(parse("clustermunitie MIVD")))
    assert [snippet[s:e] for s, e in marks] == ["MIVD", "clusterbommen"]
    assert "\n" not in snippet and "  " not in snippet
    plain, none = make_snippet(body, None)
    assert plain.startswith("Inleiding.") and none == []


def test_words_naming_a_weapon_together_match_its_other_names():
    c = compile_query(parse("chemische wapens Syrië"))
    assert "w_chemical_weapon" in c.match and c.weapons == {"chemical_weapon"}
    assert "w_chemical_weapon" not in compile_query(parse("chemische OR wapens")).match


class SExpr:
    """A second backend spelling, to show that meaning is decided once and only rendered."""

    def term(self, term, fields, prefix=False):
        return f"{fields}:{term}" + ("*" if prefix else "")

    def phrase(self, terms):
        return "phrase(" + " ".join(terms) + ")"

    def any_of(self, parts):
        return parts[0] if len(parts) == 1 else "or(" + ", ".join(parts) + ")"

    def all_of(self, parts):
        return parts[0] if len(parts) == 1 else "and(" + ", ".join(parts) + ")"

    def but_not(self, expr, excluded):
        return f"not({expr}, {excluded})"


def test_compile_renders_through_any_syntax():
    c = compile_query(parse('chemische wapens -"witte fosfor" landmijnen lever*'), syntax=SExpr())
    assert c.match == (
        "not(and(or(and(text:chemisch, text+concepts:wapen), concepts:w_chemical_weapon), "
        "or(text:landmijn, concepts:w_anti_personnel_mine), text:lever*), phrase(wit fosfor))"
    )
    assert compile_query(parse("mijnen"), syntax=SExpr()).match == "text+concepts:mijn"
