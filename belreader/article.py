"""The `Article`: one cleaned document, the unit every later step works on.

Offsets are character offsets into `Article.body`, the normalised text that is
indexed, analysed and shown. The body is the paragraphs joined by a blank line.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of the body: running text or a sub-heading."""

    index: int  # position among the article's paragraphs, 0-based
    start: int  # offset of the first character in Article.body
    end: int  # offset one past the last character
    kind: str = "text"  # "text" or "heading"

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """Material cut from the body (comments, share lines, bios...), kept so a user can see it."""

    text: str
    reason: str  # e.g. "reader comments", "share links", "author bio"


@dataclass(slots=True)
class Article:
    id: str  # path relative to the corpus root, without extension, "/"-separated
    path: Path  # absolute path of the source file
    title: str
    body: str
    paragraphs: list[Paragraph]
    content_hash: str  # sha256 of the raw file bytes
    title_derived: bool = False  # True when the title was made from the first sentence
    subtitle: str | None = None
    author: str | None = None
    author_bio: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    encoding: str = "utf-8"
    mtime: float = 0.0
    size: int = 0
    warnings: list[str] = field(default_factory=list)

    def paragraph_text(self, paragraph: Paragraph | int) -> str:
        if isinstance(paragraph, int):
            paragraph = self.paragraphs[paragraph]
        return self.body[paragraph.start : paragraph.end]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing body offset `offset`, if any."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None

    @property
    def text_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if not p.is_heading]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        return data
