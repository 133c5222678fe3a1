"""Session 36 organisation precision: words the model took for a body that name none. Invented
sentences and names; the model's spans are given by hand.

- A government post's remit written before the post ("Transportation Secretary Tom Pell", "Armed
  Forces Minister X", "Culture, Media and Sport Secretary X", "Health spokesman X") is the title's
  words, no body (`_remit_before_post`); a body's name before a post ("Home Office minister", "a
  Cabinet minister", "Church of Scotland Minister"), a firm ("Grobco Secretary", "a Delta
  spokesman", "Opera spokeswoman X"), a table's entry ("Treasury Secretary"), a place ("Wales
  Secretary") and a body's head ("UN Secretary General") are kept.
- A word of the lexicon capitalised only where it opens a sentence, before the lower-case noun it
  describes ("House prices fell", "Chart-topping pop band X", '"Derby matches are worse"'), is no
  body (`_common_noun_opening`); a firm so named before a verb ("Next is", "Sharp will"), a role
  ("Queen bassist X"), a medium's noun ("Vibe magazine"), what a company has ("Velvet sales"), a fixture ("X v Y"), a glued place
  ("Munich-based X"), a word written mid-sentence too, and the short form of a longer name ("Irish"
  after "Varnholt Irish") are kept.
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

# ---- a remit before a post


def test_a_remit_before_a_secretary_or_a_minister_is_no_body() -> None:
    cases = [
        ("Transportation Secretary Tom Pell said the deal was poor.", "Transportation"),
        ("The plan was backed by Trade and Industry Secretary Ida Velt on Monday.", "Trade and Industry"),
        ("He stood against Armed Forces Minister Tom Pell in Tarbury.", "Armed Forces"),
        ("Constitutional Affairs Minister Tom Pell said the plan was poor.", "Constitutional Affairs"),
        ("New Home Secretary Tom Pell said the plan was poor.", "New Home"),
        ("Ex-Home Secretary Tom Pell said the plan was poor.", "Ex-Home"),
        ("Culture, Media and Sport Secretary Tom Pell said the plan was poor.", "Sport"),
    ]
    for text, remit in cases:
        ids = resolved(text, [(remit, "ORG"), ("Tom Pell" if "Tom Pell" in text else "Ida Velt", "PERSON")])
        assert remit not in ids, (text, ids)
        assert len(ids) == 1, ids  # the minister is still there


def test_a_remit_the_model_typed_a_person_is_no_person() -> None:
    ids = resolved(
        "Lifelong Learning Minister Tom Pell said the plan was poor.",
        [("Lifelong Learning", "PERSON"), ("Tom Pell", "PERSON")],
    )
    assert ids == {"Tom Pell": ("tom-pell", "PERSON")}, ids


def test_a_partys_field_before_its_spokesman_is_no_body() -> None:
    for remit in ("Health", "Home Affairs"):
        ids = resolved(f"{remit} spokesman Tom Pell said the plan was poor.", [(remit, "ORG"), ("Tom Pell", "PERSON")])
        assert remit not in ids, ids


def test_a_body_before_a_post_is_kept() -> None:
    cases = [
        ("Home Office Minister Tom Pell said the plan was poor.", "Home Office"),
        ("Former Cabinet minister Tom Pell said the plan was poor.", "Cabinet"),
        ("Church of Scotland Minister Tom Pell said the plan was poor.", "Church of Scotland"),
        ("Grobco Secretary Tom Pell said the plan was poor.", "Grobco"),
        ("Treasury Secretary Tom Pell said the plan was poor.", "Treasury"),
        ("UN Secretary General Tom Pell said the plan was poor.", "UN"),
        ("Grobco Union secretary Tom Pell said the plan was poor.", "Grobco Union"),
        ("Labour spokesman Tom Pell said the plan was poor.", "Labour"),
    ]
    for text, body in cases:
        ids = resolved(text, [(body, "ORG"), ("Tom Pell", "PERSON")])
        assert ids.get(body, ("", ""))[1] == "ORG", (text, ids)


def test_a_firm_named_with_a_common_word_keeps_its_spokesman() -> None:
    ids = resolved("A Delta spokesman said the plan was poor.", [("Delta", "ORG")])
    assert ids.get("Delta") == ("delta", "ORG"), ids
    ids = resolved("Opera spokeswoman Ida Velt said the plan was poor.", [("Opera", "ORG"), ("Ida Velt", "PERSON")])
    assert ids.get("Opera") == ("opera", "ORG"), ids


def test_a_place_before_a_post_is_kept() -> None:
    ids = resolved("Wales Secretary Tom Pell said the plan was poor.", [("Wales", "PLACE"), ("Tom Pell", "PERSON")])
    assert ids.get("Wales", ("", ""))[1] == "PLACE", ids


# ---- a common word opening a sentence


def test_a_common_word_opening_a_sentence_before_its_noun_is_no_body() -> None:
    cases = [
        ("Prices are rising. House prices fell in May, said Grobco.", [("House", "ORG"), ("Grobco", "ORG")], "House"),
        ("Chart-topping pop band Velt have split.", [("Chart", "ORG"), ("Velt", "ORG")], "Chart"),
        (
            'He laughed. "Derby matches in Arvania are worse," he said.',
            [("Derby", "ORG"), ("Arvania", "PLACE")],
            "Derby",
        ),
        (
            "He was asked again. Wheelchair user Tom Pell said no.",
            [("Wheelchair", "ORG"), ("Tom Pell", "PERSON")],
            "Wheelchair",
        ),
    ]
    for text, spans, word in cases:
        ids = resolved(text, spans)
        assert word not in ids, (text, ids)
    ids = resolved("Prices are rising. House prices fell in May, said Grobco.", [("House", "ORG"), ("Grobco", "ORG")])
    assert ids.get("Grobco") == ("grobco", "ORG"), ids


def test_a_firm_opening_a_sentence_before_a_verb_is_kept() -> None:
    for text, word in [
        ("Sales slowed. Next is one of the biggest retailers.", "Next"),
        ("Sales slowed. Sharp will inherit the staff.", "Sharp"),
        ("Sales slowed. Velt confirmed the deal.", "Velt"),
    ]:
        ids = resolved(text, [(word, "ORG")])
        assert ids.get(word, ("", ""))[1] == "ORG", (text, ids)


def test_a_body_before_a_role_a_medium_or_in_a_fixture_is_kept() -> None:
    cases = [
        ("Fans cheered. Queen bassist Tom Pell has retired.", [("Queen", "ORG"), ("Tom Pell", "PERSON")], "Queen"),
        ("Fans cheered. Vibe magazine president Tom Pell spoke.", [("Vibe", "ORG"), ("Tom Pell", "PERSON")], "Vibe"),
        ("Tarbury v Pellford", [("Tarbury", "ORG"), ("Pellford", "ORG")], "Tarbury"),
    ]
    for text, spans, word in cases:
        ids = resolved(text, spans)
        assert ids.get(word, ("", ""))[1] == "ORG", (text, ids)


def test_a_brand_before_what_a_company_has_is_kept() -> None:
    for text in (
        "Tom Pell founded the firm. Velvet sales rose 10% last year.",
        "Prices rose. Velvet customers complained.",
    ):
        ids = resolved(text, [("Velvet", "ORG")] if "Tom" not in text else [("Tom Pell", "PERSON"), ("Velvet", "ORG")])
        assert ids.get("Velvet", ("", ""))[1] == "ORG", (text, ids)


def test_a_word_written_within_a_sentence_too_is_kept() -> None:
    text = "Sales slowed at Tarbury, where House Velt has a store. House prices fell."
    ids = resolved(text, [("Tarbury", "PLACE"), ("House", "ORG"), ("House", "ORG")])
    assert ids.get("House", ("", ""))[1] == "ORG", ids


def test_a_glued_place_and_a_short_name_are_kept() -> None:
    ids = resolved("Sales slowed. Munich-based Velt grew.", [("Munich", "ORG"), ("Velt", "ORG")])
    assert "Munich" in ids, ids
    text = "Varnholt Irish beat Dorran 20-10. Irish held a narrow lead at half-time and hung on."
    ids = resolved(text, [("Varnholt Irish", "ORG"), ("Dorran", "ORG"), ("Irish", "ORG")])
    assert "Irish" in ids, ids
