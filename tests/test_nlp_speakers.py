"""Who is speaking: the speaker patterns measured on the development set, each on short
sentences written for the purpose (none copied from any corpus). A speaker the text does not
settle stays unresolved: a wrong name is worse than none."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp.aliases import load_table
from belreader.nlp.entities import Span, resolve

from nlp_util import analysed, make_article

CASES = {
    # an honorific and a surname the model did not tag still name the article's person
    "honorific-mention": (
        "Harold Pimm, a former adviser to the council, said the budget was sound. Sir Neville Crane, the "
        "chamber's president, warned against tax cuts.\n\n"
        "Mr Pimm, who left the Treasury last year, had argued that the rules would be met. He said more "
        "could be done for pensioners."
    ),
    # he/she: the two paragraphs before the pronoun are searched, not only its own
    "pronoun-earlier-paragraph": (
        "Chancellor Walter Grimsby will set out his plans on Monday.\n\n"
        "The chancellor is travelling to Paris next week. He told the radio station that aid must double.\n\n"
        "Cuts to farm subsidies could help poorer countries, he argued."
    ),
    # the last speaker the pronoun fits, when the last one does not fit it
    "pronoun-last-fitting": (
        "Arthur Penhaligon said the reforms would go on. Mr Penhaligon also set out the party's plans.\n\n"
        "Backbench MP Jane Morrow warned against the changes. She said voters would not accept them.\n\n"
        "He stressed that the plans had the cabinet's support."
    ),
    # ... but not when another man has since been the subject of a sentence
    "pronoun-last-fitting-blocked": (
        "Arthur Penhaligon said the reforms would go on.\n\n"
        "Jane Morrow warned against the changes. Peter Quill voted against them. Tom Hart abstained.\n\n"
        "He stressed that the plans had no support."
    ),
    # a pronoun after a claim of the same sentence is that claim's speaker
    "same-sentence": (
        "Dmitri Volkov met Henrik Larsen in Oslo.\n\n"
        "Mr Larsen denied there was any rift - he is travelling to Rome and says he would meet Mr Volkov again."
    ),
    # a pronoun after an unnamed spokesman's line is the spokesman, not the person named before
    "spokesman-then-he": (
        "Simon Ashdown said the rules were too weak. A ministry spokesman said the rules had been tightened. "
        "He added that checks would start in May."
    ),
    # "it said": the organisation that just spoke
    "it-organisation": ("The Confederation of Millers said exports had risen. Growth would slow next year, it said."),
    # no organisation: the statement is kept, "it" left unresolved (never guessed)
    "it-unknown": "Exports rose in the spring. It said growth would slow next year.",
    # a quote attributed "in an interview with X": the quote is the content
    "quote-in-interview": (
        '"The voters have spoken. We must listen," the prime minister said in an interview with the Financial Times.'
    ),
    # several organisations speak together: no one of them is the speaker
    "coordinated-subject": "Acme, Globex and Initech said they would back the new format.",
    # a participle hung on a document is the document speaking, not the sentence's subject
    "document-participle": (
        "Ivo Stanek met the leaders. He also signed a communique stressing the union's commitment to a stable border."
    ),
    # quotes with no attribution of their own carry on the speaker just reported
    "quote-after-reported": (
        'Mr Oakes said the closure rule had failed. "If a pub shuts on a Sunday nobody notices. "It is no punishment.\n\n'
        '"Landlords must face real sanctions." The council plans to meet in May.'
    ),
    "quote-paragraph-after-reported": (
        'Lena Varga insists she has full faith in the new coach.\n\n"He has my support. I will not change my mind."'
    ),
    "quote-opens-paragraph": (
        'Tomas Reed said the film had a chance. "I think it will win," he said.\n\n'
        '"It is the best British film this year." Mr Reed also tipped the lead actress, and added that the '
        "script was strong."
    ),
    "quoted-not-reported": (
        '"He feels that I am fit enough," Carl Ash said. "The manager has always wanted me to play."'
    ),
    "told-colon-name": 'Mark Dale told the Daily Mail: "Jens is a fantastic keeper. He deserves a chance."',
    "passive-participle": "Rex Hale's new party, expected to launch on Monday, has two members.",
    "protests-alleging": "The president faced weeks of protests alleging he rigged the vote.",
    # a surname alone, which the model missed, is the article's one person with that surname
    "surname-subject": (
        "Colin High watched the match. High, the Rugby Football Union's referees' manager, claimed the referee made "
        "three errors."
    ),
    "make-clear": "Tony Marsh spoke on Monday. He also made it clear he intended to stay in the job.",
    "be-confident": "Arsene Lamb spoke on Monday. The pair will line up on Sunday but Lamb is confident they will cope.",
    # a report speaks for whoever the article said published it
    "the-report": "Oxfam's new report said aid had fallen. Jane Doe agreed. The report said donors had failed.",
    "the-groups-survey": (
        "The Confederation of Millers said growth would slow. The Confederation of Millers found confidence rose in "
        "the spring. The group's quarterly survey found exports had risen."
    ),
    "the-festival": "Paul Ray won an award at the Berlin Film Festival. The festival said he was its best guest.",
    # a reporting verb coordinated with the content's verb is a claim of its own
    "said-but-predicted": (
        "Mark Lowe spoke on Monday. He said some voters were in denial about the result but predicted a calmer "
        "mood would follow."
    ),
    "said-but-others-say": (
        "Mr Lowe recently said the country would only join the scheme where it was in its interests but the Tories "
        "say he is giving up a key veto."
    ),
    "quoted-coordination": 'Dora Kent told reporters: "We do not want to rest and say we have won anything yet."',
    "org-title-name": "Federation of Small Businesses chairman Dan Moss said the new tax did not have enough support among members.",
    "named-again-after-a-quote": (
        'Arthur Kay said the plan would work.\n\nJane Morrow told reporters: "It will fail." Mr Kay also spoke of a feud '
        "between Tom Hill and Sam Ray.\n\nHe stressed that the plan was sound."
    ),
    "relative-clause": "The former adviser, who left the Treasury last year, had argued that the rules would be met.",
    "told-the-noun": "Walter Grimsby spoke on Monday. He told the radio station that aid must double.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def claims_of(analyses, key):
    return analyses[key].claims


def test_an_honorific_and_surname_the_model_missed_is_the_articles_person():
    text = CASES["honorific-mention"]
    article = make_article(text)
    body = article.body
    # the model found the full names only (as it does on some articles), not "Mr Pimm"
    spans = [
        Span(body.index(name), body.index(name) + len(name), "PERSON") for name in ("Harold Pimm", "Neville Crane")
    ]
    mentions = resolve(article, spans, load_table())
    pimm = [m for m in mentions if m.text == "Mr Pimm"]
    assert pimm and pimm[0].label == "PERSON" and pimm[0].entity_id == "harold-pimm"
    assert not any(m.entity_id == "hm-treasury" and m.start < pimm[0].start for m in mentions)


def test_a_relative_clause_on_the_subject_is_not_the_speaker(analyses):
    argued = next(c for c in claims_of(analyses, "honorific-mention") if c.content.startswith("the rules would be met"))
    assert argued.speaker_id == "harold-pimm"
    (claim,) = claims_of(analyses, "relative-clause")
    assert claim.speaker == "The former adviser" and claim.speaker_id is None


def test_a_pronoun_looks_back_two_paragraphs(analyses):
    told, argued = claims_of(analyses, "pronoun-earlier-paragraph")
    assert told.speaker_id == argued.speaker_id == "walter-grimsby"


def test_a_pronoun_goes_to_the_last_speaker_it_fits(analyses):
    *_, stressed = claims_of(analyses, "pronoun-last-fitting")
    assert stressed.content.startswith("the plans had") and stressed.speaker_id == "arthur-penhaligon"
    *_, blocked = claims_of(analyses, "pronoun-last-fitting-blocked")
    assert blocked.content.startswith("the plans had") and blocked.speaker_id is None


def test_a_pronoun_after_a_claim_of_the_same_sentence(analyses):
    claims = claims_of(analyses, "same-sentence")
    says = next(c for c in claims if c.content.startswith("he would meet"))
    assert says.speaker_id == "henrik-larsen"


def test_he_after_an_unnamed_spokesman_is_the_spokesman(analyses):
    ashdown, spokesman, added = claims_of(analyses, "spokesman-then-he")
    assert ashdown.speaker_id == "simon-ashdown"
    assert added.content == "checks would start in May"
    assert added.speaker_id is None and "spokesman" in added.speaker


def test_it_is_the_organisation_that_just_spoke(analyses):
    first, second = claims_of(analyses, "it-organisation")
    assert second.content == "Growth would slow next year"
    assert second.speaker_id == first.speaker_id and first.speaker_id is not None
    (unknown,) = claims_of(analyses, "it-unknown")
    assert unknown.content == "growth would slow next year"
    assert unknown.speaker_id is None and "unresolved" in unknown.speaker


def test_a_quote_said_in_an_interview_is_the_content(analyses):
    (claim,) = claims_of(analyses, "quote-in-interview")
    assert claim.content.startswith("The voters have spoken") and claim.direct_quote
    assert claim.outlets == ["financial-times"]


def test_a_coordinated_subject_is_no_single_speaker(analyses):
    (claim,) = claims_of(analyses, "coordinated-subject")
    assert claim.speaker_id is None and claim.speaker.startswith("Acme")


def test_a_participle_on_a_document_is_the_document_speaking(analyses):
    (claim,) = claims_of(analyses, "document-participle")
    assert claim.speaker == "a communique" and claim.speaker_id is None
    assert claim.content == "the union's commitment to a stable border"


def test_told_a_common_noun_that(analyses):
    (claim,) = claims_of(analyses, "told-the-noun")
    assert claim.content == "aid must double" and claim.speaker_id == "walter-grimsby"


def test_an_honorific_before_a_span_the_model_called_a_place_makes_a_person():
    article = make_article(
        "Damian Oakes left the party. Mr Oakes said he had no regrets. Ms Fenwick-Hart agreed "
        "with Cara Fenwick-Hart's view, and Mr Oakes's friends cheered."
    )
    body = article.body
    spans = [Span(body.index("Damian Oakes"), body.index("Damian Oakes") + 12, "ORG")]
    at = body.index("Oakes said")
    spans.append(Span(at, at + 5, "PLACE"))  # the model's "Oakes" in "Mr Oakes", typed a place
    at = body.index("Cara Fenwick-Hart")
    spans.append(Span(at, at + len("Cara Fenwick-Hart"), "PERSON"))
    mentions = resolve(article, spans, load_table())
    oakes = [m for m in mentions if "Oakes" in m.text]
    assert [m.label for m in oakes] == ["PERSON"] * 3 and {m.entity_id for m in oakes} == {"damian-oakes"}
    # an honorific and a hyphenated surname is that surname, linked to the full name
    fenwick = [m for m in mentions if "Fenwick" in m.text]
    assert {m.entity_id for m in fenwick} == {"cara-fenwick-hart"}
    assert "Mr Oakes" in {m.text for m in mentions}  # the possessive left out


def test_a_quote_after_reported_words_is_more_of_that_speaker(analyses):
    said, quote, continued = claims_of(analyses, "quote-after-reported")
    assert said.content == "the closure rule had failed" and said.speaker_id == "oakes"
    assert quote.direct_quote and quote.content.startswith("If a pub shuts") and quote.speaker_id == "oakes"
    assert (
        continued.paragraph == 1
        and continued.content == "Landlords must face real sanctions."
        and continued.speaker_id == "oakes"
    )


def test_a_quote_paragraph_after_reported_words_keeps_the_speaker(analyses):
    insists, quote = claims_of(analyses, "quote-paragraph-after-reported")
    assert quote.paragraph == 1 and quote.direct_quote and quote.speaker_id == insists.speaker_id == "lena-varga"


def test_a_quote_opening_a_paragraph_is_not_attributed_by_a_later_sentence(analyses):
    claims = claims_of(analyses, "quote-opens-paragraph")
    opening = next(c for c in claims if c.content.startswith("It is the best British film"))
    assert opening.paragraph == 1 and opening.speaker_id == "tomas-reed" and opening.direct_quote


def test_reporting_words_inside_a_quote_carry_no_quote_of_their_own(analyses):
    claims = claims_of(analyses, "quoted-not-reported")
    assert all(c.speaker_id == "carl-ash" for c in claims)
    assert not any(c.content.startswith("The manager") and not c.direct_quote for c in claims)
    assert sum(c.content.startswith("The manager") for c in claims) <= 1


def test_a_name_opening_the_quote_after_told_outlet_colon_is_not_the_addressee(analyses):
    (claim,) = claims_of(analyses, "told-colon-name")
    assert claim.content.startswith("Jens is a fantastic keeper") and claim.outlets == ["daily-mail"]


def test_passive_participles_are_not_claims_but_active_ones_speak(analyses):
    assert claims_of(analyses, "passive-participle") == []
    (claim,) = claims_of(analyses, "protests-alleging")
    assert claim.speaker == "protests" and claim.content == "he rigged the vote"


def test_a_surname_the_model_missed_is_the_articles_person_not_an_organisation_nearby(analyses):
    (claim,) = claims_of(analyses, "surname-subject")
    assert claim.speaker_id == "colin-high" and claim.content == "the referee made three errors"


def test_made_it_clear_and_is_confident_state_claims(analyses):
    (clear,) = claims_of(analyses, "make-clear")
    assert clear.content == "he intended to stay in the job" and clear.speaker_id == "tony-marsh"
    (confident,) = claims_of(analyses, "be-confident")
    assert confident.content == "they will cope" and confident.speaker_id == "arsene-lamb"


def test_a_report_or_survey_speaks_for_its_publisher(analyses):
    *_, report = claims_of(analyses, "the-report")
    assert report.speaker == "The report" and report.speaker_id == "oxfam"
    said, found, survey = claims_of(analyses, "the-groups-survey")
    assert found.content == "confidence rose in the spring" and found.speaker_id == said.speaker_id
    assert survey.content == "exports had risen" and survey.speaker_id == said.speaker_id is not None


def test_the_festival_is_the_one_festival_the_article_named(analyses):
    (claim,) = claims_of(analyses, "the-festival")
    assert claim.speaker_id == "berlin-film-festival"


def test_a_coordinated_reporting_verb_is_a_claim_of_its_own(analyses):
    said, predicted = claims_of(analyses, "said-but-predicted")
    assert said.content == "some voters were in denial about the result"
    assert predicted.content == "a calmer mood would follow" and predicted.speaker_id == said.speaker_id == "mark-lowe"
    said, tories = claims_of(analyses, "said-but-others-say")
    assert said.content.endswith("where it was in its interests") and tories.content == "he is giving up a key veto"
    assert tories.speaker_id == "conservative-party"
    (quote,) = claims_of(analyses, "quoted-coordination")  # inside a quotation every word is the speaker's
    assert quote.content.startswith("We do not want to rest")


def test_the_person_after_an_organisations_title_speaks_not_the_organisation(analyses):
    (claim,) = claims_of(analyses, "org-title-name")
    assert claim.speaker_id == "dan-moss" and claim.content == "the new tax did not have enough support among members"


def test_a_speaker_named_again_as_a_subject_after_a_quote_is_the_topic_again(analyses):
    *_, stressed = claims_of(analyses, "named-again-after-a-quote")
    assert stressed.content == "the plan was sound" and stressed.speaker_id == "arthur-kay"


TOPIC_CASES = {
    # "the minister", "the 29-year-old": the one person the passage is about, when every other
    # person named near it has another title
    "topic-title": (
        "Headline words here\n\n"
        "Anna Berg is urging President Harlan Voss to act on housing.\n\n"
        '"Homes come first," the minister said in an interview on Friday.'
    ),
    "topic-age": "Tom Reed has signed a new deal with the club. The 29-year-old said he was delighted with the terms.",
    # not when the named person is no sentence's subject, or two people fit
    "topic-not-subject": "Shares in Acme fell after Jane Doe resigned. The chief executive said the firm was strong.",
    "topic-two": "Mr Hale met Mr Crane on Monday. Mr Crane later left. The minister said the talks had failed.",
    "topic-spokesman": "Mark Dunn was elected on Monday. The spokesman said the count was fair.",
    "topic-same-sentence": "Anna Berg spoke on Monday. Anna Berg had broken the rules, the minister said.",
}


@pytest.fixture(scope="module")
def topic():
    return analysed(TOPIC_CASES)


def test_a_title_or_age_names_the_one_person_the_passage_is_about(topic):
    (claim,) = topic["topic-title"].claims
    assert claim.speaker_id == "anna-berg", (claim.speaker, claim.speaker_id)
    (claim,) = topic["topic-age"].claims
    assert claim.speaker_id == "tom-reed", (claim.speaker, claim.speaker_id)


def test_a_title_is_not_guessed_without_one_topic(topic):
    for key in ("topic-not-subject", "topic-two", "topic-spokesman", "topic-same-sentence"):
        claims = topic[key].claims
        assert claims and all(c.speaker_id is None for c in claims), (key, [(c.speaker, c.speaker_id) for c in claims])


def test_felt_and_thought_report_like_feel_and_think():
    text = (
        "The Herald's music critic Jane Hollis felt that the band had earned a sweep of prizes. "
        "Her colleague Tom Abbot thought the album would sell a million copies."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "felt")])
    got = {(c.speaker_id, c.verb) for c in analysis.claims}
    assert got == {("jane-hollis", "feel"), ("tom-abbot", "think")}, got


def test_a_document_named_before_its_author_gets_the_author():
    one = (
        "Rents will climb sharply next year, a study by a housing charity says.\n\n"
        "The study said that energy bills would double. The Fairhome Trust study said that rents rose by 9%."
    )
    two = (
        "Rents will climb sharply next year, a study says.\n\n"
        "The Fairhome Trust study said that rents rose by 9%. The Arden Institute study said that they fell."
    )
    by_id = {a.article_id: a for a in nlp.analyze_many([make_article(one, "one"), make_article(two, "two")])}
    ids = [c.speaker_id for c in by_id["one"].claims]
    assert len(ids) == 3 and set(ids) == {"fairhome-trust"}, [(c.speaker, c.speaker_id) for c in by_id["one"].claims]
    first = by_id["two"].claims[0]
    assert first.speaker_id is None  # two studies by two authors: which one is not guessed


def test_calling_or_branding_something_a_quoted_name_is_a_claim():
    text = (
        'Shadow minister Tom Pike called the agency "a machine for losing money" but said it would survive. '
        'Ann Roe branded the new hours as a "leap in the dark". '
        "Ann Roe called for calm, and Tom Pike called a meeting. A man called Smith spoke. "
        'The two campaigners were dubbed the "Leeds Two" by Tom Pike.'
    )
    (analysis,) = nlp.analyze_many([make_article(text, "naming")])
    got = {(c.speaker_id, c.content) for c in analysis.claims}
    assert ("tom-pike", "a machine for losing money") in got, got  # the name given (session 25, as annotated)
    assert any(sid == "ann-roe" and "leap in the dark" in content for sid, content in got), got
    assert not any(w in content for _, content in got for w in ("calm", "meeting", "Smith", "Leeds Two")), got


def test_a_stance_verb_after_but_is_the_speakers_not_the_content():
    text = (
        "Mr Hale said Europe too needed to take more action but defended President Ann Roe for giving money. "
        "Mr Hale said prices rose but fell back later."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "but-defended")])
    first, second = analysis.claims
    assert first.content == "Europe too needed to take more action", first.content
    assert second.content == "prices rose but fell back later", second.content  # not a stance verb: kept


def test_a_concessive_clause_with_its_own_speaker_is_a_claim_of_its_own():
    text = (
        "Zentrix now estimates that sales have passed 4 million, although some analysts speculate that "
        "fewer than half are real. Zentrix said sales rose, although costs rose too."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "although")])
    got = [(c.speaker, c.content) for c in analysis.claims]
    assert got[0][1] == "sales have passed 4 million", got
    assert got[1] == ("some analysts", "fewer than half are real"), got
    assert got[2][1] == "sales rose, although costs rose too", got


def test_a_title_far_from_the_lead_needs_the_person_to_have_just_spoken():
    text = (
        "Budget plans were set out on Monday.\n\nTaxes will rise, officials said.\n\nMinisters met on Tuesday.\n\n"
        "Gordon Pike sets out what is seen as a rival plan. The prime minister responds by calling a meeting, "
        "and the prime minister said the plan was sound."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "far")])
    claim = next(c for c in analysis.claims if "sound" in c.content)
    assert claim.speaker_id is None, (claim.speaker, claim.speaker_id)


def test_a_further_document_named_after_the_authors_is_another_one():
    text = (
        "A recent survey by Zentrix said that sales would double. "
        "A further recent survey said that only 4% of owners would upgrade. A survey said that prices fell."
    )
    (analysis,) = nlp.analyze_many([make_article(text, "further")])
    ids = [c.speaker_id for c in analysis.claims]
    assert ids[0] == "zentrix" and ids[1:] == [None, None], [(c.speaker, c.speaker_id) for c in analysis.claims]
