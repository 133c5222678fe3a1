"""Session 43's mender mh43: HTML character references in article text, on invented sentences.

- Only a reference that stands for a letter joins a word ("Pap&#233;", "Ren&eacute;"); an apostrophe
  so written before "s" ("&#8217;s", "&#39;s", "&#191;s") is a possessive, split off as "'s" is; a
  pound sign ("&#163;") or a dash joins nothing (`htmlrefs.letter_reference`, one home for "a word
  written with references", read by `backend`, `entities` and `aliases`).
- Named references are read as numeric ones: "&eacute;" is a letter, "&amp;" an ampersand
  ("Marks &amp; Spencer" is one organisation, not Spencer a person).
- A speaker's phrase keeps its last letter's reference whole ("a communiqu&#233;").
"""

from __future__ import annotations

from belreader.nlp import analyze
from belreader.nlp.aliases import normalise
from belreader.nlp.htmlrefs import letter_reference, refs_whole, written_with_letters

from nlp_util import make_article


def _mentions(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.entity_id) for m in analyze(make_article(text)).mentions}


def test_only_a_letters_reference_joins_a_word() -> None:
    assert letter_reference("&#233;") and letter_reference("&eacute;")
    for ref in ("&#8217;", "&#39;", "&#191;", "&#163;", "&#8212;", "&amp;", "&nosuch;"):
        assert not letter_reference(ref), ref
    assert written_with_letters("Pap&#233;") and written_with_letters("Ren&eacute;")
    assert not written_with_letters("Pell&#8217;s") and not written_with_letters("&#163;8m")


def test_an_apostrophes_reference_before_s_is_a_possessive() -> None:
    text = (
        "Plan fails\n\nTom Varrell&#8217;s plan has failed, the council said on Monday. "
        "Varrell said he would try again, and Grobton&#39;s mayor agreed."
    )
    found = _mentions(text)
    assert found.get("Tom Varrell", ("", ""))[0] == "PERSON", found
    assert not any("&#8217;" in t or "&#39;" in t for t in found), found


def test_a_named_reference_for_a_letter_is_the_letter() -> None:
    assert normalise("Ren&eacute; Tarvello") == normalise("René Tarvello") == "rene tarvello"


def test_an_ampersands_reference_joins_no_person_into_a_firm() -> None:
    text = "Sales up\n\nDorrit &amp; Spanner said sales rose in the spring. Its rival held steady."
    found = _mentions(text)
    assert found.get("Spanner", ("", ""))[0] != "PERSON", found
    assert normalise("Dorrit &amp; Spanner") == normalise("Dorrit & Spanner")


def test_a_speakers_phrase_keeps_a_reference_whole() -> None:
    assert refs_whole("a communiqu&#233") == "a communiqu&#233;"
    text = (
        "Talks end\n\nThe minister met Mr Varlo on Monday. He also signed a communiqu&#233; stressing "
        "the union's commitment to a stable Velaria. The union confirmed a new aid package."
    )
    speakers = {c.speaker for c in analyze(make_article(text)).claims}
    assert "a communiqu&#233;" in speakers, speakers


def test_a_cut_that_is_no_letters_reference_is_left() -> None:
    assert refs_whole("the cost at &#163") == "the cost at &#163"
    assert refs_whole("Tom Pell") == "Tom Pell"
    assert refs_whole("AT&T") == "AT&T"
