"""Mends of session 28 round 1's claim shapes, on sentences written for the purpose (none copied
from any corpus).

- 'X was called "Q" by Y': a quoted title with small lower-case words ("Queen of the Seas", "the
  House of Pain") is a name given, not a description.
- "which police described as Z": a description of a word or two is kept only when it is whole
  ("as hell on earth" is not "hell"), and never ends inside a word ("about 6ft tall").
- 'called "Q" by the critic / the opposition leader / campaigners', and a one-word quote.
- The lower-case describers of a relative description are people ("critics"), not writings ("reports").
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestTitleGiven:
    @pytest.mark.parametrize(
        "sentence",
        [
            'The ferry was called "Pride of the Marsh" by Tom Pell.',
            'The new arena was dubbed "the Hall of Thunder" by the coach.',
            'The fans were called "the Tarlow Army" by the manager.',
        ],
    )
    def test_a_name_given_is_no_claim(self, sentence: str) -> None:
        assert _triples(sentence) == []

    @pytest.mark.parametrize(
        ("sentence", "content"),
        [
            ('The plan was called "a reckless gamble" by Tom Pell.', "a reckless gamble"),
            ('The deal was called "the worst in Europe" by the minister.', "the worst in Europe"),
        ],
    )
    def test_a_description_is_kept(self, sentence: str, content: str) -> None:
        assert [c for _, _, c in _triples(sentence)] == [content]


class TestWholeDescription:
    def test_not_cut_inside_a_word(self) -> None:
        found = _triples("The suspect, who police described as white and about 6ft tall, fled.")
        assert ("police", "described", "white and about 6ft tall") in found

    @pytest.mark.parametrize(
        "sentence",
        [
            "The thief, who police described as pale and about 5ft tall, fled.",
            "She toured the prison, which she described as hell on earth.",
            "He sold the farm, which he described as home for twenty years.",
        ],
    )
    def test_a_cut_short_description_is_dropped(self, sentence: str) -> None:
        assert _triples(sentence) == []

    @pytest.mark.parametrize(
        ("sentence", "content"),
        [
            ("Mr Dorn shut the pier, which police described as unsafe.", "unsafe"),
            ("The pier, which officials described as unsafe, was shut.", "unsafe"),
        ],
    )
    def test_a_whole_short_description_is_kept(self, sentence: str, content: str) -> None:
        assert [c for _, _, c in _triples(sentence)] == [content]


class TestCalledByPeople:
    @pytest.mark.parametrize(
        ("sentence", "speaker", "content"),
        [
            ('The soup was called "the best in Tarlow" by the critic.', "the critic", "the best in Tarlow"),
            ('The audit was labelled "a whitewash" by the opposition leader.', "the opposition leader", "a whitewash"),
            ('The verdict was branded "a betrayal" by campaigners.', "campaigners", "a betrayal"),
            ('The decision was called "reckless" by the judge.', "the judge", "reckless"),
        ],
    )
    def test_unnamed_people(self, sentence: str, speaker: str, content: str) -> None:
        assert [(s, c) for s, _, c in _triples(sentence)] == [(speaker, content)]

    @pytest.mark.parametrize(
        "sentence",
        [
            'The decision was called "reckless" by the time it ended.',
            "The winger was called up by the national coach for the Varnholt game.",
        ],
    )
    def test_not_people(self, sentence: str) -> None:
        assert _triples(sentence) == []


class TestDescribingGroups:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The firm, which reports described as close to ruin, said it was solvent.",
            "The scheme, which reports had described as doomed, was dropped.",
            "The merger, which statements described as vital, went ahead.",
        ],
    )
    def test_writings_are_no_describers(self, sentence: str) -> None:
        assert [v for _, v, _ in _triples(sentence) if v == "described"] == []

    def test_people_plural(self) -> None:
        found = _triples("The scheme, which critics described as a folly, cost millions.")
        assert ("critics", "described", "a folly") in found
