"""Session 28 round 2: outlets of a body's own website, a title tied to a name by apposition, and a
noun of nationality as a speaker's head, on sentences written for the purpose (none copied from any
corpus).

- '"...," X said on Grobco's official website.' (also "wrote on", "in a statement on Grobco's
  website, X said"): the body whose website it is is the outlet, as for "told Grobco's website",
  and the speaker's next claims of the same run carry it; never a person's own website, nor the
  body's own when it speaks itself ("Grobco said on its website").
- "The Bishop of Westmarch, Dr Jan Holt, will preside ... The Bishop of Westmarch said: ...": the
  one person the article ties that very title to in apposition ("the TITLE, NAME," or "NAME, the
  TITLE,"), tied before the claim; nobody when two people are tied to it, when only "the former
  TITLE" is tied, or when the name is an item of a list.
- "The 48-year-old Frenchman told ...": a noun of nationality after "the" and lower-case words
  is a description, never the entity the model made of the noun; it resolves, as "the 22-year-old"
  does, to the person the article is about, or stays unresolved.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _claims(text: str) -> list:
    return claims_of("Port\n\n" + text)


# ---- outlets: a body's own website


@pytest.mark.parametrize(
    "text",
    [
        '"The deal has been close for weeks," Tom Bellamy said on Grobco\'s official website.',
        '"The deal has been close for weeks," Tom Bellamy wrote on Grobco\'s website.',
        'But in a statement on Grobco\'s website, Tom Bellamy said: "The deal has been close for weeks."',
    ],
)
def test_said_on_a_bodys_website_is_its_outlet(text: str) -> None:
    found = [(c.content, c.outlets) for c in _claims(text)]
    assert [o for _, o in found] == [["grobco"]], found


def test_the_speakers_run_carries_the_website() -> None:
    found = [
        (c.speaker_id, c.outlets)
        for c in _claims(
            '"The deal has been close for weeks," Tom Bellamy said on Grobco\'s official website. "I am '
            'surprised and shocked." According to Bellamy, the talks had stalled. "I told him to stay," he said.'
        )
    ]
    assert found == [("tom-bellamy", ["grobco"])] * 3, found


def test_another_speaker_ends_the_run() -> None:
    found = [
        (c.speaker_id, c.outlets)
        for c in _claims(
            '"The deal has been close for weeks," Tom Bellamy said on Grobco\'s official website. Grobco chief '
            'Ann Lee said she was surprised. "I told him to stay," Bellamy said.'
        )
    ]
    assert found == [("tom-bellamy", ["grobco"]), ("ann-lee", []), ("tom-bellamy", [])], found


@pytest.mark.parametrize(
    "text",
    [
        # the body speaking on its own website is no outlet of its own words
        '"The deal is close," Grobco said on its website.',
        "Grobco said in a statement on its website that the deal was close.",
    ],
)
def test_no_outlet_without_a_bodys_website(text: str) -> None:
    found = [(c.content, c.outlets) for c in _claims(text)]
    assert found and all(not o for _, o in found), found


def test_a_persons_own_website_is_their_medium() -> None:
    """Session 40 followed the annotated sets (fresh27, fresh36: the person's own site is the
    medium, as a body's official site is the body's), which session 28 had read the other way."""
    found = [
        (c.speaker_id, c.outlets)
        for c in _claims('"I have loved my time here," Tom Bellamy said on his personal website.')
    ]
    assert found == [("tom-bellamy", ["tom-bellamy"])], found


# ---- a title tied to a name by apposition

_WEDDING = "The service will be held at Dunmore Castle in May. {tie}\n\n{claim}"
_BISHOP_SAID = 'The Bishop of Westmarch said: "I am pleased that they have chosen this path."'


def _bishop(tie: str, claim: str = _BISHOP_SAID) -> str | None:
    found = [c for c in _claims(_WEDDING.format(tie=tie, claim=claim)) if c.content.startswith("I am pleased")]
    assert found, [(c.speaker, c.content) for c in _claims(_WEDDING.format(tie=tie, claim=claim))]
    return found[0].speaker_id


@pytest.mark.parametrize(
    "tie",
    [
        "The Bishop of Westmarch, Dr Jan Holt, will preside over the service.",
        "Dr Jan Holt, the Bishop of Westmarch, will preside over the service.",
    ],
)
def test_the_title_apposed_to_a_name_is_that_person(tie: str) -> None:
    assert _bishop(tie) == "jan-holt"


def test_an_office_of_a_town_apposed_to_a_name() -> None:
    tie, claim = "The Mayor of Grobton, Tom Pell, will attend.", "The Mayor of Grobton said the town was proud."
    found = _claims(_WEDDING.format(tie=tie, claim=claim))
    assert [(c.speaker, c.speaker_id) for c in found] == [("The Mayor of Grobton", "tom-pell")]


@pytest.mark.parametrize(
    "tie",
    [
        # two people tied to the title: which one speaks is not guessed
        "The Bishop of Westmarch, Dr Jan Holt, will preside. In 1990 the Bishop of Westmarch, Tom Pell, led it.",
        # a list, not an apposition
        "Guests will include the Bishop of Westmarch, Jan Holt and Ann Lee.",
        # another title: the former holder is not the bishop now
        "Dr Jan Holt, the former Bishop of Westmarch, will preside over the service.",
    ],
)
def test_no_holder_unless_one_person_is_tied(tie: str) -> None:
    assert _bishop(tie) not in ("jan-holt", "tom-pell", "ann-lee")


def test_a_tie_after_the_claim_does_not_count() -> None:
    text = (
        f"{_BISHOP_SAID} The service will be held at Dunmore Castle in May.\n\nThe Bishop of Westmarch, "
        "Dr Jan Holt, will preside."
    )
    found = [c for c in _claims(text) if c.content.startswith("I am pleased")]
    assert [c.speaker_id for c in found] == [None], [(c.speaker, c.speaker_id) for c in found]


# ---- a noun of nationality heading the speaker's phrase

_CLUB = (
    "Kestrel manager Jules Armand{aside} has signed a new contract to stay at the club until 2010.\n\n"
    'Armand has ended talk about his future. He said: "This is a great club."\n\n'
    "{claim}"
)


def _speaker(aside: str, claim: str, start: str) -> tuple[str, str | None]:
    claims = _claims(_CLUB.format(aside=aside, claim=claim))
    found = [c for c in claims if c.content.startswith(start)]
    assert found, [(c.speaker, c.content) for c in claims]
    return found[0].speaker, found[0].speaker_id


def test_the_aged_frenchman_is_the_article_s_person() -> None:
    claim = 'The 48-year-old Frenchman told Kestrel\'s website: "My aim has always been clear."'
    assert _speaker("", claim, "My aim") == ("The 48-year-old Frenchman", "jules-armand")


@pytest.mark.parametrize(
    ("aside", "claim", "start"),
    [
        # the article gives him another nationality
        (
            ", a Belgian,",
            'The 48-year-old Frenchman told Kestrel\'s website: "My aim has always been clear."',
            "My aim",
        ),
        # a woman's noun does not fit him
        ("", 'The 48-year-old Dutchwoman told Kestrel\'s website: "My aim has always been clear."', "My aim"),
        # an indefinite description is someone new
        ("", "A 30-year-old Scot who watched the game said the club was in good hands.", "the club"),
    ],
)
def test_a_nationality_noun_is_never_an_entity(aside: str, claim: str, start: str) -> None:
    speaker, speaker_id = _speaker(aside, claim, start)
    assert speaker_id is None, (speaker, speaker_id)
