"""The analysis on news it was not tuned on: the error patterns of issue 11, each on short
sentences written for the purpose (none copied from any corpus)."""

from __future__ import annotations

import pytest

from belreader.nlp.aliases import load_table
from belreader.nlp.people import gender_of, split_name, strip_titles

from nlp_util import analysed

CASES = {
    # pronouns: gender, the last speaker, and "unresolved" when two people fit
    "she-not-he": 'Ruth Kelly met Tony Blair on Monday. "We will not back down," she said.',
    "he-by-first-name": "John Smith and Jane Doe attended the hearing. He said the talks had failed.",
    "he-ambiguous": "Mr Blair met Mr Bush at the summit. He said the war was over.",
    "she-last-speaker": "Ms Hewitt said the plan was fair. Gordon Brown backed it. She said it would cost £1bn.",
    "they-group": "The Liberal Democrats said the plan was wrong. They said it would cost £2bn.",
    "they-unknown": "Analysts were cautious about the figures.\n\nThey said growth would slow.",
    # attribution shapes
    "told-programme": "Mr Blair told BBC Radio 4's Today programme that the tax plan was fair.",
    "interview-with": "In an interview with the Financial Times, Mr Brown said growth would reach 3% next year.",
    "spokesman-after": '"The figures speak for themselves," a Downing Street spokesman said.',
    "statement-only": "The company said in a statement on Tuesday.",
    "statement-that": "The company said in a statement on Tuesday that profits had fallen by a third.",
    "declined": "The minister declined to say whether the tax would rise.",
    "figures-show": "Figures released on Friday show that unemployment fell to 4.7% in March.",
    "survey-found": "The survey of 500 firms found that confidence had fallen sharply.",
    "continued": (
        'Ms Hewitt said: "We have made a firm commitment. We will extend maternity pay.\n\n'
        '"That is the extra £1,400 for every mother."'
    ),
    "will-say": "Mr Howard will say that the government has failed.",
    # identity
    "honorific": "Patricia Hewitt unveiled the plan. Ms Hewitt said it was fair. Hewitt later left.",
    "two-blairs": (
        "Tony Blair praised the police. Sir Ian Blair, the Metropolitan Police commissioner, thanked him. "
        "Mr Blair said the force was stretched."
    ),
    "parties": "The Lib Dems and the Tories attacked Labour. The Liberal Democrats and the Conservatives voted against the Labour Party.",
    "us-weekly": "Us Weekly reported the split, and the US government said nothing.",
    "adding-that": "Ms Kelly said the plan was fair, adding that ministers would consult on it.",
    "predicting": "Dan Jolin said the film had a good chance, predicting that it would collect five awards.",
    "where-said": "The prime minister said in an interview with The Times newspaper, published on Friday.",
    "question": "The spokesman would not say why the three men had been detained by the police.",
    "fear": "Analysts fear that the deal could collapse before the summer.",
    "told-audience": "Voters punished the party when it failed to reform the unions, Mr Milburn also told his audience.",
    "went-on": "The party had failed on school discipline because it had not reformed enough, Mr Milburn went on.",
    "title": (
        "Texas attorney general Greg Abbott sued the firm on Monday. Arsenal striker Thierry Henry watched. "
        "The attorney general said the messages were illegal."
    ),
    "title-two": "Tory leader Michael Howard met SNP leader Alex Salmond. The leader said the talks went well.",
    "quote-holds-verb": (
        'Ivan Petrov said: "This looks strange."\n\n'
        '"But the Kremlin has been clear in telling him that his powers must be diluted."'
    ),
    "quote-then-adding": (
        "Mr Howard will hold a news conference every morning, Tory co-chairman Liam Fox said. "
        '"We want Michael to be accessible," Mr Fox said, adding that the party was not afraid of scrutiny.'
    ),
    "first-name": 'Michael Howard\'s wife, Sandra, will campaign. "We want Michael to be accessible," Liam Fox said.',
    "resumed": (
        '"Our task is to make opportunity for all," Mr Milburn said. "There is a glass ceiling in this country. '
        'We have to break it." Voters turned away, he added.'
    ),
    "glued": "Vote Blair posters appeared. Tony Blair said nothing. Kim Howells and Gordon Brown smiled.",
    "mrs-howard": "Michael Howard spoke on Monday. Mrs Howard said she was proud. Mr Howard agreed.",
    "the-bill": "Charles Clarke defended the Bill on Tuesday, and MPs backed the Bill.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def claims_of(analyses, key):
    return analyses[key].claims


def test_she_is_not_given_to_the_man_named_last(analyses):
    (claim,) = claims_of(analyses, "she-not-he")
    assert claim.speaker_id == "ruth-kelly"


def test_he_goes_to_the_only_man(analyses):
    (claim,) = claims_of(analyses, "he-by-first-name")
    assert claim.speaker_id == "john-smith"


def test_two_men_leave_he_unresolved(analyses):
    (claim,) = claims_of(analyses, "he-ambiguous")
    assert claim.speaker_id is None and claim.speaker == "He (unresolved)"


def test_she_stays_with_the_last_speaker_when_a_man_is_named_between(analyses):
    first, second = claims_of(analyses, "she-last-speaker")
    assert first.speaker_id == second.speaker_id == "hewitt"


def test_they_is_the_organisation_that_just_spoke_else_unresolved(analyses):
    assert [c.speaker_id for c in claims_of(analyses, "they-group")] == ["liberal-democrats"] * 2
    (claim,) = claims_of(analyses, "they-unknown")
    assert claim.speaker_id is None and "unresolved" in claim.speaker


def test_told_a_programme_records_its_broadcaster(analyses):
    (claim,) = claims_of(analyses, "told-programme")
    assert claim.content == "the tax plan was fair"
    assert claim.outlets == ["bbc"] and claim.verb_text == "told"


def test_in_an_interview_with_names_the_outlet(analyses):
    (claim,) = claims_of(analyses, "interview-with")
    assert "growth would reach 3%" in claim.content
    assert claim.outlets == ["financial-times"]


def test_spokesman_after_the_quote(analyses):
    (claim,) = claims_of(analyses, "spokesman-after")
    assert claim.content.startswith("The figures speak") and "spokesman" in claim.speaker and claim.direct_quote


def test_a_time_phrase_is_never_a_claim(analyses):
    assert claims_of(analyses, "statement-only") == []
    (claim,) = claims_of(analyses, "statement-that")
    assert claim.content == "profits had fallen by a third"


def test_declining_to_say_and_future_speech_are_not_claims(analyses):
    assert claims_of(analyses, "declined") == []
    assert claims_of(analyses, "will-say") == []


def test_a_participle_after_the_comma_is_a_second_claim_of_the_same_speaker(analyses):
    said, added = claims_of(analyses, "adding-that")
    assert said.content == "the plan was fair" and added.content == "ministers would consult on it"
    assert said.speaker_id == added.speaker_id == "kelly" and added.verb == "add"
    said, predicted = claims_of(analyses, "predicting")
    assert said.content == "the film had a good chance" and predicted.speaker_id == "dan-jolin"


def test_where_it_was_said_and_questions_are_not_content(analyses):
    assert claims_of(analyses, "where-said") == []
    assert claims_of(analyses, "question") == []


def test_an_attribution_closing_the_sentence(analyses):
    (told,) = claims_of(analyses, "told-audience")
    assert told.content == "Voters punished the party when it failed to reform the unions" and told.verb_text == "told"
    (went_on,) = claims_of(analyses, "went-on")
    assert went_on.content.startswith("The party had failed") and went_on.speaker_id == "milburn"


def test_a_job_title_finds_the_one_person_the_article_gave_it(analyses):
    (claim,) = claims_of(analyses, "title")
    assert claim.speaker == "The attorney general" and claim.speaker_id == "greg-abbott"
    (claim,) = claims_of(analyses, "title-two")
    assert claim.speaker_id is None  # two leaders: not guessed


def test_a_quote_holding_its_own_reporting_verb_continues_the_quoted_speaker(analyses):
    first, second = claims_of(analyses, "quote-holds-verb")
    assert second.paragraph == 1 and second.speaker_id == first.speaker_id == "ivan-petrov"
    assert second.content.startswith("But the Kremlin")


def test_a_quote_then_adding_that_makes_two_claims_and_titles_stay_out(analyses):
    hold, quote, added = claims_of(analyses, "quote-then-adding")
    assert hold.content == "Mr Howard will hold a news conference every morning"  # not ", Tory co"
    assert quote.content == "We want Michael to be accessible" and quote.direct_quote
    assert added.content == "the party was not afraid of scrutiny" and added.speaker_id == "liam-fox"


def test_a_quote_resumed_after_its_attribution_is_one_claim(analyses):
    quote, added = claims_of(analyses, "resumed")
    assert quote.content == (
        "Our task is to make opportunity for all … There is a glass ceiling in this country. We have to break it."
    )
    assert quote.speaker_id == "milburn" and quote.direct_quote
    assert added.content == "Voters turned away" and added.speaker_id == "milburn"


def test_beliefs_and_fears_are_claims(analyses):
    (claim,) = claims_of(analyses, "fear")
    assert claim.content == "the deal could collapse before the summer" and claim.speaker == "Analysts"


def test_documents_report(analyses):
    (figures,) = claims_of(analyses, "figures-show")
    assert figures.content.startswith("unemployment fell to 4.7%") and figures.speaker.startswith("Figures")
    (survey,) = claims_of(analyses, "survey-found")
    assert survey.content == "confidence had fallen sharply"


def test_a_continued_quote_paragraph_keeps_its_speaker(analyses):
    first, second = claims_of(analyses, "continued")
    assert first.content.endswith("We will extend maternity pay")  # the open quote runs to the paragraph's end
    assert second.paragraph == 1 and second.speaker_id == first.speaker_id == "hewitt"
    assert second.direct_quote and second.attribution == "Ms Hewitt (continued)"


def test_honorifics_are_not_part_of_identity(analyses):
    ids = {m.text: m.entity_id for m in analyses["honorific"].mentions if m.label == "PERSON"}
    assert set(ids.values()) == {"patricia-hewitt"}, ids
    (entity,) = [e for e in analyses["honorific"].entities if e.label == "PERSON"]
    assert entity.name == "Patricia Hewitt"


def test_a_shared_surname_resolves_by_article_context(analyses):
    people = {m.entity_id for m in analyses["two-blairs"].mentions if m.label == "PERSON"}
    assert people == {"tony-blair", "ian-blair"}, people
    (claim,) = claims_of(analyses, "two-blairs")
    assert claim.speaker_id == "ian-blair"  # the nearest full name before "Mr Blair"


def test_party_variants_merge(analyses):
    ids = {m.text: (m.entity_id, m.label) for m in analyses["parties"].mentions}
    assert ids["Lib Dems"] == ids["Liberal Democrats"] == ("liberal-democrats", "ORG")
    assert ids["Tories"] == ids["Conservatives"] == ("conservative-party", "ORG")
    assert ids["Labour"] == ids["Labour Party"] == ("labour-party", "ORG")


def test_an_honorific_of_the_other_gender_is_not_the_full_name(analyses):
    ids = {m.text: m.entity_id for m in analyses["mrs-howard"].mentions if m.label == "PERSON"}
    assert ids["Howard"] == ids["Michael Howard"] == "michael-howard"  # "Mr Howard"
    assert ids["Mrs Howard"] != "michael-howard"


def test_a_first_name_alone_is_the_one_full_name_it_starts(analyses):
    ids = {m.text: m.entity_id for m in analyses["first-name"].mentions if m.label == "PERSON"}
    assert ids["Michael"] == ids["Michael Howard"] == "michael-howard"
    assert ids["Sandra"] == "sandra"  # no full name starts with it: left alone


def test_a_headline_word_glued_to_a_surname_is_dropped(analyses):
    ids = {m.text: m.entity_id for m in analyses["glued"].mentions if m.label == "PERSON"}
    assert ids == {
        "Blair": "tony-blair",
        "Tony Blair": "tony-blair",
        "Kim Howells": "kim-howells",
        "Gordon Brown": "gordon-brown",
    }, ids


def test_a_capitalised_noun_after_the_is_not_a_person(analyses):
    people = {m.text for m in analyses["the-bill"].mentions if m.label == "PERSON"}
    assert people == {"Charles Clarke"}


def test_short_aliases_match_their_case(analyses):
    ids = {m.text: m.entity_id for m in analyses["us-weekly"].mentions}
    assert ids.get("US") == "united-states"
    assert ids.get("Us Weekly") != "united-states" and "Us" not in ids


def test_claims_say_their_verb_as_written(analyses):
    (claim,) = claims_of(analyses, "she-not-he")
    assert claim.verb_text == "said" and claim.attribution == "Ruth Kelly said"
    assert "(denies)" not in claim.attribution  # a negative assertion is not a denial


def test_name_helpers():
    assert split_name("Ms Ruth Kelly") == ("Ms", "Ruth Kelly")
    assert split_name("Lord Falconer") == ("Lord", "Falconer")
    assert strip_titles("Chancellor Gordon Brown") == "Gordon Brown"
    assert strip_titles("Home Office") == "Home Office"
    assert gender_of(["Ruth Kelly"], []) == "f" and gender_of(["Blair"], ["Mr"]) == "m"
    assert gender_of(["Kim Howells"], []) is None  # an ambiguous first name gives no gender
    assert gender_of(["Jo Smith"], ["Mr", "Ms"]) is None  # evidence that disagrees gives none


def test_clubs_are_organisations_not_places_or_people():
    table = load_table()
    assert table.entry(table.canonical("Manchester United")).label == "ORG"
    assert table.canonical("Spurs") == table.canonical("Tottenham Hotspur")
    city = table.entry(table.canonical("Liverpool") or "")
    assert city is None or city.label == "PLACE"  # a club named by its city alone is left to the model


def test_programmes_belong_to_their_broadcaster():
    table = load_table()
    assert table.outlet(table.canonical("Today programme")) == "bbc"
    assert table.outlet("bbc") == "bbc"
    assert table.canonical("Tories") == table.canonical("Conservative Party")


def test_gazetteer_finds_what_a_regular_expression_of_all_spellings_finds():
    """The prefix-indexed gazetteer gives exactly the spans of the one-big-alternation regex."""
    import re

    from belreader.nlp.entities import gazetteer

    from nlp_util import seed_articles

    table = load_table()
    forms = {}
    for alias, _ in table.surface_forms():
        forms.setdefault(alias, alias)
        if len(alias) >= 4 and alias.upper() != alias:
            forms.setdefault(alias.upper(), alias)
    alternatives = "|".join(re.escape(a) for a in sorted(forms, key=lambda a: (-len(a), a)))
    reference = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])(?!-\d)")
    texts = [a.body for a in seed_articles()] + [
        "BBC Radio 4's Today programme; the BBC-2 row; BBC-run; NATO-led; UKRAINE and Ukraine, Ukrainians.",
        "“Tories”, (Lib Dems), Labour's plan, US-backed, Us Weekly, the U.S. and the UK.",
    ]
    for text in texts:
        assert list(gazetteer(table).find(text)) == [m.span() for m in reference.finditer(text)]
