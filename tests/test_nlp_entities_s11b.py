"""Session 11, round 2 (issue 11): merges and types the blind set fresh6 showed missing: a
company's first word alone, a surname the model typed as a nationality, a first name in brackets,
and acronyms. Sentences written for the purpose, each with a negative."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_companys_first_word_alone_is_the_company_when_its_name_ends_in_a_company_word():
    text = (
        "Shares in Quillon Energy rose 4%. Quillon has found gas in the north. "
        "Quillon's finds were large. Rivals bought Tarvane Finance Group last year, "
        "and then Tarvane was sold again."
    )
    ids = resolved(
        text,
        [
            ("Quillon Energy", "ORG"),
            ("Quillon", "PERSON"),
            ("Quillon", "PERSON"),
            ("Tarvane Finance Group", "ORG"),
            ("Tarvane", "PERSON"),
        ],
    )
    assert ids["Quillon"] == ("quillon-energy", "ORG"), ids
    assert ids["Tarvane"] == ("tarvane-finance-group", "ORG"), ids


def test_a_person_named_like_a_company_stays_a_person():
    # a full name with the word, or an honorific, makes it a person; a name not ending in a
    # company word ("Brightwater Trust") gives no short form without a company cue
    text = (
        "Quillon Energy hired Maria Quillon in May. Quillon said she was pleased. "
        "Brightwater Trust met. Mr Tarvane of Tarvane Group left. Brightwater was late."
    )
    ids = resolved(
        text,
        [
            ("Quillon Energy", "ORG"),
            ("Maria Quillon", "PERSON"),
            ("Quillon", "PERSON"),
            ("Brightwater Trust", "ORG"),
            ("Tarvane", "PERSON"),
            ("Tarvane Group", "ORG"),
            ("Brightwater", "PERSON"),
        ],
    )
    assert ids["Quillon"] == ("maria-quillon", "PERSON"), ids
    assert ids["Tarvane"][1] == "PERSON", ids
    assert ids["Brightwater"][1] == "PERSON", ids
