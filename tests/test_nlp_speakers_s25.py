"""Speakers written as a description, session 25 (round 1), on sentences written for the purpose
(none copied from any corpus).

- A description opening its sentence after a sentence about one person is that person also when
  its head is an achievement ("the Olympic bronze medallist") or a researcher's role ("the
  Ostland-born researcher"), and when "and" joins two capitalised modifiers of its one head
  ("the Pan-Coastal and Northern bronze medallist"), not two people.
- "It said" after "A difficulty flagged by X was ...": the organisation that is the passive's agent,
  when it is the only one named there and the passive is not about an organisation.
- The article's person may open its first paragraph after a fronted phrase ("In a lecture at X,
  Jo Bell said"): an office qualified by their organisation later is theirs.
- "..., a senior transport figure has warned." closing a one-sentence lead: the person the next
  paragraph opens with, their apposition before the verb allowed.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_speakers = claim_rows("speaker speaker_id", opening="Port\n\n")


@pytest.mark.parametrize(
    ("text", "speaker", "person"),
    [
        (
            "Rina Okafor took the hurdles crown at the Dunmere meeting. Okafor, fourth at the May trials, "
            "had been out with a hamstring strain for ten weeks. And the Pan-Coastal and Northern bronze "
            "medallist believes the long break has cost her some rhythm.",
            "the Pan-Coastal and Northern bronze medallist",
            "rina-okafor",
        ),
        (
            "Rina Okafor took the hurdles crown at the Dunmere meeting. Okafor had been out with a hamstring "
            "strain for ten weeks. The Olympic bronze medallist said the long break had cost her some rhythm.",
            "The Olympic bronze medallist",
            "rina-okafor",
        ),
        (
            '"We first counted the beetles in the valley in 2019," said Mira Haldane, an entomologist at the '
            'Fenwick Field Station. "Nobody expected them to reach the coast so soon," added the '
            "Ostland-born researcher.",
            "the Ostland-born researcher",
            "mira-haldane",
        ),
    ],
)
def test_a_description_continues_with_the_one_person_before(text: str, speaker: str, person: str) -> None:
    assert (speaker, person) in _speakers(text)


def test_a_medallist_after_two_people_stays_unresolved() -> None:
    text = (
        "Rina Okafor edged Anna Brill for the hurdles crown at the Dunmere meeting. The Olympic bronze "
        "medallist said the long break had cost her some rhythm."
    )
    assert ("The Olympic bronze medallist", None) in _speakers(text)


def test_it_is_the_agent_of_a_passive_before() -> None:
    # "It said" after a sentence whose one organisation is a passive's agent: that organisation
    text = (
        "Kelvix Technologies said demand was strong.\n\n"
        '"The figures look dull," said Jo Pell, an analyst at Tellan Securities. "But the outlook is good." '
        "Orders fell 12%. A difficulty flagged by Kelvix Technologies was a shortage of parts. It said that a third "
        "of its suppliers had closed."
    )
    assert [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("a third")] == [
        "kelvix-technologies"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the thing the passive is about is an organisation: "it" may be either
        "The bank was bought by Kelvix Technologies last year. It said that a third of its suppliers had closed.",
        # two organisations named there: not settled
        "A difficulty flagged by Kelvix Technologies and Tellan Securities was a shortage of parts. It said that a third of its suppliers had closed.",
    ],
)
def test_it_after_a_passive_stays_unresolved_when_unsettled(text: str) -> None:
    assert [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("a third")] == [None]


def test_an_office_of_the_person_after_a_fronted_phrase() -> None:
    # the article's person opens its first paragraph after "In a lecture at ...,": still its subject
    text = (
        "In a lecture at the Grobton Institute, Ann Verity of Fairlaw International said rights had been "
        "ignored since 2001. "
        "She said the movement needed simpler words.\n\n"
        '"We have lost the argument," Ms Verity said. That was made worse by a crisis of trust.\n\n'
        "The Fairlaw secretary-general said the gap between influence and results was growing."
    )
    found = [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("the gap")]
    assert found == ["ann-verity"]


def test_a_closing_description_in_the_lead_is_the_person_the_next_paragraph_opens_with() -> None:
    text = (
        "Norland's bus makers will go under unless they switch to electric engines soon, a senior transport "
        "figure has warned.\n\n"
        "Ann Verity, the chief of Grobco Motors until last year, told a radio programme that orders were "
        "drying up. She said the makers had to change."
    )
    found = [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("Norland")]
    assert found == ["ann-verity"]


def test_a_closing_description_outside_a_lead_stays_unresolved() -> None:
    # the paragraph goes on after it: the person named next may be anyone
    text = (
        "Orders are drying up. The bus makers will go under, a senior transport figure has warned. "
        "Ann Verity, the chief of Grobco Motors, told a radio programme that fuel was too dear."
    )
    found = [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("The bus")]
    assert found == [None]
