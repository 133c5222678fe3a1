"""Where the words were said, from the sentence before (session 20b, issue 14): a claim whose own sentence
names no occasion takes the one the sentence before it gives, when that sentence is about its speaker
("Speaking at the Harbour Party's conference, Chicolini claimed ... He said ..."); one speaker's line on
two occasions so named is two statements; a reporter's channel, "ruled out" and a "ruling body" are no
occasion. Sentences written here; analyses made by hand."""

from __future__ import annotations

import re

from test_facts_s13b import NAMES

from belreader import facts
from belreader.nlp.records import Analysis, Entity, Mention

from nlp_util import make_article, make_claim

LINE = "the harbour of Freedonia is no longer safe in the hands of the Dock Party"
AGAIN = "the harbour of Freedonia was not safe with the Dock Party in charge"


def told(article_id, before, sentence, said, speaker, speaker_id, *, before_said="", before_speaker=""):
    """One paragraph of two sentences, `before` then `sentence`; the claim `said` in the second, by
    `speaker`, and (when given) `before_said` in the first, by `before_speaker` (an id when it names one
    of NAMES, else left unresolved)."""
    body = f"{before} {sentence}"
    article = make_article(body, article_id)
    mentions: list[Mention] = []
    for name, (entity_id, label) in NAMES.items():
        for found in re.finditer(rf"\b{re.escape(name)}\b", body):
            if not any(m.start <= found.start() < m.end for m in mentions):
                mentions.append(Mention(entity_id, name, label, found.start(), found.end(), 0))
    entities: dict[str, Entity] = {}
    for m in mentions:
        entities.setdefault(m.entity_id, Entity(m.entity_id, m.text, m.label, None, [m.text], 1))
    second = len(before) + 1
    claims = []
    if before_said:
        before_id = NAMES[before_speaker][0] if before_speaker in NAMES else None
        claims.append(
            make_claim(
                article_id,
                before_said,
                body.index(before_said),
                speaker=before_speaker,
                speaker_id=before_id,
                sentence=(0, len(before)),
            )
        )
    claims.append(
        make_claim(
            article_id,
            said,
            body.index(said, second),
            speaker=speaker,
            speaker_id=speaker_id,
            sentence=(second, len(body)),
        )
    )
    return Analysis(article_id, "", "test", mentions, list(entities.values()), claims, []), article


def account(*args, **options) -> facts.Account:
    analysis, article = told(*args, **options)
    return facts.make_account(analysis.claims[-1], analysis, article)


def test_the_occasion_in_the_sentence_before_is_where_the_words_were_said():
    after = account(
        "a",
        "Speaking at the Harbour Party's spring conference, Chicolini claimed the docks were safe.",
        f"He said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
        before_said="the docks were safe",
        before_speaker="Chicolini",
    )
    assert facts._occasions(after) == {"conference"}
    plain = account("b", "Chicolini claimed the docks were safe.", f"He said {LINE}.", LINE, "Chicolini", "chicolini")
    assert facts._occasions(plain) == set()  # the sentence before names none
    # the claim's own sentence names one: the sentence before is not read
    own = account(
        "c",
        "Speaking at the Harbour Party's spring conference, Chicolini claimed the docks were safe.",
        f"He told MPs {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
    )
    assert facts._occasions(own) == {"parliament"}
    # a programme in the sentence before, as `_two_broadcasts` reads it
    show = account(
        "d",
        "Chicolini told the BBC's Politics Show the docks were safe.",
        f"He said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
    )
    assert facts._broadcasts(show)[0] == {"politics show"}


def test_a_sentence_before_about_someone_else_gives_no_occasion():
    other = account(
        "a",
        "Firefly told MPs the docks were safe.",
        f"Chicolini said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
        before_said="the docks were safe",
        before_speaker="Firefly",
    )
    assert facts._occasions(other) == set()  # Firefly's occasion, not Chicolini's
    # a "he" left unresolved in the sentence before is most often the speaker the paragraph is about
    pronoun = account(
        "b",
        'The claims were "wholly unfounded", he insisted during stormy Lords exchanges.',
        f"Chicolini said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
        before_said='The claims were "wholly unfounded"',
        before_speaker="he (unresolved)",
    )
    assert facts._occasions(pronoun) == {"parliament"}
    # a speaker left unresolved takes no occasion from the sentence before
    unresolved = account(
        "c",
        "Speaking at the Harbour Party's spring conference, Chicolini claimed the docks were safe.",
        f"They said {LINE}.",
        LINE,
        "they (unresolved)",
        None,
        before_said="the docks were safe",
        before_speaker="Chicolini",
    )
    assert facts._occasions(unresolved) == set()


NEWSNIGHT = (
    "a",
    "Chicolini spoke again.",
    f"In a statement to Newsnight, Chicolini said {LINE}.",
    LINE,
    "Chicolini",
    "chicolini",
)
LORDS = (
    "b",
    'The claims were "wholly unfounded", he insisted during stormy Lords exchanges.',
    f"Chicolini said {AGAIN}.",
    AGAIN,
    "Chicolini",
    "chicolini",
)
LORDS_OPTIONS = {"before_said": 'The claims were "wholly unfounded"', "before_speaker": "he (unresolved)"}


def test_one_speakers_line_on_two_occasions_is_two_statements(monkeypatch):
    newsnight, lords = account(*NEWSNIGHT), account(*LORDS, **LORDS_OPTIONS)
    assert facts.same_speaker(newsnight, lords)
    assert facts._one_speaker_on_two_occasions(newsnight, lords)
    assert not facts._pair_ok(newsnight, lords, 0.6, facts.GROUP_THRESHOLD)
    monkeypatch.setattr(facts, "_one_speaker_on_two_occasions", lambda *args: False)
    assert facts._pair_ok(newsnight, lords, 0.6, facts.GROUP_THRESHOLD)


def test_one_speakers_line_on_one_occasion_or_none_named_is_kept():
    newsnight = account(*NEWSNIGHT)
    again = account("c", "Chicolini spoke on the BBC.", f"He told Newsnight {AGAIN}.", AGAIN, "Chicolini", "chicolini")
    assert not facts._one_speaker_on_two_occasions(newsnight, again)  # one programme
    plain = account("d", "Chicolini spoke again.", f"Chicolini said {AGAIN}.", AGAIN, "Chicolini", "chicolini")
    assert not facts._one_speaker_on_two_occasions(newsnight, plain)  # one naming none says nothing
    assert facts._pair_ok(newsnight, plain, 0.6, facts.GROUP_THRESHOLD)
    # two speakers are left to `_two_occasions` among the meaning checks
    dock = account(
        "e", "The Dock Party spoke again.", f"The Dock Party told MPs {AGAIN}.", AGAIN, "Dock Party", "dock-party"
    )
    assert not facts._one_speaker_on_two_occasions(newsnight, dock)
    assert facts._two_occasions(newsnight, dock)


def test_two_speakers_occasions_read_from_the_sentence_before(monkeypatch):
    """Two speakers, one told at a conference in the sentence before, the other in the Commons: two
    statements among the meaning checks (`_two_occasions`); kept when the sentence before is another's."""
    from test_nlp_embed import FakeEmbedder, _unit_pair

    from belreader.nlp import related

    def kept(first, second, first_options, second_options):
        built = [told(*first, **first_options), told(*second, **second_options)]
        analyses = [analysis for analysis, _ in built]
        accounts = facts._Accounts(analyses, {article.id: article for _, article in built}, {})
        one, two = _unit_pair(0.8)
        monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({first[3]: one, second[3]: two}))
        pair = (analyses[0].claims[-1].id, analyses[1].claims[-1].id)
        return bool(facts._by_meaning(related._index_for(analyses), accounts, {pair: (0.5, "")}))

    conference = (
        "a",
        "Speaking at the Harbour Party's spring conference, Chicolini claimed the docks were safe.",
        f"He said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
    )
    chicolini = {"before_said": "the docks were safe", "before_speaker": "Chicolini"}
    commons = (
        "b",
        "The Dock Party spoke again.",
        f"The Dock Party told MPs {AGAIN}.",
        AGAIN,
        "Dock Party",
        "dock-party",
    )
    assert not kept(conference, commons, chicolini, {})
    firefly = {"before_said": "the docks were safe", "before_speaker": "Firefly"}
    someone_else = (
        "c",
        "Speaking at the Harbour Party's spring conference, Firefly claimed the docks were safe.",
        f"Chicolini said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
    )
    assert kept(someone_else, commons, firefly, {})


def test_a_reporter_a_ruling_body_and_ruling_out_are_no_occasion():
    reporter = account(
        "a",
        "Analysing the speech, BBC correspondent Rufus Firefly said the docks would matter.",
        f"Firefly said {LINE}.",
        LINE,
        "Rufus Firefly",
        "rufus-firefly",
        before_said="the docks would matter",
        before_speaker="Rufus Firefly",
    )
    assert facts._occasions(reporter) == set()
    ruled_out = account(
        "b",
        "Chicolini has already ruled out a debate on the docks.",
        f"Chicolini said {LINE}.",
        LINE,
        "Chicolini",
        "chicolini",
    )
    assert facts._occasions(ruled_out) == set()
    body = account(
        "c", "Chicolini spoke again.", f"The harbour's ruling body said {LINE}.", LINE, "Harbour Party", "harbour-party"
    )
    assert facts._occasions(body) == set()
    # a ruling, and a channel spoken to, still are
    assert facts._OCCASIONS["court"].search("the ruling was overturned on appeal")
    assert facts._OCCASIONS["broadcast"].search("he told the BBC on Sunday")
    assert facts._OCCASIONS["broadcast"].search("in an interview with BBC political editor Rufus Firefly")
    assert facts._OCCASIONS["parliament"].search("during stormy Lords exchanges")
