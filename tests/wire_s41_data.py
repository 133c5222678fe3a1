"""Session 41 (wire41): a sixth hand-written file of invented news paragraphs, the fourth written as a
blind measurement (annotated before belreader ran on it, committed alone). The earlier blind files
(`wire_s38_data` .. `wire_s40_data`) are mostly US news; the issue names a Canadian quote extractor
(GenderGapTracker) for comparison, so this file is Canadian and British broadsheet news in the
house styles of CBC News, The Globe and Mail, CTV News, the Toronto Star, The Canadian Press, Global
News, The Guardian, The Telegraph and The Times, over three kinds of story: provincial and federal
politics (premiers, ministers, MPs, opposition critics, unions; Westminster), health and science (a
study, its lead author, outside experts, health authorities) and business / labour (a company, its
spokesperson by email, analysts, unions). The shapes: present-tense "says" features ('"...," says
Dr. X, who ...'; "X says" mid-paragraph); titles before names ("Ontario Health Minister X said",
"NDP Leader X", "Toronto Coun. X", "Northvale spokesperson X"); "told The Canadian Press", "told CBC
News", "in an interview with CTV's Question Period", "told the Star", "in an emailed statement",
"in a statement to The Globe and Mail", "X's spokesperson, Y, said in an email"; "a spokesperson
for X said"; "according to a news release"; "the study, published in X, found"; "X notes", "X
adds", "X points out"; quotes running over two paragraphs; unions and associations as speakers;
"people familiar with the matter told The Globe"; British forms ("a Downing Street source said",
"Labour sources said", "X told MPs", "told the Commons", "Prof X, of Y, said:"); and `none`
sentences (acts, schedules, questions, "did not respond to a request for comment", "declined an
interview request", a poll or a trial described without a finding). Every person and company is
invented; outlets, offices, parties, unions, universities and places are real.

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed); `speaks_for`: the body an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop; a quote
  interrupted by its attribution in one paragraph is one claim, the cut attribution marked " … ";
- `outlet`: the outlet's name, "" for none, None when not scored.
`none` lists sentences (substrings) that must yield no claim.
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- provincial and federal politics (Canada)
    {  # 1 CP dateline, a title before the name, "said Tuesday" without "that"
        "text": "TORONTO — Ontario Health Minister Patty Ruelle said Tuesday the province will fund 300 new "
        "nurse-practitioner positions in rural hospitals by next spring.",
        "claims": [
            {
                "who": "Ontario Health Minister Patty Ruelle",
                "speaker": "Patty Ruelle",
                "content": "the province will fund 300 new nurse-practitioner positions in rural hospitals by next "
                "spring",
                "outlet": "",
            }
        ],
    },
    {  # 2 NDP Leader X said, a partial quote inside the content
        "text": 'NDP Leader Corinne Ashdown said the announcement was "a drop in the bucket" for hospitals that '
        "have closed their emergency rooms more than 200 times this year.",
        "claims": [
            {
                "who": "NDP Leader Corinne Ashdown",
                "speaker": "Corinne Ashdown",
                "content": 'the announcement was "a drop in the bucket" for hospitals that have closed their '
                "emergency rooms more than 200 times this year",
                "outlet": "",
            }
        ],
    },
    {  # 3 a quote split by "Ontario Premier X told reporters at an event in PLACE"
        "text": '"We are not going to apologize for building houses," Ontario Premier Glen Marchuk told reporters '
        'at an event in Vaughan on Thursday. "If the opposition wants to stand in the way, let them explain '
        'that to young families."',
        "claims": [
            {
                "who": "Ontario Premier Glen Marchuk",
                "speaker": "Glen Marchuk",
                "content": "We are not going to apologize for building houses … If the opposition wants to stand in "
                "the way, let them explain that to young families",
                "outlet": "",
            }
        ],
    },
    {  # 4 an opposition critic with a title, told CBC News (no "that")
        "text": "Liberal housing critic Tomasz Wierzbicki told CBC News the plan would pave over farmland the "
        "province had promised to protect.",
        "claims": [
            {
                "who": "Liberal housing critic Tomasz Wierzbicki",
                "speaker": "Tomasz Wierzbicki",
                "content": "the plan would pave over farmland the province had promised to protect",
                "outlet": "CBC",
            }
        ],
    },
    {  # 5 In an interview with CTV's Question Period, federal Finance Minister X said; X's spokesperson, Y, said in an email
        "text": "In an interview with CTV's Question Period on Sunday, federal Finance Minister Élodie "
        'Marchand-Roy said Ottawa had "no appetite" for a new consumer levy before the next election.\n\n'
        "Marchand-Roy's spokesperson, Katrin Oduya, said in an email that the minister would table the fall "
        'economic statement "in the coming weeks."',
        "claims": [
            {
                "who": "federal Finance Minister Élodie Marchand-Roy",
                "speaker": "Élodie Marchand-Roy",
                "content": 'Ottawa had "no appetite" for a new consumer levy before the next election',
                "outlet": "CTV",
            },
            {
                "who": "Marchand-Roy's spokesperson, Katrin Oduya",
                "speaker": "Katrin Oduya",
                "content": 'the minister would table the fall economic statement "in the coming weeks"',
                "outlet": "",
            },
        ],
    },
    {  # 6 a union with a described membership said; its president with a title told reporters; a schedule (none)
        "text": "The Canadian Union of Public Employees, which represents 55,000 education workers in the "
        "province, said the offer amounted to a wage cut once inflation is taken into account.\n\n"
        "CUPE Ontario president Rhea Lindqvist told reporters outside the bargaining hotel that members were "
        '"angry and ready."\n\n'
        "Talks are scheduled to resume on Friday.",
        "claims": [
            {
                "who": "The Canadian Union of Public Employees",
                "speaker": "Canadian Union of Public Employees",
                "content": "the offer amounted to a wage cut once inflation is taken into account",
                "outlet": "",
            },
            {
                "who": "CUPE Ontario president Rhea Lindqvist",
                "speaker": "Rhea Lindqvist",
                "content": 'members were "angry and ready"',
                "outlet": "",
            },
        ],
        "none": ["Talks are scheduled to resume"],
    },
    {  # 7 a spokesperson for a minister said; the minister did not respond (none)
        "text": "A spokesperson for Education Minister Paul Desrochers said the government had tabled "
        '"a fair and reasonable offer" and would not bargain through the media. Desrochers did not respond to '
        "a request for comment.",
        "claims": [
            {
                "who": "A spokesperson for Education Minister Paul Desrochers",
                "speaker": "",
                "speaks_for": "Paul Desrochers",
                "content": 'the government had tabled "a fair and reasonable offer" and would not bargain through '
                "the media",
                "outlet": "",
            }
        ],
        "none": ["did not respond to a request for comment"],
    },
    {  # 8 according to a news release (trailing, a described release)
        "text": "The province will spend $1.2 billion over three years on the program, according to a news "
        "release issued Wednesday.",
        "claims": [
            {
                "who": "a news release",
                "speaker": "",
                "content": "The province will spend $1.2 billion over three years on the program",
                "outlet": "",
            }
        ],
    },
    {  # 9 In a statement to The Globe and Mail, the Prime Minister's Office said
        "text": "In a statement to The Globe and Mail, the Prime Minister's Office said it had not been briefed "
        "on the RCMP investigation.",
        "claims": [
            {
                "who": "the Prime Minister's Office",
                "speaker": "Prime Minister's Office",
                "content": "it had not been briefed on the RCMP investigation",
                "outlet": "Globe and Mail",
            }
        ],
    },
    {  # 10 people familiar with the matter told The Globe (the paper's short name), not authorized
        "text": "Two people familiar with the matter told The Globe that cabinet would approve the pipeline "
        "expansion as early as next week. The Globe is not naming them because they were not authorized to "
        "discuss cabinet deliberations.",
        "claims": [
            {
                "who": "Two people familiar with the matter",
                "speaker": "",
                "content": "cabinet would approve the pipeline expansion as early as next week",
                "outlet": "Globe and Mail",
            }
        ],
        "none": ["The Globe is not naming them"],
    },
    {  # 11 "X's title, Y, says" mid-paragraph (present tense); then "She points out that"
        "text": "Manitoba's chief electoral officer, Joanne Pelletier-Birch, says turnout in the north has "
        "fallen in every election since 2011.\n\n"
        "She points out that only four of the 23 First Nations in the region had a polling station on reserve "
        "in the last vote.",
        "claims": [
            {
                "who": "Manitoba's chief electoral officer, Joanne Pelletier-Birch",
                "speaker": "Joanne Pelletier-Birch",
                "content": "turnout in the north has fallen in every election since 2011",
                "outlet": "",
            },
            {
                "who": "She",
                "speaker": "Joanne Pelletier-Birch",
                "content": "only four of the 23 First Nations in the region had a polling station on reserve in "
                "the last vote",
                "outlet": "",
            },
        ],
    },
    {  # 12 told Global News (no "that"), a provincial party leader with a title
        "text": "Alberta NDP Leader Kiran Dhaliwal told Global News the province's pension plan would put the "
        "retirement savings of 2.5 million Albertans at risk.",
        "claims": [
            {
                "who": "Alberta NDP Leader Kiran Dhaliwal",
                "speaker": "Kiran Dhaliwal",
                "content": "the province's pension plan would put the retirement savings of 2.5 million Albertans "
                "at risk",
                "outlet": "Global News",
            }
        ],
    },
    {  # 13 Toronto Star: "Coun." before the name, told the Star
        "text": "Crews spent the weekend clearing the Gardiner Expressway after the collapse.\n\n"
        '"It\'s chaos. Nobody at city hall can tell me when the ramp will reopen," Toronto Coun. Imani Okwu '
        "told the Star on Monday.",
        "claims": [
            {
                "who": "Toronto Coun. Imani Okwu",
                "speaker": "Imani Okwu",
                "content": "It's chaos. Nobody at city hall can tell me when the ramp will reopen",
                "outlet": "Toronto Star",
            }
        ],
        "none": ["Crews spent the weekend"],
    },
    {  # 14 a quote split by "told reporters on Parliament Hill", running into a second paragraph
        "text": '"We have been clear with the provinces from the start," Immigration Minister Farid Haddadi told '
        'reporters on Parliament Hill. "The cap is the cap.\n\n'
        '"Any province that wants more study permits will have to show us where those students are going to '
        'live."\n\n'
        "Haddadi did not take questions.",
        "claims": [
            {
                "who": "Immigration Minister Farid Haddadi",
                "speaker": "Farid Haddadi",
                "content": "We have been clear with the provinces from the start … The cap is the cap",
                "outlet": "",
            },
            {
                "who": "",
                "speaker": "Farid Haddadi",
                "content": "Any province that wants more study permits will have to show us where those students "
                "are going to live",
                "outlet": "",
            },
        ],
        "none": ["Haddadi did not take questions"],
    },
    {  # 15 Bloc Québécois Leader X said; a minister declined an interview request (none)
        "text": "Bloc Québécois Leader Mathieu Gendreau-Lavoie said Quebec would set its own cap regardless of "
        "what Ottawa decides.\n\n"
        "Quebec's immigration minister declined an interview request.",
        "claims": [
            {
                "who": "Bloc Québécois Leader Mathieu Gendreau-Lavoie",
                "speaker": "Mathieu Gendreau-Lavoie",
                "content": "Quebec would set its own cap regardless of what Ottawa decides",
                "outlet": "",
            }
        ],
        "none": ["declined an interview request"],
    },
    {  # 16 X, the MP for a riding, told The Canadian Press in an interview, a partial quote at the end
        "text": "Meredith Okafor, the Conservative MP for Kelowna, told The Canadian Press in an interview that "
        'the party\'s caucus was "united behind the leader, full stop."',
        "claims": [
            {
                "who": "Meredith Okafor",
                "speaker": "Meredith Okafor",
                "content": 'the party\'s caucus was "united behind the leader, full stop"',
                "outlet": "Canadian Press",
            }
        ],
    },
    {  # 17 an association said in a news release (trailing), its president with a quote
        "text": "Rural municipalities will lose $40 million in provincial transfers next year, the Association "
        "of Municipalities of Ontario said in a news release.\n\n"
        '"Small towns cannot make up that kind of money on the property tax," said AMO president Gordon '
        "Tessaro, the mayor of Kincardine.",
        "claims": [
            {
                "who": "the Association of Municipalities of Ontario",
                "speaker": "Association of Municipalities of Ontario",
                "content": "Rural municipalities will lose $40 million in provincial transfers next year",
                "outlet": "",
            },
            {
                "who": "AMO president Gordon Tessaro",
                "speaker": "Gordon Tessaro",
                "content": "Small towns cannot make up that kind of money on the property tax",
                "outlet": "",
            },
        ],
    },
    # ---- Westminster (Guardian, Telegraph, Times)
    {  # 18 a Downing Street source said, a partial quote and a second verb
        "text": 'A Downing Street source said the prime minister was "relaxed" about the rebellion and expected '
        "the bill to pass comfortably.",
        "claims": [
            {
                "who": "A Downing Street source",
                "speaker": "",
                "speaks_for": "Downing Street",
                "content": 'the prime minister was "relaxed" about the rebellion and expected the bill to pass '
                "comfortably",
                "outlet": "",
            }
        ],
    },
    {  # 19 Labour sources said (no "that"), then a vote's schedule (none)
        "text": "Labour sources said as many as 40 backbenchers could vote against the welfare cuts at second "
        "reading. MPs will vote on the bill on Tuesday.",
        "claims": [
            {
                "who": "Labour sources",
                "speaker": "",
                "speaks_for": "Labour Party",
                "content": "as many as 40 backbenchers could vote against the welfare cuts at second reading",
                "outlet": "",
            }
        ],
        "none": ["MPs will vote on the bill"],
    },
    {  # 20 "The X secretary, Y, told MPs"; then "Opening the debate, Y told the Commons:" with a quote
        "text": "The work and pensions secretary, Hannah Colbourne, told MPs the changes would help 250,000 "
        "people into work by the end of the parliament.\n\n"
        'Opening the debate, Colbourne told the Commons: "This is not about saving money. It is about giving '
        'people a route back to work."',
        "claims": [
            {
                "who": "The work and pensions secretary, Hannah Colbourne",
                "speaker": "Hannah Colbourne",
                "content": "the changes would help 250,000 people into work by the end of the parliament",
                "outlet": "",
            },
            {
                "who": "Colbourne",
                "speaker": "Hannah Colbourne",
                "content": "This is not about saving money. It is about giving people a route back to work",
                "outlet": "",
            },
        ],
    },
    {  # 21 Telegraph: a quote split by "said one former cabinet minister" (unnamed)
        "text": '"The whips have lost control of the party," said one former cabinet minister. "If they push '
        'this through, it will be the end of him."',
        "claims": [
            {
                "who": "one former cabinet minister",
                "speaker": "",
                "content": "The whips have lost control of the party … If they push this through, it will be the end "
                "of him",
                "outlet": "",
            }
        ],
    },
    {  # 22 Times: Sir X, the chairman of a committee, said, a partial quote
        "text": "Sir Malcolm Threlfall, the Conservative chairman of the Treasury select committee, said the "
        'Treasury had "serious questions to answer" about its forecasts.',
        "claims": [
            {
                "who": "Sir Malcolm Threlfall",
                "speaker": "Malcolm Threlfall",
                "content": 'the Treasury had "serious questions to answer" about its forecasts',
                "outlet": "",
            }
        ],
    },
    {  # 23 a poll described (none), then "It found that"; a question (none)
        "text": "YouGov surveyed 2,000 adults for The Times last week. It found that 61 per cent of voters "
        "opposed the cuts.\n\n"
        "Will the chancellor hold her nerve?",
        "claims": [
            {
                "who": "It",
                "speaker": "",
                "speaks_for": "YouGov",
                "content": "61 per cent of voters opposed the cuts",
                "outlet": None,
            }
        ],
        "none": ["YouGov surveyed 2,000 adults", "Will the chancellor hold her nerve"],
    },
    {  # 24 Guardian: the shadow chancellor, X, said: a quote after a colon
        "text": 'The shadow chancellor, Oliver Brancombe, said: "Families are paying the price for this '
        "government's chaos. They deserve better than a budget that unravels in a week.\"",
        "claims": [
            {
                "who": "The shadow chancellor, Oliver Brancombe",
                "speaker": "Oliver Brancombe",
                "content": "Families are paying the price for this government's chaos. They deserve better than a "
                "budget that unravels in a week",
                "outlet": "",
            }
        ],
    },
    {  # 25 a union general secretary with a title; "X added"
        "text": "Unison's general secretary, Grace Adebayo, said the pay offer would not stop nurses leaving "
        'for Australia. "We will be balloting our members in the new year," she added.',
        "claims": [
            {
                "who": "Unison's general secretary, Grace Adebayo",
                "speaker": "Grace Adebayo",
                "content": "the pay offer would not stop nurses leaving for Australia",
                "outlet": "",
            },
            {
                "who": "she",
                "speaker": "Grace Adebayo",
                "content": "We will be balloting our members in the new year",
                "outlet": "",
            },
        ],
    },
    # ---- health and science
    {  # 26 CBC health story: the study, published in X, found; the trial's size (none); "says Dr. X, who ...";
        # "X notes that"; "she adds" with a split quote; an outside expert "says" mid-sentence and "told CBC News"
        "text": "Adults who live close to a major highway may face a higher risk of dementia, according to new "
        "research from Ontario.\n\n"
        "The study, published Monday in the Canadian Medical Association Journal, found that adults who lived "
        "within 500 metres of a major highway were 12 per cent more likely to develop dementia.\n\n"
        "The study involved 4,000 patients who were followed for 15 years.\n\n"
        '"We were surprised by how strong the signal was, even after we controlled for income and smoking," '
        "says Dr. Amira Solbeck, who led the study at ICES in Toronto.\n\n"
        "Solbeck notes that the study shows an association, not a cause.\n\n"
        '"People shouldn\'t panic and move house," she adds. "But planners should think hard before putting a '
        'school next to a 12-lane highway."\n\n'
        "Dr. Colin Ferreira, a neurologist at the University of British Columbia who was not involved in the "
        "research, says the findings fit with earlier studies from Europe.\n\n"
        "\"It's a well-designed study, but air pollution is hard to separate from everything else that comes "
        'with living near a highway — noise, stress, less green space," Ferreira told CBC News.',
        "claims": [
            {
                "who": "new research from Ontario",
                "speaker": "",
                "content": "Adults who live close to a major highway may face a higher risk of dementia",
                "outlet": "",
            },
            {
                "who": "The study",
                "speaker": "",
                "content": "adults who lived within 500 metres of a major highway were 12 per cent more likely to "
                "develop dementia",
                "outlet": "",
            },
            {
                "who": "Dr. Amira Solbeck",
                "speaker": "Amira Solbeck",
                "content": "We were surprised by how strong the signal was, even after we controlled for income and "
                "smoking",
                "outlet": "",
            },
            {
                "who": "Solbeck",
                "speaker": "Amira Solbeck",
                "content": "the study shows an association, not a cause",
                "outlet": "",
            },
            {
                "who": "she",
                "speaker": "Amira Solbeck",
                "content": "People shouldn't panic and move house … But planners should think hard before putting a "
                "school next to a 12-lane highway",
                "outlet": "",
            },
            {
                "who": "Dr. Colin Ferreira",
                "speaker": "Colin Ferreira",
                "content": "the findings fit with earlier studies from Europe",
                "outlet": "",
            },
            {
                "who": "Ferreira",
                "speaker": "Colin Ferreira",
                "content": "It's a well-designed study, but air pollution is hard to separate from everything else "
                "that comes with living near a highway — noise, stress, less green space",
                "outlet": "CBC",
            },
        ],
        "none": ["The study involved 4,000 patients"],
    },
    {  # 27 In an emailed statement, a federal department said, a partial quote at the end
        "text": "In an emailed statement, Health Canada said it was reviewing the findings and would update its "
        'guidance "if warranted."',
        "claims": [
            {
                "who": "Health Canada",
                "speaker": "Health Canada",
                "content": 'it was reviewing the findings and would update its guidance "if warranted"',
                "outlet": "",
            }
        ],
    },
    {  # 28 according to a health agency (trailing), with a figure
        "text": "Measles cases in Canada have reached 2,100 this year, the highest since 1995, according to the "
        "Public Health Agency of Canada.",
        "claims": [
            {
                "who": "the Public Health Agency of Canada",
                "speaker": "Public Health Agency of Canada",
                "content": "Measles cases in Canada have reached 2,100 this year, the highest since 1995",
                "outlet": "",
            }
        ],
    },
    {  # 29 "PROVINCE's chief medical officer of health, Dr. X, said Wednesday that"
        "text": "Ontario's chief medical officer of health, Dr. Nadia Varkey, said Wednesday that vaccination "
        "rates among kindergarten students had dropped below 80 per cent in some regions.",
        "claims": [
            {
                "who": "Ontario's chief medical officer of health, Dr. Nadia Varkey",
                "speaker": "Nadia Varkey",
                "content": "vaccination rates among kindergarten students had dropped below 80 per cent in some "
                "regions",
                "outlet": "",
            }
        ],
    },
    {  # 30 CP: Dr. X, a specialist at Y, told The Canadian Press (no "that"), a partial quote
        "text": "Dr. Owen Teskey, an infectious disease specialist at McMaster University, told The Canadian Press "
        'the outbreak "was entirely predictable."',
        "claims": [
            {
                "who": "Dr. Owen Teskey",
                "speaker": "Owen Teskey",
                "content": 'the outbreak "was entirely predictable"',
                "outlet": "Canadian Press",
            }
        ],
    },
    {  # 31 Guardian: "Prof X, of Y, said:" and a quote; the trial, which ..., found that; a conference (none)
        "text": "The trial, which was funded by the Medical Research Council, found that patients given the drug "
        "lost an average of 14 per cent of their body weight.\n\n"
        'Prof Helen Ashworth, of the University of Bristol, said: "These results are encouraging, but they are '
        'not a cure."\n\n'
        "Full results will be presented at a conference in Vienna next month.",
        "claims": [
            {
                "who": "The trial",
                "speaker": "",
                "content": "patients given the drug lost an average of 14 per cent of their body weight",
                "outlet": "",
            },
            {
                "who": "Prof Helen Ashworth",
                "speaker": "Helen Ashworth",
                "content": "These results are encouraging, but they are not a cure",
                "outlet": "",
            },
        ],
        "none": ["Full results will be presented"],
    },
    {  # 32 Guardian: An NHS England spokesperson said: a quote after a colon
        "text": 'An NHS England spokesperson said: "The drug will be offered to patients with the greatest '
        'clinical need first."',
        "claims": [
            {
                "who": "An NHS England spokesperson",
                "speaker": "",
                "speaks_for": "NHS England",
                "content": "The drug will be offered to patients with the greatest clinical need first",
                "outlet": "",
            }
        ],
    },
    {  # 33 Telegraph: a department source said (no "that")
        "text": "A Department of Health source said the drug would not be widely available until 2027 at the earliest.",
        "claims": [
            {
                "who": "A Department of Health source",
                "speaker": "",
                "speaks_for": "Department of Health",
                "content": "the drug would not be widely available until 2027 at the earliest",
                "outlet": "",
            }
        ],
    },
    {  # 34 a patient feature: "she says" in a quote running over two paragraphs
        "text": "Marguerite Doiron, 71, was one of the first patients enrolled in the trial in Moncton.\n\n"
        '"I had tried everything. Diets, pills, walking every day," she says. "Nothing worked for more than a '
        "few months.\n\n"
        '"This is the first time I feel like my body isn\'t fighting me."',
        "claims": [
            {
                "who": "she",
                "speaker": "Marguerite Doiron",
                "content": "I had tried everything. Diets, pills, walking every day … Nothing worked for more than a "
                "few months",
                "outlet": "",
            },
            {
                "who": "",
                "speaker": "Marguerite Doiron",
                "content": "This is the first time I feel like my body isn't fighting me",
                "outlet": "",
            },
        ],
        "none": ["one of the first patients enrolled"],
    },
    {  # 35 X declined an interview request but said in a statement that
        "text": "Horizon Health Network declined an interview request but said in a statement that wait times "
        "for the program were about 18 months.",
        "claims": [
            {
                "who": "Horizon Health Network",
                "speaker": "Horizon Health Network",
                "content": "wait times for the program were about 18 months",
                "outlet": "",
            }
        ],
    },
    {  # 36 an association's president with a title, told CTV News, then "she points out" after a quote
        "text": "Canadian Medical Association president Dr. Lisa Amberley told CTV News that family doctors were "
        '"burning out at a rate we have never seen."\n\n'
        '"One in five of us is thinking about leaving practice in the next two years," she points out.',
        "claims": [
            {
                "who": "Canadian Medical Association president Dr. Lisa Amberley",
                "speaker": "Lisa Amberley",
                "content": 'family doctors were "burning out at a rate we have never seen"',
                "outlet": "CTV",
            },
            {
                "who": "she",
                "speaker": "Lisa Amberley",
                "content": "One in five of us is thinking about leaving practice in the next two years",
                "outlet": "CTV",
            },
        ],
    },
    {  # 37 researchers say (present tense, unnamed plural) after the finding
        "text": "Warmer winters are letting ticks survive farther north than ever before, researchers at the "
        "University of Ottawa say.",
        "claims": [
            {
                "who": "researchers at the University of Ottawa",
                "speaker": "",
                "speaks_for": "University of Ottawa",
                "content": "Warmer winters are letting ticks survive farther north than ever before",
                "outlet": "",
            }
        ],
    },
    # ---- business and labour
    {  # 38 Globe business: a company said Thursday it will; X spokesperson Y said in an email; the CEO did not respond (none)
        "text": "Northvale Foods Inc. said Thursday it will close its Brantford bakery in March, eliminating 420 "
        "jobs.\n\n"
        'Northvale spokesperson Janice Morrow said in an email that the decision was "not a reflection on the '
        'hard work of our Brantford team."\n\n'
        "Chief executive Robert Lanier did not respond to a request for comment.",
        "claims": [
            {
                "who": "Northvale Foods Inc.",
                "speaker": "Northvale Foods",
                "content": "it will close its Brantford bakery in March, eliminating 420 jobs",
                "outlet": "",
            },
            {
                "who": "Northvale spokesperson Janice Morrow",
                "speaker": "Janice Morrow",
                "content": 'the decision was "not a reflection on the hard work of our Brantford team"',
                "outlet": "",
            },
        ],
        "none": ["did not respond to a request for comment"],
    },
    {  # 39 a union local president with a title said; then '"...," says X, who has worked ...'
        "text": "Unifor Local 1098 president Terry Szabo said the union learned of the closure from a news "
        "release and would fight for every job.\n\n"
        '"They made $300 million last year. Don\'t tell me this is about survival," says Szabo, who has worked '
        "at the plant for 26 years.",
        "claims": [
            {
                "who": "Unifor Local 1098 president Terry Szabo",
                "speaker": "Terry Szabo",
                "content": "the union learned of the closure from a news release and would fight for every job",
                "outlet": "",
            },
            {
                "who": "Szabo",
                "speaker": "Terry Szabo",
                "content": "They made $300 million last year. Don't tell me this is about survival",
                "outlet": "",
            },
        ],
    },
    {  # 40 an analyst with a firm's name before the title; "X points out that"; "X adds that"
        "text": "Desjardins analyst Meredith Kaur said the closure was part of a broader consolidation across "
        "the packaged-food industry.\n\n"
        "Kaur points out that three other bakeries have closed in Ontario since 2022. She adds that Northvale's "
        "debt has nearly doubled in that time.",
        "claims": [
            {
                "who": "Desjardins analyst Meredith Kaur",
                "speaker": "Meredith Kaur",
                "content": "the closure was part of a broader consolidation across the packaged-food industry",
                "outlet": "",
            },
            {
                "who": "Kaur",
                "speaker": "Meredith Kaur",
                "content": "three other bakeries have closed in Ontario since 2022",
                "outlet": "",
            },
            {
                "who": "She",
                "speaker": "Meredith Kaur",
                "content": "Northvale's debt has nearly doubled in that time",
                "outlet": "",
            },
        ],
    },
    {  # 41 In an interview with BNN Bloomberg, the company's chief executive X said
        "text": "In an interview with BNN Bloomberg, Northvale chief executive Robert Lanier said the company "
        "would invest $150 million in its Mississauga plant over the next two years.",
        "claims": [
            {
                "who": "Northvale chief executive Robert Lanier",
                "speaker": "Robert Lanier",
                "content": "the company would invest $150 million in its Mississauga plant over the next two years",
                "outlet": "BNN Bloomberg",
            }
        ],
    },
    {  # 42 "The company's spokesperson, Y, said in an email that"
        "text": "The company's spokesperson, Janice Morrow, said in an email that severance packages would "
        "exceed the legal minimum.",
        "claims": [
            {
                "who": "The company's spokesperson, Janice Morrow",
                "speaker": "Janice Morrow",
                "content": "severance packages would exceed the legal minimum",
                "outlet": "",
            }
        ],
    },
    {  # 43 according to regulatory filings (trailing), a company's possessive in the content
        "text": "Northvale's sales fell 8 per cent in its most recent quarter, according to regulatory filings.",
        "claims": [
            {
                "who": "regulatory filings",
                "speaker": "",
                "content": "Northvale's sales fell 8 per cent in its most recent quarter",
                "outlet": "",
            }
        ],
    },
    {  # 44 CP: a strike vote, "the union said Monday" (trailing); a schedule (none)
        "text": "OTTAWA — Members of the Canadian Union of Postal Workers voted 94 per cent in favour of a "
        "strike mandate, the union said Monday.\n\n"
        "Negotiations are set to resume Thursday in Ottawa.",
        "claims": [
            {
                "who": "the union",
                "speaker": "Canadian Union of Postal Workers",
                "content": "Members of the Canadian Union of Postal Workers voted 94 per cent in favour of a strike "
                "mandate",
                "outlet": "",
            }
        ],
        "none": ["Negotiations are set to resume"],
    },
    {  # 45 a Crown corporation said in a statement it remained, a partial quote
        "text": 'Canada Post said in a statement it remained "committed to reaching negotiated agreements" and '
        "had offered a four-year deal.",
        "claims": [
            {
                "who": "Canada Post",
                "speaker": "Canada Post",
                "content": 'it remained "committed to reaching negotiated agreements" and had offered a four-year deal',
                "outlet": "",
            }
        ],
    },
    {  # 46 CTV: a quote, then "X, vice-president of an association, told CTV News"
        "text": '"Every day we don\'t have a deal, small businesses lose customers to private couriers," Sheila '
        "Barrow, vice-president of the Canadian Federation of Independent Business, told CTV News.",
        "claims": [
            {
                "who": "Sheila Barrow",
                "speaker": "Sheila Barrow",
                "content": "Every day we don't have a deal, small businesses lose customers to private couriers",
                "outlet": "CTV",
            }
        ],
    },
    {  # 47 Guardian: the GMB union said, a partial quote; a spokesperson for a company said: a quote
        "text": 'The GMB union said the job cuts were "a betrayal" of workers who kept the warehouses running '
        "through the pandemic.\n\n"
        'A spokesperson for Harcastle Logistics said: "We have consulted fully with staff and their '
        'representatives."',
        "claims": [
            {
                "who": "The GMB union",
                "speaker": "GMB",
                "content": 'the job cuts were "a betrayal" of workers who kept the warehouses running through the '
                "pandemic",
                "outlet": "",
            },
            {
                "who": "A spokesperson for Harcastle Logistics",
                "speaker": "",
                "speaks_for": "Harcastle Logistics",
                "content": "We have consulted fully with staff and their representatives",
                "outlet": "",
            },
        ],
    },
    {  # 48 Times: X, retail analyst at a broker, told The Times that
        "text": "Neil Varley, retail analyst at Peel Hunt, told The Times that the chain would struggle to "
        "survive another Christmas like the last one.",
        "claims": [
            {
                "who": "Neil Varley",
                "speaker": "Neil Varley",
                "content": "the chain would struggle to survive another Christmas like the last one",
                "outlet": "The Times",
            }
        ],
    },
    {  # 49 Globe: people familiar with the matter said (trailing), a deal's terms; the company declined (none)
        "text": "Harcastle is in talks to sell its Canadian division to a Montreal-based rival for about "
        "$600 million, according to people familiar with the matter. Harcastle declined to comment.",
        "claims": [
            {
                "who": "people familiar with the matter",
                "speaker": "",
                "content": "Harcastle is in talks to sell its Canadian division to a Montreal-based rival for about "
                "$600 million",
                "outlet": "",
            }
        ],
        "none": ["Harcastle declined to comment"],
    },
    {  # 50 Telegraph: the chief executive told shareholders at the annual meeting, a quote; acts (none)
        "text": "Shares in Harcastle fell 6 per cent on Wednesday.\n\n"
        '"We are a smaller company now, but a much healthier one," chief executive Fiona Aldred told '
        "shareholders at the annual meeting in Leeds.",
        "claims": [
            {
                "who": "chief executive Fiona Aldred",
                "speaker": "Fiona Aldred",
                "content": "We are a smaller company now, but a much healthier one",
                "outlet": "",
            }
        ],
        "none": ["Shares in Harcastle fell"],
    },
    {  # 51 the union's president, in an interview, said; "said Morrow" after a quote (a name only)
        "text": "Jan Simard, the national president of the Canadian Union of Postal Workers, said in an interview "
        "that members were prepared to stay out through the holidays.\n\n"
        '"We hope it doesn\'t come to that," said Morrow, a spokesperson for Canada Post.',
        "claims": [
            {
                "who": "Jan Simard",
                "speaker": "Jan Simard",
                "content": "members were prepared to stay out through the holidays",
                "outlet": "",
            },
            {
                "who": "Morrow",
                "speaker": "Morrow",
                "content": "We hope it doesn't come to that",
                "outlet": "",
            },
        ],
    },
]
