"""Bulk indexing against a fake client: bounded requests, retries on 429 and on a node that
went away (the whole request, or the items that failed), nothing lost, real errors raised."""

from __future__ import annotations

import json

import pytest

from belreader.search.opensearch import bulk
from belreader.search.protocol import IndexProblem

opensearchpy = pytest.importorskip("opensearchpy")
ox = opensearchpy.exceptions


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
