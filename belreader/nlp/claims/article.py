"""Passes over all of an article's claims once its sentences have been read: the author of a document
named elsewhere in the article, a described speaker the next sentence names, the outlets of
venues, occasions and interviews (with the occasion vocabulary); and to_claims, which turns the
drafts into Claim records with the verb as written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from belreader.nlp import occasions
from belreader.nlp.claims.context import ArticleContext
from belreader.nlp.claims.spans import Draft, _word_at, paragraph_number, trim
from belreader.nlp.claims.subjects import _STAFF_AFTER_OUTLET, _employer_only, _speaks_as_outlet, office_word
from belreader.nlp.claims.vocabulary import (
    _ANONYMOUS,
    _RELATION_NOUNS,
    CLOSE_QUOTES,
    COMMISSIONED_DOCUMENTS,
    COMPANY_HEADS,
    DOCUMENT_NOUNS,
    EDGE,
    FEMALE_WORDS,
    GIVEN_NOUNS,
    GIVING_VERBS,
    MALE_WORDS,
    ON_OWN_MEDIUM,
    OPEN_QUOTES,
    SENTENCE_BOUNDARY,
    SENTENCE_OPENERS,
    STANCE_ADJECTIVES,
    SUBJECT_PRONOUNS,
    VOICED_NOUNS,
    member_description,
)
from belreader.nlp.htmlrefs import refs_whole
from belreader.nlp.people import HONORIFICS, PEERAGES, split_name
from belreader.nlp.records import Claim
from belreader.nlp.related import content_words
from belreader.nlp.sources import MEDIA_PIECES, MEDIUM_KINDS, MEDIUM_TAIL_NOUNS, OWN_MEDIUM_NOUNS, alternation

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
# "gave assurances", "issued a warning", "voiced concern": the noun of saying a verb of giving or
# voicing takes is what makes it one of reporting (its lemma is the noun's: "assure", "warn", "fear"),
# so the verb as written keeps it (a verb of making or rejecting reads as one alone: "rejected", "made")
_SAYING_NOUN_AFTER = re.compile(
    r"(?:\s+(?:a|an|the|his|her|their|its|fresh|new|further|repeated|strong|clear|firm))*"
    rf"\s+(?:{alternation({*VOICED_NOUNS, *GIVEN_NOUNS})})s?\b",
    re.IGNORECASE,
)
# "gave the new chairman assurances that ...": the one given to (a noun phrase of a few words, no
# punctuation, no "that") between a verb of giving and its noun of saying; shown without it
_HEARER_BEFORE_NOUN = re.compile(
    r"(?:\s+(?!that\b)[\w’'-]+){1,4}?(?=" + _SAYING_NOUN_AFTER.pattern + ")", re.IGNORECASE
)
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
    elif verb and verb.casefold() != draft.verb and draft.start > draft.verb_at:
        # "gave assurances that ...": the noun before the content (never '"...," he said, a claim')
        at = draft.verb_at + len(verb)
        after = _SAYING_NOUN_AFTER.match(body, at)
        if after is None and verb.casefold() in GIVING_VERBS and (hearer := _HEARER_BEFORE_NOUN.match(body, at)):
            after = _SAYING_NOUN_AFTER.match(body, hearer.end())  # "gave the chairman assurances": "gave assurances"
        if after is not None and after.end() <= draft.start:
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
        if words[0] in ("a", "an") and paragraph_number(ctx.body, draft.start) > 1:
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


_DESCRIPTION = re.compile(
    r"(?:(?P<det>[Aa]n?|[Tt]he)|(?P<poss>[Ii]ts|[Tt]heir|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?))\s+"
    r"(?P<words>(?:[\w’'-]+\s+){0,3}?)(?P<head>[A-Za-z][\w-]*)(?:\s+(?:to|of|for|at|in|who|whose)\b.*)?"
)


def _description_head(speaker: str) -> tuple[str, str, bool] | None:
    """(head noun, gender "m"/"f"/"", possessive) of a speaker written as a description of one
    person ("its chief", "Acme's chief executive", "a senior barrister who ...", "the minister's
    closest ally"), else None (a name, a group, an anonymous spokesman or official)."""
    found = _DESCRIPTION.fullmatch(speaker.strip(EDGE))
    if found is None:
        return None
    head = found.group("head").lower()
    if head in _ANONYMOUS or not (office_word(head) or head in _RELATION_NOUNS):
        return None
    words = {w.lower() for w in found.group("words").split()} | {head}
    gender = "f" if words & FEMALE_WORDS else "m" if words & MALE_WORDS else ""
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
        if (spokesperson := _spokesperson_named_next(drafts, ctx, draft, first_seen)) is not None:
            draft.speaker_id = spokesperson
            continue
        described = _description_head(draft.speaker)
        if described is None or member_description(draft.speaker):
            # "A Labour MP said ... / Jo Bell, Labour's chief whip, said ...": one of many members,
            # maybe answered by a colleague; only described._introduced_next's stricter test names them
            continue
        head, gender, possessive = described
        gap = re.match(r"[ \t]*(\n+)?\s*", ctx.body[draft.sentence_end :])
        if gap is None:
            continue
        start = draft.sentence_end + gap.end()
        new_paragraph = gap.group(1) is not None
        # the article's first sentence (after a headline line without a full stop, if any)
        opening = ctx.body[: draft.sentence_start].strip()
        lead = len(opening.splitlines()) <= 1 and SENTENCE_BOUNDARY.search(f"{opening} ") is None
        if not ((lead and new_paragraph) or (possessive and not new_paragraph)):
            continue
        if not possessive and not lead:
            continue
        end = ctx.sentence_end(start)
        people = [m for m in ctx.mentions_in(start, end) if m.label == "PERSON"]
        if not people:
            continue
        named = people[0]
        if any(q in ctx.body[start : named.end] for q in OPEN_QUOTES + CLOSE_QUOTES):
            continue  # a quotation before the name: maybe the words of another ('"...," said X')
        before = ctx.body[start : named.start]
        title = before.rpartition(",")[2] if "," in before else before
        if "," in before and len(before.rpartition(",")[0].split()) > 10:
            continue
        extra = [w for w in title.split() if w.lower() not in SENTENCE_OPENERS and split_name(f"{w} x")[0] is None]
        if extra:
            continue  # "Analyst Jo Bell said": a title that may name someone else
        if not lead and (
            before.split()[:1]
            and before.split()[0].strip(",").lower() in SENTENCE_OPENERS
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
        rest = ctx.body[named.end : end]
        title_after = re.match(r",\s+(?:the|an?)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*,", rest)
        if re.search(rf"\b[Tt]he\s+{re.escape(head)}\b", rest) or (
            title_after is not None and head not in title_after.group(1).lower().split()
        ):
            # "Tom Pell, the prime minister, said the minister's departure ...": a title of his own,
            # or the one described spoken of: someone else
            continue
        if (
            first_seen.get(named.entity_id, start) < start
            or not ctx.likely_person(named.entity_id)
            or (gender and ctx.gender(named.entity_id) not in (None, gender))
        ):
            continue
        draft.speaker_id = named.entity_id


# "his spokesman", "the singer's spokeswoman": the one person who speaks for a named person
_SPOKESPERSON_OF = re.compile(
    r"(?:[Hh]is|[Hh]er|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?)\s+(?P<head>spokes(?:man|woman|person))"
)


# what may stand before the spokesman's word in the next paragraph's claim, after the sentence's start
# or a comma or a quotation mark: nothing, or an article
# or the person's own pronoun ("Spokesman Tom Pell said", "His spokesman, Tom Pell, said"); any
# other word ("Chelsea spokesman", "party spokeswoman", "Grobco Records spokesman") may name
# another body whose spokesman it is
_OWN_SPOKESPERSON_LEAD = re.compile(r"[\s‘'(]*(?:(?:[Hh]is|[Hh]er|[Aa]|[Tt]he)\s+)?")


def _spokesperson_named_next(
    drafts: list[Draft], ctx: ArticleContext, draft: Draft, first_seen: dict[str, int]
) -> str | None:
    """ "X was arrested, his spokesman has said. / Spokesman Tom Pell said ...": the person whose
    spokesman speaks in the article's first sentence is the one the first claim of the next
    paragraph names right after the same word ("spokesman Tom Pell", "his spokesman, Tom Pell"),
    named there for the first time, with no other word before it that may name another body
    (`_OWN_SPOKESPERSON_LEAD`: "Chelsea spokesman Tom Pell" speaks for the club); else None."""
    found = _SPOKESPERSON_OF.fullmatch(draft.speaker.strip(EDGE))
    opening = ctx.body[: draft.sentence_start].strip()
    if found is None or len(opening.splitlines()) > 1 or SENTENCE_BOUNDARY.search(f"{opening} ") is not None:
        return None  # not the article's first sentence
    gap = re.match(r"[ \t]*\n+\s*", ctx.body[draft.sentence_end :])
    if gap is None:
        return None
    start = draft.sentence_end + gap.end()
    first = min((d for d in drafts if d.start >= start), key=lambda d: d.start, default=None)
    if first is None or first.sentence_start != start or first.speaker_id is None:
        return None
    if not ctx.likely_person(first.speaker_id):
        return None
    mention = next(
        (m for m in ctx.mentions_in(first.sentence_start, first.sentence_end) if m.entity_id == first.speaker_id), None
    )
    if mention is None:
        return None
    head = re.search(rf"\b{found['head']}(?:\s+|,\s+)$", ctx.body[first.sentence_start : mention.start], re.IGNORECASE)
    if head is None:
        return None  # the name not right after the same word
    lead = re.split(r"[,;:“”\"]", ctx.body[first.sentence_start : first.sentence_start + head.start()])[-1]
    if not _OWN_SPOKESPERSON_LEAD.fullmatch(lead):
        return None  # "Chelsea spokesman Tom Dale", "police spokesman": who speaks for a body, maybe not the person
    if first_seen.get(first.speaker_id, mention.start) < mention.start:
        return None  # named before: not introduced as the spokesman here
    return first.speaker_id


# ---- The occasion vocabulary: the words that say on what occasion a claim was made, in named parts.
# Each pattern the occasion passes read (`venue_outlets`, `occasion_outlets`, `interview_runs`) is a
# union of these parts; a word of occasion is added here, to its part, never to a pattern alone. The
# nouns of gatherings and texts are occasions.py's, in the named sets these parts read.
# being somewhere to speak: "Speaking at a rally", "standing beside the mayor", "at a press conference"
_PRESENT_AT = (
    r"(?:speaking|standing|addressing|visiting|appearing)\s+(?:in|at|on|to|beside|next|alongside|outside|before|after|during)",
    rf"at\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(occasions.AT_A_GATHERING)})",
)
# said to an audience that is no medium's interviewer: "told MPs", "telling reporters"
_TO_AN_AUDIENCE = (*"told tells telling MPs reporters journalists".split(), r"the\s+Commons")
# said in a text or a speech of one's own: "in a statement", "wrote in a letter"
_IN_A_TEXT = (alternation(occasions.IN_A_TEXT), *"wrote writes writing".split())
# said at another time: "Speaking later", "he said earlier"
_AT_ANOTHER_TIME = ("later", "earlier", "previously")
# "he said last week": in the one sentence of a quotation that goes on from another only (`_OWN_OCCASION`);
# a later claim's attribution can run over quoted words ("... since December of last year," said X)
_LAST_TIME = (r"last\s+(?:week|month|year)",)
# a gathering or a publication of one's own, named by its kind: "at the briefing", "on his blog"
_GATHERED_OR_POSTED = (alternation(occasions.GATHERED_OR_POSTED), *"posted tweeted online".split())
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
_OWN_OCCASION = _occasion_words(*_ELSEWHERE_PARTS, _LAST_TIME, (alternation(occasions.INTERVIEWS),), _MEDIUM_BY_KIND)
# what says a claim was made to the medium it names, in an interview, not reported by it
_INTERVIEWED = _occasion_words(_INTERVIEWED_BY)
# "was quoted as saying by the Velt news agency", "was quoted by the Herald as saying": the medium's
# report of the speaker's words, which opens a run as an interview does (not "writing in", "according to")
_QUOTED_BY_MEDIUM = re.compile(r"\b(?:quoted|reported)\s+(?:as\s+saying\s+)?by\b", re.IGNORECASE)
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
        start = ctx.sentence_start(match.start())
        head = ctx.body[start : match.start()]
        people = [m for m in ctx.mentions_in(start, match.start()) if ctx.is_person(m.entity_id)]
        if people:
            if not ctx.opens_sentence(people[0].start):
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
# with Reuters, the minister ...", "During a question and answer session with voters on Velt TV, X
# ...": a sentence opening with the occasion names the outlet of what its subject says there (a
# session or phone-in only with the one medium it was on)
_OPENING_OCCASION = re.compile(
    r"(?:Writing\s+(?:in|for)|Speaking\s+(?:to|on|in)|Interviewed\s+(?:by|on)|Appearing\s+on|"
    r"(?:In|During)\s+(?:an|a\s+\w+)\s+interview\s+(?:with|on|for)|"
    r"(?:In|During)\s+an?\s+(?:[\w-]+\s+){0,4}?(?:session|phone-in)\s+(?:with|on))\s+(?P<rest>[^,.!?\n]{2,80}),"
)


# "His comments come in a BBC documentary", "Mr X's remarks were made on Sky News": where the claims of
# the sentence just before were made
_COMMENTS_COME = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s|His|Her|Their)\s+(?P<noun>comments|remarks)\s+"
    r"(?:come|came|were\s+made|are\s+made)\s+(?P<rest>[^.!?\n]{0,140})"
)
# "come after X told ...", "came as Y said ...": when the comments came, the medium another's
_COMMENTS_COME_WHEN = re.compile(r"(?:after|before|as|amid|since|days|weeks|a\s+day|a\s+week)\b", re.IGNORECASE)
_NOT_A_NAME = frozenset("He She They It But And The This That".split())
_PRONOUN_SUBJECTS = SUBJECT_PRONOUNS - {"it", "we", "you"}  # a person's or people's


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
    - a question put to someone on a medium ("Mr X was asked about it when he appeared on Radio Y.
      He said ..."): their answer in the next sentence;
    - "..., newspaper reports claim. The Daily Echo said ...": the one paper the next sentence has speak;
    - "The club website reported ...": the club (a body's own website is the body as outlet);
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
        *_question_occasions(ordered, ctx),
        *_reports_named_next(ordered, ctx),
        *_own_website_speakers(ordered, ctx),
    ):
        if not draft.outlets:
            draft.outlets.append(outlet)
            occasioned.add(id(draft))
    for draft in ordered:
        if not draft.outlets:  # "The papers suggest ...": the papers the passage named, each its own outlet
            draft.outlets.extend(_papers_together(ctx, draft))
    for previous, draft in pairwise(ordered):
        if draft.outlets or not previous.outlets or not _goes_on(ctx, previous, draft, id(previous) in occasioned):
            continue
        draft.outlets.extend(previous.outlets)
        occasioned.add(id(draft))
    return occasioned


# "The papers suggest", "both newspapers said", "the two tabloids report": papers the passage named,
# speaking together ("both" and "the two" ask for two)
_PAPERS_TOGETHER = re.compile(
    r"(?:(?P<both>both|both\s+the|the\s+two)|the)\s+(?P<noun>newspaper|paper|tabloid)s", re.IGNORECASE
)


# "papers" for documents: "Cabinet papers", "leaked papers", "the documents", "memos" in the passage
_DOCUMENT_PAPERS = re.compile(
    r"\b(?:(?:cabinet|court|leaked|released|filed|secret|official|legal|government|archive)\s+papers"
    r"|documents?|memos?|memoranda|files)\b",
    re.IGNORECASE,
)
# the sentence before says the papers named there published or reported: "The Sunday Echo and the
# Daily Post both report/carry/led on/published ..."
_PAPERS_PUBLISHING = re.compile(
    r"\b(?:report(?:s|ed)?|publish(?:es|ed)?|carr(?:y|ies|ied)|led\s+(?:on|with)|lead\s+(?:on|with)"
    r"|claim(?:s|ed)?|say|said|revealed?|front\s+pages?|headlines?)\b",
    re.IGNORECASE,
)


def _papers_together(ctx: ArticleContext, draft: Draft) -> list[str]:
    """The outlets of a claim whose speaker is the papers named before together ("..., reports in
    the Sunday Echo and the Daily Post. The newspapers suggest X", "both newspapers said"): each of
    the papers of this paragraph and the two before (`ArticleContext.outlets_named`), two of them,
    or three for a bare "the newspapers"; none for one paper or more (which papers is a guess).
    "The papers" may be documents ("Cabinet papers released ... The papers suggest"): it names the
    outlets only when the last sentence of the passage that names them all says they published or
    reported, and the passage writes of no documents (`_DOCUMENT_PAPERS`)."""
    found = _PAPERS_TOGETHER.fullmatch(draft.speaker.strip())
    if found is None or draft.speaker_id is not None:
        return []
    noun = found["noun"].lower()
    named = ctx.outlets_named(draft.sentence_start, noun)
    if not (len(named) == 2 or (len(named) == 3 and not found["both"])):
        return []
    if noun != "paper":
        return named
    passage = ctx.paragraph_start(draft.sentence_start, 2)
    if _DOCUMENT_PAPERS.search(ctx.body, passage, draft.start):
        return []  # "Cabinet papers released ...", "The memos were obtained by ...": documents
    before = ctx.sentence_before(draft.sentence_start)
    while before is not None and before[0] >= passage:
        told = {ctx.table.outlet(m.entity_id) for m in ctx.mentions_in(before[0], before[1])}
        if set(named) <= told:  # the sentence that names the papers says they published
            return named if _PAPERS_PUBLISHING.search(ctx.body, before[0], before[1]) else []
        before = ctx.sentence_before(before[0])
    return []


def _late_media_speakers(drafts: list[Draft], ctx: ArticleContext) -> None:
    """ "..., the Chinese state press has said.", "it said" for a paper: a claim whose speaker was
    found to be a medium only after its outlets were read (from a description or a pronoun) is
    backed by that medium as a claim it made in its own name is (`_speaks_as_outlet`: a paper or
    an agency always, a broadcaster only when it reports). Likewise a broadcaster found to be the
    speaker only after its name in the speaker's own words was taken for the outlet ("the Grobco
    network claimed", a company answering for itself) is no outlet of that claim; nor is a medium
    that only made the poll or survey that speaks (`_pollster_only`). A medium's own piece ("a
    Grobco TV story claimed") is its reporting, whatever the verb."""
    for draft in drafts:
        if (
            draft.speaker_id
            and draft.speaker_id in draft.outlets
            and ctx.is_media(draft.speaker_id)
            and not _speaks_as_outlet(ctx, draft.speaker_id, draft.verb)
            and (draft.speaker.strip(EDGE).split() or [""])[-1].lower() not in MEDIA_PIECES
            and _named_only_as_speaker(ctx, draft)
        ):
            draft.outlets.remove(draft.speaker_id)
        elif draft.outlets:
            # "A Grobco Weekly poll found ...", "The survey found ...": the medium owns the poll
            draft.outlets = [o for o in draft.outlets if not _pollster_only(ctx, draft, o)]
        elif (
            draft.speaker_id
            and _speaks_as_outlet(ctx, draft.speaker_id, draft.verb)
            # "X, editor of the Grobco Weekly magazine, said" taken for the magazine: its staff speak
            and not _employer_only(ctx, draft, draft.speaker_id, draft.sentence_start, draft.sentence_end)
            and not _pollster_only(ctx, draft, draft.speaker_id)
        ):
            draft.outlets.append(draft.speaker_id)


_POLL_WORDS = alternation(COMMISSIONED_DOCUMENTS)
# the document a medium's name stands before ("the Daily Echo poll", "Grobco Weekly's annual survey")
_OWNS_POLL = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:own|latest|new|annual|opinion|online|exclusive|recent|readers['’]?)\s+){{0,2}}(?:{_POLL_WORDS})\b",
    re.IGNORECASE,
)
# the document a medium's name follows as its maker ("a survey conducted by Grobco Weekly"), or the
# people it asked ("economists polled by Grobco Wire": its poll); a poll conducted "for" the medium was
# made for it to report, which it did
_POLL_BY = re.compile(
    rf"\b(?:(?:{_POLL_WORDS})\s+(?:(?:conducted|carried\s+out|published)\s+)?|(?:polled|surveyed)\s+)by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a speaker that is such a document ("The poll", "A new survey")
_POLL_SPEAKER = re.compile(
    rf"^(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_POLL_WORDS})$", re.IGNORECASE
)


def _pollster_only(ctx: ArticleContext, draft: Draft, outlet: str) -> bool:
    """Whether the medium `outlet` backs the claim only as the maker of the poll or survey that
    speaks: every mention of it in the claim's sentence, outside the content, owns the document
    ("A Daily Echo poll found", "a survey conducted by Grobco Weekly revealed"), or, named nowhere
    there, it is the owner the speaker "The poll" was resolved to."""
    if not ctx.is_media(outlet):
        return False
    mentions = [
        m
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
        if ctx.table.outlet(m.entity_id) == ctx.table.outlet(outlet) and _in_attribution(draft, m.start)
    ]
    if not mentions:
        return draft.speaker_id == outlet and _POLL_SPEAKER.match(draft.speaker.strip(EDGE)) is not None
    return all(
        _OWNS_POLL.match(ctx.body, m.end, min(draft.sentence_end, m.end + 40))
        or _POLL_BY.search(ctx.body, max(draft.sentence_start, m.start - 50), m.start)
        for m in mentions
    )


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


# "In a wide-ranging interview, he also said", "in the phone-in for Radio X, he said": a later claim
# naming the interview it goes on from
_SAME_INTERVIEW = re.compile(
    r"\b(?:in|during)\s+(?:the\s+same|an?|that|this|the)\s+(?:[\w-]+\s+){0,2}?(?:interview|phone-in)\b",
    re.IGNORECASE,
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
            if (
                draft.speaker_id is None
                and not draft.outlets
                and draft.speaker.removesuffix(" (unresolved)").lower() in _PRONOUN_SUBJECTS
            ):
                continue  # "he said" left unresolved: neither theirs for sure nor another's
            if draft.speaker_id == speaker and own == {ctx.table.outlet(outlet)}:
                if paused and _SAME_INTERVIEW.search(_attribution(draft, ctx.body)):
                    # "..., in the phone-in for Radio X, he said": the same occasion, named with its
                    # medium; their claims since the run paused were said there too
                    for earlier in pending:
                        earlier.outlets.append(outlet)
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
            and (
                id(draft) in occasioned
                or _INTERVIEWED.search(_attribution(draft, ctx.body))
                or _QUOTED_BY_MEDIUM.search(_attribution(draft, ctx.body))
                or _said_on(ctx, draft)
                # "..., X said on Grobton's official website": the club's website as the interview
                or ON_OWN_MEDIUM.search(_attribution(draft, ctx.body))
            )
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
        for m in ctx.mentions_in(draft.sentence_start, _sentence_end(draft, ctx.body))
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
        if not ctx.opens_sentence(match.start()):
            continue
        outlet = _one_medium(ctx, match.start("rest"), match.end("rest"))
        if outlet is None:
            continue
        people = [m for m in ctx.mentions_in(match.end(), ctx.sentence_end(match.end())) if ctx.is_person(m.entity_id)]
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
        if outlet is None or not ctx.opens_sentence(match.start()):
            continue
        if _COMMENTS_COME_WHEN.match(match.group("rest")):
            continue  # "His comments come after X told the Daily Record": X's medium, not where they were made
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


# "Mr X was asked about Y when he appeared on Radio Z", "On Grobland TV's Breakfast programme the
# minister was asked why ...": a question put to someone on a medium, which the next sentence answers
_WAS_ASKED = re.compile(r"\b(?:was|were|(?:has|had)\s+been|being)\s+asked\b")
# what puts the medium a question was asked on as its occasion, right before its name ("on", "by",
# "with", after "the" or a possessive: "On that day's Today programme", "appeared on the BBC")
_ASKED_ON = re.compile(r"\b(?:on|by|with)\s+(?:the\s+|(?:[\w-]+\s+)?[\w-]+['’]s\s+)?$", re.IGNORECASE)
# "by" names the asker only straight after "asked" ("was asked by the BBC"), not "a report by X"
_ASKED_BY = re.compile(r"\basked\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# after the question's topic ("asked about ... on Radio Z"), what makes the medium where the question
# was put rather than part of the topic ("remarks made on Radio Z"): an occasion of appearing
_ASKED_OCCASION = re.compile(r"\b(?:when|while|during|appear\w*|interview\w*|speaking)\b", re.IGNORECASE)
_ASKED_PROGRAMME = re.compile(r"^['’]s\s+(?:[A-Z][\w-]*\s+){1,3}(?:programme|show)\b")
# the subject of "was asked" described by an office, not named ("The prime minister was asked ...")
_DESCRIBED_SUBJECT = re.compile(r"(?:^|,\s+)(?P<phrase>[Tt]he\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+$")


def _question_occasions(ordered: list[Draft], ctx: ArticleContext) -> Iterator[tuple[Draft, str]]:
    """(claim, outlet) for the answer to a question put to someone on one medium: the claims of the
    sentence right after, in the same paragraph, by the person asked (by name, or by the pronoun the
    question's sentence calls them by), whose attribution names no occasion of its own."""
    for asked in _WAS_ASKED.finditer(ctx.body):
        if ctx.inside_quote(asked.start()):
            continue
        s0, s1 = ctx.sentence_start(asked.start()), ctx.sentence_end(asked.start())
        media = [
            m
            for m in ctx.mentions_in(s0, s1)
            if ctx.is_media(m.entity_id) and _asked_on(ctx, s0, asked.end(), m.start, m.end)
        ]
        if not media or len({ctx.table.outlet(m.entity_id) for m in media}) != 1:
            continue
        outlet = media[0].entity_id
        who, pronoun = _asked_subject(ctx, ordered, s0, asked.start())
        if who is None and pronoun is None:
            continue
        after = ctx.body[s1 : s1 + 3]
        n0 = s1 + len(after) - len(after.lstrip(' .!?"”’)'))
        for draft in ordered:
            if draft.sentence_start < n0 or ctx.paragraph_start(draft.start) != ctx.paragraph_start(s0):
                continue
            if draft.sentence_start > n0:
                break
            said = draft.speaker.removesuffix(" (unresolved)").lower()
            spoken_by = (
                draft.speaker_id == who or (draft.speaker_id is None and said in ("he", "she") and ctx.fits(who, said))
                if who is not None
                else said == pronoun
            )
            if spoken_by and not draft.outlets and not _new_occasion(ctx, draft, outlet):
                yield draft, outlet


def _asked_on(ctx: ArticleContext, s0: int, asked: int, start: int, end: int) -> bool:
    """Whether the medium mentioned at `start`-`end` is where the question asked at `asked` was put
    ("appeared on Radio Z", "asked by the BBC", "On Radio Z's Today programme he was asked"), not
    what it was about ("asked about a report by X", "remarks made on Radio Z") or whose staff met
    the one asked ("a meeting with the X editor")."""
    before = ctx.body[max(s0, start - 30) : start]
    found = _ASKED_ON.search(before)
    after = ctx.body[end : end + 60]
    if found is None or _STAFF_AFTER_OUTLET.match(after):
        return False
    if found.group().lower().startswith("by"):
        return _ASKED_BY.search(before) is not None
    topic = ctx.body[asked:start] if asked <= start else ""
    return (
        not re.search(r"\b(?:about|over)\b", topic, re.IGNORECASE)
        or _ASKED_OCCASION.search(topic) is not None
        or _ASKED_PROGRAMME.match(after) is not None
    )


def _asked_subject(ctx: ArticleContext, ordered: list[Draft], s0: int, at: int) -> tuple[str | None, str | None]:
    """Who was asked, from the words before "was asked": (their id, None) for a person named or
    described there ("Mr X", "the prime minister"), (None, "he") for a pronoun; (None, None) when
    it is neither or not known."""
    before = ctx.body[s0:at]
    pronoun = re.search(r"(?:^|[\s,])(he|she)\s+$", before, re.IGNORECASE)
    if pronoun is not None:
        return None, pronoun.group(1).lower()
    people = [m for m in ctx.mentions_in(s0, at) if ctx.is_person(m.entity_id)]
    if people and not ctx.body[people[-1].end : at].strip():
        return people[-1].entity_id, None
    described = _DESCRIBED_SUBJECT.search(before)
    if described is not None:
        # "The prime minister was asked ...": the one person the article's claims by that description
        # were given ("But the prime minister insisted ...")
        phrase = described["phrase"].lower()
        holders = {d.speaker_id for d in ordered if d.speaker.lower() == phrase and d.speaker_id}
        if len(holders) == 1 and ctx.is_person(next(iter(holders))):
            return holders.pop(), None
    return None, None


# a speaker that is the press in general ("newspaper reports", "UK media reports", "press reports"):
# the noun and the table kinds of the outlet it may be
_PRESS_REPORTS = re.compile(r"(?:[\w-]+\s+)?(?P<noun>newspaper|press|media)\s+reports?", re.IGNORECASE)
_REPORTS_KINDS: dict[str, tuple[str, ...] | None] = {
    "newspaper": MEDIUM_KINDS["newspaper"],
    "press": (*MEDIUM_KINDS["newspaper"], "agency", "media"),
    "media": None,
}


def _reports_named_next(ordered: list[Draft], ctx: ArticleContext) -> Iterator[tuple[Draft, str]]:
    """(claim, outlet) for a claim made by "newspaper reports" or "press reports" in general when
    the very next sentence has a claim of one outlet of that kind, the only medium it names ("...,
    newspaper reports claim. The Daily Echo said ..."): the report the article goes on to name."""
    for draft in ordered:
        said = _PRESS_REPORTS.fullmatch(draft.speaker.strip(EDGE))
        if said is None or draft.speaker_id is not None or draft.outlets:
            continue
        rest = ctx.body[draft.sentence_end :]
        n0 = draft.sentence_end + len(rest) - len(rest.lstrip(' \t\n.!?"”’)'))
        if ctx.paragraph_start(n0) not in (ctx.paragraph_start(draft.start), n0):
            continue
        n1 = ctx.sentence_end(n0)
        outlet = _one_medium(ctx, n0, n1)
        kinds = _REPORTS_KINDS[said["noun"].lower()]
        entry = ctx.table.entry(outlet) if outlet else None
        if outlet is None or (kinds is not None and (entry is None or entry.kind not in kinds)):
            continue
        if any(d.speaker_id == outlet and n0 <= d.sentence_start < n1 and _same_story(ctx, draft, d) for d in ordered):
            yield draft, outlet


def _same_story(ctx: ArticleContext, reports: Draft, named: Draft) -> bool:
    """Whether the outlet's claim `named` goes on with what the reports claimed: the two share a
    common word, a name left out ("Grobco is planning a bid ..." / "Grobco's plan was ...", not
    "Grobco's shares had fallen"); one stem starting the other ("plann", "plan")."""

    def stems(draft: Draft) -> set[str]:
        text = draft.content or ctx.body[draft.start : draft.end]
        return set(content_words(re.sub(r"\b[A-Z][\w'’-]*", " ", text))[0])

    theirs = stems(named)
    return any(
        a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
        for a in stems(reports)
        for b in theirs
    )


# a speaker that is a body's own medium, the body named by its kind ("The club website", "the party's
# official site"): the medium nouns are sources.py's
_BODYS_MEDIUM = re.compile(
    rf"(?:the|its|their)\s+(?P<head>(?!official\b|own\b)[a-z]+)(?:['’]s)?\s+(?:official\s+|own\s+)?"
    rf"(?:{'|'.join(OWN_MEDIUM_NOUNS)})",
    re.IGNORECASE,
)


def _own_website_speakers(ordered: list[Draft], ctx: ArticleContext) -> Iterator[tuple[Draft, str]]:
    """(claim, outlet) for a claim whose speaker is a body's own website named by the body's kind
    ("The club website reported ..."): the one organisation of that kind the passage named (a body's
    own website has the body as outlet, as "told Grobton's official website")."""
    for draft in ordered:
        found = _BODYS_MEDIUM.fullmatch(draft.speaker.strip(EDGE))
        if found is None or draft.speaker_id is not None or draft.outlets:
            continue
        if found["head"].lower() not in COMPANY_HEADS:
            continue  # "The news website reported": no body's kind, no body's own website
        body = ctx.only_organisation(draft.sentence_start, found["head"].lower())
        if body is not None:
            yield draft, body


def _goes_on(ctx: ArticleContext, previous: Draft, draft: Draft, occasioned: bool) -> bool:
    """Whether `draft`, a direct quotation (or reported words the speaker "added") right after
    `previous` in its paragraph (no sentence between), was said on the occasion `previous` was: the medium before was an occasion of speaking
    (told, interviewed, quoted ...; `occasioned` when these passes found it), not the speaker's
    employer; the quotation's sentence names no occasion of its own; and its speaker is the one
    before, or a pronoun or nothing ("he said", "He added:"), not another name."""
    if draft.paragraph != previous.paragraph or not (draft.direct_quote or draft.verb == "add"):
        return False  # ("..., he added.": reported words that go on as a quotation does)
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


def _sentence_end(draft: Draft, body: str) -> int:
    """The end of a claim's sentence; for a quotation with no verb of its own, the end of the
    sentence its content ends in: a paragraph that opens by going on with a quote is taken whole as
    its sentence (`continued_quotes`), and the narration after the quote is no attribution of it
    ('"... as a boy." Before that, he issued a statement ...': not said "in a statement")."""
    if draft.verb_at >= 0:
        return draft.sentence_end
    found = SENTENCE_BOUNDARY.search(body, max(draft.start, draft.end - 1), draft.sentence_end)  # its full stop kept
    return found.end() if found else draft.sentence_end


def _outside(draft: Draft, body: str) -> str:
    """The words of a claim's sentence outside its content: its attribution."""
    sentence = body[draft.sentence_start : _sentence_end(draft, body)]
    return (
        sentence[: max(0, draft.start - draft.sentence_start)]
        + " "
        + sentence[max(0, draft.end - draft.sentence_start) :]
    )


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
    “What am I doing?”", whose question mark closes the inner quote). An apostrophe ("don't",
    "it’s", "the Smiths' house") is no quote mark: the package's quote marks, less the "’" that
    is an apostrophe as often as a closing quote."""
    pieces = [p.strip(" \t\n" + OPEN_QUOTES + CLOSE_QUOTES) for p in _QUOTE_PIECES.split(content)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(
        p.endswith("?") and not any(q in p for q in OPEN_QUOTES + CLOSE_QUOTES.replace("’", "")) for p in pieces
    )


def _question_asked(draft: Draft) -> bool:
    """'Mr Bell asked: "Would it not be ironic ...?"', '"Who will pay?" she said.': a question put,
    not a claim (GUIDE: "questions asked"); a question given as an answer stays one."""
    if _ASKING.match(draft.verb):
        return True
    return draft.direct_quote and draft.verb not in _ANSWERING and _questions_only(draft.content)


# a sentence's end inside a quote: its stop, any closing quote marks, the space after
_SENTENCE_STOP = re.compile(r"(?<=[.!?…])[”’\"']*\s+")


def _statement_bounds(body: str, a: int, b: int) -> tuple[int, int] | None:
    """The part of body[a:b] (quoted sentences) left when the questions opening and closing it are
    cut ("How can they? It is absurd." -> "It is absurd."), trimmed; None when only questions."""
    cuts = [a, *(m.end() for m in _SENTENCE_STOP.finditer(body, a, b)), b]
    sentences = [trim(body, x, y) for x, y in pairwise(cuts)]
    sentences = [(x, y) for x, y in sentences if y > x]

    def question(span: tuple[int, int]) -> bool:
        return body[span[0] : span[1] + 1].rstrip(" " + CLOSE_QUOTES).endswith("?")

    while sentences and question(sentences[0]):
        sentences.pop(0)
    while sentences and question(sentences[-1]):
        sentences.pop()
    return (sentences[0][0], sentences[-1][1]) if sentences else None


def _asked_statements(draft: Draft, body: str) -> tuple[int, int, str] | None:
    """'"It is slow. Will it last?" he asked.', '"Why now?" he asked. "It makes no sense."': the
    statements of a quote its speaker "asked" (start, end, content), the questions cut from either
    end of the quote and of the part after the attribution; None when it holds only questions."""
    parts = [(draft.start, draft.gap[0]), (draft.gap[1], draft.end)] if draft.gap else [(draft.start, draft.end)]
    kept = [bounds for x, y in parts if y > x and (bounds := _statement_bounds(body, x, y)) is not None]
    if not kept:
        return None
    return kept[0][0], kept[-1][1], " … ".join(body[x:y].strip() for x, y in kept)


def to_claims(article_id: str, drafts: list[Draft], body: str) -> list[Claim]:
    claims: list[Claim] = []
    drafts = sorted(drafts, key=lambda d: (d.start, d.end))
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        if (draft.start, draft.end) in seen or draft.turn_only or draft.unsaid:
            continue
        start, end, content = draft.start, draft.end, draft.content
        if draft.verb == "ask" and draft.direct_quote and body and (asked := _asked_statements(draft, body)):
            start, end, content = asked  # the statements of a quote whose questions were asked
        elif _question_asked(draft):
            continue
        seen.add((draft.start, draft.end))
        claims.append(
            Claim(
                id="",  # `records.give_claim_ids` gives every claim its id, once all are made
                article_id=article_id,
                paragraph=draft.paragraph,
                start=start,
                end=end,
                speaker=refs_whole(draft.speaker),  # the edge's ";" stripped off a reference
                speaker_id=draft.speaker_id,
                verb=draft.verb,
                content=content,
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
