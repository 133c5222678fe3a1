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


def past_forms(*lemmas: str) -> list[str]:
    """The pasts ("said", "warned") of these verbs of saying, or of all of them when none is named."""
    return [_PAST[lemma] for lemma in lemmas or _PAST]


def present_forms(*lemmas: str) -> list[str]:
    """The third persons of the present ("says", "warns") of these verbs, or of all of them."""
    return [lemma + "s" for lemma in lemmas or _PAST]
