"""The command palette: verb-prefixed commands (`open:`, `entity:`, `search:`, `saved:`,
`view:`, `clips:`, `export:`, `compare:`, `theme:`).

`COMMAND_SOURCES` is the one static list of them: each source takes the app and yields
`PaletteCommand`s that call the reader screen (`app.reader`). A new verb is a function
added to that list here; nothing registers itself on import. An entity is matched by any of
its spellings (`entity: lukashenko` finds Alyaksandr Lukashenka), and `search: ANYTHING` is
always offered: it runs ANYTHING.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from belreader.library import FORMAT_NAMES
from belreader.state import SIDE_TABS, SORT_KEYS
from belreader.text import display, display_inline


@dataclass(frozen=True)
class PaletteCommand:
    name: str  # "verb: object"
    callback: Callable[[], object]
    help: str = ""
    discover: bool = False  # listed before the user types anything
    spellings: tuple[str, ...] = ()  # other names of the object, matched as "verb: spelling"


def open_commands(app: App) -> Iterable[PaletteCommand]:
    reader = app.reader
    for summary in reader.summaries:
        yield PaletteCommand(
            f"open: {display(summary.title) or display(summary.id)}",
            partial(reader.open_article, summary.id),
            " · ".join(display(x) for x in (summary.publisher, summary.date) if x) or display(summary.id),
        )


def entity_commands(app: App) -> Iterable[PaletteCommand]:
    """The entities some article mentions (the table's and the open article's), each matched
    by its name or any spelling."""
    reader = app.reader
    for choice in app.library.mentioned_entities(reader.analysis):
        yield PaletteCommand(
            f"entity: {display(choice.name)}",
            partial(reader.select_entity, choice.id),
            "filter the article list to articles that mention it",
            spellings=tuple(display(s) for s in choice.spellings),
        )


def search_commands(app: App) -> Iterable[PaletteCommand]:
    """This project's recent searches (then the reader's own recent ones), newest first."""
    try:
        history = app.library.search_history()
    except OSError:
        history = []
    for query in dict.fromkeys([*history, *app.state.recent_queries]):
        yield PaletteCommand(
            f"search: {display(query)}", partial(app.reader.run_query, query), "a recent search", discover=True
        )


def saved_commands(app: App) -> Iterable[PaletteCommand]:
    """This project's saved searches (ctrl+s in the search box, `belreader search --save`)."""
    try:
        saved = app.library.saved_searches()
    except OSError:
        return
    for search in saved:
        yield PaletteCommand(
            f"saved: {display(search.name)}",
            partial(app.reader.run_query, search.query),
            f"run the saved search {display(search.query)}",
            discover=True,
        )


def typed_search(query: str, app: App) -> PaletteCommand | None:
    """`search: X` typed in the palette: a command that runs X, whatever was searched before."""
    verb, colon, words = query.partition(":")
    words = words.strip()
    if not colon or verb.strip().casefold() != "search" or not words:
        return None
    return PaletteCommand(f"search: {display(words)}", partial(app.reader.run_query, words), "run this search")


def view_commands(app: App) -> Iterable[PaletteCommand]:
    reader = app.reader
    yield PaletteCommand(
        "view: toggle side panel", reader.action_toggle_side_panel, "show or hide claims/sources/entities", True
    )
    for tab in SIDE_TABS:
        yield PaletteCommand(f"view: {tab} tab", partial(reader.show_tab, tab), f"open the side panel on {tab.title()}")
    for key in SORT_KEYS:
        yield PaletteCommand(
            f"view: sort articles by {key}", partial(reader.set_sort, key), "order of the article list"
        )
    yield PaletteCommand("view: clear entity filter", reader.action_clear_filter, "show every article again")
    yield PaletteCommand("view: help", app.action_help, "keys and what they do")


def theme_commands(app: App) -> Iterable[PaletteCommand]:
    for name in sorted(app.available_themes):
        yield PaletteCommand(f"theme: {name}", partial(app.set_theme, name), "colour theme (remembered)")


def passage_commands(app: App) -> Iterable[PaletteCommand]:
    reader = app.reader
    passages = reader.passages
    yield PaletteCommand("clips: open", passages.open_clips, "every marked passage: reorder, annotate, export", True)
    for fmt, name in FORMAT_NAMES.items():
        yield PaletteCommand(f"export: clips as {name}", partial(passages.export, fmt, "clips"), "your marked passages")
    if reader.query_text.strip():
        for fmt, name in FORMAT_NAMES.items():
            yield PaletteCommand(
                f"export: search results as {name}",
                partial(passages.export, fmt, "search"),
                f"the paragraphs matching {display(reader.query_text)}",
            )


def compare_commands(app: App) -> Iterable[PaletteCommand]:
    reader = app.reader
    yield PaletteCommand(
        "compare: disagreements", reader.action_disagreements, "facts whose accounts differ, most different first", True
    )
    for claim in reader.analysis.claims if reader.analysis is not None else ():
        speaker = display(claim.speaker) or "the article"
        if claim.verb == "according to":  # said as the claims list says it, not "Peskov according to"
            said = f"according to {speaker}"
        else:
            said = f"{speaker} {display(claim.verb_text or claim.verb)}".strip()
        words = display_inline(claim.content)
        words = words if len(words) <= 60 else words[:59] + "…"
        yield PaletteCommand(
            f"compare: {said}: {words}", partial(reader.compare_claim, claim), "every article's account of this fact"
        )


def corpus_commands(app: App) -> Iterable[PaletteCommand]:
    yield PaletteCommand(
        "corpus: pictures of the corpus",
        app.reader.action_corpus,
        "articles over time, the most mentioned entities, who appears with whom, sources by publisher",
        True,
    )


def voices_commands(app: App) -> Iterable[PaletteCommand]:
    yield PaletteCommand(
        "corpus: who said what",
        app.reader.action_who_said,
        "every speaker and source with its claims across articles, exportable",
        True,
    )


def reading_commands(app: App) -> Iterable[PaletteCommand]:
    """Read and starred articles, the article's web page (issue 13)."""
    reading = app.reader.reading
    yield PaletteCommand(
        "view: facets",
        app.reader.action_facets,
        "publisher, author, month, folder, tag, entity, speaker, source (key f)",
        True,
    )
    yield PaletteCommand("view: star or unstar the article", reading.toggle_star, "★ in the list (key *)")
    yield PaletteCommand("view: starred articles", partial(reading.show_only, "starred"), "only those, x clears", True)
    yield PaletteCommand("view: unread articles", partial(reading.show_only, "unread"), "only those, x clears", True)
    yield PaletteCommand("view: open the article's web page", reading.open_url, "its URL in the browser (key o)")


def project_commands(app: App) -> Iterable[PaletteCommand]:
    """The project switcher, and each known project (issue 13, defect 8)."""
    from pathlib import Path

    yield PaletteCommand("project: switch…", app.reader.action_projects, "every corpus used so far (key p)", True)
    for info in app.reader.known_projects:
        if info.corpus_exists:
            yield PaletteCommand(
                f"project: {display(Path(info.corpus).name)}",
                partial(app.switch_project, info.key),
                display(info.corpus),
            )


COMMAND_SOURCES: tuple[Callable[[App], Iterable[PaletteCommand]], ...] = (
    open_commands,
    entity_commands,
    search_commands,
    saved_commands,
    view_commands,
    theme_commands,
    passage_commands,
    compare_commands,
    corpus_commands,
    voices_commands,
    reading_commands,
    project_commands,
)


def highlight(matcher: Matcher, name: str) -> Content:
    """The matched characters emphasised; `name` is plain text (titles are data, not markup)."""
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    if score:
        for offset in offsets:
            if not name[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class BelreaderCommands(Provider):
    """Every command from `COMMAND_SOURCES`, fuzzy-matched on its full "verb: object" name (or
    "verb: spelling"), gathered once per opening of the palette."""

    _gathered: list[PaletteCommand] | None = None

    def _commands(self) -> list[PaletteCommand]:
        if self._gathered is None:
            app = self.app
            self._gathered = [command for source in COMMAND_SOURCES for command in source(app)]
        return self._gathered

    async def discover(self) -> Hits:
        for command in self._commands():
            if command.discover:
                # Plain Content, never str: Textual parses str prompts and help as markup, and
                # titles, publishers and queries are data.
                yield DiscoveryHit(
                    Content(command.name), command.callback, text=command.name, help=Content(command.help)
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        typed = typed_search(query, self.app)
        if typed is not None:
            yield Hit(1.0, Content(typed.name), typed.callback, text=typed.name, help=Content(typed.help))
        for command in self._commands():
            if typed is not None and command.name == typed.name:
                continue
            shown, score = command.name, matcher.match(command.name)
            verb = command.name.partition(": ")[0]
            for spelling in command.spellings:
                also = matcher.match(f"{verb}: {spelling}")
                if also > score:
                    shown, score = f"{verb}: {spelling} → {command.name.partition(': ')[2]}", also
            if score > 0:
                yield Hit(
                    score,
                    highlight(matcher, shown),
                    command.callback,
                    text=shown,
                    help=Content(command.help),
                )
