"""Mends of the session-31 speakers review, on sentences written for the purpose.

- "Grobco Holdings' appeal was rejected by the court. It said ...": a passive with a "by" agent
  gives "it" no owner (the agent is as likely); an owned thing that fell still does.
- "The Swedish firm, Grobco's biggest rival, said": an apposition naming another firm keeps the
  firm unresolved (never the one named); an apposition naming no one still gives the head.
- "... compared with Tom Pell, who lost his seat ... He said": a pronoun in a "who" clause on the
  name describes the person and does not make them the topic.
- "Police said ... He added": a body noun written alone is no one-word speaker blocking "he".
- "roles in Grobco Holdings, Velt Bank and the Tarn Group": firms, not works.
"""

from __future__ import annotations

from belreader import nlp
from belreader.nlp.people import chosen_name

from nlp_util import claim_rows, claims_of, make_article

_found = claim_rows("speaker_id content", opening="Harbour news\n\n")


def _speaker_of(text: str, start: str) -> str | None:
    return next(c.speaker_id for c in claims_of("Harbour news\n\n" + text) if c.content.startswith(start))


class TestOwnerOfAPassive:
    def test_a_by_agent_leaves_it_unresolved(self) -> None:
        text = "Grobco Holdings' appeal was rejected by the court on Friday. It said the firm had broken the law."
        assert _speaker_of(text, "the firm had broken") is None

    def test_a_by_agent_after_shares_leaves_it_unresolved(self) -> None:
        text = "Grobco's takeover bid was blocked by the competition commission. It said the deal would raise prices."
        assert _speaker_of(text, "the deal would raise") is None

    def test_owned_shares_that_fell_are_still_the_owner(self) -> None:
        text = "Grobco Holdings' shares fell 5% on Friday. It said demand for its trucks had slowed."
        assert _speaker_of(text, "demand for its trucks") == "grobco-holdings"

    def test_a_thing_as_the_agent_is_still_the_owner(self) -> None:
        text = "Grobco's profits were hit by a weak dollar. It said demand for its trucks had slowed."
        assert _speaker_of(text, "demand for its trucks") == "grobco"


class TestApposedDescription:
    def test_an_apposition_naming_another_firm_is_not_that_firm(self) -> None:
        text = (
            "Grobco Holdings reported record sales on Monday. "
            "The Swedish firm, Grobco's biggest rival, said its own sales had fallen."
        )
        assert _speaker_of(text, "its own sales") is None

    def test_an_apposition_naming_no_firm_still_gives_the_firm(self) -> None:
        text = (
            "Grobco Holdings reported record sales on Monday. "
            "The Swedish firm, the world's largest maker of ovens, said its sales had risen."
        )
        assert _speaker_of(text, "its sales had risen") == "grobco-holdings"

    def test_an_apposition_naming_a_place_still_gives_the_firm(self) -> None:
        text = (
            "Grobco Holdings reported record sales on Monday. "
            "The Swedish firm, Europe's largest maker of ovens, said its sales had risen."
        )
        assert _speaker_of(text, "its sales had risen") == "grobco-holdings"


class TestPronounInAWhoClause:
    def test_the_person_described_by_a_who_clause_is_not_he(self) -> None:
        text = (
            'Jim Vell, the mayor, defended the plan on Monday. "It will work," Mr Vell said.\n\n'
            "The move drew comparisons with Tom Pell, who lost his seat over a similar scheme in 2001. "
            'He said: "This time it is different."'
        )
        assert _speaker_of(text, "This time") in (None, "jim-vell")  # never the man in the "who" clause

    def test_the_who_clause_alone_leaves_he_unresolved(self) -> None:
        text = (
            "The council met on Monday.\n\n"
            "The move drew comparisons with Tom Pell, who lost his seat over a similar scheme in 2001. "
            'He said: "This time it is different."'
        )
        assert _speaker_of(text, "This time") is None

    def test_a_person_named_as_an_agent_with_a_who_clause_is_not_he(self) -> None:
        text = (
            'Jim Vell, the mayor, defended the plan on Monday. "It will work," Mr Vell said.\n\n'
            "Critics compared the scheme with one run by Tom Pell, who lost his seat over it in 2001. "
            'He said: "This time it is different."'
        )
        assert _speaker_of(text, "This time") in (None, "jim-vell")  # never the man in the "who" clause


class TestBodyNounIsNoOneWordName:
    def test_police_do_not_block_he(self) -> None:
        text = (
            "Head teacher Tom Pell said the school would reopen on Monday. Police said the fire was started "
            "deliberately, and officers from the Metropolitan Police are investigating. He added that pupils "
            "would be taught in the church hall."
        )
        assert _speaker_of(text, "pupils would be taught") == "tom-pell"


class TestRolesInFirms:
    def test_firms_after_roles_in_are_kept(self) -> None:
        article = make_article(
            "Harbour news\n\nTom Pell has held senior roles in Grobco Holdings, Velt Bank and the Tarn Group. "
            "He said the bank would grow."
        )
        ids = {e.id for e in nlp.analyze(article).entities}
        assert "tarn-group" in ids


class TestHyphenatedAlliance:
    def test_a_partner_is_not_merged_into_the_alliance(self) -> None:
        article = make_article(
            "Harbour news\n\nShares in Renfrow-Tarnwell, the carmakers' alliance, rose 3%. Renfrow said it would "
            "build a new plant in Spain, and Renfrow shares rose too."
        )
        ids = {e.id for e in nlp.analyze(article).entities}
        assert {"renfrow", "renfrow-tarnwell"} <= ids

    def test_a_firm_merged_with_its_short_form_is_shown_by_its_full_name(self) -> None:
        assert chosen_name({"Velt group": 1, "Velt-Marrow": 9, "Velt": 4}, "ORG") == "Velt-Marrow"

    def test_other_firms_keep_the_fullest_name(self) -> None:
        assert chosen_name({"Velt Bank": 1, "Velt": 9}, "ORG") == "Velt Bank"
