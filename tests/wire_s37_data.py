"""Session 37 (wire37): a second hand-written development file of invented news paragraphs in
house styles other than the BBC's, in shapes session 36's `wire_s36_data` did not cover: US
financial papers and wires (the Wall Street Journal, Dow Jones, Bloomberg markets), Canadian papers
and the Canadian Press, features and magazines (present-tense "says", quotes running over several
paragraphs, "tells me", "recalls"), interview transcripts, press releases, opinion, live blogs,
social posts, and Penn Treebank-style quote marks (``...''). Every name is invented, except real
outlets and offices.

Written and annotated by hand BEFORE belreader was run on any of it (the expectations below are
as first written; any later change is noted in a comment at the case and in REPORT_wire37.md).

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed); `speaks_for`: the body an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop (a
  quote interrupted by its attribution in one paragraph is one claim whose content runs over it;
  changed after the first run: the cut attribution is marked " … ", cases 31 and 43);
- `outlet`: the outlet's name, "" for none, None when not scored.
`none` lists sentences (substrings) that must yield no claim.
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- US financial papers and wires
    {  # 1 WSJ: trailing "said X, an analyst at Y"
        "text": "Demand for memory chips will stay weak through the summer, said Tom Pell, an analyst at Velt "
        "Securities.",
        "claims": [
            {
                "who": "Tom Pell",
                "speaker": "Tom Pell",
                "content": "Demand for memory chips will stay weak through the summer",
                "outlet": "",
            }
        ],
    },
    {  # 2 WSJ: "Ms." with a stop on second reference after a quote
        "text": "Ana Velt became Grobco's finance chief in March.\n\n"
        '"We are not going to chase volume at any price," Ms. Velt said.',
        "claims": [
            {
                "who": "Ms. Velt",
                "speaker": "Ana Velt",
                "content": "We are not going to chase volume at any price",
                "outlet": "",
            }
        ],
    },
    {  # 3 a brokerage estimates that
        "text": "Velt Securities estimates that Grobco's margins will shrink by two percentage points next year.",
        "claims": [
            {
                "who": "Velt Securities",
                "speaker": "Velt Securities",
                "content": "Grobco's margins will shrink by two percentage points next year",
                "outlet": "",
            }
        ],
    },
    {  # 4 the company said in a securities filing (trailing)
        "text": "Grobco expects to take a $300 million charge in the fourth quarter, the company said in a "
        "securities filing Thursday.",
        "claims": [
            {
                "who": "the company",
                "speaker": "Grobco",
                "content": "Grobco expects to take a $300 million charge in the fourth quarter",
                "outlet": "",
            }
        ],
    },
    {  # 5 earnings call: told analysts on a conference call
        "text": '"Orders picked up sharply in the last six weeks," Lena Orr, Grobco\'s chief executive, told '
        "analysts on a conference call.",
        "claims": [
            {
                "who": "Lena Orr",
                "speaker": "Lena Orr",
                "content": "Orders picked up sharply in the last six weeks",
                "outlet": "",
            }
        ],
    },
    {  # 6 On a call with analysts, Chief Financial Officer X said
        "text": "On a call with analysts, Chief Financial Officer Dan Kohl said the company expected prices to "
        "stabilize in the second half.",
        "claims": [
            {
                "who": "Chief Financial Officer Dan Kohl",
                "speaker": "Dan Kohl",
                "content": "the company expected prices to stabilize in the second half",
                "outlet": "",
            }
        ],
    },
    {  # 7 Mr. X told analysts that
        "text": "Grobco's finance chief, Dan Kohl, joined the company in 2019.\n\n"
        "Mr. Kohl told analysts that the company would buy back $2 billion of stock this year.",
        "claims": [
            {
                "who": "Mr. Kohl",
                "speaker": "Dan Kohl",
                "content": "the company would buy back $2 billion of stock this year",
                "outlet": "",
            }
        ],
    },
    {  # 8 FIRM analyst X wrote in a note to clients that
        "text": "Velt Securities analyst Tom Pell wrote in a note to clients that the stock was undervalued.",
        "claims": [
            {
                "who": "Velt Securities analyst Tom Pell",
                "speaker": "Tom Pell",
                "content": "the stock was undervalued",
                "outlet": "",
            }
        ],
    },
    {  # 9 according to Dow Jones Market Data
        "text": "Grobco's stock has fallen 30% this year, according to Dow Jones Market Data.",
        "claims": [
            {
                "who": "Dow Jones Market Data",
                "speaker": "Dow Jones",
                "content": "Grobco's stock has fallen 30% this year",
                "outlet": None,
            }
        ],
    },
    {  # 10 markets narration with a participle: no claim
        "text": "Grobco shares rose 4% to $31.20 in New York, giving the company a market value of about $12 billion.",
        "claims": [],
        "none": ["giving the company"],
    },
    {  # 11 Bloomberg markets: curly quotes, said X, TITLE at FIRM in CITY
        "text": "\u201cThe market is pricing in too many cuts,\u201d said Ana Velt, chief investment strategist at "
        "Grobbank Asset Management in New York.",
        "claims": [
            {
                "who": "Ana Velt",
                "speaker": "Ana Velt",
                "content": "The market is pricing in too many cuts",
                "outlet": "",
            }
        ],
    },
    {  # 12 BANK analysts including X wrote in a report
        "text": "Oil prices could climb above $100 a barrel by winter, Grobbank analysts including Tom Pell wrote "
        "in a report Monday.",
        "claims": [
            {
                "who": "Grobbank analysts including Tom Pell",
                "speaker": "",
                "speaks_for": "Grobbank",
                "content": "Oil prices could climb above $100 a barrel by winter",
                "outlet": "",
            }
        ],
    },
    {  # 13 the company said; didn't respond (contracted): no claim
        "text": "Grobco said its sales in China fell 12% in the quarter. A Grobco spokeswoman didn't respond to a "
        "request for comment on the figures.",
        "claims": [
            {
                "who": "Grobco",
                "speaker": "Grobco",
                "content": "its sales in China fell 12% in the quarter",
                "outlet": "",
            }
        ],
        "none": ["didn't respond"],
    },
    {  # 14 COMPANY Chief Executive X said DAY that
        "text": "Grobco Chief Executive Lena Orr said Tuesday that the company would spin off its chemicals unit.",
        "claims": [
            {
                "who": "Grobco Chief Executive Lena Orr",
                "speaker": "Lena Orr",
                "content": "the company would spin off its chemicals unit",
                "outlet": "",
            }
        ],
    },
    {  # 15 "Mr." after a quote, acknowledged
        "text": 'Dan Kohl ran the unit until 2021.\n\n"It was a mistake to expand so fast," Mr. Kohl acknowledged.',
        "claims": [
            {"who": "Mr. Kohl", "speaker": "Dan Kohl", "content": "It was a mistake to expand so fast", "outlet": ""}
        ],
    },
    # ---- Canadian papers and the Canadian Press
    {  # 16 said X, a spokesperson for the ministry
        "text": "The province will hire 500 more nurses by the fall, said Ana Velt, a spokesperson for the Ministry "
        "of Health.",
        "claims": [
            {
                "who": "Ana Velt",
                "speaker": "Ana Velt",
                "content": "The province will hire 500 more nurses by the fall",
                "outlet": "",
            }
        ],
    },
    {  # 17 Premier X told reporters at Queen's Park that
        "text": "Premier Marc Tremblay told reporters at Queen's Park that the budget would be balanced by 2026.",
        "claims": [
            {
                "who": "Premier Marc Tremblay",
                "speaker": "Marc Tremblay",
                "content": "the budget would be balanced by 2026",
                "outlet": "",
            }
        ],
    },
    {  # 18 French name, told CBC News that
        "text": "Jean-Fran\u00e7ois B\u00e9langer, the mayor of Tarbury, told CBC News that the water was safe to drink.",
        "claims": [
            {
                "who": "Jean-Fran\u00e7ois B\u00e9langer",
                "speaker": "Jean-Fran\u00e7ois B\u00e9langer",
                "content": "the water was safe to drink",
                "outlet": "CBC",
            }
        ],
    },
    {  # 19 Conservative MP X said
        "text": "Conservative MP Pierre Lavoie said the carbon tax was hurting families in rural Quebec.",
        "claims": [
            {
                "who": "Conservative MP Pierre Lavoie",
                "speaker": "Pierre Lavoie",
                "content": "the carbon tax was hurting families in rural Quebec",
                "outlet": "",
            }
        ],
    },
    {  # 20 Liberal MP X told The Canadian Press that
        "text": "Liberal MP Ana Velt told The Canadian Press that the party would not back the motion.",
        "claims": [
            {
                "who": "Liberal MP Ana Velt",
                "speaker": "Ana Velt",
                "content": "the party would not back the motion",
                "outlet": "Canadian Press",
            }
        ],
    },
    {  # 21 In an interview with the Toronto Star, PROVINCE's minister, X, said
        "text": "In an interview with the Toronto Star, Ontario's housing minister, Tom Pell, said rents had risen "
        "faster than wages.",
        "claims": [
            {
                "who": "Tom Pell",
                "speaker": "Tom Pell",
                "content": "rents had risen faster than wages",
                "outlet": "Toronto Star",
            }
        ],
    },
    {  # 22 the RCMP said in a news release (trailing)
        "text": "Two men have been charged with fraud, the RCMP said in a news release Tuesday.",
        "claims": [
            {"who": "the RCMP", "speaker": "RCMP", "content": "Two men have been charged with fraud", "outlet": ""}
        ],
    },
    {  # 23 Globe and Mail: Ms. on second reference, testified with no clause
        "text": "Marie-Claude Gagnon, the deputy minister, testified before the committee last week.\n\n"
        "Ms. Gagnon said the ministry had not been told of the delays.",
        "claims": [
            {
                "who": "Ms. Gagnon",
                "speaker": "Marie-Claude Gagnon",
                "content": "the ministry had not been told of the delays",
                "outlet": "",
            }
        ],
        "none": ["testified before the committee"],
    },
    {  # 24 Chief X told CBC Radio's The Current
        "text": '"We were never consulted," Chief Ruth Morin told CBC Radio\'s The Current on Monday.',
        "claims": [
            {"who": "Chief Ruth Morin", "speaker": "Ruth Morin", "content": "We were never consulted", "outlet": "CBC"}
        ],
    },
    {  # 25 A spokesperson for Premier X said
        "text": "A spokesperson for Premier Marc Tremblay said the government would review the report.",
        "claims": [
            {
                "who": "A spokesperson for Premier Marc Tremblay",
                "speaker": "",
                "speaks_for": "Marc Tremblay",
                "content": "the government would review the report",
                "outlet": "",
            }
        ],
    },
    {  # 26 per cent, according to Statistics Canada
        "text": "Canada's economy grew at an annualized rate of 1.7 per cent in the third quarter, according to "
        "Statistics Canada.",
        "claims": [
            {
                "who": "Statistics Canada",
                "speaker": "Statistics Canada",
                "content": "Canada's economy grew at an annualized rate of 1.7 per cent in the third quarter",
                "outlet": "",
            }
        ],
    },
    {  # 27 Crown prosecutor X told the court that
        "text": "Crown prosecutor Ana Velt told the court that the accused had fled the scene.",
        "claims": [
            {
                "who": "Crown prosecutor Ana Velt",
                "speaker": "Ana Velt",
                "content": "the accused had fled the scene",
                "outlet": "",
            }
        ],
    },
    {  # 28 told The Globe and Mail that
        "text": "Ana Velt, a former auditor, told The Globe and Mail that the agency had lost track of the files.",
        "claims": [
            {
                "who": "Ana Velt",
                "speaker": "Ana Velt",
                "content": "the agency had lost track of the files",
                "outlet": "Globe and Mail",
            }
        ],
    },
    {  # 29 Premier with an accented name, said PLACE would not
        "text": "Premier Luc B\u00e9rub\u00e9 said Quebec would not sign the accord.",
        "claims": [
            {
                "who": "Premier Luc B\u00e9rub\u00e9",
                "speaker": "Luc B\u00e9rub\u00e9",
                "content": "Quebec would not sign the accord",
                "outlet": "",
            }
        ],
    },
    # ---- features and magazines
    {  # 30 a long quote, "she says" after it
        "text": "Ida Marsh runs the last diner on Main Street.\n\n"
        '"When the plant closed, the whole town just stopped. People sold their houses for whatever they '
        'could get, and a lot of them never came back," she says.',
        "claims": [
            {
                "who": "she",
                "speaker": "Ida Marsh",
                "content": "When the plant closed, the whole town just stopped. People sold their houses for whatever "
                "they could get, and a lot of them never came back",
                "outlet": "",
            }
        ],
    },
    {  # 31 a quote running over two paragraphs (no closing mark at the end of the first)
        "text": "Tom Pell was 19 when he started at the mill.\n\n"
        '"We worked twelve-hour shifts, six days a week," he says. "Nobody complained, because there was '
        "nothing else.\n\n"
        '"Then one morning the gates were locked. No letter, no warning. Just a chain on the gate."',
        "claims": [
            {
                "who": "he",
                "speaker": "Tom Pell",
                # changed after the first run: was the words running over the attribution ('... a week,"
                # he says. "Nobody ...'); a claim's content leaves the cut attribution out, marked " … "
                # (records.Claim.content; this file's header: "without attribution")
                "content": "We worked twelve-hour shifts, six days a week … Nobody complained, because there was "
                "nothing else",
                "outlet": "",
            },
            {
                "who": "",
                "speaker": "Tom Pell",
                "content": "Then one morning the gates were locked. No letter, no warning. Just a chain on the gate",
                "outlet": "",
            },
        ],
    },
    {  # 32 X tells me over coffee
        "text": "Tom Pell has spent two decades in the legislature.\n\n"
        '"I never wanted to be a politician," Pell tells me over coffee in Tarbury.',
        "claims": [
            {"who": "Pell", "speaker": "Tom Pell", "content": "I never wanted to be a politician", "outlet": ""}
        ],
    },
    {  # 33 recalls that; then a quote, she recalls
        "text": 'Ana Velt recalls that the first winter was the hardest. "We burned the furniture to keep warm," '
        "she recalls.",
        "claims": [
            {"who": "Ana Velt", "speaker": "Ana Velt", "content": "the first winter was the hardest", "outlet": ""},
            {"who": "she", "speaker": "Ana Velt", "content": "We burned the furniture to keep warm", "outlet": ""},
        ],
    },
    {  # 34 Asked ..., she laughs. "...," she says.
        "text": "Ana Velt left the council in 2019.\n\n"
        'Asked whether she would run again, Velt laughs. "Not a chance," she says.',
        "claims": [{"who": "she", "speaker": "Ana Velt", "content": "Not a chance", "outlet": ""}],
        "none": ["Velt laughs"],
    },
    {  # 35 The Economist: says X, an economist at Y (curly quotes)
        "text": "\u201cThe reforms have stalled,\u201d says Tom Pell, an economist at Grobbank.",
        "claims": [{"who": "Tom Pell", "speaker": "Tom Pell", "content": "The reforms have stalled", "outlet": ""}],
    },
    {  # 36 The Economist: Mr (no stop) reckons that
        "text": "Tom Pell used to run the central bank's research department.\n\n"
        "Mr Pell reckons that the currency is 20% overvalued.",
        "claims": [
            {"who": "Mr Pell", "speaker": "Tom Pell", "content": "the currency is 20% overvalued", "outlet": ""}
        ],
    },
    {  # 37 The Economist: unnamed plural sources say
        "text": "Several bankers in Frankfurt say the merger will not survive the regulators.",
        "claims": [
            {
                "who": "Several bankers in Frankfurt",
                "speaker": "",
                "content": "the merger will not survive the regulators",
                "outlet": "",
            }
        ],
    },
    {  # 38 first-person reporter: X told me when I visited
        "text": "Ana Velt has farmed outside Tarbury since 1990.\n\n"
        '"You have to understand what this place was," Velt told me when I visited her in March.',
        "claims": [
            {
                "who": "Velt",
                "speaker": "Ana Velt",
                "content": "You have to understand what this place was",
                "outlet": "",
            }
        ],
    },
    {  # 39 When I asked X about ..., he shrugged. "...," he said.
        "text": "Tom Pell has been sued four times.\n\n"
        'When I asked Pell about the lawsuit, he shrugged. "Lawyers will be lawyers," he said.',
        "claims": [{"who": "he", "speaker": "Tom Pell", "content": "Lawyers will be lawyers", "outlet": ""}],
        "none": ["When I asked Pell"],
    },
    # ---- interview transcripts, press releases, opinion
    {  # 40 Q&A transcript: the answer is the interviewee's
        "text": "This interview with Tom Pell, the mayor of Tarbury, has been edited for length and clarity.\n\n"
        "Q: Will you run again?\n\n"
        "A: I have no plans to run. My work here is done.",
        "claims": [
            {
                "who": "A",
                "speaker": "Tom Pell",
                "content": "I have no plans to run. My work here is done",
                "outlet": "",
            }
        ],
        "none": ["Will you run again"],
    },
    {  # 41 transcript with capitalised surnames as speaker labels
        "text": "Tom Pell and Ana Velt debated the plan on Tuesday. An excerpt:\n\n"
        "PELL: We never asked for a bailout.\n\n"
        "VELT: Your company took $40 million from the province.",
        "claims": [
            {"who": "PELL", "speaker": "Tom Pell", "content": "We never asked for a bailout", "outlet": ""},
            {
                "who": "VELT",
                "speaker": "Ana Velt",
                "content": "Your company took $40 million from the province",
                "outlet": "",
            },
        ],
    },
    {  # 42 press release dateline with a wire in slashes, "today announced that"
        "text": "TARBURY, Ohio, March 3, 2024 /PRNewswire/ -- Grobco Inc. today announced that it has acquired Velt "
        "Labs, a maker of pressure sensors, for $85 million.",
        "claims": [
            {
                "who": "Grobco Inc.",
                "speaker": "Grobco",
                "content": "it has acquired Velt Labs, a maker of pressure sensors, for $85 million",
                "outlet": "",
            }
        ],
    },
    {  # 43 press release: quote, said X, CEO of COMPANY. "..."
        "text": '"We are delighted to welcome the Velt Labs team," said Tom Pell, CEO of Grobco. "Together we will '
        'build the leading platform for industrial sensors."',
        "claims": [
            {
                "who": "Tom Pell",
                "speaker": "Tom Pell",
                # changed after the first run, as in case 31: the cut attribution is marked " … "
                "content": "We are delighted to welcome the Velt Labs team … Together we will build the leading "
                "platform for industrial sensors",
                "outlet": "",
            }
        ],
    },
    {  # 44 opinion: the writer's own view is no claim; "The mayor says" is
        "text": "I have covered Tarbury politics for twenty years, and I have never seen a budget this reckless. "
        "The mayor says the cuts are temporary. They are not.",
        "claims": [{"who": "The mayor", "speaker": "", "content": "the cuts are temporary", "outlet": ""}],
        "none": ["I have never seen", "They are not"],
    },
    # ---- live blogs
    {  # 45 a timestamp opening the entry
        "text": "10:42 a.m.: Gov. Tom Pell says the evacuation order will be lifted at noon.",
        "claims": [
            {
                "who": "Gov. Tom Pell",
                "speaker": "Tom Pell",
                "content": "the evacuation order will be lifted at noon",
                "outlet": "",
            }
        ],
    },
    {  # 46 a timestamp with a zone and a dash
        "text": "2:15 p.m. ET \u2014 Grobco said its plant in Tarbury would stay closed through Friday.",
        "claims": [
            {
                "who": "Grobco",
                "speaker": "Grobco",
                "content": "its plant in Tarbury would stay closed through Friday",
                "outlet": "",
            }
        ],
    },
    {  # 47 "Update, TIME:" then police say
        "text": "Update, 4:05 p.m.: Police say the suspect has been arrested.",
        "claims": [{"who": "Police", "speaker": "", "content": "the suspect has been arrested", "outlet": ""}],
    },
    # ---- social posts
    {  # 48 wrote on X, formerly Twitter, that
        "text": "Tom Pell wrote on X, formerly Twitter, that the vote was rigged.",
        "claims": [{"who": "Tom Pell", "speaker": "Tom Pell", "content": "the vote was rigged", "outlet": None}],
    },
    {  # 49 said in a post on Truth Social
        "text": 'Tom Pell toured the plant on Monday.\n\n"The tariffs will be paid by China," Pell said in a post '
        "on Truth Social.",
        "claims": [
            {"who": "Pell", "speaker": "Tom Pell", "content": "The tariffs will be paid by China", "outlet": None}
        ],
    },
    {  # 50 said in a LinkedIn post on DAY that
        "text": "Lena Orr, Grobco's chief executive, said in a LinkedIn post on Monday that the company would hire "
        "200 engineers.",
        "claims": [
            {
                "who": "Lena Orr",
                "speaker": "Lena Orr",
                "content": "the company would hire 200 engineers",
                "outlet": None,
            }
        ],
    },
    {  # 51 "...," X posted on Instagram
        "text": '"Proud of this team," Ana Velt posted on Instagram.',
        "claims": [{"who": "Ana Velt", "speaker": "Ana Velt", "content": "Proud of this team", "outlet": None}],
    },
    # ---- Penn Treebank-style quote marks
    {  # 52 ``...,'' said X, chairman of COMPANY
        "text": "``We are pleased with the results,'' said Tom Pell, chairman of Grobco.",
        "claims": [
            {"who": "Tom Pell", "speaker": "Tom Pell", "content": "We are pleased with the results", "outlet": ""}
        ],
    },
    {  # 53 X, a spokeswoman, said: ``...''
        "text": "Ana Velt, a Grobco spokeswoman, said: ``We don't comment on rumors.''",
        "claims": [{"who": "Ana Velt", "speaker": "Ana Velt", "content": "We don't comment on rumors", "outlet": ""}],
    },
    {  # 54 ``...,'' Mr. X said (second reference)
        "text": "Tom Pell, 58, was named chairman in May.\n\n``There is no deal on the table,'' Mr. Pell said.",
        "claims": [
            {"who": "Mr. Pell", "speaker": "Tom Pell", "content": "There is no deal on the table", "outlet": ""}
        ],
    },
    # ---- left from session 36
    {  # 55 ", X said, asked about the cuts"
        "text": "Sales will recover next year, Tom Pell said, asked about the cuts.",
        "claims": [{"who": "Tom Pell", "speaker": "Tom Pell", "content": "Sales will recover next year", "outlet": ""}],
    },
    {  # 56 according to a senior official who spoke on condition of anonymity because ...
        "text": "The talks have stalled, according to a senior official who spoke on condition of anonymity because "
        "the talks are private.",
        "claims": [{"who": "a senior official", "speaker": "", "content": "The talks have stalled", "outlet": ""}],
    },
    {  # 57 X said that B, citing a report
        "text": "Tom Pell said that sales fell in the spring, citing a report by Grobbank.",
        "claims": [{"who": "Tom Pell", "speaker": "Tom Pell", "content": "sales fell in the spring", "outlet": ""}],
    },
]
