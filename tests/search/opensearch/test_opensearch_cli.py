"""Choosing the OpenSearch backend on the command line, its credentials, and its one-line
errors: an unreachable cluster (a closed loopback port), bad credentials (401/403, a fake
transport), a red index, an index of another schema version; a rebuild that swaps an alias.
The tests that need a cluster skip without BELREADER_TEST_OPENSEARCH."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belreader.cli import app

opensearchpy = pytest.importorskip("opensearchpy")

CLUSTER = os.environ.get("BELREADER_TEST_OPENSEARCH")
needs_cluster = pytest.mark.skipif(not CLUSTER, reason="no OpenSearch test cluster: set BELREADER_TEST_OPENSEARCH=URL")
VARIABLES = (
    "BELREADER_BACKEND",
    "BELREADER_OPENSEARCH_URL",
    "BELREADER_OPENSEARCH_PREFIX",
    "BELREADER_OPENSEARCH_USER",
    "BELREADER_OPENSEARCH_PASSWORD",
    "BELREADER_OPENSEARCH_NETRC",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """The command line writes the backend's variables: each test starts without them and
    leaves them as they were."""
    for name in VARIABLES:
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


@pytest.fixture
def prefix():
    name = f"belreader-test-{uuid.uuid4().hex[:8]}"
    yield name
    if CLUSTER:
        opensearchpy.OpenSearch(CLUSTER).indices.delete(index=f"{name}-*")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, body in {"one": "Potash exports rose.", "two": "Timber prices fell.", "three": "Potash mines."}.items():
        (folder / f"{name}.md").write_text(f"---\ntitle: {name.title()} news\n---\n{body}\n", encoding="utf-8")
    return folder


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(*args, code: int = 0):
    result = CliRunner().invoke(app, ["--no-nlp", *[str(a) for a in args]])
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result


def one_line(result) -> str:
    out = result.stderr if hasattr(result, "stderr") else result.output
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in out, out
    return lines[0]


def test_an_unreachable_cluster_is_one_line_and_the_command_line_wins(corpus, monkeypatch):
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", "http://127.0.0.1:1")
    port = closed_port()
    result = run("--corpus", corpus, "--url", f"http://127.0.0.1:{port}", "search", "potash", code=3)
    line = one_line(result)
    assert f"127.0.0.1:{port} is unreachable" in line  # --url over the environment; --url chose opensearch


def test_backend_whoosh_on_the_command_line_wins_over_the_environment(corpus, monkeypatch):
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", f"http://127.0.0.1:{closed_port()}")
    result = run("--corpus", corpus, "--backend", "whoosh", "search", "--json", "potash")
    assert '"total": 2' in result.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--backend", "elastic"], "unknown search backend 'elastic'"),
        (["--url", "https://alice:secret@search.example.org:9200"], "--url must not hold credentials"),
        (["--url", "search.example.org"], "is not an http(s) URL"),
        (["--url", "http://127.0.0.1:9200", "--index-prefix", "Team Archive"], "not a usable index name prefix"),
    ],
)
def test_bad_choices_are_usage_errors(corpus, args, said):
    line = one_line(run("--corpus", corpus, *args, "search", "potash", code=2))
    assert said in line and "secret" not in line


def test_credentials_from_the_environment_or_a_netrc_file(tmp_path, monkeypatch):
    from belreader.search.opensearch.store import IndexProblem, client_for, credentials

    url = "https://search.example.org:9200"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert credentials(url) is None  # nothing named, no ~/.netrc
    netrc = tmp_path / "netrc"
    netrc.write_text(
        "machine other.example.org login mallory password nope\nmachine search.example.org login alice password s3cret\n"
    )
    netrc.chmod(0o600)
    monkeypatch.setenv("BELREADER_OPENSEARCH_NETRC", str(netrc))
    assert credentials(url) == ("alice", "s3cret")  # the entry of the URL's host
    assert credentials("https://elsewhere.example.org") is None
    monkeypatch.setenv("BELREADER_OPENSEARCH_USER", "bob")
    monkeypatch.setenv("BELREADER_OPENSEARCH_PASSWORD", "pw")
    assert credentials(url) == ("bob", "pw")  # the environment first
    monkeypatch.delenv("BELREADER_OPENSEARCH_USER")
    netrc.write_text("garbage search.example.org\n")
    with pytest.raises(IndexProblem, match=f"credentials file {netrc}"):
        credentials(url)
    monkeypatch.setenv("BELREADER_OPENSEARCH_NETRC", str(tmp_path / "missing"))
    with pytest.raises(IndexProblem, match="does not exist"):
        credentials(url)
    monkeypatch.delenv("BELREADER_OPENSEARCH_NETRC")
    client = client_for(url)  # TLS verified unless BELREADER_OPENSEARCH_INSECURE=1
    assert client.transport.connection_pool.connections[0].pool.cert_reqs == "CERT_REQUIRED"


@pytest.mark.parametrize(
    ("error", "said"),
    [
        ("AuthenticationException", "refused belreader's credentials (401)"),
        ("AuthorizationException", "does not allow this user that request (403"),
    ],
)
def test_bad_credentials_are_one_line(corpus, monkeypatch, error, said):
    def refuse(self, method, url, *args, **kwargs):
        raise getattr(opensearchpy.exceptions, error)(
            401 if "Authentication" in error else 403, "security_exception", {"error": {"type": "security_exception"}}
        )

    monkeypatch.setattr(opensearchpy.Transport, "perform_request", refuse)
    line = one_line(run("--corpus", corpus, "--url", "http://127.0.0.1:9200", "index", code=3))
    assert said in line


@needs_cluster
def test_a_red_index_is_one_line(corpus, prefix, monkeypatch):
    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index")
    real = opensearchpy.client.cluster.ClusterClient.health

    def red(self, *args, **kwargs):
        return dict(real(self, *args, **kwargs), status="red")

    monkeypatch.setattr(opensearchpy.client.cluster.ClusterClient, "health", red)
    for extra in ([], ["--no-update"]):
        line = one_line(
            run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, *extra, "search", "potash", code=3)
        )
        assert "is red (shards missing)" in line


@needs_cluster
def test_an_index_of_another_schema_version_is_one_line(corpus, prefix):
    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index")
    client = opensearchpy.OpenSearch(CLUSTER)
    (concrete,) = [name for name in client.indices.get_alias(index=f"{prefix}-*") if not name.endswith("-terms")]
    state = client.get(index=concrete, id="__belreader_state")
    meta = dict(state["_source"]["belreader"], schema_version=-1)  # as another belreader made it
    client.index(
        index=state["_index"], id="__belreader_state", body=dict(state["_source"], belreader=meta), refresh=True
    )
    for extra in ([], ["--no-update"]):
        line = one_line(
            run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, *extra, "search", "potash", code=3)
        )
        assert "belongs to another schema version (-1;" in line and "index --rebuild" in line
    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index", "--rebuild")
    assert (
        '"total": 2'
        in run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "search", "--json", "potash").stdout
    )


@needs_cluster
def test_an_index_of_another_mapping_version_is_one_line(corpus, prefix):
    """An index whose mapping is of another version (one of a belreader before the body kept
    its words' offsets records none) is refused with one line by every command; the rebuild
    gives an index of this belreader's mapping, with the offsets the highlighter reads."""
    from belreader.search.opensearch import schema

    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index")
    client = opensearchpy.OpenSearch(CLUSTER)
    name = concrete_index(client, prefix)
    assert client.indices.get_mapping(index=name)[name]["mappings"]["properties"]["body"]["index_options"] == "offsets"
    for stored, shown in ((None, 1), (schema.MAPPING_VERSION + 1, schema.MAPPING_VERSION + 1)):
        rewrite_state(client, name, mapping_version=stored)
        for extra in ([], ["--no-update"]):
            line = one_line(searching(corpus, prefix, *extra, code=3))
            assert (
                f"belongs to another schema version (OpenSearch mapping {shown}; this belreader's is "
                f"{schema.MAPPING_VERSION})" in line
            )
            assert "index --rebuild" in line
    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index", "--rebuild")
    assert '"total": 2' in searching(corpus, prefix).stdout


def concrete_index(client, prefix: str) -> str:
    (name,) = [name for name in client.indices.get_alias(index=f"{prefix}-*") if not name.endswith("-terms")]
    return name


def rewrite_state(client, index: str, **changes) -> None:
    """The index's state document with `changes` (a value None: the field removed), as another
    belreader would have left it."""
    state = client.get(index=index, id="__belreader_state")["_source"]
    state = {key: value for key, value in {**state, **changes}.items() if value is not None}
    client.index(index=index, id="__belreader_state", body=state, refresh=True)


def searching(corpus, prefix, *extra, code=0):
    """`belreader [extra] search --json potash` on the test index."""
    return run(
        "--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, *extra, "search", "--json", "potash", code=code
    )


@needs_cluster
def test_the_index_records_its_analyzer_version_as_the_cluster_holds_it(corpus, prefix):
    """The version recorded at build time is the one the cluster's own copy of the index's
    analysis settings and mapping gives (so an index built before the record is judged by
    the same measure), and any change to the analysis changes it."""
    from belreader.search.opensearch import schema
    from belreader.search.opensearch.store import OpenSearchStore

    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index")
    client = opensearchpy.OpenSearch(CLUSTER)
    name = concrete_index(client, prefix)
    recorded = client.get(index=name, id="__belreader_state")["_source"]["analyzer_version"]
    assert recorded == schema.analyzer_version()
    assert OpenSearchStore(corpus, CLUSTER)._live_analyzer_version(name) == recorded
    analysis = schema._settings()["analysis"]
    fields = schema.field_analyzers(schema._mappings()["properties"])
    other_stops = {**analysis, "filter": {**analysis["filter"], "belreader_stop": {"type": "stop", "stopwords": ["a"]}}}
    variants = [
        schema.fingerprint(schema.flat_analysis(other_stops), fields),
        schema.fingerprint(schema.flat_analysis(analysis), {**fields, "publisher": schema.TEXT}),
    ]
    assert len({recorded, *variants}) == 3


@needs_cluster
def test_an_index_built_with_another_analyzer_is_one_line(corpus, prefix, monkeypatch):
    """An index built by a belreader whose analysis differs (here: without the stop list, as
    the cluster would hold it) is refused with one line naming both versions and the rebuild,
    by every command; the rebuild gives an index this belreader reads."""
    from belreader.search.opensearch import schema

    mine = schema.analyzer_version()
    real_settings = schema._settings

    def other_analysis() -> dict:
        settings = real_settings()
        settings["analysis"]["filter"]["belreader_stop"]["stopwords"] = ["a"]
        return settings

    with monkeypatch.context() as patch:  # the other belreader
        patch.setattr(schema, "_settings", other_analysis)
        theirs = schema.analyzer_version()
        run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index")
        assert '"total": 2' in searching(corpus, prefix).stdout  # it reads its own index
    assert theirs != mine
    for extra in ([], ["--no-update"]):
        line = one_line(searching(corpus, prefix, *extra, code=3))
        assert f"was built with another text analyzer (analyzer version {theirs}; this belreader's is {mine})" in line
        assert "index --rebuild" in line
    line = one_line(run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index", code=3))
    assert "another text analyzer" in line  # an update does not write into it either
    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index", "--rebuild")
    assert '"total": 2' in searching(corpus, prefix).stdout
    client = opensearchpy.OpenSearch(CLUSTER)
    assert (
        client.get(index=concrete_index(client, prefix), id="__belreader_state")["_source"]["analyzer_version"] == mine
    )


@needs_cluster
def test_an_index_without_a_recorded_analyzer_is_judged_by_its_settings(corpus, prefix, monkeypatch):
    """An index of a belreader before the analyzer version was recorded: read when the cluster's
    settings and mapping of it are this belreader's, refused when they are not."""
    from belreader.search.opensearch import schema

    run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index")
    client = opensearchpy.OpenSearch(CLUSTER)
    rewrite_state(client, concrete_index(client, prefix), analyzer_version=None)
    assert '"total": 2' in searching(corpus, prefix).stdout

    real_mappings = schema._mappings

    def plain_publishers() -> dict:
        mappings = real_mappings()
        mappings["properties"]["publisher"] = {"type": "text", "analyzer": schema.TEXT}
        return mappings

    with monkeypatch.context() as patch:  # an earlier belreader stemmed publishers' names
        patch.setattr(schema, "_mappings", plain_publishers)
        theirs = schema.analyzer_version()
        run("--corpus", corpus, "--url", CLUSTER, "--index-prefix", prefix, "index", "--rebuild")
    rewrite_state(client, concrete_index(client, prefix), analyzer_version=None)
    line = one_line(searching(corpus, prefix, code=3))
    assert f"another text analyzer (analyzer version {theirs};" in line


@needs_cluster
def test_a_rebuild_swaps_the_alias_and_deletes_the_old_index(corpus, prefix, tmp_path, monkeypatch):
    """A reader elsewhere (another user's folder, taken from the cluster) sees the whole old
    index while the rebuild runs, then the whole new one; the old concrete index is gone."""
    from belreader.index import CorpusIndex
    from belreader.search import search

    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", CLUSTER)
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
    owner = CorpusIndex(corpus, tmp_path / "mine" / "archive", analysis=False)
    owner.update()
    client = owner.store.client
    alias = owner.store.name()
    (old,) = client.indices.get_alias(name=alias)
    reader = CorpusIndex(corpus, tmp_path / "theirs" / "archive", analysis=False)
    assert reader.exists() and reader.problem() is None  # taken from the cluster, not built
    assert reader.store.name() == alias and search(reader, "potash").total == 2

    for name in ("four", "five"):
        (corpus / f"{name}.md").write_text(f"---\ntitle: {name}\n---\nPotash {name}.\n", encoding="utf-8")
    seen: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage != "scan":
            seen.append(search(reader, "potash").total)

    report = owner.update(rebuild=True, progress=progress)
    assert report.rebuilt_because == "rebuild requested" and seen and set(seen) == {2}  # never half, never new
    (new,) = client.indices.get_alias(name=alias)
    assert new != old and client.indices.get_alias(name=f"{alias}-terms") == {
        f"{new}-terms": {"aliases": {f"{alias}-terms": {}}}
    }
    assert not client.indices.exists(index=old) and not client.indices.exists(index=f"{old}-terms")
    reader.refresh()
    assert search(reader, "potash").total == 4 and search(owner, "potash").total == 4
    assert not (tmp_path / "mine" / "archive.old").exists() and not (tmp_path / "mine" / "archive.new").exists()


@needs_cluster
def test_a_degraded_cluster_is_one_note_under_the_hits(corpus, prefix, monkeypatch):
    from belreader.library import Library

    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", CLUSTER)
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
    library = Library(corpus, analysis=False)
    library.update()
    assert library.search("potash").notes == []
    real = opensearchpy.client.cluster.ClusterClient.health
    monkeypatch.setattr(
        opensearchpy.client.cluster.ClusterClient,
        "health",
        lambda self, *a, **k: dict(real(self, *a, **k), status="yellow", unassigned_shards=2, number_of_nodes=1),
    )
    library._index.store._health = (0.0, None)  # look again now, not in 5 s
    notes = library.search("potash").notes
    assert len(notes) == 1 and "is degraded (yellow: 1 node(s) up, 2 shard copies missing)" in notes[0]
