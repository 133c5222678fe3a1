"""Session 30's debt: word lists and patterns given one home, on sentences written for the purpose
(none copied from any corpus).

- The words a rejection answers (vocabulary._WORDS_SAID) are the words said of `SPEECH_OBJECTS`
  less those asked for or offered: "rejected his warnings" answers back, "rejected his plea" is a
  refusal the first speaker's account may tell.
- The shares after a possessive (kinds._OWN_SHARES_AFTER) are one pattern, with "shareholders".
- The work nouns after a name (kinds.WORK_NOUNS) are one list: a show named after a person
  (entities._SHOW_AFTER) reads it, with "special".
- Related claims: "prediction(s)", the -ion noun of a forecasting verb, makes a claim a forecast as
  "forecasts" does (related._forecast), so two bodies' equal predicted shares are no one fact.
- A plea (parsed._plea_object) is a charge noun whose climb through nominal links reaches the
  reporting verb itself, not any word outside the content.
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved
from test_nlp_related_s29 import _world

from belreader.nlp.claims.parsed import _plea_object
from belreader.nlp.entities import Span, letters_glued_to_people

from nlp_util import claim_rows, related_ids, said_story

_found = claim_rows("speaker_id content", opening="Vantry news\n\n")


class TestWordsRejected:
    @pytest.mark.parametrize("words", ["his warnings", "his views", "the prediction"])
    def test_rejected_words_said_answer_back(self, words: str) -> None:
        found = _found(f'Ned Hask said the bridge was unsafe but Lorne Quill rejected {words}. "It is sound," he said.')
        assert found[-1] == ("lorne-quill", "It is sound")

    @pytest.mark.parametrize("words", ["his plea", "his demands", "his apology"])
    def test_a_refused_request_keeps_the_quote(self, words: str) -> None:
        found = _found(
            f'Ned Hask said he had asked for a delay but Lorne Quill rejected {words}. "I am let down," he said.'
        )
        assert found[-1] == ("ned-hask", "I am let down")


def test_a_possessive_before_shareholders_is_the_companys_own() -> None:
    # kinds._OWN_SHARES_AFTER, one pattern for a place's possessive and a company's own shares, reads
    # "shareholders" too: "the benefit of X's shareholders" no longer keeps "X" from its company
    text = (
        "Dorvane Mining rejected the bid from Kelbrook. "
        "The offer was not made for the benefit of Dorvane's shareholders, the board said."
    )
    ids = resolved(text, [("Dorvane Mining", "ORG"), ("Kelbrook", "ORG"), ("Dorvane", "ORG")])
    assert ids["Dorvane"] == ("dorvane-mining", "ORG"), ids


@pytest.mark.parametrize("noun", ["show", "sitcom", "special"])
def test_a_show_named_after_a_person_keeps_the_name_whole(noun: str) -> None:
    # entities._SHOW_AFTER reads kinds.WORK_NOUNS (so "sitcom" and "soap" too) and "special"
    body = f"KTV said the KTV Ada Varrow {noun} starts in May. Varrow said she was nervous. KTV is in Tarlow."
    at = body.index("KTV Ada Varrow")
    span = Span(at, at + len("KTV Ada Varrow"), "ORG")
    assert letters_glued_to_people(body, [span]) == [span]
    # without the show's noun, the channel's letters and the person
    plain = body.replace(f" {noun}", "", 1)
    assert [s.label for s in letters_glued_to_people(plain, [span])] == ["ORG", "PERSON"]


def _predicted(words: str, second_speaker: str):
    """Tradeworks' claim with `words` before its figure, and another of the same figure by `second_speaker`."""
    first = said_story(
        "first", f"the outlook was worst for zorland, with {words} 2.3% next year", "Tradeworks", "tradeworks"
    )
    second = said_story(
        "second", "economic growth in zorland of 2.3% next year", second_speaker, second_speaker.lower()
    )
    return first, second, _world(first, second)


def test_two_predictions_of_one_share_by_two_bodies_are_not_one_fact() -> None:
    # related._forecast reads the noun "prediction(s)" as it reads "forecasts"
    first, second, world = _predicted("growth predictions slipping to", "Zorbank")
    assert related_ids(first.claims[0], world) == []
    assert related_ids(second.claims[0], world) == []


def test_one_body_predicting_twice_is_still_found() -> None:
    first, _, world = _predicted("a growth prediction of", "Tradeworks")
    assert related_ids(first.claims[0], world) == ["second#s000016"]


class _Token:
    """A parsed word, as much of spaCy's token as parsed._plea_object reads."""

    def __init__(self, i: int, text: str, dep: str, pos: str) -> None:
        self.i, self.text, self.lower_, self.dep_, self.pos_, self.tag_ = i, text, text.lower(), dep, pos, ""
        self.head = self


def test_a_plea_is_a_charge_noun_hung_on_the_reporting_verb_itself() -> None:
    # "Bell admitted the jury heard two counts, and wept": a parse that hangs "counts" on "heard", a verb
    # left outside the content; the climb leaving the content is no plea unless it reaches "admitted"
    words = [("Bell", "nsubj", "PROPN"), ("admitted", "ROOT", "VERB"), ("heard", "ccomp", "VERB")]
    words += [("two", "nummod", "NUM"), ("counts", "dobj", "NOUN"), ("wept", "conj", "VERB")]
    tokens = [_Token(i, *word) for i, word in enumerate(words)]
    heads = {0: 1, 2: 1, 3: 4, 4: 2, 5: 2}
    for i, head in heads.items():
        tokens[i].head = tokens[head]
    bell, admitted, heard, two, counts, wept = tokens
    assert not _plea_object([two, counts, wept], admitted)
    counts.head = admitted  # "Bell admitted two counts, and wept": the verb's own object
    assert _plea_object([two, counts, wept], admitted)
