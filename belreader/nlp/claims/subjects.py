"""Who speaks: the speaker of a reporting verb in the dependency parse (its subject, one inherited
from a head verb, an inverted subject, a name before or after the verb, a relative clause), resolved
to an entity through the article's context, and the descriptions that stand for an unnamed speaker
("a senior minister", "two-thirds of those polled"); with the checks of a speaker that is an outlet
or only its employee."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from belreader.nlp import occasions
from belreader.nlp.aliases import normalise
from belreader.nlp.claims.context import ArticleContext, other_nationality
from belreader.nlp.claims.spans import Draft, _inside_quote
from belreader.nlp.claims.vocabulary import (
    _ADDRESSED,
    _AGE,
    _ANONYMOUS,
    _DESIGNATOR_WORDS,
    _DETERMINERS,
    _FINITE_TAGS,
    _HONORIFIC_WORDS,
    _RELATIVE,
    ACCORDING_SOURCE_NOUNS,
    CITED_AS_NOUNS,
    CLOSE_QUOTES,
    COMPANY_HEADS,
    CONSTITUENCY_MEMBER,
    DOCUMENT_ADDRESSEE,
    DOCUMENT_NOUNS,
    EAGER_TO_SAY,
    EDGE,
    ESTIMATE_NOUNS,
    ESTIMATED_LEVELS,
    FINDING_BODIES,
    FOR_LEMMAS,
    FORECAST_TIME,
    FUTURE_BE,
    FUTURE_HEADS,
    FUTURE_MODALS,
    GROUP_NOUNS,
    INSCRIPTIONS,
    MAGNITUDES,
    MEMBERS_OF_NAMED,
    MODAL_SKIP,
    NAMED_COMPLEMENT_LEMMAS,
    NAMED_KIND_HEADS,
    NAMES_LISTED,
    OPEN_QUOTES,
    OWNED_NOUNS,
    PERSON_DESCRIPTIONS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLAYER_ROLES,
    QUANTIFIERS,
    QUOTED_AS_NAMING_LEMMAS,
    REPORTING_LEMMAS,
    SET_LEVEL_OWNERS,
    SETTING_NOUNS,
    SKIP_SUBJECTS,
    SOURCE_NOUNS,
    SPACED_DASH,
    SPEECH_NOUNS,
    STANCE_ADJECTIVES,
    UNNAMED_SOURCE_PEOPLE,
    VALUING_FORMS,
    WORK_NOUNS,
    doc_text,
    is_writing,
    lemma_of,
    lemma_of_document,
    member_description,
    modal,
    named_before_dash,
    person_description,
    pos_of,
    stem_in,
    unresolved,
)
from belreader.nlp.kinds import BODY_WORDS, capital_initials
from belreader.nlp.offices import (
    BOARD_OFFICES,
    CHAMBER_OFFICES,
    HEAD_OFFICES,
    RELIGIOUS_OFFICES,
    SHORT_RANKS,
    SPOKESPEOPLE,
    once_held,
)
from belreader.nlp.people import (
    AFTER_NAME,
    HONORIFICS,
    JOB_TITLES,
    NATIONALITIES,
    POST_NOMINALS,
    TITLE_WORDS,
    first_name_gender,
    honorific_before,
    is_first_name,
    is_person_noun,
    noun_gender,
)
from belreader.nlp.people import ROLE_NOUNS as PEOPLE_ROLE_NOUNS
from belreader.nlp.records import Mention
from belreader.nlp.saying import SAYING_LEMMAS
from belreader.nlp.sources import DESIGNATOR_MEDIA_WORDS, MEDIA_NOUNS, MEDIUM_TAIL_NOUNS, alternation
from belreader.quantities import NUMBER_WORDS, TIME_WORDS, looks_plural, singular


def _subject(verb):
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and (whole := _mend_hyphenated_subject(verb, subjects)) is not None:
        return whole
    if len(subjects) > 1 and (whole := _mend_kind_before_name(verb, subjects)) is not None:
        return whole
    if len(subjects) > 1:  # "X's former opponent, NAME reacted": the parser may split an apposition
        # "..., which its makers claim is ...": the relative pronoun belongs to the clause said
        subjects = [s for s in subjects if s.tag_ != "WDT"] or subjects
        # "The drummer of Because the Morning said": a title's words after a subordinator the parser
        # hung on the verb ("Because", "When") are no subject of it; the phrase before them is
        subjects = [
            s for s in subjects if not any(m.dep_ == "mark" and subjects[0].i < m.i < s.i for m in verb.children)
        ]
        if (inverted := _inserted_inverted_subject(verb, subjects)) is not None:
            return inverted
        named = [s for s in subjects if pos_of(s) == "PROPN"]
        return named[-1] if named else subjects[0]
    if subjects:
        _mend_name_start(verb, subjects[0])
    if subjects and (inverted := _inserted_inverted_subject(verb, subjects)) is not None:
        return inverted
    return subjects[0] if subjects else (_mend_age_subject(verb) or _mend_opening_apposition(verb))


def _mend_opening_apposition(verb):
    """ "In an interview with the Toronto Star, Ontario's housing minister, Tom Pell, said ...": the
    parser may hang the subject set off by commas on the opening phrase's last noun as its
    apposition ("Star" <- "minister"), leaving the verb no subject. Mended only in that shape: the
    verb has no subject and opens no question, an opening prepositional phrase hangs on it, the
    apposition hangs inside that phrase, starts right after its comma and ends right before the
    comma before the verb, and it names a person or office (a proper noun or a noun with a proper
    noun in apposition, "Tom Pell", "the minister, Tom Pell"); a conjunct the parser made of it
    ("At a rally in Tarbury, Tom Pell, the mayor, said") only with no "and"/"or"; else None."""
    doc, i = verb.doc, verb.i
    if i < 4 or pos_of(verb) not in ("VERB", "AUX") or doc[i - 1].text != ",":
        return None
    start = verb.sent.start
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == start), None)
    if opening is None:
        return None
    candidates = [
        token
        for token in opening.subtree
        # "At a rally in Tarbury, Tom Pell, the mayor, said": or its conjunct, with no "and"
        if (token.dep_ == "appos" or (token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.head.children)))
        and token.right_edge.i == i - 2
        and doc[token.left_edge.i - 1].text == ","
        and token.head.i < token.left_edge.i
    ]
    if not candidates:
        return None
    # the innermost one that names someone: "In his new book, Lawless World, Philippe Sands, a QC,
    # suggests": the name after the book's title, not the title
    named = [t for t in candidates if pos_of(t) == "PROPN"]
    token = named[-1] if named else candidates[0]
    if not (pos_of(token) == "PROPN" or any(c.dep_ == "appos" and pos_of(c) == "PROPN" for c in token.children)):
        return None
    token.head = verb
    token.dep_ = "nsubj"
    return token


def set_off_inverted(verb, subject) -> bool:
    """ "The best option, say analysts, is ...": whether the verb and its subject after it stand
    between commas inside the clause they report, a subject before them (the clause's own)."""
    if subject is None or verb.i < 2 or subject.i <= verb.i or not _between_commas(verb, subject):
        return False
    if verb.doc[verb.i - 2].tag_ == "IN":
        return False  # "X shows that A because, said Tom Pell, B": his words are the clause after "because"
    # a clause of its own before the verb, not a connective ("For instance, said Mr Pell, ...",
    # "Worryingly, said the firm, ...": the content is the clause after, as the guide has it)
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") or t.tag_ in _FINITE_TAGS
        for t in verb.doc[verb.sent.start : verb.i - 1]
    )


def _between_commas(verb, speaker) -> bool:
    """Whether "…, VERB SPEAKER, …" stands so: a comma right before the verb, only the speaker's
    own modifiers between them, a comma closing the speaker with more of the sentence after it."""
    doc = verb.doc
    close = speaker.right_edge.i + 1
    return (
        verb.i > 0
        and doc[verb.i - 1].text == ","
        and all(t.dep_ in ("det", "amod", "compound", "nummod") for t in doc[verb.i + 1 : speaker.i])
        and close < len(doc) - 1
        and doc[close].text == ","
    )


def _inserted_inverted_subject(verb, subjects):
    """ "The best option, say analysts, is to wait": the subject after a verb set off by commas
    inside the clause it reports, the one before it (which the parser also hung on the verb)
    the reported clause's own; else None."""
    doc = verb.doc
    before = [s for s in subjects if s.i < verb.i]
    if not before or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(pos_of(s) in ("PROPN", "PRON") for s in before):
        return None  # "Lord Falconer, agreed the Act, which ..., was ...": a named subject agrees
    after = [s for s in subjects if s.i > verb.i]
    taken_for_object = not after and lemma_of(verb) in REPORTING_LEMMAS and verb.tag_ in ("VBP", "VBD", "VBZ")
    if taken_for_object:
        # "What is needed, agree analysts, is ...": the speaker parsed as the verb's object, the
        # reported clause's verb after the closing comma joined to it
        after = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not after or not _between_commas(verb, after[0]):
        return None
    speaker = after[0]
    if taken_for_object and (
        not any(c.dep_ == "conj" and c.i == speaker.right_edge.i + 2 for c in verb.children)
        or any(t.dep_ in ("relcl", "acl", "prep") for t in speaker.subtree)
    ):
        return None  # ("agreed the Act, which governs ..., was ..."): a thing agreed, described
    return speaker


def _mend_hyphenated_subject(verb, subjects):
    """ "The Tory co-chairman said", "its vice-president has said", "Wal-Mart said": the parser may
    split one hyphenated word into subjects of the verb ("co", "-") with its last part hung on the
    dash, so the speaker was cut at the hyphen ("The Tory co"). The word's last part is mended into
    the subject, its first part and the dash hung on it; else None."""
    doc = verb.doc
    for first in subjects:
        i = first.i
        if i + 2 >= len(doc) or i + 2 == verb.i:
            continue
        dash, last = doc[i + 1], doc[i + 2]
        if not (
            dash.text == "-"
            and not first.whitespace_
            and not dash.whitespace_
            and first.text[:1].isalpha()
            and last.text[:1].isalpha()
            and dash.head.i == verb.i
            and dash.dep_ == "nsubj"
            and (last.head.i == verb.i or last.head.i == dash.i)
        ):
            continue
        last.head = verb
        last.dep_ = "nsubj"
        dash.head = last
        dash.dep_ = "punct"
        first.head = last
        first.dep_ = "compound"
        return last
    return None


def _mend_kind_before_name(verb, subjects):
    """ "..., state news agency BelTA reported": the parser may make the kind of body before its name
    ("state news agency", "news agency", "broadcaster") a subject of the verb of its own beside the
    name, so the speaker was the name alone and the kind's words were left at the end of the content
    ("X said A, state news agency"). A common noun subject right before a proper noun subject (no
    word between, both before the verb, nothing after the name but the verb) is mended into the
    name's compound; else None."""
    for kind, name in zip(subjects, subjects[1:], strict=False):
        if (
            pos_of(kind) == "NOUN"
            and pos_of(name) == "PROPN"
            and kind.right_edge.i + 1 == name.left_edge.i
            and name.right_edge.i + 1 == verb.i
            and kind.left_edge.i > 0
            and verb.doc[kind.left_edge.i - 1].text == ","
        ):
            kind.head = name
            kind.dep_ = "compound"
            return name
    return None


def _mend_age_subject(verb):
    """ "The 31-year-old insisted ...", '"...," the 22-year-old said': the parser may hang "old" on
    the verb as an adjective and "the" as the verb's determiner, leaving it no subject; the phrase
    right before the verb is mended into its subject ("old", with "the" its determiner), which is
    resolved as any "the 31-year-old" is (the one person it can be, else unresolved)."""
    doc, i = verb.doc, verb.i
    if i < 6 or pos_of(verb) not in ("VERB", "AUX"):
        return None
    old, year, the = doc[i - 1], doc[i - 3], doc[i - 6]
    if not (
        old.lower_ == "old"
        and old.head.i == i
        and old.dep_ in ("amod", "advmod", "npadvmod", "dep")
        and year.lower_ == "year"
        and doc[i - 5].like_num
        and doc[i - 2].text == "-"
        and doc[i - 4].text == "-"
        and the.lower_ == "the"
        and the.head.i in (i, old.i)
    ):
        return None
    the.head = old
    old.dep_ = "nsubj"
    return old


def _affiliated_person(ctx: ArticleContext, verb, offset: int):
    """ "Jo Bell, Westby Traders Association said", "said Jo Bell, head of consultancy Brightline":
    the parser may give the verb the organisation after the person's comma as a second subject.
    The first of several named subjects, when it names a person, a comma follows it and no later
    one names a person: the speaker (the organisation is theirs). Else None."""
    named = [c for c in verb.children if c.dep_ == "nsubj" and pos_of(c) == "PROPN"]
    if len(named) < 2 or named[0].i + 1 >= len(verb.doc) or verb.doc[named[0].i + 1].text != ",":
        return None

    def person(token) -> bool:
        mention = ctx.mention_at(offset + token.idx)
        return mention is not None and ctx.is_person(mention.entity_id)

    return named[0] if person(named[0]) and not any(person(s) for s in named[1:]) else None


def future_speech(verb) -> bool:
    """Words not yet said: the sentence's verb of saying under a future modal ("Tom Pell will tell
    the conference: ...", "..., she'll say"), or a to-infinitive of "is" or of a plan ("is to tell",
    "is expected to say", "is due to announce that"), or a participle or a verb joined to such a
    verb ("will argue A, saying B", "will say A and add B": a verb of no tense of its own, not "will
    tell MPs and said on Friday that ..."). A future modal only on the sentence's own verb (its
    root): "said he will tell the court that ..." is a claim of "said" (the reported future is its
    content), and "will step down, saying ..." reports what was said; a to-infinitive of a plan at
    any depth ("X is to say A, aides said": the aides' claim only)."""
    if lemma_of(verb) not in REPORTING_LEMMAS:
        return False  # "will continue into 2006", "will be happy": no saying
    node = verb
    for _ in range(4):
        if (up := _bare_conj_of_content(node)) is not None:
            node = up  # "will say the plan failed and add that ...": "add" goes with "will say"
            continue
        if node.dep_ in ("advcl", "conj") and node.head.i < node.i and (node.tag_ == "VBG" or node.dep_ == "conj"):
            if (
                lemma_of(node.head) not in REPORTING_LEMMAS
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children)
                # "will tell MPs on Monday and said on Friday that ...": a tense of its own, words said
                # (not VBP, the tagger's twin of the base form: "will tell MPs and argue that ...")
                or node.tag_ in ("VBD", "VBZ", "VBN")
            ):
                return False
            node = node.head
            continue
        if node.dep_ == "acl" and node.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in node.children):
            # "will argue against the plan saying ...": the participle hung on the verb's object
            up = node.head
            for _ in range(3):
                if up.dep_ not in ("pobj", "dobj", "prep") or up.head.i == up.i:
                    break
                up = up.head
            if up.i < node.i and pos_of(up) in ("VERB", "AUX") and lemma_of(up) in REPORTING_LEMMAS:
                node = up
                continue
        break
    if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        # at any depth: "Tom Pell is to say that X, aides said" is the aides' claim, not his
        head = node.head
        if any(c.lower_ in _SAID_AFTERWARDS for c in node.children) and head.lower_ in ("was", "were"):
            return False  # "He was to say later that ...": the narrator's past looking on, words said
        return head.lower_ in FUTURE_BE or head.lower_.startswith(FUTURE_HEADS)
    if node.tag_ in ("VBD", "VBZ"):
        return False  # "Sales will rise, Will said": a modal is never followed by "said" (a name)
    return _sentence_verb(node) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS and (c.lower_ not in MODAL_SKIP or modal(c))
        for c in node.children
    )


_SAID_AFTERWARDS = frozenset({"later", "afterwards", "afterward", "subsequently"})


def _bare_conj_of_content(node):
    """ "Tom Pell will say the plan failed and add that ...": a verb of saying in its base form, with
    no subject or auxiliary of its own, that the parser joined to a verb with a tense of its own
    inside another verb of saying's content ("failed", the clause of "say"). A base form cannot
    share that tense: it shares the governing verb's ("will say ... and add"), which is returned;
    None when the shape is not this one ("said he would fail and add costs": joined to a base form)."""
    head = node.head
    if not (
        node.dep_ == "conj"
        # (VBP, the tagger's twin of the base form, only after a past or third-person head: "the
        # firms are strong and argue that ..." is the firms')
        and (node.tag_ == "VB" or (node.tag_ == "VBP" and head.tag_ != "VBP"))
        and head.i < node.i
        and head.tag_ in ("VBD", "VBZ", "VBN", "VBP")
        and head.dep_ == "ccomp"
        and lemma_of(head) not in REPORTING_LEMMAS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children)
    ):
        return None
    up = head.head
    return up if up.i < head.i and lemma_of(up) in REPORTING_LEMMAS else None


def _sentence_verb(verb) -> bool:
    """The sentence's own verb: its root, or the verb before a colon that the parser hung on the
    quote after it ('Tom Pell is to tell MPs: "We are ready."', "We are" the root)."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and head.dep_ == "ROOT"
        and head.i > verb.i
        and any(t.text == ":" for t in verb.doc[verb.i : head.i])
    )


def _mend_name_start(verb, subject) -> None:
    """'"...," Will Harbin told ...': a name's first word that the parser took for the verb's
    modal (`modal`) is mended into the subject's name, so that the speaker is "Will Harbin"."""
    first = subject.left_edge.i
    if first > 0 and first - 1 < verb.i:
        word = subject.doc[first - 1]
        if word.dep_ == "aux" and word.head.i == verb.i and word.lower_ in MODAL_SKIP and not modal(word):
            word.head, word.dep_ = subject, "compound"


def _wh_led(subject) -> bool:
    """ "which approach", "whose contract": a question's or a relative clause's own noun phrase."""
    first = subject.left_edge
    return first.i < subject.i and first.tag_ in ("WDT", "WP$", "WP") and first.head.i == subject.i


def who_antecedent(verb):
    """The one a "who" clause is about when the parser hung it on the object of a preposition in
    a description of a named person ("Tom Pell - a historian and an expert on shipping, who has
    confirmed ...": Pell, not "shipping"); else the noun it hangs on. Only a common noun that is no
    person's word is passed over, and only for the name the description stands beside (in
    apposition, or joined to its apposition): "a friend of Tom Pell, who said" stays as parsed."""
    head = verb.head
    noun = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if noun is None or pos_of(head) != "NOUN" or is_person_noun(head.text) or pos_of(noun) != "NOUN":
        return head
    for _ in range(3):  # "Tom Pell, a historian and an expert on ...": the expert joined to the apposition
        if noun.dep_ not in ("appos", "conj") or noun.head.i > noun.i:
            break
        noun = noun.head
        if pos_of(noun) == "PROPN":
            return noun
    # "Tom Pell - an expert on ...", the name parsed as the description's modifier
    before = next((c for c in noun.lefts if c.dep_ in ("nmod", "npadvmod") and pos_of(c) == "PROPN"), None)
    if before is not None and any(t.text in ",-–—" for t in noun.doc[before.i + 1 : noun.i]):
        return before
    return head


def _antecedent(whose):
    """The noun a "whose" clause is about, right before it ("the band - whose ..."), or None
    (an adjective heading it, "the 30-year-old, whose ...", names no speaker the article resolves)."""
    k = whose.i - 1
    if k > 0 and whose.doc[k].text in (",", "-", "–", "—"):
        k -= 1
    token = whose.doc[k] if k >= 0 else None
    return token if token is not None and pos_of(token) in ("NOUN", "PROPN") else None


def _whose_gap(subject) -> bool:
    """ "whose album critics say is her best": the phrase "whose X" is the gap of the reported
    clause (its verb has no subject of its own), so it is not the speaker's phrase; "whose lawyer
    said he was innocent" (the clause has its subject) is."""
    clause = next((c for c in subject.head.children if c.dep_ == "ccomp" and c.i > subject.head.i), None)
    return clause is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _whose_phrase(ctx: ArticleContext, subject, offset: int) -> str:
    """ "Velco's chief executive" for "Velco, whose chief executive": the antecedent's name (its
    noun phrase, when it is a name) owns the rest; else the rest alone ("chief executive")."""
    whose, last = subject.left_edge, _subject_last(subject)
    rest = ctx.body[offset + whose.idx + len(whose) : offset + last.idx + len(last)].strip(EDGE)
    owner = _antecedent(whose)
    if owner is None or pos_of(owner) != "PROPN":
        return rest
    first = owner
    while first.i > 0 and owner.doc[first.i - 1].dep_ == "compound" and owner.doc[first.i - 1].head.i == owner.i:
        first = owner.doc[first.i - 1]  # "Tom Pell": the name's words before its head
    name = ctx.body[offset + first.idx : offset + owner.idx + len(owner)]
    return f"{name}'s {rest}"


def _at_pains(verb):
    """ "X was at pains to point out that ...": the verb the idiom's "at" hangs on (the parser
    hangs the infinitive on the noun "pains", which is no speaker), else None."""
    pains = verb.head
    if (
        verb.dep_ not in ("acl", "relcl")
        or pains.lower_ != "pains"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or pains.head.lower_ != "at"
        or pains.head.head.i == pains.head.i
    ):
        return None
    return pains.head.head


def _eager_to_say(verb):
    """ "Grobco was keen to point out that ...": the subject of the copula the adjective hangs on,
    when the infinitive of saying has a clause of its own; never under a modal ("would be keen to
    say": not said), nor denied ("was careful not to say that ...": the opposite of saying it), nor
    with a noun object ("is keen to add the record to his collection")."""
    adjective = verb.head
    copula = adjective.head
    if (
        verb.dep_ != "xcomp"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or adjective.dep_ != "acomp"
        or adjective.lower_ not in EAGER_TO_SAY
        or copula.lower_ not in ("is", "are", "was", "were", "been")
        or any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children)
        or any(c.dep_ == "neg" for t in (verb, adjective, copula) for c in t.children)
        or not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj"), None)


# the gerunds of saying whose speaker is the object of the verb they are a reason for
_CHARGED_GERUNDS = {"saying", "suggesting", "claiming", "stating", "declaring", "insisting", "arguing", "alleging"}


def charged_gerund(verb):
    """ "thanked the team for insisting that ...", "blamed Velt for claiming ...": the gerund of saying
    with a clause of its own after the verb's own "for" (not one hung on the object), or None. The
    verb's subject did not say the clause: the object did (`charged_object`)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for gerund in prep.children:
            if (
                gerund.dep_ == "pcomp"
                and gerund.tag_ == "VBG"
                and gerund.lower_ in _CHARGED_GERUNDS
                and any(c.dep_ == "ccomp" for c in gerund.children)
            ):
                return gerund
    return None


def charged_object(verb):
    """ "Velt suspended a candidate for allegedly suggesting that ...", "criticised the government
    for claiming ...", "accused the party of claiming ...": a gerund of saying after "for" or "of"
    that gives the reason for what a verb did to its object: the object said it, not the verb's
    subject; only an object that can speak (a name, a person, a group or a body: not "whipped up a
    media storm for saying ...", "made the mistake of saying ...", where the subject goes on), never
    a pronoun ("fined him for saying": left to the subject, as before), and under a verb of saying
    or of judging ("accused", "criticised") only a name; never with "for" hung on the object."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.lower_ not in _CHARGED_GERUNDS:
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    if prep.head.dep_ == "dobj":
        # the parser hung "for" on the object: the object's words would run on into the claim ("a
        # consultant for arguing that ..."), and the object may be the one paid to argue it
        return None
    noun = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if noun is None or pos_of(noun.head) != "VERB" or noun.i > prep.i:
        return None
    if pos_of(noun) != "PROPN" and (lemma_of(noun.head) in REPORTING_LEMMAS or lemma_of(noun.head) in FOR_LEMMAS):
        # "accused the party of claiming ...", "criticised the government for claiming ...": inside
        # another's words only a name speaks; a description there is resolved by a guess
        return None
    word = noun.lower_
    if not (
        pos_of(noun) == "PROPN"
        or is_person_noun(noun.text)
        or word in GROUP_NOUNS
        or singular(word) in GROUP_NOUNS
        or _source_head(word)
    ):
        return None
    return noun


def _inherited_subject(verb):
    if (absolute := _with_subject(verb)) is not None:
        return absolute
    if (eager := _eager_to_say(verb)) is not None:
        return eager
    node = verb
    joined = False  # climbed from a verb joined with "and" past a "which ..." subject
    for _ in range(5):
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return None  # "a party expected to launch", "two men believed to be": passive, nobody speaks
        if (at_pains := _at_pains(node)) is not None:
            # "Staff were at pains to point out that ...": whoever was at pains; "Tom Vell, who was
            # at pains to say ...": the noun the relative clause is about
            subject = _subject(at_pains)
            if subject is not None and subject.tag_ in ("WP", "WDT"):
                return (
                    at_pains.head if at_pains.dep_ == "relcl" and pos_of(at_pains.head) in ("NOUN", "PROPN") else None
                )
            return subject
        if node.dep_ == "acl" and pos_of(node.head) == "NOUN" and node.head.dep_ != "appos":
            if node is verb and (taker := _stance_taker(node)) is not None:
                return taker  # "Grobco attacked the levy saying ...": who attacked it speaks
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
            if (
                below.dep_ == "advcl"
                and below.tag_ == "VBG"
                and (governor := _governor_of_noun_clause(node)) is not None
            ):
                # "X laughed off suggestions that his seat was in danger, saying ...": the
                # participle hung on the noun's "that" clause goes on from whoever dismissed it
                node = governor
            if below.dep_ == "advcl" and (shown := _person_shown(node, below)) is not None:
                return shown  # "The film showed Mr Bell, at the rally, telling them ...": Mr Bell
            if below.dep_ == "advcl" and (poster := _poster_showing(node)) is not None:
                return poster  # "The poster shows Mr Bell holding a flag, saying ...": the poster's words
            subject = _subject(node)
            if subject is not None and _wh_led(subject):
                # "The band, whose album sold well, ..., adding": the noun the relative clause is
                # about speaks (also when the parser took the relative clause for the main one);
                # "are divided over which approach is best and say": whoever is divided
                if subject.left_edge.lower_ == "whose":
                    return _antecedent(subject.left_edge)  # none found: unknown, never "whose X"
                joined = joined or below.dep_ == "conj"
                subject = None
                continue
            if subject is None and below.dep_ == "conj" and node.dep_ == "conj":
                # "... but his lawyer, Jo Bell, told X ... and added": the subject the verb before
                # "and" has in all but the parse
                subject = _name_before(node.doc, node)
            if subject is None and _raised_report(below, node):
                # "Mr X is alleged to have said Y", "she was reported to have told Z": the one the
                # passive is said of spoke
                subject = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if (
                subject is None
                and (below.dep_ == "conj" or joined)
                and not any(c.dep_ == "auxpass" for c in below.children)
            ):
                # "He was advised to wait and said he had done nothing wrong": the passive's
                # subject is the one who goes on to speak
                subject = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if subject is None and _participle_after_passive(below, node):
                # "Tom Pell was dropped by the coach after missing a session, claiming he had a
                # cold": the participle after the comma goes on from the passive's subject
                subject = next(c for c in node.children if c.dep_ == "nsubjpass")
            if subject is not None:
                return subject
        else:
            break
    return None


def _participle_after_passive(participle, verb) -> bool:
    """Whether `participle` is a participle of saying set off by a comma after the passive `verb`
    whose subject is a name or "he"/"she"/"they" ("Tom Pell was dropped after missing a session,
    claiming he was ill"): the one the passive is said of goes on to speak. Not a thing ("The plan was
    attacked by unions, claiming ...": no plan claims) nor a participle without its comma ("was
    seen leaving", "was caught saying": what the passive's agent saw or heard), nor one right after
    the passive's agent ("was backed by Ann Bell on Monday, saying ...": maybe the agent's words)."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or lemma_of(participle) not in SAYING_LEMMAS:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) or participle.i < 1:
        return False
    if participle.doc[participle.i - 1].text != ",":
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i < participle.i), None)
    if agent is not None and not any(
        pos_of(t) in ("VERB", "AUX") for t in participle.doc[agent.right_edge.i + 1 : participle.i - 1]
    ):
        # "Tom Pell was criticised by Ann Bell, saying ...": right after its agent (a time or place
        # between), the participle is the agent's words as often as the subject's; only a clause of
        # the subject's own between ("dropped by the coach after missing a session, claiming ...")
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (pos_of(subject) == "PROPN" or subject.lower_ in ("he", "she", "they"))


# what a film or footage does with the person in it ("The film showed Mr Bell telling ...")
_SHOWING_LEMMAS = {"show", "depict", "feature", "picture", "capture", "film", "record"}
# things that record what a person said; a poster, an advert or a cartoon puts words in the mouth
# of the person it shows (an opponent's campaign poster), so its words stay the poster's
_RECORDINGS = {
    "documentary", "film", "footage", "video", "programme", "program", "recording", "tape", "clip",
    "broadcast", "newsreel", "camera", "cameras", "interview",
}  # fmt: skip
# what the person shown does that is their own words ("telling the crowd", "saying"); the recording's
# own inference ("suggesting", "revealing", "arguing that ...") stays the recording's
_UTTERED_LEMMAS = (SAYING_LEMMAS - {"suggest", "argue"}) | {"announce", "declare", "shout", "vow", "promise", "boast"}
_UTTERED_LEMMAS |= {"talk", "speak", "address"}  # "talking about the EU, telling the meeting ..."


def _person_shown(verb, participle):
    """ "The documentary showed Mr Bell, on a visit, telling the crowd ...", "Footage shows Jo
    Bell holding a flag, saying ...": the person a recording shows, named before the participle (as
    the verb's object, or as the subject of its "-ing" clause), is who speaks, not the recording.
    Only when the verb's subject is a recording (a person who "saw Jo Bell, saying ..." speaks
    himself; "The poster shows Jo Bell saying ..." is the poster makers' words)."""
    if participle.tag_ != "VBG" or stem_in(participle.lower_, _UTTERED_LEMMAS) is None:
        return None
    subject = _showing_subject(verb)
    if subject is None or subject.lower_ not in _RECORDINGS:
        return None
    for child in verb.children:
        if child.i > participle.i:
            continue
        if child.dep_ == "ccomp" and child.tag_ == "VBG":
            child = next((c for c in child.children if c.dep_ == "nsubj"), child)
        elif child.dep_ != "dobj":
            continue
        # a person named, by first name or honorific ("Jo Bell", "Mr Bell"), not a place or a body
        # ("showed Tarbury at dawn"); "him"/"her" is left to the recording, as before
        if pos_of(child) == "PROPN" and any(
            c.dep_ == "compound" and c.i < child.i and (c.lower_ in HONORIFICS or is_first_name(c.text))
            for c in child.children
        ):
            return child
    return None


# what puts words in the mouth of the person it pictures (with the writings put up or handed out)
_PICTURES = INSCRIPTIONS | {"cartoon", "caricature"}


def _poster_showing(clause):
    """ "The poster shows Jo Bell holding a flag, saying ...": for the "-ing" clause of a verb of
    showing whose subject is a poster, an advert or a cartoon (`_PICTURES`), that subject: the
    words it gives the person it shows are its makers', not that person's."""
    if clause.dep_ != "ccomp" or clause.tag_ != "VBG":
        return None
    subject = _showing_subject(clause.head)
    return subject if subject is not None and singular(subject.lower_) in _PICTURES else None


def _showing_subject(verb):
    """The common-noun subject of a verb of showing ("The film shows", "the poster pictured"), or None."""
    if verb.lower_ != "shown" and stem_in(verb.lower_, _SHOWING_LEMMAS) is None:
        return None
    subject = _subject(verb)
    return subject if subject is not None and pos_of(subject) == "NOUN" else None


# verbs that take "with" as their own complement, and the objects or nouns that do so in a verb
# phrase ("shook hands with", "a deal with"): "X agreed with Y saying ..." is X's statement, not an
# absolute "with" clause of Y's
_WITH_VERBS = {
    "agree", "disagree", "break", "side", "meet", "plead", "argue", "clash", "deal", "talk", "speak",
    "negotiate", "fall", "shake", "quarrel", "wrangle", "spar", "feud", "reason", "remonstrate",
    "sympathise", "sympathize", "empathise", "identify", "cooperate", "collaborate", "consult",
    "confer", "engage", "settle", "part", "split", "tussle", "battle", "fight", "communicate",
    "correspond", "chat",
    # irregular forms, which the stems miss
    "broke", "broken", "met", "fell", "fallen", "shook", "shaken", "spoke", "spoken", "dealt", "fought", "pled",
}  # fmt: skip
_WITH_NOUNS = {"hands", "terms", "talks", "deal", "agreement", "row", "dispute", "meeting", "ties", "contract"}


def _own_with(preposition) -> bool:
    """Whether a "with" may be the complement of the verb or noun it hangs on ("pleaded with",
    "shook hands with", "a deal with"): a loose test, with no look at commas or adjacency, fit only
    to stop its object being made the speaker; `_addressed_with` is the strict one that overrules
    the parser's subject."""
    governor = preposition.head
    objects = [c.lower_ for c in governor.children if c.dep_ == "dobj"]
    return (
        governor.lower_ in _WITH_NOUNS
        or any(o in _WITH_NOUNS for o in objects)
        or (stem_in(governor.lower_, _WITH_VERBS) is not None and not objects)
    )


# verbs whose "with" names the one addressed ("pleaded with the judge"); the rest of `_WITH_VERBS`
# ("fell", "met", "spoke") take "with" only in set phrases, and after them "with X saying" is
# mostly an absolute clause in which X speaks ("prices fell, with traders saying ...")
_ADDRESS_WITH_VERBS = {
    "plead", "pled", "argue", "remonstrate", "reason", "agree", "disagree", "clash", "quarrel", "side",
    "wrangle", "spar", "feud",
}  # fmt: skip
# ... and those that do so only with their particle ("fell out with", "broke up with")
_PARTICLE_WITH_VERBS = {"fall", "fell", "fallen", "break", "broke", "broken", "split", "part"}


def _addressed_with(preposition) -> bool:
    """Whether a "with" stands right after a verb of addressing ("pleaded with"), a particle verb
    ("fell out with") or its own object ("shook hands with"): no comma or adjunct between, so it
    is the verb's complement and not the start of an absolute clause ("fell sharply, with ...")."""
    governor = preposition.head
    if preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]
    if before == governor:
        return stem_in(governor.lower_, _ADDRESS_WITH_VERBS) is not None
    if before.head != governor:
        return False
    if before.dep_ == "prt":
        return stem_in(governor.lower_, _ADDRESS_WITH_VERBS | _PARTICLE_WITH_VERBS) is not None
    return before.dep_ == "dobj" and before.lower_ in _WITH_NOUNS


def with_object_taken_for_subject(participle, subject) -> bool:
    """ "He pleaded with the judge saying ...", parsed with the judge as the participle's subject:
    the object of a verb's own "with" (`_addressed_with`) right before a participle hung on that
    "with" is who was addressed, never the speaker; the participle goes on from the verb's subject."""
    return (
        participle.tag_ == "VBG"
        and participle.dep_ == "pcomp"
        and participle.head.lower_ == "with"
        and subject.head == participle
        and subject.i < participle.i
        # a verb's ("the main reason, with many saying ...": an absolute clause after the noun)
        and pos_of(participle.head.head) == "VERB"
        and _addressed_with(participle.head)
    )


# verbs of legal action: the participle of saying after their object ("sued the state alleging ...")
# is the claimant's, whoever the one sued is
_SUING_LEMMAS = {"sue"}


def object_taken_for_participle_subject(participle, subject) -> bool:
    """ "The firm sued the state alleging that ...", parsed with "the state" as the subject of the
    participle hung on "sued": the noun right after a verb of legal action that has no object of
    its own is that verb's object, never the speaker; the participle goes on from the verb's subject."""
    head = participle.head
    return (
        participle.tag_ == "VBG"
        and participle.dep_ in ("ccomp", "advcl", "xcomp")
        and head.i < participle.i
        and subject.head == participle
        and subject.dep_ == "nsubj"
        and subject.i == participle.i - 1
        and subject.left_edge.i == head.i + 1
        and pos_of(subject) in ("NOUN", "PROPN")
        and stem_in(head.lower_, _SUING_LEMMAS) is not None
        and not any(c.dep_ == "dobj" for c in head.children)
    )


def _with_subject(participle):
    """ "X missed the game with Tarlow boss Jo Bell claiming he was tired": in an absolute "with"
    clause the noun right before the participle, the object of "with", speaks, however the parser
    hung the participle (never the main clause's subject); None when a comma or anything else
    comes between ("played with a sore knee, saying ...": the player goes on) or the noun cannot speak."""
    doc = participle.doc
    if (
        participle.tag_ != "VBG"
        or participle.i < 2
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)
    ):
        return None
    token = doc[participle.i - 1]
    if token.is_punct:
        return None
    for _ in range(4):  # up the noun phrase ("Tarlow boss Jo Bell") to its head, the object
        if token.dep_ == "pobj" or token.head.i == token.i or token.head.i >= participle.i:
            break
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return None
    if _own_with(token.head):
        # "agreed with Bell saying ...", "shook hands with Bell", "reached a deal with": "with" is
        # the verb's own, Grey speaks ("fought the fire with crews saying ...": not the verb's own)
        return None
    word = token.lower_
    speaks = (
        pos_of(token) in ("PROPN", "PRON")
        or token.ent_type_
        or _source_head(word)
        or is_writing(word)
        or word in GROUP_NOUNS
        or singular(word) in PERSON_NOUNS
        or word in PERSON_NOUNS
    )
    return token if speaks else None  # "with a sore knee saying ...": a thing, the old reading stands


def _stance_taker(participle):
    """ "Grobco attacked the levy saying ...", "She argued against the plan saying ...": for a
    participle the parser hung on the object of a verb of stance, when that object is a thing that
    cannot speak (no name, no source, writing, organisation or person noun): the verb's subject;
    else None (the object speaks: "faced protests alleging", "condemned banners saying"). A
    participle of _OBJECT_PARTICIPLES is the object's ("dismissed rumours claiming")."""
    if participle.lower_ in _OBJECT_PARTICIPLES:
        return None
    noun = head = participle.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        head = noun.head  # "argued against the plan"
    elif noun.dep_ != "dobj":
        return None
    verb = head.head
    if pos_of(verb) != "VERB" or stem_in(verb.lower_, _STANCE_LEMMAS) is None:
        return None
    word = noun.lower_
    # "condemned the emails saying they were fake": what is said of the writing itself ("it"/"they"
    # pointing back to it) is the stance-taker's
    back = "they" if noun.tag_ in ("NNS", "NNPS") else "it"
    of_itself = any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == back
        for c in participle.children
        if c.dep_ == "ccomp"
        for s in c.children
    )
    if (
        noun.ent_type_
        or _source_head(word)
        or (is_writing(word) and not of_itself)
        or word in GROUP_NOUNS
        or word in PERSON_NOUNS
        or singular(word) in PERSON_NOUNS
    ):
        return None
    return _subject(verb)


def _governor_of_noun_clause(clause):
    """For the "that" clause of a noun that is the object of a verb ("dismissed claims that the
    firm was in trouble", "hit back at claims that ...", "laughed off talk of fears that ..."):
    that verb, else None."""
    if clause.dep_ != "acl" or pos_of(clause.head) != "NOUN":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head  # "hit back at claims that ...": through the preposition
        if noun.head.dep_ == "dobj" and pos_of(noun.head) == "NOUN":
            noun = noun.head  # "laughed off talk of fears that ...": and the object it qualifies
    if noun.dep_ not in ("dobj", "prep") or pos_of(noun.head) != "VERB":
        return None
    return noun.head


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


def _office_taken_for_name(ctx: ArticleContext, a: int, mention: Mention) -> bool:
    """ "The Roman Catholic Archbishop" tagged as a person's name: a definite description opening
    the phrase body[a:...] and ending on an office's word, no one's name ("the Tom Bishop" is
    unwritten; "Tom Bishop" alone stays a name)."""
    last = mention.text.split()[-1].lower()
    return ctx.body[a : mention.start].strip().lower() == "the" and (office_word(last) or last in RELIGIOUS_OFFICES)


def _listed_with(ctx: ArticleContext, first: Mention, then: Mention) -> bool:
    """Whether `then` is in the list of names `first` opens, closed by "and" or "&" ("by Velton and
    Grobco", "by Velton, Tarbury and Grobco"); not a name in apposition ("by Grobco, the UK's
    biggest pollster,")."""
    listed = NAMES_LISTED.match(ctx.body, first.end)
    return listed is not None and first.end <= then.start < listed.end()


def _speaker_from_span(
    ctx: ArticleContext,
    a: int,
    b: int,
    head_offsets: list[int] | None,
    common_noun: bool = False,
    document: bool = False,
    modifiers: Sequence[tuple[int, int]] = (),
    objects: Collection[int] = (),
):
    """(speaker text, id, other media ids) for the phrase body[a:b].

    `head_offsets` are the subject's head word and its appositions: an entity there is the
    speaker. A common-noun head ("the founder of the channel") with no such entity is a
    speaker without id; the names inside it are not the speaker. `objects` are the offsets of
    the words a preposition of the phrase governs ("friends of Tom Pell"): never the closing name.
    """
    found = [
        m
        for m in ctx.mentions_in(a, b)
        if m.label in ("PERSON", "ORG", "PLACE", "NORP")
        and not _described_person(ctx.body, a, m.start, m.text)
        # "a registration document filed with the SEC": the one it was filed with is not its author
        and not DOCUMENT_ADDRESSEE.search(ctx.body, a, m.start)
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
        # "The Roman Catholic Archbishop of Tarbury, the Most Reverend Tom Pell, said": an office
        # the model took for a name is no one beside the name in apposition to it
        named = [m for m in heads if m.label == "PERSON" and not _office_taken_for_name(ctx, a, m)]
        chosen = next((m for m in named or heads if m.label == "PERSON"), heads[0])
    elif common_noun:
        # "Lukashenko's former opponent, Sviatlana Tsikhanouskaya": the name closing the phrase
        tail = persons[-1] if persons else None
        chosen = (
            tail
            if tail is not None
            # "The Tory finance spokesman, Tom Pell MSP, said": the letters after the name close it
            and (tail.end >= b - 1 or AFTER_NAME.fullmatch(ctx.body[tail.end : b].rstrip(EDGE)) is not None)
            and "," in ctx.body[a : tail.start]
            # "Her sources, all friends of Tom Pell, said": the friends speak, not the man they are friends of
            and not any(tail.start <= o < tail.end for o in objects)
            else None
        )
        if chosen is None and document:
            # "the NAO report", "figures from the Office for National Statistics": its author;
            # a survey "by X and Y" has two, and neither alone is the speaker
            # ("a YouGov poll in the Daily Telegraph": the paper is where it was published)
            makers = [m for m in found if m.label == "ORG" and not ctx.is_media(m.entity_id)] or [
                m for m in found if m.label == "ORG"
            ]
            authors = {m.entity_id for m in makers} | {
                o.entity_id  # "a survey by Velton and Grobco", the model typing Velton as no body
                for o in found
                for m in makers
                if _listed_with(ctx, o, m) or _listed_with(ctx, m, o)
            }
            chosen = makers[0] if len(authors) == 1 else None
            if not makers and head_offsets:
                chosen = _issuer_before_noun(ctx, found, a, head_offsets[0])
        if chosen is None and not document and head_offsets:
            kind = _name_of_kind(ctx, found, a, head_offsets[0])
            if kind is not None:  # "The Viasna human rights centre": shown as written, the name's id
                return (
                    ctx.body[a:b].strip(EDGE),
                    kind.entity_id,
                    [m.entity_id for m in found if ctx.is_media(m.entity_id)],
                )
    elif persons:
        chosen = persons[-1]
    elif (titled := _titled_name_untagged(ctx, a, b, found)) is not None:
        # '"...," Senate Whip Ned Varga told reporters' with the name untagged: the person, not the Senate
        return (*titled, [m.entity_id for m in found if ctx.is_media(m.entity_id)])
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
            return ctx.body[a:b].strip(EDGE), None, [m.entity_id for m in found if ctx.is_media(m.entity_id)]
    others = [m.entity_id for m in found if m is not chosen and ctx.is_media(m.entity_id)]
    if (acronym := _bracketed_acronym(ctx, a, b)) is not None and (
        chosen is None or chosen.entity_id != acronym.entity_id
    ):
        # "The Danish Rugby Football Union (DRFU) says" with only "Rugby Football Union" taken for
        # an entity (another body's): the acronym spelling out the whole name is the speaker
        return ctx.body[a:b].strip(EDGE), acronym.entity_id, others
    if chosen is None:
        return None, None, others
    if _counted_members(ctx, a, chosen):
        # "14 Senate Democrats wrote": some of the party's members, not the party; shown as written
        return ctx.body[a:b].strip(EDGE), None, others
    if chosen.label in ("ORG", "PLACE") and _longer_name(ctx, a, chosen, b):
        # "The Law Lords said" with only "Lords" recognised: a longer name than the entity, whose
        # entity is not known; the phrase is shown as written, without a guessed id
        return ctx.body[a:b].strip(EDGE), None, others
    return chosen.text, chosen.entity_id, others


# a word of a person's name: capitalised letters, an apostrophe or a hyphen ("O'Neill", "Bell-Smith")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")


def _titled_name_untagged(ctx: ArticleContext, a: int, b: int, found: list[Mention]) -> tuple[str, str | None] | None:
    """'"...," Senate Whip Ned Varga told reporters', "House Speaker Mara Linden said" with the name
    untagged (the model read the phrase after a quote as a work's title): a phrase of capitalised
    words only, whose title ends on an office's word ("Whip", "Minister", "Speaker") followed by
    two or three words of a name that close it, which no mention covers; the name speaks, never
    the body or place the title names ("Senate"). (name, the id of the one person of the article
    so named, else None.) Not a name the model typed (that is the person found), nor a title alone."""
    words = list(re.finditer(r"\S+", ctx.body[a:b].strip()))
    lead = len(ctx.body[a:b]) - len(ctx.body[a:b].lstrip())
    texts = [w.group().strip(EDGE) for w in words]
    if len(texts) < 3 or not all(t[:1].isupper() for t in texts):
        return None
    office = max((i for i, t in enumerate(texts) if _office_before_name(t)), default=None)
    if office is None or office == 0 and texts[0].lower() == "the" or not 2 <= len(texts) - office - 1 <= 3:
        return None
    name = texts[office + 1 :]
    start = a + lead + words[office + 1].start()
    if not all(_NAME_WORD.fullmatch(t) and not _office_before_name(t) for t in name) or any(
        m.end > start for m in found
    ):
        return None
    text = " ".join(name)
    named = ctx.person_named(text)
    return text, named[1] if named is not None else None


def _office_before_name(word: str) -> bool:
    """Whether a capitalised word ends a title written before a name ("Minister", "Whip")."""
    word = word.lower()
    return word in JOB_TITLES or word in CHAMBER_OFFICES or office_word(word)


def _name_of_kind(ctx: ArticleContext, found: list[Mention], a: int, head: int) -> Mention | None:
    """ "The Viasna human rights centre said", "the Moscow-based OVD-Info monitoring group": the
    one organisation named before the head, when the head is a kind of body (`NAMED_KIND_HEADS`)
    and only lowercase descriptions stand around the name. Never a body of the name's members
    ("the Grobco shareholder group"), a possessor ("Grobco's press group") or a phrase naming more."""
    noun = re.match(r"[\w-]+", ctx.body[head:])
    # ("the Moscow-based ... group": a place in a hyphened description is no other name)
    named = [m for m in found if not (m.label == "PLACE" and ctx.body[m.end : m.end + 1] == "-")]
    if noun is None or noun.group().lower() not in NAMED_KIND_HEADS or len(named) != 1 or named[0].label != "ORG":
        return None
    name = named[0]
    before = re.sub(r"\b[A-Z][\w.]*-(?=[a-z])", "", ctx.body[a : name.start]).lower().split()
    between = ctx.body[name.end : head].split()
    if before[:1] and before[0] in _DETERMINERS:
        before = before[1:]
    if len(before) > 1 or len(between) > 3 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in before + between):
        return None
    return None if any(singular(w) in MEMBERS_OF_NAMED for w in between) else name


# what a person issues in their own name: "Mr Bell's statement said" is Mr Bell's words
_PERSONAL_DOCUMENTS = occasions.ISSUED_TEXTS


def issued_in_own_name(noun: str) -> bool:
    """ "statement", "letter": a text whose named person is its author ("a Tom Pell statement").
    Not a report, an inquiry, a study or a work ("a Tom Pell biopic"), which may bear the name of
    what they are about."""
    return noun.lower() in _PERSONAL_DOCUMENTS


def _issuer_before_noun(ctx: ArticleContext, found: list[Mention], a: int, head: int) -> Mention | None:
    """ "a Grobco statement said" with Grobco tagged as a person: the name written right before the
    noun of a text issued in one's own name is who issued it, when it is the phrase's only name
    ("a Grobco and Tom Pell statement" has two issuers). Not a report, an inquiry or a study,
    which may bear the name of what they are about."""
    noun = re.match(r"[\w-]+", ctx.body[head:])
    if noun is None or not issued_in_own_name(noun.group()):
        return None
    named = [m for m in found if m.label == "PERSON" and ctx.body[m.end : head] == " "]
    if len(named) != 1 or not all(w.islower() for w in ctx.body[a : named[0].start].split()):
        return None
    return named[0]


_CLOSING_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)\s*$")


def _bracketed_acronym(ctx: ArticleContext, a: int, b: int) -> Mention | None:
    """The organisation's mention closing the phrase body[a:b] in brackets, when its capitals are
    the initials of the capitalised words before it ("The Danish Rugby Football Union (DRFU)"),
    else None."""
    match = _CLOSING_ACRONYM.search(ctx.body, a, b)
    if match is None:
        return None
    mention = ctx.mention_at(match.start(1))
    if mention is None or mention.label != "ORG" or (mention.start, mention.end) != match.span(1):
        return None
    words = [w for w in ctx.body[a : match.start()].split() if w.lower() not in _DETERMINERS]
    letters = "".join(ch for ch in match.group(1) if ch.isupper())
    return mention if len(letters) >= 2 and capital_initials(" ".join(words)) == letters else None


def office_word(word: str) -> bool:
    """ "secretary-general", "chief", "chairman": a word that names a person by their office
    or role (its first part for a hyphenated office)."""
    word = word.strip(EDGE).lower()
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


def _described_person(body: str, a: int, start: int, text: str) -> bool:
    """ "the Frenchman", "the Dutchwoman", "The 40-year-old Scot": a person described by what they
    are (the noun after "the" and up to three lower-case words, in the phrase opening at `a`),
    whatever the model tagged the word as; never an entity of that name."""
    if CONSTITUENCY_MEMBER.fullmatch(text) and body[max(0, start - 4) : start].lower() == "the ":
        return True  # "The Mid-Dorset MP", tagged as an organisation: the member for the seat
    if not is_person_noun(text):
        return False
    if body[max(0, start - 4) : start].lower() == "the ":
        return True
    words = body[a:start].strip(EDGE).split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() in ("the", "a", "an")
        and all(re.fullmatch(r"[a-z\d][\w-]*", w) for w in words[1:])
    )


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


def _counted_members(ctx: ArticleContext, a: int, mention: Mention) -> bool:
    """ "14 Senate Democrats", "Twelve Tories", "three Velco Republicans": a plural name of an
    organisation counted by a number opening the phrase (body[a:...]), only capitalised words
    between, names some of its members, not the body ("10 Downing Street" is no plural)."""
    before = ctx.body[a : mention.start].split()
    return (
        mention.label == "ORG"
        and looks_plural(mention.text.split()[-1])
        and bool(before)
        and (before[0].lower() in NUMBER_WORDS and before[0].lower() != "a" or before[0].replace(",", "").isdigit())
        and all(w[:1].isupper() for w in before[1:])
    )


# the last word of a group's own name that may hold another body's ("the Lords Reform Campaign"):
# not "party", "club" or "fc", which end the same body's full name ("the Velt Party" for "Velt")
_GROUP_NAME_ENDS = (BODY_WORDS - {"party", "club", "fc"}) | {"campaign", "group", "movement", "network", "forum"}
# the capitalised words right after a mention ("Lords Reform Campaign")
_CAPITALISED_RUN_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*")


def _longer_name(ctx: ArticleContext, a: int, mention: Mention, b: int | None = None) -> bool:
    """Whether a capitalised word that no mention covers stands right before `mention` inside
    the phrase starting at `a` ("Law" in "The Law Lords"), also across a "the" or "of the" ("The
    Elect the Lords Campaign"), or capitalised words after it up to `b` end in a group's word
    ("the Lords Reform Group"): the name goes on beyond the entity."""
    after = _CAPITALISED_RUN_AFTER.match(ctx.body, mention.end, b) if b is not None else None
    if (
        after is not None
        and after.group(0).split()[-1].lower() in _GROUP_NAME_ENDS
        and ctx.mention_at(mention.end + len(after.group(0)) - len(after.group(0).lstrip())) is None
    ):
        return True
    before = re.search(r"([A-Z][\w’'-]*)\s+(?:(?:of\s+)?the\s+)?$", ctx.body[a : mention.start])
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


# the prepositions that tie people to the one they are close to ("allies of", "aides to",
# "sources close to", "people around", "officials familiar with")
_RELATION_PREPOSITIONS = {"of", "to", "near", "around", "with"}


def _prepositional_objects(subject, offset: int) -> set[int]:
    """The body offsets of the words a preposition of relation ("friends of", "close to") inside
    the subject phrase governs: its object and the object's conjuncts and compounds ("allies of Mr
    Bell and Ms Moss"), not an apposition hung on the object (which may be the parser's place for
    the phrase's closing name)."""
    found: set[int] = set()
    for prep in subject.subtree:
        # "rivals, including Jo Bell and Tom Pell": examples of the group, none of them alone its
        # voice (with one example, "rivals, including Jo Bell", she may speak for them)
        listed = prep.lower_ == "including" and any(
            c.dep_ == "conj" for o in prep.children if o.dep_ == "pobj" for c in o.children
        )
        if prep.dep_ != "prep" or (prep.lower_ not in _RELATION_PREPOSITIONS and not listed):
            continue  # "a book by Jo Bell" (its author), "rivals, including Jo Bell" (one of them) may speak
        stack = [c for c in prep.children if c.dep_ == "pobj"]
        while stack:
            word = stack.pop()
            found.add(offset + word.idx)
            ties = ("conj", "compound", "flat", "appos") if listed else ("conj", "compound", "flat")
            stack += [c for c in word.children if c.dep_ in ties]
    return found


def _subject_last(subject):
    """The subject phrase's last token, without a relative clause or participle hung on it
    ("Mr Balls, who left the Treasury, ...": the Treasury is not the speaker)."""
    last = subject
    doc = subject.doc
    inverted = subject.head.i < subject.i and doc[subject.head.i - 1].text in (",", *CLOSE_QUOTES)
    for child in subject.children:
        if child.i > subject.i and (child.dep_ not in ("relcl", "acl", "punct", "cc") or _named_purpose(child)):
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
    verb = subject.head
    if (
        last.dep_ == "prep"
        and not any(last.children)
        and last.i + 1 < verb.i
        and any(c.dep_ == "mark" and last.i < c.i for c in verb.children)
        and not any(t.is_punct for t in doc[last.i + 1 : verb.i])
    ):
        last = doc[verb.i - 1]  # "The drummer of Because the Morning said": the title the parser cut off
    return last


# the small words a body's name of purpose keeps in lower case ("Campaign to Protect Rural England")
_NAME_SMALL_WORDS = {"to", "of", "and", "the", "for", "in", "on", "a", "an"}


def _named_purpose(clause) -> bool:
    """ "The Committee to Protect Journalists", "the Foundation to Promote Open Society": an
    infinitive right after a capitalised noun (wherever the parser hangs it) whose verb and every other word but
    a name's small words are capitalised is part of the body's name, not a clause on it."""
    doc = clause.doc
    words = doc[clause.left_edge.i : clause.right_edge.i + 1]
    noun = doc[max(0, clause.left_edge.i - 1)]  # the name's noun, whatever the parser hung the clause on
    return (
        noun.text[:1].isupper()
        and noun.tag_ in ("NNP", "NNPS", "NN", "NNS")
        and noun.i < clause.left_edge.i
        and clause.left_edge.lower_ == "to"
        and clause.tag_ == "VB"
        and clause.text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in _NAME_SMALL_WORDS for t in words)
        and any(t.text[:1].isupper() for t in words if t.i > clause.i)
    )


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
    if subject.i != verb.i - 1 or (
        lemma_of(verb) not in ("say", "add") and verb.lower_ not in ("continued", "continues")
    ):
        return False  # (not "It continued to rise": only with a colon and a quote, below)
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
        (t.dep_ != "aux" or modal(t)) and t.lower_ not in _SAYING_ADVERBS for t in doc[subject.i + 1 : verb.i]
    ):
        return False
    return _opens_clause(doc, verb, subject) and (not said or _said_clause_follows(verb))


# adverbs of time or addition that may stand between "it" and its reporting verb ("It also said
# that ...", "it later warned it was ..."): no doubt or negation ("never", "reportedly")
_SAYING_ADVERBS = {"also", "later", "previously", "earlier", "then", "further", "now", "already", "recently"}
_SAYING_ADVERBS |= {"subsequently", "separately", "repeatedly", "again"}


# "It found that ...", "In a survey, it discovered that ...": a finding, reported like a statement
_FINDING_LEMMAS = {"find", "discover"}
# the respondents a finding counts by share, written as a subject alone ("It found A, though most agreed B")
_RESPONDENTS = frozenset({"most", "many", "some", "few", "half", "majority"})
# what respondents answer a survey or a poll with: a view ("most agreed", "many believe"), never a
# statement of their own ("though many said B": critics or observers, a claim of its own)
_VIEW_LEMMAS = frozenset({"agree", "believe", "think", "feel"})


def share_clause(doc, verb) -> bool:
    """ "found that one in ten drink alcohol": "that" and a share of people ("one in ten", "70% of")
    open a clause, which the parser took for a noun object with "that" as its determiner; the
    object after the share (not "found that one in four." alone)."""
    i = verb.i + 1
    return (
        i + 2 < len(doc)
        and doc[i].lower_ == "that"
        and doc[i].dep_ == "det"
        and doc[i + 1].tag_ == "CD"
        and doc[i + 2].lower_ in ("in", "of", "out", "%")
        and any(c.dep_ == "dobj" and c.i > i + 3 for c in verb.children)
    )


def _said_clause_follows(verb) -> bool:
    """A reporting verb (not modal, passive or negated) followed at once by the clause said (a
    "tell" by its addressee first), a clause with a subject of its own."""
    lemma = lemma_of(verb)
    if lemma not in REPORTING_LEMMAS:
        lemma = lemma_of_document(verb) or lemma
    if lemma not in REPORTING_LEMMAS | _FINDING_LEMMAS or lemma in FOR_LEMMAS:
        return False
    if any(c.dep_ in ("auxpass", "neg") or (c.dep_ == "aux" and modal(c)) for c in verb.children):
        return False
    if lemma in _FINDING_LEMMAS and share_clause(verb.doc, verb):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    before = objects[-1].right_edge.i if objects else verb.i
    when = next((c for c in verb.children if c.left_edge.i == before + 1 and _time_phrase(c)), None)
    if when is not None and clause is not None and clause.left_edge.lower_ == "that":
        before = when.right_edge.i  # "It warned in March that ...": when it was said, then the clause
    return (
        clause is not None
        and clause.left_edge.i == before + 1
        and (lemma == "tell") == bool(objects)
        and (lemma not in _FINDING_LEMMAS or clause.left_edge.lower_ == "that")  # not "it found them tired"
        and (
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
            # "It found that one in five post photos online": the clause's verb read as a noun
            # ("post" a compound of "photos"), the clause then headed by its object
            or (
                clause.left_edge.lower_ == "that"
                and pos_of(clause) == "NOUN"
                and any(c.dep_ == "compound" for c in clause.children)
            )
            # "It found that one in four use phones ...": a share "N in N" as the subject, the
            # clause then headed by the number, its verb read as a noun
            or (clause.left_edge.lower_ == "that" and _share_opens(clause))
        )
    )


def _share_opens(clause) -> bool:
    """Whether a clause after "that" opens with a share, "one in four", and goes on past it."""
    doc, at = clause.doc, clause.left_edge.i
    return (
        clause.right_edge.i > at + 4
        and doc[at + 1].like_num
        and doc[at + 2].lower_ == "in"
        and doc[at + 3].like_num
        and not doc[at + 4].is_punct
    )


def _time_phrase(token) -> bool:
    """ "in March", "on Friday", "last week", "in 2004": a phrase of time alone, its words time words
    (quantities.TIME_WORDS), numbers or "the"/"this", one of them a time word or a year."""
    words = list(token.subtree)
    if token.dep_ == "prep" and token.lower_ in ("in", "on", "during"):
        words = words[1:]
    elif token.dep_ not in ("npadvmod", "advmod"):
        return False
    return any(t.lower_ in TIME_WORDS or re.fullmatch(r"(?:19|20)\d\d", t.text) for t in words) and all(
        t.lower_ in TIME_WORDS or t.like_num or t.lower_ in ("the", "this") for t in words
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


_NAME_JOINERS = {"-", "'", "’"}


def _name_word(text: str) -> bool:
    """A capitalised word of a name, its letters with any hyphen or apostrophe inside it."""
    return text[:1].isupper() and text[-1:].isalpha() and all(ch.isalpha() or ch in _NAME_JOINERS for ch in text)


def ranked_name_after(doc, verb):
    """'"...," said Capt. Sarah Lee, a spokesperson for the police.': a finite "said"/"added" with
    no subject after a comma or a quote closed on one, then a rank written short with its stop
    ("Capt.", "Const.", "Det. Sgt.", "Staff Sgt."), which the parser may take for a full stop, and
    a name of one to three capitalised words (a word may be hyphenated or have an apostrophe:
    "Bell-Harris", "O'Neil") closed by a comma or the sentence's end: the name
    speaks (mended, the rank and first names hung on it). Not a rank without a stop ("Sgt
    Pepper"), nor a name that goes on into lowercase words."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    before = doc[verb.i - 1].text
    if before != "," and not (before in CLOSE_QUOTES and doc[verb.i - 2].text in (",", "!", "?")):
        return None
    ranks = SHORT_RANKS
    i = verb.i + 1
    while i < len(doc) and (
        doc[i].text == "Staff" or (doc[i].text.endswith(".") and doc[i].text[:-1].lower() in ranks)
    ):
        i += 1
    if i == verb.i + 1 or not doc[i - 1].text.endswith("."):
        return None
    first, words = i, 0
    while i < len(doc) and words < 3:
        if _name_word(doc[i].text):
            i, words = i + 1, words + 1
        elif words and doc[i].text in _NAME_JOINERS and i + 1 < len(doc) and _name_word(doc[i + 1].text):
            i += 2  # "Bell-Harris", "O'Neil" split by the tokenizer: one word
        else:
            break
    if i == first or (i < len(doc) and doc[i].text not in (",", ".", "!", "?")):
        return None
    name = doc[i - 1]
    name.head, name.dep_ = verb, "nsubj"
    for token in doc[verb.i + 1 : i - 1]:
        token.head, token.dep_ = name, "compound"
    return name


def subject_after_as(doc, verb, subject):
    """ "The figures were published as another survey by Velt said prices fell.": a finite verb of
    saying right after "as" and a noun phrase, which the parser took for the object of "as" (the
    clause before "as" for the verb's content, its subject for the speaker, or none): that noun
    phrase is the subject (mended). None when the verb has a subject after "as" already ("Shares
    fell as analysts warned"), the phrase is not a noun's ("as expected, X said"), or "as" lies in
    the subject's own phrase ("The woman who replaced him as manager said")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 4:
        return None
    if subject is not None and subject.i > verb.i:
        return None
    noun = doc[verb.i - 1]
    for _ in range(8):  # up from the word before the verb to the object of "as"
        if noun.head.i == noun.i or noun.head.i >= verb.i or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
            break
        noun = noun.head
    as_word = noun.head
    if (
        noun.dep_ != "pobj"
        or pos_of(noun) not in ("NOUN", "PROPN")
        or noun.right_edge.i != verb.i - 1
        or as_word.lower_ != "as"
        or as_word.i < 2
        or noun.left_edge.i != as_word.i + 1
        or (subject is not None and subject.i > as_word.i)
        # "The woman who replaced him as the club's manager said": "as" inside the subject's own clause
        or (subject is not None and as_word in subject.subtree)
    ):
        return None
    noun.head, noun.dep_ = verb, "nsubj"
    return noun


def titled_name_after_quote(doc, verb):
    """'"...," said Tory shadow local government secretary Tom Pell.': a finite "said"/"added"
    with no subject right after a quote closed on a comma, and after it only a long title (at most
    six lowercase words ending with a noun for a person, capitalised words before or among them)
    and a name of two or three capitalised words that closes the sentence, which the parser broke
    up (a title word taken for a verb): the name speaks (mended). Not a title without a name, nor
    words that are no title ("said the plan was good", "said in a statement Tom Pell")."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if doc[verb.i - 1].text not in CLOSE_QUOTES or doc[verb.i - 2].text not in (",", "!", "?"):
        return None
    end = len(doc)
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    words = doc[verb.i + 1 : end]
    name = 0
    while name < min(3, len(words)) and words[len(words) - 1 - name].text[:1].isupper():
        name += 1
    title = [t.text for t in words[: len(words) - name]]
    lower = [w for w in title if not w[:1].isupper()]
    if (
        not 2 <= name <= 3
        or any(t.text != "." and t.is_punct for t in doc[end:])
        or not 2 <= len(lower) <= 6
        or not title
        or title[-1][:1].isupper()
        or not is_person_noun(title[-1])
        or any(not w.isalpha() and "-" not in w for w in title)
        or any(w in _TITLE_BREAKERS for w in lower)
    ):
        return None
    head = words[-1]
    head.head, head.dep_ = verb, "nsubj"
    for token in words[:-1]:  # the phrase hangs on the name, as one subject
        token.head, token.dep_ = head, "compound"
    return head


# words that are no part of a title: determiners, prepositions, conjunctions, verbs' helpers
_TITLE_BREAKERS = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "to",
    "with",
    "and",
    "or",
    "but",
    "that",
    "this",
    "was",
    "is",
}


def name_taken_for_modal(verb):
    """ "May said: ...", '"...," May wrote.': a name that is also a modal ("May", "Will"),
    capitalised, which the parser took for the auxiliary of a finite verb of saying left with no
    subject (a modal never governs a past or third-person form): the name is the subject."""
    if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    word = verb.doc[verb.i - 1] if verb.i > 0 else None
    if word is None or word.tag_ != "MD" or word.head.i != verb.i or not word.text[:1].isupper():
        return None
    return word if word.lower_ in MODAL_SKIP else None


def named_after_quote(doc, verb):
    """'"...," Tom Pell, head of music at Grobco, told the paper.': a finite verb of saying with no
    subject, after a quote closed on a comma and then a name and its apposition between commas,
    which the parser hung on the quote's last noun: the name speaks. Not an apposition with a
    comma, a quotation mark or a verb of its own, nor anything but proper nouns before it."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.i < 6 or doc[verb.i - 1].text != ",":
        return None
    close = next((t.i for t in reversed(doc[: verb.i]) if t.text in CLOSE_QUOTES or t.text in OPEN_QUOTES), None)
    if close is None or doc[close].text not in CLOSE_QUOTES or doc[close - 1].text != ",":
        return None
    i = close + 1
    while i < verb.i and pos_of(doc[i]) == "PROPN" and doc[i].text[:1].isupper():
        i += 1
    if i == close + 1 or i + 2 >= verb.i or doc[i].text != ",":
        return None
    apposition = doc[i + 1 : verb.i - 1]
    if any(t.text in ",;:()" or t.tag_ in _FINITE_TAGS or t.tag_ == "VBG" for t in apposition):
        return None
    return doc[i - 1]


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


def subject_before_inserted_say(doc, verb):
    """ "The new figures, said Tom Pell of Grobco, were too weak.": the parser took the clause's
    subject, set off by a comma before "said", for the subject of "said", and the name after it
    for the subject of the clause. When that subject opens the sentence, no comma is inside it or
    inside the name, and the name is closed by a comma right before the clause's verb, the parse is
    mended (the name speaks, the subject goes back to its clause) and the name returned; else None."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    left = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if left is None or clause is None or left.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    if any(not t.is_punct and t.dep_ != "cc" for t in doc[: left.left_edge.i]):
        return None  # "Sales rose and the figures, said X, were ...": not the sentence's opening
    name = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if name is None or name.left_edge.i != verb.i + 1 or pos_of(name) not in ("PROPN", "NOUN"):
        return None
    comma = name.right_edge.i if name.right_edge.text == "," else name.right_edge.i + 1
    if comma >= clause.i or doc[comma].text != ",":
        return None
    if any(t.text == "," for t in doc[left.left_edge.i : verb.i - 1]) or (
        any(t.text == "," for t in doc[verb.i + 1 : comma]) and not _name_and_apposition(doc, verb.i + 1, name, comma)
    ):
        return None  # "Tom Pell, the chairman, said the firm, Grobco, was ...": a described speaker
    if any(
        t.head.i != clause.i or t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in doc[comma + 1 : clause.i]
    ):
        return None
    left.head, left.dep_ = clause, "nsubj"
    name.head, name.dep_ = verb, "nsubj"
    return name


def subject_hung_on_opening_phrase(doc, verb):
    """ "In an interview with BNN Bloomberg, Northvale chief executive Robert Lanier said ...": the
    parser hung the name after the opening phrase's comma on that phrase's preposition, and left the
    sentence's verb of saying with no subject. When the sentence opens with a preposition or a
    participle ("Speaking to X, ..."), the verb has no subject, and the words from the last comma
    before it are one phrase ending in a proper name right before the verb, the parse is mended (the
    name is the verb's subject) and the name returned; else None."""
    if (
        verb.dep_ != "ROOT"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or verb.i < 3
        or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
    ):
        return None
    name = _name_before_apposition(doc, verb.i) or doc[verb.i - 1]
    if pos_of(name) != "PROPN" or name.dep_ not in ("pobj", "appos", "conj", "compound"):
        return None
    first = next((t for t in doc[verb.sent.start : verb.i] if not t.is_punct), None)
    if first is None or first.tag_ not in ("IN", "VBG"):
        return None
    comma = next((t.i for t in reversed(doc[first.i : name.i]) if t.is_punct), None)
    if comma is None or doc[comma].text != "," or comma < first.i + 2:
        return None
    phrase = doc[comma + 1 : name.i]
    if (phrase and not phrase[0].text[:1].isupper()) or any(not comma < t.head.i <= name.i for t in phrase):
        return None  # not one phrase of the name's own
    name.head, name.dep_ = verb, "nsubj"
    return name


def _name_before_apposition(doc, end: int):
    """The proper name before an apposition set off by commas that closes right before `end` ("In
    an interview with Wired, Oskar Feldhaus, the lab's research director, said"), which the parser
    hung on the name; else None."""
    if end < 4 or doc[end - 1].text != ",":
        return None
    appos = doc[end - 2]
    while appos.dep_ != "appos" and appos.head.i < end - 1 and appos.head.i != appos.i:
        appos = appos.head
    name = appos.head
    if (
        appos.dep_ != "appos"
        or pos_of(appos) != "NOUN"
        or appos.right_edge.i != end - 2
        or name.i + 2 != appos.left_edge.i
        or doc[name.i + 1].text != ","
        or pos_of(name) != "PROPN"
        or any(t.text in ",;:" for t in doc[appos.left_edge.i : end - 1])
    ):
        return None
    return name


def _name_and_apposition(doc, first: int, name, comma: int) -> bool:
    """ "said Tom Pell, head of sales at Grobco, ...": from `first` to `comma`, a proper name
    (capitalised words only, ending on `name`) and one apposition set off by commas that the parser
    hung on it; not "said the firm, Grobco, ..." (no proper name first) nor a list of names."""
    if not all(pos_of(t) == "PROPN" for t in doc[first : name.i + 1]):
        return False
    rest = doc[name.i + 1 : comma]
    if len(rest) < 2 or rest[0].text != "," or any(t.text == "," for t in rest[1:]):
        return False
    appos = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
    return (
        appos is not None
        and pos_of(appos) == "NOUN"
        and appos.left_edge.i == name.i + 2
        and appos.right_edge.i == comma - 1
    )


def name_before_copula(doc, verb):
    """ "What this means, said Tom Pell, head of sales at Grobco, is that ...": a name and its
    apposition after an inserted "said" with no subject, which the parser took for the subject of
    the copula right after them (the "said" hung on that copula): the name is the speaker (mended);
    the copula's subject is the phrase before "said"."""
    if verb.dep_ != "parataxis" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    i = verb.i + 1
    while i < len(doc) and pos_of(doc[i]) == "PROPN":
        i += 1
    if i == verb.i + 1 or i >= len(doc) or doc[i].text != ",":
        return None
    name, copula = doc[i - 1], verb.head
    appos = [c for c in name.children if c.i > name.i and c.dep_ != "punct"]
    if (
        name.dep_ != "nsubj"
        or name.head.i != copula.i
        or copula.lower_ not in ("is", "was")
        or len(appos) != 1
        or appos[0].dep_ != "appos"
        or appos[0].right_edge.i + 2 != copula.i
        or doc[copula.i - 1].text != ","
        or any(t.text in ",;:" or t.tag_ in _FINITE_TAGS for t in doc[appos[0].left_edge.i : copula.i - 1])
    ):
        return None
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
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until", "whether") for c in verb.children):
            return None  # "Unless she is certain she can win, she will not run": a condition, no stance stated
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
# "they list X and Y as supporters", "it listed Kraft as its biggest creditor": "list X as Y" read
# as "describes X as Y" (a subject that lists, no passive "was listed as")
_LISTING_FORMS = {"list": "list", "lists": "list", "listed": "list"}
# ... but only a listing of stance, the lister's view of who stands where ("as supporters of the
# plan", "its biggest creditor as Kraft"): "lists Prince Harry as its patron", "listed the cause of
# death as drowning" are records, no statement
_LISTED_STANCES = {"supporter", "backer", "opponent", "critic", "ally", "creditor", "enemy"}
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


def _may_estimate(noun) -> bool:
    """Whether a common noun subject may state an estimate: people ("analysts"), a body ("the
    bank"), a document ("reports", "the survey"); not a thing ("Mr X's offer values the club at
    £800m": the offer's terms, no one's estimate)."""
    word = singular(noun.lower_)
    return (
        is_person_noun(noun.text)
        or is_person_noun(word)
        or word in GROUP_NOUNS
        or word in COMPANY_HEADS
        or word in DOCUMENT_NOUNS
        or noun.lower_ in DOCUMENT_NOUNS
    )


def _stated_subject_object(verb):
    """(subject, object) of a verb that states a view of its object ("Analysts valued the tracks at
    £40m", "Ms Vell cited the 1980s as an example"): the subject None when the verb has none or it
    is a relative word ("the cost, which he put at", "the film that critics cited as proof"), the
    object None when it has none."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who", "what"):
        subject = None
    return subject, next((c for c in verb.children if c.dep_ == "dobj"), None)


def _estimate_put(verb, thing) -> bool:
    """Whether "put"/"valued" puts a figure on a thing as an estimate: "put the damage at 300m
    euros" (an estimate noun, ESTIMATE_NOUNS), "put global growth at 3% this year", "the growth
    rate" (a level of an economy for a time ahead, `_level_forecast`), "valued the mills at £40m"
    (a thing, no setting);
    never "put interest rates at 5.25%", "valued its shares at £2 each" (a rate or price set),
    "valued Kane at £100m" (a person's price), nor in a sentence attributed to another source
    ("The club valued Kane at £100m, according to reports": the reports' claim, not the club's)."""
    if any(opens_according(t) for t in verb.sent):
        return False
    if any(a.lemma_ in ("say", "tell", "report", "claim") for a in verb.ancestors):
        return False  # "Reports said the club valued Kane at £100m"
    word = thing.lower_
    if word in ESTIMATE_NOUNS:
        return True  # "put the damage at 300m euros"
    if word in ESTIMATED_LEVELS or (
        word in ("rate", "rates")
        and any(c.dep_ in ("compound", "amod") and c.lower_ in ESTIMATED_LEVELS for c in thing.children)
    ):  # "put global growth at 3%", "put the inflation rate at 4%" (not "put interest rates at 5.25%": a rate set)
        return _level_forecast(verb, thing)
    if VALUING_FORMS[verb.lower_] != "value" or word in SETTING_NOUNS:
        return False
    return not (
        thing.ent_type_ in ("PERSON", "NORP")
        or thing.tag_ == "PRP"
        or is_person_noun(thing.text)
        or is_person_noun(singular(word))
    )


def _level_forecast(verb, thing) -> bool:
    """Whether a level of an economy put at a figure is a forecast: "The IMF put global growth at
    3% this year", "puts inflation at 4% next year" (a time ahead or a year named, FORECAST_TIME),
    never a level someone sets ("put public sector pay growth at 1% for four years", "the growth
    rate of pensions at 2.5% under the triple lock": an owner of SET_LEVEL_OWNERS, a decision) nor
    one with no time ahead ("The government put growth at 2%": a target or an estimate, unsaid). The
    owner is the level's own modifier or its "of" ("pay growth", "the growth rate of pensions"), not
    a word further in ("growth in tax receipts" is a forecast of receipts)."""
    owners = [c for c in thing.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    owners += [
        o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
    ]
    if any(t.lower_ in SET_LEVEL_OWNERS for o in owners for t in (o, *o.children) if t.dep_ != "prep"):
        return False
    return bool(FORECAST_TIME.search(verb.doc[thing.i : verb.sent.end].text))


def _valued_at(verb) -> str | None:
    """ "Mr X estimated the cost of the flood at hundreds of millions of dollars", "Analysts have
    valued the tracks at £40m": a finite verb with a subject (no relative word), an object and an
    "at" with a figure after the object: the estimate is a view stated (not "was valued at",
    "the cost, which he put at", "put the boxes at the door")."""
    subject, thing = _stated_subject_object(verb)
    if (
        verb.lower_ not in VALUING_FORMS
        or verb.tag_ not in ("VBD", "VBZ", "VBN", "VBP")
        or subject is None
        or (subject.tag_ in ("NN", "NNS") and not _may_estimate(subject))
        or thing is None
        or any(c.dep_ in ("neg", "auxpass", "nsubjpass", "ccomp") for c in verb.children)
    ):
        return None  # (a clause hung on the verb: two sentences the parser ran together, "at £5m. The X is")
    if VALUING_FORMS[verb.lower_] != "estimate" and not _estimate_put(verb, thing):
        return None
    at = next(
        (t for t in (*verb.children, *thing.subtree) if t.i > thing.i and t.dep_ == "prep" and t.lower_ == "at"), None
    )
    figure = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if figure is None or not any(
        t.like_num or t.tag_ == "CD" or t.text in ("$", "£", "€", "%") or t.lower_ in MAGNITUDES for t in figure.subtree
    ):
        return None
    return VALUING_FORMS[verb.lower_]


def _cited_as(verb) -> bool:
    """ "Ms Vell cited the 1980s as an example of a time when ...", "He also cited the film as proof
    of his commitment": a finite "cite" with a subject (no relative word), an object and an "as"
    phrase holding the object up as an example or proof of something, a view stated. Not "cited
    poor sales" alone (a reason given, no view of it), nor "cited ill health as the reason"."""
    subject, thing = _stated_subject_object(verb)
    if (
        verb.lower_ not in ("cited", "cites")
        or verb.tag_ not in ("VBD", "VBZ", "VBN")
        or subject is None
        or thing is None
    ):
        return False
    return any(
        t.dep_ == "prep"
        and t.lower_ == "as"
        and any(c.dep_ == "pobj" and c.lower_ in CITED_AS_NOUNS for c in t.children)
        for t in (*verb.children, *thing.subtree)
        if t.i > thing.i
    )


def _calling_pronoun(verb) -> bool:
    """ "..., calling it a sham": a participle after its clause that calls a pronoun "a"/"an"
    something states its subject's view with no quotation ("calling it a day" is parsed as no
    such complement; a name or a noun object, "calling the dog a pet", is left out)."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    named = next((c for c in verb.children if c.dep_ == "oprd"), None)
    return (
        verb.lower_ == "calling"
        and verb.dep_ == "advcl"
        and thing is not None
        and thing.lower_ in ("it", "him", "her", "them")
        and named is not None
        and named.tag_ in ("NN", "NNS")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in named.children)
    )


def _naming(doc, verb) -> str | None:
    """ "called Labour "a brilliant machine"", "branded the hours as a "leap in the dark"": a verb
    that names its object with a quoted phrase states a view; "called for calm", "called a
    meeting" (no quotation) do not."""
    word = verb.lower_
    if (
        word == "see"
        and verb.tag_ == "VBP"
        and (subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is not None
        and _bare_plural_people(subject)
        and not any(c.dep_ in ("neg", "aux", "mark") for c in verb.children)
        and _as_complement(verb) is not None
    ):
        return "see"  # "Analysts see the move as a threat": their stance (a plural "see" only so)
    if (
        (word in _VIEW_FORMS or word in _LISTING_FORMS)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("neg", "aux", "mark") for c in verb.children)  # not "whether he sees"
        and (complement := _as_complement(verb)) is not None
        and (word in _VIEW_FORMS or _listed_stance(verb, complement))
    ):
        return _VIEW_FORMS.get(word) or _LISTING_FORMS[word]
    if _likened(verb):
        return "liken"
    if (valued := _valued_at(verb)) is not None:
        return valued
    if _cited_as(verb):
        return "cite"
    attack = stem_in(word, QUOTED_AS_NAMING_LEMMAS)
    if attack is not None:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        return attack if not passive and _quoted_as(verb) else None
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
    if reduced_passive(doc, verb):
        return None  # "a move branded a "retreat" by the Tories": the agent's words, not the subject's
    if any(q in span for q in '“"‘'):
        return lemma if lemma != "dismiss" or _as_complement(verb) is not None else None
    if _calling_pronoun(verb):
        return lemma
    complement = _as_complement(verb) if lemma in _AS_ADJECTIVE_NAMING else None
    return lemma if complement is not None and complement.tag_ in ("JJ", "JJR", "JJS") else None


def reduced_passive(doc, verb) -> bool:
    """Whether a naming verb is a passive without "was" (the one home of the shape): no subject of
    its own, a noun just before it and "by" right after its quoted words ("a move branded a
    "humiliating retreat" by the Tories", however the parser hangs the clause; not "Jo Bell branded
    "a farce" ..."). The naming rule (`_naming`) and the pattern of shapes (`_CALLED_BY`'s
    "reduced") both ask it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return False
    if not doc[verb.i - 1].tag_.startswith("NN"):
        return False
    marks = 0
    for token in doc[verb.i + 1 :]:
        if token.tag_ in ("``", "''") or token.text in ('"', "“", "”"):
            marks += 1
            if marks % 2 == 0:  # the quoted words closed: "by" next, or the clause goes on otherwise
                return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "by"
    return False


def _personal(ctx: ArticleContext, subject, offset: int) -> bool:
    """Whether a subject names a person ("Mr Bell", "Ann Bell", "he"): a view "sees X as Y" is a
    person's stance; "Labour sees ...", "Government policy sees ..." are the author's reading."""
    if subject.lower_ in PERSON_PRONOUNS or _bare_plural_people(subject):
        return True
    named = ctx.mention_at(offset + subject.idx)
    return named is not None and named.label == "PERSON"


def _bare_plural_people(subject) -> bool:
    """ "Analysts", "Broadcasters": a plural of people or of sources with no determiner, whose
    "see X as Y" is their stance (the unnamed source of the guide), not "Shoppers' habits"."""
    return (
        subject.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
        and (is_person_noun(singular(subject.lower_)) or singular(subject.lower_) in SOURCE_NOUNS)
    )


def _quoted_as(verb) -> bool:
    """Whether a quotation opens within the first words after the "as" that follows the verb's
    object ("attacked the plan as a “bad piece of work”"), the "as" a preposition whose object the
    quotation is: not the conjunction of a clause ("attacked the base as “Storm” got under way",
    "as “Judas” chants rang out"), nor a quoted subject with its verb after it."""
    complement = _as_complement(verb)
    if complement is None:
        return False
    doc = verb.doc
    as_ = next((t for t in reversed(doc[max(0, complement.i - 5) : complement.i]) if t.lower_ == "as"), None)
    opener = next((t for t in doc[as_.i + 1 : as_.i + 4] if t.text in OPEN_QUOTES), None) if as_ is not None else None
    if as_ is None or opener is None or as_.dep_ != "prep" or opener.i + 1 >= len(doc):
        return False
    named = next((c for c in as_.children if c.dep_ in ("pobj", "amod")), None)
    close = next((t for t in doc[opener.i + 1 :] if t.text in CLOSE_QUOTES), None)
    if named is None or close is None or not opener.i < named.i < close.i:
        return False  # the object's head outside the quotation ('as "traitor" chants'): a modifier quoted
    for token in doc[close.i + 1 :]:  # 'as "Gale" got under way': the quoted words a clause's subject
        if token.tag_ in _FINITE_TAGS:
            return False
        if token.is_punct or token.dep_ == "cc":
            break
    return True


def _listed_stance(verb, complement) -> bool:
    """Whether "list X as Y" names a stance: its object or the word after its "as" is a
    supporter, an opponent, a creditor (`_LISTED_STANCES`)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return any(t is not None and singular(t.lower_) in _LISTED_STANCES for t in (obj, complement))


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

# verbs of a stance on a thing named as their object ("opposed the bid", "argued against the plan"),
# after which a reporting participle is the stance-taker's ("... saying it would cost jobs")
_STANCE_LEMMAS = (SPEAKER_ACTS - {"urge", "thank", "congratulate"}) | {
    "oppose",
    "back",
    "support",
    "endorse",
    "challenge",
    "sue",
    "dispute",
    "argue",
}
# the participles after such an object that are the object's own, not the stance-taker's ("condemned
# rumours claiming ...", "disputed figures showing ..."): what a rumour, a writing or a finding does;
# any other participle ("rejected the plan saying", "noting", "complaining") is the stance-taker's
_OBJECT_PARTICIPLES = {"claiming", "alleging", "suggesting", "showing", "indicating"}


def _source_head(head: str) -> bool:
    """Whether "according to the HEAD" names a source ("the panel", "industry experts")."""
    one = singular(head)
    return (
        head in SOURCE_NOUNS
        or one in SOURCE_NOUNS
        or head in DOCUMENT_NOUNS
        # "according to the firm", "according to the trade weekly": the organisation or paper before
        or one in COMPANY_HEADS
        or one in MEDIA_NOUNS
    )


# verbs "according to" follows as "depending on" or "in line with" ("salaries vary according to
# industry", "paid according to commission", "split according to need"): a measure, not a source
_BY_MEASURE_LEMMAS = {
    "vary", "differ", "depend", "range", "rank", "split", "pay", "set", "divide", "share", "allocate",
    "distribute", "calculate", "classify", "grade", "adjust", "cap", "charge", "sort", "scale", "fluctuate",
    "tax", "price", "group",
}  # fmt: skip


def opens_according(token) -> bool:
    """Whether `token` is the "according" of "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"


def according_set_off(doc, i: int) -> bool:
    """Whether "according to" at doc[i] is set off from the clause before it: it opens the sentence
    (after a conjunction at most) or follows a comma, dash or colon ('...," according to X')."""
    before = [t for t in doc[:i] if t.text not in OPEN_QUOTES and t.text not in CLOSE_QUOTES]
    if all(t.is_punct or t.lower_ in ("and", "but", "yet", "so") for t in before):
        return True
    return before[-1].text in (",", "-", "–", "—", ":", ";") or before[-1].lower_ in ("and", "but", "or")


def according_subject_after(doc, i: int, x_end: int) -> bool:
    """ "According to Grobco Research 40% of homes say X": "according to" opening the sentence with
    no comma, its phrase ending right where the subject of the verb it hangs on begins."""
    if any(not t.is_punct for t in doc[:i]) or x_end >= len(doc):
        return False
    head = doc[i].head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == x_end for c in head.children)


# the verb's words beyond which "according to" is no longer what the verb depends on
_NOT_OWN_COMPLEMENT = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj", "mark", "advcl"}


def according_measure(doc, i: int, person: bool = False) -> bool:
    """ "Salaries vary according to industry", "Staff are paid according to sales": "according to"
    hung straight on a verb of varying or dividing names what something depends on, no source.
    Not when the verb has an object or complement of its own ("paid £2m", "set at 5%", "ranks
    third": the phrase is then a source's) nor when it names a document, a source or a `person`
    ("vary according to a study by Grobco", "differ according to Tom Pell")."""
    verb = doc[i].head
    word = verb.lower_  # the parse pass has no lemmatizer
    if according_set_off(doc, i) or (word != "paid" and stem_in(word, _BY_MEASURE_LEMMAS) is None):
        return False
    if any(c.i != i and c.dep_ not in _NOT_OWN_COMPLEMENT for c in verb.children):
        return False
    obj = next((c for t in doc[i].children if t.lower_ == "to" for c in t.children if c.dep_ == "pobj"), None)
    if obj is None:
        return not person
    head = obj.lower_
    one = singular(head)
    return not (
        person or head in DOCUMENT_NOUNS or one in DOCUMENT_NOUNS or head in SOURCE_NOUNS or one in SOURCE_NOUNS
    )


# the heads beyond _source_head that "according to the HEAD" takes as a source whether or not the
# phrase is set off: groups, firms and bodies ("committed by staff according to the commission")
_ACCORDING_BODIES = {*GROUP_NOUNS, *COMPANY_HEADS, *FINDING_BODIES}
# those it takes only when the phrase is set off, being also what a thing is in line with: statements,
# writings and ACCORDING_SOURCE_NOUNS ("changes according to the site", "according to the family")
_ACCORDING_HEADS = {*OWNED_NOUNS, *occasions.WRITINGS, *occasions.POSTINGS, *ACCORDING_SOURCE_NOUNS}


def according_source(obj, set_off: bool = True) -> bool:
    """Whether the object of "according to" names a source when no speaker was found for it: a
    source head (_source_head), a body, a statement or one of ACCORDING_SOURCE_NOUNS, or a name the
    model left untyped ("according to Vorstan", "Nordic Re"). Those beyond _source_head and the
    bodies only when the phrase is set off by a comma (`set_off`): else "according to" may be "in
    line with" ("forbidden according to Islam", "split according to the family")."""
    head = obj.lower_
    one = singular(head)
    if _source_head(head) or (one in _ACCORDING_BODIES and any(c.dep_ in ("det", "poss") for c in obj.children)):
        return True  # "according to the commission" (not "rewarded according to commission")
    return (
        set_off
        and (
            head + "s" in DOCUMENT_NOUNS  # "its estimate"
            or one in _ACCORDING_HEADS
            or (obj.text[:1].isupper() and any(t.tag_ == "NNP" for t in (obj, *obj.lefts)))  # "Grobco", "Nordic Re"
        )
    )


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
                while end > piece[0] and (doc_text(doc)[end - 1].isspace() or doc_text(doc)[end - 1] == ","):
                    end -= 1
                return piece[0], end
    return piece


def _named_complement(doc, verb, lemma: str, piece: tuple[int, int]) -> tuple[int, int]:
    """The content of 'called the plan "deeply flawed"' cut to what the object is named ("deeply
    flawed"): the piece is left as it is unless it opens with the verb's object and the name
    follows it, after "as" ("hailed X as Y") or straight after the object ("called X Y")."""
    if lemma not in NAMED_COMPLEMENT_LEMMAS:
        return piece
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    words = doc_text(doc)[piece[0] : piece[1]]
    if obj is None or obj.left_edge.idx != piece[0] + len(words) - len(words.lstrip()):
        return piece
    # the "as" hung on the verb or on the object ("the plan as flawed" parsed as one phrase)
    as_ = next(
        (t for t in doc[obj.i + 1 : obj.right_edge.i + 2] if t.lower_ == "as" and t.head.i in (verb.i, obj.i)),
        None,
    )
    name = None
    if as_ is not None and as_.i + 1 < len(doc):
        name = doc[as_.i + 1]
    else:  # "called the move "a disgrace"": the name stands after the object
        named = [c for c in verb.children if c.dep_ == "oprd" and c.i > obj.i]
        # (not an apposition set off by commas: "called his rival, the mayor, "a liar"" names him)
        named += [c for c in obj.children if c.dep_ == "appos" and not _set_off(doc, c)]
        if named:
            name = named[0].left_edge
            if name.i - 1 > obj.i and doc[name.i - 1].text in OPEN_QUOTES:
                name = doc[name.i - 1]
    if name is None or not piece[0] < name.idx < piece[1] or (name.is_punct and name.text not in OPEN_QUOTES):
        return piece
    if name.text not in OPEN_QUOTES and len(doc_text(doc)[name.idx : piece[1]].split()) < 3:
        return piece  # "called him a "rat"": a word or two not all quoted would state nothing on its own
    if any(
        t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and piece[0] <= t.idx < piece[1]
        and (t.head.i == verb.i or t.head.dep_ == "oprd")
        for t in doc[name.i :]
    ):
        return piece  # "calling his plans "aggressive" and his aims "damaging"": two objects, each named
    return name.idx, piece[1]


def _set_off(doc, phrase) -> bool:
    """Whether a phrase stands between commas ("his rival, the mayor of X, ...")."""
    first = phrase.left_edge.i
    return (
        first > 0
        and doc[first - 1].text == ","
        and any(t.text == "," and t.i > phrase.i and t.head.i in (phrase.i, phrase.head.i) for t in doc[phrase.i :])
    )


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


def _bare_label(subject) -> bool:
    """ "Traffic monitor, Grobstat, said": a singular noun without any determiner opening the
    sentence, a label set before the name it describes."""
    return (
        subject.tag_ == "NN"
        and subject.left_edge.is_sent_start
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
    )


def _dashed_name(ctx: ArticleContext, subject, offset: int) -> tuple[str, str | None, list] | None:
    """ "One campaign group - Renters Against Rents (Rar) - has claimed": a body described by a
    common noun, its name set off by dashes right before the verb, speaks as that name (the
    organisation the article names so, else written out without an id). None for a person's
    description or anything else between the dashes than a capitalised name."""
    doc = subject.doc
    name = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if (
        name is None
        or pos_of(subject) != "NOUN"
        or subject.lower_ not in GROUP_NOUNS
        or doc[name.left_edge.i - 1].text not in ("-", "–", "—")
    ):
        return None
    first = name.left_edge
    if first.lower_ == "the" and first.i < name.i:
        first = doc[first.i + 1]  # "A rival group - the Grobco Alliance - said": after its "the"
    if not first.text[:1].isupper():
        return None
    # the closing dash: the phrase's last token, or the one after it (hung on the verb)
    close = next((t for t in doc[subject.right_edge.i : subject.head.i] if t.text in ("-", "–", "—")), None)
    if close is None or close.i <= name.left_edge.i:
        return None
    if any(t.dep_ != "aux" for t in doc[close.i + 1 : subject.head.i]):
        return None  # the dash closes the name right before the verb (an auxiliary between)
    last = doc[close.i - 1]
    words = doc[first.i : last.i + 1]
    if any(t.is_punct and t.text not in "()&" for t in words) or not all(
        t.text[:1].isupper() or t.lower_ in ("and", "of", "for", "against", "the", "(", ")") for t in words
    ):
        return None
    mention = ctx.mention_at(offset + first.idx)
    if mention is None:
        return words.text, None, []  # a name the model missed: written out, no id
    if mention.label != "ORG" or mention.start != offset + first.idx:
        return None
    return mention.text, mention.entity_id, []


def _closing_name_apposition(ctx: ArticleContext, subject, offset: int) -> Mention | None:
    """ "The firm, Grobco, said", "Tarko's sponsor, Grobco, said", "Makers' body, the GMF, said": a
    definite description closed by an organisation's name (or a country's; with or without its own
    "the") set off by commas right before the verb: the one the description names. Also where the
    parser hung the name on the description's modifier ("The agency fighting malaria, Grobaid,
    said", in apposition to "malaria"), an organisation's name only, and only when the noun it
    hangs on is a name ("the firm that bought the club, Tarko FC, said": the club is Tarko FC, not
    the firm). None when a definite noun of the description's modifier comes right before the
    name ("the group that sued the owners, Grobco, said": the name may be the owners')."""
    doc = subject.doc
    last = subject.right_edge
    if (
        pos_of(subject) != "NOUN"
        or subject.lower_ in PERSON_NOUNS
        or not (
            any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subject.children)
            or _bare_label(subject)
        )
        or last.text != ","
        or last.i + 1 >= len(doc)
        or not (doc[last.i + 1] == subject.head or doc[last.i + 1].head == subject.head)
    ):
        return None
    name = doc[last.i - 1]
    while name.dep_ != "appos" and subject.i < name.head.i < last.i:
        name = name.head  # the name's head word, where the name runs over several words ("Bank of X")
    own = name.head == subject
    # "The UN refugee agency, UNHCR, said": the parser may hang the description's own name, set off
    # by its commas, as an adverbial noun ("npadvmod") rather than an apposition; it is one all the same
    apposed = name.dep_ == "appos" or (own and name.dep_ == "npadvmod")
    if not apposed or (not own and name.head.tag_ not in ("NNP", "NNPS")):
        return None
    first = name.left_edge
    if first.i < 2 or doc[first.i - 1].text != "," or name.right_edge.i != last.i - 1:
        return None
    before = doc[first.i - 2]
    if before != subject and any(c.dep_ in ("det", "poss") for c in before.children):
        return None  # "the group that sued the owners, Grobco, said": the name may be the owners'
    if first.lower_ == "the" and first.dep_ == "det" and first.head == name:
        first = doc[first.i + 1]  # "The makers' body, the Grobco Federation, said": after its "the"
    mention = ctx.mention_at(offset + first.idx)
    end = offset + name.right_edge.idx + len(name.right_edge)
    labels = ("ORG", "PLACE") if own else ("ORG",)
    if mention is None or mention.label not in labels or mention.start != offset + first.idx or mention.end != end:
        return None
    return None if ctx.is_person(mention.entity_id) or ctx.is_media(mention.entity_id) else mention


def _subject_joined_before(ctx: ArticleContext, subject, offset: int):
    """ "chairman Tom Pell and finance director Ann Bell said", parsed as two subjects of the verb
    with the "and" hung on the first: that first name, when both are names of people or bodies
    (else None; never a title taken for a name: "Labour MP and former minister Jo Bell said")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or pos_of(subject) != "PROPN" or verb.i == subject.i:
        return None
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < subject.i), None)
    if first is None or pos_of(first) != "PROPN":
        return None
    named = ctx.mention_at(offset + first.idx)
    if named is None or named.label not in ("PERSON", "ORG"):
        return None
    joined = any(
        c.dep_ == "cc" and c.lower_ in ("and", "&") and first.i < c.i < subject.left_edge.i for c in first.children
    )
    return first if joined else None


_JOINED_TITLE = re.compile(r"\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){0,4}$")


def _person_joined_before(ctx: ArticleContext, start: int) -> int | None:
    """'"...," Grobco chief executive Tom Pell and finance director Ann Bell said', the first name
    hung inside the quotation by the parser: where a person named right before the subject's
    phrase, joined to it by "and" and a lower-case title, begins (after the closing quotation mark
    or the start of the sentence); else None."""
    before = [m for m in ctx.mentions_in(ctx.sentence_start(start), start) if m.label == "PERSON"]
    if not before:
        return None
    person = before[-1]
    joined = _JOINED_TITLE.fullmatch(ctx.body, person.end, start)
    if joined is None or ctx.body[person.end : start].split()[-1].lower() not in TITLE_WORDS:
        return None
    lead = ctx.body[ctx.sentence_start(start) : person.start]
    close = max(lead.rfind(q) for q in CLOSE_QUOTES)
    if close < 0 or _inside_quote(ctx.body, ctx.sentence_start(start), person.start):
        return None  # only after a quotation: "Tom Pell and finance director Ann Bell" as one subject is the parser's
    start_at = ctx.sentence_start(start) + close + 1
    return (
        start_at
        if not ctx.body[start_at : person.start].strip(" ,")
        or (
            re.fullmatch(r"[\s,]*(?:[A-Z][\w’'&.-]*\s+|[a-z][\w-]*\s+){0,6}", ctx.body[start_at : person.start])
            # capitalised words and title words only: not '"...," strikers told Tom Pell and ... said'
            and all(
                w[0].isupper() or w in TITLE_WORDS for w in ctx.body[start_at : person.start].replace(",", " ").split()
            )
        )
        else None
    )


def _dashed_description_goes_on(name, joined) -> bool:
    """ "Jo Bell - a former historian, and a leading expert on codes": a common noun with "a"/"an"
    joined to a name whose apposition a dash opened is more of that description (a dash opens an
    aside that no comma closes), not a second speaker ("Jo Bell, a lawyer, and a spokesman for
    Grobco" are two)."""
    doc = name.doc
    aside = next((c for c in name.children if c.dep_ == "appos" and name.i < c.i < joined.i), None)
    return (
        pos_of(name) == "PROPN"
        and pos_of(joined) == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in joined.children)
        and aside is not None
        and doc[aside.left_edge.i - 1].text in ("-", "–", "—")
        and not any(t.text in ("-", "–", "—") for t in doc[aside.left_edge.i : joined.i])
    )


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
            if _dashed_description_goes_on(subject, child):
                continue  # "Jo Bell - a historian, and an expert on codes": one person described twice
            if _two_descriptions_of_one_name(ctx, subject, child, offset):
                continue  # "Pell's best friend and fellow runner Kate Morrow": one person described twice
            if own is None or not (own.start <= offset + child.idx < own.end):
                return True
        if (
            child.dep_ == "nmod"
            and pos_of(child) == "PROPN"
            and any(t.lower_ == "and" and t.dep_ == "cc" for t in child.subtree)
            and own is not None
            and own.label == "ORG"  # bodies listed flat, not "Trade and Industry Secretary Ann Bell"
            and not (own.start <= offset + child.idx < own.end)
            and (other := ctx.mention_at(offset + child.idx)) is not None
            and other.entity_id != own.entity_id
        ):
            return True  # "X Council, Y Association and Z Association said", the list parsed flat
    return False


def _two_descriptions_of_one_name(ctx: ArticleContext, subject, conj, offset: int) -> bool:
    """ "Pell's best friend and fellow distance runner Kate Morrow": two common nouns joined by "and"
    and one person's name right after the second, the subject's apposition: one person described
    twice, who speaks (not "the friend and the coach, Kate Morrow and Tom Pell")."""
    if pos_of(subject) != "NOUN" or pos_of(conj) != "NOUN":
        return False
    name = next((c for c in subject.children if c.dep_ == "appos" and c.i > conj.i), None)
    if name is None or pos_of(name) != "PROPN" or conj.right_edge.i + 1 != name.left_edge.i:
        return False
    mention = ctx.mention_at(offset + name.idx)
    end = offset + name.right_edge.idx + len(name.right_edge)
    return (
        mention is not None
        and mention.label == "PERSON"
        and mention.start == offset + name.left_edge.idx
        and mention.end == end
        and not any(t.dep_ == "cc" for t in name.subtree)
    )


# "Acme, Globex and Initech all said": a quantifier after a list of speakers, floating off it
_FLOATING_QUANTIFIER = re.compile(r"\s+(?:all|both)$")


def _short_list(ctx: ArticleContext, phrase: str, a: int) -> bool:
    """Whether a list of speakers is short enough to be one: twelve words at most, or twenty when
    it is names only, joined by commas and "and" ("the Council of Velt Lenders, Grobco Bankers
    Association and Building Trades Association"; not "X, Y and the holding firm, a Z statement")."""
    if len(phrase.split()) <= 12:
        return True
    rest = list(phrase)
    for m in ctx.mentions_in(a, a + len(phrase)):
        if m.label in ("ORG", "PERSON"):
            rest[m.start - a : m.end - a] = " " * (m.end - m.start)
    left = re.sub(r"\([A-Z]{2,6}\)", " ", "".join(rest))  # "(CML)": an acronym given in brackets
    return len(phrase.split()) <= 20 and set(re.findall(r"[\w&’'-]+", left.lower())) <= {"the", "and", "&"}


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
            or not ctx.fits(mention.entity_id, pronoun.lower_)
            or not ctx.likely_person(mention.entity_id)
        ):
            return None
        return mention.text, mention.entity_id
    return None


def _titled_work(ctx: ArticleContext, subject, offset: int, a: int, b: int):
    """(speaker text, id, []) for a subject that names a work by its title, whose head word the model
    took for a place or a body: "Bell's France, by Tom Pell, says", "Bell's France, a new book by Tom
    Pell, says". The work is set off as such by its author after "by" (a person the article names)
    or by a work noun in apposition; its author speaks (as "The Road to Tarbury, by Tom
    Pell, says" does, its head no name), else the work unresolved. Never the place or body of the
    title. None for any other subject ("France, by contrast, says"; "Grobco, the Velt firm, said")."""
    own = ctx.mention_at(offset + subject.idx)
    if own is None or own.label not in ("PLACE", "ORG") or pos_of(subject) != "PROPN" or ctx.is_media(own.entity_id):
        return None  # ("Newsnight, the BBC programme, reported": the programme, a medium, speaks)
    # (a work, not a writing: "Grobco Cement, a Velt statement, said" is the statement's)
    nouns = [c for c in subject.children if c.dep_ == "appos" and c.lower_ in WORK_NOUNS]
    bys = [
        c
        for holder in (subject, *nouns)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > holder.i
    ]
    # the names after "by": its author, or a maker the model did not take for a person
    makers = [
        m
        for by in bys
        for g in by.children
        if g.dep_ == "pobj" and (m := ctx.mention_at(offset + g.idx)) is not None and m.label in ("PERSON", "ORG")
    ]
    if not makers and (not nouns or own.label != "PLACE"):
        # "France, by contrast, says", "Grobco, by its own account": no maker, no work; "Velt
        # Tonight, the Velt TV show, said": a body's name may be the show's own
        return None
    authors = [m for m in makers if m.label == "PERSON" and ctx.is_person(m.entity_id)]
    if len(makers) == len(authors) and len({m.entity_id for m in authors}) == 1:
        return authors[0].text, authors[0].entity_id, []
    return ctx.body[a:b].strip(EDGE), None, []


def _speaker(ctx: ArticleContext, subject, offset: int, sentence_start: int, continuing: bool = False):
    """Resolve a subject token: pronouns to the last named speaker, phrases to an entity.
    `continuing`: the verb says the speaker goes on ("added", "continued").

    An unnamed aide, staffer or ally ("a Senate aide", "Republican strategists") is shown as
    written with no body's id: unlike a spokesman ("a Velco spokesman" speaks for Velco, the
    devset guide's `speaks_for`), they work for someone and speak for no body."""
    found = _speaker_of(ctx, subject, offset, sentence_start, continuing)
    if (
        found is not None
        and found[1] is not None
        and pos_of(subject) == "NOUN"
        and singular(subject.lower_) in UNNAMED_SOURCE_PEOPLE
        and not ctx.is_person(found[1])
    ):
        return found[0], None, found[2]
    return found


def _speaker_of(ctx: ArticleContext, subject, offset: int, sentence_start: int, continuing: bool):
    lower = subject.lower_
    if lower in PERSON_PRONOUNS | {"they", "it"} and any(
        c.dep_ == "conj" and pos_of(c) in ("PROPN", "NOUN", "PRON") for c in subject.children
    ):
        # "Both he and Tom Pell have admitted ...": several speakers together, none of them alone
        last = subject.right_edge
        phrase = ctx.body[offset + subject.left_edge.idx : offset + last.idx + len(last)].strip(EDGE)
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
        if resolved is not None and continuing and ctx.person_spoke_before(sentence_start, resolved[1]):
            # 'Grobley said X. "Y," it added.': "added" goes on from the speaker just before, taken
            # for a person ("it" cannot be), never the firm that spoke earlier
            return unresolved(subject.text), None, []
        if resolved is None and (only := ctx.organisation_it(offset + subject.idx)) is not None:
            resolved = (subject.text, only)
        return (resolved[0], resolved[1], []) if resolved else None
    if (lettered := _name_before_post_nominal(ctx, subject, offset)) is not None:
        # "Judge Tom Pellow, QC told the hearing", "QC" parsed as the subject: the name before it
        return lettered.text, lettered.entity_id, []
    if (share := _share_of_people(subject)) is not None:
        # "One in four said", "nearly half those surveyed said": a share of the people asked
        return ctx.body[offset + share[0] : offset + share[1]].strip(EDGE), None, []
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
    if (closing := _closing_name_apposition(ctx, subject, offset)) is not None:
        # "The agency fighting malaria, Grobaid, said": the name the description closes with
        return closing.text, closing.entity_id, []
    if (named_between := _dashed_name(ctx, subject, offset)) is not None:
        # "At least one campaign group - Renters Against Rents (Rar) - has claimed": the name
        return named_between
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
    opening = subject.left_edge
    if opening.tag_ == "WP$" and opening.i < subject.i:
        if _whose_gap(subject):
            # "the singer, whose album critics say is her best": the parser joined the possessed
            # noun to the speaker; who speaks is the subject's own word, never "whose album critics"
            opening = subject
        else:
            # "Velco, whose chief executive said ...": the antecedent's, never "whose chief executive"
            return _whose_phrase(ctx, subject, offset), None, []
    while opening.i < subject.i and opening.is_punct:
        opening = opening.nbor()  # '"...," Tom Pell, from the union, told': the closing quote hung on the name
    a = offset + opening.idx
    last = _subject_last(subject)
    b = offset + last.idx + len(last)
    if (work := _titled_work(ctx, subject, offset, a, b)) is not None:
        # "Grobco's France, by Tom Pell, says": a work whose title holds a place, never the place
        return work
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and lower in SPEECH_NOUNS and subject.head.lower_ in ("was", "is", "were", "are"):
        # "His message to the chancellor was: ...": whose words they are, resolved as "he" is
        if owner.lower_ in ("his", "her"):
            pronoun = "he" if owner.lower_ == "his" else "she"
            resolved = ctx.resolve_pronoun(sentence_start, pronoun, offset + owner.idx)
            return ctx.body[a:b].strip(EDGE), resolved[1] if resolved else None, []
        # "Ann Bell's warning was stark: ...": the named owner's words; a name not known as a person
        # or body is nobody's ("The council's warning" goes on as any subject)
        mention = ctx.mention_at(offset + owner.idx)
        if mention is not None and mention.label in ("PERSON", "ORG"):
            return ctx.body[a:b].strip(EDGE), mention.entity_id, []
        if pos_of(owner) == "PROPN":
            return None
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
    if possessor is not None and lower in _PERSONAL_DOCUMENTS:
        # "Mr Bell's statement said", "Her letter said": the words of the person who owns it
        phrase = ctx.body[a:b].strip(EDGE)
        if possessor.lower_ in ("his", "her"):
            resolved = ctx.resolve_pronoun(
                sentence_start, "he" if possessor.lower_ == "his" else "she", offset + possessor.idx
            )
            return phrase, resolved[1] if resolved else None, []
        mention = ctx.mention_at(offset + possessor.idx)
        if mention is not None and mention.label == "PERSON" and ctx.likely_person(mention.entity_id):
            return phrase, mention.entity_id, []
    other = None
    if (first := _subject_joined_before(ctx, subject, offset)) is not None:
        opening = first.left_edge
        while opening.i < first.i and opening.is_punct:
            opening = opening.nbor()  # the closing quotation mark the parser hangs on the first name
        a = offset + opening.idx  # "chairman Tom Pell and director Ann Bell said", split by the parser
    elif (other := _person_joined_before(ctx, a)) is not None:
        a = other  # '"...," Grobco chief executive Tom Pell and finance director Ann Bell said'
    if first is not None or other is not None or _coordinated(ctx, subject, offset):
        # "Acme, Globex and Initech said": several speakers together, none of them alone ("Acme,
        # Globex and Initech all said": the floating "all" is no part of who speaks)
        phrase = _FLOATING_QUANTIFIER.sub("", ctx.body[a:b].strip(EDGE))
        others = [m.entity_id for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id)]
        if first is not None or other is not None:
            # two titled names, joined: together, however long their titles (never dropped)
            return (phrase, None, others) if phrase else None
        return (phrase, None, others) if phrase and _short_list(ctx, phrase, a) else None
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
        phrase = ctx.body[a:b].strip(EDGE)
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
        # (an indefinite one, "An Acme director said", may speak for Acme, as "A Treasury spokesman")
        or (
            ctx.mention_at(offset + subject.idx) is None
            and ctx.body[a:b].split()[0].lower() not in ("a", "an")
            # the head word or the phrase's last ("the Tory MP for Ashby and East Hill": the MP
            # speaks, never the constituency or the party of its modifiers)
            and (office_word(ctx.body[a:b].split()[-1]) or office_word(subject.text))
            and not any(
                m.label == "PERSON" and not any(x <= m.start < y for x, y in preps) for m in ctx.mentions_in(a, b)
            )
        )
        or (
            # "A Plaid Cymru MP said": one of the party's members, a person the article may name,
            # never the party itself
            member_description(ctx.body[a:b]) and not any(m.label == "PERSON" for m in ctx.mentions_in(a, b))
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
        phrase = ctx.body[offset + first.idx : offset + subject.idx + len(subject)]
        named = ctx.person_named(phrase)
        if named is not None:
            return named[0], named[1], []
        if (body := _described_body_name(ctx, phrase, offset + first.idx)) is not None:
            return phrase, body, []
    titled = next((m for m in ctx.mentions_in(a, b) if m.label == "PERSON" and m.end >= b - 1), None)
    if (
        titled is not None
        and ctx.body[a : titled.start].split()[-1:]
        and ctx.body[a : titled.start].split()[-1].lower() in JOB_TITLES
        # "X, a spokesman for trade commissioner Y, said": X speaks, named before the comma
        and not (own is not None and own.label == "PERSON" and "," in ctx.body[own.end : titled.start])
        # "An aide to Senator Tom Pell said": the aide speaks, not the one they are an aide to
        and not (
            pos_of(subject) == "NOUN"
            and any(titled.start <= o < titled.end for o in _prepositional_objects(subject, offset))
        )
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
    # "greater numbers of women in the Cabinet say": a count of people, who speak, is no document
    # of the body they are in ("numbers from the Home Office show" is one)
    # ("The Grobco reports said": the plural of a document noun too, with its determiner: "Media
    # reports say" are anyone's)
    document = (
        lower in DOCUMENT_NOUNS
        or (singular(lower) in DOCUMENT_NOUNS and any(c.dep_ == "det" for c in subject.children))
    ) and not (
        lower == "numbers"
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children)
            for c in subject.children
        )
    )
    if document and (issuer := _issued_by(ctx, subject, offset)) is not None:
        # "a statement issued on behalf of X said", "figures gathered by X show": X's words
        return ctx.body[a : issuer.end].strip(EDGE), issuer.entity_id, []
    # "Grobco - Tarwin's biggest shareholder - said", 'said Jo Bell - Grobco's founder.': the name
    # opening the subject and closed by its first dash, whatever the aside names
    dash = SPACED_DASH.search(ctx.body, a, b)
    if (
        dash
        and (before_dash := named_before_dash(ctx.mentions_in(a, dash.start()), dash.start()))
        and before_dash.start == a
    ):
        return before_dash.text, before_dash.entity_id, []
    modifiers = preps if pos_of(subject) == "PROPN" else []
    objects = _prepositional_objects(subject, offset)
    text, entity_id, others = _speaker_from_span(
        ctx, a, b, heads, common, document=document, modifiers=modifiers, objects=objects
    )
    if (
        entity_id is not None
        and own_mention is None
        and (
            (name := _missed_name(ctx, subject, offset, entity_id))
            or (name := _name_after_possessive(ctx, subject, offset, entity_id))
            or (name := _name_after_title(ctx, subject, offset, entity_id))
        )
    ):
        # '"...," Jo Bell, chief economist with Grobco, told ...' with the name the model missed: the
        # name speaks, never the organisation in its apposition; shown as written, without an id
        return name, None, others
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
            return ctx.body[a:b].strip(EDGE), group[1], others
    if text is None:
        phrase = ctx.body[a:b].strip(EDGE)
        # "A spokesman for the Association of Payment and Clearing Services (Apacs)": a spokesman
        # or official described by the body they speak for may take more words than other phrases
        speaks_for = subject.lower_ in _ANONYMOUS and any(
            c.dep_ == "prep" and c.lower_ in ("for", "at", "of", "from") for c in subject.children
        )
        limit = 14 if speaks_for else 10
        # "Other shops - including A, B and C - said": the examples named do not lengthen who speaks
        limit += sum(
            len(ctx.body[offset + c.idx : offset + c.right_edge.idx + len(c.right_edge)].split())
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "including"
        )
        if len(phrase.split()) > limit and _speaking_head(subject):
            # "The Welsh rugby coach at the centre of the row over ticket sales says": the head and
            # its nearer words, past the modifiers that close the phrase, name the speaker
            b = _without_closing_modifiers(ctx.body, subject, offset, a, b, limit)
            phrase = ctx.body[a:b].strip(EDGE)
        if pos_of(subject) == "PRON" or len(phrase.split()) > limit or not phrase:
            return None
        named = (
            ctx.named_elsewhere(phrase)
            if pos_of(subject) == "PROPN" and not CONSTITUENCY_MEMBER.fullmatch(re.sub(r"^[Tt]he\s+", "", phrase))
            else None
        )
        if named is not None:
            return named[0], named[1], others
        return _described(ctx, phrase, subject.lower_, a, b, others, continuing, sentence_start)
    return text, entity_id, others


def _name_before_post_nominal(ctx: ArticleContext, subject, offset: int) -> Mention | None:
    """The person named right before ", QC" when the subject is those letters ("Judge Tom Pellow,
    QC told ..."): they are the name's, never a speaker of their own. Else None."""
    if subject.text not in POST_NOMINALS or subject.i == 0 or subject.nbor(-1).text != ",":
        return None
    comma = offset + subject.nbor(-1).idx
    return next(
        (m for m in ctx.mentions_in(comma - 80, comma) if m.label == "PERSON" and m.end == comma),
        None,
    )


def _described_body_name(ctx: ArticleContext, phrase: str, start: int) -> str | None:
    """ "Miner Highland Gold said" opening a sentence, the model missing the name there: the one
    organisation or place the article names "Highland Gold" elsewhere, when the one word before
    that name is a common noun capitalised only because it opens the sentence (the article writes
    it in lower case elsewhere: "miner Barrick Gold"). Else None."""
    words = phrase.split()
    tail = ctx.body_named_by_tail(words)
    if tail is None or len(words) - tail[0] != 1 or ctx.sentence_words_before(start):
        return None
    lead = words[0]
    if not lead.isalpha() or not lead[1:].islower():
        return None
    return tail[1] if re.search(rf"(?<![\w-]){re.escape(lead.lower())}(?![\w-])", ctx.body) else None


_CLOSING_MODIFIERS = {"prep", "acl", "relcl", "appos"}
# the head of a share of people ("a quarter of those polled", "the majority of fans asked")
_FRACTIONS = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "majority", "minority"}
# the participle that makes "those" the people a poll asked ("half those surveyed")
_POLLED = {"surveyed", "polled", "questioned", "asked", "interviewed", "quizzed", "sampled", "consulted"}


def _missed_name(ctx: ArticleContext, subject, offset: int, entity_id: str) -> str | None:
    """The subject's name as written ("Jo Bell"), when it is a proper noun with a first part, a comma
    follows it, and `entity_id` (no person) is named only in its apposition after that comma:
    the organisation a person the model missed works for. Else None."""
    doc = subject.doc
    if (
        pos_of(subject) != "PROPN"
        or ctx.is_person(entity_id)
        or subject.i + 1 >= len(doc)
        or doc[subject.i + 1].text != ","
        or not any(c.dep_ == "appos" and c.i > subject.i for c in subject.children)
    ):
        return None
    first = min([subject, *(c for c in subject.children if c.dep_ == "compound")], key=lambda t: t.i)
    end = offset + subject.idx + len(subject)
    named = [m for m in ctx.mentions_in(offset + first.idx, offset + subject.right_edge.idx + len(subject.right_edge))]
    if first is subject or not any(m.entity_id == entity_id for m in named) or any(m.start < end for m in named):
        return None
    return ctx.body[offset + first.idx : end]


def _organisation_mention(ctx: ArticleContext, subject, offset: int, end: int, entity_id: str) -> Mention | None:
    """The mention of the organisation a proper-noun subject was resolved to (never a person), inside
    the subject ending at `end`: where a person's name the model missed may follow it. Else None."""
    if pos_of(subject) != "PROPN" or ctx.is_person(entity_id):
        return None
    return next((m for m in ctx.mentions_in(offset + subject.left_edge.idx, end) if m.entity_id == entity_id), None)


def _name_after_possessive(ctx: ArticleContext, subject, offset: int, entity_id: str) -> str | None:
    """ "said Grobco Networks' Ann Hollin Vell" with the person's name the model missed: the two or
    three capitalised words after the organisation's possessive, the first a known first name,
    closing the subject; the name speaks, not the organisation. Else None."""
    end = offset + subject.idx + len(subject)
    owner = _organisation_mention(ctx, subject, offset, end, entity_id)
    if owner is None:
        return None
    name = re.fullmatch(r"['’]s?\s+((?:[A-Z][\w’'-]*\s+){1,2}[A-Z][\w’'-]*)", ctx.body[owner.end : end])
    if name is None or first_name_gender(name.group(1).split()[0]) is None:
        return None
    if ctx.mentions_in(owner.end, end):
        return None
    return name.group(1)


def _name_after_title(ctx: ArticleContext, subject, offset: int, entity_id: str) -> str | None:
    """ "Grobco spokesperson Thabo Mahlangu told News24 ..." with the person's name the model missed
    (names it knows less well): two or three capitalised words closing the subject right after a
    job title in lower case ("spokesperson", "chief executive") after the organisation's name; the
    name speaks, not the organisation. Else None."""
    end = offset + subject.idx + len(subject)
    owner = _organisation_mention(ctx, subject, offset, end, entity_id)
    if owner is None:
        return None
    found = re.fullmatch(
        r"((?:\s+[a-z][a-z-]*){1,3})\s+((?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+)", ctx.body[owner.end : end]
    )
    if found is None or found.group(1).split()[-1] not in JOB_TITLES:
        return None
    if ctx.mentions_in(owner.end, end):
        return None
    return found.group(2)


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
        office_word(lower) or lower in _ANONYMOUS or lower in GROUP_NOUNS or singular(lower) in SOURCE_NOUNS
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
    if any(_comma_apposition(t) and not _set_off_before(t, subject.head) for t in cuts):
        return b  # the content around such a phrase is as likely wrong as its speaker
    end = b
    for token in cuts:
        if offset + token.right_edge.idx + len(token.right_edge) < end:
            continue  # not at the phrase's end (after the cuts made so far)
        end = len(body[: offset + token.left_edge.idx].rstrip(EDGE))
        if len(body[a:end].split()) <= limit:
            return end
    return b


def _set_off_before(token, verb) -> bool:
    """Whether the phrase of `token` closes with a comma right before `verb` ("Her sources, all
    friends of the mayor, said"): an apposition set off between the subject and its verb, where
    the parse is seldom wrong."""
    last = token.right_edge  # the closing comma, or the word before it
    comma = last if last.text == "," else token.doc[min(last.i + 1, len(token.doc) - 1)]
    return comma.text == "," and comma.i + 1 == verb.i


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
    """(speaker text, id, media) for a speaker named by a description (phrase = body[a:b]); an
    office of an organisation that resolves to nobody, or to the organisation, is the one person
    the article gives that office there (`_office_holder`)."""
    text, resolved, others = _described_by_kind(ctx, phrase, head, a, b, others, continuing, sentence_start)
    if resolved is None or not ctx.is_person(resolved):
        resolved = _office_holder(ctx, phrase, head, a, b) or resolved
    return text, resolved, others


# offices of an organisation that one person holds ("the Grobco chairman")
_ONE_HOLDER_OFFICES = BOARD_OFFICES | HEAD_OFFICES | {"president"}


def _office_holder(ctx: ArticleContext, phrase: str, head: str, a: int, b: int) -> str | None:
    """ "the Grobco chairman", "the Grobco chief executive": the one person the article gives the
    office (the lowercase words closing the phrase) at the organisation it names, the only name
    in the phrase (context's titled_at); None when the article gives it nobody or several, or
    the phrase has another shape ("the Russian president": a country's office, resolved
    elsewhere; "its chief executive", "the firm's chairman": described's _organisation_office)."""
    words = phrase.split()
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() != head or head not in _ONE_HOLDER_OFFICES:
        return None
    office: list[str] = []
    while len(words) > 1 and words[-1].islower():
        office.insert(0, words.pop())
    named = ctx.mentions_in(a, b)
    organisations = {m.entity_id for m in named if m.label == "ORG" and not ctx.is_person(m.entity_id)}
    if len(named) != 1 or len(organisations) != 1 or " ".join(words[1:]) != named[0].text:
        return None  # "the Sky Sports pundit", a person or a place in the phrase: not an office of one body
    return ctx.titled_at(head, {w.lower() for w in office}, organisations.pop(), a)


def _described_by_kind(
    ctx: ArticleContext,
    phrase: str,
    head: str,
    a: int,
    b: int,
    others: list,
    continuing: bool,
    sentence_start: int | None = None,
):
    """(speaker text, id, media) for a speaker named by a description, by the kind of description."""
    if person_description(phrase) is not None and _one_holder(phrase):
        # "The Tories' campaign director said", "the firm's chairman": one person who holds the
        # office, not the organisation; the one person the article gives that title, else nobody
        words = {re.sub(r"(?:['’]s|s['’])$", "", w) for w in phrase.lower().split()[1:]}
        return phrase, ctx.titled(head, words), others
    if person_description(phrase) is not None:
        # "A Treasury spokesman said": shown as written, attributed to the Treasury; "the
        # spokesman" the article introduced by name ("X, a spokesman for Y") is that person
        speaks_for = ctx.organisation_of(a, b)
        if once_held(phrase):
            return phrase, None, others  # "A former Grobco spokesman said": no longer speaks for Grobco
        if speaks_for is not None and phrase.lower().startswith("the ") and head not in _FOR_ITS_BODY:
            # "the Grobco executive admitted": one person of Grobco's, whom the article may name
            # ("executive Tom Pell"), never Grobco itself (as "a Grobco spokesman" speaks for it),
            # and never another firm's ("Tom Pell, an executive at Velt": titled_at refuses him)
            return phrase, ctx.titled_at(head, set(phrase.lower().split()[1:]), speaks_for, a), others
        if speaks_for is None and head in SPOKESPEOPLE:
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
    if resolved is None and sentence_start is not None and (gender := epithet(phrase)) is not None:
        # "Kim Lane won in Paris on Sunday. The 22-year-old said ...": the person who opens the
        # sentence before, when they are the only person named there and fit the word
        subject = ctx.subject_before(sentence_start, {"m": "he", "f": "she"}.get(gender, "they"), a, alone=True)
        if subject is not None and not other_nationality(ctx, subject[1], phrase):
            resolved = subject[1]
    if resolved is None and (spoke := _role_of_the_one_speaking(ctx, phrase, head, a)) is not None:
        resolved = spoke  # "said Transport Minister Tom Pell. Last week the minister had announced"
    if resolved is None and role in PLAYER_ROLES and re.fullmatch(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)+[\w-]+", phrase):
        # "said the Sale full-back": the one person the passage names (the club, even if the
        # model took it for a person, is not the player)
        resolved = ctx.only_player(a, {normalise(w) for w in phrase.split()[1:-1]})
    return phrase, resolved, others


def _role_of_the_one_speaking(ctx: ArticleContext, phrase: str, head: str, a: int) -> str | None:
    """ "'...,' said Transport Minister Tom Pell. Last week the minister had announced ...": a
    definite description of a person's office or role (every word of it lower case, its last an
    office or a person's role) right after that person spoke (`still_speaking`, in this sentence
    or the one before; nobody named since), when the article writes that person's title with
    every word of the description and no other person named in this paragraph or the one before
    has a title with its last word ("Prime Minister Jo Bell" beside "Transport Minister Tom Pell":
    either)."""
    words = phrase.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(re.fullmatch(r"[a-z-]+", w) for w in words[1:]):
        return None
    if head != words[-1] or head not in JOB_TITLES | PEOPLE_ROLE_NOUNS or head in SPOKESPEOPLE:
        return None
    who = ctx.still_speaking(a) or ctx.still_speaking(a, sentence_before=True)
    if who is None or not ctx.titled_with(who, set(words[1:])):
        return None
    for m in ctx.mentions_in(ctx.paragraph_start(a, 1), a):
        if m.label == "PERSON" and m.entity_id != who and ctx.titled_with(m.entity_id, {head}, qualified=True):
            return None
    return who


# unnamed speakers who, with "the" and a body's name ("the Treasury spokesman", "the Grobco
# source"), still speak for that body
_FOR_ITS_BODY = SPOKESPEOPLE | {"official", "source", "insider"}


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
ACHIEVEMENT_NOUNS = {"winner", "champion", "medallist", "medalist", "laureate", "nominee"}


def epithet(phrase: str) -> str | None:
    """ "the 22-year-old", "the American", "the veteran Frenchwoman", "the world number one":
    the gender the words give ("m", "f", "" for none), or None if the phrase is no such epithet
    (a capitalised modifier other than a nationality, "the Sale full-back", is not one)."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return None
    achievement = words[-1].lower() in ACHIEVEMENT_NOUNS
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
        or last in ACHIEVEMENT_NOUNS
        or words[-2:] == ["number", "one"]
    ):
        return None
    if last == "actress":
        return "f"
    return noun_gender(last) or ""


# what a broadcaster does when it reports the news rather than speaks for itself as a company
_REPORTING_LEMMAS = {"report", "reveal", "learn", "broadcast", "quote"}


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


# the words that describe a medium before its name ("rock radio station", "local news channel"):
# the media's own words (`sources.DESIGNATOR_MEDIA_WORDS`) and what is on them
_MEDIUM_DESCRIPTION = alternation(
    DESIGNATOR_MEDIA_WORDS
    | {"paper", "website"}
    | {"rock", "pop", "music", "sport", "sports", "local", "national", "commercial", "digital"}
)
# what a person is at the outlet they work for ("Kerrang! editor Ashley Bird", "a spokeswoman for
# MTV", "the Guardian's film critic"): they speak for or about it, and it is not where they spoke
_STAFF_ROLES = (
    r"editor|correspondent|critic|reporter|journalist|pundit|commentator|spokesman|spokeswoman|spokesperson|presenter|producer|"
    r"columnist|writer|contributor|expert|analyst|anchor|tester|"
    r"head|chief|boss|executive|director|controller|chairman|chairwoman|manager|president|founder|owner"
)
# ("Kerrang! editor X", "the Grobco Weekly magazine's reviews editor X": the medium's noun kept out of its mention)
_STAFF_AFTER_OUTLET = re.compile(
    rf"^(?:\s+(?:{alternation(MEDIUM_TAIL_NOUNS)}))?(?:[’']s|[’']|!)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_STAFF_ROLES})\b"
)
# ("Jo Bell, news editor at Grobco Weekly", "Jo Bell, head of music at Midshire rock station Grobcast":
# a department after the role, names and words of a medium before the outlet's name)
_STAFF_BEFORE_OUTLET = re.compile(
    rf"\b(?:{_STAFF_ROLES})(?:\s+in\s+chief|\s+of\s+[a-z]+)?\s+(?:of|at|for)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}|(?:[A-Z][\w-]*\s+|(?:{_MEDIUM_DESCRIPTION})\s+){{1,5}})(?:[\w-]+,\s+)?$"
)


def _employer_only(ctx: ArticleContext, draft: Draft, outlet: str, s0: int, s1: int) -> bool:
    """Whether every mention of `outlet` in the sentence names where the speaker works ("Kerrang!
    editor Ashley Bird said", "Jo Bell, news editor at Grobco Weekly, said", "a spokesman for
    the channel"), not as the one told ("told BBC political editor Andrew Marr"): the claim was
    not made to or through it."""
    if draft.verb_at < 0:
        return False
    mentions = [
        m
        for m in ctx.mentions_in(s0, s1)
        if m.entity_id == outlet
        and (
            not (draft.start <= m.start < draft.end)
            # "What this means, said Jo Bell, head of Grobco TV, is that ...": the attribution set inside
            or (draft.gap is not None and draft.gap[0] <= m.start < draft.gap[1])
        )
    ]
    if outlet == draft.speaker_id:  # "The editor of Grobco Weekly said", taken for the paper: a person speaks
        return bool(mentions) and all(
            _STAFF_BEFORE_OUTLET.search(ctx.body, max(s0, m.start - 70), m.start) is not None for m in mentions
        )
    return bool(mentions) and all(
        not _ADDRESSED.search(ctx.body, max(s0, m.start - 16), m.start)
        and (
            _STAFF_AFTER_OUTLET.match(ctx.body[m.end : m.end + 40]) is not None
            or _STAFF_BEFORE_OUTLET.search(ctx.body, max(s0, m.start - 70), m.start) is not None
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
