"""Offices: the posts a person holds ("the prime minister", "the archbishop", "the chairman").

One home for the office words that the claim extractor, the speaker resolver, the described-
person rules and related claims each used to spell out for themselves:
- the words, grouped by what holds the office (a state, a body's board, a church, a court);
- the named sets each caller needs, built from those groups, with why it needs that set;
- `office_subject`, the one matcher of "[And,] [Speaking at X,] the [adjectives] OFFICE VERBED":
  a narration sentence whose subject is an office holder the sentence does not name.

Job titles glued before a name ("Chancellor Gordon Brown") stay in people.JOB_TITLES, which
also holds ranks, playing positions and qualifiers ("former") that are no office here.
"""

from __future__ import annotations

import re

# offices of a state or a city, each held by one person at a time ("the chancellor")
STATE_OFFICES = frozenset({"minister", "secretary", "chancellor", "president", "premier", "governor", "mayor"})
# offices a state appoints someone to ("the EU commissioner", "the ambassador")
APPOINTED_OFFICES = frozenset({"commissioner", "ambassador"})
# the chair of a board
CHAIR_OFFICES = frozenset({"chairman", "chairwoman"})
# offices of a firm's board that one person holds ("the firm's chief executive")
BOARD_OFFICES = CHAIR_OFFICES | {"director", "executive"}
# who heads a party, a team or a firm ("the Tory leader", "the England coach", "the BA boss")
HEAD_OFFICES = frozenset({"leader", "chief", "boss", "coach", "manager"})
# the titles of the one who runs a firm, what "the head of X" and "the boss of X" are
# ("Chief executive Jo Bell"); whole titles, unlike the single words of BOARD_OFFICES
FIRM_HEAD_TITLES = CHAIR_OFFICES | {"chief executive", "managing director", "president", "boss", "head"}
# the words a description may give a role a team, party or firm's title gave under another word
# ("the Velt boss" of "Velt manager Tom Pell", "the Velt skipper" of "Velt captain Tom Pell"), each
# word with the title words it may stand for (described's _tied_role); a word not here stands for
# itself only. "coach" and "manager" are not one: a rugby side has both.
ROLE_WORDS = {
    "boss": frozenset({"boss", "manager", "coach"}),
    "manager": frozenset({"manager", "boss"}),
    "coach": frozenset({"coach", "boss"}),
    "captain": frozenset({"captain", "skipper"}),
    "skipper": frozenset({"skipper", "captain"}),
    "striker": frozenset({"striker", "forward"}),
}
# offices of a church or a faith
RELIGIOUS_OFFICES = frozenset({"archbishop", "bishop", "cardinal", "pope", "rabbi", "imam"})
# offices of a court or of the law
LEGAL_OFFICES = frozenset({"judge", "magistrate", "attorney", "coroner", "prosecutor", "sheriff"})
# who sits in a parliament ("Senator X", "the MP")
LEGISLATOR_TITLES = frozenset({"senator", "congressman", "congresswoman", "mp", "mep", "msp"})
# one member among a body's many ("A Plaid Cymru MP", "a Labour councillor"): a person, never the body
MEMBER_TITLES = LEGISLATOR_TITLES | {"peer", "councillor", "backbencher"}
# ranks of the forces and the police ("Colonel X", "Detective Inspector X", "Superintendent X"): the
# one home of the ranks written out, as the next three are of the ranks written short
RANKS = frozenset(
    {
        "general",
        "colonel",
        "sergeant",
        "inspector",
        "superintendent",
        "detective",
        "constable",
        "lieutenant",
        "admiral",
        "brigadier",
        "corporal",
    }
)
# the forces' ranks written short before a name ("Gen X", "Lt Col X", "Gen. X", "Cmdr X", "Pte X")
RANK_ABBREVIATIONS = frozenset({"gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "cpl", "cmdr", "pte"})
# the police's ranks written short before a name ("Det Insp X", "Supt X"; in North American papers
# with a stop: "Const. Sarah Lee", "Det. Sgt. X", the RCMP's "Cst. X")
POLICE_RANK_ABBREVIATIONS = frozenset({"det", "insp", "supt", "const", "cst"})
# a councillor's title written short before a name, the British "Cllr X" and the Canadian papers'
# "Coun. X" ("Toronto Coun. Jo Bell told the Star"), a title as the ranks are
COUNCILLOR_ABBREVIATIONS = frozenset({"cllr", "coun"})
# every rank written short: a title before a name only when written so, a capital and then lower
# case (people.is_rank_abbreviation; never in capitals: "CPL" is a body's letters), kept one word
# with its stop by the tokenizer (backend), which else ends a sentence there ('"...," said Sgt.
# X.'), and able to open a name after "said" (subjects.ranked_name_after)
SHORT_RANKS = RANK_ABBREVIATIONS | POLICE_RANK_ABBREVIATIONS | COUNCILLOR_ABBREVIATIONS
# words written short with a stop before a name ("Mr. X", "Sen. X", "Rep. X", "Gov. X", "Sgt. X"),
# as capitalised before the name: that stop ends no sentence ('"...," Sen. Ashby said. "..."')
STOPPED_BEFORE_NAMES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "rev"} | SHORT_RANKS)
# a team's captain and its players' positions, written as a title before a name ("striker X")
TEAM_TITLES = frozenset({"captain", "skipper", "striker", "midfielder", "defender", "goalkeeper", "winger"})
# the field of an office that makes it another one ("the prime minister" is not "Aid minister X",
# "the home secretary" not "Health Secretary X")
OFFICE_FIELDS = frozenset(
    {"prime", "first", "foreign", "home", "culture", "health", "education", "trade", "industry", "defence"}
    | {"defense", "environment", "transport", "treasury", "work", "pensions", "interior", "finance", "economy"}
    | {"justice", "energy", "sport", "sports", "aid", "development", "agriculture", "europe", "security"}
    | {"arts", "media", "science", "tourism"}
)
# offices that only one nation has, written in full, with the id of that nation in the entity
# table: an article that writes one is about that nation's government even where it never names
# the nation ("Home Secretary Jo Bell" in a UK story about Iraq that never writes "UK"). Not a bare
# "Chancellor X" (Germany's and Austria's heads of government) nor "Foreign Secretary X" (India's
# and Pakistan's top diplomats); lower case, the words separated by one space
OFFICES_OF_ONE_NATION = {
    "home secretary": "united-kingdom",
    "chancellor of the exchequer": "united-kingdom",
    "shadow chancellor": "united-kingdom",
    "chief secretary to the treasury": "united-kingdom",
    "treasury minister": "united-kingdom",
    "treasury ministers": "united-kingdom",
}
# the gender an office's word implies ("the chairman" is a "he", never a "she")
HOLDER_GENDER = {"chairman": "m", "chairwoman": "f", "pope": "m", "cardinal": "m", "rabbi": "m", "imam": "m"}

# the office an unnamed subject of a narration sentence holds, which a "he" / "she" after it may
# be (claims' office_subject): one person of a state, a board or a team
SUBJECT_OFFICES = STATE_OFFICES | APPOINTED_OFFICES | HEAD_OFFICES | CHAIR_OFFICES | {"executive"}
# the same for the speaker resolver's check of a subject between a person's turn and "he said",
# who may be the "he" (speakers' _unnamed_office_since): a state's, a church's or a court's
# office, or a board's chair
RIVAL_SUBJECT_OFFICES = STATE_OFFICES | APPOINTED_OFFICES | RELIGIOUS_OFFICES | LEGAL_OFFICES | CHAIR_OFFICES
# offices an article's lead gives without the name it gives in the next paragraph ("the lord
# chancellor has said"; described's _lead_holder)
LEAD_OFFICES = STATE_OFFICES | {"leader"}
# offices many hold, which name one person only with an owner's possessive ("London's most senior
# police officer", "Britain's top judge"; described's _lead_holder)
OWNED_OFFICES = frozenset({"officer", "policeman", "judge", "general", "commander", "diplomat", "cleric", "churchman"})
# offices written with the body or place they are held in, each held by one person ("the industry
# minister of X state", "the chairman of the X Federation", "the head of X"; described's
# _officer_named_next); regex alternatives, the longer first
BODY_HEADS = (
    r"chief\s+executive",
    r"general\s+secretary",
    r"secretary\s+general",
    *sorted(CHAIR_OFFICES | {"chair", "head", "director", "founder", "leader", "boss"}),
)
OFFICES_OF_A_BODY = (*BODY_HEADS, *sorted(STATE_OFFICES - {"chancellor", "premier"}))
# the one who heads a body or a place ("the chairman of X", "the governor of X"), not its ministers:
# whom speakers' "the head of X said" waits to see named next
HEADS_OF_A_BODY = (*BODY_HEADS, "president", "governor")
# words of a title before a name that are no office themselves ("former", "deputy", "shadow")
TITLE_QUALIFIERS = frozenset({"vice", "deputy", "shadow", "former", "acting", "interim", "junior", "senior"})
# words before a title that say its holder held it once, not now ("the late Bishop of X", "the
# outgoing Mayor", "Retired Bishop of X Tom Pell")
PAST_HOLDER_WORDS = frozenset(
    {"former", "late", "then", "retired", "previous", "past", "outgoing", "ex", "one-time", "erstwhile"}
)


# a holder losing or leaving a post, said right after their name as its subject ("Tom Pell was
# sacked", "Tom Pell, who resigned on Monday,"; not "has no plans to quit"): the post is someone
# else's, or no one's, after it (matched at the name's end)
LEFT_POST = re.compile(
    r"\s*(?:,\s*(?:who\s+)?|,[^,.]*,\s*)?(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:sacked|fired|dismissed|axed|ousted|"
    r"removed|replaced)|resign(?:s|ed)|quit|(?:stepped|stood|steps|stands)\s+down)\b",
    re.IGNORECASE,
)


def once_held(words: str) -> bool:
    """Whether words before or around a title say its holder held it once ("a former Grobco
    spokesman", "an ex-Velt official", "the one-time Grobco chief")."""
    return any(
        w in PAST_HOLDER_WORDS or w.split("-")[0] in PAST_HOLDER_WORDS for w in re.findall(r"[\w-]+", words.lower())
    )


# who speaks for someone else, not in their own office
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# a chamber's own officers, written before a name in American copy ("House Speaker Mara Linden",
# "Senate Whip Ned Varga"): titles of a speaker's phrase (claims' _titled_name_untagged), kept out
# of TITLES_BEFORE_NAMES ("Speaker" alone before a name is the model's to read)
CHAMBER_OFFICES = frozenset({"speaker", "whip"})
# every word of a job title the model may glue in front of a name ("Chancellor Gordon Brown",
# "Prime Minister X", "Chief-Executive X"; people.JOB_TITLES)
TITLES_BEFORE_NAMES = (
    STATE_OFFICES
    | APPOINTED_OFFICES
    | BOARD_OFFICES
    | HEAD_OFFICES
    | LEGISLATOR_TITLES
    | RANKS
    | TEAM_TITLES
    | TITLE_QUALIFIERS
    | SPOKESPEOPLE
    | {"prime", "judge", "magistrate", "attorney", "solicitor", "chief-executive", "director-general"}
    # the American papers' chair of a board or a committee ("Federal Reserve Chair Jo Bell")
    | {"chair"}
)

# a sentence's link to the one before, which may open it ("And", "However,")
SENTENCE_LINKS = ("And", "But", "Yet", "So", "However", "Meanwhile", "Now", "Later")
# small words that may open a sentence or a clause before a title ("Since President X", "Earlier
# Foreign Secretary X", "The Prime Minister X"): no owner of the office
OPENING_WORDS = frozenset(
    {w.lower() for w in SENTENCE_LINKS}
    | {"the", "both", "since", "although", "though", "while", "when", "as", "after", "before", "until", "if", "once"}
    | {"under", "during", "without", "against", "about", "over", "like", "unlike", "among"}
    | {"earlier", "yesterday", "today", "tonight", "on", "in", "at", "by", "with", "from", "for", "last", "this"}
)


def office_subject(
    description: str,
    verbs: str,
    *,
    lead: str = r"\s*",
    links: tuple[str, ...] = SENTENCE_LINKS,
    opening: int = 80,
    adverbs: str = "also|later|then|again|previously|meanwhile|[a-z]+ly",
) -> re.Pattern[str]:
    """The matcher of a narration sentence whose subject is a description (group 1, its head word
    group 2) opening it, after `lead` (space, quotes), a link to the sentence before ("And", "But")
    and an opening phrase of up to `opening` characters ending in a comma ("Speaking at a rally,"),
    followed by an optional adverb and one of `verbs`: "And the home secretary has said ...",
    "Appearing at a rally, the prime minister hailed ...". The description and verbs are each
    caller's own (claims' office_subject and speakers' _unnamed_office_since differ in them)."""
    return re.compile(
        rf"{lead}(?:(?:{'|'.join(links)})\b,?\s+)?(?:[A-Z][a-z]+[^,.;:!?\"“”()]{{0,{opening}}},\s+)?"
        rf"({description})\s+(?:(?:{adverbs})\s+)?{verbs}"
    )
