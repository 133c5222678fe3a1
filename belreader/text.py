"""Strings from outside, made safe to show: the one display sanitiser of every front end.

File names, article ids, metadata, notes, tags, saved state, entity names and error
messages can hold characters a terminal obeys instead of showing: ESC and the rest of
C0 and C1 (escape sequences: colours, the window title, OSC 52 clipboard writes),
bidirectional overrides and isolates (text shown in another order than it is stored),
invisible marks (zero-width joiners, word joiner, soft hyphen, BOM) and line breaks
(a newline in a file name forges an output line). Before display every such character
is replaced by a visible stand-in, never dropped, so what is shown tells the user what
is there: C0 controls by their Unicode control picture (ESC -> ␛, newline -> ␊, tab -> ␉),
DEL by ␡, everything else as `<U+202E>`.

The set is Unicode's Cc (controls), Cf (format characters: bidi marks, zero-width and
invisible characters), Cs (lone surrogates: undecodable bytes in a file name, which
would also make printing fail), Zl and Zp (line and paragraph separators).
`tests/test_display_safety.py` checks the ranges below against `unicodedata`.

This module only shows text safely; it never changes stored data. Article text is
cleaned once, when it is read, by `corpus.clean_text`. Headless: no UI imports.
"""

from __future__ import annotations

import json
import re

# Cc, Cf, Cs, Zl, Zp (Unicode 15.1; U+13439..U+1343F are Cf from 15.0 on).
_UNSAFE_RANGES = (
    (0x0000, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xD800, 0xDFFF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def _char_class(ranges) -> str:
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


UNSAFE = re.compile(f"[{_char_class(_UNSAFE_RANGES)}]")
# What JSON leaves raw with ensure_ascii=False: everything unsafe except C0, which it escapes.
_UNSAFE_IN_JSON = re.compile(f"[{_char_class(_UNSAFE_RANGES[1:])}]")
# Body text: controls and format characters, but its line breaks and tabs are its own.
_UNSAFE_IN_BODY = re.compile(f"[{_char_class([(0x00, 0x08), (0x0B, 0x1F), *_UNSAFE_RANGES[1:]])}]")


def visible(char: str) -> str:
    """The stand-in shown for one unsafe character."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the control pictures block: ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def _visible(match: re.Match) -> str:
    return visible(match.group())


def display(value: object) -> str:
    """A one-line string from outside (file name, id, title, note, tag, query, message) as it
    may be shown: every control, format or separator character replaced by a visible
    stand-in, newlines and tabs included, so it can neither drive the terminal nor forge a line."""
    if value is None:
        return ""
    return UNSAFE.sub(_visible, value if isinstance(value, str) else str(value))


def display_block(value: object) -> str:
    """`display` for text whose line breaks are its own (an article's paragraphs, a claim):
    newlines kept, tabs as spaces, every other unsafe character replaced visibly."""
    if value is None:
        return ""
    text = (value if isinstance(value, str) else str(value)).replace("\r\n", "\n").replace("\t", " ")
    return "\n".join(display(line) for line in text.split("\n"))


def display_inline(value: object) -> str:
    """Article text shown on one line (a quote, a claim): its line breaks and tabs become
    spaces and runs of whitespace fold to one; every other unsafe character as `display`."""
    if value is None:
        return ""
    return display(" ".join(re.split(r"[ \t\n\r\f\v]+", str(value).strip(" \t\n\r\f\v"))))


def display_same_length(value: str) -> str:
    """Body text whose offsets must still line up (analysis spans, snippet matches): each
    unsafe character except newline becomes one space; tabs become spaces too."""
    return _UNSAFE_IN_BODY.sub(" ", value.replace("\t", " "))


def _json_escape(match: re.Match) -> str:
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def dumps_json(data, **kwargs) -> str:
    """JSON for a terminal or a script: readable Unicode, but every character `display`
    would replace is written as a \\u escape (json escapes C0 itself; C1, bidi marks,
    invisible characters and lone surrogates it would leave raw). Any JSON parser reads
    the same strings back."""
    kwargs.setdefault("ensure_ascii", False)
    return escape_json_text(json.dumps(data, **kwargs))


def escape_json_text(text: str) -> str:
    """JSON text (as `json.dumps` writes it) with the characters `dumps_json` escapes escaped."""
    # Outside a string JSON is pure ASCII, so every match is inside a string.
    return _UNSAFE_IN_JSON.sub(_json_escape, text)
