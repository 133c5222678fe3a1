"""Session 35 (issue 11): a bare "she"/"he" one sentence after its person, left unresolved by the
start code though the sentence before makes the person plain, on invented sentences.

- "Ann Bell won ..., beating stars including Mia Rowe, Kim Tarko and Jo Vell. '...,' she said":
  the women of a list after "including" (and its commas) are no rival subjects. Guards: "Ann
  Bell and Mia Rowe shared the award" and "Ann Bell beat Mia Rowe in the final" stay unresolved.
- "Ann Bell blamed her defeat by Mia Rowe on injuries. '...,' she said": the agent of a thing
  owned ("her defeat by") is no rival subject. Guard: the agent of a passive ("Ann Bell was
  beaten by Mia Rowe") may be who speaks: unresolved, as before.
- "'...,' said Mia Rowe. Ann Bell, 24, was disappointed with her display. 'She played some nice
  points, but it was mostly me ...,' she said": a sentence telling how the person took it (a verb
  of being and a feeling) gives the next words to them, though they speak of a third "she" as the
  one who spoke before might have. Guards: "Ann Bell has struggled this season" (no feeling) and
  "Ann Bell was upset with Kim Tarko" (another woman named) leave the start code's answer.
- "On Wednesday Transport Minister Tom Pell said in a statement: '...' Last Friday the minister
  had announced ...": a definite description of an office right after the person the article
  titled so spoke is that person. Guards: another holder of the head word in the passage
  ("Deputy Minister Ian Kell"), someone named between, and a speaker the article never titled
  so leave the start code's answer.
"""

from __future__ import annotations

from nlp_util import claims_of


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker_id, c.content) for c in claims_of(text)]


_AWARDS = (
    "Grobton film wins top award\n\n"
    "The Velt Awards were handed out in Tarbury on Sunday night.\n\n"
    '"It was a wonderful adventure," said director Tom Pell. "I am lucky to be still working." '
)
_QUOTE = '"I don\'t know what I did in this life to deserve this," she told the audience.'


class TestIncludingList:
    def test_list_after_including_is_no_rival(self) -> None:
        found = _speakers(
            _AWARDS + "Ann Bell picked up her second best actress award for playing a boxer in Grobton, "
            "beating stars including Mia Rowe, Kim Tarko and Jo Vell. " + _QUOTE
        )
        assert found[-1][0] == "ann-bell"

    def test_two_subjects_stay_unresolved(self) -> None:
        found = _speakers(_AWARDS + "Ann Bell and Mia Rowe shared the best actress award for Grobton. " + _QUOTE)
        assert found[-1][0] is None

    def test_subject_and_object_stay_unresolved(self) -> None:
        found = _speakers(_AWARDS + "Ann Bell beat Mia Rowe to the best actress award for Grobton. " + _QUOTE)
        assert found[-1][0] is None


_TENNIS = (
    "Bell out of Velt Open\n\n"
    "Ann Bell is out of the Velt Open in Tarbury after losing in the first round on Tuesday.\n\n"
    '"I am looking forward to a great match," said Kim Tarko, who plays Mia Rowe next. '
)
_BLISTERS = '"Blisters were a factor, but mostly my stomach was not that great," she said.'


class TestOwnedThingBy:
    def test_defeat_by_is_no_rival(self) -> None:
        found = _speakers(_TENNIS + "Ann Bell though blamed her defeat by Mia Rowe on injuries. " + _BLISTERS)
        assert found[-1][0] == "ann-bell"

    def test_passive_agent_stays_unresolved(self) -> None:
        found = _speakers(_TENNIS + "Ann Bell was beaten by Mia Rowe in three sets. " + _BLISTERS)
        assert found[-1][0] is None


_MATCH = (
    "Rowe beats Bell in Grobton\n\n"
    "Mia Rowe beat Ann Bell 6-3 6-2 in an exhibition match in Grobton on Saturday.\n\n"
    '"It is really a great start to the year. I was trying to play my best," said Rowe. '
)
_NICE = '"She played some nice points, but it was mostly me making unforced errors," she said.'


class TestReactionBefore:
    def test_feeling_gives_the_next_words(self) -> None:
        found = _speakers(_MATCH + "Bell, 24, was disappointed with her display. " + _NICE)
        assert found[-1][0] == "ann-bell"

    def test_no_feeling_no_change(self) -> None:
        found = _speakers(_MATCH + "Bell, 24, has struggled for form this season. " + _NICE)
        assert found[-1][0] != "ann-bell"

    def test_another_woman_named_no_change(self) -> None:
        found = _speakers(_MATCH + "Bell was upset with Kim Tarko after the match. " + _NICE)
        assert found[-1][0] != "ann-bell"


_AIRLINE = (
    "Grobland delays airline sale\n\nThe sale of Velt Air, Grobland's state airline, has been put off until the summer.\n\n"
    "That decision followed an announcement by Prime Minister Dan Rowe, who ruled out a buy-out.\n\n"
    '"What I do after I leave Velt Air is still too early to say," chief executive Jim Orr told reporters. '
    "Mr Orr denied he had been forced out early.\n\n"
)
_STATEMENT = (
    'On Wednesday Grobland Transport Minister Tom Pell said in a statement: "A conflict of interest '
    'will not be allowed to arise between their roles." '
)
_ANNOUNCED = "Last Friday the minister had announced he was to advertise for three senior executives."


class TestRoleOfTheOneWhoSpoke:
    """ "said Transport Minister Tom Pell. Last Friday the minister had announced ...": the
    description goes on with the person who spoke just before, whom the article gave that title."""

    def test_minister_after_the_minister_spoke(self) -> None:
        found = _speakers(_AIRLINE + _STATEMENT + _ANNOUNCED)
        assert found[-1][0] == "tom-pell"

    def test_another_minister_in_the_passage(self) -> None:
        found = _speakers(_AIRLINE + "Deputy Minister Ian Kell backed the sale on Monday. " + _STATEMENT + _ANNOUNCED)
        assert found[-1][0] != "tom-pell"

    def test_someone_named_between(self) -> None:
        found = _speakers(_AIRLINE + _STATEMENT + "Ian Kell, a Velt Air director, was not told. " + _ANNOUNCED)
        assert found[-1][0] != "tom-pell"

    def test_title_not_given(self) -> None:
        found = _speakers(
            _AIRLINE + 'On Wednesday Tom Pell said in a statement: "A conflict of interest will not be '
            'allowed to arise between their roles." ' + _ANNOUNCED
        )
        assert found[-1][0] != "tom-pell"

    def test_deputy_is_another_office(self) -> None:
        found = _speakers(
            _AIRLINE.replace("Prime Minister Dan Rowe", "Dan Rowe")
            + 'On Wednesday Deputy Prime Minister Tom Pell said in a statement: "A conflict of interest '
            'will not be allowed to arise between their roles." Last Friday the prime minister had announced '
            "he was to advertise for three senior executives."
        )
        assert found[-1][0] != "tom-pell"
