"""Session 34 (issue 11, entity types on unseen news): a name the model typed as a group of people
(NORP) that no word of it names a people, a faith or a political camp is no group. It becomes an
organisation on a company's cue, a place on a place's cue, and is otherwise left out rather than
shown as a people; a real people's, faith's or camp's word keeps its NORP. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _labels(text: str) -> dict[str, str]:
    """Each entity's shown name -> its type."""
    return {e.name: e.label for e in analyze(make_article(text)).entities}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Ida Varn, a senior engineer at Veltec labs, said the fears were overblown.", "Veltec", "ORG"),
        ("A new study by Tom Pell and Symtec shows that most laptops now carry spyware.", "Symtec", "ORG"),
        (
            "The report claims Grobco Holdings and Invectec have been talking subscribers out of switching.",
            "Invectec",
            "ORG",
        ),
        ("The puzzle title was developed by Veltec and sold a million copies in its first week.", "Veltec", "ORG"),
        ("The exchange is holding talks with its rival Symtec, which operates four exchanges.", "Symtec", "ORG"),
        ('"Prices will rise," said Veltec economist Tom Pell.', "Veltec", "ORG"),
        ("Tom Pell said three patients were now kept in Veltec hospital.", "Veltec", "PLACE"),
        ("Grobco Bourse plans to sell its Veltec unit, which settles bond trades, next year.", "Veltec", "ORG"),
        ("Banks have handed the work to outside firms such as Veltec, Grobco and a dozen others.", "Veltec", "ORG"),
        ("The track pairs Ida Varn with rapper Veltec and singer Tom Pell.", "Veltec", "PERSON"),
    ],
)
def test_a_name_that_names_no_people_is_retyped_on_its_cue(text: str, name: str, label: str):
    assert _labels(text).get(name) == label, _labels(text)


def test_a_name_that_names_no_people_and_has_no_cue_is_left_out():
    labels = _labels("Logging in took an hour because the unreliable Veltec servers kept crashing.")
    assert "Veltec" not in labels, labels


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Millions of Indonesians use kerosene, and Muslims and Hindus prayed. The Inuit people met Kyrgyz leaders and Arabs.",
            ["Indonesians", "Muslims", "Hindus", "Inuit", "Arabs"],
        ),
        (
            "The Tutsis and the Hutus signed. Sikhs and Jews marched with Eurosceptics.",
            ["Tutsis", "Hutus", "Sikhs", "Jews", "Eurosceptics"],
        ),
        ("The Kiwis beat the Brits, and a Cypriot beat a Basque.", ["Brits", "Cypriot", "Basque"]),
        # a people's word with a company's cue around it is still a people's
        ("A survey by Indonesians found that prices rose, and Arabs said so too.", ["Indonesians", "Arabs"]),
    ],
)
def test_a_peoples_faiths_or_camps_word_keeps_its_group_type(text: str, names: list[str]):
    labels = _labels(text)
    for name in names:
        assert labels.get(name) == "NORP", (name, labels)


# peoples that neither a nationality nor a people's ending gives ("Poles", "Hmong"), and plurals in
# "-ies" ("Gypsies", "Tories"): no company's cue around them ("X said", "X, the ... group") makes
# them a firm, and no lack of one drops them
@pytest.mark.parametrize(
    "text",
    [
        "Young Poles said they would stay in Velton whatever the vote.",
        "Poles, the country's biggest migrant group, now number half a million.",
        "More than 300,000 Hmong live in Velton, Tom Pell said.",
    ],
)
def test_a_peoples_word_without_a_peoples_ending_keeps_its_group_type(text: str):
    analysis = analyze(make_article(text))
    labels = {e.name: e.label for e in analysis.entities}
    name = "Hmong" if "Hmong" in text else "Poles"
    assert labels.get(name) == "NORP", labels
    assert all(c.speaker_id != "poles" for c in analysis.claims)


@pytest.mark.parametrize(
    "word",
    ["Poles", "Finns", "Hmong", "Copts", "Uighurs", "Yazidis", "Gurkhas", "Gypsies", "Tories", "Latinos", "Sufis"],
)
def test_peoples_words_and_their_ies_plurals_are_group_words(word: str):
    from belreader.nlp.aliases import load_table
    from belreader.nlp.kinds import group_word

    assert group_word(word, load_table())


def test_a_watchdog_named_in_apposition_is_still_an_organisation():
    # the guard of dropping "group" from the apposition's nouns: a firm's own words still count
    assert _labels("Veltec, the country's phone watchdog, said it would act.").get("Veltec") == "ORG"
