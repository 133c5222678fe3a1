"""Claim extraction shapes of session 14, on sentences written for the purpose (none copied from any
corpus).

- "X said A, adding: “B”": two claims, A with "said" and the quote B with "adding" (the colon opened
  the participle's quote, and the first claim used to jump to it, losing A).
- "The problem, he believes, is that ...": a verb of thinking set inside its clause is a claim,
  its content the clause around it (the inserted attribution left out), as "said" was already.
- A run of reported speech after "X said ..." in the same paragraph: "This was because ...", "Its
  cost was far too high ...", "The plan was merely a "quick fix" ...", "This could make it ...",
  and modal sentences after those, are more of X's words (claims with X as the speaker and no
  verb of their own); the author's narration after a claim (a passive "was opened", a named
  person as subject, a time of its own, a present-tense "says") is not.
- "X said A - warning that B": the parser reads "warning" after a dash as a noun; B is a claim of its
  own and A ends at the dash (an aside between two dashes stays in the claim).
- "..., according to the firm / the trade weekly": an organisation or paper named by its kind is a
  source; "the 0.4% reported, according to X" is X's claim, not the participle's.
- "Reuters reports a union source as saying ...", "The Times quotes a minister as saying that ...":
  the one named after the verb speaks, the outlet reports.
- "told an audience in the UK that ...", "told reporters at a press conference in London that ...":
  the content starts after the "that", never with the addressee's place.
- Two sentences the parser runs into one ("... $4m. Assistant US Attorney X said ..."): the first
  claim ends at the full stop, and the second's speaker is the name before its verb (not the first
  sentence's subject); an initial ("George W. Bush") is no full stop.
- Reported speech inside a quote that runs over several sentences ('"They were wrong when they said
  X ..."') is the quoted speaker's words, no claim of "they"; a quote the source left open (no
  closing mark after the verb) does not swallow the narration after it.
- "It added that ...": a statement even with no organisation for "it" (speaker left unresolved);
  "It added that burden to ..." is none.
- Reported runs leave out the narration of an event ("A man was shot ...") and sentences opening on
  a name the article writes elsewhere ("Brill was just one of the firms ...").
- "made (it) clear exchange rates had not ...", "clear" parsed inside the clause: a statement.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claim_starting, claims_of

_summary = claim_rows("speaker_id verb_text content")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Court\n\nMark Hill said the firm had done nothing wrong, adding: "We will fight this in court."',
            ("mark-hill", "said", "the firm had done nothing wrong"),
            ("mark-hill", "adding", "We will fight this in court."),
        ),
        (
            'Tax\n\nThe minister Jo Kent insisted the budget was balanced, saying: "Nobody will pay more."',
            ("jo-kent", "insisted", "the budget was balanced"),
            ("jo-kent", "saying", "Nobody will pay more."),
        ),
    ],
)
def test_said_a_adding_a_quote_is_two_claims(text: str, first: tuple, second: tuple) -> None:
    assert _summary(text) == [first, second]


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "content"),
    [
        (
            "Pay\n\nThe finance minister Tom Reed spoke on Monday. The problem, he believes, is that wages have "
            "not kept up with prices.",
            "tom-reed",
            "believes",
            "The problem is that wages have not kept up with prices",
        ),
        (
            "Banks\n\nThe real danger, Ms Lane argues, lies in the banks' exposure to property.",
            "lane",
            "argues",
            "The real danger lies in the banks' exposure to property",
        ),
    ],
)
def test_verb_of_thinking_inside_its_clause(text: str, speaker: str, verb: str, content: str) -> None:
    claim = claim_starting(text, content[:12])
    assert claim is not None, _summary(text)
    assert (claim.speaker_id, claim.verb_text, claim.content) == (speaker, verb, content)


def test_reported_run_after_said() -> None:
    text = (
        "Scheme\n\nDr Anna Lee said the scheme had failed. This was because the council had cut its budget. "
        'The new plan was merely a "quick fix" for a deeper problem. The old plan would have cost less.'
    )
    assert _summary(text) == [
        ("anna-lee", "said", "the scheme had failed"),
        ("anna-lee", "", "This was because the council had cut its budget"),
        ("anna-lee", "", 'The new plan was merely a "quick fix" for a deeper problem'),
        ("anna-lee", "", "The old plan would have cost less"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Scheme\n\nDr Anna Lee said the scheme had failed. Its cost was far too high, and the staff were "
            "poorly trained.",
            "Its cost was far too high, and the staff were poorly trained",
        ),
        (
            "Scheme\n\nDr Anna Lee said the scheme could still work. This could make it easier for councils to "
            "plan ahead.",
            "This could make it easier for councils to plan ahead",
        ),
    ],
)
def test_one_sentence_of_reported_run(text: str, content: str) -> None:
    claim = claim_starting(text, content[:12])
    assert claim is not None, _summary(text)
    assert (claim.speaker_id, claim.content) == ("anna-lee", content)


@pytest.mark.parametrize(
    "after",
    [
        "The plant was opened in 1990 by the council.",  # a passive, and a time of its own
        "The team were also named in the report.",  # a passive after an adverb
        "Mr Hill was the head of the council at the time.",  # a named person: the author's
        "Its budget was cut on Monday.",  # a time of its own
    ],
)
def test_narration_after_a_claim_is_not_a_reported_run(after: str) -> None:
    text = f"Scheme\n\nDr Anna Lee said the scheme had failed. {after}"
    assert _summary(text) == [("anna-lee", "said", "the scheme had failed")]


def test_no_reported_run_after_a_present_tense_says() -> None:
    text = "Scheme\n\nDr Anna Lee says the scheme has failed. Its cost was far too high."
    assert _summary(text) == [("anna-lee", "says", "the scheme has failed")]


def test_dashed_participle_is_a_claim_of_its_own() -> None:
    text = (
        "Vote\n\nMr Tom Blake said he was taking nothing for granted - warning that the rival plan was to win "
        "by the back door."
    )
    assert _summary(text) == [
        ("tom-blake", "said", "he was taking nothing for granted"),
        ("tom-blake", "warning", "the rival plan was to win by the back door"),
    ]


def test_dashed_aside_with_a_participle_stays_in_the_claim() -> None:
    text = "Vote\n\nMr Tom Blake said the policy on housing - adding jobs in the north - was sound."
    assert _summary(text) == [("tom-blake", "said", "the policy on housing - adding jobs in the north - was sound")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Films\n\nTwelve films were made in the region, compared with 30 in 2003, according to the trade weekly.",
            "the trade weekly",
            "Twelve films were made in the region, compared with 30 in 2003",
        ),
        (
            "Spam\n\nAttacks on small shops are on the increase according to the firm.",
            "the firm",
            "Attacks on small shops are on the increase",
        ),
        (
            # the participle "reported" reports nothing: its words after it are the source's phrase
            "Growth\n\nThe economy probably grew faster than the 0.4% reported, according to deputy governor "
            "Rachel Lomax.",
            "Rachel Lomax",
            "The economy probably grew faster than the 0.4% reported",
        ),
    ],
)
def test_according_to_an_organisation_or_paper(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in claims_of(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "outlet"),
    [
        (
            'Jobs\n\n"The works council fears for the jobs," Reuters news agency reports a union source as saying.',
            "a union source",
            "The works council fears for the jobs",
            "reuters",
        ),
        (
            "Plan\n\nThe Times quotes a minister as saying that the plan is dead.",
            "a minister",
            "the plan is dead",
            "times",
        ),
    ],
)
def test_outlet_reports_someone_as_saying(text: str, speaker: str, content: str, outlet: str) -> None:
    found = claims_of(text)
    assert [(c.speaker, c.content) for c in found] == [(speaker, content)]
    assert found[0].outlets == [outlet]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Money\n\nThe treasury secretary Jon Snow told an audience in the UK that the policy remained unaltered.",
            "the policy remained unaltered",
        ),
        (
            "Money\n\nThe treasury secretary Jon Snow told reporters at a press conference in London that the "
            "talks had gone well.",
            "the talks had gone well",
        ),
        (
            # the parser reads this "that" as a relative pronoun of "capital"
            'Pop\n\nThe singer Jon Snow told reporters in the German capital that he wanted to "move his career '
            'into a new form", but added that he does not know what it is going to be yet.',
            'he wanted to "move his career into a new form"',
        ),
    ],
)
def test_told_an_addressee_and_a_place_that(text: str, content: str) -> None:
    told = [c for c in claims_of(text) if c.verb_text == "told"]
    assert [(c.speaker_id, c.content) for c in told] == [("jon-snow", content)]


def test_two_sentences_parsed_as_one_are_cut_before_the_second_attribution() -> None:
    # "$4m." is read as an abbreviation: the parser runs both sentences into one
    text = (
        "Fraud\n\nThe authorities in the US, who have charged 19 people in Ohio, estimate the fraud caused "
        "losses of more than $4m. Assistant US Attorney Scott Crane said several people had been arrested "
        "in Poland and Sweden."
    )
    assert [(c.speaker_id, c.verb_text, c.content) for c in claims_of(text)] == [
        (None, "estimate", "the fraud caused losses of more than $4m"),
        ("scott-crane", "said", "several people had been arrested in Poland and Sweden"),
    ]


def test_an_initial_is_no_sentence_end() -> None:
    text = "Vote\n\nOfficials said George W. Bush said the U.S. Senate would vote."
    assert [c.content for c in claims_of(text)] == [
        "George W. Bush said the U.S. Senate would vote",
        "the U.S. Senate would vote",
    ]


def test_reported_speech_inside_a_running_quote_is_the_quote() -> None:
    text = (
        'Vote\n\nMr Tom Hale told the paper: "Jo Kent will play a central role. "They were wrong when they said '
        'Kent was ousting Lee, and they are wrong now. We work as a team."'
    )
    found = claims_of(text)
    assert [c.speaker_id for c in found] == ["tom-hale"]
    assert found[0].content.endswith("We work as a team.")


def test_a_quote_left_open_by_the_source_holds_no_claim_after_it() -> None:
    # the source forgot to close the quote: the narration after it keeps its claim
    text = (
        'Trade\n\n"We will help them," said Tom Hale, a spokesman. "We said as much to the Americans. '
        "Mr Ivan Petrenko was careful not to break with Russia, saying it was important to keep pragmatic ties."
    )
    said = [c for c in claims_of(text) if c.verb_text == "saying"]
    assert [(c.speaker_id, c.content) for c in said] == [("ivan-petrenko", "it was important to keep pragmatic ties")]


def test_it_added_that_is_a_statement() -> None:
    text = "Army\n\nThe group said it is well organised. It added that it can only be stopped if the plan is dropped."
    added = [c for c in claims_of(text) if c.verb_text == "added"]
    assert [(c.speaker, c.content) for c in added] == [
        ("It (unresolved)", "it can only be stopped if the plan is dropped")
    ]


def test_it_added_that_burden_is_no_statement() -> None:
    assert claims_of("Army\n\nThe plan was costly. It added that burden to the budget.") == []


def test_participle_quote_left_open_keeps_the_first_claim() -> None:
    # the quote runs on into the next paragraph: the first claim still ends at the comma
    text = (
        'Rugby\n\n"The talks should be about the game today." Roy Hodge believes a winter break carries many '
        'advantages, explaining: "As I said, it is the chance to recharge batteries.\n\n"And I would back it."'
    )
    found = [(c.speaker_id, c.verb_text, c.content) for c in claims_of(text)]
    assert ("roy-hodge", "believes", "a winter break carries many advantages") in found
    assert ("roy-hodge", "explaining", "As I said, it is the chance to recharge batteries") in found


@pytest.mark.parametrize(
    "after",
    [
        "A man was shot in the thigh outside the studios while he was on air.",  # an irregular passive
        "Brill was just one of the firms that had worked with the group.",  # a name the article writes again
    ],
)
def test_narration_of_an_event_or_a_named_firm_is_not_a_reported_run(after: str) -> None:
    text = f"Labs\n\nJo Kent, the futurologist at Brill, said the closure was a shame. {after}"
    assert [c.content for c in claims_of(text)] == ["the closure was a shame"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Jon Snow made clear exchange rates had not been on the agenda.",
        "Mr Jon Snow made it clear exchange rates had not been on the agenda.",
    ],
)
def test_made_clear_with_clear_parsed_inside_the_clause(sentence: str) -> None:
    found = claims_of(f"Money\n\n{sentence}")
    assert [(c.speaker_id, c.content) for c in found] == [("jon-snow", "exchange rates had not been on the agenda")]


def test_made_clear_progress_impossible_is_no_statement() -> None:
    assert claims_of("Money\n\nThe rules made clear progress impossible.") == []
