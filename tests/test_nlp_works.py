"""Works, laws and awards are not organisations (issue 11: types decided over all of an
entity's mentions). Short sentences written for the purpose; the names are invented."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp.aliases import load_table
from belreader.nlp.kinds import works

from nlp_util import make_article, placed_mentions


@pytest.mark.parametrize(
    "body",
    [
        "Critics loved the film Glass Harbour. Glass Harbour took $20m in its first week.",
        "She won praise for her role in Glass Harbour, which opened in May.",
        "The band recorded a single, Glass Harbour, for charity. Glass Harbour sold well.",
        "Martin Vance directed Glass Harbour (1998) and two other films.",
        "Glass Harbour star Ann Lee said the shoot was hard.",
    ],
)
def test_a_work_cue_at_any_mention_drops_the_entity(body):
    mentions = placed_mentions(body, [("Glass Harbour", "glass-harbour", "ORG")])
    assert works(body, mentions, load_table()) == []


def test_a_name_that_acts_as_a_company_is_kept_despite_a_cue():
    body = "The film Glass Harbour was made by Glass Harbour Pictures. Glass Harbour said it would sue."
    mentions = placed_mentions(body, [("Glass Harbour", "glass-harbour", "ORG")])
    assert len(works(body, mentions, load_table())) == len(mentions)


def test_programmes_and_laws_by_their_last_word_and_awards_become_events():
    body = "He told the Late Review programme about the Fair Trading Act. The Glassworks Awards follow."
    mentions = placed_mentions(
        body,
        [
            ("Late Review programme", "late-review-programme", "ORG"),
            ("Fair Trading Act", "fair-trading-act", "ORG"),
            ("Glassworks Awards", "glassworks-awards", "ORG"),
        ],
    )
    kept = works(body, mentions, load_table())
    assert [(m.text, m.label) for m in kept] == [("Glassworks Awards", "EVENT")]


def test_a_person_with_a_full_name_is_not_a_work():
    body = "The film Ann Lee tells her story. Ann Lee said she liked it."
    mentions = placed_mentions(body, [("Ann Lee", "ann-lee", "PERSON")])
    assert len(works(body, mentions, load_table())) == 2


def test_a_club_star_in_a_sport_article_is_not_a_work():
    body = (
        "Glassford star Tom Reed scored twice as the striker led the attack. The midfielder and the defender "
        "kept a clean sheet in the league match, and the goalkeeper saved a penalty."
    )
    mentions = placed_mentions(body, [("Glassford", "glassford", "ORG")])
    assert len(works(body, mentions, load_table())) == 1


def test_in_an_analysis_the_work_is_not_an_organisation():
    article = make_article('The hit film Glass Harbour took $20m. "It is a great film," said critic Ann Lee.', "w")
    (analysis,) = nlp.analyze_many([article])
    assert not any("Glass Harbour" in e.aliases_seen and e.label == "ORG" for e in analysis.entities)
    assert analysis.claims and analysis.claims[0].speaker_id == "ann-lee"
