"""The same stock line said on two occasions (session 16): a fragment of a few words one source is
reported to have said ("his harbour plans were 'sound'") and another source's statement of the same
few words are not one statement unless the same words are said. Sentences written here; analyses
made by hand with the builders of tests/test_facts_s13b.py."""

from __future__ import annotations

from test_facts import seeds  # noqa: F401  (the bundled corpus, analysed once)
from test_facts_s13b import analysis_of, kept_by_meaning

from belreader import facts

OFFICE = "Harbour plans have been set out until 2030 and they are entirely sound"
# the office's story names the person too: their stories share an actor
OFFICE_STORY = (
    "A report said Mr Firefly's forecasts for the port were far too rosy and would need cuts. "
    f"A Harbour Party spokesperson said: {OFFICE}."
)
FRAGMENT = 'his harbour plans were "sound"'


def account(article_id, body, said, speaker, speaker_id):
    analysis, article = analysis_of(article_id, body, said, speaker, speaker_id)
    return facts.make_account(analysis.claims[0], analysis, article)


def test_an_identified_speaker_is_one_source():
    assert facts._identified(account("a", f"Chicolini said {FRAGMENT}.", FRAGMENT, "Chicolini", "chicolini"))
    assert facts._identified(account("a", f"The harbour master said {FRAGMENT}.", FRAGMENT, "The harbour master", None))
    # plurals, pronouns left unresolved and two sources named together are not one source
    for speaker in (
        "analysts",
        "Dockers",
        "he (unresolved)",
        "The Dock Party and the Harbour Party",
        "The mayor and the harbour master both",
    ):
        assert not facts._identified(account("a", f"{speaker} said {FRAGMENT}.", FRAGMENT, speaker, None)), speaker


def test_an_offices_stock_line_and_a_persons_fragment_are_two_statements(monkeypatch):
    office = (
        "a",
        OFFICE_STORY,
        OFFICE,
        "A Harbour Party spokesperson",
        "harbour-party",
    )
    person = ("b", f"Mr Firefly insisted {FRAGMENT} after the harbour report.", FRAGMENT, "Firefly", "rufus-firefly")
    described = ("c", f"The harbour master insisted {FRAGMENT}.", FRAGMENT, "The harbour master", None)
    assert not kept_by_meaning(monkeypatch, office, person, 0.75)
    assert not kept_by_meaning(monkeypatch, office, described, 0.75)
    # the rule alone parts them: without it a fragment is kept whatever the cosine
    monkeypatch.setattr(facts, "_two_sources", lambda *args: False)
    assert kept_by_meaning(monkeypatch, office, person, 0.75)


def test_a_fragment_said_word_for_word_is_kept(monkeypatch):
    # the same words said (four in a row), by a person and by one described by a title
    person = ("b", f"Mr Firefly insisted {FRAGMENT}.", FRAGMENT, "Firefly", "rufus-firefly")
    described = ("c", f"The harbour master insisted {FRAGMENT}.", FRAGMENT, "The harbour master", None)
    assert kept_by_meaning(monkeypatch, person, described, 0.75)
    # one speaker, and two loose descriptions: the rule does not act
    again = ("c", "Firefly said harbour plans were sound.", "harbour plans were sound", "Firefly", "rufus-firefly")
    assert kept_by_meaning(
        monkeypatch, ("a", f"Firefly said: {OFFICE}.", OFFICE, "Firefly", "rufus-firefly"), again, 0.75
    )
    # it is the same words that keep the first pair
    monkeypatch.setattr(facts, "_said_alike", lambda *args, **kwargs: False)
    assert not kept_by_meaning(monkeypatch, person, described, 0.75)
    loose = ("a", f"Analysts said: {OFFICE}.", OFFICE, "Analysts", None)
    others = ("b", f"Dockers insisted {FRAGMENT}.", FRAGMENT, "Dockers", None)
    assert kept_by_meaning(monkeypatch, loose, others, 0.75)


def test_the_occasions_a_lead_gives_an_actor():
    lead = "Rufus Firefly's pre-Budget report was attacked, as the Harbour Party's spring conference opened."
    assert facts._own_occasions(lead) == {
        "firefly": frozenset({("report", ("pre-budget",))}),
        "party": frozenset({("conference", ("spring",))}),
    }
    # no name owns it: "the party's conference"; a synonym is one kind
    assert facts._own_occasions("the party's conference and Firefly's talks") == {
        "firefly": frozenset({("meeting", ())})
    }
    assert facts._one_occasion(("budget", ()), ("speech", ("budget",)))  # "Budget" / "Budget speech"
    assert facts._one_occasion(("speech", ()), ("speech", ("budget",)))
    assert not facts._one_occasion(("budget", ()), ("report", ("pre-budget",)))  # "pre-Budget" is no "Budget"
    assert not facts._one_occasion(("conference", ("spring",)), ("conference", ("autumn",)))


def told_after(article_id: str, lead: str, speaker: str = "Firefly", speaker_id: str | None = "rufus-firefly"):
    body = f"{lead} {speaker} insisted {FRAGMENT}."
    return account(article_id, body, FRAGMENT, speaker, speaker_id)


def test_one_line_after_two_occasions_of_one_actor_is_two_statements():
    after_report = told_after("a", "The row over Rufus Firefly's pre-Budget report grew on Thursday.")
    after_budget = told_after("b", "Rivals attacked Rufus Firefly's Budget as a gamble.")
    assert facts._two_occasions_of_one_actor(after_report, after_budget)
    assert not facts._pair_ok(after_report, after_budget, 0.6, facts.GROUP_THRESHOLD)
    # one speaker described by a title is parted too: the occasions are the actor's, whoever speaks
    described = told_after("c", "Rivals attacked Rufus Firefly's Budget as a gamble.", "The harbour master", None)
    assert not facts._pair_ok(after_report, described, 0.6, facts.GROUP_THRESHOLD)


def test_one_occasion_named_two_ways_or_not_named_is_kept():
    budget = told_after("a", "Rivals attacked Rufus Firefly's Budget as a gamble.")
    speech = told_after("b", "Mr Firefly's Budget speech was met with jeers.")
    plain = told_after("c", "The harbour row grew on Thursday.")
    other_actor = told_after("d", "The Harbour Party's spring conference opened in the rain.")
    for other in (speech, plain, other_actor):
        assert not facts._two_occasions_of_one_actor(budget, other)
        assert facts._pair_ok(budget, other, 0.6, facts.GROUP_THRESHOLD)


def test_the_candidate_search_with_a_floor_answers_as_the_query(seeds):  # noqa: F811
    """Told the least floor it will be asked with, the candidate search leaves out the pairs under it
    from the start; its answers stay the related-claims query's above the floor, and a query with a
    lower floor is answered by the index itself."""
    from belreader.nlp import related

    analyses = sorted(seeds[1], key=lambda a: a.article_id)
    index = related._Index(analyses)
    everything = sum(map(len, facts._Candidates(index)._near_pairs() or []))
    for floor in (facts.GROUP_THRESHOLD, 0.5, 0.9):
        fast = facts._Candidates(index, floor)
        for analysis in analyses:
            for claim in analysis.claims:
                expected = index.query(claim, facts.CANDIDATES)
                got = fast.query(claim, facts.CANDIDATES, floor)
                assert [(m.claim.id, m.score, m.reason) for m in got] == [
                    (m.claim.id, m.score, m.reason) for m in expected if m.score >= floor
                ]
                lower = fast.query(claim, facts.CANDIDATES, 0.0)
                assert [(m.claim.id, m.score) for m in lower] == [(m.claim.id, m.score) for m in expected]
        assert fast._near is not None
        assert sum(map(len, fast._near)) <= everything
    assert sum(map(len, fast._near)) < everything  # at 0.9, pairs the search no longer looks at
