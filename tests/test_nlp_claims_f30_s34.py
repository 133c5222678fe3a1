"""Session 34 (round 2, on fresh30's misses): claims and speakers, on invented sentences that keep
the shape of the misses with other words.

- "..., thinks Tomas Pellegrin transport industry specialist for analysts VKR.": a name followed,
  with no comma, by a lower-case title ending in a person's noun and where they work: the name
  speaks (`speakers._titled_name`); never a name followed by a noun of no person ("Jo Orr
  supporters for Velt Research").
- '"A. B," he said. "C." But D, he cautioned.': the quotation reopened after a turn whose quote
  opens its sentence and whose attribution closes it goes on with that turn, so the walk back
  for "he" reaches the speaker (`described.reopened_quote`); never when the attribution names
  another person ("he said after meeting Jim Lane").
- "Tarbury-based Grobco owes its lenders ... the group also announced": a place before "-based"
  only modifies the name, which opens the sentence as its subject (`speakers._modifying_place`);
  never when the sentence names a second organisation.
- "a Financial Times article that claimed": a medium named whole before a noun of its own pieces
  speaks (`described._medium_piece`); never a body that is no medium ("A Grobco report"); a
  broadcaster's piece ("a BBC story claiming ...") stays its outlet too (its reporting, whatever
  the verb: `article._late_media_speakers`).
- '"...," the letter added.' after "a letter from chairman Tomas Pellegrin": the one
  person or body the writing was given as "from", in its paragraph or the one before
  (`described._writing_from`); never when two letters from two people are in reach.
- "has signalled (that) it wants ...", "..., the ministry has indicated.": "signal" and
  "indicate" report with a clause (clause-only lemmas, and the pre-filter's forms); never with a
  noun or an infinitive ("signalled its intention to", "indicates a period of decline"), nor with
  a subject that cannot speak ("the opening session indicated that ...": `parsed._may_speak`);
  "as Tom Pell indicated, ..." stays an aside's claim.
- "Grobco was quick to point out that ...": an adjective of a will to say before a to-infinitive
  of saying with its clause reports it (`subjects._eager_to_say`); never under a modal ("would
  be keen to say"), nor with a noun object ("keen to add the record to his collection").
- "..., says the boss of the federation that banned them. [paragraph] Grobland Rowing Federation boss
  Jim Lane told ...": an office of a body, in a lead of one sentence, is the person the next
  paragraph opens with after a title of the same office (`described._officer_named_next`), or
  the next sentence of the paragraph ("Grobco Holdings chairman Jim Lane said"); never a title of
  another office ("president") nor of another body than the one the phrase names ("Velt Foods
  chairman").
- "has announced a first batch of eight titles that can run ...": a new thing made known with a
  relative clause on it is no statement (`content._announced_thing`); "announced plans that
  would cut 500 jobs" and "announced that ..." stay claims.
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Quay\n\nDan Orr, a trader, said trade was slow in April.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


def _speaker_of(text: str, start: str) -> str | None:
    found = [(c.speaker_id, c.content) for c in claims_of(_OPENING + text) if c.content.startswith(start)]
    assert found, [c.content for c in claims_of(_OPENING + text)]
    return found[0][0]


_BARE_TITLE = (
    "Demand for electric scooters will climb as cities ban cars, thinks Tomas Pellegrin transport industry "
    'specialist for analysts VKR. "Scooters are a business that new city rules are reshaping. Price matters '
    'most," he said{tail}. "Makers are fitting bigger batteries to widen their appeal." But riders must take '
    "care on wet roads, he cautioned."
)


class TestNameThenBareTitle:
    def test_name_then_lower_case_title_speaks(self) -> None:
        assert _speaker_of(_BARE_TITLE.format(tail=""), "Demand for electric scooters") == "tomas-pellegrin"

    def test_his_pronouns_after_it_follow(self) -> None:
        text = _BARE_TITLE.format(tail="")
        assert _speaker_of(text, "Scooters are a business") == "tomas-pellegrin"
        assert _speaker_of(text, "riders must take care") == "tomas-pellegrin"

    def test_name_then_no_persons_noun_stays_unresolved(self) -> None:
        assert _speaker_of("Sales will fall, says Jo Orr supporters for Velt Research.", "Sales will fall") is None


class TestReopenedAfterTrailingAttribution:
    def test_another_person_in_the_attribution_leaves_it_open(self) -> None:
        text = _BARE_TITLE.format(tail=" after meeting Jim Lane")
        assert _speaker_of(text, "riders must take care") is None


class TestPlaceBasedName:
    _TEXT = (
        "Shares in Grobco Ferries dropped after the operator warned of a cash shortfall.\n\n"
        "Ferry firms have struggled with costly fuel for two years. Tarbury-based Grobco {what}. The operator "
        "has been trying to sell two older ships. Last month the group also announced it could trim another "
        "$25m from its yearly costs."
    )

    def test_place_based_name_opens_the_sentence(self) -> None:
        text = self._TEXT.format(what="owes its lenders about $300m which falls due in June")
        assert _speaker_of(text, "it could trim another") == "grobco-ferries"

    def test_second_organisation_leaves_it_open(self) -> None:
        text = self._TEXT.format(what="bought a stake in Velt Holdings this year")
        assert _speaker_of(text, "it could trim another") is None


class TestMediumPiece:
    def test_medium_article_speaks(self) -> None:
        text = "Grobco's reply follows a Financial Times article that claimed its accounts hid large debts."
        assert _speaker_of(text, "its accounts hid large debts") == "financial-times"

    def test_broadcasters_story_stays_its_outlet(self) -> None:
        text = "The inquiry followed a BBC story claiming Grobco had inflated its sales figures."
        found = [c for c in claims_of(_OPENING + text) if c.content.startswith("Grobco had inflated")]
        assert [(c.speaker_id, c.outlets) for c in found] == [("bbc", ["bbc"])]

    def test_body_report_is_not_a_medium(self) -> None:
        assert _speaker_of("A Grobco report claimed the pier would close.", "the pier would close") is None


class TestWritingFrom:
    def test_letter_from_a_named_person(self) -> None:
        text = (
            "Grobco has printed a letter from chairman Tomas Pellegrin in six papers. "
            '"Nobody at this company has hidden anything from you," the letter added.'
        )
        assert _speaker_of(text, "Nobody at this company") == "tomas-pellegrin"

    def test_two_letters_in_reach_leave_it_open(self) -> None:
        text = (
            "Grobco ran an open letter from chairman Tomas Pellegrin. Velt replied with a letter from its "
            'founder Jim Lane. "Nobody at this company has hidden anything from you," the letter added.'
        )
        assert _speaker_of(text, "Nobody at this company") is None


class TestSignalIndicate:
    def test_signalled_with_a_clause(self) -> None:
        assert ("The council", None, "it wants lower taxes") in _found(
            "The council has signalled it wants lower taxes."
        )

    def test_trailing_has_indicated(self) -> None:
        text = "Tom Pell is pressing Grobland to cut tariffs despite its refusal to sign the accord, the ministry has indicated."
        assert [c for _, _, c in _found(text)][1:] == [
            "Tom Pell is pressing Grobland to cut tariffs despite its refusal to sign the accord"
        ]

    def test_no_clause_no_claim(self) -> None:
        text = "Velt signalled its intention to cut taxes. A score under 20 points indicates a period of decline."
        assert _found(text)[1:] == []

    def test_thing_as_subject_no_claim(self) -> None:
        text = "The warm opening session indicated that Velt and Grobco could reach an accord by May."
        assert [s for s, _, _ in _found(text)][1:] == []

    def test_person_as_subject_kept_when_parsed_as_modifier(self) -> None:
        text = "The judge presiding has indicated the trial could last a year."
        assert [c for _, _, c in _found(text)][1:] == ["the trial could last a year"]

    def test_aside_stays(self) -> None:
        text = '"Sales are weak, but as Velt governor Tom Pell indicated last night, you cannot judge a year by a month," said Jim Lane.'
        assert ("tom-pell", "you cannot judge a year by a month") in [(i, c) for _, i, c in _found(text)]


class TestEagerToSay:
    def test_quick_to_point_out(self) -> None:
        assert ("Grobco", "grobco", "prices had fallen") in _found(
            "Grobco was quick to point out that prices had fallen."
        )

    def test_modal_or_object_no_claim(self) -> None:
        text = "Velt would be keen to say that the plan was safe. Tom Pell is keen to add the record to his collection."
        assert _found(text)[1:] == []


class TestAnnouncedThing:
    def test_thing_with_relative_clause_no_claim(self) -> None:
        text = "Games maker Grobco has announced a first batch of eight titles that can run on its new console."
        assert _found(text)[1:] == []

    def test_plans_and_that_clause_stay(self) -> None:
        text = "Velt has announced plans that would cut 500 jobs. Velt announced that it would cut 500 jobs."
        assert [c for _, _, c in _found(text)][1:] == ["plans that would cut 500 jobs", "it would cut 500 jobs"]


class TestOfficerNamedNext:
    _LEAD = (
        "Rowers Tom Pell and Ann Bell will never compete again, says the boss of the federation that banned "
        "them in March.\n\nGrobland Rowing Federation {title} Jim Lane told a press conference in Tarbury: "
        '"Neither of them has a future in this sport."'
    )

    @staticmethod
    def _lead_speaker(title: str) -> str | None:
        text = "Quay\n\n" + TestOfficerNamedNext._LEAD.format(title=title)
        return next(c.speaker_id for c in claims_of(text) if c.content.startswith("Rowers Tom Pell"))

    def test_lead_office_then_same_title_next_paragraph(self) -> None:
        assert self._lead_speaker("boss") == "jim-lane"

    def test_another_office_leaves_it_open(self) -> None:
        assert self._lead_speaker("president") is None

    def test_same_body_title_in_the_next_sentence(self) -> None:
        text = "Prices will rise, the chairman of Grobco Holdings said on Monday. Grobco Holdings chairman Jim Lane said costs were falling."
        assert _speaker_of(text, "Prices will rise") == "jim-lane"

    def test_another_bodys_title_leaves_it_open(self) -> None:
        text = "Prices will rise, the chairman of Grobco Holdings said on Monday. Velt Foods chairman Jim Lane said costs were falling."
        assert _speaker_of(text, "Prices will rise") is None
