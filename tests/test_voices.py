"""Who said what (issue 13): speakers and sources with their claims, and their claims exported
through the one export pipeline."""

from __future__ import annotations

import csv
import io
import json

import pytest

from belreader.library import Library
from belreader.nlp.records import Claim
from belreader.voices import claims_of, voices


def _record(article_id, start, speaker, speaker_id=None, outlets=(), content="x"):
    return {
        "id": Claim.make_id(article_id, start),
        "article_id": article_id,
        "start": start,
        "speaker": speaker,
        "speaker_id": speaker_id,
        "outlets": list(outlets),
        "content": content,
    }


RECORDS = [
    _record("a", 5, "Peskov", "dmitry-peskov", ["tass"]),
    _record("a", 1, "Dmitry Peskov", "dmitry-peskov"),
    _record("b", 9, "Peskov", "dmitry-peskov", ["tass", "tass"]),
    _record("b", 3, "Lukashenka", None, ["ria"]),
    _record("c", 2, "", None),
]


def test_voices_count_claims_and_articles_per_speaker_and_source():
    found = {(v.kind, v.id): v for v in voices(RECORDS, {"tass": "TASS"})}
    peskov = found["speaker", "dmitry-peskov"]
    # the spelling its id was made from, though "Peskov" is written more often
    assert (peskov.claims, peskov.articles, peskov.name) == (3, 2, "Dmitry Peskov")
    assert found["speaker", "lukashenka"].claims == 1  # no id: its name made one
    tass = found["source", "tass"]
    assert (tass.claims, tass.articles, tass.name) == (2, 2, "TASS")  # a claim citing TASS twice counts once
    assert found["source", "ria"].name == "ria"
    assert ("speaker", "") not in found
    assert [v.id for v in voices(RECORDS)][:2] == ["dmitry-peskov", "tass"]  # most claims first


def test_voice_names_prefer_the_given_names_then_the_most_written():
    found = {v.id: v.name for v in voices(RECORDS, {"dmitry-peskov": "D. S. Peskov"})}
    assert found["dmitry-peskov"] == "D. S. Peskov"
    records = [
        _record("a", 1, "the Kremlin's spokesman", "peskov"),
        *[_record("b", n, "Mr Peskov", "peskov") for n in (1, 2)],
    ]
    assert voices(records)[0].name == "Mr Peskov"  # no spelling makes the id: the one written most


def test_a_speaker_the_table_does_not_know_is_named_as_its_entity_not_as_the_claims_wrote_it():
    """ "Livingstone" and "the mayor" in the claims, "Ken Livingstone" the entity: Who said what
    shows the entity's name; a peer named "Lord Kell" in one article and "Kell" in another keeps
    his title (the fullest name); a record indexed before names were stored keeps the old rule."""
    records = [
        {**_record("a", 1, "Livingstone", "ken-livingstone"), "speaker_name": "Ken Livingstone"},
        {**_record("a", 2, "the mayor", "ken-livingstone"), "speaker_name": "Ken Livingstone"},
        {**_record("b", 1, "Kell", "kell"), "speaker_name": "Kell"},
        {**_record("c", 1, "Kell", "kell"), "speaker_name": "Kell"},
        {**_record("d", 1, "Lord Kell", "kell"), "speaker_name": "Lord Kell"},
        _record("e", 1, "Mr Vell", "vell"),
    ]
    found = {v.id: v.name for v in voices(records)}
    assert found == {"ken-livingstone": "Ken Livingstone", "kell": "Lord Kell", "vell": "Mr Vell"}
    assert {v.id: v.name for v in voices(records, {"kell": "Baron Kell"})}["kell"] == "Baron Kell"  # the table's first


def test_library_voices_name_a_speaker_by_the_entity_of_the_article(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(
        "Dorran bridge\n\nAnn Vellacott opened the bridge in Dorran on Monday.\n\n"
        '"It will change the town," Ms Vellacott told reporters.\n\n'
        "Ms Vellacott said the bridge had cost less than planned.",
        encoding="utf-8",
    )
    library = Library(corpus, tmp_path / "index")
    library.update(procs=1)
    claims = library.claims()
    assert claims and {c["speaker_id"] for c in claims} == {"ann-vellacott"}, claims
    assert {c["speaker"] for c in claims} == {"Ms Vellacott"}  # as the claims wrote it
    assert [(v.id, v.name) for v in library.voices("speaker")] == [("ann-vellacott", "Ann Vellacott")]


def test_claims_of_a_speaker_or_source_in_article_order():
    assert [r["id"] for r in claims_of(RECORDS, "speaker", "dmitry-peskov")] == ["a#s000001", "a#s000005", "b#s000009"]
    assert [r["id"] for r in claims_of(RECORDS, "source", "tass")] == ["a#s000005", "b#s000009"]
    with pytest.raises(ValueError):
        claims_of(RECORDS, "publisher", "tass")


def test_an_unresolved_speaker_is_not_a_voice_but_one_line_after_them():
    records = [
        *RECORDS,
        _record("a", 7, "He (unresolved)", None, ["tass"], content="one"),
        _record("b", 4, "She (unresolved)", None, content="two"),
        _record("c", 8, "He (unresolved)", None, content="three"),
        _record("d", 1, "The company (unresolved)", None, content="four"),
    ]
    found = voices(records, {"tass": "TASS"})
    assert not any("unresolved" in v.name or v.id.endswith("unresolved") for v in found if v.kind == "speaker")
    last = found[-1]  # after every voice, though it has more claims than any
    assert (last.kind, last.name, last.claims, last.articles) == ("unresolved", "speaker not resolved", 4, 4)
    assert next(v for v in found if v.id == "tass").claims == 3  # its outlet still counts as a source
    chosen = claims_of(records, "unresolved", last.id)
    assert [r["content"] for r in chosen] == ["one", "two", "three", "four"]
    assert claims_of(records, "speaker", "he-unresolved") == []
    assert voices(RECORDS)[-1].kind != "unresolved"  # no line when every speaker is resolved


def test_speakers_described_not_named_are_set_apart_after_the_named_voices():
    """ "Analysts" and "analysts" across articles are no one person: one line per description,
    after the named speakers and sources, before the unresolved line. ("Critics" is a common
    word because the records write "critic" in lower case; a name would be capitalised.)"""
    records = [
        *RECORDS,
        _record("a", 11, "Analysts", content="growth will slow as investors expect"),
        _record("b", 12, "analysts", content="the results beat what the analysts and the markets expected"),
        _record("c", 13, "Analysts", outlets=["ria"], content="the rate will rise"),
        _record("c", 14, "the government", content="no official or critic will sway it"),
        _record("d", 15, "Critics of the Sochi deal", content="the loan is a bribe"),
        _record("d", 16, "Officials in Minsk province", content="the count was fair"),
        _record("d", 17, "He (unresolved)", content="nothing"),
    ]
    found = voices(records, {"tass": "TASS"})
    kinds = [v.kind for v in found]
    last_named = max(i for i, k in enumerate(kinds) if k in ("speaker", "source"))
    assert all(i > last_named for i, k in enumerate(kinds) if k == "described")  # Analysts have the most claims
    described = {v.id: (v.name, v.claims, v.articles) for v in found if v.kind == "described"}
    assert described == {
        "analysts": ("Analysts", 3, 3),
        "government": ("the government", 1, 1),
        "critics-of-the-sochi-deal": ("Critics of the Sochi deal", 1, 1),
        "officials-in-minsk-province": ("Officials in Minsk province", 1, 1),
    }
    assert not any(v.kind == "speaker" and v.id in described for v in found)
    assert found[-1].kind == "unresolved"
    assert next(v for v in found if v.id == "ria").claims == 2  # their outlets still count as sources
    assert [r["start"] for r in claims_of(records, "described", "analysts")] == [11, 12, 13]
    assert claims_of(records, "speaker", "analysts") == []


@pytest.mark.parametrize(
    "speaker",
    [
        "Rowling",  # a name no record writes in lower case
        "Dent",  # a surname that is also a word ("a dent in profits"): one word, not plural
        "Putin and his foreign minister, Sergei Lavrov",
        "Labour's deputy minister for women Jacqui Smith",
        "director of rugby Warren Gatland",
        "spokesman Dan Smith",
        "US officials",  # an acronym, not "us"
    ],
)
def test_a_speaker_with_a_name_in_it_stays_a_named_speaker(speaker):
    records = [
        *RECORDS,
        _record("a", 20, speaker, content="the talks went well"),
        _record("b", 21, "Dent", content="a dent in the profits left us and analysts unmoved"),
    ]
    found = voices(records)
    assert not [v for v in found if v.kind == "described"], speaker


@pytest.fixture
def library(indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    return Library(corpus, index_dir)


def test_library_voices_agree_with_claims_by_speaker(library):
    found = library.voices()
    speakers = [v for v in found if v.kind == "speaker"]
    sources = [v for v in found if v.kind == "source"]
    assert speakers and sources
    top = speakers[0]
    records = library.voice_claims("speaker", top.id)
    assert len(records) == top.claims
    assert len({r["article_id"] for r in records}) == top.articles
    assert {r["id"] for r in records} <= {r["id"] for r in library.claims(speaker=top.id, speaker_ids=[top.id])}
    unresolved = sum(v.claims for v in found if v.kind == "unresolved")  # not a voice, but counted
    described = sum(v.claims for v in found if v.kind == "described")  # "these analysts": nor are they
    assert described
    assert sum(v.claims for v in speakers) + described + unresolved == sum(
        1 for r in library.claims() if r.get("speaker")
    )
    tass = next(v for v in sources if v.name == "TASS")
    assert all("tass" in r["outlets"] for r in library.voice_claims("source", tass.id))
    assert library.voices("source") == sources


def test_claims_export_as_csv_and_json_through_the_export_pipeline(library, tmp_path):
    top = library.voices("speaker")[0]
    records = library.voice_claims("speaker", top.id)
    result = library.export_claims(records, "csv", what=f"speaker:{top.id}", dest=tmp_path / "c.csv")
    text = result.written.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # the one CSV writer's byte-order mark
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == len(records) == result.count
    first_article = library.load_article(records[0]["article_id"])
    assert rows[0]["source"] == "claim"
    assert rows[0]["quote"] == first_article.body[records[0]["sentence_start"] : records[0]["sentence_end"]]
    assert records[0]["content"][:30] in rows[0]["quote"]
    assert rows[0]["speaker"] == records[0]["speaker"] and rows[0]["export_query"] == f"speaker:{top.id}"
    assert rows[0]["paragraph"] == str(records[0]["paragraph"] + 1)
    document = json.loads(library.export_claims(records, "json", what="speaker:x").text)
    assert document["count"] == len(records)
    assert [p["claim_id"] for p in document["passages"]] == [r["id"] for r in records]
    assert library.export_claims([], "csv").written is None


def test_a_claim_in_duplicate_articles_counts_once():
    records = [
        _record("a", 1, "Peskov", "dmitry-peskov", ["tass"], content="The talks went well."),
        _record("a", 9, "Peskov", "dmitry-peskov", content="Nothing was agreed."),
        _record("a-copy", 1, "Peskov", "dmitry-peskov", ["tass"], content="The  talks went well."),
        _record("b", 4, "Peskov", "dmitry-peskov", content="The talks went well."),
    ]
    groups = {"a": "g1", "a-copy": "g1", "b": "g2"}
    found = {(v.kind, v.id): v for v in voices(records, groups=groups)}
    peskov = found["speaker", "dmitry-peskov"]
    assert (peskov.claims, peskov.articles) == (3, 2)  # the copy's claim is not counted again; b is another story
    assert (found["source", "tass"].claims, found["source", "tass"].articles) == (1, 1)
    assert {(v.claims, v.articles) for v in voices(records) if v.kind == "speaker"} == {(4, 3)}  # no groups: as before
    listed = claims_of(records, "speaker", "dmitry-peskov", groups)
    assert [(r["article_id"], r["start"]) for r in listed] == [("a", 1), ("a", 9), ("b", 4)]
    assert listed[0]["also_in"] == ["a-copy"]


def test_library_voices_count_duplicate_files_once(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        "Talks in Minsk\n\nThe talks in Minsk were useful, Dmitry Peskov told reporters on Monday.\n\n"
        "Officials said more meetings would follow in the spring."
    )
    for name in ("one.txt", "two.txt"):
        (corpus / name).write_text(text, encoding="utf-8")
    library = Library(corpus, tmp_path / "index")
    library.update(procs=1)
    speakers = [v for v in library.voices("speaker") if v.claims]
    assert speakers, "the claim was found"
    assert all((v.claims, v.articles) == (1, 1) for v in speakers), speakers


def test_outlet_names_never_give_an_id_for_a_name_when_the_articles_wrote_one(library):
    """An analysis made before sources were named as written has the id for the source's name:
    the reader's panel, Who said what and the exports still show the name the article wrote."""
    from types import SimpleNamespace

    from belreader.nlp.records import Entity, Source

    old = SimpleNamespace(
        sources=[Source("oldtown-herald", "oldtown-herald", "media", 1), Source("tass", "TASS", "agency", 1)],
        entities=[Entity("oldtown-herald", "Oldtown Herald", "ORG", None, ["Oldtown Herald"], 1)],
    )
    names = library.outlet_names(["oldtown-herald", "tass", "bbc", "no-such-outlet"], [old])
    assert names == {
        "oldtown-herald": "Oldtown Herald",  # the entity's name, not the source's id-as-name
        "tass": "TASS",
        "bbc": "BBC",  # the entity table's
        "no-such-outlet": "no-such-outlet",  # nothing better is known
    }
