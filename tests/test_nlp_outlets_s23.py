"""Outlets and media words (issue 11 pattern 3, session 23), on sentences written for the purpose
(none copied from any corpus).

- The nouns for a medium live in one place (`belreader.nlp.sources`); the subsets the rules read
  are named there and nest as they should.
- "according to the French daily", "the Paris daily said": a description of a paper by its
  nationality or city is the one paper of that kind the passage named (one reading of "the X"
  for "according to" and for a speaker); "the weekly meeting" or "the aid agency" is no outlet.
"""

from __future__ import annotations

from nlp_util import found_claim


def test_media_nouns_have_one_home_with_nested_subsets():
    from belreader.nlp import sources, speakers

    assert sources.PAPER_NOUNS < sources.PRESS_NOUNS < sources.DESCRIBED_OUTLET_NOUNS < sources.MEDIA_NOUNS
    assert sources.MEDIA_NOUNS < sources.OUTLET_REFERENCES
    assert speakers._OUTLET_NOUNS is sources.PRESS_NOUNS
    assert set(sources.MEDIUM_KINDS) <= sources.DESCRIBED_OUTLET_NOUNS


def test_a_medium_noun_of_media_nouns_only_reaches_the_claims_subject_rule():
    # "channel" is in sources.MEDIA_NOUNS and in none of its subsets: "The channel said" is the
    # outlet that spoke last only if the claims' subject rule reads that set
    text = (
        "Strike plan\n\nThe dockers will strike next week, Sky News reported on Monday.\n\n"
        "The channel said the port will close for three days."
    )
    from belreader.nlp import sources

    assert "channel" in sources.MEDIA_NOUNS - sources.DESCRIBED_OUTLET_NOUNS
    assert found_claim(text, "the port will close").speaker_id == "sky-news"


LEAD = "Strike plan\n\nThe dockers will strike next week, Le Monde reported on Monday.\n\n"


def test_according_to_a_paper_described_by_its_nationality():
    text = LEAD + "According to the French daily, the port will close for three days."
    assert found_claim(text, "the port will close").outlets == ["le-monde"]


def test_according_to_a_paper_described_by_its_city_after_the_claim():
    text = LEAD + "The port will close for three days, according to the Paris daily."
    assert found_claim(text, "The port will close").speaker_id == "le-monde"


def test_a_paper_described_by_its_nationality_speaks():
    text = LEAD + "The French daily said the port will close for three days."
    claim = found_claim(text, "the port will close")
    assert claim.speaker_id == "le-monde"
    assert claim.outlets == ["le-monde"]


def test_a_description_that_is_no_papers_names_no_outlet():
    text = LEAD + "The port will close for three days, according to the aid agency."
    assert found_claim(text, "The port will close").outlets == []


def test_the_daily_resolves_only_to_a_paper_the_passage_named():
    text = (
        "Strike plan\n\nThe dockers will strike next week, the union said on Monday.\n\n"
        "According to the French daily, the port will close for three days."
    )
    assert found_claim(text, "the port will close").outlets == []


# --- outlet recall and precision -------------------------------------------------------------------

GULF = (
    "Reform plan\n\n"
    "The Gulf Herald newspaper said on Monday that the reforms had been a success.\n\n"
    '"Our reforms have created a new generation of trained engineers," Gulf Herald quoted Prince Hal as saying.'
)


def test_quoted_as_saying_by_a_medium_the_model_left_untagged_there():
    claim = found_claim(GULF, "Our reforms have created")
    assert claim.speaker_id == "prince-hal"
    assert claim.outlets == ["gulf-herald"]


def test_quoted_as_saying_by_a_name_that_is_no_medium_keeps_no_outlet():
    text = (
        "Reform plan\n\nOfficials met on Monday.\n\n"
        '"Our reforms have created a new generation of trained engineers," Prince Hal was quoted as saying.'
    )
    assert found_claim(text, "Our reforms have created").outlets == []


STATE_PRESS = (
    "Dam row\n\n"
    "The dam firm is refusing to obey a government order to stop work, the Chinese state press has said.\n\n"
    "The builder is continuing work on the sister dam, said the Beijing News."
)


def test_a_speaker_found_to_be_a_paper_late_is_its_claims_outlet():
    claim = found_claim(STATE_PRESS, "The dam firm is refusing")
    assert claim.speaker_id == "beijing-news"
    assert claim.outlets == ["beijing-news"]


def test_a_broadcaster_speaking_for_itself_late_is_no_outlet():
    text = (
        "Show row\n\n"
        "The channel has been criticised over the show. ABC has denied breaking the rules. "
        "It said the programme had been checked by lawyers."
    )
    claim = found_claim(text, "the programme had been checked")
    assert claim.outlets == []


def test_a_magazines_editor_named_with_its_noun_speaks_as_staff_not_through_it():
    text = (
        "Film awards\n\nThe film is the favourite. Empire magazine's reviews editor Dan Jolin said the film "
        "had a very good chance of winning on Saturday."
    )
    assert found_claim(text, "the film had a very good chance").outlets == []


def test_told_the_magazine_stays_its_outlet():
    text = (
        "Film awards\n\nThe film is the favourite. Dan Jolin told Empire magazine the film had a very good "
        "chance of winning on Saturday."
    )
    assert found_claim(text, "the film had a very good chance").outlets == ["empire-magazine"]


NETWORK = (
    "Show row\n\nThe two channels have fought over boxing shows for months. Earlier this year, the NBC "
    "network {verb} that the rival show had been hurriedly produced."
)


def test_a_broadcaster_that_claims_answers_for_itself_and_is_no_outlet():
    claim = found_claim(NETWORK.format(verb="claimed"), "the rival show")
    assert claim.speaker_id == "nbc"
    assert claim.outlets == []


def test_a_broadcaster_that_reports_is_its_claims_outlet():
    assert found_claim(NETWORK.format(verb="reported"), "the rival show").outlets == ["nbc"]


def test_a_medium_joined_to_another_person_is_their_employer_not_the_claims_outlet():
    text = (
        "Oscar tips\n\nThe critics disagree. But while Jo Bell still thinks the film has a chance, "
        "the Guardian's Tom Pell believes it will lose."
    )
    assert found_claim(text, "the film has a chance").outlets == []


def test_told_a_medium_joined_to_its_journalist_stays_the_outlet():
    text = "Oscar tips\n\nThe critics disagree. Jo Bell told the Guardian's Tom Pell the film has a chance."
    assert found_claim(text, "the film has a chance").outlets == ["guardian"]


RADIO_RUN = (
    'Show row\n\nOpinion is divided on the show. "Any of them would make good MPs," former MP Tom Pell '
    "insisted on BBC Radio 4's Today programme.\n\n"
    'Mr Pell argues that Westminster has its share of "odd balls" and the show will engage voters. '
    '"If it gets more people voting there is no harm in that," he said.'
)


def test_a_claim_insisted_on_a_programme_opens_an_interview_run():
    assert found_claim(RADIO_RUN, "Any of them").outlets == ["bbc"]
    assert found_claim(RADIO_RUN, "Westminster has its share").outlets == ["bbc"]
    assert found_claim(RADIO_RUN, "If it gets more people voting").outlets == ["bbc"]


def test_a_run_stops_at_another_speaker():
    text = RADIO_RUN.replace("Mr Pell argues", "Ann Hale argues").replace("he said", "she said")
    assert found_claim(text, "Westminster has its share").outlets == []
