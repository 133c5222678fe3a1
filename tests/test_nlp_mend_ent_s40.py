"""Session 40 round 2: entity findings of the adversarial review (REVIEW_40 #3, #4, #6, #7) mended;
invented sentences and names. Each positive test failed on 373a3521.

- #3 a surname written with a letter doubled or undoubled ("Abbot" beside "Abbott") is merged into
  the full name only with positive evidence: the honorific's sex is the KNOWN sex of the person's
  first name, and the short form has no apposition of its own ("Mr Philips, a neighbour").
- #4 a bare "Treasury" after the rival's full name ("the US Treasury") is that body, whatever the
  currency of the article's sums.
- #6 a company's name with a legal form ("ABC Inc") is never joined to the news outlet of its stem.
- #7 a wire headline's span opening on a people's word is dropped only when its next word is a
  common noun and no word of firms' names ("AMERICAN EXPRESS" is kept, "RUSSIAN SECURITY" is not).
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _id_of(found: list[tuple[str, str, str]], text: str) -> str:
    return next(entity_id for t, _, entity_id in found if t == text or t.split()[-1] == text)


# ---- #3 doubled-letter surnames -------------------------------------------------------------------


def test_short_form_with_its_own_apposition_is_another_person() -> None:
    found = _mentions("Police named the victim as Tom Vellows, 34. Mr Velows, a neighbour, said he heard shouting.")
    assert _id_of(found, "Velows") != _id_of(found, "Tom Vellows"), found


def test_first_name_of_unknown_sex_gives_no_merge() -> None:
    found = _mentions("Mary Grabbett, the home secretary, spoke on Monday. Mr Grabett said the plan was unfair.")
    assert _id_of(found, "Grabett") != _id_of(found, "Mary Grabbett"), found


def test_honorific_of_no_sex_gives_no_merge() -> None:
    found = _mentions("Tom Grabbett spoke on Monday. Dr Grabett said the plan was unfair.")
    assert _id_of(found, "Grabett") != _id_of(found, "Tom Grabbett"), found


def test_known_sex_and_no_apposition_still_merges() -> None:
    found = _mentions("Diane Grabett, the shadow minister, spoke on Monday. Ms Grabbett said the plan was unfair.")
    assert _id_of(found, "Grabbett") == _id_of(found, "Diane Grabett"), found


# ---- #4 a bare "Treasury" after "the US Treasury" ---------------------------------------------------


def test_written_us_treasury_wins_over_pound_sums() -> None:
    text = (
        "The US Treasury imposed sanctions on a Velton firm on Friday. The firm holds £40m in property, "
        "£10m in cash and £5m in bonds. A Treasury spokesman said the assets would be frozen."
    )
    ids = {entity_id for t, _, entity_id in _mentions(text) if t == "Treasury"}
    assert ids == {"us-treasury"}, _mentions(text)


def test_home_treasury_named_in_full_keeps_the_bare_word() -> None:
    text = "The UK Treasury and the US Treasury met on Friday. The Treasury said borrowing would be £5bn lower."
    ids = {entity_id for t, _, entity_id in _mentions(text) if t == "Treasury"}
    assert "us-treasury" not in ids, _mentions(text)


# ---- #6 a legal form after an outlet's name -------------------------------------------------------


def test_company_with_legal_form_is_not_the_outlet() -> None:
    found = _mentions("Walt Disney's ABC Inc said profits rose on Monday. ABC said its ratings fell, Jo Velt said.")
    ids = {t: entity_id for t, _, entity_id in found}
    assert ids["ABC Inc"] != "abc-news", found


def test_non_outlet_with_legal_form_still_joins_the_table_body() -> None:
    found = _mentions("The G7 Group met in Velton on Monday, Jo Velt said. The G7 said growth was slow.")
    ids = {t: entity_id for t, _, entity_id in found}
    assert ids.get("G7 Group") == ids.get("G7"), found


# ---- #7 a wire headline opening on a people's word ------------------------------------------------


def _wire(headline: str, body: str) -> list[tuple[str, str, str]]:
    return _mentions(f"{headline}\n\nNEW YORK 1996-09-30\n\n{body}")


def test_firms_name_opening_on_a_peoples_word_is_kept() -> None:
    found = _wire("AMERICAN EXPRESS TO CUT 3,000 JOBS", "Amex said on Monday it would cut jobs.")
    assert any(t == "AMERICAN EXPRESS" for t, _, _ in found), found


def test_airline_opening_on_a_peoples_word_is_kept() -> None:
    found = _wire("BRITISH AIRWAYS TO CUT 900 JOBS", "The airline said on Monday it would cut jobs.")
    assert any(t == "BRITISH AIRWAYS" for t, _, _ in found), found


def test_peoples_word_and_common_noun_is_still_dropped() -> None:
    found = _wire("RUSSIAN SECURITY CHIEF SACKED", "Velkov was sacked on Monday, officials said.")
    assert not any(t.startswith("RUSSIAN SECURITY") for t, _, _ in found), found
