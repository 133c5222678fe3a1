"""Session 38 (wire38): a third hand-written file of invented news paragraphs in house styles other
than the BBC's, the FIRST written as a blind measurement (annotated before belreader ran on it,
committed alone) in the shapes the held-out research articles likely have: Canadian and US general
news (the Globe and Mail, CBC News, CTV News, Global News, the National Post, the Toronto Star, the
Canadian Press; the New York Times, the Washington Post, AP, Politico, NPR) -- long features with
present-tense "says", a woman and a man in one story with pronouns, two speakers sharing a surname,
quotes running over sentences and paragraphs, partial quotes woven into narration, statements by
organisations, police and courts, unnamed sources -- and English-language reporting from Eastern
Europe (RFE/RL, Meduza, the Kyiv Independent, TASS, BelTA, Interfax, Reuters from Minsk, Moscow and
Kyiv): transliterated names, "the Kremlin said", a Kremlin spokesman who "told reporters", "state
news agency BelTA quoted X as saying", "wrote on Telegram", "in a video address", ministries, an
opposition leader in exile. Every person and company is invented; outlets, offices and places are
real.

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed); `speaks_for`: the body an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop; a quote
  interrupted or continued after its attribution in one paragraph is one claim, the cut
  attribution marked " … " (as in `wire_s37_data`);
- `outlet`: the outlet's name, "" for none, None when not scored.
`none` lists sentences (substrings) that must yield no claim.

The expectations are as first written, committed before the code ran; two changed after the first
run, each noted at its case and in REPORT_wire38.md (37: a source in a body speaks for it, as the
project's convention has it; 41: the outlet's name written so that the scorer's slug is its id).
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- Canadian general news
    {  # 1 Globe and Mail feature: present-tense says, Ms. with an age, then "She says"
        "text": "Marion Tessier has run the food bank in Sudbury for 11 years.\n\n"
        '"We used to see the same families once or twice a year. Now they come every week," says Ms. '
        "Tessier, 58.\n\n"
        "She says donations have fallen by a third since the spring.",
        "claims": [
            {
                "who": "Ms. Tessier",
                "speaker": "Marion Tessier",
                "content": "We used to see the same families once or twice a year. Now they come every week",
                "outlet": "",
            },
            {
                "who": "She",
                "speaker": "Marion Tessier",
                "content": "donations have fallen by a third since the spring",
                "outlet": "",
            },
        ],
    },
    {  # 2 two speakers sharing a surname (a couple), then Ms. on second reference
        "text": "Rob Kowalczyk and his wife, Leah Kowalczyk, bought their house in Brampton in 2019.\n\n"
        '"We thought we were set for life," Leah Kowalczyk said.\n\n'
        'Her husband was less sure. "I always said the rate would bite us," Rob Kowalczyk said.\n\n'
        "Ms. Kowalczyk said she now works two jobs.",
        "claims": [
            {
                "who": "Leah Kowalczyk",
                "speaker": "Leah Kowalczyk",
                "content": "We thought we were set for life",
                "outlet": "",
            },
            {
                "who": "Rob Kowalczyk",
                "speaker": "Rob Kowalczyk",
                "content": "I always said the rate would bite us",
                "outlet": "",
            },
            {"who": "Ms. Kowalczyk", "speaker": "Leah Kowalczyk", "content": "she now works two jobs", "outlet": ""},
        ],
        "none": ["Her husband was less sure"],
    },
    {  # 3 CBC: a ministry said in a statement to CBC News that
        "text": "Ontario's Ministry of Health said in a statement to CBC News that the new clinic would open in "
        "the fall.",
        "claims": [
            {
                "who": "Ontario's Ministry of Health",
                "speaker": "Ministry of Health",
                "content": "the new clinic would open in the fall",
                "outlet": "CBC",
            }
        ],
    },
    {  # 4 CP: X, who ..., told The Canadian Press (no "that")
        "text": "Hamid Rezaei, who owns two pharmacies in Halifax, told The Canadian Press the shortage had "
        "lasted since January.",
        "claims": [
            {
                "who": "Hamid Rezaei",
                "speaker": "Hamid Rezaei",
                "content": "the shortage had lasted since January",
                "outlet": "Canadian Press",
            }
        ],
    },
    {  # 5 In an email, a spokesperson for a federal department said
        "text": "In an email, a spokesperson for Transport Canada said the department was reviewing the incident.",
        "claims": [
            {
                "who": "a spokesperson for Transport Canada",
                "speaker": "",
                "speaks_for": "Transport Canada",
                "content": "the department was reviewing the incident",
                "outlet": "",
            }
        ],
    },
    {  # 6 city police said (no statement), an act before it is none
        "text": "Officers arrested two men near Dundas Square on Sunday.\n\n"
        "Toronto police said a 34-year-old man had been charged with second-degree murder.",
        "claims": [
            {
                "who": "Toronto police",
                "speaker": "",
                "speaks_for": "Toronto police",
                "content": "a 34-year-old man had been charged with second-degree murder",
                "outlet": "",
            }
        ],
        "none": ["Officers arrested two men"],
    },
    {  # 7 a judge wrote in her ruling
        "text": "In her ruling, Justice Anne Moreau of the Ontario Superior Court wrote that the province had "
        "failed to consult the First Nation.",
        "claims": [
            {
                "who": "Justice Anne Moreau",
                "speaker": "Anne Moreau",
                "content": "the province had failed to consult the First Nation",
                "outlet": "",
            }
        ],
    },
    {  # 8 CTV: Dr. X, who chairs ..., said
        "text": "Dr. Kwame Asante, who chairs the emergency medicine section of the Ontario Medical Association, "
        "said hospitals were at a breaking point.",
        "claims": [
            {
                "who": "Dr. Kwame Asante",
                "speaker": "Kwame Asante",
                "content": "hospitals were at a breaking point",
                "outlet": "",
            }
        ],
    },
    {  # 9 Global News: quote, said X, a fire information officer with Y
        "text": '"This is the worst fire season we have seen in a decade," said Cliff Nordgren, a fire '
        "information officer with the B.C. Wildfire Service.",
        "claims": [
            {
                "who": "Cliff Nordgren",
                "speaker": "Cliff Nordgren",
                "content": "This is the worst fire season we have seen in a decade",
                "outlet": "",
            }
        ],
    },
    {  # 10 a partial quote woven into narration, then an act joined by "and"
        "text": "Dale Harkness became Alberta's premier in 2023.\n\n"
        'Harkness said the federal offer was "an insult to Albertans" and promised a legal challenge.',
        "claims": [
            {
                "who": "Harkness",
                "speaker": "Dale Harkness",
                "content": 'the federal offer was "an insult to Albertans"',
                "outlet": "",
            }
        ],
    },
    {  # 11 a quote split over two sentences by its attribution
        "text": "Greg Halvorsen chairs the Winnipeg police board.\n\n"
        '"The money is there," Halvorsen said. "What is missing is the will to spend it."',
        "claims": [
            {
                "who": "Halvorsen",
                "speaker": "Greg Halvorsen",
                "content": "The money is there … What is missing is the will to spend it",
                "outlet": "",
            }
        ],
    },
    {  # 12 a quote continued in the next paragraph without attribution
        "text": '"We have been asking for clean water for 20 years," said Chief Marlene Whitehorse of the '
        "Tarbury Lake First Nation.\n\n"
        '"Our kids deserve what every other kid in this country takes for granted."',
        "claims": [
            {
                "who": "Chief Marlene Whitehorse",
                "speaker": "Marlene Whitehorse",
                "content": "We have been asking for clean water for 20 years",
                "outlet": "",
            },
            {
                "who": "",
                "speaker": "Marlene Whitehorse",
                "content": "Our kids deserve what every other kid in this country takes for granted",
                "outlet": "",
            },
        ],
    },
    {  # 13 RCMP Cpl. X said (a rank abbreviation)
        "text": "RCMP Cpl. Jasmine Lau said officers were called to the home around 3 a.m.",
        "claims": [
            {
                "who": "RCMP Cpl. Jasmine Lau",
                "speaker": "Jasmine Lau",
                "content": "officers were called to the home around 3 a.m",
                "outlet": "",
            }
        ],
    },
    {  # 14 OPP said in a news release DAY that
        "text": "The Ontario Provincial Police said in a news release Sunday that Highway 401 would remain closed "
        "overnight.",
        "claims": [
            {
                "who": "The Ontario Provincial Police",
                "speaker": "Ontario Provincial Police",
                "content": "Highway 401 would remain closed overnight",
                "outlet": "",
            }
        ],
    },
    {  # 15 according to a statement from a school board
        "text": "Classes will resume Monday, according to a statement from the Toronto District School Board.",
        "claims": [
            {
                "who": "the Toronto District School Board",
                "speaker": "Toronto District School Board",
                "content": "Classes will resume Monday",
                "outlet": "",
            }
        ],
    },
    {  # 16 an unnamed source, who was not authorized ..., told CBC News
        "text": "A source with knowledge of the negotiations, who was not authorized to speak publicly, told CBC "
        "News the deal could be signed as early as Friday.",
        "claims": [
            {
                "who": "A source with knowledge of the negotiations",
                "speaker": "",
                "content": "the deal could be signed as early as Friday",
                "outlet": "CBC",
            }
        ],
    },
    {  # 17 National Post: NDP MP X told the House of Commons that
        "text": "NDP MP Tracy Lindqvist told the House of Commons that the rail strike was costing farmers millions.",
        "claims": [
            {
                "who": "NDP MP Tracy Lindqvist",
                "speaker": "Tracy Lindqvist",
                "content": "the rail strike was costing farmers millions",
                "outlet": "",
            }
        ],
    },
    {  # 18 trailing "said X, a ..." then "He says" (a man)
        "text": "The rent increase was the last straw, said Omar Haddad, a 41-year-old bus driver.\n\n"
        "He says he will move to Hamilton in the spring.",
        "claims": [
            {
                "who": "Omar Haddad",
                "speaker": "Omar Haddad",
                "content": "The rent increase was the last straw",
                "outlet": "",
            },
            {"who": "He", "speaker": "Omar Haddad", "content": "he will move to Hamilton in the spring", "outlet": ""},
        ],
    },
    {  # 19 none: plans, a question, a headline-like line, declined to comment
        "text": "Council will vote on the plan next week.\n\n"
        "Will the deal survive the election?\n\n"
        "Mayor Ines Cardoso declined to comment on the report.",
        "claims": [],
        "none": ["Council will vote", "Will the deal survive", "declined to comment"],
    },
    # ---- US general news
    {  # 20 NYT feature: a woman and a man, titles on second reference, "he says"
        "text": "Dr. Elena Vasquez-Hart, an epidemiologist at Johns Hopkins University, has tracked the outbreak "
        "since March. Her colleague Dr. Paul Brenner is less worried.\n\n"
        '"The numbers are going the wrong way," Dr. Vasquez-Hart says.\n\n'
        'Dr. Brenner disagrees. "We have seen this pattern before, and it faded," he says.',
        "claims": [
            {
                "who": "Dr. Vasquez-Hart",
                "speaker": "Elena Vasquez-Hart",
                "content": "The numbers are going the wrong way",
                "outlet": "",
            },
            {
                "who": "he",
                "speaker": "Paul Brenner",
                "content": "We have seen this pattern before, and it faded",
                "outlet": "",
            },
        ],
        "none": ["Dr. Brenner disagrees"],
    },
    {  # 21 Washington Post: according to records obtained by the Post
        "text": "The agency received more than 400 complaints about the device, according to internal records "
        "obtained by The Washington Post.",
        "claims": [
            {
                "who": "internal records obtained by The Washington Post",
                "speaker": "",
                "content": "The agency received more than 400 complaints about the device",
                "outlet": None,
            }
        ],
    },
    {  # 22 AP: a company said in a statement that it would
        "text": "Norvane Pharmaceuticals said in a statement that it would appeal the verdict.",
        "claims": [
            {
                "who": "Norvane Pharmaceuticals",
                "speaker": "Norvane Pharmaceuticals",
                "content": "it would appeal the verdict",
                "outlet": "",
            }
        ],
    },
    {  # 23 Politico: according to three people ..., who were granted anonymity
        "text": "Senate Democrats are preparing a stopgap bill that would fund the government through December, "
        "according to three people familiar with the plans, who were granted anonymity to discuss private "
        "talks.",
        "claims": [
            {
                "who": "three people familiar with the plans",
                "speaker": "",
                "content": "Senate Democrats are preparing a stopgap bill that would fund the government through "
                "December",
                "outlet": "",
            }
        ],
    },
    {  # 24 NPR: quote, X told NPR
        "text": '"It felt like the ground was moving under us," Darnell Price told NPR.',
        "claims": [
            {
                "who": "Darnell Price",
                "speaker": "Darnell Price",
                "content": "It felt like the ground was moving under us",
                "outlet": "NPR",
            }
        ],
    },
    {  # 25 Politico: Rep. X, a Democrat from STATE who ..., said
        "text": "Rep. Carla Mendes, a Democrat from New Mexico who sits on the Armed Services Committee, said the "
        "Pentagon had not briefed lawmakers.",
        "claims": [
            {
                "who": "Rep. Carla Mendes",
                "speaker": "Carla Mendes",
                "content": "the Pentagon had not briefed lawmakers",
                "outlet": "",
            }
        ],
    },
    {  # 26 prosecutors said in court papers (unnamed plural)
        "text": "Prosecutors said in court papers that Wendell Hale had wired $2 million to an account in Cyprus.",
        "claims": [
            {
                "who": "Prosecutors",
                "speaker": "",
                "content": "Wendell Hale had wired $2 million to an account in Cyprus",
                "outlet": "",
            }
        ],
    },
    {  # 27 AP feature: a woman, then a quote continuing after "she said." in one paragraph
        "text": "Gloria Reyes lost her home in the Maui fire.\n\n"
        '"I keep thinking I left the stove on," Reyes said. "Then I remember there is no stove."',
        "claims": [
            {
                "who": "Reyes",
                "speaker": "Gloria Reyes",
                "content": "I keep thinking I left the stove on … Then I remember there is no stove",
                "outlet": "",
            }
        ],
    },
    {  # 28 a court said in its decision / the judge's order: an organisation-like court
        "text": "The 9th U.S. Circuit Court of Appeals said in its decision that the law violated the First Amendment.",
        "claims": [
            {
                "who": "The 9th U.S. Circuit Court of Appeals",
                "speaker": "9th U.S. Circuit Court of Appeals",
                "content": "the law violated the First Amendment",
                "outlet": "",
            }
        ],
    },
    {  # 29 "said in an email" after a quote, with the organisation in apposition
        "text": '"We take these concerns seriously," Kelsey Moran, a spokeswoman for Brightwell Foods, said in an '
        "email.",
        "claims": [
            {
                "who": "Kelsey Moran",
                "speaker": "Kelsey Moran",
                "content": "We take these concerns seriously",
                "outlet": "",
            }
        ],
    },
    {  # 30 WaPo: an aide, speaking on the condition of anonymity to describe ..., said
        "text": "The president was furious about the leak, said an aide, speaking on the condition of anonymity "
        "to describe private conversations.",
        "claims": [
            {
                "who": "an aide",
                "speaker": "",
                "content": "The president was furious about the leak",
                "outlet": "",
            }
        ],
    },
    # ---- Eastern Europe, English-language reporting
    {  # 31 Reuters Moscow dateline: Kremlin spokesman X told reporters that; then his quote; then X said
        "text": "MOSCOW (Reuters) - Kremlin spokesman Yegor Shumilin told reporters on Thursday that Moscow saw no "
        "basis for new talks.\n\n"
        '"There is no question of any negotiations at this stage," Shumilin said on a daily conference call.\n\n'
        "Shumilin declined to comment on reports of troop movements near the border.",
        "claims": [
            {
                "who": "Kremlin spokesman Yegor Shumilin",
                "speaker": "Yegor Shumilin",
                "content": "Moscow saw no basis for new talks",
                "outlet": "",
            },
            {
                "who": "Shumilin",
                "speaker": "Yegor Shumilin",
                "content": "There is no question of any negotiations at this stage",
                "outlet": "",
            },
        ],
        "none": ["declined to comment"],
    },
    {  # 32 the Kremlin said on DAY that
        "text": "The Kremlin said on Friday that no decision had been taken on a new wave of mobilisation.",
        "claims": [
            {
                "who": "The Kremlin",
                "speaker": "Kremlin",
                "content": "no decision had been taken on a new wave of mobilisation",
                "outlet": "",
            }
        ],
    },
    {  # 33 state news agency BelTA quoted X as saying
        "text": "State news agency BelTA quoted Defence Minister Viktar Hrytsevich as saying that the drills were "
        "purely defensive.",
        "claims": [
            {
                "who": "Defence Minister Viktar Hrytsevich",
                "speaker": "Viktar Hrytsevich",
                "content": "the drills were purely defensive",
                "outlet": "BelTA",
            }
        ],
    },
    {  # 34 regional governor X wrote on Telegram that
        "text": "Kharkiv regional governor Oleh Sydorchuk wrote on Telegram that two people had been killed in the "
        "overnight strike.",
        "claims": [
            {
                "who": "Kharkiv regional governor Oleh Sydorchuk",
                "speaker": "Oleh Sydorchuk",
                "content": "two people had been killed in the overnight strike",
                "outlet": None,
            }
        ],
    },
    {  # 35 In a video address, Mayor X said
        "text": "In a video address, Odesa Mayor Serhiy Kravets said the city's water supply had been restored.",
        "claims": [
            {
                "who": "Odesa Mayor Serhiy Kravets",
                "speaker": "Serhiy Kravets",
                "content": "the city's water supply had been restored",
                "outlet": "",
            }
        ],
    },
    {  # 36 the opposition leader, in exile in Vilnius, said (a description on second reference)
        "text": "Alena Tsimashenka fled Belarus in 2020.\n\n"
        "The opposition leader, in exile in Vilnius, said the vote had been rigged from the start.",
        "claims": [
            {
                "who": "The opposition leader",
                "speaker": "Alena Tsimashenka",
                "content": "the vote had been rigged from the start",
                "outlet": "",
            }
        ],
        "none": ["fled Belarus"],
    },
    {  # 37 Interfax quoted a source in a ministry as saying
        "text": "Interfax news agency quoted a source in the Defence Ministry as saying the exercises would last "
        "ten days.",
        "claims": [
            {
                "who": "a source in the Defence Ministry",
                "speaker": "",
                # added after the first run: the project's convention (test_nlp_speakers_s23b, "A Kremlin
                # source said" is the Kremlin's) has a source in a body speak for it
                "speaks_for": "Defence Ministry",
                "content": "the exercises would last ten days",
                "outlet": "Interfax",
            }
        ],
    },
    {  # 38 told TASS that, a partial quote at the end
        "text": 'Deputy Foreign Minister Grigory Sazonenko told TASS that Moscow was ready to resume talks "without '
        'preconditions".',
        "claims": [
            {
                "who": "Deputy Foreign Minister Grigory Sazonenko",
                "speaker": "Grigory Sazonenko",
                "content": 'Moscow was ready to resume talks "without preconditions"',
                "outlet": "TASS",
            }
        ],
    },
    {  # 39 Meduza's sources say
        "text": "Meduza's sources in the presidential administration say the Kremlin wants turnout above 70 percent.",
        "claims": [
            {
                "who": "Meduza's sources in the presidential administration",
                "speaker": "",
                "content": "the Kremlin wants turnout above 70 percent",
                "outlet": "Meduza",
            }
        ],
    },
    {  # 40 Kyiv Independent: quote, Colonel X, a spokesperson for Y, told the Kyiv Independent
        "text": '"The situation at the front is difficult but under control," Colonel Taras Melnyk, a spokesperson '
        "for the Eastern Group of Forces, told the Kyiv Independent.",
        "claims": [
            {
                "who": "Colonel Taras Melnyk",
                "speaker": "Taras Melnyk",
                "content": "The situation at the front is difficult but under control",
                "outlet": "Kyiv Independent",
            }
        ],
    },
    {  # 41 RFE/RL: quote with em dashes, told RFE/RL's Belarus Service
        "text": "\u201cThey took everything \u2014 the laptops, the phones, even my daughter\u2019s drawings,\u201d "
        "Hanna Zhuk told RFE/RL\u2019s Belarus Service.",
        "claims": [
            {
                "who": "Hanna Zhuk",
                "speaker": "Hanna Zhuk",
                "content": "They took everything \u2014 the laptops, the phones, even my daughter\u2019s drawings",
                # changed after the first run: was "RFE/RL", the scorer's slug of which ("rfe-rl") is not the
                # outlet's id ("rferl") the analysis gave, rightly
                "outlet": "RFERL",
            }
        ],
    },
    {  # 42 Russia's Foreign Ministry said in a statement, a partial quote
        "text": 'Russia\'s Foreign Ministry said in a statement that the expulsions were a "hostile act".',
        "claims": [
            {
                "who": "Russia's Foreign Ministry",
                "speaker": "Foreign Ministry",
                "content": 'the expulsions were a "hostile act"',
                "outlet": "",
            }
        ],
    },
    {  # 43 a ministry said on its Telegram channel that
        "text": "Belarus's Interior Ministry said on its Telegram channel that 14 people had been detained over "
        "online comments.",
        "claims": [
            {
                "who": "Belarus's Interior Ministry",
                "speaker": "Interior Ministry",
                "content": "14 people had been detained over online comments",
                "outlet": None,
            }
        ],
    },
    {  # 44 according to Ukraine's Air Force
        "text": "Russian forces launched 48 drones and three missiles overnight, according to Ukraine's Air Force.",
        "claims": [
            {
                "who": "Ukraine's Air Force",
                "speaker": "Air Force",
                "content": "Russian forces launched 48 drones and three missiles overnight",
                "outlet": "",
            }
        ],
    },
    {  # 45 Reuters Minsk dateline, the Belarusian Defence Ministry said (trailing)
        "text": "MINSK (Reuters) - Belarus will hold joint drills with Russia next month, the Belarusian Defence "
        "Ministry said on Monday.",
        "claims": [
            {
                "who": "the Belarusian Defence Ministry",
                "speaker": "Defence Ministry",
                "content": "Belarus will hold joint drills with Russia next month",
                "outlet": "",
            }
        ],
    },
    {  # 46 X's office said in a statement (the exile leader's office)
        "text": "Alena Tsimashenka's office said in a statement that the detained journalists were political "
        "prisoners.",
        "claims": [
            {
                "who": "Alena Tsimashenka's office",
                "speaker": "",
                "speaks_for": "Alena Tsimashenka",
                "content": "the detained journalists were political prisoners",
                "outlet": "",
            }
        ],
    },
    {  # 47 a rights group said (a court's act inside the content)
        "text": "A court in Minsk sentenced journalist Ihar Lyashuk to eight years in prison on Tuesday, the "
        "Belarusian Association of Journalists said.",
        "claims": [
            {
                "who": "the Belarusian Association of Journalists",
                "speaker": "Belarusian Association of Journalists",
                "content": "A court in Minsk sentenced journalist Ihar Lyashuk to eight years in prison on Tuesday",
                "outlet": "",
            }
        ],
    },
    {  # 48 the Viasna human rights centre said
        "text": "The Viasna human rights centre said at least 1,200 political prisoners remained behind bars.",
        "claims": [
            {
                "who": "The Viasna human rights centre",
                "speaker": "Viasna",
                "content": "at least 1,200 political prisoners remained behind bars",
                "outlet": "",
            }
        ],
    },
    {  # 49 Kyiv Independent feature: a couple sharing a surname, she said / he said
        "text": "Iryna Bondar, 34, has served as a medic with the 47th Brigade since 2022. Her husband, Vasyl "
        "Bondar, flies drones in the same unit.\n\n"
        '"Every night you wonder whether it is your turn," she said.\n\n'
        "Vasyl Bondar said the unit had lost four drones in a single day.\n\n"
        '"We need more of everything," he said.',
        "claims": [
            {
                "who": "she",
                "speaker": "Iryna Bondar",
                "content": "Every night you wonder whether it is your turn",
                "outlet": "",
            },
            {
                "who": "Vasyl Bondar",
                "speaker": "Vasyl Bondar",
                "content": "the unit had lost four drones in a single day",
                "outlet": "",
            },
            {"who": "he", "speaker": "Vasyl Bondar", "content": "We need more of everything", "outlet": ""},
        ],
    },
    {  # 50 Prosecutor General's Office said; then an act (none)
        "text": "Ukraine's Prosecutor General's Office said Russian troops had shot three civilians near "
        "Pokrovsk.\n\n"
        "Investigators opened a war crimes case on Wednesday.",
        "claims": [
            {
                "who": "Ukraine's Prosecutor General's Office",
                "speaker": "Prosecutor General's Office",
                "content": "Russian troops had shot three civilians near Pokrovsk",
                "outlet": "",
            }
        ],
        "none": ["Investigators opened"],
    },
    {  # 51 Prime Minister X said in a televised address that
        "text": "Georgian Prime Minister Levan Kobiashvili said in a televised address that Tbilisi would not "
        "join the sanctions.",
        "claims": [
            {
                "who": "Georgian Prime Minister Levan Kobiashvili",
                "speaker": "Levan Kobiashvili",
                "content": "Tbilisi would not join the sanctions",
                "outlet": "",
            }
        ],
    },
    {  # 52 Reuters Kyiv: a person close to X told Reuters; an act and a question are none
        "text": "KYIV (Reuters) - Ukrainian troops pushed back a Russian assault near Kupiansk on Monday.\n\n"
        "The counteroffensive will begin before the winter, a person close to the General Staff told Reuters.\n\n"
        "Can the front hold until spring?",
        "claims": [
            {
                "who": "a person close to the General Staff",
                "speaker": "",
                "content": "The counteroffensive will begin before the winter",
                "outlet": "Reuters",
            }
        ],
        "none": ["Ukrainian troops pushed back", "Can the front hold"],
    },
    {  # 53 Lithuania's Foreign Minister X said Vilnius would
        "text": "Lithuania's Foreign Minister Rasa Kvedaraite said Vilnius would close two more border crossings "
        "with Belarus.",
        "claims": [
            {
                "who": "Lithuania's Foreign Minister Rasa Kvedaraite",
                "speaker": "Rasa Kvedaraite",
                "content": "Vilnius would close two more border crossings with Belarus",
                "outlet": "",
            }
        ],
    },
    {  # 54 Meduza: X, a political analyst who left Russia in 2022, said; then "he added"
        "text": "Kirill Abramenko, a political analyst who left Russia in 2022, said the elite were quietly "
        "preparing for a long war.\n\n"
        '"Nobody in Moscow believes it will end soon," he added.',
        "claims": [
            {
                "who": "Kirill Abramenko",
                "speaker": "Kirill Abramenko",
                "content": "the elite were quietly preparing for a long war",
                "outlet": "",
            },
            {
                "who": "he",
                "speaker": "Kirill Abramenko",
                "content": "Nobody in Moscow believes it will end soon",
                "outlet": "",
            },
        ],
    },
    {  # 55 BelTA quoted the president's press service as saying (an office speaking)
        "text": "The Belarusian leader's press service said the two presidents had discussed gas prices by "
        "telephone, BelTA reported.",
        "claims": [
            {
                "who": "The Belarusian leader's press service",
                "speaker": "",
                "content": "the two presidents had discussed gas prices by telephone",
                "outlet": "BelTA",
            }
        ],
    },
]
