"""Session 38 final-read mends (mf38): the definite topic with a second "that", and "the bank"
after a bank named last only when that bank spoke."""

from belreader import nlp

from nlp_util import make_article


def _found(text):
    analysis = nlp.analyze(make_article(text))
    return [(c.speaker, c.speaker_id, c.content) for c in analysis.claims]


def test_the_claims_that_then_a_second_that_gives_the_speakers_words():
    found = _found(
        "Ana Velt is a Tarbury councillor.\n\nVelt said in reply to the claims that she had lied that they were false."
    )
    assert [c for _, _, c in found if c == "they were false"], found
    assert not [c for _, _, c in found if "she had lied" in c], found


def test_the_rumours_that_then_a_second_that_gives_the_speakers_words():
    found = _found(
        "Ana Velt is the chief executive of Grobco.\n\n"
        "Velt said on Twitter about the rumours that she would quit that she had never been happier."
    )
    assert [c for _, _, c in found if c == "she had never been happier"], found


def test_the_report_that_alone_still_gives_the_report_as_content():
    found = _found("Tom Pell, its chief executive, said in response to the report that the figures were wrong.")
    assert [c for _, _, c in found if c == "the figures were wrong"], found


def test_the_bank_is_not_a_rival_bank_that_did_not_speak():
    text = (
        "Grobco, the country's largest bank, is to cut 900 jobs.\n\n"
        "Rival Pellman Bank cut 500 jobs last year.\n\n"
        "The bank said the cuts would save 50m euros a year."
    )
    found = _found(text)
    said = [i for s, i, c in found if s.lower() == "the bank"]
    assert said, found
    assert "pellman-bank" not in said, found


def test_the_bank_is_not_a_bank_named_as_a_lender():
    text = (
        "Dutch bank Grobco said on Monday it would cut 900 jobs.\n\n"
        "Grobco has repaid a loan from Pellman Bank.\n\n"
        "The bank said the cuts would save 50m euros a year."
    )
    found = _found(text)
    said = [i for s, i, c in found if s.lower() == "the bank"]
    assert said, found
    assert "pellman-bank" not in said, found


def test_the_allegations_that_then_a_second_that_gives_the_speakers_words():
    found = _found(
        "Tom Pell is a Velt MP.\n\n"
        "Pell said in response to the allegations that he had lied to parliament that he would sue the newspaper."
    )
    assert [c for _, _, c in found if c == "he would sue the newspaper"], found


def test_the_bank_is_not_a_bank_where_cuts_were_made():
    text = (
        "Dutch bank Grobco is to cut 900 jobs.\n\n"
        "The move follows similar cuts at Tarbury's Pellman Bank last year.\n\n"
        "The bank said the cuts would save 50m euros a year."
    )
    found = _found(text)
    assert "pellman-bank" not in [i for s, i, c in found if s.lower() == "the bank"], found


def test_when_contacted_before_that_is_the_occasion_not_the_content():
    found = _found(
        "Grobco has closed its plant in Tarbury.\n\n"
        "The firm said, when contacted by the Tarbury Times, that it would appeal against the ruling."
    )
    assert [c for _, _, c in found if c == "it would appeal against the ruling"], found


def test_when_approached_before_that_keeps_the_claim():
    found = _found(
        "Ana Velt is a Tarbury councillor.\n\nVelt said, when approached by reporters, that the plan would cost jobs."
    )
    assert [c for _, _, c in found if c == "the plan would cost jobs"], found


def test_when_elected_without_that_stays_in_the_content():
    found = _found("Ana Velt is a Tarbury candidate.\n\nVelt said, when elected, she would cut the council tax.")
    assert [c for _, _, c in found if c.startswith("when elected")], found


def test_a_readers_retelling_of_the_council_leaves_the_comments_no_claims():
    text = (
        "Libraries to close\n\n"
        "Tarbury council is to close four of its nine libraries next year.\n\n"
        "The council said the closures would save 2m euros a year.\n\n"
        "Council leader Tom Dorin said the decision had been a hard one.\n\n"
        "Campaigners have promised to fight the plan.\n\n"
        "A final vote is due in March.\n\n"
        "I have used the library for 30 years and I will miss it.\n\n"
        "My children learned to read there and I cannot believe it will go.\n\n"
        "The council said it had no money but they found money for a new office. Shameful.\n\n"
        "I think the staff are heroes and my town is poorer today."
    )
    found = _found(text)
    assert [f for f in found if "hard one" in f[2]], found
    assert not [f for f in found if "found money" in f[2]], found
