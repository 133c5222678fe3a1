"""Marking, copying and exporting passages from the reader (the UI half of clips and export).

The work is the Library's (`belreader.library`: clips, marking and unmarking, passages,
export, clipboard); this module connects it to the app:

- `PassageMarking`, mixed into `ArticleView`: `space` marks or unmarks the current
  paragraph (or the mouse selection), `v` starts a keyboard selection extended by
  word and sentence, `y` copies with citation; marked text is drawn in the article.
- `PassageActions`, mixed into the app: the thread workers that ask the Library to
  mark, unmark, restore and export, the Clips screen and export dialog, the clipboard, the `clips:`/`export:`
  palette commands.

Every database call and file write runs in a thread worker; widgets are touched on the
event loop only.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from belreader.library import FORMAT_EXTENSIONS, FORMAT_NAMES, Library
from belreader.tui.commands import COMMAND_SOURCES, PaletteCommand
from belreader.tui.rendering import clean

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
        f"Changed since marked. You marked: “{clean(clip.quote)}”\n"
        f"The article now reads: “{clean(clip.current_quote or '')}”"
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


# ---------------------------------------------------------------------- messages


@dataclass
class MarkRequested(Message):
    """Mark body[start:end] of the open article, or unmark it if it is marked exactly."""

    article_id: str
    start: int
    end: int
    what: str  # "paragraph 3", "selection", "claim sentence": for the notification
    whole_paragraph: int | None = None
    claim: object | None = None  # a claim whose sentence is marked: the clip records who said it


@dataclass
class CopyRequested(Message):
    """Copy a passage (an `export.Passage`) with its citation."""

    passage: object


@dataclass
class ClipMarksReady(Message):
    article_id: str
    clips: list


@dataclass
class ClipToggled(Message):
    article_id: str
    clip: object
    added: bool
    what: str


@dataclass
class ExportNeedsConfirmation(Message):
    request: object


@dataclass
class UnmarkNeedsConfirmation(Message):
    """Unmarking would delete what the user wrote (a note, tags): ask first."""

    article_id: str
    clip: object
    what: str


@dataclass
class ClipRestored(Message):
    clip: object


span_passage = Library.span_passage


# ---------------------------------------------------------------------- the article view


class PassageMarking(Widget):
    """Marking keys and marked-text rendering for the article view (mixed into ArticleView).

    Listed after VerticalScroll in ArticleView's bases: Textual inherits default CSS
    along the first base only, so the scroll container's styles must come first.

    The view keeps `clips` (the open article's clips, set by the app), `span` (a keyboard
    selection in progress) and `focus_clip` (a clip jumped to from the Clips screen).
    """

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

    _SPAN_ACTIONS = {"mark_selection", "span_word", "span_sentence", "span_start", "cancel_span"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.clips: list = []
        self.span: Span | None = None
        self.focus_clip: int | None = None  # clip id

    # -- state set by the app

    def set_clips(self, clips: list, focus_clip: int | None = None) -> None:
        self.clips = [c for c in clips if not c.is_orphaned]
        if focus_clip is not None:
            self.focus_clip = focus_clip
        self.refresh_paragraphs()

    def passage_marks(self) -> list[tuple[int, int, Style]]:
        """(start, end, style) for marked text and the selection, to apply with the other marks."""
        article = self.article
        if article is None:
            return []
        marks = []
        for clip in self.clips:
            if clip.article_id == article.id:
                if clip.id == self.focus_clip:
                    style = focused_clip_style(self.dark)
                elif clip.changed_since_marked:
                    style = changed_clip_style(self.dark)
                else:
                    style = clip_style(self.dark)
                marks.append((clip.start, clip.end, style))
        if self.span is not None and self.span.article_id == article.id:
            marks.append((self.span.start, self.span.end, SPAN_SELECTION))
        return marks

    # -- where the reader is

    def current_paragraph(self) -> int | None:
        """The paragraph the cursor is on (what space, v and y act on)."""
        return self.cursor if self.article is not None else None

    def _cursor_moved(self) -> None:
        """While selecting, moving the cursor moves the selection's end to its paragraph."""
        if self.span is not None and self.cursor is not None:
            self.span = span_to_paragraph(self.article, self.span, self.cursor)
            if self.cursor < self.span.paragraph:
                self.cursor = self.span.paragraph  # the selection's first paragraph is the top

    def mouse_span(self) -> tuple[int, int] | None:
        """Body offsets of a mouse selection made inside one paragraph, if there is one."""
        if self.article is None:
            return None
        selected = [(w, s) for w, s in self.screen.selections.items() if w in self.paragraph_widgets()]
        if len(selected) != 1:
            return None
        widget, selection = selected[0]
        paragraph = self.article.paragraphs[widget.index]
        shown = widget.text.plain
        prefix = len(shown) - (paragraph.end - paragraph.start)  # the paragraph number
        start, end = selection_offsets(shown, selection)
        start = min(max(start - prefix, 0), paragraph.end - paragraph.start) + paragraph.start
        end = min(max(end - prefix, 0), paragraph.end - paragraph.start) + paragraph.start
        if not self.article.body[start:end].strip():
            return None
        return start, end

    # -- actions

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in self._SPAN_ACTIONS:
            return self.span is not None
        if action in ("mark", "select_span", "copy_passage"):
            return self.article is not None
        return True

    def _set_span(self, span: Span | None) -> None:
        self.span = span
        if span is not None:
            last = end_paragraph(self.article, span)
            if last != self.cursor:
                self.cursor = last  # the cursor follows the selection's end (w past a paragraph)
                widget = self.paragraph_widget(last)
                if widget is not None:
                    self._scroll_cursor_into_view(widget)
        self.refresh_paragraphs()
        self.refresh_bindings()

    def action_mark(self) -> None:
        article = self.article
        if self.span is not None:
            span = self.span
            self._set_span(None)
            last = end_paragraph(article, span)
            what = "selection" if last == span.paragraph else f"selection ¶{span.paragraph + 1}–{last + 1}"
            self.post_message(MarkRequested(article.id, span.start, span.end, what))
            return
        mouse = self.mouse_span()
        if mouse is not None:
            self.screen.clear_selection()
            self.post_message(MarkRequested(article.id, mouse[0], mouse[1], "selection"))
            return
        index = self.current_paragraph()
        if index is None:
            return
        paragraph = article.paragraphs[index]
        self.post_message(
            MarkRequested(article.id, paragraph.start, paragraph.end, f"paragraph {index + 1}", whole_paragraph=index)
        )

    def action_mark_selection(self) -> None:
        self.action_mark()

    def action_undo_delete(self) -> None:
        self.app.action_undo_delete()

    def action_select_span(self) -> None:
        index = self.current_paragraph()
        if index is None:
            return
        span = first_word(self.article, index)
        if span is None:
            return
        self._set_span(span)
        self.app.notify(
            "Selecting: w/b a word more or less, ( ) by sentence, j/k by paragraph, < > move the start; "
            "enter marks, escape cancels.",
            timeout=4,
        )

    def action_span_word(self, step: int) -> None:
        self._set_span(step_end_by_word(self.article, self.span, step))

    def action_span_sentence(self, step: int) -> None:
        self._set_span(step_end_by_sentence(self.article, self.span, step))

    def action_span_start(self, step: int) -> None:
        self._set_span(step_start_by_word(self.article, self.span, step))

    def action_cancel_span(self) -> None:
        self._set_span(None)

    def action_copy_passage(self) -> None:
        article = self.article
        if self.span is not None:
            self.post_message(CopyRequested(span_passage(article, self.span.start, self.span.end)))
            return
        mouse = self.mouse_span()
        if mouse is not None:
            self.post_message(CopyRequested(span_passage(article, *mouse)))
            return
        index = self.current_paragraph()
        if index is None:
            return
        paragraph = article.paragraphs[index]
        inside = [c for c in self.clips if paragraph.start <= c.start < paragraph.end]
        if inside:
            chosen = next((c for c in inside if c.id == self.focus_clip), inside[0])
            self.post_message(CopyRequested(Library.clip_passage(chosen)))
        else:
            self.post_message(CopyRequested(span_passage(article, paragraph.start, paragraph.end)))


# ---------------------------------------------------------------------- the app


@dataclass(frozen=True)
class ExportRequest:
    fmt: str  # md | json | csv
    path: str
    scope: str  # "clips" | "search"
    query: str = ""


def default_export_path(fmt: str, scope: str = "clips") -> str:
    """`~/belreader-clips-YYYYMMDD.md` (`.csl.json` for CSL): the day from the clips' clock (fixed in tests)."""
    name = "search" if scope == "search" else "clips"
    return f"~/belreader-{name}-{Library.today()}.{FORMAT_EXTENSIONS.get(fmt, fmt)}"


class PassageActions:
    """The app's side of passages (mixed into BelreaderApp; needs `library`, `article`,
    `analysis`, `query_text`). The clips and the export are the Library's; this only asks it,
    in workers, and shows the answers."""

    _pending_focus_clip: tuple[str, int] | None = None  # (article id, clip id) to highlight once open
    _told_changed: set[int] | None = None  # clips changed since marked the reader was told of

    @property
    def clip_store(self):
        """The clips database (opened on first use, from a worker thread)."""
        return self.library.clip_store()

    @work(thread=True, exclusive=True, exit_on_error=False, group="clips-open")
    def open_clip_store(self) -> None:
        """Open the store at start-up and say once if a corrupt database was moved aside."""
        warning = self.library.clips_warning
        if warning:
            self.call_from_thread(self.notify, warning, title="Clips", severity="warning", markup=False, timeout=15)

    # -- marks in the open article

    @work(thread=True, exclusive=True, exit_on_error=False, group="clip-marks")
    def refresh_clip_marks(self, article) -> None:
        self.post_message(ClipMarksReady(article.id, self.library.clips_for_article(article)))

    def on_clip_marks_ready(self, message: ClipMarksReady) -> None:
        from belreader.tui.widgets.article_view import ArticleView

        if self.article is None or self.article.id != message.article_id:
            return
        focus = None
        if self._pending_focus_clip and self._pending_focus_clip[0] == message.article_id:
            focus = self._pending_focus_clip[1]
            self._pending_focus_clip = None
        try:
            view = self.screen_stack[0].query_one(ArticleView)
        except Exception:
            return
        view.set_clips(message.clips, focus_clip=focus)
        self._flag_changed_clips(view, message.clips)

    def _flag_changed_clips(self, view, clips: list) -> None:
        """Marked passages edited since they were marked: their paragraphs show both versions
        on hover, and the reader is told once per clip."""
        changed = {c.paragraph: c for c in clips if c.changed_since_marked and not c.is_orphaned}
        for widget in view.paragraph_widgets():
            clip = changed.get(widget.index)
            widget.tooltip = changed_tooltip(clip) if clip is not None else None
        if self._told_changed is None:
            self._told_changed = set()
        new = [c for c in changed.values() if c.id not in self._told_changed]
        if new:
            self._told_changed.update(c.id for c in new)
            self.notify(
                f"{len(new)} marked passage(s) here changed since you marked them (shown in red; "
                "hover for both versions, C lists them).",
                title="Clips",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def on_mark_requested(self, message: MarkRequested) -> None:
        if self.article is None or self.article.id != message.article_id:
            self.notify("Open the claim's article first.", timeout=3)
            return
        analysis = self.analysis if message.claim is not None else None
        self.toggle_clip(
            self.article, message.start, message.end, message.what, message.whole_paragraph, message.claim, analysis
        )

    @work(thread=True, exit_on_error=False, group="clip-write")
    def toggle_clip(
        self, article, start: int, end: int, what: str, whole_paragraph: int | None, claim=None, analysis=None
    ) -> None:
        from belreader.library import ClipError

        try:
            done = self.library.toggle_clip(
                article, start, end, whole_paragraph=whole_paragraph, claim=claim, analysis=analysis
            )
        except ClipError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning", markup=False)
            return
        if done.action == "confirm":
            self.post_message(UnmarkNeedsConfirmation(article.id, done.clip, what))
        else:
            self.post_message(ClipToggled(article.id, done.clip, done.action == "added", what))

    def on_unmark_needs_confirmation(self, message: UnmarkNeedsConfirmation) -> None:
        from belreader.tui.screens.export_dialog import ConfirmDialog

        clip = message.clip
        kept = " and ".join(x for x in ("note" if clip.note.strip() else "", "tags" if clip.tags else "") if x)

        def answered(yes: bool | None) -> None:
            if yes:
                self.remove_clip(clip, message.what)
            else:
                self.notify(f"Kept the marked {message.what}.", markup=False, timeout=3)

        verb = "go" if " and " in kept else "goes"
        question = f"Unmark the {message.what}? Its {kept} {verb} with it (u brings the clip back)."
        self.push_screen(ConfirmDialog(question, yes="Unmark", no="Keep"), answered)

    @work(thread=True, exit_on_error=False, group="clip-write")
    def remove_clip(self, clip, what: str) -> None:
        """Delete a clip; the Library keeps it for `u` to bring back."""
        self.library.remove_clip(clip)
        self.post_message(ClipToggled(clip.article_id, clip, False, what))

    def on_clip_toggled(self, message: ClipToggled) -> None:
        clip = message.clip
        if message.added:
            self.notify(f"Marked passage {clip.position + 1} ({message.what}).", markup=False, timeout=3)
        else:
            self.notify(f"Unmarked the {message.what} (u undoes).", markup=False, timeout=3)
        if self.article is not None and self.article.id == message.article_id:
            self.refresh_clip_marks(self.article)

    # -- undo

    def action_undo_delete(self) -> None:
        """Bring back the clip last unmarked or deleted, in the reader or on the Clips screen."""
        if self.library.last_removed is None:
            self.notify("Nothing to undo: no clip was unmarked or deleted.", timeout=3)
            return
        self.restore_clip()

    @work(thread=True, exit_on_error=False, group="clip-write")
    def restore_clip(self) -> None:
        restored = self.library.undo_remove()
        if restored is not None:
            self.post_message(ClipRestored(restored))

    def on_clip_restored(self, message: ClipRestored) -> None:
        from belreader.tui.screens.clips import ClipsScreen

        clip = message.clip
        quote = " ".join(clean(clip.quote).split())
        short = quote if len(quote) <= 40 else quote[:39] + "…"
        self.notify(f"Clip restored: “{short}”", markup=False, timeout=4)
        if self.article is not None and self.article.id == clip.article_id:
            self.refresh_clip_marks(self.article)
        if isinstance(self.screen, ClipsScreen):
            self.screen.load(select=clip.id)

    # -- the Clips screen

    def action_open_clips(self) -> None:
        from belreader.tui.screens.clips import ClipsScreen

        if not isinstance(self.screen, ClipsScreen):
            self.push_screen(ClipsScreen())

    def jump_to_clip(self, clip) -> None:
        """Open the clip's article at its paragraph with the clip highlighted."""
        self._pending_focus_clip = (clip.article_id, clip.id)
        self.open_article(clip.article_id, paragraph=clip.paragraph)

    # -- clipboard

    def on_copy_requested(self, message: CopyRequested) -> None:
        self.copy_passage(message.passage)

    @work(thread=True, exit_on_error=False, group="copy")
    def copy_passage(self, passage) -> None:
        from belreader.library import ExportError

        def osc52(text: str) -> None:
            self.call_from_thread(self.copy_to_clipboard, text)

        try:
            sentence = self.library.copy(passage, osc52=osc52)
        except ExportError as exc:
            self.call_from_thread(self.notify, str(exc), title="Copy", severity="error", markup=False)
            return
        self.call_from_thread(self.notify, sentence, title="Copy", markup=False, timeout=6)

    # -- export

    def action_export(self, fmt: str | None = None, scope: str | None = None) -> None:
        from belreader.tui.screens.export_dialog import ExportDialog

        if isinstance(self.screen, ExportDialog):
            return
        query = self.query_text.strip()
        if scope == "search" and not query:
            self.notify("Search first: there is no query to export the results of.", timeout=4)
            return
        self.push_screen(ExportDialog(fmt=fmt or "md", scope=scope or "clips", query=query), self._export_chosen)

    def _export_chosen(self, request: ExportRequest | None) -> None:
        if request is not None:
            self.run_export(request)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def run_export(self, request: ExportRequest, overwrite: bool = False) -> None:
        dest = Path(request.path).expanduser()
        if dest.exists() and not dest.is_dir() and not overwrite:
            self.post_message(ExportNeedsConfirmation(request))
            return
        query = request.query if request.scope == "search" else None
        try:
            result = self.library.export(request.fmt, query, dest=dest, overwrite=overwrite)
        except Exception as exc:  # a query error, an unreadable index, a file: one line, not a traceback
            self.call_from_thread(self.notify, f"Export failed: {exc}", severity="error", markup=False)
            return
        if not result.count:
            what = "no clips yet" if request.scope == "clips" else f"no paragraphs match {request.query}"
            self.call_from_thread(self.notify, f"Nothing to export: {what}.", severity="warning", markup=False)
            return
        count = f"{result.count} passage{'s' if result.count != 1 else ''}"
        self.call_from_thread(
            self.notify, f"Exported {count} to {result.written}", title="Export", markup=False, timeout=8
        )

    def on_export_needs_confirmation(self, message: ExportNeedsConfirmation) -> None:
        from belreader.tui.screens.export_dialog import ConfirmDialog

        request = message.request

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_export(request, overwrite=True)
            else:
                self.notify("Export cancelled; the existing file was left as it was.", timeout=4)

        self.push_screen(ConfirmDialog(f"{clean(request.path)} already exists. Replace it?"), answered)


# ---------------------------------------------------------------------- palette


def passage_commands(app) -> Iterable[PaletteCommand]:
    yield PaletteCommand("clips: open", app.action_open_clips, "every marked passage: reorder, annotate, export", True)
    for fmt, name in FORMAT_NAMES.items():
        yield PaletteCommand(
            f"export: clips as {name}", partial(app.action_export, fmt, "clips"), "your marked passages"
        )
    if app.query_text.strip():
        for fmt, name in FORMAT_NAMES.items():
            yield PaletteCommand(
                f"export: search results as {name}",
                partial(app.action_export, fmt, "search"),
                f"the paragraphs matching {clean(app.query_text)}",
            )


if passage_commands not in COMMAND_SOURCES:
    COMMAND_SOURCES.append(passage_commands)
