"""Session 42 entity mends of REVIEW_42 (TASK_me42); invented sentences and names. Each positive
test failed on 705ea608; the negative ones pass on both.

- "X, now Y" with the bare "now": no merge where either side is a country (the table's role, or a
  state's shape: "... Republic", "... Union", "... Kingdom"), nor after "then Z," ("Velburg, then
  Germany, now Kaliningrad"); "Bombay, now Mumbai," (a city renamed) and "formerly" stay merged.
- "Congress" alone is a US cue for "the States" only beside another US word (Senate, House of
  Representatives, Capitol, Republicans, Democrats) and never in an article naming India, Delhi,
  the BJP or the Lok Sabha.
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids(text: str, *words: str) -> dict[str, str]:
    return {t: eid for t, _, eid in _mentions(text) if t in words}


# ---- 1. "X, now Y" beside a country ---------------------------------------------------------------


def test_now_beside_a_country_stays_apart() -> None:
    for text, a, b in (
        ("Tom Pell was born in Yugoslavia, now Serbia, in 1950. Serbia said he was welcome.", "Yugoslavia", "Serbia"),
        ("Tom Pell served in the Soviet Union, now Russia, for years. Russia said no.", "Soviet Union", "Russia"),
        (
            "Tom Pell was born in Velburg, then Germany, now Kaliningrad. He left Kaliningrad in 1960.",
            "Germany",
            "Kaliningrad",
        ),
        (
            "Tom Pell was born in the Velmish Republic, now Velmistan, in 1950. Velmistan said no.",
            "Velmish Republic",
            "Velmistan",
        ),
    ):
        ids = _ids(text, a, b)
        assert len(ids) < 2 or ids[a] != ids[b], (text, _mentions(text))


def test_a_city_renamed_stays_one() -> None:
    for text in (
        "Tom Pell was born in Bombay, now Mumbai, in 1950. He returned to Mumbai in 2000.",
        "Mumbai, formerly known as Bombay, hosted the talks. Tom Pell flew to Bombay on Monday.",
    ):
        ids = _ids(text, "Mumbai", "Bombay")
        assert len(set(ids.values())) == 1, (text, _mentions(text))


# ---- 2. "Congress" as a US cue ---------------------------------------------------------------------


def _states(text: str) -> set[tuple[str, str]]:
    return {(label, eid) for t, label, eid in _mentions(text) if t == "States"}


def test_indian_congress_is_no_us_cue() -> None:
    for text in (
        "The Congress spokesman in Delhi said the vote was unfair. Tom Pell moved to the States in 1990.",
        "Congress MPs walked out of the Lok Sabha. Tom Pell moved to the States in 1990.",
        "Congress MPs walked out on Monday. Tom Pell moved to the States in 1990.",
    ):
        assert ("PLACE", "united-states") not in _states(text), (text, _mentions(text))


def test_us_congress_with_another_us_word_stays_a_cue() -> None:
    for text in (
        "Tom Pell, a senator, said Congress would vote on the bill. He moved to the States in 1990.",
        "The Senate and Congress will vote on the bill. Tom Pell moved to the States in 1990.",
        "Republicans in Congress will vote on the bill. Tom Pell moved to the States in 1990.",
    ):
        assert _states(text) == {("PLACE", "united-states")}, (text, _mentions(text))
