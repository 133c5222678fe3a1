"""People's names: honorifics, titles before a name, surnames, and gender for pronouns.

One home for what the entity resolver and the claim extractor both need to know about a
person's name:
- `split_name("Ms Ruth Kelly")` -> honorific "Ms", core "Ruth Kelly": identity ignores the
  honorific ("Ms Kelly" is Ruth Kelly); a peerage ("Lord Falconer") keeps its title for display.
- `strip_titles("Chancellor Gordon Brown")` -> "Gordon Brown": job titles glued to a name, and
  what a person is ("sprinter Kelly Holmes") before a first name and a surname.
- `gender_of(names, honorifics, kin)`: "m", "f" or None, from honorifics in front of the mentions,
  words of kin or role right before them ("her father, Murray") and the first names (the
  `gender-guesser` name list, shipped inside its wheel; optional), a first name that Britain or
  the US take the other way ("Jan", "Jean") giving none.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache

from belreader.nlp.offices import PAST_HOLDER_WORDS, SHORT_RANKS, TITLES_BEFORE_NAMES

# the kin a person is to another ("his sister", "her husband"), one of a family sharing a surname
# (the nearest, which every rule of kin reads: "Jo Bell's mother said", "his daughter X")
CLOSE_KIN = frozenset({"mother", "father", "wife", "husband", "son", "daughter", "sister", "brother"})
KIN_WORDS = frozenset(
    CLOSE_KIN
    | {"widow", "widower"}
    | {"grandmother", "grandfather", "granddaughter", "grandson", "aunt", "niece", "cousin", "mum", "stepdaughter"}
)


def word_before_name(words: Iterable[str]) -> re.Pattern[str]:
    """The one shape of a word of kin or role right before a person's name, at most a comma between
    ("his wife Christine Pell", "Her son, David Pell", "spokeswoman Ann Bell"), for `words`: group
    "word" is the word, group "owner" the possessive before it when written ("his"); search it in
    the text right before the name."""
    alternatives = "|".join(sorted(words))
    return re.compile(rf"\b(?:(?P<owner>his|her|their)\s+)?(?P<word>{alternatives}),?\s+$", re.IGNORECASE)


# honorifics that say nothing about identity; the value is the gender they imply
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dr": None,
    "dr.": None,
    "sir": "m",
    "dame": "f",
    "prof": None,
    "prof.": None,
    "professor": None,
    "rev": None,
    "rev.": None,
    "reverend": None,
}
# a faith's titles before a name ("Rabbi Marvin Hier", "Cardinal Cormac Murphy-O'Connor"): not part
# of the name, as an honorific (the guide: titles are not part of the name); the value is the
# gender they imply (offices' HOLDER_GENDER). Only before a capitalised word ("the Archbishop of
# Canterbury" is an office), and "Father" only before a first name and a surname ("Father
# Christmas" is no priest). Not in HONORIFICS: "Bishop" alone is a surname, not a title alone.
RELIGIOUS_TITLES = {
    "rabbi": "m",
    "imam": "m",
    "cardinal": "m",
    "archbishop": None,
    "bishop": None,
    "sheikh": "m",
    "ayatollah": "m",
    "pastor": None,
    "father": "m",
}
_TITLES_BEFORE_FULL_NAMES = frozenset({"father"})
# a church's or a faith's words before its titles ("the Roman Catholic Archbishop", "the Chief Rabbi")
FAITH_TITLE_WORDS = frozenset(
    {"roman", "catholic", "anglican", "orthodox", "methodist", "baptist", "presbyterian", "chief", "grand"}
)


def faith_title_alone(text: str, before: str) -> bool:
    """ "the Cardinal", "The Roman Catholic Archbishop (of X)": a faith's title after "the", with
    only its church's words before it, names no one by name (the office or the person it refers
    to); "Bishop" alone, or "Cardinal Tom Pell", may be a name."""
    words = [w.lower() for w in text.split()]
    return (
        before[-4:].lower() == "the "
        and bool(words)
        and words[-1] in RELIGIOUS_TITLES
        and all(w in RELIGIOUS_TITLES or w in FAITH_TITLE_WORDS for w in words[:-1])
    )


# what a place or a body named after a cleric ends with ("Imam Khomeini International Airport"): no
# person's name after the title
_NAMED_AFTER_A_CLERIC = frozenset(
    "airport mosque street road square hospital school college university foundation centre center "
    "institute trust cathedral church prize award".split()
)
# peerages: part of the name as people use it ("Lord Falconer"), but not of its identity
PEERAGES = {"lord": "m", "lady": "f", "baroness": "f", "baron": "m", "earl": "m", "viscount": "m", "countess": "f"}
# what goes before "Justice" in a judge's style ("Mr Justice Eady", "Lord Justice Rix"): part of the
# name as written, as a peer's title
JUDGES_STYLES = frozenset({"mr", "mrs", "ms", "lord", "lady"})


def judges_style(words: list[str]) -> str | None:
    """The style a judge's name is written with ("Mr" of "Mr Justice Eady", "Lady" of "Lady
    Justice Pellow"), else None."""
    if len(words) >= 3 and words[1] == "Justice" and words[0].lower() in JUDGES_STYLES:
        return words[0]
    return None


def honorific_words(table: Iterable[str]) -> set[str]:
    """The honorifics of `table` as written before a name, capitalised and without their full
    stops: {"Professor", ..., "Mr"} (sources.alternation makes a regular expression of them)."""
    return {word.rstrip(".").capitalize() for word in table}


# job titles that the model sometimes glues in front of a name ("Chancellor Gordon Brown"; the words
# are offices' own, grouped there)
JOB_TITLES = set(TITLES_BEFORE_NAMES)
# an officer's title written by its initials ("the CEO said", "the DCI said": a detective chief
# inspector): a person, never a body's acronym
OFFICER_INITIALS = frozenset({"ceo", "cfo", "coo", "cto", "cio", "md", "dci", "dcs"})
# words that may stand between or before job titles ("Shadow Home Secretary", "England captain")
_TITLE_FILLERS = {
    "home",
    "foreign",
    "culture",
    "health",
    "education",
    "trade",
    "industry",
    "defence",
    "defense",
    "environment",
    "transport",
    "treasury",
    "work",
    "pensions",
    "interior",
    "finance",
    "economy",
    "justice",
    "opposition",
    "tory",
    "labour",
    "conservative",
    "liberal",
    "democrat",
    "republican",
    "state",
    "of",
    "the",
    "for",
    "and",
    "&",
    "party",
    "then",
    "new",
    "team",
    "england",
    "wales",
    "scotland",
    "britain",
    "british",
    "us",
    "uk",
    "eu",
    "un",
    "general",
    "officer",
    "executive",
}
TITLE_WORDS = JOB_TITLES | _TITLE_FILLERS
# what people are, written before their names ("sprinter Kelly Holmes", "singer Joss Stone"):
# not part of a name, stripped only before a first name and a surname (strip_titles)
ROLE_NOUNS = {
    "sprinter",
    "athlete",
    "hurdler",
    "runner",
    "swimmer",
    "cyclist",
    "boxer",
    "golfer",
    "jockey",
    "trainer",
    "batsman",
    "bowler",
    "cricketer",
    "footballer",
    "player",
    "flanker",
    "fly-half",
    "scrum-half",
    "full-back",
    "forward",
    "keeper",
    "star",
    "superstar",
    "champion",
    "veteran",
    "legend",
    "singer",
    "rapper",
    "rocker",
    "musician",
    "guitarist",
    "drummer",
    "bassist",
    "frontman",
    "songwriter",
    "composer",
    "producer",
    "actor",
    "actress",
    "comedian",
    "presenter",
    "broadcaster",
    "dj",
    "writer",
    "author",
    "novelist",
    "playwright",
    "poet",
    "artist",
    "designer",
    "film-maker",
    "filmmaker",
    "journalist",
    "economist",
    "analyst",
    "specialist",
    "expert",
    "consultant",
    "tycoon",
    "magnate",
    "billionaire",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "investor",
    "lawyer",
    "barrister",
    "campaigner",
    "candidate",
    "frontbencher",
    "backbencher",
    "activist",
    "scientist",
    "chef",
    "photographer",
    "dancer",
    "choreographer",
    "painter",
    "sculptor",
    "astronaut",
    "cleric",
    "priest",
    "preacher",
}
# where they are from, as a noun or an adjective before a full name ("Briton Tim Henman")
NATIONALITIES = {
    "briton",
    "scot",
    "welshman",
    "welshwoman",
    "englishman",
    "englishwoman",
    "irishman",
    "irishwoman",
    "frenchman",
    "dutchman",
    "american",
    "australian",
    "russian",
    "french",
    "german",
    "spanish",
    "spaniard",
    "italian",
    "swiss",
    "swede",
    "belgian",
    "argentine",
    "brazilian",
    "canadian",
    "kenyan",
    "ethiopian",
    "moroccan",
    "greek",
    "croatian",
    "serbian",
    "czech",
    "ukrainian",
    "belarusian",
    "japanese",
    "chinese",
    "indian",
    "frenchwoman",
    "dutchwoman",
    "scotsman",
    "scotswoman",
    "norwegian",
    "portuguese",
    "austrian",
    "hungarian",
    "romanian",
    "bulgarian",
    "slovakian",
    "slovenian",
    "bosnian",
    "israeli",
    "palestinian",
    "iraqi",
    "iranian",
    "pakistani",
    "afghan",
    "korean",
    "egyptian",
    "nigerian",
    "ghanaian",
    "cameroonian",
    "ivorian",
    "senegalese",
    "zimbabwean",
    "mexican",
    "colombian",
    "chilean",
    "peruvian",
    "uruguayan",
    "venezuelan",
    "jamaican",
    "zealander",
    "dane",
    "serb",
    "croat",
    "turk",
    "slovak",
    "latvian",
    "lithuanian",
    "estonian",
    "icelander",
    "argentinian",
    "tunisian",
    "algerian",
    "zambian",
}
# how a people's word ends ("Tarnian", "Japanese", "Polish")
PEOPLES_WORD_END = re.compile(r"(?:ian|ians|ese|ish)$")


def a_nations_word(word: str) -> bool:
    """Whether a lower-case word before an office names a nation ("us", "french", "tarnian")."""
    return word in ("us", "uk") or word in NATIONALITIES or PEOPLES_WORD_END.search(word) is not None


def same_office(a: str, b: str) -> bool:
    """Whether two offices read before names (entities.office_before) are one: the same words, or
    one the other with a nation's word before it ("president", "us president"); "grobco president"
    is not "president", nor "deputy prime minister" "prime minister"."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(" " + short) and a_nations_word(long[: -len(short) - 1])


ROLE_NOUNS |= NATIONALITIES
# the words for peoples, faiths and political camps that neither NATIONALITIES nor a people's word's
# ending ("-ian", "-ese", "-ish", "-ist") gives: with them a group's name the model found (NORP) is
# one ("Arabs", "the Inuit", "Muslims", "a Democrat"); singular forms, lower case
GROUP_WORDS = frozenset(
    "arab jew muslim moslem sikh hindu jain druze sunni shia mormon quaker protestant evangelical orthodox "
    "latin soviet anglo brit kiwi aussie yank yankee pom inuit kyrgyz basque cypriot kurd maori aborigine "
    "aboriginal bedouin roma gypsy celt zulu tamil thai saudi somali azeri emirati uzbek kazakh tajik chechen "
    "tatar slav magyar boer mongol walloon gael manx hutu tutsi nazi democrat liberal republican tory "
    "pole finn hmong copt uighur yazidi bosniak kosovar pashtun slovene balt jihadi salafi sufi ismaili latino "
    "gurkha".split()
)
_ROLE_FILLERS = {"olympic", "world", "tennis", "football", "rugby", "athletics", "pop", "rock", "film", "hollywood"}
# the lower-case words a surname starts with ("van den Heever", "de Villiers", "Lo Cicero"): a
# name that starts with one is a surname, not a first name and a surname
SURNAME_PARTICLES = frozenset(
    "de da di del della van von der den le la lo du des dos das al el bin ibn st mac mc o ter ten".split()
)


# the letters one first name is spelt with in two transliterations ("Viktor" and "Victor",
# "Aleksei" and "Alexey", "Sergey" and "Sergei"): each pair folded to its second
_TRANSLITERATED = (("ks", "x"), ("ph", "f"), ("k", "c"), ("w", "v"), ("y", "i"))


def transliterated_alike(first: str, other: str) -> bool:
    """Whether two different first names of four letters or more (normalised, lower-case) are one
    name in two transliterations: the same once "k"/"c", "ks"/"x", "ph"/"f", "w"/"v" and "y"/"i"
    are folded ("viktor", "victor"). Not "jon"/"joe" (another letter, another name)."""
    if first == other or min(len(first), len(other)) < 4:
        return False
    folded = []
    for name in (first, other):
        for written, read in _TRANSLITERATED:
            name = name.replace(written, read)
        folded.append(name)
    return folded[0] == folded[1]


def name_before_particle(words: tuple[str, ...]) -> str | None:
    """The word a name of four words or more is called by alone where it stands between the given
    names and a surname with its particle ("luiz inacio lula da silva" -> "lula", as Portuguese names
    write it), else None; not the first word ("pieter van den heever": Pieter is a first name)."""
    if len(words) < 4:
        return None
    for i in range(1, len(words) - 1):
        if words[i + 1] in SURNAME_PARTICLES:
            word = words[i]
            return word if word not in SURNAME_PARTICLES and word.isalpha() and len(word) > 2 else None
    return None


def surname_first(words: tuple[str, ...]) -> str | None:
    """The surname of a name of three short words that starts with it, as Chinese, Malaysian and
    Korean names are written ("khoo kay peng" -> "khoo", "lee kuan yew" -> "lee"): three words of
    two to five letters, the first no first name of a known sex ("anne kay ash" is left alone), no
    word a surname particle; else None."""
    if len(words) != 3 or not all(2 <= len(w) <= 5 and w.isalpha() for w in words):
        return None
    if first_name_gender(words[0].capitalize()) is not None or any(w in SURNAME_PARTICLES for w in words):
        return None
    return words[0]


def is_particle_surname(words: tuple[str, ...] | list[str]) -> bool:
    """Whether a name's normalised words are a surname with its particles ("van den heever",
    "lo cicero"): two to four words, the first a particle."""
    return 2 <= len(words) <= 4 and words[0] in SURNAME_PARTICLES


# what follows a name to tell a son from his father ("Walter M Phillips Jr", "Andre Nzame III"):
# part of the full name, never a name alone, nor what two people's names share
GENERATION_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr"})  # never a name's own word, unlike "III"
NAME_SUFFIXES = GENERATION_SUFFIXES | {"ii", "iii", "iv"}
# what may follow a name in its speaker phrase, a seat or a rank, not part of the name ("Jo Bell
# MP", "Tom Pell MSP"): the letters, optional, as a pattern to match what follows the name
AFTER_NAME = re.compile(r"(?:\s+(?:MP|MEP|MSP|AM|QC|KC))?")
# the letters written after a person's name, no part of it ("Andrew Nicol QC", "Jo Bell, MBE")
POST_NOMINALS = ("QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE")


def is_name_suffix(word: str) -> bool:
    """Whether one written word is a name suffix ("Jr", "Jr.", "III")."""
    return word.lower().rstrip(".,") in NAME_SUFFIXES


def without_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's normalised words without the suffix that ends it: ("walter", "m", "phillips",
    "jr") -> ("walter", "m", "phillips"); a suffix alone is kept (it names nobody either way)."""
    return words[:-1] if len(words) > 1 and words[-1] in NAME_SUFFIXES else words


GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}

# an honorific, a peerage or a faith's title right before a name ("Father" only before a full name)
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|(?<=\W))("
    + "|".join(
        sorted(
            honorific_words(HONORIFICS)
            | honorific_words(PEERAGES)
            | honorific_words(RELIGIOUS_TITLES.keys() - _TITLES_BEFORE_FULL_NAMES),
            key=lambda word: (-len(word), word),
        )
    )
    + r")\.?\s+$"
)


_STRIPPABLE = TITLE_WORDS | ROLE_NOUNS | _ROLE_FILLERS


# a nickname in quotes between a first name and a surname: Tom "Tank" Pell, Ida 'Red' Vell, Jim
# "the Hammer" Dorr (one or two capitalised words, "the" before them left out of the nickname)
NICKNAME_IN_NAME = re.compile(
    r"(?<![\w’'-])(?P<first>[A-Z][\w’'-]*[a-z])\s+[\"“‘'](?:[Tt]he\s+)?"
    r"(?P<nick>[A-Z][\w’'.-]*?(?:\s+[A-Z][\w’'.-]*?)?)\s*[\"”’']\s+(?P<last>[A-Z][\w’'-]*[a-z])(?![\w’'-])"
)


def without_nickname(text: str) -> tuple[str, str | None]:
    """(the name without it, the nickname) of a name with a quoted nickname inside: 'Tom "Tank"
    Pell' -> ("Tom Pell", "Tank"); any other text -> (text, None)."""
    match = NICKNAME_IN_NAME.search(text)
    if match is None:
        return text, None
    return text[: match.end("first")] + " " + text[match.start("last") :], match.group("nick")


@lru_cache(maxsize=65536)  # asked for the same names by rule after rule
def split_name(text: str) -> tuple[str | None, str]:
    """(honorific or peerage as written, the rest) of a name: "Mr Blair" -> ("Mr", "Blair")."""
    words = text.split()
    style = judges_style(words)
    if style is not None and style.lower() in HONORIFICS:
        # "Mr Justice Eady": the judge's style is the name as the guide keeps it, shown whole like
        # a peer's ("Lord Justice Rix"); identity keeps "Justice" ("Alan Eady" is someone else)
        return None, text
    if len(words) >= 2:
        first = words[0].lower()
        if first in HONORIFICS or first in PEERAGES:
            return words[0], " ".join(words[1:])
        if (
            first in RELIGIOUS_TITLES
            and words[1][:1].isupper()
            and (len(words) >= 3 or first not in _TITLES_BEFORE_FULL_NAMES)
            and words[-1].lower() not in _NAMED_AFTER_A_CLERIC
        ):
            return words[0], " ".join(words[1:])
    return None, text


def is_peerage(word: str | None) -> bool:
    return word is not None and word.lower().rstrip(".") in PEERAGES


def is_rank_abbreviation(word: str) -> bool:
    """ "Gen", "Lt", "Gen.", "Det", "Supt.": a forces' or a police rank written short (offices'
    SHORT_RANKS), with a capital and then lower case."""
    word = word.rstrip(".")
    return word.lower() in SHORT_RANKS and word[:1].isupper() and word[1:].islower()


def _name_rank(name: str) -> int:
    """How full a shown person's name is: its words without a peer's title and designation, so that
    a first name and surname ("Jim Pellow") are the name before "Lord Pellow" or "Lord Pellow of Ayr",
    as the guide keeps them."""
    honorific, core = split_name(name)
    if is_peerage(honorific):
        core = core.split(" of ")[0]
    return len(core.split())


def _rank_before_a_surname_of(text: str, names: Mapping[str, int]) -> bool:
    """ "Gen Pinochet" among the names "Augusto Pinochet" or "Pinochet" of one person: a rank
    written short (which display_name keeps before one word) before the surname of another name."""
    words = text.split()
    return (
        len(words) == 2
        and is_rank_abbreviation(words[0])
        and any(other != text and other.split()[-1] == words[1] for other in names)
    )


def chosen_name(names: Mapping[str, int], label: str) -> str:
    """The name an entity is shown by, of its names as shown with how often each is seen: one home
    for an article's entity list and the corpus screen. A person: the fullest name (`_name_rank`,
    so "Jim Pellow" before "Lord Pellow", and "Lord Pellow" and "Lord Pellow of Ayr" rank alike),
    then a peer's title, then the most seen; a rank before another name's surname is left out.
    Anything else: the most words, then the most seen; but a hyphenated name ("Mercedes-Benz")
    over its own first word, alone or with lower-case words ("Mercedes", "Mercedes group")."""
    kept = {t: n for t, n in names.items() if not _rank_before_a_surname_of(t, names)} or dict(names)
    # one name written with a hyphen and with a space ("Ann Tarlo-Vell", "Ann Tarlo Vell") is one
    # name: both spellings rank as its spaced words, together as often as both are seen, and the
    # one seen more often is shown; only a capitalised name ("full-year" beside "full year" is an
    # adjective and a noun)
    spaced = {t: t.replace("-", " ") for t in kept}
    spellings: dict[str, int] = defaultdict(int)
    for t, n in kept.items():
        spellings[spaced[t]] += n

    def spelled(t: str) -> str:
        return spaced[t] if t[:1].isupper() and sum(u == spaced[t] for u in spaced.values()) > 1 else t

    def seen(t: str) -> int:
        return spellings[spaced[t]] if spelled(t) != t else kept[t]

    if label == "PERSON":
        return max(kept, key=lambda t: (_name_rank(spelled(t)), is_peerage(split_name(t)[0]), seen(t), kept[t], t))
    hyphenated = [t for t in kept if HYPHENATED_NAME.fullmatch(t)]
    if hyphenated and all(t in hyphenated or any(short_word(t) == h.split("-")[0] for h in hyphenated) for t in kept):
        # "Mercedes-Benz" beside "Mercedes" and "the Mercedes group", its short forms: the full name
        return max(hyphenated, key=lambda t: (kept[t], t))
    return max(kept, key=lambda t: (len(spelled(t).split()), seen(t), kept[t], t))


# a hyphenated name of two capitalised words, each its own group ("Mercedes-Benz"); entities reads it
HYPHENATED_NAME = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")


def short_word(text: str) -> str | None:
    """The first word of a name written alone or before lower-case words only ("Mercedes", "Mercedes
    group" -> "Mercedes"; "Mercedes Smart" -> None): how a hyphenated name ("Mercedes-Benz") is
    written short. One test for the entity merge and the shown name."""
    words = text.split()
    return words[0] if words and all(w.islower() for w in words[1:]) else None


def strip_titles(text: str) -> str:
    """ "Chancellor Gordon Brown" -> "Gordon Brown", "Lt Col Jo Bell" -> "Jo Bell"; a name that
    is only titles is left alone."""
    words = text.split()
    i = 0
    while i < len(words) - 1:
        if words[i].lower().strip(",") in _STRIPPABLE:
            i += 1
            continue
        ranks = i
        while ranks < len(words) - 1 and is_rank_abbreviation(words[ranks]):
            ranks += 1
        # a rank written short comes off before another rank or before two words, a first name and
        # a surname ("Lt Col X", "Gen Ann Pell"); before one word it may be a name ("Maj Sjowall",
        # "Sgt Pepper")
        if ranks == i or (ranks - i < 2 and len(words) - ranks < 2):
            break
        i = ranks
    prefix = [w.lower().strip(",") for w in words[:i]]
    if i and not any(w in JOB_TITLES or is_rank_abbreviation(word) for w, word in zip(prefix, words, strict=False)):
        if not (any(w in ROLE_NOUNS for w in prefix) and len(words) - i >= 2 and is_first_name(words[i])):
            return text  # "Home Office", "Labour Party", "Star Wars": no title, not a person's
    if i and words[i][:1].isupper():
        return " ".join(words[i:])
    return text


# words ending in "man" that say nothing of a person's sex ("the German", "the Roman")
_UNGENDERED_MAN = {"german", "germans", "roman", "human", "ottoman"}


def noun_gender(word: str) -> str | None:
    """ "m" for a noun of a man ("Frenchman", "chairman"), "f" of a woman ("Dutchwoman"), else
    None: "the German" may be either."""
    word = word.lower()
    if word.endswith("woman"):
        return "f"
    if word.endswith("man") and word not in _UNGENDERED_MAN:
        return "m"
    return None


def is_person_noun(text: str) -> bool:
    """ "Frenchman", "Russian", "Dutchwoman", "striker": one word that says what a person is
    (a nationality or a role), never a name, even when the model tags it as an organisation."""
    word = text.strip().lower()
    return " " not in word and (
        word in ROLE_NOUNS or word in JOB_TITLES or (word.endswith(("man", "woman")) and len(word) > 6)
    )


def is_title_only(text: str) -> bool:
    """ "Shadow", "Chancellor", "Mr": a title or honorific with no name; also faith's titles or other
    title words after a word of a past holder ("Retired Bishop", "Outgoing Mayor": "Bishop" alone
    may be a surname)."""
    words = [w.lower().rstrip(".") for w in text.split()]
    if len(words) > 1 and words[0] in PAST_HOLDER_WORDS:
        words = words[1:]
        if all(w in RELIGIOUS_TITLES or w in TITLE_WORDS for w in words):
            return True
    return (
        bool(words)
        and any(w in JOB_TITLES or w in HONORIFICS or w in PEERAGES for w in words)
        and all(w in TITLE_WORDS or w in HONORIFICS or w in PEERAGES for w in words)
    )


def untagged_name(words: list[str], *, loose: bool = False) -> bool:
    """Whether a speaker the model tagged nothing for, split into `words`, is written as a name:
    a run of capitalised words ("Ubbo Fanne"), not a description. The one home of this question,
    with the two answers its callers need:
    - strict (claims.context's pronoun tracker, where a yes makes the name the one the next "he
      said" may go back to): two or three words, each a plain name's word ("Dell'Olio",
      "Bell-Smith"), the first no article ("The Times" is no one's name);
    - `loose` (speakers, whether someone else spoke between a pronoun and the person it is given,
      where a yes only stops the pronoun reaching back over them, the careful answer; its caller
      has cut the words at the first comma and ruled out person nouns): two to four words, each
      opening with a capital, an article too ("The Grobs", a band)."""
    if loose:
        return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
    return (
        2 <= len(words) <= 3
        and words[0] not in ("The", "A", "An")
        and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", w) for w in words)
    )


def honorific_before(body: str, start: int) -> str | None:
    """The honorific or peerage written right before `start` ("Mr " before "Blair"), if any."""
    match = _HONORIFIC_BEFORE.search(body[max(0, start - 12) : start])
    return match.group(1) if match else None


def honorific_gender(word: str | None) -> str | None:
    if not word:
        return None
    key = word.lower()
    if key in HONORIFICS:
        return HONORIFICS[key]
    if key in RELIGIOUS_TITLES:
        return RELIGIOUS_TITLES[key]
    return PEERAGES.get(key.rstrip("."))


_detector = None
_detector_lock = threading.Lock()


def _first_name_detector():
    """gender_guesser's detector, loaded once (half a second); False if the package is missing."""
    global _detector
    with _detector_lock:
        if _detector is None:
            try:
                import gender_guesser.detector as detector_mod

                _detector = detector_mod.Detector(case_sensitive=False)
            except Exception:  # optional: without it, only honorifics give a gender
                _detector = False
        return _detector


@lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str | None:
    """ "m" or "f" when the first name is clearly one (not "mostly" or androgynous), else None."""
    detector = _first_name_detector()
    if not detector or not name or not name[:1].isalpha():
        return None
    answer = detector.get_gender(name)
    if answer == "unknown" and _compound_first_name(name):
        # "Jean-Philippe", "Joseph-Desire": a compound the list lacks takes its first part's gender
        answer = detector.get_gender(name.split("-")[0])
    found = {"male": "m", "female": "f"}.get(answer)
    full_forms = SHORT_FORMS.get(name.lower())
    if found and full_forms and all(detector.get_gender(f.capitalize()) == _OTHER_GENDER[found] for f in full_forms):
        return None  # "Rafa", "Dima": the list reads the ending, the full forms ("Rafael") say otherwise
    return found


_OTHER_GENDER = {"m": "female", "f": "male"}


def _compound_first_name(name: str) -> bool:
    """ "Jean-Philippe", "Sven-Goran": two or three capitalised parts joined by hyphens, each of
    them a first name the list knows, the first clearly a man's or a woman's ("Rolls-Royce",
    "Harley-Davidson" are not)."""
    parts = name.split("-")
    detector = _first_name_detector()
    return (
        2 <= len(parts) <= 3
        and bool(detector)
        and detector.get_gender(parts[0]) in ("male", "female")
        and all(p[:1].isupper() and p[1:].islower() and detector.get_gender(p) != "unknown" for p in parts)
    )


# the accents English news drops from French, Spanish, Portuguese and Italian first names
# ("Benoît" written "Benoit", "Inácio" "Inacio"); not other alphabets' letters ("ğ", "ø", "ł")
_DROPPED_ACCENTS = str.maketrans("éèêëàâçîïôûùñáíóúãõ", "eeeeaaciiouunaiouao")


@lru_cache(maxsize=1)
def _accented_first_names() -> dict[str, str]:
    """{plain spelling: the name list's accented first name} for the names whose plain spelling
    is no entry of the list itself ("benoit" -> "benoît"); empty without the list."""
    detector = _first_name_detector()
    if not detector:
        return {}
    found: dict[str, str] = {}
    for name in detector.names:
        plain = name.translate(_DROPPED_ACCENTS)
        if plain != name and plain.isascii() and plain not in detector.names:
            found.setdefault(plain, name)
    return found


def accented_first_name_gender(word: str) -> str | None:
    """ "m" or "f" for a word the name list knows only with its accents ("Benoit" for "Benoît",
    "Francois" for "François"), as `first_name_gender` reads the accented name; None for any other
    word, one the list knows as written included. For the few places that ask whether a name
    typed as a company or a place opens with a first name: a plain spelling may be a word or a
    body's name too ("Fifa" for "Fífa"), so it is no first name for every other rule."""
    accented = _accented_first_names().get(word.lower())
    return first_name_gender(accented.capitalize()) if accented else None


# what an English-language article's readers take a first name to be: the name list's answers
# for Britain and the US, which may differ from its answer over all countries ("Jan", "Jean",
# "Toni": men's names in most of Europe, women's in Britain)
_ENGLISH_COUNTRIES = ("great_britain", "usa")
_OTHER_WAY = {"m": ("female", "mostly_female"), "f": ("male", "mostly_male")}


@lru_cache(maxsize=8192)
def pronoun_gender(name: str) -> str | None:
    """The gender "he" or "she" in an English article fits for the first name `name`: that of
    first_name_gender, unless Britain or the US take the name mostly the other way (then None)."""
    found = first_name_gender(name)
    detector = _first_name_detector()
    if found is None or not detector:
        return found
    if any(detector.get_gender(name, country) in _OTHER_WAY[found] for country in _ENGLISH_COUNTRIES):
        return None
    return found


@lru_cache(maxsize=8192)
def mostly_one_sex(name: str) -> bool:
    """Whether the name list takes `name` mostly for one sex ("Freddie", "Sam"): a first name,
    though less clearly one than `first_name_gender` says."""
    detector = _first_name_detector()
    return bool(detector) and detector.get_gender(name) in ("mostly_male", "mostly_female")


# first names the name list gives only to men (or to either sex, never mostly to women) that
# British women bear too: short forms of Jocelyn and Jessica, and Angel
_WOMENS_TOO = frozenset({"joss", "jess", "angel"})
_WOMENS_ENTRIES = frozenset({"female", "mostly_female"})


@lru_cache(maxsize=8192)
def borne_by_women_too(name: str) -> bool:
    """Whether a first name the list gives men is also a woman's: the list has it as a woman's or
    mostly a woman's in some country ("Jan", "Nicky"), or it is one of `_WOMENS_TOO`; not "Tom",
    "Gareth", nor a name the list gives either sex or mostly men ("Dominic", "Sean", "Tony")."""
    detector = _first_name_detector()
    if not detector or first_name_gender(name) != "m":
        return False
    entries = detector.names.get(name.lower(), {})
    return name.lower() in _WOMENS_TOO or any(g in _WOMENS_ENTRIES for g in entries)


@lru_cache(maxsize=8192)
def is_first_name(word: str) -> bool:
    """Whether the name list knows `word` as a first name at all (androgynous ones included).
    Without the list, every capitalised word may be one."""
    detector = _first_name_detector()
    if not detector:
        return True
    return detector.get_gender(word) != "unknown" or _compound_first_name(word)


def gender_of(names: list[str], honorifics: list[str], kin: Collection[str] = ()) -> str | None:
    """A person's gender from the honorifics in front of their mentions, their first names and
    `kin` ("m", "f": the words of kin or role naming them, "her father, Murray"); None when there
    is no evidence or the evidence disagrees."""
    votes = ({honorific_gender(h) for h in honorifics} | set(kin)) - {None}
    for name in names:
        style = judges_style(name.split())
        if style is not None:
            votes.add(honorific_gender(style))  # "Mr Justice Eady", "Lady Justice Pellow": the style's
            continue
        _, core = split_name(name)
        words = strip_titles(core).split()
        if len(words) >= 2:
            votes.add(pronoun_gender(words[0]))
    votes.discard(None)
    return votes.pop() if len(votes) == 1 else None


# English short forms of first names -> the full forms they may stand for. Used only to say that
# two names with the same surname may be one person ("Steve Gerrard", "Steven Gerrard"); the
# corpus decides whether they are (identity.corpus_links): never when two full forms compete.
SHORT_FORMS: dict[str, set[str]] = {
    "steve": {"steven", "stephen"},
    "stevie": {"steven", "stephen"},
    "bill": {"william"},
    "billy": {"william"},
    "will": {"william"},
    "willie": {"william"},
    "bob": {"robert"},
    "bobby": {"robert"},
    "rob": {"robert"},
    "robbie": {"robert"},
    "bert": {"albert", "herbert", "robert"},
    "tony": {"anthony", "antony"},
    "mike": {"michael"},
    "mick": {"michael"},
    "mickey": {"michael"},
    "jim": {"james"},
    "jimmy": {"james"},
    "jamie": {"james"},
    "dave": {"david"},
    "davy": {"david"},
    "tom": {"thomas"},
    "tommy": {"thomas"},
    "dan": {"daniel"},
    "danny": {"daniel"},
    "chris": {"christopher", "christian", "christine", "christina"},
    "nick": {"nicholas", "nicolas"},
    "andy": {"andrew"},
    "drew": {"andrew"},
    "alex": {"alexander", "alexandra", "alexis"},
    "sandy": {"alexander", "alexandra"},
    "ben": {"benjamin"},
    "sam": {"samuel", "samantha"},
    "joe": {"joseph"},
    "jon": {"jonathan"},
    "matt": {"matthew"},
    "pete": {"peter"},
    "phil": {"philip", "phillip"},
    "rick": {"richard"},
    "ricky": {"richard"},
    "rich": {"richard"},
    "dick": {"richard"},
    "ron": {"ronald"},
    "ronnie": {"ronald"},
    "tim": {"timothy"},
    "ted": {"edward"},
    "ed": {"edward", "edmund", "edwin"},
    "eddie": {"edward", "edmund"},
    "fred": {"frederick"},
    "freddie": {"frederick"},
    "greg": {"gregory"},
    "jeff": {"jeffrey", "geoffrey"},
    "geoff": {"geoffrey"},
    "ken": {"kenneth"},
    "kenny": {"kenneth"},
    "larry": {"lawrence", "laurence"},
    "len": {"leonard"},
    "lenny": {"leonard"},
    "charlie": {"charles"},
    "chuck": {"charles"},
    "harry": {"henry", "harold"},
    "johnny": {"john"},
    "gerry": {"gerald", "gerard"},
    "ray": {"raymond"},
    "stan": {"stanley"},
    "vince": {"vincent"},
    "walt": {"walter"},
    "doug": {"douglas"},
    "nat": {"nathaniel", "nathan", "natalie"},
    "abe": {"abraham"},
    "zach": {"zachary"},
    "josh": {"joshua"},
    "nicky": {"nicholas", "nicola"},
    "liz": {"elizabeth"},
    "beth": {"elizabeth"},
    "betty": {"elizabeth"},
    "kate": {"katherine", "catherine", "kathryn"},
    "katie": {"katherine", "catherine", "kathryn"},
    "cathy": {"catherine"},
    "kathy": {"katherine", "kathleen"},
    "jenny": {"jennifer"},
    "jen": {"jennifer"},
    "sue": {"susan", "suzanne"},
    "pat": {"patrick", "patricia"},
    "patsy": {"patricia"},
    "maggie": {"margaret"},
    "peggy": {"margaret"},
    "meg": {"margaret"},
    "becky": {"rebecca"},
    "vicky": {"victoria"},
    "debbie": {"deborah"},
    "mandy": {"amanda"},
    "rafa": {"rafael"},
    "bernie": {"bernard"},
    "berni": {"bernard"},
    "gus": {"angus", "augustus"},
    "archie": {"archibald"},
    "alf": {"alfred"},
    "fran": {"francis", "frances"},
    "frankie": {"francis", "frances"},
    # short forms from other languages that English news writes too
    "sveta": {"svetlana"},
    "sasha": {"alexander", "alexandra", "aleksandr", "aleksandra"},
    "misha": {"mikhail"},
    "dima": {"dmitry", "dmitri"},
    "nacho": {"ignacio"},
    "paco": {"francisco"},
}


def short_form_of(short: str, full: str) -> bool:
    """Whether first name `short` may be a short form of `full` (both normalised lowercase):
    "steve" of "steven" or "stephen", "bill" of "william"."""
    return full in SHORT_FORMS.get(short, ())


def same_full_forms(short: str, other: str) -> bool:
    """Whether two different short forms may stand for one first name ("rob", "robbie": Robert)."""
    return short != other and bool(SHORT_FORMS.get(short, set()) & SHORT_FORMS.get(other, set()))


def sexes_apart(first: str, other: str) -> bool:
    """Whether two first names (normalised, lower-case) name people of two sexes: both clearly one
    sex and not the same. A short form of either sex's names ("chris": Christopher's and
    Christine's) is apart from neither full name: "Christopher Pell ... Chris Pell" is one man, and
    "Chris Pell and his wife Christine Pell" two people by the word of kin (`entities._kin_apart`)."""
    sexes = {first_name_gender(name.capitalize()) for name in (first, other)}
    return None not in sexes and len(sexes) > 1


def one_first_name(first: str, other: str) -> bool:
    """Whether two first names (normalised, lower-case) may be one person's: the same word, or one a
    short form of the other or both short forms of one name ("dave" and "david", "rob" and
    "robbie")."""
    return first == other or short_form_of(first, other) or short_form_of(other, first) or same_full_forms(first, other)
