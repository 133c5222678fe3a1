"""The vocabulary of claims: the reporting verbs and their lemmas, the nouns that name speakers,
sources, documents, groups and media, the patterns that mark a candidate sentence, and the word-level
helpers the extractors share (a token's lemma and part of speech, a title before a name, whether a
name looks like a person's, how an unresolved pronoun is written). It imports no other module of
the package."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from belreader.nlp import occasions
from belreader.nlp.kinds import BODY_WORDS, PLAYING_POSITIONS, label_from_words
from belreader.nlp.offices import MEMBER_TITLES, STOPPED_BEFORE_NAMES, office_subject
from belreader.nlp.people import CLOSE_KIN, JOB_TITLES, TITLE_WORDS, first_name_gender
from belreader.nlp.people import ROLE_NOUNS as PEOPLE_ROLE_NOUNS
from belreader.nlp.records import Mention
from belreader.nlp.saying import past_forms, present_forms
from belreader.nlp.sources import (
    DESCRIBED_OUTLET_NOUNS,
    DESIGNATOR_MEDIA_WORDS,
    MEDIA_NAME_ENDS,
    NAMING_NOUNS,
    OUTLET_REFERENCES,
    OWN_MEDIUM_NOUNS,
    PRESS_NAME_ENDS,
    TITLE_NOUNS,
    alternation,
)
from belreader.quantities import singular

# verbs whose object can be the claim ("confirmed the disbursal of a loan")
OBJECT_LEMMAS = {
    "say",
    "tell",
    "announce",
    "declare",
    "warn",
    "add",
    "describe",
    "characterise",
    "characterize",
    "write",
    "reveal",
    "confirm",
    "report",
    "deny",
    "refute",
    "admit",
    "reiterate",
    "repeat",
    "promise",
    "pledge",
    "accuse",
    "allege",
    "stress",
    "emphasise",
    "emphasize",
    "state",
    "explain",
    "point",
    "comment",
    "remark",
}
# verbs that report only with a clause or a quote ("believes that ...", not "believe his promises")
CLAUSAL_LEMMAS = {
    "note",
    "claim",
    "believe",
    "predict",
    "insist",
    "argue",
    "suggest",
    "assert",
    "acknowledge",
    "reply",
    "respond",
    "maintain",
    "conclude",
    "observe",
    "complain",
    "estimate",
    "caution",
    "concede",
    "contend",
    "recall",
    "boast",
    "vow",
    "answer",
    "forecast",
    "fear",
    "expect",
    "hope",
    "think",
    "reckon",
    "feel",
    "speculate",
    "counter",  # '"...," he countered.', "countered that ..."
    "intimate",  # "..., she intimated."
    "confide",  # '"...," he confided.', "confided that ..." (never "confided in her" alone)
    "opine",  # Indian English: "the judge opined that ..." (never "opined on the bill" alone)
    # agreement and concession: "agreed that ...", "accepts that ...", "hinted that ..."
    "agree",
    "concur",
    "accept",
    "confess",
    "hint",
    "disclose",
    "recognise",
    "recognize",
    "rule",  # "the referee ruled that ...", "the court ruled that ..." (never "ruled out")
    "recommend",
    "urge",  # "urged that the talks resume" (never "urged them to ...", "urged caution": a request)
    "protest",  # "firms protested that the tax would cost jobs" (never "protested outside the hall")
    "indicate",  # "the ministry has indicated (that) it will ..." (never "indicated a rise")
    "signal",  # "Grobland has signalled (that) it wants ..." (never "signalled its intention to")
    "testify",  # "testified (before the committee) that ..." (never "testified for two hours" alone)
    # social posts: '"...," X posted on Instagram', "X tweeted that ..." (never "posted a loss";
    # claims.parsed takes a quote of "post" only before it, never 'posted "record" profits')
    "post",
    "tweet",
}
# verbs of a sign given, whose subject may be a thing read rather than a speaker ("the meeting
# indicated that ...", "such statements indicate that ..."): a claim only with a subject that can
# speak (`parsed._may_speak`) and is no writing read as evidence (DOCUMENT_NOUNS)
SIGN_LEMMAS = frozenset({"indicate", "signal"})
# what a comment on an event says of it ("..., which analysts said was a sign of anger", "which
# they believe signals a purge", "which showed mercy"): ", which" then stands for the clause before,
# never its object noun (`parsed._gapped_content`)
COMMENT_VERB_LEMMAS = SIGN_LEMMAS | {"show", "mark", "mean", "reflect", "suggest", "amount", "constitute"}
COMMENT_NOUNS = {"sign", "signal", "move", "blow", "breach", "step", "mistake", "victory", "setback", "message"}
# "was keen to point out that ...", "was quick to stress that ...": adjectives of a will to say
# that, before a to-infinitive of saying with its clause, report what was said
# (`subjects._eager_to_say`)
EAGER_TO_SAY = frozenset({"keen", "quick", "eager", "anxious", "careful"})
# clausal verbs whose infinitive or object is an act, not a statement ("agreed to pay", "accepted
# the offer", "hinted at a change"): they report only with a "that"/finite clause or a quote
CLAUSE_ONLY_LEMMAS = {
    "agree", "concur", "accept", "confess", "hint", "disclose", "recognise", "recognize", "rule",
    "recommend",  # "recommends that the tool is used ...", never "recommended a book"
    "testify",  # "testified that inflation was high", never "testified at the trial"
    "opine",  # "opined that the law would fall", never "opined on the law"
    "urge",  # "urged that the talks resume", never "urged them to wait"
    "protest",  # "protested that the tax was unfair", never "protested the decision" (an act)
    *SIGN_LEMMAS,  # "indicated it would stay", never "indicated a rise", "signalled a shift"
}  # fmt: skip
# a court's decision is its ruling: "The Court of Appeal decided (that) the rule was unlawful" is
# "ruled"; anyone else's "decided that ..." is a choice made, not a statement
RULING_BODIES = {"court", "judge", "judges", "lords", "tribunal", "justices"}
# verbs of judging someone "for" something ("blamed the council for the closure", "praised the
# staff for keeping the shop open"): a statement only with their "for" phrase, the content being
# the object and its reason
FOR_LEMMAS = {"blame", "criticise", "criticize", "praise", "thank", "lambast", "condemn", "commend", "applaud"}
# the verbs of praise among them, whose "for" phrase names what was praised ("thanked fans for their
# support"): thanks for a deed the addressee owns states nothing
PRAISE_LEMMAS = FOR_LEMMAS - {"blame", "criticise", "criticize", "lambast", "condemn"}
# the possessive pronouns: "for their support" is a deed of the addressee's own
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "our", "my", "your"}
# verbs of forecasting: with a figure on one of RESULT_MEASURES, their noun object is a prediction stated
FORECAST_LEMMAS = {"forecast", "predict"}
# what a firm's or an economy's results are measured in: with a figure, the noun object of a forecast
# is a prediction stated ("forecast growth of 2%"), that of "report" a figure published and no
# statement ("reported a 60% rise in profit", `content._reported_result`)
RESULT_MEASURES = {
    "rise", "rises", "fall", "falls", "increase", "increases", "drop", "jump", "surge", "decline", "slump",
    "doubling", "growth", "loss", "losses", "profit", "profits", "margin", "revenue", "revenues", "sales",
    "earnings", "turnover", "deficit", "surplus", "inflation", "output",
}  # fmt: skip
# "tipped Wales to win the title", "tipped her for an award": a forecast about a named side or
# person, a statement only with its "to" infinitive or "for" phrase ("tipped the waiter" is none)
TIP_LEMMAS = {"tip"}
OBJECT_LEMMAS |= FOR_LEMMAS | TIP_LEMMAS
REPORTING_LEMMAS = OBJECT_LEMMAS | CLAUSAL_LEMMAS
# reporting verbs that take the hearer as a bare object before the clause ("told MPs the plan
# was fair", "warned investors costs would rise", "promised voters taxes would fall"); after any
# other ("admitted their trip to X was hard") a noun phrase the parser hung on the verb as its
# object, with a clause after it, may be that clause's subject (content.py decides)
ADDRESSEE_LEMMAS = {"tell", "warn", "promise", "pledge", "answer", "caution", "urge"}
# the subordinators of a clause giving a reason or a time ("..., according to X, as people wait
# to see ...", "because it says ..."); with subjects' concessive marks where a concession counts too
REASON_MARKS = frozenset({"as", "because", "since"})
# "makes claims that ...", "made the allegation that ...": a verb of making with a noun of saying
# whose "that" clause is the content; the noun gives the reporting lemma
MADE_NOUNS = {
    "claim": "claim",
    "allegation": "allege",
    "accusation": "accuse",
    "assertion": "assert",
    "suggestion": "suggest",
    "prediction": "predict",
    "point": "point",
    "argument": "argue",
}
# "voiced concern that ...", "expressed fears that ...": a fear stated (never "raised fears that",
# whose subject is often an event: "the closure raised fears that ...")
# ("expressed doubts that X" states the opposite of X: left out)
VOICED_NOUNS = {"concern": "fear", "fear": "fear"}
# "gave assurances that ...", "issued a warning that ...", "offered reassurance in her speech that
# ...": a verb of giving with a noun of saying whose "that" clause is the content (never "were given
# assurances that ...": the hearer is that subject)
GIVEN_NOUNS = {
    "assurance": "assure",
    "reassurance": "assure",
    "guarantee": "promise",
    "undertaking": "promise",
    "pledge": "pledge",
    "promise": "promise",
    "warning": "warn",
}
GIVING_VERBS = {"give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering"}
GIVING_VERBS |= {"issue", "issues", "issued", "issuing"}
# "rejected claims that ...", "has rubbished suggestions that ...": a verb of rejecting with a noun
# of saying whose "that" clause is what the subject denies (never "rejected the claims" alone, nor
# "rejected the offer that was made": no clause of the noun's)
# (REJECTS_FINITE, the finite forms, also make the rejoinders' `_REJECTS`: "but Y rejected his claims")
REJECTS_FINITE = {"rejects", "rejected", "dismisses", "dismissed", "rubbishes", "rubbished"}
REJECTING_VERBS = REJECTS_FINITE | {"reject", "rejecting", "dismiss", "dismissing", "rubbish", "rubbishing"}
# ("denied reports that X": the denial of X as well, the noun left out of the content)
REJECTING_VERBS |= {"deny", "denies", "denied", "denying"}
REJECTED_NOUNS = {"claim", "suggestion", "speculation", "report", "allegation", "rumour", "rumor"}
# verbs of making a fact known: negated ("did not disclose that X", "never revealed that X") they
# tell of a silence kept, no statement of the subject's
DISCLOSING_LEMMAS = {"disclose", "reveal"}
# verbs that take a claim for object ("rejected claims that the firm had made in its report", "the
# reports that the paper printed"): after a noun of saying, such a verb with no object of its own
# ends a relative clause, whose "that" the parser tags as a clause's mark
CLAIM_TAKING_LEMMAS = {"make", "print", "publish", "repeat", "level", "raise", "put", "voice", "spread", "carry"}
CLAIM_TAKING_LEMMAS |= {"air", "deny", "report", "circulate"}
# verbs done to a writing ("said in a statement that the firm issued", "in a letter that the board
# received"): after such a noun, one with the noun's "that" for its only object ends a relative clause
DOCUMENT_TAKING_LEMMAS = {"write", "send", "issue", "release", "publish", "post", "sign", "receive", "obtain"}
DOCUMENT_TAKING_LEMMAS |= {"see", "read", "deliver", "circulate", "share", "submit", "leak", "file", "pen", "draft"}
DOCUMENT_TAKING_LEMMAS |= {"give", "make", "hand", "email", "distribute", "address", "copy", "print", "air", "record"}
# the verdict of "dismissed claims that X as Y": the rejecting verb's own "as" ("as nonsense", "as a
# smear"), not the clause's ("that he had acted as an agent")
VERDICT_NOUNS = {"nonsense", "rubbish", "speculation", "lie", "lies", "fantasy", "fiction", "scaremongering"}
VERDICT_NOUNS |= {"smear", "smears", "gossip", "garbage", "invention", "fabrication", "joke", "mischief", "rumour"}
# a verdict on the claim's worth, not its truth ("dismissed claims that X as a distraction", "as a red
# herring", "as just journalistic hearsay")
VERDICT_NOUNS |= {"hearsay", "myth", "exaggeration", "scaremongers", "slur", "slurs"}
# verdict nouns that can also name what a thing serves as inside the denied clause ("claims that the
# strike was used as a distraction", "sold as a gimmick"): after a verb of AS_COMPLEMENT_LEMMAS,
# the clause's; the others ("as nonsense", "as rubbish") are the speaker's verdict after any verb
ROLE_VERDICT_NOUNS = {"distraction", "diversion", "sideshow", "stunt", "gimmick", "herring"}
ROLE_VERDICT_NOUNS |= {"irrelevance", "hype", "scare", "propaganda"}
VERDICT_NOUNS |= ROLE_VERDICT_NOUNS
# verbs that take an "as" phrase of their own ("had used the strike as a distraction", "acted as an
# agent"): inside a denied clause, that phrase is the clause's, not the speaker's verdict on it
AS_COMPLEMENT_LEMMAS = {"use", "see", "regard", "view", "treat", "act", "serve", "work", "present", "portray"}
AS_COMPLEMENT_LEMMAS |= {"describe", "paint", "cast", "label", "brand", "class", "classify", "list", "rank", "appoint"}
AS_COMPLEMENT_LEMMAS |= {"name", "employ", "hire", "pose", "market", "sell", "bill", "promote", "disguise"}
MODAL_SKIP = {"should", "must", "could", "might", "may", "can", "ought", "will", "would", "'ll", "shall"}


def modal(token) -> bool:
    """A modal auxiliary ("will", "could"), not a name's first word the tagger read as one: a
    capitalised modal inside its sentence (not its first word, nor the first after an opening
    quote) before a capitalised word ('"...," Will Harbin, the Grobco chairman, told ...')."""
    if token.lower_ not in MODAL_SKIP:
        return False
    doc, i = token.doc, token.i
    return not (
        token.text[:1].isupper()
        and not token.is_sent_start
        and i > 0
        and doc[i - 1].tag_ != "``"
        and i + 1 < len(doc)
        and doc[i + 1].is_alpha
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].tag_ not in ("PRP", "DT", "EX")
    )


# a habit, not an act ("Grobco announces its flaws every month", "regularly publishes"): on a
# present-tense verb of saying with no clause, narration of what someone does, no statement
HABITUAL_ADVERBS = frozenset(
    {"usually", "regularly", "routinely", "normally", "typically", "habitually", "traditionally", "always", "often"}
)
HABITUAL_UNITS = frozenset({"day", "week", "month", "year", "quarter", "season", "morning", "evening", "night"})

# the modals of the future: "he will say", "she'll tell", "we shall argue": words not yet said
# (not "would": "would only say" reports words said)
FUTURE_MODALS = frozenset({"will", "'ll", "’ll", "shall"})
# "is to tell", "was to announce", "is due to address", "is expected to say", "is set to reveal",
# "is going to argue", "is about to announce": a head before a to-infinitive of saying that
# makes the words a plan, not yet said (the forms of "be" whole words; the others as prefixes:
# FUTURE_HEADS, below)
FUTURE_BE = frozenset({"is", "are", "was", "were", "'s", "’s", "be", "am", "'m", "’m", "'re", "’re"})
# "the Chinese state press", "state media", "official media": a country's press, not one outlet
# (described's `_state_press` finds the outlet it stands for nearby); with "local media", "the local
# press", the press no outlet names (UNNAMED_PRESS: "..., state media report.", a claim whose
# speaker is unnamed and whose outlet is none)
STATE_PRESS_PATTERN = (
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:state|official|government)(?:-run|-owned|-controlled)?\s+"
    r"(?:press|media|news\s+agency|newspapers?|television|tv|radio|broadcaster)"
)
STATE_PRESS = re.compile(STATE_PRESS_PATTERN, re.IGNORECASE)
UNNAMED_PRESS_PATTERN = (
    rf"(?i:{STATE_PRESS_PATTERN}|(?:the\s+)?(?:[A-Z][\w-]*\s+)?local\s+(?:press|media|newspapers|television|tv|radio))"
)
# "claimed the vote had been rigged, without offering evidence", "said ..., without elaborating",
# "..., without saying how": the writer's remark on how the speaker said it (no support, no detail),
# closing a reported clause; never the statement's own words ("said the army withdrew, without firing
# a shot": an act the statement tells of). Its `saying` branch ("without saying why") is the writer's
# only when the speaker is the one who did not say (`content.before_unsupported_remark`).
UNSUPPORTED_REMARK = re.compile(
    r"(?:^|,\s+)without\s+(?:(?:offering|providing|giving|presenting|producing|citing|showing|supplying)\s+"
    r"(?:any\s+|further\s+|more\s+|specific\s+|supporting\s+)*(?:evidence|proof|details|specifics|a\s+source)\b"
    r"|elaborating\b|specifying\b|going\s+into\s+details?\b|(?P<saying>(?:explaining|saying|specifying)\s+"
    r"(?:how|why|when|where|which|what|who)\b))[^,;:“”\"]*$"
)
# "declined to say", "refused to comment", "is expected to announce": no statement was made
# ("is expected to", "is due to", "is likely to", "plans to", "is preparing to": a plan, prefixes)
PLAN_HEADS = ("expect", "due", "likely", "plan", "prepar")
NON_STATEMENT_HEADS = ("declin", "refus", "fail", "want", *PLAN_HEADS, "able", "unable")
# "is hoping to repeat his success", "aims to announce", "is looking to write", "is set to reveal":
# an aim or a prospect, the words not yet said (not "tried to explain", "was keen to stress",
# "sought to reassure": those are said). AIM_WORDS are whole words.
AIM_HEADS = ("hop", "aim", "intend", "striv", "strove", "aspir")
READY_WORDS = ("poised", "set")  # "is poised to reveal", "is set to announce"
AIM_WORDS = {"look", "looks", "looked", "looking", *READY_WORDS}
# the heads of FUTURE_BE's to-infinitive of saying that make it a plan, as prefixes: "is expected
# to say", "is set to reveal", "is going to argue", "is about to announce"
FUTURE_HEADS = (*PLAN_HEADS, *READY_WORDS, "going", "about")
# what a speaker wants or sets out to do ("fears A could happen and wants B", "claims A and has
# vowed to sue", "think A and are keen to hear from B", "says A was illegal and is pursuing
# damages"): a verb with one of these lemmas (or "be" with one of these adjectives) joined to a
# reported clause is the speaker's act, not the clause's
SPEAKERS_ACT_LEMMAS = {"want", "vow", "plan", "hope", "intend", "appeal", "pledge", "promise", "urge", "aim", "seek"}
SPEAKERS_ACT_LEMMAS |= {"pursue", "sue"}
SPEAKERS_ACT_LEMMAS |= {"keen", "determined", "eager", "anxious"}
# what a speaker does beside saying, named as a deed done ("said A was illegal and announced a legal
# challenge", "and launched an appeal", "and called for a recount"): the speaker's act when the
# reported clause is one that cannot share the deed's past tense (a state, a passive, an auxiliary)
SPEAKERS_DEED_LEMMAS = {"announce", "launch", "file", "lodge", "threaten", "demand", "call", "unveil", "promise"}
SPEAKERS_DEED_LEMMAS |= {"vow", "pledge", "urge", "appeal", "sue"}
# documents that "show" or "find": "figures show that ...", "the survey found ..."
DOCUMENT_NOUNS = {
    "figure",
    "figures",
    "data",
    "statistics",
    "survey",
    "report",
    "study",
    "poll",
    "research",
    "results",
    "records",
    "documents",
    "accounts",
    "estimates",
    "analysis",
    "review",
    "audit",
    "census",
    "findings",
    "numbers",
    "statement",
    "letter",
    "communique",
    "communiqué",
    "readout",  # "the Kremlin's readout of the call said", "according to a White House readout"
    "memo",
    "investigation",
    "investigations",
    "inquiry",
    "inquest",
    "minutes",  # "..., the minutes showed": a meeting's record
}
# the documents a medium commissions or conducts rather than reports ("a Daily Echo poll found", "a
# survey conducted by Grobco Weekly"): their findings are its research, not a statement made to or
# through it (GUIDE: the paper is the poll's owner, no outlet); "the Echo report said" is its reporting
COMMISSIONED_DOCUMENTS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "research", "census"})
# the documents of measures and findings, which give numbers and results, never what someone said
# ("Tom Pell said sales fell, according to official data": the data are no source of his words;
# claims.parsed `_closing_according`): not a report, a record, a letter or an inquiry
MEASURE_DOCUMENTS = COMMISSIONED_DOCUMENTS | {"figure", "figures", "data", "statistics", "results", "estimates"}
MEASURE_DOCUMENTS |= {"findings", "numbers", "analysis"}
# writings put up, handed out or posted, whose words are their own ("banners saying the owner must
# go", "adverts claiming the phones were unsafe"): with the documents and one's own texts
# (occasions.WRITINGS), the writings that speak (`is_writing`)
INSCRIPTIONS = frozenset(
    {
        "advert",
        "advertisement",
        "ad",
        "ads",  # too short for `stem_in`
        "banner",
        "billboard",
        "flyer",
        "leaflet",
        "pamphlet",
        "placard",
        "poster",
        "sign",
        "slogan",
        "graffiti",
        "headline",
        "petition",
        "tweet",
    }
)
_WRITING_NOUNS = DOCUMENT_NOUNS | occasions.WRITINGS | INSCRIPTIONS

# what "the HEAD said" may call an organisation the article named ("the company", "the bank")
COMPANY_HEADS = {
    "company",
    "firm",
    "group",
    "bank",
    "retailer",
    "supermarket",
    "airline",
    "carrier",
    "operator",
    "chain",
    "insurer",
    "lender",
    "manufacturer",
    "maker",
    "carmaker",
    "giant",
    "club",
    "party",
    "union",
    "charity",
    "broadcaster",
    "corporation",
    "regulator",
    "watchdog",
    "label",  # a record label
    "studio",
    "network",
}
# heads that, written after an organisation's name between "the" and the head, are that
# organisation ("the Grobco industry body"), besides COMPANY_HEADS; alone ("the body said") they
# are left to the passes that know which body spoke
NAMED_BODY_HEADS = {"body", "association", "organisation", "organization"}
# the table's role or kind of the organisation such a head refers to
_HEAD_KINDS = {"party": {"party"}, "club": {"club"}, "union": {"union"}, "charity": {"charity"}}
BUSINESS_HEADS = COMPANY_HEADS - {"party", "club", "union", "charity", "group", "regulator", "watchdog"}


# objects of a verb of saying that are words said ("added a warning", "repeated his claim"), not a
# thing (content._thing_object)
# (the words said that are both: "added a warning", "His warning to the chancellor was: ...")
_WORDS_SPOKEN = {"warning", "comment", "comments", "message", "words", "view", "views", "opinion"}
SPEECH_OBJECTS = _WORDS_SPOKEN | {
    "warnings", "claim", "claims", "call", "calls", "caveat", "note", "point", "points",
    "plea", "denial", "assurance",
    "assurances", "pledge", "pledges", "promise", "promises", "criticism", "criticisms", "remark",
    "remarks", "accusation", "accusations", "allegation", "allegations", "argument", "demand",
    "demands", "threat", "insistence", "apology", "praise", "prediction", "forecast",
    "suggestion", "suggestions",
}  # fmt: skip
# what someone said or judged, as the subject of "was" ("His message to the chancellor was: ...") or
# naming a quote after a colon ("was guarded in his assessment: ...", shapes._judgement_clause)
SPEECH_NOUNS = _WORDS_SPOKEN | {
    "response", "reply", "answer", "verdict", "advice", "assessment", "reaction", "analysis",
}  # fmt: skip


# what a person does when the next quote is theirs: "has played down reports", "criticised"
_SPEECH_ACT = re.compile(
    r"(?:,[^,.]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|now\s+)?"
    r"(?:played\s+down|hit\s+out|spoke|speaks|paid\s+tribute|defended|defends|attacked|attacks|criticised|"
    r"criticized|criticises|praised|praises|welcomed|welcomes|rejected|rejects|dismissed|dismisses|urged|urges|"
    r"called\s+(?:for|on)|calls\s+(?:for|on)|admitted|admits|insisted|insists|backed|backs|condemned|condemns|"
    r"vowed|vows|pledged|pledges|hailed|hails|blamed|blames|accused|accuses|ruled\s+out|rules\s+out|"
    r"refused|refuses|revealed|reveals|announced|announces|apologised|apologises|questioned|questions|"
    r"challenged|challenges|confirmed|confirms|denied|denies|explained|explains|responded|responds|"
    r"reacted|reacts|described|describes)\b"
)


# a later clause's verb by which its subject answers what someone said ("X said A but Y rejected
# his claims", "... but Y denied it"): narrower than `_SPEECH_ACT`, whose refusals, praise and
# backing are as often actions the first speaker's own account tells ("he begged Y to stop but Y
# refused"); "rejected"/"dismissed" only with what was said as object; never "had" (maybe still
# the first speaker's backshifted account)
_REJOINDER_LEAD = r"(?:,[^,.]{1,60},)?\s+(?:also\s+|again\s+|now\s+)?"
# how one stands towards what another said, unmoved by it ("but Y is unfazed", "unconvinced")
_UNMOVED = (
    r"unfazed|unmoved|unimpressed|unconvinced|unperturbed|undaunted|unconcerned|unruffled|unbowed|"
    r"sceptical|skeptical|not\s+(?:convinced|impressed|worried|concerned|fazed|bothered)"
)
# the words said that a rejection answers ("rejected his claims", "dismissed her remarks"): not a
# call, plea, demand, pledge, promise, assurance or apology, whose rejection is a refusal that the
# first speaker's own account may tell ("he begged Y to stop but Y rejected his plea"); and the
# figures given, no words for `SPEECH_OBJECTS` ("added figures" is a thing), but rejected as said
_REFUSED_WORDS = {"call", "calls", "plea", "demand", "demands", "pledge", "pledges", "promise", "promises"}
_REFUSED_WORDS |= {"assurance", "assurances", "apology"}
_WORDS_SAID = (
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?|the\s+)"
    rf"(?:{alternation((SPEECH_OBJECTS - _REFUSED_WORDS) | {'figures'})})\b"
)
_REJECTS = rf"(?:{alternation(REJECTS_FINITE)})"
_WORDS_REJECTED = re.compile(rf"{_REJOINDER_LEAD}{_REJECTS}\s+{_WORDS_SAID}")
_REJOINDER_ACT = re.compile(
    rf"{_REJOINDER_LEAD}(?:{_REJECTS}\s+(?:it|this|that)|"
    r"played\s+down|plays\s+down|hit\s+back|hits\s+back|denied|denies|disputed|disputes|disagreed|disagrees|"
    r"responded|responds|reacted|reacts|criticised|criticized|criticises|criticizes|"
    # a stance taken towards what was said ("X claimed A but Y is unfazed", "... but Y remained
    # unconvinced"): Y's reaction, which a quote right after goes on with
    rf"(?:is|was|are|were|remains|remained|seems|seemed|appears|appeared)\s+(?:still\s+|clearly\s+)?(?:{_UNMOVED}))\b"
)
# the first speaker's words tell of their own doings ("X said he had asked Y for the money but Y
# rejected it"): the clause after "but" may go on with that account
_OWN_ACCOUNT = re.compile(
    r"\b(?:said|says|told(?:\s+[\w-]+){1,2}|admitted|admits|claimed|claims|insisted|insists|explained|explains)"
    r"\s+(?:that\s+)?(?:he|she|they|we|I)\s"
)


# what one rejects that is no one's words ("X said the firm made an offer but Y rejected it"): an
# offer made in X's clause, not the verb "approach" nor a topic ("the bid was worth ..."); "this/that"
# nearly always point at a statement
_REJECTED_IT = re.compile(rf"{_REJOINDER_LEAD}{_REJECTS}\s+it\b")
_OFFER_MADE = re.compile(
    r"\b(?:made|make|makes|submitted|tabled|put\s+forward|lodged|launched)\s+(?:an?|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:offer|bid|proposal|approach)s?\b",
    re.IGNORECASE,
)


def rejoins(text: str, name_end: int, clause: tuple[int, int]) -> bool:
    """Whether the name ending at `name_end`, the subject of a clause after "but", acts on what the
    first speaker said in text[clause[0]:clause[1]] ("X said A but Y rejected his remarks", "...
    but Y denied it", "... but Y rejected it"): Y's turn, which X's words stop before. Not when X's
    words tell of X's own doings and Y's verb does not name them ("X said he had proposed a deal
    but Y rejected it")."""
    if _WORDS_REJECTED.match(text, name_end):
        return True
    return _REJOINDER_ACT.match(text, name_end) is not None and not _OWN_ACCOUNT.search(text, *clause)


def answers_back(text: str, name_end: int, clause: tuple[int, int]) -> bool:
    """Whether Y's clause `rejoins` X's words so that a quote right after is Y's answer: not when
    what Y rejected may be an offer X's words tell of ("X said the firm made an offer but Y
    rejected it": "it" is the offer, and the quote may go on with X's account)."""
    if _REJECTED_IT.match(text, name_end) and _OFFER_MADE.search(text, *clause):
        return False
    return rejoins(text, name_end, clause)


def passive_by(auxiliaries: str, endings: str, agent: str) -> re.Pattern[str]:
    """A passive verb whose agent closes the text searched ("was welcomed by the shadow minister"):
    one of the `auxiliaries`, perhaps an adverb, a participle with one of the `endings`, "by", then
    what `agent` allows before the name. The claims read it widely (`_PASSIVE_BY`), speakers.py
    narrowly (a past participle, a few words)."""
    return re.compile(rf"\b(?:{auxiliaries})\s+(?:\w+\s+)?\w+(?:{endings})\s+by\s+{agent}$")


_PASSIVE_BY = passive_by("was|were|been|is|are|being", "ed|en", r"[^.;]{0,60}")
# "One risk identified by Grobco was ...": a passive participle in the subject, its agent before the verb
_REDUCED_PASSIVE_BY = re.compile(r"^\W*(?:[\w’'-]+\s+){1,3}[a-z]+(?:ed|en)\s+by\s+(?:the\s+)?$")
_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|are)\b")
# a sentence whose subject is a definite description of an office, opening it after a conjunction
# or an opening phrase ("Appearing at a rally, the prime minister hailed ...", "And the home
# secretary has said ..."), its verb after it (a verb ending or an auxiliary), no name in it
_OFFICE_SUBJECT = office_subject(
    r"[Tt]he\s+(?:[A-Za-z][\w-]*\s+){0,3}?([a-z][a-z-]+)",
    r"(?!(?:his|hers|this|thus|bus|gas)\b)"
    r"(?:has|had|is|was|will|would|could|can|did|does|may|might|must|should|told|said|made|gave|took|went|"
    r"came|met|spoke|sought|thought|began|set|put|won|lost|hit|led|left|[a-z]+ed|[a-z]{2,}[^s\W]s)\b",
)
OUR_REPORTER = re.compile(r"(?:our|the bbc's)\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor)")
# "Shares in Grobco", "shares in Westland drinks firm Grobco": the company they are shares of
SHARES_IN = re.compile(
    r"\b[Ss]hares\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(COMPANY_HEADS)) + r")\s+)?$"
)


# last words of organisations' names that look like a person's ("John Lewis Partnership")
_ORG_NAME_WORDS = {
    "group",
    "bank",
    "trust",
    "society",
    "association",
    "records",
    "motors",
    "airlines",
    "airways",
    "foundation",
    "institute",
    "partnership",
    "holdings",
    "industries",
    "corporation",
    "company",
    "council",
    "college",
    "university",
    "school",
    "hospital",
    "club",
    "united",
    "city",
    "rovers",
}


def _person_like_name(name: str) -> bool:
    """ "Vince Cable": a clear first name and a surname, two capitalised words, nothing else."""
    words = name.split()
    return (
        len(words) == 2
        and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", w) for w in words)
        and words[1].lower() not in _ORG_NAME_WORDS
        and first_name_gender(words[0]) is not None
        and label_from_words(name, "PERSON") == "PERSON"  # "Cairn Energy": a company's word
    )


def looks_like_a_person(name: str) -> bool:
    """ "Rio Ferdinand" tagged as an organisation: a first name and a surname (not "Cairn
    Energy", whose last word says it is a company, though "Cairn" may be a first name)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and first_name_gender(words[0]) is not None
        and words[-1].lower() not in _ORG_NAME_WORDS
        and label_from_words(name, "PERSON") == "PERSON"
    )


# organisations a possessive can name ("the group's survey", "its report")
GROUP_NOUNS = {
    "group",
    "company",
    "firm",
    "organisation",
    "organization",
    "body",
    "charity",
    "party",
    "bank",
    "union",
    "agency",
    "association",
    "chamber",
    "committee",
    "council",
    "ministry",
    "department",
    "government",
}
# the kinds of body an organisation's name written before them says it is ("the Viasna human rights
# centre", "the Interfax news agency", "the OVD-Info monitoring group": the name speaks), and the
# words before such a head that make it another body, whose members the name only qualifies ("the
# Grobco shareholder group" is not Grobco)
NAMED_KIND_HEADS = {"centre", "center", "group", "organisation", "organization", "charity", "watchdog", "monitor"}
NAMED_KIND_HEADS |= {"agency", "movement", "network", "institute", "foundation", "think-tank"}
MEMBERS_OF_NAMED = {"shareholder", "investor", "user", "fan", "customer", "supporter", "staff", "worker", "employee"}
MEMBERS_OF_NAMED |= {"parent", "creditor", "bondholder", "pensioner", "member", "student", "alumni", "veteran"}
# "..., the MPs found." / "The committee found that ...": bodies whose findings are their statements
FINDING_BODIES = {
    "committee",
    "commission",
    "panel",
    "inquiry",
    "mps",
    "peers",
    "researchers",
    "scientists",
    "investigators",
    "inspectors",
    "auditors",
    "watchdog",
    "regulator",
    "ombudsman",
    "tribunal",
    "court",
}
# bodies that act and give their own reasons ("a spokesman said the hospital declined, citing privacy
# rules": the hospital's reason, unlike "said that sales fell, citing a report")
ACTING_BODIES = GROUP_NOUNS | FINDING_BODIES | BODY_WORDS
ACTING_BODIES |= {"hospital", "school", "police", "board", "authority", "embassy", "army", "military", "airline"}
ACTING_BODIES |= {"team", "league", "broadcaster", "regulator", "prosecutor", "prison", "university"}
# the acts such a body gives a reason for ("the hospital declined, citing ..."); any other verb's
# "citing ..." is the speaker's ("said the university had cut its intake, citing figures")
REFUSING_LEMMAS = {"decline", "refuse", "cancel", "withdraw", "reject", "deny", "postpone", "suspend"}
# research people, whose "have shown that ..." reports their finding (parsed.py's `_researchers_shown`)
RESEARCHERS = {"researchers", "scientists", "academics"}
# people who try a thing out, whose "have found that ..." / "have shown that ..." reports what they
# found ("users have found that the site still works"); "many", "some", "others" standing alone too
TRYING_PEOPLE = {"users", "readers", "viewers", "customers", "consumers", "shoppers", "visitors", "subscribers"}
TRYING_PEOPLE |= {"fans", "gamers", "surfers", "motorists", "travellers", "passengers", "listeners", "owners"}
PEOPLE_PRONOUNS = {"many", "some", "others"}
# "X is confident that ...": a stance stated like a claim
STANCE_ADJECTIVES = {
    "confident", "sure", "convinced", "adamant", "certain", "optimistic", "hopeful", "upbeat",
    "concerned", "worried",  # "the union is concerned that jobs will go": a fear stated
}  # fmt: skip
# never "sceptical/doubtful that X": a doubt of X, not "be confident" of it (as "expressed doubts"
# above); no claim
# "Jo Bell was disappointed with her display": how a person took an event, the feeling her
# next words give (with the stances above)
REACTION_ADJECTIVES = STANCE_ADJECTIVES | {
    "disappointed", "delighted", "pleased", "happy", "unhappy", "frustrated", "upset", "angry",
    "furious", "satisfied", "relieved", "thrilled", "elated", "proud", "dejected", "devastated",
}  # fmt: skip
# words that can start a content piece that is only a time or place phrase ("in a statement", "on Tuesday")
_ADJUNCT_START = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "next",
    "yesterday",
    "today",
    "earlier",
    "later",
    "since",
    "from",
    "to",
    "with",
    "by",
    "for",
    "via",
    "through",
    "when",
    "while",
    "as",
    "tonight",
    "recently",
    "again",
    "also",
    "then",
    "now",
}

# The parse pass runs without the lemmatizer and attribute ruler (they cost a fifth of the
# pass): reporting verbs are lemmatised here, and coarse parts of speech come from tags.
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "saying": "say",
    "told": "tell",
    "tells": "tell",
    "telling": "tell",
    "wrote": "write",
    "written": "write",
    "writes": "write",
    "writing": "write",
    "denied": "deny",
    "denies": "deny",
    "replied": "reply",
    "replies": "reply",
    "quoted": "quote",
    "felt": "feel",
    "thought": "think",
}
_TAG_POS = (("VB", "VERB"), ("MD", "AUX"), ("NNP", "PROPN"), ("NN", "NOUN"), ("PRP", "PRON"), ("WP", "PRON"))


def lemma_of(token) -> str:
    """The lemma of a reporting verb (else the lowercased word)."""
    word = token.lower_
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    stem = _reporting_stem(word)
    if stem is not None:
        return stem
    lemma = token.lemma_
    return lemma.lower() if lemma else word


@lru_cache(maxsize=16384)  # asked for every token of every parsed sentence: the same words again and again
def _reporting_stem(word: str) -> str | None:
    return stem_in(word, REPORTING_LEMMAS)


def stem_in(word: str, lemmas: set[str]) -> str | None:
    """The lemma in lemmas that a lowercased regular verb form inflects ("vowed" -> "vow"), else None."""
    if word in lemmas:
        return word
    for suffix in ("ing", "ies", "ied", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                stem += "y"
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
                if candidate in lemmas:
                    return candidate
    return None


def is_writing(word: str) -> bool:
    """Whether a lowercased noun, singular or plural, names a writing that can say something ("the
    report", "letters", "a leaflet", "banners")."""
    return stem_in(word, _WRITING_NOUNS) is not None


def _verb_tagged_noun(token) -> bool:
    """ "... and claims he spent thousands": a reporting verb in -s that the tagger took for a
    plural noun, coordinated with a verb and with a clause of its own."""
    return (
        token.tag_ == "NNS"
        and token.dep_ == "conj"
        and pos_of(token.head) == "VERB"
        and token.lower_.endswith("s")
        and lemma_of(token) in REPORTING_LEMMAS
        and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
    )


def _tipped(verb) -> bool:
    """'tipped Wales to win', 'tipped her for the prize': a named side or person as object, then
    a "to" infinitive or a "for" phrase (a common-noun object is a gratuity: "tipped the waiter")."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "tipped off police", "tipped over the bin"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.tag_.startswith("NNP") or obj.lower_ in ("him", "her", "them")):
        return False
    return any(
        (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
        if c.i > obj.i
    )


def _refused_that(verb, lemma: str) -> bool:
    """ "refused to accept that ...", "refuses to believe that ...": the clause is denied."""
    return (
        lemma in ("accept", "believe", "admit")
        and verb.dep_ == "xcomp"
        and verb.head.lower_ in ("refuse", "refuses", "refused", "refusing")
        and not any(c.dep_ == "neg" for c in verb.head.children)
        and verb.i + 1 < len(verb.doc)
        and verb.doc[verb.i + 1].lower_ == "that"  # the parser may take it for a determiner
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


# "highlighted the fact (that) ...", "stressed the fact that ...": the fact is the statement
FACT_VERBS = {"highlight": "highlight", "stress": "stress", "emphasise": "emphasise", "emphasize": "emphasise"}


def _stressed_fact(verb) -> tuple[str, int] | None:
    """ "highlighted the fact (that) X": ("fact", the index before X), X being a clause on "fact"."""
    stem = next((k for k in FACT_VERBS if verb.lower_.startswith(k[:-1] if k.endswith("e") else k)), None)
    if stem is None:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "fact"), None)
    if noun is None or noun.i + 1 >= len(noun.doc) or not any(t.lower_ == "the" for t in noun.lefts):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i), None)
    if clause is None:
        return None
    after = noun.doc[noun.i + 1]
    if after.lower_ == "that" and after.dep_ == "mark" and after.head.i == clause.i:
        return "fact", after.i
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and after.i == clause.left_edge.i:
        return "fact", noun.i  # "the fact MTV won ...": the clause starts right after the noun
    return None


def _made_statement(verb) -> tuple[str, int] | None:
    """ "makes claims that ...", "voiced concern that ...", "rejected suggestions that ...": the noun
    of saying (a MADE_NOUNS, VOICED_NOUNS or REJECTED_NOUNS key) and the index of its "that"."""
    fact = _stressed_fact(verb)
    if fact is not None:
        return fact
    nouns: Collection[str]
    if verb.lower_ in ("make", "makes", "made", "making"):
        nouns = MADE_NOUNS
    elif verb.lower_ in ("voice", "voices", "voiced", "voicing", "express", "expresses", "expressed", "expressing"):
        nouns = VOICED_NOUNS
    elif verb.lower_ in REJECTING_VERBS:
        nouns = REJECTED_NOUNS
    elif verb.lower_ in GIVING_VERBS and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        nouns = GIVEN_NOUNS
    else:
        return None
    for noun in verb.children:
        word = singular(noun.lower_) if singular(noun.lower_) in nouns else noun.lower_
        if noun.dep_ != "dobj" or word not in nouns or noun.i + 1 >= len(noun.doc):
            continue
        that = noun.doc[noun.i + 1]
        if nouns is GIVEN_NOUNS and any(c.lower_ == "no" for c in noun.children):
            continue  # "gave no assurance that ...": nothing given
        if nouns is GIVEN_NOUNS and (setting := _setting_between(verb, noun)) is not None:
            return word, setting  # "gave reassurance in his opening remarks that ..."
        # "gave assurances that jobs were safe", the parser hanging the clause on "gave" (ccomp)
        given_clause = nouns is GIVEN_NOUNS and that.head.dep_ == "ccomp" and that.head.head.i == verb.i
        if that.lower_ == "that" and that.dep_ == "mark" and (that.head.head.i == noun.i or given_clause):
            clause = that.head
            taking = "make" if clause.lower_ == "made" else stem_in(clause.lower_, CLAIM_TAKING_LEMMAS)
            if taking is not None and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass", "nsubjpass")
                for c in clause.children
            ):
                return None  # "claims that the firm had made in its report": a relative clause
            return word, that.i
        if nouns is REJECTED_NOUNS and _bare_clause_of(noun):
            return word, noun.i  # "dismissed a suggestion the move was designed to ...": no "that"
    if nouns is REJECTED_NOUNS and (noun := rejected_noun_taken_for_verb(verb)) is not None:
        return singular(noun.lower_), noun.i
    return None


def _setting_between(verb, noun) -> int | None:
    """The index of the "that" after a prepositional phrase of `verb` right after its object `noun`
    ("gave reassurance in his remarks that nobody ...", "issued a warning on Monday that ..."),
    opening a clause with a subject of its own; else None."""
    doc = noun.doc
    prep = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.i == noun.i + 1), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if place is None or place.i + 2 >= len(doc):
        return None
    that = doc[place.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in that.head.children):
        return None
    return that.i


def rejected_noun_taken_for_verb(verb):
    """ "rubbished reports the chain had lost money", "reports" read as a verb (the clause its
    complement): the plural rejected noun right after a rejecting `verb`, hung on it as a clause
    with no subject of its own and a reported clause (subject and verb) of its own; else None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    noun = doc[verb.i + 1]
    if (
        noun.head.i != verb.i
        or noun.dep_ not in ("advcl", "ccomp", "xcomp", "conj", "dobj")
        or not noun.tag_.startswith("VB")
        or singular(noun.lower_) not in REJECTED_NOUNS
        or noun.lower_ == singular(noun.lower_)
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in noun.children)
    ):
        return None
    clause = next((c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
        return None
    return noun


def _reported_clause_in(noun, clause) -> bool:
    """For a clause parsed as relative to a rejected noun: a clause with a subject inside it or hung
    on the noun after it, after the verb's own hearer or object ("reports he told Velt he would
    quit"), or a copula with its complement ("claims the firm was bust"). Without that hearer or
    object the clause may be a relative clause of saying, its gap inside the inner clause ("the
    report the firm says it sent in May")."""
    if lemma_of(clause) == "be" and any(c.dep_ in ("attr", "acomp") for c in clause.children):
        return True
    return any(
        c.dep_ in ("ccomp", "acl", "relcl")
        and c.i > clause.i
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and any(o.dep_ in ("dobj", "dative") and o.i < c.i for o in clause.children)
        for c in (*clause.children, *noun.children)
    )


def _bare_clause_of(noun) -> bool:
    """Whether the rejected `noun` ("a suggestion") has a clause of its own right after it with no
    "that": a subject and a finite verb with a complement ("the move was designed to cut costs", "the
    firm is bust"), which no relative clause missing its object can be ("the suggestion Velt made
    last week", "the claims he was given": no complement, left out; "the report the plant would
    close" too, as the parse cannot tell it from "the report he wrote"). A clause parsed as relative
    only with a clause of its own or hung on the noun after it, or a copula's complement ("reports he
    told Velt he would quit", "claims the firm was bust"): never by an object or the object's
    complement ("the report the committee sent him", "the suggestions the panel made public"), where
    the object itself may be the gap."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ == "that":
        return False
    # (the clause hung on the verb, right after its object: "dismissed claims government plans to
    # cut fees would harm colleges", parsed with "plans" a verb)
    hung = (c for c in noun.head.children if c.dep_ == "ccomp") if noun.dep_ == "dobj" else ()
    for clause in (*noun.children, *hung):
        if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.left_edge.i != noun.i + 1:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children
        )
        if (
            subject is not None
            and subject.i < clause.i
            and finite
            and subject.lower_ not in ("which", "who", "that", "what")
            and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in clause.children)
            and (clause.dep_ != "relcl" or _reported_clause_in(noun, clause))
        ):
            return True
    return False


def lemma_of_document(token) -> str | None:
    """ "show", "indicate", "find": verbs with which a document reports ("figures show that")."""
    word = token.lower_
    for lemma, forms in (
        ("show", ("show", "shows", "showed", "shown")),
        ("indicate", ("indicate", "indicates", "indicated")),
        ("find", ("find", "finds", "found")),
        ("discover", ("discover", "discovers", "discovered")),
    ):
        if word in forms:
            return lemma
    return None


def doc_text(doc) -> str:
    """The text of a parsed sentence. spaCy's `Doc.text` joins every token's text anew on each
    read, and the claim rules read it many times a sentence: kept in the doc's user_data once, with
    the token count and the text's end, since `Span.as_doc(copy_user_data=True)` copies user_data
    into a smaller doc whose text is another."""
    kept = doc.user_data.get("belreader.text")
    if kept is not None:
        count, text = kept
        if count == len(doc) and len(text) == (doc[-1].idx + len(doc[-1].text_with_ws) if count else 0):
            return text
    text = doc.text
    doc.user_data["belreader.text"] = (len(doc), text)
    return text


def pos_of(token) -> str:
    if token.pos_:
        return token.pos_
    tag = token.tag_
    for prefix, pos in _TAG_POS:
        if tag.startswith(prefix):
            return pos
    return "X"


# "Users have found that", "Many have found that": the people who try things out and the pronouns
# of people, capitalised too (the pre-filter is case-sensitive)
_TRYING = alternation([w for x in TRYING_PEOPLE | PEOPLE_PRONOUNS for w in (x, x.capitalize())])
# "Scientists at X, which ..., have shown that": the research people of `_researchers_shown`,
# capitalised too
_RESEARCHERS = alternation([*RESEARCHERS, *(w.capitalize() for w in RESEARCHERS)])
# "is confident", "was upbeat": every stance adjective of `_stance` (subjects.py)
_STANCE = alternation(STANCE_ADJECTIVES)


def _written_forms(lemma: str) -> list[str]:
    """A regular verb's forms as written ("slam": "slams", "slammed", "slamming"; "denounce":
    "denounced", "denouncing"; "signal": "signaled" and the British "signalled"), for a pattern
    over raw text."""
    stem = lemma + lemma[-1] if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma) else lemma.removesuffix("e")
    forms = [lemma, lemma + "s", stem + "ed", stem + "ing"]
    if re.search(r"[^aeiou][aeiou]l$", lemma) and stem == lemma:
        forms += [lemma + "led", lemma + "ling"]  # "signalled", "labelling"
    return forms


# the forms of the verbs of a sign given ("indicate", "signals", "signalled"), for the pre-filter;
# never "-ing" ("..., indicating that demand rose", "by dragging his feet he is indicating that
# ...": the writer's reading of a sign or of someone's acts far more often than a statement)
_SIGN_FORMS = alternation(form for lemma in SIGN_LEMMAS for form in _written_forms(lemma) if not form.endswith("ing"))
# Inflected forms for the pre-filter. Case-sensitive on purpose ("United States" is no
# verb), and plural-noun lookalikes ("reports", "claims", "notes") only before "that".
_FORMS = (
    r"say|says|said|saying|note|claim|tell|tells|told|telling|announc\w+|declar(?:e|es|ed|ing)|warn(?:s|ed|ing)?|noted|noting|"
    r"add(?:s|ed|ing)|claimed|claiming|describ\w+|characteri[sz]\w+|believ(?:e|es|ed|ing)|writes|wrote|"
    r"writing|reveal\w*|confirm\w*|predict(?:s|ed|ing)?|explain\w*|stated|stating|insist\w*|argu(?:e|es|ed|ing)|"
    r"stress(?:es|ed|ing)|pains\s+to\s+stress\b|emphasi[sz]\w+|suggest(?:s|ed|ing)?|reported|reporting|admit\w*|assert\w*|"
    r"acknowledg\w+|den(?:y|ies|ied|ying)|repl(?:y|ies|ied|ying)|respond\w*|maintain\w*|conclud\w+|"
    r"observed|observing|repeat\w*|reiterat\w+|promised|promising|pledg(?:e|ed|ing)|commented|remarked|alleg\w+|"
    r"complain\w*|pointed|pointing|posted|tweet(?:s|ed)|accus\w+|estimated|caution\w*|conced\w+|testif(?:y|ies|ied|ying)|contend\w*|recall\w*|"
    r"boast\w*|vow\w*|speculat(?:e|es|ed|ing)|counter(?:s|ed)|intimat(?:e|es|ed)|confid(?:es|ed)\b|opin(?:es|ed)\b|answered|quoted|according|forecasts?|forecasting|fear(?:s|ed|ing)?|expect(?:s|ed|ing)?|"
    r"hop(?:e|es|ed|ing)|thinks?|thought|reckon(?:s|ed)?|feels?|felt|(?:went|goes) on|(?:claims|notes|reports?|states|points|comments|estimates)\s+(?:that|to)|"
    r"(?:[A-Z][\w’'-]*|he|she|it|they|report|study|survey|letter|filing|lawsuit|complaint)\s+(?:claims|notes|states|estimates)(?=\s+[A-Za-z“\"])|"
    r"and\s+(?:claims|notes|states)\s+(?=(?:he|she|it|they|there|the|this)\s)|points?\s+out|(?:continued|continues)(?=\s*[.:,!])|"
    r"(?:make|makes|made|making)\s+(?:it\s+)?clear|(?:is|was|are|were|remains?|remained)\s+(?:\w+\s+)?(?:"
    rf"{_STANCE})(?=\s+[a-z])|"
    r"(?:is|was|are|were)\s+convinced(?=\s+[A-Z])|"
    r"[A-Z][\w-]+\s+(?:found|finds)|(?:committee|commission|panel|inquiry|researchers|scientists|investigators|"
    r"inspectors|auditors|watchdog|regulator|ombudsman|tribunal|court)(?:,\s+(?:who|which)\s[^.;]{1,80}?,)?\s+"
    r"(?:ha(?:s|ve|d)\s+)?(?:found|finds|discover(?:s|ed))|"
    rf"(?:{_RESEARCHERS})(?:,\s+(?:who|which)\s[^.;]{{1,80}}?,)?\s+(?:(?:at|in|from)\s+[^.;]{{1,80}}?\s+)?"
    r"ha(?:s|ve|d)\s+shown\s+that|"
    rf"\b(?:{_TRYING})\b[^.;:]{{0,60}}?\bha(?:s|ve)\s+(?:also\s+)?(?:found|shown)\s+that\b|"
    r"(?:[Ii]t|[A-Z][\w-]+)\s+(?:ha(?:s|d)\s+)?(?:found|finds|discover(?:s|ed))\s+that|and\s+(?:found|discovered)\s+that|agree(?:s|d)?|concurs?|concurred|accept(?:s|ed)?|confess(?:es|ed)?|hint(?:s|ed)?|"
    rf"{_SIGN_FORMS}|"
    r"disclos(?:e|es|ed)|recogni[sz](?:e|es|ed)|refut(?:e|es|ed)|rul(?:e|es|ed|ing)\s+that|ruled\b(?!\s+out)|(?:[Cc]ourt|[Jj]udges?|Lords|[Tt]ribunal|[Jj]ustices)\b[^.;]{0,40}?\bdecided\b(?!\s+(?:to|against|on|not|whether|how)\b)|recommend(?:s|ed|ing)?\s+that|urg(?:es|ed|ing)\s+that|protest(?:s|ed|ing)?\s+that|estimate(?=\s+[a-z])|"
    r"(?:blam|critici[sz]|prais|thank|lambast|condemn|commend|applaud)(?:e|es|ed|s|ing)?\s[^.;:“\"]{1,60}?\sfor|"
    r"tip(?:s|ped|ping)\s[^.;:“\"]{1,40}?\s(?:for|to)"
)
# every document noun (a meeting's "minutes" have their own pattern below) and the plurals that
# report as the singular do: "analysis by the firm has found", "an investigation ... revealed"
DOCUMENT_WORDS = "|".join(
    sorted((DOCUMENT_NOUNS - {"minutes"}) | {"surveys", "reports", "studies", "polls", "analyses", "reviews", "audits"})
)
# after a name, more names that make a list with it, closed by "and" or "&" (up to the last one's
# first letter): "..., Tarbury Research and Acme", " and the Acme Institute"; a name in apposition
# ("Grobco, the UK's biggest pollster,") makes none
NAMES_LISTED = re.compile(
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w&/.’'-]*(?:\s+(?:[A-Z][\w&/.’'-]*|of|for))*)*,?\s+(?:and|&)\s+(?:the\s+)?[A-Z]"
)
# a document's addressee, not its author: "a registration document filed with the SEC", "papers
# submitted to the court", "a letter sent to the board" (the words before the addressee's name)
DOCUMENT_ADDRESSEE = re.compile(
    r"\b(?:(?:filed|lodged|submitted|sent|presented|delivered|handed|addressed)\s+(?:to|with)"
    # nor the one who came to hold it, a medium most often: "documents reviewed by The Associated
    # Press", "an email seen by Reuters", "a memo obtained by the paper", "a letter leaked to X"
    r"|(?:seen|obtained|reviewed|viewed|examined|acquired|received)\s+by"
    r"|(?:leaked|shown|provided|given|passed)\s+to)\s+(?:the\s+)?$"
)
# a participle after an attribution that says how the source spoke, never what: the wire
# agencies' anonymity ("asking not to be identified", "declining to be named", "speaking on
# condition of anonymity") and the source it leaned on ("citing people familiar with ...")
# (the phrasings of going unnamed, once for both: each regex gives its own verb forms)
_UNNAMED = r"(?:not\s+)?to\s+be\s+(?:named|identified)"
_ON_CONDITION = r"\s+on\s+(?:the\s+)?condition"
SOURCES_MANNER = re.compile(
    rf"(?:asking|declining|requesting|refusing)\s+{_UNNAMED}\b"
    rf"|speaking{_ON_CONDITION}\b|(?:citing|quoting)\s"
)
# a relative clause on an unnamed source that only tells why it goes unnamed, no part of who it is:
# "a senior official who spoke on condition of anonymity because ...", "who asked not to be
# identified", "who was not authorized to speak publicly" (the source's manner, as SOURCES_MANNER)
ANONYMITY_CLAUSE = re.compile(
    rf"(?:who|that)\s+(?:(?:spoke|speaks){_ON_CONDITION}"
    rf"|(?:asked|requested|declined|refused)\s+{_UNNAMED}"
    r"|(?:requested|was\s+granted|were\s+granted)\s+anonymity"
    r"|(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|permitted|allowed)\s+to)\b"
)
# a wire or newspaper dateline opening a story's first paragraph, never part of what is said:
# "WASHINGTON (AP) — ", "MOSCOW (Reuters) - ", "TARBURY, Ohio (AP) — ", "MOSCOW, Dec 7 (Reuters) - ",
# "LONDON — ", a press release's "TARBURY, Ohio, March 3, 2024 /PRNewswire/ -- " (the place in
# capitals, its state or country, a date (and year), the agency in brackets or slashes, a dash;
# spans.dateline_end asks for one of the three, or a long dash, so "OPEC - the cartel - said" is none)
# a desk's label opening a story before a dash, written like a dateline's city ("EXCLUSIVE — The
# minister said", "ANALYSIS —"): no place
KICKERS = frozenset(
    "exclusive analysis update updated breaking comment opinion review interview feature factbox "
    "explainer editorial corrected correction urgent flash advisory insight focus preview profile "
    "obituary special video watch live brief".split()
)
# (the groups `city` and `state` are the places entities.wire_datelines reads; `region` is the state
# or country with its comma)
DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.’'-]{2,}(?:\s+(?:[A-Z][A-Z.’'-]+|de|da|del|la|el))*)"
    r"(?P<region>,\s+(?P<state>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))?"
    r"(?P<date>,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
    # the agency in brackets, or a press-release wire between slashes ("/PRNewswire/ -- ")
    r"(?P<agency>\s*\([A-Z][\w.&’'/-]*(?:\s+[A-Z][\w.&’'-]*){0,3}\)|\s+/[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}/)?"
    r"\s*(?P<dash>—|–|--?)\s+(?=[\"“‘'A-Z0-9])"
)
# a document's finite verbs of finding ("a study shows"), then all its verbs (base and participle too)
DOCUMENT_FINITE_VERBS = r"shows|showed|indicates|indicated|suggests|suggested|found|finds|reveals|revealed"
_DOCUMENT_VERBS = rf"show|shown|indicate|suggest|reveal|{DOCUMENT_FINITE_VERBS}"
# "attacked the plan as a “bad piece of work”", "condemned the debate as a “charade”": verbs of
# attack that name their object "as" a quoted phrase state a view (the quoted words); not without
# the quotation ("attacked the plan as unfair" is narrated) nor with it elsewhere
QUOTED_AS_NAMING_LEMMAS = {"attack", "condemn", "denounce", "slam"}


_QUOTED_AS_FORMS = alternation(form for lemma in QUOTED_AS_NAMING_LEMMAS for form in _written_forms(lemma))
# verbs that put a figure on their object ("estimated the cost at $2bn", "valued the firm at £9m",
# "put the damage at 300m euros"): an estimate its subject states (`subjects._valued_at`)
# (not "values": "the IMF values its gold at $40 an ounce" is a practice, no estimate)
VALUING_FORMS = {"estimated": "estimate", "estimates": "estimate", "valued": "value", "puts": "put", "put": "put"}
# figures written as words: "put the cost at hundreds of millions"
MAGNITUDES = {"tens", "hundreds", "thousands", "millions", "billions", "trillions"}
# what "put" sets at a figure as an estimate ("put the damage at 300m euros", "put the crowd at
# 5,000"); anything else is a setting or a place ("put interest rates at 5.25%", "put bail at
# £500", "put the boxes at the door")
ESTIMATE_NOUNS = {
    "cost", "costs", "damage", "damages", "loss", "losses", "amount", "toll", "bill", "number", "numbers", "value",
    "size", "crowd", "figure", "total", "worth", "turnout", "shortfall", "deficit", "debt", "debts", "impact",
}  # fmt: skip
# the levels of an economy a body puts at a figure as its estimate or forecast ("the IMF put global
# growth at 3%", "the bank puts inflation at 4% next year", "put the jobless rate at 7%"): a rate
# of these is one too, where any other rate is set ("put interest rates at 5.25%")
ESTIMATED_LEVELS = {"growth", "inflation", "unemployment", "joblessness", "jobless", "gdp"}
# a level of ESTIMATED_LEVELS put at a figure is an estimate only for a time ahead or a year named
# ("put global growth at 3% this year", "inflation at 4% next year", "by the end of the year", "for
# 2026"); without one the putting may be a decision ("put ... growth at 1% for four years", a cap)
FORECAST_TIME = re.compile(
    r"\b(?:this|next|the\scoming|the\scurrent)\s(?:year|quarter|month|decade)\b|\bby\sthe\send\sof\b"
    r"|\b(?:in|for|by)\s(?:19|20)\d\d\b|\bover\sthe\s(?:next|coming)\b"
)
# what owns a level that a body sets rather than estimates: "public sector pay growth at 1%", "the
# growth rate of pensions at 2.5% under the triple lock", "rent inflation at 3%" (a cap or an uprating;
# not prices: "house price inflation at 5% next year" is a forecast)
SET_LEVEL_OWNERS = {
    "pay", "wage", "wages", "salary", "salaries", "pension", "pensions", "rent", "rents", "benefit", "benefits",
    "spending", "fee", "fees", "fare", "fares", "tax", "taxes", "budget", "budgets", "allowance",
    "allowances", "grant", "grants", "tuition", "premium", "premiums", "bill", "bills",
}  # fmt: skip
# what "valued" puts a figure on that is no estimate: a price set, a rate, a bail, shares sold at
# an offer price ("valued its shares at £2 each"); a person valued is a club's price, not a view
SETTING_NOUNS = {"rate", "rates", "price", "prices", "fee", "fees", "bail", "share", "shares", "fare", "fares", "tax"}
# what a thing cited is held up as: "cited the 1980s as an example of ...", "as proof of ..."
CITED_AS_NOUNS = {"example", "proof", "evidence", "illustration", "instance"}
# "called Labour "a machine ..."", "branded the hours a "leap in the dark"": naming with a quotation
_NAMING = (
    r"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|dub(?:s|bed|bing)?|dismiss(?:es|ed|ing)?|"
    r"hail(?:s|ed|ing)?|sees?|regards|views)"
    r"\s(?:[^.“\"]{0,60}[“\"]|[^.;:“\"]{1,60}?\sas\s)"
    # "they list X and Y as supporters" (`subjects._LISTING_FORMS`), a list of names longer
    r"|\blist(?:s|ed)?\s[^.;:“\"]{1,120}?\sas\s"
    r"|,\scalling\s(?:it|him|her|them)\san?\s"  # "..., calling it a sham": a view with no quotation
    r"|\blikens?e?d?\s(?:[^.;:]{1,80}?\s)?to\s"  # "likened the plan to ...", "which he likened to": a comparison
    # "cited the 1980s as an example of ...", "as proof of ...": a view of the object (`subjects._cited_as`)
    rf"|\bcit(?:es|ed)\s[^.;:]{{1,120}}?\sas\s(?:an?\s|the\s)?(?:{alternation(CITED_AS_NOUNS)})\b"
    # "valued the firm at £9m", "put the damage at 300m euros": a figure put on the object (`subjects._valued_at`)
    rf"|\b(?:{alternation(VALUING_FORMS)})\s[^.;:“\"]{{1,80}}?\sat\s(?:between\s|about\s|around\s)?"
    rf"(?:[£$€\d]|(?:{alternation(MAGNITUDES)})\b)"
    # "attacked the plan as a “bad piece of work”": a verb of attack naming with a quotation
    rf"|\b(?:{_QUOTED_AS_FORMS})\s[^.;:“\"]{{1,60}}?\sas\s(?:\w+\s){{0,2}}[“\"]"
)
# "Putin's warning that ...", "a new Kremlin statement that ...": a noun of saying with a named owner
OWNED_NOUNS = {
    "insistence": "insist",
    "warning": "warn",
    "warnings": "warn",
    "statement": "state",
    "claim": "claim",
    "claims": "claim",
    "assertion": "assert",
    "allegation": "allege",
    "allegations": "allege",
    "contention": "contend",
    "assurance": "assure",
    "assurances": "assure",
    "prediction": "predict",
    "admission": "admit",
    "argument": "argue",
    "suggestion": "suggest",  # "Mr Pell's suggestion that the pier should close"
    "suggestions": "suggest",
    "announcement": "announce",  # "Grobco's announcement that it is to close the plant"
}
# nouns of OWNED_NOUNS that state only with their "that" ("despite Grobco's announcement the firm
# goes on ..." is an event, then the writer's clause)
OWNED_THAT_ONLY = {"announcement"}
# the pre-filter's share of them: the noun before "that" ("assurances that"), or right after its owner
# ("Ann's contention the pier ...", `_loosely_owned_statement`)
_OWNED = rf"\b(?:{'|'.join(OWNED_NOUNS)})s?\s+that\b|['’]s\s+(?:{'|'.join(OWNED_NOUNS)})\s"
_GIVEN = (
    rf"\b(?:{'|'.join(sorted(GIVING_VERBS))})\s+(?:[\w’'-]+\s+){{0,2}}"
    rf"(?:{'|'.join(sorted(GIVEN_NOUNS))})s?\s+(?:that|in|on|at|to)\b"
)
_VOICED = r"\b(?:voic|express)\w*\s+(?:\w+\s+){0,2}(?:concerns?|fears?)\s+that\b"
# ("dismissed a suggestion the move was ...": the "that" left out, `_bare_clause_of`)
_REJECTED = (
    rf"\b(?:{'|'.join(sorted(REJECTING_VERBS))})\s+(?:[\w’'-]+\s+){{0,2}}(?:{'|'.join(sorted(REJECTED_NOUNS))})s?\s+\w"
)
# a plural-noun lookalike ("claims", "notes") as the verb after an adverb ("X now claims he ..."), a
# comma (an apposition closed: "X, of Y, claims the ..."; inverted: "..., claims his agent") or a
# singular common noun ("the suit claims the ..."), with a clause or a name opening after it; or
# closing the sentence after a comma ("..., the firm claims.")
_LOOKALIKE_VERB = (
    r"(?:\b(?:now|also|still|further|even|already|repeatedly|again)|,|\b[a-z][\w-]*[^s\W’'])\s+"
    r"(?:claims|notes|states|estimates)(?=\s+(?:he|she|it|they|there|the|a|an|his|her|its|their|this|these|those|[A-Z])\b)"
    # closing the sentence after its clause: "..., the firm claims."
    r"|,\s+(?:the|a|an|its|his|her|their)\s+[^,;:“”\"]{1,40}?\s+(?:claims|notes|estimates)[.!]?[”\"]?\s*$"
)
# "The court heard how the papers were taken ...", "The hearing was told that ...": evidence given to
# a court's audience, the clause after "that" or "how" (what happened, told: not a question)
AUDIENCE_TOLD = re.compile(
    r"^\s*(?:The|An?)\s+(?:[\w-]+\s+){0,2}?(?:court|hearing|inquiry|inquest|jury|tribunal)\s+"
    r"(?P<verb>(?:has\s+|had\s+)?heard|was\s+told|(?:has|had)\s+been\s+told)\s+(?:that|how)\s+"
)
CANDIDATE = re.compile(
    # "..., reports the Daily Mail." / "..., the Times reports." / "..., state media report.": "reports"
    # closing the sentence
    rf"\b(?:{_FORMS})\b|,\s+reports\s+the\s+[A-Z]|\b[Ii]n\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}?[A-Z][\w’'.-]*(?:'s|’s)?\s+(?:view|opinion),|\b[Ii]n\s+the\s+(?:view|opinion)\s+of\s|\sreports[.!]?\s*$|,\s[^,;:]{{1,40}}\sreport[.!]?\s*$|\bAccording to\b|:\s*[“\"‘]|{_NAMING}|{_VOICED}|{_GIVEN}|{_REJECTED}|\bhighlight\w*\s+the\s+fact\b|{_OWNED}"
    # "..., a court has heard.", "..., the inquiry was told.": evidence given to an audience
    r"|,\s[^,;:]{1,60}\s(?:(?:has|have|had)\s+(?:been\s+)?(?:heard|told)|heard|was\s+told|were\s+told)\s*[.!]?\s*$"
    rf"|{AUDIENCE_TOLD.pattern}"
    # '"...," the newspaper quotes a source close to the firm.'
    r"|[”\"]\s*,?\s*[^,;:“”\"]{2,60}?\s(?:quotes|quoted)\s[^,;:“”\"]{2,80}?[.!]?\s*$"
    rf"|{_LOOKALIKE_VERB}"
    # '"... be enough?" he asked.': a quote closed by a question, whose statements are claims (the
    # splitter cuts after the quote's question mark: "he asked." is a sentence of its own)
    r"|\?\s*[”\"]\s+(?:[^“”\"]{1,60}?\s)?asked\b|^(?:[^“”\",;:]{1,50}?\s)?asked(?:\s[^“”\",;:]{1,50}?)?[.!]?\s*$"
)
DOCUMENT_CANDIDATE = re.compile(
    rf"\b(?:{DOCUMENT_WORDS})\b[^.;]{{0,80}}?\b(?:{_DOCUMENT_VERBS})\b"
    # a long aside set off by commas, the verb right after it ("A study in 2000, which was
    # commissioned by the council, Grobco and the Tarbury Trust, found ...")
    rf"|\b(?:{DOCUMENT_WORDS})\b[^.;,]{{0,40}},[^.;]{{0,200}}?,\s+(?:also\s+)?(?:{_DOCUMENT_VERBS})\b"
    # a meeting's minutes, the verb right after them ("minutes of the meeting showed", "the minutes
    # have shown"), never a time ("on 59 minutes as his corner found ...")
    rf"|\bminutes\s+(?:of\s+(?:the|its|their|a|an)\s+[\w\s-]{{1,40}}?\s+)?(?:have\s+|had\s+)?(?:{_DOCUMENT_VERBS})\b"
    # "It showed British firms ...": a sentence opening with "it" and the verb, the document the
    # sentence before opened with (parsed's `_document_it`)
    rf"|^\s*it\s+(?:also\s+)?(?:has\s+|had\s+)?(?:{_DOCUMENT_VERBS})\b",
    re.IGNORECASE,
)
# "Figures released on Friday show that ...": a document speaks (the parser often takes "show" for a noun)
DOCUMENT_CLAIM = re.compile(
    rf"^(?P<who>[^,;:“\"]{{0,80}}?\b(?:{DOCUMENT_WORDS})\b[^,;:“\"]{{0,60}}?)\s+(?:{_DOCUMENT_VERBS})\s+(?:that\s+)?(?P<content>\S.+)$",
    re.IGNORECASE,
)

# "Sales keep rising(,) reveals the annual Grobco survey(, which found ...)": a document's finding
# before its verb, the document after it (its phrase ending the sentence or before "which" or a
# comma); never a content ending in a word that leaves it unfinished ("The firm, which found a
# report, ...", "Sales rose and it found the survey ...")
DOCUMENT_INVERTED = re.compile(
    rf"^(?P<content>(?:\S+\s+){{2,}}?\S*[\w%’'”\")])(?<!\bwhich)(?<!\bthat)(?<!\bwho)(?<!\bit)(?<!\bthey)"
    rf"(?<!\band)(?<!\bbut)(?<!\bor)(?<!\balso),?\s+(?P<verb>{DOCUMENT_FINITE_VERBS})\s+"
    rf"(?P<who>(?:a|an|the)\s+(?:[\w’'&.-]+\s+){{0,6}}?(?:{DOCUMENT_WORDS})\b(?:\s+(?:by|from|of)\s+[^,;:“”\"]{{1,60}}?)?)"
    r"(?=\s*[.!]?\s*$|\s*,|\s+(?:which|that)\b)"
)
# a word every match of DOCUMENT_CANDIDATE holds, and the spaced verb every match of DOCUMENT_INVERTED
# holds: found far faster than those patterns fail on a sentence without them (they find the same)
_DOCUMENT_VERB = re.compile(rf"\b(?:{_DOCUMENT_VERBS})\b", re.IGNORECASE)
_SPACED_FINITE_VERB = re.compile(rf"\s(?:{DOCUMENT_FINITE_VERBS})\s")


def document_inverted(text: str) -> re.Match[str] | None:
    """The match of DOCUMENT_INVERTED opening `text` ("Sales keep rising, reveals a survey."), if any."""
    return DOCUMENT_INVERTED.match(text) if _SPACED_FINITE_VERB.search(text) else None


OPEN_QUOTES = '“‘«"'
CLOSE_QUOTES = '”’»"'
PERSON_PRONOUNS = {"he", "she"}
# the pronouns that stand as a reporting verb's subject ("he said", "we believe"): no name
SUBJECT_PRONOUNS = frozenset({*PERSON_PRONOUNS, "it", "they", "we", "you"})
# openers that turn the passage to another subject ("Meanwhile, the chancellor is ..."): a "the
# minister" after one is not the person the passage was about. speakers.py's _CONJUNCTION takes
# "Meanwhile" for a mere link, as the pronoun or name after it ties the sentence back itself;
# described.py's _OPENER does so before a description too, which this set would refuse
TURNING_OPENERS = ("Meanwhile", "Elsewhere", "By contrast", "In contrast", "On the other hand")
SKIP_SUBJECTS = {
    "i",
    "we",
    "you",
    "it",
    "this",
    "that",
    "these",
    "those",
    "there",
    "one",
    "what",
    "which",
    "who",
    "someone",
    "anyone",
    "nobody",
    "us",
}
# what may stand between "the" and a media noun for it to name an outlet (`_media_modifiers`):
# "the aid agency", "the white paper" are no outlet's
_PAPER_MODIFIERS = frozenset(
    "news trade music film business financial satirical weekly daily sunday local national celebrity "
    "computer technology fashion industry entertainment sports political monthly official state press "
    "wire regional evening morning".split()
)


def _media_modifiers(words: list[str]) -> bool:
    """Whether the words between "the" and a media noun fit a medium: a nationality or name ("the
    Spanish daily") or a kind of press ("the trade weekly", "the official news agency")."""
    return all(w[:1].isupper() or w.lower() in _PAPER_MODIFIERS for w in words)


SOURCE_NOUNS = {
    "panel",
    "researcher",
    "scientist",
    "critic",
    "insider",
    "campaigner",
    "expert",
    "analyst",
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "statement",
    "statements",
    "report",
    "reports",
    "data",
    "observer",
    "observers",
    "diplomat",
    "minister",
    "ministry",
    "government",
    "kremlin",
    "media",
    "newspaper",
    "agency",
    "commentator",
    "commentators",
    "economist",
    "adviser",
    "advisor",
    "director",
    "president",
    "leader",
    "side",
    "politicians",
}

# the American political papers' unnamed people: "according to a Senate aide", "Republican
# strategists said": the person speaks, shown as written (speaking for the body as "a Treasury
# spokesman" does), never the body alone (`parsed.extract_parsed` resolves them as a subject)
UNNAMED_SOURCE_PEOPLE = frozenset({"aide", "staffer", "strategist", "lawmaker", "ally", "confidant"})
# what else "according to the HEAD" names as a source, beside SOURCE_NOUNS, FINDING_BODIES and
# OWNED_NOUNS: people, offices and writings that state things ("according to his family", "the
# authors", "the statistics office", "the book"; writings and postings are occasions.WRITINGS and
# POSTINGS); subjects.py's according_source takes them only when the phrase is set off by a comma
# ("vary according to industry" is a measure)
ACCORDING_SOURCE_NOUNS = {
    "author", "backer", "creditor", "pundit", "correspondent", "family", "authority", "office", "industry",
    "press", "book", "text", "site", "lawsuit", "forecast",
    # the wire agencies' unnamed sources: "..., according to a person familiar with the matter",
    # "according to people briefed on the talks" (set off only: "taxed according to people's means")
    "person", "people",
    # the American political papers' unnamed sources: "according to allies of the governor",
    # "according to a staffer" (UNNAMED_SOURCE_PEOPLE)
    *UNNAMED_SOURCE_PEOPLE,
    # the court's and the parties' writings, which state what happened ("..., according to the
    # indictment", "according to the complaint", "according to an affidavit filed by the FBI")
    "indictment", "complaint", "affidavit", "filing", "ruling", "judgment", "testimony", "transcript",
    # a body's release to the press ("..., according to a news release issued Wednesday", "according
    # to a press release from the ministry"): occasions.POSTINGS names it for "in a press release"
    "release",
    # a body named by the service it is ("..., according to his press service", "according to the
    # regional ambulance service", "according to Ukraine's State Border Guard Service")
    "service",
    # the police, the prosecution and the forces, the commonest sources of crime, accident and
    # conflict news ("..., according to police", "according to prosecutors", "according to the army")
    # and those at the scene ("according to witnesses", "according to firefighters")
    "police", "prosecutor", "prosecution", "army", "military", "witness", "firefighter", "paramedic", "rescuer",
    "coroner",
}  # fmt: skip

# definite descriptions that can name a person the table knows, by role
ROLE_NOUNS = {
    "expert": ("analyst", "expert"),
    "analyst": ("analyst",),
    "commentator": ("commentator",),
    "minister": ("minister",),
    "spokesman": ("spokesman",),
    "spokesperson": ("spokesman",),
    "dictator": ("head of state",),
    "strongman": ("head of state",),
    "president": ("head of state",),
    "economist": ("economist",),
    "adviser": ("adviser",),
}
# a title or role that names one known person ("the minister said"), unlike "a spokesman"
TOPIC_HEADS = (
    JOB_TITLES
    - {"spokesman", "spokeswoman", "former", "acting", "interim", "junior", "senior", "vice", "deputy", "general"}
) | {"singer", "actor", "actress", "star", "rapper", "player", "musician", "comedian", "founder", "author", "writer"}
# organisation words a sentence may open with ("The commission, ..."), for "it" after it
_OPENER_HEADS = (GROUP_NOUNS | COMPANY_HEADS | {"commission", "panel", "board", "tribunal", "inquiry", "court"}) - {
    "government",
    "party",
}
# titles that name one role ("the presenter" of "TV host X")
_TITLE_SYNONYMS = {
    "presenter": ("host", "broadcaster"),
    "host": ("presenter", "broadcaster"),
    "broadcaster": ("presenter", "host"),
    "premier": ("prime", "minister"),
}
# professions a report's lead is described by ("The TV host said", "the presenter")
TOPIC_HEADS |= {"presenter", "host", "broadcaster", "producer", "designer", "novelist", "playwright", "songwriter"}
TOPIC_HEADS |= {"guitarist", "frontman", "frontwoman", "drummer", "film-maker", "filmmaker", "chef"}
# ... and "a top academic" (the lead's: "X, an academic, says ...", "says a top academic"); not
# an ordinary occupation, "The teacher said", "the businessman", "the banker": a bystander of the
# news as often as its lead, so the one person named is no evidence the article means them
TOPIC_HEADS |= {"academic"}
_AGE = re.compile(r"the \d+-year-old")
# "Mid-Dorset MP": one to three capitalised words (a seat's name, or a party's: "Tory MP") and the
# title of a member (Westminster, European, Scottish), a description of a person however the model
# tagged it
CONSTITUENCY_MEMBER = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}(?:MP|MEP|MSP)")
DEMONYMS = {"russian": "russia", "belarusian": "belarus", "ukrainian": "ukraine", "american": "united-states"}
# a nationality's adjective and the country a title writes instead ("France coach", "the French
# coach"); only those whose spelling differs beyond a plain "-n" ending
COUNTRY_OF = {
    "french": ("france",),
    "english": ("england",),
    "scottish": ("scotland",),
    "welsh": ("wales",),
    "irish": ("ireland",),
    "british": ("britain",),
    "spanish": ("spain",),
    "italian": ("italy",),
    "german": ("germany",),
    "dutch": ("holland", "netherlands"),
    "american": ("us", "america"),
    "australian": ("australia",),
    "argentine": ("argentina",),
    "brazilian": ("brazil",),
    "portuguese": ("portugal",),
    "russian": ("russia",),
    "chinese": ("china",),
    "japanese": ("japan",),
    "swedish": ("sweden",),
    "danish": ("denmark",),
    "norwegian": ("norway",),
    "greek": ("greece",),
    "belgian": ("belgium",),
    "swiss": ("switzerland",),
}
_COUNTRIES = {c for countries in COUNTRY_OF.values() for c in countries}
NEGATORS = {"not", "n't", "never", "nobody", "nothing", "none", "no"}
# what a span's ends are stripped of (white space, commas, colons, dashes)
EDGE = " \t\n,;:—–-"

# a dash set off by spaces (hyphen, en or em dash): an aside's or a break's, never a compound's
SPACED_DASH = re.compile(r"\s[-–—]\s")
# "Jo Bell - the firm's founder - said", "Grobco - the country's biggest bank - has warned": an aside
# between two spaced dashes after a speaker's name, before the verb; no dash or quotation mark
# inside, so a sentence's two pairs of dashes are two asides. The readers of unparsed text need
# both dashes; the parsed subject (subjects._speaker) needs only the first, the parse closing it
DASHED_ASIDE = re.compile(rf"(?P<aside>{SPACED_DASH.pattern}[^-–—“”\"]{{3,90}}?{SPACED_DASH.pattern})")


def named_before_dash(mentions: Iterable[Mention], dash_at: int) -> Mention | None:
    """The person or organisation whose mention ends at the dash whose white space starts at
    `dash_at` (or one character before: "Acme Inc. - "), the last of `mentions` that does; None
    when none does (the caller says where the name must start)."""
    named = [m for m in mentions if m.label in ("PERSON", "ORG") and dash_at - 1 <= m.end <= dash_at]
    return named[-1] if named else None


# unnamed speakers "he" or "she" can refer back to ("A ministry spokesman said ... He added"),
# with the gender the word gives ("" when it gives none)
PERSON_DESCRIPTIONS = {
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": "",
    "official": "",
    "source": "",
    "aide": "",
    "analyst": "",
    "economist": "",
    "expert": "",
    "adviser": "",
    "advisor": "",
    "lawyer": "",
    "barrister": "",
    "campaigner": "",
    "witness": "",
    "diplomat": "",
    "insider": "",
    "executive": "",
    "director": "",
    "chairman": "m",
    "chairwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "man": "m",
    "woman": "f",
}
_DETERMINERS = {"a", "an", "the", "one", "another"}
# "said the Sale full-back", "the Chelsea striker": a player described by club and position
PLAYER_ROLES = PLAYING_POSITIONS | {
    "forward",
    "fullback",
    "centre-back",
    "batsman",
    "bowler",
    "all-rounder",
    "star",
    "player",
    "debutant",
    "youngster",
    "veteran",
    "playmaker",
    "international",  # "the former Scotland international": a player of the national side
    "legend",
}
# the role nouns that make "the ORG noun" a person described, not the organisation ("the Sale
# full-back", "the Labour leader"); "a Treasury spokesman" speaks for the Treasury
PERSON_NOUNS = PLAYER_ROLES | (TOPIC_HEADS - set(PERSON_DESCRIPTIONS))
# "Most of the shareholders of X said": the shareholders speak, not X
QUANTIFIERS = {"most", "some", "many", "all", "few", "half", "none", "several", "each", "both", "one", "majority"}
# capitalised words in front of a name that say what it is, not part of a longer name
_DESIGNATOR_WORDS = {
    "company",
    "group",
    "firm",
    "bank",
    "club",
    "union",
    "party",
    "council",
    "ministry",
} | DESIGNATOR_MEDIA_WORDS
_MEDIA_NAME = re.compile(rf"\s(?:{'|'.join(MEDIA_NAME_ENDS)})$")
_PRESS_NAME = re.compile(rf"\s(?:{'|'.join(sorted(PRESS_NAME_ENDS))})$")
# the article before a paper's name ("the Tarbury Post", "a Tarbury Post report"), at its end
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_BROADCAST_NAME = re.compile(r"\s(?:Radio|FM|TV|Television)$")
# "In its report - MTV and the Kids: ... -", "a study entitled ...": a medium named in the title of
# a work, not one the work was given to
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:report|study|survey|book|film|documentary|paper)\s*(?:[-–—:]|,\s*[\"“‘'])|"
    r"\b(?:entitled|titled|called|named)\s*[\"“‘']?)\s*[\"“‘']?\s*$"
)
# "the Lakeside Monitor newspaper": a name the text itself calls a paper, a magazine or an agency
_MEDIA_NOUN_AFTER = re.compile(rf"\s+(?:{NAMING_NOUNS})\b")
# "marketing magazine New Media Age", "Spanish daily El Diario": the noun before the name (a bare
# "daily" or "weekly" only after a word saying what kind: "the weekly Cabinet meeting" is no paper);
# "the UK-published Tarko Review": where it is published, which only a publication is
_MEDIA_NOUN_BEFORE = re.compile(
    rf"\b(?:{NAMING_NOUNS}|[A-Z][\w]*-published|"
    r"(?:[A-Z][a-z]+|sports|business|financial|trade|evening|morning)\s+(?:daily|weekly)|"
    # "said in a radio interview with WMAL": a broadcast interview is given to a broadcaster
    r"(?:radio|television|TV|podcast)\s+interview\s+with)\s+(?:the\s+)?$"
)
# the written forms of "tell" ("told", "tells", "telling"), "tell" itself apart
TOLD_FORMS = "|".join([*past_forms("tell"), *present_forms("tell"), "telling"])
_ADDRESSED = re.compile(rf"\b(?:{TOLD_FORMS}|tell|to|with|in)\s+(?:the\s+)?$")
_TOLD_THE_PAPER = re.compile(rf"\b(?:{TOLD_FORMS}|tell)\s+the\s+({alternation(OUTLET_REFERENCES)})\b")
# "told Uefa's official website", "said on Grobton's club website", "wrote on Grobco's site", "in a
# statement on Grobco's website": the body whose own medium it is (`medium`: its noun, which the
# parse must show heads its phrase: not "told Grobco's site staff")
_SAID_ON_FORMS = "|".join([*past_forms("say", "write"), *present_forms("say", "write"), "saying", "writing"])
# a body's own publication, by its title or not ("told Uefa's Champions magazine"): the body is the
# outlet, as for its website (`_own_medium` leaves out a body that is a medium itself)
_OWN_TITLED = alternation(TITLE_NOUNS)
ON_OWN_MEDIUM = re.compile(
    rf"\b(?:{TOLD_FORMS}|tell|(?:{_SAID_ON_FORMS}|spoke|speaking|statement|message|interview)\s+on)\s+"
    rf"(?:the\s+)?(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){{0,3}}?)(?:['’]s|(?<=s)['’])\s+"
    rf"(?:official\s+|own\s+|club\s+|(?P<title>(?:[A-Z][\w’'-]*\s+){{1,3}})(?=(?i:{_OWN_TITLED})\b))?"
    rf"(?P<medium>(?i:{alternation(OWN_MEDIUM_NOUNS)}|{_OWN_TITLED}))\b"
)
# '"...," Tom Pell said on his personal website', "May wrote on his website", "a statement on her
# website said", "On his blog, X wrote": a person's own website or blog, the speaker's (the outlet
# is the speaker, as a body's own website is the body; `parsed._own_medium`)
PERSONAL_MEDIUM = re.compile(
    rf"(?:\b(?:{_SAID_ON_FORMS}|spoke|speaking|posted|statement|message|letter|interview)\s+on|^\s*[Oo]n)\s+"
    r"(?P<pronoun>his|her)\s+(?:own\s+|personal\s+|official\s+)?(?:website|web\s+site|blog)\b"
)
# "in a statement on the agency's website", "told the club's official website": a body's own website
# named by the body's kind (`head`), the one organisation of that kind the passage named
ON_KINDS_MEDIUM = re.compile(
    rf"\b(?:{TOLD_FORMS}|tell|(?:{_SAID_ON_FORMS}|spoke|speaking|statement|message|interview)\s+on)\s+"
    rf"the\s+(?P<head>[a-z]+)['’]s\s+(?:official\s+|own\s+)?(?P<medium>(?i:{alternation(OWN_MEDIUM_NOUNS)}))\b"
)
# "according to the magazine", "the Spanish daily", "the trade weekly": a description of an outlet
# (`ArticleContext.described_outlet`)
_DESCRIBED_OUTLET = re.compile(rf"[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}?)({alternation(DESCRIBED_OUTLET_NOUNS)})")
_NAME_WHO = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+who\s")
# after a full stop: the stop is not that of a title or an honorific written short before a name
# ("Mr. Bell", "Sen. Ashby", as American papers write them), which ends no sentence (the look-behinds
# come after the stop so that they are tried only at a stop, not at every character of a body)
NOT_AFTER_A_TITLE = "".join(rf"(?<!\b{w.capitalize()}\.)" for w in sorted(STOPPED_BEFORE_NAMES))
# 'on the other." Mr Milburn' starts a sentence; "Mr. Galloway met Mr. Delamar." is one
SENTENCE_BOUNDARY = re.compile(rf"(?:[!?]|\.{NOT_AFTER_A_TITLE})[\"”’)]*\s|\n")
# a sentence opening with an indefinite description of a person ("A spokesman for ...", "But
# one official ..."): the phrase up to six words, for person_description
_UNNAMED_OPENER = re.compile(
    r"[\s\"“”’)]*(?:(?:(?:But|And|Yet|So|Meanwhile|However),?\s+)?((?:An?|One|Another)\s+[\w-]+(?:[ \t]+[\w’'-]+){0,4})"
    # "But a spokesman for the ministry defended it.": lower case after the opening conjunction
    r"|(?:But|And|Yet|So|Meanwhile|However),?\s+((?:an?|one|another)\s+[\w-]+(?:[ \t]+[\w’'-]+){0,4}))"
)
_NOT_BEFORE_SUBJECT = {
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "said",
    "says",
    "told",
    "tells",
    "met",
    "saw",
    "thanked",
    # "On Leeds' board ...": after a preposition a name is no subject ("According to X" aside)
    "on",
    "in",
    "at",
    "for",
    "with",
    "to",
    "from",
    "by",
    "of",
    "after",
    "under",
    "against",
    "about",
    "without",
    "despite",  # "Ireland, despite having X out injured, ...": X is no subject
    "although",
    "while",
    "whilst",
    "as",
}


# frames opening a sentence that give what follows to the person they name ("For X, ...")
_STANCE_FRAMES = (
    ("in", "the", "view", "of"),
    ("in", "the", "eyes", "of"),
    ("in", "the", "opinion", "of"),
    ("according", "to"),
    ("for",),
    ("in",),  # "In X's view, ..." (checked after the name)
)


_HONORIFIC_WORDS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness"}
# a name after one of these is a modifier or an object, not whom a later "he" is about
_OBJECT_BEFORE = {"a", "an", "the", "on", "in", "at", "for", "with", "to", "from", "of", "against", "about", "without"}
# words that open a sentence before "he said" without naming anyone ("But he said", "Asked about
# it, he said")
SENTENCE_OPENERS = {
    "but",
    "and",
    "yet",
    "so",
    "however",
    "asked",
    "speaking",
    "later",
    "earlier",
    "then",
    "now",
    "meanwhile",
    "also",
    "still",
    "although",
    "though",
    "while",
    "when",
    "if",
    "as",
    "after",
    "before",
    "raising",
    "talking",
    "writing",
    "responding",
    "commenting",
    "referring",
    "addressing",
    "explaining",
    "looking",
    "his",
    "her",
    "the",
    "a",
    "an",
    "this",
    "that",
    "in",
    "on",
    "at",
    "with",
    "during",
    "despite",
    "since",
    "for",
}


_FOR_THE_ORGANISATION = re.compile(
    r"\b(?:for|of|at)\s+the\s+(?:company|firm|group|bank|party|club|union|ministry|department|agency|"
    r"government|organisation|organization|council|retailer|airline|carrier|charity|authority|regulator)\b"
)


# someone the subject is measured against, after it in its sentence ("Jo Bell won the race ahead of
# Grobland's Tom Pell", "victory over Pell", "in place of the suspended Pell"): no subject; not
# "lost to Pell", "was beaten by Pell", "drew with Pell", whom a description may as well mean
_BESIDE = re.compile(r"\b(?:over|of|than)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w-]*['’]s?\s+)?$")


# the first word of a noun phrase (not an opening phrase): "The film, X, ...", "His book, X, ..."
_NOUN_PHRASE_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that"}


# works whose title may stand in apposition: "The film, A Quiet Story, chronicles ..."
WORK_NOUNS = {"film", "movie", "documentary", "biopic", "album", "single", "song", "book", "novel", "memoir"}
WORK_NOUNS |= {"play", "musical", "show", "programme", "series", "sitcom", "drama", "opera", "sequel", "video"}


def _thing_apposition(words: list[str]) -> bool:
    """Whether the words before a name are a work and its comma ("The film, A", "His latest
    book,"): the name that follows is the work's title in apposition, not a person opening the
    sentence ("The coach, Tom Pell, ...", "A day earlier, Mr X ..." are people)."""
    if not words or words[0].lower() not in _NOUN_PHRASE_OPENERS:
        return False
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    return comma is not None and comma > 0 and words[comma].rstrip(",").lower() in WORK_NOUNS


def person_description(speaker: str) -> str | None:
    """ "A ministry spokesman" -> "m"; "an official" -> "" (a person, gender unknown); else None."""
    words = [w.strip(",").lower() for w in speaker.split()]
    if len(words) < 2 or words[0] not in _DETERMINERS:
        return None
    for word in words[1:6]:
        if word in ("for", "of", "at", "from", "to", "with", "who", "and"):
            break
        if word in PERSON_DESCRIPTIONS:
            return PERSON_DESCRIPTIONS[word]
    return None


def member_description(speaker: str) -> bool:
    """ "A Plaid Cymru MP", "an SNP councillor": one member of a body, unnamed; a person who may be
    named later, never the body."""
    words = speaker.split()
    return len(words) >= 2 and words[0].lower() in ("a", "an") and words[-1].lower() in MEMBER_TITLES


def unresolved(pronoun: str) -> str:
    """The speaker text of a claim whose pronoun could not be resolved: said, not guessed."""
    return f"{pronoun} (unresolved)"


def is_candidate(sentence: str) -> bool:
    """The cheap pre-filter: only these sentences get the dependency parse."""
    return (
        CANDIDATE.search(sentence) is not None
        or (_DOCUMENT_VERB.search(sentence) is not None and DOCUMENT_CANDIDATE.search(sentence) is not None)
        or document_inverted(sentence) is not None
    )


# words that end a title written before a name: what a person is or does ("Home Secretary X",
# "BBC political editor X", "Clark's publicist X")
_TITLE_HEADS = (
    JOB_TITLES
    | PEOPLE_ROLE_NOUNS
    | set(PERSON_DESCRIPTIONS)
    | set(ROLE_NOUNS)
    | TOPIC_HEADS
    | PLAYER_ROLES
    | {"editor", "correspondent", "reporter", "host", "presenter", "publicist", "agent", "spokesperson", "chair"}
    | {"head", "founder", "owner", "officer", "strategist", "consultant", "professor", "president", "premier"}
) - {"former", "acting", "interim", "junior", "senior", "vice", "deputy", "shadow"}
# words that make a title another office than the bare one: "the home secretary" is not the
# "shadow home secretary", nor the "former" or "deputy" one
_TITLE_QUALIFIERS = {"shadow", "former", "ex", "deputy", "vice", "assistant", "junior", "then", "late", "would-be"}
_TITLE_QUALIFIERS |= {"prospective", "future"}
# what "the judge" may be called in the case before it, the judge sitting ("the presiding judge",
# "the judge presiding", "the trial judge"), and the qualifier of a judge who sits as one (a
# "Deputy High Court Judge" presides over the case): neither qualifies the title away
JUDGE_SITTING = {"presiding", "trial", "sitting"}
JUDGE_SITTING_QUALIFIERS = {"deputy"}
# words that end a title in apposition after a name ("X, a director at Y who ...")
_APPOSITION_STOPS = {"who", "whom", "whose", "which", "that", "said", "says", "told", "and", "but", "when", "where"}
# words that may stand inside a title before a name, lowercase ("BBC political editor X")
_NOT_IN_TITLES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those"}
_NOT_IN_TITLES |= {"said", "says", "told", "tells", "with", "by", "to", "from", "at", "in", "on", "as", "than", "who"}
_NOT_IN_TITLES |= {"which", "when", "while", "but", "or", "if", "after", "before", "against", "about", "like"}


def title_before(words: list[str]) -> set[str]:
    """The title that `words` end with, just before a name ("Shadow home secretary" -> {shadow,
    home, secretary}): the last word names what a person is, and the title runs back over
    capitalised words, title words and modifiers, never a determiner, preposition or verb
    ("The premier insisted" gives none). Possessives lose their "'s" ("Clark's publicist")."""
    if not words:
        return set()
    last = words[-1].lower()
    if last not in _TITLE_HEADS or (len(words) > 1 and words[-2] in MODAL_SKIP):
        return set()  # "Acme will host Mr X": after a modal the word is a verb
    title = [last]
    for word in reversed(words[:-1][-5:]):
        lower = re.sub(r"['’]s?$", "", word.lower())
        if word.endswith(",") or lower in _NOT_IN_TITLES:
            break
        if not word[:1].isupper() and lower not in TITLE_WORDS and lower.endswith(("ed", "ing", "ly")):
            break  # "warned", "meeting", "recently": a verb or an adverb, no title
        title.append(lower)
    return set(title)


def long_title(words: list[str]) -> bool:
    """Whether all of `words`, opening a sentence before a name, are its title: the last names
    what a person is, and the others are capitalised, title words or modifiers ("Lord of the
    Rings director", "Veteran US television host"), never a verb, pronoun or other preposition."""
    if words[-1].lower() not in _TITLE_HEADS or not words[0][:1].isupper():
        return False
    for i, word in enumerate(words[:-1]):
        lower = re.sub(r"['’]s?$", "", word.lower())
        if word[-1:] in ",;:" or lower in {"he", "she", "it", "they", "we", "i", "you"}:
            return False
        if lower in ("of", "the", "and", "&") and 0 < i:
            continue  # "Lord of the Rings", "Trade and Industry"
        if lower in _NOT_IN_TITLES or lower in _NOT_BEFORE_SUBJECT:
            return False
        if not word[:1].isupper() and lower not in TITLE_WORDS and lower.endswith(("ed", "ing", "ly", "s")):
            return False
    return True


# a person's kin and company ("his ally", "her brother")
_RELATION_NOUNS = CLOSE_KIN | {"ally", "friend", "colleague"}
# what a person is to another, written between a possessive and a name ("Smith's Leeds
# counterpart Tom Pell", "the firm's chief executive Jo Bell")
_TIE_WORDS = (
    TITLE_WORDS
    | PEOPLE_ROLE_NOUNS
    | PLAYER_ROLES
    | {"counterpart", "team-mate", "teammate", "rival", "partner", "successor", "predecessor", "assistant"}
    | _RELATION_NOUNS
)
# a tie that has ended, written as one word: "Smith's ex-wife Jo Bell", "his ex-team-mate"
_TIE_WORDS |= {f"ex-{w}" for w in _RELATION_NOUNS | {"partner", "team-mate", "teammate", "counterpart"}}


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


_RELATIVE = {"who", "whose", "whom", "which"}


# content that states nothing: where it was said ("in an interview with The Times, published on
# Friday") or an indirect question ("why the three had been detained", "whether he would stand");
# not a phrase whose head is another noun ("in the aftermath of the broadcast, a lawyer had ...")
_NOT_A_STATEMENT = re.compile(
    r"^(?:(?:in|during|at|on|via)\s+(?:a|an|the|his|her|its|their)?\s*(?:(?!of\b)[\w'’-]+\s+){0,3}?"
    rf"(?:{alternation(occasions.WHERE_SAID)}|programme|broadcast|radio|television|tv|podcast)s?\b"
    r"|(?:why|whether|how|what|when|where|who|whom|which|if)\b)",
    re.IGNORECASE,
)


# prepositions whose phrase, alone as content, is a topic, a time or a place ("on the changes",
# "at a rally in Leeds"); not "of" or "to" ("warned of a crisis", "admitted to taking bribes")
# the prepositions of what a thing is about ("about reports that ...", "amid rumours that ...")
ABOUT_PREPOSITIONS = {"about", "on", "over", "amid", "regarding", "concerning"}
_TOPIC_PREPOSITIONS = ABOUT_PREPOSITIONS | {
    "upon", "in", "at", "during", "after", "before", "against", "since", "via", "through", "following",
    "throughout",
}  # fmt: skip


_RULE_NEGATION = re.compile(r"\b(?:not|never|no|nobody|nothing|n't)\b", re.IGNORECASE)
_VERB_LEMMA = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "wrote": "write",
    "writes": "write",
    "believes": "believe",
}


def _lemma(word: str) -> str:
    word = word.lower()
    if word in _VERB_LEMMA:
        return _VERB_LEMMA[word]
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            if stem in REPORTING_LEMMAS:
                return stem
    return word


# the lemma of a participle that adds to a claim ("X said A - warning that B", paragraphs.py)
_PARTICIPLE_LEMMA = {
    "adding": "add", "warning": "warn", "saying": "say", "arguing": "argue", "insisting": "insist",
    "claiming": "claim", "predicting": "predict", "stressing": "stress", "noting": "note",
}  # fmt: skip


# descriptions that usually stay unnamed ("a spokesman said", "one analyst said"): never taken
# for the person the next sentence introduces
_ANONYMOUS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "insider"}
_ANONYMOUS |= {"analyst", "analysts", "economist", "expert", "experts", "witness", "diplomat", "campaigner", "lawyer"}
FEMALE_WORDS = {"mother", "wife", "daughter", "sister", "actress", "chairwoman", "spokeswoman", "woman"}
MALE_WORDS = {"father", "husband", "son", "brother", "chairman", "spokesman", "man", "businessman"}


# verbs that name their object ("called the move "a disgrace"", "dubbed him "a genius"", "hailed the
# result as a "historic" win"): the name given is the view stated, the object only what it is
# about. "Branded", "dismissed", "sees X as Y" keep their object (annotated with it), and so does
# "described X as Y" (annotated both ways; the bundled articles keep the object)
NAMED_COMPLEMENT_LEMMAS = {"call", "dub", "hail", "label"}
# ... with the verbs that name or describe a thing a relative clause is about ("the plan, which he
# called a disgrace", "what Velco describes as a turning point"): their content is the name, never
# a clause with a gap (`parsed._gap_antecedent`)
NAMING_LEMMAS = NAMED_COMPLEMENT_LEMMAS | {"describe", "brand", "term", "liken", "nickname"}
