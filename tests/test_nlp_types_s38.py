"""Session 38 (r2e38): entity types and false positives from fresh34's misses; invented sentences
and names, the model's spans given by hand. Each positive test failed on 7f57f146.

- A trade no surname is ("Leisure", "Multimedia") ends a firm's name, not a person's.
- In sport, a one-word "person" listed with clubs is a club; a side a team plays ("if X fail to
  beat Y") is a team.
- A one-word "organisation" written only after a reader's first name ("Ann in X", "Ann, of X",
  "Ann from X") is the town the reader writes from; a list of firms is no reader and a town.
- "Team X" is a side, not a person, and so is X alone beside it (unless the table knows X as a place).
- School exams ("GCSE", "A-levels") and an era's letters ("A.D.") are common nouns.
- "a large Hospital where": a capitalised common noun after "a" is no organisation.
- A gadget's brand before its noun ("the Velt quartz digital watch") and a program's piece ("the
  Smart Widgets feature") are neither places nor people: no entity.
- "Ann Bell's brother and agent Tom Pell" is introduced by his tie (as "His wife Sharon"): a later
  "the midfielder" is not him.
"""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved
from test_nlp_speakers2 import _context

# ---- a trade ending a firm's name


def test_a_trade_no_surname_is_ends_a_firms_name() -> None:
    text = "Shares in Grobco Holdings, Velt Group and Marlon Leisure fell by 10% on Monday."
    got = resolved(text, [("Grobco Holdings", "ORG"), ("Velt Group", "ORG"), ("Marlon Leisure", "PERSON")])
    assert got["Marlon Leisure"][1] == "ORG", got
    got = resolved("The first player came from Dennis Multimedia in 1998.", [("Dennis Multimedia", "PERSON")])
    assert got["Dennis Multimedia"][1] == "ORG", got


def test_a_surname_that_is_no_trade_stays_a_person() -> None:
    got = resolved("Shares rose after Marlon Baker joined the board.", [("Marlon Baker", "PERSON")])
    assert got["Marlon Baker"][1] == "PERSON", got


# ---- clubs


def test_a_one_word_person_listed_with_clubs_is_a_club() -> None:
    text = SPORT + "He has been linked with the trio Arsenal, Real Madrid and Velenzia this season."
    got = resolved(text, [("Arsenal", "ORG"), ("Real Madrid", "ORG"), ("Velenzia", "PERSON")])
    assert got["Velenzia"][1] == "ORG", got


def test_a_full_name_listed_with_clubs_stays_a_person() -> None:
    text = SPORT + "He has been linked with Arsenal, Real Madrid and Tom Pellow this season."
    got = resolved(text, [("Arsenal", "ORG"), ("Real Madrid", "ORG"), ("Tom Pellow", "PERSON")])
    assert got["Tom Pellow"][1] == "PERSON", got


def test_the_sides_of_a_match_still_to_come_are_teams() -> None:
    text = (
        SPORT + "Hearts manager Tom Pell hopes a place in the knock-out stages will help. A win would put "
        "them through if Grobsel fail to beat Tarnoord on Thursday."
    )
    got = resolved(text, [("Hearts", "ORG"), ("Tom Pell", "PERSON"), ("Grobsel", "PERSON"), ("Tarnoord", "PLACE")])
    assert got["Grobsel"][1] == "ORG", got
    assert got["Tarnoord"][1] == "ORG", got


def test_a_place_beside_a_team_without_a_match_stays_a_place() -> None:
    text = (
        SPORT + "Hearts manager Tom Pell hopes a place in the knock-out stages will help. Grobsel fail to "
        "see why, and the squad flew to Tarnoord on Thursday."
    )
    got = resolved(text, [("Hearts", "ORG"), ("Tom Pell", "PERSON"), ("Tarnoord", "PLACE")])
    assert got["Tarnoord"][1] == "PLACE", got


# ---- readers' towns


READERS = (
    "Readers have been giving their views on the minimum wage rise. "
    "Colin in Grimsby complains that the rise is blatant electioneering. "
    "I disagree with Ruth, of Stafford: hard work alone does not pay the rent. "
    "In answer to Jane from Bourne, the rise helps everyone."
)


def test_a_readers_town_is_a_place_and_the_reader_a_person() -> None:
    got = resolved(
        READERS,
        [
            ("Colin", "PERSON"),
            ("Grimsby", "ORG"),
            ("Ruth", "PERSON"),
            ("Stafford", "ORG"),
            ("Jane", "ORG"),
            ("Bourne", "ORG"),
        ],
    )
    assert got["Grimsby"][1] == "PLACE", got
    assert got["Stafford"][1] == "PLACE", got
    assert got["Jane"][1] == "PERSON", got


def test_a_readers_town_signed_with_a_comma() -> None:
    text = "I disagree with Ruth, Stafford saying we should all work harder for more pay."
    got = resolved(text, [("Ruth", "PERSON"), ("Stafford", "ORG")])
    assert got["Stafford"][1] == "PLACE", got


def test_a_list_of_firms_is_no_reader_and_town() -> None:
    text = "Its members include technology companies Dell, Grobsung and Velt, and two studios."
    got = resolved(text, [("Dell", "ORG"), ("Grobsung", "ORG"), ("Velt", "ORG")])
    assert got["Dell"][1] == "ORG" and got["Grobsung"][1] == "ORG", got


def test_a_firm_after_a_first_name_with_a_firms_cue_stays_an_organisation() -> None:
    text = "Colin in Grobcorp said it would cut jobs, and shares in Grobcorp fell."
    got = resolved(text, [("Colin", "PERSON"), ("Grobcorp", "ORG"), ("Grobcorp", "ORG")])
    assert got["Grobcorp"][1] == "ORG", got


# ---- "Team X"


def test_team_and_its_word_is_a_side() -> None:
    text = "I'm confident the new funding will springboard Team Velt to greater success next year."
    got = resolved(text, [("Team Velt", "PERSON")])
    assert got["Team Velt"][1] == "ORG", got


def test_the_sides_word_alone_beside_team_and_it_is_the_side() -> None:
    text = (
        "It will be tough for VB to move up, the captain said. The funding will springboard Team VB to greater success."
    )
    got = resolved(text, [("VB", "PLACE"), ("Team VB", "PERSON")])
    assert got["VB"] == got["Team VB"] and got["VB"][1] == "ORG", got


def test_a_known_place_beside_team_and_it_stays_a_place() -> None:
    text = "Hotels across the USA are full, and Team USA arrive on Monday for the games."
    got = resolved(text, [("USA", "PLACE"), ("Team USA", "PERSON")])
    assert got["USA"][1] == "PLACE", got


# ---- common nouns written as capitals


def test_exams_and_an_eras_letters_are_no_names() -> None:
    text = "I have my GCSE's and A-Levels and a degree. The abacus dates from 190 A.D., the magazine says."
    got = resolved(text, [("GCSE", "ORG"), ("A-Levels", "ORG"), ("A.D.", "PLACE")])
    assert "GCSE" not in got and "A-Levels" not in got and "A.D." not in got and "A.D" not in got, got


def test_a_capitalised_common_noun_after_a_is_no_organisation() -> None:
    text = "I work at a large Hospital where the contractors pay the minimum wage."
    got = resolved(text, [("Hospital", "ORG")])
    assert "Hospital" not in got, got


def test_a_name_after_a_and_a_preposition_is_kept() -> None:
    text = SPORT + "He marked his return with a goal against Portsmouth in his first game."
    got = resolved(text, [("Portsmouth", "ORG")])
    assert got.get("Portsmouth", ("", ""))[1] == "ORG", got


def test_a_name_before_the_noun_it_describes_is_kept() -> None:
    text = "She travelled on a Grobline train to the coast on Friday."
    got = resolved(text, [("Grobline", "ORG")])
    assert got.get("Grobline", ("", ""))[1] == "ORG", got


# ---- gadgets and program features


def test_a_gadgets_brand_is_no_place_or_person() -> None:
    text = "The list includes the Velmar quartz digital watch (36th) and the Tarnville pie maker."
    got = resolved(text, [("Velmar", "PLACE"), ("Tarnville", "PERSON")])
    assert "Velmar" not in got and "Tarnville" not in got, got


def test_a_place_before_a_trade_stays_a_place() -> None:
    text = "He bought it at a Tarnville camera shop last year."
    got = resolved(text, [("Tarnville", "PLACE")])
    assert got.get("Tarnville", ("", ""))[1] == "PLACE", got


def test_a_programs_feature_is_no_person() -> None:
    text = (
        "The new tool has been compared to the Smart Widgets feature from Grobsoft. "
        "Smart Widgets allowed Grobsoft to link any word to another site."
    )
    got = resolved(text, [("Grobsoft", "ORG"), ("Smart Widgets", "PERSON"), ("Grobsoft", "ORG")])
    assert "Smart Widgets" not in got, got


def test_a_person_before_a_feature_word_stays_a_person() -> None:
    text = "The Tom Pell feature in the Sunday paper drew many letters."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got


# ---- a relative introduced by his tie (on a hand-made context: the model's tags fixed)


def test_a_named_persons_kin_is_introduced_by_the_tie() -> None:
    body = "Edo's brother and representative Tom Pell has said the offer was well short."
    ctx = _context(body, [("Tom Pell", "tom-pell", "PERSON")])
    assert ctx.modifier_or_tie(ctx.mentions[0], 0)


def test_a_clubs_player_is_no_kin() -> None:
    body = "Grobton's midfielder Tom Pell has said the offer was well short."
    ctx = _context(body, [("Tom Pell", "tom-pell", "PERSON")])
    assert not ctx.modifier_or_tie(ctx.mentions[0], 0)
