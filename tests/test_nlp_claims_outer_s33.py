"""Session 33: claim shapes that showed a confidently wrong speaker or content, on sentences written
for the purpose (none copied from any corpus).

- "Tom Pell promised Ann Bell he would stand down, a new book claims." / "..., sources said." /
  "..., according to the book.": an attribution closing the sentence over a reported clause that
  has a reporting verb of its own is the outer speaker's; its content is the sentence up to the
  comma, and it never stays inside the inner claim's content. The inner claim stays where
  `_nested_claim` keeps it (a named speaker other than the outer one), as for "X said Y, sources
  said" before. A medium closing it ("..., according to the Velt Times", "..., news agency Velt
  Press reported") is the inner claim's outlet, not a speaker. Not a norm or measure the reported
  clause keeps ("should have been paid, according to the club code", "according to the benchmark").
  A work named by what it is about ("a new book about Ann Bell") is not by Ann Bell.
- "who wrote the hit play Up Up Up": "play" read as a verb with "hit" its subject is no clause;
  the authorship is no claim. Not "wrote the children play football every day".
- "wrote to shareholders last week the firm was sound": the one written to and the week of
  writing are not the content. A month or year only before "that" ("said last year sales fell"
  may date the fall).
- "rubbished reports the chain had lost money", "reports" read as a verb: the claim is the denial,
  its verb the one written ("rubbished"), never "reports".
- "But there could be a fall, according to Velt Bank.": the sentence's opening "But" / "And" /
  "Yet" is not content when the attribution comes after it (the annotators leave it out). Not
  "Yet another ...", nor an attribution that opens the sentence.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of

_OPENING = "Quay\n\nTrade was slow in April. "


def _claims(text: str):
    return claims_of(_OPENING + text)


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content.rstrip(".")) for c in _claims(text)]


class TestOuterAttributionClosingTheSentence:
    def test_a_book_claims_over_a_promise(self) -> None:
        found = _found(
            "Tom Pell promised Ann Bell he would stand down before the next vote, a new book about the mayor claims."
        )
        assert (
            "a new book about the mayor",
            "Tom Pell promised Ann Bell he would stand down before the next vote",
        ) in found
        assert all("claims" not in content for _, content in found)

    def test_the_book_claim_shows_its_verb(self) -> None:
        claims = _claims("Tom Pell promised Ann Bell he would stand down, a new book claims.")
        book = next(c for c in claims if c.speaker == "a new book")
        assert book.verb_text == "claims"
        assert book.speaker_id is None

    def test_names_in_what_the_book_is_about_are_not_its_author(self) -> None:
        claims = _claims("Tom Pell told Ann Bell the mill would close, a new book about Ann Bell has claimed.")
        book = next(c for c in claims if c.speaker.startswith("a new book"))
        assert book.speaker_id is None
        assert book.content == "Tom Pell told Ann Bell the mill would close"

    def test_sources_said_after_told_that(self) -> None:
        found = _found("Tom Pell told Ann Bell that the mill would close, sources said.")
        assert found == [
            ("sources", "Tom Pell told Ann Bell that the mill would close"),
            ("Tom Pell", "the mill would close"),
        ]

    def test_according_to_the_book_closing_a_promise(self) -> None:
        claims = _claims("Tom Pell promised Ann Bell he would stand down, according to the book.")
        found = [(c.speaker, c.verb, c.content) for c in claims]
        assert ("the book", "according to", "Tom Pell promised Ann Bell he would stand down") in found
        assert ("Tom Pell", "promise", "he would stand down") in found

    def test_according_to_a_person_closing_a_report(self) -> None:
        found = _found("Tom Pell said the mill would close, according to Ann Bell.")
        assert found == [("Ann Bell", "Tom Pell said the mill would close"), ("Tom Pell", "the mill would close")]

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            ("The mill closed in May, Tom Pell said, according to the paper.", "The mill closed in May"),
            # the future tense, parsed with "said" the root and the clause its complement (FINALREAD_s33 #3)
            ("Sales will rise next year, Tom Pell said, according to the paper.", "Sales will rise next year"),
        ],
    )
    def test_according_to_after_an_inserted_attribution(self, text: str, content: str) -> None:
        assert ("Tom Pell", content) in _found(text)

    def test_according_to_a_medium_is_the_outlet(self) -> None:
        claims = _claims("Grobco has said it will give $3m to the fund, according to the Velt Times.")
        assert [(c.speaker, c.content) for c in claims] == [("Grobco", "it will give $3m to the fund")]
        assert claims[0].outlets

    def test_news_agency_reported_is_the_outlet(self) -> None:
        claims = claims_of(
            "Quay\n\nVelt Press is a news agency.\n\nA judge said Ann Bell was a thief, news agency Velt Press reported."
        )
        assert [(c.speaker, c.content) for c in claims] == [("A judge", "Ann Bell was a thief")]
        assert claims[0].outlets == ["velt-press"]


class TestOuterAttributionGuards:
    def test_a_norm_stays_in_the_content(self) -> None:
        found = _found("Ann Bell said the full fee should have been paid, according to the club code.")
        assert found == [("Ann Bell", "the full fee should have been paid, according to the club code")]

    def test_a_measure_stays_in_the_content(self) -> None:
        found = _found("Ann Bell confirmed that the engine had reached full speed, according to the Velt benchmark.")
        assert found == [("Ann Bell", "the engine had reached full speed, according to the Velt benchmark")]

    def test_a_plain_closing_attribution_is_unchanged(self) -> None:
        assert _found("The mill will close in May, Tom Pell said.") == [("Tom Pell", "The mill will close in May")]

    def test_a_plain_according_to_is_unchanged(self) -> None:
        assert _found("Prices will rise, according to Grobco.") == [("Grobco", "Prices will rise")]

    def test_a_reported_clause_without_an_inner_verb(self) -> None:
        assert _found("Sales fell in May, a new study shows.") == [("a new study", "Sales fell in May")]


class TestAuthoredWorkWithPlayReadAsVerb:
    def test_hit_play_is_no_claim(self) -> None:
        assert _found("She is touring with Tom Pell, who wrote the hit play Up Up Up.") == []

    def test_a_plural_subject_with_play_is_a_clause(self) -> None:
        assert _found("Tom Pell wrote the children play football every day.") == [
            ("Tom Pell", "the children play football every day")
        ]

    def test_a_that_clause_with_play_is_a_clause(self) -> None:
        assert _found("Tom Pell wrote that the firm should play a bigger role.") == [
            ("Tom Pell", "the firm should play a bigger role")
        ]


class TestTimeOfWritingBeforeTheClause:
    def test_wrote_to_shareholders_last_week(self) -> None:
        assert _found("Tom Pell wrote to shareholders last week the firm was sound.") == [
            ("Tom Pell", "the firm was sound")
        ]

    def test_wrote_shareholders_last_week(self) -> None:
        assert _found("Tom Pell wrote shareholders last week the firm was sound.") == [
            ("Tom Pell", "the firm was sound")
        ]

    def test_said_last_week(self) -> None:
        assert _found("Tom Pell said last week the firm was sound.") == [("Tom Pell", "the firm was sound")]

    def test_said_last_year_that(self) -> None:
        assert _found("Tom Pell said last year that sales would fall.") == [("Tom Pell", "sales would fall")]

    def test_last_year_without_that_may_date_the_content(self) -> None:
        assert _found("Tom Pell said last year sales fell by 5%.") == [("Tom Pell", "last year sales fell by 5%")]

    def test_last_week_as_subject(self) -> None:
        assert _found("Tom Pell said last week was the busiest of the year.") == [
            ("Tom Pell", "last week was the busiest of the year")
        ]

    def test_last_years_figure(self) -> None:
        assert _found("Tom Pell said last year's profit was a record.") == [
            ("Tom Pell", "last year's profit was a record")
        ]


class TestRejectedNounReadAsVerb:
    def test_rubbished_reports(self) -> None:
        claims = _claims("Grobco rubbished reports the chain had lost money.")
        assert [(c.speaker, c.verb, c.verb_text, c.content) for c in claims] == [
            ("Grobco", "deny", "rubbished", "the chain had lost money")
        ]

    def test_rubbished_claims(self) -> None:
        claims = _claims("Grobco rubbished claims the chain had lost money.")
        assert [(c.verb_text, c.content) for c in claims] == [("rubbished", "the chain had lost money")]

    def test_dismissed_reports_noun_unchanged(self) -> None:
        claims = _claims("Grobco dismissed reports the chain had lost money.")
        assert [(c.verb_text, c.content) for c in claims] == [("dismissed", "the chain had lost money")]


class TestOpeningConjunction:
    def test_but_before_according_to(self) -> None:
        found = _found("But the harvest may be late this year, according to Velt Farm Union, after a wet spring.")
        assert found == [("Velt Farm Union", "the harvest may be late this year")]

    def test_but_before_a_closing_said(self) -> None:
        found = _found("Prices rose in May, according to Velt Bank. But there could be a fall in June, the bank said.")
        assert ("the bank", "there could be a fall in June") in found

    def test_and_before_an_inserted_attribution(self) -> None:
        assert _found("And the firm, Tom Pell said, was sound.") == [("Tom Pell", "the firm was sound")]

    def test_yet_another_stays(self) -> None:
        assert _found("Yet another shop has closed, Tom Pell said.") == [("Tom Pell", "Yet another shop has closed")]

    def test_attribution_opening_the_sentence(self) -> None:
        assert _found("But Tom Pell said the firm was sound.") == [("Tom Pell", "the firm was sound")]
