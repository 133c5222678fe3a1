"""Claim extraction shapes of session 18, on sentences written for the purpose (none copied from any
corpus).

- "It found that X", "In a poll, it discovered that X", "..., after it found that X": a finding
  reported by the body "it" stands for, kept with "it" unresolved when nothing names it; not "it
  found the roads blocked" (no "that" clause), nor a person's "He discovered that ..." (narration).
- A quoted sentence with no attribution after narration that follows a speaker's claim (same or
  previous paragraph) is more of that speaker's words; not when the narration names another
  person ("Mr Bell", "Ann Bell") or holds a quoted sentence no claim took.
- "X has been accused by Y of doing Z": Y's claim, its content the act ("doing Z"), as the active
  "Y accused X of doing Z"; not without a named agent, nor for a charge ("accused by police of
  theft").
- "hailed X as a "quoted" Y", and a person's "sees/regards/views X as Y": a stated view; not
  "hailed the move", "Labour sees ...", "does not see", "whether he sees ...".
- "countered (that) X", '"X," he countered.', "X, she intimated.": reporting verbs; not "countered
  the shot", "countered with a goal", "intimated her wish to leave".
- "At a summit in Leeds Mr Bell said X" (no comma after the fronted phrase, the titled name parsed
  as the phrase's object): Mr Bell speaks, his span the titled name without "Leeds".
- A name with "!" ("Tom Bell of the group Shout! said ...") does not end its sentence when the
  words after it go on in lower case; "A shock! The fans ..." still does.
- "It found that a quarter of users said X": the finding and, inside it, the users' answer.
"""

from __future__ import annotations

import pytest

from nlp_util import triples_of

# an opening no organisation is named in, so "it" is left unresolved
_OPENING = "Quotas\n\nThe fishing quotas were set in May. "


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        ("It found that most boats had landed too much cod.", "found", "most boats had landed too much cod"),
        ("In a poll, it discovered that fees could vary by £20 a week.", "discovered", "fees could vary by £20 a week"),
        (
            "The panel ended its work after it found that 900 claims were unpaid.",
            "found",
            "900 claims were unpaid",
        ),
        ("It has found that the harbour was too shallow.", "found", "the harbour was too shallow"),
    ],
)
def test_it_found_that_is_a_finding(sentence: str, verb: str, content: str) -> None:
    triples = triples_of(_OPENING + sentence)
    assert [(v, c) for _, v, c in triples] == [(verb, content)]
    assert triples[0][0].lower().startswith("it")


@pytest.mark.parametrize(
    "sentence",
    [
        "It found the roads blocked by snow.",
        "It found support for the idea among skippers.",
        "He discovered that his boat had gone.",
        "It did not find that the nets were too small.",
    ],
)
def test_no_finding_without_a_that_clause_from_a_body(sentence: str) -> None:
    assert triples_of(_OPENING + sentence) == []


_SAID = "Council leader Tom Pell said the town needed more homes. "


@pytest.mark.parametrize(
    "narration",
    [
        "He went on to list the council's record on housing. ",
        "The council has built 400 homes since 2001. ",
    ],
)
def test_quote_after_narration_continues_the_speaker(narration: str) -> None:
    text = _SAID + narration + '"So now we have a choice, and I say we keep on building."'
    triples = triples_of(text)
    assert triples[-1] == ("Tom Pell", "", "So now we have a choice, and I say we keep on building.")
    assert len(triples) == 2


def test_quote_after_narration_in_the_next_paragraph() -> None:
    text = _SAID + "\n\nHe went on to list the council's record. " + '"We will not stop now, whatever it costs."'
    assert triples_of(text)[-1] == ("Tom Pell", "", "We will not stop now, whatever it costs.")


@pytest.mark.parametrize(
    "narration",
    [
        "Mr Bell criticised the old scheme. ",
        "Opposition leader Ann Bell disagreed. ",
        '"The plan was changed twice," a council statement read. ',
    ],
)
def test_quote_after_narration_about_someone_else_is_left(narration: str) -> None:
    text = _SAID + narration + '"There is no sense in a scheme that pays twice for one road."'
    # not Tom Pell's (the person the narration is about may speak: test_nlp_claims_s19)
    assert [s for s, _, c in triples_of(text) if c.startswith("There is no sense") and "Pell" in s] == []


def test_quote_two_paragraphs_on_is_left() -> None:
    text = (
        _SAID
        + "\n\nThe town grew fast. \n\nIts roads were built in 1960. \n\n"
        + '"We need a new bypass for the lorries."'
    )
    assert [c for _, _, c in triples_of(text) if c.startswith("We need")] == []


def test_passive_accused_by_is_the_agents_claim() -> None:
    text = "Grobco has been accused by the Leeds Rowing Club of dumping waste in the river."
    assert triples_of(text) == [("Leeds Rowing Club", "accused", "dumping waste in the river")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Grobco has been accused of dumping waste in the river.",
        "Tom Bell was accused by police of theft.",
        "Grobco has been accused by the Leeds Rowing Club of a cover-up over the spill.",
    ],
)
def test_passive_accused_without_a_named_agent_or_an_act_is_no_claim(sentence: str) -> None:
    assert triples_of(sentence) == []


def test_quote_after_narration_naming_a_known_person_by_surname_is_left() -> None:
    text = (
        "Runner Kate Hume won the mile in May. Coach Tom Pell said she was in fine form. "
        'But Hume has begun to doubt herself. "Will I have the energy to go through another season?"'
    )
    assert [s for s, _, c in triples_of(text) if c.startswith("Will I")] in ([], ["Hume"])  # never the coach's


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb", "content"),
    [
        (
            'Leeds captain Tom Bell hailed his side\'s win over York as a "famous" victory.',
            "Tom Bell",
            "hailed",
            'a "famous" victory',  # the name given is the content (session 25: as the devset annotates it)
        ),
        (
            "Ultimately, Dr Bell sees games as a small laboratory for our hopes.",
            "Dr Bell",
            "sees",
            "games as a small laboratory for our hopes",
        ),
        ("Ann Bell now sees the ban as politically driven.", "Ann Bell", "sees", "the ban as politically driven"),
        # the infinitive the parser hangs on the verb finishes the view; a "though" clause does not
        (
            "After talks, President Tom Hale now sees harbour membership as the sole means to end the war in "
            "Midshire, though such membership is distant.",
            "Tom Hale",
            "sees",
            "harbour membership as the sole means to end the war in Midshire",
        ),
    ],
)
def test_hailed_and_sees_as_state_a_view(sentence: str, speaker: str, verb: str, content: str) -> None:
    assert triples_of(sentence) == [(speaker, verb, content)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Bell hailed the move.",
        "Labour sees crime as a key election issue.",
        "Government policy sees the listings as vital reforms.",
        "Mr Bell refused to say whether he sees Jones as a long-term option.",
        "Ann Bell does not see the ban as politically driven.",
    ],
)
def test_no_view_without_a_person_or_an_as(sentence: str) -> None:
    assert triples_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        ("But Tom Bell countered that the figures were out of date.", "countered", "the figures were out of date"),
        ('"We will win the vote," Tom Bell countered.', "countered", "We will win the vote"),
        (
            "The best signals come when all the figures agree, Ann Bell intimated.",
            "intimated",
            "The best signals come when all the figures agree",
        ),
    ],
)
def test_countered_and_intimated_report(sentence: str, verb: str, content: str) -> None:
    assert [(v, c) for _, v, c in triples_of(sentence)] == [(verb, content)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The keeper countered the shot with his feet.",
        "Leeds countered with a late goal.",
        "She intimated her wish to leave.",
    ],
)
def test_countered_and_intimated_without_words_report_nothing(sentence: str) -> None:
    assert triples_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In a panel talk at a summit in Leeds Mr Bell said the new rules were a problem for small firms.",
        "On top of the new deal with Grobco Mr Bell said the new rules were a problem for small firms.",
    ],
)
def test_titled_name_after_a_fronted_phrase_speaks(sentence: str) -> None:
    triples = triples_of(sentence)
    assert [(v, c) for _, v, c in triples] == [("said", "the new rules were a problem for small firms")]
    assert triples[0][0] in ("Mr Bell", "Bell")


def test_exclaiming_name_does_not_end_the_sentence() -> None:
    triples = triples_of('Tom Bell of the protest group Shout! said they were "wiping the slate clean".')
    assert [(v, c) for _, v, c in triples] == [("said", 'they were "wiping the slate clean"')]


def test_exclamation_before_a_capital_still_ends_the_sentence() -> None:
    triples = triples_of('It was a shock! Tom Bell said the fans "could not believe it".')
    assert [c for _, _, c in triples] == ['the fans "could not believe it"']


def test_answer_inside_a_finding_is_kept() -> None:
    triples = triples_of(_OPENING + "It found that a quarter of skippers said they had landed too much cod.")
    assert ("said", "they had landed too much cod") in [(v, c) for _, v, c in triples]
    assert ("found", "a quarter of skippers said they had landed too much cod") in [(v, c) for _, v, c in triples]
