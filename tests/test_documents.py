"""documents.text_key: the duplicate key is the SHA-1 of the casefolded words, whichever path
computes it (ASCII texts take a byte path)."""

from __future__ import annotations

import hashlib
import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from belreader.documents import text_key


def reference_key(title: str, body: str) -> str:
    """The definition: non-word runs (underscore included) are one space, case folded."""
    words = re.sub(r"[\W_]+", " ", f"{title}\n{body}".casefold()).split()
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def key(title: str, body: str) -> str:
    return text_key(SimpleNamespace(title=title, body=body))


ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)
ANY = st.text(max_size=200)


@settings(max_examples=400)
@given(ASCII, ASCII)
def test_ascii_texts_match_the_definition(title, body):
    assert title.isascii() and body.isascii()
    assert key(title, body) == reference_key(title, body)


@settings(max_examples=400)
@given(ANY, ANY)
def test_any_texts_match_the_definition(title, body):
    assert key(title, body) == reference_key(title, body)


def test_duplicates_share_a_key_and_different_words_do_not():
    assert key("Oil prices rise", "Oil prices rose_by 5% on Monday.") == key(
        "OIL  prices-rise", "oil prices ROSE by 5 % on\tMonday"
    )
    assert key("Café owners", "Straße") == key("CAFÉ OWNERS!", "STRASSE")  # casefold: ß is ss
    assert key("Oil prices rise", "by 5%") != key("Oil prices rise", "by 6%")
    assert key("a", "b c") == key("a b", "c")  # the title is words like the body's
