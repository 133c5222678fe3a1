"""An Input that never holds a character the terminal would obey.

Textual draws an Input's value as it is: a query or note prefilled from saved state,
or text pasted in, could carry ESC, OSC 52 or a bidi override to the terminal. Here
every value, whether set, typed or pasted, goes through the display sanitiser first
(line breaks and tabs become spaces; other unsafe characters their visible stand-in).
"""

from __future__ import annotations

import re

from textual.widgets import Input

from belreader.text import display

_LINE_SPACE = re.compile(r"[\t\n\r]")


def safe_value(text: str) -> str:
    return display(_LINE_SPACE.sub(" ", text))


class SafeInput(Input):
    def validate_value(self, value: str) -> str:
        return safe_value(value)

    # Sanitised before insertion too, so the cursor lands after what is actually inserted.
    def insert(self, text: str, index: int) -> None:
        super().insert(safe_value(text), index)

    def replace(self, text: str, start: int, end: int) -> None:
        super().replace(safe_value(text), start, end)
