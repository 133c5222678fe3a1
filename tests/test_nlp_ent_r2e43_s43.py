"""Session 43 round 2, r2e43: entity patterns behind fresh39's misses, on invented sentences.

- A word written with an HTML character reference for a letter ("Ren&#233;", "Vel&#233;", as many
  BBC files write an accent) is one word to the model (`backend._html_refs_whole`, which also feeds
  the model the features of the word it stands for), a name keeps the reference's ";" (`entities.
  clean_span`), and its key is the letter's ("Vel&#233;" is "Velé": `aliases.normalise`);
  "&#191;s" after a name is a possessive ("Mr Tarnell&#191;s plan": Mr Tarnell).
  A common word so written ("caf&#233;") keeps the model's own features; a lower-case Spanish or
  French article before a capital is no word of a name ("el Tarbal&#233;u": `clean_span`).
- A sport article's squad list of full names with their clubs in brackets ("Tom Pell (Velton),
  ..."): each bracket's name is a club, an organisation, tagged or not (`entities.squad_lists`).
- "Air Velmara" the model called a person: an airline (`kinds.label_from_words`).
- "Velina (its long form), an international non-profit organisation": an organisation
  (`kinds._DESCRIBED_AS_COMPANY`, past the bracket).
- "Ms Velkar" after "Anita Velkhar": one woman, a surname misspelt by an "h" (`entities._spelt_alike`).
- "Tip of the Tunes", the model's "Tunes" an organisation: a title's piece, left out
  (`entities._title_of_the`).
- "Tests against the United States", "driven over Tarnia's line" in sport: national sides
  (`kinds._TEAM_BEFORE`, `kinds.TEAM_AFTER`).
"""

from __future__ import annotations

from belreader.nlp import analyze
from belreader.nlp.aliases import load_table, normalise
from belreader.nlp.entities import squad_lists
from belreader.nlp.kinds import label_from_words, org_cue
from belreader.nlp.records import Mention

from nlp_util import make_article


def _mentions(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.entity_id) for m in analyze(make_article(text)).mentions}


# --- HTML character references -----------------------------------------------------------------

_REFS = (
    "Council backs road plan\n\n"
    "The council approved the new road on Monday. Its leader Ren&#233; Tarvello said the work "
    "would start in spring. Critics said Mr Dorrant&#191;s plan for the bypass was too costly, "
    "and a communiqu&#233; from the residents put the cost at &#163;8m."
)


def test_a_name_with_a_letters_reference_is_one_person() -> None:
    found = _mentions(_REFS)
    assert found.get("Ren&#233; Tarvello", ("", ""))[0] == "PERSON", found


def test_a_reference_for_an_apostrophe_is_a_possessive() -> None:
    found = _mentions(_REFS)
    assert "PERSON" in {found.get(name, ("", ""))[0] for name in ("Mr Dorrant", "Dorrant")}, found
    assert not any("&#191;" in text for text in found), found


def test_references_in_common_words_and_sums_are_no_names() -> None:
    found = _mentions(_REFS)
    assert not any("communiqu" in text or "163" in text for text in found), found


def test_a_name_keeps_its_last_letters_reference() -> None:
    text = (
        "Velton win again\n\n"
        "Velton beat Grobton 3-1 on Saturday. Striker Luc Vel&#233; scored twice, and the coach said "
        "Luc Vel&#233; had been the best player on the pitch all season."
    )
    found = _mentions(text)
    assert "Luc Vel&#233;" in found, found
    assert not any(t.endswith("&#233") for t in found), found


def test_a_reference_is_its_letter_in_a_names_key() -> None:
    assert normalise("Luc Vel&#233;") == normalise("Luc Velé") == "luc vele"
    assert normalise("Tarnell&#191;s") != normalise("Tarnell&#233;s")


# --- squad lists ---------------------------------------------------------------------------------

_SQUAD = (
    "Velt names Grand Slam squad\n\n"
    "Velt coach Ivo Marnier has named his squad for the rugby match against Grobland on Saturday, "
    "with three new caps in the forwards.\n\n"
    "Luc Darbelle (Tarnac), Pierre Vossin (Montclair), Jean Ravel (Stade Velois), Marc Tellier "
    "(Tarnac, capt), Paul Orsane (Sale/ENG), Yves Bracot (Montclair), Alain Ferrat (B&#233;rac)"
)


def test_the_clubs_of_a_squad_list_are_organisations() -> None:
    found = _mentions(_SQUAD)
    for club in ("Tarnac", "Montclair", "Stade Velois", "Sale", "B&#233;rac"):
        assert found.get(club, ("", ""))[0] == "ORG", (club, found)
    for player in ("Luc Darbelle", "Pierre Vossin", "Jean Ravel", "Marc Tellier", "Paul Orsane", "Alain Ferrat"):
        assert found.get(player, ("", ""))[0] == "PERSON", (player, found)
    assert "Sale/ENG" not in found, found


def test_a_squad_lists_countries_are_left_to_the_model() -> None:
    text = (
        "Velt open\n\n"
        "The tennis seeds for the Velt Open were named on Monday.\n\n"
        "Jan Orsel (Germany), Luc Darbelle (France), Tom Pellow (Australia), Ivo Marnier (Spain)"
    )
    found = _mentions(text)
    assert found.get("Germany", ("", ""))[0] != "ORG" or found.get("Germany", ("", ""))[1].endswith("team"), found
    assert found.get("Jan Orsel", ("", ""))[0] == "PERSON", found


def test_a_list_of_people_and_towns_outside_sport_is_no_squad() -> None:
    text = (
        "Winners named\n\n"
        "The council named the winners of its garden prize on Monday.\n\n"
        "Ann Pellow (Tarbury), Tom Marsh (Velton), Ida Grell (Dorrington), Ivo Starn (Tarbury)"
    )
    assert squad_lists(text, [], load_table()) == []
    sport = _SQUAD.rsplit("\n\n", 1)[0] + "\n\n" + text.split("\n\n")[2]
    assert len(squad_lists(sport, [], load_table())) == 8


# --- airlines ------------------------------------------------------------------------------------


def test_air_and_a_name_is_an_airline() -> None:
    assert label_from_words("Air Velmara", "PERSON") == "ORG"
    assert label_from_words("Air New Tarnia", "PERSON") == "ORG"
    text = (
        "Skies open\n\n"
        "Tarnia will let private airlines fly abroad. Jet Velways and Air Velmara are the two "
        "companies that will benefit first, the ministry said."
    )
    assert _mentions(text).get("Air Velmara", ("", ""))[0] == "ORG", _mentions(text)


def test_an_air_forces_rank_is_no_airline() -> None:
    assert label_from_words("Air Marshal Tom Pellow", "PERSON") == "PERSON"
    assert label_from_words("Air Vice-Marshal Tom Pellow", "PERSON") == "PERSON"
    assert label_from_words("Air Street", "PLACE") == "PLACE"


# --- a body described after its long form in brackets --------------------------------------------


def test_an_organisation_described_after_its_long_form_in_brackets() -> None:
    body = (
        "A lab was added with Velina (Fund for Global Wildlife Teaching for Pupils), an international "
        "non-profit organisation, last year."
    )
    start = body.index("Velina")
    assert org_cue(body, Mention("velina", "Velina", "PERSON", start, start + 6, 0))


def test_a_person_with_a_bracket_and_no_body_after_is_no_organisation() -> None:
    body = "The lab was opened by Velina (Tom Pell's sister), a keen walker, last year."
    start = body.index("Velina")
    assert not org_cue(body, Mention("velina", "Velina", "PERSON", start, start + 6, 0))


# --- a surname misspelt by an "h" -----------------------------------------------------------------

_CHADHA = (
    "Skies open to rivals\n\n"
    "Tarnia will let private airlines fly abroad. Anita Velkhar, our Velpur reporter, said air "
    'travel had grown by a fifth in a year. "The airports are shabby," {title} Velkar said.'
)


def test_a_surname_written_without_its_h_after_the_full_name_is_the_same_woman() -> None:
    ids = {m.text: m.entity_id for m in analyze(make_article(_CHADHA.format(title="Ms"))).mentions}
    assert ids.get("Ms Velkar") == ids.get("Anita Velkhar") is not None, ids


def test_a_surname_without_its_h_after_another_sexs_honorific_stays_apart() -> None:
    ids = {m.text: m.entity_id for m in analyze(make_article(_CHADHA.format(title="Mr"))).mentions}
    assert ids.get("Mr Velkar") != ids.get("Anita Velkhar"), ids


# --- a programme's title the model cut to its last word ------------------------------------------

_TUNES = (
    "Tip of the Tunes moves to Sundays\n\n"
    "The channel's flagship chart programme Tip of the Tunes is to move to Sundays. Tip of the "
    "Tunes was relaunched last year. The All New Tip of the Tunes was fronted by Tim Vellard, and "
    "the channel said Tip of the Tunes would keep its host."
)


def test_the_last_word_of_a_programmes_title_is_no_organisation() -> None:
    found = _mentions(_TUNES)
    assert not any(text.endswith("Tunes") for text in found), found
    assert found.get("Tim Vellard", ("", ""))[0] == "PERSON", found


def test_a_bodys_word_before_of_the_keeps_the_name() -> None:
    text = (
        "Bank buys rival\n\n"
        "The programme of mergers goes on. Bank of the Velmark said on Monday it had bought a rival, "
        "and Bank of the Velmark shares rose 3%."
    )
    assert any("Velmark" in t for t in _mentions(text)), _mentions(text)


# --- review of the BBC copy: common words with references, a foreign article, "(The Velts)" ------


def test_a_common_word_with_a_reference_is_no_name() -> None:
    text = (
        "Library opens\n\n"
        "Wireless access will be made available in the eleven reading rooms, the auditorium, "
        "caf&#233;, restaurant, and outdoor Velto area, the library said."
    )
    assert not any("&#" in t for t in _mentions(text)), _mentions(text)


def test_a_spanish_article_before_a_place_is_no_word_of_its_name() -> None:
    from belreader.nlp.entities import clean_span

    body = "The paper said he went mad en el Tarbal&#233;u on Tuesday."
    start = body.index("el Tarbal")
    assert body[slice(*clean_span(body, start, start + len("el Tarbal&#233;u")))] == "Tarbal&#233;u"
    body = "She met the Le Velt family."
    start = body.index("Le Velt")
    assert body[slice(*clean_span(body, start, start + 7))] == "Le Velt"


def test_a_squad_lists_club_keeps_no_article() -> None:
    body = _SQUAD.replace("(Montclair), Jean", "(The Velts), Jean")
    found = _mentions(body)
    assert found.get("Velts", ("", ""))[0] == "ORG", found
    assert "The Velts" not in found, found


# --- national sides: "Tests against the X and Y", "over X's line" ----------------------------------


def test_sides_after_against_the_in_sport_are_teams() -> None:
    text = (
        "Tarnia drop Pell\n\n"
        "Number eight Tom Pell has been dropped from the Tarnia rugby squad for the Six Nations match "
        "with Grobland. Ivo Dorr, capped in last June's Tests against the United States and Canada, "
        "was a second half replacement in the win over Velmark, and Tarnia coach Jan Vell said the "
        "side needed a fast pack for the Grand Slam decider."
    )
    found = _mentions(text)
    assert found.get("United States", ("", ""))[0] == "ORG", found


def test_over_a_sides_line_is_the_team() -> None:
    text = (
        "Grobland hold on\n\n"
        "Grobland beat Velmark 19-13 in the Six Nations on Saturday. Velmark felt the referee got it "
        "wrong when their winger was driven over Tarnia's line in the second half, the rugby "
        "coach said, and the fly-half missed two penalties."
    )
    found = _mentions(text)
    assert found.get("Tarnia", ("ORG", ""))[0] == "ORG", found


# --- a nature reserve ----------------------------------------------------------------------------


def test_a_nature_reserve_is_a_place() -> None:
    assert label_from_words("Velmar Nature Reserve", "ORG") == "PLACE"
    assert label_from_words("Tarn Game Reserve", "PERSON") == "PLACE"


def test_a_reserve_bank_is_no_place() -> None:
    assert label_from_words("Federal Reserve", "ORG") == "ORG"
    assert label_from_words("Velmar Reserve Bank", "ORG") == "ORG"
