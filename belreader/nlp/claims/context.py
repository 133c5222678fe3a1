"""ArticleContext: what the article says of its people, organisations, documents and media, read
once from its mentions and added to as claims are found (the last speaker, the authors of
documents), which the extractors ask to resolve a speaker; with the checks of another nation or
country named beside a person."""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from belreader.nlp import occasions
from belreader.nlp.aliases import EntityTable, normalise
from belreader.nlp.backend import lemmatizer_tables
from belreader.nlp.claims.spans import Draft, _inside_quote, paragraph_number, split_sentences
from belreader.nlp.claims.vocabulary import (
    _AGE,
    _APPOSITION_STOPS,
    _ARTICLE_BEFORE,
    _BESIDE,
    _BROADCAST_NAME,
    _COPULA_AFTER,
    _COUNTRIES,
    _DESCRIBED_OUTLET,
    _FOR_THE_ORGANISATION,
    _HEAD_KINDS,
    _HONORIFIC_WORDS,
    _MEDIA_NAME,
    _MEDIA_NOUN_AFTER,
    _MEDIA_NOUN_BEFORE,
    _NAME_WHO,
    _NOT_BEFORE_SUBJECT,
    _NOUN_PHRASE_OPENERS,
    _OBJECT_BEFORE,
    _OFFICE_SUBJECT,
    _OPENER_HEADS,
    _PASSIVE_BY,
    _PRESS_NAME,
    _REDUCED_PASSIVE_BY,
    _RELATION_NOUNS,
    _SPEECH_ACT,
    _STANCE_FRAMES,
    _TIE_WORDS,
    _TITLE_HEADS,
    _TITLE_QUALIFIERS,
    _TITLE_SYNONYMS,
    _UNNAMED_OPENER,
    BUSINESS_HEADS,
    CANDIDATE,
    COMPANY_HEADS,
    CONSTITUENCY_MEMBER,
    COUNTRY_OF,
    DEMONYMS,
    DOCUMENT_NOUNS,
    EDGE,
    FEMALE_WORDS,
    JUDGE_SITTING,
    JUDGE_SITTING_QUALIFIERS,
    MALE_WORDS,
    NAMED_BODY_HEADS,
    OPEN_QUOTES,
    OUR_REPORTER,
    POSSESSIVE_PRONOUNS,
    ROLE_NOUNS,
    SENTENCE_BOUNDARY,
    SENTENCE_OPENERS,
    SHARES_IN,
    TOLD_FORMS,
    TOPIC_HEADS,
    TURNING_OPENERS,
    _media_modifiers,
    _person_like_name,
    _thing_apposition,
    answers_back,
    long_title,
    looks_like_a_person,
    person_description,
    title_before,
)
from belreader.nlp.kinds import BODY_NAME_ENDS, KIND_COMPOUNDS, written_with_article_only
from belreader.nlp.offices import PAST_HOLDER_WORDS, SUBJECT_OFFICES, TITLE_QUALIFIERS
from belreader.nlp.people import (
    GENDER_WORDS,
    JOB_TITLES,
    KIN_WORDS,
    NATIONALITIES,
    TITLE_WORDS,
    gender_of,
    honorific_before,
    is_person_noun,
    noun_gender,
    pronoun_gender,
    split_name,
    strip_titles,
    untagged_name,
    word_before_name,
)
from belreader.nlp.people import ROLE_NOUNS as PEOPLE_ROLE_NOUNS
from belreader.nlp.records import Mention
from belreader.nlp.sources import (
    BROADCAST_KINDS,
    MEDIA_NAME_WORDS,
    MEDIUM_KINDS,
    MEDIUM_SERVICE_WORDS,
    PRESS_NOUNS,
    alternation,
)

# a narration sentence opening (after a phrase set off by a comma) with a definite description as
# its subject: "After the war, the Velt president showed ..." (`described_person_before`)
_DESCRIBED_PERSON_OPENER = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[^,;:“”\"]{1,200},\s+)?"
    r"(?P<phrase>[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))\s+(?!(?:of|for|in|at|on|to|with|from|by|and|or|who|whose|which|that)\b)[a-z]+\b"
)
# a person's role noun right before a one-word name ("Velt midfielder Edo", "the singer Mava"): a
# sign beyond the model's tag that the name is a person's (`ArticleContext.role_named`); never a
# people's word ("the Brazilian Edo" may be a firm)
_ROLE_BEFORE = re.compile(
    rf"\b(?:{alternation(re.escape(w) for w in (PEOPLE_ROLE_NOUNS - NATIONALITIES) | JOB_TITLES if ' ' not in w)})\s+$",
    re.IGNORECASE,
)

# a document or text named between an organisation and a pronoun (`organisation_it`'s check): one
# compiled alternation, not a pattern a word
_DOCUMENT_WORD = re.compile(rf"\b(?:{'|'.join((*DOCUMENT_NOUNS, *sorted(occasions.AUTHORED_TEXTS), 'answer'))})\b")
# a word of kin or role right before a person's name, at most a comma between ("her father, Murray",
# "spokeswoman Ann Bell"): their gender; not "the wife of Tom Pell"
_KIN_BEFORE = word_before_name(FEMALE_WORDS | MALE_WORDS)
# ... nor a kin word set off by a comma at the end of a preposition's phrase ("Standing beside his
# wife, Sasha Kovalenko said"): someone other than the name
_KIN_IN_PHRASE = re.compile(
    r"\b(?:beside|alongside|with|without|after|for|behind|near|by|to|from|like)\s+(?:(?:his|her|their|a|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a capitalised word right after a body's name, which makes a longer name: a part of the body
# ("NHS England", "Velco UK")
_NAME_AFTER = re.compile(r" [A-Z][\w-]*\b")
# "an Ohio-based retailer", "the New York-based bank": a place a description ties a body to
_PLACE_BASED = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\b")
# a name's apposition (", a British bank,"), and the words that end the modifiers written just
# before a name ("travel to Israel for Bayern Munich")
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+([^,.;]{1,60})")
_LINK_WORDS = frozenset({"to", "for", "in", "at", "of", "from", "by", "with", "and", "on", "against", "as", "than"})
# "told Radio Tarko." after a quotation, "told Tarko Live: "...": a name told words, with no "the"
_TOLD_BARE = re.compile(rf"\b(?:{TOLD_FORMS})\s+$")
_COLON_QUOTE_AFTER = re.compile(r"\s*:\s*[\"“]")
_PERIOD_AFTER = re.compile(r"\s*\.(?:\s|$)")
_CHANNEL_ACRONYM = re.compile(r"[A-Z0-9]{1,5}TV")  # a channel's name written as one acronym
# "the Dutchman", "the veteran defender": a definite description, by its last word
_DEFINITE_PERSON = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?([A-Za-z][a-z-]+)\b(?![\w'’-])")
# what makes a description after a name the name's own: "Tom Pell, the Dutchman, ...", "Pell is
# the best defender", "Pell became the first Dutchman to ..."
_SELF_DESCRIBED = re.compile(
    r"\s*(?:,|['’]|(?:[a-z]+\s+){0,2}(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained)\b)"
)
# "... but Harbour Tennis' Mark Dale rejected": a conjunction opening a clause of its own and at
# most three words of title or possessive organisation before its subject's name
_CLAUSE_JOIN = re.compile(r"\b(?:but|while|whereas|yet)\s+((?:[\w’'-]+\s+){0,3})$")
# the verb by which a later clause's subject takes over what the speaker had ("but Mr Dorn is
# taking over", "but Y will lead it"): the topic may pass to them, not by a past deed ("but Y left")
_TAKES_OVER = re.compile(
    r"\s+(?:(?:is|are|will|would|now|has|have|to|be)\s+){0,3}"
    r"(?:tak(?:es|ing|e)\s+(?:over|(?:[\w’'-]+\s+){0,2}(?:role|job|post|place|helm|reins|charge))|"
    r"step(?:s|ping)?\s+in|succeed(?:s|ing)?|replac(?:es|ing|e)|lead(?:s|ing)?|chair(?:s|ing)?|run(?:s|ning)?)\b"
)
_QUOTE_CLOSED_BEFORE = re.compile(r"[,?!][\"”]\s")
# the shapes a paper's name (PRESS_NAME_ENDS) stands in only as an outlet, "the" or not (wire,
# translated and South Asian copy: "told Minsk Times, a weekly", "Tarbury Herald reported on Monday
# that ...", "in an interview with Velton Times", "wrote in Velton Times"), where a firm or a postal
# service of the same shape ("Canada Post said", "American Express") does not stand
_PRESS_NOUN_APPOSED = re.compile(
    rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(PRESS_NOUNS)})"
    r"(?:\s*[,.;)]|\s+(?:in|from|published|based|owned|run|that|which)\b)"
)
_OUTLET_PHRASE_BEFORE = re.compile(
    r"\b(?:an?\s+interview\s+with|(?:wrote|writing|writes|write)\s+in|quoted\s+by)\s+$",
    re.IGNORECASE,
)
_REPORTED_THAT_AFTER = re.compile(r"\s+report(?:ed|s)\s+(?:(?:on|last|this)\s+\w+\s+)?that\s+(?!its?\b)")
# the paper's words a postal service's or a firm's name ends in too ("Canada Post", "American
# Express"): "X reported that ..." is how business copy gives such a firm's own results, no outlet's
_FIRM_PRESS_ENDS = ("Post", "Express")
# what may follow a name that ends its noun phrase ("in an interview with Velton Times, ...", "told
# Minsk Times on Monday"): punctuation, the end, or a word that opens no noun of the name's own ("told
# Canada Post workers", "an interview with Deutsche Post staff": the workers' and staff's firm)
_NAME_PHRASE_ENDS = re.compile(
    r"\s*(?:$|[,.;:?!)\"”]|(?:in|on|at|that|last|this|about|from|for|and|but|earlier|yesterday|today)\b)"
)


# a body a person's bare title may belong to ("committee", "his Velby side", "of the union's fund"),
# regex alternation (one for `_OTHER_BODY` and `_BODY_AHEAD`)
_BODY_NOUNS = alternation(BODY_NAME_ENDS | {"union", "side", "team", "board", "squad"})
_OTHER_BODY = re.compile(rf"\b({_BODY_NOUNS})\b", re.IGNORECASE)
# what ties a body after a name to that person: "his ... side", "of the union's pension fund"
# a named person's kin before a name ("Ann Bell's brother and agent Tom Pell"): introduced by the tie
_NAMED_KIN_BEFORE = re.compile(rf"\b[A-Z][\w-]*['’]s\s+(?:{alternation(KIN_WORDS)})\b(?:\s+[\w-]+){{0,3}}\s+$")
_TIED_BODY = re.compile(r"\b(?:his|her|their|of|at)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# a body whose title a name's bare title is: "the committee, led by chairman Jo Bell"
_BODY_AHEAD = re.compile(
    rf"\b({_BODY_NOUNS})"
    r"(?:['’]s\s+|,\s+(?:(?:led|chaired|headed|run)\s+by\s+)?|\s+(?:led|chaired|headed|run)\s+by\s+)"
    r"(?:its\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


# "the" and where a body is based, before its name: "the Tarbury-based" (Grobco group)
_THE_BASED = re.compile(r"(?i:the)(?:\s+[A-Z][\w.’'-]*-based)?")


@dataclass
class ArticleContext:
    """What claim extraction needs to know about the article, and its running state."""

    article_id: str
    body: str
    mentions: list[Mention]
    table: EntityTable
    # who spoke, in order: (speaker text, person id or None for an unnamed "a spokesman", end of
    # the sentence where they spoke, gender of an unnamed speaker's description)
    speakers: list[tuple[str, str | None, int, str | None]] = field(default_factory=list)
    pending: list[Draft] = field(default_factory=list)  # claims of the sentence being read
    contents: list[tuple[int, int]] = field(default_factory=list)  # content spans of claims so far
    _starts: list[int] = field(default_factory=list)
    last_group: tuple[str, str] | None = None  # the last organisation that spoke, for "they"
    last_group_at: int = -1
    _genders: dict[str, str | None] = field(default_factory=dict)
    _media_names: dict[str, bool] = field(default_factory=dict)
    _titles: dict[str, set[str]] | None = None  # person id -> the words of the titles the article gives them
    _phrases: dict[str, list[set[str]]] | None = None  # person id -> each title the article writes with the name
    _titled_many: bool = False  # whether the last titled() found the title given to several people
    # every claim so far: (end of its sentence, speaker text, speaker id)
    turns: list[tuple[int, str, str | None]] = field(default_factory=list)
    documents: dict[str, str] = field(default_factory=dict)  # "report" -> the id of who published the report named last
    authors: dict[str, set[str]] = field(default_factory=dict)  # "report" -> every author the article gives one
    author_at: dict[str, int] = field(default_factory=dict)  # "report" -> where the article first gives its author
    # (speaker text, end of sentence) of an unnamed speaker -> the organisation they speak for
    speaks_for: dict[tuple[str, int], str] = field(default_factory=dict)
    # (speaker text, end of sentence) of a speaker named but left without an entity ("Ubbo Fanne")
    untagged: set[tuple[str, int]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        # people named inside quotations are not who "he" or "she" refers to
        self.contents = [(m.start(), m.end()) for m in re.finditer(r"“[^”\n]*”", self.body)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for mention in self.mentions[lo:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                out.append(mention)
        return out

    def mention_at(self, offset: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def gender(self, entity_id: str) -> str | None:
        """ "m", "f" or None for a person of the article (honorifics, a word of kin or role right
        before a mention: "her father, Murray", then first names)."""
        if entity_id not in self._genders:
            names, honorifics, kin = [], [], []
            for mention in self.mentions:
                if mention.entity_id == entity_id:
                    names.append(mention.text)
                    honorifics.append(split_name(mention.text)[0] or honorific_before(self.body, mention.start) or "")
                    found = _KIN_BEFORE.search(self.body, max(0, mention.start - 20), mention.start)
                    if found and not (
                        "," in found.group(0)
                        and _KIN_IN_PHRASE.search(self.body, max(0, found.start("word") - 30), found.start("word"))
                    ):
                        kin.append("f" if found.group("word").lower() in FEMALE_WORDS else "m")
            entry = self.table.entry(entity_id)
            if entry is not None and entry.label == "PERSON":
                names += [entry.name]
            self._genders[entity_id] = gender_of(names, [h for h in honorifics if h], kin)
        return self._genders[entity_id]

    def fits(self, entity_id: str, pronoun: str) -> bool:
        wanted = GENDER_WORDS.get(pronoun)
        found = self.gender(entity_id)
        return wanted is None or found is None or found == wanted

    def _people_between(self, start: int, end: int, subjects: bool = False) -> list[tuple[str, str]]:
        """(text, id) of the people named in body[start:end] outside quoted claims, last first;
        with `subjects`, only those named at the start of a sentence (who "he" most likely is)."""
        out = []
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        for mention in reversed(self.mentions[lo:hi]):
            if mention.label != "PERSON" or any(a <= mention.start < b for a, b in self.contents):
                continue
            if subjects and not self.opens_sentence(mention.start):
                continue
            if subjects and _inside_quote(self.body, self.paragraph_start(mention.start), mention.start):
                continue  # '"X is having a go at us," he said': quoted words are no narration's subject
            out.append((mention.text, mention.entity_id))
        return out

    def inside_quote(self, offset: int) -> bool:
        """Whether `offset` lies inside a quotation opened in its paragraph, straight or curly."""
        return _inside_quote(self.body, self.paragraph_start(offset), offset)

    def opens_sentence(self, offset: int) -> bool:
        """Whether at most three words (titles, "But", "Mr") stand between a sentence start and
        `offset`, none of them a pronoun or a verb ("He portrayed Mr X" is no sentence about X)."""
        words = self.sentence_words_before(offset)
        if [w.lower() for w in words[-2:]] == ["according", "to"] and len(words) <= 3:
            return True  # "According to X, ...": X is the source the sentence is about
        if self._stance_frame(words, offset):
            return True  # "For analyst X, ...", "In X's view, ...": X holds the opinion that follows
        if _thing_apposition(words):
            return False  # "The film, A Quiet Story, chronicles ...": the name is the film's
        if words and words[-1].lower() in POSSESSIVE_PRONOUNS:
            return False  # "Vell and his Leeds band have ...": a name right after "his" modifies a noun
        if words and words[-1].endswith(",") and len(words) <= 4 and not words[0].endswith(","):
            return True  # "Speaking in court, Mr X ...": the subject after an opening phrase
        if 3 < len(words) <= 6 and long_title(words):
            return True  # "Lord of the Rings director X has said", "Veteran US television host X is"
        return len(words) <= 3 and not any(
            w.lower() in _NOT_BEFORE_SUBJECT or w.lower().endswith(("ed", "ing")) for w in words
        )

    def sentence_words_before(self, offset: int) -> list[str]:
        """The words of `offset`'s sentence before it (at most 80 characters back)."""
        head = self.body[max(0, offset - 80) : offset]
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(head)]
        return head[ends[-1] if ends else 0 :].split() if ends or offset <= 80 else head.split()

    def _stance_frame(self, words: list[str], offset: int) -> bool:
        """Whether the sentence opens with a frame that gives the opinion after it to the person
        named at `offset` ("For Jupiter analyst X, ...", "But according to X, ...", "In the view
        of X, ...", "In X's view, ..."), `words` being the words before the name: that person is
        whom the sentence is about and whom a "he said" after it continues with. Only a frame
        of a title and the name closed by a comma (an apposition may stand between: "For X, a
        director at Y, ..."); "For X's sake", "for years X" are no frames."""
        lowered = [w.lower() for w in words]
        if lowered[:1] in (["but"], ["and"], ["yet"], ["so"], ["however,"]):
            lowered, words = lowered[1:], words[1:]
        frame = next((len(f) for f in _STANCE_FRAMES if tuple(lowered[: len(f)]) == f), None)
        if frame is None:
            return False
        title = words[frame:]
        if len(title) > 4 or not all(
            w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in PEOPLE_ROLE_NOUNS for w in title
        ):
            return False  # "For years the firm's X ...": not a title before the name
        name = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", self.body[offset : offset + 80])
        if name is None:
            return False
        after = self.body[offset + name.end() : offset + name.end() + 12]
        if lowered[:1] == ["in"] and frame == 1:
            return re.match(r"['’]s\s+(?:view|opinion|eyes|mind),", after) is not None
        return after.startswith(",")

    def person_named(self, phrase: str) -> tuple[str, str] | None:
        """ "Mr Balls" where the model missed the name: the one person of the article with that surname."""
        honorific, core = split_name(phrase.strip(EDGE))
        words = core.split()
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            return None
        surname = normalise(words[-1])
        if self.body_named_by_tail(words):
            return None  # "Miner Highland Gold" with a "Barrick Gold" in the article: the firm's name, no surname
        found = {
            m.entity_id for m in self.mentions if m.label == "PERSON" and normalise(m.text).split()[-1:] == [surname]
        }
        return (phrase.strip(EDGE), found.pop()) if len(found) == 1 else None

    def body_named_by_tail(self, words: list[str]) -> tuple[int, str] | None:
        """(how many words, its id) of the one organisation or place of the article whose whole
        name (two words or more) closes `words` ("Miner Highland Gold", "Highland Gold" a firm named
        elsewhere); else None. Its last word is then no surname of a person (a "Barrick Gold" the
        model took for one)."""
        for k in range(min(len(words), 4), 1, -1):
            key = normalise(" ".join(words[-k:]))
            found = {m.entity_id for m in self.mentions if m.label in ("ORG", "PLACE") and normalise(m.text) == key}
            if len(found) == 1:
                return k, found.pop()
        return None

    def paragraph_start(self, offset: int, back: int = 0) -> int:
        """Where the paragraph holding `offset` starts, or the one `back` paragraphs before it."""
        start = self.body.rfind("\n", 0, offset) + 1
        for _ in range(back):
            if start <= 0:
                return 0
            cut = start - 1
            while cut > 0 and self.body[cut - 1] == "\n":
                cut -= 1
            start = self.body.rfind("\n", 0, cut) + 1
        return start

    def sentence_end(self, offset: int) -> int:
        found = SENTENCE_BOUNDARY.search(self.body, offset)
        return found.start() if found else len(self.body)

    def _speaker_fits(self, speaker: tuple[str, str | None, int, str | None], pronoun: str) -> bool:
        text, entity_id, _, gender = speaker
        if entity_id is not None:
            return self.fits(entity_id, pronoun)
        wanted = GENDER_WORDS.get(pronoun)
        return wanted is None or gender is None or gender == wanted

    def resolve_pronoun(self, offset: int, pronoun: str = "he", at: int | None = None) -> tuple[str, str | None] | None:
        """he/she: the one person it can be, else None (a wrong speaker is worse than none).

        `offset` is the start of the pronoun's sentence, `at` the pronoun itself. In order:
        - a person who spoke earlier in the same sentence ("X denied it - he says ...");
        - the last speaker the pronoun fits (an unnamed "spokesman" too, then without id), if no
          other person it fits became the subject of a sentence since (if exactly one did, that
          one), and, when they spoke in an earlier paragraph, no other person it fits was named
          since their last turn as a sentence's subject;
        - else the only fitting person named in this paragraph and the two before.
        """
        pronoun = pronoun.lower()
        at = offset if at is None else at
        for draft in reversed(self.pending):
            if (
                draft.verb_at < at
                and draft.speaker_id
                and self.is_person(draft.speaker_id)
                and self.fits(draft.speaker_id, pronoun)
            ):
                return draft.speaker, draft.speaker_id
        span = self.narration_before(offset)
        office, holder = self.office_subject(*span, pronoun) if span is not None else (False, None)
        if office:
            # "... the prime minister hailed X. And he claimed": its holder, or nobody
            return holder
        subject = self.subject_before(offset, pronoun, at)
        if subject is not None:
            return subject
        described = self.described_person_before(offset, pronoun)
        if described is not None:
            return described
        speaker = next((s for s in reversed(self.speakers) if self._speaker_fits(s, pronoun)), None)
        if speaker is not None and (speaker[0], speaker[2]) in self.untagged:
            return None  # a person named without an entity spoke last: theirs, shown as nobody's
        if speaker is not None:
            text, speaker_id, spoke_at, gender = speaker
            subjects = {
                eid: (t, eid)
                for t, eid in self._people_between(spoke_at, offset, subjects=True)
                if self.fits(eid, pronoun) and eid != speaker_id
            }
            if subjects and not self._retaken(speaker_id, spoke_at, offset):
                # someone else became the topic since the speaker spoke
                topic = next(iter(subjects.values())) if len(subjects) == 1 else None
                return topic if topic is not None and self.likely_person(topic[1]) else None
            if self._taken_over(speaker_id, spoke_at, offset, pronoun):
                return None  # "X led it before but Mr Dorn is taking over": maybe Dorn
            if self._unnamed_person_since(spoke_at, offset, pronoun):
                return None  # "A spokesman for Y said ... he said": maybe the spokesman, maybe not
            if self._described_just_before(offset, pronoun, speaker_id):
                return None  # "That prompted the exit of X, who ... He also accused ...": X as likely
            if self._other_described_since(speaker_id, spoke_at, offset):
                return None  # "X sold the Dutchman ... It rankles with the Dutchman. He said": not X
            introduced = self._introduced_since(spoke_at, offset, pronoun, speaker_id)
            if introduced is not None and self.likely_person(introduced[1]):
                # "One dissenting opinion came from Brian Gammage, vice-president of research at
                # Gartner. He said: ...": the one person introduced since, with a description
                return introduced
            own_words = {normalise(m.text).split()[-1] for m in self.mentions if m.entity_id == speaker_id and m.text}
            if self._untyped_subject(max(spoke_at, self.paragraph_start(offset)), offset, own_words):
                return None  # "Zvonareva has lost ..." with the name taken for a place: maybe her
            if (
                speaker_id is None
                and gender is None
                and any(
                    s[1] is not None and self._speaker_fits(s, pronoun) and s[2] >= self.paragraph_start(offset, 2)
                    for s in self.speakers
                )
            ):
                return None  # "an official" or the person who spoke just before: not settled
            if spoke_at < self.paragraph_start(offset):
                since = spoke_at
                if speaker_id is not None:  # named again as a sentence's subject: the topic again
                    for mention in self.mentions_in(spoke_at, offset):
                        if mention.entity_id == speaker_id and self.opens_sentence(mention.start):
                            since = max(since, self.sentence_end(mention.start))
                if any(self.fits(eid, pronoun) and eid != speaker_id for _, eid in self._people_between(since, offset)):
                    return None  # another fitting person was named since
            return text, speaker_id or self.speaks_for.get((text, spoke_at))
        previous, blocked = self._previous_sentence_person(offset, pronoun)
        if previous is not None or blocked:
            return previous
        fitting: dict[str, tuple[str, str]] = {}
        for text, eid in self._people_between(self.paragraph_start(offset, 2), offset):
            if self.fits(eid, pronoun):
                fitting.setdefault(eid, (text, eid))
        if len(fitting) != 1:
            return None
        (only,) = fitting.values()
        if self._named_before(offset, at, only[1]) or not any(
            m.entity_id == only[1] and not self._object_or_modifier(m)
            for m in self.mentions_in(self.paragraph_start(offset, 2), offset)
            if not any(a <= m.start < b for a, b in self.contents)
        ):
            return None  # named only in a modifier ("a Tom Pell strike") or object ("with Y"), or a name before "he"
        return only if self.likely_person(only[1]) or self.role_named(only[1]) else None

    def organisation_of(self, a: int, b: int) -> str | None:
        """The organisation an unnamed speaker body[a:b] speaks for ("A Treasury spokesman", "a
        spokeswoman for Grobco"), when the phrase names exactly one; "a spokeswoman for the
        company": the one organisation named in this paragraph and the one before. Else None (also
        for a body's part the phrase names with a name after the body's, "An NHS England
        spokesperson", "a Velco UK spokesman": the part speaks, as written, not the whole body)."""
        mentions = [m for m in self.mentions_in(a, b) if m.label == "ORG" and not self.is_media(m.entity_id)]
        if any(_NAME_AFTER.match(self.body, m.end, b) for m in mentions):
            return None
        named = {m.entity_id for m in mentions}
        if named:
            return named.pop() if len(named) == 1 else None
        if not _FOR_THE_ORGANISATION.search(self.body, a, b):
            return None
        before = {
            m.entity_id
            for m in self.mentions_in(self.paragraph_start(a, 1), a)
            if m.label == "ORG" and not self.is_media(m.entity_id)
        }
        return before.pop() if len(before) == 1 else None

    def only_organisation(self, offset: int, head: str = "") -> str | None:
        """ "the company", "the club": the one organisation (no outlet) named in this paragraph
        and the one before, before `offset`, outside quotations, that the head can name: one the
        table knows as that kind ("party", "club"), or for a business word an organisation the
        table does not know. None when there are none or several, or a place or a people is
        named in the sentence."""
        named = set()
        sentence = self.sentence_start(offset)
        for m in self.mentions_in(self.paragraph_start(offset, 1), offset):
            if any(a <= m.start < b for a, b in self.contents):
                continue
            if m.label in ("PLACE", "NORP", "GPE") and m.start >= sentence:
                return None
            if m.label != "ORG" or self.is_media(m.entity_id) or self.is_person(m.entity_id):
                continue
            if looks_like_a_person(m.text):
                return None  # "Rio Ferdinand" taken for an organisation: not a safe guess
            if self.fits_head(m.entity_id, m.text, head):
                named.add(m.entity_id)
        if len(named) > 1:
            # "Rosneft officials were unavailable. But the company has said ...": the one that
            # opens the sentence just before
            previous = self.sentence_start(max(self.paragraph_start(offset), sentence - 1))
            there = [m for m in self.mentions_in(previous, sentence) if m.entity_id in named]
            openers = {
                m.entity_id
                for m in there
                if self.names_subject(m)
                # "The singer's record label Grobco Music has ...": introduced by the head itself
                or (head and re.search(rf"\b{re.escape(head)}\s+$", self.body[max(previous, m.start - 30) : m.start]))
            }
            # ... and the only one named there ("Tesco bought a stake in Sainsbury": either)
            named = openers if previous < sentence and len({m.entity_id for m in there}) == 1 else set()
        return named.pop() if len(named) == 1 else None

    def _only_broadcaster(self, offset: int) -> str | None:
        """ "The corporation said" in a passage about a broadcaster ("The BBC's show is to move from
        BBC One to BBC Two"): the one broadcaster its channels and names give (`last_outlet`), when
        no other organisation at all is named there: a firm the table lacks ("Toshiba") or a
        programme taken for an organisation may be what "the corporation" means."""
        for m in self.mentions_in(self.paragraph_start(offset, 1), offset):
            if m.label == "ORG" and not self.is_media(m.entity_id):
                return None  # "Sony said ... told the BBC ... The corporation said": not the broadcaster
        return self.last_outlet(offset, "broadcaster")

    def fits_head(self, entity_id: str, text: str, head: str) -> bool:
        """Whether "the HEAD" (company, club, party, bank) can name the organisation `entity_id`
        written `text`: the table knows it as that kind; or, unknown to the table, a business
        word names it, or its name ends with the head ("Grobco Group"). "the bank": a name with
        "bank" in it or a company."""
        entry = self.table.entry(entity_id)
        words = text.lower().split()
        if head == "bank":
            return (len(words) > 1 and "bank" in words) or (entry is not None and entry.role == "company")
        if entry is not None:
            return entry.role in _HEAD_KINDS.get(head, {"company"}) or entry.kind in _HEAD_KINDS.get(head, ())
        if head == "corporation":
            # "the corporation" is as often a broadcaster or a public body: an organisation the
            # table lacks only when its own name says so ("Grobco Corp"), not a programme or a firm
            return any(w.strip(".,") in ("corporation", "corp") for w in words[1:])
        return head in BUSINESS_HEADS or words[-1:] == [head]

    def organisation_it(self, offset: int) -> str | None:
        """ "Tesco warned on profits. It said ...": the organisation that opens the sentence
        before (for an "It" opening its paragraph, the narration sentence closing the paragraph
        before) or is named earlier in this one, when it is the only one there and no statement,
        report or other document stands between it and "it" (what "it said" refers to as often).
        "One risk identified by Grobco was X. It said ...": the agent of a passive there, when it
        is the only organisation that sentence names."""
        sentence = self.sentence_start(offset)
        previous = self.sentence_start(max(self.paragraph_start(offset), sentence - 1))
        if previous == sentence and not self.body[sentence:offset].strip():
            # "It said" opening a paragraph: the last sentence of the one before, when narration
            narration = self.narration_before(sentence)
            previous = narration[0] if narration is not None else previous
        outside = [
            m
            for m in self.mentions_in(previous, offset)
            if m.label == "ORG" and not any(a <= m.start < b for a, b in self.contents)
        ]
        alone = len({m.entity_id for m in outside if m.start < sentence}) == 1
        found = [
            m
            for m in outside
            if not self.is_media(m.entity_id)
            and (
                self.names_subject(m)
                or (m.start >= sentence and SHARES_IN.search(self.body, max(0, m.start - 60), m.start))
                or (alone and m.start < sentence and self._agent_of_passive(previous, m))
            )
        ]
        ids = {m.entity_id for m in found}
        if len(ids) != 1 or any(looks_like_a_person(m.text) or self.is_person(m.entity_id) for m in found):
            return None
        between = self.body[found[-1].end : offset].lower()
        if any(m.label in ("PLACE", "NORP", "GPE") for m in self.mentions_in(found[-1].end, offset)) or (
            _DOCUMENT_WORD.search(between)
        ):
            return None
        return ids.pop()

    def _agent_of_passive(self, sentence: int, mention: Mention) -> bool:
        """Whether `mention` is the agent of a passive in its sentence ("The plan was criticised by
        Grobco", "Shares rose after the plan was backed by Grobco"), or of a reduced passive opening
        it ("One risk identified by Grobco was ..."), whose subject is a thing, not an organisation
        ("The bank was bought by Grobco. It said": the bank as likely)."""
        before = self.body[sentence : mention.start]
        if not (
            _PASSIVE_BY.search(before)
            or (_REDUCED_PASSIVE_BY.search(before) and _COPULA_AFTER.match(self.body, mention.end))
        ):
            return False
        return not any(w in COMPANY_HEADS or w in ("it", "its") for w in re.findall(r"[a-z]+", before.lower()))

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the sentence just before the one starting at `offset`, quotation or
        not: in its paragraph or, when that sentence opens a paragraph, the last one of the
        paragraph before; None when there is none."""
        start = self.paragraph_start(offset)
        if self.body[start:offset].strip():
            lo, hi = start, offset
        elif start > 0:
            hi = start - 1
            while hi > 0 and self.body[hi - 1] in "\n ":
                hi -= 1
            lo = self.paragraph_start(hi)
        else:
            return None
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, lo, hi) if m.end() < hi - 1]
        return (ends[-1] if ends else lo), hi

    def narration_before(self, offset: int) -> tuple[int, int] | None:
        """The sentence just before the one starting at `offset` (`sentence_before`); None when
        there is none or it opens inside or with a quotation (narration only)."""
        span = self.sentence_before(offset)
        if span is None:
            return None
        begin, hi = span
        text = self.body[begin:hi]
        if not text.strip() or text.lstrip()[:1] in OPEN_QUOTES or text.count('"') % 2 or "“" in text:
            return None
        return begin, hi

    def opens_after_phrase(self, sentence: int, offset: int) -> bool:
        """ "In the Commons, Tory MP X ...": after an opening phrase of at most five words and a
        comma, at most three words of title ("Tory MP", "Wolves chief executive") before `offset`."""
        head = self.body[sentence:offset]
        phrase, comma, title = head.rpartition(",")
        if not comma or not 1 <= len(phrase.split()) <= 5 or len(title.split()) > 3:
            return False
        if any(w.lower() in _NOT_BEFORE_SUBJECT - {"in", "on", "at", "after", "with"} for w in phrase.split()):
            return False
        if phrase.split()[0].lower() in _NOUN_PHRASE_OPENERS or title.split()[:1] in (["A"], ["An"], ["The"]):
            # "The film, A Different Story, chronicles ...": a noun phrase and its apposition,
            # not an opening phrase before a subject
            return False
        return all(w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in PEOPLE_ROLE_NOUNS for w in title.split())

    def subject_before(self, offset: int, pronoun: str, at: int, alone: bool = False) -> tuple[str, str] | None:
        """ "Songwriter Tom Pell, who has worked with Rob Lane, backed the plan. He said ...": the
        person who opens the narration sentence just before as its subject (not a possessive or a
        title's modifier: "Pell's agent", "Pell aide X"), when the pronoun fits them, they are the
        only fitting person opening it ("X and Y met": nobody), nobody else spoke in it, no fitting
        person is the agent of a passive there ("was beaten by Y") and none is named before the
        pronoun in its own sentence outside quotations. The people named later in that sentence
        (objects, relative clauses) are not who a sentence-opening "he" continues with. With
        `alone` (a description such as "the 22-year-old", which may name anyone the sentence
        names), the subject must be the only person named there at all."""
        span = self.narration_before(offset)
        if span is None:
            return None
        lo, hi = span
        people = [
            m
            for m in self.mentions_in(lo, hi)
            if m.label == "PERSON" and not any(a <= m.start < b for a, b in self.contents)
        ]
        openers = [m for m in people if self.opens_sentence(m.start) or self.opens_after_phrase(lo, m.start)]
        untagged = re.match(r"\s*(?:(?:But|And|Yet|So)\s+)?([A-Z][\w’'-]+)\s+([a-z][\w-]*)", self.body[lo:hi])
        if (
            not openers
            and untagged is not None
            and self.mention_at(lo + untagged.start(1)) is None
            and untagged.group(1).lower() not in _NOT_BEFORE_SUBJECT | SENTENCE_OPENERS
            and untagged.group(2) not in TITLE_WORDS
            and (named := self.person_named(untagged.group(1))) is not None
        ):
            # "Wardle did stress ...", the surname left untagged: the article's one person of that name
            at_name = lo + untagged.start(1)
            openers = [Mention(named[1], named[0], "PERSON", at_name, at_name + len(named[0]), -1)]
            people = [*openers, *people]
        if not openers:
            return None
        first = openers[0]
        possessor = None
        if (owned := self.possessed_subject(first, people, hi)) is not None:
            # "Smith's Leeds counterpart Tom Pell was unhappy. He said": the name the possessive
            # leads to is the subject, not the possessor
            possessor, first, openers = first, owned, [owned]
        following = re.match(r"\s+([\w-]+)", self.body[first.end : first.end + 30])
        if (
            (
                self.body[first.end : first.end + 1] in "'’"
                and not self._stance_frame(self.sentence_words_before(first.start), first.start)
            )
            or self.modifier_or_tie(first, lo)
            or (following is not None and following.group(1).lower() in TITLE_WORDS)
            or not self.fits(first.entity_id, pronoun)
            or not self.likely_person(first.entity_id)
            or any(m.entity_id != first.entity_id and self.fits(m.entity_id, pronoun) for m in openers)
        ):
            return None
        if any(s[1] != first.entity_id and lo < s[2] <= offset for s in self.speakers):
            return None
        if any(
            m.start > first.end
            and m.entity_id != first.entity_id
            and self.fits(m.entity_id, pronoun)
            and self.clause_subject(m, lo)
            for m in people
        ):
            # "X said A but Y rejected his remarks. He said": Y, the subject of the later clause,
            # when a verb of speaking or stance makes Y the one the quote answers; else nobody
            answer = self.rejoinder(lo, hi, pronoun, first.entity_id)
            if answer is None or self._named_before(offset, at):
                return None
            return answer.text, answer.entity_id
        last = next((s for s in reversed(self.speakers) if self._speaker_fits(s, pronoun)), None)
        # "X beat Y. Y, ranked 158th, was upbeat. 'Quote,' said the 20-year-old": a description
        # after a sentence that names only its subject is that subject, whoever spoke before
        if last is not None and last[1] != first.entity_id and not alone:
            # "X spoke. Y voted against. Z abstained. He said": several new subjects since X, none settled
            since = max(last[2], self.paragraph_start(lo))
            if any(
                eid != first.entity_id
                and self.fits(eid, pronoun)
                and not (possessor is not None and eid == possessor.entity_id and since <= lo)
                for _, eid in self._people_between(since, offset, subjects=True)
            ):
                return None
        if alone and any(
            m.entity_id != first.entity_id and not (m.start > first.end and _BESIDE.search(self.body, lo, m.start))
            for m in people
        ):
            return None
        if self._person_object(first):
            return None  # "X met Y", "X beat Y": the object right after the verb may speak too
        for m in people:
            if m.entity_id != first.entity_id and self.fits(m.entity_id, pronoun):
                if re.search(r"\bby\s+(?:[\w’'-]+\s+){0,4}$", self.body[max(lo, m.start - 60) : m.start]):
                    return None
        return None if self._named_before(offset, at) else (first.text, first.entity_id)

    def clause_subject(self, mention: Mention, sentence: int) -> bool:
        """Whether a name is the subject of a later clause of the sentence starting at `sentence`
        ("X said ... but Harbour Tennis' Mark Dale rejected ...", "Y led it before but Mr Vell is
        taking over"): after "but", "while", "whereas" or "yet" and at most three words of title
        or possessive organisation, a verb (a lowercase word) after it."""
        if any(a <= mention.start < b for a, b in self.contents):
            return False
        join = _CLAUSE_JOIN.search(self.body, sentence, mention.start)
        if join is None or not all(w[:1].isupper() or w.lower() in _TIE_WORDS for w in join.group(1).split()):
            return False
        verb = re.match(r"\s+([a-z][\w-]*)", self.body[mention.end : mention.end + 30])
        return verb is not None and verb.group(1) not in _OBJECT_BEFORE | {"and", "or", "who", "whose", "which", "whom"}

    def takes_over(self, mention: Mention, sentence: int) -> bool:
        """Whether a name is the subject of a later clause of the sentence starting at `sentence`
        whose verb takes over a role now or later ("Y led it before but Mr Vell is taking over")."""
        return self.clause_subject(mention, sentence) and _TAKES_OVER.match(self.body, mention.end) is not None

    def rejoinder(self, lo: int, hi: int, pronoun: str, other: str | None) -> Mention | None:
        """The one person other than `other` whom the pronoun fits named in body[lo:hi] as the
        subject of a later clause whose verb answers what was said ("X said A but Harbour Tennis'
        Y rejected his remarks"): whom a quote right after answers with; else None."""
        found = {
            m.entity_id: m
            for m in self.mentions_in(lo, hi)
            if m.label == "PERSON"
            and m.entity_id != other
            and self.fits(m.entity_id, pronoun)
            and self.clause_subject(m, lo)
        }
        if len(found) != 1:
            return None
        (mention,) = found.values()
        join = _CLAUSE_JOIN.search(self.body, lo, mention.start)
        if join is None or not answers_back(self.body, mention.end, (lo, join.start())):
            return None
        return mention if self.likely_person(mention.entity_id) else None

    def _retaken(self, speaker_id: str | None, start: int, end: int) -> bool:
        """Whether the speaker is named again in body[start:end] as the subject of a later clause
        after everyone else who opened a sentence there ("Y led it before but Mr Vell is taking
        over this time"): the speaker is the topic again, not the other subject."""
        if speaker_id is None:
            return False
        for mention in reversed(self.mentions_in(start, end)):
            if mention.entity_id == speaker_id and self.clause_subject(mention, self.sentence_start(mention.start)):
                return not any(eid != speaker_id for _, eid in self._people_between(mention.end, end, subjects=True))
        return False

    def _taken_over(self, speaker_id: str | None, start: int, end: int, pronoun: str) -> bool:
        """Whether another person the pronoun fits is named in body[start:end] as the subject of a
        later clause taking over ("Mr Vell led it before but Mr Dorn is taking over this time")
        after the speaker's last mention there: the topic may have passed to them."""
        for mention in reversed(self.mentions_in(start, end)):
            if mention.entity_id == speaker_id:
                return False
            if (
                mention.label == "PERSON"
                and self.fits(mention.entity_id, pronoun)
                and self.takes_over(mention, self.sentence_start(mention.start))
            ):
                return True
        return False

    def possessed_subject(self, opener: Mention, people: list[Mention], end: int) -> Mention | None:
        """ "Smith's Leeds counterpart Tom Pell was ...": the person named right after a
        possessive opener and at most three words of title, when a verb (a lowercase word) follows
        that name; else None."""
        named = next((m for m in people if m.start > opener.end), None)
        owned = re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){1,3}", self.body[opener.end : named.start]) if named else None
        if named is None or owned is None or named.entity_id == opener.entity_id or named.end >= end:
            return None
        verb = re.match(r"\s+([a-z][\w-]*)", self.body[named.end : end])
        if verb is None or verb.group(1) in _OBJECT_BEFORE | {"and", "or", "who", "whose", "which", "whom"}:
            return None
        if not all(w[:1].isupper() or w.lower() in _TIE_WORDS for w in owned.group(0).split()[1:]):
            return None  # "Smith's agent met Tom Pell": a verb, not a title, before the name
        return named

    def _person_object(self, subject: Mention) -> bool:
        """Whether a name that may be a person's (tagged as one, taken for an organisation while
        looking like a person's, or untagged) follows the subject after at most three lowercase
        words with no preposition: the object of "X met Y", "X beat Y"."""
        found = re.match(r"\s+((?:[a-z][\w-]*\s+){1,3})([A-Z][\w’'-]+)", self.body[subject.end : subject.end + 80])
        if found is None or any(w in _OBJECT_BEFORE | {"that", "and", "or", "but"} for w in found.group(1).split()):
            return False
        mention = self.mention_at(subject.end + found.start(2))
        if mention is None:
            return True
        return mention.entity_id != subject.entity_id and (
            mention.label == "PERSON" or (mention.label == "ORG" and _person_like_name(mention.text))
        )

    def modifier_or_tie(self, mention: Mention, sentence: int, tie: bool = True) -> bool:
        """ "Glass Hammers frontwoman Ana Marsh": a name modifying the name after it; "His wife
        Sharon", "Ann Bell's brother Tom": someone introduced by their tie to the person the report is about. Neither is
        whom a later "he", "she" or "the star" continues with."""
        title = re.match(r"\s+([a-z][\w-]*)\s+[A-Z]", self.body[mention.end : mention.end + 40])
        return bool(
            (
                title is not None
                and (
                    title.group(1) in JOB_TITLES
                    or title.group(1) in PEOPLE_ROLE_NOUNS
                    or title.group(1).endswith(("man", "woman"))
                )
            )
            or (
                tie
                and (
                    re.search(
                        r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$",
                        self.body[sentence : mention.start],
                        re.IGNORECASE,
                    )
                    or _NAMED_KIN_BEFORE.search(self.body, sentence, mention.start)
                )
            )
        )

    def _object_or_modifier(self, mention: Mention) -> bool:
        """Whether a name is written after a determiner ("an Alan Shearer strike": a modifier) or
        a preposition other than "by" ("his rift with Chancellor X", "tackles on X": an object),
        its title and honorific aside: no sign it is who a later "he" is about."""
        words = self.body[max(0, mention.start - 60) : mention.start].split()
        while words and (words[-1][:1].isupper() or words[-1].lower() in TITLE_WORDS) and words[-1][-1:] not in ",.;:":
            if words[-1].lower() in ("a", "an", "the"):
                break
            words.pop()
        last = words[-1].lower() if words else ""
        return last in _OBJECT_BEFORE

    def _named_before(self, offset: int, at: int, allowed: str | None = None) -> bool:
        """Whether a capitalised word (a name, tagged or not) stands before the pronoun at `at` in
        its own sentence starting at `offset`, outside quotations ("O'Hara has been in talks and
        he said"): whom the pronoun may refer to. A sentence's first word such as "But" aside, and
        the names of `allowed`; never when what stands before is the content ("..., he said")."""
        before = self.body[offset:at]
        after = self.body[at : self.sentence_end(at)]
        if re.search(r"[,!?]\s*[\"”’]?\s*$", before) and not re.search(r"[\"“:;]", after):
            return False  # "The island state is asking the IMF for help, he said.": the content
        own = re.sub(r'"[^"]*"|“[^”]*”|"[^"]*$|“[^”]*$', lambda m: " " * len(m.group(0)), before)
        names = list(re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]*", own))
        if (
            names
            and own.split()[:1] == [names[0].group(0)]
            and (names[0].group(0).lower() in SENTENCE_OPENERS or names[0].group(0).endswith("ing"))
        ):
            names = names[1:]
        for name in names:
            mention = self.mention_at(offset + name.start())
            if mention is not None and (
                mention.entity_id == allowed
                or (mention.label != "PERSON" and not (mention.label == "ORG" and _person_like_name(mention.text)))
            ):
                continue  # her own name, or a date, place or organisation ("in April", "in Paris")
            if allowed is not None and name.group(0) in _HONORIFIC_WORDS:
                continue  # "Ms Hughes was forced to resign, which she ...": her own name
            return True
        return False

    def sentence_start(self, offset: int) -> int:
        start = self.paragraph_start(offset)
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, start, offset)]
        return ends[-1] if ends else start

    def _previous_sentence_person(self, offset: int, pronoun: str) -> tuple[tuple[str, str] | None, bool]:
        """ "Swank, who won in 2000, paid tribute to Clint Eastwood. "You guided us," she said.":
        when nobody spoke before, the subject of the sentence just before in the same paragraph,
        if that subject is the only person named there whom the pronoun fits. Blocked (no one)
        when that sentence opens with a name that is not a person ("Labour said ...", or a
        surname the model took for a company): a person named further back is not a safe guess."""
        start = self.paragraph_start(offset)
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, start, offset)]
        ends = [e for e in ends if e < offset - 1]
        previous = ends[-2] if len(ends) >= 2 else start
        if previous >= offset and start > 0 and self.body[offset : offset + 1] in OPEN_QUOTES:
            # a paragraph that opens with the quote: the last sentence of the paragraph before
            before = self.paragraph_start(offset, 1)
            ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, before, start)]
            ends = [e for e in ends if e < start - 2]
            previous = ends[-1] if ends else before
        if previous >= offset:
            return None, False
        fitting = {eid: (t, eid) for t, eid in self._people_between(previous, offset) if self.fits(eid, pronoun)}
        subjects = {eid for _, eid in self._people_between(previous, offset, subjects=True) if eid in fitting}
        if len(fitting) == 1 and len(subjects) == 1:
            (only,) = fitting.values()
            there = [m for m in self.mentions_in(previous, offset) if m.entity_id == only[1]]
            if there and self.modifier_or_tie(there[0], self.sentence_start(there[0].start), tie=False):
                return None, True  # "Glass Hammers frontwoman Ana Marsh ...": not the band
            return (only, False) if self.likely_person(only[1]) or self.role_named(only[1]) else (None, True)
        if len(subjects) == 1 and (acting := self.speech_act_subject(previous, offset)) in subjects:
            # "Kenyon has played down reports that Robben will return. "He's fine," he said.": the
            # person whose words the sentence reports, not the one they are about
            return (fitting[acting], False) if self.likely_person(acting) else (None, True)
        if not subjects and len(fitting) == 1:
            (only,) = fitting.values()
            agent = self.mention_at(self.body.rfind(only[0], previous, offset))
            if agent is not None and _PASSIVE_BY.search(self.body, previous, agent.start):
                # "The report was welcomed by shadow minister David Willetts. "...," he said."
                return (only, False) if self.likely_person(only[1]) or self.role_named(only[1]) else (None, True)
        opener = next(
            (
                m
                for m in self.mentions_in(previous, offset)
                if m.label in ("ORG", "PLACE", "NORP")
                and not any(a <= m.start < b for a, b in self.contents)
                and self.names_subject(m)
            ),
            None,
        )
        if opener is not None and not subjects:
            return None, True
        # "Glassbrook, who won in 2001, ...": someone the model did not tag is the topic there
        for who in _NAME_WHO.finditer(self.body, previous, offset):
            if self.body[max(0, who.start() - 4) : who.start()].lower() == "the ":
                continue  # "the Belgian, who ...": a description of someone named before
            named = self.mention_at(who.start())
            if named is None or named.label != "PERSON":
                return None, True
        return None, False

    def _unnamed_person_since(self, start: int, end: int, pronoun: str) -> bool:
        """Whether a sentence in body[start:end] opens, outside quotations, with a new unnamed
        person the pronoun fits ("A spokesman for the bank said ...", "One analyst warned ..."):
        someone "he" or "she" may refer to as well as the person who spoke before."""
        wanted = GENDER_WORDS.get(pronoun)
        for boundary in [start, *(m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, start, end))]:
            opener = _UNNAMED_OPENER.match(self.body, boundary, end)
            group = 1 if opener is None or opener.group(1) else 2
            if opener is None or any(a <= opener.start(group) < b for a, b in self.contents):
                continue
            gender = person_description(opener.group(group))
            words = opener.group(group).lower().split()
            if set(words[1:3]) & {"man", "woman", "businessman", "businesswoman", "witness"}:
                continue  # "A man was shot outside ...": a victim or bystander, seldom who speaks next
            if gender is not None and (not gender or wanted is None or gender == wanted):
                return True
        return False

    def _described_just_before(self, offset: int, pronoun: str, speaker_id: str | None) -> bool:
        """Whether the narration sentence just before the one at `offset` names a person the
        pronoun fits, other than `speaker_id`, with a relative clause about them ("That prompted
        the withdrawal of tycoon X, who got frustrated by ..."): the person the passage turned to,
        whom a "he" after it may as well mean as the one who spoke before."""
        span = self.narration_before(offset)
        return span is not None and any(
            m.label == "PERSON"
            and m.entity_id != speaker_id
            and self.fits(m.entity_id, pronoun)
            and re.match(r",\s+who\b", self.body[m.end : m.end + 8]) is not None
            and not any(a <= m.start < b for a, b in self.contents)
            for m in self.mentions_in(*span)
        )

    def _other_described_since(self, speaker_id: str | None, start: int, end: int) -> bool:
        """Whether narration in body[start:end] names a person by a definite description ("the
        Dutchman", "the veteran defender") that the article, earlier, gave to someone the speaker
        acted on: "Tom Pell sold the Dutchman to Grobco ..." before "The move still rankles with the
        Dutchman. '...,' he said": the passage turned to that other person, whom "he" may mean."""
        if speaker_id is None:
            return False
        heads = {
            hit.group(1).lower()
            for hit in _DEFINITE_PERSON.finditer(self.body, start, end)
            if is_person_noun(hit.group(1).lower())
            and not any(a <= hit.start() < b for a, b in self.contents)
            and not self.inside_quote(hit.start())
        }
        if not heads:
            return False
        for mention in self.mentions_in(0, start):
            if mention.entity_id != speaker_id or any(a <= mention.start < b for a, b in self.contents):
                continue
            if not self.opens_sentence(mention.start):
                continue  # "Fans of Pell cheered the Dutchman": not the speaker acting on them
            rest = self.body[mention.end : self.sentence_end(mention.end)]
            rest = re.sub(r'"[^"]*"|“[^”]*”', " ", rest)
            for hit in _DEFINITE_PERSON.finditer(rest):
                if hit.group(1).lower() in heads and not _SELF_DESCRIBED.match(rest[: hit.start()]):
                    return True
        return False

    def _introduced_since(self, start: int, end: int, pronoun: str, speaker_id: str | None) -> tuple[str, str] | None:
        """A person `pronoun` fits whose first mention in the article lies in body[start:end]
        (outside quotations), when it is the only one and a description follows the name
        (", vice-president of ..."); else None."""
        first: dict[str, Mention] = {}
        for mention in self.mentions:
            if mention.label == "PERSON":
                first.setdefault(mention.entity_id, mention)
        new = [
            m
            for eid, m in first.items()
            if start <= m.start < end
            and eid != speaker_id
            and self.fits(eid, pronoun)
            and not any(a <= m.start < b for a, b in self.contents)
        ]
        if len(new) != 1 or not re.match(
            r",\s+(?!(?:who|whom|whose|which|that)\b)(?:the\s+|a\s+|an\s+)?[a-z]",
            self.body[new[0].end : new[0].end + 12],
        ):
            return None
        # the sentence introducing them is not about someone else ("Souness paid tribute to X,
        # ...", "But she was pleased to have made up with X, ..."): no person or pronoun before them
        sentence = self.sentence_start(new[0].start)
        if _thing_apposition(self.body[sentence : new[0].start].split()):
            return None  # "The film, A Quiet Story, chronicles ...": a work's name, not a new person
        if any(m.label == "PERSON" for m in self.mentions_in(sentence, new[0].start)) or re.search(
            r"\b(?:he|she|they|i|we|his|her|their)\b", self.body[sentence : new[0].start], re.IGNORECASE
        ):
            return None
        return new[0].text, new[0].entity_id

    def speech_act_subject(self, start: int, end: int) -> str | None:
        """The person opening the sentence in body[start:end] when a verb of speaking or stance
        follows the name ("Kenyon has played down ...", "Mr Hill criticised ..."), else None."""
        for mention in self.mentions_in(start, end):
            if mention.label != "PERSON" or not self.opens_sentence(mention.start):
                continue
            if _SPEECH_ACT.match(self.body, mention.end, min(end, mention.end + 80)):
                return mention.entity_id
            return None
        return None

    def _untyped_subject(self, start: int, end: int, skip: Collection[str] = ()) -> bool:
        """Whether a sentence in body[start:end] opens with a one-word name the model took for a
        place the table does not know ("Zvonareva has lost ..."): perhaps a person, who may be
        whom "he" or "she" refers to."""
        if any(
            m.label == "PLACE"
            and len(m.text.split()) == 1
            and self.table.entry(m.entity_id) is None
            and normalise(m.text) not in skip
            and not set(normalise(m.text).split()[-1:]) & set(skip)
            and not any(a <= m.start < b for a, b in self.contents)
            and self.names_subject(m)
            for m in self.mentions_in(start, end)
        ):
            return True
        # a sentence opening with a word the model missed there but named elsewhere in the
        # article ("Vera Zvonareva" before, "Zvonareva has lost ..." here)
        for boundary in [start, *(m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, start, end))]:
            opener = re.match(
                r"[\s.!?\"”’)]*(?:(?:But|And|Yet|So)\s+)?([A-Z][\w’'-]+)\s+([a-z][\w-]*)", self.body[boundary:end]
            )
            if (
                opener is None
                or self.mention_at(boundary + opener.start(1)) is not None
                or opener.group(2) in TITLE_WORDS  # "Larne boss Jimmy McGeough": a modifier, no subject
            ):
                continue
            if any(c <= boundary + opener.start(1) < d for c, d in self.contents) or (
                opener.group(1).lower() in _NOT_BEFORE_SUBJECT
            ):
                continue
            word = normalise(opener.group(1))
            if word not in skip and any(
                m.label in ("PERSON", "PLACE") and normalise(m.text).split()[-1:] == [word] for m in self.mentions
            ):
                return True
        return False

    def names_subject(self, mention: Mention) -> bool:
        """Whether `mention` opens its sentence as the subject itself ("Labour said", "Swank, who
        ..."), not as a modifier of a description ("The former Chelsea chairman", "the Belgian")."""
        head = self.body[max(0, mention.start - 40) : mention.start]
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(head)]
        before = head[ends[-1] :] if ends else (head if mention.start <= 40 else None)
        if before is None or before.strip().lower() not in ("", "but", "and", "yet", "so"):
            return False
        following = re.match(r"(?:['’]s)?[\s,]*([\w-]*)", self.body[mention.end : mention.end + 30])
        word = following.group(1) if following else ""
        return not (self.body[mention.end : mention.end + 1] in "'’" or word.lower() in TITLE_WORDS)

    def likely_person(self, entity_id: str) -> bool:
        """Whether the article gives any sign beyond the model's tag that `entity_id` is a person:
        the table knows a person, or a mention has a first name and surname or an honorific.
        A bare one-word "person" ("Leeds", a club or a town the model tagged) may block a
        pronoun's resolution but is never what "he" or "she" is resolved to (unless the only one
        it can be, named after a person's role noun: `role_named`)."""
        entry = self.table.entry(entity_id)
        if entry is not None:
            return entry.label == "PERSON"
        for mention in self.mentions:
            if mention.entity_id != entity_id:
                continue
            honorific, core = split_name(mention.text)
            if honorific or honorific_before(self.body, mention.start) or len(strip_titles(core).split()) >= 2:
                return True
        return False

    def role_named(self, entity_id: str) -> bool:
        """Whether a mention of `entity_id` follows a person's role noun ("Velt midfielder Edo",
        "the singer Mava"): a one-word name shown to be a person's, which "he" or "she" may be
        when no other person the article names fits."""
        return any(
            _ROLE_BEFORE.search(self.body, max(0, m.start - 30), m.start) is not None
            for m in self.mentions
            if m.entity_id == entity_id
        )

    def titled(self, head: str, words: set[str]) -> str | None:
        """ "the striker", "the Texas attorney general": the one person the article introduces with
        that title ("Arsenal striker Thierry Henry", "Greg Abbott, the attorney general"), else None.
        The title must be written as one: directly before the name or in apposition to it, with no
        qualifier the description lacks ("Shadow home secretary X" is not "the home secretary")."""
        self._fill_titles()
        self._fill_phrases()
        assert self._phrases is not None
        # "the French coach" is the one titled "France coach": the country for its adjective
        spelled = [words] + [(words - {w}) | {c} for w in words for c in COUNTRY_OF.get(w, ())]
        heads = {head}
        qualifiers = _TITLE_QUALIFIERS
        if head == "judge":
            # "the judge presiding", "the trial judge": the one judge the article names, a
            # "Deputy High Court Judge" too (`JUDGE_SITTING`)
            spelled = [words - JUDGE_SITTING]
            qualifiers = _TITLE_QUALIFIERS - JUDGE_SITTING_QUALIFIERS
        if head == "premier":
            # "the premier" is the one titled "Prime Minister X" as well as "Premier X"
            heads.add("minister")
            spelled += [(w - {"premier"}) | {"prime", "minister"} for w in spelled]
        fitting = {
            eid
            for eid, phrases in self._phrases.items()
            if any(
                heads & phrase and wanted <= phrase and not (phrase & qualifiers) - wanted
                for phrase in phrases
                for wanted in spelled
            )
        }
        self._titled_many = len(fitting) > 1
        if len(fitting) == 1 and not words & PAST_HOLDER_WORDS and self.past_holder(next(iter(fitting)), head):
            return None  # "Outgoing Dorran mayor X": not "the mayor" now
        return fitting.pop() if len(fitting) == 1 else None

    def titled_at(self, head: str, words: set[str], organisation: str | None, near: int) -> str | None:
        """ "the Grobco chairman", "its chief executive": the one person the article gives the
        office (`titled`, with `words` its words), when the titles written with their name hold no
        other words than the office's and the names of `organisation` (the one the description
        names); with `organisation` None ("its"), of the one organisation named in the sentence
        around `near` (else in its paragraph before it). Else None ("Velt chief executive Jo Bell"
        is not Grobco's). A bare title ("Chairman Jo Bell") says nothing of whose office it is: its
        sentence must tie no other organisation or body to the person ("of the union's fund", "his
        Velby side", "the committee, led by chairman Jo Bell")."""
        holder = self.titled(head, words)
        if holder is None or not self.likely_person(holder):
            return None
        if organisation is None:
            lo, hi = self.sentence_start(near), self.sentence_end(near)
            owners = self._organisations_in(lo, hi) or self._organisations_in(self.paragraph_start(near), hi)
            if len(owners) > 1:
                return None  # "its" of two organisations named together is either's
            if not owners and any(m.label == "PLACE" for m in self.mentions_in(lo, hi)):
                return None  # "Shares in rival Chester fell, its chief executive said": the model's place may be "its"
            organisation = owners.pop() if owners else None
        named = {normalise(w) for m in self.mentions if m.entity_id == organisation for w in m.text.lower().split()}
        self._fill_phrases()
        assert self._phrases is not None
        extra = {
            w
            for phrase in self._phrases[holder]
            if head in phrase
            for w in phrase - words - TITLE_WORDS - _TITLE_QUALIFIERS - {"of", "at", "the", "for"}
        }
        if extra:
            return holder if {normalise(w) for w in extra} <= named else None
        for mention in self.mentions:
            if mention.entity_id != holder or not any(head in phrase for phrase in self.title_phrases(mention)):
                continue
            lo, hi = self.sentence_start(mention.start), self.sentence_end(mention.start)
            others = [
                m.start
                for m in self.mentions_in(mention.end, hi)
                if m.entity_id in self._organisations_in(m.start, m.end) - {organisation}
            ]
            others += [
                b.start() for b in _OTHER_BODY.finditer(self.body, mention.end, hi) if b.group(1).lower() not in named
            ]
            if any(_TIED_BODY.search(self.body, mention.end, at) for at in others):
                return None  # "Chief executive Jo Bell of the union's fund", "... said his Velby side"
            ahead = _BODY_AHEAD.search(self.body, max(lo, mention.start - 60), mention.start)
            if ahead and ahead.group(1).lower() not in named:
                return None  # "the committee, led by chairman Jo Bell"
            owners_near = {
                m.entity_id
                for m in self.mentions_in(self.paragraph_start(mention.start, 1), hi)
                if self._names_organisation(m)
            }
            if organisation is not None and organisation not in owners_near:
                # "Velt had a good year. Chief executive Jo Bell said ... Rival Grobco lost money, its
                # chief executive said": a bare title is of an organisation named with it (in its
                # paragraph or the one before, to its sentence's end); none named is no tie
                return None
        return holder

    def _organisations_in(self, lo: int, hi: int) -> set[str]:
        """The organisations named in body[lo:hi], a one-word name the model typed a person
        ("Grobco") among them."""
        return {m.entity_id for m in self.mentions_in(lo, hi) if self._names_organisation(m)}

    def _names_organisation(self, m: Mention) -> bool:
        """Whether `m` names an organisation, a one-word name the model typed a person ("Grobco") among them."""
        return m.label == "ORG" or (m.label == "PERSON" and " " not in m.text and not self.likely_person(m.entity_id))

    def titled_with(self, entity_id: str, words: set[str], qualified: bool = False) -> bool:
        """Whether the article writes the person's title with every one of `words` ("Transport
        Minister Tom Pell", "Tom Pell, the transport minister," for {"minister"}), and with no
        qualifier that makes it another office ("Deputy Prime Minister Tom Pell" is not "the prime
        minister"; see titled), unless `qualified` (any holder of the office's word)."""
        self._fill_titles()
        self._fill_phrases()
        assert self._phrases is not None
        return any(
            words <= phrase and (qualified or not (phrase & _TITLE_QUALIFIERS) - words)
            for phrase in self._phrases.get(entity_id, ())
        )

    def _fill_phrases(self) -> None:
        """self._phrases: each person's titles as the article writes them with the name."""
        if self._phrases is None:
            self._phrases = defaultdict(list)
            for mention in self.mentions:
                if mention.label == "PERSON":
                    self._phrases[mention.entity_id].extend(self.title_phrases(mention))

    def office_subject(self, lo: int, hi: int, pronoun: str) -> tuple[bool, tuple[str, str] | None]:
        """ "Speaking at a rally, the prime minister hailed the plan. And he claimed ...": whether
        the narration sentence body[lo:hi] has a definite description of an office as its subject
        (opening it, after a conjunction or an opening phrase, before its verb), and if so the
        person "he" / "she" after it is: the person the description's own claim there was given
        ("The prime minister said ..."); else the one person the article itself gives that title
        ("Prime Minister X", "X, the prime minister,"; see titled); else, when it gives it nobody,
        the one person its earlier claims by that description were given, or the passage's topic
        (topic_person), as "the chancellor said" is resolved; and only one the pronoun fits.
        Else None (the article ties the title to several, or to nobody it can settle): never a
        person named earlier whom the title was not given. An unnamed speaker's description ("the
        spokesman") and a sentence where someone else speaks are left to the rules after."""
        found = _OFFICE_SUBJECT.match(self.body, lo, hi)
        if found is None or found.group(2).lower() not in SUBJECT_OFFICES:
            return False, None
        if person_description(found.group(1)) is not None:
            return False, None  # "The Grobco spokesman said ...": an unnamed speaker, who goes on
        said = {(text.strip(EDGE), eid) for end, text, eid in self.turns if lo < end <= hi + 1}
        # a group written in lowercase ("... respond to people who said that ...") speaks inside
        # the sentence, not as its subject
        said = {(text.lower(), eid) for text, eid in said if eid is not None or not text.islower()}
        if said:
            # "The prime minister said ...": the speaker that claim was given, when it is the
            # description; another speaker there is left to the rules after
            if {text for text, _ in said} != {found.group(1).lower()}:
                return False, None
            given = {eid for _, eid in said}
            if given != {None}:
                eid = given.pop() if len(given) == 1 else None
                if eid is None or not self.is_person(eid) or not self.fits(eid, pronoun):
                    return True, None
                return True, (found.group(1), eid)
        if any(m.label == "PERSON" for m in self.mentions_in(found.start(1), found.end(1))) or any(
            a <= found.start(1) < b for a, b in self.contents
        ):
            return False, None  # "The Jo Bell fan club": a person named in the description
        # "the left-wing president" is "President X": an epithet written in lowercase that is no
        # title word is no part of the office
        words = {
            w.lower()
            for w in found.group(1).split()[1:]
            if not w.islower() or w in TITLE_WORDS or w in _TITLE_QUALIFIERS or w in COUNTRY_OF
        }
        holder = self.titled(found.group(2).lower(), words)
        if holder is None and not self._titled_many:
            # a title the article gives nobody: the one person its claims spoken by the same
            # description were given ("the chancellor said ..." before), else the one person the
            # passage is about, as for "the chancellor said" (its lead or last speaker, the only
            # subject, with no other title)
            before = {eid for _, text, eid in self.turns if text.strip(EDGE).lower() == found.group(1).lower()}
            if len(before - {None}) == 1:
                holder = next(iter(before - {None}))
            elif not before - {None}:
                holder = self.topic_person(found.group(1), found.group(2).lower(), found.start(1))
        if holder is None or not self.likely_person(holder) or not self.fits(holder, pronoun):
            return True, None
        name = next(
            (
                m.text
                for m in reversed(self.mentions_in(0, hi))
                if m.entity_id == holder and not any(a <= m.start < b for a, b in self.contents)
            ),
            None,
        )
        return True, (name, holder) if name is not None else None

    def _fill_titles(self) -> None:
        """self._titles: the words near each person's mentions that may be titles (loosely: the
        four words before a name in its clause and an apposition after it)."""
        if self._titles is not None:
            return
        self._titles = defaultdict(set)
        for mention in self.mentions:
            if mention.label != "PERSON":
                continue
            before = self.body[max(0, mention.start - 60) : mention.start]
            before = re.split(r"[.;:!?\n]|,\s", before)[-1]
            after = re.match(
                r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?([^,.;:]{1,60})",
                self.body[mention.end : mention.end + 80],
            )
            context = before.lower().split()[-4:] + (after.group(1).lower().split() if after else [])
            self._titles[mention.entity_id].update(re.sub(r"['’]s$", "", w.strip(",")) for w in context)

    def title_words(self) -> dict[str, set[str]]:
        """person id -> the words near their mentions that may be titles (`_fill_titles`), worked out
        once per article."""
        self._fill_titles()
        assert self._titles is not None
        return self._titles

    def title_phrases(self, mention: Mention) -> list[set[str]]:
        """The titles the article writes as one with the name of `mention`, each as its set of
        words: "Shadow home secretary David Davis" -> {shadow, home, secretary}; "X, chief
        executive of Acme," -> {chief, executive, of, acme}; "The coach, X, said" -> {coach}.
        A title runs up to the name (an honorific aside) and ends with a word that names what a
        person is; "The premier insisted Mr X" gives X no title (a verb stands between)."""
        out = []
        clause = re.split(r"[.;:!?\n“”\"()]|,\s", self.body[max(0, mention.start - 80) : mention.start])
        words = clause[-1].split()
        while words and words[-1].rstrip(".") in _HONORIFIC_WORDS:
            words.pop()
        title = title_before(words)
        if title:
            out.append(title)
        elif not words and len(clause) > 1 and self.body[mention.start - 2 : mention.start] == ", ":
            # "The coach, Tom Pell, said", "..., said the home secretary, X.": the title before the
            # comma, when it is a definite phrase opening its clause or after a reporting verb
            ahead = clause[-2].split()
            title = title_before(ahead)
            opener = len(ahead) - len(title) - 1
            if (
                title
                and opener >= 0
                and ahead[opener].lower() in ("the", "its", "his", "her", "their")
                and (opener == 0 or ahead[opener - 1].lower() in ("said", "says", "added", "adds", "told"))
                and self.body[mention.end : mention.end + 1] in (",", ".")
            ):
                out.append(title)
        after = re.match(
            r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?([^,.;:()“”\"]{1,60})",
            self.body[mention.end : mention.end + 80],
        )
        if after is not None:
            irregular_verbs = lemmatizer_tables().irregular.get("verb", {})
            following: list[str] = []
            for word in after.group(1).split():
                word = re.sub(r"['’]s$", "", word.lower())
                if word in _APPOSITION_STOPS or word.endswith(("ing", "ed")) or word in irregular_verbs:
                    break  # "Tom Pell, met the Mayor of Dorran": a verb, no apposition
                if word == "of" and following[-1:] and following[-1] in _RELATION_NOUNS | {"wife", "widow"}:
                    following = []  # "X, a friend of the party leader,": a relation, not X's title
                    break
                following.append(word)
            if following and any(w in _TITLE_HEADS for w in following):
                out.append(set(following))
        return out

    def named_elsewhere(self, phrase: str) -> tuple[str, str] | None:
        """ "Symbian", "Mr Balls" where the model missed the name: the one entity of the article
        written that way elsewhere (a person also by surname alone)."""
        honorific, core = split_name(phrase.strip(EDGE))
        key = normalise(core)
        if not key or len(key.split()) > 4:
            return None
        if is_person_noun(core.strip(EDGE)) or (
            core.lower().startswith("the ") and is_person_noun(core.strip(EDGE)[4:])
        ):
            return None  # "the Frenchman": a description, not a name
        found = {
            m.entity_id
            for m in self.mentions
            if m.label in ("PERSON", "ORG", "PLACE")
            and normalise(m.text) == key
            # "Hill said" after "told The Hill": the paper is written with its article, the name is someone's
            and not written_with_article_only(core.strip(EDGE), self.table.entry(m.entity_id), self.table)
        }  # "The Russian", "The Caribs": a nationality or a people is nobody's name
        if not found and honorific is not None:
            return self.person_named(phrase)
        return (phrase.strip(EDGE), found.pop()) if len(found) == 1 else None

    def _described_so(self, phrase: str, entity_id: str, offset: int) -> bool:
        """Whether a description's place ("the German company", "the Ohio-based retailer") can be
        the organisation's: false only when its own description before `offset` gives another
        place and no sentence naming it gives this one ("Grobco, a British bank ... The
        Ohio-based retailer said": another firm). A description with no place, or an
        organisation the article gives no place ("The German giant" for Volkswagen), can."""
        words = phrase.split()[1:-1]
        place = re.sub(r"-based$", "", " ".join(w for w in words if w[:1].isupper()).lower())
        if not place:
            return True
        other = False
        for m in self.mentions:
            if m.entity_id != entity_id or m.start >= offset:
                continue
            end = SENTENCE_BOUNDARY.search(self.body, m.end, offset)
            if place in self.body[self.sentence_start(m.start) : end.end() if end else offset].lower():
                return True  # "Velco, the German carmaker, said" (its own sentence)
            # its own description: an apposition after its name ("Grobco, a British bank,") or the
            # words just before it ("British bank Grobco", "Ohio-based Tarbo"), never another's
            # ("Iranian striker X will not travel to Israel for Bayern Munich's match")
            after = _APPOSITION.match(self.body, m.end, offset)
            before = self.body[max(0, m.start - 40) : m.start].split()[-3:]
            cut = [k for k, w in enumerate(before) if w.lower() in _LINK_WORDS or w[-1:] in ",.;:"]
            own = " ".join([after.group(1) if after else "", *before[cut[-1] + 1 if cut else 0 :]])
            other = other or _names_a_place(own)
        return not other

    def resolve_description(self, phrase: str, head: str, offset: int) -> str | None:
        """ "the Russian foreign minister" -> the last person named before whose table role fits;
        else the one person the article gives that title."""
        if OUR_REPORTER.fullmatch(phrase.lower()):
            # "our correspondent" after "the BBC's defence correspondent Paul Adams": that person
            return self.titled(head, set())
        if not phrase.lower().startswith("the "):
            return None
        if head in self.documents and head in phrase.lower().split()[1:3]:
            return self.documents[
                head
            ]  # "the report", "the survey of 500 firms": the one whose author the article gave
        if head in PRESS_NOUNS and (outlet := self.described_outlet(phrase, offset)) is not None:
            return outlet  # "according to the magazine": the one outlet of that kind, by its table kind
        named = {
            m.entity_id
            for m in self.mentions
            if m.label in ("ORG", "EVENT", "PLACE")
            and m.start < offset
            and len(m.text.split()) > 1
            and m.text.split()[-1].lower() == head
        }
        if len(named) == 1 and other_nation_named(self, phrase, next(iter(named))):
            return None  # "the German exchange" is not "the London Stock Exchange"
        if len(named) == 1 and head in DOCUMENT_NOUNS and self.is_media(next(iter(named))):
            return None  # "the report" after "told the BBC's World Business Report": no programme's words
        if len(named) == 1 and not any(w[:1].isupper() for w in phrase.split()[1:]):
            # "the bank" after "Deutsche Bank" where "Grobco, the largest bank," is one too: that one
            # when it opens the article's lead, else no one, unless Deutsche Bank is named after it
            # and not in a list ("Germany's Deutsche Bank also said ... The bank said"); a phrase that
            # writes a name ("the Florida-based Falic group") names its own
            others = self._others_called_so(next(iter(named)), head, offset)
            if others and not self._nearest_alone(next(iter(named)), others, offset):
                return others.pop() if len(others) == 1 and self._opens_lead(others[0]) else None
        if len(named) == 1:
            return named.pop()  # "the festival" after "the Berlin Film Festival"
        if (head in COMPANY_HEADS or head in NAMED_BODY_HEADS) and (
            inside := self._named_before_head(phrase, head, offset)
        ) is not None:
            return inside  # "the Grobco group", "the NBC network": the organisation the head names
        if head in COMPANY_HEADS and len(phrase.split()) <= 3:
            # "Tesco warned on profits. The company said ...": the organisation that spoke last,
            # else the one organisation named in this paragraph and the one before
            group = self.resolve_they(offset, plural=False)
            if group is not None:
                fits = self.fits_head(group[1], group[0], head) and not looks_like_a_person(group[0])
                found = group[1] if fits else None
            else:
                found = self.only_organisation(offset, head)
                if found is None and head == "corporation" and group is None:
                    found = self._only_broadcaster(offset)
            return found if found is None or self._described_so(phrase, found, offset) else None
        if CONSTITUENCY_MEMBER.fullmatch(phrase[4:]):
            return self._member_for_seat(phrase, offset)  # never another MP by the title alone
        if head in JUDGE_SITTING and phrase.lower().split()[1:2] == ["judge"]:
            head = "judge"  # "The judge presiding", parsed with "presiding" its head
        if head in JOB_TITLES:
            titled = self.titled(head, set(phrase.lower().split()[1:]))
            if titled is not None:
                return titled
        if head not in ROLE_NOUNS:
            return self.topic_person(phrase, head, offset)
        roles = ROLE_NOUNS[head]
        words = set(phrase.lower().split())
        country = next((c for adjective, c in DEMONYMS.items() if adjective in words), None)
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            mention = self.mentions[i]
            entry = self.table.entry(mention.entity_id) if mention.label == "PERSON" else None
            if entry is not None and entry.role and any(r in entry.role for r in roles):
                if country is None or entry.country in (None, country):
                    if (
                        head != "minister"
                        or not (words & {"foreign", "defence", "defense"})
                        or any(w in entry.role for w in words & {"foreign", "defence", "defense"})
                    ):
                        return entry.id
            i -= 1
        return self.topic_person(phrase, head, offset)

    def _others_called_so(self, entity_id: str, head: str, offset: int) -> list[str]:
        """The organisations other than `entity_id` the article, before `offset`, calls by the head
        noun: in apposition ("Grobco, the country's largest bank,") or with the noun just before the
        name ("Dutch bank Grobco"); "the bank" may be one of them, whatever name ends in "Bank"."""
        found: list[str] = []
        for m in self.mentions:
            if m.start >= offset or m.label != "ORG" or m.entity_id == entity_id or m.entity_id in found:
                continue
            after = self.body[m.end : min(offset, m.end + 80)]
            if re.match(
                rf",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,4}}?{re.escape(head)}\b(?![’'-])", after, re.IGNORECASE
            ) or re.search(rf"\b{re.escape(head)}\s+$", self.body[max(0, m.start - 40) : m.start]):
                # (the noun before the name in lower case: "bank Grobco", not "Tarbury Bank Grobco")
                found.append(m.entity_id)
        return found

    def _nearest_alone(self, entity_id: str, others: list[str], offset: int) -> bool:
        """Whether the organisation's last mention before `offset` comes after every mention of the
        others, stands alone, not in a list ("moves by Tarbury Bank and Velt Holdings"), and speaks
        (a statement of its own ends after it: "Pellman Bank also said ...", not "cuts at Pellman
        Bank" nor "a loan from Pellman Bank")."""
        before = [m for m in self.mentions if m.start < offset and m.entity_id in (entity_id, *others)]
        if not before or before[-1].entity_id != entity_id:
            return False
        last = before[-1]
        if not any(said_id == entity_id and last.end <= end <= offset for end, _, said_id in self.turns):
            return False
        return not (
            re.match(r"\s*(?:,|and\b|or\b)", self.body[last.end : last.end + 6])
            or re.search(r"(?:,|\band|\bor)\s*$", self.body[max(0, last.start - 6) : last.start])
        )

    def _opens_lead(self, entity_id: str) -> bool:
        """Whether the organisation is the subject that opens the article's first paragraph, a
        headline line (no full stop) aside ("Grobco, the Velt's largest bank, is to cut 900 jobs"):
        what the article is about."""
        for para in re.finditer(r"[^\n]+", self.body):
            if not re.search(r"[.!?][\"”’)]*\s*$", para.group()):
                continue  # a headline
            first = next(iter(self.mentions_in(para.start(), para.end())), None)
            return (
                first is not None and first.entity_id == entity_id and not self.body[para.start() : first.start].strip()
            )
        return False

    def _member_for_seat(self, phrase: str, offset: int) -> str | None:
        """ "The Mid-Dorset MP" after "Tory MP Tom Garside ... Mr Garside": the one person the
        article titles so (MP, MEP or MSP as the phrase), when they are the only person named in
        this paragraph and the one before (the seat is theirs as far as the passage tells); else
        None. Not a member brought in ("The Mid-Dorset MP, who led calls for him to quit, said")
        nor one whose sentence speaks of the member ("him", their name): someone else."""
        title = phrase.split()[-1].lower()
        member = self.titled(title, {title})
        named = {m.entity_id for m in self.mentions_in(self.paragraph_start(offset, 1), offset) if m.label == "PERSON"}
        if member is None or named != {member} or not self.likely_person(member):
            return None
        end = offset + len(phrase)
        if re.match(r",\s+(?:who|whose|a|an|the)\s", self.body[end : end + 8]):
            return None
        rest = self.body[end : self.sentence_end(end)]
        if re.search(r"\bhim\b", rest) or any(m.entity_id == member for m in self.mentions_in(end, end + len(rest))):
            return None
        return member

    def _named_before_head(self, phrase: str, head: str, offset: int) -> str | None:
        """ "the Grobco group", "the NBC network": the one organisation named between "the" and
        the head, when nothing else stands there but where it is based ("the Tarbury-based Grobco
        group"; "the Delta subsidiary" ends in no head: a relation, not the organisation)."""
        words = phrase.split()
        if len(words) < 3 or words[-1].lower() != head:
            return None
        inside = [m for m in self.mentions_in(offset, offset + len(phrase)) if m.label == "ORG"]
        after = phrase[inside[0].end - offset :].split() if len(inside) == 1 else []
        if after != [words[-1]] and " ".join(after).lower() not in KIND_COMPOUNDS:
            return None  # "the Grobco trade union" is Grobco, "the Grobco pension fund" is not
        if not _THE_BASED.fullmatch(self.body[offset : inside[0].start].strip()):
            return None  # (a seat before the name, "the Tarbury-based Grobco group", is no other body)
        return inside[0].entity_id if not self.is_person(inside[0].entity_id) else None

    def topic_person(self, phrase: str, head: str, offset: int) -> str | None:
        """ "the minister", "the 30-year-old": the one person this paragraph and the one before
        are about (the only one named as a sentence's subject), when every other person named
        there carries another title ("President Bush") and the person carries no other one.
        Never a spokesman or an official: those are other people."""
        words = phrase.lower().split()
        # "the former UN commissioner for human rights and Irish president": its qualifiers aside
        core = next((i for i, w in enumerate(words) if w in ("for", "of", "to", "at", "in", "and")), len(words))
        if not (head in TOPIC_HEADS or _AGE.fullmatch(" ".join(words))) or words[0] != "the" or core > 5:
            return None
        if len(words) > 5 and "," in phrase:
            return None  # "The Shadow Secretary of State ..., Theresa May": the phrase names someone
        if self.body.startswith(TURNING_OPENERS, self.sentence_start(offset)):
            return None  # "Meanwhile, the chancellor is ...": the passage turns to someone else
        start = self.paragraph_start(offset, 1)
        subjects = {eid for _, eid in self._people_between(start, offset, subjects=True)}
        # "..., Mary Robinson has said.": who spoke there is its subject too, named last or not
        if not subjects:
            subjects = {s[1] for s in self.speakers if s[1] is not None and start <= s[2] <= offset}
        # everyone named there, inside quoted claims too ("wrote to Mr X accusing him ...")
        named = {m.entity_id for m in self.mentions_in(start, offset) if m.label == "PERSON"}
        if len(subjects) != 1:
            return None
        (topic,) = subjects
        if any(
            self.modifier_or_tie(m, self.sentence_start(m.start))
            for m in self.mentions_in(start, offset)
            if m.entity_id == topic
        ):
            return None  # "His wife Sharon said ... The rock star said": the star is someone else
        # and the person must be the article's lead (named in its first paragraphs, the title soon
        # after) or the last person who spoke: "X sets out a plan. The prime minister responds"
        # is about someone else as often as not
        last_speaker = next((s[1] for s in reversed(self.speakers) if s[1] is not None), None)
        first = next((m.start for m in self.mentions if m.entity_id == topic), offset)
        lead = paragraph_number(self.body, first) <= 2 and paragraph_number(self.body, offset) <= 3
        if last_speaker != topic and not lead:
            return None
        if not any(
            m.entity_id == topic and (len(m.text.split()) > 1 or honorific_before(self.body, m.start))
            for m in self.mentions
        ):
            return None  # a person is introduced by full name or honorific ("Norwich have signed ...")
        self._fill_titles()
        others = {w for w in re.findall(r"\bthe\s+(\w+)", self.body[start:offset].lower()) if w in TOPIC_HEADS}
        own = set(words) | {s for w in words for s in _TITLE_SYNONYMS.get(w, ())}
        if others - own - (self._titles or {}).get(topic, set()):
            return None  # "the chancellor" nearby too: two offices in play, which one is not guessed
        self._fill_titles()
        assert self._titles is not None

        def titles_of(eid: str, strict: bool = False) -> set[str]:
            # the topic's own titles as written with the name ("The shadow chancellor said Mr X's
            # plan ..." gives X no "shadow"); anyone else's loosely, as any word near the name
            if strict:
                self._fill_phrases()
                titles = set().union(*(self._phrases or {}).get(eid, [set()]))
            else:
                titles = set(self._titles.get(eid, set()))  # type: ignore[union-attr]
            entry = self.table.entry(eid)
            if entry is not None and entry.role:  # "Putin": the table knows him as president
                titles |= set(re.findall(r"[a-z]+", entry.role.lower()))
            return titles & TOPIC_HEADS

        def other_title(eid: str, strict: bool = False) -> bool:
            titles = titles_of(eid, strict)
            return bool(titles) and not titles <= own

        if other_title(topic, strict=True):
            return None
        # the sex the calling gives ("the actress"), if any: a person of the other sex is not it,
        # and one whose sex is unknown is not it when another person named has that sex
        sex = "f" if head in FEMALE_WORDS or noun_gender(head) == "f" else "m" if noun_gender(head) == "m" else None
        if sex is not None and self.gender(topic) not in (None, sex):
            return None  # "Tom Pell said A. "B," the actress said": not Pell

        def fits_better(eid: str) -> bool:
            return sex is not None and self.gender(topic) != sex and self.gender(eid) == sex and not other_title(eid)

        if not all(other_title(eid) for eid in named - {topic}) and (
            # a calling ("the British actor"), not an office: "Mr X was joined by Tony Blair. Mr X
            # said A. The prime minister said B" names the office's holder, whoever spoke before;
            # right after the person's own claim unless another person named fits the calling
            # better ("The film stars Sam Pell and Anna Kova. Pell said A. "B," the actress said")
            head in JOB_TITLES
            or not self._right_after_own_claim(topic, offset)
            or any(titles_of(eid) & own or fits_better(eid) for eid in named - {topic})
        ):
            return None
        if _other_country(self, topic, phrase):
            return None
        sentence = max((m.end() for m in SENTENCE_BOUNDARY.finditer(self.body, start, offset)), default=start)
        if any(m.entity_id == topic for m in self.mentions_in(sentence, offset)):
            return None  # "X had done it, the minister said": the minister is someone else
        if not self.holds_as_described(topic, words, head, aged="-year-old" in phrase):
            return None  # "X, who resigned as mayor ...": "the mayor" is whoever holds it now
        return topic if self.is_person(topic) else None

    def _right_after_own_claim(self, eid: str, offset: int) -> bool:
        """Whether the description at `offset` follows the person's own claim in the sentence
        just before, in the same paragraph, with no one else named since their name ("Irons said
        A. "B," the British actor said."): the same person described, whoever else the paragraph
        named before (others in a list, "stars such as X, Y and Irons")."""
        last = self.speakers[-1] if self.speakers else None
        if last is None or last[1] != eid or last[2] < self.paragraph_start(offset):
            return False
        if self.sentence_start(offset) > last[2] + 2:
            return False  # a sentence between: no longer right after the claim
        mentions = [m for m in self.mentions_in(self.paragraph_start(offset), offset) if m.label == "PERSON"]
        own = [i for i, m in enumerate(mentions) if m.entity_id == eid]
        return bool(own) and all(m.entity_id == eid for m in mentions[own[-1] :])

    def holds_as_described(self, eid: str, words: list[str], head: str, aged: bool = False) -> bool:
        """Whether person `eid` held the office `head` when a description with `words` says so: a
        past holder ("the former mayor", "the previous minister") unless the article writes them
        as holding it now and never as a past holder ("said Minister X. But the previous minister
        had ...": someone who held it before X; "X has said. The former UN commissioner told ...":
        X, the description tells what X was); a plain one ("the mayor") only if the article never
        writes them as a past holder, unless an age names them still (`aged`: "X has resigned as
        host. The 28-year-old host said")."""
        if {w.lower() for w in words} & PAST_HOLDER_WORDS:
            return self.past_holder(eid, head) or not self.titled_with(eid, {head})
        return aged or not self.past_holder(eid, head)

    def past_holder(self, eid: str, head: str) -> bool:
        """Whether the article writes person `eid` as having held the office `head` only once:
        "former mayor X", "X, the outgoing mayor,", "X, who resigned as mayor", bound to one of X's
        mentions (before the name, or in an apposition or relative clause right after it, before
        anyone else is named), and not undone later in that sentence ("..., was elected mayor again")."""
        once, held_before, regained = _past_office(head)
        for mention in self.mentions:
            if mention.entity_id != eid:
                continue
            start = self.sentence_start(mention.start)
            others = [
                m.start
                for m in self.mentions_in(mention.end, self.sentence_end(mention.end))
                if m.label == "PERSON" and m.entity_id != eid
            ]
            after = self.body[mention.end : self.sentence_end(mention.end)]
            until = min([len(after), *(at - mention.end for at in others)])
            past = None
            for found in once.finditer(after, 0, until):
                # "Mayor X said the former mayor had ...": only a clause bound to X is X's past, and
                # an office right before the next person's name is theirs ("who beat former mayor Y")
                if _BOUND_TO_NAME.fullmatch(after[: found.start()]) and (
                    after[found.end() : until].strip() or not others
                ):
                    past = found
                    break
            if past is None:
                before = self.body[start : mention.start]
                if held_before.search(before):
                    past = re.match("", after)  # the mention's own verb follows at once
            if past is not None and not regained.search(after, past.end()):
                return True
        return False

    def spoke(self, draft: Draft) -> None:
        self.contents.append((draft.start, draft.end))
        if draft.aside:
            return  # '"..., as Ann Bell said, ...," he said': the quoted speaker is the one who goes on
        self.turns.append((draft.sentence_end, draft.speaker, draft.speaker_id))
        if draft.owned:
            return  # "he hit back at Mr X's claim that ...": the next "he" is not Mr X
        if draft.speaker_id and self.is_person(draft.speaker_id):
            self.speakers.append((draft.speaker, draft.speaker_id, draft.sentence_end, None))
        elif draft.speaker_id and (gender := person_description(draft.speaker)) is not None:
            # "A Treasury spokesman": a person who speaks for the organisation; "he" goes on
            self.speakers.append((draft.speaker, None, draft.sentence_end, gender or None))
            self.speaks_for[(draft.speaker, draft.sentence_end)] = draft.speaker_id
        elif draft.speaker_id:
            self.last_group = (draft.speaker, draft.speaker_id)
            self.last_group_at = draft.sentence_end
        elif (gender := person_description(draft.speaker)) is not None:
            self.speakers.append((draft.speaker, None, draft.sentence_end, gender or None))
        elif untagged_name(draft.speaker.split()):
            # "Ubbo Fanne, chief revenue officer at Grobco, said", the name left untagged: the next
            # "he said" may be theirs, so no one who spoke before them gets it (nor do they: no entity)
            self.speakers.append((draft.speaker, None, draft.sentence_end, pronoun_gender(draft.speaker.split()[0])))
            self.untagged.add((draft.speaker, draft.sentence_end))

    def only_player(self, offset: int, club: set[str]) -> str | None:
        """ "the Sale full-back": the one person named in this paragraph and the one before (a
        coach or manager aside, and the club's words, `club`, even if taken for a person), if
        there is exactly one and no name taken for a place might be another; else None."""
        start = self.paragraph_start(offset, 1)
        if self._untyped_subject(start, offset, club):
            return None
        modifiers = {m.entity_id for m in self.mentions if normalise(m.text) in club}
        self._fill_titles()
        people = {
            m.entity_id
            for m in self.mentions_in(start, offset)
            if m.label == "PERSON"
            and m.entity_id not in modifiers
            and not ({"coach", "manager", "boss", "chairman"} & (self._titles or {}).get(m.entity_id, set()))
        }
        named = {m.entity_id for m in self.mentions_in(start, offset) if m.label == "PERSON"} - modifiers
        if len(people) != 1 or len(named) - len(people) > 1:
            return None
        (only,) = people
        return only if self.likely_person(only) else None

    def still_speaking(self, offset: int, sentence_before: bool = False) -> str | None:
        """ "... I love it here," said Y. The tournament debutant added: ...": the named person who
        spoke in the sentence just before, in this paragraph, when no other person was named
        since (outside quotations); else None. With `sentence_before` ("'...,' said Tom Pell. Last
        week the minister had announced ..."): who spoke in the sentence just before the one
        holding `offset`, in this paragraph or the one before, only space or quote marks between."""
        if not self.speakers:
            return None
        _, speaker_id, spoke_at, _ = self.speakers[-1]
        if (
            speaker_id is None
            or not self.is_person(speaker_id)
            or spoke_at < self.paragraph_start(offset, 1 if sentence_before else 0)
        ):
            return None
        if sentence_before:
            if spoke_at > offset or self.body[spoke_at : self.sentence_start(offset)].strip(" \n\"“”'’"):
                return None
        else:
            between = self.body[spoke_at:offset].strip()
            if any(ch.isalnum() for ch in between) and not all(
                between[a : a + 1] in OPEN_QUOTES and not CANDIDATE.search(between[a:b])
                for a, b in split_sentences(between)
            ):
                return None  # narration stands between (more of the quote may)
        if any(eid != speaker_id for _, eid in self._people_between(spoke_at, offset)):
            return None
        return speaker_id

    def described_opener(self, offset: int) -> tuple[str, str] | None:
        """ "The commission, an independent body, had been asked ... But it said ...": the
        organisation a definite description opening the narration sentence just before names
        (the one organisation of the article named before it whose name ends with that word, "the
        Law Commission"), else None. What that sentence is about is what "it" continues with,
        not an organisation that spoke before it."""
        span = self.narration_before(offset)
        if span is None:
            return None
        opener = re.match(r"\s*(?:(?:But|And|Yet|So)\s+)?(The\s+([a-z]+))\b(?![’'-])", self.body[span[0] : span[1]])
        if opener is None or opener.group(2) not in _OPENER_HEADS:
            return None
        head = opener.group(2)
        named = {
            m.entity_id
            for m in self.mentions
            if m.label == "ORG"
            and m.start < span[0]
            and len(m.text.split()) > 1
            and m.text.split()[-1].lower() == head
            and not self.is_media(m.entity_id)
        }
        return (opener.group(1), named.pop()) if len(named) == 1 else None

    def described_person_before(self, offset: int, pronoun: str) -> tuple[str, str] | None:
        """ "After the war, the Velt president showed understanding. He said ...": the person a
        definite description opening the narration sentence just before names as its subject
        (`resolve_description`), over sentences that open with the same pronoun ("He tried to
        ..."), in the same paragraph; when that person fits the pronoun and no other person the
        pronoun fits is named in those sentences. Else None."""
        lo = self.paragraph_start(offset)
        at = offset
        for _ in range(3):
            span = self.narration_before(at)
            if span is None or span[0] < lo:
                return None
            text = self.body[span[0] : span[1]]
            if re.match(rf"\s*{pronoun}\b", text, re.IGNORECASE) is None:
                break
            at = span[0]
        else:
            return None
        opener = _DESCRIBED_PERSON_OPENER.match(text)
        if opener is None or opener.group("head").lower() not in TITLE_WORDS | set(PEOPLE_ROLE_NOUNS):
            return None
        phrase = opener.group("phrase")
        found = self.resolve_description(phrase, opener.group("head").lower(), span[0] + opener.start("phrase"))
        if found is None or not self.is_person(found) or not self.likely_person(found) or not self.fits(found, pronoun):
            return None
        a, b = span[0] + opener.start("phrase"), span[0] + opener.end("phrase")
        for m in self.mentions_in(span[0], offset):
            if (
                m.label == "PERSON"
                and not a <= m.start < b
                and m.entity_id != found
                and self.fits(m.entity_id, pronoun)
            ):
                return None  # another person the pronoun fits, outside the description itself
        return phrase.strip(EDGE), found

    def person_spoke_before(self, offset: int, entity_id: str | None) -> bool:
        """Whether the sentence at `offset` is a quotation ('"Y," it added.') and a claim in the
        sentence just before, in its paragraph, has a person other than `entity_id` for its speaker
        (whom that "it added" goes on from), written with no title or "its" before the name (the
        body's own officer: '"...," said chief executive Jo Bell. "Y," it added.' is the body). Not
        'It added that Y' after a person's claim: the wire's way of going back to the body that
        spoke first, after quoting its officer."""
        if self.body[offset : offset + 1] not in OPEN_QUOTES:
            return False
        span = self.sentence_before(offset)
        if span is None or span[0] < self.paragraph_start(offset):
            return False
        speakers = {
            eid
            for end, _, eid in self.turns
            if span[0] < end <= span[1] + 1 and eid != entity_id and self.is_person(eid)
        }
        for mention in self.mentions_in(span[0], span[1]):
            if mention.entity_id in speakers:
                before = re.findall(r"[\w’'-]+", self.body[span[0] : mention.start].lower())[-3:]
                if "its" in before or any(w in TITLE_WORDS for w in before):
                    speakers.discard(mention.entity_id)  # the body's own officer
        return bool(speakers)

    def other_group_before(self, offset: int, group: tuple[str, str]) -> bool:
        """Whether the narration sentence just before opens with a definite description of an
        organisation that `group` (who "it" would be) cannot be ("Under X, the Venezuelan
        government has ..." after the firm spoke): "it" may be either, so it is not settled."""
        span = self.narration_before(offset)
        if span is None:
            return False
        found = re.match(
            r"\s*(?:(?:But|And|Yet|So|However),?\s+)?(?:[A-Z][^,.]{0,50},\s+)?[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}"
            r"([a-z]+)\s+(?!of\b|for\b|at\b|in\b)[a-z]",
            self.body[span[0] : span[1]],
        )
        if found is None or found.group(1) not in _OPENER_HEADS | {"government", "authorities", "authority"}:
            return False
        head = found.group(1)
        if head in ("organisation", "organization", "group", "body"):
            return False  # "The organisation has found itself in trouble": any organisation, the one that spoke too
        if group[0].lower().split()[-1:] == [head] or normalise(group[0]).split()[-1:] == [head]:
            return False
        return not (head in BUSINESS_HEADS and self.fits_head(group[1], group[0], head))

    def resolve_they(self, offset: int, plural: bool = True) -> tuple[str, str] | None:
        """they (or it): the organisation that spoke last, in this paragraph or the one before, if
        no other organisation (or, for "they", group) was named since; else None."""
        if self.last_group is None or self.last_group_at < self.paragraph_start(offset, 1):
            return None  # only in the paragraph where it spoke and the next
        lo = bisect.bisect_left(self._starts, self.last_group_at)
        hi = bisect.bisect_left(self._starts, offset)
        for mention in self.mentions[lo:hi]:
            if mention.label in (("ORG", "NORP") if plural else ("ORG",)) and mention.entity_id != self.last_group[1]:
                return None
        return self.last_group

    def is_media(self, entity_id: str | None) -> bool:
        """The table's outlets, and an organisation it does not know whose name says what it is
        ("Midshire Radio", "Oldtown FM", "the Borough Gazette")."""
        if not entity_id:
            return False
        entry = self.table.entry(entity_id)
        if entry is not None:
            return entry.is_media
        if entity_id not in self._media_names:
            self._media_names[entity_id] = any(
                m.entity_id == entity_id
                and m.label == "ORG"
                and (
                    (_MEDIA_NAME.search(m.text) and self._press_written_so(m, entity_id))
                    or _MEDIA_NOUN_AFTER.match(self.body, m.end)
                    or self._named_after_media_noun(m)
                    or self._told_with_a_quote(m)
                    or self._outlets_service(m.text)
                )
                for m in self.mentions
            )
        return self._media_names[entity_id]

    def _press_written_so(self, mention: Mention, entity_id: str) -> bool:
        """A name ending in a medium's word is an outlet's; one ending in a paper's (PRESS_NAME_ENDS:
        "Post", "Times", "Express") only if the text writes "the" or "a" before it once ("the Tarbury
        Post said", "a Tarbury Post report"): "Canada Post said", "Deutsche Post" and "American
        Express" are a postal service's and firms' names, which no article precedes."""
        if not _PRESS_NAME.search(mention.text):
            return True
        return any(
            m.entity_id == entity_id
            and (_ARTICLE_BEFORE.search(self.body, max(0, m.start - 4), m.start) or self._in_outlet_shape(m))
            for m in self.mentions
        )

    def _in_outlet_shape(self, mention: Mention) -> bool:
        """ "told Minsk Times, a weekly", '"...," Ms Grell told Velton Times in an interview', "Tarbury
        Herald reported on Monday that ...", "in an interview with X", "wrote in X": a name written
        where only an outlet stands, with no "the" (not "The union told Norland Post it would strike",
        no quotation; nor "told Canada Post workers", a noun after the name; nor "Canada Post reported
        on Monday that", "Velmar Express reported that": a name ending in Post or Express reporting is
        a firm giving its own results)."""
        body = self.body
        if _PRESS_NOUN_APPOSED.match(body, mention.end):
            return True
        if _REPORTED_THAT_AFTER.match(body, mention.end):
            return not mention.text.endswith(_FIRM_PRESS_ENDS)  # "Canada Post reported on Monday that"
        if not _NAME_PHRASE_ENDS.match(body, mention.end):
            return False  # "told Canada Post workers", "wrote in Velmar Express's report"
        if _OUTLET_PHRASE_BEFORE.search(body, max(0, mention.start - 30), mention.start):
            return True
        if not _TOLD_BARE.search(body, max(0, mention.start - 10), mention.start):
            return False
        start = self.sentence_start(mention.start)
        return bool(
            _COLON_QUOTE_AFTER.match(body, mention.end) or _QUOTE_CLOSED_BEFORE.search(body, start, mention.start)
        )

    def _outlets_service(self, name: str) -> bool:
        """ "Fox News Digital", "CNN International": a known outlet's name, then a word that names
        one of its services (MEDIUM_SERVICE_WORDS)."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in MEDIUM_SERVICE_WORDS:
            return False
        entry = self.table.entry(self.table.canonical(" ".join(words[:-1])) or "")
        return entry is not None and entry.is_media

    def _told_with_a_quote(self, mention: Mention) -> bool:
        """'"...," the striker told Radio Tarko.', 'She told Tarko Live: "..."': a name the table
        does not know, told a quotation with no "the" before it and nothing after it but the end of
        the attribution, is the medium the words were given to (a body told something is written
        "told the committee", "told Parliament that ..."); never a name that reads as a person's."""
        if not _TOLD_BARE.search(self.body, max(0, mention.start - 10), mention.start):
            return False
        if _person_like_name(mention.text) or not self._media_shaped(mention.text):
            return False
        if _COLON_QUOTE_AFTER.match(self.body, mention.end):
            return True
        start = self.sentence_start(mention.start)
        return bool(_PERIOD_AFTER.match(self.body, mention.end)) and bool(
            _QUOTE_CLOSED_BEFORE.search(self.body, start, mention.start)
        )

    def _media_shaped(self, name: str) -> bool:
        """A name that carries a medium's word ("Cadena Ostral", "Kestrel Radio"), is a channel's
        acronym ("KSTV") or a known outlet's name before a station's ("Grobcast KFM"), and does not
        end in a body's, a firm's or a club's head ("Radio Council", "Grobco Bank", "Tarkon FC")."""
        words = name.split()
        if not words or words[-1].lower() in BODY_NAME_ENDS:
            return False
        if any(w.lower() in MEDIA_NAME_WORDS for w in words) or _CHANNEL_ACRONYM.fullmatch(name):
            return True
        first = self.table.canonical(words[0]) if len(words) > 1 else None
        entry = self.table.entry(first) if first else None
        return entry is not None and entry.is_media

    def _named_after_media_noun(self, mention) -> bool:
        """ "marketing magazine New Brand Age": the name after a media noun that no other name
        owns ("told the Grobco news agency Tarkon's exit was agreed": the noun is Grobco's); a place
        before the noun says where the medium is from ("US magazine Tarko Monthly")."""
        noun = _MEDIA_NOUN_BEFORE.search(self.body, max(0, mention.start - 30), mention.start)
        return noun is not None and not any(
            noun.start() - 2 <= other.end <= noun.start() and other.label not in ("PLACE", "GPE", "NORP")
            for other in self.mentions_in(noun.start() - 60, noun.start())
        )

    def described_outlet(self, phrase: str, offset: int) -> str | None:
        """ "according to the magazine", "the Spanish daily", "the trade weekly": the one outlet of
        the noun's kind the passage named before (`last_outlet`), when the words between "the" and
        the noun fit a medium (a nationality, a name, a kind of press; not "the aid agency", "the
        white paper"); else None. The one reading of such a description, whoever asks."""
        found = _DESCRIBED_OUTLET.fullmatch(phrase.strip())
        if found is None or not _media_modifiers(found.group(1).split()):
            return None
        return self.last_outlet(offset, found.group(2))

    def last_outlet(self, offset: int, noun: str) -> str | None:
        """ "told the paper": the one outlet of that kind named in this paragraph and the two before,
        else None: a newspaper for "paper", "newspaper", "tabloid", "daily"; a newspaper or other
        medium for "weekly" and "magazine"; an agency for "agency"; for any other noun ("the
        station", "the programme") a broadcaster, channel or programme."""
        named = self.outlets_named(offset, noun)
        return named[0] if len(named) == 1 else None

    def outlets_named(self, offset: int, noun: str) -> list[str]:
        """The outlets of the noun's kind (`last_outlet`) named in this paragraph and the two before
        `offset`, in the order the text first names them ("the Sunday Echo and the Daily Post":
        what "the papers" or "both newspapers" say after it)."""
        kinds = MEDIUM_KINDS.get(noun, BROADCAST_KINDS)
        named: list[str] = []
        for m in self.mentions_in(self.paragraph_start(offset, 2), offset):
            entry = self.table.entry(m.entity_id)
            # a medium the table does not know is of the kind its name says ("Midshire TV": a broadcaster)
            kind = entry.kind if entry is not None else ("broadcaster" if _BROADCAST_NAME.search(m.text) else None)
            if self.is_media(m.entity_id) and (kind is None or kind in kinds):
                named.append(self.table.outlet(m.entity_id))
        return list(dict.fromkeys(named))

    def is_person(self, entity_id: str | None) -> bool:
        """A person by the table, else by the model's tag, else by a name the model tagged as
        something else that is a first name and a surname ("Vince Cable" taken for an ORG)."""
        if not entity_id:
            return False
        entry = self.table.entry(entity_id)
        if entry is not None:
            return entry.label == "PERSON"
        mine = [m for m in self.mentions if m.entity_id == entity_id]
        return any(m.label == "PERSON" for m in mine) or any(
            m.label == "ORG" and _person_like_name(m.text) for m in mine
        )


# what may stand between a mention and the past-holder words that are its own: ", the outgoing
# mayor", ", 58, a former mayor", ", who resigned as mayor", ", who is now a former mayor"
_BOUND_TO_NAME = re.compile(
    r",(?:[^,]*,)*\s*(?:(?:who|whom)\s+(?:(?:also|now)\s+)?(?:(?:is|was|had\s+been|has\s+been)\s+)?)?"
    r"(?:(?:the|a|an|his|her|their|now|also)\s+)*",
    re.IGNORECASE,
)
# a rank below or beside the office ("former deputy mayor" never held "mayor")
_OTHER_RANK = alternation((TITLE_QUALIFIERS | _TITLE_QUALIFIERS) - PAST_HOLDER_WORDS)


@functools.lru_cache(maxsize=256)
def _past_office(head: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of `ArticleContext.past_holder` for office `head`: one that says it was held
    once ("former mayor", "resigned as mayor", "who was mayor"), the same ending right before a
    name, and one that says it was taken (again) after ("was elected mayor again", "became mayor")."""
    past = "|".join(sorted(PAST_HOLDER_WORDS - {"then"}))
    office = rf"{re.escape(head)}s?\b(?!['’])"
    # "former Dorran mayor", "resigned as party leader": up to two words of the office between,
    # none that starts another ("former striker and now manager") or is a rank ("deputy")
    between = (
        rf"(?:(?!(?:and|now|but|who|is|was|to|then|for|the|a|at|in|on|of|with|by|{_OTHER_RANK})\b)[\w-]+\s+){{0,2}}?"
    )
    once = re.compile(
        rf"\b(?:(?:(?:{past})[\s-]+|(?:resigned|quit|retired|stepped\s+down|stood\s+down)\s+as\s+"
        rf"(?:(?:the|his|her)\s+)?){between}|(?:who|he|she)\s+(?:was|had\s+been)\s+(?:the\s+)?){office}",
        re.IGNORECASE,
    )
    taken = re.compile(
        rf"\b(?:became|(?:was|is|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|appointed|named|chosen|made|installed)"
        rf"(?:\s+as)?|(?:re-?elected|returned|reinstated|took\s+over)\s+as)\s+(?:(?:the|a)\s+)?{between}{office}",
        re.IGNORECASE,
    )
    # "former Dorran mayor X", "Former Mayor of Dorran X": right before the name
    before = re.compile(rf"{once.pattern}(?:\s+of(?:\s+[A-Z][\w-]*)+)?\s*$", re.IGNORECASE)
    return once, before, taken


def other_nation_named(ctx: ArticleContext, phrase: str, entity_id: str) -> bool:
    """Whether the description's nationality ("the German exchange") is written nowhere in the
    names of the organisation `entity_id` ("London Stock Exchange"): then it is another one."""
    nations = {w for w in phrase.lower().split() if w in NATIONALITIES}
    if not nations:
        return False
    names = " ".join(m.text.lower() for m in ctx.mentions if m.entity_id == entity_id)
    return not any(n in names or any(c in names for c in COUNTRY_OF.get(n, ())) for n in nations)


def other_nationality(ctx: ArticleContext, entity_id: str, phrase: str) -> bool:
    """Whether the phrase gives a nationality and the article gives the person another one ("Swiss
    star X" against "the American"). A phrase with no nationality ("the 31-year-old" for "Greek
    sprinter X") clashes with none."""
    given = ctx.title_words().get(entity_id, set()) & NATIONALITIES
    written = {w.lower() for w in phrase.split()} & NATIONALITIES
    return (bool(given) and bool(written) and not given & written) or _other_country(ctx, entity_id, phrase)


def _other_country(ctx: ArticleContext, entity_id: str, phrase: str) -> bool:
    """Whether the phrase's nationality adjective names a country other than the one written by
    the person's name ("Italy coach X" is not "the French coach")."""
    ctx._fill_titles()
    countries = {c for w in phrase.lower().split() for c in COUNTRY_OF.get(w, ())}
    named = (ctx._titles or {}).get(entity_id, set()) & _COUNTRIES
    return bool(countries) and bool(named) and not named & countries


def _names_a_place(text: str) -> bool:
    """Whether a body's own description names a place: a nationality ("British") or "X-based"."""
    return bool(_PLACE_BASED.search(text)) or any(
        w.lower() in COUNTRY_OF or w.lower() in DEMONYMS or w.lower() in NATIONALITIES
        for w in re.findall(r"\b[A-Z][a-z]+\b", text)
    )
