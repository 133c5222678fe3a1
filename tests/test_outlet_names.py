"""One outlet, one source, whatever name an article cites it by: its former names ("Russia Today"
is RT), and a word for the kind of outlet around its name ("the Interfax news agency")."""

from __future__ import annotations

import pytest

from belreader.nlp.aliases import load_table
from belreader.nlp.sources import article_sources, find_citations, outlet_id

from articles import article_from_text


@pytest.fixture
def table():
    return load_table()


@pytest.mark.parametrize(
    ("written", "outlet"),
    [
        ("RT", "rt"),
        ("Russia Today", "rt"),  # RT's name until 2009
        ("ITAR-TASS", "tass"),  # TASS's name from 1992 to 2014
        ("Interfax news agency", "interfax"),
        ("the Interfax news agency", "interfax"),
        ("Russia Today TV", "rt"),
        ("Kommersant daily", "kommersant"),
        ("Harbour Gazette", "harbour-gazette"),  # an outlet the table does not know: as written
        ("Kremlin TV", "kremlin-tv"),  # not media in the table: no outlet read off it
    ],
)
def test_an_outlet_is_known_by_any_of_its_names(table, written, outlet):
    assert outlet_id(written, table) == outlet


def test_an_article_citing_rt_by_both_names_has_one_source(table):
    """Found in the reader on the bundled corpus: the Sources tab listed "RT" and "Russia Today"."""
    text = (
        "Talks.\n\n"
        "The minister said the border would stay open (Russia Today, September 14).\n\n"
        "He added that trade would grow (RT, September 15).\n\n"
        "Officials confirmed the figures (Interfax news agency, September 16; Interfax, September 17)."
    )
    article = article_from_text(text, "a")
    citations = []
    for paragraph in article.paragraphs:
        citations += find_citations(article.body[paragraph.start : paragraph.end], paragraph.start, table)
    assert [[outlet for outlet, _ in c.outlets] for c in citations] == [["rt"], ["rt"], ["interfax", "interfax"]]
    sources = article_sources(article, [], [], citations, table)
    assert [(s.id, s.name) for s in sources] == [("rt", "RT"), ("interfax", "Interfax")]
