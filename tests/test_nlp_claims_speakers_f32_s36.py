"""Session 36 (round 2, on fresh32's claim and speaker misses), on invented sentences.

- "Tom Pell's ex-wife Ann Bell nominated both Rob and Bez. She said: ...": a possessive that opens
  the sentence before "she" leads, over a tie word ("wife", "ex-wife", "coach"), to the name that is
  the sentence's subject (`speakers._person_before` reads `possessed_subject`; an "ex-" tie is a tie,
  `vocabulary._TIE_WORDS`); never when an object the pronoun fits may be the speaker ("nominated
  Sue Kay"), nor for "he" after a woman's name.
- "The Tarbury-based GEO watchdog said": where a body is based, written between "the" and its name,
  leaves the name the one the head noun names (`context._named_before_head`); never a description
  with no name in it ("The Tarbury-based watchdog") nor a person's ("The Tarbury-based GEO analyst").
- 'X built it after his father fell ill. "I knew ... / "The number ...," he said.': a quote opened
  after narration and left open at its paragraph's end, reopened by the next paragraph's first quote
  and attributed there, is that speaker's claim too (`paragraphs.quotes_opened_before`); never a
  quote a claim already holds ('said: "...'), one opened inside a sentence, or one whose next
  paragraph's quote no attribution closes.
- "Tom Pell was dropped by the coach after missing a session, claiming he had a cold": a participle
  of saying after a comma goes on from the passive's subject, a name or "he"/"she"/"they"
  (`subjects._participle_after_passive`); never a thing's ("The plan was attacked by the unions,
  claiming ...").
- "A study in 2000, which was commissioned by A, B, C and D, found that ...": a document whose
  verb follows a long aside set off by commas is a candidate sentence (`vocabulary.DOCUMENT_CANDIDATE`).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


_SHOW = 'Show\n\nRob Dorr was voted out on Monday. Tom Pell\'s {tie} Ann Bell {act}. {pronoun} said: "{quote}"'


def test_pronoun_after_a_possessive_opener_is_the_name_it_leads_to():
    for tie in ("ex-wife", "wife"):
        text = _SHOW.format(
            tie=tie, act="nominated both Rob and Bez", pronoun="She", quote="Bez is a difficult man. He is not happy."
        )
        assert ("Ann Bell", "ann-bell", "Bez is a difficult man. He is not happy") in _found(text)


def test_pronoun_after_a_possessive_opener_stays_unresolved_when_unsure():
    # an object the pronoun fits may be the one speaking
    text = _SHOW.format(tie="ex-wife", act="nominated Sue Kay", pronoun="She", quote="It is a good plan.")
    assert [(s, i) for s, i, _ in _found(text)] == [("She (unresolved)", None)]
    # "he" is not the woman the possessive leads to
    text = _SHOW.format(tie="ex-wife", act="backed the plan", pronoun="He", quote="It is a good plan.")
    assert all(i != "ann-bell" for _, i, _ in _found(text))


_OIL = "Oil\n\nThe Grobland Energy Office (GEO) warned that demand would rise. {second}\n\n{speaker} said the revision was due to demand from Asia."


def test_body_based_somewhere_is_the_name_after_it():
    text = _OIL.format(
        second="The GEO raised its estimate.",
        speaker="The Tarbury-based GEO watchdog, which advises rich nations on energy policy,",
    )
    assert ("The Tarbury-based GEO watchdog", "grobland-energy-office", "the revision was due to demand from Asia") in (
        _found(text)
    )


def test_based_somewhere_without_the_name_or_with_a_person_head_is_no_body():
    found = _found(_OIL.format(second="Grobco raised its estimate.", speaker="The Tarbury-based watchdog"))
    assert ("The Tarbury-based watchdog", None, "the revision was due to demand from Asia") in found
    found = _found(_OIL.format(second="", speaker="The Tarbury-based GEO analyst"))
    assert ("The Tarbury-based GEO analyst", None, "the revision was due to demand from Asia") in found


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
        "Football\n\nTom Pell was dropped by the coach after missing a training session, claiming he had a cold."
    )
    assert ("Tom Pell", "tom-pell", "he had a cold") in found


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
