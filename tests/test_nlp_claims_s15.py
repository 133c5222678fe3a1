"""Claim extraction shapes of session 15, on sentences written for the purpose (none copied from any
corpus).

- "..., the court has heard.", "..., an inquiry was told.", "..., MPs have been told.": the clause
  before the comma is a statement made to that audience; its speaker is not named (left
  unresolved, never the audience), and the content is the clause, never the audience.
- "dismissed/branded X as <adjective or quotation>": a view (as "branded X a "..."" was); "dismissed
  X as manager", "dismissed 200 staff as sales fell" are none.
- "another report in the Echo claims Mr X is ...", "The lawsuit claims Acme hid ...": "claims"
  after a document noun or a name, before a capitalised word, can report (the pre-filter let
  only a lower-case word follow).
- "A spokesman for the Association of X and Y (XY) which represents Z said ...": the relative
  clause hung deep in the phrase is not part of the speaker, and a spokesman described by the
  body they speak for may take more than ten words.
- "He was cleared by the panel and said ...": the passive verb's subject speaks the coordinated
  "said".
- "Acme Bank - itself a target of the suit - said X": the parser takes "said" for an adjective
  after the dashed aside; the name before the first dash speaks.
- "X said on Thursday (that) it had ...": the weekday dates the saying and is left out of the
  content; "The book says on 13 March Y met Z" keeps its date, the statement's own.
- 'X has said the deal is part of a plan to build a "big, national firm."' after a quote earlier in
  the paragraph: the odd straight quote mark opens a quotation that closes after the content (the
  claim used to be followed back to the earlier quote and dropped).
- "A is B, President X of Ruritania has said during a visit.": the parser hangs the name on the
  clause as an apposition; the name after the comma is the subject.
- "X has told a Labour Party gathering that the Tory plans would fail": after the "that", a name
  opening the content is no addressee (the content lost its subject, or the claim was dropped).
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


@pytest.mark.parametrize(
    ("text", "content", "verb"),
    [
        (
            "Court\n\nThe firm misled a judge in a bid to halt the sale of its mine, the court has heard.",
            "The firm misled a judge in a bid to halt the sale of its mine",
            "heard",
        ),
        (
            "Court\n\nStaff were paid twice for the same shifts, an inquiry was told.",
            "Staff were paid twice for the same shifts",
            "told",
        ),
        ("Court\n\nThe contract was signed in May, MPs have been told.", "The contract was signed in May", "told"),
    ],
)
def test_statement_told_to_an_audience(text: str, content: str, verb: str) -> None:
    claims = claims_of(text)
    assert [(c.content, c.verb_text, c.speaker_id) for c in claims] == [(content, verb, None)]
    assert claims[0].speaker.endswith("(unresolved)")


def test_an_audience_claim_starts_after_a_missed_full_stop() -> None:
    text = (
        "Show\n\nThe contestants were told by hosts Ant and Dec. Jo Bell's decision to quit had given"
        " them a reprieve, the group were told."
    )
    assert [c.content for c in claims_of(text)] == ["Jo Bell's decision to quit had given them a reprieve"]


def test_an_audience_with_no_clause_is_no_claim() -> None:
    assert claims_of("Court\n\nLater that week, the court heard.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Tax\n\nCity officials have dismissed the bank's legal manoeuvres as pointless.",
            None,
            "the bank's legal manoeuvres as pointless",
        ),
        ("Tax\n\nJo Kent dismissed the offer as inadequate.", "jo-kent", "the offer as inadequate"),
        ("Tax\n\nJo Kent branded the plans as unworkable.", "jo-kent", "the plans as unworkable"),
        ('Tax\n\nJo Kent dismissed the report as a "pack of lies".', "jo-kent", 'the report as a "pack of lies"'),
    ],
)
def test_naming_the_object_as_an_adjective_is_a_view(text: str, speaker: str | None, content: str) -> None:
    claims = claims_of(text)
    assert [c.content for c in claims] == [content]
    if speaker is not None:
        assert claims[0].speaker_id == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Tax\n\nThe club dismissed Jo Kent as manager in May.",  # a sacking, no view
        "Tax\n\nThe firm dismissed 200 staff as sales fell.",
        "Tax\n\nJo Kent dismissed the claims.",  # no "as": what was said is not in the sentence
    ],
)
def test_dismissing_with_no_adjective_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tax\n\nBut another report in the Sunday Echo claims Mr Hall is unwilling to give up the role.",
            "Mr Hall is unwilling to give up the role",
        ),
        (
            "Tax\n\nThe lawsuit claims Acme Corp hid the losses from investors.",
            "Acme Corp hid the losses from investors",
        ),
    ],
)
def test_claims_before_a_capitalised_word(text: str, content: str) -> None:
    assert [c.content for c in claims_of(text)] == [content]


def test_claims_as_a_noun_in_a_name_is_no_claim() -> None:
    assert claims_of("Tax\n\nThe Insurance Claims Bureau handles the work.") == []


def test_spokesman_for_a_long_name_with_a_relative_clause() -> None:
    text = (
        "Risk\n\nA spokesman for the Federation of Tile and Brick Makers of Wessex (FTBM) which represents"
        " the trade said the rules were fair."
    )
    claims = claims_of(text)
    assert [(c.content, c.speaker) for c in claims] == [
        ("the rules were fair", "A spokesman for the Federation of Tile and Brick Makers of Wessex (FTBM)")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Tax\n\nMr Tom Hill spoke. He was advised to avoid a conflict and said he had done nothing wrong.",
            "tom-hill",
            "he had done nothing wrong",
        ),
        (
            "Tax\n\nJo Kent was cleared by the panel and said she would return to work on Monday.",
            "jo-kent",
            "she would return to work on Monday",
        ),
    ],
)
def test_passive_subject_speaks_the_coordinated_verb(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker_id, c.content) for c in claims_of(text)] == [(speaker, content)]


def test_name_before_a_dashed_aside_speaks() -> None:
    text = "Tax\n\nBut Acme Bank - itself a target of a lawsuit - said documents had been backdated to win the case."
    assert [(c.speaker_id, c.content) for c in claims_of(text)] == [
        ("acme-bank", "documents had been backdated to win the case")
    ]


def test_a_judge_in_a_case_with_a_relative_clause_stays_unresolved() -> None:
    # the short phrase would be resolved as a description, to the defendant named before
    text = (
        "Judge\n\nAn operation was launched against Tom Bix in 2002. The judge in the case, which lasted"
        ' seven days, said that "a heavy penalty was called for".'
    )
    assert [(c.speaker_id, c.content) for c in claims_of(text)] == [(None, "a heavy penalty was called for")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Deal\n\nAcme said on Thursday it had signed a new deal with the club.",
            "it had signed a new deal with the club",
        ),
        (
            "Deal\n\nThe firm said on Friday that farmland owned by the group would be sold.",
            "farmland owned by the group would be sold",
        ),
        ("Deal\n\nThe diary says on 13 March Lord Hill met the minister.", "on 13 March Lord Hill met the minister"),
    ],
)
def test_weekday_of_saying_left_out_of_content(text: str, content: str) -> None:
    assert [c.content for c in claims_of(text)] == [content]


def test_straight_quote_opened_at_the_end_of_the_content() -> None:
    text = (
        'Oil\n\n"The state is guarding its interests. This is normal," the president said. An Acme'
        ' spokesman has said the purchase is part of its plan to build a "strong, national oil firm."'
    )
    claims = claims_of(text)
    assert [c.content for c in claims] == [
        "The state is guarding its interests. This is normal",
        'the purchase is part of its plan to build a "strong, national oil firm."',
    ]
    assert claims[1].speaker_id == "acme"


def test_name_after_the_clause_parsed_as_an_apposition() -> None:
    text = (
        "Visit\n\nKeeping women out of work is a backward view of Islam, President Tariq Malik of Pakistan"
        " has said during a visit to Britain."
    )
    assert [(c.speaker_id, c.content) for c in claims_of(text)] == [
        ("tariq-malik", "Keeping women out of work is a backward view of Islam")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tax\n\nThe prime minister has told a Labour Party rally that the Tory plans would cause a slump.",
            "the Tory plans would cause a slump",
        ),
        (
            "Court\n\nHis lawyer, Jo Kent, told the court that Acme had claimed it paid the tax.",
            "Acme had claimed it paid the tax",
        ),
    ],
)
def test_name_after_told_that_opens_the_content(text: str, content: str) -> None:
    assert content in [c.content for c in claims_of(text)]
