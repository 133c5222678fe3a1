"""Passages in the reader: marking, the Clips screen, the export dialog and the clipboard (Pilot).

The database is checked through a fresh `ClipStore` (what another process would see),
exported files are read back.
"""

from __future__ import annotations

import csv
import json
import re

import pytest
from textual.widgets import Input, RadioButton, Static

from belreader import clips as clips_module
from belreader.clips import ClipStore
from belreader.export import FORMAT_EXTENSIONS
from belreader.tui.app import make_app
from belreader.tui.screens.clips import ClipList, ClipsScreen, NoteDialog
from belreader.tui.screens.export_dialog import ConfirmDialog, ExportDialog, default_export_path
from belreader.tui.widgets.article_view import ArticleView
from belreader.tui.widgets.passage_marking import SPAN_SELECTION, clip_style, focused_clip_style
from belreader.tui.widgets.side_panel import ClaimList

from tui_scenes import scene
from tui_util import SEED_000, SEED_003, WIDE, notifications, open_article, settle, stored, type_at_once


@pytest.fixture
def fixed_clock(monkeypatch):
    """utc_now returns 2026-01-01 midnight, one microsecond later at each call."""
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(clips_module, "utc_now", lambda: f"2026-01-01T00:00:00.{next(ticks):06d}+00:00")


def styles_in(view: ArticleView, index: int) -> list:
    return [span.style for span in view.paragraph_widget(index).text.spans]


# ---------------------------------------------------------------------- marking


async def test_space_marks_and_unmarks_the_current_paragraph(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        index = view.current_paragraph()
        paragraph = view.article.paragraphs[index]
        await pilot.press("space")
        await settle(app, pilot)
        [clip] = stored()
        assert (clip.article_id, clip.start, clip.end, clip.paragraph) == (
            SEED_000,
            paragraph.start,
            paragraph.end,
            index,
        )
        assert clip_style(view.dark) in styles_in(view, index), "the marked paragraph is drawn marked"
        assert any(m.startswith("Marked passage 1") for m in notifications(app))

        await pilot.press("space")
        await settle(app, pilot)
        assert stored() == []
        assert clip_style(view.dark) not in styles_in(view, index)


async def test_space_marks_the_paragraph_scrolled_to(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        target = next(p.index for p in view.article.paragraphs[4:] if not p.is_heading)
        view.scroll_to_paragraph(target)
        await pilot.pause(0.3)
        assert view.scroll_y > 0
        await pilot.press("space")
        await settle(app, pilot)
        [clip] = stored()
        assert clip.paragraph == target


async def test_two_quick_presses_mark_then_unmark(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space", "space")
        await settle(app, pilot)
        assert stored() == []


async def test_marks_come_back_when_the_article_is_reopened(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        with ClipStore(app.library.clip_store().path) as store:
            store.add_paragraph(view.article, 2)
        app.reader.open_article(SEED_003)
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        assert clip_style(view.dark) in styles_in(view, 2)
        assert clip_style(view.dark) not in styles_in(view, 0)


async def test_unmarking_a_clip_with_a_note_asks_first_and_u_brings_it_back(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        index = view.current_paragraph()
        with ClipStore(app.library.clip_store().path) as store:
            store.add_paragraph(view.article, index + 1)
            clip = store.add_paragraph(view.article, index, note="why it matters", tags="loans, sochi")
            store.add_paragraph(view.article, index + 2)
        app.reader.passages.refresh_marks(view.article)
        await settle(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog), "a clip with a note is not unmarked silently"
        await pilot.press("n")
        await settle(app, pilot)
        assert clip.id in [c.id for c in stored()]
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert clip.id not in [c.id for c in stored()]
        assert clip_style(view.dark) not in styles_in(view, index)
        await pilot.press("u")
        await settle(app, pilot)
        [back] = [c for c in stored() if c.id == clip.id]
        assert back == clip, "note, tags, anchor and everything else come back"
        assert [c.paragraph for c in stored()] == [index + 1, index, index + 2], "and its place in your order"
        assert clip_style(view.dark) in styles_in(view, index)


async def test_unmarking_a_plain_clip_is_immediate_and_undoable(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        [clip] = stored()
        await pilot.press("space")
        await settle(app, pilot)
        assert not isinstance(app.screen, ConfirmDialog)
        assert stored() == []
        assert any("u undoes" in m for m in notifications(app))
        await pilot.press("u")
        await settle(app, pilot)
        assert stored() == [clip]
        await pilot.press("u")
        await settle(app, pilot)
        assert stored() == [clip]
        assert any(m.startswith("Nothing to undo") for m in notifications(app))


def words_of(body: str, paragraph) -> list[tuple[int, int]]:
    text = body[paragraph.start : paragraph.end]
    return [(m.start() + paragraph.start, m.end() + paragraph.start) for m in re.finditer(r"\S+", text)]


async def test_keyboard_selection_marks_exactly_the_chosen_words(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        index = view.current_paragraph()
        words = words_of(view.article.body, view.article.paragraphs[index])
        await pilot.press("v")
        assert view.marking.span is not None and (view.marking.span.start, view.marking.span.end) == words[0]
        await pilot.press("w", "w", "w", "b")  # three words
        await pilot.press("greater_than_sign")  # start one word later: words 2..3
        assert SPAN_SELECTION in styles_in(view, index)
        await pilot.press("enter")
        await settle(app, pilot)
        [clip] = stored()
        assert (clip.start, clip.end) == (words[1][0], words[2][1])
        assert clip.quote == view.article.body[words[1][0] : words[2][1]]
        assert view.marking.span is None


async def test_sentence_steps_and_escape_cancels(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        index = view.current_paragraph()
        paragraph = view.article.paragraphs[index]
        text = view.article.body[paragraph.start : paragraph.end]
        first_end = paragraph.start + re.search(r"[.!?…]+[\"'”’)\]]*(?=\s|$)", text).end()
        await pilot.press("v", "right_parenthesis")
        assert (view.marking.span.start, view.marking.span.end) == (paragraph.start, first_end)
        await pilot.press("escape")
        assert view.marking.span is None
        assert app.reader.query_text == ""  # escape went to the selection, not the reader
        await pilot.press("v", "right_parenthesis", "space")
        await settle(app, pilot)
        [clip] = stored()
        assert (clip.start, clip.end) == (paragraph.start, first_end)


async def test_a_mouse_drag_inside_a_paragraph_marks_that_span(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        index = view.current_paragraph()
        paragraph = view.article.paragraphs[index]
        widget = view.paragraph_widget(index)
        assert widget.region.height >= 3, "the paragraph wraps: the drag crosses lines"
        left = widget.styles.gutter.left  # the margin the paragraph cursor's bar is drawn in
        await pilot.mouse_down(widget, offset=(left + 8, 0))
        await pilot.hover(widget, offset=(left + 12, 2))
        await pilot.mouse_up(widget, offset=(left + 12, 2))
        await pilot.pause()
        selected = app.screen.get_selected_text()
        assert selected and len(selected) > 40
        await pilot.press("space")
        await settle(app, pilot)
        [clip] = stored()
        assert clip.quote == selected.strip()
        assert clip.start == paragraph.start + 4  # "1   " is the paragraph number, not text
        assert paragraph.start < clip.end <= paragraph.end
        assert not app.screen.selections


async def test_c_on_a_claim_marks_its_sentence(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        claim = app.reader.analysis.claims[1]
        claims = app.query_one(ClaimList)
        claims.focus()
        claims.highlighted = claims.get_option_index(claim.id)
        await pilot.press("c")
        await settle(app, pilot)
        [clip] = stored()
        sentence = view.article.body[claim.sentence_start : claim.sentence_end]
        assert clip.quote == sentence.strip()
        assert clip.start == claim.sentence_start + (len(sentence) - len(sentence.lstrip()))
        assert clip_style(view.dark) in styles_in(view, claim.paragraph)
        # the clip records the claim: who said it, how, and through which outlets (by name)
        names = {s.id: s.name for s in app.reader.analysis.sources}
        assert (clip.claim_id, clip.speaker, clip.verb) == (claim.id, claim.speaker, claim.verb_text or claim.verb)
        assert clip.outlets == [names.get(o, o) for o in claim.outlets]


# ---------------------------------------------------------------------- the Clips screen


def make_clips(app) -> list:
    """Three clips, oldest first: 000 para 2, 000 para 5, 003 para 3."""
    store = app.library.clip_store()
    first = app.library.load_article(SEED_000)
    other = app.library.load_article(SEED_003)
    return [
        store.add_paragraph(first, 2),
        store.add_paragraph(first, 5, note="old note"),
        store.add_paragraph(other, 3),
    ]


def listed_ids(screen: ClipsScreen) -> list[int]:
    clip_list = screen.query_one(ClipList)
    return [int(clip_list.get_option_at_index(i).id) for i in range(clip_list.option_count)]


async def open_clips(app, pilot) -> ClipsScreen:
    await pilot.press("C")
    await settle(app, pilot)
    assert isinstance(app.screen, ClipsScreen)
    return app.screen


async def test_clips_screen_lists_newest_first_then_in_your_order_and_reorders(app_factory, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        screen = await open_clips(app, pilot)
        assert listed_ids(screen) == [c.id, b.id, a.id]
        text = str(screen.query_one(ClipList).get_option_at_index(1).prompt)
        assert "para. 6" in text and "old note" in text
        await pilot.press("o")
        await settle(app, pilot)
        assert listed_ids(screen) == [a.id, b.id, c.id]
        assert screen.selected_clip().id == c.id, "the selection survives the order change"
        await pilot.press("up", "up", "J")  # a moves below b
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [b.id, a.id, c.id]
        assert listed_ids(screen) == [b.id, a.id, c.id]
        assert screen.selected_clip().id == a.id, "the moved clip stays selected"
        await pilot.press("shift+up")
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [a.id, b.id, c.id]


async def test_clips_screen_moves_typed_at_once_all_count(app_factory, fixed_clock):
    """Found using it: `K K` typed quickly moved the clip one place, not two (each move started
    from the position shown, and a move not yet begun was dropped for the next)."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        screen = await open_clips(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert screen.selected_clip().id == c.id
        type_at_once(app, "KK")
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [c.id, a.id, b.id]
        assert listed_ids(screen) == [c.id, a.id, b.id] and screen.selected_clip().id == c.id
        type_at_once(app, "JJJ")  # the last J finds it at the end already
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [a.id, b.id, c.id]


async def test_clips_screen_a_note_saved_then_a_move_keeps_both(app_factory, fixed_clock):
    """Two writes asked before the first has started (a note saved, then K at once): the note
    was dropped, its write cancelled by the move's."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        screen = await open_clips(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        screen._update(c.id, "why it matters", "loans")
        screen.action_move(-1)
        await settle(app, pilot)
        saved = {clip.id: clip for clip in stored()}
        assert (saved[c.id].note, saved[c.id].tags) == ("why it matters", ["loans"])
        assert [clip.id for clip in stored()] == [a.id, c.id, b.id]


async def test_clips_screen_keys_typed_after_a_note_go_to_the_list_not_the_note(app_factory, fixed_clock):
    """Found typing ahead: `n`, a note, enter, then K at once saved the note as "helloK": the K
    reached the note box before the enter had closed the dialog."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        screen = await open_clips(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        type_at_once(app, "nhello\rK")
        await settle(app, pilot)
        saved = {clip.id: clip for clip in stored()}
        assert saved[c.id].note == "hello"
        assert [clip.id for clip in stored()] == [a.id, c.id, b.id]
        assert app.screen is screen


async def test_clips_screen_deletes_after_confirmation(app_factory, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        await open_clips(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(app, pilot)
        assert len(stored()) == 3
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [a.id, b.id]  # the newest, selected first, is gone
        assert listed_ids(app.screen) == [b.id, a.id]


async def test_clips_screen_u_undoes_the_last_delete(app_factory, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        screen = await open_clips(app, pilot)
        await pilot.press("down")  # b, which has a note
        await pilot.press("d")
        await pilot.pause()
        # as the reader's unmark does: the note goes too, and u brings it back
        assert "Its note goes with it (u brings the clip back)" in app.screen.question
        await pilot.press("y")
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [a.id, c.id]
        await pilot.press("u")
        await settle(app, pilot)
        assert [clip.id for clip in stored()] == [a.id, b.id, c.id]
        back = stored()[1]
        assert (back.note, back.tags, back.start, back.end, back.quote) == (b.note, b.tags, b.start, b.end, b.quote)
        assert listed_ids(screen) == [c.id, b.id, a.id]
        assert screen.selected_clip().id == b.id, "the restored clip is selected"


async def test_clips_screen_edits_a_note_and_tags(app_factory, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        screen = await open_clips(app, pilot)
        await pilot.press("down")  # b
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        note = app.screen.query_one("#note-input", Input)
        assert note.value == "old note"
        note.value = "new note"
        app.screen.query_one("#tags-input", Input).value = "loans, russia, loans"
        await pilot.press("enter")
        await settle(app, pilot)
        with ClipStore(app.library.clip_store().path) as store:
            edited = store.get(b.id)
        assert (edited.note, edited.tags) == ("new note", ["loans", "russia"])
        assert "new note" in str(screen.query_one(ClipList).get_option_at_index(1).prompt)


async def test_typing_in_the_note_dialog_adds_to_the_note_not_replaces_it(app_factory, fixed_clock):
    """Found walking it: `n` opened the note selected whole, so the first key typed (to add a
    line of thought) silently wiped the note; likewise the tags after tab."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        app.library.clip_store().update(b.id, tags="loans")
        await open_clips(app, pilot)
        await pilot.press("down")  # b: "old note"
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"; see para 7", "tab", *", russia", "enter")
        await settle(app, pilot)
        with ClipStore(app.library.clip_store().path) as store:
            edited = store.get(b.id)
        assert (edited.note, edited.tags) == ("old note; see para 7", ["loans", "russia"])


async def test_a_clip_edit_that_cannot_be_saved_is_said_not_swallowed(app_factory, fixed_clock, monkeypatch):
    """The Clips screen's writes run in workers: one that fails (a full disk) reaches the app's
    one failure handler, and the note typed is not silently dropped: the user is told."""
    from belreader.library import Library

    def full_disk(self, *args, **kwargs):
        raise OSError("No space left on device")

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        make_clips(app)
        await open_clips(app, pilot)
        monkeypatch.setattr(Library, "update_clip", full_disk)
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#note-input", Input).value = "a note worth keeping"
        await pilot.press("enter")
        await settle(app, pilot)
        failed = [(n.title, n.message, n.severity) for n in app._notifications if "failed" in n.title]
        assert failed == [("clips-write failed", "No space left on device", "error")]


async def test_enter_jumps_back_to_the_clip_in_its_article(app_factory, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot, SEED_003)
        first = app.library.load_article(SEED_000)
        late = len(first.paragraphs) - 2
        clip = app.library.clip_store().add_paragraph(first, late)
        await open_clips(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert not isinstance(app.screen, ClipsScreen)
        assert app.reader.article.id == SEED_000
        assert view.marking.focus_clip == clip.id
        assert focused_clip_style(view.dark) in styles_in(view, late)
        widget = view.paragraph_widget(late)
        assert view.scroll_y > 0
        assert view.region.y <= widget.region.y < view.region.bottom, "the clip's paragraph is on screen"
        assert view.cursor == late, "the cursor is on the clip's paragraph: space acts on the clip"


@pytest.mark.parametrize("size", [(200, 50), (80, 24)])
async def test_enter_on_a_clip_puts_the_cursor_on_its_paragraph_when_the_article_is_open(
    app_factory, fixed_clock, size
):
    """Issue 13, found walking it: enter on a clip in the last paragraph of the open article
    left the cursor on a paragraph higher up, so space marked that one instead of the clip's."""
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        view = await open_article(app, pilot, SEED_000)
        article = app.library.load_article(SEED_000)
        last = max(p.index for p in article.paragraphs if not p.is_heading)
        await pilot.press("G", "space")  # the last paragraph, marked: a clip
        await settle(app, pilot)
        assert app.library.count_clips() == 1
        await open_clips(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert view.cursor == last
        await pilot.press("space")  # unmarks the clip: it is the cursor's paragraph
        await settle(app, pilot)
        assert app.library.count_clips() == 0


async def test_clips_screen_flags_orphaned_clips(app_factory, indexed_seed_corpus, fixed_clock):
    corpus, _ = indexed_seed_corpus
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        article = app.library.load_article(SEED_003)
        clip = app.library.clip_store().add_paragraph(article, 3)
        path = article.path
        raw = path.read_text(encoding="utf-8")
        assert clip.quote in raw
        path.write_text(raw.replace(clip.quote, "Entirely different words stand here now."), encoding="utf-8")
        screen = await open_clips(app, pilot)
        assert stored()[0].is_orphaned
        assert "not found" in str(screen.query_one(ClipList).get_option_at_index(0).prompt)
        assert any("not found in their edited articles" in m for m in notifications(app))


# ---------------------------------------------------------------------- export


async def export_with(app, pilot, fmt: str, dest, scope: str = "clips") -> None:
    await pilot.press("e")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one(f"#format-{fmt}", RadioButton).value = True
    if scope != "clips":
        dialog.query_one(f"#scope-{scope}", RadioButton).value = True
    await pilot.pause()
    path = dialog.query_one("#export-path", Input)
    assert path.value.endswith(f".{FORMAT_EXTENSIONS[fmt]}"), "the default path follows the format"
    path.value = str(dest)
    path.focus()
    await pilot.press("enter")
    await settle(app, pilot)


async def test_the_clips_screen_filters_by_a_clip_tag_and_exports_those(app_factory, tmp_path, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        store = app.library.clip_store()
        store.update(a.id, tags="Sanctions, loans")
        store.update(c.id, tags="sanctions")
        screen = await open_clips(app, pilot)
        assert len(listed_ids(screen)) == 3
        assert "t filters by tag" in str(screen.query_one("#clips-title", Static).render())
        await pilot.press("t")  # the first tag: loans
        await settle(app, pilot)
        assert listed_ids(screen) == [a.id]
        await pilot.press("t")  # the next: sanctions (case ignored)
        await settle(app, pilot)
        assert sorted(listed_ids(screen)) == sorted([a.id, c.id])
        title = str(screen.query_one("#clips-title", Static).render())
        assert "tagged sanctions (2 of 3)" in title.casefold()
        dest = tmp_path / "out" / "sanctions.json"
        await export_with(app, pilot, "json", dest)
        exported = json.loads(dest.read_text(encoding="utf-8"))
        assert sorted(p["quote"] for p in exported["passages"]) == sorted([a.quote, c.quote])
        assert app.screen is screen, "the export leaves the Clips screen open"
        await pilot.press("t")  # after the last tag: every clip again
        await settle(app, pilot)
        assert len(listed_ids(screen)) == 3
        await pilot.press("t", "t", "t")  # loans, sanctions, then every clip again
        await settle(app, pilot)
        assert len(listed_ids(screen)) == 3


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "csl", "bib", "ris"])
async def test_export_dialog_writes_each_format(app_factory, tmp_path, fmt, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        app.library.clip_store().update(b.id, note="=SUM(A1)", tags="x")
        dest = tmp_path / "out" / f"clips.{fmt}"
        await export_with(app, pilot, fmt, dest)
        text = dest.read_text(encoding="utf-8")
        if fmt == "md":
            assert text.startswith("# Passages (3)")
            assert f"> {a.quote[:40]}" in text
            assert f"para. {a.paragraph + 1}" in text and a.title in text
            assert "**Note:** =SUM(A1)" in text
        elif fmt == "csl":  # citations: one per article behind the clips
            items = json.loads(text)
            assert [item["title"] for item in items] == list(dict.fromkeys(clip.title for clip in (a, b, c)))
        elif fmt == "bib":
            assert text.count("\n@") == len({clip.article_id for clip in (a, b, c)}) and a.title in text
        elif fmt == "ris":
            assert text.count("ER  -") == len({clip.article_id for clip in (a, b, c)}) and f"TI  - {a.title}" in text
        elif fmt == "json":
            data = json.loads(text)
            assert data["count"] == 3
            assert [r["clip_id"] for r in data["passages"]] == [a.id, b.id, c.id]
            assert data["passages"][1]["note"] == "=SUM(A1)"
            assert data["passages"][0]["paragraph"] == a.paragraph + 1
            assert isinstance(data["passages"][0]["entities"], list)
        else:
            assert text.startswith("\ufeff")  # a byte-order mark, for spreadsheets
            rows = list(csv.DictReader(text.lstrip("\ufeff").splitlines()))
            assert [int(r["clip_id"]) for r in rows] == [a.id, b.id, c.id]
            assert rows[1]["note"] == "'=SUM(A1)"
            assert rows[2]["quote"] == c.quote
        assert any(m.startswith("Exported 3 passages") for m in notifications(app))


async def test_an_export_of_search_results_records_its_query_and_project(app_factory, tmp_path, indexed_seed_corpus):
    corpus, _ = indexed_seed_corpus
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.run_query("loan")
        await pilot.pause(0.3)
        await settle(app, pilot)
        app.query_one(ArticleView).focus()
        dest = tmp_path / "search.json"
        await export_with(app, pilot, "json", dest, scope="search")
    data = json.loads(dest.read_text(encoding="utf-8"))
    assert data["query"] == "loan" and data["project"] == str(corpus)
    assert data["count"] and all(r["source"] == "paragraph" for r in data["passages"])


def test_default_export_paths_end_with_the_formats_extension(fixed_clock):
    assert default_export_path("md") == "~/belreader-clips-20260101.md"
    assert default_export_path("csl", "search") == "~/belreader-search-20260101.csl.json"


async def test_an_existing_file_is_replaced_only_after_yes(app_factory, tmp_path, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        make_clips(app)
        dest = tmp_path / "clips.md"
        dest.write_text("precious\n", encoding="utf-8")
        await export_with(app, pilot, "md", dest)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(app, pilot)
        assert dest.read_text(encoding="utf-8") == "precious\n"
        await export_with(app, pilot, "md", dest)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(app, pilot)
        assert dest.read_text(encoding="utf-8").startswith("# Passages (3)")


async def test_export_errors_are_one_line(app_factory, tmp_path, fixed_clock):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        make_clips(app)
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder", encoding="utf-8")
        # (a folder typed is no error: the default file name goes in it, test_tui_reader15)
        await export_with(app, pilot, "md", blocker / "clips.md")
        [message] = [m for m in notifications(app) if m.startswith("Export failed")]
        assert "a-file" in message and "\n" not in message and "Traceback" not in message


# ---------------------------------------------------------------------- clipboard


async def test_y_falls_back_to_a_file_when_pyperclip_fails(app_factory, monkeypatch, isolated_dirs):
    import pyperclip

    def broken(text):
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", broken)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        index = view.current_paragraph()
        await pilot.press("y")
        await settle(app, pilot)
        saved = (isolated_dirs["data"] / "clipboard.txt").read_text(encoding="utf-8")
        paragraph_text = view.article.paragraph_text(index).strip()
        assert saved.startswith(f"“{paragraph_text[:40]}")
        assert f"para. {index + 1}" in saved and view.article.title in saved
        assert any("saved to" in m and "clipboard.txt" in m for m in notifications(app))


async def test_y_on_the_clips_screen_copies_the_clip(app_factory, monkeypatch, isolated_dirs, fixed_clock):
    import pyperclip

    copied = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        a, b, c = make_clips(app)
        await open_clips(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert copied and copied[0].startswith(f"“{c.quote[:30]}") and f"para. {c.paragraph + 1}" in copied[0]
        assert any(m.startswith("Copied to the system clipboard") for m in notifications(app))


# ---------------------------------------------------------------------- start-up, palette, snapshots


async def test_a_corrupt_database_is_reported_once_at_start_up(app_factory, isolated_dirs):
    (isolated_dirs["data"] / "clips.sqlite3").write_bytes(b"this is not a database" * 100)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        warnings = [m for m in notifications(app) if "could not be read" in m]
        assert len(warnings) == 1


async def test_palette_lists_the_clips_and_export_commands(app_factory):
    from belreader.tui.commands import COMMAND_SOURCES

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        names = [c.name for source in COMMAND_SOURCES for c in source(app)]
        assert "clips: open" in names and "export: clips as JSON" in names
        assert "export: clips as BibTeX citations" in names  # every export format, listed once
        assert not any(n.startswith("export: search results") for n in names)
        app.reader.run_query("loan")
        await settle(app, pilot)
        names = [c.name for source in COMMAND_SOURCES for c in source(app)]
        assert "export: search results as CSV" in names


@pytest.fixture
def scene_app(indexed_seed_corpus, tmp_path, fixed_clock, monkeypatch):
    corpus, index_dir = indexed_seed_corpus
    # Started from the home folder: the export dialog's default folder reads `~` on any machine.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)

    def build():
        return make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state")

    return build


@pytest.mark.parametrize("name", ["clips", "export", "cursor"])
def test_passages_scene(name, scene_app, snap_compare):
    chosen = scene(name)
    assert snap_compare(scene_app(), terminal_size=chosen.size, run_before=chosen.run_before)
