"""The right column: the open article's claims, sources and entities, and related claims."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from belreader.library import LABEL_NAMES, LABELS, publisher_value
from belreader.nlp.records import Claim
from belreader.state import SIDE_TABS
from belreader.text import display
from belreader.tui.messages import CompareRequested, MarkRequested
from belreader.tui.rendering import Hanging, entity_style, quoted
from belreader.tui.widgets.option_list import FittedOptionList, divided

_DIM = Style(dim=True)
_BOLD = Style(bold=True)


def claim_prompt(claim, extra: Text | None = None, outlet_names: dict[str, str] | None = None) -> Text:
    text = Text()
    if extra is not None:
        text.append_text(extra)
    # the reporting verb as written ("accused", "denied"): never a "(denies)" of our own making,
    # which would misreport a speaker who asserted a negative
    text.append(display(claim.attribution), style=_BOLD)
    text.append(": ", style=_DIM)
    text.append(quoted(claim.content, claim.direct_quote))
    if claim.outlets:
        names = outlet_names or {}
        text.append("\n  via " + ", ".join(display(names.get(o, o)) for o in claim.outlets), style=_DIM)
    return text


_COMPARE = Binding(
    "m", "compare_claim", "Compare", tooltip="every article's account of the highlighted claim's fact, side by side"
)


class PanelList(FittedOptionList):
    """A list in one of the side panel's tabs."""

    def on_focus(self) -> None:
        """Arriving by keyboard, start on the first row that can be chosen."""
        if self.highlighted is None:
            for index, option in enumerate(self.options):
                if not option.disabled:
                    self.highlighted = index
                    break


class ClaimList(PanelList):
    BINDINGS = [
        Binding(
            "c",
            "mark_claim",
            "Mark sentence",
            tooltip="mark the highlighted claim's sentence as a clip (again: unmark)",
        ),
        _COMPARE,
    ]

    @dataclass
    class Chosen(Message):
        claim: Claim

    def action_mark_claim(self) -> None:
        option = self.highlighted_option
        claim = self.claims.get(option.id) if option is not None else None
        if claim is not None:
            self.post_message(
                MarkRequested(claim.article_id, claim.sentence_start, claim.sentence_end, "claim sentence", claim=claim)
            )

    def action_compare_claim(self) -> None:
        option = self.highlighted_option
        claim = self.claims.get(option.id) if option is not None and option.id else None
        if claim is not None:
            self.post_message(CompareRequested(claim))

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.claims: dict[str, Claim] = {}

    def show(self, claims: list, outlet_names: dict[str, str] | None = None) -> None:
        self.claims = {c.id: c for c in claims}
        self.set_options(divided(Option(claim_prompt(c, outlet_names=outlet_names), id=c.id) for c in claims))
        if not claims:
            self.set_options([Option(Text("No claims found in this article.", style=_DIM), disabled=True)])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        claim = self.claims.get(event.option.id)
        if claim is not None:
            self.post_message(self.Chosen(claim))


class EntityList(PanelList):
    @dataclass
    class Chosen(Message):
        entity_id: str
        name: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.names: dict[str, str] = {}

    def show(self, entities: list, dark: bool = True) -> None:
        self.names = {e.id: e.name for e in entities}
        by_label: dict[str, list] = defaultdict(list)
        for entity in entities:
            by_label[entity.label].append(entity)
        options: list = []
        # The counts right-aligned in one column before the names, as the Who said what list has
        # them: read down, not hunted for at the end of names of every length.
        digits = max((len(str(e.count)) for e in entities), default=1)
        for label in sorted(by_label, key=lambda name: LABELS.index(name) if name in LABELS else len(LABELS)):
            group = sorted(by_label[label], key=lambda e: (-e.count, e.name))
            header = Text(
                display(LABEL_NAMES.get(label, label.lower()).upper()), style=entity_style(label, dark) + _BOLD
            )
            header.append(f"  {len(group)}", style=_DIM)
            options.append(Option(header, disabled=True))
            for entity in group:
                # a long name wraps under itself, the counts' column kept clear
                count = Text(f"{entity.count:>{digits}}× ", style=_DIM)
                name = Text(display(entity.name), style=entity_style(label, dark))
                options.append(Option(Hanging(count, name), id=entity.id))
        if not options:
            options = [Option(Text("No entities found.", style=_DIM), disabled=True)]
        self.set_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id, self.names.get(event.option.id, event.option.id)))


class RelatedList(PanelList):
    BINDINGS = [_COMPARE]

    @dataclass
    class Chosen(Message):
        claim: Claim

    def action_compare_claim(self) -> None:
        option = self.highlighted_option
        claim = self.related.get(option.id) if option is not None and option.id else None
        if claim is not None:
            self.post_message(CompareRequested(claim))

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.related: dict[str, Claim] = {}

    def show(self, claim, related: list, titles: dict[str, str], outlet_names: dict[str, str] | None = None) -> None:
        self.related = {m.claim.id: m.claim for m in related}
        head = Text("Related to: ", style=_DIM)
        head.append(quoted(claim.content, claim.direct_quote)[:160], style=Style(italic=True))
        options: list = [Option(head, disabled=True)]
        for match in related:
            other = match.claim
            extra = Text(f"{match.score:.2f} ", style=_BOLD)
            extra.append(display(titles.get(other.article_id, other.article_id)), style=Style(underline=True))
            extra.append(f" ¶{other.paragraph + 1}\n", style=_DIM)
            prompt = claim_prompt(other, extra, outlet_names)
            prompt.append("\n  why: " + display(match.reason), style=_DIM)  # what the two claims share
            options.append(Option(prompt, id=other.id))
        if not related:
            options.append(Option(Text("No claims in other articles about the same fact.", style=_DIM), disabled=True))
        self.set_options(options)

    def show_message(self, message: str) -> None:
        self.related = {}
        self.set_options([Option(Text(message, style=_DIM), disabled=True)])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        claim = self.related.get(event.option.id)
        if claim is not None:
            self.post_message(self.Chosen(claim))


class SourceList(PanelList):
    """The open article's publisher, author and the outlets its claims cite, with counts;
    enter on the publisher or a cited source filters the article list to the articles that
    have it (the Facets screen's publisher and source facets)."""

    @dataclass
    class Chosen(Message):
        facet: str  # "publisher" or "source"
        value: str
        label: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels: dict[str, str] = {}

    def show(self, article, analysis, names: dict[str, str] | None = None) -> None:
        """`names`: the sources' display names by id (else their own `name`)."""
        names = names or {}
        options: list = [Option(Text("Publisher", style=_BOLD), disabled=True)]
        self.labels = {}
        publisher = publisher_value(article.publisher)
        self.labels[f"publisher\t{publisher}"] = publisher
        options.append(
            Option(
                Text(
                    "  " + (display(article.publisher) or "unknown"), style=_DIM if not article.publisher else Style()
                ),
                id=f"publisher\t{publisher}",
            )
        )
        if article.author:
            options.append(Option(Text("Author", style=_BOLD), disabled=True))
            options.append(Option(Text("  " + display(article.author)), disabled=True))
        cited = [s for s in analysis.sources if s.kind != "publisher" and s.kind != "author"]
        options.append(Option(Text("Cited", style=_BOLD), disabled=True))
        if not cited:
            options.append(Option(Text("  none found", style=_DIM), disabled=True))
        claims_by_outlet = Counter(o for c in analysis.claims for o in c.outlets)
        for source in sorted(cited, key=lambda s: (-s.claim_count, names.get(s.id, s.name))):
            count = source.claim_count or claims_by_outlet.get(source.id, 0)
            name = names.get(source.id, source.name)
            row = Text(f"  {display(name)}")
            row.append(f"  {display(source.kind)} · {count} claim{'s' if count != 1 else ''}", style=_DIM)
            self.labels[f"source\t{source.id}"] = name
            options.append(Option(row, id=f"source\t{source.id}"))
        self.set_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            facet, _, value = event.option.id.partition("\t")
            self.post_message(self.Chosen(facet, value, self.labels.get(event.option.id, value)))


class SidePanel(Vertical):
    """Claims, Sources, Entities and Related in tabs."""

    def compose(self) -> ComposeResult:
        with TabbedContent(id="side-tabs", initial="claims"):
            with TabPane("Claims", id="claims"):
                yield ClaimList(id="claim-list")
            with TabPane("Sources", id="sources"):
                yield Static(Text("No article open.", style=_DIM), id="sources-text")
                yield SourceList(id="source-list")
            with TabPane("Entities", id="entities"):
                yield EntityList(id="entity-list")
            with TabPane("Related", id="related"):
                yield RelatedList(id="related-list")

    def on_mount(self) -> None:
        self.show_nothing()

    def show_nothing(self) -> None:
        """No article open (at the start, or when a preview's hit is gone)."""
        for option_list in (self.query_one(ClaimList), self.query_one(EntityList)):
            option_list.set_options([Option(Text("No article open.", style=_DIM), disabled=True)])
        self.query_one("#sources-text", Static).update(Text("No article open.", style=_DIM))
        self.query_one(SourceList).set_options([])
        self.query_one(RelatedList).show_message("Choose a claim to see related claims in other articles.")

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active or "claims"

    @active_tab.setter
    def active_tab(self, tab: str) -> None:
        if tab in SIDE_TABS:
            self.query_one(TabbedContent).active = tab

    def focus_tab(self) -> None:
        """Focus the list in the active tab."""
        pane = self.query_one(TabbedContent).active_pane
        if pane is not None:
            for widget in pane.query(PanelList):
                widget.focus()
                return

    def show_analysis(self, article, analysis, dark: bool = True, outlet_names: dict[str, str] | None = None) -> None:
        """The article's claims, sources and entities; outlets by `outlet_names` (the Library's
        names for them, ids kept for filtering), else as its sources name them."""
        names = {s.id: s.name for s in analysis.sources} | (outlet_names or {})
        self.query_one(ClaimList).show(analysis.claims, names)
        self.query_one("#sources-text", Static).update(
            Text("enter on one: the articles that have it", style=Style(dim=True, italic=True))
        )
        self.query_one(SourceList).display = True
        self.query_one(SourceList).show(article, analysis, names)
        self.query_one(EntityList).show(analysis.entities, dark)

    def show_analysis_off(self) -> None:
        """The reader runs with --no-nlp: no entities, claims or sources are computed."""
        off = Text("Analysis is off (--no-nlp): no entities, claims or sources.", style=_DIM)
        for option_list in (self.query_one(ClaimList), self.query_one(EntityList)):
            option_list.set_options([Option(off, disabled=True)])
        self.query_one("#sources-text", Static).update(off)
        self.query_one(SourceList).display = False

    def show_loading(self) -> None:
        for option_list in (self.query_one(ClaimList), self.query_one(EntityList)):
            option_list.set_options([Option(Text("Analysing…", style=_DIM), disabled=True)])
        self.query_one("#sources-text", Static).update(Text("Analysing…", style=_DIM))
        self.query_one(SourceList).set_options([])
