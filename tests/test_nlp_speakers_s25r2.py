"""Speakers named with their organisation, session 25 (round 2), on sentences written for the
purpose (none copied from any corpus).

- "Jo Bell, Westby Traders Association said": the parser may give the verb the organisation after
  the person's comma as a second subject; the person speaks, not the organisation.
- "The Danish Rugby Football Union (DRFU) says" with only part of the name taken for an entity
  (another body's): the bracketed acronym that spells out the whole name is the speaker.
- "The Tradelink trade union said": a head with the word that only says what kind it is ("trade
  union", "record label") names the organisation before it, as "the Tradelink union" does.
- "Shares in Westland drinks firm Grobco fell ..., after it said ...": the company the shares are
  of is what "it" is, as for "Shares in Grobco".
- "Westshire Chief Constable Alastair Brackwood, the X Association's spokesman on farm crime, told ..."
  with the name the model missed: the name speaks, shown as written without an id, never the
  organisation of its apposition.
- "..., marketing magazine New Digital Age reported." with the name left untagged by the model: a
  name after "magazine", "newspaper", "journal" or "tabloid" is the publication's, as after
  "firm" it is the company's; so it is the speaker and the outlet.
"""

from __future__ import annotations

from nlp_util import claim_rows, claims_of

_speakers = claim_rows("speaker speaker_id", opening="Port\n\n")


def test_the_person_before_their_organisation_speaks() -> None:
    text = (
        'Mark Denton, Westport Hotel Association said: "We have tried very hard to make sure they come '
        'back to Westport. "Sadly we have failed."'
    )
    assert _speakers(text) == [("Mark Denton", "mark-denton")]


def test_a_bracketed_acronym_names_the_whole_body() -> None:
    text = (
        "Danish officials want the event. The Danish Rugby Football Union (DRFU) says it has yet to "
        'receive a formal bid from the Oslo team. "We are only looking at hosting alone," said DRFU '
        "secretary Jens Holm."
    )
    # the whole body, its acronym's or its own name's id (not the table's "Rugby Football Union")
    speakers = _speakers(text)
    assert any(
        "Danish Rugby Football Union" in speaker and speaker_id in ("drfu", "danish-rugby-football-union")
        for speaker, speaker_id in speakers
    ), speakers


def test_a_bracketed_word_that_is_no_acronym_of_the_name_is_not_taken() -> None:
    text = (
        "Danish officials want the event. The Danish Rugby Football Union (Oslo) says it has yet to "
        "receive a formal bid from the Westland team."
    )
    assert all(speaker_id != "oslo" for _, speaker_id in _speakers(text))


def test_a_trade_union_named_before_its_kind() -> None:
    text = (
        "Support is sought for a bill to keep big shops in Westland shut on Christmas Day. The Tradelink "
        "trade union said shop staff should be able to enjoy a break with their families."
    )
    assert _speakers(text) == [("The Tradelink trade union", "tradelink")]


def test_it_after_shares_in_a_described_company() -> None:
    text = (
        "Shares in Westland drinks firm Grobco fell 12% at 150 pence on the Norbridge Stock Exchange on "
        "Monday, after it said a partner was set to pull out of a deal on a new beer. Grobco said the "
        "partner was likely to end the agreement."
    )
    assert _speakers(text)[0] == ("it", "grobco")


def test_a_magazine_the_model_left_untagged_reports() -> None:
    text = (
        "Shoppers could soon be using loyalty cards with their phones. Westcom will activate a spare "
        "slot on handsets in January, marketing magazine New Digital Age reported."
    )
    (claim,) = claims_of("Port\n\n" + text)
    assert (claim.speaker, claim.speaker_id, claim.outlets) == (
        "New Digital Age",
        "new-digital-age",
        ["new-digital-age"],
    )


def test_a_missed_name_before_its_apposition_is_not_its_organisation() -> None:
    text = (
        "Westshire Chief Constable Alastair Brackwood, the Association of Rural Police Officers' spokesman "
        "on farm crime, told the Echo the law would be enforced."
    )
    assert _speakers(text) == [("Westshire Chief Constable Alastair Brackwood", None)]
