"""What kind of name a span is, from the words inside it and around it, when the model's
label is the wrong one.

- Lists the model glued into one name ("Dell, Samsung and Sony") are split into their names.
- Company and body words inside a name make it an organisation ("Mengniu Dairy", "Leadplex
  LLC", "Academy of ..."); a role word right before a name makes it a person ("design
  engineer Takuo Miyagishima", "WorldCom boss Bernie Ebbers").
- Context over all of an entity's mentions: a designator ("energy firm X", "shares in X"),
  "X which", "an X spokesman", or a list of companies makes a name the model called a
  person or place an organisation; in an article about sport, a country or city that plays
  ("Wales beat Hungary", "England coach", "Scotland have lost") is a team, which CoNLL and
  the development set count as an organisation.
- A company's word right after a name ("X plc", "X investment bank", "X.com" anywhere in the
  article) outweighs a first name; a one-word name and the one longer name it begins ("Argonaut",
  "Argonaut Games") are one company when either is cued as one.
- Works by the words around them ("the film X", "the X programme", "CSI:NY", "films such as X,
  Y and Z") are left out, as the guide does not annotate them.

Every rule reads the article's own words; none knows any particular name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from belreader.nlp.aliases import EntityEntry, EntityTable, normalise, slugify
from belreader.nlp.backend import WEB_SUFFIX, lemmatizer_tables
from belreader.nlp.lexicon import common_word, dictionary_word, unknown_word
from belreader.nlp.occasions import EVENT_NAME_TAILS
from belreader.nlp.offices import (
    APPOINTED_OFFICES,
    BOARD_OFFICES,
    HEAD_OFFICES,
    LEGAL_OFFICES,
    OFFICE_FIELDS,
    RANKS,
    STATE_OFFICES,
)
from belreader.nlp.people import (
    GROUP_WORDS,
    KIN_WORDS,
    NATIONALITIES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    a_nations_word,
    accented_first_name_gender,
    first_name_gender,
    honorific_before,
    is_first_name,
    is_person_noun,
    is_title_only,
    mostly_one_sex,
    split_name,
    strip_titles,
)
from belreader.nlp.records import NAME_LABELS, Mention
from belreader.nlp.saying import AFTER_A_NAME_LEMMAS, OF_ITSELF_LEMMAS, irregular_pasts, past_forms, present_forms
from belreader.nlp.sources import PRESS_BUSINESS_WORDS, PUBLICATION_NOUNS, alternation
from belreader.quantities import NUMBER_WORDS, WEEKDAYS, capitalised_alternation, looks_plural, singular

# --- words inside a name ---------------------------------------------------------------

# a company's legal form, the last words of its full name ("Qwest Communications Inc")
LEGAL_FORMS = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "holdings",
        "gmbh",
        "ag",
        "sa",
        "nv",
        # Malaysia's and Indonesia's: "Perdana Jaya Bhd", "Jaya Sutera Sdn Bhd", "PT Semen Karya Tbk"
        "bhd",
        "berhad",
        "tbk",
    }
)
# the legal forms written with a stop in US and wire style ("Grobco Inc.", "Velmar Corp.", "Tarnell
# Co.", "Grobwell Holdings Ltd."): the stop is part of the name
STOPPED_LEGAL_FORMS = frozenset({"Inc", "Corp", "Co", "Cos", "Ltd", "Bros"})
# the AP's abbreviations of US states, written with their stop ("SACRAMENTO, Calif.", "(D-Mass.)");
# several are words as well ("Miss", "Wash", "Ind"): read as a state only where a place was found
STATE_ABBREVIATIONS = frozenset(
    {
        "Ala",
        "Ariz",
        "Ark",
        "Calif",
        "Colo",
        "Conn",
        "Del",
        "Fla",
        "Ga",
        "Ill",
        "Ind",
        "Kan",
        "Ky",
        "La",
        "Md",
        "Mass",
        "Mich",
        "Minn",
        "Miss",
        "Mo",
        "Mont",
        "Neb",
        "Nev",
        "Okla",
        "Ore",
        "Pa",
        "Tenn",
        "Vt",
        "Va",
        "Wash",
        "Wis",
        "Wyo",
    }
)
# the US states' names that name nothing else in news: not "Georgia" (a nation), nor "Virginia",
# "Montana", "Indiana" and "Washington" (people's names as well), nor "Jersey" alone (an island)
US_STATE_NAMES = (
    frozenset(
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho "
        "Illinois Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
        "Mississippi Missouri Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
        "Vermont Wisconsin Wyoming".split()
    )
    | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota"}
    | {
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    }
)
# the last word of a company's name
COMPANY_WORDS = {
    *LEGAL_FORMS,
    "industries",
    "industrial",
    "dairy",
    "airways",
    "airlines",
    "motors",
    "pharmaceuticals",
    "telecom",
    "telecommunications",
    "communications",
    "technologies",
    "software",
    "systems",
    "electronics",
    "entertainment",
    "pictures",
    "studios",
    # a maker of films, shows or comics: "Further Films", "Baby Cow Productions", "Marvel Comics"
    "films",
    "productions",
    "comics",
    "pharma",
    "records",
    "media",
    "networks",
    "capital",
    "partners",
    "associates",
    "insurance",
    "petroleum",
    "energy",
    "foods",
    "stores",
    "wholesale",  # "Costco Wholesale"
    "imports",  # "Pier 1 Imports"
    "garments",
    "labs",
    "laboratories",
    "enterprises",
    "ventures",
    # a technology firm's trade as its last word: "Nomad Digital", "Acme Interactive"
    "digital",
    "interactive",
    "solutions",
    "semiconductor",
    "semiconductors",
    # the City's firms: "Hibernian Investment Managers", "NCB Stockbrokers"
    "managers",
    "investors",  # "BLB Investors"
    "stockbrokers",
    "brokers",
    "securities",
    # a trade no surname is, written as a firm's last word: "Grobco Leisure" (casinos, gyms),
    # "Tarn Multimedia" (a maker of players)
    "leisure",
    "multimedia",
    "cooperative",
    "co-operative",
    # trades written as a firm's last word: "Jupiter Research", "Tata Teleservices", "United
    # Breweries", "Hyundai Motor"
    "research",
    "teleservices",
    "breweries",
    "brewery",
    "motor",
    # a family's name for a firm or an act: "Lehman Brothers", "Warner Bros", a sisters' band
    "brothers",
    "bros",
    "sisters",
}
# a body's name ends with, or starts with before "of": "Rugby Football Union" is in the table;
# these are the generic ones ("Academy of Motion Picture Arts", "Texas State University")
BODY_WORDS = {
    "academy",
    "association",
    "society",
    "institute",
    "foundation",
    "council",
    "committee",
    "commission",
    "federation",
    "party",
    "ministry",
    "department",
    "university",
    "college",
    "trust",
    "agency",
    "bureau",
    "club",
    "fc",
    "consortium",
    "alliance",
    "coalition",
}
# a head with the word that only says what kind it is: "the Grobco trade union" is Grobco
KIND_COMPOUNDS = frozenset(
    {
        "trade union",
        "record label",
        "budget airline",
        "football club",
        "political party",
        "industry body",
        "trade body",
        "governing body",
        "umbrella body",
        "industry group",
        "lobby group",
        "pressure group",
        "campaign group",
        "trade association",
    }
)

# role words written right before a person's name ("design engineer X", "former WorldCom boss X")
PERSON_ROLES = {
    "boss",
    "chief",
    "engineer",
    "designer",
    "director",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
    "singer",
    "songwriter",
    "actor",
    "actress",
    "star",
    "rapper",
    "producer",
    "writer",
    "author",
    "novelist",
    "composer",
    "presenter",
    "journalist",
    "editor",
    "analyst",
    "economist",
    "professor",
    "lawyer",
    "barrister",
    "spokesman",
    "spokeswoman",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "player",
    "coach",
    "manager",
    "artist",
    "comedian",
    "musician",
    "guitarist",
    "drummer",
    "photographer",
    "scientist",
    "researcher",
    "inventor",
    "entrepreneur",
    "tycoon",
    "businessman",
    "businesswoman",
    "campaigner",
    "activist",
}


# role words the model glues to the front of a name at a sentence's start ("Rapper 50 Cent")
GLUED_ROLES = {
    "rapper",
    "singer",
    "actor",
    "actress",
    "producer",
    "writer",
    "author",
    "presenter",
    "journalist",
    "comedian",
    "musician",
    "guitarist",
    "drummer",
    "songwriter",
    "composer",
    "designer",
    "economist",
    "analyst",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "goalscorer",
    "scorer",
    "skipper",
}
# nouns for a person from a country the model glues to the name after them ("Frenchman X");
# not "Scot" or "Dane", also first names, nor "German", an adjective
_GLUED_NATIONALS = {w for w in NATIONALITIES if w.endswith(("man", "woman")) and w != "german"} | {
    "briton",
    "spaniard",
    "swede",
}
# the same nouns written alone ("the 40-year-old Frenchman told ..."): a person's nationality, never
# a name ("Scot" too, a first name only before a surname)
_NATIONAL_NOUNS = _GLUED_NATIONALS | {"scot"}
# the words of `GROUP_WORDS` that only ever name a people of Central Asia, the Caucasus or the
# Balkans, no ending of theirs saying so ("Kazakh President X", "the Chechen capital"): never a
# person's, a body's or a place's name alone (not "Roma", "Finn", "Saudi": a club, a first name, a
# country said short)
_PEOPLES_ONLY_WORDS = GROUP_WORDS & frozenset(
    "kyrgyz kazakh tajik uzbek chechen azeri tatar kurd kosovar bosniak uighur pashtun yazidi".split()
)
_ORG_TAILS = {"club", "group", "company", "team", "university", "association", "federation", "union"}
# a player's position, written in lower case ("the Sale full-back", "Toulon centre X")
PLAYING_POSITIONS = {
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "wing",
    "centre",
    "flanker",
    "prop",
    "hooker",
    "lock",
    "fly-half",
    "scrum-half",
    "full-back",
}
# positions written between a club and a player's name ("Toulon centre X")
_GLUED_POSITIONS = PLAYING_POSITIONS | {"number-eight"}
# a stage name written like an amount: the unit capitalised, no currency sign ("50 Cent")
_STAGE_NAME = re.compile(r"\d[\d,.]*\s+[A-Z][a-z]+")
_AMOUNT_WORDS = {
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dollars",
    "pounds",
    "euros",
    "yen",
    "roubles",
}


# "in" or "near" right before a name: where a site's name is written ("in Valencia")
_IN_BEFORE = re.compile(r"\b(?:in|near)\s+$")
_SITE_NOUNS = r"factory|factories|plant|plants|headquarters|offices|site|facility|refinery|mine|warehouse|depot"
# a site's or an event's noun right before "in" (a firm's too: one firm is not inside another), or
# "near" alone: what only a place is the site of ("a show in X", "the summit in X", "homes near X",
# "the plant in X"); "job cuts in X", "a stake in X", "the crisis in X" are about a body, and
# "interest in X" about a person
_SITED_IN_BEFORE = re.compile(
    r"\b(?:(?:"
    + _SITE_NOUNS
    + r"|concerts?|shows?|gigs?|festivals?|rall(?:y|ies)|(?:car\s+)?parks?|hospitals?|schools?|homes?|houses?"
    r"|streets?|residents?|slums?|summits?|conferences?|meetings?|talks|races?|[Cc]hampionships?|tournaments?"
    r"|games?|matches|training|camps?|firms?|companies|business(?:es)?)\s+in|near)\s+$"
)


def person_span(body: str, start: int, end: int, label: str) -> tuple[int, str]:
    """(new start, label) of a model span: a glued role word cut off the front of a person's
    name ("Rapper X" -> "X"), and a stage name the model took for money made a person."""
    text = body[start:end]
    words = text.split()
    if len(words) >= 2 and words[0].lower() in _GLUED_NATIONALS and words[0][:1].isupper() and len(words) <= 4:
        # "Frenchman X", "Spaniard X": a noun for a person from a country, never part of a name
        # (unlike the adjective of "French Open"); the name after it is the person
        if all(w[:1].isupper() for w in words[1:]) and not any(w.lower() in _ORG_TAILS for w in words[1:]):
            if (
                len(words) == 2
                and _SITED_IN_BEFORE.search(body, max(0, start - 30), start)
                and body[end : end + 1] not in ("'", "’")
            ):
                # "the plant in Briton Holm": a town's name ("interest in Briton X" is a person's)
                return start, "PLACE"
            start += text.index(words[1], len(words[0]))
            return start, "PERSON"
    if (
        (
            label in ("PERSON", "NORP")
            # "American Curt Drayton" typed a body: a nation's word, a first name and one more
            # word, none of the lexicon's ("German Marshall Fund", "American Eagle Outfitters")
            or (
                label in ("ORG", "PLACE")
                and len(words) == 3
                and first_name_gender(words[1]) is not None
                and not dictionary_word(words[2])
                and words[2].lower() not in COMPANY_WORDS
            )
        )
        and 3 <= len(words) <= 4
        and words[0].lower() in NATIONALITIES
        and words[1].lower() not in NATIONALITIES
        and (first_name_gender(words[1]) is not None or not common_word(words[1]))
        and all(w[:1].isupper() for w in words[1:])
        and not any(w.lower() in _ORG_TAILS for w in words[1:])
        and (label == "PERSON" or first_name_gender(words[1]) is not None)
    ):
        # "Belgian Kim Gevaert" (a first name the list lacks), "Russian Jane Doe" typed a group: a
        # nationality's word before a full name is never part of it; the name after it is the person
        # (not before a common word, "Indian Ocean X", "German Chancellor X": the rule below finds
        # where the name starts)
        return start + text.index(words[1], len(words[0])), "PERSON"
    if label == "PERSON" and 3 <= len(words) <= 4 and first_name_gender(words[0]) is None:
        # "Sprinter Jane Doe", "New Zealander John Doe", "Kenyan Jane Doe": a noun for what a
        # person does or where they are from (an agent's or a people's ending) or a court's office
        # ("Magistrate Lee Doe") before a first name and a surname; a firm's trade ("Bookmaker
        # William Hill") comes off too, and is the company's cue that `retype_by_context` reads
        lead = next(
            (
                i
                for i in (1, 2)
                if i <= len(words) - 2
                and (
                    first_name_gender(words[i]) is not None
                    or (words[i - 1].lower() in LEGAL_OFFICES and is_first_name(words[i]))  # "Magistrate Lee X"
                )
            ),
            None,
        )
        if (
            lead is not None
            and (
                _DESCRIBING_NOUN.fullmatch(words[lead - 1])
                # "Magistrate Jane Doe", "Judge Jane Doe": an office of the court, no name's word
                or words[lead - 1].lower() in LEGAL_OFFICES
                # "Seeds Jane Doe, ...", "Finalists Jane Doe and ...": a plural noun opening the
                # sentence, capitalised there only, before the first of the people it names
                or (lead == 1 and plural_noun(words[0]) and _SENTENCE_BEFORE.search(body, max(0, start - 5), start))
            )
            and all(w[:1].isupper() for w in words)
            and words[lead] not in ("May", "Will", "Mark", "Bill", "Grant", "Rich")
        ):
            return start + [m.start() for m in re.finditer(r"\S+", text)][lead], label
    role = next((i for i, w in enumerate(words) if w in _GLUED_POSITIONS), None)
    if (
        role is not None
        and 1 <= role <= 3
        and len(words) - role - 1 in (2, 3)
        and all(w[:1].isupper() for i, w in enumerate(words) if i != role)
    ):
        # "Toulon centre X", "Leeds striker X": a club and a lower-case position before the name,
        # taken by the model for one name; the person is the name after the position
        return start + [m.start() for m in re.finditer(r"\S+", text)][role + 1], "PERSON"
    if len(words) >= 2 and words[0].lower() in GLUED_ROLES and words[0][:1].isupper() and len(words) <= 4:
        start += text.index(words[1], len(words[0]))
        text = body[start:end]
        if label in ("ORG", "PERSON", "MONEY") and all(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
            label = "PERSON"
    if (
        label in ("MONEY", "PERSON")
        and _STAGE_NAME.fullmatch(text)
        and text.split()[-1].lower() not in _AMOUNT_WORDS  # a headline's "50 Million"
        and body[max(0, start - 1) : start] not in "$£€"
    ):
        label = "PERSON"
    return start, label


def plural_noun(word: str) -> bool:
    """ "Seeds", "Finalists": the plural of a noun of the lemmatizer's (none without the model)."""
    nouns = _word_classes()[0].get("noun", frozenset())
    return looks_plural(word) and singular(word) in nouns


# what a person does or where they come from, by its ending: "Sprinter", "Novelist", "Kenyan"
_DESCRIBING_NOUN = re.compile(r"[A-Z][a-z]{2,}(?:er|ist|ian|an|or|ese)")
_REAL_NAME = re.compile(
    # "X, real name Y", "X - real name Y", "X (real name Y)": a comma, a dash or a bracket before it
    r"(?:(?<=\s)|^)(?P<alias>(?:The\s+)?[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3})(?:,\s+|\s+[-–—]\s+|\s+\()"
    r"(?:whose\s+)?(?:real|full|birth|given)\s+name\s+(?:is\s+|was\s+)?"
)


# "The rapper, whose real name is Y": a role, then the real name
_ROLE_REAL_NAME = re.compile(
    r"(?<![\w’'-])[Tt]he\s+(?P<role>[a-z][a-z-]+),\s+(?:whose\s+)?(?:real|full|birth|given)\s+name\s+(?:is\s+|was\s+)?"
)


def _roles_real_names(body: str, mentions: list[Mention]) -> None:
    """ "Rapper Tom Pell was charged ... The rapper, whose real name is Ian Vell, ...": the role's
    real name is the one person the article names right after that role word before ("rapper
    Tom Pell"); the two names one person (the stage name's mentions take the real name's id).
    Nothing where no one, or more than one, was named after the role. Changes `mentions` in place."""
    by_start = {m.start: m for m in mentions}
    for match in _ROLE_REAL_NAME.finditer(body):
        real = by_start.get(match.end())
        if real is None or real.label != "PERSON":
            continue
        role = re.compile(rf"(?<![\w’'-]){re.escape(match.group('role'))}\s+$", re.IGNORECASE)
        named = {
            m.entity_id
            for m in mentions
            if m.label == "PERSON" and m.end <= match.start() and role.search(body, max(0, m.start - 30), m.start)
        }
        if len(named) != 1 or real.entity_id in named:
            continue
        stage = next(iter(named))
        for m in mentions:
            if m.entity_id == stage:
                m.entity_id = real.entity_id


def real_names(body: str, mentions: list[Mention]) -> list[Mention]:
    """ "The Game, whose real name is Jayceon Taylor", "50 Cent, real name Curtis Jackson": the
    name before is the same person as the real name after. Every mention of the name before
    gets the real name's id (added where the model tagged nothing); the list, in body order.
    "The rapper, whose real name is Y" after "rapper X": see `_roles_real_names`."""
    _roles_real_names(body, mentions)
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    for match in _REAL_NAME.finditer(body):
        real = by_start.get(match.end())
        if real is None or real.label != "PERSON":
            continue
        a, b = match.span("alias")
        tagged = next((m for m in mentions if m.end == b and a <= m.start), None)
        if tagged is not None:
            a = tagged.start  # "Chart-topper 50 Cent": the name the model found
        elif body[a:b].split()[0] == "The" and len(body[a:b].split()) > 1:
            a += 4  # "The Game": the article's "the" is not part of the name, as elsewhere
        key = normalise(body[a:b])
        same = [m for m in mentions if normalise(m.text) == key and m.label in ("PERSON", "ORG", "PLACE", "MONEY")]
        if not any(m.start == a for m in same):
            paragraph = next((m.paragraph for m in mentions if m.start <= a), real.paragraph)
            added.append(Mention(real.entity_id, body[a:b], "PERSON", a, b, paragraph))
        # the stage name's other mentions too ("Velly" after "Tom Velly - real name Ian Pell")
        stage = {m.entity_id for m in same if m.label == "PERSON" and m.entity_id != real.entity_id}
        moved = {id(m) for m in same}
        for m in mentions:
            if id(m) in moved or m.entity_id in stage:
                m.entity_id, m.label = real.entity_id, "PERSON"
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# another name written right after a place's or a body's name: "Southampton, nicknamed the Saints,",
# "Velco (formerly Grobco)", "Bombay, now Mumbai," (the words of the cue in the group "cue")
_OTHER_NAME_AFTER = re.compile(
    r"\s*[,(]\s*(?P<cue>(?:(?:also|commonly|widely|popularly|once|previously|formerly|now)\s+)?"
    r"(?:known\s+as|called|nicknamed|renamed)|formerly|previously|once|now)\s+(?:the\s+)?"
)
_OTHER_NAME_ENDS = re.compile(r"['’]?\s*[,;)]|[.!?](?:\s|$)|$")
# a state's shape of name ("the Soviet Union", "the Velmish Republic", "the United Kingdom"), and
# "then Germany" right before the name ("Velburg, then Germany, now Kaliningrad": a border moved)
_STATE_SHAPE = re.compile(r"\b(?:Union|Republic|Kingdom)$")
_THEN_BEFORE = re.compile(r",\s*then\s+(?:the\s+)?$")


def _country_like(mention: Mention, table: EntityTable) -> bool:
    entry = table.entry(mention.entity_id)
    return (entry is not None and entry.role == "country") or _STATE_SHAPE.search(mention.text) is not None


def other_names(mentions: list[Mention], body: str, table: EntityTable) -> None:
    """ "Southampton, nicknamed the Saints,", "Bombay, now Mumbai,", "Velco (formerly Grobco)": the
    name right after the cue is the same place or body as the name before it, every mention of
    either one entity (the table's id where one of the two is the table's; nothing where both are,
    under two ids). Only a place or an organisation both sides (a person's "now Lord Pell" is a
    title), the other name closing the phrase (a comma, a bracket, a sentence's end: "Velton, now
    Ruritania's capital" is no other name); "now" alone only for a town renamed (`_renamed_town`:
    not "Velco, now Grobco's rival", nor "Yugoslavia, now Serbia"). Changes `mentions` in place."""
    by_start = {m.start: m for m in mentions}
    for first in list(mentions):
        if first.label not in ("ORG", "PLACE"):
            continue
        cue = _OTHER_NAME_AFTER.match(body, first.end)
        second = by_start.get(cue.end()) if cue is not None else None
        if (
            cue is None
            or second is None
            or second.label != first.label
            or second.entity_id == first.entity_id
            or _OTHER_NAME_ENDS.match(body, second.end) is None
            or (cue.group("cue") == "now" and not _renamed_town(first, second, body, table))
        ):
            continue
        known = [i for i in (first.entity_id, second.entity_id) if table.entry(i) is not None]
        if len(known) == 2:
            continue
        keep = known[0] if known else first.entity_id
        gone = {first.entity_id, second.entity_id} - {keep}
        for m in mentions:
            if m.entity_id in gone:
                m.entity_id, m.label = keep, first.label


def _renamed_town(first: Mention, second: Mention, body: str, table: EntityTable) -> bool:
    """ "Bombay, now Mumbai,": the bare "now" names a place renamed, not a country's border moved
    ("Yugoslavia, now Serbia", "the Soviet Union, now Russia", "Velburg, then Germany, now
    Kaliningrad"): a place both sides, neither a country (`_country_like`), no "then X," before."""
    return (
        first.label == "PLACE"
        and not _country_like(first, table)
        and not _country_like(second, table)
        and _THEN_BEFORE.search(body, max(0, first.start - 12), first.start) is None
    )


# "the London Stock Exchange (LSE)", and "( LSE )" as CoNLL-2003 tokenises the wire
_ACRONYM = re.compile(r"\s*\( ?([A-Z][A-Za-z]{1,7}) ?\)")


_NOT_INITIALS = {"of", "the", "for", "de", "du", "la", "le"}
# an elided article or preposition glued to the word after it ("l'Audiovisuel", "d'Etat")
_ELIDED = re.compile(r"^[lLdD]['’](?=[A-Z])")


def acronyms(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "the London Stock Exchange (LSE)": the letters in brackets after an organisation's name,
    when they are its capitalised words' initials, name the same organisation everywhere in the
    article (unless the entity table knows them as another entity). The list, in body order."""
    mentions = _spelled_out(body, mentions)
    added: list[Mention] = []
    for full in list(mentions):
        match = _ACRONYM.match(body, full.end)
        if full.label != "ORG" or match is None:
            continue
        # "LSE", or written as a word ("Ampas", "Apacs"): the initials of its capitalised words, of
        # all its words, or of all but "of"/"the"/"for" ("Association of Payment and Clearing Services")
        letters = {"".join(ch for ch in match.group(1) if ch.isupper()), match.group(1).upper()}
        written = re.findall(r"[A-Za-z][\w'’-]*", full.text)
        initials: set[str] = set()
        # "Conseil Superieur de l'Audiovisuel (CSA)": an elided article glued to a word ("l'", "d'")
        # may give no letter, the word after it does (or it does: "D'Arcy")
        for words in (written, [_ELIDED.sub("", w) for w in written]):
            initials |= {
                "".join(w[0] for w in words if w[0].isupper()),
                "".join(w[0] for w in words).upper(),
                "".join(w[0] for w in words if w not in _NOT_INITIALS).upper(),
                # "the Official UK Charts Company (OCC)": an abbreviation inside the name left out
                "".join(w[0] for w in words if w[0].isupper() and not (len(w) > 1 and w.isupper())),
            }
        own_letters = _letters_in_own_language(match.group(1), full.text, table) and not _CUT_SHORT_BEFORE.search(
            body, max(0, full.start - 30), full.start
        )
        if (
            not any(len(x) >= 2 for x in letters & initials)
            and not _shuffled_initials(match.group(1), full.text)
            and not _one_letter_more(match.group(1).upper(), initials)
            and not own_letters
        ):
            continue
        acronym = match.group(1)
        known = table.canonical(acronym)
        if known is not None and known != full.entity_id and _spelled_as_known(full, known, mentions, table):
            continue
        # else the letters are the body the article spells out, never the table's other body of the
        # same letters ("the Bristol Cycling Club (BCC)" where the table knows another "BCC")
        a, b = match.start(1), match.end(1)
        if not any(m.start == a for m in mentions):
            added.append(Mention(full.entity_id, acronym, "ORG", a, b, full.paragraph))
        for m in mentions:
            if m.text == acronym:
                m.entity_id, m.label = full.entity_id, "ORG"
    _unbracketed_acronyms(mentions, table)
    _sport_letters_off_topic(body, mentions, table)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# a capitalised word or a possessive right before a name: the model may have cut it short ("People
# 's" + "Democratic Party ( PRD )", "Indonesian" + "Democratic Party ( PDI )")
_CUT_SHORT_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|['’]s) $")


def _letters_in_own_language(acronym: str, name: str, table: EntityTable) -> bool:
    """ "National Democratic Coalition ( NADECO )", "Nationalist Party ( KMT )", "Landless Rural
    Workers Movement ( MST )": capitals in brackets right after a party's or a movement's name of
    two words or more (`_GROUP_HEADS`) are its letters though they are not its English initials
    (syllables, or the initials of its name in its own language), unless the table knows them as
    something else ("( UK )"); not after a capitalised word (`_CUT_SHORT_BEFORE`, checked by the
    caller: a name the model cut short may be another body's too). Syllables hold the English
    initials in order ("NA-DE-CO"); the own language's letters open on another letter than the
    English name ("KMT", "EPR"); letters opening on the name's initial otherwise ("Grobland Workers
    Party ( GWX )") are another body's."""
    words = name.split()
    if not (
        len(words) >= 2
        and words[-1].lower() in _GROUP_HEADS
        and acronym.isupper()
        and len(acronym) >= 3
        and table.canonical(acronym) is None
    ):
        return False
    initials = capital_initials(name)
    if not initials or acronym[0] != initials[0]:
        return True  # "Nationalist Party ( KMT )": the own language's order
    rest = iter(acronym)
    return len(acronym) > len(initials) and all(letter in rest for letter in initials)  # "NADECO"


# the fewest words of an article whose want of sport words says its subject is not sport
_SUBJECT_WORDS = 80


def _sport_letters_off_topic(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "bought by BOA" in a story about banks: capitals the table knows only as a sport's body
    (the British Olympic Association), in an article with hardly a word of sport that never names
    that body in full, are some other body the letters stand for, not the table's: their own
    entity, unlinked. Only in an article long enough to have a subject (`_SUBJECT_WORDS`): in a
    line or two ("England FA spokesman Tom Pell welcomed the apology") no sport word says little.
    Changes `mentions` in place."""
    if len(body.split()) < _SUBJECT_WORDS or _some_sport_words(body) or is_sport(body):
        return
    named_in_full = {m.entity_id for m in mentions if " " in m.text}
    for m in mentions:
        text = _POSSESSIVE_END.sub("", m.text)
        if m.label != "ORG" or len(text) < 2 or not text.isupper() or not text.isalpha():
            continue
        entry = table.entry(m.entity_id)
        if entry is None or entry.role != "sport" or m.entity_id in named_in_full:
            continue
        if table.canonical(text) == m.entity_id:
            m.entity_id = slugify(text)


def _spelled_as_known(full: Mention, known: str, mentions: list[Mention], table: EntityTable) -> bool:
    """ "the British Chamber of Commerce (BCC)" where the table knows "BCC" as the British Chambers
    of Commerce: a name the table does not know, spelled out before an acronym the table knows,
    is that entity when the table's own name has the same capital initials (the article's spelling
    differs, not the body). Its mentions move to the table's entity; True when they did."""
    entry = table.entry(known)
    if entry is None or entry.label != "ORG" or table.entry(full.entity_id) is not None:
        return False
    if not _written_another_way(entry, full.text, table):
        return False  # "Bristol Cycling Club (BCC)" is another body with the same letters
    old = full.entity_id
    for m in mentions:
        if m.entity_id == old:
            m.entity_id, m.label = known, "ORG"
    return True


def _written_another_way(entry: EntityEntry, text: str, table: EntityTable) -> bool:
    """Whether `text` is the table's body written another way: its name's words but for a plural,
    a joining word ("of", "and", "&": "Securities & Exchange Commission") or a country the table
    knows written first ("US Securities and Exchange Commission"), or a near-spelling of a name of
    four words or more with one word misspelt ("Securites" for "Securities", "Accosiation": a
    writer's slip). One word replaced by another ("Commission" for "Council", "Agency" for
    "Administration") may be another body, the one the article means: not the table's."""
    stems = [w for w in _name_stems(text) if w != "and"]
    first = text.split()[0] if text.split() else ""
    place = table.entry(table.canonical(first) or "")
    if len(stems) > 2 and place is not None and place.label == "PLACE":
        stems = stems[1:]
    for name in (entry.name, *entry.aliases):
        if " " not in name:
            continue
        known = [w for w in _name_stems(name) if w != "and"]
        if stems == known:
            return True
        if len(stems) == len(known) >= _NEAR_SPELLING_WORDS and [
            _misspelt(a, b) for a, b in zip(stems, known, strict=True) if a != b
        ] == [True]:
            return True
    return False


def _misspelt(written: str, known: str) -> bool:
    """Whether `written` is `known` misspelt (most letters the same, in order), not another word."""
    return SequenceMatcher(None, written, known).ratio() >= _MISSPELT_RATIO


# how alike two words are, at least, for one to be the other misspelt: "accosiation" and
# "association" 0.73, "commission" and "council" 0.35, "committee" and "commission" 0.53
_MISSPELT_RATIO = 0.7

# the fewest words of a name whose near-spelling (one word changed) is still that name: "Scottish
# Prison Service" and a "Scottish Police Service" are two bodies
_NEAR_SPELLING_WORDS = 4


def _name_stems(name: str) -> list[str]:
    """A name's words in lower case without a plural "s", joining words left out: "British
    Chamber of Commerce" and "British Chambers of Commerce", "Institute for Fiscal Studies" and
    "Institute of Fiscal Studies" are one name written two ways."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _NOT_INITIALS]
    return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]


def _upper_letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isupper())


_BRACKETED_AFTER_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,7}[0-9+]*)\s*\($")


def _spelled_out(body: str, mentions: list[Mention]) -> list[Mention]:
    """A "person" whose words' initials are an acronym written beside it is the acronym spelled
    out, no one's name: a body's where a body's or a company's word ends it ("Fenwick Listening
    Council (FLC)", an organisation, the acronym's mentions linked by `acronyms`), else a term's
    ("Digital Subscriber Line (DSL)", "DSL (Digital Subscriber Line)"), left out."""
    dropped: set[int] = set()
    for m in mentions:
        words = m.text.split()
        if m.label != "PERSON" or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        initials = "".join(w[0] for w in words)
        after = _ACRONYM.match(body, m.end)
        if after is not None and _upper_letters(after.group(1)) == initials:
            if words[-1].lower() in BODY_WORDS or words[-1].lower() in COMPANY_WORDS:
                m.label = "ORG"  # "Fenwick Listening Council (FLC)": a body
            else:
                dropped.add(id(m))  # "Digital Subscriber Line (DSL)": a term
            continue
        before = _BRACKETED_AFTER_ACRONYM.search(body[max(0, m.start - 14) : m.start])
        if before is not None and body[m.end : m.end + 1] == ")" and _upper_letters(before.group(1)) == initials:
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def capital_initials(text: str) -> str:
    """ "National Hi-Tech Crime Unit" -> "NHTCU": the initials of its capitalised words, a
    hyphenated word giving one for each part."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", text) if w[0].isupper())


# the small words an office's initials leave out ("Director of Public Prosecutions" is the DPP)
_FILLER_WORDS = ("of", "for", "the", "and")
_INITIAL_FILLERS = r"(?:(?:" + "|".join(_FILLER_WORDS) + r")\s+)*"


def office_initials(body: str, acronym: str, table: EntityTable | None) -> list[tuple[int, int]]:
    """Where `body` writes out an office of which `acronym` gives the initials ("Detective Chief
    Inspector" for "DCI", "the chief medical officer" for "CMO", "Director of Public Prosecutions"
    for "DPP"): word for word, the small words aside, in either case, the last word an office, a
    rank or an officer ("officer", "inspector", "prosecutions" after "director"). Empty when the
    article gives no such office: the letters alone may as well be a body's ("the CBI said").
    Never for letters the table knows (the NHS, the BBC: "the new Health Secretary" is narration),
    nor a run of words that holds the letters themselves ("SEC enforcement chief") or opens in
    lower case before a capital ("by Grobco chairman"); two letters only when the office is
    written with them in brackets ("general manager (GM)") or is a state's office with its field
    ("prime minister" for "PM")."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return []
    if table is not None and table.exact(acronym) is not None:
        return []  # "The NHS said": a body (or a place) the table knows
    pattern = r"\b" + _INITIAL_FILLERS.join(rf"[{c.upper()}{c.lower()}][\w-]*\s+" for c in acronym)
    found = []
    for hit in re.finditer(pattern.removesuffix(r"\s+"), body):
        written = hit.group().split()
        words = [w.lower() for w in written]
        following = re.match(r"\s+([\w-]+)", body[hit.end() :])
        if following is not None and following.group(1).lower() in _OFFICER_WORDS:
            continue  # "Detective Chief" of "Detective Chief Inspector": part of a longer office
        if words[0] in BODY_NAME_ENDS:
            continue  # "Office of the Deputy Prime Minister" (the ODPM): a body, not its holder
        if acronym in written:
            continue  # "SEC enforcement chief": the body's own letters before its officer's word
        initials = [w for w in written if w.lower() not in _FILLER_WORDS]
        if initials[0][:1].islower() and any(w[:1].isupper() for w in initials[1:]):
            continue  # "by BBC chairman", "new Health Secretary": narration before a name or an office
        if len(acronym) == 2 and not (
            re.match(rf"\s*\(\s*{acronym}\s*\)", body[hit.end() :])
            or (words[0] in OFFICE_FIELDS and words[-1] in STATE_OFFICES)
        ):
            continue  # "the general manager ... GM said": two letters are too often a firm's
        before_of = words[: words.index("of")] if "of" in words else []
        if words[-1] in _OFFICER_WORDS or (before_of and all(w in _OFFICER_WORDS for w in before_of)):
            found.append(hit.span())  # "Director General of Fair Trading", not "General Motors of"
    return found


# the last word of an office written out that its initials may stand for
_OFFICER_WORDS = (
    STATE_OFFICES | APPOINTED_OFFICES | BOARD_OFFICES | HEAD_OFFICES | RANKS | LEGAL_OFFICES | {"officer", "surgeon"}
)


def every_word_initials(text: str) -> str:
    """ "Bank of America" -> "BOA": the initials of all its words in capitals, a small joining word's
    ("of", "for", "and") included, as some firms' letters are written."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", text)).upper()


def _capitals_kept(text: str) -> str:
    """ "USA Track & Field" -> "USATF": the initials of its capitalised words, a word written in
    capitals giving all its letters."""
    words = re.findall(r"[A-Za-z][\w'’]*", text)
    return "".join(w if len(w) > 1 and w.isupper() else w[0] for w in words if w[0].isupper())


def _one_letter_more(acronym: str, initials: set[str]) -> bool:
    """ "Association of Payment Clearing Services (Apacs)": four or more letters, the name's
    capitalised initials in order with one more letter inside (a word the article's spelling of
    the name leaves out), the first and the last letters the same."""
    for x in initials:
        if len(x) >= 3 and len(acronym) == len(x) + 1 and acronym[0] == x[0] and acronym[-1] == x[-1]:
            if any(acronym[:i] + acronym[i + 1 :] == x for i in range(1, len(acronym) - 1)):
                return True
    return False


def _shuffled_initials(acronym: str, name: str) -> bool:
    """ "European Conference of Postal and Telecommunications Administrations (CEPT)": four or
    more capitals that are the name's capitalised initials in another order (the body's own
    language), one word at most left out; or as many capitals as the name has initials, all but
    one of them the name's, the first among them ("Brazilian Institute for Geography and Statistics
    (IBGE)": the body's own language writes one word with another letter, "Estatistica"); or three
    capitals that are the name's three initials in another order ("Institutional Revolutionary
    Party ( PRI )", "Party of the Democratic Revolution ( PRD )": the Spanish order)."""
    initials = [w[0] for w in name.split() if w[0].isupper()]
    if len(acronym) == 3 and acronym.isupper() and sorted(acronym) == sorted(initials):
        return True
    if len(acronym) < 4 or not acronym.isupper() or len(acronym) < len(initials) - 1:
        return False
    rest = list(initials)
    other = 0  # letters that are none of the name's initials
    for letter in acronym:
        if letter not in rest:
            other += 1
            continue
        rest.remove(letter)
    return other == 0 or (other == 1 and len(acronym) == len(initials) and acronym[0] in initials)


# two capitals that are more often an office, a role or a thing than a firm's initials ("the PM
# said", "a DB rail spokesman"): never taken for the initials of a name the article writes
_TWO_LETTER_COMMON = {
    "PM",
    "MP",
    "HR",
    "IT",
    "PR",
    "TV",
    "DB",
    "PC",
    "GP",
    "QC",
    "AM",
    "ID",
    "DJ",
    "UK",
    "US",
    "EU",
    "UN",
}


def _two_letter_name(text: str) -> bool:
    """A name whose two initials may stand for it ("General Motors", "GX 7"): capitalised words
    only ("Bank of America" also gives "BA")."""
    return all(w[0].isupper() for w in re.findall(r"[A-Za-z][\w'’]*", text))


def _unbracketed_acronyms(mentions: list[Mention], table: EntityTable) -> None:
    """ "an NHTCU spokeswoman" after "the National Hi-Tech Crime Unit", "GX" after "Gorland
    Xylics", "USARF" after "USA Rowing Federation": a capital-letter organisation of two or more
    letters that are the initials of exactly one organisation the article names (a word in
    capitals giving all its letters) is that organisation, a body the table knows included
    ("GM" after "General Motors"), unless the table knows the acronym. Two letters only for a
    name of two capitalised words (`_two_letter_name`) and not a common abbreviation. Three
    capitals or more the model typed a person or a place count too ("RICS said")."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "ORG" and " " in m.text:
            for initials in {capital_initials(m.text), _capitals_kept(m.text), every_word_initials(m.text)}:
                if len(initials) > 2 or _two_letter_name(m.text):
                    bodies[initials].add(m.entity_id)
    moved: dict[str, tuple[str, str]] = {}  # an acronym's entity -> (its capitals, the body it names)
    for m in mentions:
        text = _POSSESSIVE_END.sub("", m.text)
        if len(text) < 2 or not text.isupper() or not text.isalpha():
            continue
        # three or more capitals the model took for a person or a place ("RICS said"), the initials
        # of one body the article names: the body too (no one's name is written in capitals)
        if m.label != "ORG" and (m.label not in ("PERSON", "PLACE") or len(text) < 3):
            continue
        if text in _TWO_LETTER_COMMON:
            continue
        targets = bodies.get(text, set()) - {m.entity_id}
        if len(targets) == 1 and not table.entry(m.entity_id) and table.canonical(text) is None:
            moved[m.entity_id] = (text, next(iter(targets)))
            m.entity_id, m.label = next(iter(targets)), "ORG"
    for m in mentions:
        # the same capitals the model typed as a person or a place elsewhere ("SAIC says") are the
        # organisation too: an acronym of a body's initials is no one's name
        if m.label in ("PERSON", "PLACE") and m.entity_id in moved:
            text, target = moved[m.entity_id]
            if _POSSESSIVE_END.sub("", m.text) == text:
                m.entity_id, m.label = target, "ORG"
    _letters_of_a_body_named_here(mentions, table)


# an elided article or preposition inside a name ("de l'Audiovisuel"): no letter of its initials
_ELIDED_INSIDE = re.compile(r"(?<![\w’'-])[lLdD]['’](?=[A-Z])")


def _letters_of_a_body_named_here(mentions: list[Mention], table: EntityTable) -> None:
    """ "The Conseil Tarnel de l'Audiovisuel, the regulator, said ... The CTA said": three capitals
    or more the table knows as another body are the one organisation the article names whose
    capitalised initials they are, where the article never names the table's body in full (the
    letters are the article's own body, not the table's namesake). Where that name is the table's
    body's own name written another way ("Trade Unions Congress" for the Trades Union Congress:
    the same words but for a plural), the name is the table's body instead. Changes `mentions`
    in place."""
    bodies: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}  # a body's id -> its name as written
    for m in mentions:
        if m.label == "ORG" and " " in m.text and table.entry(m.entity_id) is None:
            # "Bank of America" gives "BA" and, its joining word's letter kept, "BOA"
            for initials in {capital_initials(_ELIDED_INSIDE.sub("", m.text)), every_word_initials(m.text)}:
                bodies[initials].add(m.entity_id)
            spelled.setdefault(m.entity_id, _POSSESSIVE_END.sub("", m.text))
    if not bodies:
        return
    named_in_full = {m.entity_id for m in mentions if " " in m.text}
    for m in mentions:
        text = _POSSESSIVE_END.sub("", m.text)
        if len(text) < 3 or not text.isupper() or not text.isalpha() or m.label != "ORG":
            continue
        known = table.canonical(text)
        targets = bodies.get(text, set())
        if known is None or known != m.entity_id or known in named_in_full or len(targets) != 1:
            continue
        (target,) = targets
        entry = table.entry(known)
        if entry is None or entry.label != "ORG":
            continue
        if _written_another_way(entry, spelled[target], table):
            moved, into = target, known  # the table's body written another way
        elif _letters_tied_to(m, target, mentions) and not _known_by_its_letters(entry, text):
            moved, into = known, target
        else:
            continue
        for other in mentions:
            if other.entity_id == moved and (moved == target or _POSSESSIVE_END.sub("", other.text) == text):
                other.entity_id, other.label = into, "ORG"


# how many paragraphs after a body's first mention its letters may first come ("... the Tarbury
# Prison Service ... [a paragraph] ... a new duty on the TPS")
_LETTERS_WITHIN = 2


def _letters_tied_to(letters: Mention, body: str, mentions: list[Mention]) -> bool:
    """Whether capitals the table knows come first after the article's body of those initials is
    first named, and close to it (`_LETTERS_WITHIN` paragraphs): letters first written before the
    body, or far from it, are the table's ("The CIA said ..." long before a "Cardiff Insurance
    Association")."""
    first_body = min((x for x in mentions if x.entity_id == body), key=lambda x: x.start)
    first = min(
        (x for x in mentions if x.entity_id == letters.entity_id and _POSSESSIVE_END.sub("", x.text) == letters.text),
        key=lambda x: x.start,
        default=letters,
    )
    return first.start > first_body.end and first.paragraph - first_body.paragraph <= _LETTERS_WITHIN


def _known_by_its_letters(entry: EntityEntry, letters: str) -> bool:
    """An outlet ("the BBC"), or a body the table names by these letters ("CIA", "Nasa", "FBI"):
    letters the world reads as that body, not as a local body's that shares its initials
    ("Blackburn Borough Council ... The BBC understands")."""
    return entry.is_media or normalise(entry.name) == normalise(letters)


def _words(text: str) -> list[str]:
    return [w.strip(".,").lower() for w in text.split()]


# the last word of a built place's name: "Three Gorges Dam", "Heathrow Airport", "Woodhill Prison";
# a town's square and a tower block or a park named as towers ("Velt Square", "Tarn Towers")
FACILITY_WORDS = {
    "square",
    "towers",
    "dam",
    "airport",
    "stadium",
    "prison",
    "bridge",
    "tunnel",
    "canal",
    "cathedral",
    "castle",
    "pavilion",
    "auditorium",
}


# a protected site's kind at a name's end: "Velt Nature Reserve", "Tarn Game Reserve" (not "Marine"
# nor "Forest": "the US Marine Reserve" is a military reserve)
_RESERVE_TAIL = re.compile(r"\s(?:Nature|Game|Wildlife|Biosphere)\s+Reserve$")


# the last word of a built place's name: a hotel is a building ("the Velt Serena Hotel"; a chain is
# "X Hotels"); those of them that are surnames too ("Jim Beach", "Tom Towers", "Ann Square", "Ida
# Castle") make a place unless the name is a first name and that word alone (a longer name, "Ida
# Pell Square", stays a place; "Alton Towers" is lost to the guard, its first word a first name too;
# "Roosevelt Hotel" keeps its place, "hotel" no surname)
_SURNAME_PLACE_WORDS = frozenset({"beach", "towers", "square", "bridge", "castle"})
_PLACE_LAST_WORDS = frozenset(FACILITY_WORDS | {"hotel"} | _SURNAME_PLACE_WORDS)


# a theatre's last word: a venue where the model took the name for a person's ("the Ada Brook
# Theatre"); a theatre's name may also be its company's ("the National Theatre staged"), so an
# organisation keeps its type
VENUE_WORDS = {"theatre", "theater"}


# a company of performers, the last word of its name ("the Royal Ballet", "the Berlin Philharmonic",
# "Velt National Opera"): no building, unlike an opera house
ENSEMBLE_WORDS = frozenset({"ballet", "orchestra", "philharmonic", "choir", "opera"})


# the last word of a charity's or a campaign's name, a common noun no surname is ("Christian Aid",
# "Age Concern", "Tsunami Relief"): the model takes a first name before it for a person's
_CAUSE_WORDS = frozenset({"aid", "concern", "relief", "appeal"})
# the last word of a political movement's or an armed group's name, no surname either ("Militant
# Tendency", "Patriotic Front", "Velt Liberation Movement")
_MOVEMENT_WORDS = frozenset({"tendency", "movement", "front", "league", "brigade", "brigades", "militia", "faction"})
# the last word of a party's or a movement's name ("Nationalist Party ( KMT )", "Popular
# Revolutionary Army ( EPR )"), whose letters its own language may give
_GROUP_HEADS = _MOVEMENT_WORDS | {"party", "army", "union", "alliance", "coalition", "congress", "council"}


def first_name_and_place_word(text: str) -> bool:
    """ "Jim Beach", "Dr Tom Towers", "Pensioner Ida Bridge": a first name and a surname that is a
    built place's word too, after any honorific or title (`strip_titles`) or one word for what a
    person is ("Campaigner", "Pensioner": `_DESCRIBING_NOUN`, `is_person_noun`) the model took in;
    not "Ida Pell Square" (a first name, a surname and the place's word: a place)."""
    words = strip_titles(split_name(text)[1]).split()
    if len(words) == 3 and (_DESCRIBING_NOUN.fullmatch(words[0]) or is_person_noun(words[0])):
        words = words[1:]
    return len(words) == 2 and _words(words[-1])[0] in _SURNAME_PLACE_WORDS and first_name_gender(words[0]) is not None


# the last word of a police force's name after its county or its town ("Surrey Police")
FORCE_WORDS = frozenset({"police", "constabulary"})


def label_from_words(text: str, label: str) -> str:
    """ORG when the name's own words say it is a company or a body, PLACE when they name a built
    place (a dam, an airport, a square, towers, a hotel, a beach; not a first name and a
    surname's word alone, "Tom Towers", "Nurse Ida Bridge") or a theatre the model took for a
    person, else `label`."""
    if (
        label in ("ORG", "PERSON")
        and len(text.split()) >= 2
        and _words(text)[-1] in _PLACE_LAST_WORDS
        and not first_name_and_place_word(text)
    ):
        return "PLACE"  # "Velt Pleasure Beach"; not a "Jim Beach" or a "Tom Towers", a person
    if label == "PERSON" and len(text.split()) >= 2 and _words(text)[-1] in VENUE_WORDS:
        return "PLACE"
    if label in ("ORG", "PERSON") and _RESERVE_TAIL.search(text):
        return "PLACE"  # "the Velt Nature Reserve": a named site ("the Federal Reserve" is a bank)
    if label not in ("PERSON", "PLACE", "NORP"):
        return label
    words = _words(split_name(text)[1])
    if len(words) < 2 or split_name(text)[0]:
        return label
    if words[-1] in COMPANY_WORDS or words[-1] in BODY_WORDS or words[-1] in ENSEMBLE_WORDS:
        return "ORG"
    if words[-1] in FORCE_WORDS:
        return "ORG"  # "Surrey Police", "Velmshire Constabulary": a county's force
    if label == "PERSON" and (words[-1] in _CAUSE_WORDS or words[-1] in _MOVEMENT_WORDS):
        return "ORG"  # "Christian Aid", "Age Concern": a charity, no surname; "Militant Tendency"
    if words[0] in BODY_WORDS and "of" in words[1:3]:
        return "ORG"  # "Academy of ...", "University of ..."
    if label == "PERSON" and words[0] == "air" and words[1] not in _AIR_RANKS:
        return "ORG"  # "Air Velmar": an airline, no person ("Air Street" the model calls a place stays one)
    return label


# an air force's ranks, which "Air" opens as an airline's name does ("Air Marshal Tom Pell")
_AIR_RANKS = frozenset({"marshal", "vice", "vice-marshal", "chief", "commodore", "commander", "officer"})


def is_person_by_role(body: str, start: int, text: str) -> bool:
    """A two- or three-word name right after a role word ("design engineer Kenji Moritaka")."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if label_from_words(text, "PERSON") == "ORG":
        return False
    before = re.search(r"([a-z][a-z-]*)\s+$", body[max(0, start - 30) : start])
    return bool(before and before.group(1) in PERSON_ROLES)


_SPLIT_LIST = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LIST_TAIL = COMPANY_WORDS | {"sons", "daughters", "partners", "associates", "co", "company", "others"}


def split_list(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span holding a comma list of names ("Dell, Samsung and Sony") as one (start, end) per name;
    the span itself when it is not such a list ("Smith, Jones and Partners" is one firm)."""
    text = body[start:end]
    if "," not in text:
        return [(start, end)]
    pieces, cursor = [], 0
    for match in _SPLIT_LIST.finditer(text):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, len(text)))
    names = [text[a:b] for a, b in pieces]
    if len(pieces) < 2 or not all(n[:1].isupper() for n in names):
        return [(start, end)]
    if _words(names[-1])[-1] in _LIST_TAIL or any(len(n.split()) > 4 for n in names):
        return [(start, end)]
    if "and" in text[pieces[-2][1] : pieces[-1][0]] and remit_list(names):
        return [(start, end)]  # "Centre for Vision, Speech and Signal Processing": one body's remit
    return [(start + a, start + b) for a, b in pieces]


# a body's name whose remit is a list: "Department for Culture, Media and Sport", "Centre for
# Vision, Speech and Signal Processing" (the first piece a body's word, then "for" or "of")
REMIT_LIST = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:Centre|Center|Institute|Department|Ministry|School|Faculty|College|Society|"
    r"Council|Committee|Commission|Office|Board|Museum|Academy|Foundation|Association|Agency|Secretary|"
    r"Minister|Laboratory|Unit)\s+(?:for|of)\s+(?:the\s+)?[A-Z]"
)


def remit_list(names: list[str]) -> bool:
    """The pieces of a comma list ("Centre for Vision", "Speech", "Signal Processing") are one
    body's name and its remit: the first names a body "for" or "of" something, and none of the
    others is a body's own name ("Council of Mortgage Lenders, British Bankers Association and
    ..." lists three bodies)."""
    return bool(REMIT_LIST.match(names[0])) and all(
        0 < len(words := _words(n)) <= 3 and words[-1] not in BODY_WORDS for n in names[1:]
    )


# "Glenurquhart High School in Inverness", "the All Blacks in Christchurch": a name of two or
# more capitalised words, then "in" and one to three capitalised words, is a name and its place
# (the model's span may hold the "the" before it: "the Golden Temple in Amritsar")
_LOCATED = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|and|de)\s+)*[A-Z][\w'’.-]*)+(\s+in\s+)"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$"
)


# a word of a name that is found somewhere: a body, a company, a building
_SITED_WORDS = (
    BODY_WORDS
    | COMPANY_WORDS
    | FACILITY_WORDS
    | {"school", "hospital", "church", "court", "museum", "gallery", "library", "centre", "center", "theatre"}
    | {"hotel", "infirmary", "zoo", "station", "mosque", "temple", "laboratory", "laboratories", "base"}
)


def split_located(body: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where the name ends and the place starts in a span "NAME in PLACE" whose name holds a
    body's, a company's or a building's word ("X High School in Inverness", "Royal College of Music
    in X"): (name's end, place's start, place's end); None for any other span ("Modern Sounds in
    Country": a title)."""
    match = _LOCATED.match(body[start:end])
    if match is None or not set(_words(body[start : start + match.start(1)])) & _SITED_WORDS:
        return None
    return start + match.start(1), start + match.start(2), start + match.end(2)


# --- context around an entity's mentions --------------------------------------------------

_DESIGNATOR_BEFORE = re.compile(
    r"(?<![\w-])(?:firm|company|group|giant|maker|manufacturer|retailer|operator|carrier|airline|bank|"
    r"broadcaster|label|studio|chain|provider|developer|publisher|insurer|lender|conglomerate|"
    r"housebuilder|homebuilder|"
    r"brewer|supermarket|distributor|subsidiary|start-?up|outfit|consultancy|analysts|watchdog|regulator|"
    r"agency|bourse|suitor|bidder|charity|think-tank|think\s+tank|market\s+analyst|miner|brokerage|"
    # "chief executive of X": an office held at a company or a body, not at a place
    r"(?:chief\s+executive|managing\s+director|chairman|chairwoman|founder)\s+of)\s+$"
)
# a trade's noun glued into one word ("carmaker X", "Bookmaker X"), or a designator written with a
# capital as a sentence's first word ("Retailer X said"): what `_DESIGNATOR_BEFORE` reads in lower case
_TRADE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Bb]ook|[Cc]ar|[Cc]hip|[Dd]rug|[Hh]andset|[Tt]oy|[Ss]teel|[Aa]ircraft|[Pp]lane|[Tt]ruck|[Tt]yre)"
    r"-?makers?\s+$|(?<![\w-])(?:[Ii]nternet|[Ww]eb|[Oo]nline|[Ss]earch)\s+portal\s+$"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:Firm|Company|Retailer|Publisher|Developer|Broadcaster|Insurer|Lender|Brewer|"
    r"Distributor|Manufacturer|Carrier|Airline|Operator|Supplier|Conglomerate|Bank|Bookies)\s+$"
)
# a trade's word and a firm's noun right before a name ("games firm X", "investment bank X", "rap
# label X", "film studio X"): a company even where its first word is a first name ("Phoenix
# Torrent"); the trade's word is none of a determiner's or of "own" ("the firm X", "his own label X"
# may go on "... set up"); a determiner before the trade's word ("the investment bank X") is kept
# in `det`, for the name may open a relative clause there ("the investment bank X advised")
_TRADE_FIRM_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hat|"
    r"[Ww]hose|[Ww]hich)\s+)?"
    r"(?<![\w’'-])(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|whose|which|same|own|new|former)\s)"
    r"[a-z][a-z-]+\s+(?:firm|bank|label|studio)\s+$"
)
# a firm's noun that names no person's trade right before a name ("brokerage X said"), and a
# person's full name and "at" ("said Ian Kell at X"): a company's name, though it opens on a first
# name ("Merrill")
_FIRM_ONLY_BEFORE = re.compile(r"(?<![\w’'-])brokerage\s+$")
_PERSON_AT_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+\s+[A-Z][a-z]+\s+at\s+$")
# a deed a person does to a firm, right after the name: "the firm X founded", "the label X set up"
_FOUNDER_AFTER = re.compile(
    r"\s+(?:founded|set\s+up|started|runs|ran|owns|owned|joined|left|created|launched|formed|built|heads|headed|"
    r"leads|led|who|works|worked)\b|,\s+who\b"
)
# the next sentence goes on about the name as a company: "X has stopped taking bets. The firm
# closed the book on Friday" (the name opens its sentence, a trade's word may stand before it)
_FIRM_OPENS_NEXT = re.compile(
    r"[^.!?\n]*[.!?][\"”’]?\s+The\s+(?:firm|company|carmaker|bookmaker|retailer|airline|bank|group|chain|"
    r"insurer|lender|publisher|developer|operator|broadcaster|brewer|supermarket|miner|brokerage)\s+[a-z]"
)
_HE_OR_SHE = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
# the name opens its sentence, after a trade's word at most ("Bookmaker X", "Retailer X"); not "At X"
_NAME_OPENS = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*)(?:[A-Z][a-z]+(?:er|or)\s+)?$")
_ORG_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:spokesman|spokeswoman|spokesperson|chief\s+executive|subsidiary|executives|bosses|"
    r"Inc|LLC|Ltd|plc)\b"
    r"|^\s+(?:will\s+(?:now\s+)?be|has\s+been|had\s+been|was|is\s+to\s+be)\s+merged\b"  # "X will be merged with Y"
    # "X chairman Jo Bloggs", "X boss Jo Bloggs": the head of a body, named after it
    r"|^\s+(?:vice-|deputy\s+)?(?:chairman|chairwoman|boss)\s+[A-Z][\w'’-]*[a-z]\s+[A-Z]"
)
# "Paris-based X": a place's word with "-based" right before the name
_BASED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.]*(?:[\s-][A-Z][\w.]*)?-based\s+$")
# shares trade in a place too ("shares in London", "Tokyo shares"): a cue for a "person" only
# "shares in X", and the last of a pair ("shares in Acme and Zenix Pharma")
_SHARES_BEFORE = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+and\s+)?$")
# a share price's move by a sum ("X fell $2.10 to $38", "X closed up 4p"): a listed company's
# (a person "lost $5m"; a percentage moves a party's or a candidate's poll share too)
_PRICE_MOVE_AFTER = re.compile(
    r"^\s+(?:fell|rose|slipped|climbed|dropped|jumped|shed|dipped|(?:closed|finished|ended)\s+(?:up|down))\s+"
    r"(?:[$£€]\d|\d+(?:\.\d+)?\s*(?:p|cents)\b)"
)
# a listed company's shares after its name ("X shares", "X's share price")
_SHARE_NOUNS = r"shares|shareholders|share\s+price"
_SHARES_AFTER = re.compile(rf"^(?:['’]s?)?\s+(?:{_SHARE_NOUNS})\b")
# a company's own shares or their sale after its possessive ("X's shares", "interest in X's IPO");
# without the possessive, shares trade in a place too ("London shares")
_OWN_SHARES_AFTER = re.compile(rf"^['’]s?\s+(?:{_SHARE_NOUNS}|IPO|flotation|equity)\b")
_IT_SAID_AFTER = re.compile(
    rf"^\s+(?:has\s+|had\s+)?(?:{alternation(past_forms(*OF_ITSELF_LEMMAS) + present_forms('say'))})\s+(?:that\s+)?it\b"
)
# an apposition that says what it is: "X - the oil firm sold on Sunday", "X, a Dutch bank,", "X,
# India's biggest software firm,", "X, the country's other big mortgage firm,"; the describing noun ends the phrase ("Y, a firm believer" and "Y,
# the founder of the firm" are people)
_DESCRIBED_AS_COMPANY = re.compile(
    # the name's long form or its letters in brackets may come first ("X (Velt Trust for Y), a charity")
    r"^(?:\s+\([^()]{1,80}\))?(?:,|\s+[-–—])\s+(?:as\s+)?(?:the|a|an|[A-Z][\w-]*['’]s|the\s+[a-z]+['’]s)\s+"
    r"(?:(?!(?:of|for|at|to|with|from|by)\b)[\w'’-]+\s+){0,3}"
    r"(?:airline|carrier|company|firm|group|bank|maker|chipmaker|manufacturer|retailer|giant|operator|"
    r"supplier|insurer|lender|exchange|producer|conglomerate|subsidiary|broadcaster|brewer|charity|"
    r"organisation|organization"
    # "X, a blog search engine,", "X, a gossip website,": a site, run by a body (GUIDE: an outlet)
    r"|search\s+engine|website|web\s+site"
    # "X, the game's developer": a thing's maker (a "software developer" alone may be a person)
    r"|(?<=['’]s\s)(?:developer|publisher|distributor))"
    r"(?=[,.;:)]|\s+[-–—]\s|\s+(?:that|which|sold|based|owned|run|whose|and|in|with)\b)"
)
# the plural nouns of kinds of firms ("companies", "airlines", "record labels")
FIRM_PLURALS = (
    "companies",
    "firms",
    "businesses",
    "banks",
    "makers",
    "manufacturers",
    "retailers",
    "operators",
    "carriers",
    "airlines",
    "insurers",
    "lenders",
    "brewers",
    "publishers",
    "developers",
    "broadcasters",
    "providers",
    "conglomerates",
    "supermarkets",
    "start-ups",
    "startups",
    "labels",
    "distributors",
    "charities",
    "networks",
)
# an apposition that makes it one of a kind of firms: "X, one of the region's best-known firms,",
# "one of the US's biggest satellite TV companies, X, has" (a person is "one of the richest
# businessmen", no firm)
_FIRMS_PLURAL = rf"(?:{alternation(FIRM_PLURALS)})"
_ONE_OF_FIRMS_AFTER = re.compile(rf"^,\s+one\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}{_FIRMS_PLURAL}[,.;:]")
_ONE_OF_FIRMS_BEFORE = re.compile(rf"(?<![\w-])[Oo]ne\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}{_FIRMS_PLURAL},\s+$")
# a publication's noun right before its name, after a determiner, a place's or a subject's word or
# a clause's start ("UK magazine X", "the trade newspaper X"); not "the newspaper's editor, X"
_PUBLICATION_BEFORE = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:[A-Z][\w-]*|the|a|an|trade|weekly|monthly|daily|computer|music|gaming|film|fashion|"
    rf"business|celebrity|news|industry|satirical)\s+)(?:{alternation(PUBLICATION_NOUNS)})\s+$"
)
# a post at a publication right before its name, or its noun right after it ("film editor of X",
# "a columnist for X", "X magazine said"); not "critic of X", which is said of people too
_PUBLICATION_POST_BEFORE = re.compile(r"\b(?:editor|columnist|reviewer)\s+(?:of|at|for)\s+(?:the\s+)?$")
_PUBLICATION_AFTER = re.compile(r"^\s+(?:magazine|newspaper)\b")
_WHICH_AFTER = re.compile(r"^\s+which\b")  # with a comma, "which" may be about the clause before
_COMMA_WHICH_AFTER = re.compile(r"^,\s+which\s")
# a company's word right after its name: "X plc", "X Inc", "from X investment bank", "X.com", "X
# describes itself as an internet marketing company"
_COMPANY_AFTER = re.compile(
    r"^(?:,?\s+(?:Inc|LLC|Ltd|plc|PLC|GmbH|AG)\b|\.com\b"
    r"|\s+describes\s+itself\s+as\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}(?:company|firm|business|group|bank))"
)
# an office held at a company: "chief security architect at X", "an analyst at X"
_WORKS_AT = re.compile(
    r"\b(?:analyst|economist|strategist|executive|director|architect|engineer|spokes(?:man|woman|person)|"
    r"chairman|chairwoman)(?:\s+of(?:\s+[a-z]+){1,3})?\s+at\s+$"  # "director of community relations at X"
)
# a deal made for a company: "a stake in X", "the takeover of X", "owner of X"
_DEAL_BEFORE = re.compile(
    r"\b(?:stake\s+in|takeover\s+of|merger\s+with|merged\s+with|acquisition\s+of|owners?\s+of|"
    r"parent\s+(?:company|group|firm)\s+of|subsidiary\s+of|"
    r"shareholders\s+in)\s+$"
)
# "from X investment bank"; "a London investment bank" and "US investment bank Y" name a place
_BANK_AFTER = re.compile(r"^\s+(?:investment|merchant|private)\s+bank\b(?!\s+[A-Z])")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
# what a maker makes, right after its bare name ("the faulty X part", "the X factory"), and what it
# does ("X has stopped production of")
_MADE_AFTER = re.compile(
    r"^\s+(?:parts?|components?|vehicles|dealers|dealerships)\b(?!\s+(?:of|to)\b)"
    r"|^\s+(?:has|had|will|is\s+to)\s+(?:stopped|halted|suspended|resumed|started|begun|cut|increased|stop|"
    r"halt|suspend|resume|start|begin|cut|increase|boost|boosted)\s+(?:its\s+)?production\b"
)
# worn goods sold under their maker's name, right after it ("demand for Velt sneakers")
_GOODS_AFTER = re.compile(r"^\s+(?:sneakers|trainers|shoes|jeans|handbags)\b")
# what a nationality never does: "X declined to comment", "X chief Y", "X is rumoured"
_ACTS_AFTER = re.compile(r"^\s+(?:declined|declines|is|was|has|said|says|chief|boss|spokesman|spokeswoman)\b")
# "X headquarters", "X staff": a company's (not after "its" or "the firm's": "its London headquarters")
_STAFF_AFTER = re.compile(r"^\s+(?:headquarters|head\s+office|staff|employees|workforce)\b")
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|the|a|an)|['’]s|\d)\s+$", re.IGNORECASE)
# a plural company noun before a list of names: "start-up companies X and Y", "banks such as X, Y",
# "some networks, such as X", "other retailers - including X, Y"
# (a list only: "services such as X" lists who provides them; "the X service" is often a programme)
# "organisations" and "websites" only before "such as", "including", "like" ("organisations such
# as X": bodies or firms; not "the organisations Tom Pell founded")
_LISTED_BODY_PLURALS = ("organisations", "organizations", "websites")
_LISTED_FIRM_PLURALS = (*FIRM_PLURALS, "services", *_LISTED_BODY_PLURALS)
_DESIGNATORS_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{alternation(FIRM_PLURALS + ('services',))})"
    r"(?:\s+(?:(?:such\s+as|including|like)\s+)?|,\s+(?:such\s+as|including|which\s+include)\s+|\s+[-–—]\s+(?:such\s+as|including)\s+)"
    rf"|(?:{alternation(_LISTED_BODY_PLURALS)}),?\s+(?:such\s+as|including|like)\s+"
    # the plural opening its sentence, a list word after it ("Companies such as X", not "Banks X")
    rf"|(?:{alternation(w.capitalize() for w in _LISTED_FIRM_PLURALS)}),?\s+(?:such\s+as|including|like)\s+)"
    # the names listed before this one ("record companies VP and X", "providers such as eVelt and X")
    r"(?:(?:[A-Z]|[a-z](?=[A-Z]))[\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2}(?:,\s+|,?\s+and\s+)){0,3}$"
)
# an article about travel, where "services including X" lists the places served, not firms
_TRAVEL = re.compile(
    r"(?<![\w-])(?:flights?|routes?|airlines?|airports?|rail|railways?|trains?|bus|buses|ferry|ferries|passengers?"
    r"|destinations?)(?![\w-])"
)
_WEB_NAME = re.compile(r"(?<![\w.-])([A-Z][\w-]*)\.(?:com|net|co\.uk)\b")
# a body's noun, owned or after "the", then the name in commas: "Velt's performing rights society,
# X, and ..." (not "the party, X said": a party's or a club's noun is also a meeting's or a side's)
_BODY_NOUN_APPOSED_BEFORE = re.compile(
    r"(?:['’]s|(?<![\w-])the)\s+(?:[a-z][\w-]*\s+){0,3}"
    rf"(?:{alternation(sorted(BODY_WORDS - {'party', 'club', 'fc'}))}),\s+$"
)
# a firm's noun after "a", "an", "the" or a possessive, then the name in commas: "a small UK-based
# electronics firm, X, to make" (not "the head of the X company, Tom Pell, said": `_OF_BEFORE`); only
# nouns no person is called: not "the game's lead developer, Pell", "the film's maker", "publisher"
_FIRM_NOUN_APPOSED_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:a|an|the)|['’]s)\s+(?:[\w-]+\s+){0,4}"
    r"(?:firm|company|consultancy|manufacturer|retailer|start-up),\s+$"
)
# the body's noun the object of a preposition ("Speaking to the committee, X,"): an opening phrase,
# not the body's name apposed
_PREPOSITION_ENDS = re.compile(
    r"(?<![\w-])(?:to|at|in|from|for|before|with|by|on|into|about|against)\s+(?:[A-Z][\w-]*)?$"
)

# words only sport uses; an article needs three of them (and six sport words in all) to be about sport
SPORT_ONLY = {
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "full-back",
    "squad",
    "league",
    "premiership",
    "championship",
    "tournament",
    "referee",
    "half-time",
    "semi-final",
    "quarter-final",
    "rugby",
    "football",
    "cricket",
    "tennis",
    "innings",
    "wicket",
    "team-mate",
    "fixture",
    "qualifier",
    "scored",
    "coach",
    "skipper",
    "stadium",
    # words of rugby and of football's fixtures that no other subject uses
    "fly-half",
    "scrum-half",
    "flanker",
    "lineout",
    "line-out",
    "sin-bin",
    "hat-trick",
    "relegation",
    "centre-back",
    "centre-half",
    "goalscorer",
    # the rounds of a competition, and the words of athletics and tennis reports (a short tennis or
    # athletics piece names no team's words)
    "quarter-finals",
    "semi-finals",
    "athletics",
    "heptathlon",
    "pentathlon",
    "hurdles",
    "sprinter",
    "medallist",
    "medallists",
}
SPORT_WORDS = {
    "match",
    "matches",
    "fixture",
    "friendly",
    "qualifier",
    "qualifying",
    "goal",
    "goals",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "full-back",
    "coach",
    "captain",
    "skipper",
    "squad",
    "season",
    "league",
    "cup",
    "championship",
    "championships",
    "tournament",
    "referee",
    "cap",
    "caps",
    "penalty",
    "half-time",
    "premiership",
    "semi-final",
    "quarter-final",
    "final",
    "rugby",
    "football",
    "cricket",
    "tennis",
    "innings",
    "wicket",
    "stadium",
    "team-mate",
    "fans",
    "club",
    "scored",
    "game",
    "games",
    "win",
    "won",
    "beat",
    "defeat",
    "victory",
    "draw",
    "side",
    "team",
    "player",
    "players",
    "champion",
    "olympic",
    "olympics",
    "race",
}
_TEAM_BEFORE = re.compile(
    r"\b(?:against(?:\s+the)?|beat|beats|beating|beaten\s+by|defeat(?:ed)?\s+by|defeated|lost\s+to|loss\s+to|losing\s+to|"
    r"lose\s+to|draw\s+(?:with|against)|drew\s+(?:with|against)|face|faces|facing|faced|play|plays|playing|played|"
    r"(?:play|plays|playing|played)\s+for|captained|captaining|in\s+charge\s+of|joined|joining|"
    r"join|move\s+to|moved\s+to|bid\s+from|offer\s+from|signed\s+for|sign\s+for|"
    r"(?:joined|signed|arrived|moved)\s+from|"
    # "joined the Reds from X", "moved to the Dell from X": the club he left ("moved to Tarvo
    # from X" may be a town he grew up in)
    r"(?:(?:joined|signed\s+for)\s+(?:the\s+)?|moved\s+to\s+the\s+)"
    r"(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+from|"
    # "for his club X", "their new club X": a player's club named after the word
    r"(?:his|her|their)\s+(?:(?:former|new|old|previous|current|parent)\s+)?club|"
    r"(?:win|wins|victory|victories|triumph)\s+over|v|vs|versus|defeat\s+to|at\s+home\s+to|"
    r"(?:league\s+)?leaders|champions|holders|club\s+side|rivals|"
    # a match's noun: "Saturday's Six Nations clash with X", "the fixture with X"
    r"(?:clash|fixture)\s+with|"
    # what a player does for a side: "his debut for X", "his goalkicking for X", "40 caps for X"
    r"(?:debut|appearances?|goals|tries|caps|starts|outings?|performances?|displays?|goalkicking|kicking)\s+for)\s+$",
    re.IGNORECASE,  # "Against Ireland they played ..."
)
# "since arriving at X from Y": Y is the club he left only when X is an organisation or a team (not
# "the squad arrived at Heathrow from Lisbon")
_ARRIVED_AT_FROM = re.compile(
    r"(?<![\w-])(?i:arriv(?:ed|ing|es?)\s+at)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+from\s+$"
)
# a squad's journey, not a move between clubs: the squad arrives ("the players arrived at X from Y"),
# or the day or the time of day follows the city ("from Y on Monday night", "from Y last night")
_SQUAD_ARRIVING = re.compile(
    r"(?<![\w-])(?:players|squad|team|side|party|delegation|tourists)\s+(?:(?:have|had|has)\s+)?$", re.IGNORECASE
)
_JOURNEYS_TIME_AFTER = re.compile(
    rf"\s+(?:(?:on|early|late)\s+)?(?:{capitalised_alternation(WEEKDAYS)}|last\s+night|this\s+morning|"
    r"yesterday|overnight|tonight|earlier\s+today)\b"
)
# a side's result, in the cue after its name and between two sides ("X beat Y", "if X fail to beat Y")
_BEATS = r"beat|beats|defeated|thrashed|edged|hammered|trounced"
_FAILS_TO = r"(?:fail|fails|failed|need|needs|needed)\s+to"
TEAM_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:coach|captain|manager|skipper|boss|side|squad|team|international|internationals|"
    r"full-back|striker|midfielder|defender|goalkeeper|keeper|winger|forward|career|game|games|fans|"
    r"supporters|players?|cap|caps|debut|defence|attack|offer|bid|win|victory|defeat|goal|goals|selectors?|"
    r"shirt|line-up|v|vs|versus|centre|fly-half|scrum-half|prop|hooker|flanker|lock|wing|midfield)\b"
    # "England and Real Madrid striker X": a player's two sides before his position, both teams
    r"|^\s+and\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:striker|midfielder|defender|goalkeeper|keeper|winger|"
    r"full-back|fly-half|scrum-half|flanker|hooker|prop)\b"
    r"|^(?:,?\s+who)?\s+(?:have|are|were)\s+(?!to\b)"  # "Scotland have not reached": a team takes the plural
    # "Scotland kept their lead", "Scotland, who were": a team's plural pronoun (a country's is "its")
    r"|^\s+(?:[a-z]+ed|kept|held|made|took|gave|put|set|began|left|won|lost)\s+their\b"
    rf"|^\s+(?:{_BEATS}|drew)\b"
    r"|^\s+(?:could|would|should|might|may|can|will)\s+(?:have\s+)?(?:beaten|beat|won|drawn|lost\s+to)\b"
    # "if X fail to beat Y", "X need to win": a side's result still to come
    rf"|^\s+{_FAILS_TO}\s+(?:beat|win\s+(?:at|against)|draw\s+(?:at|with|against))\b"
    r"|^(?:['’]s)?\s+\d+-\d+\b"  # "Leeds 3-1", "England's 18-17 defeat"
    r"|^['’]s\s+(?:try\s+)?line\b"  # "driven over Arvania's line": a rugby side's try line
    # "Arvania's Davis Cup tie": a side's fixture in a cup between nations or clubs
    r"|^['’]s?\s+(?:[A-Z][\w’'-]*\s+){1,2}Cup\s+(?:tie|ties|team|squad|side)\b"
)
_TEAM_POSITION_PLAYER = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]+\s+(?:prop|flanker|fly-half|scrum-half|centre|full-back|striker|midfielder|"
    r"defender|goalkeeper|winger|centre-back|centre-half|number\s+eight)\s+[A-Z][a-z]+\s+[A-Z][\w’'-]*[a-z]"
)
# the words between two sides of a match: "X beat Y", "if X fail to beat Y", "X drew with Y", "X v Y"
_MATCH_BETWEEN = re.compile(
    rf"^\s+(?:{_FAILS_TO}\s+beat|{_BEATS}|(?:drew|draw)\s+(?:with|against)|lost\s+to|v|vs\.?|versus)\s+$"
)
# a fixture between two sides, "the cup tie between X and Y", "a match between the X and Y": the
# second side written after "and" (`_FIXTURE_AND`)
_FIXTURE_BETWEEN_BEFORE = re.compile(
    r"(?<![\w-])(?:tie|ties|match|matches|game|clash|fixture|final|semi-final|quarter-final|derby)\s+between\s+"
    r"(?:the\s+)?$"
)
_FIXTURE_AND = re.compile(r"^\s+and\s+(?:the\s+)?$")
# "beat Nicolas Kiefer of Germany 6-4 6-4": the score is the player's, the country his
_OF_BEFORE = re.compile(r"[a-z]\s+of\s+$")
# "beat Jan Velt of the Velt Republic 7-5 6-3": likewise, the country written with its "the"
_PLAYERS_COUNTRY_BEFORE = re.compile(r"[a-z]\s+of\s+(?:the\s+)?$")
_SCORE_AFTER = re.compile(r"^\s+\d+-\d+")
# "beat Sweden's Thomas Johansson": the country of the player beaten, not a team
_PLAYER_OF = re.compile(r"^['’]s\s+[A-Z][a-z]+\s+[A-Z]")
# "join X as co-host": a country joined as a tournament's host, not a team joined
_AS_HOST_AFTER = re.compile(r"^\s+as\s+(?:the\s+)?(?:co-?)?hosts?\b")
# a club's letters before its town's name ("AC Milan", "AS Roma", "FC Porto", "SV Hamburg")
_CLUB_LETTERS = {"AC", "AS", "FC", "CF", "SC", "SV", "RC", "CD", "PSV"}
# the last word of a ground's name ("Goodison Park", "Elland Road", "White Hart Lane")
_GROUND_WORDS = {"park", "road", "lane", "arena", "ground", "stadium"}
_NATIONALITY = re.compile(r"(?:ish|ian|ians|ese|ch)$")  # "Welsh internationals" are players, not a team
_LIST_GAP = re.compile(r"^(?:,\s+|,?\s+(?:and|or)(?:\s+then)?\s+)(?:the\s+)?$")
# a list's gap where a band's "The" starts the next name ("X and The Streets")
BAND_LIST_GAP = re.compile(r"^(?:,\s+|,?\s+(?:and|or)\s+)(?:[Tt]he\s+)?$")


# sport's own phrases, each counted as one sport-only word
_SPORT_PHRASES = re.compile(
    r"\b(?:number\s+eight|back\s+row|front\s+row|grand\s+slam|six\s+nations|world\s+cup|free\s+kick|"
    r"extra\s+time|yellow\s+card|red\s+card)\b",
    re.IGNORECASE,
)


# a footballer's position, and what a transfer story says around it
_POSITIONS = {"striker", "midfielder", "defender", "goalkeeper", "winger", "full-back", "centre-back", "centre-half"}
_CLUB_WORDS = {"club", "clubs", "player", "players", "season", "fans", "transfer", "signing", "loan"}


# the last body asked about and its answers (about sport; a few of sport's words), in one slot
# (a thread never sees half of it): five rules ask it of each article
_LAST_SPORT: list[tuple[str, bool, bool] | None] = [None]


def is_sport(body: str) -> bool:
    """An article about sport: at least six distinct sport words, three of them sport's own
    (a phrase such as "number eight" or "Grand Slam" counts as one, and so does a result such as
    "won 1-0"); or a short transfer story, a player's position with two of its club words ("the
    winger ... the club ... the player")."""
    return _sport_answers(body)[0]


def _some_sport_words(body: str) -> bool:
    """A few of sport's words (three, one of them sport's own): a short sports piece, if not
    an article about sport."""
    return _sport_answers(body)[1]


def _sport_answers(body: str) -> tuple[bool, bool]:
    last = _LAST_SPORT[0]
    if last is not None and last[0] is body:
        return last[1], last[2]
    answer, some = _is_sport(body)
    _LAST_SPORT[0] = (body, answer, some)
    return answer, some


# a result written as a score ("won 1-0", "a 3-1 win"): counted once, as one sport-only word
_RESULT = re.compile(
    r"\b(?:won|lost|beat|beaten|drew|win|defeat|victory)\s+(?:them\s+|us\s+|him\s+|her\s+)?\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss)\b"
)


def _is_sport(body: str) -> tuple[bool, bool]:
    """(about sport, a few of sport's words)"""
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", body)}
    phrases = {" ".join(p.lower().split()) for p in _SPORT_PHRASES.findall(body)}
    if _RESULT.search(body):
        phrases.add("a result")
    sport_words = len(words & (SPORT_WORDS | SPORT_ONLY))
    some = bool(words & SPORT_ONLY) and sport_words >= 3
    own = len(words & SPORT_ONLY) + len(phrases)
    if own >= 3 and sport_words + len(phrases) >= 6:
        return True, some
    return bool(words & _POSITIONS) and len(words & _CLUB_WORDS) >= 2, some


def name_lists(mentions: list[Mention], body: str, gap: re.Pattern[str] = _LIST_GAP) -> list[list[Mention]]:
    """Runs of names written as a list ("A, B and C"): two or more mentions with only a comma
    or "and"/"or" between them (or what `gap` matches)."""
    runs: list[list[Mention]] = []
    names = [m for m in mentions if m.label in ("PERSON", "ORG", "PLACE", "NORP")]
    for mention in names:
        if runs and gap.match(body[runs[-1][-1].end : mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) >= 2]


def _clubs_by_leading_words(table: EntityTable) -> dict[str, set[str]]:
    """Every leading part of a club's spellings -> the clubs that start so."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for entry in table:
        if entry.kind == "club":
            for variant in (entry.name, *entry.aliases):
                words = normalise(variant).split()
                for n in range(1, len(words)):
                    by_first[" ".join(words[:n])].add(entry.id)
    return by_first


def _club_for(text: str, table: EntityTable) -> str | None:
    """The one club in the table named after this city ("Leeds" -> Leeds United), if only one."""
    clubs = table.derived("clubs by leading words", lambda: _clubs_by_leading_words(table)).get(normalise(text), set())
    return next(iter(clubs)) if len(clubs) == 1 else None


@lru_cache(maxsize=8)  # asked by rule after rule of the same article
def names_teams(body: str) -> bool:
    """About sport, or a short piece that names a team by a player's position ("Bath prop X")."""
    return is_sport(body) or bool(_TEAM_POSITION_PLAYER.search(body))


def club_for(text: str, table: EntityTable) -> str | None:
    """The one club in the table named after this city, if only one (see `_club_for`)."""
    return _club_for(text, table)


# a tournament named after a country or a city ("the US Open", "the Dubai Open")
_OPEN_AFTER = re.compile(r"\s+Open\b")


def _team_cue(body: str, start: int, end: int) -> bool:
    """A team's cue around the name at body[start:end]: "against X", "X coach", "X 2-1", "X were"."""
    before, after = body[max(0, start - 40) : start], body[end : end + 40]
    if _OPEN_AFTER.match(after):
        return False  # "victory over US Open champion X": the tournament's name
    return bool(
        (_TEAM_BEFORE.search(before) and not _PLAYER_OF.match(after) and not _AS_HOST_AFTER.match(after))
        or (TEAM_AFTER.search(after) and not (_PLAYERS_COUNTRY_BEFORE.search(before) and _SCORE_AFTER.match(after)))
    )


def _arrived_from_a_club(body: str, m: Mention, org_starts: set[int]) -> bool:
    """ "since arriving at Z from X", "who arrived at Z from X in 2003" where Z is an organisation's
    mention, or written elsewhere as a team ("Z manager Tom Pell"): X is the club he left; not "the
    squad arrived at Heathrow from Lisbon" (Heathrow a place), nor, Z only written as a team, a
    squad's journey ("the players arrived at Z from X", "... from X on Monday night")."""
    arrived = _ARRIVED_AT_FROM.search(body, max(0, m.start - 60), m.start)
    if arrived is None or _PLAYER_OF.match(body, m.end):
        return False
    if arrived.start(1) in org_starts:
        return True
    # a town written elsewhere as a team ("Z coach Tom Pell"), unless the arrival is a squad's
    # journey: "the players arrived at Z from X on Monday night" comes from the city X
    journey = _SQUAD_ARRIVING.search(body, max(0, arrived.start() - 30), arrived.start()) or _JOURNEYS_TIME_AFTER.match(
        body, m.end
    )
    return not journey and _team_written(body, arrived.group(1))


# a player's club in brackets after his name: "Nicolas Mas (Perpignan)", "S Bruno (Sale/ENG)"
_BRACKETED_AFTER_PLAYER = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)\s+[A-Z][\w’'-]*[a-z]\s+\($")
# the word as the end of a longer name ("beat Gisela Dulko 6-4"), after "and" ("Me and Gethin
# are") or a list's comma ("Halo, Burnout were"): what follows is not the word's own
_NOT_ALONE_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*|\band|&|,)\s+$")


# a side's name in a sheet's bracket after an initial and a surname, alone or before a captain's
# mark: "J Pell (Velt)", "T Dorr (Velt, capt)"; a full name's bracket is a referee's or a tennis
# player's country ("Tom Pell (Velt)")
_SHEET_BRACKET_ENDS = re.compile(r"\)|,\s+[a-z]+\)")
_SHEET_GOES_ON = re.compile(r"\s*[,;]|\s+[A-Z]\.? [A-Z]")
_SHEET_WENT_ON = re.compile(r"[,;)]\s+$")


def _sheet_side(body: str, m: Mention) -> bool:
    """The mention is the bracket of a team sheet's player written as an initial and a surname."""
    ends = _SHEET_BRACKET_ENDS.match(body, m.end)
    if not ends:
        return False
    player = _BRACKETED_AFTER_PLAYER.search(body, max(0, m.start - 40), m.start)
    if player is None or len(player.group(1)) != 1:
        return False
    # one of a list: a comma, a semicolon or another bracket's player on one side ("P Dorr (Velt)"
    # alone on its line is a referee's country)
    return bool(
        _SHEET_GOES_ON.match(body, ends.end())
        or _SHEET_WENT_ON.search(body, max(0, player.start() - 3), player.start())
    )


# a side's nickname, a plural common noun after "the" ("the Pharaohs", "the Wallabies"); not a
# region's ("the Midlands", "the Valleys") nor a sport's word ("the Games")
_REGION_PLURALS = {
    "borders",
    "highlands",
    "lowlands",
    "midlands",
    "mountains",
    "plains",
    "dales",
    "moors",
    "downs",
    "fens",
}
_SIDE_THE_BEFORE = re.compile(r"(?<![\w-])(?<!in\s)(?<!near\s)the\s+$")
# a place one goes to or comes from, "to the X", "from the X": a side's nickname there needs a side's
# cue (`_SIDE_CUE_BEFORE`), a team's trip goes "to the Canaries" or "to the Alps"
_TRIP_THE_BEFORE = re.compile(r"(?<![\w-])(?:to|at|on|from|into|towards)\s+the\s+$", re.IGNORECASE)
# what a player or a side does with a side, before "the" and the nickname: "his exclusion from the
# X", "recalled to the X", "his debut for the X", "beat the X", "joined the X"; not "flew to the X",
# "heading to the X"
_SIDE_CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:exclusion|exile|omission|axing|absence|dropped|recalled|recall|call-up|called\s+up|selected|"
    r"selection|debut|caps?|career|spell|stint|years|playing|played|plays|play|coach(?:ed|ing)?|"
    r"captain(?:ed|ing)?|join(?:ed|ing|s)?|quit|sign(?:ed|ing|s)?|beat|beats|beating|against|"
    r"v|vs|versus)\s+(?:(?:from|for|with|to|against|by)\s+)?the\s+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _nickname_side(body: str, group: list[Mention]) -> bool:
    """A one-word place every mention of which is a lower-case "the" and a plural common noun that
    names no region, no sport's thing and nothing a place's name ends in, before no person's noun
    ("from the Pharaohs"; not "in the X", "the Kansas star"); written after "to/at/on/from the", one
    mention at least has a side's cue ("his exclusion from the X", "beat the X", "the X coach"; not
    "the team flew to the Canaries")."""
    if any(_TRIP_THE_BEFORE.search(body, max(0, m.start - 12), m.start) for m in group) and not any(
        _SIDE_CUE_BEFORE.search(body, max(0, m.start - 40), m.start) or _team_cue(body, m.start, m.end) for m in group
    ):
        return False
    for m in group:
        word = m.text.lower()
        if (
            not re.fullmatch(r"[A-Z][a-z]+s", m.text)
            or word.endswith("ss")
            or not common_word(word)
            or not _SIDE_THE_BEFORE.search(body, max(0, m.start - 12), m.start)
        ):
            return False
        if (after := _WORD_AFTER.match(body, m.end)) and after.group(1) in ROLE_NOUNS:
            return False  # "the Kansas star": a place's name before a person's noun
        if {word, singular(word)} & (NOT_SURNAMES | SPORT_WORDS | SPORT_ONLY | _REGION_PLURALS):
            return False
    return True


def _team_written(body: str, text: str) -> bool:
    """A team's cue at any place the article writes the one word `text` alone, tagged or not,
    or the word in brackets after a player's full name."""
    word = _POSSESSIVE_END.sub("", text)
    if not word[:1].isupper():
        return False
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-]|['’][a-rt-z])", body):
        start, end = found.span()
        player = body[end : end + 1] in (")", "/") and _BRACKETED_AFTER_PLAYER.search(body, max(0, start - 40), start)
        if player and (len(player.group(1)) == 1 or is_first_name(player.group(1))):
            return True  # an initial or a first name: a player's, not "Publishers Association (Elspa)"
        if not _NOT_ALONE_BEFORE.search(body, max(0, start - 20), start) and _team_cue(body, start, end):
            return True
    return False


def retype_by_context(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """Teams and companies the model typed as places or people, decided over all the mentions
    of each entity (see the module docstring). Changes `mentions` in place."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.entity_id].append(mention)
    runs = name_lists(mentions, body)
    run_of = {id(m): run for run in runs for m in run}
    # a short piece the sport words miss still names its teams by a player's position between a
    # team and the player ("Bath prop Matt Stevens", "England centre Mike Tindall")
    sport = names_teams(body)

    def before(m: Mention) -> str:
        return body[max(0, m.start - 40) : m.start]

    def after(m: Mention) -> str:
        return body[m.end : m.end + 40]

    def person_evidence(group: list[Mention]) -> bool:
        for m in group:
            words = m.text.split()
            if honorific_before(body, m.start) or split_name(m.text)[0]:
                return True
            if len(words) >= 2 and is_first_name(words[0]) and m.label == "PERSON":
                return True
        return False

    teams: set[str] = set()
    org_at = {m.start for m in mentions if m.label == "ORG"}
    # a short sports piece the sport words miss ("Valencia coach", "leaders Chelsea"): only its
    # one-word "people", and places with two team's cues, are asked whether they are teams
    individual = (sport or _some_sport_words(body)) and is_individual_sport(body)
    first_words = {m.text.split()[0] for m in mentions if m.label == "PERSON" and " " in m.text}
    short_piece = not sport and not individual and _some_sport_words(body)
    if sport or short_piece:
        for entity_id, group in groups.items():
            one_word = all(" " not in m.text for m in group)
            if short_piece and not (
                (one_word and group[0].label == "PERSON")
                # a place, where two of its mentions read as a team's ("England coach", "England were")
                or (group[0].label == "PLACE" and sum(_team_cue(body, m.start, m.end) for m in group) >= 2)
            ):
                continue
            if short_piece and group[0].label == "PLACE":
                teams.add(entity_id)  # its two cues counted above
                continue
            # "Atletico Madrid": a "person" whose name ends as a club's does, after no first name
            club_like = all(
                len(words := _POSSESSIVE_END.sub("", m.text).split()) == 2
                # "AS Velto", "FC Tarvo": a club's letters before its town (a cue still needed: "AS
                # Byatt" is a writer's initials)
                and (words[-1].lower() in TEAM_TAILS or words[0] in _CLUB_LETTERS)
                and not is_first_name(words[0])
                for m in group
            )
            # a place, or a one-word "person" with nothing personal about it ("face Chelsea")
            if not (
                group[0].label == "PLACE"
                or (
                    group[0].label == "PERSON"
                    and not (individual and one_word)  # an athlete's surname: "Both X and Y have run"
                    and not _NATIONALITY.search(group[0].text)
                    and (one_word or club_like)
                    and table.entry(entity_id) is None
                    and not person_evidence(group)
                )
            ):
                continue
            if any(" " in m.text and _words(m.text)[-1] in _GROUND_WORDS for m in group):
                continue  # "a move to Goodison Park": a ground stands for its club, but is a place
            if (
                (
                    not short_piece
                    and any(_team_cue(body, m.start, m.end) or _arrived_from_a_club(body, m, org_at) for m in group)
                )
                or (
                    # "J Pell (Velt)": a team sheet's bracket names the player's side; "his exclusion
                    # from the Velts": a side's nickname
                    group[0].label == "PLACE"
                    and not individual
                    and not short_piece
                    and (
                        any(_sheet_side(body, m) for m in group)
                        or (table.entry(entity_id) is None and _nickname_side(body, group))
                    )
                )
                or (
                    # "against Leicester", "Leicester centre Ollie Smith": the model tagged another of
                    # the word's places; a one-word "person" is a team where the article writes it as
                    # one, unless it is a player's ("beat X" in tennis) or a full name's first word
                    group[0].label == "PERSON"
                    and one_word
                    and not individual
                    and group[0].text not in first_words
                    and (
                        _team_written(body, group[0].text) or any(_arrived_from_a_club(body, m, org_at) for m in group)
                    )
                )
            ):
                teams.add(entity_id)

        # "Spurs boss X", then "sympathised with Tottenham": the town of the one club the table
        # names after it, where the article names that club by another of its names, is the club
        # (not "in Tottenham", "near Tottenham": a place)
        named_clubs = {m.entity_id for m in mentions if m.label == "ORG" and _is_club(m.entity_id, table)}
        for entity_id, group in groups.items():
            if (
                sport
                and group[0].label == "PLACE"
                and table.entry(entity_id) is None
                and _club_for(group[0].text, table) in named_clubs
                and not any(_IN_BEFORE.search(before(m)) for m in group)
            ):
                teams.add(entity_id)

        # a place listed with a team plays too ("against Wales, France and Ireland"); a list after
        # "in" or "near" names where games are played ("in Dublin, Ireland", "games in X, Y and Z"), but
        # "games at X and Y" are at the teams' grounds
        # a one-word "person" listed with clubs is one more ("Spanish trio Velmadrid, Tarcelona
        # and Valtia"): not a player's surname (a full name's word elsewhere, a person's sign, or
        # an individual sport), nor a name the table knows
        def listed_club(m: Mention) -> bool:
            group = groups[m.entity_id]
            return (
                m.label == "PERSON"
                and not individual
                and all(" " not in o.text for o in group)
                and m.text not in first_words
                and table.entry(m.entity_id) is None
                and not person_evidence(group)
            )

        def side(m: Mention) -> bool:
            return m.entity_id in teams or _is_club(m.entity_id, table)

        for run in runs:
            if _IN_BEFORE.search(body[max(0, run[0].start - 8) : run[0].start]):
                continue
            if any(m.entity_id in teams for m in run):
                teams.update(m.entity_id for m in run if m.label == "PLACE")
            if sum(side(m) for m in run) >= 2 and all(side(m) or listed_club(m) for m in run):
                teams.update(m.entity_id for m in run if listed_club(m))
        # the other side of a match a team plays ("if Velmar fail to beat Y", "Velmar drew with Y",
        # "the cup tie between Velmar and Y"): a place or a one-word "person" there is a team too
        named = sorted((m for m in mentions if m.label in ("PERSON", "ORG", "PLACE")), key=lambda m: m.start)
        for left, right in zip(named, named[1:], strict=False):
            gap = body[left.end : right.start]
            # a fixture's noun says both are sides: an organisation the model found is one
            fixture = _FIXTURE_AND.match(gap) is not None and (
                _FIXTURE_BETWEEN_BEFORE.search(body, max(0, left.start - 40), left.start) is not None
            )
            if not fixture and not _MATCH_BETWEEN.match(gap):
                continue
            for one, other in ((left, right), (right, left)):
                if (side(one) or (fixture and one.label == "ORG")) and (other.label == "PLACE" or listed_club(other)):
                    teams.add(other.entity_id)
    new_ids: dict[str, str] = {}
    for entity_id in teams:
        group = groups[entity_id]
        if group[0].label == "PERSON" and " " in group[0].text:  # a club's own name ("Atletico Madrid")
            new_ids[entity_id] = entity_id
        else:
            new_ids[entity_id] = _club_for(group[0].text, table) or f"{slugify(group[0].text) or entity_id}-team"
    # "GB" beside "Great Britain": a side written by its initials is the side of the full name
    # ("SA" beside both "South Africa" and "South Australia" joins neither)
    sides_of: dict[str, set[str]] = {}
    for entity_id in teams:
        for m in groups[entity_id]:
            words = _POSSESSIVE_END.sub("", m.text).split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                sides_of.setdefault("".join(w[0] for w in words), set()).add(new_ids[entity_id])
    by_initials = {initials: next(iter(ids)) for initials, ids in sides_of.items() if len(ids) == 1}
    for entity_id in teams:
        text = _POSSESSIVE_END.sub("", groups[entity_id][0].text)
        new_id = (
            by_initials.get(text, new_ids[entity_id]) if text.isupper() and 2 <= len(text) <= 4 else new_ids[entity_id]
        )
        for m in groups[entity_id]:
            m.entity_id, m.label = new_id, "ORG"

    def company_cue(m: Mention, label: str, strong_only: bool = False) -> str | None:
        """ "strong" for a company's word written right after the name ("X plc", "X investment
        bank", "X.com"), "cue" for a weaker sign, "located" for a one-word place written with the
        place it is in and a firm's cue across that place (`firm_in_its_place`: its "in" is no
        city's, so "in X" elsewhere does not veto it), None for none."""
        if _COMPANY_AFTER.match(body[m.end : m.end + 60]):
            return "strong"
        if _BANK_AFTER.match(after(m)) and not _OWNED_BEFORE.search(before(m)):
            return "strong"
        if _PUBLICATION_BEFORE.search(before(m)):
            return "strong"  # "UK magazine Mac Format": a title's publisher, whatever its first word
        if label == "PERSON" and (_PUBLICATION_POST_BEFORE.search(before(m)) or _PUBLICATION_AFTER.match(after(m))):
            # "film editor of Heat", "Heat magazine": a publication; not a place or a nationality
            # ("Hollywood newspaper X", "editor of Indian film journal X")
            return "strong"
        trade = _TRADE_FIRM_BEFORE.search(before(m)) if label == "PERSON" else None
        if (
            trade
            and not _FOUNDER_AFTER.match(after(m))
            and not (trade.group("det") and _opens_relative_clause(body, m, m.start - len(trade.group(0))))
        ):
            return "strong"  # "games firm Phoenix Torrent": the firm, though "Phoenix" is a first name
        if (
            label == "PERSON"
            and " " in m.text
            and not _POSSESSIVE_AFTER.match(after(m))
            and (
                _FIRM_ONLY_BEFORE.search(before(m))
                or ((at := _PERSON_AT_BEFORE.search(before(m))) and m.start - len(at.group(0)) in person_starts)
            )
        ):
            # "brokerage X", "said Ian Kell at X": the firm ("Jo Marr, an economist at X" is weaker:
            # "X" may be a person the article goes on to write by a surname, "Belle said he")
            return "strong"
        if strong_only:
            return None
        if label == "NORP":
            # "research firm Countwise", "Symbian said that it": a name the model took for a
            # nationality; an adjective ("a Conservative spokeswoman") is left as it is
            # ("chief executive of Nordic operator X": the adjective before the company)
            designated = _DESIGNATOR_BEFORE.search(before(m)) and not re.search(r"\bof\s+$", before(m))
            # "Euronext declined to comment", "Euronext chief X": no nationality's word does so
            acts = (
                not _ADJECTIVE_END.search(m.text)
                and not m.text.endswith("s")  # "Democrats said": a group of people
                and _ACTS_AFTER.match(after(m))
                and not _OWNED_BEFORE.search(before(m))
            )
            return "cue" if designated or acts or _IT_SAID_AFTER.search(after(m)) else None
        if (
            _DESIGNATOR_BEFORE.search(before(m))
            or _TRADE_BEFORE.search(before(m))
            or _BASED_BEFORE.search(before(m))
            or _ORG_AFTER.search(after(m))
            or _DESCRIBED_AS_COMPANY.match(body[m.end : m.end + 160])
            or _ONE_OF_FIRMS_AFTER.match(body[m.end : m.end + 80])
            or _ONE_OF_FIRMS_BEFORE.search(body[max(0, m.start - 90) : m.start])
            or (before(m).endswith("at ") and _WORKS_AT.search(before(m)))
            or (
                before(m).endswith(("in ", "of ", "with "))
                and _DEAL_BEFORE.search(before(m))
                and not _POSSESSIVE_AFTER.match(after(m))  # "a stake in X's Y"
            )
        ):
            return "cue"
        if label == "PERSON" and _MADE_AFTER.match(after(m)):
            return "cue"
        if label == "PERSON" and " " not in m.text and not is_first_name(m.text) and _GOODS_AFTER.match(after(m)):
            return "cue"  # "Velt sneakers": the maker's brand, one word and no first name
        if _NAME_OPENS.search(body, max(0, m.start - 20), m.start) and _firm_follows(m):
            return "cue"
        if _STAFF_AFTER.match(after(m)) and not _OWNED_BEFORE.search(before(m)):
            return "cue"  # "staff at X headquarters"; "its London headquarters" is a place's
        if label == "PLACE" and _OWN_SHARES_AFTER.match(after(m)):
            return "cue"  # "X's shares" ("London shares" trade in a place)
        if label == "PLACE" and " " not in m.text and firm_in_its_place(body, m, mentions):
            return "located"  # "Grobco in Velshire said it": its place's "in" is no city's
        if label == "PERSON" and (_SHARES_BEFORE.search(before(m)) or _SHARES_AFTER.search(after(m))):
            return "cue"
        if label == "PERSON" and (" " in m.text or m.text.isupper()) and _WHICH_AFTER.search(after(m)):
            return "cue"  # "Tods Murray which has a client"
        if (
            label == "PERSON"
            and _COMMA_WHICH_AFTER.match(after(m))
            and _OPENS_SENTENCE.search(body, max(0, m.start - 6), m.start)
        ):
            # "Ida Velt, which floated in 1995, is ...": a sentence's subject, so "which" is about
            # the name (not the clause before it, as in "he hired Tom Pell, which angered fans"),
            # and of a thing: a person would take "who"
            return "cue"
        if (
            listed_companies
            and (listed := _DESIGNATORS_BEFORE.search(body[max(0, m.start - 80) : m.start]))
            and not (label == "PLACE" and listed.group(0).startswith("services") and _TRAVEL.search(lowered))
        ):
            return "cue"  # "start-up companies X and Y": every name of the list; "services" lists routes too
        if (
            label in ("PERSON", "PLACE")
            and " " not in m.text
            and (apposed := _BODY_NOUN_APPOSED_BEFORE.search(before(m)))
            and body[m.end : m.end + 1] == ","
            and not _PREPOSITION_ENDS.search(before(m)[: apposed.start()])
            and not _ROLE_APPOSITION.match(body, m.end)  # "X, the singer, said": a person's apposition
            and not after(m).startswith((", who ", ",  who "))
        ):
            return "cue"  # "Velt's performing rights society, X, and": the body's own name
        if (
            label in ("PERSON", "PLACE")
            and len(name_words := m.text.split()) <= 3
            and (apposed := _FIRM_NOUN_APPOSED_BEFORE.search(body, max(0, m.start - 80), m.start))
            and body[m.end : m.end + 1] == ","
            and not _OF_BEFORE.search(body, max(0, apposed.start() - 10), apposed.start())
            and not is_first_name(name_words[0])
            and not honorific_before(body, m.start)
            and not _ROLE_APPOSITION.match(body, m.end)
            and not after(m).startswith((", who ", ",  who "))
        ):
            return "cue"  # "a small Velshire-based electronics firm, Grobco Tarn, to make": the firm's name
        if id(m) in run_of:
            run = run_of[id(m)]
            if not sport:  # a team sheet lists players the model took for clubs
                others = [o for o in run if o.entity_id != m.entity_id]
                orgs = sum(o.label == "ORG" for o in others)
                if orgs >= 2 and orgs > len(others) - orgs:
                    return "cue"
        return None

    org_starts = sorted(m.start for m in mentions if m.label == "ORG")
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    tagged = [(m.start, m.end) for m in mentions]

    def described_as_company(group: list[Mention]) -> bool:
        """The name, where the model left it untagged (often the opening sentence's), in an
        apposition that makes it a company ("X, one of the region's best-known firms,")."""
        for text in {_POSSESSIVE_END.sub("", m.text) for m in group}:
            for start, end in written_whole(text, body):
                if any(a < end and start < b for a, b in tagged):
                    continue
                if (
                    _DESCRIBED_AS_COMPANY.match(body[end : end + 160])
                    or _ONE_OF_FIRMS_AFTER.match(body[end : end + 80])
                    or _ONE_OF_FIRMS_BEFORE.search(body[max(0, start - 90) : start])
                ):
                    return True
        return False

    def _firm_follows(m: Mention) -> bool:
        """The next sentence opens with "The firm" and no organisation is named before it."""
        found = _FIRM_OPENS_NEXT.match(body, m.end, m.end + 400)
        if not found or _HE_OR_SHE.search(body, m.end, found.end()):
            return False  # "X told reporters he was happy. The firm ...": X is a person
        return not any(m.end <= start < found.end() for start in org_starts)

    # "X.com" written in the article
    sites = (
        {match.group(1) for match in _WEB_NAME.finditer(body)}
        if ".com" in body or ".net" in body or ".co.uk" in body
        else set()
    )
    lowered = body.lower()
    listed_companies = any(noun in lowered for noun in _LISTED_FIRM_PLURALS)
    candidates = {
        entity_id
        for entity_id, group in groups.items()
        if entity_id not in teams
        and group[0].label in ("PERSON", "PLACE", "NORP", "ORG")
        and table.entry(entity_id) is None
    }
    # a one-word name and the one longer name of the article it begins ("Argonaut" and "Argonaut
    # Games"), neither in the table nor a body or a club ("Barnsley" and "Barnsley Council"), are
    # one company when either is cued as one and the short name is never "in X"
    longer: dict[str, set[str]] = defaultdict(set)
    for entity_id in candidates:
        if groups[entity_id][0].label == "NORP":
            continue
        for m in groups[entity_id]:
            words = _POSSESSIVE_END.sub("", m.text).split()
            if (
                len(words) >= 2
                and all(w[:1].isupper() for w in words)
                and words[-1].lower() not in BODY_WORDS
                and words[-1].lower() not in TEAM_TAILS
                and not _channel(words)
            ):
                longer[words[0]].add(entity_id)
    shorts: dict[str, str] = {}  # a one-word name -> the one longer name it begins
    for entity_id in candidates:
        group = groups[entity_id]
        if group[0].label == "ORG" or any(" " in m.text for m in group):
            continue  # an organisation alone ("Yahoo" beside "Yahoo Games") is left to `short_forms`
        word = _POSSESSIVE_END.sub("", group[0].text)
        if group[0].label == "NORP" and all(_modifier(body, m) for m in group):
            continue  # "new British artists" beside the "British Phonographic Industry": an adjective
        targets = longer.get(word, set()) - {entity_id}
        if len(targets) == 1:
            shorts[entity_id] = next(iter(targets))
    # an organisation's cues are read only where it may take a short name in
    cued_ids = {e for e in candidates if groups[e][0].label != "ORG"} | set(shorts.values())
    cues: dict[str, str | None] = {}
    for entity_id in cued_ids:
        group = groups[entity_id]
        label = group[0].label
        found = None
        personal = label == "PERSON" and person_evidence(group)  # only a strong cue can count
        for m in group:
            cue = company_cue(m, label, personal)
            if cue == "strong" or (label != "NORP" and _POSSESSIVE_END.sub("", m.text) in sites):
                found = "strong"
                break
            found = found or cue
        if found is None and label in ("PERSON", "PLACE") and not personal and described_as_company(group):
            found = "cue"
        if found == "cue" and label == "PLACE" and any(_IN_A_PLACE.search(before(m)) for m in group):
            found = None  # "in X" somewhere: a city the table does not know, not a company
        if (
            found is None
            and personal
            and not any(honorific_before(body, m.start) or split_name(m.text)[0] for m in group)
        ):
            # a first name and a surname ("Robert Bosch", "Mercedes Benz") that two of its mentions
            # cue as a company ("parts maker X", "the faulty X part", "X has stopped production"), or
            # one and its first word named alone as an organisation ("the Mercedes factory")
            weak = sum(company_cue(m, label) is not None for m in group)
            first = _POSSESSIVE_END.sub("", group[0].text).split()[0]
            if weak and any(o.label == "ORG" and o.text == first for o in mentions):
                weak += 1
            if weak >= 2:
                found = "corroborated"
        cues[entity_id] = found
    merged_into: dict[str, str] = {}
    for entity_id, target in shorts.items():
        group = groups[entity_id]
        if not (cues[entity_id] or cues[target]) or any(_placed(before(m)) for m in group):
            continue
        if person_evidence(group) or any(honorific_before(body, m.start) for m in groups[target]):
            continue
        if groups[target][0].label == "PERSON" and is_first_name(groups[target][0].text.split()[0]):
            continue  # "Gordon" and "Gordon Brown"
        merged_into[entity_id] = target
        cues[target] = cues[target] or cues[entity_id]
    for entity_id, group in groups.items():
        label = group[0].label
        cue = cues.get(entity_id)
        if entity_id in merged_into:
            for m in group:
                m.entity_id, m.label = merged_into[entity_id], "ORG"
            continue
        if label == "ORG" or cue is None:
            continue
        # a first name and a surname are a person's unless a company's word follows the name
        # ("Sal Oppenheim investment bank"); an honorific always is
        if cue in ("strong", "corroborated"):
            personal = any(honorific_before(body, m.start) or split_name(m.text)[0] for m in group)
        else:
            personal = person_evidence(group)
        if not personal:
            for m in group:
                m.label = "ORG"


# --- works, laws and awards: names that are not organisations ---------------------------

# a word right before a name that makes it a work: "the film Vera Drake", "hit film X", "his
# album X", "the BBC One soap X"; "record label X" and "games firm X" are companies (no cue here),
# and verbs ("show", "play", "hit", "wrote") are left out: "figures show Acme ..." is no work
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?:film|films|movie|movies|album|albums|musical|sitcom|soap|drama|documentary|series|"
    r"novel|book|biopic|sequel|prequel|blockbuster|cartoon|opera|ballet|miniseries|programme|song|"
    r"comedy|comedies|thriller|re-make|remake|screenplay|ballad|anthem|hymn|lullaby|symphony|concerto|cantata|"
    r"(?:web\s+)?browser|(?:board|role-playing)\s+games?|"
    # a hit by what made it one ("critical hit X", "box office hits X"; "hit" alone is also the verb),
    # a record by its owner or its novelty ("his single X", "the singles X")
    r"(?:box\s+office|critical|surprise|smash|chart|sleeper)\s+hits?|(?:TV|television|cult)\s+hit|"
    r"(?P<record>(?:hit|debut|new|latest|his|her|their|the)\s+singles|(?:hit|debut|new|latest|his|her|their)\s+(?:single|track))|"
    # "the single X", "her charity single X", "Elvis' single X" ("the single market" has no capital after
    # it; "a single X share" is a count; "the single X store" is one store: `_work_cue_before`); a track
    # after its maker or its album ("Ann Bell track X", "bonus track X"; not "the Dorran track X Park" nor
    # "the lead track X chose"); a record, a track or a poem otherwise only with its title's quote mark
    # closed right after the name ("the track 'X'", not "round the track X" nor "the story 'X faces ruin'")
    r"(?P<single>(?<![Aa]\s)(?<!one\s)(?<!any\s)(?<!each\s)(?<!every\s)(?<![\w-]no\s)single)|"
    r"(?P<track>(?:(?P<maker>(?-i:[A-Z][\w’'-]*[a-z]))(?P<own>['’]s?)?|(?<=s)['’]|title|bonus|opening|closing|lead|album|charity)"
    r"\s+track)|"
    r"(?P<quoted>(?:tracks?|records?|tunes?|poems?|stories|story)(?=,?\s+[“\"‘']))|"
    # a new or a numbered work named in apposition: "released a new album, X, ...", "the band's
    # seventh studio album, X" (not "the director of the new film, X": a preposition before it; not
    # the speech tag "its new book, X admitted,": `_work_cue_before`)
    r"(?P<apposed>(?<!\bof\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bbehind\s)"
    r"(?:an?|the|his|her|their|its|(?-i:[A-Z][\w’'-]*)(?:['’]s|(?<=s)['’]))\s+"
    r"(?:new|latest|debut|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|forthcoming|upcoming)\s+"
    r"(?:(?:studio|solo|live|feature|major|full-length)\s+)?(?:album|single|novel|book|film|movie|EP|play|sitcom|musical),"
    r"|single,|"
    # an apposition after its maker's possessive: "Smith's first novel, X", "her latest movie, X"
    r"(?:[A-Z][\w-]*['’]s|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:novel|book|film|movie|album|play|single|sitcom|"
    r"musical|collection),)|"
    r"starring\s+in|star\s+of|starred\s+in|remake\s+of|roles?\s+in|"
    # what a prize is given for: "nominations for X", "best song award for X"
    r"(?:award|awards|prize|prizes|nomination|nominations|nominated|album|song|video)\s+for|"
    # "show" only as a noun, after a word that makes it one ("music show X", "the show X"), never
    # the verb ("figures show X"); a title named or listed ("a play entitled X", "series such as X")
    r"(?:the|a|his|her|its|their|TV|television|music|chat|game|talk|reality|boxing|quiz|radio|cookery|"
    r"long-running|hit|crime|cop|detective|police|comedy|sketch|variety|children['’]s|night|morning|breakfast|"
    r"weekend|evening)\s+show|(?:starring|title|bit)\s+part\s+in|(?:video|computer|online|puzzle|console|PC)\s+games?|entitled|"
    r"(?:series|shows|films|movies|games|albums|programmes|novels|books|works|titles|blockbusters|plays|"
    r"poems|songs|singles|dramas|soaps|sitcoms|documentaries|hits)(?:\s+(?:such\s+as|including|like|include|included)|"
    # after a comma only the list's own words ("reality shows, such as X"; "games, like X" is a comparison)
    r",\s+(?:such\s+as|including))|"
    # a title's maker ("the creator of X")
    r"(?:co-)?creators?\s+of|"
    # programs named by what they are ("free programs such as X"); "software from firms including X" is
    # no list of programs: the noun right before the list word
    r"(?:software|programs|applications)\s+(?:such\s+as|including|like)|"
    # "such blockbusters as X"
    r"such\s+(?:[a-z-]+\s+)?(?:series|shows|films|movies|games|albums|programmes|novels|books|titles|"
    r"blockbusters|hits|plays|songs|dramas|sitcoms)\s+as|"
    r"(?:film|movie|stage|screen|TV|television|musical)\s+versions?\s+of|"
    # a recording or a performance of a song: "a take of X", "his rendition of X", "a cover of X"
    # ("the cover of X" is a magazine's page; "a remix of X's hit": X is the song's owner, `_work_cue_before`)
    r"(?P<recording>(?:takes?|renditions?|remix(?:es)?|(?:an?|his|her|their|its)\s+cover|cover\s+versions?)\s+of))"
    r"\s+(?:hit\s+)?(?:[Tt]he\s+)?[“\"‘']?$",
    re.IGNORECASE,
)
# what closes a title in quote marks right after the name ("the story 'X'", not "the story 'X faces ruin'"),
# and a speaker's verb after a name apposed to a work ("Its new book, X admitted, ...": a speech tag,
# where "his first novel, X in 1958" and "her latest film, X's Castle" are titles)
_QUOTE_CLOSES = re.compile(r"^[,.!?]?[”\"’']")
_SPEECH_TAG_AFTER = re.compile(rf"^,?\s+(?:{alternation((*past_forms(), *present_forms()))}|who)\b")
_WORD_AND_NEXT = re.compile(r"^\s+([a-z][a-z-]*)\b(?:\s+(\S+))?")
# what a verb's object opens with ("the single X hit number one"): a noun-and-verb word before it is a verb
_OBJECT_OPENS = re.compile(r"^(?:the|a|an|his|her|its|their|number|no\.?|\d|[A-Z])")


def _word_classes() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """The lemmatizer's words by class and its irregular verb forms ("chose" -> "choose")."""
    tables = lemmatizer_tables()
    return tables.words, tables.irregular.get("verb", {})


def _noun_after(after: str) -> bool:
    """A common noun right after a name ("the single X store", "the single X seat of"): the name
    modifies it; a word that is also a verb counts only where no object follows it ("X hit number
    one" is a verb)."""
    found = _WORD_AND_NEXT.match(after)
    classes = _word_classes()[0]
    if found is None or not classes or found[1] not in classes["noun"]:
        return False
    if found[1] in classes["adj"] or found[1] in classes["adv"]:
        return False  # "last year", "in May", "earlier"
    return found[1] not in classes["verb"] or not (found[2] and _OBJECT_OPENS.match(found[2]))


def _past_after(after: str) -> bool:
    """A bare past tense right after a name: the name is a contact clause's subject ("the bonus
    track X recorded in 2001", "the lead track X chose"), not the title before it."""
    found = _WORD_AND_NEXT.match(after)
    if found is None:
        return False
    word = found[1]
    lemma = _word_classes()[1].get(word)
    return (len(word) > 4 and word.endswith("ed")) or (lemma is not None and lemma not in ("be", "have", "do"))


def work_word_before(body: str, start: int) -> bool:
    """Whether a word that makes a name a work ("novel", "film", "album") is written in the 30
    characters before `start` ("Zola's novel Therese Raquin")."""
    return _WORK_BEFORE.search(body[max(0, start - 30) : start]) is not None


def _work_cue_before(body: str, m: Mention, mentions: list[Mention]) -> str | None:
    """`_WORK_BEFORE` right before a mention, its looser cues checked against the words around
    it: "record" for a single's or a track's cue (weaker: a band is written "the single X" too),
    "work" for any other, None for none."""
    start = max(0, m.start - 30)
    found = _WORK_BEFORE.search(body[start : m.start])
    if found is None:
        return None
    after = body[m.end : m.end + 30]
    if found["single"] and _noun_after(after):
        return None  # "the single X store": one store, not a record
    if found["track"]:
        if found["maker"] and not found["own"]:
            # "the Ann Bell track X": the word before "track" is in its maker's name (not "the X track Y Park")
            a, b = start + found.start("maker"), start + found.end("maker")
            if not any(o.label in ("PERSON", "ORG") and o.start <= a and b <= o.end for o in mentions):
                return None
        if _past_after(after):
            return None
    if found["quoted"] and not _QUOTE_CLOSES.match(after):
        return None  # a name inside a quoted headline, not the whole title
    if found["apposed"] and _SPEECH_TAG_AFTER.match(after):
        return None
    if found["recording"] and _POSSESSIVE_AFTER.match(after):
        return None  # "a remix of X's 1984 hit", "a cover of X's song": the artist, not the song
    return "record" if found["single"] or found["track"] or found["record"] else "work"


# works that a count names in a list after a comma or a dash (`_LISTED_AS_WORKS`)
_COUNTED_WORKS = ("singles", "hits", "albums", "songs", "tracks", "films", "novels", "books", "plays")


# a list of titles introduced further back: "BBC programmes from the previous seven days such as X,
# Y and Z" (the noun a clause away from "such as"; `_WORK_BEFORE` holds the adjacent form)
# (and the titles listed before the name: "programmes ... such as X, Y, Z and W" makes W one)
_LISTED_AS_WORKS = re.compile(
    r"(?:(?<![\w-])(?:programmes|shows|films|movies|series|albums|novels|books|titles|dramas|soaps|sitcoms|"
    r"documentaries|blockbusters|works|plays|songs|singles|games)(?:\s(?:[^.;:!?\"“”]{0,60}?\s)?"
    # "hits" only right before the list word ("the tax hits firms including X" is the verb); a
    # comma only right before it ("films, including X"; "the series, which featured guests including X")
    r"(?:such\s+as|including|include|included)|,\s+(?:such\s+as|including))\s+"
    r"|(?<![\w-])hits\s+(?:such\s+as|including)\s+"
    # an actor's parts, plural ("roles in X, Y and Z"; "a role in Grobco's rescue" is no list)
    r"|(?<![\w-])roles\s+in\s+"
    # a film-maker's or an actor's credits ("his film credits include X, Y and Z"; "tax credits
    # including X" are no titles)
    r"|(?<![\w-])(?:film|movie|TV|television|screen|acting|stage)\s+credits\s+(?:include|included|including)\s+"
    # made things listed right after their noun ("arcade classics such as X", "products including X";
    # "products from firms such as X" lists the firms)
    r"|(?<![\w-])(?:classics|products),?\s+(?:such\s+as|including)\s+"
    # ("her hits include X", "Ann Lee's biggest hits included X": the noun, a singer's, before a verb
    # that lists; "budget hits include X" are losses)
    r"|(?:(?<![\w-])(?:his|her|their|His|Her|Their)|[A-Z][\w-]*['’]s?)\s+(?:[a-z-]+\s+)?hits\s+includ(?:e|ed)\s+"
    # a list right after its plural noun and what makes it one ("box office hits X, Y", "the singles X
    # and Y"; "the tax hits X" is the verb)
    r"|(?<![\w-])(?:box\s+office|critical|surprise|smash|chart|sleeper)\s+hits\s+"
    # (after "singles" one title at least before the name: "two singles X has licensed" is a label's)
    r"|(?<![\w-])(?:the|his|her|their|hit|two|three)\s+singles\s+[A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){0,3}"
    r"(?:,\s+|,?\s+and\s+)"
    # works counted, then named after a comma or a dash ("two singles, X and Y", "a further two hits
    # - X and Y"): the count says what the names are
    rf"|(?P<counted>(?<![\w-])(?:two|three|four|five|six|\d+)\s+(?:[a-z-]+\s+)?(?:{alternation(_COUNTED_WORKS)})"
    r"(?:,|\s+[-–—])\s+))"
    # a title's small words between its capitalised ones ("Need for Speed", "Escape from New York")
    r"(?:(?:[Tt]he\s+)?[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|the|to|in|on|a|an|from|into|with)\s+)?[A-Z0-9][\w&’'-]*){0,3}"
    r"(?::\s+[A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){0,2})?"
    # the title's maker right before it ("products such as Grobco's Zapper, Velt's Q-Pad", "shows
    # including Channel 9's X", "the BBC's X")
    r"(?:,\s+|,?\s+and\s+)){0,4}(?:[Tt]he\s+)?(?:[A-Z][\w&-]*(?:\s+[A-Z0-9][\w&-]*)?['’]s\s+)?$"
)
# a thing that is made, right after its name ("the Windows operating system", "the Zafi.D virus",
# "the Cell processor"): a product or a technology, not its maker; a version number may come between
_PRODUCT_AFTER = re.compile(
    r"^(?:[.-][A-Z0-9]\b)?(?:\s+\d[\w.]*)?\s+(?:operating\s+systems?|virus|viruses|worms?|bugs?|trojans?|processors?|chips?|"
    r"chipsets?|chip\s+sets?|consoles?|handsets?|browsers?|aircraft|fighter\s+jets?|warships?|"
    # a program's piece: "the AutoLink feature", "the Velt toolbar"
    r"features?|toolbars?)\b"
)
# a gadget's noun after its brand, a word or two of what it does between ("the Velt quartz digital
# watch", "the Tarn pie maker"), the brand right after a determiner (`_DEVICE_BEFORE`); not a
# trade's ("a Velt camera shop"), not "radio" (a station's too), and not "watch" the verb ("Fans in
# Tarn watch the match"): a product the guide leaves out, or its maker's name where the article
# writes it before a model's name too ("Velt QV-10": an organisation), never a place or a person
_DEVICE_BEFORE = re.compile(r"(?:(?<![\w-])(?:the|a|an|its|their|his|her|this|that)|\d)\s+$", re.IGNORECASE)
_DEVICE_AFTER = re.compile(
    # the words between describe the gadget, no verb or function word ("Velt says radio ...")
    r"(?:\s+(?!(?:says|said|is|was|has|had|will|would|can|could|and|or|to|in|on|at|of|for|with|by)\b)[a-z][\w-]*){0,2}"
    r"\s+(?:watch(?!\s+(?:the|a|an|as|his|her|their|its|it|them|him|us|over|out|for)\b)|watches|calculators?|"
    r"cameras?|camcorders?|recorders?|remote\s+controls?|laptops?|pie\s+makers?|toasters?|dispensers?|"
    r"scramblers?|gadgets?)\b"
    r"(?!\s+(?:stations?|shops?|stores?|makers?|firms?|company|companies|industry|market|sales|business|"
    r"manufacturers?)\b)"
)
# the word for a medicine or a format right before its name ("the anti-depressant X", "its
# product X", "formats such as X and Y"), or a comma apposition that says it is one ("X, Acme's
# leading asthma drug"): a thing made and sold, not its maker ("drugs firm X": the noun comes last)
_MADE_THING_NOUNS = r"(?:drugs?|anti-?depressants?|painkillers?|medicines?|vaccines?|treatments?|formats?)"
_MADE_THING_BEFORE = re.compile(
    rf"(?:(?<![\w-]){_MADE_THING_NOUNS}|\b(?:its|their)\s+products?|\bbrand\s+names)"
    r"(?:,?\s+(?:such\s+as|including|like|called))?\s+(?:[A-Z][\w-]*,?\s+(?:and|or)\s+)?$"
)
_DESCRIBED_AS_MADE_THING = re.compile(
    r"^,\s+(?:an?|the|its|their|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:['’]s|(?<=s)['’]))\s+"
    r"(?:(?!(?:of|for|at|to|with|from|by|in|on|about|than)\b)[\w'’-]+\s+){0,4}"
    rf"{_MADE_THING_NOUNS}(?=[,.;)])"
)
# the products of the big computing and games platforms, a closed class: a name that is one of
# them, with its versions and editions ("Windows XP Home", "Xbox 360", "GameBoy Advance SP",
# "iPods"), is a thing made, never its maker ("Microsoft", "Apple", "Sony" stay companies)
_PRODUCT_LINE = re.compile(
    r"^(?:Windows|Xbox|Xboxes|PlayStation|Playstation|PS2|PSP|iPod|iTunes|iPhone|iPad|Linux|Macintosh|Mac|"
    r"GameBoy|Game\s+Boy|Nintendo\s+DS|Walkman|Firefox|Internet\s+Explorer|BlackBerry|Blackberry|"
    # the platforms' own programs and mail services ("iPhoto", "MSN Messenger", "Gmail")
    r"iLife|iPhoto|iMovie|iDVD|GarageBand|Garage\s+Band|QuickTime|MSN\s+Messenger|Yahoo!?\s+Messenger|Hotmail|Gmail)"
    r"(?:s|es)?"
    r"(?:\s+(?:XP|Vista|NT|ME|Me|CE|Server|Home|Professional|Pro|Media|Center|Centre|Edition|Live|Mini|Photo|OS|X|"
    r"Messenger|"
    r"Shuffle|Nano|Portable|Advance|SP\d?|DS|Express|Mobile|Update|\d[\d.]*))*$"
)
# a version named alone ("Windows 2000, 98, NT, XP"), a product where the article names the line
_PRODUCT_VERSION = re.compile(r"^(?:XP|Vista|NT|Media\s+Cent(?:er|re))$")


def written_as_work(body: str, word: str) -> bool:
    """Whether the article writes `word` right after a work's word anywhere ("the film Ray")."""
    return any(
        _WORK_BEFORE.search(body[max(0, start - 30) : start]) for start, _ in written_whole(word, body, possessive=True)
    )


def _made_thing(body: str, group: list[Mention]) -> bool:
    """A one-word name that some mention writes as a medicine or a format (`_MADE_THING_BEFORE`,
    `_DESCRIBED_AS_MADE_THING`) and none as a company or a person ("X said it", "shares in X",
    "Mr X")."""
    return (
        all(" " not in m.text for m in group)
        and any(
            _MADE_THING_BEFORE.search(body[max(0, m.start - 40) : m.start])
            or _DESCRIBED_AS_MADE_THING.match(body[m.end : m.end + 80])
            for m in group
        )
        and not any(org_cue(body, m) or honorific_before(body, m.start) for m in group)
    )


def _product(text: str, body: str) -> bool:
    """A product of a big computing or games platform (see `_PRODUCT_LINE`)."""
    text = _POSSESSIVE_END.sub("", text)
    return bool(_PRODUCT_LINE.match(text) or (_PRODUCT_VERSION.match(text) and "Windows" in body))


# an apposition that says it is a work: "X, a pervasive game that ...", "X, the Oscar-winning film,";
# the noun ends the phrase ("Y, a film producer" is a person)
_DESCRIBED_AS_WORK = re.compile(
    r"^(?:,|\s+[-–])\s+(?:an?|the|his|her|their|[A-Z][\w’'-]*['’]s)\s+"
    r"(?:(?!(?:of|for|at|to|with|from|by|behind|in|on|about|like|than)\b)[\w'’-]+,?\s+){0,4}"
    r"(?:film|movie|game|novel|album|single|song|sitcom|drama|documentary|musical|play|show|series|"
    r"programme|comedy|thriller|soap|cartoon|opera|blockbuster|bestseller|best-seller|RPG|"
    # a game's "title" only by its genre ("a 3D action title"; "a fourth title" is a sport's)
    r"(?:action|puzzle|racing|strategy|adventure|platform|role-playing|shoot-'em-up)\s+title)"
    r"(?=[,.;:)]|\s+(?:that|which|about|in|by|from|with|set|starring|released|directed|written|made|"
    r"produced|for|of|where|whose|focusing|focused|based|telling)\b)"
)
# a film's year in brackets right after its title: "X (1998)"
_FILM_YEAR = r"\s*\((?:19|20)\d\d\)"
_YEAR_IN_BRACKETS = re.compile(_FILM_YEAR)
# a work's word right after its title: "Casualty star X", "the Vera Drake director", "X (1998)"; not in a sport article,
# where "Chelsea star" is a club's player
_WORK_AFTER = re.compile(
    r"^[”\"’']?(?:\s+(?:star|stars|actor|actress|director|co-star|soundtrack|premiere|trilogy|franchise)\b"
    # "X has been named best film", "X was voted best album"
    r"|\s+(?:has\s+been|have\s+been|was|were|is)\s+(?:named|voted|crowned)\s+(?:the\s+)?best\s+(?:[\w-]+\s+)?"
    r"(?:film|picture|movie|drama|comedy|musical|album|single|song|show|programme|series|novel|book)\b"
    rf"|{_FILM_YEAR}|,\s+starring\b)"
)
# the work's noun right after its name: "the BBC's Focus on Africa programme", "the X series"; not
# an acronym ("the UN programme" is the body's) and not in sport ("the Ashes series")
WORK_NOUNS = ("programme", "series", "sitcom", "soap", "documentary", "show")
_WORK_NOUN_AFTER = re.compile(rf"^[”\"’']?\s+(?:{alternation(WORK_NOUNS)})\b(?!\s+(?:of|for)\b)")
_TV_WORK_AFTER = re.compile(r"\s+(?:TV|television)\s+(?:shows?|programmes?|series|dramas?)(?![\w-])")
# "show" is also the verb ("figures gathered by X show that"): the noun only after a determiner or
# an owner before the name ("the X show", "Channel 4's X show")
_SHOW_OWNED = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|new)|['’]s)\s+$", re.IGNORECASE)
# a title glued to another by a colon, "CSI:NY"; or named after its maker's possessive with its own
# capital article, "Philip Roth's The Plot Against America"
_GLUED_TITLE_BEFORE = re.compile(r"[\w]:$")
_GLUED_TITLE_AFTER = re.compile(r"^:(?:\w|\s+(?:Volume|Vol\.|Part|Chapter|Episode)\s|\s+The\s+[A-Z])")
_MAKERS_THE = re.compile(r"[A-Z][\w’'-]*['’]s?\s+The\s+$")
# an acronym's director is the body's ("OFHEO director said")
_BODYS_OFFICE = re.compile(r"^[A-Z]{2,}\s+director\b")
# a genre the model glued to the front of a title at a sentence's start
_GENRE_FIRST = re.compile(r"^(?:Comedy|Thriller|Drama|Musical|Documentary|Sitcom|Biopic|Sequel|Blockbuster)\s+[A-Z]")
# the name's own last word: a programme or a show, a law, an award ceremony
_WORK_TAIL = re.compile(r"\s(?:programme|show|series|Act|Bill)$")
# a treaty, a convention or a policy by its own words: an agreement, not a body ("the European
# Convention on Human Rights", "the Common Agricultural Policy", "the Kyoto Protocol"); a body's
# word in the name keeps it ("Monetary Policy Committee" ends otherwise, "Foreign Policy Centre")
_AGREEMENT = re.compile(r"(?:\s(?:Treaty|Protocol|Directive|Policy|Accords?)$|^(?:[A-Z][\w’'-]*\s+)*Convention\s+on\s)")
# a credit of a work after its title's possessive: "The Aviator's four producers", "CSI's
# co-producer", "The Libertine's executive producer"; plain "producers" and "cast" only after a
# capital "The" in the sentence ("The Aviator's"), a company's "producers" being its makers
_CREDIT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:co-producers?|executive\s+producers?|screenplay|screenwriters?)\b"
)
_CREDIT_AFTER_THE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:producers?|cast|box\s+office)\b")
# a market's measure after its name: "the ISEQ index", "the FTSE 100 index", "Brent crude"
_MEASURE_AFTER = re.compile(r"(?:\s+\d[\d-]*)?\s+(?:share\s+)?(?:index|indices|indexes|crude)\b")
# a program named in brackets after what it does: "free anti-virus software (AVG)"
_PROGRAM_BRACKET_BEFORE = re.compile(r"\b(?:software|firewall|protection|programs?|browser|app|application)\s+\($")
# a body's common noun alone, capitalised ("the Directors would take the money", "Party leader
# X", "Group B"): no organisation's name ("Bank", "Commission", "Association", "Council" and
# "Trust" are often a named body's short name, "the Association stressed", and are left alone)
_BARE_BODY_WORDS = {"party", "parties", "directors", "group", "groups"}
# a business's field at a sentence's start before the word for a company and its name
# ("Software giant Microsoft", "Media giant Viacom"): a field, not a second company
_FIELD_BEFORE_COMPANY = re.compile(r"\s+(?:giant|firm|company|maker|specialist|retailer|manufacturer)\s+")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*)$")
# a made thing named after what it is: "a system called Unicode", "online journals, called MSN
# Spaces" ("a firm called X" is a company and has no word here)
_THING_CALLED_BEFORE = re.compile(
    r"\b(?:systems?|services?|programs?|software|tools?|technology|technologies|features?|devices?|formats?|"
    r"standards?|journals?|blogs?|games?|gadgets?|applications?|apps?|viruses|virus|worms?|sites?|websites?|"
    r"compositions?|songs?|films?|movies?|novels?|albums?|singles?|tracks?|musicals?|robots?)"
    r",?\s+(?:called|named|dubbed|known\s+as|entitled|titled)\s+$"
)
# a faith, not a body of people
_FAITHS = {"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Catholicism", "Protestantism"}
# a one-word name inside a longer capitalised name joined by "of" that the model did not take
# whole ("Lord of the Rings", "Shaun of the Dead", "House of Flying Daggers", "Father of the
# House"): a piece of a title, not the organisation; the word before "of" not at a sentence's
# start ("Shares of X", "Some of X")
_OF_CHAIN_BEFORE = re.compile(r"(?<![.!?:;\"“”‘’]\s)(?<![\w’'-])(?<!^)[A-Z][\w’'-]*[a-z]\s+of\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
_OF_CHAIN_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_AWARD_TAIL = re.compile(
    # ("the Velt First Book Award 2004": its year after it)
    r"(?:\s(?:Awards?|Prizes?|Ceremony)(?:\s(?:19|20)\d\d)?|^Oscars|^Baftas|^Grammys|^Emmys|^Brits|^Golden\s+Globes?)$"
    # sport's competitions are events too: "the Champions League", "the Davis Cup", "the Australian Open",
    # in the plural too ("won three Grand Slams", "the Australian and French Opens")
    r"|\s(?:Cups?|Championships?|Troph(?:y|ies)|Olympics|Grand\s+Prix|Grand\s+Slams?|Opens?|Masters|Premiership)$"
    # gatherings: "the International Solid State Circuits Conference", "the General Election"
    rf"|\s(?:{alternation(w.capitalize() for w in EVENT_NAME_TAILS)}|Expo|Election|Elections|Show)$"
    r"|^(?:Champions\s+League|Premiership|Championship|Championships|Super\s?[Bb]owl|Six\s+Nations|Tri-Nations|Olympics"
    r"|Grand\s+Slams?|La\s+Liga|Serie\s+A|Bundesliga|Ligue\s+1)$"
    # a police or military operation: "Operation Firewall led by the Secret Service"
    r"|^Operation(?:\s+[A-Z][\w'’-]*)+$"
)
# in a sport article, a meeting or a tournament by its own last word ("the Sydney International",
# "the Kooyong Classic", "the European Indoors", "the New York Marathon", "the Games"); outside sport
# "X International" and "X Games" are companies ("Amnesty International", "Argonaut Games")
_SPORT_EVENT_TAIL = re.compile(r"(?:^|\s)(?:International|Classic|Invitational|Marathon|Indoors|Games)$")


# what a one-word games' name stands before in sport: "a Rivia silver medal", "the Rivia and
# European champion", "World and Rivia 100m champion"; a colour only as the medal ("the Rivia
# gold in 2004", not "Vell gold spikes")
_TITLE_OF_GAMES_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][a-z]+)?(?:\s+\d+m)?\s+(?:champion|champions|medal|medals|medallist|medallists|"
    r"(?:gold|silver|bronze)(?=\s+medal|[.,;:!?)]|\s+(?:in|at)\b))(?![\w-])"
)


def _games_of_a_title(body: str, m: Mention) -> bool:
    """A one-word name written as the games or the championships a title or a medal was won at
    ("a Rivia silver medal"), not an organisation or a place of its own; an acronym is the body
    whose championships they are ("a former NAA champion"), and a name the model took for a place
    is the place the title is of ("the Tarvo champion", a county's)."""
    return (
        " " not in m.text
        and not m.text.isupper()
        and m.label != "PLACE"
        and _TITLE_OF_GAMES_AFTER.match(body, m.end) is not None
    )


def _about_sport(body: str, sport: bool) -> bool:
    """An article about sport, a short sports piece or one about a single player's sport (tennis,
    athletics): where a meeting's name (`_SPORT_EVENT_TAIL`) is an event."""
    return sport or _some_sport_words(body) or is_individual_sport(body)


# a one-word name used as an award: "an Oscar", "Oscar-winning", "Bafta nominations"
_AWARD_BEFORE = re.compile(r"(?<![\w-])(?:an?|honorary|(?:first|second|third|fourth|fifth))\s+$", re.IGNORECASE)
_AWARD_AFTER = re.compile(
    r"^(?:s\b)?(?:-(?:winning|winner|winners|nominated|nominee)\b|\s+(?:nominations?|nominees?|statuettes?|"
    r"ceremony)\b)"
)
# outside sport ("a late Chelsea winner" is a goal): "Oscar winner X", "Grammy awards", and a
# gathering, "the CES trade show"
_AWARD_AFTER_WORDS = re.compile(r"^(?:s\b)?\s+(?:winners?|winning|awards?)\b")
# ... and "Bafta hopefuls", "Bafta voters" where the article also writes the plural as the
# ceremony, "the Baftas", with an award's word near it ("Labour voters": no "Labours"; "the
# Vells, a family": no award)
_AWARD_RACE_AFTER = re.compile(r"^\s+(?:hopefuls|contenders|voters|presenters|favourite|favourites|race)\b")
_AWARD_WORD = re.compile(
    r"\b(?:awards?|ceremony|nominations?|nominated|nominee|nominees|prizes?|statuettes?|winners?|[Aa]cademy)\b"
)


def _award_plural(body: str, name: str) -> bool:
    """ "the Baftas" written with an award's word within a sentence's reach of it."""
    return any(
        _AWARD_WORD.search(body[max(0, p.start() - 100) : p.end() + 100])
        for p in re.finditer(rf"\b[Tt]he\s+{re.escape(name)}s(?![\w’'-])", body)
    )


_TRADE_SHOW_AFTER = re.compile(r"^\s+trade\s+(?:shows?|fairs?)\b")
# ... and after "an X" only where the phrase ends: "won an Oscar for ...", not "a Brown government"
_AWARD_PHRASE_END = re.compile(r"^(?:[.,;:)!?]|\s+(?:for|at|in|on|and|or|this|last|next|with|as|when|but|because)\b)")
# the verbs written after a speaker's name ("X said", "X told", "X says"): after a one-word name,
# a person (single_names widens the cue with verbs of a person's alone, "joked", "sang")
SPEAKER_AFTER_VERBS = (*past_forms(*AFTER_A_NAME_LEMMAS), *present_forms("say"))
_PERSON_AFTER = re.compile(rf"^(?:['’]s)?,?\s+(?:{alternation(SPEAKER_AFTER_VERBS)}|who)\b")
# what makes a name a company or a body despite a cue ("the film company X", "X Pictures")
_BODY_OR_BAND_AFTER = (
    r"^(?:['’]s)?\s+(?:said|says|spokesman|spokeswoman|chief|boss|shares|studio|studios|pictures)\b"
    # a band by its own people or its tour: "X's frontman", "X's new line-up"
    r"|^['’]s\s+(?:(?:new|latest|debut|first|last)\s+)?(?:tour|members|line-up|frontman|singer|guitarist|drummer)\b"
)
_BODY_OR_BAND_AFTER_RE = re.compile(_BODY_OR_BAND_AFTER)
_NOT_A_WORK_AFTER = re.compile(
    _BODY_OR_BAND_AFTER
    # a maker of works by its own possessive: "X's official website", "X's new single" (a band a
    # loose writer also calls its record: "the charity single X"; a film has a website and songs too)
    + r"|^['’]s\s+(?:(?:new|latest|official|debut|first|last)\s+)?(?:singles?|songs?|albums?|website)\b"
)


def _acts_somewhere(body: str, group: list[Mention], strong: bool) -> bool:
    """Written somewhere as a company or a work's maker (`_NOT_A_WORK_AFTER`), at a mention or where
    the model took no mention ("X's official website" after "the charity single X"); after a
    strong work cue ("the film X") only as a company or a band (`_BODY_OR_BAND_AFTER`)."""
    after = _BODY_OR_BAND_AFTER_RE if strong else _NOT_A_WORK_AFTER
    return any(
        after.match(body[end : end + 30])
        for text in {m.text for m in group}
        for _, end in written_whole(text, body, possessive=True)
    )


def _used_as_award(body: str, group: list[Mention], sport: bool = False) -> bool:
    """A one-word name that is an award where it is written ("won an Oscar", "Bafta-nominated",
    "his Grammy nominations", outside sport "Oscar winner X", "Grammy awards") or a gathering
    ("the CES trade show"), and nowhere a person ("X said", "Mr X", "X, who")."""
    if any(" " in m.text or honorific_before(body, m.start) for m in group):
        return False
    if any(_PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group):
        return False
    return any(
        (
            _AWARD_BEFORE.search(body[max(0, m.start - 12) : m.start])
            and _AWARD_PHRASE_END.match(body[m.end : m.end + 9])
        )
        or _AWARD_AFTER.search(body[m.end : m.end + 16])
        # an acronym before "awards" is the body that gives them ("the PFA awards")
        or (not sport and not m.text.isupper() and _AWARD_AFTER_WORDS.search(body[m.end : m.end + 16]))
        or (not sport and _TRADE_SHOW_AFTER.search(body[m.end : m.end + 16]))
        or (not sport and _AWARD_RACE_AFTER.search(body[m.end : m.end + 16]) and _award_plural(body, m.text))
        # the race for it: "X hopefuls Tom Pell and Ida Varn", "X contenders"; the prize of a
        # category, the name closing the phrase: "the best actress X," (not "the best album X has
        # made"); never a place's ("the Dublin hopefuls": a team's)
        or (
            not sport
            and m.label != "PLACE"
            and (
                _AWARD_FIELD_AFTER.match(body, m.end)
                or (
                    _BEST_CATEGORY_BEFORE.search(body, max(0, m.start - 40), m.start)
                    and _BEST_CATEGORY_PRIZE_END.match(body, m.end)
                )
            )
        )
        for m in group
    )


# the field of an award's race after its name ("hopefuls", "contenders"), where no plural of the
# name is written ("Labour voters" stay the party's; "the X field" may be an oil field; "X favourite
# Tom Pell" is a patron's or a crowd's favourite: "Blair favourite", "Hollywood favourite")
_AWARD_FIELD_AFTER = re.compile(r"\s+(?:hopefuls|contenders|front-?runners?)\b")
# a category's prize: "the best actress X", "his best supporting actor X"
_BEST_CATEGORY_BEFORE = re.compile(
    r"(?<![\w-])(?:the|a|an|his|her|their)\s+best\s+(?:supporting\s+|leading\s+|new\s+)?"
    r"(?:actor|actress|director|film|picture|album|single|song|newcomer|comedy|drama|game|score|screenplay)\s+$"
)
# what closes a category's prize after its name: a stop, a preposition or the prize's own words ("the
# best actress X for ...", "the best actress X at the ceremony", "the best film X nomination")
_BEST_CATEGORY_PRIZE_END = re.compile(
    r"(?=[,.;:)]|\s+(?:for|at|in|from|winner|winners|nominations?|nominees?|statuettes?|awards?|race|nod)\b)"
)


def awards_giver(body: str, group: list[Mention]) -> bool:
    """ "X said" where the article also writes "the X awards" or "the X games awards": the body
    that gives the awards (an academy), no person or place; a one-word name, never a first name
    or after an honorific."""
    if any(
        " " in m.text or is_first_name(m.text) or honorific_before(body, m.start) or m.text.isupper() for m in group
    ):
        return False
    return any(_GIVES_AWARDS_AFTER.match(body, m.end) for m in group) and any(
        _PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group
    )


# "X awards", "the X games awards": what a body gives, named after it
_GIVES_AWARDS_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+[Aa]wards\b")


def _of_chain_piece(body: str, m: Mention, named: set[int]) -> bool:
    """A one-word name written inside a longer capitalised name joined by "of" (`_OF_CHAIN_BEFORE`),
    the name on the other side of "of" no organisation or place of its own."""
    before = _OF_CHAIN_BEFORE.search(body[max(0, m.start - 30) : m.start])
    if before is not None:
        word_end = max(0, m.start - 30) + before.start() + len(before.group(0).split()[0])
        return word_end not in named
    after = _OF_CHAIN_AFTER.match(body, m.end)
    # "told the Herald-Mail of Hagerstown": a name after "the" is a body's, its place after "of"
    return (
        after is not None
        and after.end() - 1 not in named
        and not _THE_BEFORE.search(body[max(0, m.start - 4) : m.start])
    )


def _not_a_body(body: str, group: list[Mention], named: set[int], table: EntityTable) -> bool:
    """An organisation's mentions that name something else: a faith ("Islam"), a body's common
    noun alone ("the Directors", "Party leader X"), a business's field at a sentence's start
    ("Software giant Microsoft"), a treaty or a policy (`_AGREEMENT`), a market's measure ("the
    ISEQ index", "Brent crude"), a program named in brackets after what it does ("anti-virus
    software (AVG)") or after "called" ("a system called Unicode"), or a one-word piece of a longer name the model did not take whole ("Lord of
    the Rings" as "Rings")."""
    if all(_POSSESSIVE_END.sub("", m.text) in _FAITHS for m in group):
        return True
    if group[0].label != "ORG":
        return False
    if all(_POSSESSIVE_END.sub("", m.text).lower() in _BARE_BODY_WORDS for m in group):
        return True  # "the Directors", "Party leader X"
    if not any(" " in m.text or table.canonical(m.text) for m in group) and all(
        _SENTENCE_BEFORE.search(body[max(0, m.start - 5) : m.start])
        and (field := _FIELD_BEFORE_COMPANY.match(body, m.end)) is not None
        and field.end() in named
        for m in group
    ):
        return True  # "Software giant Microsoft"
    if any(
        _AGREEMENT.search(m.text)
        or _PROGRAM_BRACKET_BEFORE.search(body[max(0, m.start - 30) : m.start])
        or _THING_CALLED_BEFORE.search(body[max(0, m.start - 40) : m.start])
        for m in group
    ):
        return True
    if all(_MEASURE_AFTER.match(body, m.end) for m in group):
        return True  # every mention a measure: "the KSE index" and "the KSE's performance" name the exchange
    return (
        not any(" " in m.text for m in group)
        and all(_of_chain_piece(body, m, named) for m in group)
        and not any(table.canonical(m.text) for m in group)  # "Strategy Analytics of Boston": a known place
    )


def _glued_title(body: str, m: Mention) -> bool:
    """ "CSI:NY", "Kill Bill: Volume 2": a title glued to another by a colon."""
    if body[m.start - 1 : m.start] == ":" and _GLUED_TITLE_BEFORE.search(body[max(0, m.start - 2) : m.start]):
        return True
    return body[m.end : m.end + 1] == ":" and _GLUED_TITLE_AFTER.match(body[m.end : m.end + 12]) is not None


def _work_noun_after(body: str, m: Mention) -> bool:
    """A work's noun right after the name ("the X series"); "show" only as a noun (`_SHOW_OWNED`)."""
    found = _WORK_NOUN_AFTER.match(body[m.end : m.end + 20])
    if found is None:
        return False
    return (
        not found.group(0).rstrip().endswith("show")
        or _SHOW_OWNED.search(body[max(0, m.start - 12) : m.start]) is not None
    )


# a sequel's or an edition's number right after a title ("Spiderman 2", "Pro Evolution Soccer 4",
# "Halo 2 on Xbox"): one digit, as sequels have; not a count, a score or a measure after the name
# ("Smith 2-1", "Jones 2.5", "Brown 3 goals"), not a minute or a year ("Grady 29", "Fifa 2005")
_SEQUEL_NUMBER = re.compile(r"\s[2-9]$")
_SEQUEL_NUMBER_AFTER = re.compile(
    r"^\s[2-9](?![\w%/–-]|[.,:]\d|\s*(?:[-–]|per\b|times\b|goals?\b|points?\b|years?\b|months?\b|weeks?\b|"
    r"days?\b|hours?\b|minutes?\b|million\b|billion\b|[Mm]\b|bn\b|%))"
)
# what follows a number that the name took in: a score or a measure ("Mario Ancic 6-4")
_NUMBER_GOES_ON = re.compile(r"^(?:[\w%/–-]|[.,:]\d|\s*[-–]\s*\d)")
# a results or a line-up list, names with numbers ("Archibald 19, Grady 29", "(Stewart 51)"): no sequels
_NAME_NUMBER_LIST = re.compile(r"[A-Z][\w’'-]+ \d{1,2}(?:[,)]|\s*\n)")


# a game named after its kind: "rhythm game X", "the popular game X" (not "the game X" nor "a game
# X": a match or a player in a report)
_GAME_CUE_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?!(?:the|a|an|this|that|his|her|its|their|next|last|first|final|big|same)\s)[a-z][a-z'-]*|-only)"
    r"\s+game\s+$"
)
# a game named after its platform: "PlayStation 2 title X", "PC title X" (the platform one of
# `_PRODUCT_LINE`'s or `_GAME_PLATFORMS`; "Emap title X" is a publisher's paper)
_TITLE_AFTER_WORDS = re.compile(r"(?<![\w’'-])((?:[A-Z\d][\w-]*\s+){1,3})title\s+$")
# the games platforms that are no product line of `_PRODUCT_LINE` ("PC" alone is also a constable)
_GAME_PLATFORMS = frozenset({"PC", "GameCube", "N-Gage", "Nintendo"})
# a title and its subtitle after a colon inside one name ("Grobco Quest: Dark Tide")
_SUBTITLED = re.compile(r"^(?:[A-Z][\w’'-]*\s+)(?:(?:of|the|and)\s+|[A-Z][\w’'-]*\s+)*?[A-Z][\w’'-]*:\s+[A-Z]")
# a name ending in a year, three words or more ("Pell McRae Rally 2005"): an edition's title
_YEAR_EDITION = re.compile(r"^(?:\S+\s+){2,}(?:19|20)\d\d$")


# a role played in a work, after the player's possessive: "his X character David"
_CHARACTER_AFTER = re.compile(r"\s+character\s+[A-Z]")
_PLAYERS_BEFORE = re.compile(r"(?<![\w-])(?:his|her|their)\s+$")
# a work's star named right after a title: "X star Tom Pell"
_STAR_AFTER = re.compile(r"\s+star\s+(?:(?:Dame|Sir)\s+)?[A-Z][a-z]+\s+[A-Z]")


def _role_in_work(body: str, m: Mention) -> bool:
    """ "his X character David": the name is the work the role is played in."""
    return bool(_CHARACTER_AFTER.match(body, m.end) and _PLAYERS_BEFORE.search(body, max(0, m.start - 8), m.start))


def _game_title(body: str, group: list[Mention]) -> bool:
    """A game's title the model took for a person or a firm: a game's cue right before a mention
    (`_GAME_CUE_BEFORE`, `_platform_before`; not before a person's first name), a subtitle after a colon inside the name, or (a "person") a year at
    the end of a name of three words or more; never an entity written acting as a company, nor
    one with an honorific or speaking."""
    if any(honorific_before(body, m.start) or _PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group):
        return False
    if not any(
        (
            _GAME_CUE_BEFORE.search(body[max(0, m.start - 30) : m.start])
            or _platform_before(body[max(0, m.start - 40) : m.start])
        )
        # "the home game Tom Pell, the club's owner": a person's first name is no game's
        and not (m.label == "PERSON" and is_first_name(m.text.split()[0]))
        or _SUBTITLED.match(m.text)
        or (m.label == "PERSON" and _YEAR_EDITION.match(m.text))
        for m in group
    ):
        return False
    return not _acts_somewhere(body, group, False)


def _platform_before(before: str) -> bool:
    """Whether `before` ends in a games platform and "title" ("Sony PlayStation 2 title ")."""
    match = _TITLE_AFTER_WORDS.search(before)
    if match is None:
        return False
    words = match.group(1).split()
    return any(
        " ".join(words[i:]) in _GAME_PLATFORMS or _PRODUCT_LINE.match(" ".join(words[i:])) for i in range(len(words))
    )


def _numbered_title(body: str, group: list[Mention]) -> bool:
    """A "person" written with a sequel's number after it somewhere ("Spiderman 2", "Tony Hawk's
    Underground 2"): its first word no first name (but for a possessive in the name, "X's Y 2"),
    nowhere with an honorific or speaking ("X said", "X, who"), the article no list of names and
    numbers (a results list, "Grady 29, Crawford 41")."""
    if any(honorific_before(body, m.start) or _PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group):
        return False
    if any(is_first_name(m.text.split()[0]) and "'s " not in m.text and "’s " not in m.text for m in group):
        return False
    numbered = any(
        _SEQUEL_NUMBER.search(m.text) and not _NUMBER_GOES_ON.match(body[m.end : m.end + 4]) for m in group
    ) or any(
        # the number after the name where the model did not take it ("Halo 2 on Xbox ... playing Halo")
        _SEQUEL_NUMBER_AFTER.match(body[end : end + 16])
        for text in {m.text for m in group}
        for _, end in written_whole(text, body, possessive=True)
    )
    return numbered and len(_NAME_NUMBER_LIST.findall(body)) < 3


# the list goes on after its first name: "two singles, X and Y", "two hits - X, Y"
_LIST_GOES_ON_AFTER = re.compile(r"(?:,\s+|,?\s+and\s+)(?:[Tt]he\s+)?[A-Z]")
_LIST_WORDS = ("such as", "includ", "roles in", *_COUNTED_WORKS)


# the names of a counted list, from its first to its last ("two films, X, Y and Z")
_COUNTED_NAMES = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){0,3}"
    r"(?:(?:,\s+|,?\s+and\s+)(?:[Tt]he\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){0,3})*"
)
# the list ends: punctuation, or a preposition or time word after its last name ("three films, X and
# Y in the last decade", "two films, X and Y last year", "The Lord of the Rings")
_LIST_CLOSES = re.compile(
    r"\s*(?:$|[.;:)!?]|,|\s[-–—]\s)"
    r"|\s+(?:in|on|at|of|for|from|with|by|to|last|this|next|during|since|before|after)\b"
)


def _counted_list_closes(body: str, start: int, m: Mention) -> bool:
    """Whether the list of names a count opens at `start` ends, past `m`, with punctuation or a
    preposition or time word ("three films, X and Y.", "... X and Y last year"), no verb right after its last name ("three films, Ann Pell and Tom Velt said":
    a count's clause, then people who speak)."""
    found = _COUNTED_NAMES.match(body, start)
    if found is None or found.end() < m.end:
        return True  # no list the pattern reads: the caller's tests decide
    return bool(_LIST_CLOSES.match(body, found.end())) and not _SPEECH_TAG_AFTER.match(
        body[found.end() : found.end() + 40]
    )


def listed_as_work(body: str, m: Mention) -> bool:
    """Written in a list of titles ("films such as X, Y and Z"), not as a title's maker ("X's")."""
    window = body[max(0, m.start - 160) : m.start]
    if not any(word in window for word in _LIST_WORDS):
        return False
    found = list(_LISTED_AS_WORKS.finditer(window))
    if found and found[-1].group().startswith("roles") and m.text.split()[-1].lower() in BODY_NAME_ENDS:
        return False  # "roles in Grobco Holdings, Velt Bank and the Tarn Group": jobs at bodies
    if (
        found
        and found[-1].group("counted") is not None
        and (
            _SPEECH_TAG_AFTER.match(body[m.end : m.end + 40])
            # the first name of the list (none between the count and it) needs the list to go on
            or (found[-1].end("counted") == len(window) and not _LIST_GOES_ON_AFTER.match(body, m.end))
            or not _counted_list_closes(body, max(0, m.start - 160) + found[-1].end("counted"), m)
        )
    ):
        return False  # "two albums, Tom Pell said", "two hits - Ann Bell, the singer, told us": no list
    return (
        bool(found)
        and body[m.end : m.end + 1] not in "'’"
        and not _NOUN_AFTER_TITLE.match(body, m.end)  # "included the Stephen King adaptation X": its maker
    )


# the list after "roles in", to its end: names joined by commas and "and"
_ROLES_IN_LIST = re.compile(
    r"(?<![\w-])roles\s+in\s+((?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,2}){1,5})"
)


def _roles_in_places(body: str, m: Mention, mentions: list[Mention], table: EntityTable) -> bool:
    """ "senior roles in Tarbury, Paris and Japan": jobs held in places, not an actor's parts, where
    every name of the list is a place and one is a place the table knows."""
    for found in _ROLES_IN_LIST.finditer(body, max(0, m.start - 160), min(len(body), m.end + 160)):
        a, b = found.span(1)
        if not a <= m.start < b:
            continue
        listed = [o for o in mentions if a <= o.start < b]
        names = _SPLIT_LIST.split(found.group(1))
        return (
            len(listed) == len(names) >= 2
            and all(o.label == "PLACE" for o in listed)
            and any(
                (entry := table.entry(table.canonical(o.text) or "")) is not None and entry.label == "PLACE"
                for o in listed
            )
        )
    return False


# a lower-case word after a name in a list of titles that goes on with no list word: the name
# describes the title ("the X adaptation Y") rather than being one
_NOUN_AFTER_TITLE = re.compile(
    r"\s+(?!(?:and|or|in|on|at|for|with|from|to|by|which|that|who|were|was|are|is|have|has|had|both|as|"
    r"about|all|also|among|but|each|now|so|then|this|these|when|where|while|won|made)\b)[a-z]"
)


# a work its maker owns, right before its title: "his album X", "her latest novel X", "their debut single X"
_POSSESSED_WORK = re.compile(
    r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:new|latest|debut|first|second|third|last|next|forthcoming|upcoming)\s+)?"
    r"(?:album|single|track|novel|film|movie|book|play|song|sitcom|documentary|musical)\s+[“\"‘']?$"
)
# a work's credit right after its title and before the person credited: "the Riverside Lane star Dame
# Ada Brook", "Night Garden director Tomas Ek" (a person's name is not followed so); the capitalised
# word is the name's first or its honorific ("Dame", "Lord")
_CREDIT_BEFORE_NAME = re.compile(
    r"^\s+(?:star|co-star|actor|actress|director|author|writer|creator|screenwriter)\s+[A-Z][\w’'-]*[a-z]"
)


# what is said only of a television programme, right before its name or right after it: "evicted
# from X", "episodes of X"; "X's second series", "X, which is now in its third series", "X attracted
# fewer viewers", "X was the only sitcom on ..." (a soap's noun then no other noun: "a soap
# star" describes a person)
_ORDINAL_WORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|new|next|final"
_PROGRAMME_BEFORE = re.compile(
    r"(?<![\w-])(?:evicted\s+from|housemates?\s+(?:in|on)|contestants?\s+(?:in|on)|episodes?\s+of|viewers\s+of|"
    # "the latest series of X", "the second series of X" (not "a series of X")
    rf"(?:{_ORDINAL_WORDS})\s+series\s+of)"
    r"\s+$"
)
_PROGRAMME_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:{_ORDINAL_WORDS})\s+(?:series|season)\b"
    rf"|,\s+which\s+is\s+(?:now\s+)?in\s+its\s+(?:{_ORDINAL_WORDS})\s+(?:series|season)\b"
    r"|\s+(?:attracted|drew|pulled\s+in|lost|gained|had)\s+(?:(?:more|fewer|less|an?\s+average|an?|almost|nearly|"
    r"over|about|some|of|just|only|[\d.,]+|million|m)\s+){0,4}viewers\b"
    r"|\s+(?:has\s+become|became|is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:soap|sitcom|soap\s+opera)"
    r"(?=[,.;:]|\s+(?:to|that|which|in|on|of|ever)\b))"
)


def _programme_cue(body: str, group: list[Mention]) -> bool:
    """A name of several words written, somewhere in the article, with what is said only of a
    television programme ("evicted from X", "X's second series", "X attracted fewer viewers"), led
    by no first name ("Tom Pell's second series" is his), not made only of words the lexicon lacks
    ("Ishvari Korvanek's second series" is a presenter's: a programme's name holds a common word,
    "Velt Street", "Celebrity Dorm") and nowhere addressed."""
    if any(
        " " not in m.text
        or is_first_name(m.text.split()[0])
        or all(unknown_word(w) for w in m.text.split())
        or honorific_before(body, m.start)
        for m in group
    ):
        return False
    # every place the article writes the name, tagged or not
    return any(
        _PROGRAMME_BEFORE.search(body, max(0, start - 30), start) or _PROGRAMME_AFTER.match(body[end : end + 80])
        for text in {m.text for m in group}
        for start, end in written_whole(text, body, possessive=True)
    )


def _credited_title(body: str, group: list[Mention]) -> bool:
    """A "person" of several words written as a work's title before its credit and a name
    ("Night Garden director Tomas Ek"), nowhere addressed or speaking ("X said", "X, who")."""
    if any(honorific_before(body, m.start) or _PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group):
        return False
    return any(" " in m.text and _CREDIT_BEFORE_NAME.match(body[m.end : m.end + 40]) for m in group)


# a prize's winner or nominee and the work it was for, in one sentence: "the poetry prize went to Ann
# Bell for X", "nominations include Tom Gale's for X"; the capitalised word right before "for" is the
# winner's name (a lower-case one is a verb's object: "won votes for X")
_AWARDED_FOR_BEFORE = re.compile(
    r"\b(?:prizes?|awards?|awarded|winners?|won|nominated|nominations?|shortlisted|shortlist)\b[^.!?;:]{0,120}?"
    r"(?<![\w’'-])(?P<winner>[A-Z][\w’'-]*[a-z](?<!['’]s))(?:['’]s?)?\s+for\s+(?:[Tt]he\s+)?[“\"‘']?$"
)
# the last word of a body's name, as no work's title ends: "Tarlow Council", "Dorran Hospice", "Varnholt Bank"
_BODY_LAST_WORDS = (
    BODY_WORDS | COMPANY_WORDS | FACILITY_WORDS | {"bank", "hospice", "hospital", "school", "charity", "fund"}
)
# an apposition naming a body: "X, the firm she founded", "X, a lender"
_BODY_APPOSED_AFTER = re.compile(
    r"^,\s+(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:firm|company|business|lender|bank|charity|"
    r"group|retailer|insurer|maker|brewer|airline|council|trust|agency|club|union|party|school|university|"
    r"hospital|hospice|body)\b"
)
# another winner and what they won for, beside this one: "Tom Pell for X and Ann Bell for Y"
_PAIR_GAP = re.compile(r"^(,?\s+(?:and\s+)?)(.+?)(['’]s?)?\s+for\s+(?:the\s+)?$")


def body_apposed_after(text: str) -> bool:
    """ ", a family firm that makes boats": `text` opens with an apposition naming a body, not the
    subject of a closing attribution (", the firm said")."""
    found = _BODY_APPOSED_AFTER.match(text)
    return found is not None and not _SPEECH_TAG_AFTER.match(text[found.end() :])


def firm_acts_after(text: str) -> bool:
    """What follows a name as only a firm's or a body's would, with the place it is in skipped
    ("X in Velshire said it would ...", "... , a family firm", "... chief executive", "... fell 4p"):
    the name is the one that acts, not the place."""
    return bool(
        body_apposed_after(text)
        or _IT_SAID_AFTER.match(text)
        or _ORG_AFTER.match(text)
        or _DESCRIBED_AS_COMPANY.match(text)
        or _PRICE_MOVE_AFTER.match(text)
        or _MADE_AFTER.match(text)
    )


# a name's own place right after it: "X in Velshire", "X in the Tarn Valley" (the place's words)
_IN_ITS_PLACE_AFTER = re.compile(r"^\s+in\s+(?:the\s+)?[A-Z]")
# another name in its place and a list's word before this one: "Grobco in Velt and X in Tarn"
_LISTED_IN_PLACES_BEFORE = re.compile(r"^\s+in\s+(?:the\s+)?[A-Z][^,;.]*?(?:,\s+|,?\s+and\s+)$")


def firm_around_its_place(body: str, start: int, place_end: int) -> bool:
    """A firm's cue around a name at `start` written with its place ("X in Velshire", the place
    ending at `place_end`): shares in it before, or what only a firm does after the place; not a
    name that is itself the place of something else ("prices in Keswick in Cumbria rose", "a fire in
    Selby in Yorkshire has halted production": what follows is said of the prices, the fire)."""
    if _SHARES_BEFORE.search(body, max(0, start - 40), start):
        return True
    return not _IN_A_PLACE.search(body, max(0, start - 20), start) and firm_acts_after(body[place_end : place_end + 80])


def firm_in_its_place(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """A name followed by the place it is in ("X in Velshire", a tagged place) that a firm's cue
    reads across: what only a firm does after that place ("X in Velshire said it", "..., a family
    firm"), shares in it, or a firm's name (by its company's word) in its own place listed right
    before it ("makers such as Grobco Holdings in Velt and X in Tarnia"; "Velt in France and X in
    Portugal" lists places, whatever the model took Velt for). "In Velshire" is then where the firm
    is, no evidence that X is a place."""
    found = _IN_ITS_PLACE_AFTER.match(body[m.end : m.end + 40])
    if found is None:
        return False  # (most names: no mention is looked at)
    at = m.end + found.end() - 1
    place = next((o for o in reversed(mentions) if o.label == "PLACE" and o.start == at), None)
    if place is None:
        return False
    if firm_around_its_place(body, m.start, place.end):
        return True
    return any(
        o.label == "ORG"
        and (_words(o.text) or [""])[-1] in COMPANY_WORDS  # a firm by its own name ("Grobco Holdings")
        and (listed := _LISTED_IN_PLACES_BEFORE.match(body[o.end : m.start])) is not None
        and listed.end() == m.start - o.end
        for o in mentions
        if m.start - 80 < o.end < m.start
    )


def _a_bodys_name(body: str, m: Mention) -> bool:
    """A name ending in a body's word ("Tarlow Council") or apposed to one ("X, the firm she founded")."""
    words = _words(m.text)
    return bool(words and words[-1] in _BODY_LAST_WORDS) or bool(_BODY_APPOSED_AFTER.match(body[m.end : m.end + 60]))


def _awarded_for(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """Written as the work a prize's winner or nominee won it for (`_AWARDED_FOR_BEFORE`): the
    word before "for" ends a person's name ("won by Ferrovia for X" is a firm's contract), the
    name is no possessor, and neither it nor one paired with it the same way is a body's ("Tom
    Pell for X and Ann Bell for Varnholt Bank": what each won for is of one kind)."""
    start = max(0, m.start - 160)
    found = _AWARDED_FOR_BEFORE.search(body[start : m.start])
    if found is None:
        return False
    end = start + found.end("winner")
    if not any(o.label == "PERSON" and o.end == end for o in mentions) or _a_bodys_name(body, m):
        return False
    if _POSSESSIVE_AFTER.match(body[m.end : m.end + 3]):
        return False  # "praise from Ann Bell for X's quick response": what X did, not X

    return not any(
        _a_bodys_name(body, other) for other in mentions if other is not m and _paired(body, m, other, mentions)
    )


def _paired(body: str, m: Mention, other: Mention, mentions: list[Mention]) -> bool:
    """Whether `other` is what the next or the previous winner in a list won for ("X and Ann Bell for Y")."""
    first, second = (m, other) if m.end <= other.start else (other, m)
    if not 0 < second.start - first.end <= 60:
        return False
    gap = _PAIR_GAP.match(body[first.end : second.start])
    if gap is None:
        return False
    a, b = first.end + gap.end(1), first.end + gap.end(2)
    return any(o.label == "PERSON" and o.start == a and o.end == b for o in mentions)


def _titled_words(body: str, group: list[Mention], mentions: list[Mention]) -> bool:
    """A "person" of several words that is a title: written right after a work's word ("his album
    X Y", "their programme X Y") or described as a work, its first word no first name, no
    honorific and nowhere speaking."""
    if any(honorific_before(body, m.start) or _PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group):
        return False
    if all(" " in m.text for m in group) and any(
        _POSSESSED_WORK.search(body[max(0, m.start - 40) : m.start]) for m in group
    ):
        return True  # "his album Innocent Man": a first name too, but no one is named so twice, nor by a surname
    if any(is_first_name(m.text.split()[0]) for m in group):
        return False
    return any(
        _work_cue_before(body, m, mentions) or _DESCRIBED_AS_WORK.search(body[m.end : m.end + 60]) for m in group
    )


_TITLE_GAP = re.compile(r"^(?:,\s+|,?\s+and\s+|\s+of\s+(?:the\s+)?)$")


def _titled(mention: Mention, titles: list[tuple[int, int]], spelled: set[str]) -> bool:
    """Inside a stretch the model called a work ("The Life and Death of X"), or spelled like one."""
    return any(a <= mention.start and mention.end <= b for a, b in titles) or mention.text in spelled


def works(
    body: str, mentions: list[Mention], table: EntityTable, titles: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """The mentions without works (films, albums, programmes), laws and awards that the model
    typed as organisations or people, decided over all the mentions of each entity: a work cue at
    any mention ("the film X", "X star Y", a name ending in "programme" or "Act") and no sign
    anywhere that it acts as a company ("X said", "an X spokesman"). Awards become events, a
    one-word name too where it is used as one ("an Oscar", "Oscar-winning").
    The table's entries are kept as they are. Works are left out, as the model's own
    WORK_OF_ART spans are, and so are brands listed as such ("its brands include X, Y and Z")."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.entity_id].append(mention)
    sport = is_sport(body)
    dropped: set[str] = set()
    products: set[str] = set()  # dropped too
    spelled = {_LEADING_THE.sub("", body[a:b]) for a, b in titles or []}
    # every place the article writes a title the model saw once
    titles = [(m.start(), m.end()) for t in spelled if len(t) > 3 for m in re.finditer(re.escape(t), body)]
    # where the other organisations and places are: "Samsung of South Korea", "Strategy Analytics
    # of Boston" are no pieces of a longer name
    named = {m.start for m in mentions if m.label in ("ORG", "PLACE")} | {
        m.end for m in mentions if m.label in ("ORG", "PLACE")
    }  # the ends of organisations and places, and where each starts
    for entity_id, group in groups.items():
        if group[0].label not in ("ORG", "PERSON", "PLACE", "NORP") or table.entry(entity_id) is not None:
            continue
        if all(_product(m.text, body) for m in group) or _made_thing(body, group):
            # "Windows XP", "the Xbox": a platform's product, not its maker; a list it is in
            # makes works of the names beside it only where a work's cue says it is one
            products.add(entity_id)
        if group[0].label == "NORP":
            continue
        if all(_titled(m, titles, spelled) for m in group):
            dropped.add(entity_id)  # every mention is inside or spelled like a work the model saw
            continue
        if group[0].label == "ORG" and all(_TITLE_CASED.search(m.text) for m in group):
            dropped.add(entity_id)  # "Can Towns Run Their Own Parks", "Charter For A": a title
            continue
        if group[0].label in ("PLACE", "PERSON") and not sport and awards_giver(body, group):
            for m in group:
                m.label = "ORG"  # "Velta said" beside "the Velta games awards": the academy
            continue
        if (
            any(_AWARD_TAIL.search(m.text) for m in group)
            or (any(_SPORT_EVENT_TAIL.search(m.text) for m in group) and _about_sport(body, sport))
            or _used_as_award(body, group, sport)
            or (_about_sport(body, sport) and all(_games_of_a_title(body, m) for m in group))
        ):
            for m in group:
                m.label = "EVENT"
            continue
        if (
            group[0].label in ("PLACE", "PERSON")
            and all(" " not in m.text for m in group)
            and not any(table.canonical(m.text) for m in group)  # a place the table knows stays a place
            and any(
                _DEVICE_BEFORE.search(body, max(0, m.start - 8), m.start) and _DEVICE_AFTER.match(body, m.end)
                for m in group
            )
        ):
            # a model's name right after the brand: capitals then a digit ("Velt QV-10", "Velt X100"),
            # never a name's next word or a year ("Velkovo Council", "London 2012")
            if re.search(rf"(?<![\w’'-]){re.escape(group[0].text)}\s+[A-Z]{{1,4}}-?\d", body):
                for m in group:
                    m.label = "ORG"  # "the Velt pocket calculator" beside the model "Velt QV-10": the maker
            else:
                products.add(entity_id)  # "the Velt quartz digital watch": a gadget's brand, no place or person
            continue
        if group[0].label == "PLACE":
            # a place is a work only right after a work's word ("comedy Sideways", "movie The Sea
            # Inside"), never by what follows ("Hollywood star", "a London premiere"), but for a
            # made thing's noun ("the Windows operating system") or an apposition ("X, a game")
            if (
                not any(table.canonical(m.text) for m in group)
                # "senior roles in Tarbury, Paris and Japan": jobs in places
                and not any(_roles_in_places(body, m, mentions, table) for m in group)
                and any(
                    _work_cue_before(body, m, mentions)
                    or listed_as_work(body, m)  # "films such as Tarbury, Ray and Sideways"
                    or _programme_cue(body, [m])  # "evicted from Tarbury Court", "Tarbury Court's second series"
                    or (not m.text.isupper() and _PRODUCT_AFTER.search(body[m.end : m.end + 30]))
                    or _DESCRIBED_AS_WORK.search(body[m.end : m.end + 60])
                    or _role_in_work(body, m)
                    # "X star Tom Pell": a name of words the table does not know as a place, outside sport
                    or (not sport and " " in m.text and _STAR_AFTER.match(body, m.end))
                    # a film's year in brackets, outside sport ("Athens (2004)" is a Games' host city there)
                    or (not sport and _YEAR_IN_BRACKETS.match(body, m.end))
                    for m in group
                )
            ):
                dropped.add(entity_id)
            continue
        if any(_GENRE_FIRST.match(m.text) for m in group):
            dropped.add(entity_id)  # "Comedy Meet The Fockers": a genre glued to a title
            continue
        if group[0].label in ("PERSON", "ORG") and not sport and _game_title(body, group):
            dropped.add(entity_id)  # "rhythm game Velt Bongo", "PC title Grobco: Dawn", "Pell Rally 2005"
            continue
        if group[0].label == "PERSON" and not sport and _numbered_title(body, group):
            dropped.add(entity_id)  # "Spiderman 2": a title and its sequel's number
            continue
        if (
            group[0].label == "PERSON"
            and all(" " in m.text for m in group)  # one word ("Velt browsers") may be the maker's
            and not any(is_first_name(m.text.split()[0]) or honorific_before(body, m.start) for m in group)
            # wherever the article writes the name, tagged or not
            and any(_PRODUCT_AFTER.search(body[end : end + 30]) for _, end in written_whole(group[0].text, body))
        ):
            products.add(entity_id)  # "the Smart Widgets feature": a program's piece, no first name
            continue
        if group[0].label == "PERSON" and any(" " in m.text or honorific_before(body, m.start) for m in group):
            if (
                _titled_words(body, group, mentions)
                or (not sport and _credited_title(body, group))
                or (not sport and _programme_cue(body, group))  # "Celebrity Dorm attracted fewer viewers"
                or (
                    not sport
                    and not any(is_first_name(m.text.split()[0]) for m in group)
                    and any(_awarded_for(body, m, mentions) for m in group)
                )
                or (
                    # "blockbusters such as Saving Private Ryan, Forrest Gump and Ghost": a title
                    any(listed_as_work(body, m) or _glued_title(body, m) for m in group)
                    and not any(". " in m.text for m in group)  # "Malcolm X. Attallah Shabazz": a sentence's end inside
                    and not any(
                        honorific_before(body, m.start) or _PERSON_AFTER.search(body[m.end : m.end + 12]) for m in group
                    )
                )
            ):
                dropped.add(entity_id)  # "their programme Trading Moms": words, not a first name
            continue  # a person's full name: "the film Ray" is about Ray Charles too
        if _not_a_body(body, group, named, table):
            products.add(entity_id)  # left out, but makes no work of the names listed beside it
            continue
        cues_before = [_work_cue_before(body, m, mentions) for m in group]
        # a cue other than a single's or a track's: no official website makes a band of the film X
        strong = (
            "work" in cues_before
            or any(
                _WORK_TAIL.search(m.text)
                or _CREDIT_AFTER.match(body, m.end)
                or (body[m.start - 4 : m.start] == "The " and _CREDIT_AFTER_THE.match(body, m.end))
                # "titles from developers such as X's game": a possessor makes the title, is none
                or listed_as_work(body, m)
                or (not sport and _awarded_for(body, m, mentions))
                or (
                    not sport
                    and _WORK_AFTER.search(body[m.end : m.end + 30])
                    and not _BODYS_OFFICE.match(m.text + body[m.end : m.end + 10])
                )
                or (not sport and not m.text.isupper() and _work_noun_after(body, m))
                # "the GBX TV shows": an acronym too, where "TV" stands between it and the noun
                or (
                    not sport
                    and _TV_WORK_AFTER.match(body, m.end)
                    and _SHOW_OWNED.search(body[max(0, m.start - 12) : m.start]) is not None
                )
                or _glued_title(body, m)
                or _role_in_work(body, m)
                or (not sport and _programme_cue(body, [m]))  # "Velt Street has become the first soap to"
                or (body[m.start - 4 : m.start] == "The " and _MAKERS_THE.search(body[max(0, m.start - 40) : m.start]))
                or _DESCRIBED_AS_WORK.search(body[m.end : m.end + 60])
                or (
                    # not an acronym: "the IBM operating system" is its maker's
                    not m.text.isupper()
                    and _PRODUCT_AFTER.search(body[m.end : m.end + 30])
                    and not _DESIGNATOR_BEFORE.search(body[max(0, m.start - 40) : m.start])
                )
                for m in group
            )
        )
        cued = strong or "record" in cues_before
        if cued and not _acts_somewhere(body, group, strong):
            dropped.add(entity_id)
    # a name written next to a work, in a list of titles or as the rest of one ("X, Y and Z";
    # "X of the Y"), is a work too, unless it acts as a company somewhere
    names = [m for m in mentions if m.label in ("ORG", "PERSON", "PLACE")]
    grew = bool(dropped)
    while grew:
        grew = False
        for before, after in zip(names, names[1:], strict=False):
            if (before.entity_id in dropped) == (after.entity_id in dropped):
                continue
            if not _TITLE_GAP.match(body[before.end : after.start]):
                continue
            other = after if before.entity_id in dropped else before
            group = groups[other.entity_id]
            if other.label == "PERSON" and (
                " and " not in body[before.end : after.start] or body[other.end : other.end + 1] in ("'", "’")
            ):
                continue  # "Vera Drake, Mike Leigh's tale": a person beside a title, not in a list of them
            if " and " not in body[before.end : after.start] and body[after.end : after.end + 1] in ("'", "’"):
                continue  # "gathered by X, Y's share": a comma before a possessive ends a clause, not a list
            if other is after and body[after.end : after.end + 1] in ("'", "’"):
                continue  # "Grobco's Zapline and Velt's Q-Pod": the next title's maker, not a title
            if table.entry(other.entity_id) is not None or any(
                _NOT_A_WORK_AFTER.search(body[m.end : m.end + 30]) or honorific_before(body, m.start) for m in group
            ):
                continue
            dropped.add(other.entity_id)
            grew = True
    if dropped:
        # "the studios behind The Aviator and Million Dollar Baby" as one name: two titles, one a work
        titles_dropped = {m.text for m in mentions if m.entity_id in dropped}
        for entity_id, group in groups.items():
            if entity_id not in dropped and group[0].label == "ORG" and table.entry(entity_id) is None:
                if all(
                    " and " in m.text and any(part in titles_dropped for part in m.text.split(" and ")) for m in group
                ):
                    dropped.add(entity_id)
    dropped |= _brands(body, mentions, groups, table)  # a brand named again alone may be its company's name
    dropped |= products
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


# a title written in title case, as no organisation's name is: a capital article inside it after a
# word ("Conjuring A Scene"), a capital preposition and article at its end ("Manifesto For A", cut by
# the model), or a question's verb first ("Can Towns Run Their Own Parks", "Have I Got ...")
_TITLE_CASED = re.compile(
    r"[a-z]\s(?:A|An)\s+[A-Z]|\s(?:For|Of|To|In|With|On)\s+(?:A|An|The)$"
    r"|^(?:Is|Are|Was|Were|Does|Do|Did|Should|Could|Would|Has|Have)\s+(?:[A-Z][\w’'-]*\s+){2}"
)
_LEADING_THE = re.compile(r"^[Tt]he\s+")
# "its top brands include X, Y and Z", "brands such as X": products, which the guide leaves out
_BRANDS_BEFORE = re.compile(r"\bbrands,?\s+(?:(?:such\s+as|including|include|includes|like)\s+)?$")


def _brands(body: str, mentions: list[Mention], groups: dict[str, list[Mention]], table: EntityTable) -> set[str]:
    """The entities every mention of which is in a list of brands ("its brands include X, Y and
    Z"), the table's entries and anything said or owned by a company's words ("X said") kept."""
    listed: set[int] = set()
    runs = {id(run[0]): run for run in name_lists(mentions, body)}
    for m in mentions:
        if m.label in ("ORG", "PERSON", "PLACE") and _BRANDS_BEFORE.search(body, max(0, m.start - 30), m.start):
            listed.update(id(o) for o in runs.get(id(m), [m]))
    if not listed:
        return set()
    return {
        entity_id
        for entity_id, group in groups.items()
        if table.entry(entity_id) is None
        and all(id(m) in listed for m in group)
        and not any(_NOT_A_WORK_AFTER.search(body[m.end : m.end + 30]) for m in group)
    }


_WHO_AFTER = re.compile(r"^,?\s+who\s")
# an apposition of kin or of a life's station: "Michelle, a mother of twins, said"
_KIN_AFTER = re.compile(
    r"^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(KIN_WORDS | {'dad', 'pensioner', 'housewife', 'schoolboy', 'schoolgirl', 'teenager'})})\b"
)
# "women present in X who were ...": a relative "who" with no comma after a name that a preposition
# puts after a noun is about that noun (the name read as a place or a body, not a person)
_WHO_OF_THE_NOUN_BEFORE = re.compile(
    r"(?<![\w-])[a-z]{3,}\s+(?:in|at|from|into|inside|outside|within|on)\s+(?:the\s+)?$"
)
# "the four owners of Acme, who ...": "who" is about the people the plural noun names, not the name
_PLURAL_OF_BEFORE = re.compile(r"(?<![\w-])[a-z]{3,}s\s+of\s+(?:the\s+)?$")


def people_by_who(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Swank, who won in 2000, ...": a one-word name the model typed as an organisation or a
    place, that a "who" clause or an apposition of kin ("Michelle, a mother of twins,") follows
    and nothing marks as a company, is a person. Decided
    over all the entity's mentions; the table's entries are kept. Changes `mentions` in place."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.entity_id].append(mention)
    org_lists = {id(run[-1]) for run in name_lists(mentions, body) if sum(o.label == "ORG" for o in run[:-1]) >= 2}
    for entity_id, group in groups.items():
        if group[0].label not in ("ORG", "PLACE") or table.entry(entity_id) is not None:
            continue
        if entity_id.endswith("-team") or any(" " in m.text or m.text.isupper() for m in group):
            continue  # a team plays ("Chelsea, who lost"): decided by `retype_by_context`
        if group[0].label == "ORG" and names_teams(body) and any(_team_cue(body, m.start, m.end) for m in group):
            continue  # "Liverpool fans ... Liverpool, who": a club the model typed as one, in sport
        if not any(
            (
                (
                    _WHO_AFTER.match(body[m.end : m.end + 10])
                    and not (
                        body[m.end : m.end + 1] == " "
                        and _WHO_OF_THE_NOUN_BEFORE.search(body[max(0, m.start - 40) : m.start])
                    )
                )
                or _KIN_AFTER.match(body[m.end : m.end + 40])
            )
            and id(m) not in org_lists
            and not _PLURAL_OF_BEFORE.search(body[max(0, m.start - 30) : m.start])
            for m in group
        ):
            continue  # "Acme, Globex and Initech, who ...": the clause is about the list of companies
        if any(
            _DESIGNATOR_BEFORE.search(body[max(0, m.start - 40) : m.start])
            or _TRADE_BEFORE.search(body[max(0, m.start - 40) : m.start])
            or _ORG_AFTER.search(body[m.end : m.end + 40])
            or _IT_SAID_AFTER.search(body[m.end : m.end + 40])
            for m in group
        ):
            continue
        for m in group:
            m.label = "PERSON"


# a name a person goes by: "his gaming moniker X", "the nickname 'X'", "under the pseudonym X"
_NICKNAME_BEFORE = re.compile(
    r"(?<![\w-])(?:moniker|nickname|pseudonym|alias|pen\s+name|screen\s+name|user\s*name|gamertag|"
    r"(?:online|internet|web)\s+name|calls\s+(?:himself|herself))"
    r"(?:\s+of)?\s+[\"“‘']?$"
)

_NICKNAME_WORD = re.compile(
    r"moniker|nickname|pseudonym|alias|pen name|screen name|user ?name|gamertag|online name|internet name|"
    r"web name|calls himself|calls herself",
    re.I,
)


def people_by_nickname(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "known by his gaming moniker Deathifier": a one-word name the model typed as an
    organisation or a place, that some mention writes right after a word for the name a person
    goes by, and that nothing marks as a company, is a person. Decided over all the entity's
    mentions; the table's entries are kept. Changes `mentions` in place."""
    if not _NICKNAME_WORD.search(body):
        return
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label not in ("ORG", "PLACE") or table.entry(entity_id) is not None:
            continue
        if any(" " in m.text for m in group) or entity_id.endswith("-team"):
            continue
        if not any(_NICKNAME_BEFORE.search(body, max(0, m.start - 40), m.start) for m in group):
            continue
        if any(org_cue(body, m) for m in group):
            continue
        for m in group:
            m.label = "PERSON"


# --- people the model typed as organisations or places ------------------------------------

# first names that more often begin the name of a place, a venue or a company ("Sydney
# International", "Santa Barbara", "Crystal Palace"), and last words that are never surnames
PLACE_FIRST_NAMES = {
    "Sydney",
    "Victoria",
    "Georgia",
    "Jordan",
    "Virginia",
    "Carolina",
    "Santa",
    "San",
    "Crystal",
    "Chase",
    "Grace",
    "Hope",
    "Faith",
    "Royal",
    "King",
    "Prince",
    "Kent",
    "India",
    "Israel",
    "May",
    "Will",
    "Mark",
    "Bill",
    "Rich",
    "Grant",
    "Price",
    "Silver",
    "Orange",
    "Sky",
}
NOT_SURNAMES = {
    "road",
    "street",
    "avenue",
    "lane",
    "square",
    "park",
    "stadium",
    "arena",
    "hall",
    "centre",
    "center",
    "bridge",
    "island",
    "islands",
    "valley",
    "river",
    "lake",
    "county",
    "city",
    "town",
    "airport",
    "station",
    "house",
    "court",
    "prison",
    "hospital",
    "cellars",
    "international",
    "open",
    "cup",
    "league",
    "awards",
    "award",
    "prize",
    "festival",
    "games",
    "online",
    "news",
    "times",
    "post",
    "brothers",
    "bros",
    "sisters",
    "hills",
    "heights",
    "springs",
    "beach",
    "bay",
    "falls",
    "point",
    "harbour",
    "port",
    "castle",
    "palace",
    "gardens",
    "green",
    "field",
    "fields",
    "wood",
    "woods",
}
_NAME_PARTICLES = {"di", "de", "da", "del", "della", "van", "von", "le", "la", "du", "des", "dos", "das"}
# the articles of French, Spanish and Italian that open names of things and first names alike ("Les")
_OTHER_TONGUES_ARTICLES = {"les", "los", "las", "el", "il", "lo"}
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|Ma?c[A-Z][a-z]+|O['’][A-Z][a-z]+)$")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")


MIDDLE_INITIAL = re.compile(r"^[A-Z]\.?$")


def _without_middle_initials(words: list[str]) -> list[str]:
    """ "Dolores M Troiani" -> "Dolores Troiani": one middle initial between a first name and a
    surname is no word of its own (an initial first, "J Smith", stays; so does a longer name,
    "Jose M Cagigal Memorial", a meeting named after a person)."""
    if len(words) == 3 and MIDDLE_INITIAL.match(words[1]) and not MIDDLE_INITIAL.match(words[2]):
        return [words[0], words[2]]
    return words


def _first_name_and_surname(text: str, table: EntityTable) -> bool:
    """ "Lionel Richie", "Elena Dementieva": a clear first name (the name list's male or female,
    not a place's first word) and one or two name-shaped words none of which names a thing."""
    words = _without_middle_initials(_POSSESSIVE_END.sub("", text).split())
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return False
    first = words[0]
    # "Benoit Joly": a first name the list knows with its accents only ("Benoît"), no word; "Freddie
    # Grobberg": one the list takes mostly for one sex, no word either ("Charlie" is one) nor another
    # tongue's article ("Les Bleus", "Les Sylphides")
    accented = not common_word(first) and (
        accented_first_name_gender(first) is not None
        or (mostly_one_sex(first) and first.lower() not in _OTHER_TONGUES_ARTICLES)
    )
    if first in PLACE_FIRST_NAMES or (first_name_gender(first) is None and not accented) or table.canonical(first):
        return False
    if is_title_only(first) or first.lower() in _NAME_PARTICLES or first == "The":
        return False  # "General Election": a title's word, not a first name; "The Hague": an article
    if len(words) == 3 and words[1].lower() in _NAME_PARTICLES:
        return False  # "Tor di Valle", "Castel del Monte": a place's particle
    return (
        not any(w.lower() in COMPANY_WORDS or w.lower() in BODY_WORDS or w.lower() in NOT_SURNAMES for w in words)
        and label_from_words(text, "PERSON") == "PERSON"
    )  # "Ada Brook Pavilion": a venue


def org_cue(body: str, m: Mention) -> bool:
    """A word around the mention that marks a company or a body ("firm X", "an X spokesman",
    "X said it", "shares in X", "X which", "X, one of the net's biggest companies,")."""
    before, after = body[max(0, m.start - 40) : m.start], body[m.end : m.end + 40]
    return bool(
        _DESIGNATOR_BEFORE.search(before)
        or _ONE_OF_FIRMS_AFTER.match(body[m.end : m.end + 80])
        or _DESCRIBED_AS_COMPANY.match(body[m.end : m.end + 160])
        or _TRADE_BEFORE.search(before)
        or _ORG_AFTER.search(after)
        or _IT_SAID_AFTER.search(after)
        or _SHARES_BEFORE.search(before)
        or _SHARES_AFTER.search(after)
        or _PRICE_MOVE_AFTER.match(after)
        or _WHICH_AFTER.search(after)
        or _MADE_AFTER.match(after)  # "the faulty X part", "X has stopped production"
        # "the X factory" of an organisation already ("the Aycliffe factory" may be a town's)
        or (m.label == "ORG" and _SITE_AFTER.match(after))
    )


def groups_by_entity(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The mentions of each entity, in their order, by entity id."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.entity_id].append(mention)
    return groups


def untabled_groups(mentions: list[Mention], label: str, table: EntityTable) -> Iterator[list[Mention]]:
    """The mentions labelled `label` of each entity the entity table does not know, in their order: the ones a rule on the article's words may retype (a table entry's type is
    settled)."""
    labelled = [m for m in mentions if m.label == label and m.entity_id]
    for entity_id, group in groups_by_entity(labelled).items():
        if table.entry(entity_id) is None:
            yield group


def untabled_people(mentions: list[Mention], table: EntityTable) -> Iterator[list[Mention]]:
    """The mentions of each "person" the entity table does not know: the ones a rule on the
    article's words may retype (a table entry's type is settled)."""
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label == "PERSON" and table.entry(entity_id) is None:
            yield group


def among_companies(others: list[Mention]) -> bool:
    """The other names of a list are mostly not people, and one at least is an organisation."""
    labels = [o.label for o in others]
    return "ORG" in labels and len(labels) - labels.count("PERSON") >= max(2, labels.count("PERSON") + 1)


# a person's initials and surname: "JK Rowling", "JP McManus", "JRR Tolkien"
_INITIALS_AND_SURNAME = re.compile(r"^[A-Z]{2,3}\s+(?:Ma?c[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


# an apposition naming a person's role: "X, a fund manager with Grobco", "X, the firm's chief
# economist"; the roles a firm is also called by ("a major player", "an oil producer", "a chip
# designer", "the fund manager") only as a person's post at a body ("a fund manager at Grobco")
_FIRMS_ROLES = {"player", "star", "producer", "designer", "manager", "artist"}
# a noun after the role word makes it a modifier ("the chief supplier", "a founder member", a
# firm's too); a word of a phrase after the role ("a lawyer representing X", "an analyst based in
# X", "an analyst at X") does not
_NOUN_AFTER_ROLE = (
    r"\s+(?!(?:with|at|of|for|in|on|to|from|and|or|who|whose|which|that|since|until|said|says|told)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]"
)
_ROLE_APPOSITION = re.compile(
    r",\s+(?:an?|the|its|their)\s+(?:(?!(?:whose|which|that|who|of|and|with|for|at|in)\b)[\w'’-]+\s+){0,2}?"
    rf"(?:(?:{alternation((PERSON_ROLES | BOARD_OFFICES) - _FIRMS_ROLES)})\b(?!['’-])(?!{_NOUN_AFTER_ROLE})"
    rf"|(?:{alternation(_FIRMS_ROLES)})\s+(?:with|at)\s+[A-Z])"
)


def _among_people(body: str, run: list[Mention], entity_id: str) -> bool:
    """A list joined by "and" ("A, B and C", not "a spokesman for X, Dr Y") whose other names are
    all people."""
    others = [o for o in run if o.entity_id != entity_id]
    return (
        bool(others)
        and all(o.label == "PERSON" for o in others)
        and any(" and " in body[a.end : b.start] for a, b in zip(run, run[1:], strict=False))
    )


def _surname_alone_of_a_person(body: str, surname: str) -> bool:
    """The surname written alone (no capitalised word right before or after it) speaking of a
    person ("Rowling said she ...")."""
    for a, b in written_whole(surname, body):
        if re.search(r"(?<![\w’'.-])(?:[A-Z][\w’'-]*|(?:[A-Z]\.)+)\s+$", body[max(0, a - 30) : a]):
            continue  # "JK Rowling", "Tom Rowling": inside a longer name
        if _SPEAKS_AFTER.match(body, b):
            return True
    return False


def _particle_name(text: str) -> bool:
    """ "Jan van Oss", "Luc de Brye": a clear first name, one or two lower-case particles and a
    surname."""
    words = _POSSESSIVE_END.sub("", text).split()
    return (
        3 <= len(words) <= 4
        and words[0] not in PLACE_FIRST_NAMES
        and first_name_gender(words[0]) is not None
        and all(w in SURNAME_PARTICLES for w in words[1:-1])
        and bool(_NAME_WORD.match(words[-1]))
    )


def _ends_list_of_people(run: list[Mention], m: Mention, table: EntityTable) -> bool:
    """The last of a list of five names or more ("a team sheet") the others of which are all
    people's first names and surnames, written as two name-shaped words itself."""
    words = m.text.split()
    return (
        len(run) >= 5
        and run[-1] is m
        and len(words) == 2
        and all(_NAME_WORD.match(w) for w in words)
        and not any(w.lower() in COMPANY_WORDS or w.lower() in BODY_WORDS for w in words)
        and label_from_words(m.text, "PERSON") == "PERSON"
        and all(o.label == "PERSON" and _first_name_and_surname(o.text, table) for o in run[:-1])
    )


def people_by_first_name(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Lionel Richie", "Roman Abramovich" typed as organisations, "Mathieu Flamini" as a place:
    an entity every mention of which is a clear first name and a surname, with no company, body
    or place word in it, nothing around it that marks a company and no work cue ("the film Vera
    Drake"), is a person. Decided over all the entity's mentions; the table's entries are kept.
    Changes `mentions` in place."""
    run_of = {id(m): run for run in name_lists(mentions, body) for m in run}
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label not in ("ORG", "PLACE") or table.entry(entity_id) is not None:
            continue
        if not all(_first_name_and_surname(m.text, table) for m in group) and not (
            # "JK Rowling, Jacqueline Wilson and Dick King-Smith": initials and a surname listed
            # only among people ("JP Morgan" is a bank's name of the same shape); "Jan van Oss,
            # Ida Bell and Tom Hale": a first name, a particle and a surname ("Rio de Janeiro" is
            # a place's of that shape); "..., Tom Hale, Ida Bell, Pelo Marrant": any two name-shaped
            # words at a long list's end
            (
                all(_INITIALS_AND_SURNAME.match(m.text) or _particle_name(m.text) for m in group)
                and any(_among_people(body, run_of.get(id(m), []), entity_id) for m in group)
            )
            or any(_ends_list_of_people(run_of.get(id(m), []), m, table) for m in group)
            # "JK Rowling" typed an organisation, then "Rowling said she ...": the surname alone
            # speaking of herself is a person's ("JP Morgan" ... "Morgan said it ...": a bank)
            or (
                all(_INITIALS_AND_SURNAME.match(m.text) for m in group)
                and (
                    _surname_alone_of_a_person(body, group[0].text.split()[-1])
                    # "said KT Varnell, a fund manager with ...": an apposition naming a person's
                    # role ("JD Pellow, the investment bank": a firm)
                    or any(_ROLE_APPOSITION.match(body, m.end) for m in group)
                )
                and label_from_words(group[0].text, "PERSON") != "ORG"
            )
        ):
            continue
        if any(org_cue(body, m) or _WORK_BEFORE.search(body[max(0, m.start - 30) : m.start]) for m in group):
            continue
        # listed among companies ("Sony Pictures, Walt Disney, Miramax and Columbia"): a company
        if any(among_companies([o for o in run_of.get(id(m), []) if o.entity_id != entity_id]) for m in group):
            continue
        for m in group:
            m.label = "PERSON"


# words of individual sports: an article with two of them (or a score in sets, "6-2 6-3") is
# about players, not teams
_INDIVIDUAL_SPORT = {
    "tennis",
    "seed",
    "seeded",
    "seeds",
    "serve",
    "golf",
    "golfer",
    "snooker",
    "athletics",
    "sprinter",
    "heptathlon",
    "pentathlon",
    "hurdles",
    "medallist",
    "marathon",
    "grand slam",
    "wimbledon",
    "boxer",
    "boxing",
    "cyclist",
    "skier",
}
# compiled once: the analysis's own changing patterns (names) would push them out of re's cache
_INDIVIDUAL_SPORT_WORDS = {word: re.compile(rf"\b{word}\b") for word in _INDIVIDUAL_SPORT}
# athletics' field events: an individual sport's words where no team sport is written beside them
# (a round-up's "league match" or "scored")
_FIELD_EVENTS = {"triple jump", "long jump", "high jump", "pole vault"}
_TEAM_SPORT_CUE = re.compile(r"\b(?:league|goals?|striker|midfielder|defender|goalkeeper|penalty|scored|tries)\b")
# a medal, one word however many are written, and only beside an athletics event ("a gold medal at
# the flower show" is no sport): a field event, one of the words below or a distance ("100m")
_MEDAL = re.compile(r"\b(?:gold|silver|bronze)\s+medal\b")
_ATHLETICS_EVENTS = _FIELD_EVENTS | {"hurdles", "heptathlon", "pentathlon", "athletics", "sprinter", "marathon"}
_RUNNING_DISTANCE = re.compile(r"\b\d{2,5}m\b")
_SET_SCORE = re.compile(r"\b[0-7]-[0-7][,\s]+(?:\(\d+-\d+\)[,\s]+)?[0-7]-[0-7]\b")
# cues of a player around a one-word name
PLAYER_BEFORE = re.compile(
    r"(?:\b(?:seed|seeded|champion|holder|compatriot|team-mate|partner|opponent|number\s+(?:one|two|three|four|five|\d+))"
    r"|\b(?:lost|losing|lose|loss|beaten|defeated|defeat|won|win|victory|triumph)\s+(?:[0-7]-[0-7][,\s]+|\(\d+-\d+\)[,\s]+)*"
    r"(?:to|by|over|against))\s+$"
)
PLAYER_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:serve|service|forehand|backhand|racket|opponent|first\s+serve)\b"
    r"|,?\s+(?:the\s+)?(?:top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|number\s+\w+)"
    r"(?:[\s-]+seeded|\s+seed)\b"
    r"|\s+(?:served|double-faulted|\w+\s+to\s+return\s+(?:her|his)\s+serve)\b)"
)
# a player's deed
_INDIVIDUAL_AFTER = re.compile(r"^\s+(?:won|beat|beats|lost|defeated|edged|battled|saved|broke|clinched)\b")
# a player speaking of themself ("X admitted he was tired", "X told reporters her wrist hurt"): in
# an individual sport no team speaks, but the venue or the tournament may ("X said the roof would
# close", "X said its courts were ready"), so only with a person's pronoun in what is said
_SPEAKS_AFTER = re.compile(
    rf"\s+(?:{alternation(past_forms() + present_forms())})\b[^.!?;:\"“”]{{0,30}}?\b(?:he|she|his|her|him)\b"
)
_INDIVIDUAL_BEFORE = re.compile(r"\b(?:beat|beats|beating|against|face|faces|facing|faced|to)\s+$")
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+$")
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+$")


# the last body asked about and its answer (two rules ask it of a sports article)
_LAST_INDIVIDUAL: list[tuple[str, bool] | None] = [None]


def is_individual_sport(body: str) -> bool:
    last = _LAST_INDIVIDUAL[0]
    if last is not None and last[0] is body:
        return last[1]
    answer = _is_individual_sport(body)
    _LAST_INDIVIDUAL[0] = (body, answer)
    return answer


def _is_individual_sport(body: str) -> bool:
    lowered = body.lower()
    # the substring first: most articles write none of the words, and finding that is far quicker
    words = {w for w, pattern in _INDIVIDUAL_SPORT_WORDS.items() if w in lowered and pattern.search(lowered)}
    if not _TEAM_SPORT_CUE.search(lowered):
        words |= {w for w in _FIELD_EVENTS if w in lowered}
        if _MEDAL.search(lowered) and (words & _ATHLETICS_EVENTS or _RUNNING_DISTANCE.search(lowered)):
            words.add("medal")
    return len(words) >= 2 or bool(_SET_SCORE.search(body))


def players(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """In an article about sport, a one-word name the model typed as a place or an organisation
    that no table knows (not a country, not a club) and that is written as a player is a person:
    "the third seed X", "X's serve", "lost 6-2 6-2 to X", "Russia's X" (a country's X); in an
    article about an individual sport, "X beat", "beat X", "against X" too (in a team sport those
    are a team's, decided by `retype_by_context`, which runs first), and "X admitted he ..." of a
    name typed an organisation in every mention (there a team does not speak, but a venue may:
    "Harrowdene said the roof would close"). Changes `mentions` in place."""
    individual = is_individual_sport(body)
    # a short tennis report may fall short of `is_sport`'s count: a set score or two of an
    # individual sport's words, with a few of sport's words, make it one
    if not (is_sport(body) or (individual and _some_sport_words(body))):
        return
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label not in ("ORG", "PLACE") or table.entry(entity_id) is not None:
            continue
        if entity_id.endswith("-team") and not individual:
            continue  # a team by `retype_by_context`: in a team sport it plays as a team
        if any(
            (" " in m.text and not (individual and m.label == "ORG" and _two_word_name(m.text, body)))
            or m.text.isupper()
            or _club_for(m.text, table)
            or table.canonical(m.text)
            or _named_like_outlets(m.text, table)
            for m in group
        ):
            continue  # in an individual sport, a first name and a surname too ("defeat to Tay Burke")
        if any(org_cue(body, m) or _AT_PLACE.search(body[max(0, m.start - 12) : m.start]) for m in group):
            continue  # "at Wimbledon", "in Beijing": where a match is played

        def cued(m: Mention) -> bool:
            before, after = body[max(0, m.start - 40) : m.start], body[m.end : m.end + 40]
            if PLAYER_BEFORE.search(before) or PLAYER_AFTER.search(after):
                return True
            country = _COUNTRY_BEFORE.search(before) if individual else None
            if country:
                entry = table.entry(table.canonical(country.group(1)) or "")
                if entry is not None and entry.label == "PLACE":
                    return True
            return individual and bool(_INDIVIDUAL_AFTER.search(after) or _INDIVIDUAL_BEFORE.search(before))

        spoke = (
            individual
            and not any(m.label == "PLACE" for m in group)  # a venue speaks too
            and any(_SPEAKS_AFTER.match(body, m.end) for m in group)
        )
        if spoke or any(cued(m) for m in group):
            word = _POSSESSIVE_END.sub("", group[0].text)
            new_id = (None if " " in word else full_name_with(word, mentions)) or slugify(word) or entity_id
            for m in group:
                m.label, m.entity_id = "PERSON", new_id


def _named_like_outlets(text: str, table: EntityTable) -> bool:
    """ "Herald-Sun": a name glued of papers' names the table knows, a paper's (it speaks too)."""
    parts = _POSSESSIVE_END.sub("", text).split("-")
    return len(parts) > 1 and all(
        (entry := table.entry(table.canonical(part) or "")) is not None and entry.is_media for part in parts
    )


def _two_word_name(text: str, body: str) -> bool:
    """ "Tay Burke": two capitalised words of letters, neither a company's nor a body's word nor
    a competition's ("Davis Cup", "Hopman Cup"), the second also written alone in the article
    ("Burke will face ..."), as a player's surname is, or the first a first name the name list
    knows (a report may name a beaten player once, in full: "a defeat to Jody Burke")."""
    words = _POSSESSIVE_END.sub("", text).split()
    return (
        len(words) == 2
        and (
            is_first_name(words[0])
            or re.search(rf"(?<!{re.escape(words[0])} ){re.escape(words[1])}(?![\w-])", body) is not None
        )
        and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) for w in words)
        and not any(w.lower() in COMPANY_WORDS or w.lower() in BODY_WORDS for w in words)
        and words[1].lower() not in TOURNAMENT_WORDS
    )


# the last words of a tournament's name ("San Tarro Open", "Velt Classic"): no surname
TOURNAMENT_WORDS = {
    "cup",
    "open",
    "classic",
    "championship",
    "championships",
    "masters",
    "trophy",
    "international",
    "games",
}


def full_name_with(surname: str, mentions: list[Mention]) -> str | None:
    """The one person of the article whose name ends with `surname` ("Vera Zvonareva" for
    "Zvonareva"), if exactly one. A peer's territorial designation is no surname: "Lord X of
    Y" ends with "X"."""
    ids = {
        m.entity_id
        for m in mentions
        if m.label == "PERSON" and " " in m.text and _surname(_POSSESSIVE_END.sub("", m.text)) == surname
    }
    return next(iter(ids)) if len(ids) == 1 else None


def _surname(name: str) -> str:
    """The last word of a name before any "of" ("Lord Hallam of Brent" -> "Hallam")."""
    words = name.split()
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]


# --- names that are not names of a person, an organisation or a place ----------------------

# abbreviations of common nouns the model takes for organisations ("GMT", "MPs", "FDI")
COMMON_ABBREVIATIONS = {
    "GMT",
    "BST",
    "TB",
    "AI",
    "VOD",
    "FDI",
    "GDP",
    "GNP",
    "CEO",
    "CEOs",
    "MP",
    "MPs",
    "MEP",
    "MEPs",
    "MSP",
    "MSPs",
    "AMs",
    "PC",
    "PCs",
    "TV",
    "DVD",
    "DVDs",
    "CD",
    "CDs",
    "HIV",
    "AIDS",
    "SMS",
    "PDA",
    "PDAs",
    "VAT",
    "ISP",
    "ISPs",
    "IPO",
    "LLC",
    "Inc",
    "Ltd",
    "plc",
    "QC",
    # meetings, technologies and formats written as capitals: common nouns, nobody's name
    "AGM",
    "EGM",
    "3D",
    "3G",
    "LCD",
    "RSS",
    "GSM",
    "GPS",
    "PVR",
    "DVR",
    "HDTV",
    "MP3",
    "P2P",
    "MW",
    "GW",
    "ASCII",
    "DDoS",
    "UWB",
    "SIM",
    "VoIP",
    "WiFi",
    "Wi-Fi",
    "R&B",
    "DOS",
    "HD",  # high definition ("HD-DVD", "HD TV")
    # more common nouns, formats and technologies in capitals ("a DIY ethic", "the DJ", "VHS video",
    # "Voice over IP", "a wireless LAN", "a Q&A session", "digital terrestrial TV (DTT)")
    "DIY",
    "DJ",
    "DJs",
    "GP",
    "GPs",
    "Q&A",
    "VHS",
    "IP",
    "TCP/IP",
    "LAN",
    "USB",
    "GUI",
    "GIF",
    "DVI",
    "WAP",
    "MMS",
    "IPTV",
    "DTT",
    "DAB",
    "DRM",
    "LLU",
    "RFID",
    "RPG",
    "MMORPG",
    "PFI",
    "LNG",
    "LPG",
    "EV",  # electric vehicle, and the letters of "EV-DO" (a mobile data technology)
    "EVs",
    # units of a data rate or a frequency ("384 kilobits per second (Kbps)", "2.4Mbps")
    "Kbps",
    "kbps",
    "Mbps",
    "Gbps",
    "MHz",
    "GHz",
    # school exams, and an era's letters after a year ("190 A.D."): common nouns written as capitals
    "GCSE",
    "GCSEs",
    "PE",  # physical education ("a PE teacher")
    "A-Level",
    "A-Levels",
    "A-level",
    "A-levels",
    "A.D.",
    "A.D",  # its last point also the sentence's
    "B.C.",
    "B.C",
    # the chancellor's statement, written with a capital: a document, not a body
    "Budget",
}


# a body's staff after its possessive: "Game's UK sales director", "X's chief executive"
_BODYS_STAFF_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}(?:director|chief|boss|spokesman|spokeswoman|spokesperson|chairman|head|"
    r"manager|executive|founder|owner)s?\b"
)


def literal_hits(text: str, body: str, before: re.Pattern[str], after: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each writing of `text` in `body`, left to right and not overlapping, where
    `before` does not match the one character before it nor `after` match right after it: what
    re.finditer(rf"(?<!{before}){re.escape(text)}(?!{after})", body) finds, without compiling a
    pattern for each text (the names differ from article to article, and compiling one costs
    more than all its searches)."""
    at = body.find(text)
    while at >= 0:
        end = at + len(text)
        if (at == 0 or not before.match(body, at - 1)) and not after.match(body, end):
            yield at, end
            at = body.find(text, max(end, at + 1))
        else:
            at = body.find(text, at + 1)


def literals_hits(
    texts: Sequence[str], body: str, before: re.Pattern[str], after: re.Pattern[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each writing of one of `texts` in `body`, left to right and not
    overlapping: what re.finditer(rf"(?<!{before})({'|'.join(map(re.escape, texts))})(?!{after})",
    body) finds (its group 1 the text), the texts tried in their order at each place, without
    compiling a pattern for each article's list of names. The texts must not be empty."""
    places = set()
    for text in texts:
        at = body.find(text)
        while at >= 0:
            places.add(at)
            at = body.find(text, at + 1)
    cursor = 0
    for at in sorted(places):
        if at < cursor or (at > 0 and before.match(body, at - 1)):
            continue
        for text in texts:
            end = at + len(text)
            if body.startswith(text, at) and not after.match(body, end):
                yield at, end, text
                cursor = end
                break


# a character that goes on with a word: none stands right before or after a name written whole
WORD_GOES_ON = re.compile(r"[\w’'-]")
_WORD_GOES_ON_UNOWNED = re.compile(r"[\w-]")  # the same after a name, its possessive aside ("X's")
# a web address is no lower-case word ("suprnova.org" beside the site's "Suprnova")
_WORD_OR_WEB_SUFFIX = re.compile(r"[\w’'-]|\.[a-z]")


def written_whole(name: str, body: str, possessive: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each writing of the name as a whole in `body`, not inside a longer word or
    hyphenated compound; `possessive`: its possessive too ("X's")."""
    return literal_hits(name, body, WORD_GOES_ON, _WORD_GOES_ON_UNOWNED if possessive else WORD_GOES_ON)


def any_written_whole(names: Sequence[str], body: str) -> Iterator[tuple[int, int, str]]:
    r"""(start, end, name) of each writing of one of the names (tried in their order) as a whole in
    `body`, its possessive too ("X's"): re.finditer's matches of
    rf"(?<![\w’'-])({'|'.join(map(re.escape, names))})(?![\w-])" and their group 1."""
    return literals_hits(names, body, WORD_GOES_ON, _WORD_GOES_ON_UNOWNED)


def capitalised_word_before_any(names: Sequence[str], body: str) -> Iterator[tuple[int, int, str, str]]:
    r"""(start, end, word, name) of each capitalised word ("Tom") written before one of the names
    (tried in their order) after one space, the name written whole, its possessive too ("Tom
    Pell's"): re.finditer's matches of r"(?<![\w’'-])([A-Z][a-z]+) (" + "|".join(map(re.escape,
    names)) + r")(?![\w-])" and their groups 1 and 2. The names must not be empty."""
    starts = set()
    for name in names:
        at = body.find(name)
        while at >= 0:
            if at >= 3 and body[at - 1] == " ":
                i = at - 2
                while i >= 0 and "a" <= body[i] <= "z":
                    i -= 1
                if 0 <= i < at - 2 and "A" <= body[i] <= "Z":
                    starts.add(i)
            at = body.find(name, at + 1)
    cursor = 0
    for start in sorted(starts):
        if start < cursor or (start > 0 and WORD_GOES_ON.match(body, start - 1)):
            continue
        space = start + 1
        while "a" <= body[space] <= "z":
            space += 1
        for name in names:
            end = space + 1 + len(name)
            if body.startswith(name, space + 1) and not _WORD_GOES_ON_UNOWNED.match(body, end):
                yield start, end, body[start:space], name
                cursor = end
                break


def _lower_too(word: str, body: str) -> bool:
    """Whether `body` writes the word in lower case too, as a whole word."""
    return next(literal_hits(word.lower(), body, WORD_GOES_ON, _WORD_OR_WEB_SUFFIX), None) is not None


# a group of people named after a place: "Africans", "Pakistanis", "an American"
DEMONYM_END = re.compile(r"(?:ians?|ans?|is?|eses?)s?$")


def _plural_national(word: str) -> bool:
    """ "Britons", "Scots", "Frenchmen": the plural of a nationality's noun, a people (no body)."""
    lowered = word.lower()
    return (lowered.endswith("s") and lowered[:-1] in NATIONALITIES) or (
        lowered.endswith("men") and lowered[:-3] + "man" in NATIONALITIES
    )


def places_of_demonym(word: str, table: EntityTable) -> list[str]:
    """ "Pakistanis" -> Pakistan, "Africans" -> Africa, "Kenyan" -> Kenya, "Chilean" -> Chile,
    "Mexican" -> Mexico, "Peruvian" -> Peru, "German" -> Germany: the ids of the places the table
    knows that a people's word is formed from, the likeliest stem first (the one home of this stemming)."""
    stem = word[:-1] if word.endswith("s") else word
    candidates = (
        stem[:-1],
        stem[:-2],
        stem[:-3],
        stem[:-4],
        stem[:-3] + "a",
        stem[:-2] + "o",
        stem[:-3] + "y",
        stem[:-3] + "e",
        stem + "y",
    )
    places: list[str] = []
    for candidate in candidates:
        entry = table.entry(table.canonical(candidate) or "") if len(candidate) >= 3 else None
        if entry is not None and entry.label == "PLACE" and entry.id not in places:
            places.append(entry.id)
    return places


def place_of_demonym(word: str, table: EntityTable) -> bool:
    """ "Pakistanis" -> Pakistan: a place the table knows (`places_of_demonym`)."""
    return bool(places_of_demonym(word, table))


# "anti-Russian", "pro-Kremlin", "post-Soviet": a stance or an era, written from a lower-case prefix
_PREFIXED = re.compile(r"^(?:anti|pro|post|pre|non|neo|pan|ex|un)-", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ee]very|[Ee]ach|[Aa]nother|[Ff]ellow)\s+$")
# what follows a group's word used as a noun: a verb ("an Austrian said", "the 27-year-old
# Austrian became") wherever it stands, and after "a"/"the" a word that modifies nothing or
# punctuation ("an American and a Briton", "the French, who")
_VERB_AFTER_A_NOUN = frozenset(
    "said says say told tells added admitted argued became becomes beat beats believes claimed "
    "had has have was were is are will would could can may might must should did does do won wins lost "
    "loses who whom whose which".split()
)
_AFTER_A_NOUN = frozenset(
    "that and or but nor as at by for from in into of on to with than then also too himself herself "
    "themselves itself".split()
)
# a lower-case word right after a name after "the ... firm" that is no small word and no verb of
# saying ("the investment bank X advised", "the record label X signed to", "the law firm X
# represents"): the name is the subject of a relative clause, whatever its verb, and the firm is
# another's (`_TRADE_FIRM_BEFORE`); "the games firm X said" is the firm speaking
_CLAUSE_VERB_AFTER = re.compile(
    rf"\s+(?!(?:{'|'.join(sorted(_AFTER_A_NOUN))}|{alternation(SPEAKER_AFTER_VERBS)})\b)[a-z]"
)
# a sentence's finite verb other than the clause's: a word in -ed, a verb written after nouns, or a
# deed done to a firm (`_FOUNDER_AFTER`'s: "left", "runs", "joined")
_MAIN_VERB = frozenset(
    (
        *(_VERB_AFTER_A_NOUN - {"who", "whom", "whose", "which"}),
        *SPEAKER_AFTER_VERBS,
        *present_forms(),
        *irregular_pasts(),
    )
) | {"left", "runs", "ran", "owns", "heads", "leads", "led", "works", "built"}
# the words of a sentence before a phrase, and those after a clause's verb (its auxiliaries too:
# "has advised") up to a comma, a conjunction or a clause of its object ("bands that had")
_SENTENCE_SO_FAR = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)([^.!?\n]*)$")
_CLAUSE_REST = re.compile(
    r"(?:\s+(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|do|been|be|"
    r"not|also))*\s+[a-z]+((?:(?!\s+(?:and|but|or|that|which|who|whom|whose|where|when)\b)[^,;:.!?\n])*)"
)


def _opens_relative_clause(body: str, m: Mention, phrase_at: int) -> bool:
    """Whether a name after "the ... firm" (its phrase written from `phrase_at`) opens a relative
    clause: a lower-case verb right after it (`_CLAUSE_VERB_AFTER`) and the sentence's main verb
    elsewhere, before the phrase ("worked at the investment bank Tom Vell advised", "left the law
    firm Jim Carter represents") or after the clause's verb ("The record label Ann Marsh signed to in
    2001 had folded", "Analysts at the bank Tom Vell bought in 2010 said"); never where that verb is
    the sentence's own ("The investment bank Jordan Hale advised the buyers", "Shares in the
    investment bank Jordan Hale fell"), where the name is the firm."""
    verb = _CLAUSE_VERB_AFTER.match(body, m.end)
    if verb is None:
        return False
    head = _SENTENCE_SO_FAR.search(body, max(0, phrase_at - 200), phrase_at)
    rest = _CLAUSE_REST.match(body, m.end)
    words = re.findall(r"\b[a-z]+\b", (head.group(1) if head else "") + " " + (rest.group(1) if rest else ""))
    return any(w in _MAIN_VERB or (w.endswith("ed") and len(w) > 4) for w in words)


# how the words for peoples, faiths and regions end: "American", "Chinese", "British", "Dutch",
# "Israeli", "Islamic", "Western"
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|ch|sh|i|ic|ern)$")


def _modifier(body: str, m: Mention) -> bool:
    """A group's word written as an adjective ("American analyst", "the Russian security",
    "is Ukrainian"), not as the group itself ("Americans", "an American said", "the French,")."""
    word = _POSSESSIVE_END.sub("", m.text)
    if " " in word or looks_plural(word) or body[m.end : m.end + 1] in ("'", "’"):
        return False
    if not _ADJECTIVE_END.search(word.split("-")[0]):
        return False  # "Broadmoor hospital": a name the model typed as a group, not a group's word
    if body[m.end : m.end + 1] == "-":
        return True  # "the Russian-Belarusian talks"
    after = re.match(r"\s*([\w’'-]+|\S)?", body[m.end : m.end + 40])
    following = after.group(1) if after and after.group(1) else ""
    if following in _VERB_AFTER_A_NOUN:
        return False  # "the 27-year-old Austrian said"
    noun_use = bool(_DETERMINER_BEFORE.search(body[max(0, m.start - 12) : m.start])) and (
        not following[:1].islower() or following in _AFTER_A_NOUN
    )
    return not noun_use


# the home nations' adjectives, which NATIONALITIES leaves to their nouns ("Welshman"): the model
# often types "Welsh" a person (a surname too) or a team
HOME_NATION_ADJECTIVES = {"Welsh", "English", "Scottish", "Irish", "British"}
# what a name does right after it and an adjective does not: "X said", "X insisted", "X who"
_NAME_VERBS = frozenset((*_VERB_AFTER_A_NOUN, *present_forms(), *irregular_pasts()))
# a verb in -s has an object after it ("X wants an apology", "X leads the table"), a plural noun
# rarely ("Welsh fans sang")
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|him|their|them|its|it)\b")
_AGE_AFTER = re.compile(r"^,\s+\d{1,2},")  # "X, 34,"
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # a lower-case word right after
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*)\s+$")  # "coach X"
# a copula or a degree's adverb before it: "was Welsh", "particularly Welsh", "very English"
_PREDICATE_BEFORE = re.compile(r"(?<![\w-])(?:is|was|are|were|be|been|very|so|too|more|most|[a-z]+ly)\s+$")
# a list of such words: "English, Scottish or Welsh councils", "as English, Scottish or Welsh"
_LISTED_ADJECTIVE = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)(?:" + "|".join(sorted(HOME_NATION_ADJECTIVES)) + r")\b")
_NATION_LISTED_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(HOME_NATION_ADJECTIVES)) + r")(?:,\s+|,?\s+(?:and|or)\s+)$"
)


def _verb_after(body: str, end: int) -> bool:
    """A verb right after the word ending at `end`: "X said", "X scored", "X wants a", "X who"."""
    word = _NEXT_WORD.match(body, end, end + 40)
    if word is None:
        return False
    w = word.group(1)
    return (
        w in _NAME_VERBS
        or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))
        or (w.endswith("s") and _OBJECT_AFTER.match(body, word.end()) is not None)
    )


def _names_someone(body: str, m: Mention) -> bool:
    """A cue at this mention that the word is a name: an honorific or a role word before it
    ("Mr X", "coach X"), an age, a possessive or a verb after it ("X, 34,", "X's", "X insisted")."""
    if honorific_before(body, m.start) or body[m.end : m.end + 1] in ("'", "’"):
        return True
    before = _ROLE_BEFORE.search(body[max(0, m.start - 30) : m.start])
    if before and before.group(1) in PERSON_ROLES:
        return True
    return bool(_AGE_AFTER.match(body[m.end : m.end + 8])) or _verb_after(body, m.end)


def _adjective_use(body: str, m: Mention) -> bool:
    """ "a Welsh side", "Welsh-born", "English, Scottish or Welsh councils", "was Welsh": the word
    written as an adjective: of a noun after it (a lower-case word no verb), after "is" or
    "particularly", or listed with another of them."""
    before = body[max(0, m.start - 20) : m.start]
    if _PREDICATE_BEFORE.search(before) or _NATION_LISTED_BEFORE.search(before):
        return True
    end = m.end
    while listed := _LISTED_ADJECTIVE.match(body, end, end + 40):
        end = listed.end()
    if end > m.end:
        return True
    if body[end : end + 1] == "-":
        return True
    word = _NEXT_WORD.match(body, end, end + 40)
    return word is not None and word.group(1) not in _AFTER_A_NOUN and not _verb_after(body, end)


def home_nation_adjectives(body: str, mentions: list[Mention]) -> set[int]:
    """ "an impressive Welsh side", "Welsh quangos": the mentions (ids) of a home nation's adjective
    the model typed a person or a body, where written as an adjective (`_adjective_use`). Decided
    over the entity: a surname or a team's short name stays whole if any of its mentions is
    written as a name (`_names_someone`: "Mr Welsh", "coach Welsh", "Welsh, 34,", "Irish led") or
    the article writes a longer name ending in it ("Orrin Welsh", "London Irish")."""
    adjectives: set[int] = set()
    for group in groups_by_entity(mentions).values():
        bare = [m for m in group if m.text in HOME_NATION_ADJECTIVES]
        if not bare or group[0].label not in ("PERSON", "ORG"):
            continue
        words = {m.text for m in bare}
        if any(o.label != "NORP" and any(o.text.endswith(" " + w) for w in words) for o in mentions):
            continue
        if any(_names_someone(body, m) for m in bare):
            continue
        adjectives |= {id(m) for m in bare if _adjective_use(body, m)}
    return adjectives


# an abstract noun, capitalised for the name it is made from ("Russophobia", "Thatcherism",
# "Britishness", "Napsterization"); "-ity" is left out: Equity, Liberty and the Principality are
# organisations of that shape
_ABSTRACT_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:isms?|phobias?|philias?|i[sz]ations?|ishness)$")
# a follower of a leader named after him ("Brownite briefers", "the Blairites"): a group of people,
# when the word before "-ite" is the surname of a person the article names
_FOLLOWER = re.compile(r"^([A-Z][a-z]{3,})ites?$")
# unless the man is one the table knows, the word must be the plural or go before a noun for people
# ("Pellowite briefers", "Pellowite MPs"): "Marmite sales" beside "Tom Marm" is a product
_FOLLOWERS_AFTER = re.compile(
    r"\s+(?:[a-z]+ers|MPs|MSPs|MEPs|allies|aides|loyalists|rebels|camp|wing|faction|members|critics)\b"
)
# the Games' adjective alone ("his first Olympic title", "the Paralympic champion"): the event is
# "the Olympics", and a body or a place named with the word has more words ("Olympic Stadium")
_GAMES_ADJECTIVES = {"Olympic", "Paralympic"}


# a compass word alone the table does not know ("the West" is one of its entries) is a bloc of
# countries ("ties with the East") or a piece of a longer name the model split ("East | Midlands");
# "the North" and "the South" of a country are its regions
_BLOCS = {"West", "East"}
# an office's remit after its title: "Minister for Children, Young People and Families",
# "Secretary of State for Constitutional Affairs", "Undersecretary of State", "Secretary of Health"
_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?:Minister|Secretary|Undersecretary|Under-Secretary)(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+(?:and\s+)?)*)$"
)
# the remit's list goes on after a name ("Young People and Families"); "Secretary of State for
# Health, John Reid, said" names the minister after the remit
_LIST_GOES_ON = re.compile(r"^(?:,\s+|,?\s+and\s+)[A-Z]")


def _in_remit(body: str, m: Mention) -> bool:
    """A name in the remit written after an office's title (see `_OFFICE_BEFORE`)."""
    office = _OFFICE_BEFORE.search(body, max(0, m.start - 80), m.start)
    return office is not None and (not office.group(1) or bool(_LIST_GOES_ON.match(body[m.end : m.end + 10])))


# a government post written after its remit: "Transportation Secretary X", "Armed Forces Minister
# X", "a Cabinet minister"; not "Secretary General" / "Secretary-General" (a body's head: "UN
# Secretary General")
_POST_AFTER_REMIT = re.compile(r"\s+(?:Secretary(?![\s-]+[Gg]eneral)|Ministers?)(?![\w’'-])")
# a party's spokesman or a lower-case minister for a field ("Health spokesman X", "a health
# minister"): before these a capitalised phrase is more often a party ("a Social Democrat minister")
_FIELD_POST_AFTER_REMIT = re.compile(r"\s+(?:spokes(?:man|woman|person)|ministers?)(?![\w’'-])")
# a word that makes the words before a post a body's name, not a remit, beside BODY_NAME_ENDS' "office"
# and "service": "Church of Scotland Minister", "Scottish Executive minister"
_BODY_BEFORE_POST = frozenset({"church", "executive", "administration"})


def _remit_before_post(body: str, m: Mention) -> bool:
    """ "Transportation Secretary Tom Pell", "Armed Forces Minister X", "Culture, Media and Sport
    Secretary X", "New Home Secretary X": a remit the model took for a body, written before a
    government post. Every word is a common word of the lexicon or an office's field ("Trade and
    Industry"), none a body's word ("Home Office", "Cabinet", "Church of Scotland"); a name
    ("Grobco Secretary") or a table's entry ("Treasury", the caller's guard) is kept. Before a
    spokesman or a lower-case minister every word must be an office's field ("Health spokesman X",
    "a health minister"; not "Social Democrat minister X", a party). Never without the model's
    lexicon, except for the office fields themselves."""
    words = [w for w in re.split(r"[\s-]+", _POSSESSIVE_END.sub("", m.text).lower()) if w and w not in ("and", "&")]
    if _FIELD_POST_AFTER_REMIT.match(body, m.end) is not None:
        # a party's spokesman for a field: "Health spokesman X", "Home Affairs spokesman X" (a firm
        # named with a common word keeps its spokesman: "a Delta spokesperson", "Opera spokeswoman";
        # a party its minister: "Social Democrat minister X")
        return bool(words) and all(w in OFFICE_FIELDS or w == "affairs" for w in words)
    if _POST_AFTER_REMIT.match(body, m.end) is None:
        return False
    return bool(words) and all(
        w not in BODY_NAME_ENDS
        and w not in _CHAMBERS
        and w not in _BODY_BEFORE_POST
        and (w in OFFICE_FIELDS or common_word(w))
        for w in words
    )


# a competition's group or pool, "qualified from Group A", "top of Pool B": no body
_DRAW_GROUP = re.compile(r"^(?:Group|Pool)\s+[A-H]$")
# a ruling family: its members, a group of people, not a body ("the Royal Family")
_DYNASTY = re.compile(r"(?:the\s+)?(?:Royal|Imperial)\s+[Ff]amily")
# the part of a body named after the hero ("an Achilles tendon injury", "the Achilles' heel of the
# market"): the word is an anatomical term, no person or place; only the eponym itself, never a
# possessive "'s" ("snapping at Dorran's heels", "hot on Grobco's heels" name a real rival)
_BODY_PART_AFTER = re.compile(r"['’]?\s+(?:heels?|tendons?|tendinitis|tendonitis)(?![\w’'-])")
_BODY_PART_EPONYM = re.compile(r"Achilles['’]?")


def _one_lower_case_word(text: str) -> bool:
    """ "the congress", "a party congress", "parliament": one word in lower case is a common noun,
    no name, as CoNLL-2003 leaves it; no table is asked, and a body's word is no exception here
    (unlike `_all_lower_case`, where a body's word keeps a longer span: "the defence department")."""
    return text.isalpha() and text.islower()


def _all_lower_case(text: str) -> bool:
    """ "in midfield", "the east and west coast rap scenes": words with no capital, digit or dot
    are no name ("eBay", "3i" and "newsgaming.com" are); a body's word keeps a body written in
    lower case ("the defence department", "the office of the deputy prime minister")."""
    if any(ch.isupper() or ch.isdigit() or ch == "." for ch in text):
        return False
    return not any(w in BODY_WORDS or w == "office" for w in text.split())


# what a company has, written after its name or its possessive: "X's customers", "X sales rose"
COMPANY_POSSESSIONS = (
    r"lead|customers|subscribers|profits?|sales|revenues?|shares|board|network|"
    r"services|products|brand|rivals?|offer|bid|takeover|stores|shops|factory|factories|plant|staff|"
    r"workers|employees|executives|chief|boss|parent|subsidiary|website|platform|software|market"
)
# where a sentence, a paragraph, a quote or a bracket opens (search it in the few characters before
# a word): the one home of the shape
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:][\"”’)]*\s+|\n\s*|[“\"‘(]\s*)$")
# the lower-case word after it, glued by a hyphen ("Chart-topping") or after a space ("House prices")
_WORD_AFTER_OPENING = re.compile(r"(-|\s+)([a-z][a-z’'-]*)(?![\w’'-])")
# what a name is written before: a verb or a small word ("Grobco said", "Velt and ..."), a fixture's
# "v", a person's role or post ("Velt bassist X", "Pell prop X"), a body's or a medium's kind noun
# ("Velt magazine", "Grobco group")
_NOT_A_DESCRIBED_NOUN = frozenset(
    _VERB_AFTER_A_NOUN
    | _AFTER_A_NOUN
    | {"v", "vs", "band", "label", "team", "side", "squad", "club", "group", "brand", "chain"}
    | PLAYING_POSITIONS
    | frozenset(PUBLICATION_NOUNS)
    # what a firm, a maker or a band has or sells beside `COMPANY_POSSESSIONS` ("Velt investors were
    # angry", "Velt phones sold well", "Velt fans queued"), and the roles `PERSON_ROLES` leaves out
    | {"investors", "shareholders", "earnings", "stock", "fans", "phones", "handsets", "games", "models", "cars"}
    | {"mobile", "frontwoman", "frontmen"}
)


def _common_noun_opening(body: str, m: Mention, table: EntityTable) -> bool:
    """ "House prices fell", "Derby matches are worse", "Wheelchair user X", "Chart-topping pop band
    X", "Edinburgh architect X" (a place the model typed a body; architect is on no role list): a
    one-word name, a word of the lexicon (exactly: not "Sony"), that opens a sentence (or a quote or
    the headline) right before a lower-case noun it describes: no verb or small word ("Next is",
    "Sharp will", "Grobco said"), no word ending "-ed" ("Velt confirmed"), no fixture's "v", no
    person's role or post ("Queen bassist X", "Texas frontwoman X", "England prop X"), no body's or
    medium's noun ("Vibe magazine", "Upscale department store X": a company's word), no company's
    possession ("Marmite sales", "Velt customers", "Velt investors", "Velt fans"); glued by a hyphen
    only to an "-ing" word ("Chart-topping", not "Munich-based"). A name the table knows is kept.
    Never without the model's lexicon."""
    word = m.text
    if " " in word or not dictionary_word(word) or table.canonical(word) is not None:
        return False
    if SENTENCE_OPENING.search(body, max(0, m.start - 8), m.start) is None:
        return False
    after = _WORD_AFTER_OPENING.match(body, m.end)
    if after is None:
        return False
    glue, following = after.group(1), after.group(2)
    if glue == "-":
        return following.endswith("ing")
    return not (
        following in _NOT_A_DESCRIBED_NOUN
        or following.endswith("ed")
        or following in PERSON_ROLES
        or following in ROLE_NOUNS
        or is_title_only(following)
        or following.rstrip("s") in COMPANY_WORDS
        or following in BODY_NAME_ENDS
        or re.fullmatch(COMPANY_POSSESSIONS, following) is not None  # "Marmite sales rose": a firm's
    )


# two or three capitalised words, the last a people's ("Sri Lankan", "South African", "Costa Rican")
_PEOPLES_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def not_names(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """Mentions the model typed as a person, an organisation or a place that are none, decided
    over all of an entity's mentions (the table's entries are kept):
    - a people named after a place ("Africans", "Pakistanis", "an American", of a place of two
      words too: "Sri Lankan", "South Africans") is a group (NORP), and so is the noun for one of
      them ("the Frenchman");
    - an abbreviation of a common noun ("GMT", "MPs", "TB") is left out;
    - an abstract noun made from a name ("Russophobia", "Thatcherism") is left out, and so is the
      Games' adjective alone ("Olympic");
    - a leader's followers named after his surname ("Brownite" beside "Gordon Brown") are a group;
    - "East" or "West" alone (not the table's "the West") is a bloc or a piece of a longer name;
    - a ruling family ("the Royal Family") is a group of people, as the guide leaves out;
    - an illness ("Multiple Sclerosis", "Essential Tremor" and its letters "ET") is left out;
    - a one-word name the article also writes in lower case ("Government" and "the government",
      "Visa" and "a visa") is a capitalised common noun: left out; so is an "organisation" that is a
      word of the lexicon written only where a sentence opens, before the noun it describes
      ("House prices fell", "Derby matches are worse": `_common_noun_opening`), and a plural noun
      right after a count ("the two Houses"), and an adverb opening a sentence before a comma
      ("Symbolically, ...").
    And, mention by mention, words that describe rather than name:
    - a span written wholly in lower case ("in midfield") is no name but one with a body's word
      ("the defence department": `_all_lower_case`), and one word in lower case is none whatever
      it is ("the congress", "parliament": `_one_lower_case_word`, for every mention, the table's
      too);
    - a competition's group ("Group A", "Pool B") is no body;
    - a word before a tendon or a heel ("an Achilles tendon injury") is an anatomical term;
    - a person or an organisation the model found in an office's remit ("Minister for Children,
      Young People and Families", "Secretary of State for Constitutional Affairs", or before the
      post: "Transportation Secretary X", "Health spokesman X", `_remit_before_post`) is a title's
      words; a place there ("Secretary of State for Wales", "Wales Secretary X") is kept;
    - a stance or an era written from a lower-case prefix ("anti-Russian", "pro-Kremlin",
      "post-Soviet") is left out, whatever the model typed it;
    - a group's word written as an adjective ("American analyst", "Russian security", "Western
      leaders", "Russian-Belarus relations") is left out; the group itself stays ("Americans",
      "an American had left", "the French, who"). So is a home nation's adjective the model typed
      a person or a body ("Welsh side", "Welsh councils"; `home_nation_adjectives`)."""
    home_adjectives = home_nation_adjectives(body, mentions)
    described = {id(m) for m in mentions if m.label in NAME_LABELS and _one_lower_case_word(m.text)} | {
        id(m)
        for m in mentions
        if table.entry(m.entity_id) is None
        and m.label in NAME_LABELS
        and (
            (_PREFIXED.match(m.text) and m.text[:1].islower())
            or (m.label == "NORP" and _modifier(body, m))
            or id(m) in home_adjectives
            or (m.label in ("PERSON", "ORG") and (_in_remit(body, m) or _remit_before_post(body, m)))
            or _all_lower_case(m.text)
            or _DRAW_GROUP.match(m.text) is not None
            or (_BODY_PART_EPONYM.fullmatch(m.text) is not None and _BODY_PART_AFTER.match(body, m.end) is not None)
        )
    }
    if described:
        mentions = [m for m in mentions if id(m) not in described]
    dropped: set[str] = set()
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    # the surnames of the table's people (leaders a word for followers is made from: "Blairite")
    leaders = {
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text and table.entry(m.entity_id)
    }
    # the words of the article's longer names ("Irish" of "London Irish")
    named_words = {w for m in mentions if " " in m.text for w in m.text.split()}
    named_at = {m.start: m for m in mentions if m.label in NAME_LABELS}
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label not in ("PERSON", "ORG", "PLACE") or table.entry(entity_id) is not None:
            continue
        texts = {_POSSESSIVE_END.sub("", m.text) for m in group}
        if {_LEADING_THE.sub("", t) for t in texts} <= _BLOCS:
            dropped.add(entity_id)  # "the East": a bloc of countries, not a place of the map
            continue
        if all(_DYNASTY.fullmatch(t) for t in texts):
            dropped.add(entity_id)  # "the Royal Family": a family, a group of people (the guide)
            continue
        if any(_ILLNESS.fullmatch(t) for t in texts) and all(_ILLNESS.fullmatch(t) or t.isupper() for t in texts):
            dropped.add(entity_id)  # "Multiple Sclerosis", "Essential Tremor (ET)": an illness, no body
            continue
        if any(honorific_before(body, m.start) for m in group):
            continue
        if all(_PEOPLES_WORDS.fullmatch(t) and DEMONYM_END.search(t) and place_of_demonym(t, table) for t in texts):
            for m in group:
                m.label = "NORP"  # "Sri Lankan", "South African": a people of a place of two words
            continue
        if any(" " in t for t in texts):
            continue
        if all(t in COMMON_ABBREVIATIONS for t in texts):
            dropped.add(entity_id)
            continue
        if all(_ABSTRACT_NOUN.match(t) for t in texts):
            dropped.add(entity_id)  # "Russophobia", "Thatcherism": a capitalised idea, nobody's name
            continue
        if texts <= _GAMES_ADJECTIVES and not any(_team_cue(body, m.start, m.end) for m in group):
            dropped.add(entity_id)  # "Olympic" alone: an adjective of the Games (not "Olympic coach X")
            continue
        if all((f := _FOLLOWER.match(t)) and f.group(1) in surnames for t in texts) and (
            {f.group(1) for t in texts if (f := _FOLLOWER.match(t))} <= leaders
            or all(m.text.endswith("s") or _FOLLOWERS_AFTER.match(body, m.end) for m in group)
        ):
            for m in group:
                m.label = "NORP"  # "Brownite" beside "Gordon Brown": the man's followers
            continue
        if all(t[:1].isupper() and t[1:].islower() for t in texts):
            if all(
                (DEMONYM_END.search(t) and place_of_demonym(t, table))
                or (_plural_national(t) and not is_sport(body))  # "against the Scots": a team
                or t.lower() in _NATIONAL_NOUNS  # "the Frenchman": one person's nationality
                or t.lower() in _PEOPLES_ONLY_WORDS  # "Kazakh President X": a people's word
                for t in texts
            ) or (
                group[0].label == "PERSON"
                and _townsfolk_noun(body, group)
                # "the Londoners" in sport: a London club, as "against the Scots" is a team
                and not (looks_plural(next(iter(texts))) and is_sport(body))
            ):
                for m in group:
                    m.label = "NORP"
                continue
            if (
                group[0].label == "ORG"
                and all(_lower_too(t, body) for t in texts)
                and not any(org_cue(body, m) for m in group)
            ):
                dropped.add(entity_id)
            elif (
                group[0].label == "ORG"
                and all(_common_noun_opening(body, m, table) for m in group)
                # no short form of a longer name ("Irish" after "London Irish"), no nation's word
                and not any(t in named_words or t.lower() in NATIONALITIES for t in texts)
                and not any(org_cue(body, m) for m in group)
            ):
                # "House prices fell", "Derby matches are worse", "Chart-topping band X": a
                # common word capitalised only where it opens a sentence, before the noun it describes
                dropped.add(entity_id)
            elif (
                group[0].label == "ORG"
                and all(dictionary_word(t) for t in texts)
                and all(
                    _INDEFINITE_BEFORE.search(body, max(0, m.start - 30), m.start)
                    and _NOUN_PHRASE_ENDS.match(body, m.end)
                    for m in group
                )
                and not any(org_cue(body, m) for m in group)
            ):
                # "I work at a large Hospital where ...": a common noun a writer capitalised, the head
                # of a phrase opened by "a" ("a Velt spokesman", "a Virgin train": a name before its noun)
                dropped.add(entity_id)
            elif all(_adverb_opening(body, m) for m in group):
                dropped.add(entity_id)  # "Symbolically, a higher fine ...": a sentence adverb, no name
            elif (
                group[0].label in ("ORG", "PERSON")
                and all(plural_noun(t) for t in texts)
                and all(_COUNTED_BEFORE.search(body, max(0, m.start - 20), m.start) for m in group)
                and not any(org_cue(body, m) for m in group)
                and not any(_name_before_noun_or_name(body, m.end, named_at, table) for m in group)
            ):
                # "as the Bill passes through the two Houses": a plural noun a count comes before,
                # capitalised as the writer's style, no name ("the two Koreas" are no noun's plural);
                # not a club's name before its fans ("the two Saints fans") nor in a list of names
                # ("both Saracens and Wasps")
                dropped.add(entity_id)
            elif (
                group[0].label == "PLACE"
                and all(_lower_too(t, body) for t in texts)
                and not any(
                    _IN_A_PLACE.search(body, max(0, m.start - 12), m.start) or _BODYS_STAFF_AFTER.match(body, m.end)
                    for m in group
                )
            ):
                # "Fraud doesn't ..." beside "card fraud", "Broadband has ..." beside "broadband":
                # a common noun capitalised at a sentence's start, no place (unless "in X")
                dropped.add(entity_id)
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


def _adverb_opening(body: str, m: Mention) -> bool:
    """ "Symbolically, a higher fine ...": an adverb of the lexicon ending "-ly" that opens a sentence
    or a quote, a comma right after it (never without the model's lexicon)."""
    return (
        m.text.endswith("ly")
        and m.text.lower() in lemmatizer_tables().words.get("adv", ())
        and body[m.end : m.end + 1] == ","
        and SENTENCE_OPENING.search(body, max(0, m.start - 8), m.start) is not None
    )


# a count right before a word ("the two Houses", "both Chambers"), in lower case: a capitalised one
# is the name's own first word ("the Six Nations", "Three Kings")
# "and" or "or" and a capitalised word right after a word: a list of names ("both Saracens and Wasps")
_NAME_LISTED_AFTER = re.compile(r"\s+(?:and|or)\s+(?=[A-Z])")


def _name_before_noun_or_name(body: str, end: int, named_at: dict[int, Mention], table: EntityTable) -> bool:
    """A club's word right after `end` ("Saints fans", "Wanderers players": a club's name before it;
    `_CLUB_WORDS`; "four Futures titles" is none) or a list of names going on ("Saracens and Wasps")."""
    found = _WORD_AND_NEXT.match(body[end : end + 60])
    listed = _NAME_LISTED_AFTER.match(body, end)
    return (listed is not None and _real_name(named_at.get(listed.end()), table)) or (
        found is not None and found[1] in _CLUB_WORDS
    )


def _real_name(m: Mention | None, table: EntityTable) -> bool:
    """Whether the next item of a list is a name, so the list one of names: a name the model found
    that is a person's or a place's, one the table knows, a plural like a side's ("Wasps", "Sale
    Sharks") or one with a word of no lexicon's ("Exeter"); not a phrase of capitalised common words
    ("both Houses and Royal Assent": "Royal Assent" is no item of a list of names)."""
    if m is None:
        return False
    words = m.text.split()
    return (
        m.label in ("PERSON", "PLACE")
        or table.canonical(m.text) is not None
        or looks_plural(words[-1])
        or not all(common_word(w) for w in words)
    )


_COUNTED_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:{alternation(w for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 2 <= n <= 12)}|both)\s+$"
)


# an indefinite article and up to two lower-case words (no naming word) before a capitalised word,
# and what may follow the head of its phrase (a function word or a stop; not a noun the word would describe)
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w-])[Aa]n?\s+(?:(?!(?:against|of|for|at|to|with|from|by|in|on|and|or|over|than|like|as|"
    # "a retailer named Next": a naming word says a name follows
    r"named|called|dubbed|known)\b)[a-z][\w-]*\s+){0,2}$"
)
_NOUN_PHRASE_ENDS = re.compile(r"[,.;:!?)]|\s+(?:where|which|that|who|in|at|of|on|and|or|but|for|with|to)\b")


# an illness named by capitalised words and its medical head word ("Multiple Sclerosis", "Essential
# Tremor", "Gulf War Syndrome"), with its letters in brackets: no body, no place ("the Velt Syndrome
# Trust" ends otherwise)
_ILLNESS = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){1,3}(?:Sclerosis|Tremor|Syndrome|Disease|Disorder|Dystrophy|Palsy|Neuropathy|Dementia)"
)


# the noun for someone from a town or a region ("Dubliner", "Londoners", "Glaswegian", "Muscovite")
_TOWNSFOLK_END = re.compile(r"[a-z](?:ers?|ians?|ites?)$")
# an article or "fellow" before it, an age or a word of praise between: "a Londoner", "the
# 25-year-old Dubliner", "fellow Glaswegians" (a name is not written after "a" or "the")
_TOWNSFOLK_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Ff]ellow)\s+(?:(?:\d{1,2}-year-old|young|proud|former|true|local)\s+)?$"
)


def _townsfolk_noun(body: str, group: list[Mention]) -> bool:
    """A one-word "person" the article writes only as a noun for where people are from: every
    mention after "a", "the" or "fellow" ("the 25-year-old Dubliner", "a Londoner"), ending as such
    nouns end, and followed by what follows a noun: punctuation, a verb or a small word ("a
    Londoner who", "the Dubliner underlined"; not "the Manchester music scene")."""
    for m in group:
        if _TOWNSFOLK_END.search(m.text) is None or not _TOWNSFOLK_BEFORE.search(body, max(0, m.start - 30), m.start):
            return False
        after = re.match(r"\s*([\w’'-]+|\S)?", body[m.end : m.end + 40])
        following = after.group(1) if after and after.group(1) else ""
        if following[:1].isalpha() and not (
            following in _VERB_AFTER_A_NOUN or following in _AFTER_A_NOUN or re.fullmatch(r"[a-z]+ed", following)
        ):
            return False
    return True


# a malicious program named where it is written: "the Zafi virus", "the Cabir worm", "a virus
# called Bofra", "Netsky and Sasser virus families"
_MALWARE_AFTER = re.compile(
    r"\s+(?:(?:e-?mail|mobile|phone|computer|net|internet)\s+)?(?:virus|viruses|worms?|trojans?)\b", re.I
)
_MALWARE_BEFORE = re.compile(
    r"\b(?:virus|viruses|worms?|trojans?)\s*,?\s+(?:called|dubbed|named|known\s+as|such\s+as|like|including)\s+$",
    re.IGNORECASE,
)
_MALWARE_WORDS = {"virus", "worm", "trojan"}


def malware(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A one-word name the article calls a virus, a worm or a trojan at any of its mentions ("the
    Zafi virus", "a worm called Santy") is a program, no person, body or place: left out, unless
    it acts as a company somewhere ("X said it") or the table knows it ("a Windows virus" is
    about the table's product's maker only if the table says so)."""
    dropped: set[str] = set()
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label not in ("PERSON", "ORG", "PLACE") or table.entry(entity_id) is not None:
            continue
        if all(_POSSESSIVE_END.sub("", m.text).split()[-1].lower() in _MALWARE_WORDS for m in group) and not any(
            first_name_gender(m.text.split()[0]) is not None or honorific_before(body, m.start) for m in group
        ):
            dropped.add(entity_id)  # "the Skulls Trojan", "Sasser Worm"
            continue
        if any(" " in _POSSESSIVE_END.sub("", m.text) for m in group):
            continue
        if any(
            _MALWARE_AFTER.match(body, m.end) or _MALWARE_BEFORE.search(body, max(0, m.start - 30), m.start)
            for m in group
        ) and not any(org_cue(body, m) or honorific_before(body, m.start) for m in group):
            dropped.add(entity_id)
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


# how the words for peoples, faiths, creeds and followers end: "Indians", "Chinese", "Scottish",
# "Dutch", "Islamic", "Western", "Baptist", "Nazism", "Thatcherites", "Londoners" (a word ending so
# may still be a name, "Symbian": such a word is left as the model typed it)
_GROUP_WORD_END = re.compile(r"(?:ans?|ese|ish|ch|ics?|ern|ites?|ists?|isms?|ers?)$")
# a maker or an author before the name: "developed by X", "a survey by X", "new albums by X"
_MAKER_BEFORE = re.compile(
    r"(?<![\w-])(?:developed|made|produced|published|released|created|designed|built|owned|run|operated|"
    r"commissioned|conducted|carried\s+out|survey|study|report|research|poll|albums?|records?|singles?)\s+by\s+$"
)
# what a people never does after its name: "X said", "X declined to comment", "X spokesman", "X,
# which"; a post held there, before a person's name ("X economist Tom Pell")
_ONLY_A_BODY_ACTS_AFTER = re.compile(
    r"(?:\s+(?:declined|declines|said|says|spokesman|spokeswoman|chief|boss)\b|,?\s+which\b"
    rf"|\s+(?:{alternation(PERSON_ROLES | BOARD_OFFICES)})\s+[A-Z][a-z])"
)
# a built place's noun after the name, one word may stand between: "the X plant", "held in X
# hospital", "the X secure hospital"
_SITE_AFTER_A_NAME = re.compile(
    rf"\s+(?:[a-z]+\s+)?(?:{alternation(FACILITY_WORDS | {'hospital', 'plant', 'factory', 'embankment'})})\b"
)
# an apposition naming a body or a firm: "X, the UK's premium rate services watchdog,"
_BODY_NAMED_AFTER = re.compile(
    r",\s+(?:the|a|an|its|[A-Z][\w-]*['’]s)\s+(?:[\w’'-]+\s+){0,4}?"
    rf"(?:{alternation(BODY_WORDS | {'firm', 'company', 'watchdog', 'regulator', 'authority', 'bank'})})\b"
    r"(?=[,.;:)]|\s+(?:that|which|said|says|has|had|is|was)\b)"
)
# a firm's part named after its owner: "its X unit", "Grobco's X division"
_UNIT_OF_A_FIRM = re.compile(r"(?:\b(?:its|their)|['’]s)\s+$")
_UNIT_AFTER = re.compile(r"\s+(?:unit|division|subsidiary|arm)\b")
# a person's own trade written right before the name ("rapper X", "novelist X"); not the roles a firm
# or a team also has ("oil producer X", "chip designer X", "star X", "boss X")
_PERSONS_TRADE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation(PERSON_ROLES - _FIRMS_ROLES - {'boss', 'chief', 'director', 'chairman', 'chairwoman', 'founder', 'co-founder', 'engineer', 'inventor', 'keeper'})})\s+$"
)
# a count of people before a plural name: "some X", "many X", "millions of X"
_COUNTED_PEOPLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Ss]everal|[Mm]illions|[Tt]housands|[Hh]undreds)\s+(?:of\s+)?$"
)
# a post held at the name: "senior manager at X", "an analyst with X"
_POST_AT_BEFORE = re.compile(rf"\b(?:{alternation(PERSON_ROLES | BOARD_OFFICES)})\s+(?:at|with)\s+$")


def group_word(text: str, table: EntityTable) -> bool:
    """ "Americans", "South African", "Muslims", "Iraqi", "Anglo-Dutch", "Thatcherites": a word of
    the name is a people's, a faith's or a camp's (a nationality, a word of `GROUP_WORDS` or a faith,
    a people's word of a place the table knows, or a people's word's ending); "Symantec", "Valve",
    "Fantastic Four" are none."""
    for word in re.split(r"[\s-]+", _POSSESSIVE_END.sub("", text)):
        lowered = word.lower()
        # the singular of a plural: "Poles" -> "pole", "Gypsies" -> "gypsy", "Tories" -> "tory"
        stem = lowered[:-3] + "y" if lowered.endswith("ies") else lowered[:-1] if lowered.endswith("s") else lowered
        if not word[:1].isupper():
            continue  # "iTunes", "eBay": a name's own spelling
        if (
            {lowered, stem} & (NATIONALITIES | GROUP_WORDS | _NATIONAL_NOUNS)
            or word in _FAITHS
            or _plural_national(word)
            or _GROUP_WORD_END.search(lowered)
            or place_of_demonym(word, table)
        ):
            return True
    return False


def names_taken_for_groups(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A name the model typed as a group of people (NORP) that no word of it names a people, a faith
    or a camp (`group_word`: "Symantec", "Valve", "Coldplay", "Thunderbirds") is no group, decided
    over all of its mentions. It is an organisation where one mention is cued as one (a company's
    word around it, "shares in X", "X, which", "developed by X", "a survey by X", "X said", a post
    held there, "its X unit", "firms such as X", or a list whose other names are all organisations: "BT and X"); else a
    person after a person's own trade ("rapper X"); else a place where one is ("the X plant", a list
    of places only); otherwise its type is unknown and it is left out rather than shown as a people.
    The table's entries are kept."""
    # a list of three names or more, or of two joined by "and" or "or" ("X, the UK's watchdog" is an
    # apposition); none in sport, whose team sheets the model types as it will
    runs = (
        []
        if names_teams(body)
        else [
            run
            for run in name_lists(mentions, body)
            if len(run) > 2 or re.search(r"\b(?:and|or)\b", body[run[0].end : run[1].start])
        ]
    )
    run_of = {id(m): run for run in runs for m in run}
    dropped: set[str] = set()
    for entity_id, group in groups_by_entity(mentions).items():
        if group[0].label != "NORP" or table.entry(entity_id) is not None:
            continue
        if any(
            group_word(m.text, table) or _COUNTED_PEOPLE_BEFORE.search(body, max(0, m.start - 20), m.start)
            for m in group
        ):
            continue  # "Some Vorlons said no": a plural counted as people is a group whatever its word
        if any(
            org_cue(body, m)
            or _BODY_NAMED_AFTER.match(body, m.end)  # "X, the UK's phone watchdog, said"
            or _MAKER_BEFORE.search(body, max(0, (first := run_of.get(id(m), [m])[0]).start - 40), first.start)
            or _POST_AT_BEFORE.search(body, max(0, m.start - 40), m.start)
            or _DESIGNATORS_BEFORE.search(body, max(0, m.start - 80), m.start)  # "firms such as A, X and B"
            or (_UNIT_AFTER.match(body, m.end) and _UNIT_OF_A_FIRM.search(body, max(0, m.start - 8), m.start))
            or _ONLY_A_BODY_ACTS_AFTER.match(body, m.end)
            or (id(m) in run_of and all(o.label == "ORG" for o in run_of[id(m)] if o.entity_id != entity_id))
            for m in group
        ):
            for m in group:
                m.label = "ORG"
        elif any(_PERSONS_TRADE_BEFORE.search(body, max(0, m.start - 30), m.start) for m in group):
            for m in group:
                m.label = "PERSON"  # "rapper X", "with novelist X"
        elif any(
            _SITE_AFTER_A_NAME.match(body, m.end)
            or (id(m) in run_of and all(o.label == "PLACE" for o in run_of[id(m)] if o.entity_id != entity_id))
            for m in group
        ):
            for m in group:
                m.label = "PLACE"  # "the X plant", "places like Velt and X"
        else:
            dropped.add(entity_id)
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


# a sport's competition named after its sponsor: "the RBS Six Nations" ("RBS 6 Nations"), "the Zurich Premiership",
# "the Carling Cup", "the SAP Open"
_EVENT_AFTER_SPONSOR = re.compile(r" (?:(?:Six|6) Nations|Premiership|Cup|Championships?|Trophy|Open)\b")


# a league's name that is its competition's ("the Premiership", "the Coca-Cola Championship"):
# the body only where it acts ("the Premiership said", "Premiership chief executive")
_COMPETITION_NAME = re.compile(r"^(?:[A-Z][\w’'-]*\s+)*(?:Premiership|Championship)$")


def sponsors(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A company's name written right before a competition's ("the RBS Six Nations", "the Carling
    Cup") names the competition, not the company: that mention is left out (the company's other
    mentions stay); so does a place before "Open" ("the US Open champion"). A team ("England Six
    Nations squad", a club the table knows) is kept, as is a name with a possessive ("Chelsea's
    Premiership lead"). A league named by its competition's word ("the Premiership", "the
    Coca-Cola Championship") is the competition, the guide's event, unless it acts where it is
    written ("the Premiership said", "Premiership chief executive")."""
    dropped = set()
    for m in mentions:
        if (
            m.label == "ORG"
            and _COMPETITION_NAME.match(m.text)
            and not _NOT_A_WORK_AFTER.match(body[m.end : m.end + 30])
        ):
            dropped.add(id(m))  # "in the Premiership", "several Premiership titles": the competition
            continue
        if m.label not in ("ORG", "PLACE") or m.entity_id.endswith("-team") or m.text.endswith(("'s", "’s")):
            continue
        event = _EVENT_AFTER_SPONSOR.match(body, m.end)
        if event is None or (m.label == "PLACE" and event.group() != " Open"):
            continue  # a place only before "Open" ("the US Open champion"): "England Six Nations squad" is a team's
        entry = table.entry(m.entity_id)
        if entry is not None and entry.label == "ORG" and entry.kind == "club":
            continue
        dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


# --- a company's short name ----------------------------------------------------------------

_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|across|throughout|outside|inside|of)\s+$")
_COMPANY_APPOSITION = re.compile(
    r"^,\s+(?:which\b|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}(?:airline|carrier|company|firm|group|bank|"
    r"maker|chipmaker|manufacturer|retailer|giant|operator|supplier|insurer|lender)s?\b)"
)


def _placed(before: str) -> bool:
    """ "in X", "near X": a place's preposition before a name ("shares in X" is a company's)."""
    return bool(_LOCATIVE_BEFORE.search(before)) and not _SHARES_BEFORE.search(before)


# how a club's name ends ("Leeds United", "Atletico Madrid"), after a place or a word of its own
TEAM_TAILS = {
    "united",
    "city",
    "town",
    "rovers",
    "athletic",
    "wanderers",
    "albion",
    "county",
    "rangers",
    "hotspur",
    "villa",
    "argyle",
    "orient",
    "thistle",
    "forest",
    "madrid",
    "munich",
    "milan",
}
# a broadcaster's channel ("Sky One", "Channel 4", "ITV News") is not the broadcaster itself
_CHANNEL_TAILS = {"one", "two", "three", "four", "news", "sports", "sport", "plus", "digital"}


def _channel(words: list[str]) -> bool:
    return len(words) == 2 and (words[-1].lower() in _CHANNEL_TAILS or words[-1].isdigit())


_IN_A_PLACE = re.compile(
    r"\b(?:in|near|outside|across|throughout)\s+$"
)  # "in Leeds"; "a takeover of Leeds" is the club's


def _is_club(entity_id: str, table: EntityTable) -> bool:
    entry = table.entry(entity_id)
    return entry is not None and entry.kind == "club"


# an institution's own noun, its short name after "the" ("the Bank", "the Court", "the Fund")
_INSTITUTION_NOUNS = (BODY_WORDS - {"party", "club", "fc"}) | {
    "bank",
    "court",
    "fund",
    "board",
    "exchange",
    "authority",
    "union",
    "corporation",
    "service",
    "office",
}
# the last word of a body's, a firm's or a club's name ("Grobco Bank", "Westbury Crown Court",
# "Tarkon FC", "Dunmore United"): such a name is no medium's
BODY_NAME_ENDS = frozenset(COMPANY_WORDS | BODY_WORDS | _INSTITUTION_NOUNS | TEAM_TAILS | {"parliament", "assembly"})


# the second word of a name that is a newspaper's own business ("Mirror Group", "Times
# Newspapers"): such a name does not make the paper's short name a firm of another trade
_PRESS_WORDS = PRESS_BUSINESS_WORDS
# a paper's own words after its name: "Sun newspaper", "Times journalist", "Mirror editor"
_PRESS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:news)?paper|tabloid|editor|columnist|journalist|reporter|correspondent|"
    r"readers|front\s+page|headline)s?\b"
)
# a capitalised word right after a name ("The Sun Grid"): the gazetteer's "The Sun" begins another name
_CAPITAL_AFTER = re.compile(r"^[ ]+[A-Z]")


def firms_named_as_papers(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Sun said ..." after "Sun Microsystems": a newspaper the table writes only with its
    article ("The Sun", "The Times", "The Independent") found as its bare word, in an article that
    names an organisation of that word and one more ("Sun Microsystems", not "Times Newspapers"), is
    that organisation where no "the" precedes it; so is the table's "The Sun" that begins a longer
    name ("The Sun Grid"). "told the Sun", "the Sun newspaper" stay the paper. Changes `mentions`
    in place."""
    firms: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = _POSSESSIVE_END.sub("", m.text).split()
        if (
            m.label == "ORG"
            and len(words) == 2
            and all(w[:1].isupper() for w in words)
            and words[1].lower() not in _PRESS_WORDS
            and not _is_media(m.entity_id, table)
        ):
            firms[words[0]].add(m.entity_id)
    if not firms:
        return
    for m in mentions:
        entry = table.entry(m.entity_id)
        if entry is None or not entry.is_media:
            continue
        text = _POSSESSIVE_END.sub("", m.text)
        word = text[4:] if text.startswith("The ") else text
        targets = firms.get(word, set())
        if len(targets) != 1 or " " in word or table.exact(word) is not None:
            continue  # "Reuters", "Forbes": the bare word is the outlet's own spelling
        if text == word:
            if _THE_BEFORE.search(body, max(0, m.start - 4), m.start) or _PRESS_AFTER.match(body, m.end):
                continue  # "told the Sun", "Sun newspaper", "Sun columnist Ann Pell"
        elif not _CAPITAL_AFTER.match(body[m.end : m.end + 3]):
            continue  # "The Sun said": the paper
        (m.entity_id,) = targets


# "the" right before a paper's name, or a word or two before it ("the former Sun editor")
_THE_NEAR_BEFORE = re.compile(r"(?<![\w-])the\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


# a lowercase word right after a name, which a person's title may be ("Telegraph executive Tom Pell")
_TITLE_AFTER = re.compile(r"\s+([a-z]+)\s+[A-Z]")


def written_with_article_only(word: str, entry: EntityEntry | None, table: EntityTable) -> bool:
    """Whether `word` is the bare word of an outlet the table writes only with its article ("Sun"
    of "The Sun", "Hill" of "The Hill"), which the table's keys (no leading article) find too; not
    a bare word that is the outlet's own spelling ("Reuters", "Forbes")."""
    return (
        entry is not None
        and entry.is_media
        and " " not in word
        and "The " + word in (entry.name, *entry.aliases)
        and table.exact(word) is None
    )


def papers_without_their_article(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "a Hindu temple", "a Sun workstation", "chief executive at Independent": the bare word of a
    newspaper the table writes only with its article ("The Hindu", "The Sun", "The Independent")
    with no "the" before it (nor one or two words before: "the former Sun editor"), no word of
    the press after it ("Sun columnist"), not opening a sentence before a person's title and a
    name ("Telegraph executive Tom Pell said"; "Hill said", "Hill, who ...", "Hill began" open on a
    person, the paper is written "The Hill said") is not the paper: the mention is dropped (its
    own name would take the paper's id), or, where the word closes the name of one person of the
    article ("Debra Hill ... Hill began"), it is that person's mention."""
    kept = []
    people: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "PERSON" and len(words := _POSSESSIVE_END.sub("", m.text).split()) > 1:
            people[words[-1]].add(m.entity_id)
    for m in mentions:
        entry = table.entry(m.entity_id)
        word = _POSSESSIVE_END.sub("", m.text)
        if (
            not written_with_article_only(word, entry, table)
            or _THE_NEAR_BEFORE.search(body, max(0, m.start - 30), m.start)
            or _PRESS_AFTER.match(body, m.start + len(word))
            or (
                _OPENS_SENTENCE.search(body, max(0, m.start - 6), m.start)  # "Telegraph executive Tom Pell said"
                and (title := _TITLE_AFTER.match(body, m.start + len(word))) is not None
                and is_person_noun(title.group(1))  # not "Hill said", "Hill, who ...", "Hill began": a person
            )
        ):
            kept.append(m)
        elif len(people.get(word, ())) == 1:
            (m.entity_id,) = people[word]  # "Hill began" after "Debra Hill": her name
            m.label = "PERSON"
            kept.append(m)
    return kept


def _is_media(entity_id: str, table: EntityTable) -> bool:
    entry = table.entry(entity_id)
    return entry is not None and entry.is_media


def short_forms(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Southwest" after "Southwest Airlines", "Texas" after "Texas Instruments": a one-word name
    that is the first word of an organisation the article names, and that acts as a company
    where it is written ("X, which ...", "X, the biggest airline", "shares in X", "X said it"),
    never after "in" or "near", is that organisation. The table's own entries (countries) are
    kept. Changes `mentions` in place."""
    companies: dict[str, set[str]] = defaultdict(set)
    named: set[str] = set()  # organisations whose name ends in a company word ("Cairn Energy")
    for m in mentions:
        words = _POSSESSIVE_END.sub("", m.text).split()
        if m.label == "ORG" and len(words) >= 2 and words[0][:1].isupper() and not _channel(words):
            companies[words[0]].add(m.entity_id)
            if words[-1].lower() in COMPANY_WORDS and not table.entry(m.entity_id):
                named.add(m.entity_id)
    if not companies:
        return
    people = {w for m in mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()}
    clubs: dict[str, set[str]] = defaultdict(set)  # an organisation's first and last word -> its ids
    team_like: set[str] = set()  # the table does not know them, but their names end as a club's do
    for m in mentions:
        words = _POSSESSIVE_END.sub("", m.text).split()
        if m.label == "ORG" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            clubs[words[0]].add(m.entity_id)
            clubs[words[-1]].add(m.entity_id)
            if words[-1].lower() in TEAM_TAILS and table.entry(m.entity_id) is None:
                team_like.add(m.entity_id)
    sport = is_sport(body)
    for entity_id, group in groups_by_entity(mentions).items():
        # "VELKENS" in a headline in capitals, then "Velkens" in the story: the name as the story writes it
        word = next((m.text for m in group if not m.text.isupper()), group[0].text)
        word = _POSSESSIVE_END.sub("", word)
        if table.entry(entity_id) or any(" " in m.text for m in group):
            continue
        teams = clubs.get(word, set()) - {entity_id}
        if (
            len(teams) == 1
            and not any(_IN_A_PLACE.search(body, max(0, m.start - 20), m.start) for m in group)
            and (_is_club(next(iter(teams)), table) or (sport and next(iter(teams)) in team_like))
            and group[0].label in ("ORG", "PLACE", "PERSON", "NORP")
            and word not in people
            and not any(honorific_before(body, m.start) for m in group)
        ):
            # "Leeds", "Bayern", "United", "Forest" in an article naming "Leeds United", "Bayern
            # Munich", "Manchester United", "Nottingham Forest" (a club the table knows, or in a
            # sport article a name that ends as a club's does: not the "Liverpool Echo") and no
            # other organisation with that word: the club's short name, never after "in" or "near"
            (team,) = teams
            for m in group:
                m.entity_id, m.label = team, "ORG"
            continue
        targets = companies.get(word, set()) - {entity_id}
        if len(targets) != 1 or any(
            # "interest in X's shares": the company's, not a place's
            _placed(body[max(0, m.start - 20) : m.start]) and not _OWN_SHARES_AFTER.match(body[m.end : m.end + 30])
            for m in group
        ):
            continue
        # "Baikal" after "Baikal Finance Group", "RDF" after "RDF Media": the model's "person" or
        # organisation alone is the company its name starts, when that name ends in a company word
        # and nothing makes it a person (an honorific, a full name of the article with that word)
        by_name = targets <= named and (
            group[0].label == "ORG"
            or (
                group[0].label == "PERSON"
                and word not in people
                and not any(honorific_before(body, m.start) for m in group)
            )
        )
        if group[0].label not in ("ORG", "PLACE", "NORP") and not by_name:
            continue
        # "the Bank said" after "the Bank of England": an institution's noun after "the" is the one
        # organisation of the article whose name it begins (not an award's, "the Academy Awards")
        institution = (
            word.lower() in _INSTITUTION_NOUNS
            and all(_THE_BEFORE.search(body, max(0, m.start - 4), m.start) for m in group)
            and not any(_AWARD_TAIL.search(o.text) for o in mentions if o.entity_id in targets)
        )
        if (
            not by_name
            and not institution
            and not any(org_cue(body, m) or _COMPANY_APPOSITION.match(body[m.end : m.end + 60]) for m in group)
        ):
            continue
        (target,) = targets
        for m in group:
            m.entity_id, m.label = target, "ORG"
    _shortened_names(mentions, table)
    _respelled_names(mentions, table)


def clubs_by_their_last_word(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Rovers' assistant manager" in an article about sport (or naming a player's club, "Blackburn
    striker X") that names the club by its town only: a club's last word written alone ("Rovers",
    "Wanderers", "City") is the article's one club, named by its town, whose name in the table ends
    in that word. Two such clubs ("Leeds" and "Newcastle" for "United") leave it alone. Changes
    `mentions` in place."""
    if not names_teams(body):
        return
    groups = groups_by_entity(mentions)
    by_last: dict[str, set[str]] = defaultdict(set)  # a club's last word -> the table's clubs of the article
    by_town: dict[str, set[str]] = defaultdict(set)  # the table's club -> the article's ids of its town's name
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_END.sub("", m.text) for m in group}
        if group[0].label != "ORG" or len(texts) != 1:
            continue
        text = texts.pop()
        entry = table.entry(entity_id)
        club = entry if entry is not None and entry.kind == "club" else table.entry(_club_for(text, table) or "")
        if club is not None and club.kind == "club":
            by_last[normalise(club.name).split()[-1]].add(club.id)  # "Man Utd" is a United too
            if " " not in text:
                by_town[club.id].add(entity_id)
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_END.sub("", m.text) for m in group}
        if group[0].label not in ("ORG", "NORP") or len(texts) != 1 or table.entry(entity_id) is not None:
            continue
        word = texts.pop()
        clubs = by_last.get(word.lower(), set())
        towns = by_town[next(iter(clubs))] - {entity_id} if len(clubs) == 1 else set()
        if word.lower() in TEAM_TAILS and word[:1].isupper() and len(towns) == 1 and not _district(body, group):
            (town_id,) = towns
            club_id = next(iter(clubs))
            for m in group + groups[town_id]:  # the club's two halves confirm it: the table's club
                m.entity_id, m.label = club_id, "ORG"


def club_nicknames(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "the Magpies" in an article about sport that names Newcastle United: a club's nickname the
    table gives (`EntityEntry.nicknames`, capitalised as written) is that club where exactly one
    club the article names by the table's own id goes by it. A club named only by its town
    ("Leicester": either of its clubs, or the opponent of another club so called) takes no
    nickname; a nickname of no club the article names ("the Magpies" in an article naming only
    Arsenal), or of two, is left alone. Changes `mentions` in place."""
    if not names_teams(body):
        return
    groups = groups_by_entity(mentions)
    named = {
        entity_id
        for entity_id, group in groups.items()
        if all(m.label == "ORG" for m in group)
        and (entry := table.entry(entity_id)) is not None
        and entry.kind == "club"
    }
    if not named:
        return
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_END.sub("", m.text) for m in group}
        if table.entry(entity_id) is not None or len(texts) != 1:
            continue
        text = texts.pop()
        clubs = table.nicknamed(text) & named if text[:1].isupper() else set()
        if len(clubs) == 1:
            (club,) = clubs
            for m in group:
                m.entity_id, m.label = club, "ORG"


# "the City" (London's financial district), "City analysts", "City investors": the district, no club
_DISTRICT_BEFORE = re.compile(r"(?<![\w-])(?:in|into|of|on|to|across|around|from)\s+the\s+$", re.IGNORECASE)
_DISTRICT_AFTER = re.compile(
    r"\s+(?:analysts?|investors?|traders?|firms?|institutions?|bankers?|brokers?|watchers?|fund|funds|"
    r"financiers?|regulators?|grandees|figures)\b"
)


def _district(body: str, group: list[Mention]) -> bool:
    """Whether a mention of the word is a district's, not a club's: after a preposition and "the"
    ("shares rose in the City"), or before a financier's noun ("City analysts")."""
    return any(
        _DISTRICT_BEFORE.search(body, max(0, m.start - 20), m.start) or _DISTRICT_AFTER.match(body, m.end)
        for m in group
    )


def _respelled_names(mentions: list[Mention], table: EntityTable) -> None:
    """ "the Institute for Fiscal Studies" and "the Institute of Fiscal Studies", "British Chamber
    of Commerce" and "British Chambers of Commerce" in one article: two organisations of two or
    more words whose names differ only by a plural "s" or a joining word are one, the table's
    if it knows either, else the one written more often. Changes `mentions` in place."""
    by_stems: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "ORG" and " " in m.text:
            stems = tuple(_name_stems(_POSSESSIVE_END.sub("", m.text)))
            if len(stems) >= 2:
                by_stems[stems].add(m.entity_id)
    for ids in by_stems.values():
        if len(ids) != 2:
            continue
        known = [e for e in ids if table.entry(e) is not None]
        if len(known) == 2:
            continue
        counts = {e: sum(m.entity_id == e for m in mentions) for e in ids}
        target = known[0] if known else max(sorted(ids), key=lambda e: counts[e])
        for m in mentions:
            if m.entity_id in ids:
                m.entity_id = target


# a river's name with its noun ("the Yangtze River", "the River Velt"), and a reach of it ("the Upper Velt")
_RIVER_NAME = re.compile(r"(?:[Rr]iver (?P<after>[A-Z][a-z]+)|(?P<before>[A-Z][a-z]+) [Rr]iver)")
_REACH_NAME = re.compile(r"(?:Upper|Lower) (?P<name>[A-Z][a-z]+)")
# "the" right before a river's bare name, a lower-case word between or not ("the central Velt")
_THE_RIVER_BEFORE = re.compile(r"(?<![\w-])the\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def rivers_by_their_name(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "the Velt" and "the Upper Velt" in an article naming "the Velt River" (or "the River Velt"):
    a place the table does not know, written every time as the river's bare name, or as its upper
    or lower reach, after "the" ("on the central Velt"), is the one river of the article so named.
    Not "Velt" without "the" (a state or a town that gives its name to a river: "in Ohio" beside
    "the Ohio River"), nor where two rivers of the article share the name. Changes `mentions` in
    place."""
    if "iver" not in body:
        return
    groups = groups_by_entity(mentions)
    rivers: dict[str, set[str]] = defaultdict(set)  # a river's bare name -> the ids of its full names
    for entity_id, group in groups.items():
        for m in group:
            found = _RIVER_NAME.fullmatch(_POSSESSIVE_END.sub("", m.text))
            if m.label == "PLACE" and found:
                rivers[found.group("after") or found.group("before")].add(entity_id)
    if not rivers:
        return
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_END.sub("", m.text) for m in group}
        if len(texts) != 1 or table.entry(entity_id) is not None or any(m.label != "PLACE" for m in group):
            continue
        text = texts.pop()
        reach = _REACH_NAME.fullmatch(text)
        targets = rivers.get(reach.group("name") if reach else text, set()) - {entity_id}
        if len(targets) != 1 or not all(_THE_RIVER_BEFORE.search(body, max(0, m.start - 20), m.start) for m in group):
            continue
        (river,) = targets
        for m in group:
            m.entity_id = river


# a company's arm named after it: "Standard Life" and "Standard Life Investments", "Ford Europe"
_ARM_WORDS = {
    "investments",
    "investment",
    "bank",
    "banking",
    "capital",
    "securities",
    "finance",
    "financial",
    "international",
    "europe",
    "america",
    "asia",
    "uk",
    "foundation",
}


def _shortened_names(mentions: list[Mention], table: EntityTable) -> None:
    """ "Yangtze Electric" after "Yangtze Electric Power", "US Customs" beside "US Customs
    Service": an organisation of two or more capitalised words the table does not know, every
    mention of which is written the same, is the one organisation of the article whose name is
    those words and one capitalised word more, when that word is no body's ("Barnsley Council"),
    club's ("Leeds United") or channel's ("Sky News") and no other organisation's name begins
    with the same words. Changes `mentions` in place."""
    groups = groups_by_entity(mentions)
    by_head: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a name's first words -> ids
    for entity_id, group in groups.items():
        if group[0].label != "ORG":
            continue
        for m in group:
            words = tuple(_POSSESSIVE_END.sub("", m.text).split())
            for k in range(2, len(words)):
                by_head[words[:k]].add(entity_id)
    if not by_head:
        return
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_END.sub("", m.text) for m in group}
        if group[0].label != "ORG" or len(texts) != 1 or table.entry(entity_id) is not None:
            continue
        words = tuple(next(iter(texts)).split())
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        targets = by_head.get(words, set()) - {entity_id}
        if not targets:
            _one_word_left_out(words, entity_id, groups, table)
            continue
        if len(targets) != 1:
            continue
        (target,) = targets
        longer = {tuple(_POSSESSIVE_END.sub("", m.text).split()) for m in groups[target]}
        if not any(
            len(t) == len(words) + 1
            and t[-1][:1].isupper()
            and t[-1].lower() not in BODY_WORDS | TEAM_TAILS | _CHANNEL_TAILS | _ARM_WORDS
            and not t[-1].isdigit()
            for t in longer
            if t[: len(words)] == words
        ):
            continue
        for m in group:
            m.entity_id = target


def _one_word_left_out(
    words: tuple[str, ...], entity_id: str, groups: dict[str, list[Mention]], table: EntityTable
) -> None:
    """ "Columbia Distributor" beside "Columbia Funds Distributor": a name of capitalised words
    that is the one organisation of the article whose name has the same first and last words
    and one capitalised word more between them (no nation's word: "Velt Bank" and "Velt Tarnian
    Bank" may be two banks) is that organisation, shortened. Changes `groups`' mentions in place."""
    found: set[str] = set()
    for other, group in groups.items():
        if other == entity_id or group[0].label != "ORG":
            continue
        for m in group:
            longer = tuple(_POSSESSIVE_END.sub("", m.text).split())
            if len(longer) != len(words) + 1 or longer[0] != words[0] or longer[-1] != words[-1]:
                continue
            extra = [w for i, w in enumerate(longer[1:-1], 1) if longer[:i] + longer[i + 1 :] == words]
            if extra and all(
                w[:1].isupper() and not a_nations_word(w.lower()) and not table.canonical(w) for w in extra
            ):
                found.add(other)
    if len(found) == 1:
        (target,) = found
        for m in groups[entity_id]:
            m.entity_id = target


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:][\"”’)]*\s+|\n\s*)$")
# "House of Parliament" does not make "Parliament" a house, nor "Duchy of Lancaster and Duchy of
# Cornwall" one duchy: last words after one of these are a name of their own
_JOINING_WORDS = {"of", "for", "the", "and", "v", "on", "to", "in", "at"}


def _joins_no_names(words: tuple[str, ...], k: int) -> bool:
    """The word before the last `k` words of a name joins no two names on ("of", "and"), but the
    "and" of two people's words ("british and irish lions") is inside one."""
    joining = words[-k - 1]
    if joining not in _JOINING_WORDS:
        return True
    return joining == "and" and k + 2 <= len(words) and a_nations_word(words[-k - 2]) and a_nations_word(words[-k])


def _two_peoples_open(words: tuple[str, ...]) -> bool:
    """A name of four words or more opened by two people's words and "and" ("british and irish lions")."""
    return len(words) >= 4 and words[1] == "and" and a_nations_word(words[0]) and a_nations_word(words[2])


def dropped_first_words(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Boerse" after "Deutsche Boerse", "the Media Council" after "the Ugandan Media Council":
    an organisation the table does not know, every mention of which is the last words of one
    longer organisation of the article, and of no other, is that organisation. The longer name
    is no person's (a first name, an initial, a mention typed a person), does not join its last
    words on with "of" or "and", and is written once at least inside a sentence (a sentence's
    capitalised first word, "Bookmakers Ladbrokes", is not a name's). Changes `mentions` in
    place."""
    groups = groups_by_entity(mentions)
    named = {  # the table's organisations named here ("Microsoft")
        normalise(m.text) for m in mentions if (entry := table.entry(m.entity_id)) is not None and entry.label == "ORG"
    }
    longer: dict[tuple[str, ...], set[str]] = defaultdict(set)  # last words -> the ids they end
    full_names: set[str] = set()  # the ids whose longer name may be a short form's
    people_words = {w for m in mentions if m.label == "PERSON" for w in normalise(m.text).split()}
    founders: set[str] = set()  # the ids of firms named after a founder ("Eli Velt")
    for entity_id, group in groups.items():
        if not any(m.label == "ORG" for m in group):
            continue
        for m in group:
            words = tuple(normalise(m.text).split())
            for k in range(1, min(len(words), 4)):
                longer[words[-k:]].add(entity_id)
        if any(m.label != "ORG" for m in group):
            continue
        for m in group:
            words = tuple(normalise(m.text).split())
            first = m.text.split()[0] if m.text.split() else ""
            if (
                len(m.text.split()) < 2
                or len(first) == 1
                or not first[:1].isupper()
                # "Derby-Fulham", "TCP/IP", "another Blue Gene"; a first name before a surname only
                # as a firm's founder's name, "Eli Velt" for "Velt", no person of the article so named
                or (is_first_name(first) and (len(words) != 2 or words[-1] in people_words))
                # (a sentence's first word is a name's where two people's words open it: "British
                # and Irish Lions coach Tom Pell said")
                or (_OPENS_SENTENCE.search(body, max(0, m.start - 6), m.start) and not _two_peoples_open(words))
            ):
                continue
            if all(_joins_no_names(words, k) for k in range(1, len(words))) and not any(
                " ".join(words[:k]) in named for k in range(1, len(words))
            ):
                # "Microsoft IPTV": a known organisation's product or division, not "IPTV"'s full name
                full_names.add(entity_id)
                if is_first_name(first):
                    founders.add(entity_id)
    if not longer:
        return
    for entity_id, group in groups.items():
        if table.entry(entity_id) or any(m.label != "ORG" or not m.text[:1].isupper() for m in group):
            continue
        forms = {tuple(normalise(m.text).split()) for m in group}
        if len(forms) != 1:
            continue
        targets = longer.get(forms.pop(), set()) - {entity_id}
        if len(targets) == 1 and targets <= full_names:
            (target,) = targets
            if target in founders and any(_NAME_GOES_ON.match(body, m.end) for m in group):
                continue  # "Velt Records" after "Eli Velt": the surname starts another name
            for m in group:
                m.entity_id = target


# a capitalised word right after a name: the name goes on ("Velt Records")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


_BRACKETED_NAME = re.compile(
    r"\(([A-Z][a-z]+)\) ([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"  # "(Dietmar) Hamann"
    r"|\b([A-Z][a-z]+) \(([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\)"  # "Ato (Boldon)"
)


_INITIAL_BEFORE = re.compile(r"(?<![\w’'-])[A-Z]\.? $")
# a list of names each with a bracket: ", Savage (Blackburn)" next, "(West Ham), " before
_LISTED = re.compile(r"[,;]\s+(?:and\s+)?[A-Z][\w’'-]* \([A-Z]")
_LISTED_BEFORE = re.compile(r"\([A-Z][^()]{0,30}\)[,;]\s+(?:and\s+)?$")


def bracketed_names(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "(Dietmar) Hamann", "Igor (Biscan)": a quote's first name or surname added in brackets
    makes one person of the two words, when one of them is a person's mention or the first is a
    first name, and the table knows neither. The list, in body order."""
    added: list[Mention] = []
    groups = groups_by_entity(mentions)
    for match in _BRACKETED_NAME.finditer(body):
        first, surname = (1, 2) if match.group(1) else (3, 4)
        words = [(match.start(g), match.end(g)) for g in (first, surname)]
        if any(table.canonical(body[a:b]) for a, b in words):
            continue
        found = [next((m for m in mentions if m.start <= a < m.end), None) for a, _ in words]
        if any(m is not None and (m.start, m.end) != w for m, w in zip(found, words, strict=True)):
            continue  # a word inside a longer name
        if match.group(3) and (
            _INITIAL_BEFORE.search(body, max(0, match.start() - 3), match.start())
            or _LISTED.match(body, match.end(), match.end() + 40)
            or _LISTED_BEFORE.search(body, max(0, match.start() - 40), match.start())
            or (
                found[1] is not None
                and found[1].label in ("ORG", "PLACE", "NORP")
                and first_name_gender(match.group(3)) is None
            )
        ):
            # "B Kay (Leicester)", "Tait (Newcastle), Savage (Blackburn)": a line-up's player and
            # his club; "Denzel (Washington)" alone is a first name and a surname
            continue
        if (
            not any(m is not None and m.label == "PERSON" for m in found)
            and first_name_gender(body[slice(*words[0])]) is None
        ):
            continue
        ids = {m.entity_id for m in found if m is not None}
        full = [i for i in ids if any(" " in g.text for g in groups.get(i, []))]
        target = full[0] if len(full) == 1 else slugify(f"{body[slice(*words[0])]} {body[slice(*words[1])]}")
        near = [m for m in mentions if m.start < match.start()]
        paragraph = next((m.paragraph for m in found if m is not None), near[-1].paragraph if near else 0)
        for i in ids:
            for other in groups.get(i, []):
                other.entity_id, other.label = target, "PERSON"
        for at, (a, b) in zip(found, words, strict=True):
            if at is None:
                added.append(Mention(target, body[a:b], "PERSON", a, b, paragraph))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


_WEB_ADDRESS = re.compile(rf"^([A-Z][\w-]*)\.{WEB_SUFFIX}$", re.IGNORECASE)


def web_addresses(mentions: list[Mention], table: EntityTable) -> None:
    """ "Shadowcrew" after "Shadowcrew.com": a name alone is the organisation whose web address
    the article names with it (the table's own entries are kept). A web address itself the model
    typed a place or a person ("Velt.co.uk") is the site's body, an organisation. Changes
    `mentions` in place."""
    groups = groups_by_entity(mentions)
    sites = {}
    for entity_id, group in groups.items():
        match = _WEB_ADDRESS.match(group[0].text)
        if match and group[0].label in ("PERSON", "PLACE") and not table.entry(entity_id):
            for m in group:
                m.label = "ORG"
        if match and group[0].label == "ORG" and not table.entry(entity_id):
            sites[match.group(1).lower()] = entity_id
    for entity_id, group in groups.items():
        target = sites.get(_POSSESSIVE_END.sub("", group[0].text).lower())
        if target is None or target == entity_id or table.entry(entity_id):
            continue
        if group[0].label not in ("ORG", "PERSON", "PLACE") or any(" " in m.text for m in group):
            continue
        for m in group:
            m.entity_id, m.label = target, "ORG"


# a web address the model left untagged, first or last in a list: "Velt.com, " / " and Velt.com"
_WEB_ITEM_BEFORE = re.compile(rf"(?<![\w.-])[A-Z][\w-]*\.{WEB_SUFFIX}(?:,\s+|,?\s+(?:and|or)\s+)$")
_WEB_ITEM_AFTER = re.compile(rf"(?:,\s+|,?\s+(?:and|or)\s+)[A-Z][\w-]*\.{WEB_SUFFIX}(?![\w-])")


# a word for sites or their readers right before a list: "readers of", "websites such as", "blogs like"
_SITE_CUE_BEFORE = re.compile(
    r"\b(?:readers|users|visitors|(?:web)?sites?|blogs?|portals?|search engines?)\b(?:\s+(?:of|such\s+as|like|including|as))?\s+$",
    re.IGNORECASE,
)


def _a_site(m: Mention, table: EntityTable) -> bool:
    """A web address ("Velt.com") or a magazine or website the table knows."""
    entry = table.entry(m.entity_id)
    return _WEB_ADDRESS.match(m.text) is not None or (
        entry is not None and entry.role == "media" and entry.kind == "media"
    )


def sites_listed(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "readers of Velt.com, Grobby and Tarnhub": a list of three names or more (commas, "and",
    "or" between them and nothing else) that holds two sites (`_a_site`: a web address or a website
    the table knows; or a web address the model left untagged first or last in it: `name_lists`),
    or one after a word for sites or their readers (`_SITE_CUE_BEFORE`), is a list of sites: its
    one-word names the model typed a person or a place, which the table does not know and the
    article never writes with another word ("Tom Grobby"), are organisations ("include Velt.com,
    Murdoch and Diller", one site and no cue, keeps its people). Changes `mentions` in place."""
    groups = groups_by_entity(mentions)
    for run in name_lists(sorted(mentions, key=lambda m: m.start), body):
        item = _WEB_ITEM_BEFORE.search(body, max(0, run[0].start - 60), run[0].start)
        before = item is not None
        after = _WEB_ITEM_AFTER.match(body, run[-1].end) is not None
        sites = before + after + sum(_a_site(m, table) for m in run)
        head = item.start() if item is not None else run[0].start
        cued = _SITE_CUE_BEFORE.search(body, max(0, head - 40), head) is not None
        if len(run) + before + after < 3 or sites < 1 or (sites < 2 and not cued):
            continue  # "include Velt.com, Murdoch and Diller": one site among surnames, no list of sites
        for m in run:
            if m.label == "ORG" or " " in m.text or table.entry(m.entity_id) is not None:
                continue
            if any(" " in o.text for o in groups.get(m.entity_id, [])):
                continue
            for o in groups.get(m.entity_id, [m]):
                o.label = "ORG"


# --- people and places the table or the model got wrong where they are written ---------------

# after a site's name: its possessive, another capitalised word ("in X Y"), a hyphen, or a player's
# position ("in X prop Y": the club)
_NOT_A_SITE_AFTER = re.compile(
    r"['’-]|\s+(?:[A-Z]|(?:" + "|".join(sorted(PLAYING_POSITIONS, key=len, reverse=True)) + r")(?![\w-]))"
)


def people_by_honorific(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Lord Sainsbury" where the table knows "Sainsbury" as a retailer: a one-word name right
    after an honorific or a peerage is a person, the article's one person with that surname when
    it names one ("David Sainsbury"). Runs before the table's type is applied to each entity.
    Changes `mentions` in place."""
    for m in mentions:
        if m.label == "PERSON" or " " in m.text or not honorific_before(body, m.start):
            continue
        entry = table.entry(m.entity_id)
        if entry is None or entry.label == "PERSON":
            continue
        word = _POSSESSIVE_END.sub("", m.text)
        person = full_name_with(word, mentions) or slugify(word) or m.entity_id
        if person == m.entity_id:
            # "Baroness Scotland": the table's id is the place's, whose type would win back
            person = slugify(f"{honorific_before(body, m.start)} {word}") or person
        m.entity_id, m.label = person, "PERSON"


_SITE_AFTER = re.compile(r"^\s+(?:factory|factories|plant|plants)\b(?!\s+(?:of|to)\b)")
# a site of a company's right before the name: "the factory in X", "its plant near X"
# "based in X", "a man from X, Surrey": a place by the words around it
_BASED_IN_BEFORE = re.compile(r"\b(?:based|born|resident|residents|living|lives)\s+in\s+$")
_FROM_BEFORE = re.compile(r"\b(?:in|from|near)\s+$")
_COMMA_THEN_PLACE = re.compile(r",\s+(?=[A-Z])")


def _placed_by_words(body: str, m: Mention, place_starts: dict[int, int]) -> bool:
    """ "based in X", or "from X, Surrey" (a place after the comma, not its possessive: "in X,
    Finland's biggest firm" names a company)."""
    before = body[max(0, m.start - 20) : m.start]
    if _BASED_IN_BEFORE.search(before):
        return True
    comma = _COMMA_THEN_PLACE.match(body, m.end)
    if comma is None or comma.end() not in place_starts or not _FROM_BEFORE.search(before):
        return False
    end = place_starts[comma.end()]
    return body[end : end + 1] not in ("'", "’")


_SITE_IN_BEFORE = re.compile(r"\b(?:" + _SITE_NOUNS + r")\s+(?:in|near|at|outside)\s+$")

# an address: a town and its region or country after a preposition, the address ending there ("a
# huntsman from X, Herefordshire, said", "Tom Pell, 37, of X, Velmia."; "in Chatham, X."): not a
# list ("Chelsea, X and Arsenal"), not a possessive ("in X, Finland's biggest firm")
_ADDRESS_OPENS = re.compile(r"(?<![\w’'-])(?:in|from|near|(?<=\d,\s)of)\s+$")
_ADDRESS_ENDS = re.compile(r"[,.;]")
# the region of an address ends its clause: not a comma before a relative or an apposition ("a firm
# in Leeds, X, which beat two rivals", "in Tarbury, X, a brewer, said": X is named in the town)
_REGION_ENDS = re.compile(r"[.;]|,(?!\s+(?:which|who|whose|that|the|a|an|its|his|her|their)\b)")


def _in_an_address(body: str, m: Mention, place_starts: dict[int, int], place_ends: dict[int, int]) -> bool:
    """The mention is the town of an address whose region is a place ("from X, Velmia.") or the
    region of an address whose town is a place ("in Tarbury, X."), the address opened by "in",
    "from", "near" or an age's "of" (`_ADDRESS_OPENS`) and ended by a comma, a full stop or a
    semicolon (`_ADDRESS_ENDS`); after the region, not a comma that opens a relative or an
    apposition (`_REGION_ENDS`: "in Leeds, X, which beat")."""
    comma = _COMMA_THEN_PLACE.match(body, m.end)
    if comma is not None and comma.end() in place_starts:
        end = place_starts[comma.end()]
        return bool(_ADDRESS_OPENS.search(body, max(0, m.start - 12), m.start) and _ADDRESS_ENDS.match(body, end))
    before = re.search(r",\s+$", body[max(0, m.start - 4) : m.start])
    if before is None or not _REGION_ENDS.match(body, m.end):
        return False
    town_end = m.start - len(before.group())
    town_start = place_ends.get(town_end)
    return town_start is not None and bool(_ADDRESS_OPENS.search(body, max(0, town_start - 12), town_start))


# a settlement named in an apposition after its country's adjective that ends there ("from the
# Czech capital, X."; "In the Welsh capital, X said" is a person's clause), or an airport's name
# ("at X airport")
_SETTLEMENT_BEFORE = re.compile(r"\bthe\s+[A-Z][a-z]+\s+(?:capital|city|town|port|village),\s+$")
_APPOSITION_ENDS = re.compile(r"[.;:)!?]|,\s+(?:which|where|whose)\b")
# a settlement's kind and "of" before the first or the last name of a list: "the London boroughs
# of X and Y" (a name after "of X, " may be an apposition: "the borough of X, Y, said")
_SETTLEMENTS_OF = re.compile(
    r"\b(?:boroughs?|towns?|cities|villages?|counties|districts?|provinces?)\s+of\s+"
    r"(?:[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*){0,3},?\s+and\s+)?$"
)
# one settlement's kind and "of" right before the name, the kind in lower case: "the city of X",
# "her home town of X", "the southern province of X Y" ("the City of X" may be a body's name; "the
# state of X" is as often its condition, but not after a compass word: "the southern state of X")
# (the kinds are shared: entities' "a port in X." too)
SETTLEMENT_NOUNS = r"city|town|hometown|village|port|province|region|county|district|borough|suburb|island"
_SETTLEMENT_OF = re.compile(
    rf"(?<![\w-])(?:{SETTLEMENT_NOUNS})\s+of\s+$"
    r"|(?<![\w-])(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"\s+(?:state|department)\s+of\s+$"
    # "the constituency now known as X", "a village called X"
    r"|(?<![\w-])(?:constituency|seat|city|town|village|district|borough)\s+(?:now\s+)?(?:known\s+as|called)\s+$"
)
_AIRPORT_AFTER = re.compile(r" airport\b")
# a distance and a compass point before the name: "250 km north of X", "40 miles (64 km) south-west of X"
_DISTANCE_OF = re.compile(
    r"(?<![\w.,])\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,25}\)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$"
)
# the last of two names before a plural of a settlement's kind: "the Odesa and X regions"
_LISTED_SETTLEMENT_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]* and $")
_SETTLEMENTS_AFTER = re.compile(r"\s+(?:regions|provinces|districts|counties|oblasts)(?![\w-])")
# a firm's or a band's noun and its name after a one-word "person": where it is from ("Tarbury
# start-up Grobco", "Tarbury group The Pellows")
_HOME_OF_A_NAMED_BODY_AFTER = re.compile(
    r" (?:start-up|firm|company|group|band|outfit|label|studio|developer) (?=[A-Z])"
)
# a band's noun after its home and up to two describing words, the band's name unsaid: "his Tarbury
# four-piece band", "a Velton indie outfit" (not "the X tribute band": another band's name)
_HOME_OF_A_BAND_AFTER = re.compile(r" (?!tribute |covers? )(?:[a-z][\w-]*\s+){0,2}(?:band|outfit)(?![\w-])")
_OWNER_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+$")
# a seat's election: "the Horsham by-election", "the Copeland constituency"
_SEAT_AFTER = re.compile(r" (?:by-election|by election|constituency)(?![\w-])")


# "Bracknell-based Exel", "the Leuven-based brewery", "the Sheffield-born right-hander": a place
# glued to "-based" or "-born", which the model leaves untagged when it does not know the town
GLUED_PLACE = re.compile(
    r"(?<![\w’'.-])(?:(?:The|A|An|Its|Their|His|Her)\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)-(based|born)\s+(?:the\s+)?([\w’'-]+)"
)
# what a place is the base of ("Linux-based operating system" is no place's)
_BASED_NOUNS = {
    "company",
    "firm",
    "group",
    "business",
    "brewery",
    "bank",
    "band",
    "charity",
    "developer",
    "maker",
    "manufacturer",
    "retailer",
    "chain",
    "production",
    "studio",
    "club",
    "team",
    "organisation",
    "agency",
    "consultancy",
    "exchange",
    "operator",
    "carrier",
    "airline",
    "publisher",
    "broker",
    "analyst",
    "lawyer",
    "designer",
}


_GLUED_AFTER = re.compile(r"-(based|born)\b\s*(?:the\s+)?([\w’'-]*)")


def glued_place_after(glue: str, after: str, tagged: bool = False) -> bool:
    """Whether a name glued to "-based" or "-born" ("Bracknell-based Exel", "the Sheffield-born
    winger") is a place by what is written after it: "-born" always; "-based" before a name or an
    organisation's noun ("Linux-based system" is software) where the model left the word untagged,
    before any word where it `tagged` the word a name ("the Newport-based athlete", "Aberdeen-based
    oil firm": the model's tag says it is a name, and a base names a place)."""
    return glue == "born" or tagged or after[:1].isupper() or after.lower().rstrip("s") in _BASED_NOUNS


def _written_glued_place(body: str, m: Mention) -> bool:
    """A mention written "X-based Y" or "X-born Y" that `glued_place_after` reads as a place."""
    match = _GLUED_AFTER.match(body, m.end)
    return match is not None and glued_place_after(match.group(1), match.group(2), tagged=True)


def places_by_context(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Chennai-based Tata", "the Gateshead-born winger": a name written "X-based" or "X-born"
    as `glued_place_after` reads it (the one reading `missed_glued_places` uses for untagged
    words) is a place, and so is a seat ("the X by-election", "the X constituency"), a one-word "person"
    named as a country's city ("the Czech capital, X"), an airport ("X airport"), the home of a firm or a
    band named after it ("X start-up Grobco", "X group The Pellows") or a borough ("the
    boroughs of X and Y") once; a name of any length once written after one settlement's kind
    and "of", "known as" or "called" ("the port city of X", "the constituency now known as X",
    `_SETTLEMENT_OF`), after a distance and a compass point ("250 km north of X") or before the plural
    of a settlement's kind after another name ("the Odesa and X regions"); "in Valencia" where a one-word
    "person" is only ever written after "in" or "near" (never "Mr X", "X said", "X's") is a
    place, and so is a one-word "organisation" written as a site (`_sited_org`: "the summit in X"),
    and a "person" listed among places (`_people_listed_among_places`). Decided over all the
    entity's mentions; the table's entries are kept. Changes `mentions` in place."""
    place_starts = {m.start: m.end for m in mentions if m.label == "PLACE"}
    org_starts = {m.start for m in mentions if m.label == "ORG"}
    for entity_id, group in groups_by_entity(mentions).items():
        label = group[0].label
        if label not in ("ORG", "PERSON") or table.entry(entity_id) is not None:
            continue
        if any(
            _SETTLEMENT_OF.search(body, max(0, m.start - 30), m.start)
            or _DISTANCE_OF.search(body, max(0, m.start - 60), m.start)  # "250 km north of X"
            or (
                _SETTLEMENTS_AFTER.match(body, m.end)  # "the Odesa and X regions"
                and _LISTED_SETTLEMENT_BEFORE.search(body, max(0, m.start - 30), m.start)
            )
            for m in group
        ):
            for m in group:  # "the port city of X Y": a place whatever its number of words
                m.label = "PLACE"
            continue
        if any(" " in m.text for m in group):
            continue
        based = (
            any(_written_glued_place(body, m) for m in group)
            or any(_SEAT_AFTER.match(body, m.end) for m in group)
            or (
                label == "PERSON"
                and not any(honorific_before(body, m.start) for m in group)
                and any(
                    (
                        _SETTLEMENT_BEFORE.search(body, max(0, m.start - 40), m.start)
                        and _APPOSITION_ENDS.match(body, m.end)
                    )
                    or _AIRPORT_AFTER.match(body, m.end)
                    or (_HOME_OF_A_NAMED_BODY_AFTER.match(body, m.end) and not is_first_name(m.text))
                    or (
                        # "his Tarbury four-piece band": the band's home, its name unsaid
                        _HOME_OF_A_BAND_AFTER.match(body, m.end)
                        and _OWNER_WORD_BEFORE.search(body, max(0, m.start - 8), m.start)
                        and not is_first_name(m.text)
                    )
                    or _SETTLEMENTS_OF.search(body, max(0, m.start - 80), m.start)
                    for m in group
                )
            )
            or all(_SITE_IN_BEFORE.search(body[max(0, m.start - 30) : m.start]) for m in group)
            or all(_placed_by_words(body, m, place_starts) for m in group)
        )
        placed = label == "PERSON" and all(
            _IN_BEFORE.search(body[max(0, m.start - 8) : m.start])
            and not honorific_before(body, m.start)
            and body[m.end : m.end + 1] not in ("'", "’")
            for m in group
        )
        placed = placed or (label == "ORG" and _sited_org(body, group, org_starts))
        if based or placed or _county(body, group):
            for m in group:
                m.label = "PLACE"
    places = {m.text for m in mentions if m.label == "PLACE"}
    # the places found so far ("Dumfriesshire" typed a person) may be an address's other part
    place_starts = {m.start: m.end for m in mentions if m.label == "PLACE"}
    place_ends = {m.end: m.start for m in mentions if m.label == "PLACE"}
    for entity_id, group in groups_by_entity(mentions).items():
        label = group[0].label
        if label not in ("ORG", "PERSON") or table.entry(entity_id) is not None:
            continue
        # one word written once as an address's town or region ("a huntsman from X, Herefordshire,"
        # "in Chatham, X."), never with a body's cue or an honorific; a "person" written nowhere
        # but after "in", "near" or "from" ("Tom Pell, 32, from Wembley, X, said")
        addressed = (
            not any(" " in m.text for m in group)
            and any(_in_an_address(body, m, place_starts, place_ends) for m in group)
            and not any(org_cue(body, m) or honorific_before(body, m.start) for m in group)
            and (
                label == "ORG"
                or all(
                    _in_an_address(body, m, place_starts, place_ends)
                    or _FROM_BEFORE.search(body[max(0, m.start - 8) : m.start])
                    for m in group
                )
            )
        )
        if addressed or any(_compass_place(m, places, mentions, body) for m in group):
            for m in group:
                m.label = "PLACE"
    _readers_towns(body, mentions, table)
    _people_listed_among_places(body, mentions, table)


# between a reader's first name and the town a comment is signed from: "Ann in X", "Ann, of X",
# "Ann from X", "Ann, X saying" (a comma alone not in a list: "firms Dell, Velt and Tarn")
_READERS_TOWN_GLUE = re.compile(r"^(?:,?\s+(?:in|of|from)|(?P<comma>,))\s+$")
_LIST_BEFORE = re.compile(r"(?:,|\b(?:and|or|&))\s+$")


def _readers_towns(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Ann in X complains", "I disagree with Ann, of X", "Ann from X": a one-word name written
    only right after a reader's first name alone (no surname) and an "in", "of", "from" or a
    comma is the town the reader writes from, not the organisation the model took it for; the
    first name the model took for an organisation there is the reader. Not in sport ("Pell, of
    X", a player of a club), nor where the word acts as only a body does ("Kate from X said": a
    spokeswoman and her employer). The table's entries are kept. Changes `mentions` in place."""
    if names_teams(body):
        return
    named = sorted((m for m in mentions if m.label in ("PERSON", "ORG", "PLACE")), key=lambda m: m.start)
    readers: dict[int, Mention] = {}  # a town's mention -> the reader's
    for first, second in zip(named, named[1:], strict=False):
        if (
            " " not in first.text
            and is_first_name(first.text)
            and first.label in ("PERSON", "ORG")
            and table.entry(first.entity_id) is None
            and (glue := _READERS_TOWN_GLUE.match(body[first.end : second.start]))
            and not (
                glue.group("comma")
                and (
                    _LIST_GOES_ON_AFTER.match(body, second.end)
                    or _LIST_BEFORE.search(body, max(0, first.start - 6), first.start)
                )
            )
        ):
            readers[id(second)] = first
    groups = groups_by_entity(mentions)
    signed: set[str] = set()  # the readers of the towns retyped
    for entity_id, group in groups.items():
        if (
            group[0].label != "ORG"
            or table.entry(entity_id) is not None
            or any(
                " " in m.text
                or id(m) not in readers
                or org_cue(body, m)
                or _ONLY_A_BODY_ACTS_AFTER.match(body, m.end)  # "Kate from Velnet said": her employer
                for m in group
            )
        ):
            continue
        for m in group:
            m.label = "PLACE"
            signed.add(readers[id(m)].entity_id)
    for entity_id in signed:
        if groups[entity_id][0].label == "ORG" and not any(org_cue(body, m) for m in groups[entity_id]):
            for m in groups[entity_id]:
                m.label = "PERSON"


def _people_listed_among_places(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Sao Paolo, Rio de Janeiro, Belo Horizonte, Recife and Porto Alegre": a "person" listed
    among places, three of them or more and at least twice as many as the people of the list, is
    one more place, when every mention of it is in such a list and none has an honorific. Not in
    sport, whose team sheets list players beside the towns the model took their surnames for.
    The table's entries are kept. Changes `mentions` in place."""
    if is_sport(body):
        return
    listed: set[int] = set()
    for run in name_lists(mentions, body):
        labels = [m.label for m in run]
        if labels.count("PLACE") >= 3 and 2 * labels.count("PERSON") <= labels.count("PLACE"):
            listed.update(id(m) for m in run if m.label == "PERSON")
    if not listed:
        return
    for group in untabled_groups(mentions, "PERSON", table):
        if all(id(m) in listed and not honorific_before(body, m.start) for m in group):
            for m in group:
                m.label = "PLACE"


# a legislature's or a government's one-word name that BODY_NAME_ENDS leaves out ("in Congress")
_CHAMBERS = {"congress", "senate", "cabinet", "government", "legislature"}


# a route's word governing the route's phrase right after it, at most two small words between: "the
# line from X", "services between X and Y", "trains that run from X", "ran from X", "a rail link
# between X", also after an earlier stop ("ran from X through Y"); not "a link between X and Y", "the
# rail contract between X and Y", "who ran the arm, moved from X"
_ROUTE_WORDS = (  # a route's words, also the cheap first test's (`_ROUTE_GOVERNS_WORD`)
    r"lines?|routes?|services?|rail|railways?|trains?|flights?|bus|buses|ferry|ferries|roads?|motorway|journey|ran|runs"
)
_ROUTE_GOVERNS = re.compile(
    rf"(?<![\w-])(?i:(?:rail|road)\s+links?|{_ROUTE_WORDS})"
    r"(?:\s+(?i:that|which|will|would|now|also|still|to|run|runs|ran|running|operate[sd]?|operating|going|direct|"
    r"directly|non-stop|daily)){0,2}"
    r"(?:\s+(?:from|through|via)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?\s+$"
)
# the name as one end of a route whose other end, a place, comes after it: "from X to", "between X and"
_ROUTE_FROM_BEFORE = re.compile(r"(?<![\w-])(?:from|between)\s+(?:the\s+)?$")
_ROUTE_ON_AFTER = re.compile(r"\s+(?:(?:and\s+)?(?:(?:on|then|eventually)\s+)?(?:to|through|via)|and)\s+(?:the\s+)?")
# the name as the next stop after a place: "from Y to X", "through Y and on to X", "between Y and X"
_ROUTE_ON_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<from>from|through|via|to)|(?P<between>between))\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"\s+(?:(?:and\s+)?(?:(?:on|then|eventually)\s+)?(?:to|through|via)|(?(between)and|(?!)))\s+(?:the\s+)?$"
)
# a governing route word anywhere in the text (the cheap first test)
_ROUTE_GOVERNS_WORD = re.compile(rf"(?<![\w-])(?:links?|{_ROUTE_WORDS})(?![\w-])", re.IGNORECASE)


def _on_a_route(body: str, m: Mention, places: dict[int, int], place_ends: dict[int, int]) -> bool:
    """The mention is one end of a route whose other end is a place: "from X to Y", "between Y and X",
    "through Y and on to X", with a route's word governing the phrase (`_ROUTE_GOVERNS`: "the line
    from", "services between", "ran from"); not "to X's depot", not "a link between X and Y"."""
    if body[m.end : m.end + 1] in ("'", "’") or m.text.endswith(("'s", "’s")):
        return False  # "to Grobco's depot": the route ends at what the name owns
    offset = max(0, m.start - 60)
    before = body[offset : m.start]
    after = _ROUTE_ON_AFTER.match(body, m.end)
    from_before = _ROUTE_FROM_BEFORE.search(before)
    ends_before = _ROUTE_ON_BEFORE.search(before)
    if from_before is not None and after is not None and after.end() in places:
        opens = offset + from_before.start()
    elif ends_before is not None and (offset + ends_before.end("place")) in place_ends:
        opens = offset + ends_before.start()
    else:
        return False
    return _ROUTE_GOVERNS.search(body, max(0, opens - 80), opens) is not None


def places_on_routes(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "the line from Tarbury to Velmouth", "services between Tarbury and Velmouth", "ran from Tarbury
    through Velshire and on to Velmouth": a one-word "organisation" written as one end of a route
    whose other end is a place (the article's place, or one just found so) is a place, where a
    route's word governs the phrase ("the line from", not "a link between"), no mention of it has a body's cue ("X said it", "X spokesman",
    "Mr X") and it is no body's word nor in capitals. Decided over all the entity's mentions; the
    table's entries are kept. Changes `mentions` in place."""
    if not _ROUTE_GOVERNS_WORD.search(body):
        return
    while True:
        places = {m.start: m.end for m in mentions if m.label == "PLACE"}
        place_ends = {m.end: m.start for m in mentions if m.label == "PLACE"}
        found = False
        for group in untabled_groups(mentions, "ORG", table):
            if any(
                " " in m.text
                or not m.text[1:].islower()
                or m.text.lower() in BODY_NAME_ENDS
                or m.text.lower() in _CHAMBERS
                or org_cue(body, m)
                or honorific_before(body, m.start)
                for m in group
            ):
                continue
            if any(_on_a_route(body, m, places, place_ends) for m in group):
                for m in group:
                    m.label = "PLACE"
                found = True
        if not found:
            return


# "and" or "or" right after a name
_AND_AFTER = re.compile(r"\s+(?:and|or)\s+")
# what an apposition calls a body beside `_BASED_NOUNS`' firms ("in X, the city's largest store")
_APPOSED_BODY_NOUNS = {"store", "employer", "league", "lender", "insurer", "sitcom", "programme", "series", "channel"}
# an apposition naming what a body is: "in X, the country's biggest bank", "near X, a store"
_BODY_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){0,4}?(?:"
    + "|".join(sorted(_BASED_NOUNS | _APPOSED_BODY_NOUNS, key=len, reverse=True))
    + r")s?(?![\w-])",
    re.IGNORECASE,
)


def _sited_org(body: str, group: list[Mention], org_starts: set[int]) -> bool:
    """A one-word "organisation" written only as a site: every mention right after "in" or "near",
    one at least after a site's or an event's noun (`_SITED_IN_BEFORE`: "a concert in X", "the
    summit in X", "a car park near X"; not "job cuts in X", "a stake in X" or "Ann Dore in X", a
    part in a show), none before its possessive, another name, a player's position ("in X prop Y":
    the club), "and" and a body (`org_starts`: "students in X and Harvard", a university) or an
    apposition naming a body ("in X, the city's biggest store"). Initials ("in IBM"), a word with
    a capital inside ("in ShowTown", a programme) and a body's word ("in Parliament", "in
    Congress") stay bodies."""
    sited = False
    for m in group:
        word = m.text
        if " " in word or word.isupper() or not word[1:].islower():
            return False
        if word.lower() in BODY_NAME_ENDS or word.lower() in _CHAMBERS:
            return False
        before = body[max(0, m.start - 30) : m.start]
        if not _IN_BEFORE.search(before):
            return False
        if _NOT_A_SITE_AFTER.match(body, m.end) or _BODY_APPOSITION.match(body, m.end):
            return False
        listed = _AND_AFTER.match(body, m.end)
        if listed and listed.end() in org_starts:
            return False
        sited = sited or bool(_SITED_IN_BEFORE.search(before))
    return sited


_COMPASS_TAIL = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:North|South|East|West|Central)$")


def _county(body: str, group: list[Mention]) -> bool:
    """A one-word "person" ending in "-shire", never after an honorific: "Dumfriesshire"."""
    return group[0].label == "PERSON" and all(
        m.text.endswith("shire") and len(m.text) > 6 and not honorific_before(body, m.start) for m in group
    )


def _compass_place(m: Mention, places: set[str], mentions: list[Mention], body: str) -> bool:
    """A place with a compass word after it ("Dundee East", a constituency): its head is a place
    of the article, or a name listed beside it is ("the seats are Aberdeen South, Stirling ...")."""
    match = _COMPASS_TAIL.match(m.text)
    if match is None:
        return False
    if match.group(1) in places:
        return True
    return any(m in run and any(o.label == "PLACE" for o in run if o is not m) for run in name_lists(mentions, body))
