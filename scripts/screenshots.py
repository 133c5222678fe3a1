"""Regenerate screenshots/*.svg and *.png from the reader's scenes (`make screenshots`).

The scenes are the ones the SVG snapshot tests use (tests/tui_scenes.py), built on a
copy of the bundled corpus in a temporary folder with its own index and state, so
neither the user's state nor the repository is touched. PNGs come from rsvg-convert.
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
    async with app.run_test(size=scene.size) as pilot:
        await scene.run_before(pilot)
        await pilot.pause()
        path = Path(app.save_screenshot(filename=f"{scene.name}.svg", path=str(OUT)))
    return path


def main(names: list[str]) -> int:
    """Every scene, or only those named (`scripts/screenshots.py compare disagreements`)."""
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
        converter = shutil.which("rsvg-convert")
        for scene in SCENES:
            if names and scene.name not in names:
                continue
            svg = asyncio.run(capture(scene, corpus, index_dir, tmp_path / f"state-{scene.name}"))
            line = f"{svg.relative_to(REPO)}"
            if converter:
                png = svg.with_suffix(".png")
                subprocess.run([converter, str(svg), "-o", str(png)], check=True)
                line += f"  {png.relative_to(REPO)}"
            print(f"{line}  — {scene.description}")
        if not converter:
            print("rsvg-convert not found (apt install librsvg2-bin): SVGs only", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
