"""Session 29, mends of round 1's review (findings 8-11), on sentences written for the purpose (none
copied from any corpus).

- Past holders: "X, a former deputy mayor, became mayor" held another office; "Mayor X said the
  former mayor had ..." speaks of someone else (only an apposition or relative clause bound to X,
  or the words before X, are X's past); "X, who resigned as mayor ..., was elected mayor again" holds
  it now. So "The mayor said" is X in all three.
- Related claims: an outturn measured against a forecast ("better than forecast", "beating
  forecasts", "than it had forecast") is no forecast, so the same figure from two sources still
  pairs; a share that moved to "x% of national income" is the level a like move "to x%" reached.
- `doc_text`: a doc made by `Span.as_doc(copy_user_data=True)` reads its own text, not its parent's.
"""

from __future__ import annotations

import pytest
import spacy

from belreader.nlp.claims.vocabulary import doc_text
from belreader.nlp.records import Analysis
from belreader.nlp.related import related_matches

from nlp_util import claims_of, filler_stories, said_story

_LATER = "The mayor said the bridge would be closed again in June."


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Lee, a former deputy mayor, became mayor of Dorran in May.",
        "Mayor Ann Lee said the former mayor had left the town in a mess.",
        "Tom Pell, who resigned as mayor in 2010, was elected mayor again in May.",
        "Ann Lee, the mayor of Dorran, blamed the former mayor for the debt.",
    ],
)
def test_the_holder_now_is_still_the_office(opening: str) -> None:
    found = [(c.speaker, c.speaker_id) for c in claims_of(f"Port\n\n{opening}\n\n{_LATER}")]
    assert found[-1][0] == "The mayor" and found[-1][1] in {"ann-lee", "tom-pell"}, found


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Lee, 58, a former mayor of Dorran, opened the new bridge.",
        "Ann Lee, who is now a former mayor, opened the new bridge.",
        "Ann Lee, who resigned as mayor in 2010, opened the new bridge.",
    ],
)
def test_a_bound_past_holding_still_counts(opening: str) -> None:
    found = [(c.speaker, c.speaker_id) for c in claims_of(f"Port\n\n{opening}\n\n{_LATER}")]
    assert found == [("The mayor", None)], found


def _world(*stories: Analysis) -> list[Analysis]:
    filler = filler_stories()
    return [*stories, *filler]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("the zorland economy grew by 0.4% in the third quarter", "Statbureau", "statbureau"),
            ("zorland growth of 0.4% in the third quarter was better than forecast", "Quorbank", "quorbank"),
        ),
        (
            (
                "the zorland economy grew 0.4% in the third quarter, beating forecasts of 0.3%",
                "Statbureau",
                "statbureau",
            ),
            ("zorland growth of 0.4% in the third quarter was above what it had predicted", "Quorbank", "quorbank"),
        ),
        (
            ("zorland inflation rose to 2.9% in May", "Statbureau", "statbureau"),
            ("zorland inflation of 2.9% in May was higher than it had forecast", "Zorbank", "zorbank"),
        ),
        (
            ("zorland borrowing will fall to 3.1% of national income", "Treasury", "treasury"),
            ("zorland borrowing will drop to 3.1%", "Quorbank", "quorbank"),
        ),
    ],
)
def test_one_figure_from_two_sources_is_still_found(first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    a, b = said_story("a", *first), said_story("b", *second)
    world = _world(a, b)
    found = [m.claim.id for m in related_matches(a.claims[0], world, limit=3)]
    back = [m.claim.id for m in related_matches(b.claims[0], world, limit=3)]
    assert (found, back) == ([b.claims[0].id], [a.claims[0].id]), (found, back)


def test_a_smaller_doc_reads_its_own_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Ann Pell said the bridge would open. Tom Bell agreed.")
    assert doc_text(doc) == doc.text
    part = doc[0:7].as_doc(copy_user_data=True)
    assert doc_text(part) == part.text == "Ann Pell said the bridge would open"
