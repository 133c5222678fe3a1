"""Session 40, mc40: mends of review 40's claim findings, on invented sentences (none copied from
any corpus).

- #1 "The teacher said", "the businessman said": an ordinary occupation is no topic head (a
  bystander of the news as often as its lead): unresolved, whoever else the article names.
- #2 "put/valued X at <figure>": "put" takes only an estimate noun ("the damage", "the crowd"),
  "valued" no rate, price, bail, shares or person, and neither makes a second claim in a sentence
  already attributed ("..., according to reports"); "estimated" is as before
  (`subjects._estimate_put`).
- #5 "on his blog": the speaker's own medium only with the reporting verb or opening the sentence,
  never in another person's act ("the photo Jon Vell posted on his blog") (`parsed._own_medium`).
- #8 "a Senate aide", "an aide to Senator Tom Pell": the unnamed aide speaks, shown as written,
  with no body's or boss's id; a spokesman keeps the body he speaks for (the devset guide's
  `speaks_for`) (`subjects._speaker`).
- #10 "According to X <clause>" with no comma: a claim only when the parse closed the source right
  where the clause's subject begins, and a name closing it ends a mention with no name after it
  (`parsed._unset_source_closed`).
"""

from __future__ import annotations

import re

from belreader.nlp.claims import vocabulary

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def _ids(text: str, content: str) -> list[str | None]:
    return [c.speaker_id for c in claims_of(text) if c.content.startswith(content)]


# 1: occupations


def test_the_teacher_is_not_the_only_other_person_named():
    text = (
        "Mayor elected\n\n"
        "Tom Pell, the former teacher, was elected mayor. Anna Vell, a dentist, lost. "
        "The teacher said he was delighted."
    )
    assert _ids(text, "he was delighted") == [None], _found(text)


def test_the_teacher_is_not_the_mp_who_visited():
    text = (
        "School visit\n\n"
        "Tom Pell, a Labour MP, visited Velton Primary School on Friday. "
        "The teacher said pupils had been delighted by the visit."
    )
    assert _ids(text, "pupils had been delighted") == [None], _found(text)


def test_the_teacher_is_not_the_man_who_died():
    text = (
        "Crash\n\n"
        "Tom Pell, 40, of Velton, died in the crash on Monday. "
        "The teacher said the road had been closed for hours."
    )
    assert _ids(text, "the road had been closed") == [None], _found(text)


def test_a_top_academic_leading_the_report_is_still_its_one_person():
    text = (
        "Terror risk\n\n"
        "Nations should focus on the gravest threats, says a top academic.\n\n"
        "Tom Pell, a key influence on Velt Party thinking, says the emphasis is misplaced."
    )
    assert _ids(text, "Nations should focus") == ["tom-pell"], _found(text)


def test_a_topic_head_of_the_arts_still_names_the_one_person():
    text = (
        "Album out\n\n"
        "Velt Rooms released a new album on Monday. Its frontman Tam Oskar wrote every song. "
        "The frontman said the record was his best."
    )
    assert _ids(text, "the record was his best") == ["tam-oskar"], _found(text)


# 2: "put/valued X at <figure>"


def test_a_rate_put_at_a_figure_is_no_estimate():
    text = "Rates\n\nThe Bank of Grobland put interest rates at 5.25% on Thursday."
    assert claims_of(text) == [], _found(text)


def test_shares_valued_at_a_price_are_no_estimate():
    text = "Offering\n\nVelco valued its shares at £2 each in the offering."
    assert claims_of(text) == [], _found(text)


def test_a_valuation_reported_by_others_is_the_reports_claim_only():
    text = "Transfer\n\nThe club valued Kane at £100m, according to reports."
    found = _found(text)
    assert [s for s, _, _ in found] == ["reports"], found


def test_damage_put_and_mills_valued_are_still_estimates():
    text = (
        "Mills for sale\n\n"
        "The Grobco mills are up for sale.\n\n"
        "Analysts have valued the three mills at between £40m-£50m.\n\n"
        "Tom Pell, the Grobland minister, put the damage at 300m euros. "
        "The Velt Fund put the amount of aid needed at about $5bn."
    )
    contents = [c for _, _, c in _found(text)]
    assert "the three mills at between £40m-£50m" in contents, contents
    assert "the damage at 300m euros" in contents, contents
    assert "the amount of aid needed at about $5bn" in contents, contents


def test_estimated_is_unchanged():
    text = "Flood\n\nTom Pell estimated the cost of the flood at hundreds of millions of dollars."
    assert ("Tom Pell", "tom-pell", "the cost of the flood at hundreds of millions of dollars") in _found(text)


# 5: "on his blog"


def test_another_persons_blog_is_no_outlet():
    text = 'Photo\n\n"It is fake," Tom Pell said of the photo Jon Vell posted on his blog.'
    claims = claims_of(text)
    assert claims and all(c.outlets == [] for c in claims), [(c.speaker, c.outlets) for c in claims]


def test_the_speakers_own_blog_is_the_outlet():
    text = 'Blog\n\n"It is fake," Tom Pell said on his blog.\n\nOn his blog, Tom Pell wrote that the plan was dead.'
    outlets = [c.outlets for c in claims_of(text)]
    assert outlets == [["tom-pell"], ["tom-pell"]], outlets


# 8: unnamed aides


def test_a_senate_aide_has_no_body_id():
    text = "Senate\n\nThe bill will pass, according to a Senate aide. A Senate aide said the vote was close."
    found = _found(text)
    assert ("a Senate aide", None, "The bill will pass") in found, found
    assert ("A Senate aide", None, "the vote was close") in found, found


def test_an_aide_to_a_titled_senator_is_not_the_senator():
    text = (
        "Vote\n\n"
        "The vote was delayed, according to an aide to Senator Tom Pell. "
        "An aide to Senator Tom Pell said the bill was dead."
    )
    found = _found(text)
    assert ("an aide to Senator Tom Pell", None, "The vote was delayed") in found, found
    assert ("An aide to Senator Tom Pell", None, "the bill was dead") in found, found


def test_a_spokesman_keeps_the_body_he_speaks_for():
    text = "Plant\n\nThe plant will close, according to a Velco spokesman."
    assert ("a Velco spokesman", "velco", "The plant will close") in _found(text)


def test_a_titled_person_closing_a_body_still_speaks():
    text = "Police\n\nVelton Police Federation chairman Tom Pell said the cuts were too deep."
    assert ("Tom Pell", "tom-pell", "the cuts were too deep") in _found(text)


# 10: "According to X <clause>" with no comma


def test_no_comma_names_run_together_make_no_claim():
    text = "Sales\n\nAccording to Velco chief Tom Pell sales fell by 20%. According to Tom Pell Velco will close."
    assert claims_of(text) == [], _found(text)


def test_no_comma_a_closed_source_still_speaks():
    text = (
        "Net users\n\n"
        "According to Jupiter Research 40% of homes will have broadband by 2008. "
        "According to the indictment Tom Pell wired $2m to a bank in Velton."
    )
    found = _found(text)
    assert ("Jupiter Research", "jupiter-research", "40% of homes will have broadband by 2008") in found, found
    assert any(s == "the indictment" and c.startswith("Tom Pell wired") for s, _, c in found), found


# 9: one home for the valuing forms


def test_the_naming_prefilter_follows_the_valuing_sets():
    naming = re.compile(vocabulary._NAMING)
    for form in vocabulary.VALUING_FORMS:
        assert naming.search(f"Grobco {form} the cost at $2bn"), form
    assert naming.search("He put the cost at trillions of dollars")
    assert not naming.search("The bank values its gold at $40 an ounce")
