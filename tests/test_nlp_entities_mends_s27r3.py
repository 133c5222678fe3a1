"""Session 27, mends of the third review (invented sentences and names): a known body's name with a
post after it stays the known body; only a party's own words ("Social", "Parliamentary") make another
party of a known party's name, not any adjective ("Congressional Democrats"); initials two sides
share join neither."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_known_bodys_name_with_a_post_after_it_stays_the_known_body():
    text = "The Department of Health Chief Medical Officer said the risk was low."
    ids = resolved(text, [("The Department of Health Chief Medical Officer", "ORG")])
    assert ids["Department of Health"] == ("department-of-health", "ORG"), ids
    assert not any("officer" in entity_id for entity_id, _ in ids.values()), ids


def test_a_descriptive_adjective_before_a_partys_name_leaves_the_party():
    text = "The bill passed, although Congressional Democrats voted against it in Varnholt."
    ids = resolved(text, [("Congressional Democrats", "NORP"), ("Varnholt", "PLACE")])
    assert ids["Democrats"] == ("democratic-party", "ORG"), ids
    assert "congressional-democrats" not in {entity_id for entity_id, _ in ids.values()}, ids


def test_initials_two_sides_share_join_neither():
    text = (
        "An injury has ruled Tom Varley out of South Arvania's Davis Cup tie in Orlo. "
        "Jim Bole is out of South Aldera's Davis Cup tie too. SA captain Ned Holt said the squad was strong. "
        "Varley, ranked 80th in the world, reached the semi-final of a tournament last week and had hoped "
        "to play in the doubles rubber with the team."
    )
    spans = [
        ("Tom Varley", "PERSON"),
        ("South Arvania", "PLACE"),
        ("Orlo", "PLACE"),
        ("Jim Bole", "PERSON"),
        ("South Aldera", "PLACE"),
        ("SA", "PERSON"),
        ("Ned Holt", "PERSON"),
        ("Varley", "PERSON"),
    ]
    ids = resolved(text, spans)
    # both sides are teams (the cue), and "SA" is the initials of each: it joins neither
    assert ids["South Arvania"] == ("south-arvania-team", "ORG"), ids
    assert ids["South Aldera"] == ("south-aldera-team", "ORG"), ids
    assert ids["SA"][0] not in ("south-arvania-team", "south-aldera-team"), ids
