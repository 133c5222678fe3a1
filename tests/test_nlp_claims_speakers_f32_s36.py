"""Session 36 (round 2, on fresh32's claim and speaker misses), on invented sentences.

- "Dan Kosk's ex-wife Mia Rowe picked Luis and Jed. She said: ...": a possessive that opens
  the sentence before "she" leads, over a tie word ("wife", "ex-wife", "coach"), to the name that is
  the sentence's subject (`speakers._person_before` reads `possessed_subject`; an "ex-" tie is a tie,
  `vocabulary._TIE_WORDS`); never when an object the pronoun fits may be the speaker ("picked
  Sue Kay"), nor for "he" after a woman's name.
- "The Grobton-based VFC watchdog said": where a body is based, written between "the" and its name,
  leaves the name the one the head noun names (`context._named_before_head`); never a description
  with no name in it ("The Grobton-based watchdog") nor a person's ("The Grobton-based VFC analyst").
- 'X built it after his father fell ill. "I knew ... / "The number ...," he said.': a quote opened
  after narration and left open at its paragraph's end, reopened by the next paragraph's first quote
  and attributed there, is that speaker's claim too (`paragraphs.quotes_opened_before`); never a
  quote a claim already holds ('said: "...'), one opened inside a sentence, or one whose next
  paragraph's quote no attribution closes.
- "Mia Rowe was left out by Velt Rovers for breaking a curfew, insisting ...": a participle of
  saying after a comma goes on from the passive's subject, a name or "he"/"she"/"they", when a clause
  of the subject's own stands between the agent and the comma (`subjects._participle_after_passive`);
  never right after the agent ("was thanked by Dan Kosk, saying ...": maybe the agent's words), nor
  a thing's ("The plan was attacked by the unions, claiming ...").
- "A study in 2000, which was commissioned by A, B, C and D, found that ...": a document whose
  verb follows a long aside set off by commas is a candidate sentence (`vocabulary.DOCUMENT_CANDIDATE`).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


_QUIZ = (
    "Quiz\n\nThe final round was filmed in Tarbury last week. Dan Kosk's {tie} Mia Rowe {act} on the night. "
    '{pronoun} said: "{quote}"'
)


def test_pronoun_after_a_possessive_opener_is_the_name_it_leads_to():
    for tie in ("ex-wife", "wife"):
        text = _QUIZ.format(
            tie=tie, act="picked Luis and Jed as her rivals", pronoun="She", quote="Jed plays it too safe."
        )
        assert ("Mia Rowe", "mia-rowe", "Jed plays it too safe") in _found(text), (tie, _found(text))


def test_pronoun_after_a_possessive_opener_stays_unresolved_when_unsure():
    # an object the pronoun fits may be the one speaking
    text = _QUIZ.format(tie="ex-wife", act="picked Sue Kay", pronoun="She", quote="The rules were fair.")
    assert [(s, i) for s, i, _ in _found(text)] == [("She (unresolved)", None)]
    # "he" is not the woman the possessive leads to
    text = _QUIZ.format(tie="ex-wife", act="won the jackpot", pronoun="He", quote="The rules were fair.")
    assert all(i != "mia-rowe" for _, i, _ in _found(text))


_FISH = (
    "Fish\n\nThe Velt Fisheries Council (VFC) cut the cod quota again. {second}\n\n"
    "{speaker} said the cut followed a survey of the northern grounds."
)


def test_body_based_somewhere_is_the_name_after_it():
    text = _FISH.format(
        second="The VFC meets twice a year.",
        speaker="The Grobton-based VFC watchdog, set up in 1990 to police the fleet,",
    )
    assert (
        "The Grobton-based VFC watchdog",
        "velt-fisheries-council",
        "the cut followed a survey of the northern grounds",
    ) in (_found(text)), _found(text)


def test_based_somewhere_without_the_name_or_with_a_person_head_is_no_body():
    found = _found(_FISH.format(second="Grobco sells the catch.", speaker="The Grobton-based watchdog"))
    assert ("The Grobton-based watchdog", None, "the cut followed a survey of the northern grounds") in found, found
    found = _found(_FISH.format(second="", speaker="The Grobton-based VFC analyst"))
    assert ("The Grobton-based VFC analyst", None, "the cut followed a survey of the northern grounds") in found, found


_MOUSE = "Mouse\n\nA device that steadies shaking hands has been built.\n\n{opening}\n\n{next}"


def test_quote_left_open_before_an_attributed_paragraph_is_its_speakers():
    text = _MOUSE.format(
        opening='The adapter is the work of Grobco engineer Tom Pell, who built it after his father fell ill. "I knew '
        "there had to be a way to help people like him.",
        next='"The number of older users will grow fast," he said. Grobco said it would sell the device from May.',
    )
    found = _found(text)
    contents = [c for _, _, c in found]
    assert "I knew there had to be a way to help people like him" in contents
    assert "The number of older users will grow fast" in contents
    opened = next(f for f in found if f[2].startswith("I knew"))
    attributed = next(f for f in found if f[2].startswith("The number"))
    assert opened[:2] == attributed[:2]  # the same speaker (here "he", left unresolved)


def test_quote_left_open_only_after_narration_and_before_its_attribution():
    # a quote a claim introduced: one claim of it, as before
    found = _found(
        _MOUSE.format(
            opening='Grobco engineer Tom Pell said: "I knew there had to be a way to help people like him.',
            next='"The number of older users will grow fast," he said.',
        )
    )
    assert sum(c.startswith("I knew") for _, _, c in found) == 1
    # a quote opened inside a sentence: the writer's words around it
    found = _found(
        _MOUSE.format(
            opening='The adapter was called "a way to help people like him and many others too.',
            next='"The number of older users will grow fast," said Tom Pell.',
        )
    )
    assert not any("a way to help" in c for _, _, c in found)
    # the next paragraph's quote closes with no attribution of its own
    found = _found(
        _MOUSE.format(
            opening='The adapter is the work of Grobco engineer Tom Pell. "I knew there had to be a way to help people.',
            next='"The number of older users will grow fast. It is a big market." Ann Bell, a nurse, said she agreed.',
        )
    )
    assert not any(c.startswith("I knew") for _, _, c in found)


def test_participle_after_a_passive_is_its_subjects():
    found = _found(
        "Hockey\n\nMia Rowe was left out of the squad by Velt Rovers for breaking a curfew, insisting she had been "
        "home by ten."
    )
    assert ("Mia Rowe", "mia-rowe", "she had been home by ten") in found, found


def test_participle_right_after_a_passives_agent_is_not_its_subjects():
    # the agent, a person or a body, may be the one saying it (the start of session 36's rule gave it
    # to the subject): no claim of the subject's
    for text in (
        "Mia Rowe was thanked by the league's chairman Dan Kosk, saying she had lifted the sport.",
        "Mia Rowe was banned by Velt Rovers for six weeks, insisting she had broken no rule.",
    ):
        assert not any(i == "mia-rowe" for _, i, _ in _found("Hockey\n\n" + text)), (text, _found("Hockey\n\n" + text))


def test_participle_after_a_passive_of_a_thing_is_nobodys():
    found = _found("Football\n\nThe plan was attacked by the unions, claiming it would cost jobs.")
    assert not any(s.lower().startswith("the plan") for s, _, _ in found)


def test_document_after_a_long_aside_is_read():
    found = _found(
        "Rail\n\nA study in 2000, which was commissioned by the council, Grobco, the Tarbury Trust and the Velt Rail "
        "Board, found that a half-hourly service could cover its operating costs."
    )
    assert ("A study in 2000", None, "a half-hourly service could cover its operating costs") in found


def test_document_aside_without_a_verb_of_finding_is_no_claim():
    found = _found(
        "Rail\n\nA copy of the study, which the council had kept from the public for years despite many requests "
        "from campaigners, was found in a drawer."
    )
    assert found == []
