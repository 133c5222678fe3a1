"""Speakers written as a description that a reader resolves from the whole article.

"the firm said" in an article about one company, "the report added" after "X said in its latest
report", "said the 22-year-old" in an article about one player, "A US researcher has suggested
... Jo Bell believes": each names the one entity of the article the description fits. Run after
extraction (the whole article is known), only on speakers left without an entity, and only when
exactly one candidate fits: a wrong speaker is worse than an unresolved one. Also: "The heavy
metal star" after "Rock star Jo Bell" (the one person the article wrote with that head noun), and
"A US bank has said" in a one-sentence lead (the organisation the next paragraph opens with;
"A PR expert has told ...", "London's most senior police officer has said": the person it opens
with, named there first).
A document speaks for whoever produced it: "The research", "a survey by the firm", "The poll of
500 people" is the one organisation the article gives as its author ("a report by X", "X's
survey", "X, which commissioned the research", the document the sentence before introduced);
"the guidance on X's website" is X; none when two organisations could be. A document's possessive
owner speaks for it too ("Grobco's survey on X found", "Mr Bell's report", "Acme' figures show":
an organisation or a person, whatever the model typed it; not a place or an outlet, and not when
the phrase names another maker), and a document of a one-sentence lead ("..., a report says.")
is the one organisation named in narration in the next paragraph, when it speaks there and does
not speak of "the report" as a reader. A part of a document
speaks for its author too ("In proposals from X, the section on Y said"). A body's members or a
body described are the body the article ties them to: "the MPs who make up X", "the MPs" or "a
committee of MPs" in an article that names and quotes one committee, "leading economists have
warned" in a one-sentence lead before "the Grobco Economists Forum wants ...", "its distributor"
(the one organisation written "distributor X").
"""

from __future__ import annotations

import re
from collections import Counter

from belreader.nlp.aliases import normalise
from belreader.nlp.claims import EPITHET_NOUNS, ArticleContext, Draft
from belreader.nlp.claims.context import other_nationality
from belreader.nlp.claims.spans import paragraph_number
from belreader.nlp.claims.subjects import ACHIEVEMENT_NOUNS, epithet, office_word
from belreader.nlp.claims.vocabulary import (
    BUSINESS_HEADS,
    COMPANY_HEADS,
    COUNTRY_OF,
    DOCUMENT_NOUNS,
    EDGE,
    FEMALE_WORDS,
    MALE_WORDS,
    OUR_REPORTER,
    SENTENCE_OPENERS,
    STATE_PRESS,
    looks_like_a_person,
    member_description,
)
from belreader.nlp.kinds import BODY_NAME_ENDS, COMPANY_WORDS, FORCE_WORDS, literal_hits
from belreader.nlp.occasions import WRITINGS
from belreader.nlp.offices import (
    BOARD_OFFICES,
    CHAIR_OFFICES,
    HEAD_OFFICES,
    LEAD_OFFICES,
    LEFT_POST,
    LEGAL_OFFICES,
    OFFICE_FIELDS,
    OFFICES_OF_A_BODY,
    OWNED_OFFICES,
    PAST_HOLDER_WORDS,
    RELIGIOUS_OFFICES,
    ROLE_WORDS,
    TEAM_TITLES,
    TITLE_QUALIFIERS,
    once_held,
)
from belreader.nlp.people import (
    CLOSE_KIN,
    GENDER_WORDS,
    HONORIFICS,
    JOB_TITLES,
    NATIONALITIES,
    honorific_before,
    is_peerage,
    is_person_noun,
    noun_gender,
    split_name,
)
from belreader.nlp.records import NUMERIC_LABELS, Mention
from belreader.nlp.saying import irregular_pasts, past_forms
from belreader.nlp.sources import MEDIA_PIECES, alternation

_AGE = re.compile(r"\b(\d{1,3})-year-old\b")
# the documents whose author "X said in its report" or "X ... in a report" gives
_REPORTS = r"report|survey|study|review|forecast|bulletin|outlook|poll|research|index|document"
_IN_ITS_REPORT = re.compile(
    rf"[^.;:,“”\"]{{0,60}}?\bin\s+(?:its|their|a|an|the)\s+(?P<name>(?:[\w-]+\s+){{0,4}}?)(?P<head>{_REPORTS})\b"
    r"(?!\s+(?:by|from)\b)"
)
# "the Acme survey", "Acme's quarterly survey": the name (its possessive) right before the document
_NAME_THEN_REPORT = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:latest|new|annual|quarterly|monthly|own|recent|first|regular)\s+){{0,2}}(?P<head>{_REPORTS})\b"
)
# "a survey by Acme", "a report published by Acme", "a study from Acme", "The study, conducted by Acme,":
# the name after the document (and "research carried out by security firm Acme": the words saying
# what the author is, between)
_MAKERS = r"firm|company|group|consultancy|consultants|analysts|researchers|pollsters|think-tank|institute|agency"
# "carried out by", "conducted in 2000 by", "published last year by" (a date between, never "on its
# behalf", whose owner is another), "by", "from": then the maker, after the words saying what it is
_MAKER_AFTER = (
    r"(?:(?:published|released|issued|carried\s+out|conducted|compiled|produced)\s+"
    r"(?:(?:in\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?)|(?:last|this|earlier\s+this)\s+(?:year|month|week|spring|summer|autumn|winter))\s+)?)?"
    rf"(?:by|from)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,2}}(?:{_MAKERS})\s+)?"
)
_REPORT_BY = re.compile(rf"\b(?P<head>{_REPORTS})(?:,?\s+(?:which|that)\s+was)?,?\s+{_MAKER_AFTER}$")
# what follows a document phrase cut short ("A survey" of "A survey carried out in 2000 by X found")
_MADE_BY_AFTER = re.compile(rf",?\s+{_MAKER_AFTER}")
# "The study of 900 drivers in Tarbury was carried out by research firm Acme": the
# document as the subject of a passive of making, its author after "by" (words saying what it is
# between: a phrase opened by a preposition or a comma, never a verb of the document's own, "The
# report looked at repairs ...", nor a relative clause about other work, "checks that were ...")
_REPORT_WAS_MADE_BY = re.compile(
    rf"\b[Tt]he\s+(?P<head>{_REPORTS})\b"
    r"(?:(?:,|\s+(?:of|into|on|in|among|across|for|from|over|about|published|released|commissioned)\b)"
    r"(?:(?!\b(?:which|that|who|whom|whose|where|when|found|finds|said|says|showed|shows|concluded)\b)"
    r"[^.;:“”\"]){0,80}?)?"
    r"\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:carried\s+out|conducted|compiled|produced|undertaken)\s+"
    rf"by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,2}}(?:{_MAKERS})\s+)?$"
)
_REPORT_BY_THE = re.compile(
    rf"\b(?P<head>{_REPORTS})\s+(?:(?:published|released|issued|carried\s+out|conducted|compiled|produced)\s+)?"
    r"(?:by|from)\s+the\s+(?P<maker>[a-z]+)\b(?!['’-])"
)
# "Acme, which carried out the poll", "Acme which commissioned the research": the name before
_WHICH_MADE = re.compile(
    r",?\s+(?:which|who)\s+(?:commissioned|carried\s+out|conducted|published|compiled|produced|ran)\s+"
    rf"(?:the|its|this)\s+(?:[a-z-]+\s+){{0,2}}?(?P<head>{_REPORTS})\b"
)
# "Forum for the Future": a name the model cut short ("Future"), which is nobody's
_PART_OF_NAME = re.compile(r"[A-Z][\w-]*\s+(?:for|of)\s+(?:the\s+)?$")
_JOINT = re.compile(r"\s+(?:and|&)\s")
# "Market analysts Grobco predicts": the role words before a name the model missed
_ROLE_THEN_NAME = re.compile(
    r"(?P<role>[A-Z][a-z-]+(?:\s+[a-z][\w-]*){0,2})\s+(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})"
)
_NAMING_ROLES = {"analysts", "analyst", "consultants", "consultancy", "researchers", "pollsters", "firm", "company"}
_NAMING_ROLES |= {"group", "agency", "bank", "watchdog", "regulator", "body", "charity", "lobby"}
# "A US researcher has suggested ...": people an article goes on to name in the next sentence
# people described by their research ("the Grobland-born researcher"), whom a definite description may continue with
_SCHOLARS = {"researcher", "scientist", "academic", "professor", "lecturer"}
_NAMED_LATER = _SCHOLARS | {"student", "teenager", "woman", "man"}
_NAMED_LATER |= {"businessman", "businesswoman", "inventor", "developer", "programmer", "designer", "engineer"}
# ... and, in a lead of one sentence, the next paragraph ("A PR expert has told the trial ...")
_EXPERTS = {"expert", "specialist", "consultant", "analyst", "economist", "lawyer", "doctor"}
_EXPERTS |= {"historian", "psychologist", "figure"}


def resolve_described(drafts: list[Draft], ctx: ArticleContext | None) -> None:
    """Give each speaker still written as a description the one entity of the article it fits."""
    if ctx is None:
        return
    for draft in drafts:
        if draft.speaker.endswith("(unresolved)"):
            continue
        if draft.speaker_id is None and (subject := _subject_before_saying(ctx, draft)) is not None:
            draft.speaker = subject  # "The 31-year-old admitted interest was immense, calling it ..."
        at = _speaker_offset(ctx, draft)
        if at is not None and (holder := _age_holder(ctx, draft.speaker.strip(EDGE), at)) is not None:
            draft.speaker_id = holder  # "the 24-year-old" after "24-year-old Jo Bell": whoever went before
            continue
        if at is not None and (author := _document_named_so(ctx, draft, at)) is not None:
            draft.speaker_id = author  # "the Digital Life Index" of "Grobco's index": Grobco
            continue
        if at is not None and OUR_REPORTER.fullmatch(draft.speaker.strip(EDGE).lower()):
            # "our correspondent": the one the article named
            draft.speaker_id = _our_reporter(ctx, at, draft.speaker.strip(EDGE).lower().split()[-1])
            continue
        if draft.speaker_id is not None:
            continue
        if at is None:
            continue
        phrase = draft.speaker.strip(EDGE)
        if (maker := _apposed_maker(ctx, draft, phrase, at)) is not None:
            draft.speaker_id = maker  # "figures gathered by industry watchdog, Grobcom,": Grobcom
            continue
        if _NAME_APPOSED.match(ctx.body, at + len(draft.speaker)) or _NAME_APPOSED.search(phrase + ","):
            continue  # "The Shadow Secretary for X, Jo Bell, said": the words name their own person
        found = (
            _article_company(ctx, phrase, at)
            or _article_person(ctx, phrase, at)
            or _organisation_office(ctx, phrase, at)
            or _medium_piece(ctx, phrase, at)
            or _writing_from(ctx, phrase, at)
            or _named_document(ctx, phrase, at)
            or _owned_document(ctx, phrase, at)
            or _head_document(ctx, phrase, at)
            or _document_author(ctx, phrase, at)
            or _on_website(ctx, phrase, at)
            or _own_site_statement(ctx, phrase, at)
            or _apposed_title(ctx, phrase, at)
            or _role_then_name(ctx, phrase)
            or _introduced_next(ctx, draft, phrase, at)
            or _officer_named_next(ctx, draft, phrase, at)
            or _lead_holder(ctx, phrase, at)
            or _lead_office_titled(ctx, drafts, draft, phrase, at)
            or _previous_subject(ctx, draft, phrase, at, drafts)
            or _organisation_before(ctx, drafts, draft, phrase, at)
            or _relative(ctx, phrase, at)
            or _state_press(ctx, phrase, at)
            or _places_police(ctx, phrase, at)
            or _qualified_office_of_main(ctx, phrase, at)
            or _described_so_before(ctx, phrase, at)
            or _organisation_named_next(ctx, draft, phrase, at)
            or _document_in_lead(ctx, drafts, draft, phrase, at)
            or _part_of_document(ctx, draft, phrase, at)
            or _members_of(ctx, phrase, at)
            or _one_committee(ctx, drafts, draft, phrase)
            or _body_named_next(ctx, draft, phrase, at)
            or _role_named(ctx, phrase, at)
            or _maker_of_thing(ctx, phrase, at)
            or _tied_role(ctx, phrase, at)
            or _given_nationality(ctx, phrase, at)
        )
        if found is not None:
            draft.speaker_id = found


# "The 31-year-old admitted interest in the tour": a description, a verb of saying and what it said,
# which a parse that read the verb as a reduced relative clause gave a participle after it as subject
_DESCRIPTION_THEN_SAYING = re.compile(
    rf"(?P<subject>[Tt]he\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:{'|'.join(past_forms())})\s+[a-z]"
)


def _subject_before_saying(ctx: ArticleContext, draft: Draft) -> str | None:
    """ "The 31-year-old admitted interest in the tour was immense, calling it ...": the speaker of
    a claim on a participle written as a description opening its sentence, a verb of saying and
    the words after it: the description alone."""
    if draft.verb_at < 0 or not re.match(r"[a-z]+ing\b", ctx.body[draft.verb_at : draft.verb_at + 20]):
        return None
    found = _DESCRIPTION_THEN_SAYING.match(draft.speaker.strip(EDGE))
    if found is None or not ctx.body[draft.sentence_start :].lstrip().startswith(draft.speaker.strip(EDGE)):
        return None
    return found.group("subject")


def document_authors(ctx: ArticleContext | None) -> None:
    """ "The Fed said in its latest Beige Book report", "An Acme mission made the comments in a
    report", "the Acme survey", "a study by Acme": the organisation the article gives as the
    author of a document (added to ctx.authors, which "the report said" is then resolved against
    when the article gives that kind of document one author only)."""
    if ctx is None:
        return
    for mention in _with_repeats(ctx):
        # a one-word name the model took for a person with no sign of one (no first name, no
        # honorific: "the Grobco report", Grobco typed PERSON) may still be a document's author
        mistyped = mention.label == "PERSON" and not ctx.likely_person(mention.entity_id)
        if mention.label != "ORG" and not mistyped:
            continue
        if ctx.is_media(mention.entity_id) or (ctx.is_person(mention.entity_id) and not mistyped):
            continue
        if any(a <= mention.start < b for a, b in ctx.contents):
            continue
        if _longer_name(ctx, mention.start) and (mistyped or not _after_opener(ctx, mention.start)):
            continue  # "the Bright Acme report" with only "Acme" tagged (either type): a name cut short
        if _PART_OF_NAME.search(ctx.body, max(0, mention.start - 40), mention.start) or _JOINT.match(
            ctx.body, mention.end
        ):
            continue  # "the Forum for the Future report": a longer name; "X and Y's report": joint
        for shape in (
            _NAME_THEN_REPORT.match(ctx.body, mention.end),
            _REPORT_BY.search(ctx.body[max(0, mention.start - 80) : mention.start]),
            _WHICH_MADE.match(ctx.body, mention.end),
        ):
            if shape is not None and shape.end() - shape.start() < 60:
                ctx.authors.setdefault(shape.group("head").lower(), set()).add(mention.entity_id)
                ctx.author_at.setdefault(shape.group("head").lower(), mention.start)
        made = _REPORT_WAS_MADE_BY.search(ctx.body, ctx.sentence_start(mention.start), mention.start)
        if (
            made is not None
            and made.end() == mention.start
            # the maker alone: not "by Acme on behalf of Grobco", "by Acme, together with Grobco"
            and re.match(
                r"\s*(?:[.;]|,?\s+(?:which|who|in(?!\s+(?:association|partnership|conjunction|collaboration"
                r"|cooperation|co-operation|tandem)\b)|last|this|between|during)\b)",
                ctx.body[mention.end :],
            )
        ):
            ctx.authors.setdefault(made.group("head").lower(), set()).add(mention.entity_id)
            ctx.author_at.setdefault(made.group("head").lower(), mention.start)
        found = _IN_ITS_REPORT.match(ctx.body, mention.end)
        clause = re.split(r"[.;:,!?\n“”\"]", ctx.body[ctx.sentence_start(mention.start) : mention.start])[-1]
        if found is None or any(w.lower() not in ("the", "a", "an") for w in clause.split()):
            continue  # the organisation must open its clause (the subject), "An Acme mission", "the Fed"
        end = found.end()
        # another organisation between the name and the report may be its author ("X said in Y's report")
        if any(m.label == "ORG" and m.entity_id != mention.entity_id for m in ctx.mentions_in(mention.end, end)):
            continue
        head = found.group("head").lower()
        ctx.authors.setdefault(head, set()).add(mention.entity_id)
        ctx.author_at.setdefault(head, mention.start)
        name = found.group("name").split()
        while name and not name[0][:1].isupper():
            name.pop(0)  # "its latest Beige Book report": the document's own name
        if name and all(w[:1].isupper() for w in name):
            ctx.authors.setdefault(" ".join(name).lower(), set()).add(mention.entity_id)
    for found in _REPORT_BY_THE.finditer(ctx.body):
        # "a survey by the firm": the one organisation written right after "firm" before it
        if found.group("maker") in BUSINESS_HEADS and not _quoted(ctx, found.start()):
            maker = _named_as(ctx, found.group("maker"), found.start())
            if maker is not None:
                ctx.authors.setdefault(found.group("head").lower(), set()).add(maker)
                ctx.author_at.setdefault(found.group("head").lower(), found.start())
    _places_as_authors(ctx)


# "research by Jupiter": a document made by a name, right after "by"
_MADE_BY_NAME = re.compile(rf"\b(?P<head>{_REPORTS})\s+(?:(?:carried\s+out|conducted|compiled|produced)\s+)?by\s+$")


# the name is the whole maker ("by Jupiter found", "by Jupiter,"), not a word of it ("by UK think-tank
# Demos", "by US researchers")
_ENDS_THE_MAKER = re.compile(
    r"\s*[,.;:]|\s+(?:found|finds|said|says|suggested|suggests|showed|shows|revealed|reveals|predicted|"
    r"predicts|concluded|concludes|claimed|claims|estimated|estimates|warned|warns|indicated|indicates)\b"
)


def _places_as_authors(ctx: ArticleContext) -> None:
    """ "Recent research by Jupiter", the name typed a place (the planet): whoever a document is
    made "by" is its author whatever the model typed it (a place does no research; "a report
    from Grobland" is about a place as often, and is left alone)."""
    for mention in ctx.mentions:
        if mention.label != "PLACE" or any(a <= mention.start < b for a, b in ctx.contents):
            continue
        found = _MADE_BY_NAME.search(ctx.body, max(0, mention.start - 60), mention.start)
        if found is not None and _ENDS_THE_MAKER.match(ctx.body, mention.end):
            ctx.authors.setdefault(found.group("head").lower(), set()).add(mention.entity_id)
            ctx.author_at.setdefault(found.group("head").lower(), mention.start)


_OPENERS = {"The", "A", "An", "In", "But", "And", "According", "By", "From", "Its", "This", "That"}


def _longer_name(ctx: ArticleContext, start: int) -> bool:
    """ "Bright Acme": the name at `start` is the end of a longer one (not "The Acme report")."""
    before = re.search(r"([A-Z][\w&’'-]*)\s+$", ctx.body[max(0, start - 30) : start])
    return before is not None and before.group(1) not in _OPENERS


def _after_opener(ctx: ArticleContext, start: int) -> bool:
    """Whether the one capitalised word before `start` opens its sentence ("Regulator Acme's
    report"): capitalised as an opener, not as part of the name."""
    before = ctx.body[ctx.sentence_start(start) : start].split()
    return len(before) == 1


# around a name written alone: not inside a longer word, nor before a capitalised one ("Acme Bank")
_NAME_GOES_ON_BEFORE = re.compile(r"[\w&’'-]")
_NAME_GOES_ON_AFTER = re.compile(r"[\w&-]|['’]?\s+[A-Z]")


def _with_repeats(ctx: ArticleContext) -> list[Mention]:
    """The article's mentions, and each later writing of an organisation's name the model did not
    tag ("According to the Acme report", with only the first "Acme" tagged): the same entity there.
    A repeat inside a longer capitalised name ("Acme Bank") is not one."""
    found = list(ctx.mentions)
    taken = [(m.start, m.end) for m in ctx.mentions]
    names = {(m.text, m.entity_id, m.label, m.paragraph) for m in ctx.mentions if m.label in ("ORG", "PERSON")}
    tagged = Counter(m.text for m in ctx.mentions)
    for text, entity_id, label, paragraph in sorted(names):
        if len(text) < 3 or not text[:1].isupper():
            continue
        if ctx.body.count(text) <= tagged[text]:
            continue  # every writing of it is tagged (mentions never overlap): nothing to add, no regex
        for start, end in literal_hits(text, ctx.body, _NAME_GOES_ON_BEFORE, _NAME_GOES_ON_AFTER):
            if any(a < end and start < b for a, b in taken):
                continue
            if _longer_name(ctx, start):
                continue
            taken.append((start, end))
            found.append(Mention(entity_id, text, label, start, end, paragraph))
    return sorted(found, key=lambda m: m.start)


# a name set beside the description: ", Jo Bell," or ", Jo Bell said"
_NAME_APPOSED = re.compile(r"\s*,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+\s*(?:,|said\b|says\b)")


# "figures gathered by industry watchdog", "a study from the research group": a document and its
# maker described in lower case after "by" or "from", the maker's name to follow after a comma
_MADE_BY_DESCRIBED = re.compile(
    rf".*\b(?:{_REPORTS}|figures|data|statistics)\b.*\b(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*"
)


def _apposed_maker(ctx: ArticleContext, draft: Draft, phrase: str, at: int) -> str | None:
    """ "According to figures gathered by industry watchdog, Grobcom, the ...": the organisation
    named in apposition right after a document's maker described in lower case, the whole name
    between commas (or before a full stop), tagged an organisation and no outlet, and outside the
    claim's words ("..., Grobco, the biggest lender, lost £2bn": what the figures are about)."""
    if _MADE_BY_DESCRIBED.fullmatch(phrase) is None:
        return None
    following = re.match(r",\s+", ctx.body[at + len(phrase) :])
    if following is None:
        return None
    mention = ctx.mention_at(at + len(phrase) + following.end())
    if mention is None or mention.label != "ORG" or ctx.is_media(mention.entity_id):
        return None
    if draft.start <= mention.start < draft.end:
        return None  # the content's own subject, not the maker's name
    return mention.entity_id if re.match(r"\s*[,.;]", ctx.body[mention.end :]) else None


def _speaker_offset(ctx: ArticleContext, draft: Draft) -> int | None:
    """Where the speaker phrase is written: in its sentence outside the claim's content, else next
    to its reporting verb (an attribution inside a quotation run, '"...," said X. "..."')."""
    at = ctx.body.find(draft.speaker, draft.sentence_start, draft.sentence_end)
    while at >= 0 and draft.start <= at < draft.end:
        at = ctx.body.find(draft.speaker, at + 1, draft.sentence_end)
    if at >= 0:
        return at
    if draft.verb_at < 0:
        return None
    near = [
        m.start()
        for m in re.finditer(re.escape(draft.speaker), ctx.body[max(0, draft.verb_at - 60) : draft.verb_at + 60])
    ]
    return max(0, draft.verb_at - 60) + near[0] if len(near) == 1 else None


def _quoted(ctx: ArticleContext, offset: int) -> bool:
    return any(a <= offset < b for a, b in ctx.contents)


# a phrase set before the subject of a paragraph's first sentence ("In a speech in Grobton, ",
# "Speaking at a rally on Monday, ")
_FRONTED_PHRASE = re.compile(r"(?:In|At|Speaking|Writing|Addressing)\s[^,.;:“”\"]{3,80},\s+")


def main_candidate(ctx: ArticleContext, ids: set[str]) -> str | None:
    """Of the candidates `ids`, the one the article is about: the first candidate it names, as
    the subject opening one of its first two paragraphs (a headline, the lead: at most a few words
    of title before it, no comma), mentioned at least twice and more often than any other."""
    opening = next((m for m in ctx.mentions if m.entity_id in ids), None)
    if opening is None or paragraph_number(ctx.body, opening.start) > 1:
        return None
    before = ctx.body[ctx.paragraph_start(opening.start) : opening.start]
    if _FRONTED_PHRASE.fullmatch(before):
        before = ""  # "In a lecture at the Grobton Institute, Jo Bell said": the subject after it
    if "," in before or len(before.split()) > 5:
        return None
    counts = Counter(m.entity_id for m in ctx.mentions if m.entity_id in ids and not _quoted(ctx, m.start))
    main = opening.entity_id
    others = max((n for eid, n in counts.items() if eid != main), default=0)
    return main if counts[main] >= 2 and counts[main] > others else None


def _last_before(ctx: ArticleContext, at: int, labels: tuple[str, ...]) -> str | None:
    """The entity of the last mention with one of `labels` before `at`, outside quotations, in this
    paragraph or the one before; None when there is none."""
    named = [
        m
        for m in ctx.mentions_in(ctx.paragraph_start(at, 1), at)
        if m.label in labels and not _quoted(ctx, m.start) and not ctx.is_media(m.entity_id)
    ]
    if len(named) > 1 and named[-1].label == "ORG" and owners_new_thing(ctx, named[-2].end, named[-1].start):
        return named[-2].entity_id  # "Delta's new SimpliFares": the owner's new product, tagged a name
    return named[-1].entity_id if named else None


# "Grobco's new Velt", "Grobco's latest Velt": what an organisation launches, written with its name
_NEW_THING = re.compile(r"['’]s?\s+(?:new|latest)\s+")


def owners_new_thing(ctx: ArticleContext, owner_end: int, start: int) -> bool:
    """Whether the name at `start` is written right after the possessive of the name ending at
    `owner_end` and "new" or "latest" ("Grobco's new Velt"): the owner's new product or part, which
    the model tagged an organisation, not another organisation that may speak."""
    return _NEW_THING.fullmatch(ctx.body, owner_end, start) is not None


def _article_company(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the firm", "the company", "the US firm": the one company the article is about, when it is
    also the organisation named last before the phrase."""
    words = phrase.split()
    head = words[-1].lower()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or head not in BUSINESS_HEADS:
        return None
    companies = {
        m.entity_id
        for m in ctx.mentions
        if m.label == "ORG"
        and not ctx.is_media(m.entity_id)
        and not ctx.is_person(m.entity_id)
        and not looks_like_a_person(m.text)
        and ctx.fits_head(m.entity_id, m.text, head)
    }
    main = main_candidate(ctx, companies)
    if main is None or _last_before(ctx, at, ("ORG",)) != main:
        return None
    return main


def _article_person(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the 22-year-old", "the England captain", "The 41-year-old chart-topper": the one person the
    article is about, when they are the person named last before the phrase, fit its gender and
    nationality, and no other person of the article has its age or its title."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return None
    lowered = [w.lower() for w in words]
    age = _AGE.search(phrase)
    gender = epithet(phrase)
    if gender is None:
        if any(not re.fullmatch(r"[\w-]+", w) for w in words[1:]):
            return None
        if age is not None and all(w.islower() for w in words[1:]):
            gender = ""  # "the 41-year-old chart-topper": an age with any noun
        elif lowered[-1] in EPITHET_NOUNS and all(w[:1].isupper() for w in words[1:-1]):
            gender = ""  # "the England captain": a role qualified by a team or a place
        else:
            return None
    people = {m.entity_id for m in ctx.mentions if m.label == "PERSON" and ctx.likely_person(m.entity_id)}
    main = main_candidate(ctx, people)
    if main is None or _last_before(ctx, at, ("PERSON",)) != main:
        return None
    if gender and ctx.gender(main) not in (None, gender):
        return None
    if other_nationality(ctx, main, phrase):
        return None
    sentence = ctx.sentence_start(at)
    if any(m.label == "PERSON" and not _quoted(ctx, m.start) for m in ctx.mentions_in(sentence, ctx.sentence_end(at))):
        return None  # "Lee beat Hill, the 22-year-old said": which one is not settled
    titles = ctx.title_words()
    head = lowered[-1]
    if head not in GENDER_WORDS and any(
        head in titles.get(eid, set()) and _named_before(ctx, eid, at) for eid in people - {main}
    ):
        return None  # "England captain Jo Bell" before it: the title may be someone else's
    if age is not None:
        for other in _AGE.finditer(ctx.body):
            if other.start() == at + age.start():
                continue
            near = ctx.mentions_in(max(0, other.start() - 60), other.end() + 60)
            if any(m.label == "PERSON" and m.entity_id != main for m in near):
                return None  # another person's age is given: "the 30-year-old" may be either
    return main


def _named_before(ctx: ArticleContext, entity_id: str, at: int) -> bool:
    """Whether the article names `entity_id` before `at` (a reader does not yet know a person it
    introduces later: "The singer said" before "singer Jo Bell's partner")."""
    return any(m.entity_id == entity_id and m.start < at for m in ctx.mentions)


# "the charity's director", "the group's chief executive": an office of an organisation described
# (no modifier before the noun: "the rival firm's chief executive", "the prime minister's spokesman")
_OFFICE_OF = re.compile(
    r"(?:[Tt]he\s+(?P<owner>[a-z][\w-]*)['’]s|[Ii]ts)\s+(?P<office>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)
_OTHER_OWNERS = {"rival", "rivals", "competitor", "opponent", "opposition", "other", "parent", "partner"}


def _organisation_office(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "Its director, Jo Bell, said ... The charity's director said": the one person named in
    this paragraph or the one before (outside quotations) whom the article writes with that
    office, when no other person of the article holds it. "Grobco could cut jobs, its chief
    executive has said. \n\n ... Chief executive Jo Bell told ...": an office one person holds,
    given in the next paragraph, is that person too, when their titles name no organisation but
    one named in the phrase's paragraph (context's titled_at)."""
    found = _OFFICE_OF.fullmatch(phrase)
    if found is None or found.group("owner") in _OTHER_OWNERS:
        return None
    office = set(found.group("office").lower().split())
    head = found.group("office").split()[-1].lower()
    if head not in JOB_TITLES | EPITHET_NOUNS:
        return None
    if head in BOARD_OFFICES | HEAD_OFFICES and (holder := ctx.titled_at(head, office, None, at)) is not None:
        lo, hi = ctx.paragraph_start(at, 1), _paragraph_end(ctx.body, at, 1)
        if any(m.entity_id == holder and not _quoted(ctx, m.start) for m in ctx.mentions_in(lo, hi)):
            return holder
    if found.group("owner") is None and head in BOARD_OFFICES | HEAD_OFFICES:
        # "its chief executive": only titled_at, which checks whose office it is; the fallback
        # below does not, and would give Grobco's "its chief executive" to "Velt chief executive Jo Bell"
        return None
    holders = {
        m.entity_id
        for m in ctx.mentions
        if m.label == "PERSON" and any(office <= title for title in ctx.title_phrases(m))
    }
    near = {
        m.entity_id
        for m in ctx.mentions_in(ctx.paragraph_start(at, 1), at)
        if m.label == "PERSON" and not _quoted(ctx, m.start)
    }
    if len(holders) != 1 or not holders <= near:
        return None
    return holders.pop()


_BREAKS = re.compile(r"\n+")


def _paragraph_end(body: str, offset: int, forward: int = 0) -> int:
    """The end of the paragraph holding `offset`, or of the `forward`-th one after it."""
    breaks = [found.start() for found in _BREAKS.finditer(body, offset)]
    return breaks[forward] if forward < len(breaks) else len(body)


def _age_holder(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the 24-year-old": the one person the article gives that age before the phrase, written
    "24-year-old (title) Jo Bell", "Jo Bell, 24," or "At 24, Jo Bell ..."; else None."""
    words = phrase.split()
    age = _AGE.search(phrase)
    if age is None or words[0].lower() != "the" or len(words) > 4:
        return None
    years = age.group(1)
    holders = set()
    for given in re.finditer(rf"\b{years}-year-old\s+((?:[\w-]+\s+){{0,3}}?)(?=[A-Z])", ctx.body[:at]):
        mention = ctx.mention_at(given.end())
        if mention is not None and mention.label == "PERSON" and "," not in given.group(1):
            holders.add(mention.entity_id)
    for mention in ctx.mentions_in(0, at):
        if mention.label == "PERSON" and re.match(rf",\s+{years},", ctx.body[mention.end : mention.end + 8]):
            holders.add(mention.entity_id)
        elif mention.label == "PERSON" and re.search(
            rf"\b[Aa]t\s+{years},\s+$", ctx.body[max(0, mention.start - 10) : mention.start]
        ):
            holders.add(mention.entity_id)  # "At 34, Jo Bell knows time is short"
    return holders.pop() if len(holders) == 1 else None


_MEDIUM_PIECE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][^,;:]*?)(?:['’]s?)?\s+(?P<noun>[a-z]+)")


def _medium_piece(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "a Grobville Gazette article claimed", "a BBC story said": the medium named whole right
    before a noun of its own pieces (sources.MEDIA_PIECES) speaks; never a name that is no
    medium ("a Grobco report") or a medium inside a longer name."""
    found = _MEDIUM_PIECE.fullmatch(phrase)
    if found is None or found["noun"] not in MEDIA_PIECES:
        return None
    start, end = at + found.start("name"), at + found.end("name")
    named = ctx.mentions_in(start, end)
    if len(named) != 1 or (named[0].start, named[0].end) != (start, end):
        return None
    return named[0].entity_id if ctx.is_media(named[0].entity_id) else None


# words that make the ones before a name in "a letter from ... Jo Bell" another's title, not the maker's
_NOT_A_MAKERS_TITLE = {"of", "for", "to", "acting", "on", "behalf", "and", "or", "with", "by", "about"}


def _writing_from(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the letter added" after "an open letter from chief executive Jo Bell": whoever the
    writing of that noun (occasions.WRITINGS) was given as "from", in its paragraph or the one
    before, when exactly one was (a person or a body, never a medium). Lower-case words before the
    name are a title of the maker's only ("from chief executive Jo Bell"): never one of another
    ("from lawyers acting for Jo Bell", "from supporters of Jo Bell"), nor the name an owner's
    ("from Jo Bell's lawyer")."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in WRITINGS or not phrase[4:5].islower():
        return None
    lo = ctx.paragraph_start(at, 1)
    noun = words[-1]
    shape = rf"\b[{noun[0]}{noun[0].upper()}]{re.escape(noun[1:])}\s+from\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
    makers = set()
    for found in re.finditer(shape + r"(?P<title>(?:[a-z][\w-]*\s+){0,3})", ctx.body[lo:at]):
        maker = ctx.mention_at(lo + found.end())
        if maker is None or maker.start != lo + found.end() or maker.label not in ("PERSON", "ORG"):
            return None  # a writing from someone the model did not tag, or from a place
        title = found["title"].split()
        if title and (set(title) & _NOT_A_MAKERS_TITLE or not (office_word(title[-1]) or is_person_noun(title[-1]))):
            return None  # "a letter from lawyers acting for Jo Bell": another's writing, about or for them
        if re.match(r"['’]s?\b", ctx.body[maker.end : maker.end + 2]):
            return None  # "a letter from Jo Bell's lawyer"
        if ctx.is_media(maker.entity_id) or _quoted(ctx, maker.start):
            return None
        makers.add(maker.entity_id)
    return makers.pop() if len(makers) == 1 else None


def _named_document(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the Beige Book said" after "X said in its latest Beige Book report": its one author."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() != "the" or not all(w[:1].isupper() for w in words[1:]):
        return None
    authors = ctx.authors.get(" ".join(words[1:]).lower(), set())
    return next(iter(authors)) if len(authors) == 1 else None


# the documents that speak for whoever produced them ("The report said", "the survey found")
_DOCUMENT_HEADS = {"report", "survey", "study", "poll", "research", "index", "review", "findings", "document"}
_ANOTHER = {"further", "another", "other", "second", "separate", "different", "previous", "earlier", "last", "new"}
_ANOTHER |= {"government", "official", "independent", "own", "his", "her", "their", "its"}
_NAMED_DOCUMENTS = {"index", "report"}  # the heads of a document's own name ("the Bright Life Index")
_BY_THE = re.compile(r"\b(?:by|from)\s+the\s+(?P<head>[a-z]+)$")


def _document_author(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "A survey by Grobco" (Grobco the article gives as that survey's author, whatever its type),
    "a survey by the firm" (the one firm named so before), "The report", "The research" (the one
    organisation the article gives as the author of any document), "The poll of 500 people" (the
    author of the document the sentence just before introduced, "A survey by Grobco found").
    Unresolved when two organisations could be the author."""
    words = phrase.split()
    lower = [w.lower().strip(",") for w in words]
    head = next((w for w in lower[:4] if w in _DOCUMENT_HEADS), None)
    if head is None or len(words) > 8 or "for" in lower:
        return None  # "a survey for the charity": commissioned by one, carried out by another
    named = {m.entity_id for m in ctx.mentions_in(at, at + len(phrase))}
    if not named and lower[0] in ("a", "an") and (by := _MADE_BY_AFTER.match(ctx.body, at + len(phrase))):
        # "A survey" of "A survey carried out in 2000 by X found": the maker written right after
        maker = ctx.mention_at(by.end())
        named = {maker.entity_id} if maker is not None and maker.start == by.end() else set()
    if named:
        makers = named & ctx.authors.get(head, set())
        return next(iter(makers)) if len(makers) == 1 and len(named) == 1 else None
    if set(lower) & _ANOTHER:
        return None  # "a separate survey", "official figures": not the one whose author was given
    by_the = _BY_THE.search(phrase)
    if by_the is not None and by_the.group("head") in BUSINESS_HEADS:
        return _named_as(ctx, by_the.group("head"), at)  # "a survey by the firm"
    if lower[0] not in ("the", "this") or any(w[:1].isupper() for w in words[1:]):
        return None
    everyone = set().union(*ctx.authors.values()) if ctx.authors else set()
    if len(everyone) == 1:
        return next(iter(everyone))  # the article gives one author for all its documents
    return _introduced_before(ctx, at)


# "Grobco's survey on X", "Acme' figures", "the Grobco Trust's latest annual report": a document
# whose owner is written as a possessive name right before it (a few modifiers between)
_OWNED_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:['’]s|(?<=s)['’])\s+"
    r"(?:[a-z][a-z-]*\s+){0,3}?"
    r"(?P<head>report|survey|study|figures|statistics|data|research|poll|findings|analysis|review|document|"
    r"estimates|forecast|index|audit|paper)\b(?P<rest>.*)"
)
_MADE_BY = re.compile(r"\b(?:by|from|for|with|commissioned|conducted|compiled|carried|produced|published)\b")


def _owned_document(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "Grobco's survey on X found", "Acme' figures show": the document's owner written as a
    possessive name (an organisation or a person, whatever the model typed it, not an outlet or a
    place). None when the phrase gives another maker ("X's survey for Y", "by Y")."""
    found = _OWNED_DOCUMENT.fullmatch(phrase)
    if found is None or _MADE_BY.search(found.group("rest")):
        return None
    start, end = at + found.start("owner"), at + found.end("owner")
    owners = [m for m in ctx.mentions_in(start, end + 1) if m.start >= start]
    if not owners and not ctx.mentions_in(start, end):
        # a name the model did not tag here ("Grobco' figures"): the one entity written so elsewhere
        named = ctx.named_elsewhere(found.group("owner"))
        if named is None or ctx.is_media(named[1]):
            return None
        labels = {m.label for m in ctx.mentions if m.entity_id == named[1]}
        return named[1] if labels and labels <= {"ORG", "PERSON"} else None
    if len(owners) != 1 or owners[0].end != end:
        return None
    if owners[0].start != start and not (
        honorific_before(ctx.body, owners[0].start) and len(ctx.body[start : owners[0].start].split()) == 1
    ):
        return None  # "the Grobco Trust's report" with only "Grobco" tagged: a name cut short
    owner = owners[0]
    if owner.label not in ("ORG", "PERSON") or ctx.is_media(owner.entity_id):
        return None
    return owner.entity_id


# "an agency statement", "a company report": a document described by the kind of body it is from
_HEAD_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+([a-z]+)")


def _head_document(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """'"...," said an agency statement.': the one organisation named (outside quotations) in
    the article before it that the article calls by that noun: by a name ending with it ("the
    Velt Energy Agency"), as the table knows it, or, for a company's noun, by a company's name
    ("Grobco Holdings"); None when none or several are (never the union or council named
    nearby for "a company statement")."""
    found = _HEAD_DOCUMENT.fullmatch(phrase)
    if found is None or found.group(2) not in DOCUMENT_NOUNS:
        return None
    head = found.group(1)
    if head not in COMPANY_HEADS and head not in BODY_NAME_ENDS:
        return None
    named = {
        m.entity_id
        for m in ctx.mentions_in(0, at)
        if m.label == "ORG"
        and not ctx.is_media(m.entity_id)
        and not ctx.is_person(m.entity_id)
        and not any(a <= m.start < b for a, b in ctx.contents)
    }
    fitting = {eid for eid in named if _fits_document_head(ctx, eid, head)}
    return fitting.pop() if len(fitting) == 1 else None


def _fits_document_head(ctx: ArticleContext, entity_id: str, head: str) -> bool:
    """Whether the organisation `entity_id` is one "a HEAD statement" can be from: a name of it
    ends with the head; for a body's noun ("agency", "council") nothing else; for a company's
    noun, the table's kind for it, or, unknown to the table, a company's last word in a name of
    it ("Grobco Holdings"), never just any organisation ("the Velt Workers Union")."""
    texts = [m.text for m in ctx.mentions if m.entity_id == entity_id]
    if any(t.lower().split()[-1:] == [head] for t in texts):
        return True
    if head not in COMPANY_HEADS:
        return False
    if head not in BUSINESS_HEADS or head == "bank" or ctx.table.entry(entity_id) is not None:
        return any(ctx.fits_head(entity_id, t, head) for t in texts)
    return any(t.lower().split()[-1:] and t.lower().split()[-1] in COMPANY_WORDS for t in texts)


def _document_named_so(ctx: ArticleContext, draft: Draft, at: int) -> str | None:
    """ "according to the Bright Life Index" (an entity of its own) after or before "Grobco's
    index": the one organisation the article gives as the author of that kind of document."""
    if draft.speaker_id is None or ctx.is_person(draft.speaker_id):
        return None
    words = draft.speaker.strip(EDGE).split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[-1].lower() not in _NAMED_DOCUMENTS:
        return None  # ("Grobco Research", "the Geological Survey": organisations named so)
    if ctx.table.entry(draft.speaker_id) is not None:
        return None  # an organisation the table knows
    authors = ctx.authors.get(words[-1].lower(), set())
    if len(authors) != 1 or draft.speaker_id in authors:
        return None
    if any(draft.speaker_id in them for them in ctx.authors.values()):
        return None  # the name itself is given as an author: an organisation, not a document
    return next(iter(authors))


def _named_as(ctx: ArticleContext, head: str, at: int) -> str | None:
    """ "the firm" after "security firm Grobco": the one organisation written right after the
    word, named in this paragraph or the one before."""
    found = {
        m.entity_id
        for m in ctx.mentions_in(ctx.paragraph_start(at, 1), at)
        if m.label == "ORG"
        and not ctx.is_media(m.entity_id)
        and not _quoted(ctx, m.start)
        and re.search(rf"\b{head}\s+$", ctx.body[max(0, m.start - 20) : m.start])
    }
    return found.pop() if len(found) == 1 else None


def _introduced_before(ctx: ArticleContext, at: int) -> str | None:
    """ "A survey by Grobco found ... The poll of 500 people found ...": the author of the one
    document the sentence before (same paragraph) introduced with its author after it."""
    sentence = ctx.sentence_start(at)
    if sentence <= ctx.paragraph_start(at):
        return None
    previous = ctx.sentence_start(sentence - 1)
    found = set()
    for m in ctx.mentions_in(previous, sentence):
        shape = _REPORT_BY.search(ctx.body[max(previous, m.start - 80) : m.start])
        if (
            shape is not None
            and m.label in ("ORG", "PERSON")
            and m.entity_id in ctx.authors.get(shape.group("head").lower(), ())
        ):
            found.add(m.entity_id)
    return found.pop() if len(found) == 1 else None


# "the instructions on Grobco's website": a body's website speaks for it
_ON_WEBSITE = re.compile(
    r"\b(?:on|from|at|in)\s+(?:the\s+)?(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}?)(?:['’]s?)?\s+"
    r"(?:web\s*site|site|web\s+page|home\s*page)$"
)


def _on_website(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    found = _ON_WEBSITE.search(phrase)
    if found is None:
        return None
    mention = ctx.mention_at(at + found.start("name"))
    if mention is None or mention.label != "ORG" or ctx.is_media(mention.entity_id) or ctx.is_person(mention.entity_id):
        return None
    return mention.entity_id


# "a statement on her website", "a message posted on his official site": words a person's own site
# gives out, in the words of the possessive pronoun that points at them
_OWN_SITE_STATEMENT = re.compile(
    r"(?:a|an|the)\s+(?:(?:brief|short|new|further)\s+)?(?:statement|message|note|posting)\s+"
    r"(?:(?:posted|published|issued)\s+)?on\s+(?P<pronoun>his|her)\s+(?:(?:own|official|personal)\s+)*"
    r"(?:web\s*site|site|blog)",
    re.IGNORECASE,
)


def _own_site_statement(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "'...,' a statement on her website said": the person whose site it is, when the article is
    about one person (`main_candidate`), named last before the phrase, not of the other gender, and
    nobody else is named in the sentence outside quotations. Never a body's site ("on its
    website": `_on_website` takes a named one), nor when another person was named since, nor
    when a noun of the pronoun's gender was written since ("Vell, 41, ... His wife has stood by
    him. '...,' a statement on her website said": hers, whatever Vell's gender)."""
    found = _OWN_SITE_STATEMENT.fullmatch(phrase)
    if found is None:
        return None
    people = {m.entity_id for m in ctx.mentions if m.label == "PERSON" and ctx.likely_person(m.entity_id)}
    main = main_candidate(ctx, people)
    if main is None or _last_before(ctx, at, ("PERSON",)) != main:
        return None
    her = found.group("pronoun").lower() == "her"
    if not ctx.fits(main, "she" if her else "he"):
        return None
    last = max(m.end for m in ctx.mentions_in(0, at) if m.entity_id == main)
    if re.search(rf"\b(?:{alternation(FEMALE_WORDS if her else MALE_WORDS)})\b", ctx.body[last:at], re.IGNORECASE):
        return None
    sentence = ctx.sentence_start(at)
    if any(
        m.label == "PERSON" and m.entity_id != main and not _quoted(ctx, m.start)
        for m in ctx.mentions_in(sentence, ctx.sentence_end(at))
    ):
        return None
    return main


# a title written with what it is of ("the Bishop of Westmarch", "the President of the Grobton
# Assembly"): capitalised words ending in an office, "of", and the capitalised name of a place or body
_TITLE_OF = re.compile(
    r"[Tt]he\s+(?P<title>(?:[A-Z][\w-]*\s+){0,2}(?P<office>[A-Z][\w-]*)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w&’'-]*(?:\s+(?:of\s+)?[A-Z][\w&’'-]*){0,3})"
)
# what closes a name in apposition: a comma that opens no list's last item, a full stop, a bracket
_APPOSITION_CLOSE = re.compile(r"\s*(?:,(?!\s+(?:and|or)\b)|[.;)])")


def _apposed_title(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "The Bishop of Westmarch said" after "the Bishop of Westmarch, Dr Jan Holt, will preside":
    the one person the article ties that very title to, in apposition ("the TITLE, NAME," or
    "NAME, the TITLE,") or written before the name ("Bishop of Westmarch Jan Holt"), tied before
    the phrase; None when the article ties it to two people, or only with a qualifier ("the
    former Bishop of Westmarch, X," is not the bishop now)."""
    found = _TITLE_OF.fullmatch(phrase)
    if found is None:
        return None
    office = found.group("office").lower()
    if not (office_word(office) or office in RELIGIOUS_OFFICES or is_peerage(office)):
        return None
    title = r"\s+".join(re.escape(w) for w in found.group("title").split())
    tied: set[str] = set()
    earlier = False
    for match in re.finditer(rf"(?<![\w-]){title}(?![\w-])", ctx.body, re.IGNORECASE):
        if match.start() == at + found.start("title"):
            continue  # the speaker's own phrase
        window = ctx.body[max(0, match.start() - 30) : match.start()]
        before = window.split()
        if before and before[-1].lower() in TITLE_QUALIFIERS | PAST_HOLDER_WORDS:
            continue  # "the former Bishop of Westmarch", "the late Bishop ...": another title, a past holder
        definite = bool(before) and before[-1].lower() == "the"
        opening = window.rstrip(" \t")[-1:] in ("", *'.!?:;("“”\n')
        if not (definite or opening):
            continue  # "built by Bishop of Westmarch Tom Pell": the glued form only after "the" or nothing
        person = _named_with_title(ctx, match.start(), match.end(), definite)
        if person is not None:
            tied.add(person)
            earlier = earlier or match.start() < at
    return tied.pop() if len(tied) == 1 and earlier else None


def _named_with_title(ctx: ArticleContext, start: int, end: int, definite: bool) -> str | None:
    """The person whose name body[start:end], a title, is written with: "TITLE NAME", "the TITLE,
    NAME," (`definite`: "the" before it), or "NAME, the TITLE,"; else None."""
    body = ctx.body
    after = re.match(r",\s+|\s+" if definite else r"\s+", body[end : end + 4])
    if after is not None:
        at = end + after.end()
        honorific = re.match(r"([A-Z][a-z]+\.?)\s+", body[at : at + 12])
        mention = ctx.mention_at(at)
        if mention is None and honorific is not None and honorific.group(1).lower() in HONORIFICS:
            mention = ctx.mention_at(at + honorific.end())
        if (
            mention is not None
            and mention.label == "PERSON"
            and (not after.group().startswith(",") or _APPOSITION_CLOSE.match(body, mention.end))
            and ctx.likely_person(mention.entity_id)
        ):
            return mention.entity_id
    named = re.search(r",\s+the\s+$", body[max(0, start - 8) : start], re.IGNORECASE)
    if named is None or not _APPOSITION_CLOSE.match(body, end):
        return None
    mention = next((m for m in reversed(ctx.mentions_in(max(0, start - 80), start)) if m.label == "PERSON"), None)
    if (
        mention is None
        or body[mention.end : start - len(named.group())].strip()
        or body[mention.start - 2 : mention.start] == ", "
    ):
        return None  # not right before the comma, or itself a list's item ("A, B, the TITLE,")
    return mention.entity_id if ctx.likely_person(mention.entity_id) else None


def _role_then_name(ctx: ArticleContext, phrase: str) -> str | None:
    """ "Market analysts Grobco": a name the model missed after the words saying what it is, the
    one entity of the article written that way elsewhere."""
    found = _ROLE_THEN_NAME.fullmatch(phrase)
    if found is None:
        return None
    role = found.group("role").lower().split()
    if role[0] in SENTENCE_OPENERS or role[-1] not in _NAMING_ROLES | JOB_TITLES:
        return None
    named = ctx.named_elsewhere(found.group("name"))
    return named[1] if named is not None else None


# "..., a leading industry figure has said.": a description closing its sentence as the reporter
_CLOSING_REPORT = re.compile(
    rf"\s+(?:has|have)\s+(?:{'|'.join(past_forms('say', 'warn', 'claim', 'argue', 'suggest'))}|told\s[^.]{{1,40}})\s*[.!]?\s*"
)
# the verb right after a name, or after its apposition ("Jo Bell, the head of Grobco until 2003, told",
# "Jo Bell, Grobco's deputy leader, made the remarks")
_NAME_THEN_VERB_OR_APPOSITION = re.compile(
    r"(?P<apposition>,\s+(?:the|a|an|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s)\s+[^,.;:“”\"]{3,80},)?"
    rf"\s+(?:[a-z]+(?:s|ed)|{'|'.join(irregular_pasts())}|made)\b"
)

# a member named next owns the words reported ("Jo Bell, the Grobland Party's deputy leader, made the
# remarks at a rally", "was speaking at a rally"); any other verb may be a colleague's answer to them
_OWNS_THE_REMARKS = re.compile(
    r"\s+(?:(?:also\s+)?made\s+(?:the|his|her|those|these)\s+(?:[a-z-]+\s+)?"
    r"(?:remarks?|comments?|claims?|suggestion|speech|statement|allegations?)|(?:was|is)\s+speaking)\b"
)


def _introduced_next(ctx: ArticleContext, draft: Draft, phrase: str, at: int) -> str | None:
    """ "A US researcher has suggested that ... Jo Bell believes that ...": an indefinite person
    opening its sentence is the person the next sentence of the paragraph opens with, named there
    for the first time by full name and followed by a verb (or an apposition, then a verb). In a
    one-sentence lead the description may close it ("..., a leading industry figure has said."):
    the person the next paragraph opens with."""
    words = phrase.split()
    member = member_description(phrase) and len(words) <= 6  # "A Grobland Party MEP"
    if not member and (
        not 2 <= len(words) <= 4
        or words[0].lower() not in ("a", "an")
        or words[-1].lower() not in _NAMED_LATER | _EXPERTS
    ):
        return None
    # the description opens its sentence, or closes it after the words reported ("..., a leading
    # industry figure has said.")
    closing = words[0] in ("a", "an") and _CLOSING_REPORT.fullmatch(ctx.body, at + len(phrase), draft.sentence_end)
    if (words[0] not in ("A", "An") or ctx.body[draft.sentence_start : at].strip()) and not closing:
        return None
    start = draft.sentence_end + len(ctx.body[draft.sentence_end :]) - len(ctx.body[draft.sentence_end :].lstrip(" "))
    if "\n" in ctx.body[draft.sentence_end : start + 1]:
        # "A PR expert has told the trial that ... [paragraph] Jo Bell told the court ...": a lead
        # of one sentence goes on in the next paragraph
        lead = _after_one_sentence_lead(ctx, draft, at)
        if lead is None or paragraph_number(ctx.body, at) > 1:
            return None
        start = lead
    elif closing or (words[-1].lower() not in _NAMED_LATER and not member):
        return None  # a closing description goes on only in the paragraph after a lead
    first = ctx.mention_at(start)
    if first is None or first.start != start or first.label != "PERSON" or len(first.text.split()) < 2:
        return None
    if split_name(first.text)[0] is not None or not ctx.likely_person(first.entity_id):
        return None
    follows = _NAME_THEN_VERB_OR_APPOSITION.match(ctx.body, first.end)
    if follows is None:
        return None  # "Jo Bell, of ...": a verb must follow the name
    if member:
        # one member among many: the person named next is that member only when their apposition
        # names the same body ("Jo Bell, the Grobland Party's deputy leader, made the remarks")
        bodies = {m.entity_id for m in ctx.mentions_in(at, at + len(phrase)) if m.label == "ORG"}
        apposed = {m.entity_id for m in ctx.mentions_in(first.end, follows.end("apposition"))}
        if follows.group("apposition") is None or not bodies & apposed:
            return None
        if not _OWNS_THE_REMARKS.match(ctx.body, follows.end("apposition")):
            return None  # "..., rejected the claim", "..., said the count was fair": another's answer
    if any(m.entity_id == first.entity_id for m in ctx.mentions_in(0, start)):
        return None
    return first.entity_id


# "the industry minister of Grobland's Tarbury state", "the chairman of the Grobco Federation"
_OFFICER_OF = re.compile(
    rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<office>{'|'.join(OFFICES_OF_A_BODY)})\s+(?:of|at|for)\s+[^,;:]+"
)


def _officer_named_next(ctx: ArticleContext, draft: Draft, phrase: str, at: int) -> str | None:
    """ "..., after the industry minister of Grobland's Tarbury state said ... Jo Bell said he ...":
    an office in a body or place, held by one person the article has not named, is the person the
    next sentence of the same paragraph opens with as a speaker, named there for the first time by
    full name (first name and surname, no title: "Jo Bell said"), when no other person is named
    in the claim's sentence outside its content. The name may follow a title of capitalised words
    ending in the same office ("Grobland Rowing Federation boss Jo Bell told ..."); in a lead of
    one sentence, the next paragraph goes on with it."""
    found = _OFFICER_OF.fullmatch(phrase)
    if found is None or _quoted(ctx, at):
        return None
    rest = ctx.body[draft.sentence_end :]
    start = draft.sentence_end + len(rest) - len(rest.lstrip(" "))
    if "\n" in ctx.body[draft.sentence_end : start + 1]:
        lead = _after_one_sentence_lead(ctx, draft, at)
        if lead is None or paragraph_number(ctx.body, at) > 1:
            return None
        start = lead
    if any(
        m.label == "PERSON" and not draft.start <= m.start < draft.end
        for m in ctx.mentions_in(draft.sentence_start, draft.sentence_end)
    ):
        return None  # "the chairman of X, Jo Bell, said": the sentence names its own person
    title = re.match(
        rf"(?P<body>(?:[A-Z][\w&’'.-]*\s+){{1,5}}){found['office']}\s+(?=[A-Z])", ctx.body[start : start + 120]
    )
    opening = ctx.mention_at(start)
    if title is not None and (opening is None or opening.label != "PERSON"):
        # the words before the office are one body's name ("Grobland Rowing Federation boss"),
        # never with a word before it ("But Velt Rowing Union boss": another voice)
        if title["body"].split()[0].lower() in SENTENCE_OPENERS:
            return None
        if opening is None or opening.label != "ORG" or opening.start != start:
            return None
        if opening.end != start + len(title["body"].rstrip()):
            return None
        # the title before the name holds the same office, of the body the phrase names if it names one
        named = {m.entity_id for m in ctx.mentions_in(at, at + len(phrase)) if m.label in ("ORG", "PLACE")}
        if named and not named & {m.entity_id for m in ctx.mentions_in(start, start + title.end())}:
            return None
        start += title.end()
    first = ctx.mention_at(start)
    if first is None or first.start != start or first.label != "PERSON" or len(first.text.split()) < 2:
        return None
    if split_name(first.text)[0] is not None or not ctx.likely_person(first.entity_id):
        return None
    if not re.match(r"\s+(?:said|says|added|told|insisted|confirmed)\b", ctx.body[first.end : first.end + 20]):
        return None
    if any(m.entity_id == first.entity_id for m in ctx.mentions_in(0, start)):
        return None
    return first.entity_id


# journalists' own words for a colleague ("our correspondent") and the ones they write of a media
# body's person ("the BBC's Jo Bell in Leeds", "BBC correspondent Jo Bell")
_JOURNALISTS = {"correspondent", "reporter"}
_MEDIA_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,3}$")


def _our_reporter(ctx: ArticleContext, at: int, head: str) -> str | None:
    """ "Our correspondent says", "the BBC's correspondent said": the one journalist the article
    names before: a person written with a journalist's title ("BBC correspondent Jo Bell", "our
    affairs correspondent Jo Bell", "BBC political editor Jo Bell" for "our political editor") or
    as a media body's ("The BBC's Jo Bell in Leeds says"); None when it names two or none."""
    found = set()
    for m in ctx.mentions_in(0, at):
        if m.label != "PERSON" or _quoted(ctx, m.start):
            continue
        before = ctx.body[max(0, m.start - 40) : m.start]
        owner = _MEDIA_POSSESSIVE.search(before)
        if owner is not None:
            possessor = ctx.mention_at(max(0, m.start - 40) + owner.start() - 1)
            if possessor is not None and ctx.is_media(possessor.entity_id):
                found.add(m.entity_id)
                continue
        if any(words & (_JOURNALISTS | {head}) for words in ctx.title_phrases(m)):
            found.add(m.entity_id)
    return found.pop() if len(found) == 1 else None


_OWNER_OF_OFFICE = re.compile(r"[A-Z][\w-]*['’]s\s")


def _lead_holder(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "X were not a ploy, the lord chancellor has said. \n\n Ministers were accused ... Lord Bell
    said ...": an office written in the article's lead (its first paragraph after the headline),
    with nobody named before it, is the first person the article names after it, when that is in
    the next paragraph, by full name (or a peerage), and that person is the one the article names
    most (twice at least) and is written with no other office ("Tory leader Jo Bell" is not "the
    prime minister")."""
    words = phrase.lower().split()
    # "London's most senior police officer", "Britain's top judge": a place's or a body's office
    owned = _OWNER_OF_OFFICE.match(phrase) is not None
    if not 2 <= len(words) <= 5 or (words[0] != "the" and not owned) or words[-1] not in LEAD_OFFICES | OWNED_OFFICES:
        return None
    if words[-1] in OWNED_OFFICES and not owned:
        return None  # "the officer", "the judge": as often someone the article does not name
    lead = _lead_paragraph(ctx)
    if not all(re.fullmatch(r"[a-z-]+", w) for w in words[int(owned) :]) or paragraph_number(ctx.body, at) != lead:
        return None
    people = [m for m in ctx.mentions if m.label == "PERSON" and not _quoted(ctx, m.start)]
    if any(m.start < at for m in people):
        return None
    first = next((m for m in people if m.start > at), None)
    if first is None or paragraph_number(ctx.body, first.start) != lead + 1 or not ctx.likely_person(first.entity_id):
        return None
    honorific, core = split_name(first.text)
    honorific = honorific or honorific_before(ctx.body, first.start)
    if len(core.split()) < 2 and not is_peerage(honorific):
        return None
    counts = Counter(m.entity_id for m in people)
    if counts[first.entity_id] < 2 or any(
        n >= counts[first.entity_id] for e, n in counts.items() if e != first.entity_id
    ):
        return None
    own = set(words[1:])
    for mention in (m for m in people if m.entity_id == first.entity_id):
        for title in ctx.title_phrases(mention):
            if any(office_word(w) for w in title) and not title <= own:
                return None  # "Tory leader Jo Bell": another office
    return first.entity_id


def _lead_paragraph(ctx: ArticleContext) -> int:
    """The number of the article's lead paragraph: 1 after a headline ("Bell decries 'sexism'", no
    closing stop), 0 when the first line is already a sentence."""
    first_line = ctx.body.split("\n", 1)[0].rstrip()
    return 0 if first_line.endswith((".", "!", "?", '"', "”", ")")) else 1


def _lead_office_titled(ctx: ArticleContext, drafts: list[Draft], draft: Draft, phrase: str, at: int) -> str | None:
    """ "A folk band has recorded a song on a ferry, upsetting a sheriff who says he was misled ...
    "...," Leeds Sheriff Tom Pell said.": an indefinite office ("a sheriff", "an angry mayor") in
    the article's lead, with nobody named before it, is the one person the article gives that
    office as a title (before the name, "Mayor Tom Pell", or in apposition, "Tom Pell, a mayor in
    Leeds"); none when two are, when someone is named before it, when the word speaks for
    someone ("a spokesman") or often names someone never named ("a researcher", "an expert"), when
    the office opens its sentence ("A minister has resigned, saying ...": an anonymous source, whom
    a titled person named later most often answers), or when the lead's he/she does not fit him."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("a", "an") or not all(re.fullmatch(r"[a-z-]+", w) for w in words):
        return None
    office = words[-1]
    if not (office_word(office) or office in LEGAL_OFFICES) or office in _FOR_SOMEONE | _NAMED_LATER | _EXPERTS:
        return None
    if paragraph_number(ctx.body, at) != _lead_paragraph(ctx):
        return None
    if ctx.body[ctx.sentence_start(at) : at].strip() in ("", "But", "And"):
        return None  # "A minister has resigned, saying ...": an anonymous source, not one brought in
    people = [m for m in ctx.mentions if m.label == "PERSON" and not _quoted(ctx, m.start)]
    if any(m.start < at for m in people):
        return None
    own = set(words[1:])
    titled = {
        m.entity_id
        for m in people
        if any(office in title and not _another_office(title - own) for title in ctx.title_phrases(m))
        or _capitalised_office_before(ctx, m, office)
    }
    if len(titled) != 1:
        return None
    (only,) = titled
    sentence = ctx.body[draft.sentence_start : draft.sentence_end].lower()
    if any(not ctx.fits(only, p) for p in re.findall(r"\b(he|she)\b", sentence)):
        return None  # "upsetting a mayor who says she was misled ... Mayor Tom Pell said": not him
    if not any(d is not draft and d.speaker_id == only for d in drafts):
        return None  # "Grobco's chief executive Tom Pell was not in court": the holder says nothing
    return only if ctx.likely_person(only) else None


def _another_office(words: set[str]) -> bool:
    """ "prime" of "Prime Minister", "chief" of "chief executive": a word of another office, or the
    field that makes an office another one."""
    return any(office_word(w) or w in OFFICE_FIELDS or w in LEGAL_OFFICES for w in words)


def _capitalised_office_before(ctx: ArticleContext, mention: Mention, office: str) -> bool:
    """ "Jefferson Parish Sheriff Tom Pell": the office written capitalised right before the name,
    whatever the title words know, and not as the end of another office ("Prime Minister Tom
    Pell" is no minister of a lead's "a minister")."""
    found = re.search(
        rf"(?:([\w’'-]+)\s+)?\b{re.escape(office.capitalize())}\s+$",
        ctx.body[max(0, mention.start - 40) : mention.start],
    )
    return found is not None and not (found.group(1) and _another_office({found.group(1).lower()}))


# people who speak for someone, whoever that is: never the article's main person by their word
_FOR_SOMEONE = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official"}


def _qualified_office_of_main(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "Michael Howard has launched an attack on ... under Tony Blair. The Tory leader said ...":
    an office qualified by a capitalised word that is no place or nationality ("the Tory leader",
    "the former Labour leader") is the one person the article is about (see main_candidate), when the
    article writes nobody else with that office's word and the person with no other office. An
    office without such a qualifier ("the chancellor", "the prime minister") or of a place ("the
    French president") is as often someone the article does not name or names in passing."""
    words = phrase.split()
    if not 3 <= len(words) <= 5 or words[0].lower() != "the" or not all(re.fullmatch(r"[\w-]+", w) for w in words):
        return None
    lowered = [w.lower() for w in words]
    head = lowered[-1]
    if not office_word(head) or head in _FOR_SOMEONE or head in EPITHET_NOUNS or head.endswith("s"):
        return None
    places = {m.text.lower() for m in ctx.mentions_in(at, at + len(phrase)) if m.label != "ORG"}
    qualifiers = [
        w
        for w in words[1:-1]
        if w[:1].isupper()
        and w.lower() not in NATIONALITIES
        and w.lower() not in COUNTRY_OF
        and w.lower() not in places
    ]
    if not qualifiers or any(w[:1].isupper() and w not in qualifiers for w in words[1:-1]):
        return None
    people = {m.entity_id for m in ctx.mentions if m.label == "PERSON" and ctx.likely_person(m.entity_id)}
    main = main_candidate(ctx, people)
    if main is None:
        return None
    own = set(lowered[1:])
    for mention in ctx.mentions:
        if mention.label != "PERSON":
            continue
        for title in ctx.title_phrases(mention):
            if mention.entity_id == main and any(office_word(w) for w in title) and not title <= own:
                return None  # "Home Secretary Jo Bell": another office of theirs
            if mention.entity_id != main and head in title:
                return None  # "Labour leader Tom Pell": someone else holds an office of that word
    return main


# roles that name another person than a player or politician named before ("Jo Bell scored. The
# coach said": someone else), unless the article gives the person that very role
_DISTINCT_ROLES = {"coach", "manager", "boss", "chairman", "chairwoman", "president", "referee", "judge", "umpire"}
_DISTINCT_ROLES |= {"spokesman", "spokeswoman", "owner", "agent", "lawyer", "father", "mother", "wife", "husband"}
_DISTINCT_ROLES |= {"son", "daughter", "brother", "sister", "friend", "adviser", "advisor", "aide", "prosecutor"}
# people a report introduces without a name ("The woman said", "a spokesman said"), not the person before
_ANYONE = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "woman", "man", "person", "girl", "boy"}
_ANYONE |= {"victim", "accuser", "plaintiff", "child", "witness", "passenger", "driver", "neighbour", "resident"}
_FEMALE = FEMALE_WORDS | {"mother-of-nine"}
_MALE = MALE_WORDS | {"frontman"}
_AFTER_QUOTE = re.compile(
    r".*[”\"’],?\s+(?:said|says|added|adds|told|explained|insisted|admitted|continued|warned|argued)\s+", re.DOTALL
)
_OPENER = re.compile(r"\s*(?:(?:But|And|However|Yet|So|Meanwhile),?\s+)?")


def _previous_subject(ctx: ArticleContext, draft: Draft, phrase: str, at: int, drafts: list[Draft]) -> str | None:
    """ "Mr Bell said he would stand. The Kelvin MP, who ..., accused ...", "skipper Jo Bell is
    upbeat. '...,' said the Sale full-back", "Jo Bell looks set to miss the final. England's
    record-breaking fly-half said" (a team's or a place's): a definite description of one person opening its
    sentence (or right after a quotation's reporting verb) is the subject of the narration sentence
    before, when that subject is the only person named there, fits the words' gender and holds no
    role that names someone else (a coach is not the player named before)."""
    words = phrase.split()
    if not 2 <= len(words) <= 10:
        return None
    if words[0].lower() != "the":
        # "England's record-breaking fly-half": a team's or a place's, not a person's ("Bell's coach")
        owner = ctx.mention_at(at)
        if not re.fullmatch(r"[A-Z][\w-]*['’]s?", words[0]) or owner is None or owner.label not in ("PLACE", "ORG"):
            return None
    before = ctx.body[draft.sentence_start : at]
    if not (_OPENER.fullmatch(before) or _AFTER_QUOTE.fullmatch(before)):
        return None
    lowered = [w.lower().strip(",") for w in words]
    core = next(
        (
            i
            for i, w in enumerate(lowered)
            if w in ("for", "of", "at", "in", "who", "whose") or (w == "and" and not _joins_names(words, i))
        ),
        len(words),
    )
    if core < 2:
        return None
    head = lowered[core - 1]
    known = office_word(head) or head in EPITHET_NOUNS or head in ACHIEVEMENT_NOUNS or head in _SCHOLARS
    if not (known or _AGE.fullmatch(head)):
        return None
    if head.endswith("s") and office_word(head[:-1]):
        return None  # "the MPs": several people
    if head in _ANYONE:
        return None
    female = head in _FEMALE or noun_gender(head) == "f" or head == "actress"
    pronoun = "she" if female else "he" if head in _MALE or noun_gender(head) == "m" else "they"
    found = ctx.subject_before(draft.sentence_start, pronoun, at, alone=True)
    person = found[1] if found is not None else _lone_speaker_before(ctx, drafts, draft, pronoun, phrase, head)
    if person is None:
        return None
    if pronoun != "they" and ctx.gender(person) != GENDER_WORDS[pronoun]:
        return None  # "the woman" after a name of unknown gender: as often someone new
    named = {m.entity_id for m in ctx.mentions_in(at, at + len(phrase)) if m.label == "ORG"}
    if len(named) == 1 and ctx.titled(head, {head}) == person and ctx.titled_at(head, {head}, named.pop(), at) is None:
        return None  # "Tom Pell, an executive at Grobco, said ... The Velt executive said": another firm's
    titles = {w for m in ctx.mentions if m.entity_id == person for t in ctx.title_phrases(m) for w in t}
    if (head in _DISTINCT_ROLES and head not in titles) or (titles & _DISTINCT_ROLES and head not in titles):
        if not _adds_to_own_turn(ctx, drafts, draft, person, phrase, head, titles):
            return None
    if head in JOB_TITLES and head not in titles:
        # an office: "the prime minister" after "London mayor X" is someone else; only one written
        # with its own proper qualifiers ("the Glasgow Kelvin MP", "the Veritas leader") or given to
        # the person in the article ("Chancellor X") is settled by the sentence before
        if (
            not any(w[:1].isupper() for w in words[1 : core - 1])
            and not _office_of_their_organisation(ctx, lowered[1 : core - 1], person, draft.sentence_start)
            and not _untitled_office_holder(ctx, draft, person, phrase, head, titles)
        ):
            return None
    if other_nationality(ctx, person, phrase):
        return None
    if not ctx.holds_as_described(person, lowered, head, aged=_AGE.search(phrase) is not None):
        # "X, the former mayor, ... The mayor said": whoever holds it now; "said Minister X. The
        # previous minister had ...": whoever held it before X
        return None
    return person


def _joins_names(words: list[str], i: int) -> bool:
    """Whether the "and" at `i` joins two capitalised modifiers of one head ("the Commonwealth and
    European silver medallist"), not two people ("the coach and the captain")."""
    return 0 < i < len(words) - 2 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def _untitled_office_holder(
    ctx: ArticleContext, draft: Draft, person: str, phrase: str, head: str, titles: set[str]
) -> bool:
    """ "Gordon Brown has addressed the conference. The chancellor said ...": whether an office the
    article gives nobody may be that of the one person the sentence before is about, who is
    written with no office of their own, nobody else in the article is written with one of that
    word, and nobody else written with no office is named in the two sentences before ("X was
    joined by Tony Blair. X said ... The prime minister said": either), nor in the claim's own
    words ("Jo Bell set out the plans. The premier insisted Mr Bell would ...": someone else)."""
    if any(office_word(w) for w in titles) or any(
        m.entity_id == person for m in ctx.mentions_in(draft.start, draft.end)
    ):
        return False
    all_titles = ctx.title_words()
    if _another_titled(ctx, person, phrase, head):
        return False
    hi = draft.sentence_start
    for _ in range(2):
        lo, hi = ctx.sentence_before(hi) or (0, 0)
        if lo >= hi:
            break
        for m in ctx.mentions_in(lo, hi):
            if (
                m.label == "PERSON"
                and m.entity_id != person
                and not _quoted(ctx, m.start)
                and not any(a <= m.start < b for a, b in ctx.contents)
                and not any(office_word(w) for w in all_titles.get(m.entity_id, set()))
            ):
                return False
        hi = lo
    return True


# a sentence that is one quotation and nothing else ('"He lacks strategy."')
_BARE_QUOTE = re.compile(r"\s*[\"“][^\"“”]+[\"”]\s*")


def reopened_quote(ctx: ArticleContext, drafts: list[Draft], lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence before body[lo:hi] when that sentence is only a quotation that no claim holds,
    reopened in its paragraph after a direct quote that ends the sentence before ("X said: 'He is
    clever.' 'He lacks strategy.'") or opens it, its attribution closing it with no other person
    named ("'He is clever,' X said. 'He lacks strategy.'"): the quotation goes on with that
    quote's turn, so whoever looks for the last speaker looks there."""
    if not _BARE_QUOTE.fullmatch(ctx.body, lo, hi) or any(d.start < hi and lo < d.end for d in drafts):
        return None
    paragraph = ctx.paragraph_start(lo)
    before = ctx.sentence_before(lo)
    if before is None or before[0] >= before[1] or ctx.paragraph_start(before[0]) != paragraph:
        return None
    if not any(
        d.direct_quote
        and before[0] <= d.verb_at < before[1]
        and (d.end >= before[1] - 2 or _quote_then_attribution(ctx, d, before))
        for d in drafts
    ):
        return None
    return before


def _quote_then_attribution(ctx: ArticleContext, draft: Draft, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is the draft's quotation opening it, then only its attribution ("'He
    is clever,' X said."): no other quotation and no person but the speaker after the quote."""
    if ctx.body[sentence[0] : draft.start].strip(" \"“‘'") or draft.verb_at < draft.end:
        return False
    tail = ctx.body[draft.end : sentence[1]]
    if any(mark in tail for mark in '"“”'):
        tail = tail.lstrip(" ,”\"’'")
    return not any(mark in tail for mark in '"“”') and not any(
        m.label == "PERSON" and m.entity_id != draft.speaker_id for m in ctx.mentions_in(draft.end, sentence[1])
    )


def _lone_speaker_before(
    ctx: ArticleContext, drafts: list[Draft], draft: Draft, pronoun: str, phrase: str, head: str
) -> str | None:
    """ "'He is clever,' Mr Straw said of the Tory leader. The foreign secretary told ...",
    "Skipper Jo Bell believes ... '...,' said the Sale full-back": the one person who spoke in the
    sentence just before (in the paragraph, or the last of the paragraph before), when every claim
    there is theirs, they are the only person named there outside quotations and the article
    writes nobody else with the description's head ("Rock star X ... His wife Y said ... The
    heavy metal star said": X, not Y; a shadow holder is no other holder). A sentence that is only
    a quotation, reopened in the paragraph after a direct quote, is that quote's speaker's turn."""
    lo, hi = ctx.sentence_before(draft.sentence_start) or (0, 0)
    if lo >= hi:
        return None
    # whoever spoke there, or whose quotation goes on there ("'He is clever. He lacks strategy.'")
    spoke = [d for d in drafts if d is not draft and (lo <= d.verb_at < hi or (d.start < hi and lo < d.end))]
    if not spoke:
        # "X said: 'He is clever.' 'He lacks strategy.' The foreign secretary said": X's turn
        turn = reopened_quote(ctx, drafts, lo, hi)
        if turn is None:
            return None
        lo, hi = turn
        spoke = [d for d in drafts if d is not draft and lo <= d.verb_at < hi]
    ids = {d.speaker_id for d in spoke}
    if len(ids) != 1 or None in ids:
        return None
    person = next(iter(ids))
    if person is None or not ctx.is_person(person) or not ctx.likely_person(person):
        return None
    if pronoun != "they" and not ctx.fits(person, pronoun):
        return None
    named = [
        m
        for m in ctx.mentions_in(lo, hi)
        if m.label == "PERSON" and not _quoted(ctx, m.start) and not any(a <= m.start < b for a, b in ctx.contents)
    ]
    if any(m.entity_id != person for m in named) or any(ctx.modifier_or_tie(m, lo) for m in named):
        return None  # "His wife Sharon, who called the police, said ... The rock star said": not her
    if _another_titled(ctx, person, phrase, head):
        return None
    return person


def _another_titled(ctx: ArticleContext, person: str, phrase: str, head: str) -> bool:
    """Whether the article writes someone other than `person` with the description's head near
    their name, except one whose every title of that head carries a qualifier the description
    lacks ("Shadow foreign secretary Jo Bell" holds no office "the foreign secretary" names)."""
    lacks = TITLE_QUALIFIERS - {w.lower() for w in phrase.split()}
    for eid, words in ctx.title_words().items():
        if eid == person or head not in words:
            continue
        held = [t for m in ctx.mentions if m.entity_id == eid for t in ctx.title_phrases(m) if head in t]
        if not held or not all(t & lacks for t in held):
            return True
    return False


# what an organisation is called in a description of one of its officers ("the reform group's
# general secretary", "the charity's director")
_ORGANISATION_NOUNS = {"group", "society", "party", "union", "charity", "organisation", "organization", "body"}
_ORGANISATION_NOUNS |= {"firm", "company", "club", "campaign", "association", "council", "institute", "trust"}
_ORGANISATION_NOUNS |= {"foundation", "agency", "network", "alliance", "federation", "movement", "lobby", "think-tank"}


def _office_of_their_organisation(ctx: ArticleContext, modifiers: list[str], person: str, offset: int) -> bool:
    """ "The Grobco Society's Jo Bell said ... The reform group's general secretary told ...":
    whether the office is described as one of an organisation (one possessive of an organisation's
    noun, "the group's", no other owner: "the rival firm's") and the person the sentence before
    opens with is written there as that sentence's organisation's own ("The Grobco Society's Jo
    Bell"): the office is theirs, not someone else's in another organisation."""
    owners = [w for w in modifiers if re.search(r"(?:['’]s|s['’])$", w)]
    if len(owners) != 1:
        return False
    noun = re.sub(r"(?:['’]s|['’])$", "", owners[0])
    if noun not in _ORGANISATION_NOUNS | {n + "s" for n in _ORGANISATION_NOUNS} or set(modifiers) & _OTHER_OWNERS:
        return False
    span = ctx.narration_before(offset)
    if span is None:
        return False
    named = [m for m in ctx.mentions_in(*span) if m.label in ("PERSON", "ORG") and not _quoted(ctx, m.start)]
    mine = next((i for i, m in enumerate(named) if m.entity_id == person), None)
    if mine is None or mine == 0:
        return False
    owner = named[mine - 1]
    return (
        owner.label == "ORG"
        and not ctx.is_media(owner.entity_id)
        and re.fullmatch(r"['’]s?\s+", ctx.body[owner.end : named[mine].start]) is not None
        and not any(m.label == "ORG" and m.entity_id != owner.entity_id for m in named)
    )


def _adds_to_own_turn(
    ctx: ArticleContext, drafts: list[Draft], draft: Draft, person: str, phrase: str, head: str, titles: set[str]
) -> bool:
    """ "Jo Bell said he would keep working on it. However, the England coach added that ...": a
    role that names someone else than the person before (a coach, a manager) is that person when
    its verb is "added" and what it adds to is that person's own statement in the sentence just
    before, the person holds no other such role and nobody else in the article holds it (a shadow
    holder does not)."""
    if draft.verb != "add" or titles & _DISTINCT_ROLES:
        return False
    span = ctx.narration_before(draft.sentence_start)
    if span is None or not any(d.speaker_id == person and span[0] <= d.verb_at < span[1] for d in drafts):
        return False
    return not _another_titled(ctx, person, phrase, head)


# nouns that can name any organisation ("the organisation said", "The panel suggested")
_ANY_ORGANISATION = {"organisation", "organization", "body", "panel", "group"}


_SPEAKS_FOR = re.compile(
    r"(?:\b(?:spokesman|spokeswoman|spokesperson)\s+(?:for|at|of)|,\s+(?:[\w-]+\s+){0,4}?(?:of|at|for|from))\s+(?:the\s+)?$"
)

_APPOSED = re.compile(r"\s*(?:(?:But|And)\s+)?[A-Z][\w&’'-]*,\s+(?:the\s+)?")


def _organisation_before(ctx: ArticleContext, drafts: list[Draft], draft: Draft, phrase: str, at: int) -> str | None:
    """ "In its report, the Law Commission said ... The panel suggested ...": "the organisation",
    "the body", "the panel" is the one organisation (no outlet, no person) named in the narration
    sentence before and in its own sentence before it, when no other is named there."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _ANY_ORGANISATION:
        return None
    span = ctx.narration_before(draft.sentence_start)
    if span is None:
        return None
    named = {
        m.entity_id
        for m in ctx.mentions_in(span[0], at)
        if m.label in ("ORG", "NORP", "PLACE") and not _quoted(ctx, m.start) and not ctx.is_media(m.entity_id)
    }
    if len(named) != 1:
        return None
    (only,) = named
    mentions = [m for m in ctx.mentions if m.entity_id == only]
    if any(m.label != "ORG" for m in mentions) or ctx.is_person(only) or looks_like_a_person(mentions[0].text):
        return None
    # and it is a voice there, not a word in passing ("the younger iPod generation"): it spoke
    # before, opens a sentence as its subject, or is whom a speaker speaks for ("a spokesman for X",
    # "Jo Bell, of X, agrees")
    spoke = any(d.speaker_id == only and d.sentence_end <= draft.sentence_start for d in drafts)
    here = [m for m in ctx.mentions_in(span[0], at) if m.entity_id == only]
    if not (
        spoke
        or any(ctx.names_subject(m) for m in here)
        or any(_SPEAKS_FOR.search(ctx.body[max(0, m.start - 60) : m.start]) for m in here)
        # "CENTR, the Council of ..., agrees": in apposition to the name opening the sentence
        or any(_APPOSED.fullmatch(ctx.body[ctx.sentence_start(m.start) : m.start]) for m in here)
    ):
        return None
    return only


_RELATIVES = alternation(CLOSE_KIN | {"widow", "widower"})
# "Jo Bell's mother", "the mother-of-nine": a relative described, not named
_RELATIVE_SPEAKER = re.compile(
    rf"(?:(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})['’]s?|[Tt]he)\s+(?P<relation>{_RELATIVES})"
    r"(?P<epithet>-of-[a-z]+)?"
)


def _relative(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "Jo Bell's mother said", "the mother-of-nine said": the one person the article introduces
    as that relative ("His mother Ann Bell told ...", "Ann Bell, his mother, said"), when it
    introduces exactly one (and, for a named owner, the owner is a person of the article)."""
    own = _OWN_RELATIVE.fullmatch(phrase)
    if own is not None:
        return _owned_relative(ctx, own.group("relation"), "he" if own.group(1).lower() == "his" else "she", at)
    found = _RELATIVE_SPEAKER.fullmatch(phrase)
    if found is None or (found.group("owner") is None) == (found.group("epithet") is None):
        return None  # "the mother" alone may be anyone's; "Bell's mother-of-nine" is no shape
    relation = found.group("relation")
    owner = found.group("owner")
    if owner is not None and not any(
        m.label == "PERSON" and normalise(m.text) == normalise(owner) for m in ctx.mentions
    ):
        return None  # "Acme's mother company"
    named = _people_introduced(
        ctx,
        rf"\b(?:[Hh]is|[Hh]er|[A-Z][\w’'-]*['’]s?)\s+{relation}\s+$",
        rf",\s+(?:his|her|[A-Z][\w’'-]*['’]s?)\s+{relation}\b",
    )
    return named.pop() if len(named) == 1 else None


def _people_introduced(ctx: ArticleContext, before: str, after: str) -> set[str]:
    """The likely people of the article written at least once right after a match of `before`
    (searched in the 40 characters before the name: "his mother Ann Bell", "Argentine Tom Pell")
    or right before a match of `after` (from the name's end: "Ann Bell, his mother,")."""
    named = set()
    for mention in ctx.mentions:
        if mention.label != "PERSON" or not ctx.likely_person(mention.entity_id):
            continue
        if re.search(before, ctx.body[max(0, mention.start - 40) : mention.start]) or re.match(
            after, ctx.body[mention.end : mention.end + 40]
        ):
            named.add(mention.entity_id)
    return named


# "his son", "her mother": a relative of someone the passage is about
_OWN_RELATIVE = re.compile(rf"([Hh]is|[Hh]er)\s+(?P<relation>{_RELATIVES})")


def _owned_relative(ctx: ArticleContext, relation: str, pronoun: str, at: int) -> str | None:
    """'"...," his son said' after "Tom Pell's son Jim" (or "his son Jim"): the one person the
    article introduced before as that relative of a person the pronoun fits (the owner named
    and fitting it, or written with the same possessive). None when it introduced none or
    several ("Pell's son Jim ... Orr's son Dan"), or when the pronoun resolves to no one or to
    someone else ("Pell's son Jim ... Dan Orr died ... his son said": Orr's son)."""
    owner_of = ctx.resolve_pronoun(ctx.sentence_start(at), pronoun, at)
    if owner_of is None or owner_of[1] is None:
        return None
    named = set()
    for mention in ctx.mentions_in(0, at):
        if mention.label != "PERSON" or any(a <= mention.start < b for a, b in ctx.contents):
            continue
        lo = max(0, mention.start - 40)
        hit = re.search(
            rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w’'-]*)['’]s?)\s+{relation}\s+$",
            ctx.body[lo : mention.start],
        )
        if hit is None:
            continue
        if hit.group("pronoun") is not None:
            at_own = lo + hit.start("pronoun")
            own = ctx.resolve_pronoun(ctx.sentence_start(at_own), pronoun, at_own)
            fits = (
                (hit.group("pronoun").lower() == "his") == (pronoun == "he")
                and own is not None
                and own[1] == owner_of[1]
            )
        else:
            owner = ctx.mention_at(lo + hit.start("owner"))
            fits = owner is not None and owner.label == "PERSON" and owner.entity_id == owner_of[1]
        if fits:
            named.add(mention.entity_id)
    return named.pop() if len(named) == 1 else None


_NEARBY = 600  # characters either side of the description where the outlet it reports must be named


def _state_press(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "..., the Chinese state press has said. ..., said the Beijing News.": the one outlet named
    near the description, which is what the reader takes it to stand for; none when two are."""
    if not STATE_PRESS.fullmatch(phrase):
        return None
    outlets = {
        m.entity_id
        for m in ctx.mentions_in(max(0, at - _NEARBY), at + len(phrase) + _NEARBY)
        if not at <= m.start < at + len(phrase) and ctx.is_media(m.entity_id)
    }
    return outlets.pop() if len(outlets) == 1 else None


# "San Francisco police", "Leeds police", "police in Leeds": a place's police, written as a description
_PLACES_POLICE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+police"
    r"|[Pp]olice\s+(?:in|from)\s+(?P<place2>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))"
)
# the words that end a police force's own name after its place ("the San Francisco Police
# Department", "Kent Constabulary", "Toronto Police Service"); not a "Police Federation" (a union)
_FORCE_NAME = re.compile(rf"(?:{alternation(w.capitalize() for w in FORCE_WORDS)})(?:\s+(?:Department|Service|Force))?")


def _places_police(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "San Francisco police said", "police in Leeds said": the police force the article names
    elsewhere by the place and the force's words alone ("the San Francisco Police Department"),
    when it names exactly one such; else none. A longer place is another force ("West Yorkshire
    Police" for "Yorkshire police", "City of London Police" for "London police") and a "Police
    Federation", "Police Authority" or "Police Association" is a union or an overseer, not the force:
    those leave the police as written (which force is the reader's guess)."""
    found = _PLACES_POLICE.fullmatch(phrase)
    if found is None:
        return None
    place = found.group("place") or found.group("place2")
    forces = {
        m.entity_id
        for m in ctx.mentions
        if not at <= m.start < at + len(phrase)
        and m.label in ("ORG", "PLACE")
        and re.fullmatch(rf"(?:[Tt]he\s+)?{re.escape(place)}\s+{_FORCE_NAME.pattern}", m.text)
    }
    return forces.pop() if len(forces) == 1 else None


# "The heavy metal star said" after "Rock star Jo Bell", "the striker" after "Jo Bell, the Grobton
# striker,": a description whose head noun the article put beside one person's name before it
_DESCRIBED_PERSON = re.compile(r"[Tt]he\s+((?:[\w’'-]+\s+){0,3})([a-z][a-z-]+)")
# words that make another office or another time of the head ("shadow chancellor", "former striker")
_QUALIFIERS = {"shadow", "deputy", "vice", "assistant", "acting", "junior", "interim", "future"} | PAST_HOLDER_WORDS
_NOT_DESCRIPTIONS = _ANYONE | {"pair", "couple", "duo", "family", "trio", "group", "team", "side", "club", "party"}


def _described_so_before(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "The heavy metal star" ("the Grobton striker") left without an entity: the one person the
    article described with the same head noun beside their name before it ("Rock star Jo Bell",
    "Jo Bell, the Grobton striker,"), when no other person is described so anywhere in the article,
    the phrase's capitalised words stand in that description, and no other person is named in
    narration in the phrase's sentence."""
    found = _DESCRIBED_PERSON.fullmatch(phrase)
    if found is None:
        return None
    head = found.group(2)
    if head in _NOT_DESCRIPTIONS or _AGE.search(phrase) or head.endswith("s"):
        return None  # an age is _age_holder's; a plural is a group
    modifiers = found.group(1).split()
    described: dict[str, int] = {}
    for m in ctx.mentions:
        if m.label != "PERSON" or _quoted(ctx, m.start) or not ctx.likely_person(m.entity_id):
            continue
        before = re.search(
            rf"((?:[\w’'-]+\s+){{0,3}})(?<![\w-]){re.escape(head)}\s+(?:(?:Sir|Dame|Dr|Lord|Lady)\s+)?$",
            ctx.body[max(0, m.start - 40) : m.start],
        )
        after = re.match(
            rf"\s*,\s+(?:the|a|an)\s+((?:[\w’'-]+\s+){{0,4}}?){re.escape(head)}(?![\w-])", ctx.body[m.end : m.end + 80]
        )
        shape = before if before is not None else after
        if shape is None:
            continue
        written = {w.lower() for w in shape.group(1).split()}
        if written & _QUALIFIERS != {w.lower() for w in modifiers} & _QUALIFIERS:
            continue  # "shadow chancellor Jo Bell" is not "the chancellor"
        if ({w.lower() for w in modifiers} & OFFICE_FIELDS) - written:
            continue  # "Aid minister Jo Bell" is not "the prime minister"
        # the description's own words ("Tory" of "Tory row grows" in the line before is not Labour
        # co-chairman Jo Bell's)
        lo = max(0, m.start - 40) + shape.start() if shape is before else m.start
        window = ctx.body[lo : m.end] if shape is before else ctx.body[m.start : m.end + shape.end()]
        if any(w[:1].isupper() and w not in window for w in modifiers):
            continue  # "the Grobton striker" is not "Tarbury striker Jo Bell"
        described.setdefault(m.entity_id, m.start)
    if len(described) != 1:
        return None
    ((person, first),) = described.items()
    if first >= at:
        return None
    gender = epithet(phrase)
    if gender and ctx.gender(person) not in (None, gender):
        return None
    sentence = ctx.sentence_start(at)
    if any(
        m.label == "PERSON" and not _quoted(ctx, m.start) and m.start != at
        for m in ctx.mentions_in(sentence, ctx.sentence_end(at))
    ):
        return None  # "Lee beat Hill, the striker said": which one is not settled
    return person


# "A US bank has said ... [next paragraph] Riggs Bank will ...": the heads of an organisation a
# lead describes before the next paragraph names it
_LEAD_HEADS = BUSINESS_HEADS | {"group", "organisation", "organization", "body", "union", "charity", "agency"}
_LEAD_HEADS |= {"watchdog", "regulator", "lobby", "campaign", "association", "alliance", "consortium", "bank"}
# what may stand before the name opening the next paragraph: "The", a description ending in a head
# ("Anti-fraud consultancy"); and after it, before its verb: a head ("The Titan corporation was")
_BEFORE_NAME = re.compile(
    r"(?:(?:The|But\s+the)\s+)?(?:(?:[\w-]+\s+){0,2}(?:consultancy|firm|group|company|charity)\s+)?$"
)
_NAME_THEN_VERB = re.compile(
    r"(?:\s+\([^()]{1,15}\))?(?:\s+(?:corporation|company|group|firm|bank|charity))?\s+"
    r"(?:also\s+)?(?:has|have|had|is|was|are|were|will|would|says|said|[a-z]+ed)\b"
)


def _after_one_sentence_lead(ctx: ArticleContext, draft: Draft, at: int) -> int | None:
    """Where the paragraph after the article's lead starts, when the claim's sentence (the
    description at `at`) is the whole of that lead; else None."""
    lead = ctx.paragraph_start(at)
    if ctx.body[lead : draft.sentence_start].strip():
        return None  # the lead's first sentence only
    end = ctx.body.find("\n", at)
    if end < 0 or ctx.body[draft.sentence_end : end].strip():
        return None  # the lead is that one sentence
    return end + len(ctx.body[end:]) - len(ctx.body[end:].lstrip())


def _organisation_named_next(ctx: ArticleContext, draft: Draft, phrase: str, at: int) -> str | None:
    """ "A US bank has said it will donate ..." (or "..., a charity has warned") in the article's
    lead: the organisation that opens the next paragraph as the subject of its verb ("Riggs Bank
    will put money ..."), not named in the lead, when its kind fits the description's head."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in ("a", "an") or words[-1].lower() not in _LEAD_HEADS:
        return None
    if any(not re.fullmatch(r"[\w-]+", w) for w in words) or paragraph_number(ctx.body, at) > 1:
        return None
    start = _after_one_sentence_lead(ctx, draft, at)
    if start is None:
        return None
    stop = ctx.sentence_end(start)
    first = next((m for m in ctx.mentions_in(start, stop)), None)
    if first is None or first.label != "ORG" or _quoted(ctx, first.start):
        return None
    if not _BEFORE_NAME.fullmatch(ctx.body[start : first.start]) or not _NAME_THEN_VERB.match(ctx.body, first.end):
        return None
    if ctx.is_media(first.entity_id) or ctx.is_person(first.entity_id) or looks_like_a_person(first.text):
        return None
    if any(m.entity_id == first.entity_id for m in ctx.mentions_in(0, start)):
        return None  # named in the lead: "A US firm is in talks with Grobco. Grobco has ..."
    head = words[-1].lower()
    if head in BUSINESS_HEADS or head in ("charity", "union", "bank"):
        if not ctx.fits_head(first.entity_id, first.text, head):
            return None
    else:
        entry = ctx.table.entry(first.entity_id)
        if entry is not None and entry.role in ("government", "company", "sport", "media"):
            return None  # "a campaign group" is no ministry, firm or club
    return first.entity_id


_LEAD_DOCUMENT = re.compile(
    r"(?:[Aa]n?\s+)?(?:(?:new|recent|latest|fresh)\s+)?(?P<head>report|survey|study|research|poll|analysis)"
)
_THE_DOCUMENT = re.compile(
    r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:report|survey|study|research|poll|findings|analysis)\b"
)


def _document_in_lead(ctx: ArticleContext, drafts: list[Draft], draft: Draft, phrase: str, at: int) -> str | None:
    """ "Net use in China will pass the US soon, says a report. [paragraph] ... Market analysts
    Grobco predicts ...": a document of the one-sentence lead is the one organisation named in
    narration in the next paragraph, when that organisation speaks there (not an outlet, a
    person or a place), and no sentence where it speaks takes up "the report" as something else
    ("The ministry said it would study the report": a reader, not its author)."""
    document = _LEAD_DOCUMENT.fullmatch(phrase)
    if document is None or paragraph_number(ctx.body, at) > 1:
        return None
    start = _after_one_sentence_lead(ctx, draft, at)
    if start is None:
        return None
    end = ctx.body.find("\n", start)
    end = len(ctx.body) if end < 0 else end
    named = {
        m.entity_id
        for m in ctx.mentions_in(start, end)
        if m.label in ("ORG", "PERSON") and not _quoted(ctx, m.start) and not ctx.is_media(m.entity_id)
    }
    if len(named) != 1:
        return None
    (only,) = named
    if ctx.is_person(only) or any(m.entity_id == only for m in ctx.mentions_in(0, start)):
        return None
    spoke = [d for d in drafts if start <= d.verb_at < end and d.speaker_id == only]
    if not spoke or any(_THE_DOCUMENT.search(ctx.body[d.sentence_start : d.sentence_end]) for d in spoke):
        return None
    head = document.group("head").lower()
    names = {m.text for m in ctx.mentions if m.entity_id == only}
    for other in re.finditer(rf"((?:[A-Z][\w&’'-]*\s+)+){head}\b", ctx.body):
        words = other.group(1).split()
        while words and words[0] in _OPENERS:
            words.pop(0)
        if words and " ".join(words) not in names:
            return None  # "the Bright Grobco report": a report the article names, maybe another's
    # its author from here on, as "a report by X" gives it: "The report says" later is X's too
    ctx.authors.setdefault(head, set()).add(only)
    return only


# the parts of a document, which speak for whoever wrote it ("the section on murder said")
_PARTS = {"section", "chapter", "part", "passage", "paragraph", "annex", "appendix", "clause", "summary"}
# "In revised proposals from the Grobco Council (GC), the section on X said": the document, its author
_DOCUMENTS = rf"{_REPORTS}|proposals|guidelines|guidance|paper|draft|plans|consultation|submission"
_IN_DOCUMENT_OF = re.compile(
    rf"\s*(?:(?:But|And|However),?\s+)?In\s+(?:(?:its|their|the|a|an|this)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_DOCUMENTS})\s+(?:(?:published|released|issued|drawn\s+up)\s+)?(?:by|from|of)\s+(?:the\s+)?$"
)


def _part_of_document(ctx: ArticleContext, draft: Draft, phrase: str, at: int) -> str | None:
    """ "In revised proposals from the Grobco Council (GC), the section on X said ...": a part of
    a document is the document's author, the one organisation the sentence's opening phrase gives
    as the author of the document the part belongs to."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] != "the" or words[1] not in _PARTS:
        return None
    opening = ctx.body[draft.sentence_start : at]
    named = [m for m in ctx.mentions_in(draft.sentence_start, at) if not _quoted(ctx, m.start)]
    if not 1 <= len(named) <= 2 or {m.entity_id for m in named} != {named[0].entity_id} or named[0].label != "ORG":
        return None  # one organisation, written once or with its abbreviation after it
    author = named[0]
    if ctx.is_media(author.entity_id) or ctx.is_person(author.entity_id) or looks_like_a_person(author.text):
        return None
    if not _IN_DOCUMENT_OF.fullmatch(opening[: author.start - draft.sentence_start]):
        return None
    if not re.fullmatch(r"(?:\s+\([^()]{1,15}\))?\s*,\s*", ctx.body[author.end : at]):
        return None  # the author's name closes the opening phrase, the part opens the clause
    return author.entity_id


# people who make up a body: "the MPs who make up the Grobco Committee", "peers on the Grobco Committee"
_MEMBERS = {"mps", "peers", "members", "councillors", "judges", "lords", "senators", "congressmen", "meps", "msps"}
_MEMBERS |= {"ams", "ministers", "experts", "economists", "scientists", "doctors", "academics", "lawyers"}
_MAKE_UP = re.compile(
    r"(?:\s+who\s+(?:make\s+up|sit\s+on|serve\s+on|form)|\s+(?:on|of))\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}",
)


def _members_of(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the MPs who make up the Grobco Committee published a report ... The MPs found ...": the
    plural people who, the article says before, make up one body (or sit on it) are that body,
    when the article says so of one organisation only."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _MEMBERS:
        return None
    noun = words[1]
    found = set()
    for hit in re.finditer(rf"(?<![\w-]){re.escape(noun)}\b", ctx.body[:at], re.IGNORECASE):
        if _quoted(ctx, hit.start()):
            continue
        shape = _MAKE_UP.match(ctx.body, hit.end())
        if shape is None:
            continue
        body = ctx.mention_at(shape.end())
        if body is not None and body.start == shape.end() and body.label == "ORG" and not ctx.is_media(body.entity_id):
            found.add(body.entity_id)
    if len(found) != 1:
        return None
    (only,) = found
    return None if ctx.is_person(only) else only


# the committee described ("a committee of MPs has warned", "an all-party committee said"), or its
# members going on from it ("the MPs said"; bare "MPs have said" is left a group of people)
_COMMITTEE_SPEAKER = re.compile(
    r"the\s+(?:mps|peers)|(?:(?:the|a|an)\s+)?(?:(?:all-party|cross-party|commons|lords|influential|new|select"
    r"|parliamentary)\s+)*committee(?:\s+of\s+(?:mps|peers))?"
)


def _one_committee(ctx: ArticleContext, drafts: list[Draft], draft: Draft, phrase: str) -> str | None:
    """ "A committee of MPs has said ... The Grobco Affairs Committee said ... the MPs said": the
    MPs (peers) or a committee described are the one committee the article names (an organisation whose name
    ends in "Committee"), when that committee speaks in the article itself and no other is named.
    So is "the report" ("The Grobco Affairs Committee found ... The report said"), when the article
    gives no document an author and no report before it to someone else ("Grobco published its
    annual report"): a committee's findings are its report's."""
    report = phrase.lower() in ("the report", "the committee's report") and not ctx.authors
    if not _COMMITTEE_SPEAKER.fullmatch(phrase.lower()) and not report:
        return None
    committees = {
        m.entity_id for m in ctx.mentions if m.text.split()[-1].lower() == "committee" and not _quoted(ctx, m.start)
    }
    if len(committees) != 1:
        return None
    (only,) = committees
    if any(m.label != "ORG" for m in ctx.mentions if m.entity_id == only):
        return None
    if not any(d is not draft and d.speaker_id == only for d in drafts):
        return None  # named in passing ("told the Grobco Committee"): not whose words the article reports
    if report and phrase.lower() == "the report" and not _committee_report(ctx, only, draft.sentence_start):
        return None  # "Grobco published its annual report ... The report said": maybe anyone's
    return only


_COMMITTEE_SUBJECT = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}?(?:[Tt]he\s+)?(?:committee|MPs|peers)\b")
# a report the article gives someone else: "Grobco published its annual report", "Grobco's report",
# "a report written by civil servants", "a report of its own", "a leaked report"
_OWNED_REPORT = re.compile(r"(?:(?P<owner>[A-Z][\w-]*)['’]s|(?P<pronoun>its|their))\s+(?:[\w-]+\s+){0,3}$")
_MADE_REPORT = re.compile(
    r"\b(?:published|publishes|released|releases|issued|issues|produced|produces|commissioned|commissions)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$"
)
_REPORT_MADE_BY = re.compile(
    r"s?\s+(?:(?:written|produced|compiled|commissioned|published|issued|released|prepared|drawn\s+up)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?"
)
_REPORT_OF_ITS_OWN = re.compile(r"s?\s+of\s+(?:its|their)\s+own\b")


def _committee_report(ctx: ArticleContext, committee: str, before: int) -> bool:
    """Whether "the report" at `before` may be the committee's: no report the article writes before
    it (outside quotes) is given to someone else (its maker, owner or publisher named, or "leaked");
    "The committee published its report", "the committee's report" are the committee's own."""
    for found in re.finditer(r"\breport\b", ctx.body[:before]):
        at = found.start()
        if _quoted(ctx, at):
            continue
        start = ctx.sentence_start(at)
        # who the sentence is about: its first name, else "the committee"/"the MPs" opening it
        first = next((m for m in ctx.mentions_in(start, at) if m.label in ("ORG", "PERSON")), None)
        committees = first is not None and first.entity_id == committee
        committees = committees or (first is None and _COMMITTEE_SUBJECT.match(ctx.body[start:at].lstrip()) is not None)
        owned = _OWNED_REPORT.search(ctx.body, start, at)
        if owned is not None and owned.group("owner") is not None:
            if owned.group("owner").lower() != "committee":
                return False  # "Grobco's report"
        elif (owned is not None or _MADE_REPORT.search(ctx.body, start, at)) and not committees:
            return False  # "Grobco published its annual report"
        if _REPORT_OF_ITS_OWN.match(ctx.body, found.end()) or re.search(r"\bleaked\s+$", ctx.body[start:at]):
            return False
        by = _REPORT_MADE_BY.match(ctx.body, found.end())
        if by is not None:
            maker = ctx.mention_at(by.end())
            if (maker is None or maker.entity_id != committee) and not ctx.body.startswith(
                ("committee", "MPs"), by.end()
            ):
                return False  # "a report written by civil servants"
    return True


_BARE_PLURAL = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][a-z-]+s)")
_BODY_THEN_VERB = re.compile(r"(?:\s+\([^()]{1,15}\))?\s+(?:also\s+)?(?:[a-z]+s|has|have|had|is|was|said|[a-z]+ed)\b")


def _body_named_next(ctx: ArticleContext, draft: Draft, phrase: str, at: int) -> str | None:
    """ "..., leading economists have warned." as the article's one-sentence lead, then "With ...,
    the Grobco Economists Forum (GEF) wants ...": people described without an article are the one
    organisation the next paragraph's first sentence names with their noun in its name (the
    economists' forum) as the subject of a verb, when it is not named in the lead."""
    found = _BARE_PLURAL.fullmatch(phrase)
    if found is None or paragraph_number(ctx.body, at) > 1:
        return None
    head = found.group("head")
    if head.endswith("ss") or phrase.split()[0] in ("the", "a", "an", "its", "their", "some", "many", "two"):
        return None
    start = _after_one_sentence_lead(ctx, draft, at)
    if start is None:
        return None
    named = {
        m.entity_id
        for m in ctx.mentions_in(start, ctx.sentence_end(start))
        if m.label == "ORG"
        and head in m.text.lower().split()
        and not _quoted(ctx, m.start)
        and _BODY_THEN_VERB.match(ctx.body, m.end)
    }
    if len(named) != 1:
        return None
    (only,) = named
    if ctx.is_media(only) or ctx.is_person(only) or any(m.entity_id == only for m in ctx.mentions_in(0, start)):
        return None
    return only


# what an organisation is to the thing an article is about ("its distributor", "its publisher")
_ROLES = {"distributor", "distributors", "publisher", "publishers", "label", "studio", "promoter", "promoters"}
_ROLES |= {"manufacturer", "maker", "makers", "developer", "developers", "retailer", "operator", "organisers"}
_ROLES |= {"organizers", "sponsor", "sponsors", "insurer", "lender", "supplier", "auditor", "auditors", "broker"}


# who made or owns a thing, which "its makers" names by the thing ("Grobco's X ... its makers")
_THING_MAKERS = {"maker", "makers", "manufacturer", "manufacturers", "developer", "developers", "creator", "creators"}
_THING_MAKERS |= {"owner", "owners", "designer", "designers"}


def _maker_of_thing(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "Grobco's robot Velto ... It runs at 3km/h, which its makers claim is ...": the one
    organisation the article writes as the owner of the thing "its" is ("Grobco's Velto", "Grobco's
    humanoid robot Velto"), the thing being the last one written so that the paragraph names before
    the phrase, with no other organisation named since; else None (left as written)."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] not in ("its", "their") or words[1] not in _THING_MAKERS:
        return None
    before = [
        m
        for m in ctx.mentions_in(ctx.paragraph_start(at), at)
        if not _quoted(ctx, m.start) and m.label not in NUMERIC_LABELS
    ]
    for mention in reversed(before):
        if mention.label == "PERSON" and len(mention.text.split()) > 1 and ctx.likely_person(mention.entity_id):
            continue  # "Jo Bell": whom "its" is not
        owners = _possessive_owners(ctx, mention)
        if len(owners) != 1:
            return None  # "Tarbury said its makers ...", an unowned thing: "its" may be that one
        owner = owners.pop()
        if any(m.label == "ORG" and m.entity_id != owner for m in before if m.start >= mention.end):
            return None  # another organisation named since the thing: "its" may be that one's
        return owner
    return None


# a word between an owner's "'s" and the name of its thing ("Grobco's humanoid robot Velto"): not a
# verb's past or third-person form ("Grobco's boss visited Velby", "... boss flies to Velby", "-ss"
# and "-us" nouns aside) nor a word that opens a phrase of its own
_BEFORE_THING = (
    r"(?!(?:at|in|on|to|from|by|for|with|of|and|or|but|the|a|an|this|that|its|his|her|their)\s)"
    r"(?:[a-z][\w-]*(?:ss|us)|[a-z][\w-]*[^\Wsd_]|[a-z][\w-]*[^\We_]d|[a-z])"
)


def _possessive_owners(ctx: ArticleContext, mention: Mention) -> set[str]:
    """The organisations the article writes with a possessive before the mention's name, wherever
    it is written ("Grobco's Velto", "Grobco's humanoid robot Velto", the thing often typed a
    person); none when one of them is no organisation the article names."""
    owners = set()
    name = re.escape(mention.text)
    for found in re.finditer(rf"['’]s?\s+(?:{_BEFORE_THING}\s+){{0,3}}{name}(?![\w-])", ctx.body):
        owner = ctx.mentions_in(max(0, found.start() - 60), found.start())[-1:]
        if not owner or owner[0].end != found.start() or owner[0].label != "ORG" or ctx.is_person(owner[0].entity_id):
            return set()  # a person's, a place's or an unnamed owner's thing: not one "its makers" are
        owners.add(owner[0].entity_id)
    return owners


def _role_named(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "Grobco's film is to be released worldwide, its distributor has said ... A spokesman for
    distributor Tarbury said": the one organisation the article writes with that role ("distributor
    Tarbury", "the distributor, Tarbury", "Tarbury, its distributor"), before or after it. "The
    organisers" (or "organisers") is so only when the article names them after it, never before
    (one named before is what "the organisers" goes on from, decided in speakers._called_so)."""
    words = phrase.split()
    if len(words) == 1 and words[0].islower() and words[0].endswith("s"):
        words = ["the", *words]  # "organisers confirmed"
    if len(words) != 2 or words[0].lower() not in ("its", "their", "the") or words[1].lower() not in _ROLES:
        return None
    role = re.escape(words[1].lower())
    found = set()
    for m in ctx.mentions:
        if m.label not in ("ORG", "PERSON") or _quoted(ctx, m.start) or at <= m.start < at + len(phrase):
            continue
        if words[0].lower() == "the" and m.start < at:
            if re.search(rf"\b{role}\b", ctx.body[max(0, m.start - 30) : m.end + 30], re.IGNORECASE):
                return None  # called so before it: not this rule's
            continue
        if m.label == "PERSON" and ctx.likely_person(m.entity_id):
            continue
        if re.search(
            rf"\b{role},?\s+(?:the\s+)?$", ctx.body[max(0, m.start - 30) : m.start], re.IGNORECASE
        ) or re.match(rf",\s+(?:its|their|the)\s+{role}\b", ctx.body[m.end : m.end + 30]):
            found.add(m.entity_id)
    if len(found) != 1:
        return None
    (only,) = found
    return None if ctx.is_media(only) or ctx.is_person(only) else only


# the roles a description may tie to a team, a party or a firm it names ("the Velt boss", "the
# Tory co-chairman", "the Grobton striker"); team members ("player", "star") only by membership
_TIED_HEADS = HEAD_OFFICES | CHAIR_OFFICES | TEAM_TITLES | frozenset({"co-chairman", "vice-chairman", "forward"})
_TEAM_MEMBERS = TEAM_TITLES | frozenset({"forward", "player", "star"})
_TEAM_HEADS = ROLE_WORDS["boss"]


def _tied_role(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "the Velt Rovers boss" after "Velt Rovers manager Tom Pell", "The Tory co-chairman" after
    "Conservative co-chairman Tom Pell" (the party one entity), "the Grobton striker" after
    "Grobton's Ian Kell": the one person the article ties to the team, party or firm the
    description names, with the role it gives (a title before the name or in apposition, in
    offices.ROLE_WORDS's words), or, for a team's head, "Tom Pell's Velt Rovers", for a player,
    "Velt Rovers' Ian Kell". None when two people are so tied, when someone else holds the role
    with no team written ("manager Ian Kell"), when the tie is past ("former Velt Rovers manager",
    offices.PAST_HOLDER_WORDS) and the description is not (or the other way), when the person is
    named only after it, or when the article says they lost or left the post (offices.LEFT_POST)."""
    words = phrase.split()
    if not 3 <= len(words) <= 6 or words[0].lower() != "the":
        return None
    head = words[-1].lower()
    if head not in _TIED_HEADS | _TEAM_MEMBERS:
        return None
    past = any(w.lower() in PAST_HOLDER_WORDS for w in words[1:-1])
    names = [w for w in words[1:-1] if w.lower() not in PAST_HOLDER_WORDS]
    if not names or not all(re.fullmatch(r"[A-Z][\w&'’-]*", w) for w in names):
        return None
    roles = ROLE_WORDS.get(head, frozenset({head}))
    lo, hi = at + phrase.find(names[0]), at + phrase.rfind(names[-1]) + len(names[-1])
    owners = {m.entity_id for m in ctx.mentions_in(lo, hi) if m.label != "PERSON"}
    if not owners:
        # "the Toon boss": a nickname the entity table gives a club the article names ("Magpies
        # manager Tom Pell" beside "Newcastle"), which the model did not find here
        present = {m.entity_id for m in ctx.mentions}
        owners = {e for e in ctx.table.nicknamed(" ".join(names)) if e in present}
    keys = {w.lower() for w in names}
    tied: set[str] = set()
    for mention in ctx.mentions:
        if mention.label != "PERSON" or lo <= mention.start < hi or not ctx.likely_person(mention.entity_id):
            continue
        for title in ctx.title_phrases(mention):
            if (
                title & roles
                and bool(title & PAST_HOLDER_WORDS) == past
                and (keys <= title or _owner_in(ctx, title, owners))
            ):
                tied.add(mention.entity_id)
        clause = re.split(r"[.,;:!?]", ctx.body[max(0, mention.start - 60) : mention.start])[-1]
        if _owner_before(ctx, mention, owners, roles) and past == once_held(clause):
            tied.add(mention.entity_id)
        untied = re.search(
            rf"(?:^|[^\w\s’'-]\s*|\b[a-z]+\s+)(?:{'|'.join(sorted(roles))})\s+$",
            ctx.body[max(0, mention.start - 30) : mention.start],
        )
        if untied is not None and not once_held(untied.group()):
            return None  # "and manager Ian Kell": a head of no team written, who may be the team's
        if not past and _member_by_possessive(ctx, mention, owners, keys, head):
            tied.add(mention.entity_id)
    if len(tied) != 1:
        return None
    (person,) = tied
    if not _named_before(ctx, person, at) or other_nationality(ctx, person, phrase):
        return None
    if not past and _left_post(ctx, person, at):
        return None  # "Velt Rovers manager Tom Pell was sacked. Ian Kell takes charge.": maybe Kell
    if head in _TEAM_MEMBERS and any(ctx.titled_with(person, {w}, qualified=True) for w in _TEAM_HEADS):
        return None  # "Velt Rovers' Tom Pell", their manager: no player
    return person


def _left_post(ctx: ArticleContext, person: str, at: int) -> bool:
    """Whether the article says before `at`, right after a mention of `person` as its subject, that
    they lost or left their post ("Velt Rovers manager Tom Pell was sacked", "Tom Pell resigned"): a
    present description ("the Velt Rovers boss") may be their successor's."""
    for mention in ctx.mentions:
        if mention.entity_id != person or mention.start >= at or _quoted(ctx, mention.start):
            continue
        if LEFT_POST.match(ctx.body, mention.end, at) is not None:
            return True
    return False


def _owner_before(ctx: ArticleContext, mention: Mention, owners: set[str], roles: frozenset[str]) -> bool:
    """Whether the title right before `mention` opens with a name of one of `owners` (the
    description's team or party, however written: "Conservative" of "the Tory co-chairman"), as
    a name the model found or as capitalised words the entity table gives it."""
    role = rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(sorted(roles))})\s+"
    for owner in ctx.mentions_in(max(0, mention.start - 60), mention.start):
        if owner.entity_id in owners and re.fullmatch(role, ctx.body[owner.end : mention.start]):
            return True
    written = re.search(
        rf"((?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*){role}$", ctx.body[max(0, mention.start - 60) : mention.start]
    )
    return written is not None and _owner_in(ctx, {" ".join(written.group(1).lower().split())}, owners)


def _owner_in(ctx: ArticleContext, title: set[str], owners: set[str]) -> bool:
    """Whether a word of `title` names one of `owners` by a name the entity table gives it, or by
    its adjective ("conservative" of "Conservatives", of "Conservative Party"; a club's nickname)."""
    names = set()
    for owner in owners:
        entry = ctx.table.entry(owner)
        if entry is not None:
            names |= {normalise(n) for n in (entry.name, *entry.aliases, *entry.nicknames)}
    return any({normalise(w), normalise(w + "s"), normalise(w + " party")} & names for w in title if len(w) > 2)


def _member_by_possessive(ctx: ArticleContext, mention: Mention, owners: set[str], keys: set[str], head: str) -> bool:
    """ "Tom Pell's Velt Rovers" (the team's head) or "Velt Rovers' Ian Kell" (its player): a
    person the article ties to the description's team by a possessive, for a head of a team or a
    member of it as `head` says."""

    def named(start: int, end: int) -> bool:
        found = ctx.mentions_in(start, end)
        return any(m.entity_id in owners for m in found) or {w.lower() for w in ctx.body[start:end].split()} == keys

    if head in _TEAM_HEADS:
        after = re.match(r"['’]s?\s+((?:[A-Z][\w&-]*\s?){1,3})", ctx.body[mention.end : mention.end + 50])
        return after is not None and named(mention.end + after.start(1), mention.end + after.end(1))
    if head in _TEAM_MEMBERS:
        before = re.search(
            r"((?:[A-Z][\w&-]*\s){0,2}[A-Z][\w&-]*)['’]s?\s+$", ctx.body[max(0, mention.start - 50) : mention.start]
        )
        if before is None:
            return False
        start = max(0, mention.start - 50) + before.start(1)
        return named(start, start + len(before.group(1)))
    return False


def _given_nationality(ctx: ArticleContext, phrase: str, at: int) -> str | None:
    """ "The Argentine said" after "... beat Argentine Tom Pell": the one person the article gives
    that nationality by name ("Argentine Tom Pell", "fellow Argentine Tom Pell", "Tom Pell, the
    Argentine,"), when they are named, outside quotations, in the description's paragraph or the
    one before, and before it; none when the article gives it to two people anywhere, or when
    someone named after the person, before the description, may share it ("a compatriot", "also
    from Argentina", "another Argentine")."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in NATIONALITIES or not words[1].istitle():
        return None
    nation = re.escape(words[1])
    given = _people_introduced(ctx, rf"(?<![\w-]){nation}\s+$", rf",\s+(?:the|an?)\s+{nation},")
    if len(given) != 1:
        return None
    (person,) = given
    near = ctx.mentions_in(ctx.paragraph_start(at, 1), at)
    first = next((m for m in near if m.entity_id == person and not _quoted(ctx, m.start)), None)
    if first is None:
        return None
    # "Juan Rosa, who is also from Argentina", "Juan Rosa, Kell's compatriot", "another Argentine":
    # someone named after the person and given the nationality another way may be the one meant
    start = first.end
    if (given_after := re.match(rf",\s+(?:the|an?)\s+{nation},", ctx.body[start : start + 40])) is not None:
        start += given_after.end()  # "Ian Kell, the Argentine,": the nationality given to the person
    others = [m for m in ctx.mentions_in(start, at) if m.entity_id != person and ctx.likely_person(m.entity_id)]
    country = "|".join(re.escape(c) for c in COUNTRY_OF.get(words[1].lower(), ()))
    kin = rf"\b(?:compatriots?|country(?:m[ae]n|wom[ae]n)|{nation}s?{'|' + country if country else ''})\b"
    if others and re.search(kin, ctx.body[start:at], re.I):
        return None
    return person
