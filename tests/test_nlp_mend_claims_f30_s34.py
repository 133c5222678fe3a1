"""Session 34 mends (review claims34b) of round 2's claim and speaker rules, on invented sentences.

- "Jo Bell was careful not to say that ...": an adjective of a will to say, denied, reports
  nothing (`subjects._eager_to_say`); "was quick to point out that ..." still does.
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Quay\n\nDan Orr, a trader, said trade was slow in April.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)][1:]


class TestEagerToSayDenied:
    def test_not_to_say_no_claim(self) -> None:
        text = "Jo Bell was careful not to say that the deal was dead. Grobco was anxious not to suggest that the plant would close."
        assert _found(text) == []

    def test_quick_to_point_out_stays(self) -> None:
        assert _found("Grobco was quick to point out that prices had fallen.") == [
            ("Grobco", "grobco", "prices had fallen")
        ]


class TestWritingFromAnother:
    def test_letter_for_or_about_someone_leaves_it_open(self) -> None:
        for before in (
            "Jo Bell has been sacked by Grobco. In a letter from lawyers acting for Jo Bell, the firm is accused of bias.",
            "Grobco received a letter from supporters of Jo Bell on Monday.",
            "Ann Bell received a letter from Jo Bell's lawyer last week.",
        ):
            assert _found(before + '\n\n"You have no case," the letter said.') == [
                ("the letter", None, "You have no case")
            ]

    def test_letter_from_a_titled_maker_stays(self) -> None:
        text = (
            'Grobco published a letter from chief executive Jo Bell on Monday.\n\n"You have no case," the letter said.'
        )
        assert _found(text) == [("the letter", "jo-bell", "You have no case")]


class TestOfficerNamedNextAnotherVoice:
    _LEAD = (
        "Quay\n\nTwo Grobland rowers were wrongly cleared to race at the games, says the boss of the body "
        "that tested them.\n\n{opener}Velt Rowing Union boss Jim Lane told reporters the tests had been flawed."
    )

    @staticmethod
    def _lead_speaker(opener: str) -> str | None:
        found = claims_of(TestOfficerNamedNextAnotherVoice._LEAD.format(opener=opener))
        return next(c.speaker_id for c in found if c.content.startswith("Two Grobland rowers"))

    def test_connective_before_the_title_leaves_it_open(self) -> None:
        assert self._lead_speaker("But ") is None

    def test_title_opening_the_paragraph_stays(self) -> None:
        assert self._lead_speaker("") == "jim-lane"


class TestNameThenBareTitleOfAnother:
    def test_second_person_after_and_leaves_it_open(self) -> None:
        text = "The new rules will hurt small firms, said Tom Pell and a lawyer for Velt Rovers."
        assert [i for _, i, _ in _found(text)] == [None]

    def test_own_bare_title_stays(self) -> None:
        text = "The new rules will hurt small firms, says Tom Pell industry specialist for Grobland."
        assert [i for _, i, _ in _found(text)] == ["tom-pell"]


class TestSignFormsReachTheParse:
    def test_every_finite_form_of_signal(self) -> None:
        text = "Tom Pell signals that he wants a new deal. The unions signal that they want a new deal."
        assert [(i, c) for _, i, c in _found(text)] == [
            ("tom-pell", "he wants a new deal"),
            (None, "they want a new deal"),
        ]

    def test_signal_as_a_noun_or_a_participle_no_claim(self) -> None:
        text = (
            "Tom Pell sent a signal to Velt. Prices were rising, indicating that demand was strong. "
            "By dragging his feet, Tom Pell is indicating that he will not sign."
        )
        assert _found(text) == []

    def test_written_forms_double_a_british_l(self) -> None:
        from belreader.nlp.claims import vocabulary

        assert {"signals", "signaled", "signalled", "signalling"} <= set(vocabulary._written_forms("signal"))
        assert vocabulary._written_forms("reveal") == ["reveal", "reveals", "revealed", "revealing"]


class TestWritingsReadAsSigns:
    """A writing (statements, a letter) that "indicates" or "signals" something is evidence the
    author reads, nobody's statement; a body or people who signal speak."""

    def test_statements_that_indicate_no_claim(self) -> None:
        assert _found("Such contradictory statements indicate that Tom Pell tried to sway the court.") == []

    def test_a_body_or_people_signalling_stay(self) -> None:
        assert _found("The council has indicated that it will appeal.") == [("The council", None, "it will appeal")]
        assert _found("Tom Pell signals that he wants a new deal.") == [("Tom Pell", "tom-pell", "he wants a new deal")]


class TestSpokesmanAfterATimePhrase:
    """ "a former Velt spokesman" is not Velt's now, but a time phrase before the introduction ("Since
    then, a Velt spokesman ...") says nothing of when he spoke for Velt (final read, session 34)."""

    def test_since_then_a_spokesman_is_the_bodys(self) -> None:
        text = (
            "Velt Mining closed the pit in May. Since then, a Velt spokesman has declined to comment."
            " The spokesman said the pit would not reopen."
        )
        assert ("The spokesman", "velt-mining", "the pit would not reopen") in _found(text)

    def test_a_former_spokesman_stays_open(self) -> None:
        text = (
            "Velt Mining closed the pit in May. A former Velt spokesman has declined to comment."
            " The spokesman said the pit would not reopen."
        )
        assert ("The spokesman", None, "the pit would not reopen") in _found(text)
