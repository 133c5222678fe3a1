"""Session 36 mends (mc36) of the claims review of at36, ro36, wire36 and r2c36, on invented sentences.

- A participle of saying after a passive goes on from the passive's subject only when a clause of
  the subject's own stands between the agent and the comma ("was left out by the selectors after
  skipping a test, insisting ..."); right after a "by" agent (a time or place between) it may be the
  agent's words: no claim (`subjects._participle_after_passive`).
- A quote left open at a paragraph's end is one whose straight mark opens a word (after a space or
  at the paragraph's start, a word right after it): the closing mark of a quote carried on from
  the paragraph before ('... years." Tom Pell joined ...') opens nothing
  (`paragraphs.quotes_opened_before`).
- "The Brazilian" is not the one person the article writes "Brazilian X" when someone named after X,
  before the description, may share the nationality written another way ("a compatriot", "also
  from Brazil", "another Brazilian") (`described._given_nationality`).
- A dateline opens the story's first paragraph only (a headline line above it aside), and has an
  agency in brackets, a state or country, a date, or else a long dash that closes no aside; an
  acronym and a dash ("FIFA - the game's ruling body - said", "NATO — the alliance — will") is the
  sentence's subject (`spans.dateline_end`, `pipeline._sentences`).
- "fined a coach for claiming that ...": when the parser hangs "for" on the object, the object's
  phrase would swallow the gerund and the claim; `subjects.charged_object` gives no speaker then.
- "the Velt Rovers boss" ties to "Velt Rovers manager X" in the present only: every word of
  `offices.PAST_HOLDER_WORDS` before the title makes the tie past ("retired Velt Rovers manager X"),
  and a holder the article says lost or left the post (`offices.LEFT_POST`: "X was sacked", "X
  resigned") is no present "boss" (`described._tied_role`).
- "Output rose 4%, Grobco said, lifted by orders from Velt": a past participle after the
  attribution's comma, with a thing as its "by" agent, goes on with the reported clause before the
  attribution (the content joins both, as it did when the parser hung "said" on the clause), where
  the participle alone was the content (`parsed._passive_participle_after_report`); a person as
  agent ("pressed by reporters", the speaker's setting) or no agent is left as it was.
"""

from __future__ import annotations

from nlp_util import claim_rows

_rows = claim_rows("speaker_id content", opening="Title\n\n", bare=True)


# ---- a participle after a passive with a "by" agent


def test_a_participle_right_after_the_agent_is_not_the_subjects() -> None:
    for text in (
        "Mia Rowe was praised by Dan Kosk, arguing she had saved the club from ruin.",
        "Mia Rowe was dropped by Velt Rovers last week, insisting the decision was political.",
        "Mia Rowe was questioned by the panel's chairman Dan Kosk, claiming her figures did not add up.",
    ):
        assert all(row[0] != "mia-rowe" for row in _rows(text)), (text, _rows(text))


def test_a_clause_of_the_subjects_own_before_the_participle_keeps_it_theirs() -> None:
    found = _rows("Mia Rowe was fined by the league after missing a drugs test, saying her phone had been off.")
    assert ("mia-rowe", "her phone had been off") in found, found
    found = _rows("Mia Rowe was suspended by her club, claiming the charge was false.")
    assert all(row[0] != "mia-rowe" for row in found), found


# ---- a straight closing mark is no quote opened


def test_the_close_of_a_carried_quote_opens_no_quote() -> None:
    text = (
        'Dan Kosk told the meeting: "The yard has orders for three ships.\n\n'
        'Nobody here will lose a job this year." Mia Rowe started at the yard as a welder in 1998.\n\n'
        '"It is the best place I have worked," she said.'
    )
    found = _rows(text)
    assert not any("welder" in row[1] for row in found), found
    assert ("mia-rowe", "It is the best place I have worked") in found, found


def test_a_straight_mark_opening_a_sentence_still_opens_the_quote() -> None:
    text = (
        'Mia Rowe took over the yard when its owner retired. "I knew the order book was thin.\n\n'
        '"We had to find new buyers fast," she said.'
    )
    assert _rows(text) == [
        ("mia-rowe", "I knew the order book was thin"),
        ("mia-rowe", "We had to find new buyers fast"),
    ], _rows(text)


# ---- a nationality description and a compatriot written another way


def test_a_compatriot_named_after_the_person_leaves_the_nationality_unresolved() -> None:
    for second in (
        "Rowe now plays Luis Dorado, who also grew up in Brazil, for the title.",
        "Rowe now plays Luis Dorado, a compatriot of Kosk, for the title.",
        "Rowe now plays Luis Dorado, another Brazilian, for the title.",
    ):
        text = f"Mia Rowe knocked out Brazilian Dan Kosk in Tarbury on Sunday.\n\n{second} The Brazilian said the court was slow."
        assert _rows(text) == [(None, "the court was slow")], (second, _rows(text))


def test_the_nationality_still_resolves_when_no_compatriot_is_written() -> None:
    text = (
        "Mia Rowe knocked out Brazilian Dan Kosk in Tarbury on Sunday.\n\n"
        "Rowe now plays Luis Dorado for the title. The Brazilian said the court was slow."
    )
    assert _rows(text) == [("dan-kosk", "the court was slow")], _rows(text)
    text = (
        "Dan Kosk, the Brazilian, knocked out Mia Rowe in Tarbury on Sunday.\n\n"
        "Rowe had beaten Luis Dorado a day earlier. The Brazilian said the court was slow."
    )
    assert _rows(text) == [("dan-kosk", "the court was slow")], _rows(text)


# ---- datelines: the first paragraph only, and a place, date or agency


def test_an_acronym_and_a_dash_opening_a_paragraph_is_no_dateline() -> None:
    found = _rows("IATA - The airlines' trade body - will cut its traffic forecast, Dan Kosk said.")
    assert found == [("dan-kosk", "IATA - The airlines' trade body - will cut its traffic forecast")], found
    found = _rows("NATO — the western alliance — said the drills would go ahead.")
    assert [row[1] for row in found] == ["the drills would go ahead"], found
    assert found[0][0] is not None, found


def test_a_dateline_in_a_later_paragraph_is_no_dateline() -> None:
    found = _rows("Grobco shares fell on Monday.\n\nTARBURY (Reuters) - Sales will fall, Dan Kosk said.")
    assert [row[1] for row in found] == ["TARBURY (Reuters) - Sales will fall"], found


def test_the_first_paragraphs_datelines_still_end_before_the_content() -> None:
    assert _rows("TARBURY (Reuters) - Sales will fall, Dan Kosk said.") == [("dan-kosk", "Sales will fall")]
    assert _rows("TARBURY, Ohio - Sales will fall, Dan Kosk said.") == [("dan-kosk", "Sales will fall")]
    assert _rows("TARBURY — Sales will fall, Dan Kosk said.") == [("dan-kosk", "Sales will fall")]


# ---- an object charged for saying, with "for" hung on the object


def test_a_charged_object_never_swallows_the_claim() -> None:
    for text in (
        "Velt rewarded a lawyer for arguing that the levy was unlawful.",
        "The league fined a coach for claiming that the referee was bribed.",
    ):
        found = claim_rows("speaker", opening="Title\n\n")(text)
        assert not any(" for " in row[0] for row in found), (text, found)


def test_a_charged_object_hung_on_the_verb_still_speaks() -> None:
    found = claim_rows("speaker content", opening="Title\n\n", bare=True)(
        "Grobco sacked its finance chief for saying the accounts were false."
    )
    assert found == [("its finance chief", "the accounts were false")], found


# ---- a team's role: the past-holder words and a holder who left


def test_a_retired_or_sacked_holder_is_not_the_present_boss() -> None:
    for opening in (
        "Retired Velt Rovers manager Dan Kosk watched from the stand on Saturday.",
        "Velt Rovers manager Dan Kosk was dismissed by the board on Monday.",
        "Velt Rovers manager Dan Kosk resigned after the defeat on Monday.",
    ):
        text = f"{opening}\n\nLuis Dorado will lead the side for now. The Velt Rovers boss said the squad was tired."
        assert _rows(text) == [(None, "the squad was tired")], (opening, _rows(text))


def test_a_present_holder_is_still_the_boss() -> None:
    text = (
        "Velt Rovers manager Dan Kosk watched his side lose on Saturday.\n\n"
        "Luis Dorado scored twice for the visitors. The Velt Rovers boss said the squad was tired."
    )
    assert _rows(text) == [("dan-kosk", "the squad was tired")], _rows(text)
    # leaving said of no one, or only planned: still the boss
    text = (
        "Velt Rovers manager Dan Kosk has no plans to quit the club.\n\n"
        "Luis Dorado scored twice for the visitors. The Velt Rovers boss said the squad was tired."
    )
    assert _rows(text) == [("dan-kosk", "the squad was tired")], _rows(text)


# ---- a past participle after an attribution set inside the reported clause


def test_a_participle_with_a_thing_agent_goes_on_with_the_reported_clause() -> None:
    found = _rows("Output rose 4% in May, Grobco said, lifted by new orders from Velt.")
    assert found == [("grobco", "Output rose 4% in May lifted by new orders from Velt")], found


def test_other_shapes_after_an_inserted_attribution_are_unchanged() -> None:
    # the parser hangs "said" on the clause: both parts, as before
    assert _rows("Profits fell sharply, the firm said, hit by higher fuel costs.") == [
        (None, "Profits fell sharply hit by higher fuel costs")
    ]
    # a present participle after it is how it was said, no part of the claim
    assert _rows("Grobco will cut 200 jobs, the firm said, confirming a report.") == [
        (None, "Grobco will cut 200 jobs")
    ]


def test_a_city_dateline_with_a_plain_hyphen_still_ends_before_the_content() -> None:
    # final read of the mends: "LONDON - " and "BRUSSELS -- " were datelines before the mend that
    # asked for a region, a date or an agency, and were left in the content after it
    assert _rows("TARBURY - Sales will fall, Dan Kosk said.") == [("dan-kosk", "Sales will fall")]
    assert _rows("NEW TARBURY -- Sales will fall, Dan Kosk said.") == [("dan-kosk", "Sales will fall")]
    # guard: a short acronym before a plain hyphen opens no dateline ("OPEC - The cartel will ...")
    found = _rows("IATA - The trade body will cut its traffic forecast, Dan Kosk said.")
    assert [row[1] for row in found] == ["IATA - The trade body will cut its traffic forecast"], found
