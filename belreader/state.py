"""The reader's remembered state: open article, scroll position, query, panel layout, theme.

Plain JSON in `config.data_dir()/state.json`, written atomically. A file that cannot be
parsed (not UTF-8, not JSON, not an object, nested too deeply) is moved aside to
`state.json.corrupt-<UTC time>` and the defaults are used, with a notice the reader shows
once; a field of the wrong type falls back to its default alone. A bad file never stops
the reader from starting. Headless: no UI imports here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from belreader import config

STATE_FILE = "state.json"
MAX_RECENT_QUERIES = 20
SORT_KEYS = ("id", "title", "date", "publisher", "claims")
SIDE_TABS = ("claims", "sources", "entities", "related")  # the reader's side panel, in tab order
FOCUS_AREAS = ("list", "article", "side", "search")  # where the reader's keys went at quit


@dataclass(slots=True)
class UIState:
    corpus: str | None = None  # the corpus the rest of the state belongs to
    article_id: str | None = None
    scroll_y: float = 0.0
    query: str = ""
    side_panel: bool | None = None  # None: decided by the terminal width
    side_tab: str = "claims"
    theme: str | None = None
    sort: str = "id"
    focus: str = "list"
    recent_queries: list[str] = field(default_factory=list)

    def remember_query(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        self.recent_queries = [query] + [q for q in self.recent_queries if q != query]
        del self.recent_queries[MAX_RECENT_QUERIES:]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> UIState:
        """Known keys of the right type only; anything else falls back to the default."""
        state = cls()
        if not isinstance(data, dict):
            return state
        checks = {
            "corpus": lambda v: v is None or isinstance(v, str),
            "article_id": lambda v: v is None or isinstance(v, str),
            # bounded, so neither inf (JSON's Infinity), nan nor a 400-digit int gets through
            "scroll_y": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1e9,
            "query": lambda v: isinstance(v, str),
            "side_panel": lambda v: v is None or isinstance(v, bool),
            "side_tab": lambda v: v in SIDE_TABS,
            "theme": lambda v: v is None or isinstance(v, str),
            "sort": lambda v: v in SORT_KEYS,
            "focus": lambda v: v in FOCUS_AREAS,
            "recent_queries": lambda v: isinstance(v, list) and all(isinstance(q, str) for q in v),
        }
        for f in fields(cls):
            if f.name in data and checks[f.name](data[f.name]):
                setattr(state, f.name, data[f.name])
        state.scroll_y = float(state.scroll_y)
        state.recent_queries = state.recent_queries[:MAX_RECENT_QUERIES]
        return state


def state_path(state_dir: Path | str | None = None) -> Path:
    return Path(state_dir or config.data_dir()) / STATE_FILE


def load_state(path: Path) -> UIState:
    """The saved state, or the defaults if there is none or it is unreadable (moved aside)."""
    return read_state(path)[0]


def read_state(path: Path) -> tuple[UIState, str | None]:
    """The saved state and, when the file was corrupt and moved aside, one line saying so."""
    try:
        data = config.read_json(path)
        if not isinstance(data, dict):
            raise ValueError("state is not a JSON object")
    except OSError:  # none yet, or unreadable: nothing to move, nothing lost
        return UIState(), None
    except ValueError:
        moved = config.move_aside(path)
        where = f"moved to {moved.name}" if moved else "left in place"
        return UIState(), f"{path.name} could not be read ({where}); starting fresh"
    return UIState.from_dict(data), None


def save_state(state: UIState, path: Path) -> None:
    config.atomic_write_json(path, state.to_dict())
