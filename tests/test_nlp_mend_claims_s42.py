"""Mends of session 42's claim and outlet rules after the adversarial review (REVIEW_42 #1, #4-#7),
on sentences written for the purpose (none copied from any corpus).

- "X was arrested, his spokesman has said. / ... spokesman Tom Dale said": the next paragraph's
  spokesman is the person's only when nothing but "his", "her", "a" or "the" stands before the
  word ("Chelsea spokesman", "party spokeswoman", "Velt Records spokesman" may speak for a body):
  unknown beats a club's spokesman (`article._spokesperson_named_next`).
- "It found that A, though most agreed B" keeps B in the finding only for a survey's, a poll's or
  a study's finding and a verb of view; "The inquiry found that A, though many said B" is A alone
  (`parsed._respondents_answer`).
- "The papers suggest X" names the two outlets only when the sentence before says they published
  or reported, and never when the passage writes of documents, memos, Cabinet or leaked papers
  (`article._papers_together`); "both newspapers" as before.
- "It added that Y" after the body's officer spoke is the body again; only the quoted form
  ('"Y," it added.') right after a person's claim is left unresolved (`person_spoke_before`).
- "without saying why" closes the content as the writer's remark only when the reported clause's
  subject may be the speaker, or after a closing attribution; "She said the bank had frozen her
  account, without saying why" keeps it (`content.before_unsupported_remark`).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of(text)]


def _lead(found, start: str):
    return next(f for f in found if f[2].startswith(start))


# ---- #1 "his spokesman" and another body's spokesman --------------------------------------------------


def _charged(
    sentence: str, lead: str = "Footballer Joe Bell has been charged with assault, his spokesman has said."
) -> str:
    return f"Player charged\n\n{lead}\n\n{sentence} Mr Bell will appear in court next week."


def test_a_clubs_or_a_partys_spokesman_is_not_his() -> None:
    for sentence in (
        "Velton Rovers spokesman Tom Dale said the club would support him throughout the case.",
        "Party spokesman Tom Dale said the Greens had nothing to add.",
        "He denies the charge, Velt Records spokesman Tom Dale said.",
    ):
        found = _found(_charged(sentence))
        assert _lead(found, "Footballer Joe Bell")[1] is None, found


def test_a_bare_spokesman_named_next_is_his() -> None:
    for sentence in (
        "Spokesman Tom Dale said the player would fight the charge.",
        "He denies the charge, spokesman Tom Dale said.",
    ):
        found = _found(_charged(sentence))
        assert _lead(found, "Footballer Joe Bell")[1] == "tom-dale", found


def test_an_authoritys_spokesman_is_still_not_his() -> None:
    found = _found(_charged("Velton police spokesman Tom Dale said the player would be bailed."))
    assert _lead(found, "Footballer Joe Bell")[1] is None, found


# ---- #4 respondents in a concessive clause --------------------------------------------------------------


def test_an_inquirys_finding_ends_before_what_many_said() -> None:
    found = _found(
        "Inquiry\n\nThe inquiry found that the guards had acted lawfully, though many said the ruling was a whitewash."
    )
    finding = _lead(found, "the guards had acted lawfully")
    assert finding[2] == "the guards had acted lawfully", found


def test_a_survey_finding_ends_before_what_some_claimed() -> None:
    found = _found(
        "Survey\n\nThe survey found that most drivers wanted lower fuel duty, although some claimed the tax was fair."
    )
    finding = _lead(found, "most drivers wanted")
    assert finding[2] == "most drivers wanted lower fuel duty", found


def test_a_survey_finding_keeps_what_most_agreed() -> None:
    found = _found(
        "Survey\n\nThe survey found that most drivers wanted lower fuel duty, though most agreed that it was fair."
    )
    assert any(c.endswith("though most agreed that it was fair") for s, i, c, o in found), found


# ---- #5 "the papers" as documents ----------------------------------------------------------------------


def test_cabinet_papers_are_no_newspapers() -> None:
    text = (
        "Archive\n\nThe Guardian and the Times both led on the story on Monday.\n\n"
        "Cabinet papers released by the Velt Archive on Tuesday cover the year 1985. "
        "The papers suggest the prime minister considered an early election."
    )
    found = _found(text)
    assert _lead(found, "the prime minister considered")[3] == [], found


def test_memos_obtained_by_two_papers_are_no_newspapers() -> None:
    text = (
        "Memos\n\nThe memos were obtained by the Guardian and the Daily Telegraph. "
        "The papers suggest the minister knew of the payments."
    )
    found = _found(text)
    assert _lead(found, "the minister knew")[3] == [], found


def test_the_papers_that_reported_just_before_speak() -> None:
    text = (
        "Poll row\n\nThe Guardian and the Daily Mirror both reported the row on Sunday. "
        "The papers claim ministers want an early poll."
    )
    found = _found(text)
    assert set(_lead(found, "ministers want")[3]) == {"guardian", "daily-mirror"}, found


# ---- #6 "It added that" after the body's officer ------------------------------------------------------


def test_it_added_after_the_firms_officer_is_the_firm() -> None:
    text = (
        "Velco jobs\n\nVelco Motors said sales fell 5% in the quarter. "
        '"We are disappointed," said chief executive Jo Bell. It added that 200 jobs would go at its plant in Leeds.'
    )
    found = _found(text)
    assert _lead(found, "200 jobs")[1] == "velco-motors", found


def test_quoted_it_added_after_a_person_stays_unresolved() -> None:
    text = (
        "Builder results\n\nLender Velco Bank and housebuilder Peter Harrow both reported higher profits.\n\n"
        'Velco Bank said lending would grow. Harrow said the market was tough. "Sales slowed," it added.'
    )
    found = _found(text)
    assert _lead(found, "Sales slowed")[1] != "velco-bank", found


# ---- #7 "without saying why" about another's act ----------------------------------------------------------


def test_without_saying_why_of_another_is_content() -> None:
    found = _found("Account\n\nAnn Vell said the bank had frozen her account, without saying why.")
    assert _lead(found, "the bank had frozen")[2] == "the bank had frozen her account, without saying why", found


def test_without_saying_why_of_the_speaker_is_cut() -> None:
    for text, content in (
        ("Tom Pell said he would resign, without saying why.", "he would resign"),
        ("The army would respond, Tom Pell said, without saying how.", None),
        ("The opposition leader accused the government of vote rigging, without elaborating.", None),
    ):
        found = _found(f"Row\n\n{text}")
        assert not any("without" in c for s, i, c, o in found), found
        if content is not None:
            assert any(c == content for s, i, c, o in found), found


def test_its_finding_after_an_inquiry_ends_before_what_many_said() -> None:
    found = _found(
        "Inquiry\n\nThe inquiry into the crash reported on Monday. "
        "It found that the guards had acted lawfully, though many believed the ruling was a whitewash."
    )
    finding = _lead(found, "the guards had acted lawfully")
    assert finding[2] == "the guards had acted lawfully", found


def test_quoted_it_added_after_the_firms_officer_is_the_firm() -> None:
    text = (
        "Velco jobs\n\nVelco Motors said sales fell 5% in the quarter. "
        '"We are disappointed," said chief executive Jo Bell. "Jobs will go at the Leeds plant," it added.'
    )
    found = _found(text)
    assert _lead(found, "Jobs will go")[1] == "velco-motors", found
