"""Texts go through the model shortest first (fewer steps of spaCy's transition loops); what
comes out must be what analysing each article on its own, in text order, gives."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp import pipeline

from nlp_util import make_article

pytestmark = pytest.mark.skipif(not nlp.get_backend().is_spacy, reason="needs the spaCy model")

# paragraphs of falling length, so that shortest-first reverses them
LONG = (
    "The transport minister, Clara Voss, said on Tuesday that the northern rail line would close "
    "for six weeks in the spring while engineers replaced the bridge over the river at Linden, "
    "and that buses would run in its place."
)
MIDDLE = "“We have no choice,” Ms Voss told the Daily Courier. Union leader Piet Arns said the plan was rushed."
SHORT = "Arns said he would ask for talks."
TINY = "She declined to comment."


def article(order: list[str], name: str):
    return make_article("\n\n".join(order), name)


def test_a_batch_analyses_each_article_as_it_would_be_alone():
    articles = [
        article([LONG, MIDDLE, SHORT, TINY], "falling"),
        article([TINY, SHORT, MIDDLE, LONG], "rising"),
        article([MIDDLE, LONG, TINY, SHORT], "mixed"),
    ]
    together = nlp.analyze_many(articles)
    alone = [nlp.analyze_many([a])[0] for a in articles]
    assert together == alone
    falling = together[0]
    assert [c.start for c in falling.claims] == sorted(c.start for c in falling.claims)
    assert len(falling.claims) >= 3
    starts = [m.start for m in falling.mentions]
    assert starts == sorted(starts)


def test_shortest_first_gives_what_text_order_gives(monkeypatch):
    """The same analyses as when every text goes through the model in text order; the claim
    rules read each article's sentences in text order, and get its entities in text order."""
    articles = [
        make_article(
            "Tom Hale, the council leader, said the budget was short by two million pounds and that "
            "services for the elderly would be the first to be cut unless the government stepped in.\n\n"
            "He said there was no other way.\n\nOlga Stern, the opposition leader, disagreed.\n\n"
            "She said the council had wasted money on consultants for years.\n\nHe denied it.",
            "pronouns",
        ),
        article([LONG, MIDDLE, SHORT, TINY], "falling"),
    ]
    read, resolved = [], []
    real_extract, real_resolve = pipeline.claims_mod.extract_parsed, pipeline.resolve

    def extract(doc, offset, paragraph, ctx):
        read.append((ctx.article_id, offset))
        return real_extract(doc, offset, paragraph, ctx)

    def resolve(article, spans, table):
        resolved.append([span.start for span in spans])
        return real_resolve(article, spans, table)

    monkeypatch.setattr(pipeline.claims_mod, "extract_parsed", extract)
    monkeypatch.setattr(pipeline, "resolve", resolve)
    shortest_first = nlp.analyze_many(articles)
    assert read == sorted(read, key=lambda r: ([a.id for a in articles].index(r[0]), r[1])) and len(read) >= 5
    assert all(starts == sorted(starts) and starts for starts in resolved)
    monkeypatch.setattr(pipeline, "_shortest_first", lambda items: list(range(len(items))))
    assert nlp.analyze_many(articles) == shortest_first
    speakers = [c.speaker for c in shortest_first[0].claims]
    assert len(speakers) >= 3, speakers


def test_parsed_sentences_come_back_in_the_order_given(monkeypatch):
    backend = nlp.get_backend()
    texts = [LONG, TINY, MIDDLE, SHORT, "Yes."]
    candidates = [(text, (i, 0, i)) for i, text in enumerate(texts)]
    with backend.nlp.select_pipes(enable=list(pipeline.PARSE_PIPES)):
        out = list(pipeline._parsed_in_order(backend.nlp, candidates, 2))
        monkeypatch.setattr(pipeline, "PARSE_WINDOW", 2)  # a window at a time
        windowed = list(pipeline._parsed_in_order(backend.nlp, candidates, 2))
    assert [doc.text for doc, _ in out] == texts
    assert [context for _, context in out] == [c for _, c in candidates]
    assert all(doc.has_annotation("DEP") for doc, _ in out)
    assert [(doc.text, context) for doc, context in windowed] == [(doc.text, context) for doc, context in out]
