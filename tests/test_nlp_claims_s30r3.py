"""Claim shapes of session 30 round 3, on sentences written for the purpose (none copied from any
corpus).

- 'X was branded a "Q" by Y': an article before the quoted description belongs to it, and
  "MPs"/"MEPs" are people who describe, as "critics" are.
- "..., calling it a sham": a participle calling a pronoun "a"/"an" something states its subject's
  view with no quotation ("calling it a day", "calling it Rex" state none).
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestCalledByWithArticle:
    @pytest.mark.parametrize(
        ("sentence", "speaker", "content"),
        [
            ('The toll plan has been branded a "shameful folly" by MPs.', "MPs", 'a "shameful folly"'),
            ('The reforms were labelled an "utter mess" by critics.', "critics", 'an "utter mess"'),
            ('The new pier was dubbed the "jewel of the coast" by the mayor.', "the mayor", 'the "jewel of the coast"'),
        ],
    )
    def test_the_article_opens_the_description(self, sentence: str, speaker: str, content: str) -> None:
        assert [(s, c) for s, _, c in _triples(sentence)] == [(speaker, content)]

    def test_a_title_given_is_still_no_description(self) -> None:
        assert _triples('The ferry was called the "Pride of Tarlow" by Tom Pell.') == []

    def test_the_quotation_alone_as_before(self) -> None:
        triples = _triples('The verdict was branded "a betrayal" by MEPs.')
        assert [(s, c) for s, _, c in triples] == [("MEPs", "a betrayal")]


class TestCallingPronoun:
    @pytest.mark.parametrize(
        ("sentence", "speaker", "content"),
        [
            ("Ann Cole left the club last week, calling it a farce.", "Ann Cole", "it a farce"),
            ("The former singer quit the band in May, calling it a joke.", "The former singer", "it a joke"),
        ],
    )
    def test_a_view_with_no_quotation(self, sentence: str, speaker: str, content: str) -> None:
        assert [(s, v, c) for s, v, c in _triples(sentence)] == [(speaker, "calling", content)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Tom Pell retired in May, calling it a day.",
            "Ann Cole bought a puppy, calling it Rex.",
        ],
    )
    def test_no_view(self, sentence: str) -> None:
        assert [v for _, v, _ in _triples(sentence) if v == "calling"] == []
