"""Related claims, session 21: a reprinted story's claim whose words say little. Read in the misses
of a blind sample (bench/eval_related.py, blind-s21-random): two of its three misses were claims of
a story reprinted word for word ("But that is going to change very soon" from "the panel"; "they
can tell which results are paid for and which are not" from "only 18% of all searchers"), refused
because none of their words is specific enough. Corpus-wide, 15 pairs of claims of six words or more
had the same words and were refused; 13 were reprints (a neighbouring claim repeated as well).
Tested on sentences written for the purpose.

- the same words from the same speaker as written, with the claim before or after it the same too,
  is the reprinted story's claim, whatever its words;
- not when the claims around it differ (a stock phrase in two stories), nor from another speaker.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis

from nlp_util import make_claim, related_ids

SAID = "that is going to change very soon"  # no word the rules count as evidence once "change" is common


def _story(article_id: str, claims: list[tuple[str, str]]) -> Analysis:
    """One sentence a claim (speaker as written, content), none with an id."""
    built, at = [], 0
    for n, (speaker, content) in enumerate(claims, 1):
        intro = f"{speaker} said "
        start = at + len(intro)
        built.append(
            make_claim(article_id, content, start, paragraph=n, speaker=speaker, sentence=(at, start + len(content)))
        )
        at = start + len(content) + 2
    return Analysis(article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=[], claims=built)


def _world(*stories: Analysis) -> list[Analysis]:
    # "change" in more than 1 % of the claims (not a specific word), fewer than 5 % (still indexed); made-up
    # words make the corpus large
    common = [_story(f"w{i}", [("the forecaster", f"the weather in region {i} will change")]) for i in range(10)]
    filler = [_story(f"f{i}", [("someone", f"blorp{i} zindle{i} quaffo{i} trezzy{i}")]) for i in range(300)]
    return [*stories, *common, *filler]


_ids = related_ids


def test_a_reprinted_claim_of_common_words_finds_its_reprint() -> None:
    story = [("the organisers", "the fair drew more visitors than last year"), ("the panel", SAID)]
    first, reprint = _story("first", story), _story("reprint", story)
    analyses = _world(first, reprint)
    assert _ids(first.claims[1], analyses) == ["reprint#s000079"]
    assert _ids(reprint.claims[1], analyses) == ["first#s000079"]


def test_the_same_stock_words_in_two_other_stories_are_not_matched() -> None:
    first = _story("first", [("the organisers", "the fair drew more visitors than last year"), ("the panel", SAID)])
    other = _story("other", [("the club", "the stadium roof needs urgent repairs now"), ("the panel", SAID)])
    assert _ids(first.claims[1], _world(first, other)) == []


def test_another_speaker_saying_the_same_words_is_not_a_reprint() -> None:
    first = _story("first", [("the organisers", "the fair drew more visitors than last year"), ("the panel", SAID)])
    other = _story("other", [("the organisers", "the fair drew more visitors than last year"), ("the jury", SAID)])
    analyses = _world(first, other)
    assert _ids(first.claims[1], analyses) == []
    assert _ids(first.claims[0], analyses) == ["other#s000020"]  # the neighbour itself is matched on its own words
