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
  hangs the clause on a verb above the reporting one ("X was dropped after he said A, and that B").
- A quote left open at the end of its paragraph (it goes on in the next one) is resumed after its
  attribution like a closed one ('"A," said X. "B.' + a new paragraph: one claim A … B); a quote
  mark with a space after it closes a quote and opens none.
- A speaker phrase never opens with the closing quote mark the parser hung on the subject
  ('"...," Jean-Luc Marrot, from the union, told ...').
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_pairs = claim_rows("speaker content", opening="Port\n\n")


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
        ('Ms Dorn branded the late kick-off as a "shot in the foot".', 'the late kick-off as a "shot in the foot"'),
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
            "She said the mistake lay in the forms alone, but that cash had in fact been sent on 9 June.",
            "the mistake lay in the forms alone, but that cash had in fact been sent on 9 June",
        ),
        (
            # the parser hangs the that-clause on "dropped", above the reporting verb
            "The plan was dropped after the mayor admitted the bridge would cost twice as much, and that nobody "
            "had checked the figures.",
            "the bridge would cost twice as much, and that nobody had checked the figures",
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
    # the parser hangs the quote's closing mark on the name; the model types the name a work, which
    # session 37 no longer lets drop the person named right after a quote: the name is the speaker
    # (before, the whole phrase "Jean-Luc Marrot, from the FGU union" was shown, unresolved)
    text = 'Growers were unhappy. "It is not enough," Jean-Luc Marrot, from the FGU union, told the agency.'
    assert ("Jean-Luc Marrot", "It is not enough") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "content", "next_claim"),
    [
        (
            '"This shop sells for someone else, not for Kelco," said Ann Rudd, a trader at Mint Partners in Hull. '
            '"Nobody can say who owns it.\n\n"My guess is a rival."',
            "This shop sells for someone else, not for Kelco … Nobody can say who owns it.",
            "My guess is a rival.",
        ),
        (
            'Mr Vale said: "I am glad we won the case but I am gutted that we had to go that far. "Tom Bark was '
            'given everything he asked for but he went back to his old ways.\n\n"That is sad."',
            "I am glad we won the case but I am gutted that we had to go that far … Tom Bark was given everything "
            "he asked for but he went back to his old ways.",
            "That is sad.",
        ),
    ],
)
def test_quote_left_open_at_paragraph_end_is_resumed(text: str, content: str, next_claim: str) -> None:
    contents = [c for _s, c in _pairs(text)]
    assert content in contents
    assert next_claim in contents  # the next paragraph: its own claim


def test_closing_mark_after_a_space_opens_no_quote() -> None:
    text = (
        '"We asked ourselves who would steer if the crew fell ill. Could I do it? I had not sailed since school... " '
        "Ann Rudd later wrote. The studio sold the script for $900 and it aired in June."
    )
    assert not any("studio" in c for _s, c in _pairs(text))
