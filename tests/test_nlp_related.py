"""Related claims: the same fact or event in other articles, never padding, and why.

Every claim here is made up for the test and built directly as records: no NLP runs.
"""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp import related
from belreader.nlp.records import Analysis, Claim, Mention
from belreader.nlp.related import RelatedMatch, parse_amounts, related_claims, related_matches

from nlp_util import make_claim

# surface text -> (canonical id, label); a mention is made wherever the text occurs in a claim
NAMES = {
    "Freedonia": ("freedonia", "PLACE"),
    "International Monetary Fund": ("imf", "ORG"),
    "IMF": ("imf", "ORG"),
    "Rufus Firefly": ("rufus-firefly", "PERSON"),
    "Firefly": ("rufus-firefly", "PERSON"),
    "Sylvania": ("sylvania", "PLACE"),
    "Port Gold": ("port-gold", "PLACE"),
    "Teasdale": ("gloria-teasdale", "PERSON"),
    "Chicolini": ("chicolini", "PERSON"),
}


def make_analysis(article_id: str, *claims: dict) -> Analysis:
    """One article whose claims follow each other in a made-up body."""
    built, mentions, offset = [], [], 0
    for n, spec in enumerate(claims, 1):
        content = spec["content"]
        start, end = offset, offset + len(content)
        for text, (entity_id, label) in NAMES.items():
            at = content.find(text)
            while at >= 0:
                overlaps = any(m.start <= start + at < m.end for m in mentions)
                if not overlaps:
                    mentions.append(Mention(entity_id, text, label, start + at, start + at + len(text), n - 1))
                at = content.find(text, at + len(text))
        built.append(
            make_claim(
                article_id,
                content,
                start,
                paragraph=n - 1,
                speaker=spec.get("speaker", ""),
                speaker_id=spec.get("speaker_id"),
                verb=spec.get("verb", "say"),
                dates=spec.get("dates", ()),
            )
        )
        offset = end + 2
    mentions.sort(key=lambda m: m.start)
    return Analysis(
        article_id=article_id, content_hash=f"hash-{article_id}", backend="test", mentions=mentions, claims=built
    )


def say(content: str, speaker: str = "", speaker_id: str | None = None, **extra) -> dict:
    return {"content": content, "speaker": speaker, "speaker_id": speaker_id, **extra}


# A small news world: every article mentions Freedonia, and the time phrases, reporting
# words and small numbers of news prose are everywhere.
BACKGROUND = [
    make_analysis("bg01", say("Freedonia had its wettest March on record, with floods in two northern valleys")),
    make_analysis("bg02", say("the Freedonia football team will play its final qualifier on Thursday", "the coach")),
    make_analysis(
        "bg03", say("schools in Freedonia will open an hour later from next week, the ministry said in a statement")
    ),
    make_analysis("bg04", say("hospital waiting lists in Freedonia grew last year", "doctors")),
    make_analysis(
        "bg05", say("the new railway between the capital and the coast of Freedonia will take 10 years to build")
    ),
    make_analysis("bg06", say("Freedonia's wine exports fell sharply after the spring frost", "growers")),
    make_analysis("bg07", say("a museum of folk music opened yesterday in the old quarter of the Freedonia capital")),
    make_analysis("bg08", say("the price of bread in Freedonia has doubled since January", "a bakers' union")),
    make_analysis("bg09", say("Freedonia will host the regional chess championship in August")),
    make_analysis(
        "bg10", say("the postal service of Freedonia plans to close 40 rural branches", "the postal workers' union")
    ),
    make_analysis(
        "bg11", say("Freedonia's parliament told reporters on Monday that the summer recess would be shortened")
    ),
    make_analysis("bg12", say("a heatwave is expected in Freedonia over the weekend", "forecasters")),
]

LOAN_A = say(
    "Freedonia has secured a $2.4bn loan from the IMF to refinance its foreign debt",
    "the finance ministry",
    None,
)
LOAN_B = say(
    "the International Monetary Fund would lend 2.4 billion dollars so that Freedonia can refinance debts falling due",
    "Rufus Firefly",
    "rufus-firefly",
)


def corpus(*extra: Analysis) -> list[Analysis]:
    return [*BACKGROUND, *extra]


def test_a_same_fact_pair_in_other_words_with_a_shared_amount_is_found():
    a, b = make_analysis("loan-a", LOAN_A), make_analysis("loan-b", LOAN_B)
    analyses = corpus(a, b)
    found = related_matches(a.claims[0], analyses)
    assert [m.claim.id for m in found] == ["loan-b#s000000"]
    back = related_matches(b.claims[0], analyses)
    assert [m.claim.id for m in back] == ["loan-a#s000000"]
    assert 0 < found[0].score <= 1


def test_the_reason_names_the_shared_entity_number_and_words():
    a, b = make_analysis("loan-a", LOAN_A), make_analysis("loan-b", LOAN_B)
    match = related_matches(a.claims[0], corpus(a, b))[0]
    assert isinstance(match, RelatedMatch)
    assert match.shared_entities == ["imf"]  # Freedonia is in every claim: no evidence
    assert match.shared_numbers == ["2.4 billion usd"]
    assert set(match.shared_terms) == {"refinance", "debt"}  # as the claim asked about words them
    assert match.reason == "same entity: imf; same number: 2.4 billion usd; words: " + ", ".join(match.shared_terms)
    assert "refinance" in match.reason


def test_related_claims_is_the_same_ranking_as_pairs():
    a, b = make_analysis("loan-a", LOAN_A), make_analysis("loan-b", LOAN_B)
    analyses = corpus(a, b)
    pairs = related_claims(a.claims[0], analyses, limit=5)
    assert pairs == [(m.claim, m.score) for m in related_matches(a.claims[0], analyses, limit=5)]
    assert pairs and all(isinstance(claim, Claim) and isinstance(score, float) for claim, score in pairs)
    assert nlp.related_matches is related_matches and nlp.RelatedMatch is RelatedMatch


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param(
            "the harbour will be dredged, Chicolini told reporters on Thursday",
            "on Thursday Chicolini said the opera would open",
            id="on-thursday",
        ),
        pytest.param(
            "Chicolini said in a statement on Monday that peanuts were cheap",
            "Chicolini said in a statement on Monday that he would run for mayor",
            id="a-day-and-reporting-words",
        ),
        pytest.param(
            "last week Chicolini told the paper that yesterday's storm flattened his orchards in March",
            "Chicolini explained last week that the lottery yesterday had been rigged in March",
            id="last-week-yesterday-a-month",
        ),
        pytest.param(
            "Chicolini sold 10 cars in two weeks in 2004",
            "Chicolini saw 10 films and two plays in 2004",
            id="bare-small-numbers-and-a-year",
        ),
    ],
)
def test_time_phrases_reporting_words_and_small_numbers_do_not_match(first, second):
    # the same speaker on both sides: one more shared thing would be enough for a match
    a = make_analysis("one", say(first, "Chicolini", "chicolini"))
    b = make_analysis("two", say(second, "Chicolini", "chicolini"))
    assert related_matches(a.claims[0], corpus(a, b)) == []
    assert related_claims(b.claims[0], corpus(a, b)) == []


def test_the_same_speaker_and_a_telling_word_do_match():
    """The counterpart of the test above: the filter is not simply refusing everything."""
    a = make_analysis(
        "one",
        say("the harbour at Port Gold will be dredged, Chicolini told reporters on Thursday", "Chicolini", "chicolini"),
    )
    b = make_analysis(
        "two",
        say("on Thursday Chicolini said that dredging the harbour would begin in spring", "Chicolini", "chicolini"),
    )
    found = related_matches(a.claims[0], corpus(a, b))
    assert [m.claim.id for m in found] == ["two#s000000"]
    assert found[0].shared_entities == ["chicolini"] and "harbour" in found[0].shared_terms
    assert not {"thursday", "told", "said", "reporters"} & set(found[0].shared_terms)


def test_a_very_common_entity_alone_does_not_match():
    harbour = make_analysis(
        "harbour", say("Freedonia will open a new harbour at Port Gold", "Teasdale", "gloria-teasdale")
    )
    harvest = make_analysis("harvest", say("Freedonia's farmers expect a record wheat harvest", "farmers"))
    analyses = corpus(harbour, harvest)
    for analysis in (harbour, harvest):
        assert related_matches(analysis.claims[0], analyses) == []
    # every background claim shares Freedonia with every other one: none is related
    assert all(related_claims(a.claims[0], analyses) == [] for a in BACKGROUND)


def test_a_very_common_entity_is_no_actor_even_with_a_round_amount():
    roads = make_analysis("roads", say("Freedonia will spend £1bn", "Teasdale", "gloria-teasdale"))
    lottery = make_analysis("lottery", say("Freedonia's lottery raised £1bn", "the lottery board"))
    analyses = corpus(roads, lottery)
    assert related_matches(roads.claims[0], analyses) == []
    # the same round amount with a specific actor is enough
    sylvania = make_analysis(
        "sylvania", say("Sylvania will spend £1bn on mountain tunnels", "Teasdale", "gloria-teasdale")
    )
    tunnels = make_analysis("tunnels", say("Sylvania's tunnel programme is to cost £1bn", "engineers"))
    found = related_matches(sylvania.claims[0], corpus(sylvania, tunnels))
    assert [m.claim.id for m in found] == ["tunnels#s000000"] and found[0].shared_entities == ["sylvania"]


def test_the_same_speaker_counts_even_when_they_speak_in_every_article():
    topics = [
        "the opera house needs a new roof",
        "taxes on hats will fall",
        "the river must be cleaned",
        "he will never wear a tie",
        "the army band is too loud",
        "mayors should be elected",
        "bread is too dear",
    ]
    chatty = [make_analysis(f"ch{i}", say(topic, "Chicolini", "chicolini")) for i, topic in enumerate(topics)]
    a = make_analysis("stand-a", say("he will sell his peanut stand to the circus", "Chicolini", "chicolini"))
    b = make_analysis("stand-b", say("the circus is buying his peanut stand", "Chicolini", "chicolini"))
    found = related_matches(a.claims[0], [*chatty, a, b])
    assert [m.claim.id for m in found] == ["stand-b#s000000"]
    assert found[0].shared_entities == ["chicolini"] and set(found[0].shared_terms) == {"peanut", "stand", "circus"}
    # two phrases from someone else, with the ubiquitous Chicolini only mentioned, are not enough
    c = make_analysis(
        "stand-c", say("the circus is buying a peanut stand and hiring Chicolini as ringmaster", "a clown")
    )
    assert related_matches(a.claims[0], [*chatty, a, c]) == []


def test_one_shared_actor_is_not_the_same_fact():
    resigned = make_analysis("resigned", say("Teasdale resigned", "the palace"))
    sang = make_analysis("sang", say("Teasdale wept", "critics"))
    assert related_matches(resigned.claims[0], corpus(resigned, sang)) == []


def test_a_shared_actor_and_phrase_in_otherwise_different_claims_score_below_the_threshold():
    promise = make_analysis(
        "promise",
        say(
            "Teasdale promised cheaper peanuts, free opera tickets, longer lunches and a brass band for every village",
            "aides",
        ),
    )
    wedding = make_analysis(
        "wedding",
        say(
            "Teasdale complained that the brass band at her niece's wedding played too loudly and out of tune", "guests"
        ),
    )
    assert related_matches(promise.claims[0], corpus(promise, wedding)) == []


def test_an_unrelated_claim_set_returns_nothing_rather_than_padding():
    # it shares Freedonia, "said", "on Thursday", "last week" and a small number with the others
    lone = make_analysis(
        "lone",
        say(
            "Freedonia's ambassador said on Thursday that she had collected 10 stamps last week",
            "Teasdale",
            "gloria-teasdale",
        ),
    )
    analyses = corpus(lone)
    assert related_matches(lone.claims[0], analyses, limit=5) == []
    assert related_claims(lone.claims[0], analyses, limit=10) == []


def test_the_limit_and_the_own_article_are_respected():
    a = make_analysis(
        "loan-a", LOAN_A, say("the IMF loan of $2.4bn will refinance Freedonia's debt", "Teasdale", "gloria-teasdale")
    )
    b = make_analysis("loan-b", LOAN_B)
    c = make_analysis("loan-c", say("Firefly welcomed the $2.4 billion IMF loan to refinance old debt", "a spokesman"))
    analyses = corpus(a, b, c)
    found = related_matches(a.claims[0], analyses)
    assert {m.claim.article_id for m in found} == {"loan-b", "loan-c"}
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert len(related_matches(a.claims[0], analyses, limit=1)) == 1
    assert related_matches(a.claims[0], analyses, limit=0) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a $1.5 billion loan", "1.5 billion usd"),
        ("the $1.5bn loan", "1.5 billion usd"),
        ("1.5 billion dollars", "1.5 billion usd"),
        ("1.5 billion US dollars", "1.5 billion usd"),
        ("US$1.5bn", "1.5 billion usd"),
        ("$1,500m", "1.5 billion usd"),
        ("£1,400", "1400 gbp"),
        ("1,400 pounds", "1400 gbp"),
        ("1400 pounds sterling", "1400 gbp"),
        ("€3m", "3 million eur"),
        ("3 million euros", "3 million eur"),
        ("half a billion roubles", "500 million rub"),
        ("16 per cent", "16%"),
        ("16%", "16%"),
    ],
)
def test_amounts_are_normalised(text, expected):
    amounts, _years = parse_amounts(text)
    assert [a.text for a in amounts] == [expected]


def test_years_and_bare_small_numbers_are_not_amounts():
    amounts, years = parse_amounts("in 2004 two men and 10 women waited 3 hours")
    assert amounts == [] and years == {2004}
    round_amount, specific = parse_amounts("£1bn and £1.5bn")[0]
    assert round_amount.strong and not round_amount.specific
    assert specific.strong and specific.specific


def test_amounts_in_different_forms_make_a_match():
    a = make_analysis("fine-a", say("Chicolini was fined £1,400 for selling peanuts without a licence", "a court"))
    b = make_analysis(
        "fine-b", say("the magistrates ordered Chicolini to pay 1,400 pounds for unlicensed peanut selling", "Teasdale")
    )
    found = related_matches(a.claims[0], corpus(a, b))
    assert [m.claim.id for m in found] == ["fine-b#s000000"]
    assert found[0].shared_numbers == ["1400 gbp"] and found[0].shared_entities == ["chicolini"]


def test_claims_dated_years_apart_are_different_events():
    a = make_analysis("y1", say("in 1998 Chicolini was fined £1,400 for selling peanuts without a licence", "a court"))
    b = make_analysis("y2", say("in 2004 Chicolini was fined £1,400 for selling peanuts without a licence", "a court"))
    assert related_matches(a.claims[0], corpus(a, b)) == []
    c = make_analysis("y3", say("in 1999 Chicolini was ordered to pay £1,400 for peanut selling", "a court"))
    assert [m.claim.id for m in related_matches(a.claims[0], corpus(a, c))] == ["y3#s000000"]


def test_a_query_over_twelve_thousand_claims_reuses_its_index(monkeypatch):
    # Speed is measured by bench/eval_related.py, not timed here: what keeps a query fast is that
    # the index (features, keys, norms) is built once and a query explains only the claims its
    # keys score over the threshold, never every claim of the corpus.
    words = [f"w{i}" for i in range(400)]
    analyses = []
    for n in range(3000):
        claims = [
            say(
                f"Freedonia {words[(n * 7 + k) % 400]} {words[(n * 13 + k) % 400]} {words[(n + k * 31) % 400]} "
                f"on Thursday cost £{(n % 90) + 10}m",
                "Teasdale" if n % 3 else "",
                "gloria-teasdale" if n % 3 else None,
            )
            for k in range(4)
        ]
        analyses.append(make_analysis(f"a{n}", *claims))
    assert sum(len(a.claims) for a in analyses) == 12000
    related_matches(analyses[0].claims[0], analyses)  # builds the index once
    featured, explained = [], []
    real_features, real_explain = related.claim_features, related._Index._explain
    monkeypatch.setattr(related, "claim_features", lambda *a: featured.append(a) or real_features(*a))
    monkeypatch.setattr(related._Index, "_explain", lambda self, *a: explained.append(a) or real_explain(self, *a))
    for analysis in analyses[::300]:
        related_matches(analysis.claims[1], analyses)
    assert featured == []  # the indexed claims' features are not worked out again
    assert 0 < len(explained) < 10 * 200, len(explained)  # ten queries, a few candidates each
    assert related._index_for(analyses) is related._index_for(analyses)


def test_amounts_come_from_the_one_quantity_reader():
    # a distance is not 800 million; a counted noun is part of the amount
    assert [(a.text, a.strong) for a in parse_amounts("She won the 800m in Birmingham")[0]] == [("800 m", False)]
    assert [a.text for a in parse_amounts("a $1.5bn loan")[0]] == ["1.5 billion usd"]
    assert [a.text for a in parse_amounts("40,000 troops and 40,000 people")[0]] == ["40000 troop", "40000 person"]
    _amounts, years = parse_amounts("by September 2024, as in 2004")
    assert years == {2004, 2024}
