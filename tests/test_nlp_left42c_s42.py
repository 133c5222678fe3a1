"""Session 42, attribution leftovers of session 41 (left42c), on sentences written for the purpose
(none copied from any corpus).

- An outlet whose bare word is a surname or a number: the table's exact spellings ("The Hill",
  "Five") name it only as written or in an outlet's shape ("told The Hill", "told Five"); never
  "Hill said", a squad list's "Ben Hill, 24", or "Five people said".
- "An NHS England spokesperson said": the body's part speaks, as written, never the whole body
  whose name opens the phrase (the NHS).
- Coordinated reporting verbs of one subject ("said X and expected Y"): one claim per verb.
- "the union" / "the federation" / "the association": the one such body the article names.
"""

from __future__ import annotations

from belreader.nlp.aliases import load_table

from nlp_util import QUAY, analyse, claim_rows

_outlets = claim_rows("speaker speaker_id outlets", opening=QUAY)
_speakers = claim_rows("speaker speaker_id", opening=QUAY)
_verbs = claim_rows("verb_text content", opening=QUAY, bare=True)


class TestExactSpellings:
    def test_the_hill_keeps_its_article_in_its_id(self) -> None:
        table = load_table()
        assert table.canonical("The Hill") == "the-hill"
        assert table.canonical("Hill") is None
        assert table.entry("hill") is None

    def test_a_bare_word_is_no_mention(self) -> None:
        table = load_table()
        assert table.canonical("Five") is None
        assert table.outlet_word("Five") == "channel-5"


class TestOutletsWrittenExactly:
    def test_told_the_hill(self) -> None:
        found = _outlets("Senator Ann Corrow told The Hill that the vote would fail.")
        assert found == [("Ann Corrow", "ann-corrow", ["the-hill"])]

    def test_the_hill_reported(self) -> None:
        found = _outlets("The vote was lost, The Hill reported.")
        assert [o for _, _, o in found] == [["the-hill"]]

    def test_hill_said_is_a_person(self) -> None:
        found = _outlets("Ben Hill joined the club in May. Hill said the club would win.")
        assert found == [("Hill", "ben-hill", [])]

    def test_hill_in_a_squad_list_is_a_person(self) -> None:
        text = "Quay\n\nTam Orrin named his squad on Monday. The squad: Ben Hill, 24, Sam Vetch, 22, Carl Dunmore, 29."
        mentions = {m.text: m.entity_id for m in analyse(text).mentions}
        assert mentions.get("Ben Hill") == "ben-hill"

    def test_told_five(self) -> None:
        found = _outlets("Rob Anst told Five that the show was over.")
        assert found == [("Rob Anst", "rob-anst", ["channel-5"])]

    def test_interview_with_five(self) -> None:
        found = _outlets("In an interview with Five, Rob Anst said the show was over.")
        assert [o for _, _, o in found] == [["channel-5"]]

    def test_told_five_news(self) -> None:
        found = _outlets("Rob Anst told Five News that the show was over.")
        assert [o for _, _, o in found] == [["channel-5"]]

    def test_five_people_said_is_no_outlet(self) -> None:
        text = "Five people said they saw the crash. Five of the players told reporters they were tired."
        assert all(o == [] for _, _, o in _outlets(text))
        assert "channel-5" not in {m.entity_id for m in analyse(QUAY + text).mentions}


class TestBodysPartSpeaks:
    def test_nhs_england_spokesperson(self) -> None:
        found = _speakers("Waiting lists in England fell. An NHS England spokesperson said lists were falling.")
        assert found == [("An NHS England spokesperson", None)]

    def test_a_firms_branch(self) -> None:
        found = _speakers("A Grobco UK spokesman said sales rose.")
        assert [i for _, i in found] != ["grobco"]

    def test_the_body_itself(self) -> None:
        assert _speakers("An NHS spokesman said it was good.") == [("An NHS spokesman", "nhs")]

    def test_a_two_word_body(self) -> None:
        found = _speakers("A Home Office spokesman said crime fell.")
        assert found == [("A Home Office spokesman", "home-office")]


class TestCoordinatedVerbs:
    def test_said_and_expected(self) -> None:
        found = _verbs("Tom Vell spoke on Monday. He said the plan was sound and expected the bill to pass.")
        assert found == [("said", "the plan was sound"), ("expected", "the bill to pass")]

    def test_told_and_added(self) -> None:
        found = _verbs("Jo Tarn told reporters the deal was done and added that the price was fair.")
        assert found == [("told", "the deal was done"), ("added", "the price was fair")]


class TestTheBodyOfItsKind:
    def test_the_union(self) -> None:
        found = _speakers("The Transport Union of Velsia called a strike. The union said the talks had failed.")
        assert found == [("The union", "transport-union-of-velsia")]

    def test_the_federation(self) -> None:
        found = _speakers(
            "The Velsia Football Federation met on Monday. The federation said the season would start late."
        )
        assert found == [("The federation", "velsia-football-federation")]


class TestDescribedSubjects:
    def test_the_place_written_beside_the_firm(self) -> None:
        text = (
            "Velco, the German carmaker, cut 500 jobs on Monday. The carmaker said demand was weak. "
            "The German company said prices would rise."
        )
        assert _speakers(text) == [("The carmaker", "velco"), ("The German company", "velco")]

    def test_a_place_never_tied_to_the_firm(self) -> None:
        found = _speakers("Grobco, a British bank, cut rates. The Ohio-based retailer said rents were too high.")
        assert found == [("The Ohio-based retailer", None)]

    def test_a_place_of_another_paragraphs_firm(self) -> None:
        text = (
            "Tarbo, an Ohio-based retailer, shut ten shops.\n\n"
            "Grobco, a British bank, cut rates. The Ohio-based retailer said rents were too high."
        )
        assert [i for _, i in _speakers(text)] != ["grobco"]

    def test_no_place_in_the_description(self) -> None:
        found = _speakers("Grobco, a British bank, cut rates. The company said it was fine.")
        assert found == [("The company", "grobco")]
