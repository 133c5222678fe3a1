"""Session 17 (issue 11, pattern 4): companies, works and outlets by what the article writes
around them, decided for an entity over all its mentions.

- A company the model typed as a place or a person: a company's word right after its name
  ("X investment bank", "X plc", "X.com" anywhere in the article, "X describes itself as a ...
  company"), which outweighs a first name; an office held at it ("chief architect at X"); "X
  headquarters", "X staff" (not "its X headquarters"); a plural company noun before a list of
  names ("start-up companies X and Y").
- A one-word name and the one longer name of the article it begins ("Velmora" and "Velmora
  Games") are one company when either is cued as one.
- Works: "the BBC's X programme", "the X series"; a title glued to another by a colon
  ("KSI:Varn"); "Jane Doyle's The X"; "blockbusters / works such as X".
- A broadcaster named after its kind ("TV channel Five") is the table's outlet, with its other
  mentions ("Five said"), never "Five people".

Sentences written for the purpose; the model's spans are given, so the rules are tested alone."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved, resolved_mentions


def test_a_company_word_after_a_name_makes_a_company_even_with_a_first_name() -> None:
    text = '"It is costly," said Ann Vey, from Ben Tolliver investment bank, on Monday.'
    ids = resolved(text, [("Ann Vey", "PERSON"), ("Ben Tolliver", "PERSON")])
    assert ids["Ben Tolliver"][1] == "ORG", ids
    assert ids["Ann Vey"][1] == "PERSON", ids
    # a first name and a weaker cue ("which") stay a person's
    text = "The deal was led by Ben Tolliver, who said the bank would grow."
    assert resolved(text, [("Ben Tolliver", "PERSON")])["Ben Tolliver"][1] == "PERSON"


def test_a_web_address_or_a_self_description_makes_a_company() -> None:
    text = (
        "Trevor Pike, the man behind Spamzilla.com, said lawsuits had hurt the firm. Microsoft sued Spamzilla in 2003."
    )
    ids = resolved(text, [("Trevor Pike", "PERSON"), ("Spamzilla", "PLACE")])
    assert ids["Spamzilla"][1] == "ORG", ids
    text = "For its part Quorvia describes itself as a premier internet marketing company."
    assert resolved(text, [("Quorvia", "PLACE")])["Quorvia"][1] == "ORG"
    # a place the text never writes so stays a place
    text = "Lawsuits were filed in Quorvia, and Microsoft won."
    assert resolved(text, [("Quorvia", "PLACE"), ("Microsoft", "ORG")])["Quorvia"][1] == "PLACE"


def test_an_office_held_at_a_name_makes_a_company() -> None:
    text = '"Do more," said Paul Kent, chief security architect at Corvex.'
    ids = resolved(text, [("Paul Kent", "PERSON"), ("Corvex", "PLACE")])
    assert ids["Corvex"][1] == "ORG", ids
    text = "He was a teacher at Corvex for a year."
    assert resolved(text, [("Corvex", "PLACE")])["Corvex"][1] == "PLACE"


def test_staff_and_headquarters_of_a_name_make_a_company_but_not_after_its() -> None:
    text = "There are 80 staff at Brenlow headquarters now."
    assert resolved(text, [("Brenlow", "PLACE")])["Brenlow"][1] == "ORG"
    text = "The firm moved its Brenlow headquarters last year."
    assert resolved(text, [("Brenlow", "PLACE")])["Brenlow"][1] == "PLACE"


def test_a_plural_company_noun_before_a_list_makes_every_name_a_company() -> None:
    text = "Start-up companies Gizzmo and Tapvane Orbit also sell hybrid devices."
    ids = resolved(text, [("Gizzmo", "PLACE"), ("Tapvane Orbit", "PERSON")])
    assert ids["Gizzmo"][1] == "ORG", ids
    assert ids["Tapvane Orbit"][1] == "ORG", ids
    text = "Record labels Kappa and Brindlesong are on board."
    assert resolved(text, [("Brindlesong", "PLACE")])["Brindlesong"][1] == "ORG"
    text = "Cities such as Arlen and Brindlesong are on board."
    assert resolved(text, [("Arlen", "PLACE"), ("Brindlesong", "PLACE")])["Brindlesong"][1] == "PLACE"


def test_a_short_name_and_the_longer_name_it_begins_are_one_company() -> None:
    text = (
        "One of the largest game makers, Velmora Games, is up for sale. Velmora warned that its cash "
        "was running low. There are 80 staff at Velmora headquarters."
    )
    ids = resolved(text, [("Velmora Games", "PERSON"), ("Velmora", "PLACE"), ("Velmora", "PLACE")])
    assert ids["Velmora Games"] == ("velmora-games", "ORG"), ids
    assert ids["Velmora"] == ("velmora-games", "ORG"), ids
    # a body whose name starts with a place is not that place, nor a person its first name
    text = "Barnsby Council met on Monday. Staff at Barnsby headquarters went home. Life in Barnsby is calm."
    ids = resolved(text, [("Barnsby Council", "ORG"), ("Barnsby", "PLACE"), ("Barnsby", "PLACE")])
    assert ids["Barnsby"][0] != ids["Barnsby Council"][0], ids
    # an organisation alone beside its division is left as the model and the table have it
    text = "Wexo Games has 12 million players, said the director of Wexo, the search firm."
    ids = resolved(text, [("Wexo Games", "PLACE"), ("Wexo", "ORG")])
    assert ids["Wexo"][0] == "wexo", ids


def test_a_programme_or_a_series_after_a_name_is_a_work() -> None:
    text = "She told the BBC's Voices of Kenya programme she was outraged."
    ids = resolved(text, [("BBC", "ORG"), ("Voices of Kenya", "ORG")])
    assert "Voices of Kenya" not in ids, ids
    assert ids["BBC"][1] == "ORG", ids
    text = "MTV won an award for the Fight for Your Lives series last year."
    assert "Fight for Your Lives" not in resolved(text, [("Fight for Your Lives", "ORG")])
    # an acronym's programme is the body's; in sport a series is a team's matches
    text = "The QXA programme has helped 400 families, the QXA said."
    assert resolved(text, [("QXA", "ORG"), ("QXA", "ORG")])["QXA"][1] == "ORG"
    text = SPORT + "Westerland won the Zembla series 2-1."
    assert "Zembla" in resolved(text, [("Westerland", "ORG"), ("Zembla", "PLACE")])
    # "show" after a determiner is the noun; after a subject it is the verb
    text = "Viewers loved the Harbour Lights show on Channel 4."
    assert "Harbour Lights" not in resolved(text, [("Harbour Lights", "ORG")])
    text = "Figures gathered by Webcount show that many shops lost trade."
    assert resolved(text, [("Webcount", "ORG")])["Webcount"][1] == "ORG"


def test_a_title_glued_by_a_colon_or_after_its_makers_name_is_a_work() -> None:
    text = "The regulator asked the channel to stop promoting crime show KSI:Varn at once."
    ids = resolved(text, [("KSI", "ORG"), ("Varn", "ORG")])
    assert "KSI" not in ids and "Varn" not in ids, ids
    text = "The panel overlooked works such as Jane Doyle's The Long Meadow this year."
    ids = resolved(text, [("Jane Doyle", "PERSON"), ("Long Meadow", "ORG")])
    assert "Long Meadow" not in ids, ids
    assert ids["Jane Doyle"][1] == "PERSON", ids
    text = "Past years saw blockbusters such as Saving Corporal Dunn, Grey Harbour and Gust compete."
    ids = resolved(text, [("Saving Corporal Dunn", "ORG"), ("Grey Harbour", "ORG"), ("Gust", "ORG")])
    assert not ids, ids
    # a company that speaks is kept ("Varn said"), and a time with a colon is no title
    text = "At 10:30 Varn said the show would go on."
    assert resolved(text, [("Varn", "ORG")])["Varn"][1] == "ORG"


def _mentions(text: str, spans: list[tuple[str, str]]) -> list[tuple[int, str, str]]:
    return [(m.start, m.text, m.entity_id) for m in resolved_mentions(text, spans)]


def test_a_broadcaster_named_after_its_kind_is_the_tables_outlet_with_its_other_mentions() -> None:
    text = (
        "TV channel Five has been criticised for its adverts. Five admitted it had sent 500 packs. "
        "The series also runs on Five. Five people complained to the regulator."
    )
    found = [(text_, entity_id) for _, text_, entity_id in _mentions(text, [])]
    assert found == [("Five", "channel-5")] * 3, found
    # no channel named so: "Five" is a number
    assert _mentions("Five people were hurt. Five said nothing.", []) == []


def test_titles_listed_after_a_works_noun_are_works_even_shaped_as_names() -> None:
    text = (
        "The channel shows programmes from the last seven days such as Harbourside, Rock Lane, Top Wheels and "
        "Attic Finds. Past years saw blockbusters such as Saving Corporal Dunn, Morris Gale and Gust win."
    )
    spans = [
        ("Rock Lane", "ORG"),
        ("Top Wheels", "ORG"),
        ("Attic Finds", "ORG"),
        ("Saving Corporal Dunn", "ORG"),
        ("Morris Gale", "PERSON"),
    ]
    ids = resolved(text, spans)
    assert not ids, ids
    # the maker of a title, a person who speaks, and a sentence's end glued into a name stay people
    text = "They made films such as Morris Gale's Harbourside. Morris Gale said it was his best."
    assert resolved(text, [("Morris Gale", "PERSON"), ("Morris Gale", "PERSON")])["Morris Gale"][1] == "PERSON"
    text = "He starred in films including Quiet Bay and Dunmore X. Ann Shabazz, his friend, wept."
    assert "Dunmore X. Ann Shabazz" in resolved(text, [("Dunmore X. Ann Shabazz", "PERSON")])
    text = "New releases include Kill Jill: Volume 2 and others."
    assert "Kill Jill" not in resolved(text, [("Kill Jill", "PERSON")])


def test_a_deal_for_a_name_or_a_nationality_that_acts_makes_a_company() -> None:
    text = "The Paris-based exchange, owner of Lirfe in London, may bid. Others want a stake in Morvana."
    ids = resolved(text, [("Lirfe", "PLACE"), ("London", "PLACE"), ("Morvana", "PERSON")])
    assert ids["Lirfe"][1] == "ORG", ids
    assert ids["Morvana"][1] == "ORG", ids
    assert ids["London"][1] == "PLACE", ids
    text = "Eurovext declined to comment. Eurovext chief Jean Theo met the bourse."
    ids = resolved(text, [("Eurovext", "NORP"), ("Eurovext", "NORP"), ("Jean Theo", "PERSON")])
    assert ids["Eurovext"][1] == "ORG", ids
    # a nationality or a group of people is left alone
    text = "The Zembian said nothing. Some Vorlons said no."
    ids = resolved(text, [("Zembian", "NORP"), ("Vorlons", "NORP")])
    assert ids["Zembian"][1] == "NORP" and ids["Vorlons"][1] == "NORP", ids


def test_a_city_the_table_does_not_know_stays_a_place_beside_company_words() -> None:
    text = "He joined a Carlham investment bank. Carlham investment bank Grobman Sax grew."
    ids = resolved(text, [("Carlham", "PLACE"), ("Carlham", "PLACE"), ("Grobman Sax", "ORG")])
    assert ids["Carlham"][1] == "PLACE", ids
    text = "The firm employs 2,000 Dunmore staff."
    assert resolved(text, [("Dunmore", "PLACE")])["Dunmore"][1] == "PLACE"
    text = "Life in Dunmore is calm. Staff at Dunmore headquarters went home."
    assert resolved(text, [("Dunmore", "PLACE"), ("Dunmore", "PLACE")])["Dunmore"][1] == "PLACE"
    text = "Rivals want a stake in Morvana's biggest bank."
    assert resolved(text, [("Morvana", "PLACE")])["Morvana"][1] == "PLACE"


def test_a_company_the_model_missed_once_is_found_where_its_name_is_written_alone() -> None:
    text = (
        "Teenagers spend more, said market analyst Dalemont. Dalemont said so.\n\nDalemont adds that girls buy make-up."
    )
    found = _mentions(text, [("Dalemont", "PERSON"), ("Dalemont", "PERSON")])
    assert [(t, e) for _, t, e in found] == [("Dalemont", "dalemont")] * 3, found
    # a word the article writes in lower case too, and a surname of a person, are left alone
    text = "The research firm Digital said so. Digital sales grew, as digital radio did."
    found = _mentions(text, [("Digital", "ORG")])
    assert [t for _, t, _ in found] == ["Digital"], found
    text = "Arsenal would sign Adrian Molu.\n\nMolu was sacked by the club on Friday. Molu said he was sorry."
    found = _mentions(text, [("Arsenal", "ORG"), ("Molu", "ORG")])
    assert [t for _, t, _ in found].count("Molu") == 1, found


def test_an_acronyms_director_is_the_bodys_not_a_films() -> None:
    text = "The QFHA director said the audit was over. The regulator, the QFHA, will report."
    assert resolved(text, [("QFHA", "ORG"), ("QFHA", "ORG")])["QFHA"][1] == "ORG"
