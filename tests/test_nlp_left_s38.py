"""Session 38 (left38c): session 37's attribution leftovers, on invented sentences.

- A question-and-answer transcript ("Q: Will you run again?" / "A: I have no plans to run."): the
  answer is the interviewee's, named in the introduction before the first question, not in the
  turn (`paragraphs._answer_turns`); only when that introduction speaks of an interview and names
  one person alone, never a question.
- "X said in a letter to the board that B", the parser hanging "that B" on "board" as a relative
  clause: B is the content (`content.that_after_document`); never "said in a statement that the
  firm issued" (a real relative clause: a verb done to a writing, the "that" its only object).
- "X said, when asked whether A, that B": the question is the occasion, B the content
  (`content._participle_before_that`); "said that, when asked about it, he had refused" keeps it.
- "X said on Facebook about reports that A that B": A is what the reports say, B the content; with
  no "that" of the speaker's after the reports' clause, no claim (`content.that_after_topic`);
  "said in a report that B" keeps B.
- "A spokesman said the hospital declined, citing privacy rules": a body that acts gives its own
  reason, so the "citing ..." stays in the content (`vocabulary.ACTING_BODIES`); "said that sales
  fell, citing a report" still ends at the comma.
- '"...," said TWA vice-director X, in a statement on the agency's website': the one body of that
  kind the passage named is the outlet, when the claim's own sentence names it too
  (`vocabulary.ON_KINDS_MEDIUM`); two such bodies, or one named only before the sentence, none.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of("Wire\n\n" + text)]


def _contents(text: str) -> list[str]:
    return [c[2] for c in _found(text)]


# ---- 1. a question-and-answer transcript's answers


def test_an_answer_is_the_interviewee_named_before_the_questions() -> None:
    text = (
        "Marla Quist, the chair of Grobco, spoke to the Tarbury Times about her plans.\n\n"
        "Q: Will you run again?\n\n"
        "A: I have no plans to run. My work here is done.\n\n"
        "Q: What comes next?\n\n"
        "A: I will go back to farming with my brother."
    )
    assert _found(text) == [
        ("Marla Quist", "marla-quist", "I have no plans to run. My work here is done"),
        ("Marla Quist", "marla-quist", "I will go back to farming with my brother"),
    ]


def test_an_interview_intro_naming_two_people_gives_the_answer_to_no_one() -> None:
    text = (
        "Our reporter Ida Marsh spoke to Marla Quist, the chair of Grobco, about her plans.\n\n"
        "Q: Will you run again?\n\n"
        "A: I have no plans to run."
    )
    assert _found(text) == []


def test_questions_and_answers_without_an_interview_intro_are_no_claims() -> None:
    text = "Marla Quist runs Grobco.\n\nQ: Will you run again?\n\nA: I have no plans to run."
    assert _found(text) == []


# ---- 2. "said in a letter to the board that ..." read as a relative clause


def test_a_that_clause_after_a_letter_to_someone_is_the_content() -> None:
    assert _found(
        "Dr Ruth Morin, the hospital's chief executive, said in a letter to the board that the ward would close in May."
    ) == [("Ruth Morin", "ruth-morin", "the ward would close in May")]
    assert _contents("Grobco said in a statement to the stock exchange that profits would fall.") == [
        "profits would fall"
    ]


def test_a_relative_clause_of_a_writing_is_still_no_content() -> None:
    # "sent" done to the letter, the "that" its only object: the letter her lawyers sent
    assert _found("Ruth Morin said so in a letter to the board that her lawyers sent on Monday.") == []
    assert _found("Ruth Morin said in a letter to the board that her lawyers sent on Monday.") == []
    assert _contents("The IMF said in a report that growth would slow.") == ["growth would slow"]


# ---- 3. "said, when asked whether ..., that ..."


def test_when_asked_before_the_that_clause_is_no_part_of_the_content() -> None:
    assert _contents("Tom Pell said, when asked whether he would resign, that he had done nothing wrong.") == [
        "he had done nothing wrong"
    ]
    assert _contents("Tom Pell said, when asked about the cuts, that the plant would stay open.") == [
        "the plant would stay open"
    ]
    assert _contents("Tom Pell said, when asked about the cuts, the plant would stay open.") == [
        "the plant would stay open"
    ]


def test_when_asked_inside_the_clause_stays() -> None:
    assert _contents("Tom Pell said that, when asked about the cuts, he had refused to answer.") == [
        "when asked about the cuts, he had refused to answer"
    ]
    assert _contents("Bloomberg reported, citing people familiar with the matter, that the deal was close.") == [
        "the deal was close"
    ]


# ---- 4. "said on Facebook about reports that A that B"


def test_the_reports_clause_is_not_the_content() -> None:
    assert _contents(
        "Ana Velt said on Facebook about reports that she would quit that she had never been happier."
    ) == ["she had never been happier"]


def test_said_about_reports_with_no_clause_of_her_own_is_no_claim() -> None:
    assert _found("Ana Velt said on Facebook about rumours that she would quit.") == []


def test_a_report_as_the_medium_keeps_its_clause() -> None:
    assert _contents("Grobbank said in a report that house prices would fall.") == ["house prices would fall"]
    assert _found('Ana Velt said on Facebook about reports that she would quit: "I have never been happier."') == [
        ("Ana Velt", "ana-velt", "I have never been happier")
    ]


# ---- 5. "citing ..." after a body's act


def test_a_bodys_refusal_keeps_its_reason() -> None:
    assert _contents("A spokesman said the hospital declined, citing privacy rules.") == [
        "the hospital declined, citing privacy rules"
    ]
    assert _contents("Ana Velt said the school refused, citing safety rules.") == [
        "the school refused, citing safety rules"
    ]


def test_a_things_clause_still_ends_before_citing() -> None:
    assert _contents("Tom Pell said that sales fell in the spring, citing a report by Grobbank.") == [
        "sales fell in the spring"
    ]
    assert _contents("Tom Pell said prices would rise, citing higher fuel costs.") == ["prices would rise"]


def test_a_refusal_citing_a_reason_is_no_claim() -> None:
    assert _found("The hospital declined to comment, citing privacy rules.") == []
    assert _found("The hospital declined, citing privacy rules.") == []


# ---- 7. "in a statement on the agency's website": the body named by its kind is the outlet


def test_a_statement_on_the_bodys_website_names_the_body_as_outlet() -> None:
    text = (
        "The Tarbury Water Agency (TWA) said the dams had failed their checks. "
        '"These projects are illegal," said TWA vice-director Tom Pell, in a statement on the agency\'s website.'
    )
    claims = claims_of("Wire\n\n" + text)
    assert [(c.speaker_id, list(c.outlets)) for c in claims] == [
        ("tarbury-water-agency", []),
        ("tom-pell", ["tarbury-water-agency"]),
    ]


def test_two_bodies_of_that_kind_give_no_outlet() -> None:
    text = (
        "The Tarbury Water Agency and the Grobco Water Agency said the dams had failed. "
        '"These projects are illegal," said Tom Pell, in a statement on the agency\'s website.'
    )
    claims = claims_of("Wire\n\n" + text)
    assert [c for c in claims if "illegal" in c.content]  # the claim is there, so the check can fail
    assert all(not c.outlets for c in claims)


def test_a_body_named_only_before_the_sentence_is_no_outlet() -> None:
    # (the speaker may be another body's: "Chelsea's physio ... told the club's website" after "a
    # win at Blackburn"; the first cut gave the club named further back)
    text = (
        "The Tarbury Water Agency said the dams had failed their checks. "
        '"These projects are illegal," said agency deputy Tom Pell, in a statement on the agency\'s website.'
    )
    claims = claims_of("Wire\n\n" + text)
    assert [c.speaker_id for c in claims] == ["tarbury-water-agency", "tom-pell"]
    assert all(not c.outlets for c in claims)
