"""Related claims across articles: claims about the same fact or event.

Two claims are related when they are about the same fact or event, which a reader can
check from what they share:

- actors: canonical entities of names mentioned in the claim, the speaker included (the
  same speaker on both sides counts as a shared actor even when they speak everywhere,
  though it then adds nothing to the score);
- amounts: numbers normalised with their unit and scale ("$1.5bn", "$1.5 billion" and
  "1.5 billion dollars" are all `1.5 billion usd`; "£1,400" and "1,400 pounds" are
  `1400 gbp`; "16 per cent" is `16%`), and orders of magnitude that name no number
  ("hundreds of millions" of pounds: `hundreds of millions gbp`, weak);
- the predicate: content words, lightly stemmed.

Incidental words never count: time phrases (days, months, "yesterday", "last week"),
reporting words ("said", "told", "statement"), very common news words, and features
found in more than `COMMON_FRACTION` of all claims (a country every article mentions).
Bare small numbers and years are not amounts; years only serve to tell two claims
apart in time. An office or position written before a person's name ("Arsenal defender X",
"shadow chancellor X") counts in the score but is no evidence: it says who, not what.

A pair is related when it scores at least `THRESHOLD` (an IDF-weighted cosine over the
features above, an exact amount weighing more than a word), is not dated years apart,
and shares evidence of one fact, one of:

- the same exact amount ("$1.5bn", not a round "£1bn") and an actor or a specific word;
- the same round amount, or an exact percentage from two known speakers ("sales fell 2.8%": growth,
  inflation and sales figures share a few dozen values), and an actor, a rare word or two phrases (a share
  that rose in one claim and fell in the other is no evidence at all: "fell 0.4%" / "a rise of 0.4%"); or a
  round count of things
  found in only a few claims ("7,000 jobs"; not a sum of money or a percentage, which recur in
  unrelated stories, nor a bare number that does not say what it counts: "to 20,000") and an uncommon
  word ("transfer");
- the same actor and two phrases ("house arrest" + "detainees"; an actor in over `GENERIC_FRACTION` of
  the claims, unless it is the speaker of both, with an uncommon word among them: "Labour" with
  "role" and "campaign" is the same matter, seldom one fact), or an actor named in under
  `GENERIC_FRACTION` of the claims and a rare word ("Labour", in every other claim, needs more);
- three phrases of specific words and a score of `THRESHOLD_WORDS_ONLY`, or nearly the
  same sentence in other words (`THRESHOLD_SAME_WORDING`);
- the same sentence word for word (`SAME_WORDING` of the shorter one's word pairs, from
  `SAME_WORDING_MIN_WORDS` words): a reprinted story, a repeated quote, even when its words are
  few and none is rare ("there is no sign of a slowdown"), with a shared actor and a specific
  word, or two specific words when the speakers are not known to differ (a stock phrase such as
  "we never comment on market speculation" from two companies is no fact).
- the same day, month or season of a year named in both ("spring 2006", "7 March 2003"; not a
  year alone, a weekday or "last week") and an uncommon word ("referendum");
- one speaker's claim of `VERBATIM_MIN_WORDS` words or more, with a word that says what it is
  about, found word for word inside their longer quote in another article ("bring it on" at the
  end of a reply reported in full elsewhere).

An actor is a name (a person, organisation, place, the speaker), or a group ("Canadian") named
in only a few claims; a speaker with no id of their own, named by the body they belong to ("Opec
members", "a spokesman for Mr Prescott"), speaks for that organisation or person (not a place: "a
poll of US pundits"). A shared entity, speaker or number alone is never enough, and words found in
more than `GENERIC_FRACTION` of the claims ("election", "tax") add to the score but are no evidence.
Below the threshold nothing is shown: no padding. No model needed: the features come
from the claim text and the stored mentions, and an inverted index built once per set
of analyses keeps a query to the few claims sharing a specific feature.

The numbers were set on BBC politics and business news (6,500 claims): in a random sample
of matches scoring 0.3 or more, about nine in ten were about the same fact or event;
between 0.25 and 0.3 only about half were, so 0.3 is the threshold. The rules were then
checked for recall on 123 BBC claims judged by reading (bench/eval_related.py, a development
sample: the rules are tuned on it; figures in bench/results-related.md), and on 80 more judged
after those rules were set (the blind-s9 samples), on 30 more in session 12 (blind-s12-random) and
on 45 more in session 13 (blind-s13).

With the embedding model (belreader/nlp/embed.py) and `meaning=True`, meaning vetoes pairs far apart,
admits paraphrases with some shared evidence (never between two different named people: the same
argument made by another), and shows one speaker's long and short accounts of one thing that meet the
rules' evidence though the long claim's many words put the score just under `THRESHOLD`. One
person's figure or date told in other words ("will eventually give" / "could ultimately give"
"hundreds of millions" of pounds in aid) is admitted from `MEANING_ONE_SPEAKER`, a lower cosine;
"the prime minister" left with no id is the person its story names whom the corpus gives that
office elsewhere.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from unidecode import unidecode

from belreader.nlp.kinds import PLAYING_POSITIONS
from belreader.nlp.offices import SPOKESPEOPLE, TITLE_QUALIFIERS
from belreader.nlp.people import JOB_TITLES
from belreader.nlp.records import NAME_LABELS, Analysis, Claim
from belreader.quantities import ILLION_WORDS, TIME_WORDS

if TYPE_CHECKING:
    from belreader.nlp.embed import Embedder

# --------------------------------------------------------------------------- tuning

THRESHOLD = 0.3  # the least cosine shown for a pair anchored by a shared entity or amount
THRESHOLD_WORDS_ONLY = 0.4  # the least cosine for a pair that shares only content words
THRESHOLD_SAME_WORDING = 0.6  # ...or, when its words make fewer phrases, nearly the same wording
MIN_TERMS_ALONE = 3  # ...and it must share at least this many of them
COMMON_FRACTION = 0.05  # a feature in more than this share of all claims is too common to count...
COMMON_MIN_DF = 5  # ...once it is in more than this many claims
GENERIC_FRACTION = 0.01  # a word in more than this share of claims ("election", "tax") adds to the
# score but is no evidence by itself
RARE_FRACTION = 0.001  # a word in at most this share of all claims (or RARE_MIN_DF claims) is rare:
RARE_MIN_DF = 3  # one rare word with a shared entity is enough, a commoner one needs a second word
UNCOMMON_FACTOR = 3  # a word in at most this many times the rare count is uncommon: enough beside a rare
# round amount ("7,000 jobs" in two claims; "£1bn" is in too many to say which fact)
SAME_WORDING = 0.8  # the share of the shorter claim's word pairs found in the other: the same sentence
SAME_WORDING_MIN_WORDS = 6  # ...when the shorter claim has at least this many words
VERBATIM_MIN_WORDS = 3  # a claim of this many words or more found word for word inside another by the same
# speaker is the same statement ("bring it on" in a longer quote of the same reply)
YEARS_APART = 1  # claims whose explicit years are all further apart than this are different events
# Meaning (belreader/nlp/embed.py: all-MiniLM-L6-v2 cosine of the two claims' words), used only when
# the model wheel is installed and the caller asks for it (`related_matches(..., meaning=True)`):
MEANING_VETO = 0.5  # a pair the rules admit is dropped below this cosine (not the same sentence word for word)...
MEANING_VETO_MIN_WORDS = (
    6  # ...when both claims have this many words: a fragment ("he was 'livid'") means little alone,
)
# and they share no exact amount ("$1.5 billion" in a pledge and in a comment on the same loan: cosine 0.49)
MEANING_ADMIT = 0.7  # a pair the rules refuse is admitted from this cosine, with some shared evidence
MEANING_FLOOR = 0.15  # ...and at least this lexical score (the rules' cosine): paraphrase still shares words
MEANING_POOL = 20  # at most this many such candidates a query, best lexical score first (each embedded once)
MEANING_RESCUE = 0.6  # a candidate under THRESHOLD by the same speaker, whose shared evidence the rules accept, is
# shown from this cosine: a long claim (a policy listed in full) dilutes the score of the same fact told shorter...
RESCUE_FLOOR = 0.25  # ...down to this score (lower, the pairs rescued were mostly the same matter: near)
MEANING_ONE_SPEAKER = 0.5  # one speaker (or one described, "the prime minister", whose article names the other) saying
# something about an uncommon thing or a shared amount in other words is admitted from this cosine: the same speaker
# narrows the same matter to one remark ("should have withdrawn the comment" / "he should apologise")
OFFICE_MIN_CLAIMS = (
    2  # "the prime minister" with no id may be a person the corpus resolves that office to this often...
)
OFFICE_SHARE = 0.25  # ...in at least this share of the office's resolved claims
WEIGHT_ENTITY = 1.0
WEIGHT_GROUP = 0.5  # nationalities and groups ("Russian", "Western") say less than a name
WEIGHT_NUMBER = 1.6  # an exact amount is strong evidence of the same fact
WEIGHT_WEAK_NUMBER = 0.8  # a whole percentage, a bare number under 1,000
WEIGHT_TERM = 1.0


# --------------------------------------------------------------------------- words

STOPWORDS = frozenset(
    """a about above after again against all almost also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for from further
    had has have having he her here hers herself him himself his how however i if in into is it its itself just
    least less like made make many may me might more most much must my myself no nor not now of off on once only
    or other our ours out over own same say said says she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon very was we were what when where
    which while who whom why will with would yet you your yours already still whether within without according
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen
    us is never always often sometimes don doesn didn isn wasn aren weren won wouldn couldn shouldn haven
    hasn hadn ll ve re let lets via per cent percent etc another anything something nothing everything
    someone anyone everyone thing things lot lots really quite rather able unable upon onto across along
    around among amongst behind beyond toward towards whose yes either neither""".split()
)
REPORTING_WORDS = frozenset(
    """say says said saying tell tells told telling statement statements add adds added adding according
    claim claims claimed claiming announce announces announced announcing announcement report reports reported
    reporting reporter reporters spokesman spokeswoman spokesperson spokesmen spokespeople insist insists
    insisted argue argues argued warn warns warned warning stress stressed note notes noted explain explained
    believe believes believed suggest suggests suggested quote quoted interview interviewed comment comments
    commented ask asks asked reply replied replies respond responded response confirm confirms confirmed deny
    denies denied admit admits admitted describe describes described call calls called speak speaks speaking
    spoke speech remarks remark press conference briefing news newspaper newspapers radio television tv bbc
    programme broadcast letter write wrote written writing publish published source sources official
    officially officials quoted told think thinks thought feel feels felt accept accepted agree agreed
    emphasise emphasised emphasize emphasized point points pointed reiterate reiterated recall recalled
    mention mentioned declare declared predict predicted expect expects expected""".split()
)
COMMON_WORDS = frozenset(
    """mr mrs ms dr sir lord lady baroness dame people person government minister ministers new country countries world public
    want wants wanted need needs needed make makes making take takes taking taken get gets getting got
    go goes going gone went come comes coming came see sees seen saw know knows knew known put puts give gives
    given gave well way ways work good better best bad worse big bigger small great important clear issue issues
    question questions matter matters help helps look looks looking use used using part parts number numbers
    including include includes back keep kept place places case cases kind sort fact facts area areas whole
    level levels group groups side sides move moves set sets show shows showed shown continue continued remain
    remains remained likely possible real true sure certain different far long high low large little
    told leader leaders chief head president prime secretary member members party parties state states
    right life man men woman women""".split()
)
_IGNORED = STOPWORDS | TIME_WORDS | REPORTING_WORDS | COMMON_WORDS
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match loan/loans, refinance/refinancing, cut/cuts (kept: the
    same few thousand words are stemmed again and again)."""
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= (3 if suffix == "s" else 4):
            if suffix == "s" and word.endswith("ss"):
                continue
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


_IGNORED_STEMS = frozenset(stem(w) for w in _IGNORED)


def _words(text: str) -> list[str]:
    """Lowercase ascii words, possessives and contractions cut, hyphenated words split."""
    return list(_words_of(text))


@lru_cache(maxsize=1 << 16)
def _words_of(text: str) -> tuple[str, ...]:
    """`_words`, kept: a claim's words are read by its features, its fact-group account and the
    pair tests, and transliterating it (`unidecode`) costs more than a lookup."""
    return tuple(w.split("'")[0] for w in _TOKEN.findall(unidecode(text).lower().replace("’", "'")))


PHRASE_GAP = 3  # content words at most this many words apart are one phrase ("weapons of mass destruction")


def content_words(
    text: str, exclude: set[str] | frozenset[str] = frozenset()
) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """stem -> the first surface form, for the words that can say what a claim is about,
    and the pairs of them that stand next to each other (sorted stem pairs)."""
    out: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    previous, previous_at = None, -PHRASE_GAP - 1
    for at, word in enumerate(_words(text)):
        if len(word) < 3 or word in _IGNORED or word in exclude:
            continue
        key = stem(word)
        if key in _IGNORED_STEMS:
            continue
        out.setdefault(key, word)
        if previous is not None and previous != key and at - previous_at <= PHRASE_GAP:
            pairs.add((min(previous, key), max(previous, key)))
        previous, previous_at = key, at
    return out, pairs


def claim_terms(claim: Claim) -> set[str]:
    return set(content_words(claim.content)[0])


# --------------------------------------------------------------------------- amounts


def _plain(value: float) -> str:
    text = f"{round(value, 4):.4f}".rstrip("0").rstrip(".")
    return text or "0"


def _render(value: float) -> str:
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if value >= size:
            return f"{_plain(value / size)} {name}"
    return _plain(value)


@dataclass(frozen=True, slots=True)
class Amount:
    text: str  # normalised: "1.5 billion usd", "1400 gbp", "16%", "3 million"
    strong: bool  # money, a scaled or decimal or large number: evidence of the same fact
    specific: bool = False  # strong and not round ("1.5 billion", "0.7%", not "1 billion", "3,000")
    count: bool = False  # a number of things ("7000 job", "3 million"), not money, a percentage or a length
    vague: bool = False  # an order of magnitude ("hundreds of millions gbp"): adds to the score, no evidence alone
    moves: str = ""  # "up" or "down" for a share written with a verb or noun of its move ("fell 0.4%", "a 0.4% rise")
    # what a share measures: "part" of something ("0.7% of national income", "6.5% of the economy") or a "change"
    # (a move, or a claim on a figure's move or growth: "GDP rose by 0.7%", "growth ... around 6.5%"); "" neither
    kind: str = ""

    @property
    def share(self) -> bool:
        """A percentage or percentage points ("2.8%", "0.5 pp"): growth, inflation and sales figures share
        a few dozen values across unrelated stories, unlike a sum of money or a count."""
        return self.text.endswith(("%", " pp"))


# the verbs figures move with, by the verb of each form ("rose 0.8%" and "a 0.8% rise" measure one thing; facts.py
# reads them too), and the way each moves: the same share moving both ways ("fell 0.4%" / "a rise of 0.4%") is two facts
FIGURE_VERBS = {
    "rise": ("rose", "risen", "rising", "rises"),
    "fall": ("fell", "fallen", "falling", "falls"),
    "grow": ("grew", "grown", "growing", "growth", "grows"),
    "drop": ("dropped", "dropping", "drops"),
}
_MOVES = {"rise": "up", "grow": "up", "fall": "down", "drop": "down"}
_FIGURE_FORMS = frozenset(form for verb, forms in FIGURE_VERBS.items() for form in (verb, *forms))
# not "growth": the name of a measure, which may fall ("growth fell to 1.6%" / "growth of 1.6%" is one figure)
_MOVE_OF = {form: _MOVES[verb] for verb, forms in FIGURE_VERBS.items() for form in (verb, *forms) if form != "growth"}
# a move told with "go" and a particle ("went up by 2%", "has gone down 0.4%"): the verb of FIGURE_VERBS it stands for
_PARTICLE_MOVES = {"up": "rise", "down": "fall"}
_GO = frozenset({"go", "goes", "going", "gone", "went"})
MOVE_WINDOW = 3  # words either side of a share that may say which way it moved ("output dropped 0.1% in")
# where the share's clause ends: a move beyond it is another subject's ("growth slowed to 0.4% as output fell")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:as|while|whereas|after|but|and|when|with|despite|although|though|because|since)\b",
    re.IGNORECASE,
)


# what may stand between a bracket, dash or comma and its share and leave the share in the clause before
# ("prices fell - by 0.4% - in May", "rose (by 2%)")
_SHARE_LEAD = {"by", "to", "of", "about", "around", "some", "nearly", "almost", "just", "over", "under"}


def _clause_start(behind: str) -> int:
    """Where the clause of a share ending `behind` starts: after the last clause break, unless that break is a
    mark with only `_SHARE_LEAD` words between it and the share (the share's own aside; after a comma at least
    one: "output fell, 0.4% of homes ..." is another clause's share)."""
    for match in reversed(list(_CLAUSE_BREAK.finditer(behind))):
        lead = _words(behind[match.end() :])
        mark = match.group(0)
        aside = not mark[0].isalpha() and all(w in _SHARE_LEAD for w in lead) and (bool(lead) or mark != ",")
        if not aside:
            return match.end()
    return 0


def _move(text: str, start: int, end: int) -> str:
    """Which way a share at text[start:end] moved: the nearest verb or noun of a move within `MOVE_WINDOW` words
    of its own clause ("prices fell 0.4%", "a 0.4% rise", "a rise of 0.4%", "went up by 0.4%"); "" when none is
    near ("0.7% of income") or the only one is across a clause break ("0.4% as output fell")."""
    ahead, behind = text[end:], text[:start]
    cut = _CLAUSE_BREAK.search(ahead)
    ahead = ahead[: cut.start()] if cut else ahead
    behind = behind[_clause_start(behind) :]
    before = _phrasal(_words(behind))[-MOVE_WINDOW:][::-1]
    after = _phrasal(_words(ahead))[:MOVE_WINDOW]
    for at in range(MOVE_WINDOW):
        found = {_MOVE_OF[w[at]] for w in (before, after) if at < len(w) and w[at] in _MOVE_OF}
        if found:
            return found.pop() if len(found) == 1 else ""
    return ""


def _phrasal(words: list[str]) -> list[str]:
    """The words with "went up", "gone down" and the like as one word, the verb of the move (`_PARTICLE_MOVES`);
    a particle after another verb moves nothing ("set up", "up to 2%")."""
    out: list[str] = []
    for word in words:
        if word in _PARTICLE_MOVES and out and out[-1] in _GO:
            out[-1] = _PARTICLE_MOVES[word]
        else:
            out.append(word)
    return out


_PART = re.compile(r"\s+of\s+(?!\d)\w")  # "0.7% of their income", not "2% of 3%"


def _share_kind(text: str, end: int, moves: str) -> str:
    """A share's `Amount.kind`: "part" when "of" and what it is part of follow it, else "change" when it moved or
    its claim tells a figure's move or growth, else ""."""
    if _PART.match(text, end):
        return "part"
    return "change" if moves or _FIGURE_FORMS.intersection(_phrasal(_words(text))) else ""


def parse_amounts(text: str) -> tuple[list[Amount], set[int]]:
    """The amounts in a text, normalised, and the years (1900-2099) it names. Amounts are read by
    belreader.quantities (the one home of amounts and dates): "$1.5bn" and "1.5 billion dollars"
    are one amount, "800m" with no currency is a distance, not 800 million.

    Bare numbers under 100 ("two", "10") are neither: they say nothing about which fact
    a claim is about. A bare number under 1,000 or a whole percentage is a weak amount.
    """
    from belreader.quantities import parse_dates, parse_quantities

    text = text.replace("\u00a0", " ")
    amounts: list[Amount] = []
    for quantity in parse_quantities(text):
        value, unit = quantity.value, quantity.unit
        decimal = value != value.to_integral_value()
        number = _render(float(value))
        if quantity.is_percent:
            share = f"{_plain(float(value))}{'%' if unit == '%' else ' pp'}"
            moves = _move(text, quantity.start, quantity.end)
            amounts.append(Amount(share, strong=decimal, moves=moves, kind=_share_kind(text, quantity.end, moves)))
        elif quantity.is_money:
            amounts.append(Amount(f"{number} {unit}", strong=True))
        elif unit == "m":  # metres
            amounts.append(Amount(f"{number} m", strong=value >= 1000 or decimal))
        elif value >= 1000 or decimal:
            amounts.append(Amount(f"{number} {unit}".strip(), strong=True, count=True))
        elif value >= 100:
            amounts.append(Amount(f"{number} {unit}".strip(), strong=False, count=True))
    years = {d.year for d in parse_dates(text) if d.year is not None}
    amounts = [
        Amount(a.text, a.strong, a.strong and _not_round(a.text), a.count, moves=a.moves, kind=a.kind) for a in amounts
    ]
    return amounts + vague_amounts(text), years


_VAGUE = re.compile(
    r"\b(?:(?P<size>tens|hundreds) of )?(?P<scale>thousands|millions|billions)"
    r"(?: of (?:(?:us|american|australian|canadian|hong kong) )?(?P<unit>pounds|dollars|euros|roubles|yen))?\b"
)
_VAGUE_UNITS = {"pounds": "gbp", "dollars": "usd", "euros": "eur", "roubles": "rub", "yen": "jpy"}
_VAGUE_WORDS = frozenset({"tens", "hundreds", "thousands", "millions", "billions", *_VAGUE_UNITS})


def vague_amounts(text: str) -> list[Amount]:
    """Orders of magnitude that name no number: "hundreds of millions" of pounds, "billions of
    dollars", "tens of thousands". Two accounts of one pledge in other words may share only that
    ("will eventually give 'hundreds of millions' of pounds" / "could ultimately give hundreds of
    millions of pounds"); a bare "thousands" or "millions" (of people, of viewers) says nothing."""
    out = []
    for m in _VAGUE.finditer(" ".join(_words(text))):
        if m["size"] is None and m["unit"] is None:
            continue
        parts = [f"{m['size']} of" if m["size"] else "", m["scale"], _VAGUE_UNITS.get(m["unit"] or "", "")]
        out.append(Amount(" ".join(p for p in parts if p), strong=False, vague=True))
    return out


def counts_what(amount: Amount) -> bool:
    """A count that says what it counts ("7000 job", "3 million viewer"), not a bare number ("20000", "3 million"):
    "from 12,300 to 20,000" hotspots and "20,000 of those" viewers share a number, not a thing."""
    rest = amount.text.split()[1:]
    return amount.count and bool(rest) and rest[-1] not in ILLION_WORDS


def _not_round(text: str) -> bool:
    """ "1.5 billion usd", "35 billion gbp", "1400 gbp", "0.7%" but not "1 billion gbp", "3000"."""
    number = re.match(r"[\d.]+", text)
    assert number is not None  # an amount's text starts with its number (see _render and _plain)
    mantissa = number.group(0)
    digits = mantissa.replace(".", "").strip("0")
    return len(digits) >= 2 or "." in mantissa and not text.endswith("%")


_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


# --------------------------------------------------------------------------- features


@dataclass(slots=True)
class ClaimFeatures:
    entities: dict[str, float]  # canonical id -> label weight
    numbers: dict[str, Amount]  # normalised amount -> the amount
    terms: dict[str, str]  # stem -> surface word
    pairs: set[tuple[str, str]]  # terms next to each other
    years: set[int]
    speaker: str | None = None
    wording: tuple[str, ...] = ()  # every word of the content, in order: to tell the same sentence
    dates: set[str] = field(default_factory=set)  # dates precise enough to name one event ("spring 2006")
    speaker_person: bool = False  # the speaker is a person named in the article (not a party, a company)
    # for a speaker described by an office and left with no id ("the prime minister", "the foreign
    # secretary"): the office as written, lower case, and the people its article names, of whom the
    # speaker may be the one the corpus gives that office to (`_Index.one_speaker`)
    speaker_office: str = ""
    speaker_may_be: frozenset[str] = frozenset()
    written_speaker: str = ""  # the speaker as written, lower case ("the panel", "some economists")
    # the wording of the claims before and after it in its article (set by the index): a claim repeated
    # word for word with a neighbour repeated too is a reprinted story, whatever its words (`_reprinted`)
    neighbours: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # the stems of offices and positions written just before a person's name ("Arsenal defender X", "shadow
    # chancellor X"): they count in the score, as any word, but are no evidence of one fact (`_titles_before`)
    titles: frozenset[str] = frozenset()


_PERSONS: list[tuple[Analysis, frozenset[str]]] = []  # the last article's people: its claims come in a row


def _persons(analysis: Analysis) -> frozenset[str]:
    """The entities the article names as people (to tell a person speaking from a party or a company)."""
    last = _PERSONS[0] if _PERSONS else None  # read once: another thread may replace it meanwhile
    if last is None or last[0] is not analysis:
        last = (analysis, frozenset(m.entity_id for m in analysis.mentions if m.label == "PERSON"))
        _PERSONS[:] = [last]
    return last[1]


def claim_features(claim: Claim, analysis: Analysis | None) -> ClaimFeatures:
    entities: dict[str, float] = {}
    exclude: set[str] = set()
    years: set[int] = set()
    titles: set[str] = set()
    for mention in analysis.mentions if analysis is not None else ():
        if not claim.start <= mention.start < claim.end:
            if (
                claim.speaker
                and not claim.speaker_id
                and mention.label in ("ORG", "PERSON")  # not a place or a people: "US pundits", "the UK's lender"
                and claim.sentence_start <= mention.start < claim.sentence_end
                and mention.text in claim.speaker
            ):
                # a speaker with no id of their own, named by what they belong to ("Opec members",
                # "Labour MPs"): who they are part of is an actor of what they say
                entities[mention.entity_id] = max(entities.get(mention.entity_id, 0.0), WEIGHT_ENTITY)
            continue
        exclude.update(_words(mention.text))  # a name's words are the entity, not the predicate
        if mention.label == "PERSON":
            titles.update(map(stem, _titles_before(claim.content, mention.text)))
        if mention.label in NAME_LABELS:
            weight = WEIGHT_GROUP if mention.label == "NORP" else WEIGHT_ENTITY
            entities[mention.entity_id] = max(entities.get(mention.entity_id, 0.0), weight)
        elif mention.label == "DATE":
            years.update(int(y) for y in _YEAR.findall(mention.text))
    if claim.speaker_id:
        entities[claim.speaker_id] = WEIGHT_ENTITY
    speaker_person = bool(claim.speaker_id and analysis is not None and claim.speaker_id in _persons(analysis))
    office = _office(claim.speaker) if not claim.speaker_id else ""
    speaker_may_be = _persons(analysis) if analysis is not None and office else frozenset()
    amounts, named_years = parse_amounts(claim.content)
    if any(a.vague for a in amounts):
        exclude |= _VAGUE_WORDS  # "hundreds of millions" of pounds is the amount, not three more words
    years |= named_years
    for date in claim.dates:
        years.update(int(y) for y in _YEAR.findall(date))
    numbers: dict[str, Amount] = {}
    for amount in amounts:
        if amount.text not in numbers or amount.strong:
            numbers[amount.text] = amount
    terms, pairs = content_words(claim.content, exclude)
    return ClaimFeatures(
        entities,
        numbers,
        terms,
        pairs,
        years,
        claim.speaker_id,
        tuple(_words(claim.content)),
        precise_dates(claim.content),
        speaker_person,
        office,
        speaker_may_be,
        " ".join(claim.speaker.lower().split()),
        titles=frozenset(titles),
    )


# a person's office or position, written before their name ("Arsenal defender X", "shadow chancellor X")
_TITLES_BEFORE = frozenset(JOB_TITLES | PLAYING_POSITIONS)


def _titles_before(content: str, name: str) -> list[str]:
    """The words of the office or position written just before a person's name in a claim, lower case
    ("shadow chancellor X": both; not a role noun: "US business tycoon X" is told as "the US tycoon" in
    another account of one approach)."""
    at = content.find(name)
    if at <= 0 or not content[at - 1].isspace():
        return []
    words = content[:at].lower().split()
    n = len(words)
    while n and words[n - 1] in _TITLES_BEFORE:
        n -= 1
    return words[n:]


# the positions that name a player ("midfielder", "winger"; not "centre", "lock" or "wing", words of other things too)
_PLAYERS = frozenset(stem(p) for p in PLAYING_POSITIONS if p.endswith(("er", "keeper")))


# one person's offices: no qualifier ("the deputy"), spokesman, rank ("the general") or position
_OFFICES = JOB_TITLES - PLAYING_POSITIONS - TITLE_QUALIFIERS - SPOKESPEOPLE - {"general"}


def _office(speaker: str | None) -> str:
    """The office a speaker is described by ("the prime minister", "the foreign secretary", "the
    chancellor"), lower case, or "": one person, whom the claim's article often names elsewhere; not a
    spokesman (who speaks for someone), nor many ("ministers"), nor an office and more ("the
    chancellor's aides")."""
    words = (speaker or "").lower().split()
    return " ".join(words) if 2 <= len(words) <= 4 and words[0] == "the" and words[-1] in _OFFICES else ""


_SEASON = re.compile(r"\b(spring|summer|autumn|winter)\s+(?:of\s+)?(19\d\d|20\d\d)\b", re.IGNORECASE)


def precise_dates(text: str) -> set[str]:
    """The dates in a text that name a month or a season of a year, or a day ("7 March 2003",
    "May 2005", "spring 2006", "17 March"): "2005" alone or "Tuesday" say nothing of which event."""
    from belreader.quantities import parse_dates

    out = {f"{m[1].lower()} {m[2]}" for m in _SEASON.finditer(text)}
    for d in parse_dates(text):
        if d.relative or d.month is None or d.year is None and d.day is None:
            continue
        out.add("-".join(f"{part:02d}" for part in (d.year, d.month, d.day) if part is not None))
    return out


def _keys(features: ClaimFeatures) -> dict[str, float]:
    """feature key -> kind weight ("e:imf", "n:1.5 billion usd", "t:loan")."""
    keys = {f"e:{k}": w for k, w in features.entities.items()}
    keys.update({f"n:{k}": WEIGHT_NUMBER if a.strong else WEIGHT_WEAK_NUMBER for k, a in features.numbers.items()})
    keys.update({f"t:{k}": WEIGHT_TERM for k in features.terms})
    keys.update({f"d:{k}": WEIGHT_WEAK_NUMBER for k in features.dates})
    return keys


# --------------------------------------------------------------------------- matches


@dataclass(slots=True)
class RelatedMatch:
    """A claim in another article about the same fact, and what the two share."""

    claim: Claim
    score: float
    shared_entities: list[str] = field(default_factory=list)  # canonical ids, most telling first
    shared_numbers: list[str] = field(default_factory=list)  # normalised amounts
    shared_terms: list[str] = field(default_factory=list)  # content words, as the claim asked about has them
    same_sentence: bool = False  # matched as the same sentence word for word (a reprint, a repeated quote)
    shared_dates: list[str] = field(default_factory=list)  # a day, month or season of a year: "spring 2006"
    meaning: float | None = None  # the cosine of the two claims' sentence embeddings, when computed
    # admitted as one speaker's remark told in other words (the speaker's id; "the prime minister" in a story
    # naming them counts as them): weaker evidence, so it ranks by the lesser of its score and its meaning
    one_speaker: str = ""
    # the same account in other articles, folded into this one (`_fold_copies`): two versions of one story
    # tell one line twice, and showing it twice would take a place from another account
    copies: list[Claim] = field(default_factory=list)

    @property
    def rank(self) -> float:
        """What orders matches with meaning: the mean of the rules' score and the cosine."""
        if self.meaning is None:
            return self.score
        if self.one_speaker:
            return min(self.score, self.meaning)
        return (self.score + self.meaning) / 2

    @property
    def reason(self) -> str:
        """One short line: "same entities: imf, belarus; same number: 1.5 billion usd; words: loan"
        ("same sentence; ..." first for the same sentence word for word)."""
        parts = ["same sentence"] if self.same_sentence else []
        if self.shared_entities:
            noun = "entity" if len(self.shared_entities) == 1 else "entities"
            parts.append(f"same {noun}: {', '.join(self.shared_entities)}")
        if self.shared_numbers:
            noun = "number" if len(self.shared_numbers) == 1 else "numbers"
            parts.append(f"same {noun}: {', '.join(self.shared_numbers)}")
        if self.shared_dates:
            noun = "date" if len(self.shared_dates) == 1 else "dates"
            parts.append(f"same {noun}: {', '.join(self.shared_dates)}")
        if self.shared_terms:
            parts.append(f"words: {', '.join(self.shared_terms)}")
        if self.one_speaker:
            parts.append(f"one speaker: {self.one_speaker}")
        if self.meaning is not None:
            parts.append(f"similar meaning {self.meaning:.2f}")
        if self.copies:
            parts.append(f"also in {len(self.copies)} other article{'s' if len(self.copies) > 1 else ''}")
        return "; ".join(parts)


class _Index:
    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.claims: list[Claim] = []
        self.features: list[ClaimFeatures] = []
        self.keys: list[dict[str, float]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        # who each office is, where an article's speaker resolved it ("the foreign secretary" -> jack-straw)
        self.offices: dict[str, Counter[str]] = defaultdict(Counter)
        for analysis in analyses:
            first = len(self.features)
            for claim in analysis.claims:
                if claim.speaker_id and (office := _office(claim.speaker)):
                    self.offices[office][claim.speaker_id] += 1
                features = claim_features(claim, analysis)
                keys = _keys(features)
                for key in keys:
                    postings[key].append(len(self.claims))
                self.claims.append(claim)
                self.features.append(features)
                self.keys.append(keys)
            told = self.features[first:]
            for n, features in enumerate(told):
                before = told[n - 1].wording if n else ()
                after = told[n + 1].wording if n + 1 < len(told) else ()
                features.neighbours = (before, after)
        n = max(len(self.claims), 1)
        common = max(COMMON_MIN_DF, COMMON_FRACTION * n)
        self.postings = {k: p for k, p in postings.items() if len(p) <= common}
        self.rare = max(RARE_MIN_DF, RARE_FRACTION * n)
        self.generic = max(COMMON_MIN_DF, GENERIC_FRACTION * n)
        self.idf = {k: math.log((n + 1) / (len(p) + 0.5)) for k, p in self.postings.items()}
        self.norms = [self.norm(keys) for keys in self.keys]
        self.position = {claim.id: i for i, claim in enumerate(self.claims)}
        self.analyses = list(analyses)  # what _index_for compares the next query's analyses with
        self.claim_counts = _claim_counts(self.analyses)
        self.owner = {a.article_id: a for a in analyses}

    def weight(self, key: str, kind_weight: float) -> float:
        return self.idf.get(key, 0.0) * kind_weight

    def df(self, key: str) -> float:
        """How many claims have the feature: infinite for one too common to be indexed."""
        posting = self.postings.get(key)
        return len(posting) if posting is not None else math.inf

    def norm(self, keys: dict[str, float]) -> float:
        return math.sqrt(sum(self.weight(k, w) ** 2 for k, w in keys.items())) or 1.0

    def query(self, claim: Claim, limit: int | None, meaning: bool = False) -> list[RelatedMatch]:
        at = self.position.get(claim.id)
        if at is not None and self.claims[at] == claim:
            features, keys, norm = self.features[at], self.keys[at], self.norms[at]
        else:
            features = claim_features(claim, self.owner.get(claim.article_id))
            keys = _keys(features)
            norm = self.norm(keys)
        dots: dict[int, float] = defaultdict(float)
        for key, kind_weight in keys.items():
            posting = self.postings.get(key)
            if not posting:
                continue
            w = self.weight(key, kind_weight)
            for i in posting:
                other_weight = self.keys[i][key]
                dots[i] += w * self.idf[key] * other_weight
        embedder = _embedder() if meaning else None
        matches = []
        refused: list[tuple[float, int]] = []  # (score, claim) the rules refused: paraphrase candidates
        for i, dot in dots.items():
            other = self.claims[i]
            if other.article_id == claim.article_id:
                continue
            score = dot / (norm * self.norms[i])
            if score < (MEANING_FLOOR if embedder is not None else THRESHOLD):
                continue
            match = None
            if score >= THRESHOLD:
                match = self._explain(features, keys, other, self.features[i], self.keys[i], score)
            if match is not None:
                matches.append(match)
            elif embedder is not None:
                refused.append((score, i))
        if embedder is not None:
            matches = self._by_meaning(embedder, claim, features, keys, matches, refused)
            matches.sort(key=lambda m: (-m.rank, m.claim.id))
        else:
            matches.sort(key=lambda m: (-m.score, m.claim.id))
        return matches[:limit]

    def _by_meaning(
        self,
        embedder: Embedder,
        claim: Claim,
        features: ClaimFeatures,
        keys: dict[str, float],
        matches: list[RelatedMatch],
        refused: list[tuple[float, int]],
    ) -> list[RelatedMatch]:
        """The rules' matches with the cosine of their meaning, less those far apart in meaning
        (`MEANING_VETO`), and the candidates they refused that mean nearly the same
        (`MEANING_ADMIT`) and share some evidence (see `_explain`)."""
        refused.sort(key=lambda pair: (-pair[0], self.claims[pair[1]].id))
        # only candidates whose shared evidence meaning could accept are embedded: the rest would be
        # refused whatever their cosine, and embedding is most of a first query's time
        pool = [
            (score, i)
            for score, i in refused[:MEANING_POOL]
            if self._explain(features, keys, self.claims[i], self.features[i], self.keys[i], score, 1.0) is not None
        ]
        if not matches and not pool:
            return []
        texts = [claim.content] + [m.claim.content for m in matches] + [self.claims[i].content for _, i in pool]
        vectors = embedder.encode(texts)
        cosines = (vectors[1:] @ vectors[0]).tolist()
        kept = []
        weak: set[str] = set()  # admitted by meaning under THRESHOLD: the weakest evidence
        short = len(features.wording) < MEANING_VETO_MIN_WORDS
        for match, cosine in zip(matches, cosines, strict=False):
            match.meaning = round(cosine, 2)
            other = self.features[self.position[match.claim.id]]
            fragment = short or len(other.wording) < MEANING_VETO_MIN_WORDS
            exact = any(
                a.specific and other.numbers[n].specific for n, a in features.numbers.items() if n in other.numbers
            )
            if cosine >= MEANING_VETO or match.same_sentence or fragment or exact:
                kept.append(match)
        for (score, i), cosine in zip(pool, cosines[len(matches) :], strict=True):
            if cosine < min(MEANING_RESCUE, MEANING_ONE_SPEAKER):
                continue
            admitted = None
            same_speaker = features.speaker is not None and features.speaker == self.features[i].speaker
            if same_speaker and cosine >= MEANING_RESCUE and RESCUE_FLOOR <= score < THRESHOLD:
                # one speaker's plan told in full and in short: the rules' evidence holds, the long claim's many
                # words dilute the score (from two speakers such pairs were the same matter argued by others)
                admitted = self._explain(features, keys, self.claims[i], self.features[i], self.keys[i], score)
                if admitted is not None:
                    admitted.meaning = round(cosine, 2)
            if admitted is None and (cosine >= MEANING_ADMIT or cosine >= MEANING_ONE_SPEAKER and score >= THRESHOLD):
                # (over THRESHOLD the rules refused the pair already: only meaning's evidence can admit it)
                admitted = self._explain(features, keys, self.claims[i], self.features[i], self.keys[i], score, cosine)
            if admitted is not None:
                kept.append(admitted)
                if score < THRESHOLD:
                    weak.add(admitted.claim.id)
        # a story tells one fact once: beside a claim of the same article matched on stronger evidence (the
        # reprint of the claim asked about), one speaker's other words there, or a claim under the threshold
        # that only meaning admitted, are another remark of that story ("the rate we can send MMS" beside the
        # reprint of "the number of MMS messages is capped")
        strong = {m.claim.article_id for m in kept if not m.one_speaker and m.claim.id not in weak}
        return [m for m in kept if not ((m.one_speaker or m.claim.id in weak) and m.claim.article_id in strong)]

    def one_speaker(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """One person speaking in both, as far as anyone can tell: the same person, or an office its
        article leaves unnamed held by the other's speaker ("the prime minister" in a story naming Tony
        Blair, where other stories resolve "the prime minister" to him; not Gordon Brown, named in the
        same story). Not one organisation: a bank's or a party's claims are many figures and many voices
        ("mortgage approvals rose" / "48,000 fewer were approved in January")."""
        if a.speaker and a.speaker == b.speaker:
            return a.speaker_person or b.speaker_person
        named, described = (a, b) if a.speaker_person else (b, a)
        if not (named.speaker_person and named.speaker in described.speaker_may_be):
            return False
        holders = self.offices.get(described.speaker_office)
        if not holders or named.speaker is None:
            return False
        # resolved to them at least twice and in a good share of the office's claims: one resolution
        # may be a slip upstream ("the prime minister" given to a foreign minister), and an office
        # changes hands (two home secretaries in one year), so a share, not the most
        held = holders[named.speaker]
        return held >= OFFICE_MIN_CLAIMS and held >= OFFICE_SHARE * sum(holders.values())

    def _explain(
        self,
        features: ClaimFeatures,
        keys: dict[str, float],
        other: Claim,
        other_features: ClaimFeatures,
        other_keys: dict[str, float],
        score: float,
        meaning: float | None = None,
    ) -> RelatedMatch | None:
        """The shared evidence of a pair, or None when it is not enough for the same fact. With
        `meaning` (a cosine of sentence embeddings of at least `MEANING_ADMIT`), less is enough: an
        actor and a specific word, or two phrases; years apart still tell two events apart."""
        if features.years and other_features.years:
            gap = min(abs(a - b) for a in features.years for b in other_features.years)
            if gap > YEARS_APART:
                return None
        shared = [k for k in keys if k in other_keys and k in self.idf]
        by_weight = sorted(shared, key=lambda k: (-self.weight(k, keys[k]), k))
        entities = [k[2:] for k in by_weight if k.startswith("e:")]
        numbers = [k[2:] for k in by_weight if k.startswith("n:")]
        # an office written before a name says who, not what: many people hold it ("defender X will play" and
        # "a meeting with defender Y", one manager's two remarks, share no fact); so does a player's position written
        # alone ("the midfielder comes closer to leaving" / "will not help a midfielder" are two players)
        titles = features.titles | other_features.titles | _PLAYERS
        terms = [k[2:] for k in by_weight if k.startswith("t:") and k[2:] not in titles]
        if features.speaker and features.speaker == other_features.speaker and features.speaker not in entities:
            entities.append(features.speaker)  # the same speaker is an actor, however often they speak
        # the same share moving both ways is two facts ("house prices fell 0.4%" in one month, "a rise of 0.4%" in
        # another; analysts' "0.1% rise" in one output, an office's "dropped 0.1%" in another), and so is a share of
        # something beside a change ("aid of 0.7% of national income" / "output rose by 0.7%"): no evidence
        numbers = [n for n in numbers if not _two_things(features.numbers[n], other_features.numbers[n])]
        speakers_differ = _different(features.speaker, other_features.speaker)
        # two bodies forecasting one share ("eurozone growth of 1.9%" from two forecasters) agree, they do not tell one
        # fact: no evidence, unless one claim names the other's speaker (a forecast reported by another)
        if speakers_differ and (_forecast(features.wording) or _forecast(other_features.wording)):
            named = other_features.speaker in features.entities or features.speaker in other_features.entities
            numbers = [n for n in numbers if named or not features.numbers[n].share]
        pair = [(features.numbers[n], other_features.numbers[n]) for n in numbers]
        strong_number = any(a.strong and b.strong for a, b in pair)
        # an exact sum or count says which fact; an exact percentage only from one source: two known sources'
        # figures share a few dozen values ("sales fell 2.8%": one firm's year, one country's cars), so
        # between them it needs what a round amount needs
        specific_number = any(a.specific and b.specific and not (a.share and speakers_differ) for a, b in pair)
        uncommon = self.rare * UNCOMMON_FACTOR
        rare_number = any(  # a count of things: round sums ("$3bn", "£100") and percentages recur in unrelated stories,
            # and so does a bare number, which says nothing of what it counts ("to 20,000" hotspots, "20,000 of those")
            a.strong and b.strong and counts_what(a) and counts_what(b) and self.df(f"n:{n}") <= self.rare
            for n, (a, b) in zip(numbers, pair, strict=True)
        )
        # an actor is a name, or a group named in only a few claims ("Canadian", not "British")
        actors = [
            e
            for e in entities
            if max(features.entities[e], other_features.entities[e]) >= WEIGHT_ENTITY or self.df(f"e:{e}") <= self.rare
        ]
        specific_actors = [e for e in actors if self.df(f"e:{e}") <= self.generic]
        specific = [t for t in terms if self.df(f"t:{t}") <= self.generic]
        rare_term = any(self.df(f"t:{t}") <= self.rare for t in specific)
        uncommon_term = any(self.df(f"t:{t}") <= uncommon for t in specific)
        phrases = _phrases(specific, features.pairs & other_features.pairs)
        # the same words need an actor or two specific words, and not two known speakers: a stock
        # phrase two companies both use ("we never comment on market speculation") is no fact
        worded_alike = bool(actors and specific) or len(specific) >= 2 and not speakers_differ
        dates = [k[2:] for k in by_weight if k.startswith("d:")]
        same_speaker = bool(features.speaker and features.speaker == other_features.speaker)
        same_sentence = one_speaker = False
        if specific_number and (entities or specific):
            pass  # the same exact amount, and who or what it is about
        elif strong_number and (actors or phrases >= 2 or rare_term):
            pass  # a round amount needs more: "£1bn" is in many stories
        elif rare_number and uncommon_term:
            pass  # a round amount found in only a few claims ("7,000 jobs") and what is done with it
        elif actors and phrases >= 2 and (specific_actors or same_speaker or uncommon_term):
            pass  # the same actors doing the same thing (an ever-present party or country and two common
            # words were mostly two people on one matter: for and against one law, on one campaign)
        elif specific_actors and rare_term:
            pass  # ...or one rare thing: an actor in every other claim ("Labour") needs more
        elif phrases >= MIN_TERMS_ALONE and score >= THRESHOLD_WORDS_ONLY:
            pass  # words alone must be several phrases and most of both claims
        elif len(terms) >= MIN_TERMS_ALONE and score >= THRESHOLD_SAME_WORDING:
            pass  # the same sentence in other words
        elif worded_alike and _same_wording(features.wording, other_features.wording):
            same_sentence = True  # the same sentence, word for word (a reprinted story, a quote repeated)
        elif dates and uncommon_term:
            pass  # the same day, month or season of a year ("spring 2006") and an uncommon word ("referendum")
        elif same_speaker and terms and _inside(features.wording, other_features.wording):
            same_sentence = True  # one speaker's words found word for word in their longer quote elsewhere
        elif _reprinted(features, other_features):
            same_sentence = True  # a reprinted story: its claim and the next or the one before, word for word
        elif (
            meaning is not None
            and meaning >= MEANING_ADMIT
            and uncommon_term
            and (actors or phrases >= 2)
            and not (features.speaker_person and other_features.speaker_person and speakers_differ)
        ):
            pass  # the same meaning in other words, about the same actor or thing; from two people it is
            # mostly the same argument made by another (near), which only the rules' evidence tells apart
        elif (
            meaning is not None
            and meaning >= MEANING_ONE_SPEAKER
            and score >= THRESHOLD
            and (numbers or dates)
            and specific
            and self.one_speaker(features, other_features)
        ):
            one_speaker = True  # one person's figure or date in other words, and what it is about ("hundreds of
            # millions" of pounds in aid: "will eventually give" / "could ultimately give"); one person's words
            # on one matter without a figure were mostly another remark ("house arrest" in a bill's defence and
            # as a "difficult issue"; "not be diverted or distracted" at a conference and in an interview)
        else:
            return None
        return RelatedMatch(
            claim=other,
            score=round(min(score, 1.0), 4),
            shared_entities=entities,
            shared_numbers=numbers,
            shared_terms=[features.terms[t] for t in terms],
            same_sentence=same_sentence,
            shared_dates=dates,
            meaning=None if meaning is None else round(meaning, 2),
            one_speaker=(features.speaker or other_features.speaker or "") if one_speaker else "",
        )


def _two_things(a: Amount, b: Amount) -> bool:
    """One share moving both ways, or a part of something beside a change: two facts that share a number. A share
    that moved to a part ("fell to 3.1% of national income") is the level a like move reached ("dropped to 3.1%")."""
    if a.moves and b.moves:
        return a.moves != b.moves
    return {a.kind, b.kind} == {"part", "change"}


# words that make a forecast the measure of a figure, not its source ("better than forecast", "beating forecasts",
# "above what it had predicted"), and the words that end the clause such a word binds
_MEASURED_AGAINST = frozenset(
    {
        "than",
        "beating",
        "beat",
        "beats",
        "above",
        "below",
        "against",
        "ahead",
        "exceeding",
        "exceeded",
        "topping",
        "missing",
        "missed",
    }
)
_CLAUSE_ENDS = frozenset({"and", "but", "while", "although", "because", "which", "said", "says"})
_MEASURED_WITHIN = 4  # words before a forecasting word: "above the economists had predicted"


def _forecast(wording: tuple[str, ...]) -> bool:
    """A claim with a verb or noun of forecasting ("forecast", "predicted", "predictions": a verb's noun in
    -ion) that its figures are not measured against: its figures are a prediction. "grew 0.4%, beating
    forecasts" tells the outturn."""
    # imported here: the reader imports this module at launch, and the claims package is loaded
    # only when something is analysed (tests/test_import_hygiene.py)
    from belreader.nlp.claims.vocabulary import FORECAST_LEMMAS

    for at, word in enumerate(wording):
        if stem(word) not in FORECAST_LEMMAS and stem(word).removesuffix("ion") not in FORECAST_LEMMAS:
            continue
        before = wording[max(0, at - _MEASURED_WITHIN) : at]
        for prior in reversed(before):
            if prior in _CLAUSE_ENDS:
                return True
            if prior in _MEASURED_AGAINST:
                break
        else:
            return True
    return False


def _different(speaker: str | None, other: str | None) -> bool:
    return bool(speaker and other and speaker != other)


def _same_wording(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Nearly the same sentence: most word pairs of the shorter one are in the other, and it is long
    enough not to be a stock phrase ("we do not comment on speculation" still needs shared evidence)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < SAME_WORDING_MIN_WORDS:
        return False
    pairs = set(zip(shorter, shorter[1:], strict=False))
    found = pairs & set(zip(longer, longer[1:], strict=False))
    return len(found) >= SAME_WORDING * len(pairs)


def _reprinted(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """The same claim of a reprinted story: the same words from the same speaker as written, and the
    claim before it or after it the same too. Its words need not say much ("that is going to change
    very soon", from "the panel"): the story around it says which fact it is. A stock phrase in two
    stories ("we do not comment on speculation") has other claims beside it."""
    if len(a.wording) < SAME_WORDING_MIN_WORDS or a.wording != b.wording:
        return False
    if not a.written_speaker or a.written_speaker != b.written_speaker:
        return False
    return any(mine and mine == theirs for mine, theirs in zip(a.neighbours, b.neighbours, strict=True))


def _inside(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter wording found word for word inside the other, and long enough to say something."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < VERBATIM_MIN_WORDS:
        return False
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _phrases(terms: list[str], pairs: set[tuple[str, str]]) -> int:
    """How many separate phrases `terms` make, joining words adjacent in both claims."""
    parent = {t: t for t in terms}

    def root(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    for a, b in pairs:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    return len({root(t) for t in terms})


# the last indexes built, newest first: one set of analyses is asked about again and again, and the
# reader asks about two in turn (the related-claims panel over every article, fact grouping over the
# articles less duplicates): with one kept, each evicted the other (2.2 s CPU on BBC, ~70 MB each)
_INDEX_CACHE: list[_Index] = []
_INDEXES_KEPT = 2


def _claim_counts(analyses: Sequence[Analysis]) -> list[int]:
    return list(map(len, map(operator.attrgetter("claims"), analyses)))


def _index_for(analyses: Sequence[Analysis]) -> _Index:
    """The index of these analyses, built once: the same analysis objects, each with as many claims
    (a new analysis of an article, new claims for the same text, is a new object: a new index).
    Checked by identity, not by a key of every analysis's fields: a reader asks for one claim's
    related claims at a time, and building such a key over thousands of analyses cost more than
    the query itself."""
    kept = list(_INDEX_CACHE)  # read once: another thread may replace it meanwhile
    for last in kept:
        if (
            len(last.analyses) == len(analyses)
            and all(map(operator.is_, last.analyses, analyses))
            and last.claim_counts == _claim_counts(analyses)
        ):
            if last is not kept[0]:
                _INDEX_CACHE[:] = [last, *(other for other in kept if other is not last)]
            return last
    index = _Index(analyses)
    _INDEX_CACHE[:] = [index, *kept[: _INDEXES_KEPT - 1]]
    return index


def _embedder() -> Embedder | None:
    from belreader.nlp import embed  # numpy and the model's weights only when meaning is asked for

    return embed.embedder()


def related_matches(
    claim: Claim, analyses: Sequence[Analysis], limit: int = 5, meaning: bool = False
) -> list[RelatedMatch]:
    """Claims in other articles about the same fact as `claim`, best first, each with why.

    Empty when nothing reaches `THRESHOLD`: the list is never padded. With `meaning` and the
    embedding model installed (belreader/nlp/embed.py), the rules' matches far apart in meaning
    are dropped, candidates the rules refused that mean nearly the same are admitted, and both
    rank by the mean of the rules' score and the cosine of meaning; without the model, `meaning`
    changes nothing.
    """
    if limit <= 0:
        return []
    index = _index_for(analyses)
    return _fold_copies(index, index.query(claim, None, meaning), limit)


def _fold_copies(index: _Index, matches: list[RelatedMatch], limit: int) -> list[RelatedMatch]:
    """The first `limit` matches, each with the lower ones that are copies of it folded in (`copies`): the
    same sentence nearly word for word (`_copy`) from the same speaker as written, or with the same id, in
    another article (two versions of one story). A copy takes no place of its own, so the next account comes up instead."""
    kept: list[RelatedMatch] = []
    for match in matches:
        features = index.features[index.position[match.claim.id]]
        for first in kept:
            other = index.features[index.position[first.claim.id]]
            if (
                first.claim.article_id != match.claim.article_id
                and (features.written_speaker == other.written_speaker or _same_id(features.speaker, other.speaker))
                and _copy(features.wording, other.wording)
            ):
                first.copies.append(match.claim)
                break
        else:
            if len(kept) < limit:
                kept.append(match)
    return kept


def _same_id(speaker: str | None, other: str | None) -> bool:
    return bool(speaker and speaker == other)


def _copy(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Nearly the same sentence both ways: most word pairs of each are in the other (an edited copy; not a
    line quoted inside a longer one, which says more)."""
    if min(len(a), len(b)) < SAME_WORDING_MIN_WORDS:
        return False
    mine, theirs = set(zip(a, a[1:], strict=False)), set(zip(b, b[1:], strict=False))
    return len(mine & theirs) >= SAME_WORDING * max(len(mine), len(theirs))


def related_claims(claim: Claim, analyses: Sequence[Analysis], limit: int = 5) -> list[tuple[Claim, float]]:
    """Claims in other articles about the same fact as `claim`, best first, with scores in (0, 1]."""
    return [(m.claim, m.score) for m in related_matches(claim, analyses, limit)]
