"""Marking, selecting and copying passages in the article view (the view half of clips).

`ArticleView` holds a `PassageMarking` (a helper, not a mixin) and hands it the keys listed
in `BINDINGS`: `space` marks or unmarks the current paragraph (or the mouse selection), `v`
starts a keyboard selection extended by word and sentence, `y` copies with citation, `u`
brings back the clip last unmarked; marked text is drawn in the article. The view only posts what it wants (`MarkRequested`,
`CopyRequested`, `UndoUnmarkRequested`); the reader screen asks the Library, in workers
(`belreader.tui.screens.passage_actions`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rich.style import Style
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from belreader.article import Article
from belreader.library import Clip, Library
from belreader.text import display
from belreader.tui.messages import CopyRequested, MarkRequested, UndoUnmarkRequested

# Marked text: a warm background and an underline, so it still shows where a claim's
# background covers it; the focused clip (after a jump from the Clips screen) is stronger.
_CLIP_DARK = Style(bgcolor="#463a1c", underline=True)
_CLIP_LIGHT = Style(bgcolor="#fbe9b7", underline=True)
# A clip whose text was edited since it was marked: red, so the difference is seen.
_CHANGED_DARK = Style(bgcolor="#5c1f1f", underline=True, italic=True)
_CHANGED_LIGHT = Style(bgcolor="#f6c6c6", underline=True, italic=True)
_FOCUS_DARK = Style(bgcolor="#7a5c00", color="#ffffff", bold=True, underline=True)
_FOCUS_LIGHT = Style(bgcolor="#f2c94c", color="#000000", bold=True, underline=True)
SPAN_SELECTION = Style(reverse=True)

_WORD = re.compile(r"\S+")
# A sentence ends at . ! ? or … followed by closing quotes/brackets, then a space or the end.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")


def clip_style(dark: bool = True) -> Style:
    return _CLIP_DARK if dark else _CLIP_LIGHT


def changed_clip_style(dark: bool = True) -> Style:
    return _CHANGED_DARK if dark else _CHANGED_LIGHT


def changed_tooltip(clip) -> Text:
    """What a changed clip's paragraph says on hover: both versions (a Text: never markup)."""
    return Text(
        f"Changed since marked. You marked: “{display(clip.quote)}”\n"
        f"The article now reads: “{display(clip.current_quote or '')}”"
    )


def focused_clip_style(dark: bool = True) -> Style:
    return _FOCUS_DARK if dark else _FOCUS_LIGHT


# ---------------------------------------------------------------------- keyboard spans


@dataclass(frozen=True)
class Span:
    """A keyboard selection: body offsets in one article, from a word of paragraph
    `paragraph` to a word of the same or a later paragraph."""

    article_id: str
    paragraph: int
    start: int
    end: int


def _words(body: str, paragraph) -> list[tuple[int, int]]:
    text = body[paragraph.start : paragraph.end]
    return [(m.start() + paragraph.start, m.end() + paragraph.start) for m in _WORD.finditer(text)]


def end_paragraph(article, span: Span) -> int:
    """The paragraph the selection ends in."""
    paragraph = article.paragraph_at(max(span.end - 1, span.start))
    return paragraph.index if paragraph is not None else span.paragraph


def _words_near_end(article, span: Span) -> list[tuple[int, int]]:
    """The words of the paragraph the selection ends in and of its neighbours (not before
    the selection's first paragraph), so the end can step across a paragraph break."""
    last = end_paragraph(article, span)
    lo = max(span.paragraph, last - 1)
    hi = min(len(article.paragraphs) - 1, last + 1)
    words: list[tuple[int, int]] = []
    for index in range(lo, hi + 1):
        words.extend(_words(article.body, article.paragraphs[index]))
    return words


def _sentence_ends_near_end(article, span: Span) -> list[int]:
    last = end_paragraph(article, span)
    lo = max(span.paragraph, last - 1)
    hi = min(len(article.paragraphs) - 1, last + 1)
    ends: list[int] = []
    for index in range(lo, hi + 1):
        ends.extend(_sentence_ends(article.body, article.paragraphs[index]))
    return ends


def span_to_paragraph(article, span: Span, index: int) -> Span:
    """The selection stretched (or shrunk) to end with paragraph `index` (not before its start)."""
    index = max(index, span.paragraph)
    paragraph = article.paragraphs[index]
    end = paragraph.start + len(article.body[paragraph.start : paragraph.end].rstrip())
    return dataclasses.replace(span, end=max(end, span.start + 1))


def _sentence_ends(body: str, paragraph) -> list[int]:
    text = body[paragraph.start : paragraph.end]
    ends = [m.end() + paragraph.start for m in _SENTENCE_END.finditer(text)]
    last = paragraph.start + len(text.rstrip())
    if not ends or ends[-1] != last:
        ends.append(last)
    return ends


def first_word(article, paragraph_index: int) -> Span | None:
    """The span `v` starts with: the paragraph's first word."""
    paragraph = article.paragraphs[paragraph_index]
    words = _words(article.body, paragraph)
    if not words:
        return None
    return Span(article.id, paragraph_index, words[0][0], words[0][1])


def step_end_by_word(article, span: Span, step: int) -> Span:
    words = _words_near_end(article, span)
    ends = [b for a, b in words if a >= span.start]
    if step > 0:
        later = [e for e in ends if e > span.end]
        return dataclasses.replace(span, end=later[0]) if later else span
    earlier = [e for e in ends if e < span.end]
    return dataclasses.replace(span, end=earlier[-1]) if earlier else span


def step_end_by_sentence(article, span: Span, step: int) -> Span:
    paragraph = article.paragraphs[span.paragraph]
    ends = [e for e in _sentence_ends_near_end(article, span) if e > span.start]
    if step > 0:
        later = [e for e in ends if e > span.end]
        return dataclasses.replace(span, end=later[0]) if later else span
    earlier = [e for e in ends if e < span.end]
    if earlier:
        return dataclasses.replace(span, end=earlier[-1])
    # Back past the first sentence end: keep at least the first word.
    word_ends = [b for a, b in _words(article.body, paragraph) if a >= span.start]
    return dataclasses.replace(span, end=word_ends[0]) if word_ends else span


def step_start_by_word(article, span: Span, step: int) -> Span:
    starts = [a for a, _ in _words(article.body, article.paragraphs[span.paragraph])]
    if step > 0:
        later = [s for s in starts if span.start < s < span.end]
        return dataclasses.replace(span, start=later[0]) if later else span
    earlier = [s for s in starts if s < span.start]
    return dataclasses.replace(span, start=earlier[-1]) if earlier else span


def selection_offsets(text: str, selection) -> tuple[int, int]:
    """A Textual `Selection` over a widget's text -> (start, end) character offsets in `text`."""
    lines = text.split("\n")

    def linear(offset, default: int) -> int:
        if offset is None:
            return default
        x, y = offset.x, offset.y
        if y >= len(lines):
            return len(text)
        return sum(len(line) + 1 for line in lines[:y]) + min(x, len(lines[y]))

    start = linear(selection.start, 0)
    end = linear(selection.end, len(text))
    return (start, end) if start <= end else (end, start)


span_passage = Library.span_passage


# ---------------------------------------------------------------------- the article view's marking

# The article view's keys for marking; the view declares them (a helper object has no keys) and
# hands each action to its `PassageMarking`.
BINDINGS = [
    Binding(
        "space",
        "mark",
        "Mark",
        id="mark",
        tooltip="mark or unmark the cursor's paragraph (or the mouse selection, or the v selection)",
    ),
    Binding(
        "v",
        "select_span",
        "Select",
        show=False,
        id="select-span",
        tooltip="select from the cursor's paragraph: w/b word, ( ) sentence, j/k paragraph, < > move the start",
    ),
    Binding(
        "y",
        "copy_passage",
        "Copy",
        show=False,
        id="copy-passage",
        tooltip="copy the selection, marked passage or the cursor's paragraph with its citation",
    ),
    Binding(
        "enter",
        "mark_selection",
        "Mark selection",
        show=False,
        id="mark-selection",
        tooltip="selection: mark it (space too)",
    ),
    Binding("w", "span_word(1)", "Word +", show=False, tooltip="selection: one more word"),
    Binding("b", "span_word(-1)", "Word -", show=False, tooltip="selection: one word less"),
    Binding(
        "right_parenthesis",
        "span_sentence(1)",
        "Sentence +",
        show=False,
        tooltip="selection: to the end of the next sentence",
    ),
    Binding(
        "left_parenthesis",
        "span_sentence(-1)",
        "Sentence -",
        show=False,
        tooltip="selection: back to the previous sentence end",
    ),
    Binding(
        "greater_than_sign,shift+right",
        "span_start(1)",
        "Start +",
        show=False,
        tooltip="selection: start one word later",
    ),
    Binding(
        "less_than_sign,shift+left",
        "span_start(-1)",
        "Start -",
        show=False,
        tooltip="selection: start one word earlier",
    ),
    Binding("escape", "cancel_span", "Cancel selection", show=False),
    Binding(
        "u",
        "undo_delete",
        "Undo unmark",
        show=False,
        id="undo-unmark",
        tooltip="bring back the clip last unmarked (or deleted on the Clips screen), note and tags too",
    ),
]

# Actions that need a keyboard selection in progress, and actions that need an open article.
SPAN_ACTIONS = frozenset({"mark_selection", "span_word", "span_sentence", "span_start", "cancel_span"})
ARTICLE_ACTIONS = frozenset({"mark", "select_span", "copy_passage"})


class ShownParagraph(Protocol):
    """A paragraph widget of the view: its paragraph's index and the text it shows."""

    index: int
    text: Text


class MarkingView(Protocol):
    """What PassageMarking needs of the article view that holds it."""

    article: Article | None
    cursor: int | None
    dark: bool

    @property
    def app(self) -> App: ...

    @property
    def screen(self) -> Screen: ...

    def current_paragraph(self) -> int | None: ...

    def paragraph_widgets(self) -> Sequence[ShownParagraph]: ...

    def paragraph_widget(self, index: int) -> ShownParagraph | None: ...

    def scroll_cursor_into_view(self, widget: ShownParagraph) -> None: ...

    def refresh_paragraphs(self) -> None: ...

    def refresh_bindings(self) -> None: ...

    def post_message(self, message: Message) -> bool: ...


class PassageMarking:
    """Marking and selecting in the article view: a helper the view holds (not a mixin).

    It keeps `clips` (the open article's clips, set by the reader screen), `span` (a keyboard
    selection in progress) and `focus_clip` (a clip jumped to from the Clips screen), gives the
    view the marks they draw, and turns the view's marking keys into messages for the screen.
    """

    def __init__(self, view: MarkingView) -> None:
        self.view = view
        self.clips: list[Clip] = []
        self.span: Span | None = None
        self.focus_clip: int | None = None  # clip id

    # -- state set by the reader screen

    def set_clips(self, clips: list[Clip], focus_clip: int | None = None) -> None:
        self.clips = [c for c in clips if not c.is_orphaned]
        if focus_clip is not None:
            self.focus_clip = focus_clip
        self.view.refresh_paragraphs()

    def marks(self) -> list[tuple[int, int, Style]]:
        """(start, end, style) for marked text and the selection, to apply with the other marks."""
        article = self.view.article
        if article is None:
            return []
        dark = self.view.dark
        marks = []
        for clip in self.clips:
            if clip.article_id == article.id:
                if clip.id == self.focus_clip:
                    style = focused_clip_style(dark)
                elif clip.changed_since_marked:
                    style = changed_clip_style(dark)
                else:
                    style = clip_style(dark)
                marks.append((clip.start, clip.end, style))
        if self.span is not None and self.span.article_id == article.id:
            marks.append((self.span.start, self.span.end, SPAN_SELECTION))
        return marks

    # -- where the reader is

    def cursor_moved(self) -> None:
        """While selecting, moving the cursor moves the selection's end to its paragraph."""
        view = self.view
        if self.span is not None and view.cursor is not None and view.article is not None:
            self.span = span_to_paragraph(view.article, self.span, view.cursor)
            if view.cursor < self.span.paragraph:
                view.cursor = self.span.paragraph  # the selection's first paragraph is the top

    def mouse_span(self) -> tuple[int, int] | None:
        """Body offsets of a mouse selection made inside one paragraph, if there is one."""
        article = self.view.article
        if article is None:
            return None
        shown = self.view.paragraph_widgets()
        selected = [(w, s) for w, s in self.view.screen.selections.items() if w in shown]
        if len(selected) != 1:
            return None
        widget, selection = selected[0]
        paragraph = article.paragraphs[widget.index]
        plain = widget.text.plain
        prefix = len(plain) - (paragraph.end - paragraph.start)  # the paragraph number
        start, end = selection_offsets(plain, selection)
        start = min(max(start - prefix, 0), paragraph.end - paragraph.start) + paragraph.start
        end = min(max(end - prefix, 0), paragraph.end - paragraph.start) + paragraph.start
        if not article.body[start:end].strip():
            return None
        return start, end

    # -- the view's marking actions

    def allows(self, action: str) -> bool | None:
        """The view's `check_action` for a marking action (None: not a marking action)."""
        if action in SPAN_ACTIONS:
            return self.span is not None
        if action in ARTICLE_ACTIONS:
            return self.view.article is not None
        return None

    def _set_span(self, span: Span | None) -> None:
        view = self.view
        self.span = span
        if span is not None and view.article is not None:
            last = end_paragraph(view.article, span)
            if last != view.cursor:
                view.cursor = last  # the cursor follows the selection's end (w past a paragraph)
                widget = view.paragraph_widget(last)
                if widget is not None:
                    view.scroll_cursor_into_view(widget)
        view.refresh_paragraphs()
        view.refresh_bindings()

    def mark(self) -> None:
        view = self.view
        article = view.article
        if article is None:
            return
        if self.span is not None:
            span = self.span
            self._set_span(None)
            last = end_paragraph(article, span)
            what = "selection" if last == span.paragraph else f"selection ¶{span.paragraph + 1}–{last + 1}"
            view.post_message(MarkRequested(article.id, span.start, span.end, what))
            return
        mouse = self.mouse_span()
        if mouse is not None:
            view.screen.clear_selection()
            view.post_message(MarkRequested(article.id, mouse[0], mouse[1], "selection"))
            return
        index = view.current_paragraph()
        if index is None:
            return
        paragraph = article.paragraphs[index]
        view.post_message(
            MarkRequested(article.id, paragraph.start, paragraph.end, f"paragraph {index + 1}", whole_paragraph=index)
        )

    def undo_unmark(self) -> None:
        self.view.post_message(UndoUnmarkRequested())

    def select(self) -> None:
        index = self.view.current_paragraph()
        if index is None or self.view.article is None:
            return
        span = first_word(self.view.article, index)
        if span is None:
            return
        self._set_span(span)
        self.view.app.notify(
            "Selecting: w/b a word more or less, ( ) by sentence, j/k by paragraph, < > move the start; "
            "enter marks, escape cancels.",
            timeout=4,
        )

    def step(self, move: Callable[[Article, Span, int], Span], step: int) -> None:
        """Move the selection with `move` (step_end_by_word, step_end_by_sentence, step_start_by_word)."""
        if self.span is not None and self.view.article is not None:
            self._set_span(move(self.view.article, self.span, step))

    def cancel(self) -> None:
        self._set_span(None)

    def copy(self) -> None:
        view = self.view
        article = view.article
        if article is None:
            return
        if self.span is not None:
            view.post_message(CopyRequested(span_passage(article, self.span.start, self.span.end)))
            return
        mouse = self.mouse_span()
        if mouse is not None:
            view.post_message(CopyRequested(span_passage(article, *mouse)))
            return
        index = view.current_paragraph()
        if index is None:
            return
        paragraph = article.paragraphs[index]
        inside = [c for c in self.clips if paragraph.start <= c.start < paragraph.end]
        if inside:
            chosen = next((c for c in inside if c.id == self.focus_clip), inside[0])
            view.post_message(CopyRequested(Library.clip_passage(chosen)))
        else:
            view.post_message(CopyRequested(span_passage(article, paragraph.start, paragraph.end)))
