"""The speed machinery of the analysis: numpy's BLAS for the models, work shared by size."""

from __future__ import annotations

import pytest
from thinc.api import Linear, NumpyOps, chain

from belreader.nlp import backend as backend_mod
from belreader.nlp import pipeline

from nlp_util import make_article


class Component:
    def __init__(self, model):
        self.model = model


class FakePipeline:
    def __init__(self, *models):
        self.components = [(f"c{i}", Component(m)) for i, m in enumerate(models)] + [("rules", object())]


def _all_ops(nlp):
    return [node.ops for _, c in nlp.components if getattr(c, "model", None) for node in c.model.walk()]


def test_models_use_numpy_gemm_when_blas_is_single_threaded(monkeypatch):
    monkeypatch.setattr(backend_mod, "_single_threaded_blas", lambda: True)
    nlp = FakePipeline(chain(Linear(4, 3), Linear(2, 4)), Linear(2, 2))
    assert backend_mod._numpy_gemm(nlp)
    ops = _all_ops(nlp)
    assert len(ops) == 4 and all(isinstance(o, NumpyOps) and not o.use_blis for o in ops)


def test_blis_stays_when_blas_threads_cannot_be_limited(monkeypatch):
    monkeypatch.setattr(backend_mod, "_single_threaded_blas", lambda: False)
    nlp = FakePipeline(chain(Linear(4, 3), Linear(2, 4)))
    before = _all_ops(nlp)
    assert not backend_mod._numpy_gemm(nlp)
    assert _all_ops(nlp) == before


def test_same_products_with_numpy_and_blis():
    numpy = pytest.importorskip("numpy")
    x = numpy.random.default_rng(0).random((50, 96), dtype="float32")
    y = numpy.random.default_rng(1).random((96, 64), dtype="float32")
    assert numpy.allclose(NumpyOps(use_blis=False).gemm(x, y), NumpyOps().gemm(x, y), rtol=1e-5)


def _articles(sizes):
    return [make_article("x" * size, f"a{i}") for i, size in enumerate(sizes)]


def test_chunks_keep_every_article_in_order():
    articles = _articles([3_000, 500, 40_000, 7_000] * 30)
    chunks = pipeline._chunks_by_size(articles, 2)
    assert [a for chunk in chunks for a in chunk] == articles
    assert all(chunks)


def test_chunks_shrink_towards_the_end():
    articles = _articles([2_000] * 1_000)  # 2,000,000 characters
    sizes = [sum(len(a.body) for a in chunk) for chunk in pipeline._chunks_by_size(articles, 2)]
    smallest, largest = pipeline.CHUNK_CHARS
    assert max(sizes) <= largest
    assert sizes[0] == largest and sizes[-1] <= smallest  # few round trips first, a short tail
    assert sizes == sorted(sizes, reverse=True)


def test_one_huge_article_is_one_chunk():
    chunks = pipeline._chunks_by_size(_articles([500, 300_000, 500]), 2)
    assert [len(c) for c in chunks] == [2, 1]


def test_freed_memory_is_kept_by_glibc_malloc():
    import platform

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt is glibc's")
    assert backend_mod._keep_freed_memory()


def _pins() -> dict[str, str]:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    return dict(d.split("==", 1) for d in dependencies if "==" in d)


def test_the_pinned_spacy_and_thinc_are_the_installed_ones():
    """The later spaCy 3.8 wheels (Cython 3 builds) take the GIL on every token lookup of the
    NER's and parser's transition loops, a quarter more CPU: an environment that drifted from
    the pins (an old venv; `pip install -e .` brings it back) is reported here, not as slowness."""
    from importlib.metadata import version

    pins = _pins()
    assert pins["spacy"] == "3.8.7"
    for name in ("spacy", "thinc"):
        assert version(name) == pins[name], f"{name} {version(name)} installed, pyproject pins {pins[name]}"
