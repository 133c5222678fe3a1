"""Session 39, mends of the claims review (REVIEW_claims39), on sentences written for the purpose
(none copied from any corpus).

- #1 '"...!" Tom Pell tweeted on Sunday.': the quotation before must be a sentence of its own, not
  the words of a sentence that names its own speaker ('Protesters chanted "Resign now!" Tom Pell
  replied on Twitter.').
- #2 ", which X says ...": no restoration onto a person noun ("which" then stands for the clause),
  onto a time phrase, nor for "whose".
- #3 "gave assurances that A, but critics gave warnings that B": the content ends before the
  verb's own joined clause; "gave assurances that", the clause hung on "gave", is found.
- #4 "was sceptical that X": not written as "be confident"; no claim.
- #6 a lead description ("A senior minister has resigned, saying ...") is not named by a next
  sentence whose name has a title of its own or speaks of "the minister".
- #7 "..., which Moscow says were aimed at ...": the word before "which" not a noun: content as is.
- #5 "According to a memo written by his deputy, Tom Pell told ...": another's writing keeps its
  claim beside the inner speaker's.
- #8 "Standing beside his wife, Sasha Kovalenko told ...": a kin word in a preposition's phrase gives
  the named person no sex.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker content", opening=QUAY, bare=True)


class TestQuoteBeforeIsItsOwnSentence:
    def test_chanted_quote_is_not_the_next_speakers(self) -> None:
        found = _found('Protesters outside the hall chanted "Resign now!" Tom Pell replied on Twitter.')
        assert ("Tom Pell", "Resign now!") not in found and all(s != "Tom Pell" for s, _ in found)

    def test_sign_read_is_not_the_next_speakers(self) -> None:
        found = _found('The sign read "No war!" Ann Bell commented on Instagram.')
        assert all(s != "Ann Bell" for s, _ in found)

    def test_quote_alone_still_given(self) -> None:
        found = _found('"We will be back!" Tom Pell tweeted on Sunday.')
        assert [s for s, _ in found] == ["Tom Pell"]


class TestWhichRestoration:
    def test_which_after_a_person_noun_is_the_clause(self) -> None:
        found = _found("Russia recalled its envoy, which Western diplomats said was a sign of anger.")
        assert all(not c.startswith("its envoy") for _, c in found)

    def test_which_after_the_general(self) -> None:
        found = _found("The Kremlin fired the general, which analysts believe signals a purge.")
        assert all(not c.startswith("the general") for _, c in found)

    def test_which_with_a_comment_on_the_event(self) -> None:
        found = _found("Tom Pell pardoned the blogger, which his supporters said showed mercy.")
        assert all(not c.startswith("the blogger") for _, c in found)

    def test_which_after_a_time_phrase(self) -> None:
        found = _found("The court jailed three activists last year, which rights groups say was politically motivated.")
        assert all(not c.startswith("last year") for _, c in found)

    def test_whose_is_not_restored(self) -> None:
        found = _found("The singer, whose album critics say is her best, will tour in May.")
        assert all(not c.startswith("The singer") for _, c in found)

    def test_thing_noun_still_restored(self) -> None:
        found = _found("Tom Pell sold the ranch, which Velco says is lying idle.")
        assert [c for _, c in found] == ["the ranch is lying idle"]

    def test_which_after_an_adverb_keeps_the_claim(self) -> None:
        found = _found("Kyiv shot down 20 drones overnight, which Moscow says were aimed at military targets.")
        assert found == [("Moscow", "were aimed at military targets")]


class TestScepticalIsNoConfidence:
    def test_sceptical_that_is_not_confident(self) -> None:
        claims = claims_of(QUAY + "The regulator was sceptical that the merger would benefit consumers.")
        assert all(c.verb != "be confident" for c in claims)


class TestKinInAPhrase:
    def test_beside_his_wife(self) -> None:
        text = (
            "Fire\n\nStanding beside his wife, Sasha Kovalenko told reporters the house was gone. "
            '"We lost everything," he said.'
        )
        speakers = [c.speaker for c in claims_of(text)]
        assert speakers.count("Sasha Kovalenko") == 2

    def test_alongside_her_husband(self) -> None:
        text = (
            "Ward\n\nAlongside her husband, Lee Min said the hospital had refused to help. "
            '"He was left alone," she said.'
        )
        speakers = [c.speaker for c in claims_of(text)]
        assert speakers.count("Lee Min") == 2


class TestWritingByAnother:
    def test_memo_written_by_his_deputy_keeps_the_memo(self) -> None:
        found = _found("According to a memo written by his deputy, Tom Pell told staff that the audit would be buried.")
        assert len(found) == 2, found

    def test_letter_sent_by_another(self) -> None:
        found = _found(
            "According to a letter sent by Ann Bell to the committee, Tom Pell said the tests had been faked."
        )
        assert len(found) == 2, found

    def test_memo_obtained_by_a_paper_is_the_speakers(self) -> None:
        found = _found("According to emails obtained by the Velt Times, Tom Pell told aides that the vote was lost.")
        assert [s for s, _ in found] == ["Tom Pell"], found


class TestGaveAssurances:
    def test_critics_warning_is_not_the_presidents(self) -> None:
        found = _found(
            "The president gave his assurance that troops would not be sent, "
            "but critics gave warnings that the promise meant little."
        )
        assert all("critics" not in c for _, c in found), found
        assert ("critics", "the promise meant little") in found

    def test_clause_hung_on_gave(self) -> None:
        assert _found("The minister gave assurances that jobs were safe.") == [("The minister", "jobs were safe")]

    def test_a_second_clause_of_the_assurance_stays_in_it(self) -> None:
        # final read: the cut took any clause with a subject of its own, not only a statement's
        found = _found("Tom Pell gave assurances that jobs were safe and the plant would stay open.")
        assert found == [("Tom Pell", "jobs were safe and the plant would stay open")], found

    def test_gave_an_assurance_still_found(self) -> None:
        assert _found("Tom Pell gave an assurance that the plant would stay open.") == [
            ("Tom Pell", "the plant would stay open")
        ]


class TestLeadDescriptionNamedNext:
    def test_name_with_another_title_speaking_of_the_one_described(self) -> None:
        text = (
            "Resignation\n\nA senior Velt minister has resigned, saying he had been betrayed by the prime minister."
            '\n\nTom Pell, the prime minister, said the minister\'s departure was "a loss for the country".'
        )
        claim = next(c for c in claims_of(text) if c.content.startswith("he had been betrayed"))
        assert claim.speaker_id is None

    def test_name_next_still_given(self) -> None:
        text = (
            "Resignation\n\nA senior Velt minister has resigned, saying he had been betrayed."
            "\n\nTom Pell said he could no longer serve in the cabinet."
        )
        claim = next(c for c in claims_of(text) if c.content.startswith("he had been betrayed"))
        assert claim.speaker_id == "tom-pell"
