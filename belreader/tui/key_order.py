"""Keys handled in the order they were typed, each by the widget focused when its turn comes.

Textual routes a key as it arrives: the app checks its priority bindings, then posts the key to
the focused widget, which handles it later and passes it up to the screen and the app (each a
queue of its own). Keys that arrive together (typed while the reader is busy, or pasted) are
therefore all routed before the first is handled: a key that moves the focus (`/`, Tab, esc,
`C` opening a screen) came too late for the keys behind it, and a priority binding (`/`) ran
before the keys ahead of it (`esc esc / Putin` ended with an empty box: the escapes, handled
after `/`, cleared what followed).

`KeyOrder` holds a key back while the one before it is on its way: a `KeyHandled` message posted
right behind each routed key follows it up the same queues, so when it reaches the app the key
has been handled. A key typed into a box (which the box consumes: it moves no focus) holds
nothing, so typing stays as quick as the box; a key whose way was cut (its widget or screen
closed) is let go at once, and any key held longer than `STALE_AFTER` whatever happened.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable

from textual import events
from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump

STALE_AFTER = 2.0  # seconds: a key not seen handled by then no longer holds the next ones
LOOK_AGAIN = 0.1  # seconds between looks at a held key's way (was it cut?)


class KeyHandled(Message):
    """Posted right behind a routed key to the widget it went to; it reaches the app (bubbling up
    the key's own way) once the key has been handled."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.set_sender(app)
        self.at: MessagePump = app  # the queue it is in: where its key's way could be cut
        self.lost = False
        self.target: MessagePump = app  # the widget its key was sent to
        self.again = True  # up the key's way once more before the next key goes (see `handled`)

    def _bubble_to(self, widget: MessagePump) -> None:
        self.at = widget
        self._no_default_action = False
        if not widget.post_message(self):  # the widget is closing: the key went no further either
            self.lost = True


class KeyOrder:
    """The app's keys (and pastes), held while the key before them is being handled."""

    def __init__(self, app: App, route: Callable[[events.Event], Awaitable[bool]]) -> None:
        self._app = app
        self._route = route  # routes an input event as Textual does; True if sent to a widget
        self._waiting: deque[events.Event] = deque()
        self._probe: KeyHandled | None = None
        self._since = 0.0
        self._watching = False

    async def arrive(self, event: events.Event) -> None:
        """A key or a paste from the terminal: routed now, or after the ones before it."""
        self._waiting.append(event)
        await self._release()

    async def handled(self, probe: KeyHandled) -> None:
        """The key ahead of `probe` has been handled."""
        if probe is not self._probe:
            return
        if probe.again and not self._gone(probe):
            # A key's binding runs when the key reaches the app, and what it posts to the key's
            # widget (enter in a dialog's box: Submitted, which closes the dialog) is handled
            # after: the probe goes up the same way once more, behind it. Without this the key
            # after enter reached the box before the dialog closed (`n`, a note, enter, `K`
            # saved the note "…K").
            probe.again = False
            probe.at = probe.target
            probe._stop_propagation = probe._no_default_action = False
            if probe.target.post_message(probe):
                return
        self._probe = None
        await self._release()

    async def _release(self) -> None:
        while self._waiting:
            if self._probe is not None and not self._gone(self._probe):
                self._watch()
                return
            self._probe = None
            event = self._waiting.popleft()
            if await self._route(event):
                target = self._app.focused or self._app.screen
                if isinstance(event, events.Key) and target.check_consume_key(event.key, event.character):
                    continue  # typed into a box, where it moves no focus: the next key may follow at once
                probe = KeyHandled(self._app)
                probe.at = probe.target = target
                if target.post_message(probe):
                    self._probe, self._since = probe, time.monotonic()

    def _gone(self, probe: KeyHandled) -> bool:
        """Will `probe` never reach the app? (Its queue closed, or its widget left the screen.)"""
        if probe.lost or time.monotonic() - self._since > STALE_AFTER:
            return True
        at = probe.at
        return at is not self._app and (at._closing or at._closed or not at.is_attached)

    def _watch(self) -> None:
        """Look again shortly, in case the key ahead is never seen handled."""
        if not self._watching:
            self._watching = True
            self._app.set_timer(LOOK_AGAIN, self._look_again)

    def _look_again(self) -> None:
        self._watching = False
        self._app.call_later(self._release)
