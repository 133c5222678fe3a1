"""Session 34 (fresh30's misses): alias merges and table links decided by what the article says.

- An acronym the article spells out in brackets ("the Conseil Tarnel de l'Audiovisuel (CTA)") is
  the body it spells out, never the table's other body of the same letters; an elided article
  glued to a word ("l'Audiovisuel") gives no letter.
- The place after "of" in a name ("Baron Pell of Grobury") is no surname: "Grobury" alone is not
  the peer.
- A firm named after its founder ("Eli Velt") is the firm its surname alone names ("Velt"), unless
  the article names a person with that word.
- A name the table knows written with a capitalised legal form ("the V5 Group") is the table's
  entity; an outlet's owner ("Velt News Inc") is not the outlet.
- A club's nickname the table gives ("the Owlets") is the club where the sport article names it
  (by the table's name, not only its town) and no other club so called.
- Capitals the table knows as an outlet or by those letters ("CIA") stay the table's beside a local
  body of those initials, as do letters written before that body or far from it.
- A misspelling of the table's body before its letters ("Velt Securites and ...") is the table's; one
  body word for another ("... Bureau" for "... Board") is the article's own body.

The model's spans are given by hand (text, label); names and sentences invented for the purpose."""

from __future__ import annotations

from belreader.nlp.aliases import EntityEntry, EntityTable, load_table
from belreader.nlp.entities import Span, resolve

from nlp_util import make_article

SPORT = (
    "The striker scored twice in the league match, and the coach praised the squad after the fixture. "
    "The referee booked the goalkeeper before half-time. "
)


def table_with(*entries: EntityEntry) -> EntityTable:
    """The bundled table with invented entries added."""
    return EntityTable({**load_table().entries, **{e.id: e for e in entries}})


def mentions_of(text: str, spans: list[tuple[str, str]], table: EntityTable | None = None):
    article = make_article(text)
    given, cursor = [], 0
    for words, label in spans:
        at = article.body.index(words, cursor)
        given.append(Span(at, at + len(words), label))
        cursor = at + len(words)
    return resolve(article, given, table or load_table())


def ids_of(text: str, spans: list[tuple[str, str]], table: EntityTable | None = None) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for m in mentions_of(text, spans, table):
        ids.setdefault(m.text, set()).add(m.entity_id)
    return ids


CTN = "Commission Tarnel de l'Antenne"
AGENCY = EntityEntry("coastal-trade-agency", "Coastal Trade Agency", "ORG", role="government", aliases=["CTA"])


def test_an_acronym_the_article_spells_out_is_that_body_not_the_tables_other_one():
    text = (
        "Last week the Commission Tarnel de l'Antenne (CTA) approved 40 new channels for Grobco's sets; "
        "by June the CTA expects ten more."
    )
    ids = ids_of(text, [(CTN, "ORG"), ("CTA", "ORG"), ("CTA", "ORG")], table_with(AGENCY))
    assert ids["CTA"] == ids[CTN], ids
    assert "coastal-trade-agency" not in ids["CTA"], ids


def test_an_english_body_spelled_out_before_the_tables_letters_keeps_them():
    text = "The Bristol Cycling Club (BCC) said the race would go ahead. The BCC has 300 members."
    ids = ids_of(text, [("Bristol Cycling Club", "ORG"), ("BCC", "ORG"), ("BCC", "ORG")])
    assert ids["BCC"] == ids["Bristol Cycling Club"] != {"british-chambers-of-commerce"}, ids


def test_the_tables_letters_not_spelled_out_stay_the_tables_body():
    # no name in brackets before them, or a name whose initials are other letters
    text = "The CTA said the rules would change. Grobco Holdings (CTA) said nothing."
    ids = ids_of(text, [("CTA", "ORG"), ("Grobco Holdings", "ORG"), ("CTA", "ORG")], table_with(AGENCY))
    assert ids["CTA"] == {"coastal-trade-agency"}, ids


def test_letters_of_the_one_body_the_article_names_are_that_body_without_brackets():
    text = (
        "Viewers in Grobury wrote to the Commission Tarnel de l'Antenne about the new channels. "
        "A week later the CTA ordered a review of the schedules."
    )
    ids = ids_of(text, [(CTN, "ORG"), ("CTA", "ORG")], table_with(AGENCY))
    assert ids["CTA"] == ids[CTN] != {"coastal-trade-agency"}, ids


def test_the_tables_body_written_another_way_is_the_tables_body():
    text = "The Coastal Trades Agency said fees would rise. The CTA said ports agreed."
    ids = ids_of(text, [("Coastal Trades Agency", "ORG"), ("CTA", "ORG")], table_with(AGENCY))
    assert ids["CTA"] == ids["Coastal Trades Agency"] == {"coastal-trade-agency"}, ids


BOARD = EntityEntry("vseb", "Velt Securities and Exchange Board", "ORG", role="government", aliases=["VSEB"])


def test_the_tables_body_with_a_country_before_or_an_ampersand_is_still_the_tables_body():
    for name in ("US Velt Securities Exchange Board", "Velt Securities & Exchange Board"):
        text = f"The {name} (VSEB) fined the bank. The VSEB said more fines would follow."
        ids = ids_of(text, [(name, "ORG"), ("VSEB", "ORG"), ("VSEB", "ORG")], table_with(BOARD))
        assert ids["VSEB"] == ids[name] == {"vseb"}, ids


def test_letters_stay_the_tables_body_the_article_names_in_full():
    text = (
        "The Coastal Trade Agency said fees would rise. The Commission Tarnel de l'Antenne disagreed. "
        "The CTA said ports agreed."
    )
    spans = [("Coastal Trade Agency", "ORG"), (CTN, "ORG"), ("CTA", "ORG")]
    ids = ids_of(text, spans, table_with(AGENCY))
    assert ids["CTA"] == {"coastal-trade-agency"}, ids


def test_letters_of_two_bodies_the_article_names_stay_the_tables():
    text = "The Commission Tarnel de l'Antenne and the Centre Tarnel des Arts met. The CTA said ports agreed."
    spans = [(CTN, "ORG"), ("Centre Tarnel des Arts", "ORG"), ("CTA", "ORG")]
    ids = ids_of(text, spans, table_with(AGENCY))
    assert ids["CTA"] == {"coastal-trade-agency"}, ids


TBC = EntityEntry("tbc", "Tarnel Broadcasting Corporation", "ORG", role="media", aliases=["TBC"])
GPA = EntityEntry("gpa", "GPA", "ORG", role="government", aliases=["GPA", "Grobian Police Agency"])


def test_an_outlets_letters_stay_the_outlet_beside_a_body_of_those_initials():
    text = (
        "Tarbury Borough Council will collect bins every fortnight from May. A council spokesman told the "
        "TBC the rota would save money, and the TBC understands that unions were not consulted."
    )
    ids = ids_of(text, [("Tarbury Borough Council", "ORG"), ("TBC", "ORG"), ("TBC", "ORG")], table_with(TBC))
    assert ids["TBC"] == {"tbc"} != ids["Tarbury Borough Council"], ids


def test_letters_the_table_names_a_body_by_stay_that_body_beside_a_body_of_those_initials():
    text = "Officials at the Grobury Pensions Association met on Monday. The GPA said the plot was foiled."
    ids = ids_of(text, [("Grobury Pensions Association", "ORG"), ("GPA", "ORG")], table_with(GPA))
    assert ids["GPA"] == {"gpa"}, ids


def test_letters_written_before_the_body_or_far_after_it_stay_the_tables():
    before = "The CTA said ports would reopen. Separately, the Commission Tarnel de l'Antenne approved new channels."
    far = "\n\n".join(
        [
            "The Commission Tarnel de l'Antenne approved new channels on Monday.",
            "Grobco said its sets were ready.",
            "Shops in Tarbury reported strong demand.",
            "Prices fell by a tenth over the year.",
            "The CTA said ports would reopen.",
        ]
    )
    for text in (before, far):
        ids = ids_of(
            text,
            [("CTA", "ORG"), (CTN, "ORG")] if text is before else [(CTN, "ORG"), ("CTA", "ORG")],
            table_with(AGENCY),
        )
        assert ids["CTA"] == {"coastal-trade-agency"}, ids


def test_letters_two_paragraphs_after_the_body_are_that_body():
    text = "\n\n".join(
        [
            "Viewers wrote to the Commission Tarnel de l'Antenne about the new channels.",
            "Grobco said its sets were ready.",
            "A week later the CTA ordered a review.",
        ]
    )
    ids = ids_of(text, [(CTN, "ORG"), ("CTA", "ORG")], table_with(AGENCY))
    assert ids["CTA"] == ids[CTN] != {"coastal-trade-agency"}, ids


def test_a_spelling_of_the_tables_body_before_its_letters_is_still_the_tables_body():
    text = (
        "Exports will slow, the British Chamber of Commerce (BCC) has said. "
        "The BCC found that orders fell in the quarter."
    )
    ids = ids_of(text, [("British Chamber of Commerce", "ORG"), ("BCC", "ORG"), ("BCC", "ORG")])
    assert ids["BCC"] == ids["British Chamber of Commerce"] == {"british-chambers-of-commerce"}, ids


def test_a_near_spelling_of_the_tables_body_before_its_letters_keeps_the_tables_body():
    # one word of four misspelt ("Securites"): a writer's slip, the table's body
    text = "Last year the Velt Securites and Exchange Board (VSEB) fined the bank. The VSEB may fine it again."
    ids = ids_of(
        text, [("Velt Securites and Exchange Board", "ORG"), ("VSEB", "ORG"), ("VSEB", "ORG")], table_with(BOARD)
    )
    assert ids["VSEB"] == ids["Velt Securites and Exchange Board"] == {"vseb"}, ids


def test_one_body_word_for_another_before_the_letters_is_the_articles_body():
    # "Bureau" for the table's "Board" (as a "Human Rights Commission" beside a later "Council"):
    # maybe another body, the one the article names; never merged into the table's
    text = "Last year the Velt Securities and Exchange Bureau (VSEB) fined the bank. The VSEB may fine it again."
    ids = ids_of(
        text, [("Velt Securities and Exchange Bureau", "ORG"), ("VSEB", "ORG"), ("VSEB", "ORG")], table_with(BOARD)
    )
    assert ids["VSEB"] == ids["Velt Securities and Exchange Bureau"] != {"vseb"}, ids


def test_a_name_two_words_off_the_tables_body_keeps_its_letters():
    text = "Last year the Velt Shipping and Export Bureau (VSEB) fined the bank. The VSEB may fine it again."
    ids = ids_of(
        text, [("Velt Shipping and Export Bureau", "ORG"), ("VSEB", "ORG"), ("VSEB", "ORG")], table_with(BOARD)
    )
    assert ids["VSEB"] == ids["Velt Shipping and Export Bureau"] != {"vseb"}, ids


def test_the_place_in_a_peers_style_is_not_the_peer():
    text = "As Baron Pell of Grobury, Tom Pell takes his seat on Monday. Lord Pell grew up on a farm outside Grobury."
    spans = [("Baron Pell of Grobury", "PERSON"), ("Tom Pell", "PERSON"), ("Lord Pell", "PERSON"), ("Grobury", "PLACE")]
    ids = ids_of(text, spans)
    assert ids["Baron Pell of Grobury"] == ids["Tom Pell"] == ids["Lord Pell"], ids
    assert ids["Grobury"] != ids["Tom Pell"], ids


def test_a_peers_surname_alone_is_still_the_peer():
    text = "Tom Pell will be known as Baron Pell of Grobury. Pell told the chamber he would speak on schools."
    ids = ids_of(text, [("Tom Pell", "PERSON"), ("Baron Pell of Grobury", "PERSON"), ("Pell", "ORG")])
    assert ids["Pell"] == ids["Tom Pell"], ids


def test_a_firm_named_after_its_founder_is_its_surname_alone():
    text = (
        "Shares in the drugs maker Eli Tarnwell fell 3% on Friday after a court ruling. "
        "Analysts expect Tarnwell to appeal within a month."
    )
    ids = ids_of(text, [("Eli Tarnwell", "ORG"), ("Tarnwell", "ORG")])
    assert ids["Tarnwell"] == ids["Eli Tarnwell"], ids


def test_a_founders_firm_stays_apart_from_a_firm_of_a_person_so_named():
    text = (
        "Shares in the drugs maker Eli Tarnwell fell. Dan Tarnwell, a banker, praised it. "
        "The bank Tarnwell said it would lend more."
    )
    ids = ids_of(text, [("Eli Tarnwell", "ORG"), ("Dan Tarnwell", "PERSON"), ("Tarnwell", "ORG")])
    assert ids["Tarnwell"] != ids["Eli Tarnwell"], ids


V5 = EntityEntry("v5", "V5", "ORG", role="international", aliases=["V5", "Group of Five"])
VELT_NEWS = EntityEntry("velt-news", "Velt News", "ORG", role="media", kind="channel", aliases=["Velt News"])


def test_a_known_body_written_with_a_legal_form_is_that_body():
    text = "Finance ministers of the V5 Group will meet in Tarbury in May. The V5 has promised more aid."
    ids = ids_of(text, [("V5 Group", "ORG"), ("V5", "ORG")], table_with(V5))
    assert ids["V5 Group"] == ids["V5"] == {"v5"}, ids


def test_an_outlets_owner_is_not_the_outlet():
    text = "Velt News Inc said its profits rose. Velt News reported the story first."
    ids = ids_of(text, [("Velt News Inc", "ORG"), ("Velt News", "ORG")], table_with(VELT_NEWS))
    assert ids["Velt News Inc"] != {"velt-news"}, ids


OWLETS = EntityEntry(
    "tarbury-rovers",
    "Tarbury Rovers",
    "ORG",
    role="sport",
    kind="club",
    aliases=["Tarbury Rovers"],
    nicknames=["Owlets"],
)
GRAYLINGS = EntityEntry(
    "dorran-athletic",
    "Dorran Athletic",
    "ORG",
    role="sport",
    kind="club",
    aliases=["Dorran Athletic"],
    nicknames=["Owlets"],
)


def test_a_clubs_nickname_is_the_club_the_sport_article_names():
    text = SPORT + "Tarbury Rovers won 2-0 at home on Saturday, and the Owlets have now won five games in a row."
    ids = ids_of(text, [("Tarbury Rovers", "ORG"), ("Owlets", "NORP")], table_with(OWLETS))
    assert ids["Owlets"] == ids["Tarbury Rovers"] == {"tarbury-rovers"}, ids


def test_a_nickname_does_not_join_a_town_the_article_names():
    # "Tarbury" is the town of the table's club, but the Owlets may be the opponent's nickname
    # (one the table does not know): a club named only by its town takes no nickname
    for text in (
        SPORT + "Velt City beat Tarbury 2-0 on Saturday. The Owlets were the better side.",
        SPORT + "Tarbury lost 2-0 on Saturday. The Owlets were the better side.",
    ):
        spans = [("Velt City", "ORG")] if "Velt" in text else []
        ids = ids_of(text, [*spans, ("Tarbury", "ORG"), ("Owlets", "ORG")], table_with(OWLETS))
        assert ids["Owlets"] != ids["Tarbury"], ids


def test_a_nickname_several_clubs_go_by_is_no_clubs_in_the_bundled_table():
    # Warrington are "the Wolves" too, Benfica "the Eagles", Belgium "the Red Devils" (and Hull City
    # "the Tigers", Southampton "the Saints")
    for winner, loser, nickname in (
        ("Warrington", "Wolverhampton Wanderers", "Wolves"),
        ("Benfica", "Crystal Palace", "Eagles"),
        ("Belgium", "Manchester United", "Red Devils"),
    ):
        text = SPORT + f"{winner} beat {loser} 3-1 on Saturday. The {nickname} were the better side."
        ids = ids_of(text, [(winner, "ORG"), (loser, "ORG"), (nickname, "ORG")])
        assert ids[nickname] != ids[loser], ids


def test_a_nickname_the_table_gives_two_clubs_of_is_left_alone_in_an_article_naming_both():
    text = SPORT + "Newcastle United beat Notts County 3-1 in the cup. The Magpies were the better side."
    ids = ids_of(text, [("Newcastle United", "ORG"), ("Notts County", "ORG"), ("Magpies", "ORG")])
    assert ids["Magpies"] not in (ids["Newcastle United"], ids["Notts County"]), ids


def test_a_nickname_of_no_club_the_article_names_is_left_alone():
    text = SPORT + "Velt City won 2-0 at home on Saturday, and the Owlets have now lost five games in a row."
    ids = ids_of(text, [("Velt City", "ORG"), ("Owlets", "ORG")], table_with(OWLETS))
    assert ids["Owlets"] != {"tarbury-rovers"} and ids["Owlets"] != ids["Velt City"], ids


def test_a_nickname_of_two_clubs_the_article_names_is_left_alone():
    text = SPORT + "Tarbury Rovers drew with Dorran Athletic. The Owlets were sharper."
    spans = [("Tarbury Rovers", "ORG"), ("Dorran Athletic", "ORG"), ("Owlets", "ORG")]
    ids = ids_of(text, spans, table_with(OWLETS, GRAYLINGS))
    assert ids["Owlets"] not in ({"tarbury-rovers"}, {"dorran-athletic"}), ids


def test_a_nickname_outside_sport_is_left_alone():
    text = "Tarbury Rovers, the property group, said profits rose. The Owlets, a folk band, played on."
    ids = ids_of(text, [("Tarbury Rovers", "ORG"), ("Owlets", "ORG")], table_with(OWLETS))
    assert ids["Owlets"] != {"tarbury-rovers"}, ids


def test_a_nickname_list_in_the_users_table_is_checked(tmp_path):
    from belreader.nlp.aliases import EntityTableError, check_user_table

    bad = tmp_path / "entities.toml"
    bad.write_text('[x]\nname = "X"\nnicknames = "Owlets"\n', encoding="utf-8")
    try:
        check_user_table(bad)
    except EntityTableError as exc:
        assert "nicknames must be a list of text" in str(exc)
    else:
        raise AssertionError("a nickname that is no list was accepted")
    good = tmp_path / "good.toml"
    good.write_text(
        '[tarbury-rovers]\nname = "Tarbury Rovers"\nkind = "club"\nnicknames = ["Owlets"]\n', encoding="utf-8"
    )
    assert load_table(user_file=good).nicknamed("the Owlets") == {"tarbury-rovers"}
