"""Session 42 (ent42): a fifth, BLIND hand-written file of entities in Reuters 1996 wire text as
CoNLL-2003 renders it, in the format and under the conventions of tests/ent_s37_data.py (read its
docstring: types, exact spans, a form's type holds for the whole document, titles and a leading
"the" left out, a national side ORG by GUIDE.md and LOC by CoNLL-2003 in the 4th element, a city
as a club's name ORG both ways), tests/ent_s38_data.py (a news agency is ORG; competitions,
conferences and events are not annotated), tests/ent_s40_data.py (a ministry named with capitals
is ORG; nationality adjectives and nouns are MISC and not annotated, in headlines too; index names
are not annotated) and tests/ent_s41_data.py (a place's lower-case kind noun is no part of it).

Topics and shapes the earlier files have least of: former-Soviet and Eastern European politics
(transliterated names with patronymics, rebel commanders, parties and blocs such as "Our Home is
Russia", "Yabloko", "Popular Front", breakaway regions, oblasts, the Duma, the Supreme Soviet),
the Middle East and the Balkans (Bosnian Serb leaders, Kurdish parties, Hizbollah, PLO officials),
ex-Soviet company, bank and share-price news, and the lines that trip taggers: ALL-CAPS headlines,
datelines with "( Reuters )", "--" sources lines with a newsroom and a telephone number, price
tables, soccer and ice hockey results with clubs named after cities, nationality adjectives,
and spelling variants of one name in one item.

People, and a few companies, are invented; real countries, cities, regions, parties, clubs,
outlets and well-known bodies are used. Written and annotated by hand BEFORE belreader was run on
any of it (any later change is noted in a comment at the document and in
/work/wt/notes/REPORT_ent42.md).

Choices made here (CoNLL-2003's own practice as far as known):
- A newsroom in a sources line ("-- Moscow Newsroom +7 095 941 8520") is ORG, the city and the
  word "Newsroom" together; the telephone number is not annotated.
- "Reuters" in a dateline is ORG.
- A ticker in angle brackets ("<GAZP.RTS>") is not annotated.
- "the Duma", "the Supreme Soviet", "the Sejm" and such assemblies named with a capital are ORG.
- A people's noun used as a group ("Serbs", "Kurds", "Chechens") is MISC and not annotated, nor
  are "Soviet" and "Bosnian Serb" as adjectives.
- A region named with its lower-case kind noun ("Sverdlovsk region", "Tyumen oblast") is PLACE
  for the name alone.
"""

from __future__ import annotations

DOCS: list[dict] = [
    # ---------------- sport ----------------
    {
        "id": "h01",
        "style": "conll",
        "text": """SOCCER - RUSSIAN PREMIER LEAGUE RESULTS .
MOSCOW 1996-08-24
Results of Russian premier league matches on Saturday :
Spartak Moscow 2 Dynamo Moscow 1
Rotor Volgograd 0 Alania Vladikavkaz 0
Lokomotiv Moscow 3 KAMAZ Naberezhnye Chelny 1
Torpedo Moscow 1 Zhemchuzhina Sochi 2
Chernomorets Novorossiisk 1 CSKA Moscow 1""",
        "entities": [
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Spartak Moscow", "ORG", ["Spartak Moscow"]),
            ("Dynamo Moscow", "ORG", ["Dynamo Moscow"]),
            ("Rotor Volgograd", "ORG", ["Rotor Volgograd"]),
            ("Alania Vladikavkaz", "ORG", ["Alania Vladikavkaz"]),
            ("Lokomotiv Moscow", "ORG", ["Lokomotiv Moscow"]),
            ("KAMAZ Naberezhnye Chelny", "ORG", ["KAMAZ Naberezhnye Chelny"]),
            ("Torpedo Moscow", "ORG", ["Torpedo Moscow"]),
            ("Zhemchuzhina Sochi", "ORG", ["Zhemchuzhina Sochi"]),
            ("Chernomorets Novorossiisk", "ORG", ["Chernomorets Novorossiisk"]),
            ("CSKA Moscow", "ORG", ["CSKA Moscow"]),
        ],
    },
    {
        "id": "h02",
        "style": "conll",
        "text": """SOCCER - DYNAMO KIEV CRUISE INTO NEXT ROUND .
KIEV 1996-09-26
Dynamo Kiev beat Barry Town of Wales 4-0 on Thursday to reach the second round of the UEFA Cup 8-1 on aggregate .
Striker Andriy Kovalchuk scored twice and Serhiy Panasenko added two more in the second half .
Dynamo coach Yosyp Mykhailenko said his side would face a much harder test in the next round .""",
        "entities": [
            ("Dynamo Kiev", "ORG", ["DYNAMO KIEV", "Dynamo Kiev", "Dynamo"]),
            ("Kiev", "PLACE", ["KIEV"]),
            ("Barry Town", "ORG", ["Barry Town"]),
            ("Wales", "PLACE", ["Wales"]),
            ("Andriy Kovalchuk", "PERSON", ["Andriy Kovalchuk"]),
            ("Serhiy Panasenko", "PERSON", ["Serhiy Panasenko"]),
            ("Yosyp Mykhailenko", "PERSON", ["Yosyp Mykhailenko"]),
        ],
    },
    {
        "id": "h03",
        "style": "conll",
        "text": """ICE HOCKEY - RUSSIAN LEAGUE RESULTS .
MOSCOW 1996-10-05
Results of Russian ice hockey league matches on Friday :
Metallurg Magnitogorsk 4 Salavat Yulayev Ufa 2
Lada Togliatti 3 Torpedo Yaroslavl 3
Avangard Omsk 1 Dynamo Moscow 5
Leading scorer : Vitaly Prokhorenko ( Metallurg ) 14 points .""",
        "entities": [
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Metallurg Magnitogorsk", "ORG", ["Metallurg Magnitogorsk", "Metallurg"]),
            ("Salavat Yulayev Ufa", "ORG", ["Salavat Yulayev Ufa"]),
            ("Lada Togliatti", "ORG", ["Lada Togliatti"]),
            ("Torpedo Yaroslavl", "ORG", ["Torpedo Yaroslavl"]),
            ("Avangard Omsk", "ORG", ["Avangard Omsk"]),
            ("Dynamo Moscow", "ORG", ["Dynamo Moscow"]),
            ("Vitaly Prokhorenko", "PERSON", ["Vitaly Prokhorenko"]),
        ],
    },
    {
        "id": "h04",
        "style": "conll",
        "text": """SOCCER - CROATIA BEAT BOSNIA IN WORLD CUP QUALIFIER .
ZAGREB 1996-10-09
Croatia beat Bosnia 4-1 in a World Cup European group one qualifier on Wednesday .
Scorers :
Croatia - Zvonko Bresan 12 , 55 , Mladen Soldo 30 , Goran Vukas 81
Bosnia - Elvir Hadzic 70
Attendance : 25,000 .""",
        "entities": [
            ("Croatia", "ORG", ["CROATIA", "Croatia"], "LOC"),
            ("Bosnia", "ORG", ["BOSNIA", "Bosnia"], "LOC"),
            ("Zagreb", "PLACE", ["ZAGREB"]),
            ("Zvonko Bresan", "PERSON", ["Zvonko Bresan"]),
            ("Mladen Soldo", "PERSON", ["Mladen Soldo"]),
            ("Goran Vukas", "PERSON", ["Goran Vukas"]),
            ("Elvir Hadzic", "PERSON", ["Elvir Hadzic"]),
        ],
    },
    {
        "id": "h05",
        "style": "conll",
        "text": """CHESS - ZAKHAROV LEADS IN ELISTA .
ELISTA , Russia 1996-06-14
Russian grandmaster Igor Zakharov beat Ukraine 's Oleksandr Bilyk in 41 moves on Friday to take the lead in the tournament .
Zakharov has 5-1/2 points from seven games , half a point ahead of Armenian Levon Sargsian .""",
        "entities": [
            ("Igor Zakharov", "PERSON", ["ZAKHAROV", "Igor Zakharov", "Zakharov"]),
            ("Elista", "PLACE", ["ELISTA"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Ukraine", "PLACE", ["Ukraine"]),
            ("Oleksandr Bilyk", "PERSON", ["Oleksandr Bilyk"]),
            ("Levon Sargsian", "PERSON", ["Levon Sargsian"]),
        ],
    },
    # ---------------- former Soviet Union politics ----------------
    {
        "id": "h06",
        "style": "conll",
        "text": """RUSSIA 'S DUMA REJECTS BUDGET , YABLOKO WALKS OUT .
MOSCOW 1996-10-23
Russia 's State Duma on Wednesday rejected the government 's draft 1997 budget in a first reading , dealing a blow to Prime Minister Pavel Grigoryevich Sitnikov .
Deputies from the liberal Yabloko faction walked out of the chamber before the vote , and only the pro-government Our Home is Russia bloc backed the draft .
" The Duma has told the government to go back and do its sums again , " said Communist Party deputy Valentin Nikolayevich Kuprin .
Sitnikov 's spokesman said the cabinet would send a revised draft to the Duma next month .""",
        "entities": [
            ("Russia", "PLACE", ["RUSSIA", "Russia"]),
            ("Communist Party", "ORG", ["Communist Party"]),
            ("State Duma", "ORG", ["DUMA", "State Duma", "Duma"]),
            ("Yabloko", "ORG", ["YABLOKO", "Yabloko"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Pavel Grigoryevich Sitnikov", "PERSON", ["Pavel Grigoryevich Sitnikov", "Sitnikov"]),
            ("Our Home is Russia", "ORG", ["Our Home is Russia"]),
            ("Valentin Nikolayevich Kuprin", "PERSON", ["Valentin Nikolayevich Kuprin"]),
        ],
    },
    {
        "id": "h07",
        "style": "conll",
        "text": """CHECHEN REBELS SAY THEY CONTROL CENTRAL GROZNY .
NAZRAN , Russia 1996-08-08
Chechen rebel commander Ruslan Magomadov said on Thursday his fighters controlled the centre of Grozny after three days of fighting with Russian troops .
" We hold the railway station and the government building , " Magomadov told Reuters by telephone .
A Russian army spokesman in Khankala , the main federal base outside the Chechen capital , said the rebels had suffered heavy losses .
Interfax news agency quoted Interior Ministry officials as saying 18 federal servicemen had been killed .""",
        "entities": [
            ("Grozny", "PLACE", ["GROZNY", "Grozny"]),
            ("Nazran", "PLACE", ["NAZRAN"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Ruslan Magomadov", "PERSON", ["Ruslan Magomadov", "Magomadov"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Khankala", "PLACE", ["Khankala"]),
            ("Interfax", "ORG", ["Interfax"]),
            ("Interior Ministry", "ORG", ["Interior Ministry"]),
        ],
    },
    {
        "id": "h08",
        "style": "conll",
        "text": """POPULAR FRONT LEADERS DETAINED AFTER MINSK RALLY .
MINSK 1996-04-27
Police detained two leaders of the opposition Belarussian Popular Front after a rally of some 20,000 people in Minsk against union with Russia , the group said on Saturday .
Front deputy leader Yuri Khadanovich and spokesman Ales Zhybul were taken from their homes during the night , a Front statement said .
The rally had marched from Yakub Kolas Square to the building of the Supreme Soviet , where police used truncheons to break it up .
President Alexander Lukashenko , who signed a treaty with Russian President Boris Yeltsin in Moscow this month , has called the Front " fascists " .""",
        "entities": [
            ("Belarussian Popular Front", "ORG", ["POPULAR FRONT", "Belarussian Popular Front", "Front"]),
            ("Minsk", "PLACE", ["MINSK", "Minsk"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Yuri Khadanovich", "PERSON", ["Yuri Khadanovich"]),
            ("Ales Zhybul", "PERSON", ["Ales Zhybul"]),
            ("Yakub Kolas Square", "PLACE", ["Yakub Kolas Square"]),
            ("Supreme Soviet", "ORG", ["Supreme Soviet"]),
            ("Alexander Lukashenko", "PERSON", ["Alexander Lukashenko"]),
            ("Boris Yeltsin", "PERSON", ["Boris Yeltsin"]),
            ("Moscow", "PLACE", ["Moscow"]),
        ],
    },
    {
        "id": "h09",
        "style": "conll",
        "text": """UKRAINE PARLIAMENT BACKS CRIMEA CONSTITUTION CHANGES .
KIEV 1996-04-04
Ukraine 's parliament on Thursday approved changes to the constitution of the Crimea , the autonomous peninsula where most people are ethnic Russians .
The Supreme Rada voted 250-21 for the text after Rukh deputies dropped their objections .
Crimean parliament speaker Yevhen Stepanovych Dovzhenko welcomed the vote and said Simferopol would now work with Kiev on a budget for the region .""",
        "entities": [
            ("Ukraine", "PLACE", ["UKRAINE", "Ukraine"]),
            ("Crimea", "PLACE", ["CRIMEA", "Crimea"]),
            ("Kiev", "PLACE", ["KIEV", "Kiev"]),
            ("Supreme Rada", "ORG", ["Supreme Rada"]),
            ("Rukh", "ORG", ["Rukh"]),
            ("Yevhen Stepanovych Dovzhenko", "PERSON", ["Yevhen Stepanovych Dovzhenko"]),
            ("Simferopol", "PLACE", ["Simferopol"]),
        ],
    },
    {
        "id": "h10",
        "style": "conll",
        "text": """MOLDOVA , DNESTR REGION AGREE TO NEW TALKS .
CHISINAU 1996-07-02
Moldova and its breakaway Dnestr region agreed on Tuesday to resume talks on the region 's status , Moldovan officials said .
Dnestr leader Igor Vasilyevich Smirnyak met Moldovan President Mircea Snegurescu in the town of Bendery with mediators from Russia , Ukraine and the OSCE .
The region , where most people speak Russian , declared independence in 1990 and a war in 1992 killed several hundred people .""",
        "entities": [
            ("Moldova", "PLACE", ["MOLDOVA", "Moldova"]),
            ("Dnestr", "PLACE", ["DNESTR", "Dnestr"]),
            ("Chisinau", "PLACE", ["CHISINAU"]),
            ("Igor Vasilyevich Smirnyak", "PERSON", ["Igor Vasilyevich Smirnyak"]),
            ("Mircea Snegurescu", "PERSON", ["Mircea Snegurescu"]),
            ("Bendery", "PLACE", ["Bendery"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Ukraine", "PLACE", ["Ukraine"]),
            ("OSCE", "ORG", ["OSCE"]),
        ],
    },
    {
        "id": "h11",
        "style": "conll",
        "text": """GEORGIA SAYS ABKHAZ TALKS STALLED .
TBILISI 1996-11-15
Georgia said on Friday talks with the breakaway Black Sea region of Abkhazia had stalled over the return of ethnic Georgian refugees .
Foreign Minister Irakli Menagarishvili told reporters in Tbilisi that Sukhumi was refusing to let refugees return to the Gali district .
Some 1,500 Russian peacekeepers under a CIS mandate patrol the ceasefire line along the Inguri river .""",
        "entities": [
            ("Georgia", "PLACE", ["GEORGIA", "Georgia"]),
            ("Tbilisi", "PLACE", ["TBILISI", "Tbilisi"]),
            ("Black Sea", "PLACE", ["Black Sea"]),
            ("Abkhazia", "PLACE", ["Abkhazia"]),
            ("Irakli Menagarishvili", "PERSON", ["Irakli Menagarishvili"]),
            ("Sukhumi", "PLACE", ["Sukhumi"]),
            ("Gali", "PLACE", ["Gali"]),
            ("CIS", "ORG", ["CIS"]),
            ("Inguri", "PLACE", ["Inguri"]),
        ],
    },
    {
        "id": "h12",
        "style": "conll",
        "text": """RUSSIAN GOVERNOR SACKED OVER WAGE ARREARS .
YEKATERINBURG , Russia 1996-09-03
President Boris Yeltsin on Tuesday dismissed the governor of the Sverdlovsk region , Anatoly Fyodorovich Brusnikin , over months of unpaid wages to teachers and miners , the Kremlin press service said .
Brusnikin , 52 , had run the Urals region since 1994 .
His deputy Sergei Lapshov will act as governor until elections in the spring , Itar-Tass news agency said .""",
        "entities": [
            ("Yekaterinburg", "PLACE", ["YEKATERINBURG"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Boris Yeltsin", "PERSON", ["Boris Yeltsin"]),
            ("Sverdlovsk", "PLACE", ["Sverdlovsk"]),
            ("Anatoly Fyodorovich Brusnikin", "PERSON", ["Anatoly Fyodorovich Brusnikin", "Brusnikin"]),
            ("Kremlin", "PLACE", ["Kremlin"]),
            ("Urals", "PLACE", ["Urals"]),
            ("Sergei Lapshov", "PERSON", ["Sergei Lapshov"]),
            ("Itar-Tass", "ORG", ["Itar-Tass"]),
        ],
    },
    {
        "id": "h13",
        "style": "conll",
        "text": """LEBED SAYS KREMLIN RIVALS WANT HIM OUT .
MOSCOW 1996-10-10
Security Council secretary Alexander Lebed said on Thursday that rivals in the government wanted him sacked over his Chechnya peace deal .
" They are afraid of Lebed , " the retired general told a news conference , speaking of himself in the third person as he often does .
Lebed 's aides said Interior Minister Anatoly Kulikov had accused him of planning a coup .
Kulikov 's ministry declined comment .""",
        "entities": [
            ("Alexander Lebed", "PERSON", ["LEBED", "Alexander Lebed", "Lebed"]),
            ("Kremlin", "PLACE", ["KREMLIN"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Security Council", "ORG", ["Security Council"]),
            ("Chechnya", "PLACE", ["Chechnya"]),
            ("Anatoly Kulikov", "PERSON", ["Anatoly Kulikov", "Kulikov"]),
        ],
    },
    {
        "id": "h14",
        "style": "conll",
        "text": """KAZAKH OPPOSITION FORMS NEW MOVEMENT .
ALMATY 1996-05-18
Opposition groups in Kazakhstan on Saturday formed a movement called Azamat to fight for democratic reform , its leader Galymzhan Zhakupov said .
Zhakupov , a former deputy in the dissolved Supreme Soviet , said the movement would contest parliamentary elections due in 1999 .
The Socialist Party of Kazakhstan and the Lad Slavic movement said they would join Azamat .""",
        "entities": [
            ("Almaty", "PLACE", ["ALMATY"]),
            ("Kazakhstan", "PLACE", ["Kazakhstan"]),
            ("Azamat", "ORG", ["Azamat"]),
            ("Galymzhan Zhakupov", "PERSON", ["Galymzhan Zhakupov", "Zhakupov"]),
            ("Supreme Soviet", "ORG", ["Supreme Soviet"]),
            ("Socialist Party of Kazakhstan", "ORG", ["Socialist Party of Kazakhstan"]),
            ("Lad", "ORG", ["Lad"]),
        ],
    },
    {
        "id": "h15",
        "style": "conll",
        "text": """ARMENIA , AZERBAIJAN TRADE CHARGES OVER KARABAKH .
BAKU 1996-12-03
Azerbaijan accused Armenia on Tuesday of blocking a settlement of the Nagorno-Karabakh conflict at the OSCE summit in Lisbon .
Azeri presidential adviser Vafa Guliyeva said Yerevan had refused to accept a statement recognising Azerbaijan 's territorial integrity .
In Yerevan , Armenian Foreign Ministry spokesman Arsen Gasparian said Baku was trying to dictate terms .""",
        "entities": [
            ("Armenia", "PLACE", ["ARMENIA", "Armenia"]),
            ("Azerbaijan", "PLACE", ["AZERBAIJAN", "Azerbaijan"]),
            ("Karabakh", "PLACE", ["KARABAKH"]),
            ("Baku", "PLACE", ["BAKU", "Baku"]),
            ("Nagorno-Karabakh", "PLACE", ["Nagorno-Karabakh"]),
            ("OSCE", "ORG", ["OSCE"]),
            ("Lisbon", "PLACE", ["Lisbon"]),
            ("Vafa Guliyeva", "PERSON", ["Vafa Guliyeva"]),
            ("Yerevan", "PLACE", ["Yerevan"]),
            ("Foreign Ministry", "ORG", ["Foreign Ministry"]),
            ("Arsen Gasparian", "PERSON", ["Arsen Gasparian"]),
        ],
    },
    {
        "id": "h16",
        "style": "conll",
        "text": """TAJIK GOVERNMENT , REBELS AGREE CEASEFIRE .
DUSHANBE 1996-12-11
Tajikistan 's government and Islamic-led rebels agreed on Wednesday to a ceasefire in the Tavildara valley , a government spokesman said .
Rebel leader Said Abdullo Nuriddinov and President Imomali Rakhmonov are due to meet in northern Afghanistan later this month , the United Tajik Opposition said in a statement .""",
        "entities": [
            ("Dushanbe", "PLACE", ["DUSHANBE"]),
            ("Tajikistan", "PLACE", ["Tajikistan"]),
            ("Tavildara", "PLACE", ["Tavildara"]),
            ("Said Abdullo Nuriddinov", "PERSON", ["Said Abdullo Nuriddinov"]),
            ("Imomali Rakhmonov", "PERSON", ["Imomali Rakhmonov"]),
            ("Afghanistan", "PLACE", ["Afghanistan"]),
            ("United Tajik Opposition", "ORG", ["United Tajik Opposition"]),
        ],
    },
    # ---------------- Eastern Europe and the Baltics ----------------
    {
        "id": "h17",
        "style": "conll",
        "text": """POLISH SEJM VOTES TO EASE ABORTION LAW .
WARSAW 1996-08-30
Poland 's Sejm lower house voted on Friday to ease one of Europe 's strictest abortion laws , defying the Roman Catholic Church .
The bill , sponsored by the ruling Democratic Left Alliance ( SLD ) , passed by 208 votes to 187 .
Solidarity trade union leader Marian Krzaklewski said the union would ask the Constitutional Tribunal to strike it down .
Deputy Barbara Wielgosz of the Freedom Union said the vote was a " sad day " for Poland .""",
        "entities": [
            ("Sejm", "ORG", ["SEJM", "Sejm"]),
            ("Warsaw", "PLACE", ["WARSAW"]),
            ("Poland", "PLACE", ["Poland"]),
            ("Europe", "PLACE", ["Europe"]),
            ("Roman Catholic Church", "ORG", ["Roman Catholic Church"]),
            ("Democratic Left Alliance", "ORG", ["Democratic Left Alliance", "SLD"]),
            ("Solidarity", "ORG", ["Solidarity"]),
            ("Marian Krzaklewski", "PERSON", ["Marian Krzaklewski"]),
            ("Constitutional Tribunal", "ORG", ["Constitutional Tribunal"]),
            ("Barbara Wielgosz", "PERSON", ["Barbara Wielgosz"]),
            ("Freedom Union", "ORG", ["Freedom Union"]),
        ],
    },
    {
        "id": "h18",
        "style": "conll",
        "text": """BULGARIAN OPPOSITION NAMES PRESIDENTIAL CANDIDATE .
SOFIA 1996-06-01
Bulgaria 's opposition Union of Democratic Forces ( UDF ) on Saturday picked lawyer Petar Stoyanov as its candidate in the presidential election due in the autumn .
Stoyanov beat incumbent Zhelyu Zhelev in a primary vote of opposition supporters .
The ruling Bulgarian Socialist Party has yet to name its candidate , party spokesman Kiril Damyanov said .""",
        "entities": [
            ("Sofia", "PLACE", ["SOFIA"]),
            ("Bulgaria", "PLACE", ["Bulgaria"]),
            ("Union of Democratic Forces", "ORG", ["Union of Democratic Forces", "UDF"]),
            ("Petar Stoyanov", "PERSON", ["Petar Stoyanov", "Stoyanov"]),
            ("Zhelyu Zhelev", "PERSON", ["Zhelyu Zhelev"]),
            ("Bulgarian Socialist Party", "ORG", ["Bulgarian Socialist Party"]),
            ("Kiril Damyanov", "PERSON", ["Kiril Damyanov"]),
        ],
    },
    {
        "id": "h19",
        "style": "conll",
        "text": """LITHUANIA 'S CONSERVATIVES WIN ELECTION - RESULTS .
VILNIUS 1996-10-21
Lithuania 's conservative Homeland Union won 33 seats in the Seimas in Sunday 's election , the central election commission said on Monday .
The ruling Democratic Labour Party of Lithuania won just nine seats .
Homeland Union leader Vytautas Landsbergis said he would seek a coalition with the Christian Democrats .""",
        "entities": [
            ("Lithuania", "PLACE", ["LITHUANIA", "Lithuania"]),
            ("Vilnius", "PLACE", ["VILNIUS"]),
            ("Homeland Union", "ORG", ["Homeland Union"]),
            ("Seimas", "ORG", ["Seimas"]),
            ("Democratic Labour Party of Lithuania", "ORG", ["Democratic Labour Party of Lithuania"]),
            ("Vytautas Landsbergis", "PERSON", ["Vytautas Landsbergis"]),
            ("Christian Democrats", "ORG", ["Christian Democrats"]),
        ],
    },
    {
        "id": "h20",
        "style": "conll",
        "text": """ROMANIA 'S RULING PARTY TRAILS IN POLL .
BUCHAREST 1996-10-14
Romania 's ruling Party of Social Democracy ( PDSR ) trails the opposition Democratic Convention ahead of November elections , an IMAS poll showed on Monday .
The poll , published in the daily Evenimentul Zilei , gave the Convention 31 percent and the PDSR 24 percent .
PDSR spokesman Adrian Nastasescu said the party would still win .""",
        "entities": [
            ("Romania", "PLACE", ["ROMANIA", "Romania"]),
            ("Bucharest", "PLACE", ["BUCHAREST"]),
            ("Party of Social Democracy", "ORG", ["Party of Social Democracy", "PDSR"]),
            ("Democratic Convention", "ORG", ["Democratic Convention", "Convention"]),
            ("IMAS", "ORG", ["IMAS"]),
            ("Evenimentul Zilei", "ORG", ["Evenimentul Zilei"]),
            ("Adrian Nastasescu", "PERSON", ["Adrian Nastasescu"]),
        ],
    },
    # ---------------- Balkans ----------------
    {
        "id": "h21",
        "style": "conll",
        "text": """BOSNIAN SERB LEADER SAYS PALE WILL NOT HAND OVER SUSPECTS .
PALE , Bosnia 1996-09-20
Bosnian Serb leader Momcilo Krajisnik said on Friday the Republika Srpska would not hand over war crimes suspects to the tribunal in The Hague .
Krajisnik , the Serb member of Bosnia 's new three-man presidency , told a rally of the Serb Democratic Party ( SDS ) that Serbs would never accept the court .
NATO spokesman Major Simon Haselock said in Sarajevo the alliance 's troops would arrest suspects they met in the course of their duties .""",
        "entities": [
            ("Pale", "PLACE", ["PALE"]),
            ("Bosnia", "PLACE", ["Bosnia"]),
            ("Momcilo Krajisnik", "PERSON", ["Momcilo Krajisnik", "Krajisnik"]),
            ("Republika Srpska", "PLACE", ["Republika Srpska"]),
            ("The Hague", "PLACE", ["The Hague"]),
            ("Serb Democratic Party", "ORG", ["Serb Democratic Party", "SDS"]),
            ("NATO", "ORG", ["NATO"]),
            ("Simon Haselock", "PERSON", ["Simon Haselock"]),
            ("Sarajevo", "PLACE", ["Sarajevo"]),
        ],
    },
    {
        "id": "h22",
        "style": "conll",
        "text": """SERBIAN OPPOSITION PROTESTS ENTER THIRD WEEK .
BELGRADE 1996-12-02
Tens of thousands of people marched through Belgrade on Monday for the 14th day running to protest against the annulment of opposition wins in local elections .
Zajedno coalition leaders Vuk Draskovic and Zoran Djindjic told the crowd they would march until President Slobodan Milosevic restored the results .
Serbia 's state television RTS did not report the protest .
The U.S. State Department said Washington was deeply concerned .""",
        "entities": [
            ("Belgrade", "PLACE", ["BELGRADE", "Belgrade"]),
            ("Zajedno", "ORG", ["Zajedno"]),
            ("Vuk Draskovic", "PERSON", ["Vuk Draskovic"]),
            ("Zoran Djindjic", "PERSON", ["Zoran Djindjic"]),
            ("Slobodan Milosevic", "PERSON", ["Slobodan Milosevic"]),
            ("Serbia", "PLACE", ["Serbia"]),
            ("RTS", "ORG", ["RTS"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("State Department", "ORG", ["State Department"]),
            ("Washington", "PLACE", ["Washington"]),
        ],
    },
    {
        "id": "h23",
        "style": "conll",
        "text": """KOSOVO ALBANIAN LEADER URGES CALM AFTER SHOOTING .
PRISTINA , Serbia 1996-06-18
Ibrahim Rugova , leader of the Democratic League of Kosovo ( LDK ) , urged ethnic Albanians on Tuesday to stay calm after Serbian police shot dead a student in the town of Mitrovica .
An LDK statement said the student , Fadil Berisha , 21 , was shot at a checkpoint .
Serbian police in Pristina declined comment .""",
        "entities": [
            ("Kosovo", "PLACE", ["KOSOVO"]),
            ("Pristina", "PLACE", ["PRISTINA", "Pristina"]),
            ("Serbia", "PLACE", ["Serbia"]),
            ("Ibrahim Rugova", "PERSON", ["Ibrahim Rugova"]),
            ("Democratic League of Kosovo", "ORG", ["Democratic League of Kosovo", "LDK"]),
            ("Mitrovica", "PLACE", ["Mitrovica"]),
            ("Fadil Berisha", "PERSON", ["Fadil Berisha"]),
        ],
    },
    # ---------------- Middle East ----------------
    {
        "id": "h24",
        "style": "conll",
        "text": """KDP SAYS IT HAS TAKEN SULAIMANIYA FROM PUK .
ANKARA 1996-09-09
The Kurdistan Democratic Party ( KDP ) said on Monday its forces had captured Sulaimaniya , the last stronghold of the rival Patriotic Union of Kurdistan ( PUK ) in northern Iraq .
KDP spokesman Hoshyar Barzinji told Reuters in Ankara by telephone that PUK leader Jalal Talabani had fled towards the Iranian border .
The PUK , in a statement faxed to Reuters in London , denied the town had fallen .""",
        "entities": [
            ("Kurdistan Democratic Party", "ORG", ["KDP", "Kurdistan Democratic Party"]),
            ("Sulaimaniya", "PLACE", ["SULAIMANIYA", "Sulaimaniya"]),
            ("Patriotic Union of Kurdistan", "ORG", ["PUK", "Patriotic Union of Kurdistan"]),
            ("Ankara", "PLACE", ["ANKARA", "Ankara"]),
            ("Iraq", "PLACE", ["Iraq"]),
            ("Hoshyar Barzinji", "PERSON", ["Hoshyar Barzinji"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Jalal Talabani", "PERSON", ["Jalal Talabani"]),
            ("London", "PLACE", ["London"]),
        ],
    },
    {
        "id": "h25",
        "style": "conll",
        "text": """HIZBOLLAH GUERRILLAS ATTACK ISRAELI POSITION IN LEBANON .
BEIRUT 1996-11-02
Hizbollah guerrillas attacked an Israeli army position in south Lebanon on Saturday , wounding two Israeli soldiers , security sources said .
The pro-Iranian group said in a statement its fighters had hit the Dabsheh post near the town of Nabatiyeh .
Israel 's allied South Lebanon Army militia shelled villages in the area in response , the sources said .""",
        "entities": [
            ("Hizbollah", "ORG", ["HIZBOLLAH", "Hizbollah"]),
            ("Lebanon", "PLACE", ["LEBANON", "Lebanon"]),
            ("Beirut", "PLACE", ["BEIRUT"]),
            ("Dabsheh", "PLACE", ["Dabsheh"]),
            ("Nabatiyeh", "PLACE", ["Nabatiyeh"]),
            ("Israel", "PLACE", ["Israel"]),
            ("South Lebanon Army", "ORG", ["South Lebanon Army"]),
        ],
    },
    {
        "id": "h26",
        "style": "conll",
        "text": """PLO OFFICIAL SAYS HEBRON TALKS DEADLOCKED .
GAZA 1996-11-20
A senior PLO official said on Wednesday talks with Israel on an army pullback from Hebron were deadlocked over security for Jewish settlers in the West Bank town .
" The Israelis want to keep the right to enter Palestinian areas , " chief negotiator Saeb Mansour told reporters in Gaza .
Mansour said Palestinian President Yasser Arafat would raise the issue with U.S. envoy Dennis Ross on Thursday .""",
        "entities": [
            ("PLO", "ORG", ["PLO"]),
            ("Hebron", "PLACE", ["HEBRON", "Hebron"]),
            ("Gaza", "PLACE", ["GAZA", "Gaza"]),
            ("Israel", "PLACE", ["Israel"]),
            ("West Bank", "PLACE", ["West Bank"]),
            ("Saeb Mansour", "PERSON", ["Saeb Mansour", "Mansour"]),
            ("Yasser Arafat", "PERSON", ["Yasser Arafat"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("Dennis Ross", "PERSON", ["Dennis Ross"]),
        ],
    },
    {
        "id": "h27",
        "style": "conll",
        "text": """TURKISH TROOPS KILL 14 PKK REBELS IN SOUTHEAST .
DIYARBAKIR , Turkey 1996-10-16
Turkish security forces killed 14 Kurdish rebels in clashes in the southeastern province of Sirnak , the emergency rule governor 's office said on Wednesday .
The office said the guerrillas of the Kurdistan Workers Party ( PKK ) were killed near the Iraqi border .
The PKK has fought since 1984 for Kurdish self-rule in the southeast .""",
        "entities": [
            ("Kurdistan Workers Party", "ORG", ["PKK", "Kurdistan Workers Party"]),
            ("Diyarbakir", "PLACE", ["DIYARBAKIR"]),
            ("Turkey", "PLACE", ["Turkey"]),
            ("Sirnak", "PLACE", ["Sirnak"]),
        ],
    },
    {
        "id": "h28",
        "style": "conll",
        "text": """IRAN 'S RAFSANJANI VISITS KAZAKHSTAN .
ALMATY 1996-10-12
Iranian President Akbar Hashemi Rafsanjani arrived in Almaty on Saturday for talks with Kazakh President Nursultan Nazarbayev on oil swaps across the Caspian Sea .
Kazakh oil company Munaigaz and the National Iranian Oil Company ( NIOC ) are expected to sign a deal under which Kazakh crude will be shipped to northern Iran .""",
        "entities": [
            ("Iran", "PLACE", ["IRAN", "Iran"]),
            ("Akbar Hashemi Rafsanjani", "PERSON", ["RAFSANJANI", "Akbar Hashemi Rafsanjani"]),
            ("Kazakhstan", "PLACE", ["KAZAKHSTAN"]),
            ("Almaty", "PLACE", ["ALMATY", "Almaty"]),
            ("Nursultan Nazarbayev", "PERSON", ["Nursultan Nazarbayev"]),
            ("Caspian Sea", "PLACE", ["Caspian Sea"]),
            ("Munaigaz", "ORG", ["Munaigaz"]),
            ("National Iranian Oil Company", "ORG", ["National Iranian Oil Company", "NIOC"]),
        ],
    },
    # ---------------- ex-Soviet business, banks and markets ----------------
    {
        "id": "h29",
        "style": "conll",
        "text": """GAZPROM SAYS 1996 OUTPUT TO FALL SLIGHTLY .
MOSCOW 1996-11-28
Russian gas monopoly Gazprom <GAZP.RTS> expects its 1996 gas output to fall to about 560 billion cubic metres from 570 billion in 1995 , deputy chairman Vyacheslav Sheremetyev said on Thursday .
Sheremetyev told a news conference that exports to Europe would rise to 123 billion cubic metres , with Germany 's Ruhrgas and Italy 's Snam the biggest buyers .
-- Moscow Newsroom +7 095 941 8520""",
        "entities": [
            ("Gazprom", "ORG", ["GAZPROM", "Gazprom"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Vyacheslav Sheremetyev", "PERSON", ["Vyacheslav Sheremetyev", "Sheremetyev"]),
            ("Europe", "PLACE", ["Europe"]),
            ("Germany", "PLACE", ["Germany"]),
            ("Ruhrgas", "ORG", ["Ruhrgas"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Snam", "ORG", ["Snam"]),
            ("Moscow Newsroom", "ORG", ["Moscow Newsroom"]),
        ],
    },
    {
        "id": "h30",
        "style": "conll",
        "text": """LUKOIL , ARCO SIGN CASPIAN JOINT VENTURE .
MOSCOW 1996-09-17
Russia 's largest oil company Lukoil and U.S. oil major Atlantic Richfield Co ( ARCO ) signed an agreement on Tuesday to set up a joint venture to develop fields in the Caspian region .
Lukoil vice-president Leonid Fedun said the venture , to be called LukArco , would invest $ 5 billion over the next 20 years .
ARCO will hold 46 percent of LukArco and Lukoil 54 percent .
-- Moscow Newsroom +7 095 941 8520""",
        "entities": [
            ("Lukoil", "ORG", ["LUKOIL", "Lukoil"]),
            ("Atlantic Richfield Co", "ORG", ["ARCO", "Atlantic Richfield Co"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Russia", "PLACE", ["Russia"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("Caspian", "PLACE", ["Caspian"]),
            ("Leonid Fedun", "PERSON", ["Leonid Fedun"]),
            ("LukArco", "ORG", ["LukArco"]),
            ("Moscow Newsroom", "ORG", ["Moscow Newsroom"]),
        ],
    },
    {
        "id": "h31",
        "style": "conll",
        "text": """RUSSIA 'S INKOMBANK PLANS EUROBOND ISSUE .
MOSCOW 1996-11-05
Inkombank , one of Russia 's biggest commercial banks , plans to issue a $ 200 million eurobond next year , its chairman Vladimir Vinogradov said on Tuesday .
The bank has hired Salomon Brothers and Credit Suisse First Boston to lead the issue , Vinogradov told Reuters .
He said Inkombank 's profits rose 40 percent in the first nine months .
The Central Bank said on Tuesday it had revoked the licences of three small Moscow banks .
-- Moscow Newsroom +7 095 941 8520""",
        "entities": [
            ("Inkombank", "ORG", ["INKOMBANK", "Inkombank"]),
            ("Russia", "PLACE", ["RUSSIA", "Russia"]),
            ("Moscow", "PLACE", ["MOSCOW", "Moscow"]),
            ("Vladimir Vinogradov", "PERSON", ["Vladimir Vinogradov", "Vinogradov"]),
            ("Salomon Brothers", "ORG", ["Salomon Brothers"]),
            ("Credit Suisse First Boston", "ORG", ["Credit Suisse First Boston"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Central Bank", "ORG", ["Central Bank"]),
            ("Moscow Newsroom", "ORG", ["Moscow Newsroom"]),
        ],
    },
    {
        "id": "h32",
        "style": "conll",
        "text": """RUSSIAN SHARES END MIXED IN THIN TRADE .
MOSCOW 1996-10-30
Russian shares ended mixed on Wednesday in thin trade , with blue chips Lukoil and Mosenergo edging up while Rostelecom and Surgutneftegaz slipped , brokers said .
" Everybody is waiting for news on Yeltsin 's health , " said a trader at Troika Dialog .
Closing prices on the Russian Trading System ( in dollars , bid / offer ) :
Lukoil 11.40 / 11.55
Mosenergo 0.96 / 0.99
Rostelecom 2.35 / 2.42
Surgutneftegaz 0.192 / 0.197
UES 0.052 / 0.054
-- Moscow Newsroom +7 095 941 8520""",
        "entities": [
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Lukoil", "ORG", ["Lukoil"]),
            ("Mosenergo", "ORG", ["Mosenergo"]),
            ("Rostelecom", "ORG", ["Rostelecom"]),
            ("Surgutneftegaz", "ORG", ["Surgutneftegaz"]),
            ("Boris Yeltsin", "PERSON", ["Yeltsin"]),
            ("Troika Dialog", "ORG", ["Troika Dialog"]),
            ("Russian Trading System", "ORG", ["Russian Trading System"]),
            ("UES", "ORG", ["UES"]),
            ("Moscow Newsroom", "ORG", ["Moscow Newsroom"]),
        ],
    },
    {
        "id": "h33",
        "style": "conll",
        "text": """UKRAINE 'S HRYVNA STABLE ON INTERBANK MARKET .
KIEV 1996-10-08
The hryvna , introduced last month , was stable against the dollar on Tuesday at the Ukrainian Interbank Currency Exchange ( UICE ) , dealers said .
The National Bank of Ukraine set its official rate at 1.76 per dollar .
Rates at the UICE fixing ( hryvnas per unit ) :
U.S. dollar 1.7620
German mark 1.1588
Russian rouble ( 1,000 ) 0.3245
-- Kiev Newsroom +380 44 244 9150""",
        "entities": [
            ("Ukraine", "PLACE", ["UKRAINE"]),
            ("Kiev", "PLACE", ["KIEV"]),
            ("Ukrainian Interbank Currency Exchange", "ORG", ["Ukrainian Interbank Currency Exchange", "UICE"]),
            ("National Bank of Ukraine", "ORG", ["National Bank of Ukraine"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("Kiev Newsroom", "ORG", ["Kiev Newsroom"]),
        ],
    },
    {
        "id": "h34",
        "style": "conll",
        "text": """NORILSK NICKEL SHAREHOLDERS BACK NEW BOARD .
NORILSK , Russia 1996-06-29
Shareholders of RAO Norilsk Nickel on Saturday elected a new board dominated by Oneksimbank , which won control of the metals group in a loans-for-shares auction last year .
Oneksimbank president Mikhail Prokhorovsky was named chairman of the board .
Norilsk general director Anatoly Filatov was not re-elected , the company said .""",
        "entities": [
            ("RAO Norilsk Nickel", "ORG", ["NORILSK NICKEL", "RAO Norilsk Nickel", "Norilsk"]),
            ("Norilsk", "PLACE", ["NORILSK"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Oneksimbank", "ORG", ["Oneksimbank"]),
            ("Mikhail Prokhorovsky", "PERSON", ["Mikhail Prokhorovsky"]),
            ("Anatoly Filatov", "PERSON", ["Anatoly Filatov"]),
        ],
    },
    {
        "id": "h35",
        "style": "conll",
        "text": """AEROFLOT TO BUY BOEING JETS - ITAR-TASS .
MOSCOW 1996-07-15
Russian state airline Aeroflot plans to buy 10 jets from Boeing for its European routes , Itar-Tass news agency quoted general director Yevgeny Shaposhnikov as saying on Monday .
Aeroflot , which already leases jets from Boeing , has been criticised by Russian aircraft makers Tupolev and Ilyushin for buying Western planes .""",
        "entities": [
            ("Aeroflot", "ORG", ["AEROFLOT", "Aeroflot"]),
            ("Boeing", "ORG", ["BOEING", "Boeing"]),
            ("Itar-Tass", "ORG", ["ITAR-TASS", "Itar-Tass"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Yevgeny Shaposhnikov", "PERSON", ["Yevgeny Shaposhnikov"]),
            ("Tupolev", "ORG", ["Tupolev"]),
            ("Ilyushin", "ORG", ["Ilyushin"]),
        ],
    },
    {
        "id": "h36",
        "style": "conll",
        "text": """UZBEK COTTON HARVEST SEEN AT 3.5 MLN TONNES .
TASHKENT 1996-09-25
Uzbekistan expects to harvest 3.5 million tonnes of raw cotton this year , down from 3.9 million in 1995 , deputy agriculture minister Bakhtiyor Rakhimov told Reuters .
Traders in Liverpool said the state trading company Uzprommashimpeks had sold 200,000 tonnes of the new crop forward to Swiss and Korean buyers .
-- Tashkent Newsroom +7 3712 56 4155""",
        "entities": [
            ("Tashkent", "PLACE", ["TASHKENT"]),
            ("Uzbekistan", "PLACE", ["Uzbekistan"]),
            ("Bakhtiyor Rakhimov", "PERSON", ["Bakhtiyor Rakhimov"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Liverpool", "PLACE", ["Liverpool"]),
            ("Uzprommashimpeks", "ORG", ["Uzprommashimpeks"]),
            ("Tashkent Newsroom", "ORG", ["Tashkent Newsroom"]),
        ],
    },
    # ---------------- datelines with Reuters, briefs, spelling variants ----------------
    {
        "id": "h37",
        "style": "conll",
        "text": """KYRGYZ PRESIDENT SACKS PRIME MINISTER .
BISHKEK ( Reuters ) - Kyrgyz President Askar Akayev on Monday dismissed Prime Minister Apas Dzhumagulov and named his first deputy , Kubanychbek Zhumaliyev , as acting head of government .
Akayev 's press secretary Kanybek Imanaliyev gave no reason for the move .""",
        "entities": [
            ("Bishkek", "PLACE", ["BISHKEK"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Askar Akayev", "PERSON", ["Askar Akayev", "Akayev"]),
            ("Apas Dzhumagulov", "PERSON", ["Apas Dzhumagulov"]),
            ("Kubanychbek Zhumaliyev", "PERSON", ["Kubanychbek Zhumaliyev"]),
            ("Kanybek Imanaliyev", "PERSON", ["Kanybek Imanaliyev"]),
        ],
    },
    {
        "id": "h38",
        "style": "conll",
        "text": """ESTONIA - BRIEFS .
TALLINN ( Reuters ) - Estonian Prime Minister Tiit Vahi said on Friday his Coalition Party would stay in government despite the Reform Party 's decision to quit .
-- The Bank of Estonia said foreign reserves rose to 9.6 billion kroons in October .
-- Russia 's foreign ministry said Moscow still wanted the border treaty signed this year .
-- Tallinn Newsroom +372 6 311 250""",
        "entities": [
            ("Estonia", "PLACE", ["ESTONIA"]),
            ("Tallinn", "PLACE", ["TALLINN"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Tiit Vahi", "PERSON", ["Tiit Vahi"]),
            ("Coalition Party", "ORG", ["Coalition Party"]),
            ("Reform Party", "ORG", ["Reform Party"]),
            ("Bank of Estonia", "ORG", ["Bank of Estonia"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Moscow", "PLACE", ["Moscow"]),
            ("Tallinn Newsroom", "ORG", ["Tallinn Newsroom"]),
        ],
    },
    {
        "id": "h39",
        "style": "conll",
        "text": """DAGESTAN HOSTAGE-TAKER TAGIROV SAYS HE WILL FIGHT ON .
MAKHACHKALA , Russia 1996-01-22
Chechen field commander Movladi Tagirov , whose men seized hundreds of hostages in the Dagestani town of Kizlyar this month , said on Monday he would carry on fighting .
Tagirov 's statement , read on a rebel radio station , was the first since his men broke out of the village of Pervomaiskoye .
Interfax said Tagirev , as it spelled his name , had been wounded in the breakout .
Rebel leader Dzhokhar Dudayev said Tagirov had acted without orders .""",
        "entities": [
            ("Dagestan", "PLACE", ["DAGESTAN"]),
            ("Movladi Tagirov", "PERSON", ["TAGIROV", "Movladi Tagirov", "Tagirov", "Tagirev"]),
            ("Makhachkala", "PLACE", ["MAKHACHKALA"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Kizlyar", "PLACE", ["Kizlyar"]),
            ("Pervomaiskoye", "PLACE", ["Pervomaiskoye"]),
            ("Interfax", "ORG", ["Interfax"]),
            ("Dzhokhar Dudayev", "PERSON", ["Dzhokhar Dudayev"]),
        ],
    },
    {
        "id": "h40",
        "style": "conll",
        "text": """BELARUS PARLIAMENT SPEAKER ACCUSES LUKASHENKO .
MINSK 1996-11-19
Belarussian parliament speaker Semyon Sharetsky accused President Alexander Lukashenko on Tuesday of planning to dissolve the Supreme Soviet if it rejected his draft constitution .
" The president wants absolute power , " Sharetsky told reporters .
The speaker said he had asked Russian Prime Minister Viktor Chernomyrdin and Duma speaker Gennady Seleznyov to mediate .
Lukashenka , as the name is spelled in Belarussian , has called a referendum for November 24 .""",
        "entities": [
            ("Belarus", "PLACE", ["BELARUS"]),
            ("Alexander Lukashenko", "PERSON", ["LUKASHENKO", "Alexander Lukashenko", "Lukashenka"]),
            ("Minsk", "PLACE", ["MINSK"]),
            ("Semyon Sharetsky", "PERSON", ["Semyon Sharetsky", "Sharetsky"]),
            ("Supreme Soviet", "ORG", ["Supreme Soviet"]),
            ("Viktor Chernomyrdin", "PERSON", ["Viktor Chernomyrdin"]),
            ("Duma", "ORG", ["Duma"]),
            ("Gennady Seleznyov", "PERSON", ["Gennady Seleznyov"]),
        ],
    },
    {
        "id": "h41",
        "style": "ap",
        "text": """MOSCOW (AP) - Gen. Arkady Dmitrievich Zherebtsov, the commander of Russian forces in the North Caucasus, said Tuesday that his troops would pull out of the Chechen capital by the end of the month.

Zherebtsov's deputy, Col. Gen. Vladimir Shamanin, told the Interfax news agency that the withdrawal from Grozny had already begun.

Russia's Defense Ministry did not comment. Zherebtsov met Chechen chief of staff Aslan Maskhadov in the village of Novye Atagi last week.""",
        "entities": [
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("AP", "ORG", ["AP"]),
            ("Arkady Dmitrievich Zherebtsov", "PERSON", ["Arkady Dmitrievich Zherebtsov", "Zherebtsov"]),
            ("North Caucasus", "PLACE", ["North Caucasus"]),
            ("Vladimir Shamanin", "PERSON", ["Vladimir Shamanin"]),
            ("Interfax", "ORG", ["Interfax"]),
            ("Grozny", "PLACE", ["Grozny"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Defense Ministry", "ORG", ["Defense Ministry"]),
            ("Aslan Maskhadov", "PERSON", ["Aslan Maskhadov"]),
            ("Novye Atagi", "PLACE", ["Novye Atagi"]),
        ],
    },
]
