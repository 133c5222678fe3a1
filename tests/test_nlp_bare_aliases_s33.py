"""Session 33 (issue 11, "a bare name resolves by article context, never by a global guess"): the
table's public body named by one word ("Congress", "the Treasury") inside a longer name of another
body, or where the article plainly concerns another country's body, is not the table's entity; and
an entity is never shown by a name the table gives another entity. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import entity_names, make_article

# ---- the one word inside a longer name of another body


@pytest.mark.parametrize(
    ("text", "entity_id", "longer"),
    [
        ("The Velt government, led by the Congress Party, won the vote in May.", "us-congress", "Congress Party"),
        (
            "Ann Bell gave a talk at the 4GX World Congress, a fair for phone makers.",
            "us-congress",
            "4GX World Congress",
        ),
        ('"Prices will ease," said Tom Pell, at Grobco Treasury Services.', "hm-treasury", None),
        ("Tom Pell told the Treasury Select Committee that growth was strong.", "hm-treasury", None),
    ],
)
def test_a_public_bodys_word_inside_another_bodys_name_is_not_that_body(text: str, entity_id: str, longer):
    ids = entity_names(text)
    assert entity_id not in ids, ids
    if longer:
        assert longer in ids.values(), ids


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("The US Congress passed the bill on Monday.", "us-congress"),
        (
            "Congress passed the bill on Monday, and Congress's budget office agreed. US officials agreed.",
            "us-congress",
        ),
        ("On Tuesday Congress approved the budget of Velt Mills. US officials agreed.", "us-congress"),
        ("Past Congress efforts to cut the deficit have failed, Tom Pell said. US officials agreed.", "us-congress"),
        ("The Republican Congress will debate the plan in June. US officials agreed.", "us-congress"),
        ("Lib Dem Treasury spokesman Tom Pell said the plan was costly.", "hm-treasury"),
        ("Shadow Treasury chief secretary Tom Pell said the plan was costly.", "hm-treasury"),
        ("Treasury Secretary Tom Pell said the figures for Britain were strong.", "hm-treasury"),
    ],
)
def test_a_public_bodys_word_qualified_or_alone_stays_that_body(text: str, entity_id: str):
    """The guards: a nation, a title, a date, a sentence's first common word, a party's adjective,
    a name the table knows before the word, a post after it, a possessive: still the table's body.
    (Session 43: "Congress" alone is the US Congress only where the article cues the US, hence
    "US officials agreed.")"""
    assert entity_id in entity_names(text), entity_names(text)


# ---- a national body's word where the article concerns another country


@pytest.mark.parametrize(
    "text",
    [
        "Peru changed its pension law on Monday. The country's Congress voted 60 to 40 for the change, Tom Pell said.",
        "Chile's Congress approved the reform on Monday after a long debate.",
        "The Brazilian Congress approved the reform on Monday after a long debate.",
        "Japan's exports rose 4% in May, as Japan sold more cars to China. Treasury Secretary Tom "
        "Pell put a brave face on the figures. Japan's trade surplus grew by a third.",
    ],
)
def test_a_national_bodys_word_in_another_countrys_story_is_not_that_body(text: str):
    ids = entity_names(text)
    assert "us-congress" not in ids and "hm-treasury" not in ids, ids


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # the body's nation is named: "the country's" is that nation
        ("The US economy grew 3% in May, and the country's Congress wants tax cuts.", "us-congress"),
        # the nation's people's word is written
        ("American exports to Peru rose in May, and Congress wants more. Peru and Peru again.", "us-congress"),
        # another country named twice only, the nation never: not plainly another country's story
        ("The Treasury said growth was strong. Exports to Japan rose, and Japan bought more.", "hm-treasury"),
        # the possessive of the body's own nation
        ("Britain's Treasury said growth was strong, though Japan, Japan and Japan slowed.", "hm-treasury"),
    ],
)
def test_a_national_bodys_word_stays_that_body_where_its_nation_is_in_the_story(text: str, entity_id: str):
    assert entity_id in entity_names(text), entity_names(text)


# ---- an entity shown by a name the table gives another entity


def test_an_entity_is_never_shown_by_a_name_the_table_gives_another():
    text = (
        "Sun Systems has launched a rental service for its servers. The Sun Grid will cost $1 an hour. "
        "The Sun Grid runs on servers made by Sun Systems."
    )
    names = {e.name for e in analyze(make_article(text)).entities}
    assert "The Sun" not in names, names


def test_an_entity_keeps_a_name_the_table_gives_another_when_it_has_no_other():
    """The guard: with no name of its own an entity is still shown by the one it has."""
    text = "The Sun said on Monday that its sales had risen."
    assert "The Sun" in {e.name for e in analyze(make_article(text)).entities}


# ---- a paper's bare word without its article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in analyze(make_article(text)).mentions]


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Tom Pell will speak at a Hindu temple in Tarbury on Monday.", "hindu"),
        ("Tom Pell still owns a Sun workstation that no longer works.", "sun"),
        ("Tom Pell is chief executive at Independent, which owns 200 regional titles.", "independent"),
    ],
)
def test_a_papers_bare_word_without_its_article_is_not_the_paper(text: str, entity_id: str):
    assert entity_id not in {i for _, i in _mentions(text)}, _mentions(text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Tom Pell told the Sun that he would stay at Velt.", "sun"),
        ("Ann Bell, the former Sun editor, said the paper would survive.", "sun"),
        ("Ann Bell said Independent readers had written in their hundreds.", "independent"),
        ("Tom Pell told The Hindu that the vote would be close.", "hindu"),
    ],
)
def test_a_papers_word_with_its_article_or_a_press_word_stays_the_paper(text: str, entity_id: str):
    """The guards: "the" before it (or a word or two before), a word of the press after it."""
    assert entity_id in {i for _, i in _mentions(text)}, _mentions(text)


def test_a_papers_word_opening_a_sentence_stays_the_paper():
    """The guard: a sentence may open on the paper's word, its article left out."""
    text = "Sales fell in May. Sun executive Tom Pell said the paper would cut 50 jobs."
    assert "sun" in {i for _, i in _mentions(text)}, _mentions(text)
