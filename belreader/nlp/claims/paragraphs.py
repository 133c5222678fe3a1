"""Claims across sentences and paragraphs, after each sentence was read: quotations that go on after
a claim, into the next paragraph or after narration, reported speech that runs on ("He said ... He
would ..."), dashed participles ("- adding that ..."), and the reported claims whose verb is
inside a quotation."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from belreader.nlp.backend import lemmatizer_tables
from belreader.nlp.claims.spans import Draft, _inside_quote, _word_at, finish, split_sentences, trim
from belreader.nlp.claims.subjects import office_word
from belreader.nlp.claims.vocabulary import (
    _PARTICIPLE_LEMMA,
    _RULE_NEGATION,
    CANDIDATE,
    CLOSE_QUOTES,
    DASHED_ASIDE,
    MODAL_SKIP,
    NAMED_COMPLEMENT_LEMMAS,
    NOT_AFTER_A_TITLE,
    OPEN_QUOTES,
    PERSON_PRONOUNS,
    looks_like_a_person,
    named_before_dash,
)
from belreader.nlp.people import GENDER_WORDS, first_name_gender, gender_of
from belreader.nlp.records import Mention
from belreader.nlp.saying import SAYING_LEMMAS, past_forms
from belreader.quantities import MONTH_NAMES, WEEKDAYS, capitalised_alternation


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
            unsaid=previous.unsaid,
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
# a quoted sentence that opens right after another one closed ('... sea." "This ...')
_NEXT_QUOTE = re.compile(r"\s+[“\"][A-Z]")


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


def _quoted_name(draft: Draft) -> bool:
    """'called the plan "a disgrace"': the quoted name a naming verb gives its object, a direct
    quote that a quoted sentence after it does not resume (that is more of the speaker's words,
    a claim of its own, as after reported words)."""
    return draft.direct_quote and draft.verb in NAMED_COMPLEMENT_LEMMAS and draft.verb_at < draft.start


def _next_quote_by(speaker: Draft, own: list[Draft], opens: int) -> bool:
    """Whether the quote whose first word is at `opens` has an attribution naming `speaker` again:
    the same entity (or the same words when neither has one), or a pronoun left unresolved that
    fits the speaker ("he" after a man's first name or "Mr", "they"/"it" after no person's). A quote
    with no attribution found yet is the speaker's too, as the quote before it is."""
    attributed = next((d for d in own if opens <= d.start <= opens + 1 and d.direct_quote), None)
    if attributed is None:
        return True
    if attributed.speaker_id is not None or speaker.speaker_id is not None:
        return attributed.speaker_id == speaker.speaker_id
    if attributed.speaker.lower() == speaker.speaker.lower():
        return True
    pronoun = attributed.speaker.removesuffix(" (unresolved)")
    if pronoun == attributed.speaker:
        return False
    gender = gender_of([speaker.speaker], speaker.speaker.split()[:1])
    if pronoun.lower() in ("he", "she"):
        return GENDER_WORDS[pronoun.lower()] == gender
    return pronoun.lower() in ("they", "it") and gender is None


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
                or (before[-1].direct_quote and not _quoted_name(before[-1]))
                or any(ch.isalnum() for ch in body[max(before[-1].sentence_end, before[-1].end) : a])
                or _inside_quote(body, paragraph.start, before[-1].verb_at)
                or _inside_quote(body, paragraph.start, a)
            ):
                continue  # after a direct quote (resumed_quotes), narration, words quoted, or inside a quote
            close = _closing_quote(body, a + 1, paragraph.end)
            if close < paragraph.end and not _closes_sentence(body, close, paragraph.end):
                # '..., he said' or a quote inside a sentence: an attribution of its own (not a quoted
                # sentence closed by its full stop before the next one opens: 'A. "B." "C," he added.',
                # when "he" is the speaker of A: after 'Police said A. "B." "C," said a witness.' B may
                # be either's)
                after = _NEXT_QUOTE.match(body, close + 1, paragraph.end) if body[close - 1] in ".!?" else None
                if after is None or not _next_quote_by(before[-1], own, after.end() - 1):
                    continue
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
                unsaid=speaker.unsaid,
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
# "Any deal must "protect jobs"": "must" is not backshifted, so only in the speaker's own paragraph,
# right after their reported words, and only with a bare subject (no comma: "Under Grobland law,
# airlines must "...": the writer's or a rule's words)
_CONTINUED_MUST = re.compile(r"^[A-Z][^“”\",]{2,80}?\bmust\s+(?:(?:not|be|have)\s+)?[“\"][^“”\"\n]{3,80}[”\"]")
# "There needed to be a drive ...", "And it had to fight ...", "Al-Qaeda, for example, was not going
# to ...": a sentence whose main verb is a modal of reported speech (backshifted: "would", "had
# to", "needed to"), its subject a short phrase with no verb or clause of its own
_BACKSHIFTED = re.compile(
    r"^(?:(?:And|But|Also)\s+)?(?P<subject>[A-Z][^“”\"();:?!]{0,70}?)\s+(?:(?:also|still|now|only|not)\s+)?"
    r"(?:would|could|should|might|had\s+to|needed\s+to|(?:was|were)\s+(?:not\s+)?going\s+to)\s+"
    # "it would seem ...", "would not comment", "could not be reached (for comment)": the author's
    r"(?!(?:not\s+)?(?:immediately\s+)?(?:seem|appear|comment|say|tell|be\s+(?:immediately\s+)?(?:reached|contacted)\b))"
    r"[a-z]"
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
                or (last.verb_at >= 0 and (_CONTINUED_REPORT.match(sentence) or _CONTINUED_MUST.match(sentence)))
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
        outlets=list(last.outlets), verb_at=-1, unsaid=last.unsaid,
    )  # fmt: skip
    draft = finish(reported, body, paragraph.start, paragraph.end)
    if draft is not None:
        draft.negated = bool(_RULE_NEGATION.search(draft.content))
    return draft


# speech quoted in single marks inside a sentence ("He said to me, 'go'.", "I said 'yes'")
_NESTED_QUOTATION = re.compile(r"[\s,:]['‘][A-Za-z][^'‘’]{0,80}['’](?=[\s.,!?;:]|$)")


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

    def within_quote_claim(d: Draft) -> bool:
        # '"I waited. He said to me, 'go'. "It looks ..."': speech quoted in single marks, its verb
        # inside another claim's direct quotation (reopened after it, which `quoted` reads as a
        # quote left open) is the quoted speaker's account; never the inserted attribution of that
        # claim, nor a sentence with no nested quotation ('... "X. He said that Y. "Z," he said':
        # a quote left open by a slip, then narration)
        sentence = body[d.sentence_start : d.sentence_end]
        return (
            d.start > d.verb_at
            and _NESTED_QUOTATION.search(sentence) is not None
            and any(
                o is not d
                and o.direct_quote
                and o.start < d.verb_at < o.end
                and not (o.gap and o.gap[0] <= d.verb_at < o.gap[1])
                and o.verb_at != d.verb_at
                for o in drafts
            )
        )

    return [
        d
        for d in drafts
        if d.direct_quote or d.verb_at < 0 or d.paragraph not in bounds or not (quoted(d) or within_quote_claim(d))
    ]


def _unclosed_before(body: str, lo: int, opener: int) -> int | None:
    """The opening mark of a quoted sentence left unclosed right before the quote opened at
    `opener` ('"It was fun. "We won," said Tom Pell.': the quote of several sentences whose first
    the source leaves open and the next reopens): the mark opens a sentence of the paragraph (it
    starts it, or a sentence ended before it), and the words from it to `opener` are a sentence of three words or more ended by its full stop, with no quote
    mark; else None. (A mark before it that opens too is the run's earlier sentence, read next.)"""
    before = body[lo:opener]
    marks = list(re.finditer(r"[“”\"]", before))
    if not marks:
        return None
    mark, at = marks[-1].group(), lo + marks[-1].start()
    head = before[: marks[-1].start()]
    if mark == "”" or (mark == "“") != (body[opener] == "“"):
        return None
    if mark == '"' and ((head and not head[-1].isspace()) or body[at + 1 : at + 2].isspace()):
        return None  # a mark with a space after it closes ('... options. " Next ...')
    lead = head.rstrip().rstrip('”"’)')
    if lead and lead[-1] not in ".!?":
        return None  # 'He said: "...' or a word quoted inside a sentence: not a sentence of its own
    words = body[at + 1 : opener].rstrip()
    if words[-1:] not in (".", "!", "?") or len(words.split()) < 3:
        return None
    return at


def _opens_before(body: str, lo: int, at: int) -> bool:
    """Whether the last quote mark before `at` in the paragraph opens a quotation (a space or the
    paragraph's start before it, a word after it; or “)."""
    marks = list(re.finditer(r"[“”\"]", body[lo:at]))
    if not marks:
        return False
    mark, i = marks[-1].group(), lo + marks[-1].start()
    if mark != '"':
        return mark == "“"
    return (i == lo or body[i - 1].isspace()) and not body[i + 1 : i + 2].isspace()


def _names_speaker(body: str, a: int, b: int, draft: Draft, people: Sequence[Mention]) -> bool:
    """Whether body[a:b] names the speaker of `draft` (a mention of its entity, or a capitalised
    word of its speaker phrase): words about them, narration, not their own."""
    if draft.speaker_id and any(a <= m.start < b and m.entity_id == draft.speaker_id for m in people):
        return True
    own = {w for w in re.findall(r"[A-Z][\w’'-]{2,}", draft.speaker) if w != "The"}
    return any(w in own for w in re.findall(r"[A-Z][\w’'-]{2,}", body[a:b]))


def unclosed_openings(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> None:
    """'"It was fun. I was nervous. "We won," said Tom Pell.': a direct quote attributed after it,
    right after quoted sentences of the same paragraph opened and left unclosed (the source's style
    for a quote of several sentences, each reopened), takes them back into its content, which they
    open: they are the same quotation, and no one else's. Not when another claim holds those
    sentences or has its verb among them, nor when they name the speaker (a quote the source left
    open by a slip, then narration: '"... fit enough. Velt joined City in 2003. "He ...," said
    Velt's manager Tom Pell'), nor right after the sentence of another speaker's claim. In place."""
    bounds = {p.index: (p.start, p.end) for p in paragraphs}
    people = [m for m in mentions if m.label == "PERSON"]
    for draft in drafts:
        if not draft.direct_quote or draft.paragraph not in bounds or draft.verb_at < draft.start:
            continue
        lo = bounds[draft.paragraph][0]
        if body[draft.start : draft.start + 1] in OPEN_QUOTES:
            opener, kept = draft.start, True
        elif draft.start > lo and body[draft.start - 1] in OPEN_QUOTES:
            opener, kept = draft.start - 1, False
        else:
            continue
        first, taken = opener, list[str]()
        while (at := _unclosed_before(body, lo, first)) is not None:
            if any(
                d is not draft and (d.start < first and at < d.end or at <= d.verb_at < first) for d in drafts
            ) or _names_speaker(body, at, first, draft, people):
                taken = []  # the run is another claim's ('X said: "A. "B. "C," she said') or unsure
                break
            x, y = trim(body, at + 1, first)
            taken.insert(0, body[x:y])
            first = at
        if not taken or _opens_before(body, lo, first):
            continue  # none, or the run goes back to a quote opened after a colon or in mid-sentence
        earlier = [d for d in drafts if d is not draft and d.paragraph == draft.paragraph and d.end <= first]
        last = max(earlier, key=lambda d: d.end, default=None)
        if (
            last is not None
            and not any(ch.isalnum() for ch in body[max(last.end, last.sentence_end) : first])
            and (last.speaker_id, last.speaker_id or last.speaker)
            != (draft.speaker_id, draft.speaker_id or draft.speaker)
        ):
            continue  # '"X," said Tom Pask. "A. "B," explains Ann Cole': whose A is unsure (the passes after keep it Pask's)
        draft.content = " … ".join([*taken, draft.content])
        draft.start = first if kept else first + 1
        draft.sentence_start = min(draft.sentence_start, first)


# "X said A - warning that B": the parser often reads a participle after a dash as a noun ("a
# warning"), leaving B inside A's content; the participle's lemma
_DASHED_PARTICIPLE = re.compile(
    r"\s[-–—]\s+(?P<verb>adding|warning|saying|arguing|insisting|claiming|predicting|stressing|noting)"
    r"\s+(?:that\s+)?(?=[\w“\"])"
)


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
            outlets=list(draft.outlets), verb_at=match.start("verb"), unsaid=draft.unsaid,
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
            if _quoted_or_claimed(body, paragraph, s0, s1, drafts):
                continue
            subject = _person_subject(
                body[s0 : match.start()], s0, [m for m in people if s0 <= m.start < match.start()]
            )
            if subject is None:
                continue
            draft = _rest_of_sentence(body, paragraph, match, s0, s1, subject, _PARTICIPLE_LEMMA[match.group("verb")])
            if draft is not None:
                out.append(draft)
    return out


def _quoted_or_claimed(body: str, paragraph, s0: int, s1: int, drafts: list[Draft]) -> bool:
    """Whether the sentence body[s0:s1] lies inside a quote or has a claim already (a draft over
    it, or a draft's verb in it): no place for a rule of narration's claim."""
    return _inside_quote(body, paragraph.start, s0) or any(
        d.start < s1 and s0 < d.end or s0 <= d.verb_at < s1 for d in drafts
    )


def _rest_of_sentence(body: str, paragraph, match, s0: int, s1: int, speaker: Mention, lemma: str) -> Draft | None:
    """The claim of a rule of narration: the words from the end of `match` to the end of the
    sentence body[s0:s1], said by `speaker` with the verb of the match's group "verb" (its
    `lemma`); None when they are fewer than three words."""
    draft = finish(
        Draft(
            paragraph.index, match.end(), s1, speaker.text, speaker.entity_id,
            lemma, False, s0, s1, verb_at=match.start("verb"),
        ),
        body, paragraph.start, paragraph.end,
    )  # fmt: skip
    if draft is None or len(draft.content.split()) < 3:
        return None
    draft.negated = bool(_RULE_NEGATION.search(draft.content))
    return draft


# the past of a verb of saying -> its lemma ("admitted" -> "admit"); "told" needs an addressee
_PAST_LEMMA = {past_forms(lemma)[0]: lemma for lemma in SAYING_LEMMAS - {"tell"}}
# "Grobco - Tarwin's biggest shareholder - admitted earlier this week that ...": a name opening the
# sentence, an apposition between dashes, a verb of saying in the past, at most four lowercase words
# (a time: "earlier this week") and "that"
_DASHED_APPOSITION = re.compile(
    r"(?:(?:But|And)\s+)?(?P<name>[A-Z][^-–—,;:“”\"]{0,50}?)" + DASHED_ASIDE.pattern + r"\s*"
    rf"(?:has\s+|had\s+)?(?P<verb>{'|'.join(sorted(_PAST_LEMMA))})\s+(?:[a-z]+\s+){{0,4}}?that\s+(?=\S)"
)
# "Vell, whose album won a prize, said ...": a relative clause of
# "whose" between the name and its verb of saying, which the parser takes for the verb's clause
_WHOSE_CLAUSE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<name>[A-Z][^-–—,;:“”\"]{0,50}?),\s+whose\s[^,;:“”\"]{3,120}?,\s+"
    # "that" after any verb but "said": "X, whose ..., added a second", "conceded a penalty"
    rf"(?P<verb>{'|'.join(sorted(_PAST_LEMMA))})\s+(?:that\s+|(?<=said\s))(?=[\w“\"])"
)


def interrupted_subjects(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> list[Draft]:
    """ "Grobco - Tarwin's biggest shareholder - admitted earlier this week that the project was
    late.", "Vell, whose first album won the Grobton Prize, said crime was ...": the parser finds
    no subject for the verb after an apposition between dashes or a "whose" clause; the
    organisation or person named (the whole name one of the article's mentions) before it says
    what follows. Only in a sentence with no claim yet, outside quotes."""
    out: list[Draft] = []
    named = {(m.start, m.end): m for m in mentions if m.label in ("PERSON", "ORG")}
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        for a, b in split_sentences(text):
            s0, s1 = paragraph.start + a, paragraph.start + b
            if match := _DASHED_APPOSITION.match(body, s0, s1):
                opening = [m for m in mentions if m.start == match.start("name")]
                mention = named_before_dash(opening, match.start("aside"))
            elif match := _WHOSE_CLAUSE.match(body, s0, s1):
                mention = named.get(match.span("name"))
            if match is None or mention is None:
                continue
            if _quoted_or_claimed(body, paragraph, s0, s1, drafts):
                continue
            draft = _rest_of_sentence(body, paragraph, match, s0, s1, mention, _PAST_LEMMA[match.group("verb")])
            if draft is not None:
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
    r"\b(?:1[89]\d\d|20\d\d|"
    + capitalised_alternation(name for name in (*WEEKDAYS, *MONTH_NAMES) if name != "may")  # "May" a verb
    + r"|yesterday|ago|"
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
# opens): that one is left to open the next match; or up to the paragraph's end, where a quote
# that goes on in the next paragraph is left open ('"We lost. "It hurts.' and a new paragraph); a
# mark with a space after it closes a quote ('... years... " he recalled.'), it opens none
_QUOTE_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))([“\"])(?!\s)([^“”\"\n]{12,}?)(?:(?<!\s)([”\"])|(?<=[.!?]\s)(?=\")|(?<=[.!?])(?=\s*$))"
)


def resumed_quotes(body: str, paragraphs, drafts: list[Draft]) -> None:
    """A quote that opens a sentence with no attribution of its own, after a direct quote of the
    same paragraph (“...,” he said. “There is more ...”), is the same quote resumed: that claim
    runs on to its end, its content leaving the attribution out. When a sentence of narration
    stands between (“...,” he said. The firm was founded in 1990. “We ...”), the quote is
    reopened, not resumed: a claim of its own with the same speaker, appended to `drafts`, so
    that no claim's span holds the author's words. In place.

    A claim the quoted sentence holds ('"It hoped that ..."': words reported inside the quote),
    or one whose verb after it takes the whole run back to a quote a colon already gave its
    speaker ('X said: "A. "B." The businessman agreed.'), is no claim of its own: it is dropped
    from `drafts` and the quote runs on."""
    by_paragraph = _by_paragraph(drafts)
    for paragraph in paragraphs:
        own = sorted(by_paragraph.get(paragraph.index, []), key=lambda d: d.start)
        if not any(d.direct_quote for d in own):
            continue
        text = body[paragraph.start : paragraph.end]
        for match in _QUOTE_SENTENCE.finditer(text):
            closed = match.end(3) if match.group(3) else match.end()  # the close, or the reopening quote
            a, b = paragraph.start + match.start(2), paragraph.start + match.start(2) + len(match.group(2).rstrip())
            if len(match.group(2).split()) < 3:
                continue  # too short to say anything
            overlapping = [d for d in own if d.start < b and a < d.end]
            # a quoted name ('called it "a disgrace". "It ...') is no quote to resume: quotes_after_claims
            # makes the next quote a claim of its own
            before = [d for d in own if d.end <= a and not _quoted_name(d)]
            if not before or not before[-1].direct_quote:
                continue
            if overlapping and not all(_quoted_again(body, d, before[-1], a, b) for d in overlapping):
                continue  # already a claim's content
            after = body[paragraph.start + closed : paragraph.end].lstrip()
            if after[:1].islower() or after[:1] == ",":
                continue  # the sentence goes on: an attribution or narration follows the quote
            quote = before[-1]
            narration = body[max(quote.sentence_end, quote.end) : a]
            if _names_another_person(narration, quote.speaker):
                continue  # "US coach Patrick McEnroe wants ...": narration about someone else stands between
            if re.search(r":\s*[“\"]\S", body[quote.end : a].rstrip()[:-1]):
                continue  # 'The defender added: "We ... "I ...': a quote someone else opened stands between
            for draft in overlapping:
                drafts.remove(draft)
                own.remove(draft)
            if _narration_between(body[quote.end : a], body[quote.end - 1 : quote.end] in (".", "!", "?")):
                reopened = _reopened_quote(quote, a, b, paragraph.start + closed, body)
                drafts.append(reopened)
                own = sorted([*own, reopened], key=lambda d: d.start)
                continue
            quote.gap = quote.gap or (quote.end, a)  # the first attribution left out
            quote.end = b
            quote.content = f"{quote.content} … {body[a:b].strip()}"  # the cut attribution, marked
            quote.sentence_end = max(quote.sentence_end, paragraph.start + closed)


def _quoted_again(body: str, draft: Draft, quote: Draft, a: int, b: int) -> bool:
    """Whether `draft`, overlapping the quoted sentence body[a:b] that follows the direct quote
    `quote`, is no claim of its own: words reported inside that sentence (its verb and content
    within it, in its first sentence: a quote left open may run on into narration, '"... happens.
    Meanwhile, X said ..."'), or a verb after the sentence whose content runs back into `quote`, a
    quote whose attribution stands before it."""
    if not draft.direct_quote and a <= draft.verb_at < b and draft.start >= a:
        return re.search(r"[.!?]\s", body[a : draft.verb_at]) is None
    return 0 <= quote.verb_at < quote.start <= draft.start < quote.end and draft.verb_at >= b


# words quoted after a lower-case word, inside a sentence ('to "speak from the heart".')
_WORDS_QUOTED_INSIDE = re.compile(r"(?<=[a-z,]\s)[“\"][^“”\"]{1,80}[”\"]")


def _narration_between(gap: str, closed: bool = False) -> bool:
    """Whether `gap`, the text from a quote's end to the opening of the next quoted sentence,
    holds a sentence of the author's own beyond the attribution: '." The firm was founded in
    1990. "' or '," he said on Monday. The firm was founded in 1990. "', not '," he said. "'.
    Any other quote mark in it (a quote resumed mid-sentence, words quoted in the narration)
    makes it unsure: no, but for words quoted inside a sentence of narration that opens after the
    quote ended its own ('." He urged them to "speak from the heart". "', `closed`: the quote's
    content ends with its full stop, before `gap`)."""
    lead = re.match(r'[\s,;:.!?…]*([”"’])(?=\s)', gap)  # the quote's close, not a new opening
    if lead is None or not gap.rstrip().endswith(("“", '"')):
        return False
    ended = gap[: lead.start(1)].strip()[-1:] in (".", "!", "?", "…")
    outside = gap[lead.end() :].rstrip()[:-1]
    if (ended or closed) and re.match(r"\s*[A-Z]", outside) and _WORDS_QUOTED_INSIDE.search(outside):
        outside = _WORDS_QUOTED_INSIDE.sub(" ", outside)
        ended = True
    if any(q in outside for q in OPEN_QUOTES + CLOSE_QUOTES.replace("’", "")):
        return False
    if ended:  # the quote ended its sentence: whatever follows is narration
        return any(ch.isalnum() for ch in outside)
    # a sentence after the attribution's ('," Sen. Ashby said. "': the title's stop ends none)
    return re.search(rf"(?:[!?]|\.{NOT_AFTER_A_TITLE})\s+\S*\w", outside) is not None


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
        unsaid=quote.unsaid,
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
                paragraph.index, a, b, last.speaker, last.speaker_id, last.verb, False, a, b, verb_at=-1,
                unsaid=last.unsaid,
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


# a person asked a question ("was asked if / whether / about / why ..."), not asked to do a thing
_ASKED_A_QUESTION = re.compile(
    r"^\s*(?:was|were|(?:has|had)\s+been)\s+(?:\w+ly\s+)?asked\s+(?:if|whether|about|what|why|how|when|who)\b"
)


def _person_subject(sentence: str, s0: int, people: Sequence[Mention]) -> Mention | None:
    """The person a sentence of narration opens with as its active subject ("Fostering Network
    director Tom Pell criticised the plan.", "Writing in the Daily Post, Ms Cole set out her
    view."), or as the one asked a question ("Dr Bell was asked if she would stay."), else None:
    a pronoun, another passive ("Tom Pell was praised", "was asked to leave"), a name in an
    object or a possessive ("Tom Pell's lawyer") is none."""
    lead = re.match(
        r"(?:(?:But|And|Yet|So|However|Meanwhile)\b,?\s+)?(?:[A-Z][\w’'-]*ing\b[^,;:]{0,80},\s+)?", sentence
    )
    at = s0 + (lead.end() if lead else 0)
    first = next((m for m in people if m.start >= at and m.start < s0 + len(sentence)), None)
    if first is None:
        return None
    prefix = sentence[at - s0 : first.start - s0]
    words = re.findall(r"[\w’'-]+", prefix)
    # "general secretary of the public services union Grobco Tom Pell": the "of" of an office
    # names the body the person serves, and makes a longer title
    offices = {i for i, w in enumerate(words) if w == "of" and 0 < i < len(words) - 1 and office_word(words[i - 1])}
    if len(words) > (9 if offices else 6) or re.search(r"[,;:()“”\"]", prefix):
        return None
    if any(
        (w.lower() in _NOT_IN_DESCRIPTION and i not in offices) or (w.islower() and w.endswith(("ed", "ing")))
        for i, w in enumerate(words)
    ):
        return None
    rest = sentence[first.end - s0 :]
    rest = re.sub(r"^,\s+[^,;:“”\"]{2,80},(?=\s)", "", rest)  # "Tom Pell, the charity's director, said"
    if _ASKED_A_QUESTION.match(rest):
        return first  # "Dr Bell was asked if she would stay. “I ...”": the quote after is the answer
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


# words only a clause has: the modal auxiliaries (which the lemmatizer's tables do not list as
# verbs), the subject pronouns ("I think so": a base form is as likely a noun, "chairman") and the
# present forms of "be"
_CLAUSE_WORDS = frozenset({*MODAL_SKIP, "i", "we", "you", "he", "she", "they", "am", "is", "are"})


def _has_verb_form(text: str) -> bool:
    """Whether a turn's words hold a clause ("We never asked ...", "took", "It is"), not a who's
    who's noun phrase ("Chairman of Grobco since 2001"): a verb's irregular form in the
    lemmatizer's tables, a regular "-s"/"-ed" form of a verb there, a modal or a subject pronoun (a
    plural noun that is also a verb's "-s" form passes: "Owner of two shops"). True when the tables
    are missing (the rule-based fallback): nothing is known, nothing dropped."""
    tables = lemmatizer_tables()
    verbs, irregular = tables.words.get("verb"), tables.irregular.get("verb", {})
    if not verbs:
        return True
    for word in re.findall(r"[a-z]+", text.lower()):
        stems = set()
        if word.endswith("s"):
            stems |= {word[:-1], word[:-2], word[:-3] + "y"}
        if word.endswith("ed"):
            stems |= {word[:-1], word[:-2], word[:-3] + "y"}
        if word in _CLAUSE_WORDS or word in irregular or any(len(stem) > 2 and stem in verbs for stem in stems):
            return True
    return False


# a transcript's turn: the speaker's surname (or names) in capitals and a colon opening the
# paragraph ("PELL: We never asked for a bailout.", "MS. VELT: ...", "ANA VELT: ...")
_TRANSCRIPT_TURN = re.compile(r"(?:(?:MR|MS|MRS|DR)\.?\s+)?(?P<who>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)?):\s+(?=\S)")


# a question-and-answer transcript's turns ("Q: Will you run again?" / "A: I have no plans to run.")
_QUESTION_TURN = re.compile(r"Q:\s+(?=\S)")
_ANSWER_TURN = re.compile(r"A:\s+(?=\S)")
# the words of an interview's introduction, the interview word with its interviewee ("This
# interview with Tom Pell has been edited", "Ana Velt spoke to the Tarbury Times about ...", "sat
# down with"); never a bare "spoke" ("Tom Pell spoke on Thursday about the rise") nor "Q&A"
_INTERVIEW_INTRO = re.compile(
    r"\b(?:interview(?:s|ed)?|(?:spoke|talked|speaking|talking)\s+(?:to|with)|sat\s+down\s+with|conversation\s+with)\b",
    re.IGNORECASE,
)
# the headline of an explainer the outlet writes in questions and answers ("Q&A: What the rate rise
# means for you"): its answers are the outlet's, whoever the introduction names
_EXPLAINER_HEADLINE = re.compile(r"\s*Q\s*&\s*A\s*:", re.IGNORECASE)


def _answer_turns(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention]) -> list[Draft]:
    """A question-and-answer transcript ("Q: Will you run again?" / "A: I have no plans to run."):
    each "A:" paragraph right after a "Q:" one is the interviewee's words, to the paragraph's end.
    The interviewee is named in the introduction before the first question, not in the turns: only
    when that introduction speaks of an interview with someone (`_INTERVIEW_INTRO`; never under an
    explainer's "Q&A:" headline, whose answers are the outlet's) and names one person alone
    (two people named, say the reporter too: no answer is given to either), and not over a claim
    already found there. The questions make no claim."""
    texts = list(paragraphs)
    first = next((k for k, p in enumerate(texts) if _QUESTION_TURN.match(body, p.start, p.end)), None)
    if first is None or first == 0:
        return []
    intro = (texts[0].start, texts[first].start)
    if _EXPLAINER_HEADLINE.match(body, texts[0].start) or not _INTERVIEW_INTRO.search(body, *intro):
        return []
    named: dict[str, Mention] = {}
    for m in mentions:
        if m.label == "PERSON" and m.entity_id and intro[0] <= m.start < intro[1]:
            named.setdefault(m.entity_id, m)  # the first mention, the name in full
    if len(named) != 1:
        return []
    [(entity_id, mention)] = named.items()
    out: list[Draft] = []
    for previous, paragraph in pairwise(texts[first:]):
        match = _ANSWER_TURN.match(body, paragraph.start, paragraph.end)
        if match is None or not _QUESTION_TURN.match(body, previous.start, previous.end):
            continue
        draft = _turn(body, paragraph, match.end(), drafts, mention.text, entity_id)
        if draft is not None:
            out.append(draft)
    return out


def _turn(body: str, paragraph, a: int, drafts: list[Draft], speaker: str, entity_id: str) -> Draft | None:
    """A transcript turn's words, from `a` to the paragraph's end, as a claim of the speaker's; None
    over a claim already found there, or for words that hold no clause (a who's who's "PELL:
    Chairman since 2001.")."""
    b = paragraph.end
    if any(d.start < b and a < d.end for d in drafts) or not _has_verb_form(body[a:b]):
        return None
    return finish(
        Draft(paragraph.index, a, b, speaker, entity_id, "say", False, paragraph.start, b, verb_at=-1),
        body,
        paragraph.start,
        paragraph.end,
    )


def transcript_turns(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention] = ()) -> list[Draft]:
    """An interview's answers (`_answer_turns`) and the turns of a transcript of named speakers."""
    return _answer_turns(body, paragraphs, drafts, mentions) + _named_turns(body, paragraphs, drafts, mentions)


def _named_turns(body: str, paragraphs, drafts: list[Draft], mentions: Sequence[Mention]) -> list[Draft]:
    """An interview or debate transcript ("PELL: We never asked for a bailout." / "VELT: Your
    company took $40 million."): a paragraph opened by a name in capitals and a colon is that
    person's words, to the paragraph's end: a claim with that speaker. Only in a transcript (two
    such paragraphs at least, with two different labels, whose capitals are each the surname (or
    full name) of someone the article named before: never "NOTE:" or "WHEN:" boxes), a turn only
    when its label is exactly one person's, and not over a claim already found there. A "Q:" or
    "A:" names no one and makes no claim."""
    out: list[Draft] = []
    people = [m for m in mentions if m.label == "PERSON" and m.entity_id]
    turns = []
    for paragraph in paragraphs:
        match = _TRANSCRIPT_TURN.match(body, paragraph.start, paragraph.end)
        if match is None:
            continue
        label = match["who"].split()
        named = {
            m.entity_id
            for m in people
            if m.end <= paragraph.start and [w.upper() for w in m.text.split()[-len(label) :]] == label
        }
        if named:
            turns.append((paragraph, match, named))
    # a transcript has turns of two people at least, each label a name given before: a fact box's
    # "NOTE:", "WHEN:" or a who's who's one "PELL:" line is none
    if len(turns) < 2 or len({match["who"] for _, match, _ in turns}) < 2:
        return out
    for paragraph, match, named in turns:
        if len(named) != 1:
            continue  # "PELL:" with two people of that surname named: no one to give it to
        [entity_id] = named
        text = body[match.start("who") : match.end("who")]
        draft = _turn(body, paragraph, match.end(), drafts, text, entity_id)
        if draft is not None:
            out.append(draft)
    return out


def _finished_quote(quoted: Draft, body: str, paragraph) -> Draft | None:
    """A quotation the passes after the parse found, finished within its paragraph: None unless it
    is a direct quotation still; its negation read from its own words."""
    draft = finish(quoted, body, paragraph.start, paragraph.end)
    if draft is None or not draft.direct_quote:
        return None
    draft.negated = bool(_RULE_NEGATION.search(draft.content))
    return draft


def quotes_opened_before(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """'Tom Pell built it after his father fell ill. "I knew I could help. / "It will sell," he
    said.': a quotation opened after narration at the start of a sentence and left open at the end
    of its paragraph (the source's style for a quote that goes on), when the next paragraph opens
    by reopening it and attributes that first quote of its own ('"...," he said'), is the same
    speaker's words: a claim of its own (a new paragraph starts a new claim), that speaker's, with
    their verb. Not when the open quote holds another claim or its verb, when it follows a colon or
    opens inside a sentence (a quote some claim introduced), nor when the next paragraph's quote
    is not the one its first attribution closes."""
    by_paragraph = _by_paragraph(drafts)
    out: list[Draft] = []
    for previous, paragraph in pairwise(paragraphs):
        if paragraph.index != previous.index + 1:
            continue
        text = body[paragraph.start : paragraph.end]
        lead = len(text) - len(text.lstrip())
        if text[lead : lead + 1] not in OPEN_QUOTES:
            continue
        own = sorted(by_paragraph.get(paragraph.index, []), key=lambda d: d.verb_at)
        close = paragraph.start + _closing_quote(text, lead + 1, len(text))
        first = next((d for d in own if d.verb_at >= 0), None)
        if (
            first is None
            or not first.direct_quote
            or first.start > paragraph.start + lead + 1
            or not close < first.verb_at < close + 40
            or re.search(r"[.!?“”\"]", body[close + 1 : first.verb_at])
        ):
            continue  # the reopened quote's own attribution closes it ('"...," he said'), nothing else
        lo, hi = previous.start, previous.end
        marks = list(re.finditer(r"[“”\"]", body[lo:hi]))
        if len(marks) != 1 or marks[0].group() == "”":
            continue  # no quote left open, or one closed and reopened in the paragraph (other passes)
        at = lo + marks[0].start()
        if not (at == lo or body[at - 1].isspace()) or at + 1 >= hi or body[at + 1].isspace():
            continue  # a mark that opens no word: the close of a quote carried on from before
        head = body[lo:at].rstrip()
        if head and head[-1] not in ".!?":
            continue  # 'He said: "...', a word quoted in mid-sentence: a quote some claim introduced
        if len(body[at + 1 : hi].split()) < 3 or any(
            d.start < hi and at < d.end or at <= d.verb_at < hi for d in by_paragraph.get(previous.index, [])
        ):
            continue
        opened = Draft(
            previous.index,
            at,
            hi,
            first.speaker,
            first.speaker_id,
            first.verb,
            False,
            at,
            hi,
            outlets=list(first.outlets),
            verb_at=-1,
            unsaid=first.unsaid,
        )
        draft = finish(opened, body, previous.start, previous.end)
        if draft is None or not draft.direct_quote:
            continue
        draft.negated = bool(_RULE_NEGATION.search(draft.content))
        out.append(draft)
    return out


# the writer's own "I", "my", "me" ("I work at a hospital", "my maths", "I'm"); never a Roman
# numeral "I" after a capitalised word ("World War I generation", "Type I diabetes", "Charles I was")
_FIRST_PERSON = re.compile(
    r"(?<![\w’'-])(?:I(?:['’](?:m|ve|d|ll))?(?=\s+[a-z])|I['’](?:m|ve|d|ll)\b|my(?=\s)|me(?=[\s.,!?]))"
)
# a capitalised word inside a sentence right before a bare "I": a name with its Roman numeral
_NUMBERED_NAME = re.compile(r"[\w,;’'-]\s+[A-Z][\w’'-]*\s+$")


def _in_first_person(text: str) -> bool:
    """Whether the words speak in the first person (`_FIRST_PERSON`), a bare "I" after a capitalised
    word inside a sentence ("the World War I generation", "Type I diabetes") a numeral, not "I"
    ("Yesterday I went" opens its sentence)."""
    return any(
        not (m.group() == "I" and _NUMBERED_NAME.search(text, max(0, m.start() - 40), m.start()))
        for m in _FIRST_PERSON.finditer(text)
    )


# a statement narrated in the past in the third person by a person named ("The mayor, Tom Dorin,
# said the city would ...", "said Jo Bell"): a report's; a reader writes of what someone "says" ("if
# Gerrard says he is happy") and retells the report's bodies ("The council said it had no money")
_NAME_RUN = r"((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)"
_NARRATED_SAYING = re.compile(rf"{_NAME_RUN},?\s+(?:said|told)\b|\b(?:said|told)\s+{_NAME_RUN}")


def _narrates_a_person(text: str) -> bool:
    """Whether the text narrates a named person's saying (`_NARRATED_SAYING`): a first name and a
    surname right before "said"/"told" ("Council leader Tom Dorin said") or right after it."""
    for m in _NARRATED_SAYING.finditer(text):
        before, after = m.group(1), m.group(2)
        words = (before or after).split()
        tails = (words[-2:], words[-3:]) if before else (words[:2], words[:3])
        if any(looks_like_a_person(" ".join(w)) for w in tails):
            return True
    return False


# a paragraph opened by a label and a colon: a transcript's turn or "Q:", whose "I" is the one asked
_LABELLED = re.compile(r"[A-Z][\w .’'-]{0,30}:\s")
# a quotation the report gives its speaker: '...," he said', '..." said Jo Bell', '... ," Ms Bell added'
_REPORTED_QUOTE = re.compile(
    r"[,.!?…][”\"]\s+(?:(?:he|she|they|it)\s+(?:said|says|added|told)|(?:said|says|added)\s+[A-Z]|[A-Z][\w’'-]+\s+(?:said|says|added))\b"
)
_REPORT_AT_LEAST = 4  # paragraphs of report before the comments
_COMMENTS_AT_LEAST = 3  # paragraphs of the tail written in the first person, half of it at least


def _narration(body: str, start: int, end: int) -> str:
    """The paragraph's words outside quotation marks (a quotation left open runs to its end)."""
    out, inside = [], False
    for ch in body[start:end]:
        if ch in "“«" or (ch == '"' and not inside):
            inside = True
        elif ch in "”»" or (ch == '"' and inside):
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


def readers_comments(body: str, paragraphs) -> int | None:
    """Where readers' comments printed after a report begin ("Have your say" pages): the first
    paragraph whose own words (outside quotations) speak in the first person ("I work at a hospital
    ...", "my maths"), when four paragraphs of report come before it, it opens with no quotation,
    and from it to the end half the paragraphs at least, three at least, so speak and none gives
    a quotation its speaker as the report does ('..." he said') nor, outside the first person,
    narrates a named person's statement ("The mayor, Tom Dorin, said ...": a correspondent's piece). What follows is readers' words
    with no source the text names: no claim of the article's. Never in a column (its writer's "I"
    from the start), a transcript or a Q&A (a paragraph opened by a label and a colon). None when
    there are no such comments.

    Another concept than the loader's comment header (corpus._COMMENT_HEADER, "12. Jo Bell says:"):
    that is a comment section's markup, cut with all after it before the analysis runs; this finds
    comments printed with no markup, by their voice alone."""
    paragraphs = [p for p in paragraphs if body[p.start : p.end].strip()]
    if any(_LABELLED.match(body, p.start, p.end) for p in paragraphs):
        return None
    own = [_in_first_person(_narration(body, p.start, p.end)) for p in paragraphs]
    start = next((i for i, found in enumerate(own) if found), None)
    if start is None or start < _REPORT_AT_LEAST or body[paragraphs[start].start] in OPEN_QUOTES:
        return None
    tail = own[start:]
    if sum(tail) < max(_COMMENTS_AT_LEAST, len(tail) / 2):
        return None
    if any(_REPORTED_QUOTE.search(body, p.start, p.end) for p in paragraphs[start:]):
        return None
    if any(
        not found and _narrates_a_person(_narration(body, p.start, p.end))
        for p, found in zip(paragraphs[start:], tail, strict=True)
    ):
        return None  # a correspondent's "I met ..." between a report's "The mayor said ...": not readers'
    return paragraphs[start].start


def outside_comments(body: str, paragraphs, drafts: list[Draft]) -> list[Draft]:
    """The drafts that are not in readers' comments after the report (`readers_comments`)."""
    start = readers_comments(body, paragraphs)
    return drafts if start is None else [d for d in drafts if d.start < start]
