"""Session 43, attribution leftovers of session 42 (left43c), on sentences written for the purpose
(none copied from any corpus).

- "Memorial, the Russian rights group that ..., said": one capitalised word opening a sentence,
  described after its comma as a kind of body, is that body (ORG), which speaks; a person's
  description ("Petrova, the group's director") is no body's.
- A medium's report closing a sentence over a named speaker's claim is that claim's outlet, also
  after a fronted time or place phrase ("In Minsk, X said A, BelTA reported"), after a
  description set off after the name ("X, the defence minister, said A, ...") and with the kind
  of medium before its name (", the state news agency Tass reported", ", the Interfax news
  agency reported").
- "San Francisco police said": the force the article names with that place in its name, when it
  names exactly one; else the police as written.
- "told The Globe and Mail she ...": an outlet's name with "and"/"&" inside is the addressee whole.
- "told the Star" / "told The Globe": the one outlet the article names in full whose name opens
  or closes so; none when the article names two or none.
"""

from __future__ import annotations

from nlp_util import QUAY, analyse, claim_rows

_speakers = claim_rows("speaker speaker_id", opening=QUAY)
_outlets = claim_rows("speaker_id outlets content", opening=QUAY, bare=True)


class TestBodyDescribedAfterItsName:
    def test_rights_group_with_a_relative_clause(self) -> None:
        found = _speakers("Memorial, the Russian rights group that documented the arrests, said the trial was unfair.")
        assert found == [("Memorial", "memorial")]

    def test_the_body_is_an_organisation(self) -> None:
        text = "Quay\n\nThe trial ended. Memorial, the Russian rights group, said the trial was unfair."
        labels = {m.text: m.label for m in analyse(text).mentions}
        assert labels.get("Memorial") == "ORG"

    def test_a_company_based_somewhere(self) -> None:
        found = _speakers("Grobwerk, a Polish energy company based in Gdansk, said output would fall.")
        assert found == [("Grobwerk", "grobwerk")]

    def test_a_persons_description_stays_a_person(self) -> None:
        found = _speakers(
            "Olga Petrova works for a rights group in Kyiv. Petrova, the group's director, said the trial was unfair."
        )
        assert found == [("Petrova", "olga-petrova")]

    def test_an_opening_time_word_is_no_body(self) -> None:
        text = "Quay\n\nYesterday, the agency that ran the tests said the results were wrong."
        assert not any(m.label == "ORG" and m.text == "Yesterday" for m in analyse(text).mentions)

    def test_a_head_of_a_group_is_no_body(self) -> None:
        text = "Quay\n\nThe vote was held. Petrova, the head of the rights group, said the trial was unfair."
        assert not any(m.label == "ORG" and m.text == "Petrova" for m in analyse(text).mentions)


class TestMediumOverReport:
    def test_fronted_place(self) -> None:
        found = _outlets("In Minsk, Ivan Dubko said the talks had failed, BelTA reported.")
        assert found == [("ivan-dubko", ["belta"], "the talks had failed")]

    def test_fronted_time_and_title(self) -> None:
        found = _outlets(
            "On Tuesday, Belarusian President Ivan Dubko said the talks had failed, state news agency BelTA reported."
        )
        assert found == [("ivan-dubko", ["belta"], "the talks had failed")]

    def test_kind_before_the_name_after_a_described_speaker(self) -> None:
        found = _outlets(
            "Ivan Dubko, the defence minister, said the talks had failed, the state news agency Tass reported."
        )
        assert found == [("ivan-dubko", ["tass"], "the talks had failed")]

    def test_kind_after_the_name(self) -> None:
        found = _outlets("The ministry said the talks had failed, the Interfax news agency reported.")
        assert found == [(None, ["interfax"], "the talks had failed")]

    def test_the_paper_reported(self) -> None:
        found = _outlets("The mayor said the bridge would close, the Grobville Herald reported.")
        assert found == [(None, ["grobville-herald"], "the bridge would close")]

    def test_a_person_reporting_is_no_medium(self) -> None:
        found = _outlets("Tom Pell scored twice, the team's coach Ann Bell reported.")
        assert found == [("ann-bell", [], "Tom Pell scored twice")]


class TestPlacesPolice:
    def test_the_one_force_named_with_the_place(self) -> None:
        text = (
            "Quay\n\nThe San Francisco Police Department closed the street on Monday.\n\n"
            "San Francisco police said the suspect had fled."
        )
        claims = analyse(text).claims
        assert [(c.speaker, c.speaker_id) for c in claims] == [
            ("San Francisco police", "san-francisco-police-department")
        ]

    def test_a_force_of_another_place_is_not_it(self) -> None:
        text = "Quay\n\nThe Grobton Police Department opened an inquiry.\n\nPolice in Tarbury said two men had been arrested."
        claims = analyse(text).claims
        assert [(c.speaker, c.speaker_id) for c in claims] == [("Police in Tarbury", None)]

    def test_no_force_named(self) -> None:
        found = _speakers("The officers arrived at dawn. Police in Tarbury said two men had been arrested.")
        assert found == [("Police in Tarbury", None)]


class TestOutletNamesWithAnd:
    def test_the_globe_and_mail(self) -> None:
        found = _outlets("Anna Korr told The Globe and Mail she had left the company in March.")
        assert found == [("anna-korr", ["globe-and-mail"], "she had left the company in March")]

    def test_ampersand(self) -> None:
        found = _outlets("Anna Korr told Express & Star she had left the company in March.")
        assert found == [("anna-korr", ["express-and-star"], "she had left the company in March")]

    def test_a_name_the_table_lacks(self) -> None:
        found = _outlets("Anna Korr told Tatler & Bystander she had no regrets.")
        assert [content for _, _, content in found] == ["she had no regrets"]

    def test_farmers_weekly(self) -> None:
        found = _outlets("Anna Korr told Farmers Weekly the harvest was poor.")
        assert found == [("anna-korr", ["farmers-weekly"], "the harvest was poor")]

    def test_two_people_told(self) -> None:
        found = _outlets("Anna Korr told Tom Pell and Ida Varnish she had left.")
        assert found == [("anna-korr", [], "she had left")]


class TestShortFormsOfOutlets:
    def test_the_star_after_the_toronto_star(self) -> None:
        found = _outlets("The Toronto Star first reported the story. Anna Korr told the Star she had no regrets.")
        assert found == [("anna-korr", ["toronto-star"], "she had no regrets")]

    def test_the_globe_after_the_globe_and_mail(self) -> None:
        found = _outlets("The Globe and Mail ran the story. Anna Korr told The Globe she had left in March.")
        assert found == [("anna-korr", ["globe-and-mail"], "she had left in March")]

    def test_two_stars_named(self) -> None:
        found = _outlets(
            "The Toronto Star and the Daily Star both ran the story. Anna Korr told the Star she had no regrets."
        )
        assert found == [("anna-korr", [], "she had no regrets")]

    def test_none_named(self) -> None:
        found = _outlets("Anna Korr told The Globe she had left in March.")
        assert found == [("anna-korr", [], "she had left in March")]

    def test_the_short_names_mention_is_the_papers(self) -> None:
        text = "Quay\n\nThe Toronto Star first reported the story. Anna Korr told the Star she had no regrets."
        ids = {m.text: m.entity_id for m in analyse(text).mentions}
        assert ids.get("Star", "toronto-star") == "toronto-star"
        assert "star" not in {e.id for e in analyse(text).entities}

    def test_a_place_in_the_papers_name_is_not_the_paper(self) -> None:
        text = "Quay\n\nAnna Korr of Grobton told the Grobton Herald she had no regrets."
        mentions = analyse(text).mentions
        assert [m.entity_id for m in mentions if m.text == "Grobton"] != ["grobton-herald"]

    def test_a_place_owning_the_paper_is_not_the_paper(self) -> None:
        text = "Quay\n\nAnn Bell told London's Evening Standard she had no regrets."
        mentions = analyse(text).mentions
        assert [m.entity_id for m in mentions if m.text == "London"] == ["london"]
