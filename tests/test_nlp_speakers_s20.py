"""Office titles and the pronouns after them, session 20, on sentences written for the purpose
(none copied from any corpus). A wrong speaker is worse than none.

- "Speaking at a rally, the prime minister praised ... And he claimed ...": "he" is the one
  person the article itself gives that title ("Prime Minister X", "X, the prime minister,"), not
  the person who spoke last; nobody when the article gives the title to nobody, or to two people,
  or only with a qualifier ("Shadow Chancellor X" is not "the chancellor").
- The same for "she", and for titles outside politics ("the coach").
- A title given to nobody, but spoken by the same description before ("the chancellor said"
  given to X), is that person.
"""

from __future__ import annotations

from nlp_util import claims_of, speaker_of

_RALLY = (
    "Poll row deepens\n\n"
    "{lead} has attacked the opposition over tax. Opposition leader Simon Dray said the plans were a lie.\n\n"
    "Speaking at a rally in Leeds, the prime minister praised his chancellor. "
    "And he claimed the opposition would cut spending by half."
)


def test_he_after_the_prime_minister_is_the_one_the_article_titles_so() -> None:
    text = _RALLY.format(lead="Prime Minister Tom Harker")
    assert speaker_of(text, "the opposition would cut") == "tom-harker"


def test_the_title_in_apposition_ties_it_too() -> None:
    text = _RALLY.format(lead="Tom Harker, the prime minister,")
    assert speaker_of(text, "the opposition would cut") == "tom-harker"


def test_a_title_the_article_gives_nobody_leaves_he_unresolved() -> None:
    text = _RALLY.format(lead="Tom Harker")
    assert speaker_of(text, "the opposition would cut") is None


def test_a_title_given_to_two_people_leaves_he_unresolved() -> None:
    text = _RALLY.format(lead="Prime Minister Tom Harker, meeting Prime Minister Ravi Patel of Grobland,")
    assert speaker_of(text, "the opposition would cut") is None


def test_a_qualified_title_is_not_the_bare_one() -> None:
    text = (
        "Budget row\n\n"
        "Shadow Chancellor Tom Pell said the budget was a fraud. Liberal leader Ian Ross said taxes would rise.\n\n"
        "Speaking at the launch, the chancellor hailed the plan. And he claimed every family would gain."
    )
    assert speaker_of(text, "every family would gain") is None


def test_she_after_the_home_secretary_is_the_home_secretary() -> None:
    text = (
        "Police bill row\n\n"
        "Home Secretary Jane Orme has defended the police bill. Opposition spokeswoman Ruth Vale said it "
        "went too far.\n\n"
        "Appearing before MPs, the home secretary defended the plans. She said the bill would cut crime."
    )
    assert speaker_of(text, "the bill would cut crime") == "jane-orme"


def test_he_after_the_coach_is_the_coach_the_article_names() -> None:
    text = (
        "Grobton beat Tarbury\n\n"
        "Grobton coach Ian Mack saw his side win 3-1. Tarbury striker Leo Dunn said his side had been unlucky.\n\n"
        "After the match, the coach praised his young players. He said the team could win the league."
    )
    assert speaker_of(text, "the team could win the league") == "ian-mack"


def test_a_title_the_description_was_given_before_is_that_person() -> None:
    text = (
        "Budget speech\n\n"
        "Tom Harker spoke to the party conference in Leeds. The chancellor said the economy was strong. "
        "Opposition leader Simon Dray said the figures were wrong.\n\n"
        "Turning to schools, the chancellor promised more money for teachers. "
        "He said every school would gain."
    )
    assert speaker_of(text, "the economy was strong") == "tom-harker"
    assert speaker_of(text, "every school would gain") == "tom-harker"


def test_an_epithet_before_the_office_is_no_part_of_it() -> None:
    text = (
        "Mining review\n\n"
        "President Carlos Ruano has ordered a review of foreign mining contracts. Industry chief Tomas Vera "
        "said the review was unfair.\n\n"
        "The left-wing president is also seeking to create a state telecoms firm. "
        "He has argued that the reforms would help the poorest citizens."
    )
    assert speaker_of(text, "the reforms would help") == "carlos-ruano"


def test_the_premier_is_the_one_titled_prime_minister() -> None:
    text = (
        "Election call\n\n"
        "Prime Minister Tom Harker has set the date of the election. Opposition leader Simon Dray said the "
        "country was ready for change.\n\n"
        "The premier said the government had kept its promises."
    )
    assert speaker_of(text, "the government had kept") == "tom-harker"


def test_another_s_title_before_the_topic_s_name_is_not_theirs() -> None:
    # "The shadow chancellor said Mr Harker's ...": "shadow" is the other speaker's title, written
    # before Harker's name but no title of Harker's; "the chancellor" is still the one person the
    # passage is about
    text = (
        "Budget plans\n\n"
        "Tom Harker is to freeze fuel duty and fund a package for councils.\n\n"
        "The shadow chancellor said Mr Harker's golden rule had failed. The chancellor said the economy was strong."
    )
    assert speaker_of(text, "the economy was strong") == "tom-harker"


_EXIT = (
    "Club talks go on\n\n"
    "Tom Pell said the door had not closed on the lifelong fan Ian Brook.\n\n"
    "Pell revealed that the club was still talking to a new investor. "
    "That prompted the exit of Ian Brook{clause}. "
    "He also accused the board of wasting his time."
)


def test_he_after_a_person_the_passage_turned_to_is_not_the_last_speaker() -> None:
    # "X, who ...": the sentence before is about X, whom "he" may as well mean
    text = _EXIT.format(clause=", who had grown frustrated by the delays")
    assert speaker_of(text, "the board of wasting") is None


def test_he_after_a_person_named_only_in_passing_is_still_the_last_speaker() -> None:
    text = _EXIT.format(clause="")
    assert speaker_of(text, "the board of wasting") == "tom-pell"


def test_he_after_a_party_leader_described_is_the_leader_even_when_a_group_speaks_inside() -> None:
    # "The Liberal leader": a capitalised word in the office; "people who said ..." speak inside
    # the sentence, not as its subject
    text = (
        "Leader on film\n\n"
        "Liberal leader Tom Harker has rejected claims that his party has changed.\n\n"
        "Film-maker Ian Ross was given access to Mr Harker for his documentary. The Liberal leader was asked "
        "to respond to people who said that the party had lost its way.\n\n"
        'He replies: "What is the point of that? We have never been stronger."'
    )
    assert speaker_of(text, "What is the point") == "tom-harker"


def test_a_name_inside_the_quotation_is_not_the_topic_its_he_refers_to() -> None:
    # session 20 (lead): the subject of a quoted sentence is the quoted speaker's words, not the
    # narration's new topic: "he" goes on with the one who spoke before (not the man the quote names)
    text = (
        "Head\n\nAfter the match, Pell accused Dobbs of starting the row. "
        '"Jonathan Dobbs is 6ft 4in and having a go at our captain. So I told him to stop," he said.'
    )
    claims = claims_of(text)
    assert [(c.speaker_id, c.content[:20]) for c in claims][-1] == ("pell", "Jonathan Dobbs is 6f")
