"""Session 34 (issue 11, "a bare name resolves by article context, never by a global guess"): the
table's parties and national bodies named by one word in stories about other nations, a table's
name glued by a hyphen into another name, a UK-only office as evidence of a UK story, and two
people's names the model tagged without their title. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str]]:
    """(text, entity id) of each mention."""
    return [(m.text, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids(text: str) -> set[str]:
    return {e.id for e in analyze(make_article(text)).entities}


# ---- a people's word of another nation before a party's one word


@pytest.mark.parametrize(
    ("text", "entity_id", "name"),
    [
        ("Neither the English Democrats nor the Velt Party wanted him.", "democratic-party", "English Democrats"),
        ("The Irish Labour vote fell, and Tom Pell said the vote was lost.", "labour-party", "Irish Labour"),
    ],
)
def test_another_nations_adjective_before_a_partys_word_makes_that_nations_party(text, entity_id, name):
    mentions = _mentions(text)
    assert entity_id not in {i for _, i in mentions}, mentions
    assert name in {t for t, _ in mentions}, mentions


def test_another_nations_party_word_in_a_persons_title_is_no_name_and_no_speaker():
    # "French Green MEP Tom Pell": a word of his title, not the UK's Green Party; no "French Green"
    # body either, so the claim stays his
    text = "French Green MEP Tom Pell warned that if the Commission ignored the request it would be an insult."
    analysis = analyze(make_article(text))
    assert "green-party" not in {m.entity_id for m in analysis.mentions}, analysis.mentions
    assert [c.speaker_id for c in analysis.claims] == ["tom-pell"], analysis.claims


@pytest.mark.parametrize(
    ("text", "entity_ids"),
    [
        # the party's own nation, or one of the UK's home nations for a UK party
        (
            "British Conservatives met in Tarbury, and American Democrats met in Velt.",
            {"conservative-party", "democratic-party"},
        ),
        ("English Labour members met in Tarbury on Monday.", {"labour-party"}),
        # a region's word: its nation is not known, the party stays
        ("Texan Democrats backed Tom Pell in the primary.", {"democratic-party"}),
    ],
)
def test_the_partys_own_nations_adjective_leaves_the_party(text, entity_ids):
    assert entity_ids <= _ids(text), _mentions(text)


# ---- a party's word in a story about another nation


@pytest.mark.parametrize(
    "text",
    [
        "The local paper said Labour Minister Tom Pell had caused uproar in Tarnia. Tarnia needs workers.",
        "Economy and Labour Minister Tom Pell said growth in Germany would slow. Germany's exports rose.",
        # in lower case: no party's name
        "Armed republicans took up arms against the state.",
    ],
)
def test_a_partys_word_in_another_nations_story_is_not_the_party(text):
    ids = _ids(text)
    assert not ids & {"labour-party", "conservative-party", "republican-party"}, _mentions(text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # a party's noun or a speaking verb after it: the party's own
        ("Labour minister Tom Pell said the vote would be close. Iraq and Iraq and Iraq again.", "labour-party"),
        ("Labour MPs said the war in Iraq was wrong. Iraq will vote in May, and Iraq needs aid.", "labour-party"),
        ("Labour said the war in Iraq was wrong. Iraq will vote in May, and Iraq needs aid.", "labour-party"),
        # another party named: a UK story
        (
            "Labour is ahead, the Conservatives admit. Iraq will vote in May, and Iraq needs aid.",
            "labour-party",
        ),
        # the nation named
        ("Labour is ahead in Britain. Iraq will vote in May, and Iraq needs aid.", "labour-party"),
        # a UK-only office written
        (
            "Home Secretary Tom Pell says Labour is ahead. Iraq will vote in May, and Iraq needs aid.",
            "labour-party",
        ),
        # another country named once only, no office after the word
        ("Labour is ahead, Tom Pell said. Exports to Iraq rose.", "labour-party"),
    ],
)
def test_a_partys_word_in_a_story_of_its_nation_stays_the_party(text, entity_id):
    assert entity_id in _ids(text), _mentions(text)


# ---- a party's adjective before another word before a national body's word


def test_a_partys_adjective_then_another_word_before_congress_is_another_body():
    mentions = _mentions("The Democratic National Congress of Tarnia backed Tom Pell.")
    assert "us-congress" not in {i for _, i in mentions}, mentions


def test_a_partys_adjective_right_before_congress_stays_the_body():
    assert "us-congress" in _ids("Tom Pell told the Republican Congress that taxes must fall.")


# ---- a table's name glued by a hyphen to an unknown word


def test_a_tables_name_glued_to_an_unknown_word_is_another_name():
    mentions = _mentions('A "Fed-Ex refund processor" was offered to buyers, Tom Pell said.')
    assert "federal-reserve" not in {i for _, i in mentions}, mentions


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("The Fed raised rates, and the Fed's chairman spoke.", "federal-reserve"),
        ("The Labour-Tory row grew on Monday, Tom Pell said.", "labour-party"),
        # a people's word after the hyphen
        ("The Fed-German talks on rates ended on Monday.", "federal-reserve"),
    ],
)
def test_a_tables_name_beside_a_known_name_or_alone_stays(text, entity_id):
    assert entity_id in _ids(text), _mentions(text)


# ---- a UK-only office is evidence of a UK story (session 33's untested risk)


@pytest.mark.parametrize(
    "text",
    [
        "Treasury minister Tom Pell said France must cut its deficit. France has missed the target "
        "twice. Ann Bell said France would not change course.",
        "Home Secretary Ann Bell met Treasury Secretary Tom Pell. They spoke on Iraq. Iraq's leaders want "
        "more aid, and Iraq will vote in May.",
        "Shadow chancellor Ann Bell said Treasury Secretary Tom Pell was wrong. Iraq, Iraq and Iraq again.",
    ],
)
def test_a_uk_only_office_keeps_the_treasury_in_a_story_about_another_country(text):
    assert "hm-treasury" in _ids(text), _mentions(text)


def test_a_chancellor_alone_is_no_uk_office():
    # Germany's chancellor: no evidence of a UK story, the US-style post leaves the body unknown
    text = (
        "Chancellor Ann Bell said Germany would grow. Germany's exports rose, and Germany sold more. "
        "Treasury Secretary Tom Pell welcomed the figures."
    )
    assert "hm-treasury" not in _ids(text), _mentions(text)


# ---- a prince's style, and peers listed after one plural title


def test_a_princes_style_before_a_name_the_model_tagged_alone_is_the_name():
    mentions = _mentions("The palace issued a statement on Prince Velt's wedding date on Tuesday.")
    assert ("Prince Velt", "prince-velt") in mentions, mentions


def test_a_princes_style_after_another_title_word_is_left_as_it_was():
    # "Crown Prince Velt" is named in full: "Prince Velt" later is the same person, not another
    text = 'Denmark\'s Crown Prince Velt opened the show. "It was a joy," Prince Velt said.'
    assert "prince-velt" not in _ids(text), _mentions(text)


def test_a_plural_title_before_listed_peers_is_not_the_house_of_lords():
    text = "The appeal was heard by a panel sitting with Lords Tarbury, Pellow, Dorr and Hale in May."
    mentions = _mentions(text)
    assert "house-of-lords" not in {i for _, i in mentions}, mentions
    assert ("Pellow", "pellow") in mentions, mentions


def test_a_monarchs_number_after_a_name_is_part_of_the_name():
    # "Charles I" is no namesake of a Prince Charles the corpus names elsewhere
    mentions = _mentions("The museum lent out a sword made for Charles I, along with a shield and a helmet.")
    assert ("Charles I", "charles-i") in mentions, mentions


def test_a_pronoun_after_a_name_is_no_monarchs_number():
    mentions = _mentions('"It is good," said Charles. I think so too.')
    assert not any(t.endswith(" I") for t, _ in mentions), mentions
