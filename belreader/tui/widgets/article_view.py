"""The centre: one article as numbered paragraphs, with entities, claims and search terms marked.

One `Static` per paragraph, so scrolling to a paragraph is scrolling to a widget; a
paragraph longer than PIECE_CHARS (a file that is one 19 MB line) is shown as several
widgets of about that size, the first numbered, because laying out text costs ~10 µs a
character on the event loop. The first screenful is mounted at once and the rest in
batches of bounded size that yield to the event loop, so a very long article never
freezes the reader; when the marks
change (entity, claim, search hit) only the paragraphs whose marks differ are
re-rendered. Every paragraph is a Rich `Text` built from the body slice plus
styled spans: article text is never markup.
"""

from __future__ import annotations

import asyncio
import bisect
from collections import defaultdict

from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.scrollbar import ScrollBar
from textual.widgets import Static

from belreader.text import display, display_same_length
from belreader.tui.messages import EntityChosen
from belreader.tui.rendering import (
    CURRENT_HIT,
    CURRENT_MENTION,
    SEARCH_TERM,
    SELECTED_MENTION,
    claim_style,
    entity_style,
    legend,
)
from belreader.tui.widgets import passage_marking
from belreader.tui.widgets.passage_marking import (
    PassageMarking,
    step_end_by_sentence,
    step_end_by_word,
    step_start_by_word,
)
from belreader.tui.widgets.scroll_marks import ScrollMarks

_NOTHING_OPEN = Text("Choose an article on the left, or press / to search.", style=Style(dim=True))


class Paragraph(Static):
    """One paragraph (or sub-heading) of the open article."""

    def __init__(self, index: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.text = Text()
        self.marks: list = []
        self.is_cursor = False
        self.span: tuple[int, int] | None = None  # the part shown, when the paragraph is in pieces

    def show(self, text: Text, marks: list, is_cursor: bool = False) -> None:
        self.text = text
        self.marks = marks
        self.is_cursor = is_cursor
        self.set_class(is_cursor, "cursor")
        self.update(text)

    def on_click(self, event) -> None:
        """A click on a marked name selects its entity (the mouse twin of the Entities tab);
        a click elsewhere puts the paragraph cursor here."""
        entity_id = (event.style.meta or {}).get("entity") if event.style else None
        if entity_id:
            event.stop()
            self.post_message(EntityChosen(entity_id))
        elif isinstance(self.parent, ArticleView):
            self.parent.move_cursor_to(self.index, scroll=False)


class ParagraphPiece(Paragraph):
    """A continuation of a paragraph too long for one widget: body offsets `start`..`end`."""

    def __init__(self, index: int, start: int, end: int, **kwargs) -> None:
        super().__init__(index, **kwargs)
        self.start = start
        self.end = end


def pieces(start: int, end: int, body: str, size: int) -> list[tuple[int, int]]:
    """`start`..`end` of `body` cut into spans of at most `size` characters, at a space when
    there is one in the last quarter of the span."""
    out = []
    while end - start > size:
        cut = body.rfind(" ", start + size * 3 // 4, start + size)
        cut = cut + 1 if cut > start else start + size
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


class ArticleView(VerticalScroll, can_focus=True):
    """The open article. Holds what to mark; re-renders paragraphs when that changes.

    A paragraph cursor (`cursor`, a paragraph index; headings are skipped) is what `space`,
    `v` and `y` act on. It is drawn as a bar in the margin beside the paragraph's number;
    moving it scrolls the view to keep it in sight, and scrolling by other means (arrows,
    pages, the mouse) brings it along to a paragraph on screen. The scrollbar marks the
    paragraphs with the selected entity and the search hits.

    Two helpers the view holds do the rest: `marking` (`PassageMarking`: the clips drawn in the
    article, the `v` selection and the marking keys, whose actions it is handed) and
    `scroll_marks` (`ScrollMarks`: the scrollbar's marks).
    """

    BINDINGS = [
        Binding(
            "j,right_curly_bracket",
            "cursor_step(1)",
            "Next paragraph",
            show=False,
            id="next-paragraph",
            tooltip="move the paragraph cursor down (with a v selection: extend it)",
        ),
        Binding(
            "k,left_curly_bracket",
            "cursor_step(-1)",
            "Previous paragraph",
            show=False,
            id="previous-paragraph",
            tooltip="move the paragraph cursor up (with a v selection: shrink it)",
        ),
        Binding("g", "cursor_edge(-1)", "Top", show=False, tooltip="the first paragraph"),
        Binding("G", "cursor_edge(1)", "Bottom", show=False, tooltip="the last paragraph"),
        Binding("down", "scroll_down", "Scroll down", show=False, tooltip="scroll a line (the cursor stays in sight)"),
        Binding("up", "scroll_up", "Scroll up", show=False, tooltip="scroll a line (the cursor stays in sight)"),
        *passage_marking.BINDINGS,
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = None
        self.analysis = None
        self.hits: list[tuple[tuple[int, int], ...]] = []  # the search's hits: each a word, a phrase, a claim...
        self.selected_entity: str | None = None
        self.selected_claim = None
        self.current_hit: int | None = None  # index into hits
        self.current_mention: int | None = None  # index into entity_mentions
        self.dark = True
        self._widgets: dict[int, Paragraph] = {}
        self._pieces: dict[int, list[ParagraphPiece]] = {}  # continuations of long paragraphs
        self._starts: list[int] = []
        self._generation = 0
        self.fully_mounted = True
        self._pending_paragraph: int | None = None
        self._pending_y: float | None = None
        self.cursor: int | None = None  # the paragraph space, v and y act on
        self._text_indexes: list[int] = []  # paragraphs the cursor can be on (not headings)
        self.marking = PassageMarking(self)
        self.scroll_marks = ScrollMarks(self)
        self.placeholder = _NOTHING_OPEN  # what the pane says while no article is open

    def compose(self):
        yield Static(self.placeholder, id="article-head")

    def set_placeholder(self, text: Text | None) -> None:
        """What the empty pane says (None: the usual invitation to choose an article)."""
        self.placeholder = _NOTHING_OPEN if text is None else text
        if self.article is None:
            for head in self.query("#article-head").results(Static):
                head.update(self.placeholder)

    # ------------------------------------------------------------------ content

    FIRST_BATCH = 40
    BATCH = 30
    PIECE_CHARS = 2_000  # the most text one widget shows
    BATCH_CHARS = 12_000  # the most text mounted between two turns of the event loop (~0.1 s)

    async def show_article(self, article, hits: list[tuple[tuple[int, int], ...]]) -> None:
        self._reset(article, hits)
        await self.remove_children()
        marks = self._marks()
        units = self._units()
        first = self._batch(units, 0, self.FIRST_BATCH, self.BATCH_CHARS)
        widgets = [self._new_widget(unit, marks) for unit in units[:first]]
        await self.mount_all(
            [Static(self._head(), id="article-head"), Static(legend(self.dark), id="legend"), *widgets]
        )
        self.scroll_home(animate=False)
        self.fully_mounted = first >= len(units)
        if not self.fully_mounted:
            self._mount_rest(self._generation, units, first)

    async def show_nothing(self) -> None:
        """Back to the empty pane (a preview whose hit is gone: the search found nothing)."""
        self._reset(None, [])
        self.fully_mounted = True
        await self.remove_children()
        await self.mount(Static(self.placeholder, id="article-head"))
        self.scroll_home(animate=False)

    def _reset(self, article, hits: list[tuple[tuple[int, int], ...]]) -> None:
        """The view's state for `article` (None: nothing open), nothing selected or pending; a
        batch of the article before still being mounted stops (the generation changes)."""
        self._generation += 1
        self.article = article
        self.analysis = None
        self.hits = sorted(hits)
        self.selected_claim = None
        self.current_hit = None
        self.current_mention = None
        self.marking.span = None
        self._pending_paragraph = None
        self._pending_y = None
        paragraphs = article.paragraphs if article is not None else []
        self._starts = [p.start for p in paragraphs]
        self._text_indexes = [p.index for p in paragraphs if not p.is_heading]
        self.cursor = self._text_indexes[0] if self._text_indexes else None
        self._widgets = {}
        self._pieces = {}

    def _units(self) -> list[tuple]:
        """What gets a widget: (paragraph, None) for a paragraph shown whole, (paragraph, (start,
        end)) for each piece of a long one."""
        units: list[tuple] = []
        body = self.article.body
        for paragraph in self.article.paragraphs:
            if paragraph.end - paragraph.start <= self.PIECE_CHARS:
                units.append((paragraph, None))
            else:
                units.extend(
                    (paragraph, span) for span in pieces(paragraph.start, paragraph.end, body, self.PIECE_CHARS)
                )
        return units

    @staticmethod
    def _batch(units: list[tuple], start: int, most: int, chars: int) -> int:
        """The end of the batch of `units` from `start`: at most `most` widgets and about `chars`
        characters (at least one widget)."""
        end, total = start, 0
        while end < len(units) and end - start < most:
            paragraph, span = units[end]
            total += (span[1] - span[0]) if span else paragraph.end - paragraph.start
            if total > chars and end > start:
                break
            end += 1
        return end

    def _new_widget(self, unit: tuple, marks) -> Paragraph:
        paragraph, span = unit
        if span is None or span[0] == paragraph.start:
            return self._new_paragraph(paragraph, marks, span)
        widget = ParagraphPiece(paragraph.index, *span, classes="para")
        mine = marks.get(paragraph.index, [])
        widget.show(self._paragraph_text(paragraph, mine, span), mine)
        self._pieces.setdefault(paragraph.index, []).append(widget)
        return widget

    def _new_paragraph(self, paragraph, marks, span: tuple[int, int] | None = None) -> Paragraph:
        widget = Paragraph(paragraph.index, classes="heading" if paragraph.is_heading else "para")
        mine = marks.get(paragraph.index, [])
        is_cursor = paragraph.index == self.cursor
        widget.show(self._paragraph_text(paragraph, mine, span, is_cursor), mine, is_cursor)
        widget.span = span
        self._widgets[paragraph.index] = widget
        return widget

    @work(exclusive=True, group="article-mount")
    async def _mount_rest(self, generation: int, units: list[tuple], start: int) -> None:
        while start < len(units):
            await asyncio.sleep(0.01)  # let keys and repaints through between batches
            if generation != self._generation:
                return
            marks = self._marks()
            end = self._batch(units, start, self.BATCH, self.BATCH_CHARS)
            await self.mount_all([self._new_widget(unit, marks) for unit in units[start:end]])
            start = end
            if self._pending_paragraph is not None and self._pending_paragraph in self._widgets:
                self.scroll_to_paragraph(self._pending_paragraph)
        if generation == self._generation:
            self.fully_mounted = True
            if self._pending_y is not None:
                y, self._pending_y = self._pending_y, None
                self._scroll_y_when_laid_out(y, generation)

    def restore_scroll(self, y: float) -> None:
        """Scroll to `y` once the paragraphs above it exist and are laid out."""
        if self.fully_mounted:
            self._scroll_y_when_laid_out(y, self._generation)
        else:
            self._pending_y = y

    def _scroll_y_when_laid_out(self, y: float, generation: int, attempts: int = 40) -> None:
        if generation != self._generation:
            return
        if self.max_scroll_y < y and attempts:
            self.set_timer(0.025, lambda: self._scroll_y_when_laid_out(y, generation, attempts - 1))
            return
        self.scroll_to(y=y, animate=False)

    def _scroll_to_widget_when_laid_out(
        self, widget, generation: int, attempts: int = 40, cursor: int | None = None
    ) -> None:
        """Scroll `widget` to the top once it is laid out; then put the cursor on paragraph
        `cursor` again: a scroll on the way (the article laid out anew, the end of the text
        reached) may have moved it to a paragraph then in sight."""
        if generation != self._generation or not widget.is_attached:
            return
        if (widget.virtual_region.height == 0 or self.virtual_size.height <= 1) and attempts:
            self.set_timer(
                0.025, lambda: self._scroll_to_widget_when_laid_out(widget, generation, attempts - 1, cursor)
            )
            return

        def arrived() -> None:
            if cursor is not None and generation == self._generation:
                self.move_cursor_to(cursor, scroll=False)

        if not self.scroll_to_widget(widget, top=True, animate=False, on_complete=arrived):
            arrived()

    def set_analysis(self, analysis) -> None:
        self.analysis = analysis
        self.refresh_paragraphs()

    def set_terms(self, hits: list[tuple[tuple[int, int], ...]]) -> None:
        """Mark the search's hits (one tuple of spans each: a phrase or a claim is one hit)."""
        self.hits = sorted(hits)
        self.current_hit = None
        self.refresh_paragraphs()

    @property
    def term_spans(self) -> list[tuple[int, int]]:
        """Every span of every hit, in text order."""
        return sorted({span for hit in self.hits for span in hit})

    def set_selected_entity(self, entity_id: str | None) -> None:
        self.selected_entity = entity_id
        self.current_mention = None
        self.refresh_paragraphs()

    def set_selected_claim(self, claim) -> None:
        self.selected_claim = claim
        self.refresh_paragraphs()
        if claim is not None:
            self.scroll_to_paragraph(claim.paragraph)

    def set_clips(self, clips: list, focus_clip: int | None = None) -> None:
        """The open article's clips, to draw (and the clip to highlight, after a jump from the Clips screen)."""
        self.marking.set_clips(clips, focus_clip)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self.article is not None:
            self.query_one("#legend", Static).update(legend(dark))
        self.refresh_paragraphs()

    @property
    def entity_mentions(self) -> list:
        if self.analysis is None or self.selected_entity is None:
            return []
        return sorted((m for m in self.analysis.mentions if m.entity_id == self.selected_entity), key=lambda m: m.start)

    def paragraph_widgets(self) -> list[Paragraph]:
        return [self._widgets[i] for i in sorted(self._widgets)]

    def paragraph_widget(self, index: int) -> Paragraph | None:
        return self._widgets.get(index)

    def refresh_paragraphs(self) -> None:
        """Re-render the paragraphs whose marks changed."""
        if self.article is None:
            return
        self.scroll_marks.refresh()
        marks = self._marks()
        for index, widget in self._widgets.items():
            mine = marks.get(index, [])
            is_cursor = index == self.cursor
            if mine != widget.marks or is_cursor != widget.is_cursor:
                paragraph = self.article.paragraphs[index]
                widget.show(self._paragraph_text(paragraph, mine, widget.span, is_cursor), mine, is_cursor)
                for piece in self._pieces.get(index, []):
                    piece.show(self._paragraph_text(paragraph, mine, (piece.start, piece.end)), mine)

    def paragraph_plain(self, index: int) -> str:
        """What paragraph `index` shows, as plain text (tests, copy); a long one's pieces joined."""
        widget = self.paragraph_widget(index)
        if widget is None:
            return ""
        indent = len(f"{index + 1:<3} ")
        return "".join([widget.text.plain, *(piece.text.plain[indent:] for piece in self._pieces.get(index, []))])

    # ------------------------------------------------------------------ navigation

    # -- the paragraph cursor

    def move_cursor_to(self, index: int, *, scroll: bool = True) -> None:
        """Put the cursor on paragraph `index` (or the next text paragraph after a heading)."""
        if not self._text_indexes:
            return
        position = min(bisect.bisect_left(self._text_indexes, index), len(self._text_indexes) - 1)
        target = self._text_indexes[position]
        if target != self.cursor:
            self.cursor = target
            self.marking.cursor_moved()  # a selection in progress follows
            self.refresh_paragraphs()
        if scroll:
            widget = self.paragraph_widget(target)
            if widget is not None:
                self.scroll_cursor_into_view(widget)

    def current_paragraph(self) -> int | None:
        """The paragraph the cursor is on (what space, v and y act on)."""
        return self.cursor if self.article is not None else None

    def scroll_cursor_into_view(self, widget) -> None:
        tall = widget.outer_size.height >= self.scrollable_content_region.height
        self.scroll_to_widget(widget, animate=False, top=tall, immediate=True)

    def action_cursor_step(self, step: int) -> None:
        if self.cursor is None or not self._text_indexes:
            return
        position = bisect.bisect_left(self._text_indexes, self.cursor) + step
        position = max(0, min(position, len(self._text_indexes) - 1))
        self.move_cursor_to(self._text_indexes[position])

    def action_cursor_edge(self, edge: int) -> None:
        if not self._text_indexes:
            return
        if edge < 0:
            self.move_cursor_to(self._text_indexes[0], scroll=False)
            self.scroll_home(animate=False, immediate=True)
        else:
            self.move_cursor_to(self._text_indexes[-1], scroll=False)
            self.scroll_end(animate=False, immediate=True)

    def action_scroll_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._keep_cursor_in_view()

    def _keep_cursor_in_view(self) -> None:
        """After a scroll that took the cursor's first line out of sight, move the cursor to
        a paragraph that starts on screen (or, in a paragraph longer than the view, that one)."""
        if self.marking.span is not None:
            return  # a selection in progress keeps its end where the keys put it
        widget = self.paragraph_widget(self.cursor) if self.cursor is not None else None
        if widget is None or not widget.is_attached or not widget.virtual_region.height:
            return  # not mounted or laid out yet: a pending scroll will bring it
        top = self.scroll_y
        bottom = top + self.scrollable_content_region.height
        if top <= widget.virtual_region.y < bottom:
            return
        starting, overlapping = [], []
        for other in self.paragraph_widgets():
            region = other.virtual_region
            if not other.has_class("para") or not region.height or region.bottom <= top:
                continue
            if region.y >= bottom:
                break
            overlapping.append(other.index)
            if region.y >= top:
                starting.append(other.index)
        candidates = starting or overlapping
        if candidates:
            above = widget.virtual_region.y < top
            self.move_cursor_to(candidates[0] if above else candidates[-1], scroll=False)

    def scroll_to_paragraph(self, index: int, *, animate: bool = False) -> None:
        paragraphs = self.article.paragraphs if self.article is not None else []
        cursor = index if 0 <= index < len(paragraphs) and not paragraphs[index].is_heading else None
        if cursor is not None:
            self.move_cursor_to(cursor, scroll=False)
        widget = self.paragraph_widget(index)
        if widget is not None:
            self._pending_paragraph = None
            self.call_after_refresh(self._scroll_to_widget_when_laid_out, widget, self._generation, 40, cursor)
        else:
            self._pending_paragraph = index  # still being mounted

    def paragraph_of(self, offset: int) -> int | None:
        if self.article is None:
            return None
        position = bisect.bisect_right(self._starts, offset) - 1
        if position < 0 or offset >= self.article.paragraphs[position].end:
            return None
        return self.article.paragraphs[position].index

    def step_hit(self, step: int) -> str | None:
        """Move to the next (`step` 1) or previous (-1) search hit; what to tell the reader
        ("hit 3 of 7", and when it went round the end), or None when there are no hits."""
        hits = self.hits
        if not hits:
            return None
        previous = self.current_hit
        if previous is None:
            after = self._first_after_view([hit[0] for hit in hits])
            self.current_hit = (after if after < len(hits) else 0) if step > 0 else len(hits) - 1
            wrapped = step > 0 and after >= len(hits)
        else:
            self.current_hit = (previous + step) % len(hits)
            wrapped = len(hits) > 1 and (self.current_hit < previous if step > 0 else self.current_hit > previous)
        self.refresh_paragraphs()
        paragraph = self.paragraph_of(hits[self.current_hit][0][0])
        if paragraph is not None:
            self.scroll_to_paragraph(paragraph)
        status = f"hit {self.current_hit + 1} of {len(hits)}"
        if wrapped:
            status += ": wrapped to the first" if step > 0 else ": wrapped to the last"
        return status

    def step_mention(self, step: int) -> bool:
        mentions = self.entity_mentions
        if not mentions:
            return False
        if self.current_mention is None:
            self.current_mention = 0 if step > 0 else len(mentions) - 1
        else:
            self.current_mention = (self.current_mention + step) % len(mentions)
        self.refresh_paragraphs()
        self.scroll_to_paragraph(mentions[self.current_mention].paragraph)
        return True

    def _first_after_view(self, spans: list[tuple[int, int]]) -> int:
        """The first span in or below the top visible paragraph, so `n` starts where the reader
        is (len(spans) when every span is above it)."""
        top = None
        for widget in self.paragraph_widgets():
            if widget.region.y + widget.region.height > self.region.y:
                top = widget.index
                break
        if top is None or self.article is None:
            return 0
        start = self.article.paragraphs[top].start
        return bisect.bisect_left([a for a, _ in spans], start)

    # ------------------------------------------------------------------ marking keys (PassageMarking)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        allowed = self.marking.allows(action)
        return True if allowed is None else allowed

    def action_mark(self) -> None:
        self.marking.mark()

    def action_mark_selection(self) -> None:
        self.marking.mark()

    def action_undo_delete(self) -> None:
        self.marking.undo_unmark()

    def action_select_span(self) -> None:
        self.marking.select()

    def action_span_word(self, step: int) -> None:
        self.marking.step(step_end_by_word, step)

    def action_span_sentence(self, step: int) -> None:
        self.marking.step(step_end_by_sentence, step)

    def action_span_start(self, step: int) -> None:
        self.marking.step(step_start_by_word, step)

    def action_cancel_span(self) -> None:
        self.marking.cancel()

    def action_copy_passage(self) -> None:
        self.marking.copy()

    # ------------------------------------------------------------------ scrollbar marks (ScrollMarks)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        return self.scroll_marks.install(super().vertical_scrollbar)

    # ------------------------------------------------------------------ rendering

    def _head(self) -> Text:
        article = self.article
        head = Text(display(article.title) or display(article.id), style=Style(bold=True))
        if article.subtitle:
            head.append("\n" + display(article.subtitle), style=Style(italic=True))
        byline = [display(x) for x in (article.author and f"By {article.author}", article.publisher, article.date) if x]
        if byline:
            head.append("\n" + " · ".join(byline), style=Style(dim=True))
        return head

    def _marks(self) -> dict[int, list[tuple[int, int, Style]]]:
        """Per paragraph: (start, end, style) in body offsets, in the order they are applied."""
        marks: dict[int, list[tuple[int, int, Style]]] = defaultdict(list)
        article = self.article

        def add(start: int, end: int, style: Style, paragraph: int | None = None) -> None:
            if paragraph is not None:
                marks[paragraph].append((start, end, style))
                return
            # A span may run over several paragraphs (a clip, a selection): mark each one.
            first = max(bisect.bisect_right(self._starts, start) - 1, 0)
            last = bisect.bisect_right(self._starts, max(end - 1, start)) - 1
            for index in range(first, last + 1):
                candidate = article.paragraphs[index]
                if start < candidate.end and end > candidate.start:
                    marks[candidate.index].append((start, end, style))

        for start, end, style in self.marking.marks():  # marked passages under every other mark
            add(start, end, style)
        if self.selected_claim is not None and self.selected_claim.article_id == article.id:
            claim = self.selected_claim
            add(claim.sentence_start, claim.sentence_end, claim_style(self.dark), claim.paragraph)
        if self.analysis is not None:
            for mention in self.analysis.mentions:
                style = entity_style(mention.label, self.dark)
                if mention.entity_id:
                    style += Style.from_meta({"entity": mention.entity_id})
                if mention.entity_id == self.selected_entity:
                    style += SELECTED_MENTION
                add(mention.start, mention.end, style, mention.paragraph)
            mentions = self.entity_mentions
            if self.current_mention is not None and self.current_mention < len(mentions):
                m = mentions[self.current_mention]
                add(m.start, m.end, CURRENT_MENTION, m.paragraph)
        for i, hit in enumerate(self.hits):
            for start, end in hit:
                add(start, end, CURRENT_HIT if i == self.current_hit else SEARCH_TERM)
        return marks

    def _paragraph_text(
        self, paragraph, marks: list, span: tuple[int, int] | None = None, is_cursor: bool = False
    ) -> Text:
        """The paragraph (or the `span` of it a piece shows) with its marks; numbered at its start
        (bold when the cursor is on it)."""
        body = self.article.body
        first, last = span or (paragraph.start, paragraph.end)
        text = Text(display_same_length(body[first:last]))
        for start, end, style in marks:
            a = max(start, first) - first
            b = min(end, last) - first
            if a < b:
                text.stylize(style, a, b)
        if paragraph.is_heading:
            text.stylize(Style(bold=True))
            return text
        numbered = Text()
        number_style = Style(bold=True) if is_cursor else Style(dim=True)
        label = f"{paragraph.index + 1:<3} "
        numbered.append(label if first == paragraph.start else " " * len(label), style=number_style)
        numbered.append_text(text)
        return numbered
