"""Claim ids are places in the article's text, not numbers in the analysis's order (session 40).

A claim's id was "{article_id}#c{n}", n its place among the article's claims: when a new analysis
found one more claim earlier in the article, every later claim was renumbered, and an id kept in a
clip, an export or typed on the command line named ANOTHER claim. Now the id is where the claim's
content starts ("…#s000123"): it stays when claims are found or lost elsewhere, an old numbered id
names nothing (one honest line, never another claim), and the ids sort in text order.
"""

from __future__ import annotations

from belreader import nlp
from belreader.library import Library
from belreader.nlp import claims as claims_mod
from belreader.nlp.records import Claim, give_claim_ids, positional_claim_id

from nlp_util import make_article

# A report with three claims; an analysis that misses the first must not change the others' ids.
TEXT = (
    "The council met on Monday to discuss the bridge.\n\n"
    "Engineer Tomas Brell said the repairs had cost more than planned.\n\n"
    'Mayor Ilona Varga said the bridge would reopen in June. "We are ready," she added.'
)


def _analysis(monkeypatch=None, missing: str | None = None):
    """The analysis of TEXT; with `missing`, as a belreader whose rules do not find the claim
    whose draft content starts with it (the drafts are dropped before they become claims)."""
    if missing is not None:
        real = claims_mod.to_claims

        def fewer(article_id, drafts, body):
            return real(article_id, [d for d in drafts if not d.content.startswith(missing)], body)

        monkeypatch.setattr(claims_mod, "to_claims", fewer)
    return nlp.analyze_many([make_article(TEXT, "bridge")])[0]


def test_a_claim_keeps_its_id_when_an_earlier_claim_is_found_or_lost(monkeypatch):
    every = _analysis()
    fewer = _analysis(monkeypatch, missing="the repairs")
    assert len(fewer.claims) == len(every.claims) - 1 >= 2
    assert every.claims[0].content.startswith("the repairs")
    for claim in fewer.claims:  # Varga's two claims: the same ids with or without Brell's before them
        again = next(c for c in every.claims if c.content == claim.content)
        assert again.id == claim.id == Claim.make_id("bridge", claim.start)
    # the old numbered ids named another claim: Varga's first was #c1 without Brell's, #c2 with it
    assert "bridge#c1" not in {c.id for c in every.claims}


def test_ids_do_not_depend_on_the_claims_before_them():
    """Built directly: the same claims with and without an earlier one keep their ids."""
    later = [_claim("a", 120, 160), _claim("a", 300, 340)]
    earlier = _claim("a", 10, 50)
    assert [c.id for c in later] == ["a#s000120", "a#s000300"]
    assert [c.id for c in [earlier, *later]][1:] == ["a#s000120", "a#s000300"]


def _claim(article_id: str, start: int, end: int) -> Claim:
    return Claim(
        id=Claim.make_id(article_id, start),
        article_id=article_id,
        paragraph=0,
        start=start,
        end=end,
        speaker="Ilona Varga",
        speaker_id=None,
        verb="say",
        content="x",
        direct_quote=False,
        negated=False,
        outlets=[],
        dates=[],
        sentence_start=start,
        sentence_end=end,
    )


def test_claims_starting_at_one_character_all_carry_their_ends():
    shorter, longer, alone = _claim("a", 190, 234), _claim("a", 190, 290), _claim("a", 400, 420)
    claims = [shorter, longer, alone]
    give_claim_ids(claims)
    assert [c.id for c in claims] == ["a#s000190-000234", "a#s000190-000290", "a#s000400"]
    # neither takes the bare id, so losing one never hands its id to the other
    rest = [_claim("a", 190, 290)]
    give_claim_ids(rest)
    assert rest[0].id == "a#s000190" and rest[0].id not in {shorter.id}


def test_ids_sort_in_text_order():
    ids = [Claim.make_id("a", n) for n in (9, 10, 200, 1000, 25109)]
    assert sorted(ids) == ids  # "#c10" sorted before "#c2"


def test_an_old_numbered_id_names_no_claim_and_says_so():
    assert positional_claim_id("000_080d1da5f101e41c#c3")
    assert not positional_claim_id(Claim.make_id("000_080d1da5f101e41c", 3))
    line = Library.claim_not_found("bridge#c1")
    assert "older belreader" in line and "\n" not in line
    line = Library.claim_not_found("bridge#s000051")
    assert "no longer found" in line and "\n" not in line
    analysis = _analysis()
    assert analysis.claim("bridge#c1") is None  # never the first claim it once named
