"""Session 18 (second pass): one entity across the corpus and within an article.

- A full name whose first name is spelt two ways one letter apart ("Damien" and "Damian") is one
  person, unless a third spelling, the genders or an article naming both say otherwise.
- The id a person's articles give is linked by its fullest name, whichever article came first.
- A company's short name is its one full name of the corpus ("Qwest" and "Qwest Communications"),
  in a section of the corpus both are written about, never beside another longer name.
- In an article, an organisation named by the last words of one longer organisation ("Boerse"
  after "Deutsche Boerse") is that organisation.
- A name run on into "Mr X" is two names; "band" before a name makes a band.

Mini-corpora and sentences written for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from belreader.nlp.identity import corpus_links, entity_rows
from belreader.nlp.records import Analysis, Entity


def person(entity_id: str, name: str, count: int = 1, aliases: list[str] | None = None) -> Entity:
    return Entity(entity_id, name, "PERSON", None, aliases or [name], count)


def org(entity_id: str, name: str, count: int = 1) -> Entity:
    return Entity(entity_id, name, "ORG", None, [name], count)


def article(article_id: str, *entities: Entity) -> Analysis:
    return Analysis(article_id, article_id, "t", entities=list(entities))


def test_a_first_name_spelt_one_letter_apart_is_one_person() -> None:
    corpus = [
        article("politics/001", person("torvin-fenwick", "Torvin Fenwick", 4)),
        article("politics/002", person("torven-fenwick", "Torven Fenwick", 2)),
        article("politics/003", person("mathew-orley", "Mathew Orley", 5)),
        article("sport/004", person("matthew-orley", "Matthew Orley", 1)),
    ]
    links = corpus_links(corpus)
    assert links.of("torven-fenwick") == "torvin-fenwick"
    assert links.of("matthew-orley") == "mathew-orley"
    rows = {r["id"]: r for r in entity_rows(corpus, "PERSON")}
    assert rows["torvin-fenwick"]["total"] == 6 and "torven-fenwick" not in rows


def test_first_names_apart_by_their_first_letter_by_gender_or_in_one_article_stay_apart() -> None:
    corpus = [
        article("sport/001", person("mick-tarrow", "Mick Tarrow", 3)),
        article("sport/002", person("nick-tarrow", "Nick Tarrow", 2)),
        article("sport/003", person("justine-vell", "Justine Vell", 3, ["Ms Vell", "Justine Vell"])),
        article("sport/004", person("justin-vell", "Justin Vell", 2)),
        # two people of one article, however alike their names
        article("sport/005", person("marco-delin", "Marco Delin", 2), person("marko-delin", "Marko Delin")),
        # three spellings: no guess which two are one
        article("sport/006", person("carol-brant", "Carol Brant")),
        article("sport/007", person("carole-brant", "Carole Brant")),
        article("sport/008", person("caroll-brant", "Caroll Brant")),
        # a first name of three letters is too short to tell a spelling from another name
        article("sport/009", person("gus-hamm", "Gus Hamm")),
        article("sport/010", person("guy-hamm", "Guy Hamm")),
    ]
    links = corpus_links(corpus)
    for entity_id in (
        "mick-tarrow",
        "nick-tarrow",
        "justine-vell",
        "justin-vell",
        "marco-delin",
        "marko-delin",
        "carol-brant",
        "carole-brant",
        "caroll-brant",
        "gus-hamm",
        "guy-hamm",
    ):
        assert links.of(entity_id) == entity_id


def test_a_surname_alone_finds_the_full_name_an_id_has_in_a_later_article() -> None:
    corpus = [
        # the first article names him by his first name alone, the second in full
        article("sport/001", Entity("zoran-kavic", "Zoran", "PERSON", None, ["Zoran", "Kavic"], 2)),
        article("sport/002", person("zoran-kavic", "Zoran Kavic", 3)),
        article("sport/003", person("kavic", "Kavic", 1)),
    ]
    assert corpus_links(corpus).of("kavic") == "zoran-kavic"


def test_a_company_short_name_is_its_one_full_name() -> None:
    corpus = [
        article("business/001", org("quorra", "Quorra", 6)),
        article("business/002", org("quorra-communications", "Quorra Communications", 2)),
        article("business/003", org("lentax-group", "Lentax Group", 3)),
        article("tech/004", org("lentax", "Lentax", 1)),
        article("business/005", org("lentax", "Lentax", 1)),
    ]
    links = corpus_links(corpus)
    assert links.of("quorra-communications") == "quorra"
    assert links.of("lentax") == "lentax-group"


def test_a_company_short_name_stays_apart_when_its_full_name_is_in_doubt() -> None:
    corpus = [
        # two full names for one short name
        article("business/001", org("vantor", "Vantor", 4)),
        article("business/002", org("vantor-group", "Vantor Group", 1)),
        article("business/003", org("vantor-holdings", "Vantor Holdings", 1)),
        # never written about in one section: the tennis "Arden Group" is not the arts' "Arden"
        article("entertainment/004", org("arden", "Arden", 2)),
        article("sport/005", org("arden-group", "Arden Group", 1)),
        # the short name beside another longer name it starts is that one's
        article("entertainment/006", org("marlow", "Marlow", 2), org("marlow-brothers", "Marlow Brothers")),
        article("entertainment/007", org("marlow-inc", "Marlow Inc", 1)),
        # a person's name is not a company's short name
        article("business/008", person("tessa", "Tessa", 3)),
        article("business/009", org("tessa-group", "Tessa Group", 1)),
    ]
    links = corpus_links(corpus)
    for entity_id in (
        "vantor",
        "vantor-group",
        "vantor-holdings",
        "arden",
        "arden-group",
        "marlow",
        "marlow-inc",
        "tessa",
        "tessa-group",
    ):
        assert links.of(entity_id) == entity_id


def test_an_organisation_named_by_its_last_words_is_the_one_longer_name_they_end() -> None:
    text = (
        "Shares rose after Halvers Boerse made a bid for the exchange. Shareholders of the Boerse want cash. "
        "The Ugandan Media Council banned the play. Church leaders sided with the Media Council."
    )
    ids = resolved(
        text,
        [("Halvers Boerse", "ORG"), ("Boerse", "ORG"), ("Ugandan Media Council", "ORG"), ("Media Council", "ORG")],
    )
    assert ids["Boerse"] == ids["Halvers Boerse"]
    assert ids["Media Council"] == ids["Ugandan Media Council"]


def test_last_words_two_longer_names_end_with_or_a_person_stay_apart() -> None:
    text = (
        "The Ugandan Media Council and the Kenyan Media Council met. The Media Council said little. "
        "Shares in Kesteven Drummond fell. Drummond, 52, told reporters he was calm."
    )
    ids = resolved(
        text,
        [
            ("Ugandan Media Council", "ORG"),
            ("Kenyan Media Council", "ORG"),
            ("Media Council", "ORG"),
            ("Kesteven Drummond", "ORG"),
            ("Drummond", "PERSON"),
        ],
    )
    assert ids["Media Council"][0] not in (ids["Ugandan Media Council"][0], ids["Kenyan Media Council"][0])
    assert ids["Drummond"][1] == "PERSON" and ids["Drummond"][0] != ids["Kesteven Drummond"][0]


def test_last_words_after_of_or_of_a_sentence_opening_word_or_a_person_stay_apart() -> None:
    text = (
        "Tourists queued outside the House of Parliament. Parliament voted on Monday. "
        "Bookmakers Lodbrake cut the odds. Lodbrake said bets poured in. "
        "The song is by Freddie Marten. Marten Records signed the band."
    )
    ids = resolved(
        text,
        [
            ("House of Parliament", "ORG"),
            ("Parliament", "ORG"),
            ("Bookmakers Lodbrake", "ORG"),
            ("Lodbrake", "ORG"),
            ("Freddie Marten", "ORG"),
            ("Marten", "ORG"),
        ],
    )
    assert ids["Parliament"][0] != ids["House of Parliament"][0]
    assert ids["Lodbrake"][0] != ids["Bookmakers Lodbrake"][0]
    assert ids["Marten Records"][0] != ids["Freddie Marten"][0]  # the company its word makes (s39)


def test_a_name_run_on_into_an_honorific_and_a_surname_is_two_names() -> None:
    text = (
        "In a speech to the Harbour Policy Institute Mr Venn said the plan would work. "
        "After the deal with Moldavia Mrs Okafor flew home. Mr Venn and Mrs Okafor agreed."
    )
    ids = resolved(
        text,
        [("Harbour Policy Institute Mr Venn", "ORG"), ("Moldavia Mrs Okafor", "ORG"), ("Mr Venn", "PERSON")],
    )
    assert ids["Harbour Policy Institute"][1] == "ORG"
    assert ids["Mr Venn"] == ("venn", "PERSON")
    assert ids["Mrs Okafor"][1] == "PERSON"


def test_band_before_a_name_makes_a_band_whatever_word_comes_before() -> None:
    text = (
        "The Bristol band Halloway Drift played their new single at the gig. "
        "Metal band Korrin released an album, and his band Velmouth went on tour with skating duo Ann Pask."
    )
    ids = resolved(
        text, [("Halloway Drift", "PERSON"), ("Korrin", "PERSON"), ("Velmouth", "PERSON"), ("Ann Pask", "PERSON")]
    )
    assert ids["Halloway Drift"][1] == "ORG"
    assert ids["Korrin"][1] == "ORG"
    assert ids["Velmouth"][1] == "ORG"
    assert ids["Ann Pask"][1] == "PERSON"  # a duo is two people


def test_wedding_bands_before_a_name_are_rings_not_a_band() -> None:
    text = (
        "The rock singer said the concert tour and the new album could wait. "
        "Thieves took two wedding bands Dez Harlan gave his wife, and the pay band Tom Reed was on."
    )
    ids = resolved(text, [("Dez Harlan", "PERSON"), ("Tom Reed", "PERSON")])
    assert ids["Dez Harlan"][1] == "PERSON"
    assert ids["Tom Reed"][1] == "PERSON"
