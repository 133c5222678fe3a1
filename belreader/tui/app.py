"""The reader app: the project, the theme, the saved state, the global keys and the one
handler for failed workers. The reader itself is a screen (`screens/reader.py`).

`make_app` is the one way to build it (cli.py, the tests, scripts/screenshots.py).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.notifications import Notification
from textual.screen import Screen

from belreader.library import ArticleSummary, CorpusError, Library
from belreader.state import UIState, read_state, save_state, state_path
from belreader.text import display, display_block
from belreader.tui.commands import BelreaderCommands
from belreader.tui.key_order import KeyHandled, KeyOrder
from belreader.tui.messages import WorkerFailed
from belreader.tui.screens.help import HelpScreen, class_bindings
from belreader.tui.screens.passage_actions import ClipWrites
from belreader.tui.screens.reader import ReaderScreen, help_sections

_STARTUP_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="belreader-startup")

EXIT_GRACE = 3.0  # seconds a closed reader may take to end before it is ended (see _end_when_stuck)
# A reader closed without `q` (its terminal gone) still lets the clip writes asked finish, for
# at most this long (SQLite gives up on a locked database well before), before the grace.
WRITES_GRACE = 60.0


class BelreaderApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "belreader"
    COMMANDS = App.COMMANDS | {BelreaderCommands}
    COMMAND_PALETTE_BINDING = "ctrl+p"

    # The reader's own keys are the reader screen's; these work wherever the app does.
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="this screen"),
        Binding("q", "quit", "Quit", id="quit", tooltip="quit; the open article, query and layout come back next time"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            show=False,
            id="palette",
            tooltip="commands: open: entity: search: view: compare: export: clips: theme:",
        ),
    ]

    def __init__(self, corpus=None, index_dir=None, state_dir=None, analysis: bool = True) -> None:
        super().__init__()
        # The project: the reader only asks it (in workers) and shows the answers. analysis=False
        # (--no-nlp): an index without entities and claims (huge corpora), and no analysis
        # anywhere: the open article's panels say analysis is off.
        self.library = Library(corpus, index_dir, analysis=analysis)
        # Read what the index holds while Textual starts up; the reader's index worker picks it up.
        self.prefetch: Future[list[ArticleSummary] | None] = _STARTUP_POOL.submit(self.library.summaries_if_indexed)
        if state_dir is None:  # the project's own state: each corpus keeps its reading place
            self.state_file = self.library.state_path
            self.state, self._state_notice = self.library.read_state()
        else:  # a folder named by the caller (tests, scripts)
            self.state_file = state_path(state_dir)
            self.state, self._state_notice = read_state(self.state_file)
        if self.state.corpus not in (None, str(self.library.corpus)):
            recent = self.state.recent_queries
            self.state = UIState(theme=self.state.theme, side_panel=self.state.side_panel, recent_queries=recent)
        self.state.corpus = str(self.library.corpus)
        self.reader = ReaderScreen(self.library, self.state)
        self._notices_in_place: dict[str, Notification] = {}
        self.key_order = KeyOrder(self, self._route_input)
        self._earlier_readers: list[ReaderScreen] = []  # of the projects switched from: their writes may run on
        self._quit_waiting = 0  # q presses since quitting began waiting for the clip writes

    @property
    def index(self) -> Library:
        """The former name of `library` (tests written before the façade read articles through it)."""
        return self.library

    def get_default_screen(self) -> Screen:
        return self.reader

    def on_mount(self) -> None:
        if self.state.theme and self.state.theme in self.available_themes:
            self.theme = self.state.theme
        self.title = f"belreader — {display(self.library.corpus.name) or 'corpus'}"
        if self._state_notice:
            self.notify(self._state_notice, title="Reader state", severity="warning", timeout=10)
        if not self.is_headless and sys.__stdin__ is not None:
            self.watch_terminal(sys.__stdin__.fileno())

    def watch_terminal(self, fd: int) -> None:
        """Leave, saving the state, when the terminal on `fd` goes away: on a hangup signal,
        or when the terminal is gone without one (a `make run` whose tmux pane was killed).
        Textual's input thread would otherwise read end-of-file in a loop at full CPU."""
        if not os.isatty(fd):
            return
        self.set_interval(1.0, lambda: None if os.isatty(fd) else self.exit())
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.exit)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no SIGHUP
            pass

    def watch_theme(self, theme: str) -> None:
        self.state.theme = theme

    def set_theme(self, name: str) -> None:
        self.theme = name

    # ------------------------------------------------------------------ projects (issue 13, defect 8)

    def switch_project(self, key: str, _waited: int = 0) -> None:
        """Read another project: its own Library, reading place, clips, history and marks. The
        current project's state is saved first; the new one's index is brought up to date as
        at start-up."""
        if self.screen is not self.reader and _waited < 20:  # a closing palette or dialog goes first
            self.set_timer(0.05, lambda: self.switch_project(key, _waited + 1))
            return
        if key == self.library.project_key:
            self.notify("That project is open already.", timeout=3)
            return
        try:
            library = self.library.open_project(key)
        except (LookupError, CorpusError) as exc:
            self.notify(f"Cannot open the project: {exc}", severity="error", timeout=8)
            return
        self.save_state()
        state, notice = library.read_state()
        if state.corpus not in (None, str(library.corpus)):
            state = UIState(side_panel=state.side_panel, recent_queries=state.recent_queries)
        state.corpus, state.theme = str(library.corpus), self.theme
        self.library, self.state, self.state_file = library, state, library.state_path
        self.prefetch = _STARTUP_POOL.submit(library.summaries_if_indexed)
        previous, self.reader = self.reader, ReaderScreen(library, state)
        self._earlier_readers.append(previous)
        self.title = f"belreader — {display(library.corpus.name) or 'corpus'}"
        self.workers.cancel_node(previous)  # its index update and searches are of the other corpus
        if len(self.screen_stack) > 1:
            self.switch_screen(self.reader)  # the previous project's reader goes
        else:
            # The first reader is the default screen, which cannot be switched away: it stays
            # under the others, idle (its workers cancelled), and later switches replace the top.
            self.push_screen(self.reader)
        self.notify(f"Project: {display(library.corpus.name)} ({display(str(library.corpus))})", timeout=4)
        if notice:
            self.notify(notice, title="Reader state", severity="warning", timeout=10)

    # ------------------------------------------------------------------ keys, in the order typed

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            await self.key_order.arrive(event)  # see key_order.py
        else:
            await super().on_event(event)

    async def _route_input(self, event: events.Event) -> bool:
        """Textual's own routing of a key (priority bindings, else the focused widget); True if
        the key was sent on to a widget."""
        await super().on_event(event)
        return event.is_forwarded

    async def on_key_handled(self, message: KeyHandled) -> None:
        await self.key_order.handled(message)

    # ------------------------------------------------------------------ workers and notifications

    def on_worker_failed(self, message: WorkerFailed) -> None:
        """The one handler for the reader's failed workers (they post `WorkerFailed`)."""
        worker = message.worker
        error = worker.error
        text = display(str(error)) or type(error).__name__
        self.notify(text, title=f"{worker.group} failed", severity="error", markup=False, timeout=10)

    def notify(self, message, *, title: str = "", severity="information", timeout=None, markup: bool = True) -> None:
        """Every notification, the screens' too: the text may hold outside strings (file names,
        exception messages), so it is sanitised and never read as markup."""
        super().notify(display_block(message), title=display(title), severity=severity, timeout=timeout, markup=False)

    def action_help_quit(self) -> None:
        """ctrl+c outside a box (the reflex of a terminal user; in a box it copies): say how to
        quit. Textual's own hint is markup ("Press [b]ctrl+q[/b]"), which `notify` shows as typed,
        and names ctrl+q, not the `q` the footer shows."""
        self.notify(
            "Press q to quit (ctrl+q in a box); the open article and query come back next time.",
            title="Do you want to quit?",
        )

    def notify_in_place(self, key: str, message: str, *, timeout: float | None = None) -> None:
        """A notice that replaces the previous one of the same `key` instead of stacking under it
        (`n` pressed ten times shows one "hit 3 of 7", not ten). Called on the app's thread only.
        Textual has no public way to withdraw a toast, hence its `_notifications`, `_unnotify` and
        `_refresh_notifications` (textual is pinned)."""
        previous = self._notices_in_place.pop(key, None)
        if previous is not None and previous in self._notifications:
            self._unnotify(previous, refresh=False)
        notice = Notification(
            display_block(message), "", "information", self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        )
        self._notices_in_place[key] = notice
        self._notifications.add(notice)  # at once, not by a message: the key's answer shows before the next key
        self._refresh_notifications()

    # ------------------------------------------------------------------ global actions

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(help_sections(class_bindings(type(self)))))

    # ------------------------------------------------------------------ state

    def save_state(self) -> None:
        state = self.state
        self.reader.capture_state(state)
        state.theme = self.theme
        try:
            save_state(state, self.state_file)
        except OSError as exc:
            self.notify(f"could not save the reader state: {exc}", severity="warning", markup=False)

    def run(self, *args, **kwargs):
        """Run the reader; once it has closed, the process ends within EXIT_GRACE seconds (on a
        terminal only: headless runs, such as the snapshot tests', share their process)."""
        self._end_when_closed = not kwargs.get("headless", False)
        return super().run(*args, **kwargs)

    def on_unmount(self) -> None:
        self.save_state()
        self.workers.cancel_all()
        if getattr(self, "_end_when_closed", False) and not self.is_headless:
            _end_when_stuck(EXIT_GRACE, self.clip_writes())

    def clip_writes(self) -> list[ClipWrites]:
        """The queues of clip writes of this reader and of the projects switched from."""
        return [reader.passages.writes for reader in (*self._earlier_readers, self.reader)]

    async def action_quit(self) -> None:
        if self._quit_waiting:
            self._quit_waiting += 1
            if self._quit_waiting > 2:  # asked three times: the user chose to go
                self.save_state()
                self.exit()
            else:
                self.notify(
                    "Still saving your clips: the reader closes once they are saved. Press q again to quit "
                    "without waiting (the change being saved may be lost).",
                    title="Quit",
                    severity="warning",
                    timeout=8,
                )
            return
        if any(writes.pending for writes in self.clip_writes()):
            # A mark, unmark or note just asked is still being saved: the process ends soon after
            # the reader closes, so the write is waited for here (the reader stays responsive).
            self._quit_waiting = 1
            self.notify("Saving your clips before quitting…", title="Quit", timeout=5)
            queues = self.clip_writes()
            failed_before = [len(writes.failures) for writes in queues]
            self.run_worker(
                self._quit_when_saved(queues, failed_before), name="quit", group="quit", exit_on_error=False
            )
            return
        self.save_state()
        self.exit()

    async def _quit_when_saved(self, queues: list[ClipWrites], failed_before: list[int]) -> None:
        for writes in queues:
            await asyncio.to_thread(writes.wait)
        failures = [f for writes, before in zip(queues, failed_before, strict=True) for f in writes.failures[before:]]
        if self._quit_waiting > 2:  # quit meanwhile without waiting
            return
        self._quit_waiting = 0
        if failures:
            # Not closed: the user learns what was not saved while the reader can still show it.
            self.notify(
                f"A clip change could not be saved: {failures[0]}. The reader stays open: the Clips "
                "screen (C) shows what is saved; q quits.",
                title="Clips not saved",
                severity="error",
                timeout=20,
            )
            return
        self.save_state()
        self.exit()


def _end_when_stuck(grace: float, writes: list[ClipWrites] | None = None) -> None:
    """End the process `grace` seconds from now if it is still here (once the clip `writes`
    asked are done, for at most WRITES_GRACE seconds: a closed reader never cuts one).

    A thread worker cannot be stopped, and Python waits for every one before the process ends
    (asyncio's default executor, then the interpreter): a closed reader, or one whose terminal
    hung up, stayed alive while an article was being analysed, for minutes or, for a 19 MB
    article, in practice for ever, holding its memory. Called once the state is saved and the
    widgets are gone; the terminal is restored well within the grace."""
    import threading

    def end() -> None:
        deadline = time.monotonic() + WRITES_GRACE
        for queue in writes or ():
            queue.wait(max(0.0, deadline - time.monotonic()))
        time.sleep(grace)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # the terminal may be gone
                pass
        os._exit(0)

    threading.Thread(target=end, name="belreader-exit", daemon=True).start()


def make_app(corpus=None, index_dir=None, state_dir=None, analysis: bool = True) -> BelreaderApp:
    """The reader on `corpus` (default: $BELREADER_CORPUS or the bundled one)."""
    return BelreaderApp(corpus=corpus, index_dir=index_dir, state_dir=state_dir, analysis=analysis)
