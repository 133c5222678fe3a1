"""Entity mentions: the model's spans corrected by the curated table, or rules alone.

The order matters and follows the issue: statistical NER first (or the rule-based
tagger), then the table. A model span that is an alias is relabelled and gets the
canonical id; a span that swallowed headline words around a known name ("Lukashenko
Holds", "Entreats Putin") is cut back to the name; alias matches the model missed are
added where they overlap nothing. Finally surnames propagate inside the article:
"Krutzinna" after "Daniel Krutzinna" is the same person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from unidecode import unidecode

from belreader.article import Article, Paragraph
from belreader.nlp.aliases import EntityEntry, EntityTable, normalise, slugify
from belreader.nlp.claims.spans import dateline_end, split_sentences
from belreader.nlp.claims.vocabulary import COUNTRY_OF, DATELINE, KICKERS, NAMED_KIND_HEADS, POSSESSIVE_PRONOUNS
from belreader.nlp.claims.vocabulary import WORK_NOUNS as TITLED_WORK_NOUNS
from belreader.nlp.htmlrefs import HTML_REF, REF_APOSTROPHE, ends_in_letter_reference
from belreader.nlp.kinds import (
    BAND_LIST_GAP,
    BODY_WORDS,
    COMMON_ABBREVIATIONS,
    COMPANY_WORDS,
    ENSEMBLE_WORDS,
    FACILITY_WORDS,
    FIRM_PLURALS,
    GLUED_PLACE,
    GLUED_ROLES,
    HOME_NATION_ADJECTIVES,
    KIND_COMPOUNDS,
    LEGAL_FORMS,
    MIDDLE_INITIAL,
    NOT_SURNAMES,
    PERSON_ROLES,
    PLACE_FIRST_NAMES,
    SENTENCE_OPENING,
    SETTLEMENT_NOUNS,
    STATE_ABBREVIATIONS,
    STOPPED_LEGAL_FORMS,
    TEAM_AFTER,
    TEAM_TAILS,
    TOURNAMENT_WORDS,
    US_STATE_NAMES,
    VENUE_WORDS,
    WORK_NOUNS,
    acronyms,
    any_written_whole,
    bracketed_names,
    capitalised_word_before_any,
    club_for,
    club_nicknames,
    clubs_by_their_last_word,
    dropped_first_words,
    firm_around_its_place,
    firms_named_as_papers,
    first_name_and_place_word,
    glued_place_after,
    groups_by_entity,
    is_individual_sport,
    is_person_by_role,
    is_sport,
    label_from_words,
    malware,
    name_lists,
    names_taken_for_groups,
    names_teams,
    not_names,
    office_initials,
    org_cue,
    other_names,
    papers_without_their_article,
    people_by_first_name,
    people_by_honorific,
    people_by_nickname,
    people_by_who,
    person_span,
    places_by_context,
    places_of_demonym,
    places_on_routes,
    players,
    plural_noun,
    real_names,
    remit_list,
    retype_by_context,
    rivers_by_their_name,
    short_forms,
    sites_listed,
    split_list,
    split_located,
    sponsors,
    untabled_groups,
    untabled_people,
    web_addresses,
    work_word_before,
    works,
    written_as_work,
    written_whole,
)
from belreader.nlp.lexicon import common_word, dictionary_word, has_lexicon, unknown_word, verb_word
from belreader.nlp.offices import (
    LEGISLATOR_TITLES,
    OFFICES_OF_ONE_NATION,
    OPENING_WORDS,
    RELIGIOUS_OFFICES,
    STATE_OFFICES,
    SUBJECT_OFFICES,
    TITLE_QUALIFIERS,
    once_held,
)
from belreader.nlp.people import (
    GENERATION_SUFFIXES,
    HONORIFICS,
    HYPHENATED_NAME,
    JOB_TITLES,
    JUDGES_STYLES,
    KIN_WORDS,
    NATIONALITIES,
    NICKNAME_IN_NAME,
    OFFICER_INITIALS,
    PEERAGES,
    PEOPLES_WORD_END,
    POST_NOMINALS,
    RELIGIOUS_TITLES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    a_nations_word,
    borne_by_women_too,
    chosen_name,
    faith_title_alone,
    first_name_gender,
    honorific_before,
    honorific_gender,
    honorific_words,
    is_first_name,
    is_name_suffix,
    is_peerage,
    is_rank_abbreviation,
    is_title_only,
    judges_style,
    name_before_particle,
    one_first_name,
    sexes_apart,
    short_word,
    split_name,
    strip_titles,
    surname_first,
    transliterated_alike,
    without_nickname,
    without_suffix,
    word_before_name,
)
from belreader.nlp.records import NAME_LABELS, NUMERIC_LABELS, Entity, Mention
from belreader.nlp.saying import past_forms, present_forms
from belreader.nlp.single_names import ANALYSTS_AT, SPORT_NAMES, single_names
from belreader.nlp.sources import MEDIUM_TAIL_NOUNS, TITLE_NOUNS, alternation
from belreader.quantities import (
    MONTH_NAMES,
    NUMBER_WORDS,
    TIME_WORDS,
    WEEKDAYS,
    capitalised_alternation,
    looks_plural,
    parse_quantities,
    singular,
)

LABEL_MAP = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "PLACE": "PLACE",
    "DATE": "DATE",
    "MONEY": "MONEY",
    "EVENT": "EVENT",
    "NORP": "NORP",
    "QUANTITY": "QUANTITY",
    "PERCENT": "PERCENT",
    "WORK_OF_ART": "WORK",  # never a mention: names inside it or spelled like it are no entities
}
UNKNOWN = "UNKNOWN"  # a rule-tagger candidate that needs the table or a surname to survive

_MONTHS = capitalised_alternation(MONTH_NAMES)
_WEEKDAYS = capitalised_alternation(WEEKDAYS)
_EDGE_JUNK = " \t\n,.;:!?()[]{}\"'“”‘’—–-…&"
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ians|ese|ish|ites)$")  # "Thatcherites": a leader's followers


# "in" or "near" before a word: "a port in Grobjian.", "a factory in Dalian." (a place), unless a
# verb of language comes before "in" ("sung in Cornish", "published in Yiddish": a language)
_IN_BEFORE = re.compile(r"(?<![\w’'-])(?:in|near)\s+$")
_LANGUAGE_IN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:sung|sing|sings|written|write|writes|wrote|published|printed|spoken|speak|speaks|"
    r"speaking|translated|dubbed|subtitled|taught|broadcast|recorded|performed|said|fluent)\s+in\s+$",
    re.IGNORECASE,
)


def _demonym_at(body: str, start: int, end: int) -> bool:
    """Whether the word at start..end is a demonym: "-ites" only for a group, "the" before it,
    of a name of four letters or more ("the Thatcherites"; not a team's nickname, "the Whites",
    nor a village, "moved to Tarlites"); not a word no people is called by after "in" or "near"
    that ends the clause ("a factory in Dalian.": a city), unless a verb of language comes before
    "in" ("sung in Cornish", "written in Italian" are languages), and never an adjective before a
    noun in the article ("the Grobjian army")."""
    word = body[start:end]
    if _DEMONYM.match(word) is None:
        return False
    if (
        word.lower() not in NATIONALITIES
        and _IN_BEFORE.search(body, max(0, start - 6), start)
        and not _LANGUAGE_IN_BEFORE.search(body, max(0, start - 20), start)
        and _CLAUSE_ENDS_AFTER.match(body, end)
        and not re.search(rf"(?<![\w’'-]){re.escape(word)}\s+[a-z]", body)
    ):
        return False
    if not word.endswith("ites"):
        return True
    return len(word) >= 8 and re.search(r"(?<![\w’'-])the\s+$", body[max(0, start - 5) : start], re.I) is not None


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")  # a sentence's or a paragraph's end between two words
# the article before a name; a Spanish or French one in lower case before a capital, as a quote
# in those languages writes a place ("en el Bernabeu", "à la Défense"), only after a preposition of
# theirs (`_FOREIGN_PREPOSITION_BEFORE`): English copy writes "la Liga", "el Clasico" as the name
_LEADING_ARTICLE = re.compile(r"^(?:(?i:the|a|an)|(?P<foreign>el|la|los|las|le|les)(?=\s+[A-Z]))\s+")
_FOREIGN_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:en|à|de|del|dans|sur|por|con|desde|para|pour|avec)\s+$")
# a place whose name holds its capitalised article ("The Hague", "The Gambia"; "the Hague tribunal"
# leaves it out): the article stays
_ARTICLE_OF_THE_NAME = re.compile(r"The\s+(?:Hague|Gambia|Bahamas)(?![\w’'-])")
# adverbs that open a sentence and never a name: the model may take one into the name after it
# ("Nevertheless Acme Ltd were ...")
SENTENCE_ADVERBS = frozenset(
    "However Nevertheless Nonetheless Moreover Furthermore Meanwhile Thus Hence Therefore Consequently "
    "Similarly Likewise Besides Instead Indeed Later Earlier Afterwards".split()
)
_LEADING_ADVERB = re.compile(rf"^(?:{'|'.join(sorted(SENTENCE_ADVERBS))}),?\s+(?=[A-Z])")
# a word written twice at a name's start, a name's word after it ("British British Casino Association")
_DOUBLED_FIRST_WORD = re.compile(r"^([A-Z][a-z]+) \1 (?=[A-Z])")
_POSSESSIVE_TAIL = re.compile(rf"(?:['’]s|{REF_APOSTROPHE}s|(?<=s)['’])$")  # "Pell&#8217;s" too
# a festival's name ("Berlin Film Festival", "Newport Jazz Festival")
_FESTIVAL = re.compile(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} Festival$")
# a club named after its town and its sport ("Glasgow Rugby", "Sale Hockey")
_SPORT_CLUB = re.compile(
    r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? (?:" + "|".join(w.title() for w in sorted(SPORT_NAMES)) + r")$"
)

# a side named "Team" and its country's or sponsor's word ("Team GB", "Team Velt"): no person's name
_TEAM_NAMED = re.compile(r"^Team [A-Z][\w’'-]*$")


@dataclass(slots=True)
class Span:
    """A labelled stretch of the body before ids are assigned."""

    start: int
    end: int
    label: str
    entity_id: str | None = None


def _sides_of_teams(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "Team GB" and "tough for GB to move up": the side's word alone, typed a person in capitals
    or a place the table does not know, is the side too (`_TEAM_NAMED`); a known place keeps its
    type ("Team USA" beside "hotels in the USA"), and a surname its person ("Team Velt", a
    campaign, beside "Velt said he was ready")."""
    tails = {
        body[s.start + len("Team ") : s.end]
        for s in spans
        if s.label == "ORG" and _TEAM_NAMED.match(body[s.start : s.end])
    }
    if not tails:
        return spans
    return [
        Span(s.start, s.end, "ORG")
        if body[s.start : s.end] in tails
        and (
            (s.label == "PERSON" and body[s.start : s.end].isupper())
            or (s.label == "PLACE" and not table.canonical(body[s.start : s.end]))
        )
        else s
        for s in spans
    ]


# --- gazetteer ---------------------------------------------------------------


class Gazetteer:
    """The table's spellings found in text: whole words, as written (or in capitals for names
    of four letters or more, as headlines write them), longest first, never overlapping.

    Indexed by the first two characters, so a thousand-name table costs a dictionary lookup per
    word rather than a regular expression of a thousand alternatives.
    """

    _WORD_START = re.compile(r"(?<![\w-])\S")

    def __init__(self, table: EntityTable) -> None:
        forms: dict[str, str] = {}
        for alias, _ in table.surface_forms():
            forms.setdefault(alias, alias)
            if len(alias) >= 4 and alias.upper() != alias:
                forms.setdefault(alias.upper(), alias)
        # by the first two characters, then the forms of four or more by their first four (tried
        # first: they are the longer) and the shorter ones
        self.by_prefix: dict[str, tuple[dict[str, list[str]], list[str]]] = {}
        for form in sorted(forms, key=lambda f: (-len(f), f)):
            longer, shorter = self.by_prefix.setdefault(form[:2], ({}, []))
            if len(form) >= 4:
                longer.setdefault(form[:4], []).append(form)
            else:
                shorter.append(form)

    def find(self, text: str):
        """(start, end) of each spelling in `text`, left to right."""
        cursor = 0
        for match in self._WORD_START.finditer(text):
            start = match.start()
            if start < cursor:
                continue
            indexed = self.by_prefix.get(text[start : start + 2])
            if indexed is None:
                continue
            for form in (*indexed[0].get(text[start : start + 4], ()), *indexed[1]):
                end = start + len(form)
                if (
                    text.startswith(form, start)
                    and not (end < len(text) and (text[end].isalnum() or text[end] == "_"))
                    and not (text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit())
                ):
                    yield start, end
                    cursor = end
                    break


def gazetteer(table: EntityTable) -> Gazetteer:
    return table.derived("gazetteer", lambda: Gazetteer(table))


def gazetteer_spans(text: str, table: EntityTable, offset: int = 0) -> list[Span]:
    spans = []
    for start, end in gazetteer(table).find(text):
        entity_id = table.canonical(text[start:end])
        entry = table.entry(entity_id) if entity_id else None
        if entry is None:
            continue
        spans.append(Span(offset + start, offset + end, entry.label, entry.id))
    return spans


# the words a party's adjective qualifies ("Conservative MP", "Republican senator", "Democratic-led")
_PARTY_NOUN = (
    r"(?:MPs?|MEPs?|MSPs?|AMs?|leaders?|leadership|spokes(?:man|woman|person)|candidates?|governments?|"
    r"administration|councils?|councillors?|peers?|ministers?|voters|supporters|members?|campaigns?|"
    r"chairman|manifesto|polic(?:y|ies)|conference|backbenchers?|frontbench(?:ers?)?|benches|whips?|"
    r"senators?|congress(?:man|woman|men|women)|lawmakers|politicians?|activists|grandees?|rebels?|"
    r"sources?|ranks|majority|seats?|governors?|presidential|nomination|nominee|deputy|shadow|"
    r"(?:-(?:led|controlled|run|held|leaning)))"
)
# a capitalised word before, inside a sentence (not "A", "The" or a sentence's first word)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\"“”]\s)(?<!^)(?<![\w’'-])(?!(?:A|An|The)\s)[A-Z][\w’'-]*[ -]$")


def _party_adjectives_cached(table: EntityTable) -> tuple[re.Pattern | None, dict[str, str]]:
    """The table's party adjectives (`adjectives_of_parties`) and the pattern that finds them before a
    word of politics, computed once per table."""
    return table.derived("party adjectives", lambda: _party_adjectives(table))


def _party_adjectives(table: EntityTable) -> tuple[re.Pattern | None, dict[str, str]]:
    adjectives: dict[str, str] = {}
    for entry in table:
        if entry.role == "party" and entry.label == "ORG":
            for name in (entry.name, *entry.aliases):
                words = name.split()
                adjective = words[0]
                if (
                    len(words) == 2
                    and words[1].lower() == "party"
                    and table.canonical(adjective) is None
                    # its members are the adjective's plural: Conservatives, Republicans, Democrats
                    and entry.id in (table.canonical(adjective + "s"), table.canonical(adjective[:-2] + "s"))
                ):
                    adjectives.setdefault(adjective, entry.id)
    pattern = (
        re.compile(rf"(?<![\w’'-])({'|'.join(map(re.escape, sorted(adjectives)))})(?=\s*(?i:{_PARTY_NOUN})\b)")
        if adjectives
        else None
    )
    return pattern, adjectives


def adjectives_of_parties(table: EntityTable) -> dict[str, str]:
    """ "Conservative" -> the Conservative Party, "Republican", "Democratic": the one-word adjective
    of each party the table knows as "X Party" whose members are the adjective's plural (the one
    home of this derivation)."""
    return _party_adjectives_cached(table)[1]


def party_adjective_spans(body: str, table: EntityTable) -> list[Span]:
    """ "Conservative MP", "Republican senators": the one-word adjective of a party the table
    knows as "X Party" (`adjectives_of_parties`), before a word of politics, names the party (the
    development set and the issue's "parties merge" count it so)."""
    pattern, adjectives = _party_adjectives_cached(table)
    if pattern is None:
        return []
    return [
        Span(m.start(1), m.end(1), "ORG", adjectives[m.group(1)])
        for m in pattern.finditer(body)
        if not _CAPITALISED_BEFORE.search(body, max(0, m.start() - 30), m.start())  # "the Social Democratic"
    ]


# --- cleaning and merging ----------------------------------------------------


# a broadcaster named after what it is ("TV channel Five", "radio station Kiss", "broadcaster Five"):
# the name the table knows as "Channel Five" / "Kiss FM" is that outlet's, and so is the same
# word later in the article: inside a sentence, or opening one before a singular verb ("Five said")
_CHANNEL_NAMED = re.compile(
    r"(?<![\w-])(?:TV\s+channel|television\s+channel|TV\s+station|radio\s+station|broadcaster)\s+"
    r"([A-Z][\w’'-]*)(?![\w-])"
)
_CHANNEL_FORMS = ("{} TV", "Channel {}", "{} FM", "Radio {}", "{} Radio")
_SPEAKS_AFTER = re.compile(
    r"^(?:['’]s\b|\s+(?:said|says|admitted|added|confirmed|denied|insisted|told|spokesman|spokeswoman|"
    r"is|was|has|will|would|plans|wants|announced)\b)"
)


def _outlet_named(word: str, table: EntityTable) -> str | None:
    """The table's outlet that "Channel X", "X TV" ... names, if one does."""
    for form in _CHANNEL_FORMS:
        entity_id = table.canonical(form.format(word))
        entry = table.entry(entity_id) if entity_id else None
        if entry is not None and entry.role == "media":
            return entry.id
    return None


def named_channels(body: str, table: EntityTable, spans: list[Span]) -> list[Span]:
    """Spans of a broadcaster the text names after its kind ("TV channel Five") where neither the
    table's spelling nor the model found it, with the word's other mentions (see `_CHANNEL_NAMED`)."""
    found: list[Span] = []
    if "channel" not in body and "station" not in body and "broadcaster" not in body:
        return found
    for match in _CHANNEL_NAMED.finditer(body):
        word = match.group(1)
        if table.canonical(word) or any(s.start < match.end(1) and match.start(1) < s.end for s in spans):
            continue  # the table's own name ("broadcaster ITV") or a span already there
        entity_id = _outlet_named(word, table)
        if entity_id is None:
            continue
        for a, b in written_whole(word, body, possessive=True):
            opening = SENTENCE_OPENING.search(body, max(0, a - 4), a) is not None or a == 0
            if a != match.start(1) and opening and not _SPEAKS_AFTER.match(body[b : b + 16]):
                continue  # "Five people were hurt": a number opening a sentence
            if any(s.start < b and a < s.end for s in (*spans, *found)):
                continue
            found.append(Span(a, b, "ORG", entity_id))
    return found


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def stopped_abbreviations(body: str, mentions: list[Mention]) -> list[Mention]:
    """Each mention whose name ends on an abbreviation written with its stop takes the stop back
    (`kept_stop`), once every other rule has read the name without it. A stop that may end the
    sentence as well ("backed by Warner Bros. But", a paragraph's last "ABC Inc.") is taken only
    where the article writes such an abbreviation with its stop inside a sentence somewhere
    ("Grobco Inc. said", "Calif. —"): BBC house style writes none. Changes `mentions` in place."""
    styled = bool(_STOP_INSIDE_A_SENTENCE.search(body))
    for m in mentions:
        if m.label in NAME_LABELS:
            end = kept_stop(body, m.start, m.end, m.label, styled)
            if end != m.end:
                m.end, m.text = end, body[m.start : end]
    return mentions


# a legal form or a state's abbreviation whose stop cannot end the sentence ("Grobco Inc. said",
# "Grobgen Inc., a", "SACRAMENTO, Calif. —", "(D-Mass.)")
_STOP_INSIDE_A_SENTENCE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(STOPPED_LEGAL_FORMS | STATE_ABBREVIATIONS))})\.(?=[ \t]*[a-z0-9,;:)—–-])"
)


def kept_stop(body: str, start: int, end: int, label: str, styled: bool = True) -> int:
    """The end of a name whose last word is an abbreviation written with its stop, the stop taken
    back in: a company's legal form ("Grobco Inc.", "Tarnell Co."; an organisation only), a US
    state as the AP writes it ("Calif.", "Mass."; a place only, the whole name) and letters with
    stops ("Velkens N.V.", "U.S."). Not a word that is only followed by a full stop ("Grobco."),
    nor, unless `styled`, a stop that may end the sentence (a capital, a quote or the paragraph's
    end after it)."""
    if end >= len(body) or body[end] != "." or end <= start:
        return end
    name = body[start:end]
    last = name.split()[-1]
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", last):
        return end + 1
    inside = re.match(r"[ \t]*[a-z0-9,;:)—–-]", body[end + 1 : end + 3]) is not None
    if not (inside or styled):
        return end
    if label == "ORG" and last in STOPPED_LEGAL_FORMS and " " in name:
        return end + 1
    if label == "PLACE" and name in STATE_ABBREVIATIONS:
        return end + 1
    return end


def clean_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Trim punctuation, a possessive and a leading article off a span; a name ends before a
    dash between spaces ("Alan Milburn - the man ...") and before a bracket it does not close. A
    people's word written twice before a name's words is a slip: the name starts at the second."""
    dash = _SPACED_DASH.search(body, start, end)
    if dash is not None and dash.start() > start:
        end = dash.start()
    paren = body.find("(", start, end)
    if paren > start and body.find(")", paren, end) < 0:
        end = paren  # "Academy of X (AoX": the bracket opens an abbreviation or an aside, not the name
    while start < end and body[start] in _EDGE_JUNK:
        start += 1
    while end > start and body[end - 1] in _EDGE_JUNK and not ends_in_letter_reference(body, start, end):
        end -= 1  # the ";" of a letter's HTML reference ends the name ("Pascal Pap&#233;")
    possessive = _POSSESSIVE_TAIL.search(body[start:end])
    if possessive and end - start > 3:
        end = start + possessive.start()
        while end > start and body[end - 1].isspace():
            end -= 1  # "Welfare Party 's", a possessive as CoNLL tokenises it: Welfare Party
    adverb = _LEADING_ADVERB.match(body[start:end])
    if adverb:
        start += adverb.end()
    article = _LEADING_ARTICLE.match(body[start:end])
    if article and article.group("foreign") and not _FOREIGN_PREPOSITION_BEFORE.search(body, max(0, start - 8), start):
        article = None  # "Barcelona lead la Liga": the article is the name's
    if article and end - start - article.end() > 1 and not _ARTICLE_OF_THE_NAME.match(body, start):
        start += article.end()
    doubled = _DOUBLED_FIRST_WORD.match(body[start:end])
    if doubled and a_nations_word(doubled.group(1).lower()):
        start += len(doubled.group(1)) + 1  # a people's word typed twice, a slip ("Bafana Bafana" is a name)
    while start < end and body[start] in _EDGE_JUNK:
        start += 1  # 'the "Big Tent" plan': the quote mark after the article is no part of the name
    joint = _JOINING_TAIL.search(body, start, end)
    if joint is not None and joint.start() > start:
        end = joint.start()  # "United through", "Government of": no name ends on a joining word
    return start, end


_JOINING_TAIL = re.compile(r"(?:[\s,]+(?:and|of|for|at|through|in|on|to|with|by|from|or|the))+[\s,.]*$")


def _pieces_outside(start: int, end: int, covered: list[Span]) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for span in sorted(covered, key=lambda s: s.start):
        if span.start > cursor:
            pieces.append((cursor, span.start))
        cursor = max(cursor, span.end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")
_NOT_FIRST_NAMES = {"Will", "May", "Mark", "Bill", "Rich", "Grant", "Sue", "Pat", "Said", "Don", "Rob"}
# words the first-name list knows that, before a surname, are more often something else
_NOT_FIRST_NAMES_ALONE = _NOT_FIRST_NAMES | {
    "His",
    "Save",
    "Rush",
    "Made",
    "Are",
    "Beat",
    "Tory",
    "Royal",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Earl",
    "Duke",
    "Dean",
    "March",
    "April",
    "June",
    "August",
    "Autumn",
    "Spring",
    "Summer",
    "Art",
    "Chance",
    "Faith",
    "Hope",
    "Joy",
    "Grace",
    "Price",
    "Chase",
    "Silver",
    "Crystal",
    "India",
    "Israel",
    "Kent",
}


_VERB_BEFORE_HONORIFIC = re.compile(
    r"^(?:[A-Z][a-z]+(?:ing|ed)|Said|Says|Told|Added|Asked)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?(?:\s|$))"
)


def _after_verb(body: str, start: int, end: int) -> int:
    """ "Describing Mr Jackson as ...", "Asked Mrs Hale": a sentence's first verb the model took
    into a person's name before an honorific is not part of it. Returns the span's new start."""
    verb = _VERB_BEFORE_HONORIFIC.match(body[start:end])
    return start + verb.end() if verb else start


def _first_name_before(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is one capitalised word the name list knows as a first name."""
    words = body[start:end].split()
    return len(words) == 1 and words[0][:1].isupper() and first_name_gender(words[0]) is not None


# a body inside an organisation ("IAAF Council", "Commons Standards and Privileges Committee");
# "Football Club", "Party" after the name are the organisation itself
# "Metropolitan Police Authority", "the UN Crop Fund"
_UNIT_WORDS = (BODY_WORDS - {"club", "party"}) | {"authority", "fund"}


# a company's division named by what it does or where it works ("BT Retail", "BBC Broadcast")
_DIVISION_WORDS = {
    "broadcast",
    "broadcasting",
    "consumer",
    "retail",
    "wholesale",
    "wireless",
    "worldwide",
    "international",
    "interactive",
    "music",
    "games",
    "services",
    "solutions",
    "securities",
    "finance",
    "financial",
    "investments",
    "trading",
    "resources",
}


# a geographic feature named after a place: "Gulf of Mexico", "Isle of Sheppey", "Cape of Good Hope"
_FEATURE_OF = re.compile(
    r"(?:Gulf|Bay|Sea|Isle|Isles|Strait|Straits|Cape|Lake|Mount|Mouth|Island|Islands|Coast|Gulf) of "
    r"(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?$"
)
_PRODUCT_NOUN_AFTER = re.compile(
    r"\s+(?:program|programme|service|software|system|console|phone|handset|player|device|browser|toolbar|"
    r"platform|technology|tool|format|chip|game)s?\b"
)


def _company_division(body: str, span: Span, known: Span, table: EntityTable | None) -> bool:
    """The model's organisation is the table's company (at its start) and capitalised words that
    end in a company's word or an abbreviation ("Sony Pictures", "Sony BMG"), a division's word
    ("BT Retail", "BBC Broadcast"), a region ("Nintendo Europe", "Yukos USA"), or a second name
    no dictionary knows ("Sony Ericsson": a joint venture, not its first owner)."""
    if known.start != span.start or known.end >= span.end or known.label != "ORG":
        return False
    tail = body[known.end : span.end].split()
    if not 1 <= len(tail) <= 4 or not all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in tail):
        return False
    last = tail[-1]
    if len(tail) > 2:
        # "House of Lords Economic Affairs Committee": a committee of the house, a body of its own
        return tail[0][:1].isupper() and last.lower() in _UNIT_WORDS
    if (
        last.lower() in COMPANY_WORDS
        or last.lower() in _UNIT_WORDS
        or last.lower() in _DIVISION_WORDS
        or (len(last) >= 3 and last.isupper() and last.isalpha())
    ):
        return True
    if len(tail) != 1 or not re.fullmatch(r"[A-Z][a-z]+", last):
        return False  # "Sony PlayStation", "Nokia N-Gage": a product's spelling
    head = table.entry(table.canonical(body[known.start : known.end]) or "") if table is not None else None
    place = table.entry(table.canonical(last) or "") if table is not None else None
    if place is not None:
        # "Nintendo Europe", "Yukos USA"; but "BBC Scotland", "ITV Wales" are the broadcaster's
        # regional channels, which name it as an outlet
        return place.label == "PLACE" and not (head is not None and head.is_media)
    if head is None or head.role != "company":
        return False  # "Lords Tarbury": peers, not a body's venture
    if _PRODUCT_NOUN_AFTER.match(body, span.end):
        return False  # "the Google Adsense program": a product
    return not common_word(last) and not is_first_name(last)


_PRIZE_TAIL = re.compile(r"\s(?:Awards?|Prizes?|Trophy)$")


def _prize_named_after(body: str, span: Span, inside: list[Span], overlapping: list[Span]) -> bool:
    """ "the MTV Europe Music Awards", "the Channel 4 Political Awards": an organisation's or
    event's span that ends in a prize's word, the table's names all before it, is the prize (the
    award rules make it an event), not the names and places written in it."""
    if span.label not in ("ORG", "EVENT") or len(inside) != len(overlapping) or not inside:
        return False
    tail = _PRIZE_TAIL.search(body, span.start, span.end)
    return tail is not None and all(g.end <= tail.start() for g in inside)


def _firm_and_place(
    body: str, span: Span, inside: list[Span], overlapping: list[Span], table: EntityTable | None
) -> bool:
    """ "Telekom Austria", "Lycos Europe": a person's span that is one or two words the table does
    not know, no first name among them, then a place the table knows, written so more than once
    in the article (a headline's glued words, "Blair Iraq", are written once) is a firm's name."""
    if span.label != "PERSON" or len(inside) != 1 or len(overlapping) != 1:
        return False
    place = inside[0]
    if place.label != "PLACE" or place.end != span.end or place.start == span.start:
        return False
    words = body[span.start : place.start].split()
    return (
        1 <= len(words) <= 2
        and _firm_words(words)
        and not (table is not None and table.canonical(" ".join(words)))
        and body.count(body[span.start : span.end]) >= 2
    )


_CAPITALISED_WORD = re.compile(r"[A-Z][\w&-]*[a-z][\w&-]*")


def _firm_words(words: list[str]) -> bool:
    """Whether the words before a place the table knows may be a firm's own name, the place the
    market it serves ("Lycos Europe", "Telekom Austria"), one name: capitalised words, the first no
    first name ("Jack Europe") and no word that goes before a name ("Across Wales"). The one test
    of `_firm_and_place` (the model's span), `_named_with_a_known_name` (a glued word's) and
    `firms_of_firm_and_place` (the firm's word alone), each with what it asks more."""
    return (
        bool(words)
        and all(_CAPITALISED_WORD.fullmatch(w) for w in words)
        and first_name_gender(words[0]) is None
        and words[0].lower() not in _BEFORE_A_NAME
    )


# the word that makes a capitalised name a body's, as its head: last ("Federal Labour Agency"), or
# before its remit ("Department of Health", "Institute for the Study of Labour"); an "Office" only
# before its remit ("Microsoft Office" is the firm's software)
_HEAD_BODY_WORDS = _UNIT_WORDS | {"organisation", "organization", "board", "unit"}
# the head words of a sport's governing body ("Football Association", "Rugby Union"), not a league's
_GOVERNING_BODY_WORDS = _HEAD_BODY_WORDS | {"union"}
_REMIT_HEAD_WORDS = _HEAD_BODY_WORDS | {"office"}
_NAME_CONNECTORS = {"of", "for", "the", "and", "on", "&"}
_AND_NAME = re.compile(r" and (?=[A-Z])")


def _body_head(body: str, start: int, end: int) -> int | None:
    """Where the head of a body's name in body[start:end] starts: its last word when that is a body's
    word, else a body's word right before the first "of" or "for"; None when the words are not all
    capitalised (or connectors) or no body's word heads them."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", body[start:end])]
    if len(words) < 2 or not all(w[:1].isupper() or w in _NAME_CONNECTORS for _, w in words):
        return None
    if words[-1][1].lower() in _HEAD_BODY_WORDS:
        return start + words[-1][0]
    for i, (_, word) in enumerate(words[1:], 1):
        if word in ("of", "for"):
            at, head = words[i - 1]
            return start + at if head.lower() in _REMIT_HEAD_WORDS else None
    return None


def bodies_around_known_names(body: str, span: Span, inside: list[Span]) -> list[tuple[int, int]]:
    """ "New York State Department of Health", "Federal Labour Agency": the model's name of a body
    whose head the table's name inside it does not reach (the table's "State Department" or "Labour"
    only qualifies it) is a body of its own, as (start, end) per body ("X Department of Health and
    Y University of Z", one span, is two); [] when the table's name is the body named."""
    if span.label not in ("ORG", "NORP") or not any(g.label == "ORG" for g in inside):
        return []
    a, b = clean_span(body, span.start, span.end)
    pieces, cursor = [], a
    for match in _AND_NAME.finditer(body, a, b):
        if _body_head(body, cursor, match.start()) is not None and _body_head(body, match.end(), b) is not None:
            pieces.append((cursor, match.start()))
            cursor = match.end()
    pieces.append((cursor, b))
    found = []
    for start, end in pieces:
        head = _body_head(body, start, end)
        if head is None:
            return []
        head_end = head + len(body[head:end].split(maxsplit=1)[0])
        if any(g.start <= head and (end <= g.end or g.end > head_end) for g in inside):
            # "Hollywood Foreign Press Association": the table's name is the head; "Department of
            # Health Chief Medical Officer": the table's name runs past its head (a post in it)
            return []
        found.append((start, end))
    return found


# the words that make another party or a party's body of a known party's name ("Social Democrats",
# "Parliamentary Labour Party"); a creed's word is one too ("the Liberal Democratic Party", "the
# Christian Democrats", "the Free Democrats" are no US Democratic Party); not any adjective
# ("Congressional Democrats" are the party's members in Congress, "New Labour" is Labour), nor a
# place's name ("London UKIP", "Stevenage Labour Party" are branches)
_PARTY_QUALIFIERS = frozenset(
    {"Social", "Socialist", "Radical", "Parliamentary", "Progressive", "Popular", "Democratic", "Federal"}
    | {"Liberal", "Christian", "Free"}
)


def _another_party(body: str, span: Span, inside: list[Span], table: EntityTable | None) -> bool:
    """ "the ruling Social Democrats", "the Parliamentary Labour Party": the model's name that ends in
    a party's name the table knows ("Democrats"), after one of a party's own words (_PARTY_QUALIFIERS),
    is another party or body, not the table's; so is one after a people's word of another nation than
    the party's (`_another_nations_people`: "the Serb Democratic Party").
    Not after any other word ("Scottish Labour", "Texan Democrats", "Congressional Democrats",
    "Stevenage Labour Party": the party's members or branch)."""
    if span.label not in ("ORG", "NORP") or len(inside) != 1 or table is None:
        return False
    known = inside[0]
    entry = table.entry(known.entity_id or "")
    a, b = clean_span(body, span.start, span.end)
    if entry is None or entry.role != "party" or known.end != b or known.start <= a:
        return False
    qualifier = body[a : known.start].strip()
    return (
        (qualifier in _PARTY_QUALIFIERS or _another_nations_people(qualifier, entry, table))
        and table.canonical(qualifier) is None
        and not SENTENCE_OPENING.search(body, max(0, a - 4), a)
    )


def _another_nations_people(word: str, entry: EntityEntry, table: EntityTable) -> bool:
    """Whether `word` is a people's word of a nation other than the party's (the party's `country`
    in the table): "Serb", "Bosnian" (a nationality whose country the table may not know), "Irish"
    before the UK's Labour Party; not a home nation's ("Scottish") nor a region's ("Texan"), nor
    any word when the party's nation is unknown."""
    nation = entry.country or _nation_of(entry, table)
    if nation is None or word in HOME_NATION_ADJECTIVES:
        return False
    other = _nation_of_word(word, table) or next(iter(places_of_demonym(word, table)), None)
    if other is not None:
        return other != nation
    return word.lower() in NATIONALITIES


# the head nouns that make a known name plus the word another thing: a competition named after a
# body or a nation ("the Varnholt Cup", "the Celtic League"), or a building named after a place
_OTHER_THING_AFTER = frozenset(
    {"cup", "league", "trophy", "championship", "championships", "hotel", "gallery", "museum"}
)
# the words before a place that name a part or an age of it, not another thing ("Southern Arvania",
# "Greater Tarlow", "Victorian Arvania"); an adjective of a people or an age ("Elizabethan", "Arvanian")
# is one too
_PART_OF_PLACE = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "great"}
    | {"upper", "lower", "inner", "outer", "mainland", "rural", "urban", "mid", "middle", "continental"}
    | {"north-east", "north-west", "south-east", "south-west", "tudor", "medieval", "modern", "ancient"}
    # a state or an age of its rule ("Occupied Arvania", "Soviet Arvania", "Brexit Arvania"); not any
    # adjective: "Little Arvania", "Digital Arvania", "Broadband Arvania" name shows and reports
    | {"occupied", "independent", "free", "soviet", "nazi", "fascist", "communist", "imperial", "tsarist"}
    | {"colonial", "wartime", "brexit"}
)
_ADJECTIVE_OF_A_PEOPLE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}")


def _people_or_country(word: str, table: EntityTable) -> bool:
    """ "Russian", "Arvanian", "UK": a people's word or a place the table knows."""
    if word.lower() in NATIONALITIES or _ADJECTIVE_OF_A_PEOPLE.fullmatch(word):
        return True
    entry = table.entry(table.canonical(word) or "")
    return entry is not None and entry.label == "PLACE"


_INITIAL = re.compile(r"[A-Z]\.?")


def _own_names_before(body: str, span: Span, known: Span, table: EntityTable | None) -> bool:
    """ "Volodymyr Oleksandrovych Zelensky", "Vladimir V Putin": the model's person that is the table's
    person's surname with the person's own first name (as the table writes it in a full name) and
    a patronymic, a middle name or an initial before it is that person under a fuller name."""
    entry = table.entry(known.entity_id or "") if table is not None else None
    if entry is None or span.label != "PERSON" or known.label != "PERSON":
        return False
    a, b = clean_span(body, span.start, span.end)
    ka, kb = clean_span(body, known.start, known.end)
    before = body[a:ka].split()
    return (
        kb == b
        and 2 <= len(before) <= 3
        and before[0] in {v.split()[0] for v in (entry.name, *entry.aliases) if " " in v}
        and all(_PLAIN_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in before[1:])
    )


def _another_name_around(body: str, span: Span, known: Span, table: EntityTable | None) -> bool:
    """ "Queens Park Rangers", "the Varnholt Students Rugby Football Union", "Hotel Arvania", "the
    Celtic League", "Yulia Navalny": the model's organisation, place or person that is the table's
    name of the same label with capitalised words before it or a competition's or a building's head
    noun after it is another body, club, work, place or person, not the table's. Words that only
    qualify the table's entity keep it: a title, the table's own qualifier ("English Football
    Association" allows "English FA"), a people's word or a country before a national body ("the
    Arvanian FSB"), a part, an age or a state's adjective before a place ("Southern Arvania",
    "Occupied Arvania"), the person's own first name before a patronymic and the surname. A party's or
    an outlet's name is left to their rules ("Scottish Labour" is a branch, "BBC Scotland" a
    channel)."""
    entry = table.entry(known.entity_id or "") if table is not None else None
    if table is None or entry is None or entry.role == "party" or entry.is_media or known.label != span.label:
        return False
    # both cleaned: the table's "the Kremlin" in the model's "the Kremlin Museum"
    a, b = clean_span(body, span.start, span.end)
    ka, kb = clean_span(body, known.start, known.end)
    if not (a <= ka and kb <= b) or (a, b) == (ka, kb):
        return False
    before, after = body[a:ka].split(), body[kb:b].split()
    if before and after:
        return False
    if after:
        return len(after) == 1 and after[0].lower() in _OTHER_THING_AFTER and after[0][:1].isupper()
    if not all(_PLAIN_WORD.fullmatch(w) for w in before) or len(before) > 2:
        return False
    if any(w.lower() in HONORIFICS or w.lower() in JOB_TITLES for w in before):
        return False
    if entry.role == "government" and any(_people_or_country(w, table) for w in before):
        return False  # "the Arvanian FSB", "the UK Home Office": the nation's own body
    if span.label == "PLACE" and (
        len(before) > 1 or before[0].lower() in _PART_OF_PLACE or _ADJECTIVE_OF_A_PEOPLE.fullmatch(before[0])
    ):
        return False  # "Age Concern England": a longer name before a place is a body's, not a place's
    if _own_names_before(body, span, known, table):
        return False  # "Volodymyr Oleksandrovych Zelensky": the known person's full name
    qualifier = " ".join(before) + " "
    if any(v.startswith(qualifier) for v in (entry.name, *entry.aliases)):
        return False  # the table writes the entity with this qualifier: the same body
    # "Both Rangers", "Former Tarlow": one common word opening a sentence is no qualifier
    return not (len(before) == 1 and SENTENCE_OPENING.search(body, max(0, a - 4), a) and common_word(before[0]))


def _one_nations_sport_body(entry: EntityEntry) -> bool:
    """ "the FA": a sport's governing body the table writes with a people's word ("English
    Football Association"), one nation's; not a world or a continent's body ("Fifa", "the IOC"),
    nor a league ("English Premier League"), which a people's word before it may describe a
    player of ("an Ivorian Premier League striker")."""
    variants = (entry.name, *entry.aliases)
    return (
        entry.role == "sport"
        and entry.name.split()[-1].lower() in _GOVERNING_BODY_WORDS
        and any(" " in v and _ADJECTIVE_OF_A_PEOPLE.fullmatch(v.split()[0]) for v in variants)
    )


def _sport_body_of_nation(entry: EntityEntry, table: EntityTable) -> set[str]:
    """The countries one nation's sport body is written with ("English Football Association":
    England), as the table's ids."""
    found = set()
    for v in (entry.name, *entry.aliases):
        if " " in v and (country := _country_of_word(v.split()[0], table)) is not None:
            found.add(country)
    return found


def national_branches(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "the Arvanian FA", "the Arvania FA": a people's word or a country's name the model typed
    apart right before one nation's sport body the table knows is another nation's body, one name
    and no mention of the table's; not where the table writes the body with that word ("English
    Football Association" allows "English FA", and "England FA"). A world body keeps its word
    apart ("the Arvanian IOC member")."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        entry = table.entry(span.entity_id or "") if span.label == "ORG" else None
        if (
            previous is not None
            and entry is not None
            and _one_nations_sport_body(entry)
            and previous.end + 1 == span.start
            and body[previous.end] == " "
            and (
                (
                    previous.label == "NORP"
                    and _ADJECTIVE_OF_A_PEOPLE.fullmatch(word := body[previous.start : previous.end]) is not None
                    and not any(v.startswith(word + " ") for v in (entry.name, *entry.aliases))
                )
                or (
                    previous.label == "PLACE"
                    and (country := _country_of_word(body[previous.start : previous.end], table)) is not None
                    and _strict_country(country, table)  # a country, not a city
                    and country not in _sport_body_of_nation(entry, table)
                )
            )
        ):
            out[-1] = Span(previous.start, span.end, "ORG")
            continue
        out.append(span)
    return out


# --- a public body's one word, read by what is around it ----------------------

# the last word of a longer body's name that a public body's one word begins ("the Velt Party", "the
# Treasury Select Committee", "Grobco Treasury Services")
_LONGER_BODY_ENDS = BODY_WORDS | _UNIT_WORDS | _DIVISION_WORDS | LEGAL_FORMS
_CAPITALISED_WORD_AFTER = re.compile(r" ([A-Z][\w&-]*)")
_CAPITALISED_WORDS_BEFORE = re.compile(r"(?<![\w’'&.-])((?:[A-Z0-9][\w&-]* ){1,2})$")


def _public_body_word(body: str, span: Span, table: EntityTable) -> tuple[int, int, EntityEntry] | None:
    """(start, end, entry) of the table's government or international body named by one capitalised
    word ("Congress", "the Treasury"); None for any other span, and for letters ("FCO", "MoD")."""
    entry = table.entry(span.entity_id or "")
    if entry is None or entry.role not in ("government", "international") or entry.label != "ORG":
        return None
    a, b = clean_span(body, span.start, span.end)
    return (a, b, entry) if re.fullmatch(r"[A-Z][a-z]+", body[a:b]) else None


def _qualifies_the_body(word: str, entry: EntityEntry, table: EntityTable) -> bool:
    """A capitalised word before a public body's word that leaves it the table's body: a title
    ("Shadow", "Chief"), a date, a number or an ordinal ("the 109th Congress"), a function word, a
    people's word or a country ("the Arvanian Treasury" is left to `public_bodies_of_other_nations`),
    a name the table knows ("Labour Treasury spokesman"), a party's adjective ("the Republican
    Congress"), the table's own qualifier ("HM")."""
    lower = word.lower()
    return (
        lower in HONORIFICS
        or lower in TITLE_WORDS
        or lower in MONTH_NAMES
        or lower in WEEKDAYS
        or re.fullmatch(r"\d+(?:st|nd|rd|th)?", lower) is not None  # "the 109th Congress", "the 2004 Congress"
        or word in _FUNCTION_WORDS
        or _people_or_country(word, table)
        or table.canonical(word) is not None
        or word in adjectives_of_parties(table)
        or any(v.startswith(word + " ") for v in (entry.name, *entry.aliases))
    )


def _longer_name_around(
    body: str, a: int, b: int, entry: EntityEntry, table: EntityTable, table_spans: list[Span]
) -> tuple[int, int] | None:
    """(start, end) of another body's name that the public body's word at a..b sits in: capitalised
    words after it ending in a body's word ("the Velt Party", "the Treasury Select Committee"), or
    one or two capitalised words before it that do not qualify it ("the 4GX World Congress", "Grobco
    Treasury Services"), the first of two also a people's word or a country ("the Kenyan National
    Congress": the word right next to the body's word judges it, and "National" names another
    body); None when the word stands alone or is qualified ("the Republican Congress", "HM
    Treasury", "the Arvanian Treasury")."""
    end, cursor = None, b
    for _ in range(3):
        word = _CAPITALISED_WORD_AFTER.match(body, cursor)
        if word is None or word.group(1).lower() in JOB_TITLES:
            break  # "Treasury Secretary Tom Pell": a post in the body
        cursor = word.end()
        if word.group(1).lower() in _LONGER_BODY_ENDS:
            end = cursor
            break
    start = None
    before = _CAPITALISED_WORDS_BEFORE.search(body, max(0, a - 40), a)
    if before is not None:
        words, at = before.group(1).split(), before.start(1)
        if common_word(words[0]) and (at == 0 or SENTENCE_OPENING.search(body, max(0, at - 4), at)):
            at += len(words[0]) + 1  # "Past Congress efforts": a sentence's first word, no name
            words = words[1:]
        if (
            words
            and not _qualifies_the_body(words[-1], entry, table)
            # (a word before that: only a people's word or a country's, or a party's adjective, the
            # name's own: "the Kenyan National Congress", "the Democratic National Congress"; a
            # function word, a title or a date leaves the table's body: "The Appeal Lords" with
            # "The" not taken for a sentence's first word)
            and (
                len(words) == 1
                or not _qualifies_the_body(words[0], entry, table)
                or _people_or_country(words[0], table)
                or words[0] in adjectives_of_parties(table)
            )
            and not any(g.start < a and at < g.end for g in table_spans)  # "Lib Dem Treasury spokesman"
        ):
            start = at
    if start is None and end is None:
        return None
    return (a if start is None else start, b if end is None else end)


def bare_words_in_longer_names(
    body: str, table_spans: list[Span], spans: list[Span], table: EntityTable
) -> tuple[list[Span], list[Span]]:
    """ "the Velt Party", "the 4GX World Congress", "Grobco Treasury Services": the table's public
    body named by one word inside a longer name (`_longer_name_around`) is another body, not the
    table's, whatever the model tagged: the table's span is dropped and the longer name is an
    organisation of its own (the model's span where it covers the name). Returns the table's spans
    and the model's, so changed."""
    kept: list[Span] = []
    for span in table_spans:
        found = _public_body_word(body, span, table)
        longer = _longer_name_around(body, *found, table, table_spans) if found is not None else None
        if longer is None:
            kept.append(span)
            continue
        start, end = longer
        if not any(s.start <= start and end <= s.end for s in spans):
            spans = [s for s in spans if not (s.start < end and start < s.end)] + [Span(start, end, "ORG")]
    return kept, sorted(spans, key=lambda s: (s.start, -s.end))


# a capitalised word glued by a hyphen right after a name ("Fed" | "-Ex", "Sun" | "-Sentinel")
_HYPHENED_WORD_AFTER = re.compile(r"-([A-Z][\w&]*)(?![\w’'&-])")
# a word of two firms joined, near a hyphenated name: "Renfrow-Tarnwell, the carmakers' alliance"
# names the partners' union, and "Renfrow" alone is one partner, not it
_JOINING_NOUN = re.compile(
    r"(?<![\w-])(?:alliances?|ventures?|joint|mergers?|merged|partnerships?|tie-ups?|consortium|consortia)(?![\w-])",
    re.IGNORECASE,
)
# what follows a hyphened pair of two names: a longer name going on ("Labour-Lib Dem") or a noun
# joining two parties ("the Microsoft-Intel alliance")
_TWO_NAMES_AFTER = re.compile(
    r"\s+(?:[A-Z]|(?:pact|coalition|talks|deal|agreement|relations|summit|axis|rivalry|split|battle|feud|"
    r"ties|link)s?(?![\w’'-])|(?i:" + _JOINING_NOUN.pattern + "))"
)


def hyphenated_longer_names(
    body: str, table_spans: list[Span], spans: list[Span], table: EntityTable
) -> tuple[list[Span], list[Span]]:
    """ "a Fed-Ex refund", "the Sun-Sentinel": the table's organisation named by one word glued by
    a hyphen to a capitalised word that is no name the table knows, no country and no people's word
    is part of another name, not the table's organisation: the table's span is dropped and the
    hyphened name is an organisation of its own (the model's span where it covers the name). Two
    names the table knows stay ("Tory-Labour", "US-UK"), and so does a people's word ("US-German
    talks"), and so does a pair of names before a capitalised word or a noun joining two
    ("the Labour-Lib Dem coalition", "the Microsoft-Intel alliance": `_TWO_NAMES_AFTER`). Returns
    the table's spans and the model's, so changed."""
    kept: list[Span] = []
    for span in table_spans:
        entry = table.entry(span.entity_id or "")
        a, b = clean_span(body, span.start, span.end)
        glued = _HYPHENED_WORD_AFTER.match(body, b) if entry is not None and entry.label == "ORG" else None
        if (
            glued is None
            or not re.fullmatch(r"[A-Z][\w&]*", body[a:b])
            or (a > 0 and body[a - 1] == "-")  # "Herald-Sun": the table's word after a hyphen is left as it was
            or table.canonical(glued.group(1)) is not None
            or _people_or_country(glued.group(1), table)
            or _TWO_NAMES_AFTER.match(body, glued.end())  # "the Labour-Lib Dem coalition", "a Grobco-Velt merger"
        ):
            kept.append(span)
            continue
        end = glued.end()
        if not any(s.start <= a and end <= s.end for s in spans):
            spans = [s for s in spans if not (s.start < end and a < s.end)] + [Span(a, end, "ORG")]
    return kept, sorted(spans, key=lambda s: (s.start, -s.end))


def _nation_of(entry: EntityEntry, table: EntityTable) -> str | None:
    """The country a national body's name begins with ("US Congress", "UK Treasury"), if any."""
    for variant in (entry.name, *entry.aliases):
        words = variant.split()
        place = table.entry(table.canonical(words[0]) or "") if len(words) > 1 else None
        if place is not None and place.label == "PLACE" and place.role in ("country", None):
            return place.id
    return None


# capitalised words after a name: "Bay", "Central", "North West"
_CAPITALISED_WORDS = re.compile(r"(?:\s+[A-Z][\w’'-]*)+")


def _a_town(entity_id: str | None, table: EntityTable | None) -> bool:
    """A place the table knows that is a town or a city: no role (not a country, a region or a
    venue), and a country it lies in."""
    entry = table.entry(entity_id or "") if table is not None else None
    return entry is not None and entry.label == "PLACE" and entry.role is None and bool(entry.country)


def _a_country(entity_id: str, table: EntityTable) -> bool:
    """A place the table knows that is a country or a city, not a region, a venue or a compass
    word ("the West")."""
    entry = table.entry(entity_id)
    return (
        entry is not None
        and entry.label == "PLACE"
        and (entry.role == "country" or (entry.role is None and not common_word(entry.name)))
    )


# the offices only one nation has (offices.OFFICES_OF_ONE_NATION), as one matcher per nation
_OFFICES_OF_NATION = {
    nation: re.compile(
        r"(?<![\w’'-])(?:"
        + "|".join(o.replace(" ", r"\s+") for o, n in sorted(OFFICES_OF_ONE_NATION.items()) if n == nation)
        + r")(?![\w’'-])",
        re.IGNORECASE,
    )
    for nation in set(OFFICES_OF_ONE_NATION.values())
}


def _nation_written(body: str, mentions: list[Mention], nation: str, table: EntityTable) -> bool:
    """Whether the article names the country `nation`, writes its people's word ("American"
    for "America", "British" for "Britain"), or writes an office only that nation has ("Home
    Secretary", "Treasury minister": offices.OFFICES_OF_ONE_NATION)."""
    if any(m.entity_id == nation for m in mentions):
        return True
    offices = _OFFICES_OF_NATION.get(nation)
    if offices is not None and offices.search(body):
        return True
    entry = table.entry(nation)
    stems = {v[:4] for v in (entry.name, *entry.aliases) if len(v) >= 4 and v[:1].isupper()} if entry else set()
    return any(m.group()[:4] in stems for m in re.finditer(r"(?<![\w’'-])[A-Z][a-z]+(?:an|ish|ese)s?(?![\w’'-])", body))


def _country_of_word(word: str, table: EntityTable) -> str | None:
    """The country a possessive or a people's word before a body names ("Arvania's", "Arvanian"):
    the word itself or its stem ("Brazil" in "Brazilian", "India" in "Indian"), as the table's id."""
    if _ADJECTIVE_OF_A_PEOPLE.fullmatch(word):
        found = next((i for i in places_of_demonym(word, table) if _a_country(i, table)), None)
        if found is not None:
            return found  # a country's own name may end like a people's word: "Japan", "Iran"
    entity_id = table.canonical(word) if len(word) >= 3 else None
    return entity_id if entity_id is not None and _a_country(entity_id, table) else None


_COUNTRY_POSSESSIVE = re.compile(r"(?<![\w’'-])(?:the\s+)?(?:country|nation)['’]s\s+$", re.IGNORECASE)
_COUNTRY_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(['’]s)?\s+$")
# a country's possessive, then capitalised words of the party's own name before the table's words:
# "Arvania's Liberal Democratic Party" (the model's span may leave out "Liberal")
_COUNTRY_OWNS_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)['’]s\s+((?:[A-Z][a-z]+\s+){0,2})$")
# "in" and a country right after a party's name: "the Conservatives in Arvania"
_IN_COUNTRY_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w’'-])")


def _tied_to_another_country(body: str, mention: Mention, nation: str, table: EntityTable) -> int | None:
    """Where the name of another country's party starts, when the text ties the party's name to a
    country other than its own: that country's possessive before it ("Arvania's Conservatives",
    "Arvania's Liberal Democratic Party") or "in" and that country after it ("the Conservatives in
    Arvania"). A country only, with the table's role: a region or a home nation ("Labour in
    Scotland") or a city is no other nation. None when there is no such tie."""
    before = _COUNTRY_OWNS_BEFORE.search(body, max(0, mention.start - 60), mention.start)
    if before is not None:
        owner = _country_of_word(before.group(1), table)
        if owner is not None and owner != nation and _strict_country(owner, table):
            return before.start(2) if before.group(2) else mention.start
    after = _IN_COUNTRY_AFTER.match(body, mention.end)
    if after is not None:
        place = table.canonical(after.group(1))
        if place is not None and place != nation and _strict_country(place, table):
            return mention.start
    return None


# "led by" or "headed by" right after a party's name, its leader's name next
_LED_BY_AFTER = re.compile(r",?\s+(?:led|headed)\s+by\s+")
# a country's people's word or possessive, then the words of a post, right before a name:
# "Arvanian opposition leader Tom Pell", "Arvania's Prime Minister Tom Pell"
_COUNTRY_POST_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(['’]s)?((?:\s+[A-Za-z]+){1,3})\s+$")


def _led_by_another_countrys_leader(
    body: str, mention: Mention, nation: str, mentions: list[Mention], table: EntityTable
) -> bool:
    """Whether a party's name is "led by" a person the article gives another country's post ("The
    Conservatives, led by Tom Pell, ..." where it writes "Arvanian opposition leader Tom Pell"):
    the people's word or the possessive names a country other than the party's own."""
    led = _LED_BY_AFTER.match(body, mention.end)
    if led is None:
        return False
    leader = next((o for o in mentions if o.start == led.end() and o.label == "PERSON"), None)
    if leader is None:
        return False
    for other in mentions:
        if other.entity_id != leader.entity_id:
            continue
        found = _COUNTRY_POST_BEFORE.search(body, max(0, other.start - 60), other.start)
        if found is None or not all(w.lower() in TITLE_WORDS for w in found.group(3).split()):
            continue
        word = found.group(1)
        country = _country_of_word(word, table) if found.group(2) else _nation_of_word(word, table)
        if country is not None and country != nation and _strict_country(country, table):
            return True
    return False


def _strict_country(entity_id: str, table: EntityTable) -> bool:
    entry = table.entry(entity_id)
    return entry is not None and entry.label == "PLACE" and entry.role == "country"


# a post and the person who holds it, right after a body's word: "Treasury Secretary Tom Pell",
# "Treasury Under Secretary Tom Pell"
_POSTS_NAMED_AFTER = (
    re.compile(r"\s+([A-Za-z]+)\s+[A-Z][a-z]"),
    re.compile(r"\s+[A-Z][a-z]+\s+([A-Za-z]+)\s+[A-Z][a-z]"),
)


def _post_named_after(body: str, end: int) -> bool:
    """A post (`JOB_TITLES`), one word before it at most, then a capitalised name, right at `end`."""
    return any(
        (found := pattern.match(body, end)) is not None and found.group(1).lower() in JOB_TITLES
        for pattern in _POSTS_NAMED_AFTER
    )


def _other_nations_same_body(
    word: str, entry: EntityEntry, nation: str, mentions: list[Mention], table: EntityTable
) -> str | None:
    """The one body of another nation the table knows that the article names in full with this bare
    word last ("the U.S. Treasury" beside a bare "Treasury", which the table gives the UK's), written
    before the bare word wherever that is written: the id the bare word means there; None when there
    is none, more than one, the table's own body is named in full as well ("the UK Treasury"), or the
    bare word comes first ("Treasury officials ... at the US Treasury": the article's own body)."""

    def in_full(m: Mention) -> bool:
        return len(re.sub(r"^[Tt]he\s+", "", m.text).split()) > 1  # "the Treasury" is the bare word

    if any(m.entity_id == entry.id and in_full(m) for m in mentions):
        return None  # "the UK Treasury" named in full too: either
    rivals: dict[str, int] = {}
    for m in mentions:
        other = table.entry(m.entity_id) if m.entity_id != entry.id else None
        if other is None or other.role != "government" or m.label != "ORG" or m.text.split()[-1:] != [word]:
            continue
        if in_full(m) and _nation_of(other, table) not in (None, nation):
            rivals[other.id] = min(rivals.get(other.id, m.start), m.start)
    bare = [m.start for m in mentions if m.entity_id == entry.id and not in_full(m)]
    if len(rivals) != 1 or min(bare, default=0) < min(rivals.values()):
        return None
    return next(iter(rivals))


def public_bodies_of_other_nations(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "the country's Congress" in an article about Arvania, "Arvania's Congress", "the Arvanian
    Congress", "Treasury Secretary Tom Pell" in an article about Arvania that never names the UK: a
    national body the table knows ("US Congress", "UK Treasury") named by its bare word, where the
    article plainly concerns another country's body, is that country's, not the table's: it is left
    a body of its own (its own id). The evidence: another country written right before the word (its
    possessive or its people's word), or "the country's" / "the nation's" before it in an article
    that never names the body's nation; or, the nation never named and one other country named three
    times or more, the word opening the name of a named person's post ("Treasury Secretary Tom Pell"):
    the count alone is no evidence, as a UK story about Iraq seldom writes "UK" ("The Treasury has set
    aside £3bn for troops in Iraq", "Ann Bell's Treasury"). Where the article names another nation's
    body of the same word in full ("The U.S. Treasury ... a Treasury spokesman") and never the
    table's nation, the bare word is that body (`_other_nations_same_body`). Changes `mentions` in
    place."""
    counts = Counter(m.entity_id for m in mentions if m.label == "PLACE" and _a_country(m.entity_id, table))
    written: dict[str, bool] = {}
    for m in mentions:
        entry = table.entry(m.entity_id)
        if entry is None or entry.role != "government" or m.label != "ORG":
            continue
        a, b = clean_span(body, m.start, m.end)
        word = body[a:b]
        nation = _nation_of(entry, table)
        if nation is None or not re.fullmatch(r"[A-Z][a-z]+", word):
            continue  # "US Congress": the nation's name is written
        if nation not in written:
            written[nation] = _nation_written(body, mentions, nation, table)
        rival = _other_nations_same_body(word, entry, nation, mentions, table)
        if rival is not None and not written[nation]:
            m.entity_id = rival  # "The U.S. Treasury will ... a Treasury spokesman said": the one named
            continue
        before = _COUNTRY_WORD_BEFORE.search(body, max(0, a - 30), a)
        other = _country_of_word(before.group(1), table) if before is not None else None
        if other is not None and other != nation:
            pass  # "Arvania's Congress", "the Arvanian Congress"
        elif written[nation]:
            continue
        elif not _COUNTRY_POSSESSIVE.search(body, max(0, a - 20), a) and not (
            (before is None or before.group(1) == "The")
            and _post_named_after(body, b)
            and any(n >= 3 for c, n in counts.items() if c != nation)
        ):
            continue
        m.entity_id = default_id(word, "ORG")


# the words of a public body that many nations have, each its own ("Congress": the US's, the Indian
# party's, the Philippines'; "the Senate", "the Treasury", "the Security Council" of the UN): the
# table's body by its bare word only in an article that cues the body's nation
_SHARED_BODY_WORDS = frozenset(
    {
        "Congress",
        "Senate",
        "Treasury",
        "Parliament",
        "Supreme Court",
        "Security Council",
        "Cabinet",
        "National Assembly",
    }
)
# a Congress by its number: "the 109th Congress"
_NUMBERED_CONGRESS = re.compile(r"(?<![\w’'-])\d+(?:st|nd|rd|th)\s+Congress(?![\w’'-])")
# "the Security Council of Belarus": the nation a body's name ends with
_OF_A_NATION = re.compile(r"\sof\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _home_nation(entry: EntityEntry, table: EntityTable) -> str | None:
    """The nation of a body the table knows: its `country`, the country its name begins with ("US
    Congress": `_nation_of`) or ends with ("Security Council of Belarus")."""
    nation = entry.country or _nation_of(entry, table)
    if nation is None and (found := _OF_A_NATION.search(entry.name)) is not None:
        place = table.canonical(found.group(1))
        nation = place if place is not None and _strict_country(place, table) else None
    return nation


def _nation_cued(body: str, mentions: list[Mention], nation: str, word: str, table: EntityTable) -> bool:
    """Whether the article cues `nation` for a body's shared word: names it or its people's word
    (`_nation_written`), a place, a party or a body that lies in it ("Ohio", "Labour", "the Home
    Office"), or, for the United States, one of its cues (`_us_cue`: "Washington", "Wall Street");
    "Congress" in an article on India (`_INDIA_CUE`) with no other word of US politics
    (`_US_CONGRESS_BESIDE`) is the Indian party's, whatever the US cues; another word of US politics
    ("the Senate", "Republican") or a numbered Congress ("the 109th Congress") cues the US. A body of
    the United Kingdom, which British copy seldom names, is always cued here."""
    if nation == table.canonical("United Kingdom"):
        # British copy seldom names its own nation ("The Treasury has set aside £3bn for troops in
        # Iraq"): the UK's body, which `public_bodies_of_other_nations` reads by what is around it
        return True
    if nation == table.canonical("United States"):
        if word == "Congress" and _INDIA_CUE.search(body) and not _US_CONGRESS_BESIDE.search(body):
            return False
        beside = any(found.group() != word for found in _US_CONGRESS_BESIDE.finditer(body))  # not the word itself
        if _us_cue(body) or beside or _NUMBERED_CONGRESS.search(body):
            return True
    if _nation_written(body, mentions, nation, table):
        return True
    for m in mentions:
        entry = table.entry(m.entity_id)
        if entry is None or m.label not in ("PLACE", "ORG", "NORP") or entry.role == "country":
            continue
        words = re.sub(r"^[Tt]he\s+", "", m.text)
        if words not in _SHARED_BODY_WORDS and (entry.country == nation or _nation_of(entry, table) == nation):
            return True
    return False


def _holder_in_full(m: Mention, word: str, table: EntityTable) -> bool:
    """Whether `m` names a public body whose bare word is `word` with its holder written in full
    ("UN Security Council", "US Senate"): a body the table knows, the word its name's end."""
    entry = table.entry(m.entity_id)
    return (
        entry is not None
        and entry.role in ("government", "international")
        and m.label == "ORG"
        and m.text.endswith(" " + word)
        and re.sub(r"^[Tt]he\s+", "", m.text) != word
    )


def _another_nations_first(
    body: str, mentions: list[Mention], m: Mention, word: str, nation: str, table: EntityTable
) -> bool:
    """Whether the article writes `word` first after another country's possessive or people's word
    ("Poland's Senate", "the Polish Senate") and never names `nation` itself: the bare word after it
    is that country's body, whatever cues `nation` elsewhere ("Washington welcomed the vote")."""
    for o in sorted(mentions, key=lambda o: o.start):
        if o.start >= m.start:
            return False
        if re.sub(r"^[Tt]he\s+", "", o.text) != word:
            continue
        before = _COUNTRY_WORD_BEFORE.search(body, max(0, o.start - 30), o.start)
        other = _country_of_word(before.group(1), table) if before is not None else None
        return other not in (None, nation) and not _nation_written(body, mentions, nation, table)
    return False


def shared_bodies_without_their_nation(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Congress" in a story on India, "the Senate" in one on Australia, "the Security Council" in
    one on the UN: a public body's bare word that many nations' bodies share (`_SHARED_BODY_WORDS`),
    which the table gives one nation's body ("US Congress", "Security Council of Belarus"), is that
    body only where the article cues its nation (`_nation_cued`); elsewhere it is kept as written,
    a body of its own (its own id), as an unknown nation's body is no guess. Where the article
    names one holder of the word in full ("the UN Security Council") before its bare word, the bare
    word is that body (`_holder_in_full`); where it writes the word first after another country's
    word ("Poland's Senate"), it is that country's (`_another_nations_first`). Changes `mentions`
    in place."""
    cued: dict[tuple[str, str], bool] = {}
    for m in mentions:
        entry = table.entry(m.entity_id)
        if entry is None or entry.role != "government" or m.label != "ORG":
            continue
        a, b = clean_span(body, m.start, m.end)
        word = re.sub(r"^[Tt]he\s+", "", body[a:b])
        nation = _home_nation(entry, table) if word in _SHARED_BODY_WORDS else None
        if nation is None:
            continue
        rivals = {
            o.entity_id: o.start for o in sorted(mentions, key=lambda o: -o.start) if _holder_in_full(o, word, table)
        }
        first_bare = min((o.start for o in mentions if re.sub(r"^[Tt]he\s+", "", o.text) == word), default=m.start)
        if len(rivals) == 1 and min(rivals.values()) < first_bare:
            m.entity_id = next(iter(rivals))  # "the UN Security Council ... The Security Council": the one named
            continue
        if _another_nations_first(body, mentions, m, word, nation, table):
            m.entity_id = default_id(word, "ORG")  # "Poland's Senate ... The Senate": Poland's
            continue
        if (nation, word) not in cued:
            cued[nation, word] = _nation_cued(body, mentions, nation, word, table)
        if not cued[nation, word]:
            m.entity_id = default_id(word, "ORG")


# --- a party's one word, read by the nation around it ---------------------------

# an office's word, capitalised, right after a party's word: a ministry's remit, no party ("Labour
# Minister Tom Pell" in a story about Arvania, "the Economy and Labour Ministry")
_OFFICE_WORD_AFTER = re.compile(r"\s+(?:Minister|Ministers|Ministry|Department|Secretary)(?![\w’'-])")
_PARTY_NOUN_AFTER = re.compile(rf"\s*{_PARTY_NOUN}(?![\w’'-])")  # "Labour minister", "Labour MPs", "Labour-led"
_PEOPLE_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+$")


def _nation_of_word(word: str, table: EntityTable) -> str | None:
    """The nation a people's word before a party names, as the table's id: "French" -> France,
    "Irish" -> Ireland, "German" -> Germany (a country); "English", "Scottish", "Welsh" -> the
    United Kingdom, whose home nations they are (kinds.HOME_NATION_ADJECTIVES); None for another
    word, or a region's ("Texan")."""
    names = COUNTRY_OF.get(word.lower(), ()) or ((word,) if word.lower() in NATIONALITIES else ())
    place = next((p for name in names if (p := _country_of_word(name, table)) is not None), None)
    if place is not None:
        return place
    if word in HOME_NATION_ADJECTIVES:
        return table.canonical("United Kingdom")
    return None


def _other_nations_party(body: str, mention: Mention, nation: str, table: EntityTable) -> int | None:
    """Where the name of another nation's party starts, when a people's word of a nation other than
    the party's own stands right before the party's word ("the English Democrats", "French Green
    MEP Tom Pell"); None otherwise ("British Conservatives", "Scottish Labour", "Texan Democrats")."""
    before = _PEOPLE_WORD_BEFORE.search(body, max(0, mention.start - 20), mention.start)
    if before is None:
        return None
    other = _nation_of_word(before.group(1), table)
    return before.start(1) if other is not None and other != nation else None


# an economy's noun after a party's word opening a sentence: the common noun, no party ("Labour
# markets firmed", "Labour costs rose")
_ECONOMY_NOUN_AFTER = re.compile(r"\s+(?:markets?|costs|force|shortages?|productivity|supply)(?![\w’'-])")


def _generic_party_word(word: str, entry: EntityEntry | None) -> bool:
    """Whether a party's one word is the first word of its name, which other nations' parties and
    remits share ("Labour" of "Labour Party", "Democrats" of "Democratic Party"), not a name only
    the party goes by ("Tories" of "Conservative Party")."""
    return entry is not None and word[:5].lower() == entry.name[:5].lower()


def _common_plural_opening(body: str, mention: Mention, same: list[Mention]) -> bool:
    """A party's plural word ("Conservatives", "Greens") that opens its sentence, in an article that
    writes the same word in lower case ("religious conservatives": the people of a view, no party)
    and never writes it with its capital inside a sentence: the capital is the sentence's."""
    word = mention.text
    if not word.endswith("s") or not word[:1].isupper():
        return False
    opens = [o for o in same if SENTENCE_OPENING.search(body, max(0, o.start - 4), o.start)]
    if len(opens) != len(same) or mention not in opens:
        return False
    return any(written_whole(word.lower(), body))


def parties_of_other_nations(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A party the table knows, by any of its names, that the text ties to another country than its
    own (`_tied_to_another_country`: "Arvania's Liberal Democratic Party", "the Conservatives in
    Arvania"; `_led_by_another_countrys_leader`: "the Conservatives, led by Tom Pell" where Tom Pell
    is "Arvanian opposition leader"): dropped, or its own name where capitalised words come before
    the table's.
    A party the table knows, named by its one word, that is not the table's party:
    - written in lower case ("armed republicans"), or opening a sentence before an economy's noun
      ("Labour markets firmed"): no party's name, dropped;
    - after a people's word of another nation than the party's (the party's `country` in the table):
      "the English Democrats", "French Green MEP Tom Pell": that nation's party, a name of its own
      ("English Democrats"), or no name where a party's noun follows ("French Green MEP": a word of
      the person's title, whom a claim's speaker is);
    - after another country's possessive ("Arvania's Conservatives"), or after "the country's" in an
      article that never names the party's nation: that country's, dropped;
    - in an article that never names the party's nation (nor its people's word nor an office only it
      has: `_nation_written`) and names no other party nor a government body of the table that is not
      another nation's, where an office's word follows it ("Labour Minister Tom Pell", "the Economy
      and Labour Ministry"): another nation's remit, dropped. The party's own spelling that is no
      common word of other nations' parties ("Tories", not "Conservatives") stays.
    - opening its sentence as a plural ("Conservatives in parliament say") in an article that never
      names the party's nation, writes the word in lower case elsewhere ("religious conservatives")
      and never with a capital inside a sentence: the people of a view, dropped.
    The count of another country's mentions is no evidence: a UK story about Iraq or Zimbabwe seldom
    writes "UK", and "The Conservatives have said troops should leave Iraq" is the UK party."""
    named = [
        m
        for m in mentions
        if m.label in ("ORG", "NORP") and (entry := table.entry(m.entity_id)) is not None and entry.role == "party"
    ]
    if not named:
        return mentions
    drop: set[int] = set()
    added: list[Mention] = []
    parties = []
    for m in named:
        entry = table.entry(m.entity_id)
        nation = entry.country or _nation_of(entry, table) if entry is not None else None
        start = _tied_to_another_country(body, m, nation, table) if nation is not None else None
        if start is None and nation is not None and _led_by_another_countrys_leader(body, m, nation, mentions, table):
            start = m.start  # "The Conservatives, led by Tom Pell" and "Arvanian opposition leader Tom Pell"
        if start is None:
            if re.fullmatch(r"[A-Za-z]+", m.text) is not None:
                parties.append(m)
            continue
        drop.add(id(m))  # "Arvania's Conservatives", "the Conservatives in Arvania": that country's
        if start < m.start:  # "Arvania's Liberal Democratic Party": its own name
            name = body[start : m.end]
            drop.update(id(o) for o in mentions if o.start < m.start and start < o.end)
            added.append(Mention(default_id(name, "ORG"), name, "ORG", start, m.end, m.paragraph))
    written: dict[str, bool] = {}
    for m in parties:
        entry = table.entry(m.entity_id)
        nation = entry.country or _nation_of(entry, table) if entry is not None else None
        if m.text.islower() or (
            SENTENCE_OPENING.search(body, max(0, m.start - 4), m.start) and _ECONOMY_NOUN_AFTER.match(body, m.end)
        ):
            drop.add(id(m))  # "armed republicans", "Labour markets firmed"
            continue
        if nation is None:
            continue
        start = _other_nations_party(body, m, nation, table)
        if start is not None:
            name = body[start : m.end]
            drop.update(id(o) for o in mentions if o.start < m.start and start < o.end)
            drop.add(id(m))
            if not _PARTY_NOUN_AFTER.match(body, m.end):  # "French Green MEP Tom Pell": his title's word
                added.append(Mention(default_id(name, "ORG"), name, "ORG", start, m.end, m.paragraph))
            continue
        if nation not in written:
            written[nation] = _nation_written(body, mentions, nation, table) or any(
                o.entity_id != m.entity_id
                and (other := table.entry(o.entity_id)) is not None
                and (
                    other.role == "party"
                    or (other.role == "government" and (other.country or _nation_of(other, table)) in (None, nation))
                )
                for o in mentions
            )
        if not written[nation] and _common_plural_opening(body, m, [o for o in parties if o.entity_id == m.entity_id]):
            drop.add(id(m))  # "Conservatives in parliament say ..." beside "religious conservatives"
            continue
        before = _COUNTRY_WORD_BEFORE.search(body, max(0, m.start - 30), m.start)
        owner = _country_of_word(before.group(1), table) if before is not None and before.group(2) else None
        if (owner is not None and owner != nation) or (
            not written[nation] and _COUNTRY_POSSESSIVE.search(body, max(0, m.start - 20), m.start)
        ):
            drop.add(id(m))  # "Arvania's Conservatives", "the country's Labour"
            continue
        if written[nation] or _PARTY_NOUN_AFTER.match(body, m.end) or _SPEAKS_AFTER_STYLE.match(body, m.end):
            continue  # "Labour minister Tom Pell", "Labour MPs", "Labour said": the party's own
        if _OFFICE_WORD_AFTER.match(body, m.end) and _generic_party_word(m.text, entry):
            drop.add(id(m))
    if not drop:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + added, key=lambda m: (m.start, -m.end))


# lower-case words after a place's name in the model's event ("Iraq war", "Chile crisis")
_COMMON_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*)+")


def merge_with_table(
    body: str, model_spans: list[Span], table_spans: list[Span], table: EntityTable | None = None
) -> list[Span]:
    """The model's spans corrected by the table's; see the module docstring."""
    kept: list[Span] = []
    suppressed: set[int] = set()
    for span in model_spans:
        overlapping = [g for g in table_spans if g.start < span.end and span.start < g.end]
        if not overlapping:
            kept.append(span)
            continue
        if any(g.start <= span.start and span.end <= g.end for g in overlapping):
            continue  # the alias covers it: the table's label and id win
        inside = [g for g in overlapping if span.start <= g.start and g.end <= span.end]
        if (
            span.label == "PERSON"
            and len(inside) == len(overlapping) == 1
            and inside[0].label != "PERSON"
            and inside[0].end == span.end
            and " " not in body[inside[0].start : inside[0].end]
            and _first_name_before(body, span.start, inside[0].start)
        ):
            # "Simon Sainsbury" where the table knows the one-word "Sainsbury" as a retailer: a
            # first name in front makes the whole name a person, not the company
            kept.append(span)
            suppressed.add(id(inside[0]))
            continue
        if _prize_named_after(body, span, inside, overlapping):
            # "the MTV Europe Awards": a prize's name, not the channel and the place in it
            kept.append(span)
            suppressed.update(id(g) for g in inside)
            continue
        if _firm_and_place(body, span, inside, overlapping, table):
            # "Telekom Austria", "Lycos Europe" the model took for a person: a firm and the
            # market it serves, not the place
            kept.append(Span(span.start, span.end, "ORG"))
            suppressed.update(id(g) for g in inside)
            continue
        if (
            span.label == "PLACE"
            and len(inside) == len(overlapping) == 1
            and (inside[0].start, inside[0].end) == (span.start + 4, span.end)
            and _MID_BEFORE.search(body, span.start, span.start + 4)
        ):
            kept.append(span)  # "Mid Wales": a region of the table's country, its own place
            suppressed.add(id(inside[0]))
            continue
        heads = [g for g in inside if g.start == span.start]
        if (
            span.label in ("ORG", "PERSON")
            and len(inside) == len(overlapping)
            and len(heads) == 1
            and all(g is heads[0] or g.label == "PLACE" for g in inside)  # "Nintendo" + "Europe"
            and _company_division(body, span, heads[0], table)
        ):
            # "Sony Pictures Entertainment", "Sony BMG", "Nintendo Europe": a company's division or
            # venture is a company of its own, not its parent with words after it
            kept.append(Span(span.start, span.end, "ORG"))
            suppressed.update(id(g) for g in inside)
            continue
        if _another_party(body, span, inside, table) and len(inside) == len(overlapping):
            # "the ruling Social Democrats" is no US Democratic Party: the model's name, its own party
            kept.append(Span(*clean_span(body, span.start, span.end), "ORG"))
            suppressed.add(id(inside[0]))
            continue
        if len(overlapping) == 1 and _another_name_around(body, span, overlapping[0], table):
            # "Queens Park Rangers" is no Rangers, "the Celtic League" no Celtic: another name (the
            # table's span may begin before the model's: "the Kremlin" in "Kremlin Museum")
            kept.append(Span(*clean_span(body, span.start, span.end), span.label))
            suppressed.add(id(overlapping[0]))
            continue
        if len(overlapping) == 1 and _own_names_before(body, span, overlapping[0], table):
            # "Volodymyr Oleksandrovych Zelensky": the table's person under a fuller name, whole
            kept.append(Span(*clean_span(body, span.start, span.end), "PERSON", overlapping[0].entity_id))
            suppressed.add(id(overlapping[0]))
            continue
        named_around = bodies_around_known_names(body, span, inside) if len(inside) == len(overlapping) else []
        if named_around:
            # "the German Federal Labour Agency" is no Labour Party, the "New York State Department of
            # Health" no US State Department: the table's name qualifies a body of another head
            kept += [Span(a, b, "ORG") for a, b in named_around]
            suppressed.update(id(g) for g in inside)
            continue
        if span.label == "PLACE" and len(inside) == len(overlapping) and _FEATURE_OF.match(body, span.start, span.end):
            # "the Gulf of Mexico", "the Bay of Biscay": a sea or an island named after a place
            # the table knows is a place of its own, not that place (nor "the Gulf")
            kept.append(span)
            suppressed.update(id(g) for g in inside)
            continue
        if (
            span.label == "PLACE"
            and len(inside) == len(overlapping) == 1
            and inside[0].start == span.start
            and _a_town(inside[0].entity_id, table)
            and _CAPITALISED_WORDS.fullmatch(body, inside[0].end, span.end)
        ):
            # "Cardiff Bay", "Cardiff Central": a place named after a town the table knows is a
            # place of its own (an area, a seat), not the town
            kept.append(span)
            suppressed.add(id(inside[0]))
            continue
        if (
            span.label == "EVENT"
            and len(inside) == len(overlapping) == 1
            and inside[0].label == "PLACE"
            and inside[0].start == span.start
            and _COMMON_NOUNS_AFTER.fullmatch(body, inside[0].end, span.end)
        ):
            continue  # "the Iraq war", "the Chile crisis": the place is the one name, the rest a common noun
        if (
            len(inside) == len(overlapping)
            and span.label in ("ORG", "PLACE", "EVENT")
            and all(g.label != span.label for g in inside)
        ):
            # "Security Service of Ukraine": a larger name that contains a place
            kept.append(span)
            suppressed.update(id(g) for g in inside)
            continue
        # headline words glued to a name, or a partial overlap ("Russia Today, September 14")
        if span.label == "PERSON":
            # "Tories Ken Clarke", "Labour's Robin Cook": a known name glued before a person's
            # first name and surname; the person is kept beside the table's name
            for a, b in _pieces_outside(span.start, span.end, overlapping):
                a, b = clean_span(body, a, b)
                words = body[a:b].split()
                if (
                    len(words) >= 2
                    and all(w[:1].isupper() for w in words)
                    and first_name_gender(words[0]) is not None
                    and words[0] not in _NOT_FIRST_NAMES_ALONE
                ):
                    kept.append(Span(a, b, "PERSON"))
        if span.label == "ORG":
            # "Federal Reserve Chair Jo Bell", "Federal Reserve Vice Chair Nina Hale" taken whole for
            # a body: the table's body, then a post (a qualifier before it) and a first name (any:
            # the post is the guard) and a surname, is the body's officer; the person is kept beside it
            for a, b in _pieces_outside(span.start, span.end, overlapping):
                a, b = clean_span(body, a, b)
                words = body[a:b].split()
                posts = 2 if len(words) == 4 and words[0].lower() in TITLE_QUALIFIERS else 1
                if (
                    len(words) == posts + 2
                    and words[posts - 1].lower() in JOB_TITLES
                    and all(w[:1].isupper() for w in words)
                    and is_first_name(words[posts])
                ):
                    named = a + len(body[a:b]) - len(body[a:b].split(None, posts)[posts])
                    kept.append(Span(named, b, "PERSON"))
        if span.label in NUMERIC_LABELS:
            for a, b in _pieces_outside(span.start, span.end, overlapping):
                a, b = clean_span(body, a, b)
                if b > a and any(ch.isdigit() for ch in body[a:b]):
                    kept.append(Span(a, b, span.label))
    merged = kept + [g for g in table_spans if id(g) not in suppressed]
    merged.sort(key=lambda s: (s.start, -s.end))
    result: list[Span] = []
    for span in merged:
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    for i, span in enumerate(result):
        first = _FIRST_NAME_BEFORE.search(body, max(0, span.start - 20), span.start)
        if (
            first is not None
            and span.entity_id is not None
            and span.label == "ORG"
            and " " not in body[span.start : span.end]
            and body[span.end : span.end + 1] not in ("'", "’")
            and first.group(1) not in _NOT_FIRST_NAMES
            and first_name_gender(first.group(1)) is not None
            and (i == 0 or result[i - 1].end <= first.start())
        ):
            # "Sebastien Sainsbury" where the model tagged nothing and the table knows the
            # one-word "Sainsbury" as a retailer: the first name makes a person
            result[i] = Span(first.start(1), span.end, "PERSON")
    return result


# --- ids ---------------------------------------------------------------------

_MONEY_WORDS = re.compile(r"\b(?:us\s+)?dollars?\b", re.IGNORECASE)


def default_id(text: str, label: str) -> str:
    if label == "MONEY":
        text = _MONEY_WORDS.sub("", text).replace("$", "usd ")
    slug = slugify(text) or "x"
    return f"{label.lower()}:{slug}" if label in NUMERIC_LABELS else slug


# a generational suffix written after a person's name ("Walter Phillips Jr", "Hank Williams Snr"):
# no name of its own, and no part of the name's identity (its last word is the surname)
_GENERATION_SUFFIX = rf"(?:{'|'.join(sorted(word.capitalize() for word in GENERATION_SUFFIXES))})\.?"
_GENERATION_ALONE = re.compile(rf"^{_GENERATION_SUFFIX}$")
# the capitalised words between a name the model cut short and its suffix ("Bruce L" | "Castor" | "Jr")
_SURNAME_WORDS_GAP = re.compile(r"^\s(?:[A-Z][\w’'-]*[a-z][\w’'-]*\s){1,2}$")
# a person's span that ends with a middle initial, and the surname written after it ("Bruce L" | " Castor")
_ENDS_WITH_INITIAL = re.compile(r"(?<=[a-z]) [A-Z]$")
_SURNAME_AFTER_INITIAL = re.compile(rf"\s([A-Z][\w’'-]*[a-z])(?:,?\s{_GENERATION_SUFFIX}(?![\w’'-]))?(?![\w’'-])")


# a score or a figure the model ran a person's span over, at its end: "Tom Pell 6-4 3" (of "6-4
# 3-6"), "Kjusmo 310" (points), before the rest of a score, a count's noun or another figure
_FIGURES_AT_END = re.compile(r"(?: \d[\d.,:-]*)+$")
_FIGURES_GO_ON = re.compile(r"-\d| (?:points?|pts|\d)")
# a side's score the model ran a person's span over, at its front, after the side's name in a
# score line: "Racing Velmar 2 Gimnasia" ("2 Gimnasia")
_FIGURES_AT_FRONT = re.compile(r"\d{1,3} (?=[A-Z])")
_SIDE_BEFORE = re.compile(r"[A-Z][\w’'.-]* $")


def figures_off_people(body: str, spans: list[Span]) -> list[Span]:
    """ "Monica Pell 6-4 3-6 6-2", "1. Kjusmo 310 points", "Racing Velmar 2 Gimnasia Tarn 2": no
    person's name holds a figure; the model's person span that ends on a score or a figure the
    text goes on with (the rest of a score, "points", another figure), or opens on a score right
    after a capitalised name, is the name without it. "Maroon 5 played", "rapper 50 Cent" are left."""
    out: list[Span] = []
    for span in spans:
        if span.label == "PERSON":
            text = body[span.start : span.end]
            end = _FIGURES_AT_END.search(text)
            if end is not None and end.start() > 0 and _FIGURES_GO_ON.match(body, span.end):
                span = Span(span.start, span.start + end.start(), span.label, span.entity_id)
            front = _FIGURES_AT_FRONT.match(body, span.start, span.end)
            if front is not None and _SIDE_BEFORE.search(body, max(0, span.start - 40), span.start):
                span = Span(front.end(), span.end, span.label, span.entity_id)
        out.append(span)
    return out


def generation_suffixes(body: str, spans: list[Span]) -> list[Span]:
    """ "Jr", "Snr": a suffix the model tagged a person on its own is no name. It joins the person's
    span it follows ("Bruce L" + "Castor" + "Jr": one name) or goes. A person's span that ends with
    a middle initial ("Bruce L") runs on over the surname written after it, and its suffix."""
    out: list[Span] = []
    for span in spans:
        text = body[span.start : span.end]
        if _GENERATION_ALONE.match(text):
            last = out[-1] if out else None
            if (
                last is not None
                and last.label == "PERSON"
                and (last.end == span.start - 1 or _SURNAME_WORDS_GAP.match(body[last.end : span.start]))
            ):
                out[-1] = Span(last.start, span.end, last.label)
            continue
        if span.label == "PERSON" and _ENDS_WITH_INITIAL.search(text):
            after = _SURNAME_AFTER_INITIAL.match(body, span.end)
            if after and after.group(1) not in _FUNCTION_WORDS:
                span = Span(span.start, after.end(), span.label)
        out.append(span)
    return out


# initials written right before a person's span, with full stops ("B. " | "Satyanarayana", "J.K. " |
# "Rowling") or without ("JR " | "Tolley"), after no word and no letter of their own
_INITIALS_BEFORE = re.compile(r"(?<![\w.’'&-])((?:[A-Z]\. ?){0,2}[A-Z]\.|[A-Z]{2,3}) $")
# what may stand before such initials: the text's start, a sentence's end or other punctuation, a
# lower-case word ("said B. Okoro"), or an honorific ("Dr J. Okoro"); not a capitalised word
# ("Plan B. Smith said": the letter ends a name of its own)
_BEFORE_INITIALS = re.compile(
    rf"(?:^|[.,;:!?(\[\"“”‘’']|\b[a-z][\w’'-]*|\b(?:{alternation(honorific_words(HONORIFICS))}))\s*$"
)


# a judge's style before the surname ("Mr Justice" | "Eady"): kept in the name, as a peer's title
_JUDGES_STYLE_BEFORE = re.compile(rf"(?<![\w’'-])(?:{alternation(honorific_words(JUDGES_STYLES))}) Justice $")


def _initials_of_this_name(body: str, letters: str, span: Span) -> bool:
    """Whether capitals written without full stops ("JR" before "Tolley") are the initials of the
    surname the span is: no title or common abbreviation ("MP", "QC", "DJ") nor a country's or a
    body's letters ("US", "UN"), and written nowhere in the article but before this surname ("US
    Bush" where "US" stands alone elsewhere); not before a full name ("PM John Prescott")."""
    surname = body[span.start : span.end]
    if " " in surname or letters in COMMON_ABBREVIATIONS or letters.lower() in TITLE_WORDS | ROLE_NOUNS:
        return False
    return all(body.startswith(f" {surname}", m.end()) for m in re.finditer(rf"(?<![\w’'-]){letters}(?![\w’'-])", body))


def leading_initials(body: str, spans: list[Span]) -> list[Span]:
    """ "B. Satyanarayana said": the model tags the surname and leaves the initial out, or takes
    "B." for a sentence's end. A person's span written right after initials with full stops (or
    without, `_initials_of_this_name`: "JR Tolley") starts with them (one name, "B.
    Satyanarayana", which "Satyanarayana" later in the article is). So does a judge's style ("Mr
    Justice Eady"), part of the name as the guide keeps it."""
    out: list[Span] = []
    for span in spans:
        if span.label == "PERSON" and span.start >= 3:
            window = body[max(0, span.start - 10) : span.start]
            initials = _INITIALS_BEFORE.search(window)
            if (
                initials is not None
                and body[span.start : span.start + 1].isupper()
                and (initials.group(1).endswith(".") or _initials_of_this_name(body, initials.group(1), span))
            ):
                at = span.start - len(window) + initials.start()
                if _BEFORE_INITIALS.search(body[max(0, at - 30) : at]):
                    span = Span(at, span.end, span.label, span.entity_id)
            style = _JUDGES_STYLE_BEFORE.search(body, max(0, span.start - 14), span.start)
            if style is not None:
                span = Span(style.start(), span.end, span.label, span.entity_id)  # "Mr Justice Eady"
        out.append(span)
    return out


# a saint's name with its possessive, and the noun of the place named after the saint that the
# model left out ("St James's" | "Palace", "St Mary's" | "Hospital")
_SAINTS_POSSESSIVE = re.compile(r"^(?:St\.?|Saint) [A-Z][\w-]*['’]s$")
_SAINTS_PLACE_NOUN = re.compile(
    r"(?: (?:High|Middle|Primary|Secondary|Grammar|Comprehensive|Community|Catholic|Parish|General|Royal|Infant|Junior))?"
    r" (?:(School|College|Academy|University|Hospital|Infirmary)|Palace|Park|Cathedral|Church|Chapel|Abbey|"
    r"Priory|Square|Street|Road|Place|Hall|Green|Bridge|Gate|Court|Theatre|Wood|Hill|Island|Bay|Market|"
    r"Gardens|Field|Stadium)(?![\w’'-])"
)


# a span ending in a saint's name (and its possessive, or that left out), after a name and "in" or
# alone ("Ticketmaster in St Stephen's" | "Green Shopping Centre")
_SAINT_AT_END = re.compile(r"(?:(?P<before>[A-Z].*?) in )?(?P<saint>(?:St\.?|Saint) [A-Z][\w-]*?(?P<own>['’]s)?)")
_POSSESSIVE_GAP = re.compile(r"['’]s ")
_SPACE = re.compile(" ")


def _saints_cut_at_possessive(body: str, spans: list[Span]) -> list[Span]:
    """ "Ticketmaster in St Stephen('s)" + "Green Shopping Centre": the model cut a saint's place at
    its possessive and ran the saint's name into the name before it. The saint's name, its
    possessive and the next span are one name (a place where either span was typed one, else of
    the next span's type) where the next span opens with a noun of a saint's place
    (`_SAINTS_PLACE_NOUN`: "Green", "Market"); a name before "in" is one of its own."""
    out: list[Span] = []
    skip: set[int] = set()
    for i, span in enumerate(spans):
        if i in skip:
            continue
        found = _SAINT_AT_END.fullmatch(body, span.start, span.end)
        after = spans[i + 1] if i + 1 < len(spans) else None
        # the possessive inside the span, or right after it
        gap = (_SPACE if found.group("own") else _POSSESSIVE_GAP).match(body, span.end) if found else None
        if (
            found is None
            or gap is None
            or after is None
            or after.start != gap.end()
            or span.label not in NAME_LABELS
            or after.label not in ("PLACE", "ORG")
            # the next span opens with a noun a saint's place is named by ("Green", "Wood", "Market"):
            # not a name of its own ("St Petersburg's Hermitage Museum", "St Louis's Busch Stadium")
            or _SAINTS_PLACE_NOUN.match(body, after.start - 1) is None
        ):
            out.append(span)
            continue
        if found.group("before"):
            out.append(Span(span.start, found.end("before"), span.label, span.entity_id))
        label = "PLACE" if "PLACE" in (span.label, after.label) else after.label
        out.append(Span(found.start("saint"), after.end, label))
        skip.add(i + 1)
    return out


def saints_places(body: str, spans: list[Span]) -> list[Span]:
    """ "St James's Palace": the model tags "St James's" and leaves the noun out, and the
    possessive, cut off a name's end elsewhere, would leave "St James". A saint's possessive the
    noun of a place follows runs on over the noun: the possessive is inside the name. A saint's
    possessive is no person's name: tagged so, it is a school's or a hospital's (an organisation,
    as the same saint's name with such a noun elsewhere in the article) or else a place's."""
    spans = _saints_cut_at_possessive(body, spans)
    out: list[Span] = []
    bodies: set[str] = set()  # saints' possessives written before a school's or a hospital's noun
    for span in spans:
        text = body[span.start : span.end]
        if span.label in ("PLACE", "ORG", "PERSON") and _SAINTS_POSSESSIVE.match(text):
            noun = _SAINTS_PLACE_NOUN.match(body, span.end)
            if noun is not None:
                label = span.label
                if noun.group(1):
                    bodies.add(text)
                    label = "ORG" if label == "PERSON" else label
                elif label == "PERSON":
                    label = "PLACE"
                span = Span(span.start, noun.end(), label, span.entity_id)
        out.append(span)
    for i, span in enumerate(out):
        text = body[span.start : span.end]
        if span.label == "PERSON" and _SAINTS_POSSESSIVE.match(text):
            out[i] = Span(span.start, span.end, "ORG" if text in bodies else "PLACE", span.entity_id)
    return out


# a firm's trade as the first word of a "person" the model tagged ("Jeweller Zale", "Carmaker
# Velora"): the noun says what the name is, and is no part of it
# the trades that open real firms' names as often as they describe one ("Maker Studios", "Chain
# Reaction Cycles", "Carrier Corporation", "Company Pictures"): kept in an organisation's name
_NAME_OPENING_TRADES = frozenset({"Maker", "Chain", "Builder", "Operator", "Carrier", "Company"})
_TRADE_NOUN_FIRST = re.compile(
    r"(?:Jeweller|Jeweler|Retailer|Grocer|Supermarket|Bookmaker|Carmaker|Chipmaker|Drugmaker|Automaker|"
    r"Brewer|Distiller|Insurer|Lender|Airline|Carrier|Broadcaster|Publisher|Developer|Manufacturer|Maker|"
    r"Distributor|Supplier|Operator|Conglomerate|Firm|Company|Chain|Outfitter|Wholesaler|Miner|Builder|"
    r"Organiser|Organizer|Promoter)"
    r" (?=[A-Z])"
)


# what may stand before a first name the model left out of a person's span: a clause's or a
# sentence's start, punctuation, a paragraph's start (after a headline with no stop too: "Ana" |
# "Velt recalls ..."), or a lower-case word ("said Huw" | "Stephens")
_OPENING_ADVERBS = frozenset(
    {"Just", "Only", "Also", "Now", "Then", "Still", "Instead", "Last", "Next", "Ever", "Never"}
)
# titles and what a person is, never a first name the model left out ("Judge" | "Clark")
_STRIPPABLE_BEFORE_NAMES = TITLE_WORDS | ROLE_NOUNS | set(RELIGIOUS_TITLES) | {"judge", "justice"}
_BEFORE_LEFT_OUT_NAME = re.compile(r"(?:^|\n|[.,;:!?(\[\"“”‘’'-]\s*|\b[a-z][\w’'-]*\s)$")


# a word whose last "g" an apostrophe stands for, inside a name, and the capitalised words after it
# ("Blazin' Squad", "Dunkin' Donuts"): the model ends the name at the apostrophe
_DROPPED_G_GOES_ON = re.compile(r"['’](?: [A-Z][\w-]*[a-z]){1,2}(?![\w’'-])")


def dropped_g_names(body: str, spans: list[Span]) -> list[Span]:
    """ "Blazin' Squad" where the model tagged "Blazin": a name's last word ending in "in" right
    before an apostrophe that stands for a dropped "g" (no possessive: "Velt's", "Velts'"), and one
    or two capitalised words after it, is one name with them. No span of its own may lie there."""
    if "in'" not in body and "in’" not in body:
        return spans
    out: list[Span] = []
    starts = {s.start for s in spans}
    for span in spans:
        goes_on = _DROPPED_G_GOES_ON.match(body, span.end) if body[span.start : span.end].endswith("in") else None
        if goes_on is not None and span.label in ("ORG", "PERSON", "PLACE", "WORK"):
            if not any(span.end < start < goes_on.end() for start in starts):
                span = Span(span.start, goes_on.end(), span.label, span.entity_id)
        out.append(span)
    return out


# a given name of two syllables joined by a hyphen, written after the family name ("Kwon-Taek",
# "Ji-chang"), and the short family name right before it after a lower-case word ("director Im")
_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")
_FAMILY_NAME_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{1,3}) $")
# the same given name right after a short family name the model tagged alone: "Kim" + " Do-kyun"
_GIVEN_AFTER_FAMILY_NAME = re.compile(r" ([A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5})(?![\w’'-])")


def family_names_first(body: str, spans: list[Span]) -> list[Span]:
    """ "film director Im Kwon-Taek" where the model tagged "Kwon-Taek": a given name of two short
    syllables joined by a hyphen, its second capitalised or no English word ("Idol-style"), right
    after a short capitalised word that is no English word (an East Asian family name, written
    first) after a lower-case word, is one person's name with it. No span may hold that word. And a
    short family name the model tagged a person alone ("Kim") runs on over such a given name right
    after it that no span holds, neither the whole nor both its syllables English words ("Kim
    Do-kyun", not "Blair Anti-war")."""
    out: list[Span] = []
    for span in spans:
        text = body[span.start : span.end]
        before = _FAMILY_NAME_BEFORE.search(body, max(0, span.start - 12), span.start)
        if (
            before is not None
            and span.label in ("PERSON", "ORG", "PLACE", "NORP")
            and _GIVEN_SYLLABLES.fullmatch(text)
            and (text.split("-")[1][:1].isupper() or not common_word(text.split("-")[1]))
            and not common_word(before.group(1))
            and before.group(1) not in _FUNCTION_WORDS
            and not honorific_before(body, span.start)
            and not any(s.start <= before.start(1) < s.end for s in spans)
        ):
            span = Span(before.start(1), span.end, "PERSON")
        given = _GIVEN_AFTER_FAMILY_NAME.match(body, span.end)
        if (
            given is not None
            and span.label == "PERSON"
            and re.fullmatch(r"[A-Z][a-z]{1,4}", text)
            and not dictionary_word(given.group(1).lower())
            and not all(dictionary_word(w) for w in given.group(1).lower().split("-"))
            and not any(s.start < given.end(1) and given.start(1) < s.end for s in spans)
        ):
            span = Span(span.start, given.end(1), "PERSON")  # "Kim" + " Do-kyun": one name
        out.append(span)
    return out


_NATION_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")


def _after_a_nations_word(body: str, at: int) -> bool:
    """Whether a people's word ends right before `at` ("Kenyan " of "Kenyan Moses Kiprotich")."""
    word = _NATION_WORD_BEFORE.search(body, max(0, at - 25), at)
    return word is not None and a_nations_word(word.group(1).lower())


def first_names_left_out(body: str, spans: list[Span]) -> list[Span]:
    """ "Huw Stephens has been ...": the model tags "Stephens" and leaves out the first name
    right before it. A word the name list knows as a man's or a woman's first name (not one more
    often a word: "Will", "May", "King"), in no span of its own, after no capitalised word but a
    people's ("Kenyan Moses Kiprotich"), starts the person's span."""
    out: list[Span] = []
    last_end = 0
    for span in spans:
        if span.label == "PERSON":
            first = _FIRST_NAME_BEFORE.search(body, max(0, span.start - 20), span.start)
            # "Sacha" + "Baron Pellow": no peer is styled after a first name, the title word is
            # the surname's (a first name of either sex too, when no word of the lexicon)
            peerage = is_peerage(split_name(body[span.start : span.end])[0])
            if (
                first is not None
                and first.start() >= last_end
                and first.group(1) not in _NOT_FIRST_NAMES_ALONE
                and (
                    first_name_gender(first.group(1)) is not None
                    or (peerage and is_first_name(first.group(1)) and not dictionary_word(first.group(1)))
                )
                # "Even", "Just": a sentence's word first, and so is a word the article writes in
                # lower case too
                and first.group(1) not in _FUNCTION_WORDS
                and first.group(1) not in _OPENING_ADVERBS
                and not (common_word(first.group(1)) and f" {first.group(1).lower()} " in body)
                and first.group(1).lower() not in _STRIPPABLE_BEFORE_NAMES
                and (
                    _BEFORE_LEFT_OUT_NAME.search(body[max(0, first.start() - 20) : first.start()])
                    or _after_a_nations_word(body, first.start())  # "Kenyan Moses Kiprotich won"
                )
                and (peerage or not split_name(body[span.start : span.end])[0])
            ):
                span = Span(first.start(), span.end, span.label, span.entity_id)
        last_end = max(last_end, span.end)
        out.append(span)
    return out


# the one capitalised word between a first name and a surname the model tagged apart ("Sacha" |
# "Baron" | "Cohen"), and the surname: one word, or two joined by a hyphen, ending the name
_MIDDLE_OF_A_NAME = re.compile(r" ([A-Z][a-z]+) (?=[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?(?:[^\w’'-]|$))")


def surnames_of_two_words(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "comedian Sacha Baron Cohen slated ...": the model tags the first name and the last word
    apart when the surname's first word is also a title or a word ("Baron", "Day"). A one-word
    span that the name list knows as a first name, one capitalised word in no span after it, then a
    person's one-word span: one person's name, where the word between is no name the table knows,
    no month, no weekday and no sentence's word ("The")."""
    out: list[Span] = []
    skip = -1
    for i, span in enumerate(spans):
        if i == skip:
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        first = body[span.start : span.end]
        middle = _MIDDLE_OF_A_NAME.match(body, span.end)
        if (
            nxt is not None
            and middle is not None
            and nxt.start == middle.end()
            and nxt.label == "PERSON"
            and span.label in ("PERSON", "ORG", "PLACE", "NORP")
            and re.fullmatch(r"[A-Z][a-z]+", first)
            and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", body[nxt.start : nxt.end])
            and first not in _NOT_FIRST_NAMES_ALONE
            and first not in _FUNCTION_WORDS
            and is_first_name(first)
            and not dictionary_word(first)
            and not re.fullmatch(rf"{_MONTHS}|{_WEEKDAYS}", middle.group(1))
            and middle.group(1) not in _FUNCTION_WORDS
            and table.canonical(middle.group(1)) is None
            and table.canonical(first) is None
        ):
            out.append(Span(span.start, nxt.end, "PERSON"))
            skip = i + 1
            continue
        out.append(span)
    return out


# a title or what a person is, right before a first name the model tagged alone ("Deputy Speaker
# Sylvia" | "Heal"); "Speaker", a parliament's chair, is no job title elsewhere (the speakers of a
# claim are not offices)
_TITLES_BEFORE_A_FIRST_NAME = (
    JOB_TITLES | ROLE_NOUNS | set(RELIGIOUS_TITLES) | set(HONORIFICS) | set(PEERAGES) | {"judge", "speaker"}
)
_TITLE_THEN_FIRST_NAME = re.compile(r"(?<![\w’'-])([A-Za-z]+\.?) $")
# the surname after it: one capitalised word (or two joined by a hyphen) ending the name, no
# capitalised word after it
_SURNAME_LEFT_OUT = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=['’]s\b|[^\w’'-]|$)(?!\s+[A-Z])")


# "Ana Velt of Tarnbridge Securities": a first name, a surname, "of" and the body the person is of
_PERSON_OF_BODY = re.compile(r"(?:([A-Z][a-z]+) )?([A-Z][a-z][\w’'-]*) of ((?:the )?[A-Z][^,;:()]*)")


def people_of_bodies(body: str, spans: list[Span]) -> list[Span]:
    """ "Analyst Ana Velt of Tarnbridge Securities said": the model makes "Velt of Tarnbridge
    Securities" (or the whole) one organisation; the first name and the surname are a person, the
    words after "of" the body. Only where the word before "of" is no word of the lexicon ("Bank of
    England", "House of Fraser", "Duke of Kent" are names with "of" in them) and the first name is one
    the name list knows, tagged in no other span, after a sentence's edge, a lower-case word or a
    title ("Analyst")."""
    out: list[Span] = []
    taken = [(s.start, s.end) for s in spans]
    for span in spans:
        match = _PERSON_OF_BODY.fullmatch(body, span.start, span.end) if span.label in ("ORG", "PLACE") else None
        if match is not None and not common_word(match.group(2)):
            if match.group(1) is not None:
                first, first_at = match.group(1), match.start(1)
            else:
                before = _FIRST_NAME_BEFORE.search(body, max(0, span.start - 20), span.start)
                first, first_at = (before.group(1), before.start(1)) if before else ("", span.start)
                if any(a <= first_at < b for a, b in taken):
                    first = ""
            ahead = _TITLE_THEN_FIRST_NAME.search(body, max(0, first_at - 30), first_at)
            if (
                first
                and first not in _NOT_FIRST_NAMES_ALONE
                and first not in _FUNCTION_WORDS
                and first_name_gender(first) is not None
                and not (common_word(first) and f" {first.lower()} " in body)
                and (
                    _BEFORE_LEFT_OUT_NAME.search(body[max(0, first_at - 20) : first_at])
                    or (ahead is not None and ahead.group(1).lower().rstrip(".") in _TITLES_BEFORE_A_FIRST_NAME)
                )
            ):
                out += [Span(first_at, match.end(2), "PERSON"), Span(match.start(3), span.end, span.label)]
                continue
        out.append(span)
    return out


def surnames_left_out(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "Deputy Speaker Sylvia Heal agreed": the model tags the first name alone when the surname
    is also an English word. A one-word person's span that is a known first name, after a title
    or what a person is, followed by a capitalised word in no span of its own that the table
    knows as nothing (not a place, not a body), takes that word as the surname. A first name the
    model typed a people ("guitarist Sergio" | "Velloni", "Sergio" a NORP) is the person's too."""
    starts = {s.start for s in spans}
    out: list[Span] = []
    for i, span in enumerate(spans):
        text = body[span.start : span.end]
        if span.label in ("PERSON", "NORP") and " " not in text and text not in _NOT_FIRST_NAMES_ALONE:
            title = _TITLE_THEN_FIRST_NAME.search(body, max(0, span.start - 20), span.start)
            surname = _SURNAME_LEFT_OUT.match(body, span.end)
            if (
                title is not None
                and surname is not None
                and (title.group(1).lower() in _TITLES_BEFORE_A_FIRST_NAME or is_rank_abbreviation(title.group(1)))
                and first_name_gender(text) is not None
                and surname.start(1) not in starts
                and (i + 1 == len(spans) or spans[i + 1].start >= surname.end(1))
                and surname.group(1) not in _FUNCTION_WORDS
                and surname.group(1).lower() not in _TITLES_BEFORE_A_FIRST_NAME
                and table.canonical(surname.group(1)) is None
            ):
                span = Span(span.start, surname.end(1), "PERSON", span.entity_id)
        out.append(span)
    return out


# a first name and an East Slavic surname as English news transliterates it ("Tkachuk", "Kovalenko",
# "Zhukavaya", "Dabravolski", "Petrovich"), one word or two joined by a hyphen, ending the name: no
# capitalised word after it
_SLAVIC_NAME = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]+) ([A-Z][a-z]+(?:uk|enko|enka|ich|ych|ski|sky|skyi|skiy|ska|skaya|ov|ova|ev|eva"
    r"|in|ina|yn|yna|ava|aya|onak|chyk|ets)(?:-[A-Z][a-z]+)?)(?=['’]s\b|[^\w’'-]|$)(?!\s+[A-Z])"
)


def slavic_names_apart(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "Andriy Tkachuk, the deputy mayor, said": the model tags a Ukrainian, Belarusian or Russian
    first name alone (often as a body or a place) and the surname apart or not at all, or neither
    ("Taras Melnychuk"). A word the name list knows as a man's or a woman's first name (no place's
    first word: "Georgia"; no word of the lexicon), after a sentence's edge, a lower-case word or a
    title, followed by a surname of an East Slavic shape that is no word of the lexicon and no
    name the table knows, is one person's name; the model's one-word spans of either word give way,
    no other span may hold them."""
    out = list(spans)
    for found in _SLAVIC_NAME.finditer(body):
        first, surname = found.group(1), found.group(2)
        title = _TITLE_THEN_FIRST_NAME.search(body, max(0, found.start() - 20), found.start())
        inside = [s for s in out if s.start < found.end() and found.start() < s.end]
        if (
            first not in PLACE_FIRST_NAMES
            and first not in _NOT_FIRST_NAMES_ALONE
            and first not in _FUNCTION_WORDS
            and first_name_gender(first) is not None
            and not dictionary_word(first)
            and not common_word(surname.split("-")[0])
            and not work_word_before(body, found.start())  # "Zola's novel Therese Raquin": a work
            and table.canonical(first) is None
            and table.canonical(surname) is None
            and (
                _BEFORE_LEFT_OUT_NAME.search(body[max(0, found.start() - 20) : found.start()])
                or (title is not None and title.group(1).lower().rstrip(".") in _TITLES_BEFORE_A_FIRST_NAME)
            )
            and all(
                s.label in ("PERSON", "ORG", "PLACE", "NORP") and (s.start, s.end) in (found.span(1), found.span(2))
                for s in inside
            )
        ):
            out = sorted(
                [*(s for s in out if s not in inside), Span(found.start(1), found.end(2), "PERSON")],
                key=lambda s: (s.start, -s.end),
            )
    return out


# a first name, a patronymic as English news transliterates Russian, Ukrainian and Belarusian ones
# ("Grigoryevich", "Stepanovych", "Nikolayevna", "Ilyich") and a surname: one person's name
_PATRONYMIC_NAME = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]+) ([A-Z][a-z]+(?:ovich|evich|ovych|evych|ovna|evna|ilyich|ivna|ichna)) "
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w’'-])"
)


def patronymic_names(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "Prime Minister Pavel Grigoryevich Sitnikov": the model tags the first name and the
    patronymic as a person and the surname apart (often as a place). A capitalised word (no place's
    first word, no word of the lexicon, no name the table knows: the name list lacks many of these
    first names, "Yevhen"), a patronymic of an East Slavic shape that no entry of the table is, and
    a capitalised word after it that is no common word and no name the table knows, is one
    person's name; the model's person, place, body or
    group spans inside give way, no other span may hold them."""
    out = list(spans)
    for found in _PATRONYMIC_NAME.finditer(body):
        first, patronymic, surname = found.groups()
        inside = [s for s in out if s.start < found.end() and found.start() < s.end]
        if (
            first not in PLACE_FIRST_NAMES
            and not dictionary_word(first)
            and not common_word(surname.split("-")[0])
            and table.canonical(first) is None
            and table.canonical(patronymic) is None
            and table.canonical(surname) is None
            and inside
            and all(
                s.label in ("PERSON", "ORG", "PLACE", "NORP") and found.start() <= s.start and s.end <= found.end()
                for s in inside
            )
        ):
            out = sorted(
                [*(s for s in out if s not in inside), Span(found.start(), found.end(), "PERSON")],
                key=lambda s: (s.start, -s.end),
            )
    return out


# a body's name of purpose: capitalised words ending with a body's noun, "to", a capitalised verb and
# the capitalised words it governs, a name's small words between them ("Committee to Protect
# Journalists", "Campaign to Protect Rural England", "Foundation to Promote Open Society")
_PURPOSE_NAME = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]* )*([A-Z][a-z]+)) to [A-Z][a-z]+(?: (?:(?:of|and|the|for|in|on) )*[A-Z][\w’'-]*)+"
)
_PURPOSE_HEADS = (BODY_WORDS - {"club", "fc", "party"}) | NAMED_KIND_HEADS | {"campaign", "fund"}


def names_of_purpose(body: str, spans: list[Span]) -> list[Span]:
    """ "The Campaign to Protect Rural England said": the model cuts a body's name at its "to" (the
    place at its end alone, or "Promote Open Society"). Capitalised words ending with a body's noun,
    "to" and a capitalised verb of the lexicon with the capitalised words after it are one
    organisation; the model's spans inside give way (none may run past the name). Not a club's
    name before "to" and a place ("Manchester United to Griffin Park": no body's noun, no verb)."""
    out = list(spans)
    for found in _PURPOSE_NAME.finditer(body):
        start = found.start() + (4 if found.group(1).startswith("The ") else 0)
        verb = body[found.end(1) + 4 :].split(" ", 1)[0]
        inside = [s for s in out if s.start < found.end() and start < s.end]
        if (
            found.group(2).lower() in _PURPOSE_HEADS
            and verb_word(verb)
            and start < found.end(1)
            and all(start <= s.start and s.end <= found.end() for s in inside)
        ):
            out = sorted(
                [*(s for s in out if s not in inside), Span(start, found.end(), "ORG")],
                key=lambda s: (s.start, -s.end),
            )
    return out


# an organisation's letters in brackets after its name ("... Association (ELAA)"), and a capitalised
# word right before the model's span, whole or joined by a hyphen to a lower-case part ("Low-fare")
_LETTERS_AFTER = re.compile(r"\s*\( ?([A-Z]{2,8}) ?\)")  # "(ELAA)", "( ELAA )" as CoNLL tokenises it
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+(?:-[A-Za-z]+)*) $")


def names_before_acronyms(body: str, spans: list[Span]) -> list[Span]:
    """ "the European Low-fare Airlines Association (ELAA)": the model tags "Airlines Association"
    and leaves out the words before it, a hyphenated one with a lower-case part among them. When
    the letters in brackets after an organisation's span are the initials of the capitalised words
    right before it and of its own, the name starts at the first of those words (a span the model
    gave one of them, "European" as a nationality, is part of the name)."""
    out = list(spans)
    for span in spans:
        letters = _LETTERS_AFTER.match(body, span.end)
        if span.label != "ORG" or letters is None:
            continue
        own = "".join(w[0] for w in body[span.start : span.end].split() if w[:1].isupper())
        wanted = letters.group(1)
        if not own or len(wanted) <= len(own) or not wanted.endswith(own):
            continue
        start = span.start
        for letter in reversed(wanted[: -len(own)]):
            word = _NAME_WORD_BEFORE.search(body, max(0, start - 40), start)
            if word is None or word.group(1)[0] != letter:
                break
            start = word.start(1)
        else:
            if any(s.start < start < s.end for s in out):
                continue  # "at Tom Vell Ferries Union (VFU)": the run back starts inside another name
            inside = [s for s in out if start <= s.start and s.end <= span.start]
            if all(s.label in ("NORP", "PLACE", "ORG") for s in inside):
                out = [s for s in out if s is not span and not any(s is t for t in inside)]
                out.append(Span(start, span.end, span.label, span.entity_id))
    return sorted(out, key=lambda s: (s.start, -s.end))


_NEW_BEFORE_LETTERS = re.compile(r"New ([A-Z]{2,6})$")


def new_before_letters(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "New EU rules set ...": a sentence's first word, capitalised there, glued by the model to
    the letters of a body the table knows ("New" + "EU"), is no part of the name unless the table
    knows the whole ("New Labour"). The span starts at the letters."""
    out = []
    for span in spans:
        new = _NEW_BEFORE_LETTERS.match(body[span.start : span.end])
        if (
            new is not None
            and SENTENCE_OPENING.search(body[max(0, span.start - 4) : span.start])
            and table.canonical(new.group(1)) is not None
            and table.canonical(new.group(0)) is None
        ):
            span = Span(span.start + new.start(1), span.end, span.label, span.entity_id)
        out.append(span)
    return out


# a plural's possessive the model ended a name on, and the body's noun after it ("the London
# Critics'" | "Circle", "Writers'" | "Guild")
_PLURAL_POSSESSIVE_END = re.compile(r"[A-Z][a-z]+s['’]$")
_BODY_NOUN_AFTER = re.compile(
    r" (?:Circle|Guild|Union|Association|Federation|Alliance|League|Society|Club|Council|Forum|Trust|Fund|"
    r"Institute|Choir|Academy|Network|Campaign|Movement|Party)(?![\w’'-])"
)


# a capitalised plural's possessive right before a body's noun the model tagged alone ("Writers'" |
# "Guild", untagged)
_PLURAL_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+s['’] $")


def plural_possessive_bodies(body: str, spans: list[Span]) -> list[Span]:
    """ "the London Critics' Circle": the model ends the name on the plural's possessive, which a
    name's end loses elsewhere ("London Critics"). A body's noun right after it runs the name on:
    the possessive is inside the body's name, an organisation. The model may tag the noun alone
    instead ("the Writers' Guild" as a person "Guild"): the plural's possessive before it, which
    no other span holds, starts the body's name."""
    out: list[Span] = []
    for span in spans:
        if span.label in ("ORG", "PERSON", "PLACE", "NORP") and _PLURAL_POSSESSIVE_END.search(
            body, span.start, span.end
        ):
            noun = _BODY_NOUN_AFTER.match(body, span.end)
            if noun is not None:
                span = Span(span.start, noun.end(), "ORG", span.entity_id)
        elif span.label in ("ORG", "PERSON", "PLACE") and span.start > 0:
            noun = _BODY_NOUN_AFTER.match(body, span.start - 1)
            plural = _PLURAL_POSSESSIVE_BEFORE.search(body, max(0, span.start - 40), span.start)
            if (
                noun is not None
                and span.end <= noun.end()  # the noun alone, not "League Cup" or "Union Street"
                and plural is not None
                and not (out and out[-1].end > plural.start())
            ):
                span = Span(plural.start(), noun.end(), "ORG", span.entity_id)
        out.append(span)
    return out


_SAINTS_NAME_START = re.compile(r"^((?:St\.?|Saint) [A-Z][\w-]*)['’]s ")


def saints_short_forms(mentions: list[Mention]) -> None:
    """ "did not attend St Aldric's" after "St Aldric's High School": a saint's name alone is the
    place or the school the article names after that saint, when it names one only. Changes
    `mentions` in place."""
    longer: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in mentions:
        start = _SAINTS_NAME_START.match(m.text)
        if start is not None and m.label in ("ORG", "PLACE") and m.entity_id:
            longer[start.group(1)].add((m.entity_id, m.label))
    if not longer:
        return
    for m in mentions:
        named = longer.get(_POSSESSIVE_TAIL.sub("", m.text))
        if named is not None and len(named) == 1 and m.label in ("ORG", "PLACE", "PERSON"):
            m.entity_id, m.label = next(iter(named))


# a possessive inside a span, before the capitalised name of what is owned ("Pell's Tax Bill")
_POSSESSIVE_INSIDE = re.compile(r"(?<=[a-z])(?:['’]s|(?<=s)['’]) (?=[A-Z])")
_PLAYER_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NUMBER_AFTER = re.compile(r"\s+\d")
_OWNED_NAME_AFTER = re.compile(r"['’]s?\s+[A-Z]")


def _named_alone_elsewhere(body: str, span: Span, head: str) -> bool:
    """ "Mr Pell's Grobco Facility" tagged one organisation, the honorific inside it: the person's,
    where the article writes "Mr Pell" elsewhere on its own (not before the same possessive); a
    brand of that shape ("Mrs Tarn's Kitchen") is not written alone."""
    if split_name(head)[0] is None or len(head.split()) < 2:
        return False
    for start, end in written_whole(head, body):
        if span.start <= start < span.end:
            continue
        if not _OWNED_NAME_AFTER.match(body, end):
            return True
    return False


def possessives_inside(body: str, spans: list[Span]) -> list[Span]:
    """A possessive the model ran a name through: "Lord Pell' Succession Bill" (tagged a person or an
    organisation), "Mr Pell's Tax Fund", "Tom Pell's Closer" tagged one person are the person, what
    is owned left out, where the words before the possessive are a person's (a surname after an
    honorific, or a first name and a surname; tagged an organisation, only after a peer's title,
    before a body, or where the article writes the honorific and the surname alone elsewhere
    (`_named_alone_elsewhere`): "Dr Pell' Grobwear" may be a brand's). What is owned stays its own organisation
    when its words make it a body ("Sir Tom Pell's Grobco Trust"). "Varnholt's Tom Pell" tagged one organisation is
    the club and its player, where a first name and a surname alone follow the possessive. A number
    after the span makes it a title that names the person ("Tony Pell's Skate Park 2"): left as it is."""
    out: list[Span] = []
    for span in spans:
        inside = _POSSESSIVE_INSIDE.search(body, span.start, span.end) if span.label in ("PERSON", "ORG") else None
        if inside is None:
            out.append(span)
            continue
        head = body[span.start : inside.start()]
        words = head.split()
        if _NUMBER_AFTER.match(body, span.end):
            out.append(span)  # "Tony Pell's Skate Park 2": a game's or a film's title, the name part of it
            continue
        tail = body[inside.end() : span.end]
        honorific = honorific_before(body, span.start)
        body_owned = label_from_words(tail, "PERSON") == "ORG"
        if (
            (honorific and (span.label == "PERSON" or is_peerage(honorific) or body_owned))
            # a brand's one word owned ("Mrs Tarn's Kitchen", its founder Mrs Tarn named) or a
            # firm's ("Dr Pell's Clinics Group") is the brand's
            or (_named_alone_elsewhere(body, span, head) and len(tail.split()) >= 2 and not body_owned)
            or (
                span.label == "PERSON"
                and (
                    split_name(head)[0] is not None
                    or (len(words) >= 2 and is_first_name(words[0]) and words[0] not in _NOT_FIRST_NAMES_ALONE)
                )
            )
        ):
            out.append(Span(span.start, inside.start(), "PERSON", span.entity_id))
            if body_owned:
                out.append(Span(inside.end(), span.end, "ORG"))
            continue
        if (
            span.label == "ORG"
            and inside.group().startswith(("'s", "’s"))  # a club's, not a body of members' ("Lawyers' X")
            and _PLAYER_NAME.fullmatch(tail)
            and label_from_words(tail, "PERSON") == "PERSON"
            and first_name_gender(tail.split()[0]) is not None
            and len(words) <= 2
        ):
            out += [Span(span.start, inside.start(), "ORG"), Span(inside.end(), span.end, "PERSON")]
            continue
        out.append(span)
    return out


def trade_nouns_before_names(body: str, spans: list[Span]) -> list[Span]:
    """ "Jeweller Zale said": a firm's trade, capitalised as a sentence's first word, that the model
    took into a person's name. The noun goes; the name is the firm's, unless it is a first name and
    a surname ("Publisher Ada Brent": what a person is). So where the model took it into an
    organisation's name ("Organiser Grob Fiddler said"), but only as a sentence's first word (inside
    a sentence a capitalised trade is the name's own: "the Airline Pilots Association"), not
    before a body's word ("Airline Pilots Association said": the body's own name), and not for a
    trade that often opens a firm's own name (`_NAME_OPENING_TRADES`: "Maker Studios", "Chain
    Reaction Cycles") unless the rest is written again alone."""
    out: list[Span] = []
    for span in spans:
        trade = (
            _TRADE_NOUN_FIRST.match(body, span.start, span.end)
            if span.label == "PERSON"
            or (
                span.label == "ORG"
                and SENTENCE_OPENING.search(body, max(0, span.start - 4), span.start)
                and body[span.start : span.end].split()[-1].lower() not in BODY_WORDS
            )
            else None
        )
        if trade is not None:
            rest = body[trade.end() : span.end].split()
            if (
                span.label == "ORG"
                and trade.group().split()[0] in _NAME_OPENING_TRADES
                and body.count(body[trade.end() : span.end]) < 2  # "Velt Studios" alone elsewhere
            ):
                out.append(span)  # "Maker Studios", "Chain Reaction Cycles": the trade may open the name
                continue
            person = len(rest) >= 2 and is_first_name(rest[0])
            span = Span(trade.end(), span.end, "PERSON" if person else "ORG", span.entity_id)
        out.append(span)
    return out


def people_typed_as_nationalities(mentions: list[Mention], table: EntityTable) -> None:
    """ "a Russian, Anatoly Tyukanov": a first name and a surname the model typed as a nationality's
    word is a person. Every mention two or three words, the first a man's or a woman's first name
    and no word ("Roman Catholics": a faith's people), the last no word of the lexicon
    ("Sutherland Highlanders"). The table's entries are kept. Changes `mentions` in place."""
    for group in untabled_groups(mentions, "NORP", table):
        if all(
            2 <= len(words := m.text.split()) <= 3
            and all(w[:1].isupper() for w in words)
            and first_name_gender(words[0]) is not None
            and not common_word(words[0])
            and not common_word(words[-1])
            and words[-1].lower() not in NATIONALITIES
            for m in group
        ):
            for m in group:
                m.label = "PERSON"


# parties named by their members' plural, which the model types as a people's word ("a coalition
# with the Liberals"); "Conservatives", "Democrats", "Republicans" are the table's own
_PARTY_PLURALS = frozenset({"Liberals", "Socialists", "Communists"})
# an article's words of party politics: a plural above there names a party, not people of a view
_PARTY_POLITICS = re.compile(r"(?<![\w-])(?:election|coalition|parliament|party|MPs|cabinet|majority)(?![\w-])")


def parties_typed_as_peoples(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "failed to build a coalition with the Liberals": a party's members' plural the model typed as
    a people's word, every mention after "the", in an article of party politics, is the party, an
    organisation (GUIDE: parties are ORG). The table's entries are kept. Changes `mentions` in place."""
    if not _PARTY_POLITICS.search(body):
        return
    for group in untabled_groups(mentions, "NORP", table):
        if all(m.text in _PARTY_PLURALS and body[max(0, m.start - 4) : m.start].lower() == "the " for m in group):
            for m in group:
                m.label = "ORG"


# an apposition that says the name makes or supplies things: "X, the maker of the Y console",
# "X, a leading supplier of chips" (the describing noun before "of", which the company rules' own
# apposition, ending on its noun, does not read)
_MAKER_OF_AFTER = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:maker|makers|manufacturer|manufacturers|supplier|provider)\s+of\b"
)


def makers_typed_as_people(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Velmorix, the maker of the Tangle console, said ...": a one-word "person" (no first name,
    never after an honorific) that an apposition calls the maker or the supplier of something is
    a company. The table's entries are kept. Changes `mentions` in place."""
    for group in untabled_groups(mentions, "PERSON", table):
        if any(" " in m.text for m in group):
            continue
        if is_first_name(_POSSESSIVE_TAIL.sub("", group[0].text)) or any(
            honorific_before(body, m.start) for m in group
        ):
            continue
        if any(_MAKER_OF_AFTER.match(body[m.end : m.end + 60]) for m in group):
            for m in group:
                m.label = "ORG"


# "the X consultancy": a firm's lower-case noun right after a name that "the" opens (`_THE_BEFORE_NAME`)
_FIRMS_APPOSED = "consultancy|firm|company|agency|partnership"  # (both patterns below)
_FIRM_NOUN_AFTER = re.compile(rf"\s+(?:{_FIRMS_APPOSED})(?![\w’'-])")


# a firm's noun in apposition, ending it: "X - an international property company -", "X, a law
# firm," (not "X, a company director", "X, a firm favourite", nor "X, a member of the group,")
_FIRM_APPOSED_AFTER = re.compile(
    r"(?:,|\s+[-–—])\s+an?\s+(?:(?!(?:of|the|for|with|in|at|and)\s)[a-z-]+\s+){0,3}"
    rf"(?:{_FIRMS_APPOSED})\s*(?=[-–—,.;:)])"
)
# capital letters the model left off a firm's name: "of GB" | "Tom Pell"
_LETTERS_BEFORE_A_FIRM = re.compile(r"(?<=[a-z] )([A-Z]{2,3}) $")


def firms_named_after_people(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "vice-president of the Tom Pell consultancy": a "person" every mention of which stands
    between "the" and a firm's noun is the firm named after someone (a person is never "the Tom
    Pell"), and so is one every mention of which a firm's noun describes in apposition ("of GB Tom
    Pell - an international property company -"; the letters before it, in no span, are the
    firm's too); not after an honorific. The table's entries are kept. Changes `mentions` in place."""
    for group in untabled_groups(mentions, "PERSON", table):
        if all(
            _THE_BEFORE_NAME.search(body, max(0, m.start - 5), m.start)
            and _FIRM_NOUN_AFTER.match(body, m.end)
            and not honorific_before(body, m.start)
            for m in group
        ):
            for m in group:
                m.label = "ORG"
        elif all(_FIRM_APPOSED_AFTER.match(body, m.end) and not honorific_before(body, m.start) for m in group):
            # "of GB Tom Pell - an international property company -": the firm, with the letters
            # the model left off its front
            letters = {_LETTERS_BEFORE_A_FIRM.search(body, max(0, m.start - 5), m.start) for m in group}
            for m in group:
                m.label = "ORG"
            found = next(iter(letters)) if len(letters) == 1 else None
            if found is not None and not any(o.start < m.start and found.start() < o.end for o in mentions):
                name = found.group(1) + " " + group[0].text
                for m in group:
                    m.start, m.text, m.entity_id = found.start(), name, slugify(name)


# a person's post in apposition, then whose it is: "X, managing director, of Grobco", "X, chairman
# at Y" (a post's nouns of `people.JOB_TITLES`, not its modifiers nor a player's position)
_POST_NOUNS = (
    JOB_TITLES
    - {"acting", "former", "junior", "senior", "vice", "interim", "shadow", "prime"}
    - {"defender", "goalkeeper", "midfielder", "striker", "winger", "general"}
)
_POST_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(sorted(_POST_NOUNS))})\s+$")
_POST_APPOSED_AFTER = re.compile(
    rf",\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(sorted(_POST_NOUNS))})(?:,\s+|\s+)(?:of|at)\s+(?:the\s+)?[A-Z]"
)


def people_by_post_after(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Tarun Velloni, managing director, of Grobco": an "organisation" of two or three
    capitalised words, none but the last a common word, with a person's post and whose it is in
    apposition after it, is a person (a body holds no post of another); so is such an
    "organisation" or "place" right after a post in lower case ("South Velmian president Tarun
    Velloni"), with no company's cue around any mention; not a name ending in a
    firm's, a body's or a legal form's word ("Velt Asset Management, manager of the fund"), nor the
    table's entries. Changes `mentions` in place."""
    groups = [*untabled_groups(mentions, "ORG", table), *untabled_groups(mentions, "PLACE", table)]
    for group in groups:
        words = _POSSESSIVE_TAIL.sub("", group[0].text).split()
        if (
            not 2 <= len(words) <= 3
            or not all(w[:1].isupper() and w[1:].islower() for w in words)
            or any(common_word(w) for w in words[:-1])
            or words[-1].lower() in COMPANY_WORDS | BODY_WORDS | LEGAL_FORMS
            or label_from_words(" ".join(words), "PERSON") != "PERSON"
        ):
            continue
        if any(
            (m.label == "ORG" and _POST_APPOSED_AFTER.match(body, m.end))
            # "South Velmian president Tarun Velloni": a post in lower case right before the name
            or _POST_BEFORE.search(body, max(0, m.start - 30), m.start)
            for m in group
        ) and not any(org_cue(body, m) for m in group):
            for m in group:
                m.label = "PERSON"


# a year right after a name: an event named by its place and year ("back to Vienna 2003")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\w’'-])")


def places_before_years(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "13 wins in a row going back to Vienna 2003": a one-word "person" every mention of which
    a year follows (an event named by where and when it was held) is the place, never a person
    (no honorific before it). The table's entries are kept. Changes `mentions` in place."""
    for group in untabled_groups(mentions, "PERSON", table):
        if any(" " in m.text for m in group):
            continue
        if all(_YEAR_AFTER.match(body, m.end) and not honorific_before(body, m.start) for m in group):
            for m in group:
                m.label = "PLACE"


# "the States" for the United States: "the" right before "States" alone, no "of" or "General" after
# ("the States of Jersey", "the States General" are assemblies)
_STATES_NAMED_AFTER = re.compile(r"\s+(?:of|General)\b|[\w’'-]")
# an article on the Channel Islands, whose parliaments are "the States"
_STATES_OF_ISLANDS = re.compile(r"\b(?:(?<!New )Jersey|Guernsey|Alderney|States\s+of)\b")  # not "New Jersey"
# the United States named or implied elsewhere in the article: "the States" may then be the nation;
# a state's name ("Ohio", `US_STATE_NAMES`) as well
_US_STATES = "|".join(n.replace(" ", r"\s+") for n in sorted(US_STATE_NAMES))
_US_CUE = re.compile(
    r"(?<![\w’'-])(?:US|U\.S\.|USA|America|Americans?|Washington|White\s+House|Wall\s+Street|"
    rf"Capitol\s+Hill|Chicago|Boston|Hollywood|{_US_STATES})"
    r"(?![\w’'-])"
)
# "Congress" alone, no capitalised word right before it but the nation's ("the Indian National
# Congress", "Trades Union Congress", "ANC" are no US cue) and no party's or assembly's word after it
# ("the Congress party", "the Congress of Deputies", "Congress-led")
_CONGRESS = re.compile(r"(?<![\w’'-])Congress(?!\s+(?:[Pp]arty|of|leader|president)\b)(?![\w’'-])")
_NAMES_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*)\s+$")
# "Congress" is the US one only beside another word of US politics, and not in an article on
# India ("Congress MPs walked out of the Lok Sabha": India's Congress party)
_US_CONGRESS_BESIDE = re.compile(
    r"(?<![\w’'-])(?:Senate|[Ss]enators?|House\s+of\s+Representatives|Capitol|Republicans?|Democrats?)(?![\w’'-])"
)
_INDIA_CUE = re.compile(r"(?<![\w’'-])(?:India|Indian|Delhi|BJP|Lok\s+Sabha)(?![\w’'-])")


def _us_cue(body: str) -> bool:
    """Whether the article names the United States or implies it: `_US_CUE`, or the US Congress
    written "Congress" alone (`_CONGRESS`: "the Congress", not "National Congress")
    beside another word of US politics ("Senate", "a senator", "Republicans": `_US_CONGRESS_BESIDE`) in an article
    that names no India (`_INDIA_CUE`: "Congress MPs" there are the Indian party's)."""
    if _US_CUE.search(body):
        return True
    if not _US_CONGRESS_BESIDE.search(body) or _INDIA_CUE.search(body):
        return False
    for found in _CONGRESS.finditer(body):
        before = _NAMES_WORD_BEFORE.search(body, max(0, found.start() - 30), found.start())
        if before is None or before.group(1) == "The":  # "US Congress" is a `_US_CUE` already
            return True
    return False


# a federation's centre beside its states ("the Centre and the States" in India, "the federal
# government and the States" in Germany or the US itself, "the Federation" in Nigeria, "Chief
# Minister"): "the States" are the states, no nation; not "the Union Jack", nor "the Commonwealth"
# (the Games, war graves: British copy's word, no federal centre)
_FEDERAL_COUNTERPART = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+(?:Centre|Federation|Union(?!\s+(?:[Jj]ack|[Ff]lag)\b))|[Ff]ederal\s+[Gg]overnment|"
    r"Chief\s+Ministers?|"
    r"L(?:ä|ae)nder|Bundesrat)(?![\w’'-])"
)


def the_states(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "moved to the States": "States" alone with "the" right before it is the United States,
    one entity with "US" and "United States" (the table's id); not "the States of Jersey", "the
    States General", "member States", nor anywhere in an article that names a Channel Island (their
    parliaments are "the States"). Only in an article that names the nation otherwise ("US",
    "American", "Washington", a state, "Ohio", its Congress: `_us_cue`) and writes no federation's centre ("the Centre", "the
    federal government", "Chief Minister": `_FEDERAL_COUNTERPART`), where "the States" are a
    federation's states. Changes `mentions` in place."""
    nation = table.canonical("United States")
    if nation is None or _STATES_OF_ISLANDS.search(body) or not _us_cue(body) or _FEDERAL_COUNTERPART.search(body):
        return
    for m in mentions:
        if (
            m.text == "States"
            and m.label in ("PLACE", "ORG")
            and _THE_BEFORE_NAME.search(body, max(0, m.start - 6), m.start)
            and not _STATES_NAMED_AFTER.match(body, m.end)
        ):
            m.entity_id, m.label = nation, "PLACE"


def _name_key(text: str) -> tuple[str | None, str]:
    """(honorific, the normalised identity key) of a person-like span: "Ms Kelly" -> ("Ms", "kelly").
    A peer's territorial designation is not part of the identity: "Lord Nicholls of Birkenhead"
    -> ("Lord", "nicholls"), as "Lord Nicholls" later in the article."""
    honorific, core = split_name(text)
    core = without_nickname(core)[0]  # 'Tom "Tank" Pell': Tom Pell
    if is_peerage(honorific) and " of " in core:
        core = core.split(" of ")[0]
    if honorific is None and judges_style(core.split()):
        core = core.split(" ", 1)[1]  # "Mr Justice Eady": "justice eady", as "Lord Justice Rix" is "justice rix"
    return honorific, normalise(strip_titles(core))


def _surname_of_a_longer_name(words: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """Whether `words` ("lo cicero", "van den bergh", "singh gill") are the last words of a longer
    name of a person of the article ("andrea lo cicero"): a surname of several words, not a full
    name of its own. A short name that starts with a first name ("ken clarke") is a full name,
    unless the longer one starts with a first name too ("iain duncan smith": a middle name) and
    not with a word glued in front ("tories ken clarke")."""
    for longer in names:
        if len(longer) <= len(words) or longer[-len(words) :] != words:
            continue
        if (
            words[0] in SURNAME_PARTICLES
            or not is_first_name(words[0].capitalize())
            or first_name_gender(longer[0].capitalize()) is not None
        ):
            return True
    return False


def _ranked_surname(text: str, key: str, names: set[tuple[str, ...]], alone: set[str]) -> bool:
    """Whether `text` is a forces' rank written short before the surname of a person of the article
    ("Gen Tamzali" after "Gen Farid Tamzali", or beside "Tamzali" alone): strip_titles keeps a rank
    before one word, which may be a name ("Maj Sjowall", "Sgt Pepper"), so the rank comes off only
    for a surname the article names in full or uses alone for a person (`alone`)."""
    written, words = text.split(), tuple(key.split())
    return (
        len(words) == len(written) == 2
        and is_rank_abbreviation(written[0])
        and (words[1] in alone or any(len(name) > 1 and name != words and name[-1] == words[1] for name in names))
    )


def _drop_glued_words(body: str, spans: list[Span], table: EntityTable) -> None:
    """ "Vote Blair", "Get Brown": a headline word the model glued to a surname the article uses
    for a person. The first word goes when it is no first name and the rest is that surname."""
    surnames: dict[str, set[str]] = defaultdict(set)  # surname -> the full names that end with it
    for span in spans:
        key = normalise(strip_titles(split_name(body[span.start : span.end])[1]))
        if span.label == "PERSON" and " " in key and len(key.split()[0]) > 1:
            surname = without_suffix(tuple(key.split()))[-1]  # "Walter Hanley Sr": Hanley, not "Sr"
            surnames[surname].add(key)  # not "S Burger" of a line-up: "Schalk Burger" is no glued word
    for span in spans:
        if span.label != "PERSON" or span.entity_id is not None:
            continue
        text = body[span.start : span.end]
        words = text.split()
        if len(words) != 2 or split_name(text)[0] or words[0].lower() in SURNAME_PARTICLES or is_name_suffix(words[1]):
            continue  # "Hanley Sr" is a name whole
        if re.fullmatch(r"[B-HJ-Z]\.?", words[0]):
            continue  # "F Pelous" of a line-up: an initial, no glued word (`_initials_of_full_names`)
        rest, key = normalise(words[1]), normalise(text)
        if not surnames.get(rest, set()) - {key} and _named_with_a_known_name(words, table):
            known = table.entry(table.canonical(words[1]) or "")
            if known is not None and known.is_media:
                span.label = "ORG"  # "Oldtown Herald": a paper named like the table's "Herald", no person
            continue
        if (
            (surnames.get(rest, set()) - {key} or table.canonical(words[1]))
            and not is_first_name(words[0])
            and not table.canonical(text)
            and words[0][:1].isupper()
            and _glued_word(words[0], key, surnames.get(rest, set()))
        ):
            span.start = span.start + text.index(words[1], len(words[0]))


# prepositions of place written before a place's or a body's name, never part of it ("across
# Wales", "in West"): the words both lists below start from
_PLACE_PREPOSITIONS = {
    "across",
    "in",
    "at",
    "from",
    "to",
    "for",
    "into",
    "near",
    "outside",
    "inside",
    "throughout",
    "around",
    "via",
    "over",
    "of",
    "and",
}
# words that go before a place's or a body's name without being part of it ("Across Wales", "With
# Europe"): the prepositions of place and other function words, which say nothing of what the name is
_BEFORE_A_NAME = _PLACE_PREPOSITIONS | {
    "with",
    "without",
    "beyond",
    "under",
    "after",
    "before",
    "against",
    "between",
    "like",
    "but",
    "as",
    "by",
    "on",
}


def _named_with_a_known_name(words: list[str], table: EntityTable) -> bool:
    """A two-word name the model typed a person whose second word is only the table's place or
    body ("Lycos Europe", "Telekom Austria", "Hotel Rwanda", "Law Lords"): a name of its own
    (a firm, a film, a court), not a word glued to the place or body, unless the first word is one
    that goes before a name ("Across Wales")."""
    known = table.canonical(words[1])
    entry = table.entry(known) if known else None
    return entry is not None and entry.label != "PERSON" and _firm_words(words[:1])


def _glued_word(word: str, key: str, full_names: set[str]) -> bool:
    """Whether the first word of a two-word person ("Striker Novo", "Vote Blair") can be a word glued
    to a surname: a word of the English lexicon, or the first part of a surname of several words
    ("Symmons Roberts" of "Michael Symmons Roberts"). A given name the first-name list does not
    know is neither ("Kanye West", "Zadie Smith" beside "Ali Smith", "Moazzam Begg" beside his
    father "Azmat Begg"): the full name stays. Without the model's lexicon (the rule-based
    fallback) any word can be."""
    if not has_lexicon() or common_word(word):
        return True
    w = word.lower()
    if any(common_word(w[:i]) and common_word(w[i:]) for i in range(5, len(w) - 4)):
        return True
    return any(name.endswith(" " + key) for name in full_names)


_GIVEN_NAME = re.compile(r"[A-Z][\w’'-]*")


def _given_names(words: list[str], table: EntityTable, body: str, names: set[str]) -> bool:
    """Whether the words before a surname may be given names: capitalised, and none a name the
    table knows, a name the article writes alone (`names`: "Leeds" of "Leeds Pillai" after
    "Leeds" alone) or a word it writes in lower case ("Port" and "port")."""
    return all(
        _GIVEN_NAME.fullmatch(w)
        and table.canonical(w) is None
        and w not in names
        and not any(written_whole(w.lower(), body))
        for w in words
    )


def _named_after_full_name(body: str, word: str) -> bool:
    """Whether the article writes the word alone a word or two after a full name it starts ("Ray
    Charles in Ray", "the Ray Charles biopic, Ray"): no one is named so twice, a title named
    after the person is."""
    return (
        re.search(
            rf"(?<![\w’'-]){re.escape(word)}\s+[A-Z][\w’'-]+(?:\s+[a-z]+)?[\s,]+{re.escape(word)}(?![\w’'-])", body
        )
        is not None
    )


# what stands between two items of one list of names: "X, Y and Z" (commas, "and", other names)
_LIST_BETWEEN = re.compile(r"(?:[\s,]|(?<![\w-])and(?![\w-])|[A-Z][\w’'.-]*(?![\w’'.-]))+")


def _initials(middle: tuple[str, ...]) -> str:
    """A name's middle initials (its words are normalised): "herbert walker", "h w" and glued "hw"
    (a short word without a vowel) all give "hw"."""
    return "".join(w if re.fullmatch(r"[b-df-hj-np-tv-z]{2,3}", w) else w[:1] for w in middle)


def _kin_apart(body: str, at: int, start: int, words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether a short and a full first name of one surname (at `at` and `start`) are two people:
    of two sexes ("Chris Pell" and "Christine Pell"), or either written after a word of kin ("his
    wife Christine Pell", "His son David Pell")."""
    return sexes_apart(words[0].lower(), other[0].lower()) or any(
        _kin_before(body, where) for where in (at, start) if where >= 0
    )


# "his wife Christine Pell", "Her son, David Pell": a relative of one of that surname
_KIN_BEFORE_NAME = word_before_name(KIN_WORDS)


def _kin_before(body: str, at: int, reach: int = 30, comma: bool = False) -> bool:
    """Whether a word of kin with its possessive stands right before `at` ("his wife Christine
    Pell"; with `comma`, set off by one: "His wife, Mrs Pell")."""
    found = _KIN_BEFORE_NAME.search(body, max(0, at - reach), at)
    return found is not None and found.group("owner") is not None and (not comma or "," in found.group(0))


def _namesakes(body: str, at: int, words: tuple[str, ...], start: int, other: tuple[str, ...]) -> bool:
    """ "George H W Bush" and "George W Bush" (two middle names that differ), or "George W Bush"
    and "George Bush" as two items of one list ("presidents George W Bush, Bill Clinton and George
    Bush": a list names no one twice): two people of one first name and surname, where elsewhere a
    middle initial written or left out is one person's name ("X, who ruled as Y", "X won; Y said")."""
    middle, other_middle = _initials(words[1:-1]), _initials(other[1:-1])
    if middle and other_middle:  # "George Walker Bush" and "George W Bush" are one
        return middle != other_middle
    if middle == other_middle or not 0 <= at < start:
        return False
    surname = re.compile(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])", re.IGNORECASE).search(body, at, start)
    between = body[surname.end() : start] if surname else ""
    return bool(re.search(r",|\band\b", between)) and _LIST_BETWEEN.fullmatch(between) is not None


_MALE_PRONOUN = re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE)
_FEMALE_PRONOUN = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)
# "Ms Pell, his sister", "Her daughter, Ms Pell": a relative of the one named in full
_RELATIVE_AFTER = re.compile(r",\s+(?:his|her|their)\s")
_RELATIVE_BEFORE = re.compile(r"\b(?:his|her|their)\s+[a-z-]+,\s*$", re.IGNORECASE)
# the same with a word of kin ("Ms Pell, his sister", "His wife, Mrs Pell"): never the one named in full
_KIN_AFTER = re.compile(rf",\s+(?:his|her|their)\s+(?:{'|'.join(sorted(KIN_WORDS))})\b")


def _initials_of_full_names(keyed: list[tuple[Span, str, str | None, str]]) -> dict[int, tuple[str, ...]]:
    """{id(span): the words of the full name it stands for} of the people written with an initial
    for the first name ("F Pelous", "F. Pelous", "P de Villiers", as line-ups write): the one full
    name of the article with the same surname and a first name starting with that letter ("Fabien
    Pelous"). Two such first names ("Fabien" and "Franck Pelous"), or none, leave it apart. A full
    name the model typed a body or a place ("France's Fabien Pelous") counts when it starts with a
    first name of the name list, and becomes a person's (changes those spans' label)."""
    full_names: dict[tuple[str, ...], dict[tuple[str, ...], list[Span]]] = defaultdict(dict)  # surname ->
    initialled: list[tuple[Span, tuple[str, ...]]] = []
    for span, text, _honorific, key in keyed:
        words = tuple(key.split())
        if len(words) < 2 or len(split_name(text)[1].split()) < 2:
            continue
        if len(words[0]) == 1 and all(len(w) > 1 for w in words[1:]):
            if span.label == "PERSON" and span.entity_id is None:
                initialled.append((span, words))
        elif len(words[0]) > 1 and (
            span.label == "PERSON"
            or (
                span.entity_id is None
                and span.label in ("ORG", "PLACE", UNKNOWN)
                and first_name_gender(words[0].capitalize()) is not None
            )
        ):
            for k in range(1, len(words)):
                full_names[words[k:]].setdefault(words, []).append(span)
    out: dict[int, tuple[str, ...]] = {}
    for span, words in initialled:
        fuller = [w for w in full_names.get(words[1:], {}) if len(w) == len(words) and w[0][0] == words[0]]
        if len(fuller) == 1:
            out[id(span)] = fuller[0]
            for named in full_names[words[1:]][fuller[0]]:
                named.label = "PERSON"
    return out


# an apposition after a name, what it says of the person: "Mr Philips, a neighbour, said", "Ms
# Abbott, the MP for Velton, said" (up to the clause's end)
_APPOSITION_AFTER = re.compile(r"\s*,\s+((?:an?|the|his|her|their|its)\s[^,.;:!?\"“”()]*)")
# an apposition that brings in someone new whatever post it names ("Ms Bell, a Labour MP", "Ms
# Bell, his sister", "Ms Bell, the MP's sister", "Ms Bell, the other MP"); a post written as a
# possessive is another's ("Ms Bell, the MP's secretary", "the mayor's aide")
_SOMEONE_NEW = re.compile(
    rf"^(?:an?|his|her|their|its)\s|\b(?:other|second|{'|'.join(sorted(KIN_WORDS))})\b|\w[’']s\s", re.IGNORECASE
)
# the name's words and what the sentence says of it right after: its apposition ("Diane Abbot,
# the Labour MP,") or its clause up to a comma ("Tom Phillips was elected mayor in 2010")
_SAID_AFTER_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*,?[^,.;:!?]*")
# words of a post that say nothing of which post ("the former MP", "the deputy head")
_NO_POST = frozenset({"former", "deputy", "general", "chief", "senior", "then", "new", "acting"})


def _posts_in(text: str) -> set[str]:
    """The office and post words of a text ("the Labour MP" -> {"mp"}, "the owner of a bakery" ->
    none): `JOB_TITLES` and `PERSON_ROLES`, not a modifier of either ("former", "deputy")."""
    return {
        w for w in re.findall(r"[a-z]+", text.lower()) if (w in JOB_TITLES or w in PERSON_ROLES) and w not in _NO_POST
    }


def _apposition_agrees(body: str, end: int, named_at: list[int]) -> bool:
    """Whether a short form with no apposition after it (ending at `end`), or one whose apposition
    names a post the article also gives the full name (written at `named_at`: in the 40 characters
    of its sentence before it, "Labour MP Diane Abbot", or in what its sentence says of it right
    after, "Diane Abbot, the Labour MP," / "Tom Phillips was elected mayor"): "Ms Abbott, the MP for
    Velton" after "Diane Abbot, the Labour MP"; never "Ms Abbott, the head of the local school" or "Mr
    Philips, the owner of a bakery", nor one that brings in someone new whatever its post ("Ms Abbott,
    a neighbour", "Ms Abbott, the MP's sister" or "secretary", "Ms Abbott, the other MP": `_SOMEONE_NEW`)."""
    apposed = _APPOSITION_AFTER.match(body, end)
    if apposed is None:
        return True
    if _SOMEONE_NEW.search(apposed.group(1)):
        return False
    posts = _posts_in(apposed.group(1))
    for at in named_at:
        opening = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at), at - 40)
        said = _SAID_AFTER_NAME.match(body, at)
        if posts & _posts_in(body[max(0, opening) : at] + (said.group(0) if said else "")):
            return True
    return False


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once ("abbott" -> "abot")."""
    return re.sub(r"(.)\1", r"\1", word)


def _spelt_alike(word: str) -> str:
    """A surname's letters with each doubled letter written once and no "h" after a consonant
    ("abbott" -> "abot", "chadha" -> "cada"): its misspellings that keep this key."""
    return _undoubled(re.sub(r"(?<=[bcdgkpt])h", "", word))


def _misspelt_surname(
    surname: str, full: dict[str, list[tuple[int, str, tuple[str, ...]]]], wanted: str | None
) -> list[tuple[int, str]]:
    """Where the full names `assign_ids` gathered (by surname) hold one person whose surname is
    this one with a letter doubled or undoubled ("abbot" for "abbott", five letters or more) or
    an "h" after a consonant left out or put in, as names transliterated are ("chada" for
    "chadha"), and
    whose first name is known to be of the sex the honorific asks ("Ms Abbott" of "Diane Abbot"):
    that person's mentions, else none. Abbot and Abbott, Philips and Phillips are distinct surnames
    as well, so a first name of unknown sex ("Mary" for "Mr Abbot") or an honorific of none ("Dr")
    gives no evidence and no merge."""
    if len(surname) < 5 or wanted is None:
        return []
    alike = [
        (at, eid)
        for last, entries in full.items()
        if last != surname and abs(len(last) - len(surname)) == 1 and _spelt_alike(last) == _spelt_alike(surname)
        for at, eid, w in entries
        if len(w) > 1
    ]
    if len({eid for _, eid in alike}) != 1:
        return []
    firsts = {w[0] for entries in full.values() for at, eid, w in entries if eid == alike[0][1] and len(w) > 1}
    return sorted(alike) if all(first_name_gender(f.capitalize()) == wanted for f in firsts) else []


def _sentence_from(body: str, start: int) -> str:
    """The text from `start` to the end of its sentence (at most 300 characters)."""
    end = re.search(r"[.!?](?:\s|$)", body[start : start + 300])
    return body[start : start + (end.end() if end else 300)]


def _known_without_legal_form(body: str, text: str, table: EntityTable) -> str | None:
    """ "G7 Group", "Grobco Corporation": an organisation's name the table does not know, written
    with a capitalised legal form after a name the table knows as an organisation, is that
    organisation. Never an outlet's: "ABC Inc" is the company, its news ("ABC News", a bare "ABC")
    another entity ("Walt Disney's ABC Inc said profits rose. ABC said its ratings fell")."""
    words = text.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower().rstrip(".") not in LEGAL_FORMS:
        return None
    stem = " ".join(words[:-1])
    known = table.canonical(stem)
    entry = table.entry(known) if known else None
    if entry is None or entry.label != "ORG":
        return None
    return None if entry.is_media else known


def assign_ids(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """Canonical ids: the table's, else one per person within the article.

    Identity ignores honorifics and job titles ("Ms Kelly", "Education Secretary Ruth Kelly"
    and "Kelly" are one person when the article names one Kelly in full). A surname that
    several full names in the article share goes to the nearest one before it, or stays
    apart when none precedes it. An honorific makes a span a person.
    """
    _drop_glued_words(body, spans, table)
    keyed: list[tuple[Span, str, str | None, str]] = []  # span, text, honorific, key
    for span in spans:
        text = body[span.start : span.end]
        honorific, key = _name_key(text)
        # "Mr Hockney" where the model tagged "Hockney" a place: the honorific makes it a person
        honorific = honorific or (
            honorific_before(body, span.start) if span.label in ("PERSON", UNKNOWN, "ORG", "PLACE", "NORP") else None
        )
        if is_title_only(text) or faith_title_alone(text, body[max(0, span.start - 4) : span.start]):
            continue  # "Shadow", "Chancellor", "the Cardinal": a title the model took for a name
        if (
            span.label == "PERSON"
            and " " not in key
            and not honorific
            and body[max(0, span.start - 4) : span.start].lower() == "the "
        ):
            continue  # "the Bill", "the Budget": a capitalised noun, not a person
        if span.entity_id is None:
            known = table.canonical(text) if (len(text) > 3 or table.exact(text)) else None  # "Us" is not US
            if known is None and (honorific or key != normalise(text)):
                core = split_name(text)[1]
                stripped = strip_titles(core)
                known = table.canonical(stripped)
                found = table.entry(known) if known else None
                if found is not None and found.label != "PERSON" and _people_or_country(core.split()[0], table):
                    # "the Arvanian Red Cross" ("Red" read as a first name after a people's word): the
                    # nation's own branch is a body of its own, never the international one
                    known = None
            if known is None and span.label == "ORG":
                known = _known_without_legal_form(body, text, table)  # "the Velt Group" of the table's "Velt"
            entry = table.entry(known) if known else None
            if entry is not None and (span.label in NAME_LABELS or span.label == UNKNOWN or honorific):
                span.entity_id, span.label = entry.id, entry.label
        if (
            span.entity_id is not None
            and honorific
            and honorific.lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr")
            and " " not in key
            and span.label in ("ORG", "PLACE")
        ):
            # "Mr Sainsbury" where the table knows "Sainsbury" as a company: the honorific wins
            span.entity_id = None
        if span.entity_id is None and honorific and span.label in ("PERSON", "ORG", "NORP", "PLACE", UNKNOWN):
            span.label = "PERSON"
        keyed.append((span, text, honorific, key))

    # a two- or three-word name the model called an organisation or place is a person when it
    # starts with a first name and its surname is used for a person elsewhere ("Mr Ebbers")
    personal = {key for span, _, honorific, key in keyed if " " not in key and (honorific or span.label == "PERSON")}
    addressed = {  # surnames the article writes after "Mr", "Ms", "Dr": a person's, whatever the model said
        key
        for _, _, honorific, key in keyed
        if " " not in key and honorific and honorific.lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr")
    }
    alone = {text for _, text, _, _ in keyed if " " not in text}
    for span, text, _honorific, key in keyed:
        key_words = key.split()
        if (
            span.entity_id is None
            and span.label in ("ORG", "PLACE")
            and 2 <= len(key_words) <= 3
            and (
                # the first name after any title ("Gen Farid Tamzali": Farid)
                (key_words[-1] in personal and first_name_gender(strip_titles(text).split()[0]) is not None)
                or is_person_by_role(body, span.start, text)  # "WorldCom boss Bernie Ebbers"
                # "Sundar Katwala", "JP McManus" typed a place or a company, and "Mr Katwala" later:
                # given names the name list does not know, before a surname used for a person
                or (
                    key_words[-1] in addressed
                    and len(text.split()) == len(key_words)  # "Blair-Brown", "Brown/Blair": no given name
                    and _given_names(text.split()[:-1], table, body, alone)
                )
            )
        ):
            span.label = "PERSON"

    # the full names of people in the article: last word -> [(offset, id, words)]
    full: dict[str, list[tuple[int, str, tuple[str, ...]]]] = defaultdict(list)
    named = {
        tuple(key.split())
        for span, text, _honorific, key in keyed
        if span.label == "PERSON" and " " in key and len(split_name(text)[1].split()) >= 2
    }
    # "Gen Tamzali" beside "Gen Farid Tamzali" or "Tamzali": the surname's key, not a full name's
    keyed = [
        (span, text, honorific, key.split()[1] if _ranked_surname(text, key, named, personal) else key)
        for span, text, honorific, key in keyed
    ]
    surnames_of_longer: set[int] = set()  # "Lo Cicero" after "Andrea Lo Cicero": a surname, resolved below
    suffix_of: dict[str, str] = {}  # entity id -> the suffix of its full name ("jr"), or ""
    initialled = _initials_of_full_names(keyed)  # "F Pelous" of a line-up beside "Fabien Pelous"
    # the surnames of the article's full names with a first name written out ("Ryan Jones")
    written_in_full = {
        key.split()[-1]
        for span, _, _, key in keyed
        if span.label == "PERSON" and len(key.split()) >= 2 and len(key.split()[0]) > 1
    }
    for span, text, _honorific, key in keyed:
        if span.label != "PERSON" or " " not in key or len(split_name(text)[1].split()) < 2:
            continue  # one written word ("Mr Kilroy-Silk") is a surname, not a full name
        words = initialled.get(id(span)) or tuple(key.split())
        if span.entity_id is None and _surname_of_a_longer_name(words, named):
            surnames_of_longer.add(id(span))
            continue
        bare = without_suffix(words)  # "Charles Evans Jr" is "Evans" later, never "Jr"
        suffix = words[-1] if bare != words else ""
        if span.entity_id is None:
            same = next(
                (
                    eid
                    for entries in full.values()
                    for at, eid, w in entries
                    # "Victor Makarov" after "Viktor Makarov": one first name, transliterated twice;
                    # "David Pell" after "Dave Pell": a short form and the name it is short for
                    if (
                        w[:1] == bare[:1]
                        or (
                            len(w) == len(bare)
                            and (
                                transliterated_alike(w[0], bare[0])
                                or (one_first_name(w[0], bare[0]) and not _kin_apart(body, at, span.start, w, bare))
                            )
                        )
                    )
                    and w[-1:] == bare[-1:]
                    and suffix_of.get(eid, "") == suffix
                    and not _namesakes(body, at, w, span.start, bare)
                ),
                None,
            )
            # "George W Bush" after "George Bush": one person; "Walter Hanley" after "Walter Hanley
            # Jr" (his father) or "... Sr": two
            span.entity_id = same or slugify(" ".join(words))
        suffix_of.setdefault(span.entity_id, suffix)
        if len(bare[0]) == 1 and bare[-1] in written_in_full:
            continue  # "S Jones" of a line-up, none of the full names: no surname alone is his
        full[bare[-1]].append((span.start, span.entity_id, bare))
        called_by = name_before_particle(bare)  # "Lula" of "Luiz Inacio Lula da Silva"
        if called_by:
            full[called_by].append((span.start, span.entity_id, (bare[0], called_by)))
        family = surname_first(bare)  # "Dr Khoo" after "Dr Khoo Kay Peng": the surname comes first
        if family:
            full[family].append((span.start, span.entity_id, (bare[1], family)))
        nickname = without_nickname(split_name(text)[1])[1]
        if nickname:  # 'Tom "Tank" Pell': "Tank" alone is him, as a surname alone would be
            called = tuple(normalise(nickname).split())
            full[called[-1]].append((span.start, span.entity_id, (bare[0], *called)))
    for entry in (table.entry(eid) for eid in {span.entity_id for span, _, _, _ in keyed if span.entity_id}):
        if entry is None or entry.label != "PERSON":
            continue  # the table's people named in the article also give their full names
        for variant in (entry.name, *entry.aliases):
            words = without_suffix(tuple(normalise(variant).split()))
            if len(words) > 1 and (-1, entry.id, words) not in full[words[-1]]:
                full[words[-1]].append((-1, entry.id, words))

    def full_name_for(span: Span, key: str, honorific: str | None) -> str | None:
        """The full name a surname ("Kelly", "Day-Lewis") or a knight's first name ("Sir Digby")
        refers to: the only one in the article, else the nearest before it, else none."""
        words = tuple(key.split())
        if not words:
            return None
        wanted = honorific_gender(honorific)  # "Mrs Howard" is not Michael Howard
        kin_before = wanted == "f" and _kin_before(body, span.start, 40, comma=True)
        kin_after = _KIN_AFTER.match(body, span.end) if wanted == "f" else None

        def kin_of(at: int, first: str) -> bool:
            """Whether "Mrs Quint, his sister" / "His wife, Mrs Quint" is a relative of the one named
            in full at `at`, whose first name says no sex; only a woman's full name may be her, and
            "Mrs Quint, his widow" is "Ravel Quint" herself where the article, between the two, speaks
            of that person as "she/her" and of no man (the "his" is her late husband)."""
            if first_name_gender(first) == "f" or not (kin_before or kin_after):
                return False
            if kin_before or kin_after is None or not kin_after.group(0).lstrip(", ").lower().startswith("his"):
                return True
            between = body[at : span.start] if 0 <= at < span.start else ""
            return not (_FEMALE_PRONOUN.search(between) and not _MALE_PRONOUN.search(between))

        found = [
            (at, eid)
            for at, eid, w in full.get(words[-1], [])
            if len(w) > len(words)
            and w[-len(words) :] == words
            and not (wanted and first_name_gender(w[0].capitalize()) not in (None, wanted))
            and not kin_of(at, w[0].capitalize())
        ]
        if not found and honorific and honorific.lower().rstrip(".") in ("ms", "miss") and len(words) == 1:
            # "Ms Pell" after "Jess Pell", a first name the list gives to men but women bear too
            # ("Joss", "Nicky"): the article's one full name of that surname, where nothing makes
            # that name a man's ("Mr Pell", "Jess Pell said he") and "Ms Pell" is no one's relative
            # ("Ms Pell, his sister": Tom Pell's); "Mrs Pell" may be a man's wife and stays apart
            same = {(at, eid, w) for at, eid, w in full.get(words[-1], []) if len(w) > 1 and w[-1:] == words}
            if (
                len({eid for _, eid, _ in same}) == 1
                and all(borne_by_women_too(w[0].capitalize()) for _, _, w in same)
                and not any(k.split()[-1] == words[0] for k in men_addressed)
                and not any(_MALE_PRONOUN.search(_sentence_from(body, at)) for at, _, _ in same if at >= 0)
                and not _RELATIVE_BEFORE.search(body, max(0, span.start - 40), span.start)
                and not _RELATIVE_AFTER.match(body, span.end)
            ):
                found = sorted((at, eid) for at, eid, _ in same)
        if not found and honorific and len(words) == 1 and not full.get(words[0]):
            # "Ms Abbott" after "Diane Abbot": a surname the article misspells by a doubled letter,
            # the one full name of that spelling whose first name is the honorific's sex; where the
            # short form has an apposition after it, only one that names a post the article gives
            # the full name ("Ms Abbott, the MP for Velton" after "Diane Abbot, the Labour MP"): any
            # other ("Ms Abbott, the head of the local school", "Mr Philips, a neighbour", "Ms
            # Abbott, his sister") may be another person of a like name
            found = _misspelt_surname(words[0], full, wanted)
            if not _apposition_agrees(body, span.end, [at for at, _ in found if at >= 0]):
                found = []
        if (
            not found
            and len(words) == 1
            and (
                (honorific and honorific.lower() in ("sir", "dame"))
                or (not honorific and first_name_gender(words[0].capitalize()))
                # a name of either sex ("Charlie", "Sam") the model took for a person: the one full
                # name it starts, as for a clear first name (a place or a club is not typed PERSON)
                # (not where the model typed the word otherwise, "Sky" of "Sky Plus", nor where it
                # is a title, "the biopic Ray", "Ray Charles in Ray")
                or (
                    not honorific
                    and span.label == "PERSON"
                    and is_first_name(words[0].capitalize())
                    and words[0].capitalize() not in _NOT_FIRST_NAMES_ALONE
                    and body[span.start : span.end] not in typed_otherwise
                    and not written_as_work(body, body[span.start : span.end])
                    and not _named_after_full_name(body, body[span.start : span.end])
                )
            )
        ):
            # "Sir Digby", or a first name alone ("We want Michael to ..."): the one full name it
            # starts, whoever its short form starts ("David" after "Dave Pell" and "David Moor" is
            # David Moor's; else the one its short form starts: "David" of "Dave Pell"); but not where
            # two people named before it both write it out somewhere ("David" after "David Moor" and
            # "Dave Pell", who is "David Pell" later: never the nearest of them), nor where another
            # person's full name that starts with it follows in the same sentence ("... called Tom,
            # but meant Tom Hesketh"): which of the two is meant is left open, a person's name still
            # (one named in a later sentence leaves it to the one name before: "Tom Varley won. Tom
            # said ... Tom Hesketh was second")
            named = [(at, eid, w) for entries in full.values() for at, eid, w in entries]
            found = [(at, eid) for at, eid, w in named if w[0] == words[0]] or [
                (at, eid) for at, eid, w in named if one_first_name(w[0], words[0])
            ]
            # a person named before it in any form ("Dave Pell", later "David Pell")
            earlier = {eid for at, eid, _ in named if at < span.start and eid in {e for _, e in found}}
            if len({eid for _, eid in found}) > 1 and (
                len(earlier) > 1
                or any(
                    eid not in earlier and span.end <= at and not _SENTENCE_BREAK.search(body, span.end, at)
                    for at, eid in found
                )
            ):
                shared_first_names.add(id(span))
                return None
        elif (
            not found
            and len(words) == 1
            and not honorific
            and span.label == "PERSON"
            and unknown_word(words[0])
            and body[span.start : span.end] not in typed_otherwise
            and not written_as_work(body, body[span.start : span.end])
        ):
            # a given name the list lacks and no word of the lexicon ("Zubair" after "Zubair Talik"):
            # the one full name it starts, if the article writes its surname alone for a person ("Mr
            # Talik"; "Atletico" is not "Atletico Madrid" that way); two people sharing the given
            # name leave it alone, never the nearest one
            starts = {(eid, w[-1]) for entries in full.values() for _, eid, w in entries if w[0] == words[0]}
            if len({eid for eid, _ in starts}) != 1 or not all(last in personal for _, last in starts):
                return None
            found = [(at, eid) for entries in full.values() for at, eid, w in entries if w[0] == words[0]]
        ids = {eid for _, eid in found}
        if wanted and len(ids) > 1:
            # "Ms. Okafor" after "Leah Okafor" and "Sam Okafor" (a first name the list knows for either
            # sex): the one whose first name is of the honorific's sex, before the nearest; not beside
            # a first name the list does not know ("Mr Begg" of Azmat and Moazzam Begg: either)
            given = {(eid, w[0].capitalize()) for at, eid, w in full.get(words[-1], []) if (at, eid) in found}
            fitting = {eid for eid, first in given if first_name_gender(first) == wanted}
            if len(fitting) == 1 and all(is_first_name(first) for _, first in given):
                return fitting.pop()
        if len(ids) == 1:
            return ids.pop()
        before = [(at, eid) for at, eid in found if at < span.start]
        return max(before)[1] if before else None

    typed_otherwise = {text for span, text, _, _ in keyed if span.label in ("ORG", "PLACE")}
    men_addressed = {key for _, _, honorific, key in keyed if honorific_gender(honorific) == "m"}
    # a band named after someone the article names in full ("the band Velt" beside "Ida Velt", its
    # namesake): the bare word is the band wherever it is written alone, never her
    band_words = (
        {
            key
            for span, _, honorific, key in keyed
            if " " not in key and not honorific and _written_after_band(body, span)
        }
        if about_music(body)
        else set()
    )
    shared_first_names: set[int] = set()  # first names alone that two people of the article start
    out: list[Span] = []
    for span, text, honorific, key in keyed:
        if (
            span.entity_id is None
            and (len(key.split()) <= 2 or id(span) in surnames_of_longer)
            and not (key in band_words and not honorific)
            and (
                span.label in ("PERSON", UNKNOWN, "PLACE")
                or honorific
                or (span.label == "ORG" and not text.isupper())
                or (span.label == "NORP" and not _NORP_SUFFIX.search(text))  # "Beckham" a nationality
            )
        ):
            span.entity_id = full_name_for(span, key, honorific)
            if span.entity_id is not None or id(span) in shared_first_names:
                span.label = "PERSON"
        if span.entity_id is None and span.label == UNKNOWN:
            continue
        if span.entity_id is None:
            span.entity_id = slugify(key) if span.label == "PERSON" and key else default_id(text, span.label)
        out.append(span)
    return out


# the full stop only after a short form ("Dr. Pell"), so a title ending a sentence ("named Regius
# Professor. Professor Pell") does not run into the next; "Professor Emeritus" is a rank, not a name
_HONORIFIC_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|Miss|Professor|Sir|Dame|Lord|Lady|Baroness)\s+"
    r"(?!(?:Emeritus|Extraordinary)\b)(?P<name>[A-Z][\w’'-]*\w(?:\s+[A-Z][\w’'-]*\w)?)"
)


# a faith's title before a first name and one to three capitalised words ("Cardinal Tom Pell
# O'Dorr", "Rabbi Ann Velt"): the name after the title, which the title leaves out
_RELIGIOUS_TITLE_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(t.capitalize() for t in RELIGIOUS_TITLES)) + r")\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:O['’]|Ma?c)?[A-Z][\w’'-]*[a-z]){1,3})(?![\w’'-])"
)


def honorific_spans(body: str, spans: list[Span]) -> list[Span]:
    """ "Mr Balls", "Prof Pell" where the model tagged nothing: an honorific before a capitalised name is a
    person. A second capitalised word is kept only after a first name ("Sir Digby Jones"). So is
    the name after a faith's title ("Cardinal Tom Pell O'Dorr") when its first word is a first
    name ("Bishop Auckland", "Imam Khomeini Airport" are not), to the last capitalised word."""
    added = []
    starts = sorted((s.start, s.end) for s in spans)
    for match in _RELIGIOUS_TITLE_NAME.finditer(body):
        start, end = match.span("name")
        possessive = _POSSESSIVE_TAIL.search(body, 0, end)
        if possessive and possessive.end() == end:
            end = possessive.start()
        if not is_first_name(match.group("name").split()[0]) or label_from_words(body[start:end], "PERSON") != "PERSON":
            continue
        i = bisect.bisect_left(starts, (end, -1))
        if i > 0 and starts[i - 1][1] > match.start():
            continue  # overlaps a span the model or the table found
        added.append(Span(start, end, "PERSON"))
    for match in _HONORIFIC_NAME.finditer(body):
        start, end = match.start(), match.end()
        possessive = _POSSESSIVE_TAIL.search(body, 0, end)
        if possessive and possessive.end() == end:
            end = possessive.start()
        words = body[match.start("name") : end].split()
        if len(words) == 2 and not is_first_name(words[0]):
            end = match.start("name") + len(words[0])
        i = bisect.bisect_left(starts, (end, -1))
        if i > 0 and starts[i - 1][1] > start:
            continue  # overlaps a span the model or the table found
        added.append(Span(start, end, "PERSON"))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, -s.end))


# a team sheet: four or more "initial surname" names in a row, between commas or semicolons
# ("G Murphy; G Dempsey, B O'Driscoll, S Horgan (capt), D Hickie")
_SHEET_NAME = (
    r"[A-Z]\.? (?:O['’]|Ma?c|De|Di|Le|(?:[Vv]an|[Vv]on|[Dd][eiau]|[Dd]os|[Ll][eao])(?: [Dd]e[nr])? )?"
    r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"
)
# after a name, a bracket: "(capt)", or the player's club as line-ups of several clubs write it
# ("(Leicester)", "(Sale Sharks, capt)")
_SHEET_BRACKET = r"(?:\s*\((?:[a-z]+|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?:, [a-z]+)?)\))?"
# between two names a comma or a semicolon, or only a space after a bracket, which a sheet may leave
# out there ("J Fourie (S Africa) T Umaga (New Zealand)")
_SHEET_GAP = r"(?:[,;]\s+(?:and\s+)?|(?<=\))\s+)"
_TEAM_SHEET = re.compile(
    rf"(?<![\w’'-]){_SHEET_NAME}{_SHEET_BRACKET}(?:{_SHEET_GAP}{_SHEET_NAME}{_SHEET_BRACKET}){{3,}}(?![\w’'-])"
)
_SHEET_ONE = re.compile(_SHEET_NAME)
# a sheet of surnames alone, a paragraph of its own: five or more one-word names between commas
# or semicolons, after a heading such as "Replacements:" ("Viljoen; Lakomskis, Emerick, Sika, ...");
# a surname there may have an initial before it, as two players of one name are told apart
# ("Kay, L Deacon, Grewcock")
_SURNAME = r"(?:(?:[A-Z]\.? )?(?:Ma?c[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*))"
_SURNAME_SHEET = re.compile(
    rf"(?:^|(?<=\n))(?:[A-Z][a-z]+(?: [a-z]+)?:\s+)?({_SURNAME}(?:\s*\([a-z]+\))?"
    rf"(?:[,;]\s+(?:and\s+)?{_SURNAME}(?:\s*\([a-z]+\))?){{4,}})\.?(?=\n|$)"
)
_SURNAME_ONE = re.compile(rf"(?<![\w’'-]){_SURNAME}(?![\w’'-])")
_SHEET_CLUB = re.compile(r"\(([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?:, [a-z]+)?\)")
# a squad list of full names, each with the player's club in brackets, four or more between commas
# or semicolons ("Tom Pell (Velton), Jan Dorr (Stade Tarnais, capt), Ivo Grell (Sale/ENG)"): the
# club's name, then a country's letters after a slash or a captain's mark
_WORD_WITH_REFS = rf"[A-Z](?:[\w’'-]|{HTML_REF})*"
_CLUB_NAME = rf"{_WORD_WITH_REFS}(?: {_WORD_WITH_REFS}){{0,2}}"
_CLUB_TAIL = r"(?:/[A-Z]{2,3})?(?:, [a-z]+)?\)"
_FULL_NAME = rf"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:(?:[Dd][eiau]|[Vv]an|[Ll][ea]) )?{_WORD_WITH_REFS}"
_FULL_NAME_SHEET = re.compile(
    rf"(?<![\w’'-]){_FULL_NAME}\s+\({_CLUB_NAME}{_CLUB_TAIL}(?:[,;]\s+(?:and\s+)?{_FULL_NAME}\s+\({_CLUB_NAME}{_CLUB_TAIL}){{3,}}"
)
_FULL_NAME_ONE = re.compile(rf"(?P<name>{_FULL_NAME})\s+\((?P<club>{_CLUB_NAME}){_CLUB_TAIL}")


def squad_lists(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """A sport article's squad list of full names with their clubs in brackets ("Tom Pell (Velton),
    Jan Dorr (Stade Tarnais, capt), ..."): each name is a person, each bracket's name a club (an
    organisation), whatever the model tagged there (it runs a name into the bracket, calls a club
    a place, or leaves it out). A country in the bracket is left as the model had it (a player's
    national side or his country, as the list's sport decides: `retype_by_context`)."""
    if "(" not in body or not is_sport(body):
        return spans
    found: list[Span] = []
    lists: list[tuple[int, int]] = []
    for squad in _FULL_NAME_SHEET.finditer(body):
        lists.append(squad.span())
        for item in _FULL_NAME_ONE.finditer(body, *squad.span()):
            name, club = item.span("name"), item.span("club")
            inside = [x for x in spans if name[0] <= x.start and x.end <= name[1] and x.label == "PERSON"]
            found += inside or [Span(*name, "PERSON")]
            entry = table.entry(table.canonical(item.group("club")) or "")
            if entry is not None and entry.role == "country":
                found += [x for x in spans if club[0] <= x.start and x.end <= club[1]]
            else:
                found.append(Span(*clean_span(body, *club), "ORG"))  # "(The Velts)": Velts
    if not lists:
        return spans
    kept = [x for x in spans if not any(x.start < b and a < x.end for a, b in lists)]
    return sorted(kept + found, key=lambda x: (x.start, -x.end))


def team_sheet_spans(body: str, spans: list[Span]) -> list[Span]:
    """The players of a team sheet, each a person: the model tags few of them, and those it
    tags it often calls organisations or places. The model's spans inside a sheet give way."""
    sheets = [(m.start(), m.end()) for m in _TEAM_SHEET.finditer(body)]
    players: list[Span] = []
    clubs: list[tuple[int, int]] = []  # the clubs in brackets: the model's spans there stay
    for a, b in sheets:
        clubs += [club.span(1) for club in _SHEET_CLUB.finditer(body, a, b)]
        for name in _SHEET_ONE.finditer(body, a, b):
            if not any(x <= name.start() < y for x, y in clubs):
                players.append(Span(name.start(), name.end(), "PERSON"))
    if ("," in body or ";" in body) and is_sport(body):  # surnames alone make a sheet in sport only
        for sheet in _SURNAME_SHEET.finditer(body):
            a, b = sheet.span(1)
            if not any(a < y and x < b for x, y in sheets):
                sheets.append((a, b))
                players += [Span(n.start(), n.end(), "PERSON") for n in _SURNAME_ONE.finditer(body, a, b)]
    if not sheets:
        return spans
    kept = [
        s
        for s in spans
        if not any(s.start < b and a < s.end for a, b in sheets) or any(x <= s.start and s.end <= y for x, y in clubs)
    ]
    # a name the model cut short inside a bracket is the bracket's whole name ("(S Africa)", the
    # model's "Africa"): the bracket holds one club or one side
    widened: list[Span] = []
    for s in kept:
        club = next(((x, y) for x, y in clubs if x <= s.start and s.end <= y), (s.start, s.end))
        if club == (s.start, s.end):
            widened.append(s)
        elif not any((w.start, w.end) == club for w in widened + kept):
            widened.append(Span(*club, s.label))
    kept = widened
    return sorted(kept + players, key=lambda s: (s.start, -s.end))


# peers named together after one plural title: "Lords Tarbury, Pellow and Dorr" (two names at least;
# "the House of Lords Committee and Commons", "the Lords Select and Commons committees" are chambers)
_PEER_NAME = r"[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*"
_PEERS_LISTED = re.compile(
    rf"(?<![\w’'-])(?<!of\s)(?<![Tt]he\s)Lords\s+({_PEER_NAME}(?:,\s+{_PEER_NAME})*(?:,?\s+and\s+{_PEER_NAME}|(?:,\s+{_PEER_NAME})+))(?![\w’'-])"
)
_PEER_ONE = re.compile(rf"(?<![\w’'-]){_PEER_NAME}(?![\w’'-])")


def peers_listed(body: str, spans: list[Span]) -> list[Span]:
    """ "sitting with Lords Tarbury, Pellow, Dorr and Hale": each name after the plural title is a
    peer, a person, whatever the model made of it (it tags few and calls some organisations); the
    plural title is no one's name, nor the House of Lords."""
    if "Lords " not in body:
        return spans
    found = list(_PEERS_LISTED.finditer(body))
    if not found:
        return spans
    peers = [Span(n.start(), n.end(), "PERSON") for m in found for n in _PEER_ONE.finditer(body, *m.span(1))]
    kept = [s for s in spans if not any(s.start < m.end() and m.start() < s.end for m in found)]
    return sorted(kept + peers, key=lambda s: (s.start, -s.end))


# " of Birkenhead" after a peer's name: one or two capitalised words ("of Kings Norton")
_DESIGNATION = re.compile(r" of (?:[A-Z][\w’'-]*\w)(?: [A-Z][\w’'-]*\w)?(?![\w’'-])")


def territorial_designations(body: str, spans: list[Span]) -> list[Span]:
    """ "Lord Nicholls of Birkenhead", "Baroness Thatcher of Kesteven": a peer's territorial
    designation is part of the name as written, never a place or a person of its own. The span
    takes in the peerage and the designation; identity leaves the designation out (`_name_key`),
    so a later "Lord Nicholls" is the same person."""
    out: list[Span] = []
    taken_until = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < taken_until:
            continue  # "Birkenhead" inside a designation just taken in
        text = body[span.start : span.end]
        honorific, core = split_name(text)
        start = span.start
        if not is_peerage(honorific):
            before = honorific_before(body, span.start)
            if before is None or not is_peerage(before):
                out.append(span)
                continue
            start = body.rindex(before, 0, span.start)  # "Lord " just before "Hoffmann"
        designation = _DESIGNATION.match(body, span.end)
        if designation is None or " of " in core or len(core.split()) > 2 or span.label not in ("PERSON", UNKNOWN):
            out.append(span)
            continue
        out.append(Span(start, designation.end(), "PERSON"))
        taken_until = designation.end()
    return out


# a royal style the model tagged alone before the place it is "of" ("Duke" | "of Edinburgh")
_ROYAL_STYLES = frozenset({"Duke", "Duchess", "Prince", "Princess"})
# a title being conferred, not a person named by it ("will take the title Duke of X", "should
# become Princess Consort")
_TITLE_CONFERRED = re.compile(r"\b(?:title|titles|become|becomes|became|styled)\s+(?:the\s+)?$")
# what makes a conferred style a title, not a name: "of" and its place, or a style word after it
_STYLE_WORDS_AFTER = frozenset({"of", "Consort", "Royal", "Regent"})
_WORD_AFTER = re.compile(r"\s+([\w’'-]+)")
_POSSESSIVE_AFTER = re.compile(r"['’]s(?![\w’'-])")
# what says "the Prince of X" names a person, not a pub, a theatre or a game named after one: a
# reporting verb or "who" after it, "(and) his"/"her" right after it, or its subject's verb in the
# past ("the Prince of X received ...") where "the" opens the phrase after no preposition
_SPEAKS_AFTER_STYLE = re.compile(r",?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|insisted|argued|claimed|who)\b")
_HIS_OR_HER_AFTER = re.compile(r",?\s+(?:and\s+)?(?:his|her)\b")
_ACTS_AFTER_STYLE = re.compile(r"\s+(?:did|does|has|had|will|would|[a-z]{2,}ed)\b")
_THE_OPENS = re.compile(r"(?:^|[.!?;:,(\"“”]\s*|\n\s*|\band\s+)[Tt]he\s+$")


def _conferred_style(body: str, span: Span, words: list[str]) -> bool:
    """ "will take the title HRH Duchess of X", "become Princess Consort", "became Princess":
    after a word of conferring, a royal style followed by nothing, "of" or another style word
    is the title given, no one's name ("became Duke Ellington's drummer" names the bandleader)."""
    rest = words[1:] if words[0] == "HRH" else words  # "HRH Duchess of X": the style after HRH
    if span.label not in NAME_LABELS or not rest or rest[0] not in _ROYAL_STYLES:
        return False
    if _TITLE_CONFERRED.search(body, max(0, span.start - 20), span.start) is None:
        return False
    if rest[-1].endswith(("'s", "’s")) or _POSSESSIVE_AFTER.match(body, span.end):
        return False  # "became Prince Alma's tutor"
    if len(rest) > 1:
        second: str | None = rest[1]
    else:
        after = _WORD_AFTER.match(body, span.end)
        second = after.group(1) if after else None
    return second is None or second in _STYLE_WORDS_AFTER or not second[:1].isupper()


def _style_names_a_person(body: str, span: Span, spans: list[Span]) -> bool:
    """Whether the royal style "Prince of X" the model typed a body or a place is said of a person
    (see _SPEAKS_AFTER_STYLE), or the article tags the same style a person elsewhere."""
    text = body[span.start : span.end]
    if _POSSESSIVE_AFTER.match(body, span.end):
        return False  # "at the Duke of X's", "the Duke of X's theatre": a venue
    style, place = text.split(" of ", 1)
    for s in spans:
        other = body[s.start : s.end]
        if s.label == "PERSON" and (other == text or (other == style and body.startswith(f" of {place}", s.end))):
            return True  # the same style tagged a person elsewhere, whole or "Prince" | "of X"
    if _SPEAKS_AFTER_STYLE.match(body, span.end) or _HIS_OR_HER_AFTER.match(body, span.end):
        return True
    return bool(
        _ACTS_AFTER_STYLE.match(body, span.end) and _THE_OPENS.search(body, max(0, span.start - 12), span.start)
    )


# a royal style and its "of" right before a place the model tagged alone ("the princess of Wales",
# "Prince of Persia"): the place is part of the style, whoever or whatever the style names
_STYLE_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in sorted(_ROYAL_STYLES)) + r")\s+of\s+$"
)


# a monarch's or a pope's number right after a name, before a stop, a comma or a possessive ("for
# Charles I, the", "Henry VIII's"); not a pronoun "I" that goes on ("Charles I think")
_REGNAL_NUMBER_AFTER = re.compile(r" (?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)(?=['’]s\b|[,.;:)]|$)")
# a prince's style right before a name the model tagged without it ("Prince" | "Charles")
_PRINCE_BEFORE = re.compile(r"(?<![\w’'-])(?:Prince|Princess) $")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]* $")  # "Crown" | " Prince Frederik"


_TWO_SURNAMES = re.compile(r"([A-Z][\w’'-]*[a-z]) (?:and|&) ([A-Z][\w’'-]*[a-z])")
# what makes "Pell and Varnish" one thing, not two people: an article or a firm's word before it
# ("the Pell and Varnish estate", "law firm Pell and Varnish", "shares in"), a verb in the
# singular after it ("Pell and Varnish employs 300", "is", "has")
_ONE_THING_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:the|a|an|its|their|firm|company|shares\s+in|stake\s+in|{alternation(BODY_WORDS)})\s+$",
    re.IGNORECASE,
)
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:is|was|has|does|(?!(?:always|perhaps|thus|plus|as)\b)[a-z]{2,}[^s\W]s)\b")


def surname_pairs(body: str, spans: list[Span]) -> list[Span]:
    """ "Pell and Varnish" tagged one organisation where the article names a Tom Pell and an Ida
    Varnish (each word the last of a person's longer name it tagged): the two people, each a
    person's mention. A pair one word of which is no one's surname here ("Victims and Citizens
    Against Crime", "Marks and Spencer" with no Spencer named) stays as tagged."""
    surnames = {
        body[s.start : s.end].split()[-1] for s in spans if s.label == "PERSON" and " " in body[s.start : s.end]
    }
    if len(surnames) < 2:
        return spans
    out: list[Span] = []
    for span in spans:
        pair = _TWO_SURNAMES.fullmatch(body, span.start, span.end) if span.label in ("ORG", "PLACE") else None
        if (
            pair is not None
            and pair.group(1) in surnames
            and pair.group(2) in surnames
            and pair.group(1) != pair.group(2)
            and _ONE_THING_BEFORE.search(body, max(0, span.start - 20), span.start) is None
            and _SINGULAR_VERB_AFTER.match(body, span.end) is None
        ):
            out += [Span(span.start, pair.end(1), "PERSON"), Span(pair.start(2), span.end, "PERSON")]
            continue
        out.append(span)
    return out


def royal_styles(body: str, spans: list[Span]) -> list[Span]:
    """ "The Queen and Duke of Edinburgh said": a royal style and the place it is of name the one
    person who holds it (the guide: a title used as the name is a person); the model tags the
    style alone as a person and the place apart. One person's span, the place's dropped; the
    whole style the model typed a body or a place ("the Prince of Wales") is a person too where
    something says so (_style_names_a_person; "the Duke of York's theatre", "the Prince of Wales
    in X", a pub, stay). Where the title is being conferred ("will take the title HRH Duchess of
    X", "become Princess Consort") it names nobody: the style's span is dropped. A place tagged
    alone after a style left untagged ("the princess of Wales", "Prince of Persia", a game) is no
    place of the article: dropped."""
    out: list[Span] = []
    taken_until = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < taken_until:
            continue  # "Edinburgh" inside the style just taken in
        if span.label == "PLACE" and _STYLE_OF_BEFORE.search(body, max(0, span.start - 16), span.start):
            continue  # "the Prince of" | "Wales": the style's place, not a place named
        words = body[span.start : span.end].split() or [""]
        conferred = _TITLE_CONFERRED.search(body, max(0, span.start - 20), span.start) is not None
        if _conferred_style(body, span, words):
            continue  # "HRH Duchess of X", "Princess Consort": a title, no one's name
        if (
            span.label in ("ORG", "PLACE")
            and not conferred
            and len(words) == 3  # not "the Princess of Wales Theatre", a venue
            and words[0] in _ROYAL_STYLES
            and words[1] == "of"
            and all(w[:1].isupper() for w in words[2:])
            and _style_names_a_person(body, span, spans)
        ):
            span = Span(span.start, span.end, "PERSON", span.entity_id)  # "the Prince of Wales": a person
        regnal = (
            _REGNAL_NUMBER_AFTER.match(body, span.end)
            if len(words) == 1 and span.label == "PERSON" and is_first_name(words[0])
            else None
        )
        if regnal is not None:
            # "Charles" | " I": a monarch's number after a first name is part of the name ("Charles
            # I" is no namesake of Prince Charles or Ray Charles; "Episode I" is no one's)
            span = Span(span.start, regnal.end(), "PERSON")
        prince = _PRINCE_BEFORE.search(body, max(0, span.start - 10), span.start) if len(words) == 1 else None
        if (
            span.label == "PERSON"
            and prince is not None
            and not _CAPITALISED_WORD_BEFORE.search(body, max(0, prince.start() - 20), prince.start())
            and not re.search(rf"(?<![\w’'-])[A-Z][\w’'-]* {re.escape(body[prince.start() : span.end])}\b", body)
        ):
            # "Prince" | "Charles": the style is the name's, as the model tags it elsewhere ("Prince
            # Charles" is no namesake of Ray Charles); not after another word of a title ("Crown
            # Prince Velt", "Saudi Prince X"), nor where the article writes the style so elsewhere
            # ("Crown Prince Velt ... Prince Velt said": the name alone joins the full one)
            out.append(Span(prince.start(), span.end, "PERSON"))
            continue
        designation = _DESIGNATION.match(body, span.end)
        if span.label == "PERSON" and len(words) == 1 and words[0] in _ROYAL_STYLES and designation and not conferred:
            out.append(Span(span.start, designation.end(), "PERSON"))
            taken_until = designation.end()
            continue
        out.append(span)
    return out


def missed_full_names(body: str, spans: list[Span]) -> list[Span]:
    """ "Iain Ferguson was awarded ..." where the model tagged nothing, in an article that uses
    "Mr Ferguson": a known first name (not one that is more often a word: "His", "Save", "King")
    before a surname the article uses alone for a person is that person's full name. Only where
    no span lies, so nothing the model or the table found moves."""
    surnames = set()
    for span in spans:
        honorific, core = split_name(body[span.start : span.end])
        words = core.split()
        if (
            len(words) == 1
            and (span.label == "PERSON" or honorific or honorific_before(body, span.start))
            and words[0][:1].isupper()
            and len(words[0]) > 2
        ):
            surnames.add(words[0])  # a surname the article uses alone for a person
    if not surnames:
        return spans
    starts = sorted((s.start, s.end) for s in spans)
    added = []
    for a, b, first, _ in capitalised_word_before_any(sorted(surnames), body):
        if first in _NOT_FIRST_NAMES_ALONE or first_name_gender(first) is None:
            continue
        i = bisect.bisect_left(starts, (b, -1))
        if i > 0 and starts[i - 1][1] > a:
            continue  # overlaps a span found already
        added.append(Span(a, b, "PERSON"))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, -s.end))


# a player off the bench, before his name ("Replacement Tom Pell made the most of ...")
_BENCH_WORDS = {"replacement", "substitute"}
# a person's role, then a first name and a surname (an "O'" or a "Mc" before it)
_NAME_AFTER_ROLE = re.compile(
    r"(?<![\w’'-])(?P<role>[A-Za-z][a-z-]+) (?P<name>(?P<first>[A-Z][a-z]+) (?:O['’]|Ma?c)?[A-Z][\w’'-]*[a-z])(?![\w’'-])"
)


def names_by_role(body: str, spans: list[Span]) -> list[Span]:
    """ "Replacement Tom Pell made ...", "director Ann Velt" where the model tagged nothing: a known
    first name (not one more often a word: "Will", "Save") and a capitalised surname right after a
    person's role (`PERSON_ROLES`, or a player off the bench) is a person. Only where no span
    lies, and only a name whose words make it no company or place ("Grobco Systems")."""
    starts = sorted((s.start, s.end) for s in spans)
    added = []
    for match in _NAME_AFTER_ROLE.finditer(body):
        first = match.group("first")
        a, b = match.span("name")
        if (
            match.group("role").lower() not in PERSON_ROLES | _BENCH_WORDS
            or first in _NOT_FIRST_NAMES_ALONE
            or first_name_gender(first) is None
            or label_from_words(body[a:b], "PERSON") != "PERSON"
            or _taken(starts, a, b)
        ):
            continue
        added.append(Span(a, b, "PERSON"))
    return _with_added(spans, added)


# a player's or a performer's role before a one-word name ("Brazilian midfielder Edu has ..."); not
# a role a firm is also called by ("designer X", "producer X", "analyst X")
_ROLES_OF_ONE_WORD_NAMES = frozenset(GLUED_ROLES) - {
    "producer",
    "writer",
    "author",
    "presenter",
    "journalist",
    "designer",
    "economist",
    "analyst",
}
_ONE_WORD_NAME_AFTER_ROLE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(sorted(_ROLES_OF_ONE_WORD_NAMES))}) ([A-Z][a-z]{{2,}})(?![\w’'-]| [A-Z&])"
)
# a one-word name and an age set off by commas ("Edu, 26, added"), no capitalised word before it
_ONE_WORD_NAME_AGED = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,}), (?:1\d|[2-9]\d), ")
_WORD_BEFORE_ONE_WORD_NAME = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*) $")


def _one_word_name_here(body: str, a: int, b: int) -> bool:
    """Whether body[a:b] is written as a name of its own: no capitalised word right before it (a
    sentence's word, "And", may be), none right after it, no hyphen joining it to another."""
    before = _WORD_BEFORE_ONE_WORD_NAME.search(body, max(0, a - 30), a)
    if before is not None and before.group(1) not in _FUNCTION_WORDS:
        return False  # "Mr Pell, 63,": the name after an honorific, found by the others
    return not re.match(r"(?:['’]s)?(?: [A-Z]|-[A-Za-z])", body[b : b + 4])


def one_word_names(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "Brazilian midfielder Edu has hit out ...", "And Edu, 26, added": a one-word name the model
    tagged nowhere, after a player's or a performer's role or before an age set off by commas, is
    a person's; so is every other writing of it alone. Only a word that is no word of the lexicon,
    that the article never writes in lower case, that names no people ("Tarnian") and that the
    table knows as nothing; only where no span lies, but for the model's people ("rapper Twista"
    typed a nationality: the person)."""
    cued = {m.group(1) for m in _ONE_WORD_NAME_AFTER_ROLE.finditer(body)}
    cued |= {m.group(1) for m in _ONE_WORD_NAME_AGED.finditer(body) if _one_word_name_here(body, m.start(1), m.end(1))}
    if not cued:
        return spans
    tagged = {body[s.start : s.end] for s in spans if s.label != "NORP"}
    names = sorted(
        word
        for word in cued
        if not dictionary_word(word)
        and not a_nations_word(word.lower())
        and re.search(rf"(?<![\w’'-]){word.lower()}(?![\w’'-])", body) is None
        and word not in _FUNCTION_WORDS
        and table.canonical(word) is None
        and not any(word in t.split() for t in tagged)
    )
    if not names:
        return spans
    spans = [s for s in spans if not (s.label == "NORP" and body[s.start : s.end] in names)]
    starts = sorted((s.start, s.end) for s in spans)
    added = [
        Span(a, b, "PERSON")
        for a, b, _ in any_written_whole(names, body)
        if not _taken(starts, a, b) and _one_word_name_here(body, a, b)
    ]
    return _with_added(spans, added)


def nicknamed_names(body: str, spans: list[Span]) -> list[Span]:
    """'Tom "Tank" Pell': a first name, a nickname in quotes and a surname are one person's name,
    where the first word is a first name of the name list. The
    model's spans inside give way (it ends a name at the quote, and takes the surname or the
    nickname for a place); none where a span runs on past the name (a longer name's words)."""
    added: list[Span] = []
    covered: list[Span] = []
    for match in NICKNAME_IN_NAME.finditer(body):
        a, b = match.span()
        inside = [s for s in spans if s.start < b and a < s.end]
        if any(s.start < a or s.end > b for s in inside):
            continue
        if not is_first_name(match.group("first")):
            continue  # "an Americanised 'Jimmy' Bond": a word before the name, no first name
        added.append(Span(a, b, "PERSON"))
        covered += inside
    if not added:
        return spans
    kept = [s for s in spans if not any(s is c for c in covered)]
    return sorted(kept + added, key=lambda s: (s.start, -s.end))


# a number word joined by a hyphen to a capitalised word that is none: "Four-Kings", "Ten-Alps"
_NUMBER_WORD_NAME = re.compile(
    rf"(?<![\w’'.-])(?:{'|'.join(sorted((w.capitalize() for w in NUMBER_WORDS if w.isalpha() and len(w) > 1), key=len, reverse=True))})"
    r"-(?P<rest>[A-Z][a-z]+)(?![\w’'-])"
)


def number_word_names(body: str, spans: list[Span]) -> list[Span]:
    """ "the Four-Kings gaming clan", "Four-Kings staged ...": a number word joined by a hyphen to a
    capitalised word is a name the model reads as a number and leaves out; an organisation (a
    band, a team, a firm: what such names are). Only a name the article writes inside a sentence
    (a capital at a sentence's start, or in the headline, says nothing), then wherever it is
    written, where no span lies; not two number words ("Twenty-Five")."""
    headline_end = body.find("\n")
    found: list[tuple[int, int, bool]] = []  # start, end, whether inside a sentence
    for match in _NUMBER_WORD_NAME.finditer(body):
        a, b = match.span()
        if match.group("rest").lower() in NUMBER_WORDS:
            continue
        if any(s.start < b and a < s.end and s.label not in NUMERIC_LABELS for s in spans):
            continue
        # a sentence's first word is capitalised whatever it is
        opening = a <= headline_end or re.search(r"(?:^|[.!?:\"“‘]\s*|\n\s*)$", body[max(0, a - 3) : a]) is not None
        found.append((a, b, not opening))
    names = {body[a:b] for a, b, inside in found if inside}
    added = [Span(a, b, "ORG") for a, b, _ in found if body[a:b] in names]
    if not added:
        return spans
    kept = [s for s in spans if not any(s.start < x.end and x.start < s.end for x in added)]
    return sorted(kept + added, key=lambda s: (s.start, -s.end))


# a name right after a quotation's closing mark, where a speaker is named: '," Tom Pell, an analyst
# at ...', '," Tom Pell said', '," said Grobco Media's Ann Vell Rider.' (a possessive owner between)
_NAME_AFTER_QUOTE = re.compile(
    r"[,?!][\"”][ \t]+(?:(?:said|says|added|told)\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s+)?)?"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*){1,2})"
    r"(?=,\s+(?:an?|the|[a-z]+)\s|\s+(?:said|says|told|added)\b|\.(?:\s|$))"
)


# a person described after the name: '," Will Pell, the manager, said', '," Ann Lake, director of ...'
_DESCRIBED_AFTER = re.compile(r",\s+[a-z]")


def _named_person_after_quote(words: list[str], after: str) -> bool:
    """Whether the words of a name after a quotation can be a person's: none a body's or a
    company's word, a middle word of three a first name or an initial ("Ann Marie Pell", not
    "Lorna Valley Farms"); unless a description follows ("Will Lake, the manager"), no word that
    more often ends a place's name ("Grobton Hospital") and no first word that more often begins
    one ("Georgia", "Santa")."""
    if any(w.lower() in COMPANY_WORDS or w.lower() in BODY_WORDS for w in words):
        return False
    if len(words) == 3 and not (is_first_name(words[1]) or MIDDLE_INITIAL.match(words[1])):
        return False
    return _DESCRIBED_AFTER.match(after) is not None or (
        words[0] not in PLACE_FIRST_NAMES and not any(w.lower() in NOT_SURNAMES for w in words)
    )


def names_after_quotes(body: str, spans: list[Span]) -> list[Span]:
    """'"...," Tom Pell, a senior analyst, said' where the model tagged nothing: the name of two or
    three capitalised words right after a quotation's closing mark, before an apposition, a verb of
    saying or the sentence's end, is a person when its first word is a known first name. The place
    says a speaker is named there, so "Will" and "Grant" are first names too (with a description
    after them). Only where no span lies, and only a name whose words do not make it a company or a
    place (`_named_person_after_quote`)."""
    if "”" not in body and '"' not in body:
        return spans
    starts = sorted((s.start, s.end) for s in spans)
    added = []
    for match in _NAME_AFTER_QUOTE.finditer(body):
        a, b = match.span("name")
        words = match.group("name").split()
        if not is_first_name(words[0]) or label_from_words(body[a:b], "PERSON") != "PERSON":
            continue
        if not _named_person_after_quote(words, body[b : b + 3]):
            continue
        if _taken(starts, a, b):
            continue  # overlaps a span found already
        added.append(Span(a, b, "PERSON"))
    return _with_added(spans, added)


def _taken(starts: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether body[a:b] overlaps the span that starts last before `b` (`starts`: the (start, end)
    pairs of the spans found, sorted)."""
    i = bisect.bisect_left(starts, (b, -1))
    return i > 0 and starts[i - 1][1] > a


def _with_added(spans: list[Span], added: list[Span]) -> list[Span]:
    """`spans` with the spans a rule `added`, in text order (the list itself when none)."""
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, -s.end))


# "the IBPA reported", "The IBPA industry body said": a body's acronym, untagged, as the subject of
# a verb of saying (or of reporting) after "the", a kind of body between them or not
_ACRONYM_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z]{3,6})\s+(?:(?:"
    + "|".join(sorted(KIND_COMPOUNDS))
    + r")\s+)?(?:has\s+|have\s+|had\s+)?(?:"
    + "|".join([*past_forms(), *present_forms(), "reported", "reports", "estimated", "estimates"])
    + r")\b"
)


def acronym_subjects(body: str, spans: list[Span], table: EntityTable | None = None) -> list[Span]:
    """ "Sales grew, the IBPA reported.": the model tags no span on a body's acronym it does not
    know; after "the" and before a verb of saying, three to six capitals are an organisation. Not an
    officer's or a member's initials ("the CEO said", "the MEP said"), and only where no span lies."""
    if "the " not in body.lower():
        return spans
    starts = sorted((s.start, s.end) for s in spans)
    added = []
    for match in _ACRONYM_SUBJECT.finditer(body):
        a, b = match.span("name")
        word = match.group("name").lower()
        if word in OFFICER_INITIALS or word in JOB_TITLES or word in TITLE_WORDS:
            continue
        if office_initials(body, match.group("name"), table):
            continue  # "the DPP said" after "the Director of Public Prosecutions": an office's holder
        if _taken(starts, a, b):
            continue  # a span lies there already
        added.append(Span(a, b, "ORG"))
    return _with_added(spans, added)


def office_acronyms(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "The DCI said", "the CMO said": an organisation tagged on an officer's initials (the CEO, a
    detective chief inspector) or on the initials of an office the article writes out ("the
    Director of Public Prosecutions ... The DPP said") is no body: the span goes (the speaker
    resolver gives the words to the office's one holder, or to nobody)."""
    names = [(s.start, s.end) for s in spans if s.label == "ORG"]

    def office(letters: str) -> bool:
        # "Grobco Asset Manager (GAM)": a run the model tags as an organisation's name is its name,
        # whatever word it ends in; an office is written out untagged (or as part of a person's name)
        hits = office_initials(body, letters, table)
        return any(not any(a <= x < b for a, b in names) for x, _ in hits)

    kept = [
        s
        for s in spans
        if not (
            s.label == "ORG"
            and re.fullmatch(r"[A-Z]{2,6}", body[s.start : s.end])
            and (body[s.start : s.end].lower() in OFFICER_INITIALS or office(body[s.start : s.end]))
        )
    ]
    return kept if len(kept) < len(spans) else spans


# a preposition of place right before a name: "on Ida Bridge", "at the Ida Castle" (a site)
_ON_A_SITE = re.compile(r"\b(?:in|at|on|near|outside|across|over|under|along|beside|into|onto)\s+(?:the\s+)?$", re.I)
_SURNAME_WORD = re.compile(r"[A-Z][\w’'-]*[a-z]")


def missed_surnames(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "Henin-Hardenne was speaking ..." where the model tagged nothing, or "Campese told ..."
    tagged a nationality: the surname of the one person of the article named in full with it
    is that person, where the table knows the word as nothing else. A word written before it
    ("Jason Robinson" after "Andy Robinson"), after it ("Campese Street") or the word in lower
    case anywhere ("Young", "young") leaves the occurrence alone; an existing mention is only
    retyped when it is that one word and the table does not know it."""
    body = article.body
    mentions = _missed_first_names(body, mentions, article)
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label != "PERSON":
            continue
        name = split_name(_POSSESSIVE_TAIL.sub("", m.text))[1]
        # "Baron Pell of Grobury", "Duke of Velt": the place after "of" is no one's surname
        words = name.split(" of ")[0].split()
        if (
            len(words) >= 2  # a name the model gave alone may be a club or a place it took for a person
            and _SURNAME_WORD.fullmatch(words[-1])
            and len(words[-1]) > 2
            and label_from_words(name, "PERSON") == "PERSON"  # not "Nelson Town"
        ):
            owners[words[-1]].add(m.entity_id)
    if not owners:
        return mentions
    lower_words = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", body))
    # a band named after someone the article names in full ("the band Velt", "Velt's singer Tom
    # Pell" beside "Ida Velt", its namesake): the bare name is the band, never her
    bands_named = (
        {_POSSESSIVE_TAIL.sub("", m.text) for m in mentions if m.label == "ORG" and _written_after_band(body, m)}
        if about_music(body)
        else set()
    )
    surnames = {
        word: ids.pop()
        for word, ids in owners.items()
        if len(ids) == 1
        and word.lower() not in lower_words
        and table.canonical(word) is None
        and word not in bands_named
    }
    if not surnames:
        return mentions
    for m in mentions:
        text = _POSSESSIVE_TAIL.sub("", m.text)
        # a one-word "event" too ("the seventh actor, including Niven,"): no event is named so
        if (
            m.label not in ("NORP", "ORG", "PLACE", "EVENT")
            or text not in surnames
            or table.entry(m.entity_id) is not None
        ):
            continue
        if m.label == "NORP" and (
            _NORP_SUFFIX.search(text) and re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", body[max(0, m.start - 5) : m.start])
        ):
            continue  # "Jonty Danish spoke. The Danish team lost": the people, not the person
        m.label, m.entity_id = "PERSON", surnames[text]  # "Campese told ..." taken for a nationality
    starts = [m.start for m in mentions]
    added = []
    for a, b, word in any_written_whole(sorted(surnames), body):
        i = bisect.bisect_right(starts, a) - 1
        if (i >= 0 and mentions[i].end > a) or (i + 1 < len(mentions) and mentions[i + 1].start < b):
            continue  # inside or against a mention found already
        before = body[max(0, a - 40) : a]
        if not SENTENCE_OPENING.search(before) and re.search(r"(?:[A-Z][\w’'-]*|\d+|\bthe)\s+$", before):
            continue  # "Jason Robinson", "Mr Robinson", "the Bush administration": not the name alone
        if before.endswith("(") and body[b : b + 1] == ")":
            continue  # "S Orlando (Treviso)": a player's club after the name
        if re.match(r"(?:['’]s)?\s+[A-Z]", body[b : b + 4]) or re.match(r"-[A-Z]", body[b : b + 2]):
            continue  # "Campese Street", "Campese-Smith": a longer name
        added.append(Span(a, b, "PERSON", entity_id=surnames[word]))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


def missed_company_names(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "Datamonitor adds that ..." where the model tagged the name twice as a company (or the
    rules made it one) and missed it here: the one-word name of an organisation the table does
    not know is that organisation wherever else it is written alone, but for a word the article
    also writes in lower case ("Digital", "digital") or one glued to another capitalised word."""
    names: dict[str, str] = {}
    for m in mentions:
        if m.label == "ORG" and " " not in m.text and table.entry(m.entity_id) is None:
            word = _POSSESSIVE_TAIL.sub("", m.text)
            first = _FIRST_NAME_BEFORE.search(article.body, max(0, m.start - 20), m.start)
            if first is not None and first_name_gender(first.group(1)) is not None:
                names[word] = ""  # "signing Adrian Mutu": a person's surname the model took for a club
                continue
            if len(word) >= 4 and word[:1].isupper() and names.setdefault(word, m.entity_id) not in (m.entity_id, ""):
                names[word] = ""  # two organisations with one name: neither
    # a surname of the article's people is theirs ("Adrian Mutu" and a "Mutu" the model took for a club)
    people = {w for m in mentions if m.label == "PERSON" for w in _POSSESSIVE_TAIL.sub("", m.text).split()}
    names = {w: e for w, e in names.items() if e and w not in people and w.lower() not in article.body}
    if not names:
        return mentions
    body = article.body
    starts = [m.start for m in mentions]
    matches = list(any_written_whole(sorted(names), body))
    for a, _, word in matches:
        first = _FIRST_NAME_BEFORE.search(body, max(0, a - 20), a)
        if first is not None and first_name_gender(first.group(1)) is not None:
            names[word] = ""  # "signing Adrian Mutu" somewhere: a person's surname
    added = []
    for a, b, word in matches:
        if not names[word]:
            continue
        i = bisect.bisect_right(starts, a) - 1
        if (i >= 0 and mentions[i].end > a) or (i + 1 < len(mentions) and mentions[i + 1].start < b):
            continue  # inside or against a mention found already
        if re.search(r"[A-Z][\w’'-]*\s$", body[max(0, a - 30) : a]) and not SENTENCE_OPENING.search(
            body, max(0, a - 4), a
        ):
            continue  # "Big Datamonitor": part of a longer name
        if re.match(r"(?:['’]s)?\s+[A-Z]|[-.]\w", body[b : b + 4]):
            continue  # "Datamonitor Europe", "Datamonitor.com": a longer name
        added.append(Span(a, b, "ORG", entity_id=names[word]))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


# a team's one word, a player's position, then the player's name: "with Bath prop Matt Stevens"
_TEAM_BEFORE_POSITION = re.compile(
    r"(?<![\w’'-])([A-Z][a-z][\w’'-]*)\s+(?:prop|flanker|fly-half|scrum-half|hooker|lock|centre|wing|full-back|"
    r"number\s+eight|striker|midfielder|defender|goalkeeper|keeper|winger|centre-back|centre-half)\s+(?=[A-Z])"
)
_NATIONAL_WORD = re.compile(r"(?:ish|ian|ese|ch|an)$")


def missed_teams(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A team the model left untagged before a player's position and the player's name ("with Bath
    prop Matt Stevens"), in a piece that names teams: the team (the entity of the same word
    elsewhere when that is an organisation; none when it is something else). Not a sentence's
    first word ("Veteran prop X"), a nationality's adjective ("Welsh prop X") or a word the
    article writes in lower case."""
    body = article.body
    if not names_teams(body):
        return mentions
    starts = {m.start for m in mentions if m.label == "PERSON"}
    added: list[Span] = []
    for match in _TEAM_BEFORE_POSITION.finditer(body):
        a, b = match.span(1)
        if match.end() not in starts or any(m.start < b and a < m.end for m in mentions):
            continue
        word = match.group(1)
        if _NATIONAL_WORD.search(word) or word.lower() in body or SENTENCE_OPENING.search(body, max(0, a - 4), a):
            continue
        if re.search(r"[A-Z][\w’'-]*\s$", body[max(0, a - 30) : a]):
            continue  # "Leicester Tigers prop": a longer name the model missed
        same = {m.entity_id if m.label == "ORG" else "" for m in mentions if m.text == word}
        if "" in same or len(same) > 1:
            continue
        entity_id = next(iter(same)) if same else (club_for(word, table) or f"{slugify(word)}-team")
        added.append(Span(a, b, "ORG", entity_id=entity_id))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


def missed_bands(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A band the model left untagged before a member's word and a person's name ("Velt singer Tom
    Pell"), in an article about music: the band, an organisation (the entity of the same name
    elsewhere when that is one; none when it is something else). Never a genre ("Pop singer X"), a
    nationality ("French singer X") or a name the article also writes in lower case; not the table's
    entries of another type. A describing word that opens the sentence ("Lead singer X", "Former
    Velt singer X") or glued to "-winning", "-selling" ("Grammy-winning singer X") is no band's:
    left off the front, unless the article writes the whole name within a sentence as well."""
    body = article.body
    if not about_music(body):
        return mentions
    starts = {m.start for m in mentions if m.label == "PERSON"}
    added: list[Span] = []
    for match in _BAND_BEFORE_MEMBER.finditer(body):
        a, b = match.span(1)
        if match.end() not in starts or any(m.start < b and a < m.end for m in mentions):
            continue
        a = _past_describing_words(body, "" if article.title_derived else article.title, a, b)
        if a == b:
            continue
        name = body[a:b]
        first = name.split()[-1] if name.startswith("The ") else name.split()[0]
        if first.lower() in MUSIC_GENRES or _people_or_country(first, table) or any(written_whole(name.lower(), body)):
            continue
        same = {m.entity_id if m.label == "ORG" else "" for m in mentions if m.text == name}
        # the table's entry only as it writes it ("The Who" is no WHO, the health body)
        known = table.entry(table.exact(name) or "")
        if "" in same or len(same) > 1 or (known is not None and known.label != "ORG"):
            continue
        entity_id = next(iter(same)) if same else (known.id if known is not None else slugify(name))
        if not same and known is None and table.entry(entity_id) is not None:
            entity_id += "-band"  # "The Who" slugs to the WHO's id
        added.append(Span(a, b, "ORG", entity_id=entity_id))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


def _past_describing_words(body: str, title: str, a: int, b: int) -> int:
    """Where a band's name before a member's word starts, past a describing word in front of it
    ("Lead", "Session", "Former" opening the sentence; "Grammy-winning", "chart-topping" anywhere):
    `b` when no word is left. A word opening the sentence stays when the article writes the name
    from it in its title or within a sentence too ("Blur singer X" beside "the band Blur")."""
    while a < b:
        word = body[a:b].split()[0]
        glued = "-" in word and common_word(word.rsplit("-", 1)[1]) and word.rsplit("-", 1)[1].islower()
        opening = SENTENCE_OPENING.search(body, max(0, a - 4), a) is not None
        if word == "The" or (
            not glued
            and not (
                opening
                and common_word(word)
                and not _written_within_a_sentence(body, body[a:b])
                and not any(written_whole(body[a:b], title))
            )
        ):
            return a
        a += len(word)
        a += len(body[a:b]) - len(body[a:b].lstrip())
    return b


def _written_within_a_sentence(body: str, name: str) -> bool:
    """Whether the article writes `name` (capitalised) somewhere other than at a sentence's start."""
    for start, _ in written_whole(name, body):
        if not SENTENCE_OPENING.search(body, max(0, start - 4), start):
            return True
    return False


def missed_glued_places(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A town the model left untagged, glued to "-based" or "-born" ("Bracknell-based Exel", "the
    Sheffield-born winger"): a place. "-based" counts before a name or an organisation's noun
    only ("Linux-based system" is software); never a nationality ("Irish-based", "German-born"),
    a word the article also writes in lower case, or a word the article tags as something else."""
    body = article.body
    if "-based" not in body and "-born" not in body:
        return mentions
    added: list[Span] = []
    for match in GLUED_PLACE.finditer(body):
        a, b = match.span(1)
        word, glue, after = match.group(1), match.group(2), match.group(3)
        if any(m.start < b and a < m.end for m in mentions):
            continue
        if not glued_place_after(glue, after):
            continue
        last = word.split()[-1]
        if (
            last.lower() in NATIONALITIES
            or _NATIONAL_WORD.search(last)
            or re.search(rf"\b{re.escape(last.lower())}\b", body)
        ):
            continue
        if any(m.text == word and m.label != "PLACE" for m in mentions):
            continue
        added.append(Span(a, b, "PLACE", entity_id=table.canonical(word) or slugify(word)))
    added += _towns_before_their_regions(body, mentions, added, table)
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


def plural_people(mentions: list[Mention]) -> list[Mention]:
    """ "We can't all be Tom Pells" where the article names Tom Pell: a person's full name (two
    words or more) with a plural "s" stands for people like him, no one's name. Left out."""
    people = {m.text for m in mentions if m.label == "PERSON" and " " in m.text}
    plural = {id(m) for m in mentions if m.label == "PERSON" and m.text.endswith("s") and m.text[:-1] in people}
    return [m for m in mentions if id(m) not in plural] if plural else mentions


# where a person was born or grew up: "grew up in X", "was born (and raised) in X" (not a bare
# "raised in": "the issue was raised in", "money raised in")
_BIRTHPLACE = re.compile(
    rf"(?<![\w’'-])(?:grew\s+up|born(?:\s+and\s+(?:raised|bred))?|brought\s+up)\s+in\s+(?!(?:{_MONTHS}|{_WEEKDAYS})\b)"
    # the whole name: not a prefix of a longer one nor of a possessive ("in Prime Minister's")
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w’'-]|\s+[A-Z])"
)


def _with_added_places(
    article: Article, mentions: list[Mention], table: EntityTable, found: list[tuple[int, int, str]]
) -> list[Mention]:
    """The mentions with each untagged word `found` (start, end, text) added as a place, unless the
    table knows it as no place; the list in body order."""
    added: list[Span] = []
    for a, b, word in found:
        known = table.entry(table.canonical(word) or "")
        if known is not None and known.label != "PLACE":
            continue
        added.append(Span(a, b, "PLACE", entity_id=table.canonical(word) or slugify(word)))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


def missed_birthplaces(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "where I grew up in Kelvorn", "he was born in Tarbury": a capitalised name the model left
    untagged after where a person was born or grew up is a place. Never a word the article also
    writes in lower case, a nationality, a month, nor a word tagged as something else elsewhere."""
    body = article.body
    found: list[tuple[int, int, str]] = []
    for match in _BIRTHPLACE.finditer(body):
        a, b = match.span(1)
        word = match.group(1)
        last = word.split()[-1]
        if any(m.start < b and a < m.end for m in mentions):
            continue
        if (
            last.lower() in NATIONALITIES
            or _NATIONAL_WORD.search(last)
            or re.search(rf"\b{re.escape(word.split()[0].lower())}\b", body)
            or any(m.text == word and m.label != "PLACE" for m in mentions)
        ):
            continue
        found.append((a, b, word))
    return _with_added_places(article, mentions, table, found)


# a place after a preposition of place, "and", and one capitalised word the model left untagged
# ("plants in Lille and Rennes"), the word ending its phrase (no capitalised word after it)
_PLACE_AND_WORD = re.compile(r" and ([A-Z][a-z]{2,})(?![\w’'-])(?! [A-Z])")
# (a narrower list than `_PLACE_PREPOSITIONS`, whose "of", "for", "over" go before a body too)
_PLACED_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|from|near|to|between)\s+$")


def coordinated_places(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "closed plants in Lille and Rennes": an untagged capitalised word joined by "and" to a place
    after a preposition of place is a place too. Never a first name, a word of the lexicon, a
    nationality, a word the article also writes in lower case or that is tagged as something else
    elsewhere, nor one the table knows as no place."""
    body = article.body
    found: list[tuple[int, int, str]] = []
    for m in mentions:
        if m.label != "PLACE" or not _PLACED_BEFORE.search(body, max(0, m.start - 10), m.start):
            continue
        match = _PLACE_AND_WORD.match(body, m.end)
        if match is None:
            continue
        a, b = match.span(1)
        word = match.group(1)
        if (
            any(x.start < b and a < x.end for x in mentions)
            or is_first_name(word)
            or common_word(word)
            or word.lower() in NATIONALITIES
            or re.search(rf"\b{re.escape(word.lower())}\b", body)
            or any(x.text == word and x.label != "PLACE" for x in mentions)
        ):
            continue
        found.append((a, b, word))
    return _with_added_places(article, mentions, table, found)


# a town and its county after a preposition: "in Velton Moor, County Durham", "from Tarbury,
# Lancashire", "at Gleneagles in Perthshire"; the county's own word ("-shire", "County X", "Co X")
# says both are places; no capitalised word after the county ("Lancashire County Council")
_TOWN_IN_COUNTY = re.compile(
    rf"(?<![\w’'-])(?:in|from|near|at|outside|to)\s+(?!(?:{_MONTHS}|{_WEEKDAYS})\b)"
    r"(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s+|\s+in\s+)"
    r"(?P<county>(?:County|Co)\s+[A-Z][a-z]+|[A-Z][a-z]+shire)(?![\w’'-])(?!\s+[A-Z])"
)


def towns_in_counties(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "in Velton Moor, County Durham", "from Tarbury, Lancashire": a town and its county are places.
    Each is added where the model left it untagged, split where the model took both as one place
    ("Gleneagles in Perthshire"), and retyped a place where every mention of its entity stands so
    (the table's entries are kept). The list, in body order."""
    body = article.body
    if "shire" not in body and "County " not in body and "Co " not in body:
        return mentions
    found = [
        # a town written as a person's or a body's name ("Jim Vell in Yorkshire"): the county alone
        (match.span("town") if _town_shaped(body, match) else match.span("county"), match.span("county"))
        for match in _TOWN_IN_COUNTY.finditer(body)
        # not a body or a person the table knows ("at Grobco, Lancashire" where Grobco is a firm)
        if (entry := table.entry(table.canonical(match.group("town")) or "")) is None or entry.label == "PLACE"
    ]
    if not found:
        return mentions
    # towns joined to their county by "in" ("at Gleneagles in Perthshire"), not in an address
    towns_in = {town for town, county in found if town != county and body[town[1] : county[0]].strip() == "in"}
    places = {span for pair in found for span in pair}
    kept = [m for m in mentions if not any(a <= m.start and m.end <= d for (a, _), (_, d) in found)]
    added: list[Span] = []
    for span in sorted(places):
        a, b = span
        exact = [m for m in mentions if (m.start, m.end) == span]
        if exact:
            continue
        if any(m.start < b and a < m.end for m in kept):
            continue  # the name inside a longer one the model found
        word = body[a:b]
        added.append(Span(a, b, "PLACE", entity_id=table.canonical(word) or slugify(word)))
    # a name the model took as a whole ("Gleneagles in Perthshire") is the town and the county
    split = [m for m in mentions if m not in kept and (m.start, m.end) not in places]
    out = [m for m in mentions if m not in split]
    for m in split:
        for a, b in sorted(places):
            if m.start <= a and b <= m.end and not any((o.start, o.end) == (a, b) for o in out):
                word = body[a:b]
                added.append(Span(a, b, "PLACE", entity_id=table.canonical(word) or slugify(word)))
    added = [s for s in added if not any((o.start, o.end) == (s.start, s.end) for o in out)]
    for entity_id, group in groups_by_entity(out).items():
        if group[0].label == "PLACE" or table.entry(entity_id) is not None:
            continue
        if len(group[0].text.split()) > 1 and any((m.start, m.end) in towns_in for m in group):
            continue  # "jobs at Grobco Tarn in Yorkshire": a body's name of two words, kept
        if all((m.start, m.end) in places for m in group):
            for m in group:
                m.label = "PLACE"  # "Hartpury" typed a body, "County Durham" a person
    unique = {(s.start, s.end): s for s in added}
    return sorted(out + to_mentions(article, list(unique.values())), key=lambda m: (m.start, -m.end))


def _town_shaped(body: str, match: re.Match[str]) -> bool:
    """The town of `_TOWN_IN_COUNTY` written as no person's or body's name: no honorific before or
    in it ("Mr Vell in Yorkshire"), no company's or body's word in it ("Tarbury College in
    Gloucestershire"), no firm's cue around it (`firm_around_its_place`: "Varnell in Lancashire, a
    family firm", "shares in X in Yorkshire"), and, joined to the county by "in", no first name opening two words or more
    ("evidence from Jim Vell in Yorkshire"; "Newton Aycliffe, County Durham" is an address)."""
    words = match.group("town").split()
    if words[0].lower() in HONORIFICS or honorific_before(body, match.start("town")):
        return False
    if any(w.lower() in COMPANY_WORDS or w.lower() in BODY_WORDS for w in words):
        return False
    if firm_around_its_place(body, match.start("town"), match.end("county")):
        return False  # "Varnell in Lancashire, a family firm that ...", "X in Yorkshire said it": a firm
    joined_by_in = body[match.end("town") : match.start("county")].strip() == "in"
    return not (joined_by_in and len(words) > 1 and is_first_name(words[0]))


# "The Tarbury, Velshire-based company": a town after "the" and before its region glued to "-based"
_TOWN_BEFORE_REGION = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?), $")


def _towns_before_their_regions(
    body: str, mentions: list[Mention], added: list[Span], table: EntityTable
) -> list[Span]:
    """ "The Tarbury, Velshire-based company": the untagged word between "the" and a place glued to
    "-based" (a place the model tagged, or one `missed_glued_places` adds) is a town in that region;
    not a word the article writes in lower case or tags as something else."""
    places = [(m.start, m.end) for m in mentions if m.label == "PLACE"] + [(s.start, s.end) for s in added]
    towns: list[Span] = []
    for a, b in places:
        after = re.match(r"-based\s+([\w’'-]+)", body[b : b + 40])
        if after is None or not glued_place_after("based", after.group(1)):
            continue  # "The Grobix, Linux-based system": software, no region
        town = _TOWN_BEFORE_REGION.search(body, max(0, a - 40), a)
        if town is None:
            continue
        ta, tb = town.span(1)
        word = town.group(1)
        if any(m.start < tb and ta < m.end for m in mentions) or re.search(rf"\b{re.escape(word.lower())}\b", body):
            continue
        towns.append(Span(ta, tb, "PLACE", entity_id=table.canonical(word) or slugify(word)))
    return towns


def first_names_of_retyped_people(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "and Philip is very supportive" where the model typed "Philip Pullman" an organisation, a
    person only after `assign_ids` joined first names to full names: a first name alone (a clear
    one, no honorific before it, the table's entries kept) is the one person of the article named
    in full with it (else with its short form), when no other full name starts with it and none
    ends with it. Changes `mentions` in place."""
    full: dict[str, set[str]] = defaultdict(set)  # a first name -> the ids of full names it starts
    surnames = set()  # "Owen" beside "Michael Owen" and "Owen Hart": whose, is left open
    for m in mentions:
        words = split_name(_POSSESSIVE_TAIL.sub("", m.text))[1].split()
        if m.label == "PERSON" and len(words) >= 2:
            full[words[0]].add(m.entity_id)
            surnames.add(words[-1])
    for entity_id, group in groups_by_entity(mentions).items():
        texts = {_POSSESSIVE_TAIL.sub("", m.text) for m in group}
        if group[0].label != "PERSON" or len(texts) != 1:
            continue
        word = texts.pop()
        # "David" beside "Dave Pell" and no "David X": a short form starts the name too
        owners = full.get(word) or {
            eid for first, ids in full.items() if one_first_name(first.lower(), word.lower()) for eid in ids
        }
        if (
            len(owners) == 1
            and entity_id not in owners
            and " " not in word
            and word not in surnames
            and word not in _NOT_FIRST_NAMES_ALONE
            and first_name_gender(word) is not None
            and table.entry(entity_id) is None
            and not any(honorific_before(body, m.start) for m in group)
        ):
            (owner,) = owners
            for m in group:
                m.entity_id = owner


def _missed_first_names(body: str, mentions: list[Mention], article: Article) -> list[Mention]:
    """ "Mauresmo routed Vera Zvonareva" untagged, where the model tagged only "Zvonareva" (later
    typed a person): a known first name before the surname of a person the article names only by
    surname is that person's full name, so the article gives a sign beyond the tag that it is one."""
    alone: dict[str, set[str]] = defaultdict(set)
    full = {m.entity_id for m in mentions if m.label == "PERSON" and " " in split_name(m.text)[1].strip()}
    for m in mentions:
        word = _POSSESSIVE_TAIL.sub("", m.text)
        if m.label == "PERSON" and m.entity_id not in full and _SURNAME_WORD.fullmatch(word) and len(word) > 2:
            alone[word].add(m.entity_id)
    words = {w: ids.pop() for w, ids in alone.items() if len(ids) == 1 and not is_first_name(w)}
    if not words:
        return mentions
    starts = [m.start for m in mentions]
    added = []
    for a, b, first, surname in capitalised_word_before_any(sorted(words), body):
        i = bisect.bisect_right(starts, b - 1) - 1
        if i >= 0 and mentions[i].end > a:
            continue  # a mention lies there already
        if first in _NOT_FIRST_NAMES_ALONE or first_name_gender(first) is None:
            continue
        added.append(Span(a, b, "PERSON", entity_id=words[surname]))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


def display_name(text: str) -> str:
    """A person's name for lists: without "Mr" or a job title, with a peerage ("Lord Falconer")."""
    honorific, core = split_name(text)
    core = strip_titles(core)
    return f"{honorific} {core}" if is_peerage(honorific) else core


_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _shown_name(body: str, mention: Mention) -> str:
    """A person's mention as lists show it: `display_name`, and a peer's title written just before a
    surname the model tagged without it ("Lord " before "Pellow": "Lord Pellow", the name a peer is
    known by). Not after a first name: "Baron" is a surname's first word in "Sacha Baron Cohen"."""
    name = display_name(mention.text)
    if not body or " " in name:
        return name
    peerage = honorific_before(body, mention.start)
    if peerage is None or not is_peerage(peerage):
        return name
    at = body.rindex(peerage, 0, mention.start)
    word = _WORD_BEFORE.search(body, max(0, at - 40), at)
    if word is not None and word.group(1)[:1].isupper() and is_first_name(word.group(1)):
        return name
    return f"{peerage} {name}"


def vote_labels(mentions: list[Mention], table: EntityTable) -> None:
    """One type per entity, decided over all its mentions (the table's type wins)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label in NAME_LABELS:
            groups[mention.entity_id].append(mention)
    for entity_id, group in groups.items():
        entry = table.entry(entity_id)
        if entry is not None:
            label = entry.label
        else:
            votes = Counter(m.label for m in group)
            label = max(votes, key=lambda lab: (votes[lab], lab == "PERSON"))
        for mention in group:
            mention.label = label


def party_adjectives(mentions: list[Mention], table: EntityTable) -> None:
    """ "a Conservative MP", "the Republican senator": a party's adjective the model calls a group
    (NORP) names the party, when "X Party" is a party the table knows; the table's own entries
    ("Tory", "Labour") already are. Changes `mentions` in place."""
    for mention in mentions:
        if mention.label != "NORP" or table.entry(mention.entity_id) is not None:
            continue
        text = _POSSESSIVE_TAIL.sub("", mention.text).strip()
        if " " in text or not text[:1].isupper():
            continue
        party = table.entry(table.canonical(f"{text} Party") or "")
        if party is not None and party.role == "party":
            mention.entity_id, mention.label = party.id, party.label


def to_mentions(article: Article, spans: list[Span]) -> list[Mention]:
    mentions = []
    paragraphs = article.paragraphs
    index = 0
    for span in spans:
        while index < len(paragraphs) - 1 and span.start >= paragraphs[index].end:
            index += 1
        paragraph = paragraphs[index].index if paragraphs else 0
        assert span.entity_id is not None  # assign_ids gives every span it keeps an id
        mentions.append(
            Mention(span.entity_id, article.body[span.start : span.end], span.label, span.start, span.end, paragraph)
        )
    return mentions


# letters after a person's name: a rank or an honour, not part of the name
_SCORE_TAIL = re.compile(r"(?:\s+\(?\d+-\d+\)?)+$")
# a place's kind written after its name in lower case ("Bubanza province", "Gulu district"): the
# noun is no part of the name, as CoNLL-2003 spans it ("Northern Province" is one name)
_KIND_OF_PLACE_AFTER = re.compile(rf" (?:{SETTLEMENT_NOUNS}|state|department|prefecture)$")
# "Mid" before a place the model tagged alone: one region's name ("Mid Wales", "Mid Tarnshire")
_MID_BEFORE = re.compile(r"(?<![\w’'-])Mid $")
# a compass word before a people's word ("North Korean", "South Sudanese", "NORTH KOREAN")
_COMPASS_BEFORE_PEOPLE = re.compile(r"(?:North|South|East|West|NORTH|SOUTH|EAST|WEST) (?=[A-Z][A-Za-z]+$)")
# a number between a person's words ("Tarnby 1 Pellow Vale 1": a results line read as one name),
# or ending them before a mark the wire writes apart ("( R. Tarn 88 ; D. Pell 4-61 )"): a score or a
# figure after the name, never part of it ("Colin McRae Rally 2005", "Perm 35 -" keep theirs)
_NUMBER_INSIDE = re.compile(r"\s+\(?\d[\d.,]*\)?(?=\s+[A-Z])")
_NUMBER_END = re.compile(r"\s+\d[\d.,]*$")
_SPACED_MARK_AFTER = re.compile(r" [;,()]")
_POST_NOMINAL = re.compile(rf",?\s+(?:{'|'.join(POST_NOMINALS)})$")


# a first name written with an apostrophe inside it ("Ma'a", "Ta'ufo'ou"), not a contraction
# ("Don't", "It's", "We'll") nor a possessive ("Labour's")
_APOSTROPHE_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]*(?:['’](?!(?:s|t|d|m|ll|re|ve)\s)[a-z]+)+ $")


def _apostrophe_name_before(body: str, start: int) -> int:
    """ "Ma'a Nonu" of which the model tagged only "Nonu": the tokenizer cuts a first name at its
    apostrophe and the model leaves it out; the word just before belongs to the name. Returns
    the span's new start."""
    before = _APOSTROPHE_NAME.search(body, max(0, start - 20), start)
    return before.start() if before is not None else start


# a surname's particles the model cuts a name at ("Pieter van" | "den Heever")
_PARTICLE_TAIL = re.compile(r"\s(?:van|von)$")
_PARTICLES_THEN_SURNAME = re.compile(r"((?:\s(?:den|der|de|ter|ten))+\s)([A-Z][\w’'-]*[a-z])")
_PARTICLES_BEFORE = re.compile(r"(?:(?<=\s)|^)[Vv]an\s(?:den|der)\s$")


def _particle_surnames(body: str, spans: list[Span]) -> list[Span]:
    """ "Pieter van den Heever" the model cut into "Pieter van" and "den Heever" (or "Heever"): one
    person's name; "van der Molen" after it is the surname whole, not "Molen"."""
    out: list[Span] = []
    swallowed_to = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < swallowed_to:
            continue  # the surname part now inside the name before
        if span.label in ("PERSON", "ORG", "PLACE") and _PARTICLE_TAIL.search(body, span.start, span.end):
            tail = _PARTICLES_THEN_SURNAME.match(body, span.end)
            if tail is not None:
                swallowed_to = tail.end()
                out.append(Span(span.start, tail.end(), "PERSON"))
                continue
        before = _PARTICLES_BEFORE.search(body[max(0, span.start - 8) : span.start])
        if before is not None and span.label in ("PERSON", "ORG") and " " not in body[span.start : span.end]:
            out.append(
                Span(span.start - (len(body[max(0, span.start - 8) : span.start]) - before.start()), span.end, "PERSON")
            )
            continue
        out.append(span)
    return out


# the surname's second part, then no name word and no lower-case word it qualifies ("the Ida
# Borel-Vanck talks" joins two people's names): a punctuation mark or a verb's or a preposition's
# place
_SURNAME_PART_AFTER = re.compile(
    r"-[A-Z][a-z]+(?![\w’'-])(?=[.,;:!?)’'\"]|\s+(?:said|says|told|was|is|has|had|who|and|or|but|nor|of|in|at|on|for|to|"
    r"with|from|by|after|before|will|would|could|added|wrote|(?:19|20)\d\d)\b|\s*$)"
)


def _hyphenated_surname(body: str, start: int, end: int, spans: list[Span]) -> int:
    """The end of a person's name of two or more words the model ended at a hyphen ("Ida Borel" of
    "Ida Borel-Vanck"): the surname's second part is the name's (untagged, and no name after it;
    "Putin-Lukashenko talks" joins two people's names, one word each)."""
    match = _SURNAME_PART_AFTER.match(body, end)
    if match is None or " " not in body[start:end] or any(end < s.end and s.start < match.end() for s in spans):
        return end
    return match.end()


def _located(body: str, start: int, end: int, spans: list[Span]) -> tuple[int, int]:
    """ "X High School in Inverness": the place is added to `spans` as its own span, and the name
    before "in" is returned."""
    located = split_located(body, start, end)
    if located is None:
        return start, end
    name_end, place_start, place_end = located
    spans.append(Span(place_start, place_end, "PLACE"))
    return start, name_end


_HONORIFIC_INSIDE = re.compile(r"(?<=\S) (?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z])")


def _split_at_honorific(body: str, pieces: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """ "the Foreign Policy Centre Mr Straw said", "with Tanzania Mr Brown said": a name the model
    ran on into "Mr X" after it is two, the second a person's. The pieces, and where the persons'
    start."""
    out: list[tuple[int, int]] = []
    addressed: set[int] = set()
    for a, b in pieces:
        found = _HONORIFIC_INSIDE.search(body, a, b)
        if found is None or _after_verb(body, a, b) > a:  # "Describing Mr Jackson": `_after_verb` cuts it
            out.append((a, b))
            continue
        out += [(a, found.start()), (found.start() + 1, b)]
        addressed.add(found.start() + 1)
    return out, addressed


# the nouns of a group of players or performers: a band's ("rock band X", "folk duo X") or any
# group's ("pressure group X"); `_DESCRIBED_NAME` and `_BAND_BEFORE` share them
_ACT_NOUNS = r"band|duo|trio|quartet|quintet|group"


# a company's noun right before a name the model did not tag as a name ("anti-virus firm F-Secure":
# it took the name for a product): the name is the company's; a lower-case word before the noun
# ("security firm X", "the firm X", "for analysts X") or a quote's end or a comma ('," consultancy X said'), and one
# to three capitalised words after it, the first perhaps after digits ("consultancy 4Cast"); a group's
# or a band's noun too ("pressure group X", "metal group X", "rock band X", "folk duo X"), not before
# one letter ("a group C match": a pool of a tournament)
_DESCRIBED_NAME = re.compile(
    r"(?<=[a-z,\"”] )(?:firm|company|maker|manufacturer|retailer|airline|carrier|bank|insurer|broadcaster|"
    r"publisher|developer|conglomerate|operator|consultancy|start-up|brewer|supermarket|watchdog|regulator|agency|"
    rf"magazine|newspaper|journal|tabloid|analysts|(?:{_ACT_NOUNS})(?!\s+[A-Z]\b))"
    r"\s+((?:[0-9]*[A-Z][\w&.-]*[\w&]|[A-Z])(?:\s+[A-Z][\w&.-]*[\w&]){0,2})(?![\w&/-])"
)
_NAME_RUNS_ON = re.compile(r"\s+(?:(?:for|of|and|&)\s+(?:an?\s+|the\s+)?)?[A-Z0-9]")
_NOT_DESCRIBED = re.compile(
    rf"(?:The|A|An|He|She|It|They|We|I|In|On|At|For|But|And|If|As|This|That|Its|His|Her|Their|"
    rf"Chairman|Chairwoman|Chief|President|Boss|Founder|Director|Executive|Spokesman|Spokeswoman|"
    rf"{_WEEKDAYS}|{_MONTHS})\b"
)


# capitalised words that end in a company's word ("NCB Stockbrokers", "Acme Industries")
_COMPANY_NAMED = re.compile(
    r"(?<![\w’'&.-])((?:[A-Z][\w&.-]*[\w&]|[A-Z])(?:\s+(?:[A-Z][\w&.-]*[\w&]|[A-Z])){0,2}\s+(?:"
    + "|".join(sorted((w.title() for w in COMPANY_WORDS - LEGAL_FORMS), key=len, reverse=True))
    + r"))(?![\w’'-])"
)


# "Memorial, the Russian rights group that ..., said", "Zarnica, a Polish energy company, said": one
# capitalised word opening a sentence, then after its comma "the"/"a" and a few words (no "of" or
# possessive: "Pell, the head of the group", "Pell, the group's director" are people) ending in the
# kind of body it is, where the description ends (a comma, a relative word, "based", "in")
_APPOSED_KINDS = NAMED_KIND_HEADS | {"body", "company", "firm", "party", "union", "association", "society"}
_KIND_APPOSED_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))([A-Z][\w&-]*[\w&]),\s+(?:the|a|an)\s+"
    r"(?:(?!(?:of|for|to|at|in|on|with|from|by|and|or)\s)[\w-]+\s+){0,4}?"
    rf"(?:{alternation(_APPOSED_KINDS)})"
    r"(?=,|\s+(?:that|which|whose|based|founded|set\s+up|in|behind|led|run)\b)"
)
# adverbs and time words that open a sentence before a comma ("Yesterday, the agency, ..."): the
# sentence adverbs and more
_ADVERBS_BEFORE_COMMA = frozenset(w.lower() for w in SENTENCE_ADVERBS) | frozenset(
    {"yesterday", "today", "tonight", "now", "separately"}
    | {"still", "overall", "elsewhere", "previously", "recently", "initially", "finally", "then", "here", "there"}
)

# words the lexicon lacks that open a sentence and never a body's name ("Our Association has ...")
_OPENING_NO_NAME = POSSESSIVE_PRONOUNS | {"nor", "or"}


# capitalised words that end in a body's word ("Velt Economic Forum", "Tarbury Workers' Association"):
# two to five words, a plural's apostrophe allowed
_BODY_NAMED = re.compile(
    r"(?<![\w’'&.-])((?:[A-Z][\w&.-]*[\w&’']|[A-Z])(?:\s+(?:[A-Z][\w&.’'-]*[\w&’']|[A-Z])){0,3}\s+(?:"
    + "|".join(sorted((w.title() for w in (_UNIT_WORDS - {"fc"}) | {"forum"}), key=len, reverse=True))
    + r"))(?![\w’'-])"
)


# a body named after the place the model tagged alone: "Santa Clara County" + " Superior Court",
# "Kent" + " Police", "Leeds City" + " Council"
_BODY_AFTER_PLACE = re.compile(
    r"\s+(?:[A-Z][\w’'-]*\s+){0,2}?(?:(?:Superior|Supreme|High|Crown|District|Circuit|Appeals|Magistrates['’]?|"
    r"Federal|Criminal|Family|Youth|Sheriff)\s+Court|Council|Police|Constabulary|University|College|Authority|"
    r"Commission|Committee|Board)(?![\w’'-])"
)


def bodies_after_places(body: str, spans: list[Span]) -> list[Span]:
    """A place the model tagged and the body's words it left after it ("Santa Clara County
    Superior Court", "Kent Police"): one organisation, when nothing else was tagged there."""
    out = list(spans)
    for i, span in enumerate(spans):
        if span.label != "PLACE":
            continue
        match = _BODY_AFTER_PLACE.match(body, span.end)
        if match is None or (i + 1 < len(spans) and spans[i + 1].start < match.end()):
            continue
        out[i] = Span(span.start, match.end(), "ORG")
    return out


def _joined_pairs(spans: list[Span], joins: Callable[[Span, Span], bool], label: str = "ORG") -> list[Span]:
    """Each span and the next one joined into one name (an organisation unless `label` says
    otherwise) where ``joins`` says so."""
    out: list[Span] = []
    skip = -1
    for i, span in enumerate(spans):
        if i == skip:
            continue
        after = spans[i + 1] if i + 1 < len(spans) else None
        if after is not None and joins(span, after):
            out.append(Span(span.start, after.end, label))
            skip = i + 1
            continue
        out.append(span)
    return out


# the last word of a body's name that a country's name before it belongs to ("US" + "District
# Court", "UK" + "National Tremor Foundation"); not a club or a party ("England Rugby Club")
_COUNTRY_BODY_WORDS = (BODY_WORDS - {"club", "fc", "party"}) | {"court", "authority", "service", "agency"}
# a nation's institution named with its adjective, the model's "person" of one word ("British" + "Library")
_NATIONAL_INSTITUTION_WORDS = frozenset({"library", "museum", "gallery"})
# a state's own bodies: a people's adjective before them says whose they are, not their name
_STATE_BODY_WORDS = frozenset({"ministry", "department", "court", "service", "authority", "agency", "bureau"})


def country_bodies(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """A place the model tagged alone right before an organisation it tagged, one space apart,
    whose name ends in a body's word ("US" + "Anti-Doping Agency", "UK" + "National Tremor
    Foundation"): one organisation, the place's name its first word. So is a people's adjective
    the model tagged a group ("Arvanian" + "Retail Consortium": the body is named for the country),
    and one before a one-word body or institution the model took for a person ("Arvanian" +
    "Library", "Museum", "Academy": no person is called by a body's noun alone).
    An organisation the table knows ("US" + "Federal Trade Commission") keeps its own name and id."""

    def joins(span: Span, after: Span) -> bool:
        second = body[after.start : after.end]
        if after.label == "PERSON" and " " not in second and second.lower() in _NATIONAL_INSTITUTION_WORDS | BODY_WORDS:
            after = Span(after.start, after.end, "ORG")
        return (
            (
                span.label == "PLACE"
                or (
                    span.label == "NORP"
                    and _people_or_country(body[span.start : span.end], table)
                    # a state's ministry is named apart from its people ("the Arvanian Finance Ministry")
                    and body[after.start : after.end].split()[-1].lower() not in _STATE_BODY_WORDS
                )
            )
            and after.label == "ORG"
            and after.start == span.end + 1
            and body[span.end] == " "
            and re.fullmatch(r"[A-Z][\w-]*", body[span.start : span.end]) is not None
            and body[after.start : after.end].split()[-1].lower() in _COUNTRY_BODY_WORDS | _NATIONAL_INSTITUTION_WORDS
            and all(w[:1].isupper() or w in ("of", "for", "and", "on") for w in body[after.start : after.end].split())
            and table.canonical(body[after.start : after.end]) is None
        )

    return _joined_pairs(spans, joins)


# the last word of a body's name that a remit after "for" or "on" belongs to ("Velt Lab for Mobile
# Communications", "Parliamentary Group on Betting"); not a party's or a club's
_REMIT_BODY_WORDS = (BODY_WORDS - {"club", "fc", "party"}) | {
    "lab",
    "laboratory",
    "laboratories",
    "centre",
    "center",
    "group",
    "forum",
    "unit",
    "office",
    "panel",
}
# a body's name that ends in its remit: a body's word, "for", "on" or "of", then capitalised words
_REMIT_AT_END = re.compile(r"\b([A-Z][a-z]+) (?:for|on|of) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)$")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _a_remit(body: str, span: Span, table: EntityTable) -> bool:
    """The span's words are a topic's: capitalised common words ("Mobile Communications",
    "Gaming"), none a first name or a time's word, the last no body's, performers' or theatre's
    ("Foreign Office", "Velt National Opera" are bodies of their own), the whole no name the table
    knows."""
    words = body[span.start : span.end].split()
    return (
        0 < len(words) <= 3
        and all(
            re.fullmatch(r"[A-Z][a-z]+", w)
            and common_word(w.lower())
            and not is_first_name(w)
            and w.lower() not in TIME_WORDS  # "Velt Centre on Wednesday": a day, no remit
            for w in words
        )
        and words[-1].lower() not in _REMIT_BODY_WORDS | ENSEMBLE_WORDS | VENUE_WORDS
        and table.canonical(body[span.start : span.end]) is None
    )


def bodies_with_remits(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """A body's name the model cut before or inside its remit: "Velt Lab" + " for " + "Mobile
    Communications", "Parliamentary Group on Betting" + " and " + "Gaming": one organisation, when
    what follows is capitalised common words ("Gaming", not "Velt" nor "Tom"), the whole no name the
    table knows and the first part none either."""

    def joins(span: Span, after: Span) -> bool:
        gap = body[span.end : after.start]
        text = body[span.start : span.end]
        if span.label not in ("ORG", "PERSON", "PLACE") or table.canonical(text) is not None:
            return False
        if after.label not in NAME_LABELS or not _a_remit(body, after, table) or _CAPITAL_AFTER.match(body, after.end):
            return False
        if gap in (" for ", " on "):
            return text.split()[-1].lower() in _REMIT_BODY_WORDS
        # after "and", no firm's name either ("Department of Trade and Velt Industries")
        remit = _REMIT_AT_END.search(text)
        return (
            gap == " and "
            and span.label == "ORG"
            and remit is not None
            and remit.group(1).lower() in _REMIT_BODY_WORDS
            # the words before "and" a remit too ("Group on Betting"; "Council of Vell" is a place's)
            and all(common_word(w.lower()) and not is_first_name(w) for w in remit.group(2).split())
            and body[after.start : after.end].split()[-1].lower() not in COMPANY_WORDS
        )

    return _joined_pairs(spans, joins)


# the last word of a body's name that takes the place after "of" into its name ("Druid Council of
# Wales"); not a firm's ("Tarlo of Sweden" is a firm and where it is based)
_BODY_OF_PLACE_WORDS = BODY_WORDS | {"guild", "government"}


def bodies_of_places(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """An organisation the model tagged whose name ends in a body's word, then "of" and a place
    it tagged alone ("Druid Council" + " of " + "Wales"): one organisation, the place the end of
    its name. An organisation the table knows keeps its own name."""

    def joins(span: Span, after: Span) -> bool:
        return (
            span.label == "ORG"
            and after.label == "PLACE"
            and body[span.end : after.start] == " of "
            and body[span.start : span.end].split()[-1].lower() in _BODY_OF_PLACE_WORDS
            and table.canonical(body[span.start : span.end]) is None
            # the place one the table knows ("Tenants" tagged a place is not)
            and table.canonical(body[after.start : after.end]) is not None
        )

    return _joined_pairs(spans, joins)


def bodies_of_known_countries(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "the Socialist Party" + " of " + "Kazakhstan", where only the table found the country (the
    model tagged nothing there): a body's name of two words or more the model tagged, ending in a
    body's word, then "of" and a country the table knows, is one organisation, as
    `bodies_of_places` joins the model's own. A body the table knows keeps its own name."""

    def joins(span: Span, after: Span) -> bool:
        name = body[span.start : span.end]
        entry = table.entry(after.entity_id or "")
        return (
            span.label == "ORG"
            and span.entity_id is None
            and len(_LEADING_ARTICLE.sub("", name).split()) >= 2
            and name.split()[-1].lower() in _BODY_OF_PLACE_WORDS
            and body[span.end : after.start] == " of "
            and table.canonical(name) is None
            and entry is not None
            and entry.label == "PLACE"
            and entry.role in ("country", None)  # (as `_nation_of` reads a country: some lack the role)
        )

    return _joined_pairs(spans, joins)


_TWO_PLACES_JOIN = re.compile(r" and (?:the )?")


def bodies_of_two_places(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "Grobco Commission" + " for " + "Asia" + " and the " + "Pacific" ... "(GCAP)": an organisation
    the model tagged whose name ends in a body's word, then "for" or "of" and two places the table
    knows joined by "and": one organisation, when the article writes those words before letters in
    brackets that end in the places' initials (else "the Commission for Asia and the US" may be two)."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        if i + 2 < len(spans):
            first, second = spans[i + 1], spans[i + 2]
            tail = body[span.end : second.end]
            initials = "".join(w[0] for w in body[first.start : second.end].split() if w[:1].isupper())
            if (
                span.label == "ORG"
                and first.label == second.label == "PLACE"
                and body[span.end : first.start] in (" for ", " of ")
                and _TWO_PLACES_JOIN.fullmatch(body[first.end : second.start])
                and body[span.start : span.end].split()[-1].lower() in _BODY_OF_PLACE_WORDS
                and table.canonical(body[first.start : first.end]) is not None
                and table.canonical(body[second.start : second.end]) is not None
                and any(
                    letters.group(1).endswith(initials)
                    for letters in re.finditer(re.escape(tail) + r"\s*\( ?([A-Z]{3,8}) ?\)", body)
                )
            ):
                out.append(Span(span.start, second.end, "ORG"))
                i += 3
                continue
        if i + 1 < len(spans) and _body_of_a_place_and_another(body, span, spans[i + 1], table):
            out.append(Span(span.start, spans[i + 1].end, "ORG"))  # the model took the first place in
            i += 2
            continue
        out.append(span)
        i += 1
    return out


# a body's name that ends in "for" or "of" and a place: "Velt Commission for Africa"
_BODY_FOR_PLACE = re.compile(r"([A-Za-z]+) (?:for|of) (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)$")


def _body_of_a_place_and_another(body: str, span: Span, after: Span, table: EntityTable) -> bool:
    """ "Velt Commission for Africa" + " and the " + "Middle East" "(VCAME)": the model's body of one
    place, the second place after "and", as `bodies_of_two_places` joins them."""
    named = _BODY_FOR_PLACE.search(body, span.start, span.end)
    if span.label != "ORG" or after.label != "PLACE" or named is None:
        return False
    if named.group(1).lower() not in _BODY_OF_PLACE_WORDS or not _TWO_PLACES_JOIN.fullmatch(
        body[span.end : after.start]
    ):
        return False
    if table.canonical(named.group(2)) is None or table.canonical(body[after.start : after.end]) is None:
        return False
    initials = "".join(w[0] for w in body[named.start(2) : after.end].split() if w[:1].isupper())
    tail = body[named.start(2) : after.end]
    return any(
        letters.group(1).endswith(initials)
        for letters in re.finditer(re.escape(tail) + r"\s*\( ?([A-Z]{3,8}) ?\)", body)
    )


def common_noun_bodies(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "House" + " of " + "Fraser": an organisation the model tagged as one capitalised common
    noun (a word of the lexicon), then "of" and a name of one or two words it tagged apart, is
    one organisation named "X of Y" (a firm, a church, a bank), when the table knows neither. A
    title's word is a person's ("Mayor of Tarlow"), and only a body's or a building's noun takes a
    place after it ("Bank of Dorran"; not "Next of Dorran Street", a shop in a street)."""

    def joins(span: Span, after: Span) -> bool:
        first, second = body[span.start : span.end], body[after.start : after.end]
        return (
            span.label == "ORG"
            and (after.label == "ORG" or (after.label == "PLACE" and first.lower() in _BODIES_OF_PLACES))
            and first.lower() not in _STRIPPABLE_BEFORE_NAMES | set(PEERAGES) | set(HONORIFICS)
            and body[span.end : after.start] == " of "
            and re.fullmatch(r"[A-Z][a-z]+", first) is not None
            and common_word(first)
            and re.fullmatch(r"[A-Z][\w’'-]*[a-z](?: [A-Z][\w’'-]*[a-z])?", second) is not None
            and table.canonical(first) is None
            and table.canonical(second) is None
        )

    return _joined_pairs(spans, joins)


# the first word of a body "of" a place ("Bank of Dorran", "Friends of Tarlow Park")
_BODIES_OF_PLACES = BODY_WORDS | {"bank", "chamber", "church", "court", "friends", "hall", "house", "museum", "school"}


def possessive_venues(body: str, spans: list[Span]) -> list[Span]:
    """ "Grauman's" + "Chinese Theatre": a one-word "person" whose possessive opens a theatre's
    name the model tagged apart is the first word of that theatre's name, when the word is
    written nowhere else in the article (the owner of "Lee's Royal Theatre", named again
    elsewhere, stays a person of his own), nor the theatre's name without it, and no title
    stands before it ("Owner Lee's Royal Theatre"). A stadium, a bridge or an airport after an
    owner's or a builder's possessive is that person's and keeps its own name."""

    def joins(span: Span, after: Span) -> bool:
        word, name = body[span.start : span.end], body[after.start : after.end]
        before = re.search(r"([A-Za-z]+)\s+$", body[max(0, span.start - 30) : span.start])
        return (
            span.label == "PERSON"
            and after.label in ("ORG", "PLACE")
            and body[span.end : after.start] in ("'s ", "’s ")
            and re.fullmatch(r"[A-Z][a-z]+", word) is not None
            and name.split()[-1].lower() in VENUE_WORDS
            and len(list(written_whole(word, body, possessive=True))) == 1
            and len(list(written_whole(name, body, possessive=True))) == 1
            and (before is None or before.group(1).lower() not in _STRIPPABLE_BEFORE_NAMES)
        )

    return _joined_pairs(spans, joins, "PLACE")


_SHIP_PREFIXES = {"HMS", "HMY", "HMAS", "HMCS", "RMS", "RNLB", "USS"}
# a show named after a person ("the KTV Ada Lee show"): the work nouns, and "special" (a show after a
# person's name; after a work's title it is as often the adjective: "the Christmas special", "special envoy")
_SHOW_AFTER = re.compile(rf"\s+(?:{alternation(WORK_NOUNS)}|special)(?![\w’'-])")
_LETTERS_THEN_NAME = re.compile(r"([A-Z]{3,}) ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


def _written_apart(body: str, word: str, span: Span, not_before: str | None = None) -> bool:
    """Whether `word` is written alone outside `span` (not followed by `not_before`)."""
    after = rf"(?! {not_before}(?![\w’'-]))" if not_before else ""
    return any(
        not span.start <= m.start() < span.end
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’-]|'[a-rt-z]){after}", body)
    )


def letters_glued_to_people(body: str, spans: list[Span]) -> list[Span]:
    """ "group EADS Philippe Camus": a company's capital letters before a first name and a surname,
    tagged by the model as one organisation, are the company and then the person, when the
    letters are written alone elsewhere and the surname too, and the person's full name nowhere
    else ("ABC Tom Lee" once and "Tom Lee" again would be a name the model read twice). A ship's
    letters ("HMS Ada Lee") and a show's noun after the name ("the ABC Ada Lee show") keep the
    name whole: a ship or a show named after a person."""
    out: list[Span] = []
    for span in spans:
        glued = _LETTERS_THEN_NAME.fullmatch(body, span.start, span.end) if span.label == "ORG" else None
        if glued is not None:
            letters, first, surname = glued.groups()
            if (
                letters not in _SHIP_PREFIXES
                and not _SHOW_AFTER.match(body, span.end)
                and first_name_gender(first) is not None
                and _written_apart(body, letters, span, first)
                and _written_apart(body, surname, span)
                and not _written_apart(body, f"{first} {surname}", span)
            ):
                out.append(Span(span.start, glued.end(1), "ORG"))
                out.append(Span(glued.start(2), span.end, "PERSON"))
                continue
        out.append(span)
    return out


_NATIONAL_THEN_SURNAME = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


# an apposition naming a firm after a name: "X, the pipe maker,", "X, a ferry company"
# (not the trades a person may follow too: developer, publisher, broadcaster, brewer, carrier)
_FIRM_NOUNS = {singular(w) for w in FIRM_PLURALS} - {"developer", "publisher", "broadcaster", "brewer", "carrier"} | {
    "group",
    "corporation",
}
_FIRM_APPOSITION_AFTER = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}(?:{alternation(_FIRM_NOUNS)})(?![\w’'-])"
)


def nationals_before_surnames(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "American Dent" after "Taylor Dent": a nationality's word before the surname of the one
    person of the article with a full name ending in it is that person, the nationality left
    out (the model types the two words a company or a place). The table's entries are kept, and
    a name a firm's noun describes ("American Reed, the pipe maker"). Changes `mentions` in
    place."""
    people: dict[str, set[str]] = defaultdict(set)  # surname -> ids of people with a full name
    for m in mentions:
        if m.label == "PERSON" and len(words := m.text.split()) >= 2 and is_first_name(words[0]):
            people[words[-1]].add(m.entity_id)
    for m in mentions:
        glued = _NATIONAL_THEN_SURNAME.fullmatch(m.text)
        if (
            glued is None
            or glued.group(1).lower() not in NATIONALITIES
            or len(people.get(glued.group(2), ())) != 1
            or m.entity_id in people[glued.group(2)]  # "German Gref": a first name, the person's own
            or table.entry(m.entity_id) is not None
            or _FIRM_APPOSITION_AFTER.match(body, m.end)
        ):
            continue
        m.start += glued.start(2)
        m.text, m.label, m.entity_id = glued.group(2), "PERSON", next(iter(people[glued.group(2)]))


# a field of study a school or a college names second ("X School of Music and Drama")
_SUBJECT_WORDS = {
    "art",
    "arts",
    "design",
    "drama",
    "dance",
    "music",
    "science",
    "sciences",
    "technology",
    "medicine",
    "engineering",
    "economics",
    "humanities",
    "languages",
    "literature",
    "speech",
}
# "... and Design" after a name "X of Y": one capitalised word, then no other name word or a colon
_AND_ONE_WORD = re.compile(r" and ([A-Z][a-z]+)(?=[\s,.;]|$)(?!\s+[A-Z])")


# "the Finance and " right before a body's name the model began after "and": one to three
# capitalised words after "the" (commas between them allowed: "the Trade, Energy and")
_FIRST_SUBJECTS = re.compile(r"(?<![\w-])[Tt]he\s+((?:[A-Z][\w'’-]*,?\s+){1,3})and\s+$")
# the last words before "and" that are a name of their own: a body ("the Kelvorn Council and"), a
# firm of two words or more ("the Velt Media and"; "the Culture, Media and" is a remit), an office
# ("the Chancellor and": a person)
_OWN_NAME_HEADS = _HEAD_BODY_WORDS | {"office", "service", "group", "bank"}
_OFFICES_BEFORE_AND = STATE_OFFICES | SUBJECT_OFFICES | RELIGIOUS_OFFICES | {"government"}
# the last word of a body's name whose first subject the model left before "and": a body's head
# noun, or a research body's ("the Velt Internet and Public Life Project"); no club's "FC"
_FIRST_SUBJECT_HEADS = (_HEAD_BODY_WORDS | {"project"}) - {"fc"}


def _a_name_of_its_own(first: str) -> bool:
    """Whether the capitalised words before "and" (`_FIRST_SUBJECTS`) end in a name of their own:
    a body's head noun, a firm's last word after another word, or an office."""
    words = first.rstrip(", ").rsplit(",", 1)[-1].split()
    last = words[-1].lower()
    return last in _OWN_NAME_HEADS or last in _OFFICES_BEFORE_AND or (len(words) >= 2 and last in COMPANY_WORDS)


def first_subjects(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "the Finance and " + "Economy Ministry": a body's name (its last word a body's noun) the
    model began after "and", right after "the" and capitalised words it left untagged or tagged as
    an organisation the table does not know (or as no name: "the Velt Track and" an event): the
    words are the name's first subject, one organisation ("the Velt Travel and Tourism Council").
    Not where the table knows either part ("the Treasury and Home Office": two bodies), nor where a
    word before "and" was tagged a person, a place or a people ("the US and Grobco Commission",
    "the Tarbury and Velt Institute": the place may be a body of its own), nor where the words end
    in a name of their own ("the Kelvorn Council and", "the Mayor and": `_a_name_of_its_own`)."""
    out = list(spans)
    for span in spans:
        words = body[span.start : span.end].split()
        if span.label != "ORG" or len(words) < 2 or words[-1].lower() not in _FIRST_SUBJECT_HEADS:
            continue
        match = _FIRST_SUBJECTS.search(body, max(0, span.start - 80), span.start)
        if match is None or table.exact(body[span.start : span.end]) is not None:
            continue
        a = match.start(1)
        inside = [s for s in out if s is not span and s.start < span.start and s.end > match.start()]
        if any(
            s.start < match.start()
            or s.label in ("PERSON", "PLACE", "NORP")
            or (s.label == "ORG" and table.canonical(body[s.start : s.end]) is not None)
            for s in inside
        ):
            continue
        if table.exact(body[a : match.end(1)].rstrip(", ")) is not None:
            continue  # "the Arts Council and" written out: a body the table knows
        if _a_name_of_its_own(match.group(1)):
            continue  # "the Kelvorn Council and Velt Commission": two bodies; "the Mayor and": a person
        gone = {id(s) for s in inside} | {id(span)}
        out = [s for s in out if id(s) not in gone]
        out.append(Span(a, span.end, "ORG"))
    return sorted(out, key=lambda s: (s.start, -s.end))


# one body's noun right before a name ("local group X"): a singular, so the name is one
_ONE_BODY_BEFORE = re.compile(
    r"(?<![\w-])(?:group|charity|organisation|organization|campaign|association|coalition|alliance)\s+$"
)


def one_group_of_two_nouns(body: str, spans: list[Span]) -> list[Span]:
    """ "local group Victims" + " and " + "Citizens Against Tolls": a capitalised common noun in the
    plural the model tagged alone, "and", and an organisation it tagged, right after one body's
    noun in the singular ("group", "charity"), are one organisation's name, where the body's name
    starts with a plural common noun too. Not after a plural ("the groups X and Y": two), nor when
    either first word is a name ("group Acme and Grobco Watch"; "the campaign Students and Velt
    University backed": a relative clause without "that")."""

    def joins(span: Span, after: Span) -> bool:
        first = body[span.start : span.end]
        second = body[after.start : after.end].split()[0]  # "Citizens Against Tolls": a plural too
        return (
            span.label in ("ORG", "NORP", "PERSON")
            and after.label == "ORG"
            and body[span.end : after.start] == " and "
            and all(re.fullmatch(r"[A-Z][a-z]+s", w) is not None and common_word(w) for w in (first, second))
            and _ONE_BODY_BEFORE.search(body, max(0, span.start - 20), span.start) is not None
        )

    return _joined_pairs(spans, joins)


def second_subjects(body: str, spans: list[Span]) -> list[Span]:
    """An organisation "X of Y" the model ended before " and " and one field of study ("the
    Tolland School of Music" + " and Design"; "Design" tagged a person or untagged): the word is
    the name's second subject, one organisation. A word the model tagged an organisation, a place
    or a people stays its own ("the Bank of Tarvo and Rivia")."""
    out: list[Span] = []
    skip = -1
    for i, span in enumerate(spans):
        if i == skip:
            continue
        match = _AND_ONE_WORD.match(body, span.end)
        after = spans[i + 1] if i + 1 < len(spans) else None
        if (
            match is not None
            and span.label == "ORG"
            and " of " in body[span.start : span.end]
            and match.group(1).lower() in _SUBJECT_WORDS
            and (
                after is None
                or after.start >= match.end()
                or (
                    after.start >= match.start(1)
                    and after.end == match.end()
                    and after.label not in ("ORG", "PLACE", "NORP")
                )
            )
        ):
            out.append(Span(span.start, match.end(), "ORG"))
            if after is not None and after.start < match.end():
                skip = i + 1
            continue
        out.append(span)
    return out


# "Big" and one company's word: an industry's nickname ("Big Pharma", "Big Media"), not a firm's name
# ("Big Food Group", three words, is one)
_INDUSTRY_NICKNAME = re.compile(r"Big\s+[A-Z][a-z]+")


def described_names(body: str, spans: list[Span], titles: list[tuple[int, int]]) -> list[Span]:
    """ "security firm X", "marketing magazine X" where the model left X untagged (or called it a
    product): X is the company or publication; and so are capitalised words the model left
    untagged that end in a company's word ("NCB Stockbrokers") or a body's ("Velt Economic Forum";
    not "The Forum for ...", a longer name cut short, nor a body's word after a common word that
    opens the sentence, "Some Council members", unless the article writes it so within a sentence). Names the model tagged are left to
    the context rules (`retype_by_context`)."""
    found = []
    for match in [*_DESCRIBED_NAME.finditer(body), *_COMPANY_NAMED.finditer(body), *_BODY_NAMED.finditer(body)]:
        a, b = match.span(1)
        if _NOT_DESCRIBED.match(body, a) or honorific_before(body, a):
            continue
        if match.re is _BODY_NAMED and split_name(body[a:b])[0]:
            continue  # "the Lord Chancellor's Department": the person's rules would take it for a peer
        if (
            match.re is _BODY_NAMED
            and SENTENCE_OPENING.search(body, max(0, a - 4), a)
            and (common_word(body[a:b].split()[0]) or body[a:b].split()[0].lower() in _OPENING_NO_NAME)
            and not _written_within_a_sentence(body, body[a:b])
        ):
            continue  # "Our Association has ...", "Some Council members": capitalised as the sentence opens
        if first_name_gender(body[a:b].split()[0]) is not None and " " in body[a:b]:
            continue  # "the company Tom Hale founded": a person
        if _NAME_RUNS_ON.match(body, b):
            continue  # "New Media for a New Millennium", "New Media Age": a longer name, cut short
        if _INDUSTRY_NICKNAME.fullmatch(body, a, b):
            continue  # "Big Pharma", "Big Energy": a whole industry, no firm
        found.append((a, b))
    for match in _KIND_APPOSED_NAME.finditer(body):
        a, b = match.span(1)
        word = match.group(1)
        if (
            _NOT_DESCRIBED.fullmatch(word)
            or word.lower() in _ADVERBS_BEFORE_COMMA
            or word.endswith(("ly", "ing"))
            or first_name_gender(word) is not None
        ):
            continue  # "Yesterday, the agency ...", "Speaking, ...", "Olga, the group's ...": no body's name
        found.append((a, b))
    return _untagged_orgs(found, spans, titles)


def _untagged_orgs(found: list[tuple[int, int]], spans: list[Span], titles: list[tuple[int, int]]) -> list[Span]:
    """`spans` with an organisation at each of `found` (in order) that overlaps no span, no name
    added before it, and no title of a work."""
    added: list[Span] = []
    for a, b in found:
        if not any(s.start < b and a < s.end for s in spans + added) and not any(x < b and a < y for x, y in titles):
            added.append(Span(a, b, "ORG"))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


# "editor of PC Pro", "the editor of Gamer Weekly magazine": what a person edits is a publication
_PUBLICATION_NAME = r"((?:[A-Z][\w&.-]*[\w&]|[A-Z])(?:\s+[A-Z][\w&.-]*[\w&]){0,2})"
_EDITOR_OF = re.compile(rf"(?<![\w-])editor\s+(?:of|at)\s+(?:the\s+)?{_PUBLICATION_NAME}(?![\w&'’-])")
# "that PC Pro magazine dubbed": capitalised words inside a sentence, then the lower-case noun
_NAMED_MAGAZINE = re.compile(rf"(?<=[a-z,] ){_PUBLICATION_NAME}\s+(?:{alternation(TITLE_NOUNS)})(?![\w-])")
_MAGAZINE_TAIL = re.compile(rf"\s+(?:{alternation(TITLE_NOUNS)})$", re.IGNORECASE)


def edited_publications(body: str, spans: list[Span], titles: list[tuple[int, int]]) -> list[Span]:
    """ "Tim Danton, editor of PC Pro", "editor at X", "that X magazine said" where the model left
    the name untagged: the publication is an organisation (as the named papers and magazines
    are), its name without "Magazine" after it."""
    found = []
    for match in [*_EDITOR_OF.finditer(body), *_NAMED_MAGAZINE.finditer(body)]:
        a, b = match.span(1)
        if _NOT_DESCRIBED.match(body, a) or _NAME_RUNS_ON.match(body, b):
            continue
        tail = _MAGAZINE_TAIL.search(body, a, b)
        found.append((a, tail.start() if tail and tail.start() > a else b))
    return _untagged_orgs(found, spans, titles)


# the rest of a remit the model cut at its commas: ", Speech and Signal Processing"
_REMIT_REST = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?![\w’'-])"
)


def remit_names(body: str, spans: list[Span], table: EntityTable) -> list[Span]:
    """ "the Centre for Vision, Speech and Signal Processing", which the model cut into three: a
    body's name whose remit is a list ("Centre for X", "Department of X") runs on through ", Y and
    Z" when none of those is a name the table knows."""
    out: list[Span] = []
    ran_to = -1
    for span in spans:
        if span.start < ran_to:
            continue  # inside the name that runs on
        rest = _REMIT_REST.match(body, span.end) if span.label in ("ORG", "PLACE") else None
        if rest is not None:
            names = [n for n in re.split(r",\s+|\s+and\s+", rest.group().strip(", ")) if n]
            if remit_list([body[span.start : span.end], *names]) and not any(table.canonical(n) for n in names):
                span = Span(span.start, rest.end(), "ORG")
                ran_to = span.end
        out.append(span)
    return out


# the kind of outlet written after its name in lower case: "the Guardian newspaper", "Empire magazine"
_MEDIA_NOUN_TAIL = re.compile(rf"\s+(?:{alternation(MEDIUM_TAIL_NOUNS)})$")
# "the Tata group": a firm's own lower-case "group" after its name (not "the Labour group leader's
# stage", "group stage", "group games": a competition's group)
_FIRM_GROUP_AFTER = re.compile(r"\s+group(?![\w’'-])(?!\s+(?:stage|stages|games?|matches|match|phase)\b)")
_THE_BEFORE_NAME = re.compile(r"(?<![\w’'-])the\s+$", re.IGNORECASE)


def firm_group(body: str, start: int, end: int, label: str, table: EntityTable) -> tuple[int, int]:
    """A firm of one word written "the X group" is named with its lower-case "group" (the model
    stops before it; "X group" is the name as written, and one entity with a bare "X", as "X Group"
    is). Not a name of several words ("the Paris Club group of creditors" is the Paris Club), nor
    an acronym ("the UKIP group" of a parliament, "the XP group"), nor one the table knows (its entity stays whole), nor when the article names a longer firm that
    starts with X ("Mitsubishi Motors" and "the Mitsubishi group" are two: a bare "Mitsubishi"
    stays the one it was)."""
    if label != "ORG" or end - start < 2 or " " in body[start:end] or body[start:end].isupper():
        return start, end
    group = _FIRM_GROUP_AFTER.match(body, end)
    if group is None or not _THE_BEFORE_NAME.search(body, max(0, start - 6), start):
        return start, end
    name = body[start:end]
    if table.canonical(name) or re.search(rf"(?<![\w’'-]){re.escape(name)}\s+[A-Z]", body):
        return start, end
    return start, group.end()


# an agency's noun written in lower case after the name the model tagged with it: "the PAP news
# agency" (GUIDE: "the Reuters agency" -> Reuters)
_AGENCY_NOUN_TAIL = re.compile(r"(?<=[\w.])\s+(?:news\s+agency|press\s+agency|agency)$")


def agency_noun_after_name(body: str, start: int, end: int, label: str) -> int:
    """Where an organisation's span ends when the model ran it on into the lower-case noun of an
    agency ("PAP news agency", "the Grobnik agency"): before the noun, after capitalised words (the
    claims read the noun after the mention: `claims.vocabulary._MEDIA_NOUN_AFTER`). A party's noun
    stays ("Velt Dream party": its only sign of a party, which speakers and types read)."""
    if label != "ORG":
        return end
    tail = _AGENCY_NOUN_TAIL.search(body, start, end)
    if tail is None or not all(w[:1].isupper() or w[:1].isdigit() for w in body[start : tail.start()].split()):
        return end  # "the US space agency": no name before the noun
    return tail.start()


def media_nouns(mentions: list[Mention], table: EntityTable) -> None:
    """A known outlet's mention ends before the kind of outlet written after its name in lower
    case ("the Guardian newspaper", "ABC television", "the PAP news agency": Guardian, ABC, PAP);
    its entity stays the one the whole phrase named (the table knows "Guardian newspaper" as the
    Guardian's). An outlet the table does not know keeps its noun of a paper or a broadcast: the
    claims read it to know the name is an outlet's (an agency's noun is cut off earlier,
    `agency_noun_after_name`, and read after the mention)."""
    for m in mentions:
        if (
            m.label == "ORG"
            and (tail := _MEDIA_NOUN_TAIL.search(m.text) or _AGENCY_NOUN_TAIL.search(m.text)) is not None
            and tail.start() > 0
            and table.entry(m.entity_id) is not None
        ):
            m.text, m.end = m.text[: tail.start()], m.start + tail.start()


# "the Commons public accounts committee": a chamber's committee, its remit written in lower case
_COMMITTEE_AFTER = re.compile(r"\s+((?:[a-z-]+\s+){1,5}?)(?:select\s+)?committee(?![\w-])")
_COMMITTEE_REMIT_NOT = {
    "select",
    "a",
    "the",
    "new",
    "its",
    "own",
    "joint",
    "cross-party",
    "all-party",
    "which",
    "whose",
}


def chamber_committees(body: str, mentions: list[Mention]) -> None:
    """A chamber ("Commons", "Lords") before a committee's remit in lower case and "committee" is
    that committee, one organisation of its own ("the Commons home affairs committee"), not the
    chamber; "a Commons select committee" names none. The same remit and "committee" written
    without the chamber ("The Standards and Privileges Committee inquiry") is that committee too,
    where one chamber has a committee of that remit and nothing before the mention names another
    owner ("the Scottish Parliament's Health Committee"). Changes `mentions` in place."""
    remits: defaultdict[str, set[str]] = defaultdict(set)  # "standards and privileges committee" -> ids
    for m in mentions:
        if m.text not in ("Commons", "Lords") or m.label != "ORG":
            continue
        after = _COMMITTEE_AFTER.match(body, m.end)
        if after is None or set(after.group(1).split()) & _COMMITTEE_REMIT_NOT:
            continue
        m.end = after.end()
        m.text = body[m.start : m.end]
        m.entity_id = slugify(m.text)
        remits[_remit_key(m.text.split(None, 1)[1])].add(m.entity_id)
    for m in mentions:
        chambers = remits.get(_remit_key(m.text), set()) if m.label == "ORG" else set()
        # one chamber's committee of that remit, and the mention no other's ("the Scottish
        # Parliament's Health Committee", "the Senate Health Committee")
        if len(chambers) == 1 and not _OWNER_BEFORE.search(body, max(0, m.start - 40), m.start):
            m.entity_id = next(iter(chambers))


# a possessive or a capitalised name right before a committee: whose committee it is
_OWNER_BEFORE = re.compile(
    r"(?:['’]s?|(?<![\w’'-])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|Your|My)\s)[A-Z][\w-]*)\s+$"
)


def _remit_key(text: str) -> str:
    """ "Home Affairs Select Committee" -> "home affairs committee"."""
    return re.sub(r"\bselect\s+", "", text.lower())


_VERSUS = re.compile(r"\s+(?:v|vs|versus)\.?\s+(?=[A-Z])")


def split_fixture(body: str, pieces: list[tuple[int, int]], label: str) -> tuple[list[tuple[int, int]], str]:
    """A span holding a fixture or a case ("Bolton v Derby", "Gaye v Tuff Jam") as one piece per
    side; in a sport article, or a list of three fixtures or more (a draw), the sides are teams
    (organisations), whatever the model typed."""
    out: list[tuple[int, int]] = []
    split = False
    for a, b in pieces:
        cursor = a
        for match in _VERSUS.finditer(body, a, b):
            out.append((cursor, match.start()))
            cursor = match.end()
            split = True
        out.append((cursor, b))
    if split and label in ("PERSON", "PLACE") and (body.count(" v ") >= 3 or is_sport(body)):
        label = "ORG"
    return out, label


def firms_written_as_works(body: str, spans: list[Span]) -> list[Span]:
    """A span the model took for a title that ends with a company's word ("Leisure Garments",
    "X1 Technologies"), every word capitalised and outside quotation marks, is the company, not a
    work ("the Guinness Book of Records" stays a title)."""
    out = []
    for span in spans:
        if span.label == "WORK" and body[span.start - 1 : span.start] not in ("'", '"', "‘", "“"):
            words = _POSSESSIVE_TAIL.sub("", body[span.start : span.end].rstrip(".,")).split()
            if len(words) >= 2 and words[-1].lower() in COMPANY_WORDS and all(w[:1].isupper() for w in words):
                span = Span(span.start, span.end, "ORG")
        out.append(span)
    return out


def titled_people_written_as_works(body: str, spans: list[Span]) -> list[Span]:
    """'"...," Ontario Premier Glen Marchuk said.': a span the model took for a title that holds an
    office's word (JOB_TITLES) and then a first name and a surname, every word capitalised and
    outside quotation marks, is the office holder: a person's span for the words after the office
    (the place or body before it is left to the model, as it is with no title)."""
    out = []
    for span in spans:
        if span.label == "WORK" and body[span.start - 1 : span.start] not in ("'", '"', "‘", "“"):
            words = body[span.start : span.end].split()
            office = max((i for i, w in enumerate(words) if w.lower() in JOB_TITLES), default=None)
            name = words[office + 1 :] if office is not None else []
            if (
                len(name) in (2, 3)
                and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() for w in (*words[:office], *name))
                and is_first_name(name[0])
            ):
                start = span.start + body[span.start : span.end].index(" " + name[0]) + 1
                span = Span(start, span.end, "PERSON")
        out.append(span)
    return out


# "goth favourites the Velt and Ann Pell." (two "people" after a lower-case "the", ending the clause)
_THE_INSIDE_BEFORE = re.compile(r"(?<=[a-z,;:] )the $")
_CLAUSE_ENDS_AFTER = re.compile(r"[.,;:!?)]|$")
# "the Happy Mondays": a plural weekday after a capitalised word inside a sentence
_PLURAL_WEEKDAY = re.compile(rf"^(?:{_WEEKDAYS})s$")
# a list of performers right before a name ("newer acts like The Velt and Grobsters")
_ACTS_LISTED_BEFORE = re.compile(r"(?<![\w-])(?:acts|bands|groups|artists)\s+(?:like|such\s+as|including)\s+$")
# two names joined by "and", the first maybe after "The" ("The Velt and Grobsters")
_TWO_ACTS = re.compile(
    r"(?P<the>The )?(?P<first>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) and (?P<second>(?:The )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)"
)
_NAME_WORD_BEFORE_DAY = re.compile(r"(?<=[a-z,;:] )(?:[Tt]he )?([A-Z][a-z]+) $")
# before the capitalised word with no "the": a preposition ("on Easter Mondays", "every Happy Fridays")
# or another capitalised word ("Bank Holiday Mondays"): a day, not a band
_DAY_WORD_IS_NO_BAND = re.compile(
    r"(?:(?<![\w-])(?:on|every|until|till|by|from|for|of|at|in|during|since)|[A-Z][\w-]*) $"
)


def _plural_of_name(body: str, span: Span, nxt: Span) -> bool:
    """ "Kings of Tarvon", "Sons of Grobley": a plural of the lexicon capitalised inside a sentence
    (no sentence's first word: "Ministers of Tarvania met"), that the model tagged alone, then "of"
    (and "the") and the name it tagged after it."""
    word = body[span.start : span.end]
    return (
        span.label in ("PERSON", "ORG")
        and nxt.label in ("PERSON", "ORG", "PLACE")
        and body[span.end : nxt.start] in (" of ", " of the ")
        and re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and looks_plural(word)
        and common_word(word)
        and not SENTENCE_OPENING.search(body, max(0, span.start - 4), span.start)
    )


def band_names_split(body: str, spans: list[Span]) -> list[Span]:
    """In an article about music, names the model cut out of a band's: two "people" joined by
    "and" right after a lower-case "the" and ending the clause ("favourites the Velt and Ann Pell.",
    no person's name takes "the"), one band; a plural weekday after a capitalised word inside a
    sentence ("the Happy Mondays", the model's date), the band with that word. Not "the Pell and
    Bell families" (a noun after: the names modify it), nor "on Mondays". And two names joined by
    "and" right after a list of performers ("acts like The Velt and Grobsters") are two acts. A
    plural noun capitalised inside a sentence, "of" and a name ("Kings of Tarvon", the model's
    two people) is one band (`_plural_of_name`)."""
    if not about_music(body):
        return spans
    out: list[Span] = []
    skip = False
    for i, span in enumerate(spans):
        if skip:
            skip = False
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and _plural_of_name(body, span, nxt):
            out.append(Span(span.start, nxt.end, "ORG"))
            skip = True
            continue
        if (
            nxt is not None
            and span.label == nxt.label == "PERSON"
            and body[span.end : nxt.start] == " and "
            and _THE_INSIDE_BEFORE.search(body, max(0, span.start - 6), span.start)
            and _CLAUSE_ENDS_AFTER.match(body, nxt.end)
            and not honorific_before(body, span.start)
        ):
            out.append(Span(span.start, nxt.end, "ORG"))
            skip = True
            continue
        two = _TWO_ACTS.fullmatch(body, span.start, span.end) if span.label in ("ORG", "PERSON", "WORK") else None
        if (
            two is not None
            and (two.group("the") or body[max(0, span.start - 4) : span.start] == "The ")
            and not any(
                is_first_name(w)
                for w in re.findall(r"[A-Z][a-z]+", two.group("first") + " " + two.group("second"))
                if w != "The"
            )
            and _ACTS_LISTED_BEFORE.search(body, max(0, span.start - 30), span.start - (0 if two.group("the") else 4))
        ):
            # "newer acts like The Velt and Grobsters": a list of two acts, the first with its "The",
            # not one act's name (no first name inside: "The Jesus and Mary Chain", "Simon and X")
            out += [Span(*two.span("first"), "ORG"), Span(*two.span("second"), "ORG")]
            continue
        word = _NAME_WORD_BEFORE_DAY.search(body, max(0, span.start - 20), span.start)
        if (
            span.label == "DATE"
            and _PLURAL_WEEKDAY.match(body[span.start : span.end])
            and word is not None
            and not any(s.start < span.start and word.start(1) < s.end for s in spans)
            and not (word.start(1) == word.start() and _DAY_WORD_IS_NO_BAND.search(body, 0, word.start()))
        ):
            out.append(Span(word.start(1), span.end, "ORG"))
            continue
        out.append(span)
    return out


# a people's word and "and" right before a body's name that opens with another people's word: "the
# British and Irish Lions" (the model's "British" and "Irish Lions")
_PEOPLE_AND_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) and $")


def peoples_joined_in_names(body: str, spans: list[Span]) -> list[Span]:
    """ "the British and Irish Lions": an organisation's name of two words or more that opens with
    a people's word, right after another people's word and "and", is one name with it; the model's
    span of the first word gives way. Not "Tom Pell and Irish Velt" (no people's word before)."""
    out = spans
    for span in spans:
        words = body[span.start : span.end].split()
        if span.label != "ORG" or len(words) < 2 or not a_nations_word(words[0].lower()):
            continue
        found = _PEOPLE_AND_BEFORE.search(body, max(0, span.start - 30), span.start)
        if found is None or not a_nations_word(found.group(1).lower()):
            continue
        out = [s for s in out if s is not span and not (found.start(1) <= s.start and s.end <= span.start)]
        out = sorted([*out, Span(found.start(1), span.end, "ORG")], key=lambda s: (s.start, -s.end))
    return out


def resolve(article: Article, model_spans: list[Span], table: EntityTable) -> list[Mention]:
    """Model (or rule) spans -> corrected, canonical mentions of the article."""
    body = article.body
    cleaned: list[Span] = []
    model_spans = generation_suffixes(body, model_spans)  # "Jr" is no name: "Bruce L Castor Jr" is one
    model_spans = figures_off_people(body, model_spans)  # "Tom Pell 6-4 3" of "6-4 3-6": Tom Pell
    model_spans = legal_forms_alone(body, model_spans)  # "Grobwerke" + "AG": one company
    model_spans = legal_forms_after(body, model_spans)  # "Harwood" + " plc": one company
    model_spans = untagged_legal_names(body, model_spans)  # "PT Semen Karya Tbk": a company the model left
    model_spans = company_words_left_out(body, model_spans)  # "Marten" + " Records": one company
    model_spans = ordinals_of_numbered_bodies(body, model_spans)  # "9th " + "U.S. Circuit Court": one court
    model_spans = places_of_two_words_apart(body, model_spans)  # "Biala" + "Podlaska": one town
    model_spans = surnames_split_off(body, model_spans)  # "Susilo Bambang" + "Yudhoyono": one person
    model_spans = leading_initials(body, model_spans)  # "B. " + "Satyanarayana": one name
    model_spans = first_names_left_out(body, model_spans)  # "Huw" + "Stephens": one name
    model_spans = people_of_bodies(body, model_spans)  # "Ana" + "Velt of Tarnbridge Securities": a person of a firm
    model_spans = dropped_g_names(body, model_spans)  # "Blazin" + "' Squad": one name
    model_spans = family_names_first(body, model_spans)  # "Im" + "Kwon-Taek": one name
    model_spans = surnames_left_out(body, model_spans, table)  # "Speaker Sylvia" + "Heal": one name
    model_spans = surnames_of_two_words(body, model_spans, table)  # "Sacha" + "Baron" + "Cohen": one name
    model_spans = slavic_names_apart(body, model_spans, table)  # "Andriy" + "Tkachuk": one name
    model_spans = patronymic_names(body, model_spans, table)  # "Pavel Grigoryevich" + "Sitnikov": one name
    model_spans = band_names_split(body, model_spans)  # "the Velt and Ann Pell", "the Happy Mondays": bands
    model_spans = peoples_joined_in_names(body, model_spans)  # "British" + " and " + "Irish Lions": one body
    model_spans = names_of_purpose(body, model_spans)  # "Campaign" + " to Protect Rural " + "England": one body
    model_spans = names_before_acronyms(body, model_spans)  # "European Low-fare" + "Airlines Association (ELAA)"
    model_spans = new_before_letters(body, model_spans, table)  # "New EU rules": EU
    model_spans = saints_places(body, model_spans)  # "St James's" + "Palace": one place
    model_spans = plural_possessive_bodies(body, model_spans)  # "London Critics'" + "Circle": one body
    model_spans = trade_nouns_before_names(body, model_spans)  # "Jeweller Zale": the firm Zale
    model_spans = possessives_inside(body, model_spans)  # "Mr Pell's Tax Fund": Mr Pell
    model_spans = firms_written_as_works(body, model_spans)  # "Leisure Garments": a firm, not a title
    model_spans = titled_people_written_as_works(body, model_spans)  # "Ontario Premier Glen Marchuk": a person
    # (a county the model took for a title, "from Tarbury, Gloucestershire", is a place: `towns_in_counties`)
    counties = {m.span("county") for m in _TOWN_IN_COUNTY.finditer(body)}
    titles = [(s.start, s.end) for s in model_spans if s.label == "WORK" and (s.start, s.end) not in counties]
    model_spans = remit_names(body, [s for s in model_spans if s.label != "WORK"], table)
    for span in model_spans:
        pieces = (
            split_list(body, span.start, span.end)
            if span.label in ("ORG", "PERSON", "PLACE")
            else [(span.start, span.end)]
        )
        addressed: set[int] = set()  # where a piece starts with "Mr", "Mrs", "Dr": a person's
        label_of_pieces = span.label
        if span.label in ("ORG", "PERSON", "PLACE"):
            pieces, label_of_pieces = split_fixture(body, pieces, span.label)  # "Bolton v Derby"
            pieces = [_located(body, a, b, cleaned) for a, b in pieces]
            pieces, addressed = _split_at_honorific(body, pieces)
        for a, b in pieces:  # "Dell, Samsung and Sony": one span per name
            start, end = firm_group(body, *clean_span(body, a, b), span.label, table)  # "the Tata group"
            end = agency_noun_after_name(body, start, end, span.label)  # "PAP news agency": PAP
            if span.label in ("PERSON", "ORG", "PLACE"):
                start = _after_verb(body, start, end)  # "Describing Mr Jackson": Mr Jackson
            start, label = person_span(body, start, end, "PERSON" if a in addressed else label_of_pieces)
            if label == "PERSON":
                start = _apostrophe_name_before(body, start)  # "Ma'a" | "Nonu": one name
                post = _POST_NOMINAL.search(body, start, end)  # "Andrew Nicol QC": Andrew Nicol
                if post and post.start() > start:
                    end = post.start()
                number = _NUMBER_INSIDE.search(body, start, end)  # "Lindau 1 Hansa Gerwig 1"
                if number is None and _SPACED_MARK_AFTER.match(body, end):
                    number = _NUMBER_END.search(body, start, end)  # "( R. Harwood 88 ;"
                if number and number.start() > start:
                    end = number.start()
                end = _hyphenated_surname(body, start, end, model_spans)  # "Ida Borel" + "-Vanck"
            if label in ("PERSON", "ORG", "PLACE"):
                score = _SCORE_TAIL.search(body, start, end)  # "Roddick 6-2 7-6", "beat Brennock 3-1"
                if score and score.start() > start:
                    end = score.start()
            if label == "PLACE":
                kind = _KIND_OF_PLACE_AFTER.search(body, start, end)  # "in Bubanza province": Bubanza
                if kind and kind.start() > start:
                    end = kind.start()
            if end > start:
                label = label_from_words(body[start:end], label)  # "Mengniu Dairy", "Leadplex LLC"
                if (
                    label == "ORG"
                    and first_name_and_place_word(body[start:end])
                    and not _ON_A_SITE.search(body, max(0, start - 12), start)
                ):
                    label = "PERSON"  # "according to Ida Bridge"; not "a march on Ida Bridge"
                if (
                    label in ("PERSON", "PLACE")
                    and _SPORT_CLUB.search(body[start:end])
                    and not is_first_name(body[start:end].split()[0])  # "Alyn Hockey": a person
                ):
                    label = "ORG"  # "Glasgow Rugby", "Sale Hockey": a club
                if label in ("PERSON", "PLACE") and _TEAM_NAMED.match(body[start:end]):
                    label = "ORG"  # "Team GB": a side
                if label in ("PLACE", "PERSON") and _FESTIVAL.search(body[start:end]):
                    # "Berlin Film Festival": the festival and its organisers, not the place it is held
                    # in (the development set's annotators make a festival they annotate an ORG)
                    label = "ORG"
                if label == "PLACE" and _demonym_at(body, start, end):
                    label = "NORP"  # "Ukrainian" is not a place
                if label == "PLACE" and _MID_BEFORE.search(body, max(0, start - 5), start):
                    start -= 4  # "Mid Wales", "Mid Ulster": the region, not the country it is in
                compass = _COMPASS_BEFORE_PEOPLE.match(body, start, end)
                if label == "PLACE" and compass and a_nations_word(body[compass.end() : end].lower()):
                    label = "NORP"  # "a North Korean agent": a people's word, no place
                cleaned.append(Span(start, end, label))
    cleaned.sort(key=lambda s: (s.start, -s.end))  # a place split off a name comes after it
    cleaned = _sides_of_teams(body, cleaned, table)  # "GB" beside "Team GB"
    cleaned = described_names(body, cleaned, titles)  # "anti-virus firm F-Secure", the name untagged
    cleaned = edited_publications(body, cleaned, titles)  # "editor of PC Pro", the name untagged
    cleaned = bodies_after_places(body, cleaned)  # "Santa Clara County Superior Court"
    cleaned = country_bodies(body, cleaned, table)  # "US" + "District Court": one body
    cleaned = bodies_of_places(body, cleaned, table)  # "Druid Council" + " of " + "Wales": one body
    cleaned = bodies_with_remits(body, cleaned, table)  # "Velt Lab" + " for " + "Mobile Communications"
    cleaned = bodies_of_two_places(body, cleaned, table)  # "X Commission for Asia and the Pacific (XCAP)"
    cleaned = common_noun_bodies(body, cleaned, table)  # "House" + " of " + "Fraser": one firm
    cleaned = possessive_venues(body, cleaned)  # "Grauman's" + "Chinese Theatre": one place
    cleaned = letters_glued_to_people(body, cleaned)  # "EADS Philippe Camus": the firm, then the person
    cleaned = second_subjects(body, cleaned)  # "X School of Music" + " and Design": one body
    cleaned = first_subjects(body, cleaned, table)  # "the Finance and " + "Economy Ministry": one body
    cleaned = one_group_of_two_nouns(body, cleaned)  # "group Victims" + " and Citizens Against X": one body
    cleaned = _particle_surnames(body, cleaned)  # "Pieter van" + "den Heever": one name

    table_spans = gazetteer_spans(body, table) + party_adjective_spans(body, table)
    table_spans, cleaned = bare_words_in_longer_names(body, table_spans, cleaned, table)  # "the Velt Party"
    table_spans, cleaned = hyphenated_longer_names(body, table_spans, cleaned, table)  # "a Fed-Ex refund"
    table_spans = sorted(table_spans + named_channels(body, table, table_spans), key=lambda s: (s.start, -s.end))
    merged = merge_with_table(body, cleaned, table_spans, table)
    merged = bodies_of_known_countries(body, merged, table)  # "the Socialist Party" + " of " + "Kazakhstan"
    merged = squad_lists(body, national_branches(body, merged, table), table)  # "Tom Pell (Velton), ...": clubs
    merged = honorific_spans(body, team_sheet_spans(body, merged))
    merged = peers_listed(body, merged)  # "Lords Tarbury, Pellow and Dorr": three peers
    merged = missed_full_names(body, territorial_designations(body, merged))  # "Lord X of Y"
    merged = names_by_role(body, merged)  # "Replacement Tom Pell made ...": untagged
    merged = one_word_names(body, merged, table)  # "midfielder Edu has ...", "Edu, 26, added": untagged
    quoted = names_after_quotes(body, merged)  # '"...," Tom Pell, an analyst, said': untagged
    # the model's "work" there is the speaker's name (its "title" would drop him as a work)
    speakers_named = {(s.start, s.end) for s in quoted} - {(s.start, s.end) for s in merged}
    titles = [t for t in titles if t not in speakers_named]
    merged = quoted
    merged = nicknamed_names(body, merged)  # 'Tom "Tank" Pell': one name
    merged = number_word_names(body, merged)  # "the Four-Kings clan": untagged, read as a number
    merged = acronym_subjects(body, merged, table)  # "the IBPA reported": untagged
    merged = office_acronyms(body, merged, table)  # "the DCI said": an officer, no body
    merged = royal_styles(body, merged)  # "Duke" + " of Edinburgh": one person
    merged = surname_pairs(body, merged)  # "Pell and Varnish" after "Tom Pell", "Ida Varnish": two people
    mentions = real_names(body, to_mentions(article, assign_ids(body, merged, table)))  # "X, real name Y"
    mentions = acronyms(body, mentions, table)  # "the London Stock Exchange (LSE)"
    mentions = bracketed_names(body, mentions, table)  # "(Dietmar) Hamann": one person
    party_adjectives(mentions, table)  # "a Conservative MP": the Conservative Party
    people_by_honorific(body, mentions, table)  # "Lord Sainsbury", not the retailer
    vote_labels(mentions, table)
    people_by_first_name(body, mentions, table)  # "Lionel Richie" typed as a company: a person
    people_typed_as_nationalities(mentions, table)  # "a Russian, Anatoly Tyukanov": a person
    parties_typed_as_peoples(body, mentions, table)  # "a coalition with the Liberals": the party
    surnames_known_as_places(body, mentions, table)  # "West said" after "Kanye West": the person
    retype_by_context(body, mentions, table)  # teams, and companies the model took for people or places
    players(body, mentions, table)  # "the third seed X", "lost 6-2 6-2 to X": a person
    people_by_who(body, mentions, table)  # "Swank, who ...": a person
    nationals_before_surnames(body, mentions, table)  # "American Dent" after "Taylor Dent": the person
    people_by_nickname(body, mentions, table)  # "his gaming moniker X": a person
    places_by_context(body, mentions, table)  # "Chennai-based", "in Valencia"
    places_on_routes(body, mentions, table)  # "the line from Tarbury to X": a place
    places_before_years(body, mentions, table)  # "back to Vienna 2003": the place
    the_states(body, mentions, table)  # "moved to the States": the United States
    makers_typed_as_people(body, mentions, table)  # "X, the maker of the Y console": a company
    firms_named_after_people(body, mentions, table)  # "the Tom Pell consultancy": a company
    people_by_post_after(body, mentions, table)  # "Tarun Velloni, managing director, of Grobco": a person
    bands(body, mentions, table)  # "the band X", "X frontman Y": a band, not a person
    plural_subjects(body, mentions, table)  # "Snow Harbour were the big winners": a band or a team
    firms_of_firm_and_place(body, mentions, table)  # "Lycos" beside "Lycos Europe": the firm
    firms_with_their_goods(mentions, table)  # "Krispy Kreme" beside "Krispy Kreme Doughnuts": one firm
    hyphenated_firms_short(mentions, table, body)  # "Mercedes" beside "Mercedes-Benz": one firm
    mentions = single_names(body, mentions, table)  # "at Gatwick", "over Sky": no person said so
    venues(body, mentions, table)  # "the match at X", "at X Arena": a place
    mentions = longer_names(article, mentions, table)  # "Sony Ericsson" again, split by the model
    saints_short_forms(mentions)  # "St Aldric's" after "St Aldric's High School": the school
    mentions = constituencies(article, mentions, table)  # "the MP for X and Y": one place
    firms_named_as_papers(body, mentions, table)  # "Sun said" beside "Sun Microsystems": the firm, not the paper
    mentions = papers_without_their_article(body, mentions, table)  # "a Hindu temple": no paper "The Hindu"
    short_forms(body, mentions, table)  # "Southwest" after "Southwest Airlines"
    dropped_first_words(body, mentions, table)  # "Boerse" after "Deutsche Boerse"
    rivers_by_their_name(body, mentions, table)  # "the Upper Velt" beside "the Velt River"
    mentions = missed_surnames(article, mentions, table)  # "Campese told ..." after "David Campese"
    first_names_of_retyped_people(body, mentions, table)  # "Philip" after "Philip Pullman", typed a company first
    mentions = missed_company_names(article, mentions, table)  # "Datamonitor adds ..." after "Datamonitor said"
    mentions = missed_teams(article, mentions, table)  # "with Bath prop Matt Stevens", "Bath" untagged
    mentions = missed_bands(article, mentions, table)  # "Velt singer Tom Pell", "Velt" untagged
    clubs_by_their_last_word(body, mentions, table)  # "Rovers" beside "Blackburn": one club
    club_nicknames(body, mentions, table)  # "the Magpies" beside "Newcastle": one club
    other_names(mentions, body, table)  # "Bombay, now Mumbai", "X, nicknamed the Saints": one place, one club
    mentions = missed_glued_places(article, mentions, table)  # "Bracknell-based Exel", "Bracknell" untagged
    mentions = missed_birthplaces(article, mentions, table)  # "grew up in Kampen", "Kampen" untagged
    mentions = coordinated_places(article, mentions, table)  # "plants in Lille and Rennes", "Rennes" untagged
    mentions = towns_in_counties(article, mentions, table)  # "in Tarbury, Lancashire": two places
    web_addresses(mentions, table)  # "Shadowcrew" beside "Shadowcrew.com"
    sites_listed(body, mentions, table)  # "Velt.com, Grobby and Tarnhub": three sites
    mentions = not_names(body, mentions, table)  # "Africans", "GMT", "the Government"
    mentions = title_pieces(body, mentions, table)  # "US band TV on the Radio": no body "Radio"
    mentions = plural_people(mentions)  # "we can't all be Tom Pells": no one's name
    mentions = named_terms(body, mentions, table)  # "so-called Personal Area Networks", "the X system"
    mentions = spelled_out_terms(body, mentions, table)  # "radio frequency ID (RFID)": a term's letters
    mentions = sponsors(body, mentions, table)  # "the RBS Six Nations": the competition's name
    mentions = titles_after_an_article(body, mentions, table)  # "How to Dismantle an Atomic Bomb"
    mentions = names_taken_for_groups(body, mentions, table)  # "developed by Valve": no people
    mentions = works(body, mentions, table, titles)  # films, programmes, laws and awards are not organisations
    mentions = malware(body, mentions, table)  # "the Zafi virus", "viruses such as Netsky"
    media_nouns(mentions, table)  # "the Guardian newspaper": Guardian
    chamber_committees(body, mentions)  # "the Commons public accounts committee"
    public_bodies_of_other_nations(body, mentions, table)  # "the country's Congress" in Arvania
    shared_bodies_without_their_nation(body, mentions, table)  # "Congress" in a story on India
    mentions = parties_of_other_nations(body, mentions, table)  # "the English Democrats", "French Green MEP X"
    mentions = shouted_words(body, mentions, table)  # "WHO WAS OSCAR?": no body's letters
    mentions = wire_datelines(article, mentions, table)  # "LONDON 1996-08-30", "BOSTON (AP) —": the place
    mentions = wire_newsrooms(article, mentions, table)  # "-- Moscow Newsroom +7 095 941 8520": the desk
    mentions = wire_results(article, mentions, table)  # "Velmar 3 Grobton 1": two teams
    mentions = wire_scorers(article, mentions, table)  # "Velmar 2 ( Tom Pell 34 , Ulf Grell 78 )": a team, scorers
    mentions = wire_sheet_labels(article, mentions, table)  # "Halftime 1-0", "Tries - Jo Pell 2": a label, a player
    mentions = wire_venues(article, mentions, table)  # "In Hobart : Tasmania 402-8 declared": the place
    mentions = wire_scorecards(article, mentions, table)  # "M. Tayford c Lara b Ambrell 32": three players
    mentions = wire_top_scorers(article, mentions, table)  # "8 - Marco Tarnelli ( Lazio )": a player, his club
    mentions = wire_leaderboards(article, mentions, table)  # "201 Masaru Velda 67 66 68": a golfer
    mentions = wire_headlines(article, mentions, table)  # "VELMAR BEAT GROBTON" after "Velmar": the team
    mentions = party_state_tags(article, mentions, table)  # "Sen. Tom Pell (D-Calif.)": the state
    mentions = players_with_countries(article, mentions, table)  # "Marc Grell ( France ) beat": a player
    mentions = players_after_nationalities(article, mentions, table)  # "American Jo Vell defeated": a player
    mentions = age_group_sides(article, mentions, table)  # "Wales Under-21": a side of its own
    mentions = teams_after_countries(article, mentions, table)  # "Ivo Tarn ( Italy ) Mapei 4:51:20": his team
    respelled_surnames(body, mentions)  # "Ivan Tagirev" and "Ivan Tagirov": one person
    return stopped_abbreviations(body, mentions)  # "Grobco Inc.", "Calif.", "Velkens N.V.": the stop kept


def _one_vowel_apart(a: str, b: str) -> bool:
    """Two surnames of six letters or more, of one length, one vowel for another at one place after
    the first letter ("tagirev", "tagirov"); not another consonant ("pellow", "bellow" are not), and
    not the Nordic and English endings "-sen" and "-son", two names of their own ("Andersen",
    "Anderson")."""
    if len(a) != len(b) or len(a) < 6 or a[0] != b[0]:
        return False
    if {a[-3:], b[-3:]} == {"sen", "son"}:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and apart[0][0] in "aeiou" and apart[0][1] in "aeiou"


def _told_apart(body: str, first: list[Mention], other: list[Mention]) -> bool:
    """Whether the copy writes two people, not one name spelt two ways: both names in one sentence
    ("Olga Petrova and Olga Petrava") or each with an apposition of its own ("Mark Tarnev, the
    striker, ... Mark Tarnov, the defender")."""
    sentences = split_sentences(body)

    def sentence_of(at: int) -> int:
        return next((i for i, (a, b) in enumerate(sentences) if a <= at < b), -1)

    if {sentence_of(m.start) for m in first} & {sentence_of(m.start) for m in other}:
        return True
    described = [any(_APPOSITION_AFTER.match(body, m.end) for m in group if " " in m.text) for group in (first, other)]
    return all(described)


def respelled_surnames(body: str, mentions: list[Mention]) -> None:
    """ "Ivan Tagirev" and "Ivan Tagirov" in one article: two people of one first name, each written
    with a first name and a surname (no honorific), whose surnames are one vowel apart
    (`_one_vowel_apart`), are one person the copy spells two ways: the id of the one written first.
    Only within an article and only with the same first name ("Tagirov" alone, or "Ida Tagirov"
    beside "Ivan Tagirev", stay apart), and only where nothing tells two people apart (both in one
    sentence, or each described: `_told_apart`). Changes `mentions` in place."""
    groups = groups_by_entity(mentions)
    full: dict[str, tuple[str, ...]] = {}
    for entity_id, group in groups.items():
        if group[0].label != "PERSON":
            continue
        names = {tuple(normalise(m.text).split()) for m in group if split_name(m.text)[0] is None}
        pairs = {n for n in names if len(n) == 2}
        if len(pairs) == 1:
            full[entity_id] = pairs.pop()
    ordered = sorted(full, key=lambda e: groups[e][0].start)
    for i, first in enumerate(ordered):
        for other in ordered[i + 1 :]:
            (given, surname), (other_given, other_surname) = full[first], full[other]
            if (
                given == other_given
                and _one_vowel_apart(surname, other_surname)
                and not _told_apart(body, groups[first], groups[other])
            ):
                for m in groups[other]:
                    m.entity_id = first


# a capitalised word and "on the" or "with the" right before a name: the name may be the last word
# of a title the model split ("TV on the Radio", "Madly in Anger with the World")
_TITLE_LINK_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'&-]*)\s+(?:on|with)\s+the\s+$")
# a capitalised common word and "of the" right before a name: the name may end a title the model
# cut short ("Top of the Pops", its "Pops"), where the word is no body's ("Bank of the West")
_TITLE_OF_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+of\s+the\s+$")


def _titles_sentence(body: str, sentences: list[tuple[int, int]], at: int) -> bool:
    """Whether the sentence at `at` speaks of a title: a quote mark opened before `at`, a work's
    noun ("album", "film", "song") or a music word ("band", "single") in it."""
    for a, b in sentences:
        if a <= at < b:
            sentence = body[a:b]
            return (
                any(q in body[a:at] for q in '"“‘')
                or _MUSIC_WORDS.search(sentence) is not None
                or any(w in TITLED_WORK_NOUNS for w in re.findall(r"[a-z]+", sentence.lower()))
            )
    return False


def _title_of_the(
    body: str, group: list[Mention], starts: list[tuple[int, int]], sentences: list[tuple[int, int]], table: EntityTable
) -> str | None:
    """ "Top of the Pops" wherever the article writes the one-word "organisation" "Pops": the same
    capitalised common word, no body's ("Bank of the West"), and "of the" before every mention
    (`_TITLE_OF_BEFORE`), in no other name, the whole unknown to the table, and one sentence at least
    that speaks of a title ("the programme Top of the Pops": `_titles_sentence`): the title, else None."""
    if any(" " in m.text for m in group):
        return None
    heads = [_TITLE_OF_BEFORE.search(body, max(0, m.start - 30), m.start) for m in group]
    found = [head for head in heads if head is not None]
    words = {head.group(1) for head in found}
    if len(found) < len(heads) or len(words) != 1:
        return None
    word = words.pop()
    title = f"{word} of the {group[0].text}"
    whole = (
        dictionary_word(word)
        and word.lower() not in BODY_WORDS | COMPANY_WORDS | ENSEMBLE_WORDS
        and table.canonical(title) is None
        and not any(a <= head.start() < b for head in found for a, b in starts)
        and any(_titles_sentence(body, sentences, head.start()) for head in found)
    )
    return title if whole else None


def title_pieces(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "US band TV on the Radio": a one-word "organisation" that is a common noun ("Radio",
    "World") every mention of which ends a title the model split (a capitalised word no mention
    holds, not where a sentence opens, then "on the" or "with the": `_TITLE_LINK_BEFORE`) is a
    piece of that title, not a body: left out, only where the sentence speaks of a title (a quote
    mark before the link, a work's noun, a music word: `_titles_sentence`). Where the capitalised
    word is a name ("Pell on the Council"), the sentence has no title ("sat as an Independent on
    the Council") or the table knows the word, it is kept."""
    starts = [(m.start, m.end) for m in mentions if m.label in NAME_LABELS]
    sentences = split_sentences(body)
    dropped = set()
    groups = groups_by_entity(mentions)
    split_titles = set()  # "Top of the Pops", of which the model tagged "Pops"
    for entity_id, group in groups.items():
        if group[0].label != "ORG" or table.entry(entity_id) is not None:
            continue
        if title := _title_of_the(body, group, starts, sentences, table):
            split_titles.add(title)
            dropped.add(entity_id)
            continue
        if any(" " in m.text or not dictionary_word(m.text) for m in group):
            continue
        links = [_TITLE_LINK_BEFORE.search(body, max(0, m.start - 40), m.start) for m in group]
        if all(
            link is not None
            and not SENTENCE_OPENING.search(body, max(0, link.start() - 4), link.start())
            and not any(a <= link.start() < b for a, b in starts)
            and _titles_sentence(body, sentences, link.start())
            for link in links
        ):
            dropped.add(entity_id)
    for entity_id, group in groups.items() if split_titles else ():
        # "The All New Top of the Pops": the title with words before it, the model's whole span
        if (
            group[0].label == "ORG"
            and table.entry(entity_id) is None
            and all(m.text.endswith(tuple(split_titles)) for m in group)
        ):
            dropped.add(entity_id)
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


# a run of three words or more written in capitals: a heading shouted in the text ("WHO WAS HE?")
_SHOUTED_RUN = re.compile(r"(?<![\w’'-])[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){2,}(?![\w’'-])")


def shouted_words(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "WHO WAS OSCAR?": a word of the lexicon written in capitals inside a heading shouted in
    capitals, taken for an organisation, is the heading's word ("who"), not the body its letters
    spell (the WHO); a place's name there ("SIGHTS ON KYIV") is still the place, and a company
    the table knows ("ACME PROFITS SOAR") is still the company."""
    runs = [m.span() for m in _SHOUTED_RUN.finditer(body)] if any(m.text.isupper() for m in mentions) else []
    if not runs:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.label == "ORG"
            and m.text.isupper()
            and " " not in m.text
            and common_word(m.text)
            and any(a <= m.start and m.end <= b for a, b in runs)
            and getattr(table.entry(m.entity_id), "role", None) != "company"
        )
    ]


# a term's signs: "so-called" before it, or a lower-case noun of a technology or a scheme after it
_TERM_BEFORE = re.compile(r"(?<![\w-])so-called\s+$", re.IGNORECASE)
_GROUP_NUMBERS = {word for word, n in NUMBER_WORDS.items() if isinstance(n, int) and 2 <= n <= 12}  # "two" .. "twelve"
_TERM_AFTER = re.compile(r"\s+(?:system|systems|technology|standard|protocol|format)(?![\w-])")


# a code in capitals (digits and one hyphen allowed: "MPEG-2") and a format's noun after it; not a
# technology's or a system's ("IBM technology" is the firm's), nor a standard's or a protocol's (the
# body that sets it: "the IEEE standard")
_CODE_NAME = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?")
_FORMAT_AFTER = re.compile(r"\s+(?:format|formats|codec)(?![\w-])")


def named_terms(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A name of several capitalised words that the article writes as a term, not an organisation
    or a place ("so-called Personal Area Networks", "the Internationalised Domain Names system"):
    every mention has "so-called" before it or a technology's or a scheme's noun after it (its
    acronym, "(PAN)", counts with it). So is a code in capitals every mention of which a format's
    noun follows ("in MPEG-9 format"). Left out; the table's entries are kept."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.entity_id].append(m)
    dropped = set()
    for entity_id, group in groups.items():
        if group[0].label not in ("ORG", "PLACE", "PERSON") or table.entry(entity_id) is not None:
            continue
        if all(_CODE_NAME.fullmatch(m.text) and _FORMAT_AFTER.match(body, m.end) for m in group):
            dropped.add(entity_id)  # "broadcast in MPEG-9 format", "the GBX format": a format's code
            continue
        full = [m for m in group if " " in m.text]
        if not full or any(not m.text.istitle() for m in full):
            continue
        if full[0].text.split()[-1].lower() in _GROUP_NUMBERS:
            continue  # "the so-called Guildford Four": people named as a group
        if all(
            _TERM_BEFORE.search(body, max(0, m.start - 12), m.start) or _TERM_AFTER.match(body, m.end) for m in full
        ) and not any(honorific_before(body, m.start) for m in group):
            dropped.add(entity_id)
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


# the words written right before letters in brackets: "trusted platform module (TPM)"
_WORDS_BEFORE_LETTERS = r"((?:[A-Za-z][\w’'-]*\s+){1,6})\("


def _spelled_out_in_lower_case(body: str, letters: str) -> bool:
    """Whether the article spells the letters out in lower-case words before them in brackets
    ("corporate social responsibility (CSR)", "radio frequency ID (RFID)": a word in capitals gives
    all its letters): a term, where a body's name would be capitalised. Not a body written in lower
    case ("the office of fair trading (OFT)")."""
    for match in re.finditer(_WORDS_BEFORE_LETTERS + re.escape(letters) + r"\)", body):
        words = match.group(1).split()
        for n in range(1, len(words) + 1):
            run = words[-n:]
            spelled = "".join(w if w.isupper() else w[0] for w in run).upper()
            if spelled == letters.upper():
                return (
                    run[0][:1].islower()
                    and all(w.islower() or w.isupper() for w in run)
                    and not any(w.lower() in BODY_WORDS or w.lower() == "office" for w in run)
                )
    return False


def spelled_out_terms(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "RFID tags" after "radio frequency ID (RFID)": letters the model took for an organisation
    (or a person, a place) that the article spells out in lower-case words are a term's, no
    entity. Left out; the table's entries are kept."""
    dropped = set()
    for entity_id, group in groups_by_entity(mentions).items():
        texts = {_POSSESSIVE_TAIL.sub("", m.text) for m in group}
        if group[0].label not in ("ORG", "PERSON", "PLACE") or len(texts) != 1 or table.entry(entity_id) is not None:
            continue
        letters = texts.pop()
        if re.fullmatch(r"[A-Z]{2,6}", letters) and _spelled_out_in_lower_case(body, letters):
            dropped.add(entity_id)
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


def firms_of_firm_and_place(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "Lycos" typed a person where the article names "Lycos Europe" (a firm and the market it
    serves): the one word is the firm, not a person, when it is no first name and no honorific is
    written before it. Changes `mentions` in place."""
    firms = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "ORG" and len(words) == 2 and (entry := table.entry(table.canonical(words[1]) or "")) is not None:
            if entry.label == "PLACE" and m.entity_id != entry.id and _firm_words(words[:1]):
                firms.add(words[0])
    if not firms:
        return
    for m in mentions:
        if (
            m.label == "PERSON"
            and m.text in firms
            and first_name_gender(m.text) is None
            and table.entry(m.entity_id) is None
            and not honorific_before(body, m.start)
        ):
            m.label = "ORG"


# a name ending in a capitalised plural noun: "Krispy Kreme Doughnuts", the words before it apart
_GOODS_TAIL = re.compile(r"^(\S+(?: \S+)+) ([A-Z][a-z]{3,}s)$")
# the goods or the trade a firm's full name ends with ("Doughnuts", "Motors", "Foods"): a firm's
# plural last words, not its people's ("Partners", "Brothers"); never a firm's workers, a club's
# fans, a team ("Chiefs") or a chain of islands
_GOODS = {w for w in COMPANY_WORDS if w.endswith("s")} - {
    "partners", "associates", "managers", "stockbrokers", "brokers", "brothers", "bros", "sisters",
} | {
    "doughnuts", "donuts", "cars", "drinks", "beverages", "shoes", "toys", "biscuits", "sweets", "chocolates",
    "cosmetics", "pizzas", "burgers", "beers", "wines", "homes", "hotels", "restaurants", "cinemas", "bakeries",
    "fabrics", "tyres", "tires", "batteries", "computers", "phones", "cigarettes", "books", "clothes",
    "furnishings", "muffins", "cakes", "pies", "sandwiches", "supermarkets", "airports", "buses", "trains", "ferries", "cables",
}  # fmt: skip


def firms_with_their_goods(mentions: list[Mention], table: EntityTable) -> None:
    """ "Krispy Kreme Doughnuts", typed a place or a person, in an article that names the
    organisation "Krispy Kreme": a name of three words or more that is an organisation's name of
    two or more words and a plural noun of goods or a trade (`_GOODS`) is that organisation, written
    in full ("Tarbury Mail Workers" are its staff, "Grand Cayman Islands" a place).
    A name the model typed an organisation is left apart ("Standard Life Investments", a fund arm
    beside "Standard Life"), and so are the table's entries. Changes `mentions` in place."""
    groups = groups_by_entity(mentions)
    owners: dict[str, set[str]] = defaultdict(set)  # an organisation's one written name -> its ids
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_TAIL.sub("", m.text) for m in group}
        if group[0].label == "ORG" and len(texts) == 1 and table.entry(entity_id) is None:
            owners[texts.pop()].add(entity_id)
    for entity_id, group in groups.items():
        texts = {_POSSESSIVE_TAIL.sub("", m.text) for m in group}
        if group[0].label not in ("PLACE", "PERSON") or len(texts) != 1 or table.entry(entity_id) is not None:
            continue
        tail = _GOODS_TAIL.match(texts.pop())
        if tail is None or tail.group(2).lower() not in _GOODS or len(owners.get(tail.group(1), ())) != 1:
            continue
        (owner,) = owners[tail.group(1)]
        for m in groups[owner] + group:
            m.entity_id, m.label = entity_id, "ORG"


# a firm's name of two capitalised words joined by a hyphen: "Mercedes-Benz"


def hyphenated_firms_short(mentions: list[Mention], table: EntityTable, body: str) -> None:
    """ "Mercedes" (or "the Mercedes group") beside "Mercedes-Benz", both organisations: the
    first word of a firm's hyphenated name, alone, is that firm. Not where the second word is a
    name of its own in the article or the table ("Sony-Verlo" beside "Verlo", "Derby-Fulham"),
    nor the table's entries, nor a first word two such names share, nor a name written near a
    word of two firms joined ("alliance", "joint venture", "merger"). Changes `mentions` in place."""
    groups = groups_by_entity(mentions)
    texts_of = {i: {_POSSESSIVE_TAIL.sub("", m.text) for m in g} for i, g in groups.items()}
    written = set().union(*texts_of.values()) if texts_of else set()
    longs: dict[str, list[str]] = defaultdict(list)  # a first word -> the hyphenated firms it starts
    for entity_id, group in groups.items():
        if group[0].label != "ORG" or table.entry(entity_id) is not None or len(texts_of[entity_id]) != 1:
            continue
        match = HYPHENATED_NAME.fullmatch(next(iter(texts_of[entity_id])))
        if any(_JOINING_NOUN.search(body, max(0, m.start - 40), m.end + 40) for m in group):
            continue  # "Renfrow-Tarnwell, the carmakers' alliance": a union of two firms
        if match and match.group(2) not in written and table.canonical(match.group(2)) is None:
            longs[match.group(1)].append(entity_id)
    if not longs:
        return
    for entity_id, group in groups.items():
        if group[0].label != "ORG" or table.entry(entity_id) is not None:
            continue
        firsts = {short_word(t) for t in texts_of[entity_id]}
        if len(firsts) != 1 or None in firsts:
            continue  # "Mercedes", "Mercedes group"; not "Mercedes Smart"
        targets = longs.get(firsts.pop() or "", [])
        if len(targets) == 1 and targets[0] != entity_id:
            for m in group:
                m.entity_id = targets[0]


# words before a place's name ("in West", "the West", "across Europe"): there it is the place; the
# prepositions of place and words that name a place ("visit X", "the X"), not those of `_BEFORE_A_NAME`
# that go before a person as well ("by West", "with West", "under West")
_PLACE_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(_PLACE_PREPOSITIONS | {"the", "or", "visit", "visited", "visiting", "than"}))
    + r")\s+$",
    re.IGNORECASE,
)


def surnames_known_as_places(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """ "West announced plans" after "Kanye West": a one-word place the table knows (not as a
    country, region or city) is the surname of the one person the article names in full with it
    (in capitalised words), where no word before it makes it a place ("in West", "the West") and
    it is no first word of a compound ("West-based"). Changes `mentions` in place."""
    people: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        if (
            m.label == "PERSON"
            and len(words) >= 2
            and all(w[:1].isupper() for w in words)  # not "said Wales"
            and table.entry(m.entity_id) is None
        ):
            people[words[-1]].add(m.entity_id)
    if not people:
        return
    for m in mentions:
        ids = people.get(m.text)
        if not ids or len(ids) != 1 or m.label != "PLACE":
            continue
        entry = table.entry(m.entity_id)
        if entry is None or entry.label != "PLACE" or entry.role is not None:
            continue  # a country, a region, a city ("Tudor England" is no person named England)
        if _PLACE_WORD_BEFORE.search(body, max(0, m.start - 20), m.start) or body[m.end : m.end + 1] in ("-", "–"):
            continue
        m.entity_id, m.label = next(iter(ids)), "PERSON"


# a title's words before a name: "How to Dismantle an | Atomic Bomb", "George Michael, A |
# Different Story": a capitalised word then "a"/"an", or "A"/"An" written inside a sentence
_TITLE_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w’'-])[A-Z][\w’'-]* (?:an?)|(?<=[a-z,;:] )An?) $")


def titles_after_an_article(body: str, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """The mentions without "people" that are the end of a title the model cut after its article
    ("Dismantle an Atomic Bomb", "A Different Story"): a person is not written after a
    capitalised word and "an", nor after a capital "A" inside a sentence. Not where the first
    word is a first name or an honorific comes before a mention, nor for the table's entries."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON":
            groups[m.entity_id].append(m)
    dropped = {
        entity_id
        for entity_id, group in groups.items()
        if table.entry(entity_id) is None
        and any(_TITLE_ARTICLE_BEFORE.search(body, max(0, m.start - 30), m.start) for m in group)
        and not any(is_first_name(m.text.split()[0]) or honorific_before(body, m.start) for m in group)
    }
    return [m for m in mentions if m.entity_id not in dropped] if dropped else mentions


# --- venues, bands and longer names: what is written around a name says what it is ---------

# the last word of a venue's name ("Goodison Park", "Carling Academy", "Leeds Town Hall")
_VENUE_WORDS = {
    "park",
    "stadium",
    "arena",
    "hall",
    "road",
    "lane",
    "bridge",
    "ground",
    "theatre",
    "theater",
    "centre",
    "center",
    "gardens",
    "bowl",
    "dome",
    "auditorium",
    "palace",
    "academy",
    "apollo",
    "coliseum",
    "colosseum",
    "empire",
}
_AT = re.compile(r"(?<![\w-])at\s+(?:the\s+)?$")
# the people who work at a place, before "at" ("a teacher at X Academy", "the research group at X
# Centre"): there X is their employer, an organisation, not a venue
_STAFF_AT = re.compile(
    r"(?<![\w-])(?:doctors?|teachers?|headteachers?|lecturers?|researchers?|scientists?|professors?|academics?|"
    r"experts?|staff|pupils?|students?|workers?|nurses?|surgeons?|consultants?|fellows?|employees?|officials?|"
    r"spokes(?:man|woman|person)|directors?|curators?|group|team)\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# an event held at a venue: "the match at X", "a concert at X", "will perform at X"
_EVENT_AT = re.compile(
    r"(?<![\w-])(?:match|matches|game|games|tie|fixture|clash|concerts?|gigs?|shows?|performances?|final|"
    r"semi-final|quarter-final|international|friendly|encounter|showdown|opener|decider|ceremony|"
    r"held|staged|performs?|performed|performing|sang|sing|sings|singing|appears?|appeared|appearing|"
    r"kick-off|crowd|sell-out|sold-out|audiences?)\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# a venue named as one: listed after "venues" ("gigs at venues including X"), or a venue's noun
# in apposition ("X, a pub next to the ground"; not "X, a pub group": the noun ends the phrase)
_VENUES_LISTED_BEFORE = re.compile(r"(?<![\w-])venues,?\s+(?:such\s+as|including|like)\s+$")
_VENUE_APPOSED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:pub|bar|nightclub|restaurant|cafe|hotel|theatre|cinema|venue)"
    r"(?=[.,;:)]|\s+(?:in|on|at|near|next|where|which|that|owned|run|close|opposite|outside|off)\b)"
)

# a built place's noun in lower case after its name: "the Orlam Cross police station", "at Vell
# Moor prison"
# (the noun ends its phrase: not "X station upgrades"); not the works a company or a body builds
# and keeps ("the Vell Rail bridge", "a Tarvo Water dam")
_FACILITY_AFTER = re.compile(
    r"\s+(?:(?:police|railway|tube|bus|fire)\s+)?(?:"
    + alternation((FACILITY_WORDS - {"bridge", "tunnel", "canal", "dam"}) | {"station", "jail"})
    + r")(?=[.,;:!?)]|\s+(?:in|at|on|near|of|and|or|was|is|has|had|where|which|when|to|for|after|before|"
    r"by|with|since|said|says|were|are|will|would)\b|\s*$)"
)


def _without_places_possessive(body: str, m: Mention, mentions: list[Mention]) -> str:
    """The words before a mention, without a place's possessive right before it ("held at
    London's" | "X Centre" reads "held at" | "X Centre"; not a body's, "at Nasa's" | "X Center")."""
    if body[max(0, m.start - 3) : m.start] in ("'s ", "’s "):
        place = next((o for o in mentions if o.label == "PLACE" and o.end == m.start - 3), None)
        if place is not None:
            return body[max(0, place.start - 40) : place.start]
    return body[max(0, m.start - 40) : m.start]


def _held_at_a_bodys(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a venue's name stands after an event held at a body's hall: "told the audience at
    the University's Ada Hall", "a concert at Grobco's Velt Arena" (a body's possessive between the
    event's "at" and a name whose last word is a venue's word); no person is written so."""
    words = _POSSESSIVE_TAIL.sub("", m.text).split()
    if len(words) < 2 or words[-1].lower() not in _VENUE_WORDS or body[m.end : m.end + 2] in ("'s", "’s"):
        return False
    owner = _POSSESSIVE_BODY_BEFORE.search(body, max(0, m.start - 60), m.start)
    if owner is None:
        return False
    body_named = (
        any(o.label == "ORG" and o.start == owner.start(1) for o in mentions)
        or owner.group(1).split()[-1].lower() in BODY_WORDS  # "the University's": untagged
    )
    return body_named and _EVENT_AT.search(body[max(0, owner.start(1) - 40) : owner.start(1)]) is not None


# a body's possessive right before a name: "the University's ", "Grobco's "
_POSSESSIVE_BODY_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)['’]s $")


def venues(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """Grounds, halls and theatres are places. A venue the table knows stays that place where
    the sport rules took it for a team ("Anfield have ..."); a name the model typed an
    organisation or a person is a place where the article holds an event at it ("the match at
    X", "a concert at X") or writes "at X" and the name ends in a venue's word ("at Carling
    Academy", "at Leeds Town Hall", "at Leeds's Town Hall"), but not "analysts at X Hall" nor "a
    teacher at X Academy" (an employer), or where a name of two or more
    words stands before a built place's noun ("the Orlam Cross police station"; not a channel's
    name, "Vell Television station"). Changes `mentions` in place."""
    for m in mentions:
        if m.label not in ("ORG", "PLACE"):
            continue
        entry = table.entry(table.canonical(_POSSESSIVE_TAIL.sub("", m.text)) or "")
        if entry is not None and entry.role == "venue" and m.entity_id != entry.id:
            m.entity_id, m.label = entry.id, "PLACE"  # "Ibrox" made a team
    _firms_named_as_venues(body, mentions, table)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.entity_id].append(m)
    for entity_id, group in groups.items():
        if group[0].label not in ("ORG", "PERSON") or table.entry(entity_id) is not None:
            continue
        if entity_id.endswith("-team") or any(honorific_before(body, m.start) for m in group):
            continue
        words = _POSSESSIVE_TAIL.sub("", group[0].text).split()
        if (
            group[0].label == "PERSON"
            and len(words) >= 2
            and is_first_name(words[0])
            and not (words[-1].lower() in _VENUE_WORDS and all(_held_at_a_bodys(body, m, mentions) for m in group))
        ):
            continue  # "at Stuart Hall": a person's name
        for m in group:
            before = _without_places_possessive(body, m, mentions)
            if ANALYSTS_AT.search(before) or _STAFF_AT.search(before):
                break  # "analysts at X Hall", "a teacher at Tarbury's X Academy": an employer
            if (
                _EVENT_AT.search(before)
                or _held_at_a_bodys(body, m, mentions)
                or _VENUES_LISTED_BEFORE.search(before)  # "gigs at venues including X"
                or _VENUE_APPOSED_AFTER.match(body, m.end)  # "X, a pub next to the ground"
                or (len(words) >= 2 and words[-1].lower() in _VENUE_WORDS and _AT.search(before))
                or (
                    len(words) >= 2
                    and words[-1].lower() not in {*MEDIUM_TAIL_NOUNS, *COMPANY_WORDS, *BODY_WORDS}
                    and _FACILITY_AFTER.match(body, m.end)
                )
            ):
                for other in group:
                    other.label = "PLACE"
                break


def _firms_named_as_venues(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """A company that bears a venue's short name ("gaming group X", "shares in X", "X chairman"):
    where the article writes the table's venue only by that name, with a company's cue around two
    of its mentions (`kinds.org_cue`) and never "at X" or an event at it, it names the firm, an
    organisation of its own, not the ground. Changes `mentions` in place."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        entry = table.entry(m.entity_id)
        if entry is not None and entry.role == "venue":
            groups[m.entity_id].append(m)
    for group in groups.values():
        texts = {_POSSESSIVE_TAIL.sub("", m.text) for m in group}
        if len(texts) != 1 or sum(org_cue(body, m) for m in group) < 2:
            continue
        if any(
            _AT.search(body, max(0, m.start - 12), m.start) or _EVENT_AT.search(body[max(0, m.start - 40) : m.start])
            for m in group
        ):
            continue
        firm_id = default_id(next(iter(texts)), "ORG")
        for m in group:
            m.entity_id, m.label = firm_id, "ORG"


# a constituency: "the MP for X and Y", "the seat of X"
_CONSTITUENCY = re.compile(
    r"(?<![\w-])(?:(?:MPs?|MSPs?|MEPs?)\s+for|(?:[Ss]eat|[Cc]onstituency)\s+of)\s+(?:the\s+)?"
    r"([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})"
)
# the seat set after its noun by a comma or a bracket: "the most diverse constituency, West Ham,",
# "the constituency [West Ham]" (only a club's name is taken there for the seat: "in my constituency,
# Labour has ..." is the party's)
_CONSTITUENCY_APPOSED = re.compile(
    r"(?<![\w-])[Cc]onstituency(?:,\s+|\s*\[)([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})(?=[,\]])"
)
# a club's sport after its name: "West Ham fans", "West Ham beat Chelsea": the club, in any article
_CLUB_CUE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:fans?|supporters?|manager|boss|players?|striker|midfielder|defender|goalkeeper|"
    r"beat|drew|won|lost|chairman|side|squad|team)\b"
)
# a sentence about politics, where a club's name written as a seat's is the seat ("Voters in West Ham")
_POLITICAL_CUE = re.compile(
    r"(?<![\w-])(?:MPs?|MSPs?|[Ss]eats?|[Cc]onstituenc(?:y|ies)|[Vv]oters?|[Cc]ouncil(?:lors?)?|[Ee]lections?|"
    r"by-elections?|[Ee]lectorate|[Cc]andidates?)(?![\w-])"
)
# the seat named before its noun: "his re-election in Brent South seat", "the Ashfield constituency";
# a party's seat ("a safe Labour seat") is the party's, so only a name the table does not know
_SEAT_AFTER = re.compile(
    r"(?<![\w-])(?:in|for|the|his|her|their|[Mm]arginal|safe)\s+"
    r"([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})\s+(?:seat|constituency)\b"
)


def _a_club(entity_id: str, table: EntityTable) -> bool:
    """A sports club the table knows ("West Ham United")."""
    entry = table.entry(entity_id)
    return entry is not None and entry.kind == "club"


def constituencies(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "The MP for Sleaford and North Hykeham", "the seat of Kensington and Chelsea": the
    constituency is one place, whatever the model made of its parts (a place and a "person", a
    club). Only where the mentions there, and the gaps between them (" and ", " "), cover the
    capitalised words after the cue exactly; a person's name after it leaves them alone."""
    body = article.body
    out = mentions
    seats: set[str] = set()
    seat_of_club: dict[str, tuple[str, str]] = {}  # a club's id -> the seat's text and id ("West Ham", "west-ham")
    matches = list(_CONSTITUENCY.finditer(body))
    if "seat" in body or "constituency" in body:
        matches += _SEAT_AFTER.finditer(body)
        matches += _CONSTITUENCY_APPOSED.finditer(body)
    for match in matches:
        a, b = match.span(1)
        inside = [m for m in out if m.start < b and a < m.end]
        if not inside or inside[0].start != a or any(m.label not in ("PERSON", "ORG", "PLACE") for m in inside):
            continue
        if match.re is _CONSTITUENCY_APPOSED and not (len(inside) == 1 and _a_club(inside[0].entity_id, table)):
            continue
        if match.re is _SEAT_AFTER and any(m.label == "ORG" or table.entry(m.entity_id) is not None for m in inside):
            continue
        if inside[-1].end != b or any(
            body[x.end : y.start] not in (" ", " and ") for x, y in zip(inside, inside[1:], strict=False)
        ):
            continue
        words = body[a:b].split()
        if any(m.label == "PERSON" and honorific_before(body, m.start) for m in inside) or (
            len(words) >= 3 and is_first_name(words[-2])  # "the MEP for London Jane Hale"
        ):
            continue
        if len(inside) == 1:
            entry = table.entry(inside[0].entity_id)
            if entry is not None and entry.label == "PLACE":
                continue
            inside[0].label = "PLACE"
            if entry is not None:
                inside[0].entity_id = slugify(inside[0].text)  # "West Ham": the seat, not the club
                if _a_club(entry.id, table):
                    seat_of_club[entry.id] = (inside[0].text, inside[0].entity_id)
            seats.add(inside[0].entity_id)
            continue
        text = body[a:b]
        merged = Mention(slugify(text), text, "PLACE", a, b, inside[0].paragraph)
        out = sorted([m for m in out if m not in inside] + [merged], key=lambda m: (m.start, -m.end))
        seats.add(merged.entity_id)
    sentences = split_sentences(body) if seat_of_club else []
    for m in out:
        if m.entity_id in seats and table.entry(m.entity_id) is None:
            m.label = "PLACE"  # the seat's other mentions ("Bethnal Green and Bow" without the cue)
        elif (
            m.entity_id in seat_of_club
            and m.text == seat_of_club[m.entity_id][0]
            and not _CLUB_CUE_AFTER.match(body, m.end)
            and any(a <= m.start < b and _POLITICAL_CUE.search(body, a, b) for a, b in sentences)
        ):
            # "Voters in West Ham" in the article of "the MP for West Ham": the seat, written as the
            # seat is and in a sentence about politics; the club's full name ("West Ham United"), its
            # sport ("West Ham fans", "West Ham were beaten") and another article's "West Ham" stay the club's
            m.entity_id, m.label = seat_of_club[m.entity_id][1], "PLACE"
    if _ELECTORAL.search(body):
        _compass_seats(body, out, table)
    return out


# an article about seats and elections, and a seat's name: a town and a compass point ("Leeds
# Central", "Brent South"); a person of that name is addressed, speaks or is described ("Mr Oliver
# North", "Michael East said", "East, who")
_ELECTORAL = re.compile(r"\b(?:constituenc(?:y|ies)|seats?|MPs?|by-election|majority|marginal)\b")
_COMPASS_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)? (?:North|South|East|West|Central)$")
_SPEAKS_AFTER_NAME = re.compile(r"(?:['’]s)?,?\s+(?:said|says|told|added|who|insisted|argued|claimed)\b")


def _compass_seats(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """A "person" named a town and a compass point in an article about seats is the seat, a
    place, decided over all the entity's mentions. Changes `mentions` in place."""
    for group in untabled_people(mentions, table):
        if not all(_COMPASS_NAME.match(m.text) for m in group):
            continue
        if any(
            honorific_before(body, m.start)
            or _SPEAKS_AFTER_NAME.match(body, m.end)
            or is_person_by_role(body, m.start, m.text)
            for m in group
        ):
            continue
        for m in group:
            m.label = "PLACE"


# a band: "the band X", "rock group X", "X frontman Y" (a person's name after it)
# (the band's own "The" may stand between: "rock group The Pellows", "soul group the Vells")
_BAND_BEFORE = re.compile(
    rf"(?<![\w-])(?:bands|{_ACT_NOUNS})(?P<like>,?\s+(?:such\s+as|like|including))?"
    r"\s+(?:[Tt]he\s+)?$"
)
# music's genres: "rock group X", "Pop singer X" (a genre, not a band's name)
MUSIC_GENRES = frozenset(
    {"rock", "pop", "indie", "punk", "metal", "rap", "blues", "soul", "folk", "jazz", "reggae", "gospel"}
    | {"country", "dance", "opera", "hip-hop", "garage", "funk", "grime", "classical", "techno", "disco"}
)
# a genre may be the second half of a compound ("electro-rock group X")
_BAND_BEFORE_ARTICLE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
        for w in ("the", "a", "by", "from", "boy", "girl", "operatic", "singing", *sorted(MUSIC_GENRES))
    )
    + r")\s+"
)
_NOT_A_BAND = re.compile(
    r"(?<![\w-])(?:wedding|rubber|elastic|arm|head|wrist|waist|tax|age|price|pay|frequency)\s+$", re.I
)
# a band's member, named after the band ("X frontman Y", "X lead singer Y")
_MEMBER_WORDS = r"(?:lead\s+)?(?:frontman|frontwoman|singer|vocalist|guitarist|bassist|drummer|keyboardist)"
_BAND_AFTER = re.compile(r"^(?:['’]s)?\s+" + _MEMBER_WORDS + r"\s+[A-Z]")
# a band's name the model left untagged before a member's word and the member's name: "Velt singer
# Tom Pell", "The Grobs drummer Tom Pell"
_BAND_BEFORE_MEMBER = re.compile(
    r"(?<![\w’'&-])((?:The\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2})\s+" + _MEMBER_WORDS + r"\s+(?=[A-Z])"
)
_MUSIC_WORDS = re.compile(
    r"\b(?:songs?|singles?|albums?|bands?|gigs?|concerts?|tours?|music|chart|charts|singer|rock|pop|festival)\b",
    re.IGNORECASE,
)


# a one-word place and "group" right before a name: "Glasgow group X" ("Bristol duo X and Y" may
# name two people)
_PLACES_ACT_BEFORE = re.compile(r"(?<![\w’'-])(?P<place>[A-Z][a-z]+)\s+group\s+(?:[Tt]he\s+)?$")


def _after_places_act(body: str, m: Mention, places: set[int]) -> bool:
    """ "Glasgow group Franz Ferdinand": a name after a place (a mention typed a place starts at
    one of `places`) and "group" (in an article about music, where `bands` asks it) is a band's,
    not a person's."""
    cue = _PLACES_ACT_BEFORE.search(body, max(0, m.start - 40), m.start)
    return cue is not None and cue.start("place") in places


def bands(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """A name the model took for a person or a place that the article writes as a band ("the
    band X", "rock group X", "X frontman Y") is an organisation, in an article about music; an
    honorific makes it a person. The table's entries are kept. Changes `mentions` in place."""
    if not about_music(body):
        return
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.entity_id].append(m)
    listed = _listed_with_bands(body, mentions)
    places = {m.start for m in mentions if m.label == "PLACE" and " " not in m.text}
    for entity_id, group in groups.items():
        if group[0].label not in ("PERSON", "PLACE", "NORP") or table.entry(entity_id) is not None:
            continue
        if any(honorific_before(body, m.start) for m in group):
            continue
        runs = listed.get(entity_id, 0)
        if (
            runs
            and all(" " not in m.text for m in group)
            and (not is_first_name(group[0].text) or runs >= 2 and runs == len(group))
        ):
            # "the Foo Fighters and Keane are among the acts"; a first name ("Keane", "Madonna")
            # asks for every mention listed among bands, twice or more
            for m in group:
                m.label = "ORG"
            continue
        for m in group:
            if (
                _written_after_band(body, m)
                or (m.label == "PERSON" and _after_places_act(body, m, places))  # "Glasgow group X"
                or (m.label != "NORP" and _BAND_AFTER.match(body[m.end : m.end + 30]))  # not "French singer X"
                or (m.label == "PERSON" and _plural_after_the(body, m))
            ):
                for other in group:
                    other.label = "ORG"
                break
    _bands_listed_with_a_band(body, mentions, table)
    _acts_listed(body, mentions, table)


# a list named as bands around it: "bands such as X, Y and Z", "X, Y and Z are among the other
# bands playing"; or as acts ("X, Y and Z are among the other acts performing"), an act a band or
# a singer ("a single featuring Lil Tarn and Ludacris" names two rappers)
_BANDS_LIST_BEFORE = re.compile(r"(?<![\w-])(?:bands|groups),?\s+(?:such\s+as|including|like)\s+(?:[Tt]he\s+)?$")
_ACTS_LIST_AFTER = re.compile(
    # the list's last name may be one the model left untagged ("X, Y and Teenage Velts are among")
    r"(?:,?\s+and\s+(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    r"\s+(?:are|were|will\s+be)\s+(?:also\s+)?among\s+the\s+(?:other\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>acts|bands|groups|performers)(?![\w-])"
)
# a place's cue before a name: "a gig in X", "the band from X"
_GIG_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|from|near|to)\s+$")


def _acts_listed(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """In an article about music, a list the article gives as bands ("bands such as X, Y and Z",
    "X, Y and Z are among the bands playing"), or as acts with a band's name in it ("Velt Drift, Y
    and Z are among the other acts"; an act may be a singer), names bands: a "person" or a "place"
    of it that no person's name is shaped like (one word, no first name: "Idlewild", a state's name
    for a band) is a band, an organisation. A first name ("Keane") or a name of two words ("Jools
    Velt", "Deacon Blue") is left as it is (a singer may be listed so); so is an entity written
    with an honorific, after "in" or "from" (a place), or with a possessive (a venue's town), and
    the table's entries. Changes `mentions` in place."""
    listed: set[str] = set()
    for run in name_lists(mentions, body, BAND_LIST_GAP):
        after = _ACTS_LIST_AFTER.match(body, run[-1].end)
        if (
            _BANDS_LIST_BEFORE.search(body, max(0, run[0].start - 30), run[0].start)
            or (after is not None and after.group("noun") in ("bands", "groups"))
            # acts: a band or a singer, so only a list that holds a band already ("Velt Drift") and
            # no one named as a person ("The Harrow Lights, Marrin and Tom Hale are among the acts")
            or (
                after is not None
                and any(m.label == "ORG" for m in run)
                and not any(m.label == "PERSON" and (" " in m.text or is_first_name(m.text)) for m in run)
            )
        ):
            listed.update(m.entity_id for m in run if m.label in ("PERSON", "PLACE"))
    if not listed:
        return
    for entity_id, group in groups_by_entity(mentions).items():
        if entity_id not in listed or table.entry(entity_id) is not None:
            continue
        if (
            " " in group[0].text
            or is_first_name(group[0].text)
            or any(
                honorific_before(body, m.start)
                or _GIG_PLACE_BEFORE.search(body, max(0, m.start - 6), m.start)
                or body[m.end : m.end + 2] in ("'s", "’s")
                for m in group
            )
        ):
            continue
        for m in group:
            m.label = "ORG"


def _band_shaped(body: str, m: Mention) -> bool:
    """A name of two words or more (a leading "The" aside) whose first word is no known first name,
    with no honorific: "Iron Maiden", "Sex Pistols"; not "Joss Stone", "Mr Pell"."""
    words = m.text.removeprefix("The ").split()
    return len(words) >= 2 and not is_first_name(words[0]) and not honorific_before(body, m.start)


def _bands_listed_with_a_band(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """In an article about music, a list holding a band's name by its shape (`_band_shaped`, its
    last word a common noun's plural: "Sex Pistols", "Kaiser Chiefs"; no person is named so) is a
    list of acts: that name and every other "person" of the list of that shape ("Led Zeppelin,
    Iron Maiden and Sex Pistols", "Girls Aloud, Akon and Kaiser Chiefs") are bands, organisations.
    A one-word name ("Akon") or a first name and a surname ("Joss Stone") is left as it is; so is
    an entity written with an honorific anywhere, and the table's entries. Changes `mentions` in place."""
    bands_at: set[int] = set()
    for run in name_lists(mentions, body, BAND_LIST_GAP):
        if any(_band_shaped(body, m) and plural_noun(m.text.split()[-1]) for m in run):
            bands_at.update(id(m) for m in run if m.label == "ORG" or _band_shaped(body, m))
    if not bands_at:
        return
    for entity_id, group in groups_by_entity(mentions).items():
        if (
            group[0].label == "PERSON"
            and table.entry(entity_id) is None
            and any(id(m) in bands_at for m in group)
            and not any(honorific_before(body, m.start) for m in group)
        ):
            for m in group:
                m.label = "ORG"


def about_music(body: str) -> bool:
    """Whether an article speaks of music: two music words or more ("album", "band", "gig")."""
    return len(set(w.lower() for w in _MUSIC_WORDS.findall(body))) >= 2


def _written_after_band(body: str, m: Mention | Span) -> bool:
    """Whether this mention is written after "band" as a band's name ("Bristol band X", "the rock
    group X", "bands such as X"); not after a ring's or a scale's band ("wedding bands", "pay band")."""
    before = body[max(0, m.start - 30) : m.start]
    cue = _BAND_BEFORE.search(before)
    return (
        cue is not None
        # "band" says it whatever comes before ("Bristol band X", "his band X"); "group",
        # "duo" need a music word or an article ("skating duo X", "products group X"); a
        # ring, a strap or a scale is no band ("wedding bands Ozzy gave her", "the pay band")
        and not _NOT_A_BAND.search(before[: cue.start()])
        and (
            cue.group(0).rstrip() == "band"
            # "bands like X", "bands such as X": the plural says it is about music
            or (cue.group(0).startswith("bands") and cue.group("like") is not None)
            or _BAND_BEFORE_ARTICLE.search(before[: cue.start()][-12:] + " ") is not None
        )
    )


# a plural verb right after a sentence's subject: "X were the big winners", "X have topped a poll"
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:were|are|have)(?![\w’'-])")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# after a group's name: a verb (a plural one or a past tense) or the clause's end
_GROUP_NAME_ENDS = re.compile(r"\s*[,.;:!?)]|\s+(?:were|are|have|had|[a-z]+ed|beat|won|lost)(?![\w’'-])")


def _plural_last_word(name: str) -> bool:
    """ "Velt Hornets", not "Tom Banks's" nor "Ann Ross"."""
    last = name.split()[-1]
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))


def plural_subjects(body: str, mentions: list[Mention], table: EntityTable) -> None:
    """A "person" that opens a sentence with a plural verb right after it ("Snow Harbour were the
    big winners", "Merrow Lynch are sole bookrunners") is a group: a band, a team or a company, an
    organisation; a person takes "was", "is", "has". Only a name of several words or an acronym;
    an honorific anywhere keeps the person; the table's entries are kept. Changes `mentions` in place."""
    for group in untabled_people(mentions, table):
        if any(honorific_before(body, m.start) or split_name(m.text)[0] for m in group):
            continue  # "the Rev Ann Jones", "Ms Jones": a person
        # a name of several words or an acronym: a one-word name is left to the sport's cues
        # ("Durnholm were absent" may be a surname's plural subject, "the Durnholms"); every place
        # the name is written counts, the model often leaves the opening sentence's name untagged
        names = {m.text for m in group if " " in m.text or m.text.isupper()}
        # one word after its own capital "The" ("The Pellows have split", "The Grimwald are"): no
        # person's name takes "The", a band's does; not a family's plural ("The Durnholms")
        named_the = {m.text for m in group if " " not in m.text and not m.text.endswith("s")}
        if (
            any(
                SENTENCE_OPENING.search(body, max(0, start - 6), start) and _PLURAL_VERB_AFTER.match(body, end)
                for name in names
                for start, end in written_whole(name, body)
            )
            or any(
                SENTENCE_OPENING.search(body, max(0, start - 10), start - 4)
                and body.startswith("The ", start - 4)
                and _PLURAL_VERB_AFTER.match(body, end)
                for name in named_the
                for start, end in written_whole(name, body)
            )
            or any(
                # "the Velt Hornets beat ...", "... against the Velt Hornets.": a plural name after
                # "the", then a verb or the clause's end (not "the Tom Banks affair", a name as modifier)
                _THE_BEFORE.search(body, max(0, start - 5), start) and _GROUP_NAME_ENDS.match(body, end)
                for name in names
                if _plural_last_word(name)
                for start, end in written_whole(name, body)
            )
        ):
            for m in group:
                m.label = "ORG"


# "with The Stone Roses", "tip The Killers": a capital "The" inside a sentence
_CAPITAL_THE_BEFORE = re.compile(r"(?<=[a-z,;:] )The $")


def _plural_after_the(body: str, m: Mention) -> bool:
    """A "person" written after a capital "The" inside a sentence whose last word is a plural ("was
    lead singer with The Stone Roses", whatever its first word): a band's name, as no one person is
    named in the plural; a name that is one ("The Edge", "The Game") is not."""
    last = m.text.split()[-1]
    return (
        _CAPITAL_THE_BEFORE.search(body, max(0, m.start - 8), m.start) is not None
        and len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "'s", "’s"))
    )


def _listed_with_bands(body: str, mentions: list[Mention]) -> Counter[str]:
    """How many times each one-word person of an article about music is listed among bands only:
    every other name of the list an organisation, one of them written "the X" ("the Foo Fighters
    and X", "X and The Streets"), as bands are and people are not."""
    ids: Counter[str] = Counter()
    for run in name_lists(mentions, body, BAND_LIST_GAP):
        people = [m for m in run if m.label == "PERSON"]
        others = [m for m in run if m.label != "PERSON"]
        if (
            len(people) == 1
            and others
            and all(m.label == "ORG" for m in others)
            and any(body[max(0, m.start - 4) : m.start] in ("the ", "The ") for m in others)
        ):
            ids[people[0].entity_id] += 1
    return ids


def longer_names(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A company's division or venture is its own entity wherever it is written: "Sony Ericsson"
    (a known company and a word, as `_company_division` accepts) found once in full is that
    company again where the model split it ("Sony" and "Ericsson"), not its first word's company.
    Only an exact repeat whose first word was found as an organisation moves."""
    body = article.body
    longer: dict[str, str] = {}
    for m in mentions:
        text = _POSSESSIVE_TAIL.sub("", m.text)
        words = text.split()
        head = table.entry(table.canonical(words[0]) or "") if len(words) == 2 else None
        if (
            m.label == "ORG"
            and head is not None
            and head.label == "ORG"
            and table.entry(m.entity_id) is None
            and _company_division(text, Span(0, len(text), "ORG"), Span(0, len(words[0]), "ORG"), table)
        ):
            longer.setdefault(text, m.entity_id)  # "Sony Ericsson", "BBC Broadcast"
    if not longer:
        return mentions
    out = list(mentions)
    changed = False
    for text, entity_id in longer.items():
        for a, b in written_whole(text, body, possessive=True):
            inside = [m for m in out if m.start < b and a < m.end]
            if any(m.start < a or m.end > b for m in inside):
                continue  # part of a longer name still
            if len(inside) == 1 and inside[0].start == a and inside[0].end >= b - 0:
                continue  # the name itself
            if not inside or any(m.label not in ("ORG", "PERSON", "PLACE", "NORP") for m in inside):
                continue  # never added where nothing was found: only split names are joined
            if not any(m.label == "ORG" and m.start == a for m in inside):
                continue  # its first word must be an organisation ("Sony"), not a person's name
            paragraph = inside[0].paragraph
            out = [m for m in out if not (a <= m.start and m.end <= b)]
            out.append(Mention(entity_id, body[a:b], "ORG", a, b, paragraph))
            changed = True
    return sorted(out, key=lambda m: (m.start, -m.end)) if changed else mentions


def _names_of_its_own(names: Counter[str], entity_id: str, table: EntityTable) -> Counter[str]:
    """An entity's names but those the table gives another entity ("The Sun", the paper's, of the
    firm "Sun Microsystems" whose product "The Sun Grid" opens a sentence) where a name of its own
    is as long: a name is never shown by another's spelling in place of its own. A longer name the
    table gives another stays ("Great Britain", the country's, of the team also written "GB"). A
    club's nickname the table gives ("Tigers", merged into "Leicester") is never shown while the
    entity has another name, however often it is written."""
    own = Counter({t: n for t, n in names.items() if table.canonical(t) in (None, entity_id)})
    longest = max((len(t.split()) for t in own), default=0)
    shown = own + Counter({t: n for t, n in names.items() if t not in own and len(t.split()) > longest})
    named = Counter({t: n for t, n in shown.items() if not table.nicknamed(re.sub(r"['’]s?$", "", t))})
    return named or shown  # "Leicester" and "Tigers" (kinds.club_nicknames): the club's name, never its nickname


def aggregate(mentions: list[Mention], table: EntityTable, body: str) -> list[Entity]:
    """One `Entity` per canonical id, most mentioned first. `body`, the article's text, lets a
    person's name take in a peer's title the mentions leave out (`_shown_name`); required, as every
    caller has the text ("" names each entity from its mentions alone)."""
    entities = []
    for entity_id, group in groups_by_entity(mentions).items():
        entry = table.entry(entity_id)
        texts = Counter(m.text for m in group)
        if entry is not None:
            name, label, role = entry.name, entry.label, entry.role
        else:
            label = Counter(m.label for m in group).most_common(1)[0][0]
            names = Counter(_shown_name(body, m) if label == "PERSON" else m.text for m in group)
            name = chosen_name(_names_of_its_own(names, entity_id, table), label)
            role = None
        titles = sorted({t for m in group if (t := office_before(body, m.start))}) if label == "PERSON" else []
        entities.append(Entity(entity_id, name, label, role, sorted(texts), len(group), titles))
    entities.sort(key=lambda e: (-e.count, e.name))
    return entities


# the capitalised words right before a name, each a word of a title ("US President", "Prime Minister")
_TITLE_RUN_BEFORE = re.compile(r"((?:[A-Z][a-z]+ )+)$")  # one line: a heading above is no title
# the offices one person holds at a time, or a member of a parliament: what tells namesakes apart
_OFFICES_TOLD = STATE_OFFICES | LEGISLATOR_TITLES | RELIGIOUS_OFFICES


def office_before(body: str, start: int) -> str | None:
    """The office written right before a name at `start`, lower case, with the capitalised words
    that say whose it is: "president" for "President Bush", "us president" for "US President
    Bush", "grobco president" for "Grobco President Velt", "prime minister" for "Prime Minister Tom
    Pell" (a sentence's opening words left out: "Since President Velt"); None when no office of
    `_OFFICES_TOLD` ends the capitalised words before it ("Mr"), after a possessive ("Dorran's Prime
    Minister": whose is not written in the title), and when it was held once ("Former President",
    "the then President", "ex-President": two holders of one office over time)."""
    found = _TITLE_RUN_BEFORE.search(body, max(0, start - 60), start)
    if found is None:
        return None
    words = [w.lower() for w in found.group(1).split()]
    if words[-1] not in _OFFICES_TOLD:
        return None
    before = body[max(0, found.start() - 20) : found.start()]
    letters = re.search(r"(?<![\w’'-])([A-Z]{2,}) $", before)  # "US President", "FIFA President"
    hyphened = re.search(r"(?<![\w’'-])([A-Z][a-z]+)-$", before)  # "Vice-President": another office
    if hyphened is not None:
        words[0] = f"{hyphened.group(1).lower()}-{words[0]}"
    # the word before the title, or before its owner's letters ("Former US President")
    held = before.split()[-2:] if letters is not None else before.split()[-1:]
    if re.search(r"['’]s\s*$", before) or once_held(" ".join([*held, found.group(1)])):
        return None  # "Dorran's Prime Minister", "Former President", "the then President"
    if letters is not None:
        words.insert(0, letters.group(1).lower())
    title = [words[-1]]
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        if all(w in OPENING_WORDS or w in WEEKDAYS or w in MONTH_NAMES for w in words[: i + 1]):
            break  # "Since President Velt", "On Tuesday President Velt": the sentence's opening
        title.insert(0, word)  # whose office it is kept: "us president", "grobco president" (`same_office`)
    return " ".join(title)


# --- the rule-based tagger (no model) ------------------------------------------

_DATE = re.compile(
    rf"\b(?:(?:early|late|mid-)\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    rf"|\b(?:{_WEEKDAYS})\b"
    r"|\b(?:1[89]\d\d|20\d\d)\b"
)
_CAPITALISED = re.compile(r"[A-Z][\w’'\-.]*[\w]|[A-Z]")
_CONNECTORS = {"of", "for", "and", "de", "von", "van"}
_ORG_WORDS = {
    "Council",
    "Foundation",
    "Ministry",
    "Service",
    "Institute",
    "Times",
    "Agency",
    "Party",
    "Union",
    "University",
    "Center",
    "Centre",
    "Parliament",
    "Organization",
    "Organisation",
    "Bank",
    "Company",
    "Committee",
    "Commission",
    "Group",
    "News",
    "Post",
    "Radio",
    "TV",
    "Forces",
    "Army",
    "Government",
}
_NORP_SUFFIX = PEOPLES_WORD_END
_TITLES = {
    "President",
    "Minister",
    "Prime",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Finance",
    "Deputy",
    "Spokesman",
    "Spokeswoman",
    "Leader",
    "Adviser",
    "Advisor",
    "Commentator",
    "General",
    "Director",
    "Chancellor",
    "Secretary",
    "Ambassador",
    "Senator",
    "Governor",
    "Mayor",
    "Chairman",
    "Economist",
    "Analyst",
    "Former",
    "Opposition",
    "State",
    "Sir",
    "Lord",
    "Judge",
    "Colonel",
    "Captain",
}
_FUNCTION_WORDS = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "As",
    "If",
    "So",
    "Yet",
    "Nor",
    "For",
    "Of",
    "To",
    "By",
    "With",
    "From",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    *SENTENCE_ADVERBS,
    "Despite",
    "Although",
    "According",
    "Even",
    "Many",
    "Some",
    "All",
    "Such",
    "There",
    "Here",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "One",
    "Two",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Prime",
    "Minister",
}


def _sentence_starts(text: str) -> set[int]:
    starts = {0}
    for match in re.finditer(r"[.!?…][”\"’)]*\s+|\n+", text):
        starts.add(match.end())
    return starts


def rule_spans(text: str, offset: int = 0) -> list[Span]:
    """Dates, money, percentages and capitalised phrases, without a model."""
    spans: list[Span] = []
    for quantity in parse_quantities(text):  # sums and percentages as belreader.quantities reads them
        if quantity.is_money or quantity.is_percent:
            spans.append(Span(quantity.start, quantity.end, "MONEY" if quantity.is_money else "PERCENT"))
    spans += [Span(match.start(), match.end(), "DATE") for match in _DATE.finditer(text)]
    starts = _sentence_starts(text)
    words = list(_CAPITALISED.finditer(text))
    groups: list[list[re.Match]] = []
    for word in words:
        if groups:
            gap = text[groups[-1][-1].end() : word.start()]
            if gap == " " or (
                gap.strip() in _CONNECTORS and gap.startswith(" ") and gap.endswith(" ") and len(gap.split()) == 1
            ):
                groups[-1].append(word)
                continue
        groups.append([word])
    for group in groups:
        while group and (
            group[0].group(0) in _FUNCTION_WORDS
            or group[0].group(0) in _TITLES
            or (len(group) > 1 and _NORP_SUFFIX.search(group[0].group(0)) and group[-1].group(0) not in _ORG_WORDS)
        ):
            group = group[1:]  # "Russian President Vladimir Putin" -> "Vladimir Putin"
        if not group:
            continue
        start, end = group[0].start(), group[-1].end()
        phrase_words = [w.group(0) for w in group]
        at_sentence_start = start in starts
        if len(phrase_words) == 1:
            word = phrase_words[0]
            if _NORP_SUFFIX.search(word):
                spans.append(Span(start, end, "NORP"))
            elif not at_sentence_start and len(word) > 1:
                # kept only if the table or an earlier full name in the article knows it
                spans.append(Span(start, end, "ORG" if word.isupper() else UNKNOWN))
            continue
        if phrase_words[-1] in _ORG_WORDS or any(w.isupper() for w in phrase_words):
            label = "ORG"
        elif len(phrase_words) <= 3:
            label = "PERSON"
        else:
            label = "ORG"
        spans.append(Span(start, end, label))
    spans = [Span(s.start + offset, s.end + offset, s.label) for s in spans]
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    result: list[Span] = []
    for span in spans:
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    return result


def model_spans_from_doc(doc, offset: int) -> list[Span]:
    spans = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is not None:
            spans.append(Span(offset + ent.start_char, offset + ent.end_char, label))
    return spans


def ascii_surname(name: str) -> str:
    """The last word of a name, transliterated to ascii and lowercased."""
    words = unidecode(name).lower().split()
    return re.sub(r"[^a-z\-]", "", words[-1]) if words else ""


# --- text in wire style: Reuters as CoNLL-2003 renders it (one sentence a line, tokens spaced),
# AP and US papers. Each rule fires on a shape BBC house style does not write: a dateline, a line
# of results, a headline written wholly in capitals.

# a run of words in capitals (a dateline's city, "AL-AIN", "NEW YORK", "ST. LOUIS")
_CAPS_WORDS = r"[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.]){0,3}"
# Reuters' dateline alone on its line, as CoNLL gives it: "LONDON 1996-08-30", "AL-AIN , United
# Arab Emirates 1996-12-06" (the country after the comma is a place as well)
# (its groups named as claims.vocabulary.DATELINE's, the dateline opening a first paragraph)
_DATELINE_LINE = re.compile(
    rf"(?P<city>{_CAPS_WORDS})(?: ?, (?P<state>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}))? \d{{4}}-\d{{2}}-\d{{2}}"
)
# a name in a line of results: capitalised words, no digits
_RESULT_NAME = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
# "Velmar 3 Grobton 1", "Bath 34 , Harlequins 20", "Hartford 3 BUFFALO 3 ( OT )", "Tarnby 1 Pellow 1
# ( Tarnby win 4-2 on penalties )": two sides and their scores, the whole line (a bracket after it
# says how the game ended)
_SCORE_LINE = re.compile(rf"({_RESULT_NAME}) \d{{1,3}} ?,? ({_RESULT_NAME}) \d{{1,3}}(?: \( ?[\w -]{{1,40}}? ?\))?")
# "Grobchester 3 2 1 0 6 2 7", "MIAMI 13 4 .765 -", "Utah 13 3 .813 1 1/2": a side and its row of
# a table (goals and points, or won, lost, percentage and games behind), the whole line
_TABLE_ROW = re.compile(
    rf"({_RESULT_NAME})(?:(?: \d{{1,3}}){{3,}}|(?: \d{{1,3}}){{2,3}} \.\d{{3}}(?: -| \d{{1,2}}(?: 1/2)?| 1/2)?)"
)
# a heading inside a table of standings: "EASTERN CONFERENCE", "ATLANTIC DIVISION", "GROUP C"
_TABLE_HEADING = re.compile(r"(?:[A-Z]+ )+(?:CONFERENCE|DIVISION)|GROUP [A-Z1-9]")


def _shouted(text: str) -> bool:
    """A paragraph written wholly in capitals, two words or more ("SOCCER - VELMAR BEAT GROBTON .")."""
    return not re.search(r"[a-z]", text) and len(re.findall(r"[A-Z]{2,}", text)) >= 2


def _replace_inside(article: Article, mentions: list[Mention], added: list[Span]) -> list[Mention]:
    """`mentions` without those overlapping an added span, with the added spans; another mention
    of an entity so dropped, of the same words as an added span, is of that span's entity and type
    ("Tarnby 2 Reading 1" made a team, "Reading" the model took for a person later in the article is
    the team too), unless the model typed it a place ("Wales 24 England 18" made a team, "hotels
    across Wales" stays the country); a place of the same words as an added organisation that
    opens its sentence with a team's cue, or in the paragraph after, is that organisation
    (`_side_opening`: "Portugal lead group nine" after "Portugal 1 ( Joao Pelleira 61 )")."""
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in added)]
    dropped = {m.entity_id for m in mentions if any(m.start < s.end and s.start < m.end for s in added)}
    added = sorted(added, key=lambda s: (s.start, -s.end))  # to_mentions walks the paragraphs in order
    new = to_mentions(article, added)
    by_text = {n.text.lower(): n for n in new}  # "Philadelphia" after "PHILADELPHIA 3" too
    kept = [
        Mention(n.entity_id, m.text, n.label, m.start, m.end, m.paragraph)
        if (n := by_text.get(m.text.lower())) is not None
        and (
            (m.entity_id in dropped and m.label != "PLACE")
            or (m.label == "PLACE" and n.label == "ORG" and _side_opening(article.body, m, new))
        )
        else m
        for m in kept
    ]
    return sorted(kept + new, key=lambda m: (m.start, -m.end))


def _side_opening(body: str, m: Mention, new: list[Mention]) -> bool:
    """Whether the place `m` opens its sentence as a side a score line named does: a team's cue
    after it ("Portugal beat", "Portugal have"), or in a score line's paragraph or the one after
    the block of them ("Portugal lead group nine"); not a country's news further on ("Portugal
    raised taxes")."""
    if not (m.start == 0 or SENTENCE_OPENING.search(body, max(0, m.start - 4), m.start)):
        return False
    return bool(TEAM_AFTER.search(body[m.end : m.end + 60])) or any(0 <= m.paragraph - n.paragraph <= 1 for n in new)


def _id_of_same(text: str, mentions: list[Mention], label: str) -> str | None:
    """The entity of a mention of the same words (any case) and type elsewhere, when only one."""
    ids = {m.entity_id for m in mentions if m.label == label and m.text.lower() == text.lower()}
    return next(iter(ids)) if len(ids) == 1 else None


def _opening_dateline(article: Article, mentions: list[Mention], paragraph: Paragraph) -> re.Match[str] | None:
    """The dateline opening the article's first paragraph ("WASHINGTON (AP) —", "SACRAMENTO, Calif.
    —"), where claims/spans.py's `dateline_end` reads one (not "UEFA — the governing body — said",
    an aside): its `DATELINE` match, unless its city is a word the model typed an organisation with
    only a dash after it, or a desk's label (`KICKERS`: "EXCLUSIVE —", "ANALYSIS —"), or a sport's
    word opening a headline ("SOCCER -- ...")."""
    if paragraph.index != article.paragraphs[0].index or dateline_end(article.body, paragraph.start) is None:
        return None
    match = DATELINE.match(article.body, paragraph.start, paragraph.end)
    if match is None:
        return None
    a, b = match.span("city")
    bare = not (match["region"] or match["date"] or match["agency"])  # "UNITED NATIONS (AP) —" is one
    if bare and any(m.label == "ORG" and m.start < b and a < m.end for m in mentions):
        return None
    words = match["city"].lower().split()
    return None if any(w in KICKERS or w in SPORT_NAMES for w in words) else match


def wire_datelines(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A dateline's city is a place: "LONDON 1996-08-30" alone on one of an article's first three
    lines (Reuters as CoNLL gives it) or on the line after a headline in capitals (a file of BRIEF
    items, each its headline and dateline), "WASHINGTON (AP) —", "SACRAMENTO, Calif. —" or "MOSCOW,
    December 4 (TASS) —" opening its first paragraph (`_opening_dateline`); so is the state or country
    after its comma. Nothing else in the paragraph changes; a capitalised opening without a dash or an
    agency ("UK SALES FALL") is no dateline."""
    body = article.body
    added: list[Span] = []
    after_headline = [p for before, p in pairwise(article.paragraphs) if _shouted(body[before.start : before.end])]
    for paragraph in dict.fromkeys([*article.paragraphs[:3], *after_headline]):
        line = _DATELINE_LINE.fullmatch(body, paragraph.start, paragraph.end)
        if line is not None and any(w in SPORT_NAMES for w in line["city"].lower().split()):
            continue  # "SOCCER 1996-08-30"
        match = line or _opening_dateline(article, mentions, paragraph)
        if match is None:
            continue
        for group in ("city", "state"):
            if match[group] is None:
                continue
            a, b = match.span(group)
            word = body[a:b]
            title = word.title() if word.isupper() else word
            entity_id = _id_of_same(word, mentions, "PLACE") or table.canonical(title) or slugify(title)
            added.append(Span(a, b, "PLACE", entity_id=entity_id))
    return _replace_inside(article, mentions, added)


# Reuters' sources line closing an item, as CoNLL gives it: "-- Moscow Newsroom +7 095 941 8520",
# "-- Chicago Newsdesk 312 408 8787" (the desk is the agency's office: an organisation, its city
# and all)
_SOURCES_LINE = re.compile(r"--\s*(?P<desk>(?:[A-Z][\w.'’-]*\s){1,3}News(?:room|desk))(?![\w’'-])")


def wire_newsrooms(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """The desk a Reuters sources line names ("-- Moscow Newsroom +7 095 941 8520", a paragraph of
    its own) is an organisation, whatever the model made of its words ("Moscow" a place); the city
    named elsewhere in the article stays a place."""
    body = article.body
    added: list[Span] = []
    for paragraph in article.paragraphs:
        line = _SOURCES_LINE.match(body, paragraph.start, paragraph.end)
        if line is not None:
            desk = line["desk"]
            a, b = line.span("desk")
            added.append(Span(a, b, "ORG", entity_id=table.canonical(desk) or slugify(desk)))
    return _replace_inside(article, mentions, added)


def _a_golfers_rounds(text: str, name: str, paragraph: Paragraph, mentions: list[Mention]) -> bool:
    """A table row that is a golfer's rounds ("Retvik Grosen 68 70 69"): every number a round's
    score (60 to 80), or a name of two words whose last is a person's elsewhere ("Grosen said"; a
    one-word side the model typed a person is still a side)."""
    columns = text[len(name) :].split()
    if all(n.isdigit() and 60 <= int(n) <= 80 for n in columns):
        return True
    words = name.split()
    last = words[-1]
    return len(words) > 1 and any(
        m.label == "PERSON" and m.text.split()[-1] == last and not paragraph.start <= m.start < paragraph.end
        for m in mentions
    )


def _standings_row(match: re.Match[str], text: str) -> bool:
    """A table row of six columns or more ("Bradford Tarns 21 15 0 6 655 480 30": played, won,
    drawn, lost, for, against, points), a side's and no golfer's (whose row is his rounds and total)."""
    return match.re is _TABLE_ROW and len(text[match.end(1) :].split()) >= 6


def wire_results(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A line that is only two sides and their scores ("Velmar 3 Grobton 1") or a side and its row
    of a table ("Grobchester 3 2 1 0 6 2 7") names teams: organisations, whatever the model made of
    the line; the same name written elsewhere in the article and left untagged is the team too,
    and a heading of the table ("EASTERN CONFERENCE", "GROUP C") names nothing.
    Not a name of two words or more opening on a first name ("Tom Pell 66 68 70": a golfer's
    rounds) outside a row of standings (`_standings_row`), nor a row of rounds (`_a_golfers_rounds`), nor a line with anything else on it."""
    body = article.body
    added: list[Span] = []
    headings: list[Paragraph] = []
    for paragraph in article.paragraphs:
        text = body[paragraph.start : paragraph.end]
        match = _SCORE_LINE.fullmatch(text) or _TABLE_ROW.fullmatch(text)
        if _TABLE_HEADING.fullmatch(text):
            headings.append(paragraph)
        if match is None or (match.re is _TABLE_ROW and _a_golfers_rounds(text, match.group(1), paragraph, mentions)):
            continue
        for group in range(1, (match.lastindex or 0) + 1):
            name = match.group(group)
            words = name.split()
            a = paragraph.start + match.start(group)
            if (
                len(words) > 1
                and is_first_name(words[0])
                and not _standings_row(match, text)
                and not (match.re is _SCORE_LINE and _clubs_last_word(words[-1], a + len(name), mentions, table))
            ):
                continue
            entity_id = _id_of_same(name, mentions, "ORG") or club_for(name, table) or f"{slugify(name)}-team"
            added.append(Span(a, a + len(name), "ORG", entity_id=entity_id))
    if not added:
        return mentions
    mentions = [m for m in mentions if not any(p.start <= m.start and m.end <= p.end for p in headings)]
    return _teams_elsewhere(article, _replace_inside(article, mentions, added), added)


def _clubs_last_word(word: str, end: int, mentions: list[Mention], table: EntityTable) -> bool:
    """Whether the last word of a side's name in a score line, ending at `end`, makes it a club
    though its first word is a first name ("Spartak Moscow", "Lincoln City", "Stirling Albion"): a
    club's tail (`TEAM_TAILS`) or a place, the table's or the model's ("Tom Pell 3 Ann Bell 1" are
    no clubs)."""
    if word.lower() in TEAM_TAILS:
        return True
    entry = table.entry(table.canonical(word) or "")
    return (entry is not None and entry.label == "PLACE") or any(
        m.label == "PLACE" and m.end == end and m.start == end - len(word) for m in mentions
    )


def _teams_elsewhere(article: Article, mentions: list[Mention], added: list[Span]) -> list[Mention]:
    """`mentions` with the same words as an added team's span written elsewhere in the article made
    that team: a person the model found of another id ("left Velding third" after "Tarnby 2 Velding
    1"), and the words left untagged ("to Velding")."""
    body = article.body
    sides = {body[s.start : s.end]: s for s in added}
    mentions = [
        Mention(side.entity_id or m.entity_id, m.text, "ORG", m.start, m.end, m.paragraph)
        if m.label == "PERSON" and (side := sides.get(m.text)) is not None
        else m
        for m in mentions
    ]
    more: list[Span] = []
    for span in added:
        name = body[span.start : span.end]
        for hit in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", body):
            a, b = hit.span()
            if any(m.start < b and a < m.end for m in mentions) or any(s.start < b and a < s.end for s in more):
                continue
            more.append(Span(a, b, "ORG", entity_id=span.entity_id))
    more.sort(key=lambda s: (s.start, -s.end))
    return sorted(mentions + to_mentions(article, more), key=lambda m: (m.start, -m.end)) if more else mentions


# the words of a sport's name that open a wire headline before its dash ("RUGBY UNION -", "MOTOR
# RACING -", "ICE HOCKEY -") besides SPORT_NAMES, and the desk's labels ("BRIEF -")
_SPORT_HEAD_WORDS = frozenset(
    {"union", "league", "motor", "racing", "ice", "alpine", "skiing", "horse", "sailing", "yachting", *KICKERS}
)
_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


# words that follow a people's word in firms' names ("American Express", "Swiss Re", "Russian
# Railways", "Polish Oil"), besides COMPANY_WORDS ("British Airways", "Czech Airlines")
_FIRMS_WORDS_AFTER_PEOPLES = frozenset({"express", "re", "railways", "railway", "bank", "oil", "air", "steel", "gas"})


def _peoples_words_opening(text: str) -> bool:
    """Whether a headline's span of two words or more opens on a people's word and a common noun
    of the lexicon ("RUSSIAN SECURITY", "LATVIAN PARLIAMENT"; not a first name, "BRIAN") or is a
    compass word and a people's ("NORTH KOREAN", "NORTH KOREAN AGENT"): CoNLL's MISC and a common
    noun, no name. Not two words whose second is a word of firms' names ("AMERICAN EXPRESS",
    "BRITISH AIRWAYS", "SWISS RE": a company a wire body often writes by its short form only); a
    longer span is the headline's words run together ("CHINESE STEEL OUTPUT FALLS")."""
    words = text.lower().split()
    if len(words) < 2:
        return False
    compass = words[0] in _COMPASS_WORDS
    if compass:
        words = words[1:]
    if not a_nations_word(words[0]) or is_first_name(words[0].title()):
        return False
    if compass or len(words) > 2:
        return True  # "NORTH KOREAN", "SOUTH KOREAN BANK", "CHINESE STEEL OUTPUT FALLS": a headline's words
    noun = words[1]
    return common_word(noun) and noun not in COMPANY_WORDS and noun not in _FIRMS_WORDS_AFTER_PEOPLES


# legal forms a headline keeps in a company's name ("PELLBROOK GROUP", "VELT HOLDINGS")
_NAMING_FORMS = frozenset({"group", "holdings", "company"})


def _headline_short_forms(name: str) -> list[str]:
    """The shorter forms of a company's name a wire headline writes: without its legal forms
    ("Pellbrook Group Plc" -> "Pellbrook Group", "Velmar Electric Co Ltd" -> "Velmar Electric"), and
    the first two capitalised words of a name of three or more ("Velmar Electric Industrial Co
    Ltd" -> "Velmar Electric"); none of one word, and no two words that are a people's or a
    nation's ("South African" of "South African Velt Mining Ltd", "British American": a headline's
    "SOUTH AFRICAN RAND" is the currency's)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_FORMS - _NAMING_FORMS:
        words = words[:-1]
    shorter = [" ".join(words)] if len(words) < len(name.split()) and len(words) > 1 else []
    if (
        len(words) >= 3
        and all(w[:1].isupper() for w in words[:2])
        and not all(a_nations_word(w.lower()) or w.lower() in _COMPASS_WORDS for w in words[:2])
    ):
        shorter.append(" ".join(words[:2]))
    return shorter


def _a_places_words(text: str, table: EntityTable) -> bool:
    """Whether a name's words are a place the table knows ("Hong Kong") or its people's word, the
    place's name and "n" ("South African", "Sri Lankan")."""
    return any(
        getattr(table.entry(table.canonical(name) or ""), "label", None) == "PLACE"
        for name in (text, text[:-1] if text.endswith("n") else "")
        if name
    )


def _letters_of_a_body(text: str, m: Mention, mentions: list[Mention], table: EntityTable) -> bool:
    """Whether an organisation's capitals in the body are its letters, no word a headline may write
    too: none of the lexicon's ("PRI"), or spelled out in the article ("Revolutionary United Front
    ( RUF )"; the lexicon knows "ruf" and "farc"; "KANU" is no plural of "kan"), or four letters
    or more the table knows as an organisation's ("OPEC"; not "WHO")."""
    if not common_word(text):
        return True
    if any(o.entity_id == m.entity_id and o.label == "ORG" and " " in o.text for o in mentions):
        return True
    entry = table.entry(m.entity_id)
    return entry is not None and entry.label == "ORG" and len(text) >= 4


def wire_headlines(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A headline written wholly in capitals ("SOCCER - VELMAR BEAT GROBTON .", "JAPAN 'S VELMOTO
    SAYS ..."): a name the article writes in mixed case elsewhere ("Velmar", "Ryu Velmoto",
    "Velmoto", and a family name written first, "Wang" of "Wang Dolun": a word the list gives
    neither sex and no dictionary's) is that name where the headline writes it in capitals, of its entity and type,
    whatever the model made of the capitals, and so are an organisation's letters the article
    writes elsewhere ("PRI", "KANU", "OPEC": `_letters_of_a_body`) and the city of the dateline line
    ("SOCCER - VARGA WINS IN PALERMO ." above "PALERMO 1996-07-10"); the sport's word or the desk's label before the dash
    that opens such a headline ("CRICKET -", "GOLF -", "BRIEF -") is no name, nor a span with a
    number among its words ("CUT 900 JOBS"), and a span running on over "TO" and a word of the
    lexicon ends before it ("KRAKOWSKI BANK TO RAISE CAPITAL"); a span opening on a people's word
    ("RUSSIAN SECURITY", `_peoples_words_opening`) is no name either. Only whole paragraphs in
    capitals change, and not a dateline's ("MEXICO CITY 1996-09-30")."""
    body = article.body
    shouted = [
        p
        for p in article.paragraphs
        if _shouted(body[p.start : p.end]) and not _DATELINE_LINE.fullmatch(body, p.start, p.end)
    ]  # "MEXICO CITY 1996-09-30" is a dateline (`wire_datelines`), no headline
    if not shouted:
        return mentions
    inside = [(p.start, p.end) for p in shouted]

    def in_shouted(m: Mention | Span) -> bool:
        return any(a <= m.start and m.end <= b for a, b in inside)

    dropped: set[int] = set()
    cut: dict[int, int] = {}
    for p in shouted:
        head = re.match(r"([A-Z]+(?: [A-Z]+)?) - ", body[p.start : p.end])
        if head and all(w.lower() in SPORT_NAMES or w.lower() in _SPORT_HEAD_WORDS for w in head.group(1).split()):
            dropped |= {id(m) for m in mentions if p.start <= m.start and m.end <= p.start + head.end(1)}
        for m in mentions:
            if not (p.start <= m.start and m.end <= p.end) or m.label not in ("PERSON", "ORG", "PLACE"):
                continue
            if re.search(r"(?<![\w.])\d+(?![\w.])", m.text):
                dropped.add(id(m))  # "CUT 900 JOBS": a headline's words, no name
            elif _peoples_words_opening(m.text):
                dropped.add(id(m))  # "RUSSIAN SECURITY CHIEF", "NORTH KOREAN AGENT": a people's word
            elif (to := re.search(r" TO ([A-Z]+)", m.text)) and common_word(to.group(1)):
                cut[id(m)] = m.start + to.start()  # "KRAKOWSKI BANK TO RAISE CAPITAL": the bank
    datelines = [(p.start, p.end) for p in article.paragraphs if _DATELINE_LINE.fullmatch(body, p.start, p.end)]
    forms: dict[str, Mention] = {}
    for m in mentions:
        if m.label in ("PERSON", "ORG", "PLACE") and not in_shouted(m) and len(m.text) >= 3:
            text = re.sub(r"['’]s$", "", m.text)
            if text.isupper() and m.label == "ORG" and text.isalpha() and _letters_of_a_body(text, m, mentions, table):
                forms.setdefault(text, m)  # "MEXICO 'S PRI LOSES" after "Party ( PRI )": the party's letters
            if text.isupper() and m.label == "PLACE" and any(a <= m.start and m.end <= b for a, b in datelines):
                forms.setdefault(text, m)  # "WINS IN PALERMO ." above "PALERMO , Italy 1996-07-10": the city
            if not text.isupper():
                forms.setdefault(text.upper(), m)
                surname = text.split()[-1]
                if m.label == "PERSON" and " " in text and len(surname) >= 4 and surname[1:].islower():
                    forms.setdefault(surname.upper(), m)  # "VELMOTO SAYS" after "Ryu Velmoto"
                family = text.split()[0]
                if (
                    m.label == "PERSON"
                    and len(text.split()) == 2
                    and len(family) >= 3
                    and family[1:].islower()
                    and first_name_gender(family) is None  # "Tom", "Mark": a given name, no family's
                    and not dictionary_word(family)  # "Will", "Rich", "Park": a headline's word
                ):
                    forms.setdefault(family.upper(), m)  # "DISSIDENT WANG" of "Wang Donghai": his family name
                if m.label == "ORG":
                    for short in _headline_short_forms(text):
                        if _a_places_words(short, table):
                            continue  # "SOUTH AFRICAN RAND": no "South African Velt Mining Ltd"
                        forms.setdefault(
                            short.upper(), m
                        )  # "MATSUKAWA ELECTRIC SEES" after "Matsukawa Electric Co Ltd"
    added: list[Span] = []
    for caps in sorted(forms, key=len, reverse=True):
        for a, b in inside:
            for hit in re.finditer(rf"(?<![\w’'-]){re.escape(caps)}(?![\w’'-])", body[a:b]):
                s, e = a + hit.start(), a + hit.end()
                if any(x.start < e and s < x.end for x in added):
                    continue
                source = forms[caps]
                added.append(Span(s, e, source.label, entity_id=source.entity_id))
    kept = [
        Mention(m.entity_id, body[m.start : cut[id(m)]], m.label, m.start, cut[id(m)], m.paragraph)
        if id(m) in cut
        else m
        for m in mentions
        if id(m) not in dropped
    ]
    return _replace_inside(article, kept, added)


# a list of leading scorers, a line to a number of goals: "8 - Marco Tarnelli ( Lazio ) , Ivan
# Zamorac ( Inter )", each a player and his club (or his country) in a bracket
_TOP_SCORERS_LINE = re.compile(r"\d{1,3} - (.+)")
# a result after a results list's last bracket: "3 - Ana Vell ( Velmania ) 1:59.31", "12.45", "8.02m"
_RESULT_AFTER_BRACKET = re.compile(r"(?<=\))(?: [-+]?\d[\d:.,]*(?:m|s|sec|pts)?)+$")
_PLAYER_AND_CLUB = re.compile(rf"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){{0,3}}) \( ({_RESULT_NAME}) \)")


def _row_players(
    at: int,
    parts: list[str],
    players: list[re.Match[str] | None],
    mentions: list[Mention],
    table: EntityTable,
    bracket: Callable[[str, int], Span | None],
) -> list[Span]:
    """The spans of one row of a results list or a leaderboard whose players' pieces (`parts`, " , "
    between them, each matched in `players`) start at `at`: each name (the match's first group) a
    person, the same id as the article's mention of it or the table's; the bracket after it (the
    second group, if any) what `bracket` makes of its words at their offset (a club, a country)."""
    spans: list[Span] = []
    for part, player in zip(parts, players, strict=True):
        assert player is not None
        name, inside = player.group(1), player.group(2)
        a = at + player.start(1)
        entity_id = _id_of_same(name, mentions, "PERSON") or table.canonical(name) or slugify(name)
        spans.append(Span(a, a + len(name), "PERSON", entity_id=entity_id))
        if inside and (span := bracket(inside, at + player.start(2))) is not None:
            spans.append(span)
        at += len(part) + len(" , ")
    return spans


def wire_top_scorers(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A line of a list of leading scorers ("9 - Giorgio Pellucci ( Parma )", "8 - Marco Tarnelli (
    Lazio ) , Ivan Zamorac ( Inter )") or of a results list, a time or a mark after the last
    bracket ("3 - Katya Vell ( Velmania ) 1:59.31"): each name before a bracket is a player, a person, and the
    bracket his club, an organisation, whatever the model made of them; a country the table knows
    in the bracket stays a place, as a results list writes a player's country ("( Italy )"), and
    the goals' number opening the line is no name. Only a whole line of that shape changes."""

    def club_or_country(club: str, c: int) -> Span:
        entry = table.entry(table.canonical(club) or "")
        if entry is not None and entry.label == "PLACE" and entry.role == "country":
            return Span(c, c + len(club), "PLACE", entity_id=_id_of_same(club, mentions, "PLACE") or entry.id)
        club_id = _id_of_same(club, mentions, "ORG") or club_for(club, table) or f"{slugify(club)}-team"
        return Span(c, c + len(club), "ORG", entity_id=club_id)

    body = article.body
    added: list[Span] = []
    numbers: list[tuple[int, int]] = []
    for paragraph in article.paragraphs:
        text = _RESULT_AFTER_BRACKET.sub("", body[paragraph.start : paragraph.end].rstrip(" ."))
        line = _TOP_SCORERS_LINE.fullmatch(text)
        parts = line.group(1).split(" , ") if line else []
        players = [_PLAYER_AND_CLUB.fullmatch(part) for part in parts]
        if not parts or not all(players):
            continue
        assert line is not None
        numbers.append((paragraph.start, paragraph.start + line.start(1)))
        added += _row_players(paragraph.start + line.start(1), parts, players, mentions, table, club_or_country)
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in numbers)]
    return _replace_inside(article, kept, added)


# a golf leaderboard's line: a total or a score to par first ("201", "-8", "+2", "T4"), then players,
# each a full name, his country in a bracket and his rounds, one of the two at least: "201 Masaru
# Velda 67 66 68", "202 Tom Pell 68 67 67 , Ivo Tarn ( Velmania ) 66 68 68", "-8 Ida Vell ( Velmania )"
_LEADERBOARD_LINE = re.compile(r"(?:T?\d{2,3}|[-+]\d{1,2}) (.+)")
_GOLFER = re.compile(r"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})(?: \( ([A-Z][\w.'’ -]{1,30}?) \))?((?: \d{2}){2,4})?")


def wire_leaderboards(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A golf leaderboard as the wire gives it, a line to a score ("201 Masaru Velda 67 66 68",
    "-8 Ida Vell ( Velmania )"): each full name of the line is a player, a person, whatever the
    model made of it (it misses given names it does not know), and a country the table knows in
    the bracket after it a place. Only a whole line of that shape in an article about golf changes,
    each player with his rounds or his country's bracket (a line "201 Tom Pell" alone is no row)."""

    def country_known(country: str, c: int) -> Span | None:
        entry = table.entry(table.canonical(country) or "")
        if entry is None or entry.label != "PLACE":
            return None
        return Span(c, c + len(country), "PLACE", entity_id=_id_of_same(country, mentions, "PLACE") or entry.id)

    body = article.body
    if not re.search(r"\b(?:GOLF|[Gg]olf|birdies?|bogeys?|par)\b", body):
        return mentions
    added: list[Span] = []
    for paragraph in article.paragraphs:
        text = body[paragraph.start : paragraph.end].rstrip(" .")
        line = _LEADERBOARD_LINE.fullmatch(text)
        parts = line.group(1).split(" , ") if line else []
        players = [_GOLFER.fullmatch(part) for part in parts]
        if not parts or not all(p is not None and (p.group(2) or p.group(3)) for p in players):
            continue
        assert line is not None
        added += _row_players(paragraph.start + line.start(1), parts, players, mentions, table, country_known)
    return _replace_inside(article, mentions, added)


# the labels of a match's sheet as the wire writes them, each before a score, a figure, a colon or
# a dash: "Halftime 1-0 . Attendance 39,339", "Tries - Tom Pell 2 ; Conversions - Ivo Grell 3"
_SHEET_LIST_LABELS = frozenset(
    {
        "Scorers",
        "Scorer",
        "Tries",
        "Try",
        "Conversions",
        "Conversion",
        "Penalties",
        "Penalty",
        "Penalty goals",
        "Drop goal",
        "Drop goals",
    }
)  # the labels before a list of players ("Tries - Tom Pell 2 , Ivo Grell")
_SHEET_LABELS = _SHEET_LIST_LABELS | {"Halftime", "Half-time", "Attendance"}
_SHEET_LABEL_AFTER = re.compile(r" ?(?:\d|[:-] )")
_SHEET_LABEL_BEFORE = re.compile(r"(?:^|[.;:] )$")


# a label's list of players, to a semicolon or the line's end: "Tries - Joost van der Wessel 2 , James
# Pell ; Conversions - Ivo Grell 3": each a name and, after it, how many
_SHEET_LIST = re.compile(
    rf"(?:^|(?<=[.;:] ))({alternation(_SHEET_LIST_LABELS)}) "
    r"[:-] ([^;\n]+?)(?= ;| \.|\s*$)",
    re.MULTILINE,
)
_SHEET_PLAYER = re.compile(r"([A-Z][\w’'-]+(?: (?:[a-z]{2,3} ){0,2}[A-Z][\w’'-]+){0,3})(?: \d{1,2})?")


def _a_side(name: str, table: EntityTable) -> bool:
    """Whether the table knows `name` as a place (a nation's side: "Italy") or a club."""
    entry = table.entry(table.canonical(name) or "")
    return (entry is not None and entry.label in ("PLACE", "ORG")) or club_for(name, table) is not None


def wire_sheet_labels(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "Everton 0 . Halftime 1-0 . Attendance 39,339", "Conversions - Ivo Grell 3": a match sheet's
    label is no name, whatever the model made of it. Only the label alone, where its line or a
    part of the line (after a stop, a semicolon or a colon) opens, before a figure, a colon or a
    dash ("Attendance figures fell" is left). The players a label lists ("Tries - Joost van der
    Wessel 2 , James Pell") are people, whatever the model made of them, where every part of the
    list is a name with, at most, how many, and none a side the table knows ("Tries - Wales 4 ,
    Italy 1": `_a_side`)."""
    body = article.body
    mentions = [
        m
        for m in mentions
        if not (
            m.text in _SHEET_LABELS
            and _SHEET_LABEL_AFTER.match(body, m.end)
            and (
                m.start == 0
                or body[m.start - 1] == "\n"
                or _SHEET_LABEL_BEFORE.search(body, max(0, m.start - 2), m.start)
            )
        )
    ]
    added: list[Span] = []
    for found in _SHEET_LIST.finditer(body):
        parts = found.group(2).split(" , ")
        players = [_SHEET_PLAYER.fullmatch(part) for part in parts]
        if not all(players) or any(_a_side(p.group(1), table) for p in players if p is not None):
            continue  # "Tries - Velmar 4 , Italy 1": the sides' totals, no players
        at = found.start(2)
        for part, player in zip(parts, players, strict=True):
            assert player is not None
            name = player.group(1)
            full = [s for s in added if " " not in name and body[s.start : s.end].endswith(" " + name)]
            entity_id = (
                (full[-1].entity_id if full else None)  # "Penalties - Varsen 5" after "Henry Varsen 3"
                or _id_of_same(name, mentions, "PERSON")
                or table.canonical(name)
                or slugify(name)
            )
            added.append(Span(at, at + len(name), "PERSON", entity_id=entity_id))
            at += len(part) + len(" , ")
    return _replace_inside(article, mentions, added)


# the venue opening a line of results as the wire gives them, a side and its score right after the
# colon: "In Hobart : Tasmania 402-8 declared v Queensland 118-3", "In Milan : Inter Velmar 1 ( Ivo
# Zamor 56 ) Boavista 0" (not a section's heading: "In Brief : Tom Pell scored 3 goals")
_VENUE_LINE = re.compile(r"In ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) : (?=[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \d)")


def wire_venues(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "In Hobart : Tasmania 402-8 declared v Queensland 118-3": the name between a line's opening
    "In" and a colon, before a line with a score, is where the match was played, a place, whatever
    the model made of it (a club of the same town keeps its own name: "Inter Milan"); not where no side
    and score follow the colon ("In Brief : Tom Pell scored 3 goals": a section's heading)."""
    body = article.body
    added: list[Span] = []
    for paragraph in article.paragraphs:
        venue = _VENUE_LINE.match(body, paragraph.start, paragraph.end)
        if venue is None:
            continue
        name = venue.group(1)
        entity_id = _id_of_same(name, mentions, "PLACE") or table.canonical(name) or slugify(name)
        added.append(Span(venue.start(1), venue.end(1), "PLACE", entity_id=entity_id))
    return _replace_inside(article, mentions, added)


# a cricketer's name in a scorecard: "Tayford", "M. Tayford", "Saeed Anwar", "de Silva"
_CRICKETER = r"(?:[a-z]{2,3} )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}"
# a batsman's line of a scorecard, the whole line: "M. Tayford c Lara b Ambrell 32", "Slaven lbw b
# Walsham 8", "Waugon run out 66", "Heally not out 41", "Bevan c and b Ambrell 4", "Lee st Varn b Grell 0"
_BATTING_LINE = re.compile(
    rf"({_CRICKETER}) (?:(?:c ({_CRICKETER}) |c (?:&|and) |st ({_CRICKETER}) |lbw |hit wicket )?b ({_CRICKETER})"
    rf"|run out(?: \( ?({_CRICKETER}) ?\))?|not out|retired hurt|absent hurt)(?: \d{{1,3}})+"
)
# one bowler's figures: "Ambrell 22-6-55-1", "Walsham 25.3-4-70-2 ( 3nb )"
_BOWLER = re.compile(
    rf"({_CRICKETER}) \d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}(?: \( ?[\w-]+(?: , [\w-]+)* ?\))?"
)
# the scorecard's lines that are no batsman's: "Extras ( lb-3 w-1 ) 4", "Total ( for 4 wickets ) 263"
_SCORECARD_SUMS = re.compile(r"(Extras|Total)(?: \(|,? \d)")


def wire_scorecards(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """A cricket scorecard as the wire gives it, a line to a batsman ("M. Tayford c Lara b Ambrell
    32") or to the bowling ("Bowling : Ambrell 22-6-55-1 , Walsham 25-4-70-2"): every name in such
    a line is a player, a person, whatever the model made of it; and the lines the card's "Extras"
    and "Total" open hold no names ("Extras ( b-4 lb-8 nb-6 ) 18"). Only a whole line of that shape
    changes ("caught and bowled" prose does not), and the "Extras" and "Total" lines only in an
    article with a batsman's line."""
    body = article.body
    added: list[Span] = []
    for paragraph in article.paragraphs:
        text = body[paragraph.start : paragraph.end].rstrip(" .")
        names: list[tuple[int, int]] = []
        if batting := _BATTING_LINE.fullmatch(text):
            names = [batting.span(g) for g in range(1, 6) if batting.group(g)]
        elif text.startswith("Bowling : "):
            parts = [(m.start(), m) for m in re.finditer(r"[^,]+", text[len("Bowling : ") :])]
            bowlers = [_BOWLER.fullmatch(m.group().strip()) for _, m in parts]
            if parts and all(bowlers):
                for (at, m), bowler in zip(parts, bowlers, strict=True):
                    assert bowler is not None
                    lead = len("Bowling : ") + at + len(m.group()) - len(m.group().lstrip())
                    names.append((lead, lead + len(bowler.group(1))))
        for a, b in names:
            a, b = paragraph.start + a, paragraph.start + b
            name = body[a:b]
            entity_id = _id_of_same(name, mentions, "PERSON") or table.canonical(name) or slugify(name)
            added.append(Span(a, b, "PERSON", entity_id=entity_id))
    if not added:
        return mentions
    if any(_BATTING_LINE.fullmatch(body[p.start : p.end].rstrip(" .")) for p in article.paragraphs):
        sums = [(p.start, p.end) for p in article.paragraphs if _SCORECARD_SUMS.match(body, p.start)]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in sums)]
    return _replace_inside(article, mentions, added)


# a US legislator's party and state or district in a bracket or between commas: "(D-Calif.)",
# ", R-Texas,", ", D-Detroit."
_PARTY_STATE_TAG = re.compile(r"(?:\(|, )[DRI]-([A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)(?=\)|,|\.(?:\s|$)|\s*$)")


def party_state_tags(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "Sen. Tom Pell (D-Calif.)", "Rep. Mark Tarnell, R-Texas,": the state (or the district's
    city) after a legislator's party letter is a place, right after a person's name only; a name
    the model found there of another type is the place too."""
    body = article.body
    people_ends = {m.end for m in mentions if m.label == "PERSON"}
    added: list[Span] = []
    for match in _PARTY_STATE_TAG.finditer(body):
        if match.start() not in people_ends and match.start() - 1 not in people_ends:
            continue
        a, b = match.span(1)
        word = body[a:b]
        if word.endswith(".") and word[:-1] not in STATE_ABBREVIATIONS:
            b -= 1
            word = word[:-1]
        entity_id = _id_of_same(word, mentions, "PLACE") or table.canonical(word.rstrip(".")) or slugify(word)
        added.append(Span(a, b, "PLACE", entity_id=entity_id))
    return _replace_inside(article, mentions, added)


# an untagged name of capitalised words before a company's legal form the model tagged alone
_BEFORE_LEGAL_FORM = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'&-]*[ \t]){1,3})$")


def legal_forms_alone(body: str, spans: list[Span]) -> list[Span]:
    """ "Grobwerke AG said": the model tags the legal form alone ("AG") and leaves the name before
    it; the two are one company. Only a legal form of five letters or fewer (AG, SA, NV, Inc, Plc)
    tagged an organisation and right after one to three capitalised words no span holds, in
    the same sentence (no stop between)."""
    out = list(spans)
    for i, span in enumerate(spans):
        word = body[span.start : span.end]
        if span.label != "ORG" or len(word) > 5 or word.lower().replace(".", "") not in LEGAL_FORMS:
            continue
        before = _BEFORE_LEGAL_FORM.search(body, max(0, span.start - 60), span.start)
        if before is None:
            continue
        a = before.start(1)
        if any(s.start < span.start and a < s.end for s in spans if s is not span):
            continue
        out[i] = Span(a, span.end, "ORG", span.entity_id)
    return out


# a company's legal form as written right after its name ("Harwood plc", "Velmar SpA", "Ardco SA",
# "Brenner AG"), the case kept: "a spa", "Brenner ag" are none
_LEGAL_FORM_AFTER = re.compile(
    r"[ \t](plc|Plc|PLC|SpA|S\.p\.A\.|SA|AG|NV|GmbH|Ltd|LLC|Sdn[ \t]Bhd|Bhd|Berhad|Tbk)(?![\w’'-]|\.\w)"
)


def legal_forms_after(body: str, spans: list[Span]) -> list[Span]:
    """ "Harwood plc said": the model leaves the legal form after a company's name out of the span
    (or takes the name for a person's); the form is part of the name, and a name with it is a company.
    Only a form written as companies write it (`_LEGAL_FORM_AFTER`) one space after the span, no
    span holding it."""
    out = list(spans)
    for i, span in enumerate(spans):
        if span.label not in ("ORG", "PERSON"):
            continue
        form = _LEGAL_FORM_AFTER.match(body, span.end)
        if form is None or any(s.start < form.end(1) and form.start(1) < s.end for s in spans if s is not span):
            continue
        out[i] = Span(span.start, form.end(1), "ORG", span.entity_id if span.label == "ORG" else None)
    return out


# a name of capitalised words (Indonesia's "PT" before it) ending in a legal form that only a
# company's name ends in, in its own case or a headline's: "PT Semen Karya Tbk", "Perdana Jaya Bhd"
_LEGAL_NAME = re.compile(
    r"(?<![\w’'.-])((?:PT[ \t])?(?:[A-Z][\w’'&-]*[ \t]){1,3}(?:Sdn[ \t]Bhd|SDN[ \t]BHD|Bhd|BHD|Berhad|BERHAD|Tbk|TBK))"
    r"(?![\w’'-])"
)


def untagged_legal_names(body: str, spans: list[Span]) -> list[Span]:
    """ "Cement maker PT Semen Karya Tbk expects": the model tags nothing, though a name ending in
    "Tbk", "Bhd" or "Berhad" is a company's. Only where no span overlaps the name, or the one span
    inside it is the name without its "PT"; a people's or nation's word at its front stays out
    ("Malaysian Perdana Jaya Bhd"; not before a common noun: "Malaysian Airline System Bhd"), and
    so does a place the model tagged at its front ("In Kuala Lumpur Maybank Bhd said")."""
    out = list(spans)
    for found in _LEGAL_NAME.finditer(body):
        a, b = found.span(1)
        words = found.group(1).split()
        while len(words) > 2 and a_nations_word(words[0].lower()) and not dictionary_word(words[1].lower()):
            a += len(words[0]) + 1
            words = words[1:]
        places = [s for s in out if s.label in ("GPE", "LOC", "PLACE") and s.start <= a < s.end]
        if places and body[places[0].end : places[0].end + 1] in (" ", "\t"):
            cut = len(body[a : places[0].end + 1].split())  # "In Kuala Lumpur Maybank Bhd": the place's words
            if len(words) - cut >= 2:
                a, words = places[0].end + 1, words[cut:]
        inside = [s for s in out if s.start < b and a < s.end]
        if not inside:
            out.append(Span(a, b, "ORG"))
        elif len(inside) == 1 and (inside[0].start, inside[0].end) == (a + 3, b) and words[0] == "PT":
            out[out.index(inside[0])] = Span(a, b, "ORG", inside[0].entity_id if inside[0].label == "ORG" else None)
    return sorted(out, key=lambda s: (s.start, -s.end)) if out != spans else spans


# an ordinal in figures right before a body that is one of a numbered series: "the 9th U.S. Circuit
# Court of Appeals", "the 2nd Battalion", "the 10th District Court"
_ORDINAL_BEFORE = re.compile(r"(?<![\w’'.,-])\d{1,3}(?:st|nd|rd|th) $")
_NUMBERED_BODY_WORDS = frozenset(
    {
        "circuit",
        "district",
        "battalion",
        "regiment",
        "brigade",
        "division",
        "army",
        "fleet",
        "corps",
        "squadron",
        "precinct",
    }
)


def ordinals_of_numbered_bodies(body: str, spans: list[Span]) -> list[Span]:
    """ "The 9th U.S. Circuit Court of Appeals said": the model leaves the ordinal out of a body
    one of a numbered series (a circuit, a district, a battalion); it is the body's own name's first
    word (without it the name is another court or none). Only an organisation with such a word,
    the ordinal in figures one space before it."""
    out = list(spans)
    for i, span in enumerate(spans):
        if span.label != "ORG" or not any(
            w.lower() in _NUMBERED_BODY_WORDS for w in body[span.start : span.end].split()
        ):
            continue
        ordinal = _ORDINAL_BEFORE.search(body, max(0, span.start - 6), span.start)
        if ordinal is None or any(s.start < span.start and ordinal.start() < s.end for s in spans if s is not span):
            continue
        out[i] = Span(ordinal.start(), span.end, "ORG", span.entity_id)
    return out


# a place's preposition right before a town's name ("arrests in Biala Podlaska")
_IN_A_PLACE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|near|from)\s+$")


def places_of_two_words_apart(body: str, spans: list[Span]) -> list[Span]:
    """ "arrests in Biala Podlaska": the model tags a town of two words as two places one space
    apart; after "in", "at", "near" or "from", both words capitalised with no other capital, and
    neither written alone anywhere else in the article ("London" of "London Frankfurt flights" is
    the city the article names), one place."""

    def alone_elsewhere(word: str, start: int) -> bool:
        return any(m.start() != start for m in re.finditer(rf"(?<![\w’'-]){word}(?![\w’'-])", body))

    def joins(span: Span, after: Span) -> bool:
        first, second = body[span.start : span.end], body[after.start : after.end]
        return (
            span.label == after.label == "PLACE"
            and after.start == span.end + 1
            and body[span.end] == " "
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in (first, second))
            and _IN_A_PLACE_BEFORE.search(body, max(0, span.start - 6), span.start) is not None
            and not alone_elsewhere(first, span.start)
            and not alone_elsewhere(second, after.start)
        )

    return _joined_pairs(spans, joins, "PLACE")


def surnames_split_off(body: str, spans: list[Span]) -> list[Span]:
    """ "President Tarno Bambang" + " " + "Velyono's government": a person's name of two or three
    words the model ended short, right before a one-word "person" (a space between, nothing else)
    that the article writes alone elsewhere (its surname, "Velyono said") while it never writes the
    shorter name again, is one person's name with it ("Tarno Bambang Velyono"). Every word a
    capitalised name's; four words at most."""

    def joins(span: Span, after: Span) -> bool:
        first = body[span.start : span.end].split()
        second = _POSSESSIVE_TAIL.sub("", body[after.start : after.end])
        return (
            span.label == after.label == "PERSON"
            and after.start == span.end + 1
            and body[span.end] == " "
            and 2 <= len(first) <= 3
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in (*first, second))
            and len(list(written_whole(" ".join(first), body))) == 1
            and len(list(written_whole(second, body, possessive=True))) >= 2
        )

    return _joined_pairs(spans, joins, "PERSON")


# a company's word written right after a name the model tagged without it ("Marten" + " Records")
_COMPANY_WORD_AFTER = re.compile(
    r" (?:"
    + "|".join(sorted((w.title() for w in COMPANY_WORDS - LEGAL_FORMS), key=len, reverse=True))
    + r")(?![\w’'&-])"
)


def company_words_left_out(body: str, spans: list[Span]) -> list[Span]:
    """ "Marten Records signed the band": the model tags "Marten" alone (a person's or a company's)
    and leaves the company's word after it; the two are one company, never the surname of a
    "Tom Marten" the article names. Only a name of capitalised words, no span right after it, and
    the name ending there ("MIT Media Labs Europe", "BBC Research and Development" go on)."""
    out = list(spans)
    for i, span in enumerate(spans):
        if span.label not in ("ORG", "PERSON"):
            continue
        words = body[span.start : span.end].split()
        after = _COMPANY_WORD_AFTER.match(body, span.end)
        if after is None or not all(w[:1].isupper() for w in words) or _NAME_RUNS_ON.match(body, after.end()):
            continue
        if i + 1 < len(spans) and spans[i + 1].start < after.end():
            continue
        out[i] = Span(span.start, after.end(), "ORG", span.entity_id)
    return out


# a player's name and the country in a bracket after it, as results are listed ("Marc Grell (
# France ) beat Ivo Tarn ( Croatia )", "1. Tom Pellery ( Canada ) 10.03")
_NAME_BEFORE_COUNTRY = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:[A-Z]\. )?[A-Z][\w’'-]+) \( ?")


def _a_given_name(word: str) -> bool:
    """A first name that is no capitalised function word or month ("The", "In", "June", "May" are
    all in the first-name list)."""
    return is_first_name(word) and word not in _FUNCTION_WORDS and word.lower() not in (*MONTH_NAMES, *WEEKDAYS)


def players_with_countries(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """An untagged first name and surname right before a bracket that holds only a place the
    article found ("Marc Grell ( France )"): a player listed with his country, a person. Not a
    name whose first word is no first name ("Velmar United ( Spain )", "The Velmar ( Spain )"), nor
    one already tagged; the given names walked back over stop at a function word or a month ("In
    June Marc Grell (France)")."""
    body = article.body
    places = {(m.start, m.end) for m in mentions if m.label == "PLACE"}
    added: list[Span] = []
    for match in _NAME_BEFORE_COUNTRY.finditer(body):
        close = body.find(")", match.end())
        if close < 0 or (match.end(), close - (body[close - 1] == " ")) not in places:
            continue
        a, b = match.span(1)
        if not _a_given_name(match.group(1).split()[0]):
            continue
        while (given := re.search(r"(?<![\w’'.-])([A-Z][a-z]+) $", body[max(0, a - 20) : a])) and _a_given_name(
            given.group(1)
        ):
            a -= len(given.group(0))  # "Juan Ignacio Chela ( Argentina )": the whole name
        if any(m.start < b and a < m.end for m in mentions):
            continue
        name = body[a:b]
        entity_id = _id_of_same(name, mentions, "PERSON") or table.canonical(name) or slugify(name)
        added.append(Span(a, b, "PERSON", entity_id=entity_id))
    if not added:
        return mentions
    return sorted(mentions + to_mentions(article, added), key=lambda m: (m.start, -m.end))


# a result's line in an individual sport: a nationality's word, a player's full name (given names
# hyphenated too, "Jan-Tomas Velt") and the win or the score ("South Velmanian Hyung-Tarn Lee
# defeated American Jan-Tomas Grell 6-3 7-6"), after a lower-case word, a stop or a comma
_NATIONAL_PLAYER = re.compile(
    r"(?:^|(?<=[.,;:] )|(?<=\n)|(?<=[a-z] ))(?:(?:North|South|East|West) )?([A-Z][a-z]+) "
    r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?= (?:beat|defeated|downed|overcame|edged|outlasted|lost to|\d-\d))"
)


def players_after_nationalities(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "Earlier, South Velmanian Hyung-Tarn Lee defeated American Jan-Tomas Grell 6-3 7-6": in an
    article about an individual sport, the full name between a nationality's word and a win's verb
    or a score is a player, a person, where the model found no person there (it misses hyphenated
    given names, and takes "American Jo Vell 4-6 7-6" for a title). The name's first word is a
    first name (its first part, hyphenated), its last no tournament's word ("Open")."""
    body = article.body
    if not is_individual_sport(body):
        return mentions
    added: list[Span] = []
    for match in _NATIONAL_PLAYER.finditer(body):
        words = match.group(2).split()
        if match.group(1).lower() not in NATIONALITIES or not is_first_name(words[0].split("-")[0]):
            continue
        if words[-1].lower() in TOURNAMENT_WORDS:
            continue
        a, b = match.span(2)
        if any(m.label == "PERSON" and m.start < b and a < m.end for m in mentions):
            continue
        name = match.group(2)
        entity_id = _id_of_same(name, mentions, "PERSON") or table.canonical(name) or slugify(name)
        added.append(Span(a, b, "PERSON", entity_id=entity_id))
    return _replace_inside(article, mentions, added)


# a side's age group right after its country's or its club's name: "Velmar Under-21", "Under-19s"
_AGE_GROUP_AFTER = re.compile(r" Under-?(?:1[5-9]|2[0-3])s?(?![\w’'-])")


def age_group_sides(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "former Velmar Under-21 skipper Tom Pell": a country or a team with an age group written
    right after it names that age group's side, a team of its own, an organisation (the sets'
    "England Under-21"), the country's or the senior team's entity untouched elsewhere."""
    body = article.body
    if "Under" not in body:
        return mentions
    added: list[Span] = []
    for m in mentions:
        if m.label not in ("PLACE", "ORG") or m.text.endswith(("'s", "’s")):
            continue
        age = _AGE_GROUP_AFTER.match(body, m.end)
        if age is None:
            continue
        name = body[m.start : age.end()]
        entity_id = _id_of_same(name, mentions, "ORG") or table.canonical(name) or slugify(name.rstrip("s"))
        added.append(Span(m.start, age.end(), "ORG", entity_id=entity_id))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in added)]
    return sorted(kept + to_mentions(article, added), key=lambda m: (m.start, -m.end))


# a rider's or a driver's country in a bracket, then his team's name before his time ("1. Ivo
# Tarn ( Italy ) Mapei 4:51:20", "2. Tom Pell ( Finland ) Jordan 4.2 seconds behind", "Jan Velt (
# Spain ) ONCE same time")
_TEAM_AFTER_COUNTRY = re.compile(
    r"\) ([A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,2}) (?=\d|same time|s\.t\.|[a-z]+ seconds?\b)"
)


def teams_after_countries(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "1. Ivo Tarn ( Italy ) Mapei 4:51:20": in a line of results, the capitalised words between
    a player's country in a bracket (a person's mention before it, a place's inside) and his time
    name his team, an organisation, whatever the model made of them; the same words elsewhere in
    the article ("rides for Mapei") are the team too (`_teams_elsewhere`). Not words before anything but a time ("Tom
    Pell ( Italy ) beat ...", "( Italy ) 68 69")."""
    body = article.body
    places = {(m.start, m.end) for m in mentions if m.label == "PLACE"}
    ends = {m.end for m in mentions if m.label == "PERSON"}
    added: list[Span] = []
    for match in _TEAM_AFTER_COUNTRY.finditer(body):
        opening = body.rfind("(", 0, match.start())
        if opening < 1 or body.find(")", opening) != match.start():
            continue
        inner = (opening + 1 + (body[opening + 1] == " "), match.start() - (body[match.start() - 1] == " "))
        if inner not in places or opening - 1 not in ends:
            continue
        name = match.group(1)
        a = match.start(1)
        entity_id = _id_of_same(name, mentions, "ORG") or table.canonical(name) or f"{slugify(name)}-team"
        added.append(Span(a, a + len(name), "ORG", entity_id=entity_id))
    if not added:
        return mentions
    return _teams_elsewhere(article, _replace_inside(article, mentions, added), added)


# a side, its score and its scorers in a bracket, as Reuters sums up a match ("Grobach Munich 2 (
# Tom Pellner 34 , Jens Velt 78 pen ) Tarnen Bremen 1 ( Ulf Grell 55 )"): the bracket spaced as the
# wire's tokens are ("Grobdows 7 (Service Pack 1)" is prose)
_SIDE_AND_SCORERS = re.compile(rf"(?<![\w’'.-])({_RESULT_NAME}) \d{{1,2}},? \( ([^()]+?) \)")
# one scorer and the minute (or minutes) of the goals: "Tom Pellner 34", "Ulf Grell 55 penalty", "Velt 12 78"
_SCORER = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?: \d{1,3}(?:-\d{1,3})?)+(?: [a-z]+)?")
# the other side right after a side's scorers' bracket, its score and no scorers: "Inter Velmar 1 (
# Ivo Zamor 56 ) Boavista 0 ." (the line or its sentence ends, or a comma follows)
_SIDE_WITHOUT_SCORERS = re.compile(rf" ({_RESULT_NAME}) \d{{1,2}}(?= \.| ,|\s*$)", re.MULTILINE)
# a scorer's further goals after a comma, the name not written again: "Robbie Fowlkes 9 , 40 pen"
_MORE_MINUTES = re.compile(r"\d{1,3}(?:-\d{1,3})?(?: [a-z]+)?")


def wire_scorers(article: Article, mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "Grobach Munich 2 ( Tom Pellner 34 , Jens Velt 78 )": a name, a score and a bracket whose
    every part is a name and a minute are a team and its scorers: the team an organisation, as a
    plain score line makes it (a national side the model typed a place too: "Portugal 1 ( Joao
    Pelleira 61 ) Ukraine 0"), each scorer the model left untagged, or tagged with the minute,
    a person. Nothing changes unless every part of the bracket has the scorer's shape with minutes
    of a match (120 at most); a side whose name opens on a first name (two words or more), or that
    the model typed a person (unless it follows the other side's scorers' bracket), is left. The
    other side right after the bracket, with its score and no scorers ("Boavista 0 ."), is a team.
    A scorer's further goals after a comma, his name not written again ("Tom Pell 9 , 40 pen"),
    keep the bracket a scorers' one."""
    body = article.body
    added: list[Span] = []
    sides_end: set[int] = set()  # where a side's scorers' bracket closes
    for match in _SIDE_AND_SCORERS.finditer(body):
        inside = match.group(2)
        parts = [part.strip() for part in re.split(r" ?[,;] ", inside)]
        scorers = [_SCORER.fullmatch(part) for part in parts]
        more = [
            i > 0 and scorers[i] is None and _MORE_MINUTES.fullmatch(part) is not None for i, part in enumerate(parts)
        ]
        if not all(s or m for s, m in zip(scorers, more, strict=True)) or any(
            int(n) > 120 for n in re.findall(r"\d+", inside)
        ):
            continue  # not a scorer in each part, or no match's minutes ("Tom Pell 412": votes)
        name = match.group(1)
        words = name.split()
        a = match.start(1)
        typed = any(m.label == "PERSON" and m.start < a + len(name) and a < m.end for m in mentions)
        second = body[max(0, a - 2) : a] == ") " and a - 2 in sides_end  # "( Oleg Tery 44 ) Tenerife 1 ( ..."
        if not (len(words) > 1 and is_first_name(words[0])) and (second or not typed):
            entity_id = _id_of_same(name, mentions, "ORG") or club_for(name, table) or f"{slugify(name)}-team"
            added.append(Span(a, a + len(name), "ORG", entity_id=entity_id))
        sides_end.add(match.end() - 1)
        other = _SIDE_WITHOUT_SCORERS.match(body, match.end())
        if other is not None and not (len(other.group(1).split()) > 1 and is_first_name(other.group(1).split()[0])):
            side = other.group(1)  # "Inter Velmar 1 ( Ivo Zamor 56 ) Boavista 0 .": the other side, no goals
            entity_id = _id_of_same(side, mentions, "ORG") or club_for(side, table) or f"{slugify(side)}-team"
            added.append(Span(other.start(1), other.end(1), "ORG", entity_id=entity_id))
        cursor = match.start(2)
        for part, scorer in zip(parts, scorers, strict=True):
            at = body.index(part, cursor)
            cursor = at + len(part)
            if scorer is None:
                continue  # a goal more of the scorer before
            a, b = at, at + len(scorer.group(1))
            over = [m for m in mentions if m.start < b and a < m.end]
            if over and not all(m.start == a and b < m.end <= cursor for m in over):
                continue  # tagged as it stands, or by a span reaching past the part
            person = scorer.group(1)
            entity_id = _id_of_same(person, mentions, "PERSON") or table.canonical(person) or slugify(person)
            added.append(Span(a, b, "PERSON", entity_id=entity_id))
    return _replace_inside(article, mentions, added)
