"""The commonest verbs of saying as raw text writes them ("said", "admits"). Their lemmas are among
`claims.vocabulary.REPORTING_LEMMAS`, the home of the reporting verbs, which a parse reads by lemma
(a test checks); patterns over raw text, in modules below the claims package (kinds) and above it
(described), need the written forms, given here. It imports no other module of the package."""

from __future__ import annotations

# a verb of saying -> its past and past participle as written (the present adds "s": "says", "tells")
_PAST = {
    "say": "said",
    "tell": "told",
    "add": "added",
    "admit": "admitted",
    "insist": "insisted",
    "explain": "explained",
    "concede": "conceded",
    "warn": "warned",
    "claim": "claimed",
    "argue": "argued",
    "suggest": "suggested",
}
SAYING_LEMMAS = frozenset(_PAST)
# more reporting verbs that a few patterns name, never among "all" the verbs of saying above: of
# stating ("has confirmed that it ..."), of writing and of thinking ("wrote" the simple past only)
_OTHER_PAST = {"confirm": "confirmed", "announce": "announced", "state": "stated", "write": "wrote", "think": "thought"}
# the named subsets some patterns read: the commonest verbs after a speaker's name ("Jo Bell said",
# "told", "added"), and those by which a body states something of itself ("Grobco said it ...",
# "has confirmed that it ...")
AFTER_A_NAME_LEMMAS = ("say", "tell", "add")
OF_ITSELF_LEMMAS = ("say", "add", "confirm", "announce", "state")


def past_forms(*lemmas: str) -> list[str]:
    """The pasts ("said", "warned") of these verbs, or of all of SAYING_LEMMAS when none is named."""
    return [(_PAST | _OTHER_PAST)[lemma] for lemma in lemmas or _PAST]


def present_forms(*lemmas: str) -> list[str]:
    """The third persons of the present ("says", "warns") of these verbs, or of all of SAYING_LEMMAS."""
    return [lemma + "s" for lemma in lemmas or _PAST]


def irregular_pasts() -> list[str]:
    """The pasts here not written with -ed ("said", "told", "wrote", "thought"): all a pattern that
    already takes any word ending in -ed needs to name."""
    return [past for past in (_PAST | _OTHER_PAST).values() if not past.endswith("ed")]
