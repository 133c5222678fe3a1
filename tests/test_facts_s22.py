"""One line on two occasions, told twice in a story (session 22, issue 14): a "he" left unresolved takes
the occasion of the sentence before ("Appearing at a poster launch, the harbour master praised the
dockers. And he claimed ..."); "at a ... launch" is an occasion; two speakers on two occasions are two
statements whatever figure both give; and a pair parted as two statements parts the line its story tells
again (the lead's summary of it, `_parted_with_their_lines`), which the rule that parted the first
telling cannot read. Sentences written here; analyses made by hand."""

from __future__ import annotations

import re

from test_facts_s13b import NAMES

from belreader import facts
from belreader.nlp.records import Analysis, Entity, Mention

from nlp_util import make_article, make_claim

SPEECH = "Dock Party plans to cut £35bn would cut deep into harbour services"
SUMMARY = "a Dock Party government would cut £35bn from harbour services, hitting schools and clinics"
LINE = "the Dock Party would cut £35bn from harbour services, the equivalent of sacking every docker"


def story(article_id: str, paragraphs: list[list[tuple[str, str, str]]]) -> tuple[Analysis, object]:
    """An article of `paragraphs`, each a list of sentences (text, what is said in it or "", speaker); a
    speaker among NAMES is resolved to its id, any other is left as written."""
    texts = [" ".join(sentence for sentence, _, _ in sentences) for sentences in paragraphs]
    article = make_article("\n\n".join(texts), article_id)
    body = article.body
    mentions: list[Mention] = []
    for name, (entity_id, label) in NAMES.items():
        for found in re.finditer(rf"\b{re.escape(name)}\b", body):
            if not any(m.start <= found.start() < m.end for m in mentions):
                paragraph = next(p.index for p in article.paragraphs if p.start <= found.start() < p.end)
                mentions.append(Mention(entity_id, name, label, found.start(), found.end(), paragraph))
    entities: dict[str, Entity] = {}
    for m in mentions:
        entities.setdefault(m.entity_id, Entity(m.entity_id, m.text, m.label, None, [m.text], 1))
    claims = []
    for paragraph, sentences in zip(article.paragraphs, paragraphs, strict=True):
        at = paragraph.start
        for sentence, said, speaker in sentences:
            start = body.index(sentence, at)
            at = start + len(sentence)
            if said:
                claims.append(
                    make_claim(
                        article_id,
                        said,
                        body.index(said, start),
                        paragraph=paragraph.index,
                        speaker=speaker,
                        speaker_id=NAMES[speaker][0] if speaker in NAMES else None,
                        sentence=(start, at),
                    )
                )
    return Analysis(article_id, "", "test", mentions, list(entities.values()), claims, []), article


CONFERENCE = [
    [("Chicolini rallied his party on Saturday.", "", "")],
    [
        (
            "Speaking at the Harbour Party's spring conference, Chicolini claimed the docks were safe.",
            "the docks were safe",
            "Chicolini",
        ),
        (f"He said {SPEECH}.", SPEECH, "Chicolini"),
    ],
]
LAUNCH = [
    [(f"Firefly claimed {SUMMARY}.", SUMMARY, "Firefly")],
    [
        (
            "Appearing at a Harbour Party poster launch, the harbour master praised the dockers.",
            "the dockers",
            "the harbour master",
        ),
        (f"And he claimed {LINE}.", LINE, "he (unresolved)"),
    ],
]


def accounts_of(*built) -> facts._Accounts:
    return facts._Accounts([a for a, _ in built], {article.id: article for _, article in built}, {})


def nth_id(accounts: facts._Accounts, article_id: str, n: int) -> str:
    """The id of the `n`th claim (from 1, in the text's order: claim ids sort so) of `article_id`."""
    return sorted(c for c in accounts.owner if c.split("#")[0] == article_id)[n - 1]


def nth(accounts: facts._Accounts, article_id: str, n: int) -> facts.Account:
    """The account of the `n`th claim of `article_id` (`nth_id`)."""
    return accounts[nth_id(accounts, article_id, n)]


def test_an_unresolved_he_takes_the_occasion_of_the_sentence_before():
    launch = story("p", LAUNCH)
    he = nth(accounts_of(launch), "p", 3)
    assert he.claim.speaker == "he (unresolved)"
    assert facts._occasions(he) == {"launch"}
    # the "he" resolved: the pronoun still takes up the sentence before, which never names Firefly
    resolved = story("r", [[LAUNCH[1][0], (f"And he claimed {LINE}.", LINE, "Firefly")]])
    assert facts._occasions(nth(accounts_of(resolved), "r", 2)) == {"launch"}
    named = story("n", [[LAUNCH[1][0], (f"Firefly claimed {LINE}.", LINE, "Firefly")]])
    assert facts._occasions(nth(accounts_of(named), "n", 2)) == set()  # named, not taken up: another's occasion
    # no claim and no person in the sentence before: nothing says the pronoun was there
    posters = story(
        "q",
        [
            [
                ("Posters went up at the launch of the Harbour Party campaign.", "", ""),
                (f"He claimed {LINE}.", LINE, "he (unresolved)"),
            ]
        ],
    )
    assert facts._occasions(nth(accounts_of(posters), "q", 1)) == set()
    # any other speaker left unresolved takes none ("they" may be the posters)
    they = story("r", [[LAUNCH[1][0], (f"They claimed {LINE}.", LINE, "they (unresolved)")]])
    assert facts._occasions(nth(accounts_of(they), "r", 2)) == set()


def test_a_launch_is_an_occasion_only_when_held():
    launch = facts._OCCASIONS["launch"]
    assert launch.search("appearing together at a Harbour Party poster launch")
    assert launch.search("speaking at the launch of its manifesto")
    assert launch.search("at Chicolini's campaign launch")
    assert not launch.search("the party plans to launch a poster campaign")
    assert not launch.search("aimed at helping firms to launch products")


def test_two_occasions_part_two_speakers_whatever_figure_both_give(monkeypatch):
    from test_nlp_embed import FakeEmbedder

    from belreader.nlp import related

    built = [story("g", CONFERENCE), story("p", LAUNCH)]
    accounts = accounts_of(*built)
    conference, launch = nth(accounts, "g", 2), nth(accounts, "p", 3)
    assert facts._occasions(conference) == {"conference"} and facts._two_occasions(conference, launch)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({}))  # one vector: as close as can be
    index = related._index_for([a for a, _ in built])
    parted: set[tuple[str, str]] = set()
    pair = (nth_id(accounts, "g", 2), nth_id(accounts, "p", 3))
    assert facts._by_meaning(index, accounts, {pair: (0.5, "")}, parted) == {}
    assert parted == {pair}
    monkeypatch.setattr(facts, "_two_occasions", lambda *args: False)
    assert facts._by_meaning(index, accounts, {pair: (0.5, "")})  # the figure both give kept it


def test_one_line_in_one_story():
    launch = accounts_of(story("p", LAUNCH))
    summary, he, praised = nth(launch, "p", 1), nth(launch, "p", 3), nth(launch, "p", 2)
    assert facts._one_line_in_one_story(summary, he)  # a person and a "he": the figure and the same words
    assert not facts._one_line_in_one_story(summary, praised)  # no figure
    # the figure alone, in other words, is not enough for a "he"
    other = accounts_of(story("s", [LAUNCH[0], [LAUNCH[1][0], (f"And he said {SPEECH}.", SPEECH, "he (unresolved)")]]))
    assert facts._shared_figure(nth(other, "s", 1), nth(other, "s", 3)) is not None
    assert not facts._one_line_in_one_story(nth(other, "s", 1), nth(other, "s", 3))
    # one speaker's figure told twice in one story is; two speakers' is not
    twice = accounts_of(story("t", [LAUNCH[0], [(f"Firefly later said {SPEECH}.", SPEECH, "Firefly")]]))
    assert facts._one_line_in_one_story(nth(twice, "t", 1), nth(twice, "t", 2))
    two = accounts_of(story("u", [LAUNCH[0], [(f"Chicolini later said {SPEECH}.", SPEECH, "Chicolini")]]))
    assert not facts._one_line_in_one_story(nth(two, "u", 1), nth(two, "u", 2))
    # claims of two stories are not one story's
    assert not facts._one_line_in_one_story(summary, nth(accounts_of(story("g", CONFERENCE)), "g", 2))


def test_a_line_parted_on_two_occasions_is_parted_where_its_story_tells_it_again(monkeypatch):
    """The speech at the conference and the line at the poster launch: parted by their occasions; the
    launch story's lead tells the same line in its words without the occasion, and would otherwise group
    with the speech."""
    from test_nlp_embed import FakeEmbedder

    from belreader.nlp import related

    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({}))
    # other stories, so that words both share are rarer than words every story has
    timetable = "the bus timetable of district {} would change"
    others = [
        story(f"f{i}", [[(f"The council said {timetable.format(i)}.", timetable.format(i), "the council")]])
        for i in range(8)
    ]
    built = [story("g", CONFERENCE), story("p", LAUNCH), *others]
    analyses, articles = [a for a, _ in built], [article for _, article in built]
    assert facts.build_fact_groups(analyses, articles, meaning=True) == []
    monkeypatch.setattr(facts, "_parted_with_their_lines", lambda *args: set())
    groups = facts.build_fact_groups(analyses, articles, meaning=True)
    accounts = accounts_of(*built)
    assert [g.claim_ids for g in groups] == [
        [nth_id(accounts, "g", 2), nth_id(accounts, "p", 1)]
    ]  # the lead's summary, with the speech


# --------------------------------------------------------------------------- session 22c: one thing named, nothing said of it

TRUTH = "the public deserves to know the truth about cheap imported cement"
SOLD = "he gave them cheap imported cement"
SOLD_BEFORE = "he gave them cheap imported cement before the harbour wall collapsed"


def said_by(article_id: str, said: str, speaker: str, before: str = "", after: str = "."):
    return story(article_id, [[(f"{before}{said}{after}", said, speaker)]])


def pair(one, other) -> tuple[facts.Account, facts.Account]:
    accounts = accounts_of(one, other)
    return accounts[one[0].claims[0].id], accounts[other[0].claims[0].id]


def test_two_claims_sharing_only_the_thing_they_name_say_nothing_alike():
    announced = said_by("a", TRUTH, "Chicolini", "Chicolini said: ")
    alleged = said_by("b", SOLD, "his (unresolved)", "The mayor sued Chicolini over his claim that ")
    assert facts._only_the_thing_named(*pair(announced, alleged))
    # the same words beside the thing ("he gave them"): one allegation told twice
    told = said_by("c", SOLD_BEFORE, "Chicolini", "Chicolini said ")
    assert not facts._only_the_thing_named(*pair(told, alleged))
    # one speaker's two claims are left to the one-speaker rules
    assert not facts._only_the_thing_named(*pair(announced, said_by("d", SOLD, "Chicolini", "Chicolini said ")))


def test_the_thing_named_is_a_noun_phrase_with_nothing_else_shared():
    announced = said_by("a", TRUTH, "Chicolini", "Chicolini said: ")
    # an action both state
    ban = said_by("b", "the harbour master will ban cheap imported cement", "Firefly", "Firefly said ")
    voted = said_by("c", "the council voted to ban cheap imported cement", "Chicolini", "Chicolini said ")
    assert not facts._only_the_thing_named(*pair(ban, voted))
    # a figure both give
    tonnes = "the public deserves to know the truth about 40 tonnes of cement"
    sold = said_by("d", "he sold them 40 tonnes of cement", "his (unresolved)", "He was sued over his claim that ")
    assert not facts._only_the_thing_named(*pair(said_by("e", tonnes, "Chicolini", "Chicolini said: "), sold))
    # a name both give is more than the thing
    named = "the public deserves to know the truth about Freedonia cement"
    freedonia = said_by("f", "he sold them Freedonia cement", "his (unresolved)", "He was sued over his claim that ")
    assert not facts._only_the_thing_named(*pair(said_by("g", named, "Chicolini", "Chicolini said: "), freedonia))
    # a phrase that opens with a verb form is the act both tell
    dodging = said_by("h", "the harbour master of dodging awkward choices", "Firefly", "Firefly accused ")
    mayor = said_by("i", "the mayor of dodging awkward choices", "Chicolini", "Chicolini accused ")
    assert not facts._only_the_thing_named(*pair(dodging, mayor))
    # more than one phrase shared
    two = said_by("j", "he sold them cheap imported cement and the truth about it", "his (unresolved)", "Sued: ")
    assert not facts._only_the_thing_named(*pair(announced, two))


def test_the_cosine_alone_does_not_keep_two_claims_sharing_only_the_thing_named(monkeypatch):
    from test_nlp_embed import FakeEmbedder, _unit_pair

    from belreader.nlp import related

    built = [
        said_by("a", TRUTH, "Chicolini", "Chicolini said: "),
        said_by("b", SOLD, "his (unresolved)", "The mayor sued Chicolini over his claim that "),
    ]
    accounts = accounts_of(*built)
    va, vb = _unit_pair(0.64)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({TRUTH: va, SOLD: vb}))
    index = related._index_for([a for a, _ in built])
    edges = {(nth_id(accounts, "a", 1), nth_id(accounts, "b", 1)): (0.6, "")}
    assert facts._by_meaning(index, accounts, dict(edges)) == {}
    monkeypatch.setattr(facts, "_only_the_thing_named", lambda *args: False)
    assert facts._by_meaning(index, accounts, dict(edges)) == edges
