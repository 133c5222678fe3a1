"""Descriptions and pronouns left unresolved, session 20b, on sentences written for the purpose
(none copied from any corpus). A wrong speaker is worse than none.

- "'...,' he told the meeting. The forensics expert said": a description after the sentence in
  which one person alone spoke is that person; not when another person of the article is written
  with the description's head ("Forensics expert Y").
- "Tom Pell has addressed the conference. The chancellor said": an office the article gives
  nobody, after a sentence about one person written with no office; not when another person with
  no office is named in the two sentences before, nor when the person has another office.
- "Jo Bell won ahead of Grobland's Tom Pell. The world champion said": the subject, whoever it is
  measured against ("ahead of", "over", "than"); not "lost to Tom Pell".
- "In the Commons, Tory frontbencher Jo Bell MP demanded ... He said": the subject after an
  opening phrase.
"""

from __future__ import annotations

from nlp_util import speaker_of

_EXPERT = (
    "Crime show effect\n\n"
    "Juries expect too much from forensic science, a scientist has said.\n\n"
    '"The show has changed juries," said Ian Ross, who runs a forensic science course at Grobton University. '
    '"Everyone starts watching it and the tests go through the roof," he told the annual meeting of the society. '
    "The British forensics {head} said there were 300,000 samples waiting in labs."
)


def test_a_description_after_the_one_person_who_spoke_before_is_that_person() -> None:
    assert speaker_of(_EXPERT.format(head="expert"), "there were 300,000") == "ian-ross"


def test_a_description_another_person_is_written_with_is_not_the_last_speaker() -> None:
    # "Forensics expert Ann Vale" elsewhere in the article: "the forensics expert" may be her
    text = _EXPERT.format(head="expert") + "\n\nForensics expert Ann Vale disagreed with the figures."
    assert speaker_of(text, "there were 300,000") is None


_CHANCELLOR = (
    "Budget battle\n\n"
    "{lead}\n\n"
    "Tom Harker has addressed the party conference behind closed doors. "
    "The chancellor said the opposition plans would cut spending by half."
)


def test_an_office_nobody_holds_after_a_sentence_about_one_untitled_person() -> None:
    text = _CHANCELLOR.format(lead="Opposition leader Simon Dray said the government had lost control of spending.")
    assert speaker_of(text, "the opposition plans would cut") == "tom-harker"


def test_an_office_after_an_untitled_person_is_unresolved_when_another_untitled_one_is_near() -> None:
    text = _CHANCELLOR.format(lead="Ian Ross said the government had lost control of spending. Ross was booed.")
    assert speaker_of(text, "the opposition plans would cut") is None


def test_an_office_is_not_that_of_a_person_written_with_another() -> None:
    text = (
        "Budget battle\n\n"
        "Opposition leader Simon Dray said the government had lost control of spending.\n\n"
        "Mayor Tom Harker has addressed the party conference behind closed doors. "
        "The chancellor said the opposition plans would cut spending by half."
    )
    assert speaker_of(text, "the opposition plans would cut") is None


_RACE = (
    "Bell storms to win\n\n"
    "Grobland's Jo Bell shook off an injury to win the 60m at the Leipzig meeting.\n\n"
    "Bell clocked 6.56 seconds and {how} Tarbury's Tom Pell, who crossed the line in 6.67 seconds. "
    'The world indoor champion said: "I almost went home this morning."'
)


def test_a_description_after_a_subject_measured_against_another_is_the_subject() -> None:
    assert speaker_of(_RACE.format(how="finished well ahead of"), "I almost went home") == "jo-bell"


def test_a_description_after_a_subject_who_lost_to_another_is_unresolved() -> None:
    assert speaker_of(_RACE.format(how="lost to"), "I almost went home") is None


def test_he_after_a_subject_that_follows_an_opening_phrase() -> None:
    text = (
        "Leak row\n\n"
        "Ministers have been asked to explain the leak. The Liberals called for Commons leader Ian Ross to make a "
        "statement. They were told it would be brought to Speaker Ann Vale's attention. "
        "In the Commons, Tory frontbencher Tom Harker MP demanded an immediate statement about the leak.\n\n"
        'Raising a point of order, he said it was "a grave discourtesy to this House".'
    )
    assert speaker_of(text, "it was") == "tom-harker"
