"""Speakers, session 31 (round 2, on fresh27's shapes), on sentences written for the purpose
(none copied from any corpus).

- "... said Grobco's Robin Hale. Pelling has revealed that ... And she added that ...": a surname
  alone that the model tagged nothing for, which spoke just before the pronoun, blocks the pronoun
  from reaching back over it to an earlier speaker (the pronoun is left unresolved); a surname
  counts as a name when the article writes it capitalised inside a sentence too ("JT Pelling's").
"""

from __future__ import annotations

from nlp_util import claim_rows

_BOOK = (
    "Grobco has run out of copies of the new Velt thriller in two hours. Hundreds of shops sent orders "
    "through the grobco.com portal. {S} revealed she had written the last page in a caravan. {F}'s "
    'third thriller sold 9,000 copies. "Seeing it lead our list in a morning tells us how eager shops '
    "are,\" said Grobco's Robin Hale.\n\nThe thriller follows a diver in a sunken town. {S} has "
    "already revealed that her diver survives. And she added that a storm on a ferry gave her the plot."
)


_found = claim_rows("speaker speaker_id content", opening="Book news\n\n")


class TestUntaggedSurnameSpokeBetween:
    def test_she_does_not_reach_back_over_an_untagged_surname(self) -> None:
        found = _found(_BOOK.format(S="Pelling", F="JT Pelling"))
        last = found[-1]
        assert last[2].startswith("a storm on a ferry")
        assert last[1] is None  # not Robin Hale, who spoke before Pelling did
        assert last[0] == "she (unresolved)"

    def test_the_surname_tagged_as_a_person_is_the_speaker(self) -> None:
        # guard: once the name is a person's entity, "she" goes on with her
        found = _found(_BOOK.format(S="Hobbs", F="JT Hobbs"))
        assert found[-1][1] == "jt-hobbs"

    def test_a_capitalised_word_written_only_at_sentence_starts_does_not_block(self) -> None:
        # guard: a one-word speaker the article never writes inside a sentence may be a common word
        # opening it; the rules before hold (here: the speaker just before is Robin Hale)
        found = _found(
            "Grobco has run out of the new Velt thriller. "
            '"It leads our list," said Grobco\'s Ann Hale.\n\n'
            "Pelling revealed that sales were up. "
            '"We are delighted," she added.'
        )
        assert found[-1][2] == "We are delighted"
        assert found[-1][1] == "ann-hale"


# "the union" after a federation that spoke, then another union the article writes as one
_UNIONS = (
    "Closing ten ferry routes will be a costly error, according to a study by the Grobland Workers "
    "Union.\n\n{MEMBERS} members will walk out for two days in June. The Grobland Workers Union said the "
    'closures would cost more than they saved. "Islands will be cut off," said its leader Tom Pell. {STRIKE} '
    "The union says it wants talks on rest breaks and overtime."
)


def _union(members: str, strike: str) -> str | None:
    found = _found(_UNIONS.format(MEMBERS=members, STRIKE=strike))
    assert found[-1][2].startswith("it wants talks")
    return found[-1][1]


class TestTheUnionOfTheStory:
    def test_the_union_written_as_one_in_the_sentence_before(self) -> None:
        # "Ferry Staff and Harbour Services union" and its initials "FSHS": the union just before
        assert (
            _union(
                "Ferry Staff and Harbour Services union", "This month's walkout by the FSHS is the longest in a decade."
            )
            == "fshs"
        )

    def test_two_unions_in_the_sentence_before_leave_it_open(self) -> None:
        strike = "This month's walkout by the FSHS and the Velt Dockers union is the longest in a decade."
        assert _union("Ferry Staff and Harbour Services union", strike) is None

    def test_another_union_named_further_back_leaves_it_open(self) -> None:
        strike = "This month's walkout by the FSHS is the longest in a decade. Ferries will be hit."
        assert _union("Ferry Staff and Harbour Services union", strike) is None

    def test_no_other_union_keeps_the_one_that_spoke(self) -> None:
        # guard: staff of a firm are no union; the federation that spoke stays
        assert (
            _union("Ferry staff", "This month's walkout by Velt staff is the longest in a decade.")
            == "grobland-workers-union"
        )


_BUDGET = (
    "Tom Pell has set out his fuel tax plans before MPs.\n\n"
    "The chancellor said the new levy would pay for rural buses. Mr Pell denied claims that he had hidden "
    "the costs. {MID}Opposition MP Jo Marsh asked Mr Pell whether the auditors had been kept in the dark, and "
    "said a letter had gone missing. But the chancellor said Ms Marsh was mistaken."
)


class TestTheSameOfficeAgain:
    def test_the_chancellor_again_is_the_one_it_was_given_before(self) -> None:
        found = _found(_BUDGET.format(MID=""))
        assert found[0][:2] == ("The chancellor", "tom-pell")
        assert found[-1][1:] == ("tom-pell", "Ms Marsh was mistaken")

    def test_another_holder_named_since_leaves_it_open(self) -> None:
        # guard: "Former chancellor Ken Brook" between: either may be "the chancellor"
        found = _found(_BUDGET.format(MID="Former chancellor Ken Brook backed the plans. "))
        assert found[-1][1:] == (None, "Ms Marsh was mistaken")


_FERRIES = (
    "{LEAD}\n\nThe Danish group, the region's biggest builder of ferries, said it is to shut three of its 12 "
    "yards in Asia."
)


class TestDescribedFirmWithApposition:
    def test_the_nationality_firm_with_an_apposition_is_the_one_that_spoke(self) -> None:
        lead = "Grobco saw its stock jump 6% on Friday after it said it would build more ships overseas."
        found = _found(_FERRIES.format(LEAD=lead))
        assert found[-1][1:] == ("grobco", "it is to shut three of its 12 yards in Asia")

    def test_two_organisations_before_leave_it_open(self) -> None:
        # guard: another organisation spoke in the sentence before, the first one is its subject
        lead = (
            "Grobco saw its stock jump 6% on Friday after Tarbury Holdings said it would buy the ferry arm of Grobco."
        )
        found = _found(_FERRIES.format(LEAD=lead))
        assert found[-1][1] is None
