"""Session 42 round 2, r2c42: attribution patterns behind fresh38's claim and outlet misses, on
invented sentences (none copied from any corpus).

- A reported content that stops inside a clause it opens ("he was surprised because, not long
  ago") goes on through the claim whose subject follows the comma: the parser made that verb the
  root ("many people thought X"), and the first claim holds it (`parsed._open_clause_goes_on`);
  the interview run then goes on past it.
- A paused interview run ("X told Radio Y: ..." then a paragraph opening with narration) takes its
  outlet back at a later claim that names the same occasion with its medium ("in the phone-in for
  Radio Y, X said"), and so do the speaker's claims between (GUIDE), as "In the same interview"
  did (`article._SAME_INTERVIEW`).
- "The papers suggest X", "both newspapers said X" after two papers are named together: each of
  the papers of the passage is the claim's outlet (`article._papers_together`, from
  `ArticleContext.outlets_named`); never for one paper named, nor "both" for three.
- 'Harrow said X. "Y," it added.': "added" goes on from the speaker just before; taken for a
  person, "it" cannot be them, and it is no firm that spoke earlier either: unresolved
  (`ArticleContext.person_spoke_before`).
- "X, the ministry told Reuters. Y, he added.": reported words the speaker "added" right after a
  claim told to a medium carry its outlet, as a quotation going on does (`article._goes_on`);
  not with a name of another speaker, nor with an occasion of their own.
- "X was arrested, his spokesman has said." as the article's first sentence: the spokesman is the
  person the next paragraph's first claim names right after the same word ("Velt Records
  spokesman Ann Marle said"), named there first; not a body's spokesman ("Velt Records spokesman",
  police, court ...; narrowed after REVIEW_42 #1)
  (`article._spokesperson_named_next`).
- "It found that A, though most agreed B": the respondents a finding counts by share ("most",
  "many") answer within the finding, which holds B (`subjects._RESPONDENTS`); a concessive clause
  of a named or described speaker ("though Tom Pell said B", "although analysts warned B") is
  still a claim of its own.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of(text)]


# ---- a content that stops inside the clause it opens ------------------------------------------------

_MAKER = (
    "Maker honoured\n\n"
    "Speaking to the BBC News website Mr Tarnow said the award was a shock. He said he was surprised "
    "as much because, not too long ago, many people thought puzzle games were a fad.\n\n"
    '"It was seen as a craze," he said. Mr Tarnow founded the firm in 1990. "It is a big industry now," he said.'
)


def test_an_open_subordinate_clause_runs_on_through_the_next_verb():
    found = _found(_MAKER)
    assert not any(s == "many people" for s, *_ in found), found
    surprised = next(f for f in found if f[2].startswith("he was surprised"))
    assert surprised[2].endswith("many people thought puzzle games were a fad"), surprised


def test_the_interview_run_goes_on_past_the_held_clause():
    found = _found(_MAKER)
    assert all(o == ["bbc"] for s, i, c, o in found if i == "tarnow"), found


def test_a_closed_clause_before_another_speaker_stays_apart():
    # no subordinator left open: another speaker's claim after a comma is theirs
    text = "Plan row\n\nMr Tarnow said the plan had failed, but Ms Orvel thought it would work in the end."
    found = _found(text)
    assert any(c.startswith("the plan had failed") and not c.endswith("in the end") for s, i, c, o in found), found


def test_a_quoted_content_is_never_extended():
    text = (
        'Plan row\n\n"We were late because, frankly, the trains were slow," Mr Tarnow said. '
        "Ms Orvel said the trains were fine."
    )
    found = _found(text)
    assert any(c.startswith("We were late because") for s, i, c, o in found), found
    assert any(i == "orvel" and c == "the trains were fine" for s, i, c, o in found), found


# ---- a later claim naming the same occasion with its medium ------------------------------------------


def _coach(later: str) -> str:
    return (
        "Coach eyes striker\n\n"
        "Velton boss Tom Garrow wants a new striker.\n\n"
        '"He would excite the fans," Garrow told Radio Velton. He believes the deal can be done.\n\n'
        'The striker scored 40 goals last season. "I am confident he will come," said Garrow. '
        f"Garrow also revealed he had tried to sign a winger. {later}\n\n"
        "The club was founded in 1890."
    )


def test_the_phone_in_named_again_carries_the_paused_run():
    found = _found(_coach("But in the phone-in for Radio Velton, Garrow said the winger had said no."))
    assert all(o == ["radio-velton"] for s, i, c, o in found if i == "tom-garrow"), found


def test_another_occasion_leaves_the_paused_run_ended():
    found = _found(_coach("But at a news conference, Garrow said the winger had said no."))
    confident = next(f for f in found if f[2].startswith("I am confident"))
    assert confident[3] == [], found


# ---- the papers named together, speaking together ------------------------------------------------------

_TWO_PAPERS = (
    "Poll date row\n\n"
    "Mr Vell said on Sunday that stories in the Daily Mirror and the Guardian were untrue. "
    "The papers claim ministers want an early poll.\n\n"
    "Mr Pell has led the plan since May. The papers report that Mr Pell chose the slogan. "
    "The campaign, both newspapers said, would start in January."
)


def test_the_papers_named_together_are_each_an_outlet():
    found = _found(_TWO_PAPERS)
    papers = [f for f in found if f[0].lower() in ("the papers", "both newspapers")]
    assert len(papers) == 3, found
    assert all(set(o) == {"daily-mirror", "guardian"} and i is None for s, i, c, o in papers), found


def test_one_paper_named_is_no_plural_papers_outlet():
    text = (
        "Poll date row\n\n"
        "Mr Vell said on Sunday that a story in the Daily Mirror was untrue. "
        "The papers claim ministers want an early poll."
    )
    found = _found(text)
    assert all(o == [] for s, i, c, o in found if s == "The papers"), found


def test_both_papers_after_three_is_no_guess():
    text = (
        "Poll date row\n\n"
        "The Guardian, the Times and the Daily Mirror all carried the story on Sunday. "
        "Both papers said the campaign would start in January. The papers said it would cost millions."
    )
    found = _found(text)
    assert all(o == [] for s, i, c, o in found if s == "Both papers"), found
    assert any(set(o) == {"guardian", "times", "daily-mirror"} for s, i, c, o in found if s == "The papers"), found


# ---- "it added" after a speaker taken for a person ----------------------------------------------------


def _builders(second: str) -> str:
    return (
        "Builder results\n\n"
        "Lender Velco Bank and housebuilder Peter Harrow both reported higher profits on Tuesday.\n\n"
        f'Velco Bank said lending would grow. {second} "Sales slowed sharply in the autumn," it added.'
    )


def test_it_added_after_a_person_is_not_the_firm_before():
    found = _found(_builders("Harrow said the market had proved tough last year."))
    added = next(f for f in found if f[2].startswith("Sales slowed"))
    assert added[1] != "velco-bank", found


def test_it_added_after_the_firm_itself_is_the_firm():
    found = _found(_builders("Velco Bank said the market had proved tough last year."))
    added = next(f for f in found if f[2].startswith("Sales slowed"))
    assert added[1] == "velco-bank", found


# ---- "..., he added" right after a claim told to a medium -----------------------------------------------


def _fund(added: str) -> str:
    return (
        "Velt moves funds\n\n"
        "Velt has moved $1bn out of Ruritania, its finance ministry has said.\n\n"
        f"The fund held $200m at the start, the finance ministry told Reuters. {added}"
    )


def test_he_added_goes_on_with_the_medium():
    found = _found(_fund("However, the move did not end its ties with Ruritania, he added."))
    added = next(f for f in found if f[2].startswith("However") or f[2].startswith("the move"))
    assert added[3] == ["reuters"], found


def test_another_name_or_occasion_adding_takes_no_medium():
    for added in (
        "Tom Pell, a banker in Velt, added that the move was wise.",
        "However, the move did not end its ties with Ruritania, he added at a news conference.",
    ):
        found = _found(_fund(added))
        other = next(f for f in found if "move" in f[2])
        assert other[3] == [], found


# ---- "his spokesman" in the lead, named in the next paragraph ------------------------------------------


def _arrest(next_sentence: str) -> str:
    return (
        "Singer held after show\n\n"
        "Singer Tom Garrow was arrested after a fight at a show in Velton on Friday, his spokesman has said.\n\n"
        f"{next_sentence} Mr Garrow was released later that night."
    )


def test_his_spokesman_is_the_spokesman_named_next():
    # "Velt Records spokesman" may be a body's own spokesman: REVIEW_42 #1, tests/test_nlp_mend_claims_s42.py
    found = _found(_arrest("A fan attacked the singer on stage, spokesman Ann Marle said."))
    lead = next(f for f in found if f[2].startswith("Singer Tom Garrow"))
    assert lead[1] == "ann-marle", found


def test_an_authoritys_spokesman_or_another_word_is_not_his():
    for sentence in (
        "A fan attacked the singer on stage, Velton police spokesman Ann Marle said.",
        "A fan attacked the singer on stage, Velt Records manager Ann Marle said.",
        "A fan attacked the singer on stage, Velt Records spokesman Ann Marle said.",
    ):
        found = _found(_arrest(sentence))
        lead = next(f for f in found if f[2].startswith("Singer Tom Garrow"))
        assert lead[1] is None, found


# ---- a finding's respondents in a concessive clause ----------------------------------------------------


def _study(clause: str) -> str:
    return (
        "Authors back web\n\n"
        "Authors are embracing the web, a survey by Velt Research has found. The report says the campaign "
        f"lacks backing. It found that most authors saw copying as both useful and harmful, {clause} "
        "Tom Pell said the study was fair."
    )


def test_most_agreeing_stays_in_the_finding():
    found = _found(_study("though most agreed that it should be illegal."))
    assert not any(s == "most" for s, *_ in found), found
    assert any(c.endswith("though most agreed that it should be illegal") for s, i, c, o in found), found


def test_a_named_speakers_concession_is_their_own():
    found = _found(_study("though Tom Pell said that it should be legal."))
    assert any(i == "tom-pell" and c == "it should be legal" for s, i, c, o in found), found
