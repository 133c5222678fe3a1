"""Speakers written as descriptions that a reader resolves from the whole article (session 14), on
sentences written for the purpose (none copied from any corpus).

- "the firm said" in an article about one company: that company, when it is the organisation
  named last; not when another company was named last or two companies share the article.
- "The report added" / "the Blue Book said" after "X said in its latest Blue Book report" or "An X
  team made the remarks in a report": X; not when the report is by someone else ("in a report by Y").
- "said the 24-year-old", "the Wales captain said", "The 52-year-old crooner": the one person the
  article is about (the subject of its first sentence, named most), when they are the person named
  last; not when another person was named last; "the 24-year-old" when the article gives one person that
  age ("lost to 24-year-old Greta Vance") is that person; "the Wales captain" one titled so.
- "the party leader" where another person is "a friend of the party leader": the one titled so.
- "A British researcher has suggested ... Jo Ander believes ...": the person the next sentence
  opens with, named there for the first time; not "A spokesman said ...".
- "Market analysts Plinkwise predicts" (the model missed the name there): Plinkwise, named elsewhere.
"""

from __future__ import annotations

import pytest

from nlp_util import speaker_of

COMPANY = (
    "Fernlow Foods cuts sweet adverts\n\n"
    "Fernlow Foods plans to cut back on advertising of its biscuits to children. "
    "Fernlow Foods' rival Brixham Dairies began a similar scheme last year.\n\n"
    "Fernlow Foods' new policy covers television, radio and magazines. "
    "But the firm said it would continue to advertise all its products to parents."
)


def test_the_firm_is_the_company_the_article_is_about() -> None:
    assert speaker_of(COMPANY, "it would continue") == "fernlow-foods"


def test_the_firm_after_another_company_stays_unresolved() -> None:
    text = COMPANY.replace("Fernlow Foods' new policy covers", "Brixham Dairies' new policy covers")
    assert speaker_of(text, "it would continue") is None


def test_the_firm_with_two_equal_companies_stays_unresolved() -> None:
    text = (
        "Fernlow Foods and Brixham Dairies in merger talks\n\n"
        "Fernlow Foods and Brixham Dairies are in talks about a merger. Shares rose on the news.\n\n"
        "The talks have lasted a year. But the firm said it was optimistic about the future."
    )
    assert speaker_of(text, "it was optimistic") is None


REPORT = (
    "Economy still growing\n\n"
    "Most regions saw their economy expand in December, the Central Bank of Ruritania said in its "
    "latest Blue Book report. The employment picture also improved, the bank said.\n\n"
    '"Labour markets firmed in most districts," the Blue Book said. '
    "The report added that house prices remained strong in most districts."
)


def test_the_report_is_its_authors_after_said_in_its_report() -> None:
    assert speaker_of(REPORT, "house prices") == "central-bank-of-ruritania"


def test_a_named_document_is_its_authors() -> None:
    assert speaker_of(REPORT, "Labour markets") == "central-bank-of-ruritania"


def test_a_report_by_someone_else_is_theirs_never_the_bank() -> None:
    text = REPORT.replace("said in its latest Blue Book report", "said, citing a Blue Book report by the Treasury")
    # never the bank; the Treasury, the report's named author, is right (session 16: "citing a
    # report by the Treasury" is no longer taken for the bank's content, so the name is seen)
    assert speaker_of(text, "house prices") == "hm-treasury"


def test_made_the_comments_in_a_report() -> None:
    text = (
        "Ruritania grows\n\n"
        "The Ruritanian economy started to grow in 2004, the World Lending Fund has said.\n\n"
        "The World Lending Fund made the comments in a report published after talks with the "
        'government. "The team stands ready to assist the authorities," said the report.'
    )
    assert speaker_of(text, "The team stands ready") == "world-lending-fund"


PLAYER = (
    "Hollis rules out coaching\n\n"
    "Cardiff midfielder Dai Hollis has no plans to become a coach when his playing career is over.\n\n"
    '"I am not interested in being a coach but I would like to open a school," the Wales captain said '
    "on a radio show. Hollis also said his priority was the league title with Cardiff."
)


def test_a_title_is_the_person_the_article_is_about() -> None:
    assert speaker_of(PLAYER, "I am not interested") == "dai-hollis"


def test_a_title_another_person_holds_stays_unresolved() -> None:
    text = PLAYER.replace(
        "has no plans to become a coach", "has no plans to become a coach, unlike Wales captain Gwyn Price,"
    )
    assert speaker_of(text, "I am not interested") == "gwyn-price"


AGE = (
    "Marlow beaten on comeback\n\n"
    "Anna Marlow lost to Greta Vance in an exhibition match in Ghent on Sunday.\n\n"
    "Marlow slid down the rankings after an illness in April. Marlow still won five titles last year. "
    '"Physically, I hit rock bottom," said the 24-year-old, who returns in Sydney next month.'
)


def test_an_age_is_the_person_the_article_is_about() -> None:
    assert speaker_of(AGE, "Physically") == "anna-marlow"


def test_an_age_after_another_person_is_not_the_article_subject() -> None:
    text = AGE.replace("Marlow still won five titles last year.", "Greta Vance still won five titles last year.")
    assert speaker_of(text, "Physically") == "greta-vance"


def test_an_age_given_to_another_person_is_that_person() -> None:
    text = AGE.replace("lost to Greta Vance in", "lost to 24-year-old Greta Vance in")
    assert speaker_of(text, "Physically") == "greta-vance"


def test_an_age_with_a_noun_is_the_person_the_article_is_about() -> None:
    text = (
        "Crooner plans retirement\n\n"
        "Singer Tom Varley says a new film about his life is the start of his retirement.\n\n"
        "Varley was in Berlin to launch the film. The 52-year-old crooner told reporters that he "
        "would move into a different kind of work."
    )
    assert speaker_of(text, "he would move") == "tom-varley"


def test_a_friend_of_the_leader_does_not_hold_the_leaders_title() -> None:
    text = (
        "Leader on the offensive\n\n"
        "Party leader Mark Dunmore has gone on the offensive over his immigration plans.\n\n"
        "Presenter Jane Pryce, a friend of the party leader, said he was a kind man. "
        "The party leader insists that he has been consistent on his support for the plan."
    )
    assert speaker_of(text, "he has been consistent") == "mark-dunmore"


RESEARCHER = (
    "Games help you learn\n\n"
    "Computer games could be educational, says research.\n\n"
    "A British researcher has suggested that strategy games could be a good way to teach history. "
    "Jo Ander believes that such games can teach dates better than textbooks."
)


def test_a_researcher_is_the_person_the_next_sentence_names() -> None:
    assert speaker_of(RESEARCHER, "strategy games") == "jo-ander"


def test_a_spokesman_is_not_the_person_the_next_sentence_names() -> None:
    text = RESEARCHER.replace("A British researcher", "A Ministry spokesman")
    assert speaker_of(text, "strategy games") != "jo-ander"


def test_a_researcher_named_before_is_not_introduced_next() -> None:
    text = RESEARCHER.replace("Computer games could", "Jo Ander says computer games could")
    assert speaker_of(text, "strategy games") is None


def test_role_words_before_a_missed_name() -> None:
    text = (
        "Net use to grow\n\n"
        "The country's net-using population looks set to double, says a report.\n\n"
        "Market analysts Plinkwise predicts that net users will number 300 million by 2008. "
        "Tom Hale, chief executive of Plinkwise, said the growth was driven by phones."
    )
    speaker = speaker_of(text, "net users will number")
    assert speaker == "plinkwise"


@pytest.mark.parametrize(
    "given",
    [
        "A survey by the Ruritanian Chambers of Commerce questioned 5,000 firms.",
        "The Ruritanian Chambers of Commerce's quarterly survey questioned 5,000 firms.",
    ],
)
def test_the_survey_is_the_one_the_article_gives_an_author(given: str) -> None:
    text = (
        "Exporters gloomy\n\n"
        f"Exporters are more gloomy than at any time since 2001. {given}\n\n"
        "The survey said that orders from abroad had fallen for a third quarter."
    )
    assert speaker_of(text, "orders from abroad") == "ruritanian-chambers-of-commerce"


def test_a_survey_with_two_authors_stays_unresolved() -> None:
    text = (
        "Exporters gloomy\n\n"
        "Exporters are more gloomy than at any time since 2001. A survey by the Ruritanian Chambers of "
        "Commerce questioned 5,000 firms. A second survey by the Federation of Small Traders questioned 300 shops.\n\n"
        "The survey said that orders from abroad had fallen for a third quarter."
    )
    assert speaker_of(text, "orders from abroad") is None


def test_a_nationality_the_organisations_name_lacks_is_another_organisation() -> None:
    text = (
        "Exchange talks\n\n"
        "The head of the London Stock Exchange held talks the day after a rival, Deutsche Boerse, put "
        "forward its own bid. The German exchange said it had held friendly talks."
    )
    assert speaker_of(text, "it had held friendly talks") != "london-stock-exchange"


def test_a_survey_for_someone_is_not_its_pollsters() -> None:
    text = (
        "Older voters\n\n"
        "Parties cannot take older voters for granted, says Age Concern.\n\n"
        "A survey for the charity suggests 69% of over-55s always vote in a general election.\n\n"
        "In the survey carried out by Pollwise Research, 14% of younger people said they never voted."
    )
    assert speaker_of(text, "69% of over-55s") != "pollwise-research"


def test_a_survey_deep_in_the_article_is_not_the_one_named_later() -> None:
    text = (
        "Passwords\n\n"
        "Trust in online security is falling, according to a poll.\n\n"
        "Many people use the same password for every account.\n\n"
        "Last year, a street survey found that most people would reveal their password for a sweet.\n\n"
        "In a separate survey by Lockbox Security, 80% said they were fed up with passwords."
    )
    assert speaker_of(text, "most people would reveal") is None


STANDING = (
    "Galway to stand\n\n"
    "Maverick MP Ted Galway is to stand against Labour MP Joan Prior at the next election.\n\n"
    "Mr Galway, who won libel damages on Thursday, said he would contest the seat for his new party. "
    'The Glasgow Central MP, who was expelled from Labour last year, accused Ms Prior of being a "stooge".'
)


def test_a_described_office_with_its_own_qualifiers_is_the_subject_before() -> None:
    assert speaker_of(STANDING, "Ms Prior of being") == "ted-galway"


def test_a_bare_office_is_not_the_subject_before() -> None:
    text = (
        "Mayor row\n\n"
        "Mayor Ken Lowther has refused to apologise for his remarks about a journalist.\n\n"
        "London mayor Mr Lowther says he is standing by his remarks. "
        "But the prime minister says it is time for Mr Lowther to say sorry."
    )
    assert speaker_of(text, "it is time") is None


def test_the_woman_is_not_the_man_named_before() -> None:
    text = (
        "Rapper sued\n\n"
        "Rapper Jay Stone is being sued over an alleged assault at a television studio.\n\n"
        "Jay Stone denies the claim. The woman said she was assaulted after a recording of the show."
    )
    assert speaker_of(text, "she was assaulted") is None


def test_the_panel_is_the_organisation_that_spoke_before() -> None:
    text = (
        "Murder law review\n\n"
        "Ministers will review the murder laws.\n\n"
        "In its report, the Law Reform Commission said it had found wide support for change. "
        "The panel suggested that different kinds of murder could be graded."
    )
    assert speaker_of(text, "different kinds of murder") == "law-reform-commission"


def test_the_panel_is_not_an_organisation_named_in_passing() -> None:
    text = (
        "Television future\n\n"
        "Experts met in London to discuss the future of television.\n\n"
        "The channel model might work for the younger Sonix Corp generation. "
        "But it might not suit everyone, the panel said."
    )
    assert speaker_of(text, "it might not suit") is None


def test_a_joint_report_gives_no_author() -> None:
    given = "The joint report from the Ruritanian Crop Institute and the Global Food Fund was published on Monday."
    text = (
        "Harvest up\n\n"
        f"Ruritania's harvest rose by a quarter in 2004. {given}\n\n"
        "The report said that good rains had helped farmers."
    )
    assert speaker_of(text, "good rains") is None


def test_a_report_named_by_its_full_author_is_theirs() -> None:
    text = (
        "Harvest up\n\n"
        "Ruritania's harvest rose by a quarter in 2004. The Forum for the Future report was published on Monday.\n\n"
        "The report said that good rains had helped farmers."
    )
    assert speaker_of(text, "good rains") == "forum-for-the-future"


RELATIVE = (
    "Singer on trial\n\n"
    "Meanwhile Tom Varley's mother has said she is certain her son is innocent.\n\n"
    "Mr Varley, 46, denies the charges. His mother Ann Varley told a radio station that her son was "
    'a kind man. "I know his character," she said. Describing Mr Varley as a good person, the '
    "mother-of-nine said she feared he would not get a fair trial."
)


@pytest.mark.parametrize("content", ["she is certain", "she feared"])
def test_a_relative_is_the_one_the_article_introduces(content: str) -> None:
    assert speaker_of(RELATIVE, content) == "ann-varley"


def test_a_relative_with_two_candidates_stays_unresolved() -> None:
    text = RELATIVE.replace("a kind man.", "a kind man, and her mother Jo Pell agreed.")
    assert speaker_of(text, "she is certain") is None


def test_a_gendered_description_is_not_the_subject_before_of_the_other_gender() -> None:
    text = STANDING.replace("The Glasgow Central MP,", "The Glasgow-born Scotswoman,")
    assert speaker_of(text, "Ms Prior of being") != "ted-galway"
