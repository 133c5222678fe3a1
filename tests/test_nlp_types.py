"""Entity types decided from context over all of an entity's mentions: teams named by their
country or city, companies the model takes for people or places, people it takes for
organisations, and lists the model glued into one name. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import analysed, make_article

CASES = {
    # a country or city that plays is a team (an organisation), in an article about sport
    "teams": (
        "Norway coach Lars Berg has named his squad for the World Cup qualifier against Portugal. "
        "Norway have won only one of their last five games, and the striker scored twice against Greece and Austria "
        "last season. The match will be played in Oslo on Saturday, and the team will travel to Bergen afterwards."
    ),
    "club-city": (
        "Striker Tom Reed scored twice as Leeds beat Brighton 3-1 in the league. "
        "Reed, who joined from Swindon last season, said the fans in Yorkshire had been patient. "
        "Brighton's manager said his side had missed a penalty before half-time."
    ),
    # the same country names in politics stay places
    "not-sport": (
        "Portugal and Greece have signed a trade deal. Norway said it would join talks in Oslo next month, "
        "and Austria have also asked to take part."
    ),
    # companies: a designator before the name, a spokesman, "which", a list of companies
    "companies": (
        "Shares in steel firm Valdrana rose on Monday. A Valdrana spokesman said the results were strong. "
        "The deal also involves Korlen Brothers which owns three plants in Ohio. "
        "Phones made by Nokia, Motorola, Vexaro and Siemens were tested. "
        "Blog analysis firm Feedmetrica says the number of blogs doubled. "
        "According to research firm Countwise, the number of shops has doubled every year."
    ),
    "suffixes": (
        "Henrik Dahl left Qintaro Holdings last year to join Brightwater Dairy. "
        "He later sued Pellmann LLC over the contract."
    ),
    # people stay people: ", which" about the thing before, a hyphenated role, a team sheet
    "people": (
        "The guitar that belonged to Marvin Oakes, which is expected to fetch $5,000, goes on sale. "
        "Film-maker Dora Lenk says the industry has changed."
    ),
    "team-sheet": (
        "The striker scored in the league match, and the coach praised the squad after the fixture. "
        "Former Leeds captain Haldane, who now plays for Bury, watched from the stadium."
    ),
    "media": "Films from Warner Bros and Pixar will be on offer to customers of Virgin Media.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def labels(analysis) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for mention in analysis.mentions:
        out.setdefault(mention.text, set()).add(mention.label)
    return out


def entity_labels(analysis) -> dict[str, str]:
    return {alias: e.label for e in analysis.entities for alias in e.aliases_seen}


def test_national_teams_are_organisations_in_a_sports_article(analyses):
    seen = labels(analyses["teams"])
    for team in ("Norway", "Portugal", "Greece", "Austria"):
        assert seen[team] == {"ORG"}, (team, seen)
    assert seen["Oslo"] == {"PLACE"}
    assert entity_labels(analyses["teams"])["Norway"] == "ORG"


def test_clubs_named_by_their_city_are_organisations(analyses):
    seen = labels(analyses["club-city"])
    for club in ("Leeds", "Brighton", "Swindon"):
        assert seen[club] == {"ORG"}, (club, seen)


def test_countries_outside_sport_stay_places(analyses):
    seen = labels(analyses["not-sport"])
    for place in ("Portugal", "Greece", "Norway", "Austria", "Oslo"):
        assert seen[place] == {"PLACE"}, (place, seen)


def test_companies_are_organisations_by_context(analyses):
    seen = labels(analyses["companies"])
    assert seen["Valdrana"] == {"ORG"}, seen
    assert seen["Korlen Brothers"] == {"ORG"}, seen
    assert seen["Vexaro"] == {"ORG"}, seen
    assert seen["Feedmetrica"] == {"ORG"}, seen
    assert seen["Countwise"] == {"ORG"}, seen  # the model's NORP
    claim = next(c for c in analyses["companies"].claims if c.verb == "according to")
    assert claim.speaker_id == "countwise" and claim.content.startswith("the number of shops")


def test_people_stay_people(analyses):
    seen = labels(analyses["people"])
    assert seen["Marvin Oakes"] == {"PERSON"} and seen["Dora Lenk"] == {"PERSON"}, seen
    seen = labels(analyses["team-sheet"])
    assert seen["Haldane"] == {"PERSON"}, seen  # "captain Haldane" is his title, not a team he leads


def test_company_suffixes_make_organisations(analyses):
    seen = labels(analyses["suffixes"])
    assert seen["Qintaro Holdings"] == {"ORG"}, seen
    assert seen["Brightwater Dairy"] == {"ORG"}, seen
    assert seen.get("Pellmann LLC", seen.get("Pellmann")) == {"ORG"}, seen
    assert seen["Henrik Dahl"] == {"PERSON"}
    assert labels(analyses["media"])["Virgin Media"] == {"ORG"}


def resolved(text: str, spans: list[tuple[str, str]]):
    """The article's mentions when the model gave exactly these (text, label) spans."""
    from belreader.nlp.aliases import load_table
    from belreader.nlp.entities import Span, resolve

    article = make_article(text)
    given, cursor = [], 0
    for words, label in spans:  # in the order they are written
        at = article.body.index(words, cursor)
        given.append(Span(at, at + len(words), label))
        cursor = at + len(words)
    return {m.text: (m.entity_id, m.label) for m in resolve(article, given, load_table())}


def test_a_role_word_before_a_first_name_makes_a_person_and_the_surname_follows():
    text = "The prize went to sound engineer Kenji Moritaka on Friday. Moritaka is its fifth winner. Former Initech boss Walter Brennick was in court."
    ids = resolved(
        text, [("Kenji Moritaka", "ORG"), ("Moritaka", "PLACE"), ("Initech", "ORG"), ("Walter Brennick", "ORG")]
    )
    assert ids["Kenji Moritaka"] == ids["Moritaka"] == ("kenji-moritaka", "PERSON"), ids
    assert ids["Walter Brennick"] == ("walter-brennick", "PERSON"), ids
    assert ids["Initech"][1] == "ORG"
    # a company named after its founder keeps the model's type without a role word
    ids = resolved("Shares in Walter Brennick rose.", [("Walter Brennick", "ORG")])
    assert ids["Walter Brennick"][1] == "ORG"


def test_a_list_glued_into_one_name_is_split():
    text = "Films from Warner Bros, Paramount, Lionsgate and Pixar will be on offer."
    ids = resolved(text, [("Warner Bros, Paramount, Lionsgate and Pixar", "ORG")])
    assert {"Warner Bros", "Paramount", "Lionsgate", "Pixar"} <= set(ids), ids
    assert not any("," in t for t in ids), ids
    ids = resolved("Smith, Jones and Partners won.", [("Smith, Jones and Partners", "ORG")])
    assert "Smith, Jones and Partners" in ids  # the last part is no name of its own: one firm


def test_a_stage_name_written_like_money_is_a_person_and_speaks():
    text = (
        'Rapper 90 Pence has ended his feud with a rival. "We want to be role models," 90 Pence said on Monday.\n\n'
        "The shop charged 50 cents for a bag."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "stage-name")])
    seen = {m.text: (m.entity_id, m.label) for m in analysis.mentions}
    assert seen["90 Pence"] == ("90-pence", "PERSON"), seen
    assert seen["50 cents"][1] == "MONEY"  # an amount stays an amount
    (claim,) = analysis.claims
    assert claim.speaker_id == "90-pence"


def test_a_real_name_apposition_makes_one_person():
    text = (
        "The Oracle, whose real name is Dwayne Pettifer, told a news conference he was sorry. "
        "Chart-topper 90 Pence, real name Colin Marsh, said the row was over. "
        '"We have made peace," The Oracle said.'
    )
    (analysis,) = nlp.analyze_many([make_article(text, "real-name")])
    ids = {m.text: m.entity_id for m in analysis.mentions if m.label == "PERSON"}
    assert ids.get("Oracle", ids.get("The Oracle")) == ids["Dwayne Pettifer"], ids
    assert ids["90 Pence"] == ids["Colin Marsh"], ids
    assert {c.speaker_id for c in analysis.claims} == {ids["Dwayne Pettifer"], ids["Colin Marsh"]}
