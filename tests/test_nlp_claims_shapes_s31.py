"""Session 31 (issue 11): which sentences are claims, on sentences written for the purpose (none
copied from any corpus).

- Words not yet said are no claim (GUIDE: "hypothetical or future speech ('will say', 'is expected
  to announce')"): "Tom Pell will tell the conference: '...'", "Ann Bell is to tell MPs that ...",
  '"...," he will say.', a quote paragraph continuing such a speech, and a participle of saying
  joined to it ("will argue A, saying B"). Never "said he will tell the court that ..." (a claim of
  "said"), "would only say: ..." (said), nor "will step down, saying ..." (the saying was done).
- "Addressing claims that X, Tom Pell said ...": the participle and its noun are no speaker and
  no claim ("claims" tagged a verb); the claim is Tom Pell's.
- "The 31-year-old insisted ...", '"...," the 31-year-old said': the age the parser hung on the verb
  as an adjective is mended into its subject; the claim is found, its speaker the one person the
  passage makes it (as any "the 31-year-old"), else left unresolved.
- "..., state media report.", "..., local press reports.": the press no outlet names closing the
  sentence is an unnamed speaker (no id, no outlet).
- 'It continued: "..."': "it" going on with a quote after a colon is a claim, its speaker
  unresolved when "it" names nobody ("It continued to rise" is none).
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestFutureSpeech:
    def test_will_tell_with_a_colon_quote(self) -> None:
        assert _found('Mr Velt will tell the conference: "We will cut taxes."') == []

    def test_is_to_tell_with_a_colon_quote_and_its_continued_paragraph(self) -> None:
        found = _found(
            'Ann Bell is to tell the conference: "We are ready to govern.\n\n"And we will win the election."'
        )
        assert found == []

    def test_is_to_tell_that(self) -> None:
        assert _found("Tom Pell is to tell the conference that taxes will fall.") == []

    def test_quote_closed_by_he_will_say(self) -> None:
        found = _found('Tom Pell said: "We are ready."\n\n"Taxes are too high," he will say.')
        assert not any(c.startswith("Taxes") for _, _, c in found)

    def test_participle_joined_to_a_future_speech(self) -> None:
        assert _found("Ms Bell will argue against the plan, saying it is unfair.") == []
        assert _found('In her speech, Ms Bell will argue that the plan failed, adding that "nobody wanted it".') == []

    def test_participle_on_the_object_of_a_future_speech(self) -> None:
        assert _found('But Ms Bell will argue against the new levy saying it is "clumsy and unfair".') == []

    def test_participle_on_the_object_of_a_past_act_speaks(self) -> None:
        assert ("Tom Pell", "saying", "it was unfair") in _found("Tom Pell attacked the levy saying it was unfair.")

    def test_said_he_will_tell_is_a_claim_of_said(self) -> None:
        assert ("Velt", "said", "he will tell the court that he is innocent") in _found(
            "Mr Velt said he will tell the court that he is innocent."
        )

    def test_would_only_say_is_said(self) -> None:
        assert ("A spokeswoman", "say", "The date is not fixed") in _found(
            'A spokeswoman would only say: "The date is not fixed."'
        )

    def test_participle_after_a_future_act_is_said(self) -> None:
        assert ("Tom Pell", "saying", "he wants to rest") in _found(
            "Tom Pell will step down next month, saying he wants to rest."
        )

    def test_a_quote_paragraph_after_a_said_claim_goes_on(self) -> None:
        found = _found('Ann Bell told the conference: "We are ready to govern.\n\n"And we will win the election."')
        assert [s for s, _, _ in found] == ["Ann Bell", "Ann Bell"]

    def test_according_to_before_a_future_act_stays(self) -> None:
        found = _found(
            "According to analysts' forecasts, Grobco, the biggest bank in Quay, will report profits of 9bn "
            "later this month."
        )
        assert [s for s, _, _ in found] == ["analysts' forecasts"]

    def test_according_to_before_a_future_speech_stays(self) -> None:
        found = _found("According to Tom Pell, Ann Bell will tell the conference that taxes will fall.")
        assert found == [("Tom Pell", "", "Ann Bell will tell the conference that taxes will fall")]


class TestParticipleBeforeTheSpeaker:
    def test_addressing_claims_is_no_speaker(self) -> None:
        found = _found(
            "Addressing claims that the old pier was unsafe, Mr Velt told the Quay Gazette: "
            '"Our engineers checked it twice in May."'
        )
        assert [s for s, _, _ in found] == ["Velt"]

    def test_answering_claims_then_said(self) -> None:
        found = _found('Answering claims that the club was broke, Ann Bell said: "We have money."')
        assert found == [("Ann Bell", "said", "We have money")]

    def test_a_name_ending_in_ing_still_speaks(self) -> None:
        found = _found("Grobco supplies Velting.\n\nVelting says the order is late.")
        assert ("Velting", "says", "the order is late") in found


class TestAgeAsTheSpeaker:
    def test_age_insisted_with_one_person(self) -> None:
        found = claims_of(QUAY + "Tom Pell won in Quay on Sunday. The 31-year-old insisted he was happy.")
        assert [(c.speaker, c.speaker_id, c.content) for c in found] == [
            ("The 31-year-old", "tom-pell", "he was happy")
        ]

    def test_age_insisted_with_two_people_is_found_unresolved(self) -> None:
        found = claims_of(QUAY + "Jim Velt thanked Tom Pell. The 31-year-old insisted he was happy.")
        assert [(c.speaker, c.speaker_id, c.content) for c in found] == [("The 31-year-old", None, "he was happy")]

    def test_age_after_a_quote(self) -> None:
        found = claims_of(QUAY + 'Jim Velt thanked Tom Pell. "I am happy," the 31-year-old said.')
        assert [(c.speaker, c.speaker_id) for c in found] == [("the 31-year-old", None)]

    def test_age_as_an_adjective_of_a_noun_is_no_speaker(self) -> None:
        found = claims_of(QUAY + "Tom Pell signed the 31-year-old striker on Monday.")
        assert found == []


class TestUnnamedPress:
    def test_state_media_report_closing_the_sentence(self) -> None:
        found = claims_of(QUAY + "Velt's efforts to cool the economy will continue into 2006, state media report.")
        assert [(c.speaker, c.speaker_id, c.outlets, c.content) for c in found] == [
            ("state media", None, [], "Velt's efforts to cool the economy will continue into 2006")
        ]

    def test_local_press_reports(self) -> None:
        found = claims_of(QUAY + "Veltland suffered a weekend of protests against fuel prices, local press reports.")
        assert [(c.speaker, c.speaker_id) for c in found] == [("local press", None)]

    def test_an_annual_report_closing_a_sentence_is_no_claim(self) -> None:
        assert claims_of(QUAY + "Grobco lost money in 2004, its annual report.") == []
        assert claims_of(QUAY + "The figures come from Grobco, the trade report.") == []


class TestItContinued:
    def test_it_continued_with_a_colon_quote(self) -> None:
        found = claims_of(QUAY + 'The Grobco report criticised the council. It continued: "The council failed to act."')
        assert [(c.speaker_id, c.content) for c in found] == [(None, "The council failed to act.")]

    def test_it_continued_to_rise_is_no_claim(self) -> None:
        assert claims_of(QUAY + "Prices rose in May. It continued to rise in June.") == []
