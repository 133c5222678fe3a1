"""Session 43 (wire43): an eighth hand-written file of invented news paragraphs, the sixth written as a
blind measurement (annotated before belreader ran on it, committed alone). The earlier files are US
(`wire_s36_data` .. `wire_s40_data`), Canadian / British (`wire_s41_data`) and international wire
(`wire_s42_data`) news; this one is the SPECIALIST PRESS and English-language news outside the UK and
the US:
- sports reporting (ESPN, The Athletic, Sky Sports, AP and Reuters sport): post-match quotes ("said
  coach X", '"...," X told reporters after the game', "told Sky Sports", "said in his post-match press
  conference"), a player quoted over two paragraphs, a club statement, "the NFL said", "according to a
  source close to the player", an injury "confirmed";
- technology and business-tech press (TechCrunch, The Verge, Wired, Ars Technica, Bloomberg): "a
  company spokesperson told The Verge", "wrote in a blog post", "said in a post on X / LinkedIn", "said
  in a filing with the Securities and Exchange Commission", "according to an internal memo seen by",
  "people familiar with the matter said", analysts, a security researcher;
- entertainment and culture (Variety, The Hollywood Reporter, Rolling Stone, the Guardian): "the actor
  told Variety", "in an interview with Rolling Stone", "a representative for X confirmed", "the studio
  said in a statement", a director quoted in a feature with present-tense "says";
- news from Australia, India, Ireland, South Africa and Nigeria (ABC, PTI, The Times of India, The
  Irish Times, RTÉ, News24, Premium Times): "told the ABC", "told PTI", "said in a statement on
  Friday", "told the Dáil", "according to police", "Gardaí said", Indian-English "said while
  addressing a gathering", "alleged that", "opined".
`none` sentences: results, transfers, schedules, a product launch, "declined to comment", "did not
respond to a request for comment", "could not be reached", questions. Every person and company is
invented; leagues, clubs, outlets, ministries, regulators and places are real.

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed); `speaks_for`: the body an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop; a quote
  interrupted by its attribution in one paragraph is one claim, the cut attribution marked " … ";
- `outlet`: the outlet's name, "" for none, None when not scored (social networks, blogs).
`none` lists sentences (substrings) that must yield no claim.

The expectations are as first written, committed before the code ran (6ab80167); six changed after
the first run, each noted at its case and in REPORT_wire43.md (3, 55: Sky Sports's broadcaster BSkyB;
12: World Athletics is the table's IAAF; 40: PTI written as its id; 51: speaks_for the department).
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- sport
    {  # 1 a result (none), then '"...," said Charlotte coach X, whose side ...'
        "text": "The Boston Celtics beat Charlotte 112-104 on Tuesday night, their sixth win in a row.\n\n"
        '"We just didn\'t match their intensity in the first half," said Charlotte coach Darnell Whitcombe, '
        "whose side has now lost four straight.",
        "claims": [
            {
                "who": "Charlotte coach Darnell Whitcombe",
                "speaker": "Darnell Whitcombe",
                "content": "We just didn't match their intensity in the first half",
                "outlet": "",
            }
        ],
        "none": ["their sixth win in a row"],
    },
    {  # 2 '"...," X told reporters after the game. "..."'
        "text": '"I felt the hamstring go on the second sprint," Marcus Eddleston told reporters after the game. '
        "\"It's frustrating, but I'll be back before the playoffs.\"",
        "claims": [
            {
                "who": "Marcus Eddleston",
                "speaker": "Marcus Eddleston",
                "content": "I felt the hamstring go on the second sprint … It's frustrating, but I'll be back before "
                "the playoffs",
                "outlet": "",
            }
        ],
    },
    {  # 3 told Sky Sports that, a partial quote
        "text": 'Arsenal midfielder Tobias Lindqvist told Sky Sports that the dressing room had "total belief" in '
        "the manager.",
        "claims": [
            {
                "who": "Arsenal midfielder Tobias Lindqvist",
                "speaker": "Tobias Lindqvist",
                "content": 'the dressing room had "total belief" in the manager',
                # changed after the first run: was "Sky Sports"; the channel's outlet is its
                # broadcaster (GUIDE: a programme belongs to its broadcaster), id "bskyb"
                "outlet": "BSkyB",
            }
        ],
    },
    {  # 4 said in his post-match press conference that; "X added:" in the next paragraph
        "text": "Everton manager Graham Tulley said in his post-match press conference that the penalty decision "
        'was "baffling".\n\n'
        "Tulley added: \"I've watched it five times and I still can't see the contact.\"",
        "claims": [
            {
                "who": "Everton manager Graham Tulley",
                "speaker": "Graham Tulley",
                "content": 'the penalty decision was "baffling"',
                "outlet": "",
            },
            {
                "who": "Tulley",
                "speaker": "Graham Tulley",
                "content": "I've watched it five times and I still can't see the contact",
                "outlet": "",
            },
        ],
    },
    {  # 5 a player quoted over two paragraphs
        "text": '"Coming back to this stadium in a different shirt was always going to be emotional," said Kwame '
        'Osei-Bonsu, who scored twice on his return to Anfield. "I had eight great years here."\n\n'
        '"But I\'m a professional, and when the chance came I had to take it."',
        "claims": [
            {
                "who": "Kwame Osei-Bonsu",
                "speaker": "Kwame Osei-Bonsu",
                "content": "Coming back to this stadium in a different shirt was always going to be emotional … I "
                "had eight great years here",
                "outlet": "",
            },
            {
                "who": "",
                "speaker": "Kwame Osei-Bonsu",
                "content": "But I'm a professional, and when the chance came I had to take it",
                "outlet": "",
            },
        ],
    },
    {  # 6 a fine (none); "In a statement, the club said"
        "text": "Leeds United have been fined £40,000 by the Football Association for failing to control their "
        "players.\n\n"
        'In a statement, the club said it was "deeply disappointed" by the decision and would consider an '
        "appeal.",
        "claims": [
            {
                "who": "the club",
                "speaker": "Leeds United",
                "content": 'it was "deeply disappointed" by the decision and would consider an appeal',
                "outlet": "",
            }
        ],
        "none": ["have been fined"],
    },
    {  # 7 the league said Tuesday that
        "text": "The NFL said Tuesday that it had suspended Denver linebacker Travon Ellery for two games for a "
        "helmet-to-helmet hit.",
        "claims": [
            {
                "who": "The NFL",
                "speaker": "NFL",
                "content": "it had suspended Denver linebacker Travon Ellery for two games for a helmet-to-helmet hit",
                "outlet": "",
            }
        ],
    },
    {  # 8 according to a source close to the player
        "text": "Rafael Montoya Diaz is expected to sign a five-year extension with the club before the end of the "
        "month, according to a source close to the player.",
        "claims": [
            {
                "who": "a source close to the player",
                "speaker": "",
                "content": "Rafael Montoya Diaz is expected to sign a five-year extension with the club before the "
                "end of the month",
                "outlet": "",
            }
        ],
    },
    {  # 9 an injury confirmed
        "text": "The Yankees confirmed that pitcher Elliot Brannagh had suffered a torn ulnar collateral ligament "
        "and will miss the rest of the season.",
        "claims": [
            {
                "who": "The Yankees",
                "speaker": "Yankees",
                "content": "pitcher Elliot Brannagh had suffered a torn ulnar collateral ligament and will miss the "
                "rest of the season",
                "outlet": "",
            }
        ],
    },
    {  # 10 a transfer, a schedule and a question (none)
        "text": "Chelsea completed the signing of Brazilian winger Thiago Ramalho from Porto for a reported fee of "
        "£52 million on Friday.\n\n"
        "He could make his debut against Newcastle, with the match kicking off at 3pm on Saturday. Can he "
        "fix the club's problems on the left?",
        "claims": [],
        "none": ["completed the signing", "kicking off at 3pm", "Can he fix"],
    },
    {  # 11 AP sports dateline; "X, the Mets' general manager, said Monday that"
        "text": "NEW YORK (AP) — Kevin Harrowgate, the Mets' general manager, said Monday that the team would not "
        "pursue any more free agents before spring training.",
        "claims": [
            {
                "who": "Kevin Harrowgate",
                "speaker": "Kevin Harrowgate",
                "content": "the team would not pursue any more free agents before spring training",
                "outlet": "",
            }
        ],
    },
    {  # 12 Reuters sport: a governing body said on Wednesday it had
        "text": "World Athletics said on Wednesday it had provisionally suspended Kenyan marathon runner Dennis "
        "Kiptanui after he tested positive for a banned blood booster.",
        "claims": [
            {
                "who": "World Athletics",
                # changed after the first run: was "World Athletics"; the table's entity for the body
                # is the IAAF (its former name, id "iaaf"), which the code found
                "speaker": "IAAF",
                "content": "it had provisionally suspended Kenyan marathon runner Dennis Kiptanui after he tested "
                "positive for a banned blood booster",
                "outlet": "",
            }
        ],
    },
    {  # 13 an executive on condition of anonymity told The Athletic
        "text": "One Western Conference executive, speaking on condition of anonymity, told The Athletic that the "
        'trade market for centers had "completely dried up."',
        "claims": [
            {
                "who": "One Western Conference executive",
                "speaker": "",
                "content": 'the trade market for centers had "completely dried up."',
                "outlet": "The Athletic",
            }
        ],
    },
    {  # 14 a governing body's spokesperson said: "..."
        "text": 'A Football Association spokesperson said: "We are aware of the incident and are looking into it."',
        "claims": [
            {
                "who": "A Football Association spokesperson",
                "speaker": "",
                "speaks_for": "Football Association",
                "content": "We are aware of the incident and are looking into it",
                "outlet": "",
            }
        ],
    },
    {  # 15 ESPN: "X told ESPN on Sunday"
        "text": "Veteran quarterback Dale Pruett told ESPN on Sunday that he intends to play at least two more "
        "seasons.",
        "claims": [
            {
                "who": "Veteran quarterback Dale Pruett",
                "speaker": "Dale Pruett",
                "content": "he intends to play at least two more seasons",
                "outlet": "ESPN",
            }
        ],
    },
    # ---- technology
    {  # 16 a sales pause (none); a company spokesperson told The Verge
        "text": "Lumora, the smart-glasses startup, has paused sales of its first headset in Europe.\n\n"
        'A company spokesperson told The Verge that sales would resume "once we have addressed the '
        "regulator's questions.\"",
        "claims": [
            {
                "who": "A company spokesperson",
                "speaker": "",
                "speaks_for": "Lumora",
                "content": 'sales would resume "once we have addressed the regulator\'s questions."',
                "outlet": "The Verge",
            }
        ],
        "none": ["has paused sales"],
    },
    {  # 17 X, the company's chief executive, wrote in a blog post on Tuesday that
        "text": "Nadia Ferreira-Holt, Brightwell's chief executive, wrote in a blog post on Tuesday that the company "
        "would cut about 8 percent of its workforce.",
        "claims": [
            {
                "who": "Nadia Ferreira-Holt",
                "speaker": "Nadia Ferreira-Holt",
                "content": "the company would cut about 8 percent of its workforce",
                "outlet": None,
            }
        ],
    },
    {  # 18 '"...," X said in a post on X.'
        "text": '"We shipped too fast and we broke things people relied on," Corvane founder Elias Marrow said in a '
        "post on X.",
        "claims": [
            {
                "who": "Corvane founder Elias Marrow",
                "speaker": "Elias Marrow",
                "content": "We shipped too fast and we broke things people relied on",
                "outlet": None,
            }
        ],
    },
    {  # 19 said in a filing with the Securities and Exchange Commission that
        "text": "Quillstream said in a filing with the Securities and Exchange Commission that it expected revenue "
        "for the quarter to fall short of analysts' estimates.",
        "claims": [
            {
                "who": "Quillstream",
                "speaker": "Quillstream",
                "content": "it expected revenue for the quarter to fall short of analysts' estimates",
                "outlet": "",
            }
        ],
    },
    {  # 20 according to an internal memo seen by Bloomberg News
        "text": "Halvard Systems employees will be required to work from the office four days a week from March, "
        "according to an internal memo seen by Bloomberg News.",
        "claims": [
            {
                "who": "an internal memo",
                "speaker": "",
                "content": "Halvard Systems employees will be required to work from the office four days a week "
                "from March",
                "outlet": "Bloomberg",
            }
        ],
    },
    {  # 21 the lawsuit alleges that; a spokesperson declined to comment; did not respond (none)
        "text": "The lawsuit, filed in federal court in San Jose, alleges that Google used Veritrace's patented "
        "compression method in its Android software without a license.\n\n"
        "A Google spokesperson declined to comment on the lawsuit. Veritrace did not respond to a request for "
        "comment.",
        "claims": [
            {
                "who": "The lawsuit",
                "speaker": "",
                "content": "Google used Veritrace's patented compression method in its Android software without a "
                "license",
                "outlet": "",
            }
        ],
        "none": ["declined to comment", "did not respond to a request for comment"],
    },
    {  # 22 '"...," said X, an analyst at a named firm'
        "text": '"This is a company that has been buying growth for three years, and the bill has come due," said '
        "Priya Raghunathan, an analyst at Wedbush Securities.",
        "claims": [
            {
                "who": "Priya Raghunathan",
                "speaker": "Priya Raghunathan",
                "content": "This is a company that has been buying growth for three years, and the bill has come due",
                "outlet": "",
            }
        ],
    },
    {  # 23 Security researcher X, who discovered the flaw, said
        "text": "Security researcher Tomasz Wielgosz, who discovered the flaw, said attackers could use it to take "
        "over a victim's router without any user interaction.",
        "claims": [
            {
                "who": "Security researcher Tomasz Wielgosz",
                "speaker": "Tomasz Wielgosz",
                "content": "attackers could use it to take over a victim's router without any user interaction",
                "outlet": "",
            }
        ],
    },
    {  # 24 a company's spokesperson confirmed to Ars Technica that
        "text": "A Halden Labs spokesperson confirmed to Ars Technica that the breach had affected about 2 million "
        "accounts.",
        "claims": [
            {
                "who": "A Halden Labs spokesperson",
                "speaker": "",
                "speaks_for": "Halden Labs",
                "content": "the breach had affected about 2 million accounts",
                "outlet": "Ars Technica",
            }
        ],
    },
    {  # 25 a funding round (none); co-founder and CEO X told TechCrunch
        "text": "Ferncliff raised $40 million in a Series B round led by Index Ventures, with participation from "
        "existing investors.\n\n"
        "Ferncliff co-founder and CEO Amara Nwosu told TechCrunch that the new funding would be used to expand "
        "into Southeast Asia.",
        "claims": [
            {
                "who": "Ferncliff co-founder and CEO Amara Nwosu",
                "speaker": "Amara Nwosu",
                "content": "the new funding would be used to expand into Southeast Asia",
                "outlet": "TechCrunch",
            }
        ],
        "none": ["raised $40 million"],
    },
    {  # 26 In an interview with Wired, X, the lab's research director, said
        "text": "In an interview with Wired, Oskar Feldhaus, the lab's research director, said the model had been "
        'trained on "a fraction" of the data used by its rivals.',
        "claims": [
            {
                "who": "Oskar Feldhaus",
                "speaker": "Oskar Feldhaus",
                "content": 'the model had been trained on "a fraction" of the data used by its rivals',
                "outlet": "Wired",
            }
        ],
    },
    {  # 27 a product launch without a statement, and a question (none)
        "text": "Brightwell on Wednesday unveiled its latest smartphone, which starts at $799 and goes on sale next "
        "Friday. Will it be enough to win back customers?",
        "claims": [],
        "none": ["unveiled its latest smartphone", "Will it be enough"],
    },
    {  # 28 X, who left the company in June, said in a post on LinkedIn that
        "text": "Marisol Ibarra-Quinn, who left the company in June, said in a post on LinkedIn that she had raised "
        'concerns about the product\'s safety testing "more than a dozen times."',
        "claims": [
            {
                "who": "Marisol Ibarra-Quinn",
                "speaker": "Marisol Ibarra-Quinn",
                "content": 'she had raised concerns about the product\'s safety testing "more than a dozen times."',
                "outlet": None,
            }
        ],
    },
    {  # 29 people familiar with the matter said, asking not to be identified
        "text": "Torvald Energy is in talks to acquire the battery maker Solvane for about $1.2 billion, people "
        "familiar with the matter said, asking not to be identified because the discussions are private.",
        "claims": [
            {
                "who": "people familiar with the matter",
                "speaker": "",
                "content": "Torvald Energy is in talks to acquire the battery maker Solvane for about $1.2 billion",
                "outlet": "",
            }
        ],
    },
    {  # 30 the company said in a statement that; could not be reached (none)
        "text": 'Quillstream said in a statement that it was "cooperating fully" with the investigation. Its former '
        "chief financial officer, Gerald Oakes, could not be reached.",
        "claims": [
            {
                "who": "Quillstream",
                "speaker": "Quillstream",
                "content": 'it was "cooperating fully" with the investigation',
                "outlet": "",
            }
        ],
        "none": ["could not be reached"],
    },
    # ---- entertainment and culture
    {  # 31 a new film (none); '"...," the actor told Variety. "..."'
        "text": 'Lorcan Devereaux, 58, returns to action films this summer in "Cold Harbour."\n\n'
        '"I wasn\'t sure I could still do this kind of physical role," the actor told Variety. "Turns out my '
        'knees disagreed."',
        "claims": [
            {
                "who": "the actor",
                "speaker": "Lorcan Devereaux",
                "content": "I wasn't sure I could still do this kind of physical role … Turns out my knees disagreed",
                "outlet": "Variety",
            }
        ],
        "none": ["returns to action films"],
    },
    {  # 32 In an interview with Rolling Stone, singer X said
        "text": 'In an interview with Rolling Stone, singer Jolene Marchetti said the album was written "in one very '
        'bad winter."',
        "claims": [
            {
                "who": "singer Jolene Marchetti",
                "speaker": "Jolene Marchetti",
                "content": 'the album was written "in one very bad winter."',
                "outlet": "Rolling Stone",
            }
        ],
    },
    {  # 33 A representative for X confirmed that
        "text": "A representative for the singer Ayla Brandt confirmed that she had withdrawn from the festival for "
        "health reasons.",
        "claims": [
            {
                "who": "A representative for the singer Ayla Brandt",
                "speaker": "",
                "speaks_for": "Ayla Brandt",
                "content": "she had withdrawn from the festival for health reasons",
                "outlet": "",
            }
        ],
    },
    {  # 34 the studio said in a statement that
        "text": 'Paramount said in a statement that production on "Night Ferry" had been halted after a crew member '
        "was injured on set.",
        "claims": [
            {
                "who": "Paramount",
                "speaker": "Paramount",
                "content": 'production on "Night Ferry" had been halted after a crew member was injured on set',
                "outlet": "",
            }
        ],
    },
    {  # 35 a feature: '"...," says director X, whose ... "..."', then "X says"
        "text": '"I wanted the audience to feel trapped in that kitchen," says director Inès Valcourt, whose third '
        'feature premieres at Cannes next week. "Every shot is a little too close."\n\n'
        "Valcourt says she rewrote the ending three days before shooting began.",
        "claims": [
            {
                "who": "director Inès Valcourt",
                "speaker": "Inès Valcourt",
                "content": "I wanted the audience to feel trapped in that kitchen … Every shot is a little too close",
                "outlet": "",
            },
            {
                "who": "Valcourt",
                "speaker": "Inès Valcourt",
                "content": "she rewrote the ending three days before shooting began",
                "outlet": "",
            },
        ],
    },
    {  # 36 Sources told The Hollywood Reporter that
        "text": "Sources told The Hollywood Reporter that the network had ordered a second season before the first "
        "episode aired.",
        "claims": [
            {
                "who": "Sources",
                "speaker": "",
                "content": "the network had ordered a second season before the first episode aired",
                "outlet": "Hollywood Reporter",
            }
        ],
    },
    {  # 37 The novelist X, whose new book ..., told the Guardian she had
        "text": "The novelist Harriet Penrose-Lyle, whose new book is published next month, told the Guardian she "
        'had "given up trying to be liked."',
        "claims": [
            {
                "who": "The novelist Harriet Penrose-Lyle",
                "speaker": "Harriet Penrose-Lyle",
                "content": 'she had "given up trying to be liked."',
                "outlet": "Guardian",
            }
        ],
    },
    {  # 38 according to studio estimates; a festival's dates (none)
        "text": "The film took $48m at the North American box office over the weekend, according to studio "
        "estimates.\n\n"
        "The festival runs from May 14 to May 25.",
        "claims": [
            {
                "who": "studio estimates",
                "speaker": "",
                "content": "The film took $48m at the North American box office over the weekend",
                "outlet": "",
            }
        ],
        "none": ["The festival runs"],
    },
    # ---- Australia, India, Ireland, South Africa, Nigeria
    {  # 39 told the ABC that; a warning issued (none)
        "text": "The Bureau of Meteorology has issued a severe weather warning for the Gold Coast.\n\n"
        "Queensland Police Commissioner Bronwyn Tasker told the ABC that officers had been deployed to the "
        "flood-hit towns overnight.",
        "claims": [
            {
                "who": "Queensland Police Commissioner Bronwyn Tasker",
                "speaker": "Bronwyn Tasker",
                "content": "officers had been deployed to the flood-hit towns overnight",
                "outlet": "ABC",
            }
        ],
        "none": ["has issued a severe weather warning"],
    },
    {  # 40 '"...," senior leader X told PTI.'
        "text": '"The party will contest all 40 seats on its own," senior leader Rakesh Venugopal told PTI.',
        "claims": [
            {
                "who": "senior leader Rakesh Venugopal",
                "speaker": "Rakesh Venugopal",
                "content": "The party will contest all 40 seats on its own",
                # changed after the first run: was "PTI"; written so that the scorer's slug is the
                # outlet's id ("press-trust-of-india"), which the code found
                "outlet": "Press Trust of India",
            }
        ],
    },
    {  # 41 The Reserve Bank of India said in a statement on Friday that
        "text": "The Reserve Bank of India said in a statement on Friday that it had imposed a penalty of ₹2.5 crore "
        "on the lender for lapses in its know-your-customer rules.",
        "claims": [
            {
                "who": "The Reserve Bank of India",
                "speaker": "Reserve Bank of India",
                "content": "it had imposed a penalty of ₹2.5 crore on the lender for lapses in its know-your-customer "
                "rules",
                "outlet": "",
            }
        ],
    },
    {  # 42 The Minister for X, Name, told the Dáil that
        "text": "The Minister for Housing, Declan Furlong, told the Dáil that 4,000 new social homes would be "
        "delivered this year.",
        "claims": [
            {
                "who": "The Minister for Housing, Declan Furlong",
                "speaker": "Declan Furlong",
                "content": "4,000 new social homes would be delivered this year",
                "outlet": "",
            }
        ],
    },
    {  # 43 ..., according to police.
        "text": "Two men were arrested in Soweto on Sunday after a shooting at a tavern left five people dead, "
        "according to police.",
        "claims": [
            {
                "who": "police",
                "speaker": "",
                "content": "Two men were arrested in Soweto on Sunday after a shooting at a tavern left five people "
                "dead",
                "outlet": "",
            }
        ],
    },
    {  # 44 Indian English: said while addressing a gathering in PLACE that
        "text": "Chief Minister Suresh Pattanaik said while addressing a gathering in Bhubaneswar that the "
        "government would set up 200 new primary health centres.",
        "claims": [
            {
                "who": "Chief Minister Suresh Pattanaik",
                "speaker": "Suresh Pattanaik",
                "content": "the government would set up 200 new primary health centres",
                "outlet": "",
            }
        ],
    },
    {  # 45 Indian English: alleged that
        "text": "Opposition leader Meenakshi Rao alleged that the tender had been awarded to a company linked to the "
        "minister's family.",
        "claims": [
            {
                "who": "Opposition leader Meenakshi Rao",
                "speaker": "Meenakshi Rao",
                "content": "the tender had been awarded to a company linked to the minister's family",
                "outlet": "",
            }
        ],
    },
    {  # 46 Indian English: opined that
        "text": "Former Supreme Court judge Vikram Sahni opined that the amendment would not survive judicial "
        "scrutiny.",
        "claims": [
            {
                "who": "Former Supreme Court judge Vikram Sahni",
                "speaker": "Vikram Sahni",
                "content": "the amendment would not survive judicial scrutiny",
                "outlet": "",
            }
        ],
    },
    {  # 47 Nigeria: "The spokesperson for the X Command, Name, said in a statement on Sunday that"
        "text": "The spokesperson for the Lagos State Police Command, Adebayo Okonjo, said in a statement on Sunday "
        "that three suspects had been arrested in connection with the attack.",
        "claims": [
            {
                "who": "The spokesperson for the Lagos State Police Command, Adebayo Okonjo",
                "speaker": "Adebayo Okonjo",
                "content": "three suspects had been arrested in connection with the attack",
                "outlet": "",
            }
        ],
    },
    {  # 48 Nigeria: '"...," the party's national publicity secretary, Name, told Premium Times on Tuesday.'
        "text": '"We will not be intimidated," the party\'s national publicity secretary, Chidi Anyanwu-Bello, told '
        "Premium Times on Tuesday.",
        "claims": [
            {
                "who": "the party's national publicity secretary, Chidi Anyanwu-Bello",
                "speaker": "Chidi Anyanwu-Bello",
                "content": "We will not be intimidated",
                "outlet": "Premium Times",
            }
        ],
    },
    {  # 49 South Africa: X spokesperson Name told News24 that
        "text": "Eskom spokesperson Thabo Mahlangu told News24 that load shedding would be suspended from 5am on "
        "Saturday.",
        "claims": [
            {
                "who": "Eskom spokesperson Thabo Mahlangu",
                "speaker": "Thabo Mahlangu",
                "content": "load shedding would be suspended from 5am on Saturday",
                "outlet": "News24",
            }
        ],
    },
    {  # 50 Ireland: Speaking on RTÉ's Morning Ireland, X said
        "text": "Speaking on RTÉ's Morning Ireland, Sinn Féin TD Orlagh Brennan said the budget did \"nothing for "
        'renters."',
        "claims": [
            {
                "who": "Sinn Féin TD Orlagh Brennan",
                "speaker": "Orlagh Brennan",
                "content": 'the budget did "nothing for renters."',
                "outlet": "RTE",
            }
        ],
    },
    {  # 51 India: an unnamed official who did not wish to be named told The Times of India that
        "text": "A senior official in the state health department, who did not wish to be named, told The Times of "
        "India that the hospital had been operating without a fire safety certificate since 2022.",
        "claims": [
            {
                "who": "A senior official in the state health department",
                "speaker": "",
                # added after the first run: the official speaks for the department the sentence
                # names, as "a spokesman for the company" (GUIDE)
                "speaks_for": "state health department",
                "content": "the hospital had been operating without a fire safety certificate since 2022",
                "outlet": "Times of India",
            }
        ],
    },
    {  # 52 Ireland: Gardaí said; authorities could not say (none)
        "text": "Gardaí said a man in his 40s had been arrested and was being held at Store Street Garda station.\n\n"
        "Authorities could not say when the road would reopen.",
        "claims": [
            {
                "who": "Gardaí",
                "speaker": "",
                "content": "a man in his 40s had been arrested and was being held at Store Street Garda station",
                "outlet": "",
            }
        ],
        "none": ["could not say"],
    },
    {  # 53 Australia: X, the Name's spokesman, said; then "He said" in the next paragraph
        "text": "Treasurer Fiona Callaway's spokesman, Liam Hartnett, said the government had no plans to change "
        "negative gearing.\n\n"
        "He said the budget would be delivered on May 12 as planned.",
        "claims": [
            {
                "who": "Liam Hartnett",
                "speaker": "Liam Hartnett",
                "content": "the government had no plans to change negative gearing",
                "outlet": "",
            },
            {
                "who": "He",
                "speaker": "Liam Hartnett",
                "content": "the budget would be delivered on May 12 as planned",
                "outlet": "",
            },
        ],
    },
    {  # 54 South Africa: the department said, adding that
        "text": "The Department of Health said 14 cases of cholera had been confirmed in Hammanskraal, adding that "
        "residents should boil all drinking water.",
        "claims": [
            {
                "who": "The Department of Health",
                "speaker": "Department of Health",
                "content": "14 cases of cholera had been confirmed in Hammanskraal",
                "outlet": "",
            },
            {
                "who": "The Department of Health",
                "speaker": "Department of Health",
                "content": "residents should boil all drinking water",
                "outlet": "",
            },
        ],
    },
    {  # 55 sport: Speaking to Sky Sports after the match, X said; '"...," he said.' in the next paragraph
        "text": 'Speaking to Sky Sports after the match, Brentford captain Jonas Ekdahl said the team had "let the '
        'fans down".\n\n'
        '"We have to look at ourselves," he said.',
        "claims": [
            {
                "who": "Brentford captain Jonas Ekdahl",
                "speaker": "Jonas Ekdahl",
                "content": 'the team had "let the fans down"',
                # changed after the first run: was "Sky Sports"; the channel's outlet is its
                # broadcaster (GUIDE: a programme belongs to its broadcaster), id "bskyb"
                "outlet": "BSkyB",
            },
            {
                "who": "he",
                "speaker": "Jonas Ekdahl",
                "content": "We have to look at ourselves",
                # changed after the first run: was "Sky Sports"; the channel's outlet is its
                # broadcaster (GUIDE: a programme belongs to its broadcaster), id "bskyb"
                "outlet": "BSkyB",
            },
        ],
    },
    {  # 56 technology: '"...," a Meta spokesperson said in an emailed statement.'
        "text": '"We take the security of our users extremely seriously," a Meta spokesperson said in an emailed '
        "statement.",
        "claims": [
            {
                "who": "a Meta spokesperson",
                "speaker": "",
                "speaks_for": "Meta",
                "content": "We take the security of our users extremely seriously",
                "outlet": "",
            }
        ],
    },
    {  # 57 entertainment: "Asked whether ..., producer X told reporters on the red carpet: "...""
        "text": "Asked whether a sequel was planned, producer Renata Okafor told reporters on the red carpet: "
        '"Never say never."',
        "claims": [
            {
                "who": "producer Renata Okafor",
                "speaker": "Renata Okafor",
                "content": "Never say never",
                "outlet": "",
            }
        ],
    },
    {  # 58 India: '"...," a police officer said.'
        "text": '"The accused has been sent to judicial custody for 14 days," a police officer said.',
        "claims": [
            {
                "who": "a police officer",
                "speaker": "",
                "content": "The accused has been sent to judicial custody for 14 days",
                "outlet": "",
            }
        ],
    },
    {  # 59 Australia: a regulator with its abbreviation alleges
        "text": "The Australian Competition and Consumer Commission (ACCC) alleges the retailer misled customers "
        "about discounts on more than 200 products.",
        "claims": [
            {
                "who": "The Australian Competition and Consumer Commission (ACCC)",
                "speaker": "Australian Competition and Consumer Commission",
                "content": "the retailer misled customers about discounts on more than 200 products",
                "outlet": "",
            }
        ],
    },
    {  # 60 business technology: analysts at a named bank wrote in a note to clients that
        "text": "Analysts at Morgan Stanley wrote in a note to clients that the chip shortage was likely to last "
        "into next year.",
        "claims": [
            {
                "who": "Analysts at Morgan Stanley",
                "speaker": "",
                "speaks_for": "Morgan Stanley",
                "content": "the chip shortage was likely to last into next year",
                "outlet": "",
            }
        ],
    },
]
