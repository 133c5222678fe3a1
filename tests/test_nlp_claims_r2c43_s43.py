"""Session 43 round 2, r2c43: speaker patterns behind fresh39's claim misses, on invented
sentences (none copied from any corpus).

- A group's own name that holds another body's name ("The Abolish the Senate Campaign said", "the
  Senate Reform Group said"): the whole name is the speaker, not the body named inside it; shown
  as written without a guessed id (`subjects._longer_name`, across "the" and up to a group's word).
- '"Pellow said A. "B," the Irish actor said.': a description right after the person's own claim,
  in the same paragraph with no one else named since their name, is that person, even when the
  paragraph listed others before ("stars such as X, Y and Pellow") who carry no other title
  (`ArticleContext._right_after_own_claim` in `topic_person`); not with another person named in
  between, nor with a narration sentence between, nor for an office ("the prime minister" after
  another minister spoke: the office's holder may be the other person named).
- "The corporation said" in a passage about a broadcaster and its channels: the one broadcaster
  (`ArticleContext._only_broadcaster`), when no other organisation at all is named there (mc43).
- "The show will be linked with the Velt FM chart show, which suggests it may air on Sundays": a
  verb of comment whose subject is a relative "which" on a noun that cannot speak and is no
  document is the writer's inference, no claim (`parsed._comment_on_a_thing`); a quote after it
  goes on from the speaker before. Not after a writing ("The figures, which suggest") nor a name.
- "The group lists Tom Pell and Ann Vask as supporters of the plan": "list X as Y" read as
  "describes X as Y" (GUIDE; `subjects._LISTING_FORMS`, the candidate filter taking a longer list
  of names before "as"); never the passive "was listed as".
- "Royal Mail says it is investigating": the UK's postal company, which the model seldom tags, is
  in the organisations table (a company), so it is found and speaks.
"""

from __future__ import annotations

from belreader import nlp

from nlp_util import claims_of, make_article


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of(text)]


# ---- a group's name holding another body's name --------------------------------------------------

_SENATE = (
    "Senate plan backed\n\n"
    "A cross-party group of MPs has published a plan to reform the House of Lords.\n\n"
    "The plan would cut the number of peers. Tom Pellham, a Labour MP, said the plan was fair.\n\n"
    "{subject} said the draft was an important step. "
    '"It is detailed," said co-ordinator Ann Vesty.'
)


def _draft_speaker(subject: str) -> tuple[str, str | None]:
    found = _found(_SENATE.format(subject=subject))
    return next((s, i) for s, i, c, _ in found if c.startswith("the draft was"))


def test_a_campaign_named_across_the_is_not_the_body_inside_it():
    speaker, speaker_id = _draft_speaker("The Abolish the Lords Campaign")
    assert speaker_id != "house-of-lords", speaker
    assert "Campaign" in speaker


def test_a_group_named_after_the_body_is_not_the_body():
    speaker, speaker_id = _draft_speaker("The Lords Reform Group")
    assert speaker_id != "house-of-lords", speaker


def test_the_body_itself_still_speaks():
    assert _draft_speaker("The House of Lords")[1] == "house-of-lords"
    assert _draft_speaker("The Lords")[1] == "house-of-lords"


# ---- a description right after the person's own claim ---------------------------------------------

_FESTIVAL = (
    "Film festival opens in Velton\n\n"
    "The Velton film festival opened on Monday despite the storms.\n\n"
    "The festival has attracted directors such as Tom Harrow and Ben Castell, alongside stars such as "
    "Mary Dunmore, Jack Pellow and Ann Rivers. Pellow, whose new film is in competition, said {said}. "
    '{between}"I wondered if it was right to travel," the Irish actor said. "But I am glad I did."'
)


def _actor(said: str = "he had doubted whether he should come", between: str = "") -> str | None:
    found = _found(_FESTIVAL.format(said=said, between=between))
    return next(i for s, i, c, _ in found if s == "the Irish actor")


def test_the_described_actor_right_after_his_claim_is_him():
    assert _actor() == "jack-pellow"


def test_not_with_another_person_named_in_between():
    assert _actor(said="he admired Tom Harrow") is None


def test_not_with_a_narration_sentence_between():
    assert _actor(between="The storms closed two cinemas. ") is None


def test_an_office_right_after_another_speaker_is_not_them():
    found = _found(
        "School visit\n\n"
        "Police plans were unveiled by Tom Pellham on Monday.\n\n"
        "Before the vote, Mr Pellham was joined by Ken Varga at Dunmore School. Mr Pellham said he "
        "wanted more officers. The prime minister said the public should be in charge."
    )
    assert all(i != "tom-pellham" for s, i, *_ in found if s == "The prime minister"), found


# ---- "the corporation" of a broadcaster ----------------------------------------------------------------

_CHANNELS = (
    "Show moves channel\n\n"
    "The BBC's quiz show Brainbox is to move from BBC One to BBC Two.\n\n"
    'The show will be longer. The corporation said the new show "will please viewers". '
    "The move is the biggest in the show's history."
)


def test_the_corporation_is_the_one_broadcaster_of_the_passage():
    found = _found(_CHANNELS)
    assert [(s, i) for s, i, *_ in found] == [("The corporation", "bbc")], found


def test_the_corporation_is_not_the_broadcaster_a_firm_spoke_to():
    found = _found(
        "Firms merge\n\n"
        "Microsoft and Sony are to work together on games, their bosses told the BBC.\n\n"
        'The deal will take a year. The corporation said the deal "was good". Sales fell in 2004.'
    )
    assert all(i != "bbc" for s, i, *_ in found if s == "The corporation"), found


# ---- ", which suggests" on a thing ------------------------------------------------------------------

_SLOT = (
    "Quiz show to move\n\n"
    "The quiz show Brainbox is to move to Sundays.\n\n"
    "A Velt TV spokeswoman said the host would stay. The new show will be linked with the Velt FM "
    'chart show, which suggests it may air at about 1900 on Sundays. "We think the slot will work," '
    "she said.\n\n"
    "The figures, which suggest viewers are bored, were published on Monday. The report by Grobco, "
    "which suggests sales will fall, came out on Monday."
)


def test_which_suggests_on_a_thing_is_no_claim():
    found = _found(_SLOT)
    assert not any(c.startswith("it may air") for s, i, c, _ in found), found


def test_which_suggests_on_a_writing_or_a_name_is_a_claim():
    found = _found(_SLOT)
    contents = [c for s, i, c, _ in found]
    assert "viewers are bored" in contents, found
    assert "sales will fall" in contents, found


# ---- "list X as Y" ---------------------------------------------------------------------------------

_LISTED = (
    "Plan gets backers\n\n"
    "A cross-party group has published a plan to reform the upper house.\n\n"
    "And they list former party leader Tom Pellham and former deputy leader Ann Vaskova-Brown as "
    "supporters of the plan. The firm was listed as a top employer last year."
)


def test_list_x_as_y_is_a_claim():
    found = _found(_LISTED)
    assert any(
        c.startswith("former party leader Tom Pellham") and c.endswith("supporters of the plan") for *_, c, _ in found
    ), found


def test_was_listed_as_is_no_claim():
    found = _found(_LISTED)
    assert not any("top employer" in c for *_, c, _ in found), found


# ---- Royal Mail in the table ------------------------------------------------------------------------


def test_royal_mail_is_the_table_company_and_speaks():
    text = (
        "Ballot papers lost\n\n"
        "Hundreds of voters in Tarbury have not received their ballot papers.\n\n"
        "Royal Mail says it is investigating the delays on one delivery route."
    )
    analysis = nlp.analyze(make_article(text))
    assert [(c.speaker, c.speaker_id) for c in analysis.claims] == [("Royal Mail", "royal-mail")]
    assert [e.role for e in analysis.entities if e.id == "royal-mail"] == ["company"]
