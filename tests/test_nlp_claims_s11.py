"""Reported speech that goes on past its attribution (session 11), on sentences written for the
purpose (none copied from any corpus). After "X said (that) ..." in the past tense, a sentence
with no attribution of its own whose verb is a modal of reported speech ("would", "could",
"had to", "needed to", "was not going to") is more of X's reported words, in the same
paragraph: the next sentences may go on the same way. Not across a paragraph break, nor when
the reporting verb is in the present ("says": a later "would" is the author's) or the present
perfect ("has said"), after a direct quote, when the phrase before the modal is a clause of its own ("X ran a demo,
showing how data could ..."), opens with a frame ("In May", "Sharing ..."), or the modal is the
author's ("it would seem") or about a statement ("would not comment")."""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of

CONTINUED = {
    # "needed to" right after the speaker's reported words in the same paragraph
    "needed-to": (
        "Rights\n\nMs Tova Rand said the charity had failed to reach young people. "
        "There needed to be a drive to use plainer words.",
        "There needed to be",
        "tova-rand",
    ),
    # "And" with "had to"
    "and-had-to": (
        "Rights\n\nMs Tova Rand said the movement had to speak more simply. "
        "And it had to tackle hunger, not just lobby ministers.",
        "And it had to tackle",
        "tova-rand",
    ),
    # "would", a plain noun phrase as subject
    "would": (
        "Plans\n\nJohn Mallard said the scheme would cut red tape for farmers. "
        "Their grants would be paid by the local councils instead.",
        "Their grants would be paid",
        "john-mallard",
    ),
    # a chain: each sentence goes on from the one before
    "chain-second": (
        "Rights\n\nMs Tova Rand said the movement had failed to reach people. "
        "The groups also had to accept there were new rivals. "
        "Big donors, for example, were not going to be won over by a leaflet.",
        "Big donors, for example",
        "tova-rand",
    ),
    # "And" with the past tense and words quoted from the speaker
    "and-quoted-past": (
        'Trade\n\nPeter Pell said the rules were clear. And "intense talks" were taking place with the buyers.',
        'And "intense talks"',
        "peter-pell",
    ),
}


@pytest.mark.parametrize("case", sorted(CONTINUED))
def test_reported_speech_continues(case):
    text, start, speaker_id = CONTINUED[case]
    claim = claim_starting(text, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker_id == speaker_id


NOT_CONTINUED = {
    # a present-tense reporting verb does not backshift: the "could" is the author's
    "present-tense-says": (
        "Trial\n\nMr Tom Hale claims that the chief refused to stop the fraud. "
        "The chief could face ten years in jail if convicted.",
        "The chief could face",
    ),
    # after a direct quote the next sentence is narration
    "after-direct-quote": (
        'Plans\n\n"We will cut red tape," said John Mallard. The grants would be paid in May.',
        "The grants would be paid",
    ),
    # a clause of its own before the modal
    "own-verb-before-modal": (
        "Grid\n\nGrobco said the service was ready. "
        "Its chief ran a demonstration, showing how data could be processed.",
        "Its chief ran",
    ),
    "relative-before-modal": (
        "Grid\n\nGrobco said the service was ready. The plan, which was agreed in May, would cost £5m.",
        "The plan, which",
    ),
    # a frame of the author's opens the sentence
    "opening-frame": (
        "Talks\n\nThe minister said the West had to talk to Moscow. "
        "Sharing that aim, the allies should open new talks soon.",
        "Sharing that aim",
    ),
    "opening-preposition": (
        "Talks\n\nThe minister said the West had to talk to Moscow. In May the allies would meet in Rome.",
        "In May",
    ),
    # the author's hedge, a refusal to comment
    "would-seem": (
        "Football\n\nRob Wardle said the striker was not for sale. "
        "The striker would seem unlikely to play again this season.",
        "The striker would seem",
    ),
    "would-not-comment": (
        "Budget\n\nThe paper said the minister had quit. The Treasury would not comment on the report.",
        "The Treasury would not comment",
    ),
    # a question
    "question": (
        "Budget\n\nMr Tom Hale said the tax would rise. Would the voters accept it?",
        "Would the voters",
    ),
    # the quoted "And" shape needs words quoted from the speaker
    "and-past-unquoted": (
        "Figures\n\nThe bank said prices rose 2%. And overall investment was still high in March.",
        "And overall investment",
    ),
    # narration stands between the reported words and the modal sentence
    "narration-between": (
        "Plans\n\nJohn Mallard said the scheme would cut red tape. He spoke in York. "
        "Their grants would be paid by councils.",
        "Their grants would be paid",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_CONTINUED))
def test_not_reported_speech(case):
    text, start = NOT_CONTINUED[case]
    assert claim_starting(text, start) is None, [(c.speaker, c.content) for c in claims_of(text)]


# Inverted attributions the parser left without a subject (session 11): "CONTENT said NAME, ..."
# with no comma before "said", "For instance, said Mr X, CONTENT", '"...," added ORG's NAME.'
INVERTED = {
    "no-comma-before-said": (
        "Banks\n\nGrobco will stop selling its old tills in 2006, which forces shops to look elsewhere. "
        "There are also other pressures making shops switch to Linux said Dominic Vale, managing director "
        "of retail consultancy Till Research Partners.",
        "There are also other pressures",
        "dominic-vale",
    ),
    "inserted-said-name": (
        "China\n\nWhat shoppers can buy online is limited by habit. For instance, said Mr Orwin, debit "
        "cards are scarce in the region partly because of worries about fees.",
        "debit cards are scarce",
        "orwin",
    ),
}


@pytest.mark.parametrize("case", sorted(INVERTED))
def test_inverted_attribution(case):
    text, start, speaker_id = INVERTED[case]
    claim = claim_starting(text, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker_id == speaker_id


def test_quote_added_by_name_of_a_firm_is_found():
    text = (
        'Telecoms\n\n"It is a good day," said Grobco analyst Kira Dent. '
        '"The relaxation could really spark interest," added Price and Young\'s Sanjay Rao.'
    )
    claim = claim_starting(text, "The relaxation could")
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker_id in (None, "sanjay-rao")  # never the firm


NOT_INVERTED = {
    # a participle and a number: "adding 10 points" names no speaker
    "adding-points": (
        "Rugby\n\nThe visitors never looked like winning. Fly-half Tom Pell was in good form with the boot, "
        "adding 10 points.",
        "Fly-half Tom Pell was in good form",
    ),
    # a quoted phrase after "adds" is the content, not a speaker
    "adds-quoted-object": (
        'Search\n\nGrobco said the feature, available only in Canada, "adds useful links". Some users are worried.',
        "Grobco said",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_INVERTED))
def test_not_inverted_attribution(case):
    text, start = NOT_INVERTED[case]
    assert claim_starting(text, start) is None, [(c.speaker, c.content) for c in claims_of(text)]


NOT_CONTINUED_PERFECT = {
    # the present perfect backshifts nothing: the "could" is the author's
    "has-said": (
        "Trial\n\nThe former finance chief has said the boss knew of the fraud. "
        "The boss could face a long sentence if convicted.",
        "The boss could face",
    ),
    # "It could take ..." is the author's speculation
    "it-could": (
        "Talks\n\nThe minister said the country would not give in to the demands. "
        "It could take years before a deal is reached.",
        "It could take",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_CONTINUED_PERFECT))
def test_not_continued_after_perfect_or_expletive(case):
    text, start = NOT_CONTINUED_PERFECT[case]
    assert claim_starting(text, start) is None, [(c.speaker, c.content) for c in claims_of(text)]


@pytest.mark.parametrize(
    "opening",
    ["Mr Denver could face a long sentence if convicted.", "The new line would run as far as the airport."],
)
def test_no_continuation_across_a_paragraph_break(opening):
    # a paragraph that opens on a modal is as often the author's background as the speaker's words
    text = f"Trial\n\nThe former finance chief said the boss knew of the false entries.\n\n{opening}"
    assert claim_starting(text, opening[:12]) is None, [(c.speaker, c.content) for c in claims_of(text)]


# A quote that opens a sentence right after reported words is more of them, also when the full stop
# stands outside the closing quote mark (British style: ... to work".)
def test_quote_after_reported_words_with_full_stop_outside():
    text = (
        'Welfare\n\nAsked about benefits, Ann Kerr said the system must "reward work". '
        '"Nobody is forcing anyone into a job but many people on benefits want to work".'
    )
    claim = claim_starting(text, "Nobody is forcing")
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker_id == "ann-kerr"


def test_quoted_name_opening_a_narration_sentence_is_no_quote():
    text = 'Welfare\n\nAnn Kerr said the system must change. "Fresh Start" is the name the party gave the plan.'
    assert claim_starting(text, "Fresh Start") is None, [(c.speaker, c.content) for c in claims_of(text)]
