"""Session 26 (round 2): a description closed by a name in commas, on sentences written for the
purpose (none copied from any corpus).

- "The firm, Grobco, said", "The Ostland Tour's sponsor, Grobco, said": a definite (or possessed)
  description closed by an organisation's or a country's name set off by commas right before the
  verb speaks as that name.
- "The agency fighting malaria, Unmalf, said": the same where the parser hangs the name on the
  description's modifier; only for an organisation, and only when the noun it hangs on is a name:
  "The firm that bought the club, Tarko FC, said" names the club, not the firm.
- Never when a definite noun of the modifier comes right before the name ("The group that sued the
  owners, Grobco, said": the name may be the owners'), whichever noun the parser hangs it on.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_speakers = claim_rows("speaker speaker_id content", opening="Port\n\n")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The UN agency fighting Malaria, UNMALF, pointed out that nets were a good investment.", "unmalf"),
        ("The group which represents rural landlords, Grobco Lettings, said rents would rise.", "grobco-lettings"),
        ("The firm, Grobco, said rents would rise.", "grobco"),
        ("The Ostland Tour's sponsor, Grobco, said it would also give money.", "grobco"),
        ("The world's biggest rice grower, Ostland, has said it will not allow new farms.", "ostland"),
    ],
)
def test_the_name_closing_the_description_speaks(text: str, speaker: str) -> None:
    found = _speakers(text)
    assert [s for _, s, _ in found] == [speaker], found


def test_a_name_of_the_modifiers_own_noun_is_not_the_speaker() -> None:
    found = _speakers("The firm that bought the club, Tarko FC, said rents would rise.")
    assert [s for _, s, _ in found] == [None], found


@pytest.mark.parametrize(
    "text",
    [
        "The group that sued the landlords, Vantor Holdings, said rents would rise.",
        "The fans who jeered the owners, Vantor Holdings, said rents would rise.",
        "The watchdog that fined the lenders, Felba Bank, said rents would rise.",
        "The lawsuit against the club's owners, Vantor Holdings, said rents would rise.",
    ],
)
def test_a_name_after_a_definite_noun_of_the_modifier_is_not_the_speaker(text: str) -> None:
    found = _speakers(text)
    assert [s for _, s, _ in found] == [None], found
