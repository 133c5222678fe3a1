"""Session 43, ux43: the CLI's user-facing behaviour (/work/wt/notes/UX43_findings.md)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_facts_s13b import compared, explained, kinds

from belreader import cli

REPO = Path(__file__).resolve().parent.parent

# -- D7 (session 42): ctrl+c during `belreader index` ------------------------------------------

_PEOPLE = ("Mara Velkin", "Teo Brask", "Ilse Marov", "Doran Quill")
_PLACES = ("Harrowgate", "Lindmoor", "Pell Bay", "Ostrava Vale")


def _invented_article(i: int) -> str:
    who, other = _PEOPLE[i % 4], _PEOPLE[(i + 1) % 4]
    place = _PLACES[i % 4]
    lines = [f"Harbour board meeting {i} in {place}", ""]
    for k in range(8):
        lines.append(
            f"{who} said the harbour fees of {place} would rise by {i + k} percent next year. "
            f"{other}, who chairs the Lindmoor Ferry Company, told reporters the plan was unfair. "
            f"The board met on day {k} of the month and voted on item {i * 10 + k}."
        )
        lines.append("")
    return "\n".join(lines)


def _signals(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1], 16)
    return 0


def _worker_with_its_own_ctrl_c_handler(pid: int) -> bool:
    """Whether a worker of `pid` runs Python with its ctrl+c handler (a KeyboardInterrupt) and has
    not yet ignored ctrl+c: the moment its start-up once printed a traceback on the terminal."""
    sigint = 1 << (signal.SIGINT - 1)
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        try:
            if b"spawn_main" not in Path(f"/proc/{child}/cmdline").read_bytes():
                continue  # the resource tracker
            if _signals(int(child), "SigCgt") & sigint and not _signals(int(child), "SigIgn") & sigint:
                return True
        except OSError:  # it ended meanwhile
            continue
    return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the workers' state in /proc")
def test_ctrl_c_while_the_analysis_workers_start_prints_one_line(tmp_path):
    """ctrl+c in a terminal reaches every process of the group: a worker still starting (before its
    initializer ignores ctrl+c) printed a multiprocessing traceback among the user's lines, and
    Python's exit hook of the pool could print "Exception ignored ... Bad file descriptor"."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"a{i:02d}.txt").write_text(_invented_article(i))
    env = dict(os.environ, PYTHONPATH=str(REPO), OPENBLAS_NUM_THREADS="1")
    command = [sys.executable, "-m", "belreader", "--corpus", str(corpus), "--index", str(tmp_path / "ix")]
    proc = subprocess.Popen(
        [*command, "index", "--rebuild", "--procs", "2"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        deadline = time.monotonic() + 120
        while not _worker_with_its_own_ctrl_c_handler(proc.pid):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no analysis worker started"
            time.sleep(0.005)
        time.sleep(0.3)  # into its imports (a ctrl+c before them ends it without a word)
        os.killpg(proc.pid, signal.SIGINT)  # what ctrl+c in the terminal does
        out, errors = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == cli.EXIT_INTERRUPTED, (out, errors)
    lines = errors.splitlines()
    assert len(lines) == 1, errors
    assert lines[0].startswith("belreader: interrupted; the index keeps what was committed before")


def test_ctrl_c_outside_the_update_is_said_too(tmp_path, monkeypatch, capsys):
    """Typer turns a KeyboardInterrupt met anywhere in a command into a silent exit 130: ctrl+c
    while the index opens (or any command works) ended belreader without a word."""
    from belreader.library import Library

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_invented_article(1))
    monkeypatch.setattr(Library, "open", interrupted)
    monkeypatch.setattr(sys, "argv", ["belreader", "--no-nlp", "--corpus", str(corpus), "search", "harbour"])
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err.strip() == "belreader: interrupted"


def test_a_command_that_says_why_it_stopped_is_not_said_twice(tmp_path, monkeypatch, capsys):
    from belreader.library import Library

    def interrupted(self, **kwargs):
        raise KeyboardInterrupt

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_invented_article(1))
    monkeypatch.setattr(Library, "update", interrupted)
    monkeypatch.setattr(sys, "argv", ["belreader", "--no-nlp", "--corpus", str(corpus), "index"])
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == cli.EXIT_INTERRUPTED
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1 and said[0].startswith("belreader: interrupted; the index keeps"), said


# -- F1: a disagreement of polarity that is none --------------------------------------------------

# one quotation of two sentences; the other article quotes only the second, which has "not" in a
# clause the analysis does not read as the claim's negation
_SECOND = "We showed the harbour board new papers that it had not seen before"
_RUN = f'"After a long winter we finally spoke to them. {_SECOND}," Firefly said.'


def test_a_negative_word_both_accounts_quote_is_no_difference_of_polarity():
    """The Disagreements screen's one BBC "disagreement" (and `facts --disagreeing`): the account
    that quotes more was read by its words (negative) and the other by the analysis (not)."""
    comparison = compared(
        ("a", _RUN, f"After a long winter we finally spoke to them. {_SECOND}", "Firefly", "rufus-firefly"),
        ("b", f'"{_SECOND}," Firefly said.', _SECOND, "Firefly", "rufus-firefly"),
    )
    assert "polarity" not in kinds(comparison), explained(comparison)
    assert [row.negated for row in comparison.rows] == [False, False]


def test_a_negative_sentence_only_one_account_has_is_still_a_difference():
    said = "the harbour board has not seen the papers"
    comparison = compared(
        ("a", f"Firefly said {said}.", said, "Firefly", "rufus-firefly", {"negated": True}),
        (
            "b",
            "Firefly said the harbour board has seen the papers.",
            said.replace("not ", ""),
            "Firefly",
            "rufus-firefly",
        ),
    )
    assert "polarity" in kinds(comparison), explained(comparison)


# -- F2: "1 facts whose accounts differ", "Drew 1 publishers citing 1 sources" ---------------------


def test_one_fact_is_singular(indexed_seed_corpus, monkeypatch):
    from typer.testing import CliRunner

    from belreader.library import Library

    said = "the harbour board has not seen the papers"
    one = compared(
        ("a", f"Firefly said {said}.", said, "Firefly", "rufus-firefly", {"negated": True}),
        (
            "b",
            "Firefly said the harbour board has seen the papers.",
            said.replace("not ", ""),
            "Firefly",
            "rufus-firefly",
        ),
    )
    monkeypatch.setattr(Library, "comparisons", lambda self, **kwargs: [one])
    corpus, index_dir = indexed_seed_corpus
    result = CliRunner().invoke(cli.app, ["facts", "--disagreeing", "--corpus", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 fact whose accounts differ\n"), result.stdout


def test_a_chart_of_one_publisher_says_so_in_the_singular(indexed_seed_corpus, monkeypatch, tmp_path):
    from dataclasses import replace

    from belreader.corpus_stats import CorpusStats, PublisherSources
    from belreader.library import Library

    corpus, index_dir = indexed_seed_corpus
    lib = Library(corpus, index_dir=index_dir)
    lib.open()
    real = CorpusStats.sources_by_publisher

    def one_publisher(self, **scope) -> list[PublisherSources]:
        found = [p for p in real(self, **scope) if p.sources]
        return [replace(found[0], sources=found[0].sources[:1])]

    monkeypatch.setattr(CorpusStats, "sources_by_publisher", one_publisher)
    drawn = lib.plot("sources", tmp_path / "sources.svg")
    assert drawn.summary == "1 publisher citing 1 source", drawn.summary


# -- F3: `clips remove` took a clip's note with it, unasked, for good ------------------------------


def _two_clips(indexed_seed_corpus):
    from belreader.library import Library

    corpus, index_dir = indexed_seed_corpus
    lib = Library(corpus, index_dir=index_dir)
    lib.open()
    article = lib.load_article(lib.summaries()[0].id)
    first, second = article.paragraphs[:2]
    noted = lib.toggle_clip(article, first.start, first.end).clip
    lib.update_clip(noted.id, note="the figure to check", tags="ports")
    plain = lib.toggle_clip(article, second.start, second.end).clip
    return corpus, index_dir, lib, noted.id, plain.id


def test_removing_a_clip_with_a_note_asks_first_on_a_terminal(indexed_seed_corpus, monkeypatch):
    from typer.testing import CliRunner

    corpus, index_dir, lib, noted, _plain = _two_clips(indexed_seed_corpus)
    monkeypatch.setattr(cli, "_asking", lambda: True)
    where = ["--corpus", str(corpus), "--index", str(index_dir)]
    kept = CliRunner().invoke(cli.app, ["clips", *where, "remove", str(noted)], input="n\n")
    assert kept.exit_code == 1, kept.output
    assert "the figure to check" in kept.stdout and "note and tags?" in kept.stdout
    assert lib.clip(noted) is not None
    gone = CliRunner().invoke(cli.app, ["clips", *where, "remove", str(noted)], input="y\n")
    assert gone.exit_code == 0 and "Removed 1 clip." in gone.stdout, gone.output
    assert lib.clip(noted) is None


def test_a_clip_without_a_note_and_a_script_are_not_asked(indexed_seed_corpus, monkeypatch):
    from typer.testing import CliRunner

    corpus, index_dir, lib, noted, plain = _two_clips(indexed_seed_corpus)
    where = ["--corpus", str(corpus), "--index", str(index_dir)]
    monkeypatch.setattr(cli, "_asking", lambda: True)
    result = CliRunner().invoke(cli.app, ["clips", *where, "remove", str(plain)])
    assert result.exit_code == 0 and "?" not in result.stdout, result.output
    result = CliRunner().invoke(cli.app, ["clips", *where, "remove", "--yes", str(noted)])
    assert result.exit_code == 0 and "?" not in result.stdout, result.output
    assert lib.clip(noted) is None and lib.clip(plain) is None


# -- F5: `belreader search -oil` read the query as options ------------------------------------------


def test_search_help_says_how_to_start_a_query_with_a_minus():
    from typer.testing import CliRunner

    result = CliRunner().invoke(cli.app, ["search", "--help"], env={"COLUMNS": "200"})
    assert "belreader search -- -oil" in " ".join(result.stdout.split()), result.stdout
