"""Entity mentions: the model corrected by the table, surname propagation, alias merging."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp.entities import Span, merge_with_table, rule_spans

from nlp_util import SEED_IDS, make_article, seed_articles

ALLOWED = {"PERSON", "ORG", "PLACE", "DATE", "MONEY", "EVENT", "NORP", "QUANTITY", "PERCENT"}

TEXTS = {
    "headline": (
        "Lukashenko Holds His Own With Putin in Sochi\n\n"
        "Belarus Leader Entreats Putin For Support As Crackdown Fails\n\n"
        "Putin and Lukashenka conferred, one-on-one, for more than four hours in Sochi."
    ),
    "russia-today": (
        "But he reduced his anti-Western geopolitical messaging to one perfunctory question: to why North "
        "Atlantic Treaty Organization (NATO) troops were exercising in Lithuania, near the Belarusian border "
        "(Russia Today, September 14)."
    ),
    "places": (
        "Kyiv is pressing for a new meeting, and Moscow has told Zelensky to meet the separatists holding parts "
        "of the Donetsk and Luhansk regions directly.\n\n"
        "He could have been expected to mention his idea about diverting Belarusian export-import flows from "
        "Lithuania’s Klaipeda port toward Russia’s Ust-Luga. After Russia’s 2014 annexation of Crimea, he tried "
        "to act as an honest broker on the Donbas issue."
    ),
    "people": (
        "Lukashenko’s former opponent, Sviatlana Tsikhanouskaya reacted by warning Russian citizens on Telegram. "
        "Asserting illegitimate rule, Tsikhanouskaya warned that any agreement made would not have legal force. "
        "They tried to present it as an interception of a conversation about the poisoning of Navalny."
    ),
    "media": (
        "The two presidents’ remarks (RT, September 14) and Dmitry Peskov’s readouts (TASS, Interfax, September 14) "
        "shed some light on their goals. Belarus presented a draft (RBC, September 8). The Russian daily Kommersant "
        "reported that a meeting is planned. Commentators working for the business newspaper Vzglyad note that the "
        "recording harms Moscow. Commentator Ivan Yakovina, speaking on Ukraine’s NV radio, said the focus changed. "
        "The units would return to their bases (Russia-1 TV, August 27). Daniel Krutzinna told The Moscow Times "
        "that the market will close."
    ),
    "surnames": (
        "Russian Defence Minister Sergei Shoigu met Russian President Vladimir Putin in Moscow on Monday.\n\n"
        "Later, Shoigu said the exercises would continue, and Putin agreed. Shoigu’s deputy was not present."
    ),
}


@pytest.fixture(scope="module")
def analysed():
    articles = [make_article(text, key, headings={0, 1} if key == "headline" else set()) for key, text in TEXTS.items()]
    return {a.article_id: a for a in nlp.analyze_many(articles)}


def mentions_of(analysis, entity_id):
    return [m for m in analysis.mentions if m.entity_id == entity_id]


def test_backend_is_the_verified_model():
    assert nlp.backend_status() == "spaCy en_core_web_sm 3.8.0 (verified 5010fcbd3)"


def test_headline_words_are_not_part_of_names(analysed):
    analysis = analysed["headline"]
    texts = [m.text for m in analysis.mentions]
    assert not any("Holds" in t or "Entreats" in t for t in texts)
    heads = [m for m in analysis.mentions if m.paragraph == 0 and m.label == "PERSON"]
    assert ("lukashenka", "Lukashenko") in {(m.entity_id, m.text) for m in heads}
    assert ("putin", "Putin") in {(m.entity_id, m.text) for m in analysis.mentions if m.paragraph == 1}


def test_russia_today_is_an_outlet_not_a_date(analysed):
    analysis = analysed["russia-today"]
    outlet = mentions_of(analysis, "rt")  # RT's former name
    assert [(m.text, m.label) for m in outlet] == [("Russia Today", "ORG")]
    dates = [m.text for m in analysis.mentions if m.label == "DATE"]
    assert dates == ["September 14"]
    assert analysis.entity("rt").role == "media"
    assert mentions_of(analysis, "nato")[0].label == "ORG"


@pytest.mark.parametrize("place", ["kyiv", "donetsk", "luhansk", "klaipeda", "crimea", "donbas", "ust-luga", "moscow"])
def test_places_are_places(analysed, place):
    found = mentions_of(analysed["places"], place)
    assert found and all(m.label == "PLACE" for m in found)


def test_people_the_model_mislabels(analysed):
    analysis = analysed["people"]
    tsikh = mentions_of(analysis, "tsikhanouskaya")
    assert len(tsikh) == 2 and all(m.label == "PERSON" for m in tsikh)
    assert {m.text for m in tsikh} == {"Sviatlana Tsikhanouskaya", "Tsikhanouskaya"}
    assert [m.label for m in mentions_of(analysis, "navalny")] == ["PERSON"]
    assert mentions_of(analysis, "lukashenka")[0].text == "Lukashenko"  # possessive trimmed


@pytest.mark.parametrize(
    "outlet", ["rt", "tass", "interfax", "rbc", "kommersant", "vzglyad", "nv-radio", "russia-1", "moscow-times"]
)
def test_media_are_media_organisations(analysed, outlet):
    analysis = analysed["media"]
    found = mentions_of(analysis, outlet)
    assert found and all(m.label == "ORG" for m in found)
    assert analysis.entity(outlet).role == "media"


def test_surname_propagation_inside_an_article(analysed):
    analysis = analysed["surnames"]
    shoigu = mentions_of(analysis, "sergei-shoigu")
    assert [m.text for m in shoigu] == ["Sergei Shoigu", "Shoigu", "Shoigu"]
    assert all(m.label == "PERSON" for m in shoigu)
    entity = analysis.entity("sergei-shoigu")
    assert entity.name == "Sergei Shoigu" and entity.count == 3 and entity.aliases_seen == ["Sergei Shoigu", "Shoigu"]
    assert [m.text for m in mentions_of(analysis, "putin")] == ["Vladimir Putin", "Putin"]


def test_mentions_are_consistent_with_the_body(analysed):
    for analysis in analysed.values():
        for mention in analysis.mentions:
            assert mention.label in ALLOWED
            assert mention.entity_id and mention.entity_id == mention.entity_id.lower()


def test_table_merging_keeps_larger_names_and_cuts_partial_overlaps():
    body = "the Security Service of Ukraine met Russia Today, September 14"

    def at(text, label, entity_id=None):
        start = body.index(text)
        return Span(start, start + len(text), label, entity_id)

    model = [at("Security Service of Ukraine", "ORG"), at("Today, September 14", "DATE")]
    table_spans = [at("Ukraine", "PLACE", "ukraine"), at("Russia Today", "ORG", "russia-today")]
    merged = merge_with_table(body, model, table_spans)
    assert [(body[s.start : s.end], s.label, s.entity_id) for s in merged] == [
        ("Security Service of Ukraine", "ORG", None),  # a larger name containing a place stays whole
        ("Russia Today", "ORG", "russia-today"),
        ("September 14", "DATE", None),  # the model's DATE loses the words the alias owns
    ]


def test_rule_tagger_finds_names_dates_and_money():
    text = "On September 14, Vladimir Putin offered a $1.5 billion loan to the Russian International Affairs Council."
    spans = {(text[s.start : s.end], s.label) for s in rule_spans(text)}
    assert ("September 14", "DATE") in spans
    assert ("Vladimir Putin", "PERSON") in spans
    assert ("$1.5 billion", "MONEY") in spans
    assert ("Russian International Affairs Council", "ORG") in spans


# --- on the seeds ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    articles = seed_articles()
    return {a.id: a for a in articles}, {a.article_id: a for a in nlp.analyze_many(articles)}


def test_seed_mentions_match_the_body_and_paragraphs(seeds):
    articles, analyses = seeds
    for article_id, analysis in analyses.items():
        body = articles[article_id].body
        for mention in analysis.mentions:
            assert body[mention.start : mention.end] == mention.text
            paragraph = articles[article_id].paragraphs[mention.paragraph]
            assert paragraph.start <= mention.start < paragraph.end


def test_lukashenka_is_one_entity_across_the_seeds(seeds):
    _, analyses = seeds
    seen = set()
    for analysis in analyses.values():
        entity = analysis.entity("lukashenka")
        assert entity is not None and entity.label == "PERSON" and entity.count >= 10
        seen.update(entity.aliases_seen)
    assert {"Alyaksandr Lukashenka", "Alexander Lukashenko", "Aleksandr Lukashenka", "Lukashenko", "Lukashenka"} <= seen


def test_tsikhanouskaya_spellings_merge_across_seeds(seeds):
    _, analyses = seeds
    assert analyses[SEED_IDS["001"]].entity("tsikhanouskaya").aliases_seen == ["Svetlana Tikhanovskaya"]
    assert "Sviatlana Tsikhanouskaya" in analyses[SEED_IDS["003"]].entity("tsikhanouskaya").aliases_seen


def test_seed_model_corrections_hold(seeds):
    _, analyses = seeds
    labels = {}
    for analysis in analyses.values():
        for mention in analysis.mentions:
            labels.setdefault(mention.entity_id, set()).add(mention.label)
            assert "Holds" not in mention.text and "Entreats" not in mention.text
            assert not (mention.label == "DATE" and "Today" in mention.text)
    for place in ("kyiv", "luhansk", "donetsk", "klaipeda", "crimea", "sochi", "minsk"):
        assert labels[place] == {"PLACE"}, place
    for person in ("tsikhanouskaya", "navalny", "peskov", "sivitsky", "goble", "kuleba", "zelensky"):
        assert labels[person] == {"PERSON"}, person
    for outlet in ("rt", "tass", "interfax", "rbc", "kommersant", "vzglyad", "nv-radio", "russia-1", "moscow-times"):
        assert labels[outlet] == {"ORG"}, outlet
