"""Occasions: the gatherings and the texts on which words are said ("at a rally", "in a statement",
"told the Harbour Party conference", "Chicolini's Budget speech").

One home for the occasion nouns that the claim extractor's occasion passes, fact grouping's
occasions and venues and the typing of named events each used to spell out for themselves:
- the words, grouped by what they are (gatherings, proceedings, texts of one's own);
- the named sets each caller needs, built from those groups, with why it needs that set.
Words are regex-ready (a phrase's space is written as any run of spaces); a caller joins a set
with sources.alternation.

The sets differ on purpose where a word would mislead a rule ("launch" and "meeting" are verbs
too, "the US Congress" is a legislature, "the Welsh Assembly" a body); where a set lacks a word
for no known reason, its comment says so, and the word is left out until a rule is measured
with it. Media and channels ("programme", "radio", "the Today programme") are sources.py's and
facts' own.
"""

from __future__ import annotations

# gatherings of delegates or leaders, held to hear speeches and agree ("the party's spring
# conference", "the G8 summit")
CONFERENCES = frozenset({"conference", "summit"})
# the same, whose word also names a legislature or a treaty ("told Congress", "the Geneva Convention")
CONGRESSES = frozenset({"congress", "convention"})
# a crowd gathered to hear one side ("at a rally in Leeds"); "rally" is a verb too ("rally support")
RALLIES = frozenset({"rally"})
# gatherings whose word also names a standing body ("the UK Internet Forum", "the Welsh Assembly")
BODIES_IN_SESSION = frozenset({"forum", "assembly"})
# people meeting to talk between them ("a meeting of ministers", "talks with the unions")
MEETINGS = frozenset({"meeting", "talks"})
# occasions one holds to tell the press ("a news briefing", "the poster launch"); "launch" is a verb too
PRESS_EVENTS = frozenset({"briefing", "launch"})
# the press event by its two words (one may stand between a determiner and them: "a hastily
# arranged press conference")
PRESS_CONFERENCES = frozenset({r"press\s+conference", r"news\s+conference"})
# a session of a court, a committee or an inquiry ("at the hearing")
HEARINGS = frozenset({"hearing"})
# a house's or a panel's exchange of speeches ("in a Commons debate")
DEBATES = frozenset({"debate"})
# occasions a host holds, at which a guest may speak ("a Chamber of Commerce dinner", "the awards
# ceremony", "at the auction")
FUNCTIONS = frozenset({"dinner", "ceremony", "auction"})
# words said aloud to an audience, one's own ("his Budget speech", "the Mansion House address")
SPEECHES = frozenset({"speech", "address", "lecture"})
# texts of one's own ("in a statement", "wrote in a letter", "in an e-mail")
WRITINGS = frozenset({"statement", "letter", "article", "message", "note", "e-mail", "email"})
# where one publishes one's own words ("on his blog", "on the website", "in a press release")
POSTINGS = frozenset({"blog", "website", r"press\s+release"})
# a medium's questions answered ("in an interview")
INTERVIEWS = frozenset({"interview"})

# where one is "at" to speak, after "at a" / "at the" and up to two words ("Speaking at a rally",
# "at a news briefing"; claims.article `_PRESENT_AT`). Without congresses, talks, bodies in session,
# dinner and auction: no known reason
AT_A_GATHERING = (
    CONFERENCES | RALLIES | PRESS_EVENTS | HEARINGS | (MEETINGS - {"talks"}) | (FUNCTIONS - {"dinner", "auction"})
)
# a gathering or a publication of one's own named by its word alone, anywhere in an attribution
# ("at the briefing", "on his blog"; claims.article `_GATHERED_OR_POSTED`): no word that is also a
# verb ("launch", "meeting", "rally", "hearing"). Without summit and ceremony: no known reason
GATHERED_OR_POSTED = frozenset({"conference", "forum", "auction"}) | (PRESS_EVENTS - {"launch"}) | POSTINGS
# a text of one's own named by its word alone, anywhere in an attribution ("in a statement", "wrote
# in a letter"; claims.article `_IN_A_TEXT`): not words that say other things too ("the article
# says", "the message is", "a note of caution")
IN_A_TEXT = frozenset({"statement", "letter", "speech", "autobiography", "memoir", "memoirs"})
# the occasion after "said in a ..." before the clause said ("said in a statement on Monday that";
# claims.content `_SAID_WHERE`). Without address (a place's too), lecture, website, press release:
# no known reason
SAID_IN = WRITINGS | INTERVIEWS | {"speech", "briefing", "blog"}
# content that only says where it was said ("in an interview with The Times"; claims.vocabulary
# `_NOT_A_STATEMENT`, with the media words of its own). Without note ("on a sour note" is said),
# address, lecture, website: no known reason
WHERE_SAID = (
    (WRITINGS - {"note"}) | INTERVIEWS | PRESS_CONFERENCES | DEBATES | {"speech", "briefing", "conference", "blog"}
)
# the gatherings of party or leaders as one kind of occasion, whatever their words ("at the
# conference", "at a rally"; facts `_OCCASIONS`): without CONGRESSES, which name a legislature or a
# treaty, any case
CONFERENCE_OCCASIONS = CONFERENCES | RALLIES
# gatherings written after their name, at or to which someone speaks ("told the Harbour Party
# conference", "at a Chamber of Commerce dinner"; facts `_VENUE`, lower case only): the name tells
# one from another. Without talks, press events, hearings, ceremony, auction: no known reason
NAMED_GATHERINGS = CONFERENCES | CONGRESSES | RALLIES | BODIES_IN_SESSION | (MEETINGS - {"talks"}) | {"dinner"}
# an actor's own occasions, by kind, that a lead names ("Chicolini's Budget speech", "Labour's spring
# conference", "Brown's talks with the unions"; facts `_OCCASION_KINDS`, beside events of other kinds).
# Without rally, forum, assembly, dinner, briefing: no known reason
ACTORS_SPEECHES = SPEECHES | {"statement"}
ACTORS_CONFERENCES = CONFERENCES | CONGRESSES
ACTORS_MEETINGS = MEETINGS
# the last word of an event's capitalised name ("the International Solid State Circuits Conference",
# "the Harbour Summit"; kinds `_AWARD_TAIL`, beside shows and elections): not CONGRESSES (a
# legislature, a treaty) nor BODIES_IN_SESSION (a body), with a named lecture ("the Ada Grey
# Lecture": the person it is named after is no speaker there). Without rally: no known reason
EVENT_NAME_TAILS = CONFERENCES | {"dinner", "lecture", "lectures"}
# a text issued in one's own name, its possessor its author ("Mr Bell's statement said"; claims.subjects
# `_PERSONAL_DOCUMENTS`), with memos and communiqués: not an article or a note (often about
# someone else's words), nor an e-mail (no known reason)
ISSUED_TEXTS = (WRITINGS - {"article", "note", "e-mail", "email"}) | {"memo", "communique", "communiqué", "readout"}
# a text that can be the "it" of "it said" after an organisation ("Grobco issued a statement. It
# said ..."; claims.context `organisation_it`, beside the document nouns): IN_A_TEXT less the
# speech (no known reason)
AUTHORED_TEXTS = IN_A_TEXT - {"speech"}
