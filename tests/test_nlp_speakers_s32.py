"""Speakers, session 32: speakers left unresolved where the article makes the person plain, on
sentences written for the purpose (none copied from any corpus).

- A profile of one person: "he said" that no nearer rule settles is the person the article is
  about (named in its headline or lead, three times at least outside quotations, twice as often
  as anyone else the pronoun fits), when nobody else speaks in the whole article (groups,
  organisations and documents aside) and no one else the pronoun fits, nor a person described
  ("His coach"), is named from the sentence before up to the pronoun.
- "French market regulator Grobco has sued Velt. [paragraph] It believes ... Grobco has begun
  ...": a longer description before the opening name ("stock market regulator") and the sentence
  just before "it" in the paragraph before; the opener's name again after it, untagged too.
- "Grobco's new SkyFares were tried ... The airline says": a name written right after the
  company's possessive and "new" is its product, not another organisation that may speak.
- "The DCI said", "the CMO said", "the DPP said": an officer's initials (or the initials of an
  office the article writes out) are no organisation: the one person written with the office,
  else nobody; "The Office of the Deputy Prime Minister (ODPM) said" is still a body.
- "The 31-year-old admitted pressure was intense, calling it ...": a participle's speaker written as
  a description, a verb of saying and its words (a parse's reduced relative clause) is the
  description alone, which the article's age or main person then settles.
- "According to data collected by the telecoms regulator, Ofcom, ...": the organisation in
  apposition after a document's maker described in lower case.
"""

from __future__ import annotations

from nlp_util import claim_rows

_found = claim_rows("speaker_id content", opening="Harbour news\n\n")


_speakers = claim_rows("speaker speaker_id", opening="Harbour news\n\n")


_PROFILE = (
    "Veteran skipper Tom Pell is a winner, by any measure.\n\n"
    "Pell has sailed for Grobco and, more recently, for Velt. Now Pell is back in Tarbury as the "
    "harbour club's secret weapon. Critics say he switches sides too often.\n\n"
)


class TestProfileSubject:
    def test_he_in_a_profile_is_its_subject(self) -> None:
        found = _found(
            _PROFILE + 'So why Tarbury? Jim Vell and Dan Orr had asked Mr Pell to join. "I was on a cruise."\n\n'
            'So what is the plan? "Look, we are not going to win every race," he said. '
            "He also believes the new boat could make a big difference."
        )
        assert found[-2:] == [
            ("tom-pell", "Look, we are not going to win every race"),
            ("tom-pell", "the new boat could make a big difference"),
        ]

    def test_inserted_pronoun(self) -> None:
        found = _found(
            _PROFILE + "So why Tarbury? Jim Vell and Dan Orr had asked Mr Pell to join. It was an easy choice.\n\n"
            "As with the last regatta, he says, the cup will be decided by the weather."
        )
        assert found[-1] == ("tom-pell", "As with the last regatta the cup will be decided by the weather")

    def test_not_when_another_person_speaks(self) -> None:
        found = _found(
            _PROFILE + "Jim Vell, the club's founder, said the club was lucky.\n\n"
            'So what is the plan? "Look, we are not going to win every race," he said.'
        )
        assert found[-1][0] != "tom-pell"

    def test_not_when_an_unnamed_person_speaks(self) -> None:
        found = _found(
            _PROFILE + "A club spokesman said the club was lucky to have him.\n\n"
            'So what is the plan? "Look, we are not going to win every race," he said.'
        )
        assert found[-1][0] is None

    def test_not_after_a_person_described(self) -> None:
        found = _found(
            _PROFILE + 'So what is the plan? His coach is worried. "Look, we are not going to win every race," he said.'
        )
        assert found[-1] == (None, "Look, we are not going to win every race")

    def test_not_after_another_man_named_just_before(self) -> None:
        found = _found(
            _PROFILE + "So why Tarbury? Some think it is the money. Jim Vell calls the harbour a graveyard. "
            '"Look, we are not going to win every race," he said.'
        )
        assert found[-1][0] != "tom-pell"

    def test_not_when_named_only_twice(self) -> None:
        found = _found(
            "Veteran skipper Tom Pell is a winner, by any measure.\n\n"
            "Pell has sailed for Grobco and for Velt. Now he is back in Tarbury.\n\n"
            'So what is the plan? "Look, we are not going to win every race," he said.'
        )
        assert found[-1] == (None, "Look, we are not going to win every race")

    def test_not_after_another_man_named_in_the_paragraph_before(self) -> None:
        found = _found(
            _PROFILE + "So why Tarbury? Jim Vell and Dan Orr had asked Mr Pell to join.\n\n"
            "As with the last regatta, he says, the cup will be decided by the weather."
        )
        assert found[-1][0] is None

    def test_not_for_another_gender(self) -> None:
        found = _found(_PROFILE + 'So what is the plan? "Look, we are not going to win every race," she said.')
        assert found[-1] == (None, "Look, we are not going to win every race")


class TestOpenerOfTheLead:
    _LEAD = "Tarn stock market regulator Grobco has filed complaints against media firm Velt Group and its boss.\n\n"

    def test_it_after_a_long_description(self) -> None:
        found = _found(
            self._LEAD + "It believes the bond prospectus was unclear. Grobco has begun proceedings against Velt."
        )
        assert found[0] == ("grobco", "the bond prospectus was unclear")

    def test_three_words_and_the_paragraph_before(self) -> None:
        found = _found(
            "Tarn market regulator Grobco has filed complaints against media firm Velt Group and its boss.\n\n"
            "It believes the bond prospectus was unclear. Grobco has begun proceedings against Velt."
        )
        assert found[0] == ("grobco", "the bond prospectus was unclear")

    def test_not_when_the_next_sentence_opens_with_the_other(self) -> None:
        found = _found(self._LEAD + "It believes the bond prospectus was unclear. Velt has denied any wrongdoing.")
        assert found[0] == (None, "the bond prospectus was unclear")

    def test_not_without_a_next_sentence(self) -> None:
        found = _found(self._LEAD + "It believes the bond prospectus was unclear.")
        assert found[0] == (None, "the bond prospectus was unclear")


class TestOwnersNewThing:
    _LEAD = "Grobco Airways is cutting fares by half. Other carriers, including Velt, have sought protection. "

    def test_new_product_is_no_speaker(self) -> None:
        found = _found(
            self._LEAD + "Grobco's new SkyFares were tried last year on flights from Leeds, its second hub.\n\n"
            "The airline says no fare will now be priced higher than $499."
        )
        assert found[0][0] == "grobco-airways"

    def test_a_rival_is_one(self) -> None:
        found = _found(
            self._LEAD + "Grobco's rival Tarbo Air cut fares last year on flights from Leeds.\n\n"
            "The airline says no fare will now be priced higher than $499."
        )
        assert found[0][0] is None


class TestOfficeInitials:
    def test_dci_is_the_detective_named(self) -> None:
        found = _speakers(
            "Detective Chief Inspector Tom Pell led the inquiry into the fire. The DCI said the blaze was started on purpose."
        )
        assert found == [("The DCI", "tom-pell")]

    def test_dci_written_before_the_name(self) -> None:
        found = _speakers("DCI Tom Pell led the inquiry into the fire. The DCI said the blaze was started on purpose.")
        assert found == [("The DCI", "tom-pell")]

    def test_cmo_in_apposition(self) -> None:
        found = _found(
            "The chief medical officer, Dr Ann Bell, gave the figures. The CMO said the virus was spreading."
        )
        assert found == [("ann-bell", "the virus was spreading")]
        found = _found("Ann Bell, the chief medical officer, gave the figures. The CMO said the virus was spreading.")
        assert found == [("ann-bell", "the virus was spreading")]

    def test_dpp_spelt_out(self) -> None:
        found = _found("The Director of Public Prosecutions, Ken Vell, will decide. The DPP said the case was strong.")
        assert found == [("ken-vell", "the case was strong")]

    def test_nobody_named_is_nobody(self) -> None:
        found = _found("The inquiry into the fire is going on. The DCI said the blaze was started on purpose.")
        assert found == [(None, "the blaze was started on purpose")]

    def test_two_holders_is_nobody(self) -> None:
        found = _found(
            "DCI Tom Pell and DCI Jo Dorn led the inquiry into the fire. The DCI said the blaze was started on purpose."
        )
        assert found == [(None, "the blaze was started on purpose")]

    def test_a_bodys_initials_stay_a_body(self) -> None:
        assert _found("The CBI said the economy would recover.") == [("cbi", "the economy would recover")]
        found = _found(
            "The Office of the Deputy Prime Minister (ODPM) gave the figures. The ODPM said prices rose in May."
        )
        assert found[-1][0] == "odpm"

    def test_a_bodys_initials_beside_its_officer_stay_a_body(self) -> None:
        """ "by BBC chairman Tom Pell ... The BBC said": the words before the officer's word hold
        the letters, which the table knows as a body: the body speaks, not its chairman."""
        found = _found(
            "The plan was welcomed by BBC chairman Tom Pell on Monday. The BBC said it would study the plan."
        )
        assert found == [("bbc", "it would study the plan")]

    def test_a_calling_is_no_office(self) -> None:
        found = _found(
            "DJ Tom Pell played the set. His friend, DJ Jo Dorn, was there. The DJ admitted the set was short."
        )
        assert found[-1][0] is None


class TestDescriptionBeforeSaying:
    _LEAD = 'Skipper Tom Pell is ready for the cup.\n\n"It will be good for us," Pell said. '

    def test_the_description_alone(self) -> None:
        found = _speakers(
            self._LEAD
            + 'The 31-year-old admitted pressure on the crew was intense, calling it "a weight we all carry".'
        )
        assert found[-1] == ("The 31-year-old", "tom-pell")

    def test_the_age_given_to_another(self) -> None:
        found = _speakers(
            "Skipper Tom Pell is ready for the cup. His rival Jim Vell, 31, is not.\n\n"
            '"It will be good for us," Pell said. '
            'The 31-year-old admitted pressure on the crew was intense, calling it "a weight we all carry".'
        )
        assert found[-1] == ("The 31-year-old", "jim-vell")

    def test_not_on_a_verb_of_saying(self) -> None:
        found = _speakers(self._LEAD + "The 31-year-old said the pressure on the crew was huge.")
        assert found[-1] == ("The 31-year-old", "tom-pell")


class TestApposedMaker:
    def test_maker_in_apposition(self) -> None:
        found = _found(
            "According to data collected by the telecoms regulator, Ofcom, mobile use in Tarbury rose by a fifth last year."
        )
        assert found == [("ofcom", "mobile use in Tarbury rose by a fifth last year")]

    def test_no_name_no_maker(self) -> None:
        found = _found(
            "According to data collected by the telecoms regulator, mobile use in Tarbury rose by a fifth last year."
        )
        assert found == [(None, "mobile use in Tarbury rose by a fifth last year")]
