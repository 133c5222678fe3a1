"""The reader's lists (FittedOptionList): j/k move through any of them, declared once."""

from __future__ import annotations

import importlib
import pkgutil

from textual.app import App, ComposeResult
from textual.widgets.option_list import Option

import belreader.tui.screens
import belreader.tui.widgets
from belreader.tui.widgets.option_list import FittedOptionList


class _OneList(App):
    def compose(self) -> ComposeResult:
        yield FittedOptionList(*(Option(f"row {n}", id=str(n)) for n in range(3)))


async def test_j_and_k_move_through_a_plain_fitted_list():
    app = _OneList()
    async with app.run_test(size=(40, 10)) as pilot:
        listing = app.query_one(FittedOptionList)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("j", "j")
        assert listing.highlighted == 2
        await pilot.press("k")
        assert listing.highlighted == 1


def _subclasses(cls) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_no_list_of_the_reader_declares_j_and_k_again():
    for package in (belreader.tui.screens, belreader.tui.widgets):
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")
    lists = [cls for cls in _subclasses(FittedOptionList) if cls.__module__.startswith("belreader.")]
    assert len(lists) >= 9
    for cls in lists:
        keys = {b.key if hasattr(b, "key") else b[0] for b in cls.__dict__.get("BINDINGS", [])}
        assert not keys & {"j", "k"}, f"{cls.__name__} binds j/k itself"
