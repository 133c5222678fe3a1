"""Session 25's claim content rules, on sentences written for the purpose (none copied from any
corpus).

- A verb that names its object ("called the move "a disgrace"", "dubbed herself "the
  hope-seller"", "hailed the result as a "historic" win") states the name it gives: the content
  is that name, the object only what it is about. "Branded", "dismissed", "sees X as Y" and
  "described X as Y" keep their object (annotated with it), and a word or two left
  not opening with a quote mark ("called him a "rat"") keeps the object too: a word or two alone
  states nothing. A quoted sentence after a quoted name is a claim of its own, as after reported
  words, not the name's quote resumed.
- A second reported clause joined by "and that" / "but that" goes on with the content, also when
  the parser reads the "that" as its subject's determiner ("but that money had been paid") or
  hangs the clause on a verb above the reporting one ("It failed after he said A, and that B").
- A quote left open at the end of its paragraph (it goes on in the next one) is resumed after its
  attribution like a closed one ('"A," said X. "B.' + a new paragraph: one claim A … B); a quote
  mark with a space after it closes a quote and opens none.
- A speaker phrase never opens with the closing quote mark the parser hung on the subject
  ('"...," Jean-Luc Marrot, from the union, told ...').
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in claims_of("Port\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('Jane Holt called the decision "a disgrace".', "Jane Holt", "a disgrace"),
        ('Ann Lee dubbed herself "the hope-seller".', "Ann Lee", "the hope-seller"),
        ('Critics hailed the ruling as a "landmark" victory.', "Critics", 'a "landmark" victory'),
        ('Mr Ross labelled the scheme "unworkable".', "Ross", "unworkable"),
    ],
)
def test_named_complement_is_the_content(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The crowd called him a "rat".', 'him a "rat"'),
        ('Mr Pell described the plan as "deeply flawed".', 'the plan as "deeply flawed"'),
        ('Ann Lee dubbed herself a "hope-seller".', 'herself a "hope-seller"'),
        ('Mr Vale branded the new hours as a "leap in the dark".', 'the new hours as a "leap in the dark"'),
        (
            'The club rejected the bid, calling his assumptions "aggressive" and his plan "damaging".',
            'his assumptions "aggressive" and his plan "damaging"',
        ),
    ],
)
def test_object_kept(text: str, content: str) -> None:
    assert content in [c for _s, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He said the error was only in the paperwork, but that money had indeed been paid on 3 May.",
            "the error was only in the paperwork, but that money had indeed been paid on 3 May",
        ),
        (
            "The bid failed after Tom Vell revealed it would cost £4m to buy the club, and that the club "
            "would also lose £1m a year.",
            "it would cost £4m to buy the club, and that the club would also lose £1m a year",
        ),
        (
            "Ms Holt said the talks had failed and that a strike was likely.",
            "the talks had failed and that a strike was likely",
        ),
    ],
)
def test_second_that_clause_goes_on(text: str, content: str) -> None:
    assert content in [c for _s, c in _pairs(text)]


def test_clause_of_its_own_stays_out() -> None:
    contents = [
        c for _s, c in _pairs("The bid collapsed after Ms Holt said the talks had failed, and the firm shut its doors.")
    ]
    assert contents == ["the talks had failed"]


def test_quote_after_a_quoted_name_is_a_claim_of_its_own() -> None:
    text = 'Ms Vale called the new target "hugely unambitious". "It leaves patients waiting two years before they are seen."'
    assert _pairs(text) == [
        ("Ms Vale", "hugely unambitious"),
        ("Ms Vale", "It leaves patients waiting two years before they are seen."),
    ]


def test_closing_quote_hung_on_the_speaker_is_not_its_name() -> None:
    # the parser hangs the quote's closing mark on the name (typed a work here, so the phrase is shown)
    text = 'Growers were unhappy. "It is not enough," Jean-Luc Marrot, from the FGU union, told the agency.'
    assert ("Jean-Luc Marrot, from the FGU union", "It is not enough") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"It is a front for somebody but not for Grobco," said Tom Pell, an analyst at Grob Capital in Leeds. '
            '"We do not know if this firm is linked to Grobco.\n\n"But it is likely."',
            "It is a front for somebody but not for Grobco … We do not know if this firm is linked to Grobco.",
        ),
        (
            'Mr Vale said: "I am glad we won the case but I am gutted that we had to go that far. "Tom Bark was '
            'given everything he asked for but he went back to his old ways.\n\n"That is sad."',
            "I am glad we won the case but I am gutted that we had to go that far … Tom Bark was given everything "
            "he asked for but he went back to his old ways.",
        ),
    ],
)
def test_quote_left_open_at_paragraph_end_is_resumed(text: str, content: str) -> None:
    contents = [c for _s, c in _pairs(text)]
    assert content in contents
    assert "But it is likely." in contents or "That is sad." in contents  # the next paragraph: its own claim


def test_closing_mark_after_a_space_opens_no_quote() -> None:
    text = (
        '"I wondered what would happen if they both got sick. Could I fly it? I had not flown for years... " '
        "Tim Hale later recalled. The network bought the play for $600 and it was shown in April."
    )
    assert not any("network" in c for _s, c in _pairs(text))
