"""Session 34 (round 2) entity rules on fresh30's type errors: invented sentences and names; the
model's spans are given by hand.

- "Belgian Kim Vell", "Russian Irina Pellova" (typed a group): a nationality's word before a full
  name is no part of it (`kinds.person_span`); not before a body ("Russian Grobco Group"), nor a
  group's name that opens with no first name ("Russian Velt Tarbury" typed NORP stays).
- "Hip-Hop" typed a person where the article also writes "hip-hop": a common word the article
  writes in lower case too is no one (`single_names`); not a surname of a full name, nor a first
  name, nor in sport (a lone surname that is a common noun goes too: unknown, not wrong).
- "in nearby Tarbrook": a place's adjective between the preposition and a one-word "person".
- "the Tom E. Pell agency": a firm named after someone; not "Mr Tom Pell's firm".
- "a survey by Grobmetrie found": a research firm.
- "the Velt Tendency" typed a person: a movement, an organisation.
- "Velt singer Tom Pell" with "Velt" untagged, in an article about music: the band; not a genre
  ("Pop singer"), a nationality ("French singer"), a word also written in lower case, or a
  describing word ("Lead singer", "Grammy-winning singer", "Former Velt singer": only Velt).
- "MTV Base", "News 24": channels of the media table, themselves.
- "the Pellmoor Velt Hotel": a building, a place ("Grobco Hotels", a chain, stays).
- "for analysts VGC" untagged: the firm (not a name cut at "//").
- "the Velt Economic Forum" untagged: a body (not "The Forum for ...", cut short, nor a body's
  word after a common word opening the sentence: "Some Council members", "Our Association").
- "the VLTA standard": the body that sets it stays; only a format's or a codec's code is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from test_nlp_entities_kinds import resolved

from belreader.nlp.aliases import load_table
from belreader.nlp.entities import Span, resolve

from nlp_util import make_article

# ---- a nationality's word before a full name


def test_a_nationality_before_a_full_name_is_left_out_of_it() -> None:
    text = "Belgian Kim Vell, one of the favourites, took second in the sprint."
    got = resolved(text, [("Belgian Kim Vell", "PERSON")])
    assert got.get("Kim Vell", ("", ""))[1] == "PERSON", got
    assert "Belgian Kim Vell" not in got, got


def test_a_full_name_after_a_nationality_typed_a_group_is_a_person() -> None:
    text = "The favourite Russian Irina Pellova finished down in sixth."
    got = resolved(text, [("Russian Irina Pellova", "NORP")])
    assert got.get("Irina Pellova", ("", ""))[1] == "PERSON", got


def test_a_nationality_before_a_body_or_no_first_name_stays() -> None:
    text = "The Russian Grobco Group said so. Members of the Russian Velt Tarbury met."
    got = resolved(text, [("Russian Grobco Group", "PERSON"), ("Russian Velt Tarbury", "NORP")])
    assert "Grobco Group" not in got, got
    assert "Velt Tarbury" not in got, got
    assert got.get("Russian Velt Tarbury", ("", ""))[1] == "NORP", got


# ---- a common word the article also writes in lower case


def test_a_genre_written_in_lower_case_elsewhere_is_no_person() -> None:
    text = (
        "The awards honour many styles, from hip-hop to garage. "
        "Readers wrote in. I think it should include Hip-Hop, at least, and not rock or pop."
    )
    got = resolved(text, [("Hip-Hop", "PERSON")])
    assert "Hip-Hop" not in got, got


def test_a_surname_or_a_first_name_written_in_lower_case_elsewhere_stays() -> None:
    # the surname of a full name; a first name (Grace); a name in sport
    text = (
        "Tom Baker wrote the book. Later Baker thanked the baker in Tarbury. The grace of it was clear, Grace thought."
    )
    got = resolved(text, [("Tom Baker", "PERSON"), ("Baker", "PERSON"), ("Grace", "PERSON")])
    assert got.get("Baker", ("", ""))[1] == "PERSON", got
    assert got.get("Grace", ("", ""))[1] == "PERSON", got
    text = (
        "The striker hit the post twice as the champions won 2-1 in the league match. The goalkeeper "
        "saved a penalty before half-time, and the midfielder scored. Post was booked in the second half."
    )
    got = resolved(text, [("Post", "PERSON")])
    assert got.get("Post", ("", ""))[1] == "PERSON", got


def test_a_common_word_never_written_in_lower_case_is_not_dropped_by_this_rule() -> None:
    text = "Readers wrote in. I think it should include Blues, at least, and not rock or pop."
    got = resolved(text, [("Blues", "PERSON")])
    assert "Blues" in got, got


# ---- "in nearby X"


def test_a_one_word_person_in_nearby_somewhere_is_a_place() -> None:
    text = "He went to Grobco Boys' School in nearby Tarbrook, known as the Eton of the hills."
    got = resolved(text, [("Grobco Boys' School", "ORG"), ("Tarbrook", "PERSON")])
    assert got.get("Tarbrook", ("", ""))[1] == "PLACE", got


def test_a_first_name_in_nearby_somewhere_stays() -> None:
    text = "The office in nearby Emily said nothing. Emily smiled."
    got = resolved(text, [("Emily", "PERSON"), ("Emily", "PERSON")])
    assert got.get("Emily", ("", ""))[1] == "PERSON", got


# ---- firms named after people, research firms


def test_the_name_before_a_firms_noun_is_a_firm() -> None:
    text = "Sales will fall this year, according to the Tom E. Pell agency, which Ida Varn runs in Tarbury."
    got = resolved(text, [("Tom E. Pell", "PERSON"), ("Ida Varn", "PERSON")])
    assert got.get("Tom E. Pell", ("", ""))[1] == "ORG", got
    assert got["Ida Varn"][1] == "PERSON", got


def test_a_person_before_a_firms_noun_without_the_stays() -> None:
    text = "Mr Tom Pell's firm grew. The plan of the Tom Pell company failed, Tom Pell said."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tom Pell", "PERSON"), ("Tom Pell", "PERSON")])
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got


def test_who_carries_out_a_survey_is_a_research_firm() -> None:
    text = "A recent survey by Grobmetrie found that 70% of people were aware of it."
    got = resolved(text, [("Grobmetrie", "PERSON")])
    assert got.get("Grobmetrie", ("", ""))[1] == "ORG", got


# ---- a political movement's name, a band before its member


def test_a_movements_name_typed_a_person_is_an_organisation() -> None:
    text = "Members of the Velt Tendency were expelled in 1986, and the Grobco Liberation Front split soon after."
    got = resolved(text, [("Velt Tendency", "PERSON"), ("Grobco Liberation Front", "PERSON")])
    assert got["Velt Tendency"][1] == "ORG", got
    assert got["Grobco Liberation Front"][1] == "ORG", got


def test_an_untagged_band_before_its_singer_is_an_organisation() -> None:
    text = "On stage in Tarbury, Velt singer Tom Pell thanked the fans who had bought the new album."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert got.get("Velt", ("", ""))[1] == "ORG", got
    assert got["Tom Pell"][1] == "PERSON", got


def test_a_genre_a_nationality_or_a_common_word_before_a_singer_is_no_band() -> None:
    text = (
        "Pop singer Tom Pell and French singer Ida Varn toured. Velt drummer Jo Grob played too; "
        "the velt is a drum. The band's album and single sold well in the chart."
    )
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varn", "PERSON"), ("Jo Grob", "PERSON")])
    assert "Pop" not in got and "Velt" not in got and "French" not in got, got


def test_a_music_channel_of_the_media_table_is_itself() -> None:
    text = "The award was voted for by viewers of MTV Base, and MTV showed the night."
    got = resolved(text, [("MTV Base", "ORG"), ("MTV", "ORG")])
    assert got.get("MTV Base") == ("mtv-base", "ORG"), got
    assert got.get("MTV", ("", ""))[0] == "mtv", got


def test_a_hotels_name_is_a_place_and_a_chain_stays() -> None:
    text = "Delegates stayed at the Pellmoor Velt Hotel, a short walk from the talks. Grobco Hotels said it was full."
    got = resolved(text, [("Pellmoor Velt Hotel", "ORG"), ("Grobco Hotels", "ORG")])
    assert got["Pellmoor Velt Hotel"][1] == "PLACE", got
    assert got["Grobco Hotels"][1] == "ORG", got


def test_an_untagged_name_after_analysts_is_a_firm() -> None:
    text = "Sales will grow, thinks Tom Pell, a specialist for analysts VGC. So say analysts Ida Varn and Jo Bell."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varn", "PERSON"), ("Jo Bell", "PERSON")])
    assert got.get("VGC", ("", ""))[1] == "ORG", got
    assert got["Ida Varn"][1] == "PERSON", got


def test_untagged_words_ending_in_a_bodys_word_are_an_organisation() -> None:
    text = "Classes run by the Pellmoor Miners' Welfare Association start in May, and the Velt Economic Forum meets in June."
    got = resolved(text, [])
    assert got.get("Pellmoor Miners' Welfare Association", ("", ""))[1] == "ORG", got
    assert got.get("Velt Economic Forum", ("", ""))[1] == "ORG", got


def test_a_bodys_word_cut_short_or_after_the_is_not_taken() -> None:
    text = "The Forum for the Future said so. Her album The Velt Academy Dropout sold well."
    got = resolved(text, [])
    assert not any("Forum" in name or "Academy" in name for name in got), got


def test_a_name_cut_at_a_slash_after_analysts_is_not_taken() -> None:
    got = resolved("Most users shop online, according to analysts Velt//GrobRatings.", [])
    assert "Velt" not in got, got


def test_a_news_channel_written_without_its_broadcaster() -> None:
    text = "The debate was shown live on News 24 and again the next morning."
    got = resolved(text, [("News 24", "ORG")])
    assert got.get("News 24", ("", ""))[0] == "bbc-news-24", got


def test_a_code_every_mention_of_which_a_format_follows_is_no_entity() -> None:
    text = "The player reads files saved in GBX-2 format but not the older VLT codec. Grobco technology does the rest."
    got = resolved(text, [("GBX-2", "PLACE"), ("VLT", "ORG"), ("Grobco", "ORG")])
    assert "GBX-2" not in got and "VLT" not in got, got
    assert got["Grobco"][1] == "ORG", got


def test_a_code_written_once_without_a_format_after_stays() -> None:
    text = "Shows will be in GBX-2 format. GBX-2 said it would license the code."
    got = resolved(text, [("GBX-2", "ORG"), ("GBX-2", "ORG")])
    assert got.get("GBX-2", ("", ""))[1] == "ORG", got


def test_a_bodys_name_opening_with_a_peers_style_is_left_to_the_peoples_rules() -> None:
    got = resolved("It is part of a review by the Lord Velt's Department, officials said.", [])
    assert "Lord Velt's Department" not in got, got


def test_an_untagged_band_whose_name_slugs_to_a_known_body_is_its_own() -> None:
    text = "The Who drummer Tom Pell joined the tour. The band's new album and single sold well."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert got.get("The Who", ("", ""))[1] == "ORG", got
    assert got["The Who"][0] != "who", got


# ---- session 34 mends (REVIEW_entities34b)


_TOUR = "The band's new album went to number one in the chart, and their tour sold out. "


def test_a_describing_word_before_a_singer_is_no_band() -> None:
    for opener in ("Lead singer", "Session drummer", "Backing singer", "Grammy-winning singer"):
        text = _TOUR + opener + " Tom Pell said the shows had been the best of his career."
        got = resolved(text, [("Tom Pell", "PERSON")])
        assert set(got) == {"Tom Pell"}, (opener, got)


def test_a_former_band_member_leaves_the_describing_word_off_the_band() -> None:
    text = _TOUR + "Former Velt singer Tom Pell said the shows had been the best of his career."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert "Former Velt" not in got, got
    assert got.get("Velt", ("", ""))[1] == "ORG", got


def test_a_common_word_band_written_within_a_sentence_too_stays_a_band() -> None:
    text = _TOUR + "Thimble singer Tom Pell said the shows had been the best of his career, and Thimble agreed."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert got.get("Thimble", ("", ""))[1] == "ORG", got


def test_a_common_word_band_the_title_names_stays_a_band() -> None:
    text = "Thimble singer Tom Pell has been fined after a brawl in a hotel bar on the band's last tour of Europe."
    article = replace(make_article(text), title="Thimble star fined for hotel brawl")
    at = article.body.index("Tom Pell")
    got = {m.text: m.label for m in resolve(article, [Span(at, at + 8, "PERSON")], load_table())}
    assert got.get("Thimble") == "ORG", got


def test_a_bodys_word_after_a_sentences_opening_word_is_no_body() -> None:
    for opener in (
        "Our Association has never backed anyone.",
        "Some Council members said no.",
        "Yesterday Council leaders met.",
        "Which Council is responsible?",
    ):
        got = resolved("The minister spoke in Tarbury on Monday. " + opener, [])
        assert not any("Association" in name or "Council" in name for name in got), (opener, got)


def test_a_bodys_name_opening_a_sentence_and_written_within_one_too_stays() -> None:
    text = "National Economic Forum members met on Monday. A spokesman for the National Economic Forum said so."
    got = resolved(text, [])
    assert got.get("National Economic Forum", ("", ""))[1] == "ORG", got


def test_a_body_before_the_standard_it_sets_stays() -> None:
    text = "The chips follow the VLTA standard for wireless networks, and the GXSI protocol in Europe."
    got = resolved(text, [("VLTA", "ORG"), ("GXSI", "ORG")])
    assert got.get("VLTA", ("", ""))[1] == "ORG", got
    assert got.get("GXSI", ("", ""))[1] == "ORG", got


def test_a_nationality_before_a_common_word_is_no_cut_before_it() -> None:
    got = resolved("Indian Ocean Tom Pell said the talks had failed.", [("Indian Ocean Tom Pell", "PERSON")])
    assert "Ocean Tom Pell" not in got, got
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got
