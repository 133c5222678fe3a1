"""The sentence shapes extract_parsed reads besides a reporting verb with its subject and content: a
trailing attribution ("..., the trust claims"), an audience told, a dashed subject, "quoted after",
"described by", "with X saying", a relative report, a closing person, "accused by", "in the view of"
and a colon after the speaker."""

from __future__ import annotations

import re
from collections.abc import Collection

from belreader.nlp.claims.content import _negated
from belreader.nlp.claims.spans import _STOP_INSIDE, Draft
from belreader.nlp.claims.subjects import (
    _FRACTIONS,
    _SAYING_ADVERBS,
    _speaker,
    _speaker_from_span,
    _speaks_as_outlet,
    _subject,
    future_speech,
    issued_in_own_name,
    reduced_passive,
)
from belreader.nlp.claims.vocabulary import (
    _FINITE_TAGS,
    _RULE_NEGATION,
    AUDIENCE_TOLD,
    CLOSE_QUOTES,
    DASHED_ASIDE,
    DOCUMENT_FINITE_VERBS,
    DOCUMENT_WORDS,
    EDGE,
    OPEN_QUOTES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    SPEECH_NOUNS,
    UNNAMED_PRESS_PATTERN,
    WORK_NOUNS,
    _lemma,
    doc_text,
    lemma_of,
    lemma_of_document,
    named_before_dash,
    pos_of,
    unresolved,
)
from belreader.nlp.sources import alternation

# "..., it has confirmed.", "..., reports the Daily Mail.", "..., the Daily Mail reports.", "...,
# the Office for National Statistics (ONS) said.": an attribution closing the sentence after a
# comma, which the parser breaks (it takes "has confirmed" for the content's verb, "reports" for a
# noun, or the named body for a conjunct of the content's last noun)
_DESCRIBED = r"(?:his|her|its|their|the)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
_NAMED = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}"
_TRAILING = re.compile(
    r",\s+(?:(?P<who>it|he|she|they|the\s+[^,;:“”\"]{1,50}?|[A-Z][^,;:“”\"]{1,50}?)\s+(?:has|have|had)\s+"
    r"(?P<verb>confirmed|said|announced|revealed|admitted|indicated)"
    r"|(?P<who4>the\s+[A-Z][^,;:“”\"]{1,50}?)\s+(?P<verb4>said|says)"
    r"|(?P<inverted>reports|reported|writes|wrote)\s+(?P<who2>the\s+[A-Z][^,;:“”\"]{1,50}?)"
    # "..., the Interfax news agency reported.", "..., the state news agency Tass reported.": a
    # medium named after its kind too, whose verb the parser hung on the content
    r"|(?P<who3>the\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][^,;:“”\"]{1,50}?)\s+(?P<verb3>reports|reported|writes|wrote)"
    # "..., Cablenet predicts.": a name and a reporting verb closing the sentence, which the parser
    # read as adjective and noun
    r"|(?P<who5>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2})\s+(?P<verb5>predicts|predicted|warns|warned|"
    r"argues|argued|insists|insisted|believes|claims|says|said|adds|added)"
    # "..., state media report.", "..., local press reports.": the press no outlet names, whose
    # "report" the parser read as a noun
    rf"|(?P<who6>{UNNAMED_PRESS_PATTERN})\s+(?P<verb6>report|reports|reported|say|says|said)"
    # "..., a new study shows.", "..., a Grobco statement said.": a document closing the sentence,
    # whose verb the parser read as a noun compounded with it ("study shows") or left without its
    # subject (the document hung on the content's last name); never a participle ("shown")
    # "..., a new book about the mayor claims.": a work too, and what it is about (whose names are
    # not its author's)
    rf"|(?P<who7>(?:a|an|the|this)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{DOCUMENT_WORDS}|{alternation(WORK_NOUNS)})"
    r"(?P<about>\s+(?:about|on|into)\s+[^,;:“”\"]{1,50}?)?)\s+(?:(?:has|have)\s+)?"
    rf"(?P<verb7>{DOCUMENT_FINITE_VERBS}|says|said|claims|claimed)"
    # "..., her lawyer, Tom Pell, said.", "..., Tom Pell, her lawyer, said.": a described name set off
    # by commas before the closing verb, which the parser hung on the content's last noun; the name speaks
    rf"|(?:{_DESCRIBED},\s+(?P<who8>{_NAMED})|(?P<who9>{_NAMED}),\s+{_DESCRIBED}),\s+(?P<verb8>said|says|added|adds))"
    r"\s*[.!]?\s*$"
)


def _document_speaker(ctx, a: int, b: int, author_end: int | None = None) -> tuple[str, str | None, list[str]]:
    """(speaker, id, media) of a document phrase body[a:b] ("a new study", "the Grobco survey"):
    the one person or body tagged (ORG or PERSON) inside the phrase (before `author_end`: not in
    "about Ann Bell") is its author; none or several (or a name the tagger missed), unnamed, as written.
    A person only for a text issued in one's own name ("a Tom Pell statement"): "a Tom Pell biopic",
    "a Pell report" may be about him, and are left unnamed."""
    end = b if author_end is None else author_end
    mentions = [m for m in ctx.mentions_in(a, end) if m.label in ("ORG", "PERSON")]
    named = {m.entity_id for m in mentions}
    phrase = ctx.body[a:b].strip(EDGE)
    if len(named) != 1:
        return phrase, None, []
    head = ctx.body[a:end].split()[-1].strip(EDGE)
    if mentions[0].label == "PERSON" and not issued_in_own_name(head):
        return phrase, None, []
    return phrase, named.pop(), []


# "..., the court has heard.", "..., an inquiry was told.", "..., MPs heard.": the sentence is
# evidence given to an audience, whose speaker the sentence does not name
_TOLD_AUDIENCE = re.compile(
    r",\s+(?P<audience>(?:the|a|an)\s+[^,;:“”\"]{1,50}?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    # "..., researchers from Grobco College were told.": people named by a plural and their body
    r"|[a-z][\w’'-]*[^\Ws](?:s)(?:\s+(?:from|at|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)\s+"
    r"(?P<verb>(?:has|have|had)\s+(?:been\s+)?(?:heard|told)|heard|was\s+told|were\s+told)\s*[.!]?\s*$"
)


def _audience_claim(doc, offset, p_index, add, s0, s1) -> bool:
    """ "Yukos misled the court, a court has heard.": the clause before the comma is a statement
    made to the audience, by a speaker left unnamed (never the audience); so is the clause after
    "The court heard how" or "The hearing was told that". Whether one was added."""
    text = doc_text(doc)
    match = _TOLD_AUDIENCE.search(text)
    if match is None and (told := AUDIENCE_TOLD.match(text)) is not None:
        c0, c1 = told.end(), len(text.rstrip()) - (1 if text.rstrip().endswith((".", "!")) else 0)
        content = doc.char_span(c0, c1, alignment_mode="contract")
        if content is None or not any(t.tag_ in _FINITE_TAGS for t in content):
            return False
        verb_at = offset + told.end("verb") - len(told.group("verb").split()[-1])
        lemma = "tell" if "told" in told.group("verb") else "hear"
        draft = Draft(
            p_index, offset + c0, offset + c1, unresolved("unnamed"), None, lemma,
            _negated(doc, None, c0, c1), s0, s1, verb_at=verb_at,
        )  # fmt: skip
        add(draft, [])
        return True
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
    DASHED_ASIDE.pattern + r"(?P<verb>said|says|added|adds|claimed|claims|warned|warns|insisted|argued)"
    r"\s+(?:that\s+)?(?P<content>[^“”\"\s].*?)[.!]?\s*$"
)


# a noun before a name whose "of" makes the name its owner ("the head of Grobco", "the boss of
# Grobco"): a person who is not the organisation ("a spokesman for", "an analyst at" Grobco speak
# for it, as without the dashes)
_OFFICE_OF_NAME = re.compile(r"(?<![\w-])[a-z][\w-]*\s+of\s+(?:the\s+)?$")


def _dashed_subject_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Acme - itself a target of the suit - said X", parsed with no subject for "said": the
    name right before the first dash speaks, when the model found one there; "the head of Acme -
    ... - said X" is said by the head, unresolved."""
    text = doc_text(doc)
    match = _DASHED_SUBJECT.search(text)
    if match is None:
        return
    before = offset + match.start("aside")
    speaker = named_before_dash(ctx.mentions_in(s0, before), before)
    if speaker is None:
        return
    name = speaker.text
    speaker_id: str | None = speaker.entity_id
    clause = re.split(r"[,;:]", text[max(0, s0 - offset) : speaker.start - offset])[-1]
    if _OFFICE_OF_NAME.search(clause):
        # "The head of Grobco - the country's biggest bank - said": the name is whose head speaks,
        # not the speaker, shown as written and unresolved
        name, speaker_id = (clause + speaker.text).strip(), None
    draft = Draft(
        p_index,
        offset + match.start("content"),
        offset + match.end("content"),
        name,
        speaker_id,
        _lemma(match.group("verb")),
        bool(_RULE_NEGATION.search(match.group("content"))),
        s0,
        s1,
        verb_at=offset + match.start("verb"),
    )
    add(draft, [speaker_id] if speaker_id and _speaks_as_outlet(ctx, speaker_id, draft.verb) else [])


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

# 'The cake was called "one of the finest" by the judge': the quoted words before the agent, who
# (a name the model found, or "the" and a person noun) said them; an article before the quotation
# ('was branded a "folly" by MPs') is part of the description; without "was" ("reduced": 'a move
# branded "a retreat" by the Tories') only where subjects.reduced_passive finds the shape
_CALLED_BY = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+|(?P<reduced>(?<=[a-z]\s)))"
    r"(?P<verb>called|described\s+as|branded|hailed\s+as|dubbed|labelled)\s+"
    r"(?P<article>(?:a|an|the)\s+)?(?P<content>[“\"][^“”\"]{3,200}[”\"])\s+by\s+(?P<who>(?:the\s+)?[^,;:“”\"()]{1,50}?)\s*(?=[.,;!?]|$)"
)


def passive_quoting(doc, match, offset, ctx, s0) -> tuple[str, str | None, list[str]] | None:
    """(speaker, id, outlets) of a passive "WHO was quoted/reported as saying (by OUTLET)" `match`
    (groups "who" and "by"): WHO resolved as a subject is (its last word), the media named after
    "by" reporting; None when WHO is nobody."""
    a, b = match.start("who"), match.end("who")
    head = next((t for t in reversed(doc) if a <= t.idx < b and not t.is_punct), None)
    if head is None or (resolved := _speaker(ctx, head, offset, s0)) is None:
        return None
    speaker, speaker_id, media = resolved
    outlets = list(media)
    if match.group("by"):
        by_a, by_b = offset + match.start("by"), offset + match.end("by")
        outlets += [m.entity_id for m in ctx.mentions_in(by_a, by_b) if ctx.is_media(m.entity_id)]
    return speaker, speaker_id, outlets


def _quoted_after_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """'"We will win," Mr Pell is reported as saying.': the quotation before is the words of the
    passive's subject; an outlet named after "by" reports them."""
    text = doc_text(doc)
    match = _QUOTED_AFTER.search(text)
    c0 = len(text) - len(text.lstrip())
    if match is None or text[c0 : c0 + 1] not in OPEN_QUOTES:
        return
    quoting = passive_quoting(doc, match, offset, ctx, s0)
    if quoting is None:
        return
    speaker, speaker_id, outlets = quoting
    c1 = len(text[: match.start()].rstrip())
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


# the small words a title keeps in lower case ("Queen of the Seas", "the House of Pain")
_TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "by", "with", "from", "de"}


def _title_cased(words: list[str]) -> bool:
    """Whether quoted words read as a name: a capital first word (after a "the" before one) and a
    capital on every word but a title's small words ("the House of Pain"; not "the best in Tarlow")."""
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def _describing_people(who: list[str]) -> bool:
    """Whether the agent after "by" is people unnamed: "the" and a person noun, or a describer of
    `_DESCRIBING_GROUPS` in the singular, one lower-case word before it at most ("the judge", "the
    critic", "the opposition leader"); or such a group in the plural with no article ("campaigners")."""
    if len(who) == 1:
        return who[0] in _DESCRIBING_GROUPS
    if who[0] != "the" or len(who) > 3 or not all(w.islower() for w in who):
        return False
    return who[-1] in PERSON_NOUNS or who[-1] + "s" in _DESCRIBING_GROUPS and who[-1] != "police"


def _described_by_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """'a sapphire described by Ann Cole as "the purest she had seen"': the quoted description
    is the words of the named agent (a person or an organisation the model found there)."""
    match = _DESCRIBED_BY.search(doc_text(doc)) or _CALLED_BY.search(doc_text(doc))
    if match is None:
        return
    if match.re is _CALLED_BY and match.group("reduced") is not None:
        # "a move branded a "retreat" by the Tories": a passive without "was" only after a noun
        verb = next((t for t in doc if t.idx == match.start("verb")), None)
        if verb is None or not reduced_passive(doc, verb):
            return
    w0, w1 = offset + match.start("who"), offset + match.end("who")
    named = [m for m in ctx.mentions_in(w0, w1) if m.label in ("PERSON", "ORG") and m.end >= w1 - 1]
    who = match.group("who").split()
    if named:
        speaker, speaker_id = named[-1].text, named[-1].entity_id
    elif match.re is _CALLED_BY and _describing_people(who):
        speaker, speaker_id = match.group("who"), None  # "by the judge", "by campaigners": the words as written
    else:
        return
    content = match.group("content")
    if match.re is _CALLED_BY and _title_cased(content.strip('“”"').split()):
        return  # 'was called "Blue Water" by Ann Holt', "Queen of the Seas": a name given, not a description
    article = match.re is _CALLED_BY and match.group("article")
    draft = Draft(
        p_index,
        offset + (match.start("article") if article else match.start("content") + 1),
        offset + match.end("content") - 1,
        speaker,
        speaker_id,
        _lemma(match.group("verb").split()[0]) if match.re is _CALLED_BY else "describe",
        bool(_RULE_NEGATION.search(content)),
        s0,
        s1,
        verb_at=offset + match.start("verb"),
    )
    add(draft, [speaker_id] if speaker_id and ctx.is_media(speaker_id) else [])


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
    match = _WITH_SAYING.search(doc_text(doc))
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
        name, entity_id, media = doc_text(doc)[a:b].strip(EDGE), None, []
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


def _relative_subject_words(doc, match, antecedent, set_off: bool = False) -> list:
    """The relative clause's subject words (the match's "who" group) when its antecedent is a noun
    after a finite verb, not one of the words for what is said; [] otherwise. `set_off`: a
    description after a comma ("The bridge, which X described as a folly, cost ...") may also
    describe the sentence's subject, its words after "as" being no clause the main verb could take."""
    if antecedent.lower_ in _SAID_THINGS or pos_of(antecedent) not in ("NOUN", "PROPN"):
        return []
    if not set_off and not any(t.tag_ in _FINITE_TAGS for t in doc[: antecedent.i]):
        return []
    return [t for t in doc if match.start("who") <= t.idx < match.end("who")]


def _relative_subject_speaker(ctx, match, who, offset: int, s0: int):
    """The speaker of a relative clause's subject words (`who`, the match's "who" group): a pronoun
    resolved as usual, else left unresolved; a name or description by the mention it holds; None
    when the words hold no one the model found."""
    if len(who) == 1 and who[0].lower_ in PERSON_PRONOUNS | {"it", "they"}:
        return _speaker(ctx, who[0], offset, s0) or (unresolved(who[0].text), None, [])
    resolved = _speaker_from_span(ctx, offset + match.start("who"), offset + match.end("who"), [offset + who[-1].idx])
    return None if resolved[0] is None else resolved


def _relative_report_claim(doc, offset, p_index, ctx, add, s0, s1, aside: bool = False) -> None:
    """ "Grobco is closing plants, which it says are losing money": the relative clause after the
    reporting verb is the speaker's statement about the antecedent. Only when a finite verb
    stands before the antecedent (the antecedent is not the sentence's subject, whose own verb
    could follow: "Everything that he says is wrong") and the parse found no claim in the sentence.
    `aside`: the sentence has claims; only a relative clause set off by a dash or a bracket ("Critics
    say the powers - which Ann Cole argues are needed - go too far"), a statement of its own."""
    text = doc_text(doc)
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
        who = _relative_subject_words(doc, match, antecedent)
        if not who:
            continue
        resolved = _relative_subject_speaker(ctx, match, who, offset, s0)
        if resolved is None:
            continue  # only a name the model found: not "which Labour Party says"
        speaker, speaker_id, media = resolved
        c0, c1 = match.start("content"), match.end("content")
        add(_matched_draft(doc, offset, p_index, match, c0, c1, speaker, speaker_id, s0, s1), list(media))


# the verbs that call the antecedent something: "described as", "likened to"
_DESCRIBING = r"(?:described|describes)\s+as|(?:likened|likens)\s+to"
# "a plan which he has likened to the old ferry", "Ms Orlo, who she described as an activist": a
# relative clause whose speaker likens or describes its antecedent; what the antecedent is called
# (after "as" or "to") is the statement, as in "X described Y as Z" (never "what it called ...":
# a name given, as "so-called")
_RELATIVE_DESCRIPTION = re.compile(
    r"\b(?P<rel>which|who|whom)\s+(?P<who>it|they|he|she|(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+|(?:the\s+)?[a-z]+)\s+"
    r"(?:(?:has|had|have)\s+)?(?:(?:" + "|".join(sorted(_SAYING_ADVERBS)) + r")\s+)?"  # "has repeatedly likened"
    r"(?P<verb>" + _DESCRIBING + r")\s+"
    r"(?P<content>[^,;:()]+?)\s*(?=\s[-–]\s|[,;:(]|[.!?]?[”\"]?\s*$)"
)
# ... with no relative word, right after a common noun: "a rate of growth Ms Orlo described as
# "painful"", "the plan he described as a disaster" (a name or a pronoun for describer only)
_CONTACT_DESCRIPTION = re.compile(
    r"(?<=[a-z]\s)(?P<who>he|she|they|(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s+"
    r"(?:(?:has|had|have)\s+)?(?P<verb>" + _DESCRIBING + r")\s+"
    r"(?P<content>[^,;:()]+?)\s*(?=\s[-–]\s|[,;:(]|[.!?]?[”\"]?\s*$)"
)
# lower-case describers of a relative description ("the bridge, which police described as unsafe"):
# the police and the people of SOURCE_NOUNS in the plural ("critics", "officials"; not its writings
# and bodies: "which reports described as" is a verb), the words themselves the speaker
_DESCRIBING_GROUPS = {
    "police", "critics", "officials", "analysts", "experts", "observers", "campaigners", "diplomats", "economists",
    "commentators", "ministers", "researchers", "scientists", "sources", "insiders", "advisers", "advisors",
    "politicians", "leaders", "directors", "MPs", "MEPs",
}  # fmt: skip
# "and"/"but"/"or" closing a description before the next verb ("a marvel and said ...")
_JOINT_AT_END = re.compile(r"[\s,;]*(?:\b(?:and|but|or)\b)?[\s,;]*$")


def _description_end(doc, verb, c0: int, c1: int, claimed: Collection[int]) -> int:
    """Where the description after the verb's "as"/"to" (from c0) ends: the parse's phrase after the
    preposition, a list and a bracket in it whole ("a slow, costly and badly run scheme"), else the
    pattern's end c1 cut before "and"/"but"/"or" and a finite verb; never past another claim's
    verb (`claimed`): "a marvel and said he would ..." is the speaker's next statement."""
    text = doc_text(doc)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if prep is not None and prep.right_edge.i > prep.i:
        last = prep.right_edge
        while last.i > prep.i + 1 and last.is_punct and last.text not in CLOSE_QUOTES:
            last = doc[last.i - 1]
        end = last.idx + len(last)
        # "his first teacher, when he was young": a clause set off by a comma is not the description
        for t in prep.subtree:
            if t.dep_ in ("advcl", "relcl", "ccomp", "parataxis") and doc[t.left_edge.i - 1].text == ",":
                end = min(end, doc[t.left_edge.i - 1].idx)
        if text[end : end + 1] in CLOSE_QUOTES and text[c0:end].count(text[end]) % 2:
            end += 1  # the closing quote the parse hung on the verb
        if text[end - 1 : end + 1].isalnum() and end < c1:
            end = c1  # "about 6ft tall": the parse's phrase ends inside a word, the pattern's does not
    else:
        end = c1
        joint = next(
            (
                t
                for t in doc
                if c0 < t.idx < c1
                and t.lower_ in ("and", "but", "or")
                and t.i + 1 < len(doc)
                and doc[t.i + 1].tag_ in _FINITE_TAGS
            ),
            None,
        )
        if joint is not None:
            end = joint.idx
    for at in claimed:
        if c0 < at < end:
            end = at
    return c0 + len(_JOINT_AT_END.sub("", text[c0:end]))


def _relative_pronoun_speaker(ctx, doc, pronoun, verb, offset: int, s0: int, content: tuple[int, int]):
    """Who "he"/"she" describing the antecedent is ("The treasurer unveiled a levy which he likened
    to X"): the subject of the nearest clause above that has a person for subject (a name, an office
    the article ties to one person, a pronoun resolved as usual), when it fits and does not hold the
    relative clause itself ("Jo Bell, a friend of Mr Dorn who he ..."); with no person subject, the
    usual resolver when no other person the pronoun fits is named in the sentence, else unresolved
    (the last speaker of the paragraph before is no likelier than one named here)."""
    nobody: tuple[str, str | None, list[str]] = (unresolved(pronoun.text), None, [])
    node = verb
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        if pos_of(node) not in ("VERB", "AUX"):
            continue
        subject = _subject(node)
        if subject is None or subject.left_edge.i <= verb.i <= subject.right_edge.i:
            continue
        if subject.lower_ in PERSON_PRONOUNS:
            return _speaker(ctx, subject, offset, s0) if subject.lower_ == pronoun.lower_ else nobody
        mention = ctx.mention_at(offset + subject.idx)
        if mention is not None and mention.label == "PERSON" and ctx.likely_person(mention.entity_id):
            fits = ctx.fits(mention.entity_id, pronoun.lower_)
            return (mention.text, mention.entity_id, []) if fits else nobody
        office, holder = ctx.office_subject(offset + subject.left_edge.idx, offset + len(doc_text(doc)), pronoun.lower_)
        if office:
            return (holder[0], holder[1], []) if holder is not None else nobody
    named = [
        m
        for m in ctx.mentions_in(s0, offset + len(doc_text(doc)))
        if m.label == "PERSON"
        and not offset + content[0] <= m.start < offset + content[1]
        and ctx.likely_person(m.entity_id)
        and ctx.fits(m.entity_id, pronoun.lower_)
    ]
    if named:
        return nobody
    return _speaker(ctx, pronoun, offset, s0) or nobody


def _relative_description_claim(doc, offset, p_index, ctx, add, s0, s1, claimed: Collection[int] = ()) -> None:
    """ "Mr Dorn praised the bridge, which he described as a marvel": what the speaker calls the
    relative clause's antecedent (a noun after a finite verb, not one of the words for what is said)
    is the speaker's statement, beside any other claim of the sentence (the verbs of the parse's
    claims, `claimed`, end it)."""
    text = doc_text(doc)
    for match in (*_RELATIVE_DESCRIPTION.finditer(text), *_CONTACT_DESCRIPTION.finditer(text)):
        verb = next((t for t in doc if t.idx == match.start("verb")), None)
        if match.re is _CONTACT_DESCRIPTION:
            first = next((t for t in doc if t.idx == match.start("who")), None)
            if first is None or first.i < 1 or verb is None or doc[first.i - 1].tag_ not in ("NN", "NNS"):
                continue  # only right after a common noun: "a rate of growth Ms Orlo described as"
            who = _relative_subject_words(doc, match, doc[first.i - 1])
        else:
            rel = next((t for t in doc if t.idx == match.start("rel")), None)
            if rel is None or rel.i < 2 or verb is None:
                continue
            antecedent = doc[rel.i - 2] if doc[rel.i - 1].is_punct else doc[rel.i - 1]
            who = _relative_subject_words(doc, match, antecedent, set_off=doc[rel.i - 1].text == ",")
        if not who:
            continue
        lower = who[-1].lower_ not in PERSON_PRONOUNS | {"it", "they"} and who[-1].text.islower()
        if lower and (who[-1].lower_ not in _DESCRIBING_GROUPS or pos_of(who[-1]) != "NOUN"):
            continue  # "which many described as": only the police, critics, officials ...
        c0 = match.start("content")
        c1 = _description_end(doc, verb, c0, match.end("content"), {a - offset for a in claimed} - {verb.idx})
        if c1 <= c0:
            continue
        if len(who) == 1 and who[0].lower_ in PERSON_PRONOUNS:
            resolved = _relative_pronoun_speaker(ctx, doc, who[0], verb, offset, s0, (c0, c1))
        elif lower:
            resolved = (match.group("who"), None, [])
        else:
            resolved = _relative_subject_speaker(ctx, match, who, offset, s0)
            if resolved is None:
                continue  # only a name the model found
        speaker, speaker_id, media = resolved
        add(_matched_draft(doc, offset, p_index, match, c0, c1, speaker, speaker_id, s0, s1), list(media))


def relative_description_at(body: str, verb_at: int) -> bool:
    """Whether the reporting verb at `verb_at` is a relative clause's "described as" or "likened
    to" (`_relative_description_claim`): a statement about the antecedent of its own, even inside
    reported words, the same speaker's ("She said X would help groups like Y, which she described
    as Z") or another's ("He said the deal, which Ms Orlo described as Z, ...")."""
    return bool(
        re.search(r"\b(?:which|who|whom)\s+(?:\S+\s+){1,5}$", body[max(0, verb_at - 60) : verb_at])
        and re.match(rf"(?:{_DESCRIBING})\s", body[verb_at:])
    )


# "..., David Davis and Theresa May, the party's elections chief Lord Bell said.": a titled name
# closing the sentence, which the parser took for one more item of a list before it
_CLOSING_PERSON = re.compile(r",\s+(?P<who>[^,;:“”\"()]{2,80}?)\s+(?P<verb>said|says|added|adds)\s*[.!]?\s*$")


def _closing_person_claim(doc, offset, p_index, ctx, add, s0, s1) -> None:
    """ "Others on the list include A, B and C, the party's campaign chief Lord Bell said.": the
    clause before the last comma is the statement of the person the phrase before the closing
    "said" ends with, when the parse found no claim in the sentence. The phrase has no verb of its
    own, and the clause before it one with a finite verb; a quotation is left to the quote rules."""
    text = doc_text(doc)
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


def _trailing_claim(doc, offset, p_index, ctx, add, s0, s1, over: Collection[Draft] = ()) -> None:
    """ "Grobco has approached the board, it has confirmed.": the clause before the comma is the
    statement of the closing attribution's subject, when the parse found no claim in the sentence.
    With the sentence's claims `over`: only when one of them (reported, not quoted) runs over that
    attribution and none is its own ("Tom Pell promised Ann Bell he would go, a new book claims.",
    "claims" read as a noun): the book's claim, which ends that one before the comma (parsed)."""
    text = doc_text(doc)
    if not over and _audience_claim(doc, offset, p_index, add, s0, s1):
        return
    match = _TRAILING.search(text)
    if match is None:
        return
    if over and not any(
        not d.direct_quote and d.gap is None and d.start < offset + match.start() < d.end - 1 for d in over
    ):
        return
    if any(match.start() <= d.verb_at - offset < match.end() for d in over):
        return  # the parse read the attribution: its own claim is there
    who = next(
        g for g in ("who", "who2", "who3", "who4", "who5", "who6", "who7", "who8", "who9") if match.group(g) is not None
    )
    a, b = match.start(who), match.end(who)
    head = next((t for t in reversed(doc) if t.idx < b and t.idx >= a and not t.is_punct), None)
    c0 = len(text) - len(text.lstrip())
    c1 = match.start()
    content = doc.char_span(c0, c1, alignment_mode="contract")
    if head is None or content is None or text[c0 : c0 + 1] in OPEN_QUOTES:
        return
    if not any(t.tag_ in _FINITE_TAGS for t in content):
        return  # "In a statement on Monday, it has said.": no clause to report
    about = match.start("about") if match.group("about") else b  # what a document is about is not its author
    resolved = (
        _speaker(ctx, head, offset, s0)
        if who != "who7"
        else _document_speaker(ctx, offset + a, offset + b, offset + about)
    )
    if who == "who6" and (resolved is None or resolved[1] is None):
        resolved = text[a:b], None, []  # "state media", "local press": unnamed, as written
    if resolved is None:
        return
    speaker, speaker_id, media = resolved
    verb_group = next(
        g for g in ("verb", "inverted", "verb3", "verb4", "verb5", "verb6", "verb7", "verb8") if match.group(g)
    )
    verb_at = offset + match.start(verb_group)
    verb_token = next(t for t in doc if offset + t.idx == verb_at)
    draft = Draft(
        p_index,
        offset + c0,
        offset + c1,
        speaker,
        speaker_id,
        (lemma_of_document(verb_token) or lemma_of(verb_token)) if verb_group == "verb7" else lemma_of(verb_token),
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
    text = doc_text(doc)
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
        noun = subject = None
        if root is None:
            root, noun, subject = _judgement_clause(doc, token.i)
            if root is None:
                return
        if any(t.dep_ == "xcomp" and t.lower_ in ("know", "ask") for t in doc[root.i : token.i]):
            return  # 'He wanted to know: "..."', 'was keen to know: "..."': a question put, no claim
        subject = subject or _subject(root)
        if subject is None:
            return
        resolved = _speaker(ctx, subject, offset, s0)
        if resolved is None or (noun is not None and noun.i != subject.i and not ctx.is_person(resolved[1])):
            return  # "in his assessment" is the subject's own only when the subject is a person
        speaker, speaker_id, media = resolved
        a = offset + doc[token.i + 1].idx
        verb, at = (lemma_of(root), root) if noun is None else (noun.lower_, noun)
        # "Tom Pell will tell the conference: ...", "Ann Bell is to tell MPs: ...": not yet said
        unsaid = noun is None and (
            future_speech(root) or any(c.dep_ == "xcomp" and future_speech(c) for c in root.children)
        )
        draft = Draft(p_index, a, s1, speaker, speaker_id, verb, False, s0, s1, verb_at=offset + at.idx, unsaid=unsaid)
        add(draft, media)
        return


# verbs whose object is the words given: "gave his verdict: ..." (the forms: the parse has no lemmas)
_GIVING = {"give", "gives", "gave", "given", "offer", "offers", "offered", "deliver", "delivers", "delivered"}


def _judgement_clause(doc, colon: int):
    """ "Tom Pell was guarded in his assessment: “...”", "Her message was clear: “...”": the parser
    makes the quote the sentence's root, the clause before the colon its complement. That clause,
    the noun and the clause's subject, when a noun of saying owned by a possessive names the quote:
    the clause's subject itself ("Her message was"), "in/with his X" on the clause's verb or its
    adjective ("was restrained in his X", also a participle the parser took for a passive), or the
    object of "gave his X"; else Nones."""
    heads = [t for t in doc[:colon] if t.head.i >= colon and not t.is_punct]
    if len(heads) != 1:
        return None, None, None
    head = heads[0]
    subject = _subject(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    for noun in doc[head.left_edge.i : colon]:
        if subject is None or noun.lower_ not in SPEECH_NOUNS or not any(c.dep_ == "poss" for c in noun.children):
            continue
        if noun.i == subject.i:
            return head, noun, subject
        possessive = next(c for c in noun.children if c.dep_ == "poss")
        if possessive.lower_ not in ("his", "her"):
            continue  # "its"/"their" may be anyone's: a person's own words only
        held = noun.head.head  # what "in his X" hangs on: the clause's verb or its adjective
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "with")
            and (held.i == head.i or (held.dep_ == "acomp" and held.head.i == head.i))
        ):
            return head, noun, subject
        if noun.dep_ == "dobj" and noun.head.i == head.i and head.lower_ in _GIVING:
            return head, noun, subject
    return None, None, None
