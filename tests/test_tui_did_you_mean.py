"""The did-you-mean as a new user reads it: its question mark never starts a line of its own, the
word keeps the capital typed ('Bliar' offers Blair, not blair), and ctrl+y is in the help."""

from __future__ import annotations

from belreader.tui.app import make_app
from belreader.tui.screens.help import HelpScreen, help_text
from belreader.tui.widgets.search_pane import in_typed_case

from tui_util import settle


def budget_corpus(corpus) -> None:
    """Six articles say "government" and "Blair"; one says "governess" (found by 'goverment')."""
    corpus.mkdir()
    for n in range(6):
        (corpus / f"budget{n}.txt").write_text(
            f"Budget day {n}\n\nThe government of Tony Blair set out its spending plans on day {n}.\n",
            encoding="utf-8",
        )
    (corpus / "nanny.txt").write_text("A new governess\n\nThe family hired a governess.\n", encoding="utf-8")


def note_lines(app) -> list[str]:
    note = app.query_one("#search-message")
    return [strip.text.rstrip() for strip in note.render_lines(note.region.reset_offset)]


async def _searched(app, pilot, query: str) -> None:
    await pilot.press("slash")
    app.query_one("#search").value = query
    await pilot.pause(0.9)  # the did-you-mean is asked once the typing pauses
    await settle(app, pilot)


async def test_the_question_mark_stays_with_the_word_at_80_columns(tmp_path):
    """At 80x24 the note read 'Did you mean: government' then '? ctrl+y searches it'."""
    budget_corpus(tmp_path / "corpus")
    app = make_app(corpus=tmp_path / "corpus", index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, rounds=8)
        for query, word in (("goverment", "government?"), ("Bliar", "Blair?")):  # with a hit, then with none
            await _searched(app, pilot, query)
            lines = [line.strip() for line in note_lines(app) if line.strip()]
            assert any("Did you mean" in line for line in lines), lines
            assert not any(line.startswith("?") for line in lines), lines
            assert word in " ".join(lines), lines


async def test_a_capitalised_misspelling_is_offered_and_run_with_its_capital(tmp_path):
    budget_corpus(tmp_path / "corpus")
    app = make_app(corpus=tmp_path / "corpus", index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot, rounds=8)
        await _searched(app, pilot, "Bliar")
        assert app.reader.results.total == 0
        assert "Did you mean: Blair?" in " ".join(str(app.query_one("#search-message").render()).split())
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.query_one("#search").value == "Blair" and app.reader.results.total == 6


def test_in_typed_case_copies_a_leading_capital_word_by_word():
    assert in_typed_case("Bliar", "blair") == "Blair"
    assert in_typed_case("Bliar goverment", "blair government") == "Blair government"
    assert in_typed_case("Tony Bliar", "Tony blair") == "Tony Blair"
    assert in_typed_case("ORR", "or") == "or", "never an operator made by the capitals"
    assert in_typed_case("bliar", "blair") == "blair"
    assert in_typed_case('"Bliar said"', "blair") == "blair", "a different shape is left as found"


async def test_ctrl_y_is_on_the_help_screen(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = help_text(app, app.screen.sections).plain
        search_box = shown.split("Search box\n")[1].split("\n\n")[0]
        assert "^y" in search_box and "Did you mean" in search_box, search_box
