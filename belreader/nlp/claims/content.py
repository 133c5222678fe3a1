"""What was said: the pieces of the parse that bound a reporting verb's content (where its
attribution ends, an addressee, a clause or participle that goes on, the next report, an owned
statement), the medium a claim was reported in, and whether the content is negated."""

from __future__ import annotations

import re

from belreader.nlp import occasions
from belreader.nlp.claims.context import ArticleContext
from belreader.nlp.claims.spans import Draft, _inside_quote, trim
from belreader.nlp.claims.subjects import _CONCESSIVE, _opening_it_clause, _said_clause_follows, _subject
from belreader.nlp.claims.vocabulary import (
    _FINITE_TAGS,
    _RELATIVE,
    _TIE_WORDS,
    _TOPIC_PREPOSITIONS,
    ABOUT_PREPOSITIONS,
    ADDRESSEE_LEMMAS,
    CLOSE_QUOTES,
    EDGE,
    GROUP_NOUNS,
    MADE_NOUNS,
    NAMED_KIND_HEADS,
    NEGATORS,
    OPEN_QUOTES,
    OWNED_NOUNS,
    OWNED_THAT_ONLY,
    PERSON_PRONOUNS,
    PLAYER_ROLES,
    REASON_MARKS,
    REJECTED_NOUNS,
    REPORTING_LEMMAS,
    RESULT_MEASURES,
    SPEAKERS_ACT_LEMMAS,
    SPEAKERS_DEED_LEMMAS,
    SPEECH_OBJECTS,
    UNSUPPORTED_REMARK,
    VOICED_NOUNS,
    doc_text,
    lemma_of,
    modal,
    pos_of,
    rejoins,
    stem_in,
)
from belreader.nlp.people import GENDER_WORDS, gender_of, is_person_noun
from belreader.nlp.sources import MEDIA_NOUNS, alternation
from belreader.quantities import ILLION_WORDS, TIME_WORDS, WEEKDAYS, capitalised_alternation, singular


def _extend_attribution(doc, verb, end: int) -> int:
    """The token index one past the attribution that starts the verb's clause."""
    changed = True
    while changed and end < len(doc):
        changed = False
        token = doc[end]
        if token.is_punct and token.text in (",", ":", "—", "–"):
            end += 1
            changed = True
        elif token.head == verb and token.dep_ in ("advmod", "npadvmod", "prt", "neg", "aux") and token.i == end:
            end = token.right_edge.i + 1
            changed = True
        elif (child := next((c for c in verb.children if c.left_edge.i == end and c.i >= end), None)) is not None and (
            child.dep_ == "dative"
            or (
                child.dep_ == "dobj"
                and (
                    lemma_of(verb) == "tell"
                    or (
                        any(c.dep_ == "ccomp" and c.i > child.i for c in verb.children)
                        and (lemma_of(verb) in ADDRESSEE_LEMMAS or not _object_opens_clause(verb, child))
                    )
                )
                and not _subject_of_next_clause(doc, verb, child)
            )
        ):
            end = _noun_phrase_end(child)  # the addressee, "his audience" as well as "reporters"
            if lemma_of(verb) == "tell" and child.dep_ == "dobj":
                end = _addressee_end(doc, verb, child, end)
            changed = True
        elif token.lower_ == "that" and token.dep_ == "mark":
            end += 1
            changed = True
        elif (aside := _participle_before_that(doc, verb, end)) is not None:
            end = aside  # "reported Tuesday, citing people familiar with the matter, that ..."
            changed = True
        elif (setting := _setting_before_clause(verb, end)) is not None:
            end = setting
            changed = True
    return end


# the words before a participle that make it the occasion of the saying ("said, when asked about X,
# that ...", "said while addressing a rally that ..."); never a condition ("said, if elected, she
# would ...", "once approved")
_OCCASION_MARKERS = {"when", "while"}
_ASKING_PARTICIPLES = {"asked", "pressed", "questioned", "challenged", "quizzed"}


def _participle_before_that(doc, verb, end: int) -> int | None:
    """ "reported, citing people familiar with the matter, that ...", "said, speaking on condition
    of anonymity, that ...", "said, when asked whether he would resign, that ...": a participle
    phrase (or "when"/"while" before a past participle: "when contacted by the paper") set off by commas right before the
    "that" of the verb's reported clause tells how or when it was said; the index of the comma
    closing it, else None."""
    token = doc[end]
    if end == 0 or doc[end - 1].text != ",":
        return None
    if end >= 2 and doc[end - 2].lower_ == "that":
        return None  # "said that, when asked about it, he had refused": the clause's own scene
    # "said, when contacted by the paper, that ...": any participle after "when"/"while" with the
    # "that" after the comma; one of asking also without it (`asked` below)
    when = token.lower_ in _OCCASION_MARKERS and end + 1 < len(doc)
    asked = when and doc[end + 1].lower_ in _ASKING_PARTICIPLES
    if asked or (when and doc[end + 1].tag_ == "VBN"):
        token = doc[end + 1]
        if token.left_edge.i != end:
            return None
    elif token.tag_ != "VBG":
        return None
    close = token.right_edge.i
    if doc[close].text != ",":
        close += 1  # the parser may hang the closing comma on the phrase or not
    if close + 1 >= len(doc) or doc[close].text != ",":
        return None
    that = doc[close + 1]
    if that.lower_ == "that":
        clause = that.head
        return close if that.dep_ == "mark" and clause.dep_ == "ccomp" and clause.head.i == verb.i else None
    # "said, when asked about the cuts, the plant would stay open": the clause with its subject
    # right after the comma, the verb's own
    if asked and any(
        c.dep_ == "ccomp"
        and c.left_edge.i <= close + 1 <= c.right_edge.i
        and any(s.dep_ in ("nsubj", "nsubjpass", "expl") and s.left_edge.i == close + 1 for s in c.children)
        for c in verb.children
    ):
        return close
    return None


def _setting_before_that(doc, verb, start: int) -> int | None:
    """ "wrote in a note to clients that ...", "wrote on X, formerly Twitter, that ...": a content
    that still opens (at character `start`) with a phrase of the verb's, a preposition right after
    it, with only its own words, commas and more phrases of the verb (no verb, quote or colon) up
    to a "that" the parser made a clause's conjunction ("mark", never the relative pronoun of
    "wrote in a book that sold well"): where and to whom it was said, not what. The character
    where the clause after that "that" opens, else None. At most twelve words, the clause after
    "that" with a subject of its own, and never a phrase set off by a comma before it."""
    token = next((t for t in doc if t.idx >= start), None)
    if token is None or doc_text(doc)[start : token.idx].strip() or token.i == 0:
        return None
    end = token.i
    occasion = _occasion_participle(verb, token)
    if occasion is None and not (
        token.dep_ == "prep" and token.head.i == verb.i and token.left_edge.i == end and token.i > verb.i
    ):
        return None
    if doc[end - 1].text == ",":
        return None  # "claiming, without evidence, that ...": an aside set off, read as before
    that = next((t for t in doc[end + 1 : end + 13] if t.lower_ == "that"), None)
    if that is None or that.dep_ != "mark" or that.head.i <= that.i or that.i + 1 >= len(doc):
        return None
    if _opens_a_saying_nouns_clause(that):
        return None  # "wrote in a reply to the allegation that he had lied": the noun's clause, not hers
    if any(
        (pos_of(t) in ("VERB", "AUX") and (occasion is None or t.i != occasion.i))
        or t.text in OPEN_QUOTES
        or t.text in CLOSE_QUOTES
        or t.text in (":", ";")
        for t in doc[end : that.i]
    ):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in that.head.children):
        return None
    return doc[that.i + 1].idx


def _occasion_participle(verb, token):
    """The participle of "said while addressing a rally in Pune that ...", "said when inaugurating
    the bridge that ...": `token` the "while"/"when" that opens a participle phrase of the verb,
    after it, which tells the occasion of saying (Indian English news); that participle, else None."""
    if (
        token.lower_ not in _OCCASION_MARKERS
        or token.dep_ != "mark"
        or token.i + 1 >= len(token.doc)
        or token.doc[token.i - 1].i != verb.i
    ):
        return None  # right after the verb only: "said that while visiting a school he had ..." is the clause's
    participle = token.doc[token.i + 1]
    if participle.tag_ != "VBG" or token.head.i != participle.i or participle.dep_ != "advcl" or participle.i < verb.i:
        return None
    # the parser hangs the phrase on the verb or on the reported clause after it
    head = participle.head
    if head.i != verb.i and not (head.dep_ == "ccomp" and head.head.i == verb.i and head.i > participle.i):
        return None
    return participle


def _opens_a_saying_nouns_clause(that) -> bool:
    """Whether this "that" opens the clause of a noun of saying in the phrase before it ("in a reply
    to the allegation that ...", "in a post about the claim that ..."): right after the noun, or
    in a clause the parser hung on it."""
    nouns = _REPORT_NOUNS | set(MADE_NOUNS)
    before = that.doc[that.i - 1] if that.i > 0 else None
    if before is not None and pos_of(before) in ("NOUN", "PROPN") and singular(before.lower_) in nouns:
        return True
    return that.head.dep_ in ("acl", "relcl") and singular(that.head.head.lower_) in nouns


# prepositions whose phrase after a reporting verb belongs to the clause that follows: "felt by May
# he had lost" (the clause's time), "said as mayor he had ..." (the clause subject's role),
# "expects for 2005 a fall" (what is expected), "accused him of hiding the facts" (the accusation),
# "said during his years in office he had seen ..." (a span of time the clause is about)
_CLAUSE_PREPOSITIONS = {"by", "as", "for", "of", "during", "since", "throughout"}


def _setting_before_clause(verb, end: int) -> int | None:
    """One past a prepositional phrase of the verb at `end` that its clause follows at once, with no
    "that" or comma between ("said on her blog she had been fired", "admitted to jurors he was
    paid"): where, when or to whom it was said, not what. Only when that clause has a subject and a
    finite verb of its own (not "warned against firms being ...", "adding to honours it won")."""
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.i == end and c.left_edge.i == end and c.i > verb.i), None
    )
    if (
        prep is None
        or prep.lower_ in _CLAUSE_PREPOSITIONS
        or (lemma_of(verb) == "add" and prep.lower_ == "to")
        or verb.tag_ in ("VBZ", "VBP")  # "the diary says on 13 March X met Y": a present report has no past setting
    ):
        return None
    after = prep.right_edge.i + 1
    if after >= len(verb.doc) or verb.doc[after].is_punct or verb.doc[after].lower_ == "that":
        return None  # "said on Friday, the ..." / "said on Friday that ...": left as they were
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == after), None)
    if (
        clause is None
        or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        or not any(t.tag_ in _FINITE_TAGS for t in (clause, *clause.children) if t.i <= clause.i)
    ):
        return None
    return after


# who a statement is told to, at the start of "told MPs child benefit would rise"
_ADDRESSEES = {
    "mps",
    "reporters",
    "journalists",
    "delegates",
    "activists",
    "voters",
    "peers",
    "supporters",
    "members",
    "listeners",
    "viewers",
    "parliament",
    "councillors",
    "investors",
    "analysts",
    "students",
}


def _addressee_end(doc, verb, noun, end: int) -> int:
    """ "told the BBC lessons were being learned", "told MPs child benefit would rise": the
    parser takes the addressee and the subject of the reported clause for one object, and the
    clause right after it has no subject of its own. The addressee is a word for an audience
    ("MPs", "reporters") or the name that opens the phrase when a common noun ends it ("the BBC |
    lessons"); what follows is the clause's subject, so part of the content. Else the whole
    phrase."""
    if end >= len(doc):
        return end
    clause = doc[end] if doc[end].dep_ == "ccomp" else doc[end].head
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.i < end:
        return end
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return end
    start = noun.left_edge.i
    first = start + 1 if doc[start].lower_ == "the" else start
    if doc[first].lower_ in _ADDRESSEES and first < noun.i:
        return first + 1
    run = first
    while run < noun.i and pos_of(doc[run]) == "PROPN":
        run += 1
    if first < run <= noun.i and pos_of(noun) == "NOUN":
        return run  # "the BBC | lessons": a name, then the clause's common-noun subject
    return end


def _object_opens_clause(verb, noun) -> bool:
    """ "admitted their trip to Velt to face Grobco was the hardest draw", "said the new laws, due
    in May, could help": after a verb that takes no hearer, a noun phrase the parser hung on it as
    its object, before a clause it reports, is that clause's subject: the clause has none of its
    own, or its subject is parted from the noun phrase by more words (a misparse inside the
    phrase). Not a pronoun ("branded it a sham"), nor a noun phrase the clause's own subject
    follows at once ("said outside court the pair denied ...") or after a "that" or a comma
    ("repeated his view that ...", "announced its plan, Grobco announced ..."), nor one parted
    from it by the verb's own adjunct or a time ("confirmed the deal on Friday the firm would
    ...", "wrote shareholders last week the firm was ...": the object, then when it was said)."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is None or noun.tag_ == "PRP" or pos_of(clause) not in ("VERB", "AUX"):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return True
    between = doc[noun.right_edge.i + 1 : subject.left_edge.i]
    return len(between) > 0 and not any(
        t.is_punct
        or t.lower_ == "that"
        or (t.head.i == verb.i and t.dep_ in ("prep", "npadvmod", "advmod"))
        or t.lower_ in TIME_WORDS
        for t in between
    )


def _subject_of_next_clause(doc, verb, noun) -> bool:
    """ "warned the picture was not as rosy": a noun the parser hung on the verb as its object
    that is the subject of the clause right after it (its finite verb follows the noun phrase),
    so part of the content. "told the committee" keeps its addressee."""
    if lemma_of(verb) == "tell":
        return False
    # right after the noun phrase, or after all the parser hung on it ("warned the threat of
    # rules, which grew last year, "had an effect"": a phrase and a relative clause, then the verb)
    return any(_opens_reported_clause(doc, verb, end) for end in (_noun_phrase_end(noun), _after_marks(doc, noun)))


def _after_marks(doc, noun) -> int:
    """One past the noun's whole phrase and the commas, dashes or quotation marks after it."""
    end = noun.right_edge.i + 1
    while end < len(doc) and (doc[end].text in (",", "-", "—", "–") or doc[end].text in OPEN_QUOTES + CLOSE_QUOTES):
        end += 1
    return end


def _opens_reported_clause(doc, verb, end: int) -> bool:
    """Whether doc[end] is the finite verb (or modal) of a clause the verb reports."""
    if end >= len(doc) or doc[end].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    clause = doc[end] if doc[end].dep_ == "ccomp" else doc[end].head  # "would" of "would go"
    return clause.dep_ == "ccomp" and clause.head.i == verb.i


def _noun_phrase_end(noun) -> int:
    """One past a noun phrase's last token, without a clause the parser hung on it
    ("programme that the plan was fair": the clause is the content, not the addressee)."""
    end = noun.i + 1
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("nummod", "case", "compound", "amod", "poss", "appos", "nmod"):
            end = max(end, child.right_edge.i + 1)
    return end


def _opens_with_participle(doc, verb, start: int) -> bool:
    """Whether the text from `start` opens with a reporting participle hung on `verb` (", adding
    that"), or a participle with a clause of its own (", implying that ...", ", meaning the ...")."""
    token = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    return (
        token is not None
        and token.tag_ == "VBG"
        and token.head.i == verb.i
        and token.dep_ in ("advcl", "xcomp", "conj")
        and (
            lemma_of(token) in REPORTING_LEMMAS
            # set off by a comma, the clause right after it: not "..., said X, learning via Y may
            # mean ...", a gerund hung on the verb whose clause ("Y may mean") starts further on ("..., he said, implying that"; not "recalled seeing him play")
            or (
                doc[token.i - 1].text == ","
                and any(c.dep_ == "ccomp" and c.left_edge.i == token.i + 1 for c in token.children)
            )
        )
    )


def _setting_participle(doc, verb, piece: tuple[int, int]) -> bool:
    """The text of `piece` is one participle clause hung on `verb`, with no finite verb in it
    (", citing a report by X", ", speaking on Tuesday", ", urging voters to act"): it says how,
    where or what else was done, not what was said."""
    tokens = [t for t in doc if piece[0] <= t.idx < piece[1] and not t.is_punct]
    if not tokens:
        return False
    first = tokens[0]
    return (
        first.tag_ == "VBG"
        and first.head.i == verb.i
        and first.dep_ == "advcl"
        and all(first.left_edge.i <= t.i <= first.right_edge.i for t in tokens)
        # (a finite verb only in a clause of reason: ", asking not to be identified because the
        # talks are private", the wire agencies' unnamed source)
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _in_reason_clause(t, first) for t in tokens)
    )


def absolute_after_quote(doc, text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """'"...," he said later, his hair freshly gelled into a star shape': after a quotation closed
    before the attribution, a phrase opening with a possessive pronoun and its noun, with no "that"
    and no quotation in it, tells how the speaker looked or sounded, not more of what was said."""
    closed = text[before[0] : before[1]].rstrip()
    if closed[-1:] not in CLOSE_QUOTES or closed[-2:-1] not in (",", "?", "!"):
        return False  # (not a quoted phrase: 'signed a "letter of intent" stating its ...')
    tokens = [t for t in doc if after[0] <= t.idx < after[1] and not t.is_punct]
    return (
        len(tokens) >= 2
        and tokens[0].tag_ == "PRP$"
        and tokens[1].tag_ in ("NN", "NNS", "JJ")
        and not any(t.lower_ == "that" or t.text in OPEN_QUOTES for t in tokens)
    )


def _in_reason_clause(token, top) -> bool:
    """Whether `token` lies in a clause opened by "because", "since" or "as" below `top`."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in node.children):
            return True
        node = node.head
    return False


def _before_subject_phrase(text: str, piece: tuple[int, int]) -> tuple[int, int]:
    """A content piece that ends ", Tory co-chairman" (the start of the speaker's title, which the
    parser left outside the subject) ends at that comma."""
    a, b = piece
    comma = text.rfind(", ", a, b)
    if comma > a:
        tail = text[comma + 2 : b].strip()
        if (
            tail
            and len(tail.split()) <= 4
            and not any(q in tail for q in OPEN_QUOTES + CLOSE_QUOTES)
            and tail[:1].isupper()
        ):
            return a, comma
    return piece


def _before_title_after_quote(doc, piece: tuple[int, int]) -> tuple[int, int]:
    """A content piece that opens a quotation and runs past its close into the speaker's title
    ('"...," chairman and chief executive Tom Pell said', the title hung inside the quote by the
    parser; '"...," Grobco chief executive Tom Pell and finance director Ann Bell said') ends at
    the closing mark, when all after it is titles, names and "and"."""
    a, b = piece
    text = doc_text(doc)
    if text[a:b].lstrip()[:1] not in OPEN_QUOTES:
        return piece
    tail = [t for t in doc if t.idx >= a and t.idx + len(t) <= b]
    close = next(
        (
            n
            for n in range(len(tail) - 1, 0, -1)
            if tail[n].text in CLOSE_QUOTES and tail[n - 1].text in (",", "?", "!")
        ),
        None,
    )
    if close is None or close == len(tail) - 1:
        return piece
    after = tail[close + 1 :]
    if len(after) > 10 or any(t.text in OPEN_QUOTES + CLOSE_QUOTES for t in after):
        return piece
    if not all(
        t.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "CC", "DT", "POS") or (t.is_punct and t.text in (",", "-"))
        for t in after
    ):
        return piece
    if not any(is_person_noun(t.text) for t in after):
        return piece  # only a title says it is the speaker's: not a noun phrase the quote goes on with
    return a, tail[close].idx + len(tail[close])


def _adjunct_of(verb, token) -> bool:
    """Whether `token` sits in a prepositional or adverbial modifier of `verb` ("without evidence")."""
    for node in (token, *token.ancestors):
        if node.head.i == verb.i and node.i != verb.i:
            return node.dep_ in ("prep", "advmod", "npadvmod", "punct")
    return False


def _in_object(verb, token) -> bool:
    """Whether `token` lies in the object of `verb` with its modifiers ("told an audience in the UK")."""
    return any(c.dep_ in ("dobj", "dative") and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children)


def _subject_after_addressee(doc, verb, a1: int, end: int) -> bool:
    """ "told Labour members the Tories offered ...", "told the Sunday Times Mr Bell would ...": the
    name that follows an addressee the verb already has (its object) is the reported clause's
    subject (or a subject's owner: "Acme's withdrawal was ..."), not a second addressee."""
    if not any(c.dep_ in ("dobj", "dative") and verb.i < c.i < a1 for c in verb.children):
        return False
    last = next((t for t in reversed(doc[a1:]) if t.idx < end), None)
    if last is None:
        return False
    node = last
    for _ in range(4):
        if node.dep_ in ("compound", "poss", "amod", "case") and node.head.i > node.i:
            node = node.head
            continue
        break
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.i > node.i and node.head.i != verb.i


def _told_clause_cut_off(doc, verb, a1: int):
    """ "Mr Pell told BBC Radio 4's Today programme Mr Bell had refused ...": the parser may end the
    sentence after the addressee and take the reported clause for a sentence of its own. That
    clause's verb, when it opens right where the attribution ends, with a subject, up to the end;
    or a clause the parser hung on the addressee (below)."""
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < a1), None)
    if a1 >= len(doc) or addressee is None:
        return None
    if any(t.text in CLOSE_QUOTES + OPEN_QUOTES for t in doc[verb.i : a1]):
        return None
    clause = next((c for c in addressee.children if c.dep_ in ("relcl", "acl") and c.left_edge.i == a1), None)
    if clause is not None:
        # "told the Today programme there was a danger ...", "... programme he hoped X would ...":
        # the clause hung on the addressee as a relative one; a statement when its subject opens
        # it and it says something of its own (a "there", a modal, a clause) - not "told the story
        # he had written"
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "expl") and c.i == a1), None)
        said = any(
            c.dep_ == "expl" or (c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "ccomp" for c in clause.children
        )
        return clause if subject is not None and said else None
    root = doc[a1]
    while root.head.i != root.i:
        root = root.head
    if (
        root.i == verb.i
        or root.left_edge.i != a1
        or pos_of(root) not in ("VERB", "AUX")
        or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    ):
        return None
    return root


def relative_clause_cut_off(doc, verb, a1: int):
    """ "It runs at 5km/h, which its makers claim is twice as fast as X": the reporting verb of a
    relative clause ("which" and its own subject before it) with nothing after it in the parse, the
    clause said ("is twice as fast ...") hung elsewhere; that clause's finite verb when it opens
    right after the verb, else None."""
    if a1 != verb.i + 1 or a1 >= len(doc) or any(c.i > verb.i for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") and c.tag_ == "WDT" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ != "WDT" for c in verb.children):
        return None
    clause = doc[a1]
    if clause.tag_ not in ("VBZ", "VBD", "VBP") or clause.head.i == verb.i:
        return None
    return clause


def _that_after_addressee(doc, verb, a1: int) -> int | None:
    """ "told reporters at a news conference in the capital that he wanted ...": the "that" after the
    addressee and a long adjunct (further than the verb's own "that" is looked for), which the
    parser may also read as a relative pronoun of the adjunct's noun; its index when nothing but
    the addressee and the verb's adjuncts stands before it and a clause's subject follows it."""
    at = next((t.i for t in doc[a1 : a1 + 12] if t.lower_ == "that" and t.dep_ != "det"), None)  # not "at that time"
    if at is None or at == a1 or at + 1 >= len(doc):
        return None
    if doc[at + 1].tag_[:2] not in ("DT", "PR", "NN", "CD", "JJ", "WP"):
        return None  # a clause's subject follows a "that" of saying
    if doc[at].dep_ != "mark" and not _adjunct_of(verb, doc[at].head.head):
        return None  # "told the story that his father told": a relative clause of the object itself
    if not all(t.is_punct or _adjunct_of(verb, t) or _in_object(verb, t) for t in doc[a1:at]):
        return None
    return at


def _that_after_setting(doc, verb, a1: int) -> int | None:
    """ "said at the time that the plant would stay open": the "that" after a time or place phrase
    of the verb, which the parser reads as a relative word of the phrase's noun yet hangs on the
    verb's own clause; its index when the clause (the verb's complement) has its own subject after it.
    Also "said in his press conference that the call was "baffling"", where the parser reads "was
    baffling" as a verb and the "that" before the clause's subject as its fronted object."""
    at = next((t.i for t in doc[a1 : a1 + 10] if t.lower_ == "that" and t.dep_ in ("advmod", "dobj")), None)
    if at is None or at == a1 or not all(t.is_punct or _adjunct_of(verb, t) for t in doc[a1:at]):
        return None
    clause = doc[at].head
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.left_edge.i != at:
        return None
    if doc[at].dep_ == "dobj" and not (
        clause.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("is", "was", "are", "were") for c in clause.children)
    ):
        return None  # "predicted consolidation in a market that they call fragmented": a relative clause
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > at for c in clause.children):
        return None  # "said at the time that was best": the "that" is the clause's own subject
    if any(t.lower_ == "that" and t.dep_ == "mark" and t.head.head.i == clause.i for t in clause.subtree):
        # "said on the day that the bridge opened that she was proud": a second "that" clause
        # under the first, so which one opens the content is unsure; the whole span stands
        return None
    return at


# the prepositions of a topic a report is about ("said on Facebook about reports that ...", "said in
# reply to claims that ..."): a noun of saying after one that names no one report ("reports",
# "rumours", "a claim") is the topic, its "that" clause not the content
_ABOUT_PREPOSITIONS = ABOUT_PREPOSITIONS | {"to"}
# the determiners of one known report ("said in response to the report that X": X is the content)
_DEFINITE = {"the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}


def that_after_topic(doc, that: int) -> int | None:
    """ "said on Facebook about reports that she would quit that she had never been happier": the
    first "that" opens the clause of a noun of saying after "about", "on", "to" ... (what the
    reports say, not the speaker); the index of the next "that" after it with a subject after it
    (the verb's own clause), else -1 (no content of the speaker's after the noun's clause), or None
    when the noun has a definite determiner or owner (one known report: its clause is the content). None
    when the "that" opens no such noun's clause ("said in a report that ...": the report's medium)."""
    token = doc[that]
    if not _opens_a_saying_nouns_clause(token):
        return None
    noun = doc[that - 1] if pos_of(doc[that - 1]) in ("NOUN", "PROPN") else token.head.head
    if not (noun.dep_ == "pobj" and noun.head.lower_ in _ABOUT_PREPOSITIONS):
        return None
    nxt = next((t.i for t in doc[that + 1 :] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if nxt is not None and nxt + 1 < len(doc) and doc[nxt + 1].tag_[:2] in ("DT", "PR", "NN", "CD", "JJ"):
        return nxt  # a second subject-led "that" (after any noun, "the claims that she had lied that ...")
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
        return None  # "said in response to the report that the figures were wrong": the old reading
    return -1


def _owned_statement(doc, noun):
    """(owner token, "that" token) for "Mr X's insistence that ...", "Putin's May warning that ...",
    "a new Kremlin statement that ...": a noun of saying whose owner is a name (a possessive or a
    proper-noun modifier, never a pronoun) and whose "that" opens a clause of the noun (not a
    relative: "the statement that he issued" has no content)."""
    if noun.lower_ not in OWNED_NOUNS or pos_of(noun) != "NOUN" or noun.i + 2 >= len(doc):
        return None
    that = doc[noun.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.head.i != noun.i or that.head.i <= that.i:
        return None
    owners = [
        c
        for c in noun.children
        if c.i < noun.i and (c.dep_ == "poss" or (c.dep_ == "compound" and c.tag_ == "NNP")) and c.tag_ == "NNP"
    ]
    return (owners[0], that) if len(owners) == 1 else None


_OWNER_PRONOUNS = {"his": "he", "her": "she"}
# what a clause that is the content of a noun of saying has after its verb ("Ann's claim it does
# not want the ban": an object); a relative clause on the noun lacks it ("the claims he made")
_CLAUSE_COMPLEMENTS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"}  # after the verb; "auxpass" anywhere


def _loosely_owned_statement(doc, noun):
    """(owner token, first content token, clause verb) for the shapes `_owned_statement` leaves:
    "his allegations that ..." (a person pronoun owns the noun), and a named owner whose clause
    opens without "that" ("China's claim it does not want the ban lifted", "Ann's contention the
    pier was unsafe"): a subject right after the noun, then its finite verb with an object or a
    complement (not a relative clause on the noun: "Ann's claims he made last year")."""
    if noun.lower_ not in OWNED_NOUNS or pos_of(noun) != "NOUN" or noun.i + 3 >= len(doc):
        return None
    owners = [c for c in noun.children if c.i < noun.i and c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner, after = owners[0], doc[noun.i + 1]
    if owner.lower_ in _OWNER_PRONOUNS and owner.tag_ == "PRP$":
        if after.lower_ != "that" or after.dep_ != "mark" or after.head.i <= after.i or after.head.head.i != noun.i:
            return None
        return owner, doc[after.i + 1], after.head
    if owner.tag_ != "NNP" or after.lower_ == "that" or after.dep_ not in ("nsubj", "nsubjpass", "det", "compound"):
        return None
    if noun.lower_ in OWNED_THAT_ONLY:
        return None  # "despite Grobco's announcement the firm goes on ...": no clause of the noun's
    subject = after if after.dep_.startswith("nsubj") else after.head
    verb = subject.head
    if (
        not subject.dep_.startswith("nsubj")
        or subject.i - noun.i > 3
        or verb.i <= subject.i
        or verb.i - subject.i > 3
        or not any(t.tag_ in _FINITE_TAGS for t in doc[subject.i + 1 : verb.i + 1])
        or not any(c.dep_ in _CLAUSE_COMPLEMENTS and c.i > verb.i or c.dep_ == "auxpass" for c in verb.children)
    ):
        return None
    return owner, after, verb


def _reported_inside(verb, before: tuple[int, int], lead: str = "") -> bool:
    """'X said pulling off the masks "in both senses" will make an officer think twice': the verb
    sits inside the words another reporting verb on its left reports, so the text on its left is
    that verb's attribution and content, never this verb's content. `lead` is the paragraph's text
    before the sentence: a quotation opened there may run on into the sentence."""
    if verb.dep_ == "parataxis":
        return False
    text = doc_text(verb.doc)

    def quoted(at: int) -> bool:  # '"... we estimate it ...," the institute says': inside a quotation
        span = lead + text[before[0] : at]
        return _inside_quote(span, 0, len(span))

    return any(
        before[0] <= head.idx < before[1]
        and lemma_of(head) in REPORTING_LEMMAS
        and pos_of(head) == "VERB"
        and not quoted(head.idx)
        for head in verb.ancestors
    )


def _has_right_complement(verb) -> bool:
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("ccomp", "xcomp", "attr", "oprd", "advcl") and child.dep_ != "advcl":
            return True
        if child.i > verb.i and child.dep_ == "dobj" and lemma_of(verb) != "tell":
            return True
        if child.i > verb.i and child.dep_ == "prep" and child.lower_ in ("as", "about", "that"):
            return True
    return False


def _quote_before(body: str, at: int, lo: int) -> tuple[int, int] | None:
    """'"We will win." said X', cut into two sentences after the quote's full stop: the
    quotation that ends at `at` (the closing mark there or just before it), as (start, end)
    with its marks; None if there is none."""
    if at < len(body) and body[at] in CLOSE_QUOTES:
        close = at
    else:
        close = len(body[:at].rstrip()) - 1
    if close <= lo or body[close] not in CLOSE_QUOTES or body[close] == "’" or body[close - 1] not in ".!?":
        return None
    if body[close] == '"':
        if body.count('"', lo, close) % 2 != 1:
            return _reopened_run(body, lo, close)
        opening = body.rfind('"', lo, close)
    else:
        opening = body.rfind("“", lo, close)
        if opening < 0 or "”" in body[opening:close]:
            return None
    if opening < 0 or "\n" in body[opening:close]:
        return None
    return opening, close + 1


def _reopened_run(body: str, lo: int, close: int) -> tuple[int, int] | None:
    """'"We lost. "It hurts." he added': a quotation of several sentences, each reopened with a
    straight quote mark and the last one closed, ends at `close`: (start, end) from the first
    opening of that run, so long as every mark before `close` back to it opens a sentence after
    a full stop. None when a closing mark stands before the run's last opening (the count of
    marks alone cannot tell where the quotation starts) or when there is no run."""
    marks = [m.start() for m in re.finditer('"', body[lo:close])]
    if len(marks) < 2:
        return None
    marks = [lo + m for m in marks]

    def opens(at: int) -> bool:
        return at == lo or body[at - 1].isspace()

    k = len(marks) - 1
    if not opens(marks[k]):
        return None
    while k > 0 and opens(marks[k - 1]) and body[: marks[k]].rstrip()[-1:] in (".", "!", "?"):
        k -= 1
    if k == len(marks) - 1 or (k > 0 and opens(marks[k - 1])):
        return None  # a single reopened sentence, or a run whose start the marks leave unsure
    if "\n" in body[marks[k] : close]:
        return None
    return marks[k], close + 1


def _negated(doc, verb, c0: int, c1: int) -> bool:
    if verb is not None and (lemma_of(verb) == "deny" or any(c.dep_ == "neg" for c in verb.children)):
        return True
    for token in doc:
        if not (c0 <= token.idx < c1):
            continue
        head = token.head
        if head.idx < c0 or head.idx >= c1 or head.i == token.i:  # a root of the content
            for child in token.children:
                if child.dep_ == "neg" or (
                    child.lower_ in NEGATORS and child.dep_ in ("nsubj", "advmod", "det", "nsubjpass")
                ):
                    return True
            if token.lower_ in NEGATORS and token.dep_ in ("nsubj", "neg"):
                return True
    return False


def _before_next_report(doc, verb, a1: int, after: tuple[int, int]) -> tuple[int, int]:
    """ "X told reporters that A, but added that B": a reporting verb coordinated with the
    attribution's own ends its content (B is a claim of its own), with the "but" and comma."""
    conj = next(
        (c for c in verb.children if c.dep_ == "conj" and c.i > a1 and lemma_of(c) in REPORTING_LEMMAS),
        None,
    ) or _report_joined_to_clause(doc, verb, a1)
    if conj is None:
        return after
    k = conj.left_edge.i
    while (
        k > a1
        and (doc[k - 1].dep_ == "cc" or doc[k - 1].text in (",", ";", "-", "–", "—"))
        and doc[k - 1].head.i in (verb.i, conj.i, conj.head.i)
    ):
        k -= 1
    if k <= a1:
        return after
    return after[0], min(after[1], doc[k - 1].idx + len(doc[k - 1]))


def _before_narrated_conjunct(doc, verb, a1: int, after: tuple[int, int]) -> tuple[int, int]:
    """ "A Grobland court ruled that Tom Pell must pay, but the Court of Appeal cleared him": a
    clause the parser joined with ", but" to the reporting verb itself (not to its that-clause),
    with a noun subject of its own and a plain past verb (no auxiliary), is the writer's narration
    of what happened next: the content ends before it. Never a pronoun subject that goes on with
    the report ("but it could spread"), a verb with an auxiliary or in another tense ("but the
    bosses had kept their pay", "but the profits would hold", "but the fund runs out": backshifted
    or present, maybe more of the report), one that opens with "that" ("but that money had been
    paid": a second reported clause), nor a clause joined by "and": `_narrated_conjunct`, which the
    path with no "that" (`_reported_conjunct_end`) uses with no further guard."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i >= a1), None)
    if clause is None:
        return after
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= clause.right_edge.i or lemma_of(conj) in REPORTING_LEMMAS:
            continue  # a reporting verb of its own: another claim's
        k = conj.left_edge.i
        if not (k >= 2 and doc[k - 1].lower_ == "but" and doc[k - 2].text == ","):
            continue
        if doc[k].lower_ == "that" or not _narrated_conjunct(verb, conj):
            continue  # "said A, but that money had been paid": a second reported clause
        subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or pos_of(subject) not in ("NOUN", "PROPN") or subject.i < k:
            continue
        if conj.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") and c.i < conj.i for c in conj.children):
            continue  # "but the directors were keeping their pay": maybe more of the report
        end = doc[k - 3]
        return after[0], min(after[1], end.idx + len(end))
    return after


def _before_speakers_next_act(doc, verb, a1: int, after: tuple[int, int]) -> tuple[int, int]:
    """ "The campaign said in a statement that the ad was false and demanded that stations pull
    it": a verb in the reporting verb's own tense, with no subject of its own, that the parser
    joined with "and"/"but" to the reporting verb itself after the content (here the document's
    clause, which `_before_narrated_conjunct` and `_reported_conjunct_end` do not reach), says
    what the speaker did next: the content ends before it. Not a reporting verb ("and added that
    ...": a claim of its own), nor a clause that opens with "that" (a second reported clause)."""
    for conj in verb.children:
        k = conj.left_edge.i
        if conj.dep_ != "conj" or k <= a1 + 1 or lemma_of(conj) in REPORTING_LEMMAS or conj.tag_ != verb.tag_:
            continue
        if doc[k - 1].lower_ not in ("and", "but") or _opens_with_that(conj):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children):
            continue
        k -= 1
        while k - 1 > a1 and doc[k - 1].text in (",", "-", "–", "—"):
            k -= 1
        end = doc[k - 1]
        if not after[0] <= end.idx < after[1]:
            continue
        return after[0], min(after[1], end.idx + len(end))
    return after


def _report_joined_to_clause(doc, verb, a1: int):
    """ "X said A and added: “B”": a reporting verb in the attribution's own tense, with no subject
    of its own, that the parser joined with "and"/"but" to the reported clause's verb and that
    opens a colon or a clause of its own: the speaker goes on (`_inherited_subject`), so A ends
    before it (else the colon's quote is taken for A). None when there is none."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < a1:
            continue
        for conj in clause.children:
            if (
                conj.dep_ == "conj"
                and conj.i > clause.i
                and conj.tag_ == verb.tag_
                and lemma_of(conj) in REPORTING_LEMMAS
                and doc[conj.left_edge.i - 1].lower_ in ("and", "but")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
                and (
                    any(c.dep_ == "ccomp" and c.i > conj.i for c in conj.children)
                    or (conj.i + 1 < len(doc) and doc[conj.i + 1].text == ":")
                )
                # "and added:" is the speaker's, and so is a verb after a comma (", and said ..."); any
                # other may be the reported clause's own subject's ("said the referee ran over and
                # warned: ..."), unless that is the speaker
                and (
                    lemma_of(conj) == "add"
                    or doc[conj.left_edge.i - 2].text == ","
                    or _same_subject(_subject(clause), _subject(verb))
                )
            ):
                return conj
    return None


def _same_subject(subject, speaker) -> bool:
    """Whether a reported clause's subject is the attribution's: the same word, or "he"/"she" of
    the gender the speaker's name or honorific gives ("Ann Pell said she ..."), or "it"/"they" after
    a speaker with no person's name."""
    if subject is None or speaker is None:
        return False
    if subject.lower_ == speaker.lower_:
        return True
    name = speaker.doc[speaker.left_edge.i : speaker.i + 1].text
    gender = gender_of([name], name.split()[:1])
    if subject.lower_ in ("he", "she"):
        return GENDER_WORDS[subject.lower_] == gender
    return subject.lower_ in ("it", "they") and gender is None


# backshifted forms: a reported clause in one of them, joined to a present-tense verb, was said
# earlier than that verb describes ("fears demand could rise and wants a deal")
_PAST_AUX = {"could", "would", "might", "should", "had", "was", "were"}
_SINGULAR_PRONOUNS = {"he", "she", "it", "this", "that"}


def _finite_tag(verb) -> str:
    """The tag that carries a verb's tense: its first auxiliary's ("has vowed" -> VBZ), else its own."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


_PLURAL_PRONOUNS = {"they", "we", "these", "those"}
_BE_FORMS = {"is", "are", "was", "were", "be", "been"}


def _disagrees(subject, tag: str) -> bool:
    """Whether a verb's finite tag cannot agree in number with the subject ("costs ... wants")."""
    if subject is None:
        return False
    plural = (
        subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in _PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in subject.children)
    )
    singular = not plural and _singular(subject)
    return (plural and tag == "VBZ") or (singular and tag == "VBP")


def _singular(subject) -> bool:
    """A singular noun or pronoun heads the subject ("the figure", "it")."""
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in _SINGULAR_PRONOUNS


def _speakers_act(conj) -> bool:
    """ "and wants B", "and has vowed to sue", "and are keen to hear": what the speaker sets out to
    do; "but insists C": the speaker speaks again."""
    if stem_in(conj.lower_, SPEAKERS_ACT_LEMMAS) is not None:
        return True
    if lemma_of(conj) in REPORTING_LEMMAS and any(c.dep_ == "ccomp" for c in conj.children):
        return True
    return conj.lower_ in _BE_FORMS and any(
        c.dep_ == "acomp" and c.lower_ in SPEAKERS_ACT_LEMMAS for c in conj.children
    )


def _speakers_conjunct(verb, clause, conj) -> bool:
    """Whether a verb joined to the reported clause belongs to the speaker instead: "X fears A could
    happen and wants B" (the reporting verb's present tense after a backshifted clause), "many
    believe the figure is high - and fear cuts", "to warn that it was short of cash and suspend
    trading" (a plain or plural form that cannot go with the clause's singular subject)."""
    own = _finite_tag(clause)
    tag = _finite_tag(conj)
    aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    backshifted = clause.tag_ == "VBD" or (bool(aux) and aux[0] in _PAST_AUX)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.tag_ in ("VBZ", "VBP") and backshifted and tag == verb.tag_:
        # "fears costs could rise and wants B", "claims A was B and has vowed C": the form agrees
        # with the speaker only, or says what the speaker wants; not "insist A would fail and
        # contains B", "believe the men were armed and are dangerous", "says it was hit and needs help"
        return _disagrees(subject, tag) or _speakers_act(conj)
    if verb.tag_ == "VBD" and conj.tag_ == "VBD" and tag == "VBD" and _deed_apart(clause, conj):
        return True
    singular = subject is not None and _singular(subject)
    # (not after a modal or an infinitive: "will avoid A and turn to B" shares the "will", "hopes
    # to stay and start B" the "to")
    infinitive = any(c.dep_ == "xcomp" and c.i < conj.i for c in clause.children)
    return singular and tag in ("VBP", "VB") and own in ("VBZ", "VBD") and conj.tag_ == tag and not infinitive


def _deed_apart(clause, conj) -> bool:
    """ "said the law was unconstitutional and announced a legal challenge", "said the ban was
    illegal and launched an appeal": a speaker's deed in the simple past, with no auxiliary of its
    own, joined to a reported clause that states what something is ("be" with its complement).
    Not after an auxiliary or a passive ("the firm had cut jobs and announced a plan", "the council
    was told and promised a review": as often the clause's subject's deed), nor after a verb of the
    clause's own ("the minister resigned and announced an inquiry"), nor where the clause's subject
    may do the deed itself."""
    if stem_in(conj.lower_, SPEAKERS_DEED_LEMMAS) is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    # the clause's subject a thing ("the law", "the move"), not one who may act ("the company was
    # profitable and launched a product": the company's deed; "Tom Pell", "she", "the minister")
    thing = (
        subject is not None
        and subject.tag_ in ("NN", "NNS")
        and not is_person_noun(subject.lower_)
        and singular(subject.lower_) not in GROUP_NOUNS | NAMED_KIND_HEADS | set(MEDIA_NOUNS)
    )
    return thing and clause.lower_ in ("was", "were") and any(c.dep_ in ("acomp", "attr") for c in clause.children)


def _phrases_clause(verb):
    """ "said in a statement that A ...", "said in an interview that A ...": the that-clause the
    parser hangs (as its "acl") on the noun of the reporting verb's own phrase after it, which holds
    what was said; else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i), None)
            if clause is not None and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None


def _before_speakers_conjunct(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """The content of "X fears that A could happen and wants B" ends before "and wants": a verb
    without a subject of its own joined to the reported clause, in a form that goes with the
    speaker and not with the clause, says what the speaker does next (narration). The reported
    clause may be hung on the verb's phrase ("said in a statement that A was false and demanded B")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None) or _phrases_clause(verb)
    if clause is None or not after[0] <= clause.idx < after[1]:
        return after
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or not conj.tag_.startswith("VB"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        k = conj.left_edge.i
        if not (k > clause.i + 1 and doc[k - 1].dep_ == "cc" and doc[k - 1].lower_ in ("and", "but")):
            continue
        if not _speakers_conjunct(verb, clause, conj):
            continue
        k -= 1
        while k - 1 > clause.i and doc[k - 1].text in (",", "-", "–", "—"):
            k -= 1
        end = doc[k - 1]
        return after[0], min(after[1], end.idx + len(end))
    return after


# "leading X to warn", "prompting X to say", "forcing X to admit", "quoted X telling": X speaks
# (not "urged X to admit", "would prefer X to admit": X was asked, nothing was said)
_CAUSING_WORDS = {"lead", "leads", "leading", "led", "prompt", "prompts", "prompting", "prompted"}
_CAUSING_WORDS |= {"force", "forces", "forcing", "forced", "cause", "causes", "causing", "caused"}
_CAUSING_WORDS |= {"quote", "quotes", "quoting", "quoted", "hear", "hears", "hearing", "heard"}


_CONTINUING_SUBJECTS = {"it", "they", "he", "she", "there", "we", "i"}
# what "amid" sets a statement among when the writer gives its setting: "amid reports", "amid fears"
_REPORT_NOUNS = REJECTED_NOUNS | set(VOICED_NOUNS)
# the auxiliaries of a clause backshifted like a reported one ("but that money had been paid"): the
# backshifted forms but the copula's (a "that" subject with "was" is as likely narration)
_REPORTED_AUX = _PAST_AUX - {"was", "were"}


def _opens_with_that(clause) -> bool:
    """ "and that costs had risen"; "but that money had been paid", the "that" read as the
    subject's determiner, only in a backshifted clause like a reported one (not "and that
    decision cost jobs": a demonstrative subject opening narration)."""
    first = clause.left_edge
    if first.lower_ != "that" or first.i == clause.i:
        return False
    if first.dep_ == "mark":
        return True
    aux = next((c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i), None)
    return (
        first.dep_ == "det"
        and first.head.dep_ in ("nsubj", "nsubjpass")
        and first.head.head.i == clause.i
        and aux in _REPORTED_AUX
    )


def _auxiliaries(clause) -> list[str]:
    return [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < clause.i]


def _parallel(verb, conj) -> bool:
    """ "says no economy fare will be priced above $499, and no first-class fare will be priced
    above $599": a clause joined to the reported one that repeats its verb with the same
    auxiliaries (and a subject of its own) goes on with what was said, not with the writer.
    Not a copula or "have" ("and the council was angry")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < conj.i), None)
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        clause is not None
        and subject is not None
        and pos_of(subject) == "NOUN"  # not "and Ann Bell ...": someone named acts or answers
        and conj.doc[conj.left_edge.i - 1].lower_ == "and"
        and conj.lower_ == clause.lower_
        and conj.lower_ not in _BE_FORMS | {"has", "have", "had", "do", "does", "did"}
        and conj.tag_ == clause.tag_
        and _auxiliaries(conj) == _auxiliaries(clause)
    )


def _narrated_conjunct(verb, conj) -> bool:
    """ "He said the plan was late, but the council disagreed": whether a clause joined to the
    reporting verb is the writer's narration: a reporting verb of its own, or a subject of its own
    (or none), unless that subject is a pronoun that goes on with the report ("but it could
    spread"), the clause opens with "that" ("and that costs had risen": a second reported clause)
    or it repeats the reported verb (`_parallel`)."""
    if lemma_of(conj) in REPORTING_LEMMAS:
        return True
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return (
        not _opens_with_that(conj)
        and (subject is None or subject.lower_ not in _CONTINUING_SUBJECTS)
        and not _parallel(verb, conj)
    )


def _reported_conjunct_end(doc, verb, last: int) -> int:
    """ "He said the plan was late and that costs had risen" / "... but it could spread": a clause
    joined to the reported one by "and"/"but" whose subject is a pronoun (or that opens with "that")
    goes on with what was said, when the parser hangs it on the reporting verb; a clause with a
    subject of its own ("but the council disagreed") or a reporting verb of its own is narration."""
    # a that-clause cannot join a finite clause: one hung on a verb above the reporting one
    # ("It failed after he revealed A, and that B") is the reporting verb's second clause too
    above = [c for a in verb.ancestors for c in a.children if c.dep_ == "conj" and c.i > last and _opens_with_that(c)]
    for conj in sorted((c for c in [*verb.children, *above] if c.dep_ == "conj" and c.i > last), key=lambda c: c.i):
        joiner = doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
        between = doc[last + 1 : conj.left_edge.i]
        if (
            joiner is None
            or joiner.lower_ not in ("and", "but")
            or any(t.lower_ not in ("and", "but", ",") for t in between)
            or _narrated_conjunct(verb, conj)
        ):
            break
        if any(lemma_of(t) in REPORTING_LEMMAS and pos_of(t) == "VERB" for t in conj.subtree if t.i != conj.i):
            break
        last = conj.right_edge.i
    return last


def _participle_of_speaker(verb):
    """ "X said A, saying B" / "..., adding B": a reporting participle after a comma, with no
    subject and a clause of its own, that the parser hung inside A: the reporting verb whose
    clause holds it (X goes on speaking), else None."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or lemma_of(verb) not in REPORTING_LEMMAS or verb.i == 0:
        return None
    if doc[verb.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    node = verb.head
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.i < verb.i and lemma_of(node.head) in REPORTING_LEMMAS:
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _before_own_participle(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """The content of "X said A, saying B" ends before ", saying": B is a claim of its own."""
    for token in doc:
        if after[0] < token.idx < after[1] and token.i > verb.i and _participle_of_speaker(token) is verb:
            comma = doc[token.i - 1]
            return after[0], comma.idx
    return after


def _it_goes_on(doc, verb, subject) -> bool:
    """ "It studied the books and concluded that X" / "It said A, saying B": a verb that takes its
    subject from an "it" opening the sentence, followed by the clause said."""
    if verb.dep_ == "conj":
        head = verb.head
        return (
            subject.head.i == head.i
            and _opening_it_clause(doc, head, subject, said=False)
            and _said_clause_follows(verb)
        )
    outer = _participle_of_speaker(verb)
    return outer is not None and subject.head.i == outer.i and _opening_it_clause(doc, outer, subject)


def _to_clause(token) -> bool:
    """ "(forced) to deny", "(went on) to say": an infinitive hung on the verb before it."""
    return token.dep_ == "xcomp" or (
        token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _reports_in_clause(clause) -> bool:
    """Whether a clause's verb reports, itself or through the verbs it governs ("was forced to
    deny", "went on to say", "had to admit")."""
    node = clause
    for _ in range(3):
        if lemma_of(node) in REPORTING_LEMMAS:
            # "is forecast to drop", "are still to be confirmed": a passive, nobody named reports
            return not any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children)
        node = next((c for c in node.children if c.i > node.i and _to_clause(c)), None)
        if node is None:
            return False
    return False


def _amid_reports(doc, verb, token) -> bool:
    """ "insists the club will keep him amid reports Grobco will bid": "amid" with a noun of
    reports or fears that carries a report of its own ("amid speculation the bank would act", "amid
    claims that ...") after the reported clause, outside any quotation: the writer's setting of the
    statement, not what was said; or set off by a comma ("said the firm would stay, amid fears of
    job losses"). Not a bare noun right after the clause ("said shares fell amid fears of a
    slowdown"): the source's own explanation, part of the claim."""
    if token.lower_ != "amid" or any(t.text in OPEN_QUOTES + CLOSE_QUOTES for t in doc[verb.i : token.i]):
        return False
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    return (
        noun is not None
        and singular(noun.lower_) in _REPORT_NOUNS
        and (
            doc[token.i - 1].text == ","
            or any(
                c.dep_ in ("acl", "relcl", "ccomp")
                and c.i > noun.i
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for c in noun.children
            )
        )
    )


def _narrated_while(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """ "X said the plan could fail, while Labour criticised the cost", "X announced A although
    Mr Bell was forced to deny B": a concessive clause in which someone else named or described
    reports is the writer's narration (or a claim of its own); the content ends before it. After
    "while" only with a comma ("said while touring the plant" is a time). Also before "amid
    reports ..." (`_amid_reports`)."""
    for token in doc:
        if after[0] <= token.idx < after[1] and token.i > verb.i + 1 and _amid_reports(doc, verb, token):
            end = doc[token.i - 2] if doc[token.i - 1].text == "," else doc[token.i - 1]
            return after[0], min(after[1], end.idx + len(end))
        if not (after[0] <= token.idx < after[1]) or token.i <= verb.i or token.dep_ != "advcl":
            continue
        mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE), None)
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            mark is None
            or subject is None
            or pos_of(subject) not in ("PROPN", "NOUN")
            or not _reports_in_clause(token)
            or mark.i != token.left_edge.i
            or mark.i < 2
            or (doc[mark.i - 1].text != "," and mark.lower_ == "while")
        ):
            continue
        end = doc[mark.i - 2] if doc[mark.i - 1].text == "," else doc[mark.i - 1]
        return after[0], min(after[1], end.idx + len(end))
    return after


def report_taken_for_main(doc, verb, last: int) -> int:
    """ "Tom Pell denied Ann Bell, his deputy, said the plans "stink"": the parser made the verb
    the clause of a subjectless "said" after its object (and the object's apposition), so the
    content stopped at the object. The object is the subject of that "said": the content runs to
    the end of what it says. `last` (the content's last token) otherwise."""
    head = verb.head
    if (
        verb.dep_ != "ccomp"
        or head.i <= last
        or lemma_of(head) not in REPORTING_LEMMAS
        or pos_of(head) != "VERB"
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
        or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
        or not all(t.text in (",", "-", "–", "—") for t in doc[last + 1 : head.i])
        or not any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)
    ):
        return last
    end = head.right_edge.i
    while end > head.i and doc[end].is_punct and doc[end].text not in CLOSE_QUOTES:
        end -= 1
    return end


def before_writers_comment(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """ "X told the paper it would not accept a change and, in practice, this rules out Y": after
    a past reporting verb and a backshifted clause, a clause joined to it whose subject is a bare
    "this"/"that" (the statement itself) in the present tense comments on what was said: the
    writer's, not the speaker's; the content ends before it."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or verb.tag_ != "VBD" or not after[0] <= clause.idx < after[1]:
        return after
    aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    if not (clause.tag_ == "VBD" or (aux and aux[0] in _PAST_AUX)):
        return after
    for conj in clause.children:
        subject = next((c for c in conj.children if c.dep_ == "nsubj"), None)
        if (
            conj.dep_ != "conj"
            or conj.tag_ != "VBZ"
            or subject is None
            or subject.lower_ not in ("this", "that")
            or any(True for _ in subject.children)
        ):
            continue
        joiner = next((t for t in doc[clause.i + 1 : conj.i] if t.dep_ == "cc" and t.head.i == clause.i), None)
        if joiner is None:
            continue
        end = doc[joiner.i - 2] if doc[joiner.i - 1].text == "," else doc[joiner.i - 1]
        return after[0], min(after[1], end.idx + len(end))
    return after


# a reported clause whose subject may be the speaker: "she said she would go, without saying why"
_SPEAKER_SUBJECT = re.compile(r"(?:he|she|they|it|we|I)\b", re.IGNORECASE)


def before_unsupported_remark(text: str, after: tuple[int, int]) -> tuple[int, int]:
    """ "X claimed the vote had been rigged, without offering evidence": the content ends before
    the writer's closing remark that the speaker gave no support or detail (`UNSUPPORTED_REMARK`);
    after an attribution closing the clause ("A, X claimed, without offering evidence") nothing is
    left after it. "without saying why" is the writer's remark on the speaker only there or when
    the reported clause's subject may be the speaker ("she said she would resign, ..."), not on
    another ("She said the bank had frozen her account, without saying why": the bank's silence)."""
    lead = len(text[after[0] : after[1]]) - len(text[after[0] : after[1]].lstrip(EDGE + ","))
    found = UNSUPPORTED_REMARK.search(text[after[0] + lead : after[1]].rstrip().rstrip("."))
    if found is None:
        return after
    if found["saying"] and found.start() > 0 and not _SPEAKER_SUBJECT.match(text, after[0] + lead):
        return after  # "She said the bank had frozen it, without saying why": the bank gave no reason
    return after[0], after[0] + lead + found.start()


def _before_named_rejoinder(doc, verb, after: tuple[int, int]) -> tuple[int, int]:
    """ "X said A but Harbour Tennis' Y rejected his remarks": a clause after "but" whose subject is
    a name (with its possessive organisation or title: "but Grobco boss Y denied it") and whose
    verb answers what was said, or reports a clause of its own ("but Grobco admitted it had ..."),
    is someone else's turn, not more of what X said; the content ends before "but". Not a refusal
    or a promise ("he asked Y for help but Y refused"): X's own account goes on. Read from the
    words, the parser often joining the name to a noun before it."""
    for token in doc:
        if not (after[0] <= token.idx < after[1]) or token.i <= verb.i + 1 or token.lower_ != "but":
            continue
        k = token.i + 1
        while k < min(len(doc), token.i + 8) and (
            pos_of(doc[k]) == "PROPN"
            or doc[k].tag_ == "POS"
            or (k > token.i + 1 and doc[k].tag_ == "NN" and doc[k].lower_ in _TIE_WORDS)
        ):
            k += 1
        if k == token.i + 1 or k >= len(doc) or pos_of(doc[k - 1]) != "PROPN":
            continue
        name_end = doc[k - 1].idx + len(doc[k - 1])
        if doc[k].lower_ == "had":
            continue  # "X said A but Y had rejected it": backshifted, maybe more of X's words
        if not (
            (
                doc[k].tag_ in ("VBD", "VBZ")
                and lemma_of(doc[k]) in REPORTING_LEMMAS
                and any(c.dep_ == "ccomp" for c in doc[k].children)
            )
            or rejoins(doc_text(doc), name_end, (verb.idx, token.idx))
        ):
            continue
        end = doc[token.i - 2] if doc[token.i - 1].text == "," else doc[token.i - 1]
        return after[0], min(after[1], end.idx + len(end))
    return after


def _content_pieces(doc, a0: int, a1: int):
    """Character ranges (relative to the doc) before and after the attribution tokens."""
    before = (0, doc[a0].idx) if a0 > 0 else (0, 0)
    after_start = doc[a1 - 1].idx + len(doc[a1 - 1]) if a1 > 0 else 0
    after = (after_start, len(doc_text(doc)))
    return before, after


def _nonempty(text: str, piece: tuple[int, int]) -> bool:
    a, b = trim(text, *piece)
    return b - a > 1 and any(ch.isalnum() for ch in text[a:b])


def _nominal(token) -> bool:
    """A word that may open a noun phrase: a determiner, a noun or an adjective."""
    return token.tag_ in ("DT", "PRP$") or token.tag_.startswith(("NN", "JJ"))


def _describes_source(doc, a1: int) -> bool:
    """Whether doc[a1:] only describes the source of "according to X" before it: an apposition
    ("an analyst at Fenwick") or a relative clause ("who runs the shop") to the sentence's end."""
    rest = [t for t in doc[a1:] if not t.is_punct]
    if not rest:
        return False
    if rest[0].lower_ in _RELATIVE:
        return True
    cut = next((i for i, t in enumerate(rest) if t.lower_ in _RELATIVE), len(rest))  # "..., who took over"
    return _nominal(rest[0]) and not any(t.tag_.startswith(_FINITE_TAGS) for t in rest[:cut])


def _finite(tokens) -> bool:
    return any(t.tag_.startswith(_FINITE_TAGS) for t in tokens)


def clause_before_only(doc, a0: int, a1: int) -> bool:
    """Whether the clause of "..., according to X ..." is all before it: doc[a1:] holds no finite
    verb ("..., according to analysts In-Stat.", "..., according to estimates, taking its total to
    $9m"), doc[:a0] does. Not when doc[a1:] opens on a bare verb: the predicate of a subject before ("a
    site that, according to reports, let users share files", "and, according to X, rise to 9%").
    An apposition commenting on the clause ("..., according to X, a move that would ...") is no
    clause of its own (`_comment_on_clause`)."""
    rest = [t for t in doc[a1:] if not t.is_punct]
    if _comment_on_clause(doc, rest):
        return _finite(doc[:a0])
    return not (rest and rest[0].tag_ == "VB") and not _finite(doc[a1:]) and _finite(doc[:a0])


def _comment_on_clause(doc, rest) -> bool:
    """ "..., according to two aides, a move that would force a vote.": an indefinite noun phrase
    after the source that is no clause's subject, with every finite verb after it inside its own
    relative or noun clause, sums up the clause before (the writer's comment), not what was said."""
    if len(rest) < 2 or rest[0].lower_ not in ("a", "an"):
        return False
    head = rest[0].head
    if pos_of(head) != "NOUN" or head.dep_ in ("nsubj", "nsubjpass") or head.i < rest[0].i:
        return False
    own = {t.i for t in head.subtree}
    return all(t.i in own for t in rest if t.tag_.startswith(_FINITE_TAGS))


# words opening a part joined to, or set against, the clause before "according to X"
_JOINED_AFTER = _CONCESSIVE | {"and", "but", "yet", "despite"}


def joined_after(doc, a0: int, a1: int) -> bool:
    """ "Sales rose 5%, according to Velt, but profits fell.", "..., according to X, although ...",
    "..., according to X, and B", "..., according to X, as people wait": the clause before "according to X" is whole (a finite verb) and
    what follows opens with a word that joins another part to it or sets one against it. The source
    surely gives the clause before; the part after may be the writer's own, never the claim alone."""
    rest = [t for t in doc[a1:] if not t.is_punct]
    opener = bool(rest) and (
        rest[0].lower_ in _JOINED_AFTER or (rest[0].dep_ == "mark" and rest[0].lower_ in REASON_MARKS)
    )
    return opener and _finite(doc[:a0])


# how the phrase after ", according to X," can hang on the clause before it and finish it: a
# preposition ("..., with an estimated $9m"), an infinitive ("is set, according to X, to double"),
# an object or complement
_GOES_ON_DEPS = ("prep", "xcomp", "dobj", "attr", "acomp", "oprd")


def clause_goes_on(doc, a0: int, a1: int) -> bool:
    """ "Grobco led the chart, according to Velt, with an estimated $9m", "It is set, according
    to analysts, to double": the words after "according to X" are one phrase hung on a word of
    the clause before it, which it finishes (with no comma-free clause of its own). Not a
    participle ("..., taking its total to $9m"), nor a time ("..., on Tuesday"), nor a word
    that joins another part ("but", "despite", "as"), nor a phrase of place, time or topic ("...,
    in an interview with X", "..., at a meeting in Velt": where the source spoke, not the claim)."""
    rest = [t for t in doc[a1:] if not t.is_punct]
    if not rest or rest[0].lower_ in _JOINED_AFTER | _RELATIVE or rest[0].tag_ == "VBG" or rest[0].dep_ == "mark":
        return False
    top = rest[0]
    while a1 <= top.head.i != top.i:
        top = top.head
    if top.head.i >= a0 or top.head.i == top.i or top.dep_ not in _GOES_ON_DEPS or top.tag_ == "VBG":
        return False
    if top.dep_ == "prep" and top.lower_ in _TOPIC_PREPOSITIONS:
        return False
    if top.right_edge.i < rest[-1].i or top.left_edge.i > rest[0].i:
        return False  # more than one phrase after it
    objects = [c for c in top.children if c.dep_ == "pobj"] if top.dep_ == "prep" else []
    return not any(o.lower_ in TIME_WORDS or re.fullmatch(r"(?:19|20)\d\d", o.text) for o in objects)


def opens_next_part(doc, a0: int) -> bool:
    """ "... and, according to X, rise to 9%", "a site that, according to X, let ...": a conjunction
    or relative word right before "according to X" joins it to what follows, not to the clause before."""
    return a0 >= 2 and doc[a0 - 1].text == "," and doc[a0 - 2].lower_ in ("and", "but", "or", "that", "which", "who")


def subject_of_next_part(doc, a0: int, a1: int) -> tuple[int, int] | None:
    """ "Grobco sells bikes and, according to Velt, is in a better position", "a bike that,
    according to Velt, is too dear": what follows "and"/"that, according to X," is a predicate
    with no subject of its own, whose subject is the first clause's (a coordinated verb) or the
    noun the relative word stands for. The token range of that subject (the relative word
    included), to open the content with; None when the part after has a subject of its own, is
    no finite predicate, or the first clause reports something itself."""
    if not opens_next_part(doc, a0):
        return None
    rest = [t for t in doc[a1:] if not t.is_punct]
    if rest and rest[0].tag_ == "RB" and len(rest) > 1:
        rest = rest[1:]  # "and, according to X, once told ...", "... now is"
    if not rest or rest[0].tag_ not in _FINITE_TAGS:
        return None
    clause = rest[0].head if rest[0].dep_ in ("aux", "auxpass") else rest[0]
    if any(c.dep_ in _SUBJECT_DEPS and c.i >= a1 for c in clause.children):
        return None  # "and, according to X, contract talks are ...": a clause of its own
    joiner = doc[a0 - 2]
    if joiner.lower_ in ("and", "but", "or"):
        first = clause.head
        if clause.dep_ != "conj" or first.i >= a0:
            return None
        subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
        if any(c.tag_ == "MD" for c in first.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in clause.children
        ):
            return None  # "Losses will be large and, according to X, climb to $3bn": the "will" is shared
        if subject is None or any(
            lemma_of(t) in REPORTING_LEMMAS and pos_of(t) == "VERB" for t in doc[subject.right_edge.i + 1 : a0]
        ):
            return None  # "X said A and, according to Y, B": the first part is a report of its own
        return subject.left_edge.i, subject.right_edge.i + 1
    noun = clause.head if clause.dep_ == "relcl" and clause.head.i < a0 - 2 else doc[a0 - 3] if a0 >= 3 else None
    if noun is None or not noun.tag_.startswith("NN"):
        return None
    start = noun.left_edge.i
    comma = next((t.i for t in reversed(doc[start : noun.i]) if t.text in (",", ";", ":")), None)
    return (comma + 1 if comma is not None else start), a0 - 1


def inserted_between(doc, a0: int, a1: int) -> bool:
    """ "Grobco, according to Tom Pell, has 30%.": "according to X" set off by commas between a
    subject with no verb of its own (doc[:a0]) and the finite verb that opens doc[a1:]."""
    rest = [t for t in doc[a1:] if not t.is_punct]
    return (
        a0 > 0
        and doc[a0 - 1].text == ","
        and doc[a1 - 1].text == ","
        and bool(rest)
        and rest[0].tag_ in _FINITE_TAGS
        and not _finite(doc[:a0])
    )


# the dependencies of a clause's subject, "there" included ("..., there were ...")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def _after_apposition(doc, a1: int, start: int) -> int:
    """ "According to Jane Holt, chief executive of Grobco, sales fell": where the content starts
    once an apposition describing the source (no verb, no date, up to the next comma) is skipped."""
    comma = next((t.i for t in doc[a1 : a1 + 14] if t.text == ","), None)
    if comma is None or comma == a1:
        return start
    segment = doc[a1:comma]
    if segment[0].lower_ in ("which", "who"):
        # "According to Grobco, which(, like its rivals,) cut rates, sales ...": its description, to
        # the comma right before the main clause's subject (the relative clause's own right edge
        # may run on into the main clause); with no subject after it, to the first comma
        subject = next((c for c in segment[0].sent.root.children if c.dep_ in _SUBJECT_DEPS), None)
        close = comma
        if subject is not None and subject.left_edge.i > comma:
            close = max(t.i for t in doc[comma : subject.left_edge.i] if t.text == ",")
        return doc[close].idx + 1 if _finite(doc[close + 1 :]) else start
    if (
        not _nominal(segment[0])
        or segment[0].lower_ in ("last", "next", "this", "that", "these", "those")
        or any(t.tag_.startswith(("VB", "MD")) or t.ent_type_ in ("DATE", "TIME") for t in segment)
        or not any(t.tag_.startswith(_FINITE_TAGS) for t in doc[comma + 1 :])
    ):
        return start
    verb = next(t for t in doc[comma + 1 :] if t.tag_.startswith(_FINITE_TAGS))
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    if not any(
        c.dep_ in _SUBJECT_DEPS and c.i > comma and doc[c.left_edge.i - 1].lower_ not in ("and", "or")
        for c in clause.children
    ):
        # "According to X, Grobco, the biggest bank, will ...": the clause's subject is in the segment
        # (or the parser left it without one, "Grobco" in apposition to X, or kept only its last
        # conjunct, "Grobco, the largest lender, and Tarko will merge"): keep it
        return start
    return doc[comma].idx + 1


_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<who>.+?)\s+as\s+saying\b")
# "Reuters reports a union source as saying ...", "The Times quotes a minister as saying ...": the
# outlet reports, the one named after the verb speaks
_REPORTS_AS_SAYING = re.compile(
    r"\b(?:quotes|quoting|reports|reported|cites|cited|citing)\s+(?P<who>[^,;:“”\"]{2,60}?)\s+as\s+saying\b"
)
# '"...," the newspaper quotes a source close to the firm.' / '..., the Times quoted an aide saying.':
# the medium before the verb reports, the one named after it speaks, the quotation before is theirs
_QUOTES_AT_END = re.compile(
    r"\b(?:quotes|quoted)\s+(?!(?:as|by|in|on|from)\b)(?P<who>[^,;:“”\"]{2,80}?)(?:\s+(?:as\s+)?saying)?\s*[.!]?\s*$"
)
_QUOTATION_THEN_MEDIUM = re.compile(r"[”\"]\s*,?\s*(?:the\s+)?[^,;:“”\"]{2,60}?\s*$")


def _medium_named_elsewhere(ctx: ArticleContext, a: int, b: int) -> list[str]:
    """'"...," Gulf Herald quoted the prince as saying': the medium the words before "quoted" name
    when the model left them untagged there, by the one entity of the article written so elsewhere
    (a medium); else nothing."""
    words = ctx.body[a:b].strip(EDGE)
    if not words[:1].isupper() or len(words.split()) > 5:
        return []
    named = ctx.named_elsewhere(words)
    return [named[1]] if named is not None and ctx.is_media(named[1]) else []


def _reported_clause_before(text: str, quoted: re.Match[str]) -> int:
    """'Talks were held last year, Reuters quoted sources as saying.': the index of the comma that
    closes the reported clause before a sentence-final "OUTLET quoted/reported X as saying", else -1
    (the content then follows the verb: "Reuters quoted X as saying that ...")."""
    if text[quoted.end() :].strip(" .!") or any(q in text[: quoted.start()] for q in OPEN_QUOTES):
        return -1
    comma = text.rfind(",", 0, quoted.start())
    if comma < 0 or not text[:comma].strip() or len(text[comma + 1 : quoted.start()].split()) > 6:
        return -1
    return comma


def _quotes_after_quote(text: str) -> re.Match[str] | None:
    """'"...," the newspaper quotes X.': the match of "quotes X" when a quotation and the medium's
    name (only) stand before it."""
    found = _QUOTES_AT_END.search(text)
    if found is None or _QUOTATION_THEN_MEDIUM.search(text, 0, found.start()) is None:
        return None
    if re.search(r"\b(?:is|was|were|are|been|be|being)\s*$", text[: found.start()]):
        return None  # "he was quoted as saying": a passive, not a medium quoting
    return found


# "X says Y, the FT reports.": a medium the article names reporting the claim, after its words
# (its kind before the name: "..., news agency Velt Press reported")
_TRAILING_REPORT = re.compile(
    rf",\s+(?:the\s+)?(?:(?:news\s+)?(?:{alternation(MEDIA_NOUNS)})\s+)?"
    r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,4})(?:reports|reported|has\s+reported)\s*$"
)


def _reporting_medium_after(draft: Draft, ctx: ArticleContext) -> tuple[int, str] | None:
    """Where in a reported (not quoted) claim's content a trailing ", the FT reports" starts, and
    the medium's id, when the words there name one medium of the article; else None."""
    if draft.direct_quote or draft.gap is not None:
        return None
    content = draft.content.rstrip()
    found = _TRAILING_REPORT.search(content)
    if found is None or not content[: found.start()].strip():
        return None
    a, b = draft.start + found.start("name"), draft.start + found.end("name")
    media = {ctx.table.outlet(m.entity_id) for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id)}
    if len(media) != 1:
        return None
    mention = next(m for m in ctx.mentions_in(a, b) if ctx.is_media(m.entity_id))
    return found.start(), mention.entity_id


_QUOTED_BY = re.compile(
    r"^(?:[\W_]*(?:But|And|However,?)\s+)?(?P<who>[^,;:“”\"]{2,80}?)\s+"
    r"(?P<verb>(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+quoted)\s+"
    r"(?:(?P<by>(?:by|in)\s+[^,;:“”\"]{2,60}?)\s+)?(?:as\s+saying|saying(?=\s*:))\s*(?:that\s+)?[,:]?\s*(?=\S)"
)  # "was quoted by the Times as saying ...", "was quoted as saying ...", "was quoted in the Herald saying: "
# "The plan will be reviewed, minister Tom Pell was quoted as saying by the Velt news agency.": a
# reported clause before the comma, the passive "quoted/reported as saying" closing the sentence (the
# quoted clause before it is shapes._QUOTED_AFTER's); who speaks holds no comma
_QUOTED_AFTER_CLAUSE = re.compile(
    r",\s+(?P<who>[^,;:“”\"]{2,80}?)\s+(?P<verb>(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:quoted|reported))\s+as\s+saying(?:\s+(?P<by>(?:by|in)\s+[^,.;:“”\"]{2,60}?))?\s*[.!]?\s*$"
)


# what joins "..., adding that" or "... - warning that" to the claim before it
# "said on Thursday it had ...", "said on Friday that ...", "said last week it would ...": the
# weekday or the week after the reporting verb dates the saying, not the statement (a date, "on 13
# March", may be the statement's own); so does it after the one written to ("wrote to
# shareholders last week the firm was ...")
_DAY = f"(?:{capitalised_alternation(WEEKDAYS)})"
# ("said last year sales fell" may date the fall: a month or a year only before "that"; so "this
# Saturday", "this weekend", "this week": "said this Saturday the march would go ahead" dates the march)
_SAID_WHEN = re.compile(
    r"\s*(?:to\s+(?:(?:the|its|his|her|their)\s+)?[\w’'-]+\s+(?=(?:on|last|this|earlier|late|yesterday)\s))?"
    rf"(?:(?:on\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:(?:late|earlier)\s+)?last\s+(?:week|weekend|night|morning|{_DAY})"
    r"|(?:(?:late|earlier)\s+)?this\s+morning|earlier\s+this\s+week"
    r"|yesterday)\s*,?\s+"
    r"(?:that\s+|(?=(?:it|he|she|they|we|the|a|an|its|his|her|their|[A-Z][\w’'-]+)\s))"
    rf"|(?:(?:late|earlier)\s+)?(?:last|this)\s+(?:month|year|week|weekend|night|{_DAY})\s*,?\s+that\s+)"
)
# "said in a statement (on Monday) (that) it ...": the occasion of saying before the clause said
_SAID_WHERE = re.compile(
    rf"\s*in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(occasions.SAID_IN)})(?:\s+on\s+{_DAY})?\s*,?\s+"
    r"(?:that\s+|(?=(?:it|he|she|they|we|there|the|its|his|her|their|[A-Z][\w’'-]+)\s+\w))"
)
_PARTICIPLE_JOINT = re.compile(r"(?:,|\s[-–—])\s$")


# verbs that also take a thing as object ("added the title", "wrote the book", "repeated the feat")
_THING_OBJECT_LEMMAS = {"add", "write", "repeat"}
# "thought to be struggling", "believed to be a coin": with a to-infinitive, reported of their subject
_PASSIVE_REPORT_LEMMAS = {"think", "believe", "understand", "estimate", "report", "consider", "know", "say"}


def _scare_quoted(doc, i: int) -> bool:
    """Whether the quotation mark at token i wraps a word or three inside a phrase ("the ability
    to “save” websites", "a “long-term” relationship"): a term marked, not words said."""
    quotes = [t.i for t in doc if t.text in OPEN_QUOTES or (t.text in CLOSE_QUOTES and t.tag_ != "POS")]
    if i not in quotes or len(quotes) % 2:
        return False
    n = quotes.index(i) // 2 * 2
    first, last = quotes[n], quotes[n + 1]
    inside = doc[first + 1 : last]
    return (
        0 < len(inside) <= 4
        and not any(t.is_punct and t.text != "-" for t in inside)
        and first > 0
        and not doc[first - 1].is_punct
        and last + 1 < len(doc)
        and not doc[last + 1].is_punct
    )


def _thing_object(doc, verb) -> bool:
    """The verb's object is a thing, not words: a common noun, a number or a word the tagger took for
    an adjective ("added 2p a litre", "added 1.5p", "added a third", "is adding captioning"), or a
    name put "to" something ("added Storm to its list"); with no clause (a purpose infinitive aside:
    "added 2% to reach a high"), no quotation or colon in the sentence and no "that" after the verb
    (which could hold the words; "that year" aside)."""
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod")]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj")]
    if verb.dep_ == "parataxis" or any(
        not (c.dep_ == "xcomp" and objects and objects[0].i < c.i and c.left_edge.lower_ == "to") for c in clauses
    ):
        return False
    if any(
        ((t.text in OPEN_QUOTES or (t.text in CLOSE_QUOTES and t.tag_ != "POS")) and not _scare_quoted(doc, t.i))
        # (not the apostrophe of "Baros' pass", nor the marks of a term: "added the ability to “save”")
        or t.text == ":"
        or (t.lower_ == "that" and t.dep_ != "det" and t.i > verb.i)
        for t in doc
    ):
        return False
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 1].head.i == verb.i:
        # "has added to speculation", "added to the tally", 'added to pressure on the "big four"
        # banks' (a term's marks); for "write" not with any quotation, a term's marks included
        # ('has written to the board accusing X of a "flagrant breach"': the letter's words)
        if lemma_of(verb) != "add" and any(
            t.text in OPEN_QUOTES or (t.text in CLOSE_QUOTES and t.tag_ != "POS") for t in doc
        ):
            return False
        return doc[verb.i + 1].dep_ == "prep"
    if not objects:
        return False
    if any(c.dep_ == "conj" and c.i > verb.i for c in verb.children) and not any(
        c.dep_ == "cc" and c.i > verb.i for c in verb.children
    ):
        return False  # "he added some projects, such as X, were doing well": a clause, "that" left out
    head = objects[0]
    if head.lower_ in SPEECH_OBJECTS:
        return False
    if head.tag_ in ("NN", "NNS", "CD") or head.text[:1].isdigit() or (head.tag_ == "JJ" and head.dep_ == "dobj"):
        return True
    return head.tag_ == "NNP" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > head.i for c in verb.children)


_NEW_THING_WORDS = {"a", "an", "another", "several", "some", "new", "fresh", "further", "more"}
_NEW_THING_WORDS |= {"this", "these", "latest"}  # "announced this latest research boost"
_NEW_THING_WORDS |= {"its", "their", "his", "her"}
_NEW_THING_WORDS |= {"few", "no", "little"}  # "revealed few details about the film": nothing made known
_STANCE_NOUNS = {"support", "backing", "opposition", "objection", "objections", "approval", "disapproval"}


def _announced_thing(doc, verb) -> bool:
    """ "announced a new album", "announced 200 job cuts", "announced their plans", "announced oil
    finds": the object is a new thing made known (an indefinite, bare plural, counted or possessed
    noun), with no clause, quotation or colon after the verb that could hold the words (not
    "announced the closure of the plant"); a relative clause on the thing holds none ("announced a
    list of 12 films that will be ...")."""
    if verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") for c in verb.children):
        return False
    if any(
        ((t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES) and not _scare_quoted(doc, t.i))
        or t.text == ":"
        or (t.lower_ == "that" and not (t.tag_ == "WDT" and t.head.dep_ == "relcl"))
        for t in doc[verb.i :]
    ):
        return False  # (the marks of a term aside: "announced a “long-term” deal")
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.tag_ not in ("NN", "NNS") or obj.lower_ in _STANCE_NOUNS:
        return False  # "announced their support for the plan": a stance stated
    if obj.tag_ == "NNS" and not any(
        (c.i < obj.i and c.dep_ in ("det", "poss", "predet"))
        or (c.dep_ == "prep" and c.lower_ == "of")
        or c.dep_ in ("relcl", "acl")
        for c in obj.children
    ):
        # "announced significant oil finds", "announced job cuts": an indefinite plural; not an act
        # with its object ("announced purchases of arms", as "the closure of the plant"), nor one
        # with a clause of its own ("announced plans that would cut jobs", "proposals to raise fees")
        return True
    return any(
        c.i < obj.i and (c.lower_ in _NEW_THING_WORDS or c.dep_ == "nummod" or c.tag_ == "CD") for c in obj.children
    )


# the words of a sum when the model tags no money ("pledged billions of dollars")
_SUM_WORDS = {w + "s" for w in ILLION_WORDS}


def _pledged_sum(doc, verb) -> bool:
    """ "pledged billions of dollars for roads", "has promised them about £8.1bn", "announced £264m
    for health": a sum promised or given, with no clause, quotation, colon or "that" after the verb
    that could hold words; a turn of the speaker's that states nothing."""
    if verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") for c in verb.children):
        return False
    if any(
        t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == ":" or t.lower_ == "that" for t in doc[verb.i :]
    ):
        return False
    return any(
        c.dep_ == "dobj"
        and c.i > verb.i
        # (the sum is the object itself, not a figure inside it: "announced proposals to raise fees by £2,000")
        and (c.ent_type_ == "MONEY" or c.lower_ in _SUM_WORDS or any(t.tag_ == "$" for t in c.doc[c.left_edge.i : c.i]))
        for c in verb.children
    )


def _reported_result(doc, verb) -> bool:
    """ "has reported a 60% rise in profit", "reported a loss of $38m": "report" with a figure as its
    object and no clause, quotation or colon after it that could hold words (not "reported that
    profit rose", nor "customers reported damage to their homes": a noun of no result). Not inside
    another's reported words ("X said prices rose and Y reported a rise of 2%"), whose content it ends."""
    if verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") for c in verb.children):
        return False
    if any(lemma_of(t) in REPORTING_LEMMAS for t in verb.ancestors):
        return False
    if any(
        t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == ":" or t.lower_ == "that" for t in doc[verb.i :]
    ):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and obj.tag_ in ("NN", "NNS") and obj.lower_ in RESULT_MEASURES


# what a side or a person is denied, never words denied: "to deny Tarlow space", "denied them victory"
_REFUSED = {
    "space", "room", "time", "victory", "win", "chance", "chances", "opportunity", "opportunities", "goal",
    "goals", "point", "points", "possession", "access", "entry", "bail", "asylum", "visa", "visas",
}  # fmt: skip


def _person_object(ctx: ArticleContext, doc, verb, offset: int) -> bool:
    """ "denied the England striker", "denied Rooney", "denied Vell with a fine save", "to deny Tarlow space":
    a person or a side denied something, no denial made."""
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ == "dobj"]
    if not objects or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    head = objects[0]
    if head.lower_ in _REFUSED and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return True  # not "denied the possession of arms"
    if head.tag_.startswith("NNP") and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.tag_ in ("NN", "NNS") for g in c.children)
        for c in (*verb.children, *head.children)
    ):
        return True  # "denied Vell with a fine save": a name stopped by a deed
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and _main_line(t, verb) for t in doc[head.right_edge.i + 1 :]):
        return False  # "denied Mr Yeo, his deputy, said the plans were dead": "that" left out
    if head.lower_ in PLAYER_ROLES or head.lower_ in PERSON_PRONOUNS | {"him", "her", "them"}:
        return True
    mention = ctx.mention_at(offset + head.idx)
    return mention is not None and mention.label == "PERSON" and not any(c.dep_ == "case" for c in head.children)


def _main_line(token, verb) -> bool:
    """`token` hangs on `verb` (or the root) through no subordinate clause ("..., after his song
    stormed to the top", "while X cleared"): it could be the verb of an object clause."""
    node = token
    for _ in range(12):
        if node.dep_ in ("advcl", "relcl", "acl", "pcomp", "pobj") or any(c.dep_ == "mark" for c in node.children):
            return False
        if node.i == verb.i or node.head.i == node.i:
            return True
        node = node.head
    return True


def _past_taken_for_passive(verb) -> bool:
    """ "Others thought to be in the running include X", "Its Velt field, thought to contain a
    billion barrels, will open": a participle the parser took for a past tense, its noun for the
    subject and the sentence's own verb for a clause of it; the to-infinitive right after the verb,
    no auxiliary, a noun (no pronoun) before and a finite verb of that noun's after the infinitive.
    Never "said" ("Velt said to wait until May" may be said), a pronoun's ("he thought to ask") nor
    one with no verb after the infinitive ("Analysts estimated to the penny ...")."""
    if verb.tag_ != "VBD" or verb.lower_ == "said" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or pos_of(subject) not in ("NOUN", "PROPN") or subject.lower_ in PERSON_PRONOUNS:
        return False
    step = verb.i + 1
    while step < len(verb.doc) and verb.doc[step].dep_ == "advmod":
        step += 1
    infinitive = verb.doc[step].head if step < len(verb.doc) and verb.doc[step].lower_ == "to" else None
    if infinitive is None or infinitive.dep_ != "xcomp" or infinitive.head.i != verb.i:
        return False
    return any(
        c.dep_ in ("ccomp", "conj")
        and c.i > infinitive.right_edge.i
        and (c.tag_ in _FINITE_TAGS or any(g.dep_ == "aux" and g.tag_ in _FINITE_TAGS for g in c.children))
        for c in verb.children
    )


def _to_infinitive(verb) -> bool:
    """ "With X thought to be ...", "a missile, believed to be a coin": a participle or a clause
    opened by "with", a to-infinitive and no object (not "X said to cut rates the bank must ...")."""
    comma_joined = (
        verb.dep_ == "conj"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )  # "hit by a missile, believed to be a coin", parsed as a verb joined to the sentence's
    if _past_taken_for_passive(verb):
        return True
    if verb.tag_ != "VBN" and verb.dep_ not in ("acl", "advcl") and not comma_joined:
        return False
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve") for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


_CONDITION_WORDS = {"if", "unless", "until", "once", "when", "whenever", "where"}
_INNER_QUOTE = re.compile(r"\s*[,:]?\s*[‘']")


def as_clause_before(verb) -> bool:
    """Whether `verb` heads a clause opened by "as" before the clause it belongs to ("as X said,
    ..."): the shape of an aside, which `parsed._as_aside` narrows (its verbs, its marks, its
    subject) and `_imagined_speech` reads as stating what was said."""
    first = verb.left_edge
    return verb.dep_ == "advcl" and first.lower_ == "as" and first.dep_ == "mark" and verb.i < verb.head.i


def _imagined_speech(verb) -> bool:
    """Within someone's quoted words, a reporting verb whose saying is imagined or reported on by
    the quoted speaker: in a clause of a verb with a modal ("he will stand up and say", "he will
    come to the point where he says"), under a condition ("when the boss says 'jump'"), or a
    pronoun's words quoted inside the quotation ("he says, 'I regret ...'"), whose "he" is not
    the last speaker."""
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in _CONDITION_WORDS and c.i < verb.i for c in verb.children):
        return True
    node = verb
    # an "as X said," aside states what was said whatever the clause it sets off (after it) will
    # or may do; one after that clause looks back on it ('"We will win, as X said," Y said')
    for _ in range(0 if as_clause_before(verb) else 5):
        if node.head.i == node.i or (node is not verb and lemma_of(node) in REPORTING_LEMMAS):
            break
        node = node.head
        if any(c.dep_ == "aux" and modal(c) for c in node.children):
            return True
    subject = _subject(verb)
    return (
        subject is not None
        and subject.lower_ in PERSON_PRONOUNS | {"they"}
        and _INNER_QUOTE.match(doc_text(verb.doc), verb.idx + len(verb)) is not None
    )


def _names_listed_after(doc, comma: int) -> int | None:
    """ "by Grobco, Pell Research and Tanner Ltd sales rose": where a list of names that the comma at
    `comma` goes on ("Pell Research and Tanner Ltd", "A, B or C") ends, else None."""

    def name_end(i: int) -> int:
        k = i
        while k < len(doc) and (pos_of(doc[k]) == "PROPN" or (k > i and doc[k].text in ("&", "/", "-"))):
            k += 1
        return k

    k = name_end(comma + 1)
    while k > comma + 1 and k < len(doc) and doc[k].text == ",":
        nxt = name_end(k + 1)
        if nxt == k + 1:
            return None
        comma, k = k, nxt
    if k == comma + 1 or k >= len(doc) or doc[k].lower_ not in ("and", "or"):
        return None
    end = name_end(k + 1)
    if end == k + 1 or (end < len(doc) and (doc[end].tag_ in _FINITE_TAGS or pos_of(doc[end]) == "AUX")):
        return None  # "according to Tom Pell, Grobco and Tanner are ...": the names are the clause's subject
    return end
