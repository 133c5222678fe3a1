"""Speakers, session 24 round 2, on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule has its settled case and the case it
leaves alone beside it.

- A quotation reopened without its first sentence closed goes on: a later verb does not take the
  run back from the speaker a colon gave it ('X said: "A. "B." The businessman agreed.'), and words
  reported inside a reopened sentence ('"It hoped that ...') are the quote's, not a claim of "It".
- "The chancellor is flying ... He told ...": the office is the one person the passage is
  about (the description's place in the body counted once), and "Grobaid will host Mr Pellow"
  gives him no title "host"; not after "Meanwhile," (the passage turns to someone else).
- A claim inside a reopened quoted sentence is the quote's only in that sentence's first
  sentence: a quote left open may run on into narration ('"... May. Meanwhile, X said ...').
- 'Grobco Airways "is sorry ...," the Acme subsidiary said': the name the content opens with.
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

_DONOR = 'Funding row\n\nMr Pellow said: "Trust is earned. "Jo Bellamy has kept her word." The businessman agreed.'


def test_a_later_verb_does_not_take_a_reopened_run_back() -> None:
    claims = claims_of(_DONOR)
    assert [(c.speaker_id, c.content.endswith("kept her word.")) for c in claims] == [("pellow", True)]


def test_a_quote_reopened_after_its_own_attribution_keeps_it() -> None:
    text = (
        "Funding row\n\n"
        'Mr Pellow said: "Trust is earned." "The board hoped that it could sell the site," Jo Bellamy said.'
    )
    assert speaker_of(text, "The board hoped") == "jo-bellamy"


_ROAD = (
    "Road row\n\n"
    "Residents have taken the council to court over the Tarbury relief road. Group chairman Tom Pellow said: "
    '"Last spring the council unveiled its road scheme to loud applause. "It hoped that would settle the '
    'argument and it could start digging. "Yet the objectors have not gone away, and there are more of us than ever. " '
    "A ruling is expected in May."
)


def test_words_reported_inside_a_reopened_quote_are_the_quote() -> None:
    claims = claims_of(_ROAD)
    assert [c.speaker_id for c in claims] == ["tom-pellow"]
    assert claims[0].content.endswith("more of us than ever.")


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
    'The coming year will be "decisive" for the poorest nations, Tom Pellow will say as he lays out the '
    "government's aims.\n\n"
    "The chancellor is expected to announce a set of pledges on Monday. They will include cutting debt. "
    "Mr Pellow also hopes other governments will follow his lead on debt.\n\n"
    "He also wants wealthy nations to give more. The chancellor is flying to Grobland next week as "
    'part of his campaign. He told Tarbury Radio: "The poorest nations need far more help."{after}'
)


def test_the_office_is_the_passage_subject_far_into_the_body() -> None:
    assert speaker_of(_CHANCELLOR.format(after=""), "The poorest nations need") == "tom-pellow"


def test_a_host_after_will_is_no_title() -> None:
    after = "\n\nThe Tarbury charity Grobaid will host Mr Pellow's speech on Wednesday."
    assert speaker_of(_CHANCELLOR.format(after=after), "The poorest nations need") == "tom-pellow"


def test_the_office_after_meanwhile_is_not_the_lead() -> None:
    text = (
        "Pellow to face MPs\n\n"
        "Tom Pellow takes questions from MPs today after days of stories about his rift with Jo Bellamy.\n\n"
        "Meanwhile, the chancellor is setting off from Tarbury on a visit to Grobland. Before he left, he insisted "
        "the party was united.\n\n"
        "Party chairman Jo Bellamy could not be reached."
    )
    claim = found_claim(text, "the party was united")
    assert claim.speaker_id is None


def test_the_office_another_subject_shares_stays_silent() -> None:
    text = _CHANCELLOR.format(after="").replace(
        "He also wants wealthy nations", "Jo Bellamy also wants wealthy nations"
    )
    assert speaker_of(text, "The poorest nations need") is None


# the name the content opens with

_SUBSIDIARY = (
    "Flights cancelled\n\n"
    'Acme Holdings runs a number of regional airlines. {name} "is sorry for the disruption to passengers," '
    "the Acme subsidiary said in a statement."
)


def test_the_description_is_the_name_the_content_opens_with() -> None:
    assert speaker_of(_SUBSIDIARY.format(name="Brill Airlines"), "Brill Airlines") == "brill-airlines"


def test_a_description_the_name_does_not_fit_stays_silent() -> None:
    text = _SUBSIDIARY.format(name="Brill Airlines").replace("the Acme subsidiary", "the Acme pilots' union")
    assert speaker_of(text, "Brill Airlines") is None


def test_a_person_opening_the_content_is_not_the_subsidiary() -> None:
    assert speaker_of(_SUBSIDIARY.format(name="Tom Pellow"), "Tom Pellow") is None


# "it" between two sentences about the same organisation

_TRUST = (
    "Brill Electronics criticised over leaks\n\n"
    "Press freedom group the Tarbury Liberty Trust (TLT) has entered a court case between two website editors "
    "and Brill Electronics.\n\n"
    "Brill Electronics wants the editors to name their informants. The TLT, acting for the editors, has asked the "
    "court to stop Brill Electronics chasing the informants. It argues that the editors are shielded by the "
    "constitution.{after}"
)


def test_it_between_two_sentences_opening_with_the_same_organisation() -> None:
    text = _TRUST.format(after=" The TLT says the case puts press freedom at risk.")
    assert speaker_of(text, "the editors are shielded") == "tarbury-liberty-trust"


def test_it_after_a_sentence_naming_two_organisations_stays_silent() -> None:
    assert speaker_of(_TRUST.format(after=""), "the editors are shielded") is None


def test_it_when_the_other_organisation_opens_the_next_sentence_stays_silent() -> None:
    text = _TRUST.format(after=" Brill Electronics says the case is about stolen secrets.")
    assert speaker_of(text, "the editors are shielded") is None


# the head of an organisation, named next with the title

_HEAD = (
    "Brill 'leaned on game shows'\n\n"
    "The head of Grobland TV network Brill has conceded the broadcaster had leaned too much on game "
    "shows.\n\n"
    '{title}Jo Bellamy said "we ended up repeating ourselves". The schedule did poorly.'
)


def test_the_head_is_the_chief_executive_named_next() -> None:
    assert speaker_of(_HEAD.format(title="Chief executive "), "the broadcaster had leaned") == "jo-bellamy"


def test_the_head_is_not_another_officer_named_next() -> None:
    assert speaker_of(_HEAD.format(title="Finance director "), "the broadcaster had leaned") is None


def test_the_chairman_is_not_the_chief_executive_named_next() -> None:
    text = _HEAD.format(title="Chief executive ").replace("The head of", "The chairman of")
    assert speaker_of(text, "the broadcaster had leaned") is None


# the think-tank that spoke just before

_THINK_TANK = (
    "Local web boards\n\n"
    "Web boards run by town halls could help neighbours trust one another, {says}.\n\n"
    "Popular sites such as Tarbury Market might offer a useful model, says the think-tank."
)


def test_the_think_tank_is_the_institute_that_spoke_before() -> None:
    text = _THINK_TANK.format(says="says the Grobland Policy Institute (GPI)")
    assert speaker_of(text, "Popular sites") == "grobland-policy-institute"


def test_the_think_tank_after_two_speakers_stays_silent() -> None:
    text = _THINK_TANK.format(says="say the Grobland Policy Institute and the Tarbury Trust")
    assert speaker_of(text, "Popular sites") is None


# "he adds" goes on with someone who spoke

_ADDS = (
    "Local web boards\n\n"
    '"We want a shared online square," said Tom Pellow, a researcher at the Grobland Institute.\n\n'
    "The scheme was first suggested by {name}, a lecturer at Tarbury University. The paper cites a few small "
    "projects that already run.\n\n"
    "But he adds, ministers could do much more to build trust online."
)


def test_he_adds_given_one_who_never_spoke_stays_silent() -> None:
    assert speaker_of(_ADDS.format(name="Jo Bellamy"), "ministers could") is None


def test_he_adds_goes_on_with_the_one_who_spoke() -> None:
    text = _ADDS.format(name="Mr Pellow")
    assert speaker_of(text, "ministers could") == "tom-pellow"
