"""Session 35 (issue 11): a peer named by the style and the surname ("Lord Grob") is a surname alone,
not a full name of its own: linked to a full-named namesake only by the article's context (a
peerage is often someone the corpus names nowhere else in full), never across genders
("Baroness Grob" is not Tom Grob). Invented sentences only."""

from __future__ import annotations

from belreader.nlp.identity import corpus_links, peer_surname
from belreader.nlp.records import Analysis, Entity


def _person(entity_id, name, count=1, spellings=None):
    return Entity(entity_id, name, "PERSON", None, spellings or [name], count)


def _thing(entity_id, name, label="ORG"):
    return Entity(entity_id, name, label, None, [name], 1)


def _corpus(peer_name: str, peer_spelling: str = "Grob"):
    """Tom Grob named in full in three politics articles beside the Velt Party and Ann Pell; a peer
    "Grob" in a fourth with the same company; unrelated articles for the corpus's own rates."""
    shared = [_thing("velt-party", "Velt Party"), _person("ann-pell", "Ann Pell"), _thing("dorran", "Dorran", "PLACE")]
    found = [
        Analysis(f"politics/{i}", f"h{i}", "t", entities=[_person("tom-grob", "Tom Grob", 3), *shared])
        for i in range(3)
    ]
    found.append(Analysis("politics/9", "h9", "t", entities=[_person("grob", peer_name, 2, [peer_spelling]), *shared]))
    found += [
        Analysis(
            f"sport/{i}", f"s{i}", "t", entities=[_thing(f"club-{i}", f"Club {i}"), _person(f"p-{i}", f"Jo Player{i}")]
        )
        for i in range(12)
    ]
    return found


def test_a_peers_style_and_surname_is_a_surname_alone():
    assert peer_surname("Lord Grob") == "Grob"
    assert peer_surname("Baroness Grob") == "Grob"
    assert peer_surname("Lord Justice Grob") is None
    assert peer_surname("Tom Grob") is None


def test_a_peer_is_the_namesake_its_articles_context_points_to():
    assert corpus_links(_corpus("Lord Grob")).of("grob", "politics/9") == "tom-grob"


def test_a_peer_of_another_gender_is_not_the_namesake():
    assert corpus_links(_corpus("Baroness Grob")).of("grob", "politics/9") == "grob"


def test_a_peer_with_one_namesake_and_no_context_in_common_is_left_alone():
    found = [
        Analysis("business/1", "h1", "t", entities=[_person("tom-grob", "Tom Grob", 3), _thing("grobco", "Grobco")]),
        Analysis("politics/2", "h2", "t", entities=[_person("grob", "Lord Grob", 2, ["Grob"]), _thing("velt", "Velt")]),
    ]
    assert corpus_links(found).of("grob", "politics/2") == "grob"


def test_a_surname_alone_with_one_namesake_is_still_linked_for_the_whole_corpus():
    found = [
        Analysis("business/1", "h1", "t", entities=[_person("tom-grob", "Tom Grob", 3)]),
        Analysis("politics/2", "h2", "t", entities=[_person("grob", "Grob", 2)]),
    ]
    assert corpus_links(found)["grob"] == "tom-grob"
