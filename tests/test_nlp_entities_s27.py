"""Session 27: a home nation's adjective the model types a person or a body is no name (invented
sentences and names)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_home_nations_adjective_typed_a_body_or_a_person_is_no_name():
    text = "Dorran were beaten by a strong Welsh side in Varnholt. Tom Pell said Welsh fans sang all day."
    ids = resolved(
        text, [("Dorran", "ORG"), ("Welsh", "ORG"), ("Varnholt", "PLACE"), ("Tom Pell", "PERSON"), ("Welsh", "PERSON")]
    )
    assert "Welsh" not in ids, ids
    assert ids["Dorran"][1] == "ORG" and ids["Tom Pell"][1] == "PERSON", ids


def test_a_surname_written_like_a_home_nations_adjective_stays_a_person():
    text = "The novelist Orrin Welsh signed copies. Mr Welsh said his next book was done."
    ids = resolved(text, [("Orrin Welsh", "PERSON"), ("Welsh", "PERSON")])
    assert ids["Welsh"][1] == "PERSON", ids
    text = "Mr Welsh, the author, signed copies in Varnholt."
    ids = resolved(text, [("Welsh", "PERSON"), ("Varnholt", "PLACE")])
    assert ids["Welsh"][1] == "PERSON", ids


def test_the_home_nation_used_as_a_noun_is_kept():
    # "the Welsh said": the word names the group (or a team), not an adjective of a noun
    text = "Dorran lost in Varnholt. The Welsh said the pitch was poor."
    ids = resolved(text, [("Dorran", "ORG"), ("Varnholt", "PLACE"), ("Welsh", "ORG")])
    assert "Welsh" in ids, ids


def test_the_international_labour_organisation_is_one_body_not_the_party():
    # the model may tag only "Labour" inside the body's name; the table knows the whole name
    text = "A study by the International Labour Organisation (ILO) found pay fell. The ILO said more."
    ids = resolved(text, [("Labour", "ORG"), ("ILO", "ORG"), ("ILO", "ORG")])
    assert ids.get("International Labour Organisation", ("", ""))[0] == "ilo", ids
    assert ids["ILO"] == ("ilo", "ORG"), ids
    assert "Labour" not in ids, ids
