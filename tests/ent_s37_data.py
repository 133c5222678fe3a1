"""Session 37 (ent37): a hand-written development file of entities in text that is NOT BBC house
style: Reuters 1996 as CoNLL-2003 renders it (tokens joined by single spaces, one sentence a
paragraph, ALL-CAPS headlines, datelines on their own line, results tables, scorecards, market
reports) and untokenised AP / US-paper style ("Mr. Pell", "Sen.", "(D-Calif.)", "Grobco Inc.").
People and companies are invented; real countries, cities, outlets and well-known bodies are used.

Written and annotated by hand BEFORE belreader was run on any of it (any later change is noted in
a comment at the document and in REPORT_ent37.md).

Each document: `id`, `style` ("conll": each line of `text` is one paragraph, as
bench/eval_conll.py builds it; "ap": paragraphs separated by blank lines) and `entities`, a list
of (canonical name, type, forms) or (canonical name, type, forms, conll type).

Conventions (decided before annotating):
- Types follow tests/data/devset/GUIDE.md: PERSON, ORG, PLACE. Not annotated: nationalities and
  people's adjectives ("Bosnian", "Republican"), events and competitions ("Canadian Open", "Asian
  Cup", "grand prix"), products, currencies, "GMT".
- Every occurrence of a form in the text is one gold mention (matched case-sensitively on word
  bounds, the longest form first, never overlapping): so a form's type holds for the whole
  document; no document uses one spelling for two entities.
- Spans are exact, as CoNLL counts them, with two choices said here: an honorific or title before
  a name ("Mr.", "Ms.", "Sen.", "Gov.", "Lt. Gen.", "Dr.", "Prof.", "President") is NOT part of the
  span (the scorer strips such a word from the front of a predicted span before comparing), nor is
  a leading "the"; a company suffix written with its period ("Grobco Inc.", "Velmar Corp.", "N.V.")
  IS part of the span, and so is the period of a state abbreviation ("Calif.", "Mass.").
- A state in a party-state or party-district tag ("(D-Calif.)", "R-Texas", "D-Detroit") is a PLACE
  mention of that state or city.
- A country named in brackets after a player in a results list ("Tom Pell ( U.S. )") is a PLACE,
  as CoNLL tags it. A dateline's city is a PLACE (UNITED NATIONS as a dateline too).
- Where CoNLL's own guideline differs from GUIDE.md, the 4th element gives CoNLL's type: a national
  side in sport ("Japan beat Syria") is ORG by GUIDE.md (a team) but LOC in CoNLL-2003's data; the
  scorer reports both ways. A city used as a club's name ("CLEVELAND 5 Toronto 3") is ORG both ways.
"""

from __future__ import annotations

E = tuple  # (name, type, forms[, conll type])

DOCS: list[dict] = [
    # ---------------- Reuters 1996, tokenised as CoNLL-2003 renders it ----------------
    {
        "id": "c01",
        "style": "conll",
        "text": """SOCCER - VELMAR BEAT GROBTON IN DUTCH LEAGUE .
AMSTERDAM 1996-08-30
Velmar beat Grobton 3-1 in the Dutch first division on Friday .
Tom Pell scored twice for Velmar before halftime .
Results of Dutch first division matches on Friday :
Velmar 3 Grobton 1
Tarnhout 2 Ajax Amsterdam 2""",
        "entities": [
            ("Velmar", "ORG", ["VELMAR", "Velmar"]),
            ("Grobton", "ORG", ["GROBTON", "Grobton"]),
            ("Amsterdam", "PLACE", ["AMSTERDAM"]),
            ("Tom Pell", "PERSON", ["Tom Pell"]),
            ("Tarnhout", "ORG", ["Tarnhout"]),
            ("Ajax Amsterdam", "ORG", ["Ajax Amsterdam"]),
        ],
    },
    {
        "id": "c02",
        "style": "conll",
        "text": """SOCCER - ENGLISH LEAGUE STANDINGS .
LONDON 1996-08-31
Standings in the English premier league after Saturday 's matches ( tabulate under played , won , drawn , lost , goals for , against , points ) :
Grobchester 3 2 1 0 6 2 7
Tarnford 3 2 0 1 5 4 6
Velby Rovers 3 1 1 1 3 3 4
Pellham United 3 0 0 3 1 6 0""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Grobchester", "ORG", ["Grobchester"]),
            ("Tarnford", "ORG", ["Tarnford"]),
            ("Velby Rovers", "ORG", ["Velby Rovers"]),
            ("Pellham United", "ORG", ["Pellham United"]),
        ],
    },
    {
        "id": "c03",
        "style": "conll",
        "text": """CRICKET - SRI LANKA V ZIMBABWE SCOREBOARD .
COLOMBO 1996-08-28
Scoreboard on the first day of the test between Sri Lanka and Zimbabwe on Wednesday :
Sri Lanka first innings
Sanath Velaya b Heath Grell 12
Aravinda Pelle c Andy Varn b Grell 45
Roshan Tamar not out 20
Extras ( lb-3 w-1 ) 4""",
        "entities": [
            ("Sri Lanka", "ORG", ["SRI LANKA", "Sri Lanka"], "LOC"),
            ("Zimbabwe", "ORG", ["ZIMBABWE", "Zimbabwe"], "LOC"),
            ("Colombo", "PLACE", ["COLOMBO"]),
            ("Sanath Velaya", "PERSON", ["Sanath Velaya"]),
            ("Heath Grell", "PERSON", ["Heath Grell", "Grell"]),
            ("Aravinda Pelle", "PERSON", ["Aravinda Pelle"]),
            ("Andy Varn", "PERSON", ["Andy Varn"]),
            ("Roshan Tamar", "PERSON", ["Roshan Tamar"]),
        ],
    },
    {
        "id": "c04",
        "style": "conll",
        "text": """NEW YORK 1996-08-29
Grobco Inc shares rose 5 cents to $ 12.40 on Friday after the company said third-quarter profit would beat forecasts .
Analyst Ana Velt of Tarnbridge Securities said Grobco 's cost cutting was working .
Shares of rival Pellmark Corp fell 10 cents .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("Grobco Inc", "ORG", ["Grobco Inc", "Grobco"]),
            ("Ana Velt", "PERSON", ["Ana Velt"]),
            ("Tarnbridge Securities", "ORG", ["Tarnbridge Securities"]),
            ("Pellmark Corp", "ORG", ["Pellmark Corp"]),
        ],
    },
    {
        "id": "c05",
        "style": "conll",
        "text": """U.S. ENVOY PELL TO VISIT SARAJEVO .
WASHINGTON 1996-08-22
U.S. envoy Tom Pell will visit Sarajevo next week for talks with Bosnian leaders , the State Department said on Thursday .
Pell will also meet officials of the U.N. mission and NATO commanders , spokesman Glyn Burns told reporters .
The United States has pressed for elections in Bosnia by September .""",
        "entities": [
            ("United States", "PLACE", ["U.S.", "United States"]),
            ("Tom Pell", "PERSON", ["PELL", "Tom Pell", "Pell"]),
            ("Sarajevo", "PLACE", ["SARAJEVO", "Sarajevo"]),
            ("Washington", "PLACE", ["WASHINGTON"]),
            ("State Department", "ORG", ["State Department"]),
            ("United Nations", "ORG", ["U.N."]),
            ("NATO", "ORG", ["NATO"]),
            ("Glyn Burns", "PERSON", ["Glyn Burns"]),
            ("Bosnia", "PLACE", ["Bosnia"]),
        ],
    },
    {
        "id": "c06",
        "style": "conll",
        "text": """GERMANY 'S GROBWERKE AG POSTS HIGHER PROFIT .
FRANKFURT 1996-08-27
Grobwerke AG said on Tuesday its first-half net profit rose 12 percent to 210 million marks .
Chief executive Hans Velter told a news conference in Frankfurt that sales in Asia had grown strongly .
Grobwerke shares closed 1.20 marks higher at 98.50 marks on the Frankfurt bourse .""",
        "entities": [
            ("Germany", "PLACE", ["GERMANY"]),
            ("Grobwerke AG", "ORG", ["GROBWERKE AG", "Grobwerke AG", "Grobwerke"]),
            ("Frankfurt", "PLACE", ["FRANKFURT", "Frankfurt"]),
            ("Hans Velter", "PERSON", ["Hans Velter"]),
            ("Asia", "PLACE", ["Asia"]),
        ],
    },
    {
        "id": "c07",
        "style": "conll",
        "text": """TENNIS - RESULTS AT CANADIAN OPEN .
TORONTO 1996-07-25
Results from the Canadian Open tennis tournament on Thursday ( prefix number denotes seeding ) :
Tom Pell ( U.S. ) beat Jan Velt ( Netherlands ) 6-3 6-4
3 - Marc Grell ( France ) beat Ivo Tarn ( Croatia ) 7-6 6-2""",
        "entities": [
            ("Toronto", "PLACE", ["TORONTO"]),
            ("Tom Pell", "PERSON", ["Tom Pell"]),
            ("Jan Velt", "PERSON", ["Jan Velt"]),
            ("Marc Grell", "PERSON", ["Marc Grell"]),
            ("Ivo Tarn", "PERSON", ["Ivo Tarn"]),
            ("United States", "PLACE", ["U.S."]),
            ("Netherlands", "PLACE", ["Netherlands"]),
            ("France", "PLACE", ["France"]),
            ("Croatia", "PLACE", ["Croatia"]),
        ],
    },
    {
        "id": "c08",
        "style": "conll",
        "text": """GOLF - LEADING SCORES AT VELMOOR CLASSIC .
MILWAUKEE 1996-08-30
Leading scores after the second round of the $ 1.2 million Velmoor Classic on Friday ( U.S. unless stated ) :
134 Tom Pell 66 68 , Ana Grell ( Sweden ) 67 67
136 Bo Tarn ( Australia ) 70 66""",
        "entities": [
            ("Milwaukee", "PLACE", ["MILWAUKEE"]),
            ("United States", "PLACE", ["U.S."]),
            ("Tom Pell", "PERSON", ["Tom Pell"]),
            ("Ana Grell", "PERSON", ["Ana Grell"]),
            ("Bo Tarn", "PERSON", ["Bo Tarn"]),
            ("Sweden", "PLACE", ["Sweden"]),
            ("Australia", "PLACE", ["Australia"]),
        ],
    },
    {
        "id": "c09",
        "style": "conll",
        "text": """BASEBALL - RESULTS THURSDAY .
NEW YORK 1996-08-29
Results of games played on Thursday ( home team in CAPS ) :
CLEVELAND 5 Toronto 3
Seattle 7 BOSTON 2""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("Cleveland", "ORG", ["CLEVELAND"]),
            ("Toronto", "ORG", ["Toronto"]),
            ("Seattle", "ORG", ["Seattle"]),
            ("Boston", "ORG", ["BOSTON"]),
        ],
    },
    {
        "id": "c10",
        "style": "conll",
        "text": """SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP .
AL-AIN , United Arab Emirates 1996-12-06
Japan began the defence of their Asian Cup title with a 2-1 win over Syria in a group C match on Friday .
Striker Kazu Pellamo scored the winner for Japan in the 78th minute .""",
        "entities": [
            ("Japan", "ORG", ["JAPAN", "Japan"], "LOC"),
            ("Syria", "ORG", ["SYRIA", "Syria"], "LOC"),
            ("Al-Ain", "PLACE", ["AL-AIN"]),
            ("United Arab Emirates", "PLACE", ["United Arab Emirates"]),
            ("Kazu Pellamo", "PERSON", ["Kazu Pellamo"]),
        ],
    },
    {
        "id": "c11",
        "style": "conll",
        "text": """JAPAN 'S VELMOTO SAYS NO SNAP ELECTION .
TOKYO 1996-08-23
Japan 's Prime Minister Ryu Velmoto said on Friday he had no plans to call a snap election .
Velmoto told reporters the Liberal Democratic Party would decide its leader in September .
Opposition leader Ichi Tarnaka of the New Frontier Party said the government was afraid of voters .""",
        "entities": [
            ("Japan", "PLACE", ["JAPAN", "Japan"]),
            ("Ryu Velmoto", "PERSON", ["VELMOTO", "Ryu Velmoto", "Velmoto"]),
            ("Tokyo", "PLACE", ["TOKYO"]),
            ("Liberal Democratic Party", "ORG", ["Liberal Democratic Party"]),
            ("Ichi Tarnaka", "PERSON", ["Ichi Tarnaka"]),
            ("New Frontier Party", "ORG", ["New Frontier Party"]),
        ],
    },
    {
        "id": "c12",
        "style": "conll",
        "text": """RUSSIA SAYS CHECHEN TALKS TO RESUME .
MOSCOW 1996-08-26
Russian security chief Alexander Velbed said on Monday talks with Chechen rebels would resume in Grozny , Interfax news agency reported .
Velbed 's spokesman Tom Pellov told Itar-Tass the two sides had agreed a ceasefire .
The Kremlin said President Pavel Grelin backed the plan .""",
        "entities": [
            ("Russia", "PLACE", ["RUSSIA"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Alexander Velbed", "PERSON", ["Alexander Velbed", "Velbed"]),
            ("Grozny", "PLACE", ["Grozny"]),
            ("Interfax", "ORG", ["Interfax"]),
            ("Tom Pellov", "PERSON", ["Tom Pellov"]),
            ("Itar-Tass", "ORG", ["Itar-Tass"]),
            ("Kremlin", "ORG", ["Kremlin"]),
            ("Pavel Grelin", "PERSON", ["Pavel Grelin"]),
        ],
    },
    {
        "id": "c13",
        "style": "conll",
        "text": """DOLLAR FIRMS AGAINST MARK IN EUROPE .
LONDON 1996-08-28
The dollar firmed against the mark in European trading on Wednesday after comments from Bundesbank president Hans Tietvel .
Dealers said the Bank of Japan was unlikely to change interest rates before October .
At 1200 GMT the dollar was at 1.4820 marks .""",
        "entities": [
            ("Europe", "PLACE", ["EUROPE"]),
            ("London", "PLACE", ["LONDON"]),
            ("Bundesbank", "ORG", ["Bundesbank"]),
            ("Hans Tietvel", "PERSON", ["Hans Tietvel"]),
            ("Bank of Japan", "ORG", ["Bank of Japan"]),
        ],
    },
    {
        "id": "c14",
        "style": "conll",
        "text": """VELKENS TO BUY STAKE IN POLAND 'S TARNOWAR .
AMSTERDAM 1996-08-30
Dutch brewer Velkens N.V. said on Friday it would buy a 40 percent stake in Polish brewery Tarnowar SA for 120 million guilders .
Velkens chairman Piet Grobbe said the deal would give it a strong position in eastern Europe .
Analysts at ABN AMRO said the price was high .""",
        "entities": [
            ("Velkens N.V.", "ORG", ["VELKENS", "Velkens N.V.", "Velkens"]),
            ("Poland", "PLACE", ["POLAND"]),
            ("Tarnowar SA", "ORG", ["TARNOWAR", "Tarnowar SA"]),
            ("Amsterdam", "PLACE", ["AMSTERDAM"]),
            ("Piet Grobbe", "PERSON", ["Piet Grobbe"]),
            ("Europe", "PLACE", ["Europe"]),
            ("ABN AMRO", "ORG", ["ABN AMRO"]),
        ],
    },
    {
        "id": "c15",
        "style": "conll",
        "text": """RUGBY UNION - ENGLISH CLUB RESULTS .
LONDON 1996-08-31
Results of English division one rugby union matches on Saturday :
Bath 34 Harlequins 20
Leicester 18 Wasps 18
Saracens 25 Bristol 12""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Bath", "ORG", ["Bath"]),
            ("Harlequins", "ORG", ["Harlequins"]),
            ("Leicester", "ORG", ["Leicester"]),
            ("Wasps", "ORG", ["Wasps"]),
            ("Saracens", "ORG", ["Saracens"]),
            ("Bristol", "ORG", ["Bristol"]),
        ],
    },
    {
        "id": "c16",
        "style": "conll",
        "text": """ATHLETICS - RESULTS IN BRUSSELS .
BRUSSELS 1996-08-23
Leading results at the grand prix athletics meeting in Brussels on Friday :
Men 's 100 metres
1. Tom Pellery ( Canada ) 10.03 seconds
2. Ato Velde ( Trinidad ) 10.05
3. Frank Grellis ( Namibia ) 10.10""",
        "entities": [
            ("Brussels", "PLACE", ["BRUSSELS", "Brussels"]),
            ("Tom Pellery", "PERSON", ["Tom Pellery"]),
            ("Ato Velde", "PERSON", ["Ato Velde"]),
            ("Frank Grellis", "PERSON", ["Frank Grellis"]),
            ("Canada", "PLACE", ["Canada"]),
            ("Trinidad", "PLACE", ["Trinidad"]),
            ("Namibia", "PLACE", ["Namibia"]),
        ],
    },
    {
        "id": "c17",
        "style": "conll",
        "text": """SENATE PASSES WELFARE BILL .
WASHINGTON 1996-08-01
The Senate voted 78-21 on Thursday to pass a welfare reform bill backed by President Tom Pellman .
Senate Majority Leader Trent Varno , a Mississippi Republican , said the bill would move people from welfare to work .
Opponents led by Senator Ed Kellan of Massachusetts said it was too harsh .""",
        "entities": [
            ("Senate", "ORG", ["SENATE", "Senate"]),
            ("Washington", "PLACE", ["WASHINGTON"]),
            ("Tom Pellman", "PERSON", ["Tom Pellman"]),
            ("Trent Varno", "PERSON", ["Trent Varno"]),
            ("Mississippi", "PLACE", ["Mississippi"]),
            ("Ed Kellan", "PERSON", ["Ed Kellan"]),
            ("Massachusetts", "PLACE", ["Massachusetts"]),
        ],
    },
    {
        "id": "c18",
        "style": "conll",
        "text": """CYCLING - PELLINI WINS STAGE .
SEVILLE , Spain 1996-09-10
Italian Marco Pellini of the Grobini team won the 10th stage on Tuesday .
Result : 1. Marco Pellini ( Italy ) Grobini 4:12:30
2. Laurent Velt ( France ) Tarnac same time""",
        "entities": [
            ("Marco Pellini", "PERSON", ["PELLINI", "Marco Pellini"]),
            ("Seville", "PLACE", ["SEVILLE"]),
            ("Spain", "PLACE", ["Spain"]),
            ("Grobini", "ORG", ["Grobini"]),
            ("Italy", "PLACE", ["Italy"]),
            ("France", "PLACE", ["France"]),
            ("Laurent Velt", "PERSON", ["Laurent Velt"]),
            ("Tarnac", "ORG", ["Tarnac"]),
        ],
    },
    {
        "id": "c19",
        "style": "conll",
        "text": """SOCCER - GERMAN FIRST DIVISION SUMMARY .
BONN 1996-08-24
Summary of Saturday 's German first division match :
Grobach Munich 2 ( Tom Pellner 34 , Jens Velt 78 ) Tarnen Bremen 1 ( Ulf Grell 55 penalty ) . Halftime 1-0 . Attendance 32,000 .""",
        "entities": [
            ("Bonn", "PLACE", ["BONN"]),
            ("Grobach Munich", "ORG", ["Grobach Munich"]),
            ("Tarnen Bremen", "ORG", ["Tarnen Bremen"]),
            ("Tom Pellner", "PERSON", ["Tom Pellner"]),
            ("Jens Velt", "PERSON", ["Jens Velt"]),
            ("Ulf Grell", "PERSON", ["Ulf Grell"]),
        ],
    },
    {
        "id": "c20",
        "style": "conll",
        "text": """INDIA - FLOODS KILL 40 IN ASSAM .
NEW DELHI 1996-08-20
Floods in the northeastern Indian state of Assam have killed at least 40 people , officials said on Tuesday .
The Press Trust of India news agency said the Brahmaputra river had burst its banks .
State minister Anil Velkar told Reuters that army units were helping .""",
        "entities": [
            ("India", "PLACE", ["INDIA"]),
            ("Assam", "PLACE", ["ASSAM", "Assam"]),
            ("New Delhi", "PLACE", ["NEW DELHI"]),
            ("Press Trust of India", "ORG", ["Press Trust of India"]),
            ("Brahmaputra", "PLACE", ["Brahmaputra"]),
            ("Anil Velkar", "PERSON", ["Anil Velkar"]),
            ("Reuters", "ORG", ["Reuters"]),
        ],
    },
    # ---------------- AP / US-paper / wire style, untokenised ----------------
    {
        "id": "a01",
        "style": "ap",
        "text": """WASHINGTON (AP) — Sen. Tom Pell (D-Calif.) said Tuesday that the Senate would not pass the spending bill before the August recess.

"We simply don't have the votes," Pell told reporters at the Capitol.

Rep. Ana Velt (R-Mass.), who chairs the House Budget Committee, said her panel would meet Thursday.""",
        "entities": [
            ("Washington", "PLACE", ["WASHINGTON"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Tom Pell", "PERSON", ["Tom Pell", "Pell"]),
            ("California", "PLACE", ["Calif."]),
            ("Senate", "ORG", ["Senate"]),
            ("Capitol", "PLACE", ["Capitol"]),
            ("Ana Velt", "PERSON", ["Ana Velt"]),
            ("Massachusetts", "PLACE", ["Mass."]),
            ("House Budget Committee", "ORG", ["House Budget Committee"]),
        ],
    },
    {
        "id": "a02",
        "style": "ap",
        "text": """Grobco Inc. said Monday it would cut 1,200 jobs at plants in Ohio and Michigan.

Chief executive Thomas Pell said the cuts were needed to compete with rivals such as Velmark Corp.

Mr. Pell, 54, took over the Dayton, Ohio-based company in 1994. Analysts at Merrill Lynch & Co. said the move was overdue.""",
        "entities": [
            ("Grobco Inc.", "ORG", ["Grobco Inc."]),
            ("Ohio", "PLACE", ["Ohio"]),
            ("Michigan", "PLACE", ["Michigan"]),
            ("Thomas Pell", "PERSON", ["Thomas Pell", "Pell"]),
            ("Velmark Corp.", "ORG", ["Velmark Corp."]),
            ("Dayton", "PLACE", ["Dayton"]),
            ("Merrill Lynch & Co.", "ORG", ["Merrill Lynch & Co."]),
        ],
    },
    {
        "id": "a03",
        "style": "ap",
        "text": """Lt. Gen. Ana Velt, the commander of U.S. forces in the Pacific, told the Senate Armed Services Committee on Wednesday that North Korea remained a threat.

Velt said the Pentagon had asked for more ships. Dr. Tom Grell, a professor at Johns Hopkins University, disagreed.

"The threat is overstated," Grell said.""",
        "entities": [
            ("Ana Velt", "PERSON", ["Ana Velt", "Velt"]),
            ("United States", "PLACE", ["U.S."]),
            ("Pacific", "PLACE", ["Pacific"]),
            ("Senate Armed Services Committee", "ORG", ["Senate Armed Services Committee"]),
            ("North Korea", "PLACE", ["North Korea"]),
            ("Pentagon", "ORG", ["Pentagon"]),
            ("Tom Grell", "PERSON", ["Tom Grell", "Grell"]),
            ("Johns Hopkins University", "ORG", ["Johns Hopkins University"]),
        ],
    },
    {
        "id": "a04",
        "style": "ap",
        "text": """SACRAMENTO, Calif. — Gov. Ray Tarn signed a law Friday requiring background checks for gun buyers, a measure opposed by the National Rifle Association.

The FBI will run the checks, a bureau spokeswoman said. Tarn, a Republican, said the law would save lives.

NRA spokeswoman Dana Pell said the group would sue. Ms. Pell added that the law would not stop criminals.""",
        "entities": [
            ("Sacramento", "PLACE", ["SACRAMENTO"]),
            ("California", "PLACE", ["Calif."]),
            ("Ray Tarn", "PERSON", ["Ray Tarn", "Tarn"]),
            ("National Rifle Association", "ORG", ["National Rifle Association", "NRA"]),
            ("FBI", "ORG", ["FBI"]),
            ("Dana Pell", "PERSON", ["Dana Pell", "Pell"]),
        ],
    },
    {
        "id": "a05",
        "style": "ap",
        "text": """Prof. Lena Velt of Stanford University said the vaccine trial, funded by the National Institutes of Health, would begin in Boston next month.

Velt's team worked with Grobgen Inc., a biotech company based in Cambridge, Mass.

"We are cautiously optimistic," said Dr. Velt.""",
        "entities": [
            ("Lena Velt", "PERSON", ["Lena Velt", "Velt"]),
            ("Stanford University", "ORG", ["Stanford University"]),
            ("National Institutes of Health", "ORG", ["National Institutes of Health"]),
            ("Boston", "PLACE", ["Boston"]),
            ("Grobgen Inc.", "ORG", ["Grobgen Inc."]),
            ("Cambridge", "PLACE", ["Cambridge"]),
            ("Massachusetts", "PLACE", ["Mass."]),
        ],
    },
    {
        "id": "a06",
        "style": "ap",
        "text": """UNITED NATIONS (AP) — The U.N. Security Council voted Thursday to extend its peacekeeping mission in Haiti for six months.

U.S. Ambassador Tom Pellway said the United States supported the extension. France and Russia abstained.

Pellway told reporters the mission had cost $100 million.""",
        "entities": [
            ("United Nations (dateline)", "PLACE", ["UNITED NATIONS"]),
            ("Associated Press", "ORG", ["AP"]),
            ("U.N. Security Council", "ORG", ["U.N. Security Council"]),
            ("Haiti", "PLACE", ["Haiti"]),
            ("United States", "PLACE", ["U.S.", "United States"]),
            ("Tom Pellway", "PERSON", ["Tom Pellway", "Pellway"]),
            ("France", "PLACE", ["France"]),
            ("Russia", "PLACE", ["Russia"]),
        ],
    },
    {
        "id": "a07",
        "style": "ap",
        "text": """NEW YORK — Velmar Corp. agreed to buy Tarnell Co. for $2.1 billion in stock, the companies said Wednesday.

Velmar Chairman Ana Grell said the deal would make the company the largest maker of auto parts in North America. Ms. Grell will remain chairman.

Tarnell's chief executive, John K. Pell, will join Velmar's board. Mr. Pell declined to comment. Shares of Velmar fell 75 cents to $41.25 on the New York Stock Exchange.""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("Velmar Corp.", "ORG", ["Velmar Corp.", "Velmar"]),
            ("Tarnell Co.", "ORG", ["Tarnell Co.", "Tarnell"]),
            ("Ana Grell", "PERSON", ["Ana Grell", "Grell"]),
            ("North America", "PLACE", ["North America"]),
            ("John K. Pell", "PERSON", ["John K. Pell", "Pell"]),
            ("New York Stock Exchange", "ORG", ["New York Stock Exchange"]),
        ],
    },
    {
        "id": "a08",
        "style": "ap",
        "text": """ANN ARBOR, Mich. — The University of Michigan said Monday it would raise tuition 6 percent.

University President Lee Bollvel said state funding had fallen. The decision drew protests from students and from state Sen. Ken Tarnow, D-Detroit.""",
        "entities": [
            ("Ann Arbor", "PLACE", ["ANN ARBOR"]),
            ("Michigan", "PLACE", ["Mich."]),
            ("University of Michigan", "ORG", ["University of Michigan"]),
            ("Lee Bollvel", "PERSON", ["Lee Bollvel"]),
            ("Ken Tarnow", "PERSON", ["Ken Tarnow"]),
            ("Detroit", "PLACE", ["Detroit"]),
        ],
    },
    {
        "id": "a09",
        "style": "ap",
        "text": """Thomas R. Velt, the former chairman of the Securities and Exchange Commission, has joined the law firm of Grell & Pell in Chicago.

Mr. Velt, 61, will head the firm's Washington office, the firm said yesterday. He succeeds Mary Tarn, who retired in June.

Ms. Tarn had led the office since 1988.""",
        "entities": [
            ("Thomas R. Velt", "PERSON", ["Thomas R. Velt", "Velt"]),
            ("Securities and Exchange Commission", "ORG", ["Securities and Exchange Commission"]),
            ("Grell & Pell", "ORG", ["Grell & Pell"]),
            ("Chicago", "PLACE", ["Chicago"]),
            ("Washington", "PLACE", ["Washington"]),
            ("Mary Tarn", "PERSON", ["Mary Tarn", "Tarn"]),
        ],
    },
    {
        "id": "a10",
        "style": "ap",
        "text": """The Federal Aviation Administration ordered inspections of 300 jets on Tuesday after cracks were found on a plane operated by Velair Inc. of Denver.

FAA spokesman Tom Pellard said the inspections should take two weeks. The National Transportation Safety Board is investigating, NTSB spokeswoman Ana Rell said.""",
        "entities": [
            ("Federal Aviation Administration", "ORG", ["Federal Aviation Administration", "FAA"]),
            ("Velair Inc.", "ORG", ["Velair Inc."]),
            ("Denver", "PLACE", ["Denver"]),
            ("Tom Pellard", "PERSON", ["Tom Pellard"]),
            ("National Transportation Safety Board", "ORG", ["National Transportation Safety Board", "NTSB"]),
            ("Ana Rell", "PERSON", ["Ana Rell"]),
        ],
    },
    {
        "id": "a11",
        "style": "ap",
        "text": """WASHINGTON (AP) — The Pentagon said Friday it would send 2,000 more troops to Kuwait after Iraq moved forces toward the border.

Defense Secretary William Tarnes said Gen. John Velloway, commander of U.S. Central Command, had requested the troops.

Iraqi officials in Baghdad denied any threat.""",
        "entities": [
            ("Washington", "PLACE", ["WASHINGTON"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Pentagon", "ORG", ["Pentagon"]),
            ("Kuwait", "PLACE", ["Kuwait"]),
            ("Iraq", "PLACE", ["Iraq"]),
            ("William Tarnes", "PERSON", ["William Tarnes"]),
            ("John Velloway", "PERSON", ["John Velloway"]),
            ("U.S. Central Command", "ORG", ["U.S. Central Command"]),
            ("Baghdad", "PLACE", ["Baghdad"]),
        ],
    },
    {
        "id": "a12",
        "style": "ap",
        "text": """BOSTON (AP) — Tom Pell hit a two-run homer in the eighth inning and the Boston Red Sox beat the New York Yankees 5-3 on Sunday.

Pell, who missed a week with a sore wrist, has 22 homers. Yankees manager Joe Tarrell said his team was tired.

Red Sox starter Juan Velez (12-7) allowed two runs.""",
        "entities": [
            ("Boston", "PLACE", ["BOSTON"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Tom Pell", "PERSON", ["Tom Pell", "Pell"]),
            ("Boston Red Sox", "ORG", ["Boston Red Sox", "Red Sox"]),
            ("New York Yankees", "ORG", ["New York Yankees", "Yankees"]),
            ("Joe Tarrell", "PERSON", ["Joe Tarrell"]),
            ("Juan Velez", "PERSON", ["Juan Velez"]),
        ],
    },
    {
        "id": "a13",
        "style": "ap",
        "text": """HONG KONG — Shares of Grobwell Holdings Ltd. jumped 8 percent after the property developer said it had won a contract from the Hong Kong government.

Grobwell's managing director, Peter Tam Velling, said the project would be finished by 1999. Rival Tarnway Properties Ltd. said it would appeal.""",
        "entities": [
            ("Hong Kong", "PLACE", ["HONG KONG", "Hong Kong"]),
            ("Grobwell Holdings Ltd.", "ORG", ["Grobwell Holdings Ltd.", "Grobwell"]),
            ("Peter Tam Velling", "PERSON", ["Peter Tam Velling"]),
            ("Tarnway Properties Ltd.", "ORG", ["Tarnway Properties Ltd."]),
        ],
    },
    {
        "id": "a14",
        "style": "ap",
        "text": """Dr. Ana Velt, a cardiologist at Massachusetts General Hospital, said the study published in the New England Journal of Medicine should change practice.

The study, paid for by Grobmed Corp., followed 4,000 patients in Canada and the United States. Velt was not involved in the research, which was led by Dr. Samuel Pellow of McGill University in Montreal.""",
        "entities": [
            ("Ana Velt", "PERSON", ["Ana Velt", "Velt"]),
            ("Massachusetts General Hospital", "ORG", ["Massachusetts General Hospital"]),
            ("New England Journal of Medicine", "ORG", ["New England Journal of Medicine"]),
            ("Grobmed Corp.", "ORG", ["Grobmed Corp."]),
            ("Canada", "PLACE", ["Canada"]),
            ("United States", "PLACE", ["United States"]),
            ("Samuel Pellow", "PERSON", ["Samuel Pellow"]),
            ("McGill University", "ORG", ["McGill University"]),
            ("Montreal", "PLACE", ["Montreal"]),
        ],
    },
    {
        "id": "a15",
        "style": "ap",
        "text": """LONDON (Reuters) - Britain's Grobco Plc said on Tuesday it would close two factories in Wales, cutting 600 jobs.

Chief executive Tom Pell told Reuters the company faced weak demand in Europe. Grobco shares fell 3 percent in London.

The GMB union said it would fight the closures.""",
        "entities": [
            ("London", "PLACE", ["LONDON", "London"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Britain", "PLACE", ["Britain"]),
            ("Grobco Plc", "ORG", ["Grobco Plc", "Grobco"]),
            ("Wales", "PLACE", ["Wales"]),
            ("Tom Pell", "PERSON", ["Tom Pell"]),
            ("Europe", "PLACE", ["Europe"]),
            ("GMB", "ORG", ["GMB"]),
        ],
    },
    {
        "id": "a16",
        "style": "ap",
        "text": """Rep. Mark Tarnell, R-Texas, and Lt. Gov. Susan Pell of Ohio wrote to the State Department on Monday urging it to help an Ohio man jailed in Venezuela.

Tarnell said the man, Dale Vetter, had been held in Caracas for three months. A State Department spokesman said consular officials had visited Vetter.""",
        "entities": [
            ("Mark Tarnell", "PERSON", ["Mark Tarnell", "Tarnell"]),
            ("Texas", "PLACE", ["Texas"]),
            ("Susan Pell", "PERSON", ["Susan Pell"]),
            ("Ohio", "PLACE", ["Ohio"]),
            ("State Department", "ORG", ["State Department"]),
            ("Venezuela", "PLACE", ["Venezuela"]),
            ("Dale Vetter", "PERSON", ["Dale Vetter", "Vetter"]),
            ("Caracas", "PLACE", ["Caracas"]),
        ],
    },
]
