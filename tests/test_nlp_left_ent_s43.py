"""Session 43 entity leftovers of session 42 (TASK_left43e); invented sentences and names. Each
positive test failed on 565ecbad; the negative ones pass on both.

- A public body's bare word that many nations' bodies share ("Congress", "the Senate", "the
  Treasury", "the Security Council") takes the table's body of one nation ("US Congress", "HM
  Treasury", "Security Council of Belarus") only in an article that cues that nation: else it is
  kept as written, a body of its own ("Congress" in a story on India is its Congress party). A UK
  body is always cued (British copy seldom names the UK: session 33's and 39's Treasury rules stand).
- A list of three names or more that holds a site (a web address, tagged or not) is a list of sites:
  its one-word people and places are organisations.
- "the X Internet and Y Life Project" is one body; "Surrey Police" is a body; "The Hague" keeps "The".
- "Later", "Earlier", "Afterwards" opening a sentence are no part of the name after them; two people
  of one article with one first name and surnames one vowel apart ("Tagirev", "Tagirov") are one.
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids(text: str, word: str) -> set[str]:
    return {eid for t, _label, eid in _mentions(text) if t == word}


# ---- 1. a shared body's bare word needs its nation's cue -------------------------------------------


def test_a_shared_body_word_without_its_nation_is_kept_as_written() -> None:
    for text, word, table_id in (
        (
            "Poll blow\n\nVera Kaushal said Congress would win in Kerala. Its leaders met in Mumbai. "
            "Ravi Tandel, a Congress spokesman, said the vote was fair.",
            "Congress",
            "us-congress",
        ),
        (
            "Bill passed\n\nTom Pell said Congress would vote on the bill. He said Congress had no choice.",
            "Congress",
            "us-congress",
        ),
        ("Row\n\nTom Pell said the Senate would vote on the bill on Monday.", "Senate", "us-senate"),
        (
            "Vote\n\nThe Security Council met in New York. Ivo Tarn said the Security Council must act on Sudan.",
            "Security Council",
            "security-council-belarus",
        ),
    ):
        found = _ids(text, word)
        assert found and table_id not in found, (text, _mentions(text))


def test_a_shared_body_word_with_its_nation_cued_is_the_tables() -> None:
    for text, word, table_id in (
        ("Vote\n\nTom Pell, a senator from Ohio, said Congress would vote on the bill.", "Congress", "us-congress"),
        ("Vote\n\nUS officials said Congress would vote on the bill.", "Congress", "us-congress"),
        ("Row\n\nTom Pell said the Senate would vote. American voters were angry.", "Senate", "us-senate"),
        ("Budget\n\nThe Treasury said it would not pay. Labour said MPs must decide.", "Treasury", "hm-treasury"),
        ("Budget\n\nThe Treasury said British borrowing rose in May.", "Treasury", "hm-treasury"),
        (
            "Minsk\n\nThe Security Council met in Minsk. Belarus said the Security Council would act.",
            "Security Council",
            "security-council-belarus",
        ),
    ):
        assert _ids(text, word) == {table_id}, (text, _mentions(text))


# ---- 5. a county's police force is a body ----------------------------------------------------------


def test_a_county_police_force_is_an_organisation() -> None:
    for text, name in (
        ("Arrest\n\nSurrey Police said the man was arrested on Monday.", "Surrey Police"),
        ("Arrest\n\nA spokesman for Velmshire Constabulary said the man was held.", "Velmshire Constabulary"),
    ):
        assert {label for t, label, _ in _mentions(text) if t == name} == {"ORG"}, (text, _mentions(text))


# ---- 6. a place whose name holds "The" --------------------------------------------------------------


def test_the_hague_keeps_its_article() -> None:
    text = "Trial\n\nThe court in The Hague ruled on Friday that the trial would go on."
    assert ("The Hague", "PLACE") in {(t, label) for t, label, _ in _mentions(text)}, _mentions(text)


def test_the_hague_in_lower_case_the_is_no_part_of_the_name() -> None:
    text = "Trial\n\nTom Pell said he would go to the Hague tribunal on Friday."
    assert "the Hague" not in {t for t, _, _ in _mentions(text)}, _mentions(text)


# ---- 2. a list that holds a site is a list of sites -------------------------------------------------


def test_names_listed_with_a_web_address_are_sites() -> None:
    text = "Web\n\nReaders of Grobnet.com, Slashbit and Digga laughed at the clip on Monday."
    labels = {t: label for t, label, _ in _mentions(text)}
    assert labels.get("Digga") == "ORG" and labels.get("Slashbit") in (None, "ORG"), _mentions(text)


def test_people_listed_without_a_site_stay_people() -> None:
    text = "Talks\n\nTom Pell met Ann Bell, Ivo Tarn and Kell in Paris on Monday."
    labels = {t: label for t, label, _ in _mentions(text)}
    assert labels.get("Ivo Tarn") == "PERSON", _mentions(text)


# ---- 3. "the X and Y Project": one body ------------------------------------------------------------


def test_a_project_named_with_and_is_one_body() -> None:
    for text, name in (
        ("Survey\n\nThe Harwood Internet and American Life Project found that 40% of adults used the web.", "Harwood"),
        ("Survey\n\nA study by the Kellner Internet and Family Life Project found that 40% used it.", "Kellner"),
    ):
        names = {t for t, label, _ in _mentions(text) if label == "ORG"}
        assert f"{name} Internet and {text.split(' and ')[1].split(' Project')[0]} Project" in names, _mentions(text)


def test_two_bodies_joined_by_and_stay_two() -> None:
    text = "Survey\n\nThe Treasury and Home Office said the plan would go ahead."
    names = {t for t, _, _ in _mentions(text)}
    assert "Treasury and Home Office" not in names, _mentions(text)


# ---- 6. "Later" opening a sentence is no part of the name after it ---------------------------------


def test_a_time_adverb_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Trial\n\nThe court in Velmar ruled on Friday. Ivan Tagirev said the case was over. "
        "Later Ivan Tagirov said he would appeal."
    )
    assert ("Ivan Tagirov", "PERSON") in {(t, label) for t, label, _ in _mentions(text)}, _mentions(text)


def test_a_programme_named_later_keeps_its_word() -> None:
    text = "Show\n\nShe appeared on Later with Jools Holland on Friday."
    assert "with Jools Holland" not in {t for t, _, _ in _mentions(text)}, _mentions(text)


# ---- 6. one person's surname spelt two ways in one article ------------------------------------------


def test_one_first_name_and_a_surname_one_vowel_apart_are_one_person() -> None:
    text = "Trial\n\nIvan Tarnev said the case was over. The judge agreed.\n\nIvan Tarnov said he would appeal."
    ids = {eid for t, _, eid in _mentions(text) if t in ("Ivan Tarnev", "Ivan Tarnov")}
    assert len(ids) == 1, _mentions(text)


def test_another_first_name_or_another_consonant_stays_apart() -> None:
    for text, names in (
        (
            "Trial\n\nIvan Tarnev said the case was over.\n\nIda Tarnov said she would appeal.",
            ("Ivan Tarnev", "Ida Tarnov"),
        ),
        (
            "Trial\n\nTom Pellow said the case was over.\n\nTom Bellow said he would appeal.",
            ("Tom Pellow", "Tom Bellow"),
        ),
    ):
        ids = {eid for t, _, eid in _mentions(text) if t in names}
        assert len(ids) == 2, (text, _mentions(text))
