"""Session 40 (ent40): a third, BLIND hand-written file of entities in Reuters 1996 wire text as
CoNLL-2003 renders it, in the format and under the conventions of tests/ent_s37_data.py (read its
docstring: types, exact spans, a form's type holds for the whole document, titles and a leading
"the" left out, a national side ORG by GUIDE.md and LOC by CoNLL-2003 in the 4th element, a city
as a club's name ORG both ways) and tests/ent_s38_data.py (a news agency is ORG; competitions,
conferences and events are not annotated).

Topics and shapes: soccer results, standings and scorers' lists in France, England, Germany,
Portugal, Argentina and a World Cup qualifier; tennis, golf, motor racing, boxing, cycling,
athletics, English county cricket and rugby league tables; world politics in short datelined items
(Iran, Turkey, Burundi, Nigeria, Korea, Japan, China, Mexico, Brazil, the EU, France, Italy,
Russia, Latvia, Jordan, Pakistan, the U.S., Australia, South Africa); market and commodity
reports; company results and a Reuters earnings table; a court report; BRIEF items.

People, clubs and companies are mostly invented; real countries, cities, parties, outlets and
well-known bodies are used. Written and annotated by hand BEFORE belreader was run on any of it
(any later change is noted in a comment at the document and in /work/wt/notes/REPORT_ent40.md).

Choices made here beyond sessions 37 and 38 (CoNLL-2003's own practice):
- A ministry or department named with capitals ("the Finance Ministry", "Agriculture
  Department") is ORG; written in lower case ("a foreign ministry spokesman", "the merchant
  marine ministry") it is not annotated.
- Nationality and people's adjectives and nouns ("Turkish", "Iranians", "Briton", "Hutu") are
  MISC in CoNLL and not annotated, in headlines too ("FRENCH UNIONS").
- A capital named for its government ("criticised Washington", "urged Amman") is PLACE (LOC).
- A national team's sponsor-named cycling or racing team ("Mapei", "Ferrari") is ORG.
- Index names ("FTSE 100") are MISC and not annotated.
"""

from __future__ import annotations

DOCS: list[dict] = [
    # ---------------- sport ----------------
    {
        "id": "e01",
        "style": "conll",
        "text": """SOCCER - FRENCH FIRST DIVISION RESULTS / STANDINGS .
PARIS 1996-09-14
Results of French first division matches on Saturday :
Olympique Varennes 2 Lorvane 1
Stade Brissac 0 Monaco 0
Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :
Olympique Varennes 6 5 1 0 12 3 16
Monaco 6 4 1 1 10 5 13
Stade Brissac 6 2 2 2 7 7 8
Lorvane 6 0 1 5 2 14 1""",
        "entities": [
            ("Paris", "PLACE", ["PARIS"]),
            ("Olympique Varennes", "ORG", ["Olympique Varennes"]),
            ("Lorvane", "ORG", ["Lorvane"]),
            ("Stade Brissac", "ORG", ["Stade Brissac"]),
            ("Monaco", "ORG", ["Monaco"]),
        ],
    },
    {
        "id": "e02",
        "style": "conll",
        "text": """SOCCER - KORVIC SCORES TWICE AS HALSTEAD WIN .
LONDON 1996-09-14
Striker Dmitri Korvic scored twice as Halstead Athletic beat Brennock 3-1 in the English premier league on Saturday .
Brennock manager Alan Pettigrew said his side had defended badly .
Halstead moved up to third place , two points behind leaders Caversham .""",
        "entities": [
            ("Dmitri Korvic", "PERSON", ["KORVIC", "Dmitri Korvic"]),
            ("Halstead Athletic", "ORG", ["HALSTEAD", "Halstead Athletic", "Halstead"]),
            ("London", "PLACE", ["LONDON"]),
            ("Brennock", "ORG", ["Brennock"]),
            ("Alan Pettigrew", "PERSON", ["Alan Pettigrew"]),
            ("Caversham", "ORG", ["Caversham"]),
        ],
    },
    {
        "id": "e03",
        "style": "conll",
        "text": """SOCCER - GERMAN CUP SECOND ROUND RESULTS .
BONN 1996-09-03
Results of German Cup second round matches on Tuesday :
Werder Falkenau 2 Borussia Stettenberg 1
Eintracht Hollfeld 0 Bayern Munich 3
Fortuna Lindau 1 Hansa Gerwig 1 ( Fortuna Lindau win 4-2 on penalties )""",
        "entities": [
            ("Bonn", "PLACE", ["BONN"]),
            ("Werder Falkenau", "ORG", ["Werder Falkenau"]),
            ("Borussia Stettenberg", "ORG", ["Borussia Stettenberg"]),
            ("Eintracht Hollfeld", "ORG", ["Eintracht Hollfeld"]),
            ("Bayern Munich", "ORG", ["Bayern Munich"]),
            ("Fortuna Lindau", "ORG", ["Fortuna Lindau"]),
            ("Hansa Gerwig", "ORG", ["Hansa Gerwig"]),
        ],
    },
    {
        "id": "e04",
        "style": "conll",
        "text": """SOCCER - PORTUGUESE LEAGUE TOP SCORERS .
LISBON 1996-09-15
Leading scorers in the Portuguese first division :
7 - Ricardo Almeirim ( Benfica )
5 - Nuno Cartaxo ( Sporting Lisbon ) , Zoran Petkic ( Boavista )
4 - Helder Sintra ( Vitoria Setubal )""",
        "entities": [
            ("Lisbon", "PLACE", ["LISBON"]),
            ("Ricardo Almeirim", "PERSON", ["Ricardo Almeirim"]),
            ("Benfica", "ORG", ["Benfica"]),
            ("Nuno Cartaxo", "PERSON", ["Nuno Cartaxo"]),
            ("Sporting Lisbon", "ORG", ["Sporting Lisbon"]),
            ("Zoran Petkic", "PERSON", ["Zoran Petkic"]),
            ("Boavista", "ORG", ["Boavista"]),
            ("Helder Sintra", "PERSON", ["Helder Sintra"]),
            ("Vitoria Setubal", "ORG", ["Vitoria Setubal"]),
        ],
    },
    {
        "id": "e05",
        "style": "conll",
        "text": """TENNIS - RESULTS AT INDOOR TOURNAMENT IN TOULOUSE .
TOULOUSE , France 1996-10-02
Results from the indoor tournament on Wednesday ( prefix number denotes seeding ) :
Second round
1 - Marc Delorme ( France ) beat Jens Harlinger ( Germany ) 6-3 6-4
Petr Kubalek ( Czech Republic ) beat 4 - Andre Ferreira ( Brazil ) 7-6 ( 7-4 ) 6-2""",
        "entities": [
            ("Toulouse", "PLACE", ["TOULOUSE"]),
            ("France", "PLACE", ["France"]),
            ("Marc Delorme", "PERSON", ["Marc Delorme"]),
            ("Jens Harlinger", "PERSON", ["Jens Harlinger"]),
            ("Germany", "PLACE", ["Germany"]),
            ("Petr Kubalek", "PERSON", ["Petr Kubalek"]),
            ("Czech Republic", "PLACE", ["Czech Republic"]),
            ("Andre Ferreira", "PERSON", ["Andre Ferreira"]),
            ("Brazil", "PLACE", ["Brazil"]),
        ],
    },
    {
        "id": "e06",
        "style": "conll",
        "text": """GOLF - LEADING SCORES IN STOCKHOLM .
STOCKHOLM 1996-08-24
Leading scores after the third round of the Scandinavian Masters on Saturday ( Britain unless stated ) :
205 Lars Bjornvik ( Sweden ) 68 69 68
207 Ian Whitcombe 70 68 69 , Peter Osgard ( Denmark ) 69 70 68
209 Gordon McKellar 71 69 69""",
        "entities": [
            ("Stockholm", "PLACE", ["STOCKHOLM"]),
            ("Britain", "PLACE", ["Britain"]),
            ("Lars Bjornvik", "PERSON", ["Lars Bjornvik"]),
            ("Sweden", "PLACE", ["Sweden"]),
            ("Ian Whitcombe", "PERSON", ["Ian Whitcombe"]),
            ("Peter Osgard", "PERSON", ["Peter Osgard"]),
            ("Denmark", "PLACE", ["Denmark"]),
            ("Gordon McKellar", "PERSON", ["Gordon McKellar"]),
        ],
    },
    {
        "id": "e07",
        "style": "conll",
        "text": """CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .
LONDON 1996-08-29
Close of play scores in four-day English County Championship matches on Thursday :
At Taunton : Somerset 312 ( R. Harwood 88 ; D. Penhale 4-61 ) v Kent 45-1 .
At Chelmsford : Essex 240 and 101-3 v Lancashire 298 ( J. Calloway 77 ) .""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Taunton", "PLACE", ["Taunton"]),
            ("Somerset", "ORG", ["Somerset"]),
            ("R. Harwood", "PERSON", ["R. Harwood"]),
            ("D. Penhale", "PERSON", ["D. Penhale"]),
            ("Kent", "ORG", ["Kent"]),
            ("Chelmsford", "PLACE", ["Chelmsford"]),
            ("Essex", "ORG", ["Essex"]),
            ("Lancashire", "ORG", ["Lancashire"]),
            ("J. Calloway", "PERSON", ["J. Calloway"]),
        ],
    },
    {
        "id": "e08",
        "style": "conll",
        "text": """MOTOR RACING - VILLANOVA TAKES POLE IN MONZA .
MONZA , Italy 1996-09-07
Brazilian Paulo Villanova took pole position for Sunday 's Italian Grand Prix in a Ferrari on Saturday .
Briton Jack Ormsby was second fastest in a Williams , with German Ralf Steinbach third for Benetton .""",
        "entities": [
            ("Paulo Villanova", "PERSON", ["VILLANOVA", "Paulo Villanova"]),
            ("Monza", "PLACE", ["MONZA"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Ferrari", "ORG", ["Ferrari"]),
            ("Jack Ormsby", "PERSON", ["Jack Ormsby"]),
            ("Williams", "ORG", ["Williams"]),
            ("Ralf Steinbach", "PERSON", ["Ralf Steinbach"]),
            ("Benetton", "ORG", ["Benetton"]),
        ],
    },
    {
        "id": "e09",
        "style": "conll",
        "text": """BOXING - TARRANT RETAINS WORLD TITLE .
LAS VEGAS 1996-09-07
American Leon Tarrant retained his WBC welterweight title with a unanimous points decision over Mexican Julio Ortegon on Saturday .
Tarrant , 28 , improved his record to 31 wins and one defeat .""",
        "entities": [
            ("Leon Tarrant", "PERSON", ["TARRANT", "Leon Tarrant", "Tarrant"]),
            ("Las Vegas", "PLACE", ["LAS VEGAS"]),
            ("WBC", "ORG", ["WBC"]),
            ("Julio Ortegon", "PERSON", ["Julio Ortegon"]),
        ],
    },
    {
        "id": "e10",
        "style": "conll",
        "text": """CYCLING - BORTOLAN WINS VUELTA STAGE .
SALAMANCA , Spain 1996-09-12
Leading results of the 12th stage of the Vuelta , a 190 km ride from Avila to Salamanca on Thursday :
1. Gianni Bortolan ( Italy ) Mapei 4 hours 51 minutes 20 seconds
2. Iker Olazabal ( Spain ) ONCE same time""",
        "entities": [
            ("Gianni Bortolan", "PERSON", ["BORTOLAN", "Gianni Bortolan"]),
            ("Salamanca", "PLACE", ["SALAMANCA", "Salamanca"]),
            ("Spain", "PLACE", ["Spain"]),
            ("Avila", "PLACE", ["Avila"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Mapei", "ORG", ["Mapei"]),
            ("Iker Olazabal", "PERSON", ["Iker Olazabal"]),
            ("ONCE", "ORG", ["ONCE"]),
        ],
    },
    {
        "id": "e11",
        "style": "conll",
        "text": """ATHLETICS - LEADING RESULTS IN ZURICH .
ZURICH 1996-08-14
Leading results at the Weltklasse athletics meeting on Wednesday :
Men 's 100 metres : 1. Dennis Mabry ( U.S. ) 9.98 seconds 2. Obadele Nwosu ( Nigeria ) 10.04
Women 's 1,500 metres : 1. Svetlana Morozkina ( Russia ) 4:01.12""",
        "entities": [
            ("Zurich", "PLACE", ["ZURICH"]),
            ("Dennis Mabry", "PERSON", ["Dennis Mabry"]),
            ("United States", "PLACE", ["U.S."]),
            ("Obadele Nwosu", "PERSON", ["Obadele Nwosu"]),
            ("Nigeria", "PLACE", ["Nigeria"]),
            ("Svetlana Morozkina", "PERSON", ["Svetlana Morozkina"]),
            ("Russia", "PLACE", ["Russia"]),
        ],
    },
    {
        "id": "e12",
        "style": "conll",
        "text": """RUGBY LEAGUE - SUPER LEAGUE STANDINGS .
LONDON 1996-08-26
Standings in the Super League after Sunday 's matches ( tabulate under played , won , drawn , lost , points for , against , points ) :
Wigan 21 19 0 2 902 326 38
St Helens 21 18 0 3 789 412 36
Bradford Bulls 21 15 0 6 655 480 30
Harlow Rangers 21 3 1 17 301 778 7""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Wigan", "ORG", ["Wigan"]),
            ("St Helens", "ORG", ["St Helens"]),
            ("Bradford Bulls", "ORG", ["Bradford Bulls"]),
            ("Harlow Rangers", "ORG", ["Harlow Rangers"]),
        ],
    },
    {
        "id": "e13",
        "style": "conll",
        "text": """SOCCER - ARGENTINE CHAMPIONSHIP RESULTS .
BUENOS AIRES 1996-09-15
Results of Argentine first division matches at the weekend :
River Plate 2 Estudiantes Sarmiento 0
Boca Juniors 1 Ferro Carril Oeste 1
Union San Justo 3 Gimnasia Lavalle 2""",
        "entities": [
            ("Buenos Aires", "PLACE", ["BUENOS AIRES"]),
            ("River Plate", "ORG", ["River Plate"]),
            ("Estudiantes Sarmiento", "ORG", ["Estudiantes Sarmiento"]),
            ("Boca Juniors", "ORG", ["Boca Juniors"]),
            ("Ferro Carril Oeste", "ORG", ["Ferro Carril Oeste"]),
            ("Union San Justo", "ORG", ["Union San Justo"]),
            ("Gimnasia Lavalle", "ORG", ["Gimnasia Lavalle"]),
        ],
    },
    {
        "id": "e14",
        "style": "conll",
        "text": """SOCCER - NORWAY BEAT AZERBAIJAN IN WORLD CUP QUALIFIER .
OSLO 1996-09-01
Norway beat Azerbaijan 5-0 in a World Cup group three qualifier on Sunday .
Scorers : Tore Fjeldstad ( 12th , 55th ) , Egil Rasmussen ( 30th ) , Kjetil Bratland ( 61st , 88th )
Azerbaijan coach Kazbek Aliyarov said his young side had learned a lot .""",
        "entities": [
            ("Norway", "ORG", ["NORWAY", "Norway"], "LOC"),
            ("Azerbaijan", "ORG", ["AZERBAIJAN", "Azerbaijan"], "LOC"),
            ("Oslo", "PLACE", ["OSLO"]),
            ("Tore Fjeldstad", "PERSON", ["Tore Fjeldstad"]),
            ("Egil Rasmussen", "PERSON", ["Egil Rasmussen"]),
            ("Kjetil Bratland", "PERSON", ["Kjetil Bratland"]),
            ("Kazbek Aliyarov", "PERSON", ["Kazbek Aliyarov"]),
        ],
    },
    # ---------------- world politics ----------------
    {
        "id": "e15",
        "style": "conll",
        "text": """GERMANY SEES LOWER DEFICIT IN 1997 .
BONN 1996-09-05
The Finance Ministry said on Thursday the federal deficit would fall to 60 billion marks next year .
Finance Minister Gerhard Tollner told the Bundestag that spending cuts were on track .
The opposition Social Democrats said the figures were unrealistic .""",
        "entities": [
            ("Germany", "PLACE", ["GERMANY"]),
            ("Bonn", "PLACE", ["BONN"]),
            ("Finance Ministry", "ORG", ["Finance Ministry"]),
            ("Gerhard Tollner", "PERSON", ["Gerhard Tollner"]),
            ("Bundestag", "ORG", ["Bundestag"]),
            ("Social Democrats", "ORG", ["Social Democrats"]),
        ],
    },
    {
        "id": "e16",
        "style": "conll",
        "text": """IRAN PROTESTS TO BAHRAIN OVER ARRESTS .
TEHRAN 1996-09-10
Iran has summoned Bahrain 's charge d'affaires to protest at the arrest of 14 Iranians in Manama , the official news agency IRNA said on Tuesday .
A foreign ministry spokesman , Mahmoud Rezaian , said the arrests violated international law .
The Bahraini government has accused Tehran of backing unrest on the island .""",
        "entities": [
            ("Iran", "PLACE", ["IRAN", "Iran"]),
            ("Bahrain", "PLACE", ["BAHRAIN", "Bahrain"]),
            ("Tehran", "PLACE", ["TEHRAN", "Tehran"]),
            ("Manama", "PLACE", ["Manama"]),
            ("IRNA", "ORG", ["IRNA"]),
            ("Mahmoud Rezaian", "PERSON", ["Mahmoud Rezaian"]),
        ],
    },
    {
        "id": "e17",
        "style": "conll",
        "text": """TURKEY 'S KARAMAN MEETS ARMY CHIEFS .
ANKARA 1996-09-11
Turkish Prime Minister Necdet Karaman met the military high command on Wednesday amid tension over his Welfare Party 's Islamist policies .
The state Anadolu news agency said the meeting lasted three hours .
The secular Motherland Party called for early elections .""",
        "entities": [
            ("Turkey", "PLACE", ["TURKEY"]),
            ("Necdet Karaman", "PERSON", ["KARAMAN", "Necdet Karaman"]),
            ("Ankara", "PLACE", ["ANKARA"]),
            ("Welfare Party", "ORG", ["Welfare Party"]),
            ("Anadolu", "ORG", ["Anadolu"]),
            ("Motherland Party", "ORG", ["Motherland Party"]),
        ],
    },
    {
        "id": "e18",
        "style": "conll",
        "text": """BURUNDI ARMY SAYS KILLED 100 REBELS .
BUJUMBURA 1996-09-18
Burundi 's army said on Wednesday it had killed 100 Hutu rebels in fighting in Cibitoke province near the border with Zaire .
Army spokesman Colonel Isaie Nibaruta told Reuters the rebels had attacked a military post .
The United Nations refugee agency UNHCR said 5,000 people had fled into Rwanda .""",
        "entities": [
            ("Burundi", "PLACE", ["BURUNDI", "Burundi"]),
            ("Bujumbura", "PLACE", ["BUJUMBURA"]),
            ("Cibitoke", "PLACE", ["Cibitoke"]),
            ("Zaire", "PLACE", ["Zaire"]),
            ("Isaie Nibaruta", "PERSON", ["Isaie Nibaruta"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("United Nations", "ORG", ["United Nations"]),
            ("UNHCR", "ORG", ["UNHCR"]),
            ("Rwanda", "PLACE", ["Rwanda"]),
        ],
    },
    {
        "id": "e19",
        "style": "conll",
        "text": """NIGERIA DETAINS OPPOSITION ACTIVISTS .
LAGOS 1996-09-20
Nigerian police detained three members of the National Democratic Coalition ( NADECO ) in Lagos on Friday , a spokesman for the group said .
The group 's secretary , Tunde Olasope , said the men were held without charge .
The Commonwealth suspended Nigeria last year over human rights abuses .""",
        "entities": [
            ("Nigeria", "PLACE", ["NIGERIA", "Nigeria"]),
            ("Lagos", "PLACE", ["LAGOS", "Lagos"]),
            ("National Democratic Coalition", "ORG", ["National Democratic Coalition", "NADECO"]),
            ("Tunde Olasope", "PERSON", ["Tunde Olasope"]),
            ("Commonwealth", "ORG", ["Commonwealth"]),
        ],
    },
    {
        "id": "e20",
        "style": "conll",
        "text": """SOUTH KOREA ARRESTS NORTH KOREAN AGENT .
SEOUL 1996-09-19
South Korean police said on Thursday they had arrested a North Korean agent who entered the country via Japan .
The National Security Planning Agency said the man , Kim Dong-sik , had used a Chinese passport .
Pyongyang 's official KCNA news agency denied the report .""",
        "entities": [
            ("South Korea", "PLACE", ["SOUTH KOREA"]),
            ("Seoul", "PLACE", ["SEOUL"]),
            ("Japan", "PLACE", ["Japan"]),
            ("National Security Planning Agency", "ORG", ["National Security Planning Agency"]),
            ("Kim Dong-sik", "PERSON", ["Kim Dong-sik"]),
            ("Pyongyang", "PLACE", ["Pyongyang"]),
            ("KCNA", "ORG", ["KCNA"]),
        ],
    },
    {
        "id": "e21",
        "style": "conll",
        "text": """JAPAN RULING PARTY NAMES NEW SECRETARY-GENERAL .
TOKYO 1996-09-24
Japan 's ruling Liberal Democratic Party chose former trade minister Kenji Morioka as its secretary-general on Tuesday .
Morioka told reporters at party headquarters that he would work closely with coalition partner Sakigake .
The opposition New Frontier Party said it would table a no-confidence motion .""",
        "entities": [
            ("Japan", "PLACE", ["JAPAN", "Japan"]),
            ("Tokyo", "PLACE", ["TOKYO"]),
            ("Liberal Democratic Party", "ORG", ["Liberal Democratic Party"]),
            ("Kenji Morioka", "PERSON", ["Kenji Morioka", "Morioka"]),
            ("Sakigake", "ORG", ["Sakigake"]),
            ("New Frontier Party", "ORG", ["New Frontier Party"]),
        ],
    },
    {
        "id": "e22",
        "style": "conll",
        "text": """CHINA CRITICISES U.S. OVER TAIWAN ARMS SALE .
BEIJING 1996-09-25
China on Wednesday criticised Washington over plans to sell anti-aircraft missiles to Taiwan , the Xinhua news agency said .
Foreign Ministry spokesman Cui Tianming told a news briefing the sale would harm relations .""",
        "entities": [
            ("China", "PLACE", ["CHINA", "China"]),
            ("United States", "PLACE", ["U.S."]),
            ("Taiwan", "PLACE", ["TAIWAN", "Taiwan"]),
            ("Beijing", "PLACE", ["BEIJING"]),
            ("Washington", "PLACE", ["Washington"]),
            ("Xinhua", "ORG", ["Xinhua"]),
            ("Foreign Ministry", "ORG", ["Foreign Ministry"]),
            ("Cui Tianming", "PERSON", ["Cui Tianming"]),
        ],
    },
    {
        "id": "e23",
        "style": "conll",
        "text": """MEXICO 'S PRI LOSES STATE VOTE .
MEXICO CITY 1996-09-30
Mexico 's ruling Institutional Revolutionary Party ( PRI ) lost control of the state congress in Guerrero on Sunday , according to preliminary results .
The centre-left Party of the Democratic Revolution ( PRD ) won 14 of 28 seats , party leader Andres Lopez Carvajal said .""",
        "entities": [
            ("Mexico", "PLACE", ["MEXICO", "Mexico"]),
            ("Mexico City", "PLACE", ["MEXICO CITY"]),
            ("Institutional Revolutionary Party", "ORG", ["Institutional Revolutionary Party", "PRI"]),
            ("Guerrero", "PLACE", ["Guerrero"]),
            ("Party of the Democratic Revolution", "ORG", ["Party of the Democratic Revolution", "PRD"]),
            ("Andres Lopez Carvajal", "PERSON", ["Andres Lopez Carvajal"]),
        ],
    },
    {
        "id": "e24",
        "style": "conll",
        "text": """BRAZIL TRADE DEFICIT WIDENS IN AUGUST .
BRASILIA 1996-09-03
Brazil posted a trade deficit of $ 480 million in August , the Trade and Industry Ministry said on Tuesday .
Imports were led by cars and machinery from Argentina and the United States , ministry secretary Carla Montenegro said .""",
        "entities": [
            ("Brazil", "PLACE", ["BRAZIL", "Brazil"]),
            ("Brasilia", "PLACE", ["BRASILIA"]),
            ("Trade and Industry Ministry", "ORG", ["Trade and Industry Ministry"]),
            ("Argentina", "PLACE", ["Argentina"]),
            ("United States", "PLACE", ["United States"]),
            ("Carla Montenegro", "PERSON", ["Carla Montenegro"]),
        ],
    },
    {
        "id": "e25",
        "style": "conll",
        "text": """EU FARM MINISTERS FAIL TO AGREE ON BEEF AID .
BRUSSELS 1996-09-23
European Union farm ministers failed on Monday to agree on compensation for beef farmers hit by the BSE crisis , diplomats said .
Irish farm minister Declan Fahey , who chaired the meeting , said talks would resume next week .
EU Farm Commissioner Anders Lindqvist said the European Commission would make a new proposal in October .""",
        "entities": [
            ("European Union", "ORG", ["EU", "European Union"]),
            ("Brussels", "PLACE", ["BRUSSELS"]),
            ("Declan Fahey", "PERSON", ["Declan Fahey"]),
            ("Anders Lindqvist", "PERSON", ["Anders Lindqvist"]),
            ("European Commission", "ORG", ["European Commission"]),
        ],
    },
    {
        "id": "e26",
        "style": "conll",
        "text": """FRENCH UNIONS CALL PUBLIC SECTOR STRIKE .
PARIS 1996-09-26
France 's main public sector unions called a one-day strike for October 17 to protest against a pay freeze , the CGT union said on Thursday .
Civil service minister Dominique Perrault said the government would not change its budget plans .
The Socialist Party backed the strike .""",
        "entities": [
            ("France", "PLACE", ["France"]),
            ("Paris", "PLACE", ["PARIS"]),
            ("CGT", "ORG", ["CGT"]),
            ("Dominique Perrault", "PERSON", ["Dominique Perrault"]),
            ("Socialist Party", "ORG", ["Socialist Party"]),
        ],
    },
    {
        "id": "e27",
        "style": "conll",
        "text": """NORTHERN LEAGUE STAGES PO RIVER MARCH .
VENICE , Italy 1996-09-15
Thousands of supporters of the Northern League marched along the Po river on Sunday as leader Umberto Castellan proclaimed the " independence of Padania " .
Prime Minister Carlo Benedetti said in Rome the march was a threat to national unity .""",
        "entities": [
            ("Northern League", "ORG", ["NORTHERN LEAGUE", "Northern League"]),
            ("Po", "PLACE", ["PO", "Po"]),
            ("Venice", "PLACE", ["VENICE"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Umberto Castellan", "PERSON", ["Umberto Castellan"]),
            ("Padania", "PLACE", ["Padania"]),
            ("Carlo Benedetti", "PERSON", ["Carlo Benedetti"]),
            ("Rome", "PLACE", ["Rome"]),
        ],
    },
    {
        "id": "e28",
        "style": "conll",
        "text": """RUSSIAN SECURITY CHIEF SAYS CHECHNYA DEAL HOLDING .
MOSCOW 1996-09-08
Russian security chief Alexander Lebedin said on Sunday the peace deal in Chechnya was holding , Interfax news agency reported .
Lebedin met separatist chief of staff Aslan Dzhabrailov in Novye Atagi on Saturday .
The State Duma will debate the agreement next week .""",
        "entities": [
            ("Chechnya", "PLACE", ["CHECHNYA", "Chechnya"]),
            ("Moscow", "PLACE", ["MOSCOW"]),
            ("Alexander Lebedin", "PERSON", ["Alexander Lebedin", "Lebedin"]),
            ("Interfax", "ORG", ["Interfax"]),
            ("Aslan Dzhabrailov", "PERSON", ["Aslan Dzhabrailov"]),
            ("Novye Atagi", "PLACE", ["Novye Atagi"]),
            ("State Duma", "ORG", ["State Duma"]),
        ],
    },
    {
        "id": "e29",
        "style": "conll",
        "text": """LATVIAN PARLIAMENT ELECTS NEW SPEAKER .
RIGA 1996-09-17
Latvia 's parliament , the Saeima , elected Alfreds Berzkalns as speaker on Tuesday , the LETA news agency said .
Berzkalns , of the Democratic Party Saimnieks , won 52 votes in the 100-seat chamber .""",
        "entities": [
            ("Riga", "PLACE", ["RIGA"]),
            ("Latvia", "PLACE", ["Latvia"]),
            ("Saeima", "ORG", ["Saeima"]),
            ("Alfreds Berzkalns", "PERSON", ["Alfreds Berzkalns", "Berzkalns"]),
            ("LETA", "ORG", ["LETA"]),
            ("Democratic Party Saimnieks", "ORG", ["Democratic Party Saimnieks"]),
        ],
    },
    {
        "id": "e30",
        "style": "conll",
        "text": """JORDAN DOUBLES BREAD PRICE .
AMMAN 1996-08-13
Jordan 's government doubled the price of bread on Tuesday , a move the opposition Islamic Action Front said would hurt the poor .
Prime Minister Samir Haddadin said subsidies cost the treasury 100 million dinars a year .
The International Monetary Fund has urged Amman to cut subsidies .""",
        "entities": [
            ("Jordan", "PLACE", ["JORDAN", "Jordan"]),
            ("Amman", "PLACE", ["AMMAN", "Amman"]),
            ("Islamic Action Front", "ORG", ["Islamic Action Front"]),
            ("Samir Haddadin", "PERSON", ["Samir Haddadin"]),
            ("International Monetary Fund", "ORG", ["International Monetary Fund"]),
        ],
    },
    {
        "id": "e31",
        "style": "conll",
        "text": """PAKISTAN OPPOSITION LEADER ARRESTED IN KARACHI .
KARACHI 1996-09-21
Police in Karachi arrested opposition politician Murtaza Qureshi on Saturday , his Mohajir Qaumi Movement ( MQM ) said .
The Sindh provincial government said Qureshi was wanted for questioning over a bombing in Hyderabad .""",
        "entities": [
            ("Pakistan", "PLACE", ["PAKISTAN"]),
            ("Karachi", "PLACE", ["KARACHI", "Karachi"]),
            ("Murtaza Qureshi", "PERSON", ["Murtaza Qureshi", "Qureshi"]),
            ("Mohajir Qaumi Movement", "ORG", ["Mohajir Qaumi Movement", "MQM"]),
            ("Sindh", "PLACE", ["Sindh"]),
            ("Hyderabad", "PLACE", ["Hyderabad"]),
        ],
    },
    {
        "id": "e32",
        "style": "conll",
        "text": """U.S. SENATOR HARKWELL BACKS FARM BILL .
WASHINGTON 1996-09-05
Republican Senator Ted Harkwell of Iowa said on Thursday he would back the farm bill despite objections from the Agriculture Department .
A spokesman for President Bill Clinton said he would sign the measure .""",
        "entities": [
            ("United States", "PLACE", ["U.S."]),
            ("Ted Harkwell", "PERSON", ["HARKWELL", "Ted Harkwell"]),
            ("Washington", "PLACE", ["WASHINGTON"]),
            ("Iowa", "PLACE", ["Iowa"]),
            ("Agriculture Department", "ORG", ["Agriculture Department"]),
            ("Bill Clinton", "PERSON", ["Bill Clinton"]),
        ],
    },
    {
        "id": "e33",
        "style": "conll",
        "text": """AUSTRALIAN UNIONS PROTEST OVER LABOUR LAWS .
CANBERRA 1996-08-19
Thousands of union members rallied outside Parliament House in Canberra on Monday against the government 's industrial relations bill .
ACTU secretary Bill Kellaway said the bill would strip workers of their rights .
Industrial Relations Minister Peter Garside condemned violence at the rally , in which 40 police were injured .""",
        "entities": [
            ("Canberra", "PLACE", ["CANBERRA", "Canberra"]),
            ("Parliament House", "PLACE", ["Parliament House"]),
            ("ACTU", "ORG", ["ACTU"]),
            ("Bill Kellaway", "PERSON", ["Bill Kellaway"]),
            ("Peter Garside", "PERSON", ["Peter Garside"]),
        ],
    },
    {
        "id": "e34",
        "style": "conll",
        "text": """ANC SAYS INKATHA BEHIND KWAZULU KILLINGS .
JOHANNESBURG 1996-09-02
The African National Congress said on Monday the Inkatha Freedom Party was behind the killing of nine people in KwaZulu-Natal province at the weekend .
Inkatha spokesman Sipho Ngcobo denied the charge and accused the ANC of trying to disrupt local elections in the province .""",
        "entities": [
            ("African National Congress", "ORG", ["ANC", "African National Congress"]),
            ("Inkatha Freedom Party", "ORG", ["INKATHA", "Inkatha Freedom Party", "Inkatha"]),
            ("KwaZulu-Natal", "PLACE", ["KWAZULU", "KwaZulu-Natal"]),
            ("Johannesburg", "PLACE", ["JOHANNESBURG"]),
            ("Sipho Ngcobo", "PERSON", ["Sipho Ngcobo"]),
        ],
    },
    {
        "id": "e35",
        "style": "conll",
        "text": """BELGIAN POLICE HOLD SUSPECT IN CHILD MURDERS .
CHARLEROI , Belgium 1996-08-19
Belgian police detained a 41-year-old man on Monday in connection with the disappearance of two girls , the prosecutor 's office in Neufchateau said .
Prosecutor Jean-Luc Dethier told a news conference the suspect was a friend of Marc Vandenbroeck , convicted in 1989 of rape .""",
        "entities": [
            ("Charleroi", "PLACE", ["CHARLEROI"]),
            ("Belgium", "PLACE", ["Belgium"]),
            ("Neufchateau", "PLACE", ["Neufchateau"]),
            ("Jean-Luc Dethier", "PERSON", ["Jean-Luc Dethier"]),
            ("Marc Vandenbroeck", "PERSON", ["Marc Vandenbroeck"]),
        ],
    },
    {
        "id": "e36",
        "style": "conll",
        "text": """BRIEF - GREEK FERRY RUNS AGROUND .
PIRAEUS , Greece 1996-08-21
A Greek ferry carrying 300 passengers ran aground off the island of Andros on Wednesday , the merchant marine ministry said .
BRIEF - SLOVAK CABINET APPROVES BUDGET .
BRATISLAVA 1996-08-21
Slovakia 's cabinet approved the 1997 draft budget on Wednesday , Finance Minister Sergej Pavlik told the TASR news agency .""",
        "entities": [
            ("Piraeus", "PLACE", ["PIRAEUS"]),
            ("Greece", "PLACE", ["Greece"]),
            ("Andros", "PLACE", ["Andros"]),
            ("Bratislava", "PLACE", ["BRATISLAVA"]),
            ("Slovakia", "PLACE", ["Slovakia"]),
            ("Sergej Pavlik", "PERSON", ["Sergej Pavlik"]),
            ("TASR", "ORG", ["TASR"]),
        ],
    },
    # ---------------- markets and companies ----------------
    {
        "id": "e37",
        "style": "conll",
        "text": """LONDON SHARES END UP AS GRANVILLE GAINS .
LONDON 1996-09-13
British shares closed higher on Friday , led by engineering group Granville Holdings , which rose 18 pence after a broker upgrade from Morgan Stanley .
The FTSE 100 index ended 22.4 points up at 3,925.6 .
Castlemaine Breweries fell 7p after its chairman , Sir Hugh Latimer , warned on profits .""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Granville Holdings", "ORG", ["GRANVILLE", "Granville Holdings"]),
            ("Morgan Stanley", "ORG", ["Morgan Stanley"]),
            ("Castlemaine Breweries", "ORG", ["Castlemaine Breweries"]),
            ("Hugh Latimer", "PERSON", ["Hugh Latimer"]),
        ],
    },
    {
        "id": "e38",
        "style": "conll",
        "text": """VELDORF AG FIRST-HALF PROFIT RISES 12 PCT .
FRANKFURT 1996-09-04
German chemicals group Veldorf AG said on Wednesday its first-half pretax profit rose 12 percent to 640 million marks .
Chief executive Jurgen Hartwig told a news conference in Frankfurt that sales in Asia grew strongly .
Veldorf shares rose 2.10 marks to 58.40 in Frankfurt trading .""",
        "entities": [
            ("Veldorf AG", "ORG", ["VELDORF AG", "Veldorf AG", "Veldorf"]),
            ("Frankfurt", "PLACE", ["FRANKFURT", "Frankfurt"]),
            ("Jurgen Hartwig", "PERSON", ["Jurgen Hartwig"]),
            ("Asia", "PLACE", ["Asia"]),
        ],
    },
    {
        "id": "e39",
        "style": "conll",
        "text": """KORSHAM PLC SEES FLAT FULL-YEAR PROFIT .
LONDON 1996-09-10
Building materials group Korsham Plc said on Tuesday full-year profit would be flat because of weak demand in Germany and France .
Korsham said it had sold its U.S. unit , Brenton Supply Co , to Allied Quarries for $ 120 million .""",
        "entities": [
            ("Korsham Plc", "ORG", ["KORSHAM PLC", "Korsham Plc", "Korsham"]),
            ("London", "PLACE", ["LONDON"]),
            ("Germany", "PLACE", ["Germany"]),
            ("France", "PLACE", ["France"]),
            ("United States", "PLACE", ["U.S."]),
            ("Brenton Supply Co", "ORG", ["Brenton Supply Co"]),
            ("Allied Quarries", "ORG", ["Allied Quarries"]),
        ],
    },
    {
        "id": "e40",
        "style": "conll",
        "text": """DALMONT INC Q3 NET RISES .
NEW YORK 1996-10-15
Shr 45 cts vs 38 cts
Net 21.3 mln vs 17.9 mln
Revs 402.1 mln vs 365.0 mln
NOTE - Dalmont Inc is a maker of packaging based in Stamford , Conn .""",
        "entities": [
            ("Dalmont Inc", "ORG", ["DALMONT INC", "Dalmont Inc"]),
            ("New York", "PLACE", ["NEW YORK"]),
            ("Stamford", "PLACE", ["Stamford"]),
            ("Connecticut", "PLACE", ["Conn"]),
        ],
    },
    {
        "id": "e41",
        "style": "conll",
        "text": """COFFEE FUTURES FALL ON BRAZIL RAINS .
LONDON 1996-09-16
Robusta coffee futures fell $ 40 on the London International Financial Futures Exchange on Monday as rain in Brazil eased fears for the crop .
Exports from Vietnam and Ivory Coast were also heavier than expected , a trader at Hallworth Commodities said .""",
        "entities": [
            ("Brazil", "PLACE", ["BRAZIL", "Brazil"]),
            ("London", "PLACE", ["LONDON"]),
            (
                "London International Financial Futures Exchange",
                "ORG",
                ["London International Financial Futures Exchange"],
            ),
            ("Vietnam", "PLACE", ["Vietnam"]),
            ("Ivory Coast", "PLACE", ["Ivory Coast"]),
            ("Hallworth Commodities", "ORG", ["Hallworth Commodities"]),
        ],
    },
    {
        "id": "e42",
        "style": "conll",
        "text": """BUNDESBANK LEAVES RATES UNCHANGED .
FRANKFURT 1996-09-12
The Bundesbank left its key interest rates unchanged on Thursday after its fortnightly council meeting , a spokesman said .
Bundesbank president Klaus Meinhold said in an interview with the Handelsblatt newspaper that inflation was under control .
Economists at Deutsche Bank had expected no change .""",
        "entities": [
            ("Bundesbank", "ORG", ["BUNDESBANK", "Bundesbank"]),
            ("Frankfurt", "PLACE", ["FRANKFURT"]),
            ("Klaus Meinhold", "PERSON", ["Klaus Meinhold"]),
            ("Handelsblatt", "ORG", ["Handelsblatt"]),
            ("Deutsche Bank", "ORG", ["Deutsche Bank"]),
        ],
    },
]
