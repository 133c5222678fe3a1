"""Speakers and outlets, session 26 (round 2), on sentences written for the purpose (none copied
from any corpus): the round-1 rules mended where a review found them wrong.

- A writing can speak: a participle on the object of a verb of stance is the object's when the
  object is a writing, put up or handed out too ("condemned banners saying ...", "attacked
  adverts claiming ..."), singular or plural; else the stance-taker speaks with any participle
  ("saying", "noting", "complaining", ...) but "claiming"/"alleging"/"suggesting"/"showing"/
  "indicating", which a rumour, a writing or a finding does; what is said of the writing itself
  ("condemned the emails saying they were forged") is the stance-taker's.
- A participle on the "that" clause of a noun goes on from the verb whose object the noun is,
  also through a preposition ("hit back at claims that ...") and through the noun the clause's
  noun qualifies ("brushed off talk of claims that ...").
- "told Grobco's website": the medium's noun must head its phrase ("told Grobco's site staff" is
  no website), in any case ("tv channel"); not the speaker's own organisation.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The phone maker attacked adverts claiming its handsets overheated.", "adverts"),
        ("Mayor Ilse Brandt condemned letters claiming the count had been fixed.", "letters"),
        ("Mayor Ilse Brandt condemned anonymous emails claiming the count had been fixed.", "anonymous emails"),
        ("Mayor Ilse Brandt condemned a leaflet claiming the count had been fixed.", "a leaflet"),
        ("Kessling Foods criticised posters saying its bakery would shut.", "posters"),
        ("The rowing club condemned banners saying the coach had to leave.", "banners"),
        ("The rowing club condemned signs saying the coach had to leave.", "signs"),
    ],
)
def test_a_writing_on_the_object_of_a_stance_speaks(text: str, speaker: str) -> None:
    claims = claims_of("Port\n\n" + text)
    assert [(c.speaker, c.speaker_id) for c in claims] == [(speaker, None)]


def test_a_rumour_claims_for_itself() -> None:
    # "claiming" after a thing's name is what the thing says, not the stance-taker
    claims = claims_of("Port\n\nThe harbour chief dismissed rumours claiming the ferry would be sold.")
    assert [c.speaker for c in claims] == ["rumours"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Grain trader Osric Lamm opposed the new tariff saying it would ruin small millers.", "osric-lamm"),
    ],
)
def test_the_stance_taker_still_says_what_a_thing_cannot(text: str, speaker: str | None) -> None:
    claims = claims_of("Port\n\n" + text)
    assert len(claims) == 1
    assert claims[0].speaker_id == speaker
    assert claims[0].speaker not in ("the new tariff", "a fixed cap")


def test_a_future_stance_is_no_claim_and_never_the_things() -> None:
    # session 31: "will argue ... saying" is a speech not yet made (GUIDE: future speech is no
    # claim), so no claim at all, and never one of "a fixed cap"
    claims = claims_of("Port\n\nThe Ostland envoy will argue against a fixed cap saying it is unworkable.")
    assert claims == []


@pytest.mark.parametrize("participle", ["noting", "complaining", "explaining", "warning"])
def test_the_stance_taker_speaks_with_any_participle_of_theirs(participle: str) -> None:
    claims = claims_of(f"Port\n\nThe dockers' guild opposed the new quotas {participle} they would cost jobs.")
    assert [c.speaker for c in claims] == ["The dockers' guild"]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour chief condemned the emails saying they were forged.",
        "The harbour chief condemned the leaflet saying it was a forgery.",
    ],
)
def test_what_is_said_of_the_writing_itself_is_the_stance_takers(text: str) -> None:
    claims = claims_of("Port\n\n" + text)
    assert [c.speaker for c in claims] == ["The harbour chief"]


@pytest.mark.parametrize(
    ("text", "content", "person"),
    [
        (
            'Club chairman Piet Dorran hit back at claims that the ground would be sold saying it was "not for sale".',
            "it was",
            "piet-dorran",
        ),
        (
            "Mayor Edda Vint hit out at suggestions that the harbour was unsafe saying inspectors had found no faults.",
            "inspectors had found",
            "edda-vint",
        ),
        (
            "The union leader Mara Selk brushed off talk of claims that the strike had collapsed saying most "
            "members had stayed out.",
            "most members",
            "mara-selk",
        ),
    ],
)
def test_a_participle_on_a_that_clause_through_a_preposition(text: str, content: str, person: str) -> None:
    claims = [c for c in claims_of("Port\n\n" + text) if c.content.startswith(content)]
    assert [c.speaker_id for c in claims] == [person], [c.speaker for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        '"We will shut the depot in June," Tom Pell told Kessling Foods\' site staff on Monday.',
        '"We will shut the depot in June," Tom Pell told Kessling Foods\' website editor on Monday.',
    ],
)
def test_a_medium_noun_qualifying_another_is_no_outlet(text: str) -> None:
    assert [c.outlets for c in claims_of("Port\n\n" + text)] == [[]]


def test_a_bodys_own_channel_in_lower_case() -> None:
    claims = claims_of('Port\n\n"We will shut the depot in June," Tom Pell told the Kessling Group\'s tv channel.')
    assert [c.outlets for c in claims] == [["kessling-group"]]


def test_the_speakers_own_organisation_is_no_outlet_of_its_own_website() -> None:
    claims = claims_of(
        'Port\n\n"We are ready for the final," a Grobton Rowing Federation spokesman told the '
        "Grobton Rowing Federation's official website."
    )
    assert [(c.speaker_id, c.outlets) for c in claims] == [("grobton-rowing-federation", [])]
