"""Regenerate screenshots/*.svg and *.png from the reader's scenes (`make screenshots`).

The scenes are the ones the SVG snapshot tests use (tests/tui_scenes.py), built on a
copy of the bundled corpus in a temporary folder with its own index and state, so
neither the user's state nor the repository is touched. PNGs come from rsvg-convert.

    scripts/screenshots.py [SCENE ...]
    scripts/screenshots.py --bbc [--bbc-corpus DIR] --exclude-from FILE [SCENE ...]

With --bbc, the BBC scenes (`BBC_SCENES`: Compare and the Corpus screen) are taken on a copy
of the BBC corpus (default: ../shared/corpora/bbc) without the files listed in FILE, one
CATEGORY/NNN a line: files held out for independent checks are never copied, read or shown.
The list is kept outside the repository on purpose.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "screenshots"
sys.path.insert(0, str(REPO / "tests"))  # the scenes live with the tests that snapshot them


async def capture(scene, corpus: Path, index_dir: Path, state_dir: Path) -> Path:
    from belreader.tui.app import make_app

    app = make_app(corpus=corpus, index_dir=index_dir, state_dir=state_dir)
    from tui_scenes import settle

    async with app.run_test(size=scene.size) as pilot:
        await scene.run_before(pilot)
        await settle(pilot)  # what the scene's last step set off (an article opened by a search) drawn
        path = Path(app.save_screenshot(filename=f"{scene.name}.svg", path=str(OUT)))
    return path


# ../shared beside the checkout (a worktree sits one level deeper)
BBC = next(
    (p / "shared" / "corpora" / "bbc" for p in REPO.parents if (p / "shared" / "corpora" / "bbc").is_dir()), REPO
)


async def bbc_compare(pilot) -> None:
    """Disagreements (D), then the first one's accounts side by side."""
    from tui_scenes import settle

    await settle(pilot)
    await pilot.press("D")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def bbc_scenes():
    from tui_scenes import Scene, corpus_pictures

    return [
        Scene("bbc-compare", (120, 36), bbc_compare, "BBC: the most different fact's accounts side by side"),
        Scene("bbc-corpus", (120, 36), corpus_pictures, "BBC: the Corpus screen (P), articles over time"),
    ]


def copy_bbc(source: Path, target: Path, excluded: set[str]) -> int:
    """Copy the corpus's CATEGORY/NNN.txt files but the excluded ones (never opened)."""
    copied = 0
    for path in sorted(source.glob("*/*.txt")):
        if f"{path.parent.name}/{path.stem}" in excluded:
            continue
        (target / path.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target / path.parent.name / path.name)
        copied += 1
    return copied


def main_bbc(args: list[str]) -> int:
    """The BBC scenes, on a copy without the held-out files."""
    import argparse

    parser = argparse.ArgumentParser(prog="screenshots.py --bbc")
    parser.add_argument("--bbc", action="store_true")
    parser.add_argument("--bbc-corpus", type=Path, default=BBC)
    parser.add_argument("--exclude-from", type=Path, required=True, help="held-out files, CATEGORY/NNN a line")
    parser.add_argument("names", nargs="*")
    options = parser.parse_args(args)
    excluded = {
        line.strip().removesuffix(".txt") for line in options.exclude_from.read_text().splitlines() if line.strip()
    }
    with tempfile.TemporaryDirectory(prefix="belreader-shots-bbc-") as tmp:
        tmp_path = Path(tmp)
        os.environ["BELREADER_DATA_DIR"] = str(tmp_path / "data")
        os.environ["BELREADER_CONFIG_DIR"] = str(tmp_path / "config")
        os.environ.pop("BELREADER_CORPUS", None)
        from belreader.index import CorpusIndex

        corpus = tmp_path / "bbc"
        count = copy_bbc(options.bbc_corpus, corpus, excluded)
        print(f"BBC: {count} files ({len(excluded)} held out, not copied)")
        index_dir = tmp_path / "index"
        CorpusIndex(corpus, index_dir).update(procs=2)
        OUT.mkdir(exist_ok=True)
        for scene in bbc_scenes():
            if options.names and scene.name not in options.names:
                continue
            svg = asyncio.run(capture(scene, corpus, index_dir, tmp_path / f"state-{scene.name}"))
            print(f"{convert(svg)}  — {scene.description}")
    return 0


def to_png(svg: Path) -> Path | None:
    """Write the SVG's PNG beside it with rsvg-convert (None when it is not installed).

    Textual writes every space of the screen as a no-break space, and librsvg strips those
    at the start of a `<text>` (SVG's default white-space handling), so a span that begins
    with spaces ("  via RT") was drawn shifted left and stretched over its cells: the PNG is
    made from the SVG with `xml:space="preserve"` on its root (browsers needed no help)."""
    converter = shutil.which("rsvg-convert")
    if not converter:
        return None
    png = svg.with_suffix(".png")
    source = svg.read_text(encoding="utf-8").replace("<svg ", '<svg xml:space="preserve" ', 1)
    subprocess.run([converter, "-o", str(png)], input=source.encode("utf-8"), check=True)
    return png


def convert(svg: Path) -> str:
    """The SVG's path, and the PNG's when rsvg-convert is there."""
    line = f"{svg.relative_to(REPO)}"
    png = to_png(svg)
    if png is not None:
        line += f"  {png.relative_to(REPO)}"
    return line


def main(names: list[str]) -> int:
    """Every scene, or only those named (`scripts/screenshots.py compare disagreements`)."""
    if "--bbc" in names:
        return main_bbc(names)
    with tempfile.TemporaryDirectory(prefix="belreader-shots-") as tmp:
        tmp_path = Path(tmp)
        os.environ["BELREADER_DATA_DIR"] = str(tmp_path / "data")
        os.environ["BELREADER_CONFIG_DIR"] = str(tmp_path / "config")
        os.environ.pop("BELREADER_CORPUS", None)
        from belreader import config
        from belreader.index import CorpusIndex

        from tui_scenes import SCENES

        unknown = set(names) - {s.name for s in SCENES}
        if unknown:
            print(f"no such scene: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2

        corpus = tmp_path / "articles"
        shutil.copytree(config.bundled_corpus(), corpus)
        index_dir = tmp_path / "index"
        CorpusIndex(corpus, index_dir).update(procs=1)
        OUT.mkdir(exist_ok=True)
        for scene in SCENES:
            if names and scene.name not in names:
                continue
            svg = asyncio.run(capture(scene, corpus, index_dir, tmp_path / f"state-{scene.name}"))
            print(f"{convert(svg)}  — {scene.description}")
        if not shutil.which("rsvg-convert"):
            print("rsvg-convert not found (apt install librsvg2-bin): SVGs only", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
