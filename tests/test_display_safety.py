"""Strings from outside never drive the terminal: the one display sanitiser and every CLI command.

A corpus whose file names, metadata, clip notes and tags and user entity table carry ESC,
OSC 52, CSI, C1 controls, bidi overrides, invisible marks and newlines is run through every
command, human and --json; no control, format or separator character may reach stdout or
stderr, no output line may be forged, and --json still gives back the exact strings.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_loader_hostile import _CONTENTS as FUZZ_CONTENTS
from test_loader_hostile import _NAMES as LOADER_NAMES
from test_loader_hostile import hang_guard
from typer.testing import CliRunner

from belreader import cli
from belreader.cli import app
from belreader.text import UNSAFE, display, display_block, display_inline, display_same_length, dumps_json

OSC52 = "\x1b]52;c;ZXZpbA==\x07"
TITLE_OSC = "\x1b]0;PWNED\x07"
CSI = "\x1b[31m"
C1 = "\x9b31m\x85\x90"
BIDI = "\u202e\u2066\u200e\u200f\u061c"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
FORGED = "\nFORGED line"

# What a terminal obeys instead of showing (newline is allowed only as our own line break).
RAW_CONTROL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
)


# --------------------------------------------------------------------------- the sanitiser


def test_every_control_format_and_separator_character_is_unsafe():
    wanted = {"Cc", "Cf", "Cs", "Zl", "Zp"}
    missed = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in wanted and not UNSAFE.fullmatch(chr(code))
    ]
    assert missed == []
    assert not UNSAFE.search("Lukashenka — Лукашэнка 1.5bn € “quote” ␛ 中文 👍 é")


def test_display_shows_every_unsafe_character_visibly_on_one_line():
    shown = display(f"a{OSC52}b{CSI}c{C1}d{BIDI}e{INVISIBLE}f{FORGED}\tg\r")
    assert not RAW_CONTROL.search(shown) and "\n" not in shown
    assert shown.startswith("a␛]52;c;ZXZpbA==␇b␛[31mc<U+009B>31m<U+0085><U+0090>d")
    assert "<U+202E><U+2066><U+200E><U+200F><U+061C>e" in shown
    assert "<U+200B><U+200C><U+200D><U+2060><U+FEFF><U+00AD>f" in shown
    assert shown.endswith("f␊FORGED line␉g␍")
    assert display("\x7f") == "␡"
    assert display("bad\udcffbyte") == "bad<U+DCFF>byte"  # an undecodable byte in a file name
    assert display(None) == "" and display(5) == "5"
    assert display("[bold]plain[/] :smile:") == "[bold]plain[/] :smile:"  # markup is not ours to read


def test_display_block_keeps_its_own_line_breaks_only():
    shown = display_block(f"one{OSC52}\r\ntwo\tthree\u2028four")
    assert shown == "one␛]52;c;ZXZpbA==␇\ntwo three<U+2028>four"


def test_display_same_length_keeps_offsets():
    body = f"a{CSI}b\u202ec\nd\te\x9bf"
    same = display_same_length(body)
    assert len(same) == len(body)
    assert same == "a [31mb c\nd e f"


def test_dumps_json_escapes_what_json_leaves_raw_and_reads_back_the_same():
    value = {"id": f"x{OSC52}{C1}{BIDI}{INVISIBLE}\u2028y\U000e0041\udcff", "plain": "Лукашэнка “q”"}
    text = dumps_json(value, indent=2)
    assert not RAW_CONTROL.search(text.replace("\n", ""))
    assert "\U000e0041" not in text and "\\udb40\\udc41" in text
    assert "Лукашэнка “q”" in text  # readable Unicode stays readable
    assert json.loads(text) == value


def _letter_joiners_removed(text: str) -> str:
    """`text` without the zero-width (non-)joiners that sit between two letters, marks or
    symbols: those are article text (Persian, Indic, emoji), kept by the body sanitisers."""
    joinable = ("L", "M", "So", "Sk")
    out = []
    for i, char in enumerate(text):
        if char in "\u200c\u200d":
            j = i
            while j < len(text) and text[j] in "\u200c\u200d":
                j += 1
            k = i
            while k > 0 and text[k - 1] in "\u200c\u200d":
                k -= 1
            if k > 0 and j < len(text):
                if unicodedata.category(text[k - 1]).startswith(joinable) and unicodedata.category(text[j]).startswith(
                    joinable
                ):
                    continue
        out.append(char)
    return "".join(out)


def test_joiners_between_letters_are_article_text_and_shown_as_they_are():
    """Issue 10 item 13: the cleaner keeps a ZWNJ/ZWJ between letters (Persian, Indic, emoji);
    showing the article must not turn them into stand-ins or spaces. Stray ones stay visible,
    and in a file name (one-line outside strings) every joiner is shown."""
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # mi-xwaham, ZWNJ inside the word
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    body = f"{persian} {family} edge\u200d "
    assert display_block(body) == f"{persian} {family} edge<U+200D> "
    assert display_inline(body) == f"{persian} {family} edge<U+200D>"
    same = display_same_length(body)
    assert same == f"{persian} {family} edge  " and len(same) == len(body)
    assert display(persian) == persian.replace("\u200c", "<U+200C>")


# Any text, weighted towards what a terminal obeys.
HOSTILE_TEXT = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(list("\x1b\x07\x9b\x85\n\r\t\u202e\u2066\u200d\u2028\ufeff\U000e0041[]/;")),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(HOSTILE_TEXT)
def test_property_no_sanitiser_output_holds_a_raw_control(text):
    shown = display(text)
    assert not RAW_CONTROL.search(shown) and "\n" not in shown
    assert not RAW_CONTROL.search(_letter_joiners_removed(display_block(text)).replace("\n", ""))
    assert not RAW_CONTROL.search(_letter_joiners_removed(display_inline(text)))
    same = display_same_length(text)
    assert len(same) == len(text) and not RAW_CONTROL.search(_letter_joiners_removed(same).replace("\n", ""))
    dumped = dumps_json({"k": text})
    assert not RAW_CONTROL.search(dumped) and json.loads(dumped) == {"k": text}


# --------------------------------------------------------------------------- every command

HOSTILE_NAMES = {
    "osc": f"osc{OSC52}{TITLE_OSC}.md",
    "bidi": f"bidi{BIDI}gpj.md",
    "c1": f"c1{C1}.md",
    "newline": f"newline{FORGED}.md",
    "invisible": f"zw{INVISIBLE}.md",
}


def _front_matter(key: str) -> str:
    # YAML double quotes: \e is ESC, \x9b and \u202e what they say.
    hostile = r"\e]52;c;ZXZpbA==\a \e[31m \x9b31m \u202e \u2066 \u200d \nFORGED meta"
    return (
        "---\n"
        f'title: "Loan talks {key} {hostile}"\n'
        f'publisher: "[bold]Press[/bold] {hostile}"\n'
        f'author: "Anna {hostile}"\n'
        "date: 2019-12-07\n"
        "---\n"
        f"Lukashenka met Putin in Sochi about a loan {key}. Evil Org said the loan was $1.5 billion.\n\n"
        f'"We will not give in on the loan," Lukashenka told Reuters about {key}.\n'
    )


@pytest.fixture
def hostile_corpus(tmp_path, isolated_dirs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for key, name in HOSTILE_NAMES.items():
        (corpus / name).write_text(_front_matter(key), encoding="utf-8")
    (corpus / f"binary{CSI}{BIDI}{FORGED}.txt").write_bytes(b"\x00\x01binary\x00" * 10)
    raw = os.fsencode(str(corpus)) + b"/bad\xffbyte.md"  # not UTF-8: Python sees a lone surrogate
    with open(raw, "wb") as handle:
        handle.write(_front_matter("badbyte").encode("utf-8"))
    (isolated_dirs["config"] / "entities.toml").write_text(
        '[evil-org]\nname = "[bold red]Evil[/] \\u001b]52;c;ZXZpbA==\\u0007Org\\u202e"\nlabel = "ORG"\n'
        'aliases = ["Evil Org"]\n',
        encoding="utf-8",
    )
    return corpus


def _check(label: str, text: str, problems: list[str], forged: bool = True) -> None:
    for lineno, line in enumerate(text.split("\n"), 1):
        found = RAW_CONTROL.search(line)
        if found:
            problems.append(f"{label}: line {lineno} holds U+{ord(found.group()):04X}: {line!r}")
        if forged and re.match(r"^[\s│┃|]*(?:FORGED|…\s*FORGED)", line):
            problems.append(f"{label}: forged line {lineno}: {line!r}")


def test_no_command_lets_a_control_character_reach_the_terminal(
    hostile_corpus, shared_analysis_cache, monkeypatch, tmp_path
):
    from belreader.clips import ClipStore
    from belreader.index import CorpusIndex

    monkeypatch.setattr(cli.console, "width", 3000)  # no wrapping: a forged line is a real one
    monkeypatch.setattr(cli.err, "width", 3000)
    runner = CliRunner()
    problems: list[str] = []
    index_dir = tmp_path / "index"
    common = ["--corpus", str(hostile_corpus), "--index", str(index_dir)]

    def run(*args: str, json_out: bool = False, lines_are_data: bool = False) -> str:
        result = runner.invoke(app, [*args, *common] if args[0] != "clips" else list(args))
        label = " ".join(display(a) for a in args)
        if result.exception and not isinstance(result.exception, SystemExit):
            problems.append(f"{label}: {type(result.exception).__name__}: {display(result.exception)}")
            return ""
        _check(f"{label} (stdout)", result.stdout, problems, forged=not lines_are_data)
        _check(f"{label} (stderr)", result.stderr, problems)
        if json_out and result.stdout.strip():
            json.loads(result.stdout)
        return result.stdout

    run("index")
    run("index", "--rebuild", "--json", json_out=True)
    listing = json.loads(run("list", "--json", json_out=True))
    ids = {a["id"] for a in listing["articles"]}
    osc_id = next(i for i in ids if i.startswith("osc"))
    assert f"osc{OSC52}{TITLE_OSC}" in ids  # --json gives the exact id back
    human = run("list")
    assert display(osc_id) in human  # shown, visibly escaped
    run("search", "loan")
    run("search", "loan", "--json", json_out=True)
    run("search", f"nothing{OSC52}{BIDI}{FORGED}")
    for article_id in sorted(ids):
        run("show", article_id, "--removed")
        run("show", article_id, "--json", json_out=True)
    run("show", f"missing{OSC52}{FORGED}")
    run("entities")
    run("entities", "--json", json_out=True)
    entities_out = run("entities", "--type", "ORG")
    assert "[bold red]Evil[/]" in entities_out  # markup from entities.toml is shown literally
    run("entities", "--suggest-aliases")
    run("claims")
    run("claims", "--json", json_out=True)
    run("claims", "--speaker", f"Lukashenka{OSC52}")
    run("sources")
    run("sources", "--json", json_out=True)
    run("sources", "--article", osc_id)
    run("export", "--query", "loan", "--format", "json", "-o", str(tmp_path / "out.json"))

    article = CorpusIndex(hostile_corpus, index_dir).load_article(osc_id)
    # In the one clips file of earlier versions: it moves into the corpus's project when opened.
    ClipStore().add_paragraph(article, 0, note=f"my note{OSC52}{FORGED}{BIDI}", tags=[f"tag{CSI}", f"t{C1}ag"])
    clips_out = run("clips", "--corpus", str(hostile_corpus), "list")
    assert "my note␛]52;c;ZXZpbA==␇␊FORGED line" in clips_out
    clips = json.loads(run("clips", "--corpus", str(hostile_corpus), "list", "--json", json_out=True))["clips"]
    assert clips[0]["note"] == f"my note{OSC52}{FORGED}{BIDI}"  # stored and exported as written
    exported = json.loads(run("export", "--clips", "--format", "json", json_out=True))
    assert exported["passages"][0]["note"].startswith("my note")
    run("export", "--query", "loan", "--format", "json", json_out=True)
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)  # printed to a terminal, not piped
    for fmt in ("md", "csv"):  # a note's own line breaks are the export's to keep
        run("export", "--clips", "--format", fmt, lines_are_data=True)
        run("export", "--query", "loan", "--format", fmt, lines_are_data=True)
    assert problems == []


# --------------------------------------------------------------------------- fuzz: loader to terminal

# The loader fuzz test's names, some with a forged line inside ("…\nFORGED line.md").
FUZZ_NAMES = st.tuples(LOADER_NAMES, st.booleans()).map(lambda t: (t[0][0] + (FORGED if t[1] else ""), t[0][1]))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(files=st.lists(st.tuples(FUZZ_NAMES, FUZZ_CONTENTS), min_size=1, max_size=5))
def test_fuzz_no_hostile_file_reaches_the_terminal_raw_or_escapes_as_an_exception(files, isolated_dirs, monkeypatch):
    """Issue 10, done-when: random bytes, random file names (controls, tabs, newlines, bidi) and
    random nesting go through the CLI's own commands (index, list, search, show; human output):
    no exception escapes, no control character reaches stdout or stderr, no line is forged, and
    each run ends within the hang guard."""
    monkeypatch.setattr(cli.console, "width", 3000)
    monkeypatch.setattr(cli.err, "width", 3000)
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp, hang_guard():
        root = Path(tmp) / "corpus"
        root.mkdir()
        for (stem, suffix), content in files:
            name = stem.replace("/", "_") + suffix
            if name.startswith(".") or (root / name).exists():
                continue
            try:
                (root / name).write_bytes(content)
            except OSError:
                continue
        common = ["--corpus", str(root), "--index", str(Path(tmp) / "index"), "--no-nlp"]
        problems: list[str] = []
        outputs = {}
        for args in (["index"], ["list"], ["list", "--json"], ["search", "a OR text OR x"]):
            result = runner.invoke(app, [*common, *args])
            if result.exception and not isinstance(result.exception, SystemExit):
                problems.append(f"{args}: {type(result.exception).__name__}: {display(result.exception)}")
                continue
            if "--json" not in args:
                _check(f"{args} (stdout)", result.stdout, problems)
            _check(f"{args} (stderr)", result.stderr, problems)
            outputs[args[0] + ("-json" if "--json" in args else "")] = result.stdout
        ids = [a["id"] for a in json.loads(outputs.get("list-json") or '{"articles": []}')["articles"]]
        for article_id in ids[:3]:
            result = runner.invoke(app, [*common, "--no-update", "show", article_id])
            if result.exception and not isinstance(result.exception, SystemExit):
                problems.append(f"show: {type(result.exception).__name__}: {display(result.exception)}")
                continue
            _check("show (stdout)", result.stdout, problems, forged=False)
            _check("show (stderr)", result.stderr, problems)
        assert problems == []
