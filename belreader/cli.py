"""The `belreader` command: every job headless, Rich output for people, `--json` for scripts.

Thin by design: each command resolves the corpus and index, calls the core and
prints. Exit codes: 0 success, 1 no results, 2 bad usage or query, 3 the index
or a file could not be used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from belreader import __version__
from belreader.config import resolve_corpus
from belreader.text import counted, display, display_block, display_same_length, dumps_json, escape_json_text

if TYPE_CHECKING:
    from belreader.library import Library

EXIT_NO_RESULTS = 1
EXIT_USAGE = 2
EXIT_FAILURE = 3


class _SafeGroup(typer.core.TyperGroup):
    """Click's own usage errors quote the command line ("No such option: -…"), which may hold an
    article id or query pasted from elsewhere: their message goes through the display sanitiser
    like every other string shown."""

    def parse_args(self, ctx, args):
        with _safe_click_errors():
            return super().parse_args(ctx, args)

    def invoke(self, ctx):
        with _safe_click_errors():
            return super().invoke(ctx)


# Click's exception base, whether Typer vendors Click or uses the installed one.
_CLICK_ERRORS = tuple(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


class _safe_click_errors:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> None:
        if isinstance(exc, _CLICK_ERRORS):
            error: Any = exc  # Click's exception class is found at run time, so its type is not known here
            error.message = display(error.message)


app = typer.Typer(
    cls=_SafeGroup,
    name="belreader",
    help="A terminal reader for a body of articles: search, entities, claims, sources and citable passages.\n\n"
    "With no command, opens the reader.",
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
clips_app = typer.Typer(help="Your marked passages: list, remove, clear.", no_args_is_help=True)
app.add_typer(clips_app, name="clips")

console = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)
PIPED_WIDTH = 100_000  # "no wrapping": a record is one line however long, so grep sees it whole


def _unwrapped_when_piped() -> None:
    """Output to a pipe or file is not wrapped at 80 columns (Rich's default there): lines are
    written whole and tables are as wide as their cells, so `grep` sees whole records. $COLUMNS,
    when set, still decides (as Rich does)."""
    piped = not console.is_terminal and not os.environ.get("COLUMNS")
    if piped:
        console.width = PIPED_WIDTH
    elif console.soft_wrap:  # piped before in this process (tests): the width is Rich's again
        console.width = None  # type: ignore[assignment]  # Rich's setter takes None: measured again
    console.soft_wrap = piped


class Options:
    corpus: Path | None = None
    index_dir: Path | None = None
    update: bool = True
    analysis: bool = True  # False: --no-nlp (or BELREADER_NO_NLP) was given; see `library()`
    store_no_nlp: bool = False  # --no-nlp on a new project: analysis off becomes its setting
    stored_no_nlp: bool = False  # ... and it was stored by this command


opts = Options()

CORPUS_OPTION = typer.Option(None, "--corpus", "-c", help="Folder of articles (overrides the global option).")
INDEX_OPTION = typer.Option(None, "--index", help="Index folder (overrides the global option).")


def use(corpus: Path | None, index_dir: Path | None) -> None:
    """Per-command --corpus/--index win over the global ones and $BELREADER_CORPUS."""
    if corpus is not None:
        opts.corpus = corpus
    if index_dir is not None:
        opts.index_dir = index_dir


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    err.print(Text(f"belreader: {display(message)}"))
    return typer.Exit(code)


def emit_json(data) -> None:
    sys.stdout.write(dumps_json(data, indent=2) + "\n")


def _version(value: bool) -> None:
    if value:
        console.print(f"belreader {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    corpus: Path | None = typer.Option(
        None, "--corpus", "-c", envvar="BELREADER_CORPUS", help="Folder of articles (default: the bundled corpus)."
    ),
    index_dir: Path | None = typer.Option(
        None, "--index", help="Index folder (default: the one the project last used, else in the user cache dir)."
    ),
    no_update: bool = typer.Option(False, "--no-update", help="Use the index as it is; do not pick up changed files."),
    no_nlp: bool = typer.Option(
        False,
        "--no-nlp",
        envvar="BELREADER_NO_NLP",
        help="Index without entities and claims (much faster on huge corpora); use it for every command on that corpus.",
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    backend: str | None = typer.Option(
        None, "--backend", help="Search engine: whoosh (default, a local folder) or opensearch ($BELREADER_BACKEND)."
    ),
    url: str | None = typer.Option(
        None, "--url", help="The OpenSearch cluster's URL ($BELREADER_OPENSEARCH_URL); credentials never here."
    ),
    index_prefix: str | None = typer.Option(
        None, "--index-prefix", help="Names of belreader's OpenSearch indexes ($BELREADER_OPENSEARCH_PREFIX)."
    ),
) -> None:
    if backend is not None or url is not None or index_prefix is not None:
        from belreader.library import IndexProblem, choose_backend

        try:
            choose_backend(backend, url, index_prefix)  # the command line wins over the environment
        except IndexProblem as exc:
            raise fail(str(exc)) from None
    opts.corpus = corpus
    opts.index_dir = index_dir
    opts.update = not no_update
    opts.analysis = not no_nlp
    opts.store_no_nlp = opts.stored_no_nlp = False
    _unwrapped_when_piped()
    _check_settings(entity_table=ctx.invoked_subcommand != "clips")
    if ctx.invoked_subcommand is None:
        _run_app()


def _check_settings(entity_table: bool) -> None:
    """A bad setting, user entity table or decisions file: one line naming the key (and the file), exit 2."""
    from belreader.config import SettingsError, check_settings

    try:
        check_settings()
    except SettingsError as exc:
        raise fail(str(exc)) from None
    if entity_table:
        from belreader.nlp.aliases import EntityTableError, check_user_table
        from belreader.nlp.identity import Decisions

        try:
            check_user_table()
            Decisions.load()  # the user's merge/split/retype decisions
        except (EntityTableError, ValueError) as exc:
            raise fail(str(exc)) from None


def _run_app() -> None:
    from belreader.corpus import CorpusError, check_corpus_root

    try:
        check_corpus_root(resolve_corpus(opts.corpus))
    except CorpusError as exc:
        raise fail(str(exc)) from None
    from belreader.tui.app import make_app

    make_app(corpus=opts.corpus, index_dir=opts.index_dir, analysis=library().analysis).run()


# --------------------------------------------------------------------------- helpers


def library() -> Library:
    """The project the command works on (the corpus and index chosen by the options), with the
    project's analysis setting. --no-nlp on a project that has none yet (no setting, no index
    built with analysis) stores analysis off, saying so; on a project whose analysis is on it is
    refused, naming the command that turns it off and what that costs (issue 13, defect 9)."""
    from belreader.library import CorpusError, IndexProblem, Library

    try:
        lib = Library(opts.corpus, opts.index_dir)
        if opts.analysis or not lib.analysis:
            return lib
        if lib.settings().analysis is None and lib.indexed_analysis() is None:
            opts.store_no_nlp = True  # stored once an update succeeds (`_run_update`)
            return Library(opts.corpus, opts.index_dir, analysis=False)
    except (CorpusError, IndexProblem) as exc:
        raise fail(str(exc)) from None
    raise fail(
        f"analysis is on for {lib.corpus}; to work without it, `belreader settings analysis off` "
        f"({lib.analysis_cost(False)})"
    )


def open_library(*, update: bool | None = None, procs: int = 1) -> Library:
    """The project, its index brought up to date first (unless --no-update and it exists)."""
    from belreader.library import IndexProblem, IndexRefused

    lib = library()
    want_update = opts.update if update is None else update
    if want_update or not lib.exists():
        _run_update(lib, rebuild=False, procs=procs, quiet=True, read_only_ok=True)
    else:
        try:
            lib.check_location()
        except IndexRefused as exc:
            raise fail(str(exc)) from None
        try:
            damage = lib.damage(deep=False)  # cheap: what the reading itself meets is reported too
        except IndexProblem as exc:  # a search cluster that is away, red or of another schema version
            raise fail(str(exc), EXIT_FAILURE) from None
        if damage:
            raise fail(
                f"the index at {lib.index_dir} cannot be used ({damage}); "
                "run without --no-update to rebuild it, or `belreader index --rebuild`",
                EXIT_FAILURE,
            )
    try:
        lib.open()
    except IndexProblem as exc:
        raise fail(str(exc), EXIT_FAILURE) from None
    return lib


EXIT_INTERRUPTED = 130  # as a shell reports a process ended by ctrl+c
BUSY_WAIT = 2.0  # seconds a reading command waits for another belreader's update to end


def _run_update(lib: Library, *, rebuild: bool, procs: int, quiet: bool, read_only_ok: bool = False):
    """Update the index; None when it is read-only and `read_only_ok` (it is read as it is).

    On a terminal, one progress bar with the files done, the rate and the time left (the
    reader's line, from the same ProgressMeter); piped or under CI, nothing."""
    from rich.progress import BarColumn, Progress, TextColumn

    from belreader.library import (
        AnalysisError,
        CorpusError,
        IndexBusy,
        IndexProblem,
        IndexReadOnly,
        IndexRefused,
        ProgressMeter,
    )

    show = err.is_terminal and not os.environ.get("CI")
    progress = Progress(
        TextColumn("{task.description:<14}"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        console=err,
        transient=quiet,
        disable=not show,
    )
    meter = ProgressMeter()
    task = progress.add_task("Scanning files", total=None, counts="")

    def on_progress(stage: str, done: int, total: int) -> None:
        meter.update(stage, done, total)  # rich redraws the bar ten times a second by itself
        counting = meter.counting
        progress.update(
            task,
            description=meter.label,
            completed=meter.done if counting else 0,
            total=meter.total if counting else None,
            counts=meter.counts() if counting else "",
        )

    # A reading command does not wait long for another belreader's update (the reader indexing
    # a new corpus, `belreader index` elsewhere): it answers from what that one has committed.
    wait = BUSY_WAIT if read_only_ok else 30.0
    try:
        with progress:
            report = lib.update(rebuild=rebuild, progress=on_progress, procs=procs, wait=wait)
    except (CorpusError, IndexRefused) as exc:
        raise fail(str(exc)) from None
    except IndexReadOnly as exc:
        if not (read_only_ok and lib.readable()):
            raise fail(str(exc), EXIT_FAILURE) from None
        err.print(
            Text(f"belreader: the index is read-only ({exc}); showing it as it is, without changes to the corpus")
        )
        return None
    except IndexBusy as exc:
        if not (read_only_ok and lib.readable()):
            raise fail(str(exc), EXIT_FAILURE) from None
        err.print(
            Text(display(f"belreader: another belreader is updating the index at {lib.index_dir}; showing it as it is"))
        )
        return None
    except IndexProblem as exc:
        raise fail(str(exc), EXIT_FAILURE) from None
    except KeyboardInterrupt:  # Typer turns it into a silent exit 130 (`main` never sees it)
        raise fail(
            "interrupted; the index keeps what was committed before (a rebuild keeps the old index), "
            "and `belreader index` finishes the update",
            EXIT_INTERRUPTED,
        ) from None
    except AnalysisError as exc:
        raise fail(
            f"{exc}; the index keeps what was indexed before (run `belreader index` again, or use --no-nlp)",
            EXIT_FAILURE,
        ) from None
    if opts.store_no_nlp and not lib.analysis:
        try:
            lib.set_analysis(False)
            opts.stored_no_nlp = True
        except OSError:
            pass  # a read-only config dir: --no-nlp is needed again next time, as before settings
    if report.rebuilt_because and not quiet:
        err.print(Text(f"belreader: rebuilt the index ({display(report.rebuilt_because)})"))
    elif report.rebuilt_because:
        err.print(Text(f"belreader: the index was rebuilt ({display(report.rebuilt_because)})"))
    return report


def _plain(text: str | None) -> Text:
    """A string from outside (file name, id, metadata, note, entity name) as a table cell."""
    return Text(display(text))


def _snippet_text(snippet) -> Text:
    text = Text(display_same_length(snippet.text).replace("\n", " "))
    # Matches are offsets into the raw snippet; unsafe characters and newlines were replaced 1:1.
    for start, end in snippet.matches:
        text.stylize("bold reverse", start, end)
    return text


def _resolve_article(lib: Library, ident: str):
    from belreader.library import CorpusError

    try:
        return lib.load_article(lib.resolve(ident).id)
    except LookupError as exc:
        raise fail(str(exc.args[0]) if exc.args else str(exc)) from None
    except (ValueError, CorpusError) as exc:
        raise fail(f"cannot read article '{ident}': {exc}", EXIT_FAILURE) from None


class _Fails:
    """Turns the core's expected errors, raised by any Library call in the block, into the
    one-line failure: an unknown article or a bad query (usage, exit 2), an unreadable corpus
    file (exit 2), the clips database (exit 3)."""

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        from belreader.library import ClipStoreError, CorpusError, QueryError

        if isinstance(exc, ClipStoreError):
            raise fail(str(exc), EXIT_FAILURE) from None
        if isinstance(exc, LookupError):
            raise fail(str(exc.args[0]) if exc.args else str(exc)) from None
        if isinstance(exc, (QueryError, CorpusError)):
            raise fail(str(exc)) from None
        return False


def _analysis_off(lib: Library, what: str, as_json: bool, key: str) -> None:
    """With analysis off for the project, `what` (claims, entities, sources...) was not computed:
    say so (not "No claims.") and exit 1; --json gets the empty list, `analysis: false` and the
    note. Returns when analysis is on."""
    if lib.analysis:
        return
    note = (
        f"{what} were not computed: analysis is off for this project "
        f"(`belreader settings analysis on` turns it on; {lib.analysis_cost(True)})"
    )
    if as_json:
        emit_json({"total": 0, key: [], "analysis": False, "notes": [note]})
    else:
        console.print(Text(note[0].upper() + note[1:] + "."))
    raise typer.Exit(EXIT_NO_RESULTS)


# --------------------------------------------------------------------------- commands


@app.command()
def index(
    rebuild: bool = typer.Option(False, "--rebuild", help="Throw the index away and build it again."),
    procs: int = typer.Option(
        2,
        "--procs",
        min=1,
        max=8,
        help="Processes that analyse (one pool for the update) and write (multisegment when > 1).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the update report as JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Build or update the index (new, changed and deleted files; entities and claims)."""
    use(corpus, index_dir)
    from belreader.library import update_summary

    lib = library()
    report = _run_update(lib, rebuild=rebuild, procs=procs, quiet=False)
    if as_json:
        data = report.to_dict()
        data.update(corpus=str(lib.corpus), index=str(lib.index_dir), articles=lib.doc_count())
        emit_json(data)
        return
    for skipped in report.skipped:
        err.print(Text(f"skipped {display(skipped.path)}: {display(skipped.reason)}"))
    for warning in report.warnings:
        err.print(Text(f"warning {display(warning.path)}: {display(warning.message)}"))
    console.print(
        Text(
            f"{counted(lib.doc_count(), 'article', 'articles')} indexed from {display(lib.corpus)} "
            f"({update_summary(report, every_count=True)}) in {report.seconds:.2f} s"
        )
    )
    if not lib.doc_count():  # an empty folder, or one of other files: say what would be read
        from belreader.library import files_read_note

        skipped = " (the files skipped are listed above)" if report.skipped else ""
        err.print(Text(display(f"belreader: no articles in {lib.corpus}{skipped}; {files_read_note()}")))
    if opts.stored_no_nlp:
        console.print(
            Text(
                "Analysis is off for this project from now on, for every command and the reader "
                "(`belreader settings analysis on` turns it on)."
            )
        )


@app.command("list")
def list_articles(
    starred: bool = typer.Option(False, "--starred", help="Only the articles you starred."),
    unread: bool = typer.Option(False, "--unread", help="Only the articles not marked read."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """List the corpus's articles (★ starred; `belreader mark` stars them and marks them read)."""
    use(corpus, index_dir)
    lib = open_library()
    summaries = lib.summaries()
    stars, read = set(lib.starred_ids()), lib.read_ids()
    if starred:
        summaries = [s for s in summaries if s.id in stars]
    if unread:
        summaries = [s for s in summaries if s.id not in read]
    if as_json:
        rows = [{**s.to_dict(), "starred": s.id in stars, "read": s.id in read} for s in summaries]
        emit_json({"total": len(rows), "articles": rows})
        raise typer.Exit(0 if rows or not (starred or unread) else EXIT_NO_RESULTS)
    if not summaries and (starred or unread):
        console.print("No starred articles." if starred and not unread else "No unread articles.")
        raise typer.Exit(EXIT_NO_RESULTS)
    table = Table(title=counted(len(summaries), "article", "articles"), title_justify="left", expand=False)
    for column in ("★", "id", "title", "publisher", "author", "claims"):
        table.add_column(column, justify="right" if column == "claims" else "left", overflow="fold")
    for s in summaries:
        table.add_row(
            "★" if s.id in stars else "",
            _plain(s.id),
            _plain(s.title),
            _plain(s.publisher),
            _plain(s.author),
            str(s.n_claims),
        )
    console.print(table)


@app.command()
def mark(
    articles: list[str] = typer.Argument(..., help="Article ids or the starts of their titles."),
    read: bool = typer.Option(False, "--read", help="Mark them read."),
    unread: bool = typer.Option(False, "--unread", help="Mark them unread."),
    star: bool = typer.Option(False, "--star", help="Star them."),
    unstar: bool = typer.Option(False, "--unstar", help="Take their stars away."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Mark articles read or unread, starred or not (this project's marks; `list --starred/--unread`)."""
    use(corpus, index_dir)
    if (read and unread) or (star and unstar) or not (read or unread or star or unstar):
        raise fail("choose --read or --unread, and/or --star or --unstar")
    lib = open_library()
    with _Fails():
        ids = [lib.resolve(a).id for a in articles]
    try:
        if read or unread:
            changed = lib.mark_read(ids, read)
            console.print(f"{changed} article{'s' if changed != 1 else ''} marked {'read' if read else 'unread'}.")
        if star or unstar:
            changed = lib.star(ids, star)
            console.print(f"{changed} article{'s' if changed != 1 else ''} {'starred' if star else 'unstarred'}.")
    except OSError as exc:
        raise fail(f"cannot save the project's marks: {exc.strerror or exc}", EXIT_FAILURE) from None


@app.command()
def search(
    query: str | None = typer.Argument(
        None,
        help='Query: words (AND), OR, NOT/-, "phrase", "phrase"~N, prefix*, fuzzy~, field:value. '
        "A query that starts with - goes after --: belreader search -- -oil.",
    ),
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=1000, help="Hits per page."),
    page: int = typer.Option(1, "--page", "-p", min=1, help="Page number."),
    saved: str | None = typer.Option(None, "--saved", help="Run the search saved under this name."),
    save: str | None = typer.Option(None, "--save", help="Save QUERY under this name (then run it)."),
    replace: bool = typer.Option(False, "--replace", help="With --save: replace a search saved under that name."),
    list_saved: bool = typer.Option(False, "--list-saved", help="List the saved searches (as `belreader searches`)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Search the corpus; hits are ranked (BM25F) with highlighted snippets. Each query goes into
    the project's search history; `--save NAME` keeps it by name, `--saved NAME` runs it again."""
    use(corpus, index_dir)
    if list_saved:
        _print_saved(library(), as_json)
        return
    if saved is not None and (query is not None or save is not None):
        raise fail("--saved NAME runs a saved search: give no query (or --save) with it")
    if saved is None and query is None:
        raise fail("give a query, --saved NAME or --list-saved")
    lib = open_library()
    with _Fails():
        if saved is not None:
            query = lib.saved_search(saved).query
        assert query is not None
        parsed = lib.query(query)
        results = lib.search(parsed, page=page, pagelen=limit)
        if save is not None:
            _save_search(lib, save, parsed, replace)
    try:
        lib.remember_search(parsed)
    except OSError:
        pass  # a read-only data dir: the search still runs, only the history is not kept
    if results.total and results.page > results.pages:
        raise fail(f"page {results.page} of {results.pages}: {display(query)} has {results.total} matching articles")
    if as_json:
        emit_json(results.to_dict())
        raise typer.Exit(0 if results.total else EXIT_NO_RESULTS)
    for note in results.notes:
        console.print(Text(f"note: {display(note)}", style="yellow"))
    if not results.total:
        line = Text(f"No articles match {display(query)}.")
        if results.suggestion:
            line.append(f" Did you mean: {display(results.suggestion)}")
        console.print(line)
        raise typer.Exit(EXIT_NO_RESULTS)
    console.print(
        Text(
            f"{results.total} article{'s match' if results.total != 1 else ' matches'} {display(query)} "
            f"(page {results.page} of {results.pages})"
        )
    )
    for hit in results.hits:
        head = Text(f"{hit.rank:>3}. ")
        head.append(display(hit.title), style="bold")
        head.append(f"  [{display(hit.id)}]", style="dim")
        meta = " · ".join(display(x) for x in (hit.publisher, hit.author, hit.date) if x)
        if meta:
            head.append(f"  {meta}", style="cyan")
        head.append(f"  score {hit.score:.2f}", style="dim")
        console.print(head)
        if hit.also_in:
            console.print(Text(f"     also in: {', '.join(display(i) for i in hit.also_in)}", style="dim"))
        for snippet in hit.snippets:
            line = Text("     … ")
            line.append_text(_snippet_text(snippet))
            line.append(" …")
            console.print(line)
    if results.facets.get("publisher"):
        facets = ", ".join(
            f"{display(name)} ({count})" for name, count in list(results.facets["publisher"].items())[:8]
        )
        console.print(Text(f"publishers: {facets}", style="dim"))


def _save_search(lib: Library, name: str, query, replace: bool) -> None:
    from belreader.library import SearchNameError

    try:
        found = lib.save_search(name, query, overwrite=replace)
    except SearchNameError as exc:
        raise fail(f"{exc}{' (use --replace to replace it)' if 'already saved' in str(exc) else ''}") from None
    except ValueError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot save the search: {exc.strerror or exc}", EXIT_FAILURE) from None
    err.print(Text(f"Saved as {display(found.name)}: {display(found.query)}"))


def _print_saved(lib: Library, as_json: bool) -> None:
    saved = lib.saved_searches()
    if as_json:
        emit_json({"total": len(saved), "searches": [s.to_dict() for s in saved]})
        raise typer.Exit(0 if saved else EXIT_NO_RESULTS)
    if not saved:
        console.print("No saved searches. Save one with `belreader search QUERY --save NAME`.")
        raise typer.Exit(EXIT_NO_RESULTS)
    table = Table(title=f"{len(saved)} saved searches", title_justify="left")
    for column in ("name", "query", "saved"):
        table.add_column(column, overflow="fold")
    for entry in saved:
        table.add_row(_plain(entry.name), _plain(entry.query), _plain(entry.created[:10]))
    console.print(table)


searches_app = typer.Typer(help="This project's saved searches and search history.", no_args_is_help=False)
app.add_typer(searches_app, name="searches")


@searches_app.callback(invoke_without_command=True)
def searches(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """List the saved searches (run one with `belreader search --saved NAME`)."""
    use(corpus, index_dir)
    if ctx.invoked_subcommand is None:
        _print_saved(library(), as_json)


@searches_app.command("delete")
def searches_delete(names: list[str] = typer.Argument(..., help="Names of saved searches.")) -> None:
    """Delete saved searches by name."""
    lib = library()
    try:
        missing = [name for name in names if not lib.delete_saved_search(name)]
    except OSError as exc:
        raise fail(f"cannot change the saved searches: {exc.strerror or exc}", EXIT_FAILURE) from None
    deleted = len(names) - len(missing)
    console.print(f"Deleted {deleted} saved search{'es' if deleted != 1 else ''}.")
    if missing:
        raise fail(f"no saved search {', '.join(repr(m) for m in missing)}", EXIT_NO_RESULTS)


@searches_app.command("history")
def searches_history(
    clear: bool = typer.Option(False, "--clear", help="Forget the history."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """This project's recent queries, newest first."""
    lib = library()
    if clear:
        try:
            count = lib.clear_search_history()
        except OSError as exc:
            raise fail(f"cannot change the search history: {exc.strerror or exc}", EXIT_FAILURE) from None
        console.print(f"Forgot {count} quer{'ies' if count != 1 else 'y'}.")
        return
    queries = lib.search_history()
    if as_json:
        emit_json({"total": len(queries), "queries": queries})
        raise typer.Exit(0 if queries else EXIT_NO_RESULTS)
    if not queries:
        console.print("No searches yet.")
        raise typer.Exit(EXIT_NO_RESULTS)
    for query in queries:
        console.print(_plain(query))


@app.command()
def show(
    article: str = typer.Argument(..., help="Article id or the start of its title."),
    removed: bool = typer.Option(False, "--removed", help="Also show the material cut from the body."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Show one article: metadata and numbered paragraphs."""
    use(corpus, index_dir)
    art = _resolve_article(open_library(), article)
    if as_json:
        data = art.to_dict()
        data["paragraphs"] = [
            {"index": p.index, "kind": p.kind, "start": p.start, "end": p.end, "text": art.paragraph_text(p)}
            for p in art.paragraphs
        ]
        data["removed"] = [{"reason": r.reason, "text": r.text} for r in art.removed]
        emit_json(data)
        return
    console.print(Text(display(art.title), style="bold"))
    if art.subtitle:
        console.print(Text(display(art.subtitle), style="italic"))
    meta = " · ".join(display(x) for x in (art.author, art.publisher, art.date) if x)
    if meta:
        console.print(Text(meta, style="cyan"))
    console.print(Text(f"{display(art.id)} · {display(art.path)}", style="dim"))
    console.print()
    for paragraph in art.paragraphs:
        text = display_block(art.paragraph_text(paragraph))
        if paragraph.is_heading:
            console.print(Text(text, style="bold underline"))
        elif len(text) > LONG_PARAGRAPH:
            _print_long(f"{paragraph.index + 1:>3}  ", text)
        else:
            line = Text(f"{paragraph.index + 1:>3}  ", style="dim")
            line.append(text)
            console.print(line)
        console.print()
    if removed and art.removed:
        console.print(Text("Removed from the body:", style="bold"))
        for block in art.removed:
            line = Text(f"[{display(block.reason)}] ", style="dim")
            line.append(display_block(block.text))
            console.print(line)


LONG_PARAGRAPH = 10_000  # characters; longer paragraphs are wrapped by _print_long


def _print_long(label: str, text: str) -> None:
    """A paragraph too long for Rich (it lays out ~5 µs a character: a 19 MB one-line article
    took minutes to `show`): wrapped at the console width by one regex pass and written as it is,
    with the label dimmed as Rich would and control characters stripped as Rich does."""
    import re

    text = re.sub(r"[\x07\x08\x0b\x0c\x0d]", "", text)  # what Rich's strip_control_codes drops (its translate is slow)
    if console.soft_wrap:  # piped (see _unwrapped_when_piped): the paragraph is one line
        console.print(Text(label, style="dim"), end="")
        console.file.write(text + "\n")
        console.file.flush()
        return
    width = max(20, console.width)
    wrap = re.compile(rf"[^\S\n]*(.{{1,{width}}})(?=\s|$)|[^\S\n]*(\S{{1,{width}}})|\n")
    held = "\0" * len(label)  # the label's place, kept whole by the wrap (control codes are gone)
    lines = [m.group(1) or m.group(2) for m in wrap.finditer(held + text)]
    lines = [line for line in lines if line]
    console.print(Text(label, style="dim"), end="")
    console.file.write(lines[0][len(held) :] + "\n" + "".join(line + "\n" for line in lines[1:]))
    console.file.flush()


def _backend_note() -> None:
    from belreader import nlp
    from belreader.nlp.aliases import load_table

    status = nlp.backend_status()
    if "fallback" in status:
        err.print(Text(f"belreader: {display(status)}"))
    if load_table().warning:
        err.print(Text(f"belreader: {display(load_table().warning)}"))


entities_app = typer.Typer(
    help="Named entities; `merge`, `split` and `retype` record your corrections.",
    no_args_is_help=False,
)
app.add_typer(entities_app, name="entities")


@entities_app.callback(invoke_without_command=True)
def entities(
    ctx: typer.Context,
    article: str | None = typer.Option(None, "--article", "-a", help="Only this article (id or title prefix)."),
    type_: str | None = typer.Option(
        None, "--type", "-t", help="person, organisation, place, group, event, date, money... (or PERSON, ORG, ...)"
    ),
    suggest_aliases: bool = typer.Option(
        False,
        "--suggest-aliases",
        help="Entities that are probably one, with evidence and the command that merges them.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Named entities: canonical name, type, spellings seen and mentions per article."""
    use(corpus, index_dir)
    if ctx.invoked_subcommand is not None:
        return
    if type_ is not None:
        from belreader.library import label_choices, label_named

        label = label_named(type_)
        if label is None:
            raise fail(f"unknown entity type '{display(type_)}'; the types are {label_choices()}")
        type_ = label
    lib = open_library()
    _analysis_off(lib, "entities", as_json, "suggestions" if suggest_aliases else "entities")
    with _Fails():
        if suggest_aliases:
            suggestions = lib.alias_suggestions(article, _decisions())
        else:
            rows = lib.entities(article, type_)
    _backend_note()
    if suggest_aliases:
        if as_json:
            emit_json({"suggestions": suggestions})
            return
        if not suggestions:
            console.print("No alias suggestions.")
            return
        table = Table(title="Probably the same (nothing is merged until you accept)", title_justify="left")
        for column in ("name", "probably", "score", "evidence", "to accept"):
            table.add_column(column, overflow="fold")
        for row in suggestions:
            table.add_row(
                _plain(row["name"]),
                _plain(row["of_name"]),
                f"{row['score']:.2f}",
                _plain(row["evidence"]),
                _plain(row["accept"]),
            )
        console.print(table)
        return
    if as_json:
        emit_json({"total": len(rows), "entities": rows})
        raise typer.Exit(0 if rows else EXIT_NO_RESULTS)
    if not rows:
        console.print("No entities.")
        raise typer.Exit(EXIT_NO_RESULTS)
    table = Table(title=counted(len(rows), "entity", "entities"), title_justify="left")
    for column in ("name", "type", "mentions", "articles", "spellings"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            _plain(row["name"]),
            _plain(row["type"] + (f" ({row['role']})" if row["role"] else "")),
            str(row["total"]),
            str(len(row["mentions"])),
            _plain(", ".join(row["aliases"])),
        )
    console.print(table)


def _decisions():
    from belreader.nlp.identity import Decisions

    try:
        return Decisions.load()
    except ValueError as exc:
        raise fail(f"cannot read your entity decisions: {exc}", EXIT_FAILURE) from None


def _decide(change, done: str) -> None:
    """Record one decision (atomically); the index picks it up from the cached analyses."""
    decisions = _decisions()
    try:
        change(decisions)
    except ValueError as exc:
        raise fail(str(exc)) from None
    try:
        decisions.save()
    except OSError as exc:
        raise fail(f"cannot write {decisions.path}: {exc.strerror or exc}", EXIT_FAILURE) from None
    console.print(
        Text(display(f"{done} (saved in {decisions.path}; the index is updated on its next use, without new analysis)"))
    )


def _check_decision(kind: str, *entity_ids: str, spelling: str | None = None) -> None:
    """Refuse a decision naming what the corpus does not have (a typo was saved and changed
    nothing). An index that cannot be read leaves it unchecked: the decision does not need it."""
    from belreader.library import IndexProblem

    lib = library()
    for entity_id in entity_ids:
        try:
            refusal = lib.check_decision(kind, entity_id, spelling)
        except IndexProblem:
            return
        if refusal:
            raise fail(display(refusal))


@entities_app.command("merge")
def entities_merge(
    into: str = typer.Argument(..., help="The entity id to keep (as `belreader entities --json` shows it)."),
    others: list[str] = typer.Argument(..., help="Entity ids that are the same entity."),
) -> None:
    """Merge entities: OTHERS are INTO from now on."""
    _check_decision("merge", into, *others)

    def change(decisions) -> None:
        for other in others:
            decisions.merge(into, other)

    _decide(change, f"merged {', '.join(others)} into {into}")


@entities_app.command("split")
def entities_split(
    entity_id: str = typer.Argument(..., help="The entity id."),
    spelling: str = typer.Argument(..., help="A spelling that names someone or something else."),
) -> None:
    """Split a spelling off an entity: it becomes an entity of its own."""
    _check_decision("split", entity_id, spelling=spelling)
    _decide(lambda d: d.split(entity_id, spelling), f"split {spelling!r} off {entity_id}")


@entities_app.command("retype")
def entities_retype(
    entity_id: str = typer.Argument(..., help="The entity id."),
    label: str = typer.Argument(..., help="PERSON, ORG, PLACE, EVENT or NORP."),
) -> None:
    """Give an entity another type."""
    _check_decision("retype", entity_id)
    _decide(lambda d: d.retype(entity_id, label), f"{entity_id} is now {label.upper()}")


@app.command()
def claims(
    article: str | None = typer.Option(None, "--article", "-a", help="Only this article (id or title prefix)."),
    speaker: str | None = typer.Option(None, "--speaker", "-s", help="Only claims by this speaker (any spelling)."),
    query: str | None = typer.Option(None, "--query", "-q", help="Only claims matching this query."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Attributed statements: who said what, according to whom."""
    use(corpus, index_dir)
    lib = open_library()
    _analysis_off(lib, "claims", as_json, "claims")
    with _Fails():
        named = lib.speaker_ids(speaker) if speaker else []  # read once: the note and the filter
        records = lib.claims(article, speaker, lib.query(query) if query else None, speaker_ids=named or None)
        note = lib.speaker_note(speaker, named, records) if speaker and len(named) > 1 else None
    notes = [note] if note else []
    from belreader.nlp.records import Claim

    if as_json:  # each with its fingerprint, to ask for it later with `--fingerprint` (`Claim.fingerprint`)
        rows = [{**r, "fingerprint": Claim.from_record(r).fingerprint} for r in records]
        emit_json({"total": len(rows), "claims": rows, "notes": notes})
        raise typer.Exit(0 if records else EXIT_NO_RESULTS)
    for note in notes:
        console.print(Text(f"note: {display(note)}", style="yellow"))
    if not records:
        console.print("No claims.")
        raise typer.Exit(EXIT_NO_RESULTS)

    names = lib.outlet_names(o for r in records for o in r.get("outlets") or ())
    for r in records:
        claim = Claim.from_record(r)  # the id with its fingerprint: an id alone names a place
        line = Text(f"{display(r['id'])} {claim.fingerprint}  ", style="dim")
        line.append(display(claim.attribution), style="bold")  # the verb as written
        line.append(": ")
        content = display(r.get("content", ""))
        line.append(f"“{content}”" if r.get("direct_quote") else content)
        if r.get("outlets"):
            line.append(f"  via {', '.join(display(names[o]) for o in r['outlets'])}", style="cyan")
        console.print(line)


@app.command()
def sources(
    article: str | None = typer.Option(None, "--article", "-a", help="Only this article (id or title prefix)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Who the articles cite: publishers, authors, agencies, papers, channels, documents."""
    use(corpus, index_dir)
    lib = open_library()
    _analysis_off(lib, "sources", as_json, "sources")
    with _Fails():
        article_id = lib.resolve(article).id if article else None
        rows = lib.sources(article_id)
    if article_id:
        if as_json:
            emit_json({"article_id": article_id, "sources": rows})
            return
        table = Table(title=Text(f"Sources of {display(article_id)}"), title_justify="left")
        for column in ("name", "kind", "claims"):
            table.add_column(column)
        for row in rows:
            table.add_row(_plain(row["name"]), _plain(row["kind"]), str(row["claims"]))
        console.print(table)
        return
    if as_json:
        emit_json({"total": len(rows), "sources": rows})
        return
    table = Table(title=f"{len(rows)} sources across the corpus", title_justify="left")
    for column in ("name", "kind", "articles", "claims"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            _plain(row["name"]),
            _plain(row["kind"]),
            _plain(", ".join(a["article_id"] for a in row["articles"])),
            str(sum(a["claim_count"] for a in row["articles"])),
        )
    console.print(table)


# The ways to name the claim `related` and `compare` start from: its id as printed (with the
# fingerprint an export keeps beside it), or a clip made from it.
CLIP_CLAIM_OPTION = typer.Option(
    None, "--clip", help="The claim a clip was made from (the clip's id in `belreader clips list`), instead of an id."
)
FINGERPRINT_OPTION = typer.Option(
    None,
    "--fingerprint",
    help="The claim's fingerprint, as `claims --json` prints it (fingerprint) or an export keeps it beside the id "
    "(claim_fingerprint): only that claim, "
    "never another one found since where it started.",
)


def _asked_claim(lib: Library, claim_id: str | None, clip_id: int | None, fingerprint: str | None):
    """The claim named by an id (checked against `fingerprint` when given) or by a clip (checked
    against what the clip recorded: `Library.clip_claim`); a one-line failure when there is none,
    the same whether the id names nothing now or another claim."""
    if claim_id is None and clip_id is None:
        raise fail("give a claim id (as `belreader claims` prints it) or --clip N (a clip made from a claim)")
    if claim_id is not None and clip_id is not None:
        raise fail("give a claim id or --clip N (a clip made from a claim), not both")
    if clip_id is not None and fingerprint is not None:
        raise fail("--fingerprint goes with a claim id; a clip keeps its own")
    with _Fails():
        if clip_id is not None:
            clip = _open_clips(lib).clip(clip_id)
            if clip is None:
                raise fail(f"no clip {clip_id}; list them with `belreader clips list`")
            if not clip.claim_id:
                raise fail(f"clip {clip_id} was not made from a claim")
            claim_id, found = clip.claim_id, lib.clip_claim(clip)
        else:
            assert claim_id is not None
            found = lib.claim(claim_id, fingerprint)
        # a bare id alone names a place: the claims there now are named, never opened in its stead
        there = lib.claims_at(claim_id) if found is None and fingerprint is None and clip_id is None else []
    if found is None:
        raise fail(lib.claim_not_found(claim_id, there))
    return found


@app.command()
def related(
    claim_id: str | None = typer.Argument(
        None, help="A claim id, as printed by `belreader claims` (e.g. 000_080d1da5f101e41c#s002143)."
    ),
    clip_id: int | None = CLIP_CLAIM_OPTION,
    fingerprint: str | None = FINGERPRINT_OPTION,
    limit: int = typer.Option(5, "--limit", "-n", min=1, max=100),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Claims in other articles most similar to one claim (by its id, or the one a clip was made from)."""
    use(corpus, index_dir)
    from dataclasses import asdict

    lib = open_library()
    _analysis_off(lib, "claims", as_json, "related")
    claim = _asked_claim(lib, claim_id, clip_id, fingerprint)
    with _Fails():
        found = lib.related(claim, limit=limit)
    target, ranked = found.claim, found.matches
    if as_json:  # each claim with its fingerprint, to ask for it again with `--fingerprint`
        emit_json(
            {
                "claim": {**asdict(target), "fingerprint": target.fingerprint},
                "related": [
                    {
                        "score": round(m.score, 4),
                        "claim": {**asdict(m.claim), "fingerprint": m.claim.fingerprint},
                        "reason": m.reason,
                        "shared_entities": m.shared_entities,
                        "shared_numbers": m.shared_numbers,
                        "shared_terms": m.shared_terms,
                        "copies": [c.id for c in m.copies],
                    }
                    for m in ranked
                ],
            }
        )
        raise typer.Exit(0 if ranked else EXIT_NO_RESULTS)
    head = Text(f"{display(target.attribution)}: ", style="bold")
    head.append(display(target.content))
    console.print(head)
    if not ranked:
        console.print("No related claims in other articles.")
        raise typer.Exit(EXIT_NO_RESULTS)
    for match in ranked:
        line = Text(f"  {match.score:5.2f}  {display(match.claim.id)} {match.claim.fingerprint}  ", style="dim")
        line.append(display(match.claim.attribution), style="bold")
        line.append(f": {display(match.claim.content)}")
        line.append(f"\n         {display(match.reason)}", style="cyan")
        console.print(line)


def _account_line(row) -> Text:
    """One account of a fact: who said it and how, through whom, where; then its words."""
    line = Text("  ")
    line.append(display(f"{row.speaker or '(no speaker)'} {row.verb}".strip()), style="bold")
    line.append(f" ({display(row.stance)}{', negative' if row.negated else ''})", style="dim")
    if row.outlets:
        line.append(f" via {', '.join(display(o) for o in row.outlets)}", style="cyan")
    where = " · ".join(display(x) for x in (row.publisher or row.title, row.date) if x)
    line.append(f"  {where}, para. {row.paragraph}  [{display(row.claim_id)} {row.claim_fingerprint}]", style="dim")
    line.append(f"\n    “{display(row.span)}”")
    return line


def _difference_line(difference) -> Text:
    line = Text(f"  {display(difference.kind)}: ", style="bold yellow")
    line.append(display(difference.explanation))
    return line


@app.command()
def facts(
    disagreeing: bool = typer.Option(
        False, "--disagreeing", help="Only facts whose accounts differ (amounts, dates, stance, attribution)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Facts reported by several articles: each group's accounts and how they differ."""
    use(corpus, index_dir)
    lib = open_library()
    _analysis_off(lib, "claims", as_json, "groups")
    with _Fails():
        comparisons = lib.comparisons(disagreeing=disagreeing)
    if as_json:
        emit_json({"total": len(comparisons), "groups": [c.to_dict() for c in comparisons]})
        raise typer.Exit(0 if comparisons else EXIT_NO_RESULTS)
    if not comparisons:
        console.print("No accounts that differ." if disagreeing else "No fact reported by more than one article.")
        raise typer.Exit(EXIT_NO_RESULTS)
    what = "whose accounts differ" if disagreeing else "reported by more than one article"
    console.print(Text(f"{counted(len(comparisons), 'fact', 'facts')} {what}", style="bold"))
    for comparison in comparisons:
        console.print()
        head = Text(display(comparison.group_id), style="bold")
        head.append(f"  {len(comparison.rows)} accounts", style="dim")
        if comparison.shared:
            head.append(f"  ({display('; '.join(comparison.shared[:3]))})", style="dim")
        console.print(head)
        for row in comparison.rows:
            console.print(_account_line(row))
        for difference in comparison.differences:
            console.print(_difference_line(difference))


@app.command()
def compare(
    claim_id: str | None = typer.Argument(
        None, help="A claim id, as printed by `belreader claims` or `belreader facts`."
    ),
    clip_id: int | None = CLIP_CLAIM_OPTION,
    fingerprint: str | None = FINGERPRINT_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON (the same as --format json)."),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="md, csv or json, with full citations (default: a table for people)."
    ),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Every account of the fact a claim reports, side by side, with what differs between them."""
    use(corpus, index_dir)
    from belreader.library import COMPARISON_FORMATS

    if as_json:
        fmt = "json"
    if fmt is not None and fmt not in COMPARISON_FORMATS:
        raise fail(f"unknown format '{fmt}'; use one of {', '.join(COMPARISON_FORMATS)}")
    lib = open_library()
    claim = _asked_claim(lib, claim_id, clip_id, fingerprint)
    with _Fails():
        comparison = lib.compare(claim.id)
    if comparison is None:
        console.print(Text(f"No other account of {display(claim.id)}: it is in no fact group."))
        raise typer.Exit(EXIT_NO_RESULTS)
    if fmt is not None:
        sys.stdout.write(_export_for_stdout(lib.render_comparison(comparison, fmt), fmt))
        return
    table = Table(
        title=Text(f"{display(comparison.group_id)}: {len(comparison.rows)} accounts"),
        title_justify="left",
        expand=console.is_terminal,  # piped: as wide as its cells, not PIPED_WIDTH
    )
    for column in ("article", "speaker", "stance", "via", "words", "amounts", "dates"):
        table.add_column(column, overflow="fold", ratio=4 if column == "words" else 1)
    for row in comparison.rows:
        table.add_row(
            Text.assemble((display(row.publisher or row.title), "bold"), "\n", (f"{display(row.date or '')}", "dim")),
            _plain(f"{row.speaker or '(no speaker)'} {row.verb}".strip()),
            _plain(row.stance + (", negative" if row.negated else "")),
            _plain(", ".join(row.outlets) or "none"),
            _plain(f"“{row.span}” (para. {row.paragraph})"),
            _plain(", ".join(row.amounts_normalised)),
            _plain(", ".join(row.dates_normalised)),
        )
    console.print(table)
    if comparison.differences:
        console.print(Text("What differs:", style="bold"))
        for difference in comparison.differences:
            console.print(_difference_line(difference))
    else:
        console.print("The accounts agree on what they state.")


@app.command()
def plot(
    kind: str = typer.Argument(..., help="timeline, entities, cooccurrence or sources."),
    output: Path = typer.Option(..., "--output", "-o", help="The chart file: FILE.svg or FILE.png."),
    entity: str | None = typer.Option(
        None, "--entity", "-e", help="Only articles mentioning this entity (id or name)."
    ),
    query: str | None = typer.Option(None, "--query", "-q", help="Only articles matching this search."),
    top: int = typer.Option(10, "--top", "-n", min=2, max=40, help="How many entities (entities, cooccurrence)."),
    by: str = typer.Option("month", "--by", help="month or year (timeline, entities)."),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Draw the corpus at a glance as a chart for a report: articles over time, the most mentioned
    entities, who appears with whom, the sources each publisher cites."""
    use(corpus, index_dir)
    from belreader.library import PLOT_FORMATS, PLOT_KINDS, ExportError

    if kind not in PLOT_KINDS:
        raise fail(f"unknown chart '{kind}'; use one of {', '.join(PLOT_KINDS)}")
    if output.suffix.lower().lstrip(".") not in PLOT_FORMATS:
        raise typer.BadParameter(
            f"'{display(output.name)}': name the chart file {' or '.join('.' + f for f in PLOT_FORMATS)}",
            param_hint="'--output' / '-o'",
        )
    if by not in ("month", "year"):
        raise fail("--by is 'month' or 'year'")
    lib = open_library()
    try:
        with _Fails():
            result = lib.plot(
                kind,
                output,
                entity=entity,
                query=lib.query(query) if query is not None else None,
                top=top,
                granularity=by,
                overwrite=force,
            )
    except ValueError as exc:
        raise fail(str(exc)) from None
    except ExportError as exc:
        hint = " (use --force to replace it)" if "already exists" in str(exc) else ""
        raise fail(f"{exc}{hint}", EXIT_FAILURE) from None
    if result.written is None:
        err.print(Text(f"belreader: {display(result.summary)}"))
        raise typer.Exit(EXIT_NO_RESULTS)
    err.print(Text(f"Drew {display(result.summary)} to {display(result.written)}"))


def _open_clips(lib: Library, writing: bool = False) -> Library:
    """`lib` with its clip store open, or a one-line error (a folder at its path, a locked
    database...). A store in a folder it cannot write opens read-only: for reading, its warning
    says so once; for `writing`, that is the one-line error."""
    with _Fails():
        lib.clip_store(writing=writing)
        warning = lib.clips_warning
    if warning:
        err.print(Text(f"belreader: {display(warning)}"))
    return lib


@app.command()
def export(
    clips_: bool = typer.Option(False, "--clips", help="Export your marked passages."),
    query: str | None = typer.Option(None, "--query", "-q", help="Export the paragraphs that match this search."),
    fmt: str = typer.Option("md", "--format", "-f", help="md, json, csv; citations: csl, bib, ris."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
    limit: int = typer.Option(1000, "--limit", min=1, help="With --query: at most this many articles."),
    tag: str | None = typer.Option(None, "--tag", help="With --clips: only the clips with this tag."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Export passages with full citations: your clips, or the paragraphs a search matches."""
    use(corpus, index_dir)
    from belreader.library import FORMATS, ExportError

    if clips_ == (query is not None):
        raise fail("choose what to export: --clips or --query QUERY")
    if tag is not None and not clips_:
        raise fail("--tag chooses clips: use it with --clips")
    if fmt not in (*FORMATS, "markdown"):
        raise fail(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    fmt = "md" if fmt == "markdown" else fmt
    lib = open_library()
    if clips_:
        _open_clips(lib)
    try:
        with _Fails():
            result = lib.export(
                fmt,
                lib.query(query) if query is not None else None,
                dest=output,
                overwrite=force,
                limit=limit,
                on_skip=lambda aid, why: err.print(Text(f"belreader: skipped {display(aid)}: {display(why)}")),
                on_reanchor=lambda summary: err.print(Text(f"belreader: {display(summary)}")),
                tag=tag,
            )
    except ExportError as exc:
        hint = " (use --force to replace it)" if "already exists" in str(exc) else ""
        raise fail(f"{exc}{hint}", EXIT_FAILURE) from None
    if not result.count:
        err.print(
            Text(
                "belreader: nothing to export"
                + (
                    f": no paragraphs match {display(query)}"
                    if query
                    else f": no clips tagged {display(tag)}"
                    if tag is not None
                    else ": no clips yet"
                )
            )
        )
        raise typer.Exit(EXIT_NO_RESULTS)
    if result.written is None:
        sys.stdout.write(_export_for_stdout(result.text, fmt))
        return
    count = result.count
    err.print(Text(f"Exported {count} passage{'s' if count != 1 else ''} to {display(result.written)}"))


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _export_for_stdout(text: str, fmt: str) -> str:
    """An export printed rather than saved: JSON gets its unsafe characters escaped (lossless);
    Markdown and CSV are sanitised for a terminal, and left exact when piped."""
    if fmt == "json":
        return escape_json_text(text)
    return display_block(text) if _stdout_is_terminal() else text


@clips_app.callback()
def clips_options(corpus: Path | None = CORPUS_OPTION, index_dir: Path | None = INDEX_OPTION) -> None:
    """Your marked passages: list, remove, clear."""
    use(corpus, index_dir)  # `clips --corpus X list`, as every other command takes it


@clips_app.command("list")
def clips_list(
    order: str = typer.Option("position", "--order", help="position (your order) or newest."),
    tag: str | None = typer.Option(None, "--tag", help="Only the clips with this tag (case ignored)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List your marked passages."""
    from dataclasses import asdict

    from belreader.library import CLIP_ORDERS

    if order not in CLIP_ORDERS:
        raise fail("--order is 'position' or 'newest'")
    with _Fails():
        clips, _ = _open_clips(library()).clips(order, reanchor=False, tag=tag)
    if as_json:
        emit_json(
            {
                "total": len(clips),
                "clips": [{**asdict(c), "changed_since_marked": c.changed_since_marked} for c in clips],
            }
        )
        return
    if not clips and tag is not None:
        console.print(Text(f"No clips tagged {display(tag)}."))
        return
    if not clips:
        console.print("No clips yet. Mark passages in the reader (space), then export them.")
        return

    def short(text: str) -> str:
        return text if len(text) <= 120 else text[:117] + "…"

    table = Table(title=counted(len(clips), "clip", "clips"), title_justify="left")
    for column in ("id", "quote", "article", "para.", "note", "tags", "status"):
        table.add_column(column, overflow="fold")
    for clip in clips:
        quote = _plain(short(clip.quote))
        status = clip.status
        if clip.changed_since_marked:
            # The marked words first (they are the clip); what the article says now after.
            quote = Text.assemble(quote, ("\nnow: ", "bold yellow"), _plain(short(clip.current_quote or "")))
            status += ", changed since marked"
        table.add_row(
            str(clip.id),
            quote,
            _plain(clip.title or clip.article_id),
            str(clip.paragraph + 1),
            _plain(clip.note),
            _plain(", ".join(clip.tags)),
            _plain(status),
        )
    console.print(table)


@clips_app.command("remove")
def clips_remove(
    ids: list[int] = typer.Argument(..., help="Clip ids, as shown by `belreader clips list`."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Remove clips by id (on a terminal, asks first when one has a note or tags)."""

    lib = _open_clips(library(), writing=True)
    if not yes and _asking():
        _confirm_removal(lib, ids)
    with _Fails():
        missing = lib.remove_clips(ids)
    removed = len(ids) - len(missing)
    console.print(f"Removed {removed} clip{'s' if removed != 1 else ''}.")
    if missing:
        raise fail(f"no clip with id {', '.join(map(str, missing))}", EXIT_NO_RESULTS)


def _asking() -> bool:
    """Whether a question can be put to the user (a terminal types the answer)."""
    return sys.stdin.isatty()


def _confirm_removal(lib: Library, ids: list[int]) -> None:
    """Ask before a removal takes a note or tags with it: nothing brings a clip back once the
    CLI removed it (the reader asks too, and its `u` only undoes its own deletions)."""
    with _Fails():
        noted = [c for c in (lib.clip(i) for i in dict.fromkeys(ids)) if c is not None and (c.note or c.tags)]
    if not noted:
        return
    for clip in noted:
        quote = clip.quote if len(clip.quote) <= 70 else clip.quote[:69] + "…"
        line = Text(f"  {clip.id}  “{display(quote)}”")
        if clip.note:
            line.append(f"  note: {display(clip.note)}", style="dim")
        if clip.tags:
            line.append(f"  tags: {display(', '.join(clip.tags))}", style="dim")
        console.print(line)
    typer.confirm(
        f"Remove {'this clip' if len(noted) == 1 else 'these clips'} with {'its' if len(noted) == 1 else 'their'} note and tags?",
        abort=True,
    )


@clips_app.command("clear")
def clips_clear(yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Remove every clip."""

    lib = _open_clips(library(), writing=True)
    with _Fails():
        count = lib.count_clips()
    if not count:
        console.print("No clips to clear.")
        return
    if not yes:
        if not _asking():
            raise fail(f"refusing to clear {count} clips without --yes")
        typer.confirm(f"Remove all {count} clips?", abort=True)
    with _Fails():
        removed = lib.clear_clips()
    console.print(f"Removed {counted(removed, 'clip', 'clips')}.")


@app.command("projects")
def projects_command(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Every project (one per corpus): its corpus, articles, clips, when it was last used."""
    from belreader.library import Library

    rows = Library.projects()
    unsorted = Library.unsorted_clips()
    current = _current_project_key()
    if as_json:
        emit_json(
            {
                "total": len(rows),
                "projects": [{**r.to_dict(), "current": r.key == current} for r in rows],
                "unsorted_clips": {"path": str(unsorted[0]), "clips": unsorted[1]} if unsorted else None,
            }
        )
        raise typer.Exit(0 if rows else EXIT_NO_RESULTS)
    if not rows:
        console.print("No projects yet: each corpus becomes one when you first use it.")
    else:
        table = Table(title=f"{len(rows)} project{'s' if len(rows) != 1 else ''}", title_justify="left")
        for column in ("", "project", "corpus", "articles", "clips", "analysis", "last used"):
            table.add_column(column, overflow="fold", justify="right" if column in ("articles", "clips") else "left")
        for row in rows:
            table.add_row(
                "*" if row.key == current else "",
                _plain(row.key),
                _plain(row.corpus + ("" if row.corpus_exists else " (missing)")),
                "" if row.articles is None else f"{row.articles:,}",
                "?" if row.clips is None else str(row.clips),
                "on" if row.analysis else "off",
                _plain((row.last_used or "").replace("T", " ")[:16]),
            )
        console.print(table)
    if unsorted:
        err.print(
            Text(
                f"belreader: {unsorted[1]} clip{'s' if unsorted[1] != 1 else ''} from before projects wait in "
                f"{display(unsorted[0])}: each moves into its project when its corpus is opened"
            )
        )
    if not rows:
        raise typer.Exit(EXIT_NO_RESULTS)


def _current_project_key() -> str | None:
    from belreader.config import corpus_key

    try:
        return corpus_key(resolve_corpus(opts.corpus))
    except OSError:
        return None


settings_app = typer.Typer(
    help="This project's settings: `settings analysis on|off`, `settings search opensearch --url URL`.",
    no_args_is_help=False,
)
app.add_typer(settings_app, name="settings")


@settings_app.callback(invoke_without_command=True)
def settings(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    corpus: Path | None = CORPUS_OPTION,
    index_dir: Path | None = INDEX_OPTION,
) -> None:
    """Show this project's settings."""
    use(corpus, index_dir)
    if ctx.invoked_subcommand is not None:
        return
    lib = library()
    stored = lib.settings().analysis
    if as_json:
        emit_json(
            {
                "project": lib.project_key,
                "corpus": str(lib.corpus),
                "analysis": lib.analysis,
                "analysis_stored": stored,
                "data": str(lib.project_dir),
                "search": _search_setting(lib),
            }
        )
        return
    why = "" if stored is not None else " (not set: as the index was built, else on)"
    console.print(Text(f"project   {display(lib.project_key)}  ({display(lib.corpus)})"))
    console.print(Text(f"analysis  {'on' if lib.analysis else 'off'}{why}"))
    console.print(Text(f"search    {_search_line(_search_setting(lib))}"))
    console.print(Text(f"data      {display(lib.project_dir)}"))


def _search_setting(lib: Library) -> dict:
    s = lib.settings()
    return {"backend": s.backend, "url": s.opensearch_url, "index_prefix": s.index_prefix}


def _search_line(setting: dict) -> str:
    if setting["backend"] is None:
        return "whoosh (not set: a local index folder; --backend/--url or BELREADER_BACKEND win)"
    where = f" at {setting['url']}" if setting["url"] else ""
    prefix = f", index prefix {setting['index_prefix']}" if setting["index_prefix"] else ""
    return f"{setting['backend']}{where}{prefix} (--backend/--url or BELREADER_BACKEND win)"


@settings_app.command("search")
def settings_search(
    backend: str | None = typer.Argument(None, help="whoosh or opensearch (without it and --url: show the setting)."),
    url: str | None = typer.Option(None, "--url", help="The OpenSearch cluster's URL (credentials never here)."),
    index_prefix: str | None = typer.Option(None, "--index-prefix", help="Names of belreader's OpenSearch indexes."),
    clear: bool = typer.Option(False, "--clear", help="Forget the setting (back to Whoosh)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """The project's search engine, for everyone who opens this corpus without --backend/--url."""
    from belreader.library import IndexProblem

    lib = library()
    if backend is None and url is None and not clear:
        setting = _search_setting(lib)
        if as_json:
            emit_json(setting)
        else:
            console.print(Text(f"search is {_search_line(setting)}"))
        return
    if backend is not None and backend.strip().lower() == "whoosh" and (url or index_prefix):
        raise fail("--url and --index-prefix are for opensearch, not whoosh")
    try:
        if clear or (backend is not None and backend.strip().lower() == "whoosh"):
            lib.set_search_engine(None)
        else:
            lib.set_search_engine(backend, url, index_prefix)
    except IndexProblem as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot store the project's settings: {exc.strerror or exc}", EXIT_FAILURE) from None
    setting = _search_setting(lib)
    if as_json:
        emit_json(setting)
        return
    if setting["backend"] == "opensearch" and not setting["url"]:
        console.print(
            Text("search is opensearch, but no URL is stored: set one with --url or BELREADER_OPENSEARCH_URL")
        )
    console.print(Text(f"search is {_search_line(setting)} for {display(lib.corpus)}"))


@settings_app.command("analysis")
def settings_analysis(
    value: str | None = typer.Argument(None, help="on or off (without: show it)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Turn entity and claim analysis on or off for this project, saying what the rebuild costs."""
    if value is not None and value.lower() not in ("on", "off"):
        raise fail(f"analysis is 'on' or 'off', not '{display(value)}'")
    lib = library()
    if value is None:
        if as_json:
            emit_json({"analysis": lib.analysis, "analysis_stored": lib.settings().analysis})
        else:
            console.print(f"analysis is {'on' if lib.analysis else 'off'} for this project")
        return
    on = value.lower() == "on"
    cost = lib.analysis_cost(on)
    try:
        lib.set_analysis(on)
    except OSError as exc:
        raise fail(f"cannot store the project's settings: {exc.strerror or exc}", EXIT_FAILURE) from None
    rebuild = lib.exists() and lib.indexed_analysis() is not on
    if as_json:
        emit_json({"analysis": on, "rebuild": rebuild, "cost": cost})
        return
    if not rebuild:
        console.print(Text(f"Analysis is {'on' if on else 'off'} for {display(lib.corpus)}: nothing to rebuild."))
        return
    console.print(
        Text(
            f"Analysis is now {'on' if on else 'off'} for {display(lib.corpus)}. On the next command "
            f"(or now, with `belreader index`), {display(cost)}."
        )
    )


def main() -> None:
    try:
        from belreader.library import IndexProblem

        try:
            app()
        except IndexProblem as exc:  # met while reading, after the index was opened (a damaged segment)
            err.print(Text(f"belreader: {exc}"))
            sys.exit(EXIT_FAILURE)
    except KeyboardInterrupt:  # while belreader's modules load, before Typer runs the command
        _say_interrupted()
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as exc:
        if _typer_swallowed_ctrl_c(exc):
            _say_interrupted()
        raise


def _typer_swallowed_ctrl_c(exc: SystemExit) -> bool:
    """Whether Typer ended the command for a ctrl+c it met (it exits 130 and says nothing): its
    exit is made while it handles its own `Exit(130)`, raised from the KeyboardInterrupt. A
    command that said why it stopped raised its Exit from nothing."""
    cause = getattr(exc.__context__, "__cause__", None)
    return exc.code == EXIT_INTERRUPTED and isinstance(cause, KeyboardInterrupt)


def _say_interrupted() -> None:
    """One line, even should a second ctrl+c come while it is written."""
    try:
        err.print("belreader: interrupted")
    except KeyboardInterrupt:
        pass
