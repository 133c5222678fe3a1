"""Fact groups: the claims of different articles that report one fact, and how they differ.

`build_fact_groups(analyses, articles)` groups claims from different articles that report the
same fact or event; `compare(group)` lays the accounts side by side (who said it, how, through
which outlet, the exact words, the numbers and dates) and states in words how they differ;
`disagreements(groups)` ranks the comparisons, most different first. `to_json`, `to_markdown`
and `to_csv` write a comparison with full citations.

What "the same fact" means is decided by related claims (`belreader.nlp.related`: shared
actors, normalised amounts and specific predicate words, never incidental words, weekdays or a
number alone). Grouping is stricter than a related-claims list, because a group is presented as
one fact:

- a pair must score at least `GROUP_THRESHOLD` (below it nothing is grouped: ungrouped is
  better than wrong);
- dates that cannot be the same event veto a pair: full dates more than `DATE_WINDOW_DAYS`
  apart, or months that differ ("September 14" and "September 15" can be one event told two
  ways, and are flagged; "March 3" and "June 9" cannot);
- two accounts that both give amounts of money (or counts of the same thing) and share none
  of them need `CONFLICT_THRESHOLD`: it is more likely two facts than one fact misreported;
- two tallies of a vote (or a match), none the same, are two votes: "passed 8-1" / "voted
  unanimously" ("9-0" is unanimous) (`_two_tallies`);
- figures are for a period ("in January", "the three months to March", "in 2004", "last
  month", resolved against the article's date when it has one; from the story's lead when
  the sentence gives none): two accounts whose figures are for periods that cannot be one
  are two statistics, even when a number coincides; a figure a claim gives for another
  period as a comparison ("after a 0.6% rise in November") is not what it reports
  (`figure_periods`);
- a shared figure is evidence only with a word of what it measures next to it in both
  claims ("retail sales rose 0.6%"; a count's unit says it: "3,000 firms"), not a number alone;
- one speaker's two claims in two articles are one fact only when about the same thing
  (`_about_the_same_thing`): worded alike, or the same actor or object named with more said
  of it, or the same figure of the same thing (a shorter claim worded alike with one sentence of a
  longer quotation, more than one phrase shared, is that remark retold: `_alike_in_a_sentence`);
  two remarks each about other people, or sharing a topic's words, are two facts;
- topic phrases (`topic_phrases`: two words side by side that many speakers use, "debt
  relief", "general election") say what claims are about, not what they say: their words
  count as shared only between claims near word for word the same, or when one claim says
  all the other says;
- with the embedding model (`meaning`), meaning splits what the words cannot: pairs under
  `MEANING_SPLIT` stay only when the same words are said (near word for word, four words in a
  row, a phrase one quotes); one speaker's two claims under `SPEAKER_MEANING` need those, a
  figure of the same thing or the same action (`_one_remark_retold`: two remarks on one topic
  share its nouns, not what is done); two speakers' under `MEANING_EVIDENCE` need the same
  words said (`_said_alike`); two speakers on opposite sides are not kept by a figure that only
  names the thing both talk about ("the £3bn rebate") nor by an actor's title and name said
  alike (`_only_names_shared`, `_names_as_words`); two speakers sharing words only in a clause
  that says who someone is, or giving different shares of something, are two statements
  (`_shared_only_in_background`, `_two_statistics`), and so are two speakers' claims naming no
  actor of their own whose articles name no actor in common (`_apart_by_their_stories`), or whose
  articles are about two subjects (`_main_actors`, the actors named most: "earnings growth would
  slow" in an airline's results and in a story on steel firms: `_of_two_subjects`) unless the same
  words or a figure of the same thing are said; two
  speakers' claims are two statements when one answers the other's plan, claim or forecast, naming it
  as theirs ("his plan to cut £35bn": `_answers_the_other`, whatever figure both give), when one of two
  sources rejects someone else's claim or plan ("will not be taken in by Michael Howard's claims of
  £35bn": a response, with the claim and with another's response: `_a_rejection_of_anothers`), when
  one says what its speaker will do and the other names that speaker ("they can cut taxes through
  £35bn of savings" / "Tory plans to cut £35bn would cut deep": `_of_itself_and_of_it`), one makes a
  demand and the other not (`_demand_and_not`), one says what may, might or could happen and the other
  nothing to come ("the bank may raise rates" / "the bank voted to hold rates": `_a_possibility_and_a_fact`,
  whatever figure both give), one tells what someone felt or thought and the
  other what was said (`_a_mind_and_a_statement`), each says what it will do itself
  (`_each_of_itself`), or they name different places (`_two_places`); one claim naming a person
  whom the other's whole article never names is what that person did, another statement
  (`_someone_the_other_never_names`, whatever figure both give); two claims sharing no word but the
  title both give an actor they both name ("a bid by state gas monopoly Gazprom" / "a front for gas
  monopoly Gazprom") share the actor, not what is said of it (`_only_a_title_shared`);
- two occasions the words do not name keep any pair apart: times of speaking the sentences give
  ("said on Sunday", "last month", resolved against each article's date) more than
  `DATE_WINDOW_DAYS` apart, or two sources that cannot be one side reported more than
  `OCCASION_GAP_DAYS` apart (`_said_at_two_times`); a reply to someone the other's story never
  names, or to the other's speaker (`_answers_someone_else`); two leads giving one actor different
  occasions of its own ("Gordon Brown's pre-Budget report" / "Gordon Brown's Budget":
  `_two_occasions_of_one_actor`); and, between two speakers, two programmes, channels or named
  gatherings (`_two_broadcasts`, with `_two_occasions`, whatever figure both give: "at Labour's spring
  conference" / "at a Labour poster launch"); one speaker's line told after two occasions
  of two kinds or two programmes (`_one_speaker_on_two_occasions`: "in a statement to Newsnight" /
  "during Lords exchanges"); where a claim's own sentence names no occasion, the sentence before it in
  its paragraph gives it when that sentence is about the speaker (`_occasion_before`: "Speaking at the
  party's conference, Chicolini claimed ... He said ..."), or, for a "he" or "she" left unresolved,
  about a person;
- a pair parted as two statements whatever they share (a reply to the other's claim or plan, a side's
  word of itself and another's of it, two occasions) parts the lines its claims' stories tell again
  too (`_parted_with_their_lines`): the lead's summary of a line and the paragraph giving it in full
  (`_one_line_in_one_story`) are one statement, and the rule that parted one often cannot read the
  other (a "he" left unresolved, a summary without its occasion);
- a line said on many occasions (a party's stock line) is kept apart when told in other words (not
  near word for word, no figure both give): in two articles no other pair links, by two people
  (`_two_people`: a person or an unnamed spokesman each) or quoted in two quotations that share no
  run of words (`_two_quotations`) (`_lines_said_twice`); or after an occasion the lead gives a
  person ("Gordon Brown's Budget") in a story that never names that person
  (`_an_occasion_the_other_never_names`);
- a fragment (a few words, kept whatever the cosine) is one statement with the claim of another
  identified source only when the same words are said or an exact amount (`_two_sources`): a stock
  line ("the plans are affordable") is said by many, on many occasions;
- a group is a clique: every two of its claims are such a pair (no chaining A-B-C where A and
  C are about different things), it holds one claim per article, and a claim is in one group;
- duplicate articles (the same text under two names, or an edited copy, as BBC has: the
  duplicate groups search folds: the index's keys, or `duplicates.group_keys`) are one account: the first by id is
  kept and the others are listed in `Account.duplicates`, so a copy never makes a group with
  itself (nor a "comparison" of a story with its own reprint).

Groups of one are dropped. Everything here is plain data; nothing imports the UI.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

import numpy as np

from belreader.article import Article
from belreader.duplicates import duplicate_groups
from belreader.export import Passage, citation, clean_text, markdown_text
from belreader.nlp import occasions, related
from belreader.nlp.claims import split_sentences
from belreader.nlp.people import HONORIFICS, PEERAGES
from belreader.nlp.records import Analysis, Claim, Mention
from belreader.nlp.related import FIGURE_VERBS, NAME_LABELS, content_words, stem
from belreader.nlp.sources import alternation
from belreader.quantities import (
    CURRENCY_WORDS,
    MONTHS,
    NUMBER_WORDS,
    SCALES,
    DateValue,
    Quantity,
    parse_article_date,
    parse_dates,
    parse_quantities,
    singular,
)

GROUP_THRESHOLD = 0.35  # the least related-claims score of a pair in a group
CONFLICT_THRESHOLD = 0.5  # ...when both give amounts of one kind and share none of them
DATE_WINDOW_DAYS = 2  # full dates further apart than this are different events
CANDIDATES = 12  # related claims looked at per claim
# Meaning (belreader/nlp/embed.py, when its model wheel is installed): a pair whose sentence embeddings
# are further apart than this is two statements on one subject, not one fact ("likely to be lifted in six
# months" / "he also wanted it to end": 0.25), unless one is a fragment, they are worded alike
# (`_worded_alike`: one remark retold, "an appropriate and timely initiative" / "the initiative was
# 'sensible, timely and appropriate'" is 0.38), or they share an exact amount
MEANING_SPLIT = 0.45
STRONG_THRESHOLD = 0.5  # a pair below this needs a shared amount (as typed values) or...
MIN_SHARED_WORDS = 3  # ...this many shared content words: one name and a word or two is a topic, not a fact
MIN_SHARED_WORDS_STRONG = 2  # above it, still two words or an amount: "Howard" + "frightened" is two stories
SAME_WORDING = 0.7  # from here two claims are worded alike: no shared actor is needed
# The same speaker in two articles (a spokesman's readout retold): related claims' cosine
# punishes a long account of a short one, so these pairs are scored by how much of the shorter
# claim the longer one covers, and need a shared phrase with a rare word.
SPEAKER_COVERAGE = 0.3  # the least share of the shorter claim's weight the pair shares
SPEAKER_RARE_FRACTION = 0.002  # a word in at most this share of claims (or 3) is rare
# ...and, whichever way they were found, one speaker's two claims are one remark only when
# about the same thing (`_about_the_same_thing`): worded alike means sharing this share of
# the shorter claim's content words and this share of the longer one's.
ALIKE_SHORTER = 0.5
ALIKE_LONGER = 0.3
MEASURE_REACH = 25  # characters either side of a figure (within its clause) that say what it measures
# A topic phrase: two content words side by side ("debt relief", "tuition fees", "black hole")
# in the claims of at least this many speakers. It says what a claim is about, not what it
# says: one speaker's two remarks on debt relief share it and little else.
TOPIC_SPEAKERS = 4
SAID_OF_IT = 2  # shared words besides names and topic phrases that one speaker's two claims need
VERBATIM = 0.8  # one speaker's two claims sharing this share of each one's words: one remark, whatever its topic
# One speaker's two remarks on one topic ("the embargo is likely to be lifted within six months" / "more
# export licences were refused under the code") score as close in meaning as one remark told twice. With
# the embedding model, one speaker's two claims under this cosine are one remark only with evidence of
# what was said (`_one_remark_retold`): a run of the same words, a phrase one quotes, a figure, or the
# same action (a verb both use: "agreed to begin talks" / "had agreed to reopen talks").
SPEAKER_MEANING = 0.72
SAME_RUN = 4  # this many words in a row, the same in both: one remark retold
QUOTED_PHRASE_WORDS = 10  # a phrase in quotation marks inside a report is at most this long
# Two speakers' claims this far apart in meaning (but above `MEANING_SPLIT`) are one fact only with the same
# evidence of what was said, the action aside: two coaches' remarks after their matches, a promise and a critic
# of it ("deprived of their liberty on the say so of a politician" / "the biggest attack on civil liberties")
MEANING_EVIDENCE = 0.55
# Two speakers' claims on one question, one saying it in the negative and the other not ("we will make
# commitments on tax at the time of the manifesto" / "he would not make any tax commitments until the
# manifesto"; "the bill would allow euthanasia" / "concessions were not a political ploy"), are two sides'
# statements, not one fact, unless the same words are said (near word for word, a run of `SAME_RUN` words, a
# figure of the same thing) or they are as close as a paraphrase (`POLARITY_MEANING`). A phrase in quotation
# marks is how a reply names what it answers ("control orders", "unremittingly New Labour"), so here it is no
# evidence. A denial told by its verb ("Brown denied his forecasts were too optimistic") is not a negative
# statement.
POLARITY_MEANING = 0.9
_NEGATIVE = re.compile(r"\b(?:not|never|no|nor|none|cannot)\b|n't\b|n’t\b", re.IGNORECASE)
# On opposite sides a figure that names the thing both talk about ("Britain's £3bn rebate is not up for
# renegotiation" / "the UK's £3bn rebate is unjustified"; "an $11bn fraud" in two witnesses' testimonies) is,
# like a quoted phrase, how each names its subject, not what it says of it: no evidence of one statement. A
# figure names a thing when it stands between a determiner or a possessive and the noun it qualifies
# (`_names_a_thing`); a change ("a 0.6% rise") is what a claim reports, not a name.
_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_CHANGE_NOUNS = frozenset(
    "rise rises fall falls increase increases cut cuts drop drops jump jumps growth decline declines gain gains "
    "loss losses boost hike hikes reduction reductions surge slump".split()
)
# A clause that says who someone is (", who has won two awards for his role in Closer,"; ", which will drive the
# new console,"; " - the clearing house that settles trades -") describes an actor, it is not what the claim
# says of it: two speakers' claims whose shared
# words are only in such a clause (names aside) are two statements (a run-on claim holding another speaker's
# introduction shares the words of his own remark).
_BACKGROUND = re.compile(r",\s+(?:who|which|whose)\b[^,]*(?:,|$)|\s[-–—]\s+(?:the|a|an)\s[^-–—]*(?:\s[-–—]\s|$)")
# Two speakers' claims that each give a share of something ("about 75% of spam", "nearly a third of users")
# and no share in common are two statistics on one subject, not one figure told two ways (from
# `POLARITY_MEANING` up they are a paraphrase, and the figures are flagged as disagreeing).
_FRACTIONS = {"half": Decimal(50), "third": Decimal(100) / 3, "quarter": Decimal(25), "fifth": Decimal(20)}
_SHARE = re.compile(
    r"\b(?:(?P<qualified>(?:than|nearly|about|almost|over|under|around|roughly|some)\s+)(?:a|one)?[\s-]*"
    r"(?P<q>half|third|quarter|fifth)|(?:a|one)[\s-]+(?P<of>half|third|quarter|fifth)(?=\s+of\b)|"
    r"(?P<half>half)(?=\s+(?:of|their|its|the)\b))",
    re.IGNORECASE,
)
_NOT_A_NOUN = frozenset(
    "was were is are be been has had have will would and or but for from in of on to by with per at as than".split()
)

# Words that state an amount, not what it is of ("hundreds of millions of pounds"): two claims
# sharing them share a number, which the amount tests judge; they are not shared words.
_AMOUNT_WORDS = frozenset(
    stem(w)
    for w in [*SCALES, *CURRENCY_WORDS, *NUMBER_WORDS, "hundred", "thousand", "per", "cent", "percent", "percentage"]
    for w in (w, f"{w}s")
)
# the verbs figures move with, one form each: "rose 0.8%" and "a 0.8% rise" measure one thing
_FIGURE_VERBS = {stem(form): stem(verb) for verb, forms in FIGURE_VERBS.items() for form in forms}
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_CAPITALISED = re.compile(r"(?<![.!?:\"“‘'(]\s)(?<!^)\b[A-Z][a-z]+")

# reporting verb (lemma) -> the stance it gives the account
STANCE_VERBS = {
    "confirmed": frozenset(
        "confirm acknowledge admit concede verify corroborate reaffirm reiterate affirm certify".split()
    ),
    "denied": frozenset("deny reject dismiss refute rebut dispute contradict disown disavow".split()),
    "claimed": frozenset("claim allege insist assert accuse argue maintain contend charge purport".split()),
}
STANCES = ("reported", "claimed", "confirmed", "denied")

# how much each kind of difference weighs in `disagreements`
SEVERITY = {"amount": 3.0, "date": 2.5, "stance": 2.0, "polarity": 2.0, "attribution": 1.0, "omission": 0.5}


# "dismissed the Budget as a gimmick", "rejected the plan as unworkable": a view of the thing named, so a
# claim; what is denied is something said ("dismissed the claims as nonsense", "rejected suggestions
# that ..."), and so is a pronoun, which may stand for either
_NAMING_AS = re.compile(r"(?P<object>(?:[^\s]+\s+){1,8}?)as\s+\S", re.IGNORECASE)
_SOMETHING_SAID = re.compile(
    r"\b(?:claim|suggestion|report|allegation|accusation|charge|criticism|speculation|rumou?r|idea|notion"
    r"|fear|warning|assertion|comment|remark|talk|prediction|forecast|figure|view|argument|story|stories"
    r"|assessment|estimate|concern|complaint|research|study|studies|survey|poll|finding|evidence|analysis"
    r"|statistic|data)s?\b",
    re.IGNORECASE,
)


def stance_of(claim: Claim) -> str:
    """claimed, confirmed, denied or reported, from the reporting verb's lemma; a rejection that names
    what it rejects "as" something (`_NAMING_AS`) is a claim about it unless that is something said."""
    verb = (claim.verb or "").lower()
    if verb in ("dismiss", "reject"):
        naming = _NAMING_AS.match(claim.content)
        if (
            naming
            and not _SOMETHING_SAID.search(naming["object"])
            and not re.fullmatch(r"(?:it|them|this|that|these|those)\s+", naming["object"], re.IGNORECASE)
        ):  # "dismissed them as nonsense": what "them" is, the claim does not say
            return "claimed"
    for stance, verbs in STANCE_VERBS.items():
        if verb in verbs:
            return stance
    return "reported"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SaidOn:
    """The occasions an account's sentence names outside the claim's words (or the sentence before's,
    `said_before`): the kinds of occasion (`_OCCASIONS`), the programmes and channels (`_broadcasts`)
    and the named gatherings (`_venues`)."""

    kinds: frozenset[str]
    programmes: frozenset[str]
    channels: frozenset[str]
    venues: frozenset[str]


@dataclass(slots=True)
class Account:
    """One article's report of the fact: the claim, where it is, and what it states."""

    claim: Claim
    passage: Passage  # the verbatim span with its full citation (title, publisher, date, para., URL or path)
    sentence: str  # the whole sentence around it
    stance: str
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)  # canonical id -> name as written, speaker excluded
    duplicates: list[str] = field(default_factory=list)  # ids of articles with the same or nearly the same text
    outlet_names: dict[str, str] = field(default_factory=dict)  # outlet id -> name as its article's sources give it
    people: list[str] = field(default_factory=list)  # the ids of `entities` that are people
    # The period its figures are for ("in January", "the three months to March"; from the
    # lead when the sentence gives none) and the figures of other periods it cites as a
    # comparison ("after a 0.6% rise in November"): see `figure_periods`.
    periods: list[Period] = field(default_factory=list)
    context_figures: list[Quantity] = field(default_factory=list)
    # the topic phrases of the corpus that the claim uses (`topic_phrases`), as sorted stem pairs
    topic_pairs: frozenset[tuple[str, str]] = frozenset()
    # the actors its article names (`_story_actors`): what a claim naming none of its own is about
    story_actors: frozenset[str] = frozenset()
    # the actors its article is about: named most often (`_main_actors`); what the words of a claim
    # naming no actor of its own are said of
    main_actors: frozenset[str] = frozenset()
    # the places and peoples its words name ("the UK", "Americans"): where what it says happens
    places: frozenset[str] = frozenset()
    # Who the speaker is, for comparing attributions (`_attribution_differences`): the
    # speaker's entity label (PERSON, ORG...; "" when unresolved), the names its article gives
    # anyone (entity ids and each name's last word, lower case: does an article that calls
    # the speaker "the prime minister" name Blair?) and the entities named right next to the
    # speaker ("Lib Dem leader Charles Kennedy", "Jane Roe, the union's director")
    speaker_label: str = ""
    article_names: frozenset[str] = frozenset()
    speaker_ties: frozenset[str] = frozenset()
    # the stems of the words just before the speaker's name, outside anything said: its title
    # ("assistant information commissioner Phil Jones")
    speaker_title: frozenset[str] = frozenset()
    # When it was said (`_said_at_two_times`): the article's date, and the days the sentence says
    # the words were spoken ("said on Sunday", "told MPs last month"), from the first to the last
    published: date | None = None
    spoken: tuple[date, date] | None = None
    # who the sentence says the claim answers ("responding to Mr Wyatt", "rejected Chicolini's
    # claims"): their ids and names' last words (`_answers_someone_else`)
    answering: frozenset[str] = frozenset()
    # the occasions its article's lead gives an actor ("Gordon Brown's pre-Budget report"): owner's
    # name (lower case) -> (kind, words) of each (`_own_occasions`, `_two_occasions_of_one_actor`)
    lead_occasions: dict[str, frozenset[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # the owners of those occasions that are people: a word of a person's name in the article
    # (`_an_occasion_the_other_never_names`)
    occasion_people: frozenset[str] = frozenset()
    # where the words were said, from the sentence before the claim's in its paragraph when the
    # claim's own sentence names no occasion and that sentence is about its speaker ("Speaking at the
    # party's conference, Mr Chicolini claimed ... He said ..."), outside what is said in it
    # (`_occasion_before`); "" otherwise
    said_before: str = ""
    # whether the sentence (outside the claim and any clause saying who someone is) or `said_before`
    # names an occasion: two accounts must both, for `_one_speaker_on_two_occasions` to read them
    said_where: bool = False
    # the occasions the sentence names (`_said_on`), worked out the first time a pair asks for them:
    # grouping compares an account with many others
    said_on: SaidOn | None = field(default=None, repr=False, compare=False)

    @property
    def article_id(self) -> str:
        return self.claim.article_id

    @property
    def outlets(self) -> list[str]:
        """The outlets the account cites, by name ("The Moscow Times", not its id)."""
        return [self.outlet_names.get(outlet, outlet) for outlet in self.claim.outlets]

    @property
    def attribution(self) -> str:
        """ "Peskov via TASS", "Putin", "(no speaker)"."""
        who = self.claim.speaker or "(no speaker)"
        return f"{who} via {', '.join(self.outlets)}" if self.claim.outlets else who


@dataclass(slots=True)
class FactGroup:
    """Accounts in different articles of one fact, with the weakest pair's score and what
    they share (from related claims)."""

    id: str  # "fact:" + the first claim id: stable while the claims are
    accounts: list[Account]
    score: float
    shared: list[str] = field(default_factory=list)  # "same entity: imf", "same number: 1.5 billion usd", ...

    @property
    def claim_ids(self) -> list[str]:
        return [a.claim.id for a in self.accounts]

    @property
    def article_ids(self) -> list[str]:
        return [a.article_id for a in self.accounts]


@dataclass(slots=True)
class Row:
    """One account in a comparison, ready to print."""

    claim_id: str
    article_id: str
    title: str
    publisher: str | None
    author: str | None
    date: str | None
    url: str | None
    path: str
    paragraph: int  # 1-based
    speaker: str
    verb: str  # as written ("confirmed"), or the lemma
    stance: str
    negated: bool
    outlets: list[str]  # by name
    span: str  # the exact words
    amounts: list[str]  # as written
    amounts_normalised: list[str]
    dates: list[str]
    dates_normalised: list[str]
    citation: str
    duplicates: list[str] = field(default_factory=list)
    outlet_ids: list[str] = field(default_factory=list)  # the outlets' entity ids, as `outlets` orders them
    # where the sentences of `span` that the other accounts report are, as (start, end) offsets into
    # it, when they are only part of it (a quotation run on past what the others quote); else empty
    shared_spans: list[tuple[int, int]] = field(default_factory=list)
    # the claim's `Claim.fingerprint`: a saved comparison re-opened later asks for this claim with it
    # (`belreader related ID --fingerprint F`), never another one found since where it started
    claim_fingerprint: str = ""


@dataclass(slots=True)
class Difference:
    kind: str  # amount, date, attribution, stance, polarity, omission
    explanation: str  # one sentence, names the articles
    accounts: list[str]  # claim ids concerned
    severity: float


@dataclass(slots=True)
class Comparison:
    group_id: str
    rows: list[Row]
    differences: list[Difference]
    shared: list[str]
    score: float

    @property
    def severity(self) -> float:
        return sum(d.severity for d in self.differences)

    def to_dict(self) -> dict:
        return {
            "group": self.group_id,
            "score": self.score,
            "shared": list(self.shared),
            "severity": self.severity,
            "accounts": [_row_dict(r) for r in self.rows],
            "differences": [
                {"kind": d.kind, "explanation": d.explanation, "claims": list(d.accounts), "severity": d.severity}
                for d in self.differences
            ],
        }


def _row_dict(row: Row) -> dict:
    return {
        "claim": row.claim_id,
        "claim_fingerprint": row.claim_fingerprint,
        "article": row.article_id,
        "title": row.title,
        "publisher": row.publisher,
        "author": row.author,
        "date": row.date,
        "url": row.url,
        "path": row.path,
        "paragraph": row.paragraph,
        "speaker": row.speaker,
        "verb": row.verb,
        "stance": row.stance,
        "negated": row.negated,
        "outlets": list(row.outlets),
        "outlet_ids": list(row.outlet_ids),
        "span": row.span,
        "amounts": list(row.amounts),
        "amounts_normalised": list(row.amounts_normalised),
        "dates": list(row.dates),
        "dates_normalised": list(row.dates_normalised),
        "citation": row.citation,
        "duplicates": list(row.duplicates),
        "shared_spans": [list(piece) for piece in row.shared_spans],
    }


# --------------------------------------------------------------------------- accounts


def _claim_entities(claim: Claim, mentions: Sequence[Mention], labels: Iterable[str] = NAME_LABELS) -> dict[str, str]:
    found: dict[str, str] = {}
    labels = set(labels) - {"NORP"}
    for mention in mentions:
        if claim.start <= mention.start < claim.end and mention.label in labels:
            if mention.entity_id != claim.speaker_id:
                found.setdefault(mention.entity_id, mention.text)
    return found


def _claim_places(claim: Claim, mentions: Sequence[Mention]) -> frozenset[str]:
    """The places and peoples (nationalities) the claim's words name, speaker aside."""
    return frozenset(
        m.entity_id
        for m in mentions
        if claim.start <= m.start < claim.end and m.label in ("PLACE", "NORP") and m.entity_id != claim.speaker_id
    )


# how near (characters, same paragraph) a name must be to a mention of the speaker to tie them
TIE_WINDOW = 30


def _name_keys(name: str) -> set[str]:
    """What matches a name across articles: its last word ("Tony Blair", "tony-blair", "Mr
    Blair" all give "blair")."""
    words = re.split(r"[\s-]+", name.lower().strip())
    return {words[-1]} if words and words[-1] else set()


def _article_names(analysis: Analysis) -> frozenset[str]:
    names: set[str] = {m.entity_id for m in analysis.mentions}
    for entity in analysis.entities:
        names.add(entity.id)
        for alias in [entity.name, *entity.aliases_seen]:
            names |= _name_keys(alias)
    return frozenset(names)


def _unsaid_mentions(analysis: Analysis) -> list[Mention]:
    """The article's mentions outside what anyone says: a name inside what someone says is what they
    talk about ("Ernst & Young said Gordon Brown's forecasts..."), not who they are."""
    said = [(c.start, c.end) for c in analysis.claims]
    return [m for m in analysis.mentions if not any(start <= m.start < end for start, end in said)]


@dataclass(frozen=True, slots=True)
class Story:
    """What an account takes from its whole article, worked out once per article (`story_of`)."""

    names: frozenset[str]  # `_article_names`
    unsaid: list[Mention]  # `_unsaid_mentions`
    # the occasions its lead gives an actor (`_own_occasions`), and those owners that are people
    lead_occasions: dict[str, frozenset[tuple[str, tuple[str, ...]]]]
    occasion_people: frozenset[str]


def story_of(analysis: Analysis, article: Article | None) -> Story:
    lead_occasions = _own_occasions(_first_paragraph(article)) if article is not None else {}
    return Story(
        _article_names(analysis), _unsaid_mentions(analysis), lead_occasions, _people_of(lead_occasions, analysis)
    )


def _speaker_ties(claim: Claim, analysis: Analysis, unsaid: Sequence[Mention] | None = None) -> frozenset[str]:
    """The entities named within `TIE_WINDOW` characters of a mention of the speaker, in its
    paragraph, outside what anyone says (`unsaid`, `_unsaid_mentions` of the analysis): who the
    speaker speaks for or belongs to, when the article says it."""
    if not claim.speaker_id:
        return frozenset()
    own = [m for m in analysis.mentions if m.entity_id == claim.speaker_id]
    return frozenset(
        m.entity_id
        for m in (_unsaid_mentions(analysis) if unsaid is None else unsaid)
        if m.entity_id != claim.speaker_id
        and any(
            s.paragraph == m.paragraph and m.start - TIE_WINDOW <= s.end and s.start <= m.end + TIE_WINDOW for s in own
        )
    )


def _affiliations(analyses: Iterable[Analysis]) -> dict[str, frozenset[str]]:
    """person id -> the organisations the corpus names right next to them, outside what anyone
    says ("Lib Dem leader Charles Kennedy" in one article ties Kennedy to the Lib Dems in an
    article that never says it): those met at least twice and at least half as often as the
    person's most frequent one (a leader named beside a rival party now and then is not of it)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for analysis in analyses:
        said = [(c.start, c.end) for c in analysis.claims]
        free = sorted(
            (m for m in analysis.mentions if not any(start <= m.start < end for start, end in said)),
            key=lambda m: m.start,
        )
        for i, person in enumerate(free):
            if person.label != "PERSON":
                continue
            for other in free[max(0, i - 4) : i + 5]:
                if (
                    other.label == "ORG"
                    and other.paragraph == person.paragraph
                    and other.start - TIE_WINDOW <= person.end
                    and person.start <= other.end + TIE_WINDOW
                ):
                    counts[person.entity_id][other.entity_id] += 1
    found: dict[str, frozenset[str]] = {}
    for person_id, orgs in counts.items():
        top = max(orgs.values())
        tied = frozenset(org for org, n in orgs.items() if n >= 2 and 2 * n >= top)
        if tied:
            found[person_id] = tied
    return found


def _speaker_title(claim: Claim, analysis: Analysis, article: Article) -> frozenset[str]:
    if not claim.speaker_id:
        return frozenset()
    said = [(c.start, c.end) for c in analysis.claims]
    found: set[str] = set()
    for m in analysis.mentions:
        if m.entity_id != claim.speaker_id or any(start <= m.start < end for start, end in said):
            continue
        before = article.body[max(0, m.start - TIE_WINDOW) : m.start]
        before = re.split(r"[.!?;:\n\"“”]", before)[-1]  # this sentence, this clause
        found |= {stem(w) for w in re.findall(r"[a-z]+", before.lower())}
    return frozenset(found)


# words of an organisation's name that say what kind it is, not which
_KIND_WORDS = frozenset(
    stem(w)
    for w in "the of and for office party group company association department ministry council union uk".split()
)


def _titled_by(person: Account, organisation: Account) -> bool:
    """The person's title names the organisation ("assistant information commissioner Phil Jones" /
    the Information Commissioner's Office): every word of the organisation's id but its kind."""
    words = {stem(w) for w in (organisation.claim.speaker_id or "").split("-")} - _KIND_WORDS
    return bool(words) and words <= person.speaker_title


def _speaker_label(claim: Claim, analysis: Analysis) -> str:
    if not claim.speaker_id:
        return ""
    for entity in analysis.entities:
        if entity.id == claim.speaker_id:
            return entity.label
    return next((m.label for m in analysis.mentions if m.entity_id == claim.speaker_id), "")


def make_account(
    claim: Claim,
    analysis: Analysis | None,
    article: Article | None,
    *,
    story: Story | None = None,
) -> Account:
    """An account of `claim`: its verbatim span and citation, stance, amounts and dates.
    `story` (`story_of` the analysis and article), when given, spares working out what the
    account takes from its whole article again for each claim of one article."""
    if story is None and analysis is not None:
        story = story_of(analysis, article)
    article_date = parse_article_date(article.date) if article is not None else None
    if article is not None and 0 <= claim.start <= claim.end <= len(article.body):
        span = article.body[claim.start : claim.end]
        sentence = article.body[claim.sentence_start : claim.sentence_end]
    else:
        span, sentence = claim.content, claim.content
    passage = Passage(
        quote=span,
        article_id=claim.article_id,
        article_path=str(article.path) if article is not None else "",
        paragraph=claim.paragraph,
        start=claim.start,
        end=claim.end,
        title=article.title if article is not None else claim.article_id,
        author=article.author if article is not None else None,
        publisher=article.publisher if article is not None else None,
        date=article.date if article is not None else None,
        url=article.url if article is not None else None,
        content_hash=article.content_hash if article is not None else "",
    )
    said_where = _names_an_occasion(_outside_the_claim(span, sentence))
    said_before = (
        _occasion_before(claim, analysis, article, story.unsaid)
        if not said_where and analysis is not None and article is not None and story is not None
        else ""
    )
    quantities = _stated_quantities(claim.content)
    periods, context_figures = figure_periods(claim.content, quantities, article_date)
    if quantities and not periods and article is not None:
        periods = _periods(_lead_text(claim, article), article_date)  # "in November" said in the lead
    return Account(
        claim=claim,
        passage=passage,
        sentence=sentence,
        stance=stance_of(claim),
        quantities=quantities,
        dates=_stated_dates(claim, article_date),
        entities=_claim_entities(claim, analysis.mentions if analysis is not None else ()),
        people=list(_claim_entities(claim, analysis.mentions if analysis is not None else (), ("PERSON",))),
        places=_claim_places(claim, analysis.mentions if analysis is not None else ()),
        outlet_names={s.id: s.name for s in analysis.sources if s.id in claim.outlets} if analysis is not None else {},
        periods=periods,
        context_figures=context_figures,
        speaker_label=_speaker_label(claim, analysis) if analysis is not None else "",
        article_names=story.names if story is not None else frozenset(),
        speaker_ties=_speaker_ties(claim, analysis, story.unsaid) if analysis is not None and story else frozenset(),
        speaker_title=(
            _speaker_title(claim, analysis, article) if analysis is not None and article is not None else frozenset()
        ),
        published=article_date,
        spoken=_spoken(claim, span, sentence, article_date),
        answering=(
            _answering(claim, analysis, article) or _answering_in_lead(claim, analysis, article)
            if analysis is not None and article is not None
            else frozenset()
        ),
        lead_occasions=story.lead_occasions if story is not None else {},
        occasion_people=story.occasion_people if story is not None else frozenset(),
        said_before=said_before,
        said_where=said_where or bool(said_before),
    )


def _people_of(occasions: Mapping[str, object], analysis: Analysis | None) -> frozenset[str]:
    """The owners of `occasions` that are a word of a person's name in the analysis."""
    if not occasions or analysis is None:
        return frozenset()
    words = {w.lower() for m in analysis.mentions if m.label == "PERSON" for w in m.text.split()}
    return frozenset(owner for owner in occasions if owner in words)


def _stated_quantities(text: str) -> list[Quantity]:
    """The amounts a claim states, one per value and unit; a bare number under 100 ("two") and
    durations of time are left out: they rarely say which fact it is."""
    seen: dict[Quantity, Quantity] = {}
    for quantity in parse_quantities(text):
        if quantity.unit == "" and quantity.value < 100:
            continue
        seen.setdefault(quantity, quantity)
    return list(seen.values())


def _stated_dates(claim: Claim, article_date: date | None) -> list[DateValue]:
    """Dates in the claim's words, then those the analysis attached to it (a cited report's date)."""
    seen: dict[DateValue, DateValue] = {}
    for value in parse_dates(claim.content, article_date):
        seen.setdefault(value, value)
    for text in claim.dates:
        for value in parse_dates(text, article_date):
            seen.setdefault(value, value)
    return list(seen.values())


# --------------------------------------------------------------------------- periods of figures


@dataclass(frozen=True, slots=True)
class Period:
    """What span of time a figure is for: `kind` "month", "year", "months-to:3" (the three
    months to a month), "quarter:4", "half:1"; `year` and `month` when known; `relative` the
    words of a relative period that could not be resolved ("last month" without the article's
    date)."""

    kind: str
    year: int | None = None
    month: int | None = None
    relative: str = ""
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)

    def agrees(self, other: Period) -> bool | None:
        """False when the two cannot be one period (a month and a year, January and March,
        the three months to March and March), None when there is no telling ("last month"
        unresolved and "in January")."""
        if self.kind != other.kind:
            return False
        if self.relative or other.relative:
            return True if self.relative == other.relative else None
        for mine, theirs in ((self.year, other.year), (self.month, other.month)):
            if mine is not None and theirs is not None and mine != theirs:
                return False
        return True


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}
_SPAN_PERIOD = re.compile(
    r"\b(?:the\s+)?(?:(?P<n>\d{1,2}|one|two|three|four|six|nine|twelve)\s+months?|(?P<unit>year|quarter))"
    r"\s+(?:to|ending|ended|until)\s+(?:(?:the\s+)?end\s+of\s+)?(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
    r"|\b(?P<q>first|second|third|fourth|final)[\s-]+quarter\b"
    r"|\b(?P<h>first|second)[\s-]+half\b",
    re.IGNORECASE,
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
PERIOD_REACH = 50  # characters between a figure and the period phrase that goes with it


def _periods(text: str, article_date: date | None) -> list[Period]:
    """The periods `text` names, in order: spans ("the three months to March", "the year to
    January", "the fourth quarter", "the first half"), months and years ("in January",
    "December 2004", "in 2004", "last month"). Dates with a day are events, not periods."""
    found: list[Period] = []
    for match in _SPAN_PERIOD.finditer(text):
        if match["q"]:
            found.append(Period(f"quarter:{_QUARTERS[match['q'].lower()]}", start=match.start(), end=match.end()))
        elif match["h"]:
            found.append(
                Period(f"half:{1 if match['h'].lower() == 'first' else 2}", start=match.start(), end=match.end())
            )
        elif match["month"][0].isupper():  # "to may" is a verb
            months = 12 if (match["unit"] or "").lower() == "year" else 3 if match["unit"] else None
            if months is None:
                n = match["n"].lower()
                months = int(n) if n.isdigit() else _COUNT_WORDS[n]
            year = int(match["year"]) if match["year"] else None
            month = MONTHS[match["month"].lower()]
            found.append(Period(f"months-to:{months}", year, month, start=match.start(), end=match.end()))
    taken = [(p.start, p.end) for p in found]
    for value in parse_dates(text, article_date):
        if value.day is not None or value.week or any(a <= value.start < b for a, b in taken):
            continue
        if value.relative:
            words = value.relative
            if not words.endswith(("month", "year")):
                continue  # "yesterday", "on Monday": days, not periods
            kind = "month" if words.endswith("month") else "year"
            found.append(Period(kind, relative=words, start=value.start, end=value.end))
        elif value.month is not None:
            found.append(Period("month", value.year, value.month, start=value.start, end=value.end))
        elif value.year is not None:
            found.append(Period("year", value.year, start=value.start, end=value.end))
    return sorted(found, key=lambda p: p.start)


def figure_periods(
    text: str, quantities: Sequence[Quantity], article_date: date | None = None
) -> tuple[list[Period], list[Quantity]]:
    """The period a claim's figures are for, and the figures it gives for other periods.

    Each figure takes the period phrase that follows it within `PERIOD_REACH` characters
    ("rose 0.6% in January"), else the one just before it ("In January, sales rose 0.6%"),
    never across another figure. The claim's period is its first such figure's; a figure of
    a period that cannot be the same ("dropped 1% in December, after a 0.6% rise in
    November") is a comparison, not what the claim reports."""
    periods = _periods(text, article_date)
    figures = sorted(quantities, key=lambda q: q.start)
    assigned: list[tuple[Quantity, Period]] = []
    for i, figure in enumerate(figures):
        after_limit = min(figure.end + PERIOD_REACH, figures[i + 1].start if i + 1 < len(figures) else len(text))
        before_limit = max(figure.start - PERIOD_REACH, figures[i - 1].end if i > 0 else 0)
        after = [p for p in periods if figure.end <= p.start <= after_limit]
        before = [p for p in periods if before_limit <= p.end <= figure.start]
        if after:
            assigned.append((figure, after[0]))
        elif before:
            assigned.append((figure, before[-1]))
    if not assigned:
        return [], []
    main = assigned[0][1]
    own = [main] + [p for _, p in assigned[1:] if main.agrees(p) is not False and p != main]
    context = [q for q, p in assigned if main.agrees(p) is False]
    return own, context


def _lead_text(claim: Claim, article: Article) -> str:
    """The words before the claim's sentence in its paragraph, else the article's first
    paragraph (the lead says which month a story's figures are for)."""
    paragraph = article.paragraph_at(claim.sentence_start)
    if paragraph is not None:
        before = article.body[paragraph.start : claim.sentence_start]
        if _periods(before, None):
            return before
    first = next((p for p in article.paragraphs if not p.is_heading), None)
    if first is None or (paragraph is not None and first.index == paragraph.index):
        return ""
    return article.body[first.start : first.end]


def _periods_conflict(a: Account, b: Account) -> bool:
    """Both state figures for a period, and no period of one can be a period of the other:
    "0.6% in January" and "0.6% in the three months to January" are two statistics."""
    if not (a.quantities and b.quantities and a.periods and b.periods):
        return False
    verdicts = [x.agrees(y) for x in a.periods for y in b.periods]
    return False in verdicts and True not in verdicts


# --------------------------------------------------------------------------- grouping


def _dates_conflict(a: Account, b: Account) -> bool:
    """True when no date of one can be a date of the other and some pair proves it."""
    if not a.dates or not b.dates:
        return False
    verdicts = []
    for x in a.dates:
        for y in b.dates:
            apart = x.days_apart(y)
            if apart is not None:
                if x.year is not None and y.year is not None and x.year != y.year:
                    verdicts.append(False)
                else:
                    verdicts.append(apart <= DATE_WINDOW_DAYS)
                continue
            agree = x.agrees(y)
            if agree is not None:
                verdicts.append(agree)
    return bool(verdicts) and not any(verdicts)


def _amounts_conflict(a: Account, b: Account) -> bool:
    """Both give money (or a count of the same thing) of one kind, and none of it is shared."""
    kinds_a = defaultdict(set)
    for q in a.quantities:
        if q.is_money or (q.unit and not q.is_percent):
            kinds_a[q.kind].add(q)
    for q in b.quantities:
        if q.kind in kinds_a and q in kinds_a[q.kind]:
            return False
    kinds_b = {q.kind for q in b.quantities}
    return any(kind in kinds_b for kind in kinds_a)


def _shared_actors(a: Account, b: Account) -> set[str]:
    """The entities both accounts are about: named in both claims' words, or the speaker of one
    named in the other ("Brown said ..." and "... Mr Brown's plans"). A speaker both share is
    not an actor of the fact: one speaker says many things."""
    shared = set(a.entities) & set(b.entities)
    for one, other in ((a, b), (b, a)):
        if one.claim.speaker_id and one.claim.speaker_id in other.entities:
            shared.add(one.claim.speaker_id)
    return shared


def _predicate_words(words: Iterable[str]) -> list[str]:
    """Shared words less those that only state an amount."""
    return [w for w in words if stem(w.lower()) not in _AMOUNT_WORDS]


def _words_near(text: str, quantity: Quantity) -> set[str]:
    """The content words (stems) around a figure in its clause: what it measures ("retail
    sales rose 0.6%", "a $1.5 billion loan")."""
    left = text[max(0, quantity.start - MEASURE_REACH) : quantity.start]
    right = text[quantity.end : quantity.end + MEASURE_REACH]
    left = re.split(r"[;:()\[\]]|,\s", left)[-1]
    right = re.split(r"[;:()\[\]]|,\s", right)[0]
    words = content_words(_CAPITALISED_WORD.sub(" ", f"{left} {right}"))[0]  # names are actors, not measures
    return {_FIGURE_VERBS.get(w, w) for w in words if w not in _AMOUNT_WORDS}


def _shared_figure(a: Account, b: Account) -> Quantity | None:
    """A figure both accounts state as what they report (not as another period's figure
    they compare with), in a unit that says what it is (money, a count, a percentage, or a
    number that is not round), with a word of what it measures near it in both."""
    for q in a.quantities:
        if not (q.is_money or q.unit or not q.round) or q in a.context_figures or q in b.context_figures:
            continue
        other = next((r for r in b.quantities if r == q), None)
        if other is None:
            continue
        if (q.unit and not q.is_money and not q.is_percent) or (
            _words_near(a.claim.content, q) & _words_near(b.claim.content, other)
        ):
            return q  # a count's unit says what it counts ("3,000 firms")
    return None


def same_speaker(a: Account, b: Account) -> bool:
    """One speaker: the same canonical id, or (without ids) names ending in the same word. The mark of
    a pronoun left unresolved ("they (unresolved)") is no word of a name, and a speaker the sentence
    leaves unnamed ("..., a court has been told": `UNNAMED`) is no one in particular: two such are not
    known to be one, as two claims without a speaker are not."""
    if a.claim.speaker_id and b.claim.speaker_id:
        return a.claim.speaker_id == b.claim.speaker_id
    mine, theirs = (_speaker_words(x.claim.speaker) for x in (a, b))
    return bool(mine and theirs and mine[-1] == theirs[-1])


UNNAMED = "unnamed (unresolved)"  # the analysis's speaker of a statement told to an audience by no one named


def _speaker_words(speaker: str) -> list[str]:
    """The words of a speaker's name, lower case, without the mark of a pronoun left unresolved; none
    for a speaker left unnamed."""
    if speaker.strip().lower() == UNNAMED:
        return []
    return speaker.lower().replace("(unresolved)", "").split()


def _claim_words(account: Account) -> frozenset[str]:
    return _content_stems(account.claim.content)


@lru_cache(maxsize=1 << 16)
def _content_stems(text: str) -> frozenset[str]:
    """The content-word stems of `text` less the words that only state an amount."""
    return frozenset(w for w in content_words(text)[0] if w not in _AMOUNT_WORDS)


def _named_in_both(a: Account, b: Account) -> dict[str, set[str]]:
    """Actors one account names (speakers aside) that the other names too, by id or by all
    the words of the name ("the National Guard" and "national guards"): id -> its name's stems."""
    words = {id(a): _claim_words(a), id(b): _claim_words(b)}
    found: dict[str, set[str]] = {}
    for one, other in ((a, b), (b, a)):
        for entity_id, name in one.entities.items():
            stems = set(_content_stems(name))
            written = re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", other.claim.content, re.IGNORECASE)
            if entity_id in other.entities or (stems and stems <= words[id(other)]) or written:
                found[entity_id] = stems
    return found


def topic_phrases(
    phrases: Mapping[str, set[tuple[str, str]]], speakers: Mapping[str, str]
) -> frozenset[tuple[str, str]]:
    """The pairs of content words side by side (`related.content_words`) that the claims of
    at least `TOPIC_SPEAKERS` different speakers use: "debt relief", "tuition fees". `phrases`
    maps a claim id to its pairs, `speakers` a claim id to who says it (an id or a name; a
    claim without a speaker is its article's own voice)."""
    users: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim_id, pairs in phrases.items():
        for pair in pairs:
            users[pair].add(speakers[claim_id])
    return frozenset(pair for pair, who in users.items() if len(who) >= TOPIC_SPEAKERS)


def _speaker_key(claim: Claim) -> str:
    return claim.speaker_id or claim.speaker.lower().strip() or f"article:{claim.article_id}"


def _topic_words(a: Account, b: Account) -> frozenset[str]:
    """The words of the topic phrases both claims use."""
    return frozenset(word for pair in a.topic_pairs & b.topic_pairs for word in pair)


def _about_the_same_thing(a: Account, b: Account) -> bool:
    """Two claims by one speaker in two articles are one remark retold only when what they
    say is the same, not just who says it and the topic. The words of topic phrases both use
    ("debt relief": `topic_phrases`) are left out, and then they are worded alike (at least
    `SAID_OF_IT` shared words, `ALIKE_SHORTER` of the shorter claim's and `ALIKE_LONGER` of
    the longer's), or they name the same actor or object besides the speaker and share
    `SAID_OF_IT` words beyond its name, or they state the same figure of the same thing."""
    actors = _named_in_both(a, b)
    if a.people and b.people and not actors.keys() & {*a.people, *b.people}:
        return False  # each about other people: "Teasdale is playing well", "Chicolini is playing well"
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return True  # the same words, near enough: "house prices are still rising" twice
    topic = _topic_words(a, b)
    shared = (_claim_words(a) & _claim_words(b)) - topic
    if len(shared) >= SAID_OF_IT and (_worded_alike(a, b, leave_out=topic) or _alike_in_a_sentence(a, b, topic)):
        return True
    names = set().union(*actors.values()) if actors else set()
    if actors and len(shared - names) >= SAID_OF_IT:
        return True
    return _shared_figure(a, b) is not None and bool(shared)


_SENTENCE_BREAK = re.compile(r"\s+…\s+|(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def _alike_in_a_sentence(a: Account, b: Account, leave_out: frozenset[str]) -> bool:
    """The shorter claim worded alike (`ALIKE_SHORTER`, `ALIKE_LONGER`) with one sentence of the longer,
    when the longer is a quotation of several sentences (the analysis gives the whole of it: "This dodgy
    government ... dodgy Budget ... You now propose to borrow ..."): the rest of the quotation says other
    things, and is no evidence against the one retold. The shared words must be more than one phrase
    ("the forgotten majority"): a phrase is said on many occasions."""
    shorter, longer = sorted((a, b), key=lambda x: len(_claim_words(x)))
    sentences = _SENTENCE_BREAK.split(longer.claim.content)
    if len(sentences) < 2:
        return False
    mine = _claim_words(shorter) - leave_out
    for sentence in sentences:
        theirs = _content_stems(sentence) - leave_out
        shared = mine & theirs
        if (
            len(shared) < SAID_OF_IT
            or len(shared) < ALIKE_SHORTER * len(mine)
            or len(shared) < ALIKE_LONGER * len(theirs)
        ):
            continue
        if not (_one_phrase(shorter.claim.content, set(shared)) and _one_phrase(sentence, set(shared))):
            return True
    return False


def _one_phrase(text: str, shared: set[str]) -> bool:
    """True when the `shared` stems stand together in `text`, one after the other among its
    content words (names aside): one noun phrase ("Iraq's weapons of mass destruction")."""
    content = _content_stems(text)
    sequence = [w for w in map(stem, related._words(_CAPITALISED_WORD.sub(" ", text))) if w in content]
    n = len(shared)
    return any(set(sequence[i : i + n]) == shared for i in range(len(sequence) - n + 1))


def _only_a_topic_phrase(a: Account, b: Account) -> bool:
    """Two speakers whose claims share only one phrase ("weapons of mass destruction"), no
    figure and not most of their words, are on one topic, not reporting one fact: a fact
    shares what is said of it too. (Topic phrases, `topic_phrases`, are not left out here:
    read on BBC, two speakers sharing only them were as often one fact retold as two.)"""
    shared = set(_claim_words(a) & _claim_words(b)) - set().union(set(), *_named_in_both(a, b).values())
    if len(shared) < 2 or _worded_alike(a, b, names=False, longer_share=ALIKE_SHORTER) or _shared_figure(a, b):
        return False
    return _one_phrase(a.claim.content, shared) and _one_phrase(b.claim.content, shared)


def _worded_alike(
    a: Account,
    b: Account,
    *,
    names: bool = True,
    shorter_share: float = ALIKE_SHORTER,
    longer_share: float = ALIKE_LONGER,
    leave_out: frozenset[str] = frozenset(),
) -> bool:
    """Their shared words are `shorter_share` of the shorter claim's and `longer_share` of the
    longer's; without `names`, capitalised words are left out (two speakers naming the same
    people are on one topic, not saying the same words); the words of `leave_out` are left
    out of both."""
    if names:
        mine, theirs = _claim_words(a) - leave_out, _claim_words(b) - leave_out
    else:
        mine, theirs = (_content_stems(_CAPITALISED_WORD.sub(" ", x.claim.content)) - leave_out for x in (a, b))
    shared = mine & theirs
    shorter, longer = sorted((len(mine), len(theirs)))
    return bool(shorter) and len(shared) >= shorter_share * shorter and len(shared) >= longer_share * longer


def _says_all_of(a: Account, b: Account) -> bool:
    """Every content word of the shorter claim is in the longer one ("a 'firm but fair'
    policy on immigration" in "... and promised a 'firm but fair' policy on immigration")."""
    mine, theirs = _claim_words(a), _claim_words(b)
    shorter, longer = sorted((mine, theirs), key=len)
    return bool(shorter) and shorter <= longer


def _enough_evidence(a: Account, b: Account, match: related.RelatedMatch) -> bool:
    """Related claims may share a topic; a fact group needs an amount both state (checked on
    typed values, so "800m" of a race is not "$800m") with a word of what it measures near it
    (`_shared_figure`), or `MIN_SHARED_WORDS` content words (`MIN_SHARED_WORDS_STRONG` from
    `STRONG_THRESHOLD` up), one more when no actor is shared and the claims are not worded
    alike (`SAME_WORDING`); the words of topic phrases both use (`topic_phrases`) count only
    when the claims are near word for word the same (`VERBATIM`) or one says all the other
    says (`_says_all_of`). One speaker's two claims
    must be about the same thing (`_about_the_same_thing`)."""
    if same_speaker(a, b):
        if not _about_the_same_thing(a, b):
            return False
    elif _only_a_topic_phrase(a, b):
        return False
    words = _predicate_words(match.shared_terms)
    actors = _shared_actors(a, b)
    if _shared_figure(a, b) is not None and words:
        return True  # an amount and what it is of: "6.5%" or "$1bn" alone is in many stories
    if a.entities and b.entities and not actors:
        return False  # each names its own actors and none is shared: "US growth" and "French growth"
    topic = _topic_words(a, b)
    if topic and not (_worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM) or _says_all_of(a, b)):
        # "general election" says what both are about, not what they say of it
        words = [w for w in words if stem(w.lower()) not in topic]
    needed = MIN_SHARED_WORDS_STRONG if match.score >= STRONG_THRESHOLD else MIN_SHARED_WORDS
    if not actors and match.score < SAME_WORDING:
        needed += 1  # shared words alone are a topic ("virus", "e-mail", "infected") unless worded alike
    return len(words) >= needed


# A vote's tally ("passed 8-1", "voted unanimously"; "9-0" is unanimous) or a match's score: two
# accounts giving tallies, none the same, tell two votes or two matches (`_two_tallies`).
_TALLY = re.compile(r"(?<![\d.,/-])(\d{1,2})-(\d{1,2})(?![\d%.,/-])|\bunanimous(?:ly)?\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _tallies(text: str) -> frozenset[str]:
    """The tallies `text` gives ("8-1"), "unanimous" for a vote said to be so."""
    return frozenset(
        f"{int(match.group(1))}-{int(match.group(2))}" if match.group(1) else "unanimous"
        for match in _TALLY.finditer(text)
    )


def _two_tallies(a: Account, b: Account) -> bool:
    """Both give the tally of a vote (or a score) and none is the other's: "passed 8-1" and "voted
    unanimously" are two meetings' votes, whatever else the claims share ("9-0" is unanimous)."""
    mine, theirs = _tallies(a.claim.content), _tallies(b.claim.content)
    if not (mine and theirs) or mine & theirs:
        return False
    return not any("unanimous" in x and any(t.endswith("-0") for t in y) for x, y in ((mine, theirs), (theirs, mine)))


def _pair_ok(a: Account, b: Account, score: float, threshold: float) -> bool:
    if score < threshold or _dates_conflict(a, b) or _periods_conflict(a, b) or _two_tallies(a, b):
        return False
    if _said_at_two_times(a, b) or _answers_someone_else(a, b) or _two_occasions_of_one_actor(a, b):
        return False  # two occasions, whatever words they share
    if _one_speaker_on_two_occasions(a, b):
        return False  # one speaker's line, said on two occasions the sentences name
    if _an_occasion_the_other_never_names(a, b):
        return False  # a line told after a person's occasion, and in a story that never names them
    return not (_amounts_conflict(a, b) and score < max(threshold, CONFLICT_THRESHOLD))


def _name_stems(claim: Claim, mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """entity id -> the content-word stems of its names in the claim."""
    found: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if claim.start <= mention.start < claim.end:
            found[mention.entity_id] |= set(content_words(mention.text)[0])
    return found


class _Accounts(dict[str, Account]):
    """Claim id -> its account, made when first asked for (most claims are never in a pair)."""

    def __init__(
        self, analyses: Sequence[Analysis], articles: Mapping[str, Article], duplicates_of: Mapping[str, list[str]]
    ) -> None:
        super().__init__()
        self.owner = {claim.id: (claim, analysis) for analysis in analyses for claim in analysis.claims}
        self.articles = articles
        self.duplicates_of = duplicates_of
        self.stories: dict[str, Story] = {}  # what each article's accounts take from the whole article
        # each claim's content words and the pairs of them side by side, and the topic phrases
        self.words = {claim_id: content_words(claim.content) for claim_id, (claim, _) in self.owner.items()}
        self.topics = topic_phrases(
            {c: pairs for c, (_, pairs) in self.words.items()},
            {c: _speaker_key(claim) for c, (claim, _) in self.owner.items()},
        )

    def __missing__(self, claim_id: str) -> Account:
        claim, analysis = self.owner[claim_id]
        article = self.articles.get(claim.article_id)
        if claim.article_id not in self.stories:
            self.stories[claim.article_id] = story_of(analysis, article)
        account = make_account(claim, analysis, article, story=self.stories[claim.article_id])
        account.duplicates = list(self.duplicates_of.get(claim.article_id, []))
        account.topic_pairs = frozenset(self.words[claim_id][1] & self.topics)
        account.story_actors = _story_actors(analysis)
        account.main_actors = _main_actors(analysis)
        self[claim_id] = account
        return account


def _story_actors(analysis: Analysis) -> frozenset[str]:
    """Every actor (person, organisation, place, group, event) the article names: who and where its
    story is about."""
    return frozenset(m.entity_id for m in analysis.mentions if m.label in NAME_LABELS)


MAIN_ACTOR_MENTIONS = 2  # an actor named this often at least...
MAIN_ACTOR_SHARE = 0.5  # ...and this share as often as the article's most named one is what it is about


def _main_actors(analysis: Analysis) -> frozenset[str]:
    """The actors an article is about: named at least `MAIN_ACTOR_MENTIONS` times and at least
    `MAIN_ACTOR_SHARE` as often as its most named actor (an airline's results story: the airline;
    a story on the steel industry: the steel firms it names, not a country named once in passing)."""
    counts = Counter(m.entity_id for m in analysis.mentions if m.label in NAME_LABELS)
    if not counts:
        return frozenset()
    least = max(MAIN_ACTOR_MENTIONS, MAIN_ACTOR_SHARE * max(counts.values()))
    return frozenset(actor for actor, n in counts.items() if n >= least)


def _apart_by_their_stories(a: Account, b: Account) -> bool:
    """Two claims that name no actor of their own ("borrowing costs could rise further") are about
    what their articles are about: when the two articles name actors and none in common (one about
    the Bank of England's rates, the other the Federal Reserve's), they are two stories' statements
    unless the same words
    are said (`_same_words_said`: a run of them, or a phrase one quotes; sharing their few content
    words, "borrowing costs could rise", is not enough)."""
    if a.entities or b.entities:
        return False
    if a.story_actors and b.story_actors and not a.story_actors & b.story_actors:
        return not _same_words_said(a, b, figure=False)
    return _of_two_subjects(a, b)


def _of_two_subjects(a: Account, b: Account) -> bool:
    """Two claims naming no actor of their own say it of what their articles are about
    (`Account.main_actors`): when those are known and none is the other's ("earnings growth would
    slow" in an airline's results, "earnings growth may slow" in a story on steel firms), the same
    predicate is said of two subjects, unless the same words are said or a figure of the same thing
    (one finding cited in two stories on other subjects: "a blog is created every 5.8 seconds")."""
    if not (a.main_actors and b.main_actors) or a.main_actors & b.main_actors:
        return False
    return not _same_words_said(a, b)


def _same_speaker_pairs(
    analyses: Sequence[Analysis], accounts: _Accounts, threshold: float
) -> dict[tuple[str, str], tuple[float, str]]:
    """Pairs of claims by one speaker in two articles that say the same thing in fewer or more
    words: coverage of the shorter claim's IDF weight (its words, and the words of the names in
    it, so "the National Guard" meets "national guards"), with a shared phrase holding a rare word."""
    words: dict[str, dict[str, str]] = {}
    pairs_of: dict[str, set[tuple[str, str]]] = {}
    df: Counter[str] = Counter()
    by_speaker: dict[str, list[str]] = defaultdict(list)
    for analysis in analyses:
        for claim in analysis.claims:
            terms, pairs = accounts.words[claim.id]  # names' words included: they bridge
            words[claim.id], pairs_of[claim.id] = terms, pairs
            df.update(terms.keys())
            if claim.speaker_id:
                by_speaker[claim.speaker_id].append(claim.id)
    n = max(len(words), 1)
    rare = max(3.0, SPEAKER_RARE_FRACTION * n)
    idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    # worked out for the claims of the pairs sharing a rare word only
    names: dict[str, dict[str, set[str]]] = {}
    proper: dict[str, set[str]] = {}
    weights: dict[str, float] = {}
    found: dict[tuple[str, str], tuple[float, str]] = {}
    for speaker, claim_ids in by_speaker.items():
        # a pair needs a rare word in common (below): only the pairs sharing one are looked at, in order
        holders: dict[str, list[int]] = defaultdict(list)
        for i, claim_id in enumerate(claim_ids):
            for t in words[claim_id]:
                if df[t] <= rare:
                    holders[t].append(i)
        sharing = sorted({(i, j) for held in holders.values() for x, i in enumerate(held) for j in held[x + 1 :]})
        for i, j in sharing:
            a, b = claim_ids[i], claim_ids[j]
            if accounts.owner[a][0].article_id == accounts.owner[b][0].article_id:
                continue
            for c in (a, b):
                if c not in names:
                    claim, analysis = accounts.owner[c]
                    names[c] = _name_stems(claim, analysis.mentions)
                    proper[c] = {stem(w.lower()) for w in _CAPITALISED.findall(claim.content)}
                    weights[c] = sum(idf[t] ** 2 for t in words[c])
            shared = set(words[a]) & set(words[b])
            for entity_id in names[a].keys() & names[b].keys():
                shared -= names[a][entity_id] | names[b][entity_id]  # the name, not a shared word
            shared -= proper[a] & proper[b]  # a name the analysis did not tag ("Davis Cup")
            shared -= _AMOUNT_WORDS
            if not any(df[t] <= rare for t in shared):
                continue
            phrase = [p for p in pairs_of[a] & pairs_of[b] if df[p[0]] <= rare or df[p[1]] <= rare]
            if not phrase:
                continue
            weight = sum(idf[t] ** 2 for t in shared)
            smaller = min(weights[a], weights[b])
            coverage = weight / smaller if smaller else 0.0
            if coverage < SPEAKER_COVERAGE or len(shared) < MIN_SHARED_WORDS:
                continue
            if not _pair_ok(accounts[a], accounts[b], threshold, threshold):
                continue
            if not _about_the_same_thing(accounts[a], accounts[b]):
                continue
            ranked = sorted(shared, key=lambda t: (-idf[t], t))
            reason = f"same speaker: {speaker}; words: {', '.join(words[a][t] for t in ranked)}"
            found[(min(a, b), max(a, b))] = (round(min(coverage, 1.0), 4), reason)
    return found


class _Candidates:
    """`related._Index.query` for every claim of the index, with the same answers, faster.

    The query's cost is its dot products: a Python loop over the postings of each of the
    claim's keys. A key adds the same to a pair's dot product from either side (its idf squared
    times each claim's weight for it), so numpy sums every pair sharing a key once, for the
    whole index, from the postings (~3 million products on BBC), and keeps the pairs that may
    reach the threshold (with a margin far above rounding error). Only those are scored by the
    query's own arithmetic, in its order, so the scores, the matches and their ranking are
    exactly the query's. An index with more products than `PAIRS_AT_ONCE` (memory: ~60 bytes
    each) is searched claim by claim instead, numpy adding up each claim's postings."""

    MARGIN = 1e-9
    PAIRS_AT_ONCE = 5_000_000  # ~3 million on BBC: ~180 MB more at the peak, for a moment
    ROUNDING = 1e-4  # a score this far under a floor may still round (to 4 places) to it

    def __init__(self, index: related._Index, floor: float = 0.0) -> None:
        """`floor`: the least floor its queries will be asked with (grouping's threshold): pairs that
        cannot reach it are not looked at (a query with a lower floor asks the index itself)."""
        self.index = index
        self.floor = floor
        self._least = max(related.THRESHOLD, floor - self.ROUNDING) - self.MARGIN  # the least score looked at
        self._searched = False
        self._near: list[list[int]] | None = None
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._dots = self._norms = np.zeros(0)

    def _near_pairs(self) -> list[list[int]] | None:
        """For each claim of the index, the others (ascending) whose score may reach the threshold;
        None when they are too many to sum at once."""
        index = self.index
        n = len(index.claims)
        # the postings of one size side by side: one numpy call per size, not per key
        postings: dict[int, list[list[int]]] = defaultdict(list)
        weights: dict[int, list[list[float]]] = defaultdict(list)
        for key, posting in index.postings.items():
            if len(posting) > 1:  # one claim has it: no pair shares it
                postings[len(posting)].append(posting)
                idf = index.idf[key]
                weights[len(posting)].append([index.keys[c][key] * idf for c in posting])
        if not postings:
            return [[] for _ in range(n)]
        if sum(size * (size - 1) // 2 * len(same_size) for size, same_size in postings.items()) > self.PAIRS_AT_ONCE:
            return None
        chunks, products = [], []
        for size, same_size in postings.items():
            at, weight = np.array(same_size, dtype=np.int64), np.array(weights[size])
            i, j = np.triu_indices(size, 1)
            chunks.append((at[:, i] * n + at[:, j]).ravel())  # a pair's id: first * n + second
            products.append((weight[:, i] * weight[:, j]).ravel())
        del postings, weights
        ids = np.concatenate(chunks)
        del chunks
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
        starts = np.flatnonzero(np.concatenate([[True], ids[1:] != ids[:-1]]))
        pairs = ids[starts]
        del ids
        dots = np.add.reduceat(np.concatenate(products)[order], starts)
        del products, order, starts
        norms = np.asarray(index.norms, dtype=np.float64)
        one, other = np.divmod(pairs, n)
        reach = dots / (norms[one] * norms[other]) >= self._least
        claim, partner = np.concatenate([one[reach], other[reach]]), np.concatenate([other[reach], one[reach]])
        order = np.lexsort((partner, claim))
        claim, partner = claim[order], partner[order]
        bounds = np.searchsorted(claim, np.arange(n + 1)).tolist()
        partners = partner.tolist()
        return [partners[bounds[c] : bounds[c + 1]] for c in range(n)]

    def _near_one(self, at: int) -> list[int]:
        """`_near_pairs` for one claim (a large index): its keys' postings added up with numpy."""
        index = self.index
        if not self._postings:
            self._postings = {
                key: (np.asarray(posting, dtype=np.int64), np.array([index.keys[i][key] for i in posting]))
                for key, posting in index.postings.items()
            }
            self._dots = np.zeros(len(index.claims), dtype=np.float64)
            self._norms = np.asarray(index.norms, dtype=np.float64)
        dots, touched = self._dots, []
        for key, kind_weight in index.keys[at].items():
            found = self._postings.get(key)
            if found is not None:
                posting, weights = found
                dots[posting] += index.weight(key, kind_weight) * index.idf[key] * weights
                touched.append(posting)
        if not touched:
            return []
        near = np.unique(np.concatenate(touched))
        scores = dots[near] / (index.norms[at] * self._norms[near])
        dots[near] = 0.0
        return [i for i in near[scores >= self._least].tolist() if i != at]

    def query(self, claim: Claim, limit: int, floor: float = 0.0) -> list[related.RelatedMatch]:
        """The query's matches, but those whose score is under `floor` (grouping drops them). The
        query's ranking puts them after every match above it, so the others and their order are
        the same; only their explanations (most of the query's time) are not worked out."""
        index = self.index
        at = index.position.get(claim.id)
        if at is None or (index.claims[at] is not claim and index.claims[at] != claim) or floor < self.floor:
            found = index.query(claim, limit)  # not one of the index's claims: the query itself
            return [m for m in found if m.score >= floor]
        if not self._searched:
            self._near, self._searched = self._near_pairs(), True
        features, keys, norm = index.features[at], index.keys[at], index.norms[at]
        matches = []
        for i in self._near[at] if self._near is not None else self._near_one(at):
            other = index.claims[i]
            if other.article_id == claim.article_id:
                continue
            other_keys = index.keys[i]
            dot = 0.0  # the query's own sum, term by term in its order: the same float
            for key, kind_weight in keys.items():
                if key in other_keys and key in index.postings:
                    dot += index.weight(key, kind_weight) * index.idf[key] * other_keys[key]
            score = dot / (norm * index.norms[i])
            if score < related.THRESHOLD or round(min(score, 1.0), 4) < floor:  # the match's own rounding
                continue
            match = index._explain(features, keys, other, index.features[i], other_keys, score)
            if match is not None:
                matches.append(match)
        matches.sort(key=lambda m: (-m.score, m.claim.id))
        return matches[:limit]


def _by_meaning(
    index: related._Index,
    accounts: _Accounts,
    edges: dict[tuple[str, str], tuple[float, str]],
    parted: set[tuple[str, str]] | None = None,
) -> dict[tuple[str, str], tuple[float, str]]:
    """The pairs that are close enough in meaning (see `MEANING_SPLIT`); all of them without the model.
    `parted`, when given, receives the pairs dropped as two statements whatever they share (a reply to
    the other's claim or plan, a side's word of itself and another's of it, two occasions): their lines
    told again in their stories are two statements too (`_parted_with_their_lines`)."""
    embedder = related._embedder()
    if embedder is None or not edges:
        return edges
    ids = sorted({c for pair in edges for c in pair})
    at = {c: index.position[c] for c in ids}
    vectors = dict(zip(ids, embedder.encode([index.claims[at[c]].content for c in ids]), strict=True))
    kept = {}
    for (a, b), found in edges.items():
        cosine = float(vectors[a] @ vectors[b])
        one, other = accounts[a], accounts[b]
        mine, theirs = index.features[at[a]], index.features[at[b]]
        fragment = min(len(mine.wording), len(theirs.wording)) < related.MEANING_VETO_MIN_WORDS
        apart = False  # two statements, whatever they share
        if not same_speaker(one, other) and _apart_by_their_stories(one, other):
            keep = False  # no actor of their own, and their stories are about others: even a fragment
        elif (
            _answers_the_other(one, other, cosine)
            or _a_rejection_of_anothers(one, other, cosine)
            or _of_itself_and_of_it(one, other, cosine)
        ):
            keep, apart = False, True  # a reply to the other's plan or claim: a figure both give names what it answers
        elif not same_speaker(one, other) and _a_possibility_and_a_fact(one, other, cosine):
            keep = False  # what may happen and what was done: a figure both give is the subject
        elif not same_speaker(one, other) and _someone_the_other_never_names(one, other, cosine):
            keep = False  # what someone the other story never names did: a figure both give is the subject
        elif not same_speaker(one, other) and _two_occasions(one, other):
            keep, apart = False, True  # said on two occasions: a figure both give is what both speak of
        elif fragment and _two_sources(one, other):
            keep = _said_alike(one, other, figure=False) or _exact_amount(mine, theirs)  # a few words: a stock line
        elif fragment or (_meaning_not_needed(mine, theirs) and not _sides_naming_one_figure(one, other, cosine)):
            keep = True  # a fragment, or an exact amount: the cosine says little
        elif cosine < MEANING_SPLIT:
            keep = _said_alike(one, other, figure=False)  # far apart: only the same words
        elif same_speaker(one, other):
            keep = _one_remark_retold(one, other, cosine)  # not one speaker's two remarks on one topic
        else:
            keep = cosine >= MEANING_EVIDENCE or _said_alike(one, other)
            keep = keep and not _opposite_sides(one, other, cosine) and not _shared_only_in_background(one, other)
            keep = keep and (cosine >= POLARITY_MEANING or not _two_statistics(one, other))
            keep = keep and not _demand_and_not(one, other, cosine) and not _a_mind_and_a_statement(one, other, cosine)
            keep = keep and not _each_of_itself(one, other, cosine) and not _two_places(one, other, cosine)
            keep = keep and not _only_a_title_shared(one, other, cosine)
            keep = keep and not _two_predicates(one, other) and not _only_the_thing_named(one, other)
        if keep:
            kept[(a, b)] = found
        elif apart and parted is not None:
            parted.add((a, b))
    return kept


def _one_line_in_one_story(a: Account, b: Account) -> bool:
    """Two claims of one article that tell one line twice (the lead's summary of it and the paragraph
    that gives it in full): a figure of the same thing both give (`_shared_figure`), said by one speaker,
    or by a person and a "he" or "she" left unresolved in the same words (`SAME_RUN` in a row: "Tony
    Blair claimed a Tory government would cut £35bn from public services" / "And he claimed the Tories
    would cut £35bn from public services")."""
    if a.article_id != b.article_id or _shared_figure(a, b) is None:
        return False
    if same_speaker(a, b):
        return True
    pronoun = [bool(_PRONOUN_LEFT.match(x.claim.speaker)) for x in (a, b)]
    people = all(left or _one_person(x) for left, x in zip(pronoun, (a, b), strict=True))
    return any(pronoun) and people and _longest_run(a.claim.content, b.claim.content) >= SAME_RUN


def _parted_with_their_lines(
    edges: Mapping[tuple[str, str], object], parted: Iterable[tuple[str, str]], accounts: _Accounts
) -> set[tuple[str, str]]:
    """The pairs of `edges` that tell again, in their stories, the lines of a pair parted as two
    statements (`parted`, see `_by_meaning`): a claim and another claim of its article telling its line
    once more (`_one_line_in_one_story`) are one statement, so what parts one from a claim parts the
    other from it too. Otherwise the story's second telling of the line, which the rule that parted the
    first could not read (a "he" left unresolved, a summary without the occasion), groups in its place."""
    in_pairs: dict[str, set[str]] = defaultdict(set)
    for pair in edges:
        for claim_id in pair:
            in_pairs[accounts[claim_id].article_id].add(claim_id)

    def line(claim_id: str) -> list[str]:
        mine = accounts[claim_id]
        told = in_pairs.get(mine.article_id, set()) - {claim_id}
        return [claim_id, *(c for c in sorted(told) if _one_line_in_one_story(mine, accounts[c]))]

    found = set()
    for a, b in parted:
        for x in line(a):
            for y in line(b):
                pair = (min(x, y), max(x, y))
                if pair in edges:
                    found.add(pair)
    return found


# Verbs that say little of what was done ("was", "had", "wanted", "would") and words before a
# noun, not a verb ("the plan", "its rise"): `_action_stems`
_LIGHT_VERBS = frozenset(
    stem(w)
    for w in (
        "be is are was were been being am have has had having do does did done doing say said says make made "
        "makes making get got gets go went goes going gone take took taken takes try tried trying tries want "
        "wanted wants would will can could may might must should shall need needed seem seemed come came give "
        "gave given keep kept set put see saw seen think thought know knew tell told use used mean meant let "
        "show shown showed become became remain remained look looked hope hoped expect expected plan planned "
        "intend intended not also"
    ).split()
)
_BEFORE_VERB = frozenset(
    "to will would could can may might must should shall not also he she it they we i you who".split()
)
_BEFORE_NOUN = frozenset("the a an his her its their our my your this these those of".split())
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")


def _action_stems(text: str) -> frozenset[str]:
    """The stems of the words of `text` that stand as verbs, told by their form and the word before
    them, not by a parser: after "to", a modal or a pronoun ("to halve", "would meet", "it
    undervalued"), or ending in -ed/-ing and not after a determiner ("agreed", "halving"); verbs
    that say little (`_LIGHT_VERBS`) are left out."""
    words = related._words(text)
    found = set()
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if len(word) < 3 or before in _BEFORE_NOUN or stem(word) in _LIGHT_VERBS:
            continue
        if before in _BEFORE_VERB or (len(word) > 4 and word.endswith(("ed", "ing"))):
            found.add(stem(word))
    return frozenset(found)


_MODIFIER_FORM = ("ed", "ing")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_BE = frozenset("be been being is are was were am".split())
_NOT_A_NOUN_AFTER = (
    _BEFORE_VERB
    | _BEFORE_NOUN
    | frozenset("to by in on at for with from and or but as into out up down off over than".split())
)


def _modifiers_of_one_noun(one: str, other: str) -> frozenset[str]:
    """The stems of -ed and -ing words that both texts put before the same word (not a word that
    follows a verb: "forced to"), not after a word that opens a verb or a form of "be" ("pirated
    versions", "soaring costs" in both): a description of the thing both name, not what either says
    was done."""

    def pairs(text: str) -> set[tuple[str, str]]:
        words = related._words(text)
        return {
            (stem(w), words[i + 1])
            for i, w in enumerate(words[:-1])
            if len(w) > 4
            and w.endswith(_MODIFIER_FORM)
            and words[i + 1] not in _NOT_A_NOUN_AFTER
            and (i == 0 or words[i - 1] not in _BEFORE_VERB | _BE)
        }

    return frozenset(s for s, _ in pairs(one) & pairs(other))


def _two_predicates(a: Account, b: Account) -> bool:
    """Two speakers' claims on one subject that say two things done: each states an action
    (`_action_stems`, less a description both give of one thing, `_modifiers_of_one_noun`) and none is
    the other's, with no figure both give (a digit) and not the same words said (near word for word, a
    phrase one quotes, or a run of `SAME_RUN` words): "Mr X orchestrated the tricks, ordering staff to
    hide costs" (a prosecution's case) / "Mr X knew about the entries made to conceal costs" (a
    witness). A run that holds no action of either names the thing, not what was done ("it is clamping
    down on pirated versions of its software" / "the update would not work with pirated versions of its
    software", a year apart), unless beside an actor both name, six words or longer, or said by one
    side (`_one_side`: a party and its leader naming one plan in other words). Two sources of one fact
    tell its action, or give its figure. Read for pairs the cosine alone would keep (`_by_meaning`)."""
    if same_speaker(a, b):
        return False
    x, y = a.claim.content, b.claim.content
    described = _modifiers_of_one_noun(x, y)
    mine, theirs = _action_stems(x) - described - _DETERMINERS, _action_stems(y) - described - _DETERMINERS
    if not (mine and theirs) or mine & theirs:
        return False
    if set(_DIGITS.findall(x)) & set(_DIGITS.findall(y)):
        return False
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM) or _quotes_the_other(a, b):
        return False
    runs = _shared_runs(x, y, SAME_RUN)
    if not runs:
        return True
    if set(a.entities) & set(b.entities) or max(map(len, runs)) >= SAME_RUN + 2 or _one_side(a, b):
        return False  # a run beside an actor both name, a long one, or one side's: the same words said
    return not any(stem(w) in mine | theirs for run in runs for w in run)  # only the name of a thing


def _only_the_thing_named(a: Account, b: Account) -> bool:
    """Two speakers' claims that share only the words of one noun phrase (`_one_phrase` in both; a
    name both give is more than that), and nothing said of it: no figure, no action both state
    (`_action_stems`, less a description of the thing, `_modifiers_of_one_noun`) and no word in a row
    with the phrase but words before a noun (`_BEFORE_NOUN`). Each says its own of the thing both
    name ("the world deserves to know the truth about performance-enhancing drugs", said before a TV
    interview / "he gave her performance-enhancing drugs", the allegation made in it): one topic, not
    one fact, however close the cosine puts them. A phrase that opens with an -ed or -ing word in
    either claim is an act both tell ("accused the chancellor of ducking tough choices"), not a thing. `_only_a_topic_phrase` leaves such a pair to the
    meaning when the phrase is most of both claims' words; two accounts of one fact share what is said
    of it too: "he gave her performance-enhancing drugs" twice shares "he gave her". Read for pairs
    the cosine alone would keep (`_by_meaning`)."""
    if same_speaker(a, b):
        return False
    x, y = a.claim.content, b.claim.content
    shared = set(_claim_words(a) & _claim_words(b))
    if len(shared) < 2 or not (_one_phrase(x, shared) and _one_phrase(y, shared)):
        return False
    for text in (x, y):
        first = next(w for w in related._words(_CAPITALISED_WORD.sub(" ", text)) if stem(w) in shared)
        if len(first) > 4 and first.endswith(_MODIFIER_FORM):
            return False  # it opens with a verb form: the act both tell ("of ducking tough choices")
    if _shared_figure(a, b) is not None or set(_DIGITS.findall(x)) & set(_DIGITS.findall(y)):
        return False
    described = _modifiers_of_one_noun(x, y)
    if (_action_stems(x) - described) & (_action_stems(y) - described):
        return False
    return all(w in _BEFORE_NOUN or stem(w) in shared for run in _shared_runs(x, y, 2) for w in run)


def _matching_runs(mine: list[str], theirs: list[str]) -> Iterator[tuple[int, int]]:
    """(i, k) for every place where the k words of `mine` ending at its word i stand in a row in
    `theirs` too (the longest such run ending there)."""
    previous = [0] * (len(theirs) + 1)
    for i, word in enumerate(mine):
        current = [0] * (len(theirs) + 1)
        for j, other in enumerate(theirs):
            if word == other:
                current[j + 1] = previous[j] + 1
                yield i, current[j + 1]
        previous = current


def _shared_runs(a: str, b: str, least: int) -> list[tuple[str, ...]]:
    """The runs of at least `least` words in a row that the two texts share, as written (lowercase)."""
    mine, theirs = related._words(a), related._words(b)
    return [tuple(mine[i + 1 - k : i + 1]) for i, k in _matching_runs(mine, theirs) if k >= least]


def _longest_run(a: str, b: str) -> int:
    """The most words in a row that the two texts share, as written (lowercase)."""
    return max((k for _, k in _matching_runs(related._words(a), related._words(b))), default=0)


def _quotes_the_other(a: Account, b: Account) -> bool:
    """One claim puts words in quotation marks inside its report, and two of their content words
    are in the other: the same words quoted ("a 'firm but fair' policy" / "firm, fair immigration
    controls"). A direct quote as a whole is not a phrase marked as the speaker's."""
    for one, other in ((a, b), (b, a)):
        theirs = _claim_words(other)
        for quoted in _QUOTED.findall(one.claim.content):
            if len(quoted.split()) <= QUOTED_PHRASE_WORDS and len(_content_stems(quoted) & theirs) >= 2:
                return True
    return False


def _same_words_said(a: Account, b: Account, *, figure: bool = True) -> bool:
    """`SAME_RUN` words in a row, words one of them quotes, or (with `figure`) a figure of the
    same thing."""
    if _longest_run(a.claim.content, b.claim.content) >= SAME_RUN or _quotes_the_other(a, b):
        return True
    return figure and _shared_figure(a, b) is not None


def _said_alike(a: Account, b: Account, *, figure: bool = True) -> bool:
    """Claims apart in meaning that still tell one remark: near word for word the same
    (`VERBATIM`), or the same words said (`_same_words_said`: a short report inside a long quote,
    "an appropriate and timely initiative" / "the initiative was 'sensible, timely and
    appropriate'"). Sharing most of the shorter claim's words is not enough: two coaches'
    remarks on one match share "play", "defend" and "try"."""
    return _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM) or _same_words_said(a, b, figure=figure)


def _names_a_thing(text: str, quantity: Quantity) -> bool:
    """The figure qualifies a noun after a determiner or a possessive ("Britain's £3bn rebate", "an
    $11bn (£5.8bn) fraud", "a $1.5 billion loan"): it names the thing, it is not said of it. A change
    ("a 0.6% rise") is a figure said of something."""
    before = re.findall(r"[\w'’]+", text[: quantity.start])
    if not before:
        return False
    last = before[-1].lower()
    if last not in _DETERMINERS and not last.endswith(("'s", "’s", "s'")):
        return False
    after = re.match(r"\s*(?:\([^)]*\)\s*)?([A-Za-z][\w-]*)", text[quantity.end :])
    if after is None:
        return False
    noun = after.group(1).lower()
    return noun not in _CHANGE_NOUNS and noun not in _NOT_A_NOUN and stem(noun) not in _AMOUNT_WORDS


def _only_names_shared(a: Account, b: Account) -> bool:
    """Every figure both claims state names a thing in both (`_names_a_thing`), and there is one:
    "the £3bn rebate" twice."""
    shared = [(q, r) for q in a.quantities for r in b.quantities if q == r]
    return bool(shared) and all(
        _names_a_thing(a.claim.content, q) and _names_a_thing(b.claim.content, r) for q, r in shared
    )


def _shares(a: Account) -> set[Decimal]:
    """The shares of something the claim gives: its percentages and the fractions it names ("nearly
    a third of users", "less than a quarter", "half of all homes"), as percentages."""
    found = {q.value for q in a.quantities if q.unit == "%"}
    for match in _SHARE.finditer(a.claim.content):
        word = (match["q"] or match["of"] or match["half"]).lower()
        found.add(_FRACTIONS[word])
    return found


def _two_statistics(a: Account, b: Account) -> bool:
    """Each claim gives a share of something and they have none in common."""
    mine, theirs = _shares(a), _shares(b)
    return bool(mine and theirs) and not any(abs(x - y) < 1 for x in mine for y in theirs)


def _shared_only_in_background(a: Account, b: Account) -> bool:
    """The words the claims share (names aside) are, but for at most one, in a clause of one of them
    that says who someone is (`_BACKGROUND`)."""
    if not (_BACKGROUND.search(a.claim.content) or _BACKGROUND.search(b.claim.content)):
        return False
    mine, theirs = (_content_stems(_CAPITALISED_WORD.sub(" ", x.claim.content)) for x in (a, b))
    outside = (_content_stems(_CAPITALISED_WORD.sub(" ", _BACKGROUND.sub(" ", x.claim.content))) for x in (a, b))
    return len(mine & theirs) >= 2 and len(set.intersection(*map(set, outside))) <= 1


TITLE_WORDS = 4  # the most words right before a name that can be its title ("state gas monopoly Gazprom")


def _title_words(account: Account, entity_ids: Iterable[str]) -> set[str]:
    """The stems of the words of the claim that stand right before a name of these entities, lower case
    and none a function word ("by state gas monopoly Gazprom": state, gas, monopoly): what the actor is,
    not what is said of it."""
    text, found = account.claim.content, set()
    for entity_id in entity_ids:
        name = account.entities.get(entity_id, "")
        at = text.find(name) if name else -1
        while at >= 0:
            for word in reversed(re.findall(r"[\w'’-]+", text[:at])[-TITLE_WORDS:]):
                stems = content_words(word)[0]
                if not word.islower() or not stems:
                    break  # a name, a function word, a number: the title ends
                found |= set(stems)
            at = text.find(name, at + len(name))
    return found


def _only_a_title_shared(a: Account, b: Account, cosine: float) -> bool:
    """Two claims whose shared words (names aside) are all the title they both give an actor they both
    name ("a consortium behind a bid by state gas monopoly Gazprom" / "Baikal was a front for gas
    monopoly Gazprom"): they share the actor, not what is said of it, two statements about one
    subject. Not as close as a paraphrase."""
    if cosine >= POLARITY_MEANING:
        return False
    both = a.entities.keys() & b.entities.keys()
    if not both:
        return False
    mine, theirs = (_content_stems(_CAPITALISED_WORD.sub(" ", x.claim.content)) for x in (a, b))
    shared = mine & theirs
    return bool(shared) and shared <= _title_words(a, both) | _title_words(b, both)


def _negative(text: str) -> bool:
    """The claim's own words say it in the negative ("not", "never", "no", "can't")."""
    return _NEGATIVE.search(text) is not None


def _opposite_sides(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers' claims that are two sides' statements on one question (see `POLARITY_MEANING`):
    one says it in the negative, the other not, they are not as close as a paraphrase, and they
    share no words said (near word for word, a run, a figure of the same thing; a quoted phrase is
    what one side answers, not evidence)."""
    if cosine >= POLARITY_MEANING or _negative(a.claim.content) == _negative(b.claim.content):
        return False
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return False
    if _longest_run(_names_as_words(a.claim.content), _names_as_words(b.claim.content)) >= SAME_RUN:
        return False
    return _shared_figure(a, b) is None or _only_names_shared(a, b)


# Two speakers' claims where one answers the other are two statements, not one fact told twice: a reply
# names what it answers as someone's plan, claim or promise ("his plan to cut £8bn from the harbour budget",
# "the Tory agenda for £8bn of cuts") and says something else of it (that it will hurt families, that it
# was exposed), while the other states the plan itself ("the party can save £8bn by tackling waste"). The
# figure or words both give are how the reply names its object, so only a paraphrase's closeness
# (`POLARITY_MEANING`) or near word for word the same wording keeps the pair (`_answers_the_other`).
_SAID_THINGS = (
    "plan plans proposal proposals claim claims agenda pledge pledges promise promises remark remarks comment "
    "comments statement statements allegation allegations figures sums idea ideas scheme policy policies "
    "forecast forecasts prediction predictions estimate estimates projection projections"
)
_SAID_THING = re.compile(r"\b(?:" + "|".join(_SAID_THINGS.split()) + r")\b(?P<after>\s+(?:to|that)\b)?", re.IGNORECASE)
_OWNER_PRONOUNS = frozenset("his her their its".split())
# A demand ("it was time for the mayor to say sorry", "the port should pay", "called for talks") and a
# forecast or a statement of what is or will be ("she believed the mayor would say sorry on Tuesday") are two
# speakers' two statements about one thing, not one fact (`_demand_and_not`). "should" before a determiner
# or a name is a condition ("should the captain decide to switch"), not a demand.
_DEMAND = re.compile(
    r"\b(?:(?:should|must|ought\s+to)(?!\s+(?:(?:the|a|an|he|she|it|they|we|i|you|this|that)\b|[A-Z]))\s+\w+|"
    r"(?:it\s+was|it\s+is|it's|it’s|now)\s+time\s+(?:for|to)|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,3}?to)\b"
)
_DEMAND_VERBS = frozenset("urge demand".split())  # not "call": "called the rebate unjustified" (but "called for")
# A claim that tells what a named person felt or believed ("Sylvester Teasdale felt he had lost the voters'
# trust") reports a state of mind; another speaker's statement of the thing itself ("Teasdale had lost the
# voters' trust") is an accusation, not the same fact (`_a_mind_and_a_statement`).
_MIND_VERBS = frozenset("feel think believe".split())
# Two speakers' claims each opening with a pronoun for its own speaker ("they will not be rushed", "he does
# not expect a quick solution") tell each one's own position (`_each_of_itself`); "it is", "it was" open a
# statement about something else ("it was time for", "it is likely that").
_OF_ITSELF = re.compile(
    r"\W*(?:(?:he|she|they|we|i)\b|it\b(?!\s+(?:is|was|'s|’s|would\s+be|will\s+be|has\s+been|had\s+been)\b))",
    re.IGNORECASE,
)
_A_PERSON = re.compile(r"\W*(?:he|she|we|i)\b", re.IGNORECASE)
_MIND = re.compile(
    r"^\W*(?:(?:by|in|on)\s+[\w\s]{1,20}?,?\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
    r"(?:felt|feels|believed|believes|thought|thinks|feared|fears|suspected|suspects)\b"
)


def _singular(word: str) -> str:
    """A name's word without its possessive or plural ending: "Tories" and "Tory's" are "tory"."""
    return singular(re.sub(r"(?:'s|’s|'|’)$", "", word.lower()))


def _owner_matches(owner: str, a: Account, b: Account) -> bool:
    """`owner` (the word before a plan or claim in `a`) is `b`'s speaker: a word of its name ("Tory" /
    "Tories", "Howard's" / "Michael Howard"), or a possessive pronoun in a claim that names `b`'s
    speaker (and not its own)."""
    speaker = [_singular(w) for w in re.findall(r"[\w’'-]+", b.claim.speaker) if w.lower() not in _DETERMINERS]
    if not speaker:
        return False
    word = _singular(owner)
    if word in _OWNER_PRONOUNS:
        named = {_singular(w) for w in re.findall(r"[\w’'-]+", a.claim.content)}
        own = {_singular(w) for w in re.findall(r"[\w’'-]+", a.claim.speaker)}
        return speaker[-1] in named and speaker[-1] not in own
    return word in speaker  # a bare word is a name here (`_owned_things`); a possessive may be "the ministry's"


def _owned_things(text: str) -> list[str]:
    """The words that may own a plan or claim the text names: "his plan", "his new plan", "Michael
    Howard's claims", "the Tory agenda". A bare name before a word that may be a verb is not an owner
    ("Howard plans to cut", "Sylvania claims that"); a name must stand right before the thing or after
    a determiner."""
    owners = []
    for match in _SAID_THING.finditer(text):
        before = re.findall(r"[\w’'-]+", text[: match.start()])[-3:]
        for at in range(len(before) - 1, max(len(before) - 3, -1), -1):
            word = before[at]
            if re.search(r"(?:'s|’s|s'|s’)$", word) or word.lower() in _OWNER_PRONOUNS:
                owners.append(word)
            elif at == len(before) - 1 and word[:1].isupper():
                determined = at > 0 and before[at - 1].lower() in _DETERMINERS
                if determined or not match["after"]:
                    owners.append(word)
    return owners


def _answers_the_other(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers, one naming the other's plan, claim or promise as what it speaks of (see
    `_SAID_THINGS`), not as close as a paraphrase nor near word for word the same."""
    if same_speaker(a, b) or cosine >= POLARITY_MEANING:
        return False
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return False
    return any(
        _owner_matches(owner, one, other)
        for one, other in ((a, b), (b, a))
        for owner in _owned_things(one.claim.content)
    )


# A rejection of someone else's claim or plan ("People will not be taken in by Michael Howard's claims of
# £35bn of savings", "his planned £35bn savings simply don't add up": the claim in the negative, or a
# denial, naming what it rejects as another's) is its speaker's response to that claim, not an account of
# it: with the claim itself it is the other side's answer, and with another speaker's rejection of it
# another response, on its own occasion (`_a_rejection_of_anothers`). A participle that says the thing was
# planned, proposed or promised is a thing said when an owner stands right before it ("his planned
# savings", "the Tories' proposed cuts"); "his" or "her" is another's in an organisation's claim (an
# organisation is "it"), and unknown in a person's.
_PLANNED = re.compile(r"\b(?:planned|proposed|promised|pledged|claimed)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")


def _owners_of_planned(text: str) -> list[str]:
    """The possessives and pronouns right before a participle that names a thing as planned or promised
    ("his planned £35bn savings", "the Tories' proposed cuts"; not "Howard proposed cuts")."""
    owners = []
    for match in _PLANNED.finditer(text):
        before = re.findall(r"[\w’'-]+", text[: match.start()])[-1:]
        if before and (_POSSESSIVE.search(before[0]) or before[0].lower() in _OWNER_PRONOUNS):
            owners.append(before[0])
    return owners


def _anothers(owner: str, account: Account) -> bool:
    """`owner` (a word before a thing said) is someone other than the account's speaker: not a word of
    the speaker's name, title or ties ("Kennedy" / "Lib Dem leader Charles Kennedy"); "his" or "her"
    only in an organisation's claim; "their" and "its" may be the speaker's own."""
    word = _singular(owner)
    if word in _OWNER_PRONOUNS:
        return word in ("his", "her") and account.speaker_label not in ("", "PERSON") and not _one_person(account)
    own = {_singular(w) for w in re.findall(r"[\w’'-]+", account.claim.speaker)}
    own |= {part for tie in account.speaker_ties for part in tie.split("-")}
    return word not in own and stem(word) not in account.speaker_title


def _rejects_anothers(account: Account) -> bool:
    """The claim is in the negative or a denial, and names a claim, plan or figure as someone else's
    (`_anothers`)."""
    if not (_negative(account.claim.content) or account.stance == "denied"):
        return False
    text = account.claim.content
    return any(_anothers(owner, account) for owner in _owned_things(text) + _owners_of_planned(text))


def _a_rejection_of_anothers(a: Account, b: Account, cosine: float) -> bool:
    """Two sources (`_two_sources`: identified, not one speaker nor one side), one rejecting someone
    else's claim or plan (`_rejects_anothers`), not as close as a paraphrase nor near word for word the
    same: a response and the claim it answers, or two responses (see above)."""
    if cosine >= POLARITY_MEANING or not _two_sources(a, b):
        return False
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return False
    return _rejects_anothers(a) or _rejects_anothers(b)


def _of_itself_and_of_it(a: Account, b: Account, cosine: float) -> bool:
    """Two sources (`_two_sources`), one saying what it will do itself (a claim opening with a pronoun
    for its speaker, `_OF_ITSELF`: "they can cut taxes through £35bn of savings") and the other naming
    that speaker among what it speaks of ("Tory plans to cut £35bn would cut deep into services"): what
    a side says of itself and what another says of it are two statements, unless as close as a
    paraphrase, near word for word the same or sharing a run of `SAME_RUN` words (a party's plan
    reported by its leader in the party's words). A phrase one quotes is not enough here: the other side
    quotes what it answers."""
    if cosine >= POLARITY_MEANING or not _two_sources(a, b):
        return False
    if not any(
        _OF_ITSELF.match(one.claim.content) and one.claim.speaker_id in other.entities
        for one, other in ((a, b), (b, a))
    ):
        return False
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return False
    return _longest_run(a.claim.content, b.claim.content) < SAME_RUN


def _demands(account: Account) -> bool:
    return account.claim.verb.lower() in _DEMAND_VERBS or _DEMAND.search(account.claim.content) is not None


def _demand_and_not(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers, one making a demand (`_DEMAND`) and the other not, that share no words said
    (`_same_words_said`, figures aside) and are not as close as a paraphrase."""
    if cosine >= POLARITY_MEANING or _demands(a) == _demands(b):
        return False
    return not _same_words_said(a, b, figure=False)


def _tells_a_mind(account: Account) -> bool:
    """The claim tells what someone felt, thought or believed: a named person's in its words (`_MIND`),
    or its speaker's, told by the reporting verb ("many think it will be a close race")."""
    return account.claim.verb.lower() in _MIND_VERBS or _MIND.search(account.claim.content) is not None


def _a_mind_and_a_statement(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers, one telling what someone felt or believed (`_tells_a_mind`) and the other what
    was said or found, sharing no words said and not as close as a paraphrase."""
    if cosine >= POLARITY_MEANING or _tells_a_mind(a) == _tells_a_mind(b):
        return False
    return not _same_words_said(a, b, figure=False)


# What may happen and what did: "the central bank may raise rates" (a forecast, a hedge) and "the
# central bank voted to keep rates on hold" (a decision reported) share the actor, the rate and its
# words, and are two statements (`_a_possibility_and_a_fact`). `_POSSIBILITY` is case-sensitive: "May"
# is a month or a name; "could not" and "might have" judge what was.
_POSSIBILITY = re.compile(r"\b(?:may|might|could)\b(?!\s+(?:not|have)\b)")
_FORWARD = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|must|can|likely|unlikely|expects?|expected|forecasts?|"
    r"predicts?|plans?|planned|hopes?|intends?|aims?|wants?|seeks?|warns?|warned|threaten\w*|vow\w*|pledg\w*|"
    r"promis\w*|propos\w*|consider\w*|if|unless|future|next|soon|going to|set to|due to|poised to|about to)\b"
    r"|\b(?:is|are|was|were)\s+to\b|'ll\b|’ll\b",
    re.IGNORECASE,
)


def _a_possibility_and_a_fact(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers, one saying what may, might or could happen and the other nothing to come (no
    modal, no forecast, no condition): a forecast and what was done or found, unless as close as a
    paraphrase or near word for word the same."""
    if cosine >= POLARITY_MEANING or _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return False
    return any(
        _POSSIBILITY.search(x.claim.content) is not None and _FORWARD.search(y.claim.content) is None
        for x, y in ((a, b), (b, a))
    )


def _two_places(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers' claims each naming where it happens (a place or a people: "one person in the UK
    joins every 10 seconds" / "more and more Americans are joining") and no place in common: the same
    thing said of two places is two facts, whatever words they share."""
    return cosine < POLARITY_MEANING and bool(a.places and b.places) and not a.places & b.places


def _someone_the_other_never_names(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers, one claim naming a person (not its speaker) whom the other's whole article never
    names, by id or by the last word of the name ("Mr Kruger had exposed the party's agenda for £8bn of
    cuts" / a claim of those cuts in a story with no Kruger): what that person did or said is not in
    the other's story, so the other tells something else, another occasion of one subject. Not as close
    as a paraphrase."""
    if cosine >= POLARITY_MEANING:
        return False
    for one, other in ((a, b), (b, a)):
        if not other.article_names:
            continue  # an article naming no one: no telling
        for person in one.people:
            keys = _name_keys(one.entities[person])
            if person in other.article_names or keys & other.article_names:
                continue
            # the other's speaker and sentence name people too ("Teasdale's biographer")
            written = {_singular(w) for w in re.findall(r"[\w’'-]+", f"{other.claim.speaker} {other.sentence}")}
            if not keys & written:
                return True
    return False


# the channels and programmes that name a broadcast occasion (`_OCCASIONS`)
_BROADCASTERS = (
    r"(?:BBC|Radio \d|Radio Five|Today programme|Newsnight|Breakfast with Frost|Sky News|ITV|GMTV|Channel 4"
    r"|Westminster Hour|Question Time)\b"
)
# Where and how a statement was made, as its sentence tells it outside the words reported
# ("he told MPs", "the Court of Appeal ruling", "on the Today programme", "at the conference"):
# two accounts naming different kinds of occasion are two statements (`_two_occasions`).
_OCCASIONS = {
    "parliament": re.compile(
        r"\b(?:told|telling|tells|warned|assured|informed) (?:MPs|peers|the Commons|the House|parliament|the Lords)\b"
        r"|\bin the (?:Commons|Lords)\b|\bprime minister's questions\b|\bPMQs\b|\b(?:Commons|Lords) (?:statement|debate|committee|exchanges)\b",
        re.I,
    ),
    # "ruled out" is no ruling, nor is a "ruling body" or "ruling party"
    "court": re.compile(
        r"\b(?:ruled(?!\s+out\b)|ruling(?!\s+(?:body|bodies|party|parties|coalition|council|class|elite)\b)"
        r"|judgment|verdict|overturned)\b",
        re.I,
    ),
    # a "BBC correspondent" who speaks reports: the channel is no occasion of the speaker's (an interview
    # "with BBC political editor Andrew Marr" is)
    "broadcast": re.compile(
        rf"(?:(?<=\bwith )|(?<=\bto )|(?<=\btold )){_BROADCASTERS}"
        rf"|\b{_BROADCASTERS}(?!(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?(?:correspondent|editor|reporter|analyst|presenter)s?\b)"
    ),
    "conference": re.compile(rf"\b(?:{alternation(occasions.CONFERENCE_OCCASIONS)})\b", re.I),
    # "at a poster launch", "at the launch of its manifesto" (not "plans to launch")
    "launch": re.compile(
        r"\bat\s+(?:the|a|an|its|his|her|their|this|[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?launch\b", re.I
    ),
}


def _said_on(account: Account) -> SaidOn:
    """The occasions the account's sentence names (`SaidOn`), worked out once per account and kept on it."""
    if account.said_on is None:
        programmes, channels = _find_broadcasts(account)
        account.said_on = SaidOn(_find_occasions(account), programmes, channels, _find_venues(account))
    return account.said_on


def _occasions(account: Account) -> frozenset[str]:
    """The kinds of occasion the claim's sentence names outside the claim's own words (or the sentence
    before, `said_before`, when it names none)."""
    return _said_on(account).kinds


def _find_occasions(account: Account) -> frozenset[str]:
    sentence, quote = account.sentence, account.passage.quote
    at = sentence.find(quote) if quote else -1
    outside = sentence[:at] + " " + sentence[at + len(quote) :] if at >= 0 else ""
    outside += " " + account.said_before  # "" when the sentence names its occasion
    return frozenset(kind for kind, pattern in _OCCASIONS.items() if pattern.search(outside))


def _two_occasions(a: Account, b: Account) -> bool:
    """Two speakers' claims whose sentences name different occasions ("the Court of Appeal,
    ruling, said there was an emergency" / "he told MPs there remains an emergency"): said on two
    occasions by two speakers, two statements, whatever words they share. One naming none says
    nothing (most sentences do not say where)."""
    mine, theirs = _occasions(a), _occasions(b)
    return (bool(mine and theirs) and not mine & theirs) or _two_broadcasts(a, b)


def _one_speaker_on_two_occasions(a: Account, b: Account) -> bool:
    """One speaker's two claims whose sentences (or the sentences before them, `said_before`) name two
    occasions (`_two_occasions`: "in a statement to Newsnight" / "during Lords exchanges"): one line said
    twice, two statements."""
    return a.said_where and b.said_where and same_speaker(a, b) and _two_occasions(a, b)


def _names_an_occasion(text: str) -> bool:
    """`text` names an occasion of any kind `_two_occasions` reads: a kind, a programme, a channel
    spoken on or to, a named gathering."""
    return (
        any(pattern.search(text) for pattern in _OCCASIONS.values())
        or _PROGRAMME.search(text) is not None
        or _CHANNEL.search(text) is not None
        or _VENUE.search(text) is not None
    )


# an unresolved "he" or "she": most often the speaker the paragraph is about
_PRONOUN_LEFT = re.compile(r"(?:he|she)\s+\(unresolved\)$", re.I)
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.I)


def _occasion_before(claim: Claim, analysis: Analysis, article: Article, unsaid: Sequence[Mention]) -> str:
    """The sentence before the claim's in its paragraph, outside what anyone says in it, when it is about
    the claim's speaker (it names the speaker outside what is said, or holds a claim of the speaker's or
    of a "he" or "she" left unresolved) and names an occasion (`_names_an_occasion`); "" otherwise. The
    occasion a sentence gives often stands in the sentence before ("Speaking at the party's conference,
    Mr Chicolini claimed the harbour was safe. He said ..."). A claim whose sentence gives its speaker as
    "he" or "she" (outside what is said), resolved or not, takes it when that sentence is about a person (it
    names one outside what is said, or holds a claim): the pronoun takes up that sentence's person, and
    whoever it is, it was said there ("Appearing at a poster launch, the prime minister praised his
    chancellor. And he claimed ..."); any other claim whose speaker is not resolved takes none."""
    paragraph = article.paragraph_at(claim.sentence_start)
    if paragraph is None or claim.sentence_start <= paragraph.start:
        return ""
    outside = article.body[claim.sentence_start : claim.start] + " " + article.body[claim.end : claim.sentence_end]
    pronoun = bool(claim.speaker_id or _PRONOUN_LEFT.match(claim.speaker or "")) and bool(_HE_OR_SHE.search(outside))
    if not (claim.speaker_id or pronoun):
        return ""
    text = article.body[paragraph.start : claim.sentence_start].rstrip()
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    start, end = paragraph.start + (breaks[-1] if breaks else 0), paragraph.start + len(text)
    inside = [c for c in analysis.claims if start <= c.start < end and c.id != claim.id]
    if pronoun:
        about = bool(inside) or any(m.label == "PERSON" and start <= m.start < end for m in unsaid)
    else:
        about = any(m.entity_id == claim.speaker_id and start <= m.start < end for m in unsaid) or any(
            c.speaker_id == claim.speaker_id or _PRONOUN_LEFT.match(c.speaker or "") for c in inside
        )
    if not about:
        return ""
    chars = list(article.body[start:end])
    for c in inside:  # what is said in it is no occasion
        chars[c.start - start : min(c.end, end) - start] = " " * (min(c.end, end) - c.start)
    outside = _BACKGROUND.sub(" ", "".join(chars))
    return outside if _names_an_occasion(outside) else ""


# Two accounts said on two occasions, told by time: when the words were spoken, as each sentence says it
# outside the words reported ("Chicolini said on Sunday", "the party said last month", "told MPs on 3 March"),
# resolved against each article's own date. Spoken more than `DATE_WINDOW_DAYS` apart, they are two
# statements, whoever made them (`_said_at_two_times`). When a sentence gives no time, its article's date
# stands for it, but only between two speakers who cannot be one side (`_one_side`) and only from
# `OCCASION_GAP_DAYS` apart: a later article retelling what a speaker, or his party, said weeks before is
# common, two sources saying one thing weeks apart are two statements.
OCCASION_GAP_DAYS = 14
# "the Today programme" is no "today"
_NOT_A_DAY = re.compile(r"\bToday(?=\s+programme\b)")
_A_TIME = re.compile(r"\d|day\b|night\b|week\b|month\b|year\b", re.IGNORECASE)


def _outside_the_claim(span: str, sentence: str) -> str:
    """The sentence without the words reported and without a clause saying who someone is (", who was
    elected in 2001,"): how, where and when it was said."""
    at = sentence.find(span) if span else -1
    outside = sentence[:at] + " " + sentence[at + len(span) :] if at >= 0 else ""
    return _BACKGROUND.sub(" ", outside)


def _date_span(value: DateValue) -> tuple[date, date] | None:
    """The days a resolved date covers: a day, a week ("last week": from its Monday), a month, a year."""
    if value.year is None or value.relative:
        return None
    try:
        if value.month is None:
            return date(value.year, 1, 1), date(value.year, 12, 31)
        if value.day is None:
            last = calendar.monthrange(value.year, value.month)[1]
            return date(value.year, value.month, 1), date(value.year, value.month, last)
        day = date(value.year, value.month, value.day)
    except ValueError:
        return None
    return (day, day + timedelta(days=6)) if value.week else (day, day)


def _spoken(claim: Claim, span: str, sentence: str, article_date: date | None) -> tuple[date, date] | None:
    """When the sentence says the words were spoken: a day ("on 3 March", with its article's year
    when it gives none) or a time relative to the article's date ("on Sunday", "yesterday", "last
    week", "last month"), outside the words reported. A month or a year named alone ("in March",
    "in 2002") is more often what a figure is for, or a background, than when it was said: it is
    left out. None when it says no such time, or two that differ."""
    text = _NOT_A_DAY.sub("programme", _outside_the_claim(span, sentence))
    if not _A_TIME.search(text):
        return None  # most sentences say no time: spare the date parser
    found: set[tuple[date, date]] = set()
    as_written = parse_dates(text)
    resolved = parse_dates(text, article_date) if article_date is not None else as_written
    for written, value in zip(as_written, resolved, strict=True):
        if written.relative:
            if article_date is None:
                continue
        elif not written.has_day:
            continue
        elif value.year is None and article_date is not None:
            value = DateValue(article_date.year, value.month, value.day)
        days = _date_span(value)
        if days is not None:
            found.add(days)
    return found.pop() if len(found) == 1 else None


def _days_between(mine: tuple[date, date], theirs: tuple[date, date]) -> int:
    """Days from the end of the earlier span to the start of the later one (0 when they meet)."""
    if mine[1] < theirs[0]:
        return (theirs[0] - mine[1]).days
    if theirs[1] < mine[0]:
        return (mine[0] - theirs[1]).days
    return 0


def _said_at_two_times(a: Account, b: Account) -> bool:
    """Both sentences say when the words were spoken and the times are more than `DATE_WINDOW_DAYS`
    apart; or two speakers who cannot be one side spoke (or, saying no time, were reported) more than
    `OCCASION_GAP_DAYS` apart."""
    if a.spoken is not None and b.spoken is not None:
        return _days_between(a.spoken, b.spoken) > DATE_WINDOW_DAYS
    mine = a.spoken or ((a.published, a.published) if a.published else None)
    theirs = b.spoken or ((b.published, b.published) if b.published else None)
    if mine is None or theirs is None or _days_between(mine, theirs) <= OCCASION_GAP_DAYS:
        return False
    return not same_speaker(a, b) and not _one_side(a, b)


# The occasion a story is about, as its lead names it: an event of an actor's own, "Gordon Brown's
# pre-Budget report", "Labour's spring conference", "Chicolini's Budget speech". Two stories whose leads
# name two different occasions of one actor are about two occasions, and what they report was said at
# each: a stock line ("his spending plans were 'affordable'") told after one and after the other is two
# statements (`_two_occasions_of_one_actor`). The event's kind is its last word (synonyms one kind);
# the words before it say which ("pre-Budget" is no "Budget": a word is compared whole). The words of
# speeches, conferences and meetings are occasions.py's.
_OCCASION_KINDS = {
    "budget": "budget",
    "report": "report",
    "review": "report",
    **dict.fromkeys(sorted(occasions.ACTORS_SPEECHES), "speech"),
    **dict.fromkeys(sorted(occasions.ACTORS_CONFERENCES), "conference"),
    **dict.fromkeys(sorted(occasions.ACTORS_MEETINGS), "meeting"),
    "visit": "visit",
    "trip": "visit",
    "tour": "visit",
    "match": "match",
    "game": "match",
    "final": "match",
    "tie": "match",
    "fixture": "match",
    "election": "election",
    "vote": "election",
    "poll": "election",
    "referendum": "election",
    "ballot": "election",
    "manifesto": "manifesto",
    "launch": "launch",
    "interview": "interview",
    "results": "results",
    "trial": "trial",
    "hearing": "trial",
    "ruling": "ruling",
    "verdict": "ruling",
    "judgment": "ruling",
    "inquiry": "inquiry",
}
# an actor's named event ("Brown's pre-Budget report"): what a lead says a story is about. Not the
# occasion vocabulary of claims/article.py (`_OWN_OCCASION`, what a claim's own sentence says of where it
# was said): another question, read of another text
_ACTORS_OCCASION = re.compile(
    r"\b(?P<owner>[A-Z][\w-]*)(?:'s|’s)\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?P<kind>" + "|".join(_OCCASION_KINDS) + r")\b",
    re.IGNORECASE,
)


def _first_paragraph(article: Article) -> str:
    """The article's lead: its first paragraph that is no heading."""
    first = next((p for p in article.paragraphs if not p.is_heading), None)
    return article.body[first.start : first.end] if first is not None else ""


def _own_occasions(text: str) -> dict[str, frozenset[tuple[str, tuple[str, ...]]]]:
    """The occasions `text` gives an actor by name ("Gordon Brown's pre-Budget report" -> "brown":
    ("report", ("pre-budget",))): the owner's name (a capitalised word), the event's kind and the words
    before it."""
    found: dict[str, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
    for match in _ACTORS_OCCASION.finditer(text):
        owner = match.group("owner")
        if not owner[0].isupper():
            continue  # "the party's conference": no name
        words = tuple(match.group("words").lower().split())
        found[owner.lower()].add((_OCCASION_KINDS[match.group("kind").lower()], words))
    return {owner: frozenset(events) for owner, events in found.items()}


def _one_occasion(x: tuple[str, tuple[str, ...]], y: tuple[str, tuple[str, ...]]) -> bool:
    """Two names of one occasion: one kind, the words of one among the other's ("Budget statement" /
    "Budget" statement), or one's kind a word before the other's ("Budget" / "Budget speech")."""
    (kind_x, words_x), (kind_y, words_y) = x, y
    if kind_x == kind_y:
        return set(words_x) <= set(words_y) or set(words_y) <= set(words_x)
    return kind_x in {_OCCASION_KINDS.get(w) for w in words_y} or kind_y in {_OCCASION_KINDS.get(w) for w in words_x}


def _two_occasions_of_one_actor(a: Account, b: Account) -> bool:
    """The two articles' leads name occasions of one actor, and none of one's is one of the other's
    ("Gordon Brown's pre-Budget report" / "Gordon Brown's Budget"): two stories of two occasions."""
    for owner in a.lead_occasions.keys() & b.lead_occasions.keys():
        mine, theirs = a.lead_occasions[owner], b.lead_occasions[owner]
        if not any(_one_occasion(x, y) for x in mine for y in theirs):
            return True
    return False


def _one_line_in_other_words(a: Account, b: Account) -> bool:
    """Two accounts that do not tell one statement by its words or its figure: not near word for word
    the same (`VERBATIM`) and no figure both give (`_shared_figure`, `_one_amount`): what a
    line said twice looks like. The same words, or one documented figure, are one statement or one
    finding cited in two stories."""
    if _shared_figure(a, b) is not None or any(_one_amount(x, y) for x in a.quantities for y in b.quantities):
        return False
    return not _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM)


def _one_amount(x: Quantity, y: Quantity) -> bool:
    """One value of one unit, or of a unit one of them leaves unsaid ("two million pensioners" / "two
    million of our pensioners")."""
    return x.value == y.value and (x.unit == y.unit or not x.unit or not y.unit)


def _an_occasion_the_other_never_names(a: Account, b: Account) -> bool:
    """One article's lead gives a person an occasion of their own ("Gordon Brown's Budget", answered by
    another) and the other's whole article never names that person: the other story is not about that
    occasion, and a line both report in other words (`_one_line_in_other_words`) was said on two
    occasions (the Tory leader's "clear choice" after the Budget, and on the radio a week before)."""
    for one, other in ((a, b), (b, a)):
        if not other.article_names:
            continue  # an article naming no one: no telling
        for owner in one.occasion_people:  # a person's: not a party's, a team's or a day's
            if owner not in other.article_names:
                return _one_line_in_other_words(a, b)
    return False


# A claim whose sentence says whom it answers ("played down differences with Mr Wyatt and said",
# "responding to Chicolini", "hit back at the Harbour Party", "rejected Chicolini's claims") was said in
# an exchange with them: an account whose story never names them is another occasion, and an account by
# them is what was answered, not the answer (`_answers_someone_else`). Whom a rejection answers is told
# by an owner ("Chicolini's claims", "criticism from Chicolini"), not by a name that follows ("dismissed
# suggestions that Chicolini had been sidelined": he is what it is about).
_REPLY = re.compile(
    r"\b(?P<to>(?:respond(?:ed|ing|s)?|repl(?:ied|ying|ies)|react(?:ed|ing|s)?)\s+to|in\s+(?:response|reply)\s+to"
    r"|hit(?:s|ting)?\s+back\s+at|round(?:ed|ing|s)?\s+on|play(?:ed|ing|s)?\s+down\s+(?:\w+\s+){0,2}?(?:with|by|from))"
    r"|(?P<reject>(?:reject|dismiss|rebuff|rebutt?)(?:ed|es|ing|s)?)\b",
    re.IGNORECASE,
)
REPLY_REACH = 60  # characters after the words of a reply in which the one answered is named
_REPLY_END = re.compile(r"[.,;:\"“”]|\b(?:said|says|saying|told|added|insisted)\b")


def _answering(claim: Claim, analysis: Analysis, article: Article) -> frozenset[str]:
    """The ids and last words of those the claim's sentence says it answers (see `_REPLY`), the speaker
    and those named beside the speaker aside ("Responding, Harbour Party leader Chicolini said")."""
    start, end = claim.sentence_start, claim.sentence_end
    sentence = article.body[start:end]
    if not _REPLY.search(sentence):
        return frozenset()
    # the speaker, and a name beside the speaker's, a title between them at most ("Dock Party leader
    # Chicolini"): who speaks, not whom they answer
    own = [m for m in analysis.mentions if claim.speaker_id and m.entity_id == claim.speaker_id]

    def beside_the_speaker(mention: Mention) -> bool:
        between = [article.body[min(s.end, mention.end) : max(s.start, mention.start)] for s in own]
        return any(re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,3}", text) and not _REPLY.search(text) for text in between)

    found: set[str] = set()
    for match in _REPLY.finditer(sentence):
        at = start + match.end()
        if claim.start <= start + match.start() < claim.end:
            continue  # a reply the speaker talks about, not the speaker's own
        stop = _REPLY_END.search(sentence, match.end())
        reach = min(at + REPLY_REACH, start + stop.start() if stop else end)
        for mention in analysis.mentions:
            if not at <= mention.start < reach or claim.start <= mention.start < claim.end:
                continue
            if mention.label not in ("PERSON", "ORG") or mention.entity_id == claim.speaker_id:
                continue
            if beside_the_speaker(mention):
                continue
            if match["reject"]:
                owner = article.body[mention.end : mention.end + 2] in ("'s", "’s") or re.search(
                    r"\b(?:by|from)\s+(?:the\s+)?$", article.body[at : mention.start]
                )
                if not owner:
                    continue
            found.add(mention.entity_id)
            found |= _name_keys(mention.text)
            break
    return frozenset(found)


# The lead says whom the speaker answers in a sentence of its own ("Mr Wyatt defended the posters. He was
# responding to Harbour Party spokesman Chicolini, who ..."): the speaker named before, in the lead's
# first two paragraphs, and the reply's subject the speaker or a pronoun.
LEAD_PARAGRAPHS = 2
_LEAD_REPLY_END = re.compile(r"[.,;:\"“”]|\b(?:said|says|saying|told|added|insisted|who|which|that|over|about|on)\b")
# "He was responding to", "The premier was responding to": a pronoun or a title at the sentence's start
_SUBJECT_BY_WORD = re.compile(
    r"(?:^|[.!?][\"”]?\s+)(?:He|She|The\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|is|has\s+been|had\s+been)\s+$"
)


def _answering_in_lead(claim: Claim, analysis: Analysis, article: Article) -> frozenset[str]:
    """Whom the article's lead says the claim's speaker answers, when the claim's own sentence does not
    say (`_answering`): a reply in the first `LEAD_PARAGRAPHS` paragraphs whose subject is the speaker,
    the last person named before it, named just before the reply or taken up by a pronoun or a title
    ("He was responding to", "The premier was responding to"). The ids and last words of the one
    answered: the first person named after the reply, else the first organisation."""
    if not claim.speaker_id:
        return frozenset()
    lead = [p for p in article.paragraphs if not p.is_heading][:LEAD_PARAGRAPHS]
    for paragraph in lead:
        text = article.body[paragraph.start : paragraph.end]
        for match in _REPLY.finditer(text):
            at = paragraph.start + match.start()
            if match["reject"]:
                continue  # "rejected X's claims" in a lead is what the story is about, not whom one answers
            before = article.body[lead[0].start : at]
            people = [m for m in analysis.mentions if lead[0].start <= m.start < at and m.label == "PERSON"]
            if not people or people[-1].entity_id != claim.speaker_id:
                continue  # the subject is the last person named, and that is the speaker
            if not (
                _SUBJECT_BY_WORD.search(before)
                or re.fullmatch(r"[\s,]*(?:[\w’'-]+\s+){0,2}", article.body[people[-1].end : at])
            ):
                continue
            stop = _LEAD_REPLY_END.search(text, match.end())
            reach = paragraph.start + min(match.end() + REPLY_REACH, stop.start() if stop else len(text))
            named_after = [
                m
                for m in analysis.mentions
                if paragraph.start + match.end() <= m.start < reach
                and m.label in ("PERSON", "ORG")
                and m.entity_id != claim.speaker_id
            ]
            # "Harbour Party spokesman Chicolini": the person, not the party that describes him
            answered = [m for m in named_after if m.label == "PERSON"] or named_after
            if answered:
                return frozenset({answered[0].entity_id, *_name_keys(answered[0].text)})
    return frozenset()


def _answers_someone_else(a: Account, b: Account) -> bool:
    """One claim answers someone (`_answering`) whom the other's article never names, or who is the
    other's speaker: two occasions, or a statement and its answer. Near word for word the same, they
    are one statement told twice."""
    if not (a.answering or b.answering):
        return False
    if _worded_alike(a, b, shorter_share=VERBATIM, longer_share=VERBATIM):
        return False
    for one, other in ((a, b), (b, a)):
        if one.answering and (one.answering & _speaker_keys(other) or not one.answering & other.article_names):
            return True
    return False


# Broadcasts by name: two speakers heard on two programmes ("on the Today programme" / "on Newsnight"),
# or on two channels when not both name their programme ("told the BBC" / "told ITV"), spoke on two
# occasions (`_two_broadcasts`). A channel or a programme counts where someone speaks on or to it ("told
# the BBC", "on BBC One's Breakfast with Frost"), not where it is named ("Sky said its profits rose", "the
# New Deal programme").
_ON = r"\b(?:told|tells|telling|on|to|with)\s+(?:the\s+)?"
_CHANNELS = (
    r"(?:BBC|ITV\d?|Sky(?:\s+News)?|Channel\s+(?:4|Four|5|Five)|CNN|Radio\s+(?:\d|One|Two|Four|Five)|Five\s+Live"
    r"|Al[- ]Jazeera|Fox\s+News|NBC|CBS|ABC)\b"
)
_PROGRAMME = re.compile(
    _ON + r"(?:" + _CHANNELS + r"[\w'’ ]*?(?:'s|’s)\s+)?(?P<name>Newsnight|Panorama|Question\s+Time|Westminster\s+Hour"
    r"|World\s+at\s+One|Breakfast\s+with\s+Frost|Sunday\s+AM|GMTV|Jonathan\s+Dimbleby|Channel\s+4\s+News"
    r"|Politics\s+Show|Daily\s+Politics|(?:[A-Z][\w'’]*\s+){1,3}programme)\b"
)
_CHANNEL = re.compile(_ON + r"(?P<name>(?:" + _CHANNELS + r"\s*)+)")  # "BBC Radio 4": "bbc" and "radio 4"
_A_CHANNEL = re.compile(_CHANNELS)


def _broadcasts(account: Account) -> tuple[frozenset[str], frozenset[str]]:
    """The programmes and the channels the sentence names outside the claim's words, lower case (a
    programme by the last word of its name: "BBC Radio 4's Today programme" is "today"); or the sentence
    before's (`said_before`) when it names no occasion."""
    said_on = _said_on(account)
    return said_on.programmes, said_on.channels


def _find_broadcasts(account: Account) -> tuple[frozenset[str], frozenset[str]]:
    outside = _outside_the_claim(account.passage.quote, account.sentence) + " " + account.said_before
    programmes = set()
    for match in _PROGRAMME.finditer(outside):
        name = match["name"].split()
        programmes.add(name[-2].lower() if name[-1] == "programme" else " ".join(name).lower())
    channels = {
        " ".join(name.group(0).split()).lower()
        for match in _CHANNEL.finditer(outside)
        for name in _A_CHANNEL.finditer(match["name"])
    }
    return frozenset(programmes), frozenset(channels)


def _two_broadcasts(a: Account, b: Account) -> bool:
    """Both sentences name the programme and the programmes differ, or name channels only and none is
    the same; or both name the gathering spoken to and they differ (`_venues`)."""
    (mine, my_channels), (theirs, their_channels) = _broadcasts(a), _broadcasts(b)
    if mine and theirs:
        return not mine & theirs
    if my_channels and their_channels and not my_channels & their_channels:
        return True
    my_venues, their_venues = _venues(a), _venues(b)
    return bool(my_venues and their_venues) and not my_venues & their_venues


# A gathering by its name, where someone speaks at or to it: "told the Harbour Party conference", "at a
# Chamber of Commerce dinner", "addressing the Dockers' Union rally". The kind of gathering is no name.
_VENUE = re.compile(
    r"\b(?:told|tells|telling|at|to|addressing|addressed|addresses)\s+(?:the|a|an|this\s+year's|its|his|her|their)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5})(?:\w+\s+)?"
    rf"(?:{alternation(occasions.NAMED_GATHERINGS)})\b"
)


def _venues(account: Account) -> frozenset[str]:
    """The names of the gatherings the sentence says the words were spoken at, outside the claim's words,
    lower case ("the Harbour Party's spring conference": "harbour party")."""
    return _said_on(account).venues


def _find_venues(account: Account) -> frozenset[str]:
    outside = _outside_the_claim(account.passage.quote, account.sentence) + " " + account.said_before
    return frozenset(
        re.sub(r"(?:'s|’s|'|’)$", "", " ".join(m["name"].split())).lower() for m in _VENUE.finditer(outside)
    )


def _each_of_itself(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers each saying what they themselves will do or expect (`_OF_ITSELF`: "they will not
    be rushed into a bid" / "he does not expect a quick solution"), sharing no words said and not as
    close as a paraphrase: two positions on one question. One of them must open with a person ("he",
    "she", "we", "I"): "they" and "it" may both stand for the thing talked about ("they would help fight
    crime" / "it would help the fight against crime", of one scheme)."""
    if cosine >= POLARITY_MEANING or not (_OF_ITSELF.match(a.claim.content) and _OF_ITSELF.match(b.claim.content)):
        return False
    if not (_A_PERSON.match(a.claim.content) or _A_PERSON.match(b.claim.content)):
        return False
    return not _same_words_said(a, b, figure=False)


_NAME_RUN = re.compile(r"\b[A-Z][\w’-]*(?:'s)?(?:\s+[A-Z][\w’-]*)*")


def _names_as_words(text: str) -> str:
    """`text` with each name (capitalised words side by side: "Former WorldCom", "Bernie Ebbers") made
    one word: a name is one word of what is said however it is written, so a run of the same words
    that is an actor's title and name ("Former WorldCom boss Bernie Ebbers") is not four words both
    say, while "to the Institute of Fiscal Studies" still is."""
    return _NAME_RUN.sub(lambda m: re.sub(r"\W", "", m.group(0)), text)


def _sides_naming_one_figure(a: Account, b: Account, cosine: float) -> bool:
    """Two speakers on opposite sides whose only shared figure names the thing they talk about (see
    `_DETERMINERS`): the exact amount does not spare them the meaning tests (a fragment still is)."""
    if same_speaker(a, b) or not _only_names_shared(a, b):
        return False
    return _opposite_sides(a, b, cosine)


def _one_remark_retold(a: Account, b: Account, cosine: float) -> bool:
    """One speaker's two claims are one remark retold, not two remarks on one topic: close in
    meaning (`SPEAKER_MEANING`), or, when not, sharing what was said (`_same_words_said`) or an
    action both name (`_action_stems`; a claim with no verb, a noun phrase, cannot be told by its
    action and is left to the rules). Two remarks on one topic share its nouns ("arms exports",
    "the EU code", "lottery investment") and little else."""
    if cosine >= SPEAKER_MEANING or _same_words_said(a, b):
        return True
    if _noun_phrase(a.claim.content) or _noun_phrase(b.claim.content):
        return True  # it names its action as a noun ("the stand down of national guards"): no telling
    return bool(_action_stems(a.claim.content) & _action_stems(b.claim.content))


_VERB_FORMS = frozenset(
    "is are was were be been being am has have had do does did will would can could may might must should shall".split()
)


def _noun_phrase(text: str) -> bool:
    """A claim with no verb at all, neither an action (`_action_stems`) nor "is", "had", "would"."""
    return not _action_stems(text) and not _VERB_FORMS.intersection(related._words(text))


def _exact_amount(a: related.ClaimFeatures, b: related.ClaimFeatures) -> bool:
    """An exact amount both claims state."""
    return any(x.specific and b.numbers[n].specific for n, x in a.numbers.items() if n in b.numbers)


def _meaning_not_needed(a: related.ClaimFeatures, b: related.ClaimFeatures) -> bool:
    """A fragment, or an exact amount both state: the cosine says little."""
    return min(len(a.wording), len(b.wording)) < related.MEANING_VETO_MIN_WORDS or _exact_amount(a, b)


def _identified(account: Account) -> bool:
    """A speaker that is one source: an entity the analysis resolved ("the Treasury", "Brown"), or one
    person described by a singular title ("the chancellor"); not a pronoun left unresolved, a plural
    ("analysts", "Moscow officials") nor two sources named together ("the Tories and the Lib Dems")."""
    if account.claim.speaker_id:
        return True
    words = account.claim.speaker.lower().replace("(unresolved)", "").split()
    return (
        len(words) >= 2 and words[0] == "the" and "and" not in words and "both" not in words
    ) and not _many_described(account)


def _two_sources(a: Account, b: Account) -> bool:
    """Two identified speakers (`_identified`) who cannot be one side (`_one_side`): a person and an
    organisation that is not theirs, two people, two organisations. A fragment of a few words that
    one of them is reported to have said ("his spending plans were 'affordable'") tells too little to
    be the other's statement unless the same words are said (`_said_alike`) or an exact amount: a
    stock line ("the plans are affordable", "we are on track") is said by many, on many occasions."""
    return _identified(a) and _identified(b) and not same_speaker(a, b) and not _one_side(a, b)


# A line said on many occasions: a party's stock line ("the Harbour Party means higher taxes and soft
# crime laws"), said by its spokesman after one event, by its chairman after another. Two articles about
# one story share more than the line (other accounts of one event: more pairs between them); two stories
# of two events share only it. Between two articles whose only pair is theirs, two accounts telling the
# line in other words (`_one_line_in_other_words`) are two statements when two people say it
# (`_two_people`: two people cannot make one statement; one side or not, a party's people repeat its
# line), or when each gives the words as said and the words differ (`_two_quotations`). A figure both
# give is one finding cited in two stories; loose and plural speakers, and one speaker told in other
# words, are left as they were: a speaker's position retold in a later story reads the same.
QUOTATION_WORDS = 6  # a quoted phrase this long is words as said, not a slogan or a catchphrase
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


def _one_person(account: Account) -> bool:
    """A speaker that is one person: a person the analysis resolved, or an unnamed spokesman ("a
    Harbour Party spokesman", one person speaking for an organisation on one occasion)."""
    return account.speaker_label == "PERSON" or bool(
        _SPOKESPERSON.search(account.claim.speaker) and not _many_described(account)
    )


def _two_people(a: Account, b: Account) -> bool:
    """Two speakers who are two people (`_one_person`, and not one speaker)."""
    return _one_person(a) and _one_person(b) and not same_speaker(a, b)


def _quotations(account: Account) -> list[str]:
    """The words the claim gives as said: a direct quote whole, or its quoted phrases of
    `QUOTATION_WORDS` words or more."""
    if account.claim.direct_quote:
        return [account.claim.content]
    return [q for q in _QUOTED.findall(account.claim.content) if len(q.split()) >= QUOTATION_WORDS]


def _two_quotations(a: Account, b: Account) -> bool:
    """Both give the words as said (`_quotations`) and no quotation of one shares `SAME_RUN` words in a
    row with one of the other's: two sayings."""
    mine, theirs = _quotations(a), _quotations(b)
    return bool(mine and theirs) and all(_longest_run(x, y) < SAME_RUN for x in mine for y in theirs)


def _lines_said_twice(edges: Mapping[tuple[str, str], object], accounts: _Accounts) -> list[tuple[str, str]]:
    """The pairs between two articles that no pair of two other claims links, telling a line said twice
    (see above). Another claim of one article paired with one of these two is the line again, not
    another fact."""
    between: dict[frozenset[str], list[tuple[str, str]]] = defaultdict(list)
    for a, b in edges:
        between[frozenset((accounts[a].article_id, accounts[b].article_id))].append((a, b))
    found = []
    for a, b in edges:
        one, other = accounts[a], accounts[b]
        pairs = between[frozenset((one.article_id, other.article_id))]
        if any(a not in pair and b not in pair for pair in pairs) or not _one_line_in_other_words(one, other):
            continue  # another fact between the two articles (a pair of other claims): one story
        if _two_people(one, other) or _two_quotations(one, other):
            found.append((a, b))
    return found


def build_fact_groups(
    analyses: Sequence[Analysis],
    articles: Mapping[str, Article] | Iterable[Article],
    *,
    threshold: float = GROUP_THRESHOLD,
    duplicate_keys: Mapping[str, str] | None = None,
    meaning: bool = False,
) -> list[FactGroup]:
    """The fact groups of a project: claims of different articles that report one fact.

    `articles` gives titles, publishers, dates and the verbatim text (by id); an analysis whose
    article is missing still groups, with its claim content as the span. `duplicate_keys`
    (article id -> duplicate-group key, as the index stores them) saves finding the duplicates
    again; without a key for every article they are found here. Groups are ordered by size,
    then score, largest first. With `meaning` and the embedding model installed, pairs far apart
    in meaning are not grouped (`MEANING_SPLIT`); without the model the rules alone decide."""
    by_id = dict(articles) if isinstance(articles, Mapping) else {a.id: a for a in articles}
    analyses = sorted(analyses, key=lambda a: a.article_id)
    duplicates_of: dict[str, list[str]] = defaultdict(list)
    present = [by_id[a.article_id] for a in analyses if a.article_id in by_id]
    copy_group = duplicate_groups(present, duplicate_keys)
    canonical_of_body: dict[str, str] = {}
    kept: list[Analysis] = []
    for analysis in analyses:
        if analysis.article_id in copy_group:
            first = canonical_of_body.setdefault(copy_group[analysis.article_id], analysis.article_id)
            if first != analysis.article_id:
                duplicates_of[first].append(analysis.article_id)
                continue
        kept.append(analysis)

    accounts = _Accounts(kept, by_id, duplicates_of)

    # candidate pairs: related claims that pass the stricter tests above
    edges: dict[tuple[str, str], tuple[float, str]] = {}
    # One index for every query: `related_matches` would check its cache key (one entry per
    # analysis) on each call, which costs more than the queries on a large corpus.
    index = related._index_for(kept)
    candidates = _Candidates(index, threshold)
    for analysis in kept:
        for claim in analysis.claims:
            for match in candidates.query(claim, CANDIDATES, threshold):
                other = match.claim.id
                if other not in accounts.owner or match.claim.article_id == claim.article_id:
                    continue
                pair = (min(claim.id, other), max(claim.id, other))
                if pair in edges:
                    continue
                mine, theirs = accounts[claim.id], accounts[other]
                if _pair_ok(mine, theirs, match.score, threshold) and _enough_evidence(mine, theirs, match):
                    edges[pair] = (match.score, match.reason)

    for pair, found in _same_speaker_pairs(kept, accounts, threshold).items():
        if pair not in edges:
            edges[pair] = found
    for pair in _lines_said_twice(edges, accounts):
        del edges[pair]  # a line said on two occasions, in two stories that share nothing else
    if meaning:
        parted: set[tuple[str, str]] = set()
        edges = _by_meaning(index, accounts, edges, parted)
        for pair in _parted_with_their_lines(edges, parted, accounts):
            del edges[pair]  # the line of a pair parted as two statements, told again in its story

    # cliques, strongest pairs first; one claim per article and one group per claim
    group_of: dict[str, int] = {}
    members: list[list[str]] = []
    for (a, b), _found in sorted(edges.items(), key=lambda e: (-e[1][0], e[0])):
        ga, gb = group_of.get(a), group_of.get(b)
        if ga is not None and ga == gb:
            continue
        left = members[ga] if ga is not None else [a]
        right = members[gb] if gb is not None else [b]
        articles_left = {accounts[c].article_id for c in left}
        if any(accounts[c].article_id in articles_left for c in right):
            continue
        if not all((min(x, y), max(x, y)) in edges for x in left for y in right):
            continue
        merged = left + right
        target = ga if ga is not None else gb
        if target is None:
            target = len(members)
            members.append([])
        if ga is not None and gb is not None and gb != target:
            members[gb] = []
        members[target] = merged
        for c in merged:
            group_of[c] = target

    groups: list[FactGroup] = []
    for claim_ids in members:
        if len(claim_ids) < 2:
            continue
        ordered = sorted(claim_ids, key=lambda c: (accounts[c].article_id, c))
        pairs = [(min(x, y), max(x, y)) for i, x in enumerate(ordered) for y in ordered[i + 1 :]]
        weakest = min(edges[p][0] for p in pairs)
        reasons = Counter(part for p in pairs for part in edges[p][1].split("; ") if part)
        groups.append(
            FactGroup(
                id=f"fact:{ordered[0]}",
                accounts=[accounts[c] for c in ordered],
                score=round(weakest, 4),
                shared=[r for r, _ in reasons.most_common()],
            )
        )
    groups.sort(key=lambda g: (-len(g.accounts), -g.score, g.id))
    affiliations = _affiliations(kept) if groups else {}
    for group in groups:
        for account in group.accounts:
            account.speaker_ties |= affiliations.get(account.claim.speaker_id or "", frozenset())
    return groups


def group_of_claim(claim_id: str, groups: Iterable[FactGroup]) -> FactGroup | None:
    """The group holding `claim_id`, if any (for "compare" from a claim)."""
    return next((g for g in groups if claim_id in g.claim_ids), None)


# --------------------------------------------------------------------------- comparison


def _label(account: Account) -> str:
    """How an explanation names an account: its publisher or title, then the article id."""
    name = account.passage.publisher or account.passage.title or account.article_id
    return f"{name} ({account.article_id})" if name != account.article_id else name


def _list(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _amount_differences(accounts: Sequence[Account]) -> list[Difference]:
    out: list[Difference] = []
    kinds: dict[str, dict[str, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    for account in accounts:
        for q in account.quantities:
            kinds[q.kind][account.claim.id].append(q)
    for kind, by_claim in kinds.items():
        values = {frozenset(qs) for qs in by_claim.values()}
        common = frozenset.intersection(*values)
        if len(by_claim) >= 2 and len(values) > 1 and common:
            # they agree on a figure and some give more ("£35bn" and "£35bn and £4bn"): a detail
            # the others leave out, not a disagreement
            givers = [a for a in accounts if a.claim.id in by_claim and set(by_claim[a.claim.id]) - common]
            others = [a for a in accounts if a.claim.id in by_claim and a not in givers]
            extra = sorted({q.text or q.normalised() for a in givers for q in by_claim[a.claim.id] if q not in common})
            out.append(
                Difference(
                    "omission",
                    f"{_list([_label(a) for a in givers])} also give{'s' if len(givers) == 1 else ''} "
                    f"{_list(extra)}; {_list([_label(a) for a in others])} "
                    f"do{'es' if len(others) == 1 else ''} not.",
                    [a.claim.id for a in others],
                    SEVERITY["omission"],
                )
            )
        elif len(by_claim) >= 2 and len(values) > 1:
            parts = [
                f"{_label(a)} gives {_list([q.text or q.normalised() for q in by_claim[a.claim.id]])}"
                for a in accounts
                if a.claim.id in by_claim
            ]
            qualified = any(q.qualifier for qs in by_claim.values() for q in qs)
            note = " (some figures are approximate)" if qualified else ""
            what = kind.split(":", 1)[0].replace("count", "count of " + kind.split(":")[-1])
            out.append(
                Difference(
                    "amount",
                    f"The {what} disagrees: {'; '.join(parts)}{note}.",
                    list(by_claim),
                    SEVERITY["amount"],
                )
            )
        missing = [a for a in accounts if a.claim.id not in by_claim]
        if missing and kind != "number":
            givers = [a for a in accounts if a.claim.id in by_claim]
            figures = _list(sorted({q.text or q.normalised() for qs in by_claim.values() for q in qs}))
            out.append(
                Difference(
                    "omission",
                    f"{_list([_label(a) for a in missing])} state{'s' if len(missing) == 1 else ''} no "
                    f"{kind.split(':')[0]} figure where {_list([_label(a) for a in givers])} give{'s' if len(givers) == 1 else ''} "
                    f"{figures}.",
                    [a.claim.id for a in missing],
                    SEVERITY["omission"],
                )
            )
    return out


def _date_differences(accounts: Sequence[Account]) -> list[Difference]:
    dated = [a for a in accounts if any(d.month is not None or d.relative for d in a.dates)]
    out: list[Difference] = []
    conflicting = []
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            verdicts = [x.agrees(y) for x in a.dates for y in b.dates]
            if any(v is False for v in verdicts) and not any(v is True for v in verdicts):
                conflicting.append((a, b))
    if conflicting:
        by_id = {a.claim.id: a for pair in conflicting for a in pair}
        involved = list(by_id.values())
        parts = [f"{_label(a)} gives {_list([d.text or d.normalised() for d in a.dates])}" for a in involved]
        out.append(
            Difference(
                "date",
                f"The dates disagree: {'; '.join(parts)}.",
                [a.claim.id for a in involved],
                SEVERITY["date"],
            )
        )
    undated = [a for a in accounts if not a.dates]
    if dated and undated:
        out.append(
            Difference(
                "omission",
                f"{_list([_label(a) for a in undated])} give{'s' if len(undated) == 1 else ''} no date; "
                f"{_list([f'{_label(a)} gives {_list([d.text or d.normalised() for d in a.dates])}' for a in dated])}.",
                [a.claim.id for a in undated],
                SEVERITY["omission"],
            )
        )
    return out


def _attribution_differences(accounts: Sequence[Account]) -> list[Difference]:
    out: list[Difference] = []
    outlets = {a.claim.id: tuple(a.outlets) for a in accounts}
    if len(set(outlets.values())) > 1:
        parts = [
            f"{_label(a)} cites {_list(list(a.outlets))}" if a.outlets else f"{_label(a)} cites no outlet"
            for a in accounts
        ]
        out.append(
            Difference(
                "attribution",
                f"They attribute it through different outlets: {'; '.join(parts)}.",
                [a.claim.id for a in accounts],
                SEVERITY["attribution"],
            )
        )
    # A country as the speaker ("Britain says", "according to US figures") names no source:
    # its government, a survey, a people, as unsure as a description.
    named = [a for a in accounts if a.claim.speaker_id and a.speaker_label != "PLACE"]
    if _distinct_speakers(named) > 1:
        parts = [f"{_label(a)}: {a.claim.speaker or 'no speaker'}" for a in accounts]
        out.append(
            Difference(
                "attribution",
                f"They attribute it to different speakers: {'; '.join(parts)}.",
                [a.claim.id for a in accounts],
                SEVERITY["attribution"],
            )
        )
    elif named:
        # A speaker described ("the prime minister", "the charity's director"), left a pronoun
        # or not given is not a different speaker: the same one named otherwise, as far as
        # anyone can tell. Said only when the describing article names none of the speakers
        # the others name, and as a detail left out, never as a disagreement.
        keys = set().union(*(_speaker_keys(a) for a in named))
        unnamed = [a for a in accounts if a not in named and (_many_described(a) or not keys & a.article_names)]
        if unnamed:
            who = _list(sorted({a.claim.speaker for a in named}))
            out.append(
                Difference(
                    "omission",
                    f"{_list([_label(a) for a in named])} name{'s' if len(named) == 1 else ''} the speaker, {who}; "
                    + "; ".join(
                        f"{_label(a)} " + (f"says only {a.claim.speaker!r}" if a.claim.speaker else "names no speaker")
                        for a in unnamed
                    )
                    + ".",
                    [a.claim.id for a in unnamed],
                    SEVERITY["omission"],
                )
            )
    return out


_PRONOUNS = frozenset("he she it they we i you this that".split())
_AFTER_HEAD = frozenset("by of for in from at who which that with on".split())


def _many_described(account: Account) -> bool:
    """A speaker described in the plural ("independent analysts", "Russia's newspapers", "figures
    released by the organisers"): many people or papers, not the one person its article names
    elsewhere as a singular description would be ("the prime minister"), so worth the note."""
    words = account.claim.speaker.lower().replace("(unresolved)", "").split()
    if not words or words[0] in _PRONOUNS:
        return False
    head = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    noun = words[head - 1] if head else ""
    return len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "'s"))


_TITLES = frozenset({"the", "a", "an"} | HONORIFICS.keys() | PEERAGES.keys())


def _speaker_keys(account: Account) -> set[str]:
    """What names the speaker across articles: its id, its name as written (titles aside: "Mr
    Blair" and "Blair", "GM" and "GM" under two ids), and for a person the last word of its name
    and id ("Tony Blair", "tony-blair"). An organisation's last word is no name: "Labour Party"
    and "Conservative Party", two "...Office"s."""
    words = [w for w in account.claim.speaker.lower().split() if w not in _TITLES]
    keys = {account.claim.speaker_id or "", "name:" + " ".join(words) if words else ""}
    if account.speaker_label in ("PERSON", ""):
        keys |= _name_keys(" ".join(words)) | _name_keys(account.claim.speaker_id or "")
    return keys - {""}


def _one_side(a: Account, b: Account) -> bool:
    """Whether two named speakers may be one source: one entity named two ways ("Blair" /
    "tony-blair"), or a person and the organisation named next to them in either article
    ("Lib Dem leader Charles Kennedy" / "the Lib Dems", "Oxfam director Jane Roe" / "Oxfam"):
    a member speaking for its party is not another source."""
    if _speaker_keys(a) & _speaker_keys(b):
        return True
    # one organisation's id the start of the other's: "qwest" / "qwest-communications"
    ids = sorted((a.claim.speaker_id or "", b.claim.speaker_id or ""), key=len)
    if ids[0] and ids[1].startswith(ids[0] + "-"):
        return True
    labels = {a.speaker_label, b.speaker_label}
    if labels != {"PERSON", "ORG"}:
        return False
    if a.claim.speaker_id in b.speaker_ties or b.claim.speaker_id in a.speaker_ties:
        return True
    person, organisation = (a, b) if a.speaker_label == "PERSON" else (b, a)
    return _titled_by(person, organisation)


def _distinct_speakers(accounts: Sequence[Account]) -> int:
    """How many different speakers the accounts have, counting two as one when they may be
    one source (`_one_side`)."""
    parent = list(range(len(accounts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(accounts)):
        for j in range(i + 1, len(accounts)):
            if _one_side(accounts[i], accounts[j]):
                parent[root(i)] = root(j)
    return len({root(i) for i in range(len(accounts))})


# An account may run over more sentences than the others report: a quotation continued ('"A," he
# admitted. "B. C."') of which another article quotes only B. What the accounts have in common is then
# B, and the differences are those of B: its polarity, the names it gives, and a stance only when the
# reporting verb frames it (the first sentence of the run; a verb after it, "he admitted", is the
# first sentence's). A sentence is shared when `SHARED_SENTENCE` of its content words, and at least
# two, are words of the others' spans.
SHARED_SENTENCE = 0.5


@dataclass(frozen=True, slots=True)
class _Shared:
    """The part of an account's span that the other accounts report."""

    text: str
    first: bool  # it includes the span's first sentence
    spans: tuple[tuple[int, int], ...]  # where its sentences are in the span


def _shared_parts(accounts: Sequence[Account]) -> dict[str, _Shared]:
    """claim id -> the sentences of its span that the others report, for each account of several
    sentences of which some, not all, are shared; an account not named is compared whole."""
    out: dict[str, _Shared] = {}
    words = {a.claim.id: set(content_words(a.passage.quote)[0]) for a in accounts}
    for account in accounts:
        quote = account.passage.quote
        spans = split_sentences(quote)
        if len(spans) < 2:
            continue
        said = set().union(*(words[o.claim.id] for o in accounts if o is not account))
        kept = []
        for a, b in spans:
            own = set(content_words(quote[a:b])[0])
            common = len(own & said)
            if common >= 2 and common >= SHARED_SENTENCE * len(own):
                kept.append((a, b))
        if kept and len(kept) < len(spans):
            text = " ".join(quote[a:b] for a, b in kept)
            out[account.claim.id] = _Shared(text, kept[0] == spans[0], tuple(kept))
    return out


def _negated(account: Account, shared: Mapping[str, _Shared]) -> bool:
    """Whether the account states in the negative what the others report: the analysis's reading
    of the claim, or the words of its shared part when only part of it is shared and the sentences
    left out are where the claim's negative words are. A shared part with a negative word the whole
    has too keeps the analysis's reading: the word test alone made "we presented evidence they were
    not aware of" negative in one account and not in the other that quotes it whole."""
    part = shared.get(account.claim.id)
    if part is None or _negative(part.text) == _negative(account.passage.quote):
        return account.claim.negated
    return _negative(part.text)


def _stance_differences(accounts: Sequence[Account], shared: Mapping[str, _Shared] | None = None) -> list[Difference]:
    out: list[Difference] = []
    shared = {} if shared is None else shared
    # "claimed" and "reported" are both the speaker asserting it: which verb the reporter chose
    # ("insisted", "said") is no disagreement between the accounts. A denial and the negative
    # said ("denied they conspired" / "said they never conspired") are one statement.
    # (A denial is analysed as negative: `negated` holds for both.) An account whose shared part is
    # a later sentence of its run has no stance of its own here (the verb frames another sentence).
    framed = [a for a in accounts if a.claim.id not in shared or shared[a.claim.id].first]
    denial_as_negative = any(a.stance == "denied" for a in framed) and all(_negated(a, shared) for a in framed)
    stances = {
        "reported" if a.stance == "claimed" or (denial_as_negative and a.stance == "denied") else a.stance
        for a in framed
    }
    if len(stances) > 1:
        stances = {a.stance for a in framed}
        parts = [f"{_label(a)}: {a.claim.speaker or 'no speaker'} {_verb(a)} ({a.stance})" for a in framed]
        weight = SEVERITY["stance"] * (2 if "denied" in stances else 1)
        out.append(
            Difference(
                "stance",
                f"The stance differs: {'; '.join(parts)}.",
                [a.claim.id for a in framed],
                weight,
            )
        )
    negated = [a for a in accounts if _negated(a, shared)]
    if negated and len(negated) < len(accounts):
        out.append(
            Difference(
                "polarity",
                f"{_list([_label(a) for a in negated])} state{'s' if len(negated) == 1 else ''} it in the negative, "
                f"the others do not.",
                [a.claim.id for a in negated],
                SEVERITY["polarity"],
            )
        )
    return out


def _place_countries() -> tuple[dict[str, str], frozenset[str]]:
    """The entity table's knowledge of where places are: each place's country id ("minsk" ->
    "belarus", from a place entry's `country`), and the ids known to be countries."""
    from belreader.nlp.aliases import load_table

    table = load_table()
    within = {e.id: e.country for e in table.entries.values() if e.label == "PLACE" and e.country}
    countries = frozenset(within.values()) | {e.id for e in table.entries.values() if e.role == "country"}
    return within, countries


def _entity_omissions(accounts: Sequence[Account], shared: Mapping[str, _Shared] | None = None) -> list[Difference]:
    """A name that some accounts give and others leave out (speakers excluded). A country is
    not left out by an account that names a place the entity table puts in it ("Minsk" for
    "Belarus"); a place the table cannot locate is said beside the flag, not taken as either.
    A name in a sentence of an account that the others do not report (`_shared_parts`) is part
    of another statement, not a detail they leave out."""
    out: list[Difference] = []
    shared = {} if shared is None else shared
    within, countries = _place_countries()
    names: dict[str, str] = {}
    holders: dict[str, list[Account]] = defaultdict(list)
    for account in accounts:
        part = shared.get(account.claim.id)
        for entity_id, text in account.entities.items():
            if part is not None and text not in part.text:
                continue
            names.setdefault(entity_id, text)
            holders[entity_id].append(account)
    spans = {a.claim.id: " ".join(a.passage.quote.lower().split()) for a in accounts}
    speakers = {a.claim.speaker_id for a in accounts if a.claim.speaker_id}
    for entity_id, given in holders.items():
        if entity_id in speakers:
            continue
        name = " ".join(names[entity_id].lower().split())
        missing = [a for a in accounts if a not in given and name not in spans[a.claim.id]]
        missing = [a for a in missing if not any(within.get(p) == entity_id for p in a.places)]
        if not missing:
            continue
        # Of a city, an account naming only its country ("Belarus" for "Minsk") gives less, not nothing.
        country = within.get(entity_id)
        broader = [a for a in missing if country is not None and country in a.places]
        others = [a for a in missing if a not in broader]
        said = []
        if broader and country is not None:
            written = next((a.entities[country] for a in broader if country in a.entities), country)
            said.append(
                f"{_list([_label(a) for a in broader])} name{'s' if len(broader) == 1 else ''} only its country, {written}"
            )
        if others:
            said.append(f"{_list([_label(a) for a in others])} do{'es' if len(others) == 1 else ''} not")
        unplaced = []
        if entity_id in countries:
            # A place the table cannot locate may lie in the country: said, and left to the reader.
            for account in others:
                places = [
                    account.entities[p]
                    for p in sorted(account.places)
                    if p in account.entities and p not in within and p not in countries and p != entity_id
                ]
                if places:
                    these = "that is" if len(places) == 1 else "these are"
                    unplaced.append(
                        f" {_label(account)} names {_list(places)}: belreader cannot tell whether {these} "
                        f"in {names[entity_id]}."
                    )
        out.append(
            Difference(
                "omission",
                f"{_list([_label(a) for a in given])} name{'s' if len(given) == 1 else ''} {names[entity_id]}; "
                f"{'; '.join(said)}." + "".join(unplaced),
                [a.claim.id for a in missing],
                SEVERITY["omission"],
            )
        )
    return out


def _verb(account: Account) -> str:
    return account.claim.verb_text or account.claim.verb


def compare(group: FactGroup) -> Comparison:
    """One row per account, and the differences between the accounts, each in words."""
    shared = _shared_parts(group.accounts)
    rows = []
    for account in group.accounts:
        passage = account.passage
        rows.append(
            Row(
                claim_id=account.claim.id,
                claim_fingerprint=account.claim.fingerprint,
                article_id=account.article_id,
                title=passage.title,
                publisher=passage.publisher,
                author=passage.author,
                date=passage.date,
                url=passage.url,
                path=passage.article_path,
                paragraph=passage.paragraph_number,
                speaker=account.claim.speaker,
                verb=_verb(account),
                stance=account.stance,
                negated=_negated(account, shared),
                outlets=account.outlets,
                outlet_ids=list(account.claim.outlets),
                span=passage.quote,
                amounts=[q.text or q.normalised() for q in account.quantities],
                amounts_normalised=[q.normalised() for q in account.quantities],
                dates=[d.text or d.normalised() for d in account.dates],
                dates_normalised=[d.normalised() for d in account.dates],
                citation=citation(passage),
                duplicates=list(account.duplicates),
                shared_spans=list(shared[account.claim.id].spans) if account.claim.id in shared else [],
            )
        )
    accounts = group.accounts
    differences = (
        _amount_differences(accounts)
        + _date_differences(accounts)
        + _stance_differences(accounts, shared)
        + _attribution_differences(accounts)
        + _entity_omissions(accounts, shared)
    )
    differences.sort(key=lambda d: -d.severity)
    return Comparison(group.id, rows, differences, list(group.shared), group.score)


def disagreements(groups: Iterable[FactGroup]) -> list[Comparison]:
    """The comparisons of groups whose accounts differ in substance (amounts, dates, stance,
    polarity or attribution; omissions alone do not count), most different first."""
    substantive = {"amount", "date", "stance", "polarity", "attribution"}
    ranked = []
    for group in groups:
        comparison = compare(group)
        if any(d.kind in substantive for d in comparison.differences):
            ranked.append(comparison)
    ranked.sort(key=lambda c: (-c.severity, -len(c.rows), c.group_id))
    return ranked


# --------------------------------------------------------------------------- renderers

CSV_COLUMNS = (
    "group",
    "claim",
    "claim_fingerprint",
    "article",
    "title",
    "publisher",
    "author",
    "date",
    "paragraph",
    "url",
    "path",
    "speaker",
    "verb",
    "stance",
    "negated",
    "outlets",
    "span",
    "amounts",
    "dates",
    "differences",
)


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2)


def to_markdown(comparison: Comparison) -> str:
    """The accounts as quotes with their citations, then the differences. Inert Markdown."""
    lines = [f"# Compare: `{comparison.group_id.replace('`', '')}`", ""]  # a code span: inert, unescaped
    if comparison.shared:
        lines += [f"Grouped on: {markdown_text('; '.join(comparison.shared))}", ""]
    lines += ["## Accounts", ""]
    for n, row in enumerate(comparison.rows, 1):
        who = f"{row.speaker or 'no speaker'} {row.verb}".strip()
        via = f" via {markdown_text(', '.join(row.outlets))}" if row.outlets else ""
        lines.append(f"{n}. **{markdown_text(who)}**{via} ({row.stance}{', negative' if row.negated else ''})")
        lines.append("")
        lines += ["   " + line for line in _quote(row.span).split("\n")]
        lines.append("")
        facts = []
        if row.amounts:
            facts.append(
                "amounts: " + ", ".join(f"{a} = {b}" for a, b in zip(row.amounts, row.amounts_normalised, strict=True))
            )
        if row.dates:
            facts.append(
                "dates: " + ", ".join(_as_written(a, b) for a, b in zip(row.dates, row.dates_normalised, strict=True))
            )
        if facts:
            lines += [f"   {markdown_text('; '.join(facts))}", ""]
        cite = _citation_markdown(row)
        lines += [f"   — {cite}", ""]
        if row.duplicates:
            lines += [
                f"   (the same or nearly the same text is also in {markdown_text(', '.join(row.duplicates))})",
                "",
            ]
    lines += ["## Differences", ""]
    if not comparison.differences:
        lines.append("None found: the accounts agree on what they state.")
    numbers = {row.article_id: f"#{n}" for n, row in enumerate(comparison.rows, 1)}
    for difference in comparison.differences:
        explanation = difference.explanation
        for article_id, number in numbers.items():  # "#2" reads better than an article id, here
            explanation = explanation.replace(article_id, number)
        lines.append(f"- **{difference.kind}**: {markdown_text(explanation)}")
    return "\n".join(lines).rstrip() + "\n"


def _as_written(written: str, normalised: str) -> str:
    """A date as written, with its resolved form when there is one ("September 14" has no year)."""
    return written if "?" in normalised or normalised == written else f"{written} = {normalised}"


def _quote(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in markdown_text(text).split("\n"))


def _citation_markdown(row: Row) -> str:
    passage = Passage(
        quote=row.span,
        article_id=row.article_id,
        article_path=row.path,
        paragraph=row.paragraph - 1,
        start=0,
        end=0,
        title=row.title,
        author=row.author,
        publisher=row.publisher,
        date=row.date,
        url=row.url,
    )
    return citation(passage, markdown_text)


def to_csv(comparison: Comparison) -> str:
    """One line per account; the differences that concern an account in its last column."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in comparison.rows:
        concerns = [d.explanation for d in comparison.differences if row.claim_id in d.accounts]
        values = [
            comparison.group_id,
            row.claim_id,
            row.claim_fingerprint,
            row.article_id,
            row.title,
            row.publisher or "",
            row.author or "",
            row.date or "",
            row.paragraph,
            row.url or "",
            row.path,
            row.speaker,
            row.verb,
            row.stance,
            "yes" if row.negated else "no",
            "; ".join(row.outlets),
            row.span,
            "; ".join(row.amounts_normalised),
            "; ".join(row.dates_normalised),
            " | ".join(concerns),
        ]
        writer.writerow([clean_text(str(v)) for v in values])
    return buffer.getvalue()
