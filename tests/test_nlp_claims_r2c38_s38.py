"""Session 38 round 2 (r2c38: claims, speakers and outlets fresh34 missed or got wrong), on
invented sentences.

- "Grobco, the Velt's largest bank, ... Tarbury Bank ... The bank said": "the bank" is not the one
  organisation whose name ends in "Bank" when the article calls another organisation a bank, in
  apposition or before its name (`ArticleContext._others_called_so`): it is that one when it opens
  the article's lead (`ArticleContext._opens_lead`), else no one rather than a guess; with no other
  bank so called, or a name written in the phrase ("the Florida-based Tarko group"), as before.
- 'a plan branded a "costly mistake" by the Velt Party': a naming verb right after a noun, with no
  subject of its own and "by" after its quoted words, is a passive without "was"
  (`subjects.reduced_passive`): the words are the agent's (`shapes._CALLED_BY`), not the subject of
  the sentence's main verb; 'Jo Bell branded the plan a "costly mistake"' stays hers.
- Readers' comments printed after a report ("Have your say" pages): paragraphs in the first
  person with no attribution, to the article's end, after a report that never speaks so
  (`paragraphs.readers_comments`): none of them is a claim; a column in the first person from
  its start, and a report whose first-person quotations are given their speakers, keep theirs.
- '"...," it said. "...," said the statement.': "the statement" is the speaker of the run of claims
  before it that goes back, with no other speaker between, to a sentence giving the statement in
  narration ("In a statement the trust said ...") (`speakers._statement_maker`).
- "by US magazine Wired Monthly ... said the magazine": a place before the media noun says where
  the medium is from, not who owns the noun (`ArticleContext._named_after_media_noun`), so the name
  is a medium and "the magazine" is it, its outlet too.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


_BANKS = (
    "Banks cut jobs\n\n{opening} is to cut 900 jobs as profits fall.\n\n"
    "The cuts follow similar moves by Tarbury Bank and Velt Holdings last month. "
    "Grobco's operations in the north will be hit hardest.\n\n"
    "The bank said it expected profits to recover next year."
)


def test_the_bank_is_not_the_name_ending_in_bank_when_another_is_called_a_bank():
    for opening in ("Grobco, the Velt's largest bank,", "Velt lender Grobco, the second biggest bank in the region,"):
        found = _found(_BANKS.format(opening=opening))
        said = [(s, i) for s, i, c in found if c.startswith("it expected profits")]
        assert said and all(i != "tarbury-bank" for _, i in said), found


def test_the_bank_is_the_one_called_so_that_opens_the_lead():
    found = _found(_BANKS.format(opening="Grobco, the Velt's largest bank,"))
    assert ("The bank", "grobco", "it expected profits to recover next year") in found, found


def test_the_bank_is_still_the_one_bank_named_when_no_other_is_called_so():
    text = (
        "Bank cuts jobs\n\nTarbury Bank is to cut 900 jobs as profits fall.\n\n"
        "The cuts follow similar moves by Velt Holdings last month.\n\n"
        "The bank said it expected profits to recover next year."
    )
    found = _found(text)
    assert ("The bank", "tarbury-bank", "it expected profits to recover next year") in found, found


_BRANDED = (
    "Ferry plan\n\nTransport minister Jo Bell has announced plans to close two ferry routes, "
    "in a move {shape} by the Velt Party.\n\nThe routes carry 2,000 people a week."
)


def test_a_naming_verb_after_a_noun_with_by_after_its_quote_is_the_agents():
    found = _found(_BRANDED.format(shape='branded a "costly mistake"'))
    assert [c for _, _, c in found if "costly mistake" in c], found  # the claim is there
    assert all(i != "jo-bell" for _, i, c in found if "costly mistake" in c), found
    assert any(s.endswith("Velt Party") and "costly mistake" in c for s, _, c in found), found


def test_a_naming_verb_with_its_own_subject_stays_the_subjects():
    text = (
        "Ferry plan\n\nTransport minister Jo Bell has announced plans to close two ferry routes.\n\n"
        'Opposition leader Sam Hale branded the plan a "costly mistake" by any measure.'
    )
    found = _found(text)
    assert any(i == "sam-hale" and "costly mistake" in c for _, i, c in found), found


_REPORT = (
    "Bus fares to rise\n\nBus fares in Tarbury will rise by 10p in April, the council has announced.\n\n"
    'Council leader Jo Bell said the rise was needed to keep rural routes running. "We have no choice," she said.\n\n'
    "Fares have not risen since 2001. The Tarbury Passengers Group said the rise would hit the poor hardest.\n\n"
    'Sam Hale, the group\'s chairman, said: "Many of our members rely on the bus."\n\n'
)
_COMMENTS = (
    "I take the bus every day and I think the rise is fair. The buses are always late though.\n\n"
    "Why should drivers pay for buses they never use? Ministers say the roads are full. Nonsense.\n\n"
    "My son pays more for his bus pass than I paid for my first car. The council says it has no money.\n\n"
    "I used to live in Grobton where the fares doubled. Nobody there complained, they just walked."
)


def test_readers_comments_after_a_report_are_no_claims():
    found = _found(_REPORT + _COMMENTS)
    assert not any("roads are full" in c or "no money" in c for _, _, c in found), found
    assert any(i == "jo-bell" for _, i, _ in found), found  # the report's own claims stay


def test_first_person_quotes_given_their_speakers_are_no_comments():
    # the report goes on with quotations its speakers are given: no readers' comments
    quotes = (
        '"I take the bus every day and the rise is fair," Sam Hale said. "My son needs it."\n\n'
        '"I used to live in Grobton," she said. "The council says it has no money."\n\n'
        '"My bus is always late," said Tom Pell. "Ministers say the roads are full."'
    )
    found = _found(_REPORT + quotes)
    assert any("roads are full" in c for _, _, c in found), found


def test_a_column_in_the_first_person_keeps_its_claims():
    column = (
        "My view\n\nI have taken the bus for twenty years.\n\nMy son does too.\n\n"
        "Fares rise in April. Council leader Jo Bell said the rise was needed to keep rural routes running.\n\n"
        + _COMMENTS
    )
    found = _found(column)
    assert any(i == "jo-bell" for _, i, _ in found), found


def test_the_statement_goes_back_through_the_same_speakers_run():
    text = (
        "Ranch plan\n\nA ranch in Tarbury plans to let people hunt online.\n\n"
        'In a statement the Velt Animal Trust said it had "serious doubts" about the plan. '
        '"We doubt a clean shot is possible from afar," it said. '
        '"Wounded animals would suffer for hours," said the statement.'
    )
    found = _found(text)
    assert any(s == "the statement" and i == "velt-animal-trust" for s, i, _ in found), found


def test_the_statement_after_another_speakers_claim_is_not_theirs():
    text = (
        "Ranch plan\n\nA ranch in Tarbury plans to let people hunt online.\n\n"
        'In a statement the Velt Animal Trust said it had "serious doubts" about the plan. '
        '"Nobody will be hurt," Tom Pell said. '
        '"Wounded animals would suffer for hours," said the statement.'
    )
    found = _found(text)
    said = [i for s, i, _ in found if s == "the statement"]
    assert said, found  # the claim is there, so the check below can fail
    assert all(i != "tom-pell" for i in said), found


_MAGAZINE = (
    "Old radio is 'best gadget'\n\nThe Grobco Valve 7 radio has been chosen as the greatest gadget of all "
    "time, by {named}.\n\nThe 1931 radio was chosen because it was one of the first portable sets. "
    'The magazine has compiled a list of 100 gadgets.\n\n"In general we included only items that were '
    'potentially mobile," said the magazine.'
)


def test_a_place_before_a_media_noun_leaves_the_name_after_it_a_medium():
    found = [(c.speaker_id, c.outlets) for c in claims_of(_MAGAZINE.format(named="US magazine Wired Monthly"))]
    assert ("wired-monthly", ["wired-monthly"]) in found, found


def test_the_magazine_is_no_organisation_named_without_a_media_noun():
    claims = [c for c in claims_of(_MAGAZINE.format(named="US firm Wired Monthly")) if "mobile" in c.content]
    assert claims  # the magazine's claim is there, so the check below can fail
    assert all(c.speaker_id is None and not c.outlets for c in claims), [(c.speaker_id, c.outlets) for c in claims]


def test_the_head_with_a_name_written_in_it_is_still_that_name():
    text = (
        "Label sold\n\nLuxury goods group Grobco has sold its Velt label to a US group.\n\n"
        "Grobco said the label had been bought by the Tarko Group. "
        "The Florida-based Tarko group said it planned to open new stores."
    )
    found = _found(text)
    assert any(i == "tarko-group" and c.startswith("it planned") for _, i, c in found), found
