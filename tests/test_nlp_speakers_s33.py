"""Speakers, session 33: descriptions and documents whose maker the article makes plain, on
sentences written for the purpose (none copied from any corpus).

- "Greek sprinter Kostas Lanis ... The 31-year-old insisted": a description that gives no
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
- A speaker named but left without an entity ("Ubbo Fanne ... said") spoke last: the "he said"
  after it is not given to the man who spoke before.
"""

from __future__ import annotations

from nlp_util import found_claim


class TestAnAgeGivesNoNationality:
    _TEXT = (
        "Sprinter cleared\n\n"
        "Greek sprinter Kostas Lanis has denied claims that he faked a crash to avoid a test.\n\n"
        "Lanis and fellow sprinter Ria Dunn are set to learn if they will face charges this week. "
        'Lanis insisted: "The accident happened." Lanis, speaking on Velt TV, also claimed that he '
        "asked to be tested in hospital.\n\n"
        "But Lanis has protested his innocence all along. The 31-year-old insisted he will be happy "
        "if he is charged so he can clear his name."
    )

    def test_the_age_goes_to_the_person_of_a_nationality(self):
        claim = found_claim(self._TEXT, "he will be happy")
        assert (claim.speaker, claim.speaker_id) == ("The 31-year-old", "kostas-lanis")

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
        assert found_claim(text, "the deal would double").speaker_id is not None

    def test_a_games_initials_give_no_person(self):
        text = (
            "New football game\n\n"
            "Velt Games has released Championship Manager (CM) 5, the latest version of its football "
            "game. Tom Pell, the Championship Manager designer, said it was the best yet.\n\n"
            "The CM said the game would sell two million copies."
        )
        assert found_claim(text, "the game would sell").speaker_id is None


class TestANameWithoutEntitySpokeLast:
    """ "Ubbo Fanne, chief revenue officer at Veltmart.com, said ..." with the name left untagged:
    the "he said" after it is not given to the man who spoke before them (Fanne's, shown as nobody's)."""

    _TEXT = (
        "Shoppers flock online\n\n"
        "Online shopping is booming this winter, a trade body has said.\n\n"
        "Jim Roper, director of the Grobco Retail Group, said shoppers were now much happier to buy big "
        "items online. Mr Roper added that many retailers were working hard to reassure consumers.\n\n"
        "Ubbo Fanne, chief revenue officer at Veltmart.com, said that broadband was driving interest in "
        'online shopping. "When you consider broadband the conversion to sale is two times higher," he '
        "said. Higher speeds meant that everything happened much faster, he said, which let people spend "
        "time browsing."
    )

    def test_the_pronoun_after_an_untagged_name_is_not_the_man_before(self):
        assert found_claim(self._TEXT, "Higher speeds").speaker_id is None

    def test_the_man_before_keeps_his_own_words(self):
        assert found_claim(self._TEXT, "many retailers").speaker_id == "jim-roper"
