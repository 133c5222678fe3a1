"""The Who said what screen (`W`, palette `corpus: who said what`): the corpus's speakers and
sources, each with every claim it makes or backs across the articles (issue 13).
The claims whose speaker the analysis could not resolve ("He (unresolved)") are not a voice:
they are one dim line after the voices, "speaker not resolved", to read and check them. The
speakers the articles describe without naming ("Analysts", "a spokesman") come before it, one
line each marked "not named": they are no named source (belreader/voices.py decides which).

Left, the speakers and sources (the Library's `voices()`: claims and articles each), narrowed
by typing in the box over them and by kind (`s`: all, speakers, sources); right, the claims of
the highlighted one (`voice_claims`), each under its article's title and paragraph. Enter on a
claim closes the screen with a `ClaimTarget` and the reader opens the article at the claim;
`e` exports the claims shown (the Library's `export_claims`: the export formats and writer,
never a writer of its own). Library calls run in thread workers; strings are data (Rich
`Text`, sanitised).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from belreader.library import (
    DESCRIBED_SPEAKER,
    FORMAT_EXTENSIONS,
    FORMAT_NAMES,
    UNRESOLVED_SPEAKER,
    Library,
    SearchCancelled,
    Voice,
)
from belreader.text import counted, display
from belreader.tui.rendering import quoted
from belreader.tui.screens.export_dialog import ConfirmDialog, file_in_folder, folder_hint, in_folder
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.option_list import FittedOptionList, divided
from belreader.tui.widgets.safe_input import SafeInput
from belreader.tui.widgets.title import FittedTitle

_DIM = Style(dim=True)
_BOLD = Style(bold=True)
KIND_FILTERS = ("all", "speaker", "source")
KIND_TITLES = {  # one, several
    "all": ("speaker or source", "speakers and sources"),
    "speaker": ("speaker", "speakers"),
    "source": ("source", "sources"),
}
EXPORT_FORMATS = ("csv", "json", "md")  # the who-said-what exports offered first; every format works


@dataclass(frozen=True)
class ClaimTarget:
    """Where the reader goes from a claim: its article, paragraph and claim id."""

    article_id: str
    paragraph: int
    claim_id: str


@dataclass
class VoicesReady(Message):
    voices: list[Voice]
    error: str = ""


@dataclass
class VoicesProgress(Message):
    """The Library's `voices()` moved on (a stage, and done of total for the analyses it
    reads); floods coalesce, as the index update's IndexProgress do: only the latest shows."""

    stage: str
    done: int = 0
    total: int = 0

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, VoicesProgress)


def progress_text(message: VoicesProgress) -> str:
    """What the list's head says while the voices are counted."""
    if message.stage == "sources":
        return (
            f"Naming the sources the entity table does not know: {message.done:,} of {message.total:,} articles read…"
        )
    if message.stage == "voices":
        return "Counting the speakers and sources…"
    return "Reading the claims…"


@dataclass
class VoiceClaimsReady(Message):
    voice: Voice
    records: list[dict]
    titles: dict[str, str]


@dataclass(frozen=True)
class ClaimsExportRequest:
    fmt: str
    path: str


def voice_row(voice: Voice, digits: int = 1) -> Text:
    """One line: the claims, right-aligned in `digits` columns, then the name (and "source" for
    a source). The list cuts it with an ellipsis when it is narrower (#voice-list's CSS), so a
    narrow screen shows one voice a line; its articles are in the title over its claims."""
    row = Text()
    row.append(f"{voice.claims:>{digits}}  ", style=_DIM)
    if voice.kind == UNRESOLVED_SPEAKER:  # not a person: set apart from the names
        row.append(display(voice.name), style=Style(dim=True, italic=True))
        return row
    if voice.kind == DESCRIBED_SPEAKER:  # "analysts": no one named, set apart from the names
        row.append(display(voice.name), style=Style(italic=True))
        row.append("  not named", style=Style(dim=True, italic=True))
        return row
    row.append(display(voice.name) or display(voice.id), style=_BOLD)
    if voice.kind == "source":
        row.append("  source", style=Style(dim=True, italic=True))
    return row


def voice_list_head() -> Text:
    """The head over the `voice_row`s: what their number counts."""
    return Text("claims · speaker or source", style=Style(dim=True, italic=True), no_wrap=True, overflow="ellipsis")


def claim_row(record: dict, title: str) -> Text:
    """'Title ¶3' over 'Peskov said: “…”' (and 'via TASS')."""
    row = Text()
    row.append(display(title) or display(record.get("article_id") or ""), style=Style(underline=True))
    row.append(f" ¶{int(record.get('paragraph') or 0) + 1}\n", style=_DIM)
    speaker = display(record.get("speaker") or "") or "?"
    verb = display(record.get("verb_text") or "")
    if record.get("verb") == "according to":
        row.append(f"according to {speaker}", style=_BOLD)
    else:
        row.append(f"{speaker} {verb}".strip() if verb else f"{speaker} (continued)", style=_BOLD)
    row.append(": ", style=_DIM)
    row.append(quoted(str(record.get("content") or ""), bool(record.get("direct_quote"))))
    return row


def export_path(voice: Voice, fmt: str, folder: Path | None = None) -> str:
    """`<folder>/belreader-claims-<voice id>-YYYYMMDD.<ext>` (the folder the Library's `export_folder`)."""
    name = f"belreader-claims-{display(voice.id)[:40] or 'voice'}-{Library.today()}.{FORMAT_EXTENSIONS.get(fmt, fmt)}"
    return in_folder(folder, name)


class VoiceList(FittedOptionList):
    """The speakers (or sources) with their counts."""


class VoiceClaimList(FittedOptionList):
    """The claims of the speaker or source chosen."""


class ClaimsExportDialog(ModalScreen[ClaimsExportRequest | None]):
    """The format and the file for a speaker's or source's claims."""

    DEFAULT_CSS = """
    ClaimsExportDialog { align: center middle; }
    #claims-export-box {
        width: 72; max-width: 95%; height: auto; max-height: 100%; overflow-y: auto;
        border: thick $primary; background: $surface; padding: 0 2;
    }
    #claims-export-box Label { color: $text-muted; margin: 1 0 0 0; }
    #claims-export-box RadioSet { width: 100%; border: none; }
    #claims-export-title { padding: 1 0 0 0; }
    #claims-export-hint { color: $text-muted; padding: 1 0; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="close without exporting"),
        Binding("ctrl+s", "export", "Export", tooltip="export (enter in the path does too)"),
    ]

    def __init__(self, voice: Voice, count: int) -> None:
        super().__init__()
        self.voice = voice
        self.count = count
        self.fmt = "csv"

    def compose(self) -> ComposeResult:
        with Vertical(id="claims-export-box"):
            title = Text(f"Export the {self.count} claim{'s' if self.count != 1 else ''} of ", style=_BOLD)
            title.append(display(self.voice.name), style=_BOLD)
            yield Static(title, id="claims-export-title")
            yield Label("Format")
            with RadioSet(id="claims-export-format"):
                for fmt in (*EXPORT_FORMATS, *(f for f in FORMAT_NAMES if f not in EXPORT_FORMATS)):
                    yield RadioButton(FORMAT_NAMES[fmt], value=fmt == self.fmt, id=f"claims-format-{fmt}")
            yield Label("Save to")
            self.folder = self.app.library.export_folder()  # type: ignore[attr-defined]
            yield SafeInput(export_path(self.voice, self.fmt, self.folder), id="claims-export-path")
            yield Static(folder_hint(self.folder), id="claims-export-folder")
            yield Static(Text("enter exports · escape cancels", style=_DIM), id="claims-export-hint")

    def on_mount(self) -> None:
        self.query_one("#claims-export-path", Input).focus()

    @on(RadioSet.Changed, "#claims-export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        old, self.fmt = self.fmt, (event.pressed.id or "claims-format-csv").removeprefix("claims-format-")
        path = self.query_one("#claims-export-path", Input)
        if path.value == export_path(self.voice, old, self.folder):
            path.value = export_path(self.voice, self.fmt, self.folder)

    @on(Input.Submitted, "#claims-export-path")
    def action_export(self) -> None:
        path = self.query_one("#claims-export-path", Input).value.strip()
        if path:
            self.dismiss(ClaimsExportRequest(self.fmt, file_in_folder(path, export_path(self.voice, self.fmt))))

    def action_cancel(self) -> None:
        self.dismiss(None)


class VoicesScreen(ModalScreen[ClaimTarget | None]):
    """Who said what: speakers and sources, and each one's claims across the corpus."""

    DEFAULT_CSS = """
    VoicesScreen { background: $background; }
    #voices-title { padding: 0 1; height: 1; background: $boost; text-wrap: nowrap; text-overflow: ellipsis; }
    #voices-row { height: 1fr; }
    #voices-left { width: 2fr; min-width: 34; max-width: 50; border-right: vkey $foreground 20%; }
    #voice-filter { height: 1; border: none; padding: 0 1; background: $boost; }
    #voice-filter:focus { border: none; background: $primary 20%; }
    #voice-list, #voice-claims { height: 1fr; border: none; }
    #voice-list-head { height: auto; padding: 0 1; }
    #voice-list { text-wrap: nowrap; text-overflow: ellipsis; }
    #voice-claims-title { padding: 0 1; height: auto; color: $text-muted; }
    #voices-right { width: 5fr; }
    VoicesScreen FittedOptionList > .option-list--option { padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,q,W", "close", "Close", tooltip="back to the reader"),
        Binding("s", "cycle_kind", "Speakers/sources", tooltip="show all, only speakers, only sources"),
        # priority: handled as it arrives, so the keys typed after it go into the box (as the reader's /)
        Binding("slash", "focus_filter", "Find", tooltip="type part of a name to narrow the list", priority=True),
        Binding("tab", "switch_list", "Switch list", show=False, tooltip="between the names and their claims"),
        Binding("e", "export", "Export", tooltip="the claims shown, as CSV, JSON, Markdown or citations"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.voices: list[Voice] = []
        self.kind = "all"
        self.chosen: Voice | None = None
        self.records: list[dict] = []
        self.loaded = False  # the voices are counted (progress messages no longer show)

    def compose(self) -> ComposeResult:
        yield FittedTitle([(Text("Who said what  …", style=_BOLD), None)], id="voices-title")
        with Horizontal(id="voices-row"):
            with Vertical(id="voices-left"):
                yield SafeInput(placeholder="/ find a speaker or source", id="voice-filter")
                yield Static(id="voice-list-head", markup=False)
                yield VoiceList(id="voice-list")
            with Vertical(id="voices-right"):
                yield Static(id="voice-claims-title", markup=False)
                yield VoiceClaimList(id="voice-claims")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one("#voice-list-head", Static).update(Text("Reading the claims…", style=_DIM))
        self.query_one(VoiceList).focus()
        self.load()

    @property
    def library(self) -> Library:
        return self.app.library  # type: ignore[attr-defined]

    # -- the names

    @work(thread=True, exclusive=True, exit_on_error=False, group="voices")
    def load(self) -> None:
        worker = get_current_worker()

        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(VoicesProgress(stage, done, total))

        try:
            found = (
                self.library.voices(progress=progress, cancelled=lambda: worker.is_cancelled)
                if self.library.analysis
                else []
            )
        except SearchCancelled:  # the screen closed
            return
        except Exception as exc:  # an unreadable index: one line on the screen
            self.post_message(VoicesReady([], str(exc) or type(exc).__name__))
            return
        if not worker.is_cancelled:
            self.post_message(VoicesReady(found))

    def on_voices_progress(self, message: VoicesProgress) -> None:
        if self.loaded:
            return  # a late one: the list is there
        self.query_one("#voice-list-head", Static).update(Text(progress_text(message), style=_DIM))

    def on_voices_ready(self, message: VoicesReady) -> None:
        self.loaded = True
        self.voices = message.voices
        listing = self.query_one(VoiceList)
        if message.error or not self.library.analysis:
            why = message.error or "Analysis is off (--no-nlp): no claims, speakers or sources."
            listing.set_options([])
            # over the list, wrapped: the list's lines are cut to one each
            self.query_one("#voice-list-head", Static).update(Text(display(why), style=_DIM))
            return
        self._show_voices()

    def shown_voices(self) -> list[Voice]:
        wanted = self.query_one("#voice-filter", Input).value.strip().casefold()
        return [
            v
            for v in self.voices
            if (
                self.kind == "all"
                or v.kind == self.kind
                or (self.kind == "speaker" and v.kind in (DESCRIBED_SPEAKER, UNRESOLVED_SPEAKER))
            )
            and (not wanted or wanted in v.name.casefold() or wanted in v.id.casefold())
        ]

    def _show_voices(self) -> None:
        shown = self.shown_voices()
        listing = self.query_one(VoiceList)
        digits = max((len(str(v.claims)) for v in shown), default=1)
        listing.set_options(Option(voice_row(v, digits), id=f"{v.kind}\t{v.id}") for v in shown)
        self.query_one("#voice-list-head", Static).update(voice_list_head())
        if not shown:
            listing.set_options([Option(Text("None.", style=_DIM), disabled=True)])
        claims = sum(v.claims for v in shown if v.kind == "speaker")
        unresolved = sum(v.claims for v in shown if v.kind == UNRESOLVED_SPEAKER)
        described = sum(v.claims for v in shown if v.kind == DESCRIBED_SPEAKER)
        named = sum(v.kind not in (DESCRIBED_SPEAKER, UNRESOLVED_SPEAKER) for v in shown)
        head = Text("Who said what  ", style=_BOLD)
        head.append(counted(named, *KIND_TITLES[self.kind]), style=Style())
        parts: list[tuple[Text, Text | None]] = [(head, None)]
        if self.kind != "source":
            parts.append((Text(f" · {counted(claims, 'claim', 'claims')}", style=_DIM), None))
        if described:
            parts.append(
                (
                    Text(f" · {described:,} by speakers described, not named", style=_DIM),
                    Text(f" · {described:,} unnamed", style=_DIM),
                )
            )
        if unresolved:
            parts.append(
                (
                    Text(f" · {unresolved:,} with the speaker not resolved", style=_DIM),
                    Text(f" · {unresolved:,} unresolved", style=_DIM),
                )
            )
        hint = "  ·  enter: its claims, then the article · s: speakers/sources · e: export"
        parts.append((Text(hint, style=Style(dim=True, italic=True)), None))
        self.query_one("#voices-title", FittedTitle).show(parts)
        if shown:
            listing.highlighted = 0

    @on(Input.Changed, "#voice-filter")
    def _filter_changed(self) -> None:
        if self.voices:
            self._show_voices()

    @on(Input.Submitted, "#voice-filter")
    def _filter_submitted(self) -> None:
        self.query_one(VoiceList).focus()

    def _voice_of(self, option_id: str | None) -> Voice | None:
        if not option_id:
            return None
        kind, _, voice_id = option_id.partition("\t")
        return next((v for v in self.voices if v.kind == kind and v.id == voice_id), None)

    @on(OptionList.OptionHighlighted, "#voice-list")
    def _voice_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        voice = self._voice_of(event.option.id)
        if voice is not None and voice != self.chosen:
            self.chosen = voice
            self.query_one("#voice-claims-title", Static).update(Text(f"{display(voice.name)}: reading…", style=_DIM))
            self.load_claims(voice)

    @on(OptionList.OptionSelected, "#voice-list")
    def _voice_selected(self) -> None:
        self.query_one(VoiceClaimList).focus()

    # -- the claims

    @work(thread=True, exclusive=True, exit_on_error=False, group="voice-claims")
    def load_claims(self, voice: Voice) -> None:
        library = self.library
        records = library.voice_claims(voice.kind, voice.id)
        titles = {s.id: s.title for s in library.summaries()}
        if not get_current_worker().is_cancelled:
            self.post_message(VoiceClaimsReady(voice, records, titles))

    def on_voice_claims_ready(self, message: VoiceClaimsReady) -> None:
        if message.voice != self.chosen:
            return
        self.records = message.records
        voice = message.voice
        head = Text()
        head.append(display(voice.name), style=_BOLD)
        count = len(message.records)
        what = f"claim{'s' if count != 1 else ''}" + {
            "speaker": "",
            "source": " reported through it",
            DESCRIBED_SPEAKER: " by speakers the articles describe this way but do not name",
        }.get(voice.kind, " whose speaker (he, she, the company…) could not be tied to one name")
        head.append(
            f"  {count:,} {what}, in {voice.articles:,} article{'s' if voice.articles != 1 else ''}", style=_DIM
        )
        self.query_one("#voice-claims-title", Static).update(head)
        claims = self.query_one(VoiceClaimList)
        claims.set_options(
            divided(
                Option(claim_row(r, message.titles.get(r["article_id"], r["article_id"])), id=r["id"])
                for r in message.records
            )
        )
        if message.records:
            claims.highlighted = 0

    @on(OptionList.OptionSelected, "#voice-claims")
    def _claim_selected(self, event: OptionList.OptionSelected) -> None:
        record = next((r for r in self.records if r["id"] == event.option.id), None)
        if record is not None:
            self.dismiss(ClaimTarget(record["article_id"], int(record.get("paragraph") or 0), record["id"]))

    # -- export

    def action_export(self) -> None:
        if self.chosen is None or not self.records:
            self.notify("Choose a speaker or source with claims first.", timeout=3)
            return
        voice, records = self.chosen, list(self.records)
        self.app.push_screen(ClaimsExportDialog(voice, len(records)), lambda r: self._export(voice, records, r))

    def _export(self, voice: Voice, records: list[dict], request: ClaimsExportRequest | None, overwrite=False) -> None:
        if request is not None:
            self.run_export(voice, records, request, overwrite)

    @work(thread=True, exclusive=True, exit_on_error=False, group="voice-export")
    def run_export(self, voice: Voice, records: list[dict], request: ClaimsExportRequest, overwrite: bool) -> None:
        dest = Path(request.path).expanduser()
        if dest.exists() and not dest.is_dir() and not overwrite:
            self.app.call_from_thread(self._confirm_overwrite, voice, records, request)
            return
        try:
            result = self.library.export_claims(
                records, request.fmt, what=f"{voice.kind}:{voice.id}", dest=dest, overwrite=overwrite
            )
        except Exception as exc:  # a file that cannot be written: one line, not a traceback
            self.app.call_from_thread(self.app.notify, f"Export failed: {exc}", severity="error", timeout=8)
            return
        count = f"{result.count} claim{'s' if result.count != 1 else ''}"
        self.app.call_from_thread(self.app.notify, f"Exported {count} to {result.written}", title="Export", timeout=8)

    def _confirm_overwrite(self, voice: Voice, records: list[dict], request: ClaimsExportRequest) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self.run_export(voice, records, request, True)

        self.app.push_screen(ConfirmDialog(f"{display(request.path)} already exists. Replace it?"), answered)

    # -- actions

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cycle_kind(self) -> None:
        self.kind = KIND_FILTERS[(KIND_FILTERS.index(self.kind) + 1) % len(KIND_FILTERS)]
        if self.voices:
            self._show_voices()

    def action_focus_filter(self) -> None:
        if isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor("/")  # in the box, `/` is typed
            return
        self.set_focus(self.query_one("#voice-filter", Input))  # now: the next keys are the name typed

    def action_switch_list(self) -> None:
        voices, claims = self.query_one(VoiceList), self.query_one(VoiceClaimList)
        (voices if claims.has_focus else claims).focus()
