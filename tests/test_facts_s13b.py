"""Differences shown between the accounts of one fact (session 13b): one speaker named two ways
is no disagreement about who said it ("the harbour master" / "Firefly", a party and its leader,
"dockers" / "workers", a pronoun left unresolved), and the reporting verb alone ("said" /
"insisted", "denied it" / "said it never") is no difference of stance. Sentences written here;
each analysis is made by hand: the body, its names (mentions and entities) and its one claim."""

from __future__ import annotations

import re

import pytest

from belreader import facts
from belreader.facts import FactGroup, compare
from belreader.nlp.records import Analysis, Entity, Mention

from nlp_util import make_article, make_claim

# name as written -> (entity id, label): the small world of these tests
NAMES = {
    "Rufus Firefly": ("rufus-firefly", "PERSON"),
    "Mr Firefly": ("rufus-firefly", "PERSON"),
    "Firefly": ("rufus-firefly", "PERSON"),
    "Chicolini": ("chicolini", "PERSON"),
    "Harbour Party": ("harbour-party", "ORG"),
    "Dock Party": ("dock-party", "ORG"),
    "Harbour Master's Office": ("harbour-masters-office", "ORG"),
    "Freedonia Post": ("freedonia-post", "ORG"),
    "Freedonia": ("freedonia", "PLACE"),
}


def analysis_of(
    article_id: str, body: str, said: str, speaker: str, speaker_id: str | None, *, verb="say", negated=False
):
    """The article `body` (one paragraph) with one claim: `said`, by `speaker`."""
    article = make_article(body, article_id)
    mentions: list[Mention] = []
    for name, (entity_id, label) in NAMES.items():  # longest names first, as NAMES lists them
        for found in re.finditer(rf"\b{re.escape(name)}\b", body):
            if not any(m.start <= found.start() < m.end for m in mentions):
                mentions.append(Mention(entity_id, name, label, found.start(), found.end(), 0))
    entities = {}
    for m in mentions:
        entity = entities.setdefault(m.entity_id, Entity(m.entity_id, m.text, m.label, None, [], 0))
        entity.aliases_seen.append(m.text)
        entity.count += 1
    start = body.index(said)
    claim = make_claim(
        article_id,
        said,
        start,
        speaker=speaker,
        speaker_id=speaker_id,
        verb=verb,
        negated=negated,
        sentence=(0, len(body)),
    )
    return Analysis(article_id, "", "test", mentions, list(entities.values()), [claim], []), article


def compared(*specs, affiliations: dict[str, frozenset[str]] | None = None):
    """The comparison of a group of one account per spec (article id, body, span, speaker,
    speaker id[, options])."""
    accounts = []
    for spec in specs:
        analysis, article = analysis_of(*spec[:5], **(spec[5] if len(spec) > 5 else {}))
        account = facts.make_account(analysis.claims[0], analysis, article)
        if affiliations:
            account.speaker_ties |= affiliations.get(account.claim.speaker_id or "", frozenset())
        accounts.append(account)
    return compare(FactGroup(f"fact:{accounts[0].claim.id}", accounts, 0.5))


def kinds(comparison) -> list[str]:
    return [d.kind for d in comparison.differences]


def explained(comparison) -> str:
    return " | ".join(d.explanation for d in comparison.differences)


SAID = "the harbour will close for a year"


# --------------------------------------------------------------------------- attribution


def test_a_description_of_the_speaker_named_in_its_article_is_no_other_speaker():
    """ "the harbour master" in an article that names Firefly: nothing to flag."""
    comparison = compared(
        (
            "a",
            f"Rufus Firefly, the harbour master, spoke on Monday. The harbour master said {SAID}.",
            SAID,
            "the harbour master",
            None,
        ),
        ("b", f"Mr Firefly said {SAID}.", SAID, "Mr Firefly", "rufus-firefly"),
    )
    assert "attribution" not in kinds(comparison)
    assert "speaker" not in explained(comparison)


def test_a_description_whose_article_names_no_one_is_a_name_left_out_not_a_disagreement():
    comparison = compared(
        ("a", f"The harbour master said {SAID}.", SAID, "the harbour master", None),
        ("b", f"Mr Firefly said {SAID}.", SAID, "Mr Firefly", "rufus-firefly"),
    )
    assert "attribution" not in kinds(comparison)
    note = next(d for d in comparison.differences if "the speaker" in d.explanation)
    assert note.kind == "omission" and note.accounts == ["a#s000024"]
    assert "names the speaker, Mr Firefly" in note.explanation and "says only 'the harbour master'" in note.explanation


def test_a_plural_description_is_noted_even_where_its_article_names_the_other_speaker():
    """ "independent analysts" in an article that names Firefly are not Firefly: the note stays
    (still no disagreement); "the harbour master" there may well be him: nothing."""
    comparison = compared(
        ("a", f"Mr Firefly spoke. Independent analysts said {SAID}.", SAID, "independent analysts", None),
        ("b", f"Mr Firefly said {SAID}.", SAID, "Mr Firefly", "rufus-firefly"),
    )
    assert "attribution" not in kinds(comparison)
    assert "says only 'independent analysts'" in explained(comparison)
    for singular in ("the harbour master", "the analyst of the docks"):
        comparison = compared(
            ("a", f"Mr Firefly spoke. {singular} said {SAID}.", SAID, singular, None),
            ("b", f"Mr Firefly said {SAID}.", SAID, "Mr Firefly", "rufus-firefly"),
        )
        assert "speaker" not in explained(comparison)


def test_an_unresolved_pronoun_is_no_other_speaker():
    comparison = compared(
        ("a", f"Firefly arrived late. He said {SAID}.", SAID, "He (unresolved)", None),
        ("b", f"Mr Firefly said {SAID}.", SAID, "Mr Firefly", "rufus-firefly"),
    )
    assert "attribution" not in kinds(comparison)


def test_two_descriptions_are_no_disagreement():
    """ "dockers" and "workers" may be the same people: nobody can tell, so nothing is said."""
    comparison = compared(
        ("a", f"Dockers said {SAID}.", SAID, "Dockers", None),
        ("b", f"Workers said {SAID}.", SAID, "Workers", None),
    )
    assert "attribution" not in kinds(comparison) and "speaker" not in explained(comparison)


def test_two_named_people_are_different_speakers():
    comparison = compared(
        ("a", f"Chicolini said {SAID}.", SAID, "Chicolini", "chicolini"),
        ("b", f"Mr Firefly said {SAID}.", SAID, "Mr Firefly", "rufus-firefly"),
        ("c", f"The harbour master said {SAID}.", SAID, "the harbour master", None),
    )
    flag = next(d for d in comparison.differences if "different speakers" in d.explanation)
    assert flag.kind == "attribution"
    assert all(name in flag.explanation for name in ("Chicolini", "Mr Firefly", "the harbour master"))


def test_one_person_named_in_full_and_by_surname_is_one_speaker():
    """Ids differ ("firefly" / "rufus-firefly": two articles resolved differently), the surname
    is the same; and many accounts of one speaker stay one (the union-find used to split them)."""
    specs = [(f"a{n}", f"Firefly said {SAID}.", SAID, "Firefly", "firefly") for n in range(5)]
    specs += [(f"b{n}", f"Rufus Firefly said {SAID}.", SAID, "Rufus Firefly", "rufus-firefly") for n in range(4)]
    assert "attribution" not in kinds(compared(*specs))


def test_two_parties_are_two_speakers_though_their_names_end_alike():
    """ "harbour-party" / "dock-party": an organisation's last word is no name."""
    comparison = compared(
        ("a", f"The Harbour Party said {SAID}.", SAID, "Harbour Party", "harbour-party"),
        ("b", f"The Dock Party said {SAID}.", SAID, "Dock Party", "dock-party"),
    )
    assert "attribution" in kinds(comparison)
    # nor is a party's last word a name its article gives for a description's speaker
    comparison = compared(
        ("a", f"The Harbour Party said {SAID}.", SAID, "Harbour Party", "harbour-party"),
        ("b", f"Dockers, who back the Dock Party, said {SAID}.", SAID, "Dockers", None),
    )
    note = next(d for d in comparison.differences if "the speaker" in d.explanation)
    assert note.kind == "omission" and "says only 'Dockers'" in note.explanation


def test_a_party_and_its_leader_named_beside_it_are_one_side():
    comparison = compared(
        ("a", f"Harbour Party leader Rufus Firefly said {SAID}.", SAID, "Rufus Firefly", "rufus-firefly"),
        ("b", f"The Harbour Party said {SAID}.", SAID, "Harbour Party", "harbour-party"),
    )
    assert "attribution" not in kinds(comparison)
    # without the leader's title beside his name, a person and a party are two speakers
    comparison = compared(
        ("a", f"Rufus Firefly said {SAID}.", SAID, "Rufus Firefly", "rufus-firefly"),
        ("b", f"The Harbour Party said {SAID}.", SAID, "Harbour Party", "harbour-party"),
    )
    assert "attribution" in kinds(comparison)


def test_a_person_whose_title_names_the_organisation_speaks_for_it():
    """ "assistant harbour master Rufus Firefly" / a spokesman for the Harbour Master's Office."""
    office = (
        "b",
        f"A spokesman for the Harbour Master's Office said {SAID}.",
        SAID,
        "A spokesman for the Harbour Master's Office",
        "harbour-masters-office",
    )
    titled = ("a", f"Assistant harbour master Rufus Firefly said {SAID}.", SAID, "Rufus Firefly", "rufus-firefly")
    assert "attribution" not in kinds(compared(titled, office))
    # a title of another kind: two sources
    other = ("a", f"Assistant dock master Rufus Firefly said {SAID}.", SAID, "Rufus Firefly", "rufus-firefly")
    assert "attribution" in kinds(compared(other, office))


def test_a_party_named_inside_what_a_person_says_does_not_tie_them():
    """ "Chicolini said the Harbour Party..." : the party is what he talks about."""
    said = "the Harbour Party will close the harbour for a year"
    comparison = compared(
        ("a", f"Chicolini said {said}.", said, "Chicolini", "chicolini"),
        ("b", f"The Harbour Party said {said}.", said, "Harbour Party", "harbour-party"),
    )
    assert "attribution" in kinds(comparison)


def test_the_corpus_ties_a_leader_to_the_party_named_beside_him_elsewhere():
    """Neither article says Firefly leads the Harbour Party; other articles of the corpus do."""
    elsewhere = [
        analysis_of(f"e{n}", f"Harbour Party leader Rufus Firefly visited {town}.", town, "", None)[0]
        for n, town in enumerate(("Sylvania", "the coast", "the capital"))
    ]
    affiliations = facts._affiliations(elsewhere)
    assert affiliations == {"rufus-firefly": frozenset({"harbour-party"})}
    specs = (
        ("a", f"Rufus Firefly said {SAID}.", SAID, "Rufus Firefly", "rufus-firefly"),
        ("b", f"The Harbour Party said {SAID}.", SAID, "Harbour Party", "harbour-party"),
    )
    assert "attribution" not in kinds(compared(*specs, affiliations=affiliations))
    assert "attribution" in kinds(compared(*specs))


def test_a_party_met_once_beside_a_person_is_no_tie():
    once = [analysis_of("e", "Rufus Firefly met the Harbour Party on Monday.", "on Monday", "", None)[0]]
    assert facts._affiliations(once) == {}


def test_a_country_as_the_speaker_names_no_source():
    """ "Freedonia says" is its government or a survey: not another named source than the
    Freedonia Post."""
    comparison = compared(
        ("a", f"Freedonia says {SAID}.", SAID, "Freedonia", "freedonia"),
        ("b", f"The Freedonia Post said {SAID}.", SAID, "Freedonia Post", "freedonia-post"),
    )
    assert "attribution" not in kinds(comparison)


# --------------------------------------------------------------------------- stance


def test_said_and_insisted_are_no_difference_of_stance():
    comparison = compared(
        ("a", f"Firefly said {SAID}.", SAID, "Firefly", "rufus-firefly"),
        ("b", f"Firefly insisted {SAID}.", SAID, "Firefly", "rufus-firefly", {"verb": "insist"}),
    )
    rows = {row.article_id: row.stance for row in comparison.rows}
    assert rows == {"a": "reported", "b": "claimed"}  # each row still says it
    assert "stance" not in kinds(comparison)


def test_a_denial_and_the_negative_said_are_one_statement():
    said_never = "the harbour was never closed"
    comparison = compared(
        (
            "a",
            "Firefly denied the harbour was closed.",
            "the harbour was closed",
            "Firefly",
            "rufus-firefly",
            {"verb": "deny", "negated": True},
        ),
        ("b", f"Firefly said {said_never}.", said_never, "Firefly", "rufus-firefly", {"negated": True}),
    )
    assert "stance" not in kinds(comparison) and "polarity" not in kinds(comparison)


def test_a_denial_against_a_statement_is_a_difference():
    comparison = compared(
        (
            "a",
            "Firefly denied the harbour was closed.",
            "the harbour was closed",
            "Firefly",
            "rufus-firefly",
            {"verb": "deny", "negated": True},
        ),
        ("b", "Chicolini said the harbour was closed.", "the harbour was closed", "Chicolini", "chicolini"),
    )
    assert {"stance", "polarity", "attribution"} <= set(kinds(comparison))
    stance = next(d for d in comparison.differences if d.kind == "stance")
    assert "(denied)" in stance.explanation and "(reported)" in stance.explanation


def test_a_confirmation_against_a_statement_is_still_a_difference():
    comparison = compared(
        ("a", f"Firefly confirmed {SAID}.", SAID, "Firefly", "rufus-firefly", {"verb": "confirm"}),
        ("b", f"Firefly said {SAID}.", SAID, "Firefly", "rufus-firefly"),
    )
    assert "stance" in kinds(comparison)


# --------------------------------------------------------------------------- two occasions


def kept_by_meaning(monkeypatch, first: tuple, second: tuple, cosine: float = 0.8) -> bool:
    """Whether `_by_meaning` keeps the pair of one-claim articles `first` and `second` (article
    id, body, span, speaker, speaker id), their embeddings `cosine` apart."""
    from test_nlp_embed import FakeEmbedder, _unit_pair

    from belreader.nlp import related

    built = [analysis_of(*spec) for spec in (first, second)]
    analyses = [analysis for analysis, _ in built]
    accounts = facts._Accounts(analyses, {article.id: article for _, article in built}, {})
    one, two = _unit_pair(cosine)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({first[2]: one, second[2]: two}))
    pair = (analyses[0].claims[0].id, analyses[1].claims[0].id)
    return bool(facts._by_meaning(related._index_for(analyses), accounts, {pair: (0.5, "")}))


RULED = "there was a grave danger to the harbour of Freedonia"
TOLD = "there remains a grave danger to the harbour of Freedonia"


def test_a_ruling_and_a_word_to_mps_are_two_statements(monkeypatch):
    """A court ruling retold and a minister telling MPs the same words: two occasions."""
    court = (
        "a",
        f"The ruling was later overturned by the Harbour Party, who said {RULED}.",
        RULED,
        "Harbour Party",
        "harbour-party",
    )
    minister = ("b", f"Chicolini told MPs that {TOLD}.", TOLD, "Chicolini", "chicolini")
    assert not kept_by_meaning(monkeypatch, court, minister)
    # one sentence saying nothing of where it was said: nothing to tell them apart
    plain = ("b", f"Chicolini said that {TOLD}.", TOLD, "Chicolini", "chicolini")
    assert kept_by_meaning(monkeypatch, court, plain)


def test_the_same_occasion_told_twice_is_one_statement(monkeypatch):
    first = ("a", f"Chicolini told MPs that {TOLD}.", TOLD, "Chicolini", "chicolini")
    second = ("b", f"In the Commons, the Harbour Party said that {RULED}.", RULED, "Harbour Party", "harbour-party")
    assert kept_by_meaning(monkeypatch, first, second)


def test_an_occasion_inside_the_words_said_is_not_where_they_were_said():
    """ "he said the ruling was wrong": the ruling is what he talks about."""
    analysis, article = analysis_of(
        "a", "Chicolini said the ruling was wrong.", "the ruling was wrong", "Chicolini", "chicolini"
    )
    assert facts._occasions(facts.make_account(analysis.claims[0], analysis, article)) == set()
    analysis, article = analysis_of(
        "b", "Chicolini told MPs the ruling was wrong.", "the ruling was wrong", "Chicolini", "chicolini"
    )
    assert facts._occasions(facts.make_account(analysis.claims[0], analysis, article)) == {"parliament"}


@pytest.mark.parametrize(
    ("verb", "content", "stance"),
    [
        # a view of the thing named "as" something: a claim about it
        ("dismiss", "the chancellor's Budget as a pre-election gimmick", "claimed"),
        ("reject", "the harbour plan as unworkable and costly", "claimed"),
        # what is dismissed is something said: a denial
        ("dismiss", "the claims as nonsense", "denied"),
        ("reject", "Firefly's suggestions as scaremongering", "denied"),
        ("dismiss", "fears of a split as groundless", "denied"),
        ("dismiss", "the harbour board's research as complete rubbish", "denied"),
        ("dismiss", "them as a load of nonsense", "denied"),  # "them" may be claims: left a rejection
        # no "as": a rejection of what follows
        ("reject", "the idea that the harbour would close", "denied"),
        ("dismiss", "the plan", "denied"),
    ],
)
def test_dismissing_a_thing_as_something_is_a_claim_about_it(verb, content, stance):
    claim = make_claim("a", content, 0, speaker="Firefly", speaker_id="rufus-firefly", verb=verb)
    assert facts.stance_of(claim) == stance
