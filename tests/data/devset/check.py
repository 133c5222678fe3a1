"""Check development-set files: anchors verbatim in the article, names resolved. No belreader.

python3 tests/data/devset/check.py [FILE ...]   (default: every file of the set)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
BBC = next(
    (p / "shared" / "corpora" / "bbc" for p in REPO.parents if (p / "shared" / "corpora" / "bbc").is_dir()),
    REPO.parent / "shared" / "corpora" / "bbc",
)  # beside the checkout, or beside a folder above it (a worktree)
ROOTS = {"bbc": BBC, "seeds": REPO / "data" / "articles"}
TYPES = {"PERSON", "ORG", "PLACE"}


def article_text(path: str) -> str:
    root, _, rest = path.partition("/")
    raw = (ROOTS[root] / rest).read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def check(file: Path) -> list[str]:
    problems = []
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    text = article_text(data["path"])
    names = set()
    for entity in data.get("entity", []):
        names.add(entity["name"])
        if entity.get("type") not in TYPES:
            problems.append(f"entity {entity['name']!r}: type {entity.get('type')!r}")
        for form in entity.get("forms", []):
            if form not in text:
                problems.append(f"entity {entity['name']!r}: form {form!r} not in the text")
    for i, claim in enumerate(data.get("claim", []), 1):
        for key in ("starts", "ends"):
            if claim.get(key, "") not in text or not claim.get(key):
                problems.append(f"claim {i}: {key} {claim.get(key)!r} not in the text")
        a = text.find(claim.get("starts", "\0"))
        if a >= 0 and text.find(claim.get("ends", "\0"), a) < 0:
            problems.append(f"claim {i}: ends not after starts")
        if a >= 0 and claim.get("starts") and text.find(claim["starts"], a + 1) >= 0:
            problems.append(f"claim {i}: starts {claim['starts']!r} occurs more than once (the first is used)")
        for key in ("speaker", "outlet"):
            if claim.get(key) and claim[key] not in names:
                problems.append(f"claim {i}: {key} {claim[key]!r} is not an [[entity]] name")
    return problems


def main() -> int:
    files = [Path(f) for f in sys.argv[1:]] or sorted(HERE.glob("*/*.toml"))
    bad = 0
    for file in files:
        problems = check(file)
        bad += bool(problems)
        for problem in problems:
            print(f"{file.name}: {problem}")
    print(f"{len(files)} files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
