"""The index belreader creates in the cluster: its analyzers, mappings and settings.

The text analysis is Whoosh's, rebuilt from the cluster's own parts, so both backends find the
same documents: words are runs of letters, digits and `*` (a `.` inside joins, as in "U.S"),
lower-cased, accents folded to ASCII where Latin letters have an ASCII form (Cyrillic stays
as it is), belreader's stop words and one-letter words dropped, and Porter stems. Patterns
(prefix, wildcard, fuzzy and range terms) go through the same filters as one word, without the
stop list, as Whoosh treats them.
"""

from __future__ import annotations

import os

# whoosh.analysis.STOP_WORDS: the words neither backend indexes in the text fields.
STOP_WORDS = (
    "a an and are as at be by can for from have if in is it may not of on or tbd that the this to us we when "
    "will with yet you your"
).split()
WORD_PATTERN = r"[\w*]+(?:\.?[\w*]+)*"  # words (Whoosh's default pattern)
_END = r"(?![\w*]|\.[\w*])"  # a word ends here
# The tokenizer's words: WORD_PATTERN's, but not a stop word or a word of one letter (unless it
# folds to two, as "ß" does). Whoosh's StopFilter renumbers the words it keeps, so a stop word
# leaves no gap between its neighbours; a stop filter in the cluster would leave one, and
# phrases and slop would not count positions as Whoosh does. The stop and length filters stay
# in the chains for the rare word that becomes a stop word or one letter only once folded.
TOKEN_PATTERN = (
    r"(?<![\w*])(?<![\w*]\.)"  # where a word starts
    rf"(?!(?:(?i:{'|'.join(sorted(STOP_WORDS, key=lambda w: (-len(w), w)))})|(?![ÆæŒœßĲĳÞþ])[\w*]){_END})"
    + WORD_PATTERN
)

TEXT = "belreader_text"  # title, subtitle, body, claims: stemmed
PATTERN = "belreader_pattern"  # a prefix, wildcard, fuzzy or range term, as one word
PLAIN = "belreader_plain"  # publisher, author: words, lower case, stop words out (Whoosh's TEXT)
PLAIN_PATTERN = "belreader_plain_pattern"

TEXT_FIELDS = ("title", "subtitle", "body", "claims")
PLAIN_FIELDS = ("publisher", "author")
LOWER_KEYWORDS = ("tag", "entity", "speaker", "source")  # lower-cased keyword values
EXACT_KEYWORDS = ("id", "date")  # keyword values as they are
# Every field a user can search, with the analyzer a query word goes through there (None: the
# value is a keyword; lower-cased for LOWER_KEYWORDS).
SEARCHED = {
    **{name: TEXT for name in TEXT_FIELDS},
    **{name: PLAIN for name in PLAIN_FIELDS},
    **{name: None for name in LOWER_KEYWORDS + EXACT_KEYWORDS},
}
PATTERN_ANALYZER = {TEXT: PATTERN, PLAIN: PLAIN_PATTERN}


def shards() -> int:
    return int(os.environ.get("BELREADER_OPENSEARCH_SHARDS", "1"))


def replicas() -> int:
    return int(os.environ.get("BELREADER_OPENSEARCH_REPLICAS", "1"))


def _settings() -> dict:
    tokenizer = {"type": "pattern", "pattern": TOKEN_PATTERN, "group": 0, "flags": "UNICODE_CHARACTER_CLASS"}
    return {
        "number_of_shards": shards(),
        "number_of_replicas": replicas(),
        "max_result_window": 100_000,
        "analysis": {
            "tokenizer": {"belreader_words": tokenizer},
            "filter": {
                "belreader_stop": {"type": "stop", "stopwords": list(STOP_WORDS), "ignore_case": False},
                "belreader_min2": {"type": "length", "min": 2},
                "belreader_fold": {"type": "asciifolding", "preserve_original": False},
            },
            "analyzer": {
                TEXT: {
                    "type": "custom",
                    "tokenizer": "belreader_words",
                    "filter": ["lowercase", "belreader_fold", "belreader_stop", "belreader_min2", "porter_stem"],
                },
                PATTERN: {
                    "type": "custom",
                    "tokenizer": "keyword",
                    "filter": ["lowercase", "belreader_fold", "porter_stem"],
                },
                PLAIN: {
                    "type": "custom",
                    "tokenizer": "belreader_words",
                    "filter": ["lowercase", "belreader_stop", "belreader_min2"],
                },
                PLAIN_PATTERN: {"type": "custom", "tokenizer": "keyword", "filter": ["lowercase"]},
            },
            "normalizer": {"belreader_lower": {"type": "custom", "filter": ["lowercase"]}},
        },
    }


def _mappings() -> dict:
    keyword = {"type": "keyword"}
    lower = {"type": "keyword", "normalizer": "belreader_lower"}
    unindexed = {"type": "keyword", "index": False, "doc_values": False}
    properties: dict = {
        "kind": keyword,
        "id": keyword,
        "article_id": keyword,
        "path": keyword,
        "date": keyword,
        "publisher_key": keyword,
        "text_key": keyword,  # equal for duplicate articles: a search shows one of them
        "copied": {"type": "boolean"},  # another article shares its text_key (or did once)
        "content_hash": unindexed,
        "mtime": {"type": "double", "index": False},
        "size": {"type": "long", "index": False},
        "n_claims": {"type": "integer"},
        "n_paragraphs": {"type": "integer", "index": False},
        "title_derived": {"type": "boolean", "index": False},
        "data": {"type": "object", "enabled": False},  # a claim as a dict, returned as stored
        "generation": {"type": "long"},  # the state document's commit counter
        "belreader": {"type": "object", "enabled": False},  # the state document: belreader's index metadata
    }
    for name in TEXT_FIELDS:
        properties[name] = {"type": "text", "analyzer": TEXT}
    for name in PLAIN_FIELDS:
        properties[name] = {"type": "text", "analyzer": PLAIN}
    for name in LOWER_KEYWORDS:
        properties[name] = lower
    return {"dynamic": "strict", "properties": properties}


def index_body() -> dict:
    return {"settings": _settings(), "mappings": _mappings()}


def terms_index_body() -> dict:
    """The index of the words each field holds (one document per field and word): prefix,
    wildcard, fuzzy and range terms are expanded against it, within belreader's limits."""
    return {
        "settings": {"number_of_shards": 1, "number_of_replicas": replicas()},
        "mappings": {
            "dynamic": "strict",
            "properties": {"field": {"type": "keyword"}, "term": {"type": "keyword"}},
        },
    }
