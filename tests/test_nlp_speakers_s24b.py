"""Speakers, session 24 round 2, on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule has its settled case and the case it
leaves alone beside it.

- A quotation reopened without its first sentence closed goes on: a later verb does not take the
  run back from the speaker a colon gave it ('X said: "A. "B." The businessman agreed.'), and words
  reported inside a reopened sentence ('"It hoped that ...') are the quote's, not a claim of "It".
- "The chancellor is travelling ... He told ...": the office is the one person the passage is
  about (the description's place in the body counted once), and "Grobaid will host Mr Pellow"
  gives him no title "host"; not after "Meanwhile," (the passage turns to someone else).
- A claim inside a reopened quoted sentence is the quote's only in that sentence's first
  sentence: a quote left open may run on into narration ('"... May. Meanwhile, X said ...').
- 'Grobco Airways "regrets ...," the Acme subsidiary said': the name the content opens with.
- "The TLT has asked the court to stop Brill. It argues ... The TLT says ...": "it" between
  two sentences opening with the same organisation is that one, the other one named aside.
- "The head of Grobland TV network Brill has admitted ... / Chief executive Jo Bellamy said": the
  one named next with the office's title.
- "says the think-tank": the institute that spoke just before.
- "But he adds" given one who has not spoken before: unresolved.
"""

from __future__ import annotations

from nlp_util import claims_of, found_claim, speaker_of

# a reopened quotation goes on

_DONOR = 'Donor warning\n\nMr Pellow said: "Unity matters. "Jo Bellamy has delivered." The businessman agreed.'


def test_a_later_verb_does_not_take_a_reopened_run_back() -> None:
    claims = claims_of(_DONOR)
    assert [(c.speaker_id, c.content.endswith("delivered.")) for c in claims] == [("pellow", True)]


def test_a_quote_reopened_after_its_own_attribution_keeps_it() -> None:
    text = (
        "Donor warning\n\n"
        'Mr Pellow said: "Unity matters." "The council hoped that it could build the road," Jo Bellamy said.'
    )
    assert speaker_of(text, "The council hoped") == "jo-bellamy"


_ROAD = (
    "Road row\n\n"
    "Campaigners have gone to court over the Tarbury bypass. Campaign chairman Tom Pellow said: "
    '"A year ago the council published its road plan with much fanfare. "It hoped that would be the end of '
    'the debate and it could build the road. "Yet the protesters are still here, and stronger than ever. " '
    "A ruling is expected in May."
)


def test_words_reported_inside_a_reopened_quote_are_the_quote() -> None:
    claims = claims_of(_ROAD)
    assert [c.speaker_id for c in claims] == ["tom-pellow"]
    assert claims[0].content.endswith("stronger than ever.")


def test_a_quote_left_open_into_narration_keeps_the_claim_there() -> None:
    text = (
        "Party funds\n\n"
        'Mr Pellow said: "Unity matters to us all. "We will win the vote in May. Meanwhile, party treasurer '
        'Jo Bellamy said the accounts were in order. "The money is safe," Ms Bellamy said.'
    )
    assert speaker_of(text, "the accounts were in order") == "jo-bellamy"


# the office is the passage's one subject

_CHANCELLOR = (
    "Pellow to outline goals\n\n"
    'Next year will be "make or break" for poorer countries, Tom Pellow will say as he sets out the '
    "government's goals.\n\n"
    "The chancellor is due to outline a series of targets on Monday. They will include doubling aid. "
    "Mr Pellow also wants other nations to match his target for aid.\n\n"
    "He also wants the richer countries to do more. The chancellor is travelling to Grobland next week as "
    'part of his drive. He told Tarbury Radio: "We need more resources for the poorest countries."{after}'
)


def test_the_office_is_the_passage_subject_far_into_the_body() -> None:
    assert speaker_of(_CHANCELLOR.format(after=""), "We need more resources") == "tom-pellow"


def test_a_host_after_will_is_no_title() -> None:
    after = "\n\nThe Tarbury aid agency Grobaid will host Mr Pellow's speech on Wednesday."
    assert speaker_of(_CHANCELLOR.format(after=after), "We need more resources") == "tom-pellow"


def test_the_office_after_meanwhile_is_not_the_lead() -> None:
    text = (
        "Pellow to face MPs\n\n"
        "Tom Pellow faces his first questions of the year after a week of talk about his ties with Jo Bellamy.\n\n"
        "Meanwhile, the chancellor is leaving Tarbury on a tour of Grobland. But before doing so, he insisted "
        "the party was united.\n\n"
        "Party chairman Jo Bellamy was not available for comment."
    )
    claim = found_claim(text, "the party was united")
    assert claim.speaker_id != "tom-pellow" and "Pellow" not in claim.speaker


def test_the_office_another_subject_shares_stays_silent() -> None:
    text = _CHANCELLOR.format(after="").replace(
        "He also wants the richer countries", "Jo Bellamy also wants the richer countries"
    )
    assert speaker_of(text, "We need more resources") is None


# the name the content opens with

_SUBSIDIARY = (
    "Flights cancelled\n\n"
    'Acme Holdings owns several regional airlines. {name} "regrets the delay to all of our customers," '
    "the Acme subsidiary said in a statement."
)


def test_the_description_is_the_name_the_content_opens_with() -> None:
    assert speaker_of(_SUBSIDIARY.format(name="Brill Airlines"), "Brill Airlines") == "brill-airlines"


def test_a_description_the_name_does_not_fit_stays_silent() -> None:
    text = _SUBSIDIARY.format(name="Brill Airlines").replace("the Acme subsidiary", "the Acme pilots' union")
    assert speaker_of(text, "Brill Airlines") is None


def test_a_person_opening_the_content_is_not_the_subsidiary() -> None:
    assert speaker_of(_SUBSIDIARY.format(name="Tom Pellow"), "Tom Pellow") != "tom-pellow"


# "it" between two sentences about the same organisation

_TRUST = (
    "Brill Electronics attacked over sources\n\n"
    "Civil liberties group the Tarbury Liberty Trust (TLT) has joined a legal fight between three bloggers "
    "and Brill Electronics.\n\n"
    "Brill Electronics wants the bloggers to reveal their sources. The TLT, representing the bloggers, has asked the "
    "court to stop Brill Electronics pursuing the sources. It argues that the bloggers are protected by the "
    "constitution.{after}"
)


def test_it_between_two_sentences_opening_with_the_same_organisation() -> None:
    text = _TRUST.format(after=" The TLT says the case threatens the freedom of the press.")
    assert speaker_of(text, "the bloggers are protected") == "tarbury-liberty-trust"


def test_it_after_a_sentence_naming_two_organisations_stays_silent() -> None:
    assert speaker_of(_TRUST.format(after=""), "the bloggers are protected") is None


def test_it_when_the_other_organisation_opens_the_next_sentence_stays_silent() -> None:
    text = _TRUST.format(after=" Brill Electronics says the case is about theft.")
    assert speaker_of(text, "the bloggers are protected") is None


# the head of an organisation, named next with the title

_HEAD = (
    "Brill 'too reliant on quiz shows'\n\n"
    "The head of Grobland TV network Brill has admitted the broadcaster had relied too heavily on quiz "
    "shows.\n\n"
    '{title}Jo Bellamy said "we drifted to too much of the same". The series rated badly.'
)


def test_the_head_is_the_chief_executive_named_next() -> None:
    assert speaker_of(_HEAD.format(title="Chief executive "), "the broadcaster had relied") == "jo-bellamy"


def test_the_head_is_not_another_officer_named_next() -> None:
    assert speaker_of(_HEAD.format(title="Finance director "), "the broadcaster had relied") is None


def test_the_chairman_is_not_the_chief_executive_named_next() -> None:
    text = _HEAD.format(title="Chief executive ").replace("The head of", "The chairman of")
    assert speaker_of(text, "the broadcaster had relied") is None


# the think-tank that spoke just before

_THINK_TANK = (
    "Online forums\n\n"
    "Online forums set up by councils could build trust, {says}.\n\n"
    "Existing sites such as Tarbury Market could provide a good blueprint, says the think-tank."
)


def test_the_think_tank_is_the_institute_that_spoke_before() -> None:
    text = _THINK_TANK.format(says="says the Grobland Policy Institute (GPI)")
    assert speaker_of(text, "Existing sites") == "grobland-policy-institute"


def test_the_think_tank_after_two_speakers_stays_silent() -> None:
    text = _THINK_TANK.format(says="say the Grobland Policy Institute and the Tarbury Trust")
    assert speaker_of(text, "Existing sites") is None


# "he adds" goes on with someone who spoke

_ADDS = (
    "Online forums\n\n"
    '"We propose a civic commons," said Tom Pellow, a fellow at the Grobland Institute.\n\n'
    "The idea was first proposed by {name}, a professor at Tarbury University. The report points to small "
    "examples that already exist.\n\n"
    "But he adds, government could play a bigger role in building trust online."
)


def test_he_adds_given_one_who_never_spoke_stays_silent() -> None:
    assert speaker_of(_ADDS.format(name="Jo Bellamy"), "But government could") is None


def test_he_adds_goes_on_with_the_one_who_spoke() -> None:
    text = _ADDS.format(name="Mr Pellow")
    assert speaker_of(text, "But government could") == "tom-pellow"
