"""Tests of the corpus loader (`belreader.corpus`): seeds, formats, encodings, skips, safety.

Fixtures are small files built in `tmp_path`; the BBC corpus is read in place
(never copied) when it is present on the machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belreader.article import PARAGRAPH_SEPARATOR, Article
from belreader.corpus import CorpusError, LoadReport, clean_text, load_corpus, load_file

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "data" / "articles"
BBC = Path("/work/shared/corpora/bbc")

SEED_IDS = [
    "000_080d1da5f101e41c",
    "001_68081da56b0bdd5a",
    "002_e2f35a6c22e8e673",
    "003_30002c4a879dc3c8",
    "004_d5b4466af88ebe81",
]


# --------------------------------------------------------------------------- helpers


def write(root: Path, files: dict[str, bytes | str]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return root


def load(root: Path, files: dict[str, bytes | str], **kwargs) -> LoadReport:
    return load_corpus(write(root, files), **kwargs)


def by_id(report: LoadReport) -> dict[str, Article]:
    return {a.id: a for a in report.articles}


def only(report: LoadReport) -> Article:
    assert len(report.articles) == 1, (report.articles, report.skipped)
    return report.articles[0]


def skipped_reasons(report: LoadReport) -> dict[str, str]:
    return {s.path.name: s.reason for s in report.skipped}


def assert_offsets_exact(article: Article) -> None:
    """Paragraph spans slice the body exactly and the body is the spans joined by a blank line."""
    texts = []
    for i, p in enumerate(article.paragraphs):
        assert p.index == i
        text = article.body[p.start : p.end]
        assert text, f"empty paragraph {i} in {article.id}"
        assert text == text.strip(), f"paragraph {i} of {article.id} has outer whitespace: {text!r}"
        assert article.paragraph_text(p) == text
        texts.append(text)
    assert PARAGRAPH_SEPARATOR.join(texts) == article.body


# A plain news text with enough paragraphs that the tail rules apply.
NEWS_PARAS = [
    "The central bank raised interest rates by a quarter point on Thursday, citing persistent inflation.",
    "Officials said the decision was unanimous and that further increases remained possible this year.",
    "Markets reacted calmly, with the main index closing slightly higher in afternoon trading.",
    "Economists had widely expected the move after a series of strong employment reports.",
    "The next policy meeting is scheduled for early spring, the bank said in a statement.",
    "Analysts will be watching wage growth closely in the coming months, one trader noted.",
]


def news(*extra_tail: str, title: str = "Bank raises rates again") -> str:
    return "\n\n".join([title, *NEWS_PARAS, *extra_tail]) + "\n"


# --------------------------------------------------------------------------- the five seeds


@pytest.fixture(scope="module")
def seeds() -> LoadReport:
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def seed(seeds) -> dict[str, Article]:
    return {a.id[:3]: a for a in seeds.articles}


def test_seed_path_is_relative_to_repo_root():
    assert SEEDS.relative_to(REPO_ROOT) == Path("data/articles")
    assert SEEDS.is_dir()


def test_seeds_load_with_stable_ids_no_skips_no_warnings(seeds):
    assert [a.id for a in seeds.articles] == SEED_IDS
    assert seeds.skipped == []
    assert seeds.warnings == []
    assert seeds.root == SEEDS.resolve()
    for article in seeds.articles:
        assert article.path == SEEDS.resolve() / f"{article.id}.txt"
        assert article.encoding == "utf-8"
        assert article.size == article.path.stat().st_size
        assert article.mtime == article.path.stat().st_mtime


def test_seed_000_title_subtitle_publisher(seed):
    a = seed["000"]
    assert a.title == "Lukashenko Holds His Own With Putin in Sochi"
    assert a.title_derived is False
    assert a.subtitle is not None and a.subtitle.startswith("No more intends to kneel")
    assert a.subtitle == "No more intends to kneel before the Kremlin as he has before the West or the protesters"
    assert a.publisher == "The Jamestown Foundation"
    assert a.author is None
    assert a.body.startswith("Putin and Lukashenka conferred, one-on-one")
    assert a.title not in a.body and a.subtitle not in a.body


def test_seed_001_title_byline_bio_publisher(seed):
    a = seed["001"]
    assert a.title == "Does Putin Still Distrust Lukashenka?"
    assert a.title_derived is False
    assert a.subtitle is None
    assert a.author == "Ksenia Kirillova"
    assert a.author_bio is not None
    assert a.author_bio.startswith("Ksenia Kirillova is an investigative journalist and analyst")
    assert a.publisher == "Eurasian Research and Analysis Institute"
    assert "Op-Ed Contributor" not in a.body
    assert a.body.startswith("Following the meeting of Belarusian President")


def test_seed_002_title_author_from_bio_publisher(seed):
    a = seed["002"]
    assert a.title == "Dialog of dictators: How Putin and Lukashenka really talk to each other"
    assert a.title_derived is False
    assert a.author == "Brian Whitmore"
    assert a.author_bio is not None and a.author_bio.startswith("Brian Whitmore is a Nonresident Senior Fellow")
    assert a.publisher is not None and "Atlantic Council" in a.publisher
    assert a.body.startswith("In a ritual that is becoming as frequent")


def test_seed_003_closing_publisher_line(seed):
    a = seed["003"]
    assert a.title == "Belarus Leader Entreats Putin For Support As Crackdown Fails To Dispel Protests"
    assert a.publisher == "The Organization for World Peace"
    assert a.author is None
    assert not a.body.rstrip().endswith("The Organization for World Peace")


def test_seed_004_derived_title_keeps_first_paragraph(seed):
    a = seed["004"]
    first_line = (SEEDS / f"{SEED_IDS[4]}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    assert a.title_derived is True
    assert a.title.startswith("Alexander Lukashenko and Vladimir Putin have altered their tactics")
    assert len(a.title) <= 91
    assert first_line.startswith(a.title.rstrip("…"))
    assert a.subtitle is None
    assert a.paragraph_text(0) == first_line.strip()
    assert a.body.startswith(first_line.strip())


def test_seed_004_all_caps_lines_are_headings(seed):
    a = seed["004"]
    headings = [a.paragraph_text(p) for p in a.paragraphs if p.kind == "heading"]
    assert headings == ["SIGHTS TRAINED ON KYIV", "MOSCOW DIGS IN ITS HEELS ON NORMANDY TALKS"]
    assert all(p.is_heading for p in a.paragraphs if p.kind == "heading")
    assert len(a.text_paragraphs) == len(a.paragraphs) - 2
    assert a.removed == []


def test_seed_boilerplate_counts(seed, seeds):
    counts = {k: len(a.removed) for k, a in seed.items()}
    assert counts == {"000": 19, "001": 11, "002": 6, "003": 1, "004": 0}
    assert sum(len(a.removed) for a in seeds.articles) == 37


def test_seed_total_paragraph_count_is_113(seeds):
    total = 0
    for a in seeds.articles:
        titles = (0 if a.title_derived else 1) + (1 if a.subtitle else 0)
        total += len(a.paragraphs) + len(a.removed) + titles
    assert total == 113
    assert sum(len(a.paragraphs) for a in seeds.articles) == 113 - 37 - 5


def test_seed_000_removed_reasons(seed):
    a = seed["000"]
    reasons = [b.reason for b in a.removed]
    assert reasons[0] == "source line"
    assert a.removed[0].text == "Source: The Jamestown Foundation"
    assert reasons.count("reader comments") == 16
    assert reasons[-2:] == ["comment form", "comment form"]
    texts = [b.text for b in a.removed]
    assert "Leave A Reply" in texts
    # nested replies are removed along with the top-level comments
    assert "1. Dan Greene says" in texts
    assert "2. disqus_3BrONUAJno says" in texts
    assert "So what specifically do you want Putin to do?" in texts
    assert any(t.startswith("Are you of the opinion") for t in texts)
    assert "And the Louisiana Purchase?" in texts


def test_seed_001_removed_reasons(seed):
    reasons = [b.reason for b in seed["001"].removed]
    assert reasons == ["byline", "author bio", "publisher disclaimer"] + ["share links"] * 8
    assert seed["001"].removed[0].text == "Ksenia Kirillova (Op-Ed Contributor)"


def test_seed_002_removed_reasons(seed):
    removed = seed["002"].removed
    assert [b.reason for b in removed] == [
        "author bio",
        "further reading",
        "views disclaimer",
        "after-article material",
        "follow-us links",
        "image caption",
    ]
    assert removed[1].text == "Further reading"
    assert removed[3].text.startswith("The Eurasia Center’s mission")
    assert removed[4].text.startswith("Follow us on social media")
    assert removed[5].text.startswith("Image: Meetings between")


def test_seed_003_removed_reason(seed):
    assert [(b.text, b.reason) for b in seed["003"].removed] == [("The Organization for World Peace", "publisher line")]


def test_seed_removed_text_not_in_body(seeds):
    for a in seeds.articles:
        for block in a.removed:
            assert block.text not in a.body, (a.id, block)


def test_seed_paragraph_offsets_slice_body_exactly(seeds):
    for a in seeds.articles:
        assert a.paragraphs
        assert_offsets_exact(a)
        assert a.paragraph_at(a.paragraphs[-1].start) == a.paragraphs[-1]
        assert a.paragraph_at(len(a.body)) is None


def test_seed_content_hash_is_sha256_of_file_bytes(seeds):
    for a in seeds.articles:
        assert a.content_hash == hashlib.sha256((SEEDS / f"{a.id}.txt").read_bytes()).hexdigest()
    assert len({a.content_hash for a in seeds.articles}) == 5


def test_seed_loading_twice_is_stable(seeds):
    again = load_corpus(SEEDS)
    assert [(a.id, a.content_hash, a.title, a.body) for a in again.articles] == [
        (a.id, a.content_hash, a.title, a.body) for a in seeds.articles
    ]


# --------------------------------------------------------------------------- Markdown


def test_md_yaml_front_matter_wins_over_heuristics(tmp_path):
    text = (
        "---\n"
        "title: Front Matter Title\n"
        "author: Jane Roe\n"
        "publisher: Front Publisher\n"
        "date: 2021-09-14\n"
        "url: https://example.org/a\n"
        "tags: [belarus, russia]\n"
        "---\n"
        "A Heuristic Title Line\n\n"
        "John Smith (Staff Writer)\n\n"
        "First paragraph of the article.\n\n"
        "Second paragraph of the article.\n\n"
        "Third paragraph.\n"
    )
    a = only(load(tmp_path, {"fm.md": text}))
    assert a.id == "fm"
    assert a.title == "Front Matter Title"
    assert a.title_derived is False
    assert a.author == "Jane Roe"
    assert a.publisher == "Front Publisher"
    assert a.date == "2021-09-14"
    assert a.url == "https://example.org/a"
    assert a.tags == ["belarus", "russia"]
    assert "title:" not in a.body and "---" not in a.body
    assert "First paragraph of the article." in a.body
    assert a.warnings == []
    assert_offsets_exact(a)


def test_md_toml_front_matter(tmp_path):
    text = (
        "+++\n"
        'title = "Toml Title"\n'
        'author = "Tom L"\n'
        'publisher = "Toml Press"\n'
        'tags = ["a", "b"]\n'
        "+++\n\n"
        "Body paragraph one.\n\n"
        "Body paragraph two.\n"
    )
    a = only(load(tmp_path, {"t.md": text}))
    assert (a.title, a.author, a.publisher, a.tags) == ("Toml Title", "Tom L", "Toml Press", ["a", "b"])
    assert a.body == "Body paragraph one.\n\nBody paragraph two."
    assert "+++" not in a.body


def test_md_broken_yaml_front_matter_warns_and_loads(tmp_path):
    text = "---\ntitle: [unclosed\nauthor: : :\n---\n\nBroken Front Matter Post\n\nThe text survives.\n"
    report = load(tmp_path, {"broken.md": text, "ok.txt": news()})
    a = by_id(report)["broken"]
    assert "The text survives." in a.body
    assert any("front matter" in w for w in a.warnings)
    assert [w.path.name for w in report.warnings] == ["broken.md"]
    assert "front matter" in report.warnings[0].message
    assert "ok" in by_id(report)


def test_md_unclosed_front_matter_warns(tmp_path):
    report = load(tmp_path, {"u.md": "---\ntitle: x\n\nNo closing fence here.\n"})
    a = only(report)
    assert "No closing fence here." in a.body
    assert any("not closed" in w.message for w in report.warnings)


def test_md_broken_toml_front_matter_warns(tmp_path):
    report = load(tmp_path, {"bt.md": "+++\ntitle = = \n+++\n\nToml broken\n\nBody stays.\n"})
    a = only(report)
    assert "Body stays." in a.body
    assert any("toml" in w.message for w in report.warnings)


def test_md_h1_is_title_headings_and_links(tmp_path):
    text = (
        "# The Markdown Title\n\n"
        "Intro with a [link text](https://example.org/x) and **bold** and `code`.\n\n"
        "## Background\n\n"
        "More text here.\n\n"
        "![an image](img.png)\n"
    )
    a = only(load(tmp_path, {"m.md": text}))
    assert a.title == "The Markdown Title"
    assert a.title_derived is False
    assert "Intro with a link text (https://example.org/x) and bold and code." in a.body  # the URL is kept
    assert "](" not in a.body and "**" not in a.body and "`" not in a.body
    assert "img.png" not in a.body and "an image" in a.body  # an image is its alt text
    assert "# " not in a.body
    kinds = {a.paragraph_text(p): p.kind for p in a.paragraphs}
    assert kinds["Background"] == "heading"
    assert kinds["More text here."] == "text"
    assert_offsets_exact(a)


def test_md_headings_without_h1_are_headings(tmp_path):
    text = "Plain title line\n\nSome text here.\n\n## Background\n\nMore text.\n"
    a = only(load(tmp_path, {"a.md": text}))
    assert a.title == "Plain title line"
    kinds = {a.paragraph_text(p): p.kind for p in a.paragraphs}
    assert kinds["Background"] == "heading"


def test_md_with_h1_keeps_removed_blocks_and_byline(tmp_path):
    text = "# Head\n\nJane Doe (Staff Writer)\n\nBody text one.\n\nBody two.\n\nBody three.\n\nShare on twitter\n"
    a = only(load(tmp_path, {"b.md": text}))
    assert "Share on twitter" not in a.body
    assert "Jane Doe" not in a.body
    assert a.author == "Jane Doe"
    assert ("Share on twitter", "share links") in [(b.text, b.reason) for b in a.removed]


def test_md_emphasis_removal_leaves_no_outer_whitespace(tmp_path):
    a = only(load(tmp_path, {"d.md": "# T\n\n** x\n\n[ link ](http://x) text\n"}))
    assert_offsets_exact(a)


def test_md_emphasis_cleanup_strips_and_drops_empty_paragraphs(tmp_path):
    a = only(load(tmp_path, {"d.md": "# T\n\n** x\n\n**\n\n[ link ](http://x) text\n\n## **Sub**\n\nEnd.\n"}))
    assert [a.paragraph_text(p) for p in a.paragraphs] == ["x", "link (http://x) text", "Sub", "End."]
    assert [p.kind for p in a.paragraphs] == ["text", "text", "heading", "text"]
    assert_offsets_exact(a)


def test_md_inline_emphasis_becomes_plain_text_and_links_keep_their_urls(tmp_path):
    text = (
        "# A *very* _serious_ title\n\n"
        "The *first* and _second_ and ***third*** and ~~struck~~ words, in snake_case and 2 * 3 * 4.\n\n"
        'See [the report](https://news.test/a_b*c_d "Its title") and <https://news.test/auto_link>, '
        "[a relative page](/local/page) and [https://news.test/x](https://news.test/x).\n\n"
        "Escaped \\*stars\\* stay, and `code *kept* as is`.\n"
    )
    a = only(load(tmp_path, {"e.md": text}))
    assert a.title == "A very serious title"
    assert a.paragraph_text(0) == ("The first and second and third and struck words, in snake_case and 2 * 3 * 4.")
    assert a.paragraph_text(1) == (
        "See the report (https://news.test/a_b*c_d) and https://news.test/auto_link, "
        "a relative page and https://news.test/x."
    )
    assert a.paragraph_text(2) == "Escaped *stars* stay, and code *kept* as is."
    assert_offsets_exact(a)


def test_md_inline_markup_runs_stay_linear(tmp_path):
    import time

    hostile = "# T\n\n" + "*a _b [c](d " * 20_000 + "\n"
    started = time.perf_counter()
    only(load(tmp_path, {"h.md": hostile}))
    assert time.perf_counter() - started < 5


def test_html_canonical_link_is_the_article_url(tmp_path):
    head = '<link rel="stylesheet" href="/s.css"><link rel="alternate canonical" href="https://news.test/story">'
    og = '<meta property="og:url" content="https://og.test/story">'
    body = "<body><p>Some body text.</p></body>"
    a = only(load(tmp_path, {"c.html": f"<html><head>{head}{og}</head>{body}</html>"}))
    assert a.url == "https://news.test/story"
    b = only(load(tmp_path / "og", {"o.html": f"<html><head>{og}</head>{body}</html>"}))
    assert b.url == "https://og.test/story"
    relative = '<link rel="canonical" href="/news/story-1">'
    c = only(load(tmp_path / "rel", {"r.html": f"<html><head>{og}{relative}</head>{body}</html>"}))
    assert c.url == "https://og.test/news/story-1"  # resolved against the page's own URL
    d = only(load(tmp_path / "bare", {"b.html": f"<html><head>{relative}</head>{body}</html>"}))
    assert d.url is None  # a relative URL with nothing to resolve it against is no citation


def test_md_heading_after_title_is_not_a_subtitle(tmp_path):
    a = only(load(tmp_path, {"s.md": "Plain title line\n\n## A Heading Of Four Words\n\nBody text.\n"}))
    assert a.title == "Plain title line"
    assert a.subtitle is None
    kinds = {a.paragraph_text(p): p.kind for p in a.paragraphs}
    assert kinds == {"A Heading Of Four Words": "heading", "Body text.": "text"}


def test_md_front_matter_title_keeps_removed_blocks(tmp_path):
    text = "---\ntitle: Front Title\n---\nBody one.\n\nBody two.\n\nBody three.\n\n## Further reading\n\nLink list\n"
    a = only(load(tmp_path, {"f.md": text}))
    assert a.title == "Front Title"
    assert a.body == "Body one.\n\nBody two.\n\nBody three."
    assert [(b.text, b.reason) for b in a.removed] == [
        ("Further reading", "further reading"),
        ("Link list", "after-article material"),
    ]


# --------------------------------------------------------------------------- HTML


HTML_DOC = """<!doctype html>
<html><head>
<title>Html Headline | Example News</title>
<meta name="author" content="Ann Author">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-09-14">
<style>p { color: red; } .secret-style {}</style>
<script>var secretScript = "do not show";</script>
</head><body>
<nav>Home | Sections | secret-nav</nav>
<h1>Html Headline</h1>
<p>Smith &amp; Sons said the deal was &quot;done&quot; &mdash; finally.</p>
<p>Second <b>bold</b> paragraph with <a href="https://x.org">a link</a>.</p>
<script>alert("secret-inline")</script>
<footer>secret-footer</footer>
</body></html>
"""


def test_html_title_meta_script_style_entities(tmp_path):
    a = only(load(tmp_path, {"page.html": HTML_DOC}))
    assert a.id == "page"
    assert a.title == "Html Headline"
    assert a.author == "Ann Author"
    assert a.publisher == "Example News"
    assert a.date == "2021-09-14"
    for secret in ("secret", "color: red", "alert(", "<", ">"):
        assert secret not in a.body, secret
    assert 'Smith & Sons said the deal was "done" — finally.' in a.body
    assert "Second bold paragraph with a link." in a.body
    assert "&amp;" not in a.body
    assert "Html Headline" not in a.body
    assert_offsets_exact(a)


def test_html_title_from_h1_when_no_title_tag(tmp_path):
    doc = "<html><body><h1>Only &amp; H1</h1><p>Para one text.</p><p>Para two text.</p></body></html>"
    a = only(load(tmp_path, {"x.htm": doc}))
    assert a.title == "Only & H1"
    assert a.body == "Para one text.\n\nPara two text."


def test_html_title_tag_without_h1(tmp_path):
    doc = "<html><head><title>Title Tag Only</title></head><body><p>Some body.</p></body></html>"
    a = only(load(tmp_path, {"y.html": doc}))
    assert a.title == "Title Tag Only"
    assert a.body == "Some body."


def test_html_entities_decoded_once(tmp_path):
    doc = "<html><body><h1>T</h1><p>Write &amp;lt;b&amp;gt; for bold; AT&amp;amp;T.</p></body></html>"
    a = only(load(tmp_path, {"e.html": doc}))
    assert a.body == "Write &lt;b&gt; for bold; AT&amp;T."


def test_html_h2_is_heading(tmp_path):
    doc = "<html><body><h1>T</h1><p>Intro text.</p><h2>Background</h2><p>More text.</p></body></html>"
    a = only(load(tmp_path, {"h.html": doc}))
    kinds = {a.paragraph_text(p): p.kind for p in a.paragraphs}
    assert kinds["Background"] == "heading"


def test_html_h3_to_h6_are_headings_and_explicit_title_skips_heuristics(tmp_path):
    doc = (
        "<html><head><title>Page Title</title></head><body><p>Short line of four words</p>"
        "<h3>Three</h3><p>Text.</p><h6>Six</h6><p>More.</p></body></html>"
    )
    a = only(load(tmp_path, {"h.html": doc}))
    assert a.title == "Page Title" and a.subtitle is None
    kinds = [(a.paragraph_text(p), p.kind) for p in a.paragraphs]
    assert kinds == [
        ("Short line of four words", "text"),
        ("Three", "heading"),
        ("Text.", "text"),
        ("Six", "heading"),
        ("More.", "text"),
    ]
    assert_offsets_exact(a)


def test_html_without_text_is_skipped(tmp_path):
    report = load(tmp_path, {"empty.html": "<html><script>x()</script></html>", "ok.txt": news()})
    assert "empty.html" in skipped_reasons(report)
    assert [a.id for a in report.articles] == ["ok"]


# --------------------------------------------------------------------------- JSON / JSONL


def test_json_single_object(tmp_path):
    record = {
        "title": "Json Title",
        "body": "First json paragraph.\n\nSecond json paragraph.",
        "author": "J. Son",
        "publisher": "Json Times",
        "date": "2020-01-02",
        "url": "https://j.example/1",
        "tags": "one, two",
    }
    a = only(load(tmp_path, {"one.json": json.dumps(record)}))
    assert a.id == "one"
    assert (a.title, a.author, a.publisher, a.date, a.url) == (
        "Json Title",
        "J. Son",
        "Json Times",
        "2020-01-02",
        "https://j.example/1",
    )
    assert a.tags == ["one", "two"]
    assert a.body == "First json paragraph.\n\nSecond json paragraph."


def test_json_list_of_objects(tmp_path):
    records = [
        {"title": "A", "text": "Alpha text."},
        {"title": "B", "content": "Beta text."},
        {"id": "custom", "title": "C", "body": "Gamma text."},
    ]
    articles = by_id(load(tmp_path, {"many.json": json.dumps(records)}))
    assert set(articles) == {"many/0", "many/1", "many/custom"}
    assert articles["many/0"].body == "Alpha text."
    assert articles["many/1"].body == "Beta text."
    assert articles["many/custom"].title == "C"


def test_json_articles_wrapper(tmp_path):
    data = {"articles": [{"title": "X", "body": "Ex body."}, {"title": "Y", "body": "Why body."}]}
    articles = by_id(load(tmp_path, {"wrap.json": json.dumps(data)}))
    assert {k: v.title for k, v in articles.items()} == {"wrap/0": "X", "wrap/1": "Y"}


def test_jsonl_records(tmp_path):
    lines = [
        json.dumps({"id": "r1", "title": "R1", "body": "Record one."}),
        "",
        json.dumps({"title": "R2", "body": "Record two."}),
        json.dumps({"id": 7, "title": "R3", "text": "Record three."}),
    ]
    report = load(tmp_path, {"sub/feed.jsonl": "\n".join(lines) + "\n"})
    articles = by_id(report)
    assert set(articles) == {"sub/feed/r1", "sub/feed/1", "sub/feed/7"}
    assert articles["sub/feed/1"].body == "Record two."
    assert articles["sub/feed/7"].title == "R3"
    assert report.skipped == []


def test_json_without_body_is_skipped(tmp_path):
    report = load(tmp_path, {"nobody.json": json.dumps({"title": "Only a title"}), "ok.txt": news()})
    reasons = skipped_reasons(report)
    assert "nobody.json" in reasons
    assert "body" in reasons["nobody.json"]
    assert "\n" not in reasons["nobody.json"]
    assert [a.id for a in report.articles] == ["ok"]


@pytest.mark.parametrize(
    "name, content, word",
    [
        ("bad.json", "{not json", "invalid JSON at line 1"),
        ("bad.jsonl", "{broken\n", "line 1: invalid JSON"),
        ("scalar.json", "42", "body"),
    ],
)
def test_invalid_json_is_skipped_with_reason(tmp_path, name, content, word):
    report = load(tmp_path, {name: content, "ok.txt": news()})
    reasons = skipped_reasons(report)
    assert name in reasons and word in reasons[name] and "\n" not in reasons[name]
    assert [a.id for a in report.articles] == ["ok"]


def test_json_record_with_short_body_is_not_dropped(tmp_path):
    records = [
        {"title": "Headline", "body": "Officials confirm the new deal"},
        {"title": "Other", "body": "Longer body text here."},
    ]
    report = load(tmp_path, {"r.json": json.dumps(records)})
    articles = by_id(report)
    assert articles["r/1"].body == "Longer body text here."
    assert "r/0" in articles, (report.articles, report.skipped)
    assert articles["r/0"].body == "Officials confirm the new deal"


def test_json_records_without_article_are_reported_in_skipped(tmp_path):
    records = [
        {"title": "Good", "body": "Good body."},
        {"title": "No body"},
        "not an object",
        {"title": "Blank", "body": "  \u001b[31m "},
        {"id": "bp", "title": "Only boilerplate", "body": "Share on twitter"},
    ]
    report = load(tmp_path, {"r.json": json.dumps(records)})
    assert [a.id for a in report.articles] == ["r/0"]
    reasons = sorted(s.reason for s in report.skipped if s.path.name == "r.json")
    assert len(reasons) == 4, report.skipped
    assert [r.split(":")[0] for r in reasons] == ["record 1", "record 2", "record 3", "record 4 (id 'bp')"]
    assert all("\n" not in r for r in reasons)


def test_json_record_skips_without_a_skipped_list_become_warnings(tmp_path):
    path = write(tmp_path, {"r.jsonl": '{"title": "A", "body": "Alpha."}\n{"title": "B"}\n'}) / "r.jsonl"
    articles = load_file(path, tmp_path)
    assert [a.id for a in articles] == ["r/0"]
    assert any("record 1" in w for w in articles[0].warnings)


def test_json_without_title_one_line_body_is_kept(tmp_path):
    a = only(load(tmp_path, {"u.json": json.dumps({"body": "Officials confirm the new deal"})}))
    assert a.body == "Officials confirm the new deal"
    assert a.title == "Officials confirm the new deal" and a.title_derived is True


def test_cp1252_jsonl_warns_once_per_file(tmp_path):
    lines = [json.dumps({"title": f"T{i}", "body": "Caf\u00e9 body."}, ensure_ascii=False) for i in range(3)]
    report = load(tmp_path, {"w.jsonl": "\n".join(lines).encode("cp1252")})
    assert len(report.articles) == 3
    assert [w.message for w in report.warnings] == ["not valid UTF-8; decoded as cp1252"]


# --------------------------------------------------------------------------- encodings


def test_utf8_bom(tmp_path):
    raw = "\ufeffBom Title Here\n\nCafé au lait.\n".encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    report = load(tmp_path, {"bom.txt": raw})
    a = only(report)
    assert a.title == "Bom Title Here"
    assert "\ufeff" not in a.title and "\ufeff" not in a.body
    assert a.body == "Café au lait."
    assert a.encoding == "utf-8"
    assert report.warnings == []


def test_cp1252_fallback_warns_naming_the_file(tmp_path):
    raw = b"Price List\n\nHe said \x93quoted\x94 and paid \x80100.\n"
    report = load(tmp_path, {"win.txt": raw, "fine.txt": news()})
    a = by_id(report)["win"]
    assert a.encoding == "cp1252"
    assert "He said “quoted” and paid €100." == a.body
    assert len(report.warnings) == 1
    assert report.warnings[0].path.name == "win.txt"
    assert "win.txt" in str(report.warnings[0])
    assert "cp1252" in report.warnings[0].message
    assert by_id(report)["fine"].warnings == []


def test_invalid_cp1252_falls_back_to_latin1(tmp_path):
    raw = b"Menu Title\n\nCaf\xe9 \x81 ok.\n"  # 0x81 is undefined in cp1252
    report = load(tmp_path, {"lat.txt": raw})
    a = only(report)
    assert a.encoding == "latin-1"
    assert "Café" in a.body and "ok." in a.body
    assert "\x81" not in a.body
    assert [w.path.name for w in report.warnings] == ["lat.txt"]
    assert "latin-1" in report.warnings[0].message


# --------------------------------------------------------------------------- skips


@pytest.mark.parametrize(
    "name, content, reason_word",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n   \r\n", "empty"),
        ("binary.txt", b"Title\n\nsome\x00binary\x00data", "binary"),
        ("controls.txt", b"\x1b[31m\x07\x08", "no text"),
        ("doc.pdf", b"%PDF-1.4 text", "unsupported"),
        ("pic.png", b"\x89PNG\r\n", "unsupported"),
        ("README.txt", news(), "README"),
        ("LICENSE.md", news(), "licence"),
    ],
)
def test_skipped_with_one_line_reason_and_loading_continues(tmp_path, name, content, reason_word):
    report = load(tmp_path, {name: content, "zz_after.txt": news(), "aa_before.txt": news(title="Before")})
    reasons = skipped_reasons(report)
    assert name in reasons, report.skipped
    reason = reasons[name]
    assert reason_word.lower() in reason.lower()
    assert "\n" not in reason
    assert str(report.skipped[0]).startswith(str(tmp_path.resolve()))
    assert sorted(a.id for a in report.articles) == ["aa_before", "zz_after"]


def test_file_over_max_bytes_is_skipped(tmp_path):
    big = news() * 5
    report = load(tmp_path, {"big.txt": big, "small.txt": "Small\n\nTiny body.\n"}, max_bytes=200)
    reasons = skipped_reasons(report)
    assert "larger than" in reasons["big.txt"]
    assert f"{len(big.encode()):,}" in reasons["big.txt"]
    assert [a.id for a in report.articles] == ["small"]
    # with the default cap both load
    assert len(load_corpus(tmp_path).articles) == 2


def test_file_over_max_bytes_is_skipped_with_warning_and_human_size(tmp_path):
    big = "Big\n\n" + "word " * 1000
    report = load(tmp_path, {"big.txt": big, "small.txt": "Small\n\nTiny body.\n"}, max_bytes=2048)
    reasons = skipped_reasons(report)
    assert reasons["big.txt"] == f"larger than the 2 KB limit ({len(big.encode()):,} bytes)"
    assert [w.path.name for w in report.warnings] == ["big.txt"]
    assert "2 KB limit" in report.warnings[0].message
    assert [a.id for a in report.articles] == ["small"]


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    write(tmp_path, {"locked.txt": news(), "open.txt": news()})
    locked = tmp_path / "locked.txt"
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        # Running as root, chmod 000 stops nothing: make opening that one file fail as it would.
        real_open = os.open

        def refusing_open(path, *args, **kwargs):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    try:
        report = load_corpus(tmp_path)
        reasons = skipped_reasons(report)
        assert reasons["locked.txt"] == "unreadable (Permission denied)"
        assert [a.id for a in report.articles] == ["open"]
    finally:
        locked.chmod(0o644)


def test_dotfiles_and_dot_folders_ignored(tmp_path):
    report = load(
        tmp_path,
        {".hidden.txt": news(), ".git/config.txt": news(), "visible.txt": news(), ".DS_Store": b"\x00\x01"},
    )
    assert [a.id for a in report.articles] == ["visible"]
    assert report.skipped == []


def test_nested_folders_give_relative_ids(tmp_path):
    report = load(tmp_path, {"sport/199.txt": news(), "politics/uk/7.md": news(), "top.txt": news()})
    assert sorted(a.id for a in report.articles) == ["politics/uk/7", "sport/199", "top"]
    a = by_id(report)["sport/199"]
    assert a.path == tmp_path.resolve() / "sport" / "199.txt"


def test_duplicate_ids_one_skipped(tmp_path):
    report = load(tmp_path, {"a.txt": news(title="From txt"), "a.md": news(title="From md")})
    assert [a.id for a in report.articles] == ["a"]
    assert len(report.skipped) == 1
    assert "duplicate" in report.skipped[0].reason and "'a'" in report.skipped[0].reason
    loaded_from = report.articles[0].path.name
    assert report.skipped[0].path.name in {"a.txt", "a.md"} - {loaded_from}


def test_progress_callback(tmp_path):
    write(tmp_path, {"a.txt": news(), "b.txt": news(), "c.pdf": b"x"})
    calls = []
    load_corpus(tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]


# --------------------------------------------------------------------------- errors


def test_missing_path_raises_corpus_error(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(CorpusError) as info:
        load_corpus(missing)
    assert str(missing) in str(info.value)


def test_file_as_root_raises_corpus_error(tmp_path):
    f = write(tmp_path, {"f.txt": news()}) / "f.txt"
    with pytest.raises(CorpusError) as info:
        load_corpus(f)
    assert str(f) in str(info.value)
    assert "file" in str(info.value)


# --------------------------------------------------------------------------- terminal safety


def test_escape_sequences_and_controls_stripped(tmp_path):
    raw = (
        "Red \x1b[31mAlert\x1b[0m Title\n\n"
        "Copy \x1b]52;c;ZXZpbA==\x07this text.\n\n"
        "Bell\x07 and back\x08space and c1\u0085\u009b31mcontrol kept words.\n\n"
        "Title hint \x1b]0;pwned\x1b\\ done.\n"
    ).encode("utf-8")
    a = only(load(tmp_path, {"evil.txt": raw}))
    assert a.title == "Red Alert Title"
    for text in (a.title, a.body):
        for bad in ("\x1b", "\x07", "\x08", "\x85", "\x9b", "ZXZpbA", "pwned", "[31m", "52;c"):
            assert bad not in text, bad
        assert not any(0x80 <= ord(c) <= 0x9F or (ord(c) < 0x20 and c != "\n") for c in text)
    assert "Copy this text." in a.body
    assert "Bell and backspace and c1control kept words." in a.body
    assert "Title hint done." in a.body


@pytest.mark.parametrize(
    "raw",
    [
        b"Stray Escape Title\n\nFirst paragraph \x1b]0;x here.\n\nSecond paragraph survives.\n",
        b"Stray Escape Title\n\nFirst paragraph \x1bPutin said.\n\nSecond paragraph survives.\n",
        # invalid UTF-8 and 0x9D undefined in cp1252 -> latin-1 -> U+009D (C1 OSC)
        b"Stray Escape Title\n\nCaf\xe9 first paragraph \x9d here.\n\nSecond paragraph survives.\n",
    ],
    ids=["esc-osc", "esc-P", "latin1-0x9d"],
)
def test_stray_escape_does_not_swallow_rest_of_file(tmp_path, raw):
    a = only(load(tmp_path, {"stray.txt": raw}))
    assert "Second paragraph survives." in a.body


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a\x1bPutin said", "aPutin said"),
        ("x\x1b]8;;http://e.org\x1b\\link\x1b]8;;\x1b\\ y", "xlink y"),
        ("Copy \x1b]52;c;ZXZpbA==\x07this", "Copy this"),
        ("p \x1bP1;2qdata\x1b\\ q", "p  q"),
        ("\x1b(B\x1b[m ok\x1b=", " ok"),
        ("c1\u009b31mx \u009d0;t\u0007y", "c1x y"),
        ("line \x1b]0;unterminated\nnext line", "line \nnext line"),
        ("caf\u00e9 \u009d here.\nmore", "caf\u00e9  here.\nmore"),
    ],
)
def test_clean_text_escape_sequences(text, expected):
    assert clean_text(text) == expected


def test_unterminated_osc_is_bounded():
    text = "a \x1b]" + "x" * 10000 + " tail"
    cleaned = clean_text(text)
    assert cleaned.startswith("a ") and cleaned.endswith(" tail") and "\x1b" not in cleaned


def test_rich_markup_kept_literally(tmp_path):
    a = only(load(tmp_path, {"rich.txt": "Markup Test\n\nThis is [bold red]x[/] and [link=http://e]y[/link].\n"}))
    assert a.body == "This is [bold red]x[/] and [link=http://e]y[/link]."


def test_control_chars_in_json_metadata_stripped(tmp_path):
    # json.dumps writes the controls as \u001b escapes, so they only appear after JSON decoding
    record = {"title": "T\x1b[2Jitle", "author": "Ev\x07il", "publisher": "P\x85ub", "body": "Body text."}
    raw = json.dumps(record)
    assert "\x1b" not in raw and "\\u001b" in raw
    a = only(load(tmp_path, {"m.json": raw}))
    assert (a.title, a.author, a.publisher, a.body) == ("Title", "Evil", "Pub", "Body text.")


def test_control_chars_in_json_body_stripped(tmp_path):
    record = {"title": "T", "body": "Body\x1b]52;c;ZXZpbA==\x07 text \x1b[31mred\x1b[0m\x00."}
    a = only(load(tmp_path, {"m.json": json.dumps(record)}))
    assert "\x1b" not in a.body and "\x07" not in a.body and "\x00" not in a.body
    assert a.body == "Body text red."


def test_control_char_entities_in_html_stripped(tmp_path):
    # numeric character references for ESC/BEL/C1 must not turn into control characters
    doc = (
        "<html><head><title>Ti&#27;tle&#7;</title></head>"
        "<body><p>Pa&#x1b;ra&#7; one &#155; two&#x85;.</p></body></html>"
    )
    a = only(load(tmp_path, {"c.html": doc}))
    for text in (a.title, a.body):
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)
    assert a.title == "Title"
    assert a.body.startswith("Para one")


# --------------------------------------------------------------------------- symlinks


def test_symlink_loop_terminates_and_is_reported(tmp_path, monkeypatch):
    # Links inside the corpus are followed only when asked (issue 10, item 17): by default
    # they are counted once; when followed, a loop is reported and read once.
    write(tmp_path, {"a.txt": news(), "sub/b.txt": news()})
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path, tmp_path / "sub" / "back")
    report = load_corpus(tmp_path)
    assert sorted(a.id for a in report.articles) == ["a", "sub/b"]
    assert [s.reason for s in report.skipped] == [
        "2 symbolic links inside the corpus not followed (set BELREADER_FOLLOW_SYMLINKS=1 to follow them)"
    ]
    monkeypatch.setenv("BELREADER_FOLLOW_SYMLINKS", "1")
    report = load_corpus(tmp_path)
    assert sorted(a.id for a in report.articles) == ["a", "sub/b"]
    loops = [s for s in report.skipped if "loop" in s.reason]
    assert {s.path.name for s in loops} == {"loop", "back"}


def test_folder_symlink_out_of_the_corpus_is_not_followed(tmp_path, monkeypatch):
    # Was test_folder_symlink_is_followed: issue 10 (item 17) forbids following links out of the corpus.
    outside = tmp_path / "outside"
    write(outside, {"x.txt": news()})
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(outside, root / "linked")
    monkeypatch.setenv("BELREADER_FOLLOW_SYMLINKS", "1")
    report = load_corpus(root)
    assert report.articles == []
    assert [s.reason for s in report.skipped] == ["1 symbolic link leads outside the corpus folder; not followed"]


# --------------------------------------------------------------------------- bylines / boilerplate


def test_op_ed_byline(tmp_path):
    a = only(
        load(
            tmp_path, {"b.txt": news(title="Op Ed Title").replace("\n\n", "\n\nJohn Public (Op-Ed Contributor)\n\n", 1)}
        )
    )
    assert a.title == "Op Ed Title"
    assert a.author == "John Public"
    assert [(b.text, b.reason) for b in a.removed] == [("John Public (Op-Ed Contributor)", "byline")]
    assert "Op-Ed" not in a.body
    assert a.body.startswith(NEWS_PARAS[0])


def test_source_line_comments_with_nested_replies(tmp_path):
    text = news(
        "Source: Example Wire",
        "  1. alice says",
        "    Great piece, thanks.",
        "    1. bob says",
        "      I disagree entirely.",
        "  2. carol says",
        "    Another view here.",
        "Leave A Reply",
    )
    a = only(load(tmp_path, {"c.txt": text}))
    assert a.publisher == "Example Wire"
    assert a.body == "\n\n".join(NEWS_PARAS)
    removed = [(b.text, b.reason) for b in a.removed]
    assert removed[0] == ("Source: Example Wire", "source line")
    assert ("1. bob says", "reader comments") in removed
    assert ("I disagree entirely.", "reader comments") in removed
    assert ("Another view here.", "reader comments") in removed
    assert removed[-1] == ("Leave A Reply", "comment form")
    assert len(removed) == 8


def test_comments_without_source_line(tmp_path):
    text = news("1. someone says", "Nice article.", "2. other says", "Bad article.")
    a = only(load(tmp_path, {"c.txt": text}))
    assert a.body == "\n\n".join(NEWS_PARAS)
    assert [b.reason for b in a.removed] == ["reader comments"] * 4


@pytest.mark.parametrize(
    "tail, reason",
    [
        ("Share on twitter", "share links"),
        ("Share this article", "share links"),
        ("Follow us on social media", "follow-us links"),
        ("Further reading", "further reading"),
        ("Read more", "related links"),
    ],
)
def test_end_markers_removed_with_reason(tmp_path, tail, reason):
    a = only(load(tmp_path, {"e.txt": news(tail, "Trailing junk after the marker.")}))
    assert a.body == "\n\n".join(NEWS_PARAS)
    assert (tail, reason) == (a.removed[0].text, a.removed[0].reason)
    assert a.removed[1].text == "Trailing junk after the marker."


def test_views_disclaimer_gives_publisher(tmp_path):
    disclaimer = (
        "The views expressed in Bulletin are solely those of the authors and do not necessarily "
        "reflect the views of the Foo Institute, its staff, or its supporters."
    )
    a = only(load(tmp_path, {"v.txt": news(disclaimer)}))
    assert a.publisher == "Foo Institute"
    assert [(b.text, b.reason) for b in a.removed] == [(disclaimer, "views disclaimer")]
    assert "views expressed" not in a.body


def test_image_caption_removed_anywhere(tmp_path):
    text = news().replace(NEWS_PARAS[1], "Image: A caption describing the photo\n\n" + NEWS_PARAS[1])
    a = only(load(tmp_path, {"i.txt": text}))
    assert [(b.text, b.reason) for b in a.removed] == [("Image: A caption describing the photo", "image caption")]
    assert a.body == "\n\n".join(NEWS_PARAS)


def test_author_bio_in_tail(tmp_path):
    bio = "Maria Lopez is a senior fellow at the Example Center for Policy, where she studies trade."
    a = only(load(tmp_path, {"bio.txt": news(bio)}))
    assert a.author == "Maria Lopez"
    assert a.author_bio == bio
    assert [(b.text, b.reason) for b in a.removed] == [(bio, "author bio")]
    assert a.publisher == "Example Center for Policy"


def test_produced_by_disclaimer(tmp_path):
    line = "This article is produced by the Example Analysis Institute, a nonprofit research group."
    a = only(load(tmp_path, {"p.txt": news(line, "Share this post")}))
    assert a.publisher == "Example Analysis Institute"
    assert [b.reason for b in a.removed] == ["publisher disclaimer", "share links"]


def test_plain_news_text_loses_nothing(tmp_path):
    text = (
        "Ad sales boost Time Warner profit\n\n"
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months "
        "to December, from $639m year-earlier.\n\n"
        "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed "
        "internet connections and higher advert sales.\n\n"
        "Time Warner said on Friday that it now owns 8% of search-engine Google.\n\n"
        "But its own internet business, AOL, had mixed fortunes. It lost 464,000 subscribers in the fourth "
        "quarter profits were lower than in the preceding three quarters.\n\n"
        "The company said it would restate its results following a probe by the US Securities Exchange "
        "Commission (SEC), which is close to concluding.\n"
    )
    a = only(load(tmp_path, {"001.txt": text}))
    assert a.title == "Ad sales boost Time Warner profit"
    assert a.removed == []
    assert a.author is None and a.publisher is None
    expected = text.split("\n\n")[1:]
    assert a.body == "\n\n".join(p.strip() for p in expected)
    assert len(a.paragraphs) == 5
    assert all(p.kind == "text" for p in a.paragraphs)
    assert_offsets_exact(a)


@pytest.mark.parametrize(
    "first, expected",
    [("It began ... and then it ended without warning.", "It began"), (".", None)],
    ids=["ellipsis", "dot"],
)
def test_derived_title_is_trimmed_and_not_empty(tmp_path, first, expected):
    a = only(load(tmp_path, {"d.txt": f"{first}\n\nSecond paragraph text.\n"}))
    assert a.title_derived is True
    assert a.title and a.title == a.title.strip()
    if expected is not None:
        assert a.title == expected


def test_derived_title_is_cut_at_first_sentence(tmp_path):
    a = only(load(tmp_path, {"d.txt": "The minister resigned on Monday. Protests followed.\n\nMore text.\n"}))
    assert a.title == "The minister resigned on Monday"
    assert a.title_derived is True
    assert a.body.startswith("The minister resigned on Monday. Protests followed.")


def test_hard_wrapped_lines_are_joined(tmp_path):
    text = "Wrapped Title\n\nThis sentence is hard wrapped across lines and\ncontinues here on the next line.\n"
    a = only(load(tmp_path, {"w.txt": text}))
    assert a.body == "This sentence is hard wrapped across lines and continues here on the next line."
    assert len(a.paragraphs) == 1


# --------------------------------------------------------------------------- property test


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.binary(max_size=600))
def test_arbitrary_bytes_never_raise(txt_bytes, md_bytes):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "f.txt").write_bytes(txt_bytes)
        (root / "g.md").write_bytes(md_bytes)
        report = load_corpus(root)
        accounted = {a.path.name for a in report.articles} | {s.path.name for s in report.skipped}
        assert accounted == {"f.txt", "g.md"}
        assert {a.path.name for a in report.articles}.isdisjoint({s.path.name for s in report.skipped})
        for a in report.articles:
            assert "\x1b" not in a.body and "\x00" not in a.body
            assert "\x1b" not in a.title and "\x00" not in a.title
            for p in a.paragraphs:
                assert a.body[p.start : p.end] == a.body[p.start : p.end].strip()
            assert PARAGRAPH_SEPARATOR.join(a.body[p.start : p.end] for p in a.paragraphs) == a.body


_TEXTISH = st.lists(
    st.sampled_from(
        list("ab AZ.,:!?\n\n\t\r\"'()[]<>&;#*-1\x1b\x07\x08\x9b\x85\u00a0\u3000\ufeff")
        + [
            "Share on x",
            "Source: X Y",
            "1. a says",
            "Image: ",
            "\x1b[31m",
            "\x1b]52;c;QQ==\x07",
            "<p>",
            "</p>",
            "<h1>",
            "<script>",
            "&amp;",
            "Jane Doe (Staff Writer)",
            "SECTION HEAD",
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTISH, st.sampled_from([".txt", ".html", ".htm"]))
def test_structured_text_gives_clean_exact_articles(text, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / f"f{suffix}").write_text(text, encoding="utf-8")
        report = load_corpus(root)
        assert len(report.articles) + len(report.skipped) == 1
        for a in report.articles:
            for value in (a.title, a.body, a.subtitle or "", a.author or "", a.publisher or ""):
                assert not any(ord(c) < 0x20 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in value)
            assert "\n" not in a.title
            assert_offsets_exact(a)
            for block in a.removed:
                assert block.text and block.reason


# --------------------------------------------------------------------------- BBC corpus


@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not present at /work/shared/corpora/bbc")
def test_bbc_corpus_loads():
    report = load_corpus(BBC)
    assert len(report.articles) == 2225
    assert sorted(s.path.name for s in report.skipped) == ["README.txt", "UPSTREAM_README.TXT"]
    assert all("README" in s.reason for s in report.skipped)
    assert len(report.warnings) == 1
    warning = report.warnings[0]
    assert warning.path == BBC.resolve() / "sport" / "199.txt"
    assert "sport/199.txt" in str(warning)
    a = {x.id: x for x in report.articles}["sport/199"]
    assert a.encoding == "cp1252"
    assert "£15.8m" in a.body
    assert len({x.id for x in report.articles}) == 2225
    assert {x.id.split("/")[0] for x in report.articles} == {"business", "entertainment", "politics", "sport", "tech"}


def test_names_that_are_not_utf8_are_skipped_with_a_reason(tmp_path):
    import os as _os

    root = _os.fsencode(tmp_path)
    _os.makedirs(root + b"/sub\xff")
    with open(root + b"/sub\xff/a.txt", "wb") as handle:
        handle.write(news().encode("utf-8"))
    with open(root + b"/b\xfe.txt", "wb") as handle:
        handle.write(news().encode("utf-8"))
    write(tmp_path, {"good.txt": news()})
    report = load_corpus(tmp_path)
    assert [a.id for a in report.articles] == ["good"]
    reasons = sorted(s.reason for s in report.skipped)
    assert reasons == ["file name is not valid UTF-8; rename it", "folder name is not valid UTF-8; rename it"]
    for skipped in report.skipped:
        str(skipped).encode("utf-8")  # printable


def test_one_bad_jsonl_line_costs_only_its_record(tmp_path):
    content = '{"title": "A", "body": "First body."}\n{broken\n{"title": "C", "body": "Third body."}\n'
    report = load(tmp_path, {"feed.jsonl": content})
    assert [a.id for a in report.articles] == ["feed/0", "feed/2"]  # ids keep their record numbers
    assert [s.reason for s in report.skipped] == [
        "record 1: line 2: invalid JSON (Expecting property name enclosed in double quotes)"
    ]


def test_bidirectional_overrides_are_stripped(tmp_path):
    report = load(tmp_path, {"b.txt": "Title\n\nPay to \u202eevil\u202c account \u2066x\u2069 now.\n"})
    body = report.articles[0].body
    assert body == "Pay to evil account x now."


def test_size_cap_is_configurable_by_environment(tmp_path, monkeypatch):
    write(tmp_path, {"big.txt": news() + "x" * 3000, "small.txt": "Title\n\nShort.\n"})
    monkeypatch.setenv("BELREADER_MAX_FILE_MB", "0.002")
    report = load_corpus(tmp_path)
    assert [a.id for a in report.articles] == ["small"]
    assert "larger than the 2 KB limit" in skipped_reasons(report)["big.txt"]


def test_a_title_and_one_short_paragraph_is_an_article_not_a_title_page(tmp_path):
    root = write(tmp_path, {"short.txt": 'Loan talks\n\nTony Blair said: "The loan talks went well."\n'})
    article = load_file(root / "short.txt", root)[0]
    assert article.title == "Loan talks" and article.subtitle is None
    assert article.body == 'Tony Blair said: "The loan talks went well."'


def test_a_sentence_ending_in_a_closing_quote_is_no_subtitle(tmp_path):
    text = 'Loan talks\n\nHe said: "The talks went well for all."\n\nMinisters agreed on Monday.\n'
    article = load_file(write(tmp_path, {"q.txt": text}) / "q.txt", tmp_path)[0]
    assert article.subtitle is None and article.body.startswith("He said:")
    subtitled = "Loan talks\n\nMinsk and Moscow agree new terms\n\nMinisters agreed on Monday.\n"
    article = load_file(write(tmp_path, {"s.txt": subtitled}) / "s.txt", tmp_path)[0]
    assert article.subtitle == "Minsk and Moscow agree new terms"
