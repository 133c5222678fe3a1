"""Search-result snippets: the passages of an article around what a query matched.

Backend-neutral: the backend says where the matches are (character spans); this module chooses
and cuts the passages.
"""

from __future__ import annotations

import re

from belreader.search.protocol import Snippet

SNIPPET_CHARS = 240  # longest snippet
SNIPPET_CONTEXT = 60  # characters shown before the first and after the last match of a snippet
_SPACE = re.compile(r"\s")


def make_snippets(body: str, spans: list[tuple[int, int]], top: int = 3) -> list[Snippet]:
    """Up to `top` passages of `body` around the matched `spans` (ascending), in text order,
    the passages with the most matches chosen; the article's opening when nothing matches."""
    if not spans:
        lead = body[:SNIPPET_CHARS]
        return [Snippet(lead, 0, len(lead), [])] if lead else []
    fragments = []
    i = 0
    while i < len(spans):
        start = max(0, spans[i][0] - SNIPPET_CONTEXT)
        j = i
        while j + 1 < len(spans) and spans[j + 1][1] + SNIPPET_CONTEXT - start <= SNIPPET_CHARS:
            j += 1
        end = min(len(body), max(spans[j][1] + SNIPPET_CONTEXT, start + SNIPPET_CHARS * 2 // 3))
        if j + 1 < len(spans):
            end = min(end, spans[j + 1][0])  # an unmarked match of the next passage stays out
        fragments.append((_word_start(body, start, spans[i][0]), _word_end(body, end, spans[j][1]), spans[i : j + 1]))
        i = j + 1
    best = sorted(fragments, key=lambda f: (-len(f[2]), f[0]))[:top]
    return [
        Snippet(body[start:end], start, end, [(a - start, b - start) for a, b in matched])
        for start, end, matched in sorted(best)
    ]


def _word_start(body: str, start: int, first_match: int) -> int:
    """`start` moved forward to the beginning of a word (not past the first match)."""
    if start == 0:
        return 0
    space = _SPACE.search(body, start - 1, first_match)
    return space.end() if space else first_match


def _word_end(body: str, end: int, last_match: int) -> int:
    """`end` moved back to the end of a word (not before the last match)."""
    if end >= len(body):
        return len(body)
    return max((m.start() for m in _SPACE.finditer(body, last_match, end + 1)), default=end)
