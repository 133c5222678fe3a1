"""The command palette: verb-prefixed commands (`open:`, `entity:`, `search:`, `view:`, `theme:`).

Other features add verbs by appending a function to `COMMAND_SOURCES`: it takes the
app and yields `PaletteCommand`s. The passages issue adds `export: …` this way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from belreader.tui.rendering import clean

if TYPE_CHECKING:
    from belreader.tui.app import BelreaderApp


@dataclass(frozen=True)
class PaletteCommand:
    name: str  # "verb: object"
    callback: Callable[[], object]
    help: str = ""
    discover: bool = False  # listed before the user types anything


def open_commands(app: BelreaderApp) -> Iterable[PaletteCommand]:
    for summary in app.summaries:
        yield PaletteCommand(
            f"open: {clean(summary.title) or clean(summary.id)}",
            partial(app.open_article, summary.id),
            " · ".join(clean(x) for x in (summary.publisher, summary.date) if x) or clean(summary.id),
        )


def entity_commands(app: BelreaderApp) -> Iterable[PaletteCommand]:
    for entity_id, name in sorted(app.known_entities().items(), key=lambda kv: kv[1].casefold()):
        yield PaletteCommand(
            f"entity: {clean(name)}",
            partial(app.select_entity, entity_id),
            "filter the article list to articles that mention it",
        )


def search_commands(app: BelreaderApp) -> Iterable[PaletteCommand]:
    for query in app.state.recent_queries:
        yield PaletteCommand(f"search: {clean(query)}", partial(app.run_query, query), "a recent search", discover=True)


def view_commands(app: BelreaderApp) -> Iterable[PaletteCommand]:
    yield PaletteCommand(
        "view: toggle side panel", app.action_toggle_side_panel, "show or hide claims/sources/entities", True
    )
    for tab in ("claims", "sources", "entities", "related"):
        yield PaletteCommand(f"view: {tab} tab", partial(app.show_tab, tab), f"open the side panel on {tab.title()}")
    for key in ("id", "title", "date", "publisher", "claims"):
        yield PaletteCommand(f"view: sort articles by {key}", partial(app.set_sort, key), "order of the article list")
    yield PaletteCommand("view: clear entity filter", app.action_clear_filter, "show every article again")
    yield PaletteCommand("view: help", app.action_help, "keys and what they do")


def theme_commands(app: BelreaderApp) -> Iterable[PaletteCommand]:
    for name in sorted(app.available_themes):
        yield PaletteCommand(f"theme: {name}", partial(app.set_theme, name), "colour theme (remembered)")


COMMAND_SOURCES: list[Callable[[BelreaderApp], Iterable[PaletteCommand]]] = [
    open_commands,
    entity_commands,
    search_commands,
    view_commands,
    theme_commands,
]


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
    """Every command from `COMMAND_SOURCES`, fuzzy-matched on its full "verb: object" name."""

    def _commands(self) -> list[PaletteCommand]:
        app = self.app
        return [command for source in COMMAND_SOURCES for command in source(app)]

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
        for command in self._commands():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(
                    score,
                    highlight(matcher, command.name),
                    command.callback,
                    text=command.name,
                    help=Content(command.help),
                )
