"""Session 28's claim shapes, on sentences written for the purpose (none copied from any corpus).

- "Scientists have shown that X", "A team of researchers has shown that X": a finding of research
  people (only the perfect "shown that"; not "the film has shown that", "players have shown that").
- "It found that one in five post photos ...": the clause's verb read as a noun.
- 'X was called "Q" by the judge': the quoted words are the agent's (not a name given: "Blue Water").
- "Firms protested that X": "protest that" reports (never "protested outside the hall").
- "It said at the time that X": a time phrase between the verb and its "that" is left out.
- "the bridge, which police described as unsafe": a lower-case describer, a short description; and
  the sentence's subject as the antecedent ("The bridge, which X described as a folly, cost ...").
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestShownThat:
    def test_scientists(self) -> None:
        found = _triples("Scientists have shown that the new drug slows the disease in mice.")
        assert ("Scientists", "shown", "the new drug slows the disease in mice") in found

    def test_a_team_of_researchers(self) -> None:
        found = _triples("A team of Utopian researchers has shown that the lake's fish carry a rare parasite.")
        assert [(v, c) for _, v, c in found] == [("shown", "the lake's fish carry a rare parasite")]
        assert found[0][0].endswith("researchers")

    @pytest.mark.parametrize(
        "sentence",
        [
            "The film has shown that the valley was once a sea.",
            "The players have shown that they can win away from home.",
        ],
    )
    def test_not_a_finding(self, sentence: str) -> None:
        assert _triples(sentence) == []


def test_found_that_with_the_verb_read_as_a_noun() -> None:
    found = _triples(
        "The Lintell Trust polled 2,000 parents. It found that one in five post photos of their children online."
    )
    assert [(v, c) for _, v, c in found] == [("found", "one in five post photos of their children online")]


class TestCalledBy:
    def test_quoted_words_by_the_judge(self) -> None:
        found = _triples('The cake was called "one of the finest I have ever tasted" by the judge.')
        assert found == [("the judge", "called", "one of the finest I have ever tasted")]

    def test_a_name_given(self) -> None:
        assert _triples('The song was called "Blue Water" by Ann Holt.') == []


class TestProtested:
    def test_protested_that(self) -> None:
        found = _triples("Many firms had protested that the new tax would cost jobs.")
        assert found == [("Many firms", "protested", "the new tax would cost jobs")]

    def test_a_protest_made(self) -> None:
        assert _triples("Hundreds protested outside the town hall that night.") == []


class TestTimeBeforeThat:
    def test_at_the_time_that(self) -> None:
        found = _triples("The firm said at the time that the factory would stay open.")
        assert found == [("The firm", "said", "the factory would stay open")]

    def test_that_as_the_clauses_subject(self) -> None:
        found = _triples("The firm said at the time that was the best choice.")
        assert not any(c == "the factory would stay open" for _, _, c in found)


class TestRelativeDescription:
    def test_lower_case_describer(self) -> None:
        assert _triples("Engineers closed the bridge, which police described as unsafe.") == [
            ("police", "described", "unsafe")
        ]

    def test_short_description_by_a_name(self) -> None:
        found = _triples("Engineers closed the bridge, which Mr Harte described as a folly.")
        assert [(v, c) for _, v, c in found] == [("described", "a folly")]

    def test_the_sentences_subject(self) -> None:
        found = _triples("The bridge, which Mr Harte described as a folly, cost £2m to build.")
        assert [(v, c) for _, v, c in found] == [("described", "a folly")]

    def test_not_a_quantifier(self) -> None:
        assert _triples("Engineers closed the bridge, which many described as unsafe.") == []
