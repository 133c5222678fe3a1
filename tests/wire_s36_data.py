"""Session 36 (wire36): a hand-written development file of invented news paragraphs in house
styles other than the BBC's (AP, Reuters, AFP, the New York Times, the Washington Post, the
Guardian, Politico, Bloomberg). Every name is invented, except real outlets and offices.

Written and annotated by hand BEFORE belreader was run on any of it (the expectations below are
as first written; any later change is noted in a comment at the case and in REPORT_wire36.md).

Each case: `text` (the body; paragraphs separated by blank lines) and `claims`, one dict per
expected claim:
- `who`: the speaker as written; `speaker`: the resolved speaker's name ("" when unnamed);
  `speaks_for`: the body an unnamed speaker speaks for (counted right as well);
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop;
- `outlet`: the outlet's name, "" for none, None when not scored.
`none` lists sentences (substrings) that must yield no claim.
"""

from __future__ import annotations

CASES: list[dict] = [
    {  # 1 AP dateline, officials familiar
        "text": "WASHINGTON (AP) — The White House is weighing new limits on drone exports, two officials familiar "
        "with the discussions said Tuesday.",
        "claims": [
            {
                "who": "two officials familiar with the discussions",
                "speaker": "",
                "content": "The White House is weighing new limits on drone exports",
                "outlet": "",
            }
        ],
    },
    {  # 2 Reuters dateline
        "text": "MOSCOW (Reuters) - Russia will raise its export duty on wheat from next month, the Kremlin said on Tuesday.",
        "claims": [
            {
                "who": "the Kremlin",
                "speaker": "Kremlin",
                "content": "Russia will raise its export duty on wheat from next month",
                "outlet": "",
            }
        ],
    },
    {  # 3 according to a described person
        "text": "The plan would cut $40 billion from the budget, according to a person familiar with the matter.",
        "claims": [
            {
                "who": "a person familiar with the matter",
                "speaker": "",
                "content": "The plan would cut $40 billion from the budget",
                "outlet": "",
            }
        ],
    },
    {  # 4 documents reviewed by an outlet
        "text": "The company lost $2 billion last year, according to documents reviewed by The Associated Press.",
        "claims": [
            {
                "who": "documents reviewed by The Associated Press",
                "speaker": "",
                "content": "The company lost $2 billion last year",
                "outlet": None,
            }
        ],
    },
    {  # 5 AFP dateline, title before the name
        "text": "PARIS (AFP) - France will close its last three coal plants by 2027, Energy Minister Claire Dufort "
        "announced Wednesday.",
        "claims": [
            {
                "who": "Energy Minister Claire Dufort",
                "speaker": "Claire Dufort",
                "content": "France will close its last three coal plants by 2027",
                "outlet": "",
            }
        ],
    },
    {  # 6 Bloomberg people familiar, who asked not to be identified
        "text": "Grobco Inc. is exploring a sale of its shipping unit, according to people familiar with the matter, "
        "who asked not to be identified because the deliberations are private.",
        "claims": [
            {
                "who": "people familiar with the matter",
                "speaker": "",
                "content": "Grobco Inc. is exploring a sale of its shipping unit",
                "outlet": "",
            }
        ],
    },
    {  # 7 Sen., party-state tag, in a statement
        "text": "Sen. Tom Pell, R-Texas, said in a statement that the bill would hurt rural hospitals.",
        "claims": [
            {
                "who": "Sen. Tom Pell",
                "speaker": "Tom Pell",
                "content": "the bill would hurt rural hospitals",
                "outlet": "",
            }
        ],
    },
    {  # 8 Rep. (D-Calif.), told reporters
        "text": "Rep. Ana Velt (D-Calif.) told reporters on Capitol Hill that she would oppose the measure.",
        "claims": [
            {"who": "Rep. Ana Velt", "speaker": "Ana Velt", "content": "she would oppose the measure", "outlet": ""}
        ],
    },
    {  # 9 the official said, speaking on condition of anonymity
        "text": "The administration plans to announce the sanctions on Friday, the official said, speaking on condition "
        "of anonymity to discuss internal deliberations.",
        "claims": [
            {
                "who": "the official",
                "speaker": "",
                "content": "The administration plans to announce the sanctions on Friday",
                "outlet": "",
            }
        ],
    },
    {  # 10 a senior official, who spoke on condition of anonymity because ..., said
        "text": "A senior official, who spoke on condition of anonymity because he was not authorized to discuss the "
        "talks, said the two sides remained far apart.",
        "claims": [
            {"who": "A senior official", "speaker": "", "content": "the two sides remained far apart", "outlet": ""}
        ],
    },
    {  # 11 said in a court filing
        "text": "Grobco said in a court filing on Monday that the lawsuit was without merit.",
        "claims": [{"who": "Grobco", "speaker": "Grobco", "content": "the lawsuit was without merit", "outlet": ""}],
    },
    {  # 12 lawyers argued in court papers
        "text": "Lawyers for Tom Pell argued in court papers that the search warrant was invalid.",
        "claims": [
            {
                "who": "Lawyers for Tom Pell",
                "speaker": "",
                "speaks_for": "Tom Pell",
                "content": "the search warrant was invalid",
                "outlet": "",
            }
        ],
    },
    {  # 13 spokesperson said in an emailed statement, direct quote
        "text": '"We are reviewing the decision," Velt Energy spokesperson Mara Quist said in an emailed statement.',
        "claims": [
            {"who": "Mara Quist", "speaker": "Mara Quist", "content": "We are reviewing the decision", "outlet": ""}
        ],
    },
    {  # 14 wrote in a blog post
        "text": "In a blog post on Thursday, Grobco chief executive Lena Orr wrote that the company would cut 1,200 jobs.",
        "claims": [
            {"who": "Lena Orr", "speaker": "Lena Orr", "content": "the company would cut 1,200 jobs", "outlet": ""}
        ],
    },
    {  # 15 X, who ..., said
        "text": "Dale Hunt, who has run the diner in Tarbury for 30 years, said business had never been worse.",
        "claims": [
            {"who": "Dale Hunt", "speaker": "Dale Hunt", "content": "business had never been worse", "outlet": ""}
        ],
    },
    {  # 16 a paper reported that
        "text": "The Wall Street Journal reported on Sunday that the agency had ignored repeated warnings.",
        "claims": [
            {
                "who": "The Wall Street Journal",
                "speaker": "Wall Street Journal",
                "content": "the agency had ignored repeated warnings",
                "outlet": "Wall Street Journal",
            }
        ],
    },
    {  # 17 told lawmakers
        "text": "Defense Secretary Ray Cobb told lawmakers on Tuesday that the Pentagon needed $12 billion more for munitions.",
        "claims": [
            {
                "who": "Defense Secretary Ray Cobb",
                "speaker": "Ray Cobb",
                "content": "the Pentagon needed $12 billion more for munitions",
                "outlet": "",
            }
        ],
    },
    {  # 18 testified
        "text": "Federal Reserve Chair Nina Hale testified before the Senate Banking Committee that inflation remained "
        "too high.",
        "claims": [
            {"who": "Nina Hale", "speaker": "Nina Hale", "content": "inflation remained too high", "outlet": ""}
        ],
    },
    {  # 19 X's office said
        "text": "Gov. Ben Sato's office said the state would appeal the ruling.",
        "claims": [
            {
                "who": "Gov. Ben Sato's office",
                "speaker": "",
                "speaks_for": "Ben Sato",
                "content": "the state would appeal the ruling",
                "outlet": "",
            }
        ],
    },
    {  # 20 a spokesperson for X said
        "text": "A spokesperson for Grobco said the recall covered about 40,000 vehicles.",
        "claims": [
            {
                "who": "A spokesperson for Grobco",
                "speaker": "",
                "speaks_for": "Grobco",
                "content": "the recall covered about 40,000 vehicles",
                "outlet": "",
            }
        ],
    },
    {  # 21 percent, a department said Friday
        "text": "Unemployment rose to 4.2 percent in May, the Labor Department said Friday.",
        "claims": [
            {
                "who": "the Labor Department",
                "speaker": "Labor Department",
                "content": "Unemployment rose to 4.2 percent in May",
                "outlet": "",
            }
        ],
    },
    {  # 22 Guardian: "...," said X, the chief executive of Y
        "text": '"This is a betrayal of renters," said Polly Marsh, the chief executive of the housing charity Grobhome.',
        "claims": [
            {"who": "Polly Marsh", "speaker": "Polly Marsh", "content": "This is a betrayal of renters", "outlet": ""}
        ],
    },
    {  # 23 Reuters: data from the exchange showed
        "text": "Grobco's shares fell 8% in early trading, data from the exchange showed.",
        "claims": [
            {
                "who": "data from the exchange",
                "speaker": "",
                "content": "Grobco's shares fell 8% in early trading",
                "outlet": "",
            }
        ],
    },
    {  # 24 according to court documents
        "text": "Tom Pell paid the consultant $250,000 in 2019, according to court documents filed in Tarbury.",
        "claims": [
            {
                "who": "court documents filed in Tarbury",
                "speaker": "",
                "content": "Tom Pell paid the consultant $250,000 in 2019",
                "outlet": "",
            }
        ],
    },
    {  # 25 according to two U.S. officials
        "text": "The strike killed at least 12 people, according to two U.S. officials.",
        "claims": [
            {
                "who": "two U.S. officials",
                "speaker": "",
                "content": "The strike killed at least 12 people",
                "outlet": "",
            }
        ],
    },
    {  # 26 sources close to
        "text": "Velt is expected to step down before the summer, sources close to the company said.",
        "claims": [
            {
                "who": "sources close to the company",
                "speaker": "",
                "content": "Velt is expected to step down before the summer",
                "outlet": "",
            }
        ],
    },
    {  # 27 in remarks to reporters, surname after the full name
        "text": "President Ana Velt met the visiting delegation on Monday.\n\n"
        '"We will not be rushed," Velt said in remarks to reporters at the White House.',
        "claims": [{"who": "Velt", "speaker": "Ana Velt", "content": "We will not be rushed", "outlet": ""}],
    },
    {  # 28 declined to comment / did not respond: no claims
        "text": "Grobco recalled 40,000 vehicles last week.\n\nA spokesman for Grobco declined to comment. The White "
        "House did not respond to a request for comment.",
        "claims": [],
        "none": ["declined to comment", "did not respond"],
    },
    {  # 29 Speaking on CNN's programme, Sen. X, D-Ohio, said
        "text": "Speaking on CNN's State of the Union on Sunday, Sen. Carl Dunn, D-Ohio, said the deal was dead.",
        "claims": [{"who": "Sen. Carl Dunn", "speaker": "Carl Dunn", "content": "the deal was dead", "outlet": "CNN"}],
    },
    {  # 30 told The Washington Post that
        "text": "Tom Pell, a former aide, told The Washington Post that he had no regrets.",
        "claims": [
            {"who": "Tom Pell", "speaker": "Tom Pell", "content": "he had no regrets", "outlet": "Washington Post"}
        ],
    },
    {  # 31 The official, who was not authorized to speak publicly, said
        "text": "The official, who was not authorized to speak publicly, said the review would take months.",
        "claims": [{"who": "The official", "speaker": "", "content": "the review would take months", "outlet": ""}],
    },
    {  # 32 wrote on Twitter
        "text": "Gov. Tom Pell wrote on Twitter that the storm had left 200,000 homes without power.",
        "claims": [
            {
                "who": "Gov. Tom Pell",
                "speaker": "Tom Pell",
                "content": "the storm had left 200,000 homes without power",
                "outlet": None,
            }
        ],
    },
    {  # 33 AFP: told AFP by telephone
        "text": '"The situation is catastrophic," Omar Dia, a doctor at the hospital, told AFP by telephone.',
        "claims": [
            {"who": "Omar Dia", "speaker": "Omar Dia", "content": "The situation is catastrophic", "outlet": "AFP"}
        ],
    },
    {  # 34 NYT: Mr. with a stop, said in an interview
        "text": "Tom Pell, the mayor of Tarbury, has served two terms.\n\nMr. Pell said in an interview on Wednesday "
        "that he would run again.",
        "claims": [{"who": "Mr. Pell", "speaker": "Tom Pell", "content": "he would run again", "outlet": ""}],
    },
    {  # 35 Bloomberg News reported, citing people familiar
        "text": "Velt Holdings is in talks to buy Grobco for about $3 billion, Bloomberg News reported, citing people "
        "familiar with the matter.",
        "claims": [
            {
                "who": "Bloomberg News",
                # changed after the first run: was "Bloomberg News"; the outlet's news service is
                # the outlet Bloomberg, which the id names (the scorer compares ids, not names)
                "speaker": "Bloomberg",
                "content": "Velt Holdings is in talks to buy Grobco for about $3 billion",
                "outlet": "Bloomberg",
            }
        ],
    },
    {  # 36 Reuters: X, an analyst at Y, told Reuters
        "text": "Prices will keep rising into the winter, Ivan Petrov, an analyst at Grobbank, told Reuters.",
        "claims": [
            {
                "who": "Ivan Petrov",
                "speaker": "Ivan Petrov",
                "content": "Prices will keep rising into the winter",
                "outlet": "Reuters",
            }
        ],
    },
    {  # 37 AP dateline with a state, direct quote, said X
        "text": 'TARBURY, Ohio (AP) — "We lost everything," said Jean Moss, standing outside her flooded home.',
        "claims": [{"who": "Jean Moss", "speaker": "Jean Moss", "content": "We lost everything", "outlet": ""}],
    },
    {  # 38 NYT dateline without an agency, saying
        "text": "LONDON — The Bank of England raised interest rates by a quarter point on Thursday, saying inflation "
        "had proved stickier than expected.",
        "claims": [
            {
                "who": "The Bank of England",
                "speaker": "Bank of England",
                "content": "inflation had proved stickier than expected",
                "outlet": "",
            }
        ],
    },
    {  # 39 Guardian: a department spokesperson
        "text": "A Home Office spokesperson said the department did not comment on individual cases.",
        "claims": [
            {
                "who": "A Home Office spokesperson",
                "speaker": "",
                "speaks_for": "Home Office",
                "content": "the department did not comment on individual cases",
                "outlet": "",
            }
        ],
    },
    {  # 40 Politico: "...," Rep. X, D-Mich., said in a statement
        "text": '"This bill is a disaster for working families," Rep. Dan Kohl, D-Mich., said in a statement.',
        "claims": [
            {
                "who": "Rep. Dan Kohl",
                "speaker": "Dan Kohl",
                "content": "This bill is a disaster for working families",
                "outlet": "",
            }
        ],
    },
]

# A second batch, written and annotated by hand after the first batch's rules were made and
# BEFORE belreader was run on any of it (expectations as first written; changes noted at the case).
CASES += [
    {  # 41 said in an interview with a paper
        "text": "Ana Velt said in an interview with The New York Times that she would not seek a second term.",
        "claims": [
            {
                "who": "Ana Velt",
                "speaker": "Ana Velt",
                "content": "she would not seek a second term",
                "outlet": "New York Times",
            }
        ],
    },
    {  # 42 the official said on condition of anonymity, with a name before
        "text": "Tom Pell, the Grobland envoy, met rebel leaders on Sunday.\n\nThe talks had stalled over prisoner "
        "releases, an official said on condition of anonymity.",
        "claims": [
            {
                "who": "an official",
                "speaker": "",
                "content": "The talks had stalled over prisoner releases",
                "outlet": "",
            }
        ],
    },
    {  # 43 said X, a spokeswoman for Y
        "text": "The embassy will reopen next week, said Mara Quist, a spokeswoman for the State Department.",
        "claims": [
            {"who": "Mara Quist", "speaker": "Mara Quist", "content": "The embassy will reopen next week", "outlet": ""}
        ],
    },
    {  # 44 did not immediately respond: no claim
        "text": "Grobco shares fell 12 percent on Monday.\n\nThe company did not immediately respond to a request for "
        "comment.",
        "claims": [],
        "none": ["did not immediately respond"],
    },
    {  # 45 in a filing with the SEC
        "text": "Grobco said in a filing with the Securities and Exchange Commission that it expected a loss for the "
        "quarter.",
        "claims": [
            {"who": "Grobco", "speaker": "Grobco", "content": "it expected a loss for the quarter", "outlet": ""}
        ],
    },
    {  # 46 a paper reported, citing people familiar
        "text": "The Wall Street Journal reported Tuesday, citing people familiar with the matter, that Grobco was "
        "preparing to cut 2,000 jobs.",
        "claims": [
            {
                "who": "The Wall Street Journal",
                "speaker": "Wall Street Journal",
                "content": "Grobco was preparing to cut 2,000 jobs",
                "outlet": "Wall Street Journal",
            }
        ],
    },
    {  # 47 told CNBC in an interview
        "text": "Lena Orr, Grobco's chief executive, told CNBC in an interview that demand had recovered.",
        "claims": [{"who": "Lena Orr", "speaker": "Lena Orr", "content": "demand had recovered", "outlet": "CNBC"}],
    },
    {  # 48 a party-and-state description after the name
        "text": "Rep. Ana Velt, a Democrat from California, said the hearing was a waste of time.",
        "claims": [
            {"who": "Rep. Ana Velt", "speaker": "Ana Velt", "content": "the hearing was a waste of time", "outlet": ""}
        ],
    },
    {  # 49 a quote said in a phone interview, after a Ms. with a stop
        "text": "Ida Marsh, 52, runs a bakery in Tarbury.\n\n"
        '"Nobody came to help us," Ms. Marsh said in a phone interview.',
        "claims": [{"who": "Ms. Marsh", "speaker": "Ida Marsh", "content": "Nobody came to help us", "outlet": ""}],
    },
    {  # 50 a department said in a court filing late Monday
        "text": "The Justice Department said in a court filing late Monday that the documents were classified.",
        "claims": [
            {
                "who": "The Justice Department",
                # changed after the first run: was "Justice Department", which the entity table
                # knows by the canonical name below (the scorer compares ids, not names)
                "speaker": "US Department of Justice",
                "content": "the documents were classified",
                "outlet": "",
            }
        ],
    },
    {  # 51 X's lawyer, Y, said in an email
        "text": "Tom Pell's lawyer, Dan Kohl, said in an email that his client would plead not guilty.",
        "claims": [
            {"who": "Dan Kohl", "speaker": "Dan Kohl", "content": "his client would plead not guilty", "outlet": ""}
        ],
    },
    {  # 52 Mr. with an age
        "text": 'Tom Pell, 64, has farmed in Tarbury since 1980.\n\n"The drought has taken everything," Mr. Pell, 64, said.',
        "claims": [
            {"who": "Mr. Pell", "speaker": "Tom Pell", "content": "The drought has taken everything", "outlet": ""}
        ],
    },
    {  # 53 the person said, asking not to be identified
        "text": "Grobco has hired bankers to explore a sale, the person said, asking not to be identified because the "
        "matter is private.",
        "claims": [
            {"who": "the person", "speaker": "", "content": "Grobco has hired bankers to explore a sale", "outlet": ""}
        ],
    },
    {  # 54 Politico: em-dashes around a relative clause
        "text": "Tom Pell — who is running for governor — said the plan was dead.",
        "claims": [{"who": "Tom Pell", "speaker": "Tom Pell", "content": "the plan was dead", "outlet": ""}],
    },
    {  # 55 according to a statement from the company
        "text": "Grobco will close 40 stores by March, according to a statement from the company.",
        "claims": [
            {
                "who": "a statement from the company",
                "speaker": "",
                "speaks_for": "Grobco",
                "content": "Grobco will close 40 stores by March",
                "outlet": "",
            }
        ],
    },
    {  # 56 according to a data provider
        "text": "Grobco shares were down 3 percent in afternoon trading, according to FactSet.",
        "claims": [
            {
                "who": "FactSet",
                "speaker": "FactSet",
                "content": "Grobco shares were down 3 percent in afternoon trading",
                "outlet": "",
            }
        ],
    },
    {  # 57 Reuters dateline, a quote and said in a statement
        "text": 'LONDON (Reuters) - "We will fight this decision," Grobco said in a statement on Friday.',
        "claims": [{"who": "Grobco", "speaker": "Grobco", "content": "We will fight this decision", "outlet": ""}],
    },
    {  # 58 police said in a statement that
        "text": "Police said in a statement that two men had been arrested in Tarbury.",
        "claims": [{"who": "Police", "speaker": "", "content": "two men had been arrested in Tarbury", "outlet": ""}],
    },
]
