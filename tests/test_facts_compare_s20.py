"""Differences between accounts when one account runs over more sentences than the others report
(session 20): a quotation continued ('"A," he admitted. "B. C."') quoted elsewhere only for B. The
stance, polarity and names compared are those of B. Sentences written here."""

from __future__ import annotations

from test_facts_s13b import compared, explained, kinds

# one run of quotation: a negative first sentence framed by "admitted", then two more sentences
RUN = (
    '"That is not the end of the harbour," Firefly admitted. "But I really enjoy watching the fishing boats '
    'come home at dusk. "Freedonia will rebuild the pier next spring."'
)
SAID_RUN = RUN[1:-1]
SHORT = "I really enjoy watching the fishing boats come home at dusk"


def test_a_later_sentence_of_a_run_is_compared_alone():
    comparison = compared(
        ("a", RUN, SAID_RUN, "Firefly", "rufus-firefly", {"verb": "admit", "negated": True}),
        ("b", f'"{SHORT}," Firefly said.', SHORT, "Firefly", "rufus-firefly"),
    )
    # "admitted" frames the first sentence, which the other account does not report; the shared
    # sentence says nothing in the negative; Freedonia is named in a sentence the other leaves out
    assert "stance" not in kinds(comparison), explained(comparison)
    assert "polarity" not in kinds(comparison), explained(comparison)
    assert not any("Freedonia" in d.explanation for d in comparison.differences), explained(comparison)
    assert [row.negated for row in comparison.rows] == [False, False]


def test_the_whole_run_is_compared_when_the_other_reports_its_first_sentence():
    first = "That is not the end of the harbour"
    comparison = compared(
        ("a", RUN, SAID_RUN, "Firefly", "rufus-firefly", {"verb": "admit", "negated": True}),
        ("b", f'"{first}," Firefly said of the pier.', first, "Firefly", "rufus-firefly", {"negated": True}),
    )
    # the shared part is the sentence "admitted" frames: the stance is compared ("admitted" is a
    # confirmation, "said" a report), and both are negative
    assert "stance" in kinds(comparison), explained(comparison)
    assert "polarity" not in kinds(comparison), explained(comparison)


def test_one_sentence_accounts_are_compared_whole():
    said = "the harbour was not closed"
    comparison = compared(
        ("a", f"Firefly said {said}.", said, "Firefly", "rufus-firefly", {"negated": True}),
        (
            "b",
            "Firefly said the harbour was closed on Monday.",
            "the harbour was closed on Monday",
            "Firefly",
            "rufus-firefly",
        ),
    )
    assert "polarity" in kinds(comparison), explained(comparison)


def test_a_run_that_shares_nothing_sentence_by_sentence_is_compared_whole():
    # the other account paraphrases: no sentence of the run is shared, so nothing is narrowed
    comparison = compared(
        ("a", RUN, SAID_RUN, "Firefly", "rufus-firefly", {"verb": "admit", "negated": True}),
        ("b", "Firefly said the pier will be rebuilt.", "the pier will be rebuilt", "Firefly", "rufus-firefly"),
    )
    assert "polarity" in kinds(comparison), explained(comparison)


def test_the_row_says_which_sentences_the_others_report():
    comparison = compared(
        ("a", RUN, SAID_RUN, "Firefly", "rufus-firefly", {"verb": "admit", "negated": True}),
        ("b", f'"{SHORT}," Firefly said.', SHORT, "Firefly", "rufus-firefly"),
    )
    long, short = comparison.rows
    assert [long.span[a:b] for a, b in long.shared_spans] == [f'"But {SHORT}.']
    assert short.shared_spans == []
    assert comparison.to_dict()["accounts"][0]["shared_spans"] == [list(p) for p in long.shared_spans]
