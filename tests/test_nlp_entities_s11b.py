"""Session 11, round 2 (issue 11): merges and types the blind set fresh6 showed missing: a
company's first word alone, a surname the model typed as a nationality, a first name in brackets,
and acronyms. Sentences written for the purpose, each with a negative."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_companys_first_word_alone_is_the_company_when_its_name_ends_in_a_company_word():
    text = (
        "Shares in Quillon Energy rose 4%. Quillon has found gas in the north. "
        "Quillon's finds were large. Rivals bought Tarvane Finance Group last year, "
        "and then Tarvane was sold again."
    )
    ids = resolved(
        text,
        [
            ("Quillon Energy", "ORG"),
            ("Quillon", "PERSON"),
            ("Quillon", "PERSON"),
            ("Tarvane Finance Group", "ORG"),
            ("Tarvane", "PERSON"),
        ],
    )
    assert ids["Quillon"] == ("quillon-energy", "ORG"), ids
    assert ids["Tarvane"] == ("tarvane-finance-group", "ORG"), ids


def test_a_person_named_like_a_company_stays_a_person():
    # a full name with the word, or an honorific, makes it a person; a name not ending in a
    # company word ("Brightwater Trust") gives no short form without a company cue
    text = (
        "Quillon Energy hired Maria Quillon in May. Quillon said she was pleased. "
        "Brightwater Trust met. Mr Tarvane of Tarvane Group left. Brightwater was late."
    )
    ids = resolved(
        text,
        [
            ("Quillon Energy", "ORG"),
            ("Maria Quillon", "PERSON"),
            ("Quillon", "PERSON"),
            ("Brightwater Trust", "ORG"),
            ("Tarvane", "PERSON"),
            ("Tarvane Group", "ORG"),
            ("Brightwater", "PERSON"),
        ],
    )
    assert ids["Quillon"] == ("maria-quillon", "PERSON"), ids
    assert ids["Tarvane"][1] == "PERSON", ids
    assert ids["Brightwater"][1] == "PERSON", ids


def test_a_surname_the_model_typed_as_a_nationality_is_the_person_named_in_full():
    text = "Midfielder Jonty Garrowby has no plans to coach. Garrowby admitted he was tired. Danish fans cheered."
    ids = resolved(text, [("Jonty Garrowby", "PERSON"), ("Garrowby", "NORP"), ("Danish", "NORP")])
    assert ids["Garrowby"] == ("jonty-garrowby", "PERSON"), ids
    # a nationality stays one, even beside a full name
    text = "Jonty Danish spoke. The Danish team lost."
    ids = resolved(text, [("Jonty Danish", "PERSON"), ("Danish", "NORP")])
    assert ids.get("Danish", (None, "NORP")) != ("jonty-danish", "PERSON"), ids


def test_a_name_completed_in_brackets_is_one_person():
    text = (
        'Dunmore said: "Because of the way that (Stefan) Rolvaag and (Oskar) Lindqvist played, we won." '
        "Tickets cost 10 (Sterling) at Carrow (Norwich) that day."
    )
    ids = resolved(text, [("Dunmore", "PERSON"), ("Stefan", "PERSON"), ("Rolvaag", "PERSON"), ("Lindqvist", "ORG")])
    assert ids["Stefan"] == ids["Rolvaag"] == ("stefan-rolvaag", "PERSON"), ids
    assert ids["Oskar"] == ids["Lindqvist"] == ("oskar-lindqvist", "PERSON"), ids
    # no person and no first name: words in brackets are left alone
    assert "Sterling" not in ids and "Norwich" not in ids and "Carrow" not in ids, ids


def test_an_acronym_of_hyphenated_words_names_the_body_without_brackets():
    text = (
        "A man was arrested by the Northern Low-Cost Fraud Office. An NLCFO spokeswoman said he was "
        "bailed. The BBC reported it, and the NCFO declined to comment."
    )
    ids = resolved(
        text,
        [("Northern Low-Cost Fraud Office", "ORG"), ("NLCFO", "ORG"), ("BBC", "ORG"), ("NCFO", "ORG")],
    )
    assert ids["NLCFO"] == ids["Northern Low-Cost Fraud Office"], ids
    assert ids["NCFO"] != ids["Northern Low-Cost Fraud Office"], ids  # not its initials
    assert ids["BBC"][0] == "bbc", ids  # the table's own


def test_an_acronym_in_brackets_may_take_the_initials_in_another_order():
    text = (
        "The European Board of Harbour and Lighthouse Authorities (BEHL) met. BEHL said fees rise. "
        "The Northern Guild of Amber Traders (XGAT) agreed."
    )
    ids = resolved(
        text,
        [
            ("European Board of Harbour and Lighthouse Authorities", "ORG"),
            ("BEHL", "ORG"),
            ("Northern Guild of Amber Traders", "ORG"),
        ],
    )
    assert ids["BEHL"] == ids["European Board of Harbour and Lighthouse Authorities"], ids
    assert "XGAT" not in ids or ids["XGAT"] != ids["Northern Guild of Amber Traders"], ids


def test_a_rugby_report_with_few_sport_words_still_plays_teams():
    text = (
        "Number eight Rhodri Pryce says replacing the injured skipper as Wales' captain will be easy. "
        "The coach named his squad for the game against Scotland. Pryce was a pack leader in the "
        "wins over England, Italy and France, and the Grand Slam was mentioned in the camp."
    )
    spans = [
        ("Rhodri Pryce", "PERSON"),
        ("Wales", "PLACE"),
        ("Scotland", "PLACE"),
        ("Pryce", "PERSON"),
        ("England", "PLACE"),
        ("Italy", "PLACE"),
        ("France", "PLACE"),
    ]
    ids = resolved(text, spans)
    assert all(ids[c][1] == "ORG" for c in ("Wales", "Scotland", "England", "Italy", "France")), ids
    # the same countries in a report on trade stay places
    text = (
        "The minister says exports to Wales will grow. The board named its team for the talks with "
        "Scotland, and sales to England, Italy and France rose."
    )
    ids = resolved(
        text, [("Wales", "PLACE"), ("Scotland", "PLACE"), ("England", "PLACE"), ("Italy", "PLACE"), ("France", "PLACE")]
    )
    assert all(ids[c][1] == "PLACE" for c in ("Wales", "Scotland", "England", "Italy", "France")), ids


def test_league_leaders_are_a_team_in_a_sport_report():
    text = (
        "The midfielder's side slipped 13 points behind leaders Corbera after a 1-0 defeat. "
        "The coach said the league was lost, but the squad scored twice in the semi-final."
    )
    ids = resolved(text, [("Corbera", "PLACE")])
    assert ids["Corbera"][1] == "ORG", ids
    text = "Prices in Corbera rose. Opposition leaders Corbera and Vall met."
    ids = resolved(text, [("Corbera", "PLACE"), ("Corbera", "PLACE"), ("Vall", "PLACE")])
    assert ids["Corbera"][1] == "PLACE", ids


def test_a_name_alone_is_the_site_whose_web_address_the_article_names():
    text = (
        "They ran Fenwickpost.com, which sold card numbers. Agents joined the Fenwickpost forum. "
        "The BBC.com site and the BBC reported it."
    )
    ids = resolved(text, [("Fenwickpost.com", "ORG"), ("Fenwickpost", "ORG"), ("BBC", "ORG")])
    assert ids["Fenwickpost"] == ids["Fenwickpost.com"] == ("fenwickpost-com", "ORG"), ids
    assert ids["BBC"][0] == "bbc", ids  # the table's own entry is kept
    text = "Fenwickpost said sales rose. Clarion.com was down."
    ids = resolved(text, [("Fenwickpost", "PERSON"), ("Clarion.com", "ORG")])
    assert ids["Fenwickpost"][0] != ids["Clarion.com"][0], ids
