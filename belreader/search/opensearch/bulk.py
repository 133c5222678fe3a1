"""Bulk requests that lose nothing: bounded batches, retried on 429 and on a node that went away.

Every action names its document (`_id`), so sending it twice is harmless: a request the cluster
may or may not have applied (the connection dropped, the node went away) is sent again whole, and
from a response only the items that failed for a passing reason (429: the queue is full; 503 or
a shard without a copy just now: a node went away and a replica is taking over) are sent again,
backing off between tries. Any other failed item is an IndexProblem naming the document; after
RETRIES tries the batch is one too, so nothing is ever dropped silently.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator

from belreader.search.protocol import IndexProblem

DOCUMENTS = 500  # actions per bulk request
BYTES = 8 * 1024 * 1024  # ... and bytes at most
RETRIES = 8  # tries after the first, backing off: 0.5 s, 1 s, 2 s, ... up to MAX_BACKOFF
BACKOFF = 0.5
MAX_BACKOFF = 15.0
PASSING_STATUS = frozenset({429, 502, 503, 504})
PASSING_ERRORS = frozenset(
    {
        "unavailable_shards_exception",
        "node_disconnected_exception",
        "node_closed_exception",
        "no_shard_available_action_exception",
        "primary_missing_action_exception",
        "rejected_execution_exception",
        "es_rejected_execution_exception",
        "opensearch_rejected_execution_exception",
        "process_cluster_event_timeout_exception",
    }
)

Action = tuple[str, bytes]  # (the document's id, its request lines)


def send(
    client,
    actions: Iterable[dict],
    *,
    url: str,
    documents: int = DOCUMENTS,
    max_bytes: int = BYTES,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Send `actions` ({"_op_type": "index" | "delete", "_index", "_id", "_source"}) in requests
    of at most `documents` actions and `max_bytes` bytes; the number of actions sent."""
    sent = 0
    for chunk in _chunks(actions, documents, max_bytes):
        _send_chunk(client, chunk, url, sleep)
        sent += len(chunk)
    return sent


def _lines(action: dict) -> Action:
    op = action.get("_op_type", "index")
    header = {op: {"_index": action["_index"], "_id": action["_id"]}}
    text = json.dumps(header, ensure_ascii=False) + "\n"
    if op != "delete":
        source = action.get("_source")
        if source is None:
            source = {k: v for k, v in action.items() if not k.startswith("_")}
        text += json.dumps(source, ensure_ascii=False) + "\n"
    return action["_id"], text.encode("utf-8")


def _chunks(actions: Iterable[dict], documents: int, max_bytes: int) -> Iterator[list[Action]]:
    chunk: list[Action] = []
    size = 0
    for action in actions:
        lines = _lines(action)
        if chunk and (len(chunk) >= documents or size + len(lines[1]) > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(lines)
        size += len(lines[1])
    if chunk:
        yield chunk


def _send_chunk(client, chunk: list[Action], url: str, sleep: Callable[[float], None]) -> None:
    from opensearchpy import exceptions as ox

    pending = chunk
    why = ""
    for attempt in range(RETRIES + 1):
        if attempt:
            sleep(min(MAX_BACKOFF, BACKOFF * 2 ** (attempt - 1)))
        try:
            response = client.bulk(body=b"".join(lines for _id, lines in pending))
        except (ox.ConnectionError, ox.ConnectionTimeout) as exc:  # sent or not: send it all again
            why = f"connection: {type(exc).__name__}"
            continue
        except ox.TransportError as exc:
            if exc.status_code in PASSING_STATUS:
                why = f"status {exc.status_code}"
                continue
            raise
        failed: list[Action] = []
        for action, item in zip(pending, response.get("items", []), strict=True):
            op, result = next(iter(item.items()))
            status = int(result.get("status", 500))
            if status < 300 or (op == "delete" and status == 404):
                continue
            error = result.get("error") or {}
            kind = error.get("type", "") if isinstance(error, dict) else str(error)
            if status in PASSING_STATUS or kind in PASSING_ERRORS:
                failed.append(action)
                why = f"{status} {kind}".strip()
                continue
            reason = error.get("reason", "") if isinstance(error, dict) else ""
            raise IndexProblem(
                f"the OpenSearch cluster at {url} did not {op} the document {action[0]} ({kind}: {str(reason)[:160]})"
            )
        if not failed:
            return
        pending = failed
    raise IndexProblem(
        f"the OpenSearch cluster at {url} did not take {len(pending)} documents after {RETRIES + 1} tries "
        f"({why}); run the update again"
    )
