"""Speakers left unresolved by extraction that a reader resolves from the whole article.

Four passes, run in this order after extraction (pipeline): resolve_joined_titles ("founder and
director Jo Bell" is one person), resolve_offices ("the archbishop" after "Archbishop Jo Bell"),
resolve_organisations ("it said", "the company said", below) and resolve_pronouns ("he said"
after the sentence about one person). Each only fills a speaker left without an entity, and
only when exactly one candidate fits. Last, check_pronoun_speakers takes back (or, for "he said"
in a quote run, corrects) a speaker that a pronoun or a description was given by any pass,
extraction included, when the passage does not settle it.

Organisations:

'The Grobco Trust welcomed the plan. "It is overdue," it said.', 'Web firm Tarbury said sales
rose ... Most were abroad, the firm said.', 'After police raided Grobco's offices, the company
said ...': "it" and "the company" continue with the organisation that spoke last or opens the
sentence before as its subject (through a chain of sentences that open with "It" or "The
company", over two paragraphs at most; "its new Grobco Retail division" there is no other
organisation), or with the one organisation named before them in their own sentence. Run after
extraction, only on claims left without an entity, and only when exactly one organisation fits:
never a person, a place, an outlet, or an organisation that another one, or a person, a document
("The report said"), or an unknown subject stands between. Else "the firm" (a business's head) is
the one organisation of that kind the article has named so far, when no unnamed one of the kind
("a small parts firm", "Grobco's supplier") is written before it. A wrong speaker is worse than none.
Last, "the NOUN" still without an entity ("The administrator said", "the union said") is the one
organisation the article calls so ("administrators Tarbury & Co", "the transport union Unitas"),
named in this paragraph or the one before, with no organisation of another name named since.
A bare "Police said" ("officers", "detectives") is the one police force the article names ("Grobshire
Constabulary"); "the party" / "the club" the one party or club named in its paragraph (else the one
before); "they" an organisation written in the plural ("Police", "the Greens") that spoke or opened
the sentence before, with no person or group of people between; "said the statement" whoever
the claim before said "in a statement"; 'Grobco "regrets ...," the Acme subsidiary said' the
name the content opens with. "It" after a sentence naming two organisations is the one opening
it when the sentence after "it" opens with that one too. Each leaves two candidates unresolved.
"""

from __future__ import annotations

import re
from collections import Counter

from belreader.nlp.claims import DOCUMENT_NOUNS, ArticleContext, Draft
from belreader.nlp.claims.context import other_nation_named
from belreader.nlp.claims.spans import paragraph_number
from belreader.nlp.claims.subjects import epithet
from belreader.nlp.claims.vocabulary import (
    BUSINESS_HEADS,
    COMPANY_HEADS,
    COUNTRY_OF,
    EDGE,
    FEMALE_WORDS,
    GROUP_NOUNS,
    MALE_WORDS,
    NAMES_LISTED,
    QUANTIFIERS,
    REACTION_ADJECTIVES,
    SENTENCE_BOUNDARY,
    SHARES_IN,
    SUBJECT_PRONOUNS,
    long_title,
    looks_like_a_person,
    passive_by,
    title_before,
)
from belreader.nlp.described import main_candidate, owners_new_thing, reopened_quote
from belreader.nlp.kinds import BODY_NAME_ENDS, PLAYING_POSITIONS, capital_initials, office_initials
from belreader.nlp.lexicon import common_word
from belreader.nlp.offices import (
    FIRM_HEAD_TITLES,
    HEADS_OF_A_BODY,
    HOLDER_GENDER,
    RELIGIOUS_OFFICES,
    RIVAL_SUBJECT_OFFICES,
    SPOKESPEOPLE,
    SUBJECT_OFFICES,
    office_subject,
    once_held,
)
from belreader.nlp.people import (
    AFTER_NAME,
    GENDER_WORDS,
    HONORIFICS,
    JOB_TITLES,
    NATIONALITIES,
    OFFICER_INITIALS,
    PEERAGES,
    TITLE_WORDS,
    is_first_name,
    is_person_noun,
    pronoun_gender,
    untagged_name,
)
from belreader.nlp.records import Mention
from belreader.nlp.sources import PRESS_NOUNS, alternation
from belreader.quantities import NUMBER_WORDS, singular

# "the company said": the heads that name an organisation that can speak for itself
_HEADS = BUSINESS_HEADS | {"group", "organisation", "organization", "body", "union", "charity", "agency"}
_ANY_HEAD = {"group", "organisation", "organization", "body"}  # any kind of organisation
# words that may stand before an organisation opening its sentence as the subject ("Oil giant
# Shell", "Web tracking company Envisional", "But the Acme Trust"): a description ending in one
_DESCRIBED = _HEADS | {"giant", "watchdog", "regulator", "lobby", "consultancy", "network", "developer", "publisher"}
_DESCRIBED |= {"suitor", "bidder"}  # "However, rival suitor Grobco also raised its offer"
_CONJUNCTION = re.compile(r"\s*(?:(?:But|And|Yet|So|However|Meanwhile|Now),?\s+)?")
# a sentence that goes on about the same organisation: "It also ...", "The firm has ...", "Its profits ..."
_CONTINUES = re.compile(rf"{_CONJUNCTION.pattern}(?:It|Its|The\s+(?:{'|'.join(sorted(_HEADS))}))\b(?!['’-])")
_BACK = 3  # sentences walked back at most


def resolve_organisations(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """Give "it (unresolved)", "the company", "the firm" (and the like) left without an entity the
    one organisation the passage is about, when exactly one fits."""
    if ctx is None:
        return
    for draft in drafts:
        # "Grobco called in administrators Tarbury & Co ... The administrator said ... It said": the
        # one the article calls so first, so that "it" can go on with it (kinds of organisation
        # that "it" and "the company" stand for are left to the passes below)
        words = draft.speaker.lower().split()
        if draft.speaker_id is None and draft.verb_at >= 0 and words[-1:] and words[-1] not in _HEADS:
            if not draft.speaker.endswith(" (unresolved)"):
                draft.speaker_id = (
                    _called_so(ctx, draft) or _one_police_force(ctx, draft) or _one_of_its_kind(ctx, draft)
                )
    for draft in sorted(drafts, key=lambda d: d.verb_at):
        if draft.speaker_id is not None or draft.verb_at < 0:
            continue
        written = draft.speaker.removesuffix(" (unresolved)").strip(EDGE)
        words = written.lower().split()
        if words == ["they"]:
            at = _written_at(ctx, draft, written)
            found = None if at is None else _plural_organisation(ctx, drafts, draft, at)
            if found is not None:
                draft.speaker, draft.speaker_id = written, found
            continue
        if words == ["it"]:
            head = ""
        elif len(words) == 2 and words[0] == "the" and words[1] in _HEADS:
            head = words[1]
        elif _described_organisation(written):
            head = words[-1]  # "the German exchange", "the pan-European bourse"
        elif "," in written and _described_organisation(written.split(",")[0]):
            # "The Swedish firm, the world's largest maker of home appliances,": the head before the
            # apposition, when the apposition names no one ("The Swedish firm, Grobco's biggest
            # rival," is not Grobco)
            at = _written_at(ctx, draft, written)
            before = written.split(",")[0]
            inside = ctx.mentions_in(at + len(before), at + len(written)) if at is not None else []
            if at is None or any(m.label in ("ORG", "PERSON") for m in inside):
                continue
            head = before.lower().split()[-1]
        else:
            continue
        at = _written_at(ctx, draft, written)
        if at is None:
            continue
        found = _in_own_sentence(ctx, draft, at, head)
        if found is None and not _others_in_own_sentence(ctx, draft, at):
            found = _antecedent(ctx, drafts, draft, head)
        if found is None:
            found = _main_organisation(ctx, draft, at, head)
        if found is None and head:
            found = _only_one_so_far(ctx, draft, written, at, head)
        partners = {
            m.entity_id for m in ctx.mentions_in(draft.sentence_start, at) if _dealt_with_before(ctx, draft, m, at)
        }
        if found is not None and found not in partners and not other_nation_named(ctx, written, found):
            # ("Ahead of talks with Grobco, the bourse said" is not Grobco, whichever rule gave it)
            draft.speaker, draft.speaker_id = written, found
    for draft in drafts:
        if draft.speaker_id is None and draft.verb_at >= 0 and not draft.speaker.endswith(" (unresolved)"):
            draft.speaker_id = (
                _called_so(ctx, draft)
                or _opening_name(ctx, draft)
                or _outlet_named_before_noun(ctx, draft)
                or _one_police_force(ctx, draft)
                or _one_of_its_kind(ctx, draft)
                or _statement_maker(ctx, drafts, draft)
                or _spokesperson_going_on(ctx, drafts, draft)
            )


def _statement_maker(ctx: ArticleContext, drafts: list[Draft], draft: Draft) -> str | None:
    """ "In a statement, Grobco said ... '...,' said the statement": "the statement" left without
    an entity is the speaker of the claim just before it in its paragraph, when that claim's
    sentence gives a statement in narration ("in a statement", "issued a statement"), or that of
    the same speaker's claims running back to one that does ("In a statement, Grobco said ...
    '...,' it said. '...,' said the statement")."""
    written = draft.speaker.strip(EDGE)
    if written.lower() != "the statement":
        return None
    lo = ctx.paragraph_start(draft.verb_at)
    before = sorted((d for d in drafts if d is not draft and lo <= d.verb_at < draft.verb_at), key=lambda d: d.verb_at)
    if not before or before[-1].speaker_id is None:
        return None
    speaker_id = before[-1].speaker_id
    for last in reversed(before):
        if last.speaker_id != speaker_id:
            return None
        if any(
            _outside(ctx, last, last.sentence_start + m.start())
            for m in re.finditer(r"\bstatement\b", ctx.body[last.sentence_start : last.sentence_end])
        ):
            return speaker_id
    return None


# the preposition after a spokesperson's word that names whose they are ("a spokesman for Grobco")
_OWNER_AFTER = r"\s+(?:for|of|at|from)\b"
# after "the spokesman": whose spokesman, or the name of one, which makes it another one
_SPOKESPERSON_OF = re.compile(rf"{_OWNER_AFTER}|,?\s+[A-Z]")


def _spokesperson_going_on(ctx: ArticleContext, drafts: list[Draft], draft: Draft) -> str | None:
    """ "A Grobco spokesman said ... '...,' the spokesman added": "the spokesman" (spokeswoman,
    spokesperson) left without an entity is the unnamed one whose claim comes just before it
    (in the order the claims are said), and so speaks for the organisation that one was given.
    None when the passage between writes one of the word other than "the spokesman" ("Later,
    Velt's spokesman was asked ..."), or when the article names a person with the word before ("Jo
    Bell, a spokeswoman for Grobco,"): then the description may be theirs. When that claim is
    anyone else's, or there is none, the one met only in narration since (_spokesperson_introduced);
    but None when that claim's speaker has the same word ("The prime minister's spokesman said ...
    A Grobco spokesman was not available. The spokesman said": the one unresolved goes on) or the
    verb goes on with the last speaker ("added", "continued")."""
    written = draft.speaker.strip(EDGE)
    words = written.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in SPOKESPEOPLE:
        return None
    before = [d for d in drafts if d is not draft and 0 <= d.verb_at < draft.verb_at]
    if not before:
        return _spokesperson_introduced(ctx, draft, words[1], ctx.paragraph_start(draft.sentence_start, 1))
    last = max(before, key=lambda d: d.verb_at)
    said = last.speaker.strip(EDGE).lower().split()
    same = bool({words[1], "spokesperson"} & set(said) or (words[1] == "spokesperson" and set(said) & SPOKESPEOPLE))
    if (
        last.speaker_id is None
        or ctx.is_person(last.speaker_id)
        or not said
        or said[0] not in ("a", "an", "the")
        or not same
    ):
        if same or _ADDING.match(ctx.body, draft.verb_at):
            return None  # "Tom Pell's spokesman said ... The spokesman added": that one goes on, unresolved
        lo = max(last.sentence_end, ctx.paragraph_start(draft.sentence_start, 1))
        return _spokesperson_introduced(ctx, draft, words[1], lo) if lo <= draft.sentence_start else None
    passage = ctx.body[last.sentence_end : draft.sentence_start]
    for between in re.finditer(rf"\b{words[1]}\b", passage, re.IGNORECASE):
        if passage[: between.start()][-4:].lower() != "the " or _SPOKESPERSON_OF.match(passage, between.end()):
            # "Later, Velt's spokesman was asked", "met the spokesman for Grobco", "the spokesman,
            # Jo Bell,": another one may be who speaks ("The spokesman added" goes on)
            return None
    for m in ctx.mentions_in(0, draft.sentence_start):
        if m.label == "PERSON" and any(words[1] in t for t in ctx.title_phrases(m)):
            return None  # "Jo Bell, a Grobco spokesman,": the description may be hers
    return last.speaker_id


# what introduces an unnamed spokesperson right before the word: "a Velt", "the Grobco Bank",
# "Velt's"; only names between ("the Velt Union met a spokesman" introduces none)
_INTRODUCED_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w&'’-]*\s+){1,5}|['’]s\s+)$")
# or after it, the body they speak for: "a spokesman for Velt", "a spokeswoman at the Velt Bank"
_INTRODUCED_FOR = re.compile(rf"{_OWNER_AFTER}\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*){{1,5}}")


def _spokesperson_introduced(ctx: ArticleContext, draft: Draft, word: str, lo: int) -> str | None:
    """ "A Velt spokesman declined to comment on the talks. But the spokesman said ...": "the
    spokesman" (left without an entity, no claim between) after an unnamed one of the same word
    met only in narration since the last claim, in this paragraph or the one before: the
    organisation that one speaks for, when the passage writes the word once (one spokesman in
    play), outside quotation marks, introduced with one organisation ("a Velt spokesman", "a
    spokesman for Velt", "Velt's spokesman"); else None ("the prime minister's spokesman": no
    organisation; "a Velt spokesman ... a Grobco spokesman ...": two; "a spokesman, Jo Bell,": a
    person named with it, who may be the one; "a spokesman for the strikers": an owner that is no
    name; "a former Velt spokesman": not theirs now)."""
    passage = ctx.body[lo : draft.sentence_start]
    hits = [
        hit
        for hit in re.finditer(rf"\b(?:{alternation(SPOKESPEOPLE)})\b", passage, re.IGNORECASE)
        if not ctx.inside_quote(lo + hit.start())
    ]
    if len(hits) != 1 or hits[0].group().lower() not in (word, "spokesperson"):
        return None
    hit = hits[0]
    start, end = lo + hit.start(), lo + hit.end()
    if re.match(rf",?\s+[A-Z]|{_OWNER_AFTER}", ctx.body[end:]) and not _INTRODUCED_FOR.match(ctx.body, end):
        # "a spokesman, Jo Bell,", "Velt spokesman Jo Bell": a person named with it; "a Velt
        # spokesman for the strikers": someone else's, unnamed
        return None
    # the words of its own phrase only (not "Since then, a Velt spokesman", "It was then. A Velt spokesman")
    own = re.split(r"[.,;:!?]", ctx.body[max(lo, start - 40) : start])[-1]
    if once_held(" ".join(own.split()[-4:])):
        return None  # "a former Velt spokesman", "an ex-Velt spokesman": who spoke for Velt once
    lead = _INTRODUCED_BEFORE.search(ctx.body, max(lo, start - 40), start)
    tail = _INTRODUCED_FOR.match(ctx.body, end)
    if lead is None and tail is None:
        return None
    a, b = (lead.start() if lead else start), (tail.end() if tail else end)
    if lead is not None and lead.group().startswith(("'", "’")):
        owner = next((m for m in ctx.mentions_in(max(lo, a - 60), a) if m.end == a), None)
        a = owner.start if owner is not None else a  # "the Velt Union's spokesman": the owner's
    if any(m.label == "PERSON" and m.entity_id and ctx.is_person(m.entity_id) for m in ctx.mentions_in(a, b)):
        return None  # "the prime minister Tom Pell's spokesman": a person's, not a body's
    bodies = {
        m.entity_id
        for m in ctx.mentions_in(a, b)
        if m.label == "ORG" and m.entity_id and not ctx.is_person(m.entity_id) and not ctx.is_media(m.entity_id)
    }
    if len(bodies) != 1:
        return None
    for m in ctx.mentions_in(0, draft.sentence_start):
        if m.label == "PERSON" and any(word in t for t in ctx.title_phrases(m)):
            return None  # "Jo Bell, a Grobco spokesman,": the description may be hers
    return next(iter(bodies))


# people that "they" may be instead of an organisation ("Police said two men ... They believe")
_PLURAL_PEOPLE = {"men", "women", "people", "children", "boys", "girls", "pair", "couple", "duo", "trio", "both"}
_PLURAL_PEOPLE |= {"families", "parents", "fans", "residents", "voters", "pensioners", "staff", "workers", "members"}
_PLURAL_PEOPLE |= {"supporters", "players", "officials", "ministers", "mps", "critics", "experts", "analysts", "others"}


def _plural(written: str) -> bool:
    """Whether a speaker as written is plural, as "they" can go on with: "Police", "the Greens"."""
    last = written.lower().split()[-1:]
    return last == ["police"] or (bool(last) and last[0].endswith("s") and not last[0].endswith(("ss", "us")))


# the endings of most plural nouns for people ("farmers", "activists", "residents", "employees")
_PEOPLE_ENDINGS = ("ers", "ists", "ians", "ents", "ants", "ees")


def _plural_people(text: str) -> bool:
    """Whether `text` writes a group of people "they" may be (erring towards yes: "papers" too)."""
    return any(
        w in _PLURAL_PEOPLE or w.endswith(_PEOPLE_ENDINGS) or (w.endswith("s") and is_person_noun(w[:-1]))
        for w in re.findall(r"[a-z]+", text.lower())
    )


def _plural_organisation(ctx: ArticleContext, drafts: list[Draft], draft: Draft, at: int) -> str | None:
    """ "The Grobland Greens want ... They say": "they" left without an entity is the organisation
    written in the plural ("Police", "the Greens") that spoke last in the sentence before (walking
    back over sentences that name nobody) or opens it as its subject, when no person is named and
    no group of people ("two men", "fans") is written between it and "they"."""
    since = at
    own = ctx.body[draft.sentence_start : at]
    if _plural_people(own) or any(
        m.label in ("PERSON", "PLACE", "NORP", "GPE") for m in ctx.mentions_in(draft.sentence_start, at)
    ):
        return None
    for n, (start, end) in enumerate(_sentences_before(ctx, draft.sentence_start)):
        if n >= _BACK or _headline(ctx, start):
            return None
        spoke = [d for d in drafts if d is not draft and start <= d.verb_at < end]
        found = None
        if spoke:
            last = max(spoke, key=lambda d: d.verb_at)
            written = last.speaker.removesuffix(" (unresolved)").strip(EDGE)
            if last.speaker_id is None or not _plural(written) or not _speaks_for_itself(ctx, last.speaker_id, ""):
                return None  # a person, an unnamed source, a company written in the singular
            found, since = last.speaker_id, last.verb_at
        elif (opener := _opening_organisation(ctx, start, end)) is not None:
            first = next(m for m in ctx.mentions_in(start, end) if m.entity_id == opener)
            if not _plural(first.text) or not _speaks_for_itself(ctx, opener, ""):
                return None
            if re.match(r"(?:\s+[a-z]+)?\s+[a-z]+s\b(?<!\bwas)(?<!\bhas)", ctx.body[first.end : first.end + 30]):
                return None  # "The Grobland Greens activists said", "House of Lords law lords": a modifier
            found, since = opener, first.end
        if found is not None:
            between = [m for m in ctx.mentions_in(since, at) if m.entity_id != found]
            if _plural_people(ctx.body[since:at]) or any(m.label == "PERSON" for m in between):
                return None  # "Police said two men ... They": either
            return found
        named = any(m.label in ("PERSON", "ORG") for m in ctx.mentions_in(start, end))
        if named or _plural_people(ctx.body[start:end]):
            return None  # a sentence about someone else
    return None


# "Police said", "Officers said" in an article that names one force ("Grobshire Constabulary")
_POLICE_SPEAKERS = {"police", "the police", "officers", "police officers", "detectives"}
_FORCE = re.compile(r"\b(?:Police(?:\s+(?:Service|Department|Force))?|Constabulary)$")
# "French police", "Grobland's police": police of a place, which need not be the force named
_PLACE_POLICE = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)?\s+police\b(?!\s+stations?\b)")


def _one_police_force(ctx: ArticleContext, draft: Draft) -> str | None:
    """ "Police said" (or "the police", "officers", "detectives") left without an entity: the one
    police force the article names in narration ("Grobshire Police", "Tarbury Constabulary"), before
    or after it; None when it names two, or police of a place ("Grobland police")."""
    written = draft.speaker.strip(EDGE)
    if written.lower() not in _POLICE_SPEAKERS:
        return None
    at = _written_at(ctx, draft, written)
    if at is None:
        return None
    forces = {
        m.entity_id
        for m in ctx.mentions
        if m.label == "ORG"
        and len(m.text.split()) > 1
        and _FORCE.search(m.text)
        and not re.match(r"\s+[Ss]tation", ctx.body[m.end : m.end + 10])  # "Grobton Police Station"
    }
    if len(forces) != 1:
        return None
    (force,) = forces
    if not any(
        m.entity_id == force and _outside(ctx, draft, m.start) and not _in_a_persons_title(ctx, m) for m in ctx.mentions
    ):
        # named in narration, before or after: "Police said ... Grobshire Police asked"; not only in
        # someone's title ("Grobshire Police Commissioner Jo Bell"), which names her office
        return None
    if any(m.entity_id != force and m.label == "ORG" and "police" in m.text.lower() for m in ctx.mentions):
        return None  # "Association of Chief Police Officers", "Interpol police": another police body
    for hit in _PLACE_POLICE.finditer(ctx.body):
        if hit.group(1) not in _SENTENCE_OPENERS_POLICE:
            return None  # "French police", "Grobland's police": which police is not settled
    return force


def _in_a_persons_title(ctx: ArticleContext, mention: Mention) -> bool:
    """Whether the name opens a person's title: title words (the shared title vocabulary, any
    case), then a person's name ("Grobshire Police chief constable Jo Bell"); the title may run
    on from the name with "and" ("Grobshire Police and Crime Commissioner Jo Bell")."""
    after = ctx.mentions_in(mention.end, mention.end + 50)
    if not after or after[0].label != "PERSON":
        return False
    words = ctx.body[mention.end : after[0].start].split()
    if words[:1] == ["and"]:
        words = words[1:]
    while words and (words[-1].lower() in HONORIFICS or words[-1].lower() in PEERAGES):
        words = words[:-1]  # "Commissioner Sir Tom Pell"
    title = title_before(words)
    return 0 < len(words) <= 4 and all(re.sub(r"['’]s?$", "", w.lower()) in title for w in words)


_SENTENCE_OPENERS_POLICE = {"The", "But", "And", "Yet", "So", "However", "Meanwhile", "Now", "Local", "Senior"}

# "the party said", "the club said": the one party or club named in its paragraph (or, when none
# is, in the one before)
_KINDS = {"the party": "party", "the club": "club"}


def _one_of_its_kind(ctx: ArticleContext, draft: Draft) -> str | None:
    """ "The Grobland Greens want ... The party says": "the party" ("the club") left without an
    entity is the one party (club) named in its paragraph before it (in narration or another
    claim's content), or, when its paragraph names none, in the paragraph before; None when two
    are named there."""
    written = draft.speaker.strip(EDGE)
    head = _KINDS.get(written.lower())
    if head is None:
        return None
    at = _written_at(ctx, draft, written)
    if at is None:
        return None
    for lo, hi in ((ctx.paragraph_start(at), at), (ctx.paragraph_start(at, 1), ctx.paragraph_start(at))):
        found, unknown = set(), set()
        for m in ctx.mentions_in(lo, hi):
            if m.label != "ORG" or draft.start <= m.start < draft.end:  # others' contents count
                continue
            if ctx.is_media(m.entity_id) or ctx.is_person(m.entity_id) or looks_like_a_person(m.text):
                continue
            if ctx.fits_head(m.entity_id, m.text, head):
                found.add(m.entity_id)
            elif ctx.table.entry(m.entity_id) is None and m.text.split()[-1].lower() not in _KIND_WORDS:
                unknown.add(m.entity_id)  # "Grobton and Arsenal": a club the table does not know may be one
        if found:
            return found.pop() if len(found) == 1 and not unknown else None
    return None


def _opening_name(ctx: ArticleContext, draft: Draft) -> str | None:
    """'Grobco "regrets the delay," the Acme subsidiary said': a description of an organisation
    ("the" and its head, a name at most among its modifiers) whose content opens with an
    organisation's name followed by the quotation is that organisation, when the head fits it
    and it is not the one the description names (the subsidiary is not its parent)."""
    phrase = draft.speaker.strip(EDGE)
    words = phrase.split()
    head = words[-1].lower() if words else ""
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or head not in _HEADS | _OTHER_HEADS:
        return None
    if draft.verb_at < draft.end:
        return None  # the attribution must follow the content ('Grobco "...," the subsidiary said')
    opening = [m for m in ctx.mentions_in(draft.start, draft.end) if m.start == draft.start]
    if len(opening) != 1 or opening[0].label != "ORG" or not re.match(r"\s+[“\"]\w", ctx.body[opening[0].end :]):
        return None
    entity_id = opening[0].entity_id
    at = _written_at(ctx, draft, phrase)
    if at is None or any(m.entity_id == entity_id for m in ctx.mentions_in(at, at + len(phrase))):
        return None
    return entity_id if _speaks_for_itself(ctx, entity_id, head) else None


# "Grobland's Daily Voice newspaper reports": the outlet named directly before its noun
_OUTLET_NOUNS = PRESS_NOUNS


def _outlet_named_before_noun(ctx: ArticleContext, draft: Draft) -> str | None:
    """The outlet a speaker like "Grobland's Daily Voice newspaper" names: the one organisation
    written directly before the noun (a possessive place before it, which extraction does not
    look past, is no other speaker)."""
    phrase = draft.speaker.strip(EDGE)
    words = phrase.split()
    if len(words) < 2 or words[-1].lower() not in _OUTLET_NOUNS:
        return None
    at = _written_at(ctx, draft, phrase)
    if at is None:
        return None
    named = ctx.mentions_in(at, at + len(phrase))
    if not named or named[-1].label != "ORG" or ctx.body[named[-1].end : at + len(phrase)].strip() != words[-1]:
        return None
    if any(m.label in ("PERSON", "ORG") for m in named[:-1]):
        return None  # "Jo Bell's Daily Voice newspaper", "Grobco's Voice newspaper": not only the outlet
    return named[-1].entity_id


# works whose words are their author's, not the work's own
_WORKS = {"book", "film", "album", "novel", "play", "song", "programme", "documentary", "show", "memoir"}


def _called_so(ctx: ArticleContext, draft: Draft) -> str | None:
    """ "Grobco called in administrators Tarbury & Co ... The administrator said": "the NOUN" (or
    its plural) left without an entity is the one organisation the article calls so before it
    ("administrators Tarbury & Co", "Tarbury, the housing charity"), when exactly one is called so,
    it is an organisation in every mention, and it is named in this paragraph or the one before."""
    phrase = draft.speaker.strip(EDGE)
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or not re.fullmatch(r"[a-z]{3,}", words[1]):
        return None
    at = _written_at(ctx, draft, phrase)
    if at is None:
        return None
    noun = words[1]
    one = singular(noun)
    if noun in BUSINESS_HEADS | _ANY_HEAD or one in BUSINESS_HEADS:
        return None  # "the company", "the group": the organisation the passage is about (above)
    if one in _WORKS or noun in DOCUMENT_NOUNS or (noun == one and is_person_noun(noun)):
        return None  # "the book" (its author speaks), "the manager" (a person; "the artists" may be a duo)
    called = _called(ctx, one, at) | _called(ctx, noun if noun != one else one + "s", at)
    if len(called) != 1:
        return None
    (only,) = called
    mentions = [m for m in ctx.mentions if m.entity_id == only]
    if any(m.label != "ORG" for m in mentions) or ctx.is_person(only) or ctx.is_media(only):
        return None
    near = [m for m in ctx.mentions_in(ctx.paragraph_start(at, 1), at) if _outside(ctx, draft, m.start)]
    last = next((m for m in reversed(near) if m.entity_id == only), None)
    if last is None:
        return None
    # "Rival club Grobco City has pleaded ... Grobco United's response ... the club said": another
    # organisation named since, in a sentence of its own, may be what the noun stands for there
    # ("Grobco ruled in favour of Tarbury and Pell. The court said": its own sentence's objects are not)
    sentence = ctx.sentence_start(last.start)
    if any(
        m.label == "ORG"
        and m.entity_id != only
        and not ctx.is_media(m.entity_id)
        and ctx.sentence_start(m.start) != sentence
        and not _named_as_another_kind(ctx, m.entity_id, {noun, one})
        for m in near
        if m.start > last.start
    ):
        return None
    return only


def _named_as_another_kind(ctx: ArticleContext, entity_id: str, nouns: set[str]) -> bool:
    """Whether the name of `entity_id` says it is another kind of organisation than `nouns` ("the
    Grobco Post Company" is no ministry)."""
    return any(
        m.text.split()[-1].lower() in _KIND_WORDS - nouns for m in ctx.mentions if m.entity_id == entity_id and m.text
    )


# what else a description of an organisation ends with ("the German exchange", "the agency"):
# any organisation of the passage may be one, so only the passage's one organisation is
_OTHER_HEADS = {"exchange", "bourse", "agency", "alliance", "label", "watchdog", "regulator", "subsidiary"}
_OTHER_HEADS |= {"committee", "commission", "council", "authority", "association", "federation", "institute"}
_OTHER_HEADS |= {"society", "trust", "foundation", "consortium", "studio", "organisers", "organizers", "think-tank"}
# the last words of organisations' names that say what kind they are ("... Post Company")
_KIND_WORDS = _HEADS | _OTHER_HEADS | {"ministry", "department", "office", "court", "bank", "party", "club"}
_KIND_WORDS |= {"university", "college", "school", "hospital", "corporation", "corp", "inc", "ltd", "plc", "band"}


def _described_organisation(phrase: str) -> bool:
    """ "the German exchange", "the pan-European bourse", "the Japanese gaming giant": "the", at
    most three modifiers (lowercase words or nationalities, no other name), and an organisation's head."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return False
    head = words[-1].lower()
    if head not in _HEADS | _OTHER_HEADS | {"giant"}:
        return False
    return all(
        re.fullmatch(r"[a-z][a-z-]*", w)
        or w.lower() in NATIONALITIES
        or w.lower() in COUNTRY_OF  # "the Swedish firm"
        or re.fullmatch(r"[a-z]+-[A-Z][a-z]+", w)
        for w in words[1:-1]
    )


def _written_at(ctx: ArticleContext, draft: Draft, written: str) -> int | None:
    """Where the speaker word is written: the one writing of it in the claim's sentence outside
    the content, nearest the reporting verb."""
    hits = [
        m.start()
        for m in re.finditer(rf"\b{re.escape(written)}\b", ctx.body[draft.sentence_start : draft.sentence_end])
    ]
    hits = [draft.sentence_start + h for h in hits if not draft.start <= draft.sentence_start + h < draft.end]
    return min(hits, key=lambda h: abs(h - draft.verb_at)) if hits else None


def _speaks_for_itself(ctx: ArticleContext, entity_id: str, head: str) -> bool:
    """An organisation that "it" or "the HEAD" can be: tagged an organisation in every mention, no
    person (by table, tag or name), no outlet, and, for a head, one it fits."""
    mentions = [m for m in ctx.mentions if m.entity_id == entity_id]
    if not mentions or any(m.label != "ORG" for m in mentions):
        return False
    if ctx.is_media(entity_id) or ctx.is_person(entity_id) or any(looks_like_a_person(m.text) for m in mentions):
        return False
    if head in _OTHER_HEADS:
        entry = ctx.table.entry(entity_id)
        return entry is None or entry.role not in ("party", "club")
    return not head or head in _ANY_HEAD or ctx.fits_head(entity_id, mentions[0].text, head)


def _outside(ctx: ArticleContext, draft: Draft, offset: int) -> bool:
    """Whether `offset` is in narration: not in a quotation, another claim's content or this one's."""
    return not draft.start <= offset < draft.end and not any(a <= offset < b for a, b in ctx.contents)


def _in_own_sentence(ctx: ArticleContext, draft: Draft, at: int, head: str) -> str | None:
    """ "After police raided Grobco's offices, the company said": the one organisation named before
    the speaker in its own sentence, outside the content, when it fits and nothing else is named
    there (a person, a place, another organisation; a place in a relative clause on a name aside:
    "Shares in Grobco, which is building a stadium in Leeds, fell after it said")."""
    named = [m for m in ctx.mentions_in(draft.sentence_start, at) if _outside(ctx, draft, m.start)]
    named = [m for m in named if m.label in ("ORG", "PERSON", "PLACE", "NORP", "GPE")]
    for m in list(named):
        aside = _RELATIVE.match(ctx.body, m.end, at)
        if aside is not None and m in named:
            # "Shares in Grobco, which is building a stadium in Leeds, fell after it said": a place
            # there is what it has (an organisation there still unsettles it)
            named = [n for n in named if n.label == "ORG" or not m.end <= n.start < aside.end()]
    ids = {m.entity_id for m in named}
    if len(ids) != 1:
        return None
    (only,) = ids
    if not all(_leads_its_clause(ctx, m) for m in named):
        return None  # "Ahead of talks with Acme, the bourse said": Acme is whom it talks to
    return only if _speaks_for_itself(ctx, only, head) else None


# "After police raided Grobco's offices", "Shares in Grobco fell after", "After Grobco reported":
# the organisation is what the clause is about, not whom something was done with or to
_CLAUSE_OPENER = re.compile(
    r"(?:^|[,;]\s*|\b(?:[Aa]fter|[Aa]s|[Ww]hen|[Ww]hile|[Ss]ince|[Tt]hough|[Aa]lthough|[Bb]ecause)\s+)(?:the\s+)?$"
)


def _leads_its_clause(ctx: ArticleContext, mention: Mention) -> bool:
    if ctx.body[mention.end : mention.end + 1] in ("'", "’"):
        return True  # a possessive: "Grobco's offices", "Grobco's chief"
    before = ctx.body[ctx.sentence_start(mention.start) : mention.start]
    if SHARES_IN.search(before):
        return True
    return _CLAUSE_OPENER.search(before) is not None and bool(
        re.match(r"\s+[a-z]", ctx.body[mention.end : mention.end + 3])
    )


def _others_in_own_sentence(ctx: ArticleContext, draft: Draft, at: int) -> bool:
    """Whether a name stands in narration in the speaker's own sentence ("Unlike Grobco, it said"):
    then what the sentences before are about may not be who speaks. Not one the speaker deals
    with in the phrase opening the sentence ("Ahead of talks with Tarbury, the bourse said"): who
    talks with Tarbury is not Tarbury."""
    return any(
        m.label in ("ORG", "PERSON", "PLACE", "NORP", "GPE")
        and _outside(ctx, draft, m.start)
        and not _dealt_with_before(ctx, draft, m, at)
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
        if m.start != at
    )


# "Ahead of talks with Acme on Friday, ": an opening phrase whose only name is whom "with" joins
_WITH_OPENER = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}(?:[a-z]+\s+){0,4}with\s+(?:the\s+)?$")


def _dealt_with_before(ctx: ArticleContext, draft: Draft, mention: Mention, at: int) -> bool:
    """Whether `mention` is the object of "with" in the phrase that opens the sentence and ends
    with the comma right before the speaker word (its only name)."""
    if not _WITH_OPENER.fullmatch(ctx.body, draft.sentence_start, mention.start):
        return False
    rest = ctx.body[mention.end : at]
    return bool(re.fullmatch(r"(?:\s+(?:on|this|last|next|in)\s+[A-Za-z]+)?,\s+", rest))


def _sentences_before(ctx: ArticleContext, offset: int, paragraphs: int = 1):
    """(start, end) of the sentences before `offset`, last first, in its paragraph and the
    `paragraphs` before."""
    floor = ctx.paragraph_start(offset, paragraphs)
    end = offset
    while end > floor:
        while end > floor and ctx.body[end - 1].isspace():
            end -= 1
        if end <= floor:
            return
        start = ctx.paragraph_start(end)
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(ctx.body, start, end) if m.end() < end]
        start = ends[-1] if ends else start
        yield start, end
        end = start


def _antecedent(ctx: ArticleContext, drafts: list[Draft], draft: Draft, head: str) -> str | None:
    """The organisation that spoke in the sentence before or opens it as its subject, walking back
    over sentences that go on about it ("It also ...", "The firm has ..."); None when a person or
    an unnamed source spoke last, or the sentence is about something else. The walk goes back two
    paragraphs only through a paragraph that goes on about it from start to end ("BT wants ...
    [paragraph] The group is to ... The company also ... [paragraph] It added")."""
    for n, (start, end) in enumerate(_sentences_before(ctx, draft.sentence_start, 2)):
        if n >= _BACK or _headline(ctx, start):
            return None  # a headline is no sentence "it" goes on from
        spoke = [d for d in drafts if d is not draft and start <= d.verb_at < end]
        text = ctx.body[start:end]
        if spoke:
            last = max(spoke, key=lambda d: d.verb_at)
            if last.speaker_id is None or not _speaks_for_itself(ctx, last.speaker_id, head):
                return None  # a person, an unnamed source or a document spoke last
            others = {
                m.entity_id
                for m in ctx.mentions_in(start, end)
                if m.label in ("ORG", "PLACE", "NORP", "GPE")  # not a date ("Last week, it denied ...")
                and m.entity_id != last.speaker_id
                and not ctx.is_media(m.entity_id)  # "The firm told the Echo that ...": where, not who
                and not any(d.start <= m.start < d.end for d in spoke)
                and not any(a <= m.start < b for a, b in ctx.contents)
            }
            return last.speaker_id if not others else None
        opener = _opening_organisation(ctx, start, end) or _opening_owner(ctx, start, end)
        if opener is not None:
            aside = _relative_clause(ctx, opener, start, end)
            named = {
                m.entity_id
                for m in ctx.mentions_in(start, end)
                if m.label in ("ORG", "PLACE", "NORP", "GPE")
                and not any(a <= m.start < b for a, b in ctx.contents)
                and not _modifying_place(ctx, m, end)
                and not (m.label != "ORG" and aside[0] <= m.start < aside[1])
                and not _in_whose_clause(ctx, opener, m)
            }
            if named - {opener} and not (n == 0 and _opens_next(ctx, draft, opener)):
                return None  # "Tesco bought a stake in Sainsbury. The company said": either
            return opener if _speaks_for_itself(ctx, opener, head) else None
        if _CONTINUES.match(text) and not _documents(text):
            continue  # "It also pledged ...": the same organisation, said further back
        return None
    return None


# "'s net income fell", "' shares have slid": an owner's thing (lower-case words) and its verb
_OWNED_THING = re.compile(
    r"['’]s?((?:\s+[a-z][\w-]*){1,4}?)\s+(?:(?:has|have|had|also)\s+)?"
    r"(?:[a-z]+ed|fell|rose|grew|sank|slid|shrank|is|was|are|were|will|would)\b"
)


# "... was rejected by the court": a passive's agent, up to four words after "by"
_BY_AGENT = re.compile(r"\bby\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def _by_a_body(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether body[start:end] has a "by" agent that may be who speaks next: any definite one ("by
    the court", "by the tribunal", "by the ratings agency"), or a body, a person or a name ("by
    Velt", "by a judge"), not an indefinite thing ("hit by a weak dollar"). Errs towards blocking:
    the owner is then left unresolved."""
    for found in _BY_AGENT.finditer(ctx.body, start, end):
        words = found.group(1).lower().split()
        if words[0] == "the" or any(_body_noun(w) or is_person_noun(w) for w in words):
            return True
        if any(m.label in ("ORG", "PERSON") for m in ctx.mentions_in(found.start(1), found.end(1))):
            return True
    return False


def _opening_owner(ctx: ArticleContext, start: int, end: int) -> str | None:
    """ "Grobco's net income fell to 5m euros. It blamed ...": the organisation whose possessive
    opens the narration sentence, when what it owns is a thing (lower-case words up to the verb,
    no word of a person: not "Grobco's chief executive") and no agent that may speak follows it
    (`_by_a_body`: "Grobco's appeal was rejected by the tribunal. It said"). Other names in the
    sentence are the caller's to check."""
    lead = _CONJUNCTION.match(ctx.body, start)
    begin = lead.end() if lead else start
    mentions = ctx.mentions_in(begin, end)
    if not mentions or mentions[0].start != begin or mentions[0].label != "ORG":
        return None
    first = mentions[0]
    owned = _OWNED_THING.match(ctx.body, first.end, end)
    if owned is None or any(is_person_noun(w) or w in ("and", "or") for w in owned.group(1).split()):
        return None
    if _by_a_body(ctx, owned.end(), end):
        return None  # "Grobco's appeal was rejected by the court. It said": "it" is the agent
    return first.entity_id if not any(a <= first.start < b for a, b in ctx.contents) else None


def _in_whose_clause(ctx: ArticleContext, owner: str, mention: Mention) -> bool:
    """Whether `mention` stands in a "whose" clause on a mention of `owner` in its sentence
    ("GM, whose brands include Buick and Opel in Europe, is ..."): what the owner has."""
    lo = ctx.sentence_start(mention.start)
    for m in ctx.mentions_in(lo, mention.start):
        if m.entity_id == owner:
            found = _RELATIVE.match(ctx.body, m.end, ctx.sentence_end(mention.start))
            if found is not None and re.match(r",\s+whose\b", found.group()) and mention.end <= found.end():
                return True
    return False


def _opens_next(ctx: ArticleContext, draft: Draft, opener: str) -> bool:
    """ "Grobco has asked the court to stop Brill. It argues ... Grobco says ...": whether the
    sentence after the claim's, in its paragraph, opens with `opener` too: the organisation the
    passage is about on both sides of "it", not the other one named with it."""
    end = ctx.body.find("\n", draft.sentence_end)
    end = len(ctx.body) if end < 0 else end
    found = SENTENCE_BOUNDARY.search(ctx.body, draft.sentence_end, end)
    following = ctx.body[draft.sentence_end : found.start() if found else end]
    if not following.strip():
        return False
    start = draft.sentence_end + len(following) - len(following.lstrip())
    if _opening_organisation(ctx, start, start + len(following.strip())) == opener:
        return True
    # "AMF has begun ...": the opener's name again, which the model left untagged there
    names = {m.text for m in ctx.mentions if m.entity_id == opener and m.text}
    return not ctx.mentions_in(start, start + 1) and any(
        re.match(rf"{re.escape(name)}\s+[a-z]", following.lstrip()) for name in names
    )


# ", which has plants in Leeds and York, is ...": a relative clause on the subject, up to the comma
# before its own verb
_RELATIVE = re.compile(
    r",\s+(?:which|whose|who|where)\b[^.;:“”\"]*?,\s+(?:also\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|said|says|[a-z]+ed"
    r"|fell|rose|grew|sank|lost|won|made|saw|became|hit|cut|paid|sold|bought|told)\b"
)


def _relative_clause(ctx: ArticleContext, opener: str, start: int, end: int) -> tuple[int, int]:
    """Where a relative clause on the sentence's opening organisation stands ("Grobco, whose brands
    include X in the US, is ..."): places named there are what it has, not who "it" may be."""
    first = next((m for m in ctx.mentions_in(start, end) if m.entity_id == opener), None)
    if first is None:
        return (0, 0)
    found = _RELATIVE.match(ctx.body, first.end, end)
    return (first.end, found.end()) if found else (0, 0)


def _main_organisation(ctx: ArticleContext, draft: Draft, at: int, head: str) -> str | None:
    """ "Nintendo's console will launch in March, the company said" in an article about Nintendo:
    the organisation the article is about (see described.main_candidate), when it is named in this
    paragraph or the one before (its content too) and no other organisation is, outside
    quotations; for "it", also no person and no document ("it" may be the report)."""
    if head in _ANY_HEAD:
        return None  # "A group of MPs has ... The group says": a group the article introduced, not its topic
    candidates = {m.entity_id for m in ctx.mentions if m.label == "ORG" and _speaks_for_itself(ctx, m.entity_id, head)}
    main = main_candidate(ctx, candidates)
    if main is None:
        return None
    lo = ctx.paragraph_start(at, 1)
    named = [
        m
        for m in ctx.mentions_in(lo, draft.sentence_end)
        if m.label in ("ORG", "PERSON", "PLACE", "NORP", "GPE")
        and (draft.start <= m.start < draft.end or not any(a <= m.start < b for a, b in ctx.contents))
    ]
    if not any(m.entity_id == main for m in named):
        return None
    for m in named:
        if m.entity_id == main or (m.label == "ORG" and ctx.is_media(m.entity_id)):
            continue
        if m.label == "ORG" or not head:
            return None  # another organisation, or for "it" anyone else named
    if not head and _documents(ctx.body[lo:at]):
        return None
    return main


# modifiers that make "the firm" another one than the one named ("the rival firm", "the merged company")
_ANOTHER_ONE = {"rival", "other", "parent", "partner", "new", "merged", "combined", "smaller", "bigger", "larger"}
_ANOTHER_ONE |= {"second", "former", "joint", "target", "acquired", "enlarged", "losing", "winning", "foreign"}
# "a small software firm", "another company", "its rival firms", "Grobco's supplier": an unnamed one
# of the kind the article writes (or one it deals with), which "the firm" may be
_UNNAMED_ONE = re.compile(
    rf"\b(?:an?|another|one|rival|other|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(BUSINESS_HEADS))})s?\b"
    r"|['’]s?\s+(?:[\w-]+\s+){0,2}?(?:supplier|partner|rival|subsidiary|unit|owner|parent|client|customer|competitor)s?\b",
    re.IGNORECASE,
)


def _only_one_so_far(ctx: ArticleContext, draft: Draft, written: str, at: int, head: str) -> str | None:
    """ "Strong sales helped Grobco boost its profits, although the firm warned ...": "the firm" (a
    business's head, "the French carmaker") is the one organisation of that kind the article has
    named so far, when it is named in this paragraph or the one before and the article writes no
    unnamed one of the kind before the phrase ("a small software firm", "another company") nor a
    modifier that makes it another one ("the rival firm")."""
    words = written.lower().split()
    if head not in BUSINESS_HEADS or words[0] != "the" or set(words[1:-1]) & _ANOTHER_ONE:
        return None
    fitting: set[str] = set()
    for m in ctx.mentions_in(0, at):  # the claim's own words too: "Grobco's sales rose, the firm said"
        if m.label != "ORG" or ctx.is_media(m.entity_id):
            continue
        if ctx.fits_head(m.entity_id, m.text, head) or ctx.table.entry(m.entity_id) is None:
            fitting.add(m.entity_id)
    if len(fitting) != 1:
        return None
    (only,) = fitting
    if not _speaks_for_itself(ctx, only, head):
        return None
    first = next(m for m in ctx.mentions if m.entity_id == only)
    if not any(m.entity_id == only for m in ctx.mentions_in(ctx.paragraph_start(at, 1), at)):
        return None
    if _UNNAMED_ONE.search(ctx.body, first.start, at):
        return None
    return only


def _headline(ctx: ArticleContext, offset: int) -> bool:
    """Whether `offset` is in a paragraph that ends without a full stop (a headline, a subheading)."""
    start = ctx.paragraph_start(offset)
    end = ctx.body.find("\n", start)
    text = ctx.body[start : end if end >= 0 else len(ctx.body)].rstrip()
    return not text.endswith((".", "!", "?", '"', "”", "’", "'", ")"))


def _documents(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & (DOCUMENT_NOUNS - {"results", "accounts", "numbers", "records"}))


def _opening_organisation(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The entity of the name that opens the narration sentence body[start:end] as its subject
    ("Grobco said", "Oil giant Grobco has", "The Tarbury Trust welcomed"), not as a possessive or
    a modifier ("Grobco's chief", "Grobco boss Jo Bell"); None when the sentence opens otherwise."""
    if ctx.body[start:end].lstrip()[:1] in ("“", '"'):
        return None
    lead = _CONJUNCTION.match(ctx.body, start)
    begin = lead.end() if lead else start
    if (aside := _ASIDE.match(ctx.body, begin, end)) is not None:
        begin = aside.end()  # "But, like all studios, Grobco needed ...": an aside before the subject
    mentions = [m for m in ctx.mentions_in(begin, end) if not _modifying_place(ctx, m, end)]
    first = next(iter(mentions), None)
    if first is None or any(a <= first.start < b for a, b in ctx.contents):
        return None
    before = ctx.body[begin : first.start].split()
    if before[:1] in (["The"], ["the"]):
        before = before[1:]
    # a description ending in an organisation's head may be longer ("French stock market regulator
    # Grobco", "Tarn oil and gas company Velt"); any other words before the name, three at most
    longest = 5 if before and before[-1].lower() in _DESCRIBED else 3
    if len(before) > longest or (
        before and before[-1].lower() not in _DESCRIBED and not all(w[:1].isupper() for w in before)
    ):
        return None
    following = ctx.body[first.end : first.end + 30]
    if following[:1] in ("'", "’") or re.match(r"\s+(?:[a-z]+\s+)?(?:chief|boss|head|executive|spokes)", following):
        return None
    if re.match(r"\s+(?:and|or|&)\s", following):
        return None  # "Grobco and Tarbury said": two of them
    return first.entity_id if first.label == "ORG" else None


# "like all software developers, ", "as expected, ": a short aside of lower-case words opening the
# sentence before its subject
_ASIDE = re.compile(r"(?:[Ll]ike|[Uu]nlike|[Aa]s|[Ff]or\s+now|[Bb]y\s+then|[Ii]n\s+turn)\b[a-z\s-]{0,40},\s+")


def _modifying_place(ctx: ArticleContext, mention: Mention, end: int) -> bool:
    """A place or nationality that only describes the name after it ("UK games firm Grobco",
    "US giant Grobco"): lower-case words, then a name, follow it ("Tarbury-based Grobco": none
    needed after "-based")."""
    if mention.label not in ("PLACE", "NORP", "GPE"):
        return False
    words = re.match(
        r"(?:-based((?:\s+[a-z][\w-]*){0,3})|((?:\s+[a-z][\w-]*){1,3}))\s+[A-Z]", ctx.body[mention.end : end]
    )
    return words is not None and not set((words.group(1) or words.group(2) or "").split()) & _LINKING


_LINKING = {"and", "or", "of", "in", "to", "for", "with", "from", "at", "by", "on", "but", "as", "is", "was", "has"}


_PRONOUNS = {"he", "she"}
# words between two names that make the first no title of the second ("X has beaten Y", "X and Y")
_NOT_TITLES = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "may", "and", "or"}
_NOT_TITLES |= {"of", "with", "to", "from", "by", "for", "in", "on", "at", "says", "said", "told", "beat", "met", "as"}
# "Commenting on the films, he added", "Speaking at the launch, she said": an opening participle
_PARTICIPLE = re.compile(r"\s*(?:[A-Z][a-z]+ing\b[^,.;:“”\"]{0,80},\s*)?$")
# "As he told reporters", "And he added": a link word alone before the pronoun, naming no one
_LINK_BEFORE = re.compile(r"\s*(?:As|And|But|So|Yet|Then)\s+")
_PASSIVE_BY = passive_by(r"was|were|has\s+been|have\s+been", "ed", r"(?:[\w’'-]+\s+){0,5}")


def resolve_pronouns(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """Give "he (unresolved)" / "she (unresolved)" the one person the passage before is about:
    the person who spoke in the sentence before, or who opens it as its subject (or is the agent
    of its passive, "was welcomed by X"), walking back over sentences that open with the same
    pronoun ("He sees ... '...,' he said"). None when an unnamed source, a document or someone the
    pronoun does not fit spoke last, or the sentence before is about something else."""
    if ctx is None:
        return
    for draft in sorted(drafts, key=lambda d: d.verb_at):
        if draft.speaker_id is not None or draft.verb_at < 0 or not draft.speaker.endswith(" (unresolved)"):
            continue
        written = draft.speaker.removesuffix(" (unresolved)").strip(EDGE)
        pronoun = written.lower()
        if pronoun not in _PRONOUNS:
            continue
        at = _written_at(ctx, draft, written)
        if at is None:
            continue
        sharer = _shared_subject(ctx, drafts, draft, pronoun, at)
        if sharer is not None:
            draft.speaker, draft.speaker_id = sharer.speaker, sharer.speaker_id
            continue
        head = _narration_before_pronoun(ctx, draft, at)
        if not (_PARTICIPLE.fullmatch(head) or _LINK_BEFORE.fullmatch(head)):
            continue  # "Unlike Jo Bell, he said": someone is named before the pronoun
        found = _person_before(ctx, drafts, draft, pronoun)
        if found is not None:
            draft.speaker, draft.speaker_id = found
    for draft in drafts:
        if draft.speaker_id is None and draft.verb_at >= 0 and draft.speaker.endswith(" (unresolved)"):
            written = draft.speaker.removesuffix(" (unresolved)").strip(EDGE)
            pronoun_at = _written_pronoun(ctx, draft)  # "But, he adds, ...": inside the content's span
            at = pronoun_at[1] if pronoun_at is not None else _written_at(ctx, draft, written)
            if written.lower() in _PRONOUNS and at is not None:
                subject = _article_subject(ctx, drafts, draft, written.lower(), at)
                name = next(
                    (
                        m.text
                        for m in reversed(ctx.mentions_in(0, at))
                        if m.entity_id == subject and not any(a <= m.start < b for a, b in ctx.contents)
                    ),
                    None,
                )
                if subject is not None and name is not None:
                    draft.speaker, draft.speaker_id = name, subject
    check_pronoun_speakers(drafts, ctx)


def _article_subject(ctx: ArticleContext, drafts: list[Draft], draft: Draft, pronoun: str, at: int) -> str | None:
    """ "Tom Pell is back ... [paragraphs about him] '...,' he said": in a profile of one person, the
    "he" no other rule settles is that person, when (1) the article names them in its headline or
    lead and, outside quotations, three times at least and twice as often as anyone else the
    pronoun fits; (2) nobody else speaks in the whole article but groups ("some pundits"),
    organisations and documents: no other person, named or not ("a spokesman", "the coach"), and
    no "she" for a "he"; (3) no other person is named (whoever the pronoun fits), nor a person
    described ("his coach"), in narration from the sentence before up to the pronoun, nor, for a
    claim opening its paragraph, in the paragraph before (see _other_before_paragraph); (4) the
    claim's words do not speak of them, by name ("Tom was always ...") or by a pronoun that fits
    them ("He was always ...", see _speaks_of). The name shown is one written outside quotations."""
    counts: Counter[str] = Counter(
        m.entity_id
        for m in ctx.mentions
        if m.label == "PERSON"
        and ctx.is_person(m.entity_id)
        and ctx.fits(m.entity_id, pronoun)
        and not any(a <= m.start < b for a, b in ctx.contents)
    )
    if not counts:
        return None
    (main, most), *rest = counts.most_common()
    if most < 3 or any(2 * n > most for _, n in rest) or not ctx.likely_person(main):
        return None
    if ctx.gender(main) is None and not _first_name_fits(ctx, main, pronoun):
        return None
    first = next(m for m in ctx.mentions if m.entity_id == main)
    if paragraph_number(ctx.body, first.start) > 1:
        return None
    if any(m.entity_id == main for m in ctx.mentions_in(draft.start, draft.end)):
        return None  # '"Tom was always going to be a champion," he said': spoken of, so not speaking
    if _speaks_of(ctx, draft, main, pronoun):
        return None  # '"He was always going to win a cup," he said': the same, by a pronoun
    for other in drafts:
        if other is draft or other.verb_at < 0 or other.speaker_id == main:
            continue
        if other.speaker_id is not None:
            if ctx.is_person(other.speaker_id):
                return None
            continue
        written = other.speaker.removesuffix(" (unresolved)").strip(EDGE)
        if written.lower() == pronoun and other.speaker.endswith(" (unresolved)"):
            continue
        if written.lower() in _PRONOUNS or not (
            _plural(written) or _documents(written) or _GROUP_WORDS.fullmatch(written)
        ):
            return None  # another person may speak: "a spokesman", "the coach", "she"
    previous_end = len(ctx.body[: draft.sentence_start].rstrip())
    lo = ctx.sentence_start(max(0, previous_end - 1))  # the sentence before, in the paragraph before too
    for m in ctx.mentions_in(lo, at):
        if m.label == "PERSON" and m.entity_id != main and not any(a <= m.start < b for a, b in ctx.contents):
            return None
    narration = [
        w
        for hit in re.finditer(r"[A-Za-z-]+", ctx.body[lo:at])
        if not any(a <= lo + hit.start() < b for a, b in ctx.contents)
        for w in (hit.group().lower(),)
    ]
    if any(is_person_noun(w) for w in narration) or _other_before_paragraph(ctx, draft, main, pronoun, lo):
        return None  # "His coach was furious. '...,' he said": maybe the coach (or one named before)
    return main


def _speaks_of(ctx: ArticleContext, draft: Draft, main: str, pronoun: str) -> bool:
    """'"He was always going to win a cup," he said': the claim's quoted words hold, outside a
    quotation nested in them and outside an inserted attribution, a third-person pronoun that fits
    `main` ("he", "him", "his" for a man): he is spoken of, so most likely not the one speaking. Not
    in reported speech, where "he" is as often the speaker ("he says he will win")."""
    words = _SAME_PERSON.get(pronoun)
    if words is None or not draft.direct_quote:
        return False  # "he says the seats will decide it, just as he believes": reported, his own "he"
    text = ctx.body[draft.start : draft.end]
    if draft.gap is not None:
        lo, hi = draft.gap
        text = ctx.body[draft.start : lo] + " " + ctx.body[hi : draft.end]
    text = re.sub(r"‘[^’]*’|“[^”]*”|(?<!\w)'[^']*'(?!\w)", " ", text)
    return any(ctx.fits(main, w.lower()) for w in re.findall(rf"\b(?:{words})\b", text, re.IGNORECASE))


def _other_before_paragraph(ctx: ArticleContext, draft: Draft, main: str, pronoun: str, lo: int) -> bool:
    """ "Jim Vell trained Pell as a boy. ... [paragraph] '...,' he said", "Pell's first coach is
    Jim Vell. ... [paragraph] '...,' he said": for a claim opening its paragraph, someone else the
    pronoun may be in the paragraph before, in narration: a person the pronoun fits opening a
    sentence alone (not "Jim Vell and Dan Orr"), or a person described by a possessive ("his
    coach", "Pell's old coach")."""
    if ctx.paragraph_start(draft.sentence_start) != draft.sentence_start:
        return False
    wider = ctx.paragraph_start(draft.sentence_start, 1)
    if wider >= lo:
        return False

    def narrated(offset: int) -> bool:
        return not any(a <= offset < b for a, b in ctx.contents) and not ctx.inside_quote(offset)

    for m in ctx.mentions_in(wider, lo):
        if (
            m.label == "PERSON"
            and m.entity_id != main
            and ctx.fits(m.entity_id, pronoun)
            and ctx.sentence_start(m.start) == m.start
            and not _JOINED_NAME.match(ctx.body, m.end)
            and narrated(m.start)
        ):
            return True
    return any(
        is_person_noun(hit.group(1).lower()) and narrated(wider + hit.start(1))
        for hit in _POSSESSED_NOUN.finditer(ctx.body[wider:lo])
    )


# "his coach", "Pell's old coach": a person described by whose they are
_POSSESSED_NOUN = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|['’]s)\s+(?:[a-z-]+\s+)?([a-z-]+)")
# a name joined to another as one subject ("Jim Vell and Dan Orr had asked ..."): no single "he"
_JOINED_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z]")


# speakers that are some of a group, which are no single "he"
_GROUP_WORDS = re.compile(rf"(?i)(?:{alternation((QUANTIFIERS - {'one', 'each'}) | {'others'})})(?:\s+[a-z]+)?")


# "X dismissed the figures insisting ...": the finite verb and its object right before a participle
_VERB_THEN_OBJECT = re.compile(
    r"\s+(?:(?:has|have|had|also|has\s+also|have\s+also)\s+)?[a-z]{3,}ed(?:\s+(?:down|off|out|up))?\s+$"
)
# what may stand between the subject's name and its verb: auxiliaries and adverbs only
_AUXILIARIES = {"has", "have", "had", "also", "already", "previously", "since", "later", "then", "now", "swiftly"}


def resolve_participle_subjects(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """ "Mr Brown also dismissed the figures insisting that ...", "Grobco has shut down the site
    saying it ...": a claim on a participle that extraction gave the object of the verb before it
    ("the figures", left without an entity) is the subject's, when that subject is one named
    person or organisation right before the verb (not "X and Y", not "with the label saying")."""
    if ctx is None:
        return
    for draft in drafts:
        if draft.speaker_id is not None or draft.verb_at < 0:
            continue
        if not re.match(r"[a-z]+ing\b", ctx.body[draft.verb_at : draft.verb_at + 20]):
            continue
        written = draft.speaker.removesuffix(" (unresolved)").strip(EDGE)
        if not re.fullmatch(r"the\s+[a-z][\w -]*", written):
            continue
        head = ctx.body[draft.sentence_start : draft.verb_at].rstrip(" ,")
        if not head.endswith(written):
            continue
        verb = _VERB_THEN_OBJECT.search(head, 0, len(head) - len(written))
        if verb is None:
            continue
        at = draft.sentence_start + verb.start()
        named = [m for m in ctx.mentions_in(draft.sentence_start, at) if m.label in ("PERSON", "ORG")]
        if not named or ctx.is_media(named[-1].entity_id) or any(a <= named[-1].start < b for a, b in ctx.contents):
            continue
        subject = named[-1]
        between = ctx.body[subject.end : at].split()
        if any(w not in _AUXILIARIES for w in between):
            continue
        before = ctx.body[draft.sentence_start : subject.start]
        if re.search(r"(?:\b(?:and|or|with|of|for|by|to)|&|,)\s*(?:[A-Z][\w’'-]*\s+){0,4}$", before):
            continue  # "TCI and Atticus have opposed ...", "a minister of Grobland": no one subject
        draft.speaker, draft.speaker_id = subject.text, subject.entity_id


# what stands between two reporting verbs of one subject: "he said, but added that ..."
_SECOND_VERB = re.compile(r"[a-z]+,?\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?")


def _shared_subject(ctx: ArticleContext, drafts: list[Draft], draft: Draft, pronoun: str, at: int) -> Draft | None:
    """The claim, already given its speaker, whose reporting verb shares this claim's pronoun
    subject ("'...,' he said, but added that ..."): the same pronoun written once for both verbs."""
    for other in drafts:
        if (
            other is draft
            or other.speaker_id is None
            or other.sentence_start != draft.sentence_start
            or not 0 <= other.verb_at < draft.verb_at
        ):
            continue
        if _written_pronoun(ctx, other) == (pronoun, at) and _SECOND_VERB.fullmatch(
            ctx.body, other.verb_at, draft.verb_at
        ):
            return other
    return None


def _narration_before_pronoun(ctx: ArticleContext, draft: Draft, at: int) -> str:
    """The words of the pronoun's sentence before it, with the claim's content (a quotation) left out."""
    head = ctx.body[draft.sentence_start : at]
    if draft.start < at:
        head = ctx.body[max(draft.end, draft.sentence_start) : at]
        head = head.lstrip(" ,”\"’'")
    return head


_COPULA_NAMED = re.compile(r"\s*(?P<title>(?:The|Its|His|Her|Their)(?:\s+[\w’'-]+){1,5})\s+(?:is|was)\s+")


def _named_by_copula(ctx: ArticleContext, start: int, at: int) -> bool:
    """ "The film's British director is Tom Pell, ...": the sentence opens with a title of a person
    (its last word a title: director, chairman, coach ...), then the copula and the name at `at`,
    whom the sentence is about as its subject would be; not "The problem is Tom Pell"."""
    found = _COPULA_NAMED.fullmatch(ctx.body, start, at)
    return found is not None and bool(title_before(found.group("title").split()))


def _person_before(ctx: ArticleContext, drafts: list[Draft], draft: Draft, pronoun: str) -> tuple[str, str] | None:
    for n, (start, end) in enumerate(_sentences_before(ctx, draft.sentence_start)):
        if n >= _BACK + 1 or _headline(ctx, start):
            return None
        spoke = [d for d in drafts if d is not draft and start <= d.verb_at < end]
        # "X said that when Y had announced ... he got the impression ... He added": a claim
        # reported inside another's content is no turn; the one who reports it spoke last
        spoke = [d for d in spoke if not any(o is not d and o.start <= d.verb_at < o.end for o in spoke)]
        if spoke:
            last = max(spoke, key=lambda d: d.verb_at)
            if last.speaker.lower() == f"{pronoun} (unresolved)":
                continue  # the same pronoun speaking before: whoever it is, further back
            if last.speaker_id is None or not (
                _fitting(ctx, last.speaker_id, pronoun) or _first_name_fits(ctx, last.speaker_id, pronoun)
            ):
                return None
            # the name as last written, not the speaker's whole description ("BIFA director X")
            name = next((m.text for m in reversed(ctx.mentions_in(start, end)) if m.entity_id == last.speaker_id), None)
            return name or last.speaker, last.speaker_id
        text = ctx.body[start:end]
        if re.match(rf"{_CONJUNCTION.pattern}{pronoun}\b", text, re.IGNORECASE):
            continue  # "He sees Owen as ...": the same person, introduced further back
        if reopened_quote(ctx, drafts, start, end) is not None:
            continue  # "X said: '...' '...' He added": the quotation goes on with X's turn
        if not any(c.isalnum() for c in text):
            continue  # the opening quotation mark of the claim's own sentence, cut off from it
        if any(d.start <= start and end <= d.end + 2 and d.verb_at < start for d in drafts if d is not draft):
            continue  # 'He told them: "... . There is no rift." And he': the turn's own words, its turn before
        office, holder = ctx.office_subject(start, end, pronoun)
        if office:
            return holder  # "..., the prime minister hailed X": the article's one holder, or nobody
        people = [
            m
            for m in ctx.mentions_in(start, end)
            if m.label == "PERSON" and not any(a <= m.start < b for a, b in ctx.contents)
        ]
        untagged = _untagged_subject(ctx, start, text, pronoun, people)
        if untagged is not None:
            return untagged
        if _epithet_opener(text, pronoun) and not any(ctx.opens_sentence(m.start) for m in people):
            # "And the Belgian, who ..., faces ...", "The champion lost to Jo Bell": the person
            # introduced further back (whom the sentence names is only its object)
            continue
        if not people:
            return None
        first = people[0]
        owned = None
        if ctx.opens_sentence(first.start) and ctx.body[first.end : first.end + 1] in ("'", "’"):
            # "Tom Pell's ex-wife Ann Bell voted against him": the name the possessive leads to
            owned = ctx.possessed_subject(first, people, end)
        gap = ctx.body[first.end : people[1].start].split() if people[1:] else []
        if owned is not None:
            first = owned
        elif 1 <= len(gap) <= 2 and all(w.islower() and w.isalpha() and w not in _NOT_TITLES for w in gap):
            if any(w.endswith("ed") for w in gap):
                return None
            # "Scissor Sisters frontwoman Ana Matronic": the band, whatever its tag, titles the person
            first = people[1]
        elif re.match(r"\s+[a-z][\w-]*\s+[A-Z]", ctx.body[first.end : first.end + 40]):
            return None  # "Grobco chairman Jo ...": a name modifying a title, the person not tagged
        # "In the Commons, Tory frontbencher Jo Bell MP demanded ...": the subject after an opening phrase
        subject = (
            owned is not None
            or ctx.opens_sentence(first.start)
            or _office_before(ctx, first.start)
            or ctx.opens_after_phrase(start, first.start)
            or _named_by_copula(ctx, start, first.start)
        ) and ctx.body[first.end : first.end + 1] not in ("'", "’")
        agent = len({m.entity_id for m in people}) == 1 and _PASSIVE_BY.search(ctx.body, start, first.start)
        # "It dominated the meeting, which saw Mr Pell grow angry as he was forced to ...": the one
        # person the sentence names, whom it goes on about with the same pronoun
        topic = (
            not (subject or agent)
            and _taken_up_by_pronoun(ctx, start, end, people, pronoun)
            and not _other_spoke_before(ctx, drafts, start, first.entity_id, pronoun)
        )
        if not (subject or agent or topic) or not _fitting(ctx, first.entity_id, pronoun):
            return None
        if re.match(r"\s+(?:and|or|&)\s", ctx.body[first.end : first.end + 6]) or any(
            ctx.body[first.end : m.start] == ", " for m in people
        ):
            return None  # "X and Y met", "X, Y and Z have all won": either
        if any(
            m.entity_id != first.entity_id and _fitting(ctx, m.entity_id, pronoun) and ctx.takes_over(m, start)
            for m in people
        ):
            return None  # "X led it before but Y is taking over": either
        if subject and any(
            m.entity_id != first.entity_id
            and _fitting(ctx, m.entity_id, pronoun)
            and re.search(r"\b(?:was|were|been|being)\s+\w+(?:\s+\w+)?\s+by\s+$", ctx.body[first.end : m.start])
            for m in people
        ):
            return None  # "X was beaten by Y. '...,' he said": either (not "fined by a court for ... Y")
        if any(
            m.label == "PERSON"
            and m.entity_id != first.entity_id
            and _fitting(ctx, m.entity_id, pronoun)
            and ctx.opens_sentence(m.start)
            and not any(a <= m.start < b for a, b in ctx.contents)
            for m in ctx.mentions_in(ctx.paragraph_start(start), start)
        ):
            return None  # "X warned ... Y voted ... Z abstained. He said": one of several subjects
        return first.text, first.entity_id
    return None


# the pronouns a narration sentence goes on about its person with, by the subject pronoun
# the words of one person the pronoun stands for ("he": he, him, his, himself), from people.GENDER_WORDS
_SAME_PERSON = {p: "|".join(w for w, g in GENDER_WORDS.items() if g == GENDER_WORDS[p]) for p in ("he", "she")}


def _other_spoke_before(ctx: ArticleContext, drafts: list[Draft], start: int, person: str, pronoun: str) -> bool:
    """Whether the last claim before `start`, in its paragraph or the one before, was made by
    another person the pronoun fits: the turn is theirs, not that of a person merely named."""
    lo = ctx.paragraph_start(start, 1)
    before = [d for d in drafts if lo <= d.verb_at < start]
    if not before:
        return False
    last = max(before, key=lambda d: d.verb_at)
    return last.speaker_id is not None and last.speaker_id != person and _fitting(ctx, last.speaker_id, pronoun)


def _taken_up_by_pronoun(ctx: ArticleContext, start: int, end: int, people: list[Mention], pronoun: str) -> bool:
    """Whether the narration sentence body[start:end] names one person only, not as a possessor,
    with no unnamed person (a word of a person not owned: "the judge") before that name, and
    goes on about them with the pronoun ("he", "his") before any other word of a person: the
    person the sentence is about though the name is not its subject ("It dominated the meeting,
    which saw Mr Pell grow angry as he was forced to ..."). A pronoun in a "who/whose" clause
    on the name only describes them ("compared with Tom Pell, who lost his seat")."""
    if len({m.entity_id for m in people}) != 1:
        return False
    first = people[0]
    if ctx.body[first.end : first.end + 1] in ("'", "’"):
        return False  # "Mr Pell's lawyer said he ...": the lawyer as likely
    if any(a <= first.start < b or a < end <= b for a, b in ctx.contents if a >= start) or re.search(
        r"[\"“”]", ctx.body[start:end]
    ):
        return False  # the sentence quotes or reports someone ('"I met Jo Bell," he joked'): whose words

    def unnamed(words: list[str]) -> bool:
        return any(
            is_person_noun(w)
            and not (re.match(r"['’]", nxt) or is_person_noun(nxt))  # "the prime minister's": a modifier
            and prev not in ("his", "her", "their", "its")
            for prev, w, nxt in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True)
        )

    before = re.findall(r"[\w-]+|['’]", ctx.body[start : first.start].lower())
    if unnamed(before):
        return False  # "The judge told Mr Pell he was lucky": maybe the judge
    rest = ctx.body[first.end : end]
    taken = re.search(rf"\b(?:{_SAME_PERSON[pronoun]})\b", rest, re.IGNORECASE)
    if taken is None:
        return False
    if re.match(r",\s+(?:who|whose)\b[^,;:]*$", rest[: taken.start()]):
        return False  # "... with Tom Pell, who lost his seat ...": the clause describes the person
    between = re.findall(r"[\w-]+|['’]", rest[: taken.start()].lower())
    return not unnamed(between)


def _office_before(ctx: ArticleContext, offset: int) -> bool:
    """Whether the sentence opens with the office of the person named at `offset`, its field
    after "of" ("Grobland's minister of sport Jo Bell was ..."): the person is its subject."""
    words = ctx.sentence_words_before(offset)
    if len(words) < 4 or words[-2] != "of" or not words[-1].isalpha() or not words[-1].islower():
        return False
    return len(words) <= 6 and long_title(words[:-2])


# "The previous day, the Olympic champion went down ...", "And the Belgian, who ..., faces ..."
_EPITHET_OPENER = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s+)?(?:(?:And|But|Yet|So)\s+)?([Tt]he(?:\s+[\w-]+){1,4}?)(?=,|\s+(?:(?:has|had|is|was|will|went|faces|who)\b|[a-z]{3,}ed\s+[a-z]))"
)


def _epithet_opener(text: str, pronoun: str) -> bool:
    """Whether the sentence opens with an epithet of a person ("the Belgian", "the 22-year-old",
    "the Olympic champion") that fits the pronoun's gender."""
    found = _EPITHET_OPENER.match(text.lstrip())
    if found is None:
        return False
    gender = epithet(found.group(1))
    return gender is not None and gender in ("", {"he": "m", "she": "f"}[pronoun])


def _fitting(ctx: ArticleContext, entity_id: str, pronoun: str) -> bool:
    return ctx.is_person(entity_id) and ctx.likely_person(entity_id) and ctx.fits(entity_id, pronoun)


def _first_name_fits(ctx: ArticleContext, entity_id: str, pronoun: str) -> bool:
    """Whether a speaker the article names only by a first name ("Michelle, a mother of twins,
    said", which the model may tag as anything) is one the pronoun fits by that name. The entity
    table knows every organisation called so ("Chelsea") that this could mistake."""
    entry = ctx.table.entry(entity_id)
    names = {m.text for m in ctx.mentions if m.entity_id == entity_id}
    return (
        (entry is None or entry.label == "PERSON")
        and len(names) == 1
        and len(next(iter(names)).split()) == 1
        and all(pronoun_gender(name) == GENDER_WORDS[pronoun] for name in names)
    )


# what opens a clause the pronoun is the subject of, inside a longer sentence
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|as|because|since|until|once|while|although|though|whereas)\s+$", re.IGNORECASE
)


def _nearer_one_in_own_sentence(ctx: ArticleContext, draft: Draft, pronoun: str, at: int) -> bool:
    """ "Dr Pell refused to discuss reports that the party repaid Lord Vell after he said ...":
    whether the pronoun opens a clause ("after he said") of its own sentence where, in narration
    before it and after the last writing of the person it was given (if any there), another
    person the pronoun fits is named, not as a possessor: the nearer one may be who speaks."""
    if draft.speaker_id is None or not _SUBORDINATOR.search(ctx.body, draft.sentence_start, at):
        return False
    named = [
        m for m in ctx.mentions_in(draft.sentence_start, at) if m.label == "PERSON" and _outside(ctx, draft, m.start)
    ]
    own = [n for n, m in enumerate(named) if m.entity_id == draft.speaker_id]
    later = named[own[-1] + 1 :] if own else named
    return any(
        m.entity_id != draft.speaker_id
        and ctx.body[m.end : m.end + 1] not in ("'", "’")
        and _fitting(ctx, m.entity_id, pronoun)
        for m in later
    )


def _first_name_against(ctx: ArticleContext, entity_id: str, pronoun: str) -> bool:
    """Whether the article names `entity_id` only by one first name of the other gender than the
    pronoun's ("Michael" for "she"), which a one-word name's tag does not tell the gender check."""
    names = {m.text for m in ctx.mentions if m.entity_id == entity_id}
    if len(names) != 1 or len(next(iter(names)).split()) != 1:
        return False
    gender = pronoun_gender(next(iter(names)))
    return gender is not None and gender != GENDER_WORDS[pronoun]


def resolve_offices(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """ "The archbishop added" in an article naming "Archbishop Desmond Tutu", the title tagged as
    part of the name: the one person of the article whose name is written with that title (every
    word of the description in it, and no word of the title missing from the description: "Shadow
    Foreign Secretary X" is not "the foreign secretary", nor "Former Prime Minister X" "the prime
    minister"). Only for descriptions left without an entity."""
    if ctx is None:
        return
    for draft in drafts:
        if draft.speaker_id is not None or draft.speaker.endswith(" (unresolved)"):
            continue
        if _OFFICER_OF.fullmatch(draft.speaker.strip(EDGE)):
            # "The head of Grobco has admitted ... Chief executive Jo Bell said": the one named next
            draft.speaker_id = _named_next(ctx, draft)
            continue
        words = draft.speaker.strip(EDGE).lower().split()
        written = draft.speaker.strip(EDGE).split()
        if (
            len(words) == 2
            and words[0] == "the"
            and re.fullmatch(r"[A-Z]{2,6}", written[1])
            and (words[1] in OFFICER_INITIALS or office_initials(ctx.body, written[1], ctx.table))
        ):
            draft.speaker_id = _initials_holder(ctx, written[1])  # "the DCI said": the holder, or nobody
            continue
        if not 2 <= len(words) <= 4 or words[0] != "the" or not all(re.fullmatch(r"[a-z-]+", w) for w in words):
            continue
        wanted = set(words[1:])
        holders = set()
        for mention in ctx.mentions:
            if mention.label != "PERSON" or not ctx.likely_person(mention.entity_id):
                continue
            title = []
            for word in mention.text.split()[:-1]:
                if not word[:1].isupper() or word.lower() not in _OFFICE_WORDS:
                    break
                title.append(word.lower())
            if title and title[-1] == words[-1] and set(title) == wanted and len(mention.text.split()) > len(title):
                holders.add(mention.entity_id)
        if len(holders) == 1:
            draft.speaker_id = holders.pop()
        elif not holders:
            draft.speaker_id = _office_given_before(ctx, drafts, draft, words)


# a name right after an office ("Detective Chief Inspector Tom Pell", "DCI Tom Pell", "the chief
# medical officer, Dr Ann Bell,"), or right before it ("Ann Bell, the chief medical officer,")
_NAME_AFTER_OFFICE = re.compile(rf",?\s+(?:(?:{alternation({h.rstrip('.').capitalize() for h in HONORIFICS})})\.?\s+)?")
_NAME_BEFORE_OFFICE = re.compile(r",\s+(?:the\s+)?$")


def _initials_holder(ctx: ArticleContext, acronym: str) -> str | None:
    """ "The DCI said": the one person the article writes with that office, spelt out ("Detective
    Chief Inspector Tom Pell", "Ann Bell, the chief medical officer,") or by the initials themselves
    ("DCI Tom Pell"); None when nobody or two people are (the initials are an office, never a body:
    entities drops such a span)."""
    offices = [*office_initials(ctx.body, acronym, ctx.table)]
    offices += [hit.span() for hit in re.finditer(rf"\b{acronym}\b(?=\s+[A-Z][a-z])", ctx.body)]
    holders = set()
    for a, b in offices:
        for m in ctx.mentions_in(max(0, a - 40), a + 1):
            if m.label == "PERSON" and m.start <= a < m.end and ctx.likely_person(m.entity_id):
                holders.add(m.entity_id)  # the office tagged as part of the name
        for m in ctx.mentions_in(b, b + 40):
            if (
                m.label == "PERSON"
                and _NAME_AFTER_OFFICE.fullmatch(ctx.body, b, m.start)
                and ctx.likely_person(m.entity_id)
            ):
                holders.add(m.entity_id)
        for m in ctx.mentions_in(max(0, a - 60), a):
            if m.label == "PERSON" and _NAME_BEFORE_OFFICE.match(ctx.body, m.end, a) and ctx.likely_person(m.entity_id):
                holders.add(m.entity_id)
    return holders.pop() if len(holders) == 1 else None


def _office_given_before(ctx: ArticleContext, drafts: list[Draft], draft: Draft, words: list[str]) -> str | None:
    """ "The chancellor said ... Jo Bell asked Mr Pell whether ... But the chancellor said ...": the
    person earlier claims written with the same office description word for word ("the
    chancellor", one holder at a time) were given, when those given anyone were all given that one
    person (the ones left unresolved do not count), the last of them in this paragraph or the one
    before, and no other person titled with the office's word is named since ("ex-chancellor Tom
    Marsh")."""
    if words[-1] not in SUBJECT_OFFICES | RIVAL_SUBJECT_OFFICES:
        return None
    phrase = " ".join(words)
    same = [
        d
        for d in drafts
        if d is not draft and 0 <= d.verb_at < draft.verb_at and d.speaker.strip(EDGE).lower() == phrase
    ]
    given = {d.speaker_id for d in same if d.speaker_id is not None}
    if len(given) != 1:
        return None
    (found,) = given
    if not ctx.is_person(found) or not ctx.likely_person(found):
        return None
    last = max((d for d in same if d.speaker_id == found), key=lambda d: d.verb_at)
    if last.verb_at < ctx.paragraph_start(draft.sentence_start, 1):
        return None
    for m in ctx.mentions_in(last.sentence_end, draft.verb_at):
        if m.label == "PERSON" and m.entity_id != found:
            near = re.findall(r"[a-z-]+", ctx.body[max(0, m.start - 40) : m.start].lower())[-3:]
            if any(w == words[-1] or w.endswith("-" + words[-1]) for w in near):
                return None  # another holder, now or before, named since
    return found


# the words of a title the model may tag as part of a person's name ("Archbishop Desmond Tutu")
_OFFICE_WORDS = JOB_TITLES | TITLE_WORDS | RELIGIOUS_OFFICES | {"reverend"}


# "chairman and chief executive officer Jo Bell", "Grobco founder and director Jo Bell": one
# person's two titles joined by "and" before the name (no possessive pronoun: "his partner Jo Bell"
# is a second person)
_TWO_TITLES = re.compile(r"(?:[A-Z][\w&’'.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,3}and\s+(?:[a-z][\w-]*\s+){1,4}")
# "Jo Bell, personal technology and broadband analyst at Grobco": the name, then its titles
_NAME_THEN_TITLES = re.compile(r",\s+(?:[a-z][\w-]*\s+){1,5}(?:at|of|for|with)\s+(?:the\s+)?[A-Z][\w&’'. -]*")
_NOT_TITLE_WORDS = {"his", "her", "their", "its", "the", "a", "an", "himself", "herself", "both", "former"}
# "Jo Bell mobile industry specialist for analysts Grobco": the name, then its title with no comma
# (lower-case words ending in a person's noun, then where they work, a name closing the phrase;
# none of the words another's or a second person's: "Tom Pell and a lawyer for Velt Rovers")
_NAME_THEN_BARE_TITLE = re.compile(
    r"\s+(?P<words>(?:[a-z][\w-]*\s+){0,4})(?P<noun>[a-z][\w-]*)\s+(?:at|of|for|with)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4}"
)


# "Arvanian football club and former league champion Velt Rovers", "Dutch carmaker and market
# leader Grobco": two descriptions of one organisation joined by "and" before its name, the first
# ending in an organisation's noun; no article before it ("the club and Velt Rovers" are two)
_TWO_DESCRIPTIONS = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)\s+and\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){1,4}"
)


_FIRM_HEAD_WORDS = {title.split()[-1] for title in FIRM_HEAD_TITLES}
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])(?!\w)")


def _described_twice(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "German football club and former European champion Grobco has warned": the organisation a
    speaker phrase names after two descriptions joined by "and" (`_TWO_DESCRIPTIONS`), one
    organisation described twice, not two speakers. The one home of this rule: extraction leaves
    the phrase as several speakers (unresolved) and this pass gives it its name, so the speaker
    shown stays the phrase as the article wrote it. Only when
    - the name, an organisation, closes the phrase and is its only name (of any kind);
    - the first description is bare and ends in an organisation's noun in the singular ("club",
      "firm"): no article, possessive or number before it ("the club and Velt Rovers", "Velt's
      club and ...", "one club and ..." are two; "clubs and ..." are several);
    - the second description does not end in a firm's head's title, a spokesman or a plural
      ("Grobco owner and chief executive Velt Motors": a person the model took for a firm;
      "carmaker and former leaders Grobco").
    Else None."""
    end = at + len(phrase)
    named = ctx.mentions_in(at, end)
    if len(named) != 1 or named[0].label != "ORG" or ctx.is_person(named[0].entity_id):
        return None
    body = named[0]
    if ctx.body[body.end : end].strip(EDGE) or body.start <= at:
        return None
    before = ctx.body[at : body.start]
    found = _TWO_DESCRIPTIONS.fullmatch(before)
    if found is None or found["head"] not in COMPANY_HEADS or singular(found["head"]) != found["head"]:
        return None
    words = before.lower().split()
    first = before[: found.start("head")].lower().split()
    if words[0] in _NOT_TITLE_WORDS or any(w in ("his", "her", "their", "its") for w in words):
        return None
    if _POSSESSIVE.search(before) or any(w in ("the", "a", "an") or w in NUMBER_WORDS or w[0].isdigit() for w in first):
        return None
    last = words[-1]
    if last in _FIRM_HEAD_WORDS or last.startswith("spokes") or singular(last) != last:
        return None
    return body.entity_id


def resolve_joined_titles(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """A speaker written as one person with titles joined by "and" ("chairman and chief executive
    Jo Bell", "Jo Bell, technology and media analyst at Grobco"), which reads as several speakers
    to the parser: the one person named in it. Only when the phrase names exactly one person and
    has no other name or possessive pronoun that could be a second speaker; an organisation
    described twice ("Grobland ferry firm and former champion Grobco", `_described_twice`) is that
    organisation, the phrase kept as the speaker written. First, any speaker
    written as one person's name with titles ("Bath director of rugby Jo Bell") is that person
    (_titled_name)."""
    if ctx is None:
        return
    for draft in drafts:
        if draft.speaker_id is None and not draft.speaker.endswith(" (unresolved)"):
            draft.speaker_id = _titled_name(ctx, draft)
    for draft in drafts:
        if draft.speaker_id is not None or " and " not in draft.speaker:
            continue
        phrase = draft.speaker.strip(EDGE)
        at = _written_at(ctx, draft, phrase)
        if at is None:
            continue
        if (body := _described_twice(ctx, phrase, at)) is not None:
            draft.speaker_id = body
            continue
        named = [m for m in ctx.mentions_in(at, at + len(phrase)) if m.label in ("PERSON", "ORG", "PLACE", "NORP")]
        people = [m for m in named if m.label == "PERSON"]
        if len(people) != 1 or not ctx.likely_person(people[0].entity_id):
            continue
        person = people[0]
        before = ctx.body[at : person.start]
        after = ctx.body[person.end : at + len(phrase)]
        words = {w.lower() for w in re.findall(r"[\w’'-]+", before + " " + after)}
        if words & _NOT_TITLE_WORDS:
            continue
        if not after.strip() and _TWO_TITLES.fullmatch(before) and len(named) <= 2:
            draft.speaker_id = person.entity_id
        elif not before.strip() and _NAME_THEN_TITLES.fullmatch(after) and " and " in after:
            draft.speaker_id = person.entity_id
    for draft in drafts:
        if draft.speaker_id is not None and not ctx.is_person(draft.speaker_id) and draft.verb_at >= 0:
            _holder_of_the_title(ctx, draft)


# words that, right before a name, make it someone other than the speaker ("a spokesman for Jo
# Bell", "research by Jo Bell", "Tom Pell and Jo Bell")
_NOT_OWN_NAME = {"for", "by", "of", "and", "or", "&", "with", "to", "from", "at", "on", "in", "about", "against"}
_NOT_OWN_NAME |= {"his", "her", "their", "its", "whose", "than", "like", "behind", "under", "via"}
_DASH = re.compile(r"\s+[-–—]\s+\S")


def _titled_name(ctx: ArticleContext, draft: Draft) -> str | None:
    """ "Bath director of rugby Jo Bell", "Culture, Media and Sport Secretary Jo Bell", "Jo Bell,
    Commerce and Industry Minister": a speaker phrase left without an entity that is one person's
    name with titles before or after it, the name tagged as a person the article knows by a full
    name: that person. Never when another person is named in the phrase, or the name follows a
    word that makes them someone else ("a spokesman for Jo Bell", "Tom Pell and Jo Bell")."""
    phrase = draft.speaker.strip(EDGE)
    if len(phrase.split()) < 3:
        return None
    at = _written_at(ctx, draft, phrase)
    if at is None:
        return None
    end = at + len(phrase)
    named = [m for m in ctx.mentions_in(at, end) if m.label in ("PERSON", "ORG", "PLACE", "NORP", "GPE")]
    cut = ctx.mention_at(at)
    if cut is not None and cut.start < at and cut.label == "PERSON":
        named.insert(0, cut)  # "[Nick Van den] Brul of Grobco": the phrase cut the name short
    people = [m for m in named if m.label == "PERSON"]
    if len({m.entity_id for m in people}) != 1 or not _full_name(ctx, people[0]):
        return None
    person = people[0]
    if not ctx.likely_person(person.entity_id):
        return None
    before = ctx.body[at : max(at, person.start)]
    after = ctx.body[person.end : end]
    words = re.findall(r"[\w’'&-]+", before.lower())
    while words and (words[-1] in HONORIFICS or words[-1] in PEERAGES):
        words.pop()  # "Sources close to Mr Bell": the word before the honorific counts
    if words:
        # the titles before the name: the name closes the phrase (or an aside after a dash follows
        # it), after no word that makes it another's
        if (
            not (AFTER_NAME.fullmatch(after) or _DASH.match(after))
            or words[-1] in _NOT_OWN_NAME
            or before.rstrip() != before.rstrip(" ,")
        ):
            return None
        if words[0] in ("a", "an") or set(words) & {"his", "her", "their", "himself", "herself"}:
            return None  # "A spokesman ...", "The player himself and his captain Jo Bell"
    elif (
        not re.match(r",\s+[A-Za-z]|\s+(?:of|at|from)\s+", after)
        and not _DASH.match(after)
        and not (
            (bare := _NAME_THEN_BARE_TITLE.fullmatch(after))
            and is_person_noun(bare["noun"])
            and not set(bare["words"].split()) & (_NOT_TITLE_WORDS | {"and", "or", "but"})
        )
    ):
        return None
    return person.entity_id


def _full_name(ctx: ArticleContext, mention: Mention) -> bool:
    """Whether the person is written with a first name and a surname, or an honorific ("Mr Bez")."""
    return len(mention.text.split()) >= 2 or any(
        m.entity_id == mention.entity_id and len(m.text.split()) >= 2 for m in ctx.mentions
    )


# "Jo Bell, deputy chief economist at Grobco Securities, said": the person before the title
_HOLDER = re.compile(
    r"(?:^|(?<=[.,;:]\s))([A-Z][a-z’'-]+\s+[A-Z][\w’'-]+),\s+(?:an?\s+|the\s+)?((?:[a-z][\w-]*\s+){1,5})"
    r"(?:at|of|for|with)\s+(?:the\s+)?\Z"
)


def _body_noun(word: str) -> bool:
    """A body's common noun ("police", "government", "ministry"), not a one-word name."""
    return word in BODY_NAME_ENDS or word in GROUP_NOUNS or word in _POLICE_SPEAKERS


def _named_without_entity(ctx: ArticleContext, draft: Draft) -> bool:
    """Whether the speaker is written as a name the model tagged nothing for ("Jo Bell", see
    _holder_of_the_title; "The Grobs"; "Jo Bell, deputy chief economist at Grobco" when the
    model tagged neither): someone who spoke, not a description ("The DJ"). A surname alone
    ("Pell revealed") counts when the article writes it capitalised inside a sentence too ("Ann
    Pell's book"): a name, not a capitalised common word opening the sentence ("Analysts said")."""
    words = draft.speaker.strip(EDGE).split(",")[0].split()
    if draft.speaker_id is not None:
        return False
    if (
        len(words) >= 3
        and is_person_noun(words[-3])
        and all(re.fullmatch(r"[A-Z][a-z][\w’'-]*", w) for w in words[-2:])
        and is_first_name(words[-2])
    ):
        return True  # "French Green MEP Alain Tarpin": a title, then a first name and a surname
    if any(is_person_noun(w) for w in words):
        return False
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z][\w’'-]*", words[0]) and words[0].lower() not in SUBJECT_PRONOUNS:
        if _body_noun(words[0].lower()):
            return False  # "Police said": a body, never the "he" of the next claim
        return re.search(rf"(?<=[\w,] ){re.escape(words[0])}\b", ctx.body) is not None
    return untagged_name(words, loose=True)


def _holder_of_the_title(ctx: ArticleContext, draft: Draft) -> None:
    """An organisation given as the speaker of "Jo Bell, deputy chief economist at Grobco, said"
    is the person who holds the title there: the person's entity, or the name shown unresolved
    when the model tagged no person in it (never the organisation, never someone further back)."""
    org = next(
        (m for m in ctx.mentions_in(draft.sentence_start, draft.verb_at) if m.entity_id == draft.speaker_id), None
    )
    if org is None or not re.fullmatch(r"[\s,]*", ctx.body[org.end : draft.verb_at]):
        return
    head = ctx.body[draft.sentence_start : org.start]
    found = _HOLDER.search(head)
    if found is None or not set(found.group(2).split()) & JOB_TITLES:
        return
    start = draft.sentence_start + found.start(1)
    inside = ctx.mentions_in(start, start + len(found.group(1)))
    if any(m.label != "PERSON" for m in inside):
        return  # "Grobco Holdings, the parent of ...": an organisation, not a person's name
    person = next((m for m in inside if m.start == start and ctx.likely_person(m.entity_id)), None)
    draft.speaker = found.group(1)
    draft.speaker_id = person.entity_id if person is not None else None


# --- a last check of speakers given from a pronoun, whichever pass gave them -------------------

# the pronoun written as the subject of the reporting verb: "he said", "she has also told", "they
# later added" before it, or "said he" after it
_PRONOUN_BEFORE_VERB = re.compile(r"\b(he|she|they|it|He|She|They|It)\s+(?:[a-z]+\s+){0,2}$")
_PRONOUN_AFTER_VERB = re.compile(r"[a-z]+\s+(he|she|they|it)\b")
_ADVERBS = {"also", "later", "then", "again", "has", "had", "have", "previously", "earlier", "further"}


def _written_pronoun(ctx: ArticleContext, draft: Draft) -> tuple[str, int] | None:
    """The pronoun written as the subject of the claim's reporting verb, and where, outside the
    content ("..., he said", "He added: ...", "..., said she"); None when the subject is no pronoun."""
    if draft.verb_at < 0:
        return None
    lo = max(draft.sentence_start, draft.verb_at - 30)
    before = _PRONOUN_BEFORE_VERB.search(ctx.body, lo, draft.verb_at)
    if before is not None and all(w in _ADVERBS for w in ctx.body[before.end(1) : draft.verb_at].split()):
        at = before.start(1)
    else:
        after = _PRONOUN_AFTER_VERB.match(ctx.body, draft.verb_at, min(len(ctx.body), draft.verb_at + 20))
        if after is None:
            return None
        at = after.start(1)
    inserted = draft.gap is not None and draft.gap[0] <= at < draft.gap[1]  # "But, he adds, ..."
    if (draft.start <= at < draft.end and not inserted) or any(
        a <= at < b and (a, b) != (draft.start, draft.end) for a, b in ctx.contents
    ):
        return None
    return ctx.body[at : ctx.body.find(" ", at)].lower(), at


def check_pronoun_speakers(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """Take back a speaker a pronoun was given when the passage does not settle it (a wrong
    speaker is worse than none), whichever pass gave it:

    - "he said" / "she said" after a narration sentence naming two people the pronoun fits (as
      subject and object, or two objects: "X met Y. '...,' he said") is the speaker of the quote
      run (the claim just before, when that speaker is one of them or the sentence goes on about
      them with the same pronoun), else the one whose words that sentence reports ("X criticised
      Y"), else unresolved;
    - "it said" / "the company said" is not the organisation named before when another
      organisation of that kind is named between it and the speaker word;
    - "they said" is no single organisation or person when a narration sentence between their
      last word and "they" is about someone else ("Campaigners attacked the plan. They said ...");
    - "he said" is no person the claim's own quoted words name in the third person ('"I had a
      word with Ivo," he said' is not Ivo Pellgren's);
    - "he said" reaches back over no organisation or fitting person that spoke just after the one
      it was given, and in a direct quote speaking of a third "he" is not someone other than the
      one who spoke just before (it is that speaker when their own words were about the one it
      was given: "Pell warned that Lane needed a rest. Lane has struggled. 'It's his first year,'
      he said");
    - "she said" is not the woman who spoke before when the narration sentence just before names
      another woman, not as a possessor, and neither her nor the speaker's office opens it ("The
      film shows him at home with his wife, Ann. '...,' she said");
    - "they say" is no organisation named before when its own sentence writes a group before it
      ("Phone firms refuse to pay because they say ...");
    - "Jo Bell of campaign group Grobwatch said" is Jo Bell, not the organisation the parser took
      for the subject; "Grobwatch (GW) and Tarbury Trust (TT) said" is neither one alone;
    - a description ("the spokesman", "the actor") is no person named only after it when the
      article introduced an unnamed one of its word before, nor the person the description's
      word was given to as a possessor's ("The actor's friend X"); "the airline" is no group the
      article writes in lowercase ("unions said");
    - an office ("the foreign secretary") is not the one person titled so when the passage writes
      another, unnamed holder of it ("Grobland's foreign secretary");
    - "he adds" given one who has not spoken before and is named neither in its sentence nor
      in the one before ("The idea was proposed by X. The report ... But he adds") is unresolved;
    - "he added" given one whose claim another speaker reports ("X said he had met Y, who had told
      him ...") is that reporter when the pronoun fits them, else unresolved; "it added" given
      another organisation than the one that spoke last is unresolved.
    """
    if ctx is None:
        return
    for draft in drafts:
        if draft.speaker_id is not None and not ctx.is_person(draft.speaker_id) and _document_by_several(ctx, draft):
            draft.speaker_id = None  # "according to a survey by Grobco, Tarbury and Acme": none of them alone
        elif draft.speaker_id is not None and _official_of_a_place(ctx, draft):
            draft.speaker_id = None  # "An Upper Tarbury official": unnamed, and no place speaks
    ordered = sorted((d for d in drafts if d.verb_at >= 0), key=lambda d: d.verb_at)
    for n, draft in enumerate(ordered):
        if draft.speaker_id is None:
            continue
        written = _written_pronoun(ctx, draft)
        phrase = draft.speaker.strip(EDGE)
        if written is None and phrase in ("It", "it"):
            # "It spent the weekend on the books and concluded that ...": "it" far from its verb
            far = _written_at(ctx, draft, phrase)
            written = ("it", far) if far is not None else None
        if ((written is not None or _unnamed_one_before(ctx, draft, phrase)) and _named_only_later(ctx, draft)) or (
            written is None and _unnamed_one_since(ctx, draft, phrase)
        ):
            if written is not None and not _DESCRIPTION.fullmatch(phrase):
                # a name the pronoun was given is not shown without its entity: the pronoun is
                _unresolve(draft, ctx.body[written[1] : written[1] + len(written[0])])
            # "'...,' said the spokesman" after a Grobco spokesman's words: Grobco's ("he said"
            # gets no one: an organisation is not "he")
            draft.speaker_id = _spokesperson_going_on(ctx, ordered, draft)
            continue
        if written is None and _named_only_later(ctx, draft):
            titled = _titled_before(ctx, ordered[:n], draft, phrase)
            if titled is not None:
                draft.speaker_id = titled or None
                continue
        if written is None and not ctx.is_person(draft.speaker_id):
            member = _person_of_organisation(ctx, draft)
            if member is not None:
                draft.speaker, draft.speaker_id = member  # "Jo Bell of campaign group Grobwatch said"
                continue
            if _joined_organisations(ctx, draft):
                draft.speaker_id = None  # "Grobwatch and the Tarbury Trust said": both, no one of them
                continue
            if _dangling_participle(ctx, draft):
                draft.speaker_id = None  # "Despite insisting he wants a deal, the paper said": his words
                continue
        if written is None and _OFFICER_OF.fullmatch(phrase) and not ctx.is_person(draft.speaker_id):
            # "the chairman of the Grobco Federation said": a person who holds an office there
            draft.speaker_id = _named_next(ctx, draft)
            continue
        words = phrase.lower().split()
        if words[-1:] and words[-1] in _NOUN_HEADS and _described_organisation(phrase):
            draft.speaker_id = _described_one(ctx, draft, words[-1])
            continue
        if len(words) == 2 and words[0] == "the" and words[1] in _HEADS:
            at = _written_at(ctx, draft, phrase)
            if at is not None and _common_noun(ctx, draft.speaker_id):
                draft.speaker_id = None  # "the company", said and left so
            elif at is not None and _other_organisation_between(ctx, ordered[:n], draft, at, words[1]):
                # "... strike action by the PCS. The union says": the one the sentence before
                # writes as of that kind, else left so
                draft.speaker_id = _written_as_kind_just_before(ctx, draft, words[1])
            continue
        if written is None:
            if (
                _description_of_another(ctx, draft)
                or _player_of_another_calling(ctx, draft, phrase)
                or _another_holder_in_reach(ctx, draft, phrase)
            ):
                draft.speaker_id = None
            continue
        pronoun, at = written
        if pronoun in _PRONOUNS and _named_in_own_words(ctx, draft):
            _unresolve(draft, ctx.body[at : at + len(pronoun)])  # '"I had a word with Ivo," he said': not Ivo
            continue
        if pronoun in _PRONOUNS and _nearer_one_in_own_sentence(ctx, draft, pronoun, at):
            _unresolve(draft, ctx.body[at : at + len(pronoun)])  # "X repaid Lord Y after he said": maybe Y
            continue
        if pronoun in _PRONOUNS and _first_name_against(ctx, draft.speaker_id, pronoun):
            _unresolve(draft, ctx.body[at : at + len(pronoun)])  # "Michael said ... Her ..., she said"
            continue
        if pronoun in _PRONOUNS and (outer := _reported_inside_last_turn(ctx, ordered[:n], draft)) is not None:
            # "X said that when Y announced ... He added": X, whose turn it is, when the pronoun fits
            name = next((m.text for m in reversed(ctx.mentions_in(0, at)) if m.entity_id == outer), None)
            if name is not None and _fitting(ctx, outer, pronoun):
                draft.speaker, draft.speaker_id = name, outer
            else:
                _unresolve(draft, ctx.body[at : at + len(pronoun)])
            continue
        if pronoun in _PRONOUNS and _unnamed_office_since(ctx, ordered[:n], draft, pronoun):
            _unresolve(draft, ctx.body[at : at + len(pronoun)])  # "Earlier the Archbishop of X wrote ..."
            continue
        if pronoun in _PRONOUNS and _adds_to_one_unheard(ctx, ordered[:n], draft):
            _unresolve(draft, ctx.body[at : at + len(pronoun)])  # "The idea was proposed by X. But he adds"
            continue
        if pronoun in _PRONOUNS:
            turns = [d for d in ordered[:n] if not d.owned]  # "X's claim that ..." is no turn of X's
            found = _quote_run_person(ctx, turns, draft, pronoun)
            if found is None:
                if _someone_else_spoke_between(ctx, turns, draft, pronoun) or _another_one_just_before(
                    ctx, turns, draft, pronoun
                ):
                    # "Tom Pell, her lawyer, said ... '...,' he said": the one who spoke just before
                    spoke = _the_one_who_spoke_just_before(ctx, turns, draft, pronoun)
                    if spoke is None:
                        _unresolve(draft, ctx.body[at : at + len(pronoun)])
                    else:
                        draft.speaker, draft.speaker_id = spoke
                elif _speaks_of_them(ctx, turns, draft, pronoun) and not _reacts_just_before(
                    ctx, turns, draft, pronoun
                ):
                    spoken_of = _spoke_of_the_one_given(ctx, turns[-1], draft, at)
                    if spoken_of is None:
                        _unresolve(draft, ctx.body[at : at + len(pronoun)])
                    else:
                        draft.speaker, draft.speaker_id = spoken_of, turns[-1].speaker_id
                continue
            if found == "":
                _unresolve(draft, ctx.body[at : at + len(pronoun)])
            elif found != draft.speaker_id:
                name = next((m.text for m in reversed(ctx.mentions_in(0, at)) if m.entity_id == found), None)
                if name is None:
                    _unresolve(draft, ctx.body[at : at + len(pronoun)])
                else:
                    draft.speaker, draft.speaker_id = name, found
        elif pronoun == "it":
            if (
                _common_noun(ctx, draft.speaker_id)
                or _other_organisation_between(ctx, ordered[:n], draft, at, "")
                or _adds_to_another(ctx, ordered[:n], draft)
            ):
                _unresolve(draft, ctx.body[at : at + 2])  # as extraction leaves "it" it cannot settle
        elif pronoun == "they" and _group_before_they(ctx, draft, at):
            _unresolve(draft, ctx.body[at : at + 4])  # "Phone firms refuse to pay because they say"
        elif pronoun == "they" and _someone_else_since(ctx, ordered[:n], draft):
            if _plural_organisation(ctx, drafts, draft, at) != draft.speaker_id:
                _unresolve(draft, ctx.body[at : at + 4])  # (the plural organisation the passage settles stays)


# what "the watchdog", "the regulator" name: an organisation the article calls so, not whichever
# organisation was named last
# ("the agency", "the charity", "the union" are left to the kinds the entity table knows)
_NOUN_HEADS = {"watchdog", "regulator", "exchange", "bourse", "alliance", "federation", "commission", "committee"}
_NOUN_HEADS |= {"council", "authority", "association", "institute", "trust", "society", "foundation", "consortium"}


def _described_one(ctx: ArticleContext, draft: Draft, head: str) -> str | None:
    """ "..., according to the watchdog" after "the media watchdog Ofcal" (or "Ofcal, the media
    watchdog"): the speaker given stays when the article calls it by the noun (or the noun is part
    of its name: "the trust" for "the Tarbury Trust"); else the one organisation named before the
    claim that the article calls so; else nobody (not the organisation named last). When the
    article calls no organisation so, the speaker given stays ("Grobco raised its offer. '...,'
    the pan-European exchange said": the one organisation of the passage, described)."""
    called = _called(ctx, head, draft.sentence_start)
    if not called or draft.speaker_id in called:
        return draft.speaker_id
    only = called.pop() if len(called) == 1 else None
    # a name tagged a person ("the watchdog, Reporters Without Borders", with only "Without
    # Borders" tagged, PERSON) contests the speaker given but is not given
    return only if only is not None and all(m.label == "ORG" for m in ctx.mentions if m.entity_id == only) else None


def _called(ctx: ArticleContext, head: str, before: int) -> set[str]:
    """The organisations (no outlet; a name tagged PERSON counts, the model cuts some names short)
    named before `before` whose name holds the noun `head` or that the article describes with it,
    outside quotations: "watchdog Ofcal", "the media watchdog, Ofcal", "Ofcal, the media watchdog"
    (a name cut short after the noun, "the watchdog, Reporters [Without Borders]", too)."""
    word = re.escape(head)
    found = set()
    for m in ctx.mentions_in(0, before):
        if m.label not in ("ORG", "PERSON") or ctx.is_media(m.entity_id):
            continue
        if m.label == "ORG" and ctx.is_person(m.entity_id):
            continue
        if any(a <= m.start < b for a, b in ctx.contents):
            continue
        if (
            head in m.text.lower().split()
            or (
                re.search(
                    # the noun in any case ("Watchdog Ofcal"), the words between it and the name
                    # capitalised ("watchdog Reporters [Without Borders]"), not "manager at Grobco"
                    rf"\b(?i:{word})\s*,?\s+(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}$",
                    ctx.body[max(0, m.start - 40) : m.start],
                )
                or (
                    re.match(
                        rf"\s*,\s+(?:the|a|an|its|[A-Z][\w’'-]*['’]s?)\s+(?:[\w-]+\s+){{0,3}}?{word}\b(?!['’])",
                        ctx.body[m.end : m.end + 80],
                    )
                    # not the speaker's own words: "Ahead of talks with Grobco, the company said"
                    and ctx.body[m.end : before].strip(" ,") != ""
                )
            )
        ):
            found.add(m.entity_id)
    return found


# "the actor", "The 80-year-old singer": a definite description of a person, by its last word
_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,3}?([a-z][a-z-]+)")


def _description_of_another(ctx: ArticleContext, draft: Draft) -> bool:
    """ "The actor's friend Jo Bell told a magazine ... The actor refused": whether the passage
    before (this paragraph and the one before, outside quotations) gives the description's word
    to someone as a possessor ("the actor's friend"), who is then not the person the description
    was given (the possessed one opening the sentence before) but is as likely the speaker. A
    possessor of a thing ("examine the mayor's activities") is the one given, not another."""
    found = _DESCRIPTION.fullmatch(draft.speaker.strip(EDGE))
    if found is None or not ctx.is_person(draft.speaker_id):
        return False
    at = _written_at(ctx, draft, draft.speaker.strip(EDGE))
    if at is None:
        return False
    lo = ctx.paragraph_start(draft.sentence_start, 1)
    possessive = re.compile(rf"\b{re.escape(found.group(1))}(?:['’]s|s['’])(?=\s)", re.IGNORECASE)
    given = [m.start for m in ctx.mentions_in(lo, at) if m.entity_id == draft.speaker_id]
    return any(
        not any(a <= hit.start() < b for a, b in [*ctx.contents, (draft.start, draft.end)])
        and any(_POSSESSED.fullmatch(ctx.body, hit.end(), start) for start in given if start > hit.end())
        for hit in possessive.finditer(ctx.body, lo, at)
    )


# what stands between a possessive and the person it possesses: "the actor's friend Jo Bell",
# "the actor's long-time friend, Jo Bell"
_POSSESSED = re.compile(r"(?:\s+[a-z][\w-]*){1,3},?\s+(?:[A-Z][a-z]+\.?\s+)?")


def _another_holder_in_reach(ctx: ArticleContext, draft: Draft, phrase: str) -> bool:
    """ "Foreign Secretary Tom Pell met Grobland's foreign secretary in Leeds. The foreign secretary
    said ...": whether an office description ("the foreign secretary") given the person the
    article titles so has another holder of that office in reach (this paragraph and the one
    before, in narration): the same office written with an owner or a place of its own
    ("Grobland's foreign secretary", "the Grobland foreign secretary"), no name beside it, the
    owner or place not one the given person's own titles hold. Either may have spoken."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in SUBJECT_OFFICES | RIVAL_SUBJECT_OFFICES:
        return False
    if not ctx.is_person(draft.speaker_id) or not all(re.fullmatch(r"[a-z-]+", w) for w in words):
        return False
    at = _written_at(ctx, draft, phrase)
    if at is None:
        return False
    office = r"\s+".join(re.escape(w) for w in words[1:])
    other = re.compile(rf"(?:\b([A-Z][\w-]*)['’]s\s+|\b[Tt]he\s+([A-Z][\w-]*)\s+)(?i:{office})\b")
    own = {w for m in ctx.mentions if m.entity_id == draft.speaker_id for t in ctx.title_phrases(m) for w in t}
    lo = ctx.paragraph_start(draft.sentence_start, 1)
    for hit in other.finditer(ctx.body, lo, at):
        if any(a <= hit.start() < b for a, b in ctx.contents) or draft.start <= hit.start() < draft.end:
            continue
        if (hit.group(1) or hit.group(2)).lower() in own:
            continue  # "British Foreign Secretary Tom Pell ... the British foreign secretary"
        if re.match(r",?\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z]", ctx.body[hit.end() : hit.end() + 30]) or re.search(
            r"[A-Z][\w’'-]+,\s+$", ctx.body[max(0, hit.start() - 40) : hit.start()]
        ):
            continue  # "Grobland's foreign secretary, Jo Bell," / "Jo Bell, Grobland's foreign secretary": named
        return True
    return False


# what people are that no team's player is ("R&B singer Jo Bell")
_OTHER_CALLINGS = {"singer", "rapper", "rocker", "musician", "guitarist", "drummer", "bassist", "frontman"}
_OTHER_CALLINGS |= {"songwriter", "composer", "actor", "actress", "comedian", "presenter", "broadcaster", "dj"}
_OTHER_CALLINGS |= {"writer", "author", "novelist", "playwright", "poet", "artist", "designer", "director"}
_OTHER_CALLINGS |= {"journalist", "economist", "analyst", "lawyer", "barrister", "politician", "businessman"}
# where a team's player plays ("the striker", "the Grobton full-back"), not what any star is
_POSITIONS = PLAYING_POSITIONS | {"forward", "fullback", "centre-back", "batsman", "bowler", "all-rounder", "playmaker"}
_PLAYERS = {"player", "footballer", "cricketer", "star", "captain", "skipper"}


def _player_of_another_calling(ctx: ArticleContext, draft: Draft, phrase: str) -> bool:
    """ "The Grobton striker signed Jo Bell to his label": whether a description of a team's player
    ("the striker", "the Grobton full-back") was given a person the article writes with another
    calling and no player's ("R&B singer Jo Bell"): someone else, whom the article describes
    otherwise, is the player."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _POSITIONS or not ctx.is_person(draft.speaker_id):
        return False
    titles = [t for m in ctx.mentions if m.entity_id == draft.speaker_id for t in ctx.title_phrases(m)]
    return any(t & _OTHER_CALLINGS for t in titles) and not any(t & (_POSITIONS | _PLAYERS) for t in titles)


def _unnamed_one_before(ctx: ArticleContext, draft: Draft, phrase: str) -> bool:
    """ "A spokesman for the Home Office said ... '...,' said the spokesman": whether a definite
    description goes back to an unnamed person of its word the article introduced before ("a
    spokesman"), rather than on to a name the next sentences give (a report's opening: "The
    courts minister has told MPs ... Jo Bell said")."""
    found = _DESCRIPTION.fullmatch(phrase)
    if found is None:
        return False
    head = re.escape(found.group(1))
    return _introducing(head).search(ctx.body[: draft.sentence_start]) is not None


# a word between "a" and the noun of one it introduces ("a Velt spokesman"): not a determiner or a
# preposition ("a letter to the chairman" introduces no chairman). ("a new chairman" still
# introduces one: "Velt named a new chairman. '...,' the chairman said" may be the new one)
_MODIFIER = r"(?!(?:the|a|an|to|of|for|with|at|from|by|on|in|his|her|its|their|my|our|your)\b)[\w-]+"


def _introducing(head: str, modifier: str = r"[\w-]+") -> re.Pattern:
    """ "a spokesman", "a Velt spokesman": "a" or "an", at most three words that match `modifier`,
    then `head` (already escaped): where the article introduces an unnamed one of that word. The one
    pattern of `_unnamed_one_before` and `_unnamed_one_since`, which differ in the words allowed
    between: any for the one before (the older rule, kept as it was), `_MODIFIER` for the one since
    (no determiner or preposition: "a letter to the chairman" introduces no chairman)."""
    return re.compile(rf"\b[Aa]n?\s+(?:{modifier}\s+){{0,3}}?{head}\b")


def _unnamed_one_since(ctx: ArticleContext, draft: Draft, phrase: str) -> bool:
    """ "Tom Pell, a Velt spokesman, said ... A Grobco spokesman said ... '...,' the spokesman
    added": whether a description given a person goes back to an unnamed one of its word that the
    article introduces ("a ... spokesman") after the last naming of that person before it: the
    nearer one, not the person named further back."""
    found = _DESCRIPTION.fullmatch(phrase)
    if found is None or not ctx.is_person(draft.speaker_id):
        return False
    named = [
        m.end
        for m in ctx.mentions_in(0, draft.sentence_start)
        if m.entity_id == draft.speaker_id and not draft.start <= m.start < draft.end
    ]
    if not named:
        return False
    head = re.escape(found.group(1))
    return any(
        not ctx.inside_quote(hit.start())
        and not any(a <= hit.start() < b for a, b in ctx.contents)
        and not re.fullmatch(r",\s*", ctx.body[named[-1] : hit.start()])  # "Tom Pell, a spokesman for X,": his
        for hit in _introducing(head, _MODIFIER).finditer(ctx.body, named[-1], draft.sentence_start)
    )  # in narration: '"Being a coach is hard," Pell said' introduces nobody


def _named_only_later(ctx: ArticleContext, draft: Draft) -> bool:
    """ "'...,' said the spokesman. ... But Jo Bell, spokesman for Grobco, said": whether the person
    a definite description was given is named only after the claim's sentence (or only in its
    content): a description goes back to someone named, not on to someone the article names later."""
    if not ctx.is_person(draft.speaker_id):
        return False
    return not any(
        m.entity_id == draft.speaker_id and not draft.start <= m.start < draft.end
        for m in ctx.mentions_in(0, draft.sentence_end)
    )


# "the chairman of X", "the chief executive of X": a person described by an office in an organisation
_OFFICER_OF = re.compile(
    rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<office>{'|'.join(HEADS_OF_A_BODY)})\s+(?:of|at)\s+[^,;:]+"
)
_SAYS = re.compile(r"\s+(?:said|says|added|told|warned|insisted)\b")


def _named_next(ctx: ArticleContext, draft: Draft) -> str | None:
    """ "..., the chairman of the Grobco Federation said ... Jo Bell said: '...'": the person the
    next sentence (in this paragraph or opening the next) opens with as a speaker, named there for
    the first time by full name; else None (the organisation is not its officer)."""
    rest = ctx.body[draft.sentence_end :]
    start = draft.sentence_end + len(rest) - len(rest.lstrip())
    if ctx.body[draft.sentence_end : start].count("\n") > 2:
        return None
    first = next(iter(ctx.mentions_in(start, start + 60)), None)
    if first is None or first.label != "PERSON" or len(first.text.split()) < 2:
        return None
    if first.start != start and not _same_office(draft.speaker, ctx.body[start : first.start]):
        return None  # "Chief executive Jo Bell said" after "the head of Grobco": the office, named
    if not ctx.likely_person(first.entity_id) or not _SAYS.match(ctx.body, first.end):
        return None
    if any(m.entity_id == first.entity_id for m in ctx.mentions_in(0, start)):
        return None
    return first.entity_id


def _same_office(description: str, title: str) -> bool:
    """Whether `title`, written before a name opening its sentence ("Chief executive"), is the
    office of `description` ("the chairman of X"; for "the head of X", any title of the one who
    runs it), and nothing else."""
    found = _OFFICER_OF.match(description.strip(EDGE))
    words = title.lower().split()
    if found is None or not 1 <= len(words) <= 3 or not title.endswith(" "):
        return False
    office = " ".join(found.group("office").lower().split())
    offices = FIRM_HEAD_TITLES if office in ("head", "boss") else {office}
    return " ".join(words) in offices


def _titled_before(ctx: ArticleContext, before: list[Draft], draft: Draft, phrase: str) -> str | None:
    """ "Scotland's justice minister has warned ... Jo Bell said ... However, the minister said ...
    Jo Bell and First Minister Tom Pell met": for a definite description of a person ("the
    minister") given someone the article names only after it, whom the passage introduced before
    with that title: the one person an earlier speaker phrase ending in the description's word was
    given ("Scotland's justice minister" -> Jo Bell), "" (nobody) when the article names before
    someone else written with that word, None (the description stays with who it was given, a
    report's opening "The courts minister has told MPs ... Jo Bell said") when it names nobody so."""
    found = _DESCRIPTION.fullmatch(phrase)
    if found is None or not ctx.is_person(draft.speaker_id):
        return None
    head = found.group(1).lower()
    earlier = {
        d.speaker_id
        for d in before
        if d.speaker_id is not None
        and d.speaker_id != draft.speaker_id
        and d.speaker.strip(EDGE).lower().split()[-1:] == [head]
        and ctx.is_person(d.speaker_id)
        and ctx.likely_person(d.speaker_id)
    }
    if len(earlier) == 1:
        return earlier.pop()
    titles = ctx.title_words()
    if earlier or any(
        m.label == "PERSON" and m.entity_id != draft.speaker_id and head in titles.get(m.entity_id, set())
        for m in ctx.mentions_in(0, draft.sentence_start)
    ):
        return ""
    return None


def _common_noun(ctx: ArticleContext, entity_id: str | None) -> bool:
    """ "unions said": an entity the article writes only in lowercase, a kind of speaker and no
    organisation that "the airline" or "it" can be."""
    mentions = [m for m in ctx.mentions if m.entity_id == entity_id]
    return bool(mentions) and all(m.text[:1].islower() for m in mentions)


# "Earlier the Archbishop of Canterbury wrote ...", "But the judge ruled ...": an office holder,
# not named, as the subject of a narration sentence (after a conjunction or an opening phrase)
_OFFICE_OPENER = office_subject(
    r"[Tt]he\s+(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][a-z-]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?",
    r"(?:has|had|is|was|will|would|said|told|wrote|[a-z]{3,}ed)\b",
    lead=r"[\s\"“”’)]*",
    links=("And", "But", "Yet", "So", "However", "Meanwhile", "Now", "Later", "Earlier", "Then"),
    opening=60,
    adverbs="also|later|then|again|previously|[a-z]+ly",
)


def _unnamed_office_since(ctx: ArticleContext, before: list[Draft], draft: Draft, pronoun: str) -> bool:
    """ "Brown said ... Earlier the Archbishop of Canterbury wrote to the parties. In a letter, he
    called on them ... He said ...": whether a narration sentence between the last turn of the
    person "he" / "she" was given and the pronoun has as its subject an office holder the article
    does not name (nor gives the title to the person given), whom the pronoun fits: the pronoun may
    be either of them."""
    given = draft.speaker_id
    if given is None or not ctx.is_person(given):
        return False
    turns = [d for d in before if d.speaker_id == given and d.verb_at < draft.sentence_start]
    if not turns:
        return False
    since = max(d.sentence_end for d in turns)
    for start, end in _sentences_before(ctx, draft.sentence_start, 1):
        if start < since:
            return False
        found = _OFFICE_OPENER.match(ctx.body, start, end)
        if found is None or any(a <= found.start(1) < b for a, b in ctx.contents):
            continue
        head = found.group(2).lower()
        if found.group(2).islower():
            continue  # "the constitutional affairs secretary": another name for whoever spoke, as often
        if head not in RIVAL_SUBJECT_OFFICES or HOLDER_GENDER.get(head, GENDER_WORDS[pronoun]) != GENDER_WORDS[pronoun]:
            continue
        if ctx.mentions_in(start + found.start(1), start + found.end(1) + 3):
            continue  # "The Archbishop of Canterbury, Dr Jo Bell, ...": named, the rules before hold
        words = {w.lower() for w in found.group(1).split()[1:] if not w.islower() or w in TITLE_WORDS}
        holder = ctx.titled(head, words)
        if holder == given or any(d.speaker.strip(EDGE).lower() == found.group(1).lower() for d in turns):
            continue  # "Chancellor Gordon Brown ... the chancellor said": the one given
        return True
    return False


def _reported_inside_last_turn(ctx: ArticleContext, before: list[Draft], draft: Draft) -> str | None:
    """ "Jo Bell said he had met Tom Pell, who had told him that ... He added ...": when the person
    "he" / "she" was given spoke last only inside another speaker's words (a claim the other
    reports), that other speaker, whose turn it is ("added" goes on with them; when the pronoun
    does not fit them it is anyone's); else None."""
    lo = ctx.paragraph_start(draft.sentence_start, 1)
    turns = [d for d in before if lo <= d.verb_at < draft.sentence_start and not d.owned]
    if not turns:
        return None
    last = max(turns, key=lambda d: d.verb_at)
    outer = {o.speaker_id for o in turns if o is not last and o.start <= last.verb_at < o.end}
    if last.speaker_id != draft.speaker_id or len(outer) != 1:
        return None
    (speaker,) = outer
    return speaker if speaker is not None and speaker != draft.speaker_id and ctx.is_person(speaker) else None


def _named_in_own_words(ctx: ArticleContext, draft: Draft) -> bool:
    """Whether the claim's own quoted words name the person its pronoun was given, by any word of
    a name the article writes for them (first name or surname, "I had a word with Ivo"): one speaks
    of another in the third person, so "he" is someone else. A word inside another entity's
    mention ("Bell Park", "Tom Bell") does not count."""
    person = draft.speaker_id
    if person is None or not ctx.is_person(person):
        return False
    names = {
        word
        for m in ctx.mentions
        if m.entity_id == person
        for word in re.findall(r"[A-Z][\w'-]{2,}", m.text)
        if word.lower() not in HONORIFICS and word.lower() not in TITLE_WORDS
    }
    if not names:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    for hit in pattern.finditer(ctx.body, draft.start, draft.end):
        if not ctx.inside_quote(hit.start()):
            continue  # narration ("in which he accused X of lying, over what X should do"): maybe himself
        mention = ctx.mention_at(hit.start())
        if _opens_quoted_sentence(ctx.body, draft.start, hit) and (
            mention is None or (mention.text == hit.group() and common_word(hit.group()))
        ):
            # '"Will we win?"', '"Young players ..."', '"She told me: Ivo, you can ..."': an ordinary
            # word capitalised to open a sentence, or the name he is addressed by, not someone he speaks of
            continue
        if mention is None or mention.entity_id == person:
            return True
    return False


def _opens_quoted_sentence(body: str, start: int, hit: re.Match[str]) -> bool:
    """Whether the word `hit` opens the quoted words at `start`, a sentence in them, what follows a
    colon, or a quote nested in them ("... told me: 'Ivo, ...'")."""
    before = body[start : hit.start()].rstrip()
    return not before or before[-1] in "\"“‘'.?!:"


def _unresolve(draft: Draft, written: str) -> None:
    draft.speaker, draft.speaker_id = f"{written} (unresolved)", None


def _quote_run_person(ctx: ArticleContext, before: list[Draft], draft: Draft, pronoun: str) -> str | None:
    """For "he said" after a narration sentence naming two or more people the pronoun fits as its
    subject or objects (not a possessor, "X's coach Y", nor, beside a subject, someone after a
    preposition, "X had talks with Y"): the one who is settled ("" for nobody); None when that
    sentence names fewer (the rules before hold)."""
    span = ctx.narration_before(draft.sentence_start)
    if span is None:
        return None
    lo, hi = span
    if re.match(rf"{_CONJUNCTION.pattern}{pronoun}\b", ctx.body[lo:hi], re.IGNORECASE):
        return None  # "He met Jo Bell and Tom Pell. '...,' he said": the same subject goes on
    if pronoun in ("he", "she") and _epithet_opener(ctx.body[lo:hi], pronoun):
        return None  # "The 31-year-old was third behind Jo Bell and Ann Roe. '...,' she said": the same
    people = [
        m
        for m in ctx.mentions_in(lo, hi)
        if m.label == "PERSON"
        and not any(a <= m.start < b for a, b in ctx.contents)
        and ctx.likely_person(m.entity_id)
        and ctx.fits(m.entity_id, pronoun)
        # "Franz Ferdinand frontman Jo Bell": a name modifying the name after it is nobody who speaks
        and not ctx.modifier_or_tie(m, lo, tie=False)
    ]
    first = people[0] if people and ctx.opens_sentence(people[0].start) else None
    # "Jo Bell's proposal comes after ...": a possessor opening the sentence, of no person, is its
    # subject; other possessors ("Jo Bell's coach Tom Pell") are nobody who speaks
    owner = first is not None and ctx.body[first.end : first.end + 1] in ("'", "’")
    if owner and first is not None and ctx.possessed_subject(first, people, hi) is None:
        people = [first, *(m for m in people[1:] if ctx.body[m.end : m.end + 1] not in ("'", "’"))]
    else:
        people = [m for m in people if ctx.body[m.end : m.end + 1] not in ("'", "’")]
        first = people[0] if people and ctx.opens_sentence(people[0].start) else None
    named = {m.entity_id for m in people}
    if first is not None:
        # beside a subject, "Jo Bell, who worked with Tom Pell, ...", "talks with Tom Pell": whom a
        # relative clause or a preposition names is no other subject
        oblique: set[int] = set()
        for i, m in enumerate(people[1:], 1):
            if re.search(r"\bwho(?:se|m|['’]s)?\b", ctx.body[first.end : m.start]) or _after_preposition(
                ctx, people[i - 1].end, m.start, people[i - 1].start in oblique
            ):
                oblique.add(m.start)
        named = {m.entity_id for m in people if m.start not in oblique}
    if len(named) < 2:
        return None
    last = before[-1] if before else None
    if last is not None and lo <= last.verb_at and (answer := ctx.rejoinder(lo, hi, pronoun, last.speaker_id)):
        return answer.entity_id  # "X said A but Harbour Tennis' Y rejected it. '...,' he said": Y answers
    if (
        last is not None
        and last.speaker_id in named
        and ctx.paragraph_start(lo, 1) <= last.verb_at < draft.sentence_start
        and _fitting(ctx, last.speaker_id, pronoun)
        and (lo <= last.verb_at or (first is not None and first.entity_id == last.speaker_id))
    ):
        return last.speaker_id  # the quote run's speaker, who the sentence between is about or speaks in
    acting = ctx.speech_act_subject(lo, hi)
    return acting if acting in named else ""


def _someone_else_spoke_between(ctx: ArticleContext, before: list[Draft], draft: Draft, pronoun: str) -> bool:
    """ "Jo Bell said ... Parul Jain, an economist at Grobco, said ... '...,' he said" (with the
    economist's words given to Grobco): whether the claim just before, in this paragraph or the
    one before and after the last turn of the person the pronoun was given, has another speaker
    with an entity that is no person the pronoun cannot be (an organisation, a place, a person of
    the pronoun's gender): the pronoun is not settled to reach back over them."""
    last = before[-1] if before else None
    if last is None or last.speaker_id == draft.speaker_id:
        return False
    if last.speaker_id is None and not _named_without_entity(ctx, last):
        return False
    if last.verb_at < ctx.paragraph_start(draft.sentence_start, 1):
        return False
    if last.speaker_id is not None and ctx.is_person(last.speaker_id) and not ctx.fits(last.speaker_id, pronoun):
        return False  # "Jo Bell said ... Tom Pell said ... '...,' she said": not him
    if _a_document(last) and len(before) >= 2 and before[-2].speaker_id == draft.speaker_id:
        return False  # '"...," said Jo Bell. ... the report concluded. ..., he added': no report is "he"
    if any(m.entity_id == draft.speaker_id for m in ctx.mentions_in(last.sentence_end, draft.verb_at)):
        return False  # named again since: "Grobco said ... Pell is angry. '...,' he said"
    # their own turn before, not in the sentence where the other spoke ("X confirmed the review, after
    # a report which branded ...": the report's words inside X's sentence)
    return any(
        d.speaker_id == draft.speaker_id and d.sentence_start != last.sentence_start and d.verb_at < last.verb_at
        for d in before
    ) and not any(d.speaker_id == draft.speaker_id and d.sentence_start == last.sentence_start for d in before)


# "But Tindall, who ...": a surname opening the sentence as its subject (the model missed it)
_SURNAME_OPENER = re.compile(rf"{_CONJUNCTION.pattern}(?P<name>[A-Z][\w’'-]+)(?=,?\s+[a-z])")


def _untagged_subject(
    ctx: ArticleContext, start: int, text: str, pronoun: str, people: list[Mention]
) -> tuple[str, str] | None:
    """ "But Bell, who signed for Grobton, told the BBC ... '...,' he said": the one person of the
    article with the surname that opens the sentence untagged, when the pronoun fits them and no
    other person with a sign of being one (a first name, a title) is named in the sentence."""
    opener = _SURNAME_OPENER.match(text)
    if opener is None or ctx.mention_at(start + opener.start("name")) is not None:
        return None
    named = ctx.person_named(opener.group("name"))
    if named is None or not ctx.likely_person(named[1]) or not _fitting(ctx, named[1], pronoun):
        return None
    if any(m.entity_id != named[1] and ctx.likely_person(m.entity_id) for m in people):
        return None
    return named


def _a_document(draft: Draft) -> bool:
    """ "the report", "The survey of 500 firms": a speaker written as a document, not a person."""
    words = draft.speaker.lower().split()
    return 2 <= len(words) <= 8 and words[0] in ("the", "this") and words[1] in DOCUMENT_NOUNS


_THIRD_PERSON = {"he": r"\b(?:he|his|him|himself)\b", "she": r"\b(?:she|her|hers|herself)\b"}


def _speaks_of_them(ctx: ArticleContext, before: list[Draft], draft: Draft, pronoun: str) -> bool:
    """ "Coach Tom Pell warned that Rob Lane needed a rest. Lane, 21, has struggled. 'It's his first
    year,' he said": whether the pronoun was given someone other than the person who spoke just
    before in the quote run (this paragraph or the one before) while the content speaks of a third
    person of the same gender: the words may as well be the speaker's before, about the one given."""
    last = before[-1] if before else None
    if last is None or last.speaker_id is None or last.speaker_id == draft.speaker_id:
        return False
    if last.verb_at < ctx.paragraph_start(draft.sentence_start, 1) or not _fitting(ctx, last.speaker_id, pronoun):
        return False
    if not draft.direct_quote:
        return False  # reported speech says "he" of the speaker himself: "he said he would go"
    # the quotation only, not an attribution the content runs on into ('," he said at his ...')
    words = re.sub(r"\b(?:he|she)\s+(?:said|says|added|told)\b[^.“”\"]*", "", ctx.body[draft.start : draft.end])
    return re.search(_THIRD_PERSON[pronoun], words, re.IGNORECASE) is not None


# "Jo Bell, 24, was disappointed with ...": the person's name, an aside, a verb of being and a feeling
_REACTION = re.compile(
    r"(?:,[^,.;:“”\"]{1,40},)?\s+(?:was|is|were|are|looked|seemed|felt|appeared|remained|remains)\s+"
    r"(?:(?:very|so|clearly|visibly|still|not|particularly|bitterly|deeply|extremely|really)\s+)*"
    rf"(?:{alternation(REACTION_ADJECTIVES)})\b"
)


def _reacts_just_before(ctx: ArticleContext, turns: list[Draft], draft: Draft, pronoun: str) -> bool:
    """ "Velt said ... Bell, 24, was upset with her serve. 'She read my game well,' she said":
    whether the narration sentence just before opens with the person the pronoun was given as
    its subject, telling how they took it (a verb of being and a feeling), and names no other
    person the pronoun fits: the words that follow are that person's, though they speak of a
    third one as the one who spoke before might have. Never when the one who spoke before named
    that person in their own words ("'Ann has trained hard,' said her coach. Bell was delighted.
    'She ...,' she said": the coach goes on about her)."""
    span = ctx.narration_before(draft.sentence_start)
    if span is None or draft.speaker_id is None:
        return False
    said = ctx.body[turns[-1].start : turns[-1].end] if turns else ""
    names = {w for m in ctx.mentions if m.entity_id == draft.speaker_id for w in m.text.split() if w[:1].isupper()}
    if any(re.search(rf"\b{re.escape(w)}\b", said) for w in names):
        return False
    lo, hi = span
    people = [
        m for m in ctx.mentions_in(lo, hi) if m.label == "PERSON" and not any(a <= m.start < b for a, b in ctx.contents)
    ]
    if not people or people[0].entity_id != draft.speaker_id or not ctx.opens_sentence(people[0].start):
        return False
    if any(m.entity_id != draft.speaker_id and _gender_where_named(ctx, m) != _other_gender(pronoun) for m in people):
        return False  # "Bell was upset with Ann Roe's remarks": Roe as well may speak next
    return _REACTION.match(ctx.body, people[0].end, hi) is not None


def _other_gender(pronoun: str) -> str:
    return {"he": "f", "she": "m"}[pronoun]


def _spoke_of_the_one_given(ctx: ArticleContext, last: Draft, draft: Draft, at: int) -> str | None:
    """The name of the person who spoke just before (see _speaks_of_them) when their own words
    were about the one the pronoun was given, and nobody else spoke since: 'Coach Tom Pell warned
    that Rob Lane needed a rest. Lane has struggled. "It's his first year," he said' is Pell's
    (the quote speaks of Lane as "his"); the name as last written before the pronoun."""
    if not any(m.entity_id == draft.speaker_id for m in ctx.mentions_in(last.start, last.end)):
        return None
    if any(m.entity_id == last.speaker_id for m in ctx.mentions_in(last.end, at)):
        return None
    return next((m.text for m in reversed(ctx.mentions_in(0, last.end)) if m.entity_id == last.speaker_id), None)


_PREPOSITIONS = {"to", "with", "between", "of", "about", "from", "against", "for", "on", "at", "in", "than"}
_PREPOSITIONS |= {"into", "over", "under", "after", "before", "like", "alongside", "among", "behind", "towards"}
# "stars including Y and Z": whom a list after "including" names is no subject either
_LIST_PREPOSITIONS = _PREPOSITIONS | {"including"}


def _after_preposition(ctx: ArticleContext, previous_end: int, start: int, previous_oblique: bool) -> bool:
    """Whether the name at `start` follows a preposition ("talks with Y", "a feud between Y and
    Z", "beating stars including Y, Z and W": the list goes on after a comma as after "and"),
    titles and names aside; "by" is no such (the agent of a passive may be who speaks), but for
    the agent of a thing owned ("her defeat by Y", "his sacking by Y": not a clause of Y's)."""
    words = re.findall(r"[\w’'-]+|[,;:]", ctx.body[previous_end:start])
    while words and words[-1] not in _LIST_PREPOSITIONS | {"and", "or"}:
        if not (words[-1][:1].isupper() or words[-1].lower() in TITLE_WORDS):
            break
        words.pop()
    if words[-1:] in (["and"], [","]) and len(words) == 1:
        return previous_oblique
    if len(words) >= 3 and words[-1] == "by" and words[-3].lower() in ("his", "her", "their"):
        return words[-2].isalpha() and words[-2].islower() and not words[-2].endswith("ed")
    # "with the younger Jo", "to his old friend Jo": a preposition, then at most three words of
    # description (no verb: "with which he beat Jo" has one, ending in -ed)
    tail = words[-4:]
    cut = max((i for i, w in enumerate(tail) if w in _LIST_PREPOSITIONS), default=None)
    if cut is None:
        return False
    return all(w.isalpha() and w.islower() and not w.endswith("ed") for w in tail[cut + 1 :])


def _anchor(ctx: ArticleContext, before: list[Draft], draft: Draft, entity_id: str, at: int = -1) -> int | None:
    """Where the entity a pronoun was given was last named or last spoke before the claim's speaker
    word (written at `at`: "the union" is no earlier mention of the "Grobco Union" it was given),
    in its paragraph or the two before; None when it was not."""
    floor = ctx.paragraph_start(draft.sentence_start, 2)
    spots = [d.sentence_end for d in before if d.speaker_id == entity_id and floor <= d.verb_at]
    spots += [
        m.end
        for m in ctx.mentions_in(floor, draft.verb_at)
        if m.entity_id == entity_id and not draft.start <= m.start < draft.end
    ]
    # "The commission, an independent body, had ..." after "the Law Commission": a description by
    # the last word of its name
    names = {m.text.split()[-1].lower() for m in ctx.mentions if m.entity_id == entity_id and len(m.text.split()) > 1}
    for word in names - {"group", "organisation", "organization", "body"}:
        pattern = re.compile(rf"\b[Tt]he\s+{re.escape(word)}\b")
        spots += [
            hit.end()
            for hit in pattern.finditer(ctx.body, floor, draft.verb_at)
            if not any(a <= hit.start() < b for a, b in ctx.contents) and hit.start() != at
        ]
    spots = [s for s in spots if s <= draft.verb_at and not draft.start <= s - 1 < draft.end]
    return max(spots) if spots else None


# "on the Norbridge Stock Exchange", "on Nasdaq": the market where shares trade, which says nothing
_TRADED_ON = re.compile(r"\bon\s+(?:the\s+)?$")
_MARKET = re.compile(r"(?:Exchange|Nasdaq|Bourse)$")


def _other_organisation_between(ctx: ArticleContext, before: list[Draft], draft: Draft, at: int, head: str) -> bool:
    """ "Grobco said ... It bought Tarbury in May. '...,' the company said": whether an organisation
    of the kind the words name (any, for "it") other than the one they were given is named between
    that one's last word or mention and the speaker word, outside its own statements (its own
    words may name others) and this claim's content; outlets aside, and one the claim's reported
    (unquoted) words name: spoken of, not speaking."""
    found = draft.speaker_id
    if found is None or ctx.is_person(found):
        return False
    anchor = _anchor(ctx, before, draft, found, at)
    if anchor is None:
        return False
    own = [(d.start, d.end) for d in before] + ctx.contents  # what anyone said, quoted or not
    # "Grobco is the latest investor in Tarbury to doubt its bid for Acme. It said Tarbury had to
    # show ...": one the claim's reported words name is spoken of, not who "it" is
    spoken_of = set() if draft.direct_quote else {m.entity_id for m in ctx.mentions_in(draft.start, draft.end)}
    subject = next((m for m in ctx.mentions_in(draft.sentence_start, at) if m.entity_id == found), None)
    if (
        subject is not None
        and anchor <= subject.end
        and ctx.body[subject.end : subject.end + 1] not in ("'", "’")
        and (ctx.names_subject(subject) or ctx.opens_sentence(subject.start))
    ):
        return False  # "Grobco has asked Tarbury to ..., which it says ...": its own sentence's subject
    # (the sentence just before, in the paragraph before too: "Regulator Grobco has sued Tarbury.
    # [paragraph] It believes ... Grobco has begun ...")
    previous = next(_sentences_before(ctx, draft.sentence_start, 1), None)
    if previous is not None and _opening_organisation(ctx, *previous) == found and _opens_next(ctx, draft, found):
        return False  # "Grobco has asked the court to stop Tarbury. It argues ... Grobco says ..."
    for m in ctx.mentions_in(anchor, at):
        if m.label != "ORG" or m.entity_id == found or ctx.is_media(m.entity_id) or ctx.is_person(m.entity_id):
            continue
        if draft.start <= m.start < draft.end or any(a <= m.start < b for a, b in own) or m.entity_id in spoken_of:
            continue
        if looks_like_a_person(m.text) and not _FIRM_NAME.search(m.text):
            continue  # (a person's name, not "Jo Bell & Partners")
        if _in_whose_clause(ctx, found, m):
            continue  # "GM, whose brands include Opel and Saab, is ...": the one found's own
        if _OWN_PART.search(ctx.body, max(0, m.start - 12), m.start) and _PART.match(ctx.body, m.end):
            continue  # "The group is to set up a new Grobco Services division": a part of its own
        if any(
            o.entity_id == found and owners_new_thing(ctx, o.end, m.start)
            for o in ctx.mentions_in(m.start - 30, m.start)
        ):
            continue  # "Grobco's new SimpliFares": its product, tagged a name
        if _TRADED_ON.search(ctx.body, max(0, m.start - 8), m.start) and _MARKET.search(m.text):
            continue  # "Shares in Grobco fell 5% on the Norbridge Stock Exchange": where shares trade
        if not head or head in _ANY_HEAD or ctx.fits_head(m.entity_id, m.text, head):
            return True
        if head not in BUSINESS_HEADS and ctx.table.entry(m.entity_id) is None and _written_before_head(ctx, m, head):
            return True  # "... the PCS. The union says": "Public and Commercial Services union" is one too
    return False


def _written_as_kind_just_before(ctx: ArticleContext, draft: Draft, head: str) -> str | None:
    """ "Velt union members will strike on Friday. The union says ...": the one organisation the
    sentence just before the speaker's names, outside quotations, when the article writes it right
    before the head word (_written_before_head; a kind a business word does not name) and that
    sentence names no other organisation; else None."""
    if head in BUSINESS_HEADS or head in _ANY_HEAD:
        return None
    previous = next(_sentences_before(ctx, draft.sentence_start, 0), None)
    if previous is None:
        return None
    named = {
        m.entity_id: m
        for m in ctx.mentions_in(*previous)
        if m.label == "ORG" and not ctx.is_media(m.entity_id) and not any(a <= m.start < b for a, b in ctx.contents)
    }
    if len(named) != 1:
        return None
    (entity_id, mention), *_ = named.items()
    if ctx.table.entry(entity_id) is not None or not _written_before_head(ctx, mention, head):
        return None
    return entity_id


def _written_before_head(ctx: ArticleContext, mention: Mention, head: str) -> bool:
    """Whether the article writes the organisation's name right before the head word in lower case
    ("the Velt union", "Grobland Farmers party members"; one word only after "the"), or the capitalised words its acronym is the
    initials of ("Public and Commercial Services union" for "PCS"): one of that kind, as far as the
    article tells (not settled enough to give it a speaker, enough to doubt another)."""
    names = {m.text for m in ctx.mentions if m.entity_id == mention.entity_id}
    for hit in re.finditer(rf"\b((?:[A-Z][\w’'&-]*\s+)(?:(?:and|of|for|&|[A-Z][\w’'&-]*)\s+)*){head}\b", ctx.body):
        phrase = hit.group(1).strip()
        if " " not in phrase and not re.search(r"\b[Tt]he\s+$", ctx.body[max(0, hit.start() - 4) : hit.start()]):
            continue  # "Velt union members": maybe the union at the firm Velt; "the Velt union" is one
        if any(phrase == n or phrase.endswith(" " + n) for n in names) or capital_initials(phrase) in names:
            return True
    return False


# a reporting verb that goes on with the one who spoke before ("it added", "it also added")
_ADDING = re.compile(r"add(?:ed|s)|continued|went\s+on\b")


def _adds_to_one_unheard(ctx: ArticleContext, before: list[Draft], draft: Draft) -> bool:
    """ "The idea was first proposed by Tom Pell. The report points to ... But he adds ...":
    whether "he adds" was given one who has not spoken before it and is named neither in its own
    sentence nor in the one before: adding goes on with someone's words, and a person only
    mentioned further back is not settled by it ("Tom Pell welcomed the plan. But he added: ..."
    is; his welcome is words extraction does not take)."""
    if draft.speaker_id is None or not _ADDING.match(ctx.body, draft.verb_at):
        return False
    if draft.speaker_id in {d.speaker_id for d in before}:
        return False
    previous = next(_sentences_before(ctx, draft.sentence_start), (draft.sentence_start, draft.sentence_start))
    return not any(m.entity_id == draft.speaker_id for m in ctx.mentions_in(previous[0], draft.verb_at))


def _adds_to_another(ctx: ArticleContext, before: list[Draft], draft: Draft) -> bool:
    """ "Grobco said it would buy Tarbury. Tarbury rejected an offer in May. It added that ...":
    whether "it added" was given an organisation other than the one that spoke last (in this
    paragraph or the one before; a claim reported inside another's words is no turn): "added"
    goes on with that speaker, the sentence before is about the other, and either may be "it"."""
    if draft.speaker_id is None or not _ADDING.match(ctx.body, draft.verb_at):
        return False
    lo = ctx.paragraph_start(draft.sentence_start, 1)
    turns = [d for d in before if lo <= d.verb_at < draft.sentence_start and not d.owned]
    turns = [d for d in turns if not any(o is not d and o.start <= d.verb_at < o.end for o in turns)]
    if not turns:
        return False
    last = max(turns, key=lambda d: d.verb_at)
    return (
        last.speaker_id is not None
        and last.speaker_id != draft.speaker_id
        and not ctx.is_person(last.speaker_id)
        and _speaks_for_itself(ctx, last.speaker_id, "")
    )


# a firm named after people: "Jo Bell & Partners", "Bell and Sons", "Pell Associates Ltd"
_FIRM_NAME = re.compile(r"(?:&|\band)\s+(?:Partners|Co|Sons|Associates)\b|\b(?:Associates|Ltd|LLP|plc|Inc)\.?$")

# "its Grobco Services division", "a new Grobco Retail unit": a part of the organisation itself
_OWN_PART = re.compile(r"\b(?:its|a\s+new|the\s+new)\s+$")
_PART = re.compile(r"\s+(?:division|unit|arm|subsidiary)\b")


# a narration sentence that goes on about whoever "they" are: opens with "They", "Their", "It", "Its"
_GOES_ON = re.compile(rf"{_CONJUNCTION.pattern}(?:[Tt]hey|[Tt]heir|It|Its)\b")


def _someone_else_since(ctx: ArticleContext, before: list[Draft], draft: Draft) -> bool:
    """ "Grobco said ... Campaigners attacked the plan. They said ...": whether a narration sentence
    between the last word or mention of the one "they" was given and the claim is about someone
    else (neither names them nor goes on with "They" or "It")."""
    found = draft.speaker_id
    if found is None:
        return False
    anchor = _anchor(ctx, before, draft, found)
    if anchor is None:
        return False
    end = min(draft.sentence_start, draft.verb_at)
    cuts = [anchor, *(m.end() for m in SENTENCE_BOUNDARY.finditer(ctx.body, anchor, end)), end]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        text = ctx.body[lo:hi]
        stripped = len(text) - len(text.lstrip())
        if len(text.strip()) < 3 or any(a <= lo + stripped < b for a, b in ctx.contents):
            continue
        if text.lstrip()[:1] in ("“", '"', "‘", "'"):
            continue
        if any(m.entity_id == found for m in ctx.mentions_in(lo, hi)) or _GOES_ON.match(text.lstrip()):
            continue
        return True
    return False


# "Jo Bell of campaign group Grobwatch said": a person named as a member of the organisation
_OF_ORGANISATION = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")
# what stands before the reporting verb after a name: "!" of "Yahoo!", an acronym in brackets
_BEFORE_VERB = re.compile(r"[!\s]*(?:\([^()]{1,15}\)\s*)?,?\s*")
_JOINED = re.compile(r"[!\s]*(?:\([^()]{1,15}\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?")


def _person_of_organisation(ctx: ArticleContext, draft: Draft) -> tuple[str, str] | None:
    """ "Jo Bell of campaign group Grobwatch said": the organisation given as the speaker is
    written just before the reporting verb after "PERSON of", the person opening the sentence (or
    after an opening phrase) is who speaks: (name, id), else None."""
    lo, hi = draft.sentence_start, draft.verb_at
    if hi <= lo:
        return None
    named = [m for m in ctx.mentions_in(lo, hi) if _outside(ctx, draft, m.start) and not _bracketed(ctx, m)]
    own = [m for m in named if m.entity_id == draft.speaker_id]
    if not own or not _BEFORE_VERB.fullmatch(ctx.body, own[-1].end, hi):
        return None
    people = [m for m in named if m.end <= own[-1].start and m.label == "PERSON" and m.entity_id]
    if not people or not _OF_ORGANISATION.fullmatch(ctx.body, people[-1].end, own[-1].start):
        return None
    person = people[-1]
    if not (ctx.opens_sentence(person.start) or ctx.opens_after_phrase(lo, person.start)):
        return None
    if person.entity_id is None or not ctx.is_person(person.entity_id) or not ctx.likely_person(person.entity_id):
        return None
    return person.text, person.entity_id


def _joined_organisations(ctx: ArticleContext, draft: Draft) -> bool:
    """ "The Grobco Trust (GT) and the Tarbury Society (TS) said": whether the organisation given
    as the speaker is one of two organisations joined by "and" just before the reporting verb."""
    lo, hi = draft.sentence_start, draft.verb_at
    if hi <= lo:
        return False
    named = [
        m for m in ctx.mentions_in(lo, hi) if _outside(ctx, draft, m.start) and m.entity_id and not _bracketed(ctx, m)
    ]
    if not named or not _BEFORE_VERB.fullmatch(ctx.body, named[-1].end, hi) or len(named) < 2:
        return False
    first, last = named[-2], named[-1]
    return (
        draft.speaker_id in (first.entity_id, last.entity_id)
        and first.entity_id != last.entity_id
        and first.label == last.label == "ORG"
        and _JOINED.fullmatch(ctx.body, first.end, last.start) is not None
    )


# "a survey by X, Y and Z", "a study carried out by X and Y": a document the list of bodies made
_DOCUMENT_BY = re.compile(
    r"\b(?:survey|report|study|poll|research|review|analysis|index|figures|data)\s+"
    r"(?:(?:carried\s+out|conducted|compiled|produced|published|commissioned)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _document_by_several(ctx: ArticleContext, draft: Draft) -> bool:
    """ "According to a survey by Grobco, Tarbury Research and Acme, sales rose": whether the
    organisation given as the speaker is the first of a list of names a document is by (no one of
    them made it alone), wherever the content was cut."""
    for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end):
        if m.entity_id != draft.speaker_id or any(a <= m.start < b for a, b in ctx.contents):
            continue
        if _DOCUMENT_BY.search(ctx.body, max(draft.sentence_start, m.start - 60), m.start) and NAMES_LISTED.match(
            ctx.body, m.end
        ):
            return True
    return False


# an unnamed person who speaks for what the phrase names ("A Grobco official", "a Kremlin source")
_UNNAMED_FOR = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]he|[Ss]enior|[Tt]wo|[Tt]hree)\s+(?:senior\s+|local\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:senior\s+)?(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|officer|officers)"
)
# the words that write a name as a territory: "Grobland's Tarbury state", "the province of Tarbury"
_TERRITORY_AFTER = r"\s+(?:state|province|region|county|district|territory|prefecture)\b"
_TERRITORY_BEFORE = r"\b(?:state|province|region|county|district|territory|prefecture)\s+of\s+"


def _official_of_a_place(ctx: ArticleContext, draft: Draft) -> bool:
    """ "An Upper Tarbury official added" after "Grobland's Upper Tarbury state": whether the
    speaker is an unnamed person of a name the article writes as a territory (a state, a province,
    a region), which no one speaks for as for a body (the model may tag it an organisation); "a
    Kremlin source", "a Downing Street spokesman" speak for their body."""
    found = _UNNAMED_FOR.fullmatch(draft.speaker.strip(EDGE))
    if found is None:
        return False
    name = re.escape(found.group("name"))
    return re.search(rf"\b{name}{_TERRITORY_AFTER}|{_TERRITORY_BEFORE}{name}\b", ctx.body) is not None


# plural nouns of organisations "they" may be ("Phone companies refuse to pay because they say")
_PLURAL_BODIES = {"companies", "firms", "banks", "groups", "unions", "governments", "countries", "nations"}
_PLURAL_BODIES |= {"authorities", "councils", "clubs", "parties", "charities", "agencies", "businesses", "networks"}
_PLURAL_BODIES |= {"airlines", "studios", "labels", "schools", "hospitals", "universities", "stores", "shops"}


def _group_before_they(ctx: ArticleContext, draft: Draft, at: int) -> bool:
    """Whether "they"'s own sentence opens, in narration, with a group "they" may be as its
    subject, the pronoun after it in a clause of its own ("Phone companies refuse to pay because
    they say ..."); not when the speaker is named there ("Grobco Airlines said they ...")."""
    opening = _CONJUNCTION.match(ctx.body, draft.sentence_start)
    lo = opening.end() if opening is not None else draft.sentence_start
    if lo >= at or not _outside(ctx, draft, lo):
        return False
    if any(m.entity_id == draft.speaker_id for m in ctx.mentions_in(draft.sentence_start, at)):
        return False
    head = ctx.body[lo:at].split()[:3]
    words = [w.lower().strip(",;:") for w in head]
    return head[0][:1].isupper() and any(w in _PLURAL_BODIES or w in _PLURAL_PEOPLE for w in words)


def _another_one_just_before(ctx: ArticleContext, before: list[Draft], draft: Draft, pronoun: str) -> bool:
    """ "Jo Bell said ... The film shows him at home with his wife, Ann. '...,' she said": whether
    the narration sentence just before names someone else of the pronoun's gender, and not the
    one it was given, who did not speak in it: the pronoun is not settled."""
    span = ctx.narration_before(draft.sentence_start)
    if span is None:
        return False
    lo, hi = span
    if re.match(rf"{_CONJUNCTION.pattern}{pronoun}\b", ctx.body[lo:hi], re.IGNORECASE) or _epithet_opener(
        ctx.body[lo:hi], pronoun
    ):
        return False  # "She met Ann", "The champion lost to Ann": the same subject goes on
    if ctx.office_subject(lo, hi, pronoun)[0]:
        return False  # "The prime minister dismissed Jo Bell's claims": an office opens it, its holder goes on
    if any(m.entity_id == draft.speaker_id for m in ctx.mentions_in(draft.sentence_start, draft.verb_at)):
        return False  # "In his speech, Mr Bell said ... which he said": named in the pronoun's own sentence
    people = [
        m
        for m in ctx.mentions_in(lo, hi)
        if m.label == "PERSON" and m.entity_id and not any(a <= m.start < b for a, b in ctx.contents)
    ]
    if any(m.entity_id == draft.speaker_id or _spelt_alike(ctx, m, draft.speaker_id) for m in people):
        return False
    # "a comeback capped by Jo Bell's goal", "the exit of Ian Brook": a possessor, or someone after
    # a preposition, is named in passing, not introduced as who may speak next
    people = [
        m
        for m in people
        if ctx.body[m.end : m.end + 1] not in ("'", "’")
        and not set(ctx.body[max(lo, m.start - 12) : m.start].split()[-1:]) & _PREPOSITIONS
    ]
    if any(d.speaker_id == draft.speaker_id and lo <= d.verb_at < hi for d in before):
        return False
    wanted = GENDER_WORDS.get(pronoun)
    return any(_gender_where_named(ctx, m) == wanted for m in people)


def _spelt_alike(ctx: ArticleContext, mention: Mention, entity_id: str | None) -> bool:
    """Whether a person's mention may be another spelling of the entity's surname ("Ms Abbott"
    after "Diane Abbot"): the same first four letters and at most one letter more or less."""
    surname = mention.text.split()[-1].lower()
    for other in ctx.mentions:
        if other.entity_id == entity_id and other.entity_id is not None:
            theirs = other.text.split()[-1].lower()
            if surname[:4] == theirs[:4] and abs(len(surname) - len(theirs)) <= 1:
                return True
    return False


def _gender_where_named(ctx: ArticleContext, mention: Mention) -> str | None:
    """A person's gender by the article ("Ms Bell", "Jo Bell"), else by this mention: a first name
    alone ("Ann") or a word of kin or office just before it ("his wife, ex-model Ann")."""
    found = ctx.gender(mention.entity_id) if mention.entity_id else None
    if found is not None:
        return found
    words = re.findall(r"[a-z]+", ctx.body[max(0, mention.start - 30) : mention.start].lower())[-3:]
    kin = {"f" for w in words if w in FEMALE_WORDS} | {"m" for w in words if w in MALE_WORDS}
    if len(kin) == 1:
        return kin.pop()
    return pronoun_gender(mention.text) if len(mention.text.split()) == 1 else None


def _bracketed(ctx: ArticleContext, mention: Mention) -> bool:
    """Whether a mention is written in brackets ("the Grobco Trust (GT)"): a short form, no other name."""
    return ctx.body[max(0, mention.start - 1) : mention.start] == "("


# a sentence opening with a participle of saying ("Despite insisting ...", "After claiming ...")
_FRONTED = re.compile(rf"{_CONJUNCTION.pattern}(?:Despite|After|Before|While|Since|Besides)\s+$")


def _dangling_participle(ctx: ArticleContext, draft: Draft) -> bool:
    """ "Despite insisting he wants a friendly deal, the newspaper said Mr Bell may go hostile":
    whether the claim is the fronted participle's, its words about "he" / "she", and the subject
    it was given (the main clause's) no person: the participle's speaker is the person the words
    are about, whom the writer left unnamed there."""
    if draft.verb_at <= draft.sentence_start or not _FRONTED.fullmatch(ctx.body, draft.sentence_start, draft.verb_at):
        return False
    first = draft.content.split()[:1]
    return bool(first) and first[0].lower() in _PRONOUNS and not ctx.is_person(draft.speaker_id)


def _the_one_who_spoke_just_before(
    ctx: ArticleContext, before: list[Draft], draft: Draft, pronoun: str
) -> tuple[str, str] | None:
    """ "Jo Bell said ... Ann Moss, her lawyer, said ... '...,' she said": when the sentence just
    before names someone else the pronoun fits (_another_one_just_before), the person who spoke
    last there, when they are the only one of the pronoun's gender it names: (name, id)."""
    span = ctx.narration_before(draft.sentence_start)
    last = before[-1] if before else None
    if span is None or last is None or last.speaker_id is None or not span[0] <= last.verb_at < span[1]:
        return None
    if not _fitting(ctx, last.speaker_id, pronoun):
        return None
    wanted = GENDER_WORDS.get(pronoun)
    named = [
        m for m in ctx.mentions_in(*span) if m.label == "PERSON" and not any(a <= m.start < b for a, b in ctx.contents)
    ]
    if {m.entity_id for m in named if _gender_where_named(ctx, m) in (wanted, None)} != {last.speaker_id}:
        return None
    return next(m.text for m in reversed(named) if m.entity_id == last.speaker_id), last.speaker_id
