"""Session 34: claims and speakers session 33 left, on sentences written for the purpose (none copied
from any corpus).

- "Bell's France, by Jim Roper, says ...": a work named by its title, whose head word the model takes
  for a place (or a body), set off as a work by "by <person>" or by a work noun in apposition ("a new
  book by Jim Roper"): its author speaks (as "The Road to Tarbury, by Jim Roper, says" already did),
  or the work unresolved; never the place in its title. Not "France, by contrast, says".
- "A, she said, according to the book." / "A, she told the paper, according to X." / "He said A,
  according to the book.": the closing source's claim over the whole report (content verbatim,
  the inner attribution with it) and hers (A), whether her subject is written as a name or a
  pronoun (before, a pronoun gave no outer claim, or lost her own claim to it).
- "A Velt spokesman declined to comment. But the spokesman said ...": "the spokesman" after one
  met only in narration since the last claim (this paragraph or the one before) speaks for the one
  organisation that one was introduced with, when the passage writes one spokesperson, introduced
  with one body and no name ("a Velt spokesman", "a spokesman for X", "X's spokesman"). Not two
  spokesmen, not "the prime minister's spokesman" (no body), not a spokesman named ("a Velt
  spokesman, Jim Roper,"), not one of another word (a spokeswoman), not a claim by another between.
  Mended after review: not when the claim before is by a spokesman of the same word, unresolved
  ("The mayor's spokesman said ... A Grobco spokesman was not available. The spokesman said": that
  one goes on), nor after "added"; only names between "a/the" and the word ("the Velt Workers Union
  met a spokesman" introduces no Velt one), none when a lower-case owner follows ("a spokesman for
  the strikers"), none for a former one ("a former Grobco spokesman", met or speaking).
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Velt news\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


def _ids(text: str) -> list[str | None]:
    return [c.speaker_id for c in claims_of(_OPENING + text)]


class TestATitledWorkIsNotItsPlace:
    def test_title_with_a_place_by_its_author(self):
        found = _found(
            "Tom Pell and Ann Bell met on Monday. Pell's France, by Jim Roper, says there is bad blood between the two men."
        )
        assert found == [("Jim Roper", "jim-roper", "there is bad blood between the two men")]

    def test_a_later_it_is_not_the_place(self):
        found = _found(
            "Tom Pell and Ann Bell met on Monday. Pell's France, by Jim Roper, says there is bad blood between"
            " the two men. It also suggests that Ms Bell wanted the top job."
        )
        assert all(c[1] != "france" for c in found), found

    def test_title_with_a_work_noun_in_apposition(self):
        found = _found(
            "Tom Pell met Ann Bell in Paris. Pell's France, a new book by Jim Roper, says the two fell out in 2003."
        )
        assert found == [("Jim Roper", "jim-roper", "the two fell out in 2003")]

    def test_title_owned_by_a_firm(self):
        found = _found("Tom Pell met Ann Bell in Paris. Grobco's Germany, by Jim Roper, says the two fell out in 2003.")
        assert [c[1] for c in found] == ["jim-roper"]

    def test_the_place_by_contrast_still_speaks(self):
        found = _found("Tom Pell met Ann Bell in Paris. France, by contrast, says the two fell out in 2003.")
        assert [c[1] for c in found] == ["france"]

    def test_a_body_by_its_own_account_still_speaks(self):
        found = _found("Tom Pell met Ann Bell in Paris. Grobco, by its own account, says sales fell in 2003.")
        assert [c[1] for c in found] == ["grobco"]

    def test_a_title_without_a_place_unchanged(self):
        found = _found(
            "Tom Pell met Ann Bell in Paris. The Road to Tarbury, by Jim Roper, says the two fell out in 2003."
        )
        assert [c[1] for c in found] == ["jim-roper"]

    def test_a_titled_work_without_its_author_is_unresolved(self):
        found = _found("Tom Pell met Ann Bell in Paris. Pell's France, a new book, says the two fell out in 2003.")
        assert [c[1] for c in found] == [None], found

    def test_a_programme_in_apposition_to_a_medium_still_speaks(self):
        found = _found(
            "Tom Pell met Ann Bell in Paris. Newsnight, the BBC programme, reported that the two fell out in 2003."
        )
        assert [c[1] for c in found] == ["newsnight"], found

    def test_owned_or_founded_by_is_no_author(self):
        found = _found(
            "Tom Pell met Ann Bell in Paris. The Velt Times, owned by Jim Roper, says the two fell out in 2003."
        )
        assert [c[1] for c in found] == ["velt-times"], found
        found = _found("Tom Pell met Ann Bell in Paris. Grobco, founded by Jim Roper, says sales fell in 2003.")
        assert [c[1] for c in found] == ["grobco"], found


class TestClosingSourceOverAPronoun:
    def test_she_said_according_to_the_book(self):
        found = _found("Ann Bell met the mayor in May. The mill will close next year, she said, according to the book.")
        assert ("the book", None, "The mill will close next year, she said") in found
        assert ("Ann Bell", "ann-bell", "The mill will close next year") in found

    def test_she_said_past_tense_keeps_her_claim(self):
        found = _found("Ann Bell met the mayor in May. The mill closed in May, she said, according to the book.")
        assert ("Ann Bell", "ann-bell", "The mill closed in May") in found
        assert ("the book", None, "The mill closed in May, she said") in found

    def test_he_told_the_paper_according_to_a_person(self):
        found = _found(
            "Ann Bell met the mayor in May. Jim Roper was there too. The mill will close next year, he told the"
            " paper, according to Tom Pell."
        )
        assert ("Jim Roper", "jim-roper", "The mill will close next year") in found
        assert ("Tom Pell", "tom-pell", "The mill will close next year, he told the paper") in found

    def test_he_said_opening_according_to_the_book(self):
        found = _found("Ann Bell met Jim Roper in May. He said the mill would close next year, according to the book.")
        assert ("Jim Roper", "jim-roper", "the mill would close next year") in found
        assert ("the book", None, "He said the mill would close next year") in found

    def test_a_medium_closing_it_is_her_outlet(self):
        claims = claims_of(
            _OPENING
            + "Ann Bell met the mayor in May. The mill will close next year, she said, according to the Velt Times."
        )
        assert [(c.speaker_id, c.content, c.outlets) for c in claims] == [
            ("ann-bell", "The mill will close next year", ["velt-times"])
        ]

    def test_data_closing_it_makes_no_outer_claim(self):
        found = _found("Ann Bell met the mayor in May. Sales fell sharply, she said, according to official data.")
        assert all(c[0] != "official data" for c in found), found

    def test_more_than_an_attribution_before_the_source_is_no_closing_attribution(self):
        found = _found(
            "Ann Bell met the mayor in May. The mill will close next year, she told the paper that had first"
            " broken the story, according to the book."
        )
        assert all(c[2] != "The mill will close next year" or c[0] != "the book" for c in found), found

    def test_a_norm_closing_it_makes_no_outer_claim(self):
        found = _found(
            "Ann Bell met the mayor in May. Staff should have been told, she said, according to the club code."
        )
        assert [c[:2] for c in found] == [("Ann Bell", "ann-bell")], found
        assert found[0][2].startswith("Staff should have been told"), found


class TestTheSpokesmanMetInNarration:
    def test_declined_then_said(self):
        text = "Tom Pell said the plan was a mistake.\n\nA Velt spokesman declined to comment on the talks. But the spokesman said the plan would go ahead."
        assert _ids(text) == ["tom-pell", "velt"]

    def test_a_spokesman_for_a_body(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nLater, a spokesman for the Velt Workers Union was asked about"
            " the plan. The spokesman said the plan would go ahead."
        )
        assert _ids(text) == ["tom-pell", "velt-workers-union"]

    def test_the_body_s_spokesman(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nThe Velt Workers Union's spokesman refused to comment on the"
            " talks. The spokesman later said the plan would go ahead."
        )
        assert _ids(text) == ["tom-pell", "velt-workers-union"]

    def test_no_claim_before(self):
        text = 'He met a Grobco spokesman on Friday. "We will not give up," said the spokesman.'
        assert _ids(text) == ["grobco"]

    def test_two_spokesmen(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nA Velt spokesman declined to comment. A Grobco spokesman was"
            " also asked. The spokesman said the plan would go ahead."
        )
        assert _ids(text) == ["tom-pell", None]

    def test_a_person_s_spokesman(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nOn Monday the mayor's spokesman took questions on the plan."
            " The spokesman said the plan would go ahead."
        )
        assert _ids(text) == ["tom-pell", None]

    def test_another_speaker_between(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nA Velt spokesman declined to comment. Ann Bell said it was a"
            " scandal. The spokesman said the plan would go ahead."
        )
        assert _ids(text) == ["tom-pell", "ann-bell", None]

    def test_a_named_spokesman(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nA Velt spokesman, Jim Roper, declined to comment. The"
            " spokesman said the plan would go ahead."
        )
        assert _ids(text)[1] in (None, "jim-roper")

    def test_a_spokeswoman_is_not_the_spokesman(self):
        text = (
            'Tom Pell said the plan was a mistake.\n\nA Velt spokesman declined to comment. "No," the spokeswoman said.'
        )
        assert _ids(text) == ["tom-pell", None]

    def test_too_far_back(self):
        text = (
            "Tom Pell said the plan was a mistake.\n\nA spokesman for the Velt Workers Union met Ann Bell.\n\nThe"
            ' talks lasted two hours. Velt is a small town.\n\n"We will fight on," the spokesman said.'
        )
        assert _ids(text) == ["tom-pell", None]

    def test_not_after_a_person_s_spokesman_who_spoke_last(self):
        text = (
            "The mayor's spokesman said the plan was dead. A Grobco spokesman was not available. The spokesman"
            " said talks would resume on Monday."
        )
        assert _ids(text) == [None, None]

    def test_not_when_the_verb_goes_on_with_the_last_speaker(self):
        text = (
            "Tom Pell's spokesman said the plan was dead.\n\nA Grobco spokesman could not be reached for"
            " comment. The spokesman added that the talks would resume."
        )
        assert _ids(text) == [None, None]

    def test_after_a_spokeswoman_s_claim_the_spokesman_met_since(self):
        text = (
            "A Velt spokeswoman said the plan was dead.\n\nA Grobco spokesman declined to comment on the"
            " talks. But the spokesman said the plan would go ahead."
        )
        assert _ids(text) == ["velt", "grobco"]

    def test_a_body_across_a_verb_is_not_the_owner(self):
        text = (
            "Tom Pell said the plan was dead.\n\nThe Velt Workers Union met a spokesman for the strikers on"
            " Friday. The spokesman said the strike would go on."
        )
        assert _ids(text) == ["tom-pell", None]

    def test_a_body_across_a_preposition_is_not_the_owner(self):
        text = (
            "Tom Pell said the plan was dead.\n\nAnn Bell wrote to the Velt Council about a spokesman who swore"
            " at her. The spokesman said he had done nothing wrong."
        )
        assert _ids(text) == ["tom-pell", None]

    def test_a_former_spokesman_met_in_narration(self):
        text = (
            "Tom Pell said the plan was dead.\n\nA former Grobco spokesman, sacked in May, has written a book"
            " about the firm. The spokesman said the firm was badly run."
        )
        assert _ids(text) == ["tom-pell", None]

    def test_a_former_spokesman_speaks_for_no_body(self):
        text = "Tom Pell said the plan was dead. A former Grobco spokesman said the firm was badly run."
        assert _ids(text) == ["tom-pell", None]

    def test_he_is_not_the_body(self):
        text = 'Tom Pell said the talks had failed.\n\nA Grobco spokesman declined to comment. "We will not give up," he said.'
        assert _ids(text) == ["tom-pell", None]


def test_a_statement_in_apposition_is_no_work():
    found = _found(
        "Grobco has bid for Tarco.\n\nIt will buy Velt Bricks and its parent, Velt Holdings Ltd, a Grobco statement said."
    )
    assert [c[1] for c in found] == ["grobco"], found


class TestAnOrganisationTaggedPersonBlocksHe:
    """Session 33 left "a person the model tags as an organisation lets 'he said' through to an
    earlier person". On the start code of session 34 it does not (these pass there too): guards."""

    def test_inverted_quote_then_he_added(self):
        text = (
            'Jim Roper said sales rose.\n\n"It was a good year," said Deutsche Pellow, the firm\'s chief'
            " executive.\n\nHe added that the firm would hire 200 staff."
        )
        assert _ids(text)[2] != "jim-roper"

    def test_told_a_paper_then_he_said(self):
        text = (
            "Jim Roper said sales rose.\n\nTelco Brands, the firm's founder, told the Velt Times the year had been"
            ' good.\n\n"We will hire 200 staff," he said.'
        )
        assert _ids(text)[2] != "jim-roper"
