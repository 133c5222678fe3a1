"""Session 26's claim rules for "according to" and "add", on sentences written for the purpose
(none copied from any corpus).

- "according to X" names a source when no speaker is found for X if X is a body, a person's
  kin, a writing ("a recent book", "its website", "its own estimate") or a name the model left
  untyped; never the rules and measures the phrase also follows ("according to the rules").
- The content of "..., according to X" is the clause before it when nothing after it holds a
  finite verb ("..., according to trade analysts Vellum/XYZ.", "..., according to studio
  figures, lifting ..."), unless what follows opens on a verb of a subject before ("a forum that,
  according to reports, let members trade songs").
- "Lintell, according to Ms Vane, holds 40%.": an attribution set between a subject and its verb
  leaves both in the content ("Lintell holds 40%").
- "According to X, which ..., rents fell": the relative clause describes the source; and "According
  to X, Lintell, the largest lender, will ...": the subject's own apposition stays in the content.
- "According to the poll, 58% said X": two claims, the source's (the whole clause) and the
  respondents' (X); not when the source is a medium (the claim's outlet) or the speaker's own
  writing ("According to its filing, Lintell said ...").
- "add" with a thing as its object ("the mayor added 3p to each ticket", "he added a fourth") says
  nothing; with a clause, even one the parser cut, it does.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of

_OPENING = "Quay\n\nTrade was slow in April. "


def _claims(sentence: str) -> list:
    return claims_of(_OPENING + sentence)


def _contents(sentence: str) -> list[str]:
    return [c.content for c in _claims(sentence)]


class TestSourceWithoutSpeaker:
    @pytest.mark.parametrize(
        ("sentence", "source", "said"),
        [
            ("According to the organisation, levies harm small farms.", "the organisation", "levies harm small farms"),
            ("According to Quellmark, the merger broke the rules.", "Quellmark", "the merger broke the rules"),
            (
                "Insurers paid out a record sum last year, according to Baltic Re.",
                "Baltic Re",
                "Insurers paid out a record sum last year",
            ),
            (
                "The poet died peacefully at home, according to her family.",
                "her family",
                "The poet died peacefully at home",
            ),
            (
                "The treaty was drafted in haste, according to a recent book.",
                "a recent book",
                "The treaty was drafted in haste",
            ),
            (
                "The clinic treats 60 patients a day, according to its website.",
                "its website",
                "The clinic treats 60 patients a day",
            ),
            (
                "Two in five of its buses run late, according to its own estimate.",
                "its own estimate",
                "Two in five of its buses run late",
            ),
            (
                "Such a merger makes no sense, according to the smaller parties.",
                "the smaller parties",
                "Such a merger makes no sense",
            ),
        ],
    )
    def test_named(self, sentence: str, source: str, said: str) -> None:
        assert (source, said) in [(c.speaker, c.content) for c in _claims(sentence)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The ballots are checked according to the rules.",
            "She was cremated in the hills, according to her wishes.",
            "Pupils are grouped according to how well they read.",
        ],
    )
    def test_rule_or_measure_is_none(self, sentence: str) -> None:
        assert _claims(sentence) == []


class TestWhichClause:
    @pytest.mark.parametrize(
        ("sentence", "said"),
        [
            ("Exports fell 2% in May, according to trade analysts Vellum/XYZ.", "Exports fell 2% in May"),
            (
                "Exports fell 2% in May, according to a study published last week by the Export Board.",
                "Exports fell 2% in May",
            ),
            (
                "The show took $4m on its opening night, according to studio figures, lifting its total to $30m.",
                "The show took $4m on its opening night",
            ),
        ],
    )
    def test_the_one_before(self, sentence: str, said: str) -> None:
        assert said in _contents(sentence)

    @pytest.mark.parametrize(
        ("sentence", "said"),
        [
            (
                "Officers shut down a forum in the north that, according to reports, let 900 members trade songs.",
                "let 900 members trade songs",
            ),
            ("Losses will be large and, according to some forecasts, climb to 3bn dollars.", "climb to 3bn dollars"),
            (
                "Fees will climb sharply, with the rail levy alone due to pass 40 dollars a head and, according"
                " to some forecasts, reach 90 dollars by 2030.",
                "reach 90 dollars by 2030",
            ),
        ],
    )
    def test_a_bare_verb_after_it_keeps_the_one_after(self, sentence: str, said: str) -> None:
        assert said in _contents(sentence)

    @pytest.mark.parametrize(
        ("sentence", "said"),
        [
            ("Lintell, according to Ms Vane, holds 40%.", "Lintell holds 40%"),
            (
                "Among the hardest hit, according to the study, are Corbey and Tilsby.",
                "Among the hardest hit are Corbey and Tilsby",
            ),
        ],
    )
    def test_set_between_subject_and_verb(self, sentence: str, said: str) -> None:
        assert said in _contents(sentence)

    def test_source_relative_clause_left_out(self) -> None:
        sentence = "According to Harrow & Finch, which has lately lowered its outlook, the fall in rents helps buyers."
        assert "the fall in rents helps buyers" in _contents(sentence)

    def test_subjects_own_apposition_kept(self) -> None:
        sentence = (
            "According to brokers' forecasts, Lintell, the largest lender in the region, will post profits of 7m."
        )
        assert "Lintell, the largest lender in the region, will post profits of 7m" in _contents(sentence)


class TestAdd:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Fares stayed flat that spring until the mayor added 3p to each ticket in June.",
            "The pound added 0.6% to hit a fresh peak.",
            "The Scot had hit the post twice before he added a fourth in stoppage time.",
            "The streaming service has added Iron Tide to the titles it offers.",
        ],
    )
    def test_a_thing_added_says_nothing(self, sentence: str) -> None:
        assert _claims(sentence) == []

    @pytest.mark.parametrize(
        ("sentence", "tail"),
        [
            ("Ms Vane added that 30% of shops would shut.", "30% of shops would shut"),
            ("Ms Vane added 2012 is when sales begin to climb.", "2012 is when sales begin to climb"),
            # the clause's verb cut off the content by the parser: still a claim
            ("Ms Vane added some branches, such as the new one in Tilsby, were doing well.", "were doing well"),
        ],
    )
    def test_a_clause_added_is_a_claim(self, sentence: str, tail: str) -> None:
        assert any(said.endswith(tail) for said in _contents(sentence))


class TestSecondClaimAroundAReport:
    def test_poll_and_respondents(self) -> None:
        sentence = "But according to the Corvin poll, 58% said fuel prices would decide their vote."
        found = [(c.speaker, c.content) for c in _claims(sentence)]
        assert ("the Corvin poll", "58% said fuel prices would decide their vote") in found
        assert ("58%", "fuel prices would decide their vote") in found

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("According to its annual filing, Lintell said it paid 4m in fees.", "Lintell"),
            ("According to the Daily Post, Ruth Vane said that Lintell is eyeing rival firms.", "Ruth Vane"),
        ],
    )
    def test_own_writing_or_a_medium_makes_one(self, sentence: str, speaker: str) -> None:
        assert [c.speaker for c in _claims(sentence)] == [speaker]
