"""The OpenSearch backend: belreader's query tree run in an OpenSearch cluster (see protocol.py).

`OpenSearchReader.prepare` translates a tree once (translate.py), expanding its patterns to the
index words they stand for against the words index; `run` is one search request: the requested
page best first (equal scores by id, so pages never overlap), duplicates collapsed to their best
copy, the exact total (`track_total_hits`) and facet counts from terms aggregations over every
match. Duplicates count once without a distinct count over every match: the articles that have
copies are marked `copied` when indexed (store.py), so a total is the matches less the marked
ones plus the distinct keys of the marked ones; a second request (`_msearch`) names the copies
of the hits that have some, and is not made when none has.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from belreader.search import language as lang
from belreader.search.opensearch.translate import Translator
from belreader.search.protocol import QueryMatch, Ranked, SearchCancelled

FACET_SIZE = 10_000  # publishers counted per search at most
COPIES_SIZE = 100  # duplicates named per hit at most
VALUES_PAGE = 5_000
# What a search's answer is read for: the rest (each hit's index, id and sort values, the shards'
# counts) is left out by the cluster (`filter_path`), which the client would otherwise decode.
SEARCH_FILTER = ",".join(
    [
        "_shards.failed",
        "hits.total.value",
        "hits.hits._score",
        "hits.hits._source",
        "hits.hits.highlight",
        "hits.hits.inner_hits.copies.hits.hits._source",
        "aggregations",
    ]
)
MSEARCH_FILTER = "responses.hits.hits._source,responses.error,responses.status"
# The hits' bodies come back a second time from the cluster's highlighter, each word of the query
# between these two characters (private-use ones: not control characters, which the cluster trims
# off the ends; a body that holds one is highlighted in Python): the words' spans without finding and analysing the body's
# words again in Python, the largest part of a search's client time. The body's postings keep
# their character offsets (schema.OFFSETS_FIELDS), so the cluster does not analyse it either.
MARK_START, MARK_END = "\ue000", "\ue001"
HIGHLIGHT_TERMS = 256  # a query of more words (a wide prefix) is highlighted in Python
HIT_EXCLUDES = ["claims", "subtitle", "entity", "speaker", "source", "tag", "content_hash", "data"]


@dataclass(slots=True)
class OpenSearchPrepared:
    tree: lang.Node
    text: str
    query: dict | None  # None: matches nothing (only stop words)
    match: QueryMatch = field(default_factory=QueryMatch, repr=False)


class OpenSearchReader:
    """The SearchReader over the cluster index's latest refreshed state."""

    def __init__(self, store) -> None:
        self.store = store
        self.client = store.client
        self.index = store.name()
        self.analysis = store.analysis()
        self._values: dict[str, list[str]] = {}

    def prepare(self, tree: lang.Node, text: str, cancelled: Callable[[], bool] | None = None) -> OpenSearchPrepared:
        """The tree translated; its patterns' expansions (one per pattern and field) asked in
        one `_msearch` round trip: a first pass only collects them."""
        _check(cancelled)
        wanted: dict[str, tuple[str, dict, int]] = {}

        def collect(fieldname: str, spec: dict, limit: int) -> list[str]:
            wanted.setdefault(_key(fieldname, spec, limit), (fieldname, spec, limit))
            return []

        Translator(self.analysis, collect, text, cancelled).translate(tree)
        found = self._expand_all(list(wanted.values())) if wanted else {}

        def expand(fieldname: str, spec: dict, limit: int) -> list[str]:
            key = _key(fieldname, spec, limit)
            if key not in found:
                found.update(self._expand_all([(fieldname, spec, limit)]))
            return found[key]

        translator = Translator(self.analysis, expand, text, cancelled)
        query = translator.translate(tree)
        return OpenSearchPrepared(tree, text, query, translator.match)

    def _expand_all(self, wanted: list[tuple[str, dict, int]]) -> dict[str, list[str]]:
        """The index words each (field, clause, limit) stands for, up to limit + 1, in one request."""
        lines: list[dict] = []
        for fieldname, spec, limit in wanted:
            lines.append({"index": f"{self.index}-terms", "request_cache": True})
            lines.append(
                {
                    "size": limit + 1,
                    "query": {"bool": {"filter": [{"term": {"field": fieldname}}], "must": [spec]}},
                    "_source": ["term"],
                    "sort": [{"term": "asc"}],
                }
            )
        responses = self.client.msearch(body=lines, filter_path=MSEARCH_FILTER)["responses"]
        out: dict[str, list[str]] = {}
        for (fieldname, spec, limit), response in zip(wanted, responses, strict=True):
            if "error" in response:
                from opensearchpy import TransportError

                raise TransportError(int(response.get("status", 500)), str(response["error"]), response)
            out[_key(fieldname, spec, limit)] = [hit["_source"]["term"] for hit in _hits(response)]
        return out

    def run(
        self,
        prepared: OpenSearchPrepared,
        *,
        kind: str = "article",
        start: int = 0,
        count: int = 10,
        facets: Sequence[str] = (),
        collapse: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> Ranked:
        _check(cancelled)
        if prepared.query is None:
            return Ranked(total=0, docs=[])
        matched = {"bool": {"filter": [{"term": {"kind": kind}}], "must": [prepared.query]}}
        body: dict = {
            "query": matched,
            "from": start,
            "size": count,
            "sort": [{"_score": "desc"}, {"id": "asc"}],
            "track_scores": True,
            "track_total_hits": True,
            "_source": {"excludes": HIT_EXCLUDES},  # what a hit shows, not the claims or keyword lists
        }
        words = sorted(prepared.match.highlight_words()) if kind == "article" and count else []
        if 0 < len(words) <= HIGHLIGHT_TERMS:
            should = [{"term": {"body": word}} for word in words]
            body["highlight"] = {
                "type": "unified",
                "pre_tags": [MARK_START],
                "post_tags": [MARK_END],
                "fields": {"body": {"number_of_fragments": 0, "highlight_query": {"bool": {"should": should}}}},
            }
        marked = collapse and self.store.marks_copies()
        groups = {"cardinality": {"field": "text_key", "precision_threshold": 40000}}  # exact below 40,000
        # Duplicates (equal text_key) rank and count once: the best of them is the hit. An article
        # not marked `copied` is a group of its own, so only the marked ones' distinct keys are
        # counted (a cardinality over every match, per facet value too, was most of a search's
        # time); their copies are asked for afterwards, for the hits that have some.
        counting = {"copied": {"filter": {"term": {"copied": True}}, "aggs": {"groups": groups}}} if marked else {}
        if collapse:
            body["collapse"] = {"field": "text_key"}
            if marked:
                body["aggs"] = dict(counting)
            else:
                body["collapse"]["inner_hits"] = {
                    "name": "copies",
                    "size": COPIES_SIZE,
                    "_source": ["id"],
                    "sort": [{"_score": "desc"}, {"id": "asc"}],
                }
                body["aggs"] = {"groups": groups}
        if facets:
            sub = counting if marked else {"groups": groups} if collapse else {}
            body.setdefault("aggs", {}).update(
                {
                    name: {
                        "terms": {
                            "field": "publisher_key" if name == "publisher" else name,
                            "size": FACET_SIZE,
                            "order": [{"_count": "desc"}, {"_key": "asc"}],
                        },
                        **({"aggs": sub} if sub else {}),
                    }
                    for name in facets
                }
            )
        # Over several shards, BM25's statistics are gathered from all of them first, so a document
        # scores the same whichever shard holds it (one shard, the default, needs no extra round).
        params = {"search_type": "dfs_query_then_fetch"} if self.store.shards() > 1 else {}
        # The shard request cache keeps a query's top hits, total and counts until the shard next
        # changes (a refresh), so the same search again (another reader, the next keystroke of the
        # same words, a page back) skips the query phase; it is never stale. A request with hits
        # is cached only when asked (and never with dfs_query_then_fetch).
        result = self.store.search(body, {**params, "request_cache": "true", "filter_path": SEARCH_FILTER})
        _check(cancelled)

        def grouped(found: dict, n: int) -> int:
            if marked:
                return n - int(found["copied"]["doc_count"]) + int(found["copied"]["groups"]["value"])
            return int(found["groups"]["value"]) if collapse else n

        total = int(result["hits"]["total"]["value"])
        if collapse and total:
            total = grouped(result["aggregations"], total)
        hits = result["hits"].get("hits", [])  # left out (filter_path) when there are none
        docs = [(hit["_source"], float(hit["_score"] or 0.0)) for hit in hits]
        if "highlight" in body:
            wanted = frozenset(words)
            for hit in hits:
                text = hit["_source"].get("body")
                if isinstance(text, str) and text:
                    found = (hit.get("highlight") or {}).get("body") or [None]
                    self.analysis.remember(text, wanted, found[0], MARK_START, MARK_END)
        copies: dict[int, list[Any]] = {}
        if marked:
            copies = self._copies(matched, [source for source, _score in docs], params)
        for at, hit in enumerate(hits):
            inner = (hit.get("inner_hits") or {}).get("copies", {}).get("hits", {}).get("hits", [])
            others = [h["_source"] for h in inner if h["_source"].get("id") != hit["_source"].get("id")]
            if others:
                copies[at] = others
        counted: dict[str, dict[str, int]] = {}
        if total:
            for name in facets:
                buckets = result["aggregations"].get(name, {}).get("buckets", [])
                counts = ((b["key"], grouped(b, int(b["doc_count"]))) for b in buckets)
                counted[name] = dict(sorted(counts, key=lambda kv: (-kv[1], kv[0])))
        return Ranked(total=total, docs=docs, facets=counted, copies=copies)

    def _copies(self, matched: dict, shown: list[dict], params: dict) -> dict[int, list[Any]]:
        """The hits' copies that match too (best first, COPIES_SIZE at most per hit): one
        search per hit marked `copied`, in one `_msearch`; none when no hit is marked."""
        wanted = [(at, source) for at, source in enumerate(shown) if source.get("copied") and source.get("text_key")]
        if not wanted:
            return {}
        lines: list[dict] = []
        for _at, source in wanted:
            query = {"bool": {"filter": [{"term": {"text_key": source["text_key"]}}], "must": [matched]}}
            lines.append({"index": self.index, "request_cache": True, **params})
            lines.append(
                {
                    "query": query,
                    "size": COPIES_SIZE,
                    "sort": [{"_score": "desc"}, {"id": "asc"}],
                    "_source": ["id"],
                }
            )
        responses = self.client.msearch(body=lines, filter_path=MSEARCH_FILTER)["responses"]
        copies: dict[int, list[Any]] = {}
        for (at, source), response in zip(wanted, responses, strict=True):
            if "error" in response:
                from opensearchpy import TransportError

                raise TransportError(int(response.get("status", 500)), str(response["error"]), response)
            others = [h["_source"] for h in _hits(response) if h["_source"].get("id") != source.get("id")]
            if others:
                copies[at] = others
        return copies

    def stored(self, doc: Any) -> dict:
        return doc

    def document(self, doc_id: str) -> dict | None:
        from opensearchpy import NotFoundError

        try:
            found = self.client.get(index=self.index, id=doc_id)
        except NotFoundError:
            return None
        source = found.get("_source")
        return source if source and source.get("kind") != "meta" else None

    def match(self, prepared: OpenSearchPrepared) -> QueryMatch:
        return prepared.match

    def known(self, word: str) -> bool:
        terms = [term for term, _pos in self.analysis.positioned(word)]
        if not terms:
            return True
        should = [{"terms": {name: terms}} for name in lang.DEFAULT_FIELDS]
        body = {"query": {"bool": {"should": should, "minimum_should_match": 1}}}
        return int(self.client.count(index=self.index, body=body)["count"]) > 0

    def values(self, fieldname: str) -> list[str]:
        if fieldname not in self._values:
            self._values[fieldname] = self._all_values(fieldname)
        return self._values[fieldname]

    def _all_values(self, fieldname: str) -> list[str]:
        out: list[str] = []
        after = None
        while True:
            composite: dict = {"size": VALUES_PAGE, "sources": [{"v": {"terms": {"field": fieldname}}}]}
            if after is not None:
                composite["after"] = after
            body = {"size": 0, "aggs": {"values": {"composite": composite}}}
            result = self.client.search(index=self.index, body=body)["aggregations"]["values"]
            out.extend(bucket["key"]["v"] for bucket in result["buckets"])
            after = result.get("after_key")
            if not result["buckets"] or after is None:
                return sorted(out)

    def ids_with(self, fieldname: str, value: str, kind: str = "article") -> list[str]:
        query = {"bool": {"filter": [{"term": {"kind": kind}}, {"term": {fieldname: value}}]}}
        return sorted(doc["id"] for doc in self.store.scan(query, ["id"]))

    def stats(self) -> dict[str, int]:
        return self.store.stats()


class OpenSearchBackend:
    """The SearchBackend over one belreader index in a cluster."""

    def __init__(self, store) -> None:
        self._store = store

    @contextmanager
    def reader(self) -> Iterator[OpenSearchReader]:
        self._store.open()
        with self._store.errors():
            yield OpenSearchReader(self._store)

    def document(self, doc_id: str) -> dict | None:
        with self.reader() as reader:
            return reader.document(doc_id)

    def forget(self) -> None:
        """Nothing is cached between readers."""

    def refresh(self) -> None:
        self._store.refresh()

    def spans(self, text: str, words: Iterable[str]) -> list[tuple[int, int]]:
        with self._store.errors():
            return self._store.analysis().spans(text, words)

    def tokens(self, text: str) -> list[str]:
        with self._store.errors():
            return self._store.analysis().tokens(text)


def _hits(response: dict) -> list[dict]:
    """A search's hits; none when filter_path left out their empty list."""
    return (response.get("hits") or {}).get("hits") or []


def _key(fieldname: str, spec: dict, limit: int) -> str:
    return json.dumps([fieldname, spec, limit], sort_keys=True)


def _check(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise SearchCancelled()
