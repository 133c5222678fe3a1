"""Sources: the publisher, the author, and every outlet an article cites, with the claims each backs.

Parenthetical citations such as "(TASS, Interfax, September 14)" or
"(Russia-1 TV, August 27; TASS, September 14)" attach their outlets and dates to the
claims of the paragraph made since the previous citation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from belreader.article import Article
from belreader.nlp.aliases import EntityTable, slugify
from belreader.nlp.records import Analysis, Claim, Mention, Source
from belreader.quantities import MONTH_NAMES, capitalised_alternation

SOURCE_KINDS = ("publisher", "author", "agency", "newspaper", "channel", "broadcaster", "document", "media")

# Nouns for a medium: the one home of the words every rule reads as "an outlet" ("the paper
# said", "told the station", "UK magazine X", "the Guardian newspaper"), with the subsets the
# rules need. A rule that needs another set names it here.
#
# the printed press, the nouns a table's newspaper (or magazine) answers to ("according to the magazine")
PAPER_NOUNS = frozenset({"newspaper", "paper", "magazine", "tabloid"})
# and the press named by how often it comes out ("the Spanish daily", "the trade weekly")
PRESS_NOUNS = PAPER_NOUNS | {"daily", "weekly"}
# "according to the X", "the X" as a description: the press and the news agencies
DESCRIBED_OUTLET_NOUNS = PRESS_NOUNS | {"agency"}
# "the Echo newspaper said", "the station said": every noun an outlet speaks as
MEDIA_NOUNS = DESCRIBED_OUTLET_NOUNS | {"broadcaster", "channel", "station"}
# "told the programme", "the paper quotes X": the nouns that refer back to an outlet the passage named
OUTLET_REFERENCES = MEDIA_NOUNS | {"programme"}
# a medium's own pieces, which speak for it ("a Grobville Gazette article claimed", "a BBC story said")
MEDIA_PIECES = frozenset({"article", "story", "editorial", "report", "column", "documentary", "investigation"})
# the table kinds an outlet of each noun may have (`ArticleContext.last_outlet`); any other noun
# ("the station", "the programme") stands for a broadcaster, a channel or a programme
MEDIUM_KINDS: dict[str, tuple[str, ...]] = {
    "paper": ("newspaper",),
    "newspaper": ("newspaper",),
    "tabloid": ("newspaper",),
    "daily": ("newspaper",),
    "weekly": ("newspaper", "media"),
    "magazine": ("newspaper", "media"),
    "agency": ("agency",),
}
BROADCAST_KINDS = ("broadcaster", "channel", "programme")
# capitalised words in front of a name that say it is an outlet ("Agency", "Radio")
DESIGNATOR_MEDIA_WORDS = frozenset(
    {
        "agency",
        "news",
        "network",
        "channel",
        "newspaper",
        "magazine",
        "station",
        "broadcaster",
        "radio",
        "television",
        "tv",
    }
)
# the words at the end of a medium's own name ("Midshire Radio", "the Borough Gazette")
MEDIA_NAME_ENDS = (
    "Radio",
    "FM",
    "TV",
    "Television",
    "News",
    "Times",
    "Post",
    "Herald",
    "Gazette",
    "Journal",
    "Telegraph",
    "Tribune",
    "Chronicle",
    "Observer",
    "Courier",
    "Echo",
    "Express",
    "Mirror",
    "Magazine",
)
# the printed press's name ends of those, which English writes after "the" ("the Tarbury Post", "a
# Grobville Herald report"): a name with one that the text never writes so is a firm's or a
# service's ("Canada Post said", "Deutsche Post", "American Express")
PRESS_NAME_ENDS = frozenset(MEDIA_NAME_ENDS) - {"Radio", "FM", "TV", "Television", "News", "Magazine"}
# any word of a name that says it is a medium's: the words above, the designators, and the
# foreign words for a radio chain, a channel or an agency ("Cadena Ostral", "Agence Tarko Presse")
MEDIA_NAME_WORDS = (
    DESIGNATOR_MEDIA_WORDS
    | {w.lower() for w in MEDIA_NAME_ENDS}
    | {"cadena", "canal", "antena", "agence", "agencia", "presse", "prensa"}
)
# the words after a known outlet's name that name one of its own services ("Fox News Digital", "CNN
# International", "Fox News Channel"): the name is an outlet's too
MEDIUM_SERVICE_WORDS = frozenset({"digital", "online", "international", "channel"})
# a body's own medium after its possessive ("told Uefa's official website"): the body is the outlet,
# as a programme's broadcaster is; words (two-word ones as regex), any case ("tv channel")
OWN_MEDIUM_NOUNS = (
    "website",
    r"web\s+site",
    "site",
    r"radio\s+station",
    r"television\s+channel",
    r"tv\s+channel",
    r"television\s+station",
    r"tv\s+station",
)
# a publication's noun after a name that says the name is a title ("PC Pro magazine")
TITLE_NOUNS = ("magazine", "newspaper")
# the noun written after or before a name that says the name is an outlet's ("the Lakeside
# Monitor newspaper", "marketing magazine X"); regex alternation
NAMING_NOUNS = r"newspaper|magazine|news\s+agency|tabloid"
# the kind of outlet written after a known outlet's name in lower case ("the Guardian newspaper",
# "ABC television"), which its mention leaves out
MEDIUM_TAIL_NOUNS = (*TITLE_NOUNS, "television", "radio")
# a publication's noun before its name after a determiner or a kind ("UK magazine X", "the trade newspaper X")
PUBLICATION_NOUNS = ("magazine", "newspaper", "tabloid", "weekly", "monthly")
# the words a paper's name runs on with for its own business ("Mirror Group", "Times Newspapers")
PRESS_BUSINESS_WORDS = frozenset(
    {"group", "newspaper", "newspapers", "news", "media", "press", "publishing", "online", "magazine"}
)
# what an article may write after an outlet's name ("the Interfax news agency", "RT television")
OUTLET_SUFFIXES = (
    r"news\s+agency|news\s+service|news\s+website|agency|newspaper|daily|weekly|magazine|TV|television|"
    r"channel|radio|website|news\s+site"
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of media nouns ("paper|newspaper"), longest first so that none stops
    inside a longer one."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_MONTHS = capitalised_alternation(MONTH_NAMES)
_DATE_ITEM = re.compile(
    rf"^(?:(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s*\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{4}})$"
)
_PARENS = re.compile(r"\(([^()]{2,200})\)")
# What an article may write around an outlet's name: "the Interfax news agency", "RT television",
# "Kommersant daily". Read off only when the whole name is unknown and the rest is a known outlet.
_OUTLET_WORDS = re.compile(
    rf"^(?:the\s+)?(?P<name>.+?)(?:'s)?(?:\s+(?:{OUTLET_SUFFIXES}))?$",
    re.IGNORECASE,
)


def outlet_id(name: str, table: EntityTable) -> str:
    """The id of the outlet `name` cites: the table's (by any of its names, former ones too:
    "Russia Today" is RT), also when the name has a word for the kind of outlet around it
    ("the Interfax news agency"); else the name as a slug (an outlet the table does not know)."""
    known = table.canonical(name)
    if known:
        return known
    match = _OUTLET_WORDS.match(name.strip())
    if match and match.group("name") != name.strip():
        bare = table.canonical(match.group("name"))
        entry = table.entry(bare) if bare else None
        if bare and entry is not None and entry.is_media:
            return bare
    return slugify(name)


def short_form_of(short: str, name: str) -> bool:
    """Whether `short` is a paper's name cut to its first or last words ("Star" of "Toronto Star",
    "Globe" of "The Globe and Mail"): fewer words, the same ones, a leading "The" aside."""
    words, cut = name.strip().removeprefix("The ").split(), short.strip().removeprefix("The ").split()
    return 0 < len(cut) < len(words) and cut in (words[: len(cut)], words[-len(cut) :])


@dataclass
class Citation:
    start: int  # offsets of the parenthesis in the body
    end: int
    outlets: list[tuple[str, str]] = field(default_factory=list)  # (id, name as written)
    dates: list[str] = field(default_factory=list)


def find_citations(text: str, offset: int, table: EntityTable) -> list[Citation]:
    """Parenthetical outlet citations in a paragraph; "(see EDM, ...)" cross-references are not outlets."""
    citations = []
    for match in _PARENS.finditer(text):
        inner = match.group(1).strip()
        if inner.lower().startswith(("see ", "i.e.", "e.g.")):
            continue
        citation = Citation(offset + match.start(), offset + match.end())
        valid = True
        for group in inner.split(";"):
            items = [item.strip() for item in group.split(",") if item.strip()]
            dates = [item for item in items if _DATE_ITEM.match(item)]
            names = [item for item in items if not _DATE_ITEM.match(item)]
            if not dates or not names:
                valid = False
                break
            for name in names:
                if len(name.split()) > 5 or not name[:1].isupper():
                    valid = False
                    break
                citation.outlets.append((outlet_id(name, table), name))
            citation.dates.extend(dates)
        if valid and citation.outlets:
            citations.append(citation)
    return citations


def attach_citations(
    claims: list[Claim], citations: list[Citation], paragraph_bounds: dict[int, tuple[int, int]]
) -> None:
    """Each citation backs the claims of its paragraph made since the previous citation."""
    by_paragraph: dict[int, list[Citation]] = {}
    for citation in citations:
        for index, (lo, hi) in paragraph_bounds.items():
            if lo <= citation.start < hi:
                by_paragraph.setdefault(index, []).append(citation)
                break
    for claim in claims:
        previous_end = paragraph_bounds.get(claim.paragraph, (0, 0))[0]
        for citation in sorted(by_paragraph.get(claim.paragraph, []), key=lambda c: c.start):
            if citation.start >= claim.start and (claim.start >= previous_end or claim.sentence_start >= previous_end):
                for entity_id, _ in citation.outlets:
                    if entity_id not in claim.outlets:
                        claim.outlets.append(entity_id)
                for date in citation.dates:
                    if date not in claim.dates:
                        claim.dates.append(date)
                break
            previous_end = citation.end


# "BBC Radio 4's " before "Today programme", "Sky News' " before "Sunday with ..."
_CHANNELS_POSSESSIVE = re.compile(r"(?<=[\w.])['’]s?\s$")


def channels_as_outlets(body: str, mentions: list[Mention], claims: list[Claim], table: EntityTable) -> None:
    """ "Tom Pell told BBC Radio 4's Today programme ...": a channel or a programme named as the
    medium of a claim is its broadcaster there, as the claim's outlet is (`EntityTable.outlet`, the
    gazetteer's `parent`): every mention of it in the article takes the broadcaster's id. So does
    the channel whose possessive names that programme; not another channel of the broadcaster the
    sentence names ("Ida Varnish, who used to work for Radio 1, told BBC Radio Five Live"). A channel
    the article writes about otherwise ("BBC Three's new comedy"), or that speaks a claim ("Sky
    News reported", "the channel said"), stays itself. A mention that becomes the broadcaster's and
    opens with its name ("BBC Radio 4") is that name ("BBC"). Call with the claims' outlets as found,
    before they are mapped to broadcasters. Changes `mentions` in place."""
    owner: dict[str, str] = {}
    for claim in claims:
        outlets = {table.outlet(o) for o in claim.outlets}
        if len(outlets) != 1:
            continue  # two broadcasters ("BBC Radio 4's Today show", NBC's programme's name): which is unsure
        for entity_id in claim.outlets:
            if table.outlet(entity_id) != entity_id:
                owner[entity_id] = table.outlet(entity_id)
        # where a channel's possessive ends right before a programme that is this claim's medium
        programme_starts = {
            m.start - len(gap.group())
            for m in mentions
            if m.entity_id in claim.outlets
            and (gap := _CHANNELS_POSSESSIVE.search(body, max(0, m.start - 4), m.start)) is not None
        }
        for m in mentions:  # the channel before the programme: "BBC Radio 4's Today programme"
            if (
                claim.sentence_start <= m.start < claim.sentence_end
                and not claim.start <= m.start < claim.end
                and m.end in programme_starts  # not "Tom Pell, who presents BBC One's Panorama, told ..."
                and (entry := table.entry(m.entity_id)) is not None
                and entry.is_media
                and table.outlet(m.entity_id) in outlets
                and table.outlet(m.entity_id) != m.entity_id
            ):
                owner[m.entity_id] = table.outlet(m.entity_id)
    for claim in claims:  # a channel that speaks ("Sky News reported", "the channel said") is itself
        owner.pop(claim.speaker_id or "", None)
    if not owner:
        return
    for m in mentions:
        if m.entity_id not in owner:
            continue
        m.entity_id = owner[m.entity_id]
        # "BBC Radio 4" that is the BBC there is written "BBC" (GUIDE: "BBC" for "BBC Radio 4"): the
        # broadcaster's own name opening the channel's is the mention
        entry = table.entry(m.entity_id)
        forms = (entry.name, *entry.aliases) if entry is not None else ()
        name = next((n for n in forms if m.text.startswith(n + " ")), None)
        if name is not None:
            m.text, m.end = name, m.start + len(name)


# "the " right before a name: a paper's short name is written so ("told the Star"), not a place
# opening its name ("London's Evening Standard", "South Florida's Sun-Sentinel")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s$")


def short_forms_as_outlets(body: str, mentions: list[Mention], claims: list[Claim], table: EntityTable) -> None:
    """ "told the Star" read as the Toronto Star (`_short_form_named`): the short name's own mention
    in the claim's sentence, outside its content, an organisation the table does not know ("star"),
    written after "the", is the outlet's (never a place: "told London's Evening Standard", "Tom Pell
    of Toronto told the Toronto Star"). Changes `mentions` in place."""
    for claim in claims:
        if len(claim.outlets) != 1 or (entry := table.entry(claim.outlets[0])) is None:
            continue
        for m in mentions:
            if (
                m.label == "ORG"
                and (m.text.startswith("The ") or _THE_BEFORE.search(body, max(0, m.start - 4), m.start))
                and claim.sentence_start <= m.start < claim.sentence_end
                and not claim.start <= m.start < claim.end
                and m.entity_id != entry.id
                and table.entry(m.entity_id) is None
                and any(short_form_of(m.text, form) for form in (entry.name, *entry.aliases))
            ):
                m.entity_id = entry.id


def article_sources(
    article: Article, claims: list[Claim], mentions: list[Mention], citations: list[Citation], table: EntityTable
) -> list[Source]:
    """Publisher, author and cited outlets of one article, with how many claims each backs."""
    backing: Counter[str] = Counter()
    for claim in claims:
        for outlet in dict.fromkeys([*claim.outlets, *([claim.speaker_id] if claim.speaker_id else [])]):
            backing[outlet] += 1
    own = sum(1 for claim in claims if not claim.outlets)
    sources: dict[str, Source] = {}

    def add(entity_id: str, name: str, kind: str, count: int) -> None:
        if entity_id not in sources:
            sources[entity_id] = Source(entity_id, name, kind, count)

    if article.publisher:
        pid = outlet_id(article.publisher, table)
        entry = table.entry(pid)
        add(pid, entry.name if entry else article.publisher, "publisher", own)
    if article.author:
        aid = table.canonical(article.author) or slugify(article.author)
        add(aid, article.author, "author", own)
    names: dict[str, str] = {}
    for citation in citations:
        for entity_id, written in citation.outlets:
            names.setdefault(entity_id, written)
    for mention in mentions:
        entry = table.entry(mention.entity_id)
        if entry is not None and entry.is_media:
            # "BBC Radio 4's Today programme": a channel or programme is cited as its broadcaster,
            # as its claims are (one row, with their count, not three with two at none)
            outlet = table.outlet(mention.entity_id)
            names.setdefault(outlet, mention.text if outlet == mention.entity_id else outlet)
    as_written = {mention.entity_id: mention.text for mention in mentions}
    for claim in claims:
        for outlet in claim.outlets:
            names.setdefault(outlet, as_written.get(outlet, outlet))  # an outlet the table does not know: as written
    for entity_id, written in names.items():
        entry = table.entry(entity_id)
        kind = entry.kind if entry and entry.kind in SOURCE_KINDS else "media"
        add(entity_id, entry.name if entry else written, kind, backing[entity_id])
    return list(sources.values())


def corpus_sources(analyses: Iterable[Analysis]) -> list[dict]:
    """Which sources are cited where, most widely cited first."""
    rows: dict[str, dict] = {}
    for analysis in analyses:
        for source in analysis.sources:
            row = rows.setdefault(
                source.id, {"id": source.id, "name": source.name, "kind": source.kind, "articles": []}
            )
            row["articles"].append({"article_id": analysis.article_id, "claim_count": source.claim_count})
    return sorted(
        rows.values(), key=lambda r: (-len(r["articles"]), -sum(a["claim_count"] for a in r["articles"]), r["name"])
    )
