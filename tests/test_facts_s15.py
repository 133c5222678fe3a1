"""Two claims that share only the title both give one actor (session 15): "a bid by harbour operator
Dock Party" / "a front for harbour operator Dock Party" share the actor, not what is said of it. Sentences
written here; analyses made by hand with the builders of tests/test_facts_s13b.py."""

from __future__ import annotations

from test_facts_s13b import analysis_of, kept_by_meaning

from belreader import facts

LED = "the Freedonia Post had led the syndicate behind a bid by harbour operator Dock Party"
FRONT = "the Harbour Master's Office was a front for harbour operator Dock Party"


def account(article_id, body, said, speaker, speaker_id):
    analysis, article = analysis_of(article_id, body, said, speaker, speaker_id)
    return facts.make_account(analysis.claims[0], analysis, article)


def test_the_words_right_before_a_name_are_its_title():
    led = account("a", f"Chicolini said {LED}.", LED, "Chicolini", "chicolini")
    assert facts._title_words(led, ["dock-party"]) == {"harbour", "operator"}
    # a function word, a number or a name ends the title
    told = "the syndicate was behind a bid by Dock Party"
    assert (
        facts._title_words(account("b", f"Chicolini said {told}.", told, "Chicolini", "chicolini"), ["dock-party"])
        == set()
    )


def test_two_claims_sharing_only_an_actors_title_are_two_statements(monkeypatch):
    led = ("a", f"Chicolini said {LED}.", LED, "Chicolini", "chicolini")
    front = ("b", f"Rufus Firefly claimed that {FRONT}.", FRONT, "Rufus Firefly", "rufus-firefly")
    assert not kept_by_meaning(monkeypatch, led, front, 0.64)
    # the rule alone parts them: the meaning and the other tests keep them
    monkeypatch.setattr(facts, "_only_a_title_shared", lambda *args: False)
    assert kept_by_meaning(monkeypatch, led, front, 0.64)


def test_a_title_and_more_said_of_the_actor_is_one_statement(monkeypatch):
    sell = "harbour operator Dock Party will sell the old port to the Freedonia Post"
    sold = "the old port will go to the Freedonia Post, sold by harbour operator Dock Party"
    first = ("a", f"Chicolini said {sell}.", sell, "Chicolini", "chicolini")
    second = ("b", f"Rufus Firefly said {sold}.", sold, "Rufus Firefly", "rufus-firefly")
    assert kept_by_meaning(monkeypatch, first, second, 0.64)
    # near in meaning, the title alone shared is still one statement told in other words
    led = ("a", f"Chicolini said {LED}.", LED, "Chicolini", "chicolini")
    front = ("b", f"Rufus Firefly claimed that {FRONT}.", FRONT, "Rufus Firefly", "rufus-firefly")
    assert kept_by_meaning(monkeypatch, led, front, 0.93)
