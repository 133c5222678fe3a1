"""Outlets of claims on unseen news (issue 11 pattern 3, session 22), on sentences written for the
purpose (none copied from any corpus).

- "She was speaking to Channel 4 News": the outlet of her claims, but not of those whose sentence
  names an occasion of its own ("Speaking at a rally in Leeds, she said ...") nor of what she goes
  on to say there.
- "the Lakeside Monitor newspaper reports": a name the text calls a paper is an outlet even when
  the table does not know it.
- "according to the business daily": the one paper of that kind the article named.
- "The founder of the news channel X said": X is where the speaker works, not an outlet.
- a medium named inside the title of a report ("In its report - Channel Y: ... -") is no outlet.
"""

from __future__ import annotations

from nlp_util import analyse, found_claim

VENUE = (
    "Minister defends plan\n\n"
    "Housing minister Rachel Dunmore has said the new towns will be built on time. "
    "She was speaking to Channel 4 News before a visit to Leeds. "
    '"We have the money and we have the land," said Ms Dunmore.\n\n'
    "Speaking at a rally in Leeds on Friday, Ms Dunmore said the first homes would be ready by spring.\n\n"
    'But standing beside the council leader she added that more money was needed. "The builders need help."'
)


def test_venue_outlet_reaches_the_speakers_claims_of_that_occasion():
    assert found_claim(VENUE, "the new towns will be built").outlets == ["channel-4"]
    assert found_claim(VENUE, "We have the money").outlets == ["channel-4"]


def test_venue_outlet_stops_at_a_claim_naming_its_own_occasion():
    assert found_claim(VENUE, "the first homes would be ready").outlets == []
    assert found_claim(VENUE, "more money was needed").outlets == []
    assert found_claim(VENUE, "The builders need help").outlets == []


def test_a_name_the_text_calls_a_newspaper_is_an_outlet():
    text = (
        "Dam row\n\n"
        "Farmers near the river have been told to leave their land by March, "
        "the Lakeside Monitor newspaper reports."
    )
    assert found_claim(text, "Farmers near the river").outlets == ["lakeside-monitor"]


def test_a_name_not_called_a_paper_is_no_outlet():
    text = (
        "Dam row\n\n"
        "Farmers near the river have been told to leave their land by March, "
        "the Lakeside Monitor group says."
    )
    assert found_claim(text, "Farmers near the river").outlets == []


def test_according_to_the_trade_weekly_is_the_paper_named_before():
    text = (
        "Film slump\n\n"
        "Fewer films were shot in Britain last year, the Financial Times has said. "
        "Studio rents rose by a fifth over the year, according to the business daily."
    )
    assert found_claim(text, "Studio rents rose").outlets == ["financial-times"]


def test_the_founder_of_a_channel_speaks_for_it_not_to_it():
    text = (
        "Protest videos\n\n"
        "The founder of the Telegram channel, Free Voices of Minsk, said the posts had been seen by thousands. "
        "Anton Kruk, editor of Radio Liberty, said the station would keep reporting."
    )
    assert found_claim(text, "the posts had been seen").outlets == []


def test_a_medium_in_the_title_of_a_report_is_no_outlet():
    text = (
        "Watchdog report\n\n"
        "In its study - MTV Party Animals: Selling Drink to Teens - the Family Viewing Council said "
        "it counted 400 scenes of drinking in a month."
    )
    assert found_claim(text, "it counted 400 scenes").outlets == []


def test_told_the_paper_the_table_writes_with_its_article():
    text = (
        "Party row\n\n"
        "The leader of the Green group, Tom Barrow, spoke at length. "
        "He told the Observer that the party would stand in every seat. "
        'Ms Anna Cole was quoted in the Herald newspaper saying: "It is over." '
        "Mr Barrow told the Commons that he would resign."
    )
    analysis = analyse(text)
    by_content = {c.content[:12]: c.outlets for c in analysis.claims}
    assert by_content["the party wo"] == ["observer"]
    assert by_content["It is over."] == ["herald-glasgow"]
    assert by_content["he would res"] == []


def test_regional_bbc_stations_and_programmes_are_the_bbc():
    text = (
        "Hospital waits\n\n"
        'Health minister Gwen Price told Radio Wales: "The lists are shorter." '
        'Her deputy, Alun Rees, told Good Morning Wales: "We have more nurses."'
    )
    analysis = analyse(text)
    from belreader.nlp.aliases import load_table

    table = load_table()
    assert [{table.outlet(o) for o in c.outlets} for c in analysis.claims] == [{"bbc"}, {"bbc"}]


def test_a_paper_joined_to_the_speakers_name_is_where_they_work():
    text = (
        "Awards tips\n\n"
        "PBS' Jane Mottram said the film was the strongest of the year. "
        "Anne Kellow of the Hollywood Reporter said the race was wide open. "
        "Mr Greaves told the Hollywood Reporter that the studio would appeal."
    )
    analysis = analyse(text)
    by_content = {c.content[:12]: c.outlets for c in analysis.claims}
    assert by_content["the film was"] == []
    assert by_content["the race was"] == []
    assert by_content["the studio w"] == ["hollywood-reporter"]


def test_a_medium_naming_an_event_is_no_outlet():
    text = (
        "Singer speaks\n\n"
        '"I was never going to stop," the singer told reporters at the MTV Europe Awards in Lisbon. '
        '"It was hard," she told MTV.'
    )
    analysis = analyse(text)
    by_content = {c.content[:12]: c.outlets for c in analysis.claims}
    assert by_content["I was never "] == []
    assert by_content["It was hard"] == ["mtv"]


def test_a_person_of_a_mediums_name_is_no_outlet():
    text = "Court ruling\n\nLord Justice Amberley and Mr Justice Forbes ruled that the order could stand in the colony."
    assert found_claim(text, "the order could stand").outlets == []


def test_a_name_after_a_media_noun_is_an_outlet_and_a_meeting_is_not():
    text = (
        "Ad market\n\n"
        "Spending on mobile adverts doubled last year, marketing magazine New Brand Age reported. "
        "Ministers discussed the figures at the weekly Cabinet meeting, and the Treasury said growth would slow."
    )
    outlets = found_claim(text, "Spending on mobile adverts").outlets
    assert len(outlets) == 1 and outlets[0].startswith("new-brand")  # (the model may end the name early)
    assert found_claim(text, "growth would slow").outlets == []


def test_according_to_the_official_news_agency_is_the_agency_named():
    text = (
        "Cafe crackdown\n\n"
        "Police closed 40 internet cafes, the Xinhua news agency said. "
        "Most of them had no licence, according to the official news agency."
    )
    assert found_claim(text, "Most of them had no licence").outlets == ["xinhua"]


def test_a_name_after_another_outlets_noun_starts_the_content():
    text = (
        "Contract ends\n\n"
        "Major Ann Polk of the building office told the Associated Press news agency Tarkon's exit was agreed. "
        'Tarkon said "the work could not be done at a fair cost".'
    )
    assert found_claim(text, "Tarkon's exit was agreed").outlets == ["associated-press"]
    assert found_claim(text, "the work could not be done").outlets == []


def test_a_team_named_like_a_regional_bbc_service_is_not_the_bbc():
    text = (
        "Wales win\n\n"
        "Wales coach Tom Price says the side is ready. "
        '"We are strong," Price told BBC Sport Wales. Wales play Italy next.'
    )
    analysis = analyse(text)
    assert found_claim(text, "the side is ready").outlets == []
    assert found_claim(text, "We are strong").outlets == ["bbc"]
    assert not any(m.entity_id == "bbc-sport" for m in analysis.mentions if m.text == "Wales")


def test_a_columnist_for_a_magazine_writes_for_it_not_to_it():
    text = "Dating apps\n\nKim Lowe, a dating expert for Vanity Fair, thinks that apps have made shy people braver."
    assert found_claim(text, "apps have made shy people braver").outlets == []


def test_foreign_papers_and_a_channel_five_show_are_outlets():
    text = (
        "Water deal\n\n"
        "Rio Plata Water told the Argentine newspaper Clarin it would not accept the new tariff. "
        'Mr Blair told Five\'s Wright Stuff show: "We should move on."'
    )
    analysis = analyse(text)
    by_content = {c.content[:12]: c.outlets for c in analysis.claims}
    assert by_content["it would not"] == ["clarin"]
    assert by_content["We should mo"] == ["channel-5"]


def test_the_editor_of_a_magazine_taken_for_the_magazine_gives_no_outlet():
    text = (
        "Safety study\n\n"
        "Lena Marsh, editor of union-backed Hazards magazine, which ran the survey, said workers were at risk. "
        "The founder of the news channel, Minsk Voices Radio, said the posts had been seen by thousands."
    )
    assert found_claim(text, "workers were at risk").outlets == []
    assert found_claim(text, "the posts had been seen").outlets == []
