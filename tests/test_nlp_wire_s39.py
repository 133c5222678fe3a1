"""Session 39 (wire39): the second blind non-BBC measurement, `wire_s39_data` (invented US political
news in 2016-campaign house styles), written and annotated by hand and committed before belreader
ran on it, scored by `wire_s36_score`; then the patterns it showed, on invented sentences:

- "Mr. X", "Sen. X", "Rep. X", "Gov. X": a title or honorific written short with a stop before a
  name ends no sentence (`vocabulary.NOT_AFTER_A_TITLE` in `SENTENCE_BOUNDARY`, from
  `offices.STOPPED_BEFORE_NAMES`): '"A," Sen. Ashby said. "B."' is one quote resumed, not two
  claims; "Mr. X met Mr. Y. He said" reads the sentence before whole (X its subject), not from
  "Y" on (Y taken for its subject).
- "X's campaign said in a statement that A and demanded that B": a verb in the reporting verb's
  tense, with no subject, joined to the reporting verb after the document's clause, is the
  speaker's next act: the content ends before it (`content._before_speakers_next_act`; and
  `content._phrases_clause` gives `_before_speakers_conjunct` the clause hung on "statement").
- "According to a memo obtained by Politico, X wrote that A", "According to emails reviewed by
  the Post, X told aides that A": an opening "according to" one person's writing over its writer's
  own reporting verb names the text the words are in: one claim, X's, with the outlet
  (`parsed._writing_over_writer`). Not a person's account of another's words, nor a report's.
- '"... better!" Mr. X tweeted on Sunday night.': a quote closed by its own stop, then a sentence
  of its attribution with only when or where after the verb (an adjunct, no clause): the quote is
  the content, as for '"..." said X.' (in `parsed`, before the pieces are chosen).
- "A, according to two people familiar with the matter, a move that would B": an indefinite noun
  phrase after the source, no clause's subject, its finite verbs all in its own clause, is the
  writer's comment on A (`content._comment_on_clause` in `clause_before_only`): the content is A.
- "according to two Senate aides", "according to allies of the governor": the American papers'
  unnamed sources (`vocabulary.ACCORDING_SOURCE_NOUNS`, set off by a comma only).
- "The U.S. Treasury will ..., a Treasury spokesman said": a bare word the table gives one
  nation's body ("Treasury": the UK's) is the other nation's body the article names in full with
  that word, when it never names the table's one in full nor its nation
  (`entities._other_nations_same_body` in `public_bodies_of_other_nations`).
"""

from __future__ import annotations

from wire_s36_score import score
from wire_s39_data import CASES

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score(cases=CASES)
    # after wire39: 62 of 63 found, 56 right speakers, 61 content right, 59/60 outlets, 1 extra
    # (blind start e10b21da, as first annotated: 60 found, 50 speakers, 55 content, 57/58 outlets, 5
    # extra; with the two annotations changed after that run, see the file: 51 speakers)
    assert totals["found"] >= 62, totals
    assert totals["speaker"] >= 56, totals
    assert totals["content"] >= 61, totals
    assert totals["outlets"] >= totals["outlets_scored"] - 1, totals
    assert totals["dateline"] == 0 and totals["spurious"] <= 1 and totals["none_hit"] == 0, totals


# ---- a title written short with a stop ends no sentence


def test_a_quote_resumed_after_a_short_title() -> None:
    found = _found('"Taxes are too high," Sen. Orlov told supporters in Reno. "We will cut them in March."')
    assert [(c[1], c[2]) for c in found] == [("orlov", "Taxes are too high … We will cut them in March")], found


def test_a_quote_resumed_after_mr() -> None:
    found = _found('"The bill is dead," Mr. Pratley said. "Nobody wants to vote on it now."')
    assert [(c[1], c[2]) for c in found] == [("pratley", "The bill is dead … Nobody wants to vote on it now")], found


def test_narration_after_the_attribution_still_reopens() -> None:
    # a sentence of the author's own between the two quotes: two claims, as before
    found = _found('"We lost the vote," Sen. Orlov said. Gov. Tarrant left the room. "It hurts us badly now."')
    assert [(c[1], c[2]) for c in found] == [
        ("orlov", "We lost the vote"),
        ("orlov", "It hurts us badly now"),
    ], found


def test_he_after_two_men_titled_short_is_the_subject() -> None:
    found = _found("Mr. Pratley had lunch with Mr. Dunmore on Friday. He said the talks had gone well.")
    assert [(c[1], c[2]) for c in found] == [("pratley", "the talks had gone well")], found


def test_she_after_two_women_titled_short_is_nobody() -> None:
    found = _found("Ms. Orlov and Ms. Tarrant voted against the bill. She said it was a matter of conscience.")
    assert [(c[1], c[2]) for c in found] == [(None, "it was a matter of conscience")], found


# ---- the speaker's next act after a document's clause


def test_the_speakers_next_act_after_a_statements_clause() -> None:
    found = _found(
        "Dara Voss's campaign said in a statement that the mailer was false and demanded that printers recall it."
    )
    assert [c[2] for c in found] == ["the mailer was false"], found


def test_two_reported_clauses_after_a_statement_stay() -> None:
    found = _found("Grobco said in a statement that sales rose and profits fell.")
    assert [c[2] for c in found] == ["sales rose and profits fell"], found


def test_a_second_that_clause_stays() -> None:
    found = _found("Grobco said that sales rose and that profits fell.")
    assert [c[2] for c in found] == ["sales rose and that profits fell"], found


def test_a_passive_clauses_second_verb_stays() -> None:
    found = _found("Police said in a statement that the man was arrested and charged with murder.")
    assert [c[2] for c in found] == ["the man was arrested and charged with murder"], found


def test_the_speakers_next_act_on_the_statements_clause() -> None:
    # the parser hangs the act on the reporting verb here, on the clause in the test above
    found = _found(
        "Hollis Brandt's campaign said in a statement that the advertisement was false and demanded that "
        "stations pull it."
    )
    assert [c[2] for c in found] == ["the advertisement was false"], found


# ---- "according to" a writing, over its writer's own words


def test_according_to_a_memo_over_its_writer() -> None:
    found = _found(
        "According to a memo obtained by Politico, field director Nell Prager wrote that the campaign would leave Iowa."
    )
    assert [(c[1], c[2], c[3]) for c in found] == [("nell-prager", "the campaign would leave Iowa", ["politico"])], (
        found
    )


def test_according_to_emails_over_their_writer() -> None:
    found = _found(
        "According to emails reviewed by The Washington Post, Nell Prager told aides that the plan was dead."
    )
    assert [(c[1], c[2]) for c in found] == [("nell-prager", "the plan was dead")], found


def test_according_to_people_keeps_both_claims() -> None:
    # a person's account of another's words: the account is a claim of its own
    found = _found("According to two people familiar with the talks, Nell Prager told donors that she would run.")
    assert [(c[1], c[2]) for c in found] == [
        (None, "Nell Prager told donors that she would run"),
        ("nell-prager", "she would run"),
    ], found


def test_according_to_a_report_keeps_both_claims() -> None:
    # a report may quote the company: not the company's own writing
    found = _found("According to the report, Grobco said sales fell.")
    assert [(c[1], c[2]) for c in found] == [(None, "Grobco said sales fell"), ("grobco", "sales fell")], found


# ---- a closed quote, then its attribution with only when or where


def test_a_tweet_then_its_attribution_with_a_time() -> None:
    found = _found('"Rigged maps, rigged race. Nevada deserves better!" Mr. Okonjo tweeted on Sunday night.')
    assert [(c[1], c[2]) for c in found] == [("okonjo", "Rigged maps, rigged race. Nevada deserves better!")], found


def test_a_closed_quote_then_said_at_a_rally() -> None:
    found = _found('"Nevada deserves better." Lena Okonjo said at a rally in Reno.')
    assert [(c[1], c[2]) for c in found] == [("lena-okonjo", "Nevada deserves better")], found


def test_a_closed_quote_then_a_clause_of_its_own() -> None:
    found = _found('"Nevada deserves better." Lena Okonjo said on Sunday that she would run.')
    assert [(c[1], c[2]) for c in found] == [("lena-okonjo", "she would run")], found


def test_a_closed_quote_then_an_act() -> None:
    found = _found('"Nevada deserves better." Lena Okonjo spoke on Sunday.')
    assert found == [], found


def test_a_closed_quote_then_a_participles_adjunct_is_no_attribution() -> None:
    # "Responding to X, Y said:" opens Y's own quote: the quote before is not Y's
    found = _found(
        'Lena Okonjo spoke in Reno.\n\n"Nevada has moved on. It is modern now." Responding to Ms Okonjo, '
        'Mr Tarrant said: "The review is under way."'
    )
    assert [(c[1], c[2]) for c in found] == [("tarrant", "The review is under way")], found


# ---- "..., according to X, a move that ...": the writer's comment after the source


def test_a_comment_after_a_closing_source() -> None:
    found = _found(
        "Ada Lindqvist is preparing to call the vote next week, according to two people familiar with the "
        "matter, a move that would force rivals to take sides."
    )
    assert [(c[0], c[2]) for c in found] == [
        ("two people familiar with the matter", "Ada Lindqvist is preparing to call the vote next week")
    ], found


def test_a_subject_after_a_closing_source_goes_on() -> None:
    # an indefinite noun phrase that is a clause's subject: the part after is a claim's content
    found = _found("Sales were flat, according to two people familiar with the matter, a buyer is still wanted.")
    assert [c[2] for c in found] == ["a buyer is still wanted"], found


def test_according_to_aides() -> None:
    found = _found("The bill will reach the floor next week, according to two longtime aides.")
    assert [(c[0], c[1], c[2]) for c in found] == [
        ("two longtime aides", None, "The bill will reach the floor next week")
    ], found


def test_according_to_lawmakers_wishes_is_no_source() -> None:
    found = _found("The bill was written according to lawmakers' wishes.")
    assert found == [], found


# ---- a bare "Treasury" beside "the U.S. Treasury"


def test_a_bare_treasury_after_the_us_treasury() -> None:
    found = _found(
        "WASHINGTON (Reuters) - The U.S. Treasury will name new sanctions on Friday, a Treasury spokesman said."
    )
    assert [c[1] for c in found] == ["us-treasury"], found


def test_a_bare_treasury_alone_stays_the_tables() -> None:
    found = _found("A Treasury spokesman said the sanctions would start on Friday.")
    assert [c[1] for c in found] == ["hm-treasury"], found


def test_a_bare_treasury_beside_both_stays_the_tables() -> None:
    found = _found("The U.S. Treasury and the UK Treasury met. A Treasury spokesman said the talks went well.")
    assert [c[1] for c in found] == ["hm-treasury"], found
