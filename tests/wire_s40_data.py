"""Session 40 (wire40): a fifth hand-written file of invented news paragraphs, the third written as a
blind measurement (annotated before belreader ran on it, committed alone). It probes the attribution
shapes `wire_s36_data` .. `wire_s39_data` did not cover, in the house styles of US outlets (AP,
Reuters, The New York Times, The Washington Post, Politico, CNN, Fox News, NPR) over three kinds of
story: campaign and Congress coverage, a court case / investigation, and economy / business with
analysts. The shapes: an attribution after a long quote of two sentences; "X, the Y ..., said" with a
long appositive; "said X" inverted after a quote, with a long description; "in remarks to", "at a
news conference", "testified", "wrote in an op-ed", "said in a radio interview", "according to court
documents", "a report by X found", "data released by X showed", "X estimates", "analysts expect",
"X has long maintained", "X's office said", "the campaign said", "officials said privately"; belief
and stance verbs; partial quotes woven into narration; a parenthetical attribution inside the
content; reported questions; and `none` sentences (acts, plans, schedules, questions, "declined to
comment", "did not respond to a request for comment", a poll without a finding). Every person and
the companies in the stories are invented; outlets, offices, banks, data firms and places are real.

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed or when the pronoun has no one answer); `speaks_for`:
  the body or person an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop; a quote
  interrupted by its attribution in one paragraph is one claim, the cut attribution marked " … ";
  after "expect X to" the content is the words after the verb;
- `outlet`: the outlet's name, "" for none, None when not scored.
`none` lists sentences (substrings) that must yield no claim.

The expectations are as first written, committed before the code ran (f418a0f2); two changed after
the first run, each noted at its case and in REPORT_wire40.md (36 and 50: the body's name written so
that the scorer's slug matches the id the body has, "us-department-of-justice", "imf").
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- campaign and Congress
    {  # 1 AP: a two-sentence quote, then the speaker with a long appositive and "told reporters"
        "text": '"We are not going to let a handful of holdouts dictate the schedule for the entire House. The '
        'votes are there, and we will find them," House Majority Whip Dale Renshaw, a Louisiana Republican who '
        "has spent the past week meeting privately with members of the Freedom Caucus, told reporters on "
        "Tuesday.",
        "claims": [
            {
                "who": "House Majority Whip Dale Renshaw",
                "speaker": "Dale Renshaw",
                "content": "We are not going to let a handful of holdouts dictate the schedule for the entire House. "
                "The votes are there, and we will find them",
                "outlet": "",
            }
        ],
    },
    {  # 2 "said X" inverted after a long quote, with a party-state tag and a who-clause
        "text": '"The bill does nothing for families who are already struggling to pay rent, and it does even '
        'less for the people who will lose their health coverage next year," said Sen. Marisol Quintero, '
        "D-N.M., who has threatened to hold up the measure.",
        "claims": [
            {
                "who": "Sen. Marisol Quintero",
                "speaker": "Marisol Quintero",
                "content": "The bill does nothing for families who are already struggling to pay rent, and it does "
                "even less for the people who will lose their health coverage next year",
                "outlet": "",
            }
        ],
    },
    {  # 3 "X, the Y ..., said" with a long appositive, a partial quote in the content
        "text": "Grant Holloway, the former chairman of the Arizona Republican Party and a longtime ally of the "
        "governor who broke with him last year over the state's election audit, said the party had \"lost its "
        'way" on immigration.',
        "claims": [
            {
                "who": "Grant Holloway",
                "speaker": "Grant Holloway",
                "content": 'the party had "lost its way" on immigration',
                "outlet": "",
            }
        ],
    },
    {  # 4 In remarks to a group, X said
        "text": "In remarks to the National Association of Counties on Monday, Vice President Celia Montgomery "
        "said the administration would release $2 billion in delayed broadband grants by the end of the year.",
        "claims": [
            {
                "who": "Vice President Celia Montgomery",
                "speaker": "Celia Montgomery",
                "content": "the administration would release $2 billion in delayed broadband grants by the end of "
                "the year",
                "outlet": "",
            }
        ],
    },
    {  # 5 Speaking at a news conference, Gov. X said; then a reported question (none)
        "text": "Speaking at a news conference in Harrisburg, Gov. Owen Pruitt said the state could not afford "
        "to cover the transit shortfall on its own.\n\n"
        "Reporters asked Mr. Pruitt whether he would call a special session. He did not answer.",
        "claims": [
            {
                "who": "Gov. Owen Pruitt",
                "speaker": "Owen Pruitt",
                "content": "the state could not afford to cover the transit shortfall on its own",
                "outlet": "",
            }
        ],
        "none": ["Reporters asked Mr. Pruitt", "He did not answer"],
    },
    {  # 6 said in a radio interview with a station
        "text": "Rep. Leon Strickland, R-Va., said in a radio interview with WMAL on Thursday that he would not "
        "support any stopgap bill that included new money for Ukraine.",
        "claims": [
            {
                "who": "Rep. Leon Strickland",
                "speaker": "Leon Strickland",
                "content": "he would not support any stopgap bill that included new money for Ukraine",
                "outlet": "WMAL",
            }
        ],
    },
    {  # 7 wrote in an op-ed in a paper, a partial quote and a second verb of the same clause
        "text": "Sen. Ray Caldwell, R-Kan., wrote in an op-ed in The Wall Street Journal that the Federal "
        'Reserve had "lost sight of its mandate" and should stop paying interest on bank reserves.',
        "claims": [
            {
                "who": "Sen. Ray Caldwell",
                "speaker": "Ray Caldwell",
                "content": 'the Federal Reserve had "lost sight of its mandate" and should stop paying interest on '
                "bank reserves",
                "outlet": "Wall Street Journal",
            }
        ],
    },
    {  # 8 the campaign said (bare), a candidate named before
        "text": "Ms. Quintero raised $14.2 million in the third quarter. The campaign said most of the money had "
        "come from donors giving less than $200.",
        "claims": [
            {
                "who": "The campaign",
                "speaker": "",
                "speaks_for": "Quintero",
                "content": "most of the money had come from donors giving less than $200",
                "outlet": "",
            }
        ],
        "none": ["raised $14.2 million"],
    },
    {  # 9 officials said privately
        "text": "Officials said privately that the White House had all but given up on a deal before the August "
        "recess.",
        "claims": [
            {
                "who": "Officials",
                "speaker": "",
                "content": "the White House had all but given up on a deal before the August recess",
                "outlet": "",
            }
        ],
    },
    {  # 10 has told colleagues; believes (a belief verb)
        "text": "Whip Dale Renshaw has told colleagues he will stay neutral. Mr. Renshaw believes the speaker "
        "can survive a vote to remove him.",
        "claims": [
            {
                "who": "Whip Dale Renshaw",
                "speaker": "Dale Renshaw",
                "content": "he will stay neutral",
                "outlet": "",
            },
            {
                "who": "Mr. Renshaw",
                "speaker": "Dale Renshaw",
                "content": "the speaker can survive a vote to remove him",
                "outlet": "",
            },
        ],
    },
    {  # 11 has long maintained
        "text": "Sen. Marisol Quintero has long maintained that New Mexico's water rights should not be traded "
        "away in a federal spending deal.",
        "claims": [
            {
                "who": "Sen. Marisol Quintero",
                "speaker": "Marisol Quintero",
                "content": "New Mexico's water rights should not be traded away in a federal spending deal",
                "outlet": "",
            }
        ],
    },
    {  # 12 X's office said, a partial quote and a second verb
        "text": 'Sen. Ray Caldwell\'s office said the senator had been "fully briefed" and would not change his vote.',
        "claims": [
            {
                "who": "Sen. Ray Caldwell's office",
                "speaker": "",
                "speaks_for": "Ray Caldwell",
                "content": 'the senator had been "fully briefed" and would not change his vote',
                "outlet": "",
            }
        ],
    },
    {  # 13 a parenthetical attribution inside the content
        "text": 'Rep. Joan Dunleavy said the speaker had "run out of road." The speaker, she said, needed to stop '
        "pretending that the votes were there.",
        "claims": [
            {
                "who": "Rep. Joan Dunleavy",
                "speaker": "Joan Dunleavy",
                "content": 'the speaker had "run out of road',
                "outlet": "",
            },
            {
                "who": "she",
                "speaker": "Joan Dunleavy",
                "content": "The speaker … needed to stop pretending that the votes were there",
                "outlet": "",
            },
        ],
    },
    {  # 14 a poll with a finding; a poll announced without one (none)
        "text": "A new Marist poll of likely voters in Georgia will be released on Thursday.\n\n"
        "An earlier Marist poll found that 48 percent of registered voters disapproved of the way Congress was "
        "handling the budget.",
        "claims": [
            {
                "who": "An earlier Marist poll",
                "speaker": "",
                "content": "48 percent of registered voters disapproved of the way Congress was handling the budget",
                "outlet": "",
            }
        ],
        "none": ["will be released on Thursday"],
    },
    {  # 15 Asked ..., X told Politico, then a quote after a comma
        "text": "Asked on Tuesday whether she would back the deal, Rep. Joan Dunleavy told Politico, \"I haven't "
        "seen the text, and I'm not going to vote for something I haven't read.\"",
        "claims": [
            {
                "who": "Rep. Joan Dunleavy",
                "speaker": "Joan Dunleavy",
                "content": "I haven't seen the text, and I'm not going to vote for something I haven't read",
                "outlet": "Politico",
            }
        ],
    },
    {  # 16 NPR: a quote, then X said on NPR's programme
        "text": '"I think the president made a serious mistake in Helsinki," Sen. Harlan Voss of Montana said on '
        'NPR\'s "Morning Edition."',
        "claims": [
            {
                "who": "Sen. Harlan Voss",
                "speaker": "Harlan Voss",
                "content": "I think the president made a serious mistake in Helsinki",
                "outlet": "NPR",
            }
        ],
    },
    {  # 17 told Fox News Digital that, a partial quote at the end
        "text": 'Rep. Tessa Lyle, R-Fla., told Fox News Digital that the impeachment inquiry was "long overdue."',
        "claims": [
            {
                "who": "Rep. Tessa Lyle",
                "speaker": "Tessa Lyle",
                "content": 'the impeachment inquiry was "long overdue',
                "outlet": "Fox News",
            }
        ],
    },
    {  # 18 a schedule the campaign gave (a claim); did not respond to a request for comment (none)
        "text": "Sen. Harlan Voss will hold rallies in Billings and Missoula this weekend, his campaign said.\n\n"
        "A spokesman for Mr. Voss did not respond to a request for comment on the ad.",
        "claims": [
            {
                "who": "his campaign",
                "speaker": "",
                "speaks_for": "Harlan Voss",
                "content": "Sen. Harlan Voss will hold rallies in Billings and Missoula this weekend",
                "outlet": "",
            }
        ],
        "none": ["did not respond to a request for comment"],
    },
    {  # 19 declined to say (none), insisted with a partial quote
        "text": "White House press secretary Dana Whitlock declined to say whether the president would veto the "
        'bill. She insisted that talks with Senate leaders were "moving in the right direction."',
        "claims": [
            {
                "who": "She",
                "speaker": "Dana Whitlock",
                "content": 'talks with Senate leaders were "moving in the right direction',
                "outlet": "",
            }
        ],
        "none": ["declined to say"],
    },
    {  # 20 put it bluntly: a quote after a colon
        "text": 'Mr. Holloway put it bluntly: "If we lose the suburbs again, we lose the state."',
        "claims": [
            {
                "who": "Mr. Holloway",
                "speaker": "Holloway",
                "content": "If we lose the suburbs again, we lose the state",
                "outlet": "",
            }
        ],
    },
    {  # 21 In a letter to X, a group of senators wrote that
        "text": "In a letter to Transportation Secretary Gil Navarro, 14 Senate Democrats wrote that the "
        "department's new safety rules would put small trucking companies out of business.",
        "claims": [
            {
                "who": "14 Senate Democrats",
                "speaker": "",
                "content": "the department's new safety rules would put small trucking companies out of business",
                "outlet": "",
            }
        ],
    },
    {  # 22 CNN: a quote, then "said X" with a long relative clause, then "he added" with a clause
        "text": '"People here are tired of being told to wait," said Wendy Calder, who runs a food bank in '
        "Dayton, Ohio, and has seen demand double since the summer. She added that donations had fallen by "
        "a third.",
        "claims": [
            {
                "who": "Wendy Calder",
                "speaker": "Wendy Calder",
                "content": "People here are tired of being told to wait",
                "outlet": "",
            },
            {
                "who": "She",
                "speaker": "Wendy Calder",
                "content": "donations had fallen by a third",
                "outlet": "",
            },
        ],
    },
    {  # 23 NYT: a quote continued in a second paragraph, the speaker's act between (none)
        "text": "Mr. Renshaw spent Monday night on the phone with wavering members.\n\n"
        '"Nobody wants a shutdown three weeks before an election," Mr. Renshaw said in an interview. "But '
        'nobody wants to be the one who blinked, either."',
        "claims": [
            {
                "who": "Mr. Renshaw",
                "speaker": "Renshaw",
                "content": "Nobody wants a shutdown three weeks before an election … But nobody wants to be the "
                "one who blinked, either",
                "outlet": "",
            }
        ],
        "none": ["spent Monday night on the phone"],
    },
    {  # 24 Washington Post: argued in a speech on the Senate floor
        "text": "Senate Minority Leader Curtis Bowman argued in a speech on the Senate floor that the "
        "nominee's record on antitrust enforcement made him unfit to lead the agency.",
        "claims": [
            {
                "who": "Senate Minority Leader Curtis Bowman",
                "speaker": "Curtis Bowman",
                "content": "the nominee's record on antitrust enforcement made him unfit to lead the agency",
                "outlet": "",
            }
        ],
    },
    {  # 25 Republicans fear (stance verb, plural group), an act before (none)
        "text": "The House adjourned on Thursday without a vote. Many Republicans fear that a shutdown would "
        "cost them the majority.",
        "claims": [
            {
                "who": "Many Republicans",
                "speaker": "",
                "content": "a shutdown would cost them the majority",
                "outlet": "",
            }
        ],
        "none": ["The House adjourned"],
    },
    # ---- a court case and an investigation
    {  # 26 according to court documents, trailing
        "text": "NEW YORK (AP) — Hedge fund manager Victor Delgado wired more than $400,000 to a shell company in "
        "Delaware between 2019 and 2021, according to court documents unsealed on Wednesday.",
        "claims": [
            {
                "who": "court documents",
                "speaker": "",
                "content": "Hedge fund manager Victor Delgado wired more than $400,000 to a shell company in "
                "Delaware between 2019 and 2021",
                "outlet": "",
            }
        ],
    },
    {  # 27 prosecutors wrote in a sentencing memorandum, a partial quote
        "text": "Federal prosecutors in Manhattan wrote in a sentencing memorandum that Mr. Delgado had shown "
        '"no remorse whatsoever" for defrauding investors.',
        "claims": [
            {
                "who": "Federal prosecutors in Manhattan",
                "speaker": "",
                "content": 'Mr. Delgado had shown "no remorse whatsoever" for defrauding investors',
                "outlet": "",
            }
        ],
    },
    {  # 28 Testifying ..., X, the company's former controller, said
        "text": "Testifying on the third day of the trial, Lydia Kerrigan, the fund's former controller, said "
        'she had been told to "make the numbers work" before each quarterly report.\n\n'
        "Ms. Kerrigan testified that she had warned Mr. Delgado twice in writing.",
        "claims": [
            {
                "who": "Lydia Kerrigan",
                "speaker": "Lydia Kerrigan",
                "content": 'she had been told to "make the numbers work" before each quarterly report',
                "outlet": "",
            },
            {
                "who": "Ms. Kerrigan",
                "speaker": "Lydia Kerrigan",
                "content": "she had warned Mr. Delgado twice in writing",
                "outlet": "",
            },
        ],
    },
    {  # 29 a judge wrote in an opinion, with a long title
        "text": "U.S. District Judge Amelia Hartwell wrote in a 42-page opinion that the government had failed "
        "to show the documents were classified at the time they were taken.",
        "claims": [
            {
                "who": "U.S. District Judge Amelia Hartwell",
                "speaker": "Amelia Hartwell",
                "content": "the government had failed to show the documents were classified at the time they were "
                "taken",
                "outlet": "",
            }
        ],
    },
    {  # 30 a two-sentence quote, then "said X, a lawyer for Y, outside the courthouse"
        "text": '"My client made mistakes, but he is not a criminal. The government has spent three years trying '
        'to turn a bookkeeping dispute into a federal case," said Mark Feld, a lawyer for Mr. Delgado, outside '
        "the courthouse.",
        "claims": [
            {
                "who": "Mark Feld",
                "speaker": "Mark Feld",
                "content": "My client made mistakes, but he is not a criminal. The government has spent three years "
                "trying to turn a bookkeeping dispute into a federal case",
                "outlet": "",
            }
        ],
    },
    {  # 31 a report by X found
        "text": "A report by the Government Accountability Office found that the Pentagon could not account for "
        "nearly $2 billion in equipment sent to Ukraine.",
        "claims": [
            {
                "who": "A report by the Government Accountability Office",
                "speaker": "",
                "speaks_for": "Government Accountability Office",
                "content": "the Pentagon could not account for nearly $2 billion in equipment sent to Ukraine",
                "outlet": "",
            }
        ],
    },
    {  # 32 the FBI declined to comment (none); the investigation according to people briefed
        "text": "The FBI declined to comment on the investigation, citing Justice Department policy.\n\n"
        "The inquiry has focused on whether campaign funds were used to pay for Sen. Caldwell's personal "
        "travel, according to two people briefed on the inquiry.",
        "claims": [
            {
                "who": "two people briefed on the inquiry",
                "speaker": "",
                "content": "The inquiry has focused on whether campaign funds were used to pay for Sen. Caldwell's "
                "personal travel",
                "outlet": "",
            }
        ],
        "none": ["declined to comment"],
    },
    {  # 33 lawyers have argued (perfect); a grand jury's schedule (none)
        "text": "A grand jury in Fulton County is expected to hear from at least two more witnesses next week.\n\n"
        "Mr. Delgado's attorneys have argued that the search warrant was overly broad.",
        "claims": [
            {
                "who": "Mr. Delgado's attorneys",
                "speaker": "",
                "speaks_for": "Delgado",
                "content": "the search warrant was overly broad",
                "outlet": "",
            }
        ],
        "none": ["is expected to hear"],
    },
    {  # 34 a judge's reported question (none), then the prosecutor's answer
        "text": "Judge Hartwell asked prosecutors why they had waited nearly two years to bring the charges. "
        "Assistant U.S. Attorney Rachel Ober said the bank records had only arrived in March.",
        "claims": [
            {
                "who": "Assistant U.S. Attorney Rachel Ober",
                "speaker": "Rachel Ober",
                "content": "the bank records had only arrived in March",
                "outlet": "",
            }
        ],
        "none": ["asked prosecutors why"],
    },
    {  # 35 admitted, after pleading (an act)
        "text": "Thomas Pike, a former aide to the senator, pleaded guilty on Friday to obstruction. Mr. Pike "
        "admitted that he had destroyed a laptop after learning of the subpoena.",
        "claims": [
            {
                "who": "Mr. Pike",
                "speaker": "Thomas Pike",
                "content": "he had destroyed a laptop after learning of the subpoena",
                "outlet": "",
            }
        ],
        "none": ["pleaded guilty"],
    },
    {  # 36 Reuters: the Justice Department said in a statement on DAY that
        "text": "WASHINGTON (Reuters) - The Justice Department said in a statement on Friday that it would not "
        "seek the death penalty against the gunman.",
        "claims": [
            {
                "who": "The Justice Department",
                # changed after the first run: the body's name written so that the scorer's slug is
                # its id (was "Justice Department"), as wire_s39's case 44
                "speaker": "US Department of Justice",
                "content": "it would not seek the death penalty against the gunman",
                "outlet": "",
            }
        ],
    },
    {  # 37 according to the indictment, opening the sentence
        "text": "According to the indictment, Mr. Delgado used the money to buy a beach house in Montauk and "
        "two racehorses.",
        "claims": [
            {
                "who": "the indictment",
                "speaker": "",
                "content": "Mr. Delgado used the money to buy a beach house in Montauk and two racehorses",
                "outlet": "",
            }
        ],
    },
    {  # 38 the special counsel's office said; a quote after "the statement said"
        "text": "Special counsel Norah Lindgren's office said on Monday that the investigation was "
        "continuing.\n\n"
        '"No one is above the law," the statement said.',
        "claims": [
            {
                "who": "Special counsel Norah Lindgren's office",
                "speaker": "",
                "speaks_for": "Norah Lindgren",
                "content": "the investigation was continuing",
                "outlet": "",
            },
            {
                "who": "the statement",
                "speaker": "",
                "speaks_for": "Norah Lindgren",
                "content": "No one is above the law",
                "outlet": "",
            },
        ],
    },
    {  # 39 NYT: a witness told The Times, Mr. on second reference, quote split over two sentences
        "text": "Gerald Ostrander, a former trader at the fund, told The New York Times that he had raised "
        "concerns about the valuations in 2020.\n\n"
        '"I was told to mind my own business," Mr. Ostrander said. "So I did, and I regret it."',
        "claims": [
            {
                "who": "Gerald Ostrander",
                "speaker": "Gerald Ostrander",
                "content": "he had raised concerns about the valuations in 2020",
                "outlet": "New York Times",
            },
            {
                "who": "Mr. Ostrander",
                "speaker": "Gerald Ostrander",
                "content": "I was told to mind my own business … So I did, and I regret it",
                "outlet": "New York Times",
            },
        ],
    },
    {  # 40 police officials said (no that); a warrant signed (an act, none)
        "text": "Police officials said the suspect had been under surveillance for weeks before the arrest. A "
        "judge signed the search warrant on Sunday.",
        "claims": [
            {
                "who": "Police officials",
                "speaker": "",
                "content": "the suspect had been under surveillance for weeks before the arrest",
                "outlet": "",
            }
        ],
        "none": ["A judge signed the search warrant"],
    },
    # ---- economy and business with analysts
    {  # 41 data released by X showed
        "text": "Data released by the Commerce Department on Thursday showed that retail sales rose 0.7 percent "
        "in October, the biggest gain since March.",
        "claims": [
            {
                "who": "Data released by the Commerce Department",
                "speaker": "",
                "speaks_for": "Commerce Department",
                "content": "retail sales rose 0.7 percent in October, the biggest gain since March",
                "outlet": "",
            }
        ],
    },
    {  # 42 X estimates that
        "text": "Moody's Analytics estimates that the new tariffs will cost the average household about $1,200 a year.",
        "claims": [
            {
                "who": "Moody's Analytics",
                "speaker": "Moody's Analytics",
                "content": "the new tariffs will cost the average household about $1,200 a year",
                "outlet": "",
            }
        ],
    },
    {  # 43 analysts expect X to ...
        "text": "Analysts surveyed by FactSet expect Tallis Motors to report a loss of 42 cents a share.",
        "claims": [
            {
                "who": "Analysts surveyed by FactSet",
                "speaker": "",
                "content": "Tallis Motors to report a loss of 42 cents a share",
                "outlet": "",
            }
        ],
    },
    {  # 44 "said X, chief economist at Y in CITY" after a long quote
        "text": '"Consumers are still spending, but they are trading down, and that tells you the lower half of '
        'the income distribution is under real strain," said Priya Natarajan, chief U.S. economist at Halbrook '
        "Capital in New York.",
        "claims": [
            {
                "who": "Priya Natarajan",
                "speaker": "Priya Natarajan",
                "content": "Consumers are still spending, but they are trading down, and that tells you the lower "
                "half of the income distribution is under real strain",
                "outlet": "",
            }
        ],
    },
    {  # 45 Speaking at an investor conference, CEO X said, a partial quote
        "text": "Speaking at an investor conference in New York on Tuesday, Tallis Motors Chief Executive Brenda "
        'Kroll said demand for electric pickups had "fallen off a cliff" since the tax credit expired.',
        "claims": [
            {
                "who": "Tallis Motors Chief Executive Brenda Kroll",
                "speaker": "Brenda Kroll",
                "content": 'demand for electric pickups had "fallen off a cliff" since the tax credit expired',
                "outlet": "",
            }
        ],
    },
    {  # 46 the company has long maintained; shares fell (none)
        "text": "Shares of Corvane Foods fell 4 percent in afternoon trading. The company has long maintained "
        "that its prices reflect higher costs for grain and fuel, not a lack of competition.",
        "claims": [
            {
                "who": "The company",
                "speaker": "Corvane Foods",
                "content": "its prices reflect higher costs for grain and fuel, not a lack of competition",
                "outlet": "",
            }
        ],
        "none": ["Shares of Corvane Foods fell"],
    },
    {  # 47 said in an interview with Bloomberg Television that
        "text": "Ken Arbogast, chief investment officer at Redline Partners, said in an interview with Bloomberg "
        'Television that bond markets were "pricing in a recession that may never come."',
        "claims": [
            {
                "who": "Ken Arbogast",
                "speaker": "Ken Arbogast",
                "content": 'bond markets were "pricing in a recession that may never come',
                "outlet": "Bloomberg",
            }
        ],
    },
    {  # 48 a schedule (none), a clause then "X, an economist at Y, told NPR"
        "text": "The Agriculture Department will publish its farm income forecast on Friday.\n\n"
        "Farmers in Iowa are bracing for a third straight year of falling prices, Lena Hartig, an economist at "
        "Iowa State University, told NPR.",
        "claims": [
            {
                "who": "Lena Hartig",
                "speaker": "Lena Hartig",
                "content": "Farmers in Iowa are bracing for a third straight year of falling prices",
                "outlet": "NPR",
            }
        ],
        "none": ["will publish its farm income forecast"],
    },
    {  # 49 the Fed chair at a news conference, a long quote
        "text": '"We are prepared to adjust the stance of policy as appropriate if risks emerge that could '
        'impede the attainment of our goals," Fed Chair Rowan Ashcombe said at a news conference after the '
        "decision.",
        "claims": [
            {
                "who": "Fed Chair Rowan Ashcombe",
                "speaker": "Rowan Ashcombe",
                "content": "We are prepared to adjust the stance of policy as appropriate if risks emerge that could "
                "impede the attainment of our goals",
                "outlet": "",
            }
        ],
    },
    {  # 50 the IMF warned in a report released DAY, a partial quote
        "text": "The International Monetary Fund warned in a report released Tuesday that rising government "
        'debt in the United States posed "a growing risk" to global financial stability.',
        "claims": [
            {
                "who": "The International Monetary Fund",
                # changed after the first run: the scorer's slug of the body's id (was "International
                # Monetary Fund"), as case 36
                "speaker": "IMF",
                "content": 'rising government debt in the United States posed "a growing risk" to global financial '
                "stability",
                "outlet": "",
            }
        ],
    },
    {  # 51 investors asking (a question, none); economists polled by Reuters had expected
        "text": "Investors are asking whether the rally can last. Economists polled by Reuters had forecast that "
        "payrolls would rise by 180,000.",
        "claims": [
            {
                "who": "Economists polled by Reuters",
                "speaker": "",
                "content": "payrolls would rise by 180,000",
                "outlet": "",
            }
        ],
        "none": ["Investors are asking"],
    },
    {  # 52 the company said in a statement to The Associated Press, then did not respond (none)
        "text": "Corvane Foods said in a statement to The Associated Press that it had done nothing wrong. The "
        "Federal Trade Commission did not immediately respond to a request for comment.",
        "claims": [
            {
                "who": "Corvane Foods",
                "speaker": "Corvane Foods",
                "content": "it had done nothing wrong",
                "outlet": "Associated Press",
            }
        ],
        "none": ["did not immediately respond"],
    },
    {  # 53 Washington Post: people familiar, "asking not to be named because the talks are private"
        "text": "Tallis Motors is in talks to sell its battery unit to a South Korean supplier, said two people "
        "familiar with the matter, who asked not to be named because the talks are private.",
        "claims": [
            {
                "who": "two people familiar with the matter",
                "speaker": "",
                "content": "Tallis Motors is in talks to sell its battery unit to a South Korean supplier",
                "outlet": "",
            }
        ],
    },
    {  # 54 a second reference by surname with "acknowledged" after a quote; and "he predicted"
        "text": "Brenda Kroll, the chief executive of Tallis Motors, said the company would cut 2,000 jobs. "
        '"This is the hardest decision I have made here," Ms. Kroll acknowledged. She predicted that the unit '
        "would return to profit by 2027.",
        "claims": [
            {
                "who": "Brenda Kroll",
                "speaker": "Brenda Kroll",
                "content": "the company would cut 2,000 jobs",
                "outlet": "",
            },
            {
                "who": "Ms. Kroll",
                "speaker": "Brenda Kroll",
                "content": "This is the hardest decision I have made here",
                "outlet": "",
            },
            {
                "who": "She",
                "speaker": "Brenda Kroll",
                "content": "the unit would return to profit by 2027",
                "outlet": "",
            },
        ],
    },
    {  # 55 "according to estimates compiled by LSEG", opening clause with a figure
        "text": "Profit at the six biggest U.S. banks is expected to fall 8 percent in the fourth quarter, "
        "according to estimates compiled by LSEG.",
        "claims": [
            {
                "who": "estimates compiled by LSEG",
                "speaker": "",
                "content": "Profit at the six biggest U.S. banks is expected to fall 8 percent in the fourth quarter",
                "outlet": "",
            }
        ],
    },
    {  # 56 a firm's economists, "led by X," said in a note to clients
        "text": "Goldman Sachs economists, led by Petra Vilhelm, said in a note to clients that they now saw a 35 "
        "percent chance of a recession next year.",
        "claims": [
            {
                "who": "Goldman Sachs economists",
                "speaker": "",
                "speaks_for": "Goldman Sachs",
                "content": "they now saw a 35 percent chance of a recession next year",
                "outlet": "",
            }
        ],
    },
    {  # 57 Politico: X's spokeswoman, Y, said in a statement, a partial quote and a second verb
        "text": "Sen. Harlan Voss's spokeswoman, Tamsin Brody, said in a statement that the senator had "
        '"never met" Mr. Delgado and would return the contribution.',
        "claims": [
            {
                "who": "Tamsin Brody",
                "speaker": "Tamsin Brody",
                "content": 'the senator had "never met" Mr. Delgado and would return the contribution',
                "outlet": "",
            }
        ],
    },
    {  # 58 the White House has said (perfect, no "that"); a group contends that
        "text": "The White House has said the tariffs are a negotiating tool. Many economists contend that the "
        "levies will not bring factory jobs back.",
        "claims": [
            {
                "who": "The White House",
                "speaker": "White House",
                "content": "the tariffs are a negotiating tool",
                "outlet": "",
            },
            {
                "who": "Many economists",
                "speaker": "",
                "content": "the levies will not bring factory jobs back",
                "outlet": "",
            },
        ],
    },
]
