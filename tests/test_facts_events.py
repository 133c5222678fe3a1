"""No fact group mixes two events (issue 14): one speaker's two remarks, and figures of two
periods that share a number. Sentences written here, after patterns read in BBC groups; each
rule's test also shows the pair is related enough to group without the rule (so it can fail)."""

from __future__ import annotations

import pytest
from test_nlp_related import BACKGROUND, make_analysis, say

from belreader import facts
from belreader.facts import Period, build_fact_groups, figure_periods
from belreader.nlp import related

from nlp_util import make_article


def groups_of(*analyses, articles=()):
    return build_fact_groups([*BACKGROUND, *analyses], {a.id: a for a in articles})


def grouped(*analyses, articles=()) -> list[list[str]]:
    return [g.article_ids for g in groups_of(*analyses, articles=articles)]


def article_for(analysis):
    """The article a made-up analysis stands for: its claims as paragraphs."""
    return make_article("\n\n".join(c.content for c in analysis.claims), analysis.article_id)


@pytest.fixture
def without(monkeypatch):
    """Turn a rule off, to show a test's pair would group without it."""

    def turn_off(name: str, value) -> None:
        monkeypatch.setattr(facts, name, value)

    return turn_off


# --------------------------------------------------------------------------- one speaker, two remarks


def test_one_speakers_two_remarks_sharing_an_object_are_two_facts(without):
    """The same speaker names the same things ("alarms, watchmen and dogs") in two remarks that
    say different things about them: the shared words are all of the short remark but little
    of the long one, so they are a topic, not one remark retold."""
    a = make_analysis(
        "rk-a",
        say(
            "in many ways the least likely way to rob a warehouse on the quay is the front gate, because most "
            "merchants have installed alarms, watchmen and dogs behind every door",
            "Chicolini",
            "chicolini",
        ),
    )
    b = make_analysis("rk-b", say("it is not just about alarms, watchmen and dogs any more", "Chicolini", "chicolini"))
    assert grouped(a, b) == []
    without("_about_the_same_thing", lambda a, b: True)
    assert grouped(a, b) == [["rk-a", "rk-b"]]


def test_one_speakers_remarks_naming_different_people_are_two_facts(without):
    a = make_analysis(
        "pp-a",
        say(
            "Teasdale is playing very well this season and scoring a lot of goals for the harbour club",
            "Firefly",
            "rufus-firefly",
        ),
    )
    b = make_analysis(
        "pp-b",
        say("Chicolini keeps scoring goals for the harbour club and is playing very well", "Firefly", "rufus-firefly"),
    )
    assert grouped(a, b) == []
    without("_about_the_same_thing", lambda a, b: True)
    without("_enough_evidence", lambda a, b, m: True)
    assert grouped(a, b) == [["pp-a", "pp-b"]]


def test_one_remark_retold_in_other_words_still_groups():
    """Worded alike (most of the shorter claim's words, a good part of the longer's) ..."""
    a = make_analysis(
        "rt-a",
        say(
            "an appropriate and timely initiative, a breakthrough for the harbour council of Freedonia",
            "Firefly",
            "rufus-firefly",
        ),
    )
    b = make_analysis("rt-b", say("the initiative was 'sensible, timely and appropriate'", "Firefly", "rufus-firefly"))
    assert grouped(a, b) == [["rt-a", "rt-b"]]
    # ... or the same actor or object named (here a name and its words lower-case) and more said of it
    c = make_analysis(
        "rt-c",
        say(
            "the reserve of harbour police and the Port Gold Guard assembled near the border would return to their barracks",
            "Teasdale",
            "gloria-teasdale",
        ),
    )
    d = make_analysis(
        "rt-d", say("the stand down of harbour police and port gold guards", "Gloria Teasdale", "gloria-teasdale")
    )
    assert grouped(c, d) == [["rt-c", "rt-d"]]


def test_the_same_speaker_rule_reads_the_names_words_and_the_figures():
    a = make_analysis(
        "sf-a", say("Sylvania will sell 3,000 firms it took over in the crisis", "Teasdale", "gloria-teasdale")
    )
    b = make_analysis(
        "sf-b", say("as many as 3,000 firms may be sold by Sylvania this year", "Teasdale", "gloria-teasdale")
    )
    accounts = [facts.make_account(x.claims[0], x, None) for x in (a, b)]
    assert facts.same_speaker(*accounts) and facts._shared_figure(*accounts) is not None  # a count says what it counts
    assert facts._about_the_same_thing(*accounts)


# Other speakers in other articles talk of "dock relief" (a topic phrase: four speakers use it).
DOCK_RELIEF = [
    make_analysis(
        "dr-1", say("dock relief for the poorest ports must come before any new loans", "the dockers' union")
    ),
    make_analysis("dr-2", say("the council will debate dock relief again in the spring", "Chicolini")),
    make_analysis("dr-3", say("campaigners marched through the capital to demand dock relief now", "campaigners")),
]


def test_topic_phrases_are_the_word_pairs_of_several_speakers():
    phrases = {
        "a": {("dock", "relief"), ("gold", "sale")},
        "b": {("dock", "relief")},
        "c": {("dock", "relief"), ("gold", "sale")},
        "d": {("dock", "relief")},
        "e": {("gold", "sale")},
        "f": {("gold", "sale")},
    }
    speakers = {"a": "teasdale", "b": "firefly", "c": "chicolini", "d": "union", "e": "teasdale", "f": "firefly"}
    assert facts.topic_phrases(phrases, speakers) == {("dock", "relief")}  # "gold sale": four claims, three speakers
    speakers["e"] = "harpo"
    assert facts.topic_phrases(phrases, speakers) == {("dock", "relief"), ("gold", "sale")}


def test_one_speakers_two_remarks_sharing_only_a_topic_phrase_are_two_facts(without):
    """Firefly on a first mention of gold for achieving dock relief, and on what has been
    achieved on dock relief over the years: all of the short remark's words are in the long
    one, but two of the three are a phrase everyone uses, and only "achieve" is left."""
    a = make_analysis(
        "tr-a",
        say(
            "this is the first mention of the use of gold in a council communique for achieving dock relief",
            "Rufus Firefly",
            "rufus-firefly",
        ),
    )
    b = make_analysis(
        "tr-b",
        say("much had been achieved on issues such as dock relief in the last seven years", "Firefly", "rufus-firefly"),
    )
    assert grouped(a, b, *DOCK_RELIEF) == []
    without("TOPIC_SPEAKERS", 100)  # no phrase is a topic: the two remarks group as one
    assert grouped(a, b, *DOCK_RELIEF) == [["tr-a", "tr-b"]]


def test_one_remark_retold_on_a_topic_still_groups():
    """The same words in both, topic phrase or not; or more than the topic said alike."""
    a = make_analysis("tv-a", say("dock relief talks are still going well", "Rufus Firefly", "rufus-firefly"))
    b = make_analysis("tv-b", say("the dock relief talks were still going well", "Firefly", "rufus-firefly"))
    assert grouped(a, b, *DOCK_RELIEF) == [["tv-a", "tv-b"]]
    c = make_analysis(
        "tw-c",
        say(
            "the council would cancel dock relief interest payments until the floods end", "Teasdale", "gloria-teasdale"
        ),
    )
    d = make_analysis(
        "tw-d",
        say(
            "she hopes to announce that dock relief interest payments are cancelled until the end of the floods",
            "Teasdale",
            "gloria-teasdale",
        ),
    )
    assert grouped(c, d, *DOCK_RELIEF) == [["tw-c", "tw-d"]]


def test_two_speakers_sharing_a_topic_phrase_and_a_word_are_two_facts(without):
    """A report that Firefly went back on a pledge to stand down before the dock election,
    and Firefly on his standing in the dock election: the actor, the topic phrase and a
    stem ("stand") are all they share."""
    elections = [
        make_analysis(f"de-{n}", say(f"the dock election {what}", who))
        for n, (what, who) in enumerate(
            [
                ("will be held in May", "the council"),
                ("is too close to call", "pollsters"),
                ("costs too much", "a clerk"),
            ]
        )
    ]
    a = make_analysis(
        "ds-a", say("Rufus Firefly went back on a pledge to stand down before the next dock election", "reports")
    )
    b = make_analysis(
        "ds-b",
        say(
            "his personal standing with voters will be an issue in the dock election", "Rufus Firefly", "rufus-firefly"
        ),
    )
    assert grouped(a, b, *elections) == []
    without("TOPIC_SPEAKERS", 100)
    assert grouped(a, b, *elections) == [["ds-a", "ds-b"]]


def test_topic_phrase_words_count_when_one_claim_says_all_the_other_says():
    """ "a 'firm but fair' policy on dock relief", all of it in the longer claim: its words
    count although "dock relief" and "fair policy" are topic phrases; a claim saying more
    than the other has of them does not."""
    short = make_analysis("df-a", say('a "firm but fair" policy on dock relief', "the harbour master"))
    full = make_analysis(
        "df-b", say('the old quay was being sold off and promised a "firm but fair" policy on dock relief', "he")
    )
    other = make_analysis(
        "df-c",
        say(
            "a fair policy on dock relief would come too late for the porters and their families this winter", "a clerk"
        ),
    )
    a, b, c = (facts.make_account(x.claims[0], x, None) for x in (short, full, other))
    for account in (a, b, c):
        account.topic_pairs = frozenset({("dock", "relief"), ("fair", "policy")})
    assert facts._says_all_of(a, b) and not facts._says_all_of(a, c)
    match = related.RelatedMatch(b.claim, 0.6, shared_terms=["fair", "policy", "dock", "relief"])
    assert facts._enough_evidence(a, b, match)
    match = related.RelatedMatch(c.claim, 0.6, shared_terms=["fair", "policy", "dock", "relief"])
    assert not facts._enough_evidence(a, c, match)
    for account in (a, c):
        account.topic_pairs = frozenset()
    assert facts._enough_evidence(a, c, match)  # without topic phrases, four shared words


# --------------------------------------------------------------------------- periods of figures


def test_figures_take_the_period_next_to_them_and_other_periods_are_comparisons():
    text = "car sales fell 2.8% in January, following a fall of 0.6% in December"
    periods, context = figure_periods(text, facts._stated_quantities(text))
    assert [(p.kind, p.month) for p in periods] == [("month", 1)]
    assert [q.text for q in context] == ["0.6%"]
    text = "In March, prices rose 0.5% in the three months to March 2005 and 3% in the year to March"
    periods, context = figure_periods(text, facts._stated_quantities(text))
    assert periods[0] == Period("months-to:3", 2005, 3) and [q.text for q in context] == ["3%"]
    assert figure_periods("exports fell 2.8% last year", facts._stated_quantities("exports fell 2.8% last year"))[
        0
    ] == [Period("year", relative="last year")]
    assert figure_periods("exports fell 2.8%", facts._stated_quantities("exports fell 2.8%")) == ([], [])


@pytest.mark.parametrize(
    ("x", "y", "verdict"),
    [
        (Period("month", None, 1), Period("month", 2005, 1), True),
        (Period("month", None, 1), Period("month", None, 3), False),
        (Period("month", None, 3), Period("months-to:3", None, 3), False),  # March, or the quarter to March
        (Period("year", 2004), Period("month", 2004, 12), False),  # the year's figure, or December's
        (Period("year", relative="last year"), Period("year", 2004), None),  # no article date: no telling
        (Period("month", relative="last month"), Period("month", relative="last month"), True),
    ],
)
def test_when_two_periods_can_be_one(x, y, verdict):
    assert x.agrees(y) is verdict and y.agrees(x) is verdict


def test_one_number_for_two_months_is_two_facts(without):
    a = make_analysis(
        "mo-a", say("Freedonia's harbour traffic rose 0.6% in January", "the statistics office", "freedonia-stats")
    )
    b = make_analysis(
        "mo-b", say("Freedonia's harbour traffic rose 0.6% in the three months to January", "the harbour board")
    )
    c = make_analysis("mo-c", say("harbour traffic in Freedonia rose by 0.6% in January", "the harbour board"))
    assert grouped(a, b) == []
    assert grouped(a, c) == [["mo-a", "mo-c"]]  # the same month: one fact
    without("_periods_conflict", lambda a, b: False)
    assert grouped(a, b) == [["mo-a", "mo-b"]]


def test_a_figure_cited_for_another_period_is_not_the_fact_reported(without):
    """ "dropped 1% in December, after a 0.6% rise in November" reports December; another
    story's November figure of 0.6% (its month given in the story's lead) is another fact."""
    lead = make_analysis(
        "ld-a",
        say("harbour traffic in Freedonia was better than expected in November, the figures show"),
        say("harbour traffic rose 0.6% on the month and 6.1% on the year", "the statistics office", "freedonia-stats"),
    )
    later = make_analysis(
        "ld-b",
        say(
            "harbour traffic dropped by 1% on the month in December, after a 0.6% rise in November",
            "the statistics office",
            "freedonia-stats",
        ),
    )
    articles = [article_for(lead), article_for(later)]
    assert grouped(lead, later, articles=articles) == []
    account = facts.make_account(lead.claims[1], lead, articles[0])
    assert [(p.kind, p.month) for p in account.periods] == [("month", 11)]  # from the lead
    without("figure_periods", lambda text, quantities, article_date=None: ([], []))
    without("_lead_text", lambda claim, article: "")
    assert grouped(lead, later, articles=articles) == [["ld-a", "ld-b"]]


def test_a_shared_percentage_needs_a_word_of_what_it_measures(without):
    a = make_analysis(
        "ms-a",
        say(
            "Sylvania wants to give 0.7% of its national income as aid to harbour towns", "Teasdale", "gloria-teasdale"
        ),
    )
    b = make_analysis("ms-b", say("the Sylvania economy grew by 0.7% thanks to harbour trade", "the statistics office"))
    assert grouped(a, b) == []
    without("_words_near", lambda text, q: {"same"})
    assert grouped(a, b) == [["ms-a", "ms-b"]]


def test_the_same_figure_of_the_same_thing_still_groups():
    """ "rose 0.8% in January" and "a 0.8% rise in January": one figure, one period."""
    a = make_analysis(
        "hp-a", say("harbour fees in Port Gold rose by 0.8% in January", "the harbour board", "harbour-board")
    )
    b = make_analysis(
        "hp-b",
        say(
            "the average fee for a berth in Port Gold now stands at £1,748 after a 0.8% rise in January",
            "the harbour board",
            "harbour-board",
        ),
    )
    assert grouped(a, b) == [["hp-a", "hp-b"]]


# --------------------------------------------------------------------------- two speakers, one topic phrase


def test_two_speakers_sharing_only_a_topic_phrase_are_two_facts(without):
    """ "Port Gold's weapons of mass destruction" in a judge's warning and in a story about a
    dossier: one noun phrase shared, nothing said of it in common."""
    a = make_analysis(
        "tp-a",
        say(
            "judges should think carefully before heading an inquiry into a political issue such as the "
            "intelligence on Port Gold's weapons of mass destruction",
            "Teasdale",
            "gloria-teasdale",
        ),
    )
    b = make_analysis(
        "tp-b", say("the ministry exaggerated Port Gold's weapons of mass destruction in its dossier", "a radio story")
    )
    assert grouped(a, b) == []
    without("_only_a_topic_phrase", lambda a, b: False)
    assert grouped(a, b) == [["tp-a", "tp-b"]]


def test_two_speakers_saying_the_same_of_it_still_group():
    a = make_analysis(
        "ts-a", say("the ministry exaggerated Port Gold's weapons of mass destruction in its dossier", "a radio story")
    )
    b = make_analysis(
        "ts-b",
        say("the dossier on Port Gold's weapons of mass destruction was exaggerated by the ministry", "Teasdale"),
    )
    assert grouped(a, b) == [["ts-a", "ts-b"]]


def test_the_phrase_test_reads_content_words_in_order():
    shared = {"weapon", "mass", "destruction"}
    assert facts._one_phrase("Port Gold's weapons of mass destruction dossier", shared)
    assert not facts._one_phrase("weapons were found, and mass graves, after the destruction", shared)
    assert facts._one_phrase("users of the file-sharing programs BitTorrent and eDonkey", {"file", "shar", "program"})


def test_a_figure_both_give_and_one_more_is_a_detail_left_out_not_a_disagreement():
    a = make_analysis(
        "dt-a", say("the Port Gold council could cut £35bn in wasteful harbour spending", "Teasdale", "gloria-teasdale")
    )
    b = make_analysis(
        "dt-b",
        say(
            "the Port Gold council would cut £35bn in wasteful harbour spending to allow £4bn in tax cuts",
            "Rufus Firefly",
            "rufus-firefly",
        ),
    )
    groups = groups_of(a, b)
    assert [g.article_ids for g in groups] == [["dt-a", "dt-b"]]
    differences = facts.compare(groups[0]).differences
    assert not [d for d in differences if d.kind == "amount"]
    detail = next(d for d in differences if d.kind == "omission" and "£4bn" in d.explanation)
    assert detail.explanation == "dt-b also gives £4bn; dt-a does not." and detail.accounts == ["dt-a#s000000"]
