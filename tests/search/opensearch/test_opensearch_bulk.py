"""Bulk indexing against a fake client: bounded requests, retries on 429 and on a node that
went away (the whole request, or the items that failed), nothing lost, real errors raised.

And against a real cluster's rejections: scripts/opensearch_cluster.py starts, beside the test
cluster, a one-node cluster whose write thread pool has one thread and a queue of one
(BELREADER_TEST_OPENSEARCH_THROTTLED). A bulk request over several shards there has the
shards' writes that find the thread and the queue taken rejected with 429
(rejected_execution_exception), as a loaded cluster's are: they are sent again, backing off, and
every document arrives (skipped without that cluster)."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from belreader.search.opensearch import bulk
from belreader.search.protocol import IndexProblem

opensearchpy = pytest.importorskip("opensearchpy")
ox = opensearchpy.exceptions

STATE = Path(
    os.environ.get("BELREADER_TEST_OPENSEARCH_STATE")
    or Path(__file__).resolve().parents[3] / "cluster" / "target" / "run"
)


def _throttled() -> str | None:
    if os.environ.get("BELREADER_TEST_OPENSEARCH_THROTTLED"):
        return os.environ["BELREADER_TEST_OPENSEARCH_THROTTLED"]
    if not os.environ.get("BELREADER_TEST_OPENSEARCH"):
        return None
    try:  # a cluster started by `opensearch_cluster.py start` (not `run`): its state names it
        return json.loads((STATE / "cluster.json").read_text(encoding="utf-8")).get("throttled")
    except (OSError, ValueError):
        return None


THROTTLED = _throttled()
needs_throttled = pytest.mark.skipif(
    not THROTTLED, reason="no throttled OpenSearch cluster (scripts/opensearch_cluster.py starts one)"
)


class FakeCluster:
    """Holds documents by id; `faults` says what each bulk call does first: "ok", "429" (the
    whole request refused), "drop" (the connection goes away after the cluster applied it),
    "down" (the connection fails before), or "items-429" / "items-503" (every other item fails)."""

    def __init__(self, faults: list[str]) -> None:
        self.faults = list(faults)
        self.docs: dict[str, dict] = {}
        self.requests: list[int] = []  # actions per request
        self.sizes: list[int] = []

    def bulk(self, body: bytes):
        fault = self.faults.pop(0) if self.faults else "ok"
        lines = body.decode("utf-8").splitlines()
        self.sizes.append(len(body))
        if fault == "down":
            raise ox.ConnectionError("N/A", "Connection refused", OSError("refused"))
        if fault == "429":
            raise ox.TransportError(429, "rejected_execution_exception", {})
        items = []
        at = 0
        n = 0
        while at < len(lines):
            header = json.loads(lines[at])
            op, meta = next(iter(header.items()))
            n += 1
            failing = fault.startswith("items-") and n % 2 == 0
            if op == "delete":
                at += 1
                status = 200 if self.docs.pop(meta["_id"], None) is not None else 404
            else:
                source = json.loads(lines[at + 1])
                at += 2
                if failing:
                    status = int(fault.split("-")[1])
                else:
                    self.docs[meta["_id"]] = source
                    status = 201
            result = {"_id": meta["_id"], "status": status}
            if status >= 400 and status != 404:
                kind = "unavailable_shards_exception" if status == 503 else "es_rejected_execution_exception"
                result["error"] = {"type": kind, "reason": "a node left"}
            items.append({op: result})
        self.requests.append(n)
        if fault == "drop":
            raise ox.ConnectionTimeout("TIMEOUT", "read timed out", OSError("timeout"))
        return {"errors": any("error" in next(iter(i.values())) for i in items), "items": items}


def actions(n: int, size: int = 10):
    return [
        {"_op_type": "index", "_index": "x", "_id": f"d{i}", "_source": {"n": i, "pad": "p" * size}} for i in range(n)
    ]


def send(cluster, docs, **kwargs):
    slept: list[float] = []
    sent = bulk.send(cluster, docs, url="http://fake", sleep=slept.append, **kwargs)
    return sent, slept


def test_requests_are_bounded_by_count_and_bytes():
    cluster = FakeCluster([])
    sent, slept = send(cluster, actions(1234), documents=500)
    assert sent == 1234 and cluster.requests == [500, 500, 234] and not slept
    cluster = FakeCluster([])
    send(cluster, actions(100, size=1000), max_bytes=10_000)
    assert max(cluster.sizes) <= 10_000 and sum(cluster.requests) == 100 and len(cluster.requests) >= 10
    assert sorted(cluster.docs) == sorted(f"d{i}" for i in range(100))


@pytest.mark.parametrize(
    "faults",
    [
        ["429", "429"],
        ["down"],
        ["drop"],
        ["items-429"],
        ["items-503", "down", "items-503"],
        ["ok", "429", "ok", "drop"],
    ],
)
def test_passing_failures_are_retried_and_nothing_is_lost(faults):
    cluster = FakeCluster(faults)
    sent, slept = send(cluster, actions(1200), documents=500)
    assert sent == 1200
    assert sorted(cluster.docs, key=lambda d: int(d[1:])) == [f"d{i}" for i in range(1200)]
    assert all(cluster.docs[f"d{i}"]["n"] == i for i in range(1200))
    retried = sum(1 for f in faults if f != "ok")
    assert len(slept) == retried and slept == sorted(slept)  # backing off, more each time in a row
    if faults == ["items-429"]:
        assert cluster.requests[:2] == [500, 250]  # only the failed items again


def test_deletes_of_documents_already_gone_are_fine():
    cluster = FakeCluster([])
    send(cluster, actions(3))
    sent, _ = send(cluster, [{"_op_type": "delete", "_index": "x", "_id": i} for i in ("d0", "d9")])
    assert sent == 2 and sorted(cluster.docs) == ["d1", "d2"]


def test_a_refused_document_and_endless_failures_are_one_line():
    class Refusing(FakeCluster):
        def bulk(self, body: bytes):
            response = super().bulk(body)
            response["items"][1] = {
                "index": {"_id": "d1", "status": 400, "error": {"type": "mapper_parsing_exception", "reason": "bad"}}
            }
            return response

    with pytest.raises(IndexProblem, match="did not index the document d1 \\(mapper_parsing_exception: bad\\)"):
        send(Refusing([]), actions(3))
    with pytest.raises(IndexProblem, match=f"did not take 5 documents after {bulk.RETRIES + 1} tries \\(connection"):
        send(FakeCluster(["down"] * (bulk.RETRIES + 1)), actions(5))
    with pytest.raises(ox.TransportError):  # not a passing failure: raised as it is (the store makes it one line)
        bulk.send(_Broken(), actions(1), url="u", sleep=lambda s: None)


class _Broken:
    def bulk(self, body: bytes):
        raise ox.TransportError(400, "illegal_argument_exception", {})


class Recording:
    """A real client's bulk, counting what the cluster answered for each item."""

    def __init__(self, client) -> None:
        self.client = client
        self.requests = 0
        self.answers: Counter = Counter()  # (status, error type)

    def bulk(self, body: bytes):
        self.requests += 1
        try:
            response = self.client.bulk(body=body)
        except ox.TransportError as exc:
            self.answers[(exc.status_code, exc.error)] += 1  # the whole request refused
            raise
        for item in response["items"]:
            result = next(iter(item.values()))
            self.answers[(int(result["status"]), (result.get("error") or {}).get("type"))] += 1
        return response


@pytest.fixture
def throttled(monkeypatch):
    """A client of the throttled cluster and an index of 4 shards there (deleted after); the
    backoff shortened tenfold, so the test takes seconds."""
    monkeypatch.setattr(bulk, "BACKOFF", 0.05)
    client = opensearchpy.OpenSearch(THROTTLED, timeout=60)
    name = f"belreader-test-{uuid.uuid4().hex[:8]}"
    client.indices.create(index=name, body={"settings": {"number_of_shards": 4, "number_of_replicas": 0}})
    yield client, name
    client.indices.delete(index=name)


@needs_throttled
def test_real_429s_are_sent_again_backing_off_and_nothing_is_lost(throttled):
    client, name = throttled
    recording = Recording(client)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    docs = [{"_op_type": "index", "_index": name, "_id": f"d{i}", "_source": {"n": i}} for i in range(3000)]
    assert bulk.send(recording, docs, url=THROTTLED, documents=500, sleep=sleep) == 3000

    rejected = sum(n for (status, _kind), n in recording.answers.items() if status == 429)
    assert rejected > 0, recording.answers  # the cluster really refused some
    assert {kind for status, kind in recording.answers if status == 429} <= {"rejected_execution_exception"}
    assert recording.requests > 6 and len(slept) == recording.requests - 6  # 6 requests of 500, then retries
    ladder = [bulk.BACKOFF * 2**k for k in range(bulk.RETRIES)]
    for before, now in zip([0.0, *slept], slept, strict=False):  # a chunk's retries double, a new chunk's start again
        assert now in (bulk.BACKOFF, min(bulk.MAX_BACKOFF, before * 2)) and now in ladder
    client.indices.refresh(index=name)
    found = client.mget(index=name, body={"ids": [doc["_id"] for doc in docs]})["docs"]
    assert [(doc["found"], doc["_source"]["n"]) for doc in found] == [(True, i) for i in range(3000)]
    assert client.count(index=name)["count"] == 3000


@needs_throttled
def test_an_update_on_a_refusing_cluster_indexes_every_article(tmp_path, monkeypatch):
    """The whole update (articles, the words index, marks of copies, the commit) on the throttled
    cluster: rejected writes are sent again and every article is found."""
    from belreader.library import Library

    monkeypatch.setattr(bulk, "BACKOFF", 0.05)
    prefix = f"belreader-test-{uuid.uuid4().hex[:8]}"
    for name, value in {
        "BELREADER_BACKEND": "opensearch",
        "BELREADER_OPENSEARCH_URL": THROTTLED,
        "BELREADER_OPENSEARCH_PREFIX": prefix,
        "BELREADER_OPENSEARCH_SHARDS": "4",
        "BELREADER_OPENSEARCH_REPLICAS": "0",
    }.items():
        monkeypatch.setenv(name, value or "")
    answers: Counter = Counter()
    real_bulk = opensearchpy.OpenSearch.bulk

    def counted_bulk(self, *args, **kwargs):
        response = real_bulk(self, *args, **kwargs)
        answers.update(int(next(iter(item.values()))["status"]) for item in response["items"])
        return response

    monkeypatch.setattr(opensearchpy.OpenSearch, "bulk", counted_bulk)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(400):
        copy = f" Shared text {n % 200}." if n >= 360 else ""  # the last 40 copy others
        text = f"Potash report {n}. The word marker{n} is in this one only.{copy}" if not copy else f"Copy.{copy}"
        (corpus / f"a{n:05d}.md").write_text(f"---\ntitle: Report {n}\n---\n{text}\n", encoding="utf-8")
    try:
        library = Library(corpus, tmp_path / "index", analysis=False)
        report = library.update()
        assert answers[429] > 0, answers
        assert len(report.added) == 400 and library.doc_count() == 400
        assert library.search("potash", facets=False).total == 360
        assert all(library.search(f"marker{n}").total == 1 for n in (0, 199, 200, 359))
        assert library.search("marker3*").total == 1 + 10 + 60  # the words index is whole too
    finally:
        opensearchpy.OpenSearch(THROTTLED).indices.delete(index=f"{prefix}-*")
