"""Session 37 (wire37): news in other house styles than the BBC's, second file: US financial
papers, Canadian papers, features, transcripts, press releases, social posts and Penn Treebank
quote marks, on invented sentences; the development file is `wire_s37_data` (written and
annotated by hand before belreader was run on it), scored by `wire_s36_score`.

- Penn Treebank-style quote marks (``We are pleased,'' said Tom Pell), as in the raw text of the
  Penn Treebank and CoNLL: read as typeset quotes for the analysis, every offset and text taken
  back to the body's own (`pipeline.typeset_quotes` / `restore_offsets`): the content is the
  words, without the marks. Only in a body with "``" and no curly double quote.
- Canadian outlets the table lacked: "told The Canadian Press" (`data/media.toml`).
- "In an interview with the Toronto Star, Ontario's housing minister, Tom Pell, said ...": the
  subject the parser hung on the opening phrase as an apposition is the verb's subject
  (`subjects._mend_opening_apposition`); only with no subject, a person named in it.
- "wrote in a note to clients that B", "wrote on X, formerly Twitter, that B": the phrase up to
  the clause's "that" is where it was said (`content._setting_before_that`); never a relative
  "that", never a phrase set off by a comma before it.
- "A, Tom Pell said, asked about the cuts" with "asked" tagged a past tense: the speaker's scene.
- "Tom Pell said that sales fell, citing a report": a source's-manner participle closing a clause
  whose subject is a thing is the speaker's (`parsed._before_sources_participle`); "said the
  minister resigned, citing ill health" keeps it (the minister's reason).
- "according to a senior official who spoke on condition of anonymity because ...": the speaker
  is "a senior official" (`vocabulary.ANONYMITY_CLAUSE`); "a diplomat who attended the meeting"
  stays whole.
- A press release's dateline "TARBURY, Ohio, March 3, 2024 /PRNewswire/ -- " (`DATELINE`).
- '"...," Ana Velt posted on Instagram', "tweeted that": "post" reports with a clause, a colon or
  a quote before it (never "posted a loss", 'posted "record" profits').
- A first name the model left out at a paragraph's start after a headline with no stop.
- Transcript turns ("PELL: We never asked for a bailout."): the one person of that surname named
  before, in a transcript of two such turns at least (`paragraphs.transcript_turns`).
"""

from __future__ import annotations

from wire_s36_score import score
from wire_s37_data import CASES

from nlp_util import claims_of, make_article


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score(cases=CASES)
    # after wire37: 58 of 59 found, content right for all 58, 53 right speakers, 53/53 outlets
    # (start b018409: 53 found, 45 speakers, 45 content, 48/49 outlets, 1 spurious)
    assert totals["found"] >= 58, totals
    assert totals["content"] >= 58, totals
    assert totals["speaker"] >= 53, totals
    assert totals["outlets"] == totals["outlets_scored"], totals
    assert totals["dateline"] == 0 and totals["spurious"] == 0 and totals["none_hit"] == 0, totals


# ---- Penn Treebank-style quote marks


def test_ptb_quote_marks_are_no_part_of_the_content() -> None:
    found = _found("``We are pleased with the results,'' said Tom Pell, chairman of Grobco.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "We are pleased with the results")], found
    found = _found("Tom Pell, 58, was named chairman in May.\n\n``There is no deal on the table,'' Mr. Pell said.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "There is no deal on the table")], found


def test_ptb_quotes_keep_the_bodys_offsets_and_characters() -> None:
    from belreader import nlp

    text = "Wire\n\nTom Pell spoke.\n\n``There is no deal,'' Mr. Pell said. ``Nobody wants to buy.''"
    article = make_article(text)
    analysis = nlp.analyze(article)
    # one quote resumed after its attribution (wire39: "Mr." with its stop ends no sentence), the cut
    # attribution marked " … ": each piece is the body's own text at the claim's ends
    assert [c.content for c in analysis.claims] == ["There is no deal … Nobody wants to buy."], analysis.claims
    for claim in analysis.claims:
        pieces = claim.content.split(" … ")
        assert article.body[claim.start :].startswith(pieces[0]) and article.body[: claim.end].endswith(pieces[-1])
    for mention in analysis.mentions:
        assert article.body[mention.start : mention.end] == mention.text


def test_two_apostrophes_without_ptb_quotes_are_left_alone() -> None:
    from belreader.nlp.pipeline import typeset_quotes

    article = make_article("Wire\n\nThe band''s name was misprinted.")
    assert typeset_quotes(article) == (article, None)
    # a body that has typeset quotes as well: no curly quote could be told from a converted one
    mixed = make_article("Wire\n\n``Fine,'' he said. \u201cGood.\u201d")
    assert typeset_quotes(mixed) == (mixed, None)


# ---- outlets


def test_told_the_canadian_press() -> None:
    found = _found("Liberal MP Ana Velt told The Canadian Press that the party would not back the motion.")
    assert [(c[1], c[2], c[3]) for c in found] == [
        ("ana-velt", "the party would not back the motion", ["canadian-press"])
    ], found


# ---- the subject hung on an opening phrase


def test_a_subject_hung_on_the_opening_phrase() -> None:
    found = _found(
        "In an interview with the Toronto Star, Ontario's housing minister, Tom Pell, said rents had risen "
        "faster than wages."
    )
    assert [(c[1], c[2], c[3]) for c in found] == [
        ("tom-pell", "rents had risen faster than wages", ["toronto-star"])
    ], found
    found = _found("At a rally in Tarbury, Tom Pell, the mayor, said the bridge would reopen.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the bridge would reopen")], found
    # the name after a title set off as well: the name, not the title
    found = _found("In his new book, Dark Water, Tom Pell, a former judge, suggests the answer was written in Tarbury.")
    assert [(c[0], c[1]) for c in found] == [("Tom Pell", "tom-pell")], found


def test_an_opening_phrase_with_a_subject_after_it_is_untouched() -> None:
    found = _found("In a speech to Grobco, the country's largest employer, Tom Pell said the plant would stay open.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the plant would stay open")], found
    # an apposition naming no one is no speaker made up
    found = _found("At a meeting in Tarbury, the town's biggest employer, said the plant would close.")
    assert all(c[1] is None for c in found), found


# ---- where it was written, before the clause's "that"


def test_wrote_in_a_note_to_clients_that() -> None:
    found = _found("Velt Securities analyst Tom Pell wrote in a note to clients that the stock was undervalued.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the stock was undervalued")], found
    found = _found("Tom Pell wrote on X, formerly Twitter, that the vote was rigged.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the vote was rigged")], found


def test_a_relative_that_or_an_aside_is_not_taken_for_the_clauses() -> None:
    # "that" of a relative clause: the rule does not fire (the content is left as the parse gives it)
    found = _found("Tom Pell wrote in a book that sold well that the war was lost.")
    assert [c[2] for c in found] == ["in a book that sold well that the war was lost"], found
    found = _found("Tom Pell then hit back by claiming, without evidence, that the auditors had been bribed.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the auditors had been bribed")], found
    # a content the phrase was already cut from, and a clause going on after it, are left as they were
    found = _found("Grobco said in a statement to the Tarbury exchange that Velt will pay $5m ($3m), once rules allow.")
    assert [c[2] for c in found] == ["Velt will pay $5m ($3m), once rules allow"], found
    found = _found("Official figures showed on Friday that sales were flat, while confidence fell in October.")
    assert [c[2] for c in found] == ["sales were flat, while confidence fell in October"], found
    found = _found(
        "The market was studied by the Tarbury watchdog, which concluded in a 2002 report that firms must cut prices."
    )
    assert [c[2] for c in found] == ["firms must cut prices"], found


# ---- after the attribution: the question answered, the source cited


def test_asked_about_after_the_attribution_is_not_the_content() -> None:
    found = _found("Sales will recover next year, Tom Pell said, asked about the cuts.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "Sales will recover next year")], found


def test_a_participle_with_a_things_agent_still_goes_on_the_report() -> None:
    found = _found("Sales rose 5%, Grobco said, helped by strong demand.")
    assert [c[2] for c in found] == ["Sales rose 5% helped by strong demand"], found


def test_citing_after_the_clause_said_is_the_speakers() -> None:
    found = _found("Tom Pell said that sales fell in the spring, citing a report by Grobbank.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "sales fell in the spring")], found
    found = _found("Tom Pell said prices would rise, citing higher fuel costs.")
    assert [c[2] for c in found] == ["prices would rise"], found


def test_citing_by_the_clauses_own_subject_stays() -> None:
    found = _found("Tom Pell said that the minister resigned, citing ill health.")
    assert [c[2] for c in found] == ["the minister resigned, citing ill health"], found


# ---- the unnamed source's anonymity clause


def test_according_to_an_official_who_spoke_on_condition_of_anonymity() -> None:
    found = _found(
        "The talks have stalled, according to a senior official who spoke on condition of anonymity because "
        "the talks are private."
    )
    assert [(c[0], c[1], c[2]) for c in found] == [("a senior official", None, "The talks have stalled")], found
    found = _found("According to an official who was not authorized to speak publicly, the talks have stalled.")
    assert [(c[0], c[2]) for c in found] == [("an official", "the talks have stalled")], found


def test_an_identifying_relative_clause_stays_with_the_source() -> None:
    found = _found("The talks have stalled, according to a diplomat who attended the meeting.")
    assert [c[0] for c in found] == ["a diplomat who attended the meeting"], found


# ---- a press release's dateline


def test_a_press_release_dateline() -> None:
    found = _found(
        "TARBURY, Ohio, March 3, 2024 /PRNewswire/ -- Grobco Inc. today announced that it has acquired Velt "
        "Labs for $85 million."
    )
    assert [(c[1], c[2]) for c in found] == [("grobco-inc", "it has acquired Velt Labs for $85 million")], found


# ---- social posts


def test_posted_and_tweeted() -> None:
    found = _found('"Proud of this team," Ana Velt posted on Instagram.')
    assert [(c[1], c[2]) for c in found] == [("ana-velt", "Proud of this team")], found
    found = _found("Tom Pell tweeted that the vote was rigged.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the vote was rigged")], found
    found = _found("Tom Pell posted on Facebook that the vote was rigged.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the vote was rigged")], found


def test_posted_results_are_no_post() -> None:
    assert _found("Grobco posted a loss of $3m.") == []
    assert _found('Grobco posted "record" profits on Tuesday.') == []
    assert _found("The club posted the video on its website.") == []


# ---- a first name at a paragraph's start


def test_a_first_name_opening_the_first_paragraph() -> None:
    found = _found("Ana Velt recalls that the first winter was the hardest.")
    assert [(c[1], c[2]) for c in found] == [("ana-velt", "the first winter was the hardest")], found


# ---- transcripts


def test_transcript_turns() -> None:
    found = _found(
        "Tom Pell and Ana Velt debated the plan on Tuesday. An excerpt:\n\n"
        "PELL: We never asked for a bailout.\n\n"
        "VELT: Your company took $40 million from the province."
    )
    assert [(c[0], c[1], c[2]) for c in found] == [
        ("PELL", "tom-pell", "We never asked for a bailout"),
        ("VELT", "ana-velt", "Your company took $40 million from the province"),
    ], found


def test_no_turn_without_a_transcript_or_one_person_named() -> None:
    # one label only: a note, not a transcript
    assert _found("Tom Pell spoke on Tuesday.\n\nPELL: We never asked for a bailout.") == []
    # two people of that surname: no one to give it to
    found = _found(
        "Tom Pell and Ann Pell debated the plan with Ana Velt.\n\n"
        "PELL: We never asked for a bailout.\n\n"
        "VELT: Your company took $40 million from the province."
    )
    assert [(c[0], c[1]) for c in found] == [("VELT", "ana-velt")], found
    # questions and answers name no one
    assert _found("This interview with Tom Pell was edited.\n\nQ: Will you run again?\n\nA: No.") == []
