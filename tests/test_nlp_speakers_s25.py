"""Speakers written as a description, session 25 (round 1), on sentences written for the purpose
(none copied from any corpus).

- A description opening its sentence after a sentence about one person is that person also when
  its head is an achievement ("the Olympic silver medallist") or a researcher's role ("the
  Grobland-born researcher"), and when "and" joins two capitalised modifiers of its one head
  ("the Commonwealth and European silver medallist"), not two people.
- "It said" after "One problem noted by X was ...": the organisation that is the passive's agent,
  when it is the only one named there and the passive is not about an organisation.
- The article's person may open its first paragraph after a fronted phrase ("In a lecture at X,
  Jo Bell said"): an office qualified by their organisation later is theirs.
- "..., a leading industry figure has said." closing a one-sentence lead: the person the next
  paragraph opens with, their apposition before the verb allowed.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.speaker_id) for c in claims_of("Port\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "speaker", "person"),
    [
        (
            "Kate Mallory won the long jump title in Norbridge on Sunday. Mallory, who came fifth in last "
            "year's final, has not jumped indoors since 2001. And the Commonwealth and European silver "
            "medallist believes her lack of practice has dented her confidence.",
            "the Commonwealth and European silver medallist",
            "kate-mallory",
        ),
        (
            "Kate Mallory won the long jump title in Norbridge on Sunday. Mallory has not jumped indoors "
            "since 2001. The Olympic silver medallist said her lack of practice had dented her confidence.",
            "The Olympic silver medallist",
            "kate-mallory",
        ),
        (
            '"I began studying puzzle games ten years ago," said Tomas Verbeke, games designer at the '
            'Institute of Play in Norbridge. "I was surprised at how fast they have spread," added the '
            "Grobland-born researcher.",
            "the Grobland-born researcher",
            "tomas-verbeke",
        ),
    ],
)
def test_a_description_continues_with_the_one_person_before(text: str, speaker: str, person: str) -> None:
    assert (speaker, person) in _speakers(text)


def test_a_medallist_after_two_people_stays_unresolved() -> None:
    text = (
        "Kate Mallory beat Anna Brill to the long jump title in Norbridge on Sunday. The Olympic silver "
        "medallist said her lack of practice had dented her confidence."
    )
    assert ("The Olympic silver medallist", None) in _speakers(text)


def test_it_is_the_agent_of_a_passive_before() -> None:
    # "It said" after a sentence whose one organisation is a passive's agent: that organisation
    text = (
        "Kelvix Technologies said demand was strong.\n\n"
        '"The figures look dull," said Jo Pell, an analyst at Tellan Securities. "But the outlook is good." '
        "Sales rose 34%. One problem noted by Kelvix Technologies was the loss of staff. It said that half of its call "
        "centre workers had left."
    )
    assert [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("half")] == [
        "kelvix-technologies"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the thing the passive is about is an organisation: "it" may be either
        "The bank was bought by Kelvix Technologies last year. It said that half of its call centre workers had left.",
        # two organisations named there: not settled
        "One problem noted by Kelvix Technologies and Tellan Securities was the loss of staff. It said that half of its workers had left.",
    ],
)
def test_it_after_a_passive_stays_unresolved_when_unsettled(text: str) -> None:
    assert [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("half")] == [None]


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
        "The Norland film trade is close to collapse because it ignored online sales, a leading industry "
        "figure has said.\n\n"
        "Ann Verity, the head of Grobco Pictures until last year, told a radio programme that cinemas were "
        "struggling. She said the trade had to change."
    )
    found = [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("The Norland")]
    assert found == ["ann-verity"]


def test_a_closing_description_outside_a_lead_stays_unresolved() -> None:
    # the paragraph goes on after it: the person named next may be anyone
    text = (
        "Cinemas are struggling. The trade is close to collapse, a leading industry figure has said. "
        "Ann Verity, the head of Grobco Pictures, told a radio programme that prices were too high."
    )
    found = [c.speaker_id for c in claims_of("Port\n\n" + text) if c.content.startswith("The trade")]
    assert found == [None]
