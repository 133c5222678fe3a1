"""Hand-made Articles for the clips and export tests (imported as `from articles import ...`,
like nlp_util: pytest puts tests/ on the path)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from belreader.article import Article, Paragraph


def article_from_text(text: str, article_id: str, root: Path = Path("/corpus"), **meta) -> Article:
    """An Article whose paragraphs are `text` split on blank lines; the title defaults to the first."""
    chunks = [chunk.strip() for chunk in text.split("\n\n") if chunk.strip()]
    paragraphs, offset = [], 0
    for index, chunk in enumerate(chunks):
        paragraphs.append(Paragraph(index, offset, offset + len(chunk)))
        offset += len(chunk) + 2
    meta.setdefault("title", chunks[0])
    return Article(
        id=article_id,
        path=root / f"{article_id}.txt",
        body="\n\n".join(chunks),
        paragraphs=paragraphs,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        **meta,
    )
