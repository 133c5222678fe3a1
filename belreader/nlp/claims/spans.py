"""Draft, a claim being built, and the spans of the body it covers: trimming a content's edges,
following a quotation to its close, finishing a draft; with the plain-text helpers every extractor
uses (a paragraph's sentences, whether an offset lies inside a quotation, which paragraph an offset
is in, the word at an offset)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from belreader.nlp.claims.vocabulary import CLOSE_QUOTES, DATELINE, EDGE, NOT_AFTER_A_TITLE, OPEN_QUOTES, WORK_NOUNS
from belreader.nlp.offices import TITLES_BEFORE_NAMES
from belreader.quantities import MONTHS, WEEKDAYS


@dataclass
class Draft:
    paragraph: int
    start: int
    end: int
    speaker: str
    speaker_id: str | None
    verb: str
    negated: bool
    sentence_start: int
    sentence_end: int
    outlets: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    content: str = ""
    direct_quote: bool = False
    verb_at: int = -1  # body offset of the reporting verb, to drop claims nested in another's content
    gap: tuple[int, int] | None = None  # an inserted attribution (", he said,") left out of the content text
    owned: bool = False  # "X's claim that ...": a noun of saying with an owner, not a turn of X's
    # a turn of the speaker's that states nothing ("X praised Y for their work", "X reported a 60% rise
    # in profit"): the "he" or "it" after it is X's; to_claims makes no claim of it
    turn_only: bool = False
    # words not yet said ("X will tell the conference: ...", "X is to say that ...", "..., he will
    # add"), and the quotes that continue them: a turn of X's that makes no claim
    unsaid: bool = False
    # an aside naming its speaker inside another's quotation ('"..., as Ann Bell said, ...," Tom Pell
    # said'): the aside's speaker's claim, which the quotation keeps in its words all the same; the
    # passes over quotes and speakers after the parse leave it out
    aside: bool = False


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim edge punctuation, a trailing full stop and a trailing parenthetical citation."""
    while True:
        old = (a, b)
        while a < b and text[a] in EDGE:
            a += 1
        while b > a and text[b - 1] in EDGE + ".":
            b -= 1
        tail = re.search(r"\s(?:and|but|or|as|while)$", text[a:b])
        if tail:
            b = a + tail.start()
        if b > a and text[b - 1] == ")":
            depth, i = 0, b - 1
            while i >= a:
                if text[i] == ")":
                    depth += 1
                elif text[i] == "(":
                    depth -= 1
                    if depth == 0:
                        break
                i -= 1
            if i > a and depth == 0:
                b = i
        if (a, b) == old:
            return a, b


def _reopened_and_closed(text: str) -> bool:
    """'"We will grow. "This is a start."': straight quotes that open, open again for the quote's
    next sentence (the first left unclosed, as quoted paragraphs and sentences often are) and close:
    an odd count that pairs up, nothing to follow outside `text`."""
    state, reopened = False, False
    for match in re.finditer('"', text):
        at = match.start()
        opening = at == 0 or text[at - 1].isspace() or text[at - 1] in "(["
        if opening and state:
            if text[:at].rstrip()[-1:] not in (".", "!", "?"):
                return False  # '"a "word" here': not the next sentence
            reopened = True
        elif opening:
            state = True
        elif state:
            state = False
        else:
            return False  # a close with nothing open: the quote began before `text`
    return reopened and not state


def extend_quotes(body: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """Follow an opened quote to its close (or a closed one back to its opening) within [lo, hi)."""
    text = body[a:b]
    opens, closes = text.count("“"), text.count("”")
    if opens > closes:
        close = body.find("”", b, hi)
        b = close + 1 if close != -1 else hi  # a quote left open runs to the paragraph's end
    elif closes > opens:
        opening = body.rfind("“", lo, a)
        if opening != -1:
            a = opening
    elif text.count('"') % 2 == 1 and not _reopened_and_closed(text):
        last = text.rfind('"')
        # '... to build a "national energy firm."': the odd mark opens a quotation (a space before
        # it, a word after it) that closes after the content's end, not before its start
        opening_last = (last == 0 or text[last - 1].isspace() or text[last - 1] in "([") and text[
            last + 1 : last + 2
        ].strip() != ""
        if text.lstrip().startswith('"') or opening_last:
            close = body.find('"', b, hi)
            b = close + 1 if close != -1 else hi
            if close != -1 and body[close - 1 : close].isspace():
                b = close  # '... democracy. "Next': the mark found opens the next quotation
        else:
            opening = body.rfind('"', lo, a)
            a = opening if opening != -1 else a
    return a, b


def _to_closing_mark(body: str, a: int, b: int, hi: int, verb_at: int) -> int:
    """'"We lost. We will be back," Tom Bell, a farmer from Leeds, said': the parse of an attribution
    with an apposition after the name left the quotation's closing mark (and the comma before it)
    out of the content; the content of words with no quote mark of their own, attributed after them,
    runs to a closing mark straight after it, so that extend_quotes finds the opening. Returns the
    content's end."""
    if verb_at < b or any(q in body[a:b] for q in OPEN_QUOTES + CLOSE_QUOTES):
        return b
    mark = re.compile(r"[,;]?[”\"](?=\s|$)").match(body, b, hi)
    return mark.end() if mark is not None else b


_NARRATION_THEN_QUOTE = re.compile(r"[.!?]\s+([“\"])")


def _after_narration(body: str, a: int, b: int, verb_at: int) -> int:
    """'Jane Moss runs Grobco Ltd. "We are pleased," said the chief executive': the parser kept
    the sentence before the quote (its full stop taken for an abbreviation's); the content of an
    attribution after a quote is the quote alone. Returns the content's new start."""
    if verb_at < b:
        return a
    text = body[a:b]
    found = list(_NARRATION_THEN_QUOTE.finditer(text))
    if not found:
        return a
    cut = found[-1].start(1)
    before, quote = text[:cut], text[cut + 1 :].rstrip(" ,;:")
    if any(q in before for q in OPEN_QUOTES + CLOSE_QUOTES) or not quote or quote[-1] not in CLOSE_QUOTES:
        return a
    if any(q in quote[:-1] for q in OPEN_QUOTES + CLOSE_QUOTES):
        return a  # more than one quotation: not this simple shape
    return a + cut


# "X said A, adding: “B”": the colon opens the participle's own quote, not this claim's content,
# which the participle's claim ends at the comma (see extract_parsed)
_OWN_PARTICIPLE = re.compile(r",\s+(?:adding|saying|insisting|arguing|warning|claiming|explaining|noting)\s*$")


# the article and an adjective of the speaker after a quotation's closing punctuation and quote
# mark ('"...," a crestfallen'), left in the content; not a quoted word the sentence goes on from
# ('he would "formalize" the decision soon')
_SPEAKERS_ARTICLE_AFTER_QUOTE = re.compile(r"(?:[,!?][”\"]|[”\"][,!?])\s+(?:a|an|the)(?:\s+[a-z][\w-]*){1,2}$")


# a sentence whose full stop the source left out: a lower-case word (or a weekday or month), then a
# capitalised subject pronoun and a lower-case word ("... at high speed They spend ..."); not a title
# ("Faking It")
_DATE_WORDS = "|".join(name.capitalize() for name in (*WEEKDAYS, *MONTHS) if len(name) > 3)
_MISSING_STOP = re.compile(rf"\b(?:[a-z]+|{_DATE_WORDS})(?= (They|He|She|We|It) ([a-z]+)\b)")
# words a sentence never ends on: a link to what follows, a preposition ("talks with He were"),
# a verb that wants its object ("met He"), a work or a name word that introduces a title ("the
# novel It", "the show We are ..."), an office before a surname ("vice-premier He")
_NO_STOP_AFTER = {"and", "or", "but", "nor", "that", "so", "as", "if", "when", "while", "than", "because", "whether"}
_NO_STOP_AFTER |= {"the", "a", "an", "of", "with", "to", "by", "for", "from", "at", "on", "in", "into", "about"}
_NO_STOP_AFTER |= {"between", "against", "like", "among", "under", "over", "after", "before", "towards", "via"}
_NO_STOP_AFTER |= {"met", "meet", "meets", "told", "asked", "thanked", "visited", "urged", "joined", "invited"}
_NO_STOP_AFTER |= {"called", "named", "titled", "dubbed", "entitled", "anthem", "slogan", "band", "hashtag"}
_NO_STOP_AFTER |= {"campaign", "game", "games", *WORK_NOUNS, *TITLES_BEFORE_NAMES}
# a finite verb after the pronoun, as far as a word alone shows it: a past tense, a modal or a
# common auxiliary, "-s" after He/She/It, and after They/We any word that is not a link or preposition
_FINITE = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should"}
_FINITE |= {"may", "might", "must", "shall", "did", "does", "do", "said", "says", "told", "also"}


def _finite(pronoun: str, word: str) -> bool:
    """Whether the word after a capitalised pronoun reads as its finite verb."""
    if word in _FINITE or (len(word) > 3 and word.endswith("ed")):
        return True
    if pronoun in ("They", "We"):
        return word not in _NO_STOP_AFTER and word not in {"who", "which", "where", "all", "both"}
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _missing_stop(body: str, a: int, b: int) -> re.Match[str] | None:
    """The first place in body[a:b] where a sentence ends without its full stop."""
    for stop in _MISSING_STOP.finditer(body, a, b):
        if stop.group(0) not in _NO_STOP_AFTER and _finite(stop.group(1), stop.group(2)):
            return stop
    return None


# a word set off by a comma with which the writer turns to another point, opening a sentence
_WRITERS_TURN = re.compile(r"(?:Meanwhile|Elsewhere),\s+")


# "X says she was told: "..."": the speaker's account of what was said to them; the passive is part
# of what X says (the quotation alone, often a question, is not X's)
_TOLD_BEFORE_COLON = re.compile(r"(?:he|she|they|I|we)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+told\s*")


def dateline_end(body: str, a: int, b: int | None = None) -> int | None:
    """Where a dateline opening the story's first paragraph at `a` ends ("WASHINGTON (AP) — ",
    "TARBURY, Ohio — ", "MOSCOW, Dec 7 - ", "LONDON — "), else None: not the first paragraph (a
    headline line before it aside), or no dateline there. A dateline has the agency in brackets,
    a state or country, a date, or else a dash that closes no aside ("UEFA — the game's governing
    body — said" opens with a body and an aside) and, when it is a plain hyphen, follows a place
    of five letters or more ("LONDON - ", "BRUSSELS -- "; "OPEC - The cartel will ..." and "NATO - ..."
    open with an acronym, no place)."""
    if a > 0 and (body[a - 1] != "\n" or not _opens_story(body[:a])):
        return None
    end = len(body) if b is None else b
    dateline = DATELINE.match(body, a, end)
    if dateline is None:
        return None
    if not (dateline["region"] or dateline["date"] or dateline["agency"]):
        sentence = re.match(r"[^.!?]*", body[dateline.end() : end])
        aside = sentence is not None and dateline["dash"] in sentence.group()
        if aside or (dateline["dash"] not in ("—", "–") and len(body[a : dateline.start("dash")].strip()) < 5):
            return None
    return dateline.end()


def _opens_story(before: str) -> bool:
    """Whether the body before a paragraph is nothing, or one headline line (no closing stop) left
    in the body above the story's first paragraph."""
    before = before.strip()
    return not before or ("\n" not in before and not before.endswith((".", "!", "?", '"', "”", ":")))


def finish(draft: Draft, body: str, lo: int, hi: int) -> Draft | None:
    """Quote extension, colon-introduced quotes, outer quote marks, direct-quote flag."""
    a, b = trim(body, draft.start, draft.end)
    a = dateline_end(body, a, b) or a  # "WASHINGTON (AP) — The White House is ...": nobody's words
    colon = re.search(r":\s*(?=[“\"‘])", body[a:b])
    if (
        colon
        and not any(q in body[a : a + colon.start()] for q in OPEN_QUOTES)
        and not _OWN_PARTICIPLE.search(body, a, a + colon.start())
        and not _TOLD_BEFORE_COLON.fullmatch(body, a, a + colon.start())
    ):
        a = a + colon.end()
    elif colon and _OWN_PARTICIPLE.search(body, a, a + colon.start()):
        b = a + colon.start()  # the participle's quote is not this claim's to follow to its close
    b = _to_closing_mark(body, a, b, hi, draft.verb_at)
    a, b = extend_quotes(body, a, b, lo, hi)
    a, b = trim(body, a, b)
    if b - a < 2 or not any(ch.isalnum() for ch in body[a:b]):
        return None
    a = _after_narration(body, a, b, draft.verb_at)
    text = body[a:b]
    if text[0] in OPEN_QUOTES and (tail := _SPEAKERS_ARTICLE_AFTER_QUOTE.search(text)) is not None:
        # '"...," a crestfallen Mr Lim said': the parser took the speaker's article and adjective
        # for the quote's object; the content ends with the quote
        b = a + tail.start() + (2 if text[tail.start()] in ",!?" else 1)  # to the closing quote mark
        text = body[a:b]
    direct = text[0] in OPEN_QUOTES
    if not direct and (turn := _WRITERS_TURN.match(text)) is not None and turn.end() < len(text):
        a += turn.end()  # "Meanwhile, sales rose 5%, the firm said": the writer's turn to a new point
        text = body[a:b]
    if not direct and (stop := _missing_stop(body, a, b)) is not None:
        if draft.verb_at < a and not _inside_quote(body, a, stop.end()):  # reported words end with their sentence
            b = stop.end()
            text = body[a:b]
    if direct:
        inner = text[1:]
        closes = [
            i
            for i, ch in enumerate(inner)
            if ch in CLOSE_QUOTES and ch != "’" and not (ch == '"' and i > 0 and inner[i - 1].isspace())
        ]  # '... notices. "It is' opens
        if len(closes) <= 1 and (not closes or closes[0] >= len(inner) - 2):
            a += 1
            if body[b - 1] in CLOSE_QUOTES:
                b -= 1
            while b > a and body[b - 1] in ",;: ":
                b -= 1
    if a <= draft.verb_at < b and not (draft.gap and draft.gap[0] <= draft.verb_at < draft.gap[1]):
        return None  # a quote that holds its own reporting verb is someone else's words about it
    draft.start, draft.end = a, b
    draft.content = body[a:b]
    if draft.gap and a < draft.gap[0] < draft.gap[1] < b:
        draft.content = body[a : draft.gap[0]].rstrip(EDGE) + " " + body[draft.gap[1] : b].lstrip(EDGE)
    draft.direct_quote = direct
    draft.sentence_start = min(draft.sentence_start, a)
    draft.sentence_end = max(draft.sentence_end, b)
    return draft


def paragraph_number(body: str, offset: int) -> int:
    """How many paragraph breaks come before `offset` (the headline is paragraph 0)."""
    return len(re.findall(r"\n+", body[:offset]))


_VERB_WORD = re.compile(r"[\w’'-]+")


def _word_at(body: str, offset: int) -> str:
    """The word that starts at `offset`, as written."""
    match = _VERB_WORD.match(body, offset)
    return match.group(0) if match else ""


_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’)]*\s+(?=[“\"‘A-Z(])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, by punctuation (for the fallback)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _inside_quote(body: str, start: int, offset: int) -> bool:
    """Whether `offset` lies inside a quotation opened since `start` (the paragraph's start)."""
    text = body[start : max(start, offset)]
    if text.count("“") > text.count("”"):
        return True
    inside = False
    for match in re.finditer('"', text):  # straight quotes: opening after a space, else closing
        at = match.start()
        inside = at == 0 or text[at - 1].isspace() or text[at - 1] in "(["
    return inside


# a full stop that ends a sentence inside a claim's content: after a word of two characters or
# more ("$4m. Assistant ..."), not an initial ("George W. Bush", "U.S. forces") nor a title written
# short before a name ("she had warned Mr. Delgado in writing")
_STOP_INSIDE = re.compile(rf"(?<=[\w%)’'\]]{{2}})(?:[!?]|\.{NOT_AFTER_A_TITLE})[”\"’)]*\s+(?=[A-Z“\"‘])")
