"""Session 41 round 2, r2e41: entity patterns behind fresh37's misses, on invented sentences.

- "Bank of Velmar" then "bought by BOV": capitals that are the initials of all the words of one
  organisation the article names (its joining word's letter kept) are that organisation, also
  where the table knows the letters as another body (`kinds.every_word_initials`).
- "bought by BOA" in a story about banks that never names the British Olympic Association:
  capitals the table knows only as a sport's body, in an article with hardly a word of sport,
  are some other body, unlinked (`kinds._sport_letters_off_topic`); in a sport article they stay
  the table's body.
- "Grobton Distributor" beside "Grobton Funds Distributor": a name that is the one organisation
  of the article with the same first and last words and one capitalised word more between them
  is that organisation, shortened (`kinds._one_word_left_out`); not with a nation's word between
  ("Velt Tarnian Bank"), nor with two such organisations.
- a sport's squad list of surnames with an initial before some ("Gristle, L Caverly, Rowell"):
  every item a player (`entities._SURNAME`); outside sport a list of towns is left alone.
- "Molly Tarrant, which floated in 1995, is ...": a "person" opening a sentence with ", which"
  after it is a company's cue (`kinds._COMMA_WHICH_AFTER`); not "hired Molly Tarrant, which
  angered its rivals" (a clause about the whole sentence).
- "the Royal Cathedral in Velmont": the model's span with its "the" splits into the building and
  the town (`kinds.split_located`).
- a one-word "event" that is the surname of the one person named in full is that person
  (`entities.missed_surnames`).
- "Dr Tan" after "Dr Tan Kah Wee": a name of three short words, no first name first, puts its
  surname first (`people.surname_first`).
- "Mid Wales": one region, not the table's country (`entities._MID_BEFORE`).
- "His film credits include X, Y and Z": titles (`kinds._LISTED_AS_WORKS`); "its credits include
  loans to X" lists no titles.
- "Companies such as X" opening a sentence lists firms (`kinds._DESIGNATORS_BEFORE`); "Banks X"
  is no designator.
"""

from __future__ import annotations

from belreader.nlp import analyze
from belreader.nlp.aliases import load_table
from belreader.nlp.entities import missed_surnames
from belreader.nlp.kinds import _DESIGNATORS_BEFORE, split_located
from belreader.nlp.people import surname_first

from nlp_util import make_article, placed_mentions


def _ids(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in analyze(make_article(text)).mentions:
        found.setdefault(m.text, set()).add(m.entity_id)
    return found


def _labels(text: str, word: str) -> list[str]:
    return [m.label for m in analyze(make_article(text)).mentions if m.text == word]


def test_letters_of_all_words_are_the_body_named_here() -> None:
    text = (
        "Lender fined\n\n"
        "The regulator fined three units of the Bank of Velmar on Monday. The units were bought by "
        "BOV last year, and BOV said it would pay."
    )
    ids = _ids(text)
    assert ids["BOV"] == ids["Bank of Velmar"], ids


def test_letters_the_table_knows_are_the_body_named_here() -> None:
    text = (
        "Grobco units fined\n\n"
        "Five Bank of Arvania subsidiaries agreed to pay $50m to settle the case. Grobco Capital was "
        "part of Tarnbank, bought by BOA last year. The deal covers BOA's direct subsidiaries."
    )
    ids = _ids(text)
    assert ids["BOA"] == ids["Bank of Arvania"], ids


def test_sport_letters_in_a_story_about_banks_are_left_unlinked() -> None:
    text = (
        "Grobco bank fined\n\n"
        "Three units of the Velt lender were fined on Monday. The deal was agreed by BOA last year, "
        "and BOA's shares fell 3% in trading. The regulator said the units had let favoured clients "
        "trade in and out of mutual funds at stale prices, a practice that harms small investors. "
        "The lender will pay $40m in fines and $60m to the funds' shareholders, and two former "
        "managers face civil charges. The bank said it had changed its rules and would not comment "
        "further. Analysts said the fines were smaller than feared."
    )
    assert _ids(text)["BOA"] == {"boa"}


def test_sport_letters_in_a_line_with_no_subject_stay_the_tables_body() -> None:
    text = "Grobco bank fined\n\nThe deal was agreed by BOA last year, and BOA's shares fell 3% in trading."
    assert _ids(text)["BOA"] == {"british-olympic-association"}


def test_sport_letters_in_a_sport_story_stay_the_tables_body() -> None:
    text = (
        "Sprinter named in Olympic squad\n\n"
        "The BOA named the sprinter in its squad for the Olympic Games after she won the 100m final "
        "at the championships. The athlete beat the world champion in the race, and her coach said "
        "the team would win medals in the athletics events."
    )
    assert _ids(text)["BOA"] == {"british-olympic-association"}


_FUNDS = (
    "Fund executives charged\n\n"
    "The SEC charged two ex-senior executives of Tarnwell Distributor. Tarnwell Distributor was part "
    "of Velbank, bought by Grobco last year. The SEC also reached a deal with {longer}."
)


def test_a_name_with_a_middle_word_left_out_is_the_one_firm() -> None:
    ids = _ids(_FUNDS.format(longer="Tarnwell Funds Distributor (TFD)"))
    assert ids["Tarnwell Distributor"] == ids["Tarnwell Funds Distributor"] == ids["TFD"], ids


def test_a_nations_word_between_keeps_two_firms() -> None:
    ids = _ids(_FUNDS.format(longer="Tarnwell Arvanian Distributor"))
    assert ids["Tarnwell Distributor"] != ids["Tarnwell Arvanian Distributor"], ids


def test_two_longer_names_leave_the_short_one_alone() -> None:
    ids = _ids(_FUNDS.format(longer="Tarnwell Funds Distributor and with Tarnwell Stocks Distributor"))
    assert (
        len(ids["Tarnwell Distributor"] | ids["Tarnwell Funds Distributor"] | ids["Tarnwell Stocks Distributor"]) == 3
    ), ids


_SQUAD = (
    "Pellow recalled to Velt squad\n\n"
    "Velt coach Tom Grell has recalled scrum-half Ian Pellow to the training squad for the "
    "championship. The squad will train with the club side before the opening match against "
    "Arvania, and the winger and the prop return after injury. The coach said the team would win.\n\n"
    "{forwards}\n\n"
    "Pellow, Varnish, Dorrit, Hale, Tarwick, Quell."
)


def test_a_squad_list_with_initials_is_all_players() -> None:
    text = _SQUAD.format(forwards="Thornbury, Gristle, L Caverly, Rowell, White, Moorcock, C Jones, Vyner.")
    labels = {m.text: m.label for m in analyze(make_article(text)).mentions if m.start >= text.index("Thornbury")}
    for name in ("Thornbury", "L Caverly", "White", "C Jones", "Vyner", "Varnish"):
        assert labels.get(name) == "PERSON", (name, labels)


def test_a_list_of_towns_outside_sport_is_no_squad() -> None:
    text = (
        "Grobco opens shops\n\n"
        "The retailer will open new shops in these towns next year, its chief executive said.\n\n"
        "Tarbury, Velton, L Caverly, Rowell, Moorcock, Grisham."
    )
    labels = {m.text: m.label for m in analyze(make_article(text)).mentions}
    assert labels.get("Velton") == "PLACE", labels


def test_a_name_opening_sentences_before_which_is_a_company() -> None:
    text = (
        "Molly Tarrant chief quits\n\n"
        "Molly Tarrant is parting company with its chief executive Ian Pell. The fashion retailer said "
        "Mr Pell had resigned. Molly Tarrant, which is due to issue a trading statement, has been hit "
        "by poor sales. Molly Tarrant, which floated in 1995, is owned by a Velt investor."
    )
    assert set(_labels(text, "Molly Tarrant")) == {"ORG"}, _labels(text, "Molly Tarrant")


def test_which_about_the_clause_after_an_object_keeps_the_person() -> None:
    text = (
        "Pell hired\n\n"
        "Grobco hired Molly Tarrant, which angered its rivals. Molly Tarrant said she was pleased. "
        "Grobco later hired Tom Pell, which surprised fans."
    )
    assert set(_labels(text, "Molly Tarrant")) == {"PERSON"}, _labels(text, "Molly Tarrant")


def test_a_building_in_a_town_written_after_the_is_two_places() -> None:
    text = (
        "Minister visits shrine\n\n"
        "On Thursday Mr Pell was in India visiting the holiest shrine, the Royal Cathedral in Velmont "
        "where he tried his hand at baking bread."
    )
    assert _labels(text, "Royal Cathedral") == ["PLACE"] and _labels(text, "Velmont") == ["PLACE"], _ids(text)


def test_split_located_takes_the_before_a_name() -> None:
    body = "He visited the Velt Temple in Tarnabad, and the Songs in Velmont."
    start = body.index("the Velt")
    assert split_located(body, start, start + len("the Velt Temple in Tarnabad")) is not None
    start = body.index("the Songs")
    assert split_located(body, start, start + len("the Songs in Velmont")) is None


def test_a_surname_the_model_took_for_an_event_is_the_person() -> None:
    text = "Spy film\n\nThe film starred Tom Vennick in 1967. No actor, including Vennick, has played the part twice."
    article = make_article(text)
    body = article.body
    given = [("Tom Vennick", "tom-vennick", "PERSON"), ("Vennick", "vennick", "EVENT")]
    mentions = [
        m for m in placed_mentions(body, given) if not (m.text == "Vennick" and body[m.start - 4 : m.start] == "Tom ")
    ]
    found = missed_surnames(article, mentions, load_table())
    assert [(m.text, m.label, m.entity_id) for m in found if m.text == "Vennick"] == [
        ("Vennick", "PERSON", "tom-vennick")
    ], found


def test_a_surname_written_first_is_the_person_named_in_full() -> None:
    text = (
        "Velt tycoon\n\n"
        "The store is owned by Malaysian entrepreneur Dr Tan Kah Wee. It has long been reported that "
        "Dr Tan intends to take it private, but Mr Tan has denied this."
    )
    ids = _ids(text)
    assert ids["Dr Tan"] == ids["Tan Kah Wee"] == {"tan-kah-wee"}, ids


def test_surname_first_only_for_three_short_words_without_a_first_name() -> None:
    assert surname_first(("khoo", "kay", "peng")) == "khoo"
    assert surname_first(("anne", "kay", "ash")) is None  # a first name first
    assert surname_first(("tarnovski", "kay", "peng")) is None  # a long word: no such name
    assert surname_first(("tan", "peng")) is None  # two words: the usual order may hold
    assert surname_first(("lo", "de", "vel")) is None  # a particle


def test_mid_before_a_place_is_one_region() -> None:
    text = (
        "Factory move\n\n"
        "The firm was founded in Tarbury in 1955, before moving to Mid Wales in 1961 where it still "
        "has its main factory."
    )
    assert _labels(text, "Mid Wales") == ["PLACE"] and not _labels(text, "Wales"), _ids(text)


def test_titles_listed_as_film_credits_are_no_entities() -> None:
    text = (
        "Director signs up\n\n"
        "Velt-born Tom Pell moved to the UK in 1966 and directed TV series. His film credits include "
        "Edge of Velmont, Vertical Tarn and Beyond Grobury, which starred Ida Vell and Ian Dorr."
    )
    found = _ids(text)
    assert "Edge of Velmont" not in found and "Beyond Grobury" not in found, found
    assert "Ida Vell" in found, found


def test_credits_of_a_lender_list_no_titles() -> None:
    text = "Bank results\n\nThe lender said its credits include loans to Grobco Holdings, Tarn Energy and Velt Steel."
    assert _labels(text, "Grobco Holdings") == ["ORG"], _ids(text)


def test_firms_listed_after_a_capitalised_plural() -> None:
    assert _DESIGNATORS_BEFORE.search("search systems too. Companies such as ")
    assert _DESIGNATORS_BEFORE.search("too. Companies such as Grobix, Copernia and ")
    assert _DESIGNATORS_BEFORE.search("Firms including ")
    assert not _DESIGNATORS_BEFORE.search("Banks ")  # "Banks Grobco ...": a name, not a list
