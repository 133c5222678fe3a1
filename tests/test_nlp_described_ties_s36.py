"""Session 36 (issue 11): a speaker written as a description of a person the article named, with
the role, membership or nationality the article gave that person, on invented sentences.

- "The Tory co-chairman attacked ...": the parser split "co-chairman" into subjects of the verb
  and the speaker was cut to "The Tory co"; the hyphenated word is mended whole, and the
  description then resolves as any office does ("Tory co-chairman Tom Pell" before it).
- "the Velt Rovers boss said" after "Velt Rovers manager Tom Pell" (a team's head under another
  word), "Tom Pell, the Velt Rovers manager," or "Tom Pell's Velt Rovers"; "the Grobton striker"
  after "Grobton's Ian Kell": the one person tied to the team the description names. Guards: two
  people tied to it, only another team's manager, a past tie ("former Velt Rovers manager"), and
  someone titled "manager" with no team leave it unresolved; a team's manager is no "striker".
- "The Toon boss vowed ..." after "Magpies manager Tom Pell" in an article naming Newcastle: a
  club's nickname from the entity table (the club the article names). Guard: the nickname of a
  club the article does not name ("Toon" beside Notts County, also the "Magpies") stays unresolved.
- "the 34-year-old revealed ..." after "At 34, Ann Bell knows ...": the age given so is the person's
  too. Guard: another person given the same age ("Rowe, 34,") leaves it unresolved (the start code
  gave it to her).
- "X is fighting two lawsuits - one accusing it of ...": the thing in apposition before a
  participle hung on the verb accuses, never X (guard: "X sued Y, accusing it of ..." is X's).
- "The Argentine said" after "Argentine Mia Rowe": the one person given that nationality by name,
  named in the paragraph or the one before. Guards: two people given it, and one named only
  paragraphs before, leave it unresolved.
"""

from __future__ import annotations

from nlp_util import found_claim

_MATCH = "Velt Rovers lose again\n\nVelt Rovers lost 3-0 to Grobton on Saturday, their fifth defeat in a row. "
_BOSS = '\n\nKell scored twice. "We were not good enough on the day," the Velt Rovers boss said.'


def _speaker(text: str, content: str) -> str | None:
    return found_claim(text, content).speaker_id


class TestHyphenatedSubject:
    def test_co_chairman_is_whole(self) -> None:
        text = (
            "Tory row grows\n\nTory co-chairman Tom Pell was speaking after Mr Blair told the conference the plans "
            "were vague. Mr Blair said the Tories would cut spending.\n\n"
            'The Tory co-chairman attacked the pledges as "vacuous" and said Mr Blair was worried.'
        )
        claim = found_claim(text, "Mr Blair was worried")
        assert claim.speaker == "The Tory co-chairman"
        assert claim.speaker_id == "tom-pell"

    def test_two_co_chairmen_stay_unresolved(self) -> None:
        text = (
            "Tory row grows\n\nTory co-chairman Tom Pell and Tory co-chairman Ian Kell spoke after Mr Blair "
            "told the conference the plans were vague.\n\n"
            'The Tory co-chairman attacked the pledges as "vacuous" and said Mr Blair was worried.'
        )
        assert _speaker(text, "Mr Blair was worried") is None


class TestTiedRole:
    def test_party_by_another_of_its_names(self) -> None:
        text = (
            "Tory row grows\n\nConservative co-chairman Tom Pell spoke after Mr Blair and Ian Kell told the "
            "conference the plans were vague.\n\n"
            'The Tory co-chairman attacked the pledges as "vacuous" and said Mr Blair was worried.'
        )
        assert _speaker(text, "Mr Blair was worried") == "tom-pell"

    def test_other_partys_co_chairman_stays_unresolved(self) -> None:
        text = (
            "Tory row grows\n\nLabour co-chairman Tom Pell spoke after Mr Blair and Ian Kell told the "
            "conference the plans were vague.\n\n"
            'The Tory co-chairman attacked the pledges as "vacuous" and said Mr Blair was worried.'
        )
        assert _speaker(text, "Mr Blair was worried") is None

    def test_manager_is_the_boss(self) -> None:
        text = _MATCH + "Velt Rovers manager Tom Pell and Grobton striker Ian Kell were both booked." + _BOSS
        assert _speaker(text, "We were not good enough") == "tom-pell"

    def test_apposition_gives_the_role(self) -> None:
        text = _MATCH + "Tom Pell, the Velt Rovers manager, and Grobton striker Ian Kell were both booked." + _BOSS
        assert _speaker(text, "We were not good enough") == "tom-pell"

    def test_possessive_team_is_its_heads(self) -> None:
        text = _MATCH + "It was a bad day for Tom Pell's Velt Rovers, and Ian Kell of Grobton was booked." + _BOSS
        assert _speaker(text, "We were not good enough") == "tom-pell"

    def test_possessive_player(self) -> None:
        text = (
            "Grobton win again\n\nGrobton beat Velt Rovers 3-0 on Saturday. Grobton's Ian Kell and Velt Rovers "
            "manager Tom Pell were both booked.\n\n"
            'Pell and Ron Tull were furious. "I did not touch him," the Grobton striker said.'
        )
        assert _speaker(text, "I did not touch him") == "ian-kell"

    def test_two_tied_stay_unresolved(self) -> None:
        text = _MATCH + "Velt Rovers manager Tom Pell and Velt Rovers coach Ian Kell were both booked." + _BOSS
        assert _speaker(text, "We were not good enough") is None

    def test_other_teams_manager_stays_unresolved(self) -> None:
        text = _MATCH + "Grobton manager Tom Pell and Velt Rovers striker Ian Kell were both booked." + _BOSS
        assert _speaker(text, "We were not good enough") is None

    def test_former_manager_stays_unresolved(self) -> None:
        text = _MATCH + "Former Velt Rovers manager Tom Pell and Grobton striker Ian Kell watched." + _BOSS
        assert _speaker(text, "We were not good enough") is None

    def test_untied_manager_stays_unresolved(self) -> None:
        text = _MATCH + "Velt Rovers manager Tom Pell and manager Ian Kell were both booked." + _BOSS
        assert _speaker(text, "We were not good enough") is None

    def test_manager_is_no_striker(self) -> None:
        text = (
            "Grobton win again\n\nGrobton beat Velt Rovers 3-0 on Saturday. Grobton's Tom Pell, the Grobton "
            "manager, was booked.\n\n"
            '"I did not touch him," the Grobton striker said.'
        )
        assert _speaker(text, "I did not touch him") is None


class TestClubNickname:
    _TEXT = (
        "Kell set for loan move\n\n{club} striker Ian Kell is discussing a loan move to Grobton, the club said.\n\n"
        "The striker fell out with Magpies manager Tom Pell in January. The Toon boss vowed Kell would not "
        "play again after a row over his exclusion."
    )

    def test_nickname_of_the_club_named(self) -> None:
        assert _speaker(self._TEXT.format(club="Newcastle"), "Kell would not play") == "tom-pell"

    def test_nickname_of_another_club_stays_unresolved(self) -> None:
        assert _speaker(self._TEXT.format(club="Notts County"), "Kell would not play") is None


_OPEN = "Bell reaches semi-final\n\n"
_ARGENTINE = (
    '\n\nThe Argentine had stoked up the row by saying Bell\'s celebrations were "not very good for the sport".'
)


class TestGivenNationality:
    def test_the_one_given_it(self) -> None:
        text = (
            _OPEN + "Ann Bell came through a long battle with Argentine Mia Rowe to reach the semi-finals. "
            "Rowe had never come back from two sets down, and Bell dominated the first two sets." + _ARGENTINE
        )
        assert _speaker(text, "Bell's celebrations") == "mia-rowe"

    def test_two_given_it_stay_unresolved(self) -> None:
        text = (
            _OPEN + "Ann Bell came through a long battle with Argentine Mia Rowe to reach the semi-finals, where "
            "she meets Argentine Kim Tarko. Rowe had never come back from two sets down, and Bell dominated the "
            "first two sets." + _ARGENTINE
        )
        assert _speaker(text, "Bell's celebrations") is None

    def test_one_named_long_before_stays_unresolved(self) -> None:
        text = (
            _OPEN + "Ann Bell came through a long battle with Argentine Mia Rowe to reach the semi-finals.\n\n"
            "The crowd in Tarbury was the biggest of the week.\n\n"
            "Ticket sales rose by a fifth on last year, the organisers said." + _ARGENTINE
        )
        assert _speaker(text, "Bell's celebrations") is None


_AGE = (
    "Bell weighs up her future\n\nAnn Bell has not decided whether to race indoors this winter, and Mia Rowe "
    'and Kim Tarko are waiting.\n\n"That is what I don\'t know," Bell said. At 34, Bell knows that time is '
    "running out{rest}\n\nThe day after her win in Tarbury, the 34-year-old revealed she would still like to "
    "win an indoor title."
)


class TestAgeGivenAt:
    def test_at_age_comma_name(self) -> None:
        text = _AGE.format(rest=". Rowe and Tarko are younger.")
        assert _speaker(text, "she would still like") == "ann-bell"

    def test_two_given_the_age_stay_unresolved(self) -> None:
        # the start code gave it to Rowe, the only one it saw given the age
        text = _AGE.format(rest=", and Rowe, 34, feels the same.")
        assert _speaker(text, "she would still like") is None


class TestThingInApposition:
    """Exposed by the hyphen mend ("Wal-Mart" no longer cut to an unresolved "Mart"): "X is fighting
    two lawsuits - one accusing it of ...", the participle hung on the sentence's verb, was given
    to X; the thing in apposition right before the participle is what accuses, unnamed."""

    def test_lawsuit_accuses_not_the_firm(self) -> None:
        text = (
            "Shop row\n\nGrobco is also fighting two lawsuits - one accusing it of cheating its staff and "
            "another alleging it cheats its suppliers."
        )
        claim = found_claim(text, "it of cheating")
        assert claim.speaker_id is None

    def test_subject_going_on_keeps_its_words(self) -> None:
        text = "Shop row\n\nGrobco sued Velt last week, accusing it of copying its designs."
        assert _speaker(text, "it of copying") == "grobco"
