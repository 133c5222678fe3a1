"""The Clips screen (`C`): every marked passage, to reorder, annotate, delete, copy, export or open;
`t` shows only the clips with one of their tags (each press the next tag, then all again), and
`e` then exports those.

On opening, the clips are re-anchored against their articles' current text (as
`belreader export --clips` does) in a worker, and what that changed is told once.
Every store call runs in a thread worker; the list is rebuilt from the store after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from belreader.library import CLIP_ORDER_NAMES
from belreader.text import display, display_inline
from belreader.tui.messages import report_failure
from belreader.tui.rendering import Hanging
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.option_list import FittedOptionList
from belreader.tui.widgets.safe_input import SafeInput

_DIM = Style(dim=True)
QUOTE_CHARS = 240


def clip_prompt(number: int, clip) -> Hanging:
    """Quote, then article · paragraph · status, then note and tags, wrapped in one column
    beside the clip's number."""
    text = Text()
    quote = display_inline(clip.quote)
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1] + "…"
    text.append(f"“{quote}”")
    text.append("\n")
    text.append(display(clip.title) or display(clip.article_id), style=Style(italic=True))
    text.append(f" · para. {clip.paragraph + 1}", style=_DIM)
    if clip.is_orphaned:
        text.append("  ⚠ not found in the current article (kept)", style=Style(bold=True, color="red"))
    elif clip.changed_since_marked:
        text.append("  ⚠ changed since marked", style=Style(bold=True, color="red"))
    elif clip.status == "reanchored":
        text.append("  re-anchored", style=_DIM)
    if clip.changed_since_marked and not clip.is_orphaned:
        # The quote above is what was marked; this is what the article says there now.
        now = " ".join(display(clip.current_quote).split())
        if len(now) > QUOTE_CHARS:
            now = now[: QUOTE_CHARS - 1] + "…"
        text.append("\n")
        text.append("now: ", style=_DIM)
        text.append(f"“{now}”", style=Style(italic=True))
    if clip.note.strip():
        text.append("\n")
        text.append("note: ", style=_DIM)
        text.append(" ".join(display(clip.note).split()))
    if clip.tags:
        text.append("\n")
        text.append("tags: ", style=_DIM)
        text.append(", ".join(display(t) for t in clip.tags), style=Style(bold=True))
    return Hanging(Text(f"{number:>3}. ", style=Style(bold=True)), text)


@dataclass
class ClipsLoaded(Message):
    clips: list
    summary: str = ""
    select: int | None = None  # clip id to highlight


class ClipList(FittedOptionList):
    """The project's clips, one option each."""


class ClipActions(Protocol):
    """What the Clips screen asks of the reader that opened it (its PassageActions)."""

    def jump_to_clip(self, clip) -> None: ...
    def write(self, change: Callable[[], object]) -> None: ...
    def undo(self) -> None: ...
    def copy(self, passage) -> None: ...
    def export(self, fmt: str | None = None, scope: str | None = None, tag: str | None = None) -> None: ...


class ClipsScreen(ModalScreen[None]):
    """Every clip across articles. A modal screen, so the reader's keys stay with the reader.
    Opening, undo, copy and export are the reader's passage actions, handed in."""

    DEFAULT_CSS = """
    ClipsScreen { background: $background; }
    #clips-title { padding: 0 1; height: 1; background: $boost; }
    #clips-list { height: 1fr; border: none; }
    #clips-list > .option-list--option { padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,q,C", "close", "Close", tooltip="back to the reader"),
        Binding("enter", "open_clip", "Open", tooltip="open the article at the clip, highlighted"),
        Binding("o", "toggle_order", "Order", tooltip="newest first, or your order"),
        Binding("shift+up,K", "move(-1)", "Move up", tooltip="move the clip up in your order"),
        Binding("shift+down,J", "move(1)", "Move down", tooltip="move the clip down in your order"),
        Binding("n", "edit_note", "Note/tags", tooltip="add or edit the clip's note and tags"),
        Binding("d,delete", "delete", "Delete", tooltip="delete the clip (asks first)"),
        Binding("u", "undo_delete", "Undo", tooltip="bring back the clip last deleted (or unmarked in the reader)"),
        Binding("y", "copy", "Copy", tooltip="copy the clip with its citation"),
        Binding("e", "export", "Export", tooltip="export clips: Markdown, JSON or CSV"),
        Binding("t", "filter_tag", "Tag", show=False, tooltip="only the clips with a tag: the next tag, then all"),
    ]

    def __init__(self, actions: ClipActions, order: str = "newest") -> None:
        super().__init__()
        self.actions = actions
        self.order = order
        self.clips: list = []  # those shown: all, or those with `tag`
        self.all_clips: list = []
        self.tag: str | None = None
        # Writes run one after another in the order asked, none dropped, in the reader's one
        # queue of clip writes (an exclusive worker per write cancelled one not yet started when
        # the next key came: `K K` moved a clip once, a note saved just before a move could be
        # lost, and `u` right after `d` found nothing to undo yet). `_pending`: this screen's
        # writes not yet done; `_order`: the clips' ids in the user's order with the moves asked
        # applied, ahead of the store, so each move starts from the last.
        self._pending = 0
        self._select: int | None = None
        self._order: list[int] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="clips-title", markup=False)
        yield ClipList(id="clips-list")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self._show_title(loading=True)
        self.query_one(ClipList).focus()
        self.load(reanchor=True)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    # -- loading

    @work(thread=True, exclusive=True, exit_on_error=False, group="clips-load")
    def load(self, reanchor: bool = False, select: int | None = None) -> None:
        clips, summary = self.app.library.clips(self.order, reanchor=reanchor)
        self.post_message(ClipsLoaded(clips, summary, select))

    def on_clips_loaded(self, message: ClipsLoaded) -> None:
        self.all_clips = message.clips
        if not self._pending:
            self._order = None  # the store has every move: read the order from it again
        if self.tag is not None and not self._tagged(self.tag):
            self.tag = None  # its last clip was deleted or untagged
        self.clips = self._tagged(self.tag) if self.tag is not None else list(self.all_clips)
        clip_list = self.query_one(ClipList)
        previous = self.selected_clip()
        wanted = message.select if message.select is not None else (previous.id if previous else None)
        clip_list.set_options([Option(clip_prompt(i + 1, c), id=str(c.id)) for i, c in enumerate(self.clips)])
        if not self.clips:
            clip_list.set_options(
                [
                    Option(
                        Text(
                            "No clips yet. In an article, space marks the paragraph, v selects a span, "
                            "c marks a claim's sentence (Claims tab).",
                            style=_DIM,
                        ),
                        disabled=True,
                    )
                ]
            )
        elif wanted is not None and any(c.id == wanted for c in self.clips):
            clip_list.highlighted = clip_list.get_option_index(str(wanted))
        else:
            clip_list.highlighted = 0
        self._show_title()
        if message.summary:
            self.notify(message.summary, title="Clips", severity="warning", markup=False, timeout=8)

    def _show_title(self, loading: bool = False) -> None:
        text = Text("Clips", style=Style(bold=True))
        if loading:
            text.append("  re-anchoring…", style=_DIM)
        else:
            orphaned = sum(1 for c in self.clips if c.is_orphaned)
            changed = sum(1 for c in self.clips if c.changed_since_marked and not c.is_orphaned)
            if self.tag is not None:
                text.append(f" tagged {display(self.tag)}", style=Style(bold=True))
                text.append(f" ({len(self.clips)} of {len(self.all_clips)})", style=_DIM)
            else:
                text.append(f" ({len(self.clips)})", style=_DIM)
            text.append(f"  ·  {CLIP_ORDER_NAMES[self.order]}", style=_DIM)
            if orphaned:
                text.append(f"  ·  {orphaned} not found in their articles", style=Style(bold=True, color="red"))
            if changed:
                text.append(f"  ·  {changed} changed since marked", style=Style(bold=True, color="red"))
            text.append("  ·  enter opens  ·  o toggles the order", style=Style(dim=True, italic=True))
            if self.tags():
                text.append("  ·  t filters by tag", style=Style(dim=True, italic=True))
        self.query_one("#clips-title", Static).update(text)

    def tags(self) -> list[str]:
        """The tags of the clips, each once (case ignored), in alphabetical order."""
        found: dict[str, str] = {}
        for clip in self.all_clips:
            for tag in clip.tags:
                found.setdefault(tag.casefold(), tag)
        return [found[k] for k in sorted(found)]

    def _tagged(self, tag: str) -> list:
        wanted = tag.casefold()
        return [c for c in self.all_clips if any(t.casefold() == wanted for t in c.tags)]

    def action_filter_tag(self) -> None:
        tags = self.tags()
        if not tags:
            self.notify("No clip has a tag yet: n adds a note and tags to the highlighted one.", timeout=4)
            return
        folded = [t.casefold() for t in tags]
        at = folded.index(self.tag.casefold()) + 1 if self.tag is not None and self.tag.casefold() in folded else 0
        self.tag = tags[at] if at < len(tags) else None
        self.load()

    def selected_clip(self):
        clip_list = self.query_one(ClipList)
        if clip_list.highlighted is None or not self.clips:
            return None
        option = clip_list.get_option_at_index(clip_list.highlighted)
        return next((c for c in self.clips if str(c.id) == option.id), None)

    # -- actions

    def action_close(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#clips-list")
    def action_open_clip(self) -> None:
        clip = self.selected_clip()
        if clip is None:
            return
        self.dismiss(None)
        self.actions.jump_to_clip(clip)

    def action_toggle_order(self) -> None:
        self.order = "position" if self.order == "newest" else "newest"
        self.load()

    def action_move(self, step: int) -> None:
        clip = self.selected_clip()
        if clip is None:
            return
        if self.order != "position":
            self.notify("Press o for your order first; then shift+up/down (K/J) moves clips.", timeout=4)
            return
        order = self._order or [c.id for c in sorted(self.all_clips, key=lambda c: (c.position, c.id))]
        if clip.id not in order:
            return
        at = order.index(clip.id)
        to = max(0, min(at + step, len(order) - 1))
        if to == at:
            return
        order.insert(to, order.pop(at))
        self._order = order
        library = self.app.library
        self._write(lambda: library.move_clip(clip.id, to), select=clip.id)

    # -- writes, in order

    def _write(self, change: Callable[[], object], select: int | None = None) -> None:
        """Run `change` (a Library write) after the clip writes asked before it; the list is
        read again once none of this screen's is left (`select`: the clip to highlight then)."""
        self._pending += 1
        if select is not None:
            self._select = select

        def run() -> None:
            try:
                change()
            finally:
                self.app.call_from_thread(self._written)

        self.actions.write(run)

    def _written(self) -> None:
        self._pending -= 1
        if not self._pending and self.is_attached:
            select, self._select = self._select, None
            self.load(select=select)

    def action_edit_note(self) -> None:
        clip = self.selected_clip()
        if clip is None:
            return

        def saved(result: tuple[str, str] | None) -> None:
            if result is not None:
                self._update(clip.id, *result)

        self.app.push_screen(NoteDialog(clip.note, ", ".join(clip.tags)), saved)

    def _update(self, clip_id: int, note: str, tags: str) -> None:
        library = self.app.library
        self._write(lambda: library.update_clip(clip_id, note=note, tags=tags), select=clip_id)

    def action_delete(self) -> None:
        from belreader.tui.screens.export_dialog import ConfirmDialog

        clip = self.selected_clip()
        if clip is None:
            return
        quote = display_inline(clip.quote)
        short = quote if len(quote) <= 80 else quote[:79] + "…"

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(clip)

        # what goes with it, said as the reader's unmark says it
        kept = " and ".join(x for x in ("note" if clip.note.strip() else "", "tags" if clip.tags else "") if x)
        with_it = f" Its {kept} {'go' if ' and ' in kept else 'goes'} with it (u brings the clip back)." if kept else ""
        question = f"Delete this clip?{with_it}\n\n“{short}”"
        self.app.push_screen(ConfirmDialog(question, yes="Delete", no="Keep"), answered)

    def _delete(self, clip) -> None:
        library = self.app.library

        def delete() -> None:
            library.remove_clip(clip)  # kept for `u`
            self.app.call_from_thread(self.notify, "Clip deleted (u undoes).", timeout=3)

        self._write(delete)

    def action_undo_delete(self) -> None:
        self.actions.undo()

    def action_copy(self) -> None:
        clip = self.selected_clip()
        if clip is not None:
            self.actions.copy(self.app.library.clip_passage(clip))

    def action_export(self) -> None:
        self.actions.export(scope="clips", tag=self.tag)


class NoteDialog(ModalScreen[tuple[str, str] | None]):
    """The note and the tags (comma-separated) of one clip."""

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    #note-box { width: 72; max-width: 95%; height: auto; border: thick $primary; background: $surface; padding: 0 2; }
    #note-box Label { color: $text-muted; margin: 1 0 0 0; }
    #note-buttons { height: auto; padding: 1 0; align: right middle; }
    #note-buttons Button { margin: 0 0 0 2; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, note: str, tags: str) -> None:
        super().__init__()
        self.note = note
        self.tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Label("Note")
            # the cursor at the end, nothing selected: what is typed adds to the note, never
            # wipes it (the whole value selected on focus would be replaced by the first key)
            yield SafeInput(self.note, id="note-input", placeholder="why this passage matters", select_on_focus=False)
            yield Label("Tags (comma-separated)")
            yield SafeInput(self.tags, id="tags-input", placeholder="sanctions, loans", select_on_focus=False)
            with Horizontal(id="note-buttons"):
                yield Button("Save", variant="primary", id="note-save")
                yield Button("Cancel", id="note-cancel")

    def on_mount(self) -> None:
        self.query_one("#note-input", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#note-save")
    def _save(self) -> None:
        self.dismiss((self.query_one("#note-input", Input).value, self.query_one("#tags-input", Input).value))

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        """Close without saving; a note or tags changed are only dropped once the user says so
        (escape pressed by mistake lost a note being written)."""
        from belreader.tui.screens.export_dialog import ConfirmDialog

        note = self.query_one("#note-input", Input).value
        tags = self.query_one("#tags-input", Input).value
        if (note, tags) == (self.note, self.tags):
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog("Discard the changes to this clip's note and tags?", yes="Discard", no="Keep editing"),
            answered,
        )
