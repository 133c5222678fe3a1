"""Session 38 (ent38): a second, BLIND hand-written file of entities in wire text, in the format
and under the conventions of tests/ent_s37_data.py (read its docstring: types, exact spans, a
form's type holds for the whole document, titles and a leading "the" left out, a national side
ORG by GUIDE.md and LOC by CoNLL-2003 in the 4th element, a city as a club's name ORG both ways).

Topics and shapes session 37 did not cover: Reuters Dec 1996 world politics (Balkans, Middle
East, Africa, Asia, Russia and Eastern Europe with transliterated names), sports results of many
kinds (soccer tables and scorers' summaries in several countries, national sides in a scorers'
line, cricket scorecards, tennis, golf, skiing, NBA / NHL standings), markets and commodities,
company news, court and police reports, short BRIEF items; and modern English-language wire from
Eastern Europe (RFE/RL, BelTA, TASS) in AP style.

People and companies are invented; real countries, cities, outlets and well-known bodies are used.
Written and annotated by hand BEFORE belreader was run on any of it (any later change is noted in
a comment at the document and in /work/wt/notes/REPORT_ent38.md).

Choices made here beyond session 37's:
- A news agency named as a source ("Interfax", "Tanjug", "BelTA") is ORG; "RFE/RL" is ORG.
- Conference and division names in a standings table ("EASTERN CONFERENCE") and competitions
  ("World Cup", "Davis Cup") are not annotated (MISC in CoNLL).
- A club named for a city in a table or score line ("Dallas", "NEW JERSEY") is ORG both ways.
"""

from __future__ import annotations

DOCS: list[dict] = [
    # ---------------- Reuters Dec 1996, tokenised as CoNLL-2003 renders it ----------------
    {
        "id": "s01",
        "style": "conll",
        "text": """SOCCER - SPANISH FIRST DIVISION RESULTS / STANDINGS .
MADRID 1996-12-07
Results of Spanish first division matches on Saturday :
Real Madrid 2 Vallorca 0
Deportivo Tarnona 1 Sevilla 1
Standings ( tabulate under games played , won , drawn , lost , goals for , against , points ) :
Real Madrid 15 10 4 1 31 11 34
Barcelona 15 10 3 2 40 18 33
Deportivo Tarnona 15 8 5 2 20 10 29""",
        "entities": [
            ("Madrid", "PLACE", ["MADRID"]),
            ("Real Madrid", "ORG", ["Real Madrid"]),
            ("Vallorca", "ORG", ["Vallorca"]),
            ("Deportivo Tarnona", "ORG", ["Deportivo Tarnona"]),
            ("Sevilla", "ORG", ["Sevilla"]),
            ("Barcelona", "ORG", ["Barcelona"]),
        ],
    },
    {
        "id": "s02",
        "style": "conll",
        "text": """SOCCER - WORLD CUP QUALIFIER SUMMARY .
LISBON 1996-12-14
Summary of Saturday 's World Cup qualifying match :
Portugal 1 ( Joao Pelleira 61 ) Ukraine 0 . Halftime 0-0 . Attendance 45,000 .
Portugal lead group nine with seven points from four games .
Ukraine coach Oleg Bazhenko said his side had been unlucky .""",
        "entities": [
            ("Lisbon", "PLACE", ["LISBON"]),
            ("Portugal", "ORG", ["Portugal"], "LOC"),
            ("Ukraine", "ORG", ["Ukraine"], "LOC"),
            ("Joao Pelleira", "PERSON", ["Joao Pelleira"]),
            ("Oleg Bazhenko", "PERSON", ["Oleg Bazhenko"]),
        ],
    },
    {
        "id": "s03",
        "style": "conll",
        "text": """SOCCER - SCOTTISH PREMIER DIVISION RESULTS .
GLASGOW 1996-12-07
Results of Scottish premier division matches on Saturday :
Celtic 4 ( Pierre van Hoorn 12 , 50 , Andy Kerrick 33 , Tommy Boyle 88 ) Motherwell 1 ( Dougie Carr 70 )
Rangers 2 ( Brian Laudy 15 , Alec McVane 64 pen ) Hibernian 1 ( Gordon Reid 40 )
Celtic stay second , three points behind Rangers .""",
        "entities": [
            ("Glasgow", "PLACE", ["GLASGOW"]),
            ("Celtic", "ORG", ["Celtic"]),
            ("Pierre van Hoorn", "PERSON", ["Pierre van Hoorn"]),
            ("Andy Kerrick", "PERSON", ["Andy Kerrick"]),
            ("Tommy Boyle", "PERSON", ["Tommy Boyle"]),
            ("Motherwell", "ORG", ["Motherwell"]),
            ("Dougie Carr", "PERSON", ["Dougie Carr"]),
            ("Rangers", "ORG", ["Rangers"]),
            ("Brian Laudy", "PERSON", ["Brian Laudy"]),
            ("Alec McVane", "PERSON", ["Alec McVane"]),
            ("Hibernian", "ORG", ["Hibernian"]),
            ("Gordon Reid", "PERSON", ["Gordon Reid"]),
        ],
    },
    {
        "id": "s04",
        "style": "conll",
        "text": """SOCCER - ITALIAN SERIE A TOP SCORERS .
ROME 1996-12-08
Leading goalscorers in the Italian first division after Sunday 's matches :
9 - Giorgio Pellucci ( Parma )
8 - Marco Tarnelli ( Lazio ) , Ivan Zamorac ( Inter )
7 - Fabio Velluto ( Juventus )""",
        "entities": [
            ("Rome", "PLACE", ["ROME"]),
            ("Giorgio Pellucci", "PERSON", ["Giorgio Pellucci"]),
            ("Parma", "ORG", ["Parma"]),
            ("Marco Tarnelli", "PERSON", ["Marco Tarnelli"]),
            ("Lazio", "ORG", ["Lazio"]),
            ("Ivan Zamorac", "PERSON", ["Ivan Zamorac"]),
            ("Inter", "ORG", ["Inter"]),
            ("Fabio Velluto", "PERSON", ["Fabio Velluto"]),
            ("Juventus", "ORG", ["Juventus"]),
        ],
    },
    {
        "id": "s05",
        "style": "conll",
        "text": """CRICKET - AUSTRALIA V WEST INDIES SCOREBOARD .
BRISBANE , Australia 1996-11-23
Scoreboard on the second day of the first test between Australia and West Indies at the Gabba on Saturday :
Australia first innings
M. Tayford c Lara b Ambrell 32
M. Slaven lbw b Walsham 8
S. Waugon run out 66
I. Heally not out 41
Extras ( b-2 lb-5 nb-9 ) 16
Total ( for 4 wickets ) 263
Bowling : Ambrell 22-6-55-1 , Walsham 25-4-70-2""",
        "entities": [
            ("Australia", "ORG", ["AUSTRALIA", "Australia"], "LOC"),
            ("West Indies", "ORG", ["WEST INDIES", "West Indies"], "LOC"),
            ("Brisbane", "PLACE", ["BRISBANE"]),
            ("Gabba", "PLACE", ["Gabba"]),
            ("M. Tayford", "PERSON", ["M. Tayford"]),
            ("Lara", "PERSON", ["Lara"]),
            ("Ambrell", "PERSON", ["Ambrell"]),
            ("M. Slaven", "PERSON", ["M. Slaven"]),
            ("Walsham", "PERSON", ["Walsham"]),
            ("S. Waugon", "PERSON", ["S. Waugon"]),
            ("I. Heally", "PERSON", ["I. Heally"]),
        ],
    },
    {
        "id": "s06",
        "style": "conll",
        "text": """CRICKET - PAKISTAN BEAT NEW ZEALAND BY 44 RUNS .
LAHORE , Pakistan 1996-12-04
Pakistan beat New Zealand by 44 runs in the first one-day international on Wednesday .
Man of the match Saeed Anwarul hit 104 off 110 balls .
New Zealand captain Lee Germond said his batsmen had thrown away their wickets .
Scores : Pakistan 277-6 in 50 overs ; New Zealand 233 all out in 47.2 overs .""",
        "entities": [
            ("Pakistan", "ORG", ["PAKISTAN", "Pakistan"], "LOC"),
            ("New Zealand", "ORG", ["NEW ZEALAND", "New Zealand"], "LOC"),
            ("Lahore", "PLACE", ["LAHORE"]),
            ("Saeed Anwarul", "PERSON", ["Saeed Anwarul"]),
            ("Lee Germond", "PERSON", ["Lee Germond"]),
        ],
    },
    {
        "id": "s07",
        "style": "conll",
        "text": """TENNIS - DAVIS CUP FINAL RESULTS .
MALMO , Sweden 1996-12-01
Results on the final day of the Davis Cup final between Sweden and France on Sunday :
Cedric Pioletti ( France ) beat Stefan Edlund ( Sweden ) 6-4 6-3 7-6
Thomas Enkvist ( Sweden ) beat Arnaud Boetsen ( France ) 3-6 6-7 6-4 6-4 7-5
France win 3-2""",
        "entities": [
            ("Malmo", "PLACE", ["MALMO"]),
            ("Sweden", "PLACE", ["Sweden"]),
            ("France", "PLACE", ["France"]),
            ("Cedric Pioletti", "PERSON", ["Cedric Pioletti"]),
            ("Stefan Edlund", "PERSON", ["Stefan Edlund"]),
            ("Thomas Enkvist", "PERSON", ["Thomas Enkvist"]),
            ("Arnaud Boetsen", "PERSON", ["Arnaud Boetsen"]),
        ],
    },
    {
        "id": "s08",
        "style": "conll",
        "text": """ALPINE SKIING - WOMEN 'S WORLD CUP GIANT SLALOM RESULTS .
VAL D'ISERE , France 1996-12-08
Leading results of the women 's World Cup giant slalom on Sunday :
1. Deborah Compagnelli ( Italy ) two runs 2:22.35
2. Martina Ertlmann ( Germany ) 2:22.90
3. Sonja Nefova ( Slovenia ) 2:23.11
World Cup standings after four events :
1. Ertlmann 245 points
2. Compagnelli 220""",
        "entities": [
            ("Val d'Isere", "PLACE", ["VAL D'ISERE"]),
            ("France", "PLACE", ["France"]),
            ("Deborah Compagnelli", "PERSON", ["Deborah Compagnelli", "Compagnelli"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Martina Ertlmann", "PERSON", ["Martina Ertlmann", "Ertlmann"]),
            ("Germany", "PLACE", ["Germany"]),
            ("Sonja Nefova", "PERSON", ["Sonja Nefova"]),
            ("Slovenia", "PLACE", ["Slovenia"]),
        ],
    },
    {
        "id": "s09",
        "style": "conll",
        "text": """BASKETBALL - NBA STANDINGS AFTER THURSDAY 'S GAMES .
NEW YORK 1996-12-05
National Basketball Association standings after Thursday 's games ( tabulate under won , lost , percentage , games behind ) :
EASTERN CONFERENCE
ATLANTIC DIVISION
MIAMI 13 4 .765 -
WASHINGTON 12 5 .706 1
ORLANDO 7 8 .467 5
WESTERN CONFERENCE
MIDWEST DIVISION
HOUSTON 15 2 .882 -
Utah 13 3 .813 1 1/2""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("National Basketball Association", "ORG", ["National Basketball Association", "NBA"]),
            ("Miami", "ORG", ["MIAMI"]),
            ("Washington", "ORG", ["WASHINGTON"]),
            ("Orlando", "ORG", ["ORLANDO"]),
            ("Houston", "ORG", ["HOUSTON"]),
            ("Utah", "ORG", ["Utah"]),
        ],
    },
    {
        "id": "s10",
        "style": "conll",
        "text": """ICE HOCKEY - NHL RESULTS .
NEW YORK 1996-12-06
Results of National Hockey League games on Friday ( home team in CAPS ) :
Hartford 4 BUFFALO 2
PHILADELPHIA 3 Pittsburgh 3 ( OT )
Colorado 5 CALGARY 1
Philadelphia 's Eric Lindgard scored twice .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("National Hockey League", "ORG", ["National Hockey League"]),
            ("Hartford", "ORG", ["Hartford"]),
            ("Buffalo", "ORG", ["BUFFALO"]),
            ("Philadelphia", "ORG", ["PHILADELPHIA", "Philadelphia"]),
            ("Pittsburgh", "ORG", ["Pittsburgh"]),
            ("Colorado", "ORG", ["Colorado"]),
            ("Calgary", "ORG", ["CALGARY"]),
            ("Eric Lindgard", "PERSON", ["Eric Lindgard"]),
        ],
    },
    {
        "id": "s11",
        "style": "conll",
        "text": """GOLF - AUSTRALIAN PGA LEADING SCORES .
SYDNEY 1996-12-06
Leading scores after the second round of the Australian PGA championship on Friday ( Australian unless stated ) :
135 Greg Normore 67 68
137 Peter Lonard-Hay 70 67 , Craig Parrish ( New Zealand ) 68 69
139 Ian Woosley ( Wales ) 71 68""",
        "entities": [
            ("Sydney", "PLACE", ["SYDNEY"]),
            ("Greg Normore", "PERSON", ["Greg Normore"]),
            ("Peter Lonard-Hay", "PERSON", ["Peter Lonard-Hay"]),
            ("Craig Parrish", "PERSON", ["Craig Parrish"]),
            ("New Zealand", "PLACE", ["New Zealand"]),
            ("Ian Woosley", "PERSON", ["Ian Woosley"]),
            ("Wales", "PLACE", ["Wales"]),
        ],
    },
    {
        "id": "s12",
        "style": "conll",
        "text": """BOSNIAN SERBS REJECT HAGUE DEMAND .
PALE , Bosnia 1996-12-10
Bosnian Serb leader Momcilo Krajevic said on Tuesday the Serbs would not hand over war crimes suspects to the Hague tribunal .
Krajevic told the state news agency SRNA that NATO troops had no right to arrest anyone .
The U.N. war crimes tribunal has indicted Radovan Karadzic and General Ratko Mladic .
In Sarajevo , a spokesman for the Office of the High Representative , Simon Haselby , said Pale must comply with the Dayton accords .""",
        "entities": [
            ("Pale", "PLACE", ["PALE", "Pale"]),
            ("Bosnia", "PLACE", ["Bosnia"]),
            ("Momcilo Krajevic", "PERSON", ["Momcilo Krajevic", "Krajevic"]),
            ("Hague", "PLACE", ["HAGUE", "Hague"]),
            ("SRNA", "ORG", ["SRNA"]),
            ("NATO", "ORG", ["NATO"]),
            ("United Nations", "ORG", ["U.N."]),
            ("Radovan Karadzic", "PERSON", ["Radovan Karadzic"]),
            ("Ratko Mladic", "PERSON", ["Ratko Mladic"]),
            ("Sarajevo", "PLACE", ["Sarajevo"]),
            ("Office of the High Representative", "ORG", ["Office of the High Representative"]),
            ("Simon Haselby", "PERSON", ["Simon Haselby"]),
            ("Dayton", "PLACE", ["Dayton"]),
        ],
    },
    {
        "id": "s13",
        "style": "conll",
        "text": """SERBIAN OPPOSITION MARCHES FOR 20TH DAY .
BELGRADE 1996-12-07
Tens of thousands of Serbs marched through Belgrade on Saturday for the 20th day of protests against President Slobodan Milosevic .
Opposition leader Vuk Draskovan told the crowd the Zajedno coalition would not give up .
The state news agency Tanjug said police had arrested 12 people in Nis .
The Organisation for Security and Cooperation in Europe ( OSCE ) will send a mission led by former Spanish premier Felipe Gonzalez .""",
        "entities": [
            ("Belgrade", "PLACE", ["BELGRADE", "Belgrade"]),
            ("Slobodan Milosevic", "PERSON", ["Slobodan Milosevic"]),
            ("Vuk Draskovan", "PERSON", ["Vuk Draskovan"]),
            ("Zajedno", "ORG", ["Zajedno"]),
            ("Tanjug", "ORG", ["Tanjug"]),
            ("Nis", "PLACE", ["Nis"]),
            ("OSCE", "ORG", ["Organisation for Security and Cooperation in Europe", "OSCE"]),
            ("Felipe Gonzalez", "PERSON", ["Felipe Gonzalez"]),
        ],
    },
    {
        "id": "s14",
        "style": "conll",
        "text": """ISRAEL , PALESTINIANS RESUME HEBRON TALKS .
JERUSALEM 1996-12-09
Israeli and Palestinian negotiators resumed talks on Monday on an Israeli troop pullout from Hebron , the last West Bank city under Israeli occupation .
Palestinian negotiator Saeb Erekal said the two sides were still far apart .
Prime Minister Benjamin Netanyahu met U.S. envoy Dennis Rossman in Jerusalem on Sunday .
In Gaza , President Yasser Arafat 's cabinet met to discuss the talks , the Palestinian news agency WAFA said .""",
        "entities": [
            ("Israel", "PLACE", ["ISRAEL"]),
            ("Hebron", "PLACE", ["HEBRON", "Hebron"]),
            ("Jerusalem", "PLACE", ["JERUSALEM", "Jerusalem"]),
            ("West Bank", "PLACE", ["West Bank"]),
            ("Saeb Erekal", "PERSON", ["Saeb Erekal"]),
            ("Benjamin Netanyahu", "PERSON", ["Benjamin Netanyahu"]),
            ("United States", "PLACE", ["U.S."]),
            ("Dennis Rossman", "PERSON", ["Dennis Rossman"]),
            ("Gaza", "PLACE", ["Gaza"]),
            ("Yasser Arafat", "PERSON", ["Yasser Arafat"]),
            ("WAFA", "ORG", ["WAFA"]),
        ],
    },
    {
        "id": "s15",
        "style": "conll",
        "text": """ZAIRE REBELS SAY THEY CAPTURE TOWN .
KINSHASA 1996-12-11
Rebels in eastern Zaire said on Wednesday they had captured the town of Butembo , 250 km north of Goma .
Rebel leader Laurent Kabwelo told Reuters by satellite telephone his forces were advancing on Kisangani .
The United Nations High Commissioner for Refugees said 200,000 Rwandan refugees were still missing in the forests .
Zaire 's Prime Minister Kengo wa Dondo returned to Kinshasa from Europe on Tuesday .""",
        "entities": [
            ("Zaire", "PLACE", ["ZAIRE", "Zaire"]),
            ("Kinshasa", "PLACE", ["KINSHASA", "Kinshasa"]),
            ("Butembo", "PLACE", ["Butembo"]),
            ("Goma", "PLACE", ["Goma"]),
            ("Laurent Kabwelo", "PERSON", ["Laurent Kabwelo"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Kisangani", "PLACE", ["Kisangani"]),
            ("UNHCR", "ORG", ["United Nations High Commissioner for Refugees"]),
            ("Kengo wa Dondo", "PERSON", ["Kengo wa Dondo"]),
            ("Europe", "PLACE", ["Europe"]),
        ],
    },
    {
        "id": "s16",
        "style": "conll",
        "text": """YELTSIN AIDE SAYS PRESIDENT BACK AT WORK .
MOSCOW 1996-12-12
Russian President Boris Yeltsin is back at work in the Kremlin after his heart surgery , his spokesman Sergei Yastrov said on Thursday .
Yastrov told Itar-Tass news agency Yeltsin had met Prime Minister Viktor Chernomazov for an hour .
Communist leader Gennady Zyuganin said in Volgograd that Yeltsin should resign .
Interfax quoted a Kremlin source as saying the president would fly to Barvikha sanatorium next week .""",
        "entities": [
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Boris Yeltsin", "PERSON", ["Boris Yeltsin", "Yeltsin", "YELTSIN"]),
            ("Kremlin", "ORG", ["Kremlin"]),
            ("Sergei Yastrov", "PERSON", ["Sergei Yastrov", "Yastrov"]),
            ("Itar-Tass", "ORG", ["Itar-Tass"]),
            ("Viktor Chernomazov", "PERSON", ["Viktor Chernomazov"]),
            ("Gennady Zyuganin", "PERSON", ["Gennady Zyuganin"]),
            ("Volgograd", "PLACE", ["Volgograd"]),
            ("Interfax", "ORG", ["Interfax"]),
            ("Barvikha", "PLACE", ["Barvikha"]),
        ],
    },
    {
        "id": "s17",
        "style": "conll",
        "text": """BELARUS PARLIAMENT SPEAKER QUITS .
MINSK 1996-12-03
The speaker of Belarus 's dissolved parliament , Semyon Sharetsky , said on Tuesday he would not recognise the new upper house set up by President Alexander Lukashenko .
Sharetsky told reporters in Minsk the Supreme Soviet remained the only legal legislature .
The European Union and the Council of Europe have criticised the referendum that gave Lukashenko wider powers .""",
        "entities": [
            ("Belarus", "PLACE", ["BELARUS", "Belarus"]),
            ("Minsk", "PLACE", ["MINSK", "Minsk"]),
            ("Semyon Sharetsky", "PERSON", ["Semyon Sharetsky", "Sharetsky"]),
            ("Alexander Lukashenko", "PERSON", ["Alexander Lukashenko", "Lukashenko"]),
            ("Supreme Soviet", "ORG", ["Supreme Soviet"]),
            ("European Union", "ORG", ["European Union"]),
            ("Council of Europe", "ORG", ["Council of Europe"]),
        ],
    },
    {
        "id": "s18",
        "style": "conll",
        "text": """POLAND 'S KRAKOWSKI BANK TO RAISE CAPITAL .
WARSAW 1996-12-10
Poland 's Krakowski Bank Rolny said on Tuesday it would issue 2 million new shares to raise capital for expansion .
Management board president Jerzy Wolanski told PAP news agency the issue would be priced at 45 zlotys a share .
The bank 's shares fell 1.5 percent to 51 zlotys on the Warsaw bourse .""",
        "entities": [
            ("Poland", "PLACE", ["POLAND", "Poland"]),
            ("Krakowski Bank Rolny", "ORG", ["KRAKOWSKI BANK", "Krakowski Bank Rolny"]),
            ("Warsaw", "PLACE", ["WARSAW", "Warsaw"]),
            ("Jerzy Wolanski", "PERSON", ["Jerzy Wolanski"]),
            ("PAP", "ORG", ["PAP"]),
        ],
    },
    {
        "id": "s19",
        "style": "conll",
        "text": """GOLD ENDS FIRMER IN LONDON .
LONDON 1996-12-09
Gold ended firmer in London on Monday , with dealers citing buying by Swiss banks after the metal fell to a six-month low .
Gold was fixed at $ 369.40 an ounce in the afternoon , up from $ 368.10 .
Silver rose to $ 4.85 while platinum was unchanged .
" The market is watching the Bundesbank , " said a dealer at Credit Suisse .""",
        "entities": [
            ("London", "PLACE", ["LONDON", "London"]),
            ("Bundesbank", "ORG", ["Bundesbank"]),
            ("Credit Suisse", "ORG", ["Credit Suisse"]),
        ],
    },
    {
        "id": "s20",
        "style": "conll",
        "text": """NYMEX CRUDE SETTLES HIGHER ON COLD WEATHER .
NEW YORK 1996-12-11
Crude oil futures on the New York Mercantile Exchange settled higher on Wednesday as cold weather moved into the U.S. Northeast .
January crude rose 42 cents to $ 25.03 a barrel .
Traders said a report from the American Petroleum Institute showed stocks fell .
In London , Brent crude on the International Petroleum Exchange gained 30 cents .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("NYMEX", "ORG", ["NYMEX", "New York Mercantile Exchange"]),
            ("United States", "PLACE", ["U.S."]),
            ("Northeast", "PLACE", ["Northeast"]),
            ("American Petroleum Institute", "ORG", ["American Petroleum Institute"]),
            ("London", "PLACE", ["London"]),
            ("International Petroleum Exchange", "ORG", ["International Petroleum Exchange"]),
        ],
    },
    {
        "id": "s21",
        "style": "conll",
        "text": """TOKYO STOCKS END LOWER ON BANK WORRIES .
TOKYO 1996-12-10
Tokyo stocks ended lower on Tuesday as investors sold bank shares on worries over bad loans .
The Nikkei average fell 210.44 points to 19,865.33 .
Shares of Hamadai Bank fell 30 yen after the Finance Ministry said it would inspect the bank .
" Nobody wants to hold banks now , " said Kenji Oyamada , a trader at Nomura Securities .""",
        "entities": [
            ("Tokyo", "PLACE", ["TOKYO", "Tokyo"]),
            ("Hamadai Bank", "ORG", ["Hamadai Bank"]),
            ("Finance Ministry", "ORG", ["Finance Ministry"]),
            ("Kenji Oyamada", "PERSON", ["Kenji Oyamada"]),
            ("Nomura Securities", "ORG", ["Nomura Securities"]),
        ],
    },
    {
        "id": "s22",
        "style": "conll",
        "text": """DORVANE TO SHUT TWO PLANTS , CUT 900 JOBS .
PARIS 1996-12-05
French car parts maker Dorvane SA said on Thursday it would close plants in Lille and Rennes and cut 900 jobs .
Chairman Michel Guerandel told Les Echos the closures would save 300 million francs a year .
The CGT union called a strike for next Tuesday .
Dorvane shares rose 4.2 percent in Paris .""",
        "entities": [
            ("Paris", "PLACE", ["PARIS", "Paris"]),
            ("Dorvane SA", "ORG", ["DORVANE", "Dorvane SA", "Dorvane"]),
            ("Lille", "PLACE", ["Lille"]),
            ("Rennes", "PLACE", ["Rennes"]),
            ("Michel Guerandel", "PERSON", ["Michel Guerandel"]),
            ("Les Echos", "ORG", ["Les Echos"]),
            ("CGT", "ORG", ["CGT"]),
        ],
    },
    {
        "id": "s23",
        "style": "conll",
        "text": """SOUTH AFRICA 'S MINORCO UNIT IN GOLD DEAL .
JOHANNESBURG 1996-12-04
Kestrel Mining Ltd , a unit of South African group Anglo American Corp , said on Wednesday it had agreed to buy a stake in a Ghana gold mine from Ashanti Goldfields .
Kestrel managing director Piet Blomkamp said the deal was worth 80 million rand .
The Johannesburg Stock Exchange gold index rose 1.2 percent .""",
        "entities": [
            ("South Africa", "PLACE", ["SOUTH AFRICA"]),
            ("Minorco", "ORG", ["MINORCO"]),
            ("Johannesburg", "PLACE", ["JOHANNESBURG"]),
            ("Kestrel Mining Ltd", "ORG", ["Kestrel Mining Ltd", "Kestrel"]),
            ("Anglo American Corp", "ORG", ["Anglo American Corp"]),
            ("Ghana", "PLACE", ["Ghana"]),
            ("Ashanti Goldfields", "ORG", ["Ashanti Goldfields"]),
            ("Piet Blomkamp", "PERSON", ["Piet Blomkamp"]),
            ("Johannesburg Stock Exchange", "ORG", ["Johannesburg Stock Exchange"]),
        ],
    },
    {
        "id": "s24",
        "style": "conll",
        "text": """MAN JAILED FOR 12 YEARS OVER BOMB PLOT .
LONDON 1996-12-06
A British court jailed a man for 12 years on Friday for plotting to bomb a power station in west London .
Declan Morrisey , 34 , was convicted at the Old Bailey of conspiracy to cause explosions .
Judge Anthony Harwell told him the plot could have killed many people .
Scotland Yard said Morrisey had links to the Irish Republican Army .""",
        "entities": [
            ("London", "PLACE", ["LONDON", "London"]),
            ("Declan Morrisey", "PERSON", ["Declan Morrisey", "Morrisey"]),
            ("Old Bailey", "ORG", ["Old Bailey"]),
            ("Anthony Harwell", "PERSON", ["Anthony Harwell"]),
            ("Scotland Yard", "ORG", ["Scotland Yard"]),
            ("Irish Republican Army", "ORG", ["Irish Republican Army"]),
        ],
    },
    {
        "id": "s25",
        "style": "conll",
        "text": """POLICE SEIZE HEROIN IN BANGKOK RAID .
BANGKOK 1996-12-09
Thai police seized 40 kg of heroin and arrested three men in a raid on a Bangkok warehouse , police said on Monday .
Police Major General Somchai Wattanakul said the drugs had come from Burma through Chiang Rai .
The men , two Thais and a Malaysian , will be charged on Tuesday .""",
        "entities": [
            ("Bangkok", "PLACE", ["BANGKOK", "Bangkok"]),
            ("Somchai Wattanakul", "PERSON", ["Somchai Wattanakul"]),
            ("Burma", "PLACE", ["Burma"]),
            ("Chiang Rai", "PLACE", ["Chiang Rai"]),
        ],
    },
    {
        "id": "s26",
        "style": "conll",
        "text": """BRIEF - KAZAKH OIL OUTPUT UP 8 PCT .
ALMATY 1996-12-10
Kazakhstan 's oil output rose 8 percent in the first 11 months of the year , the state statistics committee said .
BRIEF - ROMANIA 'S CONSTANTINESCU NAMES PREMIER .
BUCHAREST 1996-12-11
Romanian President Emil Constantinescu named Victor Ciorbea as prime minister on Wednesday .""",
        "entities": [
            ("Almaty", "PLACE", ["ALMATY"]),
            ("Kazakhstan", "PLACE", ["Kazakhstan"]),
            ("Romania", "PLACE", ["ROMANIA"]),
            ("Emil Constantinescu", "PERSON", ["CONSTANTINESCU", "Emil Constantinescu"]),
            ("Bucharest", "PLACE", ["BUCHAREST"]),
            ("Victor Ciorbea", "PERSON", ["Victor Ciorbea"]),
        ],
    },
    {
        "id": "s27",
        "style": "conll",
        "text": """SOCCER - BELGIAN FIRST DIVISION RESULTS .
BRUSSELS 1996-12-07
Results of Belgian first division matches on Saturday :
Anderlecht 3 Lommel 0
Club Brugge 2 Standard Liege 2
Germinal Ekeren 1 Charleroi 0
Leading positions : Club Brugge 38 points , Anderlecht 34 , Standard Liege 31 .""",
        "entities": [
            ("Brussels", "PLACE", ["BRUSSELS"]),
            ("Anderlecht", "ORG", ["Anderlecht"]),
            ("Lommel", "ORG", ["Lommel"]),
            ("Club Brugge", "ORG", ["Club Brugge"]),
            ("Standard Liege", "ORG", ["Standard Liege"]),
            ("Germinal Ekeren", "ORG", ["Germinal Ekeren"]),
            ("Charleroi", "ORG", ["Charleroi"]),
        ],
    },
    {
        "id": "s28",
        "style": "conll",
        "text": """SOCCER - WORLD CUP QUALIFIER SCORERS .
TIRANA 1996-12-14
Scorers in Saturday 's World Cup qualifier :
Albania 1 ( Edmond Kapllani 40 ) Armenia 1 ( Artur Petrosyan 78 )
Northern Ireland 2 ( Iain Dowie 12 , Michael Hughes 60 ) Ukraine 1 ( Serhiy Rebrov 33 )""",
        "entities": [
            ("Tirana", "PLACE", ["TIRANA"]),
            ("Albania", "ORG", ["Albania"], "LOC"),
            ("Edmond Kapllani", "PERSON", ["Edmond Kapllani"]),
            ("Armenia", "ORG", ["Armenia"], "LOC"),
            ("Artur Petrosyan", "PERSON", ["Artur Petrosyan"]),
            ("Northern Ireland", "ORG", ["Northern Ireland"], "LOC"),
            ("Iain Dowie", "PERSON", ["Iain Dowie"]),
            ("Michael Hughes", "PERSON", ["Michael Hughes"]),
            ("Ukraine", "ORG", ["Ukraine"], "LOC"),
            ("Serhiy Rebrov", "PERSON", ["Serhiy Rebrov"]),
        ],
    },
    {
        "id": "s29",
        "style": "conll",
        "text": """CHINA SAYS DISSIDENT WANG TO STAND TRIAL .
BEIJING 1996-12-12
China said on Thursday dissident Wang Donghai would be tried for plotting to subvert the government , the official Xinhua news agency reported .
Foreign Ministry spokesman Shen Guofang told a news briefing the case would be handled according to law .
Human rights group Amnesty International said in London the charges were politically motivated .""",
        "entities": [
            ("China", "PLACE", ["CHINA", "China"]),
            ("Wang Donghai", "PERSON", ["WANG", "Wang Donghai"]),
            ("Beijing", "PLACE", ["BEIJING"]),
            ("Xinhua", "ORG", ["Xinhua"]),
            ("Foreign Ministry", "ORG", ["Foreign Ministry"]),
            ("Shen Guofang", "PERSON", ["Shen Guofang"]),
            ("Amnesty International", "ORG", ["Amnesty International"]),
            ("London", "PLACE", ["London"]),
        ],
    },
    {
        "id": "s30",
        "style": "conll",
        "text": """SOCCER - ENGLISH PREMIER LEAGUE SUMMARIES .
LONDON 1996-12-07
Summaries of English premier league matches on Saturday :
Arsenal 2 ( Ian Wrightson 23 , Dennis Bergkamp 77 ) Derby 2 ( Dean Sturridge 40 , Paul Simpson 81 ) . Halftime 1-1 . Attendance 38,000 .
Newcastle 1 ( Alan Shearer 54 ) Nottingham Forest 0 . Halftime 0-0 . Attendance 36,500 .""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Arsenal", "ORG", ["Arsenal"]),
            ("Ian Wrightson", "PERSON", ["Ian Wrightson"]),
            ("Dennis Bergkamp", "PERSON", ["Dennis Bergkamp"]),
            ("Derby", "ORG", ["Derby"]),
            ("Dean Sturridge", "PERSON", ["Dean Sturridge"]),
            ("Paul Simpson", "PERSON", ["Paul Simpson"]),
            ("Newcastle", "ORG", ["Newcastle"]),
            ("Alan Shearer", "PERSON", ["Alan Shearer"]),
            ("Nottingham Forest", "ORG", ["Nottingham Forest"]),
        ],
    },
    # ---------------- modern English-language wire from Eastern Europe, AP style ----------------
    {
        "id": "w01",
        "style": "ap",
        "text": """MINSK (BelTA) — Belarusian Prime Minister Roman Golovchenko met a delegation of the Chinese province of Shandong on Tuesday to discuss joint projects at the Great Stone industrial park.

The park near Minsk has attracted 100 companies, Golovchenko said. The delegation was led by deputy governor Li Mingwei.

The talks were also attended by officials of the Belarusian Foreign Ministry and the State Committee on Science and Technology.""",
        "entities": [
            ("Minsk", "PLACE", ["MINSK", "Minsk"]),
            ("BelTA", "ORG", ["BelTA"]),
            ("Roman Golovchenko", "PERSON", ["Roman Golovchenko", "Golovchenko"]),
            ("Shandong", "PLACE", ["Shandong"]),
            ("Great Stone", "PLACE", ["Great Stone"]),
            ("Li Mingwei", "PERSON", ["Li Mingwei"]),
            ("Belarusian Foreign Ministry", "ORG", ["Belarusian Foreign Ministry"]),
            ("State Committee on Science and Technology", "ORG", ["State Committee on Science and Technology"]),
        ],
    },
    {
        "id": "w02",
        "style": "ap",
        "text": """PRAGUE (RFE/RL) — A court in Minsk has sentenced opposition activist Andrei Kovalchuk to five years in prison on charges of "organizing mass riots," the Vyasna human rights center said on December 3.

Kovalchuk, 41, was detained in Hrodna in August. His lawyer, Alena Ivashka, said he would appeal.

The European Union and the U.S. State Department condemned the verdict. Belarusian opposition leader Svyatlana Tsikhanouskaya, who lives in exile in Vilnius, called it "revenge.\"""",
        "entities": [
            ("Prague", "PLACE", ["PRAGUE"]),
            ("RFE/RL", "ORG", ["RFE/RL"]),
            ("Minsk", "PLACE", ["Minsk"]),
            ("Andrei Kovalchuk", "PERSON", ["Andrei Kovalchuk", "Kovalchuk"]),
            ("Vyasna", "ORG", ["Vyasna"]),
            ("Hrodna", "PLACE", ["Hrodna"]),
            ("Alena Ivashka", "PERSON", ["Alena Ivashka"]),
            ("European Union", "ORG", ["European Union"]),
            ("United States", "PLACE", ["U.S."]),
            ("State Department", "ORG", ["State Department"]),
            ("Svyatlana Tsikhanouskaya", "PERSON", ["Svyatlana Tsikhanouskaya"]),
            ("Vilnius", "PLACE", ["Vilnius"]),
        ],
    },
    {
        "id": "w03",
        "style": "ap",
        "text": """MOSCOW, December 4 (TASS) — Russian Deputy Foreign Minister Sergei Ryabkovsky said on Wednesday that Moscow was ready for talks with Washington on strategic stability.

"The ball is in the American court," Ryabkovsky told TASS. He spoke after a meeting of the Collective Security Treaty Organization in Yerevan.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to meet the U.S. president this year.""",
        "entities": [
            ("Moscow", "PLACE", ["MOSCOW", "Moscow"]),
            ("TASS", "ORG", ["TASS"]),
            ("Sergei Ryabkovsky", "PERSON", ["Sergei Ryabkovsky", "Ryabkovsky"]),
            ("Washington", "PLACE", ["Washington"]),
            ("Collective Security Treaty Organization", "ORG", ["Collective Security Treaty Organization"]),
            ("Yerevan", "PLACE", ["Yerevan"]),
            ("Kremlin", "ORG", ["Kremlin"]),
            ("Dmitry Peskov", "PERSON", ["Dmitry Peskov"]),
            ("Vladimir Putin", "PERSON", ["Vladimir Putin"]),
            ("United States", "PLACE", ["U.S."]),
        ],
    },
    {
        "id": "w04",
        "style": "ap",
        "text": """KYIV, Ukraine (AP) — Ukrainian officials said Russian drones struck energy facilities in the Odesa and Mykolaiv regions overnight, leaving 200,000 homes without power.

Governor Oleh Kiper said on Telegram that two people were wounded. Ukraine's air force said it shot down 40 of 55 drones.

Ukrenergo, the national grid operator, announced rolling blackouts in Kyiv. Ukrainian President Volodymyr Zelenskyy urged NATO allies to send more air defense systems.""",
        "entities": [
            ("Kyiv", "PLACE", ["KYIV", "Kyiv"]),
            ("Ukraine", "PLACE", ["Ukraine"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Odesa", "PLACE", ["Odesa"]),
            ("Mykolaiv", "PLACE", ["Mykolaiv"]),
            ("Oleh Kiper", "PERSON", ["Oleh Kiper"]),
            ("Telegram", "ORG", ["Telegram"]),
            ("Ukrenergo", "ORG", ["Ukrenergo"]),
            ("Volodymyr Zelenskyy", "PERSON", ["Volodymyr Zelenskyy"]),
            ("NATO", "ORG", ["NATO"]),
        ],
    },
    {
        "id": "w05",
        "style": "ap",
        "text": """WARSAW, Poland (AP) — Polish prosecutors charged two Belarusian citizens on Friday with spying for Minsk's KGB near the border crossing at Terespol.

Jacek Dobrzanski, a spokesman for the National Prosecutor's Office, said the men had photographed military trains. Poland's Internal Security Agency made the arrests in Biala Podlaska.

Belarus's Foreign Ministry called the charges "a provocation," the state news agency BelTA reported.""",
        "entities": [
            ("Warsaw", "PLACE", ["WARSAW"]),
            ("Poland", "PLACE", ["Poland"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Minsk", "PLACE", ["Minsk"]),
            ("KGB", "ORG", ["KGB"]),
            ("Terespol", "PLACE", ["Terespol"]),
            ("Jacek Dobrzanski", "PERSON", ["Jacek Dobrzanski"]),
            ("National Prosecutor's Office", "ORG", ["National Prosecutor's Office"]),
            ("Internal Security Agency", "ORG", ["Internal Security Agency"]),
            ("Biala Podlaska", "PLACE", ["Biala Podlaska"]),
            ("Belarus", "PLACE", ["Belarus"]),
            ("Foreign Ministry", "ORG", ["Foreign Ministry"]),
            ("BelTA", "ORG", ["BelTA"]),
        ],
    },
    {
        "id": "w06",
        "style": "ap",
        "text": """VILNIUS, Lithuania (AP) — Lithuania closed two checkpoints on its border with Belarus on Wednesday after balloons carrying contraband cigarettes forced Vilnius Airport to halt flights.

Interior Minister Agne Bilotaite said the government would ask the European Commission for help. The State Border Guard Service said 40 balloons crossed overnight.

Latvian Defense Minister Andris Spruds said Riga was watching the situation closely.""",
        "entities": [
            ("Vilnius", "PLACE", ["VILNIUS"]),
            ("Lithuania", "PLACE", ["Lithuania"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Belarus", "PLACE", ["Belarus"]),
            ("Vilnius Airport", "PLACE", ["Vilnius Airport"]),
            ("Agne Bilotaite", "PERSON", ["Agne Bilotaite"]),
            ("European Commission", "ORG", ["European Commission"]),
            ("State Border Guard Service", "ORG", ["State Border Guard Service"]),
            ("Andris Spruds", "PERSON", ["Andris Spruds"]),
            ("Riga", "PLACE", ["Riga"]),
        ],
    },
    {
        "id": "w07",
        "style": "ap",
        "text": """TBILISI, Georgia (AP) — Thousands of protesters rallied outside parliament in Tbilisi for a fifth night on Monday after the ruling Georgian Dream party suspended talks on joining the European Union.

Police used water cannon to disperse the crowd, the Interior Ministry said. President Salome Zourabichvili said she would not leave office.

Party founder Bidzina Ivanishvili, a billionaire, has not spoken in public since the vote.""",
        "entities": [
            ("Tbilisi", "PLACE", ["TBILISI", "Tbilisi"]),
            ("Georgia", "PLACE", ["Georgia"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Georgian Dream", "ORG", ["Georgian Dream"]),
            ("European Union", "ORG", ["European Union"]),
            ("Interior Ministry", "ORG", ["Interior Ministry"]),
            ("Salome Zourabichvili", "PERSON", ["Salome Zourabichvili"]),
            ("Bidzina Ivanishvili", "PERSON", ["Bidzina Ivanishvili"]),
        ],
    },
    {
        "id": "w08",
        "style": "ap",
        "text": """CHISINAU, Moldova (RFE/RL) — Moldova's Constitutional Court on Thursday upheld the results of the presidential runoff, rejecting a complaint by the Party of Socialists.

Court chairwoman Domnica Manole said the vote had been fair. Incumbent Maia Sandu won 55 percent against Alexandr Stoianoglo, who was backed by the Socialists.

Observers from the Organization for Security and Cooperation in Europe reported vote buying linked to fugitive businessman Ilan Shor.""",
        "entities": [
            ("Chisinau", "PLACE", ["CHISINAU"]),
            ("Moldova", "PLACE", ["Moldova"]),
            ("RFE/RL", "ORG", ["RFE/RL"]),
            ("Constitutional Court", "ORG", ["Constitutional Court"]),
            ("Party of Socialists", "ORG", ["Party of Socialists", "Socialists"]),
            ("Domnica Manole", "PERSON", ["Domnica Manole"]),
            ("Maia Sandu", "PERSON", ["Maia Sandu"]),
            ("Alexandr Stoianoglo", "PERSON", ["Alexandr Stoianoglo"]),
            ("OSCE", "ORG", ["Organization for Security and Cooperation in Europe"]),
            ("Ilan Shor", "PERSON", ["Ilan Shor"]),
        ],
    },
    {
        "id": "a17",
        "style": "ap",
        "text": """DENVER (AP) — A federal jury convicted former Korvath Energy Inc. executive Marla Destin on Thursday of lying to investors about the company's natural gas reserves.

U.S. District Judge Neil Gorsham set sentencing for March. Destin's attorney, Craig Pettibone, said she would appeal.

The Securities and Exchange Commission has filed a civil suit against Korvath, which is based in Tulsa, Okla.""",
        "entities": [
            ("Denver", "PLACE", ["DENVER"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Korvath Energy Inc.", "ORG", ["Korvath Energy Inc.", "Korvath"]),
            ("Marla Destin", "PERSON", ["Marla Destin", "Destin"]),
            ("United States", "PLACE", ["U.S."]),
            ("Neil Gorsham", "PERSON", ["Neil Gorsham"]),
            ("Craig Pettibone", "PERSON", ["Craig Pettibone"]),
            ("Securities and Exchange Commission", "ORG", ["Securities and Exchange Commission"]),
            ("Tulsa", "PLACE", ["Tulsa"]),
            ("Oklahoma", "PLACE", ["Okla."]),
        ],
    },
    {
        "id": "a18",
        "style": "ap",
        "text": """NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi on Tuesday as opposition leader Raila Odinga called for a national strike over rising food prices.

The Kenya National Bureau of Statistics said inflation reached 9 percent in November. Interior Minister Kithure Kindiki said the protests were illegal.

In Mombasa, traders shut their shops, the Daily Nation newspaper reported.""",
        "entities": [
            ("Nairobi", "PLACE", ["NAIROBI", "Nairobi"]),
            ("Kenya", "PLACE", ["Kenya"]),
            ("Associated Press", "ORG", ["AP"]),
            ("Raila Odinga", "PERSON", ["Raila Odinga"]),
            ("Kenya National Bureau of Statistics", "ORG", ["Kenya National Bureau of Statistics"]),
            ("Kithure Kindiki", "PERSON", ["Kithure Kindiki"]),
            ("Mombasa", "PLACE", ["Mombasa"]),
            ("Daily Nation", "ORG", ["Daily Nation"]),
        ],
    },
]
