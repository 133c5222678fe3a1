"""Amounts and dates as typed values that compare: what a number or a date in a sentence means.

- `Quantity`: a value with its unit. Money carries an ISO currency code ("$1.5bn", "1.5 billion
  dollars" and "US$1,500 million" are all 1,500,000,000 usd; "1.5bn roubles" is rub), a
  percentage is "%" and a difference of percentages "pp"; a count carries the noun it counts
  ("40,000 troops" is 40,000 troop). Values are exact decimals, so equal amounts are equal
  however they were written. Qualifiers ("about", "more than", "up to") are kept beside the
  value and never change it.
  Numbers in words are read before a scale, "per cent" or a currency ("half a million", "two per
  cent", "twenty-five million pounds", "one point three per cent", "five dollars"); elsewhere ("two
  men") they are not amounts.
  "800m" with no currency and no counted noun after it is ambiguous (metres in a sports
  report, millions elsewhere): it is kept as 800 "m", equal only to another "800m".
- `DateValue`: a calendar date, or part of one ("September 14", "14 September 2024", "Sept. 14",
  "September 2024"). Relative dates ("yesterday", "on Monday", "last week") are resolved only
  when the article's own date is known; otherwise they are kept, unresolved, as written.

Equality is on meaning (unit and value; year, month and day), never on the words used.
Bare numbers that are years (1900-2099) are dates, not quantities; other bare numbers are
quantities with no unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# --------------------------------------------------------------------------- amounts

SCALES = {
    "k": 3,
    "thousand": 3,
    "m": 6,
    "mn": 6,
    "mln": 6,
    "million": 6,
    "b": 9,
    "bn": 9,
    "billion": 9,
    "tn": 12,
    "trn": 12,
    "trillion": 12,
}
# the scale words written in full that have a plural of sums ("3 million", "billions of dollars")
ILLION_WORDS = frozenset(w for w in SCALES if w.endswith("illion"))
CURRENCY_SIGNS = {"$": "usd", "us$": "usd", "£": "gbp", "€": "eur", "¥": "jpy", "₽": "rub", "₴": "uah"}
CURRENCY_CODES = frozenset({"usd", "gbp", "eur", "rub", "jpy", "cny", "chf", "inr", "pln", "uah", "byn", "cad", "aud"})
# "dollar" alone is the US dollar; an adjective before it names another dollar or rouble
CURRENCY_WORDS = {
    "dollar": "usd",
    "pound": "gbp",
    "sterling": "gbp",
    "euro": "eur",
    "rouble": "rub",
    "ruble": "rub",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "franc": "chf",
    "rupee": "inr",
    "zloty": "pln",
    "hryvnia": "uah",
    "hryvnias": "uah",
}
CURRENCY_ADJECTIVES = {
    ("us", "dollar"): "usd",
    ("american", "dollar"): "usd",
    ("canadian", "dollar"): "cad",
    ("australian", "dollar"): "aud",
    ("belarusian", "rouble"): "byn",
    ("belarusian", "ruble"): "byn",
    ("russian", "rouble"): "rub",
    ("russian", "ruble"): "rub",
    ("swiss", "franc"): "chf",
    ("indian", "rupee"): "inr",
}
NUMBER_WORDS: dict[str, int | Decimal] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "half a": Decimal("0.5"),
    "a quarter of a": Decimal("0.25"),
    "quarter of a": Decimal("0.25"),
    "three quarters of a": Decimal("0.75"),
    "a third of a": Decimal(1) / 3,
    "two thirds of a": Decimal(2) / 3,
}
QUALIFIERS = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "nearly": "under",
    "almost": "under",
    "just under": "under",
    "less than": "under",
    "fewer than": "under",
    "up to": "at most",
    "at most": "at most",
    "more than": "over",
    "over": "over",
    "just over": "over",
    "at least": "at least",
}
# a count's noun may stand behind these many modifiers ("40,000 Russian troops")
COUNT_LOOKAHEAD = 2
# nouns that count without a plural -s, and plural forms that are not "word + s"
IRREGULAR_PLURALS = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "sheep": "sheep",
    "aircraft": "aircraft",
}
# words after a number that are not what it counts
NOT_UNITS = frozenset(
    """a an the and or of to in on at by for from with as is are was were be been has have had
    that this these those which who than per its their his her our your more less most about up
    over under into after before since until while when where""".split()
)
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE_WORD = r"thousand|million|billion|trillion|mln|bn|mn|tn|trn"
# A number in words: one word ("two", "half a"), tens and units ("twenty-five"), or hundreds ("a hundred",
# "two hundred and fifty"); the longer shapes first, so that "twenty-five" is not read as its "five".
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if isinstance(n, int) and n >= 20)
_UNITS = "|".join(w for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 9 and w != "a")
_WHOLE_WORD = (
    rf"(?:(?:{_TENS})[\s-](?:{_UNITS})|"
    + "|".join(sorted((w for w, n in NUMBER_WORDS.items() if isinstance(n, int) and w != "a"), key=len, reverse=True))
    + ")"
)
# decimals in words: "one point three" (and a number after "point" is never read alone as a whole)
_WORD_DECIMALS = rf"\s+point(?:\s+(?:{_UNITS}|zero|nought))+"
_FRACTION_WORD = "|".join(
    sorted((w.replace(" ", r"\s+") for w, n in NUMBER_WORDS.items() if not isinstance(n, int)), key=len, reverse=True)
)
# (the first letters of the number words first: most words start with none of them)
_WORD_NUMBER = (
    rf"(?=[{''.join(sorted({w[0] for w in NUMBER_WORDS}))}])(?<!\bpoint\s)"
    rf"(?:{_FRACTION_WORD}|(?:{_WHOLE_WORD}|a)(?:\s+hundred(?:\s+and\s+{_WHOLE_WORD})?)?(?:{_WORD_DECIMALS})?)"
)
# "a" and the fractions ("half a") before a scale only: "a pound of", "half a per cent" are left alone
_BEFORE_A_SCALE_ONLY = frozenset(w for w, n in NUMBER_WORDS.items() if w == "a" or not isinstance(n, int))
# A currency named in words ("pounds", "US dollars", "yen"): a number in words before one is a sum ("five
# pounds"), as one before "per cent" is a percentage; a number in words before anything else is left alone.
_CURRENCY_WORD = "|".join(
    sorted((*CURRENCY_WORDS, *(f"{w}s" for w in CURRENCY_WORDS if not w.endswith("s"))), key=len, reverse=True)
)
_CURRENCY_ADJECTIVE = "|".join(sorted({adjective for adjective, _ in CURRENCY_ADJECTIVES}))
_WORD_AMOUNT_FOLLOWS = (
    rf"[\s-]+(?:{_SCALE_WORD})(?:(?<=illion)s)?\b|\s+(?:per\s?cent|percent|percentage\s+points?)\b"
    rf"|\s+(?:(?:{_CURRENCY_ADJECTIVE})\s+)?(?:{_CURRENCY_WORD})\b"
)
_QUALIFIER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:(?P<qualifier>\b(?:{_QUALIFIER}))\s+)?"
    r"(?P<code>\b(?:usd|gbp|eur|rub|jpy|cny|chf|byn)\s?)?"
    r"(?P<sign>us\$|[$£€¥₽₴])?\s?"
    # a number glued to a name is part of the name: "G8", "MiG-29", "covid-19" (a letter, or a letter and a
    # hyphen, before it) and "3G", "20th", "100mph" (letters after it that are not a scale); the number
    # is read whole (atomic), so "100mph" is not read as "10" instead
    rf"(?:(?P<num>(?<![\w.,])(?<![^\W\d_]-)(?>{_NUMBER}))|(?P<word>\b(?:{_WORD_NUMBER}))(?={_WORD_AMOUNT_FOLLOWS}))"
    rf"(?:(?P<suffix>k|m|mn|bn|b|tn|trn)\b|(?:[\s-]?|(?<=[^\W\d_])[\s-]+)(?P<scale>{_SCALE_WORD})(?:(?<=illion)s)?\b|(?P<pence>p)\b|(?!(?!percent\b|per\s?cent\b)[^\W\d_]))"
    r"(?:\s?(?P<percent>%|per\s?cent\b|percent\b)|\s(?P<points>percentage\s+points?\b))?",
    re.IGNORECASE,
)
_AFTER_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")
_YEARS_RANGE = range(1900, 2100)


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount with its unit: `value` is exact (Decimal), `unit` an ISO currency code, "%",
    "pp" (percentage points), a counted noun in the singular ("troop", "person") or "" (a bare
    number). Two quantities are equal when their value and unit are; how they were written
    (`text`, `qualifier`, the span) does not count."""

    value: Decimal
    unit: str
    text: str = field(default="", compare=False)
    qualifier: str = field(default="", compare=False)  # "about", "over", "under", "at least", "at most"
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)

    @property
    def is_money(self) -> bool:
        return self.unit in CURRENCY_CODES

    @property
    def is_percent(self) -> bool:
        return self.unit in ("%", "pp")

    @property
    def kind(self) -> str:
        """What is measured: "money:usd", "percent", "count:troop", "number"."""
        if self.is_money:
            return f"money:{self.unit}"
        if self.is_percent:
            return "percent"
        return f"count:{self.unit}" if self.unit else "number"

    @property
    def round(self) -> bool:
        """A round figure ("$1bn", "3,000") says less about which fact it is than "$1.5bn"."""
        digits = format(self.value.normalize(), "f").replace(".", "").replace("-", "").strip("0")
        return len(digits) <= 1

    def normalised(self) -> str:
        """ "1.5 billion usd", "16%", "40 thousand troop", "2 pp"."""
        number = _render(self.value)
        if self.unit == "%":
            return f"{number}%"
        return f"{number} {self.unit}" if self.unit else number

    def __str__(self) -> str:
        return self.text or self.normalised()


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _render(value: Decimal) -> str:
    for name, power in (("trillion", 12), ("billion", 9), ("million", 6)):
        if abs(value) >= Decimal(10) ** power:
            return f"{_plain(value / Decimal(10) ** power)} {name}"
    return _plain(value)


def looks_plural(word: str) -> bool:
    """Whether a word is written as a plural: "analysts", "Israelis", "Americans"; not "Swiss",
    "bonus", "crisis" nor a possessive ("Blair's")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "sis", "'s", "’s"))


def singular(word: str) -> str:
    """A noun's singular, lower-cased: "companies" -> "company", "men" -> "man", "taxes" -> "tax"."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _currency_after(text: str, at: int) -> tuple[str, int] | None:
    """A currency named in words right after an amount ("dollars", "US dollars", "pounds sterling")."""
    words: list[tuple[str, int]] = []
    cursor = at
    for _ in range(2):
        match = _AFTER_WORD.match(text, cursor)
        if match is None:
            break
        words.append((match.group(1).lower(), match.end()))
        cursor = match.end()
    for i, (word, end) in enumerate(words):
        name = singular(word) if word not in CURRENCY_WORDS else word
        if name in CURRENCY_WORDS:
            code = CURRENCY_WORDS[name]
            if i == 1:
                code = CURRENCY_ADJECTIVES.get((words[0][0], name), "")
                if not code:
                    return None  # "1.5 billion Canadian pesos": not a currency we know
            sterling = _AFTER_WORD.match(text, end)
            if sterling is not None and sterling.group(1).lower() == "sterling":
                end = sterling.end()
            return code, end
        if word in CURRENCY_CODES and i == 0:
            return word, end
    return None


def _count_unit(text: str, at: int) -> tuple[str, int] | None:
    """The noun a bare number counts ("troops", "British troops", "people"), in the singular."""
    cursor = at
    for _ in range(COUNT_LOOKAHEAD + 1):
        match = _AFTER_WORD.match(text, cursor)
        if match is None or text[cursor : match.start(1)].strip():
            return None
        word = match.group(1)
        lower = word.lower()
        if lower in NOT_UNITS or lower in NUMBER_WORDS or lower[:1].isdigit():
            return None  # "in 2004 two men": the noun belongs to the next number
        if lower in IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3):
            return singular(lower), match.end()
        unit = singular(lower)
        if unit in TIME_UNITS:
            return unit, match.end()
        cursor = match.end()
    return None


def parse_quantities(text: str) -> list[Quantity]:
    """Every amount in `text`, in order. Years (a bare 1900-2099) are left to `parse_dates`."""
    return list(_quantities_of(text))


@lru_cache(maxsize=1 << 15)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    """`parse_quantities`, kept: fact grouping and related claims read each claim's amounts several times
    (its features, its account, the figures' periods) and the regular expressions cost more than a lookup."""
    if not _may_hold_an_amount(text):
        return ()
    return tuple(_parse_quantities(text))


# Every amount `_AMOUNT` reads has a digit, a scale word ("two million"), "per cent" or a currency's name
# ("two per cent", "five pounds"): most texts have none, and looking for them costs a fraction of the long
# expression (in ASCII text, a word in its lower case first, and only then the words whole: "Europe" and
# "France" hold "euro" and "franc"; elsewhere case folding can match what `lower` does not, as "K", the
# Kelvin sign, matches "k").
_DIGIT = re.compile(r"\d")
_AMOUNT_WORDS = (*_SCALE_WORD.split("|"), "cent", *CURRENCY_WORDS)
_AN_AMOUNT_WORD = re.compile(
    rf"(?:{_SCALE_WORD})(?:(?<=illion)s)?\b|per\s?cent|\b(?:{_CURRENCY_WORD})\b", re.IGNORECASE
)


def _may_hold_an_amount(text: str) -> bool:
    if _DIGIT.search(text):
        return True
    if text.isascii() and not any(word in text.lower() for word in _AMOUNT_WORDS):
        return False
    return _AN_AMOUNT_WORD.search(text) is not None


def _word_value(words: str) -> Decimal:
    """The value of a number in words: "two", "half a", "twenty-five", "two hundred and fifty", "one point three"."""
    words = " ".join(words.lower().replace("-", " ").split())
    if words in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[words])
    words, _, decimals = words.partition(" point ")
    digits = "".join(str(NUMBER_WORDS.get(w, 0)) for w in decimals.split())
    head, hundred, tail = words.partition("hundred")
    if not hundred:
        head, tail = "", words
    value = Decimal(NUMBER_WORDS[head.strip()]) * 100 if hundred else Decimal(0)
    value += sum((Decimal(NUMBER_WORDS[w]) for w in tail.strip().removeprefix("and ").split()), Decimal(0))
    return value + Decimal(f"0.{digits}") if digits else value


# a number in words is kept only as a percentage, a sum or a scaled number
_WORD_UNITS = CURRENCY_CODES | {"%", "pp"}
# currencies whose plural is the singular ("five yen")
_INVARIANT_CURRENCIES = frozenset({"yen", "yuan", "renminbi", "sterling", "hryvnias"})
# nouns a currency word modifies ("the euro zone", "pound shops"): no sum
_CURRENCY_MODIFIED = frozenset({"zone", "zones", "area", "areas", "shop", "shops", "store", "stores", "coin", "coins"})


def _named_sum(text: str, at: int, end: int, value: Decimal, *, scaled: bool) -> bool:
    """Whether a number in words and the currency named after it (text[at:end]) make a sum: "five
    pounds", "one euro", "two million euro"; not the currency as a modifier ("two euro zone
    economies", "three pound shops"), a singular after more than one, nor "one pound of flour"."""
    named = text[at:end].split()
    if not named:
        return True  # the currency is a sign before the words ("$ a million"), not a word after them
    currency = named[-1].lower()
    after = _AFTER_WORD.match(text, end)
    following = after.group(1).lower() if after is not None else ""
    if following in _CURRENCY_MODIFIED:
        return False
    if scaled:
        return True
    if value > 1:
        return currency in _INVARIANT_CURRENCIES or singular(currency) != currency
    return following != "of"


def _parse_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for match in _AMOUNT.finditer(text):
        num, word = match["num"], match["word"]
        if num is None and word is None:
            continue
        try:
            value = Decimal(num.replace(",", "")) if num else _word_value(word)
        except (InvalidOperation, KeyError):
            continue
        scale = (match["suffix"] or match["scale"] or "").lower()
        if scale:
            if scale not in SCALES:
                continue  # matched by case folding alone ("thousand" with a long s): no scale of ours
            value = value.scaleb(SCALES[scale])
        end = match.end()
        unit = ""
        if match["pence"] and not match["sign"] and not match["code"]:
            value, unit = value.scaleb(-2), "gbp"  # "300p a share": £3
        elif match["sign"]:
            unit = CURRENCY_SIGNS[match["sign"].lower()]
        elif match["code"]:
            unit = match["code"].strip().lower()
        if match["percent"]:
            unit = "%"
        elif match["points"]:
            unit = "pp"
        elif not unit:
            currency = _currency_after(text, end)
            if currency is not None:
                unit, end = currency
            elif (match["suffix"] or "").lower() == "m" and _count_unit(text, end) is None:
                # "800m" with no currency and nothing counted: metres in sport, millions elsewhere
                value, unit = value.scaleb(-6), "m"
            elif num is not None and not scale and "," not in num and "." not in num and int(num) in _YEARS_RANGE:
                following = _count_unit(text, end)
                if following is None:
                    continue  # a year: see parse_dates
                unit, end = following
            else:
                following = _count_unit(text, end)
                if following is not None:
                    unit, end = following
        if word is not None and (
            (not scale and (unit not in _WORD_UNITS or " ".join(word.lower().split()) in _BEFORE_A_SCALE_ONLY))
            or (unit in CURRENCY_CODES and not _named_sum(text, match.end(), end, value, scaled=bool(scale)))
        ):
            continue  # a number in words is a percentage or a sum, or scaled ("two million")
        qualifier = QUALIFIERS.get(" ".join((match["qualifier"] or "").lower().split()), "")
        start = match.start("code") if match["code"] else match.start("sign") if match["sign"] else None
        if start is None:
            start = match.start("num") if num is not None else match.start("word")
        out.append(Quantity(value.normalize(), unit, text[start:end].strip(), qualifier, start, end))
    return out


# --------------------------------------------------------------------------- dates

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# a month's number by its name or abbreviation ("sept" and "sep" both September)
MONTHS = (
    {name: number for number, name in enumerate(MONTH_NAMES, 1)}
    | {name[:3]: number for number, name in enumerate(MONTH_NAMES, 1) if len(name) > 3}
    | {"sept": 9}
)
WEEKDAYS = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
# The words of a time phrase ("on Tuesday", "earlier this month", "last year"): a claim's content or a
# subject made only of them says nothing, and related claims never match on them.
TIME_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS}
    | set(
        """mondays fridays weekend weekends today tonight yesterday tomorrow day days daily week weeks weekly
        fortnight month months monthly year years yearly decade decades century hour hours minute minutes
        morning mornings afternoon evening evenings night nights overnight midnight noon spring summer autumn
        winter last next ago earlier later early late recent recently current currently previous previously
        past future soon time times date dates moment period season first second third fourth final latest
        begin beginning end start since already once again""".split()
    )
)


def capitalised_alternation(names: Iterable[str]) -> str:
    """A regex alternation of capitalised names ("January|February|..."), for patterns over text."""
    return "|".join(name.capitalize() for name in names)


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    r"\b(?:"
    rf"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"
    # "14 September 2024", "14th of Sept."
    rf"|{_DAY.format(name='d1')}(?:\s+of)?\s+(?P<m1>{_MONTH})\b\.?(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    # "September 14", "Sept. 14, 2024"
    rf"|(?P<m2>{_MONTH})\b\.?\s+{_DAY.format(name='d2')}\b(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
    # "September 2024"
    rf"|(?P<m3>{_MONTH})\b\.?\s+(?P<y3>(?:19|20)\d\d)\b"
    # "in September", "last March"
    # ("in September 2024" and "by September 14" are the full dates above, read from the month)
    rf"|(?P<lead>in|last|next|this|since|until|by|from|early|late|mid-?)\s+(?P<m4>{_MONTH})\b"
    r"(?!\.?,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b))"
    # relative days
    r"|(?P<rel>today|tonight|yesterday|tomorrow)\b"
    r"|(?:(?P<wlead>on|last|next|this|since|until|by|from)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b"
    r"|(?P<per>last|next|this)\s+(?P<unit>week|month|year)\b"
    # a bare year
    # (not a decade, "the 1980s"; not a model's number, "XP-2000", though "mid-2004" is a year)
    r"|(?<![\d,.$£€])(?-i:(?<![A-Z]-))(?P<year>(?:19|20)\d\d)(?![\d,]|['’]?s\b)"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date or part of one. `relative` holds the words of a relative date that could not be
    resolved (no article date); such a value equals only the same words. Equality is on the
    fields; `text` and the span do not count."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str = ""
    text: str = field(default="", compare=False)
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    week: bool = field(default=False, compare=False)  # "last week": the day is the week's Monday

    @property
    def resolved(self) -> bool:
        return not self.relative

    @property
    def has_day(self) -> bool:
        return self.day is not None and self.month is not None

    def agrees(self, other: DateValue) -> bool | None:
        """True when the two can be the same date, False when they cannot, None when there is
        no telling (an unresolved relative date, or nothing in common to compare)."""
        if not self.resolved or not other.resolved:
            return True if self.relative and self.relative == other.relative else None
        compared = False
        for mine, theirs in ((self.year, other.year), (self.month, other.month), (self.day, other.day)):
            if mine is not None and theirs is not None:
                compared = True
                if mine != theirs:
                    return False
        return True if compared else None

    def days_apart(self, other: DateValue) -> int | None:
        """Days between two full dates, or between two month-days when a year is missing."""
        if not (self.has_day and other.has_day and self.resolved and other.resolved):
            return None
        assert self.month is not None and self.day is not None and other.month is not None and other.day is not None
        year = self.year or other.year or 2000
        other_year = other.year or self.year or 2000
        try:
            return abs((date(year, self.month, self.day) - date(other_year, other.month, other.day)).days)
        except ValueError:
            return None

    def normalised(self) -> str:
        """ "2020-09-14", "????-09-14", "2020-09", "2020", or the unresolved words."""
        if self.relative:
            return self.relative
        year = f"{self.year:04d}" if self.year else "????"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.text or self.normalised()


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return 1 <= month <= 12
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "29 February" stands without a year
    except ValueError:
        return False
    return True


def parse_article_date(value: str | None) -> date | None:
    """An article's own date from its metadata ("2020-09-14", "2020-09-14T08:00:00Z",
    "14 September 2020"), or None."""
    if not value:
        return None
    iso = re.match(r"\s*((?:19|20)\d\d)-([01]\d)-([0-3]\d)", value)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for found in parse_dates(value):
        if found.year and found.month and found.day:
            return date(found.year, found.month, found.day)
    return None


def _shift(anchor: date, words: str) -> DateValue:
    words = " ".join(words.lower().split())
    if words in ("today", "tonight"):
        day = anchor
    elif words == "yesterday":
        day = anchor - timedelta(days=1)
    elif words == "tomorrow":
        day = anchor + timedelta(days=1)
    elif words.endswith("week"):
        monday = anchor - timedelta(days=anchor.weekday())
        day = monday + timedelta(weeks={"last": -1, "next": 1}.get(words.split()[0], 0))
        return DateValue(day.year, day.month, day.day, week=True)
    elif words.endswith("month"):
        month = anchor.month + {"last": -1, "next": 1}.get(words.split()[0], 0)
        year = anchor.year + (month - 1) // 12
        return DateValue(year, (month - 1) % 12 + 1)
    elif words.endswith("year"):
        return DateValue(anchor.year + {"last": -1, "next": 1}.get(words.split()[0], 0))
    else:  # a weekday: the last one on or before the article's date, or the next after it
        lead, _, name = words.rpartition(" ")
        back = (anchor.weekday() - WEEKDAYS[name]) % 7
        if lead == "next":
            day = anchor + timedelta(days=(7 - back) or 7)
        elif lead == "last":
            day = anchor - timedelta(days=back or 7)
        else:
            day = anchor - timedelta(days=back)
    return DateValue(day.year, day.month, day.day)


def parse_dates(text: str, article_date: date | None = None) -> list[DateValue]:
    """Every date in `text`, in order. Relative dates are resolved against `article_date`, or
    kept unresolved (their words in `relative`) when it is None. A year alone is a date; a
    month name alone ("May", "March") only with a day, a year or a lead word ("in May")."""
    return list(_dates_of(text, article_date))


@lru_cache(maxsize=1 << 15)
def _dates_of(text: str, article_date: date | None) -> tuple[DateValue, ...]:
    """`parse_dates`, kept (values are frozen): a claim's dates are read several times."""
    if not _may_hold_a_date(text):
        return ()
    return tuple(_parse_dates(text, article_date))


# Every date `_DATE` reads has a digit, a month's name, a day's ("Monday", "today", "yesterday"),
# "tonight", "tomorrow", or "week", "month", "year" ("last week"): most texts have none of them
# (as for amounts, a word in the lower-case text first).
_DATE_WORDS = (*MONTHS, "tonight", "tomorrow", "day", "week", "month", "year")
_A_DATE_WORD = re.compile(rf"\b(?:{_MONTH})\b|tonight|tomorrow|day\b|week|month|year", re.IGNORECASE)


def _may_hold_a_date(text: str) -> bool:
    if _DIGIT.search(text):
        return True
    if text.isascii() and not any(word in text.lower() for word in _DATE_WORDS):
        return False
    return _A_DATE_WORD.search(text) is not None


def _parse_dates(text: str, article_date: date | None = None) -> list[DateValue]:
    out: list[DateValue] = []
    for match in _DATE.finditer(text):
        found: DateValue | None = None
        start, end = match.start(), match.end()
        month_word = match["m1"] or match["m2"] or match["m3"] or match["m4"]
        if month_word and not month_word[0].isupper():
            continue  # "may", "march": words, not months
        if match["iso"]:
            year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
            if _valid(year, month, day):
                found = DateValue(year, month, day)
        elif match["m1"] or match["m2"]:
            month = MONTHS[(match["m1"] or match["m2"]).lower()]
            day = int(match["d1"] or match["d2"])
            year_text = match["y1"] or match["y2"]
            year_value = int(year_text) if year_text else None
            if _valid(year_value, month, day):
                found = DateValue(year_value, month, day)
        elif match["m3"]:
            found = DateValue(int(match["y3"]), MONTHS[match["m3"].lower()])
        elif match["m4"]:
            start = match.start("m4") if match["lead"].lower() in ("in", "since", "until", "by", "from") else start
            month = MONTHS[match["m4"].lower()]
            lead = match["lead"].lower()
            year_of = None
            if article_date is not None and lead in ("last", "next"):
                year_of = article_date.year + (-1 if lead == "last" and month >= article_date.month else 0)
                year_of += 1 if lead == "next" and month <= article_date.month else 0
            elif article_date is not None and lead == "this":
                year_of = article_date.year
            found = DateValue(year_of, month)
        elif match["rel"] or match["wd"] or match["per"]:
            if match["wd"]:
                lead = (match["wlead"] or "").lower()
                words = f"{lead} {match['wd']}" if lead in ("last", "next") else match["wd"]
                start = match.start("wd") if lead not in ("last", "next") else start
            else:
                words = match.group(0)
            words = " ".join(words.lower().split())
            if article_date is not None:
                found = _shift(article_date, words)
            else:
                found = DateValue(relative=words)
        elif match["year"]:
            found = DateValue(int(match["year"]))
        if found is not None:
            out.append(
                DateValue(
                    found.year,
                    found.month,
                    found.day,
                    found.relative,
                    text[start:end],
                    start,
                    end,
                    found.week,
                )
            )
    return out
