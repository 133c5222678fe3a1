"""Organisations and people speaking through a common noun, a pronoun or a description, session
19, on sentences written for the purpose (none copied from any corpus). A wrong speaker is worse
than none, so each rule has its ambiguous case left unresolved.

- "Police said" ("the police", "officers") is the one police force the article names; not when
  it names two forces, or police of a place ("Grobland police").
- "The party says" / "the club said" is the one party (club) named in its paragraph, or, when
  its paragraph names none, in the one before; not when two are named there.
- "they say" is the organisation written in the plural that opens the sentence before or spoke
  there ("Police said ... They believe"); not when a group of people stands between ("two men").
- "The heavy metal star said" is the one person the article wrote with that head noun beside
  their name ("Rock star Jo Pellow"); not when two people are, nor "the chancellor" after
  "shadow chancellor Jo Pellow".
- "said the statement" is whoever the sentence before said "in a statement"; nobody when no
  statement was given.
- "A US bank has said" in a one-sentence lead is the organisation the next paragraph opens with
  ("Grobley Bank will ..."); not one the lead names.
- "he said" walks back over "The 28-year-old fractured ..." to the man the lead is about, and
  "fined by the federation for his comments about Tom Pellow" makes no rival of Tom Pellow.
- "The singer" is the man the article is about when the other singer is named only after it.
"""

from __future__ import annotations

from nlp_util import claim_starting, speaker_of

_BURGLARY = (
    "Burglar flees farmhouse\n\n"
    "A burglar has escaped with jewellery from a farmhouse near Grobton.\n\n"
    "Detective Sergeant Martin Ashworth of {force} said the man had climbed in through a window. "
    "The owners were asleep at the time.\n\n"
    "{extra}Police said the man was wearing a dark jacket and gloves."
)


def test_police_is_the_one_force_the_article_names() -> None:
    text = _BURGLARY.format(force="Midshire Constabulary", extra="")
    assert speaker_of(text, "the man had climbed") is not None
    assert speaker_of(text, "the man was wearing") == "midshire-constabulary"


def test_police_is_no_force_when_the_article_names_two() -> None:
    text = _BURGLARY.format(
        force="Midshire Constabulary",
        extra="Officers from the Westshire Police joined the search on Tuesday morning. ",
    )
    assert speaker_of(text, "the man was wearing") is None


def test_police_is_no_force_when_police_of_a_place_are_written() -> None:
    text = _BURGLARY.format(
        force="Midshire Constabulary",
        extra="French police stopped a van at Calais on Tuesday morning. ",
    )
    assert speaker_of(text, "the man was wearing") is None


_TAX = (
    "Parties set out tax plans\n\n"
    "The main parties have set out their plans for local taxation ahead of the election.\n\n"
    "{opening} want to scrap the council tax and bring in a local income tax instead. "
    "{middle}"
    "The party says it would raise the personal allowance for pensioners."
)


def test_the_party_is_the_one_party_of_its_paragraph() -> None:
    text = _TAX.format(opening="The Liberal Democrats", middle="")
    assert speaker_of(text, "it would raise") == "liberal-democrats"


def test_the_party_is_no_party_when_its_paragraph_names_two() -> None:
    text = _TAX.format(
        opening="The Liberal Democrats",
        middle="It is a plan Labour has rejected as unworkable. ",
    )
    assert speaker_of(text, "it would raise") is None


def test_they_is_the_plural_organisation_opening_the_sentence_before() -> None:
    text = _TAX.format(
        opening="The Liberal Democrats",
        middle="The rate would be set by councils but collected by the Inland Revenue, which they say would "
        "save at least £300m. ",
    )
    assert speaker_of(text, "would save at least") == "liberal-democrats"


def test_they_is_no_organisation_after_a_group_of_people() -> None:
    text = _TAX.format(
        opening="The Liberal Democrats",
        middle="The rate would be welcomed by farmers, who they say would save at least £300m. ",
    )
    assert speaker_of(text, "would save at least") is None


def test_they_after_police_is_the_force() -> None:
    text = _BURGLARY.format(force="Midshire Constabulary", extra="") + (
        " They believe he may have injured himself when he jumped from the window."
    )
    assert speaker_of(text, "he may have injured") == "midshire-constabulary"


def test_they_after_police_is_nobody_when_a_group_of_people_stands_between() -> None:
    text = (
        _BURGLARY.format(force="Midshire Constabulary", extra="").replace(
            "the man was wearing a dark jacket and gloves", "two men were seen running from the house"
        )
        + " They believe one may have injured himself when he jumped from the window."
    )
    assert speaker_of(text, "one may have injured") is None


_TAKEOVER = (
    "Tycoon makes new offer\n\n"
    "Jo Pellow has said he is unsure of the tycoon's motives after the American launched a new offer "
    "to buy {club}.\n\n"
    "{extra}The club said it had received a detailed proposal from the tycoon's advisers."
)


def test_the_club_is_the_one_club_of_the_paragraph_before() -> None:
    text = _TAKEOVER.format(club="Manchester United", extra="")
    assert speaker_of(text, "it had received") == "manchester-united"


def test_the_club_is_no_club_when_two_are_named() -> None:
    text = _TAKEOVER.format(club="Manchester United or Arsenal", extra="")
    assert speaker_of(text, "it had received") is None


_STAR = (
    "Star chases burglar\n\n"
    "Rock star Jo Pellow has chased a burglar from his home in Grobton.\n\n"
    "His wife Sharon called the police{extra}. "
    "The heavy metal star said he could have been badly hurt in the struggle."
)


def test_a_description_is_the_one_person_written_with_its_head_noun() -> None:
    assert speaker_of(_STAR.format(extra=""), "he could have been") == "jo-pellow"


def test_a_description_is_nobody_when_two_people_are_written_with_its_head_noun() -> None:
    text = _STAR.format(extra=", and a neighbour, the pop star Danny Reeve, came to help")
    assert speaker_of(text, "he could have been") is None


def test_a_shadow_office_is_not_the_office() -> None:
    text = (
        "Row over spending plans\n\n"
        "Labour and the Conservatives have clashed over spending.\n\n"
        "Shadow chancellor Peter Ashcombe said taxes would have to rise by £10bn. "
        "The cuts were debated in the Commons on Tuesday. "
        "The chancellor insisted his spending plans were affordable."
    )
    assert speaker_of(text, "taxes would have to rise") is not None
    assert speaker_of(text, "his spending plans") != speaker_of(text, "taxes would have to rise")


def test_the_statement_is_whoever_said_it_in_a_statement() -> None:
    text = (
        "Candidate stands down\n\n"
        "A parliamentary candidate has stood down after a row over his remarks.\n\n"
        "In a statement, the Liberal Democrats said the remark had been taken out of context. "
        '"He fully supports the policies of the party," said the statement.'
    )
    assert speaker_of(text, "the remark had been") == "liberal-democrats"
    assert speaker_of(text, "He fully supports") == "liberal-democrats"


def test_the_statement_is_nobody_when_no_statement_was_given_before() -> None:
    text = (
        "Candidate stands down\n\n"
        "A parliamentary candidate has stood down after a row over his remarks.\n\n"
        "The Liberal Democrats said the remark had been taken out of context. "
        '"He fully supports the policies of the party," said the statement.'
    )
    assert speaker_of(text, "the remark had been") == "liberal-democrats"
    assert speaker_of(text, "He fully supports") is None


_LEAD = (
    "Bank to pay victims\n\n"
    "A US bank has said it will donate more than $8m to victims of a former military regime{extra}.\n\n"
    "Grobley Bank will put the money in a special fund managed by a charity in Madrid."
)


def test_an_indefinite_organisation_of_the_lead_is_the_one_the_next_paragraph_opens_with() -> None:
    assert speaker_of(_LEAD.format(extra=""), "it will donate") == "grobley-bank"


def test_an_indefinite_organisation_of_the_lead_is_not_one_the_lead_names() -> None:
    assert speaker_of(_LEAD.format(extra=" in talks with Grobley Bank"), "it will donate") is None


_INJURY = (
    "Prop upbeat about injury\n\n"
    "England prop Tom Pellow is staying positive despite a broken arm ruling him out of the {event}.\n\n"
    "The 28-year-old fractured his right forearm during Grobton's win on Saturday. "
    'He said: "This is not an injury that will stop me from working hard on my fitness."'
)


def test_he_walks_back_over_an_epithet_opening_the_sentence_before() -> None:
    assert speaker_of(_INJURY.format(event="Six Nations"), "This is not an injury") == "tom-pellow"


def test_he_is_nobody_when_the_sentence_before_names_another_man_as_its_subject() -> None:
    text = _INJURY.format(event="Six Nations").replace(
        "The 28-year-old fractured", "Coach Jim Barraclough said he fractured"
    )
    assert speaker_of(text, "This is not an injury") != "tom-pellow"


def test_he_is_the_subject_fined_by_an_organisation_for_words_about_another_man() -> None:
    text = (
        "Coach angered by fine\n\n"
        "Grobland coach Luis Varela is furious after being fined by the Grobland Football Federation for "
        "his comments about Tom Pellow.\n\n"
        "The 66-year-old criticised his punishment even though it was far below the maximum. "
        '"I am not guilty of anything," he said.'
    )
    assert speaker_of(text, "I am not guilty") == "luis-varela"


_SINGER = (
    "Star chases burglar\n\n"
    "Rock star Jo Pellow has chased a burglar from his home in Grobton.\n\n"
    "{before}The singer did not want to talk about it but when asked if he would do it again replied: "
    '"Of course I would." On Sunday night the family had been at a party for singer Danny Reeve.'
)


def test_a_title_given_to_someone_only_later_does_not_rule_out_the_article_person() -> None:
    assert speaker_of(_SINGER.format(before=""), "Of course I would") == "jo-pellow"


def test_he_does_not_reach_back_over_a_person_written_with_their_title_and_no_entity() -> None:
    """The whole "name, title at firm" phrase left as the speaker (no person tagged, the firm's
    name run into the title) still blocks a later "he" from reaching the economist before."""
    text = (
        "Retail sales rise\n\nUS retail sales rose 0.4% in March, figures showed.\n\n"
        "Tom Ashdown, chief economist at Grobco Securities, said the rise was welcome.\n\n"
        "Sales at clothing stores rose by 1.2%. Parul Okwe, deputy chief economist at Pellham Securities "
        'International, said spending would slow later in the year. "Shoppers are still strong," he said.'
    )
    okwe = claim_starting(text, "spending would slow")
    assert okwe is not None and okwe.speaker_id is None and okwe.speaker.startswith("Parul Okwe")
    assert speaker_of(text, "Shoppers are still strong") is None


def test_a_former_international_is_a_player_not_the_national_side() -> None:
    """ "The former Scotland international added": a player described by the side he played
    for; the team (an organisation in a sport story) is not the speaker."""
    text = (
        "Pask turns down Hull\n\nJim Pask has rejected the chance to become Hull's new manager.\n\n"
        "Club director Tom Cole held initial talks with Pask on Saturday. The former Scotland international "
        "added that joining the club's local rivals would not be a wise move. The striker and the goalkeeper "
        "have both asked for a transfer.\n\n"
        "The side had gone five matches unbeaten until Sunday's 1-0 defeat at home to champions Arsenal, "
        "but the club are still 12th in the Premiership table."
    )
    claim = claim_starting(text, "joining the club")
    assert claim is not None and claim.speaker.startswith("The former Scotland international")
    assert claim.speaker_id != "scotland-team"
