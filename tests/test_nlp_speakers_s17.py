"""Speakers a reader resolves from the passage before (session 17), on sentences written for the
purpose (none copied from any corpus). A wrong speaker is worse than none.

- "she said" after a person whose first name English readers take for a woman's while the name
  list's answer over all countries is a man's ("Jan", "Jean"): the name gives no gender, so the
  pronoun may go to that person as to anyone of unknown gender.
- "the minister said" is not a person the article names only after it ("First Minister Tom
  Pell") when the passage introduced the minister before ("Ruritania's transport minister ...
  Jo Lemmer"); it stays with whom an opening description is given when nobody fits before.
- "the chairman of the Grobco Federation said" is no organisation: the person the next sentence
  opens with, named there for the first time as a speaker, or nobody.
- "The administrator said" after "administrators Tarbury & Co", "the union said" after "the
  transport union Unitas": the one organisation the article calls so, named in the paragraph or
  the one before; nobody when two are called so.
- "However, the Ruritania coach added" after the person who spoke in the sentence before, who
  holds no other role: that person; not with another verb than "added", nor when someone else in
  the article is written with the role.
- "the report said" is not written by an organisation tagged only as the end of a longer name
  ("the Bright Pelwick report", "Pelwick" tagged an organisation), as for a name tagged a person.
"""

from __future__ import annotations

from belreader.nlp.people import gender_of, pronoun_gender

from nlp_util import speaker_of

# "she" after a first name whose gender depends on the country


def test_a_name_english_readers_take_for_a_woman_gives_no_male_gender() -> None:
    assert pronoun_gender("Jan") is None
    assert gender_of(["Jan Pebworth"], []) is None


def test_a_plain_name_keeps_its_gender() -> None:
    assert pronoun_gender("John") == "m"
    assert gender_of(["Ruth Pebworth"], []) == "f"
    assert gender_of(["Jan Pebworth"], ["Mr"]) == "m"  # an honorific still settles it


BERRY = (
    "Hospitals plan criticised\n\n"
    "Ministers unveiled a plan to merge hospital trusts on Monday.\n\n"
    'Jan Pebworth said: "It is a health service, not a game to be played every year. '
    '"These changes could leave patients waiting longer for beds," she warned.'
)


def test_she_after_a_name_of_disputed_gender_is_that_person() -> None:
    assert speaker_of(BERRY, "These changes") == "jan-pebworth"


def test_she_after_a_man_stays_unresolved() -> None:
    text = BERRY.replace("Jan Pebworth", "John Pebworth")
    assert speaker_of(text, "These changes") is None


# "the minister" is someone the passage introduced before, not someone named after

MINISTER = (
    "Minister warns drivers\n\n"
    "Ruritania's transport minister has warned reckless drivers that she will take their cars.\n\n"
    "Jo Lemmer said seizure orders were one of several measures being considered. "
    "She thanked the police for their work on the roads. "
    "However, the minister said cutting deaths on rural roads was the main aim. "
    "Last week Ms Lemmer and First Minister Tom Pell met road safety groups."
)


def test_the_minister_is_not_a_minister_named_only_after() -> None:
    assert speaker_of(MINISTER, "cutting deaths") == "jo-lemmer"


def test_an_opening_description_still_goes_to_the_holder_named_next() -> None:
    text = (
        "Drivers face new fines\n\n"
        "The transport minister has told MPs that reckless drivers will lose their cars.\n\n"
        "Transport minister Jo Lemmer said seizure orders would start in May."
    )
    assert speaker_of(text, "reckless drivers") == "jo-lemmer"


# "the chairman of X" is a person, not X

CHAIRMAN = (
    "Police plan criticised\n\n"
    "The opposition unveiled plans for elected police boards on Monday.\n\n"
    "Responding to the plans, the chairman of the Ruritanian Police Guild said it was vital that "
    "chief officers kept their independence.\n\n"
    'Tom Lemmer said: "It is a service, not a prize to be fought over at every election."'
)


def test_the_chairman_of_an_organisation_is_the_person_named_next() -> None:
    assert speaker_of(CHAIRMAN, "it was vital") == "tom-lemmer"


def test_the_chairman_of_an_organisation_is_not_the_organisation() -> None:
    text = CHAIRMAN.replace('Tom Lemmer said: "It is', '"It is').replace('election."', 'election," he said.')
    assert speaker_of(text, "it was vital") is None


# "the administrator" is the one organisation the article calls so

ADMIN = (
    "Toy maker for sale\n\n"
    "Grobco Toys has been put up for sale after running out of cash.\n\n"
    "Grobco called in administrators Tarbury & Pell on Friday to find a buyer for the business. "
    "The administrator said it hoped to save most of the 200 jobs."
)


def test_the_administrator_is_the_organisation_called_so() -> None:
    assert speaker_of(ADMIN, "it hoped") == "tarbury-pell"


def test_the_administrator_is_nobody_when_two_are_called_so() -> None:
    text = ADMIN.replace("on Friday", "and administrators Lemmer Partners on Friday")
    assert speaker_of(text, "it hoped") is None


# "the coach added" after the person who spoke just before

COACH = (
    "Ruritania lose in Paris\n\n"
    "Fly-half Jo Pebworth missed four kicks in Ruritania's 18-17 defeat to France.\n\n"
    'Pebworth said he was "very disappointed" with himself. '
    'Tom Lemmer said he would "keep working on the kicking" with his squad. '
    "However, the Ruritania coach added that he would take some positives from the defeat."
)


def test_the_coach_who_adds_is_the_person_who_spoke_before() -> None:
    assert speaker_of(COACH, "he would take some positives") == "tom-lemmer"


def test_the_coach_with_another_verb_is_not_the_person_before() -> None:
    text = COACH.replace("the Ruritania coach added", "the Ruritania coach said")
    assert speaker_of(text, "he would take some positives") is None


def test_the_coach_who_adds_is_nobody_when_someone_else_is_the_coach() -> None:
    text = COACH.replace("Fly-half Jo Pebworth", "Ruritania coach Ben Tarbury saw fly-half Jo Pebworth")
    assert speaker_of(text, "he would take some positives") != "tom-lemmer"


UNION = (
    "Strike threat\n\n"
    "Bosses at Tarbury faced a strike vote on Monday. "
    "The transport union Unitas said members were angry about pay.\n\n"
    "Bosses said the vote was a mistake. Fares rose by 5% last year. "
    "The union said its members would walk out in March."
)


def test_the_union_is_the_one_organisation_called_a_union() -> None:
    assert speaker_of(UNION, "its members would walk out") == "unitas"


def test_the_union_is_nobody_when_two_are_called_unions() -> None:
    text = UNION.replace("Bosses said the vote", "The drivers' union Amicorp backed the vote. Bosses said the vote")
    assert speaker_of(text, "its members would walk out") is None


def test_the_union_is_nobody_when_another_organisation_is_named_since() -> None:
    text = UNION.replace("Bosses said the vote", "Grobco Rail said the vote")
    assert speaker_of(text, "its members would walk out") is None


def test_the_union_is_still_the_one_called_so_when_a_company_is_named_since() -> None:
    text = UNION.replace("Bosses said the vote", "The Grobco Rail Company said the vote")
    assert speaker_of(text, "its members would walk out") == "unitas"


# a document's author is no organisation whose name is the end of a longer one (either type)

REPORT = (
    "Pupils top pocket money table\n\n"
    "Pupils in Ruritania get more pocket money than any in the region, a report suggests.\n\n"
    "Children aged 8 to 15 received £520 a year on average, said market analysts Pelwick. "
    "Most of it goes on sweets and magazines, the report said.\n\n"
    "According to the Pelwick report the figure will keep rising until 2010."
)


def test_the_report_is_the_organisation_that_wrote_it() -> None:
    assert speaker_of(REPORT, "Most of it") == "pelwick"


def test_an_organisation_ending_a_longer_name_is_not_the_author() -> None:
    text = REPORT.replace("the Pelwick report", "the Bright Pelwick report")
    assert speaker_of(text, "Most of it") is None


# an office in the lead is the person the next paragraph names, when the article is about them

LEAD = (
    "Road charges defended\n\n"
    "Charging drivers by the mile is the only way to cut congestion, the transport minister has said.\n\n"
    "Ministers have been accused of punishing rural drivers. Jo Lemmer said the charges would be "
    "fair to everyone. Ms Lemmer said a trial would start in Grobford next year. "
    "Ms Lemmer added that the money raised would go on buses."
)


def test_an_office_in_the_lead_is_the_person_named_next() -> None:
    assert speaker_of(LEAD, "Charging drivers") == "jo-lemmer"


def test_an_office_in_the_lead_is_not_someone_with_another_office() -> None:
    text = LEAD.replace("Jo Lemmer said the charges", "Opposition leader Jo Lemmer said the charges")
    assert speaker_of(text, "Charging drivers") is None


def test_an_office_in_the_lead_is_not_a_person_the_article_names_less() -> None:
    text = LEAD.replace("Ms Lemmer said a trial", "Tom Pell said a trial").replace("Ms Lemmer added", "Mr Pell added")
    assert speaker_of(text, "Charging drivers") is None


def test_an_office_in_the_lead_under_a_headline_ending_in_a_quote() -> None:
    text = LEAD.replace("Road charges defended", "Minister backs 'fair charges'")
    assert speaker_of(text, "Charging drivers") == "jo-lemmer"
