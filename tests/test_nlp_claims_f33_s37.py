"""Session 37 round 2 (r2c37: claims, speakers and outlets fresh33 missed or got wrong), on
invented sentences.

- "X claimed A, but Y is unfazed. He admitted: '...'": a stance towards what was said, taken by the
  subject of the clause after "but" ("is unfazed", "remained unconvinced"), makes that subject the
  one a quote right after answers with (`vocabulary.rejoins`, read by `ArticleContext.rejoinder`),
  as "but Y rejected his remarks" did; any other state ("but Y is injured") leaves the quote run's
  speaker as before.
- "The Roman Catholic Archbishop of Tarbury, the Most Reverend Sam Hale, said": an office the model
  took for a person's name ("Roman Catholic Archbishop") is no one beside the name in apposition to
  it (`subjects._office_taken_for_name`); "Tom Bishop, the Grobco founder, said" stays Tom Bishop.
- "backed by Tom Pell, a historian and an expert on shipping, who has confirmed ...": the "who"
  clause the parser hung on the object of a preposition in a description of a named person is that
  person's (`subjects.who_antecedent`); one hung on a name ("the coach of the Velt striker Sam
  Hale, who said") or a person's word is left as parsed.
- "Sam Hale - a former historian, and a leading expert on shipping, ...": a description a dash
  opened, joined with "and a ...", is one person's (`subjects._dashed_description_goes_on`), not two
  speakers; "Tom Pell, a lawyer, and a spokesman for Grobco said" are still two.
- "The best option, say analysts, is to wait", "What needs to happen now, agree analysts, is for
  prices to fall": a verb and its speaker set off by commas inside the clause they report
  (`subjects.set_off_inverted`), the clause around them the content, "agree" too.
  A clause before such a verb is part of the content ("Incidents like this happen, said Tom Pell,
  because ..."); a connective alone is not ("For instance, said Tom Pell, ...", as the guide's
  fresh10 note has it), nor one after "because" ("X shows A because, said Tom Pell, B": his
  words are B). Not when a named subject before the verb is its own ("The harbour master, Tom Pell, agreed the
  Act, which ..., was unfair"), nor an object with a clause or a preposition of its own.
- "according to the UK-published Tarko Review": a name after "PLACE-published" is a publication,
  so an outlet (`vocabulary._MEDIA_NOUN_BEFORE`).
- "Broadcasters see the boxes as a threat": a bare plural of people or sources holding a view "as"
  is their stance, as "sees X as Y" is a person's (`subjects._bare_plural_people`); not "We see",
  "The two firms see" (an organisation's "see as" stays the author's reading, as before), nor a
  negated "do not see".
- Not statements: "Tom Pell announced himself with a fine pass" (made himself known); "The second
  scheme Grobco announced is a warning system" (the thing announced, described; "The deal, which
  Grobco announced was worth ..." stays); '"...," Tom Pell said later, his hair freshly gelled' (how
  he looked after a closed quotation, `content.absolute_after_quote`; "adding that ..." stays).
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Harbour\n\nJim Orr, a fisherman, said the catch was poor in March.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


def _speaker_of(text: str, start: str) -> str | None:
    found = [c for c in claims_of(_OPENING + text) if c.content.startswith(start)]
    assert found, [c.content for c in claims_of(_OPENING + text)]
    return found[0].speaker_id


_RACE = (
    "Tom Pell has won five races this season. Russian Ivan Grob won at the same venue last week and "
    "then claimed the final would be between himself and Sam Velt, but Pell is {state}.\n\n"
    'He admitted: "He looked strong in his win and everyone has a right to an opinion."'
)


def test_quote_after_a_stance_taken_against_what_was_said_is_the_one_who_took_it():
    assert _speaker_of(_RACE.format(state="unfazed"), "He looked strong") == "tom-pell"
    assert _speaker_of(_RACE.format(state="still unconvinced"), "He looked strong") == "tom-pell"


def test_quote_after_another_state_stays_with_the_quote_runs_speaker():
    assert _speaker_of(_RACE.format(state="injured"), "He looked strong") == "ivan-grob"


def test_office_taken_for_a_name_gives_way_to_the_name_in_apposition():
    found = _found(
        "The Roman Catholic Archbishop of Tarbury, the Most Reverend Sam Hale, said the church had no favourite party."
    )
    assert ("Sam Hale", "sam-hale", "the church had no favourite party") in found


def test_a_name_ending_in_an_office_word_stays_a_name():
    found = _found("Tom Bishop, the Grobco founder, said the harbour would reopen in May.")
    assert ("Tom Bishop", "tom-bishop", "the harbour would reopen in May") in found


def test_who_clause_hung_on_a_descriptions_object_is_the_named_persons():
    found = _found(
        "But the appeal has been backed by Tom Pell, a former Velt historian and a leading expert on "
        "shipping, who has confirmed the records were genuine."
    )
    assert ("Tom Pell", "tom-pell", "the records were genuine") in found
    assert not any(s == "shipping" for s, _, _ in found)


def test_who_clause_after_a_dashed_description_is_the_named_persons():
    found = _found(
        "But the appeal has been backed by Sam Hale - a former Velt historian, and a leading expert on "
        "shipping, who has confirmed the records were genuine."
    )
    assert ("Sam Hale", "sam-hale", "the records were genuine") in found


def test_who_clause_on_a_name_after_of_is_left_as_parsed():
    found = _found(
        "The appeal was backed by Tom Pell, the coach of the Velt striker Sam Hale, who said the records were genuine."
    )
    assert ("Sam Hale", "sam-hale", "the records were genuine") in found


def test_two_speakers_with_a_comma_apposition_stay_two():
    found = _found("Tom Pell, a lawyer, and a spokesman for Grobco said the records were genuine.")
    assert not any(i == "tom-pell" for _, i, c in found if c == "the records were genuine")


def test_inverted_say_set_off_inside_the_clause():
    found = _found("The best option, say analysts, is a new harbour master.")
    assert ("analysts", None, "The best option is a new harbour master") in found


def test_inverted_agree_set_off_inside_the_clause():
    found = _found("What needs to happen now, agree analysts, is for prices to fall further.")
    assert ("analysts", None, "What needs to happen now is for prices to fall further") in found


def test_agree_with_an_object_is_still_no_statement():
    found = _found("The two ports agree terms with Grobco every year, and the deal is signed in May.")
    assert not any(c.startswith("terms") or "agree" in c for _, _, c in found)


def test_publication_named_by_where_it_is_published_is_an_outlet():
    claims = claims_of(
        _OPENING + "Officials ordered a halt to work on the river, according to the UK-published Tarko Review."
    )
    found = [c for c in claims if c.content.startswith("Officials ordered")]
    assert found and found[0].outlets == ["tarko-review"]


def test_named_subject_agreeing_is_not_an_inverted_attribution():
    found = _found("The harbour master, Tom Pell, agreed the 1990 Act, which governs the port, was unfair.")
    assert not any(s.startswith("the 1990 Act") for s, _, _ in found)


def test_announced_himself_is_no_statement():
    found = _found("Tom Pell announced himself in the opening minutes with a fine pass to Sam Hale.")
    assert not any(s == "Tom Pell" for s, _, _ in found)


def test_announced_with_a_clause_is_still_a_statement():
    found = _found("Grobco announced it would close the harbour plant in May.")
    assert ("Grobco", "grobco", "it would close the harbour plant in May") in found


def test_thing_announced_then_described_is_no_statement():
    found = _found("The second scheme Grobco announced is a warning system which will alert customers.")
    assert not any(c.startswith("is a warning system") for _, _, c in found)


def test_relative_announced_was_is_still_a_statement():
    found = _found("The deal, which Grobco announced was worth five million pounds, was signed in May.")
    assert ("Grobco", "grobco", "The deal was worth five million pounds") in found  # session 39: the noun restored


def test_how_the_speaker_looked_after_a_quote_is_no_content():
    found = _found('"I knew I would score before I took the kick," Tom Pell said later, his hair freshly gelled.')
    assert ("Tom Pell", "tom-pell", "I knew I would score before I took the kick") in found
    assert not any(c.startswith("his hair") for _, _, c in found)


def test_reported_clause_after_a_quote_and_said_is_kept():
    found = _found('"We are ready," Tom Pell said, adding that the harbour would reopen in May.')
    assert any(c.startswith("the harbour would reopen") for _, _, c in found)


def test_bare_plural_of_people_seeing_x_as_y_is_their_stance():
    found = _found("Broadcasters see the new boxes as both a threat and an opportunity.")
    assert ("Broadcasters", None, "the new boxes as both a threat and an opportunity") in found


def test_other_plural_see_as_is_no_stance():
    found = _found(
        "We see the plan as a disaster. The two firms see the deal as vital. Fans do not see the move as a betrayal."
    )
    assert not any(c.startswith(("the plan", "the deal", "the move")) for _, _, c in found)


def test_a_quoted_phrase_before_a_participle_is_no_closed_quotation():
    found = _found('As part of the deal, Grobco has signed a "letter of intent" stating its plan to sell the harbour.')
    assert not any(c.startswith(("As part of the deal", "Grobco has signed")) for _, _, c in found)


def test_clause_before_an_inserted_said_is_part_of_the_content():
    found = _found("Incidents like this happen, said Tom Pell, because the harbour is old.")
    assert ("Tom Pell", "tom-pell", "Incidents like this happen because the harbour is old") in found


def test_connective_before_an_inserted_said_is_left_out():
    found = _found("For instance, said Tom Pell, filtering the water can stop most of the silt.")
    assert ("Tom Pell", "tom-pell", "filtering the water can stop most of the silt") in found


def test_inserted_said_after_because_is_the_reasons_speaker_only():
    found = _found(
        "Tom Pell runs the Grobco harbour.\n\nThe study shows that more drivers are taking the risks more "
        "seriously because, said Mr Pell, they are reported in the papers much more."
    )
    assert ("Pell", "tom-pell", "they are reported in the papers much more") in found
    assert any(s == "The study" for s, _, _ in found)
