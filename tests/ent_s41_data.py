"""Session 41 (ent41): a fourth, BLIND hand-written file of entities in Reuters 1996 wire text as
CoNLL-2003 renders it, in the format and under the conventions of tests/ent_s37_data.py (read its
docstring: types, exact spans, a form's type holds for the whole document, titles and a leading
"the" left out, a national side ORG by GUIDE.md and LOC by CoNLL-2003 in the 4th element, a city
as a club's name ORG both ways), tests/ent_s38_data.py (a news agency is ORG; competitions,
conferences and events are not annotated) and tests/ent_s40_data.py (a ministry named with
capitals is ORG; nationality adjectives and nouns are MISC and not annotated, in headlines too; a
sponsor-named team is ORG; index names are not annotated).

Topics and shapes the earlier files have least of: tennis and golf results with players' countries
in brackets, cricket scorecards and county results, cycling / athletics / motor-racing results
with sponsor-named teams, soccer standings and scorers' lists, commodity and market reports
(exchanges, brokers, central banks), Africa / Asia / Latin America politics with parties, rebel
groups, provinces and districts and syllable acronyms ("KANU", "UNIP", "SLORC"), company results
with subsidiaries; names in capitals in headlines.

People, clubs and companies are mostly invented; real countries, cities, parties, outlets and
well-known bodies are used. Written and annotated by hand BEFORE belreader was run on any of it
(any later change is noted in a comment at the document and in /work/wt/notes/REPORT_ent41.md).

Choices made here (CoNLL-2003's own practice):
- A province, district or state named with its lower-case noun ("Bubanza province", "Gulu
  district", "the state of Guerrero") is PLACE for the name alone.
- A party written in lower case ("the congress", "a party congress") is not annotated; "Congress"
  with a capital in "the Congress party" is ORG (the word "party" is not in the span).
- An event named after a place ("Tashkent Open", "Tour of Holland") is MISC and not annotated,
  nor the place inside it.
"""

from __future__ import annotations

DOCS: list[dict] = [
    # ---------------- sport ----------------
    {
        "id": "g01",
        "style": "conll",
        "text": """TENNIS - VARGA BEATS PETROVIC IN PALERMO .
PALERMO , Italy 1996-07-10
Results from the women 's tennis tournament on Wednesday ( prefix number denotes seeding ) :
First round
1 - Lena Varga ( Hungary ) beat Ana Petrovic ( Yugoslavia ) 6-3 6-2
Silke Dornhof ( Germany ) beat Maria Jose Olmedo ( Spain ) 4-6 6-1 7-5
3 - Katya Lubenova ( Bulgaria ) beat Ines Mertens ( Belgium ) 6-0 6-4""",
        "entities": [
            ("Lena Varga", "PERSON", ["VARGA", "Lena Varga"]),
            ("Ana Petrovic", "PERSON", ["PETROVIC", "Ana Petrovic"]),
            ("Palermo", "PLACE", ["PALERMO"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Hungary", "PLACE", ["Hungary"]),
            ("Yugoslavia", "PLACE", ["Yugoslavia"]),
            ("Silke Dornhof", "PERSON", ["Silke Dornhof"]),
            ("Germany", "PLACE", ["Germany"]),
            ("Maria Jose Olmedo", "PERSON", ["Maria Jose Olmedo"]),
            ("Spain", "PLACE", ["Spain"]),
            ("Katya Lubenova", "PERSON", ["Katya Lubenova"]),
            ("Bulgaria", "PLACE", ["Bulgaria"]),
            ("Ines Mertens", "PERSON", ["Ines Mertens"]),
            ("Belgium", "PLACE", ["Belgium"]),
        ],
    },
    {
        "id": "g02",
        "style": "conll",
        "text": """TENNIS - KRALJEVIC UPSETS TOP SEED IN TASHKENT .
TASHKENT 1996-09-12
Unseeded Croatian Davor Kraljevic beat top seed Henrik Sandell of Sweden 7-6 ( 7-3 ) 6-4 in the second round of the Tashkent Open on Thursday .
Kraljevic , ranked 87th in the world , next meets Moroccan Youssef El Amrani .
Results :
Davor Kraljevic ( Croatia ) beat 1 - Henrik Sandell ( Sweden ) 7-6 ( 7-3 ) 6-4
Youssef El Amrani ( Morocco ) beat Oleg Tishenko ( Russia ) 6-2 3-6 6-3""",
        "entities": [
            ("Davor Kraljevic", "PERSON", ["KRALJEVIC", "Davor Kraljevic", "Kraljevic"]),
            ("Tashkent", "PLACE", ["TASHKENT"]),
            ("Henrik Sandell", "PERSON", ["Henrik Sandell"]),
            ("Sweden", "PLACE", ["Sweden"]),
            ("Youssef El Amrani", "PERSON", ["Youssef El Amrani"]),
            ("Croatia", "PLACE", ["Croatia"]),
            ("Morocco", "PLACE", ["Morocco"]),
            ("Oleg Tishenko", "PERSON", ["Oleg Tishenko"]),
            ("Russia", "PLACE", ["Russia"]),
        ],
    },
    {
        "id": "g03",
        "style": "conll",
        "text": """GOLF - OKUDA LEADS BY TWO IN SAPPORO .
SAPPORO , Japan 1996-08-31
Leading scores after the third round of the Hokkaido Open golf tournament on Saturday ( Japan unless stated ) :
201 Masaru Okuda 67 66 68
203 Brad Kellerman ( Australia ) 68 68 67 , Tetsuo Hirabe 66 70 67
205 Chen Wei-ming ( Taiwan ) 69 68 68 , Danilo Ocampo ( Philippines ) 70 67 68""",
        "entities": [
            ("Masaru Okuda", "PERSON", ["OKUDA", "Masaru Okuda"]),
            ("Sapporo", "PLACE", ["SAPPORO"]),
            ("Japan", "PLACE", ["Japan"]),
            ("Brad Kellerman", "PERSON", ["Brad Kellerman"]),
            ("Australia", "PLACE", ["Australia"]),
            ("Tetsuo Hirabe", "PERSON", ["Tetsuo Hirabe"]),
            ("Chen Wei-ming", "PERSON", ["Chen Wei-ming"]),
            ("Taiwan", "PLACE", ["Taiwan"]),
            ("Danilo Ocampo", "PERSON", ["Danilo Ocampo"]),
            ("Philippines", "PLACE", ["Philippines"]),
        ],
    },
    {
        "id": "g04",
        "style": "conll",
        "text": """GOLF - DRAYTON HOLDS ON TO WIN IN MILWAUKEE .
MILWAUKEE 1996-09-01
American Curt Drayton shot a final-round 69 to win the Greater Milwaukee Open by one stroke on Sunday .
Drayton , 34 , finished on 268 , 16 under par , one ahead of South African Pieter Coetsee and Swede Anders Lindqvist .
It was Drayton 's first tour win in nine years .""",
        "entities": [
            ("Curt Drayton", "PERSON", ["DRAYTON", "Curt Drayton", "Drayton"]),
            ("Milwaukee", "PLACE", ["MILWAUKEE"]),
            ("Pieter Coetsee", "PERSON", ["Pieter Coetsee"]),
            ("Anders Lindqvist", "PERSON", ["Anders Lindqvist"]),
        ],
    },
    {
        "id": "g05",
        "style": "conll",
        "text": """CRICKET - ENGLAND V PAKISTAN THIRD TEST SCOREBOARD .
LONDON 1996-08-22
Scoreboard on the first day of the third test between England and Pakistan at The Oval on Thursday :
England first innings
J. Hartigan c Moin Haider b Arshad Qureshi 31
A. Stannard lbw b Tanvir Malik 58
N. Pellew not out 44
Extras ( b-4 lb-6 nb-3 ) 13
Total ( for 2 wickets ) 146
Fall of wickets : 1-52 2-131
To bat : G. Thorley , R. Cadwick , D. Ainsley
Bowling ( to date ) : Arshad Qureshi 14-3-40-1 , Tanvir Malik 12-2-38-1""",
        "entities": [
            ("England", "ORG", ["ENGLAND", "England"], "LOC"),
            ("Pakistan", "ORG", ["PAKISTAN", "Pakistan"], "LOC"),
            ("London", "PLACE", ["LONDON"]),
            ("Oval", "PLACE", ["Oval"]),
            ("J. Hartigan", "PERSON", ["J. Hartigan"]),
            ("Moin Haider", "PERSON", ["Moin Haider"]),
            ("Arshad Qureshi", "PERSON", ["Arshad Qureshi"]),
            ("A. Stannard", "PERSON", ["A. Stannard"]),
            ("Tanvir Malik", "PERSON", ["Tanvir Malik"]),
            ("N. Pellew", "PERSON", ["N. Pellew"]),
            ("G. Thorley", "PERSON", ["G. Thorley"]),
            ("R. Cadwick", "PERSON", ["R. Cadwick"]),
            ("D. Ainsley", "PERSON", ["D. Ainsley"]),
        ],
    },
    {
        "id": "g06",
        "style": "conll",
        "text": """CRICKET - ENGLISH COUNTY CHAMPIONSHIP RESULTS .
LONDON 1996-09-02
Results on the final day of four-day English County Championship matches on Monday :
At Worcester : Worcestershire beat Glamorgan by seven wickets . Glamorgan 301 and 188 ( P. Llewellyn 62 ; S. Brinkworth 5-44 ) . Worcestershire 344 and 146-3 ( T. Maddock 71 not out ) . Worcestershire 22 points , Glamorgan 5 .
At Hove : Sussex drew with Derbyshire . Sussex 410-8 declared ( K. Fairlie 134 ) and 201-6 declared . Derbyshire 290 and 188-7 .
Leading positions : Leicestershire 260 points , Surrey 244 , Sussex 236 .""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Worcester", "PLACE", ["Worcester"]),
            ("Worcestershire", "ORG", ["Worcestershire"]),
            ("Glamorgan", "ORG", ["Glamorgan"]),
            ("P. Llewellyn", "PERSON", ["P. Llewellyn"]),
            ("S. Brinkworth", "PERSON", ["S. Brinkworth"]),
            ("T. Maddock", "PERSON", ["T. Maddock"]),
            ("Hove", "PLACE", ["Hove"]),
            ("Sussex", "ORG", ["Sussex"]),
            ("Derbyshire", "ORG", ["Derbyshire"]),
            ("K. Fairlie", "PERSON", ["K. Fairlie"]),
            ("Leicestershire", "ORG", ["Leicestershire"]),
            ("Surrey", "ORG", ["Surrey"]),
        ],
    },
    {
        "id": "g07",
        "style": "conll",
        "text": """CRICKET - SRI LANKA BEAT KENYA BY 144 RUNS .
NAIROBI 1996-09-29
Sri Lanka beat Kenya by 144 runs in a one-day international in Nairobi on Sunday .
Opener Chaminda Wijesekera made 96 off 104 balls and off-spinner Upul Dharmaratne took four wickets for 22 as Kenya were bowled out for 162 .
Kenya captain Maurice Odhiambo said his batsmen had lacked patience .""",
        "entities": [
            ("Sri Lanka", "ORG", ["SRI LANKA", "Sri Lanka"], "LOC"),
            ("Kenya", "ORG", ["KENYA", "Kenya"], "LOC"),
            ("Nairobi", "PLACE", ["NAIROBI", "Nairobi"]),
            ("Chaminda Wijesekera", "PERSON", ["Chaminda Wijesekera"]),
            ("Upul Dharmaratne", "PERSON", ["Upul Dharmaratne"]),
            ("Maurice Odhiambo", "PERSON", ["Maurice Odhiambo"]),
        ],
    },
    {
        "id": "g08",
        "style": "conll",
        "text": """CYCLING - DEKKERMAN WINS STAGE IN HAARLEM .
HAARLEM , Netherlands 1996-08-22
Leading results of the third stage of the Tour of Holland , a 178 km ride from Breda to Haarlem , on Thursday :
1. Erik Dekkerman ( Netherlands ) Rabobank 4:12:37
2. Fabio Cantarella ( Italy ) Saeco same time
3. Johan Verstrepen ( Belgium ) Lotto same time
Overall standings : 1. Dekkerman 11:58:02 2. Stefan Kiefel ( Germany ) Telekom six seconds behind""",
        "entities": [
            ("Erik Dekkerman", "PERSON", ["DEKKERMAN", "Erik Dekkerman", "Dekkerman"]),
            ("Haarlem", "PLACE", ["HAARLEM", "Haarlem"]),
            ("Netherlands", "PLACE", ["Netherlands"]),
            ("Breda", "PLACE", ["Breda"]),
            ("Rabobank", "ORG", ["Rabobank"]),
            ("Fabio Cantarella", "PERSON", ["Fabio Cantarella"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Saeco", "ORG", ["Saeco"]),
            ("Johan Verstrepen", "PERSON", ["Johan Verstrepen"]),
            ("Belgium", "PLACE", ["Belgium"]),
            ("Lotto", "ORG", ["Lotto"]),
            ("Stefan Kiefel", "PERSON", ["Stefan Kiefel"]),
            ("Germany", "PLACE", ["Germany"]),
            ("Telekom", "ORG", ["Telekom"]),
        ],
    },
    {
        "id": "g09",
        "style": "conll",
        "text": """ATHLETICS - KIPROTICH WINS 5,000 IN BERLIN .
BERLIN 1996-08-30
Kenyan Moses Kiprotich won the men 's 5,000 metres at the ISTAF meeting on Friday in 13 minutes 4.21 seconds .
Leading results :
Men 's 5,000 metres : 1. Moses Kiprotich ( Kenya ) 13:04.21 2. Salah Bouazza ( Morocco ) 13:06.50 3. Dieter Baumgart ( Germany ) 13:11.02
Women 's 400 metres hurdles : 1. Tatyana Kurnosova ( Russia ) 53.88 2. Marcia Edwardes ( Jamaica ) 54.20""",
        "entities": [
            ("Moses Kiprotich", "PERSON", ["KIPROTICH", "Moses Kiprotich"]),
            ("Berlin", "PLACE", ["BERLIN"]),
            ("Kenya", "PLACE", ["Kenya"]),
            ("Salah Bouazza", "PERSON", ["Salah Bouazza"]),
            ("Morocco", "PLACE", ["Morocco"]),
            ("Dieter Baumgart", "PERSON", ["Dieter Baumgart"]),
            ("Germany", "PLACE", ["Germany"]),
            ("Tatyana Kurnosova", "PERSON", ["Tatyana Kurnosova"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Marcia Edwardes", "PERSON", ["Marcia Edwardes"]),
            ("Jamaica", "PLACE", ["Jamaica"]),
        ],
    },
    {
        "id": "g10",
        "style": "conll",
        "text": """MOTOR RACING - FERRANTI WINS IN BUDAPEST .
BUDAPEST 1996-08-11
Italian Marco Ferranti won the Hungarian Grand Prix for McLaren on Sunday , beating Finn Jarno Lehtinen of Jordan by 4.2 seconds .
Results :
1. Marco Ferranti ( Italy ) McLaren 1:46:21.134
2. Jarno Lehtinen ( Finland ) Jordan 4.2 seconds behind
3. Olivier Brassac ( France ) Ligier 21.7
Drivers ' championship standings : 1. Lehtinen 58 points 2. Ferranti 52""",
        "entities": [
            ("Marco Ferranti", "PERSON", ["FERRANTI", "Marco Ferranti", "Ferranti"]),
            ("Budapest", "PLACE", ["BUDAPEST"]),
            ("McLaren", "ORG", ["McLaren"]),
            ("Jarno Lehtinen", "PERSON", ["Jarno Lehtinen", "Lehtinen"]),
            ("Jordan", "ORG", ["Jordan"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Finland", "PLACE", ["Finland"]),
            ("Olivier Brassac", "PERSON", ["Olivier Brassac"]),
            ("France", "PLACE", ["France"]),
            ("Ligier", "ORG", ["Ligier"]),
        ],
    },
    {
        "id": "g11",
        "style": "conll",
        "text": """SOCCER - GREEK FIRST DIVISION RESULTS / STANDINGS .
ATHENS 1996-09-22
Results of Greek first division matches on Sunday :
Olympiakos 3 Ionikos Kallithea 0
Panathinaikos 1 Aris Salonika 1
PAOK 2 Apollon Marousi 1
Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :
Olympiakos 4 4 0 0 11 2 12
PAOK 4 3 1 0 8 3 10
Panathinaikos 4 2 2 0 6 3 8
Apollon Marousi 4 0 1 3 3 9 1""",
        "entities": [
            ("Athens", "PLACE", ["ATHENS"]),
            ("Olympiakos", "ORG", ["Olympiakos"]),
            ("Ionikos Kallithea", "ORG", ["Ionikos Kallithea"]),
            ("Panathinaikos", "ORG", ["Panathinaikos"]),
            ("Aris Salonika", "ORG", ["Aris Salonika"]),
            ("PAOK", "ORG", ["PAOK"]),
            ("Apollon Marousi", "ORG", ["Apollon Marousi"]),
        ],
    },
    {
        "id": "g12",
        "style": "conll",
        "text": """SOCCER - ENGLISH LEAGUE LEADING SCORERS .
LONDON 1996-10-14
Leading scorers in the English premier league after Sunday 's matches :
8 - Ian Wrexford ( Newcastle ) , Dean Haverley ( Arsenal )
6 - Mark Tolland ( Chelsea ) , Fabrizio Ravelli ( Middlesbrough )
5 - Gary Speedwell ( Leeds ) , Steve Ashcombe ( Southampton )""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Ian Wrexford", "PERSON", ["Ian Wrexford"]),
            ("Newcastle", "ORG", ["Newcastle"]),
            ("Dean Haverley", "PERSON", ["Dean Haverley"]),
            ("Arsenal", "ORG", ["Arsenal"]),
            ("Mark Tolland", "PERSON", ["Mark Tolland"]),
            ("Chelsea", "ORG", ["Chelsea"]),
            ("Fabrizio Ravelli", "PERSON", ["Fabrizio Ravelli"]),
            ("Middlesbrough", "ORG", ["Middlesbrough"]),
            ("Gary Speedwell", "PERSON", ["Gary Speedwell"]),
            ("Leeds", "ORG", ["Leeds"]),
            ("Steve Ashcombe", "PERSON", ["Steve Ashcombe"]),
            ("Southampton", "ORG", ["Southampton"]),
        ],
    },
    {
        "id": "g13",
        "style": "conll",
        "text": """SOCCER - MOROCCO BEAT SIERRA LEONE IN AFRICAN NATIONS CUP QUALIFIER .
RABAT 1996-09-08
Morocco beat Sierra Leone 4-0 in an African Nations Cup group qualifier on Sunday .
Scorers :
Morocco - Abdelilah Tazi ( 9th , 40th ) , Nourredine Bouchra ( 51st ) , Hassan Ouakili ( 77th )
Attendance : 45,000
Sierra Leone coach Foday Conteh said his players were tired after a long journey via Abidjan .""",
        "entities": [
            ("Morocco", "ORG", ["MOROCCO", "Morocco"], "LOC"),
            ("Sierra Leone", "ORG", ["SIERRA LEONE", "Sierra Leone"], "LOC"),
            ("Rabat", "PLACE", ["RABAT"]),
            ("Abdelilah Tazi", "PERSON", ["Abdelilah Tazi"]),
            ("Nourredine Bouchra", "PERSON", ["Nourredine Bouchra"]),
            ("Hassan Ouakili", "PERSON", ["Hassan Ouakili"]),
            ("Foday Conteh", "PERSON", ["Foday Conteh"]),
            ("Abidjan", "PLACE", ["Abidjan"]),
        ],
    },
    {
        "id": "g14",
        "style": "conll",
        "text": """SOCCER - GREMIO HELD BY PALMEIRAS IN BRAZIL .
SAO PAULO 1996-09-19
Gremio were held to a 1-1 draw by Palmeiras in the Brazilian championship on Wednesday but kept their lead at the top of the table .
Striker Valdeir Santana put Palmeiras ahead after 20 minutes but defender Claudiomiro Pereira equalised for the Porto Alegre club .""",
        "entities": [
            ("Gremio", "ORG", ["GREMIO", "Gremio"]),
            ("Palmeiras", "ORG", ["PALMEIRAS", "Palmeiras"]),
            ("Brazil", "PLACE", ["BRAZIL"]),
            ("Sao Paulo", "PLACE", ["SAO PAULO"]),
            ("Valdeir Santana", "PERSON", ["Valdeir Santana"]),
            ("Claudiomiro Pereira", "PERSON", ["Claudiomiro Pereira"]),
            ("Porto Alegre", "PLACE", ["Porto Alegre"]),
        ],
    },
    # ---------------- markets and commodities ----------------
    {
        "id": "g15",
        "style": "conll",
        "text": """LME COPPER ENDS LOWER ON FUND SELLING .
LONDON 1996-09-10
Copper prices on the London Metal Exchange ended lower on Tuesday after fund selling and a rise in LME stocks , traders said .
Three-month copper closed at $ 1,942 a tonne , down $ 18 .
" Sumitomo is still the big worry , " said a dealer at broker Harcourt Metals .
Aluminium was steady , supported by talk of buying by Chinese traders .""",
        "entities": [
            ("London Metal Exchange", "ORG", ["London Metal Exchange", "LME"]),
            ("London", "PLACE", ["LONDON"]),
            ("Sumitomo", "ORG", ["Sumitomo"]),
            ("Harcourt Metals", "ORG", ["Harcourt Metals"]),
        ],
    },
    {
        "id": "g16",
        "style": "conll",
        "text": """BOMBAY SHARES END HIGHER ON FOREIGN BUYING .
BOMBAY 1996-09-17
Indian shares closed higher on Tuesday on buying by foreign funds , brokers said .
The Bombay Stock Exchange 's 30-share index rose 41.2 points to 3,412.6 .
Brokers said foreign institutional investors bought Hindalco Metals and State Bank of India shares .
" The market is watching the Reserve Bank of India 's credit policy next month , " said Vikram Mehrotra of broker Dalal Securities .""",
        "entities": [
            ("Bombay", "PLACE", ["BOMBAY"]),
            ("Bombay Stock Exchange", "ORG", ["Bombay Stock Exchange"]),
            ("Hindalco Metals", "ORG", ["Hindalco Metals"]),
            ("State Bank of India", "ORG", ["State Bank of India"]),
            ("Reserve Bank of India", "ORG", ["Reserve Bank of India"]),
            ("Vikram Mehrotra", "PERSON", ["Vikram Mehrotra"]),
            ("Dalal Securities", "ORG", ["Dalal Securities"]),
        ],
    },
    {
        "id": "g17",
        "style": "conll",
        "text": """COCOA ENDS HIGHER ON IVORY COAST CROP WORRIES .
LONDON 1996-09-12
London cocoa futures ended higher on Thursday on worries about the Ivory Coast mid-crop , dealers said .
Dealers said the Caisse de Stabilisation had sold forward less than expected .
December cocoa on LIFFE closed 12 pounds up at 1,022 pounds a tonne .
In New York , December cocoa on the CSCE rose $ 14 .""",
        "entities": [
            ("London", "PLACE", ["LONDON", "London"]),
            ("Ivory Coast", "PLACE", ["IVORY COAST", "Ivory Coast"]),
            ("Caisse de Stabilisation", "ORG", ["Caisse de Stabilisation"]),
            ("LIFFE", "ORG", ["LIFFE"]),
            ("New York", "PLACE", ["New York"]),
            ("CSCE", "ORG", ["CSCE"]),
        ],
    },
    {
        "id": "g18",
        "style": "conll",
        "text": """PHILIPPINE CENTRAL BANK RAISES OVERNIGHT RATE .
MANILA 1996-09-18
The Bangko Sentral ng Pilipinas raised its overnight borrowing rate by half a point to 12.5 percent on Wednesday to support the peso , central bank governor Armando Delacruz said .
Dealers at Citibank in Manila said the move had been expected after the peso fell to 26.30 per dollar .""",
        "entities": [
            ("Manila", "PLACE", ["MANILA", "Manila"]),
            ("Bangko Sentral ng Pilipinas", "ORG", ["Bangko Sentral ng Pilipinas"]),
            ("Armando Delacruz", "PERSON", ["Armando Delacruz"]),
            ("Citibank", "ORG", ["Citibank"]),
        ],
    },
    {
        "id": "g19",
        "style": "conll",
        "text": """OPEC OUTPUT ROSE IN AUGUST - SURVEY .
LONDON 1996-09-05
OPEC crude oil output rose by 250,000 barrels per day in August to 25.6 million bpd , a Reuters survey of oil companies , traders and analysts showed on Thursday .
Saudi Arabia and Venezuela accounted for most of the rise , while Iraq 's exports under the U.N. oil-for-food deal had yet to begin .
" Venezuela is pumping flat out , " said Kamal Haddadin of the Centre for Global Energy Studies .""",
        "entities": [
            ("OPEC", "ORG", ["OPEC"]),
            ("London", "PLACE", ["LONDON"]),
            ("Reuters", "ORG", ["Reuters"]),
            ("Saudi Arabia", "PLACE", ["Saudi Arabia"]),
            ("Venezuela", "PLACE", ["Venezuela"]),
            ("Iraq", "PLACE", ["Iraq"]),
            ("United Nations", "ORG", ["U.N."]),
            ("Kamal Haddadin", "PERSON", ["Kamal Haddadin"]),
            ("Centre for Global Energy Studies", "ORG", ["Centre for Global Energy Studies"]),
        ],
    },
    {
        "id": "g20",
        "style": "conll",
        "text": """CBOT SOYBEANS FIRM ON EXPORT SALES .
CHICAGO 1996-09-06
Soybean futures on the Chicago Board of Trade closed firmer on Friday after the Agriculture Department reported export sales of 850,000 tonnes , mostly to Taiwan and Japan .
" The funds were buyers again , " said Dale Henricks of brokerage Farmco Grain in Des Moines .""",
        "entities": [
            ("Chicago Board of Trade", "ORG", ["CBOT", "Chicago Board of Trade"]),
            ("Chicago", "PLACE", ["CHICAGO"]),
            ("Agriculture Department", "ORG", ["Agriculture Department"]),
            ("Taiwan", "PLACE", ["Taiwan"]),
            ("Japan", "PLACE", ["Japan"]),
            ("Dale Henricks", "PERSON", ["Dale Henricks"]),
            ("Farmco Grain", "ORG", ["Farmco Grain"]),
            ("Des Moines", "PLACE", ["Des Moines"]),
        ],
    },
    # ---------------- Africa, Asia, Latin America ----------------
    {
        "id": "g21",
        "style": "conll",
        "text": """BURUNDI REBELS ATTACK VILLAGES IN BUBANZA .
BUJUMBURA 1996-09-14
Hutu rebels killed at least 30 people in attacks on villages in northwestern Bubanza province , the Burundi army said on Saturday .
Army spokesman Evariste Ndikumana said fighters of the National Council for the Defence of Democracy ( CNDD ) had crossed from Zaire .
CNDD spokesman Jerome Ndayizeye , speaking from Brussels , denied the charge .""",
        "entities": [
            ("Burundi", "PLACE", ["BURUNDI", "Burundi"]),
            ("Bubanza", "PLACE", ["BUBANZA", "Bubanza"]),
            ("Bujumbura", "PLACE", ["BUJUMBURA"]),
            ("Evariste Ndikumana", "PERSON", ["Evariste Ndikumana"]),
            (
                "National Council for the Defence of Democracy",
                "ORG",
                ["National Council for the Defence of Democracy", "CNDD"],
            ),
            ("Zaire", "PLACE", ["Zaire"]),
            ("Jerome Ndayizeye", "PERSON", ["Jerome Ndayizeye"]),
            ("Brussels", "PLACE", ["Brussels"]),
        ],
    },
    {
        "id": "g22",
        "style": "conll",
        "text": """NADECO ACCUSES GOVERNMENT OVER DETENTIONS .
LAGOS 1996-09-20
The pro-democracy National Democratic Coalition ( NADECO ) accused Nigeria 's military government on Friday of detaining three of its members in Ibadan without charge .
NADECO spokesman Olu Adebanjo said the men were held by the State Security Service .
Information Minister Ikechukwu Okafor said the government would not bow to pressure from Britain and the Commonwealth .""",
        "entities": [
            ("National Democratic Coalition", "ORG", ["NADECO", "National Democratic Coalition"]),
            ("Lagos", "PLACE", ["LAGOS"]),
            ("Nigeria", "PLACE", ["Nigeria"]),
            ("Ibadan", "PLACE", ["Ibadan"]),
            ("Olu Adebanjo", "PERSON", ["Olu Adebanjo"]),
            ("State Security Service", "ORG", ["State Security Service"]),
            ("Ikechukwu Okafor", "PERSON", ["Ikechukwu Okafor"]),
            ("Britain", "PLACE", ["Britain"]),
            ("Commonwealth", "ORG", ["Commonwealth"]),
        ],
    },
    {
        "id": "g23",
        "style": "conll",
        "text": """SIERRA LEONE GOVERNMENT , RUF RESUME TALKS IN ABIDJAN .
FREETOWN 1996-09-25
Sierra Leone 's government and the rebel Revolutionary United Front ( RUF ) resumed peace talks in the Ivorian capital Abidjan on Wednesday , a government spokesman said .
The RUF has fought since 1991 from bases in Kailahun district in the east .
Foreign Minister Alusine Kamara said ECOWAS and the Organisation of African Unity had offered to monitor a ceasefire .""",
        "entities": [
            ("Sierra Leone", "PLACE", ["SIERRA LEONE", "Sierra Leone"]),
            ("Revolutionary United Front", "ORG", ["RUF", "Revolutionary United Front"]),
            ("Abidjan", "PLACE", ["ABIDJAN", "Abidjan"]),
            ("Freetown", "PLACE", ["FREETOWN"]),
            ("Kailahun", "PLACE", ["Kailahun"]),
            ("Alusine Kamara", "PERSON", ["Alusine Kamara"]),
            ("ECOWAS", "ORG", ["ECOWAS"]),
            ("Organisation of African Unity", "ORG", ["Organisation of African Unity"]),
        ],
    },
    {
        "id": "g24",
        "style": "conll",
        "text": """KENYA 'S KANU WINS BY-ELECTION .
NAIROBI 1996-09-09
Kenya 's ruling Kenya African National Union ( KANU ) won a parliamentary by-election in the western district of Kakamega , defeating a candidate of the opposition FORD-Kenya , election officials said .
KANU candidate Joseph Wekesa polled 14,210 votes against 9,877 for FORD-Kenya 's Peter Masinde .""",
        "entities": [
            ("Kenya", "PLACE", ["KENYA", "Kenya"]),
            ("Kenya African National Union", "ORG", ["KANU", "Kenya African National Union"]),
            ("Nairobi", "PLACE", ["NAIROBI"]),
            ("Kakamega", "PLACE", ["Kakamega"]),
            ("FORD-Kenya", "ORG", ["FORD-Kenya"]),
            ("Joseph Wekesa", "PERSON", ["Joseph Wekesa"]),
            ("Peter Masinde", "PERSON", ["Peter Masinde"]),
        ],
    },
    {
        "id": "g25",
        "style": "conll",
        "text": """INDONESIA POLICE QUESTION PDI ACTIVISTS .
JAKARTA 1996-08-28
Indonesian police questioned 12 activists of the Indonesian Democratic Party ( PDI ) on Wednesday over the July riots in Jakarta , a police spokesman said .
Supporters of ousted PDI leader Dewi Kartasasmita say the government engineered her removal .
The People 's Democratic Party ( PRD ) , which the government blames for the riots , has been banned in East Java and its leader Budiman Santoso is in custody .""",
        "entities": [
            ("Indonesia", "PLACE", ["INDONESIA"]),
            ("Jakarta", "PLACE", ["JAKARTA", "Jakarta"]),
            ("Indonesian Democratic Party", "ORG", ["PDI", "Indonesian Democratic Party"]),
            ("Dewi Kartasasmita", "PERSON", ["Dewi Kartasasmita"]),
            ("People 's Democratic Party", "ORG", ["People 's Democratic Party", "PRD"]),
            ("East Java", "PLACE", ["East Java"]),
            ("Budiman Santoso", "PERSON", ["Budiman Santoso"]),
        ],
    },
    {
        "id": "g26",
        "style": "conll",
        "text": """SRI LANKA SAYS 40 REBELS KILLED IN NORTH .
COLOMBO 1996-09-03
Sri Lankan troops killed 40 Liberation Tigers of Tamil Eelam ( LTTE ) guerrillas in fighting near Kilinochchi in the north , the Defence Ministry said on Tuesday .
A ministry spokesman , Ananda Weerasooriya , said three soldiers died .
The LTTE 's radio , Voice of Tigers , said the rebels had repulsed the attack .""",
        "entities": [
            ("Sri Lanka", "PLACE", ["SRI LANKA"]),
            ("Colombo", "PLACE", ["COLOMBO"]),
            ("Liberation Tigers of Tamil Eelam", "ORG", ["LTTE", "Liberation Tigers of Tamil Eelam"]),
            ("Kilinochchi", "PLACE", ["Kilinochchi"]),
            ("Defence Ministry", "ORG", ["Defence Ministry"]),
            ("Ananda Weerasooriya", "PERSON", ["Ananda Weerasooriya"]),
            ("Voice of Tigers", "ORG", ["Voice of Tigers"]),
        ],
    },
    {
        "id": "g27",
        "style": "conll",
        "text": """INDIA 'S NARAYAN QUITS AS CONGRESS CHIEF .
NEW DELHI 1996-09-21
Former prime minister Vishwanath Narayan resigned as president of the Congress party on Saturday , days after he was charged in a bribery case , party officials said .
The party 's working committee named veteran Harish Tandon as interim chief .
Officials of the ruling United Front coalition said the congress would continue to support the government of Prime Minister Ramesh Gowda .""",
        "entities": [
            ("India", "PLACE", ["INDIA"]),
            ("Vishwanath Narayan", "PERSON", ["NARAYAN", "Vishwanath Narayan"]),
            ("Congress", "ORG", ["CONGRESS", "Congress"]),
            ("New Delhi", "PLACE", ["NEW DELHI"]),
            ("Harish Tandon", "PERSON", ["Harish Tandon"]),
            ("United Front", "ORG", ["United Front"]),
            ("Ramesh Gowda", "PERSON", ["Ramesh Gowda"]),
        ],
    },
    {
        "id": "g28",
        "style": "conll",
        "text": """PHILIPPINE MUSLIM REBELS SIGN PEACE DEAL .
MANILA 1996-09-02
The Philippine government and the Moro National Liberation Front ( MNLF ) signed a peace agreement on Monday ending 24 years of rebellion in the southern island of Mindanao .
MNLF chairman Hadji Alonto said the rival Moro Islamic Liberation Front would be invited to join .
The accord was brokered by Indonesia on behalf of the Organisation of the Islamic Conference .""",
        "entities": [
            ("Manila", "PLACE", ["MANILA"]),
            ("Moro National Liberation Front", "ORG", ["MNLF", "Moro National Liberation Front"]),
            ("Mindanao", "PLACE", ["Mindanao"]),
            ("Hadji Alonto", "PERSON", ["Hadji Alonto"]),
            ("Moro Islamic Liberation Front", "ORG", ["Moro Islamic Liberation Front"]),
            ("Indonesia", "PLACE", ["Indonesia"]),
            ("Organisation of the Islamic Conference", "ORG", ["Organisation of the Islamic Conference"]),
        ],
    },
    {
        "id": "g29",
        "style": "conll",
        "text": """PERU ARRESTS SHINING PATH COMMANDER IN AYACUCHO .
LIMA 1996-09-11
Peruvian police arrested a senior Shining Path commander in the southern Andean province of Ayacucho , the Interior Ministry said on Wednesday .
The ministry named the man as Hugo Quispe Mallma .
President Alberto Fujimori praised the police anti-terrorist unit DINCOTE .""",
        "entities": [
            ("Peru", "PLACE", ["PERU"]),
            ("Shining Path", "ORG", ["SHINING PATH", "Shining Path"]),
            ("Ayacucho", "PLACE", ["AYACUCHO", "Ayacucho"]),
            ("Lima", "PLACE", ["LIMA"]),
            ("Interior Ministry", "ORG", ["Interior Ministry"]),
            ("Hugo Quispe Mallma", "PERSON", ["Hugo Quispe Mallma"]),
            ("Alberto Fujimori", "PERSON", ["Alberto Fujimori"]),
            ("DINCOTE", "ORG", ["DINCOTE"]),
        ],
    },
    {
        "id": "g30",
        "style": "conll",
        "text": """MEXICO 'S EPR REBELS ATTACK ARMY POST IN GUERRERO .
MEXICO CITY 1996-08-29
Guerrillas of the Popular Revolutionary Army ( EPR ) attacked an army post in the southern state of Guerrero on Wednesday , killing two soldiers , the Defence Ministry said .
Opposition legislators in congress demanded an inquiry .
The ruling Institutional Revolutionary Party ( PRI ) said the rebels had no popular support .""",
        "entities": [
            ("Mexico", "PLACE", ["MEXICO"]),
            ("Popular Revolutionary Army", "ORG", ["EPR", "Popular Revolutionary Army"]),
            ("Guerrero", "PLACE", ["GUERRERO", "Guerrero"]),
            ("Mexico City", "PLACE", ["MEXICO CITY"]),
            ("Defence Ministry", "ORG", ["Defence Ministry"]),
            ("Institutional Revolutionary Party", "ORG", ["PRI", "Institutional Revolutionary Party"]),
        ],
    },
    {
        "id": "g31",
        "style": "conll",
        "text": """COLOMBIA 'S FARC REBELS TO FREE 60 SOLDIERS .
BOGOTA 1996-09-15
Leftist rebels of the Revolutionary Armed Forces of Colombia ( FARC ) said on Sunday they would free 60 soldiers captured in an attack on a base at Las Delicias in Putumayo province .
The International Committee of the Red Cross ( ICRC ) offered to oversee the release .
Defence Minister Gustavo Restrepo said the army would not halt operations in Caqueta .""",
        "entities": [
            ("Colombia", "PLACE", ["COLOMBIA"]),
            ("Revolutionary Armed Forces of Colombia", "ORG", ["FARC", "Revolutionary Armed Forces of Colombia"]),
            ("Bogota", "PLACE", ["BOGOTA"]),
            ("Las Delicias", "PLACE", ["Las Delicias"]),
            ("Putumayo", "PLACE", ["Putumayo"]),
            ("International Committee of the Red Cross", "ORG", ["International Committee of the Red Cross", "ICRC"]),
            ("Gustavo Restrepo", "PERSON", ["Gustavo Restrepo"]),
            ("Caqueta", "PLACE", ["Caqueta"]),
        ],
    },
    {
        "id": "g32",
        "style": "conll",
        "text": """BRAZIL LANDLESS MOVEMENT OCCUPIES FARMS IN PARANA .
BRASILIA 1996-09-04
Members of the Landless Rural Workers Movement ( MST ) occupied four farms in the southern state of Parana on Wednesday , the movement said .
MST leader Gilmar Teixeira said 2,000 families were camped on the land .
Land Reform Minister Paulo Bittencourt urged the group to negotiate with INCRA , the federal land reform agency .""",
        "entities": [
            ("Brazil", "PLACE", ["BRAZIL"]),
            ("Parana", "PLACE", ["PARANA", "Parana"]),
            ("Brasilia", "PLACE", ["BRASILIA"]),
            ("Landless Rural Workers Movement", "ORG", ["MST", "Landless Rural Workers Movement"]),
            ("Gilmar Teixeira", "PERSON", ["Gilmar Teixeira"]),
            ("Paulo Bittencourt", "PERSON", ["Paulo Bittencourt"]),
            ("INCRA", "ORG", ["INCRA"]),
        ],
    },
    {
        "id": "g33",
        "style": "conll",
        "text": """ZAMBIA 'S UNIP TO BOYCOTT ELECTIONS .
LUSAKA 1996-09-23
Zambia 's former ruling party , the United National Independence Party ( UNIP ) , said on Monday it would boycott November elections unless the constitution was changed .
UNIP secretary-general Mwaba Chileshe said the party had written to President Frederick Chiluba .
Chiluba 's Movement for Multi-party Democracy ( MMD ) dismissed the threat .""",
        "entities": [
            ("Zambia", "PLACE", ["ZAMBIA", "Zambia"]),
            ("United National Independence Party", "ORG", ["UNIP", "United National Independence Party"]),
            ("Lusaka", "PLACE", ["LUSAKA"]),
            ("Mwaba Chileshe", "PERSON", ["Mwaba Chileshe"]),
            ("Frederick Chiluba", "PERSON", ["Frederick Chiluba", "Chiluba"]),
            ("Movement for Multi-party Democracy", "ORG", ["Movement for Multi-party Democracy", "MMD"]),
        ],
    },
    {
        "id": "g34",
        "style": "conll",
        "text": """UGANDA SAYS LRA REBELS KILL 15 IN GULU .
KAMPALA 1996-09-16
Rebels of the Lord 's Resistance Army ( LRA ) killed 15 villagers in an ambush in northern Gulu district , the army said on Monday .
Army spokesman Ronald Kakooza said the rebels had fled towards the Sudan border .
Uganda accuses Khartoum of arming the LRA .""",
        "entities": [
            ("Uganda", "PLACE", ["UGANDA", "Uganda"]),
            ("Lord 's Resistance Army", "ORG", ["LRA", "Lord 's Resistance Army"]),
            ("Gulu", "PLACE", ["GULU", "Gulu"]),
            ("Kampala", "PLACE", ["KAMPALA"]),
            ("Ronald Kakooza", "PERSON", ["Ronald Kakooza"]),
            ("Sudan", "PLACE", ["Sudan"]),
            ("Khartoum", "PLACE", ["Khartoum"]),
        ],
    },
    {
        "id": "g35",
        "style": "conll",
        "text": """BURMA 'S SLORC DETAINS NLD MEMBERS .
RANGOON 1996-09-27
Burma 's military government , the State Law and Order Restoration Council ( SLORC ) , detained more than 100 members of the National League for Democracy ( NLD ) ahead of a party congress , the opposition said on Friday .
NLD leader Aung San Suu Kyi said the arrests showed the SLORC feared the people .
A government spokesman in Rangoon said the detainees were being questioned .""",
        "entities": [
            ("Burma", "PLACE", ["BURMA", "Burma"]),
            ("State Law and Order Restoration Council", "ORG", ["SLORC", "State Law and Order Restoration Council"]),
            ("Rangoon", "PLACE", ["RANGOON", "Rangoon"]),
            ("National League for Democracy", "ORG", ["NLD", "National League for Democracy"]),
            ("Aung San Suu Kyi", "PERSON", ["Aung San Suu Kyi"]),
        ],
    },
    {
        "id": "g36",
        "style": "conll",
        "text": """TAIWAN 'S KMT PICKS LIN AS SPEAKER CANDIDATE .
TAIPEI 1996-09-30
Taiwan 's ruling Nationalist Party ( KMT ) on Monday picked veteran legislator Lin Cheng-hsiung as its candidate for parliament speaker , party officials said .
The opposition Democratic Progressive Party ( DPP ) said it would field its own candidate , Hsu Wen-tsai .""",
        "entities": [
            ("Taiwan", "PLACE", ["TAIWAN", "Taiwan"]),
            ("Nationalist Party", "ORG", ["KMT", "Nationalist Party"]),
            ("Lin Cheng-hsiung", "PERSON", ["LIN", "Lin Cheng-hsiung"]),
            ("Taipei", "PLACE", ["TAIPEI"]),
            ("Democratic Progressive Party", "ORG", ["DPP", "Democratic Progressive Party"]),
            ("Hsu Wen-tsai", "PERSON", ["Hsu Wen-tsai"]),
        ],
    },
    # ---------------- companies ----------------
    {
        "id": "g37",
        "style": "conll",
        "text": """MATSUKAWA ELECTRIC SEES HIGHER GROUP PROFIT .
TOKYO 1996-09-19
Matsukawa Electric Industrial Co Ltd said on Thursday group pretax profit would rise 14 percent in the year to March , helped by its U.S. subsidiary Matsukawa Semiconductor of America Inc .
The company said sales at its Thai unit , Siam Matsukawa Co , rose 22 percent .
Shares of Matsukawa closed up 30 yen at 1,850 on the Tokyo Stock Exchange .""",
        "entities": [
            (
                "Matsukawa Electric Industrial Co Ltd",
                "ORG",
                ["MATSUKAWA ELECTRIC", "Matsukawa Electric Industrial Co Ltd", "Matsukawa"],
            ),
            ("Tokyo", "PLACE", ["TOKYO"]),
            ("United States", "PLACE", ["U.S."]),
            ("Matsukawa Semiconductor of America Inc", "ORG", ["Matsukawa Semiconductor of America Inc"]),
            ("Siam Matsukawa Co", "ORG", ["Siam Matsukawa Co"]),
            ("Tokyo Stock Exchange", "ORG", ["Tokyo Stock Exchange"]),
        ],
    },
    {
        "id": "g38",
        "style": "conll",
        "text": """BRITAIN 'S PELLBROOK GROUP HALF-YEAR PROFIT UP .
LONDON 1996-09-10
Pellbrook Group Plc said on Tuesday pretax profit rose to 48.2 million stg in the six months to June 30 from 41.5 million , lifted by its building materials arm Pellbrook Aggregates and its U.S. unit Tarrow Homes Inc .
Chairman Nigel Ashdown said the outlook for the second half was encouraging .
Analysts at broker SBC Warburg had forecast 46 million stg .""",
        "entities": [
            ("Britain", "PLACE", ["BRITAIN"]),
            ("Pellbrook Group Plc", "ORG", ["PELLBROOK GROUP", "Pellbrook Group Plc"]),
            ("London", "PLACE", ["LONDON"]),
            ("Pellbrook Aggregates", "ORG", ["Pellbrook Aggregates"]),
            ("United States", "PLACE", ["U.S."]),
            ("Tarrow Homes Inc", "ORG", ["Tarrow Homes Inc"]),
            ("Nigel Ashdown", "PERSON", ["Nigel Ashdown"]),
            ("SBC Warburg", "ORG", ["SBC Warburg"]),
        ],
    },
    {
        "id": "g39",
        "style": "conll",
        "text": """VASCONI SPA H1 NET PROFIT .
MILAN 1996-09-25
Six months to June 30 ( in billions of lire unless stated )
Group net profit 112.4 vs 98.7
Sales 2,310 vs 2,145
NOTE - Vasconi SpA is an Italian maker of household appliances ; its Spanish subsidiary Vasconi Iberica SA was consolidated for the first time .""",
        "entities": [
            ("Vasconi SpA", "ORG", ["VASCONI SPA", "Vasconi SpA"]),
            ("Milan", "PLACE", ["MILAN"]),
            ("Vasconi Iberica SA", "ORG", ["Vasconi Iberica SA"]),
        ],
    },
    {
        "id": "g40",
        "style": "conll",
        "text": """CHILE 'S COPEVAL BUYS STAKE IN PERU POWER FIRM .
SANTIAGO 1996-09-12
Chilean utility Copeval SA said on Thursday it had bought 30 percent of Peruvian power distributor Luz del Sur Andina for $ 85 million from the government 's privatisation agency Copri .
The purchase was made through Copeval 's subsidiary Inversiones Copeval Peru , the company told the Santiago stock exchange .""",
        "entities": [
            ("Chile", "PLACE", ["CHILE"]),
            ("Copeval SA", "ORG", ["COPEVAL", "Copeval SA", "Copeval"]),
            ("Peru", "PLACE", ["PERU"]),
            ("Santiago", "PLACE", ["SANTIAGO", "Santiago"]),
            ("Luz del Sur Andina", "ORG", ["Luz del Sur Andina"]),
            ("Copri", "ORG", ["Copri"]),
            ("Inversiones Copeval Peru", "ORG", ["Inversiones Copeval Peru"]),
        ],
    },
]
