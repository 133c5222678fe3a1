"""Speaker resolution patterns of session 11, round 2, on sentences written for the purpose (none
copied from any corpus):

- "The film, Johnny Walker, chronicles his life.": a name in apposition to a thing is not a new
  person who opens the sentence or is introduced there, so a later "he said" does not go to it;
- "The firm's chairman said", "The Tories' campaign director said": one person holding an
  office, never the organisation; the one person the article gives that title, else nobody;
- "Mr Crosby's statement said", "His letter said": the words of the person who owns the
  document.
A wrong speaker is worse than none: where two candidates fit, the speaker stays unresolved."""

from __future__ import annotations

import pytest

from nlp_util import speaker_of

RESOLVED = {
    # the one person the article gives the office is who "the firm's chairman" is
    "office-holder-titled": (
        "Acme row\n\nAcme has named Jo Bell, the firm's chairman, to lead the talks. Unions said the "
        "choice was poor.\n\nThe firm's chairman said the plan would go ahead.",
        "the plan would go ahead",
        "jo-bell",
    ),
    # a named person's statement is that person's words
    "named-statement": (
        "Tory row\n\nThe party named Lynton Crosby as its elections chief last year. "
        'Mr Crosby\'s statement said: "We are making an impact on tax."',
        "We are making an impact",
        "lynton-crosby",
    ),
    # ... and "his letter" is the one man "he" would be
    "his-letter": (
        "Plan\n\nJohn Smith was angry about the plan. His letter said the plan would never work.",
        "the plan would never work",
        "john-smith",
    ),
}


@pytest.mark.parametrize("case", sorted(RESOLVED))
def test_resolved(case: str) -> None:
    text, content, expected = RESOLVED[case]
    assert speaker_of(text, content) == expected


UNRESOLVED = {
    # a work's name in apposition is not who "he" goes on to be (the singer may be the
    # epithet's person, but nothing settles it)
    "work-apposition": (
        "Pell retires\n\nSinger Tom Pell has said that a new film about his life is the start of a "
        'retirement.\n\n"I should explain myself," said Pell, who was in Berlin to launch the '
        "documentary. The film, Johnny Walker, chronicles his life and career. The 41-year-old "
        'chart-topper told reporters that he wanted a change.\n\n"I am still going to be making '
        'music," he said.',
        "I am still going to be",
    ),
    # the organisation's office holder is not the organisation, and nobody has the title
    "office-not-organisation": (
        "Tory plans\n\nThe Conservatives have a new plan on crime. The Conservatives' campaign "
        "director told the Guardian the party was doing well. Labour said the plan was wrong.",
        "the party was doing well",
    ),
    # two people given the title: neither
    "office-two-holders": (
        "Acme row\n\nAcme has named Jo Bell, the firm's chairman, to lead the talks. Globex named Tim "
        "Hart, the firm's chairman, too.\n\nThe firm's chairman said the plan would go ahead.",
        "the plan would go ahead",
    ),
    # "his letter" when two men could be "he"
    "his-letter-two-men": (
        "Plan\n\nJohn Smith met Tom Jones about the plan. His letter said the plan would never work.",
        "the plan would never work",
    ),
}


@pytest.mark.parametrize("case", sorted(UNRESOLVED))
def test_unresolved(case: str) -> None:
    text, content = UNRESOLVED[case]
    assert speaker_of(text, content) is None


def test_person_in_apposition_still_opens() -> None:
    # "The coach, Tom Pell, ..." is a person opening the sentence: "he" continues with him
    text = (
        "Cup tie\n\nHarry Sowden said his side had played badly. The coach, Tom Pell, was in no mood "
        'to celebrate either. He said: "We should have scored four."'
    )
    assert speaker_of(text, "We should have scored") == "tom-pell"


def test_spokesman_still_speaks_for_the_firm() -> None:
    # "the firm's spokesman" is anyone speaking for it: unchanged, the firm (or nobody), never a person
    text = "Acme row\n\nAcme has named Jo Bell to lead the talks.\n\nAn Acme spokesman said the plan would go ahead."
    assert speaker_of(text, "the plan would go ahead") in (None, "acme")


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


class _NoMentions:
    def mention_at(self, offset: int) -> None:
        return None


def test_titles_in_apposition_are_one_person() -> None:
    # "The head of the unit, Acting Chief Superintendent, Tom Hart, said", the title parsed as a
    # conjunct of "head" (no "and"): one person's titles, not several speakers
    from belreader.nlp.claims.subjects import _coordinated

    words = ["The", "head", "of", "the", "unit", ",", "Chief", "Superintendent", ",", "Tom", "Hart", ",", "said"]
    heads = [1, 12, 1, 4, 2, 1, 7, 1, 7, 10, 7, 1, 12]
    deps = ["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "conj", "punct", "compound", "appos"]
    deps += ["punct", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = _parsed(words, heads, deps, pos)
    assert not _coordinated(_NoMentions(), doc[1], 0)  # type: ignore[arg-type]


def test_coordinated_speakers_still_several() -> None:
    # "The head of the unit and Tom Hart said": two speakers
    from belreader.nlp.claims.subjects import _coordinated

    words = ["The", "head", "of", "the", "unit", "and", "Tom", "Hart", "said"]
    heads = [1, 8, 1, 4, 2, 1, 7, 1, 8]
    deps = ["det", "nsubj", "prep", "det", "pobj", "cc", "compound", "conj", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "PROPN", "PROPN", "VERB"]
    doc = _parsed(words, heads, deps, pos)
    assert _coordinated(_NoMentions(), doc[1], 0)  # type: ignore[arg-type]


def test_firm_possessive_is_not_coordination() -> None:
    # "Ernst and Young's Jo Bell said", parsed "Ernst and (Young's Jo Bell)": the firm's person
    from belreader.nlp.claims.subjects import _coordinated

    words = ["Ernst", "and", "Young", "'s", "Jo", "Bell", "said"]
    heads = [6, 0, 5, 2, 5, 0, 6]
    deps = ["nsubj", "cc", "poss", "case", "compound", "conj", "ROOT"]
    pos = ["PROPN", "CCONJ", "PROPN", "PART", "PROPN", "PROPN", "VERB"]
    assert not _coordinated(_NoMentions(), _parsed(words, heads, deps, pos)[0], 0)  # type: ignore[arg-type]


def test_his_minister_is_still_coordination() -> None:
    # "Putin and his foreign minister said": two speakers, neither alone
    from belreader.nlp.claims.subjects import _coordinated

    words = ["Tom", "Hart", "and", "his", "foreign", "minister", "said"]
    heads = [1, 6, 1, 5, 5, 1, 6]
    deps = ["compound", "nsubj", "cc", "poss", "amod", "conj", "ROOT"]
    pos = ["PROPN", "PROPN", "CCONJ", "PRON", "ADJ", "NOUN", "VERB"]
    assert _coordinated(_NoMentions(), _parsed(words, heads, deps, pos)[1], 0)  # type: ignore[arg-type]


ISSUED = {
    # a document issued on behalf of a person, or gathered by a firm, is their words
    "on-behalf-of": (
        "Trade row\n\nThe US filed a complaint. A statement issued on behalf of Robert Zoellick said "
        "the EU had no single customs service.",
        "the EU had no single",
        "robert-zoellick",
    ),
    "gathered-by": (
        "Web slowdown\n\nThe shop was busy. Figures gathered by Netcraft show that many sites suffered "
        "slow response times.",
        "many sites suffered",
        "netcraft",
    ),
}


@pytest.mark.parametrize("case", sorted(ISSUED))
def test_issued_by(case: str) -> None:
    text, content, expected = ISSUED[case]
    assert speaker_of(text, content) == expected


def test_prepared_for_is_not_the_author() -> None:
    # "a report prepared for the Acme board": the board commissioned it, it did not write it
    text = "Acme row\n\nAcme is under pressure. A report prepared for Globex said the plan would fail."
    assert speaker_of(text, "the plan would fail") != "globex"


def test_time_phrase_still_opens() -> None:
    # "A day earlier, Mr Hart had said ...": an opening phrase of time, not a work's title
    from belreader.nlp.claims.vocabulary import _thing_apposition

    assert not _thing_apposition(["A", "day", "earlier,", "Mr"])
    assert not _thing_apposition(["The", "coach,"])
    assert _thing_apposition(["The", "film,", "A"])
    assert _thing_apposition(["His", "latest", "book,"])
