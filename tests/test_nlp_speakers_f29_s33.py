"""Session 33's missed or wrong claims and speakers (round 2, on fresh29's misses), on invented
sentences that keep the shape of the misses with other words (mended at the review: several had
followed the articles' sentences with the names swapped).

- "Dan Orr let the Norwegian go to Grobco ... Orr argued ... The transfer still hurts the
  Norwegian. '...,' he said": a definite description of a person that the article gave, earlier,
  to someone the last speaker acted on takes the passage to that other person: "he" is left
  unresolved (not the last speaker); never when the description was the speaker's own ("Orr,
  the Norwegian, ...", "Pell's agent said the player ...").
- '"...," added Velt shadow local transport secretary Dan Orr.': a long lower-case title (a word
  of it taken for a verb by the parser) between "said" and a name closing the sentence: the name
  speaks; never a title with no name after it.
- "the Council of Velt Lenders, Grobco Bankers Association and Building Trades Association all
  said ...": a list of named bodies speaks together (more than twelve words when they are mostly
  the names), without the floating "all", also when the parser hangs the names flat on the last
  one; never a long list of descriptions, nor one name with "and" in it.
- "Shares fell as a survey by Velt said prices fell": the noun phrase after "as", which the parser
  took for the object of "as", is the speaker (not the clause's subject before "as"); never "She
  was seen as a leader and said ...", nor an "as" inside the subject's own relative clause ("The
  woman who replaced him as manager said").
- "Banning heaped scorn on the board, saying: "..."": a surname the parser took for a
  verb opening the sentence (a participle of saying hung on it, no subject), where the article
  names that person: the name speaks; never a word the article names no one by.
- '... He is also planning to sing the lead role himself. "A. B," he said.': the opening quotation mark cut
  off as a sentence of its own is no sentence about someone else: the walk back over sentences
  opening with the same pronoun reaches the person named before.
- '"...," his son said' after "Tom Pell's son Jim": the one person the article introduced as that
  relative of the person "his" resolves to; never when two were ("... Pell's son Rob"), nor when
  "his" is someone else ("Pell's son Jim ... Dan Orr died ... his son said").
- '"...," said an agency statement.': the one organisation named in this paragraph and the one
  before that the article calls by that noun (its name ends with it, or the table's kind); never
  when two organisations there may be it ("a company statement" after Grobco and Velt Foods).
- '"A. B." She called on them to stop "hiding behind rules". "C."': a sentence of narration with words
  quoted inside it stands between: C is the speaker's quote reopened (a claim of its own), not
  A-B resumed; never after '"A," he said of the "plan". "C."' (no sentence of narration).
- "The council has announced plans to support small farms and the Liberals would double grant
  schemes.": a noun of intent as the object, the clause after it with no subject of its own (the
  parser took "the Liberals" into the object): no claim; "announced plans that would cut 500 jobs" stays one.
- "told Velt's Champions magazine": a body's own publication, by its title or not, as its own
  website: the body is the outlet (the pattern; `_own_medium` leaves out a body that is a medium
  itself, and the model merges most invented names with the title, so the pattern is what is
  tested here).
- "claimed in his autobiography that ...": an autobiography or memoir is a text of one's own, a
  new occasion that ends a run of claims carrying the outlet of an interview.
"""

from __future__ import annotations

from belreader.nlp.claims.vocabulary import ON_OWN_MEDIUM

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker speaker_id verb_text content", opening=QUAY, bare=True)


def _speaker_of(text: str, words: str) -> tuple[str, str | None]:
    found = [(c.speaker, c.speaker_id) for c in claims_of(QUAY + text) if c.content.startswith(words)]
    assert len(found) == 1, found
    return found[0]


class TestDescriptionOfAnother:
    _STORY = (
        "Manager Dan Orr angered fans when he let the Norwegian go to Grobco in June. "
        "Orr argued the offer had been too high to turn down. "
        "The transfer still hurts the Norwegian.\n\n"
        '"I had only just moved my family there, and they pushed me out," he said.'
    )

    def test_description_of_the_one_acted_on_leaves_he_open(self) -> None:
        assert _speaker_of(self._STORY, "I had only just") == ("he (unresolved)", None)

    def test_own_description_keeps_the_speaker(self) -> None:
        story = self._STORY.replace(
            "Manager Dan Orr angered fans when he let the Norwegian go to Grobco",
            "Manager Dan Orr, the Norwegian, angered fans when he left for Grobco",
        )
        assert _speaker_of(story, "I had only just") == ("Orr", "dan-orr")

    def test_description_after_own_possessive(self) -> None:
        story = (
            "Striker Tom Pell said he was happy at Velt. According to Pell's agent, the player rejected a "
            "move to Grobco. And the club will not let the player go.\n\n"
            '"I am happy here and I want to stay," he said.'
        )
        assert _speaker_of(story, "I am happy here") == ("Pell", "tom-pell")

    def test_no_description_keeps_the_speaker(self) -> None:
        story = self._STORY.replace("The transfer still hurts the Norwegian.", "The transfer still hurts.")
        assert _speaker_of(story, "I had only just") == ("Orr", "dan-orr")


class TestLongTitleAfterSaid:
    def test_long_title_then_name(self) -> None:
        found = _found('"That plan is pure fantasy," added Velt shadow local transport secretary Dan Orr.')
        assert found == [("Dan Orr", "dan-orr", "added", "That plan is pure fantasy")]

    def test_quote_goes_on_after(self) -> None:
        found = _found(
            'Grobco backed the bypass. "That plan is pure fantasy," said shadow local transport secretary '
            'Dan Orr. "Nobody will pay for it."'
        )
        assert found == [("Dan Orr", "dan-orr", "said", "That plan is pure fantasy … Nobody will pay for it")]

    def test_title_without_name(self) -> None:
        assert _found('"It is over," said shadow local government secretary.') == []


class TestListOfBodies:
    def test_long_list_of_names_all_said(self) -> None:
        found = _found(
            "On Monday, the Council of Velt Lenders, Grobco Bankers Association and Building Trades "
            "Association all said lending was slowing."
        )
        assert found == [
            (
                "the Council of Velt Lenders, Grobco Bankers Association and Building Trades Association",
                None,
                "said",
                "lending was slowing",
            )
        ]

    def test_short_list_without_all(self) -> None:
        found = _found("Grobco, Velt and Tarko all said lending was slowing.")
        assert found == [("Grobco, Velt and Tarko", None, "said", "lending was slowing")]

    def test_one_name_with_and(self) -> None:
        found = _found("The Velt and Tarko Association said lending was slowing.")
        assert [(i, c) for _, i, _, c in found] == [("velt-and-tarko-association", "lending was slowing")]

    def test_document_after_a_list_of_objects(self) -> None:
        found = _found(
            "Tarko has grown fast. It plans to buy Velt Cement Works (VCW), Grobco Cement Eastern and the "
            "holding firm, Grobco Cement India Ltd, a Tarko statement said."
        )
        assert [s for s, _, _, _ in found] == ["a Tarko statement"]

    def test_office_with_and_before_a_person(self) -> None:
        found = _found("In September, Trade and Industry Secretary Ann Bell said she would like longer paid leave.")
        assert found == [("Ann Bell", "ann-bell", "said", "she would like longer paid leave")]

    def test_long_list_of_descriptions(self) -> None:
        found = _found(
            "The heads of the three largest lenders in the north, the two biggest banks and the small "
            "building societies in the region said lending was slowing."
        )
        assert found == []


class TestSubjectAfterAs:
    def test_survey_after_as(self) -> None:
        found = _found("Shares fell as a survey by Velt said prices fell by 2%.")
        assert found == [("Velt", "velt", "said", "prices fell by 2%")]

    def test_described_maker_after_as(self) -> None:
        found = _found("The figures were published as another study by research group Velt said prices fell by 2%.")
        assert found == [("Velt", "velt", "said", "prices fell by 2%")]

    def test_subject_after_as_kept(self) -> None:
        found = _found("Shares fell as analysts warned that growth may slow.")
        assert found == [("analysts", None, "warned", "growth may slow")]

    def test_as_in_the_subjects_relative_clause(self) -> None:
        found = _found(
            "Grobco boss Tom Pell was sacked on Monday. "
            "The woman who replaced him as the club's manager said the team would improve."
        )
        assert [(s, i, c) for s, i, _, c in found] == [("The woman", None, "the team would improve")]

    def test_as_in_the_named_subjects_relative_clause(self) -> None:
        found = _found(
            "Grobco chief executive Tom Pell left in May. "
            "Ann Bell, who was appointed as chief executive said the firm would survive."
        )
        assert [(s, i, c) for s, i, _, c in found] == [("Ann Bell", "ann-bell", "the firm would survive")]

    def test_as_in_another_clause(self) -> None:
        found = _found("She was seen as a leader and said she would run.")
        assert [(c, v) for _, _, v, c in found] == [("she would run", "said")]


class TestNameTakenForVerb:
    def test_surname_tagged_participle(self) -> None:
        found = _found(
            "The plan was drawn up by Ann Banning. Banning heaped scorn on the board, "
            'saying: "They never read a single page."'
        )
        assert found == [("Banning", "ann-banning", "saying", "They never read a single page")]

    def test_no_person_named(self) -> None:
        assert _found('Banning heaped scorn on the board, saying: "They never read a single page."') == []


class TestQuoteMarkSentence:
    _STORY = (
        "Singer Tom Pell is composing an opera for the Velt festival, at the request of its director Dan Orr.\n\n"
        "Pell has finished the first act but will not reveal the story. {middle} "
        '"Some days the music comes easily and some days it does not. Velt has the finest audience anywhere," '
        "he said."
    )

    def test_same_pronoun_walked_back(self) -> None:
        story = self._STORY.format(middle="He is also planning to sing the lead role himself.")
        assert _speaker_of(story, "Some days the music") == ("Pell", "tom-pell")

    def test_others_named_before_quote(self) -> None:
        story = self._STORY.format(middle="Dan Orr and Jim Vell will also help.")
        assert _speaker_of(story, "Some days the music") == ("he (unresolved)", None)


class TestOwnedRelative:
    _STORY = (
        "The tapes were made by engineer Tom Pell.{more}\n\n"
        '"We have had them for years," Pell\'s son Jim, 57, said. Pell, who died in 1994, made two tapes of each session. '
        '"He called them his spare tapes," his son said.'
    )

    def test_his_son_named_before(self) -> None:
        assert _speaker_of(self._STORY.format(more=""), "He called them") == ("his son", "jim")

    def test_another_fathers_son_named(self) -> None:
        story = self._STORY.format(
            more=" The studio was run by Dan Orr, whose son Rob Orr sold it. Orr's son Rob kept the keys."
        )
        assert _speaker_of(story, "He called them") == ("his son", "jim")

    def test_two_sons_of_the_same_father_named(self) -> None:
        story = self._STORY.format(more=" Pell's son Rob kept the keys.")
        assert _speaker_of(story, "He called them") == ("his son", None)

    def test_son_of_another_man_than_his(self) -> None:
        story = (
            "Tom Pell's son Jim runs the family shop in Velt.\n\n"
            "Dan Orr, 54, died in hospital on Monday after a fall at his home.\n\n"
            '"He loved his garden," his son said.'
        )
        assert _speaker_of(story, "He loved") == ("his son", None)


class TestHeadDocument:
    def test_authority_statement(self) -> None:
        story = (
            "The Grobco Water Authority (GWA) wants to replace its old pipes.\n\n"
            "The GWA reckons the work will take ten years. Until now it has raised only half the money. "
            '"Without new pipes, leaks across the city will keep getting worse," said an authority statement.'
        )
        assert _speaker_of(story, "Without new pipes") == ("an authority statement", "grobco-water-authority")

    def test_two_companies(self) -> None:
        story = (
            "Tarko Mining and Velt Metals both want new trucks.\n\n"
            'Tarko says the trucks will cost $9m. "Without new trucks, the mines will close," said a company statement.'
        )
        assert _speaker_of(story, "Without new trucks") == ("a company statement", None)


def _contents(text: str) -> list[str]:
    return [c.content.rstrip(".") for c in claims_of(QUAY + text)]


class TestQuotedWordsInNarration:
    def test_reopened_after_narration_with_quoted_words(self) -> None:
        found = _contents(
            "Ann Bell told the Velt Post that voters were right to be angry. "
            '"Councils have let people down for years. That has to change now." '
            'She called on councillors to stop "hiding behind rules" and to listen. '
            '"People want answers, not more forms to fill in." She also attacked the new parking charges.'
        )
        assert found == [
            "voters were right to be angry",
            "Councils have let people down for years. That has to change now",
            "People want answers, not more forms to fill in",
        ]

    def test_attribution_with_quoted_words(self) -> None:
        found = _contents('"It will not work at all," Tom Pell said of the "plan". "We will fight it all the way."')
        assert found == ["It will not work at all … We will fight it all the way"]


class TestIntentObjectWithJoinedClause:
    def test_joined_clause_taken_into_object(self) -> None:
        found = _found(
            "The council has announced plans to support small farms and the Liberals would double grant schemes."
        )
        assert found == []

    def test_relative_clause_kept(self) -> None:
        found = _found("Velt has announced plans that would cut 500 jobs.")
        assert [(i, c) for _, i, _, c in found] == [("velt", "plans that would cut 500 jobs")]


class TestOwnPublication:
    def test_titled_magazine(self) -> None:
        found = ON_OWN_MEDIUM.search('"We made a mistake," Tom Pell told Velt\'s Champions magazine.')
        assert found is not None and (found.group("name"), found.group("medium")) == ("Velt", "magazine")

    def test_website_still(self) -> None:
        found = ON_OWN_MEDIUM.search("Tom Pell told Velt's official website.")
        assert found is not None and found.group("medium") == "website"

    def test_title_without_publication_noun(self) -> None:
        assert ON_OWN_MEDIUM.search("Tom Pell told Velt's Champions League draw.") is None


class TestAutobiographyOccasion:
    def test_autobiography_ends_the_run(self) -> None:
        found = [
            (c.verb_text, c.outlets)
            for c in claims_of(
                QUAY + '"We made a mistake in selling me," Tom Pell told the Velt Post. The sale came soon '
                "after Pell claimed in his autobiography that the club had lied to him."
            )
        ]
        assert found == [("told", ["velt-post"]), ("claimed", [])]
