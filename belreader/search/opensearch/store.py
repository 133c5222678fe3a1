"""The OpenSearch store: belreader's index as an index in an OpenSearch cluster.

The local index folder stays belreader's (its marker, metadata, did-you-mean vocabulary and
summaries cache, as for every backend) and names the cluster index in `belreader-opensearch.json`;
the documents live in the cluster. A new or rebuilt index is a new cluster index (its name
`<prefix>-<random>`), so a rebuild beside the old one and the swap of folders (sync.py) work as
they do for Whoosh. Beside it, `<name>-terms` holds the words each field holds, for prefix,
wildcard, fuzzy and range terms.

A batch is sent when its block ends (nothing of it if the block fails): deletions first, then
the documents in bounded bulk requests (retried on 429 and on a node that went away), then the
new words, then the state document's commit counter, then a refresh, so a search sees the whole
batch. Errors of the cluster reach the user as one line (IndexProblem).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from belreader import config
from belreader.search import folders
from belreader.search.opensearch import schema
from belreader.search.opensearch.analysis import WORD, Analysis, word_forms
from belreader.search.protocol import FileStamp, IndexProblem
from belreader.search.vocabulary import Vocabulary

POINTER_FILE = "belreader-opensearch.json"
STATE_ID = "__belreader_state"  # the document that counts commits (kind "meta")
BULK_DOCUMENTS = 500  # documents per bulk request
BULK_BYTES = 8 * 1024 * 1024  # ... and bytes at most
BULK_RETRIES = 5  # a 429 (queue full) or a lost node: try again, backing off
DELETE_PATHS = 1000  # paths per delete-by-query
MANIFEST_FIELDS = ["path", "mtime", "size", "content_hash", "id"]
SUMMARY_EXCLUDES = ["body", "claims", "subtitle"]


def client_for(url: str):
    """A client of the cluster at `url` (several URLs: comma-separated). Credentials come from
    BELREADER_OPENSEARCH_USER and BELREADER_OPENSEARCH_PASSWORD; TLS is verified unless
    BELREADER_OPENSEARCH_INSECURE=1."""
    from opensearchpy import OpenSearch

    hosts = [u.strip() for u in url.split(",") if u.strip()]
    user = os.environ.get("BELREADER_OPENSEARCH_USER")
    password = os.environ.get("BELREADER_OPENSEARCH_PASSWORD", "")
    return OpenSearch(
        hosts=hosts,
        http_auth=(user, password) if user else None,
        verify_certs=os.environ.get("BELREADER_OPENSEARCH_INSECURE") != "1",
        timeout=30,
        max_retries=3,
        retry_on_timeout=True,
        retry_on_status=(429, 502, 503, 504),
    )


@contextmanager
def cluster_errors(url: str, what: str = "") -> Iterator[None]:
    """Errors of the client as one-line IndexProblems."""
    from opensearchpy import exceptions as ox

    try:
        yield
    except IndexProblem:
        raise
    except ox.ConnectionError as exc:
        raise IndexProblem(f"the OpenSearch cluster at {url} is unreachable ({_reason(exc)}){what}") from None
    except ox.TransportError as exc:
        raise IndexProblem(f"the OpenSearch cluster at {url} refused a request ({_reason(exc)}){what}") from None


def _reason(exc: Exception) -> str:
    info = getattr(exc, "info", None)
    if isinstance(info, dict):
        error = info.get("error")
        if isinstance(error, dict):
            return f"{error.get('type')}: {str(error.get('reason'))[:160]}"
    return folders.one_line(exc)


class OpenSearchStore:
    """One belreader index in a cluster, named by the local folder `directory`."""

    def __init__(
        self,
        directory: Path,
        url: str,
        prefix: str = "belreader",
        before_open: Callable[[], None] | None = None,
        missing: str = "",
    ) -> None:
        self.index_dir = Path(directory)
        self.url = url
        self.prefix = prefix.lower()
        self._before_open = before_open
        self._missing = missing or f"no index at {directory} yet; run `belreader index`"
        self._client: Any = None
        self._backend: Any = None
        self._analysis: dict[str, Analysis] = {}
        self._shards: int | None = None

    # ------------------------------------------------------------------ naming

    @property
    def client(self):
        if self._client is None:
            self._client = client_for(self.url)
        return self._client

    def name(self) -> str:
        """The cluster index this folder names. IndexProblem if none."""
        try:
            pointer = json.loads((self.index_dir / POINTER_FILE).read_text(encoding="utf-8"))
            name = pointer["index"]
        except (OSError, ValueError, KeyError, TypeError):
            raise IndexProblem(self._missing) from None
        if not isinstance(name, str) or not name:
            raise IndexProblem(self._missing)
        return name

    def terms_name(self) -> str:
        return f"{self.name()}-terms"

    def analysis(self) -> Analysis:
        name = self.name()
        if name not in self._analysis:
            self._analysis = {name: Analysis(self.client, name)}
        return self._analysis[name]

    def shards(self) -> int:
        """The number of primary shards of the cluster index (asked once)."""
        if self._shards is None:
            name = self.name()
            with self.errors():
                settings = self.client.indices.get_settings(index=name, name="index.number_of_shards")
            self._shards = int(settings[name]["settings"]["index"]["number_of_shards"])
        return self._shards

    def errors(self, what: str = ""):
        return cluster_errors(self.url, what)

    # ------------------------------------------------------------------ lifecycle

    def exists(self) -> bool:
        """Whether the folder names a cluster index (the cluster is asked in damage())."""
        return (self.index_dir / POINTER_FILE).is_file()

    def damage(self, deep: bool = True) -> str | None:
        """Why the index cannot be read (None if it can): gone from the cluster, or red.
        An unreachable cluster is an IndexProblem (nothing to rebuild)."""
        marked = folders.damage_mark(self.index_dir)
        if marked:
            return f"index unreadable ({marked})"
        name = self.name()
        with self.errors():
            for index in (name, f"{name}-terms"):
                if not self.client.indices.exists(index=index):
                    return f"the index {index} is not in the OpenSearch cluster at {self.url}"
            health = self.client.cluster.health(index=name)
        if health.get("status") == "red":
            raise IndexProblem(f"the index {name} in the OpenSearch cluster at {self.url} is red (shards missing)")
        return None

    def open(self):
        if self._before_open is not None:
            self._before_open()
        if not self.exists():
            raise IndexProblem(self._missing)
        return self.client

    def refresh(self) -> None:
        """Nothing is held open: every search asks the cluster for its latest refreshed state."""
        self._shards = None  # a rebuild may have made another index
        if self._backend is not None:
            self._backend.forget()

    def close(self) -> None:
        self.refresh()

    def backend(self):
        from belreader.search.opensearch.backend import OpenSearchBackend

        if self._backend is None:
            self._backend = OpenSearchBackend(self)
        return self._backend

    def create(self, meta_write: Callable[[Path], None]) -> None:
        """A new empty cluster index named by the (emptied) folder, and belreader's metadata."""
        folders.prepare_empty(self.index_dir)
        name = f"{self.prefix}-{uuid.uuid4().hex[:12]}"
        with self.errors(f" creating the index {name}"):
            self.client.indices.create(index=name, body=schema.index_body())
            self.client.indices.create(index=f"{name}-terms", body=schema.terms_index_body())
            self.client.index(
                index=name, id=STATE_ID, body={"kind": "meta", "generation": 0}, refresh=True
            )  # the commit counter
        config.atomic_write_json(self.index_dir / POINTER_FILE, {"index": name})
        meta_write(self.index_dir)

    def drop(self) -> None:
        """Delete the cluster indexes this folder names (tests; a user deletes the folder too)."""
        try:
            name = self.name()
        except IndexProblem:
            return
        with self.errors():
            self.client.indices.delete(index=f"{name},{name}-terms", ignore_unavailable=True)

    # ------------------------------------------------------------------ reading

    def scan(self, query: dict, source: list[str] | dict | bool = True) -> Iterator[dict]:
        """The `_source` of every document `query` matches (in no particular order)."""
        from opensearchpy import helpers

        with self.errors():
            for hit in helpers.scan(
                self.client, index=self.name(), query={"query": query, "_source": source}, size=2000
            ):
                yield hit["_source"]

    def manifest(self) -> dict[str, FileStamp]:
        files: dict[str, FileStamp] = {}
        for doc in self.scan(_kind("article"), MANIFEST_FIELDS):
            entry = files.get(doc["path"])
            ids = (entry.ids if entry else []) + [doc["id"]]
            files[doc["path"]] = FileStamp(float(doc["mtime"]), int(doc["size"]), doc["content_hash"], ids)
        return files

    def state_key(self) -> list:
        name = self.name()
        with self.errors():
            state = self.client.get(index=name, id=STATE_ID, _source=["generation"])
        return [name, state["_source"].get("generation", 0)]

    def stored_articles(self) -> tuple[list, list[dict]]:
        key = self.state_key()
        return key, list(self.scan(_kind("article"), {"excludes": SUMMARY_EXCLUDES}))

    def article_fields(self, article_id: str) -> dict | None:
        found = self.backend().document(article_id)
        return found if found is not None and found.get("kind") == "article" else None

    def claim_records(self, article_id: str | None = None) -> list[dict]:
        query = _kind("claim", [{"term": {"article_id": article_id}}] if article_id else [])
        records = [doc["data"] for doc in self.scan(query, ["data"])]
        records.sort(key=lambda c: (c["article_id"], c["start"]))
        return records

    def stats(self) -> dict[str, int]:
        name = self.name()
        body = {
            "size": 0,
            "track_total_hits": True,
            "aggs": {
                "kinds": {"terms": {"field": "kind", "size": 10}},
                "entities": {"cardinality": {"field": "entity", "precision_threshold": 40000}},
            },
        }
        with self.errors():
            result = self.client.search(index=name, body=body)
        kinds = {b["key"]: b["doc_count"] for b in result["aggregations"]["kinds"]["buckets"]}
        return {
            "articles": kinds.get("article", 0),
            "entities": int(result["aggregations"]["entities"]["value"]),
            "claims": kinds.get("claim", 0),
        }

    def article_ids_mentioning(self, entity_id: str) -> list[str]:
        with self.backend().reader() as reader:
            return reader.ids_with("entity", entity_id.lower())

    def doc_count(self) -> int:
        with self.errors():
            return int(self.client.count(index=self.name(), body={"query": _kind("article")})["count"])

    # ------------------------------------------------------------------ writing

    @contextmanager
    def writing(self) -> Iterator[_Writing]:
        yield _Writing(self)


class _Writing:
    """Batches written into the cluster index: each batch is one commit (see the module)."""

    def __init__(self, store: OpenSearchStore) -> None:
        self._store = store
        self._name = store.name()
        self._vocabulary = Vocabulary.load(store.index_dir)
        self._words_sent: set[tuple[str, str]] = set()

    def delete_paths(self, paths: list[str]) -> None:
        self._delete(paths)
        self._commit()

    def _delete(self, paths: list[str]) -> None:
        """Delete every document of these files: their ids found by path, then a bulk delete
        (delete-by-query is a module a cluster may lack)."""
        from opensearchpy import helpers

        store = self._store
        for at in range(0, len(paths), DELETE_PATHS):
            query = {"bool": {"filter": [{"terms": {"path": paths[at : at + DELETE_PATHS]}}]}}
            ids = [doc["id"] for doc in store.scan(query, ["id"])]
            actions = ({"_op_type": "delete", "_index": self._name, "_id": doc_id} for doc_id in ids)
            with store.errors(" deleting documents"):
                for ok, item in helpers.streaming_bulk(
                    store.client, actions, chunk_size=BULK_DOCUMENTS * 4, max_retries=BULK_RETRIES, raise_on_error=False
                ):
                    status = item.get("delete", {}).get("status")
                    if not ok and status != 404:  # 404: gone already
                        raise IndexProblem(f"the OpenSearch cluster at {store.url} did not delete a document: {item}")
        with store.errors(" deleting documents"):
            store.client.indices.refresh(index=self._name)

    @contextmanager
    def batch(self, parallel: int = 1) -> Iterator[_Batch]:
        batch = _Batch()
        yield batch
        if batch.deleted:
            self._delete(batch.deleted)
        if batch.documents:
            self._send(batch.documents)
        self._commit()

    def _send(self, documents: list[dict]) -> None:
        from opensearchpy import helpers

        store = self._store
        actions = (
            {"_op_type": "index", "_index": self._name, "_id": doc["id"], "_source": _source(doc)} for doc in documents
        )
        words = self._words(documents)
        with store.errors(" indexing"):
            for _ok, _item in helpers.streaming_bulk(
                store.client,
                actions,
                chunk_size=BULK_DOCUMENTS,
                max_chunk_bytes=BULK_BYTES,
                max_retries=BULK_RETRIES,
                initial_backoff=1,
                max_backoff=30,
                raise_on_error=True,
            ):
                pass
            terms_index = f"{self._name}-terms"
            word_actions = (
                {"_op_type": "index", "_index": terms_index, "_id": _word_id(field, term), "field": field, "term": term}
                for field, term in words
            )
            for _ok, _item in helpers.streaming_bulk(
                store.client,
                word_actions,
                chunk_size=BULK_DOCUMENTS * 4,
                max_chunk_bytes=BULK_BYTES,
                max_retries=BULK_RETRIES,
                initial_backoff=1,
                max_backoff=30,
                raise_on_error=True,
            ):
                pass
        raw: Counter = Counter()
        for doc in documents:
            if doc.get("kind") == "article":
                for name in Vocabulary.FIELDS:
                    raw.update(WORD.findall(doc.get(name) or ""))
        self._vocabulary.add_raw(raw)
        self._vocabulary.save(store.index_dir, word_forms)

    def _words(self, documents: list[dict]) -> list[tuple[str, str]]:
        """(field, word) of every field a user can search, not sent before by this writing."""
        analysis = self._store.analysis()
        raw: dict[str, set[str]] = {schema.TEXT: set(), schema.PLAIN: set()}
        pairs: set[tuple[str, str]] = set()
        texts: list[tuple[str, str, str]] = []
        for doc in documents:
            if doc.get("kind") != "article":
                continue  # a claim's words are its article's
            for name, analyzer in schema.SEARCHED.items():
                value = doc.get(name)
                if not value:
                    continue
                if analyzer is None:
                    values = value if isinstance(value, list) else [value]
                    lower = name in schema.LOWER_KEYWORDS
                    pairs.update((name, v.lower() if lower else v) for v in values if v)
                else:
                    raw[analyzer].update(WORD.findall(value))
                    texts.append((name, analyzer, value))
        with self._store.errors(" analysing words"):
            terms = {analyzer: analysis.terms(words, analyzer) for analyzer, words in raw.items() if words}
        for name, analyzer, value in texts:
            found = terms[analyzer]
            pairs.update((name, found[w]) for w in WORD.findall(value) if found.get(w))
        fresh = pairs - self._words_sent
        self._words_sent |= fresh
        return sorted(fresh)

    def _commit(self) -> None:
        """Count the commit and make everything written visible to searches."""
        client = self._store.client
        with self._store.errors(" committing"):
            state = client.get(index=self._name, id=STATE_ID, _source=["generation"])
            generation = int(state["_source"].get("generation", 0)) + 1
            client.index(index=self._name, id=STATE_ID, body={"kind": "meta", "generation": generation})
            client.indices.refresh(index=f"{self._name},{self._name}-terms")


class _Batch:
    def __init__(self) -> None:
        self.deleted: list[str] = []
        self.documents: list[dict] = []

    def delete_path(self, path: str) -> None:
        self.deleted.append(path)

    def add(self, document: dict) -> None:
        self.documents.append(document)


def _kind(kind: str, more: list | None = None) -> dict:
    return {"bool": {"filter": [{"term": {"kind": kind}}, *(more or [])]}}


def _source(document: dict) -> dict:
    return {name: value for name, value in document.items() if not name.startswith("_")}


def _word_id(field: str, term: str) -> str:
    return hashlib.blake2b(f"{field}\0{term}".encode(), digest_size=16).hexdigest()
