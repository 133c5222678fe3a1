"""Session 42, ux42: the reader as a first-time analyst meets it (/work/wt/notes/UX42_findings.md)."""

from __future__ import annotations

from tui_util import WIDE, settle


async def test_ctrl_c_says_how_to_quit_without_markup(app_factory):
    """ctrl+c showed "Press [b]ctrl+q[/b] to quit the app": Textual's markup, shown as typed
    (every notice is plain text), and not the `q` the footer offers."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        hint = [m for m in messages if "quit" in m]
        assert hint, messages
        assert "[b]" not in hint[-1] and "Press q to quit" in hint[-1]
        assert app.is_running  # ctrl+c does not quit
