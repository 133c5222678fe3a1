"""Running the analysis: two cheap spaCy passes over a corpus, cached per article.

Pass 1 runs only the rule-based sentencizer + `ner` over every paragraph (the NER model has
its own tok2vec, so the shared tok2vec, tagger and parser stay off). Pass 2 runs tok2vec,
tagger and parser over the sentences that pass the claim pre-filter only (about two in five
of a news corpus; three in four of those give a claim). Both passes run a chunk of articles
(at most CHUNK_CHARS of text) through `nlp.pipe`, its texts shortest first (fewer steps of the
transition loops; results put back in text order), so memory stays flat on large corpora.
Where the CPU goes (BBC, one process): NER about two thirds, the parse pass a fifth,
belreader's own rules the rest (bench/results-nlp.md).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from itertools import pairwise
from pathlib import Path

from belreader.article import Article, Paragraph
from belreader.nlp import claims as claims_mod
from belreader.nlp import described, speakers
from belreader.nlp.aliases import EntityTable, load_table
from belreader.nlp.backend import NER_PIPES, PARSE_PIPES, Backend, get_backend
from belreader.nlp.entities import Span, aggregate, model_spans_from_doc, resolve, rule_spans
from belreader.nlp.identity import current_decisions
from belreader.nlp.records import CACHE_VERSION, Analysis, Mention, give_claim_ids
from belreader.nlp.sources import (
    article_sources,
    attach_citations,
    channels_as_outlets,
    find_citations,
    short_forms_as_outlets,
)

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


def _write_cache(path: Path, text: str) -> None:
    from belreader.config import atomic_write_text

    try:
        atomic_write_text(path, text)
    except OSError as exc:  # a read-only cache must not stop the analysis
        log.warning("could not write NLP cache %s: %s", path, exc)


class _CacheWriter:
    """Cache files written by a thread beside the analysis.

    Each file is written atomically and synced to disk (`atomic_write_text`): up to 5-15 ms of
    waiting per file on a busy disk, which the analysing thread paid for every article (2,225
    BBC articles: 2-3 s in quiet runs, up to half a minute at worst). The thread waits instead
    (the GIL is free while it does). The analysis is serialised by the caller, so what is cached is what was analysed
    at that moment, whatever happens to the object afterwards. `close()` returns once every
    file handed over is written."""

    def __init__(self) -> None:
        import queue

        self._queue: queue.SimpleQueue[tuple[Path, str] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def put(self, path: Path, analysis: Analysis) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="belreader-nlp-cache", daemon=True)
            self._thread.start()
        self._queue.put((path, json.dumps(analysis.to_dict(), ensure_ascii=False)))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            try:
                _write_cache(*item)
            except Exception:  # one bad file must not stop the writes after it
                log.exception("could not write NLP cache %s", item[0])

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None


def _finish(
    article: Article,
    mentions: list[Mention],
    drafts,
    table: EntityTable,
    backend: Backend,
    ctx: claims_mod.ArticleContext | None = None,
) -> Analysis:
    # an "as X said," aside inside another's quotation is X's claim, which none of the passes over
    # quotes and speakers reads: the quotation goes on around it, its speaker with it
    asides = [d for d in drafts if d.aside]
    drafts = claims_mod.outside_quotes(article.body, article.text_paragraphs, [d for d in drafts if not d.aside])
    claims_mod.unclosed_openings(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.dashed_participles(article.body, drafts)
    drafts = drafts + claims_mod.dashed_after_subject(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.interrupted_subjects(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.named_colon_quotes(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.transcript_turns(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.quotes_after_claims(article.body, article.text_paragraphs, drafts)
    drafts = drafts + claims_mod.continued_quotes(article.body, article.text_paragraphs, drafts)
    drafts = drafts + claims_mod.reported_continuations(article.body, article.text_paragraphs, drafts)
    drafts = drafts + claims_mod.reported_runs(article.body, article.text_paragraphs, drafts)
    drafts = drafts + claims_mod.paragraph_continuations(article.body, article.text_paragraphs, drafts)
    claims_mod.resumed_quotes(article.body, article.text_paragraphs, drafts)
    drafts = drafts + claims_mod.quotes_after_narration(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.quotes_after_subject(article.body, article.text_paragraphs, drafts, mentions)
    drafts = drafts + claims_mod.quotes_opened_before(article.body, article.text_paragraphs, drafts)
    if ctx is not None:  # once every quotation is found: the ones that go on from a claim with an outlet
        occasioned = claims_mod.occasion_outlets(drafts, ctx)
        claims_mod.interview_runs(drafts, ctx, occasioned)  # then a speaker's later claims of one interview
    # readers' comments printed after the report: their words, no source the text names
    drafts = claims_mod.outside_comments(article.body, article.text_paragraphs, drafts + asides)
    claims = claims_mod.to_claims(article.id, drafts, article.body)
    give_claim_ids(claims)
    citations = []
    bounds = {}
    for paragraph in article.paragraphs:
        bounds[paragraph.index] = (paragraph.start, paragraph.end)
        if not paragraph.is_heading:
            citations += find_citations(article.paragraph_text(paragraph), paragraph.start, table)
    attach_citations(claims, citations, bounds)
    channels_as_outlets(article.body, mentions, claims, table)  # and is its broadcaster among the entities there
    short_forms_as_outlets(article.body, mentions, claims, table)  # "told the Star": the Toronto Star there
    for claim in claims:  # a programme or channel is reported as its broadcaster
        claim.outlets = list(dict.fromkeys(table.outlet(o) for o in claim.outlets))
    return Analysis(
        article_id=article.id,
        content_hash=article.content_hash,
        backend=backend.status,
        mentions=mentions,
        entities=aggregate(mentions, table, article.body),
        claims=claims,
        sources=article_sources(article, claims, mentions, citations, table),
    )


def _resolve_speakers(drafts: list[claims_mod.Draft], ctx: claims_mod.ArticleContext | None) -> None:
    """The steps that resolve who speaks, once every sentence of the article has given its claims: the
    one list both paths run (`_analyze_rules` per article, `_analyze_spacy` as each article closes), in
    this order. `ctx` is None for an article with no candidate sentence (nothing to resolve)."""
    drafts = [d for d in drafts if not d.aside]  # an aside's named speaker is no one the passes follow
    described.document_authors(ctx)  # the authors of the article's documents, for "the report said"
    claims_mod.late_authors(drafts, ctx)
    described.resolve_described(drafts, ctx)
    speakers.resolve_joined_titles(drafts, ctx)
    speakers.resolve_offices(drafts, ctx)
    speakers.resolve_organisations(drafts, ctx)
    speakers.resolve_participle_subjects(drafts, ctx)  # "dismissed the figures insisting ...": the subject
    speakers.resolve_pronouns(drafts, ctx)


_PTB_QUOTES = {"``": "\u201c", "''": "\u201d"}


def typeset_quotes(article: Article) -> tuple[Article, list[int] | None]:
    """The article as analysed, and the way back to its own offsets. Penn Treebank-style quote
    marks (``We are pleased,'' said Tom Pell), as in the raw text of the Penn Treebank, CoNLL and
    corpora made from them, are read as the typeset quotes they stand for, so that a quote's
    content is its words without the marks and every quote shape reads as it does in typeset
    news. Only in a body that uses "``" and no curly double quote, so each curly quote of the copy
    stands for one two-character mark of the body (elsewhere two apostrophes are left as they
    are). Returns (copy, back), back[i] the body's offset of the copy's offset i; or (article,
    None) when nothing is changed. `restore_offsets` takes an analysis of the copy back."""
    body = article.body
    if "``" not in body or "\u201c" in body or "\u201d" in body:
        return article, None
    pieces: list[str] = []
    back: list[int] = []
    i = 0
    while i < len(body):
        mark = _PTB_QUOTES.get(body[i : i + 2])
        pieces.append(mark or body[i])
        back.append(i)
        i += 2 if mark else 1
    back.append(len(body))
    ahead = {o: k for k, o in enumerate(back)}
    paragraphs = [Paragraph(p.index, ahead[p.start], ahead[p.end], p.kind) for p in article.paragraphs]
    return dataclasses.replace(article, body="".join(pieces), paragraphs=paragraphs), back


def restore_offsets(analysis: Analysis, back: list[int] | None) -> Analysis:
    """An analysis of `typeset_quotes`'s copy, in the article's own offsets and words: every
    offset mapped back, every curly quote of a text written back as the mark it stood for (so a
    claim's content is the body's own characters). In place; returned for convenience."""
    if back is None:
        return analysis

    def marks(text: str) -> str:
        return text.replace("\u201c", "``").replace("\u201d", "''")

    for mention in analysis.mentions:
        mention.start, mention.end, mention.text = back[mention.start], back[mention.end], marks(mention.text)
    for claim in analysis.claims:
        claim.start, claim.end = back[claim.start], back[claim.end]
        claim.sentence_start, claim.sentence_end = back[claim.sentence_start], back[claim.sentence_end]
        claim.content, claim.speaker, claim.verb_text = (
            marks(claim.content),
            marks(claim.speaker),
            marks(claim.verb_text),
        )
    for entity in analysis.entities:
        entity.name, entity.aliases_seen = marks(entity.name), [marks(a) for a in entity.aliases_seen]
    give_claim_ids(analysis.claims)  # ids are where the content starts in the body, not the copy
    return analysis


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
    _resolve_speakers(drafts, ctx)
    return _finish(article, mentions, drafts, table, backend, ctx)


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


def _name_exclaims(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] ends on a capitalised word with "!" that the next words go on from in
    lower case ("Brett Lock of OutRage! said ...", "Yahoo! reported ..."): a name, not an end."""
    piece = text[a:b].rstrip()
    return (
        piece.endswith("!")
        and len(piece) > 1
        and piece[-2].isalpha()
        and re.search(r"[A-Z][\w-]*!$", piece) is not None
        and text[b:].lstrip()[:1].islower()
    )


def _sentences(doc, start: int, index: int, body: str) -> list[tuple[int, int, int]]:
    """Sentence spans of a paragraph doc, without a dateline opening it, with two repairs of the
    rule-based splitter: an opening quote left at the end of a sentence moves to the next one, and
    a "sentence" cut mid-clause (no final punctuation) joins the next."""
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
    # a dateline opening the paragraph ("WASHINGTON (AP) — ") is no part of its first sentence: the
    # parser would take the place for the clause's head or subject
    lead = (claims_mod.dateline_end(body, start, start + len(text)) or start) - start
    bounds = [lead, *(cut for cut in fixed if cut > lead), len(text)]
    spans: list[tuple[int, int, int]] = []
    pending = None
    for a, b in pairwise(bounds):
        a = pending if pending is not None else a
        if (text[a:b].rstrip().endswith(_TERMINAL) and not _name_exclaims(text, a, b)) or b == len(text):
            spans.append((start + a, start + len(text[:b].rstrip()), index))
            pending = None
        else:
            pending = a
    return [(a, b, i) for a, b, i in spans if b > a]


def _shortest_first(items: Sequence[tuple[str, object]]) -> list[int]:
    """The indexes of (text, context) items, shortest text first (a stable order)."""
    return sorted(range(len(items)), key=lambda k: len(items[k][0]))


PARSE_WINDOW = 1024  # sentences whose Docs are held at once to be parsed shortest first


def _parsed_in_order(nlp, candidates: list[tuple[str, tuple[int, int, int]]], batch_size: int):
    """(Doc, context) of each candidate sentence, in the order given, parsed shortest first.

    The parser's transition loop, like the NER's, steps once per move of the longest sentence
    in a batch; sorted, a batch's sentences finish together. A sentence's parse does not depend
    on the others in its batch. Claims are read in article order, so the Docs of up to
    PARSE_WINDOW sentences are held until all of them are parsed (a chunk of news articles is
    a few hundred; a huge one-line file is parsed a window at a time)."""
    for first in range(0, len(candidates), PARSE_WINDOW):
        window = candidates[first : first + PARSE_WINDOW]
        docs: list = [None] * len(window)
        texts = ((window[k][0], k) for k in _shortest_first(window))
        for doc, k in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
            docs[k] = doc
        for doc, (_, context) in zip(docs, window, strict=True):
            yield doc, context


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
    # Shortest paragraphs first: the NER's transition loop takes one step per token of the
    # longest text in a batch, and a step costs mostly per call (a small matrix product),
    # however few texts are still unfinished; batches of like lengths take fewer, fuller steps.
    # A text's entities do not depend on the others in its batch; what is found is put back in
    # text order.
    found: list[tuple[list[Span], list[tuple[int, int, int]]]] = [([], [])] * len(items)
    order = _shortest_first(items)
    with nlp.select_pipes(enable=list(NER_PIPES)):
        for doc, k in nlp.pipe(((items[k][0], k) for k in order), as_tuples=True, batch_size=batch_size):
            _, (ai, start, index, heading) = items[k]
            found[k] = (
                model_spans_from_doc(doc, start),
                [] if heading else _sentences(doc, start, index, articles[ai].body),
            )
    for (_, (ai, *_)), (paragraph_spans, paragraph_sentences) in zip(items, found, strict=True):
        spans[ai] += paragraph_spans
        sentences[ai] += paragraph_sentences
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
        _resolve_speakers(drafts[ai], contexts.get(ai))
        results[ai] = _finish(articles[ai], mentions[ai], drafts.pop(ai), table, backend, contexts.pop(ai, None))
        finished += 1
        if progress is not None:
            progress(done_before + finished, total)

    next_to_close = 0
    with nlp.select_pipes(enable=list(PARSE_PIPES)):
        for doc, (ai, start, index) in _parsed_in_order(nlp, candidates, batch_size * 4):
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


class Cancelled(Exception):
    """The analysis was given up because `cancelled()` said so; nothing of the call is returned."""


class AnalysisFailed(RuntimeError):
    """A worker process failed (or crashed) analysing some articles: the message names the file
    of the first of them and how many more it had."""

    def __init__(self, articles: Sequence[Article], cause: BaseException) -> None:
        from concurrent.futures.process import BrokenProcessPool

        first = str(articles[0].path) if articles else "?"
        others = f" (or one of the {len(articles) - 1} other files it had)" if len(articles) > 1 else ""
        why = "its process crashed" if isinstance(cause, BrokenProcessPool) else str(cause) or type(cause).__name__
        super().__init__(f"the analysis of {first}{others} failed: {why}")
        self.path = first


CANCEL_WAIT = 5.0  # seconds a cancelled worker is given to end before it is killed


class AnalysisPool:
    """Processes that analyse for the length of one job (a whole index update, every batch):
    started the first time work needs them, so an update that finds everything cached or only a
    few changed files starts none, and ended with the job, so each loads the model once.

    `n_process` processes analyse in all. With `analyse_here` the calling process is one of
    them (it holds the model already: one load saved, for `belreader index`); without it, every
    one is a worker and the caller only hands out work and reports progress (the reader, whose
    own process draws the screen). Workers are spawned, not forked (forking a process that runs
    threads, as the reader does, is unsafe); they read nothing from the terminal, write nothing
    to it and ignore ctrl+c, so the caller alone decides when they end: `close()` waits for them,
    `close(cancel=True)` ends them at once.
    """

    def __init__(self, n_process: int, *, analyse_here: bool = True) -> None:
        self.n_process = max(1, n_process)
        self.analyse_here = analyse_here
        self.starts = 0  # how many times worker processes were started (once per job)
        self._executor = None

    @property
    def workers(self) -> int:
        return self.n_process - 1 if self.analyse_here else self.n_process

    @property
    def started(self) -> bool:
        return self._executor is not None

    def wanted(self, pending: int) -> bool:
        """Whether `pending` articles go to the workers: always once they run, else only when
        there is enough work to be worth starting them (each loads the model)."""
        return self.workers > 0 and (self.started or pending >= 4 * self.n_process)

    def executor(self):
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            _start_resource_tracker()
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init
            )
            self.starts += 1
        return self._executor

    def submit(self, fn, *args) -> Future:
        """`executor().submit` with ctrl+c blocked in this thread while it runs: a submit may start
        a worker, and a process inherits the blocked signal, so a ctrl+c in the second before its
        initializer ignores it no longer prints the worker's traceback on the user's terminal (the
        signal waits, or goes to another thread of this process; multiprocessing's resource
        tracker is started the same way)."""
        import signal

        executor = self.executor()
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return executor.submit(fn, *args)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def close(self, *, cancel: bool = False) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if not cancel:
            executor.shutdown(wait=True)
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # a chunk under way would otherwise run to its end
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + CANCEL_WAIT
        for process in processes:
            process.join(timeout=max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()  # one slow to end on a loaded machine: no chunk of it is wanted
        # the executor's own thread may reap a worker as this one does: its end shows only once
        # that thread has recorded it, a moment later
        while any(p.is_alive() for p in processes) and time.monotonic() < deadline + CANCEL_WAIT:
            time.sleep(0.01)
        # and that thread closes its wake-up pipe as it ends: were it still closing when Python
        # exits, the pool's exit hook wrote to the closed pipe ("Exception ignored in threading
        # ... Bad file descriptor" printed after ctrl+c)
        if manager is not None:
            manager.join(timeout=CANCEL_WAIT)

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        self.close(cancel=exc is not None)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (a process that outlives this one) with /dev/null
    as its stderr. It is handed the descriptor of `sys.stderr`, which in the reader is Textual's
    capture of prints, with none to give (-1): starting a worker there failed with "bad value(s)
    in fds_to_keep"; and on a terminal its warnings would land on the screen."""
    import os
    import sys
    from multiprocessing import resource_tracker

    with open(os.devnull, "w") as null:
        saved, sys.stderr = sys.stderr, null
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def analyze_many(
    articles: Iterable[Article],
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    n_process: int = 1,
    *,
    pool: AnalysisPool | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Analysis]:
    """Analyses in the order of `articles`; cached ones are read back without running any NLP.

    `cache_dir`: one JSON file per article, keyed by CACHE_VERSION, the backend, the entity
    table, the article id, its content hash and its cleaned body. `progress(done, total)` is
    called as articles finish (a few at a time). `pool`: the processes of the job this call
    is part of (see AnalysisPool); without one, `n_process > 1` starts processes for this call
    only. `cancelled()` is asked between small pieces of work: once it is true, Cancelled is
    raised (what was analysed so far stays in the cache).
    """
    if pool is None and n_process > 1:
        with AnalysisPool(n_process) as own:
            return analyze_many(articles, cache_dir, progress, pool=own, cancelled=cancelled)
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

        writer = _CacheWriter()
        # Penn Treebank-style quotes read as typeset ones; each analysis is taken back to the body's offsets
        typeset = [typeset_quotes(articles[i]) for i in todo]

        def keep(k: int, analysis: Analysis) -> None:
            """The k-th article still to do is analysed: kept, and cached at once (a
            cancelled update keeps what it finished)."""
            i = todo[k]
            results[i] = analysis = restore_offsets(analysis, typeset[k][1])
            written = paths[i]
            if written is not None:
                writer.put(written, analysis)

        pending = [copy for copy, _ in typeset]
        try:
            if real.is_spacy and pool is not None and pool.wanted(len(pending)):
                _analyze_in_processes(pending, pool, table, real, progress, done, total, keep, cancelled)
            elif real.is_spacy:
                _analyze_here(pending, table, real, progress, done, total, keep, cancelled)
            else:
                for k, article in enumerate(pending):
                    if cancelled is not None and cancelled():
                        raise Cancelled
                    keep(k, _analyze_rules(article, table, real))
                    if progress is not None:
                        progress(done + k + 1, total)
        finally:  # what was analysed is on disk when this returns or raises
            writer.close()
    # the user's merges, splits and retypes: applied to what is read, never part of the cache
    decisions = current_decisions()
    analysed = [r for r in results if r is not None]
    assert len(analysed) == total  # each article read from the cache or analysed
    if decisions:
        for article, analysis in zip(articles, analysed, strict=True):
            decisions.apply(analysis, table, article.body)
    return analysed


def _worker_init() -> None:
    """A worker leaves the terminal to its parent (the reader draws on it, the CLI its progress
    bar): nothing read from it, nothing written to it, and ctrl+c is the parent's to act on."""
    import os
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.close(null)
    except OSError:
        pass
    get_backend()


def _worker_run(articles: list[Article]) -> list[dict]:
    backend = get_backend()
    if not backend.is_spacy:
        raise RuntimeError(backend.status)
    return [a.to_dict() for a in _analyze_spacy(articles, load_table(), backend)]


# The smallest and largest share of text one process takes at a time. The largest is about
# a second of work, so progress moves at least that often and a cancelled update stops soon.
CHUNK_CHARS = (8_000, 40_000)


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


Keep = Callable[[int, Analysis], None]


def _analyze_here(
    articles: list[Article],
    table: EntityTable,
    backend: Backend,
    progress: Progress | None,
    done: int,
    total: int,
    keep: Keep,
    cancelled: Callable[[], bool] | None,
) -> None:
    """In this process, a chunk at a time: progress moves and `cancelled` is asked that often."""
    start = 0
    for chunk in _chunks_by_size(articles, 1):
        if cancelled is not None and cancelled():
            raise Cancelled
        with _NLP_LOCK:
            analyses = _analyze_spacy(chunk, table, backend, progress, done + start, total)
        for k, analysis in enumerate(analyses):
            keep(start + k, analysis)
        start += len(chunk)


def _analyze_in_processes(
    articles: list[Article],
    pool: AnalysisPool,
    table: EntityTable,
    backend: Backend,
    progress: Progress | None,
    done: int,
    total: int,
    keep: Keep,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Whole articles per process (both passes and claims), so no spaCy Doc crosses processes.

    With `pool.analyse_here`, this process, whose model is loaded already, analyses chunks
    itself while the workers take the others as they free up (no idle start while the workers
    load theirs); otherwise it only hands chunks out and collects them.
    """
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, wait

    chunks = _chunks_by_size(articles, pool.n_process)
    starts = [0]
    for chunk in chunks:
        starts.append(starts[-1] + len(chunk))
    queue = deque(enumerate(chunks))
    finished = 0

    def record(i: int, analyses: list[Analysis]) -> None:
        nonlocal finished
        for k, analysis in enumerate(analyses):
            keep(starts[i] + k, analysis)
        finished += len(analyses)
        if progress is not None:
            progress(done + finished, total)

    def tell_here(n: int, _total: int) -> None:  # articles of this process's own chunk, as they finish
        if progress is not None:
            progress(done + finished + n, total)

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    workers = pool.workers
    running: dict[Future, int] = {}

    def collect(futures) -> None:
        for future in futures:
            i = running.pop(future)
            try:
                rows = future.result()
            except Exception as exc:  # a crashed worker's BrokenProcessPool too: say which files it had
                raise AnalysisFailed(chunks[i], exc) from exc
            record(i, [Analysis.from_dict(row) for row in rows])

    try:
        while queue or running:
            stop_if_cancelled()
            collect([f for f in running if f.done()])
            while queue and len(running) < 2 * workers:  # one running and one waiting per worker
                i, chunk = queue.popleft()
                running[pool.submit(_worker_run, chunk)] = i
            if queue and pool.analyse_here:
                i, chunk = queue.popleft()
                with _NLP_LOCK:
                    record(i, _analyze_spacy(chunk, table, backend, tell_here, 0, 0))
            elif running:
                collect(wait(running, timeout=0.25, return_when=FIRST_COMPLETED).done)
    except BaseException:
        for future in running:
            future.cancel()
        raise


def _peek_backend() -> Backend:
    """The backend already loaded, else a placeholder with the spaCy tag (no model load)."""
    from belreader.nlp import backend as backend_mod

    if backend_mod._backend is not None:
        return backend_mod._backend
    return Backend(object(), "")


def analyze(article: Article) -> Analysis:
    return analyze_many([article])[0]
