"""The reader's showcase scenes: the SVG snapshot tests and `make screenshots` (scripts/screenshots.py) build the same ones.

Each scene is a terminal size and a `run_before(pilot)` coroutine that drives the
app into the state to capture, waiting for its workers so the picture is settled.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled, WorkerFailed

SEED_000 = "000_080d1da5f101e41c"


@dataclass(frozen=True)
class Scene:
    name: str
    size: tuple[int, int]
    run_before: Callable[[Pilot], Awaitable[None]]
    description: str


async def settle(pilot: Pilot, rounds: int = 4) -> None:
    app = pilot.app
    for _ in range(rounds):
        try:
            await app.workers.wait_for_complete()
        except (WorkerFailed, WorkerCancelled):
            pass
        await pilot.pause()


async def _steady_cursor(pilot: Pilot) -> None:
    pilot.app.query_one("#search", Input).cursor_blink = False


async def _open_seed(pilot: Pilot) -> None:
    from belreader.tui.widgets.article_view import ArticleView

    await settle(pilot)
    pilot.app.reader.open_article(SEED_000)
    await settle(pilot)
    pilot.app.query_one(ArticleView).focus()
    await _steady_cursor(pilot)
    await pilot.pause()


async def main_screen(pilot: Pilot) -> None:
    await _open_seed(pilot)


async def search_loan(pilot: Pilot) -> None:
    await settle(pilot)
    await _steady_cursor(pilot)
    await pilot.press("slash", *"loan")
    await pilot.pause(0.3)
    await settle(pilot)


async def related_panel(pilot: Pilot) -> None:
    from belreader.tui.widgets.side_panel import ClaimList

    await _open_seed(pilot)
    app = pilot.app
    claim = app.reader.analysis.claims[-1]
    claims = app.query_one(ClaimList)
    claims.highlighted = claims.get_option_index(claim.id)
    app.reader.choose_claim(claim)
    await settle(pilot)
    app.reader.show_tab("related")
    await pilot.pause()


async def narrow(pilot: Pilot) -> None:
    await _open_seed(pilot)


async def help_screen(pilot: Pilot) -> None:
    await settle(pilot)
    await _steady_cursor(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


async def _with_clips(pilot: Pilot) -> None:
    """Three clips in the seed articles: a paragraph, a claim's sentence with a note, a span."""
    await _open_seed(pilot)
    app = pilot.app
    store = app.library.clip_store()
    article = app.reader.article
    store.add_paragraph(article, 1, note="Putin's offer, in his words")
    claim = app.reader.analysis.claims[1]
    store.add(
        article,
        claim.sentence_start,
        claim.sentence_end,
        note="the base that was 'not considered'",
        tags="military, denials",
    )
    other = app.library.load_article("003_30002c4a879dc3c8")
    paragraph = other.paragraphs[2]
    store.add(other, paragraph.start, paragraph.start + 120, tags=["economy"])


async def clips_screen(pilot: Pilot) -> None:
    await _with_clips(pilot)
    await pilot.press("C")
    await settle(pilot)


async def export_dialog(pilot: Pilot) -> None:
    await _with_clips(pilot)
    await pilot.press("e")
    await pilot.pause()
    pilot.app.screen.query_one(Input).cursor_blink = False
    await pilot.pause()


async def cursor_selection(pilot: Pilot) -> None:
    """The paragraph cursor on ¶3 and a `v` selection running from ¶2 into ¶3."""
    await _open_seed(pilot)
    await pilot.press("j", "v", "j", "b", "b", "b")
    await pilot.pause()


LOAN_CLAIM = "000_080d1da5f101e41c#s006581"  # "the imminent disbursal of a $1.5 billion loan": three accounts


async def compare_loan(pilot: Pilot) -> None:
    """The Claims tab on the loan claim, then `m`: its three accounts side by side."""
    from belreader.tui.widgets.side_panel import ClaimList

    await _open_seed(pilot)
    app = pilot.app
    app.reader.show_tab("claims")
    claims = app.query_one(ClaimList)
    claims.focus()
    claims.highlighted = claims.get_option_index(LOAN_CLAIM)
    await pilot.press("m")
    await settle(pilot)


async def disagreements(pilot: Pilot) -> None:
    await _open_seed(pilot)
    await pilot.press("D")
    await settle(pilot)


async def corpus_pictures(pilot: Pilot) -> None:
    """The Corpus screen (P) on its first picture, articles over time."""
    await settle(pilot)
    await _steady_cursor(pilot)
    await pilot.press("P")
    await settle(pilot)
    await pilot.wait_for_scheduled_animations()  # the tabs' underline slides in when they are shown
    await pilot.pause()


async def who_said_what(pilot: Pilot) -> None:
    """Who said what (W): speakers and sources, the top one's claims across articles."""
    await settle(pilot)
    await _steady_cursor(pilot)
    await pilot.press("W")
    await settle(pilot)
    pilot.app.screen.query_one("#voice-filter", Input).cursor_blink = False
    await pilot.pause()


async def facets(pilot: Pilot) -> None:
    """The Facets screen (f): Peskov chosen, one publisher left out."""
    from belreader.tui.screens.facets import FacetList

    await settle(pilot)
    await _steady_cursor(pilot)
    await pilot.press("f")
    await settle(pilot)
    screen = pilot.app.screen
    entities = screen.query_one("#facet-entity", FacetList)
    entities.focus()
    entities.highlighted = [o.id for o in entities._options].index("peskov")
    await pilot.press("enter")
    await settle(pilot)
    publishers = screen.query_one("#facet-publisher", FacetList)
    publishers.focus()
    publishers.highlighted = [o.id for o in publishers._options].index("The Jamestown Foundation")
    await pilot.press("minus")
    await settle(pilot)


async def projects(pilot: Pilot) -> None:
    """The project switcher (p), on fixed projects (real ones name temporary folders and times)."""
    from types import SimpleNamespace

    from belreader.tui.screens.projects import ProjectsReady

    await settle(pilot)
    await _steady_cursor(pilot)
    await pilot.press("p")
    await settle(pilot)
    screen = pilot.app.screen
    current = pilot.app.library.project_key
    rows = [
        SimpleNamespace(
            key=current,
            corpus="/home/analyst/belarus/articles",
            corpus_exists=True,
            articles=5,
            clips=3,
            last_used="2026-12-03T09:12:00+00:00",
            analysis=True,
        ),
        SimpleNamespace(
            key="bbc-1f2e",
            corpus="/home/analyst/corpora/bbc",
            corpus_exists=True,
            articles=2225,
            clips=0,
            last_used="2026-12-02T17:40:00+00:00",
            analysis=True,
        ),
        SimpleNamespace(
            key="old-9a9a",
            corpus="/media/usb/press-2019",
            corpus_exists=False,
            articles=None,
            clips=None,
            last_used=None,
            analysis=False,
        ),
    ]
    screen.on_projects_ready(ProjectsReady(rows))
    await pilot.pause()


SCENES = [
    Scene("main", (120, 36), main_screen, "The bundled corpus with the first article open"),
    Scene("search-loan", (120, 36), search_loan, "Search as you type: `loan`"),
    Scene("related", (120, 36), related_panel, "A claim chosen, the side panel on Related"),
    Scene("narrow", (80, 24), narrow, "80×24: the side panel hides itself"),
    Scene("help", (120, 36), help_screen, "The help screen, generated from the bindings"),
    Scene("clips", (120, 36), clips_screen, "The Clips screen (C): marked passages, newest first"),
    Scene("export", (120, 36), export_dialog, "The export dialog (e): format, destination, clips or search results"),
    Scene(
        "cursor", (120, 36), cursor_selection, "The paragraph cursor (j/k) and a v selection that spans two paragraphs"
    ),
    Scene(
        "compare",
        (120, 36),
        compare_loan,
        "Compare (m on a claim): the $1.5 billion loan's three accounts side by side, what differs highlighted",
    ),
    Scene("compare-narrow", (80, 24), compare_loan, "Compare at 80×24: each account's fields stacked"),
    Scene(
        "disagreements",
        (120, 36),
        disagreements,
        "Disagreements (D): facts whose accounts differ, most different first",
    ),
    Scene("disagreements-narrow", (80, 24), disagreements, "Disagreements at 80×24"),
    Scene(
        "corpus",
        (120, 36),
        corpus_pictures,
        "The Corpus screen (P): articles over time by what dated them; 2-4 show entities, pairs, sources",
    ),
    Scene("corpus-narrow", (80, 24), corpus_pictures, "The Corpus screen at 80×24: the chart gives way to its table"),
    Scene(
        "who-said",
        (120, 36),
        who_said_what,
        "Who said what (W): speakers and sources with their claims; enter opens the article at one, e exports",
    ),
    Scene(
        "facets",
        (120, 36),
        facets,
        "Facets (f): an entity chosen and a publisher left out, the counts following; a filters the list",
    ),
    Scene("facets-narrow", (80, 24), facets, "Facets at 80×24: two columns"),
    Scene("projects", (120, 36), projects, "The project switcher (p): each corpus with its own clips, state and marks"),
]


def scene(name: str) -> Scene:
    return next(s for s in SCENES if s.name == name)
