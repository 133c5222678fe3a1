"""Entities on unseen news (issue 11, session 24): works taken for people or places (a title
before a credit and the credited person, "the Night Garden director Tomas Ek"; a record after
its owner's "track"; an apposition "her latest movie, X"; a film's year in brackets after a
"place", "Varnholm (1951)"), a meeting in a sport article ("the Varlow International"), a company
in an apposition "one of ... firms", a "person" opening a sentence with a plural verb; and the guards that keep real people, places and companies.
Sentences written for the purpose; the names are invented."""

from __future__ import annotations

import pytest

from belreader.nlp.aliases import load_table
from belreader.nlp.entities import plural_subjects
from belreader.nlp.kinds import retype_by_context, works

from nlp_util import labels_after, placed_mentions, works_kept


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        # a title before its credit and the person credited
        ("A horror film produced by Night Garden director Tomas Ek has topped the chart.", "Night Garden", "PERSON"),
        ("Critics expect Ellen Marsh star Dame Ada Brook to win the award.", "Ellen Marsh", "PERSON"),
        ("The new book was praised by Linus Fairweather author Jo Kemp.", "Linus Fairweather", "PERSON"),
        # a record after its owner's "track"
        ("His track Velvet Road stayed at the top of the chart.", "Velvet Road", "PERSON"),
        ("She won the prize for her hit track Orla this year.", "Orla", "PERSON"),
        # an apposition after a possessive and a work's noun
        ("She is in Sydney to film her latest movie, Quillana, with Tom Reed.", "Quillana", "ORG"),
        ("Their third album, Harrowgate, made them stars.", "Harrowgate", "PLACE"),
        ("His debut album, Stay Loud And Bright, sold well.", "Stay Loud And Bright", "ORG"),
        # a film's year in brackets after its title
        ("Her roles included Ruth Dane in Varnholm (1951), a war drama.", "Varnholm", "PLACE"),
    ],
)
def test_a_title_by_its_credit_track_or_year_is_dropped(body, name, label):
    assert works_kept(body, [(name, "x", label)]) == []


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        # a person before a lower-case office, before a credit and no name, or speaking
        ("The Tomas Ek director general post was abolished.", "Tomas Ek", "PERSON"),
        ("Tomas Ek, director of the museum, was pleased.", "Tomas Ek", "PERSON"),
        ("Ada Brook star of the show, said she was tired. Ada Brook said so.", "Ada Brook", "PERSON"),
        # a possessive and a work's noun before a clause, not an apposition
        ("In her latest film, Ada Brook plays a nurse. Ada Brook said it was hard.", "Ada Brook", "PERSON"),
        # a person addressed with an honorific somewhere
        ("Mr Jon Kemp director Ada Brook met the board. Mr Jon Kemp agreed.", "Jon Kemp", "PERSON"),
        # a track the runner races on; a place with a date of founding in a sport article
        ("The team's track Velden hosts the race.", "Velden", "PLACE"),
        (
            "The striker moved to the Varnholm (1951) club, scored a goal in the second half and the match was won 2-1 in the league.",
            "Varnholm",
            "PLACE",
        ),
        ("The talks were held in Varnholm in 1951.", "Varnholm", "PLACE"),
    ],
)
def test_real_people_and_places_are_kept(body, name, label):
    assert works_kept(body, [(name, "x", label)]) != []


def test_a_meeting_in_a_sport_article_is_an_event():
    body = (
        "The top seed beat Ana Velt 6-2 6-4 in the Varlow International final. She won the Brenton Classic "
        "last year and plays in the second round at the Open."
    )
    names = [("Varlow International", "varlow-international", "ORG"), ("Brenton Classic", "brenton-classic", "PLACE")]
    assert [m.label for m in works(body, placed_mentions(body, names), load_table())] == ["EVENT", "EVENT"]


def test_a_company_named_international_outside_sport_is_kept():
    body = "Varlow International said profits rose. Shares in Brenton Games fell."
    names = [("Varlow International", "varlow-international", "ORG"), ("Brenton Games", "brenton-games", "ORG")]
    assert [m.label for m in works(body, placed_mentions(body, names), load_table())] == ["ORG", "ORG"]


def test_a_sport_star_after_a_team_taken_for_a_person_is_kept():
    body = "Real Valdor star Jon Kemp scored twice in the second half as the club won 3-1 in the league match."
    assert works_kept(body, [("Real Valdor", "real-valdor", "PERSON")]) == ["Real Valdor"]


# --- companies the model took for people ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Last year Dorvan tried to buy Kelmoray, one of Scotland's premier whisky firms, but lost out.",
        "One of the biggest satellite TV companies, Kelmoray, has launched its own recorder.",
        "He falsified the share structure of Kelmoray, one of his companies.",
    ],
)
def test_one_of_a_kind_of_firms_is_a_company(body):
    assert labels_after(retype_by_context, body, [("Kelmoray", "kelmoray", "PERSON")]) == ["ORG"]


@pytest.mark.parametrize(
    "body",
    [
        "The prize went to Kelmoray, one of the country's richest businessmen.",
        "Kelmoray, one of the firm's founders, said it was sold.",
        "One of the companies, he said, asked Kelmoray to stay.",
    ],
)
def test_a_person_among_firms_words_is_kept(body):
    assert labels_after(retype_by_context, body, [("Kelmoray", "kelmoray", "PERSON")]) == ["PERSON"]


# --- a "person" that opens a sentence with a plural verb ---------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Snow Harbour feted at awards\n\nSnow Harbour were the big winners on Sunday night.", "Snow Harbour"),
        ("The album was their first. Velvet Crane have topped a poll of fans.", "Velvet Crane"),
        ('He said: "Merrow Lynch are sole bookrunners for the sale."', "Merrow Lynch"),
        ("Plans were shelved. BXA are also owners of the airport.", "BXA"),
    ],
)
def test_a_person_opening_a_sentence_with_a_plural_verb_is_an_organisation(body, name):
    assert set(labels_after(plural_subjects, body, [(name, "x", "PERSON")])) == {"ORG"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # after another name, or inside a clause: the verb is the pair's or a subjunctive
        ("Tom Reed and Ada Brook were both winners at the awards.", "Ada Brook"),
        ("If the young Tom Reed were applying today, he would fail.", "Tom Reed"),
        # a singular verb; an honorific somewhere
        ("Ada Brook was the big winner. Ada Brook has won twice.", "Ada Brook"),
        ("Mr Tom Reed spoke. Tom Reed were, he said, a name for a band.", "Tom Reed"),
        # a one-word name is left to the sport's cues
        ("Durnholm sacked their adviser. Durnholm were absent.", "Durnholm"),
    ],
)
def test_people_with_a_plural_verb_elsewhere_are_kept(body, name):
    assert set(labels_after(plural_subjects, body, [(name, "x", "PERSON")])) == {"PERSON"}
