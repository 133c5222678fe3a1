"""Session 39 round 2, r2c39: attribution patterns behind fresh35's claim and speaker misses, on
invented sentences.

- "..., her lawyer, Tom Pell, said.", "..., Tom Pell, her lawyer, said.": a described name set off
  by commas closing the sentence, which the parser hangs on the content's last noun
  (`shapes._TRAILING`); the name speaks, and a following "he said" is his.
- "her father, Murray": a word of kin or role right before a name gives its gender
  (`ArticleContext.gender`), so a later "she" has one candidate, the daughter.
- "announced significant oil finds", "announced job cuts": a bare plural object is a thing made
  known, no statement (`content._announced_thing`); "announced purchases of arms" (an act and its
  object), "announced plans that would ..." (a clause of the object's own, as the earlier sessions'
  tests keep) and "announced profits had doubled" (a clause) stay claims.
- "It said it was told to pay a tax, for which Grobco argues it is not liable": a relative clause
  set off by a comma whose subject is a name is that name's claim, the outer content ending before
  the comma (`parsed._relative_aside_at`), even when the name is the outer speaker; not "which he
  says" (a pronoun) nor "which police say" (unnamed).
- "A survey carried out in 2000 by Grobco Research found that X": the maker written right after a
  document phrase cut short ("A survey") is its author, a date between the participle and "by"
  too (`described._MAKER_AFTER`, `_document_author`); not two makers ("by X and Y"), nor one
  working "on its behalf" (another's survey).
- "He was sceptical that fuel cells would ...": once written as "be confident" (a doubt of X
  shown as a stance for it); taken out by mc39 (REVIEW_claims39 #4): no claim, as "sceptical of".
- 'Mr Pell was asked if he would back her. "I am sure we would ..."': the quote right after a
  question put to a named person is their answer (`paragraphs._person_subject`,
  `quotes_after_subject`); not "was asked to leave" (a request).
"""

from __future__ import annotations

from nlp_util import claims_of, placed_mentions


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def test_a_described_name_closing_the_sentence_speaks():
    text = (
        "Pop star sued\n\n"
        "The singer Ana Velt was sued on Friday by a dancer.\n\n"
        "The dancer waited two years to sue because she was trying to reach a deal with the firm, "
        "her lawyer, Tom Pell, said. The firm failed to protect her, he said."
    )
    found = _found(text)
    assert (
        "Tom Pell",
        "tom-pell",
        "The dancer waited two years to sue because she was trying to reach a deal with the firm",
    ) in found, found
    assert ("Tom Pell", "tom-pell", "The firm failed to protect her") in found, found


def test_a_name_then_its_description_closing_the_sentence_speaks():
    text = (
        "Pop star sued\n\n"
        "The singer Ana Velt was sued on Friday by a dancer.\n\n"
        "The dancer waited two years to sue, Tom Pell, her lawyer, said."
    )
    assert ("Tom Pell", "tom-pell", "The dancer waited two years to sue") in _found(text), _found(text)


def test_a_list_of_names_with_no_closing_verb_is_no_claim():
    text = (
        "Board named\n\n"
        "The club has named its new board, with the chairman, Tom Pell, and his deputy, Ann Bell, at its head."
    )
    assert not _found(text), _found(text)


def _family(kin: str) -> str:
    return (
        "Driver keeps racing\n\n"
        '"We turn nobody away," said Tom Hale, who runs the school.\n\n'
        f"When Ann Velt started racing in 1980 she was following her family - {kin}, was a champion.\n\n"
        "And it was Dorrin who modified a car for his daughter so that she could race. "
        'She drives an ordinary car with extensions on the pedals. "In a race car you need everything right," she said.'
    )


def _race_car_speaker(text: str) -> str | None:
    found = [f for f in _found(text) if "race car" in f[2]]
    assert found, _found(text)
    return found[0][1]


def test_a_word_of_kin_before_a_name_gives_its_gender():
    assert _race_car_speaker(_family("her father, Dorrin")) == "ann-velt"


def _gender(body: str) -> str | None:
    from belreader.nlp.aliases import EntityTable
    from belreader.nlp.claims import ArticleContext

    mentions = placed_mentions(body, [("Dorrin", "dorrin", "PERSON")])
    return ArticleContext("a1", body, mentions, EntityTable({})).gender("dorrin")


def test_a_word_of_kin_or_role_right_before_a_name_gives_its_gender():
    assert _gender("Ann Velt races. Her father, Dorrin, was a champion.") == "m"
    assert _gender("Ann Velt races. Spokeswoman Dorrin said so.") == "f"


def test_no_gender_from_a_word_of_no_gender_or_from_an_of_phrase():
    assert _gender("Ann Velt races. Her partner, Dorrin, was a champion.") is None
    assert _gender("Ann Velt races with the wife of Dorrin, a champion.") is None
    assert _gender("Ann Velt races. Her father, Dorrin, and her mother Dorrin were there.") is None


def _announced(what: str) -> list[tuple[str, str | None, str]]:
    return _found(f"Grobco shares up\n\nInvestors piled into Grobco after the company announced {what}.")


def test_a_bare_plural_announced_is_no_claim():
    assert not _announced("significant oil finds in Velt this year")
    assert not _announced("big job cuts at its Velt plant")


def test_an_act_with_its_object_or_a_clause_announced_stays_a_claim():
    assert _announced("purchases of sophisticated arms")
    assert _announced("plans that would cut 500 jobs")
    assert _announced("profits had doubled")


def _aside(clause: str) -> list[tuple[str, str | None, str]]:
    return _found(
        "Grobco shares fall\n\n"
        "Shares in Grobco, a Velt oil firm, fell 18% on Friday.\n\n"
        f"The company also said the government had told it to pay a production tax, {clause}."
    )


def test_a_named_relative_aside_is_its_own_claim():
    found = _aside("for which Grobco argues it is not liable")
    assert ("Grobco", "grobco", "it is not liable") in found, found
    assert "the government had told it to pay a production tax" in [f[2] for f in found], found


def test_a_relative_aside_with_a_pronoun_or_unnamed_subject_stays_inside():
    for clause in ("which he says is unfair", "which police say is unfair"):
        found = _aside(clause)
        assert not [f for f in found if f[2].startswith("is unfair")], found


def _survey(maker: str) -> str | None:
    text = f"Laptops last longer\n\nA survey {maker} found that battery life was the top complaint about laptops."
    found = [f for f in _found(text) if f[2].startswith("battery life")]
    assert found, _found(text)
    return found[0][1]


def test_the_maker_after_a_document_phrase_speaks():
    assert _survey("carried out in 2000 by Grobco Research") == "grobco-research"
    assert _survey("conducted by Grobco Research") == "grobco-research"


def test_two_makers_or_one_on_anothers_behalf_leave_a_document_phrase_unnamed():
    assert _survey("carried out by Grobco Research and Tarco") is None
    assert _survey("conducted on its behalf by Grobco Research") is None


def test_sceptical_that_is_no_confidence():
    text = "Batteries last longer\n\nTom Pell works for Grobco. He was sceptical that fuel cells would develop quickly enough."
    assert not _found(text), _found(text)


def test_sceptical_of_a_thing_is_no_claim():
    text = "Batteries last longer\n\nTom Pell works for Grobco. He was sceptical of the claims and doubtful about the plan."
    assert not _found(text), _found(text)


def _asked(question: str) -> list[tuple[str, str | None, str]]:
    return _found(
        "Party leaves door open\n\n"
        "Ann Bell spent two years in prison. Her suspension from the party has now ended.\n\n"
        f'She won damages from a newspaper. Mr Tom Pell was {question}. "I am sure we would look at that kindly."'
    )


def test_the_quote_after_a_question_put_to_a_person_is_their_answer():
    found = _asked("asked if he would say yes or no if Ms Bell applied to rejoin")
    assert [f for f in found if f[1] == "tom-pell" and f[2].startswith("I am sure")], found


def test_the_quote_after_a_request_put_to_a_person_is_not_theirs():
    found = _asked("asked to leave the hall by the chairman")
    assert not [f for f in found if f[1] == "tom-pell"], found


def _lead(second: str) -> list[tuple[str, str | None, str]]:
    return _found(
        "Party open to peer\n\n"
        "The Velt Party would deal kindly with any bid by Lord Dorn to rejoin its ranks, its chairman has said.\n\n"
        f"{second}"
    )


def test_the_one_described_is_named_next_past_a_quotation_after_the_name():
    found = _lead('Dr Tom Pell told the Velt Times there was no place for "anger" in politics.')
    assert [f for f in found if f[0] == "its chairman" and f[1] == "tom-pell"], found


def test_a_quotation_before_the_next_name_names_no_one():
    found = _lead('"There is no place for anger in politics," said Dr Tom Pell.')
    assert not [f for f in found if f[0] == "its chairman" and f[1] is not None], found
