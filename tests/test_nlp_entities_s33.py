"""Session 33 (issue 11, entity types): a presenter's name before "'s second series", a maker of
films or shows by its last word, and a firm written "X in <its place>". Invented names and
sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze
from belreader.nlp.kinds import label_from_words

from nlp_util import make_article


def _labels(text: str) -> dict[str, str]:
    """Each entity's shown name -> label."""
    return {e.name: e.label for e in analyze(make_article(text)).entities}


# ---- the lexicon's one home (lexicon.py), read by kinds and single_names


def test_the_lexicon_has_one_home_that_kinds_reads():
    import belreader.nlp.kinds as kinds
    import belreader.nlp.lexicon as lexicon
    import belreader.nlp.single_names as single_names

    assert kinds.unknown_word is lexicon.unknown_word
    assert single_names.common_word is lexicon.common_word
    assert not hasattr(single_names, "unknown_word")


# ---- a programme's cue and a presenter's name the lexicon does not know


def test_a_name_of_words_the_lexicon_lacks_before_its_second_series_is_a_presenter():
    labels = _labels("Ishvari Korvanek's second series of the quiz starts on Monday, the BBC said.")
    assert labels.get("Ishvari Korvanek") == "PERSON", labels


def test_a_programme_named_with_a_common_word_is_still_no_person():
    """The guard: "Street" is a word of the lexicon, so the programme's cue still holds."""
    labels = _labels("Velt Street's second series starts on Monday, the network said.")
    assert "Velt Street" not in labels, labels


# ---- a maker of films or shows named by its last word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The actor's own company, Velt Films, is working with two other firms on the picture.", "Velt Films"),
        ("Tom Pell founded Garnet Productions in 1998 and sold it last year.", "Garnet Productions"),
        ("Grobco Pharma said sales rose.", "Grobco Pharma"),
    ],
)
def test_a_name_ending_in_a_makers_word_is_an_organisation(text: str, name: str):
    assert _labels(text).get(name) == "ORG", _labels(text)


def test_the_makers_words_do_not_make_an_event_or_a_person_an_organisation():
    """The guards: "Games" is no company's word ("the Tarbury Games"); a first word that is a
    title keeps a person."""
    assert label_from_words("Tarbury Games", "PLACE") == "PLACE"
    assert label_from_words("Ann Velt", "PERSON") == "PERSON"
    assert _labels("Athens Games were a success, Tom Pell said.").get("Athens Games") != "ORG"


# ---- a firm written with its place: "X in Velshire"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Grobco in Yorkshire rose 5%.", "Grobco"),
        ("Local makers such as Grobco Holdings in China and Marvix in Russia sell cheaper machines.", "Marvix"),
    ],
)
def test_a_firm_written_in_its_place_is_no_place(text: str, name: str):
    assert _labels(text).get(name) == "ORG", _labels(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Pell grew up in Hartbury in Lancashire and now lives in London.", "Hartbury"),
        ("He moved to Tarbury in Yorkshire, which has a famous market.", "Tarbury"),
        ("Tom Pell visited Marvix in Tarnia last week and said it was beautiful.", "Marvix"),
    ],
)
def test_a_town_in_its_county_or_country_stays_a_place(text: str, name: str):
    """The guards: no firm's cue across the place (", which has a market" may be the county's)."""
    assert _labels(text).get(name) == "PLACE", _labels(text)


def test_a_firms_cue_after_its_place():
    from belreader.nlp.kinds import firm_acts_after

    assert firm_acts_after(" said it would close the plant")
    assert firm_acts_after(", a family firm that makes boats")
    assert firm_acts_after(" chief executive Tom Pell said")
    assert not firm_acts_after(", which has a famous market")


# ---- competitions in the plural


def test_grand_slams_in_the_plural_are_events_not_places():
    labels = _labels("Velta said she wanted to win Grand Slams again.")
    assert labels.get("Grand Slams") != "PLACE", labels


def test_a_place_ending_in_no_competition_word_stays_a_place():
    """The guard: only a competition's own last word, singular or plural, makes an event."""
    labels = _labels("Tom Pell grew up in Velt Sands and now lives in London.")
    assert labels.get("Velt Sands") == "PLACE", labels


# ---- a broadcaster's possessive before a programme's one-word title


@pytest.mark.parametrize(
    "text",
    [
        "Homegrown reality programmes led the list, including Channel 4's Supernanny and ITV1's Velt Kitchen.",
        "Homegrown reality shows led the list, including Channel 4's Supernanny.",
    ],
)
def test_a_one_word_title_after_a_broadcasters_possessive_is_no_person(text: str):
    """Written in a list of titles (me33: the list is what tells a programme from a reporter's surname,
    see test_nlp_entities_mend_s33.py)."""
    assert "Supernanny" not in _labels(text), _labels(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The BBC's Robinson reported from the count in Velton.", "Robinson"),
        ("The BBC's Jo Velt reported from the count in Velton.", "Jo Velt"),
    ],
)
def test_a_reporter_after_a_broadcasters_possessive_stays_a_person(text: str, name: str):
    """The guards: a first name, or the name as a verb's subject ("the BBC's Robinson reported")."""
    assert _labels(text).get(name) == "PERSON", _labels(text)


def _mention(body: str, text: str, label: str, after: int = 0):
    """A mention of `text` at its first place in `body` from `after`."""
    from belreader.nlp.records import Mention

    start = body.index(text, after)
    return Mention(text.lower().replace(" ", "-"), text, label, start, start + len(text), 0)


def test_a_list_of_places_each_in_its_country_stays_places():
    """The guard of the list cue: the name before must be a firm's by its own words (a company's
    word), so "Velt in France and X in Portugal" lists places even where the model took Velt for
    a body."""
    from belreader.nlp.kinds import firm_in_its_place

    for first, firm in (("Velt", False), ("Velt Holdings", True)):
        body = f"They include {first} in France and Tarvo in Portugal."
        mentions = [
            _mention(body, first, "ORG"),
            _mention(body, "France", "PLACE"),
            _mention(body, "Tarvo", "PLACE"),
            _mention(body, "Portugal", "PLACE"),
        ]
        assert firm_in_its_place(body, mentions[2], mentions) is firm, first


# ---- a company's word alone, beside the firm it ends


def test_a_company_word_typed_a_person_beside_the_firm_it_ends_is_that_firm():
    from belreader.nlp.aliases import load_table
    from belreader.nlp.single_names import single_names

    body = "Shares in VK Pharma fell. Analysts said Pharma was weak. VK Pharma said it would recover."
    first = _mention(body, "VK Pharma", "ORG")
    mentions = [first, _mention(body, "Pharma", "PERSON", first.end), _mention(body, "VK Pharma", "ORG", first.end)]
    out = single_names(body, mentions, load_table())
    assert [m.label for m in out if m.text == "Pharma"] == ["ORG"]


def test_a_company_word_with_no_firm_it_ends_is_left_alone():
    """The guard: only beside a firm whose name ends in the word."""
    from belreader.nlp.aliases import load_table
    from belreader.nlp.single_names import single_names

    body = "Analysts said Pharma was weak, Tom Pell said."
    mentions = [_mention(body, "Pharma", "PERSON"), _mention(body, "Tom Pell", "PERSON")]
    out = single_names(body, mentions, load_table())
    assert [m.label for m in out if m.text == "Pharma"] != ["ORG"]
