"""Session 43 mend mc43: the claim rules REVIEW_43c/REVIEW_43e found confidently wrong, on invented
sentences (none copied from any corpus).

- "The corporation said" is the broadcaster only when no other organisation at all is named in the
  passage (a firm the table lacks, a programme taken for an organisation); through the company
  path, an organisation the table lacks only when its own name says Corporation/Corp
  (`ArticleContext._only_broadcaster`, `ArticleContext.fits_head`).
- "X police said" is the force the article names as the place and the force's words alone
  ("Velmton Police", "the Velmton Police Department"), never a longer place's force ("West
  Velmshire Police" for "Velmshire police") nor a police union or authority
  (`described._places_police`).
- A calling right after a person's own claim ("the actress said") is not that person when the
  calling's sex rules them out, nor when their sex is unknown and another person named (without
  another title) has the calling's sex: that one fits better (`ArticleContext.topic_person`).
- "list X as Y" is a claim only for a listing of stance ("as supporters of the plan", "its biggest
  creditor as Y"), not a record ("lists X as its patron", "listed the cause of death as drowning")
  (`subjects._listed_stance`).
- ", which suggests" after a body that can speak ("the board", "the jury") stays that body's claim
  (`parsed._may_speak`); after a thing ("the chart show") it is the writer's inference.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def _ids(text: str, speaker: str) -> list[str | None]:
    return [i for s, i, _ in _found(text) if s.lower() == speaker.lower()]


# ---- "the corporation" ---------------------------------------------------------------------------


def test_the_corporation_is_not_the_broadcaster_beside_a_firm_the_table_lacks():
    text = (
        "Chip sale\n\n"
        "Grovanik Holdings has agreed to sell its chip unit, the BBC's Today programme was told. "
        "The corporation said the sale would close in March."
    )
    assert "bbc" not in _ids(text, "The corporation"), _found(text)


def test_the_corporation_is_not_a_programme_taken_for_an_organisation():
    text = (
        "Pop show returns\n\n"
        "The BBC is to bring back Velt Hits 2 on BBC Two, with the show's host Tom Pell. "
        "Velt Hits 2 will run for six weeks. The corporation said the show would air on Fridays."
    )
    ids = _ids(text, "The corporation")
    assert all(i is None or i == "bbc" for i in ids), _found(text)


def test_the_corporation_is_the_broadcaster_when_no_other_organisation_is_named():
    text = (
        "Channel move\n\n"
        "The BBC's quiz show is to move from BBC One to BBC Two next year. "
        "The corporation said the move would give the show a younger audience."
    )
    assert _ids(text, "The corporation") == ["bbc"], _found(text)


# ---- "X police" ----------------------------------------------------------------------------------


def test_a_places_police_is_not_a_longer_places_force():
    text = (
        "Stabbing\n\n"
        "The West Velmshire Police said it was not involved. "
        "In Grobton, Velmshire police said a man had drowned."
    )
    assert "west-velmshire-police" not in _ids(text, "Velmshire police"), _found(text)


def test_a_places_police_is_not_a_police_union():
    text = (
        "Murder charge\n\n"
        "The Velmton Police Association said officers were overworked. "
        "Velmton police said a man had been charged with murder."
    )
    assert "velmton-police-association" not in _ids(text, "Velmton police"), _found(text)


def test_a_places_police_is_not_a_police_authority():
    text = (
        "Crash\n\n"
        "The Velmshire Police Authority will meet next week to discuss the budget. "
        "Velmshire police said the driver was stable."
    )
    assert "velmshire-police-authority" not in _ids(text, "Velmshire police"), _found(text)


def test_a_places_police_is_the_force_named_by_the_place():
    text = (
        "Crash\n\n"
        "The Velmton Police Department closed the road on Sunday. "
        "Velmton police said two people were hurt in the crash."
    )
    assert _ids(text, "Velmton police") == ["velmton-police-department"], _found(text)


# ---- a calling right after a claim ----------------------------------------------------------------


def test_the_actress_is_not_the_man_who_spoke_before():
    text = (
        "Film shoot\n\n"
        "The film stars Tom Pellow and Anna Kovarik. Pellow said the shoot had been fun. "
        '"It was very hard work," the actress said.'
    )
    assert "tom-pellow" not in _ids(text, "the actress"), _found(text)


def test_the_actress_is_not_one_of_unknown_sex_when_a_woman_is_named_beside():
    text = (
        "Film shoot\n\n"
        "The film stars Ziv Pellow and Anna Kovarik. Pellow said the shoot had been fun. "
        '"It was very hard work," the actress said.'
    )
    assert "ziv-pellow" not in _ids(text, "the actress"), _found(text)


def test_the_actress_is_the_woman_who_spoke_before_with_a_man_named_beside():
    text = (
        "Film shoot\n\n"
        "The film stars Tom Pellow and Anna Kovarik. Kovarik said the shoot had been fun. "
        '"It was very hard work," the actress said.'
    )
    assert _ids(text, "the actress") == ["anna-kovarik"], _found(text)


def test_the_actor_is_the_man_who_spoke_before_when_only_a_woman_is_named_beside():
    text = (
        "Film shoot\n\n"
        "The film stars Tom Pellow and Anna Kovarik. Pellow said the shoot had been fun. "
        '"It was very hard work," the Irish actor said.'
    )
    assert _ids(text, "the Irish actor") in (["tom-pellow"], [None]), _found(text)


# ---- "list X as Y" -------------------------------------------------------------------------------


def test_a_record_listed_is_no_claim():
    assert not [c for c in _found("Charity gala\n\nThe charity lists Prince Tomas Velt as its patron.")]
    found = _found("Drowning\n\nPolice listed the cause of death as drowning in the lake.")
    assert not [c for c in found if "drowning" in c[2]], found


def test_a_listing_of_supporters_is_a_claim():
    found = _found("Plan backed\n\nThe campaign group lists Tom Pellow and Ann Vasker as supporters of the plan.")
    assert any("supporters of the plan" in content for _, _, content in found), found


# ---- ", which suggests" after a body -------------------------------------------------------------


def test_which_suggests_after_a_board_or_a_jury_stays_their_claim():
    found = _found("Merger\n\nThe figures were sent to the board, which suggests that the merger is off.")
    assert any(s == "the board" and "merger is off" in c for s, _, c in found), found
    found = _found("Verdict\n\nThe decision was welcomed by the jury, which suggests that the verdict will stand.")
    assert any(s == "the jury" and "verdict will stand" in c for s, _, c in found), found


def test_which_suggests_after_a_thing_is_no_claim():
    found = _found(
        "Quiz show\n\nThe new show will be linked with the Velt FM chart show, which suggests it may air on Sundays."
    )
    assert not [c for c in found if "Sundays" in c[2]], found
