"""The parse-based extractor: extract_parsed finds the claims of one parsed sentence, with the checks
that drop what is not the speaker's claim (a denial by others, an act rather than a statement, an
elliptic or conditional sentence, a claim nested in another's) and the cut of two sentences the
parser ran into one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from belreader.nlp.backend import lemmatizer_tables
from belreader.nlp.claims.content import (
    _CAUSING_WORDS,
    _OWNER_PRONOUNS,
    _PARTICIPLE_JOINT,
    _PASSIVE_REPORT_LEMMAS,
    _QUOTED_AFTER_CLAUSE,
    _QUOTED_AS_SAYING,
    _QUOTED_BY,
    _REPORTS_AS_SAYING,
    _SAID_WHEN,
    _SAID_WHERE,
    _STANCE_NOUNS,
    _THING_OBJECT_LEMMAS,
    _adjunct_of,
    _after_apposition,
    _announced_thing,
    _before_named_rejoinder,
    _before_narrated_conjunct,
    _before_next_report,
    _before_own_participle,
    _before_speakers_conjunct,
    _before_speakers_next_act,
    _before_subject_phrase,
    _before_title_after_quote,
    _content_pieces,
    _describes_source,
    _extend_attribution,
    _has_right_complement,
    _imagined_speech,
    _in_object,
    _it_goes_on,
    _loosely_owned_statement,
    _medium_named_elsewhere,
    _names_listed_after,
    _narrated_while,
    _negated,
    _nonempty,
    _opens_with_participle,
    _owned_statement,
    _participle_of_speaker,
    _person_object,
    _pledged_sum,
    _quote_before,
    _quotes_after_quote,
    _reported_clause_before,
    _reported_conjunct_end,
    _reported_inside,
    _reported_result,
    _reporting_medium_after,
    _setting_before_that,
    _setting_participle,
    _subject_after_addressee,
    _that_after_addressee,
    _that_after_setting,
    _thing_object,
    _to_clause,
    _to_infinitive,
    _told_clause_cut_off,
    absolute_after_quote,
    as_clause_before,
    before_unsupported_remark,
    before_writers_comment,
    clause_before_only,
    clause_goes_on,
    inserted_between,
    joined_after,
    opens_next_part,
    relative_clause_cut_off,
    report_taken_for_main,
    subject_of_next_part,
    that_after_topic,
)
from belreader.nlp.claims.context import ArticleContext
from belreader.nlp.claims.shapes import (
    _accused_by_claim,
    _closing_person_claim,
    _colon_claim,
    _dashed_subject_claim,
    _described_by_claim,
    _quoted_after_claim,
    _relative_description_claim,
    _relative_report_claim,
    _trailing_claim,
    _view_claim,
    _with_saying_claim,
    passive_quoting,
    relative_description_at,
)
from belreader.nlp.claims.spans import _STOP_INSIDE, Draft, _inside_quote, _word_at, dateline_end, finish, trim
from belreader.nlp.claims.subjects import (
    _CONCESSIVE,
    _FINDING_LEMMAS,
    _RESPONDENTS,
    _VIEW_FORMS,
    _VIEW_LEMMAS,
    _affiliated_person,
    _attributing_it,
    _clause_subject,
    _employer_only,
    _fronted_clause_appos,
    _fronted_title_name,
    _inherited_subject,
    _inverted_name,
    _inverted_speaker,
    _misjoined_clause,
    _name_after,
    _name_before,
    _name_before_relative,
    _named_complement,
    _naming,
    _personal,
    _place_modifier,
    _source_head,
    _speaker,
    _speaker_before_colon_quote,
    _speaker_from_span,
    _speaks_as_outlet,
    _stance,
    _subject,
    _valued_at,
    _without_speakers_act,
    according_measure,
    according_set_off,
    according_source,
    according_subject_after,
    charged_gerund,
    charged_object,
    future_speech,
    name_before_copula,
    name_taken_for_modal,
    named_after_quote,
    object_taken_for_participle_subject,
    office_word,
    opens_according,
    ranked_name_after,
    set_off_inverted,
    share_clause,
    subject_after_as,
    subject_before_inserted_say,
    subject_hung_on_opening_phrase,
    titled_name_after_quote,
    who_antecedent,
    with_object_taken_for_subject,
)
from belreader.nlp.claims.vocabulary import (
    _ADDRESSED,
    _ADJUNCT_START,
    _DOCUMENT_VERBS,
    _FINITE_TAGS,
    _NOT_A_STATEMENT,
    _PARTICIPLE_LEMMA,
    _RULE_NEGATION,
    _TITLE_BEFORE,
    _TITLE_HEADS,
    _TOLD_THE_PAPER,
    _TOPIC_PREPOSITIONS,
    ACCORDING_SOURCE_NOUNS,
    ACTING_BODIES,
    AIM_HEADS,
    AIM_WORDS,
    ANONYMITY_CLAUSE,
    AS_COMPLEMENT_LEMMAS,
    CANDIDATE,
    CLAUSAL_LEMMAS,
    CLAUSE_ONLY_LEMMAS,
    CLOSE_QUOTES,
    COMMENT_NOUNS,
    COMMENT_VERB_LEMMAS,
    COMMISSIONED_DOCUMENTS,
    COMPANY_HEADS,
    DISCLOSING_LEMMAS,
    DOCUMENT_CLAIM,
    DOCUMENT_NOUNS,
    DOCUMENT_TAKING_LEMMAS,
    DOCUMENT_WORDS,
    EDGE,
    FACT_VERBS,
    FINDING_BODIES,
    FOR_LEMMAS,
    FORECAST_LEMMAS,
    GIVEN_NOUNS,
    GIVING_VERBS,
    GROUP_NOUNS,
    HABITUAL_ADVERBS,
    HABITUAL_UNITS,
    MADE_NOUNS,
    MEASURE_DOCUMENTS,
    NAMING_LEMMAS,
    NON_STATEMENT_HEADS,
    ON_KINDS_MEDIUM,
    ON_OWN_MEDIUM,
    OPEN_QUOTES,
    OWNED_NOUNS,
    PEOPLE_PRONOUNS,
    PERSON_DESCRIPTIONS,
    PERSON_PRONOUNS,
    PERSONAL_MEDIUM,
    POSSESSIVE_PRONOUNS,
    PRAISE_LEMMAS,
    REASON_MARKS,
    REFUSING_LEMMAS,
    REJECTING_VERBS,
    REPORTING_LEMMAS,
    RESEARCHERS,
    RESULT_MEASURES,
    ROLE_VERDICT_NOUNS,
    RULING_BODIES,
    SIGN_LEMMAS,
    SOURCES_MANNER,
    STANCE_ADJECTIVES,
    SUBJECT_PRONOUNS,
    TIP_LEMMAS,
    TRYING_PEOPLE,
    UNNAMED_SOURCE_PEOPLE,
    VERDICT_NOUNS,
    VOICED_NOUNS,
    WORK_NOUNS,
    _made_statement,
    _refused_that,
    _tipped,
    _verb_tagged_noun,
    doc_text,
    document_inverted,
    lemma_of,
    lemma_of_document,
    member_description,
    modal,
    pos_of,
    rejected_noun_taken_for_verb,
    stem_in,
    unresolved,
)
from belreader.nlp.occasions import ISSUED_TEXTS, WRITINGS
from belreader.nlp.people import is_person_noun
from belreader.nlp.records import Mention
from belreader.nlp.sources import OUTLET_REFERENCES, TITLE_NOUNS, alternation, short_form_of
from belreader.quantities import MONTH_NAMES, WEEKDAYS, parse_quantities, singular

# the claim shapes of shapes.py that read a sentence's text and its parse together, tried in this
# order on a sentence with no claim yet
_SHAPE_CLAIMS = (
    _dashed_subject_claim,
    _view_claim,
    _accused_by_claim,
    _quoted_after_claim,
    _described_by_claim,
    _with_saying_claim,
)

# what opens the object of "announced himself (as ...)": the subject made itself known, no statement
_REFLEXIVE_OPENING = re.compile(r"\s*(?:himself|herself|itself|themselves)\b")
# a verb opening a content with no subject of its own ("... announced is a new ferry")
_COPULA_OPENING = re.compile(r"\s*(?:is|was|are|were)\b")
# a piece of text that is only an "according to" phrase ("according to the Velt Times")
_ONLY_ACCORDING = re.compile(r"according\s+to\s[^,;:“”\"]+", re.IGNORECASE)


def _quoted_after_clause(doc, closing, offset, p_index, ctx, add, s0, s1, used_verbs: set[int]) -> None:
    """The claim of "CLAUSE, WHO was quoted as saying (by OUTLET).": WHO (a name, a described person or
    a pronoun, resolved as a subject is) says the clause, unquoted; the medium after "by" reports it."""
    text = doc_text(doc)
    c0 = len(text) - len(text.lstrip())
    if len(text[c0 : closing.start()].split()) < 3:
        return
    quoting = passive_quoting(doc, closing, offset, ctx, s0)
    if quoting is None:
        return
    speaker, speaker_id, outlets = quoting
    draft = Draft(
        p_index,
        offset + c0,
        offset + closing.start(),
        speaker,
        speaker_id,
        "say",
        _negated(doc, None, c0, closing.start()),
        s0,
        s1,
        verb_at=offset + closing.end("verb") - len(closing.group("verb").split()[-1]),  # "quoted", "reported"
    )
    add(draft, outlets)
    used_verbs.update(t.i for t in doc if closing.start("verb") <= t.idx < closing.end())


# finders other than a survey, whom a finding's "it" may be: "the inquiry", "the court", "the report"
_OTHER_FINDERS = frozenset({"inquiry", "court", "tribunal", "investigation", "panel", "committee", "review", "audit"})


def _respondents_answer(ctx: ArticleContext, finding: Draft, answer: Draft) -> bool:
    """ "The survey found that A, though most agreed B": a concessive clause inside a survey's, a
    poll's or a study's finding whose speaker is its respondents by share ("most", "many") and
    whose verb gives a view (`_VIEW_LEMMAS`) is the respondents' answer, part of the finding; never
    an inquiry's finding, nor "though many said B" (critics or observers, a claim of its own). A
    finding of "it" is a survey's when the passage before names only a survey, a poll or a study
    among the kinds of finders it may be."""
    if finding.verb not in _FINDING_LEMMAS or answer.speaker.lower() not in _RESPONDENTS:
        return False
    if answer.verb not in _VIEW_LEMMAS:
        return False
    words = {w.lower().strip(EDGE) for w in finding.speaker.split()}
    if words & COMMISSIONED_DOCUMENTS:
        return True
    if not words & {"it"}:
        return False
    passage = re.findall(
        r"[a-z]+", ctx.body[ctx.paragraph_start(finding.sentence_start, 2) : finding.sentence_start].lower()
    )
    return bool(set(passage) & COMMISSIONED_DOCUMENTS) and not set(passage) & _OTHER_FINDERS


def extract_parsed(doc, offset: int, paragraph: tuple[int, int, int], ctx: ArticleContext) -> list[Draft]:
    """Claims of one parsed sentence. `offset` is its start in the body; `paragraph` is (index, start, end)."""
    p_index, p_lo, p_hi = paragraph
    body, text = ctx.body, doc_text(doc)
    s0, s1 = offset, offset + len(text)
    drafts: list[Draft] = []
    ctx.pending = drafts  # "X denied it - he says ...": a pronoun can refer to an earlier claim's speaker
    used_verbs: set[int] = set()
    # where the verbs of a turn that states nothing are (praise for a deed, a result published): their
    # drafts are made, so that they cut the claims before them and their speaker is the "he" or "it"
    # after them, and to_claims drops them
    turns_only: set[int] = set()

    def add(draft: Draft | None, media: Sequence[str] = ()) -> None:
        if draft is None:
            return
        draft = finish(draft, body, p_lo, p_hi)
        if (
            draft is None
            or _only_adjunct(doc, offset, draft)
            or _act_not_statement(doc, offset, draft)
            or _authored_work(doc, offset, draft)
            or _gapped_content(doc, offset, draft)
        ):
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
            name, entity_id = ctx.named_elsewhere(body[who_a:who_b]) or (body[who_a:who_b].strip(EDGE), None)
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
    elif not quoted and (closing := _QUOTED_AFTER_CLAUSE.search(text)) is not None:
        # "The plan will be reviewed, minister Tom Pell was quoted as saying by the Velt news
        # agency.": the clause before the comma is his, the medium after "by" reports it
        _quoted_after_clause(doc, closing, offset, p_index, ctx, add, s0, s1, used_verbs)
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
        if opens_according(token):
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
            if comma is None and (split := _medium_before_subject(ctx, doc, offset, token.i)) is not None:
                x_end, objects = split, [doc[split - 1]]  # "According to Reuters Tom Pell will resign"
            # "according to a senior official who spoke on condition of anonymity because ...": the
            # source named without the clause that only tells why it goes unnamed
            name_end = next(
                (
                    c.left_edge.i
                    for c in (objects[0].children if objects else ())
                    if c.dep_ == "relcl"
                    and objects[0].i < c.left_edge.i < x_end
                    and ANONYMITY_CLAUSE.match(doc_text(doc), c.left_edge.idx) is not None
                ),
                x_end,
            )
            xa, xb = offset + to.idx + len(to) + 1, offset + doc[name_end - 1].idx + len(doc[name_end - 1])
            document = bool(objects) and objects[0].lower_ in DOCUMENT_NOUNS  # "according to a survey by X"
            name, entity_id, _ = _speaker_from_span(ctx, xa, xb, None, common_noun=document, document=document)
            if (
                name is not None
                and objects
                and _unnamed_person_source(ctx, objects[0], offset, entity_id)
                and (described := _speaker(ctx, objects[0], offset, s0)) is not None
            ):
                # "according to a Senate aide", "a spokesman for Velco", "a source close to Tom
                # Pell": the unnamed person shown, as when they are the subject ("A Senate aide
                # said"), never the person named in the description; its id is the body a
                # spokesman speaks for (the devset guide's `speaks_for`), none for an aide or ally
                # (`subjects._speaker`)
                name, entity_id = described[0], described[1]
            if name is None and any(_place_modifier(ctx, m, xb) for m in ctx.mentions_in(xa, xb)):
                name = body[xa:xb].strip(EDGE)  # "according to a US think-tank": a source, the place not it
            if entity_id is None and (outlet := ctx.described_outlet(body[xa:xb], xa)) is not None:
                name, entity_id = body[xa:xb].strip(), outlet  # "according to the Spanish daily"
            if not _unset_source_closed(ctx, doc, offset, token.i, x_end, objects):
                continue  # "According to Tom Pell Velco will close": where the source ends is a guess
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
        if verb.head.lower_ in REJECTING_VERBS and rejected_noun_taken_for_verb(verb.head) is verb:
            continue  # "rubbished reports the chain had lost money": the noun of the denial, no verb
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
            and not any(
                c.i > verb.i
                and c.dep_ in ("xcomp", "dobj", "prep", "ccomp")
                # 'It continued: "We are sorry ..."': the quote after the colon is what goes on
                and not (c.dep_ == "ccomp" and _colon_quote_after(doc, verb))
                for c in verb.children
            )
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
            if made[0] == "fact":
                lemma = fact_verb
            elif verb.lower_ in REJECTING_VERBS:
                lemma = "deny"  # "rejected claims that ...": a denial of the clause
            else:
                lemma = MADE_NOUNS.get(made[0]) or VOICED_NOUNS.get(made[0]) or GIVEN_NOUNS[made[0]]
        elif verb.lower_ in ("decided", "decides") and _court_decided(verb):
            lemma = "rule"  # "The Court of Appeal decided the practice was unlawful": its ruling
        elif verb.lower_ == "asked" and _asks_quoted_question(doc, verb, body, s0, p_lo):
            lemma = "ask"  # '"... be enough?" he asked.': a turn; the quote's statements are claims (to_claims)
        elif lemma not in REPORTING_LEMMAS and _as_aside(verb):
            lemma = lemma_of_document(verb) or lemma  # "..., but as Tom Pell indicated, ...": saying in an aside
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
                    # "The report ... placed the UK third. It showed British firms ...": the document
                    or _document_it(ctx, doc, verb, document, s0) is not None
                    # "Scientists have shown that ...", "a team of researchers has shown that ..."
                    or _researchers_shown(doc, verb, document)
                )
                and (any(c.dep_ == "ccomp" for c in verb.children) or share_clause(doc, verb))
            ):
                continue  # "show" and "find" report with a document, or an organisation's finding, as subject
            lemma = document_lemma
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        if lemma in _THING_OBJECT_LEMMAS and _thing_object(doc, verb):
            continue  # "added the 400m title", "co-wrote the pilot episode", "repeated the feat": no words
        if lemma in ("reveal", "show", "suggest", "indicate", "find") and _document_object(verb):
            continue  # "Sales keep rising reveals the annual Grobco survey": the survey speaks (_document_claim)
        if lemma in DISCLOSING_LEMMAS and any(c.dep_ == "neg" for c in verb.children):
            continue  # "Grobco did not disclose that it paid X": a silence kept, no statement
        if lemma in ("announce", "reveal") and _announced_thing(doc, verb):
            continue  # "announced a new album", "announced 200 job cuts": a thing made known, no statement
        if _habit(verb):
            continue  # "Grobco announces its flaws every month": what it does as a rule, no statement
        if lemma == "report" and _reported_result(doc, verb):
            turns_only.add(offset + verb.idx)  # "reported a 60% rise in profit": a figure published
        if lemma in ("pledge", "promise", "announce", "offer") and _pledged_sum(doc, verb):
            turns_only.add(offset + verb.idx)  # "pledged £76m in aid": a sum promised, no words
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
        if (
            lemma in FOR_LEMMAS
            and not any(
                c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                for c in verb.children
            )
            and _naming(doc, verb) is None  # "condemned the debate as a “charade”" names it
        ):
            continue  # "praised the staff" alone says nothing; "praised the staff for ..." does
        if lemma in FOR_LEMMAS and charged_gerund(verb) is not None:
            # "thanked the team for insisting that ...": the team said it, not the thanker (who takes
            # a turn: the "he said" after it is still the thanker's)
            turns_only.add(offset + verb.idx)
        if (
            verb.dep_ == "pcomp"
            and lemma_of(verb.head.head) in FOR_LEMMAS
            and charged_gerund(verb.head.head) == verb
            and charged_object(verb) is None
        ):
            continue  # "thanked him for saying that ...": he said it, not the thanker; unsure who he is
        if lemma in PRAISE_LEMMAS and _praised_for_own_deed(verb):
            turns_only.add(offset + verb.idx)  # "praised the police for their action": thanks for a deed
        if lemma in TIP_LEMMAS and not _tipped(verb):
            continue  # "tipped the waiter", "tipped off police", "tipped the balance": no forecast
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in (*verb.children, *verb.head.children)) and (
            verb.dep_ != "conj" or verb.head.i < verb.i
        ):
            continue  # "has neither confirmed nor denied the report": no statement either way
        # "Tom Pell will tell the conference: ...", "is to say that ...": a turn made (so that the
        # quote and its continued paragraphs are his) but no claim: the words are not yet said
        unsaid = future_speech(verb)
        if (
            not unsaid
            and any(c.dep_ == "aux" and modal(c) for c in verb.children)
            and name_taken_for_modal(verb) is None
        ):
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
            and not unsaid
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
        inserted_say = subject_before_inserted_say(doc, verb) if lemma in ("say", "add") else None
        subject = inserted_say or _subject(verb) or opening_speaker or subject_hung_on_opening_phrase(doc, verb)
        if (
            subject is not None
            and subject.dep_ in ("csubj", "nsubj")
            and subject.tag_ == "VBG"
            and verb.i == subject.i + 1
            and subject.left_edge.i == subject.i
            and all(t.is_punct for t in doc[: subject.i])
            and verb.head.i > verb.i  # the clause hangs on the sentence's verb after it
            and ctx.mention_at(offset + subject.idx) is None  # not a name tagged a participle ("Velting says")
        ):
            continue  # "Addressing claims that ..., he said": a participle and its noun, the noun taken for a verb
        if (
            subject is not None
            and verb.dep_ == "relcl"
            and any(c.lower_ == "whose" for c in subject.children)
            and re.fullmatch(_DOCUMENT_VERBS, verb.lower_)
            and subject.lower_ not in DOCUMENT_NOUNS
            and not is_person_noun(subject.text)
            and not (subject.lower_ in GROUP_NOUNS or _source_head(subject.lower_))
        ):
            # "Tom Pell, whose question revealed the cost, said ...": a thing of his that shows, no
            # speaker; not a body that speaks ("Velt, whose government insists ...", "whose club says")
            continue
        if subject is not None and subject.lower_ in ("a", "an", "the") and subject.tag_ == "DT":
            continue  # "earning them a reported $5m", parsed with "a" as the subject: an adjective, nobody speaks
        if subject is not None and subject.lower_ in ("anything", "something", "everything", "nothing"):
            continue  # "If anything, what I saw confirmed my fears": a thing, no speaker
        if subject is not None and (
            with_object_taken_for_subject(verb, subject) or object_taken_for_participle_subject(verb, subject)
        ):
            subject = None  # "pleaded with the judge saying ...", "sued the state alleging": the subject goes on
        if subject is not None and (person := _affiliated_person(ctx, verb, offset)) is not None:
            subject = person
        if _clause_left_taken_for_subject(doc, verb):
            subject = [c for c in verb.children if c.dep_ == "nsubj"][-1]  # the one after the comma
        if (
            subject is not None
            and verb.tag_ == "VBG"
            and subject.i > verb.i + 1
            and doc[verb.i + 1].text in OPEN_QUOTES
            and _inside_quote(body, offset + doc[verb.i + 1].idx, offset + subject.idx)
        ):
            subject = None  # '..., declaring "today Leeds, tomorrow Paris"': a word of the quote, no speaker
        if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            subject = who_antecedent(verb) if subject.lower_ == "who" else verb.head
        if (as_subject := subject_after_as(doc, verb, subject)) is not None:
            subject = as_subject  # "Shares fell as a survey by Velt said prices ...": the survey, not "Shares"
        if subject is not None and lemma in ("say", "add") and _inverted_speaker(doc, verb, subject) is not None:
            subject = _inverted_speaker(doc, verb, subject)  # "..., which appeal to gamers, said a panel of experts."
        inherited = False
        if subject is None and lemma in ("say", "add"):
            # '"...," added Grobco's Tom Pell.' / "For instance, said Mr Pell, prices ...": the name
            # right after the verb, which the parser took for an object or another verb's subject
            subject = (
                _inverted_name(doc, verb)
                or _name_after(doc, verb)
                or name_before_copula(doc, verb)
                or titled_name_after_quote(doc, verb)
                or ranked_name_after(doc, verb)  # '"...," said Capt. Sarah Lee, ...'
            )
        elif subject is None and lemma in REPORTING_LEMMAS and verb.i > 0 and doc[verb.i - 1].text in CLOSE_QUOTES:
            subject = _inverted_name(doc, verb)  # '"...," warned Tom Pell.': any verb of saying after the quote
        if subject is None and lemma in REPORTING_LEMMAS:
            subject = named_after_quote(doc, verb)  # '"...," Tom Pell, head of music at Grobco, told ...'
        if subject is None and verb.dep_ == "ROOT":
            subject = _fronted_title_name(doc, verb) or _fronted_clause_appos(doc, verb)
        if subject is None and lemma == "be confident":
            # "He is convinced Grobco will win": the parser may hang "He" on "is"
            auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), None)
            subject = _subject(auxiliary) if auxiliary is not None else None
        if lemma == "be confident" and subject is not None and subject.left_edge.lower_ == "not":
            continue  # "Not everyone is convinced the plan will work": doubt, no one's statement
        if (
            verb.dep_ in ("ccomp", "xcomp")
            and verb.head.lower_ not in _CAUSING_WORDS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        ):
            continue  # "wants the reporters to reveal ...", "get them to admit ...": wished for, nothing said
        controller = (
            next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if subject is None and verb.dep_ in ("xcomp", "advcl")
            else None
        )
        if controller is not None and verb.dep_ == "advcl" and not _left_speaking(ctx, verb, controller, offset):
            controller = None  # "He rang the club, saying ...": the subject goes on
        if controller is not None and _participle_after_thing(ctx, verb, controller, offset):
            controller = None  # "he left the club claiming ...": the subject goes on (`_inherited_subject`)
        elif (
            controller is not None
            and verb.head.lower_ not in _CAUSING_WORDS
            and not _left_speaking(ctx, verb, controller, offset)
        ):
            continue  # "urged Mr Bell to admit ...": asked to speak, no statement by anyone
        if controller is not None:
            subject = controller  # "..., leading Grobco to warn that ...": the one led or forced to speak
        elif subject is None and verb.dep_ == "xcomp" and verb.head.lower_ in _CAUSING_WORDS:
            # "Mr Bell was forced to deny that ...": the passive's subject is the one made to speak
            subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            subject = charged_object(verb)  # "suspended a candidate for suggesting ...": the candidate
        if subject is None:
            subject = name_taken_for_modal(verb)  # "May said: ...": a name the parser took for a modal
        if subject is None:
            subject = _name_before(doc, verb)  # "... but Wenger is confident", the name parsed elsewhere
        if subject is None and verb.dep_ == "ROOT":
            subject = _name_before_relative(doc, verb)
        if subject is None:
            outer = _participle_of_speaker(verb)
            # "X said A, saying B" with the participle hung inside A: X goes on, not A's subject
            subject = (_subject(outer) if outer is not None else None) or _inherited_subject(verb)
            inherited = True
            if subject is None and (name := _name_taken_for_verb(ctx, verb, offset)) is not None:
                subject = name  # "Velting recently praised X, saying: ...", the name tagged a participle
        if subject is None:
            continue
        if lemma == "go on" and (
            verb.dep_ == "relcl"
            or (pos_of(subject) == "NOUN" and subject.lower_ not in _TITLE_HEADS and not _source_head(subject.lower_))
        ):
            continue  # "... - the list goes on.", "X, whose losing run goes on.": nobody speaks
        if (
            lemma in SIGN_LEMMAS
            and pos_of(subject) == "NOUN"
            # ("The judge presiding has indicated": the head noun may be taken for a modifier's)
            and not any(
                _may_speak(t) and singular(t.lower_) not in DOCUMENT_NOUNS
                for t in (subject, *(c for c in subject.children if c.dep_ == "compound"))
            )
        ):
            # "the first meeting indicated that ...", "such statements indicate that ...": a sign or
            # a writing read as evidence, nobody's statement
            continue
        if _comment_on_a_thing(verb, subject, lemma):
            continue  # "... a link with the chart show, which suggests the show may move": the writer's inference
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
        elif subject.lower_ == "it" and (governor := _reason_clause_governor(verb)) is not None:
            # "The government ruled it out, because it says it would cost jobs": "it" is the main
            # clause's subject, never the body named last; a person or a plural there: unresolved;
            # a thing that cannot speak ("the term is misleading because it doesn't describe ..."):
            # "it" as usual
            resolved = _speaker(ctx, governor, offset, s0)
            body_named = resolved is not None and resolved[1] is not None and not ctx.likely_person(resolved[1])
            speaking_noun = pos_of(governor) == "NOUN" and (
                governor.lower_ in GROUP_NOUNS or _source_head(governor.lower_)
            )
            if (
                governor.lower_ in PERSON_PRONOUNS | {"it", "they", "this", "that"}
                or governor.tag_ in ("NNS", "NNPS")
                or (resolved is not None and resolved[1] is not None and ctx.likely_person(resolved[1]))
                or is_person_noun(governor.text)
            ):
                resolved = unresolved(subject.text), None, []
            elif not (body_named or (speaking_noun and resolved is not None)):
                resolved = None
        elif subject.lower_ in PERSON_PRONOUNS | {"they"} and verb.dep_ == "relcl":
            resolved = _relative_clause_speaker(ctx, subject, verb, offset, s0)
        if resolved is None and inherited and (thing := _apposed_thing_before(verb)) is not None:
            # "X is fighting two lawsuits - one accusing it of ...", the participle hung on the
            # sentence's verb: the thing in apposition right before it speaks, never X
            resolved = thing.text, None, []
        if resolved is None:
            resolved = _speaker(ctx, subject, offset, s0, continuing)
        if (resolved is None or resolved[1] is None) and (
            document_it := _document_it(ctx, doc, verb, subject, s0)
        ) is not None:
            # "It showed X", the report the sentence before opens with ("it" resolved to no one);
            # its body when the article makes the description one ("the study" of Grobco's)
            resolved = document_it[0], ctx.resolve_description(*document_it), []
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
        if (
            resolved[1] is None
            and subject.tag_ == "MD"
            and (known := ctx.named_elsewhere(subject.text) or ctx.person_named(subject.text)) is not None
            and ctx.is_person(known[1])
        ):
            # "May wrote", the model taking the name for a date: the one person of that surname
            resolved = subject.text, known[1], []
        speaker, speaker_id, media = resolved
        a0 = verb.i if inherited else min(subject.left_edge.i, verb.i)
        a1 = max(verb.i, subject.right_edge.i if not inherited and subject.i > verb.i else verb.i) + 1
        a1 = min(_extend_attribution(doc, verb, a1), len(doc))
        made_that = _made_statement(verb)
        if made_that is not None and a1 <= made_that[1]:
            a1 = made_that[1] + 1  # past "claims that": the clause is the content
        if lemma in ("make clear", "be confident"):
            # past "it clear", "confident", "that": the clause after them is the content
            # ("optimistic that it will go through": the clause's own "it" stays in it)
            skipped = ("it", "clear", "that", ",") if lemma == "make clear" else ("that", ",")
            while a1 < len(doc) and (doc[a1].lower_ in skipped or doc[a1].lower_ in STANCE_ADJECTIVES):
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
            if addressee is None and a1 - 1 > verb.i and not doc[a1 - 1].is_punct:
                # "told The Globe and Mail she ...", "told Express & Star ...": the parser ends the
                # addressee at the "and" inside a name; the name's mention, which runs on past
                # where the attribution stopped, is the addressee whole
                covering = ctx.mention_at(offset + doc[a1 - 1].idx)
                if covering is not None and covering.end > offset + doc[a1].idx:
                    addressee = covering
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
        topic_that = that_after_topic(doc, that) if that is not None and made_that is None else None
        topics_clause = None
        if topic_that is not None:
            # "said on Facebook about reports that she would quit that ...": the reports' clause is
            # theirs; the verb's own "that" after it, else no "that" clause of the verb's
            topics_clause = doc[that].idx
            that = topic_that if topic_that >= 0 else None
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
        if that is None:
            that = _that_after_setting(doc, verb, a1)
        if that is None and topic_that is None:
            that = _that_after_document(doc, verb, a1)
        if that is None and share_clause(doc, verb):
            that = verb.i + 1  # "found that one in ten drink alcohol", "that" parsed as a determiner
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
        relative = None if right or that_clause else relative_clause_cut_off(doc, verb, a1)
        if told_clause is not None:
            right = [told_clause]
        elif relative is not None:
            right = [relative]
        if right and not that_clause and not (a1 < len(doc) and doc[a1 - 1].text == ":"):
            last = report_taken_for_main(doc, verb, max(c.right_edge.i for c in right))
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
        after = _before_narrated_conjunct(doc, verb, a1, after)
        after = _before_speakers_next_act(doc, verb, a1, after)
        after = _before_named_rejoinder(doc, verb, _before_speakers_conjunct(doc, verb, after))
        if made_that is not None:
            after = _before_own_clause(doc, verb, after)
        after = before_writers_comment(doc, verb, after)
        after = before_unsupported_remark(text, after)
        after = _before_sources_participle(doc, verb, after)
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
        if has_before and has_after and not that_clause and _adjunct_after_quote(doc, verb, text, before, after):
            has_after = False  # '"...," Tom Pell said backstage at the gala' / 'said referring to ...'
        if has_after and has_before and _opens_with_participle(doc, verb, after[0]):
            has_after = False  # "“...,” Mr Fox said, adding that ...": the participle is a claim of its own
        if has_after and has_before and absolute_after_quote(doc, text, before, after):
            has_after = False  # '"...," he said later, his hair freshly gelled ...': how he looked
        if has_after and has_before and _setting_participle(doc, verb, after):
            has_after = False  # "..., the bank said, citing a report by X.": how or where, not what
        if has_after and has_before and _participle_on_clause_before(doc, verb, after[0]):
            has_after = False  # "A, the person said, declining to be identified.", "..., warning that B"
        if (
            has_after
            and has_before
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            and _ONLY_ACCORDING.fullmatch(text[after[0] : after[1]].strip(EDGE + "."))
        ):
            has_after = False  # "A, Tom Pell said, according to the Velt Times.": the source closing the report
        if has_before and not has_after:
            before = _before_subject_phrase(text, before)  # "..., Tory co-chairman Liam Fox said."
            before = _before_title_after_quote(doc, before)  # '"...," chairman and chief executive X said'
        clausal_right = (
            clausal_colon
            or that_clause
            or told_clause is not None
            or relative is not None
            or any(c.dep_ in ("ccomp", "xcomp") and c.i >= a1 for c in verb.children)
            or (a1 < len(doc) and (doc[a1 - 1].text == ":" or doc[a1].text in OPEN_QUOTES))
        )
        # a clause before the verb ("“...,” she said in an interview"): the content is on the left
        clausal = clausal_right or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        gap = None
        set_aside = False
        # '"We will grow," Mr Pell said, "and we will hire."': one quotation around the attribution
        split_quote = (
            has_before
            and has_after
            and text[before[0] : before[1]].strip()[:1] in OPEN_QUOTES
            and text[before[0] : before[1]].rstrip()[-1:] in CLOSE_QUOTES
            and text[after[0] : after[1]].strip()[:1] in OPEN_QUOTES
        )
        # "A, said the report, and B" / "A, he said, but B", the parser hanging B's clause on "said":
        # B goes on with the report when it has a subject of its own (A and B the content, the
        # attribution left out); else ("A, the firm said, but warned that ...") it is the speaker's act
        joined = _clause_joined_to_report(doc, verb, after[0]) if has_before and has_after else None
        if joined is None and has_before and has_after:
            # "Sales rose 5%, Grobco said, helped by demand in Asia": the reported clause goes on
            # (as with "the firm said" hung on it); "..., Tom Pell said, pressed by reporters": not
            joined = _passive_participle_after_report(doc, verb, after[0])
        if (joined is not None and not joined) or (has_before and has_after and _report_after_joiner(doc, after[0])):
            has_after = False
        # "There is rarely, the institute says, any sort of boom": the reported clause before the
        # verb is finished by the noun phrase after the attribution's comma, taken for an object
        joined = joined or (
            has_before
            and has_after
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            and any(
                c.dep_ in ("dobj", "attr") and c.i >= a1 and c.left_edge.i == a1 and doc[a1 - 1].text == ","
                for c in verb.children
            )
        )
        if (
            has_after
            and not has_before
            and a0 <= 1
            and verb.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") and c.i >= a1 for c in verb.children)
            and text[after[0] : after[1]].split()[0].lower() in _ADJUNCT_START
            and not any(q in text[after[0] :] for q in (":", *OPEN_QUOTES))
            and _sentence_quote_before(body, s0 + len(text) - len(text.lstrip()), p_lo)
        ):
            has_after = False  # '"... better!" Tom Pell tweeted on Sunday.': when or where, the quote before said
        # "What is needed, agree analysts, is ...": the verb and its speaker set off inside the clause
        inverted_aside = has_before and has_after and not inherited and set_off_inverted(verb, subject)
        if (aside := _aside_content(doc, verb)) is not None and _aside_speaker(
            speaker, speaker_id, _inside_quote(body, p_lo, offset + verb.idx)
        ):
            piece, clausal = aside, True  # "..., as Ann Bell noted, you cannot ...": the rest of the clause
            set_aside = True  # (a clause, whatever the verb: "as Ann Bell indicated, ...")
        elif (
            (verb.dep_ == "parataxis" or split_quote or inserted_say is not None or joined or inverted_aside)
            and has_before
            and has_after
        ):
            # "A is balanced by B; there is rarely, the centre says, any boom": from the semicolon on
            semicolon = text.rfind(";", before[0], before[1])
            start = semicolon + 1 if semicolon >= 0 and not _inside_quote(text, before[0], semicolon) else before[0]
            piece = (start, after[1])
            gap = (offset + before[1], offset + after[0])
            clausal = True  # "The problem, he believes, is that ...": the clause around the verb is its content
        elif has_after and (_has_right_complement(verb) or clausal_right or (clausal and not has_before)):
            piece = after
        elif (
            has_before
            and not _reported_inside(verb, before, body[p_lo:s0])
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
            draft = Draft(p_index, quote[0], quote[1], speaker, speaker_id, lemma, False, quote[0], s1, unsaid=unsaid)
            draft.verb_at = offset + verb.idx
            add(draft, [*media, *according_outlets])
            continue
        else:
            continue
        if (
            lemma in CLAUSAL_LEMMAS
            and not clausal
            and not (lemma in FORECAST_LEMMAS and _forecast_figure(verb))
            and _valued_at(verb) is None  # "estimated the cost at $2bn": the object and its figure
        ):
            continue
        if lemma == "announce" and _REFLEXIVE_OPENING.match(text, piece[0]):
            continue  # "Tom Pell announced himself with a fine pass": made himself known, said nothing
        if (
            lemma == "announce"
            and piece[0] > verb.idx
            and _COPULA_OPENING.match(text, piece[0])
            and not any(t.lower_ in ("which", "that", "who") for t in doc[: verb.i])
        ):
            continue  # "The second plan Grobco announced is a new ferry": the plan it announced, described
        if (
            lemma in CLAUSE_ONLY_LEMMAS
            and not (clausal_colon or that_clause or set_aside or inverted_aside)
            and not any(c.dep_ == "ccomp" for c in verb.children)
            and not any(
                q in text[piece[0] : piece[1]][:1] + text[piece[0] : piece[1]][-1:] for q in CLOSE_QUOTES + OPEN_QUOTES
            )
            and not (piece[1] <= verb.idx and _clause_left_taken_for_subject(doc, verb))
        ):
            continue  # "agreed to a deal", "agreed to pay": an act, not a statement
        if (
            lemma == "post"
            and not (clausal_colon or any(c.dep_ == "ccomp" for c in verb.children))
            and piece[0] > verb.idx
        ):
            # 'posted "record" profits': a post's words are a quote before it, a clause or a colon;
            # a "that" alone is not enough ("posted about reports that X": the reports' clause)
            continue
        if topics_clause is not None and piece[0] <= topics_clause < piece[1]:
            continue  # "said on Facebook about rumours that she would quit": what the rumours say
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
        piece = _named_complement(doc, verb, lemma, piece)
        if made_that is not None and verb.lower_ in REJECTING_VERBS:
            piece = _denied_clause(doc, text, piece)
        if piece[0] > verb.idx and (when := _SAID_WHEN.match(text, piece[0])) is not None and when.end() < piece[1]:
            piece = (when.end(), piece[1])  # "said on Thursday (that) it had signed": the day of saying
        if piece[0] > verb.idx and (where := _SAID_WHERE.match(text, piece[0])) is not None and where.end() < piece[1]:
            piece = (where.end(), piece[1])  # "said in a statement it had signed": where it was said
        clause = _setting_before_that(doc, verb, piece[0]) if piece[0] > verb.idx else None
        if clause is not None and clause < piece[1]:
            piece = (clause, piece[1])  # "wrote in a note to clients that ...": where and to whom it was said
        if refused_that and (lead := re.match(r"\s*that\s+", text[piece[0] : piece[1]])) is not None:
            piece = (piece[0] + lead.end(), piece[1])  # "that" taken for a determiner stayed in the content
        # "rejected suggestions that X": X is what the speaker denies, as "denied that X"
        rejected = made_that is not None and verb.lower_ in REJECTING_VERBS
        negated = refused_that or rejected or _negated(doc, verb, *piece)
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
            unsaid=unsaid,
        )
        if _speaks_as_outlet(ctx, speaker_id, lemma):
            media = [speaker_id, *media]
        add(draft, [*media, *according_outlets])

    # "... than the 0.4% reported, according to X": a participle whose only words after it are the
    # "according to" phrase reports nothing; the "according to" source is the claim's
    drafts[:] = [d for d in drafts if not _ONLY_ACCORDING.fullmatch(d.content)]
    # (a turn not yet made is no claim of the sentence's: "According to X, Grobco will report a
    # profit" is X's forecast)
    if all(d.unsaid for d in drafts):
        named_source = any(c[2] is not None for c in according_claims)
        for i, x_end, name, entity_id, obj, xa, xb in according_claims:
            if name is None and named_source:
                continue  # "according to analysts X ... according to X analyst Y": the named one
            if according_measure(doc, i, any(m.label == "PERSON" for m in ctx.mentions_in(xa, xb))):
                continue  # "Salaries vary according to industry": what they depend on, no source
            if name is None:
                phrase = body[xa:xb].strip(EDGE)
                head = obj.lower_ if obj is not None else ""
                if obj is None or not according_source(obj, according_set_off(doc, i)):
                    continue
                name = phrase
                entity_id = ctx.resolve_description(phrase, head, xa)
            a1 = x_end
            while a1 < len(doc) and doc[a1].is_punct and doc[a1].text in (",", ":"):
                a1 += 1
            before, after = _content_pieces(doc, i, a1)
            gap = None
            if (
                _nonempty(text, before)
                and not opens_next_part(doc, i)
                and not _describes_source(doc, a1)
                and clause_goes_on(doc, i, a1)
            ):
                # "Grobco led the chart, according to Velt, with an estimated $9m": the phrase after
                # finishes the clause before; the attribution is left out
                piece, gap = (before[0], after[1]), (offset + before[1], offset + after[0])
            elif (
                _nonempty(text, before)
                and not opens_next_part(doc, i)
                and (_describes_source(doc, a1) or clause_before_only(doc, i, a1))
            ):
                piece = before  # "..., according to Tom Pell, an analyst at Fenwick."
            elif _nonempty(text, before) and not opens_next_part(doc, i) and joined_after(doc, i, a1):
                piece = before  # "Sales rose 5%, according to Velt, but profits fell.": not what follows
            elif _nonempty(text, before) and inserted_between(doc, i, a1):
                # "Grobco, according to Tom Pell, has 30%.": the attribution set between subject and verb
                piece, gap = (before[0], after[1]), (offset + before[1], offset + after[0])
            elif _nonempty(text, after) and (opening := subject_of_next_part(doc, i, a1)) is not None:
                # "Grobco sells bikes and, according to Velt, is in a better position": the subject
                # of the predicate after the attribution opens the content, the rest left out
                last = doc[opening[1] - 1]
                piece, gap = (doc[opening[0]].idx, after[1]), (offset + last.idx + len(last), offset + after[0])
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
                gap=gap,
            )
            add(draft, [entity_id] if ctx.is_media(entity_id) else [])

    if not drafts:
        _colon_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _document_claim(text, offset, p_index, ctx, add, s0, s1)
    _inverted_document_claim(doc, text, offset, p_index, ctx, drafts, add, s0, s1)
    if not drafts:
        _trailing_claim(doc, offset, p_index, ctx, add, s0, s1)
    else:  # "X promised Y he would go, a new book claims.", the parse missing the book's verb
        _trailing_claim(doc, offset, p_index, ctx, add, s0, s1, over=list(drafts))
    # the shapes read on the text (`_SHAPE_CLAIMS`), each while the sentence has no claim yet
    for shape_claim in _SHAPE_CLAIMS:
        if not drafts:
            shape_claim(doc, offset, p_index, ctx, add, s0, s1)
    if not drafts:
        _relative_report_claim(doc, offset, p_index, ctx, add, s0, s1)
    else:
        _relative_report_claim(doc, offset, p_index, ctx, add, s0, s1, aside=True)
    parsed = list(drafts)
    _relative_description_claim(doc, offset, p_index, ctx, add, s0, s1, [d.verb_at for d in parsed])
    described = {d.verb_at for d in drafts[len(parsed) :]}
    # the parse's own reading of the same verb ("as a ...") gives way
    drafts[:] = [d for d in parsed if d.verb_at not in described] + drafts[len(parsed) :]
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
                if _respondents_answer(ctx, o, d):
                    continue  # "The survey found that A, though most agreed B": the respondents' answer, within the finding
                cut = offset + mark.idx
                if cut - o.start > 2:
                    o.end = trim(body, o.start, cut)[1]
                    o.content = body[o.start : o.end]
    # two sentences parsed as one: the first claim ends at the full stop before the second's attribution
    _speaker_of_cut_sentence(ctx, drafts, cut_at_attributed_sentence(body, drafts))
    # "X told Y that Z, sources said.": the closing attribution is the outer speaker's, never Z's end
    _cut_at_closing_attribution(body, drafts)
    # "X promised Y he would go, according to the book.": likewise a closing "according to" source
    for i, x_end, name, entity_id, obj, xa, xb in according_claims:
        outer = _closing_according(ctx, doc, offset, drafts, i, x_end, name, entity_id, obj, xa, xb)
        if outer is not None:
            c0 = next(t.idx for t in doc if not t.is_punct or t.text in OPEN_QUOTES)
            add(
                Draft(
                    p_index,
                    offset + c0,
                    outer[2],
                    outer[0],
                    outer[1],
                    "according to",
                    False,
                    s0,
                    s1,
                    verb_at=offset + doc[i].idx,
                )
            )
    # "He said he was late because, not long ago, many people thought X": the parser makes the
    # second verb the root; the first content runs on through it
    _open_clause_goes_on(body, drafts)
    # "The ministry said X, BelTA reported.": the medium's report is the ministry's claim's outlet
    drafts, reported = _medium_over_report(ctx, drafts)
    # a reporting verb inside another claim's content is part of that claim ("..., he said, as X announced")
    nested = _nested_pronoun_claims(ctx, drafts) | _as_asides(doc, offset, drafts, body, p_lo) | reported
    drafts = [
        d
        for d in drafts
        if id(d) in nested
        or not any(
            o is not d
            and o.start <= d.verb_at < o.end
            and not (o.gap and o.gap[0] <= d.verb_at < o.gap[1])  # "the flights, which it says ...": left out
            and not _nested_claim(body, o, d)
            for o in drafts
        )
    ]
    for inner in drafts:  # "said X, for which Cairn argues Y": X ends before the aside's comma
        for outer in drafts:
            if outer is not inner and outer.start <= inner.verb_at < outer.end <= inner.end + 1:
                comma = _relative_aside_at(body, outer, inner)
                if comma is not None and comma > outer.start:
                    outer.end = comma
                    outer.content = body[outer.start : outer.end]
    # "According to the poll, 61% said X": two claims, the source's (the whole clause after the comma)
    # and the respondents' (X), which stays; not a medium's report (the claim's outlet) nor anyone's
    # own writing, likely the speaker's ("According to its accounts / Grobco's report, the company
    # said X": one statement). Without the comma ("According to Grobco Research 40% of homes say
    # X") the same where the source's phrase ends right at the main verb's subject.
    for i, x_end, name, entity_id, obj, xa, xb in according_claims:
        set_off = x_end < len(doc) and doc[x_end].text == ","
        if (
            not drafts
            or obj is None
            or x_end + 1 >= len(doc)
            or not (set_off or according_subject_after(doc, i, x_end))
            or any(not t.is_punct and t.lower_ not in ("but", "and") for t in doc[:i])
            or any(c.dep_ == "poss" for c in obj.children)
            or any(d.verb == "according to" or d.start < offset + doc[x_end].idx for d in drafts)
        ):
            continue
        if name is None and according_source(obj):
            name, entity_id = (
                body[xa:xb].strip(EDGE),
                ctx.resolve_description(body[xa:xb].strip(EDGE), obj.lower_, xa),
            )
        if name is None or (obj.lower_ not in DOCUMENT_NOUNS and entity_id and ctx.is_media(entity_id)):
            continue
        start = _after_apposition(doc, x_end + 1, doc[x_end + 1].idx) if set_off else doc[x_end].idx
        add(
            Draft(
                p_index, offset + start, s1, name, entity_id, "according to", False, s0, s1, verb_at=offset + doc[i].idx
            )
        )
        break
    # "According to a memo obtained by Politico, X wrote that A": X's writing, one claim, X's
    drafts = _writing_over_writer(ctx, drafts)
    for draft in drafts:
        _without_opening_conjunction(body, draft)
        _denied_by_others(ctx, draft)
    # inner outlets: media named in the sentence outside the content and not the speaker (nor the
    # agency of a dateline, "MOSCOW (Reuters) - ...": the story's own publisher)
    dateline = dateline_end(body, s0, s1) or s0
    for draft in drafts:
        for mention in ctx.mentions_in(dateline, s1):
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
        if not draft.outlets:
            draft.outlets.extend(_own_medium(ctx, doc, offset, draft, s0, s1))
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
    for draft in drafts:
        draft.turn_only = draft.verb_at in turns_only or draft.unsaid
    return [d for d in drafts if not _elliptic(doc, offset, d)]


# "..., which the Tories deny.", "..., a charge the firm denies.": a denial closing a reported claim
_DENIED_AFTER = re.compile(
    r",\s+(?:(?:a|an)\s+(?:charge|claim|allegation|accusation|suggestion)\s+)?(?:which|that)?\s*"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+[a-z]+)\s+"
    r"(?:(?:has|have|had|strongly|strenuously|firmly|always)\s+)*"
    r"(?P<verb>deny|denies|denied|dispute|disputes|disputed|reject|rejects|rejected)\s*$"
)


def _adjunct_after_quote(doc, verb, text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """'"We won," Tom Pell said backstage at the gala.', '"We won," he said referring to the
    final.': a quotation closed before the attribution (the verb's clause on its left) and, after
    the verb, words with no clause of their own (no finite verb, no "that", no quote mark or
    colon): a place or a participle of the speaker's, never the reported words."""
    left = text[before[0] : before[1]].strip()
    if left[:1] not in OPEN_QUOTES or not any(q in left[1:] for q in CLOSE_QUOTES):
        return False
    if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return False
    words = [t for t in doc if after[0] <= t.idx < after[1]]
    return bool(words) and not any(
        t.tag_ in _FINITE_TAGS or t.lower_ == "that" or t.text in OPEN_QUOTES + CLOSE_QUOTES or t.text == ":"
        for t in words
    )


def _colon_quote_after(doc, verb) -> bool:
    """'It continued: "..."': "it" right before the verb, a colon and an opening quote after it (a
    named subject's "The statement continued: ..." is `_colon_claim`'s, which "it" fails: "it"
    names nobody there)."""
    return (
        0 < verb.i
        and verb.i + 2 < len(doc)
        and doc[verb.i - 1].lower_ == "it"
        and doc[verb.i - 1].dep_ == "nsubj"
        and doc[verb.i + 1].text == ":"
        and doc[verb.i + 2].text in OPEN_QUOTES
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


# "told the Observer", "quoted in the Herald newspaper": a paper the table writes with its article,
# whose bare name the model may not tag
_TOLD_THE_NAME = re.compile(
    r"\b(?:told|telling|tells|quoted\s+in|writing\s+in|wrote\s+in|(?:interview|interviewed)\s+(?:with|by))\s+"
    r"(?P<the>the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)


def _own_medium(ctx: ArticleContext, doc, offset: int, draft: Draft, s0: int, s1: int) -> list[str]:
    """ "..., he told Uefa's official website", "..., he said on Grobton's official website": the
    organisation whose own medium the claim's sentence names outside its content, told or spoken
    or written on (a body's website is the body as outlet); none for a
    person's ("told Bell's website"), where the speaker is that organisation, or where the medium's
    noun only qualifies another ("told Grobco's site staff", "its website editor")."""
    for told in ON_OWN_MEDIUM.finditer(ctx.body, s0, s1):
        if draft.start <= told.start() < draft.end:
            continue
        noun = doc.char_span(told.start("medium") - offset, told.end("medium") - offset, alignment_mode="expand")
        if noun is None or noun[-1].dep_ == "compound":
            continue
        mention = ctx.mention_at(told.start("name"))
        if mention is not None and mention.label == "ORG" and mention.end == told.end("name"):
            if told.group("medium").lower() in TITLE_NOUNS and (
                ctx.is_media(mention.entity_id)
                or any(ctx.is_media(m.entity_id) for m in ctx.mentions_in(told.end("name"), told.end("medium")))
            ):
                continue  # "told Grobco Media's Daily Post newspaper": the paper, not its owner
            if mention.entity_id != draft.speaker_id and not ctx.is_person(mention.entity_id):
                return [mention.entity_id]
    for told in ON_KINDS_MEDIUM.finditer(ctx.body, s0, s1):
        # "..., said SEPA vice-director Pan Yue, in a statement on the agency's website"
        if draft.start <= told.start() < draft.end:
            continue
        noun = doc.char_span(told.start("medium") - offset, told.end("medium") - offset, alignment_mode="expand")
        if noun is None or noun[-1].dep_ == "compound":
            continue
        body = ctx.only_organisation(told.start(), told.group("head"))
        if body is None or body == draft.speaker_id:
            continue
        if any(
            m.entity_id == body and not draft.start <= m.start < draft.end and _names_its_owner(ctx.body, m)
            for m in ctx.mentions_in(s0, s1)
        ):
            # named in the claim's own sentence too as the speaker's ("SEPA vice-director X",
            # "Grobco's X", "X of Grobco"): a body named only further back ("a win at Blackburn"),
            # or in another role ("who joined from Everton") may not be the one the speaker is of
            return [body]
    if draft.speaker_id is None or not ctx.is_person(draft.speaker_id):
        return []
    for own in PERSONAL_MEDIUM.finditer(ctx.body[s0:s1]):
        if (
            not draft.start <= s0 + own.start() < draft.end
            and _on_speakers_verb(ctx, draft, s0 + own.start(), s0 + own.end())
            and ctx.fits(draft.speaker_id, "he" if own.group("pronoun") == "his" else "she")
        ):
            return [draft.speaker_id]  # "Tom Pell said on his personal website": his own site
    return []


def _on_speakers_verb(ctx: ArticleContext, draft: Draft, a: int, b: int) -> bool:
    """Whether a personal medium's phrase (body offsets a-b) goes with the claim's reporting verb:
    opening the sentence ("On his blog, X wrote"), or within a few words of the verb with no other
    person named between ("X said on his blog", "a statement on her website said"); never
    "X said of the photo Jo Bell posted on his blog" (Bell's blog)."""
    if a == draft.sentence_start or not ctx.body[draft.sentence_start : a].strip():
        return True
    if draft.verb_at < 0:
        return False
    x, y = (draft.verb_at, a) if draft.verb_at <= a else (b, draft.verb_at)
    return y - x <= 40 and not any(
        m.entity_id != draft.speaker_id and ctx.is_person(m.entity_id) for m in ctx.mentions_in(x, y)
    )


# a name owning the noun after it: a possessive ("Grobco's chief") or a modifier ("SEPA vice-director")
_OWNER_AFTER = re.compile(r"(?:['’]s\b|\s+[a-z])")
_OWNER_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
# a who-clause of the speaker's before the name ("The striker, who joined from X")
_WHO_CLAUSE = re.compile(r",\s+who\b[^,]*$")


def _names_its_owner(body: str, mention) -> bool:
    """Whether a body's mention names it as the owner of a person's phrase: a possessive, a
    modifier, or after "of"; never inside a who-clause ("who joined from X", "who scored against X")."""
    if _WHO_CLAUSE.search(body, max(0, mention.start - 80), mention.start):
        return False
    return bool(
        _OWNER_AFTER.match(body, mention.end) or _OWNER_BEFORE.search(body, max(0, mention.start - 12), mention.start)
    )


def _told_the_table_paper(ctx: ArticleContext, draft: Draft, drafts: list[Draft], s0: int, s1: int) -> list[str]:
    """The outlet a claim's sentence names, outside its content, as "told the X" where the table
    knows "The X" (or "X") as a medium, or "told X" where X is a word the table names an outlet
    only in such a shape ("told Five"), when its verb is the claim's (the nearest of the sentence's
    claims' verbs); else nothing."""
    for found in _TOLD_THE_NAME.finditer(ctx.body, s0, s1):
        if draft.start <= found.start() < draft.end:
            continue
        verbs = [d for d in drafts if d.verb_at >= 0 and not d.start <= found.start() < d.end]
        if draft.verb_at < 0 or min(verbs, key=lambda d: abs(d.verb_at - found.start())) is not draft:
            continue
        name = re.sub(r"['’]s$", "", found["name"])
        the = bool(found["the"]) or name.startswith("The ")
        name = name.removeprefix("The ")
        if the:
            entity_id = ctx.table.exact("The " + name) or ctx.table.exact(name) or _short_form_named(ctx, name)
        else:
            entity_id = ctx.table.outlet_word(name)  # "told Five": a word the table names an outlet only so
        if entity_id is not None and ctx.is_media(entity_id):
            return [entity_id]
    return []


def _short_form_named(ctx: ArticleContext, name: str) -> str | None:
    """ "told the Star" in an article that names the Toronto Star, "told The Globe" in one that names
    The Globe and Mail: the one outlet the article names whose name (as written, or the table's)
    opens or closes with these words and has more; None when none does or two do ("the Star" after
    the Daily Star and the Toronto Star). Not from the table alone: "the Globe" is the Boston Globe's
    last word and "the Office" some channel's, which an article need not mean."""
    named: set[str] = set()
    for mention in ctx.mentions:
        if not ctx.is_media(mention.entity_id) or mention.entity_id in named:
            continue
        entry = ctx.table.entry(mention.entity_id)
        forms = (mention.text, *((entry.name, *entry.aliases) if entry else ()))
        if any(short_form_of(name, form) for form in forms):
            named.add(mention.entity_id)
    return next(iter(named)) if len(named) == 1 else None


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
    if _TOLD_CUE.search(doc_text(doc), max(0, mention.start - offset - 12), mention.start - offset):
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
                for m in ctx.mentions_in(outer.start, lead.start("pronoun"))  # the match's offsets are the body's
                if ctx.is_person(m.entity_id) and ctx.likely_person(m.entity_id)
            ]
            if len({m.entity_id for m in people}) != 1 or people[0].entity_id == outer.speaker_id:
                continue
            inner.speaker, inner.speaker_id = people[-1].text, people[-1].entity_id
            out.add(id(inner))
    return out


def _relative_clause_speaker(ctx: ArticleContext, pronoun, verb, offset: int, s0: int):
    """ "Prosecutors are selling the firm's oil arm, which they claim is owed to the state", "The
    34-year-old failed a drugs test - which he later denied was cocaine": "they" or "he" saying in a
    relative clause is the subject of the clause its antecedent belongs to, resolved as that subject
    is, when the pronoun fits it: "they" a plural noun or several joined ("Both the Grobco union and
    the council") with no other plural between them, "he"/"she" a person of that sex and the only
    person named in the sentence before the clause whom it fits (with another, unresolved). Else None
    (the pronoun as usual)."""
    governor = _clause_subject(verb.head)
    if governor is None or governor.i > verb.head.i or governor.lower_ in PERSON_PRONOUNS | {"it", "they", "we", "i"}:
        return None
    if governor.tag_ in ("WP", "WDT") or governor.lower_ in ("who", "which", "that"):
        return None
    if pronoun.lower_ == "they":
        if governor.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in governor.children):
            return None
        doc = verb.doc
        if any(
            t.tag_ in ("NNS", "NNPS") and t.i != verb.head.i for t in doc[governor.right_edge.i + 1 : verb.left_edge.i]
        ):
            # "Unions attacked the ministers' plan, which they say ...": another plural between may be
            # "they" (an object, a possessor), as likely as the subject
            return None
        return _speaker(ctx, governor, offset, s0)
    resolved = _speaker(ctx, governor, offset, s0)
    if resolved is None or not ctx.is_person(resolved[1]) or not ctx.fits(resolved[1], pronoun.lower_):
        return None
    if any(
        m.label == "PERSON"
        and m.entity_id != resolved[1]
        and ctx.likely_person(m.entity_id)
        and ctx.fits(m.entity_id, pronoun.lower_)
        for m in ctx.mentions_in(s0, offset + verb.left_edge.idx)
    ):
        # "Tom Pell attacked Jim Vell's plan, which he said would fail": another person the
        # pronoun fits, named before the clause, may be "he" as well as the subject: said, not
        # guessed (the pronoun as usual would take the subject)
        return unresolved(pronoun.text), None, []
    return resolved


def _comment_on_a_thing(verb, subject, lemma: str) -> bool:
    """ "The show will have a link with the chart show, which suggests it may air on Sundays": a
    verb of comment (`COMMENT_VERB_LEMMAS`) whose subject is a relative "which" after a comma, on a
    noun that cannot speak and is no document (`_may_speak`; its head word alone, not "chart" or
    "BBC" before it): the writer's inference from what the sentence tells, nobody's statement.
    Not after a name ("Grobco, which suggests ..."), a body ("the bank"), a person's word or a
    writing ("the figures, which suggest ...")."""
    which = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if lemma not in COMMENT_VERB_LEMMAS or which is None or verb.dep_ != "relcl":
        return False
    noun = verb.head
    return (
        subject.i == noun.i
        and pos_of(noun) == "NOUN"
        and verb.doc[which.i - 1].text == ","
        and not _may_speak(noun)
        and singular(noun.lower_) not in DOCUMENT_NOUNS
    )


# bodies that speak through their members or reasons ("the board", "the jury", "the hospital",
# "the firm"), beside the groups and the sources
_SPEAKING_BODIES = ACTING_BODIES | RULING_BODIES | COMPANY_HEADS | {"jury", "juries"}


def _may_speak(noun) -> bool:
    """Whether a common noun may name a speaker: a person ("the judge"), a group ("ministers",
    "MPs"), a body ("the council", "the board", "the jury") or a document ("the surveys"); never
    a thing or an event ("the meeting", "the result")."""
    word, one = noun.lower_, singular(noun.lower_)
    return (
        word in _TITLE_HEADS
        or office_word(noun.text)
        or is_person_noun(noun.text)
        or any(w in GROUP_NOUNS or w in _SPEAKING_BODIES or _source_head(w) for w in (word, one))
        or noun.text[1:] != noun.text[1:].lower()  # "MPs", "MEPs"
    )


# verbs of saying an "as X said," aside is made with (never "as X was leaving", "as X announced Y")
_ASIDE_LEMMAS = {
    "say", "indicate", "note", "remark", "observe", "warn", "argue", "suggest", "state", "explain",
    "acknowledge", "admit", "predict", "claim", "point", "write", "stress", "insist",
}  # fmt: skip
_ASIDE_MARKS = (",", "-", "–", "—")


def _as_aside(verb) -> bool:
    """Whether `verb` makes an aside that names its speaker: a clause opened by "as", set off by a
    comma or dash after it, before the clause it belongs to (one after it looks back: "Prices went
    up, as X predicted, but ..." is not X's "but ..."), whose verb of saying has no object of its
    own and whose subject is no pronoun ("as he said" is too often the outer speaker's own words)."""
    doc = verb.doc
    if not as_clause_before(verb) or (lemma_of_document(verb) or lemma_of(verb)) not in _ASIDE_LEMMAS:
        return False
    after = _aside_end(verb)
    if after >= len(doc) or doc[after].text not in _ASIDE_MARKS:
        return False
    subject = _subject(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")]
    return subject is not None and subject.tag_ not in ("PRP", "WP", "WDT") and not objects


def _aside_end(verb) -> int:
    """The index of the token after the aside's last word (the parser may hang the comma after it
    on its verb)."""
    last = verb.right_edge.i
    while last > verb.i and verb.doc[last].text in _ASIDE_MARKS:
        last -= 1
    return last + 1


# a tag question closing the sentence (", wouldn't he?"), parsed apart from the clause it ends
_TAG_QUESTION = re.compile(r"^\s*,\s+\w+n[’']t\s+\w+\s*(?:[?.!]|$)")


def _aside_content(doc, verb) -> tuple[int, int] | None:
    """What an "as X said," aside says: the rest of the clause it sets off, after it (to the end of
    the clause, without its closing punctuation, and never past a clause with a subject of its own
    joined to it: "As X noted, A, and the council agrees" is X's A), as (start, end) in the
    sentence; None for no aside."""
    if not _as_aside(verb):
        return None
    head = verb.head
    start = _aside_end(verb)
    while start < len(doc) and doc[start].text in _ASIDE_MARKS:
        start += 1
    last = head.i
    for child in head.rights:
        if child.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            break
        if child.dep_ not in ("cc", "punct"):
            last = child.right_edge.i
    # a tag question ("As X said - any mayor would ..., wouldn't he?") belongs to the clause
    if _TAG_QUESTION.match(doc.text[doc[last].idx + len(doc[last]) :]):
        last = len(doc) - 1
    # the quotation the aside is in ends at its closing mark ('"We won, as X said," Y said')
    closing = next((t.i for t in doc[start : last + 1] if t.text in '”»"' and not doc[t.i - 1].whitespace_), None)
    if closing is not None:
        last = closing - 1
    while last >= start and (doc[last].is_punct or doc[last].text in CLOSE_QUOTES):
        last -= 1
    if last - start < 2:
        return None
    return doc[start].idx, doc[last].idx + len(doc[last])


def _apposed_thing_before(verb):
    """ "Grobco is fighting two lawsuits - one accusing it of fraud": a participle the parser hung
    on the sentence's verb (advcl) right after a common noun or "one"/"another" in apposition to
    that verb's object: the token of that thing (which the participle is said of); else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "appos" or not before.text[:1].islower() or pos_of(before) in ("VERB", "AUX", "ADP"):
        return None
    owner = before.head
    return before if owner.dep_ == "dobj" and owner.head.i == verb.head.i else None


def _aside_speaker(speaker: str, speaker_id: str | None, inside: bool) -> bool:
    """Whether an aside's subject may speak: inside a quotation anyone (_as_asides keeps only a
    named one apart); outside, a named speaker, a person or body described ("As the mayor
    noted, ...") or a document ("As the report noted, ..."), never a thing ("As the name
    suggests, ...")."""
    if inside or speaker_id is not None:
        return True
    head = speaker.split()[-1].lower().strip(EDGE)
    return (
        office_word(head) or head in GROUP_NOUNS or head in DOCUMENT_NOUNS or head.removesuffix("s") in DOCUMENT_NOUNS
    )


def _as_asides(doc, offset: int, drafts: list[Draft], body: str, p_lo: int) -> set[int]:
    """Ids of the drafts made by an aside that names its speaker inside another's words: '"Sales
    are weak, but as the mayor Ann Bell noted, you cannot judge a year by a month," said Tom Pell.'
    is Ann Bell's claim too (the rest of the clause), and Tom Pell's quote keeps its words
    (_as_aside); not when the aside's speaker is the outer one. Also in a sentence of a quotation
    that runs on from the one before (its speaker found after the parse). Marked `aside` in place,
    so that the passes after the parse leave them alone."""
    out: set[int] = set()
    for inner in drafts:
        verb = next((t for t in doc if offset + t.idx == inner.verb_at), None)
        if verb is None or inner.speaker_id is None or not _as_aside(verb):
            continue
        outer = [o for o in drafts if o is not inner and o.start <= inner.verb_at < o.end]
        if any(o.speaker_id != inner.speaker_id for o in outer) or (
            not outer and _inside_quote(body, p_lo, inner.verb_at)
        ):
            inner.aside = True
            out.add(id(inner))
    return out


# an unnamed share of a group of people ("many experts", "some senior analysts", "most economists")
_SOME_OF_A_GROUP = re.compile(
    r"^(?:many|some|most|several|other|few|a\s+few|a\s+number\s+of)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s$", re.IGNORECASE
)


def _denied_clause(doc, text: str, piece: tuple[int, int]) -> tuple[int, int]:
    """The clause that "dismissed claims that ..." denies, which the parser runs on to the sentence's
    end: it ends before a participle of saying ("... had been divided saying the vote was
    unanimous": it goes on from the subject as a claim of its own; not the clause's own verb, "had
    been warning staff", nor a gerund, "after saying"), before a participle or a "which" clause set
    off by a comma (", calling them absurd", ", which began last week"), and before the rejecting
    verb's own verdict ("as nonsense", 'as "complete nonsense"', "as untrue": VERDICT_NOUNS, a quote,
    or adjectives only; never "that he had acted as an agent", nor a verdict noun after a verb that
    takes an "as" of its own, "that the strike was used as a distraction")."""
    a, b = piece
    words = [t for t in doc if a <= t.idx < b and not t.is_punct]
    for t in doc:
        if not a < t.idx < b:
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        own_aux = any(c.dep_ in ("aux", "auxpass") for c in t.children)
        if (
            (
                t.text == ","
                and after is not None
                and (
                    after.lower_ == "which"
                    or (after.tag_ == "VBG" and not any(c.dep_ == "aux" for c in after.children))
                )
            )
            or (
                t.tag_ == "VBG"
                and lemma_of(t) in REPORTING_LEMMAS
                and not own_aux
                and t.dep_ != "pcomp"
                and doc[t.i - 1].tag_ != "IN"
            )
            or (
                t.lower_ == "as"
                and t.dep_ == "prep"
                and words
                and t.right_edge.i >= words[-1].i
                and _verdict(doc, t, b)
            )
        ):
            return a, a + len(text[a : t.idx].rstrip(" ,"))
    return piece


def _verdict(doc, as_word, end: int) -> bool:
    """Whether the words after "as", up to `end`, are a verdict on what was said: a quote, adjectives
    only ("as untrue", "as politically motivated") or VERDICT_NOUNS ("as a smear", "as pure
    speculation")."""
    after = [t for t in doc[as_word.i + 1 :] if t.idx < end]
    if after[:1] and (after[0].text in OPEN_QUOTES or after[0].tag_ == "``"):
        return True
    words = [t for t in after if not t.is_punct]
    if not words:
        return False
    if all(t.tag_ in ("JJ", "RB", "VBN", "CC") for t in words):
        return True
    if (
        as_word.head.i != as_word.i
        and _inflects(as_word.head.lower_, AS_COMPLEMENT_LEMMAS)
        and not any(t.lower_ in VERDICT_NOUNS - ROLE_VERDICT_NOUNS for t in words)
    ):
        return False  # "claims that the strike was used as a distraction": the clause's own "as"
    return all(t.tag_ in ("DT", "JJ", "RB", "CC") or t.lower_ in VERDICT_NOUNS for t in words) and any(
        t.lower_ in VERDICT_NOUNS for t in words
    )


def _medium_over_report(ctx: ArticleContext, drafts: list[Draft]) -> tuple[list[Draft], set[int]]:
    """ "The press service said X, BelTA reported.", "Tom Pell said X, the Interfax news agency
    reported.": a medium's attribution closing the sentence over a reported claim that opens the
    medium's content with its own speaker (after a title: `_opens_with_speaker`) and verb reports
    that claim, whoever its speaker (named or not): the inner claim stands with the medium as its outlet, and the medium's report of it
    is no claim of its own. Returns the drafts less those reports, and the ids of the inner
    claims kept. Not a quotation, nor an inner claim that does not open the medium's content
    ("BelTA reported that talks, which X said ..."), nor a content going on past the inner one."""
    body = ctx.body
    dropped: set[int] = set()
    kept: set[int] = set()
    for outer in drafts:
        if (
            outer.direct_quote
            or outer.gap is not None
            or outer.speaker_id is None
            or not ctx.is_media(outer.speaker_id)
            or outer.verb_at < outer.end
        ):
            continue
        for inner in drafts:
            if (
                inner is outer
                or inner.direct_quote
                or inner.gap is not None
                or not inner.speaker
                or not (outer.start <= inner.verb_at < inner.start < outer.end)
                or not _opens_with_speaker(body[outer.start : inner.verb_at].strip(EDGE), inner.speaker.strip(EDGE))
                or body[inner.end : outer.end].strip(EDGE + ",")
            ):
                continue
            dropped.add(id(outer))
            kept.add(id(inner))
            if outer.speaker_id not in inner.outlets:
                inner.outlets.append(outer.speaker_id)
    return [d for d in drafts if id(d) not in dropped], kept


# a time or place phrase that opens a sentence before its subject ("In Minsk, ", "On Tuesday, "):
# a few words after a preposition or a time word, with no comma; not a clause ("When talks failed, ")
_FRONTED_SETTING = re.compile(r"(?P<first>[A-Z][a-z]*)(?:\s+[\w’'.-]+){0,5},\s+")
# the words of `_ADJUNCT_START` that open a clause there, not a setting ("When talks failed, ",
# "As he left, "); unlike subjects._CLAUSE_OPENERS (a clause hung on a verb of saying), never
# "after"/"before"/"until", which open a setting as often ("After the meeting, ")
_FRONTED_CLAUSE_WORDS = frozenset({"when", "while", "as", "since"})
# a description set off after a name before its verb (", the defence minister,"), left of EDGE
_SET_OFF_DESCRIPTION = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+[^,;:“”\"()]{1,60}")


def _opens_with_speaker(lead: str, speaker: str) -> bool:
    """Whether the words before an inner claim's verb are its speaker as written, or the speaker
    after a title or a description of a few words with no comma ("Belarusian President Tom Pell",
    "Foreign Minister Tom Pell" over the speaker "Tom Pell"), either after a fronted time or place
    phrase ("In Minsk, Tom Pell", "On Tuesday, President Tom Pell"); or the speaker and what the
    sentence sets off after the name ("Tom Pell, the defence minister,")."""
    setting = _FRONTED_SETTING.match(lead)
    if (
        setting is not None
        and setting.group("first").lower() in _ADJUNCT_START - _FRONTED_CLAUSE_WORDS
        and len(lead) - setting.end() >= len(speaker)
    ):
        lead = lead[setting.end() :]
    if lead == speaker or (lead.startswith(speaker) and _SET_OFF_DESCRIPTION.fullmatch(lead, len(speaker))):
        return True
    prefix = lead[: len(lead) - len(speaker)]
    return bool(speaker) and lead.endswith(speaker) and re.fullmatch(r"(?:[\w’'.-]+\s+){1,5}", prefix) is not None


# the texts one person writes or issues, which an opening "according to" may name over its writer's
# own words ("According to a memo obtained by Politico, X wrote that ...")
_ONES_WRITINGS = WRITINGS | ISSUED_TEXTS


def _writing_over_writer(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """ "According to a memo obtained by Politico, campaign manager X wrote that A", "According to
    emails reviewed by the Post, Ms. Lane told aides that A": an opening "according to" a writing
    one person writes or issues (a memo, a letter, emails), over a content that opens with a named
    speaker's own reporting verb, names the text that speaker's words are in: the inner claim stands
    (with the outer's outlets), and the writing's claim of it is no claim of its own: the drafts
    less those. Not a person's account ("According to
    two aides, the senator told donors A": the aides' claim too), nor a finding's ("According to the
    poll, 61% said A"), nor an inner speaker that does not open the content."""
    body = ctx.body
    dropped: set[int] = set()
    for outer in drafts:
        if outer.verb != "according to" or outer.verb_at >= outer.start or outer.direct_quote or outer.gap:
            continue
        head = re.match(
            r"(?:(?:an?|the|his|her|their|its|[\w-]+[’']s?)\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\b(?!\s+[a-z]+[’']s\b)",
            outer.speaker.strip(EDGE),
        )
        if head is None or singular(head.group(1).lower()) not in _ONES_WRITINGS:
            continue
        rest = outer.speaker.strip(EDGE)[head.end() :]
        if rest and not re.match(r"\s+(?:obtained|reviewed|seen|sent|released|written|issued|shared|leaked)\b", rest):
            continue
        # "a memo written by his deputy", "a letter sent by Ann Bell": the writing's maker, who must
        # be the inner speaker (or "him"/"her") for the writing to be that speaker's own
        maker = re.search(r"\b(?:written|sent|issued|released)\s+(?:\w+\s+)?by\s+(.+?)(?:\s+to\b.*)?$", rest)
        for inner in drafts:
            if (
                inner is outer
                or inner.direct_quote
                or inner.speaker_id is None
                or not (outer.start <= inner.verb_at < inner.start < outer.end)
            ):
                continue
            lead = body[outer.start : inner.verb_at].strip(EDGE)
            if not lead.endswith(inner.speaker.strip(EDGE)) or "," in lead or len(lead.split()) > 6:
                continue
            if maker is not None and maker.group(1).strip(EDGE).lower() not in (
                inner.speaker.strip(EDGE).lower(),
                "him",
                "her",
                "them",
            ):
                continue  # another's writing: its claim stands beside the inner speaker's
            dropped.add(id(outer))
            inner.outlets.extend(o for o in outer.outlets if o not in inner.outlets)
    return [d for d in drafts if id(d) not in dropped]


# a content that stops inside a clause it opens: a subordinator, then an adverbial set off by a
# comma that nothing closes ("because, not long ago"): the clause's subject and verb come after
_OPEN_SUBORDINATE = re.compile(
    r"\b(?:because|since|although|though|whereas|while|unless|until|that)\s*,\s*[^,;:.!?\"“”()]{1,40}$",
    re.IGNORECASE,
)


def _open_clause_goes_on(body: str, drafts: list[Draft]) -> None:
    """ "He said he was surprised because, not long ago, many people thought X": a reported (not
    quoted) content that ends in a clause it opens (`_OPEN_SUBORDINATE`) goes on to the end of the
    claim whose subject follows its comma in the same sentence; the parser took that claim's verb
    for the root, and its claim is nested in the first one's content (`_nested_claim` decides
    whether it stands of its own)."""
    for outer in drafts:
        if outer.direct_quote or outer.gap or not _OPEN_SUBORDINATE.search(body, outer.start, outer.end):
            continue
        for inner in drafts:
            if (
                inner is not outer
                and inner.sentence_start == outer.sentence_start
                and outer.end < inner.verb_at < inner.start
                and re.fullmatch(r"\s*,\s*[^,;:.!?\"“”()]{1,40}?\s+", body[outer.end : inner.verb_at])
            ):
                outer.end = inner.end
                outer.content = body[outer.start : outer.end]
                break


def _nested_claim(body: str, outer: Draft, inner: Draft) -> bool:
    """Whether `inner`, whose reporting verb lies in `outer`'s reported (not quoted) content, is
    a statement of its own all the same: "They claim figures from the Home Office show that X",
    "he said, as Lukashenko announced X", "a report which branded X". Only for a named speaker
    other than the outer one, or the answer of people a finding reports ("a survey found that
    a quarter of users said X"); never "said he believed X" (the speaker's own stance, the outer
    claim already) nor "told him to X" (an instruction). Not for a pronoun ("as he believes X":
    resolved inside another's words, too often to the wrong person), except under an "according
    to" source that closes or opens the report ("A, she said, according to the book", "He said A,
    according to the book"), where the pronoun is the sentence's own subject; nor a concession
    ("whatever Europe says, X")."""
    if (
        outer.verb == "according to"
        and inner.speaker
        and inner.end <= inner.verb_at < outer.end
        and _only_attribution(body[inner.end : outer.end], inner.speaker, _word_at(body, inner.verb_at))
    ):
        # "A, she said, according to the book": the source's claim holds her whole report, and
        # hers (A) stands as it would without the closing source, a pronoun as any other speaker
        return True
    if outer.verb == "according to" and inner.speaker and outer.start <= inner.verb_at < inner.start:
        subject = body[outer.start : inner.verb_at].strip()
        if subject == inner.speaker.strip() or subject.lower() in SUBJECT_PRONOUNS:
            return True  # "He said A, according to the book": likewise, his report opening the source's
    if not outer.direct_quote and relative_description_at(body, inner.verb_at):
        # "..., which she described as Z": what she calls the antecedent, her own claim, as another
        # named speaker's inside reported words is ("Mr Dorn said the deal, which Ms Orlo described
        # as Z, ..."); a pronoun there is the clause's person subject (_relative_description_claim)
        return True
    if _relative_aside_at(body, outer, inner) is not None:
        return True  # "said the tax was due, for which Cairn argues it is not liable": Cairn's own claim
    if (
        outer.verb == "deny"
        and (word := re.match(r"\w+", body[outer.verb_at :]))
        and word[0].lower() in REJECTING_VERBS
    ):
        return False  # "dismissed claims that Grobco had been warning staff": denied, not said
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
        # "A Plaid Cymru MP suggested X, a film has revealed": a member of a body, named later or not
        and (_SOME_OF_A_GROUP.match(inner.speaker) or member_description(inner.speaker))
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


# ", for which Grobco argues", ", which Tom Pell says": a relative clause set off by a comma whose
# subject is a name, the speaker of a reporting verb right after it (an adverb between)
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:for|to|with|about|of|over|against|on|in)\s+)?(?:which|whom)\s+(?P<who>[A-Z][^,;:\"“”()]{0,60}?)"
    r"\s+(?:(?:also|still|now|\w+ly)\s+)?$"
)


def _relative_aside_at(body: str, outer: Draft, inner: Draft) -> int | None:
    """Where the comma of a relative clause set off inside `outer`'s reported (not quoted) content
    stands, when `inner` is that clause's statement by a name of its own ("It said it was told to
    pay a tax, for which Cairn argues it is not liable"): the article's aside, not the outer
    speaker's words. None for a pronoun or an unnamed subject ("which he says", "which police say")."""
    if outer.direct_quote or inner.speaker_id is None or _inside_quote(body, outer.start, inner.verb_at):
        return None
    found = _RELATIVE_ASIDE.search(body, max(outer.start, inner.verb_at - 90), inner.verb_at)
    if found is None or found.group("who").strip() != inner.speaker.strip():
        return None
    return found.start()


# "But prices fell, according to Velt.": the sentence's own joining word, not what was said
# (not "But for the late goal, Velt would have stayed up": "if not for", a meaning, whose clause is
# would/could/might have; "But for now, ..." links as any "But" does)
_OPENING_CONJUNCTION = re.compile(
    r"(?:But(?!\s+for\s[^,.]{1,80},[^.]*?\b(?:would|could|might)\b)|And|Yet(?!\s+(?:another|more|again|to)\b)),?\s+(?=\S)"
)


def _without_opening_conjunction(body: str, draft: Draft) -> None:
    """ "But there could be a fall, according to Velt Bank.", "And the firm, he said, was sound.":
    the "But", "And" or "Yet" that opens the sentence links it to the one before; a reported (not
    quoted) content that starts the sentence and whose attribution comes after it is left without
    it (as the annotators do). Not a quotation, nor a content whose attribution opens the sentence."""
    if draft.direct_quote or draft.verb_at < draft.start or body[draft.sentence_start : draft.start].strip(EDGE):
        return
    found = _OPENING_CONJUNCTION.match(body, draft.start)
    if (
        found is None
        or found.end() >= draft.end
        or body[found.end()] in OPEN_QUOTES
        or not draft.content.startswith(found.group())
    ):
        return
    draft.start = found.end()
    draft.content = draft.content[len(found.group()) :]


def _cut_at_closing_attribution(body: str, drafts: list[Draft]) -> None:
    """ "Tom Pell told Ann Bell that the mill would close, sources said.": a claim whose content
    runs over the attribution closing the sentence (", sources said", ", a new book claims") that
    reports it ends before that attribution's comma. The closing claim's own content (the sentence
    up to its comma) holds the first verb; whether that first claim stands on its own is
    `_nested_claim`'s call, as for "Tom Pell said X, sources said". Not a quotation nor a
    content with an inserted attribution, and only an attribution that ends the sentence."""
    for outer in drafts:
        if outer.end > outer.verb_at or not re.match(r"\s*,", body[outer.end : outer.verb_at]):
            continue  # its content stops at the attribution's comma
        if not re.fullmatch(r"[\w’'-]+[\s.!?”\"’']*", body[outer.verb_at : outer.sentence_end]):
            continue  # the attribution closes the sentence: its verb is the last word
        for inner in drafts:
            if (
                inner is outer
                or inner.direct_quote
                or inner.gap is not None
                or not (inner.start <= outer.verb_at < inner.end)
                or not (outer.start <= inner.verb_at < outer.end)
                or inner.start >= outer.end
            ):
                continue
            inner.end = trim(body, inner.start, outer.end)[1]
            inner.content = body[inner.start : inner.end]


def _closing_according(
    ctx: ArticleContext, doc, offset: int, drafts: list[Draft], i, x_end, name, entity_id, obj, xa, xb
):
    """ "Tom Pell promised Ann Bell he would go, according to the book.": an "according to" set off
    by a comma that closes the sentence, over a reported claim that runs to it, is the source of
    the whole report, not part of what was said. That claim ends before the comma; for a medium
    ("..., according to the Velt Times") it is the claim's outlet and no more; for a source (a
    name, or a noun `according_source` takes: "the book", "analysts") returns (speaker, id, end)
    of the source's claim over the sentence before the comma. Not a norm or measure the clause
    keeps ("should have been attached, according to the code", "according to the benchmark"), nor
    data or findings (MEASURE_DOCUMENTS: "according to the census"), which report no one's words."""
    body = ctx.body
    if i < 2 or doc[i - 1].text != "," or not all(t.is_punct for t in doc[x_end:]) or obj is None:
        return None
    comma = offset + doc[i - 1].idx
    # (a content around its own attribution only when all after it is this phrase: "A, Tom Pell
    # said, according to the paper")
    over = [
        d
        for d in drafts
        if not d.direct_quote
        and d.verb != "according to"
        and (d.gap is None or not body[d.gap[1] : comma].strip(" ,"))
        and d.start < comma < d.end
        and d.verb_at < comma
    ]
    # a claim whose own attribution closes right before the comma ("A, Tom Pell said, according to
    # ..."): already attributed, its content kept
    closed = [
        d
        for d in drafts
        if not d.direct_quote
        and d.verb != "according to"
        and d.gap is None
        and d.end <= d.verb_at < comma
        and _only_attribution(body[d.end : comma], d.speaker, _word_at(body, d.verb_at))
    ]
    if not over and not closed:
        return None
    at_obj = ctx.mention_at(offset + obj.idx)
    # the medium is the phrase's head, not a name after it ("according to a poll for the Velt Times")
    media = entity_id is not None and ctx.is_media(entity_id) and at_obj is not None and at_obj.entity_id == entity_id
    named_head = entity_id is not None and at_obj is not None
    if not media and not named_head and not according_source(obj):
        return None
    if not media and obj.lower_ in MEASURE_DOCUMENTS:
        return None  # "..., according to official data", "the census": figures report no one's words
    if not media and name is None:
        name = body[xa:xb].strip(EDGE)
        entity_id = ctx.resolve_description(name, obj.lower_, xa)
    for d in over:
        d.end = trim(body, d.start, comma if d.gap is None else d.gap[0])[1]
        d.gap = None
        d.content = body[d.start : d.end]
        if media and entity_id not in d.outlets:
            d.outlets.append(entity_id)
    for d in closed:
        if media and entity_id not in d.outlets:
            d.outlets.append(entity_id)
    return None if media else (name, entity_id, comma)


def _only_attribution(between: str, speaker: str, verb: str) -> bool:
    """Whether `between` (the text from a claim's end to a comma) is only its attribution: its
    speaker and its verb, either way round (", Tom Pell said", ", said Tom Pell"), the speaker
    written as it was resolved or as any subject pronoun before the verb (", she said": which
    pronoun is not checked against the speaker), "told" with its addressee after it (", she told
    the paper", ", Tom Pell told reporters")."""
    words = between.strip(EDGE).split()
    if not speaker or verb not in words:
        return False
    at = words.index(verb)
    before, after = " ".join(words[:at]), words[at + 1 :]
    if not before:
        return " ".join(after) == speaker.strip()
    if before != speaker.strip() and before.lower() not in SUBJECT_PRONOUNS:
        return False
    return not after or (verb == "told" and len(after) <= 5 and not any(w.lower() in ("that", "of") for w in after))


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


_AUXILIARY_FORMS = {"be", "is", "are", "was", "were", "am", "have", "has", "had", "do", "does", "did"}


# verbs of leaving a place, a post or a body: their object is where the subject left, no speaker
_LEAVING_LEMMAS = {"leave", "quit", "exit", "abandon"}
# "The defeat left the coach insisting that ...", "kept the treasurer saying ...": the person left or
# kept saying it speaks, not the verb's subject
_LEFT_LEMMAS = {"leave", "keep"}


def _that_after_document(doc, verb, a1: int) -> int | None:
    """ "said in a letter to the board that the ward would close": the "that" the parser made the
    relative pronoun of a noun in the verb's own phrase (the clause hung on "letter" or "board"),
    when the verb has no clause, object or quote of its own (else the content is there) and that
    clause has a subject after the "that": its index, else None. Never when the "that" is the
    object of the clause's verb right after the noun of the verb's own phrase ("said in a post that
    she later deleted": a real relative clause), nor when the clause's verb is one done to a
    writing with the "that" for its only object ("a letter to the board that her lawyers sent")."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") for c in verb.children):
        return None
    if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text in (":", ";") for t in doc):
        return None
    at = next((t.i for t in doc[a1 : a1 + 12] if t.lower_ == "that"), None)
    if at is None or at == a1 or at + 1 >= len(doc):
        return None
    that = doc[at]
    clause = that.head
    if that.tag_ != "WDT" or clause.dep_ != "relcl" or not _adjunct_of(verb, clause.head):
        return None
    if doc[at - 1].dep_ == "pobj" and doc[at - 1].head.head.i == verb.i and that.dep_ == "dobj":
        # "said in a post that she later deleted": a "that" right after the noun of the verb's own
        # phrase and the object of the clause's verb is that noun's relative pronoun; one past
        # another phrase ("a letter to the board that ...") or not the object ("complained after
        # the race that she could not get her breath") may open the verb's own clause
        return None
    if not all(t.is_punct or _adjunct_of(verb, t) for t in doc[a1:at]):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > at for c in clause.children):
        return None  # "said in a post that went viral": the "that" is the clause's own subject
    if that.dep_ == "dobj" and _inflects(clause.lower_, DOCUMENT_TAKING_LEMMAS):
        return None  # "said in a statement that the firm issued"
    return at


def _inflects(word: str, lemmas: set[str]) -> bool:
    """Whether a lowercased form ("leaves", "left", "kept", "was seen as") is of one of these verbs:
    its irregular forms from the lemmatizer's table, the regular ones by their stem."""
    return lemmatizer_tables().irregular.get("verb", {}).get(word) in lemmas or stem_in(word, lemmas) is not None


def _asks_quoted_question(doc, verb, body: str, s0: int, p_lo: int) -> bool:
    """'"...?" he asked.', '"...?" asked Tom Pell.': "asked" after a quote closed by a question
    mark (in the sentence, or the one before when the splitter cut after it), with only its subject
    between them or after it, and nothing else after it: the quote's speaker (its questions are no
    claims, `article._question_asked`; its statements are)."""
    close = next((t.i for t in reversed(doc[: verb.i]) if t.text in CLOSE_QUOTES), None)
    if close is None:
        quote = _quote_before(body, s0 + len(doc_text(doc)) - len(doc_text(doc).lstrip()), p_lo)
        if quote is None or body[quote[1] - 2] != "?":
            return False
        close = -1  # the quote is the sentence before: all before the verb is its subject
    elif close == 0 or doc[close - 1].text != "?":
        return False
    between = doc[close + 1 : verb.i]
    after = [t for t in doc[verb.i + 1 :] if not t.is_punct]
    if any(t.is_punct for t in between) or len(between) > 4 or (between and after) or len(after) > 4:
        return False
    return all(t.text in (".", "!") for t in doc[verb.i + 1 :] if t.is_punct)


# the conjunctions of a clause giving the main clause's reason or a concession ("because it says",
# "although it insists"): the pronoun subject of a verb of saying there is the main clause's subject
_REASON_OR_CONCESSION = REASON_MARKS | _CONCESSIVE


def _reason_clause_governor(verb):
    """For a verb of saying in a clause of reason or concession hung on the sentence's verb ("..., because
    it says ...", "although it insists ..."), with content of its own (not "as they say"), the main
    clause's subject; else None."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "ROOT" or pos_of(verb.head) not in ("VERB", "AUX"):
        return None  # (not "X stressed that sales were weak while it expected ...": inside the content)
    if not any(c.dep_ == "mark" and c.lower_ in _REASON_OR_CONCESSION and c.i < verb.i for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return None
    governor = _subject(verb.head)
    return governor if governor is not None and governor.i < verb.i else None


def _name_taken_for_verb(ctx: ArticleContext, verb, offset: int):
    """ "Banning heaped scorn on the board, saying: ...": a participle of saying hung on the word
    that opens the sentence, which the parser took for a verb (a surname ending in "-ing") with no
    subject of its own, while the article names a person there: that name speaks."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i != 0 or pos_of(head) not in ("VERB", "AUX"):
        return None
    if not head.text[:1].isupper() or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in head.children):
        return None
    mention = ctx.mention_at(offset + head.idx)
    if mention is None or mention.label != "PERSON" or mention.start != offset + head.idx:
        return None
    return head


def _left_speaking(ctx: ArticleContext, verb, person, offset: int) -> bool:
    """A participle of saying right after "left"/"kept" and its object, a person (a person noun, a
    name the article shows to be a person's): that person speaks. Not a place or a body left ("left
    Grobco saying ...": the one who left speaks), nor a participle after a comma or another word
    ("left the chairman, saying ...", "kept Tom Pell on the board, saying ...", "kept the minister
    waiting, saying ...": the one who left or kept, "kept" there meaning retained, goes on)."""
    if verb.tag_ != "VBG" or not _inflects(verb.head.lower_, _LEFT_LEMMAS) or verb.i != person.right_edge.i + 1:
        return False
    if person.tag_ == "NN":
        return is_person_noun(person.text) or person.lower_ in PERSON_DESCRIPTIONS
    return _likely_person_at(ctx, person, offset)


def _participle_after_thing(ctx: ArticleContext, verb, thing, offset: int) -> bool:
    """ "He left the club claiming he needed a break", "left Grobco saying ...": a participle of
    saying (no "to") hung on a verb of leaving after that verb's object, a singular common noun or
    a body or place the article names: the object is a thing, which does not speak (unlike "urged
    Mr Bell to admit", "heard him saying", "kept the chairman saying", "left the manager
    insisting"), so the verb's subject goes on."""
    if not (
        verb.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
        and _inflects(verb.head.lower_, _LEAVING_LEMMAS)
    ):
        return False
    if thing.tag_ == "NNP":
        named = ctx.mention_at(offset + thing.idx)
        if named is not None and named.label == "PERSON" and not ctx.likely_person(named.entity_id):
            # "Tom Pell left Grobco saying ...": a bare one-word "person" left by a named person is
            # where he left (the model often tags a one-word firm a person)
            return _likely_person_at(ctx, _subject(verb.head), offset)
        return named is not None and named.label in ("ORG", "PLACE")
    return thing.tag_ == "NN" and not is_person_noun(thing.text) and thing.lower_ not in PERSON_DESCRIPTIONS


def _likely_person_at(ctx: ArticleContext, token, offset: int) -> bool:
    """Whether `token` is a name the article shows to be a person's (`ArticleContext.likely_person`)."""
    named = ctx.mention_at(offset + token.idx) if token is not None else None
    return named is not None and named.label == "PERSON" and ctx.likely_person(named.entity_id)


def _elliptic(doc, offset: int, draft: Draft) -> bool:
    """Reported words cut after their auxiliary, modal or "to", what they stand for being
    elsewhere ("... where they had said they would be.", "as people thought it would", "he says
    he wants to"): no statement of their own. A direct quote is kept."""
    if draft.direct_quote or doc_text(doc)[draft.end - offset :].lstrip().startswith(":"):
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


# "this week", "last year", "next season": a time, when a time noun comes within its first words
_DEICTIC_STARTS = {"this", "last", "next"}
_TIME_NOUNS = {
    "week", "weekend", "month", "year", "season", "summer", "winter", "spring", "autumn", "morning",
    "afternoon", "evening", "night", "time", "term", "decade", "century", "day", "days", "weeks", "months",
    "years", *WEEKDAYS, *MONTH_NAMES, "quarter", "half", "round", "stage", "session", "christmas", "easter",
    "fortnight",
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
# "denies 10 charges of fraud", "has denied all the charges", "admitted one count of theft": a plea
# to the charges, a noun object with nothing stated (not "denied the charges were true": a clause)
_CHARGES_OBJECT = re.compile(r"(?:[\w,-]+\s+){0,3}?(?:charges?|counts?)\b")
_PLEA_LEMMAS = {"deny", "admit"}
_CHARGE_NOUNS = {"charge", "charges", "count", "counts"}
# the links that keep the charge noun inside the verb's object ("two counts of fraud", "to the charges")
_OBJECT_LINKS = {"dobj", "pobj", "prep", "compound", "amod", "nummod", "det", "conj", "cc"}


def _act_not_statement(doc, offset: int, draft: Draft) -> bool:
    """Content that is no statement: the infinitive of an instruction ("told the staff to leave"),
    a noun of intent as the object ("announced plans for a tour") or a plea ("denies the
    charges"). A direct quote is kept, unless it is the words of an instruction."""
    if draft.verb in _INSTRUCTING_LEMMAS and _instruction(doc, offset, draft):
        return True
    if draft.direct_quote:
        return False
    if _said_of_charge(doc, offset, draft) or _said_nothing(doc, offset, draft):
        return True
    if _noun_object_only(doc, offset, draft):
        return True
    if draft.verb in _INSTRUCTING_LEMMAS and re.match(r"to\s+[a-z]", draft.content):
        return True
    if not (
        (draft.verb in _INTENT_LEMMAS and _INTENT_OBJECT.match(draft.content))
        or (draft.verb in _PLEA_LEMMAS and _CHARGES_OBJECT.match(draft.content))
    ):
        return False
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end]
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    # a finite verb with no subject of its own ("announced plans to help buyers and the Tories
    # would extend ...", the Tories taken into the object) makes no clause of the speaker's
    clauses = [t.head if t.dep_ in ("aux", "auxpass") else t for t in tokens if t.tag_ in _FINITE_TAGS]
    subjects = ("nsubj", "nsubjpass", "expl", "csubj")
    return not any(any(c.dep_ in subjects for c in t.children) for t in clauses) or _plea_object(tokens, verb)


def _authored_work(doc, offset: int, draft: Draft) -> bool:
    """ "who wrote the award-winning musical X", "went on to write and direct six films", "wrote,
    directed and starred in it": a work written, no words said. A claim of "write" (not a quote)
    whose content holds no clause of its own: no verb with its own subject there (a relative
    pronoun's aside: "wrote Ring of Fire with Ann, who went on to ...") and no participle of saying
    ("has written to the board accusing Grobco of ...": the letter's charge). Never "wrote in the
    Guardian that X was wrong" nor "wrote: ..." (a clause or a quote)."""
    if draft.verb != "write" or draft.direct_quote:
        return False
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end]
    if not tokens or any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == ":" for t in tokens):
        return False
    for t in tokens:
        if t.tag_ == "VBG" and lemma_of(t) in REPORTING_LEMMAS:
            return False
        if _work_taken_for_verb(t):
            continue  # "wrote the hit play X": "play" read as a verb with "hit" its subject
        if pos_of(t) in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("WP", "WDT") and draft.start <= offset + c.idx
            for c in t.children
        ):
            return False
    return True


def _work_taken_for_verb(token) -> bool:
    """ "the hit play Up Up Up", "the new show X": a noun of WORK_NOUNS the parser read as a bare
    verb whose subject is a singular noun (no clause: "the hit play" would be "the hit plays"), with
    no auxiliary or "that" of a clause, followed by its capitalised title or nothing (the phrase's
    end). Not "the children play football" (a plural subject), nor "the team play better" (a
    collective noun with a plural verb, a clause: its words go on in lower case)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "VB"
        and token.lower_ in WORK_NOUNS
        and (after is None or after.is_punct or after.text[:1].isupper())
        and not any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in token.children)
        and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and c.i < token.i for c in token.children)
    )


def _document_it(ctx: ArticleContext, doc, verb, subject, s0: int) -> tuple[str, str, int] | None:
    """ "The report, carried out by Grobco, placed the UK third. It showed British firms ...": "it"
    opening a sentence, the subject of its verb of finding or showing ("showed", "found") with a
    clause after it, where the narration sentence just before opens with a document ("The report",
    "A new study", "According to the survey", DOCUMENT_NOUNS): the document's finding; returned are
    its phrase (the speaker), its noun and where the phrase is; a singular noun only ("The figures
    were prepared by X. It found ...": "it" is X). None otherwise ("Tom Pell scored twice. It showed
    that he was fit.": no document; "It shows the impact of X": no clause)."""
    if not (
        subject.lower_ == "it"
        and subject.i == 0
        and subject.head.i == verb.i
        and verb.dep_ == "ROOT"
        and (lemma_of_document(verb) == "show" or lemma_of_document(verb) in _FINDING_LEMMAS)
        and (any(c.dep_ == "ccomp" for c in verb.children) or share_clause(doc, verb))
    ):
        return None
    span = ctx.narration_before(s0)
    if span is None:
        return None
    opening = _DOCUMENT_OPENING.match(ctx.body, span[0], span[1])
    if opening is None:
        return None
    noun = opening.group("noun").lower()
    if noun.endswith("s") and not noun.endswith(("sis", "sus")):
        return None  # "The figures were prepared by Alva. It found ...": "it" is no plural (Alva)
    return opening.group("doc"), noun, opening.start("doc")


# a sentence that opens with a document: "The report, ...", "A government-commissioned study ranked",
# "According to the survey, ..." (up to two words before the noun: names, hyphenated words,
# possessives, or words that are no past or third-person verb form: not "The firm published figures")
_DOCUMENT_OPENING = re.compile(
    r"\s*(?:According\s+to\s+)?(?P<doc>(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w-]*(?:'s|’s))\s+"
    r"(?:(?:[A-Z][\w'-]*|\w+-[\w-]+|\w+'s|[a-z]+(?<!ed)(?<!s))\s+){0,2}"
    rf"(?P<noun>{'|'.join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))}))\b"
)


def _habit(verb) -> bool:
    """ "Grobco announces any flaws in its software every month", "regularly reports its figures": a
    present-tense verb of saying, with no auxiliary, clause, colon or quotation after it, that a
    frequency word of its own ("usually", "every month", "each year": HABITUAL_ADVERBS,
    HABITUAL_UNITS) makes a habit narrated. Never "always says that X" (a clause, said) nor
    "announced every month" (a past act), nor "every month" inside the content ("says sales rise
    every month")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass", "ccomp", "parataxis", "xcomp", "csubj") for c in verb.children
    ):
        return False
    doc = verb.doc
    if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == ":" or t.lower_ == "that" for t in doc):
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS)
        or (
            c.dep_ in ("npadvmod", "nmod", "dobj")
            and c.i > verb.i
            and c.lower_ in HABITUAL_UNITS
            and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children)
        )
        for c in verb.children
    )


def _said_of_charge(doc, offset: int, draft: Draft) -> bool:
    """ "admitted two counts of theft, which he said were ...": a verb of saying in a relative clause
    ("which"/"that") on a plea's charge noun. Cut from its antecedent, the content lacks its
    subject, and the plea is no statement either (`_plea_object`)."""
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    if (
        verb is None
        or verb.dep_ != "relcl"
        or not any(t.lower_ in ("which", "that") for t in doc[verb.head.i : verb.i])
    ):
        return False
    noun, charged = verb.head, False
    while noun.dep_ in _OBJECT_LINKS and pos_of(noun) not in ("VERB", "AUX"):
        charged = charged or noun.lower_ in _CHARGE_NOUNS
        noun = noun.head
    return charged and lemma_of(noun) in _PLEA_LEMMAS


def _said_nothing(doc, offset: int, draft: Draft) -> bool:
    """ "kept the spokesman saying nothing for a week", "said nothing about the pound": "nothing" as
    the reporting verb's own object, a silence, no statement (not "said nothing had changed")."""
    first = next((t for t in doc if offset + t.idx == draft.start), None)
    return (
        first is not None
        and first.lower_ == "nothing"
        and first.dep_ == "dobj"
        and offset + first.head.idx == draft.verb_at
    )


def _plea_object(tokens, verb) -> bool:
    """ "admitted one count of fraud and faces jail": the charge noun is the verb's object, hung on
    the reporting verb through nominal links only, whatever clause follows it (not "admitted the
    charges had been dropped", where it is a clause's subject, nor a charge noun hung on another
    word outside the content)."""
    noun = next((t for t in tokens[:6] if t.lower_ in _CHARGE_NOUNS), None)
    while noun is not None and verb is not None and noun.i != verb.i:
        if noun.dep_ not in _OBJECT_LINKS or pos_of(noun) in ("VERB", "AUX"):
            return False
        noun = noun.head if noun.head.i != noun.i else None
    return noun is not None and verb is not None


def _researchers_shown(doc, verb, subject) -> bool:
    """ "Scientists have shown that ...", "A team of researchers has shown that ...": a finding of
    research people (RESEARCHERS) is their statement; only the perfect "shown that" ("the film has
    shown that", "players showed that they ..." are no findings). So is what people who tried a
    thing (TRYING_PEOPLE, "many") "have found" or "have shown" ("users have found that ...")."""
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "that":
        return False
    if (
        verb.lower_ in ("shown", "found")
        and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children)
        and (
            (subject.lower_ in TRYING_PEOPLE and subject.tag_ == "NNS")
            # "Many have found that ...": people, the pronoun standing alone (not "some reports")
            or (subject.lower_ in PEOPLE_PRONOUNS and not any(c.dep_ in ("det", "amod") for c in subject.children))
        )
    ):
        return True  # "Keen users have found that ...", "Many have shown that ...": what they found out
    if verb.lower_ != "shown":
        return False
    if subject.lower_ in RESEARCHERS:
        return True
    return subject.lower_ in ("team", "group") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in RESEARCHERS for g in c.children)
        for c in subject.children
    )


def _court_decided(verb) -> bool:
    """ "The Court of Appeal then decided (that) the practice was unlawful": a court or judge as the
    subject and a finite clause as the object (never "decided to appeal")."""
    subject = _subject(verb)
    return (
        subject is not None
        and subject.lower_ in RULING_BODIES
        and any(
            c.dep_ == "ccomp" and c.i > verb.i and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verb.children
        )
    )


def _before_sources_participle(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """ "Tom Pell said that sales fell in the spring, citing a report by Grobbank": a participle of
    the source's manner (`SOURCES_MANNER`: citing, quoting, asking not to be named) closing the
    clause said, after its comma, is the speaker's (how they spoke), not the clause's: the content
    ends at that comma. Only when the clause's subject cannot be the one citing, a thing ("sales",
    "prices"), never a name, a pronoun, a person or a group ("said the minister resigned, citing
    ill health": the minister's reason), nor a body that refused or withdrew (`ACTING_BODIES`,
    `REFUSING_LEMMAS`: "the hospital declined, citing privacy rules"), nor the subject of a verb
    with an object ("the hospital rejected the request, citing privacy rules": its own act and
    reason), and only when the
    participle ends the content."""
    for token in doc:
        if not (after[0] < token.idx < after[1] and token.i > verb.i and token.tag_ == "VBG"):
            continue
        clause = token.head
        if not (
            token.dep_ == "advcl"
            and doc[token.i - 1].text == ","
            and clause.dep_ == "ccomp"
            and clause.head.i == verb.i
            and clause.i < token.i
            and SOURCES_MANNER.match(doc_text(doc), token.idx) is not None
            and all(t.is_punct for t in doc[token.right_edge.i + 1 :] if t.idx < after[1])
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subject is None
            or subject.tag_ not in ("NN", "NNS")
            or is_person_noun(subject.text)
            or is_person_noun(singular(subject.lower_))
            or (singular(subject.lower_) in ACTING_BODIES and _inflects(clause.lower_, REFUSING_LEMMAS))
            or _source_head(subject.lower_)
            or (not _cites_a_source(token) and any(c.dep_ in ("dobj", "dative", "agent") for c in clause.children))
        ):
            # (a clause whose verb has an object or a "by" agent is an act of its subject's, whose
            # own reason the participle may give: "said the court rejected the appeal, citing a lack
            # of evidence"; not when the participle cites a source, which no act's reason is: "the
            # deal values Grobco at $2 billion, citing people familiar with the matter")
            return after
        return after[0], doc[token.i - 1].idx
    return after


def _cites_a_source(participle) -> bool:
    """Whether "citing X" names a source of the report (people, officials, figures, a report),
    not a reason ("citing a lack of evidence", "citing ill health")."""
    cited = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if cited is None:
        return False
    word = singular(cited.lower_)
    return bool(_source_head(cited.lower_) or word in ACCORDING_SOURCE_NOUNS or is_person_noun(word))


def _participle_on_clause_before(doc, verb, start: int) -> bool:
    """ "Grobco has hired bankers, the person said, declining to be identified": the parser hung
    the attribution on the clause before it (parataxis) and the participle after its comma on
    that clause too: a participle of the source's manner (`SOURCES_MANNER`) or a report of its own
    ("..., the firm said, warning that B") is no more of the clause before. Any other participle
    may be ("The IMF revised its forecasts, the paper said, taking into account oil prices")."""
    first = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    return (
        verb.dep_ == "parataxis"
        and first is not None
        and first.tag_ == "VBG"
        and first.dep_ == "advcl"
        and first.head.i == verb.head.i
        and first.i > verb.i
        and doc[first.i - 1].text == ","
        and (lemma_of(first) in REPORTING_LEMMAS or SOURCES_MANNER.match(doc_text(doc), first.idx) is not None)
    )


def _passive_participle_after_report(doc, verb, start: int) -> bool | None:
    """ "Sales rose 5%, Grobco said, helped by strong demand in Asia": when the verb's reported
    clause stands before it and the text from `start` (after the attribution's comma) is one past
    participle hung on the verb, with no subject or finite verb of its own and a thing as its "by"
    agent (what helped or hit the reported event), the reported clause goes on: True, as when the
    parser hangs the attribution on the clause ("Profits fell, the firm said, hit by ..."). None
    otherwise; False (the participle stays out of the content) when the participle sets the speaker's
    scene: a person or group as its agent ("pressed by reporters", "flanked by aides") or one of
    `_SPEAKER_SETTING_PARTICIPLES` ("asked about the cuts")."""
    first = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    if (
        first is None
        # (a past tense the tagger may make of one of the speaker's scene: ", asked about the cuts")
        or not (first.tag_ == "VBN" or (first.tag_ == "VBD" and first.lower_ in _SPEAKER_SETTING_PARTICIPLES))
        or first.head.i != verb.i
        or first.dep_ not in ("xcomp", "advcl")
        or doc[first.i - 1].text != ","
        or any(
            t.dep_ in ("nsubj", "nsubjpass") or (t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != first.i)
            for t in first.subtree
        )
        or any(t.i > first.right_edge.i and not t.is_punct for t in doc[first.i :])
    ):
        return None
    clause_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    # "Prices will rise, the minister said, ...": the parser may hang "said" on the clause instead
    inserted = verb.dep_ == "parataxis" and verb.head.i < verb.i
    if not (clause_before or inserted):
        return None
    agent = next((c for c in first.children if c.dep_ == "agent"), None)
    thing = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if first.lower_ in _SPEAKER_SETTING_PARTICIPLES:
        return False  # "..., the minister said, flanked by aides", "..., questioned by MPs": the speaker's
    if thing is None:
        return None
    if (
        pos_of(thing) in ("PROPN", "PRON")
        or is_person_noun(thing.text)
        or is_person_noun(singular(thing.lower_))
        or singular(thing.lower_) in GROUP_NOUNS
    ):
        return False  # "..., Tom Pell said, pressed by reporters": people around the speaker, not the report
    return True if clause_before else None


# past participles after "X said," that set the speaker's scene (who was with or at them), never the
# reported event's: "..., the minister said, flanked by aides" / "asked about the cuts"
_SPEAKER_SETTING_PARTICIPLES = {
    "flanked",
    "surrounded",
    "accompanied",
    "joined",
    "asked",
    "pressed",
    "questioned",
    "quizzed",
    "interviewed",
    "cheered",
    "heckled",
}


def _clause_joined_to_report(doc, verb, start: int) -> bool | None:
    """ "A, said the report, and B": when the verb's reported clause stands before it and the text
    from `start` opens with "and"/"but"/"yet" hung on the verb, followed by a verb the parser
    coordinated with it: True when that verb has a subject of its own (B goes on with the report),
    False when not (the speaker's own act: "..., the firm said, but warned that"). None otherwise."""
    first = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    if (
        first is None
        or first.lower_ not in ("and", "but", "yet")
        or first.head.i != verb.i
        or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    ):
        return None
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > first.i), None)
    if conj is None or pos_of(conj) not in ("VERB", "AUX"):
        return None
    if lemma_of(conj) in REPORTING_LEMMAS:
        return False  # "A, said Mr Pell, but he said B": a report of its own
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)


def _report_after_joiner(doc, start: int) -> bool:
    """ "Sales rose, Grobco said, and analysts expect more growth": the text from `start` (after
    an attribution set between two clauses) opens with "and"/"but"/"yet" and a clause whose verb
    reports with a subject of its own, whatever the parser hung it on: someone else's report (or
    the writer's), never part of what the attribution before it gives."""
    first = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    if first is None or first.lower_ not in ("and", "but", "yet"):
        return False
    clause = next((c for c in first.head.children if c.dep_ == "conj" and c.i > first.i), None)
    return (
        clause is not None
        and lemma_of(clause) in REPORTING_LEMMAS
        and any(c.dep_ in ("nsubj", "nsubjpass") and first.i < c.i < clause.i for c in clause.children)
    )


def _clause_left_taken_for_subject(doc, verb) -> bool:
    """ "X discriminated against Y, the court has ruled.": the parser hung the clause's subject on
    the closing verb as a second subject and its verb on that subject as a participle; the clause
    before the comma is the content all the same."""
    if any(not t.is_punct for t in doc[verb.i + 1 :]):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    comma = next((t for t in doc[: verb.i] if t.text == "," and t.head.i == verb.i), None)
    return (
        len(subjects) == 2
        and comma is not None
        and subjects[0].i < comma.i < subjects[1].i
        and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > subjects[0].i for c in subjects[0].children)
    )


def _instruction(doc, offset: int, draft: Draft) -> bool:
    """The content is the to-infinitive of "told the staff to leave", quoted words in it or not
    ("told them to \"work hard\""), negated ("told players not to ignore ...") or after the rest of
    the addressee ("told players in the club not to ..."): nothing stands before its "to" in the
    content but the addressee. Not "told them that ..." nor a quote of their own."""
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    if verb is None:
        return False
    # the addressee and a place or time phrase of the telling ("told players in the club")
    addressee = {t.i for c in verb.children if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree}
    for clause in verb.children:
        to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if clause.dep_ != "xcomp" or to is None or to.i < verb.i or not draft.start <= offset + to.idx < draft.end:
            continue
        if any(c.dep_ in ("ccomp", "parataxis") and verb.i < c.left_edge.i < to.i for c in verb.children):
            continue  # "told them that ... and to ...": a statement first
        before = [t for t in doc[verb.i + 1 : to.i] if offset + t.idx >= draft.start]
        if all(t.i in addressee or t.dep_ == "neg" or t.is_punct for t in before):
            return True
    return False


# the verbs right before a quoted description ('was called "reckless" by', 'described as "rash"')
_CALLING_WORDS = {"called", "branded", "dubbed", "labelled", "described", "hailed"}
# what may follow a whole description: a mark or the sentence's end
_DESCRIPTION_WHOLE = re.compile(r"\s*(?:[^\w\s]|$)")


def _cleft_around_attribution(doc, offset: int, draft: Draft) -> bool:
    """ "What this means, said Tom Pell, is that ...": a clause opened by "what" set before an
    inserted attribution, and the copula whose subject it is right after: a statement (the parser
    hangs the clause on the verb of saying), never a question ("What, he asked, is the point?")."""
    if draft.gap is None or draft.content.rstrip(EDGE).endswith("?") or not draft.content[:5].lower() == "what ":
        return False
    after = next((t for t in doc if offset + t.idx >= draft.gap[1] and not t.is_punct), None)
    return after is not None and after.lower_ in ("is", "was") and offset + after.idx < draft.end


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
        and not (_conditional(tokens, offset, draft) and not _inside_quote(doc_text(doc), 0, draft.verb_at - offset))
        and not _cleft_around_attribution(doc, offset, draft)
        and not _free_relative_subject(doc, offset, draft)
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
        first.lower_ in ("as", "to")
        and first.dep_ == "prep"
        and first.head.lower_ in ("described", "describes", "likened", "likens")
        and offset + first.head.idx == draft.verb_at
    ):
        # "the plan, which reports had described as doomed": only what the thing is called, the
        # thing itself before the verb (a relative clause's own shape has the describers it takes)
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
    if _object_with_setting(doc, offset, draft, tokens):
        return True  # "denied the allegations on Monday": the short noun object, as "denied the allegations"
    if (
        draft.verb in ("describe", "liken")
        and first.i > 0
        and doc[first.i - 1].lower_ in ("as", "to")
        and _DESCRIPTION_WHOLE.match(doc_text(doc), draft.end - offset)
    ):
        # "the bridge, which police described as unsafe": what it is called, a word or two (not
        # "as hell on earth" cut to "hell": the parse's phrase ended before the words did)
        return False
    if first.i > 2 and doc[first.i - 1].text in OPEN_QUOTES:
        before = doc[first.i - 2] if doc[first.i - 2].lower_ != "as" else doc[first.i - 3]
        if before.lower_ in _CALLING_WORDS and offset + before.idx == draft.verb_at:
            return False  # 'The move was called "reckless" by the judge': the same, in quotation marks
    if len(tokens) > 2 and first.lower_ in _DEICTIC_STARTS and not any(t.lower_ in _TIME_NOUNS for t in tokens[1:4]):
        return False  # "this strong line-up signals ...", a verb tagged a noun: not "this week" or "last year"
    return len(tokens) <= 2 or tokens[0].lower_ in _ADJUNCT_START


def _object_with_setting(doc, offset: int, draft: Draft, tokens) -> bool:
    """ "denied the allegations on Monday", "confirmed the deal in a statement", "denied murder at
    the Old Bailey", "denied the story again": the reporting verb's noun object of a word or two (no
    statement alone: "denied the allegations") followed by phrases of time, place or occasion hung
    on the verb, which add no words said. Not quoted words ('denied "any wrongdoing"'), nor an
    object with a phrase of what is said of it ("accused X of fraud", "described X as rash",
    "blamed X for Y": no setting), nor two objects ("branded X a liar"). Never a forecast's
    figure ("predicted 4% growth this year", "forecast growth at 10-15% for 2006": a prediction stated), nor
    for "accuse", whose object is the accused and whose "of" phrase the parser may hang on the
    setting ("accused the jury during the hearing of bias")."""
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    if (
        draft.verb == "accuse"
        or verb is None
        or (draft.verb in FORECAST_LEMMAS and _forecast_figure(verb))
        or _valued_at(verb) is not None  # "put the damage at 300m euros": the figure is the estimate
    ):
        return False
    if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in doc[tokens[0].i : tokens[-1].i + 1]):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or offset + objects[0].left_edge.idx < draft.start:
        return False
    obj = objects[0]
    setting = [
        c
        for c in verb.children
        if c.i > obj.i and (c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS))
    ]
    held = {t.i for t in obj.subtree} | {t.i for c in setting for t in c.subtree}
    words = [t for t in obj.subtree if not t.is_punct]
    return bool(setting) and all(t.i in held for t in tokens) and len(words) <= 2


# verbs whose noun object is a thing made known, no statement ("revealed the new kit", "explained
# her injury", "promised several initiatives"); "announce" and "confirm" only as a participle of
# the act ("by announcing Mr Bell's departure"): "Velco confirmed a $2m deal" reports a fact
_OBJECT_ONLY_LEMMAS = {"reveal", "claim", "explain", "promise", "unveil", "outline"}
_OBJECT_ONLY_PARTICIPLE_LEMMAS = {"announce", "confirm"}


def _noun_object_only(doc, offset: int, draft: Draft) -> bool:
    """Whether the content is only the verb's noun object, with no clause of its own: "by announcing
    Mr Bell's departure", "explaining the firm's alleged role". An act or a thing, not a statement
    (not "revealed that the deal was off", "announced the deal would go ahead": a clause)."""
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end and not t.is_punct]
    if verb is None or not tokens:
        return False
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp")
    lemmas = _OBJECT_ONLY_LEMMAS | (_OBJECT_ONLY_PARTICIPLE_LEMMAS if participle else set())
    if draft.verb not in lemmas and not _inflects(verb.lower_, lemmas):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for t in tokens for c in t.children):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "as" for t in (*verb.children, *tokens)):
        return False  # "explained the rejection as a plot": what the thing is, a view
    objects = {c.i for c in verb.children if c.dep_ == "dobj" and c.lower_ not in _STANCE_NOUNS}
    return bool(objects) and all(any(a.i in objects for a in (t, *t.ancestors)) for t in tokens)


def _unset_source_closed(ctx: ArticleContext, doc, offset: int, i: int, x_end: int, objects) -> bool:
    """Whether an "according to" phrase opening the sentence with no comma after it ("According to
    Jupiter Research 40% of homes say X", "According to the indictment Tom Pell wired $2m") has a
    source the parse closed: "to" has an object, a name closing the phrase is the end of a mention
    with no name right after it, and the clause after opens on its subject, not a verb
    ("According to Velco chief Tom Pell sales fell", "According to Tom Pell Velco will close": no
    claim). A phrase set off by a comma, or inside the sentence, is not judged here."""
    if any(not t.is_punct for t in doc[:i]) or x_end >= len(doc) or doc[x_end].text in (",", ":"):
        return True
    if _medium_before_subject(ctx, doc, offset, i) == x_end:
        return True
    after = doc[x_end]
    if not objects or pos_of(after) in ("VERB", "AUX") or after.tag_ == "MD":
        return False
    last = doc[x_end - 1]
    if pos_of(last) != "PROPN":
        return True
    end = offset + last.idx + len(last)
    return pos_of(after) != "PROPN" and any(m.end == end for m in ctx.mentions_in(offset + doc[i + 1].idx, end))


def _medium_before_subject(ctx: ArticleContext, doc, offset: int, i: int) -> int | None:
    """ "According to Reuters Tom Pell will resign", "According to the Velt Times Velco has ...": an
    "according to" opening the sentence with no comma, whose words are a medium's name (a mention
    the context takes for an outlet) followed at once by another name, a person's or a body's, that
    a verb follows (not one of saying: the name's own report): the medium is the source, the name
    opens the clause. The index of the name's
    first word; None for any other shape ("According to Tom Pell Velco will close", "According to
    Velco Tom Pell ...": where a name that is no medium's ends is a guess)."""
    if any(not t.is_punct for t in doc[:i]) or i + 2 >= len(doc):
        return None
    k = i + 3 if doc[i + 2].lower_ == "the" else i + 2
    spans: list[tuple[int, Mention]] = []
    while k < len(doc) and len(spans) < 2:
        m = ctx.mention_at(offset + doc[k].idx)
        if m is None or m.start != offset + doc[k].idx:
            return None
        spans.append((k, m))
        k = next((t.i for t in doc[k:] if offset + t.idx >= m.end), len(doc))
    if len(spans) < 2 or k >= len(doc):
        return None
    (_, medium), (start, name) = spans
    if (
        not ctx.is_media(medium.entity_id)
        or name.label not in ("PERSON", "ORG")
        or ctx.is_media(name.entity_id)
        or doc[k].tag_ not in _FINITE_TAGS
        or lemma_of(doc[k]) in REPORTING_LEMMAS  # "According to the BBC Tom Pell said ...": his words
    ):
        return None
    return start


def _unnamed_person_source(ctx: ArticleContext, obj, offset: int, entity_id: str | None) -> bool:
    """Whether the object of "according to" is an unnamed person described by a body or a person
    ("a Senate aide", "a Velco official", "a source close to Tom Pell"): a noun of such a person
    with no name right after it ("analysts Gartner", "analyst Jo Bell" are named) and no person
    chosen for the phrase outside the description's own prepositional phrases."""
    doc = obj.doc
    if pos_of(obj) != "NOUN" or singular(obj.lower_) not in PERSON_DESCRIPTIONS.keys() | UNNAMED_SOURCE_PEOPLE:
        return False
    if (obj.i + 1 < len(doc) and pos_of(doc[obj.i + 1]) == "PROPN") or any(c.dep_ == "appos" for c in obj.children):
        return False
    if entity_id is None or not ctx.is_person(entity_id):
        return True
    described = [
        (offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge))
        for c in obj.children
        if c.i > obj.i and c.dep_ in ("prep", "amod", "acl")
    ]
    a, b = offset + obj.left_edge.idx, offset + obj.right_edge.idx + len(obj.right_edge)
    people = [m for m in ctx.mentions_in(a, b) if m.entity_id == entity_id]
    return bool(people) and all(any(x <= m.start < y for x, y in described) for m in people)


def _free_relative_subject(doc, offset: int, draft: Draft) -> bool:
    """Whether content opening with "what" is a statement whose subject is the "what" clause
    ("told the BBC's Money Box programme what was needed was one plan"), which the parser hung on
    the addressee as a relative clause: the clause, then a copula of its own inside the content.
    Never an indirect question ("told reporters what happened", "asked what the plan was")."""
    wh = next((t for t in doc if offset + t.idx == draft.start), None)
    if wh is None or wh.lower_ != "what" or wh.head.i == wh.i or wh.head.i < wh.i:
        return False
    clause = wh.head
    if clause.left_edge.i != wh.i or clause.right_edge.i + 1 >= len(doc):
        return False
    copula = doc[clause.right_edge.i + 1]
    return (
        copula.lower_ in ("is", "was", "are", "were")
        and copula.dep_ not in ("aux", "auxpass")
        and offset + copula.idx < draft.end
        and any(c.dep_ in ("attr", "acomp") for c in copula.children)
    )


_RELATIVE_TAGS = ("WDT", "WP", "WP$", "WRB")
_FINITE_START_TAGS = ("VBZ", "VBD", "VBP", "MD")
_PHRASE_BREAKS = (",", ";", ":", "-", "–", "—")  # spaced: "mid-size" and "(£14bn)" do not break a noun phrase


def _gapped_content(doc, offset: int, draft: Draft) -> bool:
    """Content after a verb of saying inside a relative clause whose gap is in the content: "the
    ranch, which Velco says is lying idle" ("is lying idle"), "the routes he says face closure",
    "the song they thought they were buying", "the drug he denied was heroin". The noun it is about
    stands outside the clause: it opens the content ("the ranch is lying idle", the relative word
    and the attribution left out as the draft's gap); with no such noun the content is a fragment,
    so no claim (True). Never "Ann Bell, who says she is innocent", "a point at which buyers believe
    prices will fall" (the relative word is outside the content), nor the name a naming verb
    gives ("the plan, which he called a disgrace"). A "which" that stands for the whole clause
    before ("recalled its envoy, which diplomats said was a sign of anger") has no noun to open the
    content: no claim, as with no noun at all."""
    if draft.direct_quote or draft.start < draft.verb_at or draft.gap:
        return False
    gapped, noun = _gap_antecedent(doc, offset, draft)
    if not gapped:
        return False
    if noun is None or not noun.tag_.startswith("NN") or offset + noun.idx >= draft.verb_at:
        return True
    if _which_is_the_clause(doc, offset, draft, noun):
        return True  # "which" for the whole clause before: no words of the claim say what it is about
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head  # "a merger of Velco and Grobco, which ...": the phrase "Grobco" ends
    if head.dep_ == "pobj" or noun.like_num or noun.text == "%" or not _agrees(doc, offset, draft, noun):
        # "administered by the Revenue, which they say would save £3m": the relative word may stand
        # for the phrase the noun ends or the whole clause before; "a margin of 14%, which it said
        # could reach 15%", "posters showing Mr Pell, which critics said were crude": not the noun
        # the clause is about. The content stays as it is
        return False
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text in _PHRASE_BREAKS[3:]:
        return False  # "failed a drugs test - which he denied was cocaine": an aside about more than the noun
    start = noun.left_edge.i
    comma = next((t.i for t in reversed(doc[start : noun.i]) if t.text in _PHRASE_BREAKS and t.whitespace_), None)
    start = comma + 1 if comma is not None else start
    if start > 0 and doc[start].lower_ in ("or", "and") and doc[start - 1].text == ",":
        start += 1  # "farms, or large estates, which ...": the nearer name
    while start < noun.i and doc[start].tag_.startswith("VB"):
        start += 1  # "defended coach Tom Pell, who he believes ...": a verb the parse hung on the name
    draft.gap = (offset + noun.idx + len(noun), draft.start)
    draft.start = offset + doc[start].idx
    draft.content = doc_text(doc)[doc[start].idx : noun.idx + len(noun)] + " " + draft.content
    return False


def _which_is_the_clause(doc, offset: int, draft: Draft, noun) -> bool:
    """ "Russia recalled its envoy, which diplomats said was a sign of anger", "jailed them last
    year, which rights groups say was ...": ", which" after a person noun (never "which" for a
    person), a time phrase, or with a comment on an event for content ("was a sign of", "was the
    right move") stands for the whole clause before (the claim is left out); a verb of
    comment ("showed", "signals") only after a noun that may name a person: "the factory, which
    analysts said showed signs of decay" is the factory's."""
    after = next((t for t in doc[noun.i + 1 :] if not t.is_punct), None)
    if after is None or after.lower_ != "which":
        return False
    if noun.ent_type_ in ("PERSON", "DATE", "TIME") or noun.dep_ == "npadvmod":
        return True
    if is_person_noun(noun.text) or noun.lower_ in PERSON_DESCRIPTIONS:
        return True
    words = [t for t in doc if draft.start <= offset + t.idx < draft.end]
    head = next((t for t in words if t.dep_ == "ROOT" or not (draft.start <= offset + t.head.idx < draft.end)), None)
    if head is None:
        return False
    if _inflects(head.lower_, set(COMMENT_VERB_LEMMAS)):
        # a verb of comment takes a thing's subject as often as a whole clause's ("the factory,
        # which analysts said showed signs of decay"): the clause only after a noun that may name a
        # person ("the blogger, which his supporters said showed mercy")
        return _may_name_a_person(noun)
    return _inflects(head.lower_, {"be"}) and any(
        c.dep_ == "attr" and singular(c.lower_) in COMMENT_NOUNS for c in head.children
    )


# the endings of a doer's noun ("blogger", "governor", "activist", "civilian", "migrant",
# "dissident", "detainee", "chairman"); "-ment" names a thing ("the agreement")
_DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man")


def _may_name_a_person(noun) -> bool:
    """Whether a common noun may name a person: a role or nationality (`is_person_noun`), an
    unnamed speaker's noun, or a doer's ending ("blogger", "prisoner", "dissident"); "the mill",
    "its figures" never. Some things pass ("printer"): their claim is then left out, never guessed."""
    word = singular(noun.lower_)
    doer = word.endswith(_DOER_ENDINGS) and not word.endswith("ment")
    return doer or is_person_noun(word) or word in PERSON_DESCRIPTIONS


def _agrees(doc, offset: int, draft: Draft, noun) -> bool:
    """Whether the noun agrees in number with the finite verb that opens the content ("posters
    ... were", not "Mr Pell ... were"); True when either says nothing of its number."""
    first = next((t for t in doc if draft.start <= offset + t.idx < draft.end and not t.is_punct), None)
    if first is None:
        return True
    plural_verb = first.tag_ == "VBP" or first.lower_ in ("were", "are", "have")
    singular_verb = first.tag_ == "VBZ" or first.lower_ == "was"
    plural_noun, singular_noun = noun.tag_ in ("NNS", "NNPS"), noun.tag_ in ("NN", "NNP")
    return not ((plural_verb and singular_noun) or (singular_verb and plural_noun))


def _before_own_clause(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """ "The president gave assurances that A, but critics gave warnings that B": the content of a
    noun of saying's clause ends before a clause joined to its verb with a subject of its own that is
    a statement of its own (a verb of saying or giving); "gave assurances that A and the plant would
    stay open", where the parser may hang the second clause on "gave" too, keeps it."""
    for conj in verb.children:
        if conj.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        if lemma_of(conj) not in REPORTING_LEMMAS and conj.lower_ not in GIVING_VERBS:
            continue
        k = conj.left_edge.i
        while k > verb.i + 1 and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
            k -= 1
        end = doc[k - 1]
        if after[0] <= end.idx < after[1]:
            return after[0], end.idx + len(end)
    return after


def _sentence_quote_before(body: str, at: int, lo: int) -> bool:
    """'"We will be back!" Tom Pell tweeted on Sunday.': a quotation ends right before `at` and is
    a sentence of its own (the paragraph's start or a sentence's end before its opening mark); not
    the words of a sentence with a speaker of its own ('Fans chanted "Resign now!" Tom Pell ...')."""
    quote = _quote_before(body, at, lo)
    if quote is None:
        return False
    before = body[lo : quote[0]].rstrip()
    if before[-1:] in CLOSE_QUOTES:
        before = before[:-1]
    return not before or before[-1] in ".!?"


def _gap_antecedent(doc, offset: int, draft: Draft):
    """Whether the content has a relative clause's gap, and the noun the gap stands for (None
    when there is none: a free relative, "what the firm says are new needs")."""
    tokens = [t for t in doc if draft.start <= offset + t.idx < draft.end and not t.is_punct]
    verb = next((t for t in doc if offset + t.idx == draft.verb_at), None)
    if not tokens or verb is None or draft.verb in NAMING_LEMMAS or _inflects(verb.lower_, NAMING_LEMMAS):
        return False, None
    first = tokens[0]
    subjectless = (
        first.tag_ in _FINITE_START_TAGS
        and first.i > 0
        and doc[first.i - 1].lower_ != "that"
        # "..., which Velco claims was sold": a finite verb first, its subject (if any) outside the
        # content (not a question's, inverted after it: "is it over")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > first.i
            for c in (first.head if first.dep_ in ("aux", "auxpass") else first).children
        )
    )
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "which he appears to believe ...": the clause is the outer verb's
    relcl = clause.dep_ == "relcl" and clause.head.i < clause.i
    lo = clause.head.i + 1 if relcl else max(0, verb.i - 6)
    relative = next((t for t in reversed(doc[lo : verb.i]) if t.tag_ in _RELATIVE_TAGS), None)
    if relative is not None and relative.tag_ == "WP$":
        return False, None  # "the singer, whose album critics say is her best": the gap is the possessed noun
    edge = clause.right_edge.i
    if (
        relcl
        and edge + 1 < len(doc)
        and doc[edge + 1].text in (",", "-", "–", "—")
        and offset + doc[edge].idx < draft.start
    ):
        # "The claims, which he has denied, are being looked into": the content is the main
        # clause's, after the relative clause; none of his
        return True, None
    antecedent = clause.head
    if relative is not None and relative.i > 0 and doc[relative.i - 1].tag_.startswith("NN"):
        antecedent = doc[relative.i - 1]  # "his widow and Jill, who he says ...": the name before "who"
    elif relative is not None and relative.i > 1 and doc[relative.i - 1].is_punct:
        before = doc[relative.i - 2]
        antecedent = before if before.tag_.startswith("NN") else antecedent
    if relcl and not subjectless:
        if relative is not None and not (
            relative.dep_ in ("dobj", "attr", "oprd") or draft.start <= offset + relative.head.idx < draft.end
        ):
            # "who says ...", "whose lawyer says ...", "at which buyers believe ...": the
            # relative word is the speaker's or an adjunct's, outside the content
            return False, None
        last = tokens[-1]
        if relative is None and not (last.tag_.startswith("VB") or (last.tag_ == "IN" and not list(last.children))):
            # "the lawyer William Pell told the court that ...", parsed as a relative clause: a
            # clause with no relative word has its gap at the end ("the song they thought they
            # were buying", "a site they feel they can trust"), else it is whole
            return False, None
        return True, antecedent  # "the song they thought they were buying": the gap is in the content
    if not subjectless:
        return False, None
    if len(tokens) == 1:
        return True, None  # "a watch she said was ...", the content cut after its verb: a fragment
    if relcl:
        return True, antecedent
    if relative is None or relative.lower_ == "what":
        # no relative clause in sight (a subject the parse put elsewhere), or a free relative ("to
        # change what he said was a fine court"), read as a claim about the thing: as it is
        return False, None
    # "the ranch, which Velco claims was sold", "claims" taken for a noun: the word before "which";
    # not a noun ("shot down 20 drones overnight, which Moscow says were ..."): the content as it is
    before = next((t for t in reversed(doc[: relative.i]) if not t.is_punct), None)
    if before is None or not before.tag_.startswith("NN"):
        return False, None
    return True, before


# the auxiliaries and adverbs between a document and its verb ("Surveys have also shown")
_DOCUMENT_HELPERS = re.compile(r"(?:\s+(?:has|have|had|also|now|already|reportedly|consistently|repeatedly))+$")


def _forecast_figure(verb) -> bool:
    """ "The bank has forecast growth of 1.9% in 2005", "Grobco now forecasts 2006 turnover of £80m": a
    forecast's noun object, a measure with a figure, is a prediction stated (as "forecast that
    growth will be 1.9%"); "forecast a good year", "predicted the winner" state no figure."""
    measure = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if measure is None or measure.lower_ not in RESULT_MEASURES:
        return False
    # the figure in the measure's phrase, or in a phrase the parser hung on the verb ("growth in the
    # region of 1.9%"); not in a clause after it ("a rise in sales after it opened 40 shops")
    phrases = [measure, *(c for c in verb.children if c.dep_ == "prep" and c.i > measure.i)]
    return any(_has_figure(verb.doc[p.left_edge.i : p.right_edge.i + 1]) for p in phrases)


def _has_figure(span) -> bool:
    """A percentage, a sum or a number that is not a year alone ("31bn yen", "1.9%", "two per cent")."""
    return bool(parse_quantities(span.text))


def _praised_for_own_deed(verb) -> bool:
    """ "praised the police for their action", "thanked Ms Vell for her services": the "for" phrase
    is a noun the addressee owns, no statement (the guide leaves noun objects out); a deed told
    with a verb ("for tackling a burglar") or in quoted words ("for his "sensational start"") is
    a statement about the addressee and stays."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        if len(objects) != 1 or objects[0].dep_ != "pobj" or objects[0].tag_ in ("VBG", "WP"):
            return False
        noun = objects[0]
        words = list(noun.subtree)
        if any(t.tag_ == "VBG" for t in words[:2]) or any(t.text in OPEN_QUOTES + CLOSE_QUOTES for t in words):
            return False
        after = verb.doc[noun.right_edge.i + 1 : noun.right_edge.i + 3]
        if len(after) == 2 and after[0].text == ":" and after[1].text[:1] in OPEN_QUOTES:
            return False  # 'praised the fans for their behaviour: "They showed ..."': the praise introduces a quote
        return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)
    return False


# what ties a name to the document it wrote or names: "by X", "from the firm X", "at X", "called
# X" before it, or "X's document", "X survey"
_AUTHOR_BEFORE = re.compile(r"\b(?:by|from|at|called|named)\s+(?:[\w’'-]+\s+){0,3}$")
# a document heading a relative clause at the end of the phrase before the verb: the phrase
# from the document's determiner ("a research note called Grobco which", "analysis which")
_RELATIVE_DOCUMENT = re.compile(
    rf"(?P<document>(?:\b(?:a|an|the|its|their|his|her|this|new|latest)\s+)*\b(?:{DOCUMENT_WORDS})\b"
    r"(?:(?!\b(?:which|that)\b)[^,;])*?)\s+(?:which|that)\s*$",
    re.IGNORECASE,
)
_AUTHOR_AFTER = re.compile(rf"^(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_WORDS})\b", re.IGNORECASE)


def _document_author(body: str, a: int, b: int, mention) -> bool:
    """Whether a name in a document's phrase a..b is its author ("a survey by Tom Pell", "Norco's
    figures") rather than a name the phrase tells of ("Investigations carried out in the wake of
    Ms Vell's resignation found ...": Ms Vell wrote nothing)."""
    return bool(_AUTHOR_BEFORE.search(body[a : mention.start]) or _AUTHOR_AFTER.match(body[mention.end : b]))


def _document_object(verb) -> bool:
    """Whether a verb of finding has a document for its object after it ("... reveals the annual
    Grobco survey", "published the report"): the document is no content."""
    return any(
        c.dep_ == "dobj" and c.i > verb.i and (c.lower_ in DOCUMENT_NOUNS or singular(c.lower_) in DOCUMENT_NOUNS)
        for c in verb.children
    )


def _document_claim(text: str, offset: int, p_index: int, ctx: ArticleContext, add, s0: int, s1: int) -> None:
    """ "Figures released on Friday show that ...", when the parse missed the verb."""
    match = DOCUMENT_CLAIM.match(text)
    if match is None or re.search(r"\bto$", match.group("who")):
        return  # "... expected the minutes to show X": an expectation, not a finding
    a, b = offset + match.start("who"), offset + match.end("who")
    verb_at = b + len(text[match.end("who") :]) - len(text[match.end("who") :].lstrip())
    if (helper := _DOCUMENT_HELPERS.search(text, match.start("who"), match.end("who"))) is not None:
        b = offset + helper.start()  # "Surveys have also shown": the auxiliary and adverbs are no part of the source
    named = [m for m in ctx.mentions_in(a, b) if m.label in ("ORG", "PERSON") and _document_author(ctx.body, a, b, m)]
    if len({m.entity_id for m in named}) > 1:
        named = []  # "surveys from the Halifax and Nationwide": a document of two bodies, neither its speaker
    who = ctx.body[a:b]
    if (relative := _RELATIVE_DOCUMENT.search(who)) is not None:
        who = relative.group("document")  # "It issued the warning after analysis which showed": the analysis
    speaker = named[-1].text if named else re.sub(r"^(?:And|But|Yet|So)\s+", "", who.strip(EDGE))
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


def _inverted_document_claim(
    doc, text: str, offset: int, p_index: int, ctx: ArticleContext, drafts: list[Draft], add, s0: int, s1: int
) -> None:
    """ "Sales keep rising(,) reveals the annual Grobco survey(, which found ...).": the clause
    before the verb is the document's finding; its author, when the phrase names one, speaks
    (unless the sentence's claims already take the verb or the clause). Never a verb whose subject
    is the whole clause before it ("Police officers later found the report"), nor a clause with no
    finite verb ("The new finance minister suggests a review")."""
    match = document_inverted(text)
    if match is None or _inside_quote(text, 0, match.start("who")):
        return
    verb = next((t for t in doc if t.idx == match.start("verb")), None)
    if verb is None or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.left_edge.idx <= match.start("content")
        for c in verb.children
    ):
        return  # the whole clause before the verb is its subject
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc if t.idx < match.end("content")):
        return
    if any(
        d.verb_at == offset + match.start("verb") or (d.start < offset + match.end("content") and d.end > offset)
        for d in drafts
    ):
        return
    a, b = offset + match.start("who"), offset + match.end("who")
    named = [m for m in ctx.mentions_in(a, b) if m.label in ("ORG", "PERSON") and _document_author(ctx.body, a, b, m)]
    if len({m.entity_id for m in named}) > 1:
        named = []  # "the Grobco and Tarvan survey": a document of two bodies, neither its speaker
    c0, c1 = trim(ctx.body, offset + match.start("content"), offset + match.end("content"))
    draft = Draft(
        p_index,
        c0,
        c1,
        named[-1].text if named else ctx.body[a:b],
        named[-1].entity_id if named else None,
        "show",
        False,
        s0,
        s1,
        verb_at=offset + match.start("verb"),
    )
    add(draft, [])


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
