"""Speakers and claims, session 29 mends of round 2's rules, on sentences written for the purpose
(none copied from any corpus).

- The rejoinder ("X said A but Y rejected his remarks. '...,' he said": Y) only for a verb that
  answers what X said; not a refusal, praise or an action X's own account tells ("X told the jury
  he had begged Y to stop but Y refused. '...,' he said": X).
- A title between "but" and the name ("but Brindco boss Y denied it") is still Y's clause.
- "whose" between a name and a verb other than "said" needs "that" ("X, whose ..., added a second
  in the 80th minute" is no claim).
- "The Mid-Vantry MEP" is not the article's one MP, nor is an MP brought in to comment on him.
- A later clause's subject leaves "he" open only when taking over ("but Y is taking over"), not
  for a past deed ("but Y left in 2003").
"""

from __future__ import annotations

from nlp_util import claim_rows

_found = claim_rows("speaker_id content", opening="Vantry news\n\n")


class TestRejoinderNarrowed:
    def test_a_refusal_in_the_speakers_account_keeps_the_quote(self) -> None:
        found = _found(
            'Ned Hask told the jury he had begged Lorne Quill to stop but Quill refused. "I was terrified," he said.'
        )
        assert found[-1] == ("ned-hask", "I was terrified")

    def test_a_refusal_keeps_the_speakers_content_whole(self) -> None:
        found = _found("Ned Hask said he had asked the council for help but Brindco refused.")
        assert found == [("ned-hask", "he had asked the council for help but Brindco refused")]

    def test_a_rejection_of_the_speakers_own_deed_keeps_the_quote(self) -> None:
        found = _found('Ned Hask said he had proposed a swap but Lorne Quill rejected it. "I am let down," he said.')
        assert found[-1] == ("ned-hask", "I am let down")

    def test_praise_is_no_rejoinder(self) -> None:
        found = _found(
            "Ned Hask admitted the club had erred but Lorne Quill praised his candour. "
            '"We got it wrong and I am sorry," he said.'
        )
        assert found[-1] == ("ned-hask", "We got it wrong and I am sorry")

    def test_a_rejection_of_the_speakers_words_still_answers(self) -> None:
        found = _found(
            "Ned Hask said he was tired of waiting for repairs but Lorne Quill rejected his claims. "
            '"We fixed it last year," he said.'
        )
        assert found == [("ned-hask", "he was tired of waiting for repairs"), ("lorne-quill", "We fixed it last year")]

    def test_a_title_before_the_later_subject(self) -> None:
        found = _found(
            'Ned Hask said the scheme was fair but Brindco boss Lorne Quill rejected it. "We will fight it," he said.'
        )
        assert found == [("ned-hask", "the scheme was fair"), ("lorne-quill", "We will fight it")]


class TestWhoseNeedsThat:
    def test_a_goal_added_is_no_claim(self) -> None:
        assert _found("Ned Hask, whose first goal came early, added a second in the 80th minute.") == []

    def test_a_prize_claimed_is_no_claim(self) -> None:
        assert _found("Ada Brill, whose firm went bust in 2001, claimed the top prize in 2004.") == []

    def test_a_penalty_conceded_is_no_claim(self) -> None:
        assert _found("Ned Hask, whose side led 2-0 at the break, conceded a penalty in the last minute.") == []


class TestSeatMember:
    _OPENING = (
        "Tory MP Ned Hask is to stand down.\n\nThe decision comes after Mr Hask was criticised over his expenses. "
    )

    def test_an_mep_is_not_the_mp(self) -> None:
        found = _found(self._OPENING + "The Mid-Vantry MEP said he should have gone long ago.")
        assert [sid for sid, _ in found if sid == "ned-hask"] == []

    def test_an_mp_brought_in_is_not_the_mp(self) -> None:
        found = _found(
            self._OPENING + "The Mid-Vantry MP, who led calls for him to quit, said the party had acted too slowly."
        )
        assert [sid for sid, _ in found if sid == "ned-hask"] == []


class TestPastDeedKeepsTheSpeaker:
    def test_a_later_subject_who_left(self) -> None:
        found = _found(
            'Ned Hask said the deal was done. "We are happy," he said. The shop grew fast but Lorne Quill '
            "left in 2003. The rest of the board stayed on. It was not easy, he said."
        )
        assert found[-1] == ("ned-hask", "It was not easy")
