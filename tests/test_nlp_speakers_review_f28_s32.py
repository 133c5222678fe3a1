"""The speakers and entities review of session 32 (notes/REVIEW_speakers32.md), mended: each
confident wrong answer it found, on sentences written for the purpose (none copied from any
corpus), and the guards of each mend.

- An office's initials: never letters the table knows ("the new Health Secretary ... The NHS
  said"), nor a run of words that holds the letters themselves ("VEC enforcement chief"), nor one
  opening in lower case before a capital ("the new Tarbury Secretary" for "NTS"); two letters only
  bracketed after the office or for a state's office with its field ("prime minister", "PM").
- The profile's subject: not when the quotation names them ("Tom was always ..."), nor when a lone
  man opens a sentence of the paragraph before, nor after a person described there ("Pell's old
  coach is ..."); the name shown is never one written inside a quotation.
- "A government minister has admitted ...": no holder of another office ("Prime Minister X",
  "chief executive X"), and only a holder who speaks.
- "According to figures put out by the central bank, Grobco, the biggest lender, lost ...": a
  name inside the claim's words is no maker.
- A town and its county: no person ("evidence from Jim Vell in Yorkshire", "Mr Vell in
  Yorkshire") and no body ("Grobco Foods", "Tarbury College") becomes a place.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of, mention_labels

_speakers = claim_rows("speaker speaker_id")


# ---- an office's initials


class TestOfficeInitials:
    def test_letters_the_table_knows_are_the_body(self) -> None:
        claims = claims_of(
            "Waiting lists\n\nWaiting lists in England have fallen again.\n\n"
            "The new Health Secretary, Tom Pell, visited a hospital in Leeds on Monday.\n\n"
            "The NHS said the number of patients waiting more than six months had halved."
        )
        assert [c.speaker_id for c in claims][-1] == "nhs"

    def test_the_letters_inside_the_office_words(self) -> None:
        found = _speakers(
            "Fraud case\n\nUS regulators have fined Grobco.\n\n"
            "VEC enforcement chief Tom Pell has been in the post for two years.\n\n"
            "The VEC said Grobco had misled investors about its sales."
        )
        assert found[-1][1] != "tom-pell", found

    def test_narration_in_lower_case_before_a_capital(self) -> None:
        found = _speakers(
            "Waiting lists\n\nWaiting lists have fallen again.\n\n"
            "The new Tarbury Secretary, Tom Pell, visited a hospital in Leeds on Monday.\n\n"
            "The NTS said the number of patients waiting had halved."
        )
        assert found[-1][1] != "tom-pell", found

    def test_two_letters_written_out_without_brackets(self) -> None:
        found = _speakers(
            "Car sales\n\nCar sales in Europe rose in March.\n\n"
            "Jim Vell, the general manager of the Tarbury plant, said the factory was busy.\n\n"
            "GM said its European sales had risen by 4% in the quarter."
        )
        assert found[-1][1] == "gm", found

    def test_two_letters_in_brackets_kept(self) -> None:
        """The guard: "the general manager (GM)" is that office's initials."""
        found = _speakers(
            "Car sales\n\nCar sales rose in March.\n\n"
            "Jim Vell, the general manager (GM) of the Tarbury plant, was upbeat.\n\n"
            "The GM said the factory was busy."
        )
        assert found[-1] == ("The GM", "jim-vell")

    def test_a_state_office_with_its_field_kept(self) -> None:
        """The guard: "Prime Minister Tom Pell ... The PM said" is the prime minister."""
        found = _speakers(
            "Election\n\nPrime Minister Tom Pell visited Leeds on Monday.\n\nThe PM said the economy was strong."
        )
        assert found == [("The PM", "tom-pell")]


# ---- the subject of a profile


_PROFILE = (
    "Harbour news\n\nVeteran skipper Tom Pell is a winner, by any measure.\n\n"
    "Pell has sailed for Grobco and, more recently, for Velt. Now Pell is back in Tarbury as the "
    "harbour club's secret weapon.\n\n"
)


class TestProfileSubject:
    def test_spoken_of_in_the_quotation(self) -> None:
        found = _speakers(
            _PROFILE
            + "Jim Vell trained Pell as a boy and is sure of the comeback. That was years ago, at the harbour.\n\n"
            '"Tom was always going to win a cup," he said.'
        )
        assert found[-1][1] is None, found

    def test_a_lone_man_opening_the_paragraph_before(self) -> None:
        found = _speakers(
            _PROFILE
            + "Jim Vell trained Pell as a boy and is sure of the comeback. That was years ago, at the harbour.\n\n"
            '"He was always going to win a cup," he said.'
        )
        assert found[-1][1] is None, found

    def test_a_lone_man_in_apposition(self) -> None:
        found = _speakers(
            _PROFILE
            + "Jim Vell, 54, trained Pell as a boy and is sure of the comeback. That was years ago, at the harbour.\n\n"
            '"He was always going to win a cup," he said.'
        )
        assert found[-1][1] is None, found

    def test_a_person_described_two_sentences_back(self) -> None:
        found = _speakers(
            _PROFILE
            + "Pell's first coach is Jim Vell, who still runs a sailing school. It has taught hundreds of children.\n\n"
            '"He was the best of them all, without a doubt," he said.'
        )
        assert found[-1][1] is None, found

    def test_the_name_shown_is_written_outside_quotations(self) -> None:
        found = _speakers(
            _PROFILE + 'Fans say Tom is the best skipper the town has had.\n\n"We will win the cup this year," he said.'
        )
        assert found[-1] == ("Pell", "tom-pell")


# ---- an indefinite office in the lead


class TestLeadOfficeTitled:
    def test_another_office_before_the_name(self) -> None:
        found = _speakers(
            "Ward inquiry\n\nA government minister has admitted that the ward plan was rushed through without checks.\n\n"
            "The admission came as Prime Minister Tom Pell prepared to visit the new ward in Tarbury.\n\n"
            "Mr Pell is expected to open the building on Friday."
        )
        assert found[0] == ("A government minister", None)

    def test_another_office_in_the_title(self) -> None:
        found = _speakers(
            "Grobco trial\n\nA senior executive has told a court in Tarbury that Grobco hid losses from its auditors.\n\n"
            "Grobco's chief executive Tom Pell is not accused of any wrongdoing and was not in court."
        )
        assert found[0] == ("A senior executive", None)

    def test_a_holder_who_says_nothing(self) -> None:
        found = _speakers(
            "Band on ferry\n\nA folk band has recorded a song on a ferry, upsetting a mayor who says he was misled.\n\n"
            "The band was filmed in Tarbury. Mayor Tom Pell was not at the harbour."
        )
        assert found[0] == ("a mayor", None)


# ---- a document's maker in apposition


def test_the_contents_own_subject_is_no_maker() -> None:
    found = _speakers(
        "Bank losses\n\nBanks in Tarland had a difficult year.\n\n"
        "According to figures put out by the central bank, Grobco, the country's biggest lender, lost £2bn in 2004."
    )
    assert found[-1][1] is None, found


# ---- a town and its county


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The inquiry heard evidence from Jim Vell in Yorkshire on Tuesday.", "Jim Vell", "PERSON"),
        ("Police want to speak to Jim Vell in Lancashire about the fire at the warehouse.", "Jim Vell", "PERSON"),
        ("The inquiry heard evidence from Mr Vell in Yorkshire on Tuesday.", "Mr Vell", "PERSON"),
        ("Some 200 jobs will go at Grobco Foods in Yorkshire now that a contract has ended.", "Grobco Foods", "ORG"),
        ("Workers at Grobco Velt in Yorkshire will lose their jobs, the union said.", "Grobco Velt", "ORG"),
    ],
)
def test_a_person_or_a_body_in_a_county_is_no_place(text: str, name: str, label: str) -> None:
    assert mention_labels(text).get(name) == label, mention_labels(text)


def test_a_bodys_county_is_still_a_place() -> None:
    """The guard: the town refused ("Tarbury College"), its county is a place all the same."""
    got = mention_labels("The students at Tarbury College in Gloucestershire won the cup.")
    assert got.get("Gloucestershire") == "PLACE" and got.get("Tarbury College") != "PLACE", got
