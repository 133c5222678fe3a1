"""Session 25 round 2: where reported speech ends when a verb is joined to it, on sentences written
for the purpose (none copied from any corpus).

A verb without a subject of its own joined by "and"/"but" to the reported clause belongs to the
speaker (what the speaker does next, narration) when its form goes with the speaker and not with
the clause: the present tense of a present reporting verb after a backshifted clause, when it
cannot agree with the clause's subject or says what the speaker sets out to do ("fears costs
could rise and wants B", "claims A was B and has vowed C"; see tests/test_nlp_mends_s25.py), or a plain or plural form after a
clause with a singular subject ("believe the rate is high - and fear cuts", "to warn that it was
short of money and suspend trading"). A verb that can go on with the clause keeps it ("said prices
were rising and would keep rising", "insist the bill would not change A and contains B", "will
avoid A and instead turn to B", "hopes to stay and start B").
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _contents(text: str) -> list[str]:
    return [c.content for c in claims_of("Port\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The union fears that rising costs could hurt members and wants to stop it by striking.",
            "rising costs could hurt members",
        ),
        (
            "The club says its relegation was payback for a feud with its chairman Dan Kell and has pledged to fight the ruling.",
            "its relegation was payback for a feud with its chairman Dan Kell",
        ),
        (
            "Most traders think the figure is sure to stay below 2% - and fear job losses or pay freezes.",
            "the figure is sure to stay below 2%",
        ),
        (
            "Police think the pair were driving a red car, and are keen to hear from anyone who saw it.",
            "the pair were driving a red car",
        ),
        (
            "The port went on to warn in May that it was running out of money and suspend trading of its shares.",
            "it was running out of money",
        ),
    ],
)
def test_speakers_own_verb_ends_the_content(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Dale said prices were rising and would keep rising.", "prices were rising and would keep rising"),
        (
            "Ministers insist the new bill would not change the rules and contains a safeguard for tenants.",
            "the new bill would not change the rules and contains a safeguard for tenants",
        ),
        (
            "The club says Tom Reed will avoid a bidding war and instead turn to a cheaper striker.",
            "Tom Reed will avoid a bidding war and instead turn to a cheaper striker",
        ),
        ("Ministers say the towns are growing and need new schools.", "the towns are growing and need new schools"),
        (
            "Mr Hale said he hopes to stay on as mayor of Dunmore, and start a family.",
            "he hopes to stay on as mayor of Dunmore, and start a family",
        ),
    ],
)
def test_clause_verb_goes_on(text: str, content: str) -> None:
    assert _contents(text) == [content]
