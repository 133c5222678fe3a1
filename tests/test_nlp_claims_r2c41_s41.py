"""Session 41 round 2, r2c41: attribution patterns behind fresh37's speaker, claim and outlet
misses, on invented sentences (none copied from any corpus).

- "Miner Eastfield Gold said ..." with the model missing the firm's name there and taking a later
  "miner Carrick Gold" for a person: the last word of a name that closes the phrase and is an
  organisation's whole name elsewhere ("Eastfield Gold") is no surname
  (`ArticleContext.body_named_by_tail`, in `person_named`); and the phrase is that organisation
  when the one word before its name opens the sentence and the article writes it in lower case
  elsewhere ("miner": a common noun) (`subjects._described_body_name`).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def _mining(first: str, second: str, lead: str = "Miner", later: str = "miner") -> str:
    return (
        "Mining firms react to ban\n\n"
        "Mining companies have reacted cautiously to Ruritania's decision to bar foreign firms from tenders.\n\n"
        f"{lead} {first} said it regretted any limit on privatisation while Velco declined to comment. "
        "Only local firms may bid.\n\n"
        f'"We regret the decision," said Tom Pell, deputy chairman of {first}. Other firms linked with '
        f"the country include Grobco and {later} {second}."
    )


def _speaker_of_regret(text: str) -> tuple[str, str | None]:
    return next((s, i) for s, i, c in _found(text) if c.startswith("it regretted"))


def test_a_firm_name_closing_the_subject_is_no_persons_surname():
    speaker, speaker_id = _speaker_of_regret(_mining("Eastfield Gold", "Carrick Gold"))
    assert speaker_id != "carrick-gold", speaker
    assert speaker_id == "eastfield-gold", (speaker, speaker_id)


def test_a_sentence_opening_descriptor_before_a_firms_name():
    assert _speaker_of_regret(_mining("Highcliff Gold", "Barrow Gold")) == ("Miner Highcliff Gold", "highcliff-gold")


def test_a_capitalised_word_never_written_in_lower_case_is_no_descriptor():
    # "Kestrel" is nowhere a common noun: "Kestrel Eastfield Gold" may be anything; not resolved by its tail
    speaker, speaker_id = _speaker_of_regret(_mining("Eastfield Gold", "Carrick Gold", lead="Kestrel", later="miner"))
    assert speaker_id not in ("eastfield-gold", "carrick-gold"), (speaker, speaker_id)


def _agency(closing: str, after: str = "") -> str:
    return (
        "Mines barred to foreign firms\n\n"
        "Ruritania will bar foreign firms from mining tenders next year.\n\n"
        f"The ownership question will be settled under the country's trade law, {closing} "
        f"{after}Observers said the move may mark a shift in policy."
    )


def test_a_clause_before_was_quoted_as_saying_by_an_agency():
    text = _agency("mines minister Tom Pell was quoted as saying by the Reuters news agency.")
    found = {(c.speaker_id, c.content.rstrip("."), tuple(c.outlets)) for c in claims_of(text)}
    assert (
        "tom-pell",
        "The ownership question will be settled under the country's trade law",
        ("reuters",),
    ) in found, found


def test_the_same_speakers_next_claim_carries_the_agency():
    text = _agency(
        "mines minister Tom Pell was quoted as saying by the Reuters news agency.",
        "No details were given, with Mr Pell suggesting that each bid may be judged on its merits. ",
    )
    found = {(c.speaker_id, c.content.rstrip("."), tuple(c.outlets)) for c in claims_of(text)}
    assert ("tom-pell", "each bid may be judged on its merits", ("reuters",)) in found, found


def test_was_quoted_as_saying_without_a_medium():
    text = _agency("mines minister Tom Pell was reported as saying.")
    found = {(c.speaker_id, c.content.rstrip("."), tuple(c.outlets)) for c in claims_of(text)}
    assert ("tom-pell", "The ownership question will be settled under the country's trade law", ()) in found, found


def test_a_clause_then_quoted_as_saying_in_the_middle_is_left_alone():
    # the passive goes on past "saying": the content after it, not the clause before (_QUOTED_BY's shape)
    text = (
        "Mines barred\n\n"
        "Ruritania will bar foreign firms from tenders.\n\n"
        "Mines minister Tom Pell was quoted as saying the ban would stay, and that bids would close."
    )
    found = {(c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)}
    assert ("tom-pell", "the ban would stay, and that bids would close") in found, found
    assert not any(content.startswith("Ruritania") for _, content in found), found


def _session(opening: str) -> str:
    return (
        "Pell to face voters\n\n"
        "Tom Pell says he will take on the issue of trust during the campaign.\n\n"
        f"{opening}, Mr Pell said he had no choice but to talk to people. Places should be there "
        "for those who wanted them, he said."
    )


def test_a_session_on_a_medium_opening_the_sentence_is_the_outlet_of_its_run():
    text = _session("During a question and answer session with young voters on Sky News")
    found = {(c.content.rstrip("."), tuple(c.outlets)) for c in claims_of(text)}
    # (a programme is reported as its broadcaster)
    assert ("he had no choice but to talk to people", ("bskyb",)) in found, found
    assert ("Places should be there for those who wanted them", ("bskyb",)) in found, found


def test_a_session_with_no_medium_gives_no_outlet():
    text = _session("During a question and answer session with young voters in Leeds")
    found = {(c.content.rstrip("."), tuple(c.outlets)) for c in claims_of(text)}
    assert ("he had no choice but to talk to people", ()) in found, found


def _hearing(sentence: str) -> str:
    return (
        "Court hears of fraud\n\n"
        "Three councillors were caught running a fraud, a court has heard.\n\n"
        f"The men deny the charges. {sentence}"
    )


def test_the_name_before_a_post_nominal_subject_speaks():
    text = _hearing("Deputy Crown Court Judge Richard Tarrow, QC told the hearing the plan could have serious effects.")
    found = {(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)}
    assert ("Richard Tarrow", "richard-tarrow", "the plan could have serious effects") in found, found


def test_a_post_nominal_with_no_name_before_it_is_left_alone():
    text = _hearing("A QC told the hearing the plan could have serious effects.")
    found = {(c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)}
    assert not any(speaker_id for speaker_id, _ in found), found


def _judged(first: str, second: str = "") -> str:
    return _hearing(
        f"{first} has indicated the whole system is under scrutiny. Deputy Crown Court Judge Richard "
        f"Tarrow told the hearing the plan could have serious effects.{second}"
    )


def _judge_of(text: str) -> str | None:
    return next(c.speaker_id for c in claims_of(text) if c.content.startswith("the whole system"))


def test_the_judge_presiding_is_the_one_judge_the_article_names_a_deputy_judge_too():
    assert _judge_of(_judged("The judge presiding")) == "richard-tarrow"
    assert _judge_of(_judged("The presiding judge")) == "richard-tarrow"
    assert _judge_of(_judged("The judge")) == "richard-tarrow"


def test_the_judge_with_two_judges_named_is_left_unresolved():
    text = _judged("The judge presiding", " Judge Ann Corby said the case would go on.")
    assert _judge_of(text) is None


def _friend(subject: str) -> str:
    return (
        "Pell ready for Boston race\n\n"
        "Ann Pell will run in Boston next month, her coach has confirmed.\n\n"
        f'"She is ready," said coach Tom Varley. {subject} revealed the 29-year-old is already aware '
        'she will face more scrutiny in Boston. "She knows it," Morrow said.'
    )


def _revealer(text: str) -> tuple[str, str | None]:
    return next((c.speaker, c.speaker_id) for c in claims_of(text) if c.content.startswith("the 29-year-old"))


def test_two_descriptions_joined_before_one_name_are_that_person():
    text = _friend("Pell's best friend and fellow distance runner Kate Morrow")
    assert _revealer(text) == ("Kate Morrow", "kate-morrow")


def test_a_name_and_a_described_name_are_two_speakers():
    speaker, speaker_id = _revealer(_friend("Tom Varley and fellow distance runner Kate Morrow"))
    assert speaker_id is None, speaker


def _dismissed(sentence: str) -> set[tuple[str | None, str]]:
    text = (
        "Pell to face voters\n\n"
        "Tom Pell says he will take on the issue of trust during the campaign.\n\n"
        f"Speaking to students, Mr Pell said he had no choice but to talk to people. {sentence}"
    )
    return {(c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)}


def test_dismissed_claims_with_the_clause_hung_on_the_verb():
    # the parser takes "plans" for the clause's verb, hung on "dismissed": still the claims' clause
    found = _dismissed("He also dismissed claims government plans to cut fees would harm colleges.")
    assert ("tom-pell", "government plans to cut fees would harm colleges") in found, found


def test_dismissed_claims_with_no_clause_of_their_own():
    found = _dismissed("He also dismissed claims he had made in his report.")
    assert not any("report" in content for _, content in found), found


def _heard(sentence: str) -> set[tuple[str, str | None, str]]:
    text = (
        "Court hears of fraud\n\n"
        "Three councillors were caught running a fraud, a court has heard.\n\n"
        f"The men deny the charges. {sentence}"
    )
    return {(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)}


def test_the_court_heard_how_opens_evidence_with_no_speaker_named():
    found = _heard("The court heard how the papers were taken to the office next morning.")
    assert ("unnamed (unresolved)", None, "the papers were taken to the office next morning") in found, found
    found = _heard("The hearing was told that the men had fled.")
    assert ("unnamed (unresolved)", None, "the men had fled") in found, found


def test_the_court_heard_evidence_is_no_claim():
    found = _heard("The court heard evidence from two police officers.")
    assert not any("officers" in content for _, _, content in found), found
