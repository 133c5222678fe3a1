"""The outlet of an interview carried on to the speaker's later claims (session 22, the devset guide's
continuation rule), and "according to the magazine" resolved by the table's kind of outlet, on
sentences written for the purpose (none copied from any corpus).

- 'X told the BBC: "A." ... But she said B.': her later claims carry the interview's outlet while
  no other speaker's claim comes between, their attribution names no occasion of their own, and
  each later paragraph opens with her claim; a paragraph opening with narration ends the run.
- "In a wide-ranging interview, she also said": a later claim naming the interview carries it again.
- "said on television station X": the claim opens a run like "told X".
- "according to the magazine": the one magazine named before, by its table kind, though its mention
  is written without the noun and a broadcaster's name is nearer.
"""

from __future__ import annotations

from nlp_util import claim_starting, make_article

INTERVIEW = (
    "Mayor backs tram plan\n\n"
    'Mayor Hilda Marrow told the BBC: "The trams will run by next summer." '
    "The scheme was first proposed in 1998. "
    '"We have waited long enough," she said.\n\n'
    "But she said the budget for the second line was not yet agreed.\n\n"
    "The council has spent two years on the plans. "
    "Ms Marrow said the first stop would open in the old market square.\n\n"
    "Ms Marrow has lived in the town since 1970 and she thinks the trams will bring shoppers back."
)


def test_interview_outlet_goes_on_within_the_paragraph_past_narration():
    claim = claim_starting(INTERVIEW, "We have waited long enough")
    assert claim is not None and claim.outlets == ["bbc"]


def test_interview_outlet_goes_on_to_a_paragraph_opening_with_her_claim():
    claim = claim_starting(INTERVIEW, "the budget for the second line")
    assert claim is not None and claim.outlets == ["bbc"]


def test_a_paragraph_opening_with_narration_ends_the_run():
    claim = claim_starting(INTERVIEW, "the first stop would open")
    assert claim is not None and claim.outlets == []


def test_a_paragraph_whose_first_sentence_opens_with_narration_ends_the_run():
    text = INTERVIEW.replace("The council has spent two years on the plans. ", "")
    assert claim_starting(text, "the first stop would open").outlets == ["bbc"]
    claim = claim_starting(text, "the trams will bring shoppers back")
    assert claim is not None and claim.outlets == []


OTHER_SPEAKER = (
    "Union rejects pay offer\n\n"
    'Union leader Gareth Pennock told the BBC: "This offer is an insult to our members." '
    "The employers said the offer was final. Mr Pennock said the union would ballot for strikes."
)


def test_another_speakers_claim_ends_the_run():
    first = claim_starting(OTHER_SPEAKER, "This offer is an insult")
    later = claim_starting(OTHER_SPEAKER, "the union would ballot")
    assert first is not None and first.outlets == ["bbc"]
    assert later is not None and later.outlets == []


NEW_OCCASION = (
    "Minister warns on deficit\n\n"
    'Finance minister Ruth Calloway told the BBC: "We cannot borrow our way out of this." '
    "Speaking later in Cardiff, she said taxes would not rise this year."
)


def test_a_claim_on_another_occasion_gets_no_outlet():
    claim = claim_starting(NEW_OCCASION, "taxes would not rise")
    assert claim is not None and claim.outlets == []


SAME_INTERVIEW = (
    "Singer plans farewell tour\n\n"
    '"I am tired of hotels," the singer Mara Voss said on television station Canal Plus. '
    "The tour has sold out in Paris. She said the first concert would be in Lyon.\n\n"
    "Her last album sold poorly in France. Voss admitted the new songs were darker. "
    "In a wide-ranging interview, Voss also said that she would retire in two years."
)


def test_said_on_a_station_opens_a_run():
    claim = claim_starting(SAME_INTERVIEW, "the first concert would be")
    assert claim is not None and claim.outlets == ["canal-plus"]


def test_a_claim_naming_the_same_interview_carries_it_and_those_since():
    retire = claim_starting(SAME_INTERVIEW, "she would retire")
    darker = claim_starting(SAME_INTERVIEW, "the new songs were darker")
    assert retire is not None and retire.outlets == ["canal-plus"]
    assert darker is not None and darker.outlets == ["canal-plus"]


MAGAZINE = (
    "Quiz show tops poll of flops\n\n"
    "The quiz show was named the worst of the decade in a Q magazine poll of critics. "
    "Its rival on Midshire TV came second. "
    '"Nobody will miss it," the critics wrote, according to the magazine.'
)
ACCORDING = (
    "Quiz show tops poll of flops\n\n"
    "The quiz show was named the worst of the decade in a Q magazine poll of critics. "
    "Its rival on Midshire TV came second. "
    "According to the magazine, the show lost half its viewers in a year."
)


def test_according_to_the_magazine_is_the_magazine_named_before_by_its_kind():
    claim = claim_starting(MAGAZINE, "Nobody will miss it")
    assert claim is not None and claim.outlets == ["q-magazine"]


def test_according_to_the_magazine_opening_a_sentence_is_the_magazine():
    claim = claim_starting(ACCORDING, "the show lost half its viewers")
    assert claim is not None and claim.speaker_id == "q-magazine"


AID_AGENCY = (
    "Floods leave thousands homeless\n\n"
    "Thousands of families lost their homes, Reuters reported. "
    "According to the aid agency, malaria is the biggest threat to the survivors."
)


def test_according_to_the_aid_agency_is_no_news_agency():
    claim = claim_starting(AID_AGENCY, "malaria is the biggest threat")
    assert claim is not None and claim.speaker_id != "reuters" and claim.outlets == []


def test_a_paper_named_like_a_known_paper_is_an_outlet_not_a_person() -> None:
    text = (
        "Harbour plan\n\n"
        '"The harbour will bring jobs," Oldtown Herald quoted the mayor as saying.\n\n'
        "Mayor Jane Rigby told the Oldtown Herald that the work would start in the spring."
    )
    from belreader import nlp

    analysis = nlp.analyze(make_article(text))
    assert {m.label for m in analysis.mentions if m.text == "Oldtown Herald"} == {"ORG"}
    assert [c.outlets for c in analysis.claims] == [["oldtown-herald"], ["oldtown-herald"]]
