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
import unicodedata

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

# Zero-width (non-)joiners are needed between letters in Persian, Arabic and Indic scripts
# (and join emoji into one): between two letters, marks or symbols they are part of the text;
# anywhere else they are invisible noise. The one rule for the cleaner and for display.
_JOINERS = re.compile(r"[\u200c\u200d]+")
_JOINABLE = ("L", "M", "So", "Sk")


def _joins_letters(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    if start == 0 or end == len(text):
        return False
    return unicodedata.category(text[start - 1]).startswith(_JOINABLE) and unicodedata.category(text[end]).startswith(
        _JOINABLE
    )


def drop_stray_joiners(text: str) -> str:
    """`text` with a zero-width (non-)joiner kept (one of a run) only between two letters,
    marks or symbols."""
    return _JOINERS.sub(lambda m: m.group()[0] if _joins_letters(m) else "", text)


def _without_joiners(ranges) -> list[tuple[int, int]]:
    out = []
    for a, b in ranges:
        if a <= 0x200C and 0x200D <= b:
            out += [r for r in ((a, 0x200B), (0x200E, b)) if r[0] <= r[1]]
        else:
            out.append((a, b))
    return out


# Body text (an article's own words, already cleaned when read): controls and format
# characters, but its line breaks and tabs are its own and joiners between letters are text.
_UNSAFE_IN_BODY_LINE = re.compile(f"[{_char_class(_without_joiners(_UNSAFE_RANGES))}]")
_UNSAFE_IN_BODY = re.compile(f"[{_char_class(_without_joiners([(0x00, 0x08), (0x0B, 0x1F), *_UNSAFE_RANGES[1:]]))}]")


def _body(text: str, replace) -> str:
    """Body text with unsafe characters replaced by `replace(char)`: joiners between letters kept."""
    text = _UNSAFE_IN_BODY_LINE.sub(lambda m: replace(m.group()), text)
    return _JOINERS.sub(lambda m: m.group() if _joins_letters(m) else "".join(map(replace, m.group())), text)


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
    return "\n".join(_body(line, visible) for line in text.split("\n"))


def display_inline(value: object) -> str:
    """Article text shown on one line (a quote, a claim): its line breaks and tabs become
    spaces and runs of whitespace fold to one; every other unsafe character as `display`."""
    if value is None:
        return ""
    return _body(" ".join(re.split(r"[ \t\n\r\f\v]+", str(value).strip(" \t\n\r\f\v"))), visible)


def display_same_length(value: str) -> str:
    """Body text whose offsets must still line up (analysis spans, snippet matches): each
    unsafe character except newline becomes one space; tabs become spaces too."""
    text = _UNSAFE_IN_BODY.sub(" ", value.replace("\t", " "))
    return _JOINERS.sub(lambda m: m.group() if _joins_letters(m) else " " * len(m.group()), text)


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


def counted(count: int, one: str, several: str) -> str:
    """'1 claim', '2 claims', '0 claims', '1,204 claims'."""
    return f"{count:,} {one if count == 1 else several}"
