"""The suite's account of a Pilot screen that does not settle (tests/conftest.py): it names the
widget whose messages are still waiting and what its handler awaits, for the run's summary."""

import asyncio

import pytest
from textual.app import App
from textual.pilot import WaitForScreenTimeout
from textual.widgets import Static


class Stuck(Static):
    async def take_long(self) -> None:
        await asyncio.sleep(3)


class StuckApp(App):
    def compose(self):
        yield Static("fine", id="fine")
        yield Stuck("stuck", id="stuck")


def _the_suites_conftest(config):
    """The conftest module pytest loaded (importing it again would make a second copy)."""
    return next(
        p for p in config.pluginmanager.get_plugins() if getattr(p, "__file__", "").endswith("tests/conftest.py")
    )


async def test_a_screen_that_does_not_settle_is_explained_by_its_stuck_widget(request):
    timeouts = _the_suites_conftest(request.config).SCREEN_TIMEOUTS
    app = StuckApp()
    async with app.run_test() as pilot:
        stuck = app.query_one(Stuck)
        stuck.call_later(stuck.take_long)
        with pytest.raises(WaitForScreenTimeout):
            await pilot._wait_for_screen(timeout=0.5)
        explanation = timeouts.pop()  # not for this run's summary: it was asked for
    assert "test_a_screen_that_does_not_settle_is_explained_by_its_stuck_widget" in explanation
    assert "Stuck(id='stuck'): 1 queued" in explanation
    assert "take_long" in explanation and "sleep" in explanation
    assert "fine" not in explanation  # an idle widget is not listed
    assert "Current thread" in explanation  # the threads' stacks
