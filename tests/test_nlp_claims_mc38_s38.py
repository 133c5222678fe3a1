"""Session 38 round 2, mc38: the review of session 38's claims rules (its confident-wrong and lost
findings), on invented sentences.

- A Q&A explainer ("Q&A: What the rate rise means for you") or an intro where someone merely
  "spoke": its answers are the outlet's, not the official the intro names (`_answer_turns`).
- "told the club's website" with a former club in the speaker's who-clause ("who joined from X"):
  no outlet from that club (`parsed._own_medium`).
- "said, if elected, she would ...": the condition stays in the content (`_participle_before_that`
  cuts only "when/while asked ...").
- "said in a post that she later deleted": no content "she later deleted" (`_that_after_document`).
- "said the university had cut its intake, citing figures": the citing is the speaker's unless the
  body refused or acted (`_before_sources_participle`).
- "World War I", "Type I": no first person; a correspondent's "I" keeps the report's claims
  (`paragraphs.readers_comments`).
- "said in response to the report that X": X is the content (`content.that_after_topic`).
- "The bank said" right after "Germany's Deutsche Bank also said": Deutsche Bank
  (`ArticleContext.resolve_description`).
- "said Const. Jo Bell-Harris.": the hyphenated name speaks (`subjects.ranked_name_after`).

Near-copies are parametrised (session 39, debt39); mf38's occasion before "that", "when elected" and
reader's retelling of the council stand here among their kin; "said in response to the report that
X" stands once, in mf38's second-"that" cases.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Q&A: What the rate rise means for you\n\n"
            "The Bank of Velt has raised interest rates to 5%, its governor Tom Pell announced on Thursday.\n\n"
            "Q: Will my mortgage payments go up?\n\n"
            "A: Most lenders will pass the rise on to borrowers within weeks.",
            id="a Q&A explainer's answers are no official's",
        ),
        pytest.param(
            "Rate rise: what it means\n\n"
            "Tom Pell spoke on Thursday about the rise in interest rates. Here is what it means for you.\n\n"
            "Q: Will my mortgage payments go up?\n\n"
            "A: Most lenders will pass the rise on to borrowers within weeks.",
            id="an official who spoke gives no explainer's answers",
        ),
    ],
)
def test_an_explainers_answers_are_no_officials(text):
    assert not [f for f in _found(text) if "lenders" in f[2]], _found(text)


def test_a_former_club_in_the_speakers_who_clause_is_no_outlet():
    text = (
        "Tom Pell has signed a new three-year contract with Grobton.\n\n"
        'The striker, who joined from Velt Football Club in 2003, told the club\'s website: "I am delighted to stay."'
    )
    claims = [c for c in claims_of(text) if "delighted" in c.content]
    assert claims
    assert all("velt-football-club" not in c.outlets for c in claims), [c.outlets for c in claims]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Ana Velt said, if elected, she would cut property taxes by a third.", "if elected"),
        ("The minister said, once approved, the law would ban the sale of energy drinks to children.", "once approved"),
        # mf38
        ("Ana Velt is a Tarbury candidate.\n\nVelt said, when elected, she would cut the council tax.", "when elected"),
    ],
)
def test_the_condition_stays_in_the_content(text, opening):
    found = _found(text)
    assert [c for _, _, c in found if c.startswith(opening)], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Velt said, when asked about the cuts, that the plant would stay open.", "the plant would stay open"),
        # mf38
        (
            "Grobco has closed its plant in Tarbury.\n\n"
            "The firm said, when contacted by the Tarbury Times, that it would appeal against the ruling.",
            "it would appeal against the ruling",
        ),
        (
            "Ana Velt is a Tarbury councillor.\n\nVelt said, when approached by reporters, that the plan would cost jobs.",
            "the plan would cost jobs",
        ),
    ],
)
def test_an_occasion_before_that_is_no_content(text, content):
    found = _found(text)
    assert [c for _, _, c in found if c == content], found


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Tom Pell said in a post that she later deleted.",
        "Ana Velt said in a video that she uploaded on Sunday.",
    ],
)
def test_a_post_she_later_deleted_is_no_statement(text):
    found = _found(text)
    assert not [c for _, _, c in found if c.startswith("she ")], found


@pytest.mark.parametrize(
    ("text", "end"),
    [
        pytest.param(
            "A health ministry spokesman said the university had cut its intake of nurses, citing figures from the regulator.",
            "intake of nurses",
            id="the citing of an institution that did not refuse is the speaker's",
        ),
        pytest.param(
            "Analysts said the team had lost money for five years, citing its annual accounts.",
            "for five years",
            id="the citing of a team that did not refuse is the speaker's",
        ),
        pytest.param(
            "A spokesman said the hospital declined, citing privacy rules.",
            "citing privacy rules",
            id="a body that declined keeps its reason",
        ),
    ],
)
def test_a_citing_participle_is_the_speakers_unless_the_body_refused(text, end):
    found = _found(text)
    assert [c for _, _, c in found if c.endswith(end)], found


_MEMORIAL = (
    "Velt memorial opens\n\n"
    "GROBTON - A new memorial opened in Grobton on Friday.\n\n"
    "Thousands of visitors attended the ceremony.\n\n"
    "The memorial cost $42 million, most of it raised privately.\n\n"
    "The design was chosen after a competition in 2016.\n\n"
    "Historian Ana Bell said the World War I generation had been forgotten for too long.\n\n"
    "The World War I commission's chairman, Tom Pell, said the memorial would teach children about the war.\n\n"
    "Veterans groups said the World War I memorial should have been built decades ago."
)


_CORRESPONDENT = (
    "Grobton counts the cost\n\n"
    "A missile strike hit a housing block in Grobton overnight.\n\n"
    "Rescue teams worked through the night to reach people under the rubble.\n\n"
    "Officials said at least nine people had been injured.\n\n"
    "The strike was the third on the city this month.\n\n"
    "I met Olga Vetrova, 64, in her flat on the ninth floor.\n\n"
    "She told me she had not slept for three nights since the first strike.\n\n"
    "The mayor, Tom Dorin, said the city would rebuild every damaged home.\n\n"
    "I watched as volunteers swept glass from the pavement."
)
_READERS_SAYS = (
    "Club rejects offer\n\n"
    "Grobton have rejected a bid for their captain Tom Pell.\n\n"
    "The club said the player was not for sale.\n\n"
    "Pell has two years left on his contract.\n\n"
    "Talks on a new deal are expected next month.\n\n"
    "I would keep Pell. No amount of money could replace him.\n\n"
    "The key is if Pell comes out and says that he is happy.\n\n"
    "I think the club should sell him now while his price is high.\n\n"
    "I expect he will stay at the club."
)
# mf38
_READERS_RETELLING = (
    "Libraries to close\n\n"
    "Tarbury council is to close four of its nine libraries next year.\n\n"
    "The council said the closures would save 2m euros a year.\n\n"
    "Council leader Tom Dorin said the decision had been a hard one.\n\n"
    "Campaigners have promised to fight the plan.\n\n"
    "A final vote is due in March.\n\n"
    "I have used the library for 30 years and I will miss it.\n\n"
    "My children learned to read there and I cannot believe it will go.\n\n"
    "The council said it had no money but they found money for a new office. Shameful.\n\n"
    "I think the staff are heroes and my town is poorer today."
)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        pytest.param(_MEMORIAL, ["forgotten", "teach children"], [], id="World War I is no first person"),
        pytest.param(
            _CORRESPONDENT, ["rebuild every damaged home"], [], id="a correspondent's own I keeps the report's claims"
        ),
        pytest.param(
            _READERS_SAYS, ["not for sale"], ["he is happy"], id="a reader's says leaves the comments no claims"
        ),
        pytest.param(
            _READERS_RETELLING,
            ["hard one"],
            ["found money"],
            id="a reader's retelling of the council leaves the comments no claims",
        ),
    ],
)
def test_readers_comments_lose_their_claims_and_the_report_keeps_its(text, kept, dropped):
    found = _found(text)
    for words in kept:
        assert [f for f in found if words in f[2]], (words, found)
    for words in dropped:
        assert not [f for f in found if words in f[2]], (words, found)


def test_about_rumours_that_still_gives_no_content_of_the_rumours():
    found = _found("Ana Velt said on Facebook about rumours that she would quit.")
    assert not [c for _, _, c in found if c.endswith("she would quit")], found


def test_the_bank_is_the_bank_named_just_before():
    text = (
        "Banks cut jobs\n\n"
        "Dutch bank Grobco is to cut 2,850 jobs, it said on Tuesday.\n\n"
        "Tarbury's Pellman Bank also said it would cut 500 jobs in Grobton. "
        "The bank said the cuts would fall mainly on its trading arm."
    )
    found = _found(text)
    said = [i for s, i, c in found if s.lower() == "the bank"]
    assert said == ["pellman-bank"], found


def test_a_hyphenated_name_after_a_short_rank_speaks():
    found = _found('"We believe this was a targeted attack," said Const. Jo Bell-Harris.')
    assert [s for s, _, c in found if "Bell-Harris" in s and "targeted attack" in c], found


def test_a_claim_after_a_time_phrase_that_is_no_writing_stays():
    found = _found("Ana Velt complained to her coach after the race that she could not get her breath properly.")
    assert [c for _, _, c in found if c == "she could not get her breath properly"], found
