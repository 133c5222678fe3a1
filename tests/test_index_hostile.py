"""The index store under hostile conditions (issue 10): folders belreader did not make, file
names with tabs and newlines, a damaged table of contents or segment, a read-only cache dir,
a full disk under the writer processes, and what a killed rebuild leaves behind."""

from __future__ import annotations

import builtins
import errno
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belreader.cli import EXIT_FAILURE, EXIT_USAGE, app
from belreader.index import MARKER_FILE, META_FILE, CorpusIndex, IndexProblem, IndexReadOnly, IndexRefused
from belreader.search import search

ARTICLE = "Title {n}\n\nThe body of article {n} talks about {topic}. It has a second sentence.\n\nAnother paragraph about {topic} and zebra.\n"


def write(corpus: Path, name: str, n: int, topic: str) -> Path:
    path = corpus / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(n=n, topic=topic), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    write(root, "a.txt", 1, "grain exports")
    write(root, "b.txt", 2, "military exercises")
    write(root, "sub/c.txt", 3, "energy loans")
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def cli(*args) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line_error(result) -> str:
    assert "Traceback" not in result.output and "Traceback" not in (result.stderr or "")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- item 1: only what belreader made is ever deleted ---------------------------------------------


def user_folder(path: Path) -> dict[str, bytes]:
    (path / "notes").mkdir(parents=True)
    (path / "thesis.docx").write_bytes(b"years of work")
    (path / "notes" / "todo.txt").write_text("keep me", encoding="utf-8")
    return tree(path)


def test_an_index_folder_holding_the_users_files_is_refused_and_kept(corpus, tmp_path):
    folder = tmp_path / "documents"
    before = user_folder(folder)
    with pytest.raises(IndexRefused) as error:
        CorpusIndex(corpus, folder, analysis=False).update()
    assert str(folder) in str(error.value) and "\n" not in str(error.value)
    assert tree(folder) == before
    result = cli("--no-nlp", "index", "--corpus", corpus, "--index", folder)
    assert result.exit_code == EXIT_USAGE
    assert str(folder) in one_line_error(result)
    assert tree(folder) == before


@pytest.mark.parametrize("command", [["index"], ["--no-update", "search", "zebra"], ["search", "zebra"], ["list"]])
def test_the_corpus_folder_as_the_index_is_refused_and_the_corpus_kept(corpus, command):
    before = tree(corpus)
    head = [c for c in command if c.startswith("--")]
    rest = [c for c in command if not c.startswith("--")]
    result = cli("--no-nlp", *head, *rest, "--corpus", corpus, "--index", corpus)
    assert result.exit_code == EXIT_USAGE, result.output
    assert "corpus" in one_line_error(result)
    assert tree(corpus) == before


@pytest.mark.parametrize("where", ["inside", "around"])
def test_an_index_folder_inside_or_around_the_corpus_is_refused(corpus, tmp_path, where):
    folder = corpus / "index" if where == "inside" else tmp_path
    before = tree(tmp_path)
    with pytest.raises(IndexRefused, match="corpus"):
        CorpusIndex(corpus, folder, analysis=False).update()
    assert tree(tmp_path) == before


def test_a_rebuild_leaves_sibling_new_and_old_folders_it_did_not_make(corpus, tmp_path):
    folder = tmp_path / "index"
    index = CorpusIndex(corpus, folder, analysis=False)
    index.update()
    staging, retired = tmp_path / "index.new", tmp_path / "index.old"
    before = {"new": user_folder(staging), "old": user_folder(retired)}
    with pytest.raises(IndexRefused, match="index.new|index.old"):
        index.update(rebuild=True)
    assert {"new": tree(staging), "old": tree(retired)} == before
    assert index.problem() is None and index.doc_count() == 3


def test_an_empty_folder_is_taken_and_marked(corpus, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    CorpusIndex(corpus, folder, analysis=False).update()
    assert (folder / MARKER_FILE).is_file()


def test_an_index_of_an_older_version_is_recognised_by_its_metadata_and_rebuilt(corpus, tmp_path):
    folder = tmp_path / "index"
    CorpusIndex(corpus, folder, analysis=False).update()
    (folder / MARKER_FILE).unlink()  # as made before the marker existed
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    (folder / META_FILE).write_text(json.dumps(dict(meta, schema_version=6)), encoding="utf-8")
    report = CorpusIndex(corpus, folder, analysis=False).update()
    assert report.rebuilt_because and "schema_version" in report.rebuilt_because
    assert (folder / MARKER_FILE).is_file()
    assert CorpusIndex(corpus, folder, analysis=False).doc_count() == 3


def test_a_whoosh_index_that_is_not_belreaders_is_refused(corpus, tmp_path):
    from whoosh import fields
    from whoosh import index as windex

    folder = tmp_path / "theirs"
    folder.mkdir()
    windex.create_in(str(folder), fields.Schema(x=fields.TEXT), indexname="MAIN")
    before = tree(folder)
    with pytest.raises(IndexRefused):
        CorpusIndex(corpus, folder, analysis=False).update()
    assert tree(folder) == before


# -- item 4: any file name ------------------------------------------------------------------------


def test_tabs_and_newlines_in_file_names_survive_every_update(corpus):
    odd = [write(corpus, "tab\there.txt", 10, "tabs"), write(corpus, "new\nline.txt", 11, "newlines")]
    index = CorpusIndex(corpus, analysis=False)
    index.update()
    assert index.doc_count() == 5
    odd[0].write_text(ARTICLE.format(n=10, topic="changed tabs"), encoding="utf-8")
    os.utime(odd[0], (1, 1))
    odd[1].unlink()
    report = index.update()
    assert report.updated == [index.resolve("tab").id] or len(report.updated) == 1
    assert len(report.removed) == 1
    assert index.update().unchanged == 4
    assert search(index, "changed").total == 1


# -- item 5: a damaged table of contents or segment -----------------------------------------------


def built(corpus: Path, tmp_path: Path) -> CorpusIndex:
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    index.update()
    index.close()
    return index


@pytest.mark.parametrize("keep", [0, 0.5], ids=["empty", "truncated"])
def test_a_damaged_table_of_contents_is_reported_in_one_line_and_rebuilt(corpus, tmp_path, keep):
    index = built(corpus, tmp_path)
    (toc,) = index.index_dir.glob("_MAIN_*.toc")
    toc.write_bytes(toc.read_bytes()[: int(len(toc.read_bytes()) * keep)])
    problem = CorpusIndex(corpus, index.index_dir, analysis=False).problem()
    assert problem and problem.startswith("index unreadable") and "\n" not in problem
    result = cli("--no-nlp", "--no-update", "list", "--corpus", corpus, "--index", index.index_dir)
    assert result.exit_code == EXIT_FAILURE
    assert "--rebuild" in one_line_error(result)
    result = cli("--no-nlp", "list", "--corpus", corpus, "--index", index.index_dir, "--json")
    assert result.exit_code == 0, result.output
    assert "rebuilt" in one_line_error(result)
    assert json.loads(result.stdout)["total"] == 3


def _garble_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xa5" * 64
    stat = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # size and mtime as they were


def test_garbage_in_the_middle_of_a_segment_is_detected_and_rebuilt(corpus, tmp_path):
    index = built(corpus, tmp_path)
    for segment in index.index_dir.glob("*.seg"):
        _garble_middle(segment)
    problem = CorpusIndex(corpus, index.index_dir, analysis=False).problem()
    assert problem and problem.startswith("index unreadable") and "changed on disk" in problem
    report = CorpusIndex(corpus, index.index_dir, analysis=False).update()
    assert report.rebuilt_because == problem
    assert search(CorpusIndex(corpus, index.index_dir, analysis=False), "zebra").total == 3


def test_a_read_error_at_search_time_is_an_index_problem_and_marks_it_for_rebuild(corpus, tmp_path, monkeypatch):
    index = built(corpus, tmp_path)
    from whoosh.codec import whoosh3

    def broken(self):
        raise Exception("Block tag error b'\\x00\\x00\\x00\\x00'")

    monkeypatch.setattr(whoosh3.W3LeafMatcher, "_read_data", broken)
    reader = CorpusIndex(corpus, index.index_dir, analysis=False)
    with pytest.raises(IndexProblem, match="damaged") as error:
        search(reader, "exports")
    assert "\n" not in str(error.value)
    monkeypatch.undo()
    again = CorpusIndex(corpus, index.index_dir, analysis=False)
    assert again.problem().startswith("index unreadable")
    assert again.update().rebuilt_because
    assert search(again, "exports").total == 1


def test_no_update_with_a_damaged_segment_is_one_line_naming_the_way_out(corpus, tmp_path):
    index = built(corpus, tmp_path)
    for segment in index.index_dir.glob("*.seg"):
        _garble_middle(segment)
    result = cli("--no-nlp", "--no-update", "search", "exports", "--corpus", corpus, "--index", index.index_dir)
    assert result.exit_code == EXIT_FAILURE
    line = one_line_error(result)
    assert "--no-update" in line and "--rebuild" in line


# -- item 15: a read-only cache dir ---------------------------------------------------------------


def _deny_writes_in(monkeypatch, folder: Path) -> None:
    """A read-only folder for a process that could otherwise write there (root included)."""
    folder = str(folder.resolve())
    real_open, real_os_open = builtins.open, os.open

    def inside(path) -> bool:
        try:
            return os.path.abspath(os.fspath(path)).startswith(folder + os.sep)
        except TypeError:
            return False

    def deny(path):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))

    def fake_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and inside(file) and set(mode) & set("wax+"):
            deny(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if inside(path) and flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            deny(path)
        return real_os_open(path, flags, *args, **kwargs)

    def guard(real):
        def wrapper(*paths, **kwargs):
            if any(inside(p) for p in paths[:2]):
                deny(paths[0])
            return real(*paths, **kwargs)

        return wrapper

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    for name in ("rename", "replace", "remove", "unlink", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))


@pytest.mark.parametrize("command", [["list"], ["search", "exports"], ["show", "Title 1"]])
def test_reading_works_from_a_read_only_cache_dir_and_says_so(corpus, isolated_dirs, monkeypatch, command):
    assert cli("--no-nlp", "index", "--corpus", corpus).exit_code == 0
    write(corpus, "d.txt", 4, "new exports")  # a change it cannot pick up
    _deny_writes_in(monkeypatch, isolated_dirs["cache"])
    result = cli("--no-nlp", *command, "--corpus", corpus)
    monkeypatch.undo()
    assert result.exit_code == 0, result.output
    line = one_line_error(result)
    assert "read-only" in line
    assert "Title 1" in result.stdout or "exports" in result.stdout


def test_update_of_a_read_only_index_is_index_read_only(corpus, isolated_dirs, monkeypatch):
    CorpusIndex(corpus, analysis=False).update()
    write(corpus, "d.txt", 4, "new")
    _deny_writes_in(monkeypatch, isolated_dirs["cache"])
    with pytest.raises(IndexReadOnly, match="cannot write the index"):
        CorpusIndex(corpus, analysis=False).update()


# -- item 16: a full disk under the writer processes ----------------------------------------------


def test_a_full_disk_under_writer_processes_is_one_error_without_their_tracebacks(corpus, tmp_path, monkeypatch, capfd):
    from whoosh.filedb.filestore import FileStorage

    for n in range(100, 180):
        write(corpus, f"bulk/{n}.txt", n, "overflow " * 60)
    real = FileStorage.create_file
    parent = os.getpid()

    def create_file(storage, name, *args, **kwargs):
        handle = real(storage, name, *args, **kwargs)
        if os.getpid() != parent:  # the disk fills up under the writer processes only
            raw = handle.file

            class Full:
                def __getattr__(self, attr):
                    return getattr(raw, attr)

                def write(self, data):
                    raise OSError(errno.ENOSPC, "No space left on device")

            handle.file = Full()
        return handle

    monkeypatch.setattr(FileStorage, "create_file", create_file)
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    with pytest.raises(IndexProblem, match="No space left on device"):  # not a commit without their segments
        index.update(procs=2, multisegment=True)
    monkeypatch.undo()
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out, captured.err[-2000:]
    assert CorpusIndex(corpus, tmp_path / "index", analysis=False).update(procs=2, multisegment=True).added


# -- item 20: leftovers of a killed rebuild, and the lock's place -----------------------------------


def test_a_killed_rebuilds_folder_is_swept_by_the_next_update(corpus, tmp_path):
    index = built(corpus, tmp_path)
    staging = tmp_path / "index.new"
    index.create_store(staging)  # what a rebuild killed mid-way leaves
    (staging / "MAIN_half.seg").write_bytes(b"x" * 100)
    CorpusIndex(corpus, index.index_dir, analysis=False).update()
    assert not staging.exists()


def test_no_lock_file_lands_beside_a_folder_the_user_named(corpus, tmp_path):
    parent = tmp_path / "mine"
    parent.mkdir()
    (parent / "other.txt").write_text("mine", encoding="utf-8")
    index = CorpusIndex(corpus, parent / "index", analysis=False)
    index.update()
    index.update(rebuild=True)
    assert sorted(p.name for p in parent.iterdir()) == ["index", "other.txt"]
    assert parent not in index.lock_path.parents


def test_an_index_folder_reached_through_a_link_is_still_belreaders(corpus, tmp_path):
    real = tmp_path / "real-index"
    CorpusIndex(corpus, real, analysis=False).update()
    link = tmp_path / "index-link"
    link.symlink_to(real)
    index = CorpusIndex(corpus, link, analysis=False)
    assert index.update().unchanged == 3
    assert index.update(rebuild=True).rebuilt_because == "rebuild requested"
    assert CorpusIndex(corpus, link, analysis=False).doc_count() == 3
