"""One home for each concept (session 27): the verbs after a speaker's name come from one list in
kinds, which single_names widens for its own cue."""

from __future__ import annotations


def test_single_names_person_cue_widens_the_speaker_verbs_of_kinds():
    from belreader.nlp.kinds import _PERSON_AFTER as NARROW
    from belreader.nlp.kinds import SPEAKER_AFTER_VERBS
    from belreader.nlp.single_names import _PERSON_AFTER as WIDE

    assert set(SPEAKER_AFTER_VERBS) == {"said", "told", "added", "says"}
    for after in (", said", " says", "’s, told", " added", ", who"):
        assert NARROW.search(after) and WIDE.search(after), after
    # a person's own verbs, an age and a captain's mark: only the wider cue of single_names
    for after in (" joked", " sang", " admitted", " wrote", ", 27,", " (capt)"):
        assert WIDE.search(after) and not NARROW.search(after), after
    assert not WIDE.search(" announced")
