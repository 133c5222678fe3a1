"""The English words of the model's lemmatizer, as a test of whether a capitalised word is a common
word ("Weather", "Children") or none of the lexicon's (so perhaps a name the first-name list lacks).

One home for kinds (which types names by their context) and single_names, entities and speakers
(which import kinds): kinds cannot import single_names, which imports it. With the rule-based
fallback there is no lexicon, and no word is common or unknown.
"""

from __future__ import annotations

from functools import lru_cache

from belreader.nlp.backend import LemmaTables, lemmatizer_tables


def _lexicon() -> tuple[frozenset[str], dict[str, str]]:
    """The English words of the model's lemmatizer and its irregular noun and adjective forms ("children" ->
    "child"); empty for the rule-based fallback."""
    return _lexicon_of(lemmatizer_tables())


@lru_cache(maxsize=2)
def _lexicon_of(tables: LemmaTables) -> tuple[frozenset[str], dict[str, str]]:
    words, irregular = tables.words, tables.irregular
    return frozenset().union(*words.values()), {**irregular.get("noun", {}), **irregular.get("adj", {})}


def common_word(word: str) -> bool:
    """ "Weather", "Children", "Calmer": a word of the lexicon, or a plural or comparative of one."""
    words, irregular = _lexicon()
    w = word.lower()
    forms = {w, irregular.get(w, w), w[:-1], w[:-2], w[:-3] + "y"} if len(w) > 3 else {w}
    return bool(forms & words)


def dictionary_word(word: str) -> bool:
    """ "House", "Upscale", "Chart": the word itself (lower-cased) is one of the lexicon's, no
    plural or comparative guessed from it ("Sony" is none, though "son" is)."""
    return word.lower() in _lexicon()[0]


def verb_word(word: str) -> bool:
    """ "Protect", "Promote": the word (lower-cased) is one of the lexicon's verbs ("Griffin" is none)."""
    return word.lower() in lemmatizer_tables().words.get("verb", ())


def has_lexicon() -> bool:
    """Whether the model's lexicon is there (not for the rule-based fallback)."""
    return bool(_lexicon()[0])


def unknown_word(word: str) -> bool:
    """Whether a word is none of the lexicon's (so may be a given name the first-name list lacks);
    never without the model's lexicon (the rule-based fallback)."""
    return has_lexicon() and not common_word(word)
