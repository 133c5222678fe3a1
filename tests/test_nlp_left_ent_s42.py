"""Session 42 entity leftovers of session 41 (TASK_left42e); invented sentences and names. Each
positive test failed on 1766c76e; the negative ones pass on both.

- "the States" is the United States also where the article's only US cue is a state's name
  ("Ohio", "New Jersey": no Channel Island) or "Congress" alone; not beside a party's or a
  union's congress ("the Indian National Congress", "the Congress party", "Trades Union Congress").
- A people's word of a two-word place the model typed a person ("Sri Lankan said", "Costa Rican")
  is a nationality (NORP), no person; a person whose surname looks like one ("Ivan Georgian") stays.
- A company's legal form right after its name ("Harwood plc", "Velmar SpA") is part of the name and
  makes it a company; "a spa" is no legal form.
- "X, nicknamed the Saints,", "X, known as Y", "X (formerly Y)", "Bombay, now Mumbai,": one place or
  one body; not where the name after is no closed phrase ("now Grobco's rival", "now part of X").
- A company named like a person: "miner X", "The miner ..." in the next sentence (a weak cue: a
  name with a first name stays a person), "brokerage X", "said Ian Kell at X"
  (strong: though its first word is a first name, "Merrill"); "retired miner Tom Pell" stays a
  person, and so does a name with an honorific elsewhere.
- Results lines: "3 - Katya Vell ( Velmania ) 1:59.31" (a time after the bracket), and golf rows
  "201 Masaru Velda 67 66 68", "-8 Ida Vell ( Velmania )": the players, their countries; "201 Tom
  Pell was ..." is no row.
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _of(text: str, word: str) -> set[tuple[str, str]]:
    return {(label, eid) for t, label, eid in _mentions(text) if t == word}


# ---- 1. "the States" with a state's name or "Congress" as the US cue -------------------------------


def test_the_states_with_a_us_state_as_the_cue() -> None:
    for text in (
        "Tom Pell moved from Ohio to the States in 1990. He said life in the States was good.",
        "Tom Pell grew up in New Jersey and moved back to the States in 1990.",
        "Tom Pell, a senator, said Congress would vote on the bill. He moved to the States in 1990.",
    ):
        assert _of(text, "States") == {("PLACE", "united-states")}, (text, _mentions(text))


def test_the_states_beside_another_congress_or_an_island_stay_apart() -> None:
    for text in (
        "The Indian National Congress won in Delhi. Tom Pell said the States would get more money.",
        "The Trades Union Congress met on Monday. Tom Pell said the States would get more money.",
        "The Congress party said the States would get more money.",
        "Tom Pell flew to Jersey. He said the States would meet.",
    ):
        assert ("PLACE", "united-states") not in _of(text, "States"), (text, _mentions(text))


# ---- 2. a people's word of a two-word place -------------------------------------------------------


def test_a_two_word_peoples_word_is_no_person() -> None:
    for text, word in (
        ("Sri Lankan said the talks would resume. Sri Lankan troops moved north.", "Sri Lankan"),
        ("South Africans voted on Monday. Costa Rican said the plan was fine.", "Costa Rican"),
    ):
        assert all(label != "PERSON" for label, _ in _of(text, word)), (text, _mentions(text))


def test_a_person_whose_surname_looks_like_a_peoples_word_stays() -> None:
    text = "Ivan Georgian said the plan was fine. Tom Pell agreed."
    assert _of(text, "Ivan Georgian") == {("PERSON", "ivan-georgian")}, _mentions(text)


# ---- 3. legal forms after a company's name --------------------------------------------------------


def test_a_legal_form_after_the_name_is_part_of_it() -> None:
    text = (
        "Shares in Velmar SpA rose after it agreed a deal with Harwood plc on Monday. Harwood said the deal was good."
    )
    assert _of(text, "Harwood plc") == {("ORG", "harwood-plc")}, _mentions(text)
    assert _of(text, "Velmar SpA") == {("ORG", "velmar-spa")}, _mentions(text)


def test_a_spa_is_no_legal_form() -> None:
    text = "Tom Pell went to a spa in Velton on Monday."
    assert _of(text, "Tom Pell") == {("PERSON", "tom-pell")}, _mentions(text)


# ---- 4. another name after a cue ------------------------------------------------------------------


def test_a_nickname_after_nicknamed_is_the_club() -> None:
    text = "Velton, nicknamed the Saints, lost at home. The Saints have won once this season."
    ids = {eid for t, _, eid in _mentions(text) if t in ("Velton", "Saints")}
    assert len(ids) == 1, _mentions(text)


def test_formerly_and_now_join_a_places_two_names() -> None:
    for text in (
        "Mumbai, formerly known as Bombay, hosted the talks. Tom Pell flew to Bombay on Monday.",
        "Tom Pell was born in Bombay, now Mumbai, in 1950. He returned to Mumbai in 2000.",
    ):
        ids = {eid for t, _, eid in _mentions(text) if t in ("Mumbai", "Bombay")}
        assert len(ids) == 1, (text, _mentions(text))


def test_now_before_no_closed_name_stays_apart() -> None:
    for text, a, b in (
        ("Tom Pell flew to Velton, now part of Ruritania. Ruritania said no.", "Velton", "Ruritania"),
        ("Tom Pell left Velco, now Grobco's rival, in 1990. Velco said it was sorry.", "Velco", "Grobco"),
    ):
        ids = {t: eid for t, _, eid in _mentions(text)}
        assert ids.get(a) != ids.get(b), (text, _mentions(text))


# ---- 5. companies named like people ---------------------------------------------------------------


def test_a_miner_and_a_brokerage_are_companies() -> None:
    for text, name in (
        ("Other firms linked with the country include Grobco and miner Barrow Gold.", "Barrow Gold"),
        ("Barrow Gold said output rose in the quarter. The miner expects higher prices.", "Barrow Gold"),
        ("The brokerage Merrill Vynch expects growth, it said in a note.", "Merrill Vynch"),
        ('"We see no change," said Jason Tarn at Merrill Vynch. "Nothing has changed."', "Merrill Vynch"),
    ):
        assert {label for label, _ in _of(text, name)} == {"ORG"}, (text, _mentions(text))


def test_people_beside_a_firms_word_stay_people() -> None:
    for text, name in (
        ("The retired miner Tom Pell said the pit would close.", "Tom Pell"),
        ("Tom Pell met Ann Vell at Delia Marsh on Monday. Ms Marsh said hello.", "Delia Marsh"),
    ):
        assert {label for label, _ in _of(text, name)} == {"PERSON"}, (text, _mentions(text))


# ---- 6. results lines ------------------------------------------------------------------------------

_ATHLETICS = (
    "ATHLETICS - RESULTS FROM VELTON MEETING .\n\nVELTON 1996-08-23\n\nWomen 's 800 metres :\n\n"
    "1 - Ana Quirot ( Cuba ) 1:58.20\n\n2 - Maria Vellova ( Bulgaria ) 1:58.71\n\n3 - Katya Lubenova ( Bulgaria ) 1:59.31"
)
_GOLF = (
    "GOLF - LEADING SCORES AT VELTON OPEN .\n\nVELTON , Netherlands 1996-08-23\n\n"
    "Leading scores after the third round :\n\n201 Masaru Okuda 67 66 68\n\n"
    "202 Tetsuo Kamiyama 68 67 67 , Lena Varga ( Hungary ) 66 68 68\n\n-8 Ruud Kastelijn ( Netherlands )"
)


def test_a_results_line_with_a_time_after_the_bracket() -> None:
    assert _of(_ATHLETICS, "Katya Lubenova") == {("PERSON", "katya-lubenova")}, _mentions(_ATHLETICS)
    assert ("PLACE", "bulgaria") in _of(_ATHLETICS, "Bulgaria"), _mentions(_ATHLETICS)


def test_golf_leaderboard_rows_are_players() -> None:
    found = _mentions(_GOLF)
    for name in ("Masaru Okuda", "Tetsuo Kamiyama", "Lena Varga", "Ruud Kastelijn"):
        assert {label for t, label, _ in found if t == name} == {"PERSON"}, (name, found)
    assert {label for t, label, _ in found if t == "Hungary"} == {"PLACE"}, found


def test_a_total_opening_a_sentence_is_no_row() -> None:
    text = "Tom Pell won the Velton Open on Monday.\n\n201 Tom Pell was the winning total for a golf event."
    assert _of(text, "Tom Pell") == {("PERSON", "tom-pell")}, _mentions(text)
