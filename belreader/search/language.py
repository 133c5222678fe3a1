"""belreader's query language: user text -> belreader's own query tree.

The one place a query string is read. The CLI, the reader and `export --query` hand the text
to `parse()` once; what comes back is a tree of the plain nodes below, checked against the
limits and alias-expanded (`Lukashenko` also finds `Lukashenka`, `entity:lukashenka` means the
entity's id). A search backend translates the tree into its engine's query; it never sees the
text the user typed.

The language (the one README documents): words are ANDed; `OR`, `AND`, `NOT` (or a leading
`-`), `ANDNOT`, `ANDMAYBE`; "phrases" and "phrases"~N (words at most N apart, in order);
prefix*, wild?card; fuzzy~ and fuzzy~2 (edit distance; ~N/P keeps the first P letters);
field:value and field:(group); [a TO b] ranges; `^N` boosts; parentheses. Precedence is the
one belreader has always had: NOT first, then explicit AND, then OR, then ANDNOT and ANDMAYBE,
then the implicit AND between neighbours ("a b OR c" is a AND (b OR c)).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

DEFAULT_FIELDS = ("title", "subtitle", "body")  # claim texts are spans of the body; `claims:` searches them alone
FIELD_BOOSTS = {"title": 3.0, "subtitle": 1.5}  # a word in the title counts three times
USER_FIELDS = {
    "title": "title",
    "subtitle": "subtitle",
    "body": "body",
    "text": "body",
    "publisher": "publisher",
    "author": "author",
    "date": "date",
    "tag": "tag",
    "tags": "tag",
    "entity": "entity",
    "speaker": "speaker",
    "source": "source",
    "claims": "claims",
    "claim": "claims",
    "id": "id",
}
KEYWORD_FIELDS = {"entity", "speaker", "source"}
MAX_FUZZY_DISTANCE = 2  # `word~9` would walk most of the vocabulary and match nearly anything
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}

# What one query may cost. Each limit is far above what a person types and each is met with one
# sentence naming it, so a pasted paragraph or a stray `*` is refused at once instead of taking
# the search (and, in the reader, every search after it) for seconds or minutes.
MAX_QUERY_CHARS = 2_000  # the text of the query
MAX_TERMS = 256  # words, phrases and patterns (a word counts once, though it is looked for in three fields)
MAX_SLOP = 1_000  # "a b"~N: N words apart at most
MAX_TERM_EXPANSION = 1_024  # index words one prefix, wildcard, fuzzy or range term may stand for
MAX_QUERY_EXPANSION = 4_096  # ... and all of them together
MAX_SCANNED = 1_000_000  # index words the wildcards of one query may look through to find those

# Curly and angle quotes pasted from articles mean what '"' means (single ones only in pairs at word
# edges, because ’ is also an apostrophe).
_DOUBLE_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»‹›〝〞＂"})
_SINGLE_QUOTED = re.compile(r"(?<!\w)[‘‚‛]((?:[^‘’‚‛]|’(?=\w))*?)[’‘](?!\w)")


class QueryError(ValueError):
    """A query that cannot be run, with a message meant for the user."""


# --------------------------------------------------------------------------- the tree
# `field` None means the default fields (title, subtitle and body, the title boosted).


@dataclass(frozen=True, slots=True)
class Word:
    """A word as typed; `variants` are the other spellings of the entity it names (aliases)."""

    text: str
    field: str | None = None
    boost: float = 1.0
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words in order, each at most `slop` words after the one before (1: adjacent)."""

    text: str
    field: str | None = None
    slop: int = 1
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Prefix:
    text: str
    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Wildcard:
    """A pattern with `*` (any letters) and `?` (one letter); "*" alone is every word."""

    text: str
    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Fuzzy:
    """Words within `maxdist` edits of `text` that share its first `prefix` letters."""

    text: str
    field: str | None = None
    maxdist: int = 1
    prefix: int = 1
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Range:
    start: str | None
    end: str | None
    field: str | None = None
    start_excluded: bool = False
    end_excluded: bool = False
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Keyword:
    """An exact value of a keyword field (an entity, speaker or source id, after aliases)."""

    value: str
    field: str
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class All:
    """Every document (`*:*`)."""

    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Not:
    child: Node
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class AndNot:
    """`positive` without the documents `negative` matches."""

    positive: Node
    negative: Node
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class AndMaybe:
    """What `required` matches, ranked higher where `optional` matches too."""

    required: Node
    optional: Node
    boost: float = 1.0


Leaf = Word | Phrase | Prefix | Wildcard | Fuzzy | Range | Keyword | All
Node = Leaf | And | Or | Not | AndNot | AndMaybe
LEAVES = (Word, Phrase, Prefix, Wildcard, Fuzzy, Range, Keyword, All)


def leaves(node: Node) -> Iterator[Leaf]:
    """Every leaf of `node`, left to right."""
    if isinstance(node, LEAVES):
        yield node
    elif isinstance(node, (And, Or)):
        for child in node.children:
            yield from leaves(child)
    elif isinstance(node, Not):
        yield from leaves(node.child)
    elif isinstance(node, AndNot):
        yield from leaves(node.positive)
        yield from leaves(node.negative)
    elif isinstance(node, AndMaybe):
        yield from leaves(node.required)
        yield from leaves(node.optional)


def positive_leaves(node: Node) -> Iterator[Leaf]:
    """The leaves a matching document holds: not under NOT or the right of ANDNOT."""
    if isinstance(node, LEAVES):
        yield node
    elif isinstance(node, (And, Or)):
        for child in node.children:
            yield from positive_leaves(child)
    elif isinstance(node, AndNot):
        yield from positive_leaves(node.positive)
    elif isinstance(node, AndMaybe):
        yield from positive_leaves(node.required)
        yield from positive_leaves(node.optional)


def transform(node: Node, fn: Callable[[Node], Node]) -> Node:
    """`node` rebuilt bottom-up with `fn` applied to every node."""
    if isinstance(node, (And, Or)):
        node = replace(node, children=tuple(transform(child, fn) for child in node.children))
    elif isinstance(node, Not):
        node = replace(node, child=transform(node.child, fn))
    elif isinstance(node, AndNot):
        node = replace(node, positive=transform(node.positive, fn), negative=transform(node.negative, fn))
    elif isinstance(node, AndMaybe):
        node = replace(node, required=transform(node.required, fn), optional=transform(node.optional, fn))
    return fn(node)


def label(leaf: Leaf) -> str:
    """A leaf as the user wrote it (for messages)."""
    if isinstance(leaf, Prefix):
        return f"{leaf.text}*"
    if isinstance(leaf, Fuzzy):
        return f"{leaf.text}~{leaf.maxdist if leaf.maxdist != 1 else ''}"
    if isinstance(leaf, Range):
        return f"[{leaf.start or ''} TO {leaf.end or ''}]"
    if isinstance(leaf, Phrase):
        return f'"{leaf.text}"'
    if isinstance(leaf, Keyword):
        return leaf.value
    if isinstance(leaf, All):
        return "*:*"
    return leaf.text


# --------------------------------------------------------------------------- checking the text


def straight_quotes(text: str) -> str:
    """`text` with curly, low and angle quotation marks as the query language's '"'."""
    return _SINGLE_QUOTED.sub(r'"\1"', text.translate(_DOUBLE_QUOTES))


def shown(text: str, limit: int = 60) -> str:
    """A query as an error message quotes it: on one line and, if long, cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _outside_quotes(text: str, fill: str = " ") -> str:
    """The query with quoted parts blanked out (or filled with `fill`, to keep them words)."""
    return re.sub(r'"[^"]*"', lambda m: fill * len(m.group(0)), text)


def check_query(text: str) -> None:
    """Raise QueryError for a query that would be silently misread (one sentence naming it)."""
    stripped = text.strip()
    if not stripped:
        raise QueryError("empty query")
    if len(stripped) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long: {len(stripped):,} characters (the limit is {MAX_QUERY_CHARS:,}): {shown(text)}"
        )
    if stripped.count('"') % 2:
        raise QueryError(f"unclosed quote in query: {text}")
    depth = 0
    for char in _outside_quotes(stripped):
        depth += char == "("
        depth -= char == ")"
        if depth < 0:
            raise QueryError(f"')' without '(' in query: {text}")
    if depth:
        raise QueryError(f"unclosed '(' in query: {text}")
    words = _outside_quotes(stripped, fill="q").replace("(", " ").replace(")", " ").split()
    if words and (words[0] in OPERATORS - {"NOT"} or words[-1] in OPERATORS):
        raise QueryError(f"operator without a term in query: {text}")
    for a, b in itertools.pairwise(words):
        if a in OPERATORS and b in OPERATORS - {"NOT"}:
            raise QueryError(f"'{a} {b}' has no term between the operators in query: {text}")
    for match in re.finditer(r"(?:^|[\s(])([A-Za-z_]+):(?=\s|$|\))", _outside_quotes(stripped, fill="q")):
        raise QueryError(f"field '{match.group(1)}:' has no value in query: {text}")
    for match in re.finditer(r"(?:^|[\s(\-])([A-Za-z_]+):(?=\S)", _outside_quotes(stripped)):
        name = match.group(1)
        if name.lower() not in USER_FIELDS:
            known = ", ".join(sorted(set(USER_FIELDS) - {"text", "tags", "claim"}))
            raise QueryError(f"unknown field '{name}:' in query: {text} (fields: {known})")


def _plain_colons(text: str) -> str:
    """Colons that cannot start a field are punctuation: "Belarus: crisis", a URL's "https://"."""
    text = re.sub(r"\bhttps?://", " ", text)
    return re.sub(
        r"(?:(?<=^)|(?<=[\s(]))([A-Za-z_]+):(?=\s|$)",
        lambda m: m.group(0) if m.group(1).lower() in USER_FIELDS else m.group(1),
        text,
    )


def _normalise(text: str) -> str:
    """Leading '-' means NOT; field names are case-insensitive and have aliases."""
    masked = re.sub(r'"[^"]*"', lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', text)  # quotes kept
    out = []
    last = 0
    for m in re.finditer(r"(?:(?<=^)|(?<=[\s(]))-(?=[\w\"(])", masked):
        out.append(text[last : m.start()])
        out.append("NOT ")
        last = m.end()
    out.append(text[last:])
    text = "".join(out)
    return re.sub(
        r"(?:(?<=^)|(?<=[\s(]))([A-Za-z_]+):",
        lambda m: f"{USER_FIELDS.get(m.group(1).lower(), m.group(1))}:",
        text,
    )


# --------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class _Op:
    name: str


@dataclass(slots=True)
class _Group:
    items: list = field(default_factory=list)
    field: str | None = None
    boost: float = 1.0


_FIELD_NAMES = set(USER_FIELDS.values())
_FIELD = re.compile(r"(\w+|\*):(?=\S)")
_OP = re.compile(r"(ANDNOT|ANDMAYBE|AND|OR|NOT)(?=\s)")
_BOOST = re.compile(r"\^(\d*\.?\d+)")
_SLOP = re.compile(r"~(\d+)")
_FUZZ = re.compile(r"~(\d+)?(?:/(\d+))?$")
_RANGE = re.compile(r"([\[{])\s*(.*?)\s+TO\s+(.*?)\s*([\]}])")
_RANGE_OPEN = re.compile(r"([\[{])\s*(.*?)\s+TO\s*([\]}])|([\[{])\s*TO\s+(.*?)\s*([\]}])")
_WORD_END = re.compile(r'[\s()"]')


def _boost_at(text: str, pos: int) -> tuple[float, int]:
    match = _BOOST.match(text, pos)
    return (float(match.group(1)), match.end()) if match else (1.0, pos)


def _read_group(text: str, pos: int, closing: bool) -> tuple[_Group, int]:
    """The items of a group up to its ')' (or the end), and the position after it."""
    group = _Group()
    pending_field: str | None = None
    while pos < len(text):
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        if char == ")":
            if closing:
                return group, pos + 1
            pos += 1  # check_query refuses an unbalanced ')'; defensively skip it
            continue
        previous = text[pos - 1] if pos else " "
        at_boundary = previous.isspace() or previous in "()"
        if pending_field is None and at_boundary:
            op = _OP.match(text, pos)
            if op and (op.group(1) == "NOT" or previous.isspace()):
                group.items.append(_Op(op.group(1)))
                pos = op.end()
                continue
            if text.startswith("*:*", pos) and (
                pos + 3 == len(text) or text[pos + 3].isspace() or text[pos + 3] == ")"
            ):
                group.items.append(All())
                pos += 3
                continue
            fielded = _FIELD.match(text, pos)
            if fielded and (fielded.group(1) == "*" or fielded.group(1).lower() in _FIELD_NAMES):
                pending_field = fielded.group(1).lower() if fielded.group(1) != "*" else "*"
                pos = fielded.end()
                continue
        item, pos = _read_atom(text, pos)
        if item is None:
            continue
        if pending_field is not None:
            item = _with_field(item, pending_field)
            pending_field = None
        group.items.append(item)
    return group, pos


def _read_atom(text: str, pos: int) -> tuple[object, int]:
    char = text[pos]
    if char == "(":
        inner, pos = _read_group(text, pos + 1, closing=True)
        inner.boost, pos = _boost_at(text, pos)
        return inner, pos
    if char == '"':
        end = text.find('"', pos + 1)
        if end < 0:
            end = len(text)
        words = text[pos + 1 : end]
        pos = end + 1
        slop = 1
        match = _SLOP.match(text, pos)
        if match:
            slop, pos = int(match.group(1)), match.end()
        boost, pos = _boost_at(text, pos)
        return Phrase(words, None, slop, boost), pos
    if char in "[{":
        match = _RANGE.match(text, pos) or _RANGE_OPEN.match(text, pos)
        if match:
            groups = match.groups()
            low: str | None
            high: str | None
            if match.re is _RANGE:
                opening, low, high, closing = groups
            elif groups[0]:
                opening, low, closing, high = groups[0], groups[1], groups[2], None
            else:
                opening, low, high, closing = groups[3], None, groups[4], groups[5]
            range_end = match.end()
            boost, range_end = _boost_at(text, range_end)
            return Range(low or None, high or None, None, opening == "{", closing == "}", boost), range_end
    if char == "'" and (pos == 0 or not text[pos - 1].isalnum()):
        end = text.find("'", pos + 1)
        if end > pos and (end + 1 == len(text) or text[end + 1].isspace() or text[end + 1] in ")]}"):
            return _word(text[pos + 1 : end]), end + 1
    end_match = _WORD_END.search(text, pos)
    end = end_match.start() if end_match else len(text)
    raw = text[pos:end]
    if not raw:
        return None, pos + 1
    return _word(raw), end


def _word(raw: str) -> Leaf | None:
    """A word with its `^boost`, `~fuzziness` or wildcards read off."""
    boost = 1.0
    boosted = re.search(r"\^(\d*\.?\d+)$", raw)
    if boosted and boosted.start() > 0:
        boost, raw = float(boosted.group(1)), raw[: boosted.start()]
    fuzzy = _FUZZ.search(raw)
    if fuzzy and fuzzy.start() > 0:
        maxdist = int(fuzzy.group(1)) if fuzzy.group(1) else 1
        prefix = int(fuzzy.group(2)) if fuzzy.group(2) else 1
        return Fuzzy(raw[: fuzzy.start()], None, maxdist, prefix, boost)
    raw = raw.rstrip("~^") or raw
    if "*" in raw or "?" in raw:
        if raw.endswith("*") and "*" not in raw[:-1] and "?" not in raw and len(raw) > 1:
            return Prefix(raw[:-1], None, boost)
        return Wildcard(raw, None, boost)
    return Word(raw, None, boost)


def _with_field(item, name: str):
    """`item` (a leaf or a group, recursively) searched in field `name` where it names none."""
    if name == "*":
        return item
    if isinstance(item, _Group):
        item.items = [_with_field(child, name) if not isinstance(child, _Op) else child for child in item.items]
        return item
    if isinstance(item, Word | Phrase | Prefix | Wildcard | Fuzzy | Range) and item.field is None:
        return replace(item, field=name)
    return item


def _build(group: _Group) -> Node | None:
    """The tree of one group: operators applied in belreader's precedence order."""
    items: list = [(_build(item) if isinstance(item, _Group) else item) for item in group.items]
    items = [item for item in items if item is not None]
    # NOT applies to the item after it (right to left, so NOT NOT a works).
    i = len(items) - 1
    while i >= 0:
        if isinstance(items[i], _Op) and items[i].name == "NOT":
            if i + 1 < len(items) and not isinstance(items[i + 1], _Op):
                items[i : i + 2] = [Not(items[i + 1])]
            else:
                del items[i]
        i -= 1
    for name in ("AND", "OR", "ANDNOT", "ANDMAYBE"):
        i = 0
        while i < len(items):
            item = items[i]
            if not (isinstance(item, _Op) and item.name == name):
                i += 1
                continue
            if 0 < i < len(items) - 1 and not isinstance(items[i - 1], _Op) and not isinstance(items[i + 1], _Op):
                left, right = items[i - 1], items[i + 1]
                extends = (name == "AND" and _open(left, And)) or (name == "OR" and _open(left, Or))
                if not extends:
                    left = left.node if isinstance(left, _Fresh) else left
                right = right.node if isinstance(right, _Fresh) else right
                merged: Node
                if name == "AND":
                    merged = And((*left.children, right)) if _open(left, And) else And((left, right))
                elif name == "OR":
                    merged = Or((*left.children, right)) if _open(left, Or) else Or((left, right))
                elif name == "ANDNOT":
                    merged = AndNot(left, right)
                else:
                    merged = AndMaybe(left, right)
                items[i - 1 : i + 2] = [_Fresh(merged)]
            else:
                del items[i]
    nodes = [item.node if isinstance(item, _Fresh) else item for item in items if not isinstance(item, _Op)]
    if not nodes:
        return None
    node = nodes[0] if len(nodes) == 1 else And(tuple(nodes))
    if group.boost != 1.0:
        node = replace(node, boost=group.boost)
    return node


@dataclass(slots=True)
class _Fresh:
    """A node an operator of this group just made (the next same operator extends it)."""

    node: Node

    @property
    def children(self):
        return self.node.children


def _open(item, kind) -> bool:
    return isinstance(item, _Fresh) and isinstance(item.node, kind)


def parse(text: str, table=None, decide: Callable[[str], str] | None = None) -> Node:
    """The query tree of `text`, alias-expanded with the entity `table` (the user's, loaded when
    None; none at all with `table=False`). Raises QueryError for a malformed query or one over
    the limits on its length, number of terms and phrase slop."""
    if len(text) > MAX_QUERY_CHARS:  # before anything else reads it
        check_query(text)
    text = _plain_colons(straight_quotes(text))
    check_query(text)
    group, _end = _read_group(_normalise(text), 0, closing=False)
    node = _build(group)
    if node is None:
        raise QueryError(f"nothing to search for in query: {shown(text)}")
    _check_size(node, text)
    node = transform(node, _bounded_fuzziness)
    if table is None:
        table = _entity_table()
    if table:
        node = expand_aliases(node, table, decide)
    return transform(node, _keyword_values)


def _keyword_values(node: Node) -> Node:
    """A word or phrase in entity:/speaker:/source: is an id: lower case, words joined by '-'
    (what the table left: a name it does not know)."""
    if isinstance(node, Word | Phrase) and node.field in KEYWORD_FIELDS:
        from belreader.nlp.aliases import slugify

        return Keyword(slugify(node.text) or node.text.lower(), node.field, node.boost)
    return node


def _bounded_fuzziness(node: Node) -> Node:
    """Fuzzy terms keep their first letter and allow MAX_FUZZY_DISTANCE edits at most: an
    edit-distance walk over the whole vocabulary is seconds at distance 2, and misspelt first
    letters are rare."""
    if isinstance(node, Fuzzy):
        return replace(node, maxdist=min(node.maxdist, MAX_FUZZY_DISTANCE), prefix=max(node.prefix, 1))
    return node


def _check_size(node: Node, text: str) -> None:
    count = sum(1 for _leaf in leaves(node))
    if count > MAX_TERMS:
        raise QueryError(f"too many terms in query: {count:,} (the limit is {MAX_TERMS:,}): {shown(text)}")
    for leaf in leaves(node):
        if isinstance(leaf, Phrase) and leaf.slop > MAX_SLOP:
            raise QueryError(f"phrase slop ~{leaf.slop:,} is over the limit of {MAX_SLOP:,} words apart: {shown(text)}")
        # a distance or prefix the engines would not honour is said, not silently changed
        if isinstance(leaf, Fuzzy) and leaf.maxdist > MAX_FUZZY_DISTANCE:
            raise QueryError(
                f"fuzzy distance ~{leaf.maxdist:,} in '{shown(leaf.text, 40)}~{leaf.maxdist}' is over the limit of "
                f"{MAX_FUZZY_DISTANCE} edits: {shown(text)}"
            )
        if isinstance(leaf, Word):
            _check_operators(leaf.text, text)
        if isinstance(leaf, Range) and leaf.start and leaf.end:
            length = min(len(leaf.start), len(leaf.end))  # "2004-06 TO 2004": June to the end of 2004
            if leaf.start[:length].casefold() > leaf.end[:length].casefold():
                raise QueryError(
                    f"range [{shown(leaf.start, 30)} TO {shown(leaf.end, 30)}] is empty: it starts after it ends: "
                    f"{shown(text)}"
                )
        if isinstance(leaf, Fuzzy) and leaf.prefix < 1:
            raise QueryError(
                f"fuzzy prefix /0 in '{shown(leaf.text, 40)}~{leaf.maxdist}/0' must keep at least the first letter "
                f"(/1): {shown(text)}"
            )


_TILDE_OR_CARET = re.compile(r"(?P<word>.*?)(?P<mark>[~^])(?P<value>\S*)$")


def _check_operators(word: str, text: str) -> None:
    """A word still holding `~` or `^` has a fuzzy distance, a phrase slop or a boost that is not
    one ("loan~1.5", '"oil price"~-1', "loan^-2"): searched as words, it silently found
    something else."""
    match = _TILDE_OR_CARET.match(word)
    if match is None:
        return
    bare, value = match.group("word"), match.group("value")
    if match.group("mark") == "^":
        raise QueryError(
            f"boost '^{shown(value, 20)}' in '{shown(word, 40)}' is not a positive number (loan^2): {shown(text)}"
        )
    if bare:
        raise QueryError(
            f"fuzzy distance '~{shown(value, 20)}' in '{shown(word, 40)}' is not 0, 1 or 2 (loan~1, loan~2/3): "
            f"{shown(text)}"
        )
    raise QueryError(
        f"'~{shown(value, 20)}' is no phrase slop (a whole number of words: \"a b\"~3) or fuzzy distance (loan~2): "
        f"{shown(text)}"
    )


def _entity_table():
    try:
        from belreader.nlp.aliases import load_table

        return load_table()
    except Exception:  # the entity table is an enhancement; a broken user file must not break search
        return None


def expand_aliases(node: Node, table, decide: Callable[[str], str] | None = None) -> Node:
    """Alias-aware leaves: a word in the text fields that names a known entity also matches its
    other one-word spellings; a value of entity:/speaker:/source: becomes the entity's id (as the
    user's merge decisions resolve it)."""
    if decide is None:
        from belreader.nlp.identity import current_decisions

        decide = current_decisions().resolve

    def visit(node: Node) -> Node:
        if isinstance(node, Word) and node.field in KEYWORD_FIELDS:
            return Keyword(decide(table.canonical(node.text) or node.text.lower()), node.field, node.boost)
        if isinstance(node, Phrase) and node.field in KEYWORD_FIELDS:
            from belreader.nlp.aliases import slugify

            joined = " ".join(node.text.split())
            return Keyword(decide(table.canonical(joined) or slugify(joined)), node.field, node.boost)
        if isinstance(node, Word) and (node.field is None or node.field in DEFAULT_FIELDS):
            variants = table.expand_token(node.text) - {node.text.lower()}
            if variants:
                return replace(node, variants=tuple(sorted(variants)))
        if isinstance(node, Phrase) and (node.field is None or node.field in DEFAULT_FIELDS):
            spellings = _phrase_spellings(node.text, table)
            if len(spellings) > 1:
                return Or(tuple(replace(node, text=text) for text in spellings))
        return node

    return transform(node, visit)


MAX_PHRASE_SPELLINGS = 16  # a phrase of several names is looked for in at most this many spellings
_PHRASE_WORD = re.compile(r"[\w'’-]+")


def _phrase_spellings(text: str, table) -> list[str]:
    """`text` and its other spellings, each word that names a known entity replaced by its other
    one-word spellings ("lukashenko thanked" -> also "lukashenka thanked"); `text` first."""
    out = [text]
    for match in _PHRASE_WORD.finditer(text):
        word = match.group(0)
        variants = sorted(table.expand_token(word) - {word.lower()})
        if not variants:
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
        grown = []
        for spelling in out:
            grown.append(spelling)
            grown.extend(pattern.sub(variant, spelling, count=1) for variant in variants)
        out = list(dict.fromkeys(grown))[:MAX_PHRASE_SPELLINGS]
    return out


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A field value that is part of several names the index holds (`speaker:blair`: Tony Blair,
    Ian Blair): all of them are searched. The façade words the note (it can name them)."""

    field: str
    value: str
    ids: tuple[str, ...]  # the values it stands for, itself left out


def resolve_names(node: Node, values_of: Callable[[str], list[str]]) -> tuple[Node, list[Ambiguous]]:
    """`node` with each entity:/speaker:/source: value that is only part of a name widened to
    the names the index holds (`speaker:blair` -> tony-blair, and blair where the analysis kept
    the surname alone), and each value that stands for several people.
    `values_of(field)` lists the field's indexed values (entity ids)."""
    ambiguous: list[Ambiguous] = []

    def visit(node: Node) -> Node:
        if not isinstance(node, Keyword):
            return node
        values = values_of(node.field)
        found = name_matches(node.value, values)
        if not found or found == [node.value]:
            return node
        full = tuple(v for v in found if v != node.value)
        if len(full) > 1:
            ambiguous.append(Ambiguous(node.field, node.value, full))
        return Or(tuple(Keyword(v, node.field, node.boost) for v in found))

    return transform(node, visit), ambiguous


def name_matches(value: str, values: list[str]) -> list[str]:
    """The ids among `values` that the id `value` names: itself, and the ids whose words end
    with all of its words ("blair" -> "tony-blair"; "tony-blair" -> "tony-blair" only; "blair"
    never "blairgowrie"). Sorted, `value` first when present."""
    words = [w for w in value.split("-") if w]
    if not words:
        return []
    out = [v for v in values if v != value and v.split("-")[-len(words) :] == words and len(v.split("-")) > len(words)]
    return ([value] if value in values else []) + sorted(out)
