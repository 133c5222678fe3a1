"""Session 39 (wire39): a fourth hand-written file of invented news paragraphs, the second written as
a blind measurement (annotated before belreader ran on it, committed alone), harder than
`wire_s38_data` and closer to the held-out research articles: US political news in the house styles
of 2016-campaign coverage (Politico, The New York Times, The Washington Post, CNN, Fox News, The
Hill, Breitbart, AP, Reuters) -- long sentences, anonymous and group sources ("according to two
people familiar with the matter", "aides said", "a senior administration official, who spoke on
condition of anonymity because ..., said", "Republicans on the committee argued", "critics say"),
nested attribution ("X said Y told him that ..."), paraphrase and stance verbs ("has argued",
"maintained", "conceded", "dismissed ... as", "accused X of", "vowed"), tweets and posts, rally
lines, TV interviews, campaign statements, court filings, press briefings, the speaker far from
the verb, quotes split over sentences and paragraphs, and pronouns with several candidates (then
the right answer is often an unresolved speaker). Every politician, aide, donor and company is
invented; outlets, offices and places are real.

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed or when the pronoun has no one answer); `speaks_for`:
  the body or person an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop; a quote
  interrupted or continued after its attribution in one paragraph is one claim, the cut
  attribution marked " … "; after a stance verb with an object ("accused X of ...", "dismissed X
  as ...") the content is the words after the verb;
- `outlet`: the outlet's name, "" for none, None when not scored.
`none` lists sentences (substrings) that must yield no claim. In "X said Y told him that Z" the
claim is X's (the reporter has only X's word), its content "Y told him that Z".

The expectations are as first written, committed before the code ran (e10b21da); two changed after
the first run, each noted at its case and in REPORT_wire39.md (38: "She" after two people of no
given sex has no one answer; 44: the body's name written so that the scorer's slug is its id).
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- anonymous and group sources
    {  # 1 Politico: according to two people familiar with the matter, mid-sentence
        "text": "Senate Majority Leader Hollis Brandt is preparing to bring the border bill to the floor as soon as "
        "next week, according to two people familiar with the matter, a move that would force vulnerable "
        "Democrats to take a difficult vote before the midterms.",
        "claims": [
            {
                "who": "two people familiar with the matter",
                "speaker": "",
                "content": "Senate Majority Leader Hollis Brandt is preparing to bring the border bill to the floor "
                "as soon as next week",
                "outlet": "",
            }
        ],
    },
    {  # 2 NYT: a senior administration official, who spoke on condition of anonymity because ..., said
        "text": "A senior administration official, who spoke on the condition of anonymity because he was not "
        "authorized to discuss internal deliberations, said the president had not yet decided whether to "
        "veto the measure.",
        "claims": [
            {
                "who": "A senior administration official",
                "speaker": "",
                "content": "the president had not yet decided whether to veto the measure",
                "outlet": "",
            }
        ],
    },
    {  # 3 aides said (trailing, after a quote-free clause)
        "text": "The governor is expected to announce his running mate on Friday in Columbus, aides said.",
        "claims": [
            {
                "who": "aides",
                "speaker": "",
                "content": "The governor is expected to announce his running mate on Friday in Columbus",
                "outlet": "",
            }
        ],
    },
    {  # 4 Republicans on the committee argued
        "text": "Republicans on the House Oversight Committee argued that the inspector general had exceeded his "
        "authority by releasing the report before the election.",
        "claims": [
            {
                "who": "Republicans on the House Oversight Committee",
                "speaker": "",
                "content": "the inspector general had exceeded his authority by releasing the report before the "
                "election",
                "outlet": "",
            }
        ],
    },
    {  # 5 critics say, present tense, then a none about a plan
        "text": "The plan would cap Medicaid spending at 2016 levels. Critics say it would leave millions of "
        "low-income Americans without coverage.",
        "claims": [
            {
                "who": "Critics",
                "speaker": "",
                "content": "it would leave millions of low-income Americans without coverage",
                "outlet": "",
            }
        ],
        "none": ["The plan would cap Medicaid spending"],
    },
    {  # 6 polls show (a finding), a poll described without one is none
        "text": "A Quinnipiac University poll of Ohio voters was released on Wednesday.\n\n"
        "Polls show Mr. Brandt trailing his Democratic challenger by six points among independents.",
        "claims": [
            {
                "who": "Polls",
                "speaker": "",
                "content": "Mr. Brandt trailing his Democratic challenger by six points among independents",
                "outlet": "",
            }
        ],
        "none": ["A Quinnipiac University poll of Ohio voters was released"],
    },
    {  # 7 Washington Post: people ..., who spoke on the condition of anonymity to describe private conversations
        "text": "Trump campaign chairman Rick Delamar privately urged the candidate to drop his attacks on the "
        "judge, according to three people with knowledge of the conversations, who spoke on the condition of "
        "anonymity to describe private discussions.",
        "claims": [
            {
                "who": "three people with knowledge of the conversations",
                "speaker": "",
                "content": "Trump campaign chairman Rick Delamar privately urged the candidate to drop his attacks "
                "on the judge",
                "outlet": "",
            }
        ],
    },
    {  # 8 Democratic strategists say, and one of them named
        "text": "Democratic strategists in Pennsylvania say the party has neglected white working-class voters "
        "for years.\n\n"
        '"We stopped showing up in these towns, and people noticed," said Karen Oduya, a Philadelphia-based '
        "consultant who advised two Senate campaigns.",
        "claims": [
            {
                "who": "Democratic strategists in Pennsylvania",
                "speaker": "",
                "content": "the party has neglected white working-class voters for years",
                "outlet": "",
            },
            {
                "who": "Karen Oduya",
                "speaker": "Karen Oduya",
                "content": "We stopped showing up in these towns, and people noticed",
                "outlet": "",
            },
        ],
    },
    # ---- nested attribution
    {  # 9 X said Y told him that
        "text": "Rep. Tom Galloway (R-Texas) said House Speaker Wendell Marsh told him that the vote would be "
        "delayed until after the recess.",
        "claims": [
            {
                "who": "Rep. Tom Galloway",
                "speaker": "Tom Galloway",
                "content": "House Speaker Wendell Marsh told him that the vote would be delayed until after the recess",
                "outlet": "",
            }
        ],
    },
    {  # 10 X's spokeswoman said the senator believed
        "text": "Sen. Margaret Ashby's spokeswoman, Kelsey Wren, said the senator believed the nominee was "
        "qualified but had concerns about his record on voting rights.",
        "claims": [
            {
                "who": "Kelsey Wren",
                "speaker": "Kelsey Wren",
                "content": "the senator believed the nominee was qualified but had concerns about his record on "
                "voting rights",
                "outlet": "",
            }
        ],
    },
    {  # 11 according to a memo obtained by Politico, X wrote that
        "text": "According to a memo obtained by Politico, campaign manager Drew Haskins wrote that the "
        "campaign could not afford to compete in Colorado and Nevada at the same time.",
        "claims": [
            {
                "who": "Drew Haskins",
                "speaker": "Drew Haskins",
                "content": "the campaign could not afford to compete in Colorado and Nevada at the same time",
                "outlet": None,
            }
        ],
    },
    {  # 12 a memo itself, and an unnamed spokesman declined to comment (none)
        "text": "The memo, dated Aug. 3, warned that the campaign's field offices in Florida were understaffed.\n\n"
        "A spokesman for the campaign declined to comment on the memo.",
        "claims": [
            {
                "who": "The memo",
                "speaker": "",
                "content": "the campaign's field offices in Florida were understaffed",
                "outlet": "",
            }
        ],
        "none": ["declined to comment"],
    },
    # ---- stance and paraphrase verbs
    {  # 13 has argued (perfect), who-clause between
        "text": "Sen. Luis Cardenas, who has served on the Armed Services Committee since 2009, has long argued "
        "that the Pentagon wastes billions of dollars on weapons systems it does not need.",
        "claims": [
            {
                "who": "Sen. Luis Cardenas",
                "speaker": "Luis Cardenas",
                "content": "the Pentagon wastes billions of dollars on weapons systems it does not need",
                "outlet": "",
            }
        ],
    },
    {  # 14 maintained / conceded in one paragraph, one man
        "text": "Mr. Galloway has maintained that he did nothing wrong. But on Monday he conceded that he should "
        "have disclosed the loan earlier.",
        "claims": [
            {"who": "Mr. Galloway", "speaker": "Galloway", "content": "he did nothing wrong", "outlet": ""},
            {
                "who": "he",
                "speaker": "Galloway",
                "content": "he should have disclosed the loan earlier",
                "outlet": "",
            },
        ],
    },
    {  # 15 contended in a court filing, lawyers for X
        "text": "Lawyers for Gov. Ray Pruett contended in a filing on Thursday that the subpoena was politically "
        "motivated and should be quashed.",
        "claims": [
            {
                "who": "Lawyers for Gov. Ray Pruett",
                "speaker": "",
                "speaks_for": "Ray Pruett",
                "content": "the subpoena was politically motivated and should be quashed",
                "outlet": "",
            }
        ],
    },
    {  # 16 dismissed ... as
        "text": "Ms. Ashby dismissed the report as a partisan hit job.",
        "claims": [
            {
                "who": "Ms. Ashby",
                "speaker": "Ashby",
                "content": "the report as a partisan hit job",
                "outlet": "",
            }
        ],
    },
    {  # 17 accused X of
        "text": "Rep. Dolores Fenn accused the administration of hiding the true cost of the wall from Congress.",
        "claims": [
            {
                "who": "Rep. Dolores Fenn",
                "speaker": "Dolores Fenn",
                "content": "the administration of hiding the true cost of the wall from Congress",
                "outlet": "",
            }
        ],
    },
    {  # 18 suggested / predicted
        "text": "Gov. Pruett suggested on Tuesday that he might not endorse the party's nominee. He predicted "
        "that turnout in the state would fall to its lowest level in decades.",
        "claims": [
            {
                "who": "Gov. Pruett",
                "speaker": "Pruett",
                "content": "he might not endorse the party's nominee",
                "outlet": "",
            },
            {
                "who": "He",
                "speaker": "Pruett",
                "content": "turnout in the state would fall to its lowest level in decades",
                "outlet": "",
            },
        ],
    },
    {  # 19 vowed (that-clause), then pushed back on, with a quote
        "text": "Speaker Marsh vowed that the House would pass a budget before Oct. 1.\n\n"
        'Democrats pushed back on that timeline. "He has said that every year," said Rep. Fenn.',
        "claims": [
            {
                "who": "Speaker Marsh",
                "speaker": "Marsh",
                "content": "the House would pass a budget before Oct. 1",
                "outlet": "",
            },
            {"who": "Rep. Fenn", "speaker": "Fenn", "content": "He has said that every year", "outlet": ""},
        ],
        "none": ["Democrats pushed back on that timeline"],
    },
    {  # 20 called X a ..., quote
        "text": 'Mr. Delamar called the lawsuit "a desperate stunt by a failing campaign."',
        "claims": [
            {
                "who": "Mr. Delamar",
                "speaker": "Delamar",
                "content": 'the lawsuit "a desperate stunt by a failing campaign',
                "outlet": "",
            }
        ],
    },
    # ---- tweets, posts, rallies, TV, statements, filings, briefings
    {  # 21 X tweeted, quote before
        "text": '"Crooked deals, crooked candidate. Ohio deserves better!" Mr. Brandt tweeted on Sunday night.',
        "claims": [
            {
                "who": "Mr. Brandt",
                "speaker": "Brandt",
                "content": "Crooked deals, crooked candidate. Ohio deserves better!",
                "outlet": "",
            }
        ],
    },
    {  # 22 wrote on Twitter that
        "text": "Rep. Jenna Kowalski, a Michigan Democrat, wrote on Twitter that the vote was a betrayal of "
        "autoworkers.",
        "claims": [
            {
                "who": "Rep. Jenna Kowalski",
                "speaker": "Jenna Kowalski",
                "content": "the vote was a betrayal of autoworkers",
                "outlet": "",
            }
        ],
    },
    {  # 23 in a Facebook post, X said
        "text": "In a Facebook post on Monday, state Sen. Curtis Lyle said he would not seek re-election.",
        "claims": [
            {
                "who": "state Sen. Curtis Lyle",
                "speaker": "Curtis Lyle",
                "content": "he would not seek re-election",
                "outlet": "",
            }
        ],
    },
    {  # 24 rally: told the crowd in Des Moines, quote split by attribution
        "text": '"They laughed at us in 2012," Sen. Ashby told the crowd in Des Moines. "Nobody is laughing now."',
        "claims": [
            {
                "who": "Sen. Ashby",
                "speaker": "Ashby",
                "content": "They laughed at us in 2012 … Nobody is laughing now",
                "outlet": "",
            }
        ],
    },
    {  # 25 said on CNN's "State of the Union"
        "text": 'Senate Minority Leader Frank Ostrowski said on CNN\'s "State of the Union" that Democrats '
        "would not support any bill that cut Social Security.",
        "claims": [
            {
                "who": "Senate Minority Leader Frank Ostrowski",
                "speaker": "Frank Ostrowski",
                "content": "Democrats would not support any bill that cut Social Security",
                "outlet": "CNN",
            }
        ],
    },
    {  # 26 told Fox News' host
        "text": '"I am not going anywhere," Mr. Galloway told Fox News\' Bret Baier on Wednesday.',
        "claims": [
            {
                "who": "Mr. Galloway",
                "speaker": "Galloway",
                "content": "I am not going anywhere",
                "outlet": "Fox News",
            }
        ],
    },
    {  # 27 in an interview with NPR
        "text": "In an interview with NPR, Ms. Kowalski said the trade deal had cost Michigan tens of thousands "
        "of jobs.",
        "claims": [
            {
                "who": "Ms. Kowalski",
                "speaker": "Kowalski",
                "content": "the trade deal had cost Michigan tens of thousands of jobs",
                "outlet": "NPR",
            }
        ],
    },
    {  # 28 the campaign said in a statement
        "text": 'Mr. Brandt\'s campaign said in a statement that the advertisement was "false and defamatory" '
        "and demanded that stations pull it.",
        "claims": [
            {
                "who": "Mr. Brandt's campaign",
                "speaker": "",
                "speaks_for": "Brandt",
                "content": 'the advertisement was "false and defamatory"',
                "outlet": "",
            }
        ],
    },
    {  # 29 lawyers for X wrote in a filing
        "text": "Lawyers for the Republican National Committee wrote in a filing in federal court in Harrisburg "
        "that the state's new voter ID rules were unconstitutional.",
        "claims": [
            {
                "who": "Lawyers for the Republican National Committee",
                "speaker": "",
                "speaks_for": "Republican National Committee",
                "content": "the state's new voter ID rules were unconstitutional",
                "outlet": "",
            }
        ],
    },
    {  # 30 White House press secretary told reporters
        "text": "White House press secretary Dana Whitfield told reporters aboard Air Force One that the "
        "president had full confidence in his chief of staff.",
        "claims": [
            {
                "who": "White House press secretary Dana Whitfield",
                "speaker": "Dana Whitfield",
                "content": "the president had full confidence in his chief of staff",
                "outlet": "",
            }
        ],
    },
    {  # 31 AP: briefing quote, then a question (none)
        "text": 'WASHINGTON (AP) — "We are not going to negotiate through the press," Whitfield said at the '
        "daily briefing.\n\n"
        "Asked whether the president would meet the speaker this week, she said no meeting had been "
        "scheduled.",
        "claims": [
            {
                "who": "Whitfield",
                "speaker": "Whitfield",
                "content": "We are not going to negotiate through the press",
                "outlet": "",
            },
            {"who": "she", "speaker": "Whitfield", "content": "no meeting had been scheduled", "outlet": ""},
        ],
    },
    # ---- the speaker far from the verb
    {  # 32 X, who ... and who ..., said on Tuesday that
        "text": "Ron Velasquez, a Houston oilman who gave more than $2 million to Republican super PACs in 2014 "
        "and who has hosted fundraisers for three presidential candidates, said on Tuesday that he would sit "
        "out the primary.",
        "claims": [
            {
                "who": "Ron Velasquez",
                "speaker": "Ron Velasquez",
                "content": "he would sit out the primary",
                "outlet": "",
            }
        ],
    },
    {  # 33 said at the end, long appositive before
        "text": "The tax plan would add $3 trillion to the deficit over a decade, said Maya Chen, a senior fellow "
        "at the Brookings Institution who served as an economic adviser in the Obama administration.",
        "claims": [
            {
                "who": "Maya Chen",
                "speaker": "Maya Chen",
                "content": "The tax plan would add $3 trillion to the deficit over a decade",
                "outlet": "",
            }
        ],
    },
    {  # 34 title-led, the verb after a parenthetical party tag and a comma-clause
        "text": "Rep. Arthur Bell (D-Md.), the ranking Democrat on the panel, said in a statement that the "
        'hearing had been "a waste of taxpayer money from start to finish."',
        "claims": [
            {
                "who": "Rep. Arthur Bell",
                "speaker": "Arthur Bell",
                "content": 'the hearing had been "a waste of taxpayer money from start to finish',
                "outlet": "",
            }
        ],
    },
    # ---- quotes over sentences and paragraphs
    {  # 35 quote continued in the next paragraph
        "text": '"This is the most important election of our lifetimes," Gov. Pruett said at a rally in Tampa.\n\n'
        '"If we lose Florida, we lose the country."',
        "claims": [
            {
                "who": "Gov. Pruett",
                "speaker": "Pruett",
                "content": "This is the most important election of our lifetimes",
                "outlet": "",
            },
            {"who": "", "speaker": "Pruett", "content": "If we lose Florida, we lose the country", "outlet": ""},
        ],
    },
    {  # 36 partial quote woven into narration
        "text": 'Ms. Fenn said the administration had been "flying blind" on the cost of the program and that '
        "Congress had been kept in the dark.",
        "claims": [
            {
                "who": "Ms. Fenn",
                "speaker": "Fenn",
                "content": 'the administration had been "flying blind" on the cost of the program and that '
                "Congress had been kept in the dark",
                "outlet": "",
            }
        ],
    },
    {  # 37 said, with a second sentence quote without attribution in the same paragraph
        "text": '"We will win this state," Mr. Ostrowski said. "And then we will win the Senate."',
        "claims": [
            {
                "who": "Mr. Ostrowski",
                "speaker": "Ostrowski",
                "content": "We will win this state … And then we will win the Senate",
                "outlet": "",
            }
        ],
    },
    # ---- pronouns with several candidates
    {  # 38 a man and a woman, "she" is the woman
        "text": "Sen. Ashby met Gov. Pruett in Tallahassee on Friday. She said afterward that the two had agreed "
        "to campaign together in the fall.",
        "claims": [
            {
                # changed after the first run: the case gives neither "Sen. Ashby" nor "Gov. Pruett" a
                # sex (no first name, no honorific), so "She" has no one answer (was "Ashby")
                "who": "She",
                "speaker": "",
                "content": "the two had agreed to campaign together in the fall",
                "outlet": "",
            }
        ],
        "none": ["met Gov. Pruett in Tallahassee"],
    },
    {  # 39 two men, "he" has no one answer
        "text": "Mr. Galloway spoke with Mr. Delamar by phone on Thursday. He said the conversation had been cordial.",
        "claims": [{"who": "He", "speaker": "", "content": "the conversation had been cordial", "outlet": ""}],
        "none": ["spoke with Mr. Delamar by phone"],
    },
    {  # 40 two women, "she" with no one answer
        "text": "Ms. Kowalski and Ms. Fenn both voted against the amendment. She told reporters later that it "
        "was a matter of principle.",
        "claims": [{"who": "She", "speaker": "", "content": "it was a matter of principle", "outlet": ""}],
        "none": ["both voted against the amendment"],
    },
    {  # 41 a woman quoted, then a man; "he" is the man who last spoke
        "text": "Kelsey Wren, a spokeswoman for the senator, said the meeting was productive. Rick Delamar, the "
        "campaign chairman, disagreed.\n\n"
        '"It was a waste of an afternoon," he said.',
        "claims": [
            {"who": "Kelsey Wren", "speaker": "Kelsey Wren", "content": "the meeting was productive", "outlet": ""},
            {"who": "he", "speaker": "Rick Delamar", "content": "It was a waste of an afternoon", "outlet": ""},
        ],
        "none": ["disagreed"],
    },
    # ---- the Hill / Breitbart / Fox / Reuters house styles
    {  # 42 The Hill: X told The Hill
        "text": "Rep. Galloway told The Hill on Tuesday that he expected at least 20 Republicans to vote against "
        "the rule.",
        "claims": [
            {
                "who": "Rep. Galloway",
                "speaker": "Galloway",
                "content": "he expected at least 20 Republicans to vote against the rule",
                "outlet": "The Hill",
            }
        ],
    },
    {  # 43 Breitbart: X told Breitbart News in an exclusive interview
        "text": "Mr. Velasquez told Breitbart News in an exclusive interview that the party establishment had "
        '"abandoned the working man."',
        "claims": [
            {
                "who": "Mr. Velasquez",
                "speaker": "Velasquez",
                "content": 'the party establishment had "abandoned the working man',
                "outlet": "Breitbart",
            }
        ],
    },
    {  # 44 Reuters: dateline, a spokesman said in an email
        "text": "WASHINGTON (Reuters) - The U.S. Treasury will announce new sanctions on Venezuelan officials "
        "as early as Friday, a Treasury spokesman said in an email.",
        "claims": [
            {
                "who": "a Treasury spokesman",
                "speaker": "",
                # changed after the first run: the body's name written so that the scorer's slug is
                # its id (was "Treasury"), as wire_s38's case 41
                "speaks_for": "US Treasury",
                "content": "The U.S. Treasury will announce new sanctions on Venezuelan officials as early as Friday",
                "outlet": "",
            }
        ],
    },
    {  # 45 Fox: a source told Fox News
        "text": "A source close to the campaign told Fox News that Mr. Brandt would skip the third debate.",
        "claims": [
            {
                "who": "A source close to the campaign",
                "speaker": "",
                "content": "Mr. Brandt would skip the third debate",
                "outlet": "Fox News",
            }
        ],
    },
    {  # 46 NYT reported, citing people
        "text": "The New York Times reported on Saturday that the F.B.I. had opened an inquiry into the "
        "campaign's finances.",
        "claims": [
            {
                "who": "The New York Times",
                "speaker": "New York Times",
                "content": "the F.B.I. had opened an inquiry into the campaign's finances",
                "outlet": "New York Times",
            }
        ],
    },
    # ---- none sentences: acts, plans, schedules, questions
    {  # 47 schedule and an act, then the speaker
        "text": "Mr. Ostrowski will travel to Milwaukee on Monday for a roundtable with union leaders. He "
        "signed the pledge in March.\n\n"
        'Will the unions follow him? "Some will, some won\'t," said Joe Brickell, president of the '
        "Wisconsin AFL-CIO.",
        "claims": [
            {
                "who": "Joe Brickell",
                "speaker": "Joe Brickell",
                "content": "Some will, some won't",
                "outlet": "",
            }
        ],
        "none": ["will travel to Milwaukee", "He signed the pledge", "Will the unions follow him?"],
    },
    {  # 48 a donor, a question put to her, then her answer, pronoun after a man
        "text": "Lorraine Abbot, a Dallas real estate developer, has given $500,000 to Mr. Brandt's super PAC. "
        "Asked whether she had spoken with Mr. Velasquez about the race, Ms. Abbot said she had not.",
        "claims": [{"who": "Ms. Abbot", "speaker": "Lorraine Abbot", "content": "she had not", "outlet": ""}],
        "none": ["has given $500,000"],
    },
    {  # 49 a headline-like line and a plan: none; then an aide in the Post's style
        "text": "Senate to vote on spending deal\n\n"
        'The Senate plans to vote on the spending deal Thursday. The deal "is the best we could get," '
        "said one Democratic aide, who requested anonymity to speak candidly.",
        "claims": [
            {
                "who": "one Democratic aide",
                "speaker": "",
                "content": 'The deal "is the best we could get',
                "outlet": "",
            }
        ],
        "none": ["Senate to vote on spending deal", "The Senate plans to vote"],
    },
    {  # 50 said in a statement, direct quote with a speaker after, then "the statement said"
        "text": '"Today\'s ruling is a victory for every voter in Wisconsin," Attorney General Nora Pike said in '
        "a statement.\n\n"
        "The ruling would be appealed by the state legislature, the statement said.",
        "claims": [
            {
                "who": "Attorney General Nora Pike",
                "speaker": "Nora Pike",
                "content": "Today's ruling is a victory for every voter in Wisconsin",
                "outlet": "",
            },
            {
                "who": "the statement",
                "speaker": "Nora Pike",
                "content": "The ruling would be appealed by the state legislature",
                "outlet": "",
            },
        ],
    },
    {  # 51 CNN: according to a CNN tally, then "the official said" later
        "text": "At least 30 House Republicans have now called on the speaker to step down, according to a CNN "
        "tally.\n\n"
        '"The conference is in open revolt," one senior GOP official told CNN. The official said Mr. Marsh '
        "had lost the confidence of the rank and file.",
        "claims": [
            {
                "who": "a CNN tally",
                "speaker": "",
                "content": "At least 30 House Republicans have now called on the speaker to step down",
                "outlet": None,
            },
            {
                "who": "one senior GOP official",
                "speaker": "",
                "content": "The conference is in open revolt",
                "outlet": "CNN",
            },
            {
                "who": "The official",
                "speaker": "",
                "content": "Mr. Marsh had lost the confidence of the rank and file",
                "outlet": "",
            },
        ],
    },
    {  # 52 Politico Playbook: X, in a text message, said; and "X's allies believe"
        "text": 'Mr. Haskins, in a text message, said the campaign had "more than enough money" to stay on the '
        "air through November. His allies believe the attacks have backfired.",
        "claims": [
            {
                "who": "Mr. Haskins",
                "speaker": "Haskins",
                "content": 'the campaign had "more than enough money" to stay on the air through November',
                "outlet": "",
            },
            {
                "who": "His allies",
                "speaker": "",
                "content": "the attacks have backfired",
                "outlet": "",
            },
        ],
    },
]
