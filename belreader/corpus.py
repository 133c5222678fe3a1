"""Files -> `Article`: formats, encodings, text cleaning, metadata and boilerplate removal.

This module is the only place that reads article files. Everything it accepts
is normalised: control characters and terminal escape sequences are stripped,
paragraphs are found, and the material that is not the article (reader
comments, share buttons, author bios, disclaimers, captions) is cut out of the
body but kept on `Article.removed`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
import unicodedata
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISREG, S_ISSOCK
from typing import TypedDict

from belreader import config
from belreader.article import PARAGRAPH_SEPARATOR, Article, Paragraph, RemovedBlock
from belreader.config import max_file_bytes
from belreader.text import display, drop_stray_joiners

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
NON_ARTICLE_NAMES = re.compile(r"^(readme|upstream_readme|license|licence|copying|changelog)\b", re.I)


class CorpusError(Exception):
    """A corpus that cannot be read at all (missing folder, a file given as a folder...)."""


@dataclass(frozen=True, slots=True)
class SkippedFile:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LoadWarning:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(slots=True)
class LoadReport:
    root: Path
    articles: list[Article] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)


# --------------------------------------------------------------------------- text safety

# Every pass below is linear in the length of the text, whatever the text: a pattern never
# rescans a long run it has already failed on (bench/bench_cleaning.py measures each pass on
# long adversarial runs; tests/test_loader_hostile.py checks their output).
#
# Terminal escape sequences. Every branch is bounded and none crosses a newline, so one
# stray or unterminated introducer never swallows the rest of a file:
# - CSI (ESC [ params final, or 8-bit CSI 0x9B) is removed whole;
# - OSC (ESC ]) is removed up to and including its BEL/ST terminator; an unterminated one
#   stops at the next ESC, C1 control, newline or _SEQ_MAX characters (ESC ] in text is
#   never prose);
# - DCS/SOS/PM/APC (ESC P/X/^/_) and the 8-bit OSC/DCS/SOS/PM/APC introducers are removed
#   whole only when terminated on the same line; otherwise only the introducer goes
#   ("\x1bPutin" keeps "Putin"; a latin-1 0x9D byte is dropped alone by _CONTROL_RE);
# - ESC + intermediates + final (ESC ( B) and two-byte ESC + digit/symbol are removed;
#   ESC before a letter is dropped on its own so the letter stays.
# A sequence body never holds ESC or a C1 control: so a run of introducers (0x90 0x90 ...)
# fails at once on each one instead of scanning _SEQ_MAX characters ahead from every one.
_SEQ_MAX = 4096
_SEQ_BODY = rf"[^\x07\x1b\x80-\x9f\n]{{0,{_SEQ_MAX}}}"
_SEQ_END = r"(?:\x07|\x1b\\|\x9c)"
_ANSI_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    rf"|\x1b\]{_SEQ_BODY}{_SEQ_END}?"
    rf"|\x1b[PX^_]{_SEQ_BODY}{_SEQ_END}"
    rf"|[\x90\x98\x9d\x9e\x9f]{_SEQ_BODY}{_SEQ_END}"
    r"|\x1b[ -/]+[0-~]"
    r"|\x1b[0-9:-?@\\`{-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_C1_RE = re.compile(r"[\x80-\x9f]")
# C0/C1 controls, line/paragraph separators, and the invisible format characters that change
# what a reader sees without being seen: soft hyphen, Arabic letter mark, Mongolian vowel
# separator, zero-width space, LRM/RLM, bidirectional embeddings, overrides and isolates (they
# can make a terminal show text in another order than it is stored), word joiner, invisible
# operators, deprecated format characters, BOM/ZWNBSP and interlinear annotation marks.
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028\u2029"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
# Unicode's stream-safe limit: no real text needs more than 30 combining marks in a row, and
# NFC sorts each run of marks by insertion (quadratic in the run's length).
_MAX_COMBINING_RUN = 30
_combining_run_re: re.Pattern[str] | None = None


def _cap_combining_runs(text: str) -> str:
    global _combining_run_re
    if _combining_run_re is None:
        # Every character with a non-zero combining class sits below U+20000.
        marks = "".join(chr(c) for c in range(0x300, 0x20000) if unicodedata.combining(chr(c)))
        cls = "[" + re.escape(marks) + "]"
        _combining_run_re = re.compile(f"({cls}{{{_MAX_COMBINING_RUN}}}){cls}+")
    return _combining_run_re.sub(r"\1", text)


def clean_text(text: str) -> str:
    """Strip terminal escape sequences, control characters and invisible marks; keep newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or (not text.isascii() and _C1_RE.search(text)):
        text = _ANSI_RE.sub("", text)
    if not text.isascii():
        text = _CONTROL_RE.sub("", text)
        if "\u200c" in text or "\u200d" in text:
            text = drop_stray_joiners(text)
        text = text.replace("\u00a0", " ")
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", _cap_combining_runs(text))
    else:
        text = _CONTROL_RE.sub("", text)
    return text


def clean_inline(text: str) -> str:
    """`clean_text` for one-line values (titles, authors): whitespace folded."""
    return " ".join(clean_text(text).split())


# --------------------------------------------------------------------------- decoding

_UTF32_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"))
_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _wide_encoding(raw: bytes) -> tuple[str, bool] | None:
    """(codec, has_bom) when `raw` looks like UTF-32 or UTF-16: by its BOM, else by where its NUL
    bytes fall (mostly-ASCII UTF-16LE text has a NUL in every other byte, UTF-32LE in three of four)."""
    for bom, codec in (*_UTF32_BOMS, *_UTF16_BOMS):
        if raw.startswith(bom):
            return codec, True
    sample = raw[:4096]
    if b"\x00" not in sample:
        return None
    if len(raw) % 4 == 0 and len(sample) >= 4:
        units = len(sample) // 4
        for codec, zero_at in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
            if all(sample[z::4][:units].count(0) == units for z in zero_at):
                return codec, False
    if len(raw) % 2 == 0 and len(sample) >= 2:
        units = len(sample) // 2
        even, odd = sample[0::2][:units].count(0), sample[1::2][:units].count(0)
        if odd >= units * 0.3 and even <= units * 0.02:
            return "utf-16-le", False
        if even >= units * 0.3 and odd <= units * 0.02:
            return "utf-16-be", False
    return None


def _looks_like_text(text: str) -> bool:
    """Mostly printable: a NUL-pattern guess that decodes to controls or unassigned code points was wrong."""
    sample = text[:4096]
    bad = sum(1 for c in sample if (unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\n\r\t"))
    return bad <= len(sample) * 0.02


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode file bytes: UTF-32/UTF-16 (by BOM or NUL pattern), UTF-8 (BOM allowed), else
    cp1252, else latin-1. Returns (text, encoding)."""
    wide = _wide_encoding(raw)
    if wide is not None:
        codec, has_bom = wide
        bom_size = 0 if not has_bom else (4 if codec.startswith("utf-32") else 2)
        try:
            text = raw[bom_size:].decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and (has_bom or _looks_like_text(text)):
            return text, codec
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------- structure

_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")", "…", ";")
# a comment section's markup: the numbered header line of a reader's comment ("12. Jo Bell says:"),
# from which the loader cuts the rest (`_strip_boilerplate`, "reader comments"). Another concept than
# claims.paragraphs.readers_comments, which finds, by their voice, readers' comments printed with no
# such header as paragraphs of the body (the analysis's, on what the loader keeps)
_COMMENT_HEADER = re.compile(r"^\d{1,3}\.\s+\S.{0,80}\s(says|said|wrote|replied)\s*:?$", re.I)
_BYLINE = re.compile(
    r"^(?:by\s+)?(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*"
    r"\((?P<role>[^()]{0,30}(?i:contributor|correspondent|reporter|editor|staff|writer|columnist|op-ed|"
    r"analyst|journalist|special to)[^()]{0,30})\)$"
)
_BY_LINE = re.compile(r"^by\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$", re.I)
_BIO = re.compile(
    r"^(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+is\s+(?:an?|the)\s+[^.]{0,160}?"
    r"\b(?i:fellow|journalist|analyst|professor|editor|correspondent|researcher|director|author|"
    r"writer|reporter|columnist|contributor|scholar|lecturer)\b",
)
_SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<pub>.{2,80}?)\s*$", re.I)
_PRODUCED_BY = re.compile(r"\b(?:produced|published)\s+by\s+(?:the\s+)?(?P<pub>[A-Z][^,(;.]{2,80}?)(?:,|\s*\(|\.|;)")
_VIEWS_DISCLAIMER = re.compile(r"^the views expressed in\b", re.I)
_VIEWS_OF = re.compile(r"reflect the views of (?:the\s+)?(?P<pub>[A-Z][\w&.' -]{2,60}?)(?:,|\.|\s+its\b|\s+or\b)")
_CAPTION = re.compile(r"^(image|photo|picture|caption|photograph|illustration)(\s+credit)?\s*[:|]", re.I)
_END_MARKERS = [
    (re.compile(r"^leave a (reply|comment)\b", re.I), "comment form"),
    (re.compile(r"^share (this (post|article|story)|on \w+)", re.I), "share links"),
    (re.compile(r"^follow us\b", re.I), "follow-us links"),
    (re.compile(r"^(further|related|recommended) reading$", re.I), "further reading"),
    (re.compile(r"^(related articles?|read more|more on this story)$", re.I), "related links"),
    (_VIEWS_DISCLAIMER, "views disclaimer"),
    (re.compile(r"^your email address will not be published", re.I), "comment form"),
    (re.compile(r"^\d+\s+comments?$", re.I), "reader comments"),
]
_ORG_WORDS = re.compile(
    r"\b(foundation|institute|council|organi[sz]ation|cent(?:er|re)|news|times|post|press|agency|journal|"
    r"review|media|network|group|service|magazine|daily|herald|tribune|gazette|association|society|"
    r"university|monitor|alert|report|radio|television|tv|broadcasting|forum|observer|guardian)\b",
    re.I,
)
_LOWER_WORDS = {"of", "for", "the", "and", "on", "in", "at", "a", "an", "to", "&"}


def _is_heading(line: str) -> bool:
    # Cheap tests first: this runs on every line of every file.
    if line.endswith((".", ",")) or not line.isupper() or len(line.split()) > 12:
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_title_case_name(line: str) -> bool:
    """A short line like 'The Organization for World Peace' (a closing publisher line)."""
    words = line.split()
    if not 1 <= len(words) <= 8 or line.endswith(_SENTENCE_END[:3]):
        return False
    if not (len(words) >= 2 and (words[0] == "The" or _ORG_WORDS.search(line))):
        return False
    return all(w[:1].isupper() or w.lower() in _LOWER_WORDS for w in words) and words[0][:1].isupper()


def split_paragraphs(text: str) -> list[str]:
    """Blocks of text: every line is a paragraph unless it continues the line before it.

    A line continues the previous one when both are in the same block (no blank
    line between) and the previous line does not end a sentence while this one
    starts in lower case, or the previous line is long (hard-wrapped prose).
    Lines are collected and joined once per paragraph (joining as they come would copy the
    paragraph again for every line: quadratic on a file of many short lines).
    """
    paragraphs: list[str] = []
    current: list[str] = []  # the lines of the paragraph being built
    length = words = 0  # its length once joined, and its word count
    previous_blank = True
    for raw_line in text.split("\n"):
        line_words = raw_line.split()
        if not line_words:
            previous_blank = True
            continue
        line = " ".join(line_words)
        if current and not previous_blank and _continues_lines(current, length, words, line):
            current.append(line)
            length += 1 + len(line)
            words += len(line_words)
        else:
            if current:
                paragraphs.append(" ".join(current))
            current, length, words = [line], len(line), len(line_words)
        previous_blank = False
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _continues_lines(lines: list[str], length: int, words: int, line: str) -> bool:
    """`_continues` for a paragraph still held as lines: a heading has at most 12 words, so the
    joined paragraph is only built (and tested) while it is that short."""
    if _is_heading(line) or _COMMENT_HEADER.match(line):
        return False
    if words <= 12 and _is_heading(" ".join(lines)):
        return False
    if lines[-1].endswith(_SENTENCE_END):
        return False
    return line[:1].islower() or length >= 60


@dataclass(slots=True)
class _Draft:
    """Metadata found while cleaning, before the Article is built."""

    title: str | None = None
    title_derived: bool = False
    subtitle: str | None = None
    author: str | None = None
    author_bio: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)


def _derive_title(first_paragraph: str, fallback: str) -> str:
    """A title made from the first sentence: stripped, never empty (else `fallback`, the file stem)."""
    sentence = re.split(r"(?<=[.!?])\s", first_paragraph, maxsplit=1)[0]
    sentence = sentence.strip().rstrip(".…").strip()
    if len(sentence) > 90:
        cut = sentence[:90].rsplit(" ", 1)[0].rstrip(",;:–— ")
        sentence = f"{cut}…" if cut else ""
    return sentence or clean_inline(fallback) or "Untitled"


_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")  # a sentence's end, closing quotes included


def _take_title(
    paragraphs: list[str],
    draft: _Draft,
    *,
    fallback: str,
    not_subtitle: frozenset[int] | set[int] = frozenset(),
    keep_body: bool = False,
) -> int:
    """Title (and subtitle) heuristics for sources without an explicit title.

    Sets draft.title (and maybe draft.subtitle) and returns how many leading
    paragraphs were consumed. With `keep_body`, the heuristics never consume the
    last remaining paragraph (a one-paragraph JSON/HTML body stays the body).
    Paragraph indexes in `not_subtitle` (Markdown/HTML headings) are never a subtitle.
    """
    if not paragraphs:
        return 0
    first = paragraphs[0]
    looks_like_title = len(first) <= 150 and not first.endswith(".") and len(first.split()) <= 25
    if not looks_like_title or (keep_body and len(paragraphs) == 1):
        draft.title = _derive_title(first, fallback)
        draft.title_derived = True
        return 0
    draft.title = first
    taken = 1
    # A subtitle is never the whole body: "Title" then one paragraph is an article, not a title page.
    if len(paragraphs) > 2 and 1 not in not_subtitle:
        second = paragraphs[1]
        if (
            draft.subtitle is None
            and not _BYLINE.match(second)
            and not _BY_LINE.match(second)
            and not _is_heading(second)
            and len(second) <= 160
            and len(second.split()) >= 4
            and not _ENDS_SENTENCE.search(second)
        ):
            draft.subtitle = second
            taken = 2
    return taken


def _strip_boilerplate(
    paragraphs: list[str], draft: _Draft, headings: frozenset[int] | set[int] = frozenset()
) -> list[int]:
    """Cut bylines, bios, disclaimers, captions and everything after an end marker.

    Cut paragraphs go to draft.removed; returns the indexes of the kept paragraphs.
    Paragraphs in `headings` (Markdown/HTML sub-headings) are never taken as a closing
    publisher line.
    """
    kept: list[int] = []
    n = len(paragraphs)
    end_zone_reason: str | None = None
    for i, para in enumerate(paragraphs):
        near_start = i < 4
        in_tail = i >= n * 0.5
        if end_zone_reason is not None:
            reason = _classify_tail(para) or end_zone_reason
            if _COMMENT_HEADER.match(para):
                end_zone_reason = reason = "reader comments"
            draft.removed.append(RemovedBlock(para, reason))
            _harvest_publisher(para, draft)
            continue
        if near_start and (m := _BYLINE.match(para) or _BY_LINE.match(para)):
            draft.author = draft.author or m.group("name")
            draft.removed.append(RemovedBlock(para, "byline"))
            continue
        if (m := _BIO.match(para)) and (near_start or in_tail) and len(para) < 600:
            draft.author = draft.author or m.group("name")
            draft.author_bio = draft.author_bio or para
            draft.removed.append(RemovedBlock(para, "author bio"))
            if not draft.publisher and (pm := re.search(r"\bat (?:the\s+)?([A-Z][\w&.' -]+?)(?:’s|'s|,|\.|$)", para)):
                draft.publisher = pm.group(1).strip()
            continue
        if _CAPTION.match(para):
            draft.removed.append(RemovedBlock(para, "image caption"))
            continue
        if i >= 3 and (m := _SOURCE_LINE.match(para)):
            draft.publisher = m.group("pub").strip()
            draft.removed.append(RemovedBlock(para, "source line"))
            end_zone_reason = "after-article material"
            continue
        if in_tail and _PRODUCED_BY.search(para) and re.match(r"^this (article|post|piece|publication)", para, re.I):
            _harvest_publisher(para, draft)
            draft.removed.append(RemovedBlock(para, "publisher disclaimer"))
            end_zone_reason = "after-article material"
            continue
        if _COMMENT_HEADER.match(para) and i >= 3:
            draft.removed.append(RemovedBlock(para, "reader comments"))
            end_zone_reason = "reader comments"
            continue
        tail_reason = _classify_tail(para)
        if tail_reason and (in_tail or tail_reason != "views disclaimer"):
            _harvest_publisher(para, draft)
            draft.removed.append(RemovedBlock(para, tail_reason))
            end_zone_reason = "after-article material"
            continue
        kept.append(i)
    # A closing publisher line: "The Organization for World Peace".
    if (
        len(kept) > 2
        and kept[-1] not in headings
        and _is_title_case_name(paragraphs[kept[-1]])
        and not _is_heading(paragraphs[kept[-1]])
    ):
        line = paragraphs[kept.pop()]
        draft.publisher = draft.publisher or line
        draft.removed.append(RemovedBlock(line, "publisher line"))
    return kept


def _classify_tail(para: str) -> str | None:
    for pattern, reason in _END_MARKERS:
        if pattern.match(para):
            return reason
    if _CAPTION.match(para):
        return "image caption"
    return None


def _harvest_publisher(para: str, draft: _Draft) -> None:
    if draft.publisher:
        return
    if m := _PRODUCED_BY.search(para):
        draft.publisher = m.group("pub").strip()
    elif m := _VIEWS_OF.search(para):
        draft.publisher = m.group("pub").strip()


def _assemble(paragraphs: list[str], headings: set[int] | None = None) -> tuple[str, list[Paragraph]]:
    spans: list[Paragraph] = []
    offset = 0
    for index, text in enumerate(paragraphs):
        is_heading = (headings is not None and index in headings) or _is_heading(text)
        spans.append(Paragraph(index, offset, offset + len(text), "heading" if is_heading else "text"))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), spans


# --------------------------------------------------------------------------- formats


def _parse_front_matter(text: str) -> tuple[dict, str, str | None]:
    """(metadata, rest, warning). YAML between '---' lines or TOML between '+++' lines."""
    stripped = text.lstrip("\n")
    for fence, kind in (("---", "yaml"), ("+++", "toml")):
        if not stripped.startswith(fence + "\n"):
            continue
        end = stripped.find("\n" + fence, len(fence))
        if end == -1:
            return {}, text, "front matter is not closed; read as text"
        block = stripped[len(fence) + 1 : end]
        rest = stripped[end + len(fence) + 1 :]
        try:
            if kind == "toml":
                meta = tomllib.loads(block)
            else:
                meta = _safe_yaml(block) or {}
        except Exception as exc:  # malformed front matter must never stop loading
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return {}, rest, f"front matter ignored ({kind} error: {first})"
        if not isinstance(meta, dict):
            return {}, rest, "front matter is not a mapping; ignored"
        return meta, rest, None
    return {}, text, None


def _safe_yaml(block: str):
    """YAML front matter without aliases: a few hundred bytes of nested aliases ("billion
    laughs") expand into gigabytes, and front matter never needs them."""
    import yaml
    from yaml.events import AliasEvent

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(AliasEvent):
                raise yaml.YAMLError("aliases (*name) are not allowed")
            return super().compose_node(parent, index)

    loader = NoAliasLoader(block)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _meta_str(meta: dict, *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        return clean_inline(str(value)) or None
    return None


def _meta_tags(meta: dict) -> list[str]:
    value = meta.get("tags") or meta.get("keywords") or []
    if isinstance(value, str):
        value = [t for t in re.split(r"[,;]", value)]
    if not isinstance(value, list):
        return []
    return [clean_inline(str(t)) for t in value if clean_inline(str(t))]


_MD_HEADING = re.compile(r"^#{1,6}\s+")
# Inline Markdown, rendered to plain text by _md_inline. Every pattern stops at the next
# delimiter of its kind, so a failed match never rescans and a hostile run stays linear.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MD_CODE = re.compile(r"(`+)([^`]+?)\1")
_MD_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]+)>")
# Link text stops at the next bracket and the target at a bracket or an unbalanced
# parenthesis (one level of balanced ones is allowed: wiki URLs).
_MD_LINK = re.compile(r"(!?)\[([^\[\]]*)\]\(((?:[^()\[\]]|\([^()\[\]]*\))*)\)")
_MD_ABSOLUTE_URL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://\S+|mailto:\S+)$")
_MD_EMPHASIS = (
    re.compile(r"\*\*([^*\s](?:[^*]*[^*\s])?)\*\*"),
    re.compile(r"(?<![^\W_])__([^_\s](?:[^_]*[^_\s])?)__(?![^\W_])"),
    re.compile(r"\*([^*\s](?:[^*]*[^*\s])?)\*"),
    re.compile(r"(?<![^\W_])_([^_\s](?:[^_]*[^_\s])?)_(?![^\W_])"),
    re.compile(r"~~([^~\s](?:[^~]*[^~\s])?)~~"),
)
# Markdown punctuation kept literally (escaped, in code or in a URL) is moved to the Unicode
# private use area (plane 15) while emphasis is removed, then put back.
_MD_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_MD_SHELTER = str.maketrans({ch: chr(0xF0000 + ord(ch)) for ch in _MD_PUNCTUATION})
_MD_UNSHELTER = str.maketrans({chr(0xF0000 + ord(ch)): ch for ch in _MD_PUNCTUATION})


def _md_link(match: re.Match) -> str:
    """An image is its alt text; a link is its text then its URL in parentheses, "text (url)",
    when the URL is absolute (a relative one means nothing outside its site); a link whose
    text is its URL is the URL once."""
    image, text, target = match.groups()
    target = target.strip()
    if target.startswith("<") and ">" in target:
        target = target[1 : target.index(">")]
    url = target.split()[0] if target.split() else ""  # without a "title"
    if image or not _MD_ABSOLUTE_URL.match(url):
        return text
    if not text.strip() or text.strip() == url:
        return url.translate(_MD_SHELTER)
    return f"{text} ({url.translate(_MD_SHELTER)})"


def _md_inline(text: str) -> str:
    """Inline Markdown rendered as plain text: emphasis (`*`, `_`, `**`, `__`, `~~`) and code
    markers removed, backslash escapes resolved, links as "text (url)" (see `_md_link`),
    autolinks as their URL; whitespace folded and stripped."""
    text = _MD_ESCAPE.sub(lambda m: m.group(1).translate(_MD_SHELTER), text)
    text = _MD_CODE.sub(lambda m: m.group(2).strip().translate(_MD_SHELTER), text)
    text = _MD_AUTOLINK.sub(lambda m: m.group(1).translate(_MD_SHELTER), text)
    text = _MD_LINK.sub(_md_link, text)
    for emphasis in _MD_EMPHASIS:
        text = emphasis.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "")  # unpaired strong markers, as before
    return " ".join(text.translate(_MD_UNSHELTER).split())


def _markdown_to_paragraphs(text: str) -> tuple[list[str], set[int], str | None]:
    """Plain paragraphs from Markdown, with the indexes of headings and the first H1.

    Paragraphs are stripped after the inline markup is removed; empty ones are dropped
    (the heading indexes refer to the final list).
    """
    items: list[tuple[str, bool]] = []  # (text, is_heading)
    h1: str | None = None
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.strip().split("\n") if ln.strip()]
        if not lines:
            continue
        buffer: list[str] = []
        for line in lines:
            if _MD_HEADING.match(line):
                if buffer:
                    items.append((" ".join(buffer), False))
                    buffer = []
                heading = _MD_HEADING.sub("", line).strip("# ").strip()
                if line.startswith("# ") and h1 is None and not items:
                    h1 = _md_inline(heading) or None
                    continue
                items.append((heading, True))
            else:
                line = re.sub(r"^(>\s*|[-*+]\s+|\d+\.\s+)", "", line)
                buffer.append(line)
        if buffer:
            items.append((" ".join(buffer), False))
    paragraphs: list[str] = []
    headings: set[int] = set()
    for raw_text, is_heading in items:
        cleaned = _md_inline(raw_text)
        if not cleaned:
            continue
        if is_heading:
            headings.add(len(paragraphs))
        paragraphs.append(cleaned)
    return paragraphs, headings, h1


def _defuse_html(text: str) -> str:
    """HTML with every '<' that cannot open a tag or comment written as '&lt;'.

    The standard library's HTMLParser (before Python 3.13.4) rescans the rest of the input
    from every '<' that starts an unfinished tag or comment: a run of "<a " or "<!--" takes
    minutes. Here a '<' opens a tag only when its '>' comes before the next '<', and a
    comment only when a '-->' follows; both are found with one forward search each, whose
    result is reused while it lies ahead, so the pass is linear. The text a reader sees is
    unchanged: the parser turns '&lt;' back into '<'.
    """
    out: list[str] = []
    position = 0
    next_gt = next_comment_end = -2  # -2: not searched yet; -1: none left in the text
    while True:
        lt = text.find("<", position)
        if lt < 0:
            out.append(text[position:])
            return "".join(out)
        out.append(text[position:lt])
        if text.startswith("<!--", lt):
            if next_comment_end != -1 and next_comment_end < lt + 4:
                next_comment_end = text.find("-->", lt + 4)
            if next_comment_end >= 0:
                out.append(text[lt : next_comment_end + 3])
                position = next_comment_end + 3
                continue
        else:
            if next_gt != -1 and next_gt < lt:
                next_gt = text.find(">", lt)
            next_lt = text.find("<", lt + 1, next_gt if next_gt >= 0 else len(text))
            if next_gt >= 0 and next_lt < 0:
                out.append(text[lt : next_gt + 1])
                position = next_gt + 1
                continue
        out.append("&lt;")
        position = lt + 1


class _HTMLText(HTMLParser):
    BLOCKS = {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "br",
        "tr",
        "section",
        "article",
        "header",
        "figcaption",
        "pre",
        "dd",
        "dt",
    }
    DROP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (tag, text)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None  # <link rel="canonical" href=...>, the first one
        self._buffer: list[str] = []
        self._tag_stack: list[str] = []
        self._drop_depth = 0
        self._in_title = False
        self._current_block = "p"

    def handle_starttag(self, tag, attrs):
        if tag in self.DROP:
            self._drop_depth += 1
            return
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            attrs_d = {k.lower(): (v or "") for k, v in attrs}
            key = (attrs_d.get("name") or attrs_d.get("property") or "").lower()
            if key and attrs_d.get("content"):
                self.meta[key] = attrs_d["content"]
        if tag == "link" and self.canonical is None:
            attrs_d = {k.lower(): (v or "") for k, v in attrs}
            if "canonical" in attrs_d.get("rel", "").lower().split() and attrs_d.get("href", "").strip():
                self.canonical = attrs_d["href"].strip()
        if tag in self.BLOCKS:
            self._flush()
            self._current_block = tag

    def handle_endtag(self, tag):
        if tag in self.DROP:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self._drop_depth:
            return
        if self._in_title:
            self.title += data
            return
        self._buffer.append(data)

    def _flush(self):
        text = " ".join("".join(self._buffer).split())
        if text:
            self.blocks.append((self._current_block, text))
        self._buffer = []
        self._current_block = "p"

    def close(self):
        super().close()
        self._flush()


def _page_url(canonical: str | None, og_url: str | None) -> str | None:
    """The article's URL: its canonical link (resolved against og:url when relative), else
    og:url. A relative canonical link with nothing to resolve it against is no URL."""
    if canonical:
        resolved = urllib.parse.urljoin(og_url, canonical) if og_url else canonical
        if urllib.parse.urlsplit(resolved).scheme:
            return resolved
    return og_url or None


@dataclass(frozen=True, slots=True)
class _InvalidLine:
    reason: str


def _records_from_json(text: str, suffix: str) -> list[dict]:
    if suffix == ".jsonl":
        # One bad line costs that record only (kept as an _InvalidLine, so the records after it
        # keep their numbers and ids).
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                records.append(_InvalidLine(f"line {number}: invalid JSON ({exc.msg})"))
            except RecursionError:
                records.append(_InvalidLine(f"line {number}: JSON nested too deeply"))
            except ValueError as exc:  # e.g. an integer with more digits than Python converts
                records.append(_InvalidLine(f"line {number}: invalid JSON ({_one_line(exc)})"))
        return records
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at line {exc.lineno} ({exc.msg})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    return data if isinstance(data, list) else [data]


# --------------------------------------------------------------------------- loading


def article_id_for(path: Path, root: Path) -> str:
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


class _Source(TypedDict):
    """What every article built from one file shares (keyword arguments of _build)."""

    path: Path
    raw: bytes
    encoding: str
    stat: os.stat_result | None


def _build(
    *,
    article_id: str,
    path: Path,
    paragraphs: list[str],
    meta: dict,
    raw: bytes,
    encoding: str,
    stat: os.stat_result | None,
    headings: set[int] | frozenset[int] = frozenset(),
    title_hint: str | None = None,
    warnings: list[str] | None = None,
    keep_body: bool = False,
) -> Article | None:
    """One Article from cleaned paragraphs, or None when nothing is left after boilerplate.

    An explicit title (metadata, front matter, `title_hint` from an H1 or <title>) wins and
    the body is then never searched for a title or subtitle; otherwise the plain-text title
    heuristics run. Boilerplate is cut in both cases, into the same draft, so removed
    blocks, bylines and publishers always reach the Article. `headings` are indexes into
    `paragraphs` of explicit sub-headings (Markdown/HTML); ALL-CAPS lines are headings too.
    """
    draft = _Draft()
    meta_title = _meta_str(meta, "title", "headline") or (clean_inline(title_hint) if title_hint else None)
    draft.subtitle = _meta_str(meta, "subtitle", "dek", "description")
    indexes = list(range(len(paragraphs)))
    if meta_title:
        draft.title = meta_title
    else:
        taken = _take_title(paragraphs, draft, fallback=path.stem, not_subtitle=headings, keep_body=keep_body)
        indexes = indexes[taken:]
    rest = [paragraphs[i] for i in indexes]
    kept = _strip_boilerplate(rest, draft, {k for k, i in enumerate(indexes) if i in headings})
    indexes = [indexes[k] for k in kept]
    if not indexes:
        return None
    final = [paragraphs[i] for i in indexes]
    final_headings = {k for k, i in enumerate(indexes) if i in headings}
    if not draft.title:
        draft.title = _derive_title(final[0], path.stem)
        draft.title_derived = True
    draft.author = _meta_str(meta, "author", "authors", "byline", "creator") or draft.author
    draft.publisher = _meta_str(meta, "publisher", "source", "site_name", "outlet") or draft.publisher
    body, spans = _assemble(final, final_headings)
    return Article(
        id=article_id,
        path=path,
        title=draft.title,
        title_derived=draft.title_derived,
        subtitle=draft.subtitle,
        body=body,
        paragraphs=spans,
        content_hash=hashlib.sha256(raw).hexdigest(),
        author=draft.author,
        author_bio=draft.author_bio,
        publisher=draft.publisher,
        date=_meta_str(meta, "date", "published", "published_at", "pubdate"),
        url=_meta_str(meta, "url", "link", "canonical_url"),
        tags=_meta_tags(meta),
        removed=draft.removed,
        encoding=encoding,
        mtime=stat.st_mtime if stat else 0.0,
        size=stat.st_size if stat else len(raw),
        warnings=list(warnings or []),
    )


def _clean_json(value: object) -> object:
    """Every string in decoded JSON cleaned: JSON escapes (\\u001b, \\u0000) only become
    control characters after decoding, so cleaning the file text is not enough."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return _clean_record(value)
    return value


def _clean_record(record: dict) -> dict:
    """A decoded JSON object cleaned as by _clean_json (its keys made one-line)."""
    return {clean_inline(str(k)): _clean_json(v) for k, v in record.items()}


_BODY_KEYS = ("body", "text", "content")


def _json_body(record: dict) -> str | None:
    """The record's body text ('' when the field is there but empty), or None when absent."""
    found = False
    for key in _BODY_KEYS:
        value = record.get(key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n\n".join(value)
        if isinstance(value, str):
            found = True
            if value.strip():
                return value
    return "" if found else None


def _record_ids(records: list, article_id: str) -> tuple[list[str | None], list[str]]:
    """The id of each record (None for a line or value that is not an object), and the ids
    given by position because the record's own id was already used in the file.

    A record is `file/<its id>`, or `file/<its number>` without one (a lone record without an
    id is just `file`); a record whose id is taken by an earlier record of the same file
    becomes `file#<its number>`, so every record stays reachable.
    """
    ids: list[str | None] = []
    taken: set[str] = set()
    renamed: list[str] = []
    for number, record in enumerate(records):
        if not isinstance(record, dict):
            ids.append(None)
            continue
        key = _record_key(record)
        record_id = f"{article_id}/{key or number}"
        if len(records) == 1 and not key:
            record_id = article_id
        if record_id in taken:
            record_id = f"{article_id}#{number}"
            renamed.append(record_id)
        taken.add(record_id)
        ids.append(record_id)
    return ids, renamed


def _record_key(record: dict) -> str:
    """A record's own id, cleaned ('' when it has none). Printable ASCII, the usual case, is
    only folded: this runs on every record of a file each time a record is looked up."""
    key = record.get("id")
    if isinstance(key, bool) or not isinstance(key, (str, int)):
        return ""
    key = str(key)
    if key.isascii() and key.isprintable():
        return " ".join(key.split())
    return clean_inline(key)


def _renamed_warning(renamed: list[str]) -> str:
    names = ", ".join(renamed[:3]) + (", ..." if len(renamed) > 3 else "")
    records = "1 record reuses" if len(renamed) == 1 else f"{len(renamed)} records reuse"
    return f"{records} an id already used in this file; numbered by position instead ({names})"


def _record_article(record, record_id: str, number: int, warnings: list[str], common: _Source) -> Article | str:
    """The article of one JSON record, or a one-line problem ("record 3: no 'body' ...")."""
    label = f"record {number}"
    if isinstance(record, _InvalidLine):
        return f"{label}: {record.reason}"
    if not isinstance(record, dict):
        return f"{label}: not an object with a 'body' or 'text' field"
    clean = _clean_record(record)
    key = _record_key(record)
    if key:
        label = f"{label} (id '{key}')"
    body = _json_body(clean)
    if body is None:
        return f"{label}: no 'body' or 'text' field"
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        return f"{label}: no text in its 'body' or 'text' field"
    record_raw = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    article = _build(
        article_id=record_id,
        paragraphs=paragraphs,
        meta=clean,
        warnings=warnings,
        keep_body=True,
        **(common | {"raw": record_raw}),
    )
    if article is None:
        return f"{label}: no text left after removing boilerplate"
    return article


@dataclass(slots=True)
class _JsonFile:
    """A JSON or JSONL file decoded into records and their ids, before any article is built."""

    records: list
    ids: list[str | None]
    encoding: str
    warnings: list[str]


def _json_file(text: str, suffix: str, article_id: str, encoding: str, warnings: list[str]) -> _JsonFile:
    records = _records_from_json(text, suffix)
    ids, renamed = _record_ids(records, article_id)
    if renamed:
        warnings = [*warnings, _renamed_warning(renamed)]
    return _JsonFile(records, ids, encoding, warnings)


def _parse_json(parsed: _JsonFile, common: _Source) -> tuple[list[Article], list[str]]:
    """(articles, problems): one problem line per record that gave no article."""
    articles: list[Article] = []
    problems: list[str] = []
    records = parsed.records
    for number, (record, record_id) in enumerate(zip(records, parsed.ids, strict=True)):
        result = _record_article(record, record_id or "", number, parsed.warnings, common)
        if isinstance(result, str):
            problems.append(result)
        else:
            articles.append(result)
    if not articles:
        if not problems:
            raise ValueError("no objects with a 'body' or 'text' field (no records)")
        if len(records) == 1:
            raise ValueError(problems[0].split(": ", 1)[1])
        more = f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
        raise ValueError(f"no usable records: {'; '.join(problems[:3])}{more}")
    return articles, problems


_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_UNICODE_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def _decode_file(raw: bytes) -> tuple[str, str, list[str]]:
    """(clean text, encoding, warnings) of a file's bytes; ValueError when it holds no text."""
    if not raw.strip():
        raise ValueError("empty file")
    text, encoding = decode_bytes(raw)
    if encoding == "utf-8" or encoding not in _UNICODE_ENCODINGS:
        if b"\x00" in raw:  # UTF-16/32 were recognised above; NULs in anything else mean binary
            raise ValueError("binary file (contains NUL bytes)")
    warnings = [] if encoding in _UNICODE_ENCODINGS else [f"not valid UTF-8; decoded as {encoding}"]
    text = clean_text(text)
    if not text.strip():
        raise ValueError("no text after removing control characters")
    return text, encoding, warnings


def parse_bytes(
    raw: bytes,
    path: Path,
    root: Path,
    stat: os.stat_result | None = None,
    *,
    skipped: list[SkippedFile] | None = None,
) -> list[Article]:
    """Parse one file's bytes into articles (a JSON list or JSONL file can hold several).

    Raises ValueError with a one-line reason when the file is not an article. A JSON
    record that gives no article is reported in `skipped` ("record 3: no 'body' or 'text'
    field"); without a `skipped` list it becomes a warning on the file's first article,
    so it is never dropped silently.
    """
    text, encoding, warnings = _decode_file(raw)
    suffix = path.suffix.lower()
    article_id = article_id_for(path, root)
    common = _Source(path=path, raw=raw, encoding=encoding, stat=stat)

    if suffix in (".json", ".jsonl"):
        parsed = _json_file(text, suffix, article_id, encoding, warnings)
        articles, problems = _parse_json(parsed, common)
        if problems:
            if skipped is not None:
                skipped.extend(SkippedFile(path, problem) for problem in problems)
            else:
                articles[0].warnings.extend(f"skipped {problem}" for problem in problems)
        return articles

    if suffix in (".html", ".htm"):
        parser = _HTMLText()
        parser.feed(_defuse_html(text))
        parser.close()
        meta = {
            "author": parser.meta.get("author") or parser.meta.get("article:author"),
            "publisher": parser.meta.get("og:site_name"),
            "date": parser.meta.get("article:published_time") or parser.meta.get("date"),
            "url": _page_url(parser.canonical, parser.meta.get("og:url")),
            "keywords": parser.meta.get("keywords"),
        }
        # HTMLParser(convert_charrefs=True) has already decoded entities: decoding again
        # would turn the literal text "&lt;b&gt;" into "<b>".
        blocks = [(tag, clean_inline(t)) for tag, t in parser.blocks]
        blocks = [(tag, t) for tag, t in blocks if t]
        title = clean_inline(parser.title) or None
        if blocks and blocks[0][0] == "h1":
            title = title or blocks[0][1]
            if blocks[0][1] == title or title.startswith(blocks[0][1]):
                title = blocks[0][1]
                blocks = blocks[1:]
        paragraphs = [t for _, t in blocks]
        headings = {i for i, (tag, _) in enumerate(blocks) if tag in _HTML_HEADINGS}
        meta["title"] = title
        article = _build(
            article_id=article_id,
            paragraphs=paragraphs,
            meta=meta,
            headings=headings,
            warnings=warnings,
            keep_body=True,
            **common,
        )
        if article is None:
            raise ValueError("no text in the HTML body")
        return [article]

    if suffix in (".md", ".markdown"):
        meta, rest, warning = _parse_front_matter(text)
        if warning:
            warnings.append(warning)
        paragraphs, headings, h1 = _markdown_to_paragraphs(rest)
        # With a front-matter title or an H1 the title heuristics are skipped (in _build);
        # without one, the plain-text heuristics run, keeping the Markdown heading indexes.
        article = _build(
            article_id=article_id,
            paragraphs=paragraphs,
            meta=meta,
            headings=headings,
            title_hint=h1,
            warnings=warnings,
            **common,
        )
        if article is None:
            raise ValueError("no text after removing front matter and boilerplate")
        return [article]

    article = _build(article_id=article_id, paragraphs=split_paragraphs(text), meta={}, warnings=warnings, **common)
    if article is None:
        raise ValueError("nothing left after removing boilerplate")
    return [article]


class FileTooLarge(ValueError):
    """A file over the size cap: skipped, and reported as a warning too."""


def _human_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size}-byte"


def load_file(
    path: Path,
    root: Path | None = None,
    max_bytes: int | None = None,
    *,
    skipped: list[SkippedFile] | None = None,
) -> list[Article]:
    """Load one file. Raises ValueError (one-line reason) if it cannot be an article.

    This is the per-file guard of every load (the corpus walk, the indexer, `find_article`):
    whatever goes wrong inside one file (a parser error, JSON nested too deeply, memory,
    a bug) becomes a ValueError naming what happened, so the caller skips that file and
    goes on. Raises FileTooLarge (a ValueError) for a file over `max_bytes`. JSON records
    that give no article go to `skipped` (see parse_bytes).
    """
    path = Path(path)
    # Without a corpus root there is no folder to leave: a link given directly is read.
    root = Path(root) if root is not None else Path(os.path.realpath(path)).parent
    with _one_file():
        raw, stat = _read_file(path, root, max_bytes)
        return parse_bytes(raw, path, root, stat, skipped=skipped)


@contextmanager
def _one_file() -> Iterator[None]:
    """Any exception while reading one file becomes a ValueError with a one-line reason."""
    try:
        yield
    except FileTooLarge:
        raise
    except RecursionError:
        raise ValueError("nested too deeply to read") from None
    except MemoryError:
        raise ValueError("too large to read (out of memory)") from None
    except ValueError as exc:  # our own reasons, JSON and Unicode errors
        raise ValueError(_one_line(exc)) from None
    except Exception as exc:
        raise ValueError(f"could not be read ({_one_line(exc)})") from None


def _one_line(exc: BaseException) -> str:
    """The first line of an error, cleaned; named by its type unless it is one of our reasons."""
    lines = str(exc).strip().splitlines()
    text = clean_inline(lines[0])[:300] if lines else ""
    if type(exc) is ValueError and text:
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _read_file(path: Path, root: Path, max_bytes: int | None) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file inside `root`, read up to the size cap and no further.

    A FIFO would block forever and a device (a link to /dev/zero) never ends: only regular
    files are opened. The cap is enforced on what is read, not on what stat says (files
    under /proc, or a file growing while it is read, report a size they do not have).
    """
    if max_bytes is None:
        max_bytes = max_file_bytes()
    if not _inside(os.path.realpath(path), os.path.realpath(root)):
        raise ValueError("symbolic link leads outside the corpus folder; not read")
    try:
        stat = os.stat(path)
        if not S_ISREG(stat.st_mode):
            raise ValueError(f"not a regular file ({_file_kind(stat.st_mode)})")
        if stat.st_size > max_bytes:
            raise FileTooLarge(f"larger than the {_human_size(max_bytes)} limit ({stat.st_size:,} bytes)")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags)
        try:
            stat = os.fstat(fd)  # the file opened, which may not be the one stat saw
            if not S_ISREG(stat.st_mode):
                raise ValueError(f"not a regular file ({_file_kind(stat.st_mode)})")
            chunks = []
            left = max_bytes + 1
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ValueError(f"unreadable ({exc.strerror or exc})") from None
    raw = b"".join(chunks)
    if len(raw) > max_bytes:
        raise FileTooLarge(f"larger than the {_human_size(max_bytes)} limit (more than {max_bytes:,} bytes read)")
    return raw, stat


def _file_kind(mode: int) -> str:
    if S_ISFIFO(mode):
        return "a named pipe"
    if S_ISCHR(mode) or S_ISBLK(mode):
        return "a device"
    if S_ISSOCK(mode):
        return "a socket"
    if S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _inside(real_path: str, real_root: str) -> bool:
    return real_path == real_root or real_path.startswith(real_root.rstrip(os.sep) + os.sep)


def iter_corpus_files(
    root: Path, skipped: list[SkippedFile] | None = None, *, follow_symlinks: bool | None = None
) -> Iterator[Path]:
    """Supported files under `root`, sorted (a folder's files, then its subfolders).

    Symbolic links that lead outside the corpus folder are never followed; links inside it
    are followed only when asked (`follow_symlinks`, default: $BELREADER_FOLLOW_SYMLINKS),
    and then without looping. Each kind of link not followed is reported once, with a count.
    """
    follow = config.follow_symlinks() if follow_symlinks is None else follow_symlinks
    root = Path(root)
    real_root = os.path.realpath(root)
    seen_dirs = {real_root}
    links_out = links_in = 0

    def note(path: Path, reason: str) -> None:
        if skipped is not None:
            skipped.append(SkippedFile(path, reason))

    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError as error:
            note(Path(error.filename or folder), f"unreadable folder ({error.strerror or error})")
            continue
        files: list[Path] = []
        folders: list[Path] = []
        for entry in listing:
            name = entry.name
            if name.startswith("."):
                continue
            path = folder / name
            try:
                if entry.is_symlink():
                    if not _inside(os.path.realpath(path), real_root):
                        links_out += 1
                        continue
                    if not follow:
                        links_in += 1
                        continue
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not _is_utf8_name(name):
                # Ids, the index and every output are text: such a name cannot be shown or stored.
                kind = "folder" if is_dir else "file"
                note(_printable_path(path), f"{kind} name is not valid UTF-8; rename it")
                continue
            (folders if is_dir else files).append(path)
        for path in files:
            name = path.name
            suffix = path.suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                note(path, f"unsupported file type '{clean_inline(suffix or name)}'")
                continue
            if NON_ARTICLE_NAMES.match(name):
                note(path, "README or licence file, not an article")
                continue
            yield path
        unseen = []
        for path in folders:
            real = os.path.realpath(path)
            if real in seen_dirs:
                note(path, "symlink loop; folder already read")
                continue
            seen_dirs.add(real)
            unseen.append(path)
        stack.extend(reversed(unseen))
    if links_out:
        lead = "leads" if links_out == 1 else "lead"
        note(root, f"{_links(links_out)} {lead} outside the corpus folder; not followed")
    if links_in:
        note(
            root, f"{_links(links_in)} inside the corpus not followed (set BELREADER_FOLLOW_SYMLINKS=1 to follow them)"
        )


def _links(count: int) -> str:
    return f"{count} symbolic link{'' if count == 1 else 's'}"


# The records of the JSON files read last, for `find_article`: keyed by path, root and the
# file's inode, size and change times, so an edited file is read again.
_record_cache: OrderedDict[tuple, tuple[_JsonFile, dict[str, int], os.stat_result]] = OrderedDict()
_RECORD_CACHE_FILES = 2


def find_article(path: Path, root: Path | None, article_id: str, max_bytes: int | None = None) -> Article | None:
    """The article `article_id` read from its file `path`, or None when the file no longer holds it.

    For a JSON or JSONL file only that record is cleaned and built, and the file's decoded
    records are kept for the next call (twenty clips from a 50,000-record file cost one parse
    and twenty record builds, not twenty parses). Raises ValueError like load_file.
    """
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    suffix = path.suffix.lower()
    if suffix not in (".json", ".jsonl"):
        return next((a for a in load_file(path, root, max_bytes) if a.id == article_id), None)
    with _one_file():
        try:
            before = os.stat(path)
        except OSError as exc:
            raise ValueError(f"unreadable ({exc.strerror or exc})") from None
        key = (str(path), str(root), before.st_ino, before.st_size, before.st_mtime_ns, before.st_ctime_ns)
        cached = _record_cache.get(key)
        if cached is None:
            raw, stat = _read_file(path, root, max_bytes)
            text, encoding, warnings = _decode_file(raw)
            parsed = _json_file(text, suffix, article_id_for(path, root), encoding, warnings)
            numbers = {record_id: n for n, record_id in enumerate(parsed.ids) if record_id is not None}
            cached = _record_cache[key] = (parsed, numbers, stat)
            while len(_record_cache) > _RECORD_CACHE_FILES:
                _record_cache.popitem(last=False)
        else:
            _record_cache.move_to_end(key)
        parsed, numbers, stat = cached
        number = numbers.get(article_id)
        if number is None:
            return None
        common = _Source(path=path, raw=b"", encoding=parsed.encoding, stat=stat)
        article = _record_article(parsed.records[number], article_id, number, parsed.warnings, common)
        return article if isinstance(article, Article) else None


def _is_utf8_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes come back from os.walk as lone surrogates
        return False
    return True


def _printable_path(path: Path) -> Path:
    return Path(os.fsencode(path).decode("utf-8", "replace"))


def check_corpus_root(root: Path) -> Path:
    root = Path(root).expanduser()
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise CorpusError(f"corpus path is a file, not a folder: {root}")
    if not os.access(root, os.R_OK | os.X_OK):
        raise CorpusError(f"corpus folder is not readable: {root}")
    return root.resolve()


def load_corpus(
    root: Path,
    max_bytes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadReport:
    """Load every article under `root`. Never stops on one bad file."""
    root = check_corpus_root(root)
    report = LoadReport(root=root)
    paths = list(iter_corpus_files(root, report.skipped))
    seen_ids: set[str] = set()
    for done, path in enumerate(paths, 1):
        try:
            articles = load_file(path, root, max_bytes, skipped=report.skipped)
        except FileTooLarge as exc:
            report.skipped.append(SkippedFile(path, str(exc)))
            report.warnings.append(LoadWarning(path, f"skipped: {exc}"))
        except ValueError as exc:
            report.skipped.append(SkippedFile(path, str(exc)))
        else:
            file_warnings: list[str] = []  # once per file, not once per JSON record
            for article in articles:
                if article.id in seen_ids:
                    report.skipped.append(SkippedFile(path, f"duplicate article id '{display(article.id)}'"))
                    continue
                seen_ids.add(article.id)
                report.articles.append(article)
                file_warnings.extend(w for w in article.warnings if w not in file_warnings)
            report.warnings.extend(LoadWarning(path, w) for w in file_warnings)
        if progress is not None:
            progress(done, len(paths))
    return report
