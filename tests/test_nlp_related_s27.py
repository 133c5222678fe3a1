"""Related claims, session 27: an exact percentage from two known speakers is no evidence of one fact
by itself. Read in a blind sample (bench/eval_related.py, blind-s27-random): a statistics office's
"car sales fell <x.y>% in January" was shown beside a company's "European sales fell <x.y>% last year",
the two sharing only the figure and "sales fell"; corpus-wide the same shape joined two growth
forecasts of two forecasters. Growth, inflation and sales figures share a few dozen values, unlike a
sum of money: between two known sources such a figure now needs what a round amount needs (an actor,
a rare word or two phrases); from one source, or an unknown one, it is still exact. Tested on
sentences written for the purpose.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis
from belreader.nlp.related import parse_amounts

from nlp_util import filler_stories, related_ids, said_story


def _world(*stories: Analysis) -> list[Analysis]:
    # made-up words make the corpus large enough for the figures to be rare, and nothing common; "sales" and
    # "fell" are in a few more claims: specific words, not rare ones, as in a news corpus
    filler = filler_stories()
    trade = [said_story(f"t{i}", f"the sales fell at the quaffo{i} mill", f"someone {i}", None) for i in range(3)]
    return [*stories, *filler, *trade]


_ids = related_ids


def test_two_sources_sharing_a_percentage_are_not_one_fact() -> None:
    office = said_story("office", "van sales fell 3.7% in October after a flat September", "Statbureau", "statbureau")
    firm = said_story("firm", "its northern sales fell 3.7% over the year as drinks slowed", "Kolvex", "kolvex")
    world = _world(office, firm)
    assert _ids(office.claims[0], world) == []
    assert _ids(firm.claims[0], world) == []


def test_one_source_figure_told_in_two_stories_is_still_found() -> None:
    # the same lender's figure, its speaker written but not resolved, in two stories of other words around it
    first = said_story("first", "prices rose 13.4% over the whole of the year", "The biggest lender", None)
    second = said_story("second", "prices rose 13.4% over the whole of the year", "The biggest lender", None)
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000024"]


def test_one_known_source_figure_is_still_exact() -> None:
    first = said_story("first", "van sales fell 3.7% in October", "Statbureau", "statbureau")
    second = said_story("second", "van sales across the country fell 3.7% last month", "Statbureau", "statbureau")
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000016"]


def test_a_sum_of_money_from_two_sources_is_still_exact() -> None:
    # a sum is not a share: "$4.35bn" from the buyer and from an analyst is one deal
    buyer = said_story("buyer", "its bid for the brewer is worth $4.35bn in cash", "Kolvex", "kolvex")
    analyst = said_story("analyst", "a $4.35bn offer undervalues the brewer", "Marrow Securities", "marrow-securities")
    assert _ids(buyer.claims[0], _world(buyer, analyst)) == ["analyst#s000023"]


def test_a_shared_percentage_with_two_phrases_from_two_sources_is_still_found() -> None:
    # what a round amount needs: here two phrases ("van sales", "northern region") besides the figure
    office = said_story("office", "van sales in the northern region fell 3.7%", "Statbureau", "statbureau")
    union = said_story("union", "a 3.7% fall in van sales hit the northern region", "Drivers Union", "drivers-union")
    assert _ids(office.claims[0], _world(office, union)) == ["union#s000019"]


def test_a_percentage_is_a_share_and_a_sum_is_not() -> None:
    amounts = {a.text: a.share for a in parse_amounts("sales fell 2.8%, a 0.5 percentage point drop, $4.35bn")[0]}
    assert amounts.get("2.8%") is True
    assert amounts.get("4.35 billion usd") is False
