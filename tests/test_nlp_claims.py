"""Each claim pattern on small constructed sentences, and parenthetical citations."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp.claims import is_candidate, split_sentences

from nlp_util import make_article

CASES = {
    "subject": "Kremlin spokesman Dmitry Peskov declared that the troops would return to their bases.",
    "inverted": "“Too early,” Peskov said.",
    "according": "According to Peskov, setting up a Russian military base in Belarus was not considered.",
    "told": "Daniel Krutzinna told The Moscow Times that the market will only be open to investors from Russia.",
    "quoted": "“I was, of course, a little surprised at the insistence,” the Russian Foreign Ministry quoted minister Lavrov as saying.",
    "inserted": (
        "Commentator Ivan Yakovina said the focus of the talks had changed. "
        "Russia, he said, may be concentrating on joint strategic military action."
    ),
    "colon": (
        "Arseny Sivitsky wrote that the Kremlin has grown tired of such symbolism. "
        "He added: “The main issue is organizing the transfer of power.”"
    ),
    "colon-after-clause": (
        "Putin praised Lukashenka for proceeding with constitutional changes: “an appropriate and timely initiative.”"
    ),
    "pronoun": (
        "Sviatlana Tsikhanouskaya spoke to reporters in Vilnius on Monday. "
        "She said that any agreement made in Sochi would not have legal force."
    ),
    "pronoun-newer-name": (
        "Ukrainian Foreign Minister Dmytro Kuleba said the red lines are limited to Russia’s borders.\n\n"
        "Things were different during Lukashenko’s first years in power. He said Belarus would never allow an attack."
    ),
    "affirmed": "Peskov said the troops would stay near the border.",
    "multi-sentence-quote": (
        "He was blunt. “Lukashenko has no money. And this means that the Kremlin is boosting its presence,” Yakovina said."
    ),
    "citations": (
        "Peskov declared that Lukashenka is the legitimate president of Belarus. Peskov explained that all people "
        "in Belarus are citizens of a fraternal country (TASS, Interfax, September 14).\n\n"
        "Peskov announced that the units would return to their permanent bases "
        "(Russia-1 TV, August 27; TASS, September 14)."
    ),
    "two-citations": (
        "Putin said the initiative was timely (RT, September 14). Belarus presented a draft (RBC, September 8). "
        "Peskov said the matter is not on the agenda (TASS, September 14). The exercise started (see EDM, September 10)."
    ),
    "modal": "Tsikhanouskaya should acknowledge that Putin’s relationship with Lukashenko could prove instrumental.",
    "nested": (
        "Putin, in his recent discussions with European leaders, had “pointed out concrete facts which show that "
        "Kyiv is not fulfilling its obligations,” the Russian foreign minister said."
    ),
    "no-claim": "Putin and Lukashenka conferred for more than four hours in Sochi. The meeting ended without a communique.",
}


@pytest.fixture(scope="module")
def claims():
    articles = [make_article(text, key) for key, text in CASES.items()]
    articles.append(make_article("PUTIN SAID THE WAR IS OVER\n\nThe meeting ended.", "heading", headings={0}))
    return {a.article_id: a.claims for a in nlp.analyze_many(articles)}


def only(claims, key):
    assert len(claims[key]) == 1, [c.content for c in claims[key]]
    return claims[key][0]


def test_reporting_verb_with_subject_speaker(claims):
    claim = only(claims, "subject")
    assert (claim.speaker_id, claim.verb) == ("peskov", "declare")
    assert claim.content == "the troops would return to their bases"
    assert not claim.direct_quote and not claim.negated
    assert claim.id == "subject#s000046" and claim.article_id == "subject" and claim.paragraph == 0


def test_content_before_the_attribution(claims):
    claim = only(claims, "inverted")
    assert (claim.speaker_id, claim.verb, claim.content, claim.direct_quote) == ("peskov", "say", "Too early", True)


def test_according_to(claims):
    claim = only(claims, "according")
    assert (claim.speaker_id, claim.verb) == ("peskov", "according to")
    assert claim.content == "setting up a Russian military base in Belarus was not considered"
    assert claim.negated


def test_told_outlet_records_the_outlet(claims):
    claim = only(claims, "told")
    assert (claim.speaker_id, claim.verb) == ("krutzinna", "tell")
    assert claim.outlets == ["moscow-times"]
    assert claim.content == "the market will only be open to investors from Russia"


def test_quoted_as_saying(claims):
    claim = only(claims, "quoted")
    assert claim.speaker_id == "lavrov"
    assert claim.outlets == ["russian-foreign-ministry"]
    assert claim.content == "I was, of course, a little surprised at the insistence"
    assert claim.direct_quote


def test_inserted_attribution_and_pronoun(claims):
    first, second = claims["inserted"]
    assert first.speaker_id == "yakovina" and first.content == "the focus of the talks had changed"
    assert second.speaker_id == "yakovina" and second.speaker == "Ivan Yakovina"
    assert "he said" not in second.content
    assert second.content.startswith("Russia") and second.content.endswith("joint strategic military action")


def test_colon_introduced_quote_after_pronoun_speaker(claims):
    first, second = claims["colon"]
    assert first.speaker_id == "sivitsky" and first.verb == "write"
    assert (second.speaker_id, second.verb, second.direct_quote) == ("sivitsky", "add", True)
    assert second.content == "The main issue is organizing the transfer of power."


def test_colon_after_a_non_reporting_clause(claims):
    claim = only(claims, "colon-after-clause")
    assert claim.speaker_id == "putin" and claim.direct_quote
    assert claim.content.startswith("an appropriate and timely initiative")


def test_pronoun_resolves_to_the_last_named_person(claims):
    claim = only(claims, "pronoun")
    assert claim.speaker_id == "tsikhanouskaya" and claim.speaker == "Sviatlana Tsikhanouskaya"
    assert claim.negated


def test_pronoun_prefers_a_person_named_after_the_last_speaker(claims):
    kuleba, unknown = claims["pronoun-newer-name"]
    assert kuleba.speaker_id == "kuleba"
    # "He" can be Kuleba (the last speaker) or Lukashenko (named since, in this paragraph):
    # two men fit, so the speaker is left unresolved rather than guessed
    assert unknown.speaker_id is None and unknown.speaker == "He (unresolved)" and unknown.negated


def test_negation_flag(claims):
    assert not only(claims, "affirmed").negated
    assert only(claims, "according").negated


def test_quotes_spanning_sentences_are_followed(claims):
    claim = only(claims, "multi-sentence-quote")
    assert claim.speaker_id == "yakovina" and claim.direct_quote
    assert claim.content.startswith("Lukashenko has no money.")
    assert claim.content.endswith("boosting its presence")


def test_parenthetical_citations_attach_outlets_and_dates(claims):
    declared, explained, announced = claims["citations"]
    for claim in (declared, explained):
        assert claim.outlets == ["tass", "interfax"] and claim.dates == ["September 14"]
    assert announced.outlets == ["russia-1", "tass"]
    assert announced.dates == ["August 27", "September 14"]
    assert announced.paragraph == 1


def test_each_citation_backs_the_claims_since_the_previous_one(claims):
    putin, peskov = claims["two-citations"]
    assert putin.outlets == ["rt"] and peskov.outlets == ["tass"]
    assert "rbc" not in putin.outlets + peskov.outlets
    assert peskov.negated


def test_advice_is_not_a_claim(claims):
    assert claims["modal"] == []


def test_a_reporting_verb_inside_a_claim_is_not_another_claim(claims):
    claim = only(claims, "nested")
    assert claim.speaker == "the Russian foreign minister" and claim.speaker_id is None
    assert "pointed out concrete facts" in claim.content


def test_no_claim_without_attribution_and_none_from_headings(claims):
    assert claims["no-claim"] == []
    assert claims["heading"] == []


def test_offsets_point_into_the_body(claims):
    for key, text in CASES.items():
        body = make_article(text, key).body
        for claim in claims[key]:
            assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
            if key != "inserted":
                assert body[claim.start : claim.end] == claim.content


def test_prefilter():
    assert is_candidate("Peskov said the troops would return.")
    assert is_candidate("According to Peskov, nothing changed.")
    assert is_candidate("He added: “Nothing changed.”")
    assert is_candidate("Russia claims to have foiled a coup.")
    assert not is_candidate("The United States imposed sanctions.")
    assert not is_candidate("Putin and Lukashenka conferred for four hours.")


def test_sentence_splitter_for_the_fallback():
    text = "He was blunt. “No money,” Yakovina said. Mr. Putin agreed!"
    assert [text[a:b] for a, b in split_sentences(text)][:2] == ["He was blunt.", "“No money,” Yakovina said."]
