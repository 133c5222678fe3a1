"""Claim extraction shapes of session 17, on sentences written for the purpose (none copied from any
corpus).

- "It said X", "It has warned that X", "It told the Post that X", "Last week, it denied that X",
  "..., when it warned X", "It studied the books and concluded that X": kept with "it" unresolved
  when no organisation is there for it to name (not "It says a lot that ...", "It did not say").
- "He said A and that B" / "... but it could B": a pronoun clause joined to the reported one goes
  on with it; "but the council disagreed" and ", while Labour criticised ..." are narration.
- "announced a new album", "pledged to cut prices" (as "vowed to sue"): no statement; "announced
  that ...", "announced their support", "pledged that ..." are.
- "According to X the ..." without a comma: the content is the clause after X.
- "leading Grobco to warn that ...": Grobco speaks; "urged Mr Bell to admit that ...": nobody.
- A straight quote reopened for its next sentence, then closed, pairs up: the claim ends there.
- "X said A, adding B" with the participle parsed inside A: A ends at the comma, B is X's claim.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of, triples_of

# an opening no organisation precedes, so "it" names nobody: kept, the speaker left unresolved
_RECEIVERS = "Plant\n\nThe receivers were called in on Monday to look at the books. "


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        ("It said it was hopeful it could save 40 jobs.", "said", "it was hopeful it could save 40 jobs"),
        ("It said that the plant would close.", "said", "the plant would close"),
        ("It has warned that the plant will close.", "warned", "the plant will close"),
        ("It told the Leeds Post that the sale was close.", "told", "the sale was close"),
        ("Last week, it denied that its staff broke the rules.", "denied", "its staff broke the rules"),
        ("But it argued the plant should stay open.", "argued", "the plant should stay open"),
        (
            "Trouble began in May, when it warned it was heading for a loss.",
            "warned",
            "it was heading for a loss",
        ),
        (
            "It spent the weekend on the books and concluded that the plant had to be sold.",
            "concluded",
            "the plant had to be sold",
        ),
    ],
)
def test_it_opening_a_statement_is_kept_unresolved(sentence: str, verb: str, content: str) -> None:
    claims = claims_of(_RECEIVERS + sentence)
    assert [(c.verb_text, c.content) for c in claims] == [(verb, content)]
    assert claims[0].speaker_id is None
    assert "unresolved" in claims[0].speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "It says a lot about the town that nobody came.",
        "It did not say the plant would close.",
        "It would say the plant was closing.",
        "It is said that the plant will close.",
        "It means that the plant will close.",
        "It spent the weekend at home and said nothing.",
    ],
)
def test_it_that_reports_nothing_gives_no_claim(sentence: str) -> None:
    assert claims_of(_RECEIVERS + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Jo Kent said the plan was late and that costs had risen.", "the plan was late and that costs had risen"),
        (
            "Ms Kent stressed the plan had not been confined to Leeds but it could spread to York.",
            "the plan had not been confined to Leeds but it could spread to York",
        ),
        ("Ms Kent said the plan was late but the council disagreed.", "the plan was late"),
        (
            "The Greens said the plan could let private firms run the schools, while Labour criticised"
            ' "costly" Tory promises on schools.',
            "the plan could let private firms run the schools",
        ),
    ],
)
def test_a_second_clause_goes_on_only_when_it_is_reported(sentence: str, content: str) -> None:
    assert [c.content for c in claims_of("Plan\n\n" + sentence)] == [content]


def test_a_thing_announced_or_an_aim_pledged_is_no_statement() -> None:
    text = (
        "Music\n\nThe band announced a new album on Monday. The firm announced 200 job cuts. Acme pledged"
        " to cut prices. Jo Kent promised to resign. Acme announced that it would cut 200 jobs. The Greens"
        " announced their support for the plan. Acme pledged that prices would fall."
    )
    assert [(c.verb_text, c.content) for c in claims_of(text)] == [
        ("announced", "it would cut 200 jobs"),
        ("announced", "their support for the plan"),
        ("pledged", "prices would fall"),
    ]


def test_according_to_without_a_comma_starts_at_the_clause() -> None:
    text = (
        "Post\n\nAccording to Grobco the parcels were sent via depots in Leeds, two York schools and a Hull"
        " college. According to a survey carried out by Acme and Globex, nearly half of shoppers buy online."
    )
    assert [(c.speaker, c.content) for c in claims_of(text)] == [
        ("Grobco", "the parcels were sent via depots in Leeds, two York schools and a Hull college"),
        ("a survey carried out by Acme and Globex", "nearly half of shoppers buy online"),
    ]


def test_the_one_led_to_speak_speaks_and_the_one_urged_does_not() -> None:
    text = (
        "Cash\n\nThe deals were delayed, leading Grobco to warn in June that it was running out of cash."
        " The figures prompted the minister to say the plan had failed. The judge urged Mr Bell to admit"
        " that he lied. The board asked her to confirm the sale was off."
    )
    assert triples_of(text) == [
        ("Grobco", "warn", "it was running out of cash"),
        ("the minister", "say", "the plan had failed"),
    ]


def test_a_quote_reopened_and_closed_ends_at_its_close() -> None:
    text = (
        "Patents\n\nJo Kent, the firm's strategy manager, said the move was a real attempt to help others."
        ' "We think that sharing these patents will speed up new ideas. "This is about working together."'
        " Ms Kent compared the plan to the way the web was built. Tom Bell said the move was welcome."
    )
    contents = [c.content for c in claims_of(text)]
    assert 'We think that sharing these patents will speed up new ideas. "This is about working together.' in contents
    assert not any("compared" in content for content in contents)


def test_a_participle_hung_inside_the_clause_said_is_a_claim_of_its_own() -> None:
    text = (
        "Talks\n\nAlan Kent said it was wrong to suggest the chancellor would usurp Mr Bell, adding they would"
        ' "work as a team". The receivers were called in. It said it was hopeful it could save 40 jobs by'
        " selling the plant, saying it had had offers from several buyers."
    )
    assert triples_of(text) == [
        ("Alan Kent", "said", "it was wrong to suggest the chancellor would usurp Mr Bell"),
        ("Alan Kent", "adding", 'they would "work as a team"'),
        ("It (unresolved)", "said", "it was hopeful it could save 40 jobs by selling the plant"),
        ("It (unresolved)", "saying", "it had had offers from several buyers"),
    ]
