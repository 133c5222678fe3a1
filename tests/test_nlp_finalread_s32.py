"""The final read of session 32 (notes/FINALREAD_s32.md), mended: each confident wrong answer it
found, on sentences written for the purpose (none copied from any corpus), and the guards.

- "A minister has resigned ...": an office opening the lead's sentence is an anonymous source, no
  titled person named later; nor a holder the lead's he/she does not fit.
- The profile's subject: not when the quotation speaks of them by a pronoun that fits them
  ("He was always going to win a cup," he said), outside a quotation nested in it.
- A rejected noun's relative clause of saying ("dismissed the report the firm says it sent") is
  no denial; a clause after the verb's own hearer ("reports he told Velt he would quit") still is.
- A one-word name "in X-shire" with a body's apposition after the county ("Varnell in Lancashire,
  a family firm") is no town; a closing attribution (", the firm said") is no apposition.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of, mention_labels

_speakers = claim_rows("speaker speaker_id")


# ---- an anonymous lead office


class TestLeadOfficeAnonymous:
    def test_office_opening_the_sentence(self) -> None:
        found = _speakers(
            "Judge warns\n\nA senior judge has warned that the courts are close to collapse.\n\n"
            "Judge Tom Pell, who retired last year, said the warning was overdue."
        )
        assert found[0] == ("A senior judge", None), found

    def test_office_opening_the_sentence_saying(self) -> None:
        found = _speakers(
            "Mayor attacks plan\n\nA mayor has criticised the plan to close the harbour, saying it would ruin the"
            " town.\n\nThe plan was drawn up by Grobco. Tom Pell, mayor of the next town, said he backed it."
        )
        assert found[0][1] is None, found

    def test_pronoun_does_not_fit(self) -> None:
        found = _speakers(
            "Band on ferry\n\nA folk band has recorded a song on a ferry, upsetting a mayor who says she was misled."
            '\n\nVelt was filmed. "I am not pleased," Mayor Tom Pell said.'
        )
        assert found[0] == ("a mayor", None), found

    def test_brought_in_inside_the_sentence_kept(self) -> None:
        """The guard: the office brought in inside the sentence, and he fits."""
        found = _speakers(
            "Harbour plan\n\nThe council has been criticised by a mayor who says the harbour plan will ruin the town."
            '\n\n"It is a disgrace," Mayor Tom Pell said.'
        )
        assert found[0] == ("a mayor", "tom-pell"), found


# ---- the subject of a profile, spoken of by a pronoun

_PROFILE = (
    "Harbour news\n\nVeteran skipper Tom Pell is a winner, by any measure.\n\n"
    "Pell has sailed for Grobco and, more recently, for Velt. Now Pell is back in Tarbury as the "
    "harbour club's secret weapon.\n\n"
)


class TestProfileSubjectSpokenOf:
    @pytest.mark.parametrize(
        "rest",
        [
            "In 1990 Jim Vell trained Pell as a boy and is sure of the comeback. That was years ago, at the harbour."
            '\n\n"He was always going to win a cup," he said.',
            "In 1990 Jim Vell trained Pell as a boy and is sure of the comeback. That was years ago, at the harbour."
            ' "He was always going to win a cup," he said.',
            "The old harbour master remembers him well. He is 80 now and still fishes every day."
            ' "He was always going to win a cup," he said.',
            "Back then, a fisherman called Jim Vell taught Pell to sail. That was years ago, at the harbour."
            '\n\n"He was a natural," he said.',
        ],
    )
    def test_a_pronoun_that_fits_him(self, rest: str) -> None:
        found = _speakers(_PROFILE + rest)
        assert found[-1][1] is None, found

    def test_a_pronoun_that_does_not_fit_kept(self) -> None:
        """The guard: "she" in the words is someone else; the subject still speaks."""
        found = _speakers(
            _PROFILE + 'Fans say he is the best skipper the town has had.\n\n"She taught me to sail," he said.'
        )
        assert found[-1] == ("Pell", "tom-pell"), found

    def test_a_pronoun_in_a_nested_quotation_kept(self) -> None:
        """The guard: a pronoun inside a quotation the words quote is not the speaker's own."""
        found = _speakers(
            _PROFILE + "Fans say he is the best skipper the town has had.\n\n"
            "\"The crew all shouted 'he is mad' when I turned back,\" he said."
        )
        assert found[-1] == ("Pell", "tom-pell"), found


# ---- a rejected noun's relative clause of saying


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bell dismissed the report the firm says it sent in May.",
        "Ann Bell rejected the claims Grobco says it made in March.",
    ],
)
def test_a_relative_clause_of_saying_is_no_denial(text: str) -> None:
    found = [(c.speaker, c.content) for c in claims_of(text)]
    assert not any(speaker == "Ann Bell" for speaker, _ in found), found


def test_a_clause_after_the_hearer_still_denied() -> None:
    """The guard: "told Velt he would quit" has its own hearer before the inner clause."""
    found = [(c.speaker, c.content) for c in claims_of("Tom Pell dismissed reports he told Velt he would quit.")]
    assert found == [("Tom Pell", "he told Velt he would quit")], found


# ---- a firm in a county


def test_a_firm_apposed_after_the_county_is_no_place() -> None:
    got = mention_labels("The award went to Varnell in Lancashire, a family firm that makes boats.")
    assert "PLACE" not in {label for text, label in got.items() if "Varnell" in text}, got


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The award went to Tarbury in Lancashire, a town that makes boats.", "Tarbury"),
        ("Jobs will go at Harnby in Gloucestershire, the firm said.", "Harnby"),
    ],
)
def test_a_town_in_a_county_still_a_place(text: str, town: str) -> None:
    """The guard: no body apposed, or a closing attribution: the town stays a place."""
    got = mention_labels(text)
    assert got.get(town) == "PLACE", got


def test_reported_speech_with_his_own_he_kept() -> None:
    """The guard: in reported speech "he" is as often the speaker himself."""
    found = _speakers(
        _PROFILE + "Fans say he is the best skipper the town has had. He says he will win the cup this year."
    )
    assert found[-1][1] == "tom-pell", found
