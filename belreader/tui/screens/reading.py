"""The reader screen's side of read and starred articles, and of opening an article's web page
(issue 13, "Read and starred state", newsboat's).

The marks are the project's (`Library.mark_read`, `toggle_star`, `read_ids`, `starred_ids`:
`belreader mark` and `list --starred/--unread` read the same file). An article opened becomes
read; `*` stars or unstars the highlighted article in the list (or the open one); the list
and the hits show "★" for starred and "•" for unread; `o` opens the open article's URL in the
browser, or says it has none. `ReadingActions` is a helper the reader screen owns (as
`PassageActions`): it asks the Library in thread workers and shows the answers on the event
loop.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from textual.app import App
from textual.message import Message
from textual.worker import Worker

from belreader.article import Article
from belreader.library import ArticleFilter, ArticleSummary, Library
from belreader.text import display
from belreader.tui.widgets.article_list import ArticleList, HitList


class ReadingHost(Protocol):
    """What ReadingActions needs of the screen that owns it (the reader screen)."""

    library: Library
    article: Article | None
    summaries: list[ArticleSummary]

    @property
    def app(self) -> App: ...

    def run_worker(self, work: Callable[[], None], **kwargs) -> Worker: ...

    def post_message(self, message: Message) -> bool: ...

    def query_one(self, selector: Any) -> Any: ...

    def apply_filter(self, chosen: ArticleFilter | None) -> None: ...

    def submit_write(self, change: Callable[[], object]) -> None: ...


@dataclass
class MarksReady(Message):
    """The project's read and starred articles, as they are now."""

    read: set[str]
    starred: set[str]


class ReadingActions:
    """Read and starred marks and `o` for one reader screen; Library calls run in workers."""

    def __init__(self, screen: ReadingHost) -> None:
        self.screen = screen
        self.read: set[str] = set()
        self.starred: set[str] = set()
        # Star writes wait their turn: each `*` records the state wanted, and one worker at a
        # time writes what is pending, so two quick presses never race (a slow first write
        # landing last would leave the file starred while the list shows it unstarred).
        self._star_lock = threading.Lock()
        self._star_pending: dict[str, bool] = {}
        self._star_writing = False

    def _work(self, fn: Callable[[], None], group: str) -> Worker:
        return self.screen.run_worker(fn, name=group, group=group, thread=True, exit_on_error=False)

    def _notify_from_thread(self, message: str, **kwargs) -> None:
        app = self.screen.app
        app.call_from_thread(app.notify, message, **kwargs)

    # -- the marks

    def load(self) -> None:
        """Read the project's marks (at start, and after a change)."""
        library = self.screen.library

        def run() -> None:
            try:
                read, starred = library.read_ids(), set(library.starred_ids())
            except OSError as exc:
                self._notify_from_thread(f"could not read the read and starred marks: {exc}", severity="warning")
                return
            self.screen.post_message(MarksReady(read, starred))

        self._work(run, "marks")

    def ready(self, message: MarksReady) -> None:
        self.read, self.starred = message.read, message.starred
        self._show()

    def _show(self) -> None:
        for widget in (self.screen.query_one(ArticleList), self.screen.query_one(HitList)):
            widget.set_marks(self.read, self.starred)

    def opened(self, article_id: str) -> None:
        """An article was opened: it is read from now on."""
        if article_id in self.read:
            return
        self.read = self.read | {article_id}
        self._show()
        library = self.screen.library

        def run() -> None:
            try:
                library.mark_read(article_id)
            except OSError as exc:
                self._notify_from_thread(f"could not mark the article read: {exc}", severity="warning")

        self.screen.submit_write(run)  # in the reader's queue of writes, which quitting waits for

    def target(self) -> tuple[str, str] | None:
        """(id, title) of the article `*` and the palette's star act on: the highlighted one in
        the list or the hits when that has focus, else the open one."""
        screen = self.screen
        titles = {s.id: s.title for s in screen.summaries}
        articles, hits = screen.query_one(ArticleList), screen.query_one(HitList)
        chosen: str | None = None
        if articles.has_focus:
            chosen = articles.highlighted_id
        elif hits.has_focus and hits.highlighted_option is not None:
            chosen = hits.highlighted_option.id
        if chosen is None and screen.article is not None:
            chosen = screen.article.id
        return (chosen, titles.get(chosen, chosen)) if chosen else None

    def toggle_star(self) -> None:
        target = self.target()
        if target is None:
            self.screen.app.notify("Open or highlight an article to star it.", timeout=3)
            return
        article_id, title = target
        now = article_id not in self.starred
        self.starred = self.starred | {article_id} if now else self.starred - {article_id}
        self._show()
        self.screen.app.notify(f"{'Starred' if now else 'Unstarred'}: {display(title)}", timeout=3)
        with self._star_lock:
            self._star_pending[article_id] = now  # a press not yet written is replaced, not repeated
            if self._star_writing:
                return  # the running writer takes it next
            self._star_writing = True
        self.screen.submit_write(self._write_stars)  # quitting waits for it

    def _write_stars(self) -> None:
        """Write the pending stars one at a time, in the order pressed, until none is left."""
        library = self.screen.library
        while True:
            with self._star_lock:
                if not self._star_pending:
                    self._star_writing = False
                    return
                article_id = next(iter(self._star_pending))
                now = self._star_pending.pop(article_id)
            try:
                library.star(article_id, now)
            except Exception as exc:  # OSError, a marks file gone bad: said, and the next ones still written
                self._notify_from_thread(f"could not save the star: {exc}", severity="error")
                self.screen.app.call_from_thread(self.load)  # show the marks as they are on disk

    def show_only(self, kind: str) -> None:
        """Filter the article list to the starred (`kind` "starred") or the unread articles."""
        known = [s.id for s in self.screen.summaries]
        if kind == "starred":
            ids = [i for i in known if i in self.starred]
        else:
            ids = [i for i in known if i not in self.read]
        self.screen.apply_filter(
            ArticleFilter(kind, "starred articles" if kind == "starred" else "unread articles", tuple(ids))
        )

    # -- the article's web page

    def open_url(self) -> None:
        screen = self.screen
        article = screen.article
        if article is None:
            screen.app.notify("Open an article first.", timeout=3)
            return
        url = screen.library.article_url(article)
        if url is None:
            screen.app.notify(
                f"This article has no web address (no url in its metadata): {display(str(article.path))}", timeout=5
            )
            return

        def run() -> None:
            try:
                opened = webbrowser.open(url)
            except Exception as exc:  # no browser, a broken BROWSER setting: one line
                opened, why = False, str(exc)
            else:
                why = "no browser could be started"
            if opened:
                self._notify_from_thread(f"Opened in the browser: {url}", timeout=5)
            else:
                self._notify_from_thread(f"Could not open {url}: {why}", severity="warning", timeout=8)

        self._work(run, "open-url")
