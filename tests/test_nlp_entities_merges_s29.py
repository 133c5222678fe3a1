"""Session 29 round 1: entities found and merged. A nation's own branch of a body the table
knows is no mention of that body, and "Ms X" is the article's one full name of that surname
whatever gender the name list gives its first name (invented sentences and names)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_peoples_word_before_an_international_body_is_the_nations_own_branch():
    # "Red" read as a first name after a people's word ("Canadian") once took the table's Red Cross
    text = "The Canadian Red Cross sent blankets to Tarlow. The Red Cross said more aid would follow."
    ids = resolved(text, [("The Canadian Red Cross", "ORG"), ("Tarlow", "PLACE"), ("The Red Cross", "ORG")])
    assert ids["Canadian Red Cross"] == ("canadian-red-cross", "ORG"), ids
    assert ids["Red Cross"] == ("red-cross", "ORG"), ids


def test_a_people_word_typed_apart_before_a_sports_body_makes_that_nations_body():
    text = "The Arvanian FA fined the club on Monday. The FA in London said nothing."
    ids = resolved(text, [("Arvanian", "NORP"), ("Monday", "DATE"), ("London", "PLACE")])
    assert ids["Arvanian FA"] == ("arvanian-fa", "ORG"), ids
    assert ids["The FA"] == ("football-association", "ORG"), ids


def test_the_tables_own_qualifier_keeps_the_tables_body():
    # the table writes "English Football Association": "English FA" is the FA itself
    text = "The English FA fined the club on Monday."
    ids = resolved(text, [("English", "NORP"), ("Monday", "DATE")])
    assert ids["FA"] == ("football-association", "ORG"), ids
    assert "English FA" not in ids, ids
    text = "The Scottish FA fined the club on Monday."
    ids = resolved(text, [("Scottish", "NORP"), ("Monday", "DATE")])
    assert ids["Scottish FA"] == ("scottish-football-association", "ORG"), ids


def test_ms_and_the_one_full_name_of_the_surname_whatever_the_first_names_gender():
    # the name list gives "Joss" to men; the article's one Varnley is she
    text = "The singer Joss Varnley won two prizes in Tarlow. Ms Varnley said she was thrilled."
    ids = resolved(text, [("Joss Varnley", "PERSON"), ("Tarlow", "PLACE"), ("Ms Varnley", "PERSON")])
    assert ids["Ms Varnley"] == ("joss-varnley", "PERSON"), ids


def test_a_woman_addressed_beside_a_man_of_the_surname_stays_apart():
    # "Mrs" may be his wife; "Ms" beside a man addressed as "Mr" is someone else
    text = "Michael Harwood spoke in Tarlow. Mrs Harwood said she was thrilled."
    ids = resolved(text, [("Michael Harwood", "PERSON"), ("Tarlow", "PLACE"), ("Mrs Harwood", "PERSON")])
    assert ids["Mrs Harwood"][0] != "michael-harwood", ids
    text = "Michael Harwood spoke in Tarlow. Mr Harwood left early. Ms Harwood said she was thrilled."
    spans = [("Michael Harwood", "PERSON"), ("Tarlow", "PLACE"), ("Mr Harwood", "PERSON"), ("Ms Harwood", "PERSON")]
    ids = resolved(text, spans)
    assert ids["Mr Harwood"][0] == "michael-harwood", ids
    assert ids["Ms Harwood"][0] != "michael-harwood", ids


def test_a_title_listed_after_hits_include_is_a_work():
    text = "The singer Tara Quell has sold millions of records. Her hits include Crazy Love, Stay Tonight and Broken Wings."
    ids = resolved(text, [("Tara Quell", "PERSON"), ("Broken Wings", "PERSON")])
    assert ids["Tara Quell"] == ("tara-quell", "PERSON"), ids
    assert "Broken Wings" not in ids, ids
    # the verb stays no list of works: "the tax hits firms including X"
    text = "The new levy hits firms including Varnex Holdings, the minister Jo Pell said."
    ids = resolved(text, [("Varnex Holdings", "ORG"), ("Jo Pell", "PERSON")])
    assert ids["Varnex Holdings"][1] == "ORG", ids


def test_a_companys_first_word_after_in_before_its_shares_is_the_company():
    # "in X's IPO" is no place's preposition: the short form stays the airline's
    text = (
        "Investors bought shares in Skylane Airways on Friday. Analysts expect Skylane to raise 10bn rupees. "
        "Interest in Skylane's IPO was high."
    )
    spans = [("Skylane Airways", "ORG"), ("Friday", "DATE"), ("Skylane", "PERSON"), ("Skylane", "PERSON")]
    ids = resolved(text, spans)
    assert ids["Skylane"] == ("skylane-airways", "ORG"), ids
    # a place's name after "in" stays the place's
    text = "Shares in Dorran Airways rose on Friday. Flights in Dorran were delayed."
    ids = resolved(text, [("Dorran Airways", "ORG"), ("Friday", "DATE"), ("Dorran", "PLACE")])
    assert ids["Dorran"][0] != "dorran-airways", ids


def test_a_peoples_word_before_a_world_body_stays_apart():
    # the UN and the IOC are no one nation's: "the Arvanian UN envoy" is no body of its own
    text = "The Arvanian UN envoy spoke on Monday."
    ids = resolved(text, [("Arvanian", "NORP"), ("Monday", "DATE")])
    assert "Arvanian UN" not in ids and ids["UN"] == ("un", "ORG"), ids


def test_ms_and_a_mans_full_name_of_the_surname_stay_apart():
    # a clear man's first name: "Ms Quint" is his relative, not he (review s29r1, finding 2)
    cases = [
        ("Gareth Quint was jailed for fraud in Tarlow. Ms Quint, his sister, said he was innocent.", "Ms Quint"),
        ("Gareth Quint was jailed in Tarlow. Ms Quint, his mother, wept in court.", "Ms Quint"),
        ("Gareth Quint, 45, was jailed in Tarlow. His daughter, Ms Quint, said he would appeal.", "Ms Quint"),
        ("Gareth Quint's widow came to Tarlow. Miss Quint said the family was grateful.", "Miss Quint"),
    ]
    for text, woman in cases:
        ids = resolved(text, [("Gareth Quint", "PERSON"), ("Tarlow", "PLACE"), (woman, "PERSON")])
        assert ids["Gareth Quint"][0] == "gareth-quint", ids
        assert ids[woman][0] != "gareth-quint", ids


def test_ms_and_a_full_name_the_list_gives_either_sex_or_mostly_men_stay_apart():
    # "Dominic", "Sean", "Tony": the list has them as either sex or mostly men somewhere, never as
    # mostly women's (final read of session 29: "Ms Pell" had become Dominic Pell)
    for first in ("Dominic", "Sean", "Tony"):
        text = f"{first} Pell, a surgeon, was at the hospital in Tarlow. Ms Pell said the staff were kind."
        ids = resolved(text, [(f"{first} Pell", "PERSON"), ("Tarlow", "PLACE"), ("Ms Pell", "PERSON")])
        assert ids["Ms Pell"][0] != f"{first.lower()}-pell", ids


def test_ms_and_a_shared_first_name_tied_to_a_man_stay_apart():
    # "Jan" is a woman's name too, but the article ties this Jan to a man or a relative
    cases = [
        "Jan Quint said he would appeal in Tarlow. Ms Quint said the family was shocked.",
        "Jan Quint was jailed in Tarlow. Ms Quint, his wife, wept in court.",
        "Jan Quint was jailed in Tarlow. Her mother, Ms Quint, wept in court.",
    ]
    for text in cases:
        ids = resolved(text, [("Jan Quint", "PERSON"), ("Tarlow", "PLACE"), ("Ms Quint", "PERSON")])
        assert ids["Ms Quint"][0] != "jan-quint", ids
    # nothing ties her to a man: the one Jan Quint
    text = "Jan Quint was jailed in Tarlow. Ms Quint said she was innocent."
    ids = resolved(text, [("Jan Quint", "PERSON"), ("Tarlow", "PLACE"), ("Ms Quint", "PERSON")])
    assert ids["Ms Quint"] == ("jan-quint", "PERSON"), ids


def test_a_peoples_word_before_a_league_describes_the_player():
    # the table writes "English Premier League", but a league is no nation's governing body: an
    # Ivorian striker of the Premier League (review s29r1, finding 5)
    text = "Ivorian Premier League striker Gareth Quint scored twice."
    ids = resolved(text, [("Ivorian", "NORP"), ("Premier League", "ORG"), ("Gareth Quint", "PERSON")])
    assert ids["Premier League"] == ("premier-league", "ORG"), ids
    assert "Ivorian Premier League" not in ids, ids
    text = "The Irish Premier League striker Gareth Quint scored."
    ids = resolved(text, [("Irish", "NORP"), ("Premier League", "ORG"), ("Gareth Quint", "PERSON")])
    assert "Irish Premier League" not in ids, ids
