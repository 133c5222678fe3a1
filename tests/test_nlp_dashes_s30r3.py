"""'Name - aside - said', session 30 round 3, on sentences written for the purpose (none copied
from any corpus).

One home for the shape: vocabulary.DASHED_ASIDE (the aside between two spaced dashes) and
vocabulary.named_before_dash (the person or organisation whose mention ends at the opening dash),
used by the three places that read it: the parsed subject (subjects._speaker), the sentence the
parser breaks (shapes._dashed_subject_claim) and the sentence with no parsed subject
(paragraphs.interrupted_subjects).
"""

from __future__ import annotations

import pytest

from belreader.article import Paragraph
from belreader.nlp.claims import interrupted_subjects
from belreader.nlp.claims.shapes import _dashed_subject_claim
from belreader.nlp.claims.vocabulary import DASHED_ASIDE, named_before_dash
from belreader.nlp.records import Mention

from nlp_util import claim_rows

FOUNDER = "Jo Bell - the firm's founder - said the plant would close next year."
BANK = "Grobco - the country's biggest bank - said profits had fallen sharply."
SEMICOLON = "Grobco - the country's biggest bank; its rival is smaller - said profits had fallen sharply."
# an aside of 80 characters: past the 60 the sentence-start reading allowed before
LONG = (
    "Jo Bell - the founder of the firm that built the plant on the edge of the town long ago - said "
    "the plant would close next year."
)
TWO_PAIRS = "Jo Bell - the firm's founder - said the plant - the town's biggest employer - would close next year."
BREAK = "Jo Bell left - and said nothing about the plant."


def _mention(body: str, name: str, label: str) -> Mention:
    start = body.index(name)
    return Mention(name.lower().replace(" ", "-"), name, label, start, start + len(name), 0)


_found = claim_rows("speaker_id content", opening="Plant\n\nThe plant is old. ")


class TestParsedSentences:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (FOUNDER, [("jo-bell", "the plant would close next year")]),
            (BANK, [("grobco", "profits had fallen sharply")]),
            (SEMICOLON, [("grobco", "profits had fallen sharply")]),
            (LONG, [("jo-bell", "the plant would close next year")]),
            (TWO_PAIRS, [("jo-bell", "the plant - the town's biggest employer - would close next year")]),
        ],
    )
    def test_the_name_before_the_aside_speaks(self, sentence: str, expected: list) -> None:
        assert _found(sentence) == expected

    def test_a_dash_breaking_the_sentence_makes_no_claim(self) -> None:
        assert _found(BREAK) == []

    @pytest.mark.parametrize("after", ["- at a meeting.", "."])
    def test_the_name_after_the_verb_keeps_its_aside_out(self, after: str) -> None:
        # the parse closes the subject: a dash that opens an aside never closed is enough
        found = _found(f'"The plant will close next year," said Jo Bell - Grobco\'s founder {after}')
        assert found == [("jo-bell", "The plant will close next year")]


class TestSharedPieces:
    @pytest.mark.parametrize("sentence", [FOUNDER, BANK, SEMICOLON, LONG, TWO_PAIRS])
    def test_the_aside_starts_where_the_name_ends(self, sentence: str) -> None:
        match = DASHED_ASIDE.search(sentence)
        assert match is not None and sentence[: match.start("aside")] in ("Jo Bell", "Grobco")

    def test_a_dash_breaking_the_sentence_is_no_aside(self) -> None:
        assert DASHED_ASIDE.search(BREAK) is None

    def test_an_aside_past_ninety_characters_is_none(self) -> None:
        assert DASHED_ASIDE.search("Jo Bell - " + "a long aside " * 8 + "- said so.") is None

    def test_only_a_person_or_organisation_ending_at_the_dash(self) -> None:
        body = "The head of Grobco in Tarwin - a banker - said so."
        dash_at = body.index(" - ")
        place = _mention(body, "Tarwin", "PLACE")
        bank = _mention(body, "Grobco", "ORG")
        assert named_before_dash([bank, place], dash_at) is None
        head = Mention("tarwin-head", "Grobco in Tarwin", "PERSON", bank.start, place.end, 0)
        assert named_before_dash([bank, head], dash_at) == head


class TestBrokenParse:
    """shapes._dashed_subject_claim, for the sentence whose parse left "said" without a subject:
    it reads the text alone, so a blank pipeline's doc does."""

    def _claims(self, sentence: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
        import spacy

        mentions = [_mention(sentence, name, label) for name, label in names]

        class Context:
            def mentions_in(self, start: int, end: int) -> list[Mention]:
                return [m for m in mentions if start <= m.start and m.end <= end]

            def is_media(self, entity_id: str) -> bool:
                return False

        found: list[tuple[str, str]] = []
        doc = spacy.blank("en")(sentence)
        _dashed_subject_claim(
            doc, 0, 0, Context(), lambda d, _: found.append((d.speaker, sentence[d.start : d.end])), 0, len(sentence)
        )
        return found

    def test_the_bank_speaks(self) -> None:
        assert self._claims(BANK, ("Grobco", "ORG")) == [("Grobco", "profits had fallen sharply")]

    def test_an_aside_with_a_semicolon(self) -> None:
        assert self._claims(SEMICOLON, ("Grobco", "ORG")) == [("Grobco", "profits had fallen sharply")]

    def test_two_pairs_of_dashes_the_first_aside_closes_the_name(self) -> None:
        assert self._claims(TWO_PAIRS, ("Jo Bell", "PERSON")) == [
            ("Jo Bell", "the plant - the town's biggest employer - would close next year")
        ]

    def test_a_dash_breaking_the_sentence_makes_no_claim(self) -> None:
        assert self._claims(BREAK, ("Jo Bell", "PERSON")) == []

    def test_a_place_before_the_dash_says_nothing(self) -> None:
        assert self._claims("Tarwin - the country's biggest port - said profits had fallen.", ("Tarwin", "PLACE")) == []


class TestNoParsedSubject:
    """paragraphs.interrupted_subjects, for a sentence opening with the name (no parse needed)."""

    def _claims(self, sentence: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
        mentions = [_mention(sentence, name, label) for name, label in names]
        paragraph = Paragraph(0, 0, len(sentence))
        return [(d.speaker, d.content) for d in interrupted_subjects(sentence, [paragraph], [], mentions)]

    def test_a_person_opening_the_sentence_speaks(self) -> None:
        sentence = "Tom Vell - the firm's founder - warned that the plant was running late."
        assert self._claims(sentence, ("Tom Vell", "PERSON")) == [("Tom Vell", "the plant was running late")]

    def test_an_organisation_after_but_speaks(self) -> None:
        sentence = "But Grobco - the country's biggest bank - admitted last week that profits had fallen."
        assert self._claims(sentence, ("Grobco", "ORG")) == [("Grobco", "profits had fallen")]

    def test_a_name_inside_a_longer_opening_is_not_the_speaker(self) -> None:
        sentence = "The head of Grobco - the country's biggest bank - admitted that profits had fallen."
        assert self._claims(sentence, ("Grobco", "ORG")) == []

    def test_two_pairs_of_dashes_the_first_aside_closes_the_name(self) -> None:
        sentence = "Tom Vell - the firm's founder - admitted that the plant - the town's employer - was late."
        assert self._claims(sentence, ("Tom Vell", "PERSON")) == [
            ("Tom Vell", "the plant - the town's employer - was late")
        ]

    # the aside as the other two readers take it (before, this reader took none with a semicolon,
    # a colon or a full stop, nor any past 60 characters): these two failed on the old code
    @pytest.mark.parametrize(
        "aside",
        [
            "the firm's founder; a keen walker",
            "the founder of the firm that built the plant on the edge of the town long ago",
            "the founder of Grobco Inc. and its chairman",
        ],
    )
    def test_the_shared_aside(self, aside: str) -> None:
        sentence = f"Tom Vell - {aside} - warned that the plant was running late."
        assert self._claims(sentence, ("Tom Vell", "PERSON")) == [("Tom Vell", "the plant was running late")]

    def test_a_dash_breaking_the_sentence_makes_no_claim(self) -> None:
        assert self._claims("Tom Vell left - and admitted that the plant was late.", ("Tom Vell", "PERSON")) == []
