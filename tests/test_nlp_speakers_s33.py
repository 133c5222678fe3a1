"""Speakers, session 33: descriptions and documents whose maker the article makes plain, on
sentences written for the purpose (none copied from any corpus).

- "Greek rower Piet Vollan ... The 28-year-old said": a description that gives no
  nationality clashes with none the article gives the person (`claims.context.other_nationality`);
  "the 22-year-old Frenchwoman" still clashes with "American Kim Lane".
- "Jobs will go, a Grobco statement said." with Grobco tagged as a person: the one name written
  right before the noun of a text issued in one's own name is who issued it; two names ("a
  Grobco and Tom Pell statement") give nobody, and a report keeps its old reading.
- "A Grobco spokesman said ... '...,' the spokesman added": the unnamed spokesman whose claim comes
  just before speaks for the same organisation; another speaker between, another one of the word
  written between, a spokeswoman, a spokesman of nobody, or a person named with the word before
  give nobody. A description given a person named further back goes back instead to an unnamed one
  of its word introduced in narration since ("Tom Pell, a Velt spokesman, ... A Grobco spokesman").
- "Grobco Asset Manager (GAM)": a firm's initials whose written-out run the model tags as an
  organisation stay the firm's; a game's initials ("Championship Manager (CM)") give no person.
- A speaker named but left without an entity ("Ubbo Fanne ... said") spoke last: the "he warned"
  after it is not given to the man who spoke before.
"""

from __future__ import annotations

from nlp_util import found_claim


class TestAnAgeGivesNoNationality:
    _TEXT = (
        "Rower banned\n\n"
        "Greek rower Piet Vollan said he had been too ill to give a sample.\n\n"
        "His coach Jan Hobb has asked the Velt court to lift the ban. Meanwhile Vollan has gone back "
        "to the gym. The 28-year-old said he hoped to race again in the spring."
    )

    def test_the_age_goes_to_the_person_of_a_nationality(self):
        claim = found_claim(self._TEXT, "he hoped to race")
        assert (claim.speaker, claim.speaker_id) == ("The 28-year-old", "piet-vollan")

    def test_another_nationality_still_clashes(self):
        text = (
            "Paris title\n\n"
            "American Kim Lane won the indoor title in Paris on Sunday. The 22-year-old Frenchwoman "
            "said she was delighted with her form."
        )
        assert found_claim(text, "she was delighted").speaker_id is None


class TestAStatementNamedForItsIssuer:
    def test_the_name_before_statement_issued_it(self):
        text = "Grobco cuts jobs\n\nJobs will go, a Grobco statement said."
        assert found_claim(text, "Jobs will go").speaker_id == "grobco"

    def test_the_name_before_statement_after_a_lead(self):
        text = (
            "Jobs cut\n\nGrobco is to close its plant in Leeds.\n\n"
            "About 200 jobs will go at the plant, a Grobco statement said."
        )
        assert found_claim(text, "About 200 jobs").speaker_id == "grobco"

    def test_two_names_before_statement_give_nobody(self):
        text = (
            "Jobs cut\n\nGrobco is to close its plant in Leeds, where Tom Pell works.\n\n"
            "About 200 jobs will go at the plant, a Grobco and Tom Pell statement said."
        )
        assert found_claim(text, "About 200 jobs").speaker_id is None

    def test_a_report_keeps_its_reading(self):
        text = (
            "Jobs cut\n\nTom Pell has studied the plant in Leeds.\n\n"
            "About 200 jobs will go at the plant, a Pell report said."
        )
        assert found_claim(text, "About 200 jobs").speaker_id is None


class TestTheSpokesmanGoesOn:
    """ "A Grobco spokesman said ... '...,' the spokesman added": the unnamed spokesman whose claim
    comes just before speaks for the same organisation."""

    def test_the_spokesman_after_an_organisations_spokesman(self):
        text = (
            "Plant saved\n\n"
            "Grobco has dropped plans to close its plant in Tarbury. A Grobco spokesman said the plant "
            'would stay open for at least five years. "We are proud of the workers there," the spokesman added.'
        )
        assert found_claim(text, "We are proud").speaker_id == "grobco"

    def test_the_spokesman_over_narration_of_the_spokesman(self):
        text = (
            "Plant saved\n\n"
            'Grobco has dropped plans to close its plant in Tarbury. "The plant will stay open," said a '
            "Grobco spokesman. The spokesman pointed to a rise in orders from Leeds.\n\n"
            '"We are proud of the workers there," the spokesman added.'
        )
        assert found_claim(text, "We are proud").speaker_id == "grobco"

    def test_the_spokesman_before_a_named_one(self):
        text = (
            "Plant saved\n\n"
            "Grobco has dropped plans to close its plant in Tarbury. A Grobco spokesman said it was "
            'wrong to say the plant had been at risk. "We are proud of the workers there," said the '
            "spokesman.\n\n"
            "But Tom Pell, spokesman for the Velt union, said the workers had been worried for months."
        )
        assert found_claim(text, "We are proud").speaker_id == "grobco"

    def test_another_speaker_between_gives_nobody(self):
        text = (
            "Plant saved\n\n"
            "Grobco has dropped plans to close its plant in Tarbury. A Grobco spokesman said the plant "
            "would stay open for at least five years. The Velt union said it was delighted.\n\n"
            '"We are proud of the workers there," the spokesman added.'
        )
        assert found_claim(text, "We are proud").speaker_id is None

    def test_another_spokesman_written_between_gives_nobody(self):
        text = (
            "Plant saved\n\n"
            "Grobco has dropped plans to close its plant in Tarbury. A Grobco spokesman said the plant "
            "would stay open for at least five years. Later, a Velt spokesman was asked about the plant.\n\n"
            '"We are proud of the workers there," the spokesman said.'
        )
        assert found_claim(text, "We are proud").speaker_id is None

    def test_a_spokeswoman_is_not_the_spokesman(self):
        text = (
            "Plant saved\n\n"
            "Grobco has dropped plans to close its plant in Tarbury. A Grobco spokesman said the plant "
            'would stay open for at least five years. "We are proud of the workers there," the spokeswoman added.'
        )
        assert found_claim(text, "We are proud").speaker_id is None

    def test_an_unnamed_spokesman_of_nobody_stays_unnamed(self):
        text = (
            "Plant saved\n\n"
            "The plant in Tarbury will stay open. A spokesman said the plant would stay open for at "
            'least five years. "We are proud of the workers there," the spokesman added.'
        )
        assert found_claim(text, "We are proud").speaker_id is None

    def test_a_named_spokesman_before_gives_nobody(self):
        text = (
            "Plant saved\n\n"
            "Tom Pell, a Velt spokesman, said the union had won. Grobco has dropped plans to close its "
            "plant in Tarbury. A Grobco spokesman said the plant would stay open for at least five "
            'years. "We are proud of the workers there," the spokesman added.'
        )
        assert found_claim(text, "We are proud").speaker_id is None

    def test_a_quoted_one_of_the_word_introduces_nobody(self):
        text = (
            "Plant saved\n\n"
            'Tom Pell, a Grobco spokesman, said the plant would stay open. "Being a spokesman is easy '
            'on a day like this," Pell said. "We are proud of the workers there," the spokesman added.'
        )
        assert found_claim(text, "We are proud").speaker_id == "tom-pell"


class TestAFirmNamedLikeAnOffice:
    """ "Grobco Asset Manager (GAM)": initials whose written-out run the model tags as an
    organisation's name are that organisation's, not an office's (whose holder "the GAM" would be)."""

    def test_the_firms_initials_keep_the_firm(self):
        text = (
            "Fund shake-up\n\n"
            "Grobco Asset Manager (GAM) has bought a stake in the Velt bank for £20m.\n\n"
            "GAM said the deal would double its assets in Leeds."
        )
        assert found_claim(text, "the deal would double").speaker_id == "gam"

    def test_a_games_initials_give_no_person(self):
        text = (
            "New football game\n\n"
            "Velt Games has released Championship Manager (CM) 5, the latest version of its football "
            "game. Tom Pell, the Championship Manager designer, said it was the best yet.\n\n"
            "The CM said the game would sell two million copies."
        )
        assert found_claim(text, "the game would sell").speaker_id is None


class TestANameWithoutEntitySpokeLast:
    """ "Ubbo Fanne, chairman of the Velt Farmers Club, said ..." with the name left untagged: the
    "he warned" after it is not given to the man who spoke before them (Fanne's, shown as nobody's)."""

    _TEXT = (
        "Dry river\n\n"
        "Tom Pell, who owns the Velt mill, said the wheel had stopped twice. Mr Pell added that he "
        "might have to close.\n\n"
        "Ubbo Fanne, chairman of the Velt Farmers Club, said the council must act. "
        '"We need rain," he said. The crops would fail by July, he warned.'
    )

    def test_the_pronoun_after_an_untagged_name_is_not_the_man_before(self):
        assert found_claim(self._TEXT, "The crops would fail").speaker_id is None

    def test_the_man_before_keeps_his_own_words(self):
        assert found_claim(self._TEXT, "he might have to close").speaker_id == "tom-pell"
