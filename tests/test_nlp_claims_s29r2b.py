"""Claims, session 29 round 2 (b), on sentences written for the purpose (none copied from any corpus).

- "Other shops - including A, B, C, D and E - reported that ...": the examples named between the
  dashes do not make the unnamed group too long a phrase to speak.
- "Keen bus users have found that ...", "Many have shown that ...", "Some riders report that ...":
  people who tried a thing out report what they found (never "the players have found").
- "It runs at 5km/h, which its makers claim is twice as fast as X": the clause said, which the
  parser hung elsewhere, is the content; the makers speak, not the antecedent of "which".
"""

from __future__ import annotations

from nlp_util import claim_rows

_found = claim_rows("speaker speaker_id content", opening="Bus news\n\nThe new bus is late. ")


class TestExamplesBetweenDashes:
    def test_a_long_list_of_examples_keeps_the_group_as_speaker(self) -> None:
        found = _found(
            "Yet other shops - including Grobco, Tarwin, Pellmart, Vosco Mart and Dunmart - reported that "
            "winter sales were well up."
        )
        assert [(s.split(" - ")[0], c) for s, _, c in found] == [("other shops", "winter sales were well up")]


class TestPeopleWhoFound:
    def test_users_have_shown(self) -> None:
        found = _found("But eager bus users have shown that the ban is not working.")
        assert found == [("eager bus users", None, "the ban is not working")]

    def test_many_have_found(self) -> None:
        found = _found("Many have found that the depot can still be reached through a side gate.")
        assert found == [("Many", None, "the depot can still be reached through a side gate")]

    def test_readers_of_a_blog_have_found(self) -> None:
        found = _found("Readers of the Grobton blog have found that riders can still buy tickets online.")
        assert [c for _, _, c in found] == ["riders can still buy tickets online"]

    def test_present_report_that(self) -> None:
        found = _found("Some bus users in Tarwin also report that they can ride the line.")
        assert [(s, c) for s, _, c in found] == [("Some bus users in Tarwin", "they can ride the line")]

    def test_other_people_finding_is_no_claim(self) -> None:
        assert _found("The players have found that the pitch is slow.") == []

    def test_some_with_a_noun_is_no_person(self) -> None:
        assert _found("Some delays have shown that the timetable is wrong.") == []


class TestRelativeClaim:
    def test_which_its_makers_claim(self) -> None:
        found = _found("It can run at 5km/h, which its makers claim is almost twice as fast as the Zorbo.")
        assert found == [("its makers", None, "is almost twice as fast as the Zorbo")]

    def test_which_its_makers_claim_after_a_noun_object(self) -> None:
        found = _found("It holds 40 litres, which its makers claim is more than any rival.")
        assert found == [("its makers", None, "is more than any rival")]
