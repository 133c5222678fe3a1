"""The index belreader creates in the cluster: its analyzers, mappings and settings.

The text analysis is Whoosh's, rebuilt from the cluster's own parts, so both backends find the
same documents: words are runs of letters, digits and `*` (a `.` inside joins, as in "U.S"),
lower-cased, accents folded to ASCII where Latin letters have an ASCII form (Cyrillic stays
as it is), belreader's stop words and one-letter words dropped, and Porter stems. Patterns
(prefix, wildcard, fuzzy and range terms) go through the same filters as one word, without the
stop list, as Whoosh treats them.
"""

from __future__ import annotations

import hashlib
import json
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
# The version of the index's mapping and settings beyond its analysis (which analyzer_version
# covers), recorded in the state document; an index of another one is an IndexProblem
# (store.OpenSearchStore.damage). 2: the body's postings keep each word's character offsets,
# from which the cluster marks a search's words in the hits' bodies (backend.py) without
# analysing them again.
MAPPING_VERSION = 2
OFFSETS_FIELDS = ("body",)  # the fields whose words the cluster marks for the snippets
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
        # the publisher counts of every search: its global ordinals made at a refresh, not by the next search
        "publisher_key": {"type": "keyword", "eager_global_ordinals": True},
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
        "analyzer_version": unindexed,  # the state document: analyzer_version() of the build
        "mapping_version": {"type": "integer", "index": False},  # the state document: MAPPING_VERSION
    }
    for name in TEXT_FIELDS:
        properties[name] = {"type": "text", "analyzer": TEXT}
        if name in OFFSETS_FIELDS:
            properties[name]["index_options"] = "offsets"
    for name in PLAIN_FIELDS:
        properties[name] = {"type": "text", "analyzer": PLAIN}
    for name in LOWER_KEYWORDS:
        properties[name] = lower
    return {"dynamic": "strict", "properties": properties}


def index_body() -> dict:
    return {"settings": _settings(), "mappings": _mappings()}


def flat_analysis(analysis: dict, prefix: str = "index.analysis") -> dict[str, str | list[str]]:
    """Analysis settings in the cluster's normal form (`get_settings(flat_settings=True)`):
    dotted keys, every value a string (booleans in lower case) or a list of strings."""
    flat: dict[str, str | list[str]] = {}
    for key, value in analysis.items():
        name = f"{prefix}.{key}"
        if isinstance(value, dict):
            flat.update(flat_analysis(value, name))
        elif isinstance(value, list):
            flat[name] = [_setting(v) for v in value]
        else:
            flat[name] = _setting(value)
    return flat


def _setting(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def field_analyzers(properties: dict) -> dict[str, str]:
    """field -> the analyzer (text) or normalizer (keyword) a mapping gives it, where it names one."""
    out = {}
    for name, spec in properties.items():
        chosen = spec.get("analyzer") or spec.get("normalizer")
        if chosen:
            out[name] = chosen
    return out


def fingerprint(flat: dict, fields: dict[str, str]) -> str:
    """The analyzer version of analysis settings (flat_analysis's form) and the fields' analyzers:
    a hash, so any change to the analysis an index is built with changes it."""
    canonical = json.dumps({"analysis": flat, "fields": fields}, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def analyzer_version() -> str:
    """The analyzer version of the indexes this belreader builds (recorded in their state
    document, checked when an index is opened: store.OpenSearchStore.damage)."""
    return fingerprint(flat_analysis(_settings()["analysis"]), field_analyzers(_mappings()["properties"]))


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
