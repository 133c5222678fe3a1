"""Running the analysis: two cheap spaCy passes over a corpus, cached per article.

Pass 1 runs only the rule-based sentencizer + `ner` over every paragraph (the NER model has
its own tok2vec, so the shared tok2vec, tagger and parser stay off). Pass 2 runs tok2vec,
tagger and parser over the sentences that pass the claim pre-filter only (about two in five
of a news corpus; three in four of those give a claim). Both passes stream through
`nlp.pipe`, so memory stays flat on large corpora. Where the CPU goes (BBC, one process):
NER about two thirds, the parse pass a fifth, belreader's own rules the rest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import Path

from belreader.article import Article
from belreader.nlp import claims as claims_mod
from belreader.nlp.aliases import EntityTable, load_table
from belreader.nlp.backend import NER_PIPES, PARSE_PIPES, Backend, get_backend
from belreader.nlp.entities import Span, aggregate, model_spans_from_doc, resolve, rule_spans
from belreader.nlp.identity import current_decisions
from belreader.nlp.records import CACHE_VERSION, Analysis, Mention
from belreader.nlp.sources import article_sources, attach_citations, find_citations

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# select_pipes() changes the shared pipeline: one analysis at a time per process
_NLP_LOCK = threading.Lock()


def cache_key(article: Article, backend: Backend, table: EntityTable) -> str:
    body_hash = hashlib.sha1(article.body.encode("utf-8")).hexdigest()
    parts = (
        CACHE_VERSION,
        backend.tag,
        table.fingerprint,
        article.id,
        article.content_hash,
        body_hash,
        article.publisher or "",
        article.author or "",
    )
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def _read_cache(path: Path) -> Analysis | None:
    """A cached analysis, or None (recomputed) when the file is missing, corrupt, of the wrong
    shape or nested too deeply."""
    from belreader.config import read_json

    try:
        return Analysis.from_dict(read_json(path))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        return None


def _write_cache(path: Path, analysis: Analysis) -> None:
    from belreader.config import atomic_write_text

    try:
        atomic_write_text(path, json.dumps(analysis.to_dict(), ensure_ascii=False))
    except OSError as exc:  # a read-only cache must not stop the analysis
        log.warning("could not write NLP cache %s: %s", path, exc)


def _finish(article: Article, mentions: list[Mention], drafts, table: EntityTable, backend: Backend) -> Analysis:
    drafts = drafts + claims_mod.quotes_after_claims(article.body, article.text_paragraphs, drafts)
    drafts = drafts + claims_mod.continued_quotes(article.body, article.text_paragraphs, drafts)
    claims_mod.resumed_quotes(article.body, article.text_paragraphs, drafts)
    claims = claims_mod.to_claims(article.id, drafts, article.body)
    citations = []
    bounds = {}
    for paragraph in article.paragraphs:
        bounds[paragraph.index] = (paragraph.start, paragraph.end)
        if not paragraph.is_heading:
            citations += find_citations(article.paragraph_text(paragraph), paragraph.start, table)
    attach_citations(claims, citations, bounds)
    for claim in claims:  # a programme or channel is reported as its broadcaster
        claim.outlets = list(dict.fromkeys(table.outlet(o) for o in claim.outlets))
    return Analysis(
        article_id=article.id,
        content_hash=article.content_hash,
        backend=backend.status,
        mentions=mentions,
        entities=aggregate(mentions, table),
        claims=claims,
        sources=article_sources(article, claims, mentions, citations, table),
    )


def _analyze_rules(article: Article, table: EntityTable, backend: Backend) -> Analysis:
    spans: list[Span] = []
    for paragraph in article.paragraphs:
        spans += rule_spans(article.paragraph_text(paragraph), paragraph.start)
    mentions = resolve(article, spans, table)
    ctx = claims_mod.ArticleContext(article.id, article.body, mentions, table)
    drafts = []
    for paragraph in article.text_paragraphs:
        text = article.paragraph_text(paragraph)
        for a, b in claims_mod.split_sentences(text):
            if claims_mod.is_candidate(text[a:b]):
                bounds = (paragraph.index, paragraph.start, paragraph.end)
                drafts += claims_mod.extract_rules(text[a:b], paragraph.start + a, bounds, ctx)
    claims_mod.late_authors(drafts, ctx)
    return _finish(article, mentions, drafts, table, backend)


MAX_CHUNK = 50_000  # characters; spaCy refuses texts over nlp.max_length (1,000,000)


def _chunks(text: str) -> list[tuple[int, str]]:
    """A paragraph, cut at whitespace into pieces the model accepts (a huge one-line file)."""
    if len(text) <= MAX_CHUNK:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK)
        if end < len(text):
            space = text.rfind(" ", start + MAX_CHUNK // 2, end)
            end = space if space > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


_TERMINAL = tuple('.!?…:;"”’)]')


def _sentences(doc, start: int, index: int) -> list[tuple[int, int, int]]:
    """Sentence spans of a paragraph doc, with two repairs of the rule-based splitter:
    an opening quote left at the end of a sentence moves to the next one, and a
    "sentence" cut mid-clause (no final punctuation) joins the next."""
    text = doc.text
    cuts = [sent.start_char for sent in doc.sents][1:]
    fixed = []
    for cut in cuts:
        back = cut
        while back > 0 and text[back - 1].isspace():
            back -= 1
        if back > 0 and text[back - 1] in '“‘"' and (back < 2 or text[back - 2].isspace()):
            cut = back - 1
        fixed.append(cut)
    bounds = [0, *fixed, len(text)]
    spans: list[tuple[int, int, int]] = []
    pending = None
    for a, b in pairwise(bounds):
        a = pending if pending is not None else a
        if text[a:b].rstrip().endswith(_TERMINAL) or b == len(text):
            spans.append((start + a, start + len(text[:b].rstrip()), index))
            pending = None
        else:
            pending = a
    return [(a, b, i) for a, b, i in spans if b > a]


def _analyze_spacy(
    articles: list[Article],
    table: EntityTable,
    backend: Backend,
    progress: Progress | None = None,
    done_before: int = 0,
    total: int = 0,
    batch_size: int = 64,
) -> list[Analysis]:
    nlp = backend.nlp
    assert nlp is not None  # called with the spaCy backend only (backend.is_spacy)
    spans: list[list[Span]] = [[] for _ in articles]
    sentences: list[list[tuple[int, int, int]]] = [[] for _ in articles]  # (start, end, paragraph index)
    items = [
        (text, (ai, p.start + offset, p.index, p.is_heading))
        for ai, article in enumerate(articles)
        for p in article.paragraphs
        for offset, text in _chunks(article.paragraph_text(p))
    ]
    with nlp.select_pipes(enable=list(NER_PIPES)):
        for doc, (ai, start, index, heading) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            spans[ai] += model_spans_from_doc(doc, start)
            if not heading:
                sentences[ai] += _sentences(doc, start, index)
    mentions = [resolve(article, spans[ai], table) for ai, article in enumerate(articles)]

    candidates = []
    for ai, article in enumerate(articles):
        for start, end, index in sentences[ai]:
            text = article.body[start:end]
            if claims_mod.is_candidate(text):
                candidates.append((text, (ai, start, index)))

    results: list[Analysis | None] = [None] * len(articles)
    contexts: dict[int, claims_mod.ArticleContext] = {}
    drafts: dict[int, list] = {ai: [] for ai in range(len(articles))}
    finished = 0

    def close(ai: int) -> None:
        nonlocal finished
        claims_mod.late_authors(drafts[ai], contexts.get(ai))
        results[ai] = _finish(articles[ai], mentions[ai], drafts.pop(ai), table, backend)
        contexts.pop(ai, None)
        finished += 1
        if progress is not None:
            progress(done_before + finished, total)

    next_to_close = 0
    with nlp.select_pipes(enable=list(PARSE_PIPES)):
        for doc, (ai, start, index) in nlp.pipe(candidates, as_tuples=True, batch_size=batch_size * 4):
            while next_to_close < ai:
                close(next_to_close)
                next_to_close += 1
            article = articles[ai]
            ctx = contexts.get(ai)
            if ctx is None:
                ctx = contexts[ai] = claims_mod.ArticleContext(article.id, article.body, mentions[ai], table)
            paragraph = article.paragraphs[index]
            drafts[ai] += claims_mod.extract_parsed(doc, start, (index, paragraph.start, paragraph.end), ctx)
    while next_to_close < len(articles):
        close(next_to_close)
        next_to_close += 1
    return results  # type: ignore[return-value]


def analyze_many(
    articles: Iterable[Article],
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    n_process: int = 1,
) -> list[Analysis]:
    """Analyses in the order of `articles`; cached ones are read back without running any NLP.

    `cache_dir`: one JSON file per article, keyed by CACHE_VERSION, the backend, the entity
    table, the article id, its content hash and its cleaned body. `progress(done, total)` is
    called as articles finish. `n_process > 1` spawns worker processes that each analyse
    whole articles (for `belreader index` and benchmarks; inside the TUI keep 1).
    """
    articles = list(articles)
    table = load_table()
    total = len(articles)
    results: list[Analysis | None] = [None] * total
    paths: list[Path | None] = [None] * total
    backend: Backend | None = None
    if cache_dir is not None:
        cache_dir = Path(cache_dir)
        # the key needs the backend, but loading it costs: peek with the spaCy tag first,
        # since a verified model is the normal case; a miss falls through to the real backend
        backend = _peek_backend()
        for i, article in enumerate(articles):
            path = paths[i] = cache_dir / f"{cache_key(article, backend, table)}.json"
            cached = _read_cache(path)
            if cached is not None and cached.content_hash == article.content_hash:
                results[i] = cached
    todo = [i for i, r in enumerate(results) if r is None]
    done = total - len(todo)
    if progress is not None and done:
        progress(done, total)
    if todo:
        real = get_backend()
        if cache_dir is not None and backend is not None and real.tag != backend.tag:
            for i in todo:
                paths[i] = cache_dir / f"{cache_key(articles[i], real, table)}.json"
        pending = [articles[i] for i in todo]
        if real.is_spacy and n_process > 1 and len(pending) >= 4 * n_process:
            fresh = _analyze_in_processes(pending, n_process, table, real, progress, done, total)
        elif real.is_spacy:
            with _NLP_LOCK:
                fresh = _analyze_spacy(pending, table, real, progress, done, total)
        else:
            fresh = []
            for k, article in enumerate(pending):
                fresh.append(_analyze_rules(article, table, real))
                if progress is not None:
                    progress(done + k + 1, total)
        for i, analysis in zip(todo, fresh, strict=True):
            results[i] = analysis
            written = paths[i]
            if written is not None:
                _write_cache(written, analysis)
    # the user's merges, splits and retypes: applied to what is read, never part of the cache
    decisions = current_decisions()
    analysed = [r for r in results if r is not None]
    assert len(analysed) == total  # each article read from the cache or analysed
    if decisions:
        for analysis in analysed:
            decisions.apply(analysis, table)
    return analysed


def _worker_init() -> None:
    get_backend()


def _worker_run(articles: list[Article]) -> list[dict]:
    backend = get_backend()
    if not backend.is_spacy:
        raise RuntimeError(backend.status)
    return [a.to_dict() for a in _analyze_spacy(articles, load_table(), backend)]


CHUNK_CHARS = (8_000, 100_000)  # the smallest and largest share of text one process takes at a time


def _chunks_by_size(articles: list[Article], n_process: int) -> list[list[Article]]:
    """Consecutive runs of articles, each about a quarter of what every process still has to
    do: large while there is much left (few round trips), small at the end, so the
    processes finish together however long the articles."""
    smallest, largest = CHUNK_CHARS
    remaining = sum(len(a.body) for a in articles)
    chunks: list[list[Article]] = []
    chunk: list[Article] = []
    size = 0
    for article in articles:
        chunk.append(article)
        size += len(article.body)
        if size >= min(largest, max(smallest, remaining // (4 * n_process))):
            chunks.append(chunk)
            remaining -= size
            chunk, size = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def _analyze_in_processes(
    articles: list[Article],
    n_process: int,
    table: EntityTable,
    backend: Backend,
    progress: Progress | None,
    done: int,
    total: int,
) -> list[Analysis]:
    """Whole articles per process (both passes and claims), so no spaCy Doc crosses processes.

    This process, whose model is loaded already, is one of the `n_process`: it analyses
    chunks itself while `n_process - 1` workers take the others as they free up (one model
    load saved per call, and no idle start while the workers load theirs). Workers are
    spawned, not forked: forking a process that runs threads (the TUI) is unsafe.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    chunks = _chunks_by_size(articles, n_process)
    results: list[list[Analysis] | None] = [None] * len(chunks)
    queue = deque(enumerate(chunks))
    finished = 0

    def record(i: int, analyses: list[Analysis]) -> None:
        nonlocal finished
        results[i] = analyses
        finished += len(analyses)
        if progress is not None:
            progress(done + finished, total)

    context = multiprocessing.get_context("spawn")
    workers = n_process - 1
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init) as pool:
        running: dict[Future, int] = {}

        def collect(futures) -> None:
            for future in futures:
                record(running.pop(future), [Analysis.from_dict(row) for row in future.result()])

        while queue or running:
            collect([f for f in running if f.done()])
            while queue and len(running) < 2 * workers:  # one running and one waiting per worker
                i, chunk = queue.popleft()
                running[pool.submit(_worker_run, chunk)] = i
            if queue:
                i, chunk = queue.popleft()
                with _NLP_LOCK:
                    record(i, _analyze_spacy(chunk, table, backend))
            elif running:
                collect(wait(running, return_when=FIRST_COMPLETED).done)
    return [analysis for chunk_results in results if chunk_results is not None for analysis in chunk_results]


def _peek_backend() -> Backend:
    """The backend already loaded, else a placeholder with the spaCy tag (no model load)."""
    from belreader.nlp import backend as backend_mod

    if backend_mod._backend is not None:
        return backend_mod._backend
    return Backend(object(), "")


def analyze(article: Article) -> Analysis:
    return analyze_many([article])[0]
