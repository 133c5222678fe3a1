"""Speakers of session 18, on sentences written for the purpose (none copied from any corpus).
A wrong speaker is worse than none.

- "'...,' he said, but added that ...": the second verb shares the pronoun of the first, so the
  claim it reports is the first one's speaker's.
- A speaker named only by a first name ("Lisa, a nurse, said ...") is who the next "she said"
  continues with, when the name is clearly a woman's (a man's for "he"); never one of the other
  gender ("Michael said ... Her letters ..., she said": nobody named).
- "Jo Bell, deputy chief economist at Grobco Bank, said" is Jo Bell's claim, shown unresolved when
  the model tagged no person in the name, never Grobco's; a "he said" after it does not reach back
  past her to an earlier man, nor past any speaker written as a name without an entity ("The
  Grobs"), while a description that spoke ("The DJ admitted") is no one else.
- "Grobland's minister of sport Jo Bell was quick to ...": an office with its field before the
  name opens the sentence, so the "he said" after it is Jo Bell's (unless another person fits).
- "Grobland's Daily Clarion newspaper reports": the outlet named directly before the noun (not
  when a person owns it: "Jo Bell's Daily Clarion newspaper").
- "The previous day, the Olympic champion went down to Jo Bell. '...,' she said": an epithet of the
  pronoun's gender opening the sentence is whom "she" continues with, further back, also when the
  sentence names another person only as its object.
- "Coach Tom Pellow warned that Rob Lane needed a break. Lane has struggled. 'It's his first
  year,' he said": the quote speaks of Lane, so it is Pellow's, who spoke of him just before (no
  one, when Pellow's words were not about Lane).
"""

from __future__ import annotations

from nlp_util import claim_starting, speaker_of

_TITLE = "Hospital row\n\n"


_SINGER = (
    "Singer to retire\n\nSinger Daniel Hartwell has said a new album will be his last.\n\n"
    "The album, Blue Harbour, follows Hartwell's life since the 1990s. The 41-year-old chart-topper told "
    'reporters in Leeds that he wanted "a quieter life".\n\n'
)


def test_a_second_verb_shares_the_pronoun_of_the_first() -> None:
    text = _SINGER + '"I am still going to be working," he said, but added that he was "not going to stay".'
    first = claim_starting(text, "I am still going")
    assert first is not None and first.speaker_id == speaker_of(text, "a new album will")
    assert first.speaker_id is not None
    assert speaker_of(text, 'he was "not going') == first.speaker_id


def test_a_second_verb_after_another_subject_is_not_shared() -> None:
    text = _SINGER + '"I am still going to be working," he said, but Denton added that he was "not going to stay".'
    assert speaker_of(text, 'he was "not going') != speaker_of(text, "a new album will")


def test_a_speaker_named_by_a_first_name_goes_on_with_she() -> None:
    text = (
        _TITLE + "The hospital has a waiting list of 4,000 patients.\n\n"
        "Lisa, a mother of three from Leeds, said she had waited eight months for an operation. "
        'Her letters were never answered, she said. "I ring them every week," she said.'
    )
    first = speaker_of(text, "she had waited")
    assert first is not None
    assert speaker_of(text, "Her letters were never answered") == first
    assert speaker_of(text, "I ring them every week") == first


def test_a_first_name_of_the_other_gender_is_not_who_she_is() -> None:
    text = (
        _TITLE + "The hospital has a waiting list of 4,000 patients.\n\n"
        "Michael, a father of three from Leeds, said he had waited eight months for an operation. "
        "Her letters were never answered, she said."
    )
    assert speaker_of(text, "Her letters were never answered") is None


_SALES = "Retail sales rise\n\nUS retail sales rose 0.4% in March, figures showed.\n\n"


def test_the_holder_of_a_title_at_an_organisation_is_no_organisation() -> None:
    text = (
        _SALES + "Tom Ashdown, chief economist at Grobco Securities, said the rise was welcome.\n\n"
        "Sales at clothing stores rose by 1.2%. Parul Okwe, deputy chief economist at Pellham Bank "
        "International, said spending would slow later in the year."
    )
    claim = claim_starting(text, "spending would slow")
    assert claim is not None
    assert claim.speaker_id != "pellham-bank-international"
    assert "Okwe" in claim.speaker


def test_he_does_not_reach_back_over_a_person_named_without_an_entity() -> None:
    text = (
        _SALES + "Tom Ashdown, chief economist at Grobco Securities, said the rise was welcome.\n\n"
        "Sales at clothing stores rose by 1.2%. Parul Okwe, deputy chief economist at Pellham Bank "
        'International, said spending would slow later in the year. "Shoppers are still strong," he said.'
    )
    assert speaker_of(text, "Shoppers are still strong") is None


def test_an_organisation_before_its_own_title_is_not_a_person() -> None:
    text = _SALES + "Grobco Holdings, the parent of Tarbury Stores, said sales had risen sharply."
    assert speaker_of(text, "sales had risen") == "grobco-holdings"


def test_a_description_that_spoke_last_is_no_one_else() -> None:
    text = (
        "DJ plans tour\n\nDJ Fenwick Hale played to 200,000 people on the beach at Brighton. "
        '"We will be back next year," Hale said.\n\n'
        "The DJ admitted, however, that fame had a downside. In particular, he said he had struggled "
        "with the attention of the tabloids."
    )
    hale = speaker_of(text, "We will be back")
    assert hale is not None
    assert speaker_of(text, "he had struggled") == hale


_BAN = (
    "Fans banned\n\nThe federation has banned 40 fans after chanting at the match in Seville. "
    "Coach Luis Navarro said the remarks were meant to motivate the player.\n\n"
)


def test_an_office_with_its_field_before_the_name_opens_the_sentence() -> None:
    text = (
        _BAN
        + "But the row grew following chanting by fans during the game, which Spain won 2-0. Portugal's minister of sport "
        "Tomas Ferreira was quick to back the federation's decision. "
        '"Everyone has to consider their words, and make sure they give no bad image," he said.'
    )
    assert speaker_of(text, "Everyone has to consider") == "tomas-ferreira"


def test_an_office_holder_beaten_by_another_is_not_settled() -> None:
    text = (
        _BAN
        + "But the row grew following chanting by fans during the game, which Spain won 2-0. Portugal's minister of sport "
        "Tomas Ferreira was criticised by coach Paulo Sousa for the decision. "
        '"Everyone has to consider their words, and make sure they give no bad image," he said.'
    )
    assert speaker_of(text, "Everyone has to consider") is None


_PLAY = (
    "Play banned\n\nThe authorities in Kampala have banned a play due to open this weekend.\n\n"
    "Some church leaders are also backing the ban, "
)


def test_a_newspaper_named_after_a_place_s_is_the_speaker() -> None:
    text = _PLAY + "Kenya's Morning Clarion newspaper reports."
    assert speaker_of(text, "Some church leaders") == "morning-clarion"


def test_a_newspaper_of_a_person_is_not_only_the_outlet() -> None:
    text = _PLAY + "Jon Oketch's Morning Clarion newspaper reports."
    assert speaker_of(text, "Some church leaders") != "morning-clarion"


def test_an_epithet_opening_the_sentence_walks_back_past_its_object() -> None:
    text = (
        "Verhoeven loses again\n\nBelgian Anna Verhoeven lost to Olga Petrova in an exhibition match in Ghent "
        "on Sunday.\n\n"
        '"I will go to Melbourne with questions over me," she said. Verhoeven was speaking after a 6-2 5-7 '
        "6-2 loss to Petrova in Ghent. The previous day, the Olympic champion went down 6-2 7-5 to France's "
        'Marie Dupont.\n\n"I have to be positive, I still have a few weeks," she said.'
    )
    first = speaker_of(text, "I will go to Melbourne")
    assert first is not None
    assert speaker_of(text, "I have to be positive") == first


_TOUR = (
    "Tour ends in defeat\n\nThe Barbarians lost 47-19 to the All Blacks at Twickenham on Saturday.\n\n"
    "After the match, Barbarians coach Tom Pellow warned that flanker Rob Lane needed a proper break to "
    "keep his form. Lane, 21, was named player of the year last month, but has struggled in recent weeks. "
)


def test_a_quote_about_the_subject_before_is_the_speaker_who_spoke_of_him() -> None:
    text = _TOUR + '"It\'s his first year at that level and he was superb until the end of the season," he said.'
    assert speaker_of(text, "It's his first year") == speaker_of(text, "flanker Rob Lane needed")


def test_a_quote_about_the_subject_before_is_nobody_when_the_speaker_did_not_speak_of_him() -> None:
    text = (
        "Tour ends in defeat\n\nThe Barbarians lost 47-19 to the All Blacks at Twickenham on Saturday.\n\n"
        "After the match, Barbarians coach Tom Pellow warned that the side needed a proper break. "
        "Rob Lane, 21, was named player of the year last month, but has struggled in recent weeks. "
        '"It\'s his first year at that level and he was superb until the end of the season," he said.'
    )
    assert speaker_of(text, "It's his first year") is None
