"""Speakers, session 30 round 3 mends (invented sentences and names, none copied from any corpus).

- "The report looked at repairs which were carried out by Grobco": a relative clause or the
  document's own verb between "The report" and "was carried out by" makes no author; nor does a
  maker "in association with" another.
- "The report said" goes to the one committee only when the article ties a report to it.
- A recording's own inference ("suggesting ...") stays the recording's; only a person it shows
  named as a person speaks; "him"/"her" stays with the recording; a poster's words are its own.
- A party member is the person named next only when that person owns the remarks ("made the
  remarks"), not when they answer them ("rejected the claim").
"""

from __future__ import annotations

from nlp_util import claims_of, speaker_of

_LEAD = "Harbour\n\nThe harbour wall is unsafe, a report says.\n\n"


class TestDocumentMadeBy:
    def test_a_relative_clause_about_other_work_makes_no_author(self) -> None:
        text = (
            _LEAD
            + "The report looked at repairs which were carried out by Grobco Building Ltd.\n\nThe report said the wall should be rebuilt."
        )
        assert speaker_of(text, "the wall should be rebuilt") is None
        assert speaker_of(text, "The harbour wall is unsafe") is None

    def test_a_relative_clause_after_a_comma(self) -> None:
        text = (
            _LEAD
            + "The report into the work, which had been carried out by Grobco Building Ltd.\n\nThe report said the wall should be rebuilt."
        )
        assert speaker_of(text, "the wall should be rebuilt") is None

    def test_the_documents_own_verb_makes_no_author(self) -> None:
        text = (
            "Fish\n\nFish stocks are falling, a study says.\n\n"
            "The study used counts that were carried out by the Tarbury Fisheries Agency.\n\n"
            "The study said the stocks would not recover."
        )
        assert speaker_of(text, "the stocks would not recover") is None

    def test_a_maker_in_association_with_another_is_no_sole_author(self) -> None:
        text = (
            "Tags\n\nShoppers are worried about tags, a survey says.\n\n"
            "The survey was carried out by Datamark Consulting in association with Brightline Research.\n\n"
            "The survey showed that few shoppers knew of the tags."
        )
        assert speaker_of(text, "few shoppers knew") is None

    def test_a_maker_in_partnership_with_another_is_no_sole_author(self) -> None:
        text = (
            "Poll\n\nMost voters back the harbour plan, a poll suggests.\n\n"
            "The poll was conducted by Datamark Consulting in partnership with the Tarbury Gazette.\n\n"
            "The poll found support was strongest in Tarbury."
        )
        assert speaker_of(text, "support was strongest") is None

    def test_the_survey_of_people_carried_out_by_a_firm_still_is_its(self) -> None:
        text = (
            "Tags\n\nShoppers are worried about tags, a survey says.\n\n"
            "The survey of 2,000 shoppers was carried out by Datamark Consulting in March.\n\n"
            "The survey showed that few shoppers knew of the tags."
        )
        assert speaker_of(text, "few shoppers knew") == "datamark-consulting"


class TestCommitteeReport:
    HEAD = (
        "Ferries\n\nThe ferry scheme was a waste, MPs have said.\n\n"
        "The Commons Harbours Committee found that the scheme had been run badly. "
        'Committee chairman Tom Garside said: "It was a shambles."\n\n'
    )

    def test_a_firms_annual_report_is_not_the_committees(self) -> None:
        text = (
            self.HEAD
            + "Meanwhile Grobco Ferries published its annual report on Monday. The report said the firm had carried 90,000 people."
        )
        assert speaker_of(text, "the firm had carried") is None

    def test_a_departments_report_is_not_the_committees(self) -> None:
        text = (
            self.HEAD
            + "In response, the Department of Harbours published a report of its own. The report said the ferries were a success."
        )
        assert speaker_of(text, "the ferries were a success") is None

    def test_a_leaked_report_is_not_the_committees(self) -> None:
        text = (
            self.HEAD
            + "The committee was shown a leaked report written by civil servants. The report said the ferries were unsafe."
        )
        assert speaker_of(text, "the ferries were unsafe") is None

    def test_the_committee_publishing_its_report(self) -> None:
        text = (
            self.HEAD
            + "The committee published its report on Monday. The report said the ferries had carried only 90 people."
        )
        assert speaker_of(text, "the ferries had carried") == "commons-harbours-committee"

    def test_a_report_named_with_no_maker_is_the_committees(self) -> None:
        text = (
            self.HEAD
            + "The findings were made in a report on the ferries. The report said the ferries had carried only 90 people."
        )
        assert speaker_of(text, "the ferries had carried") == "commons-harbours-committee"

    def test_the_committees_report(self) -> None:
        text = (
            self.HEAD
            + "The committee's report was sent to ministers. The report said the ferries had carried only 90 people."
        )
        assert speaker_of(text, "the ferries had carried") == "commons-harbours-committee"


class TestPersonShown:
    def test_the_recordings_own_inference_stays_its(self) -> None:
        text = "Row\n\nThe documentary pictured Jo Pellow, suggesting he had misled the harbour board about the costs."
        assert speaker_of(text, "he had misled") != "jo-pellow"

    def test_a_revelation_stays_the_films(self) -> None:
        text = "Row\n\nThe film shows Tom Garside at work in his studio, revealing that he paints only at night."
        assert speaker_of(text, "he paints only") != "tom-garside"

    def test_a_place_shown_is_no_speaker(self) -> None:
        text = "Row\n\nThe documentary showed Tarbury at dawn, claiming that the town was in decline."
        assert speaker_of(text, "the town was in decline") != "tarbury"

    def test_a_body_shown_is_no_speaker(self) -> None:
        text = "Row\n\nThe programme showed Tarbury Council at work, claiming that it wasted money."
        assert speaker_of(text, "it wasted money") != "tarbury-council"

    def test_the_person_warning_on_a_recording_speaks(self) -> None:
        text = "Row\n\nThe recording captured Jo Pellow, the harbour master, warning that the boats were unsafe."
        assert speaker_of(text, "the boats were unsafe") == "jo-pellow"

    def test_a_pronoun_shown_keeps_the_claim_with_the_recording(self) -> None:
        text = 'Row\n\nTom Garside was at the rally.\n\nThe footage showed him at the back of the hall, telling the crowd: "We will win."'
        found = [c for c in claims_of(text) if c.content.startswith("We will win")]
        assert found

    def test_the_person_talking_then_telling_speaks(self) -> None:
        text = (
            "Row\n\nJo Pellow spoke at the rally.\n\nThe documentary showed Ms Pellow, apparently talking "
            'about the tax, telling the meeting: "We will win."'
        )
        assert speaker_of(text, "We will win") == "jo-pellow"

    def test_a_poster_holding_a_flag_is_not_the_mans_words(self) -> None:
        text = 'Row\n\nThe poster shows Tom Garside holding a flag, saying: "Vote for me."'
        assert speaker_of(text, "Vote for me") != "tom-garside"


class TestPartyMemberNamedNext:
    def test_a_colleague_rejecting_the_claim_is_not_the_member(self) -> None:
        text = (
            "Vote\n\nA Labour MP claimed the ferry vote had been rigged. "
            "Tom Brindle, Labour's chief whip, rejected the claim and said the count was fair."
        )
        assert speaker_of(text, "the ferry vote had been rigged") is None

    def test_a_leader_dismissing_the_remarks_is_not_the_member(self) -> None:
        text = (
            "Tax row\n\nA Green Party MEP suggested Ruritania saw the union as a club for the rich. "
            "Jo Pellow, the Green Party's leader, dismissed the remarks as silly."
        )
        assert speaker_of(text, "Ruritania saw the union") is None

    def test_a_colleague_answering_in_the_next_paragraph_is_not_the_member(self) -> None:
        text = "Vote\n\nA Labour MP claimed the ferry vote had been rigged.\n\nJo Pellow, Labour's chief whip, said the count was fair."
        assert speaker_of(text, "the ferry vote had been rigged") is None

    def test_the_member_making_the_claim(self) -> None:
        text = (
            "Vote\n\nA Labour MP claimed the ferry vote had been rigged.\n\n"
            "Jo Pellow, the Labour MP for Tarbury, made the claim in a speech on Monday."
        )
        assert speaker_of(text, "the ferry vote had been rigged") == "jo-pellow"
