"""Citations of the articles behind an export: CSL-JSON, BibTeX and RIS.

One entry per article, in the order the passages first cite it, built from the same fields
as an export's citation line (for clips, the snapshot taken when the passage was marked):
title, author(s), publisher (the outlet: CSL `container-title`, BibTeX `journal`, RIS `T2`),
date, the http(s) URL (never another scheme), and the export date as the access date. A title
the loader derived from the text is said to be so in a note; an article without a URL cites its
local file. Strings are cleaned of terminal controls like every export (`export.clean_text`).

`to_csl_json`, `to_bibtex` and `to_ris` take `export.Passage`s; `belreader.export.render` calls
them for the formats "csl", "bib" and "ris". See docs/export-schema.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from belreader.export import ExportInfo, Passage, clean_text, safe_url

DERIVED_TITLE_NOTE = "Title derived from the article text (the source has none)"


@dataclass(slots=True)
class Name:
    """A person (family, given) or an organisation (`literal`)."""

    family: str = ""
    given: str = ""
    literal: str = ""


@dataclass(slots=True)
class Work:
    """One cited article."""

    id: str
    title: str
    title_derived: bool = False
    authors: list[Name] = field(default_factory=list)
    publisher: str | None = None
    date: str | None = None  # as found in the article
    issued: tuple[int, ...] | None = None  # (year[, month[, day]]) when the date could be read
    url: str | None = None
    path: str = ""


def _one_line(text: str | None) -> str:
    return " ".join(clean_text(text).split())


def works(passages: Iterable[Passage]) -> list[Work]:
    """The articles behind `passages`, each once, in order of first appearance."""
    seen: dict[str, Work] = {}
    for passage in passages:
        key = passage.article_id or passage.article_path
        if key in seen:
            continue
        date = _one_line(passage.date) or None
        seen[key] = Work(
            id=_one_line(passage.article_id) or _one_line(passage.article_path),
            title=_one_line(passage.title) or _one_line(passage.article_id),
            title_derived=passage.title_derived and bool(_one_line(passage.title)),
            authors=parse_names(passage.author),
            publisher=_one_line(passage.publisher) or None,
            date=date,
            issued=parse_date(date),
            url=safe_url(passage.url),
            path=_one_line(passage.article_path),
        )
    return list(seen.values())


# -- names and dates ---------------------------------------------------------------------------


def parse_names(text: str | None) -> list[Name]:
    """Authors from a byline: "A B and C D", "A B; C D", "A B, C D" or "Family, Given".
    One word, or a name with an all-capitals word ("BBC News"), is an organisation."""
    text = _one_line(text)
    if not text:
        return []
    names: list[Name] = []
    for part in re.split(r"\s*;\s*|\s+and\s+|\s*&\s*", text):
        pieces = [piece.strip() for piece in part.split(",") if piece.strip()]
        if len(pieces) == 2 and " " not in pieces[0] and " " not in pieces[1] and _is_person(pieces[1]):
            names.append(Name(family=pieces[0], given=pieces[1]))
            continue
        names.extend(_display_name(piece) for piece in pieces)
    return names


def _is_person(text: str) -> bool:
    words = text.split()
    return bool(words) and not any(len(w) > 1 and w.isupper() for w in words)


def _display_name(text: str) -> Name:
    words = text.split()
    if len(words) < 2 or not _is_person(text):
        return Name(literal=text)
    return Name(family=words[-1], given=" ".join(words[:-1]))


_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%B %d %Y", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y")


def parse_date(text: str | None) -> tuple[int, ...] | None:
    """(year, month, day), (year, month) or (year,) from an ISO date or a written one; None
    when it cannot be read (the date is then cited as written)."""
    text = _one_line(text)
    if not text:
        return None
    iso = re.match(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T ])", text)
    if iso:
        parts = tuple(int(part) for part in iso.groups() if part)
        return parts if _valid(parts) else None
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return (parsed.year, parsed.month, parsed.day)
    return None


def _valid(parts: tuple[int, ...]) -> bool:
    try:
        datetime(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _accessed(info: ExportInfo | None) -> tuple[int, ...] | None:
    return parse_date((info or ExportInfo()).exported_at)


# -- CSL-JSON ----------------------------------------------------------------------------------


def csl_item(work: Work, accessed: tuple[int, ...] | None = None) -> dict:
    """One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)."""
    item: dict = {"id": work.id, "type": "article-newspaper" if work.publisher else "article", "title": work.title}
    if work.authors:
        item["author"] = [
            {"literal": n.literal} if n.literal else {"family": n.family, "given": n.given} for n in work.authors
        ]
    if work.publisher:
        item["container-title"] = work.publisher
    if work.issued:
        item["issued"] = {"date-parts": [list(work.issued)]}
    elif work.date:
        item["issued"] = {"literal": work.date}
    if work.url:
        item["URL"] = work.url
        if accessed:
            item["accessed"] = {"date-parts": [list(accessed)]}
    else:
        item["archive_location"] = work.path
    if work.title_derived:
        item["note"] = DERIVED_TITLE_NOTE
    return item


def to_csl_json(passages: Iterable[Passage], info: ExportInfo | None = None) -> str:
    """A CSL-JSON array (Zotero, Pandoc, citeproc) of the articles behind `passages`."""
    accessed = _accessed(info)
    items = [csl_item(work, accessed) for work in works(passages)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


# -- BibTeX ------------------------------------------------------------------------------------

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex_text(text: str | None) -> str:
    """`text` as a BibTeX field value: LaTeX's special characters escaped (braces balanced)."""
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in _one_line(text))


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _bibtex_key(work: Work, taken: set[str]) -> str:
    first = work.authors[0] if work.authors else None
    who = _ascii_word((first.family or first.literal.split()[0]) if first else "")
    year = str(work.issued[0]) if work.issued else ""
    word = next((w for w in (_ascii_word(w) for w in work.title.split()) if len(w) > 3), "")
    key = who + year + word or _ascii_word(work.id.replace("/", " ")) or "article"
    unique, n = key, 0
    while unique in taken:
        n += 1
        unique = f"{key}{chr(ord('a') + n - 1)}" if n <= 26 else f"{key}{n}"
    taken.add(unique)
    return unique


def _bibtex_name(name: Name) -> str:
    if name.literal:
        return "{" + bibtex_text(name.literal) + "}"  # braces: an organisation is not split
    return f"{bibtex_text(name.family)}, {bibtex_text(name.given)}"


def bibtex_entry(work: Work, key: str, accessed: tuple[int, ...] | None = None) -> str:
    fields: list[tuple[str, str]] = [("title", bibtex_text(work.title))]
    if work.authors:
        fields.append(("author", " and ".join(_bibtex_name(n) for n in work.authors)))
    if work.publisher:
        fields.append(("journal", bibtex_text(work.publisher)))
    if work.issued:
        fields.append(("date", "-".join(f"{part:02d}" if i else str(part) for i, part in enumerate(work.issued))))
        fields.append(("year", str(work.issued[0])))
        if len(work.issued) > 1:
            fields.append(("month", _MONTHS[work.issued[1] - 1]))
    elif work.date:
        fields.append(("note", bibtex_text(f"Published {work.date}")))
    if work.url:
        fields.append(("url", work.url))  # percent-encoded: no brace or backslash left
        if accessed:
            fields.append(("urldate", "-".join(f"{part:02d}" if i else str(part) for i, part in enumerate(accessed))))
    else:
        fields.append(("howpublished", bibtex_text(f"Local file {work.path}")))
    if work.title_derived:
        fields.append(("addendum" if any(f[0] == "note" for f in fields) else "note", bibtex_text(DERIVED_TITLE_NOTE)))
    kind = "article" if work.publisher else "misc"
    body = ",\n".join(f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def to_bibtex(passages: Iterable[Passage], info: ExportInfo | None = None) -> str:
    """BibTeX entries (@article with the outlet as journal, or @misc) of the articles behind
    `passages`, after comment lines saying what the export is of."""
    info = info or ExportInfo()
    # BibTeX ignores text outside entries, but an "@" there would open one.
    header = [f"% belreader citations, exported {_one_line(info.exported_at)}"]
    if info.project:
        header.append(f"% project: {_one_line(info.project)}")
    if info.query is not None:
        header.append(f"% search: {_one_line(info.query)}")
    header = [line.replace("@", "(at)") for line in header]
    taken: set[str] = set()
    accessed = _accessed(info)
    entries = [bibtex_entry(work, _bibtex_key(work, taken), accessed) for work in works(passages)]
    return "\n".join(["\n".join(header) + "\n", *entries])


# -- RIS ---------------------------------------------------------------------------------------


def _ris_date(parts: tuple[int, ...]) -> str:
    padded = [str(parts[0]), *(f"{p:02d}" for p in parts[1:])]
    return "/".join(padded + [""] * (3 - len(parts))) + "/"


def ris_record(work: Work, accessed: tuple[int, ...] | None = None) -> str:
    kind = "NEWS" if work.publisher else ("ELEC" if work.url else "GEN")
    lines = [("TY", kind), ("ID", work.id), ("TI", work.title)]
    for name in work.authors:
        lines.append(("AU", name.literal or f"{name.family}, {name.given}"))
    if work.publisher:
        lines.append(("T2", work.publisher))
    if work.issued:
        lines.append(("PY", str(work.issued[0])))
        lines.append(("DA", _ris_date(work.issued)))
    elif work.date:
        lines.append(("DA", work.date))
    if work.url:
        lines.append(("UR", work.url))
        if accessed:
            lines.append(("Y2", _ris_date(accessed)))
    else:
        lines.append(("AV", f"Local file {work.path}"))
    if work.title_derived:
        lines.append(("N1", DERIVED_TITLE_NOTE))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}".rstrip() + "\r\n" for tag, value in lines)


def to_ris(passages: Iterable[Passage], info: ExportInfo | None = None) -> str:
    """RIS records (EndNote, Zotero, Mendeley) of the articles behind `passages`: NEWS with the
    outlet as T2, ELEC for a web page without one, GEN otherwise; lines end in CRLF."""
    accessed = _accessed(info)
    return "".join(ris_record(work, accessed) for work in works(passages))
