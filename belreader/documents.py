"""Article + analysis -> the documents a search backend indexes, and back to summaries.

Engine-neutral: a document is a plain dict of the fields below (lists for the multi-valued
keyword fields); each backend maps it onto its own schema. Articles and their claims are both
documents, told apart by `kind`.

Article document fields: kind="article", id, article_id, path, title, subtitle, body, publisher,
publisher_key (the facet value), author, date, tag (list), content_hash, mtime, size, n_claims,
n_paragraphs, title_derived, text_key (equal for duplicates), and with analysis: entity, speaker, source (lists of ids) and claims
(the claims' contents, one per line). Claim documents: kind="claim", id, article_id, path, title,
body (the claim's content), publisher, entity, speaker, source (lists) and data (the claim as a
dict, returned as stored).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass

from belreader.article import Article

KEYWORD_LISTS = ("tag", "entity", "speaker", "source")  # the multi-valued fields


@dataclass(slots=True)
class ArticleSummary:
    """What the index knows about an article without reading its file."""

    id: str
    path: str
    title: str
    publisher: str | None
    author: str | None
    date: str | None
    tags: list[str]
    n_claims: int
    n_paragraphs: int
    content_hash: str

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "publisher": self.publisher,
            "author": self.author,
            "date": self.date,
            "tags": self.tags,
            "claims": self.n_claims,
            "paragraphs": self.n_paragraphs,
            "content_hash": self.content_hash,
        }


def well_typed(s: ArticleSummary) -> bool:
    """A cached summary has the types a fresh one has (a damaged or hand-edited cache may not)."""
    return (
        all(isinstance(v, str) for v in (s.id, s.path, s.title, s.content_hash))
        and all(v is None or isinstance(v, str) for v in (s.publisher, s.author, s.date))
        and isinstance(s.tags, list)
        and all(isinstance(t, str) for t in s.tags)
        and type(s.n_claims) is int
        and type(s.n_paragraphs) is int
    )


def article_document(article: Article, analysis) -> dict:
    """The article's document (`analysis` None: indexed without analysis)."""
    fields: dict = {
        "kind": "article",
        "id": article.id,
        "article_id": article.id,
        "path": str(article.path),
        "title": article.title,
        "subtitle": article.subtitle or "",
        "body": article.body,
        "publisher": article.publisher or "",
        "publisher_key": (article.publisher or "(unknown)").strip(),
        "author": article.author or "",
        "date": article.date or "",
        "tag": list(article.tags),
        "content_hash": article.content_hash,
        "mtime": article.mtime,
        "size": article.size,
        "n_claims": 0,
        "n_paragraphs": len(article.paragraphs),
        "title_derived": article.title_derived,
        "text_key": text_key(article),
    }
    if analysis is not None:
        fields["entity"] = sorted({e.id for e in analysis.entities})
        fields["speaker"] = sorted({c.speaker_id or slug(c.speaker) for c in analysis.claims if c.speaker})
        fields["source"] = sorted({s.id for s in analysis.sources})
        fields["claims"] = "\n".join(c.content for c in analysis.claims)
        fields["n_claims"] = len(analysis.claims)
    return fields


def claim_document(article: Article, claim, analysis) -> dict:
    """The document of one of the article's claims."""
    entity_ids = sorted(
        {m.entity_id for m in analysis.mentions if claim.sentence_start <= m.start < claim.sentence_end}
    )
    speaker = claim.speaker_id or slug(claim.speaker or "")
    data = asdict(claim)
    # the speaker's entity as the article names it ("Ken Livingstone" where the claim wrote
    # "Livingstone" or "the mayor"): Who said what names a speaker the table does not know by it
    named = next((e.name for e in analysis.entities if claim.speaker_id and e.id == claim.speaker_id), "")
    if named:
        data["speaker_name"] = named
    return {
        "kind": "claim",
        "id": claim.id,
        "article_id": article.id,
        "path": str(article.path),
        "title": article.title,
        "body": claim.content,
        "publisher": article.publisher or "",
        "entity": entity_ids,
        "speaker": [speaker] if speaker else [],
        "source": [source_id(o) for o in claim.outlets],
        "data": data,
    }


_WORD = re.compile(r"[^\W_]+")  # letters and digits: what is left of a text between its [\W_]+ runs
# ASCII bytes: letters and digits kept (after lower()), every other byte a space.
_ASCII_WORDS = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def text_key(article: Article) -> str:
    """The same for two articles whose title and text are the same words (case, spacing and
    punctuation aside): exact duplicates, such as one story saved twice, are found by it.

    The SHA-1 of the casefolded words (runs of letters and digits) joined by single spaces. An
    ASCII text takes a byte path that gives the same words (casefold is lower() there, and the
    word characters are [a-z0-9]) three times as fast: every article is keyed as it is indexed."""
    text = f"{article.title}\n{article.body}"
    if text.isascii():
        joined = b" ".join(text.encode("ascii").lower().translate(_ASCII_WORDS).split())
    else:
        joined = " ".join(_WORD.findall(text.casefold())).encode("utf-8")
    return hashlib.sha1(joined).hexdigest()


def documents(article: Article, analysis) -> list[dict]:
    """The article's document and its claims' documents."""
    out = [article_document(article, analysis)]
    if analysis is not None:
        out.extend(claim_document(article, claim, analysis) for claim in analysis.claims)
    return out


def summary_from_document(fields: dict) -> ArticleSummary:
    """An article's summary from its stored document."""
    tags = fields.get("tag") or []
    if isinstance(tags, str):
        tags = [t for t in tags.split(",") if t]
    return ArticleSummary(
        id=fields["id"],
        path=fields["path"],
        title=fields.get("title", fields["id"]),
        publisher=fields.get("publisher") or None,
        author=fields.get("author") or None,
        date=fields.get("date") or None,
        tags=list(tags),
        n_claims=fields.get("n_claims") or 0,
        n_paragraphs=fields.get("n_paragraphs") or 0,
        content_hash=fields.get("content_hash", ""),
    )


def slug(text: str) -> str:
    from belreader.nlp.aliases import slugify

    return slugify(text)


def source_id(name: str) -> str:
    from belreader.nlp.aliases import load_table

    return load_table().canonical(name) or slug(name)
