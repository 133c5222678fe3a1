"""One-word "people": the model calls many a capitalised word a person ("at Gatwick", "over Sky",
"Weather has been ..."). A one-word name is a person only with evidence of one somewhere in the
article; without it, what is written around its mentions says what it is.

Evidence of a person, at any mention: an honorific or a title before it ("Mr X", "President X"),
a first name of the name list ("Emily", "Kylie"), a role or a relative before it ("U2 frontman X",
"his daughter X", "his mother, X"), a verb of speech or "who" after it ("X said", "X, who"), a
list with people of full names ("Chris Martin, X, Robbie Williams"), a player's cue in sport.

Without evidence:
- a place where a mention is written as one: "at X", "from X", "flew to X", "the MP for X", "X in
  Kent", next to a place ("Camberley, X"), or listed among places;
- an organisation where a mention acts as one: "firm X", "shares in X", "X's customers",
  "Argentina's X" (outside sport), an acronym ("CENTR"), listed among organisations;
- no name at all where every mention is a capitalised common word: at a sentence's start
  before a lower-case word ("Weather has been", "Law lords"), after an article or a
  quantifier ("a Sim", "several Christmases"), an amount ("800bn"), a stance ("Ex-Labour").
Otherwise the person stays: an unknown one-word name is more often a person than not. A sport's
name ("Rugby was their life") is never a person. Before all this, a name written as a research
firm ("analysts at X", "X figures show", "X analyst Jo Bloggs") is an organisation, whatever the
model said (`analyst_firms`).

Every rule reads the article's own words; none knows any particular name.
"""

from __future__ import annotations

import re

from belreader.nlp.aliases import EntityTable
from belreader.nlp.kinds import (
    BODY_WORDS,
    COMPANY_POSSESSIONS,
    COMPANY_WORDS,
    DEMONYM_END,
    PERSON_ROLES,
    PLAYER_AFTER,
    PLAYER_BEFORE,
    SENTENCE_OPENING,
    SPEAKER_AFTER_VERBS,
    among_companies,
    firm_in_its_place,
    full_name_with,
    groups_by_entity,
    is_sport,
    listed_as_work,
    name_lists,
    org_cue,
    place_of_demonym,
    untabled_people,
)
from belreader.nlp.lexicon import common_word
from belreader.nlp.people import (
    JOB_TITLES,
    KIN_WORDS,
    ROLE_NOUNS,
    honorific_before,
    is_first_name,
    same_full_forms,
    short_form_of,
    split_name,
    strip_titles,
)
from belreader.nlp.records import Mention
from belreader.nlp.saying import past_forms
from belreader.nlp.sources import alternation

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
# relatives, and performers whose word says a person ("frontman", "drummer"): in both lists below
_RELATIVES = KIN_WORDS | {"sons", "daughters", "girlfriend", "boyfriend"}
_PERFORMERS = {"frontman", "frontwoman", "comedian", "musician", "guitarist", "drummer", "soulman", "performer"}
# relatives and what people are, beyond the role words of `kinds` and `people`
_PERSONAL_WORDS = _RELATIVES | _PERFORMERS | {
    "partner", "friend", "artist", "artiste", "character", "dj", "bassist", "vocalist", "star", "nominee",
    "co-defendant", "defendant",
}  # fmt: skip
# what only a person is, written before a name the model typed as a company or a place ("his
# wife, ex-model X", "rapper X"); "producer", "analyst", "star" come before companies too
_PEOPLE_ONLY = _RELATIVES | _PERFORMERS | {
    "model", "ex-model", "singer", "rapper", "rocker", "actor", "actress", "songwriter", "footballer", "striker",
    "midfielder", "defender", "goalkeeper", "sprinter", "golfer", "boxer",
}  # fmt: skip
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z&-]*)(?:,)?\s+$")
# the subject of a verb of speech or of a clause about a person: wider than kinds' cue (which only
# keeps a name from being read as an award), it also takes the verbs a person does and a thing
# does not ("joked", "sang", "tweeted"), an age and a captain's mark ("X, 32,", "X (capt)")
_PERSON_VERBS = (
    *SPEAKER_AFTER_VERBS,
    *past_forms("admit", "insist", "explain", "argue", "claim", "write"),
    *("replied", "recalled", "joked", "laughed", "sang", "tweeted"),
)
_PERSON_AFTER = re.compile(
    rf"^(?:['’]s)?,?\s+(?:{alternation(_PERSON_VERBS)}|who)\b|^,\s+\d{{1,2}},|^\s*\((?:capt|captain)\)"
)
# an apposition closed by a comma that names a person's post: "X, the Velmia captain, said" ("the
# market leader" is a firm's)
_POST_APPOSED_AFTER = re.compile(
    rf"[ \t]*,[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?"
    rf"(?:{alternation(JOB_TITLES - {'leader'})}),"
)
_ROMAN = re.compile(r"^[IVXLC]+$")
# an address's town before the name: "from Tarbury, X", "in Tarbury, X" (the name its region)
_ADDRESS_TOWN_BEFORE = re.compile(r"(?<![\w’'-])(?:in|from|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+$")
# where a place is written: "at X", "from X", "flew to X", "the MP for X"
_PLACE_BEFORE = re.compile(
    # "in nearby X", "in rural X": a place's own adjective may stand between
    r"(?:(?<![\w-])(?:at|in|near|outside|from|across|throughout|around)(?:\s+(?:nearby|neighbouring|rural))?|"
    r"(?<![\w-])(?:go|goes|going|gone|went|travel\w*|fl[ey]w?|flown|flying|mov(?:e|es|ed|ing)|"
    r"return\w*|head\w*|trip|visit|visits|journey|flights?|road)\s+to|"
    r"(?<![\w-])(?:MP|MPs|MSP|AM|MEP|member|candidate|seat|constituency)\s+(?:for|of))\s+$"
)
# a possessive that makes a company: "X's customers", "X's lead in pay TV"
_COMPANY_POSSESSION = re.compile(rf"^['’]s\s+(?:\w+\s+)?(?:{COMPANY_POSSESSIONS})\b")
_IT_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){1,2}its\b")  # "X also did its own": a thing's pronoun
# a research or analyst firm: "analysts at X", "an economist with X", "X figures show", "X analyst
# Jo Bloggs" (not "the X report": a report may bear a person's name; nor "market analyst X", which
# the model and the speaker rules take as a person's role)
_ANALYST_WORDS = ("analyst", "economist", "strategist")
ANALYSTS_AT = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(f'{w}s?' for w in (*_ANALYST_WORDS, 'researcher', 'consultant', 'dealer', 'trader', 'broker'))})"
    r"\s+(?:at|with)\s+(?:the\s+)?$"  # not "from X": where a person comes from
)
_RESEARCH_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:analysts?|economists?|figures|estimates|research|surveys?|data|forecasts?)\b"
    r"(?!\s+(?:Mr|Mrs|Ms|Dr)\b)"
)
# a sport's name is no person's ("Rugby is ...", "Rugby union")
SPORT_NAMES = {
    "rugby",
    "football",
    "soccer",
    "cricket",
    "hockey",
    "tennis",
    "golf",
    "athletics",
    "netball",
    "basketball",
    "baseball",
    "snooker",
    "boxing",
    "cycling",
    "rowing",
    "swimming",
    "badminton",
}
_LOWER_AFTER = re.compile(r"^(?:['’]s)?\s+[a-z]")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Ss]everal|[Mm]any|[Ss]ome|[Ee]very|[Ee]ach|[Tt]his|[Tt]hese|[Tt]hose)"
    r"(?:\s+[a-z]+)?\s+$"
)
_PAST_AFTER = re.compile(
    r"^\s+(?:[a-z]+ed|made|said|told|took|gave|won|lost|went|came|left|saw|got|ran|began|became|wrote)\b"
)
# "X, the Council of ...": an apposition naming a body
_BODY_APPOSITION = re.compile(
    r"^,\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:" + "|".join(sorted(w.title() for w in BODY_WORDS)) + r")\b"
)
_LIST_GOES_ON = re.compile(r"^(?:,\s+|;\s+|\s+(?:and|or)\s+)[A-Z]")
_STANCE = re.compile(r"^(?:Ex|Anti|Pro|Post|Pre|Non|Former)-[A-Z]")


def _word(m: Mention) -> str:
    return _POSSESSIVE.sub("", m.text)


def _person_evidence(body: str, m: Mention, run: list[Mention], sport: bool) -> bool:
    """A sign of a person at this mention; a first name alone is weaker (see `single_names`)."""
    before = body[max(0, m.start - 40) : m.start]
    if honorific_before(body, m.start):
        return True
    if sport and (PLAYER_BEFORE.search(before) or PLAYER_AFTER.search(body[m.end : m.end + 40])):
        return True  # "lost 6-2 6-2 to X", "X's serve"
    word = _WORD_BEFORE.search(before)
    if word:
        w = word.group(1).lower()
        if (
            w in PERSON_ROLES
            or w in ROLE_NOUNS
            or w in _PERSONAL_WORDS
            or (w in JOB_TITLES and word.group(1)[0].isupper())
        ):
            return True
    if _PERSON_AFTER.search(body[m.end : m.end + 14]):
        return True
    if _POST_APPOSED_AFTER.match(body, m.end):
        return True  # "Speaking in Cardiff, X, the Velmia captain, said": no region of Cardiff
    return _listed_with_people(body, m, run)  # "Chris Martin, X, Robbie Williams"


def _place_cue(body: str, m: Mention, places: list[Mention], run: list[Mention], sport: bool, named: bool) -> bool:
    """`named`: the word is a first name, a place only where nothing else fits ("in X", "MP for X")."""
    if body[m.end : m.end + 1] in ("'", "’"):
        return False  # "in X's", "from X's": the possessor may be anything
    cue = _PLACE_BEFORE.search(body[max(0, m.start - 30) : m.start])
    if cue and named:  # "in Ray" may be a film's title
        return bool(re.search(r"(?:for|of)\s+$", cue.group(0)))
    # in sport a club moves a player "from X" or "to X"; "go to X" is a ground
    if cue and not (sport and re.search(r"(?:from|mov\w+\s+to)\s+$", cue.group(0))):
        return True
    if named:
        return False
    if sport:
        return False  # a team sheet lists players beside names the model took for places
    # "Batman, X and Wonder Woman": a list that names people goes on, no place's county
    listed = _LIST_GOES_ON.match(body[m.end : m.end + 8]) and any(o.label == "PERSON" and " " in o.text for o in run)
    if any((body[p.end : m.start] == ", " and not listed) or body[m.end : p.start] in (" in ", ", ") for p in places):
        return True  # "Camberley, X,", "X in Kent", "X, Kent"; but "Batman, X and Wonder Woman" is a list
    others = [o for o in run if o is not m]
    # listed among places
    return len(others) >= 2 and sum(o.label == "PLACE" for o in others) > len(others) / 2


def _acts_as_company(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """A strong cue, that outweighs a place's ("a former CEO at X" and "X's board", "X in Velshire
    said it")."""
    after = body[m.end : m.end + 40]
    return bool(
        org_cue(body, m)
        or firm_in_its_place(body, m, mentions)
        or _COMPANY_POSSESSION.match(after)
        or _IT_AFTER.match(after)
        or _BODY_APPOSITION.match(after)
        or _analyst_firm(body, m)
    )


# an analyst's or an economist's employer: "chief economist at X" (not "with X", a person's company)
_ANALYST_WORKS_AT = re.compile(rf"(?<![\w-])(?i:{'|'.join(_ANALYST_WORDS)})\s+at\s+$")


# a person's pronoun a few words after a name, in its sentence ("X founded her bank")
_PRONOUN_AFTER = re.compile(r"^[^.!?;:]{0,30}?(?<![\w-])(?:he|she|his|her|him)(?![\w-])", re.IGNORECASE)


def _works_at(body: str, group: list[Mention]) -> bool:
    """ "economist at Fannie Mae": a name that opens with a first name is still the firm an analyst
    works at, when every mention is its full name (no surname alone, as a person's would be), none
    owns what follows ("economist at X's bank": X's bank is the firm) and none is written as a
    person's elsewhere ("X founded her bank", "X said")."""
    full = _word(group[0])
    if any(_word(m) != full or _POSSESSIVE.search(m.text) or body[m.end : m.end + 2] in ("'s", "’s") for m in group):
        return False
    cued = [_ANALYST_WORKS_AT.search(body, max(0, m.start - 30), m.start) is not None for m in group]
    return any(cued) and not any(
        not cue and (_PRONOUN_AFTER.search(body[m.end : m.end + 40]) or _PERSON_AFTER.search(body[m.end : m.end + 14]))
        for m, cue in zip(group, cued, strict=True)
    )


# "a survey by X", "a poll carried out by X": who surveys is a research firm
_SURVEY_BY = re.compile(r"(?<![\w-])(?:survey|poll)s?\s+(?:(?:carried\s+out|conducted)\s+)?by\s+$")


def _analyst_firm(body: str, m: Mention) -> bool:
    """ "analysts at X", "X figures show", "a survey by X": a research firm's cue."""
    before = body[max(0, m.start - 40) : m.start]
    return bool(
        ANALYSTS_AT.search(before)
        or _SURVEY_BY.search(before)
        or (_RESEARCH_AFTER.match(body[m.end : m.end + 40]) and not re.search(r"(?<![\w-])the\s+$", before))
    )


def analyst_firms(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """A name the model typed as a person, a place or a group that the article writes as a
    research or analyst firm ("analysts at X said", "X figures show", "X analyst Jo Bloggs") is an
    organisation, unless an honorific or a first name makes it a person. The table's entries are
    kept. Changes `mentions` in place."""
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label not in ("PERSON", "PLACE", "NORP") or table.entry(entity_id) is not None:
            continue
        if any(honorific_before(body, m.start) for m in group):
            continue
        if any(" " in _word(m) and is_first_name(_word(m).split()[0]) for m in group) and not _works_at(body, group):
            continue
        if any(
            _analyst_firm(body, m)
            if group[0].label != "NORP"
            else ANALYSTS_AT.search(body[max(0, m.start - 40) : m.start])
            for m in group
        ):  # "the Freedonian analyst": an adjective
            for m in group:
                m.label = "ORG"


def _org_cue_here(body: str, m: Mention, mentions: list[Mention], run: list[Mention], sport: bool) -> bool:
    """A weaker cue of an organisation, for a word that is no first name."""
    if not sport and any(o.label == "PLACE" and body[o.end : m.start] in ("'s ", "’s ") for o in mentions):
        return True  # "Argentina's X": a country's company (in sport, a country's player)
    others = [o for o in run if o.entity_id != m.entity_id]
    return not sport and among_companies(others)  # in sport, a team sheet


# a list's word or a stop after a name: it is listed, not the subject of a verb
_LISTED_AFTER = re.compile(r"^(?:[,.;:)!?]|\s+(?:and|or)\b)")


def _after_a_broadcasters_possessive(body: str, m: Mention, mentions: list[Mention], table: EntityTable) -> bool:
    """ "reality shows including Channel 9's Supernanny": a one-word name right after a broadcaster's
    or a channel's possessive (the table's) is its programme ("the BBC's Nick Robinson", a person,
    has a first name; "Channel 9's Pell said" is evidence of a person, read before this), where the
    name is no clause's subject (a list's word or a stop follows it: "The BBC's Pell reported" is
    left) and is written in a list of titles (`listed_as_work`): a reporter's surname has the same
    shape ("interviewed by ITV's Bradby.", "ITV's Bradby and the BBC's Marr")."""
    if not _LISTED_AFTER.match(body[m.end : m.end + 8]) or not listed_as_work(body, m):
        return False
    for o in mentions:
        if o.label != "ORG" or o.end > m.start:
            continue
        gap = body[o.end : m.start]
        if not (gap in ("'s ", "’s ") or (gap == " " and o.text.endswith(("'s", "’s")))):
            continue
        entry = table.entry(table.canonical(_word(o)) or "")
        if entry is not None and entry.kind in ("broadcaster", "channel"):
            return True
    return False


def _not_a_name(body: str, m: Mention, sport: bool) -> bool:
    word = _word(m)
    if word[:1].isdigit() or _STANCE.match(word) or (len(word) >= 2 and word.isupper()):
        return True  # an amount, a stance, an abbreviation ("GPRS"): no person
    before = body[max(0, m.start - 24) : m.start]
    if _DETERMINER_BEFORE.search(before) and not body[m.end : m.end + 2].strip()[:1].isupper():
        return True  # "a Sim", "several Christmases", but "the Bill and Ted ..." is left alone
    # "Weather has been", "Law lords": a common word capitalised at a sentence's start; in sport
    # ("X missed the trials") and before a past tense it is more often a name, and an unknown word
    # ("Brightwater was late") may be anyone's
    return bool(
        not sport
        and common_word(word)
        and SENTENCE_OPENING.search(body[max(0, m.start - 6) : m.start])
        and _LOWER_AFTER.match(body[m.end :])
        and not _PAST_AFTER.match(body[m.end :])
    )


def _common_noun_here(body: str, word: str) -> bool:
    """ "Hip-Hop" or "Blues" where the article also writes "hip-hop", "blues": a word of the lexicon
    the article writes in lower case as well is taken for its common noun (a genre, a category,
    "Drama - X" in a list of prizes), capitalised where it is listed or stressed. A surname that is
    a common noun goes too ("work by Bird" beside "each bird"): left unknown, never a wrong type;
    beyond music genres, over the BBC copy it drops only categories ("Drama", "Children's Minister")."""
    return (
        common_word(word)
        and not word.islower()
        and re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", body) is not None
    )


def _listed_with_people(body: str, m: Mention, run: list[Mention]) -> bool:
    """In a list with a person named in full: three names or more, or two joined by "and" ("Fat
    Joe and X"); two with a comma between are more often a name and its apposition ("Greg
    Abbott, X attorney general")."""
    gaps = [body[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]
    if len(run) < 3 and not any(" and " in gap for gap in gaps):
        return False
    if m in run and any(" and " in gap for gap in gaps[: run.index(m) - 1]):
        return False  # "A, B and C, X follows": the list ended at "and C"
    return any(o.label == "PERSON" and " " in o.text and is_first_name(o.text.split()[0]) for o in run if o is not m)


def _a_person_here(body: str, m: Mention, run: list[Mention], place: bool) -> bool:
    """What makes a one-word company or place a person: an honorific, a word only a person is
    ("ex-model X", "rapper X"), a list of people named in full ("Dennis Bergkamp, X,
    everybody"); for a place, also a verb of speech after a first name ("X said")."""
    if honorific_before(body, m.start):
        return True
    word = _WORD_BEFORE.search(body[max(0, m.start - 30) : m.start])
    if word and word.group(1).lower() in _PEOPLE_ONLY:
        return True
    if _PLACE_BEFORE.search(body[max(0, m.start - 30) : m.start]):
        return False  # "Moazzam Begg, from X, and ...": where a person is from
    if _ADDRESS_TOWN_BEFORE.search(body, max(0, m.start - 40), m.start):
        return False  # "Tom Pell, 32, from Tarbury, X, said": the region of his address, he speaks
    others = [o for o in run if o is not m]
    if len(others) >= 2 and _listed_with_people(body, m, run):
        # every other name a person, two named in full ("William Hill and X" may be two firms)
        full = sum(" " in o.text and is_first_name(o.text.split()[0]) for o in others)
        return full >= 2 and all(o.label == "PERSON" for o in others)
    return place and is_first_name(_word(m)) and bool(_PERSON_AFTER.search(body[m.end : m.end + 14]))


def single_people(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """One-word names the model typed as companies or places that the article writes as people
    (see `_a_person_here`), with no company's cue anywhere: people. The table's entries (known
    places, companies, clubs) are kept. Changes `mentions` in place."""
    run_of = {id(m): run for run in name_lists(mentions, body) for m in run}
    for entity_id, group in groups_by_entity(mentions).items():
        label = group[0].label
        if label not in ("ORG", "PLACE") or table.entry(entity_id) is not None or entity_id.endswith("-team"):
            continue
        if any(" " in _word(m) or not _word(m) or _word(m).isupper() or table.canonical(_word(m)) for m in group):
            continue
        if any(_acts_as_company(body, m, mentions) for m in group):
            continue
        if any(_a_person_here(body, m, run_of.get(id(m), []), label == "PLACE") for m in group):
            # "Blanchett" after "Cate Blanchett": that person, not a second one
            person = full_name_with(_word(group[0]), mentions) or entity_id
            for m in group:
                m.label, m.entity_id = "PERSON", person


def _full_names(mentions: list[Mention]) -> dict[str, tuple[str, ...]]:
    """{person id: the words of the full name} of the article's people named by two words or more
    ("rafael", "benitez"), lowercase, without honorific, title or possessive; the longest spelling."""
    found: dict[str, tuple[str, ...]] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = tuple(strip_titles(split_name(_word(m))[1]).lower().split())
        if len(words) >= 2 and len(words) > len(found.get(m.entity_id, ())):
            found[m.entity_id] = words
    return found


def short_names(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """A one-word person who is someone the article names in full: "Rafa" after "Rafael Ortiz"
    (a short form of the first name, people.SHORT_FORMS), "Mr Chen" after "Chen Weiming" (a name
    written surname first: the honorific goes before the first word). Joined only when exactly one
    full name fits (a "Robbie Lane" besides "Robert Kane" makes "Rob" either's) and the word is no
    other person's first name or surname (two people could carry it: it stays apart); "Mr Chen"
    only when the article never writes that person's last word alone, an honorific before or not
    (then it is a first name, "Chen Howell" being "Mr Howell"). Changes `mentions` in place."""
    full = _full_names(mentions)
    if not full:
        return
    firsts = {words[0] for words in full.values()}
    lasts = {words[-1] for words in full.values()}
    alone = {  # the one-word names of people, an honorific before or not ("Mr Flight", "Flight")
        core.lower() for m in mentions if m.label == "PERSON" and " " not in (core := split_name(_word(m))[1].strip())
    }
    for entity_id, group in groups_by_entity(mentions).items():
        if entity_id in full or table.entry(entity_id) is not None or group[0].label != "PERSON":
            continue
        words = {_word(m) for m in group}
        if len(words) != 1 or " " in next(iter(words)):
            continue
        word = next(iter(words)).lower()
        if word in lasts:
            continue  # a surname of the article's people: the merge of surnames decided
        # "Rob" may be Robert Kane's, or Robbie Lane's (another short form of the same name)
        fits = [eid for eid, w in full.items() if short_form_of(word, w[0]) or same_full_forms(word, w[0])]
        if word not in firsts and len(fits) == 1:
            person = fits[0]  # "Rafa": Rafael Ortiz
        elif all(honorific_before(body, m.start) for m in group):
            fits = [eid for eid, w in full.items() if w[0] == word and w[-1] not in alone]
            if len(fits) != 1:
                continue
            person = fits[0]  # "Mr Chen": Chen Weiming
        else:
            continue
        for m in group:
            m.entity_id = person


def single_names(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """One-word "people" without evidence of a person, retyped as places or organisations, or
    left out, as the module docstring says. Decided over all of an entity's mentions; the table's
    entries are kept."""
    analyst_firms(body, mentions, table)
    single_people(body, mentions, table)
    short_names(body, mentions, table)
    sport = is_sport(body)
    run_of = {id(m): run for run in name_lists(mentions, body) for m in run}
    places = [m for m in mentions if m.label == "PLACE"]
    surnames = {_word(m).split()[-1] for m in mentions if m.label == "PERSON" and " " in _word(m)}
    # the words of the article's longer names: "Quillon" after "Quillon Energy" is a name here
    name_words = {w for m in mentions if " " in m.text for w in _word(m).split()}
    org_last_words = {_word(m).split()[-1] for m in mentions if m.label == "ORG" and " " in _word(m)}
    dropped: set[str] = set()
    for group in untabled_people(mentions, table):
        if any(" " in _word(m) or not _word(m) for m in group):
            continue
        if DEMONYM_END.search(_word(group[0])) and place_of_demonym(_word(group[0]), table):
            continue  # "Africans": a group, `not_names` makes it one
        if _word(group[0]) in surnames:
            continue  # "Kuznetsova" after "Svetlana Kuznetsova": that person, whatever the merge said
        if any(_person_evidence(body, m, run_of.get(id(m), []), sport) for m in group):
            continue
        # a first name ("Sky", "Morgan") yields only to a company's cue, and is never left out
        named = is_first_name(_word(group[0]))
        runs = [run_of.get(id(m), []) for m in group]
        if not named and _word(group[0]).lower() in COMPANY_WORDS and _word(group[0]) in org_last_words:
            for m in group:
                m.label = "ORG"  # "Pharma" beside "GW Pharma": the firm's last word, no surname
            continue
        if not named and all(_after_a_broadcasters_possessive(body, m, mentions, table) for m in group):
            dropped.add(group[0].entity_id)  # "Channel 9's Supernanny": a programme's title
            continue
        if any(_acts_as_company(body, m, mentions) for m in group):
            label = "ORG"
        elif any(_place_cue(body, m, places, run, sport, named) for m, run in zip(group, runs, strict=True)):
            label = "PLACE"
        elif _word(group[0]).lower() in SPORT_NAMES:
            dropped.add(group[0].entity_id)  # "Rugby is ...": a sport, no name
            continue
        elif not named and any(
            _org_cue_here(body, m, mentions, run, sport) for m, run in zip(group, runs, strict=True)
        ):
            label = "ORG"
        elif not named and _word(group[0]) not in name_words and all(_not_a_name(body, m, sport) for m in group):
            dropped.add(group[0].entity_id)
            continue
        elif not named and not sport and _word(group[0]) not in name_words and _common_noun_here(body, _word(group[0])):
            dropped.add(group[0].entity_id)  # "include Hip-Hop, Soul" beside "hip-hop": a genre, no one
            continue
        else:
            continue
        for m in group:
            m.label = label
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions
