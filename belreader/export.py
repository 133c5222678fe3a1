"""Passages out of belreader: Markdown, JSON, CSV, citations (CSL-JSON, BibTeX, RIS), plain
text and the clipboard. The formats are enumerated once, here (`FORMAT_NAMES`); the CLI and
the reader's export dialog list them from it.

Everything exported is a `Passage`, a neutral record built either from a stored `Clip`
(`passages_from_clips`) or from whole paragraphs of an article, e.g. the paragraphs a
search matched (`passages_from_paragraphs`); so clips and search results export the
same way. Paragraph numbers are 1-based in every output ("para. 3" is the third), the
paragraphs of the entities inside a passage too.

A passage quoted from the middle of a sentence is quoted with "…" where it cuts the sentence
(`Passage.quotation`; `quote` stays the exact words). A title the loader derived from the
text is marked so in every citation. What an export is of (the search, the project, the date)
is an `ExportInfo`, recorded in the output's header.

Every string that leaves through this module is passed through `clean_text`, which
removes terminal control characters and escape sequences (a hostile article must not be
able to drive the reader's terminal through an export or the clipboard). Markdown is
inert as well: every string from an article or the user is HTML-escaped and its Markdown
punctuation backslash-escaped (`markdown_text`), and the only link is an http(s) URL
(`safe_url`); citations everywhere leave out URLs of any other scheme. A file path is not
prose: in Markdown it is a code span (`markdown_code`), inert and exactly as on disk, so it can
be copied (no "326\\.txt"); CSV and JSON carry it as it is.

A clip whose article was edited under it exports the words the user marked as its quote,
flagged "changed since marked", with the text the article has there now beside them.

The JSON shape is documented in docs/export-schema.md (`SCHEMA_VERSION`).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from belreader import config
from belreader.article import Article
from belreader.clips import Clip
from belreader.corpus import clean_text as _clean_text

SCHEMA_VERSION = 1
# Every export format: key (as given to `render` and `belreader export --format`) -> name.
FORMAT_NAMES = {
    "md": "Markdown",
    "json": "JSON",
    "csv": "CSV",
    "csl": "CSL-JSON citations",
    "bib": "BibTeX citations",
    "ris": "RIS citations",
}
FORMATS = tuple(FORMAT_NAMES)
# The file name ending of each format (without the dot).
FORMAT_EXTENSIONS = {"md": "md", "json": "json", "csv": "csv", "csl": "csl.json", "bib": "bib", "ris": "ris"}
CLIPBOARD_FILENAME = "clipboard.txt"
DERIVED_TITLE_NOTE = "[title derived from the text]"
ELLIPSIS = "…"
# A byte-order mark: Excel reads a CSV without one as the local code page (curly quotes garbled).
CSV_BOM = "\ufeff"

CSV_COLUMNS = (
    "clip_id",
    "source",
    "quote",
    "title",
    "author",
    "publisher",
    "date",
    "paragraph",
    "url",
    "article_path",
    "article_id",
    "note",
    "tags",
    "status",
    "created",
    "start",
    "end",
    "changed_since_marked",  # "yes" or ""
    "current_quote",  # what the article says at the clip now, when it differs from quote
    "quotation",  # the quote as cited: with "…" where it cuts a sentence
    "title_derived",  # "yes" when the title was derived from the text, or ""
    "speaker",  # a clip made from a claim: who said it,
    "verb",  # the reporting verb as written,
    "outlets",  # and the outlets it was reported through ("; "-joined)
    "export_query",  # the search exported (empty for clips)
    "export_project",  # the corpus the passages come from
    "exported_at",
)

# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_LEADERS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """An export or copy could not be done; the message is one line naming the path."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class ExportInfo:
    """What an export is of, recorded in its header: the search (None for clips), the project
    (the corpus folder) and when it was made."""

    query: str | None = None
    project: str | None = None
    exported_at: str = field(default_factory=_now)


# A sentence ends with . ! ? or …, perhaps followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_PUNCTUATION_TO_END = re.compile(r"[\"'”’»)\]]*[.!?…]+[\"'”’»)\]]*(?:\s|$)")


@dataclass(slots=True)
class Passage:
    """One exportable passage and its citation."""

    quote: str
    article_id: str
    article_path: str
    paragraph: int  # 0-based index in the article (shown 1-based)
    start: int
    end: int
    title: str = ""
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    content_hash: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = "paragraph"  # "clip" or "paragraph"
    clip_id: int | None = None
    status: str = "ok"  # the clip's anchoring status; "ok" for paragraphs
    created: str | None = None  # when the clip was made; None for search paragraphs
    updated: str | None = None
    # A clip's text now, when the article was edited under it (`quote` stays as marked).
    current_quote: str | None = None
    title_derived: bool = False  # the title was made from the text (the loader's guess)
    # A clip made from a claim: who said it, the verb as written, the outlets (names).
    speaker: str | None = None
    verb: str | None = None
    outlets: list[str] = field(default_factory=list)
    claim_id: str | None = None
    # ... and its `Claim.fingerprint`, so whoever re-opens the export asks for that claim, not
    # another one found since where it started (`belreader related ID --fingerprint F`).
    claim_fingerprint: str | None = None
    # Body text around the passage (context[0] is body offset context_start): where the
    # sentence the quote is cut from can be seen. "" when unknown.
    context: str = ""
    context_start: int = 0

    @property
    def paragraph_number(self) -> int:
        return self.paragraph + 1

    @property
    def starts_mid_sentence(self) -> bool:
        """The quote starts after the start of its sentence (so it is cited with a leading "…")."""
        quote = self.quote.lstrip()
        if not quote or quote.startswith((ELLIPSIS, "...")):
            return False
        before = self._around()[0]
        line = before.rsplit("\n", 1)[-1] if before is not None else None
        if line is not None and not line.strip():  # the start of a paragraph
            return False
        first_letter = next((ch for ch in quote if ch.isalpha()), "")
        if first_letter.islower():  # also after an abbreviation's full stop ("e.g. the")
            return True
        if line is None:
            return False
        text = line.rstrip()
        if text == line and text[-1].isalnum() and quote[0].isalnum():
            return True  # mid-word
        return not _SENTENCE_END.search(text)

    @property
    def ends_mid_sentence(self) -> bool:
        """The quote stops before the end of its sentence (cited with a trailing "…")."""
        quote = self.quote.rstrip()
        if not quote or quote.endswith((ELLIPSIS, "...")):
            return False
        after = self._around()[1]
        if after is None:
            return False
        line = after.split("\n", 1)[0]
        if not line.strip():  # the end of a paragraph
            return False
        if _SENTENCE_END.search(quote):
            return False
        # Leaving out only the sentence's final punctuation needs no "…".
        return not _PUNCTUATION_TO_END.match(line)

    @property
    def quotation(self) -> str:
        """The quote as cited: "…" where it starts or stops inside a sentence."""
        lead = ELLIPSIS if self.starts_mid_sentence else ""
        tail = ELLIPSIS if self.ends_mid_sentence else ""
        return f"{lead}{self.quote}{tail}"

    def _around(self) -> tuple[str | None, str | None]:
        """(text before, text after) the passage within `context`; None where unknown."""
        if not self.context:
            return None, None
        head, tail = self.start - self.context_start, self.end - self.context_start
        before = self.context[:head] if 0 <= head <= len(self.context) else None
        after = self.context[tail:] if 0 <= tail <= len(self.context) else None
        return before, after

    @property
    def changed_since_marked(self) -> bool:
        return self.current_quote is not None

    @classmethod
    def from_clip(cls, clip: Clip) -> Passage:
        return cls(
            quote=clip.quote,
            article_id=clip.article_id,
            article_path=clip.article_path,
            paragraph=clip.paragraph,
            start=clip.start,
            end=clip.end,
            title=clip.title,
            author=clip.author,
            publisher=clip.publisher,
            date=clip.date,
            url=clip.url,
            content_hash=clip.content_hash,
            note=clip.note,
            tags=list(clip.tags),
            source="clip",
            clip_id=clip.id,
            status=clip.status,
            created=clip.created,
            updated=clip.updated,
            current_quote=clip.current_quote,
            title_derived=clip.title_derived,
            speaker=clip.speaker,
            verb=clip.verb,
            outlets=list(clip.outlets),
            claim_id=clip.claim_id,
            claim_fingerprint=clip.claim_fingerprint,
            context=clip.prefix + clip.anchored_text + clip.suffix,
            context_start=clip.start - len(clip.prefix),
        )


def passages_from_clips(clips: Iterable[Clip]) -> list[Passage]:
    return [Passage.from_clip(clip) for clip in clips]


def passages_from_paragraphs(article: Article, paragraph_indexes: Iterable[int]) -> list[Passage]:
    """Whole paragraphs of `article` as passages, in the order given, duplicates dropped."""
    passages: list[Passage] = []
    seen: set[int] = set()
    for index in paragraph_indexes:
        if index in seen:
            continue
        if not 0 <= index < len(article.paragraphs):
            raise IndexError(f"{article.id} has no paragraph {index} (it has {len(article.paragraphs)})")
        seen.add(index)
        paragraph = article.paragraphs[index]
        passages.append(
            Passage(
                quote=article.body[paragraph.start : paragraph.end],
                article_id=article.id,
                article_path=str(article.path),
                paragraph=paragraph.index,
                start=paragraph.start,
                end=paragraph.end,
                title=article.title or "",
                title_derived=article.title_derived,
                author=article.author,
                publisher=article.publisher,
                date=article.date,
                url=article.url,
                content_hash=article.content_hash,
                tags=list(article.tags),
                source="paragraph",
                context=article.body[paragraph.start : paragraph.end],
                context_start=paragraph.start,
            )
        )
    return passages


# -- text safety ----------------------------------------------------------------------------


def clean_text(text: str | None) -> str:
    """`text` without terminal escape sequences and control characters (\\n and \\t kept).

    The same cleaning the loader applies to article text (one home: `corpus.clean_text`);
    applied again here because notes, tags and stored clips come from elsewhere too.
    """
    return _clean_text(text) if text else ""


def _clean_or_none(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


def _clean_passage(passage: Passage) -> Passage:
    return dataclasses.replace(
        passage,
        quote=clean_text(passage.quote),
        article_id=clean_text(passage.article_id),
        article_path=clean_text(passage.article_path),
        title=clean_text(passage.title),
        author=_clean_or_none(passage.author),
        publisher=_clean_or_none(passage.publisher),
        date=_clean_or_none(passage.date),
        url=_clean_or_none(passage.url),
        content_hash=clean_text(passage.content_hash),
        note=clean_text(passage.note),
        tags=[t for t in (clean_text(tag).strip() for tag in passage.tags) if t],
        source=clean_text(passage.source),
        status=clean_text(passage.status),
        created=_clean_or_none(passage.created),
        updated=_clean_or_none(passage.updated),
        current_quote=_clean_or_none(passage.current_quote),
        speaker=_clean_or_none(passage.speaker),
        verb=_clean_or_none(passage.verb),
        outlets=[o for o in (_one_line(outlet) for outlet in passage.outlets) if o],
        claim_id=_clean_or_none(passage.claim_id),
        claim_fingerprint=_clean_or_none(passage.claim_fingerprint),
    )


def _one_line(text: str | None) -> str:
    return " ".join(clean_text(text).split())


# -- inert Markdown ---------------------------------------------------------------------------

# Inline Markdown punctuation that can make links, images, emphasis, code or tables; "_"
# only where it can open or close emphasis (not inside a word: snake_case paths stay readable).
_MD_INLINE = re.compile(r"([\\`*\[\]~|]|(?<![^\W_])_|_(?![^\W_]))")
# What would start a block at a line start: an ATX heading ("# "), a list item ("- ", "+ ",
# "1. ", "1) "), or a line of only "=" or "-" (setext underline, thematic break). "*", "_",
# "`", "~" and ">" are escaped everywhere already.
_MD_BLOCK_START = re.compile(
    r"^(\s*)(#(?=#{0,5}(?:\s|$))|[-+](?=\s|$)|[=-](?=[=\-\s]*$))|^(\s*\d{1,9})([.)])(?=\s|$)",
    re.MULTILINE,
)
# What a Markdown renderer with autolinking (GFM, markdown-it's linkify) would turn into a
# link or a mention: a scheme's colon ("https:", "mailto:"), "//", "@", and the dot of a
# domain name ("www.evil.test", "evil.com"). Escaping one character of each breaks the link.
_MD_AUTOLINK = re.compile(r"(?<=[A-Za-z]):(?=\S)|(?<![\w:\\])//|@|(?<=[^\W_])\.(?=[^\W\d_])")
# Indentation at a line start (an indented code block after a blank line).
_MD_INDENT = re.compile(r"^([ \t])(?=[ \t]*\S)", re.MULTILINE)
# Characters an http(s) URL may keep inside <...> (everything else is percent-encoded).
_URL_SAFE = "/:?#[]@!$&'()*+,;=%-._~"


def markdown_text(text: str | None) -> str:
    """`text` as inert Markdown that renders as exactly this text: HTML escaped (no tag,
    image or autolink survives), link and emphasis punctuation backslash-escaped, bare
    URLs, domains and e-mail addresses broken for autolinkers, and nothing at a line start
    read as a heading, list, rule or indented code."""
    text = clean_text(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_AUTOLINK.sub(lambda match: "\\" + match.group(0), text)
    text = _MD_BLOCK_START.sub(_escape_block_start, text)
    return _MD_INDENT.sub(lambda match: "&#32;" if match.group(1) == " " else "&#9;", text)


def markdown_code(text: str | None) -> str:
    """`text` on one line as a Markdown code span: renderers show it exactly as written (inside
    one no escape, tag, link or emphasis is read), for what is copied rather than read, a file
    path. The fence is longer than any run of backticks in it; "" for no text."""
    text = _one_line(text)
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape_block_start(match: re.Match) -> str:
    if match.group(2) is not None:
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(3)}\\{match.group(4)}"


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) URL with a host, percent-encoded so that it cannot break out
    of a Markdown autolink; None for any other scheme (javascript:, data:, file:...)."""
    url = _one_line(url)
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urllib.parse.quote(url, safe=_URL_SAFE)


# -- citations and formats -------------------------------------------------------------------


def citation(passage: Passage, escape: Callable[[str | None], str] | None = None) -> str:
    """One line: title, author, publisher, date, "para. N", then the http(s) URL or the file
    path. `escape` renders each string (markdown_text for Markdown, where the URL becomes an
    autolink and the path a code span, exact: `markdown_code`); a URL is kept only when it is
    http(s)."""
    render = escape or (lambda value: value or "")
    path = markdown_code if escape is not None else _one_line
    url = safe_url(passage.url)
    title = _one_line(passage.title) or _one_line(passage.article_id)
    if passage.title_derived and _one_line(passage.title):
        title = f"{title} {DERIVED_TITLE_NOTE}"
    parts = [
        render(title),
        render(_one_line(passage.author)),
        render(_one_line(passage.publisher)),
        render(_one_line(passage.date)),
        f"para. {passage.paragraph_number}",
        (f"<{url}>" if escape is not None else url) if url else path(passage.article_path),
    ]
    return ", ".join(part for part in parts if part)


def attribution(passage: Passage) -> str:
    """Who said a passage made from a claim: "Dmitry Peskov characterized, via TASS"; "" if none."""
    speaker = _one_line(passage.speaker)
    if not speaker:
        return ""
    verb = _one_line(passage.verb)
    if verb == "according to":
        text = f"according to {speaker}"
    else:
        text = f"{speaker} {verb}" if verb else speaker
    outlets = [o for o in (_one_line(outlet) for outlet in passage.outlets) if o]
    return f"{text}, via {', '.join(outlets)}" if outlets else text


def _orphan_warning(passage: Passage) -> str | None:
    if passage.status == "orphaned":
        return "(this passage could not be found in the current version of the article)"
    return None


CHANGED_NOTE = "changed since marked"


def _block_quote(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in markdown_text(text).split("\n"))


def to_markdown(passages: Iterable[Passage], heading: str | None = "Passages", info: ExportInfo | None = None) -> str:
    """Each passage as a block quote ("…" where it cuts a sentence), its citation line, who
    said it (a clip made from a claim), then the note and tags; under the heading, what the
    export is of (`info`). Inert: no HTML, and no link but http(s) URLs (see `markdown_text`)."""
    passages = [_clean_passage(p) for p in passages]
    blocks: list[str] = []
    for passage in passages:
        block = [_block_quote(passage.quotation), f"— {citation(passage, markdown_text)}"]
        said = attribution(passage)
        if said:
            block.append(f"**Said by:** {markdown_text(said)}")
        warning = _orphan_warning(passage)
        if warning:
            block.append(f"*{warning}*")
        if passage.current_quote is not None:  # changed since marked
            block.append(f"*⚠ {CHANGED_NOTE}: the quote above is what you marked; the article now reads:*")
            block.append(_block_quote(passage.current_quote))
        if passage.note.strip():
            note = "\n".join(line.rstrip() for line in passage.note.strip().split("\n"))
            block.append(f"**Note:** {markdown_text(note)}")
        if passage.tags:
            block.append("**Tags:** " + ", ".join(markdown_text(tag) for tag in passage.tags))
        blocks.append("\n\n".join(block))
    parts = [f"# {markdown_text(_one_line(heading))} ({len(passages)})"] if heading else []
    if info is not None:
        parts.append(_markdown_info(info))
    if blocks:
        parts.append("\n\n---\n\n".join(blocks))
    return "\n\n".join(parts) + "\n" if parts else ""


def _markdown_info(info: ExportInfo) -> str:
    lines = []
    if info.query is not None:
        lines.append(f"- **Search:** {markdown_text(_one_line(info.query))}")
    if info.project:
        lines.append(f"- **Project:** {markdown_text(_one_line(info.project))}")
    lines.append(f"- **Exported:** {markdown_text(_one_line(info.exported_at))}")
    return "\n".join(lines)


def _entity_record(entity) -> dict:
    if isinstance(entity, str):
        return {"text": clean_text(entity)}
    if dataclasses.is_dataclass(entity) and not isinstance(entity, type):
        entity = dataclasses.asdict(entity)
    elif not isinstance(entity, Mapping):
        attributes = {
            name: getattr(entity, name)
            for name in ("text", "name", "label", "canonical", "kind", "start", "end")
            if hasattr(entity, name)
        }
        entity = attributes or {"text": str(entity)}
    record = {str(key): _clean_json_value(value) for key, value in entity.items()}
    if "text" not in record and "name" in record:
        record = {"text": record["name"], **record}
    return record


def mentions_within(
    mentions_for: Callable[[str], Iterable | None],
) -> Callable[[Passage], list | None]:
    """An `entities_for` for `to_json`: the mentions of the passage's article inside its span.

    `mentions_for(article_id)` gives that article's mentions: objects (or mappings) with
    body offsets `start` and `end`, such as `belreader.nlp` mentions; None if unknown.
    An orphaned clip's offsets belong to an older version of the article, so it gets None.
    """

    def entities_for(passage: Passage) -> list | None:
        if passage.status == "orphaned":
            return None
        mentions = mentions_for(passage.article_id)
        if mentions is None:
            return None

        def offsets(mention) -> tuple[int, int]:
            if isinstance(mention, Mapping):
                return mention["start"], mention["end"]
            return mention.start, mention.end

        inside = [m for m in mentions if passage.start <= offsets(m)[0] and offsets(m)[1] <= passage.end]
        return [_numbered_for_humans(m) for m in sorted(inside, key=offsets)]

    return entities_for


def _numbered_for_humans(mention) -> dict:
    """A mention's record with its (nlp, 0-based) paragraph index as a 1-based number, like the
    passage's own `paragraph`."""
    record = _entity_record(mention)
    if isinstance(record.get("paragraph"), int) and not isinstance(record["paragraph"], bool):
        record["paragraph"] += 1
    return record


def _clean_json_value(value):
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Mapping):
        return {clean_text(str(k)): _clean_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_clean_json_value(v) for v in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return clean_text(str(value))


def passage_record(passage: Passage, entities: list | None = None) -> dict:
    """The JSON record of one passage (see docs/export-schema.md)."""
    passage = _clean_passage(passage)
    return {
        "clip_id": passage.clip_id,
        "source": passage.source,
        "quote": passage.quote,
        "note": passage.note,
        "tags": passage.tags,
        "article_id": passage.article_id,
        "article_path": passage.article_path,
        "title": passage.title,
        "title_derived": passage.title_derived,
        "author": passage.author,
        "publisher": passage.publisher,
        "date": passage.date,
        "url": passage.url,
        "paragraph": passage.paragraph_number,
        "start": passage.start,
        "end": passage.end,
        "content_hash": passage.content_hash,
        "status": passage.status,
        "changed_since_marked": passage.changed_since_marked,
        "current_quote": passage.current_quote,
        "created": passage.created,
        "updated": passage.updated,
        "citation": citation(passage),
        "quotation": passage.quotation,
        "starts_mid_sentence": passage.starts_mid_sentence,
        "ends_mid_sentence": passage.ends_mid_sentence,
        "speaker": passage.speaker,
        "verb": passage.verb,
        "outlets": passage.outlets,
        "claim_id": passage.claim_id,
        "claim_fingerprint": passage.claim_fingerprint,
        "entities": None if entities is None else [_entity_record(e) for e in entities],
    }


def to_json(
    passages: Iterable[Passage],
    entities_for: Callable[[Passage], Iterable] | None = None,
    info: ExportInfo | None = None,
) -> str:
    """A JSON document: {"schema_version", "generator", "exported_at", "query", "project",
    "count", "passages": [...]}; `info` says what the export is of.

    `entities_for(passage)` may return the entities found in the passage (strings,
    mappings, dataclasses or objects with text/label attributes), or None when it cannot
    tell; without it, every record's "entities" is null. `mentions_within` builds one
    from per-article mentions.
    """
    records = []
    for passage in passages:
        entities = None if entities_for is None else entities_for(passage)
        records.append(passage_record(passage, None if entities is None else list(entities)))
    info = info or ExportInfo()
    document = {
        "schema_version": SCHEMA_VERSION,
        "generator": "belreader",
        "exported_at": clean_text(info.exported_at),
        "query": _clean_or_none(info.query),
        "project": _clean_or_none(info.project),
        "count": len(records),
        "passages": records,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def spreadsheet_safe(value) -> str:
    """A CSV cell a spreadsheet will not evaluate: formula-leading text gets a leading '."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_LEADERS):
        return "'" + text
    return text


def to_csv(passages: Iterable[Passage], info: ExportInfo | None = None) -> str:
    """A byte-order mark, a header row, then one row per passage (columns: CSV_COLUMNS;
    paragraph 1-based; `info` fills the export_* columns of every row)."""
    info = info or ExportInfo()
    buffer = io.StringIO()
    buffer.write(CSV_BOM)
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for passage in passages:
        passage = _clean_passage(passage)
        row = {
            "clip_id": "" if passage.clip_id is None else str(passage.clip_id),
            "source": passage.source,
            "quote": passage.quote,
            "title": passage.title,
            "author": passage.author,
            "publisher": passage.publisher,
            "date": passage.date,
            "paragraph": str(passage.paragraph_number),
            "url": passage.url,
            "article_path": passage.article_path,
            "article_id": passage.article_id,
            "note": passage.note,
            "tags": "; ".join(passage.tags),
            "status": passage.status,
            "created": passage.created,
            "start": str(passage.start),
            "end": str(passage.end),
            "changed_since_marked": "yes" if passage.changed_since_marked else "",
            "current_quote": passage.current_quote,
            "quotation": passage.quotation,
            "title_derived": "yes" if passage.title_derived else "",
            "speaker": passage.speaker,
            "verb": passage.verb,
            "outlets": "; ".join(passage.outlets),
            "export_query": _clean_or_none(info.query),
            "export_project": _clean_or_none(info.project),
            "exported_at": clean_text(info.exported_at),
        }
        writer.writerow([spreadsheet_safe(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def to_plain(passage: Passage) -> str:
    """Quote then citation, for the clipboard."""
    passage = _clean_passage(passage)
    text = f"“{passage.quotation.strip()}”\n— {citation(passage)}\n"
    said = attribution(passage)
    if said:
        text += f"Said by: {said}\n"
    if passage.current_quote is not None:  # changed since marked
        text += f"({CHANGED_NOTE}; the article now reads: “{passage.current_quote.strip()}”)\n"
    return text


def render(passages: Iterable[Passage], fmt: str, entities_for=None, info: ExportInfo | None = None) -> str:
    """Render in one of FORMATS: passages ("md", "json", "csv") or citations of the articles
    behind them ("csl", "bib", "ris"; see `belreader.citations`). `info` (the search, the
    project, the date) is recorded in the header of the formats that have one."""
    from belreader import citations

    if fmt in ("md", "markdown"):
        return to_markdown(passages, info=info)
    if fmt == "json":
        return to_json(passages, entities_for=entities_for, info=info)
    if fmt == "csv":
        return to_csv(passages, info=info)
    if fmt == "csl":
        return citations.to_csl_json(passages, info=info)
    if fmt == "bib":
        return citations.to_bibtex(passages, info=info)
    if fmt == "ris":
        return citations.to_ris(passages, info=info)
    raise ExportError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


# -- files ------------------------------------------------------------------------------------


def write_export(text: str | bytes, dest: Path, overwrite: bool = False) -> Path:
    """Write `text` to `dest` atomically (temporary file in the same folder, then rename).

    Creates a missing parent folder. Raises ExportError if `dest` is a directory, or
    exists and `overwrite` is false (checked again at the rename, so a file created
    meanwhile is not clobbered either). Returns the path written.
    """
    # Normalise "a/missing/../x.md" to "a/x.md" before creating folders: only the folder
    # the file really goes into is created.
    dest = Path(os.path.abspath(Path(dest).expanduser()))
    if dest.is_dir():
        raise ExportError(f"{dest} is a folder; give a file name to export to")
    if dest.exists() and not overwrite:
        raise ExportError(f"{dest} already exists; not overwriting it")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {dest.parent}: {exc.strerror or exc}") from exc
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text  # exactly: CSV rows end in \r\n
        config.atomic_write_bytes(dest, data, overwrite=overwrite)
    except FileExistsError as exc:
        raise ExportError(f"{dest} already exists; not overwriting it") from exc
    except OSError as exc:
        raise ExportError(f"cannot write {dest}: {exc.strerror or exc}") from exc
    return dest


# -- clipboard ----------------------------------------------------------------------------------


def default_clipboard_file() -> Path:
    return config.data_dir() / CLIPBOARD_FILENAME


def copy_to_clipboard(
    text: str,
    osc52: Callable[[str], None] | None = None,
    fallback_file: Path | None = None,
) -> str:
    """Copy `text`; return a sentence saying where it went.

    Order: OSC 52 through `osc52` (the TUI passes `App.copy_to_clipboard`), then the
    system clipboard through pyperclip, then a file. A terminal never confirms OSC 52,
    so OSC 52 alone does not count as done: unless pyperclip also succeeds, the text is
    saved to the file too, and the sentence says both. Raises ExportError only when
    nothing worked at all.
    """
    text = clean_text(text)
    sent_osc52 = False
    if osc52 is not None:
        try:
            osc52(text)
            sent_osc52 = True
        except Exception:  # a closed or odd terminal must not stop the fallbacks
            sent_osc52 = False
    system_error: str | None = None
    try:
        import pyperclip

        pyperclip.copy(text)
        copied = True
    except Exception as exc:  # PyperclipException, missing backend, no display...
        copied = False
        system_error = str(exc).split("\n")[0] or type(exc).__name__
    if copied:
        if sent_osc52:
            return "Copied to the system clipboard (also sent to the terminal via OSC 52)."
        return "Copied to the system clipboard."
    target = Path(fallback_file) if fallback_file is not None else default_clipboard_file()
    try:
        config.atomic_write_text(target, text)
    except OSError as exc:
        if sent_osc52:
            return (
                "Sent to the terminal clipboard (OSC 52; some terminals ignore it) — "
                f"could not also save it to {target}: {exc.strerror or exc}."
            )
        raise ExportError(f"could not copy: no system clipboard ({system_error}) and cannot write {target}") from exc
    if sent_osc52:
        return f"Sent to the terminal clipboard (OSC 52; some terminals ignore it) and saved to {target}."
    return f"No clipboard available; saved to {target}."
