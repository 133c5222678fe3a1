"""Session 19: a medium named in a claim's sentence is its outlet only when it frames the claim.

A medium named elsewhere in the sentence (in a relative clause about the speaker, under another
claim's verb, in a clause the reporting verb is no part of) is not where the words were said; a
broadcaster that speaks for itself as a company is no outlet of its own statement, while a paper
or an agency that says something reports it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import claims_of, make_article


def _outlets(sentence: str) -> list[tuple[str, list[str]]]:
    claims = claims_of("Head\n\n" + sentence)
    assert claims, sentence
    return [(c.content, c.outlets) for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause about the speaker
        "Mr Dobbs, who won damages from the Daily Telegraph last week, said he would stand in Leeds.",
        # the reporting verb sits in a clause about the remarks, not under "quit her show"
        'Ann Frey quit her BBC One show over remarks about farmers, whom she called "idle layabouts".',
        # a relative clause about the thing discussed
        "The drama, which is shown on Sky One, drew protests, with a Muslim group claiming it portrays Islam unfairly.",
        # a broadcaster answering for itself as a company
        'ABC said the claims had "no merit".',
    ],
)
def test_a_medium_outside_the_attribution_is_no_outlet(sentence: str) -> None:
    assert all(outlets == [] for _, outlets in _outlets(sentence))


def test_a_medium_under_another_claims_verb_is_that_claims_outlet() -> None:
    found = dict(
        _outlets("Grobco claimed the fund was empty, but its lawyer told the BBC it was a laughable suggestion.")
    )
    assert found == {"the fund was empty": [], "it was a laughable suggestion": ["bbc"]}
    found = dict(_outlets('Mr Dale said the plan was sound but he told the Financial Times: "We must go further."'))
    assert found == {"the plan was sound": [], "We must go further.": ["financial-times"]}


@pytest.mark.parametrize(
    ("sentence", "content", "outlet"),
    [
        # the parse hangs "he hoped" on the programme: "told" frames it all the same
        ("Lord Pask told BBC Radio 4's Today programme he hoped the talks would resume.", "he hoped", "bbc"),
        # a participle shares its verb's frame
        (
            "In an interview with the Financial Times, Mr Bell refused to name a date, saying the vote would come in 2006.",
            "the vote would come",
            "financial-times",
        ),
        # verbs joined by "and" share the opening phrase
        (
            "Speaking on BBC Radio Scotland, Ms Crane praised the plan and said the bigots would be tackled.",
            "the bigots",
            "bbc",
        ),
        # "quoted X telling": the paper reports what X told others
        ("The Sunday Times quoted Mr Hale telling activists that he wanted a referendum.", "he wanted", "sunday-times"),
        # papers, agencies and a broadcaster's reports are outlets of what they say
        ("Reuters reported that the mine had closed.", "the mine", "reuters"),
        ("CNN reported that the mine had closed.", "the mine", "cnn"),
        ("The Guardian said the minister would resign.", "the minister", "guardian"),
    ],
)
def test_a_medium_that_frames_the_claim_is_its_outlet(sentence: str, content: str, outlet: str) -> None:
    found = [outlets for text, outlets in _outlets(sentence) if text.startswith(content)]
    assert found == [[outlet]]


def test_a_channel_and_its_programme_are_cited_as_their_broadcaster() -> None:
    article = make_article(
        "Plans\n\nLocal people would elect their police chiefs under the plans. "
        "Tom Pask told BBC Radio 4's Today programme the plans were sound."
    )
    sources = {s.id: s for s in nlp.analyze(article).sources}
    assert "bbc" in sources and sources["bbc"].claim_count == 1
    assert sources["bbc"].name == "BBC"
    assert not {"bbc-radio-4", "today-programme"} & set(sources)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # the parser takes "the BBC lessons" / "MPs child benefit" for one object of "told"
        ("A Grobco official told the BBC lessons were being learned.", "lessons were being learned"),
        ("Mr Pask told MPs child benefit would rise to £70 a week.", "child benefit would rise to £70 a week"),
        # an addressee and a clause with its own subject: as before
        ("Tom Pask told reporters the deal was off.", "the deal was off"),
        ("Tom Pask told the committee he would resign.", "he would resign"),
    ],
)
def test_the_subject_after_an_addressee_opens_the_content(sentence: str, content: str) -> None:
    assert [c.content for c in claims_of("Head\n\n" + sentence)] == [content]
