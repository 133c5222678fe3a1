"""Attribution shapes the third blind set (fresh3) and the open patterns of issue 11 showed,
each on short sentences written for the purpose (none copied from any corpus). A wrong speaker
is worse than an unresolved one: where the text does not settle who spoke, the tests accept
no speaker but never the wrong one."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import analysed, claim_holding, make_article

CASES = {
    # a person accused of something is the subject of an accusation, not a speaker
    "accused-participle": (
        "Fraud trial opens\n\nIvor Brandt is currently on trial, accused of running a $2m fraud at the bank. "
        "Ivor Brandt, who is accused of hiding the losses, appeared in court on Monday. "
        "His lawyer said the charges were false."
    ),
    # "said the Harlow full-back": the one person the passage names, never the club
    "club-role-one": (
        "Harlow win again\n\nRuth Okafor scored twice as Harlow beat Didcot on Saturday. "
        '"We never stopped running," said the Harlow full-back.'
    ),
    "club-role-two": (
        "Harlow win again\n\nRuth Okafor and Jane Mbeki scored as Harlow beat Didcot on Saturday. "
        '"We never stopped running," said the Harlow full-back.'
    ),
    # "..., which it says ...": "it" is the organisation the clause is about
    "which-it-says": "Plant opens\n\nGrobco opened a plant in Leeds, which it says will create 300 jobs.",
    # a country as speaker: its government, kept as written ("us" the pronoun is no speaker)
    "country-said": "Tariff row\n\nThe US said the tariffs would stay in place until the talks ended.",
    # "X claims (that) ...", "points out that ..."
    "claims": (
        "Dam row\n\nGreenpeace claims the new dam will flood three villages. "
        "But others point out that the river has flooded them twice already."
    ),
    # "according to industry experts", "..., said a panel of judges." (the parser takes a noun of
    # the content for the subject and the speaker for the object)
    "experts-panel": (
        "Games outlook\n\nPuzzle games will sell even better next year, according to industry experts. "
        'The trend shows that gaming is not just about big console titles, which appeal to "serious" players, '
        "said a panel of judges."
    ),
    # '"Most of the shareholders of Grobco ...," Mr Pell continued.': Pell speaks, not Grobco
    "quantifier-continued": (
        "Bid row\n\nGrobco raised its offer on Monday. "
        '"It is a sweetener," Tom Pell, an analyst at Fenwick, told reporters. '
        '"Most of the angry shareholders of Grobco are saying that the money should be paid out to them," '
        "Mr Pell continued."
    ),
    # a pronoun in a clause under a named subject is that subject, not the last speaker
    "embedded-pronoun": (
        "Budget plan\n\nMr Ferris insisted the figures were right. "
        'Mr Dalton praised his deputy for the new scheme, which he said was the "backbone" of the plan.'
    ),
    # ... but an inserted attribution's pronoun is the speaker, not the content's subject
    "inserted-pronoun": (
        'Budget plan\n\n"The figures are right," said Mr Ferris. Mr Dalton, he said, was wrong to doubt them.'
    ),
    # "she" after a sentence about a rival whose name the model may miss there: not the last speaker
    "untagged-rival": (
        "Petrova through\n\nAna Petrova beat Lena Sokol in two sets. "
        '"I played well," said Petrova. Sokol has now lost twice this week. "Nothing worked," she said.'
    ),
    # "The tournament debutant added:" right after her own quote: the same speaker
    "debutant-added": (
        'Sokol out\n\nLena Sokol, who lost in Paris last month, said: "It was hard today." '
        'The tournament debutant added: "I will be back next year."'
    ),
    # a clause as the subject of the content is a statement, not an indirect question
    "what-clause": "Art and code\n\nMany designers argue that what they make is art itself.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def test_an_accused_person_is_not_the_speaker_of_the_accusation(analyses):
    claims = analyses["accused-participle"].claims
    assert not any(c.speaker_id == "ivor-brandt" for c in claims)
    assert not any("running a $2m fraud" in c.content or "hiding the losses" in c.content for c in claims)
    assert claim_holding(analyses["accused-participle"], "the charges were false").speaker == "His lawyer"


def test_club_and_role_is_the_one_person_the_passage_names(analyses):
    claim = claim_holding(analyses["club-role-one"], "We never stopped running")
    assert claim.speaker_id == "ruth-okafor"


def test_club_and_role_with_two_players_is_left_unresolved_and_never_the_club(analyses):
    analysis = analyses["club-role-two"]
    claim = claim_holding(analysis, "We never stopped running")
    clubs = {m.entity_id for m in analysis.mentions if m.text in ("Harlow", "Didcot")}
    assert claim.speaker_id is None
    assert claim.speaker_id not in clubs
    assert "full-back" in claim.speaker


def test_which_it_says_is_the_organisation_of_the_clause(analyses):
    claim = claim_holding(analyses["which-it-says"], "will create 300 jobs")
    assert claim.speaker_id == "grobco"
    assert claim.content == "will create 300 jobs"


def test_a_country_speaks_as_written(analyses):
    claim = claim_holding(analyses["country-said"], "the tariffs would stay in place")
    assert claim.speaker == "US"
    assert claim.speaker_id == "united-states"


def test_claims_and_points_out(analyses):
    analysis = analyses["claims"]
    assert claim_holding(analysis, "the new dam will flood three villages").speaker_id == "greenpeace"
    other = claim_holding(analysis, "the river has flooded them twice")
    assert other.speaker == "others" and other.speaker_id is None


def test_according_to_experts_and_inverted_said_a_panel(analyses):
    analysis = analyses["experts-panel"]
    experts = claim_holding(analysis, "Puzzle games will sell even better")
    assert experts.speaker == "industry experts"
    panel = claim_holding(analysis, "gaming is not just about big console titles")
    assert panel.speaker == "a panel of judges"
    assert panel.content.startswith("The trend shows")


def test_quantified_group_is_not_its_organisation_and_continued_attributes(analyses):
    analysis = analyses["quantifier-continued"]
    assert not any(c.speaker_id == "grobco" for c in analysis.claims)
    claim = claim_holding(analysis, "Most of the angry shareholders")
    assert claim.speaker_id == "tom-pell"
    assert claim.direct_quote


def test_pronoun_under_a_named_subject_is_that_subject(analyses):
    claim = claim_holding(analyses["embedded-pronoun"], "backbone")
    assert claim.speaker_id == "dalton"


def test_inserted_attribution_pronoun_is_the_last_speaker(analyses):
    analysis = analyses["inserted-pronoun"]
    claim = next(c for c in analysis.claims if "wrong to doubt them" in c.content)
    assert claim.speaker_id != "dalton"


def test_pronoun_after_a_sentence_about_a_rival_is_not_the_last_speaker(analyses):
    claim = claim_holding(analyses["untagged-rival"], "Nothing worked")
    assert claim.speaker_id != "ana-petrova"


def test_description_adding_to_its_own_quote_is_the_same_speaker(analyses):
    claim = claim_holding(analyses["debutant-added"], "I will be back next year")
    assert claim.speaker_id == "lena-sokol"


def test_what_clause_as_subject_is_a_statement(analyses):
    claim = claim_holding(analyses["what-clause"], "what they make is art itself")
    assert claim.speaker == "Many designers"


def test_reported_speech_goes_on_for_one_sentence_with_a_quoted_phrase():
    text = (
        'Law row\n\nThe minister said the right to work was the "first liberty" of all. Judges were '
        '"simply wrong" to doubt that the men were treated fairly. The case was heard by a panel of '
        '"senior" judges in 2004.\n\n'
        'The minister said the law would stay. The appeal was brought by "several" unions last year.'
    )
    (analysis,) = nlp.analyze_many([make_article(text, "reported-on")])
    claim = claim_holding(analysis, "simply wrong")
    assert claim.speaker == "The minister"
    assert not claim.direct_quote
    assert not any("panel of" in c.content or "appeal was brought" in c.content for c in analysis.claims)


def test_the_limits_of_the_new_rules():
    text = (
        "Results\n\n"
        'Grobco Holdings said sales rose. "It is a good year," said chief executive Tom Pell. '
        "The company added that costs would fall next year.\n\n"
        "The WTO itself has warned that many jobs could be lost in the textile trade.\n\n"
        "The Film Guild said it had sent notices to sites. Hollywood studios are chasing file-sharers who "
        "it says copy films and share them online."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "limits")])
    # "The company added" after a person's quote is the company, not that person
    assert claim_holding(analysis, "costs would fall").speaker_id != "tom-pell"
    # "The WTO itself": the organisation, not a description
    assert claim_holding(analysis, "many jobs could be lost").speaker_id is not None
    # "studios ... who it says": "it" is not the plural subject of the clause
    assert claim_holding(analysis, "copy films").speaker != "Hollywood studios"


def test_a_description_at_the_very_start_of_the_text():
    (analysis,) = nlp.analyze_many([make_article("The Leeds striker said the pitch was fine.", "start")])
    claim = claim_holding(analysis, "the pitch was fine")
    assert claim.speaker_id is None


def test_time_after_said_continued_narration_and_have_to_say_are_no_speakers():
    text = (
        "Notes\n\n"
        '"All content will move online," said Mia Lund, head of Grobco, said last year.\n\n'
        "The pressure continued, and a wave of attacks saw the visitors pinned back.\n\n"
        "The question of what rights bloggers have to say what they want is a thorny one."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "no-speakers")])
    assert not any(c.speaker == "last year" for c in analysis.claims)
    assert not any("a wave of attacks" in c.content for c in analysis.claims)
    assert not any("thorny" in c.content for c in analysis.claims)
