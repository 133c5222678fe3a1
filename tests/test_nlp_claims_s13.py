"""Claim extraction shapes of session 13, on sentences written for the purpose (none copied from
any corpus).

- A quote reopened after a sentence of narration ('"...," said Ms Reed. The firm opened in 1990.
  "..."') is a claim of its own with the same speaker, not the first quote run on over the
  author's words; '"...," she said. "..."' stays one quote.
- A named speaker's statement nested in another claim's reported words ("said a study by X found
  that ...", "..., as X announced ...") is a claim of its own; "said she believed ..." and "said X
  told her to ..." are not, nor a pronoun's ("as he believes ...") or a concession ("whatever X
  says, ..."). "denied him a place" is a refusal.
- "blamed / criticised / praised / thanked X for Y" is a statement (the content X for Y); without
  "for", or in the passive, it is none.
- "grew faster than the 2% reported, according to X": a reporting verb in a "than" comparison
  states nothing (it took the "according to" phrase for its content, and X lost the claim).
- "warned that if A, B" is a statement (its content opens on the condition); "would not say if
  ..." stays a question, and a "says that if" inside a quote stays the quoted speaker's words.
- "X is concerned / worried that ...": a fear stated, like "is confident that".
- "the court ruled that ...", "experts estimate it will ...": statements ("ruled out" is none).
- "hopes to open", "is expecting to hear", "vowed to sue": the speaker's own aim, no statement
  (the development set's annotators never count one); "expects sales to rise" stays one.
- "warned about / against X": content that is only a preposition's object names a topic.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of

REOPENED = (
    'Bakery\n\n"Our bread sells out by noon," said Ann Reed, the owner. The bakery opened in 1990 '
    'on the high street. "We will open a second shop next spring."'
)


def test_quote_reopened_after_narration_is_its_own_claim():
    text = REOPENED
    first = claim_starting(text, "Our bread")
    second = claim_starting(text, "We will open")
    assert first is not None and second is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert first.content == "Our bread sells out by noon"
    assert "opened in 1990" not in text[first.start : first.end]
    assert second.content == "We will open a second shop next spring"
    assert second.speaker_id == first.speaker_id == "ann-reed"
    assert second.direct_quote and second.verb_text == ""


@pytest.mark.parametrize(
    "text",
    [
        'Bakery\n\n"Our bread sells out by noon," said Ann Reed. "We will open a second shop next spring."',
        'Bakery\n\n"Our bread sells out by noon," said Ann Reed on Monday. "We will open a second shop soon."',
    ],
)
def test_quote_resumed_right_after_its_attribution_stays_one_claim(text):
    found = claims_of(text)
    assert len(found) == 1, [(c.speaker, c.content) for c in found]
    assert found[0].content.startswith("Our bread sells out by noon … We will open")


def test_words_quoted_in_the_narration_between_leave_the_quote_alone():
    # a quote mark in the narration between makes the shape unsure: no claim is split off
    text = (
        'Bakery\n\n"Our bread sells out by noon," said Ann Reed. Her "famous" rye won a prize in 1990. '
        '"We will open a second shop next spring."'
    )
    assert claim_starting(text, "We will open") is None


NESTED = {
    "document": (
        "Bakeries\n\nMs Reed said a study by Barclays found that sales of rye bread had doubled.",
        "sales of rye bread had doubled",
        "barclays",
    ),
    "as-clause": (
        "Bakeries\n\nTrade was slow, Ann Reed said, as Tom Hill announced the closure of his mill.",
        "the closure of his mill",
        "tom-hill",
    ),
}


@pytest.mark.parametrize("case", sorted(NESTED))
def test_a_named_speakers_statement_inside_reported_words_is_a_claim_of_its_own(case):
    text, start, speaker_id = NESTED[case]
    inner = claim_starting(text, start)
    assert inner is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert inner.speaker_id == speaker_id
    assert len(claims_of(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Bakeries\n\nAnn Reed said she believed the mill would close by the spring.",
        "Bakeries\n\nAnn Reed said Tom Hill told her to close the mill by the spring.",
    ],
)
def test_own_stance_or_an_instruction_inside_reported_words_is_no_second_claim(text):
    found = claims_of(text)
    assert len(found) == 1, [(c.speaker, c.content) for c in found]
    assert found[0].speaker_id == "ann-reed"


def test_deny_with_an_indirect_object_is_a_refusal_not_a_statement():
    assert claims_of("Football\n\nThe club denied the striker a place in the team for the final.") == []


JUDGING_FOR = {
    "blamed": ("Ann Reed blamed the council for the closure of the mill.", "the council for the closure"),
    "criticised": ("Ann Reed criticised the council for ignoring small shops.", "the council for ignoring"),
    "thanked": ("Ann Reed thanked her staff for keeping the shop open.", "her staff for keeping"),
}


@pytest.mark.parametrize("verb", sorted(JUDGING_FOR))
def test_judging_someone_for_something_is_a_statement(verb):
    sentence, start = JUDGING_FOR[verb]
    claim = claim_starting("Bakeries\n\n" + sentence, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of("Bakeries\n\n" + sentence)]
    assert claim.speaker_id == "ann-reed" and claim.verb_text == verb


@pytest.mark.parametrize(
    "sentence",
    ["Ann Reed praised the bakers at the fair.", "The council was criticised for ignoring small shops."],
)
def test_judging_without_a_reason_or_in_the_passive_is_no_statement(sentence):
    assert claims_of("Bakeries\n\n" + sentence) == []


def test_a_comparison_with_a_reported_figure_leaves_the_according_to_claim():
    text = "Bakeries\n\nBread sales probably rose faster in May than the 2% reported, according to baker Ann Reed."
    found = claims_of(text)
    assert [(c.speaker_id, c.verb, c.content) for c in found] == [
        ("ann-reed", "according to", "Bread sales probably rose faster in May than the 2% reported")
    ]


def test_than_a_forecast_is_no_statement():
    assert claims_of("Bakeries\n\nBread sales rose more slowly than the bakers had forecast.") == []


def test_reported_words_opening_on_a_condition_are_a_statement():
    text = "Bakeries\n\nMs Reed warned that if the mill closed, forty jobs would go."
    claim = claim_starting(text, "if the mill closed")
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content == "if the mill closed, forty jobs would go" and claim.speaker_id == "reed"


@pytest.mark.parametrize(
    "text",
    [
        "Bakeries\n\nMr Hill would not say if he would stand again.",
        'Bakeries\n\n"We found damp," Ms Reed said. "The lease says that if the walls are damp, the mill must close."',
    ],
)
def test_if_as_a_question_or_inside_a_quote_is_no_statement_of_its_own(text):
    assert not any(c.content.startswith("if ") for c in claims_of(text))


@pytest.mark.parametrize("adjective", ["concerned", "worried"])
def test_being_concerned_that_is_a_stated_fear(adjective):
    text = f"Bakeries\n\nThe Bakers Federation is {adjective} that the rules will let big chains cut prices."
    claim = claim_starting(text, "the rules will let")
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker == "Bakers Federation"


def test_being_worried_about_something_is_no_statement():
    assert claims_of("Bakeries\n\nMs Reed is worried about the future of the mill.") == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The court ruled that the mill must close by May.", "the mill must close"),
        ("But experts estimate it will take a decade for bread prices to fall.", "it will take a decade"),
    ],
)
def test_a_ruling_and_an_estimate_are_statements(sentence, start):
    claim = claim_starting("Bakeries\n\n" + sentence, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of("Bakeries\n\n" + sentence)]


def test_ruling_something_out_is_no_statement():
    assert claims_of("Bakeries\n\nMs Reed ruled out a rise in the price of bread.") == []


@pytest.mark.parametrize(
    "text",
    [
        # "he" inside another speaker's reported words: left in the outer claim, never guessed
        "Bakeries\n\nAnn Reed thinks Tom Hill should apologise, as he believes the bakers were misled.",
        "Bakeries\n\nAnalysts point out that whatever Grobco says, bread prices will rise this year.",
    ],
)
def test_a_pronoun_or_a_concession_nested_in_reported_words_is_no_claim_of_its_own(text):
    found = claims_of(text)
    assert len(found) == 1, [(c.speaker, c.content) for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm hopes to open forty new shops by March.",
        "Ms Reed is expecting to hear the result of her appeal this week.",
        "Grobco has vowed to sue the council over the new rules.",
    ],
)
def test_hoping_expecting_or_vowing_to_act_is_an_aim_not_a_statement(sentence):
    assert claims_of("Bakeries\n\n" + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Ms Reed expects sales to rise by 5% this year.", "sales to rise"),
        ("Ms Reed hopes the mill will reopen in the spring.", "the mill will reopen"),
    ],
)
def test_hoping_or_expecting_something_of_others_stays_a_statement(sentence, start):
    assert claim_starting("Bakeries\n\n" + sentence, start) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Security firms are warning about a virus disguising itself as a greeting card.",
        "Ms Reed warned against the proposed changes to parking in the town.",
    ],
)
def test_warning_about_or_against_a_thing_names_a_topic_not_a_statement(sentence):
    assert claims_of("Bakeries\n\n" + sentence) == []


def test_warning_that_stays_a_statement():
    claim = claim_starting("Bakeries\n\nMs Reed warned that flour prices would rise.", "flour prices")
    assert claim is not None and claim.content == "flour prices would rise"
