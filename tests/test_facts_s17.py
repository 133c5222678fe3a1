"""A party's stock line said on several occasions (session 17): by two people in two stories that
share nothing else, by one speaker quoted in two stories with other words, or after an occasion of a
person the other story never names. Sentences written here; analyses made by hand with the builders
of tests/test_facts_s13b.py."""

from __future__ import annotations

import dataclasses

from test_facts import seeds  # noqa: F401  (the bundled corpus, analysed once)
from test_facts_s13b import analysis_of

from belreader import facts

LINE = "the Dock Party means higher taxes, soft crime laws and more power to the ports"
# the same line in other words, not near word for word
RETOLD = "the Dock Party is soft on crime, backs higher taxes and would hand the ports more control"
NEAR = "the Dock Party means higher taxes, soft crime laws and more power to the docks"


def account(article_id, body, said, speaker, speaker_id, *, n=1, quoted=False):
    analysis, article = analysis_of(article_id, body, said, speaker, speaker_id)
    claim = dataclasses.replace(analysis.claims[0], id=f"{article_id}#c{n}", direct_quote=quoted)
    return facts.make_account(claim, analysis, article)


def said_by(article_id, speaker, speaker_id, words=LINE, *, lead="", n=1, quoted=False):
    body = f"{lead} {speaker} said: {words}." if lead else f"{speaker} said: {words}."
    return account(article_id, body, words, speaker, speaker_id, n=n, quoted=quoted)


def parted(*accounts):
    """The pairs `_lines_said_twice` parts among `accounts`, every two of different articles a pair."""
    by_id = {a.claim.id: a for a in accounts}
    edges = {
        (x.claim.id, y.claim.id): (0.5, "")
        for i, x in enumerate(accounts)
        for y in accounts[i + 1 :]
        if x.article_id != y.article_id
    }
    return set(facts._lines_said_twice(edges, by_id))  # type: ignore[arg-type]


def test_one_person_is_a_resolved_person_or_an_unnamed_spokesman():
    assert facts._one_person(said_by("a", "Chicolini", "chicolini"))
    assert facts._one_person(said_by("a", "A Dock Party spokesman", "dock-party"))
    assert facts._one_person(said_by("a", "a harbour spokeswoman", None))
    for speaker, speaker_id in (("The Dock Party", "dock-party"), ("analysts", None), ("he (unresolved)", None)):
        assert not facts._one_person(said_by("a", speaker, speaker_id)), speaker


def test_two_people_telling_a_line_in_two_stories_are_two_statements():
    spokesman = said_by("a", "A Dock Party spokesman", "dock-party")
    chairman = said_by("b", "Chicolini", "chicolini", RETOLD)
    assert parted(spokesman, chairman) == {("a#c1", "b#c1")}
    # near word for word: one statement told twice
    assert not parted(spokesman, said_by("b", "Chicolini", "chicolini", NEAR))
    # a figure both give: one finding cited in two stories
    counted = "3,000 dockers would lose their jobs under the Dock Party"
    assert not parted(
        said_by("a", "A Dock Party spokesman", "dock-party", counted),
        said_by("b", "Chicolini", "chicolini", "the Dock Party plan would cost 3,000 dockers their jobs"),
    )
    # loose speakers in two stories may be the same ones
    assert not parted(said_by("a", "analysts", None), said_by("b", "dockers", None, RETOLD))


def test_two_articles_sharing_another_fact_are_one_story():
    spokesman = said_by("a", "A Dock Party spokesman", "dock-party")
    chairman = said_by("b", "Chicolini", "chicolini", RETOLD)
    other = "the harbour vote will be held on a Thursday in May"
    # another pair of two other claims links the articles: one story, the line kept
    first = said_by("a", "Rufus Firefly", "rufus-firefly", other, n=2)
    second = said_by("b", "Rufus Firefly", "rufus-firefly", other, n=2)
    assert ("a#c1", "b#c1") not in parted(spokesman, chairman, first, second)
    # another claim of one article paired with one of these is the line again, not another fact
    again = said_by("a", "A Dock Party spokesman", "dock-party", RETOLD, n=3)
    assert ("a#c1", "b#c1") in parted(spokesman, chairman, again)


def test_one_speaker_quoted_in_other_words_in_two_stories_is_two_sayings():
    first = said_by("a", "Chicolini", "chicolini", quoted=True)
    second = said_by("b", "Chicolini", "chicolini", RETOLD, quoted=True)
    assert facts._two_quotations(first, second)
    assert parted(first, second) == {("a#c1", "b#c1")}
    # told, not quoted: a speaker's position retold in a later story reads the same
    told = said_by("b", "Chicolini", "chicolini", RETOLD)
    assert not parted(first, told)
    # quotations sharing four words in a row are one saying
    shared = "the Dock Party is soft on crime laws and more power to the ports for them"
    assert not facts._two_quotations(first, said_by("b", "Chicolini", "chicolini", shared, quoted=True))


def test_a_quoted_phrase_is_a_quotation_from_six_words():
    slogan = said_by("a", "Chicolini", "chicolini", 'the Dock Party wants "more power to ports"')
    sentence = said_by("a", "Chicolini", "chicolini", 'the Dock Party wants "higher taxes and more power to ports"')
    assert facts._quotations(slogan) == []
    assert facts._quotations(sentence) == ["higher taxes and more power to ports"]


BUDGET_LEAD = "Chicolini spoke in the debate on Rufus Firefly's Budget."


def test_a_line_after_a_persons_occasion_the_other_story_never_names_is_two_statements():
    after_budget = said_by("a", "Chicolini", "chicolini", lead=BUDGET_LEAD)
    on_the_radio = said_by("b", "Chicolini", "chicolini", RETOLD, lead="Chicolini spoke on the radio.")
    assert facts._an_occasion_the_other_never_names(after_budget, on_the_radio)
    assert not facts._pair_ok(after_budget, on_the_radio, 0.6, facts.GROUP_THRESHOLD)
    # the other story names the person: it may be about that occasion
    named = said_by("b", "Chicolini", "chicolini", RETOLD, lead="Chicolini spoke of Firefly on the radio.")
    assert not facts._an_occasion_the_other_never_names(after_budget, named)
    # near word for word: one statement told twice
    near = said_by("b", "Chicolini", "chicolini", NEAR, lead="Chicolini spoke on the radio.")
    assert facts._pair_ok(after_budget, near, 0.6, facts.GROUP_THRESHOLD)


def test_an_occasion_of_a_party_or_a_day_is_no_persons():
    party = said_by("a", "Chicolini", "chicolini", lead="Chicolini spoke at the Harbour Party's conference.")
    day = said_by("a", "Chicolini", "chicolini", lead="Chicolini spoke after Saturday's match.")
    # the other story names no party and no day
    words = "the harbour plans mean higher taxes and would hand the ports more control"
    on_the_radio = said_by("b", "Chicolini", "chicolini", words, lead="Chicolini spoke on the radio.")
    for lead in (party, day):
        assert lead.lead_occasions and not lead.occasion_people
        assert not facts._an_occasion_the_other_never_names(lead, on_the_radio)
    person = said_by("a", "Chicolini", "chicolini", lead="Chicolini spoke after Rufus Firefly's match.")
    assert person.occasion_people == {"firefly"}
    assert facts._an_occasion_the_other_never_names(person, on_the_radio)


def test_grouping_parts_the_pairs_the_rules_find(seeds, monkeypatch):  # noqa: F811
    """`build_fact_groups` drops the pairs `_lines_said_twice` returns before making groups, and asks
    `_an_occasion_the_other_never_names` of every pair: told that every pair is one, no group is left."""
    articles, analyses, groups = seeds
    assert groups
    monkeypatch.setattr(facts, "_lines_said_twice", lambda edges, accounts: list(edges))
    assert facts.build_fact_groups(analyses, articles) == []
    monkeypatch.undo()
    monkeypatch.setattr(facts, "_an_occasion_the_other_never_names", lambda a, b: True)
    assert facts.build_fact_groups(analyses, articles) == []


# Whom the lead says the speaker answers, in a sentence of its own (`_answering_in_lead`)
LEAD = (
    "Rufus Firefly has defended the harbour posters.\n\n"
    "Mr Firefly said the posters were fair comment. {reply} who called them a smear."
)


def lead_answer(reply: str, speaker="Rufus Firefly", speaker_id="rufus-firefly"):
    body = LEAD.format(reply=reply)
    analysis, article = analysis_of("a", body, "the posters were fair comment", speaker, speaker_id)
    sentence_start = body.index("Mr Firefly said")
    claim = dataclasses.replace(
        analysis.claims[0], sentence_start=sentence_start, sentence_end=body.index(".", sentence_start) + 1
    )
    return claim, analysis, article


def test_the_lead_says_whom_the_speaker_answers_in_a_sentence_of_its_own():
    claim, analysis, article = lead_answer("He was responding to Dock Party spokesman Chicolini,")
    assert not facts._answering(claim, analysis, article)  # the claim's own sentence says nothing
    # the person answered, not the party describing him
    assert facts._answering_in_lead(claim, analysis, article) >= {"chicolini"}
    claim, analysis, article = lead_answer("The minister was responding to the Dock Party,")
    assert facts._answering_in_lead(claim, analysis, article) >= {"dock-party"}
    claim, analysis, article = lead_answer("Mr Firefly, responding to Chicolini,")
    assert "chicolini" in facts._answering_in_lead(claim, analysis, article)


def test_a_reply_whose_subject_is_someone_else_is_not_the_speakers():
    # the last person named before the reply is another: "he" is not the speaker
    claim, analysis, article = lead_answer("Chicolini disagreed. He was responding to the Dock Party,")
    assert not facts._answering_in_lead(claim, analysis, article)
    # a rejection in the lead is the story's subject, not whom one answers
    claim, analysis, article = lead_answer("He rejected the claims of Chicolini,")
    assert not facts._answering_in_lead(claim, analysis, article)
    # no speaker id: nobody to follow
    claim, analysis, article = lead_answer("He was responding to Chicolini,", "a harbour official", None)
    assert not facts._answering_in_lead(claim, analysis, article)


def test_a_line_answering_someone_the_other_story_never_names_is_another_occasion():
    claim, analysis, article = lead_answer("He was responding to Dock Party spokesman Chicolini,")
    answering = facts.make_account(claim, analysis, article)
    assert answering.answering >= {"chicolini"}
    retold = said_by("b", "Rufus Firefly", "rufus-firefly", "the harbour posters were a fair comment on the Dock Party")
    assert facts._answers_someone_else(answering, retold)
    # a story naming the one answered may be about the same exchange
    named = said_by(
        "c",
        "Rufus Firefly",
        "rufus-firefly",
        "the harbour posters were a fair comment",
        lead="Chicolini called them a smear.",
    )
    assert not facts._answers_someone_else(answering, named)
