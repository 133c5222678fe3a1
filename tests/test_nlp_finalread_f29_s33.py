"""Session 33's final read (FINALREAD_s33), the mends of fm33; every sentence is invented.

- '"...," said a company statement.' after a union or a council named nearby: a company's noun
  needs a company's name ("Grobco Holdings", named anywhere before in the article) or the table's
  company role, never just any organisation; two that fit give no one (#1).
- 'His exit added to pressure on the "grand three" mills': the marks of a term (a word or a few
  inside a phrase) do not make "added to" words said; "write to" stays strict (#6).
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of


def _speaker_of(text: str, words: str) -> tuple[str, str | None]:
    found = [(c.speaker, c.speaker_id) for c in claims_of(QUAY + text) if c.content.startswith(words)]
    assert len(found) == 1, found
    return found[0]


class TestCompanyStatement:
    _CLOSING = "Grobco Holdings is to close its plant in Tarbury with the loss of 300 jobs.\n\n"
    _QUOTE = '"We are sorry for the staff affected," said a company statement.'

    def test_company_named_earlier_not_the_union(self) -> None:
        story = (
            self._CLOSING + "Staff were told of the decision on Monday morning.\n\n"
            "The Velt Workers Union called the decision a betrayal. " + self._QUOTE
        )
        assert _speaker_of(story, "We are sorry") == ("a company statement", "grobco-holdings")

    def test_council_named_nearby_is_not_the_company(self) -> None:
        story = (
            "The plant in Tarbury is to close with the loss of 300 jobs.\n\n"
            "Staff were told of the decision on Monday morning.\n\n"
            "Tarbury Council leader Ann Bell called it a blow. " + self._QUOTE
        )
        assert _speaker_of(story, "We are sorry") == ("a company statement", None)

    def test_union_alone_is_not_the_company(self) -> None:
        story = (
            "The plant in Tarbury is to close with the loss of 300 jobs.\n\n"
            "The Velt Workers Union called the decision a betrayal. " + self._QUOTE
        )
        assert _speaker_of(story, "We are sorry") == ("a company statement", None)

    def test_two_companies_in_the_article_give_no_one(self) -> None:
        story = (
            self._CLOSING + "Velt Foods bought the site last year.\n\n"
            "Staff were told of the decision on Monday morning. " + self._QUOTE
        )
        assert _speaker_of(story, "We are sorry") == ("a company statement", None)

    def test_union_statement_stays_the_union(self) -> None:
        story = (
            self._CLOSING + "The Velt Workers Union called the decision a betrayal. "
            '"This is a sad day for the town," said a union statement.'
        )
        assert _speaker_of(story, "This is a sad day") == ("a union statement", "velt-workers-union")


_found = claim_rows("speaker content", opening=QUAY, bare=True)


class TestAddedToWithATerm:
    def test_term_marks_do_not_make_words_said(self) -> None:
        assert _found('His exit added to pressure on the "grand three" mills to cut costs.') == []

    def test_added_to_without_marks_stays_no_claim(self) -> None:
        assert _found("His exit added to pressure on the mills to cut costs.") == []

    def test_real_quotation_after_added_stays_a_claim(self) -> None:
        found = _found('"We will fight the closure," Tom Pell added.')
        assert found == [("Tom Pell", "We will fight the closure")]

    def test_written_to_with_a_term_stays_a_claim(self) -> None:
        found = _found('Tom Pell has written to the board accusing Grobco of a "gross breach" of the deal.')
        assert [s for s, _ in found] == ["Tom Pell"]
