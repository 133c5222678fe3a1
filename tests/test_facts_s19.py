"""Two events in one group (session 19, issue 14): two statements told to a court by speakers the
articles leave unnamed, a critic's words on someone's forecasts and that person's denial, a rejection
of another's claim or plan (with the claim, and with another speaker's rejection of it), and what a
side says of itself beside what another says of it. Sentences written here; analyses made by hand
(tests/test_facts_s13b.py's builders), cosines set by a fake embedder."""

from __future__ import annotations

from test_facts_s13b import analysis_of
from test_nlp_embed import FakeEmbedder, _unit_pair

from belreader import facts
from belreader.nlp import related


def accounts_of(*specs):
    """Accounts of one claim per spec: (article id, body, words said, speaker, speaker id[, verb])."""
    made = [analysis_of(*spec[:5], verb=spec[5] if len(spec) > 5 else "say") for spec in specs]
    return [facts.make_account(analysis.claims[0], analysis, article) for analysis, article in made]


def kept(monkeypatch, a, b, cosine: float) -> bool:
    """Whether `_by_meaning` keeps the pair of claims of specs `a` and `b` (as `accounts_of`), their
    embeddings `cosine` apart."""
    made = [analysis_of(*spec[:5], verb=spec[5] if len(spec) > 5 else "say") for spec in (a, b)]
    analyses = [analysis for analysis, _ in made]
    articles = {article.id: article for _, article in made}
    index = related._index_for(analyses)
    accounts = facts._Accounts(analyses, articles, {})
    first, second = _unit_pair(cosine)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({a[2]: first, b[2]: second}))
    pair = (analyses[0].claims[0].id, analyses[1].claims[0].id)
    return bool(facts._by_meaning(index, accounts, {pair: (0.5, "")}))


def spec(article_id, speaker, speaker_id, words, verb="say", lead=""):
    return (article_id, f"{lead}{speaker} said {words}.", words, speaker, speaker_id, verb)


# --------------------------------------------------------------------------- speakers left unnamed

MISLED = "Sylvania's port company misled a Freedonia court to stop the sale of its ferries"
NOT_BOUND = "Sylvania does not have to obey any Freedonia court ruling on the ferry company"


def told_court(article_id, words):
    return (article_id, f"{words}, the court has been told.", words, facts.UNNAMED, None)


def test_two_speakers_left_unnamed_are_not_one_speaker():
    one, two = accounts_of(told_court("a", MISLED), told_court("b", NOT_BOUND))
    assert not facts.same_speaker(one, two)
    # the mark of a pronoun left unresolved is no word of a name: "they" twice is still one speaker
    they, again = accounts_of(
        spec("c", "they (unresolved)", None, "the tariff is unfair"),
        spec("d", "They (unresolved)", None, "the tariff is unfair to farmers"),
    )
    assert facts.same_speaker(they, again)
    he, she = accounts_of(
        spec("e", "he (unresolved)", None, "the tariff is unfair"), spec("f", "she (unresolved)", None, "it is unfair")
    )
    assert not facts.same_speaker(he, she)


def test_two_statements_told_to_a_court_by_no_one_named_are_two(monkeypatch):
    """One in the negative, the other not: two sides' statements, no longer one speaker's remark retold
    (close enough in meaning for one speaker: `SPEAKER_MEANING`)."""
    cosine = facts.SPEAKER_MEANING + 0.02
    assert not kept(monkeypatch, told_court("a", MISLED), told_court("b", NOT_BOUND), cosine)
    monkeypatch.setattr(facts, "_speaker_words", lambda speaker: speaker.lower().split())  # the mark as a name
    assert kept(monkeypatch, told_court("a", MISLED), told_court("b", NOT_BOUND), cosine)


# --------------------------------------------------------------------------- a forecast is a thing said

CRITIC = spec("a", "Chicolini", "chicolini", "Rufus Firefly's forecasts for port revenue were too optimistic")
DENIAL = spec("b", "Firefly", "rufus-firefly", "his economic forecasts were too optimistic", verb="deny")


def test_naming_the_other_speakers_forecasts_answers_them(monkeypatch):
    critic, denial = accounts_of(CRITIC, DENIAL)
    assert facts._answers_the_other(critic, denial, 0.63)
    assert not kept(monkeypatch, CRITIC, DENIAL, 0.63)
    # the critic on Firefly's harbour, not on something he said: no reply to him
    harbour = spec("a", "Chicolini", "chicolini", "Rufus Firefly's harbour revenue was too optimistic a hope")
    assert not facts._answers_the_other(*accounts_of(harbour, DENIAL), 0.63)


# --------------------------------------------------------------------------- a rejection of another's claim

FIREFLY = "Rufus Firefly spoke at the harbour on a wet Monday morning. Later the "  # the claim's story names him
CLAIM = spec(
    "a", "Dock Party", "dock-party", "they can improve the harbour and cut taxes through £8bn of savings", lead=FIREFLY
)
REJECTION = spec(
    "b", "Chicolini", "chicolini", "people will not be taken in by Rufus Firefly's claims of £8bn of savings"
)
ORG_REJECTION = spec(
    "c", "Harbour Party", "harbour-party", "his planned £8bn harbour savings simply don't add up and are a fantasy"
)


def test_the_owner_of_a_thing_planned_or_promised():
    assert facts._owners_of_planned("his planned £8bn harbour savings") == ["his"]
    assert facts._owners_of_planned("the Dock Party's proposed cuts") == ["Party's"]
    assert facts._owners_of_planned("Firefly proposed cuts to the harbour budget") == []  # a verb


def test_whose_claim_is_rejected():
    claim, rejection, org = accounts_of(CLAIM, REJECTION, ORG_REJECTION)
    assert facts._rejects_anothers(rejection)  # Firefly's claims, by Chicolini
    assert facts._rejects_anothers(org)  # "his" in an organisation's words is someone else's
    assert not facts._rejects_anothers(claim)  # not in the negative
    # a person's "his" may be his own; a speaker's own claims are no one else's
    (own,) = accounts_of(spec("d", "Firefly", "rufus-firefly", "his planned £8bn harbour savings don't add up"))
    assert not facts._rejects_anothers(own)
    (mine,) = accounts_of(spec("d", "Firefly", "rufus-firefly", "no one should doubt Rufus Firefly's claims"))
    assert not facts._rejects_anothers(mine)
    # the same words, not rejecting: no rejection
    (taken,) = accounts_of(
        spec("d", "Chicolini", "chicolini", "people will be taken in by Rufus Firefly's claims of £8bn of savings")
    )
    assert not facts._rejects_anothers(taken)


def test_a_claim_and_a_rejection_of_it_are_two_statements(monkeypatch):
    """The exact amount both give used to keep them whatever their meaning."""
    assert not kept(monkeypatch, CLAIM, REJECTION, 0.55)
    assert not kept(monkeypatch, CLAIM, ORG_REJECTION, 0.63)
    monkeypatch.setattr(facts, "_rejects_anothers", lambda account: False)
    assert kept(monkeypatch, CLAIM, REJECTION, 0.55)


def test_two_sources_rejecting_one_claim_are_two_statements(monkeypatch):
    assert not kept(monkeypatch, REJECTION, ORG_REJECTION, 0.56)
    assert kept(monkeypatch, REJECTION, ORG_REJECTION, facts.POLARITY_MEANING + 0.02)  # a paraphrase


def test_a_rejection_told_by_its_speakers_side_is_one(monkeypatch):
    """The Harbour Party's leader and the party: one side, the rejection told twice."""
    leader = spec(
        "d",
        "Chicolini",
        "chicolini",
        "his planned £8bn harbour savings do not add up and are a fantasy",
        lead="Harbour Party leader ",
    )
    assert kept(monkeypatch, leader, ORG_REJECTION, 0.8)


# --------------------------------------------------------------------------- of itself, and of it

OF_ITSELF = spec("a", "Dock Party", "dock-party", "they can cut harbour taxes through £8bn of savings")
OF_IT = spec("b", "Chicolini", "chicolini", "Dock Party plans to cut £8bn would cut deep into harbour services")


def test_what_a_side_says_of_itself_and_another_of_it_are_two_statements(monkeypatch):
    one, other = accounts_of(OF_ITSELF, OF_IT)
    assert facts._of_itself_and_of_it(one, other, 0.68)
    assert not kept(monkeypatch, OF_ITSELF, OF_IT, 0.68)
    monkeypatch.setattr(facts, "_of_itself_and_of_it", lambda *args: False)
    assert kept(monkeypatch, OF_ITSELF, OF_IT, 0.68)  # without the rule: kept by the £8bn


def test_of_itself_and_of_it_kept_by_a_run_of_words_or_one_side():
    plans = spec("a", "Dock Party", "dock-party", "it plans to announce detailed policies on crime and tax next week")
    leader = spec("b", "Chicolini", "chicolini", "the Dock Party would announce detailed policies on crime and tax")
    assert not facts._of_itself_and_of_it(*accounts_of(plans, leader), 0.6)  # the party's words, retold
    ally = spec(
        "b",
        "Chicolini",
        "chicolini",
        "Dock Party plans to cut £8bn would cut deep into harbour services",
        lead="Dock Party leader ",
    )
    assert not facts._of_itself_and_of_it(*accounts_of(OF_ITSELF, ally), 0.68)  # one side
