"""Session 27 round 2: a home nation's adjective is left out only where the whole entity is
written as one; a surname or a team's short name of that spelling stays (invented sentences and
names; the model's spans are given by hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved, resolved_mentions


def _count(text: str, spans: list[tuple[str, str]], word: str) -> int:
    return sum(m.text == word for m in resolved_mentions(text, spans))


def test_a_role_word_before_one_mention_keeps_every_mention_of_the_surname():
    text = "Tarlow coach Welsh insisted the referee had erred. Welsh wants an apology."
    assert _count(text, [("Tarlow", "ORG"), ("Welsh", "PERSON"), ("Welsh", "PERSON")], "Welsh") == 2


def test_an_age_after_the_surname_keeps_it():
    text = "Welsh, 34, has coached Tarlow for a decade. Welsh insisted the referee was wrong."
    assert _count(text, [("Welsh", "PERSON"), ("Tarlow", "ORG"), ("Welsh", "PERSON")], "Welsh") == 2


def test_a_verb_after_the_surname_keeps_it():
    text = "Tarlow signed a striker from Grobco last week. English scored twice on his debut."
    assert _count(text, [("Tarlow", "ORG"), ("Grobco", "ORG"), ("English", "PERSON")], "English") == 1
    text = "Tarlow signed striker English from Grobco. English grabbed two goals."
    assert (
        _count(text, [("Tarlow", "ORG"), ("English", "PERSON"), ("Grobco", "ORG"), ("English", "PERSON")], "English")
        == 2
    )


def test_a_longer_name_ending_in_the_word_keeps_the_short_name():
    text = "Varnholt Irish beat Dorran 20-10. Irish held a narrow lead at half-time and hung on."
    ids = resolved(text, [("Varnholt Irish", "ORG"), ("Dorran", "ORG"), ("Irish", "ORG")])
    assert "Irish" in ids, ids


def test_an_honorific_at_one_mention_keeps_the_bare_surname():
    text = "Mr Welsh arrived late at Varnholt. Welsh told the panel he was sorry."
    assert _count(text, [("Welsh", "PERSON"), ("Varnholt", "PLACE"), ("Welsh", "PERSON")], "Welsh") == 2
    text = "Mr Welsh arrived late at Varnholt. Later Welsh councils met him."
    assert _count(text, [("Welsh", "PERSON"), ("Varnholt", "PLACE"), ("Welsh", "PERSON")], "Welsh") == 2


def test_a_team_after_a_preposition_is_no_adjective():
    text = "Dorran lost to Irish at home in Varnholt."
    ids = resolved(text, [("Dorran", "ORG"), ("Irish", "ORG"), ("Varnholt", "PLACE")])
    assert "Irish" in ids, ids


def test_the_adjective_of_a_noun_a_list_or_a_copula_is_still_no_name():
    text = "Dorran were beaten by an impressive Welsh side in Varnholt."
    assert "Welsh" not in resolved(text, [("Dorran", "ORG"), ("Welsh", "ORG"), ("Varnholt", "PLACE")])
    text = "The grant goes to English, Scottish or Welsh councils, Tom Pell said."
    ids = resolved(text, [("English", "ORG"), ("Scottish", "ORG"), ("Welsh", "ORG"), ("Tom Pell", "PERSON")])
    assert not {"English", "Scottish", "Welsh"} & set(ids), ids
    text = "Tom Pell, whose mother was Welsh, sang in Varnholt."
    assert "Welsh" not in resolved(text, [("Tom Pell", "PERSON"), ("Welsh", "PERSON"), ("Varnholt", "PLACE")])


def test_a_list_of_them_or_an_adverb_before_one_is_no_name():
    text = "Tom Pell said the pupils saw themselves as English, Scottish or Welsh, not Varnholtian."
    ids = resolved(text, [("Tom Pell", "PERSON"), ("English", "PERSON"), ("Scottish", "PERSON"), ("Welsh", "PERSON")])
    assert not {"English", "Scottish", "Welsh"} & set(ids), ids
    text = "Tom Pell annoyed his particularly Welsh, cousins in Varnholt."
    assert "Welsh" not in resolved(text, [("Tom Pell", "PERSON"), ("Welsh", "PERSON"), ("Varnholt", "PLACE")])


def test_the_adjective_is_dropped_where_the_model_grouped_it_with_a_longer_name():
    text = "Shares in British bookmakers rose. British Betting Council chairman Tom Pell said so."
    ms = resolved_mentions(text, [("British", "ORG"), ("British Betting Council", "ORG"), ("Tom Pell", "PERSON")])
    assert [m.text for m in ms if m.text == "British"] == [], ms
