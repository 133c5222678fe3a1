"""Speakers, session 30 round 2, on sentences written for the purpose (none copied from any corpus).

- "A Green Party MEP suggested ...": one member of a party (MP, MEP, councillor, peer) is a
  person, never the party; the person the next sentence opens with, whose apposition names the
  same party ("Jo Pellow, the Green Party's deputy leader, made the remarks"), else nobody.
- "The film showed Jo Pellow, at a rally, telling the crowd: ...": the person a film or footage
  shows speaks, not the recording; a person who "saw Tom Garside, saying ..." speaks himself; the
  words a poster puts in the mouth of the man it shows are not his.
- "The drummer of Because the Morning said": the words of a title after a subordinator the parser
  hung on the verb are no subject of it.
"""

from __future__ import annotations

from nlp_util import claim_rows, claims_of, speaker_of

_found = claim_rows("speaker speaker_id content", opening="Harbour news\n\n")


class TestPartyMember:
    def test_a_member_is_never_the_party(self) -> None:
        text = "Arson\n\nA Plaid Cymru MP believes the security services were involved in the fires."
        assert speaker_of(text, "the security services") is None

    def test_a_member_of_a_known_party(self) -> None:
        found = _found("A Liberal Democrat councillor said the tax on boats was unfair.")
        assert found == [("A Liberal Democrat councillor", None, "the tax on boats was unfair")]

    def test_the_member_named_next_with_the_same_party(self) -> None:
        text = (
            "Tax row\n\nA Green Party MEP suggested Ruritania saw the union as a club for the rich. "
            "Jo Pellow, the Green Party's deputy leader, made the remarks at a rally in Tarbury last spring."
        )
        assert speaker_of(text, "Ruritania saw the union") == "jo-pellow"

    def test_the_person_named_next_with_no_party_is_not_taken(self) -> None:
        text = (
            "Tax row\n\nA Green Party MEP suggested Ruritania saw the union as a club for the rich. "
            "Jo Pellow, a farmer from Tarbury, made the remarks at a rally last spring."
        )
        assert speaker_of(text, "Ruritania saw the union") is None

    def test_a_spokesman_still_speaks_for_the_party(self) -> None:
        text = "Arson\n\nA Plaid Cymru spokesman said the security services were involved in the fires."
        assert speaker_of(text, "the security services") == "plaid-cymru"


class TestPersonShown:
    def test_the_person_a_film_shows(self) -> None:
        text = 'Row\n\nThe film showed Jo Pellow, apparently speaking of the tax, telling the crowd: "We will win."'
        assert speaker_of(text, "We will win") == "jo-pellow"

    def test_the_person_footage_shows(self) -> None:
        text = 'Row\n\nFootage shows Tom Garside holding a flag, saying: "Vote for me."'
        assert speaker_of(text, "Vote for me") == "tom-garside"

    def test_a_poster_puts_words_in_the_mouth_of_the_man_it_shows(self) -> None:
        text = 'Row\n\nThe poster shows Tom Garside hypnotising voters with a pocket watch, saying: "Vote for me."'
        assert speaker_of(text, "Vote for me") != "tom-garside"

    def test_a_person_who_saw_someone_speaks_himself(self) -> None:
        text = "Row\n\nJo Pellow met the crew. Ms Pellow saw Tom Garside on Monday, saying the talks went well."
        assert speaker_of(text, "the talks went well") == "jo-pellow"


class TestTitleAfterSubordinator:
    def test_a_song_title_is_no_subject(self) -> None:
        text = (
            "Tour\n\nRock drummer Tom Tarrant will lead the tour. "
            "The veteran drummer of Because the Morning told reporters that the tour would be his last."
        )
        found = [c for c in claims_of(text) if c.content.startswith("the tour would be")]
        assert found and found[0].speaker == "The veteran drummer of Because the Morning"


class TestDocumentMadeBy:
    TEXT = (
        "Parking\n\nDrivers dislike the new car parks in Tarbury, a study says.\n\n"
        "The study showed that few drivers used the car parks at night. The study of 900 drivers in Tarbury "
        "was carried out by research firm Datamark Consulting. The firm advises many councils."
    )

    def test_the_survey_carried_out_by_a_firm(self) -> None:
        assert speaker_of(self.TEXT, "few drivers used") == "datamark-consulting"

    def test_the_survey_of_the_lead(self) -> None:
        assert speaker_of(self.TEXT, "Drivers dislike") == "datamark-consulting"

    def test_two_makers_leave_it_open(self) -> None:
        text = self.TEXT.replace(
            "The firm advises", "A study by Brightline Research found the car parks cheap. The firm advises"
        )
        assert speaker_of(text, "Drivers dislike") is None

    def test_a_maker_on_behalf_of_another_leaves_it_open(self) -> None:
        text = self.TEXT.replace("Datamark Consulting.", "Datamark Consulting on behalf of Brightline Research.")
        assert speaker_of(text, "Drivers dislike") is None


class TestDashedName:
    def test_a_group_named_between_dashes(self) -> None:
        text = (
            "Rents\n\nRents rose again. At least one campaign group - Renters Against Rising Rents "
            "(Rarr) - has claimed that the landlords could double their fees."
        )
        found = [c for c in claims_of(text) if c.content.startswith("the landlords could double")]
        assert found and found[0].speaker == "Renters Against Rising Rents (Rarr)"

    def test_a_person_between_dashes_is_left_alone(self) -> None:
        assert speaker_of("Rents\n\nJo Bell - a doctor - said the rents were fair.", "the rents were fair") == "jo-bell"


class TestCommitteeReport:
    TEXT = (
        "Ferries\n\nThe ferry scheme was a waste, MPs have said.\n\n"
        "The Commons Harbours Committee found that the scheme had been run badly. "
        'Committee chairman Tom Garside said: "It was a shambles." '
        "The report said the ferries had carried only 90 people."
    )

    def test_the_report_of_the_one_committee(self) -> None:
        assert speaker_of(self.TEXT, "the ferries had carried") == "commons-harbours-committee"

    def test_a_report_with_another_author_is_left_open(self) -> None:
        text = self.TEXT.replace("The report said", "A report by Brightline Research said")
        assert speaker_of(text, "the ferries had carried") != "commons-harbours-committee"
