"""Faults on a real cluster (BELREADER_TEST_OPENSEARCH, started by scripts/opensearch_cluster.py,
whose state folder names the JVM's control folder; skipped without one).

- A node goes away (one replica) while searches run in a loop and an update indexes: no search
  fails beyond the one in flight, the update completes, every document is there, and the
  searches carry one note about the degraded cluster.
- A node is killed abruptly (SIGKILL: no shutdown of any kind; a node in a JVM of its own,
  holding the primaries of the index): the same, its copies on the other node take over.
- The cluster goes away entirely (a proxy in front of it closes): a search is one line through
  the Library (what the reader's worker error handler shows), and searches answer again when
  it comes back. Away during an indexing run (past the bulk retries): the run stops with one
  line, and the next run adds only what it had not committed, losing nothing.
- The same two in the reader itself (Pilot), typing a query key by key: while the cluster is
  away each failed search is one error line, and typing finds articles again when it is back;
  a node going away leaves every keystroke's search answering, with one line about the
  degraded cluster under the hits' count.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest

opensearchpy = pytest.importorskip("opensearchpy")

CLUSTER = os.environ.get("BELREADER_TEST_OPENSEARCH")
REPO = Path(__file__).resolve().parents[3]
STATE = Path(os.environ.get("BELREADER_TEST_OPENSEARCH_STATE") or REPO / "cluster" / "target" / "run")
needs_cluster = pytest.mark.skipif(not CLUSTER, reason="no OpenSearch test cluster: set BELREADER_TEST_OPENSEARCH=URL")


def cluster_info() -> dict | None:
    try:
        info = json.loads((STATE / "cluster.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if info.get("urls", [None])[0] == CLUSTER and info.get("control") else None


def node(action: str, number: int, timeout: float = 60.0) -> None:
    """Stop or start one node through the JVM's control folder, waiting until it is done."""
    info = cluster_info()
    assert info is not None
    request = Path(info["control"]) / f"{action}-node-{number}"
    request.write_text("", encoding="utf-8")
    deadline = time.monotonic() + timeout
    while request.exists():
        assert time.monotonic() < deadline, f"node {number} did not {action}"
        time.sleep(0.05)


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A Library over a corpus of 300 articles on the test cluster (2 shards, 1 replica)."""
    from belreader.library import Library

    prefix = f"belreader-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", CLUSTER or "")
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
    monkeypatch.setenv("BELREADER_OPENSEARCH_SHARDS", "2")
    monkeypatch.setenv("BELREADER_OPENSEARCH_REPLICAS", "1")
    corpus = write(tmp_path / "corpus", range(300))
    lib = Library(corpus, tmp_path / "index", analysis=False)
    lib.update()
    yield lib
    opensearchpy.OpenSearch(CLUSTER).indices.delete(index=f"{prefix}-*")


def write(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        body = f"Potash report number {n}. The word marker{n} is in this one only."
        (folder / f"a{n:05d}.md").write_text(f"---\ntitle: Report {n}\n---\n{body}\n", encoding="utf-8")
    return folder


@needs_cluster
def test_a_node_going_away_loses_no_search_and_no_document(library, monkeypatch):
    from belreader.search.opensearch import store as store_module

    info = cluster_info()
    if info is None or len(info["urls"]) < 2 or info["urls"][1] is None:
        pytest.skip("needs the two-node cluster of scripts/opensearch_cluster.py (its control folder)")
    monkeypatch.setattr(store_module, "HEALTH_EVERY", 0.2)
    client = opensearchpy.OpenSearch(CLUSTER)
    write(library.corpus, range(300, 1800))

    stop = threading.Event()
    searches: list[tuple[float, int, list[str]]] = []
    failures: list[tuple[float, str]] = []

    def search_loop() -> None:
        from belreader.search import search

        while not stop.is_set():
            try:
                results = library.search("potash report", snippets=1)
                searches.append((time.monotonic(), results.total, results.notes))
                assert search(library._index, "marker7").total == 1
            except Exception as exc:  # counted, not raised: the test says how many
                failures.append((time.monotonic(), f"{type(exc).__name__}: {exc}"))
            time.sleep(0.01)

    indexing = threading.Event()
    killed: list[float] = []

    def kill_when_indexing() -> None:
        indexing.wait(60)
        killed.append(time.monotonic())
        node("stop", 1)

    searcher = threading.Thread(target=search_loop)
    killer = threading.Thread(target=kill_when_indexing)
    searcher.start()
    killer.start()
    try:
        report = library.update(progress=lambda stage, done, total: stage == "write" and indexing.set())
        indexed = time.monotonic()
        killer.join(60)
        time.sleep(1.0)  # a few searches on the degraded cluster
    finally:
        stop.set()
        searcher.join(30)
        indexing.set()
        killer.join(60)
        node("start", 1)
    try:
        assert killed and killed[0] < indexed, "the node was not stopped while the update was indexing"
        assert len(report.added) == 1500
        assert library.doc_count() == 1800
        assert library.search("potash", facets=False).total == 1800
        assert all(library.search(f"marker{n}").total == 1 for n in (0, 299, 300, 1000, 1799))
        assert len(failures) <= 1, failures  # at most the search in flight when the node went
        after = [(total, notes) for at, total, notes in searches if at > killed[0] + 0.5]
        assert after, "no search answered after the node went away"
        assert all(total >= 300 for total, _notes in after)
        degraded = [notes for _total, notes in after if notes]
        assert degraded and all(len(notes) == 1 and "is degraded (yellow" in notes[0] for notes in degraded)
    finally:
        for _ in range(3):  # the next tests want both nodes back and every copy assigned
            health = client.cluster.health(wait_for_status="green", wait_for_nodes="2", params={"request_timeout": 40})
            if health["status"] == "green":
                break


class JoinedNode:
    """A data node in a JVM of its own joining the test cluster (ClusterMain --join), to be killed."""

    def __init__(self, folder: Path, seed: str, cluster: str) -> None:
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
        jar = REPO / "cluster" / "target" / "belreader-cluster.jar"
        if not shutil.which(java) or not jar.exists():
            pytest.skip("needs java and the cluster's jar (scripts/opensearch_cluster.py build)")
        folder.mkdir(parents=True, exist_ok=True)
        self.out = folder / "node.json"
        command = [java, "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC", "-jar", str(jar), "--join", seed]
        command += ["--name", cluster, "--node-name", "doomed", "--dir", str(folder), "--out", str(self.out)]
        with open(folder / "node.log", "wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.out.exists():
            assert self.process.poll() is None, (self.out.parent / "node.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "the joined node did not start"
            time.sleep(0.2)

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(30)


@needs_cluster
def test_a_node_killed_abruptly_loses_no_search_and_no_document(library, tmp_path, monkeypatch):
    """SIGKILL to a node holding every primary of the index (its replicas on node 0), while
    searches run in a loop and an update indexes: as when a node is stopped, no search fails
    beyond the one in flight, the update completes, and nothing is lost."""
    from belreader.search.opensearch import store as store_module

    info = cluster_info()
    if info is None or not info.get("seed"):
        pytest.skip("needs the cluster of scripts/opensearch_cluster.py (its seed address)")
    monkeypatch.setattr(store_module, "HEALTH_EVERY", 0.2)
    client = opensearchpy.OpenSearch(CLUSTER, timeout=60)
    doomed = JoinedNode(tmp_path / "doomed", info["seed"], info["cluster"])
    name = library._index.store.write_target()
    try:
        doomed.wait()
        client.cluster.health(wait_for_nodes=str(len(info["urls"]) + 1), params={"request_timeout": 60})
        # every primary onto the doomed node, then a replica of each on node 0
        client.indices.put_settings(
            index=name,
            body={"index.number_of_replicas": 0, "index.routing.allocation.require._name": "doomed"},
        )
        health = client.cluster.health(
            index=name, wait_for_status="green", wait_for_no_relocating_shards=True, params={"request_timeout": 60}
        )
        assert health["status"] == "green"
        client.indices.put_settings(
            index=name,
            body={
                "index.routing.allocation.require._name": None,
                "index.routing.allocation.include._name": "node-0,doomed",
                "index.number_of_replicas": 1,
            },
        )
        health = client.cluster.health(
            index=name, wait_for_status="green", wait_for_no_relocating_shards=True, params={"request_timeout": 60}
        )
        assert health["status"] == "green"
        shards = client.cat.shards(index=name, format="json")
        assert {(s["prirep"], s["node"]) for s in shards} == {("p", "doomed"), ("r", "node-0")}

        write(library.corpus, range(300, 900))
        stop = threading.Event()
        searches: list[tuple[float, int, list[str]]] = []
        failures: list[tuple[float, str]] = []

        def search_loop() -> None:
            while not stop.is_set():
                try:
                    results = library.search("potash report", snippets=1)
                    searches.append((time.monotonic(), results.total, results.notes))
                except Exception as exc:  # counted, not raised: the test says how many
                    failures.append((time.monotonic(), f"{type(exc).__name__}: {exc}"))
                time.sleep(0.01)

        indexing = threading.Event()
        killed: list[float] = []

        def kill_when_indexing() -> None:
            indexing.wait(60)
            killed.append(time.monotonic())
            doomed.kill()

        searcher = threading.Thread(target=search_loop)
        killer = threading.Thread(target=kill_when_indexing)
        searcher.start()
        killer.start()
        try:
            report = library.update(progress=lambda stage, done, total: stage == "write" and indexing.set())
            indexed = time.monotonic()
            killer.join(60)
            time.sleep(1.0)  # a few searches on the degraded cluster
        finally:
            stop.set()
            searcher.join(30)
            indexing.set()
            killer.join(60)
        assert killed and killed[0] < indexed, "the node was not killed while the update was indexing"
        assert len(report.added) == 600
        assert library.doc_count() == 900
        assert library.search("potash", facets=False).total == 900
        assert all(library.search(f"marker{n}").total == 1 for n in (0, 299, 300, 600, 899))
        assert len(failures) <= 1, failures  # at most the search in flight when the node died
        after = [(total, notes) for at, total, notes in searches if at > killed[0] + 0.5]
        assert after, "no search answered after the node was killed"
        assert all(total >= 300 for total, _notes in after)
        degraded = [notes for _total, notes in after if notes]
        assert degraded and all(len(notes) == 1 and "is degraded (yellow" in notes[0] for notes in degraded)
    finally:
        doomed.kill()
        # the index (the fixture deletes it) is yellow without the doomed node; the rest is green
        client.indices.put_settings(index=name, body={"index.routing.allocation.include._name": None})
        client.cluster.health(wait_for_nodes=str(len(info["urls"])), params={"request_timeout": 60})


class Proxy:
    """A TCP forwarder on a fixed loopback port, to take the cluster away and bring it back."""

    def __init__(self, target: str) -> None:
        host, port = target.rsplit("/", 1)[-1].split(":") if "//" in target else target.split(":")
        self.target = (host, int(port))
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            if self._listener is not None:
                try:
                    self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept (close alone does not)
                except OSError:
                    pass
                self._listener.close()
                self._listener = None
            for sock in self._open:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self._open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@needs_cluster
def test_the_cluster_going_away_is_one_line_and_searches_come_back(tmp_path, monkeypatch):
    from belreader.library import IndexProblem, Library

    proxy = Proxy(CLUSTER or "")
    proxy.start()
    prefix = f"belreader-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
    try:
        library = Library(write(tmp_path / "corpus", range(20)), tmp_path / "index", analysis=False)
        library.update()
        assert library.search("potash").total == 20
        proxy.stop()
        started = time.monotonic()
        with pytest.raises(IndexProblem) as caught:
            library.search("potash report")
        message = str(caught.value)
        assert "\n" not in message and f"127.0.0.1:{proxy.port} is unreachable" in message
        assert time.monotonic() - started < 20  # the client's retries are bounded
        proxy.start()  # the same port
        assert library.search("potash").total == 20
        assert library.search("marker3").total == 1
    finally:
        proxy.stop()
        opensearchpy.OpenSearch(CLUSTER).indices.delete(index=f"{prefix}-*")


@needs_cluster
def test_the_cluster_going_away_during_indexing_is_one_line_and_the_next_run_resumes(tmp_path, monkeypatch):
    """The cluster goes away (the proxy closes) while an update is indexing and stays away past
    the bulk retries: the update stops with one line; once it is back, the next update adds
    only what the first did not, and every article is there once."""
    from belreader.library import IndexProblem, Library
    from belreader.search.opensearch import bulk

    monkeypatch.setattr(bulk, "RETRIES", 1)  # give up soon: the test is about what happens next
    monkeypatch.setattr(bulk, "BACKOFF", 0.05)
    proxy = Proxy(CLUSTER or "")
    proxy.start()
    prefix = f"belreader-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
    client = opensearchpy.OpenSearch(CLUSTER)
    try:
        library = Library(write(tmp_path / "corpus", range(1500)), tmp_path / "index", analysis=False)

        def away_midway(stage: str, done: int, total: int) -> None:
            if stage == "write" and done >= 400:
                proxy.stop()

        with pytest.raises(IndexProblem) as caught:
            library.update(progress=away_midway)
        message = str(caught.value)
        assert "\n" not in message and f"127.0.0.1:{proxy.port} is unreachable" in message
        proxy.start()  # the same port
        client.indices.refresh(index=f"{prefix}-*")
        kept = library.doc_count()
        assert 0 < kept < 1500, kept  # the batches committed before it went
        report = library.update()
        assert len(report.added) == 1500 - kept and not report.updated and not report.removed
        assert library.doc_count() == 1500 and library.search("potash", facets=False).total == 1500
        assert all(library.search(f"marker{n}").total == 1 for n in (0, 399, 400, 1000, 1499))
    finally:
        proxy.stop()
        client.indices.delete(index=f"{prefix}-*")


# --------------------------------------------------------------------------- the reader itself


def reader_for(tmp_path, monkeypatch, url: str, numbers, replicas: int = 0):
    """The reader (Pilot) on a corpus of the articles `numbers`, on the cluster at `url`."""
    from belreader.tui.app import make_app

    prefix = f"belreader-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", url)
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
    monkeypatch.setenv("BELREADER_OPENSEARCH_SHARDS", "2")
    monkeypatch.setenv("BELREADER_OPENSEARCH_REPLICAS", str(replicas))
    corpus = write(tmp_path / "corpus", numbers)
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    return app, prefix


async def type_query(app, pilot, text: str) -> None:
    """Type `text` into the search box key by key, as a user does (search as you type)."""
    from tui_util import settle

    search = app.query_one("#search")
    if not search.has_focus:
        await pilot.press("slash")
    for key in text:
        await pilot.press("space" if key == " " else key)
    await pilot.pause(0.3)
    await settle(app, pilot)


def status_line(app) -> str:
    from textual.widgets import Static

    return str(app.query_one("#search-message", Static).render())


def errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


@needs_cluster
async def test_the_reader_says_the_cluster_is_gone_in_one_line_and_comes_back(tmp_path, monkeypatch):
    """Search as you type in the reader while the cluster goes away (a proxy in front of it
    closes): each failed search is one error line naming the cluster, never a traceback; when it
    comes back, typing finds the articles again."""
    from tui_util import WIDE, settle

    proxy = Proxy(CLUSTER or "")
    proxy.start()
    app, prefix = reader_for(tmp_path, monkeypatch, f"http://127.0.0.1:{proxy.port}", range(20))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await settle(app, pilot, rounds=8)  # the reader indexes the corpus on opening
            await type_query(app, pilot, "potash")
            assert app.reader.results.total == 20 and not errors(app)
            proxy.stop()
            await type_query(app, pilot, " report")
            failed = errors(app)
            assert failed, "no error shown while the cluster was away"
            assert all(
                "\n" not in message
                and "Traceback" not in message
                and f"127.0.0.1:{proxy.port} is unreachable" in message
                for message in failed
            ), failed
            proxy.start()  # the same port
            for _ in range(len(" report")):
                await pilot.press("backspace")
            await type_query(app, pilot, " marker3")
            assert app.query_one("#search").value == "potash marker3"
            assert app.reader.results.total == 1 and "1 article" in status_line(app)
            assert errors(app) == failed  # nothing failed since it came back
    finally:
        proxy.stop()
        opensearchpy.OpenSearch(CLUSTER).indices.delete(index=f"{prefix}-*")


@needs_cluster
async def test_the_reader_answers_with_one_degraded_line_when_a_node_goes(tmp_path, monkeypatch):
    """A node goes away (one replica) during a search-as-you-type session in the reader: every
    keystroke's search still answers, and the hits' status line carries one line about the
    degraded cluster; no error is shown."""
    from belreader.search.opensearch import store as store_module

    from tui_util import WIDE, settle

    info = cluster_info()
    if info is None or len(info["urls"]) < 2 or info["urls"][1] is None:
        pytest.skip("needs the two-node cluster of scripts/opensearch_cluster.py (its control folder)")
    monkeypatch.setattr(store_module, "HEALTH_EVERY", 0.2)
    client = opensearchpy.OpenSearch(CLUSTER)
    app, prefix = reader_for(tmp_path, monkeypatch, CLUSTER or "", range(40), replicas=1)
    try:
        async with app.run_test(size=WIDE) as pilot:
            await settle(app, pilot, rounds=8)
            client.cluster.health(index=f"{prefix}-*", wait_for_status="green", params={"request_timeout": 40})
            await type_query(app, pilot, "potash")
            assert app.reader.results.total == 40 and "degraded" not in status_line(app)
            node("stop", 1)
            try:
                time.sleep(0.3)  # past HEALTH_EVERY: the next search looks at the health again
                await type_query(app, pilot, " report")
                assert app.reader.results.total == 40 and not errors(app)
                notes = app.reader.results.notes
                assert len(notes) == 1 and "is degraded (yellow" in notes[0]
                degraded = [line for line in status_line(app).splitlines() if "degraded" in line]
                assert len(degraded) == 1, status_line(app)
                await type_query(app, pilot, " marker7")
                assert app.reader.results.total == 1 and not errors(app)
            finally:
                node("start", 1)
    finally:
        for _ in range(3):  # the next tests want both nodes back and every copy assigned
            health = client.cluster.health(wait_for_status="green", wait_for_nodes="2", params={"request_timeout": 40})
            if health["status"] == "green":
                break
        client.indices.delete(index=f"{prefix}-*")
