"""Claims: who says what, found in the dependency parse of the sentences that can hold one.

Patterns (each has a test in tests/test_nlp_claims.py):
- a reporting verb with its subject as speaker ("Peskov declared, “...”", "said Peskov");
- a participle or infinitive inheriting its head's subject ("..., saying that ...");
- "according to X, ...";
- "X told OUTLET ..." (the outlet is recorded, not taken for the content);
- "OUTLET quoted Y as saying";
- an inserted attribution ("Russia, he said, may ...");
- a colon after the speaker's clause ("He added: “...”", "Putin praised him ...: “...”");
- he/she resolved to the last named speaker (else the last person mentioned);
- quotes that run over several sentences of the paragraph are followed to their end.
Without a model, `extract_rules` covers the commonest of these with regular expressions.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from belreader.nlp.aliases import EntityTable, normalise
from belreader.nlp.kinds import PLAYING_POSITIONS, label_from_words
from belreader.nlp.offices import BOARD_OFFICES, SUBJECT_OFFICES, office_subject
from belreader.nlp.people import (
    GENDER_WORDS,
    HONORIFICS,
    JOB_TITLES,
    NATIONALITIES,
    PEERAGES,
    TITLE_WORDS,
    first_name_gender,
    gender_of,
    honorific_before,
    is_person_noun,
    split_name,
    strip_titles,
)
from belreader.nlp.people import ROLE_NOUNS as PEOPLE_ROLE_NOUNS
from belreader.nlp.records import Claim, Mention
from belreader.nlp.sources import (
    BROADCAST_KINDS,
    DESCRIBED_OUTLET_NOUNS,
    DESIGNATOR_MEDIA_WORDS,
    MEDIA_NOUNS,
    MEDIUM_KINDS,
    MEDIUM_TAIL_NOUNS,
    NAMING_NOUNS,
    OUTLET_REFERENCES,
    PRESS_NOUNS,
    alternation,
)

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
}
# clausal verbs whose infinitive or object is an act, not a statement ("agreed to pay", "accepted
# the offer", "hinted at a change"): they report only with a "that"/finite clause or a quote
CLAUSE_ONLY_LEMMAS = {
    "agree", "concur", "accept", "confess", "hint", "disclose", "recognise", "recognize", "rule",
    "recommend",  # "recommends that the tool is used ...", never "recommended a book"
}  # fmt: skip
# verbs of judging someone "for" something ("blamed the council for the closure", "praised the
# staff for keeping the shop open"): a statement only with their "for" phrase, the content being
# the object and its reason
FOR_LEMMAS = {"blame", "criticise", "criticize", "praise", "thank", "lambast", "condemn", "commend", "applaud"}
# "tipped Wales to win the title", "tipped her for an award": a forecast about a named side or
# person, a statement only with its "to" infinitive or "for" phrase ("tipped the waiter" is none)
TIP_LEMMAS = {"tip"}
OBJECT_LEMMAS |= FOR_LEMMAS | TIP_LEMMAS
REPORTING_LEMMAS = OBJECT_LEMMAS | CLAUSAL_LEMMAS
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
MODAL_SKIP = {"should", "must", "could", "might", "may", "can", "ought", "will", "would", "'ll", "shall"}
# "declined to say", "refused to comment", "is expected to announce": no statement was made
NON_STATEMENT_HEADS = ("declin", "refus", "fail", "expect", "want", "plan", "prepar", "due", "likely", "able", "unable")
# "is hoping to repeat his success", "aims to announce", "is looking to write", "is set to reveal":
# an aim or a prospect, the words not yet said (not "tried to explain", "was keen to stress",
# "sought to reassure": those are said). AIM_WORDS are whole words.
AIM_HEADS = ("hop", "aim", "intend", "striv", "strove", "aspir", "poised")
AIM_WORDS = {"look", "looks", "looked", "looking", "set"}
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
    "memo",
    "investigation",
    "investigations",
    "inquiry",
    "inquest",
    "minutes",  # "..., the minutes showed": a meeting's record
}
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
    "regulator",
    "watchdog",
    "label",  # a record label
    "studio",
    "network",
}
# the table's role or kind of the organisation such a head refers to
_HEAD_KINDS = {"party": {"party"}, "club": {"club"}, "union": {"union"}, "charity": {"charity"}}
_BUSINESS_HEADS = COMPANY_HEADS - {"party", "club", "union", "charity", "group", "regulator", "watchdog"}


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
_PASSIVE_BY = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?\w+(?:ed|en)\s+by\s+[^.;]{0,60}$")
# a sentence whose subject is a definite description of an office, opening it after a conjunction
# or an opening phrase ("Appearing at a rally, the prime minister hailed ...", "And the home
# secretary has said ..."), its verb after it (a verb ending or an auxiliary), no name in it
_OFFICE_SUBJECT = office_subject(
    r"[Tt]he\s+(?:[A-Za-z][\w-]*\s+){0,3}?([a-z][a-z-]+)",
    r"(?!(?:his|hers|this|thus|bus|gas)\b)"
    r"(?:has|had|is|was|will|would|could|can|did|does|may|might|must|should|told|said|made|gave|took|went|"
    r"came|met|spoke|sought|thought|began|set|put|won|lost|hit|led|left|[a-z]+ed|[a-z]{2,}[^s\W]s)\b",
)
_OUR_REPORTER = re.compile(r"(?:our|the bbc's)\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor)")
_SHARES_IN = re.compile(r"\b[Ss]hares\s+in\s+(?:the\s+)?$")


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


def _looks_like_a_person(name: str) -> bool:
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
# "X is confident that ...": a stance stated like a claim
STANCE_ADJECTIVES = {
    "confident", "sure", "convinced", "adamant", "certain", "optimistic", "hopeful",
    "concerned", "worried",  # "the union is concerned that jobs will go": a fear stated
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
    if word in REPORTING_LEMMAS:
        return word
    for suffix in ("ing", "ies", "ied", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                stem += "y"
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
                if candidate in REPORTING_LEMMAS:
                    return candidate
    lemma = token.lemma_
    return lemma.lower() if lemma else word


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
    """ "makes claims that ...", "voiced concern that ...": the noun of saying (a MADE_NOUNS or
    VOICED_NOUNS key) and the index of its "that"."""
    fact = _stressed_fact(verb)
    if fact is not None:
        return fact
    if verb.lower_ in ("make", "makes", "made", "making"):
        nouns = MADE_NOUNS
    elif verb.lower_ in ("voice", "voices", "voiced", "voicing", "express", "expresses", "expressed", "expressing"):
        nouns = VOICED_NOUNS
    else:
        return None
    for noun in verb.children:
        word = noun.lower_[:-1] if noun.lower_.endswith("s") and noun.lower_[:-1] in nouns else noun.lower_
        if noun.dep_ != "dobj" or word not in nouns or noun.i + 1 >= len(noun.doc):
            continue
        that = noun.doc[noun.i + 1]
        if that.lower_ == "that" and that.dep_ == "mark" and that.head.head.i == noun.i:
            return word, that.i
    return None


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


def pos_of(token) -> str:
    if token.pos_:
        return token.pos_
    tag = token.tag_
    for prefix, pos in _TAG_POS:
        if tag.startswith(prefix):
            return pos
    return "X"


# Inflected forms for the pre-filter. Case-sensitive on purpose ("United States" is no
# verb), and plural-noun lookalikes ("reports", "claims", "notes") only before "that".
_FORMS = (
    r"say|says|said|saying|note|claim|tell|tells|told|telling|announc\w+|declar(?:e|es|ed|ing)|warn(?:s|ed|ing)?|noted|noting|"
    r"add(?:s|ed|ing)|claimed|claiming|describ\w+|characteri[sz]\w+|believ(?:e|es|ed|ing)|writes|wrote|"
    r"writing|reveal\w*|confirm\w*|predict(?:s|ed|ing)?|explain\w*|stated|stating|insist\w*|argu(?:e|es|ed|ing)|"
    r"stress(?:es|ed|ing)|emphasi[sz]\w+|suggest(?:s|ed|ing)?|reported|reporting|admit\w*|assert\w*|"
    r"acknowledg\w+|den(?:y|ies|ied|ying)|repl(?:y|ies|ied|ying)|respond\w*|maintain\w*|conclud\w+|"
    r"observed|observing|repeat\w*|reiterat\w+|promised|promising|pledg(?:e|ed|ing)|commented|remarked|alleg\w+|"
    r"complain\w*|pointed|pointing|accus\w+|estimated|caution\w*|conced\w+|contend\w*|recall\w*|"
    r"boast\w*|vow\w*|speculat(?:e|es|ed|ing)|counter(?:s|ed)|intimat(?:e|es|ed)|confid(?:es|ed)\b|answered|quoted|according|forecasts?|forecasting|fear(?:s|ed|ing)?|expect(?:s|ed|ing)?|"
    r"hop(?:e|es|ed|ing)|thinks?|thought|reckon(?:s|ed)?|feels?|felt|(?:went|goes) on|(?:claims|notes|reports|states|points|comments|estimates)\s+(?:that|to)|"
    r"(?:[A-Z][\w’'-]*|he|she|it|they|report|study|survey|letter|filing|lawsuit|complaint)\s+(?:claims|notes|states|estimates)(?=\s+[A-Za-z“\"])|"
    r"and\s+(?:claims|notes|states)\s+(?=(?:he|she|it|they|there|the|this)\s)|points?\s+out|(?:continued|continues)(?=\s*[.:,!])|"
    r"(?:make|makes|made|making)\s+(?:it\s+)?clear|(?:is|was|are|were|remains?|remained)\s+(?:\w+\s+)?(?:confident|convinced|adamant|sure|concerned|worried)(?=\s+[a-z])|"
    r"(?:is|was|are|were)\s+convinced(?=\s+[A-Z])|"
    r"[A-Z][\w-]+\s+(?:found|finds)|(?:committee|commission|panel|inquiry|researchers|scientists|investigators|"
    r"inspectors|auditors|watchdog|regulator|ombudsman|tribunal|court)\s+(?:ha(?:s|ve|d)\s+)?(?:found|finds|discover(?:s|ed))|"
    r"(?:[Ii]t|[A-Z][\w-]+)\s+(?:ha(?:s|d)\s+)?(?:found|finds|discover(?:s|ed))\s+that|and\s+(?:found|discovered)\s+that|agree(?:s|d)?|concurs?|concurred|accept(?:s|ed)?|confess(?:es|ed)?|hint(?:s|ed)?|"
    r"disclos(?:e|es|ed)|recogni[sz](?:e|es|ed)|refut(?:e|es|ed)|rul(?:e|es|ed|ing)\s+that|recommend(?:s|ed|ing)?\s+that|estimate(?=\s+[a-z])|"
    r"(?:blam|critici[sz]|prais|thank|lambast|condemn|commend|applaud)(?:e|es|ed|s|ing)?\s[^.;:“\"]{1,60}?\sfor|"
    r"tip(?:s|ped|ping)\s[^.;:“\"]{1,40}?\s(?:for|to)"
)
_DOCUMENT_WORDS = r"figures|data|statistics|survey|surveys|report|reports|study|studies|poll|polls|research|results|findings|numbers|estimates|census"
_DOCUMENT_VERBS = r"show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|found|finds|reveal|reveals|revealed"
# "called Labour "a machine ..."", "branded the hours a "leap in the dark"": naming with a quotation
_NAMING = (
    r"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|dub(?:s|bed|bing)?|dismiss(?:es|ed|ing)?|"
    r"hail(?:s|ed|ing)?|sees|regards|views)"
    r"\s(?:[^.“\"]{0,60}[“\"]|[^.;:“\"]{1,60}?\sas\s)"
    r"|\blikens?e?d?\s[^.;:]{1,80}?\sto\s"  # "likened the plan to ...": a comparison drawn
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
}
# the pre-filter's share of them: the noun before "that" ("assurances that"), or right after its owner
# ("Ann's contention the pier ...", `_loosely_owned_statement`)
_OWNED = rf"\b(?:{'|'.join(OWNED_NOUNS)})s?\s+that\b|['’]s\s+(?:{'|'.join(OWNED_NOUNS)})\s"
_VOICED = r"\b(?:voic|express)\w*\s+(?:\w+\s+){0,2}(?:concerns?|fears?)\s+that\b"
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
CANDIDATE = re.compile(
    # "..., reports the Daily Mail." / "..., the Times reports.": "reports" closing the sentence
    rf"\b(?:{_FORMS})\b|,\s+reports\s+the\s+[A-Z]|\b[Ii]n\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}?[A-Z][\w’'.-]*(?:'s|’s)?\s+(?:view|opinion),|\b[Ii]n\s+the\s+(?:view|opinion)\s+of\s|\sreports[.!]?\s*$|\bAccording to\b|:\s*[“\"‘]|{_NAMING}|{_VOICED}|\bhighlight\w*\s+the\s+fact\b|{_OWNED}"
    # "..., a court has heard.", "..., the inquiry was told.": evidence given to an audience
    r"|,\s[^,;:]{1,60}\s(?:(?:has|have|had)\s+(?:been\s+)?(?:heard|told)|heard|was\s+told|were\s+told)\s*[.!]?\s*$"
    # '"...," the newspaper quotes a source close to the firm.'
    r"|[”\"]\s*,?\s*[^,;:“”\"]{2,60}?\s(?:quotes|quoted)\s[^,;:“”\"]{2,80}?[.!]?\s*$"
    rf"|{_LOOKALIKE_VERB}"
)
DOCUMENT_CANDIDATE = re.compile(
    rf"\b(?:{_DOCUMENT_WORDS})\b[^.;]{{0,80}}?\b(?:{_DOCUMENT_VERBS})\b"
    # a meeting's minutes, the verb right after them ("minutes of the meeting showed", "the minutes
    # have shown"), never a time ("on 59 minutes as his corner found ...")
    rf"|\bminutes\s+(?:of\s+(?:the|its|their|a|an)\s+[\w\s-]{{1,40}}?\s+)?(?:have\s+|had\s+)?(?:{_DOCUMENT_VERBS})\b",
    re.IGNORECASE,
)
# "Figures released on Friday show that ...": a document speaks (the parser often takes "show" for a noun)
DOCUMENT_CLAIM = re.compile(
    rf"^(?P<who>[^,;:“\"]{{0,80}}?\b(?:{_DOCUMENT_WORDS})\b[^,;:“\"]{{0,60}}?)\s+(?:{_DOCUMENT_VERBS})\s+(?:that\s+)?(?P<content>\S.+)$",
    re.IGNORECASE,
)

OPEN_QUOTES = '“‘«"'
CLOSE_QUOTES = '”’»"'
PERSON_PRONOUNS = {"he", "she"}
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
_AGE = re.compile(r"the \d+-year-old")
DEMONYMS = {"russian": "russia", "belarusian": "belarus", "ukrainian": "ukraine", "american": "united-states"}
# a nationality's adjective and the country a title writes instead ("France coach", "the French
# coach"); only those whose spelling differs beyond a plain "-n" ending
_COUNTRY_OF = {
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
_COUNTRIES = {c for countries in _COUNTRY_OF.values() for c in countries}
NEGATORS = {"not", "n't", "never", "nobody", "nothing", "none", "no"}
_EDGE = " \t\n,;:—–-"


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
_MEDIA_NAME = re.compile(
    r"\s(?:Radio|FM|TV|Television|News|Times|Post|Herald|Gazette|Journal|Telegraph|Tribune|Chronicle|Observer|"
    r"Courier|Echo|Express|Mirror|Magazine)$"
)
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
# "daily" or "weekly" only after a word saying what kind: "the weekly Cabinet meeting" is no paper)
_MEDIA_NOUN_BEFORE = re.compile(
    rf"\b(?:{NAMING_NOUNS}|"
    r"(?:[A-Z][a-z]+|sports|business|financial|trade|evening|morning)\s+(?:daily|weekly))\s+(?:the\s+)?$"
)
_ADDRESSED = re.compile(r"\b(?:told|tells|telling|tell|to|with|in)\s+(?:the\s+)?$")
_TOLD_THE_PAPER = re.compile(rf"\b(?:told|telling|tells|tell)\s+the\s+({alternation(OUTLET_REFERENCES)})\b")
# "according to the magazine", "the Spanish daily", "the trade weekly": a description of an outlet
# (`ArticleContext.described_outlet`)
_DESCRIBED_OUTLET = re.compile(rf"[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}?)({alternation(DESCRIBED_OUTLET_NOUNS)})")
_NAME_WHO = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+who\s")
_SENTENCE_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s|\n")  # 'on the other." Mr Milburn' starts a sentence
# a sentence opening with an indefinite description of a person ("A spokesman for ...", "But
# one official ..."): the phrase up to six words, for person_description
_UNNAMED_OPENER = re.compile(
    r"[\s\"“”’)]*(?:(?:But|And|Yet|So|Meanwhile|However),?\s+)?((?:An?|One|Another)\s+[\w-]+(?:[ \t]+[\w’'-]+){0,4})"
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
_SENTENCE_OPENERS = {
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
_WORK_NOUNS = {"film", "movie", "documentary", "biopic", "album", "single", "song", "book", "novel", "memoir"}
_WORK_NOUNS |= {"play", "musical", "show", "programme", "series", "sitcom", "drama", "opera", "sequel", "video"}


def _thing_apposition(words: list[str]) -> bool:
    """Whether the words before a name are a work and its comma ("The film, A", "His latest
    book,"): the name that follows is the work's title in apposition, not a person opening the
    sentence ("The coach, Tom Pell, ...", "A day earlier, Mr X ..." are people)."""
    if not words or words[0].lower() not in _NOUN_PHRASE_OPENERS:
        return False
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    return comma is not None and comma > 0 and words[comma].rstrip(",").lower() in _WORK_NOUNS


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


def unresolved(pronoun: str) -> str:
    """The speaker text of a claim whose pronoun could not be resolved: said, not guessed."""
    return f"{pronoun} (unresolved)"


def is_candidate(sentence: str) -> bool:
    """The cheap pre-filter: only these sentences get the dependency parse."""
    return CANDIDATE.search(sentence) is not None or DOCUMENT_CANDIDATE.search(sentence) is not None


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
# words that end a title in apposition after a name ("X, a director at Y who ...")
_APPOSITION_STOPS = {"who", "whom", "whose", "which", "that", "said", "says", "told", "and", "but", "when", "where"}
# words that may stand inside a title before a name, lowercase ("BBC political editor X")
_NOT_IN_TITLES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those"}
_NOT_IN_TITLES |= {"said", "says", "told", "tells", "with", "by", "to", "from", "at", "in", "on", "as", "than", "who"}
_NOT_IN_TITLES |= {"which", "when", "while", "but", "or", "if", "after", "before", "against", "about", "like"}


def _title_before(words: list[str]) -> set[str]:
    """The title that `words` end with, just before a name ("Shadow home secretary" -> {shadow,
    home, secretary}): the last word names what a person is, and the title runs back over
    capitalised words, title words and modifiers, never a determiner, preposition or verb
    ("The premier insisted" gives none). Possessives lose their "'s" ("Clark's publicist")."""
    if not words:
        return set()
    last = words[-1].lower()
    if last not in _TITLE_HEADS:
        return set()
    title = [last]
    for word in reversed(words[:-1][-5:]):
        lower = re.sub(r"['’]s?$", "", word.lower())
        if word.endswith(",") or lower in _NOT_IN_TITLES:
            break
        if not word[:1].isupper() and lower not in TITLE_WORDS and lower.endswith(("ed", "ing", "ly")):
            break  # "warned", "meeting", "recently": a verb or an adverb, no title
        title.append(lower)
    return set(title)


def _long_title(words: list[str]) -> bool:
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


@dataclass
class ArticleContext:
    """What claim extraction needs to know about the article, and its running state."""

    article_id: str
    body: str
    mentions: list[Mention]
    table: EntityTable
    # who spoke, in order: (speaker text, person id or None for an unnamed "a spokesman", end of
    # the sentence where they spoke, gender of an unnamed speaker's description)
    speakers: list[tuple[str, str | None, int, str | None]] = field(default_factory=list)
    pending: list[Draft] = field(default_factory=list)  # claims of the sentence being read
    contents: list[tuple[int, int]] = field(default_factory=list)  # content spans of claims so far
    _starts: list[int] = field(default_factory=list)
    last_group: tuple[str, str] | None = None  # the last organisation that spoke, for "they"
    last_group_at: int = -1
    _genders: dict[str, str | None] = field(default_factory=dict)
    _media_names: dict[str, bool] = field(default_factory=dict)
    _titles: dict[str, set[str]] | None = None  # person id -> the words of the titles the article gives them
    _phrases: dict[str, list[set[str]]] | None = None  # person id -> each title the article writes with the name
    _titled_many: bool = False  # whether the last titled() found the title given to several people
    # every claim so far: (end of its sentence, speaker text, speaker id)
    turns: list[tuple[int, str, str | None]] = field(default_factory=list)
    documents: dict[str, str] = field(default_factory=dict)  # "report" -> the id of who published the report named last
    authors: dict[str, set[str]] = field(default_factory=dict)  # "report" -> every author the article gives one
    author_at: dict[str, int] = field(default_factory=dict)  # "report" -> where the article first gives its author
    # (speaker text, end of sentence) of an unnamed speaker -> the organisation they speak for
    speaks_for: dict[tuple[str, int], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        # people named inside quotations are not who "he" or "she" refers to
        self.contents = [(m.start(), m.end()) for m in re.finditer(r"“[^”\n]*”", self.body)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for mention in self.mentions[lo:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                out.append(mention)
        return out

    def mention_at(self, offset: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def gender(self, entity_id: str) -> str | None:
        """ "m", "f" or None for a person of the article (honorifics, then first names)."""
        if entity_id not in self._genders:
            names, honorifics = [], []
            for mention in self.mentions:
                if mention.entity_id == entity_id:
                    names.append(mention.text)
                    honorifics.append(split_name(mention.text)[0] or honorific_before(self.body, mention.start) or "")
            entry = self.table.entry(entity_id)
            if entry is not None and entry.label == "PERSON":
                names += [entry.name]
            self._genders[entity_id] = gender_of(names, [h for h in honorifics if h])
        return self._genders[entity_id]

    def _fits(self, entity_id: str, pronoun: str) -> bool:
        wanted = GENDER_WORDS.get(pronoun)
        found = self.gender(entity_id)
        return wanted is None or found is None or found == wanted

    def _people_between(self, start: int, end: int, subjects: bool = False) -> list[tuple[str, str]]:
        """(text, id) of the people named in body[start:end] outside quoted claims, last first;
        with `subjects`, only those named at the start of a sentence (who "he" most likely is)."""
        out = []
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        for mention in reversed(self.mentions[lo:hi]):
            if mention.label != "PERSON" or any(a <= mention.start < b for a, b in self.contents):
                continue
            if subjects and not self._opens_sentence(mention.start):
                continue
            if subjects and _inside_quote(self.body, self.paragraph_start(mention.start), mention.start):
                continue  # '"X is having a go at us," he said': quoted words are no narration's subject
            out.append((mention.text, mention.entity_id))
        return out

    def _opens_sentence(self, offset: int) -> bool:
        """Whether at most three words (titles, "But", "Mr") stand between a sentence start and
        `offset`, none of them a pronoun or a verb ("He portrayed Mr X" is no sentence about X)."""
        words = self._sentence_words_before(offset)
        if [w.lower() for w in words[-2:]] == ["according", "to"] and len(words) <= 3:
            return True  # "According to X, ...": X is the source the sentence is about
        if self._stance_frame(words, offset):
            return True  # "For analyst X, ...", "In X's view, ...": X holds the opinion that follows
        if _thing_apposition(words):
            return False  # "The film, A Quiet Story, chronicles ...": the name is the film's
        if words and words[-1].endswith(",") and len(words) <= 4 and not words[0].endswith(","):
            return True  # "Speaking in court, Mr X ...": the subject after an opening phrase
        if 3 < len(words) <= 6 and _long_title(words):
            return True  # "Lord of the Rings director X has said", "Veteran US television host X is"
        return len(words) <= 3 and not any(
            w.lower() in _NOT_BEFORE_SUBJECT or w.lower().endswith(("ed", "ing")) for w in words
        )

    def _sentence_words_before(self, offset: int) -> list[str]:
        """The words of `offset`'s sentence before it (at most 80 characters back)."""
        head = self.body[max(0, offset - 80) : offset]
        ends = [m.end() for m in _SENTENCE_BOUNDARY.finditer(head)]
        return head[ends[-1] if ends else 0 :].split() if ends or offset <= 80 else head.split()

    def _stance_frame(self, words: list[str], offset: int) -> bool:
        """Whether the sentence opens with a frame that gives the opinion after it to the person
        named at `offset` ("For Jupiter analyst X, ...", "But according to X, ...", "In the view
        of X, ...", "In X's view, ..."), `words` being the words before the name: that person is
        whom the sentence is about and whom a "he said" after it continues with. Only a frame
        of a title and the name closed by a comma (an apposition may stand between: "For X, a
        director at Y, ..."); "For X's sake", "for years X" are no frames."""
        lowered = [w.lower() for w in words]
        if lowered[:1] in (["but"], ["and"], ["yet"], ["so"], ["however,"]):
            lowered, words = lowered[1:], words[1:]
        frame = next((len(f) for f in _STANCE_FRAMES if tuple(lowered[: len(f)]) == f), None)
        if frame is None:
            return False
        title = words[frame:]
        if len(title) > 4 or not all(
            w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in PEOPLE_ROLE_NOUNS for w in title
        ):
            return False  # "For years the firm's X ...": not a title before the name
        name = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", self.body[offset : offset + 80])
        if name is None:
            return False
        after = self.body[offset + name.end() : offset + name.end() + 12]
        if lowered[:1] == ["in"] and frame == 1:
            return re.match(r"['’]s\s+(?:view|opinion|eyes|mind),", after) is not None
        return after.startswith(",")

    def person_named(self, phrase: str) -> tuple[str, str] | None:
        """ "Mr Balls" where the model missed the name: the one person of the article with that surname."""
        honorific, core = split_name(phrase.strip(_EDGE))
        words = core.split()
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            return None
        surname = normalise(words[-1])
        found = {
            m.entity_id for m in self.mentions if m.label == "PERSON" and normalise(m.text).split()[-1:] == [surname]
        }
        return (phrase.strip(_EDGE), found.pop()) if len(found) == 1 else None

    def paragraph_start(self, offset: int, back: int = 0) -> int:
        """Where the paragraph holding `offset` starts, or the one `back` paragraphs before it."""
        start = self.body.rfind("\n", 0, offset) + 1
        for _ in range(back):
            if start <= 0:
                return 0
            cut = start - 1
            while cut > 0 and self.body[cut - 1] == "\n":
                cut -= 1
            start = self.body.rfind("\n", 0, cut) + 1
        return start

    def _sentence_end(self, offset: int) -> int:
        found = _SENTENCE_BOUNDARY.search(self.body, offset)
        return found.start() if found else len(self.body)

    def _speaker_fits(self, speaker: tuple[str, str | None, int, str | None], pronoun: str) -> bool:
        text, entity_id, _, gender = speaker
        if entity_id is not None:
            return self._fits(entity_id, pronoun)
        wanted = GENDER_WORDS.get(pronoun)
        return wanted is None or gender is None or gender == wanted

    def resolve_pronoun(self, offset: int, pronoun: str = "he", at: int | None = None) -> tuple[str, str | None] | None:
        """he/she: the one person it can be, else None (a wrong speaker is worse than none).

        `offset` is the start of the pronoun's sentence, `at` the pronoun itself. In order:
        - a person who spoke earlier in the same sentence ("X denied it - he says ...");
        - the last speaker the pronoun fits (an unnamed "spokesman" too, then without id), if no
          other person it fits became the subject of a sentence since (if exactly one did, that
          one), and, when they spoke in an earlier paragraph, no other person it fits was named
          since their last turn as a sentence's subject;
        - else the only fitting person named in this paragraph and the two before.
        """
        pronoun = pronoun.lower()
        at = offset if at is None else at
        for draft in reversed(self.pending):
            if (
                draft.verb_at < at
                and draft.speaker_id
                and self.is_person(draft.speaker_id)
                and self._fits(draft.speaker_id, pronoun)
            ):
                return draft.speaker, draft.speaker_id
        span = self._narration_before(offset)
        office, holder = self.office_subject(*span, pronoun) if span is not None else (False, None)
        if office:
            # "... the prime minister hailed X. And he claimed": its holder, or nobody
            return holder
        subject = self._subject_before(offset, pronoun, at)
        if subject is not None:
            return subject
        speaker = next((s for s in reversed(self.speakers) if self._speaker_fits(s, pronoun)), None)
        if speaker is not None:
            text, speaker_id, spoke_at, gender = speaker
            subjects = {
                eid: (t, eid)
                for t, eid in self._people_between(spoke_at, offset, subjects=True)
                if self._fits(eid, pronoun) and eid != speaker_id
            }
            if subjects:  # someone else became the topic since the speaker spoke
                topic = next(iter(subjects.values())) if len(subjects) == 1 else None
                return topic if topic is not None and self.likely_person(topic[1]) else None
            if self._unnamed_person_since(spoke_at, offset, pronoun):
                return None  # "A spokesman for Y said ... he said": maybe the spokesman, maybe not
            if self._described_just_before(offset, pronoun, speaker_id):
                return None  # "That prompted the exit of X, who ... He also accused ...": X as likely
            introduced = self._introduced_since(spoke_at, offset, pronoun, speaker_id)
            if introduced is not None and self.likely_person(introduced[1]):
                # "One dissenting opinion came from Brian Gammage, vice-president of research at
                # Gartner. He said: ...": the one person introduced since, with a description
                return introduced
            own_words = {normalise(m.text).split()[-1] for m in self.mentions if m.entity_id == speaker_id and m.text}
            if self._untyped_subject(max(spoke_at, self.paragraph_start(offset)), offset, own_words):
                return None  # "Zvonareva has lost ..." with the name taken for a place: maybe her
            if (
                speaker_id is None
                and gender is None
                and any(
                    s[1] is not None and self._speaker_fits(s, pronoun) and s[2] >= self.paragraph_start(offset, 2)
                    for s in self.speakers
                )
            ):
                return None  # "an official" or the person who spoke just before: not settled
            if spoke_at < self.paragraph_start(offset):
                since = spoke_at
                if speaker_id is not None:  # named again as a sentence's subject: the topic again
                    for mention in self.mentions_in(spoke_at, offset):
                        if mention.entity_id == speaker_id and self._opens_sentence(mention.start):
                            since = max(since, self._sentence_end(mention.start))
                if any(
                    self._fits(eid, pronoun) and eid != speaker_id for _, eid in self._people_between(since, offset)
                ):
                    return None  # another fitting person was named since
            return text, speaker_id or self.speaks_for.get((text, spoke_at))
        previous, blocked = self._previous_sentence_person(offset, pronoun)
        if previous is not None or blocked:
            return previous
        fitting: dict[str, tuple[str, str]] = {}
        for text, eid in self._people_between(self.paragraph_start(offset, 2), offset):
            if self._fits(eid, pronoun):
                fitting.setdefault(eid, (text, eid))
        if len(fitting) != 1:
            return None
        (only,) = fitting.values()
        if self._named_before(offset, at, only[1]) or not any(
            m.entity_id == only[1] and not self._object_or_modifier(m)
            for m in self.mentions_in(self.paragraph_start(offset, 2), offset)
            if not any(a <= m.start < b for a, b in self.contents)
        ):
            return None  # named only in a modifier ("a Tom Pell strike") or object ("with Y"), or a name before "he"
        return only if self.likely_person(only[1]) else None

    def organisation_of(self, a: int, b: int) -> str | None:
        """The organisation an unnamed speaker body[a:b] speaks for ("A Treasury spokesman", "a
        spokeswoman for Grobco"), when the phrase names exactly one; "a spokeswoman for the
        company": the one organisation named in this paragraph and the one before. Else None."""
        named = {m.entity_id for m in self.mentions_in(a, b) if m.label == "ORG" and not self.is_media(m.entity_id)}
        if named:
            return named.pop() if len(named) == 1 else None
        if not _FOR_THE_ORGANISATION.search(self.body, a, b):
            return None
        before = {
            m.entity_id
            for m in self.mentions_in(self.paragraph_start(a, 1), a)
            if m.label == "ORG" and not self.is_media(m.entity_id)
        }
        return before.pop() if len(before) == 1 else None

    def only_organisation(self, offset: int, head: str = "") -> str | None:
        """ "the company", "the club": the one organisation (no outlet) named in this paragraph
        and the one before, before `offset`, outside quotations, that the head can name: one the
        table knows as that kind ("party", "club"), or for a business word an organisation the
        table does not know. None when there are none or several, or a place or a people is
        named in the sentence."""
        named = set()
        sentence = self._sentence_start(offset)
        for m in self.mentions_in(self.paragraph_start(offset, 1), offset):
            if any(a <= m.start < b for a, b in self.contents):
                continue
            if m.label in ("PLACE", "NORP", "GPE") and m.start >= sentence:
                return None
            if m.label != "ORG" or self.is_media(m.entity_id) or self.is_person(m.entity_id):
                continue
            if _looks_like_a_person(m.text):
                return None  # "Rio Ferdinand" taken for an organisation: not a safe guess
            if self.fits_head(m.entity_id, m.text, head):
                named.add(m.entity_id)
        if len(named) > 1:
            # "Rosneft officials were unavailable. But the company has said ...": the one that
            # opens the sentence just before
            previous = self._sentence_start(max(self.paragraph_start(offset), sentence - 1))
            there = [m for m in self.mentions_in(previous, sentence) if m.entity_id in named]
            openers = {
                m.entity_id
                for m in there
                if self._names_subject(m)
                # "The singer's record label Grobco Music has ...": introduced by the head itself
                or (head and re.search(rf"\b{re.escape(head)}\s+$", self.body[max(previous, m.start - 30) : m.start]))
            }
            # ... and the only one named there ("Tesco bought a stake in Sainsbury": either)
            named = openers if previous < sentence and len({m.entity_id for m in there}) == 1 else set()
        return named.pop() if len(named) == 1 else None

    def fits_head(self, entity_id: str, text: str, head: str) -> bool:
        """Whether "the HEAD" (company, club, party, bank) can name the organisation `entity_id`
        written `text`: the table knows it as that kind; or, unknown to the table, a business
        word names it, or its name ends with the head ("Grobco Group"). "the bank": a name with
        "bank" in it or a company."""
        entry = self.table.entry(entity_id)
        words = text.lower().split()
        if head == "bank":
            return (len(words) > 1 and "bank" in words) or (entry is not None and entry.role == "company")
        if entry is not None:
            return entry.role in _HEAD_KINDS.get(head, {"company"}) or entry.kind in _HEAD_KINDS.get(head, ())
        return head in _BUSINESS_HEADS or words[-1:] == [head]

    def organisation_it(self, offset: int) -> str | None:
        """ "Tesco warned on profits. It said ...": the organisation that opens the sentence
        before (or is named earlier in this one), when it is the only one there and no statement,
        report or other document stands between it and "it" (what "it said" refers to as often)."""
        sentence = self._sentence_start(offset)
        previous = self._sentence_start(max(self.paragraph_start(offset), sentence - 1))
        found = [
            m
            for m in self.mentions_in(previous, offset)
            if m.label == "ORG"
            and not self.is_media(m.entity_id)
            and not any(a <= m.start < b for a, b in self.contents)
            and (
                self._names_subject(m)
                or (m.start >= sentence and _SHARES_IN.search(self.body, max(0, m.start - 20), m.start))
            )
        ]
        ids = {m.entity_id for m in found}
        if len(ids) != 1 or any(_looks_like_a_person(m.text) or self.is_person(m.entity_id) for m in found):
            return None
        between = self.body[found[-1].end : offset].lower()
        if any(m.label in ("PLACE", "NORP", "GPE") for m in self.mentions_in(found[-1].end, offset)) or any(
            re.search(rf"\b{word}\b", between) for word in (*DOCUMENT_NOUNS, "statement", "letter", "answer")
        ):
            return None
        return ids.pop()

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the sentence just before the one starting at `offset`, quotation or
        not: in its paragraph or, when that sentence opens a paragraph, the last one of the
        paragraph before; None when there is none."""
        start = self.paragraph_start(offset)
        if self.body[start:offset].strip():
            lo, hi = start, offset
        elif start > 0:
            hi = start - 1
            while hi > 0 and self.body[hi - 1] in "\n ":
                hi -= 1
            lo = self.paragraph_start(hi)
        else:
            return None
        ends = [m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, lo, hi) if m.end() < hi - 1]
        return (ends[-1] if ends else lo), hi

    def _narration_before(self, offset: int) -> tuple[int, int] | None:
        """The sentence just before the one starting at `offset` (`sentence_before`); None when
        there is none or it opens inside or with a quotation (narration only)."""
        span = self.sentence_before(offset)
        if span is None:
            return None
        begin, hi = span
        text = self.body[begin:hi]
        if not text.strip() or text.lstrip()[:1] in OPEN_QUOTES or text.count('"') % 2 or "“" in text:
            return None
        return begin, hi

    def _opens_after_phrase(self, sentence: int, offset: int) -> bool:
        """ "In the Commons, Tory MP X ...": after an opening phrase of at most five words and a
        comma, at most three words of title ("Tory MP", "Wolves chief executive") before `offset`."""
        head = self.body[sentence:offset]
        phrase, comma, title = head.rpartition(",")
        if not comma or not 1 <= len(phrase.split()) <= 5 or len(title.split()) > 3:
            return False
        if any(w.lower() in _NOT_BEFORE_SUBJECT - {"in", "on", "at", "after", "with"} for w in phrase.split()):
            return False
        if phrase.split()[0].lower() in _NOUN_PHRASE_OPENERS or title.split()[:1] in (["A"], ["An"], ["The"]):
            # "The film, A Different Story, chronicles ...": a noun phrase and its apposition,
            # not an opening phrase before a subject
            return False
        return all(w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in PEOPLE_ROLE_NOUNS for w in title.split())

    def _subject_before(self, offset: int, pronoun: str, at: int, alone: bool = False) -> tuple[str, str] | None:
        """ "Songwriter Tom Pell, who has worked with Rob Lane, backed the plan. He said ...": the
        person who opens the narration sentence just before as its subject (not a possessive or a
        title's modifier: "Pell's agent", "Pell aide X"), when the pronoun fits them, they are the
        only fitting person opening it ("X and Y met": nobody), nobody else spoke in it, no fitting
        person is the agent of a passive there ("was beaten by Y") and none is named before the
        pronoun in its own sentence outside quotations. The people named later in that sentence
        (objects, relative clauses) are not who a sentence-opening "he" continues with. With
        `alone` (a description such as "the 22-year-old", which may name anyone the sentence
        names), the subject must be the only person named there at all."""
        span = self._narration_before(offset)
        if span is None:
            return None
        lo, hi = span
        people = [
            m
            for m in self.mentions_in(lo, hi)
            if m.label == "PERSON" and not any(a <= m.start < b for a, b in self.contents)
        ]
        openers = [m for m in people if self._opens_sentence(m.start) or self._opens_after_phrase(lo, m.start)]
        untagged = re.match(r"\s*(?:(?:But|And|Yet|So)\s+)?([A-Z][\w’'-]+)\s+([a-z][\w-]*)", self.body[lo:hi])
        if (
            not openers
            and untagged is not None
            and self.mention_at(lo + untagged.start(1)) is None
            and untagged.group(1).lower() not in _NOT_BEFORE_SUBJECT | _SENTENCE_OPENERS
            and untagged.group(2) not in TITLE_WORDS
            and (named := self.person_named(untagged.group(1))) is not None
        ):
            # "Wardle did stress ...", the surname left untagged: the article's one person of that name
            at_name = lo + untagged.start(1)
            openers = [Mention(named[1], named[0], "PERSON", at_name, at_name + len(named[0]), -1)]
            people = [*openers, *people]
        if not openers:
            return None
        first = openers[0]
        possessor = None
        if (owned := self._possessed_subject(first, people, hi)) is not None:
            # "Smith's Leeds counterpart Tom Pell was unhappy. He said": the name the possessive
            # leads to is the subject, not the possessor
            possessor, first, openers = first, owned, [owned]
        following = re.match(r"\s+([\w-]+)", self.body[first.end : first.end + 30])
        if (
            (
                self.body[first.end : first.end + 1] in "'’"
                and not self._stance_frame(self._sentence_words_before(first.start), first.start)
            )
            or self._modifier_or_tie(first, lo)
            or (following is not None and following.group(1).lower() in TITLE_WORDS)
            or not self._fits(first.entity_id, pronoun)
            or not self.likely_person(first.entity_id)
            or any(m.entity_id != first.entity_id and self._fits(m.entity_id, pronoun) for m in openers)
        ):
            return None
        if any(s[1] != first.entity_id and lo < s[2] <= offset for s in self.speakers):
            return None
        last = next((s for s in reversed(self.speakers) if self._speaker_fits(s, pronoun)), None)
        # "X beat Y. Y, ranked 158th, was upbeat. 'Quote,' said the 20-year-old": a description
        # after a sentence that names only its subject is that subject, whoever spoke before
        if last is not None and last[1] != first.entity_id and not alone:
            # "X spoke. Y voted against. Z abstained. He said": several new subjects since X, none settled
            since = max(last[2], self.paragraph_start(lo))
            if any(
                eid != first.entity_id
                and self._fits(eid, pronoun)
                and not (possessor is not None and eid == possessor.entity_id and since <= lo)
                for _, eid in self._people_between(since, offset, subjects=True)
            ):
                return None
        if alone and any(
            m.entity_id != first.entity_id and not (m.start > first.end and _BESIDE.search(self.body, lo, m.start))
            for m in people
        ):
            return None
        if self._person_object(first):
            return None  # "X met Y", "X beat Y": the object right after the verb may speak too
        for m in people:
            if m.entity_id != first.entity_id and self._fits(m.entity_id, pronoun):
                if re.search(r"\bby\s+(?:[\w’'-]+\s+){0,4}$", self.body[max(lo, m.start - 60) : m.start]):
                    return None
        return None if self._named_before(offset, at) else (first.text, first.entity_id)

    def _possessed_subject(self, opener: Mention, people: list[Mention], end: int) -> Mention | None:
        """ "Smith's Leeds counterpart Tom Pell was ...": the person named right after a
        possessive opener and at most three words of title, when a verb (a lowercase word) follows
        that name; else None."""
        named = next((m for m in people if m.start > opener.end), None)
        owned = re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){1,3}", self.body[opener.end : named.start]) if named else None
        if named is None or owned is None or named.entity_id == opener.entity_id or named.end >= end:
            return None
        verb = re.match(r"\s+([a-z][\w-]*)", self.body[named.end : end])
        if verb is None or verb.group(1) in _OBJECT_BEFORE | {"and", "or", "who", "whose", "which", "whom"}:
            return None
        if not all(w[:1].isupper() or w.lower() in _TIE_WORDS for w in owned.group(0).split()[1:]):
            return None  # "Smith's agent met Tom Pell": a verb, not a title, before the name
        return named

    def _person_object(self, subject: Mention) -> bool:
        """Whether a name that may be a person's (tagged as one, taken for an organisation while
        looking like a person's, or untagged) follows the subject after at most three lowercase
        words with no preposition: the object of "X met Y", "X beat Y"."""
        found = re.match(r"\s+((?:[a-z][\w-]*\s+){1,3})([A-Z][\w’'-]+)", self.body[subject.end : subject.end + 80])
        if found is None or any(w in _OBJECT_BEFORE | {"that", "and", "or", "but"} for w in found.group(1).split()):
            return False
        mention = self.mention_at(subject.end + found.start(2))
        if mention is None:
            return True
        return mention.entity_id != subject.entity_id and (
            mention.label == "PERSON" or (mention.label == "ORG" and _person_like_name(mention.text))
        )

    def _modifier_or_tie(self, mention: Mention, sentence: int, tie: bool = True) -> bool:
        """ "Glass Hammers frontwoman Ana Marsh": a name modifying the name after it; "His wife
        Sharon": someone introduced by their tie to the person the report is about. Neither is
        whom a later "he", "she" or "the star" continues with."""
        title = re.match(r"\s+([a-z][\w-]*)\s+[A-Z]", self.body[mention.end : mention.end + 40])
        return bool(
            (
                title is not None
                and (
                    title.group(1) in JOB_TITLES
                    or title.group(1) in PEOPLE_ROLE_NOUNS
                    or title.group(1).endswith(("man", "woman"))
                )
            )
            or (
                tie
                and re.search(
                    r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$",
                    self.body[sentence : mention.start],
                    re.IGNORECASE,
                )
            )
        )

    def _object_or_modifier(self, mention: Mention) -> bool:
        """Whether a name is written after a determiner ("an Alan Shearer strike": a modifier) or
        a preposition other than "by" ("his rift with Chancellor X", "tackles on X": an object),
        its title and honorific aside: no sign it is who a later "he" is about."""
        words = self.body[max(0, mention.start - 60) : mention.start].split()
        while words and (words[-1][:1].isupper() or words[-1].lower() in TITLE_WORDS) and words[-1][-1:] not in ",.;:":
            if words[-1].lower() in ("a", "an", "the"):
                break
            words.pop()
        last = words[-1].lower() if words else ""
        return last in _OBJECT_BEFORE

    def _named_before(self, offset: int, at: int, allowed: str | None = None) -> bool:
        """Whether a capitalised word (a name, tagged or not) stands before the pronoun at `at` in
        its own sentence starting at `offset`, outside quotations ("O'Hara has been in talks and
        he said"): whom the pronoun may refer to. A sentence's first word such as "But" aside, and
        the names of `allowed`; never when what stands before is the content ("..., he said")."""
        before = self.body[offset:at]
        after = self.body[at : self._sentence_end(at)]
        if re.search(r"[,!?]\s*[\"”’]?\s*$", before) and not re.search(r"[\"“:;]", after):
            return False  # "The island state is asking the IMF for help, he said.": the content
        own = re.sub(r'"[^"]*"|“[^”]*”|"[^"]*$|“[^”]*$', lambda m: " " * len(m.group(0)), before)
        names = list(re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]*", own))
        if (
            names
            and own.split()[:1] == [names[0].group(0)]
            and (names[0].group(0).lower() in _SENTENCE_OPENERS or names[0].group(0).endswith("ing"))
        ):
            names = names[1:]
        for name in names:
            mention = self.mention_at(offset + name.start())
            if mention is not None and (
                mention.entity_id == allowed
                or (mention.label != "PERSON" and not (mention.label == "ORG" and _person_like_name(mention.text)))
            ):
                continue  # her own name, or a date, place or organisation ("in April", "in Paris")
            if allowed is not None and name.group(0) in _HONORIFIC_WORDS:
                continue  # "Ms Hughes was forced to resign, which she ...": her own name
            return True
        return False

    def _sentence_start(self, offset: int) -> int:
        start = self.paragraph_start(offset)
        ends = [m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, start, offset)]
        return ends[-1] if ends else start

    def _previous_sentence_person(self, offset: int, pronoun: str) -> tuple[tuple[str, str] | None, bool]:
        """ "Swank, who won in 2000, paid tribute to Clint Eastwood. "You guided us," she said.":
        when nobody spoke before, the subject of the sentence just before in the same paragraph,
        if that subject is the only person named there whom the pronoun fits. Blocked (no one)
        when that sentence opens with a name that is not a person ("Labour said ...", or a
        surname the model took for a company): a person named further back is not a safe guess."""
        start = self.paragraph_start(offset)
        ends = [m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, start, offset)]
        ends = [e for e in ends if e < offset - 1]
        previous = ends[-2] if len(ends) >= 2 else start
        if previous >= offset and start > 0 and self.body[offset : offset + 1] in OPEN_QUOTES:
            # a paragraph that opens with the quote: the last sentence of the paragraph before
            before = self.paragraph_start(offset, 1)
            ends = [m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, before, start)]
            ends = [e for e in ends if e < start - 2]
            previous = ends[-1] if ends else before
        if previous >= offset:
            return None, False
        fitting = {eid: (t, eid) for t, eid in self._people_between(previous, offset) if self._fits(eid, pronoun)}
        subjects = {eid for _, eid in self._people_between(previous, offset, subjects=True) if eid in fitting}
        if len(fitting) == 1 and len(subjects) == 1:
            (only,) = fitting.values()
            there = [m for m in self.mentions_in(previous, offset) if m.entity_id == only[1]]
            if there and self._modifier_or_tie(there[0], self._sentence_start(there[0].start), tie=False):
                return None, True  # "Glass Hammers frontwoman Ana Marsh ...": not the band
            return (only, False) if self.likely_person(only[1]) else (None, True)
        if len(subjects) == 1 and (acting := self._speech_act_subject(previous, offset)) in subjects:
            # "Kenyon has played down reports that Robben will return. "He's fine," he said.": the
            # person whose words the sentence reports, not the one they are about
            return (fitting[acting], False) if self.likely_person(acting) else (None, True)
        if not subjects and len(fitting) == 1:
            (only,) = fitting.values()
            agent = self.mention_at(self.body.rfind(only[0], previous, offset))
            if agent is not None and _PASSIVE_BY.search(self.body, previous, agent.start):
                # "The report was welcomed by shadow minister David Willetts. "...," he said."
                return (only, False) if self.likely_person(only[1]) else (None, True)
        opener = next(
            (
                m
                for m in self.mentions_in(previous, offset)
                if m.label in ("ORG", "PLACE", "NORP")
                and not any(a <= m.start < b for a, b in self.contents)
                and self._names_subject(m)
            ),
            None,
        )
        if opener is not None and not subjects:
            return None, True
        # "Glassbrook, who won in 2001, ...": someone the model did not tag is the topic there
        for who in _NAME_WHO.finditer(self.body, previous, offset):
            if self.body[max(0, who.start() - 4) : who.start()].lower() == "the ":
                continue  # "the Belgian, who ...": a description of someone named before
            named = self.mention_at(who.start())
            if named is None or named.label != "PERSON":
                return None, True
        return None, False

    def _unnamed_person_since(self, start: int, end: int, pronoun: str) -> bool:
        """Whether a sentence in body[start:end] opens, outside quotations, with a new unnamed
        person the pronoun fits ("A spokesman for the bank said ...", "One analyst warned ..."):
        someone "he" or "she" may refer to as well as the person who spoke before."""
        wanted = GENDER_WORDS.get(pronoun)
        for boundary in [start, *(m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, start, end))]:
            opener = _UNNAMED_OPENER.match(self.body, boundary, end)
            if opener is None or any(a <= opener.start(1) < b for a, b in self.contents):
                continue
            gender = person_description(opener.group(1))
            words = opener.group(1).lower().split()
            if set(words[1:3]) & {"man", "woman", "businessman", "businesswoman", "witness"}:
                continue  # "A man was shot outside ...": a victim or bystander, seldom who speaks next
            if gender is not None and (not gender or wanted is None or gender == wanted):
                return True
        return False

    def _described_just_before(self, offset: int, pronoun: str, speaker_id: str | None) -> bool:
        """Whether the narration sentence just before the one at `offset` names a person the
        pronoun fits, other than `speaker_id`, with a relative clause about them ("That prompted
        the withdrawal of tycoon X, who got frustrated by ..."): the person the passage turned to,
        whom a "he" after it may as well mean as the one who spoke before."""
        span = self._narration_before(offset)
        return span is not None and any(
            m.label == "PERSON"
            and m.entity_id != speaker_id
            and self._fits(m.entity_id, pronoun)
            and re.match(r",\s+who\b", self.body[m.end : m.end + 8]) is not None
            and not any(a <= m.start < b for a, b in self.contents)
            for m in self.mentions_in(*span)
        )

    def _introduced_since(self, start: int, end: int, pronoun: str, speaker_id: str | None) -> tuple[str, str] | None:
        """A person `pronoun` fits whose first mention in the article lies in body[start:end]
        (outside quotations), when it is the only one and a description follows the name
        (", vice-president of ..."); else None."""
        first: dict[str, Mention] = {}
        for mention in self.mentions:
            if mention.label == "PERSON":
                first.setdefault(mention.entity_id, mention)
        new = [
            m
            for eid, m in first.items()
            if start <= m.start < end
            and eid != speaker_id
            and self._fits(eid, pronoun)
            and not any(a <= m.start < b for a, b in self.contents)
        ]
        if len(new) != 1 or not re.match(
            r",\s+(?!(?:who|whom|whose|which|that)\b)(?:the\s+|a\s+|an\s+)?[a-z]",
            self.body[new[0].end : new[0].end + 12],
        ):
            return None
        # the sentence introducing them is not about someone else ("Souness paid tribute to X,
        # ...", "But she was pleased to have made up with X, ..."): no person or pronoun before them
        sentence = self._sentence_start(new[0].start)
        if _thing_apposition(self.body[sentence : new[0].start].split()):
            return None  # "The film, A Quiet Story, chronicles ...": a work's name, not a new person
        if any(m.label == "PERSON" for m in self.mentions_in(sentence, new[0].start)) or re.search(
            r"\b(?:he|she|they|i|we|his|her|their)\b", self.body[sentence : new[0].start], re.IGNORECASE
        ):
            return None
        return new[0].text, new[0].entity_id

    def _speech_act_subject(self, start: int, end: int) -> str | None:
        """The person opening the sentence in body[start:end] when a verb of speaking or stance
        follows the name ("Kenyon has played down ...", "Mr Hill criticised ..."), else None."""
        for mention in self.mentions_in(start, end):
            if mention.label != "PERSON" or not self._opens_sentence(mention.start):
                continue
            if _SPEECH_ACT.match(self.body, mention.end, min(end, mention.end + 80)):
                return mention.entity_id
            return None
        return None

    def _untyped_subject(self, start: int, end: int, skip: Collection[str] = ()) -> bool:
        """Whether a sentence in body[start:end] opens with a one-word name the model took for a
        place the table does not know ("Zvonareva has lost ..."): perhaps a person, who may be
        whom "he" or "she" refers to."""
        if any(
            m.label == "PLACE"
            and len(m.text.split()) == 1
            and self.table.entry(m.entity_id) is None
            and normalise(m.text) not in skip
            and not set(normalise(m.text).split()[-1:]) & set(skip)
            and not any(a <= m.start < b for a, b in self.contents)
            and self._names_subject(m)
            for m in self.mentions_in(start, end)
        ):
            return True
        # a sentence opening with a word the model missed there but named elsewhere in the
        # article ("Vera Zvonareva" before, "Zvonareva has lost ..." here)
        for boundary in [start, *(m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, start, end))]:
            opener = re.match(
                r"[\s.!?\"”’)]*(?:(?:But|And|Yet|So)\s+)?([A-Z][\w’'-]+)\s+([a-z][\w-]*)", self.body[boundary:end]
            )
            if (
                opener is None
                or self.mention_at(boundary + opener.start(1)) is not None
                or opener.group(2) in TITLE_WORDS  # "Larne boss Jimmy McGeough": a modifier, no subject
            ):
                continue
            if any(c <= boundary + opener.start(1) < d for c, d in self.contents) or (
                opener.group(1).lower() in _NOT_BEFORE_SUBJECT
            ):
                continue
            word = normalise(opener.group(1))
            if word not in skip and any(
                m.label in ("PERSON", "PLACE") and normalise(m.text).split()[-1:] == [word] for m in self.mentions
            ):
                return True
        return False

    def _names_subject(self, mention: Mention) -> bool:
        """Whether `mention` opens its sentence as the subject itself ("Labour said", "Swank, who
        ..."), not as a modifier of a description ("The former Chelsea chairman", "the Belgian")."""
        head = self.body[max(0, mention.start - 40) : mention.start]
        ends = [m.end() for m in _SENTENCE_BOUNDARY.finditer(head)]
        before = head[ends[-1] :] if ends else (head if mention.start <= 40 else None)
        if before is None or before.strip().lower() not in ("", "but", "and", "yet", "so"):
            return False
        following = re.match(r"(?:['’]s)?[\s,]*([\w-]*)", self.body[mention.end : mention.end + 30])
        word = following.group(1) if following else ""
        return not (self.body[mention.end : mention.end + 1] in "'’" or word.lower() in TITLE_WORDS)

    def likely_person(self, entity_id: str) -> bool:
        """Whether the article gives any sign beyond the model's tag that `entity_id` is a person:
        the table knows a person, or a mention has a first name and surname or an honorific.
        A bare one-word "person" ("Leeds", a club or a town the model tagged) may block a
        pronoun's resolution but is never what "he" or "she" is resolved to."""
        entry = self.table.entry(entity_id)
        if entry is not None:
            return entry.label == "PERSON"
        for mention in self.mentions:
            if mention.entity_id != entity_id:
                continue
            honorific, core = split_name(mention.text)
            if honorific or honorific_before(self.body, mention.start) or len(strip_titles(core).split()) >= 2:
                return True
        return False

    def titled(self, head: str, words: set[str]) -> str | None:
        """ "the striker", "the Texas attorney general": the one person the article introduces with
        that title ("Arsenal striker Thierry Henry", "Greg Abbott, the attorney general"), else None.
        The title must be written as one: directly before the name or in apposition to it, with no
        qualifier the description lacks ("Shadow home secretary X" is not "the home secretary")."""
        self._fill_titles()
        self._fill_phrases()
        assert self._phrases is not None
        # "the French coach" is the one titled "France coach": the country for its adjective
        spelled = [words] + [(words - {w}) | {c} for w in words for c in _COUNTRY_OF.get(w, ())]
        heads = {head}
        if head == "premier":
            # "the premier" is the one titled "Prime Minister X" as well as "Premier X"
            heads.add("minister")
            spelled += [(w - {"premier"}) | {"prime", "minister"} for w in spelled]
        fitting = {
            eid
            for eid, phrases in self._phrases.items()
            if any(
                heads & phrase and wanted <= phrase and not (phrase & _TITLE_QUALIFIERS) - wanted
                for phrase in phrases
                for wanted in spelled
            )
        }
        self._titled_many = len(fitting) > 1
        return fitting.pop() if len(fitting) == 1 else None

    def _fill_phrases(self) -> None:
        """self._phrases: each person's titles as the article writes them with the name."""
        if self._phrases is None:
            self._phrases = defaultdict(list)
            for mention in self.mentions:
                if mention.label == "PERSON":
                    self._phrases[mention.entity_id].extend(self.title_phrases(mention))

    def office_subject(self, lo: int, hi: int, pronoun: str) -> tuple[bool, tuple[str, str] | None]:
        """ "Speaking at a rally, the prime minister hailed the plan. And he claimed ...": whether
        the narration sentence body[lo:hi] has a definite description of an office as its subject
        (opening it, after a conjunction or an opening phrase, before its verb), and if so the
        person "he" / "she" after it is: the person the description's own claim there was given
        ("The prime minister said ..."); else the one person the article itself gives that title
        ("Prime Minister X", "X, the prime minister,"; see titled); else, when it gives it nobody,
        the one person its earlier claims by that description were given, or the passage's topic
        (topic_person), as "the chancellor said" is resolved; and only one the pronoun fits.
        Else None (the article ties the title to several, or to nobody it can settle): never a
        person named earlier whom the title was not given. An unnamed speaker's description ("the
        spokesman") and a sentence where someone else speaks are left to the rules after."""
        found = _OFFICE_SUBJECT.match(self.body, lo, hi)
        if found is None or found.group(2).lower() not in SUBJECT_OFFICES:
            return False, None
        if person_description(found.group(1)) is not None:
            return False, None  # "The Grobco spokesman said ...": an unnamed speaker, who goes on
        said = {(text.strip(_EDGE), eid) for end, text, eid in self.turns if lo < end <= hi + 1}
        # a group written in lowercase ("... respond to people who said that ...") speaks inside
        # the sentence, not as its subject
        said = {(text.lower(), eid) for text, eid in said if eid is not None or not text.islower()}
        if said:
            # "The prime minister said ...": the speaker that claim was given, when it is the
            # description; another speaker there is left to the rules after
            if {text for text, _ in said} != {found.group(1).lower()}:
                return False, None
            given = {eid for _, eid in said}
            if given != {None}:
                eid = given.pop() if len(given) == 1 else None
                if eid is None or not self.is_person(eid) or not self._fits(eid, pronoun):
                    return True, None
                return True, (found.group(1), eid)
        if any(m.label == "PERSON" for m in self.mentions_in(lo + found.start(1), lo + found.end(1))) or any(
            a <= lo + found.start(1) < b for a, b in self.contents
        ):
            return False, None  # "The Jo Bell fan club": a person named in the description
        # "the left-wing president" is "President X": an epithet written in lowercase that is no
        # title word is no part of the office
        words = {
            w.lower()
            for w in found.group(1).split()[1:]
            if not w.islower() or w in TITLE_WORDS or w in _TITLE_QUALIFIERS or w in _COUNTRY_OF
        }
        holder = self.titled(found.group(2).lower(), words)
        if holder is None and not self._titled_many:
            # a title the article gives nobody: the one person its claims spoken by the same
            # description were given ("the chancellor said ..." before), else the one person the
            # passage is about, as for "the chancellor said" (its lead or last speaker, the only
            # subject, with no other title)
            before = {eid for _, text, eid in self.turns if text.strip(_EDGE).lower() == found.group(1).lower()}
            if len(before - {None}) == 1:
                holder = next(iter(before - {None}))
            elif not before - {None}:
                holder = self.topic_person(found.group(1), found.group(2).lower(), lo + found.start(1))
        if holder is None or not self.likely_person(holder) or not self._fits(holder, pronoun):
            return True, None
        name = next(
            (
                m.text
                for m in reversed(self.mentions_in(0, hi))
                if m.entity_id == holder and not any(a <= m.start < b for a, b in self.contents)
            ),
            None,
        )
        return True, (name, holder) if name is not None else None

    def _fill_titles(self) -> None:
        """self._titles: the words near each person's mentions that may be titles (loosely: the
        four words before a name in its clause and an apposition after it)."""
        if self._titles is not None:
            return
        self._titles = defaultdict(set)
        for mention in self.mentions:
            if mention.label != "PERSON":
                continue
            before = self.body[max(0, mention.start - 60) : mention.start]
            before = re.split(r"[.;:!?\n]|,\s", before)[-1]
            after = re.match(
                r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?([^,.;:]{1,60})",
                self.body[mention.end : mention.end + 80],
            )
            context = before.lower().split()[-4:] + (after.group(1).lower().split() if after else [])
            self._titles[mention.entity_id].update(re.sub(r"['’]s$", "", w.strip(",")) for w in context)

    def title_phrases(self, mention: Mention) -> list[set[str]]:
        """The titles the article writes as one with the name of `mention`, each as its set of
        words: "Shadow home secretary David Davis" -> {shadow, home, secretary}; "X, chief
        executive of Acme," -> {chief, executive, of, acme}; "The coach, X, said" -> {coach}.
        A title runs up to the name (an honorific aside) and ends with a word that names what a
        person is; "The premier insisted Mr X" gives X no title (a verb stands between)."""
        out = []
        clause = re.split(r"[.;:!?\n“”\"()]|,\s", self.body[max(0, mention.start - 80) : mention.start])
        words = clause[-1].split()
        while words and words[-1].rstrip(".") in _HONORIFIC_WORDS:
            words.pop()
        title = _title_before(words)
        if title:
            out.append(title)
        elif not words and len(clause) > 1 and self.body[mention.start - 2 : mention.start] == ", ":
            # "The coach, Tom Pell, said", "..., said the home secretary, X.": the title before the
            # comma, when it is a definite phrase opening its clause or after a reporting verb
            ahead = clause[-2].split()
            title = _title_before(ahead)
            opener = len(ahead) - len(title) - 1
            if (
                title
                and opener >= 0
                and ahead[opener].lower() in ("the", "its", "his", "her", "their")
                and (opener == 0 or ahead[opener - 1].lower() in ("said", "says", "added", "adds", "told"))
                and self.body[mention.end : mention.end + 1] in (",", ".")
            ):
                out.append(title)
        after = re.match(
            r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?([^,.;:()“”\"]{1,60})",
            self.body[mention.end : mention.end + 80],
        )
        if after is not None:
            following: list[str] = []
            for word in after.group(1).split():
                word = re.sub(r"['’]s$", "", word.lower())
                if word in _APPOSITION_STOPS or word.endswith(("ing", "ed")):
                    break
                if word == "of" and following[-1:] and following[-1] in _RELATION_NOUNS | {"wife", "widow"}:
                    following = []  # "X, a friend of the party leader,": a relation, not X's title
                    break
                following.append(word)
            if following and any(w in _TITLE_HEADS for w in following):
                out.append(set(following))
        return out

    def named_elsewhere(self, phrase: str) -> tuple[str, str] | None:
        """ "Symbian", "Mr Balls" where the model missed the name: the one entity of the article
        written that way elsewhere (a person also by surname alone)."""
        honorific, core = split_name(phrase.strip(_EDGE))
        key = normalise(core)
        if not key or len(key.split()) > 4:
            return None
        if is_person_noun(core.strip(_EDGE)) or (
            core.lower().startswith("the ") and is_person_noun(core.strip(_EDGE)[4:])
        ):
            return None  # "the Frenchman": a description, not a name
        found = {
            m.entity_id for m in self.mentions if m.label in ("PERSON", "ORG", "PLACE") and normalise(m.text) == key
        }  # "The Russian", "The Caribs": a nationality or a people is nobody's name
        if not found and honorific is not None:
            return self.person_named(phrase)
        return (phrase.strip(_EDGE), found.pop()) if len(found) == 1 else None

    def resolve_description(self, phrase: str, head: str, offset: int) -> str | None:
        """ "the Russian foreign minister" -> the last person named before whose table role fits;
        else the one person the article gives that title."""
        if _OUR_REPORTER.fullmatch(phrase.lower()):
            # "our correspondent" after "the BBC's defence correspondent Paul Adams": that person
            return self.titled(head, set())
        if not phrase.lower().startswith("the "):
            return None
        if head in self.documents and head in phrase.lower().split()[1:3]:
            return self.documents[
                head
            ]  # "the report", "the survey of 500 firms": the one whose author the article gave
        if head in PRESS_NOUNS and (outlet := self.described_outlet(phrase, offset)) is not None:
            return outlet  # "according to the magazine": the one outlet of that kind, by its table kind
        named = {
            m.entity_id
            for m in self.mentions
            if m.label in ("ORG", "EVENT", "PLACE")
            and m.start < offset
            and len(m.text.split()) > 1
            and m.text.split()[-1].lower() == head
        }
        if len(named) == 1 and _other_nation_named(self, phrase, next(iter(named))):
            return None  # "the German exchange" is not "the London Stock Exchange"
        if len(named) == 1:
            return named.pop()  # "the festival" after "the Berlin Film Festival"
        if head in COMPANY_HEADS and (inside := self._named_before_head(phrase, head, offset)) is not None:
            return inside  # "the Grobco group", "the NBC network": the organisation the head names
        if head in COMPANY_HEADS and len(phrase.split()) <= 3:
            # "Tesco warned on profits. The company said ...": the organisation that spoke last,
            # else the one organisation named in this paragraph and the one before
            group = self.resolve_they(offset, plural=False)
            if group is not None:
                fits = self.fits_head(group[1], group[0], head) and not _looks_like_a_person(group[0])
                return group[1] if fits else None
            return self.only_organisation(offset, head)
        if head in JOB_TITLES:
            titled = self.titled(head, set(phrase.lower().split()[1:]))
            if titled is not None:
                return titled
        if head not in ROLE_NOUNS:
            return self.topic_person(phrase, head, offset)
        roles = ROLE_NOUNS[head]
        words = set(phrase.lower().split())
        country = next((c for adjective, c in DEMONYMS.items() if adjective in words), None)
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            mention = self.mentions[i]
            entry = self.table.entry(mention.entity_id) if mention.label == "PERSON" else None
            if entry is not None and entry.role and any(r in entry.role for r in roles):
                if country is None or entry.country in (None, country):
                    if (
                        head != "minister"
                        or not (words & {"foreign", "defence", "defense"})
                        or any(w in entry.role for w in words & {"foreign", "defence", "defense"})
                    ):
                        return entry.id
            i -= 1
        return self.topic_person(phrase, head, offset)

    def _named_before_head(self, phrase: str, head: str, offset: int) -> str | None:
        """ "the Grobco group", "the NBC network": the one organisation named between "the" and
        the head, when nothing else stands there ("the Delta subsidiary" ends in no head: a
        relation, not the organisation)."""
        words = phrase.split()
        if len(words) < 3 or words[-1].lower() != head:
            return None
        inside = [m for m in self.mentions_in(offset, offset + len(phrase)) if m.label == "ORG"]
        if len(inside) != 1 or phrase[inside[0].end - offset :].split() != [words[-1]]:
            return None
        if self.body[offset : inside[0].start].strip().lower() != "the":
            return None
        return inside[0].entity_id if not self.is_person(inside[0].entity_id) else None

    def topic_person(self, phrase: str, head: str, offset: int) -> str | None:
        """ "the minister", "the 30-year-old": the one person this paragraph and the one before
        are about (the only one named as a sentence's subject), when every other person named
        there carries another title ("President Bush") and the person carries no other one.
        Never a spokesman or an official: those are other people."""
        words = phrase.lower().split()
        # "the former UN commissioner for human rights and Irish president": its qualifiers aside
        core = next((i for i, w in enumerate(words) if w in ("for", "of", "to", "at", "in", "and")), len(words))
        if not (head in TOPIC_HEADS or _AGE.fullmatch(" ".join(words))) or words[0] != "the" or core > 5:
            return None
        if len(words) > 5 and "," in phrase:
            return None  # "The Shadow Secretary of State ..., Theresa May": the phrase names someone
        start = self.paragraph_start(offset, 1)
        subjects = {eid for _, eid in self._people_between(start, offset, subjects=True)}
        # "..., Mary Robinson has said.": who spoke there is its subject too, named last or not
        if not subjects:
            subjects = {s[1] for s in self.speakers if s[1] is not None and start <= s[2] <= offset}
        # everyone named there, inside quoted claims too ("wrote to Mr X accusing him ...")
        named = {m.entity_id for m in self.mentions_in(start, offset) if m.label == "PERSON"}
        if len(subjects) != 1:
            return None
        (topic,) = subjects
        if any(
            self._modifier_or_tie(m, self._sentence_start(m.start))
            for m in self.mentions_in(start, offset)
            if m.entity_id == topic
        ):
            return None  # "His wife Sharon said ... The rock star said": the star is someone else
        # and the person must be the article's lead (named in its first paragraphs, the title soon
        # after) or the last person who spoke: "X sets out a plan. The prime minister responds"
        # is about someone else as often as not
        last_speaker = next((s[1] for s in reversed(self.speakers) if s[1] is not None), None)
        first = next((m.start for m in self.mentions if m.entity_id == topic), offset)
        lead = _paragraph_number(self.body, first) <= 2 and _paragraph_number(self.body, offset) <= 3
        if last_speaker != topic and not lead:
            return None
        if not any(
            m.entity_id == topic and (len(m.text.split()) > 1 or honorific_before(self.body, m.start))
            for m in self.mentions
        ):
            return None  # a person is introduced by full name or honorific ("Norwich have signed ...")
        self._fill_titles()
        others = {w for w in re.findall(r"\bthe\s+(\w+)", self.body[start:offset].lower()) if w in TOPIC_HEADS}
        own = set(words) | {s for w in words for s in _TITLE_SYNONYMS.get(w, ())}
        if others - own - (self._titles or {}).get(topic, set()):
            return None  # "the chancellor" nearby too: two offices in play, which one is not guessed
        self._fill_titles()
        assert self._titles is not None

        def other_title(eid: str, strict: bool = False) -> bool:
            # the topic's own titles as written with the name ("The shadow chancellor said Mr X's
            # plan ..." gives X no "shadow"); anyone else's loosely, as any word near the name
            if strict:
                self._fill_phrases()
                titles = set().union(*(self._phrases or {}).get(eid, [set()]))
            else:
                titles = set(self._titles.get(eid, set()))  # type: ignore[union-attr]
            entry = self.table.entry(eid)
            if entry is not None and entry.role:  # "Putin": the table knows him as president
                titles |= set(re.findall(r"[a-z]+", entry.role.lower()))
            titles &= TOPIC_HEADS
            return bool(titles) and not titles <= own

        if other_title(topic, strict=True) or not all(other_title(eid) for eid in named - {topic}):
            return None
        if _other_country(self, topic, phrase):
            return None
        sentence = max((m.end() for m in _SENTENCE_BOUNDARY.finditer(self.body, start, offset)), default=start)
        if any(m.entity_id == topic for m in self.mentions_in(sentence, offset)):
            return None  # "X had done it, the minister said": the minister is someone else
        return topic if self.is_person(topic) else None

    def spoke(self, draft: Draft) -> None:
        self.contents.append((draft.start, draft.end))
        self.turns.append((draft.sentence_end, draft.speaker, draft.speaker_id))
        if draft.owned:
            return  # "he hit back at Mr X's claim that ...": the next "he" is not Mr X
        if draft.speaker_id and self.is_person(draft.speaker_id):
            self.speakers.append((draft.speaker, draft.speaker_id, draft.sentence_end, None))
        elif draft.speaker_id and (gender := person_description(draft.speaker)) is not None:
            # "A Treasury spokesman": a person who speaks for the organisation; "he" goes on
            self.speakers.append((draft.speaker, None, draft.sentence_end, gender or None))
            self.speaks_for[(draft.speaker, draft.sentence_end)] = draft.speaker_id
        elif draft.speaker_id:
            self.last_group = (draft.speaker, draft.speaker_id)
            self.last_group_at = draft.sentence_end
        elif (gender := person_description(draft.speaker)) is not None:
            self.speakers.append((draft.speaker, None, draft.sentence_end, gender or None))

    def only_player(self, offset: int, club: set[str]) -> str | None:
        """ "the Sale full-back": the one person named in this paragraph and the one before (a
        coach or manager aside, and the club's words, `club`, even if taken for a person), if
        there is exactly one and no name taken for a place might be another; else None."""
        start = self.paragraph_start(offset, 1)
        if self._untyped_subject(start, offset, club):
            return None
        modifiers = {m.entity_id for m in self.mentions if normalise(m.text) in club}
        self._fill_titles()
        people = {
            m.entity_id
            for m in self.mentions_in(start, offset)
            if m.label == "PERSON"
            and m.entity_id not in modifiers
            and not ({"coach", "manager", "boss", "chairman"} & (self._titles or {}).get(m.entity_id, set()))
        }
        named = {m.entity_id for m in self.mentions_in(start, offset) if m.label == "PERSON"} - modifiers
        if len(people) != 1 or len(named) - len(people) > 1:
            return None
        (only,) = people
        return only if self.likely_person(only) else None

    def still_speaking(self, offset: int) -> str | None:
        """ "... I love it here," said Y. The tournament debutant added: ...": the named person who
        spoke in the sentence just before, in this paragraph, when no other person was named
        since (outside quotations); else None."""
        if not self.speakers:
            return None
        _, speaker_id, spoke_at, _ = self.speakers[-1]
        if speaker_id is None or not self.is_person(speaker_id) or spoke_at < self.paragraph_start(offset):
            return None
        between = self.body[spoke_at:offset].strip()
        if any(ch.isalnum() for ch in between) and not all(
            between[a : a + 1] in OPEN_QUOTES and not CANDIDATE.search(between[a:b])
            for a, b in split_sentences(between)
        ):
            return None  # narration stands between (more of the quote may)
        if any(eid != speaker_id for _, eid in self._people_between(spoke_at, offset)):
            return None
        return speaker_id

    def described_opener(self, offset: int) -> tuple[str, str] | None:
        """ "The commission, an independent body, had been asked ... But it said ...": the
        organisation a definite description opening the narration sentence just before names
        (the one organisation of the article named before it whose name ends with that word, "the
        Law Commission"), else None. What that sentence is about is what "it" continues with,
        not an organisation that spoke before it."""
        span = self._narration_before(offset)
        if span is None:
            return None
        opener = re.match(r"\s*(?:(?:But|And|Yet|So)\s+)?(The\s+([a-z]+))\b(?![’'-])", self.body[span[0] : span[1]])
        if opener is None or opener.group(2) not in _OPENER_HEADS:
            return None
        head = opener.group(2)
        named = {
            m.entity_id
            for m in self.mentions
            if m.label == "ORG"
            and m.start < span[0]
            and len(m.text.split()) > 1
            and m.text.split()[-1].lower() == head
            and not self.is_media(m.entity_id)
        }
        return (opener.group(1), named.pop()) if len(named) == 1 else None

    def other_group_before(self, offset: int, group: tuple[str, str]) -> bool:
        """Whether the narration sentence just before opens with a definite description of an
        organisation that `group` (who "it" would be) cannot be ("Under X, the Venezuelan
        government has ..." after the firm spoke): "it" may be either, so it is not settled."""
        span = self._narration_before(offset)
        if span is None:
            return False
        found = re.match(
            r"\s*(?:(?:But|And|Yet|So|However),?\s+)?(?:[A-Z][^,.]{0,50},\s+)?[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}"
            r"([a-z]+)\s+(?!of\b|for\b|at\b|in\b)[a-z]",
            self.body[span[0] : span[1]],
        )
        if found is None or found.group(1) not in _OPENER_HEADS | {"government", "authorities", "authority"}:
            return False
        head = found.group(1)
        if head in ("organisation", "organization", "group", "body"):
            return False  # "The organisation has found itself in trouble": any organisation, the one that spoke too
        if group[0].lower().split()[-1:] == [head] or normalise(group[0]).split()[-1:] == [head]:
            return False
        return not (head in _BUSINESS_HEADS and self.fits_head(group[1], group[0], head))

    def resolve_they(self, offset: int, plural: bool = True) -> tuple[str, str] | None:
        """they (or it): the organisation that spoke last, in this paragraph or the one before, if
        no other organisation (or, for "they", group) was named since; else None."""
        if self.last_group is None or self.last_group_at < self.paragraph_start(offset, 1):
            return None  # only in the paragraph where it spoke and the next
        lo = bisect.bisect_left(self._starts, self.last_group_at)
        hi = bisect.bisect_left(self._starts, offset)
        for mention in self.mentions[lo:hi]:
            if mention.label in (("ORG", "NORP") if plural else ("ORG",)) and mention.entity_id != self.last_group[1]:
                return None
        return self.last_group

    def is_media(self, entity_id: str | None) -> bool:
        """The table's outlets, and an organisation it does not know whose name says what it is
        ("Midshire Radio", "Oldtown FM", "the Borough Gazette")."""
        if not entity_id:
            return False
        entry = self.table.entry(entity_id)
        if entry is not None:
            return entry.is_media
        if entity_id not in self._media_names:
            self._media_names[entity_id] = any(
                m.entity_id == entity_id
                and m.label == "ORG"
                and (
                    _MEDIA_NAME.search(m.text)
                    or _MEDIA_NOUN_AFTER.match(self.body, m.end)
                    or self._named_after_media_noun(m)
                )
                for m in self.mentions
            )
        return self._media_names[entity_id]

    def _named_after_media_noun(self, mention) -> bool:
        """ "marketing magazine New Brand Age": the name after a media noun that no other name
        owns ("told the Grobco news agency Tarkon's exit was agreed": the noun is Grobco's)."""
        noun = _MEDIA_NOUN_BEFORE.search(self.body, max(0, mention.start - 30), mention.start)
        return noun is not None and not any(
            noun.start() - 2 <= other.end <= noun.start() for other in self.mentions_in(noun.start() - 60, noun.start())
        )

    def described_outlet(self, phrase: str, offset: int) -> str | None:
        """ "according to the magazine", "the Spanish daily", "the trade weekly": the one outlet of
        the noun's kind the passage named before (`last_outlet`), when the words between "the" and
        the noun fit a medium (a nationality, a name, a kind of press; not "the aid agency", "the
        white paper"); else None. The one reading of such a description, whoever asks."""
        found = _DESCRIBED_OUTLET.fullmatch(phrase.strip())
        if found is None or not _media_modifiers(found.group(1).split()):
            return None
        return self.last_outlet(offset, found.group(2))

    def last_outlet(self, offset: int, noun: str) -> str | None:
        """ "told the paper": the one outlet of that kind named in this paragraph and the two before,
        else None: a newspaper for "paper", "newspaper", "tabloid", "daily"; a newspaper or other
        medium for "weekly" and "magazine"; an agency for "agency"; for any other noun ("the
        station", "the programme") a broadcaster, channel or programme."""
        kinds = MEDIUM_KINDS.get(noun, BROADCAST_KINDS)
        named = set()
        for m in self.mentions_in(self.paragraph_start(offset, 2), offset):
            entry = self.table.entry(m.entity_id)
            # a medium the table does not know is of the kind its name says ("Midshire TV": a broadcaster)
            kind = entry.kind if entry is not None else ("broadcaster" if _BROADCAST_NAME.search(m.text) else None)
            if self.is_media(m.entity_id) and (kind is None or kind in kinds):
                named.add(self.table.outlet(m.entity_id))
        return named.pop() if len(named) == 1 else None

    def is_person(self, entity_id: str | None) -> bool:
        """A person by the table, else by the model's tag, else by a name the model tagged as
        something else that is a first name and a surname ("Vince Cable" taken for an ORG)."""
        if not entity_id:
            return False
        entry = self.table.entry(entity_id)
        if entry is not None:
            return entry.label == "PERSON"
        mine = [m for m in self.mentions if m.entity_id == entity_id]
        return any(m.label == "PERSON" for m in mine) or any(
            m.label == "ORG" and _person_like_name(m.text) for m in mine
        )


@dataclass
class Draft:
    paragraph: int
    start: int
    end: int
    speaker: str
    speaker_id: str | None
    verb: str
    negated: bool
    sentence_start: int
    sentence_end: int
    outlets: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    content: str = ""
    direct_quote: bool = False
    verb_at: int = -1  # body offset of the reporting verb, to drop claims nested in another's content
    gap: tuple[int, int] | None = None  # an inserted attribution (", he said,") left out of the content text
    owned: bool = False  # "X's claim that ...": a noun of saying with an owner, not a turn of X's


# --- spans and quotes ----------------------------------------------------------


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim edge punctuation, a trailing full stop and a trailing parenthetical citation."""
    while True:
        old = (a, b)
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE + ".":
            b -= 1
        tail = re.search(r"\s(?:and|but|or|as|while)$", text[a:b])
        if tail:
            b = a + tail.start()
        if b > a and text[b - 1] == ")":
            depth, i = 0, b - 1
            while i >= a:
                if text[i] == ")":
                    depth += 1
                elif text[i] == "(":
                    depth -= 1
                    if depth == 0:
                        break
                i -= 1
            if i > a and depth == 0:
                b = i
        if (a, b) == old:
            return a, b


def _reopened_and_closed(text: str) -> bool:
    """'"We will grow. "This is a start."': straight quotes that open, open again for the quote's
    next sentence (the first left unclosed, as quoted paragraphs and sentences often are) and close:
    an odd count that pairs up, nothing to follow outside `text`."""
    state, reopened = False, False
    for match in re.finditer('"', text):
        at = match.start()
        opening = at == 0 or text[at - 1].isspace() or text[at - 1] in "(["
        if opening and state:
            if text[:at].rstrip()[-1:] not in (".", "!", "?"):
                return False  # '"a "word" here': not the next sentence
            reopened = True
        elif opening:
            state = True
        elif state:
            state = False
        else:
            return False  # a close with nothing open: the quote began before `text`
    return reopened and not state


def extend_quotes(body: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """Follow an opened quote to its close (or a closed one back to its opening) within [lo, hi)."""
    text = body[a:b]
    opens, closes = text.count("“"), text.count("”")
    if opens > closes:
        close = body.find("”", b, hi)
        b = close + 1 if close != -1 else hi  # a quote left open runs to the paragraph's end
    elif closes > opens:
        opening = body.rfind("“", lo, a)
        if opening != -1:
            a = opening
    elif text.count('"') % 2 == 1 and not _reopened_and_closed(text):
        last = text.rfind('"')
        # '... to build a "national energy firm."': the odd mark opens a quotation (a space before
        # it, a word after it) that closes after the content's end, not before its start
        opening_last = (last == 0 or text[last - 1].isspace() or text[last - 1] in "([") and text[
            last + 1 : last + 2
        ].strip() != ""
        if text.lstrip().startswith('"') or opening_last:
            close = body.find('"', b, hi)
            b = close + 1 if close != -1 else hi
            if close != -1 and body[close - 1 : close].isspace():
                b = close  # '... democracy. "Next': the mark found opens the next quotation
        else:
            opening = body.rfind('"', lo, a)
            a = opening if opening != -1 else a
    return a, b


_NARRATION_THEN_QUOTE = re.compile(r"[.!?]\s+([“\"])")


def _after_narration(body: str, a: int, b: int, verb_at: int) -> int:
    """'Jane Moss runs Grobco Ltd. "We are pleased," said the chief executive': the parser kept
    the sentence before the quote (its full stop taken for an abbreviation's); the content of an
    attribution after a quote is the quote alone. Returns the content's new start."""
    if verb_at < b:
        return a
    text = body[a:b]
    found = list(_NARRATION_THEN_QUOTE.finditer(text))
    if not found:
        return a
    cut = found[-1].start(1)
    before, quote = text[:cut], text[cut + 1 :].rstrip(" ,;:")
    if any(q in before for q in OPEN_QUOTES + CLOSE_QUOTES) or not quote or quote[-1] not in CLOSE_QUOTES:
        return a
    if any(q in quote[:-1] for q in OPEN_QUOTES + CLOSE_QUOTES):
        return a  # more than one quotation: not this simple shape
    return a + cut


# "X said A, adding: “B”": the colon opens the participle's own quote, not this claim's content,
# which the participle's claim ends at the comma (see extract_parsed)
_OWN_PARTICIPLE = re.compile(r",\s+(?:adding|saying|insisting|arguing|warning|claiming|explaining|noting)\s*$")


# the article and an adjective of the speaker after a quotation's closing punctuation and quote
# mark ('"...," a crestfallen'), left in the content; not a quoted word the sentence goes on from
# ('he would "formalize" the decision soon')
_SPEAKERS_ARTICLE_AFTER_QUOTE = re.compile(r"(?:[,!?][”\"]|[”\"][,!?])\s+(?:a|an|the)(?:\s+[a-z][\w-]*){1,2}$")


def finish(draft: Draft, body: str, lo: int, hi: int) -> Draft | None:
    """Quote extension, colon-introduced quotes, outer quote marks, direct-quote flag."""
    a, b = trim(body, draft.start, draft.end)
    colon = re.search(r":\s*(?=[“\"‘])", body[a:b])
    if (
        colon
        and not any(q in body[a : a + colon.start()] for q in OPEN_QUOTES)
        and not _OWN_PARTICIPLE.search(body, a, a + colon.start())
    ):
        a = a + colon.end()
    elif colon and _OWN_PARTICIPLE.search(body, a, a + colon.start()):
        b = a + colon.start()  # the participle's quote is not this claim's to follow to its close
    a, b = extend_quotes(body, a, b, lo, hi)
    a, b = trim(body, a, b)
    if b - a < 2 or not any(ch.isalnum() for ch in body[a:b]):
        return None
    a = _after_narration(body, a, b, draft.verb_at)
    text = body[a:b]
    if text[0] in OPEN_QUOTES and (tail := _SPEAKERS_ARTICLE_AFTER_QUOTE.search(text)) is not None:
        # '"...," a crestfallen Mr Lim said': the parser took the speaker's article and adjective
        # for the quote's object; the content ends with the quote
        b = a + tail.start() + (2 if text[tail.start()] in ",!?" else 1)  # to the closing quote mark
        text = body[a:b]
    direct = text[0] in OPEN_QUOTES
    if direct:
        inner = text[1:]
        closes = [
            i
            for i, ch in enumerate(inner)
            if ch in CLOSE_QUOTES and ch != "’" and not (ch == '"' and i > 0 and inner[i - 1].isspace())
        ]  # '... notices. "It is' opens
        if len(closes) <= 1 and (not closes or closes[0] >= len(inner) - 2):
            a += 1
            if body[b - 1] in CLOSE_QUOTES:
                b -= 1
            while b > a and body[b - 1] in ",;: ":
                b -= 1
    if a <= draft.verb_at < b and not (draft.gap and draft.gap[0] <= draft.verb_at < draft.gap[1]):
        return None  # a quote that holds its own reporting verb is someone else's words about it
    draft.start, draft.end = a, b
    draft.content = body[a:b]
    if draft.gap and a < draft.gap[0] < draft.gap[1] < b:
        draft.content = body[a : draft.gap[0]].rstrip(_EDGE) + " " + body[draft.gap[1] : b].lstrip(_EDGE)
    draft.direct_quote = direct
    draft.sentence_start = min(draft.sentence_start, a)
    draft.sentence_end = max(draft.sentence_end, b)
    return draft


# --- the parse-based extractor ---------------------------------------------------


def _subject(verb):
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:  # "X's former opponent, NAME reacted": the parser may split an apposition
        named = [s for s in subjects if pos_of(s) == "PROPN"]
        return named[-1] if named else subjects[0]
    return subjects[0] if subjects else None


def _inherited_subject(verb):
    node = verb
    for _ in range(4):
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return None  # "a party expected to launch", "two men believed to be": passive, nobody speaks
        if node.dep_ == "acl" and pos_of(node.head) == "NOUN" and node.head.dep_ != "appos":
            return node.head  # "a communique stressing ...", "protests alleging ...": the noun speaks
        if (
            node.dep_ == "conj"
            and node.head.dep_ == "ccomp"
            and lemma_of(node) in REPORTING_LEMMAS
            and lemma_of(node.head.head) in REPORTING_LEMMAS
        ):
            node = node.head  # "He said X were ... but predicted ...": the speaker goes on, not X
            continue
        if (clause := _misjoined_clause(node)) is not None:
            node = clause  # "said it was a good thing to engage people ... but argued ...": as above
            continue
        if node.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep") and node.head.i != node.i:
            below, node = node, node.head
            subject = _subject(node)
            if subject is None and below.dep_ == "conj" and node.dep_ == "conj":
                # "... but his lawyer, Jo Bell, told X ... and added": the subject the verb before
                # "and" has in all but the parse
                subject = _name_before(node.doc, node)
            if subject is None and _raised_report(below, node):
                # "Mr X is alleged to have said Y", "she was reported to have told Z": the one the
                # passive is said of spoke
                subject = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if subject is None and below.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in below.children):
                # "He was advised to wait and said he had done nothing wrong": the passive's
                # subject is the one who goes on to speak
                subject = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                return subject
        else:
            break
    return None


def _misjoined_clause(verb):
    """For a reporting verb in the past tense, with no subject, that the parser joined with "and"/
    "but" to an infinitive or a gerund inside another report's clause ("X said it was a good thing
    to engage people by lowering the age but argued Y": "argued" hung on "engage"): the reported
    clause it goes on from, where a past tense can be joined; else None."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBD"
        or verb.head.tag_ not in ("VB", "VBG")
        or lemma_of(verb) not in REPORTING_LEMMAS
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    if verb.head.dep_ == "ccomp":
        return None  # joined to the reported clause's own verb: the parse is right
    node = verb.head
    for _ in range(6):
        if node.dep_ == "ccomp":  # the first clause above: the reported one, or none
            return node if node.tag_ in _FINITE_TAGS and lemma_of(node.head) in REPORTING_LEMMAS else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# passives that report what someone is said to have said ("is alleged to have said")
_RAISING_LEMMAS = {"allege", "report", "say", "understand", "think", "believe", "know", "rumour", "claim"}


def _raised_report(verb, head) -> bool:
    """Whether `verb` is a perfect infinitive of reporting under a reporting passive: "is alleged
    to have said", "was reported to have told", "is understood to have warned" with a clause or a
    quotation of its own (not "is said to have praised X for Y"; not "is expected to say": a
    future, nor "is believed to be": no speech)."""
    return (
        verb.dep_ == "xcomp"
        and lemma_of(verb) in REPORTING_LEMMAS
        and lemma_of(head) in _RAISING_LEMMAS
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
        and any(c.dep_ == "ccomp" or c.text == ":" for c in verb.children)
    )


def _speaker_from_span(
    ctx: ArticleContext,
    a: int,
    b: int,
    head_offsets: list[int] | None,
    common_noun: bool = False,
    document: bool = False,
    modifiers: Sequence[tuple[int, int]] = (),
):
    """(speaker text, id, other media ids) for the phrase body[a:b].

    `head_offsets` are the subject's head word and its appositions: an entity there is the
    speaker. A common-noun head ("the founder of the channel") with no such entity is a
    speaker without id; the names inside it are not the speaker.
    """
    found = [
        m
        for m in ctx.mentions_in(a, b)
        if m.label in ("PERSON", "ORG", "PLACE", "NORP") and not _described_person(ctx.body, m.start, m.text)
    ]
    at_heads = [ctx.mention_at(o) for o in head_offsets or []]
    # the head word itself may name an organisation; an apposition counts only if it is a person
    heads = [
        m
        for i, m in enumerate(at_heads)
        if m is not None
        and m in found
        and m.label != "NORP"
        and (
            i == 0
            or m.label == "PERSON"
            # "market analysts Trendwick": an organisation in apposition without a comma
            or (m.label == "ORG" and head_offsets and not re.search(r"[,(]", ctx.body[head_offsets[0] : m.start]))
        )
    ]
    persons = [m for m in found if m.label == "PERSON"]
    chosen = None
    if heads:
        chosen = next((m for m in heads if m.label == "PERSON"), heads[0])
    elif common_noun:
        # "Lukashenko's former opponent, Sviatlana Tsikhanouskaya": the name closing the phrase
        tail = persons[-1] if persons else None
        chosen = tail if tail is not None and tail.end >= b - 1 and "," in ctx.body[a : tail.start] else None
        if chosen is None and document:
            # "the NAO report", "figures from the Office for National Statistics": its author;
            # a survey "by X and Y" has two, and neither alone is the speaker
            # ("a YouGov poll in the Daily Telegraph": the paper is where it was published)
            makers = [m for m in found if m.label == "ORG" and not ctx.is_media(m.entity_id)] or [
                m for m in found if m.label == "ORG"
            ]
            authors = {m.entity_id for m in makers}
            chosen = makers[0] if len(authors) == 1 else None
    elif persons:
        chosen = persons[-1]
    else:
        # "Governor Pym of Utah said", the name untagged: Utah, in a modifier of the head, is not who spoke;
        # "according to a US research think-tank", "the UK Internet Forum (UKIF)": neither is the
        # place that only modifies the words after it
        candidates = [
            m for m in found if m.label in ("ORG", "PLACE") and not any(x <= m.start < y for x, y in modifiers)
        ]
        chosen = next((m for m in candidates if not _place_modifier(ctx, m, b)), None)
        skipped = [m for m in candidates if chosen is None or m.start < chosen.start]
        if skipped and chosen is not None and not _named_after_place(ctx, skipped[-1], chosen, b):
            return ctx.body[a:b].strip(_EDGE), None, [m.entity_id for m in found if ctx.is_media(m.entity_id)]
    others = [m.entity_id for m in found if m is not chosen and ctx.is_media(m.entity_id)]
    if chosen is None:
        return None, None, others
    if chosen.label in ("ORG", "PLACE") and _longer_name(ctx, a, chosen):
        # "The Law Lords said" with only "Lords" recognised: a longer name than the entity, whose
        # entity is not known; the phrase is shown as written, without a guessed id
        return ctx.body[a:b].strip(_EDGE), None, others
    return chosen.text, chosen.entity_id, others


# what a person is to another, written between a possessive and a name ("Smith's Leeds
# counterpart Tom Pell", "the firm's chief executive Jo Bell")
_TIE_WORDS = (
    TITLE_WORDS
    | PEOPLE_ROLE_NOUNS
    | PLAYER_ROLES
    | {"counterpart", "team-mate", "teammate", "rival", "partner", "successor", "predecessor", "assistant"}
    | {"ally", "friend", "colleague", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister"}
)


# what someone said, as the subject of "was": "His message to the chancellor was: ..."
_SPEECH_NOUNS = {"message", "comment", "comments", "words", "response", "reply", "answer", "verdict", "advice"}


# what a person issues in their own name: "Mr Bell's statement said" is Mr Bell's words
_PERSONAL_DOCUMENTS = {"statement", "letter", "memo", "message", "communique", "communiqué"}


def _office_word(word: str) -> bool:
    """ "secretary-general", "chief", "chairman": a word that names a person by their office
    or role (its first part for a hyphenated office)."""
    word = word.strip(_EDGE).lower()
    first = word.split("-")[0]
    return (word in PERSON_DESCRIPTIONS or word in PERSON_NOUNS or first in JOB_TITLES) and word not in (
        "general",
        "vice",
        "deputy",
        "acting",
        "former",
        "senior",
        "junior",
        "interim",
    )


def _nationality(phrase: str) -> bool:
    """ "the Frenchman", "The Russian": a person described only by where they are from."""
    words = phrase.lower().split()
    if len(words) == 3 and phrase.split()[1][:1].isupper() and words[2] in NATIONALITIES:
        return words[0] == "the"  # "the New Zealander"
    return len(words) == 2 and words[0] == "the" and words[1] in NATIONALITIES


def _described_person(body: str, start: int, text: str) -> bool:
    """ "the Frenchman", "the Dutchwoman": a person described by what they are, whatever the
    model tagged the word as; never an entity of that name."""
    return is_person_noun(text) and body[max(0, start - 4) : start].lower() == "the "


# what may follow a place that is the phrase's own head ("the US and Japan", "Britain, which")
_AFTER_PLACE_HEAD = re.compile(r"\s*(?:$|[,;:(\u2013\u2014-]\s|(?:and|or|but|which|who|that|as|in|on|at|of|from)\b)")


def _place_modifier(ctx: ArticleContext, mention: Mention, end: int) -> bool:
    """Whether the place `mention` only modifies the words after it, up to `end`, in its phrase: "a
    US research think-tank", "the UK's leading critics", "UK-based journal X"; before a capitalised
    word ("UK Coal", "UK Internet Forum") only a place the entity table knows (a name the model
    took for a place, "Laah Chong-gyu", is no modifier)."""
    if mention.label != "PLACE":
        return False
    rest = ctx.body[mention.end : end]
    if rest[:2] in ("'s", "’s") or rest[:1] == "-":
        return True
    if not re.match(r"\s+[\w’'-]", rest) or _AFTER_PLACE_HEAD.match(rest):
        return False
    return rest.lstrip()[:1].islower() or ctx.table.entry(mention.entity_id) is not None


def _named_after_place(ctx: ArticleContext, place: Mention, chosen: Mention, end: int) -> bool:
    """Whether `chosen`, after a place that only modifies the phrase, is the phrase's name: the
    name itself ("US research firm Grobco", "the UK Web Forum (UKWF)"), not a name cut short
    ("UK Coal" with only "Coal" tagged, "Pelham Internet and Tarbury Life" with a part tagged) nor
    one more modifier ("the CGA consultancy Jo Bell")."""
    between = ctx.body[place.end : chosen.start]
    if not between.strip():
        return False  # "UK Coal": the place opens the name
    if not between.rstrip().endswith("(") and re.search(r"\s[A-Z]", between):
        return False  # capitalised words no mention covers: a longer name than the entity
    return not re.search(r"[A-Z]", ctx.body[chosen.end : end])  # "the Grobco newspaper" is Grobco


def _longer_name(ctx: ArticleContext, a: int, mention: Mention) -> bool:
    """Whether a capitalised word that no mention covers stands right before `mention` inside
    the phrase starting at `a` ("Law" in "The Law Lords"): the name goes on beyond the entity."""
    before = re.search(r"([A-Z][\w’'-]*)\s+$", ctx.body[a : mention.start])
    if before is None:
        return False
    word = before.group(1)
    if (
        word.lower() in _DETERMINERS
        or word.lower() in TITLE_WORDS
        or word.lower() in _DESIGNATOR_WORDS
        or word.isupper()
        or word.endswith(("'s", "’s"))
        or first_name_gender(word) is not None  # "Cormac Murphy-O'Connor": a person's name, cut
    ):
        return False  # "News Agency Interfax", "Russia's Gazprom": the entity is the name itself
    at = a + before.start(1)
    return ctx.mention_at(at) is None and at != ctx.paragraph_start(at)


# prepositions that open a circumstance of the sentence, never part of a speaker's name
_CIRCUMSTANCE = {"with", "amid", "despite", "after", "following", "while"}


def _subject_last(subject):
    """The subject phrase's last token, without a relative clause or participle hung on it
    ("Mr Balls, who left the Treasury, ...": the Treasury is not the speaker)."""
    last = subject
    doc = subject.doc
    inverted = subject.head.i < subject.i and doc[subject.head.i - 1].text in (",", *CLOSE_QUOTES)
    for child in subject.children:
        if child.i > subject.i and child.dep_ not in ("relcl", "acl", "punct", "cc"):
            if inverted and child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE and doc[child.i - 1].text == ",":
                continue  # "..., said the survey, with 40% choosing it": the phrase goes on with the content
            last = max(last, child.right_edge, key=lambda t: t.i)
    # "A spokesman for the Association of X (Apacs) which represents Y": a relative clause hung
    # deeper in a long phrase ends it too (only where the phrase is too long to be a speaker
    # otherwise: a shorter "the judge in the case" is then resolved as a description, and wrongly)
    clause = next((t for t in subject.doc[subject.i + 1 : last.i + 1] if t.dep_ == "relcl"), None)
    words = sum(not t.is_punct for t in subject.doc[subject.left_edge.i : last.i + 1])
    if clause is not None and clause.left_edge.i > subject.i + 1 and words > 10:
        cut = clause.left_edge.i - 1
        while subject.doc[cut + 1].text in ')”"’' and cut + 1 < clause.i:
            cut += 1  # a closing bracket the parser hung on the clause
        while cut > subject.i and subject.doc[cut].dep_ == "punct" and subject.doc[cut].text not in ')”"’':
            cut -= 1
        last = subject.doc[cut]
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ")" and "(" in doc[subject.left_edge.i : last.i + 1].text:
        last = doc[last.i + 1]  # "... of Wessex (FTBM)": the bracket the phrase opened
    return last


def _clause_subject(noun):
    """The subject of the clause a noun belongs to ("Apple uses AAC, which ...": Apple)."""
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if pos_of(node) in ("VERB", "AUX"):
            subject = _subject(node)
            if subject is not None:
                return subject
    return None


def _inverted_speaker(doc, verb, subject):
    """ "..., which appeal to gamers, said a panel of experts.": after a comma, the noun phrase
    that follows "said" and closes the sentence is the speaker, when the parser took it for the
    object and a noun of the content for the subject."""
    if subject.i > verb.i or verb.i == 0 or doc[verb.i - 1].text not in (",", *CLOSE_QUOTES):
        return None
    after = next((c for c in verb.children if c.i == verb.i + 1 or c.left_edge.i == verb.i + 1), None)
    if (
        after is None
        or after.dep_ not in ("dobj", "attr")
        or pos_of(after) not in ("NOUN", "PROPN")
        or after.ent_type_ in ("DATE", "TIME")
    ):
        return None  # "..., said last year." is no speaker
    rest = doc[after.right_edge.i + 1 :]
    return after if all(t.is_punct for t in rest) else None


def _attributing_it(doc, verb, subject, organisation_named: bool = True) -> bool:
    """ "Sales fell, it said." / '"...," it added.' / 'It added: "..."': "it" is the subject of a
    speech verb that closes a sentence after its clause, or opens a quote with a colon. Then the
    words are a statement even when no organisation is there for "it" to name (not "it says a lot
    that ...", where "it" is no speaker). So is a clause that opens "It said (that) X", "It has
    warned that X", "It told the Post (that) X" or "..., when it warned X": the verb's clause is what
    was said, whoever "it" is; also "It also said X" and "..., it warned." ("..., it has confirmed."
    only when `organisation_named`: an organisation was named before for "it" to be)."""
    if subject.lower_ == "it" and _opening_it_clause(doc, verb, subject):
        return True
    if subject.lower_ != "it" or subject.i >= verb.i:
        return False
    rest = doc[verb.i + 1 :]
    if (
        lemma_of(verb) in _CLOSING_IT_LEMMAS
        # "..., it has confirmed.": only with an organisation named before for "it" to be
        and (subject.i == verb.i - 1 or organisation_named)
        and all(t.lower_ in ("has", "had") for t in doc[subject.i + 1 : verb.i])
        and any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
    ):
        return all(t.is_punct for t in rest)  # "..., it warned.", "..., it has confirmed.": the clause before
    if subject.i != verb.i - 1 or lemma_of(verb) not in ("say", "add"):
        return False
    if any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children):
        return all(t.is_punct for t in rest)
    if (
        lemma_of(verb) == "add"
        and subject.i == doc[0].i
        and len(rest) > 3
        and rest[0].lower_ == "that"
        and rest[0].dep_ == "mark"
    ):
        return True  # "It added that ...": a clause of speech, as after "It added:"
    return len(rest) > 2 and rest[0].text == ":" and rest[1].text in OPEN_QUOTES and subject.i == doc[0].i


# reporting verbs that close a sentence after their clause with "it" as subject ("..., it warned.")
_CLOSING_IT_LEMMAS = {"say", "add", "warn", "predict", "claim", "argue", "insist", "admit", "confirm", "stress"}
_CLAUSE_OPENERS = {"when", "after", "as", "before", "since", "until"}


def _opens_clause(doc, verb, subject) -> bool:
    """Whether `subject` opens its sentence ("It said ..."), comes right after a fronted time,
    place or conjunction of the same verb ("Last week, it denied ...", "But it said ..."), or opens
    a "when"/"after" clause ("..., when it warned ...")."""
    first = doc[0].i
    if subject.i == first:
        return True
    opener = doc[subject.i - 1]
    if opener.lower_ in _CLAUSE_OPENERS and opener.head.i == verb.i and verb.dep_ == "advcl":
        return True
    fronted = [c for c in verb.children if c.i < subject.i and c.i != subject.i]
    return (
        verb.dep_ == "ROOT"
        and all(c.dep_ in ("advmod", "npadvmod", "prep", "cc", "punct", "advcl") for c in fronted)
        and sum(len(list(c.subtree)) for c in fronted) == subject.i - first
    )


def _opening_it_clause(doc, verb, subject, said: bool = True) -> bool:
    """ "It said it was hopeful ...", "It has warned that ...", "It told the Post (that) ...",
    "..., when it warned it was ...": "it" opens its clause (`_opens_clause`), then a
    reporting verb (after auxiliaries, no modal, passive or "not"), then at once the clause said (a
    "tell" after its addressee), a clause with a subject of its own."""
    if subject.i >= verb.i or any(
        (t.dep_ != "aux" or t.lower_ in MODAL_SKIP) and t.lower_ not in _SAYING_ADVERBS
        for t in doc[subject.i + 1 : verb.i]
    ):
        return False
    return _opens_clause(doc, verb, subject) and (not said or _said_clause_follows(verb))


# adverbs of time or addition that may stand between "it" and its reporting verb ("It also said
# that ...", "it later warned it was ..."): no doubt or negation ("never", "reportedly")
_SAYING_ADVERBS = {"also", "later", "previously", "earlier", "then", "further", "now", "already", "recently"}
_SAYING_ADVERBS |= {"subsequently", "separately", "repeatedly", "again"}


# "It found that ...", "In a survey, it discovered that ...": a finding, reported like a statement
_FINDING_LEMMAS = {"find", "discover"}


def _said_clause_follows(verb) -> bool:
    """A reporting verb (not modal, passive or negated) followed at once by the clause said (a
    "tell" by its addressee first), a clause with a subject of its own."""
    lemma = lemma_of(verb)
    if lemma not in REPORTING_LEMMAS:
        lemma = lemma_of_document(verb) or lemma
    if lemma not in REPORTING_LEMMAS | _FINDING_LEMMAS or lemma in FOR_LEMMAS:
        return False
    if any(c.dep_ in ("auxpass", "neg") or (c.dep_ == "aux" and c.lower_ in MODAL_SKIP) for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return (
        clause is not None
        and clause.left_edge.i == (objects[-1].right_edge.i if objects else verb.i) + 1
        and (lemma == "tell") == bool(objects)
        and (lemma not in _FINDING_LEMMAS or clause.left_edge.lower_ == "that")  # not "it found them tired"
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    )


def _fronted_title_name(doc, verb):
    """ "At a summit in Leeds Mr Bell said ...": with no comma after the fronted phrase, the parser
    takes the titled name right before the verb for the phrase's object and leaves the verb with
    no subject. That name ("Mr Bell", a title then a proper noun) is the subject."""
    if verb.i == 0:
        return None
    name = doc[verb.i - 1]
    if name.dep_ != "pobj" or name.tag_ != "NNP" or name.head.head.i == verb.i:
        return None
    title = next((c for c in name.children if c.dep_ == "compound" and c.text in _HONORIFIC_WORDS), None)
    if title is None or any(t.head.i != name.i for t in doc[title.i : name.i]):
        return None
    place = [c for c in name.children if c.i < title.i]
    if place:
        # "in California Mr Torvalds": the words before the title close the fronted phrase; the
        # parse is mended so that the speaker's span is the titled name alone
        place[-1].head, place[-1].dep_ = name.head, "pobj"
        for other in place[:-1]:
            other.head = place[-1]
    name.head, name.dep_ = verb, "nsubj"
    return name


def _speaker_before_colon_quote(doc, verb):
    """'The defender added on Harbour Radio: "We ..."': a past "added"/"said" right after the noun
    phrase that opens the sentence, its phrase closed by a colon and a quote, which the parser took
    for a participle of that noun ("the defender added on ..."). The noun speaks."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lower_ not in ("added", "said", "continued", "explained"):
        return None
    noun = verb.head
    end = verb.right_edge.i
    if (
        noun.i != verb.i - 1
        or noun.left_edge.i != 0
        or pos_of(noun) not in ("NOUN", "PROPN")
        or end + 2 >= len(doc)
        or doc[end + 1].text != ":"
        or doc[end + 2].text not in OPEN_QUOTES
    ):
        return None
    return noun


def _fronted_clause_appos(doc, verb):
    """ "When asked if X would seek damages from Acme, the firm's chief executive Tom Pell said:
    ...": after a fronted clause and its comma, the parser takes the speaker's phrase for an
    apposition (or a conjunct) of the clause's last noun and leaves the verb with no subject. That phrase,
    right before the verb, is the subject (mended)."""
    if verb.i < 3:
        return None
    phrase = doc[verb.i - 1]
    first = phrase.left_edge.i
    if (
        phrase.dep_ not in ("appos", "conj")
        or phrase.right_edge.i != verb.i - 1
        or first < 2
        or doc[first - 1].text != ","
    ):
        return None
    if phrase.dep_ == "conj" and any(c.dep_ == "cc" for c in phrase.head.children):
        return None  # "... from Acme and Globex said": a list, not a phrase hung on the wrong noun
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < first), None)
    if clause is None or not (clause.left_edge.i <= phrase.i <= clause.right_edge.i):
        return None  # the phrase is not inside the fronted clause the verb governs
    phrase.head, phrase.dep_ = verb, "nsubj"
    return phrase


def _inverted_name(doc, verb):
    """'"...," added Grobco's Tom Pell.': a finite "said"/"added" after a comma (or a quote closed
    on one) with no subject, and a name after it that closes the sentence: that name speaks
    (not "..., adding 10 points", nor 'X said the plan "adds useful links"')."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    before = doc[verb.i - 1].text
    if before != "," and not (before in CLOSE_QUOTES and doc[verb.i - 2].text in (",", "!", "?")):
        return None
    named = _inverted_speaker(doc, verb, doc[0])
    if named is not None and pos_of(named) == "NOUN" and before in CLOSE_QUOTES:
        # '"...," added the researcher.': after a closed quote, a described speaker too (the
        # parser takes it for the object of "added", never of "said")
        first = named.left_edge
        return named if first.lower_ in ("the", "a", "an") and first.i == verb.i + 1 else None
    return named if named is not None and pos_of(named) == "PROPN" else None


def _name_after(doc, verb):
    """ "For instance, said Mr Pell, prices are ...": a name (proper nouns, an honorific) right after
    an inserted "said" that has no subject, closed by a comma or the sentence's end: the speaker."""
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    i = verb.i + 1
    while i < len(doc) and pos_of(doc[i]) == "PROPN":
        i += 1
    if i == verb.i + 1 or (i < len(doc) and doc[i].text not in (",", ".")):
        return None
    name = doc[i - 1]
    if name.right_edge.i > i:
        # "Often, said Mr Pell, the data was lost": the parser took the name for the subject of
        # the clause after it, that clause's own subject for the name's apposition; mended
        appos = next((c for c in name.children if c.dep_ == "appos" and c.left_edge.i == i + 1), None)
        clause = name.head
        if (
            appos is None
            or name.dep_ != "nsubj"
            or clause.dep_ != "ccomp"
            or clause.head.i != verb.i
            or any(c.i > name.i and c.i != appos.i and c.dep_ != "punct" for c in name.children)
        ):
            return None  # the parser hung more than the name on it
        appos.head, appos.dep_ = clause, "nsubj"
        name.head, name.dep_ = verb, "nsubj"
    return name


def _name_before(doc, verb):
    """A proper noun right before a verb that the parser left without subject, after "but",
    "and" or "while" ("... will line up but Wenger is confident ..."): that name is the subject."""
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i == verb.i:
        i -= 1
    if i >= 2 and doc[i].text == "," and doc[i - 1].dep_ == "appos" and pos_of(doc[i - 1]) == "PROPN":
        # "X claimed ... but his lawyer, Jo Bell, told ...", the lawyer parsed as part of X's
        # content: the noun phrase after "but" whose name stands in apposition before the verb
        noun = doc[i - 1].head
        first = noun.left_edge.i
        if (
            pos_of(noun) == "NOUN"
            and noun.i < i - 1
            and first > 0
            and doc[first - 1].lower_ in ("but", "while", "whereas")
            and doc[i - 1].right_edge.i == i - 1
        ):
            return noun
        return None
    if i > 1 and pos_of(doc[i]) == "PROPN" and doc[i].head.i == verb.i and doc[i].dep_ in ("compound", "npadvmod"):
        # "It could hurt small firms, Acme predicts.": the name after the comma closing the
        # verb's clause, parsed as a compound of the verb
        j = doc[i].left_edge.i
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < j), None)
        if (
            j > 1
            and doc[j - 1].text == ","
            and clause is not None
            and clause.right_edge.i >= j - 2
            and all(pos_of(t) == "PROPN" for t in doc[j : i + 1])
        ):
            return doc[i]
        return None
    if i < 1 or pos_of(doc[i]) != "PROPN" or doc[i].head.i == verb.i:
        return None
    prep = doc[i].head
    if (
        doc[i].dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.i == verb.i
        and prep.lower_ != "according"
        and all(t.dep_ in ("cc", "advmod", "punct") for t in doc[: prep.i])
        and doc[i].right_edge.i == i
        and not any(t.text == "," for t in doc[prep.i : i])
    ):
        # "Despite this Danish security lab F-Guard said ...", no comma after the opening phrase:
        # the name closing it, right before the verb, is the verb's subject
        return doc[i]
    j = i
    while j > 0 and pos_of(doc[j - 1]) == "PROPN":
        j -= 1
    if j > 0 and doc[j - 1].lower_ in ("but", "and", "while", "whereas"):
        return doc[i]
    # "..., President Musharraf of Pakistan has said during a visit.": the name after the comma
    # closing the verb's clause, parsed as an apposition inside it ("of Pakistan" its own)
    name_end = i
    if j > 2 and doc[j - 1].lower_ == "of" and pos_of(doc[j - 2]) == "PROPN":
        name_end = j - 2
        j -= 1
        while j > 0 and pos_of(doc[j - 1]) == "PROPN":
            j -= 1
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < j), None)
    if j > 1 and doc[j - 1].text == "," and clause is not None and clause.right_edge.i >= j - 2:
        return doc[name_end]
    return None


def _name_before_relative(doc, verb):
    """ "But Pell, who signed for Leeds's rivals Hull, told the BBC ...": a name opening the
    sentence, then a relative clause between commas right before a verb that the parser left
    without subject (it took a word of the clause for a verb of its own). The name is the subject
    (mended)."""
    if verb.i < 5 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    start = 0
    while start < verb.i and (doc[start].dep_ == "cc" or doc[start].lower_ in ("but", "and", "yet", "however", ",")):
        start += 1
    end = start
    while end < verb.i and pos_of(doc[end]) == "PROPN":
        end += 1
    if end == start or end + 2 >= verb.i - 1 or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    between = doc[end + 2 : verb.i - 1]
    if any(t.text in (";", ":", "?", "!", "(", ")") or t.lower_ in ("who", "said", "says") for t in between):
        return None
    name = doc[end - 1]
    if name.head.i == verb.i:
        return None
    name.head, name.dep_ = verb, "nsubj"
    return name


def _stance(verb) -> str | None:
    """ "make clear" ("made it clear he would stay") and "be confident" ("is confident they will
    cope"): a verb and an adjective that state a claim when a clause follows them."""
    word = verb.lower_
    if word in ("make", "makes", "made", "making"):
        clear = next((c for c in verb.children if c.lower_ == "clear"), None)
        if clear is not None and any(
            t.dep_ == "ccomp" or t.dep_ == "advcl" for t in (*clear.children, *verb.children) if t.i > clear.i
        ):
            return "make clear"
        doc = verb.doc
        following = [t.lower_ for t in doc[verb.i + 1 : verb.i + 3]]
        if (following[:1] == ["clear"] or following == ["it", "clear"]) and any(
            c.dep_ == "ccomp" and c.i > verb.i + len(following) for c in verb.children
        ):
            return "make clear"  # "made (it) clear exchange rates had not ...": "clear" parsed inside the clause
    elif word in ("is", "was", "are", "were", "be", "been", "'s", "remains", "remained"):
        adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in STANCE_ADJECTIVES), None)
        if adjective is not None and any(
            t.dep_ == "ccomp" and t.i > adjective.i for t in (*adjective.children, *verb.children)
        ):
            return "be confident"
    elif word in STANCE_ADJECTIVES and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        # "He is convinced Grobco will win": the parser reads a passive "convinced"
        if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return "be confident"
    return None


_NAMING_FORMS = {
    "call": ("call", "calls", "called", "calling"),
    "brand": ("brand", "brands", "branded", "branding"),
    "label": ("label", "labels", "labelled", "labeled", "labelling", "labeling"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "dismiss": ("dismiss", "dismisses", "dismissed", "dismissing"),
    "hail": ("hail", "hails", "hailed", "hailing"),
}
# "sees the ban as politically driven", "regards him as the best": a view held now, stated with
# its "as" (a present third person only: "I see", "saw him as" are too often the author's story)
_VIEW_FORMS = {"sees": "see", "regards": "regard", "views": "view"}
# "branded the plan as unworkable", "dismissed the claims as meaningless": a verb that names its
# object "as" an adjective states a view with no quotation ("dismissed him as manager" does not)
_AS_ADJECTIVE_NAMING = {"brand", "label", "dismiss"}


def _likened(verb) -> bool:
    """ "Mr X likened the plan to the way the internet grew": a comparison its subject draws, a
    view stated (a finite verb with a subject, an object and its "to"; not "for likening him to",
    "a professor likened to Indiana Jones", "the plan, which he has likened to ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        verb.lower_ in ("likened", "likens")
        and verb.tag_ in ("VBD", "VBZ")
        and subject is not None
        and subject.lower_ not in ("which", "that", "who", "what")
        and thing is not None
        and any(t.dep_ == "prep" and t.lower_ == "to" for t in (*verb.children, *thing.subtree) if t.i > thing.i)
    )


def _naming(doc, verb) -> str | None:
    """ "called Labour "a brilliant machine"", "branded the hours as a "leap in the dark"": a verb
    that names its object with a quoted phrase states a view; "called for calm", "called a
    meeting" (no quotation) do not."""
    word = verb.lower_
    if (
        word in _VIEW_FORMS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("neg", "aux", "mark") for c in verb.children)  # not "whether he sees"
        and _as_complement(verb) is not None
    ):
        return _VIEW_FORMS[word]
    if _likened(verb):
        return "liken"
    lemma = next((lemma for lemma, forms in _NAMING_FORMS.items() if word in forms), None)
    if lemma is None or any(
        c.dep_ in ("prt", "agent", "auxpass", "nsubjpass")
        or (c.i == verb.i + 1 and c.lower_ in ("for", "on", "off", "in", "up"))
        for c in verb.children
    ):
        return None  # "called for calm", "called on ministers", "called off", "was dubbed X"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "prep", "attr")]
    if not any(c.dep_ in ("dobj", "oprd") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    ):
        return None  # "a man called Smith", "the so-called ..."
    end = max(t.right_edge.i for t in objects) + 1
    span = doc[verb.i + 1 : end].text
    if any(q in span for q in '“"‘'):
        return lemma if lemma != "dismiss" or _as_complement(verb) is not None else None
    complement = _as_complement(verb) if lemma in _AS_ADJECTIVE_NAMING else None
    return lemma if complement is not None and complement.tag_ in ("JJ", "JJR", "JJS") else None


def _personal(ctx: ArticleContext, subject, offset: int) -> bool:
    """Whether a subject names a person ("Mr Bell", "Ann Bell", "he"): a view "sees X as Y" is a
    person's stance; "Labour sees ...", "Government policy sees ..." are the author's reading."""
    if subject.lower_ in PERSON_PRONOUNS:
        return True
    named = ctx.mention_at(offset + subject.idx)
    return named is not None and named.label == "PERSON"


def _as_complement(verb):
    """The word after the "as" that follows the verb's object ("dismissed the plan as <meaningless>"),
    whichever way the parser hung the "as" (on the verb or on the object)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    doc = verb.doc
    after = obj.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].lower_ == "as":
        following = doc[after + 1]
        return doc[after + 2] if following.text in '“"‘' and after + 2 < len(doc) else following
    return next(
        (
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ in ("pobj", "amod")
        ),
        None,
    )


# what a speaker does to someone after reporting ("said X but defended Y"): the parser hangs the
# verb on the reported clause, but the speaker does it
SPEAKER_ACTS = {
    "defend",
    "praise",
    "criticise",
    "criticize",
    "attack",
    "reject",
    "dismiss",
    "welcome",
    "condemn",
    "urge",
    "thank",
    "blame",
    "accuse",
    "congratulate",
    "applaud",
    "rebuke",
}


def _source_head(head: str) -> bool:
    """Whether "according to the HEAD" names a source ("the panel", "industry experts")."""
    singular = head[:-1] if head.endswith("s") else head
    return (
        head in SOURCE_NOUNS
        or singular in SOURCE_NOUNS
        or head in DOCUMENT_NOUNS
        # "according to the firm", "according to the trade weekly": the organisation or paper before
        or singular in COMPANY_HEADS
        or singular in MEDIA_NOUNS
    )


def _paragraph_number(body: str, offset: int) -> int:
    """How many paragraph breaks come before `offset` (the headline is paragraph 0)."""
    return len(re.findall(r"\n+", body[:offset]))


_CONCESSIVE = {"although", "though", "while", "whereas", "whilst"}


def _without_speakers_act(doc, verb, piece: tuple[int, int]) -> tuple[int, int]:
    """The content cut before "but defended ...", "and praised ...": a subjectless verb of
    SPEAKER_ACTS coordinated with the reported clause is the speaker's own act."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for conj in clause.children:
            if conj.dep_ != "conj" or conj.i < clause.i or any(t.dep_.startswith("nsubj") for t in conj.children):
                continue
            word = conj.lower_
            stem = next((word[: -len(s)] for s in ("ed", "d", "s") if word.endswith(s)), word)
            if not ({word, stem, stem + "e"} & SPEAKER_ACTS):
                continue
            cc = next((t for t in clause.children if t.dep_ == "cc" and clause.i < t.i < conj.i), None)
            cut = (cc or conj).idx
            if piece[0] < cut < piece[1]:
                end = cut
                while end > piece[0] and (doc.text[end - 1].isspace() or doc.text[end - 1] == ","):
                    end -= 1
                return piece[0], end
    return piece


_ISSUING = {"issued", "released", "published", "gathered", "compiled", "collected", "produced", "prepared"}


def _issued_by(ctx: ArticleContext, subject, offset: int) -> Mention | None:
    """ "a statement issued on behalf of X", "figures gathered by X": the one person or
    organisation (no outlet) a participle of issuing hung on the document names after "by" or
    "on behalf of", else None."""
    for child in subject.children:
        if child.dep_ != "acl" or child.lower_ not in _ISSUING:
            continue
        span = ctx.body[offset + child.idx : offset + child.right_edge.idx + len(child.right_edge)]
        agent = re.match(r"\w+\s+(?:by|on\s+behalf\s+of)\s+", span)
        if agent is None:
            return None
        at = offset + child.idx + agent.end()
        named = [
            m
            for m in ctx.mentions_in(at, offset + child.right_edge.idx + len(child.right_edge))
            if m.label in ("PERSON", "ORG") and not ctx.is_media(m.entity_id)
        ]
        if len({m.entity_id for m in named}) == 1 and named[0].start == at:
            return named[0]
        return None
    return None


def _named_after_one(ctx: ArticleContext, subject, offset: int) -> Mention | None:
    """The person named right after the comma closing "one of X" ("one of the brothers, Tom
    Pell, said"), if any."""
    last = subject.right_edge
    end = offset + last.idx + len(last)
    comma = re.match(r",\s+", ctx.body[end : end + 4])
    mention = ctx.mention_at(end + comma.end()) if comma is not None else None
    return mention if mention is not None and mention.label == "PERSON" else None


def _coordinated(ctx: ArticleContext, subject, offset: int) -> bool:
    """Whether the subject names several speakers ("X and Y"), not one name with "and" in it."""
    own = ctx.mention_at(offset + subject.idx)
    for child in subject.children:
        if subject.lower_ in JOB_TITLES and child.lower_ in JOB_TITLES:
            continue  # "Grobco president and chief executive Jane Moss": one person, two titles
        if child.dep_ == "conj" and pos_of(child) in ("PROPN", "NOUN", "PRON"):
            if not any(t.dep_ == "cc" or t.lower_ in ("and", "or", "&") for t in subject.subtree):
                continue  # "The head of X, Acting Chief Superintendent, Jo Bell": one person's titles
            if any(c.dep_ == "poss" and pos_of(c) == "PROPN" and c.i < child.i for c in child.children):
                continue  # "Ernst and Young's Jo Bell": the firm's person, not two speakers
            if own is None or not (own.start <= offset + child.idx < own.end):
                return True
    return False


def _governing_person(ctx: ArticleContext, pronoun, offset: int) -> tuple[str, str] | None:
    """ "Mr Blair praised his chancellor for ..., which he said was ...": a pronoun that is the
    subject of a reporting verb embedded in a clause whose subject is a named person before it
    is that person, if the pronoun fits them. None when the clause above has another subject or
    none, or the attribution is inserted ("Jones, he said, was wrong": Jones is the content)."""
    node = pronoun.head
    for _ in range(10):
        if node.dep_ in ("ROOT", "parataxis") or node.head.i == node.i:
            return None
        node = node.head
        if pos_of(node) not in ("VERB", "AUX"):
            continue
        subject = _subject(node)
        if subject is None:
            continue
        if subject.i > pronoun.i:
            return None
        mention = ctx.mention_at(offset + subject.idx)
        if (
            mention is None
            or mention.label != "PERSON"
            or not ctx._fits(mention.entity_id, pronoun.lower_)
            or not ctx.likely_person(mention.entity_id)
        ):
            return None
        return mention.text, mention.entity_id
    return None


def _speaker(ctx: ArticleContext, subject, offset: int, sentence_start: int, continuing: bool = False):
    """Resolve a subject token: pronouns to the last named speaker, phrases to an entity.
    `continuing`: the verb says the speaker goes on ("added", "continued")."""
    lower = subject.lower_
    if lower in PERSON_PRONOUNS | {"they", "it"} and any(
        c.dep_ == "conj" and pos_of(c) in ("PROPN", "NOUN", "PRON") for c in subject.children
    ):
        # "Both he and Tom Pell have admitted ...": several speakers together, none of them alone
        last = subject.right_edge
        phrase = ctx.body[offset + subject.left_edge.idx : offset + last.idx + len(last)].strip(_EDGE)
        return (phrase, None, []) if phrase and len(phrase.split()) <= 12 else None
    if lower in PERSON_PRONOUNS:
        governing = _governing_person(ctx, subject, offset)
        if governing is not None:
            return governing[0], governing[1], []
        resolved = ctx.resolve_pronoun(sentence_start, lower, offset + subject.idx)
        if resolved is None:
            return unresolved(subject.text), None, []
        return resolved[0], resolved[1], []
    if lower == "they":
        resolved = ctx.resolve_they(sentence_start)
        return (resolved[0], resolved[1], []) if resolved else (unresolved(subject.text), None, [])
    if lower == "it":  # "..., it said": the organisation that just spoke, else the one named
        resolved = ctx.described_opener(sentence_start)
        if resolved is None and (resolved := ctx.resolve_they(sentence_start, plural=False)) is not None:
            before = ctx.sentence_before(sentence_start)
            if ctx.is_media(resolved[1]) and (before is None or ctx.last_group_at < before[0]):
                # "X reported that ... For its part, Air Grobco ... the firm ... It said": an outlet
                # that reported sentences ago is not who "it" is when narration went on about others
                return unresolved(subject.text), None, []
        if resolved is not None and ctx.other_group_before(sentence_start, resolved):
            return unresolved(subject.text), None, []  # "... the government has ... It said": not the firm that spoke
        if resolved is None and (only := ctx.organisation_it(offset + subject.idx)) is not None:
            resolved = (subject.text, only)
        return (resolved[0], resolved[1], []) if resolved else None
    if (share := _share_of_people(subject)) is not None:
        # "One in four said", "nearly half those surveyed said": a share of the people asked
        return ctx.body[offset + share[0] : offset + share[1]].strip(_EDGE), None, []
    if (
        lower in SKIP_SUBJECTS
        and subject.text != "US"  # "The US said": the country, not "us"
        # "one of the brothers said": one of a group named after it, quantified as "most of" is
        and not (lower == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children))
    ):
        return None
    if lower == "one" and (one := _named_after_one(ctx, subject, offset)) is not None:
        # "one of the Leeds Six, Tom Pell, said": the person named after the comma
        return one.text, one.entity_id, []
    if lower in MEDIA_NOUNS and not any(c.dep_ == "poss" for c in subject.children):
        # "The Echo newspaper said": the outlet named before the noun; "the paper said": the
        # outlet that spoke last, if no other organisation was named since
        first = offset + subject.left_edge.idx
        outlets = [m for m in ctx.mentions_in(first, offset + subject.idx) if ctx.is_media(m.entity_id)]
        if outlets:
            return outlets[-1].text, outlets[-1].entity_id, []
        if all(t.lower_ in ("the", "this", "that") for t in subject.lefts):
            last = ctx.resolve_they(sentence_start, plural=False)
            if last is not None and ctx.is_media(last[1]):
                return ctx.body[first : offset + subject.idx + len(subject)], last[1], []
            if last is None or not ctx.is_person(last[1]):
                # "..., the paper said" after another organisation spoke: the one outlet of that
                # kind the passage names ("the Daily Echo reported"), else nobody
                outlet = ctx.last_outlet(offset + subject.idx, lower)
                if outlet is not None:
                    return ctx.body[first : offset + subject.idx + len(subject)], outlet, []
    a = offset + subject.left_edge.idx
    last = _subject_last(subject)
    b = offset + last.idx + len(last)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner is not None and lower in _SPEECH_NOUNS and subject.head.lower_ in ("was", "is", "were", "are"):
        # "His message to the chancellor was: ...": whose words they are, resolved as "he" is
        pronoun = "he" if owner.lower_ == "his" else "she"
        resolved = ctx.resolve_pronoun(sentence_start, pronoun, offset + owner.idx)
        return ctx.body[a:b].strip(_EDGE), resolved[1] if resolved else None, []
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
    if possessor is not None and lower in _PERSONAL_DOCUMENTS:
        # "Mr Bell's statement said", "Her letter said": the words of the person who owns it
        phrase = ctx.body[a:b].strip(_EDGE)
        if possessor.lower_ in ("his", "her"):
            resolved = ctx.resolve_pronoun(
                sentence_start, "he" if possessor.lower_ == "his" else "she", offset + possessor.idx
            )
            return phrase, resolved[1] if resolved else None, []
        mention = ctx.mention_at(offset + possessor.idx)
        if mention is not None and mention.label == "PERSON" and ctx.likely_person(mention.entity_id):
            return phrase, mention.entity_id, []
    if _coordinated(ctx, subject, offset):
        # "Acme, Globex and Initech said": several speakers together, none of them alone
        phrase = ctx.body[a:b].strip(_EDGE)
        others = [m.entity_id for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id)]
        return (phrase, None, others) if phrase and len(phrase.split()) <= 12 else None
    heads = [offset + subject.idx] + [offset + c.idx for c in subject.children if c.dep_ == "appos"]
    own = ctx.mention_at(offset + subject.idx)
    if (
        own is not None
        and last.i > subject.i
        and pos_of(last) == "NOUN"
        and ctx.body[a:b].split()[-1].lower() in PERSON_NOUNS
        and own.label in ("ORG", "PLACE", "NORP")
        and ctx.body[a : own.start].strip().lower() in _DETERMINERS
        and re.fullmatch(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?", ctx.body[own.end : b])
    ):
        # "said the Sale full-back", parsed with the club as the subject: a person described by
        # club and role, who is never the club
        phrase = ctx.body[a:b].strip(_EDGE)
        return _described(ctx, phrase, ctx.body[a:b].split()[-1].lower(), a, b, [], continuing, sentence_start)
    quantified = lower in QUANTIFIERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    # the subject's prepositional phrases ("the MP for X and Y": the constituency, whatever type
    # the model gave its names, is not who the phrase names)
    preps = [
        (offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge))
        for c in subject.children
        if c.dep_ == "prep"
    ]
    common = (
        pos_of(subject) == "NOUN"
        or quantified
        # "The Acme secretary-general said", the office taken for a name: a person, never Acme
        # ("A Plaid Cymru MP said": someone who speaks for the party, as "A Treasury spokesman")
        or (
            ctx.mention_at(offset + subject.idx) is None
            and ctx.body[a:b].split()[0].lower() not in ("a", "an")
            # the head word or the phrase's last ("the Tory MP for Ashby and East Hill": the MP
            # speaks, never the constituency or the party of its modifiers)
            and (_office_word(ctx.body[a:b].split()[-1]) or _office_word(subject.text))
            and not any(
                m.label == "PERSON" and not any(x <= m.start < y for x, y in preps) for m in ctx.mentions_in(a, b)
            )
        )
        or (
            # "Ruritania's High Commissioner to Britain said": the title speaks, not the country
            lower in JOB_TITLES
            and ctx.mention_at(offset + subject.idx) is None
            and any(c.dep_ == "poss" for c in subject.children)
        )
    )
    if (
        ctx.mention_at(offset + subject.idx) is None
        and subject.text[:1].isupper()
        and subject.text.isalpha()
        and (not common or not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in subject.children))
    ):
        # "High, the union's referees' manager, claimed": a surname the model missed (or tagged an
        # adjective) is the article's one person with that surname, not the union
        first = min([subject, *(c for c in subject.children if c.dep_ == "compound")], key=lambda t: t.i)
        named = ctx.person_named(ctx.body[offset + first.idx : offset + subject.idx + len(subject)])
        if named is not None:
            return named[0], named[1], []
    titled = next((m for m in ctx.mentions_in(a, b) if m.label == "PERSON" and m.end >= b - 1), None)
    if (
        titled is not None
        and ctx.body[a : titled.start].split()[-1:]
        and ctx.body[a : titled.start].split()[-1].lower() in JOB_TITLES
        # "X, a spokesman for trade commissioner Y, said": X speaks, named before the comma
        and not (own is not None and own.label == "PERSON" and "," in ctx.body[own.end : titled.start])
    ):
        # "Association of Chief Police Officers president Chris Fox said", parsed with the
        # association as the subject: the person after the title closing the phrase speaks
        return titled.text, titled.entity_id, [m.entity_id for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id)]
    own_mention = ctx.mention_at(offset + subject.idx)
    if (
        own_mention is not None
        and own_mention.label != "PERSON"
        and honorific_before(ctx.body, own_mention.start)
        and (named := ctx.person_named(ctx.body[a:b])) is not None
    ):
        # "Lord Sainsbury added" with "Sainsbury" taken for the company: the article's one person
        # of that surname
        return named[0], named[1], []
    document = lower in DOCUMENT_NOUNS
    if document and (issuer := _issued_by(ctx, subject, offset)) is not None:
        # "a statement issued on behalf of X said", "figures gathered by X show": X's words
        return ctx.body[a : issuer.end].strip(_EDGE), issuer.entity_id, []
    modifiers = preps if pos_of(subject) == "PROPN" else []
    text, entity_id, others = _speaker_from_span(ctx, a, b, heads, common, document=document, modifiers=modifiers)
    if entity_id is not None and not ctx.is_person(entity_id):
        # "Oxfam's Paying the Price report said ... The report said ...": Oxfam's report
        for word in re.findall(r"[a-z]+", ctx.body[a:b]):
            if word in DOCUMENT_NOUNS:
                ctx.documents[word] = entity_id
                ctx.authors.setdefault(word, set()).add(entity_id)
                ctx.author_at.setdefault(word, a)
    if (
        text is None
        and document
        and any(
            c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.lower_ in GROUP_NOUNS) for c in subject.children
        )
    ):
        group = ctx.resolve_they(sentence_start, plural=False)  # "the group's survey": the group that just spoke
        if group is not None:
            ctx.documents[lower] = group[1]
            ctx.authors.setdefault(lower, set()).add(group[1])
            ctx.author_at.setdefault(lower, a)
            return ctx.body[a:b].strip(_EDGE), group[1], others
    if text is None:
        phrase = ctx.body[a:b].strip(_EDGE)
        # "A spokesman for the Association of Payment and Clearing Services (Apacs)": a spokesman
        # or official described by the body they speak for may take more words than other phrases
        speaks_for = subject.lower_ in _ANONYMOUS and any(
            c.dep_ == "prep" and c.lower_ in ("for", "at", "of", "from") for c in subject.children
        )
        limit = 14 if speaks_for else 10
        if len(phrase.split()) > limit and _speaking_head(subject):
            # "The Welsh rugby coach at the centre of the row over ticket sales says": the head and
            # its nearer words, past the modifiers that close the phrase, name the speaker
            b = _without_closing_modifiers(ctx.body, subject, offset, a, b, limit)
            phrase = ctx.body[a:b].strip(_EDGE)
        if pos_of(subject) == "PRON" or len(phrase.split()) > limit or not phrase:
            return None
        named = ctx.named_elsewhere(phrase) if pos_of(subject) == "PROPN" else None
        if named is not None:
            return named[0], named[1], others
        return _described(ctx, phrase, subject.lower_, a, b, others, continuing, sentence_start)
    return text, entity_id, others


_CLOSING_MODIFIERS = {"prep", "acl", "relcl", "appos"}
# the head of a share of people ("a quarter of those polled", "the majority of fans asked")
_FRACTIONS = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "majority", "minority"}
# the participle that makes "those" the people a poll asked ("half those surveyed")
_POLLED = {"surveyed", "polled", "questioned", "asked", "interviewed", "quizzed", "sampled", "consulted"}


def _share_of_people(subject) -> tuple[int, int] | None:
    """The (start, end) in the sentence of a subject phrase that names a share of people by
    number alone: "One in four", "nine in 10" (a number, "in", a number and nothing after it),
    or "(nearly) half those surveyed" ("half" or "all" before "those" and a participle of
    polling after it). None for anything else: "One said" stays a word the caller skips."""
    if subject.like_num:
        prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if (
            prep is not None
            and prep.right_edge.i == prep.i + 1
            and prep.right_edge.like_num
            and subject.left_edge.i == subject.i
        ):
            return subject.idx, prep.right_edge.idx + len(prep.right_edge)
    if subject.lower_ == "those":
        share = next((c for c in subject.children if c.dep_ == "predet" and c.lower_ in ("half", "all")), None)
        polled = next((c for c in subject.children if c.dep_ == "acl" and c.lower_ in _POLLED), None)
        if share is not None and polled is not None:
            return subject.left_edge.idx, polled.right_edge.idx + len(polled.right_edge)
    return None


def _speaking_head(subject) -> bool:
    """Whether the subject's head word names someone who speaks: a person by office or role, an
    unnamed source, a body, or a share of people ("62% of the voters", "one of the sisters");
    not a thing ("the reaction of X to Y", "the message in the letter")."""
    lower = subject.lower_
    if lower == "%" or subject.tag_ == "CD" or lower in QUANTIFIERS or lower in _FRACTIONS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    return pos_of(subject) == "NOUN" and (
        _office_word(lower)
        or lower in _ANONYMOUS
        or lower in GROUP_NOUNS
        or (lower[:-1] if lower.endswith("s") else lower) in SOURCE_NOUNS
    )


def _without_closing_modifiers(body: str, subject, offset: int, a: int, b: int, limit: int) -> int:
    """The end of the subject phrase a..b cut before the modifiers that close it ("at the centre
    of the row", "questioned by Pollco for the Daily Post"), the innermost first, until it is at most `limit`
    words; `b` when no cut gets there, or when a common noun stands in apposition after a comma
    ("say analysts, the collapse of the talks ...", as often a parse gone wrong as not)."""
    cuts = sorted(
        (t for t in subject.subtree if t.i > subject.i and t.dep_ in _CLOSING_MODIFIERS),
        key=lambda t: -t.left_edge.i,
    )
    if any(_comma_apposition(t) for t in cuts):
        return b  # the content around such a phrase is as likely wrong as its speaker
    end = b
    for token in cuts:
        if offset + token.right_edge.idx + len(token.right_edge) < end:
            continue  # not at the phrase's end (after the cuts made so far)
        end = len(body[: offset + token.left_edge.idx].rstrip(_EDGE))
        if len(body[a:end].split()) <= limit:
            return end
    return b


def _comma_apposition(token) -> bool:
    """A common noun phrase in apposition after a comma (not a name, not a relative clause parsed
    as one: ", who has ...")."""
    first = token.left_edge
    return (
        token.dep_ == "appos"
        and first.i > 0
        and token.doc[first.i - 1].text == ","
        and first.lower_ not in _RELATIVE
        and pos_of(token) != "PROPN"
    )


def _described(
    ctx: ArticleContext,
    phrase: str,
    head: str,
    a: int,
    b: int,
    others: list,
    continuing: bool,
    sentence_start: int | None = None,
):
    """(speaker text, id, media) for a speaker named by a description (phrase = body[a:b])."""
    if person_description(phrase) is not None and _one_holder(phrase):
        # "The Tories' campaign director said", "the firm's chairman": one person who holds the
        # office, not the organisation; the one person the article gives that title, else nobody
        words = {re.sub(r"(?:['’]s|s['’])$", "", w) for w in phrase.lower().split()[1:]}
        return phrase, ctx.titled(head, words), others
    if person_description(phrase) is not None:
        # "A Treasury spokesman said": shown as written, attributed to the Treasury; "the
        # spokesman" the article introduced by name ("X, a spokesman for Y") is that person
        speaks_for = ctx.organisation_of(a, b)
        if speaks_for is None and head in ("spokesman", "spokeswoman", "spokesperson"):
            speaks_for = (
                ctx.titled(head, set(phrase.lower().split()[1:])) if phrase.lower().startswith("the ") else None
            )
        elif speaks_for is None:
            speaks_for = ctx.resolve_description(phrase, head, a)
        return phrase, speaks_for, others
    resolved = ctx.resolve_description(phrase, head, a)
    role = phrase.split()[-1].lower()
    if (
        resolved is None
        and continuing
        and phrase.lower().startswith("the ")
        and not {head, role} & (GROUP_NOUNS | MEDIA_NOUNS | DOCUMENT_NOUNS | set(_DESIGNATOR_WORDS))
    ):
        resolved = ctx.still_speaking(a)  # "The tournament debutant added:" after her own quote
    if resolved is None and (_AGE.fullmatch(phrase.lower()) or _nationality(phrase)):
        # '"...," the Frenchman said' right after Wenger spoke: the same person, if no one else
        # was named since and the word's gender fits
        quoted = sentence_start is not None and ctx.body[sentence_start:a].lstrip()[:1] in OPEN_QUOTES
        # '"...," said the New Zealander': the quote before is their own; the narration before it counts
        who = ctx.still_speaking(sentence_start if quoted and sentence_start is not None else a)
        wanted = {"woman": "f", "man": "m"}.get(re.sub(r"^.*?(woman|man)$|^.*$", r"\1", role))
        if who is not None and (wanted is None or ctx.gender(who) in (None, wanted)):
            resolved = who
    if resolved is None and sentence_start is not None and (gender := _epithet(phrase)) is not None:
        # "Kim Lane won in Paris on Sunday. The 22-year-old said ...": the person who opens the
        # sentence before, when they are the only person named there and fit the word
        subject = ctx._subject_before(sentence_start, {"m": "he", "f": "she"}.get(gender, "they"), a, alone=True)
        if subject is not None and not _other_nationality(ctx, subject[1], phrase):
            resolved = subject[1]
    if resolved is None and role in PLAYER_ROLES and re.fullmatch(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)+[\w-]+", phrase):
        # "said the Sale full-back": the one person the passage names (the club, even if the
        # model took it for a person, is not the player)
        resolved = ctx.only_player(a, {normalise(w) for w in phrase.split()[1:-1]})
    return phrase, resolved, others


def _one_holder(phrase: str) -> bool:
    """ "The Tories' campaign director", "the firm's chief executive": a definite phrase with an
    organisation's possessive, ending in an office one person holds (not "the firm's spokesman",
    who is anyone speaking for it)."""
    words = phrase.lower().split()
    return (
        len(words) >= 3
        and words[0] == "the"
        and words[-1] in BOARD_OFFICES  # one person holds: "the firm's chairman" is someone, not the firm
        and any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[1:-1])
    )


# what a person is, used for the person a report is about ("the 22-year-old", "the American",
# "the veteran striker"), unlike offices ("the minister"), which often name someone else, and
# professions that often name a new person ("the lawyer", "the analyst")
EPITHET_NOUNS = (
    (PEOPLE_ROLE_NOUNS | PLAYER_ROLES | {"champion", "seed", "teenager", "skipper", "captain"})
    - {"analyst", "economist", "lawyer", "barrister", "campaigner", "activist", "journalist", "presenter"}
    - {"broadcaster", "trainer", "producer", "investor", "scientist", "designer", "artist", "dj"}
)


# what a person won or holds, which a capitalised event may qualify ("the Oscar winner")
_ACHIEVEMENT_NOUNS = {"winner", "champion", "medallist", "medalist", "laureate", "nominee"}


def _epithet(phrase: str) -> str | None:
    """ "the 22-year-old", "the American", "the veteran Frenchwoman", "the world number one":
    the gender the words give ("m", "f", "" for none), or None if the phrase is no such epithet
    (a capitalised modifier other than a nationality, "the Sale full-back", is not one)."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return None
    achievement = words[-1].lower() in _ACHIEVEMENT_NOUNS
    if any(
        w[:1].isupper()
        and w.lower() not in NATIONALITIES
        # "the New Zealander": a word of the nationality; "the Oscar winner", "the Wimbledon
        # champion": what they won, not whom they play for
        and not (i + 1 < len(words) and words[i + 1].lower() in NATIONALITIES and i + 2 == len(words))
        and not achievement
        for i, w in enumerate(words[1:], 1)
    ):
        return None
    if any(not re.fullmatch(r"[\w-]+", w) or w.lower() in ("and", "of", "for", "who", "whose") for w in words[1:]):
        return None
    last = words[-1].lower()
    if not (
        _AGE.fullmatch(f"the {last}")
        or last in EPITHET_NOUNS
        or last in _ACHIEVEMENT_NOUNS
        or words[-2:] == ["number", "one"]
    ):
        return None
    if last.endswith("woman") or last in ("actress", "chairwoman"):
        return "f"
    if last.endswith("man"):
        return "m"
    return ""


def _other_nation_named(ctx: ArticleContext, phrase: str, entity_id: str) -> bool:
    """Whether the description's nationality ("the German exchange") is written nowhere in the
    names of the organisation `entity_id` ("London Stock Exchange"): then it is another one."""
    nations = {w for w in phrase.lower().split() if w in NATIONALITIES}
    if not nations:
        return False
    names = " ".join(m.text.lower() for m in ctx.mentions if m.entity_id == entity_id)
    return not any(n in names or any(c in names for c in _COUNTRY_OF.get(n, ())) for n in nations)


def _other_nationality(ctx: ArticleContext, entity_id: str, phrase: str) -> bool:
    """Whether the article gives the person a nationality the phrase does not ("Swiss star X"
    against "the American")."""
    ctx._fill_titles()
    given = (ctx._titles or {}).get(entity_id, set()) & NATIONALITIES
    return (bool(given) and not given & {w.lower() for w in phrase.split()}) or _other_country(ctx, entity_id, phrase)


def _other_country(ctx: ArticleContext, entity_id: str, phrase: str) -> bool:
    """Whether the phrase's nationality adjective names a country other than the one written by
    the person's name ("Italy coach X" is not "the French coach")."""
    ctx._fill_titles()
    countries = {c for w in phrase.lower().split() for c in _COUNTRY_OF.get(w, ())}
    named = (ctx._titles or {}).get(entity_id, set()) & _COUNTRIES
    return bool(countries) and bool(named) and not named & countries


def _extend_attribution(doc, verb, end: int) -> int:
    """The token index one past the attribution that starts the verb's clause."""
    changed = True
    while changed and end < len(doc):
        changed = False
        token = doc[end]
        if token.is_punct and token.text in (",", ":", "—", "–"):
            end += 1
            changed = True
        elif token.head == verb and token.dep_ in ("advmod", "npadvmod", "prt", "neg", "aux") and token.i == end:
            end = token.right_edge.i + 1
            changed = True
        elif (child := next((c for c in verb.children if c.left_edge.i == end and c.i >= end), None)) is not None and (
            child.dep_ == "dative"
            or (
                child.dep_ == "dobj"
                and (lemma_of(verb) == "tell" or any(c.dep_ == "ccomp" and c.i > child.i for c in verb.children))
                and not _subject_of_next_clause(doc, verb, child)
            )
        ):
            end = _noun_phrase_end(child)  # the addressee, "his audience" as well as "reporters"
            if lemma_of(verb) == "tell" and child.dep_ == "dobj":
                end = _addressee_end(doc, verb, child, end)
            changed = True
        elif token.lower_ == "that" and token.dep_ == "mark":
            end += 1
            changed = True
        elif (setting := _setting_before_clause(verb, end)) is not None:
            end = setting
            changed = True
    return end


# prepositions whose phrase after a reporting verb belongs to the clause that follows: "felt by May
# he had lost" (the clause's time), "said as mayor he had ..." (the clause subject's role),
# "expects for 2005 a fall" (what is expected), "accused him of hiding the facts" (the accusation),
# "said during his years in office he had seen ..." (a span of time the clause is about)
_CLAUSE_PREPOSITIONS = {"by", "as", "for", "of", "during", "since", "throughout"}


def _setting_before_clause(verb, end: int) -> int | None:
    """One past a prepositional phrase of the verb at `end` that its clause follows at once, with no
    "that" or comma between ("said on her blog she had been fired", "admitted to jurors he was
    paid"): where, when or to whom it was said, not what. Only when that clause has a subject and a
    finite verb of its own (not "warned against firms being ...", "adding to honours it won")."""
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.i == end and c.left_edge.i == end and c.i > verb.i), None
    )
    if (
        prep is None
        or prep.lower_ in _CLAUSE_PREPOSITIONS
        or (lemma_of(verb) == "add" and prep.lower_ == "to")
        or verb.tag_ in ("VBZ", "VBP")  # "the diary says on 13 March X met Y": a present report has no past setting
    ):
        return None
    after = prep.right_edge.i + 1
    if after >= len(verb.doc) or verb.doc[after].is_punct or verb.doc[after].lower_ == "that":
        return None  # "said on Friday, the ..." / "said on Friday that ...": left as they were
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == after), None)
    if (
        clause is None
        or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        or not any(t.tag_ in _FINITE_TAGS for t in (clause, *clause.children) if t.i <= clause.i)
    ):
        return None
    return after


# who a statement is told to, at the start of "told MPs child benefit would rise"
_ADDRESSEES = {
    "mps",
    "reporters",
    "journalists",
    "delegates",
    "activists",
    "voters",
    "peers",
    "supporters",
    "members",
    "listeners",
    "viewers",
    "parliament",
    "councillors",
    "investors",
    "analysts",
    "students",
}


def _addressee_end(doc, verb, noun, end: int) -> int:
    """ "told the BBC lessons were being learned", "told MPs child benefit would rise": the
    parser takes the addressee and the subject of the reported clause for one object, and the
    clause right after it has no subject of its own. The addressee is a word for an audience
    ("MPs", "reporters") or the name that opens the phrase when a common noun ends it ("the BBC |
    lessons"); what follows is the clause's subject, so part of the content. Else the whole
    phrase."""
    if end >= len(doc):
        return end
    clause = doc[end] if doc[end].dep_ == "ccomp" else doc[end].head
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.i < end:
        return end
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return end
    start = noun.left_edge.i
    first = start + 1 if doc[start].lower_ == "the" else start
    if doc[first].lower_ in _ADDRESSEES and first < noun.i:
        return first + 1
    run = first
    while run < noun.i and pos_of(doc[run]) == "PROPN":
        run += 1
    if first < run <= noun.i and pos_of(noun) == "NOUN":
        return run  # "the BBC | lessons": a name, then the clause's common-noun subject
    return end


def _subject_of_next_clause(doc, verb, noun) -> bool:
    """ "warned the picture was not as rosy": a noun the parser hung on the verb as its object
    that is the subject of the clause right after it (its finite verb follows the noun phrase),
    so part of the content. "told the committee" keeps its addressee."""
    if lemma_of(verb) == "tell":
        return False
    end = _noun_phrase_end(noun)
    if end >= len(doc) or doc[end].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    clause = doc[end] if doc[end].dep_ == "ccomp" else doc[end].head  # "would" of "would go"
    return clause.dep_ == "ccomp" and clause.head.i == verb.i


def _noun_phrase_end(noun) -> int:
    """One past a noun phrase's last token, without a clause the parser hung on it
    ("programme that the plan was fair": the clause is the content, not the addressee)."""
    end = noun.i + 1
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("nummod", "case", "compound", "amod", "poss", "appos", "nmod"):
            end = max(end, child.right_edge.i + 1)
    return end


def _opens_with_participle(doc, verb, start: int) -> bool:
    """Whether the text from `start` opens with a reporting participle hung on `verb` (", adding that")."""
    token = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    return (
        token is not None
        and token.tag_ == "VBG"
        and token.head.i == verb.i
        and token.dep_ in ("advcl", "xcomp", "conj")
        and lemma_of(token) in REPORTING_LEMMAS
    )


def _setting_participle(doc, verb, piece: tuple[int, int]) -> bool:
    """The text of `piece` is one participle clause hung on `verb`, with no finite verb in it
    (", citing a report by X", ", speaking on Tuesday", ", urging voters to act"): it says how,
    where or what else was done, not what was said."""
    tokens = [t for t in doc if piece[0] <= t.idx < piece[1] and not t.is_punct]
    if not tokens:
        return False
    first = tokens[0]
    return (
        first.tag_ == "VBG"
        and first.head.i == verb.i
        and first.dep_ == "advcl"
        and all(first.left_edge.i <= t.i <= first.right_edge.i for t in tokens)
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)
    )


def _before_subject_phrase(text: str, piece: tuple[int, int]) -> tuple[int, int]:
    """A content piece that ends ", Tory co-chairman" (the start of the speaker's title, which the
    parser left outside the subject) ends at that comma."""
    a, b = piece
    comma = text.rfind(", ", a, b)
    if comma > a:
        tail = text[comma + 2 : b].strip()
        if (
            tail
            and len(tail.split()) <= 4
            and not any(q in tail for q in OPEN_QUOTES + CLOSE_QUOTES)
            and tail[:1].isupper()
        ):
            return a, comma
    return piece


def _adjunct_of(verb, token) -> bool:
    """Whether `token` sits in a prepositional or adverbial modifier of `verb` ("without evidence")."""
    for node in (token, *token.ancestors):
        if node.head.i == verb.i and node.i != verb.i:
            return node.dep_ in ("prep", "advmod", "npadvmod", "punct")
    return False


def _in_object(verb, token) -> bool:
    """Whether `token` lies in the object of `verb` with its modifiers ("told an audience in the UK")."""
    return any(c.dep_ in ("dobj", "dative") and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children)


def _subject_after_addressee(doc, verb, a1: int, end: int) -> bool:
    """ "told Labour members the Tories offered ...", "told the Sunday Times Mr Bell would ...": the
    name that follows an addressee the verb already has (its object) is the reported clause's
    subject (or a subject's owner: "Acme's withdrawal was ..."), not a second addressee."""
    if not any(c.dep_ in ("dobj", "dative") and verb.i < c.i < a1 for c in verb.children):
        return False
    last = next((t for t in reversed(doc[a1:]) if t.idx < end), None)
    if last is None:
        return False
    node = last
    for _ in range(4):
        if node.dep_ in ("compound", "poss", "amod", "case") and node.head.i > node.i:
            node = node.head
            continue
        break
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.i > node.i and node.head.i != verb.i


def _told_clause_cut_off(doc, verb, a1: int):
    """ "Mr Pell told BBC Radio 4's Today programme Mr Bell had refused ...": the parser may end the
    sentence after the addressee and take the reported clause for a sentence of its own. That
    clause's verb, when it opens right where the attribution ends, with a subject, up to the end;
    or a clause the parser hung on the addressee (below)."""
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < a1), None)
    if a1 >= len(doc) or addressee is None:
        return None
    if any(t.text in CLOSE_QUOTES + OPEN_QUOTES for t in doc[verb.i : a1]):
        return None
    clause = next((c for c in addressee.children if c.dep_ in ("relcl", "acl") and c.left_edge.i == a1), None)
    if clause is not None:
        # "told the Today programme there was a danger ...", "... programme he hoped X would ...":
        # the clause hung on the addressee as a relative one; a statement when its subject opens
        # it and it says something of its own (a "there", a modal, a clause) - not "told the story
        # he had written"
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "expl") and c.i == a1), None)
        said = any(
            c.dep_ == "expl" or (c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "ccomp" for c in clause.children
        )
        return clause if subject is not None and said else None
    root = doc[a1]
    while root.head.i != root.i:
        root = root.head
    if (
        root.i == verb.i
        or root.left_edge.i != a1
        or pos_of(root) not in ("VERB", "AUX")
        or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    ):
        return None
    return root


def _that_after_addressee(doc, verb, a1: int) -> int | None:
    """ "told reporters at a news conference in the capital that he wanted ...": the "that" after the
    addressee and a long adjunct (further than the verb's own "that" is looked for), which the
    parser may also read as a relative pronoun of the adjunct's noun; its index when nothing but
    the addressee and the verb's adjuncts stands before it and a clause's subject follows it."""
    at = next((t.i for t in doc[a1 : a1 + 12] if t.lower_ == "that" and t.dep_ != "det"), None)  # not "at that time"
    if at is None or at == a1 or at + 1 >= len(doc):
        return None
    if doc[at + 1].tag_[:2] not in ("DT", "PR", "NN", "CD", "JJ", "WP"):
        return None  # a clause's subject follows a "that" of saying
    if doc[at].dep_ != "mark" and not _adjunct_of(verb, doc[at].head.head):
        return None  # "told the story that his father told": a relative clause of the object itself
    if not all(t.is_punct or _adjunct_of(verb, t) or _in_object(verb, t) for t in doc[a1:at]):
        return None
    return at


def _owned_statement(doc, noun):
    """(owner token, "that" token) for "Mr X's insistence that ...", "Putin's May warning that ...",
    "a new Kremlin statement that ...": a noun of saying whose owner is a name (a possessive or a
    proper-noun modifier, never a pronoun) and whose "that" opens a clause of the noun (not a
    relative: "the statement that he issued" has no content)."""
    if noun.lower_ not in OWNED_NOUNS or pos_of(noun) != "NOUN" or noun.i + 2 >= len(doc):
        return None
    that = doc[noun.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.head.i != noun.i or that.head.i <= that.i:
        return None
    owners = [
        c
        for c in noun.children
        if c.i < noun.i and (c.dep_ == "poss" or (c.dep_ == "compound" and c.tag_ == "NNP")) and c.tag_ == "NNP"
    ]
    return (owners[0], that) if len(owners) == 1 else None


_OWNER_PRONOUNS = {"his": "he", "her": "she"}
# what a clause that is the content of a noun of saying has after its verb ("Ann's claim it does
# not want the ban": an object); a relative clause on the noun lacks it ("the claims he made")
_CLAUSE_COMPLEMENTS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"}  # after the verb; "auxpass" anywhere


def _loosely_owned_statement(doc, noun):
    """(owner token, first content token, clause verb) for the shapes `_owned_statement` leaves:
    "his allegations that ..." (a person pronoun owns the noun), and a named owner whose clause
    opens without "that" ("China's claim it does not want the ban lifted", "Ann's contention the
    pier was unsafe"): a subject right after the noun, then its finite verb with an object or a
    complement (not a relative clause on the noun: "Ann's claims he made last year")."""
    if noun.lower_ not in OWNED_NOUNS or pos_of(noun) != "NOUN" or noun.i + 3 >= len(doc):
        return None
    owners = [c for c in noun.children if c.i < noun.i and c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner, after = owners[0], doc[noun.i + 1]
    if owner.lower_ in _OWNER_PRONOUNS and owner.tag_ == "PRP$":
        if after.lower_ != "that" or after.dep_ != "mark" or after.head.i <= after.i or after.head.head.i != noun.i:
            return None
        return owner, doc[after.i + 1], after.head
    if owner.tag_ != "NNP" or after.lower_ == "that" or after.dep_ not in ("nsubj", "nsubjpass", "det", "compound"):
        return None
    subject = after if after.dep_.startswith("nsubj") else after.head
    verb = subject.head
    if (
        not subject.dep_.startswith("nsubj")
        or subject.i - noun.i > 3
        or verb.i <= subject.i
        or verb.i - subject.i > 3
        or not any(t.tag_ in _FINITE_TAGS for t in doc[subject.i + 1 : verb.i + 1])
        or not any(c.dep_ in _CLAUSE_COMPLEMENTS and c.i > verb.i or c.dep_ == "auxpass" for c in verb.children)
    ):
        return None
    return owner, after, verb


def _reported_inside(verb, before: tuple[int, int]) -> bool:
    """'X said pulling off the masks "in both senses" will make an officer think twice': the verb
    sits inside the words another reporting verb on its left reports, so the text on its left is
    that verb's attribution and content, never this verb's content."""
    if verb.dep_ == "parataxis":
        return False
    text = verb.doc.text

    def quoted(at: int) -> bool:  # '"... we estimate it ...," the institute says': inside a quotation
        span = text[before[0] : at]
        return span.count("“") > span.count("”") or span.count('"') % 2 == 1

    return any(
        before[0] <= head.idx < before[1]
        and lemma_of(head) in REPORTING_LEMMAS
        and pos_of(head) == "VERB"
        and not quoted(head.idx)
        for head in verb.ancestors
    )


def _has_right_complement(verb) -> bool:
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("ccomp", "xcomp", "attr", "oprd", "advcl") and child.dep_ != "advcl":
            return True
        if child.i > verb.i and child.dep_ == "dobj" and lemma_of(verb) != "tell":
            return True
        if child.i > verb.i and child.dep_ == "prep" and child.lower_ in ("as", "about", "that"):
            return True
    return False


def _quote_before(body: str, at: int, lo: int) -> tuple[int, int] | None:
    """'"We will win." said X', cut into two sentences after the quote's full stop: the
    quotation that ends at `at` (the closing mark there or just before it), as (start, end)
    with its marks; None if there is none."""
    if at < len(body) and body[at] in CLOSE_QUOTES:
        close = at
    else:
        close = len(body[:at].rstrip()) - 1
    if close <= lo or body[close] not in CLOSE_QUOTES or body[close] == "’" or body[close - 1] not in ".!?":
        return None
    if body[close] == '"':
        if body.count('"', lo, close) % 2 != 1:
            return _reopened_run(body, lo, close)
        opening = body.rfind('"', lo, close)
    else:
        opening = body.rfind("“", lo, close)
        if opening < 0 or "”" in body[opening:close]:
            return None
    if opening < 0 or "\n" in body[opening:close]:
        return None
    return opening, close + 1


def _reopened_run(body: str, lo: int, close: int) -> tuple[int, int] | None:
    """'"We lost. "It hurts." he added': a quotation of several sentences, each reopened with a
    straight quote mark and the last one closed, ends at `close`: (start, end) from the first
    opening of that run, so long as every mark before `close` back to it opens a sentence after
    a full stop. None when a closing mark stands before the run's last opening (the count of
    marks alone cannot tell where the quotation starts) or when there is no run."""
    marks = [m.start() for m in re.finditer('"', body[lo:close])]
    if len(marks) < 2:
        return None
    marks = [lo + m for m in marks]

    def opens(at: int) -> bool:
        return at == lo or body[at - 1].isspace()

    k = len(marks) - 1
    if not opens(marks[k]):
        return None
    while k > 0 and opens(marks[k - 1]) and body[: marks[k]].rstrip()[-1:] in (".", "!", "?"):
        k -= 1
    if k == len(marks) - 1 or (k > 0 and opens(marks[k - 1])):
        return None  # a single reopened sentence, or a run whose start the marks leave unsure
    if "\n" in body[marks[k] : close]:
        return None
    return marks[k], close + 1


def _negated(doc, verb, c0: int, c1: int) -> bool:
    if verb is not None and (lemma_of(verb) == "deny" or any(c.dep_ == "neg" for c in verb.children)):
        return True
    for token in doc:
        if not (c0 <= token.idx < c1):
            continue
        head = token.head
        if head.idx < c0 or head.idx >= c1 or head.i == token.i:  # a root of the content
            for child in token.children:
                if child.dep_ == "neg" or (
                    child.lower_ in NEGATORS and child.dep_ in ("nsubj", "advmod", "det", "nsubjpass")
                ):
                    return True
            if token.lower_ in NEGATORS and token.dep_ in ("nsubj", "neg"):
                return True
    return False


def _before_next_report(doc, verb, a1: int, after: tuple[int, int]) -> tuple[int, int]:
    """ "X told reporters that A, but added that B": a reporting verb coordinated with the
    attribution's own ends its content (B is a claim of its own), with the "but" and comma."""
    conj = next(
        (c for c in verb.children if c.dep_ == "conj" and c.i > a1 and lemma_of(c) in REPORTING_LEMMAS),
        None,
    )
    if conj is None:
        return after
    k = conj.left_edge.i
    while (
        k > a1
        and (doc[k - 1].dep_ == "cc" or doc[k - 1].text in (",", ";", "-", "–", "—"))
        and doc[k - 1].head.i in (verb.i, conj.i)
    ):
        k -= 1
    if k <= a1:
        return after
    return after[0], min(after[1], doc[k - 1].idx + len(doc[k - 1]))


# "leading X to warn", "prompting X to say", "forcing X to admit", "quoted X telling": X speaks
# (not "urged X to admit", "would prefer X to admit": X was asked, nothing was said)
_CAUSING_WORDS = {"lead", "leads", "leading", "led", "prompt", "prompts", "prompting", "prompted"}
_CAUSING_WORDS |= {"force", "forces", "forcing", "forced", "cause", "causes", "causing", "caused"}
_CAUSING_WORDS |= {"quote", "quotes", "quoting", "quoted", "hear", "hears", "hearing", "heard"}
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_CONTINUING_SUBJECTS = {"it", "they", "he", "she", "there", "we", "i"}


def _reported_conjunct_end(doc, verb, last: int) -> int:
    """ "He said the plan was late and that costs had risen" / "... but it could spread": a clause
    joined to the reported one by "and"/"but" whose subject is a pronoun (or that opens with "that")
    goes on with what was said, when the parser hangs it on the reporting verb; a clause with a
    subject of its own ("but the council disagreed") or a reporting verb of its own is narration."""
    for conj in sorted((c for c in verb.children if c.dep_ == "conj" and c.i > last), key=lambda c: c.i):
        joiner = doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
        between = doc[last + 1 : conj.left_edge.i]
        if (
            joiner is None
            or joiner.lower_ not in ("and", "but")
            or any(t.lower_ not in ("and", "but", ",") for t in between)
            or lemma_of(conj) in REPORTING_LEMMAS
        ):
            break
        subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        that = conj.left_edge.lower_ == "that" and conj.left_edge.dep_ == "mark"
        if not that and (subject is None or subject.lower_ not in _CONTINUING_SUBJECTS):
            break
        if any(lemma_of(t) in REPORTING_LEMMAS and pos_of(t) == "VERB" for t in conj.subtree if t.i != conj.i):
            break
        last = conj.right_edge.i
    return last


def _participle_of_speaker(verb):
    """ "X said A, saying B" / "..., adding B": a reporting participle after a comma, with no
    subject and a clause of its own, that the parser hung inside A: the reporting verb whose
    clause holds it (X goes on speaking), else None."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or lemma_of(verb) not in REPORTING_LEMMAS or verb.i == 0:
        return None
    if doc[verb.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    node = verb.head
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.i < verb.i and lemma_of(node.head) in REPORTING_LEMMAS:
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _before_own_participle(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """The content of "X said A, saying B" ends before ", saying": B is a claim of its own."""
    for token in doc:
        if after[0] < token.idx < after[1] and token.i > verb.i and _participle_of_speaker(token) is verb:
            comma = doc[token.i - 1]
            return after[0], comma.idx
    return after


def _it_goes_on(doc, verb, subject) -> bool:
    """ "It studied the books and concluded that X" / "It said A, saying B": a verb that takes its
    subject from an "it" opening the sentence, followed by the clause said."""
    if verb.dep_ == "conj":
        head = verb.head
        return (
            subject.head.i == head.i
            and _opening_it_clause(doc, head, subject, said=False)
            and _said_clause_follows(verb)
        )
    outer = _participle_of_speaker(verb)
    return outer is not None and subject.head.i == outer.i and _opening_it_clause(doc, outer, subject)


def _to_clause(token) -> bool:
    """ "(forced) to deny", "(went on) to say": an infinitive hung on the verb before it."""
    return token.dep_ == "xcomp" or (
        token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _reports_in_clause(clause) -> bool:
    """Whether a clause's verb reports, itself or through the verbs it governs ("was forced to
    deny", "went on to say", "had to admit")."""
    node = clause
    for _ in range(3):
        if lemma_of(node) in REPORTING_LEMMAS:
            # "is forecast to drop", "are still to be confirmed": a passive, nobody named reports
            return not any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children)
        node = next((c for c in node.children if c.i > node.i and _to_clause(c)), None)
        if node is None:
            return False
    return False


def _narrated_while(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """ "X said the plan could fail, while Labour criticised the cost", "X announced A although
    Mr Bell was forced to deny B": a concessive clause in which someone else named or described
    reports is the writer's narration (or a claim of its own); the content ends before it. After
    "while" only with a comma ("said while touring the plant" is a time)."""
    for token in doc:
        if not (after[0] <= token.idx < after[1]) or token.i <= verb.i or token.dep_ != "advcl":
            continue
        mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE), None)
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            mark is None
            or subject is None
            or pos_of(subject) not in ("PROPN", "NOUN")
            or not _reports_in_clause(token)
            or mark.i != token.left_edge.i
            or mark.i < 2
            or (doc[mark.i - 1].text != "," and mark.lower_ == "while")
        ):
            continue
        end = doc[mark.i - 2] if doc[mark.i - 1].text == "," else doc[mark.i - 1]
        return after[0], min(after[1], end.idx + len(end))
    return after


def _content_pieces(doc, a0: int, a1: int):
    """Character ranges (relative to the doc) before and after the attribution tokens."""
    before = (0, doc[a0].idx) if a0 > 0 else (0, 0)
    after_start = doc[a1 - 1].idx + len(doc[a1 - 1]) if a1 > 0 else 0
    after = (after_start, len(doc.text))
    return before, after


def _nonempty(text: str, piece: tuple[int, int]) -> bool:
    a, b = trim(text, *piece)
    return b - a > 1 and any(ch.isalnum() for ch in text[a:b])


_RELATIVE = {"who", "whose", "whom", "which"}


def _nominal(token) -> bool:
    """A word that may open a noun phrase: a determiner, a noun or an adjective."""
    return token.tag_ in ("DT", "PRP$") or token.tag_.startswith(("NN", "JJ"))


def _describes_source(doc, a1: int) -> bool:
    """Whether doc[a1:] only describes the source of "according to X" before it: an apposition
    ("an analyst at Fenwick") or a relative clause ("who runs the shop") to the sentence's end."""
    rest = [t for t in doc[a1:] if not t.is_punct]
    if not rest:
        return False
    if rest[0].lower_ in _RELATIVE:
        return True
    cut = next((i for i, t in enumerate(rest) if t.lower_ in _RELATIVE), len(rest))  # "..., who took over"
    return _nominal(rest[0]) and not any(t.tag_.startswith(_FINITE_TAGS) for t in rest[:cut])


def _after_apposition(doc, a1: int, start: int) -> int:
    """ "According to Jane Holt, chief executive of Grobco, sales fell": where the content starts
    once an apposition describing the source (no verb, no date, up to the next comma) is skipped."""
    comma = next((t.i for t in doc[a1 : a1 + 14] if t.text == ","), None)
    if comma is None or comma == a1:
        return start
    segment = doc[a1:comma]
    if (
        not _nominal(segment[0])
        or segment[0].lower_ in ("last", "next", "this", "that", "these", "those")
        or any(t.tag_.startswith(("VB", "MD")) or t.ent_type_ in ("DATE", "TIME") for t in segment)
        or not any(t.tag_.startswith(_FINITE_TAGS) for t in doc[comma + 1 :])
    ):
        return start
    return doc[comma].idx + 1


_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<who>.+?)\s+as\s+saying\b")
# "Reuters reports a union source as saying ...", "The Times quotes a minister as saying ...": the
# outlet reports, the one named after the verb speaks
_REPORTS_AS_SAYING = re.compile(
    r"\b(?:quotes|quoting|reports|reported|cites|cited|citing)\s+(?P<who>[^,;:“”\"]{2,60}?)\s+as\s+saying\b"
)
# '"...," the newspaper quotes a source close to the firm.' / '..., the Times quoted an aide saying.':
# the medium before the verb reports, the one named after it speaks, the quotation before is theirs
_QUOTES_AT_END = re.compile(
    r"\b(?:quotes|quoted)\s+(?!(?:as|by|in|on|from)\b)(?P<who>[^,;:“”\"]{2,80}?)(?:\s+(?:as\s+)?saying)?\s*[.!]?\s*$"
)
_QUOTATION_THEN_MEDIUM = re.compile(r"[”\"]\s*,?\s*(?:the\s+)?[^,;:“”\"]{2,60}?\s*$")


def _medium_named_elsewhere(ctx: ArticleContext, a: int, b: int) -> list[str]:
    """'"...," Gulf Herald quoted the prince as saying': the medium the words before "quoted" name
    when the model left them untagged there, by the one entity of the article written so elsewhere
    (a medium); else nothing."""
    words = ctx.body[a:b].strip(_EDGE)
    if not words[:1].isupper() or len(words.split()) > 5:
        return []
    named = ctx.named_elsewhere(words)
    return [named[1]] if named is not None and ctx.is_media(named[1]) else []


def _reported_clause_before(text: str, quoted: re.Match[str]) -> int:
    """'Talks were held last year, Reuters quoted sources as saying.': the index of the comma that
    closes the reported clause before a sentence-final "OUTLET quoted/reported X as saying", else -1
    (the content then follows the verb: "Reuters quoted X as saying that ...")."""
    if text[quoted.end() :].strip(" .!") or any(q in text[: quoted.start()] for q in OPEN_QUOTES):
        return -1
    comma = text.rfind(",", 0, quoted.start())
    if comma < 0 or not text[:comma].strip() or len(text[comma + 1 : quoted.start()].split()) > 6:
        return -1
    return comma


def _quotes_after_quote(text: str) -> re.Match[str] | None:
    """'"...," the newspaper quotes X.': the match of "quotes X" when a quotation and the medium's
    name (only) stand before it."""
    found = _QUOTES_AT_END.search(text)
    if found is None or _QUOTATION_THEN_MEDIUM.search(text, 0, found.start()) is None:
        return None
    if re.search(r"\b(?:is|was|were|are|been|be|being)\s*$", text[: found.start()]):
        return None  # "he was quoted as saying": a passive, not a medium quoting
    return found


# "X says Y, the FT reports.": a medium the article names reporting the claim, after its words
_TRAILING_REPORT = re.compile(
    r",\s+(?:the\s+)?(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,4})(?:reports|reported|has\s+reported)\s*$"
)


def _reporting_medium_after(draft: Draft, ctx: ArticleContext) -> tuple[int, str] | None:
    """Where in a reported (not quoted) claim's content a trailing ", the FT reports" starts, and
    the medium's id, when the words there name one medium of the article; else None."""
    if draft.direct_quote or draft.gap is not None:
        return None
    content = draft.content.rstrip()
    found = _TRAILING_REPORT.search(content)
    if found is None or not content[: found.start()].strip():
        return None
    a, b = draft.start + found.start("name"), draft.start + found.end("name")
    media = {ctx.table.outlet(m.entity_id) for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id)}
    if len(media) != 1:
        return None
    mention = next(m for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id))
    return found.start(), mention.entity_id


_QUOTED_BY = re.compile(
    r"^(?:[\W_]*(?:But|And|However,?)\s+)?(?P<who>[^,;:“”\"]{2,80}?)\s+"
    r"(?P<verb>(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+quoted)\s+"
    r"(?:(?P<by>(?:by|in)\s+[^,;:“”\"]{2,60}?)\s+)?(?:as\s+saying|saying(?=\s*:))\s*(?:that\s+)?[,:]?\s*(?=\S)"
)  # "was quoted by the Times as saying ...", "was quoted as saying ...", "was quoted in the Herald saying: "


# what joins "..., adding that" or "... - warning that" to the claim before it
# "said on Thursday it had ...", "said on Friday that ...": the weekday after the reporting verb
# dates the saying, not the statement (a date, "on 13 March", may be the statement's own)
_SAID_WHEN = re.compile(
    r"\s*on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+"
    r"(?:that\s+|(?=(?:it|he|she|they|we|the|a|an|its|his|her|their|[A-Z][\w’'-]+)\s))"
)
# "said in a statement (on Monday) (that) it ...": the occasion of saying before the clause said
_SAID_WHERE = re.compile(
    r"\s*in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|interview|letter|speech|briefing|"
    r"article|message|e-mail|email|blog|note)(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*,?\s+"
    r"(?:that\s+|(?=(?:it|he|she|they|we|there|the|its|his|her|their|[A-Z][\w’'-]+)\s+\w))"
)
_PARTICIPLE_JOINT = re.compile(r"(?:,|\s[-–—])\s$")


# verbs that also take a thing as object ("added the title", "wrote the book", "repeated the feat")
_THING_OBJECT_LEMMAS = {"add", "write", "repeat"}
# objects of those verbs that are words said ("added a warning", "repeated his claim")
_SPEECH_OBJECTS = {
    "warning", "warnings", "claim", "claims", "call", "calls", "caveat", "note", "point", "points",
    "comment", "comments", "plea", "message", "words", "view", "views", "denial", "assurance",
    "assurances", "pledge", "pledges", "promise", "promises", "criticism", "criticisms", "remark",
    "remarks", "accusation", "accusations", "allegation", "allegations", "argument", "demand",
    "demands", "threat", "insistence", "apology", "praise", "prediction", "forecast", "opinion",
}  # fmt: skip
# "thought to be struggling", "believed to be a coin": with a to-infinitive, reported of their subject
_PASSIVE_REPORT_LEMMAS = {"think", "believe", "understand", "estimate", "report", "consider", "know", "say"}


def _thing_object(doc, verb) -> bool:
    """The verb's object is a thing, not words: a common noun or a number after it, with no
    clause, quotation, colon or "that" anywhere in the sentence (which could hold the words)."""
    if verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") for c in verb.children):
        return False
    if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text in (":", "'") or t.lower_ == "that" for t in doc):
        return False
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 1].head.i == verb.i:
        return doc[verb.i + 1].dep_ == "prep"  # "has added to speculation", "added to the tally"
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod")]
    if not objects:
        return False
    if any(c.dep_ == "conj" and c.i > verb.i for c in verb.children) and not any(
        c.dep_ == "cc" and c.i > verb.i for c in verb.children
    ):
        return False  # "he added some projects, such as X, were doing well": a clause, "that" left out
    head = objects[0]
    return head.tag_ in ("NN", "NNS", "CD") and head.lower_ not in _SPEECH_OBJECTS


_NEW_THING_WORDS = {"a", "an", "another", "several", "some", "new", "fresh", "further", "more"}
_NEW_THING_WORDS |= {"this", "these", "latest"}  # "announced this latest research boost"
_NEW_THING_WORDS |= {"its", "their", "his", "her"}
_STANCE_NOUNS = {"support", "backing", "opposition", "objection", "objections", "approval", "disapproval"}


def _announced_thing(doc, verb) -> bool:
    """ "announced a new album", "announced 200 job cuts", "announced their plans": the object is a
    new thing made known (an indefinite, counted or possessed noun), with no clause, quotation or
    colon after the verb that could hold the words (not "announced the closure of the plant")."""
    if verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") for c in verb.children):
        return False
    if any(
        t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == ":" or t.lower_ == "that" for t in doc[verb.i :]
    ):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.tag_ not in ("NN", "NNS") or obj.lower_ in _STANCE_NOUNS:
        return False  # "announced their support for the plan": a stance stated
    return any(
        c.i < obj.i and (c.lower_ in _NEW_THING_WORDS or c.dep_ == "nummod" or c.tag_ == "CD") for c in obj.children
    )


def _person_object(ctx: ArticleContext, doc, verb, offset: int) -> bool:
    """ "denied the England striker", "denied Rooney": a person denied something, no denial made."""
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ == "dobj"]
    if not objects or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    head = objects[0]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and _main_line(t, verb) for t in doc[head.right_edge.i + 1 :]):
        return False  # "denied Mr Yeo, his deputy, said the plans were dead": "that" left out
    if head.lower_ in PLAYER_ROLES or head.lower_ in PERSON_PRONOUNS | {"him", "her", "them"}:
        return True
    mention = ctx.mention_at(offset + head.idx)
    return mention is not None and mention.label == "PERSON" and not any(c.dep_ == "case" for c in head.children)


def _main_line(token, verb) -> bool:
    """`token` hangs on `verb` (or the root) through no subordinate clause ("..., after his song
    stormed to the top", "while X cleared"): it could be the verb of an object clause."""
    node = token
    for _ in range(12):
        if node.dep_ in ("advcl", "relcl", "acl", "pcomp", "pobj") or any(c.dep_ == "mark" for c in node.children):
            return False
        if node.i == verb.i or node.head.i == node.i:
            return True
        node = node.head
    return True


def _to_infinitive(verb) -> bool:
    """ "With X thought to be ...", "a missile, believed to be a coin": a participle or a clause
    opened by "with", a to-infinitive and no object (not "X said to cut rates the bank must ...")."""
    comma_joined = (
        verb.dep_ == "conj"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )  # "hit by a missile, believed to be a coin", parsed as a verb joined to the sentence's
    if verb.tag_ != "VBN" and verb.dep_ not in ("acl", "advcl") and not comma_joined:
        return False
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve") for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


_CONDITION_WORDS = {"if", "unless", "until", "once", "when", "whenever", "where"}
_INNER_QUOTE = re.compile(r"\s*[,:]?\s*[‘']")


def _imagined_speech(verb) -> bool:
    """Within someone's quoted words, a reporting verb whose saying is imagined or reported on by
    the quoted speaker: in a clause of a verb with a modal ("he will stand up and say", "he will
    come to the point where he says"), under a condition ("when the boss says 'jump'"), or a
    pronoun's words quoted inside the quotation ("he says, 'I regret ...'"), whose "he" is not
    the last speaker."""
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in _CONDITION_WORDS and c.i < verb.i for c in verb.children):
        return True
    node = verb
    for _ in range(5):
        if node.head.i == node.i or (node is not verb and lemma_of(node) in REPORTING_LEMMAS):
            break
        node = node.head
        if any(c.dep_ == "aux" and c.lower_ in MODAL_SKIP for c in node.children):
            return True
    subject = _subject(verb)
    return (
        subject is not None
        and subject.lower_ in PERSON_PRONOUNS | {"they"}
        and _INNER_QUOTE.match(verb.doc.text, verb.idx + len(verb)) is not None
    )


def _names_listed_after(doc, comma: int) -> int | None:
    """ "by Grobco, Pell Research and Tanner Ltd sales rose": where a list of names that the comma at
    `comma` goes on ("Pell Research and Tanner Ltd", "A, B or C") ends, else None."""

    def name_end(i: int) -> int:
        k = i
        while k < len(doc) and (pos_of(doc[k]) == "PROPN" or (k > i and doc[k].text in ("&", "/", "-"))):
            k += 1
        return k

    k = name_end(comma + 1)
    while k > comma + 1 and k < len(doc) and doc[k].text == ",":
        nxt = name_end(k + 1)
        if nxt == k + 1:
            return None
        comma, k = k, nxt
    if k == comma + 1 or k >= len(doc) or doc[k].lower_ not in ("and", "or"):
        return None
    end = name_end(k + 1)
    if end == k + 1 or (end < len(doc) and (doc[end].tag_ in _FINITE_TAGS or pos_of(doc[end]) == "AUX")):
        return None  # "according to Tom Pell, Grobco and Tanner are ...": the names are the clause's subject
    return end


def extract_parsed(doc, offset: int, paragraph: tuple[int, int, int], ctx: ArticleContext) -> list[Draft]:
    """Claims of one parsed sentence. `offset` is its start in the body; `paragraph` is (index, start, end)."""
    p_index, p_lo, p_hi = paragraph
    body, text = ctx.body, doc.text
    s0, s1 = offset, offset + len(text)
    drafts: list[Draft] = []
    ctx.pending = drafts  # "X denied it - he says ...": a pronoun can refer to an earlier claim's speaker
    used_verbs: set[int] = set()

    def add(draft: Draft | None, media: Sequence[str] = ()) -> None:
        if draft is None:
            return
        draft = finish(draft, body, p_lo, p_hi)
        if draft is None or _only_adjunct(doc, offset, draft) or _act_not_statement(doc, offset, draft):
            return
        reporting = _reporting_medium_after(draft, ctx)
        if reporting is not None:  # "X says Y, the FT reports.": Y, reported by the FT
            draft.end = draft.start + len(draft.content.rstrip()[: reporting[0]].rstrip(" ,"))
            draft.content = body[draft.start : draft.end]
            media = [*media, reporting[1]]
        for entity_id in media:
            if entity_id and entity_id not in draft.outlets:
                draft.outlets.append(entity_id)
        drafts.append(draft)

    # "OUTLET quoted Y as saying"; '"...," the newspaper quotes a source close to the firm.'
    quoted = _QUOTED_AS_SAYING.search(text) or _REPORTS_AS_SAYING.search(text) or _quotes_after_quote(text)
    passive = _QUOTED_BY.search(text)
    if passive:  # "Mr Pell was quoted by the Times as saying ...": the subject speaks, the outlet reports
        who_a, who_b = offset + passive.start("who"), offset + passive.end("who")
        name, entity_id, _ = _speaker_from_span(ctx, who_a, who_b, None)
        if name is None:
            name, entity_id = ctx.named_elsewhere(body[who_a:who_b]) or (body[who_a:who_b].strip(_EDGE), None)
        outlet_ids = []
        if passive.group("by"):
            by_a, by_b = offset + passive.start("by"), offset + passive.end("by")
            outlet_ids = [m.entity_id for m in ctx.mentions_in(by_a, by_b) if m.label in ("ORG", "PLACE")]
        draft = Draft(
            p_index,
            offset + passive.end(),
            s1,
            name,
            entity_id,
            "say",
            False,
            s0,
            s1,
            verb_at=offset + passive.start("verb"),
        )
        add(draft, [e for e in outlet_ids if ctx.is_media(e)] or outlet_ids)
        for token in doc:
            if passive.start("verb") <= token.idx < passive.end():
                used_verbs.add(token.i)
        quoted = None
    if quoted:
        who_a, who_b = offset + quoted.start("who"), offset + quoted.end("who")
        name, entity_id, _ = _speaker_from_span(ctx, who_a, who_b, None)
        name = name or body[who_a:who_b]
        pre_end = offset + quoted.start()
        last_close = max(text.rfind(c, 0, quoted.start()) for c in CLOSE_QUOTES)
        if last_close < 0:
            last_close = _reported_clause_before(text, quoted)
        outlet_a = offset + (last_close + 1 if last_close >= 0 else 0)
        outlet_ids = [m.entity_id for m in ctx.mentions_in(outlet_a, pre_end) if m.label in ("ORG", "PLACE")]
        noun = re.fullmatch(rf"[\s,]*the\s+({alternation(OUTLET_REFERENCES)})\s*", body[outlet_a:pre_end])
        if not outlet_ids and noun is not None:  # "the newspaper quotes ...": the paper the passage named
            outlet_ids = [o for o in [ctx.last_outlet(pre_end, noun.group(1))] if o is not None]
        elif not any(ctx.is_media(o) for o in outlet_ids):
            # '"...," Gulf Herald quoted X as saying' with the name untagged there (or only "Gulf")
            outlet_ids = _medium_named_elsewhere(ctx, outlet_a, pre_end) or outlet_ids
        if last_close >= 0:
            a, b = s0, outlet_a
        else:
            a, b = offset + quoted.end(), s1
            if (lead := re.match(r"\s*that\s+", body[a:b])) is not None:
                a += lead.end()  # "quotes a minister as saying that ...": "that" opens the content
        draft = Draft(p_index, a, b, name, entity_id, "say", False, s0, s1, verb_at=offset + quoted.start())
        add(draft, outlet_ids)
        for token in doc:
            if quoted.start() <= token.idx < quoted.end():
                used_verbs.add(token.i)

    according_outlets: list[str] = []
    according_claims: list[tuple] = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            x_end = objects[0].right_edge.i + 1 if objects else min(len(doc), to.i + 2)
            comma = next((t.i for t in doc[to.i + 1 : x_end] if t.text in (",", ":")), None)
            if token.i == 0 or all(t.is_punct for t in doc[: token.i]):
                # "According to a survey by X and Y, nearly ...": the comma closes the source
                first = next((t.i for t in doc[to.i + 1 : to.i + 40] if t.text in (",", ":")), None)
                if first is not None and first >= x_end and not any(t.tag_ in _FINITE_TAGS for t in doc[x_end:first]):
                    comma = first  # (not past a finite verb: "According to X the parcels were sent ..., ...")
            if comma is None:  # "according to research firm Countwise," parsed with the name outside
                comma = next((t.i for t in doc[x_end : to.i + 12] if t.text in (",", ":")), None)
                if comma is not None and any(pos_of(t) in ("VERB", "AUX") for t in doc[x_end:comma]):
                    comma = None
                elif comma is not None:
                    x_end = comma
            if comma is not None and (listed := _names_listed_after(doc, comma)) is not None:
                # "according to a survey by Grobco, Pell Research and Tanner Ltd(,) sales rose": the
                # comma goes on a list of names, which the source runs to the end of
                if listed < len(doc) and doc[listed].text == "(":  # "Trade and Industry (METI), ..."
                    listed = next((t.i + 1 for t in doc[listed:] if t.text == ")"), listed)
                comma = listed if listed < len(doc) and doc[listed].text == "," else None
                x_end = listed
            x_end = comma if comma is not None else x_end
            xa, xb = offset + to.idx + len(to) + 1, offset + doc[x_end - 1].idx + len(doc[x_end - 1])
            document = bool(objects) and objects[0].lower_ in DOCUMENT_NOUNS  # "according to a survey by X"
            name, entity_id, _ = _speaker_from_span(ctx, xa, xb, None, common_noun=document, document=document)
            if name is None and any(_place_modifier(ctx, m, xb) for m in ctx.mentions_in(xa, xb)):
                name = body[xa:xb].strip(_EDGE)  # "according to a US think-tank": a source, the place not it
            if entity_id is None and (outlet := ctx.described_outlet(body[xa:xb], xa)) is not None:
                name, entity_id = body[xa:xb].strip(), outlet  # "according to the Spanish daily"
            if entity_id and ctx.is_media(entity_id):
                according_outlets.append(entity_id)
            according_claims.append((token.i, x_end, name, entity_id, objects[0] if objects else None, xa, xb))
            used_verbs.add(token.i)

    for noun in doc:
        owned = _owned_statement(doc, noun)
        if owned is not None:
            owner, first, clause = owned[0], doc[owned[1].i + 1], owned[1].head
        elif (loose := _loosely_owned_statement(doc, noun)) is not None:
            owner, first, clause = loose
        else:
            continue
        if owner.lower_ in _OWNER_PRONOUNS:
            if _inside_quote(body, p_lo, offset + owner.idx):
                continue  # '"His claim that X is wrong," she said': someone the quoted speaker knows
            # "his allegations that ...": the one person the pronoun can be, else nobody named
            person = ctx.resolve_pronoun(s0, _OWNER_PRONOUNS[owner.lower_], offset + owner.idx)
            name, entity_id = person if person is not None else (unresolved(owner.text), None)
        else:
            name, entity_id, _ = _speaker_from_span(
                ctx, offset + owner.left_edge.idx, offset + owner.idx + len(owner), [offset + owner.idx]
            )
            if name is None or entity_id is None:
                continue  # only a named owner: "the claim that ..." alone is nobody's statement
        c0, c1 = first.idx, clause.right_edge.idx + len(clause.right_edge)
        draft = Draft(
            p_index,
            offset + c0,
            offset + c1,
            name,
            entity_id,
            OWNED_NOUNS[noun.lower_],
            _negated(doc, None, c0, c1),
            s0,
            s1,
            verb_at=offset + noun.idx,
            owned=True,
        )
        add(draft)

    for verb in doc:
        lemma = lemma_of(verb)
        if verb.i in used_verbs or (
            pos_of(verb) not in ("VERB", "AUX")
            # "The leader brands such claims as "rubbish"", "brands" tagged a plural noun
            and not (any(c.dep_ == "nsubj" for c in verb.children) and _naming(doc, verb) is not None)
            # "X signed Y and claims he spent ...": a third-person verb tagged a plural noun,
            # coordinated with a verb and governing a clause
            and not _verb_tagged_noun(verb)
        ):
            continue
        if (
            verb.lower_ in ("went", "goes", "go", "going")
            and verb.i + 1 < len(doc)
            and doc[verb.i + 1].lower_ == "on"
            and (verb.i + 2 >= len(doc) or doc[verb.i + 2].is_punct)
        ):
            lemma = "go on"  # "..., he went on."
        elif (
            verb.lower_ in ("continued", "continues")
            and verb.dep_ in ("ROOT", "parataxis")
            and verb.i + 1 < len(doc)
            and (
                doc[verb.i + 1].text in (".", ":", "!")
                # '"...," he continued, adding that ...': a participle of saying goes on after a quote
                or (
                    doc[verb.i + 1].text == ","
                    and verb.i + 2 < len(doc)
                    and doc[verb.i + 2].lower_ in _PARTICIPLE_LEMMA
                    and any(t.text in CLOSE_QUOTES for t in doc[: verb.i])
                )
            )
            and not any(c.i > verb.i and c.dep_ in ("xcomp", "dobj", "prep", "ccomp") for c in verb.children)
        ):
            lemma = "continue"  # '"...," Mr X continued.' / 'He continued: "..."'
        elif (stance := _stance(verb)) is not None:
            lemma = stance  # "made it clear (that) ...", "is confident (that) ..."
        elif (naming := _naming(doc, verb)) is not None:
            lemma = naming  # "called Labour "a machine for talking"", "branded it a "leap in the dark""
            if naming in _VIEW_FORMS.values() and not _personal(ctx, _subject(verb), offset):
                continue
        elif (made := _made_statement(verb)) is not None:
            fact_verb = next((v for k, v in FACT_VERBS.items() if verb.lower_.startswith(k[:-1])), "")
            lemma = fact_verb if made[0] == "fact" else MADE_NOUNS.get(made[0]) or VOICED_NOUNS[made[0]]
        elif lemma not in REPORTING_LEMMAS:
            document = _subject(verb)
            document_lemma = lemma_of_document(verb)
            if document is None and document_lemma in _FINDING_LEMMAS and verb.dep_ == "conj":
                # "Grobco surveyed 500 firms and found that ...": the subject of the verb before "and"
                # (the sentence's own verb: not "X said the police searched it and found that ...")
                if verb.head.dep_ == "ROOT" and pos_of(verb.head) == "VERB":
                    document = _subject(verb.head)
            if document_lemma is None or document is None:
                continue
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # "had expected the minutes to show X": what someone expected, not a finding
            named = ctx.mention_at(offset + document.idx)
            finding = document_lemma in _FINDING_LEMMAS
            if (document.lower_ not in DOCUMENT_NOUNS or document_lemma == "discover") and not (
                (
                    (named is not None and named.label == "ORG")
                    or (finding and document.lower_ in FINDING_BODIES)
                    # "It found that ...", "after it discovered that ...": the body named before
                    or (finding and document.lower_ == "it")
                )
                and any(c.dep_ == "ccomp" for c in verb.children)
            ):
                continue  # "show" and "find" report with a document, or an organisation's finding, as subject
            lemma = document_lemma
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        if lemma in _THING_OBJECT_LEMMAS and _thing_object(doc, verb):
            continue  # "added the 400m title", "co-wrote the pilot episode", "repeated the feat": no words
        if lemma == "announce" and _announced_thing(doc, verb):
            continue  # "announced a new album", "announced 200 job cuts": a thing made known, no statement
        if lemma == "deny" and _person_object(ctx, doc, verb, offset):
            continue  # "the keeper denied the England striker": a save, not a denial
        if lemma in _PASSIVE_REPORT_LEMMAS and _to_infinitive(verb):
            continue  # "With X initially thought to be struggling": a passive report about X, not by X
        if (
            lemma in ("hope", "expect", "vow", "pledge", "promise")
            and any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in verb.children
            )
            and not any(c.dep_ in ("dobj", "ccomp", "nsubj") and c.i > verb.i for c in verb.children)
        ):
            continue  # "hopes to reach 1,000 towns", "vowed to sue", "pledged to cut": an aim, no statement
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
            continue  # "grew faster than the 2% reported", "than analysts forecast": a comparison, no statement
        if lemma in FOR_LEMMAS and not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            for c in verb.children
        ):
            continue  # "praised the staff" alone says nothing; "praised the staff for ..." does
        if lemma in TIP_LEMMAS and not _tipped(verb):
            continue  # "tipped the waiter", "tipped off police", "tipped the balance": no forecast
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in (*verb.children, *verb.head.children)) and (
            verb.dep_ != "conj" or verb.head.i < verb.i
        ):
            continue  # "has neither confirmed nor denied the report": no statement either way
        if any(c.dep_ == "aux" and c.lower_ in MODAL_SKIP for c in verb.children):
            continue  # "Tsikhanouskaya should acknowledge that ..." is the author's advice
        if _inside_quote(body, p_lo, offset + verb.idx) and _imagined_speech(verb):
            continue  # '"... he will come to the point where he says, 'I regret it'"': imagined words
        if lemma == "deny" and any(c.dep_ == "dative" for c in verb.children):
            continue  # "denied him a place in the team": a refusal, not a statement
        opening_speaker = _speaker_before_colon_quote(doc, verb)
        if (lemma != "be confident" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)) or (
            verb.tag_ == "VBN"
            and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ == "aux" for c in verb.children)
            and opening_speaker is None
        ):
            continue  # "X is accused of ...", "X is on trial, accused of ...": said of X, not by X
        # "refused to accept that X": a denial of X, stated (not "refused to accept the offer")
        refused_that = _refused_that(verb, lemma)
        if (
            not refused_that
            and verb.dep_ in ("xcomp", "acomp", "acl")
            and (
                verb.head.lower_.startswith(NON_STATEMENT_HEADS + AIM_HEADS)
                or verb.head.lower_ in AIM_WORDS
                or verb.head.lower_ in ("have", "has", "had", "need", "needs")
            )
        ):
            continue  # "declined to say whether ...", "what rights they have to say": a statement not made
        if (
            verb.head.i != verb.i
            and verb.head.lower_.startswith(("ask", "wonder"))
            and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
        ):
            continue  # "was asked whether he thought ...": a question put to them, not their statement
        subject = _subject(verb) or opening_speaker
        if (
            subject is not None
            and verb.tag_ == "VBG"
            and subject.i > verb.i + 1
            and doc[verb.i + 1].text in OPEN_QUOTES
            and _inside_quote(body, offset + doc[verb.i + 1].idx, offset + subject.idx)
        ):
            subject = None  # '..., declaring "today Leeds, tomorrow Paris"': a word of the quote, no speaker
        if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is not None and lemma in ("say", "add") and _inverted_speaker(doc, verb, subject) is not None:
            subject = _inverted_speaker(doc, verb, subject)  # "..., which appeal to gamers, said a panel of experts."
        inherited = False
        if subject is None and lemma in ("say", "add"):
            # '"...," added Grobco's Tom Pell.' / "For instance, said Mr Pell, prices ...": the name
            # right after the verb, which the parser took for an object or another verb's subject
            subject = _inverted_name(doc, verb) or _name_after(doc, verb)
        elif subject is None and lemma in REPORTING_LEMMAS and verb.i > 0 and doc[verb.i - 1].text in CLOSE_QUOTES:
            subject = _inverted_name(doc, verb)  # '"...," warned Tom Pell.': any verb of saying after the quote
        if subject is None and verb.dep_ == "ROOT":
            subject = _fronted_title_name(doc, verb) or _fronted_clause_appos(doc, verb)
        if subject is None and lemma == "be confident":
            # "He is convinced Grobco will win": the parser may hang "He" on "is"
            auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), None)
            subject = _subject(auxiliary) if auxiliary is not None else None
        if lemma == "be confident" and subject is not None and subject.left_edge.lower_ == "not":
            continue  # "Not everyone is convinced the plan will work": doubt, no one's statement
        controller = (
            next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if subject is None and verb.dep_ == "xcomp"
            else None
        )
        if controller is not None and verb.head.lower_ not in _CAUSING_WORDS:
            continue  # "urged Mr Bell to admit ...": asked to speak, no statement by anyone
        if controller is not None:
            subject = controller  # "..., leading Grobco to warn that ...": the one led or forced to speak
        elif subject is None and verb.dep_ == "xcomp" and verb.head.lower_ in _CAUSING_WORDS:
            # "Mr Bell was forced to deny that ...": the passive's subject is the one made to speak
            subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            subject = _name_before(doc, verb)  # "... but Wenger is confident", the name parsed elsewhere
        if subject is None and verb.dep_ == "ROOT":
            subject = _name_before_relative(doc, verb)
        if subject is None:
            outer = _participle_of_speaker(verb)
            # "X said A, saying B" with the participle hung inside A: X goes on, not A's subject
            subject = (_subject(outer) if outer is not None else None) or _inherited_subject(verb)
            inherited = True
        if subject is None:
            continue
        if lemma == "go on" and (
            verb.dep_ == "relcl"
            or (pos_of(subject) == "NOUN" and subject.lower_ not in _TITLE_HEADS and not _source_head(subject.lower_))
        ):
            continue  # "... - the list goes on.", "X, whose losing run goes on.": nobody speaks
        continuing = lemma in ("add", "continue", "go on")
        resolved = None
        if (
            subject.lower_ == "it"
            and verb.dep_ == "relcl"
            and (governor := _clause_subject(verb.head)) is not None
            and governor.lower_ not in PERSON_PRONOUNS | {"it", "they"}
            and governor.tag_ not in ("NNS", "NNPS")  # "studios ... file-sharers who it says": not them
        ):
            # "Grobco opened a plant, which it says will create 200 jobs": "it" is the clause's
            # subject, when that names an entity that is no person (else "it" as usual)
            resolved = _speaker(ctx, governor, offset, s0)
            if resolved is not None and (not resolved[1] or ctx.likely_person(resolved[1])):
                resolved = None
        if resolved is None:
            resolved = _speaker(ctx, subject, offset, s0, continuing)
        if (
            resolved is None
            and not inherited
            and subject.lower_ == "it"  # before the scan of the article so far, which only "it" needs
            and _attributing_it(doc, verb, subject, any(m.label == "ORG" for m in ctx.mentions_in(0, offset)))
        ):
            # "..., it said." / 'It added: "..."': a statement whatever "it" is; said, not guessed
            resolved = unresolved(subject.text), None, []
        elif resolved is None and inherited and subject.lower_ == "it" and _it_goes_on(doc, verb, subject):
            # "It studied the books and concluded that ...", "It said A, saying B": the same "it"
            resolved = unresolved(subject.text), None, []
        if resolved is None:
            continue
        speaker, speaker_id, media = resolved
        a0 = verb.i if inherited else min(subject.left_edge.i, verb.i)
        a1 = max(verb.i, subject.right_edge.i if not inherited and subject.i > verb.i else verb.i) + 1
        a1 = min(_extend_attribution(doc, verb, a1), len(doc))
        made_that = _made_statement(verb)
        if made_that is not None and a1 <= made_that[1]:
            a1 = made_that[1] + 1  # past "claims that": the clause is the content
        if lemma in ("make clear", "be confident"):
            # past "it clear", "confident", "that": the clause after them is the content
            while a1 < len(doc) and (
                doc[a1].lower_ in ("it", "clear", "that", ",") or doc[a1].lower_ in STANCE_ADJECTIVES
            ):
                a1 += 1
        told_that = False
        if lemma == "tell" and a1 < len(doc):
            # "X told The Moscow Times the market ...": the addressee is not the content (but after
            # "told the Daily Mail:", a name opens the quote)
            addressee = (
                None
                # past "told a party gathering that": the name after the "that" opens the content
                if doc[a1 - 1].text == ":" or doc[a1].text in OPEN_QUOTES or doc[a1 - 1].lower_ == "that"
                else next(
                    (
                        m
                        for m in ctx.mentions_in(offset + doc[a1].idx, offset + doc[a1].idx + 60)
                        if m.start - (offset + doc[a1].idx) <= 4
                    ),
                    None,
                )
            )
            if addressee is not None and _subject_after_addressee(doc, verb, a1, addressee.end - offset):
                addressee = None  # "told Labour members the Tories offered ...": the name opens the content
            if addressee is not None:
                while a1 < len(doc) and offset + doc[a1].idx < addressee.end:
                    a1 += 1
                if a1 < len(doc) and doc[a1].lower_ in ("'s", "’s"):
                    # "told BBC Radio 4's Today programme that ...": the programme is the addressee too
                    stop = next((t.i for t in doc[a1 + 1 : a1 + 6] if t.lower_ == "that" or t.is_punct), None)
                    if stop is not None and all(pos_of(t) in ("PROPN", "NOUN", "NUM") for t in doc[a1 + 1 : stop]):
                        a1 = stop
            # "told the BBC's Breakfast with Frost show the money ...": the rest of a programme's
            # name, lower-case words and all, up to "programme" or "show"
            show = next((t.i for t in doc[a1 : a1 + 6] if t.lower_ in ("programme", "show")), None)
            if show is not None and all(
                pos_of(t) in ("PROPN", "NUM") or t.tag_ in ("IN", "CD") or t.lower_ in ("'s", "’s")
                for t in doc[a1:show]
            ):
                a1 = show + 1
            if addressee is not None or (
                0 < a1 < len(doc) and doc[a1].lower_ == "that" and pos_of(doc[a1 - 1]) in ("NOUN", "PROPN")
            ):
                # "told the committee that ...", which the parser may read as a relative clause
                while a1 < len(doc) and doc[a1].lower_ in ("that", ",", ":"):
                    told_that = told_that or doc[a1].lower_ == "that"
                    a1 += 1
        that = next((t.i for t in doc[a1 : a1 + 6] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if made_that is not None:
            that = None
            told_that = True
        if that is None:  # "agreed with the other ministers that ...": the mark of the verb's own clause
            that = next(
                (
                    t.i
                    for t in doc[a1 : a1 + 14]
                    if t.lower_ == "that" and t.dep_ == "mark" and t.head.dep_ == "ccomp" and t.head.head.i == verb.i
                ),
                None,
            )
        if that is None and lemma == "tell":
            that = _that_after_addressee(doc, verb, a1)
        if that is not None and all(
            t.is_punct or _adjunct_of(verb, t) or (lemma == "tell" and _in_object(verb, t)) for t in doc[a1:that]
        ):
            a1, that_clause = that + 1, True  # "claiming, without evidence, that ..."
        else:  # "told X that ...": the attribution already took the "that"
            that_clause = told_that or (lemma == "tell" and 0 < a1 <= len(doc) and doc[a1 - 1].lower_ == "that")
        before, after = _content_pieces(doc, a0, a1)
        clausal_colon = False
        right = [c for c in verb.children if c.i >= a1 and c.dep_ not in ("conj", "cc", "punct", "advcl", "parataxis")]
        told_clause = _told_clause_cut_off(doc, verb, a1) if lemma == "tell" and not right else None
        if told_clause is not None:
            right = [told_clause]
        if right and not that_clause and not (a1 < len(doc) and doc[a1 - 1].text == ":"):
            last = max(c.right_edge.i for c in right)
            if any(c.dep_ == "ccomp" for c in right):
                last = _reported_conjunct_end(doc, verb, last)
            if lemma in _VIEW_FORMS.values():
                # "sees X as the sole means to end the war": the parser hangs the infinitive on the
                # verb, but it finishes the view
                last = max(
                    (
                        c.right_edge.i
                        for c in verb.children
                        if c.dep_ == "advcl"
                        and c.left_edge.i == last + 1
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    ),
                    default=last,
                )
            while last + 1 < len(doc) and doc[last + 1].text in CLOSE_QUOTES:
                last += 1
            if last + 2 < len(doc) and doc[last + 1].text == ":" and doc[last + 2].text in OPEN_QUOTES:
                after = (doc[last + 2].idx, len(text))  # "..., appearing to emphasize X: “quote”"
                clausal_colon = True
            else:
                after = (after[0], doc[last].idx + len(doc[last]))
        after = _before_own_participle(doc, verb, _narrated_while(doc, verb, _before_next_report(doc, verb, a1, after)))
        has_before, has_after = _nonempty(text, before), _nonempty(text, after)
        if (
            has_before
            and has_after
            and not that_clause
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") and c.i >= a1 for c in verb.children)
            and text[after[0] : after[1]].split()[0].lower() in _ADJUNCT_START
        ):
            has_after = False  # "..., X has said during a visit to Y": a time or place follows the attribution
        if has_after and has_before and _opens_with_participle(doc, verb, after[0]):
            has_after = False  # "“...,” Mr Fox said, adding that ...": the participle is a claim of its own
        if has_after and has_before and _setting_participle(doc, verb, after):
            has_after = False  # "..., the bank said, citing a report by X.": how or where, not what
        if has_before and not has_after:
            before = _before_subject_phrase(text, before)  # "..., Tory co-chairman Liam Fox said."
        clausal_right = (
            clausal_colon
            or that_clause
            or told_clause is not None
            or any(c.dep_ in ("ccomp", "xcomp") and c.i >= a1 for c in verb.children)
            or (a1 < len(doc) and (doc[a1 - 1].text == ":" or doc[a1].text in OPEN_QUOTES))
        )
        # a clause before the verb ("“...,” she said in an interview"): the content is on the left
        clausal = clausal_right or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        gap = None
        # '"We will grow," Mr Pell said, "and we will hire."': one quotation around the attribution
        split_quote = (
            has_before
            and has_after
            and text[before[0] : before[1]].strip()[:1] in OPEN_QUOTES
            and text[before[0] : before[1]].rstrip()[-1:] in CLOSE_QUOTES
            and text[after[0] : after[1]].strip()[:1] in OPEN_QUOTES
        )
        if (verb.dep_ == "parataxis" or split_quote) and has_before and has_after:
            piece = (before[0], after[1])
            gap = (offset + before[1], offset + after[0])
            clausal = True  # "The problem, he believes, is that ...": the clause around the verb is its content
        elif has_after and (_has_right_complement(verb) or clausal_right or (clausal and not has_before)):
            piece = after
        elif (
            has_before
            and not _reported_inside(verb, before)
            and (
                any(q in text[before[0] : before[1]] for q in CLOSE_QUOTES)
                or (verb.dep_ == "ROOT" and not has_after)
                or (not has_after and text[: before[1]].rstrip().endswith(","))
                or (not has_after and not inherited and subject.i > verb.i and lemma in ("say", "add"))
            )
        ):
            # "..., he also told his audience." / "..., he went on.": the attribution closes the sentence
            piece = before
            clausal = True
        elif has_after and lemma != "tell":
            piece = after
        elif (
            not has_before
            and not has_after
            and a0 <= 1
            and (quote := _quote_before(body, s0 + len(text) - len(text.lstrip()), p_lo)) is not None
        ):
            # '"... this year." said X': the splitter cut after the quote's full stop
            draft = Draft(p_index, quote[0], quote[1], speaker, speaker_id, lemma, False, quote[0], s1)
            draft.verb_at = offset + verb.idx
            add(draft, [*media, *according_outlets])
            continue
        else:
            continue
        if lemma in CLAUSAL_LEMMAS and not clausal:
            continue
        if (
            lemma in CLAUSE_ONLY_LEMMAS
            and not (clausal_colon or that_clause)
            and not any(c.dep_ == "ccomp" for c in verb.children)
            and not any(
                q in text[piece[0] : piece[1]][:1] + text[piece[0] : piece[1]][-1:] for q in CLOSE_QUOTES + OPEN_QUOTES
            )
        ):
            continue  # "agreed to a deal", "agreed to pay": an act, not a statement
        if lemma in CLAUSE_ONLY_LEMMAS and text[piece[0] : piece[1]].split()[:1] in (["to"], ["with"], ["on"], ["in"]):
            continue  # "agreed to allow him ... on condition that ...": the clause is not the content
        if (
            lemma in CLAUSE_ONLY_LEMMAS
            and not refused_that
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            continue  # "was right to accept that ...", "in place to disclose that ...": not what they said
        if (
            lemma in CLAUSE_ONLY_LEMMAS
            and piece[1] <= verb.idx
            and any(not t.is_punct and t.text not in CLOSE_QUOTES for t in doc[verb.i + 1 :])
        ):
            continue  # on the left only as "..., they agreed.": not "..., part of a pact agreed in 2000"
        piece = _without_speakers_act(doc, verb, piece)
        if piece[0] > verb.idx and (when := _SAID_WHEN.match(text, piece[0])) is not None and when.end() < piece[1]:
            piece = (when.end(), piece[1])  # "said on Thursday (that) it had signed": the day of saying
        if piece[0] > verb.idx and (where := _SAID_WHERE.match(text, piece[0])) is not None and where.end() < piece[1]:
            piece = (where.end(), piece[1])  # "said in a statement it had signed": where it was said
        if refused_that and (lead := re.match(r"\s*that\s+", text[piece[0] : piece[1]])) is not None:
            piece = (piece[0] + lead.end(), piece[1])  # "that" taken for a determiner stayed in the content
        negated = refused_that or _negated(doc, verb, *piece)
        draft = Draft(
            p_index,
            offset + piece[0],
            offset + piece[1],
            speaker,
            speaker_id,
            lemma,
            negated,
            s0,
            s1,
            verb_at=offset + verb.idx,
            gap=gap,
        )
        if _speaks_as_outlet(ctx, speaker_id, lemma):
            media = [speaker_id, *media]
        add(draft, [*media, *according_outlets])

    # "... than the 0.4% reported, according to X": a participle whose only words after it are the
    # "according to" phrase reports nothing; the "according to" source is the claim's
    drafts[:] = [d for d in drafts if not re.fullmatch(r"according\s+to\s[^,;:“”\"]+", d.content, re.IGNORECASE)]
    if not drafts:
        named_source = any(c[2] is not None for c in according_claims)
        for i, x_end, name, entity_id, obj, xa, xb in according_claims:
            if name is None and named_source:
                continue  # "according to analysts X ... according to X analyst Y": the named one
            if name is None:
                phrase = body[xa:xb].strip(_EDGE)
                head = obj.lower_ if obj is not None else ""
                if not _source_head(head):
                    continue
                name = phrase
                entity_id = ctx.resolve_description(phrase, head, xa)
            a1 = x_end
            while a1 < len(doc) and doc[a1].is_punct and doc[a1].text in (",", ":"):
                a1 += 1
            before, after = _content_pieces(doc, i, a1)
            if _nonempty(text, before) and _describes_source(doc, a1):
                piece = before  # "..., according to Tom Pell, an analyst at Fenwick."
            elif _nonempty(text, after):
                piece = (_after_apposition(doc, a1, after[0]), after[1])
            else:
                piece = before
            negated = _negated(doc, None, *piece)
            draft = Draft(
                p_index,
                offset + piece[0],
                offset + piece[1],
                name,
                entity_id,
                "according to",
                negated,
                s0,
                s1,
                verb_at=offset + doc[i].idx,
            )
            add(draft, [entity_id] if ctx.is_media(entity_id) else [])

    if not drafts:
        _colon_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _document_claim(text, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _trailing_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _dashed_subject_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _view_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _accused_by_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _quoted_after_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _described_by_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _with_saying_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _relative_report_claim(doc, offset, p_index, ctx, add, s0, s1)
    else:
        _relative_report_claim(doc, offset, p_index, ctx, add, s0, s1, aside=True)
    if not drafts:
        _closing_person_claim(doc, offset, p_index, ctx, add, s0, s1)

    # "..., adding that ...", "..., predicting that ...": the same speaker goes on to a second claim,
    # which ends the first one at the comma
    for d in drafts:
        for o in drafts:
            if (
                o is not d
                and o.start <= d.verb_at < o.end
                and d.start > o.start
                and not o.direct_quote
                and (joint := _PARTICIPLE_JOINT.search(body, max(0, d.verb_at - 3), d.verb_at)) is not None
                and _word_at(body, d.verb_at).lower().endswith("ing")
            ):
                if joint.start() - o.start < 2:
                    continue
                o.end = joint.start()
                o.content = body[o.start : o.end]
                d.speaker, d.speaker_id = o.speaker, o.speaker_id  # the parser may hang it on the content's verb
    # "X said A but predicted B", "X said A but the Tories say B": a reporting verb coordinated with
    # the content's verb starts a claim of its own, which ends the first one before the "but"
    for d in drafts:
        verb = next((t for t in doc if offset + t.idx == d.verb_at), None)
        clause = _misjoined_clause(verb) if verb is not None else None
        if clause is None and verb is not None and verb.dep_ == "conj":
            clause = verb.head
        if clause is None or clause.dep_ != "ccomp" or offset + clause.head.idx not in {o.verb_at for o in drafts}:
            continue
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
        for o in drafts:
            if (
                o is not d
                and o.start <= d.verb_at < o.end
                and o.verb_at == offset + clause.head.idx
                and cc is not None
                and not o.direct_quote
            ):  # inside a quotation, every word is the speaker's
                cut = offset + cc.idx
                if cut - o.start > 2 and not o.gap:
                    o.end = trim(body, o.start, cut)[1]
                    o.content = body[o.start : o.end]
    # "X estimates A, although some analysts speculate B": a concessive clause with a speaker and a
    # reporting verb of its own is a claim of its own, which ends the first one before it (also
    # when the reporting verb hangs on the clause's verb: "although Mr Bell was forced to deny B")
    for d in drafts:
        verb = next((t for t in doc if offset + t.idx == d.verb_at), None)
        while verb is not None and _to_clause(verb) and verb.head.i < verb.i:
            verb = verb.head
        if verb is None or verb.dep_ != "advcl" or not any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE and c.i < verb.i), None)
        if mark is None:
            continue
        for o in drafts:
            if o is not d and o.start <= d.verb_at < o.end and not o.direct_quote and not o.gap:
                cut = offset + mark.idx
                if cut - o.start > 2:
                    o.end = trim(body, o.start, cut)[1]
                    o.content = body[o.start : o.end]
    # two sentences parsed as one: the first claim ends at the full stop before the second's attribution
    _speaker_of_cut_sentence(ctx, drafts, cut_at_attributed_sentence(body, drafts))
    # a reporting verb inside another claim's content is part of that claim ("..., he said, as X announced")
    nested = _nested_pronoun_claims(ctx, drafts)
    drafts = [
        d
        for d in drafts
        if id(d) in nested
        or not any(o is not d and o.start <= d.verb_at < o.end and not _nested_claim(body, o, d) for o in drafts)
    ]
    for draft in drafts:
        _denied_by_others(ctx, draft)
    # inner outlets: media named in the sentence outside the content and not the speaker
    for draft in drafts:
        for mention in ctx.mentions_in(s0, s1):
            if draft.start <= mention.start < draft.end or mention.entity_id == draft.speaker_id:
                continue
            if (
                ctx.is_media(mention.entity_id)
                and mention.entity_id not in draft.outlets
                and (
                    ctx.table.entry(mention.entity_id) is not None
                    or _ADDRESSED.search(body, max(0, mention.start - 16), mention.start)
                )
                and not _beside_the_attribution(doc, offset, draft, mention, drafts)
            ):  # an outlet known by its name alone counts where it is told or written to
                draft.outlets.append(mention.entity_id)
        told = _TOLD_THE_PAPER.search(body, s0, s1)
        if not draft.outlets and told and not (draft.start <= told.start() < draft.end):
            outlet = ctx.last_outlet(told.start(), told.group(1))
            if outlet is not None:
                draft.outlets.append(outlet)
        if not draft.outlets:
            draft.outlets.extend(_told_the_table_paper(ctx, draft, drafts, s0, s1))
        draft.outlets = [
            o
            for o in draft.outlets
            if not _employer_only(ctx, draft, o, s0, s1) and not _named_as_other_only(ctx, draft, o, s0, s1)
        ]
        if _named_in_own_content(ctx, draft, s0, s1):
            draft.speaker_id = None
        ctx.spoke(draft)
    ctx.pending = []
    # dropped last, once they have cut the claims before them ("A said X, while B said only some had")
    return [d for d in drafts if not _elliptic(doc, offset, d)]


# "..., which the Tories deny.", "..., a charge the firm denies.": a denial closing a reported claim
_DENIED_AFTER = re.compile(
    r",\s+(?:(?:a|an)\s+(?:charge|claim|allegation|accusation|suggestion)\s+)?(?:which|that)?\s*"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+[a-z]+)\s+"
    r"(?:(?:has|have|had|strongly|strenuously|firmly|always)\s+)*"
    r"(?P<verb>deny|denies|denied|dispute|disputes|disputed|reject|rejects|rejected)\s*$"
)


def _denied_by_others(ctx: ArticleContext, draft: Draft) -> None:
    """ "The Chancellor said the plans would cost £50bn, which the Tories deny.": the closing
    relative is no part of what the Chancellor said (the author reports the other side's denial),
    so the content ends before it. Only after reported (not quoted) content and for a named
    denier or "the" and a common noun ("a charge the company denies"), never a pronoun ("which he
    denies" may be the speaker's own words). One claim per span: the denial is not a claim here."""
    if draft.direct_quote or draft.gap:
        return
    body = ctx.body
    match = _DENIED_AFTER.search(body, draft.start, draft.end)
    if match is None or match.start() - draft.start < 12:
        return
    w0, w1 = match.start("who"), match.end("who")
    if not body[w0:w1].startswith("the ") and _speaker_from_span(ctx, w0, w1, None)[0] is None:
        return
    draft.end = trim(body, draft.start, match.start())[1]
    draft.content = body[draft.start : draft.end]


# what a broadcaster does when it reports the news rather than speaks for itself as a company
_REPORTING_LEMMAS = {"report", "reveal", "learn", "broadcast", "quote"}


# "told the Observer", "quoted in the Herald newspaper": a paper the table writes with its article,
# whose bare name the model may not tag
_TOLD_THE_NAME = re.compile(
    r"\b(?:told|telling|tells|quoted\s+in|writing\s+in|wrote\s+in|(?:interview|interviewed)\s+(?:with|by))\s+"
    r"the\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)


def _told_the_table_paper(ctx: ArticleContext, draft: Draft, drafts: list[Draft], s0: int, s1: int) -> list[str]:
    """The outlet a claim's sentence names, outside its content, as "told the X" where the table
    knows "The X" (or "X") as a medium, when its verb is the claim's (the nearest of the sentence's
    claims' verbs); else nothing."""
    for found in _TOLD_THE_NAME.finditer(ctx.body, s0, s1):
        if draft.start <= found.start() < draft.end:
            continue
        verbs = [d for d in drafts if d.verb_at >= 0 and not d.start <= found.start() < d.end]
        if draft.verb_at < 0 or min(verbs, key=lambda d: abs(d.verb_at - found.start())) is not draft:
            continue
        name = re.sub(r"['’]s$", "", found["name"])
        entity_id = ctx.table.exact("The " + name) or ctx.table.exact(name)
        if entity_id is not None and ctx.is_media(entity_id):
            return [entity_id]
    return []


# "at the MTV Europe Awards", "the BBC Sports Personality awards ceremony": an event the medium gives
# its name to, where the words were said to others
_EVENT_AFTER = re.compile(
    r"(?:[’']s)?(?:\s+[A-Z][\w-]*){0,3}\s+(?:Awards?|awards?|Festival|Prize|Trophy|Cup|Ball|Gala|Concert)\b"
)


# "Mr Justice Forbes", "Judge Variety": a person of a medium's name
_PERSONS_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Justice|Judge)\.?\s+$")


def _named_as_other_only(ctx: ArticleContext, draft: Draft, outlet: str, s0: int, s1: int) -> bool:
    """Whether every mention of `outlet` in the sentence, outside the content, opens the title of a
    work ("In its report - MTV and the Kids: ... - the council said": the work is about it), names
    an event ("told reporters at the MTV Europe Awards") or a person ("Mr Justice Forbes ruled")."""
    mentions = [
        m for m in ctx.mentions_in(s0, s1) if m.entity_id == outlet and not (draft.start <= m.start < draft.end)
    ]
    return bool(mentions) and all(
        _TITLE_BEFORE.search(ctx.body, max(s0, m.start - 40), m.start)
        or _EVENT_AFTER.match(ctx.body, m.end, min(s1, m.end + 50))
        or _PERSONS_TITLE_BEFORE.search(ctx.body, max(s0, m.start - 12), m.start)
        for m in mentions
    )


def _speaks_as_outlet(ctx: ArticleContext, speaker_id: str | None, lemma: str) -> bool:
    """Whether a medium that is a claim's speaker is its outlet too. A paper, an agency, a
    magazine or a site reports what it says ("the Times said", "Reuters reported"); a
    broadcaster or a channel that speaks ("ABC said in a statement", "Five admitted it had sent
    out packs") is a company answering for itself, and is an outlet only when it reports
    ("CNN reported")."""
    if not speaker_id or not ctx.is_media(speaker_id):
        return False
    entry = ctx.table.entry(speaker_id)
    return entry is None or entry.kind not in ("broadcaster", "channel") or lemma in _REPORTING_LEMMAS


_TOLD_CUE = re.compile(r"\b(?:told|tells|telling|tell)\s+(?:the\s+)?$")
# how a reporting verb hangs in a clause whose frame it shares (what it was said to, and where)
_SHARED_FRAME = {"conj", "advcl", "xcomp", "acl", "ccomp", "advmod"}
# a relative clause that tells where its subject spoke ("Mr X, who was speaking on Radio 4, said")
_SPEAKING_CLAUSE_LEMMAS = {"speak", "talk", "write", "appear", "interview", "tell", "say", "broadcast"}


# a medium inside a phrase of these tells when a claim was made, not through what
_TIME_PREPOSITIONS = {"after", "before", "following", "since", "ahead", "until"}


def _beside_the_attribution(doc, offset: int, draft: Draft, mention, drafts: list[Draft]) -> bool:
    """Whether a medium named in the sentence has no part in the claim's attribution: it hangs
    outside the reporting verb's clause ("Kilroy quit his BBC One show over remarks in which he
    called X": the remarks' clause holds the verb), under another claim's verb ("X claimed Y,
    but his lawyer told the BBC Z"), or inside a relative clause that describes someone ("Mr
    Galloway, who won damages from the Daily Telegraph, said"; "the series, which is aired on
    Sky One"), or in a phrase of time ("After the ABC programme, his lawyer said"). A verb
    shares what frames the clause it hangs in: "and" ("Speaking on Radio 4, she
    praised X and said Y"), a participle ("..., adding that Y"), a clause ("told the BBC he hoped
    Y"). Only for a verb the parse holds; a relative clause of speaking keeps its
    medium ("Mr X, who was speaking on Radio 4, said")."""
    if draft.verb_at < 0:
        return False
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    token = next((t for t in doc if offset + t.idx >= mention.start), None)
    if verb is None or token is None or offset + token.idx >= mention.end:
        return False
    others = {d.verb_at for d in drafts if d is not draft}
    anchors = {verb.i}
    while verb.head.i != verb.i and verb.dep_ in _SHARED_FRAME:
        # "told Radio 4 he hoped X", "In an interview with the FT, he refused ..., saying X":
        # the clause the verb hangs in frames it too
        if verb.dep_ == "acl" and verb.head.head.i != verb.head.i:
            anchors.add(verb.head.i)  # "the Standard quoted Mr X telling activists that Y"
            verb = verb.head
        verb = verb.head
        anchors.add(verb.i)
    while token.head.i != token.i and mention.start <= offset + token.head.idx < mention.end:
        token = token.head  # the mention's own head word
    path = [token]
    while token.i not in anchors and token.head.i != token.i:
        token = token.head
        path.append(token)
    if any(offset + t.idx in others for t in path if t.i not in anchors):
        return True
    if _TOLD_CUE.search(doc.text, max(0, mention.start - offset - 12), mention.start - offset):
        return False  # "told Radio 4's Today programme he hoped X", whatever the parse made of it
    if token.i not in anchors:
        return True  # the root reached without passing the reporting verb
    if any(t.dep_ == "prep" and t.lower_ in _TIME_PREPOSITIONS for t in path if t.i not in anchors):
        return True  # "After the ABC programme, his lawyer said": when, not where, it was said
    return any(t.dep_ == "relcl" and t.lemma_ not in _SPEAKING_CLAUSE_LEMMAS for t in path if t.i not in anchors)


# "... when he said ...": a pronoun speaker of a time clause, right before its verb (the saying is
# an event; "as he believes", "because he thinks" give the outer speaker's reason or stance)
_CLAUSE_PRONOUN = re.compile(r"\b(?:when|after|before)\s+(?P<pronoun>he|she)\s+(?:also\s+)?$")


def _nested_pronoun_claims(ctx: ArticleContext, drafts: list[Draft]) -> set[int]:
    """Ids of the drafts reported inside another's reported content by a pronoun that can only be
    one person: "The Post said Minister Jo Bell had caused anger when she said her office was
    short of staff." is Jo Bell's statement too, reported by the Post. The pronoun opens a time
    clause ("when he said", "after she claimed") and exactly one person, not the outer
    speaker, is named in the outer content before it: that person becomes the speaker (in place).
    Any other pronoun inside another's words stays part of those words (_nested_claim)."""
    body = ctx.body
    out: set[int] = set()
    for inner in drafts:
        if inner.verb_at < 0 or inner.direct_quote:
            continue
        for outer in drafts:
            if outer is inner or not outer.start <= inner.verb_at < outer.end or outer.direct_quote:
                continue
            lead = _CLAUSE_PRONOUN.search(body, outer.start, inner.verb_at)
            if (
                lead is None
                or _inside_quote(body, outer.start, inner.verb_at)
                or body[inner.start : inner.end].startswith("to ")
            ):
                continue
            people = [
                m
                for m in ctx.mentions_in(outer.start, outer.start + lead.start("pronoun"))
                if ctx.is_person(m.entity_id) and ctx.likely_person(m.entity_id)
            ]
            if len({m.entity_id for m in people}) != 1 or people[0].entity_id == outer.speaker_id:
                continue
            inner.speaker, inner.speaker_id = people[-1].text, people[-1].entity_id
            out.add(id(inner))
    return out


# an unnamed share of a group of people ("many experts", "some senior analysts", "most economists")
_SOME_OF_A_GROUP = re.compile(
    r"^(?:many|some|most|several|other|few|a\s+few|a\s+number\s+of)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s$", re.IGNORECASE
)


def _nested_claim(body: str, outer: Draft, inner: Draft) -> bool:
    """Whether `inner`, whose reporting verb lies in `outer`'s reported (not quoted) content, is
    a statement of its own all the same: "They claim figures from the Home Office show that X",
    "he said, as Lukashenko announced X", "a report which branded X". Only for a named speaker
    other than the outer one, or the answer of people a finding reports ("a survey found that
    a quarter of users said X"); never "said he believed X" (the speaker's own stance, the outer
    claim already) nor "told him to X" (an instruction). Not for a pronoun ("as he believes X":
    resolved inside another's words, too often to the wrong person) nor a concession ("whatever
    Europe says, X")."""
    lead = [w.lower().strip(",") for w in body[outer.start : inner.verb_at].split()]
    adverbs = {"also", "still", "now", "has", "have", "had", "then", "later", "previously", "initially"}
    while lead and lead[-1] in adverbs:
        lead.pop()
    if lead and lead[-1] in PERSON_PRONOUNS | {"they", "it", "i", "we"} or "whatever" in lead[-4:]:
        return False
    if outer.verb in _FINDING_LEMMAS | {"show"} and inner.verb == "say" and not outer.direct_quote:
        return True  # "It found that a quarter of users said X": the users' answer, within the finding
    who = inner.speaker.lower().split()
    if (
        inner.speaker_id is None
        and _SOME_OF_A_GROUP.match(inner.speaker)
        # the outer content opens on the group ("accepted many experts said X"), not a relative
        # clause about something else ("the tax - which some firms claim has cost jobs - is fair")
        and lead[: len(who)] == who
        and all(w.endswith("ly") or w in adverbs for w in lead[len(who) :])
        and not outer.direct_quote
        and not _inside_quote(body, outer.start, inner.verb_at)
        and not body[inner.start : inner.end].startswith("to ")
    ):
        return True  # "The report accepted many experts said X": the experts' statement, reported
    return (
        not outer.direct_quote
        and not _inside_quote(body, outer.start, inner.verb_at)
        and inner.speaker_id is not None
        and inner.speaker_id != outer.speaker_id
        and not body[inner.start : inner.end].startswith("to ")
        and body[outer.start : inner.verb_at].split()[:1] != body[outer.start : inner.verb_at].split()
    )


# what a person is at the outlet they work for ("Kerrang! editor Ashley Bird", "a spokeswoman for
# MTV", "the Guardian's film critic"): they speak for or about it, and it is not where they spoke
_STAFF_ROLES = (
    r"editor|correspondent|critic|reporter|journalist|pundit|commentator|spokesman|spokeswoman|spokesperson|presenter|producer|"
    r"columnist|writer|contributor|expert|analyst|anchor|"
    r"head|chief|boss|executive|director|controller|chairman|chairwoman|manager|president|founder|owner"
)
# ("Kerrang! editor X", "the Grobco Weekly magazine's reviews editor X": the medium's noun kept out of its mention)
_STAFF_AFTER_OUTLET = re.compile(
    rf"^(?:\s+(?:{alternation(MEDIUM_TAIL_NOUNS)}))?(?:[’']s|[’']|!)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_STAFF_ROLES})\b"
)
_STAFF_BEFORE_OUTLET = re.compile(
    rf"\b(?:{_STAFF_ROLES})(?:\s+in\s+chief)?\s+(?:of|at|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:[\w-]+,\s+)?$"
)


def _employer_only(ctx: ArticleContext, draft: Draft, outlet: str, s0: int, s1: int) -> bool:
    """Whether every mention of `outlet` in the sentence names where the speaker works ("Kerrang!
    editor Ashley Bird said", "Jo Bell, news editor at Grobco Weekly, said", "a spokesman for
    the channel"), not as the one told ("told BBC political editor Andrew Marr"): the claim was
    not made to or through it."""
    if draft.verb_at < 0:
        return False
    mentions = [
        m for m in ctx.mentions_in(s0, s1) if m.entity_id == outlet and not (draft.start <= m.start < draft.end)
    ]
    if outlet == draft.speaker_id:  # "The editor of Grobco Weekly said", taken for the paper: a person speaks
        return bool(mentions) and all(
            _STAFF_BEFORE_OUTLET.search(ctx.body, max(s0, m.start - 40), m.start) is not None for m in mentions
        )
    return bool(mentions) and all(
        not _ADDRESSED.search(ctx.body, max(s0, m.start - 16), m.start)
        and (
            _STAFF_AFTER_OUTLET.match(ctx.body[m.end : m.end + 40]) is not None
            or _STAFF_BEFORE_OUTLET.search(ctx.body, max(s0, m.start - 40), m.start) is not None
            or _the_speaker_of(ctx, draft, m, s0, s1)
        )
        for m in mentions
    )


# "PBS' Jo Bell", "the Daily Echo's Mr Bell" / "Jo Bell of the Daily Echo", "Jo Bell, from Echo FM":
# the outlet's name joined to the speaker's own
_OUTLETS_PERSON = re.compile(r"^(?:[’']s|[’'])\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?\s+)?$")
_PERSON_OF_OUTLET = re.compile(r"^,?\s+(?:of|from|at)\s+(?:the\s+)?$")


def _the_speaker_of(ctx: ArticleContext, draft: Draft, mention, s0: int, s1: int) -> bool:
    """Whether the outlet `mention` is joined to a mention of the claim's speaker as theirs
    ("PBS' Jo Bell said", "Jo Bell of the Daily Echo said"), or of another person the sentence
    names ("While Jo Bell thinks X, the Daily Echo's Tom Pell believes Y": Pell's paper, not
    where Bell spoke)."""
    for other in ctx.mentions_in(s0, s1):
        if not other.entity_id or (other.entity_id != draft.speaker_id and not ctx.is_person(other.entity_id)):
            continue
        if other.start >= mention.end and _OUTLETS_PERSON.match(ctx.body[mention.end : other.start]):
            return True
        if other.end <= mention.start and _PERSON_OF_OUTLET.match(ctx.body[other.end : mention.start]):
            return True
    return False


def _named_in_own_content(ctx: ArticleContext, draft: Draft, s0: int, s1: int) -> bool:
    """Whether the person a pronoun or a description was resolved to is named in the claim's
    own content, outside quotation marks, and nowhere else in the sentence ("The premier
    insisted Mr X will have a key role": the premier is not X). Reported speech names others,
    not the speaker, so the resolution is wrong; a speaker named in the attribution is kept."""
    if not draft.speaker_id or not ctx.is_person(draft.speaker_id):
        return False
    inside = [m for m in ctx.mentions_in(s0, s1) if m.entity_id == draft.speaker_id]
    if (
        not inside
        or draft.verb_at < 0
        or any(
            not (draft.start <= m.start < draft.end)
            or m.start < draft.verb_at  # '"...," said Mr X, "..."': the attribution inside the span
            or (draft.gap is not None and draft.gap[0] <= m.start < draft.gap[1])
            for m in inside
        )
    ):
        return False
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^“”\"]*[”\"]", ctx.body[s0:s1])]
    return any(not any(a <= m.start - s0 < b for a, b in quoted) for m in inside)


_VERB_WORD = re.compile(r"[\w’'-]+")
# content that states nothing: where it was said ("in an interview with The Times, published on
# Friday") or an indirect question ("why the three had been detained", "whether he would stand");
# not a phrase whose head is another noun ("in the aftermath of the broadcast, a lawyer had ...")
_NOT_A_STATEMENT = re.compile(
    r"^(?:(?:in|during|at|on|via)\s+(?:a|an|the|his|her|its|their)?\s*(?:(?!of\b)[\w'’-]+\s+){0,3}?"
    r"(?:interview|statement|speech|letter|press conference|news conference|briefing|conference|programme|"
    r"broadcast|article|blog|message|e-mail|email|radio|television|tv|podcast|debate)s?\b"
    r"|(?:why|whether|how|what|when|where|who|whom|which|if)\b)",
    re.IGNORECASE,
)


def _word_at(body: str, offset: int) -> str:
    """The word that starts at `offset`, as written."""
    match = _VERB_WORD.match(body, offset)
    return match.group(0) if match else ""


_AUXILIARY_FORMS = {"be", "is", "are", "was", "were", "am", "have", "has", "had", "do", "does", "did"}


def _elliptic(doc, offset: int, draft: Draft) -> bool:
    """Reported words cut after their auxiliary, modal or "to", what they stand for being
    elsewhere ("... where they had said they would be.", "as people thought it would", "he says
    he wants to"): no statement of their own. A direct quote is kept."""
    if draft.direct_quote or doc.text[draft.end - offset :].lstrip().startswith(":"):
        return False  # "The judge said she must:" and a list: the words go on after the colon
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end and not t.is_punct]
    return 0 < len(tokens) <= 4 and _elliptic_end(tokens[-1])


def _elliptic_end(token) -> bool:
    if token.tag_ in ("MD", "TO"):
        return True
    return (
        token.tag_ in ("VB", "VBD", "VBZ", "VBP")
        and token.lower_ in _AUXILIARY_FORMS
        and not any(c.i > token.i and not c.is_punct for c in token.children)
    )


_TEMPORAL_OPENERS = {"when", "whenever", "once"}
# "if he had broken any rules he should be fined": a condition with a clause of its own (a subject
# and a finite verb), then a subject and a modal, the statement
_IF_THEN = re.compile(
    r"^if\s+(?:he|she|it|they|we|i|you|there|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:had|has|have|was|were|is|are|did|does|\w+ed)\b"
    r"(?:(?!\bwhether\b)[^,;:“”\"]){3,100}?\s(?:he|she|it|they|we|i|you|there)\s+(?:would|will|should|could|must|might|may|can|'d|'ll)\b",
    re.IGNORECASE,
)


def _conditional(tokens, offset: int, draft: Draft) -> bool:
    """Content that opens on a condition with its main clause after it ("said if he had broken
    the rules he should be fined"): a statement, not the indirect question of "would not say if
    he would stand" (where "if" opens the reported clause itself). Not inside a quotation, whose
    words are its speaker's whatever verb they hold."""
    if tokens and tokens[0].lower_ in _TEMPORAL_OPENERS and tokens[0].dep_ in ("advmod", "mark"):
        # "said that when attacks were at their height, customers were hit ...": a time, then the
        # statement (not "would not say when he would leave", the reported clause itself)
        clause = tokens[0].head
        return (
            clause.dep_ == "advcl" and clause.head.i != clause.i and draft.start <= offset + clause.head.idx < draft.end
        )
    if _IF_THEN.match(draft.content):
        return True  # "said if he had broken any rules he should be fined", whatever the parse
    mark = tokens[0] if tokens and tokens[0].lower_ == "if" and tokens[0].dep_ == "mark" else None
    clause = mark.head if mark is not None else None
    main = _verbless_condition(mark) if mark is not None else None
    if main is not None:
        return draft.start <= offset + main.idx < draft.end
    return (
        clause is not None
        and clause.dep_ == "advcl"
        and clause.head.i != clause.i
        and draft.start <= offset + clause.head.idx < draft.end
    )


def _verbless_condition(mark):
    """ "if in government, he would refuse ...", "if necessary, they will ...": "if" and a
    phrase with no verb, closed by a comma before the subject of the clause that "if" (or the
    phrase it opens) hangs on. The condition is elliptic; that clause is the statement: its verb,
    else None."""
    doc = mark.doc
    for token in doc[mark.i + 1 : mark.i + 8]:
        if token.text == ",":
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.i == mark.i + 1 or after is None or after.dep_ not in ("nsubj", "nsubjpass"):
                return None
            main = after.head
            return main if main.i in (mark.head.i, mark.head.head.i) and main.i > after.i else None
        if token.tag_.startswith(("VB", "MD")) or token.is_punct:
            return None
    return None


# prepositions whose phrase, alone as content, is a topic, a time or a place ("on the changes",
# "at a rally in Leeds"); not "of" or "to" ("warned of a crisis", "admitted to taking bribes")
_TOPIC_PREPOSITIONS = {
    "on", "upon", "in", "at", "during", "after", "before", "about", "against", "over", "since", "via",
    "through", "following", "amid", "regarding", "concerning", "throughout",
}  # fmt: skip


# "this week", "last year", "next season": a time, when a time noun comes within its first words
_DEICTIC_STARTS = {"this", "last", "next"}
_TIME_NOUNS = {
    "week", "weekend", "month", "year", "season", "summer", "winter", "spring", "autumn", "morning",
    "afternoon", "evening", "night", "time", "term", "decade", "century", "day", "days", "weeks", "months",
    "years", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "quarter", "half", "round", "stage", "session", "christmas", "easter", "fortnight",
}  # fmt: skip


# "told the staff to leave", "asked Mr Pell to resign": an instruction or a request, whose
# infinitive is what someone was told to do, not a statement (the guide's "Requests are not claims")
_INSTRUCTING_LEMMAS = {"tell", "ask", "order", "instruct"}
# "announced plans for a new album", "reiterated his desire to stay", "stated its ambition to
# lead": a noun of intent as the whole object, an act or a wish and not a statement (not "said
# the plans would fail": a clause with its own finite verb; not "confirmed his commitment to pay":
# a promise made)
_INTENT_OBJECT = re.compile(
    r"(?:(?:his|her|its|their|our|my|the|a|an|new|fresh|further)\s+){0,2}"
    r"(?:plans?|desire|wish|intentions?|ambitions?|determination)\s+(?:to|for)\b",
    re.IGNORECASE,
)
_INTENT_LEMMAS = {"announce", "unveil", "state", "reiterate", "restate", "express", "confirm", "outline", "reveal"}
# "denies 10 charges of fraud", "has denied all the charges": a plea to the charges, a noun object
# with nothing stated (not "denied the charges were true": a clause)
_CHARGES_OBJECT = re.compile(r"(?:[\w,]+\s+){0,3}?(?:charges?|counts)\b")


def _act_not_statement(doc, offset: int, draft: Draft) -> bool:
    """Content that is no statement: the infinitive of an instruction ("told the staff to leave"),
    a noun of intent as the object ("announced plans for a tour") or a plea ("denies the
    charges"). A direct quote is kept."""
    if draft.direct_quote:
        return False
    if draft.verb in _INSTRUCTING_LEMMAS and re.match(r"to\s+[a-z]", draft.content):
        return True
    if not (
        (draft.verb in _INTENT_LEMMAS and _INTENT_OBJECT.match(draft.content))
        or (draft.verb == "deny" and _CHARGES_OBJECT.match(draft.content))
    ):
        return False
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end]
    return not any(t.tag_ in _FINITE_TAGS for t in tokens)


def _only_adjunct(doc, offset: int, draft: Draft) -> bool:
    """Content that states nothing: a time or place phrase ("in a statement on Tuesday"), or
    a word or two of reported speech. A direct quote, however short, is kept."""
    if draft.direct_quote:
        return False
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end and not t.is_punct]
    if (
        _NOT_A_STATEMENT.match(draft.content)
        and not any(
            t.dep_ in ("csubj", "csubjpass")  # "What they did, not what they were called, was ...": parsed passive
            and offset + t.left_edge.idx == draft.start
            and offset + t.head.idx < draft.end
            for t in tokens
        )
        and not (_conditional(tokens, offset, draft) and not _inside_quote(doc.text, 0, draft.verb_at - offset))
    ):  # "what they create is art itself": a clause as the subject of a statement, no question
        return True
    if not tokens:
        return True
    first = tokens[0]
    if first.lower_ in ("about", "against") and first.dep_ == "prep" and offset + first.head.idx < draft.start:
        # "warned about a virus", "warned against the changes": a topic, not what was said (not
        # "of": "told a meeting of X that ...", "adding that of the £50m only ..." are parses gone wrong)
        return True
    if (
        not (draft.start <= offset + first.head.idx < draft.end)
        and all(first.left_edge.i <= t.i <= first.right_edge.i for t in tokens)
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)
    ):
        # the content is one phrase hung on the reporting verb from outside: "did not comment on
        # the reported changes", "Commenting on the decision to close the plant, ... said:" (a
        # topic or a time, whatever verbs it holds); "Speaking at a rally in Leeds, X said." (the
        # participle clause says where, not what); no finite verb in it ("By contrast, said X,
        # learning via games may mean ...", parsed as one participle clause, is a statement)
        if first.lower_ in _TOPIC_PREPOSITIONS and first.dep_ == "prep":
            return True
        if (
            first.tag_ in ("VBG", "VBN")
            and first.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in first.children)
        ):
            return True
    has_verb = any(t.tag_.startswith(("VB", "MD")) for t in tokens)
    if has_verb:
        return False
    if len(tokens) > 2 and first.lower_ in _DEICTIC_STARTS and not any(t.lower_ in _TIME_NOUNS for t in tokens[1:4]):
        return False  # "this strong line-up signals ...", a verb tagged a noun: not "this week" or "last year"
    return len(tokens) <= 2 or tokens[0].lower_ in _ADJUNCT_START


# the auxiliaries and adverbs between a document and its verb ("Surveys have also shown")
_DOCUMENT_HELPERS = re.compile(r"(?:\s+(?:has|have|had|also|now|already|reportedly|consistently|repeatedly))+$")


def _document_claim(text: str, offset: int, p_index: int, ctx: ArticleContext, add, s0: int, s1: int) -> None:
    """ "Figures released on Friday show that ...", when the parse missed the verb."""
    match = DOCUMENT_CLAIM.match(text)
    if match is None or re.search(r"\bto$", match.group("who")):
        return  # "... expected the minutes to show X": an expectation, not a finding
    a, b = offset + match.start("who"), offset + match.end("who")
    verb_at = b + len(text[match.end("who") :]) - len(text[match.end("who") :].lstrip())
    if (helper := _DOCUMENT_HELPERS.search(text, match.start("who"), match.end("who"))) is not None:
        b = offset + helper.start()  # "Surveys have also shown": the auxiliary and adverbs are no part of the source
    named = [m for m in ctx.mentions_in(a, b) if m.label in ("ORG", "PERSON")]
    if len({m.entity_id for m in named}) > 1:
        named = []  # "surveys from the Halifax and Nationwide": a document of two bodies, neither its speaker
    speaker = named[-1].text if named else re.sub(r"^(?:And|But|Yet|So)\s+", "", ctx.body[a:b].strip(_EDGE))
    draft = Draft(
        p_index,
        offset + match.start("content"),
        s1,
        speaker,
        named[-1].entity_id if named else None,
        "show",
        False,
        s0,
        s1,
        verb_at=verb_at,
    )
    add(draft, [])


# "..., it has confirmed.", "..., reports the Daily Mail.", "..., the Daily Mail reports.", "...,
# the Office for National Statistics (ONS) said.": an attribution closing the sentence after a
# comma, which the parser breaks (it takes "has confirmed" for the content's verb, "reports" for a
# noun, or the named body for a conjunct of the content's last noun)
_TRAILING = re.compile(
    r",\s+(?:(?P<who>it|he|she|they|the\s+[^,;:“”\"]{1,50}?|[A-Z][^,;:“”\"]{1,50}?)\s+(?:has|have|had)\s+"
    r"(?P<verb>confirmed|said|announced|revealed|admitted)"
    r"|(?P<who4>the\s+[A-Z][^,;:“”\"]{1,50}?)\s+(?P<verb4>said|says)"
    r"|(?P<inverted>reports|reported|writes|wrote)\s+(?P<who2>the\s+[A-Z][^,;:“”\"]{1,50}?)"
    r"|(?P<who3>the\s+[A-Z][^,;:“”\"]{1,50}?)\s+(?P<verb3>reports|writes)"
    # "..., Cablenet predicts.": a name and a reporting verb closing the sentence, which the parser
    # read as adjective and noun
    r"|(?P<who5>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2})\s+(?P<verb5>predicts|predicted|warns|warned|"
    r"argues|argued|insists|insisted|believes|claims|says|said|adds|added))\s*[.!]?\s*$"
)


# "..., the court has heard.", "..., an inquiry was told.", "..., MPs heard.": the sentence is
# evidence given to an audience, whose speaker the sentence does not name
_TOLD_AUDIENCE = re.compile(
    r",\s+(?P<audience>(?:the|a|an)\s+[^,;:“”\"]{1,50}?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
    r"(?P<verb>(?:has|have|had)\s+(?:been\s+)?(?:heard|told)|heard|was\s+told|were\s+told)\s*[.!]?\s*$"
)


def _audience_claim(doc, offset, p_index, add, s0, s1) -> bool:
    """ "Yukos misled the court, a court has heard.": the clause before the comma is a statement
    made to the audience, by a speaker left unnamed (never the audience). Whether one was added."""
    text = doc.text
    match = _TOLD_AUDIENCE.search(text)
    if match is None:
        return False
    c0, c1 = len(text) - len(text.lstrip()), match.start()
    for stop in _STOP_INSIDE.finditer(text, c0, c1):
        c0 = stop.end()  # "... by hosts Ant and Dec. Their decision ..., the group were told": the last sentence
    content = doc.char_span(c0, c1, alignment_mode="contract")
    if content is None or not any(t.tag_ in _FINITE_TAGS for t in content):
        return False  # "Later that day, the court heard.": no clause to report
    if text[c0 : c0 + 1] in OPEN_QUOTES and text[:c1].rstrip()[-1:] in CLOSE_QUOTES:
        return False  # a quotation told to the court has a speaker the article names elsewhere
    verb_at = offset + match.end("verb") - len(match.group("verb").split()[-1])  # "heard", "told"
    lemma = "tell" if "told" in match.group("verb") else "hear"
    speaker = unresolved("unnamed")  # no one to resolve: left for no later pass to guess
    draft = Draft(
        p_index, offset + c0, offset + c1, speaker, None, lemma, _negated(doc, None, c0, c1), s0, s1, verb_at=verb_at
    )
    add(draft, [])
    return True


# "Acme Bank - itself a target of the lawsuit - said documents had been ...": a name, an aside
# between dashes and a reporting verb, which the parser breaks (it takes "said" for an adjective)
_DASHED_SUBJECT = re.compile(
    r"(?P<aside>\s[-–—]\s[^-–—“”\"]{3,90}?\s[-–—]\s)(?P<verb>said|says|added|adds|claimed|claims|warned|warns|insisted|argued)"
    r"\s+(?:that\s+)?(?P<content>[^“”\"\s].*?)[.!]?\s*$"
)


def _dashed_subject_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Acme - itself a target of the suit - said X", parsed with no subject for "said": the
    name right before the first dash speaks, when the model found one there."""
    match = _DASHED_SUBJECT.search(doc.text)
    if match is None:
        return
    before = offset + match.start("aside")
    named = [m for m in ctx.mentions_in(s0, before) if m.end >= before - 1 and m.label in ("PERSON", "ORG")]
    if not named:
        return
    speaker = named[-1]
    draft = Draft(
        p_index,
        offset + match.start("content"),
        offset + match.end("content"),
        speaker.text,
        speaker.entity_id,
        _lemma(match.group("verb")),
        bool(_RULE_NEGATION.search(match.group("content"))),
        s0,
        s1,
        verb_at=offset + match.start("verb"),
    )
    add(draft, [speaker.entity_id] if _speaks_as_outlet(ctx, speaker.entity_id, draft.verb) else [])


# '"...," Mr Pell is reported as saying.', '"...," the coach was quoted as saying by the Daily Post.': a
# quotation closed before a passive "quoted/reported as saying" that ends the sentence
_QUOTED_AFTER = re.compile(
    r"[,!?…]?[”\"]\s+(?P<who>[^.;:“”\"]{2,80}?)\s+(?P<verb>(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:quoted|reported))\s+as\s+saying(?:\s+(?P<by>by\s+[^.;:“”\"]{2,60}?))?\s*[.!]?\s*$"
)
# 'a sapphire described by Ann Cole as "the purest she had seen"': the quoted words are the agent's
_DESCRIBED_BY = re.compile(
    r"\b(?P<verb>described|branded|hailed|dubbed)\s+by\s+(?P<who>[A-Z][^,;:“”\"]{1,50}?)\s+as\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<content>[“\"][^“”\"]{3,200}[”\"])"
)


def _quoted_after_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """'"We will win," Mr Pell is reported as saying.': the quotation before is the words of the
    passive's subject; an outlet named after "by" reports them."""
    text = doc.text
    match = _QUOTED_AFTER.search(text)
    c0 = len(text) - len(text.lstrip())
    if match is None or text[c0 : c0 + 1] not in OPEN_QUOTES:
        return
    a, b = match.start("who"), match.end("who")
    head = next((t for t in reversed(doc) if a <= t.idx < b and not t.is_punct), None)
    if head is None:
        return
    resolved = _speaker(ctx, head, offset, s0)
    if resolved is None:
        return
    speaker, speaker_id, media = resolved
    c1 = len(text[: match.start()].rstrip())
    outlets = list(media)
    if match.group("by"):
        by_a, by_b = offset + match.start("by"), offset + match.end("by")
        outlets += [m.entity_id for m in ctx.mentions_in(by_a, by_b) if ctx.is_media(m.entity_id)]
    draft = Draft(
        p_index,
        offset + c0 + 1,
        offset + c1,
        speaker,
        speaker_id,
        "say",
        False,
        s0,
        s1,
        verb_at=offset + match.end("verb") - len(match.group("verb").split()[-1]),  # "quoted", "reported"
    )
    add(draft, outlets)


def _described_by_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """'a sapphire described by Ann Cole as "the purest she had seen"': the quoted description
    is the words of the named agent (a person or an organisation the model found there)."""
    match = _DESCRIBED_BY.search(doc.text)
    if match is None:
        return
    w0, w1 = offset + match.start("who"), offset + match.end("who")
    named = [m for m in ctx.mentions_in(w0, w1) if m.label in ("PERSON", "ORG") and m.end >= w1 - 1]
    if not named:
        return
    content = match.group("content")
    draft = Draft(
        p_index,
        offset + match.start("content") + 1,
        offset + match.end("content") - 1,
        named[-1].text,
        named[-1].entity_id,
        "describe",
        bool(_RULE_NEGATION.search(content)),
        s0,
        s1,
        verb_at=offset + match.start("verb"),
    )
    add(draft, [named[-1].entity_id] if ctx.is_media(named[-1].entity_id) else [])


# "..., with sources claiming such a step may be weeks away": an absolute "with" phrase whose
# participle reports what the noun phrase before it says (the parser often hangs the clause elsewhere)
_WITH_SAYING = re.compile(
    r"(?:[,;]|\s[-–])\s+with\s+(?P<who>[^,;:“”\"()]{2,60}?)\s+(?P<verb>saying|claiming|warning|arguing|insisting"
    r"|predicting|complaining|suggesting|stressing|admitting|forecasting|estimating|believing)\s+(?:that\s+)?"
    r"(?P<content>[^;:“”\"]+?)\s*(?=,\s+\w+ing\b|[.!?]?\s*$|;)"
)
# words that cannot open the "with" phrase's noun phrase, or stand in it: not who is speaking
_WITH_NOT_WHO = {"it", "this", "that", "which", "what", "him", "her", "them", "us", "me", "one", "some"}


def _matched_draft(doc, offset, p_index, match, c0, c1, speaker, entity_id, s0, s1) -> Draft:
    """The claim a pattern's match gives: content doc.text[c0:c1], the verb its group "verb"."""
    verb = next((t for t in doc if t.idx == match.start("verb")), None)
    return Draft(
        p_index,
        offset + c0,
        offset + c1,
        speaker,
        entity_id,
        lemma_of(verb) if verb is not None else "say",
        _negated(doc, None, c0, c1),
        s0,
        s1,
        verb_at=offset + match.start("verb"),
    )


def _with_saying_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Shares fell, with dealers saying the cut was unlikely.": the participle's clause is the
    statement of the noun phrase after "with", when the parse found no claim in the sentence. The
    phrase has no verb of its own and the content is a clause with a finite verb."""
    match = _WITH_SAYING.search(doc.text)
    if match is None:
        return
    a, b = match.start("who"), match.end("who")
    who = [t for t in doc if a <= t.idx < b]
    content = [t for t in doc if match.start("content") <= t.idx < match.end("content")]
    if (
        not who
        or len(who) > 8
        or who[0].lower_ in _WITH_NOT_WHO
        or any(t.tag_ in _FINITE_TAGS or t.tag_ in ("VB", "VBG") for t in who)
        or not any(pos_of(t) in ("NOUN", "PROPN", "NUM") or t.lower_ in _FRACTIONS or t.lower_ == "half" for t in who)
        or not any(t.tag_ in _FINITE_TAGS for t in content)
        or content[0].lower_ in ("to", "goodbye", "sorry", "so", "yes", "no", "nothing", "little")
    ):
        return
    head = who[-1]
    name, entity_id, media = _speaker_from_span(ctx, offset + a, offset + b, [offset + head.idx])
    if name is None:
        name, entity_id, media = doc.text[a:b].strip(_EDGE), None, []
    draft = _matched_draft(
        doc, offset, p_index, match, match.start("content"), match.end("content"), name, entity_id, s0, s1
    )
    add(draft, list(media))


# "The state is seizing large farms, which it says are lying idle": a relative clause whose subject
# is its antecedent, inside a report: what the speaker says of the antecedent (the aux or copula
# right after the reporting verb shows the gap: "which it says _ are ...")
_RELATIVE_REPORT = re.compile(
    # the relative pronoun may be left out: "a show they claim is a copy of theirs"
    r"(?:(?P<rel>\b(?:which|that|who))\s+|(?<=[a-z] ))(?P<who>it|they|he|she|(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s+"
    r"(?P<verb>says|said|claims|claimed|claim|argues|argued|believes|believed|believe|insists|insisted|alleges"
    r"|alleged|allege|maintains|maintained)\s+"
    r"(?P<content>(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\s[^,;:()]+?)"
    r"\s*(?=\s[-–]\s|[,;:(]|[.!?]?[”\"]?\s*$)"
)
# an antecedent that is what someone says, not who or what the statement is about ("everything
# that he says is wrong": the object of "says", the clause after it the author's)
_SAID_THINGS = {
    "everything", "anything", "nothing", "something", "all", "thing", "things", "word", "words", "remark",
    "remarks", "comment", "comments", "much", "little", "lot", "what", "statement", "speech", "claim", "claims",
}  # fmt: skip


def _relative_report_claim(doc, offset, p_index, ctx, add, s0, s1, aside: bool = False) -> None:
    """ "Grobco is closing plants, which it says are losing money": the relative clause after the
    reporting verb is the speaker's statement about the antecedent. Only when a finite verb
    stands before the antecedent (the antecedent is not the sentence's subject, whose own verb
    could follow: "Everything that he says is wrong") and the parse found no claim in the sentence.
    `aside`: the sentence has claims; only a relative clause set off by a dash or a bracket ("Critics
    say the powers - which Ann Cole argues are needed - go too far"), a statement of its own."""
    text = doc.text
    for match in _RELATIVE_REPORT.finditer(text):
        if aside and (match.group("rel") is None or not re.search(r"[-–—(]\s*$", text[: match.start()])):
            continue
        if match.group("rel") is None:
            first = next((t for t in doc if t.idx == match.start("who")), None)
            antecedent = doc[first.i - 1] if first is not None and first.i > 0 else None
            if antecedent is None or antecedent.tag_ not in ("NN", "NNS"):
                continue  # no relative pronoun: only right after a common noun ("a show they claim is")
        else:
            rel = next((t for t in doc if t.idx == match.start("rel")), None)
            if rel is None or rel.i == 0:
                continue
            antecedent = doc[rel.i - 1] if not doc[rel.i - 1].is_punct or rel.i < 2 else doc[rel.i - 2]
        if antecedent.lower_ in _SAID_THINGS or pos_of(antecedent) not in ("NOUN", "PROPN"):
            continue
        if not any(t.tag_ in _FINITE_TAGS for t in doc[: antecedent.i]):
            continue
        who = [t for t in doc if match.start("who") <= t.idx < match.end("who")]
        if not who:
            continue
        if len(who) == 1 and who[0].lower_ in PERSON_PRONOUNS | {"it", "they"}:
            resolved = _speaker(ctx, who[0], offset, s0)
            if resolved is None:
                resolved = unresolved(who[0].text), None, []
        else:
            resolved = _speaker_from_span(
                ctx, offset + match.start("who"), offset + match.end("who"), [offset + who[-1].idx]
            )
            if resolved[0] is None:
                continue  # only a name the model found: not "which Labour Party says"
        speaker, speaker_id, media = resolved
        c0, c1 = match.start("content"), match.end("content")
        add(_matched_draft(doc, offset, p_index, match, c0, c1, speaker, speaker_id, s0, s1), list(media))


# "..., David Davis and Theresa May, the party's elections chief Lord Bell said.": a titled name
# closing the sentence, which the parser took for one more item of a list before it
_CLOSING_PERSON = re.compile(r",\s+(?P<who>[^,;:“”\"()]{2,80}?)\s+(?P<verb>said|says|added|adds)\s*[.!]?\s*$")


def _closing_person_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Others on the list include A, B and C, the party's campaign chief Lord Bell said.": the
    clause before the last comma is the statement of the person the phrase before the closing
    "said" ends with, when the parse found no claim in the sentence. The phrase has no verb of its
    own, and the clause before it one with a finite verb; a quotation is left to the quote rules."""
    text = doc.text
    match = _CLOSING_PERSON.search(text)
    c0 = len(text) - len(text.lstrip())
    if match is None or text[c0 : c0 + 1] in OPEN_QUOTES:
        return
    w0, w1 = offset + match.start("who"), offset + match.end("who")
    person = next((m for m in ctx.mentions_in(w0, w1) if m.label == "PERSON" and m.end == w1), None)
    who = [t for t in doc if match.start("who") <= t.idx < match.end("who")]
    content = [t for t in doc if c0 <= t.idx < match.start()]
    if (
        person is None
        or any(t.tag_ in _FINITE_TAGS or t.tag_ == "VBG" for t in who)
        or not any(t.tag_ in _FINITE_TAGS for t in content)
    ):
        return
    add(_matched_draft(doc, offset, p_index, match, c0, match.start(), person.text, person.entity_id, s0, s1))


def _trailing_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Grobco has approached the board, it has confirmed.": the clause before the comma is the
    statement of the closing attribution's subject, when the parse found no claim in the sentence."""
    text = doc.text
    if _audience_claim(doc, offset, p_index, add, s0, s1):
        return
    match = _TRAILING.search(text)
    if match is None:
        return
    who = next(g for g in ("who", "who2", "who3", "who4", "who5") if match.group(g) is not None)
    a, b = match.start(who), match.end(who)
    head = next((t for t in reversed(doc) if t.idx < b and t.idx >= a and not t.is_punct), None)
    c0 = len(text) - len(text.lstrip())
    c1 = match.start()
    content = doc.char_span(c0, c1, alignment_mode="contract")
    if head is None or content is None or text[c0 : c0 + 1] in OPEN_QUOTES:
        return
    if not any(t.tag_ in _FINITE_TAGS for t in content):
        return  # "In a statement on Monday, it has said.": no clause to report
    resolved = _speaker(ctx, head, offset, s0)
    if resolved is None:
        return
    speaker, speaker_id, media = resolved
    verb = next(match.group(g) for g in ("verb", "inverted", "verb3", "verb4", "verb5") if match.group(g))
    verb_group = next(g for g in ("verb", "inverted", "verb3", "verb4", "verb5") if match.group(g))
    verb_at = offset + match.start(verb_group)
    draft = Draft(
        p_index,
        offset + c0,
        offset + c1,
        speaker,
        speaker_id,
        lemma_of(next(t for t in doc if offset + t.idx == verb_at)) if verb else "say",
        _negated(doc, None, c0, c1),
        s0,
        s1,
        verb_at=verb_at,
    )
    if _speaks_as_outlet(ctx, speaker_id, draft.verb):
        media = [speaker_id, *media]
    add(draft, media)


_IN_VIEW = re.compile(
    r"^(?:(?:But|And|Yet|So),?\s+)?[Ii]n\s+(?:(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s)?"
    r"\s+(?P<noun>view|opinion)|the\s+(?P<noun2>view|opinion)\s+of\s+(?P<of>[^,;:“\"]{2,80}?))\s*,\s*(?=\S)"
)


def _accused_by_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Grobco has been accused by the rowing club of dumping waste": the passive of "the club
    accused Grobco of dumping waste", the agent's claim; its content the "of" act ("dumping waste").
    Only an act (a gerund), not a charge ("accused by police of theft"), and only a named agent."""
    for verb in doc:
        if verb.lower_ != "accused" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent" and c.lower_ == "by"), None)
        who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if who is None:
            continue
        of = next((t for t in doc[who.i + 1 :] if t.lower_ == "of" and t.head.i in (verb.i, who.i)), None)
        if of is None or of.i + 1 >= len(doc) or doc[of.i + 1].tag_ != "VBG":
            continue
        c1 = of.right_edge.idx + len(of.right_edge)
        if doc[of.right_edge.i].is_punct:
            c1 = of.right_edge.idx
        a, b = offset + who.left_edge.idx, offset + of.idx
        name, entity_id, _ = _speaker_from_span(ctx, a, b, [offset + who.idx])
        if name is None or entity_id is None:
            continue
        c0 = doc[of.i + 1].idx
        draft = Draft(
            p_index, offset + c0, offset + c1, name, entity_id, "accuse", _negated(doc, None, c0, c1), s0, s1,
            verb_at=offset + verb.idx,
        )  # fmt: skip
        add(draft, [])


def _view_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "In Mr Kent's view, the plan will fail.", "In the opinion of Acme, ...": the clause after
    the comma is the named owner's view (only a name: "In his view" is left alone)."""
    text = doc.text
    match = _IN_VIEW.match(text)
    if match is None:
        return
    who = "owner" if match.group("owner") else "of"
    a, b = match.start(who), match.end(who)
    head = next((t for t in reversed(doc) if a <= t.idx < b and not t.is_punct and t.tag_ != "POS"), None)
    content = doc.char_span(match.end(), len(text.rstrip().rstrip(".!?")), alignment_mode="contract")
    if head is None or content is None or not any(t.tag_ in _FINITE_TAGS for t in content):
        return
    if pos_of(head) != "PROPN" or head.lower_ in ("his", "her", "their", "its"):
        return
    resolved = _speaker(ctx, head, offset, s0)
    if resolved is None:
        return
    speaker, speaker_id, media = resolved
    speaker = re.sub(r"(?:'s|’s)$", "", speaker)
    noun = "noun" if match.group("noun") else "noun2"
    c0, c1 = content.start_char, content.end_char
    draft = Draft(
        p_index,
        offset + c0,
        offset + c1,
        speaker,
        speaker_id,
        "believe",
        _negated(doc, None, c0, c1),
        s0,
        s1,
        verb_at=offset + match.start(noun),
    )
    add(draft, media)


def _colon_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Putin praised Lukashenka for ...: “...”": the root's subject speaks the quote after the colon."""
    for token in doc:
        if token.text != ":" or token.i + 1 >= len(doc) or doc[token.i + 1].text not in OPEN_QUOTES:
            continue
        root = next((t for t in doc if t.dep_ == "ROOT" and t.i < token.i), None)
        if root is None:
            return
        if any(t.dep_ == "xcomp" and t.lower_ in ("know", "ask") for t in doc[root.i : token.i]):
            return  # 'He wanted to know: "..."', 'was keen to know: "..."': a question put, no claim
        subject = _subject(root)
        if subject is None:
            return
        resolved = _speaker(ctx, subject, offset, s0)
        if resolved is None:
            return
        speaker, speaker_id, media = resolved
        a = offset + doc[token.i + 1].idx
        draft = Draft(p_index, a, s1, speaker, speaker_id, lemma_of(root), False, s0, s1, verb_at=offset + root.idx)
        add(draft, media)
        return


# --- the rule-based extractor (no model) ------------------------------------------

_VERB_WORDS = (
    r"said|says|told|tells|announced|declared|warned|noted|added|claimed|wrote|writes|believes|revealed|"
    r"confirmed|predicted|explained|stated|insisted|argued|stressed|emphasi[sz]ed|described|characteri[sz]ed"
)
_RULE_AFTER = re.compile(rf"(?P<verb>{_VERB_WORDS})(?:\s+\w+ly)?(?:\s+that)?\s*[,:]?\s*(?P<content>.+)$")
_RULE_INVERTED = re.compile(
    rf"^(?P<content>[“\"].+?[”\"]|.+?),?[”\"]?\s+(?P<speaker>[^,]{{1,60}}?)\s+(?P<verb>{_VERB_WORDS})\s*\.?$"
)
_RULE_ACCORDING = re.compile(r"^According to (?P<speaker>[^,]{1,60}),\s*(?P<content>.+)$")
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


_RULE_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|has|have|had|can|could|should|must|may|might|do|does|did|"
    r"\w+ed|\w+n't|he|she|it|they|we|i|you|that|there)\b",
    re.IGNORECASE,
)
# a setting alone: "on Tuesday", "in London", "on BBC Radio 4", "Speaking at a rally in Leeds"
_RULE_SETTING = re.compile(
    rf"^(?:(?:{'|'.join(sorted(_TOPIC_PREPOSITIONS))})\s+(?:the\s+)?(?:[A-Z0-9][\w’'.-]*\s*){{1,4}}"
    r"|[A-Z][a-z]+ing\s+(?:on|at|in|after|to)\s[^,;]*)$"
)


def _rule_setting(content: str) -> bool:
    """Without a parse: content that is only a setting ("in a statement", "on Tuesday", "in
    London", "Speaking at a rally in Leeds"), with no verb-like word after its first word."""
    if _NOT_A_STATEMENT.match(content) and not _RULE_VERBISH.search(content):
        return True
    first, _, rest = content.partition(" ")
    return _RULE_SETTING.match(content.strip()) is not None and not _RULE_VERBISH.search(rest)


def extract_rules(sentence: str, offset: int, paragraph: tuple[int, int, int], ctx: ArticleContext) -> list[Draft]:
    """Regular-expression claims for the rule-based fallback."""
    p_index, p_lo, p_hi = paragraph
    s0, s1 = offset, offset + len(sentence)

    def speaker_for(a: int, b: int):
        phrase = ctx.body[a:b].strip(_EDGE)
        if phrase.lower() in PERSON_PRONOUNS:
            resolved = ctx.resolve_pronoun(s0, phrase.lower())
            return resolved if resolved else (unresolved(phrase), None)
        found = [m for m in ctx.mentions_in(a, b) if m.label in ("PERSON", "ORG", "PLACE")]
        if found:
            chosen = next((m for m in reversed(found) if m.label == "PERSON"), found[-1])
            return chosen.text, chosen.entity_id
        return None, None

    drafts = []
    match = _RULE_ACCORDING.match(sentence)
    if match:
        speaker, speaker_id = speaker_for(offset + match.start("speaker"), offset + match.end("speaker"))
        if speaker:
            drafts.append(
                Draft(p_index, offset + match.start("content"), s1, speaker, speaker_id, "according to", False, s0, s1)
            )
    if not drafts:
        match = _RULE_INVERTED.match(sentence)
        if match:
            speaker, speaker_id = speaker_for(offset + match.start("speaker"), offset + match.end("speaker"))
            if speaker:
                drafts.append(
                    Draft(
                        p_index,
                        offset,
                        offset + match.end("content"),
                        speaker,
                        speaker_id,
                        _lemma(match.group("verb")),
                        False,
                        s0,
                        s1,
                    )
                )
    if not drafts:
        for match in re.finditer(rf"\b(?:{_VERB_WORDS})\b", sentence):
            head = sentence[: match.start()].rstrip()
            head = re.sub(r"\s+\w+ly$", "", head)
            words = head.split()
            if not words:
                continue
            if words[-1] in ("He", "he", "She", "she"):
                a = offset + len(head) - len(words[-1])
            else:
                found = [m for m in ctx.mentions_in(s0, offset + len(head)) if m.end >= offset + len(head) - 1]
                if not found:
                    continue
                a = found[-1].start
            speaker, speaker_id = speaker_for(a, offset + len(head))
            rest = _RULE_AFTER.match(sentence, match.start())
            if speaker and rest:
                drafts.append(
                    Draft(
                        p_index,
                        offset + rest.start("content"),
                        s1,
                        speaker,
                        speaker_id,
                        _lemma(match.group(0)),
                        False,
                        s0,
                        s1,
                    )
                )
                break
    out = []
    for candidate in drafts:
        draft = finish(candidate, ctx.body, p_lo, p_hi)
        if draft is None:
            continue
        if not draft.direct_quote and _rule_setting(draft.content):
            ctx.spoke(draft)  # "X said at a news briefing.": no claim, but X spoke (a "he" next is X)
            continue
        draft.negated = bool(_RULE_NEGATION.search(draft.content))
        for mention in ctx.mentions_in(s0, s1):
            if not (draft.start <= mention.start < draft.end) and ctx.is_media(mention.entity_id):
                if mention.entity_id not in draft.outlets:
                    draft.outlets.append(mention.entity_id)
        ctx.spoke(draft)
        out.append(draft)
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’)]*\s+(?=[“\"‘A-Z(])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, by punctuation (for the fallback)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _by_paragraph(drafts: list[Draft]) -> dict[int, list[Draft]]:
    grouped: dict[int, list[Draft]] = defaultdict(list)
    for draft in drafts:
        grouped[draft.paragraph].append(draft)
    return grouped


def _closing_quote(text: str, start: int, end: int) -> int:
    """The first closing quote mark in text[start:end], else `end`. A straight quote after a space
    opens a new quoted sentence of the same quote ('... notices. "It is ...'), it closes nothing."""
    for i in range(start, end):
        ch = text[i]
        if ch in CLOSE_QUOTES and ch != "’" and not (ch == '"' and text[i - 1].isspace()):
            return i
    return end


def _inside_quote(body: str, start: int, offset: int) -> bool:
    """Whether `offset` lies inside a quotation opened since `start` (the paragraph's start)."""
    text = body[start : max(start, offset)]
    if text.count("“") > text.count("”"):
        return True
    inside = False
    for match in re.finditer('"', text):  # straight quotes: opening after a space, else closing
        at = match.start()
        inside = at == 0 or text[at - 1].isspace() or text[at - 1] in "(["
    return inside


def _last_in_paragraph(body: str, draft: Draft, paragraph_end: int, paragraph_start: int) -> bool:
    """Whether nothing but punctuation follows the claim's sentence in its paragraph, and its
    reporting verb is the article's, not words inside a quotation."""
    return not any(ch.isalnum() for ch in body[max(draft.sentence_end, draft.end) : paragraph_end]) and (
        draft.direct_quote or not _inside_quote(body, paragraph_start, draft.verb_at)
    )


def continued_quotes(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """Paragraphs that open with a quote with no attribution of its own carry on the previous
    paragraph's speaker ("...," she said. / "We will ..."), when that paragraph ended on a direct
    quote or on the speaker's reported words ("Wenger insists he has faith." / "If you look ...").
    A quote closed by its own full stop and followed by a new sentence has no attribution of its
    own, whatever the rest of the paragraph attributes."""
    by_paragraph = _by_paragraph(drafts)
    out: list[Draft] = []
    previous: Draft | None = None
    previous_last = False  # the previous claim closed its paragraph
    for paragraph in paragraphs:
        own = by_paragraph.get(paragraph.index, [])
        text = body[paragraph.start : paragraph.end]
        lead = len(text) - len(text.lstrip())
        close = _closing_quote(text, lead + 1, len(text))
        opens = text[lead : lead + 1] in OPEN_QUOTES
        standalone = opens and (close == len(text) or _closes_sentence(text, close, len(text)))
        # claims reported inside the quote ("the Kremlin has been clear in telling him ...") are the
        # quoted speaker's words too; any other claim is an attribution of the paragraph's own
        attributed = own and not all(lead < d.verb_at - paragraph.start < close for d in own)
        if (
            not opens
            or (attributed and not standalone)
            or previous is None
            or not (previous.direct_quote or previous_last)
        ):
            previous = max(own, key=lambda d: d.start) if own else None
            previous_last = previous is not None and _last_in_paragraph(body, previous, paragraph.end, paragraph.start)
            continue
        resumed = Draft(
            paragraph.index,
            paragraph.start + lead,
            paragraph.start + min(close + 1, len(text)),
            previous.speaker,
            previous.speaker_id,
            previous.verb,
            False,
            paragraph.start,
            paragraph.end,
            outlets=list(previous.outlets),
            verb_at=-1,
        )
        draft = finish(resumed, body, paragraph.start, paragraph.end)
        if draft is None or not draft.direct_quote:
            previous = None
            continue
        draft.negated = bool(_RULE_NEGATION.search(draft.content))
        out.append(draft)
        previous = max([*own, draft], key=lambda d: d.start)
        previous_last = _last_in_paragraph(body, previous, paragraph.end, paragraph.start)
    return out


_QUOTE_OPENS_SENTENCE = re.compile(r"(?<=[.!?]\s)[“\"](?=[A-Z])")


def _closes_sentence(body: str, close: int, end: int) -> bool:
    """Whether the quote closed at `close` ends its sentence: a full stop inside the quote ('... now."')
    or right after it ('... to people".', British style), then the paragraph's end or a capital."""
    if body[close - 1] in ".!?":
        rest = body[close + 1 : end].lstrip()
    elif body[close + 1 : close + 2] in (".", "!", "?") and close + 1 < end:
        rest = body[close + 2 : end].lstrip()
    else:
        return False
    return not rest or rest[:1].isupper()


def quotes_after_claims(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """A quote that opens a sentence with no attribution of its own, right after a speaker's
    reported words in the same paragraph ("Mr Fox said the rule failed. “If a pub ...”"), is
    more of that speaker's words: a claim of its own with the same speaker."""
    by_paragraph = _by_paragraph(drafts)
    out: list[Draft] = []
    for paragraph in paragraphs:
        own = sorted(by_paragraph.get(paragraph.index, []), key=lambda d: d.start)
        if not own:
            continue
        text = body[paragraph.start : paragraph.end]
        for match in _QUOTE_OPENS_SENTENCE.finditer(text):
            a = paragraph.start + match.start()
            before = [d for d in own if d.end <= a]
            if (
                not before
                or before[-1].direct_quote
                or any(ch.isalnum() for ch in body[max(before[-1].sentence_end, before[-1].end) : a])
                or _inside_quote(body, paragraph.start, before[-1].verb_at)
                or _inside_quote(body, paragraph.start, a)
            ):
                continue  # after a direct quote (resumed_quotes), narration, words quoted, or inside a quote
            close = _closing_quote(body, a + 1, paragraph.end)
            if close < paragraph.end and not _closes_sentence(body, close, paragraph.end):
                continue  # '..., he said' or a quote inside a sentence: an attribution of its own
            if any(d.start < close and a < d.end for d in own) or any(a <= d.verb_at < close for d in own):
                continue
            speaker = before[-1]
            quoted = Draft(
                paragraph.index,
                a,
                min(close + 1, paragraph.end),
                speaker.speaker,
                speaker.speaker_id,
                speaker.verb,
                False,
                a,
                min(close + 1, paragraph.end),
                outlets=list(speaker.outlets),
                verb_at=-1,
            )
            draft = _finished_quote(quoted, body, paragraph)
            if draft is None:
                continue
            out.append(draft)
            own = sorted([*own, draft], key=lambda d: d.start)
    return out


_CONTINUED_REPORT = re.compile(
    r"^[A-Z][^“”\"]{2,80}?\b(?:were|was|would|could|should|might)\s+(?:(?:not|be|have)\s+)?[“\"][^“”\"\n]{3,80}[”\"]"
)
# "There needed to be a drive ...", "And it had to fight ...", "Al-Qaeda, for example, was not going
# to ...": a sentence whose main verb is a modal of reported speech (backshifted: "would", "had
# to", "needed to"), its subject a short phrase with no verb or clause of its own
_BACKSHIFTED = re.compile(
    r"^(?:(?:And|But|Also)\s+)?(?P<subject>[A-Z][^“”\"();:?!]{0,70}?)\s+(?:(?:also|still|now|only|not)\s+)?"
    r"(?:would|could|should|might|had\s+to|needed\s+to|(?:was|were)\s+(?:not\s+)?going\s+to)\s+"
    r"(?!(?:not\s+)?(?:seem|appear|comment|say|tell))[a-z]"  # "it would seem ...", "would not comment": the author's
)
# "And "intense talks" were taking place ...": "And" opening a sentence in the past tense, with
# words quoted from the speaker
_AND_BACKSHIFTED = re.compile(
    r"^And\s+(?P<subject>[^();:?!]{0,40}[“\"][^“”\"]{1,40}[”\"][^();:?!“”\"]{0,20}?)\s+"
    r"(?:(?:also|still|now|only|not)\s+)?(?:was|were|had)\s+[a-z]"
)
# words that make the phrase before the modal a clause of its own, not a subject ("When he
# left, it would ...", "The firm, which said ...", "He is sure they would")
_NOT_A_SUBJECT = {
    "which", "who", "whom", "whose", "that", "when", "if", "as", "because", "after", "before", "while",
    "although", "though", "since", "unless", "until", "whether", "is", "are", "was", "were", "has",
    "have", "had", "said", "says", "say", "told", "added", "believed", "thought", "felt", "knew",
    "i", "we", "you", "me", "us", "my", "our", "your", "how", "why", "what", "where", "this",
}  # fmt: skip
# reporting verbs whose reported words a following sentence can go on with
_CONTINUED_VERBS = ("say", "insist", "argue", "claim", "warn", "tell", "add", "believe")


def _backshifted(sentence: str) -> bool:
    """Whether `sentence` reads as more reported speech by its verb alone: a modal of reported
    speech after a bare subject phrase, or "And" with the past tense. Questions and sentences
    with a quotation of their own are left alone."""
    if sentence.rstrip().endswith("?"):
        return False
    match = _BACKSHIFTED.match(sentence) or _AND_BACKSHIFTED.match(sentence)
    if match is None:
        return False
    words = re.findall(r"[\w’'-]+", match.group("subject").lower())
    if words == ["it"] and re.search(r"\bit\s+(?:could|might)\b", sentence, re.IGNORECASE):
        return False  # "It could take years ...": the author's speculation, not a report
    if not words or words[0].endswith("ing") or words[0] in _OPENING_PREPOSITIONS:
        return False  # "Sharing their aim, the West should ...", "In May it would ...": the author's frame
    # a verb of its own before the modal ("X ran a demo, showing how data could ...")
    return not any(w in _NOT_A_SUBJECT or (len(w) > 4 and w.endswith("ed")) for w in words)


def _modal_goes_on(body: str, sentence: str, last: Draft) -> bool:
    """ "The party says it would cut the tax. Incomes would then be taxed at 20%.": a present-tense
    report whose own words turn on "would" (or "could", ...) backshifts nothing, yet a next sentence
    opening on the same modal goes on with the plan it reports. Not after a pronoun speaker ("But
    he adds, ..."): a guess at who it is would spread to every sentence after it."""
    match = _BACKSHIFTED.match(sentence)
    if match is None or last.verb_at < 0:
        return False
    before, after = body[last.sentence_start : last.verb_at], body[last.verb_at : last.verb_at + 24]
    if re.search(r"\b(?:he|she|they|it)\s+(?:\w+\s+)?$", before, re.IGNORECASE) or re.match(
        r"\w+\s+(?:he|she|they|it)\s*[.,;!]", after, re.IGNORECASE
    ):
        return False
    modal = re.match(
        r"\s+(?:(?:also|still|now|only|not)\s+)?(would|could|should|might)\b", sentence[match.end("subject") :]
    )
    return modal is not None and re.search(rf"\b{modal.group(1)}\b", last.content) is not None


_OPENING_PREPOSITIONS = {
    "in", "on", "at", "for", "with", "by", "after", "before", "despite", "during", "under", "from",
    "to", "of", "without", "given", "instead", "neither", "nor", "no", "nobody", "none",
}  # fmt: skip


def _own_attribution(sentence: str) -> bool:
    """Whether `sentence` holds an attribution of its own: a reporting word that is not the
    infinitive of a reported duty ("had to recognise there were ..." reports nothing itself)."""
    return any(not sentence[: m.start()].endswith("to ") for m in CANDIDATE.finditer(sentence))


_PAST_REPORTING = {"said", "told", "thought", "felt", "wrote", "went"}


def _reported_in_past(body: str, draft: Draft) -> bool:
    """Whether the draft's reporting verb is in the past tense ("said", "warned"): only that
    backshifts what follows ("says" leaves a later "would" the author's)."""
    if draft.verb_at < 0 or re.search(
        r"\b(?:has|have|’ve|'ve)\s+(?:\w+ly\s+)?$", body[max(0, draft.verb_at - 30) : draft.verb_at]
    ):
        return False  # "has said", "have always insisted": the present perfect backshifts nothing
    word = _word_at(body, draft.verb_at).lower()
    return word in _PAST_REPORTING or word.endswith("ed")


def reported_continuations(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """ "The minister said the law was needed. Judges were "simply wrong" to doubt it.": a sentence
    right after a speaker's reported (not quoted) words in the same paragraph, with no
    attribution of its own, whose reported-tense verb ("were", "would") opens a phrase quoted from
    the speaker, is more of that speaker's reported words.

    So is a sentence whose verb is a modal of reported speech ("She said the movement had to
    change. There needed to be a new language. And it had to fight poverty."): those may follow
    one another. Never across a paragraph break: a paragraph that opens on a modal is as often the
    author's background ("The new line would run to ...") as the speaker's words."""
    out: list[Draft] = []
    backshifted: set[int] = set()  # ids of the drafts made here from a backshifted sentence
    for paragraph, a, b, last, own in _sentences_after_claims(body, paragraphs, drafts):
        sentence = body[a:b]
        if _narration_since(body, last, a):
            continue
        modal = _backshifted(sentence)
        if (
            (last.verb_at < 0 and id(last) not in backshifted)  # one sentence on from an attribution
            or last.direct_quote
            or last.verb not in _CONTINUED_VERBS
            or _inside_quote(body, paragraph.start, a)
            or not (
                (
                    modal
                    and (
                        id(last) in backshifted or _reported_in_past(body, last) or _modal_goes_on(body, sentence, last)
                    )
                )
                or (last.verb_at >= 0 and _CONTINUED_REPORT.match(sentence))
            )
            or (_own_attribution(sentence) if modal else CANDIDATE.search(sentence))
        ):
            continue
        draft = _continued(body, paragraph, a, b, last)
        if draft is None:
            continue
        if modal:
            backshifted.add(id(draft))
        out.append(draft)
        own.append(draft)
        own.sort(key=lambda d: d.start)
    return out


def _sentences_after_claims(body: str, paragraphs, drafts: list[Draft]):
    """Each sentence that follows a claim in its paragraph and that no claim covers or attributes:
    (paragraph, start, end, the claim before it, the paragraph's claims by start). A caller that
    makes a claim of the sentence adds it to that list, in order, and later sentences see it."""
    by_paragraph = _by_paragraph(drafts)
    for paragraph in paragraphs:
        own = sorted(by_paragraph.get(paragraph.index, []), key=lambda d: d.start)
        for a, b in split_sentences(body[paragraph.start : paragraph.end]):
            a, b = paragraph.start + a, paragraph.start + b
            if any(d.start < b and a < d.end for d in own) or any(a <= d.verb_at < b for d in own):
                continue
            before = [d for d in own if d.end <= a]
            if before:
                yield paragraph, a, b, before[-1], own


def _narration_since(body: str, last: Draft, at: int) -> bool:
    """Whether the author's own words stand between `last`'s sentence and `at`."""
    return any(ch.isalnum() for ch in body[max(last.sentence_end, last.end) : at])


def _continued(body: str, paragraph, a: int, b: int, last: Draft) -> Draft | None:
    """The sentence a..b as more of `last`'s reported words: its speaker, verb and outlets."""
    reported = Draft(
        paragraph.index, a, b, last.speaker, last.speaker_id, last.verb, False, a, b,
        outlets=list(last.outlets), verb_at=-1,
    )  # fmt: skip
    draft = finish(reported, body, paragraph.start, paragraph.end)
    if draft is not None:
        draft.negated = bool(_RULE_NEGATION.search(draft.content))
    return draft


# a full stop that ends a sentence inside a claim's content: after a word of two characters or
# more ("$4m. Assistant ..."), not an initial ("George W. Bush", "U.S. forces")
_STOP_INSIDE = re.compile(r"(?<=[\w%)’'\]]{2})[.!?][”\"’)]*\s+(?=[A-Z“\"‘])")


def cut_at_attributed_sentence(body: str, drafts: list[Draft]) -> list[tuple[Draft, int]]:
    """ "The authorities estimate the fraud cost $4m. Assistant US Attorney Tom Reed said ...": when
    the parser runs two sentences into one, a reported (not quoted) claim's content ends at the
    full stop if the sentence after it has an attribution of its own. In place; returns the claims
    cut, each with where its next sentence starts."""
    cuts: list[tuple[Draft, int]] = []
    for draft in drafts:
        if draft.direct_quote or draft.gap or _inside_quote(body, draft.sentence_start, draft.start):
            continue
        text = body[draft.start : draft.end]
        for stop in _STOP_INSIDE.finditer(text):
            if CANDIDATE.search(text[stop.end() :]) is None:
                continue
            if _inside_quote(body, draft.start, draft.start + stop.start()):
                break  # a quotation the content holds runs on
            draft.end = trim(body, draft.start, draft.start + stop.start())[1]
            draft.content = body[draft.start : draft.end]
            draft.negated = draft.negated and bool(_RULE_NEGATION.search(draft.content))
            cuts.append((draft, draft.start + stop.end()))
            break
    return cuts


def _speaker_of_cut_sentence(ctx: ArticleContext, drafts: list[Draft], cuts: list[tuple[Draft, int]]) -> None:
    """The claims whose verb is in a sentence cut off by cut_at_attributed_sentence got the first
    sentence's subject from the parse ("... $4m. Assistant US Attorney Tom Reed said ..." parsed with
    no subject for "said"): their speaker is the name between that sentence's start and the verb,
    else they are dropped (a wrong speaker is worse than none). In place."""
    for outer, start in cuts:
        for draft in list(drafts):
            if draft is outer or not start <= draft.verb_at or draft.speaker != outer.speaker:
                continue
            if not any(ch.isalnum() for ch in ctx.body[start : draft.verb_at]):
                continue
            name, entity_id, _ = _speaker_from_span(ctx, start, draft.verb_at, None)
            if name is None or entity_id is None:
                drafts.remove(draft)
            else:
                draft.speaker, draft.speaker_id = name, entity_id


def outside_quotes(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """The drafts less the reported claims whose reporting verb lies inside a quotation ('"They
    were wrong when they said Milburn was ousting Brown," he said'): those words are the quoted
    speaker's, one claim with the quote, not a statement of "they" (extract_parsed drops them
    within a sentence; this catches the sentences of a quote that runs on)."""
    bounds = {p.index: (p.start, p.end) for p in paragraphs}

    def quoted(d: Draft) -> bool:
        start, end = bounds[d.paragraph]
        if not _inside_quote(body, start, d.verb_at):
            return False
        # and the quote closes after it: a quote left open by a slip of the source ('"We said as
        # much. Mr Lee was careful ...') holds narration
        after = re.search(r"[“”\"]", body[d.verb_at : end])
        return after is not None and (
            after.group() == "”" or (after.group() == '"' and not body[d.verb_at + after.start() - 1].isspace())
        )

    return [d for d in drafts if d.direct_quote or d.verb_at < 0 or d.paragraph not in bounds or not quoted(d)]


# "X said A - warning that B": the parser often reads a participle after a dash as a noun ("a
# warning"), leaving B inside A's content; the participle's lemma
_DASHED_PARTICIPLE = re.compile(
    r"\s[-–—]\s+(?P<verb>adding|warning|saying|arguing|insisting|claiming|predicting|stressing|noting)"
    r"\s+(?:that\s+)?(?=[\w“\"])"
)
_PARTICIPLE_LEMMA = {
    "adding": "add", "warning": "warn", "saying": "say", "arguing": "argue", "insisting": "insist",
    "claiming": "claim", "predicting": "predict", "stressing": "stress", "noting": "note",
}  # fmt: skip


def dashed_participles(body: str, drafts: list[Draft]) -> list[Draft]:
    """ "Mr Lee said he was taking nothing for granted - warning that the plan was risky.": a
    reported claim whose content holds " - warning that ..." ends at the dash, and the words after
    it are a claim of their own, of the same speaker (as ", adding that ..." in extract_parsed).
    Only outside quotation marks: inside a quote every word is the speaker's. In place on the
    first claim; returns the new ones."""
    out: list[Draft] = []
    starts = {d.start for d in drafts}
    for draft in drafts:
        if draft.direct_quote or draft.gap or draft.verb_at < 0:
            continue
        match = _DASHED_PARTICIPLE.search(body, draft.start, draft.end)
        if (
            match is None
            or match.start() - draft.start < 12
            or match.end() in starts
            or _inside_quote(body, draft.start, match.start())
            or re.search(r"\s[-–—]\s", body[match.end() : draft.end])  # "the plan - adding jobs - was": an aside
        ):
            continue
        second = Draft(
            draft.paragraph, match.end(), draft.end, draft.speaker, draft.speaker_id,
            _PARTICIPLE_LEMMA[match.group("verb")], False, draft.sentence_start, draft.sentence_end,
            outlets=list(draft.outlets), verb_at=match.start("verb"),
        )  # fmt: skip
        second.content = body[second.start : second.end]
        if len(second.content.split()) < 3:
            continue
        second.negated = bool(_RULE_NEGATION.search(second.content))
        draft.end = match.start()
        draft.content = body[draft.start : draft.end]
        draft.negated = draft.negated and bool(_RULE_NEGATION.search(draft.content))
        out.append(second)
    return out


def dashed_after_subject(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> list[Draft]:
    """ "Lord Pell called last week for observers at the poll - saying otherwise there could be
    months of court challenges.": a sentence of narration with no claim, whose active subject is a
    named person (a request, an act), and " - saying/warning/adding (that) ..." after a dash: the
    words after the participle are that person's claim (dashed_participles does the same inside a
    claim; here the parser lost the participle, or the verb before it reports nothing)."""
    out: list[Draft] = []
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    if not people:
        return out
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        if " - " not in text and " – " not in text and " — " not in text:
            continue
        for a, b in split_sentences(text):
            s0, s1 = paragraph.start + a, paragraph.start + b
            match = _DASHED_PARTICIPLE.search(body, s0, s1)
            if match is None or any(q in body[s0 : match.start()] for q in OPEN_QUOTES + CLOSE_QUOTES):
                continue
            if _inside_quote(body, paragraph.start, s0) or any(
                d.start < s1 and s0 < d.end or s0 <= d.verb_at < s1 for d in drafts
            ):
                continue  # inside a quote, or a claim of the sentence already
            subject = _person_subject(
                body[s0 : match.start()], s0, [m for m in people if s0 <= m.start < match.start()]
            )
            if subject is None:
                continue
            draft = finish(
                Draft(
                    paragraph.index, match.end(), s1, subject.text, subject.entity_id,
                    _PARTICIPLE_LEMMA[match.group("verb")], False, s0, s1, verb_at=match.start("verb"),
                ),
                body, paragraph.start, paragraph.end,
            )  # fmt: skip
            if draft is None or len(draft.content.split()) < 3:
                continue
            draft.negated = bool(_RULE_NEGATION.search(draft.content))
            out.append(draft)
    return out


# "The plan was merely a "sticking plaster" ...": was/were, a few words, then words quoted from
# the speaker (reported_continuations takes the quote right after the verb)
_QUOTED_PREDICATE = re.compile(r"^[A-Z][^“”\"]{2,80}?\b(?:were|was)\s+(?:[\w’'-]+\s+){1,3}[“\"][^“”\"\n]{3,80}[”\"]")
# "This was because ...", "Their motivation was the kudos ...", "Risks were small because ...": a
# backshifted "is" after a short subject phrase, not a passive ("was opened", "were sold")
_BACKSHIFTED_COPULA = re.compile(
    r"^(?:(?:And|But|Also|However|Instead),?\s+)?(?P<subject>[A-Z][^“”\"();:?!,]{0,60}?)\s+"
    r"(?:(?:also|still|now|only|not|often)\s+)?(?:was|were)\s+(?P<rest>.*)$"
)
# what follows "was" in the author's narration of an event: a passive ("was opened", "were also
# named"), a place, a time or a plan ("was due to", "was in Paris", "was expected"); "likely" is no
# adverb of the narration ("was likely to grow" is a forecast, the speaker's)
_NARRATED_AFTER_COPULA = re.compile(
    r"^(?:(?:also|still|now|only|not|never|then|later|first|(?!likely\b)\w+ly)\s+)*(?:\w+ed|born|made|given|taken|held|"
    r"seen|known|found|built|sold|paid|told|shown|won|lost|hit|cut|set|put|brought|bought|left|run|chosen|"
    r"heard|named|beaten|done|drawn|driven|eaten|fallen|forgotten|grown|hidden|spoken|stolen|thrown|"
    r"written|sent|spent|kept|met|led|struck|shot|stuck|caught|taught|hung|dug|shut|split|spread|quit|let|"
    r"beat|read|fed|fled|laid|heard|meant|dealt|lit|thrown|flown|worn|torn|sworn|broken|frozen|chosen|"
    r"stolen|woken|ridden|risen|bitten|hit|hurt|due|about|to|in|on|at|from|among|one\s+of)\b"
)
# "This could make it easy ...", "And that would be central to ...": a demonstrative alone as the
# subject of a modal of reported speech (_BACKSHIFTED leaves a "this" subject to the author)
_DEMONSTRATIVE_MODAL = re.compile(
    r"^(?:(?:And|But)\s+)?(?:This|That|this|that)\s+(?:(?:also|still|only)\s+)?(?:would|could|might|should)\s+"
    r"(?!(?:not\s+)?(?:seem|appear|comment|say|tell|be\s+seen))[a-z]"
)
# the author's narration of an event names a time ("in 1990", "on Monday", "last year") or a place
_NARRATED_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|June|July|August|September|October|November|December|yesterday|ago|"
    r"last\s+(?:week|month|year|night)|earlier\s+this|this\s+(?:week|month))\b"
)


def _backshifted_run(sentence: str) -> bool:
    """Whether `sentence` goes on with reported speech by its form alone, in the shapes
    reported_continuations leaves: a backshifted copula after a bare subject, words quoted a few
    words after "was", a demonstrative subject of a modal. Never a question, a quotation that
    opens the sentence, or a sentence that names a time of its own (the author's narration)."""
    if sentence.rstrip().endswith("?") or sentence.lstrip()[:1] in OPEN_QUOTES or _NARRATED_TIME.search(sentence):
        return False
    if _QUOTED_PREDICATE.match(sentence) or _DEMONSTRATIVE_MODAL.match(sentence):
        return True
    match = _BACKSHIFTED_COPULA.match(sentence)
    if match is None or any(q in sentence for q in OPEN_QUOTES) or _NARRATED_AFTER_COPULA.match(match.group("rest")):
        return False
    words = re.findall(r"[\w’'-]+", match.group("subject"))
    if words in (["This"], ["That"], ["this"], ["that"]):
        return True  # "This was because ...": the reason of the claim before
    if not words or words[0].lower() in _OPENING_PREPOSITIONS or words[0].lower().endswith("ing"):
        return False
    if any(w[:1].isupper() for w in words[1:]) or words[0].lower() in PERSON_PRONOUNS | {"they", "it", "there"}:
        return False  # a name or a person as the subject: most often the author telling of them
    if words[0].isupper() and len(words[0]) > 1:
        return False  # "BT was just one of the companies ...": an acronym's name
    return not any(w.lower() in _NOT_A_SUBJECT or (len(w) > 4 and w.endswith("ed")) for w in words)


_FUNCTION_OPENERS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such",
    "some", "many", "most", "all", "each", "every", "no", "any", "and", "but", "also", "however", "instead",
}  # fmt: skip


def _named_subject(body: str, sentence: str) -> bool:
    """Whether the sentence opens on a name ("Tesco was ...", "Ofcom would ..."): a capitalised
    first word that the article also writes capitalised inside a sentence. The author tells of a
    named firm or person more often than a speaker's words go on about it."""
    first = re.match(r"[A-Z][\w’'-]*", sentence)
    if first is None or first.group().lower() in _FUNCTION_OPENERS:
        return False
    return re.search(rf"[a-z,]\s+{re.escape(first.group())}\b", body) is not None


def reported_runs(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """ "Dr Lee said the scheme did not work. Its cost was far too high.": a sentence right after a
    speaker's reported (not quoted) words in the past tense, in the same paragraph, with no
    attribution of its own, in one of the shapes of _backshifted_run, is more of that speaker's
    reported words; the next such sentence goes on with the run. A complement to
    reported_continuations (run after it), which takes modals and quotes right after the verb."""
    out: list[Draft] = []
    made: set[int] = set()
    for paragraph, a, b, last, own in _sentences_after_claims(body, paragraphs, drafts):
        sentence = body[a:b]
        if (
            last.direct_quote
            or _narration_since(body, last, a)
            or not (
                id(last) in made
                or (last.verb_at < 0 and last.verb in _CONTINUED_VERBS)  # reported_continuations' run
                or (last.verb in _CONTINUED_VERBS and _reported_in_past(body, last))
            )
            or _inside_quote(body, paragraph.start, a)
            or not (_backshifted_run(sentence) or (id(last) in made and _backshifted(sentence)))
            or _named_subject(body, sentence)
            or _own_attribution(sentence)
        ):
            continue
        draft = _continued(body, paragraph, a, b, last)
        if draft is None or draft.direct_quote:
            continue
        made.add(id(draft))
        out.append(draft)
        own.append(draft)
        own.sort(key=lambda d: d.start)
    return out


# "There needed to be ...", "The groups also had to ...": a modal of duty, the one form of reported
# speech that a paragraph of the author's seldom opens with (a plan or forecast "would" is as often
# the author's background)
_DUTY_MODAL = re.compile(r"\b(?:had|needed)\s+to\s+[a-z]")


def paragraph_continuations(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """ "Ms Khan said the aim was to help, she said. / The groups also had to change their ways.
    Al-Qaeda was not going to be impressed by letters.": a paragraph whose first sentence has no
    attribution of its own and reads as reported speech by its form alone (a modal of duty after
    a bare subject, or words quoted right after "was"/"were"), right after a paragraph that closed
    on a speaker's reported words in the past tense, with a resolved speaker, goes on with those
    words: a claim of its own, same speaker. The sentences after it that read as reported speech
    (_backshifted, _backshifted_run) go on with the run, up to the first that does not.

    Not after a direct quote (a paragraph after a quote is as often the author's narration), not a
    paragraph that opens on a name (the author telling of someone), never a plan's "would"."""
    by_paragraph = _by_paragraph(drafts)
    out: list[Draft] = []
    for previous, paragraph in pairwise(paragraphs):
        before = by_paragraph.get(previous.index, [])
        if not before or paragraph.index != previous.index + 1:
            continue
        last = max(before, key=lambda d: d.start)
        if (
            last.direct_quote
            or last.verb_at < 0
            or last.speaker_id is None
            or last.verb not in _CONTINUED_VERBS
            or not _last_in_paragraph(body, last, previous.end, previous.start)
            or not _reported_in_past(body, last)
        ):
            continue
        own = sorted(by_paragraph.get(paragraph.index, []), key=lambda d: d.start)
        run: Draft | None = None
        for a, b in split_sentences(body[paragraph.start : paragraph.end]):
            a, b = paragraph.start + a, paragraph.start + b
            sentence = body[a:b]
            if any(d.start < b and a < d.end for d in own) or any(a <= d.verb_at < b for d in own):
                break  # a claim of the paragraph's own: its attribution ends the run
            if run is None:
                shaped = (
                    _backshifted(sentence) and _DUTY_MODAL.search(sentence) is not None
                ) or _CONTINUED_REPORT.match(sentence) is not None
            else:
                shaped = _backshifted(sentence) or _backshifted_run(sentence)
            if (
                not shaped
                or sentence.lstrip()[:1] in OPEN_QUOTES
                or _named_subject(body, sentence)
                or _own_attribution(sentence)
            ):
                break
            draft = _continued(body, paragraph, a, b, run or last)
            if draft is None or draft.direct_quote:
                break
            out.append(draft)
            run = draft
    return out


# a quoted sentence: up to its closing quote, or up to the straight quote that reopens the quote
# for the next sentence ('"We lost. "It hurts."'), which closes nothing (a quote mark after a space
# opens): that one is left to open the next match
_QUOTE_SENTENCE = re.compile(r"(?:^|(?<=[.!?”\"]\s))([“\"])([^“”\"\n]{12,}?)(?:(?<!\s)([”\"])|(?<=[.!?]\s)(?=\"))")


def resumed_quotes(body: str, paragraphs, drafts: list[Draft]) -> None:
    """A quote that opens a sentence with no attribution of its own, after a direct quote of the
    same paragraph (“...,” he said. “There is more ...”), is the same quote resumed: that claim
    runs on to its end, its content leaving the attribution out. When a sentence of narration
    stands between (“...,” he said. The firm was founded in 1990. “We ...”), the quote is
    reopened, not resumed: a claim of its own with the same speaker, appended to `drafts`, so
    that no claim's span holds the author's words. In place."""
    by_paragraph = _by_paragraph(drafts)
    for paragraph in paragraphs:
        own = sorted(by_paragraph.get(paragraph.index, []), key=lambda d: d.start)
        if not any(d.direct_quote for d in own):
            continue
        text = body[paragraph.start : paragraph.end]
        for match in _QUOTE_SENTENCE.finditer(text):
            closed = match.end(3) if match.group(3) else match.end()  # the close, or the reopening quote
            a, b = paragraph.start + match.start(2), paragraph.start + match.start(2) + len(match.group(2).rstrip())
            if any(d.start < b and a < d.end for d in own) or len(match.group(2).split()) < 3:
                continue  # already a claim's content, or too short to say anything
            before = [d for d in own if d.end <= a]
            if not before or not before[-1].direct_quote:
                continue
            after = body[paragraph.start + closed : paragraph.end].lstrip()
            if after[:1].islower() or after[:1] == ",":
                continue  # the sentence goes on: an attribution or narration follows the quote
            quote = before[-1]
            narration = body[max(quote.sentence_end, quote.end) : a]
            if _names_another_person(narration, quote.speaker):
                continue  # "US coach Patrick McEnroe wants ...": narration about someone else stands between
            if re.search(r":\s*[“\"]\S", body[quote.end : a].rstrip()[:-1]):
                continue  # 'The defender added: "We ... "I ...': a quote someone else opened stands between
            if _narration_between(body[quote.end : a]):
                reopened = _reopened_quote(quote, a, b, paragraph.start + closed, body)
                drafts.append(reopened)
                own = sorted([*own, reopened], key=lambda d: d.start)
                continue
            quote.gap = quote.gap or (quote.end, a)  # the first attribution left out
            quote.end = b
            quote.content = f"{quote.content} … {body[a:b].strip()}"  # the cut attribution, marked
            quote.sentence_end = max(quote.sentence_end, paragraph.start + closed)


def _narration_between(gap: str) -> bool:
    """Whether `gap`, the text from a quote's end to the opening of the next quoted sentence,
    holds a sentence of the author's own beyond the attribution: '." The firm was founded in
    1990. "' or '," he said on Monday. The firm was founded in 1990. "', not '," he said. "'.
    Any other quote mark in it (a quote resumed mid-sentence, words quoted in the narration)
    makes it unsure: no."""
    lead = re.match(r'[\s,;:.!?…]*([”"’])(?=\s)', gap)  # the quote's close, not a new opening
    if lead is None or not gap.rstrip().endswith(("“", '"')):
        return False
    ended = gap[: lead.start(1)].strip()[-1:] in (".", "!", "?", "…")
    outside = gap[lead.end() :].rstrip()[:-1]
    if any(q in outside for q in OPEN_QUOTES + CLOSE_QUOTES.replace("’", "")):
        return False
    if ended:  # the quote ended its sentence: whatever follows is narration
        return any(ch.isalnum() for ch in outside)
    return re.search(r"[.!?]\s+\S*\w", outside) is not None  # a sentence after the attribution's


def _reopened_quote(quote: Draft, a: int, b: int, sentence_end: int, body: str) -> Draft:
    """The quote text body[a:b], reopened after narration: the same speaker as `quote`, no
    reporting verb of its own (shown as continued)."""
    a, b = trim(body, a, b)
    draft = Draft(
        quote.paragraph,
        a,
        b,
        quote.speaker,
        quote.speaker_id,
        quote.verb,
        bool(_RULE_NEGATION.search(body[a:b])),
        a,
        sentence_end,
        outlets=list(quote.outlets),
        content=body[a:b].strip(),
        direct_quote=True,
    )
    return draft


_QUOTE_AT_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))[“\"](?=[A-Z])")
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+([A-Z][a-z’'-]+)")


def quotes_after_narration(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> list[Draft]:
    """A quoted sentence with no attribution of its own ("Mr Pell went on to list the council's
    record. “So now we have a choice ...”"), after narration that follows a speaker's claim in
    the same or the paragraph before, is more of that speaker's words: a claim of its own with
    the same speaker (no outlet: the interview may have ended). Only when the narration since
    that claim names no other person ("Tom Pell", "Mr Pell", a person among `mentions`) and quotes
    nothing no claim took ('"...," a statement read.'), and that claim is not itself words quoted
    inside a quote: else who speaks is a guess, and no claim is made."""
    out: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: d.start)
    starts = {p.index: p.start for p in paragraphs}
    people = sorted((m.start, m.entity_id) for m in mentions if m.label == "PERSON")
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        for match in _QUOTE_AT_SENTENCE.finditer(text):
            a = paragraph.start + match.start()
            if _inside_quote(body, paragraph.start, a):
                continue
            close = _closing_quote(body, a + 1, paragraph.end)
            if close < paragraph.end and not _closes_sentence(body, close, paragraph.end):
                continue  # '..., he said' or words quoted inside a sentence
            b = min(close + 1, paragraph.end)
            if len(body[a:b].split()) < 4 or any(d.start < b and a < d.end or a <= d.verb_at < b for d in ordered):
                continue
            before = [d for d in ordered if d.end <= a and not d.owned]
            if not before or before[-1].paragraph < paragraph.index - 1:
                continue
            last = before[-1]
            n0 = max(last.end, last.sentence_end)
            narration = body[n0:a]
            if last.verb_at >= 0 and _inside_quote(body, starts.get(last.paragraph, last.start), last.verb_at):
                continue  # "People were saying ..." inside another speaker's quote
            if not any(ch.isalnum() for ch in narration):
                continue  # right after the claim: quotes_after_claims' and resumed_quotes' case
            if (
                _names_another_person(narration, last.speaker)
                or _honorific_other(narration, last.speaker)
                or _QUOTE_AT_SENTENCE.search(narration.lstrip())  # a quoted sentence no claim took
                or any(n0 <= at < a and entity_id != last.speaker_id for at, entity_id in people)
            ):
                continue
            quoted = Draft(
                paragraph.index, a, b, last.speaker, last.speaker_id, last.verb, False, a, b, verb_at=-1
            )  # fmt: skip
            draft = _finished_quote(quoted, body, paragraph)
            if draft is None:
                continue
            out.append(draft)
            ordered = sorted([*ordered, draft], key=lambda d: d.start)
    return out


def _honorific_other(narration: str, speaker: str) -> bool:
    """Whether text outside quotations in `narration` names someone by title and surname ("Mr
    Pell") whose surname is not in `speaker`."""
    outside = re.sub(r"[“\"][^“”\"]*[”\"]", " ", narration)
    own = {w.lower() for w in re.findall(r"[\w’'-]+", speaker)}
    return any(name.lower() not in own for name in _HONORIFIC_NAME.findall(outside))


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+((?:[A-Z][a-z]*[’'-]?)?[A-Z][a-z’'-]+)\b")


def _names_another_person(narration: str, speaker: str) -> bool:
    """Whether text outside quotations in `narration` names a person by first name and surname
    who is not `speaker` (whose words are shown as written, "Nadal" or "Rafael Nadal")."""
    outside = re.sub(r"[“\"][^“”\"]*[”\"]", " ", narration)
    own = {w.lower() for w in re.findall(r"[\w’'-]+", speaker)}
    return any(
        first_name_gender(first) is not None and last.lower() not in own for first, last in _FULL_NAME.findall(outside)
    )


# words that make the text before a name something other than a description of the person
# ("Police arrested Tom Pell", "Fans of Tom Pell", "Tom Pell and Ann Cole"): the name is then no
# sentence subject
_NOT_IN_DESCRIPTION = {
    "and", "or", "but", "of", "by", "with", "to", "for", "against", "than", "from", "at", "in", "on",
    "as", "that", "who", "which", "when", "after", "before", "while", "if", "told", "met", "saw",
    "said", "says", "asked", "like", "about", "it", "they", "he", "she", "we", "i", "you",
}  # fmt: skip
_PASSIVE_OR_LINK = re.compile(
    r"^\s*(?:(?:has|have|had)\s+(?:\w+ly\s+)?been\b|(?:was|were|is|are|be|being|and|or|who|whose|which|said|says|told)\b)"
)
_SUBJECT_VERB = re.compile(
    r"^\s*(?:(?:also|then|later|earlier|again|has|have|had|\w+ly)\s+)*"
    r"(?!(?:in|on|at|of|for|with|from|by|to|into|during|after|before|since|as|than|the|a|an|this|that)\b)[a-z][a-z’'-]+\b"
)  # a verb after the name, not a preposition ("Bob in the 1990s became ...": unsure whose the quote is)


def _person_subject(sentence: str, s0: int, people: Sequence[Mention]) -> Mention | None:
    """The person a sentence of narration opens with as its active subject ("Fostering Network
    director Tom Pell criticised the plan.", "Writing in the Daily Post, Ms Cole set out her
    view."), else None: a pronoun, a passive ("Tom Pell was praised"), a name in an object or
    a possessive ("Tom Pell's lawyer") is none."""
    lead = re.match(
        r"(?:(?:But|And|Yet|So|However|Meanwhile)\b,?\s+)?(?:[A-Z][\w’'-]*ing\b[^,;:]{0,80},\s+)?", sentence
    )
    at = s0 + (lead.end() if lead else 0)
    first = next((m for m in people if m.start >= at and m.start < s0 + len(sentence)), None)
    if first is None:
        return None
    prefix = sentence[at - s0 : first.start - s0]
    words = re.findall(r"[\w’'-]+", prefix)
    if len(words) > 6 or re.search(r"[,;:()“”\"]", prefix):
        return None
    if any(w.lower() in _NOT_IN_DESCRIPTION or (w.islower() and w.endswith(("ed", "ing"))) for w in words):
        return None
    rest = sentence[first.end - s0 :]
    rest = re.sub(r"^,\s+[^,;:“”\"]{2,80},(?=\s)", "", rest)  # "Tom Pell, the charity's director, said"
    if rest[:1] in ("’", "'") or _PASSIVE_OR_LINK.match(rest) or not _SUBJECT_VERB.match(rest):
        return None
    return first


def quotes_after_subject(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> list[Draft]:
    """A quoted sentence with no attribution of its own right after a sentence of narration whose
    active subject is a named person ("Fostering Network director Tom Pell criticised the plan.
    “There is no logic to it.”") is that person's words: a claim with that speaker. Not when the
    sentence before holds a claim, a quotation or a pronoun for its subject, nor when the quote
    opens its paragraph or someone else's direct quote comes before that sentence in the paragraph
    (the quote may be theirs, resumed): the speaker would be a guess."""
    out: list[Draft] = []
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    if not people:
        return out
    ordered = sorted(drafts, key=lambda d: d.start)
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        for match in _QUOTE_AT_SENTENCE.finditer(text):
            a = paragraph.start + match.start()
            if a == paragraph.start or _inside_quote(body, paragraph.start, a):
                continue
            close = _closing_quote(body, a + 1, paragraph.end)
            if close >= paragraph.end or not _closes_sentence(body, close, paragraph.end):
                continue
            b = close + 1
            if len(body[a:b].split()) < 4 or any(d.start < b and a < d.end or a <= d.verb_at < b for d in ordered):
                continue
            sentences = split_sentences(body[paragraph.start : a])
            if not sentences:
                continue
            s0, s1 = paragraph.start + sentences[-1][0], paragraph.start + sentences[-1][1]
            sentence = body[s0:s1]
            if any(q in sentence for q in OPEN_QUOTES + CLOSE_QUOTES) or not sentence.rstrip().endswith("."):
                continue
            if any(d.start < s1 and s0 < d.end or s0 <= d.verb_at < s1 for d in ordered):
                continue  # the sentence before is a claim: the rules after claims decide
            subject = _person_subject(sentence, s0, [m for m in people if s0 <= m.start < s1])
            if subject is None:
                continue
            earlier = [d for d in ordered if d.paragraph == paragraph.index and d.end <= s0]
            if earlier and earlier[-1].direct_quote and earlier[-1].speaker_id != subject.entity_id:
                continue  # '"...," the coach said. Forward Tom Pell looks certain to play. "I ...': the coach resumes
            quoted = Draft(paragraph.index, a, b, subject.text, subject.entity_id, "say", False, a, b, verb_at=-1)
            draft = _finished_quote(quoted, body, paragraph)
            if draft is None:
                continue
            out.append(draft)
            ordered = sorted([*ordered, draft], key=lambda d: d.start)
    return out


# "- Rovers boss Tom Pask: "We ...": a sentence that opens on a person's name and a colon before a
# quote, with no verb of saying (match reports list the managers' words so)
_NAME_COLON_QUOTE = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\s\s))(?:[-–•]\s*)?(?P<who>[A-Z][^:;,.!?“”\"()]{1,80}?):\s+(?=[“\"][A-Z])"
)


def named_colon_quotes(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> list[Draft]:
    """ "- Rovers boss Tom Pask: “We know they can give us problems.”": a quote after a colon that
    follows nothing but a person's name and its description (no verb, no comma) is that person's:
    a claim with that speaker. Not when the words before the name hold a verb or a preposition
    ("Police arrested Tom Pell: ...") or the name is not the last thing before the colon."""
    out: list[Draft] = []
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    if not people:
        return out
    ordered = sorted(drafts, key=lambda d: d.start)
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        for match in _NAME_COLON_QUOTE.finditer(text):
            w0, w1 = paragraph.start + match.start("who"), paragraph.start + match.end("who")
            name = next((m for m in people if w0 <= m.start and m.end == w1), None)
            if name is None:
                continue
            words = re.findall(r"[\w’'-]+", body[w0 : name.start])
            if len(words) > 6 or any(
                w.lower() in _NOT_IN_DESCRIPTION or (w.islower() and w.endswith(("ed", "ing"))) for w in words
            ):
                continue
            a = paragraph.start + match.end()
            close = _closing_quote(body, a + 1, paragraph.end)
            b = min(close + 1, paragraph.end)
            if len(body[a:b].split()) < 4 or any(d.start < b and a < d.end or w0 <= d.verb_at < b for d in ordered):
                continue
            quoted = Draft(paragraph.index, a, b, name.text, name.entity_id, "say", False, w0, b, verb_at=-1)
            draft = _finished_quote(quoted, body, paragraph)
            if draft is None:
                continue
            out.append(draft)
            ordered = sorted([*ordered, draft], key=lambda d: d.start)
    return out


# "appearing to emphasize", "seemed to suggest", "wants to stress": the verb that governs a reporting
# verb's "to" is part of what the article says of the speaker (who appeared to emphasize, and did
# not simply emphasize); a noun before "to" ("the need to stress", "a decision to say") is not
_GOVERNING_VERB = re.compile(r"\b(?:[A-Za-z]{3,}(?:ing|ed)|seems?|appears?|wants?|tends?|likes?)\s+to\s+$")
_NOT_GOVERNING = {"according", "owing", "regarding", "need", "speed", "bed", "seed", "creed", "breed"}


# the particle or complement that a phrasal reporting lemma takes after its verb word
_STANCE_WORDS = "|".join(sorted(STANCE_ADJECTIVES))
_VERB_WORDS_AFTER = {
    "go on": re.compile(r"\s+on\b"),
    "point": re.compile(r"\s+out\b"),
    "rule": re.compile(r"\s+out\b"),
    "make clear": re.compile(r"(?:\s+it)?(?:\s+(?:very|quite|perfectly|crystal|abundantly|absolutely|so))?\s+clear\b"),
    "be confident": re.compile(
        rf"(?:\s+(?:not|still|also|now|very|so|quite|fairly|increasingly|more|less|\w+ly))*\s+(?:{_STANCE_WORDS})\b",
        re.IGNORECASE,
    ),
}
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|remains?|remained)(?:\s+(?:not|still|also|now|very|so|quite|\w+ly))*\s+$",
    re.IGNORECASE,
)


def verb_as_written(body: str, draft: Draft) -> str:
    """The reporting verb as the article writes it ("characterised", "told", "appearing to
    emphasize", "went on", "made it clear"), "" when none."""
    if draft.verb_at < 0 or draft.verb == "according to":
        return ""
    verb = _word_at(body, draft.verb_at)
    if verb and draft.verb == "be confident" and verb.casefold() in STANCE_ADJECTIVES:
        # "He is convinced X": the parser took "convinced" for the verb; the copula goes with it
        copula = _COPULA_BEFORE.search(body, max(0, draft.verb_at - 30), draft.verb_at)
        if copula is not None:
            verb = " ".join([*copula.group(0).split(), verb])
    elif verb and (words := _VERB_WORDS_AFTER.get(draft.verb)) is not None:
        # "went on", "pointed out", "made it clear", "are confident": the words that make the verb
        # one of reporting belong to it, up to where the content starts
        after = words.match(body, draft.verb_at + len(verb))
        if after is not None and not (draft.verb_at < draft.start < after.end()):
            verb = " ".join([verb, *after.group(0).split()])
    governing = _GOVERNING_VERB.search(body, max(0, draft.verb_at - 40), draft.verb_at)
    if verb and governing and governing.group(0).split()[0].casefold() not in _NOT_GOVERNING:
        return " ".join(governing.group(0).split() + [verb])
    return verb


_ANOTHER_DOCUMENT = {"further", "another", "other", "second", "separate", "different", "previous", "earlier", "new"}
_DOCUMENT_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "latest"}


def late_authors(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """ "A report by the finance watchdog says ... The NAO report said ...": a document left
    without author takes the one author the whole article gives that kind of document (none
    when it gives two). Only for a plain description without names ("the report")."""
    if ctx is None:
        return
    venue_outlets(drafts, ctx)
    named_next(drafts, ctx)
    if not ctx.authors:
        return
    for draft in drafts:
        if draft.speaker_id is not None or any(ch.isupper() for ch in draft.speaker[1:]):
            continue
        words = re.findall(r"[a-z']+", draft.speaker.lower())
        if not words or words[0] not in _DOCUMENT_DETERMINERS or len(words) > 8:
            continue
        if set(words) & _ANOTHER_DOCUMENT:
            continue  # "a further survey", "another report": not the one whose author was given
        if "for" in words:
            continue  # "a survey for the charity": commissioned by someone, carried out by another
        if words[0] in ("a", "an") and _paragraph_number(ctx.body, draft.start) > 1:
            continue  # "a street survey" deep in the article: the lead's "a report says" is the one named
        found = {
            next(iter(ctx.authors[w]))
            for w in words
            if w in DOCUMENT_NOUNS
            and len(ctx.authors.get(w, ())) == 1
            # "a report" after the author's report was named is another report; before it, the same
            and not (words[0] in ("a", "an") and draft.start > ctx.author_at.get(w, draft.start))
        }
        if len(found) == 1:
            draft.speaker_id = found.pop()


# descriptions that usually stay unnamed ("a spokesman said", "one analyst said"): never taken
# for the person the next sentence introduces
_ANONYMOUS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "insider"}
_ANONYMOUS |= {"analyst", "analysts", "economist", "expert", "experts", "witness", "diplomat", "campaigner", "lawyer"}
_RELATION_NOUNS = {"ally", "friend", "colleague", "mother", "father", "wife", "husband", "son", "daughter", "sister"}
_RELATION_NOUNS |= {"brother"}
_FEMALE_WORDS = {"mother", "wife", "daughter", "sister", "actress", "chairwoman", "spokeswoman", "woman"}
_MALE_WORDS = {"father", "husband", "son", "brother", "chairman", "spokesman", "man", "businessman"}
_DESCRIPTION = re.compile(
    r"(?:(?P<det>[Aa]n?|[Tt]he)|(?P<poss>[Ii]ts|[Tt]heir|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?))\s+"
    r"(?P<words>(?:[\w’'-]+\s+){0,3}?)(?P<head>[A-Za-z][\w-]*)(?:\s+(?:to|of|for|at|in|who|whose)\b.*)?"
)


def _description_head(speaker: str) -> tuple[str, str, bool] | None:
    """(head noun, gender "m"/"f"/"", possessive) of a speaker written as a description of one
    person ("its chief", "Acme's chief executive", "a senior barrister who ...", "the minister's
    closest ally"), else None (a name, a group, an anonymous spokesman or official)."""
    found = _DESCRIPTION.fullmatch(speaker.strip(_EDGE))
    if found is None:
        return None
    head = found.group("head").lower()
    if head in _ANONYMOUS or not (_office_word(head) or head in _RELATION_NOUNS):
        return None
    words = {w.lower() for w in found.group("words").split()} | {head}
    gender = "f" if words & _FEMALE_WORDS else "m" if words & _MALE_WORDS else ""
    return head, gender, found.group("poss") is not None


def named_next(drafts: list[Draft], ctx: ArticleContext) -> None:
    """ "..., Acme's chief has said. / Jo Bell said ...": a speaker written as a description of
    one person ("its chief", "the minister's closest ally"; in the article's first paragraph also
    "a senior barrister") is the person the very next sentence introduces as its subject (named
    there for the first time), when that sentence opens the next paragraph after the article's
    first sentence, or follows in the same paragraph after a possessive description; no title before
    the name and no anonymous role ("an analyst at ...") after it may say it is someone else."""
    first_seen: dict[str, int] = {}
    for mention in ctx.mentions:
        first_seen.setdefault(mention.entity_id, mention.start)
    for draft in drafts:
        if draft.speaker_id is not None or draft.speaker.endswith("(unresolved)"):
            continue
        described = _description_head(draft.speaker)
        if described is None:
            continue
        head, gender, possessive = described
        gap = re.match(r"[ \t]*(\n+)?\s*", ctx.body[draft.sentence_end :])
        if gap is None:
            continue
        start = draft.sentence_end + gap.end()
        new_paragraph = gap.group(1) is not None
        # the article's first sentence (after a headline line without a full stop, if any)
        opening = ctx.body[: draft.sentence_start].strip()
        lead = len(opening.splitlines()) <= 1 and _SENTENCE_BOUNDARY.search(f"{opening} ") is None
        if not ((lead and new_paragraph) or (possessive and not new_paragraph)):
            continue
        if not possessive and not lead:
            continue
        end = ctx._sentence_end(start)
        if ctx.body[start : start + 1] in OPEN_QUOTES or "“" in ctx.body[start:end] or '"' in ctx.body[start:end]:
            continue
        people = [m for m in ctx.mentions_in(start, end) if m.label == "PERSON"]
        if not people:
            continue
        named = people[0]
        before = ctx.body[start : named.start]
        title = before.rpartition(",")[2] if "," in before else before
        if "," in before and len(before.rpartition(",")[0].split()) > 10:
            continue
        extra = [w for w in title.split() if w.lower() not in _SENTENCE_OPENERS and split_name(f"{w} x")[0] is None]
        if extra:
            continue  # "Analyst Jo Bell said": a title that may name someone else
        if not lead and (
            before.split()[:1]
            and before.split()[0].strip(",").lower() in _SENTENCE_OPENERS
            or re.match(
                r",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|at|for|to)\b", ctx.body[named.end : end]
            )
        ):
            continue  # "But Rob Andrew, coach of ..., said": someone else, set against the one described
        after = re.match(
            r",\s+(?:an?|the)?\s*(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:at|of|for|with)\b", ctx.body[named.end : end]
        )
        if after is not None and after.group(1).lower() in _ANONYMOUS:
            continue
        if (
            first_seen.get(named.entity_id, start) < start
            or not ctx.likely_person(named.entity_id)
            or (gender and ctx.gender(named.entity_id) not in (None, gender))
        ):
            continue
        draft.speaker_id = named.entity_id


# ---- The occasion vocabulary: the words that say on what occasion a claim was made, in named parts.
# Each pattern the occasion passes read (`venue_outlets`, `occasion_outlets`, `interview_runs`) is a
# union of these parts; a word of occasion is added here, to its part, never to a pattern alone.
# being somewhere to speak: "Speaking at a rally", "standing beside the mayor", "at a press conference"
_PRESENT_AT = (
    r"(?:speaking|standing|addressing|visiting|appearing)\s+(?:in|at|on|to|beside|next|alongside|outside|before|after|during)",
    r"at\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|rally|meeting|summit|launch|hearing|ceremony)",
)
# said to an audience that is no medium's interviewer: "told MPs", "telling reporters"
_TO_AN_AUDIENCE = (*"told tells telling MPs reporters journalists".split(), r"the\s+Commons")
# said in a text or a speech of one's own: "in a statement", "wrote in a letter"
_IN_A_TEXT = tuple("statement letter speech wrote writes writing".split())
# said at another time: "Speaking later", "he said earlier"
_AT_ANOTHER_TIME = ("later", "earlier", "previously")
# "he said last week": in the one sentence of a quotation that goes on from another only (`_OWN_OCCASION`);
# a later claim's attribution can run over quoted words ("... since December of last year," said X)
_LAST_TIME = (r"last\s+(?:week|month|year)",)
# a gathering or a publication of one's own, named by its kind: "at the briefing", "on his blog"
_GATHERED_OR_POSTED = (
    *"conference briefing forum auction blog website posted tweeted online".split(),
    r"press\s+release",
)
# a medium named by its kind: "told the programme", "on radio", "told the magazine"
_MEDIUM_BY_KIND = ("programme", *MEDIUM_TAIL_NOUNS)
# spoken to a medium, in an interview: "told the BBC", "speaking to Reuters", "asked by Sky News"
_INTERVIEWED_BY = (*"told tells telling interview interviewed speaking spoke appearing talking".split(), r"asked\s+by")
# a medium's report of what was said, or written for it: "quoted by", "according to", "writing in"
_REPORTED_BY = (*"writing wrote quoted reported reports".split(), r"according\s+to", r"statement\s+to")


def _occasion_words(*parts: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of the words of `parts`, each a whole word or phrase, any case."""
    return re.compile(r"\b(?:" + "|".join(dict.fromkeys(w for part in parts for w in part)) + r")\b", re.IGNORECASE)


# what puts a claim on an occasion other than the interview a venue sentence or an earlier claim
# names ("Speaking at a rally ...", "told MPs", "in a statement", "Speaking later", "on his blog")
_ELSEWHERE_PARTS = (_PRESENT_AT, _TO_AN_AUDIENCE, _IN_A_TEXT, _AT_ANOTHER_TIME, _GATHERED_OR_POSTED)
_ELSEWHERE = _occasion_words(*_ELSEWHERE_PARTS)
# what names an occasion of its own in the sentence of a quotation that goes on from another: one
# elsewhere, or an interview or a medium named by its kind (`interview_runs`, which reads a later
# claim "in a wide-ranging interview" as going on from the interview, uses `_ELSEWHERE` alone)
_OWN_OCCASION = _occasion_words(*_ELSEWHERE_PARTS, _LAST_TIME, ("interview",), _MEDIUM_BY_KIND)
# what says a claim was made to the medium it names, in an interview, not reported by it
_INTERVIEWED = _occasion_words(_INTERVIEWED_BY)
# what says the medium of a claim was an occasion of speaking (an interview or a report of it), not
# where the speaker works
_SPOKEN_TO = _occasion_words(_INTERVIEWED_BY, _REPORTED_BY)


_VENUE = re.compile(
    r"\b(?:(?:made|making|make)\s+(?:his|her|their|the|these|those)\s+(?:comments|remarks)|"
    r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:speaking|interviewed|appearing)|"
    r"(?:his|her|their)\s+(?:appearance|interview)s?)\s+"
    r"(?P<rest>[^.!?\n]{0,140})"
)


def venue_outlets(drafts: list[Draft], ctx: ArticleContext) -> None:
    """ "He made his comments ... on Channel Five", "Mr X was speaking to the BBC": the outlet
    where a named person said what the article reports, for each of their claims that names no
    outlet of its own. The person is the sentence's subject: a name, or "he"/"she" for the person
    who spoke last before it."""
    for match in _VENUE.finditer(ctx.body):
        outlet = _one_medium(ctx, match.start("rest"), match.end("rest"))
        if outlet is None:
            continue
        start = ctx._sentence_start(match.start())
        head = ctx.body[start : match.start()]
        people = [m for m in ctx.mentions_in(start, match.start()) if ctx.is_person(m.entity_id)]
        if people:
            if not ctx._opens_sentence(people[0].start):
                continue
            who: str | None = people[0].entity_id
        elif re.match(r"\s*(?:[“\"]?\s*)?(?:He|She)\b", head):
            before = [d for d in drafts if d.start < start and d.speaker_id and ctx.is_person(d.speaker_id)]
            who = max(before, key=lambda d: d.start).speaker_id if before else None
        else:
            continue
        if who is None:
            continue
        elsewhere = False  # once they speak on another occasion, what follows is said there
        for draft in sorted(drafts, key=lambda d: d.start):
            if draft.speaker_id != who:
                continue
            own = {ctx.table.outlet(o) for o in draft.outlets}
            if (
                draft.start > match.end()
                and own != {ctx.table.outlet(outlet)}
                and _ELSEWHERE.search(_outside(draft, ctx.body))
            ):
                elsewhere = True  # ("told the BBC" after "speaking to the BBC" is the same occasion)
            if not elsewhere and not draft.outlets:
                draft.outlets.append(outlet)


# "Writing in the Guardian, Mr X ...", "Speaking on BBC One's Breakfast, she ...", "In an interview
# with Reuters, the minister ...": a sentence opening with the occasion names the outlet of what its
# subject says there
_OPENING_OCCASION = re.compile(
    r"(?:Writing\s+(?:in|for)|Speaking\s+(?:to|on|in)|Interviewed\s+(?:by|on)|Appearing\s+on|"
    r"(?:In|During)\s+(?:an|a\s+\w+)\s+interview\s+(?:with|on|for))\s+(?P<rest>[^,.!?\n]{2,80}),"
)


# "His comments come in a BBC documentary", "Mr X's remarks were made on Sky News": where the claims of
# the sentence just before were made
_COMMENTS_COME = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s|His|Her|Their)\s+(?P<noun>comments|remarks)\s+"
    r"(?:come|came|were\s+made|are\s+made)\s+(?P<rest>[^.!?\n]{0,140})"
)
_NOT_A_NAME = frozenset("He She They It But And The This That".split())
_PRONOUN_SUBJECTS = frozenset("he she they".split())


def _programme_names(ctx: ArticleContext) -> dict[str, str]:
    """The short names of the programmes the article names ("BBC Radio 4's Today programme",
    the "Today programme"): "Today" -> the outlet it belongs to. Only a name the article has given in
    full is read so later ("told Today"): on its own the word is an ordinary one."""
    names: dict[str, str] = {}
    for m in ctx.mentions:
        if not ctx.is_media(m.entity_id):
            continue
        entry = ctx.table.entry(m.entity_id)
        if entry is not None and entry.kind == "programme":
            short = re.sub(r"\s+(?:programme|show)$", "", m.text)
            if short != m.text and short[:1].isupper():
                names.setdefault(short, m.entity_id)
        owner = re.match(
            r"['’]s\s+(?P<short>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:programme|show)\b",
            ctx.body[m.end : m.end + 60],
        )
        if owner is not None:
            names.setdefault(owner["short"], m.entity_id)
    return names


def _one_medium(ctx: ArticleContext, a: int, b: int) -> str | None:
    """The one outlet named in body[a:b] (a channel and its broadcaster count as one): the id of
    its first mention; None when it names none or two."""
    media = [m.entity_id for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id)]
    return media[0] if len({ctx.table.outlet(o) for o in media}) == 1 else None


def occasion_outlets(drafts: list[Draft], ctx: ArticleContext) -> set[int]:
    """The outlet of a claim whose sentence does not name it, from the occasion the article gives:
    - a sentence opening with it ("Writing in the Guardian, Mr X outlined ...", "In an interview
      with Reuters, she said ..."): the claims of its subject in that paragraph;
    - "His comments come in a BBC documentary": the claims of the sentence before;
    - a programme named in full before and by its short name here ('..., Mr X told Today.');
    - a quotation that goes on from the claim just before it in the same paragraph ('"A," he told
      Reuters. "B," he continued.'): said on the same occasion, unless its sentence names one of its
      own (`_OWN_OCCASION`) or another speaker.
    Returns the drafts these passes gave an outlet (by id), for `interview_runs`."""
    ordered = sorted(drafts, key=lambda d: (d.start, d.end))
    _late_media_speakers(ordered, ctx)
    occasioned: set[int] = set()  # the drafts these passes gave an outlet (by id)
    for draft, outlet in (
        *_opening_occasions(ordered, ctx),
        *_comments_occasions(ordered, ctx),
        *_programme_occasions(ordered, ctx),
    ):
        if not draft.outlets:
            draft.outlets.append(outlet)
            occasioned.add(id(draft))
    for previous, draft in pairwise(ordered):
        if draft.outlets or not previous.outlets or not _goes_on(ctx, previous, draft, id(previous) in occasioned):
            continue
        draft.outlets.extend(previous.outlets)
        occasioned.add(id(draft))
    return occasioned


def _late_media_speakers(drafts: list[Draft], ctx: ArticleContext) -> None:
    """ "..., the Chinese state press has said.", "it said" for a paper: a claim whose speaker was
    found to be a medium only after its outlets were read (from a description or a pronoun) is
    backed by that medium as a claim it made in its own name is (`_speaks_as_outlet`: a paper or
    an agency always, a broadcaster only when it reports). Likewise a broadcaster found to be the
    speaker only after its name in the speaker's own words was taken for the outlet ("the Grobco
    network claimed", a company answering for itself) is no outlet of that claim."""
    for draft in drafts:
        if (
            draft.speaker_id
            and draft.speaker_id in draft.outlets
            and ctx.is_media(draft.speaker_id)
            and not _speaks_as_outlet(ctx, draft.speaker_id, draft.verb)
            and _named_only_as_speaker(ctx, draft)
        ):
            draft.outlets.remove(draft.speaker_id)
        elif (
            not draft.outlets
            and draft.speaker_id
            and _speaks_as_outlet(ctx, draft.speaker_id, draft.verb)
            # "X, editor of the Grobco Weekly magazine, said" taken for the magazine: its staff speak
            and not _employer_only(ctx, draft, draft.speaker_id, draft.sentence_start, draft.sentence_end)
        ):
            draft.outlets.append(draft.speaker_id)


def _named_only_as_speaker(ctx: ArticleContext, draft: Draft) -> bool:
    """Whether the claim's sentence names its speaker's medium, outside the content, only once and
    within the words of the speaker ("the Grobco network claimed"), not as well as where it spoke."""
    outlet = ctx.table.outlet(draft.speaker_id) if draft.speaker_id else None
    named = [
        m
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
        if ctx.table.outlet(m.entity_id) == outlet and not (draft.start <= m.start < draft.end)
    ]
    return len(named) == 1 and named[0].text in draft.speaker


# "In a wide-ranging interview, he also said": a later claim naming the interview it goes on from
_SAME_INTERVIEW = re.compile(
    r"\b(?:in|during)\s+(?:the\s+same|an?|that|this|the)\s+(?:[\w-]+\s+){0,2}?interview\b", re.IGNORECASE
)
_SAID_ON = re.compile(r"\b(?:said|says|saying|spoke|speaks)\s+(?:on|to)\s+(?:[\w-]+\s+){0,3}$")


def interview_runs(drafts: list[Draft], ctx: ArticleContext, occasioned: set[int]) -> None:
    """A run of one speaker's claims goes on from the interview a claim names ('X told the BBC: "A."
    ... But she said B.'): each later claim of theirs carries its outlet while no other speaker's
    claim comes between (a claim inside their own quotation does not count), its attribution names
    no occasion of its own ("told reporters", "in a statement", "Speaking later ...", another
    medium), and each paragraph after the first opens with their claim: a paragraph opening with
    narration, or one without their claims, ends the run, until a claim of theirs names the same
    occasion ("In a wide-ranging interview, X also said"): it and their claims since carry it again.
    `occasioned`: the claims given an outlet from the occasion the article names (by id), which
    open a run like a "told X" of their own (`occasion_outlets` returns them)."""
    ordered = sorted(drafts, key=lambda d: (d.start, d.end))
    speaker: str | None = None
    outlet = ""
    last: Draft | None = None
    paused = False  # the run ended at a paragraph: the speaker's claims since wait in `pending`
    pending: list[Draft] = []
    for draft in ordered:
        if last is not None and speaker is not None:
            if last.start <= draft.start and draft.end <= last.end and draft is not last:
                continue  # a claim quoted inside theirs
            own = {ctx.table.outlet(o) for o in draft.outlets}
            if draft.speaker_id is None and not draft.outlets and draft.speaker.lower() in _PRONOUN_SUBJECTS:
                continue  # "he said" left unresolved: neither theirs for sure nor another's
            if draft.speaker_id == speaker and own == {ctx.table.outlet(outlet)}:
                last, paused, pending = draft, False, []
                continue
            if draft.speaker_id == speaker and not draft.outlets and not _new_occasion(ctx, draft, outlet):
                attribution = _attribution(draft, ctx.body)
                if paused and _SAME_INTERVIEW.search(attribution):
                    for earlier in (*pending, draft):
                        earlier.outlets.append(outlet)
                    last, paused, pending = draft, False, []
                elif paused:
                    pending.append(draft)
                elif _opens_next(ctx, last, draft):
                    draft.outlets.append(outlet)
                    last = draft
                else:
                    paused, pending = True, [draft]
                continue
            speaker, last, paused, pending = None, None, False, []
        if (
            draft.outlets
            and draft.speaker_id is not None
            and not ctx.is_media(draft.speaker_id)
            and (id(draft) in occasioned or _INTERVIEWED.search(_attribution(draft, ctx.body)) or _said_on(ctx, draft))
        ):
            speaker, outlet, last = draft.speaker_id, draft.outlets[0], draft


def _said_on(ctx: ArticleContext, draft: Draft) -> bool:
    """Whether the claim's sentence says it was said on the medium of its outlet, outside its content
    ('..., the captain said on television station X.', '..., X insisted on Radio Y.': the claim's
    own reporting verb, then "on" or "to" and the medium)."""
    return any(
        ctx.is_media(m.entity_id)
        and _in_attribution(draft, m.start)
        and (
            _SAID_ON.search(ctx.body, max(draft.sentence_start, m.start - 50), m.start)
            or (0 <= draft.verb_at < m.start and _VERB_ON.fullmatch(ctx.body, draft.verb_at, m.start))
        )
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
    )


# the claim's reporting verb, then the medium it spoke on ("insisted on BBC Radio 4's ...", "admitted to the
# BBC"); not "according to X's editor Y", where the medium is the source's employer
_VERB_ON = re.compile(r"(?!according\b)[\w-]+\s+(?:on|to)\s+(?:the\s+)?", re.IGNORECASE)


def _in_attribution(draft: Draft, offset: int) -> bool:
    """Whether `offset` of the claim's sentence is outside its content or in an attribution inside it."""
    return not draft.start <= offset < draft.end or (draft.gap is not None and draft.gap[0] <= offset < draft.gap[1])


def _attribution(draft: Draft, body: str) -> str:
    """A claim's attribution: its sentence outside the content, with an attribution inserted in it."""
    outside = _outside(draft, body)
    if draft.gap is not None:
        outside += " " + body[draft.gap[0] : draft.gap[1]]
    return outside


def _new_occasion(ctx: ArticleContext, draft: Draft, outlet: str) -> bool:
    """Whether a claim's attribution names an occasion other than the interview of `outlet`: "told
    reporters", "in a statement", "Speaking later ...", or another medium (an occasion or a source:
    not the interview for sure)."""
    attribution = _attribution(draft, ctx.body)
    return bool(_ELSEWHERE.search(attribution)) or any(
        ctx.is_media(m.entity_id) and ctx.table.outlet(m.entity_id) != ctx.table.outlet(outlet)
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
        if _in_attribution(draft, m.start)
    )


def _opens_next(ctx: ArticleContext, last: Draft, draft: Draft) -> bool:
    """Whether `draft` goes on from `last` in their run: in the same paragraph, or opening the next."""
    if draft.paragraph == last.paragraph:
        return True
    opening = ctx.body[ctx.paragraph_start(draft.start) : draft.sentence_start]
    if re.search(r"\band\s+(?:he|she|they)\b", ctx.body[draft.sentence_start : draft.start]):
        return False  # "Mr X has been blind since birth and he thinks ...": the paragraph opens with narration
    return draft.paragraph == last.paragraph + 1 and not opening.strip(" \t\n\"“”'‘’")


def _opening_occasions(ordered: list[Draft], ctx: ArticleContext) -> Iterator[tuple[Draft, str]]:
    """(claim, outlet) for the claims of the subject of a sentence opening with its occasion, in
    that paragraph until another speaker's claim."""
    for match in _OPENING_OCCASION.finditer(ctx.body):
        if not ctx._opens_sentence(match.start()):
            continue
        outlet = _one_medium(ctx, match.start("rest"), match.end("rest"))
        if outlet is None:
            continue
        people = [m for m in ctx.mentions_in(match.end(), ctx._sentence_end(match.end())) if ctx.is_person(m.entity_id)]
        between = ctx.body[match.end() : people[0].start].strip(" ,").lower() if people else None
        if between is not None and (not between or between.rstrip(".") in HONORIFICS or between in PEERAGES):
            who: str | None = people[0].entity_id
        elif re.match(r"\s*(?:he|she)\b", ctx.body[match.end() : match.end() + 12]):
            before = [d for d in ordered if d.start < match.start() and d.speaker_id and ctx.is_person(d.speaker_id)]
            who = before[-1].speaker_id if before else None
        else:
            continue
        if who is None:
            continue
        paragraph = ctx.paragraph_start(match.start())
        for draft in ordered:
            if draft.start < match.start() or ctx.paragraph_start(draft.start) != paragraph:
                continue
            if draft.speaker_id == who:
                yield draft, outlet
            elif draft.speaker_id is not None and draft.start > match.start():
                break  # another speaker's turn


def _comments_occasions(ordered: list[Draft], ctx: ArticleContext) -> Iterator[tuple[Draft, str]]:
    """(claim, outlet) for the claims of the sentence before "His comments come in X" (of the one
    person the phrase names, when it names one)."""
    for match in _COMMENTS_COME.finditer(ctx.body):
        outlet = _one_medium(ctx, match.start("rest"), match.end("rest"))
        if outlet is None or not ctx._opens_sentence(match.start()):
            continue
        owner = [m.entity_id for m in ctx.mentions_in(match.start(), match.start("noun")) if ctx.is_person(m.entity_id)]
        for draft in ordered:
            if (
                draft.sentence_end <= match.start()
                and not ctx.body[draft.sentence_end : match.start()].strip()
                and (not owner or draft.speaker_id == owner[0])
            ):
                yield draft, outlet


def _programme_occasions(ordered: list[Draft], ctx: ArticleContext) -> Iterator[tuple[Draft, str]]:
    """(claim, outlet) for a claim whose sentence says it was "told" a programme by the short name
    of one the article named in full before."""
    programmes = _programme_names(ctx)
    if not programmes:
        return
    told = re.compile(
        r"\btold\s+(?:the\s+)?(?P<short>"
        + "|".join(map(re.escape, sorted(programmes, key=len, reverse=True)))
        + r")\b(?!['’]s)"
    )
    for draft in ordered:
        for found in told.finditer(ctx.body, draft.sentence_start, draft.sentence_end):
            if not draft.start <= found.start() < draft.end:
                yield draft, programmes[found["short"]]
                break


def _goes_on(ctx: ArticleContext, previous: Draft, draft: Draft, occasioned: bool) -> bool:
    """Whether `draft`, a direct quotation right after `previous` in its paragraph (no sentence
    between), was said on the occasion `previous` was: the medium before was an occasion of speaking
    (told, interviewed, quoted ...; `occasioned` when these passes found it), not the speaker's
    employer; the quotation's sentence names no occasion of its own; and its speaker is the one
    before, or a pronoun or nothing ("he said", "He added:"), not another name."""
    if draft.paragraph != previous.paragraph or not draft.direct_quote:
        return False
    if draft.sentence_start > previous.sentence_end and ctx.body[previous.sentence_end : draft.sentence_start].strip():
        return False  # a sentence between them
    if not occasioned and not _SPOKEN_TO.search(_outside(previous, ctx.body)):
        return False  # the medium before is where the speaker works or a source beside them
    outside = _outside(draft, ctx.body)
    if draft.gap is not None:  # '"A," he explained during a conference. "B."': the attribution inside
        outside += " " + ctx.body[draft.gap[0] : draft.gap[1]]
    if _OWN_OCCASION.search(outside):
        return False
    if draft.speaker_id is not None and draft.speaker_id == previous.speaker_id:
        return True
    named = any(
        not draft.start <= m.start < draft.end and m.label in ("PERSON", "ORG")
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
    )
    names = [w for w in re.findall(r"\b[A-Z][\w’'-]*", outside) if w not in _NOT_A_NAME]
    words = re.findall(r"[\w’'-]+", outside)
    return not named and not names and (not words or any(w.lower() in _PRONOUN_SUBJECTS for w in words))


def _outside(draft: Draft, body: str) -> str:
    """The words of a claim's sentence outside its content: its attribution."""
    sentence = body[draft.sentence_start : draft.sentence_end]
    return (
        sentence[: max(0, draft.start - draft.sentence_start)]
        + " "
        + sentence[max(0, draft.end - draft.sentence_start) :]
    )


def _finished_quote(quoted: Draft, body: str, paragraph) -> Draft | None:
    """A quotation the passes after the parse found, finished within its paragraph: None unless it
    is a direct quotation still; its negation read from its own words."""
    draft = finish(quoted, body, paragraph.start, paragraph.end)
    if draft is None or not draft.direct_quote:
        return None
    draft.negated = bool(_RULE_NEGATION.search(draft.content))
    return draft


# verbs of asking: what they report is a question put, not a statement (GUIDE: "questions asked")
_ASKING = re.compile(r"(?:ask|question|wonder|quer(?:y|ie)|inquir|enquir|quiz)", re.IGNORECASE)
# verbs of answering: a question given as the answer is a statement ('replied: "Is the Pope a
# Catholic?"', a rhetorical yes)
_ANSWERING = {"reply", "answer", "respond", "retort", "counter"}
# the pieces of a quote: its sentences, and the parts either side of a left-out attribution ("…")
_QUOTE_PIECES = re.compile(r"(?<=[.!?])[”’\"']*\s+|\s…\s|,\s+but\s+|;\s+|\s[-–—]\s")


def _questions_only(content: str) -> bool:
    """Whether every sentence of a quote is a question ("How can they fight crime when they are
    fighting each other?"; "Who will pay? Who can be trusted?"), not a statement among questions
    ("It looks grim … What will we make?", "We like the plan, but who pays?") nor a sentence quoting a question ("The kids will ask:
    'What am I doing?'", whose question mark closes the inner quote)."""
    pieces = [p.strip(" \t\n" + OPEN_QUOTES + CLOSE_QUOTES + "'") for p in _QUOTE_PIECES.split(content)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(
        p.endswith("?") and not any(q in p for q in OPEN_QUOTES + CLOSE_QUOTES + "'") for p in pieces
    )


def _question_asked(draft: Draft) -> bool:
    """'Mr Bell asked: "Would it not be ironic ...?"', '"Who will pay?" she said.': a question put,
    not a claim (GUIDE: "questions asked"); a question given as an answer stays one."""
    if _ASKING.match(draft.verb):
        return True
    return draft.direct_quote and draft.verb not in _ANSWERING and _questions_only(draft.content)


def to_claims(article_id: str, drafts: list[Draft], body: str = "") -> list[Claim]:
    claims: list[Claim] = []
    drafts = sorted(drafts, key=lambda d: (d.start, d.end))
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        if (draft.start, draft.end) in seen or _question_asked(draft):
            continue
        seen.add((draft.start, draft.end))
        claims.append(
            Claim(
                id=f"{article_id}#c{len(claims) + 1}",
                article_id=article_id,
                paragraph=draft.paragraph,
                start=draft.start,
                end=draft.end,
                speaker=draft.speaker,
                speaker_id=draft.speaker_id,
                verb=draft.verb,
                content=draft.content,
                direct_quote=draft.direct_quote,
                negated=draft.negated,
                outlets=list(draft.outlets),
                dates=list(draft.dates),
                sentence_start=draft.sentence_start,
                sentence_end=draft.sentence_end,
                verb_text=verb_as_written(body, draft) if body else "",
            )
        )
    return claims
