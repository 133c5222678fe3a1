"""Speed, session 29: the helpers that compile a name's pattern once or keep a parsed sentence's
text find what the patterns written in place found. Names and sentences invented for the purpose."""

from __future__ import annotations

import re

import pytest

from belreader import nlp
from belreader.nlp.aliases import normalise
from belreader.nlp.claims.vocabulary import doc_text
from belreader.nlp.kinds import written_whole
from belreader.nlp.people import split_name

BODY = "Tarlow Mills said Tarlow Mills-Bell and Tarlow Mills's staff met Tarlow Millsworth. Tarlow Mills left."


@pytest.mark.parametrize("name", ["Tarlow Mills", "Tarlow", "Mills", "C++", "A.B. Grobco"])
def test_written_whole_finds_what_the_pattern_in_place_found(name: str) -> None:
    in_place = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    assert list(written_whole(name, BODY)) == [m.span() for m in in_place.finditer(BODY)]


def test_written_whole_skips_longer_words_and_compounds() -> None:
    assert [start for start, _ in written_whole("Tarlow Mills", BODY)] == [0, BODY.rindex("Tarlow Mills")]


def test_cached_name_helpers_answer_as_before() -> None:
    assert normalise("The Grobco Group's") == "grobco group" == normalise("The Grobco Group's")
    assert split_name("Mr Tarlow") == ("Mr", "Tarlow") == split_name("Mr Tarlow")
    assert split_name("Mr Justice Pell") == (None, "Mr Justice Pell")


@pytest.mark.skipif(not nlp.get_backend().is_spacy, reason="needs the spaCy model")
def test_doc_text_is_the_sentence_text_kept_once() -> None:
    model = nlp.get_backend().nlp
    assert model is not None
    text = "“We will rebuild the bridge,” Ann Pell told the Dorran Gazette on Monday."
    doc = model.make_doc(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)
