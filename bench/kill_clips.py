"""Kill a process writing clips with SIGKILL at random points, many times; check nothing is lost.

The many-trials version of tests/test_reliability.py::test_clips_survive_sigkill_at_any_point_of_a_write
(issue 10 asks for at least 25 trials). One clips database in a temp data dir is shared by
every trial, so each kill lands on a bigger database in a different state. In each trial a
child process marks passages as fast as it can (`add_paragraph`), moves some (renumbering
every position in one transaction), edits notes, and re-anchors its clips against an edited
version of the article (which writes the "changed since marked" text beside the marked
words), printing each clip id once its write has returned. After a random delay the child
is SIGKILLed, then the database is checked:

- `PRAGMA integrity_check` is "ok" and `ClipStore()` opens it without moving it aside;
- every clip the child reported is there, with its article, note and tags;
- positions are 0..n-1 with no gap or duplicate;
- no clip's quote was rewritten: each is one of the paragraphs as first marked.

A trial that fails any check counts as corrupt.

    .venv/bin/python bench/kill_clips.py                 # 30 trials
    .venv/bin/python bench/kill_clips.py --trials 100 --seed 7

Prints one line per trial and "N trials, K corrupt"; exit status 0 when K is 0.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # check() opens the store with this tree's belreader

PARAGRAPHS = (
    "Putin and Lukashenka conferred for four hours in Sochi, and Minsk asked for 1.5 billion dollars in March.",
    "The meeting ended with no press conference and no joint communique, observers in Moscow noted.",
)

CHILD = r"""
import hashlib, sys
from pathlib import Path
from belreader.article import Article, Paragraph
from belreader.clips import ClipStore

PARAGRAPHS = @PARAGRAPHS@

def article(n, edited=False):
    paragraphs = list(PARAGRAPHS)
    if edited:  # a small edit under every clip: found again, flagged changed since marked
        paragraphs = [p.replace("1.5 billion", "2.9 billion").replace("no press", "a short press") for p in paragraphs]
    body = "\n\n".join(paragraphs)
    cut = body.index("\n\n")
    return Article(id=f"a{n}", path=Path(f"/corpus/a{n}.txt"), body=body,
                   paragraphs=[Paragraph(0, 0, cut), Paragraph(1, cut + 2, len(body))],
                   content_hash=hashlib.sha256(f"{n}{edited}".encode()).hexdigest(), title=f"Article {n}")

store = ClipStore()
print("ready", flush=True)
n = int(sys.argv[1])
while True:
    clip = store.add_paragraph(article(n), n % 2, note=f"note {n}", tags=["kill", f"t{n % 7}"])
    if n % 5 == 0:
        store.move(clip.id, 0)  # renumbers every position in one transaction
    if n % 7 == 0:
        store.update(clip.id, note=f"edited {n}")
    if n % 3 == 0:
        store.reanchor({f"a{n}": article(n, edited=True)})
    print(clip.id, n, flush=True)
    n += 1
""".replace("@PARAGRAPHS@", repr(PARAGRAPHS))


def child_env(dirs: dict[str, Path]) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    for name, path in dirs.items():
        env[f"BELREADER_{name.upper()}_DIR"] = str(path)
    return env


def check(data_dir: Path, reported: dict[int, int]) -> list[str]:
    """What is wrong with the database now (empty: nothing)."""
    from belreader.clips import ClipStore

    problems = []
    path = data_dir / "clips.sqlite3"
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    with ClipStore(path) as store:
        if store.warning:
            problems.append(f"store warning: {store.warning}")
        clips = {c.id: c for c in store.list()}
    missing = sorted(set(reported) - set(clips))
    if missing:
        problems.append(f"{len(missing)} committed clip(s) lost: {missing[:5]}")
    for clip_id, n in reported.items():
        clip = clips.get(clip_id)
        if clip is None:
            continue
        if clip.article_id != f"a{n}":
            problems.append(f"clip {clip_id}: article {clip.article_id}, expected a{n}")
        if clip.note != (f"edited {n}" if n % 7 == 0 else f"note {n}"):
            problems.append(f"clip {clip_id}: note {clip.note!r}")
        if set(clip.tags) != {"kill", f"t{n % 7}"}:
            problems.append(f"clip {clip_id}: tags {clip.tags}")
    if sorted(c.position for c in clips.values()) != list(range(len(clips))):
        problems.append("positions are not 0..n-1")
    rewritten = [c.id for c in clips.values() if c.quote not in PARAGRAPHS]
    if rewritten:
        problems.append(f"{len(rewritten)} quote(s) rewritten: {rewritten[:5]}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--min-delay", type=float, default=0.05, help="seconds after the child is ready")
    parser.add_argument("--max-delay", type=float, default=0.8)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    reported: dict[int, int] = {}
    corrupt = 0
    next_n = 0
    with tempfile.TemporaryDirectory(prefix="kill-clips-") as tmp:
        dirs = {name: Path(tmp) / name for name in ("data", "config", "cache")}
        for path in dirs.values():
            path.mkdir()
        for trial in range(1, args.trials + 1):
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(next_n)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=child_env(dirs),
                cwd=REPO,
            )
            if proc.stdout.readline().strip() != "ready":
                print(f"trial {trial}: the child did not start: {proc.stderr.read()}", file=sys.stderr)
                return 2
            delay = rng.uniform(args.min_delay, args.max_delay)
            timer = threading.Timer(delay, proc.send_signal, (signal.SIGKILL,))
            timer.start()
            out, err = proc.communicate(timeout=120)
            timer.cancel()
            if proc.returncode != -signal.SIGKILL:
                print(f"trial {trial}: the child ended by itself ({proc.returncode}): {err}", file=sys.stderr)
                return 2
            written = 0
            for line in out.splitlines(keepends=True):
                if not line.endswith("\n"):
                    continue  # cut short by the kill: that clip may or may not be committed
                clip_id, n = map(int, line.split())
                reported[clip_id] = n
                written += 1
            next_n = max(reported.values(), default=-1) + 100  # skip any clip the kill may have half-made
            problems = check(dirs["data"], reported)
            corrupt += bool(problems)
            status = "ok" if not problems else "CORRUPT: " + "; ".join(problems)
            print(
                f"trial {trial:3}: killed after {delay:.2f} s, {written} clip(s) written, "
                f"{len(reported)} in all: {status}",
                flush=True,
            )
    print(f"{args.trials} trials, {corrupt} corrupt")
    return 0 if corrupt == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
