"""Session 33 (issue 11): a quotation followed by a long or coordinated title before the name, on
invented sentences (mended at the review: one had kept an article's attribution with its real
names).

- '"...," chairman and chief executive Tom Pell said': the parser hangs the title inside the
  quotation; the content ends at the closing mark, never with the title; a quotation that goes on
  after the attribution ('"...," Tom Pell said, "and ..."') is untouched.
- '"...," Grobco chief executive Tom Pell and chief operating officer Ann Bell said', "chairman
  Tom Pell and finance director Ann Bell said ...": two speakers together, neither alone (the
  parser gives the verb the last name only), without the closing quotation mark, however long
  their titles; never "Tom Pell met Jo Bell and ... said" (no quotation before), nor two
  attributions, nor words that are no title before the first name ('"...," strikers told Tom
  Pell and union leader Ann Bell said ...').
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker speaker_id content", opening=QUAY, bare=True)


class TestTitleAfterQuote:
    def test_coordinated_title_left_out(self) -> None:
        found = _found(
            '"Our results were strong, and we beat our targets," chairman and chief executive Tom Pell said.'
        )
        assert found == [("Tom Pell", "tom-pell", "Our results were strong, and we beat our targets")]

    def test_one_title_unchanged(self) -> None:
        found = _found('"Our results were strong," chief executive Tom Pell said.')
        assert found == [("Tom Pell", "tom-pell", "Our results were strong")]

    def test_quote_after_the_attribution_untouched(self) -> None:
        found = _found('"We had a good year," chairman Tom Pell said, "and we will grow."')
        assert [s for s, _, _ in found] == ["Tom Pell"]
        assert "we will grow" in found[0][2]


class TestTwoSpeakers:
    def test_two_titled_names_after_a_quote(self) -> None:
        found = _found(
            '"We had a good year," Grobco chief executive Tom Pell and chief operating officer Ann Bell said in the '
            "letter."
        )
        assert found == [
            ("Grobco chief executive Tom Pell and chief operating officer Ann Bell", None, "We had a good year")
        ]

    def test_two_titled_names_after_a_quote_exact(self) -> None:
        found = _found(
            '"The deal is dead," Grobco chief executive Tom Pell and finance director Ann Bell said on Monday.'
        )
        assert found == [("Grobco chief executive Tom Pell and finance director Ann Bell", None, "The deal is dead")]

    def test_two_titled_names_after_curly_quotes(self) -> None:
        found = _found(
            "“The deal is dead,” Grobco chief executive Tom Pell and finance director Ann Bell said on Monday."
        )
        assert found == [("Grobco chief executive Tom Pell and finance director Ann Bell", None, "The deal is dead")]

    def test_two_long_titled_names_kept(self) -> None:
        found = _found(
            '"We had a good year," Grobco chairman and chief executive Tom Pell and group finance director Ann Bell '
            "said."
        )
        assert found == [
            (
                "Grobco chairman and chief executive Tom Pell and group finance director Ann Bell",
                None,
                "We had a good year",
            )
        ]

    def test_verb_before_the_first_name_is_no_title(self) -> None:
        found = _found(
            '"We will not go back to work," strikers told Tom Pell and union leader Ann Bell said the strike '
            "would go on."
        )
        assert ("Ann Bell", "ann-bell", "the strike would go on") in found

    def test_two_subjects_split_by_the_parser(self) -> None:
        found = _found('"We had a good year," chairman Tom Pell and finance director Ann Bell said.')
        assert found == [("chairman Tom Pell and finance director Ann Bell", None, "We had a good year")]

    def test_two_subjects_reported(self) -> None:
        found = _found("Chairman Tom Pell and finance director Ann Bell said the year had been good.")
        assert found == [("Chairman Tom Pell and finance director Ann Bell", None, "the year had been good")]

    def test_no_quotation_before_is_one_speaker(self) -> None:
        found = _found("Tom Pell met Jo Bell and finance director Ann Bell said the year had been good.")
        assert [i for _, i, _ in found] == ["ann-bell"]

    def test_two_attributions(self) -> None:
        found = _found('"We had a good year," said Tom Pell. "We will grow," finance director Ann Bell said.')
        assert [i for _, i, _ in found] == ["tom-pell", "ann-bell"]

    def test_two_titles_of_one_person(self) -> None:
        found = _found(
            "Veteran Labour MP and former Cabinet minister Tom Pell has said he will stand down at the election."
        )
        assert [(s, i) for s, i, _ in found] == [("Tom Pell", "tom-pell")]

    def test_two_bodies_split_by_the_parser(self) -> None:
        found = _found("Bars had a slow summer, the Velt Brewers Council and auditors Tarko said.")
        assert [(s, i) for s, i, _ in found] == [("the Velt Brewers Council and auditors Tarko", None)]

    def test_firm_and_firm_person(self) -> None:
        found = _found("Ernst and Young's Tom Pell said the year had been good.")
        assert [i for _, i, _ in found] == ["tom-pell"]
