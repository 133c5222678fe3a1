"""Speakers, session 31 (round 2, on fresh27's shapes), on sentences written for the purpose
(none copied from any corpus).

- "Grobco's Robin Hale said ... Pawling has revealed that ... And she added that ...": a surname
  alone that the model tagged nothing for, which spoke just before the pronoun, blocks the pronoun
  from reaching back over it to an earlier speaker (the pronoun is left unresolved); a surname
  counts as a name when the article writes it capitalised inside a sentence too ("JK Pawling's").
"""

from __future__ import annotations

from nlp_util import claims_of

_BOOK = (
    "Grobco has sold out of the new Velt novel within a day. Thousands of readers placed orders on the "
    "grobco.com website. {S} revealed she had finished the book in May. {F}'s fourth book sold 40,000 "
    'copies. "The fact that it is already top of our chart shows how keen readers are," said Grobco\'s '
    "Robin Hale.\n\nThe book follows a boy in a floating city. {S} has already revealed that the villain "
    "is not the boy's father. And she added that the last chapter had been in her mind for years."
)


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content) for c in claims_of("Book news\n\n" + text)]


class TestUntaggedSurnameSpokeBetween:
    def test_she_does_not_reach_back_over_an_untagged_surname(self) -> None:
        found = _found(_BOOK.format(S="Pawling", F="JK Pawling"))
        last = found[-1]
        assert last[2].startswith("the last chapter")
        assert last[1] is None  # not Robin Hale, who spoke before Pawling did
        assert last[0] == "she (unresolved)"

    def test_the_surname_tagged_as_a_person_is_the_speaker(self) -> None:
        # guard: once the name is a person's entity, "she" goes on with her
        found = _found(_BOOK.format(S="Dowling", F="JK Dowling"))
        assert found[-1][1] == "jk-dowling"

    def test_a_capitalised_word_written_only_at_sentence_starts_does_not_block(self) -> None:
        # guard: a one-word speaker the article never writes inside a sentence may be a common word
        # opening it; the rules before hold (here: the speaker just before is Robin Hale)
        found = _found(
            "Grobco has sold out of the new Velt novel. "
            '"It is top of our chart," said Grobco\'s Ann Hale.\n\n'
            "Pawling revealed that sales were up. "
            '"We are delighted," she added.'
        )
        assert found[-1][2] == "We are delighted"
        assert found[-1][1] == "ann-hale"


# "the union" after a federation that spoke, then another union the article writes as one
_UNIONS = (
    "Plans to shed 5,000 ferry jobs will prove a mistake, according to a report by the Grobland Workers "
    "Union.\n\n{MEMBERS} members have voted to strike on 5 May. The Grobland Workers Union said the cuts "
    'would save little. "The costs could outweigh the gains," said its leader Tom Pell. {STRIKE} '
    "The union says it is worried about pensions and pay."
)


def _union(members: str, strike: str) -> str | None:
    found = _found(_UNIONS.format(MEMBERS=members, STRIKE=strike))
    assert found[-1][2].startswith("it is worried")
    return found[-1][1]


class TestTheUnionOfTheStory:
    def test_the_union_written_as_one_in_the_sentence_before(self) -> None:
        # "Ferry Staff and Harbour Services union" and its initials "FSHS": the union just before
        assert (
            _union(
                "Ferry Staff and Harbour Services union", "Next Friday's strike by the FSHS is the biggest since 1993."
            )
            == "fshs"
        )

    def test_two_unions_in_the_sentence_before_leave_it_open(self) -> None:
        strike = "Next Friday's strike by the FSHS and the Velt Dockers union is the biggest since 1993."
        assert _union("Ferry Staff and Harbour Services union", strike) is None

    def test_another_union_named_further_back_leaves_it_open(self) -> None:
        strike = "Next Friday's strike by the FSHS is the biggest since 1993. Ferries will be hit."
        assert _union("Ferry Staff and Harbour Services union", strike) is None

    def test_no_other_union_keeps_the_one_that_spoke(self) -> None:
        # guard: staff of a firm are no union; the federation that spoke stays
        assert (
            _union("Ferry staff", "Next Friday's strike by Velt staff is the biggest since 1993.")
            == "grobland-workers-union"
        )


_BUDGET = (
    "Tom Pell has defended his spending plans before MPs.\n\n"
    "The chancellor said the rules would force a budget surplus. Mr Pell denied claims that he had fiddled "
    "the figures. {MID}Opposition MP Jo Marsh asked Mr Pell whether officials had been leaned on, and said a "
    "paper had been sent. But the chancellor said Ms Marsh was wrong."
)


class TestTheSameOfficeAgain:
    def test_the_chancellor_again_is_the_one_it_was_given_before(self) -> None:
        found = _found(_BUDGET.format(MID=""))
        assert found[0][:2] == ("The chancellor", "tom-pell")
        assert found[-1][1:] == ("tom-pell", "Ms Marsh was wrong")

    def test_another_holder_named_since_leaves_it_open(self) -> None:
        # guard: "Former chancellor Ken Brook" between: either may be "the chancellor"
        found = _found(_BUDGET.format(MID="Former chancellor Ken Brook backed the plans. "))
        assert found[-1][1:] == (None, "Ms Marsh was wrong")


_FRIDGES = (
    "{LEAD}\n\nThe Swedish firm, the world's largest maker of fridges, said it is to close five of its 20 "
    "plants in Europe."
)


class TestDescribedFirmWithApposition:
    def test_the_nationality_firm_with_an_apposition_is_the_one_that_spoke(self) -> None:
        lead = "Grobco saw its shares rise 10% on Monday after it said it would move more work abroad."
        found = _found(_FRIDGES.format(LEAD=lead))
        assert found[-1][1:] == ("grobco", "it is to close five of its 20 plants in Europe")

    def test_two_organisations_before_leave_it_open(self) -> None:
        # guard: another organisation spoke in the sentence before, the first one is its subject
        lead = "Grobco saw its shares rise 10% on Monday after Tarbury Holdings said it would buy the fridge arm of Grobco."
        found = _found(_FRIDGES.format(LEAD=lead))
        assert found[-1][1] is None
