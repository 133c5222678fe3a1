"""Helpers for the NLP tests: hand-made Articles and the analysed seed corpus.

Not a conftest: test modules import what they need, so the NLP fixtures stay local.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from belreader.article import PARAGRAPH_SEPARATOR, Article, Paragraph
from belreader.nlp.aliases import EntityTable
from belreader.nlp.records import Claim, Mention

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "articles"
SEED_IDS = {
    "000": "000_080d1da5f101e41c",
    "001": "001_68081da56b0bdd5a",
    "002": "002_e2f35a6c22e8e673",
    "003": "003_30002c4a879dc3c8",
    "004": "004_d5b4466af88ebe81",
}


def make_article(
    text: str,
    article_id: str = "t",
    *,
    publisher: str | None = None,
    author: str | None = None,
    headings: set[int] = frozenset(),
) -> Article:
    """An Article from text whose paragraphs are separated by blank lines."""
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n") if block.strip()]
    paragraphs, cursor = [], 0
    for index, block in enumerate(blocks):
        paragraphs.append(Paragraph(index, cursor, cursor + len(block), "heading" if index in headings else "text"))
        cursor += len(block) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(blocks)
    return Article(
        id=article_id,
        path=Path(f"/nonexistent/{article_id}.txt"),
        title=article_id,
        body=body,
        paragraphs=paragraphs,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        publisher=publisher,
        author=author,
    )


def make_claim(
    article_id: str,
    content: str,
    start: int,
    *,
    paragraph: int = 0,
    speaker: str = "",
    speaker_id: str | None = None,
    verb: str = "say",
    negated: bool = False,
    dates: Sequence[str] = (),
    sentence: tuple[int, int] | None = None,
) -> Claim:
    """A claim of an article: `content` at `start` of its body (its id says where), in `sentence`
    (the content itself unless given), said plainly (no quote marks, no outlet)."""
    sentence_start, sentence_end = sentence or (start, start + len(content))
    return Claim(
        id=Claim.make_id(article_id, start),
        article_id=article_id,
        paragraph=paragraph,
        start=start,
        end=start + len(content),
        speaker=speaker,
        speaker_id=speaker_id,
        verb=verb,
        content=content,
        direct_quote=False,
        negated=negated,
        outlets=[],
        dates=list(dates),
        sentence_start=sentence_start,
        sentence_end=sentence_end,
    )


def seed_articles() -> list[Article]:
    from belreader.corpus import load_corpus

    return load_corpus(SEEDS).articles


def claim_with(analysis, speaker_id: str, fragment: str):
    """The claim of `speaker_id` whose content contains `fragment`, or None."""
    for claim in analysis.claims:
        if claim.speaker_id == speaker_id and fragment in claim.content:
            return claim
    return None


def speaker_of(text: str, content_start: str) -> str | None:
    """The speaker id of the claim of `text` (an article: title, blank line, body) whose content
    starts with `content_start`; the test fails, listing the claims, when there is none."""
    from belreader import nlp

    analysis = nlp.analyze(make_article(text))
    found = [c for c in analysis.claims if c.content.startswith(content_start)]
    assert found, [(c.speaker, c.content) for c in analysis.claims]
    return found[0].speaker_id


def claims_of(text: str) -> list:
    """The claims the analysis finds in `text` (an article: title, blank line, body)."""
    from belreader import nlp

    return nlp.analyze(make_article(text)).claims


def triples_of(text: str) -> list[tuple[str, str, str]]:
    """(speaker as written, reporting verb, content) of each claim the analysis finds in `text`."""
    return [(c.speaker, c.verb_text, c.content) for c in claims_of(text)]


def found_claim(text: str, start: str):
    """The first claim of `text` whose content starts with `start`; fails the test, listing the
    claims found, when there is none."""
    claims = claims_of(text)
    found = [c for c in claims if c.content.startswith(start)]
    assert found, [(c.speaker, c.content) for c in claims]
    return found[0]


def claim_starting(text: str, start: str):
    """The first claim of `text` whose content starts with `start`, or None."""
    found = [c for c in claims_of(text) if c.content.startswith(start)]
    return found[0] if found else None


def placed_mentions(body: str, names: list[tuple[str, str, str]]) -> list[Mention]:
    """Mentions placed by hand, as the model's would be: one for every place each (text, entity
    id, label) of `names` is written in `body`, in the body's order."""
    out = []
    for text, entity_id, label in names:
        start = 0
        while (start := body.find(text, start)) >= 0:
            out.append(Mention(entity_id, text, label, start, start + len(text), 0))
            start += len(text)
    return sorted(out, key=lambda m: m.start)


def works_kept(body: str, names: list[tuple[str, str, str]]) -> list[str]:
    """The texts of the hand-placed mentions of `names` that kinds.works keeps (no title's)."""
    from belreader.nlp.aliases import load_table
    from belreader.nlp.kinds import works

    return [m.text for m in works(body, placed_mentions(body, names), load_table())]


def labels_after(
    step: Callable[[str, list[Mention], EntityTable], object], body: str, names: list[tuple[str, str, str]]
) -> list[str]:
    """The labels of the hand-placed mentions of `names` after a retyping step that changes them in
    place (kinds.retype_by_context, entities.plural_subjects, ...)."""
    from belreader.nlp.aliases import load_table

    mentions = placed_mentions(body, names)
    step(body, mentions, load_table())
    return [m.label for m in mentions]


# the opening most claim tests put before the sentence they test: a title and a sentence of
# narration, so that sentence is not the article's first
QUAY = "Quay\n\nTrade was slow in April. "


def claim_rows(fields: str, *, opening: str = "", bare: bool = False) -> Callable[[str], list[tuple]]:
    """A test module's helper that analyses `opening + text` and gives each claim found as the tuple of
    its attributes named in `fields` (space-separated, in order: "speaker speaker_id verb_text
    content"); `bare`: the content without its closing full stop."""
    names = fields.split()

    def rows(text: str) -> list[tuple]:
        return [
            tuple(c.content.rstrip(".") if bare and name == "content" else getattr(c, name) for name in names)
            for c in claims_of(opening + text)
        ]

    return rows


def analysed(cases: dict[str, str]) -> dict:
    """Each article of `cases` (id -> text: title, blank line, body), analysed in one batch, by id."""
    from belreader import nlp

    articles = [make_article(text, key) for key, text in cases.items()]
    return {a.article_id: a for a in nlp.analyze_many(articles)}


def related_ids(claim, analyses) -> list[str]:
    """The ids of the claims, three at most, that related.related_matches finds for `claim`."""
    from belreader.nlp.related import related_matches

    return [m.claim.id for m in related_matches(claim, analyses, limit=3)]


def said_story(article_id: str, content: str, speaker: str, speaker_id: str | None):
    """An analysis of one sentence, "<speaker> said <content>.", with an ORG mention for a speaker
    with an id: a story for the related-claims tests."""
    from belreader.nlp.records import Analysis

    intro = f"{speaker} said "
    sentence = f"{intro}{content}."
    mentions = [Mention(speaker_id, speaker, "ORG", 0, len(speaker), 0)] if speaker_id else []
    claim = make_claim(
        article_id, content, len(intro), speaker=speaker, speaker_id=speaker_id, sentence=(0, len(sentence))
    )
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=[claim]
    )


def filler_stories() -> list:
    """300 stories of made-up words, by 300 unknown speakers: they make a related-claims corpus large
    enough for the words of the stories under test to be rare, and share nothing common."""
    return [said_story(f"f{i}", f"blorp{i} zindle{i} quaffo{i} trezzy{i}", f"someone {i}", None) for i in range(300)]


def analyse(text: str):
    """The analysis of `text` (an article: title, blank line, body)."""
    from belreader import nlp

    return nlp.analyze(make_article(text))


def claim_holding(analysis, fragment: str):
    """The first claim of `analysis` whose content holds `fragment`; fails the test, listing the
    claims found, when there is none."""
    found = [c for c in analysis.claims if fragment in c.content]
    assert found, f"no claim holding {fragment!r}: {[c.content for c in analysis.claims]}"
    return found[0]


def entity_names(text: str) -> dict[str, str]:
    """Each entity's id -> its shown name, in the analysis of `text` (title, blank line, body)."""
    return {e.id: e.name for e in analyse(text).entities}


def mention_labels(body: str) -> dict[str, str]:
    """Each mention's text -> its label, in the analysis of `body` under the title "News"."""
    return {m.text: m.label for m in analyse("News\n\n" + body).mentions}
