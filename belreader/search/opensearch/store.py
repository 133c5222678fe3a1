"""The OpenSearch store: belreader's index as an index in an OpenSearch cluster.

The local index folder stays belreader's (its marker, metadata, did-you-mean vocabulary and
summaries cache, as for every backend) and names the cluster index in `belreader-opensearch.json`;
the documents live in the cluster. Readers search an alias, `<prefix>-<key>` (the key is the index
folder's name: for the default folder, the corpus folder's name and a hash of its path), so every
user of the same corpus and prefix reads the same index: a user whose folder has no pointer yet
takes it from the cluster (with the metadata the builder stored there) instead of building one.
Beside it, the alias `<alias>-terms` holds the words each field holds, for prefix, wildcard, fuzzy
and range terms.

Every build is a new concrete index `<alias>-<random>` (and its `-terms`). A first build takes
the alias at once (readers see it fill, as with Whoosh); a rebuild (sync.py builds it beside the
old folder and swaps the folders) leaves the alias on the old index until the swapped folder is
next refreshed, when one atomic alias update moves both aliases and the old concrete indexes are
deleted: a reader anywhere sees the old index or the new one, never a half-built one.

A batch is sent when its block ends (nothing of it if the block fails): deletions first, then
the documents in bounded bulk requests (bulk.py: retried on 429 and on a node that went away),
then the new words, then the state document's commit counter, then a refresh, so a search sees
the whole batch. Errors of the cluster reach the user as one line (IndexProblem).
"""

from __future__ import annotations

import functools
import hashlib
import json
import netrc
import os
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from belreader import config
from belreader.search import folders
from belreader.search.opensearch import bulk, schema
from belreader.search.opensearch.analysis import WORD, Analysis, word_forms
from belreader.search.protocol import FileStamp, IndexProblem
from belreader.search.vocabulary import Vocabulary

POINTER_FILE = "belreader-opensearch.json"
STATE_ID = "__belreader_state"  # the document that counts commits (kind "meta")
DELETE_PATHS = 1000  # paths per delete-by-query
HEALTH_EVERY = 5.0  # seconds between two looks at the cluster's health (the degraded notice)
SEARCH_TRIES = 4  # a search the cluster could not answer whole (a node went away): tried again
MANIFEST_FIELDS = ["path", "mtime", "size", "content_hash", "id"]
SUMMARY_EXCLUDES = ["body", "claims", "subtitle"]


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) for the cluster at `url`: BELREADER_OPENSEARCH_USER and _PASSWORD, else
    the netrc file (BELREADER_OPENSEARCH_NETRC, else ~/.netrc if there is one) entry for the URL's
    host; None when neither names one. Never from the command line."""
    from urllib.parse import urlsplit

    user = os.environ.get("BELREADER_OPENSEARCH_USER")
    if user:
        return user, os.environ.get("BELREADER_OPENSEARCH_PASSWORD", "")
    named = os.environ.get("BELREADER_OPENSEARCH_NETRC")
    path = Path(named).expanduser() if named else Path.home() / ".netrc"
    if not named and not path.is_file():
        return None
    host = urlsplit(url.split(",")[0].strip()).hostname or ""
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except FileNotFoundError:
        raise IndexProblem(f"the credentials file {path} (BELREADER_OPENSEARCH_NETRC) does not exist") from None
    except (netrc.NetrcParseError, OSError) as exc:
        raise IndexProblem(f"the credentials file {path} cannot be read: {folders.one_line(exc)}") from None
    if entry is None:
        return None
    login, _account, password = entry
    return login or "", password or ""


def client_for(url: str):
    """A client of the cluster at `url` (several URLs: comma-separated). Credentials: see
    `credentials`; TLS is verified unless BELREADER_OPENSEARCH_INSECURE=1."""
    from opensearchpy import OpenSearch

    hosts = [u.strip() for u in url.split(",") if u.strip()]
    return OpenSearch(
        hosts=hosts,
        http_auth=credentials(url),
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
    except ox.AuthenticationException:
        raise IndexProblem(
            f"the OpenSearch cluster at {url} refused belreader's credentials (401){what}: set "
            "BELREADER_OPENSEARCH_USER and BELREADER_OPENSEARCH_PASSWORD, or a netrc entry for its host"
        ) from None
    except ox.AuthorizationException as exc:
        raise IndexProblem(
            f"the OpenSearch cluster at {url} does not allow this user that request (403: {_reason(exc)}){what}"
        ) from None
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
        self._pointer_path = os.fspath(self.index_dir / POINTER_FILE)  # stat-ed by every search, several times
        self.url = url
        self.prefix = prefix.lower()
        self._before_open = before_open
        self._missing = missing or f"no index at {directory} yet; run `belreader index`"
        self._client: Any = None
        self._backend: Any = None
        self._analysis: dict[str, Analysis] = {}
        self._shards: int | None = None
        self._marks_copies: bool | None = None
        self._live_analyzer: tuple[str, str] | None = None
        self._pointer_read: tuple[tuple, dict] | None = None
        self._health: tuple[float, str | None] = (0.0, None)
        self._health_lock = threading.Lock()

    # ------------------------------------------------------------------ naming

    @property
    def client(self):
        if self._client is None:
            self._client = client_for(self.url)
        return self._client

    def alias(self) -> str:
        """The name every reader of this corpus (and prefix) searches: `<prefix>-<folder key>`.
        A rebuild's staging folder (`<name>.new`, sync.py) gets the alias of the folder it replaces."""
        key = self.index_dir.name
        for suffix in (".new", ".old"):
            key = key.removesuffix(suffix)
        key = re.sub(r"[^a-z0-9_.+-]+", "_", key.lower()).lstrip("._-+") or "index"
        return f"{self.prefix}-{key}"

    def _pointer(self) -> dict | None:
        """The folder's pointer file, read again only when the file changed (it is replaced
        whole: config.atomic_write_json), since every search asks for it several times."""
        path = self._pointer_path
        try:
            stat = os.stat(path)
            stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if self._pointer_read is not None and self._pointer_read[0] == stamp:
                return self._pointer_read[1]
            with open(path, encoding="utf-8") as file:
                pointer = json.loads(file.read())
        except (OSError, ValueError):
            return None
        if not isinstance(pointer, dict) or not isinstance(pointer.get("index"), str) or not pointer["index"]:
            return None
        self._pointer_read = (stamp, pointer)
        return pointer

    def name(self) -> str:
        """The cluster index (or alias) this folder reads. IndexProblem if none."""
        pointer = self._pointer()
        if pointer is None:
            raise IndexProblem(self._missing)
        alias = pointer.get("alias")
        return alias if isinstance(alias, str) and alias and not pointer.get("pending") else pointer["index"]

    def write_target(self) -> str:
        """The concrete index a writing goes to: the one the alias names now (another user may
        have rebuilt it), or this folder's own while its build has not taken the alias."""
        name = self.name()
        pointer = self._pointer() or {}
        if name != pointer.get("alias"):
            return name
        with self.errors():
            targets = sorted(self.client.indices.get_alias(name=name))
        if len(targets) != 1:
            raise IndexProblem(f"the alias {name} in the OpenSearch cluster at {self.url} names {len(targets)} indexes")
        return targets[0]

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
            self._shards = int(next(iter(settings.values()))["settings"]["index"]["number_of_shards"])
        return self._shards

    def marks_copies(self) -> bool:
        """Whether the cluster index marks the articles that have copies (`copied`; an index of
        an earlier belreader does not, and its searches count duplicate groups the slow way)."""
        if self._marks_copies is None:
            name = self.name()
            with self.errors():
                mappings = self.client.indices.get_mapping(index=name)
            self._marks_copies = all(
                "copied" in found.get("mappings", {}).get("properties", {}) for found in mappings.values()
            )
        return self._marks_copies

    def errors(self, what: str = ""):
        return cluster_errors(self.url, what)

    # ------------------------------------------------------------------ lifecycle

    def exists(self) -> bool:
        """Whether the folder names a cluster index, or the cluster holds this corpus's index
        (another user built it: this folder takes it, with its metadata). The cluster is asked
        in damage()."""
        return os.path.isfile(self._pointer_path) or self._adopt()

    def _adopt(self) -> bool:
        """Point this (empty or belreader's) folder at the index the cluster holds under
        `alias()`, if there is one; False otherwise, or when the cluster cannot say."""
        alias = self.alias()
        try:
            with self.errors():
                if not self.client.indices.exists_alias(name=alias):
                    return False
                state = self.client.get(index=alias, id=STATE_ID)
            meta = state["_source"].get("belreader")
            if not isinstance(meta, dict):
                return False
            folders.prepare_empty(self.index_dir)
            config.atomic_write_json(self.index_dir / folders.META_FILE, meta)
            config.atomic_write_json(self.index_dir / POINTER_FILE, {"index": state["_index"], "alias": alias})
        except (IndexProblem, OSError):
            return False
        return True

    def damage(self, deep: bool = True) -> str | None:
        """Why the index cannot be read (None if it can): gone from the cluster. A cluster that
        cannot be reached, a red index, or one built by a belreader of another schema version
        is an IndexProblem (rebuilding would not help, or would take the index from the others)."""
        marked = folders.damage_mark(self.index_dir)
        if marked:
            return f"index unreadable ({marked})"
        name = self.name()
        with self.errors():
            for index in (name, f"{name}-terms"):
                if not self.client.indices.exists(index=index):
                    return f"the index {index} is not in the OpenSearch cluster at {self.url}"
            health = self.client.cluster.health(index=name)
            state = self.client.get(index=name, id=STATE_ID)
        if health.get("status") == "red":
            raise IndexProblem(f"the index {name} in the OpenSearch cluster at {self.url} is red (shards missing)")
        self._check_version(name, state["_source"].get("belreader"))
        self._check_analyzer(name, state["_source"].get("analyzer_version"))
        self._check_mapping(name, state["_source"].get("mapping_version"))
        return None

    def _check_mapping(self, name: str, stored: Any) -> None:
        """An index whose mapping is of another version than this belreader's (schema.MAPPING_VERSION;
        an index of a belreader before it recorded one has none) is an IndexProblem."""
        if stored != schema.MAPPING_VERSION:
            raise IndexProblem(
                f"the index {name} in the OpenSearch cluster at {self.url} belongs to another schema version "
                f"(OpenSearch mapping {stored if stored is not None else 1}; this belreader's is "
                f"{schema.MAPPING_VERSION}): use the same belreader version, or rebuild it with "
                "`belreader index --rebuild`"
            )

    def _check_analyzer(self, name: str, stored: Any) -> None:
        """An index built with another text analysis (its state document's analyzer version, or,
        for an index of a belreader before it recorded one, its own analysis settings and
        mapping) is an IndexProblem: its words would not be the words this belreader's queries
        and highlighting look for."""
        mine = schema.analyzer_version()
        if stored is None:
            stored = self._live_analyzer_version(name)
        if stored != mine:
            raise IndexProblem(
                f"the index {name} in the OpenSearch cluster at {self.url} was built with another text analyzer "
                f"(analyzer version {stored}; this belreader's is {mine}): its words would not match this "
                "belreader's queries; use the same belreader version, or rebuild it with `belreader index --rebuild`"
            )

    def _live_analyzer_version(self, name: str) -> str:
        """The analyzer version of the cluster index's own settings and mapping (asked once per
        index: only an index without a recorded version needs it)."""
        if self._live_analyzer is not None and self._live_analyzer[0] == name:
            return self._live_analyzer[1]
        with self.errors():
            settings = self.client.indices.get_settings(index=name, name="index.analysis*", flat_settings=True)
            mappings = self.client.indices.get_mapping(index=name)
        found = {
            schema.fingerprint(
                dict(sorted(each.get("settings", {}).items())),
                schema.field_analyzers(mappings.get(index, {}).get("mappings", {}).get("properties", {})),
            )
            for index, each in settings.items()
        }
        version = found.pop() if len(found) == 1 else "mixed"
        self._live_analyzer = (name, version)
        return version

    def _check_version(self, name: str, stored: Any) -> None:
        try:
            local = config.read_json(self.index_dir / folders.META_FILE)
        except (OSError, ValueError):
            return  # no metadata here: CorpusIndex says so
        if not isinstance(stored, dict) or not isinstance(local, dict):
            return  # an index of a belreader before the cluster kept its metadata
        for key, what in (("schema_version", "schema version"), ("analysis_version", "analysis version")):
            if stored.get(key) != local.get(key):
                raise IndexProblem(
                    f"the index {name} in the OpenSearch cluster at {self.url} belongs to another {what} "
                    f"({stored.get(key)}; this belreader's is {local.get(key)}): use the same belreader version, "
                    "or rebuild it with `belreader index --rebuild`"
                )

    def open(self):
        if self._before_open is not None:
            self._before_open()
        if not self.exists():
            raise IndexProblem(self._missing)
        return self.client

    def refresh(self) -> None:
        """Nothing is held open: every search asks the cluster for its latest refreshed state.
        A finished rebuild swapped into this folder takes the alias here."""
        self._shards = None  # a rebuild may have made another index
        self._marks_copies = None
        self._live_analyzer = None
        pointer = self._pointer()
        if pointer is not None and pointer.get("pending"):
            try:
                self._take_alias(pointer)
            except IndexProblem:
                pass  # the cluster is away: the next refresh tries again; readers keep the old index
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
        """A new empty cluster index named by the (emptied) folder, and belreader's metadata
        (in the folder and in the cluster's state document, for the other readers)."""
        folders.prepare_empty(self.index_dir)
        meta_write(self.index_dir)
        try:
            meta = config.read_json(self.index_dir / folders.META_FILE)
        except (OSError, ValueError):
            meta = None
        alias = self.alias()
        name = f"{alias}-{uuid.uuid4().hex[:12]}"
        with self.errors(f" creating the index {name}"):
            self.client.indices.create(index=name, body=schema.index_body())
            self.client.indices.create(index=f"{name}-terms", body=schema.terms_index_body())
            state = {
                "kind": "meta",
                "generation": 0,
                "belreader": meta,
                "analyzer_version": schema.analyzer_version(),
                "mapping_version": schema.MAPPING_VERSION,
            }
            self.client.index(index=name, id=STATE_ID, body=state, refresh=True)  # the commit counter
            taken = self.client.indices.exists_alias(name=alias) or self.client.indices.exists_alias(
                name=f"{alias}-terms"
            )
        pointer = {"index": name, "alias": alias, "pending": bool(taken)}
        config.atomic_write_json(self.index_dir / POINTER_FILE, pointer)
        if not taken:  # the first build: readers see it fill
            self._take_alias(pointer)

    def _take_alias(self, pointer: dict) -> None:
        """Move the alias (and its `-terms`) to this folder's index in one atomic update, then
        delete the concrete indexes the alias named before and any a killed build left."""
        alias, name = pointer["alias"], pointer["index"]
        mine = {name, f"{name}-terms"}
        with self.errors(f" moving the alias {alias} to {name}"):
            actions: list[dict] = []
            for each in (alias, f"{alias}-terms"):
                if self.client.indices.exists_alias(name=each):
                    actions += [
                        {"remove": {"index": old, "alias": each}} for old in self.client.indices.get_alias(name=each)
                    ]
            actions += [
                {"add": {"index": name, "alias": alias}},
                {"add": {"index": f"{name}-terms", "alias": f"{alias}-terms"}},
            ]
            self.client.indices.update_aliases(body={"actions": actions})
            config.atomic_write_json(self.index_dir / POINTER_FILE, {"index": name, "alias": alias})
            builds = re.compile(re.escape(alias) + r"-[0-9a-f]{12}(-terms)?")
            found = self.client.indices.get(index=f"{alias}-*", expand_wildcards="open,closed", ignore_unavailable=True)
            old = sorted(index for index in found if builds.fullmatch(index) and index not in mine)
            if old:
                self.client.indices.delete(index=",".join(old), ignore_unavailable=True)

    def drop(self) -> None:
        """Delete the cluster indexes this folder names (tests; a user deletes the folder too)."""
        pointer = self._pointer()
        if pointer is None:
            return
        name = pointer["index"]
        with self.errors():
            self.client.indices.delete(index=f"{name},{name}-terms", ignore_unavailable=True)

    # ------------------------------------------------------------------ health

    def notice(self) -> str | None:
        """One line when the cluster is degraded (yellow: a node went away, copies missing),
        looked at most every HEALTH_EVERY seconds; None when it is green (or cannot say)."""
        with self._health_lock:
            at, said = self._health
            if time.monotonic() - at < HEALTH_EVERY:
                return said
            said = None
            try:
                with self.errors():
                    health = self.client.cluster.health(index=self.name(), params={"request_timeout": 2})
                # yellow with every copy assigned is a new index's replicas starting: not degraded
                if health.get("status") == "yellow" and health.get("unassigned_shards", 0):
                    said = (
                        f"the OpenSearch cluster at {self.url} is degraded (yellow: {health.get('number_of_nodes')} "
                        f"node(s) up, {health.get('unassigned_shards')} shard copies missing); searches still answer"
                    )
            except IndexProblem:
                pass  # the search itself says so
            self._health = (time.monotonic(), said)
            return said

    def search(self, body: dict, params: dict | None = None) -> dict:
        """One search, answered whole: shard failures (a node went away mid-search) are not
        partial results but a try again, a few times, before an IndexProblem."""
        from opensearchpy import exceptions as ox

        params = {**(params or {}), "allow_partial_search_results": "false"}
        for attempt in range(SEARCH_TRIES):
            try:
                result = self.client.search(index=self.name(), body=body, params=params)
            except ox.TransportError as exc:
                passing = isinstance(exc, ox.ConnectionError) or exc.status_code in bulk.PASSING_STATUS
                if not passing or attempt == SEARCH_TRIES - 1:
                    raise
            else:
                if not result.get("_shards", {}).get("failed"):
                    return result
                if attempt == SEARCH_TRIES - 1:
                    raise IndexProblem(f"the OpenSearch cluster at {self.url} could not search every shard")
            time.sleep(0.1 * 2**attempt)
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ reading

    def scan(self, query: dict, source: list[str] | dict | bool = True, index: str | None = None) -> Iterator[dict]:
        """The `_source` of every document `query` matches (in no particular order), in this
        folder's index or in `index`."""
        from opensearchpy import helpers

        with self.errors():
            for hit in helpers.scan(
                self.client, index=index or self.name(), query={"query": query, "_source": source}, size=2000
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
        return [state["_index"], state["_source"].get("generation", 0)]

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
        self._name = store.write_target()
        self._vocabulary = Vocabulary.load(store.index_dir)
        self._words_sent: set[tuple[str, str]] = set()

    def delete_paths(self, paths: list[str]) -> None:
        self._delete(paths)
        self._commit()

    def _delete(self, paths: list[str]) -> None:
        """Delete every document of these files: their ids found by path, then a bulk delete
        (delete-by-query is a module a cluster may lack)."""
        store = self._store
        for at in range(0, len(paths), DELETE_PATHS):
            query = {"bool": {"filter": [{"terms": {"path": paths[at : at + DELETE_PATHS]}}]}}
            ids = [doc["id"] for doc in store.scan(query, ["id"])]
            actions = ({"_op_type": "delete", "_index": self._name, "_id": doc_id} for doc_id in ids)
            with store.errors(" deleting documents"):
                bulk.send(store.client, actions, url=store.url, documents=bulk.DOCUMENTS * 4)
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
        store = self._store
        copied = self._copies(documents)
        actions = (
            {"_op_type": "index", "_index": self._name, "_id": doc["id"], "_source": _source(doc, copied)}
            for doc in documents
        )
        words = self._words(documents)
        with store.errors(" indexing"):
            bulk.send(store.client, actions, url=store.url)
            terms_index = f"{self._name}-terms"
            word_actions = (
                {"_op_type": "index", "_index": terms_index, "_id": _word_id(field, term), "field": field, "term": term}
                for field, term in words
            )
            bulk.send(store.client, word_actions, url=store.url, documents=bulk.DOCUMENTS * 4)
        raw: Counter = Counter()
        for doc in documents:
            if doc.get("kind") == "article":
                for name in Vocabulary.FIELDS:
                    raw.update(WORD.findall(doc.get(name) or ""))
        self._vocabulary.add_raw(raw)
        self._vocabulary.save(store.index_dir, word_forms)

    def _copies(self, documents: list[dict]) -> set[str]:
        """The ids of the batch's articles that share their text_key with another article (of
        the batch or of the index); the index's ones not marked yet are marked `copied` here.
        A search counts an unmarked article as a group of its own and counts the distinct
        text_keys of the marked ones (backend.py), so a mark may outlive its copies (an
        article deleted or changed since) but never be missing."""
        store = self._store
        keys: dict[str, list[str]] = {}
        for doc in documents:
            if doc.get("kind") == "article" and doc.get("text_key"):
                keys.setdefault(doc["text_key"], []).append(doc["id"])
        if not keys:
            return set()
        batch_ids = {doc_id for ids in keys.values() for doc_id in ids}
        indexed: dict[str, list[tuple[str, bool]]] = {}
        listed = sorted(keys)
        for at in range(0, len(listed), DELETE_PATHS):
            query = _kind("article", [{"terms": {"text_key": listed[at : at + DELETE_PATHS]}}])
            found = self._retried(functools.partial(self._matching, query))
            for doc in found:
                if doc["id"] not in batch_ids:
                    indexed.setdefault(doc["text_key"], []).append((doc["id"], bool(doc.get("copied"))))
        shared = [key for key, ids in keys.items() if len(ids) + len(indexed.get(key, ())) > 1]
        marks = [doc_id for key in shared for doc_id, marked in indexed.get(key, ()) if not marked]
        if marks:
            actions = (
                {"_op_type": "update", "_index": self._name, "_id": doc_id, "doc": {"copied": True}} for doc_id in marks
            )
            with store.errors(" marking duplicates"):
                bulk.send(store.client, actions, url=store.url, documents=bulk.DOCUMENTS * 4)
        return {doc_id for key in shared for doc_id in keys[key]}

    def _matching(self, query: dict) -> list[dict]:
        return list(self._store.scan(query, ["id", "text_key", "copied"], index=self._name))

    @staticmethod
    def _retried(read: Callable[[], list[dict]]) -> list[dict]:
        """`read()`, tried again, backing off as bulk.py does, while the cluster refuses it (a node
        that went away: its shards' copies are taking over)."""
        for attempt in range(bulk.RETRIES):
            try:
                return read()
            except IndexProblem:
                time.sleep(min(bulk.MAX_BACKOFF, bulk.BACKOFF * 2**attempt))
        return read()

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
            client.update(index=self._name, id=STATE_ID, body={"doc": {"generation": generation}})
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


def _source(document: dict, copied: set[str] | frozenset[str] = frozenset()) -> dict:
    source = {name: value for name, value in document.items() if not name.startswith("_")}
    if document.get("kind") == "article":
        source["copied"] = document.get("id") in copied
    return source


def _word_id(field: str, term: str) -> str:
    return hashlib.blake2b(f"{field}\0{term}".encode(), digest_size=16).hexdigest()
