"""The reader screen's side of passages: marking, unmarking, restoring, copying and exporting.

The work is the Library's (`belreader.library`: clips, marking and unmarking, passages,
export, clipboard). `PassageActions` is a helper the reader screen owns (not a mixin): the
screen routes the view's `MarkRequested`, `CopyRequested` and `UndoUnmarkRequested` here,
and this asks the Library in thread workers run on the screen, then shows the answers
(marks in the article, notifications, the Clips screen, the export and confirm dialogs).
Widgets are touched on the event loop only.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from textual.app import App
from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker

from belreader.article import Article
from belreader.library import Clip, ClipError, ExportError, Library, Passage
from belreader.nlp.records import Analysis, Claim
from belreader.text import display
from belreader.tui.messages import (
    ClipMarksReady,
    ClipRestored,
    ClipToggled,
    ExportNeedsConfirmation,
    ExportRequest,
    MarkRequested,
    UnmarkNeedsConfirmation,
)
from belreader.tui.screens.clips import ClipsScreen
from belreader.tui.screens.export_dialog import ConfirmDialog, ExportDialog
from belreader.tui.widgets.article_view import ArticleView
from belreader.tui.widgets.passage_marking import changed_tooltip


class PassageHost(Protocol):
    """What PassageActions needs of the screen that owns it (the reader screen)."""

    library: Library
    article: Article | None
    analysis: Analysis | None

    @property
    def app(self) -> App: ...

    @property
    def query_text(self) -> str: ...

    def run_worker(self, work: Callable[[], None], **kwargs) -> Worker: ...

    def post_message(self, message: Message) -> bool: ...

    def query_one(self, selector: type[DOMNode]) -> DOMNode: ...

    def open_article(self, article_id: str, *, paragraph: int | None = None) -> None: ...


class ClipWrites:
    """The clip writes of one reader, run one after another in the order they were asked, in
    one thread worker at a time: marks, unmarks and `u` in the reader, and the Clips screen's
    deletes, moves and notes. `u` pressed while an unmark or a delete is still being saved
    then restores that clip (it once found nothing to undo yet), and no write is dropped.
    Quitting waits for them (`wait`): the process is ended soon after the reader closes
    (app.py, `_end_when_stuck`), which once cut a write still under way."""

    def __init__(self, screen: PassageHost) -> None:
        self.screen = screen
        self._queue: deque[Callable[[], object]] = deque()
        self._lock = threading.Lock()
        self._running = False
        self._idle = threading.Event()
        self._idle.set()
        self.failures: list[str] = []  # why writes failed, in order: quitting says those it waited for

    @property
    def pending(self) -> bool:
        """Whether a write asked is not done yet."""
        return not self._idle.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every write asked is done; False if `timeout` seconds passed first."""
        return self._idle.wait(timeout)

    def submit(self, change: Callable[[], object]) -> None:
        """Run `change` in a thread once every write asked before it is done. One that raises
        is reported by the app's failure handler after the writes behind it ran."""
        with self._lock:
            self._queue.append(change)
            self._idle.clear()
            if self._running:
                return
            self._running = True
        self.screen.run_worker(self._drain, name="clips-write", group="clips-write", thread=True, exit_on_error=False)

    def _drain(self) -> None:
        failure: Exception | None = None
        while True:
            with self._lock:
                if not self._queue:
                    self._running = False
                    self._idle.set()
                    break
                change = self._queue.popleft()
            try:
                change()
            except Exception as exc:  # the writes behind it still run
                failure = failure or exc
                self.failures.append(display(str(exc)) or type(exc).__name__)
        if failure is not None:
            raise failure


class PassageActions:
    """Clips and exports for one reader screen; every Library call runs in a worker."""

    def __init__(self, screen: PassageHost) -> None:
        self.screen = screen
        self.writes = ClipWrites(screen)
        self.pending_focus_clip: tuple[str, int] | None = None  # (article id, clip id) to highlight once open
        self._told_changed: set[int] = set()  # clips changed since marked the reader was told of

    @property
    def library(self) -> Library:
        return self.screen.library

    def _work(self, fn: Callable[[], None], group: str, exclusive: bool = False) -> Worker:
        return self.screen.run_worker(
            fn, name=group, group=group, exclusive=exclusive, thread=True, exit_on_error=False
        )

    def _notify_from_thread(self, message: str, **kwargs) -> None:
        app = self.screen.app
        app.call_from_thread(app.notify, message, markup=False, **kwargs)

    # -- the store

    def open_store(self) -> None:
        """Open the store at start-up and say once if a corrupt database was moved aside."""

        def run() -> None:
            warning = self.library.clips_warning
            if warning:
                self._notify_from_thread(warning, title="Clips", severity="warning", timeout=15)

        self._work(run, "clips-open", exclusive=True)

    # -- marks in the open article

    def refresh_marks(self, article: Article) -> None:
        def run() -> None:
            self.screen.post_message(ClipMarksReady(article.id, self.library.clips_for_article(article)))

        self._work(run, "clip-marks", exclusive=True)

    def marks_ready(self, message: ClipMarksReady) -> None:
        article = self.screen.article
        if article is None or article.id != message.article_id:
            return
        focus = None
        if self.pending_focus_clip and self.pending_focus_clip[0] == message.article_id:
            focus = self.pending_focus_clip[1]
            self.pending_focus_clip = None
        try:
            view = self.screen.query_one(ArticleView)
        except Exception:
            return
        view.set_clips(message.clips, focus_clip=focus)
        self._flag_changed_clips(view, message.clips)

    def _flag_changed_clips(self, view: ArticleView, clips: list[Clip]) -> None:
        """Marked passages edited since they were marked: their paragraphs show both versions
        on hover, and the reader is told once per clip."""
        changed = {c.paragraph: c for c in clips if c.changed_since_marked and not c.is_orphaned}
        for widget in view.paragraph_widgets():
            clip = changed.get(widget.index)
            widget.tooltip = changed_tooltip(clip) if clip is not None else None
        new = [c for c in changed.values() if c.id not in self._told_changed]
        if new:
            self._told_changed.update(c.id for c in new)
            self.screen.app.notify(
                f"{len(new)} marked passage(s) here changed since you marked them (shown in red; "
                "hover for both versions, C lists them).",
                title="Clips",
                severity="warning",
                markup=False,
                timeout=8,
            )

    # -- marking and unmarking

    def mark(self, message: MarkRequested) -> None:
        article = self.screen.article
        if article is None or article.id != message.article_id:
            self.screen.app.notify("Open the claim's article first.", timeout=3)
            return
        analysis = self.screen.analysis if message.claim is not None else None
        self.toggle(article, message.start, message.end, message.what, message.whole_paragraph, message.claim, analysis)

    def toggle(
        self,
        article: Article,
        start: int,
        end: int,
        what: str,
        whole_paragraph: int | None,
        claim: Claim | None = None,
        analysis: Analysis | None = None,
    ) -> None:
        def run() -> None:
            try:
                done = self.library.toggle_clip(
                    article, start, end, whole_paragraph=whole_paragraph, claim=claim, analysis=analysis
                )
            except ClipError as exc:
                self._notify_from_thread(str(exc), severity="warning")
                return
            if done.action == "confirm":
                self.screen.post_message(UnmarkNeedsConfirmation(article.id, done.clip, what))
            else:
                self.screen.post_message(ClipToggled(article.id, done.clip, done.action == "added", what))

        self.writes.submit(run)

    def confirm_unmark(self, message: UnmarkNeedsConfirmation) -> None:
        clip = message.clip
        kept = " and ".join(x for x in ("note" if clip.note.strip() else "", "tags" if clip.tags else "") if x)

        def answered(yes: bool | None) -> None:
            if yes:
                self.remove(clip, message.what)
            else:
                self.screen.app.notify(f"Kept the marked {message.what}.", markup=False, timeout=3)

        verb = "go" if " and " in kept else "goes"
        question = f"Unmark the {message.what}? Its {kept} {verb} with it (u brings the clip back)."
        self.screen.app.push_screen(ConfirmDialog(question, yes="Unmark", no="Keep"), answered)

    def remove(self, clip: Clip, what: str) -> None:
        """Delete a clip; the Library keeps it for `u` to bring back."""

        def run() -> None:
            self.library.remove_clip(clip)
            self.screen.post_message(ClipToggled(clip.article_id, clip, False, what))

        self.writes.submit(run)

    def toggled(self, message: ClipToggled) -> None:
        clip = message.clip
        notify = self.screen.app.notify
        if message.added:
            notify(f"Marked passage {clip.position + 1} ({message.what}).", markup=False, timeout=3)
        else:
            notify(f"Unmarked the {message.what} (u undoes).", markup=False, timeout=3)
        article = self.screen.article
        if article is not None and article.id == message.article_id:
            self.refresh_marks(article)

    def write(self, change: Callable[[], object]) -> None:
        """Run a clip write of the Clips screen in the reader's one queue of clip writes."""
        self.writes.submit(change)

    # -- undo

    def undo(self) -> None:
        """Bring back the clip last unmarked or deleted, in the reader or on the Clips screen:
        after the writes asked before, so an unmark still being saved is the one undone."""

        def run() -> None:
            restored = self.library.undo_remove()
            if restored is None:
                self._notify_from_thread("Nothing to undo: no clip was unmarked or deleted.", timeout=3)
            else:
                self.screen.post_message(ClipRestored(restored))

        self.writes.submit(run)

    def restored(self, message: ClipRestored) -> None:
        clip = message.clip
        quote = " ".join(display(clip.quote).split())
        short = quote if len(quote) <= 40 else quote[:39] + "…"
        app = self.screen.app
        app.notify(f"Clip restored: “{short}”", markup=False, timeout=4)
        article = self.screen.article
        if article is not None and article.id == clip.article_id:
            self.refresh_marks(article)
        if isinstance(app.screen, ClipsScreen):
            app.screen.load(select=clip.id)

    # -- the Clips screen

    def open_clips(self) -> None:
        app = self.screen.app
        if not isinstance(app.screen, ClipsScreen):
            app.push_screen(ClipsScreen(self))

    def jump_to_clip(self, clip: Clip) -> None:
        """Open the clip's article at its paragraph with the clip highlighted, and the claim it
        was made from selected (when a re-analysis no longer finds that claim, the reader says so
        and selects none: not another claim found since where it started)."""
        self.pending_focus_clip = (clip.article_id, clip.id)
        self.screen.open_article(clip.article_id, paragraph=clip.paragraph, claim_id=clip.claim_id, clip=clip)

    # -- clipboard

    def copy(self, passage: Passage) -> None:
        app = self.screen.app

        def run() -> None:
            def osc52(text: str) -> None:
                app.call_from_thread(app.copy_to_clipboard, text)

            try:
                sentence = self.library.copy(passage, osc52=osc52)
            except ExportError as exc:
                self._notify_from_thread(str(exc), title="Copy", severity="error")
                return
            self._notify_from_thread(sentence, title="Copy", timeout=6)

        self._work(run, "copy")

    # -- export

    def export(self, fmt: str | None = None, scope: str | None = None, tag: str | None = None) -> None:
        app = self.screen.app
        if isinstance(app.screen, ExportDialog):
            return
        query = self.screen.query_text.strip()
        if scope == "search" and not query:
            app.notify("Search first: there is no query to export the results of.", timeout=4)
            return
        app.push_screen(
            ExportDialog(fmt=fmt or "md", scope=scope or "clips", query=query, tag=tag), self._export_chosen
        )

    def _export_chosen(self, request: ExportRequest | None) -> None:
        if request is not None:
            self.run_export(request)

    def run_export(self, request: ExportRequest, overwrite: bool = False) -> None:
        def run() -> None:
            dest = Path(request.path).expanduser()
            if dest.exists() and not dest.is_dir() and not overwrite:
                self.screen.post_message(ExportNeedsConfirmation(request))
                return
            query = request.query if request.scope == "search" else None
            try:
                tag = request.tag if request.scope == "clips" else None
                result = self.library.export(request.fmt, query, dest=dest, overwrite=overwrite, tag=tag)
            except Exception as exc:  # a query error, an unreadable index, a file: one line, not a traceback
                self._notify_from_thread(f"Export failed: {exc}", severity="error")
                return
            if not result.count:
                what = "no clips yet" if request.scope == "clips" else f"no paragraphs match {request.query}"
                if request.scope == "clips" and request.tag is not None:
                    what = f"no clips tagged {request.tag}"
                self._notify_from_thread(f"Nothing to export: {what}.", severity="warning")
                return
            count = f"{result.count} passage{'s' if result.count != 1 else ''}"
            self._notify_from_thread(f"Exported {count} to {result.written}", title="Export", timeout=8)

        self._work(run, "export", exclusive=True)

    def confirm_export(self, message: ExportNeedsConfirmation) -> None:
        request = message.request

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_export(request, overwrite=True)
            else:
                self.screen.app.notify("Export cancelled; the existing file was left as it was.", timeout=4)

        self.screen.app.push_screen(ConfirmDialog(f"{display(request.path)} already exists. Replace it?"), answered)
