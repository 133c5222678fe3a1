"""The search backends the conformance suite runs against, one entry each.

A backend's entry is a function that builds an index of a folder of articles and returns the
object `belreader.search` takes (today a `CorpusIndex`: `.backend()` gives the SearchBackend,
`.vocabulary()` the did-you-mean word forms, `.load_article()` / `.analysis_for()` the articles).
`backend_index` is parametrized over `BACKENDS`, so every test that uses it runs once per
backend, with the same documents and the same queries; adding a backend is one entry here.

The OpenSearch entry (belreader/search/opensearch/) runs when a test cluster is named in
BELREADER_TEST_OPENSEARCH (a URL; `python scripts/opensearch_cluster.py run -- pytest tests/search`
starts one, sets it, and stops it); without it, its tests skip, so `pytest` stays green on a
machine without a cluster. Each build is a new index whose name starts with a prefix of its own,
deleted when the module is done.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(slots=True)
class Built:
    """An index a factory built: what `belreader.search` takes, and how to let it go."""

    index: object
    close: Callable[[], None] | None = None


Factory = Callable[[Path, Path], Built]


def _whoosh(corpus: Path, workdir: Path) -> Built:
    from belreader.index import CorpusIndex

    index = CorpusIndex(corpus, workdir / "index")
    index.update(procs=1)
    return Built(index, close=index.close)


def _opensearch(corpus: Path, workdir: Path) -> Built:
    url = os.environ.get("BELREADER_TEST_OPENSEARCH")  # e.g. http://127.0.0.1:9200
    if not url:
        pytest.skip("no OpenSearch test cluster: set BELREADER_TEST_OPENSEARCH=URL")
    pytest.importorskip("opensearchpy")
    from belreader.index import CorpusIndex

    prefix = f"belreader-test-{uuid.uuid4().hex[:8]}"
    with pytest.MonkeyPatch.context() as patch:  # the store is chosen when the index is opened
        patch.setenv("BELREADER_BACKEND", "opensearch")
        patch.setenv("BELREADER_OPENSEARCH_URL", url)
        patch.setenv("BELREADER_OPENSEARCH_PREFIX", prefix)
        index = CorpusIndex(corpus, workdir / "index")
        index.update(procs=1)
    assert type(index.store).__name__ == "OpenSearchStore", index.store

    def close() -> None:
        index.close()
        index.store.client.indices.delete(index=f"{prefix}-*")  # type: ignore[attr-defined]

    return Built(index, close=close)


# name -> factory(corpus folder, a scratch folder of its own) -> Built
BACKENDS: dict[str, Factory] = {
    "whoosh": _whoosh,
    "opensearch": _opensearch,
}


@pytest.fixture(scope="module", params=sorted(BACKENDS))
def backend_name(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def build_index(backend_name, tmp_path_factory, shared_cache_dir) -> Iterator[Callable[[Path], object]]:
    """A function that indexes a folder of articles with this module's backend (once per
    module: the module keeps what it builds). The build runs with its own user dirs and the
    session's analysis cache (the per-test dirs of tests/conftest.py do not exist yet at module
    scope), so it reads no one's entity table or merge decisions."""
    built: list[Built] = []

    def build(corpus: Path) -> object:
        base = tmp_path_factory.mktemp(f"{backend_name}-build")
        with pytest.MonkeyPatch.context() as patch:
            for name in ("data", "config"):
                (base / name).mkdir()
                patch.setenv(f"BELREADER_{name.upper()}_DIR", str(base / name))
            patch.setenv("BELREADER_CACHE_DIR", str(shared_cache_dir))
            made = BACKENDS[backend_name](corpus, base)
        built.append(made)
        return made.index

    yield build
    for made in built:
        if made.close is not None:
            made.close()


@pytest.fixture(scope="session")
def write_articles() -> Callable[[Path, dict[str, dict]], Path]:
    """The function below, for test modules (they cannot import a conftest)."""
    return _write_articles


def _write_articles(folder: Path, articles: dict[str, dict]) -> Path:
    """Front-matter Markdown files `<id>.md` in `folder`, one per article: its `body` under a
    YAML front matter of the other keys (title, publisher, author, date, tags)."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    for article_id, fields in articles.items():
        meta = {key: value for key, value in fields.items() if key != "body"}
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
        (folder / f"{article_id}.md").write_text(f"---\n{front}---\n{fields['body']}\n", encoding="utf-8")
    return folder
