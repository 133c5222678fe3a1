"""Session 39, debt39: one home for each concept, on invented sentences.

- A passive without "was" ('a move branded "a farce" by the Velt Party'): one home,
  `subjects.reduced_passive`, which the naming rule (`subjects._naming`) and the quoted pattern
  (`shapes._CALLED_BY`'s "reduced") both ask; the agent's words stay the agent's, a naming verb
  with its own subject stays its subject's, and a naming verb after no noun is no such passive.
- The ranks written short, forces' and police ("Det. Insp.", "Supt", "Cmdr", "Pte."): one
  vocabulary, offices.SHORT_RANKS, which the tokenizer keeps whole with their stop (backend), the
  title stripper reads (people.is_rank_abbreviation) and the "said Capt. X" rule reads; the ranks
  written out ("Superintendent X") are offices.RANKS alone.
"""

from __future__ import annotations

import pytest

from belreader.nlp.people import is_rank_abbreviation, strip_titles

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def _person_ids(text: str) -> set[str]:
    from belreader import nlp

    from nlp_util import make_article

    return {m.entity_id for m in nlp.analyze(make_article(text)).mentions if m.label == "PERSON"}


# ---- a passive without "was": one home


def _parsed(text: str):
    from belreader.nlp.backend import get_backend

    return get_backend().nlp(text)


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ('It was a move branded "a farce" by the Velt Party.', "branded", True),
        ('The plan, a scheme dubbed "the tax on tea" by critics, was dropped.', "dubbed", True),
        # not after a noun
        ('Jo Bell branded "a farce" by any measure.', "branded", False),
        # the quoted words go on without "by"
        ('It was a move branded "a farce" and a waste of money.', "branded", False),
    ],
)
def test_the_one_home_of_a_passive_without_was(sentence, verb, expected):
    from belreader.nlp.claims.subjects import reduced_passive

    doc = _parsed(sentence)
    token = next(t for t in doc if t.text == verb)
    assert reduced_passive(doc, token) is expected, [(t.text, t.tag_, t.dep_) for t in doc]


def test_the_quoted_pattern_and_the_naming_rule_share_the_home():
    from belreader.nlp.claims import shapes, subjects

    assert shapes.reduced_passive is subjects.reduced_passive
    assert not hasattr(subjects, "_reduced_passive")


_FERRY = (
    "Ferry plan\n\nTransport minister Jo Bell has announced plans to close two ferry routes, "
    "in a move {shape} by the Velt Party.\n\nThe routes carry 2,000 people a week."
)


@pytest.mark.parametrize("shape", ['branded a "costly mistake"', 'dubbed a "costly mistake"'])
def test_a_reduced_passives_words_are_the_agents(shape):
    found = _found(_FERRY.format(shape=shape))
    assert any(s.endswith("Velt Party") and "costly mistake" in c for s, _, c in found), found
    assert all(i != "jo-bell" for _, i, c in found if "costly mistake" in c), found


# ---- the ranks written short: one vocabulary


@pytest.mark.parametrize(
    "word", ["Det.", "Insp.", "Supt.", "Cmdr.", "Lt.", "Col.", "Gen.", "Adm.", "Maj.", "Cpl.", "Pte.", "Det", "Supt"]
)
def test_a_forces_or_police_rank_written_short_is_a_rank(word):
    assert is_rank_abbreviation(word)


@pytest.mark.parametrize("word", ["DET", "CPL", "Deter", "Pet", "Gene"])
def test_capitals_and_other_words_are_no_rank(word):
    assert not is_rank_abbreviation(word)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Det. Insp. Rona Vale", "Rona Vale"),
        ("Det Insp Rona Vale", "Rona Vale"),
        ("Supt. Ian Marr", "Ian Marr"),
        ("Det Supt Ian Marr", "Ian Marr"),
        ("Cmdr Ian Marr", "Ian Marr"),
        ("Pte. Ian Marr", "Ian Marr"),
        ("Lt Col Ian Marr", "Ian Marr"),
        # a rank before one word may be a name, as before
        ("Sgt Pepper", "Sgt Pepper"),
        ("Supt Marr", "Supt Marr"),
    ],
)
def test_the_title_stripper_takes_police_ranks_off(written, name):
    assert strip_titles(written) == name


def test_a_rank_written_short_with_its_stop_is_one_token():
    doc = _parsed('"It is a sad day," said Pte. Ian Marr. Cmdr. Jo Bell agreed.')
    words = [t.text for t in doc]
    assert "Pte." in words and "Cmdr." in words, words


@pytest.mark.parametrize(
    "text",
    [
        'Army news\n\nThe base will close.\n\n"It is a sad day," said Pte. Ian Marr.',
        'Navy news\n\nThe ship will sail.\n\n"The crew is ready," said Cmdr. Ian Marr.',
    ],
)
def test_said_a_rank_written_short_and_a_name_is_the_name(text):
    found = _found(text)
    assert found and all(s == "Ian Marr" for s, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Police hunt\n\nA man has been arrested in Tarlow.\n\nDet Supt Ian Marr said the arrest followed a long inquiry.",
        "Police hunt\n\nA man has been arrested in Tarlow.\n\nSupt. Ian Marr said the arrest followed a long inquiry.",
        "Army news\n\nThe base will close.\n\nPte Ian Marr said it was a sad day.",
    ],
)
def test_a_ranked_persons_entity_is_the_name(text):
    assert "ian-marr" in _person_ids(text), _person_ids(text)
