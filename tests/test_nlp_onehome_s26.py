"""One home for each concept (session 26): the written verbs of saying come from saying.py, the
passive-agent pattern from claims.vocabulary, and the names used across modules are public."""

from __future__ import annotations


def test_every_written_verb_of_saying_is_a_reporting_verb():
    from belreader.nlp.claims.vocabulary import REPORTING_LEMMAS
    from belreader.nlp.saying import AFTER_A_NAME_LEMMAS, OF_ITSELF_LEMMAS, SAYING_LEMMAS, past_forms

    assert set(AFTER_A_NAME_LEMMAS) | set(OF_ITSELF_LEMMAS) <= REPORTING_LEMMAS
    assert set(AFTER_A_NAME_LEMMAS) <= SAYING_LEMMAS
    assert past_forms(*OF_ITSELF_LEMMAS) == ["said", "added", "confirmed", "announced", "stated"]
    # the verbs outside the commonest are named, never among "all" of them
    assert "confirmed" not in past_forms()


def test_kinds_reads_the_verbs_of_saying_after_a_name_from_saying():
    from belreader.nlp.kinds import _IT_SAID_AFTER, _PERSON_AFTER

    for after in (" has confirmed that it", " stated it", " says it", " added it"):
        assert _IT_SAID_AFTER.search(after), after
    assert not _IT_SAID_AFTER.search(" warned it")
    for after in ("’s, told", ", said", " says", " added", ", who"):
        assert _PERSON_AFTER.search(after), after
    assert not _PERSON_AFTER.search(" admitted")


def test_the_verb_after_a_named_newcomer_takes_the_irregular_pasts_from_saying():
    from belreader.nlp.described import _NAME_THEN_VERB_OR_APPOSITION
    from belreader.nlp.saying import irregular_pasts

    assert irregular_pasts() == ["said", "told", "wrote", "thought"]
    for after in (" wrote", " thought", ", the head of Grobco until 2003, told", " believes", " warned"):
        assert _NAME_THEN_VERB_OR_APPOSITION.match(after), after
    assert not _NAME_THEN_VERB_OR_APPOSITION.match(", of Grobco, said")


def test_the_two_passive_agent_patterns_are_built_by_one_function():
    from belreader.nlp.claims.vocabulary import _PASSIVE_BY as WIDE
    from belreader.nlp.speakers import _PASSIVE_BY as NARROW

    # the claims' pattern: any copula, "-en" participles, up to 60 characters before the agent
    assert WIDE.search("The plan is backed by the Tarbury ")
    assert WIDE.search("The plan was later taken by ")
    # speakers': was/were/has been/have been, an "-ed" participle, at most five words before it
    assert NARROW.search("The report has been welcomed by shadow minister ")
    assert not NARROW.search("The report is welcomed by ")
    assert not NARROW.search("The report was taken by ")
    assert not NARROW.search("The report was welcomed by one two three four five six ")


def test_no_module_of_nlp_imports_a_private_name_of_another():
    """Described, speakers, entities, single_names...: what they share is public in its home (session
    27 widened this from described alone); only the claims package's own parts share private names."""
    import ast
    from pathlib import Path

    import belreader.nlp as nlp

    root = Path(nlp.__file__).parent
    private = []
    for path in sorted(root.rglob("*.py")):
        inside_claims = path.parent.name == "claims"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("belreader"):
                continue
            if inside_claims and (node.module or "").startswith("belreader.nlp.claims"):
                continue
            private += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert private == []
