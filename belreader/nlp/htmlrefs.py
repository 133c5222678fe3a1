"""HTML character references in article text: many BBC files write an accent as a numeric reference
("Pap&#233;", "S&#227;o", "communiqu&#233;"), some a named one ("Ren&eacute;", "Marks &amp; Spencer").
One home for "a word written with references", read by the tokenizer (`backend`), the name spans
(`entities`) and the lookup keys (`aliases`)."""

from __future__ import annotations

import html
import re
from functools import lru_cache

# a numeric or named character reference ("&#233;", "&eacute;", "&amp;")
HTML_REF = r"&(?:#\d{2,4}|[A-Za-z][A-Za-z0-9]{1,7});"
REF = re.compile(HTML_REF)
# a word with references inside or at its end, letters around them ("Pap&#233;", "S&#227;o")
WORD_WITH_REFS = re.compile(rf"[^\W\d_]*(?:{HTML_REF}[^\W\d_]*)+")
# an apostrophe so written before "s" ("Blair&#191;s", as those files use the inverted question mark,
# "Pell&#8217;s", "Pell&#39;s"): a possessive, split off a word as the tokenizer splits off "'s"
REF_APOSTROPHE = r"(?:&#(?:191|8217|39);|&(?:rsquo|apos);)"
REF_POSSESSIVE = re.compile(rf"{REF_APOSTROPHE}[sS]$")
# a name's last letter written as a reference: its ";" is the name's ("Pascal Pap&#233;")
_LAST_REF = re.compile(rf"[^\W\d_]({HTML_REF})$")


@lru_cache(maxsize=4096)
def letter_reference(ref: str) -> bool:
    """A reference that stands for a letter ("&#233;", "&eacute;" are "é"); "&#8217;", "&#163;",
    "&#191;" and "&amp;" stand for no letter and join no word."""
    plain = html.unescape(ref)
    return plain != ref and plain.isalpha()


def written_with_letters(text: str) -> bool:
    """A word written with references that each stand for a letter ("Pap&#233;", not "Pell&#8217;s")."""
    return (
        "&" in text
        and WORD_WITH_REFS.fullmatch(text) is not None
        and all(letter_reference(ref) for ref in REF.findall(text))
    )


def ends_in_letter_reference(text: str, start: int, end: int) -> bool:
    """The span ends in a letter written as a reference, whose ";" belongs to it."""
    found = _LAST_REF.search(text, start, end)
    return found is not None and letter_reference(found.group(1))


# a letter's reference at a text's end whose ";" a strip of edge punctuation took ("a communiqu&#233")
_CUT_REF = re.compile(r"[^\W\d_](&(?:#\d{2,4}|[A-Za-z][A-Za-z0-9]{1,7}))$")


def refs_whole(text: str) -> str:
    """A phrase cut before its last letter's reference's ";" gets it back ("a communiqu&#233;"): a
    speaker's span, like a name's, keeps a reference whole."""
    cut = _CUT_REF.search(text) if "&" in text else None
    return text + ";" if cut is not None and letter_reference(cut.group(1) + ";") else text


def unescape(text: str) -> str:
    """The text with its references read ("Pap&#233;" is "Papé", "Marks &amp; Spencer" "Marks & Spencer")."""
    return html.unescape(text) if "&" in text and ";" in text else text
