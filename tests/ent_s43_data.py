"""Session 43 (ent43): a sixth, BLIND hand-written file of entities in Reuters 1996 wire text as
CoNLL-2003 renders it, in the format and under the conventions of tests/ent_s37_data.py (read its
docstring: types, exact spans, a form's type holds for the whole document, titles and a leading
"the" left out, a national side ORG by GUIDE.md and LOC by CoNLL-2003 in the 4th element, a city
as a club's name ORG both ways), tests/ent_s38_data.py (a news agency is ORG; competitions,
conferences and events are not annotated), tests/ent_s40_data.py (a ministry named with capitals
is ORG; nationality adjectives and nouns are MISC and not annotated, in headlines too; a
sponsor-named team is ORG; index names are not annotated), tests/ent_s41_data.py (a place's
lower-case kind noun is no part of it) and tests/ent_s42_data.py.

The CoNLL-2003 test set (December 1996) is about half sport, so this file is weighted to sport in
its wire forms: cricket scorecards ("Smith c Jones b Patel 45", "lbw", "st", "c and b", bowling
figures), soccer standings and goalscorer lines ("Scorers : X 12 , Y 78 pen"), tennis, golf,
athletics, skiing, badminton and squash results with countries in brackets, NBA / NHL / NFL
results, standings and box-score prose, rugby and cycling with sponsor-named teams; then world
news from Asia (China, Japan, Indonesia, India, Pakistan, the Koreas), Latin America and Africa
(leaders, parties, rebel groups, ministries, central banks) and companies with "Corp", "Ltd",
"SA", "Bhd", "Tbk".

People, and most companies, are invented; real countries, cities, parties, clubs, outlets and
well-known bodies are used. Written and annotated by hand BEFORE belreader was run on any of it
(any later change is noted in a comment at the document and in /work/wt/notes/REPORT_ent43.md).

Choices made here (CoNLL-2003's own practice as far as known):
- A state or county side in cricket ("Queensland", "Western Australia") is ORG both ways, as a
  city's club is.
- An NBA / NHL / NFL club's full name ("Charlotte Hornets") is one ORG span.
- A sponsor-named cycling team after a rider ("( Rabobank )") is ORG.
- "PT" at the front of an Indonesian company and "Bhd", "Tbk", "SA", "Ltd", "Corp" after a
  company are part of its span.
"""

from __future__ import annotations

DOCS: list[dict] = [
    # ---------------- sport ----------------
    {
        "id": "k01",
        "style": "conll",
        "text": """CRICKET - INDIA V SOUTH AFRICA SCOREBOARD .
KANPUR , India 1996-12-09
Scoreboard on the second day of the third test between India and South Africa at Green Park on Monday :
India first innings
N. Mongra c Hudsell b Donaldson 41
V. Rathore lbw b Pollard 12
R. Dravidson c and b Klusman 88
S. Tendrekar st Richards b Adamson 34
M. Azharan not out 102
Extras ( b-4 lb-8 nb-6 ) 18
Total ( for 4 wickets ) 295
Bowling : Donaldson 24-5-71-1 , Pollard 20-6-48-1 , Klusman 18-2-66-1 , Adamson 22-3-80-1""",
        "entities": [
            ("India", "ORG", ["INDIA", "India"], "LOC"),
            ("South Africa", "ORG", ["SOUTH AFRICA", "South Africa"], "LOC"),
            ("Kanpur", "PLACE", ["KANPUR"]),
            ("Green Park", "PLACE", ["Green Park"]),
            ("N. Mongra", "PERSON", ["N. Mongra"]),
            ("Hudsell", "PERSON", ["Hudsell"]),
            ("Donaldson", "PERSON", ["Donaldson"]),
            ("V. Rathore", "PERSON", ["V. Rathore"]),
            ("Pollard", "PERSON", ["Pollard"]),
            ("R. Dravidson", "PERSON", ["R. Dravidson"]),
            ("Klusman", "PERSON", ["Klusman"]),
            ("S. Tendrekar", "PERSON", ["S. Tendrekar"]),
            ("Richards", "PERSON", ["Richards"]),
            ("Adamson", "PERSON", ["Adamson"]),
            ("M. Azharan", "PERSON", ["M. Azharan"]),
        ],
    },
    {
        "id": "k02",
        "style": "conll",
        "text": """CRICKET - SHEFFIELD SHIELD SCORES .
MELBOURNE 1996-12-15
Close of play scores in Sheffield Shield matches on Sunday :
In Hobart : Tasmania 402-8 declared ( Dene Hollis 145 , Jamie Coxford 77 ) v Queensland 118-3 ( Matthew Haydock 61 not out )
In Perth : Western Australia 260 ( Tom Moodley 5-44 ) and 85-2 v Victoria 301 ( Brad Hodgeson 96 , Jo Angwin 4-70 )""",
        "entities": [
            ("Melbourne", "PLACE", ["MELBOURNE"]),
            ("Hobart", "PLACE", ["Hobart"]),
            ("Tasmania", "ORG", ["Tasmania"]),
            ("Dene Hollis", "PERSON", ["Dene Hollis"]),
            ("Jamie Coxford", "PERSON", ["Jamie Coxford"]),
            ("Queensland", "ORG", ["Queensland"]),
            ("Matthew Haydock", "PERSON", ["Matthew Haydock"]),
            ("Perth", "PLACE", ["Perth"]),
            ("Western Australia", "ORG", ["Western Australia"]),
            ("Tom Moodley", "PERSON", ["Tom Moodley"]),
            ("Victoria", "ORG", ["Victoria"]),
            ("Brad Hodgeson", "PERSON", ["Brad Hodgeson"]),
            ("Jo Angwin", "PERSON", ["Jo Angwin"]),
        ],
    },
    {
        "id": "k03",
        "style": "conll",
        "text": """CRICKET - PAKISTAN BEAT WEST INDIES IN WORLD SERIES .
MELBOURNE 1996-12-17
Pakistan beat West Indies by five wickets in a World Series limited overs match at the Melbourne Cricket Ground on Tuesday .
Scores : West Indies 212-9 in 50 overs ( Shivnarine Chanderlal 67 ; Wasim Akbari 3-31 ) ; Pakistan 215-5 in 47.4 overs ( Ijaz Ahmadi 84 not out , Saleem Malikzai 40 ) .
Pakistan captain Wasim Akbari said his bowlers had won the match .""",
        "entities": [
            ("Pakistan", "ORG", ["PAKISTAN", "Pakistan"], "LOC"),
            ("West Indies", "ORG", ["WEST INDIES", "West Indies"], "LOC"),
            ("Melbourne", "PLACE", ["MELBOURNE"]),
            ("Melbourne Cricket Ground", "PLACE", ["Melbourne Cricket Ground"]),
            ("Shivnarine Chanderlal", "PERSON", ["Shivnarine Chanderlal"]),
            ("Wasim Akbari", "PERSON", ["Wasim Akbari"]),
            ("Ijaz Ahmadi", "PERSON", ["Ijaz Ahmadi"]),
            ("Saleem Malikzai", "PERSON", ["Saleem Malikzai"]),
        ],
    },
    {
        "id": "k04",
        "style": "conll",
        "text": """SOCCER - ENGLISH PREMIER LEAGUE SUMMARIES .
LONDON 1996-12-21
Summaries of English premier league matches on Saturday :
Aston Villa 2 ( Dwight Yorkham 22 , Savo Milosavic 75 ) Everton 0 . Halftime 1-0 . Attendance 39,339
Liverpool 4 ( Robbie Fowlkes 9 , 40 pen , Stan Colleran 52 , Steve McMinn 88 ) Sheffield Wednesday 1 ( Andy Boothby 60 ) . Halftime 2-0 . Attendance 40,019
Wimbledon 1 ( Efan Ekoku-Bright 34 ) Tottenham 1 ( Teddy Sheringford 71 ) . Halftime 1-0 . Attendance 17,200""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("Aston Villa", "ORG", ["Aston Villa"]),
            ("Dwight Yorkham", "PERSON", ["Dwight Yorkham"]),
            ("Savo Milosavic", "PERSON", ["Savo Milosavic"]),
            ("Everton", "ORG", ["Everton"]),
            ("Liverpool", "ORG", ["Liverpool"]),
            ("Robbie Fowlkes", "PERSON", ["Robbie Fowlkes"]),
            ("Stan Colleran", "PERSON", ["Stan Colleran"]),
            ("Steve McMinn", "PERSON", ["Steve McMinn"]),
            ("Sheffield Wednesday", "ORG", ["Sheffield Wednesday"]),
            ("Andy Boothby", "PERSON", ["Andy Boothby"]),
            ("Wimbledon", "ORG", ["Wimbledon"]),
            ("Efan Ekoku-Bright", "PERSON", ["Efan Ekoku-Bright"]),
            ("Tottenham", "ORG", ["Tottenham"]),
            ("Teddy Sheringford", "PERSON", ["Teddy Sheringford"]),
        ],
    },
    {
        "id": "k05",
        "style": "conll",
        "text": """SOCCER - DUTCH FIRST DIVISION STANDINGS .
AMSTERDAM 1996-12-15
Standings in the Dutch first division after Sunday 's matches ( tabulate under played , won , drawn , lost , goals for , against , points ) :
PSV Eindhoven 18 13 4 1 44 12 43
Feyenoord 18 12 3 3 33 18 39
Twente Enschede 18 10 4 4 30 19 34
Vitesse Arnhem 18 9 5 4 28 20 32
Roda JC Kerkrade 18 8 5 5 25 22 29
NAC Breda 18 4 4 10 17 31 16""",
        "entities": [
            ("Amsterdam", "PLACE", ["AMSTERDAM"]),
            ("PSV Eindhoven", "ORG", ["PSV Eindhoven"]),
            ("Feyenoord", "ORG", ["Feyenoord"]),
            ("Twente Enschede", "ORG", ["Twente Enschede"]),
            ("Vitesse Arnhem", "ORG", ["Vitesse Arnhem"]),
            ("Roda JC Kerkrade", "ORG", ["Roda JC Kerkrade"]),
            ("NAC Breda", "ORG", ["NAC Breda"]),
        ],
    },
    {
        "id": "k06",
        "style": "conll",
        "text": """SOCCER - CHINA HOLD SOUTH KOREA IN ASIAN CUP .
ABU DHABI 1996-12-10
China and South Korea drew 2-2 in an Asian Cup group match on Tuesday .
Scorers :
China - Hao Weidong 14 , Li Bingxiu 66
South Korea - Hwang Sun-ho 30 , Kim Do-kyun 89 pen
Attendance : 8,000
South Korean coach Park Jong-hwan said his defence had made two mistakes .""",
        "entities": [
            ("China", "ORG", ["CHINA", "China"], "LOC"),
            ("South Korea", "ORG", ["SOUTH KOREA", "South Korea"], "LOC"),
            ("Abu Dhabi", "PLACE", ["ABU DHABI"]),
            ("Hao Weidong", "PERSON", ["Hao Weidong"]),
            ("Li Bingxiu", "PERSON", ["Li Bingxiu"]),
            ("Hwang Sun-ho", "PERSON", ["Hwang Sun-ho"]),
            ("Kim Do-kyun", "PERSON", ["Kim Do-kyun"]),
            ("Park Jong-hwan", "PERSON", ["Park Jong-hwan"]),
        ],
    },
    {
        "id": "k07",
        "style": "conll",
        "text": """SOCCER - KASHIMA ANTLERS WIN JAPANESE TITLE .
TOKYO 1996-11-09
Kashima Antlers clinched the J.League title on Saturday with a 3-1 win over Yokohama Marinos .
Brazilian midfielder Leonardo Araujo scored twice for Kashima and Masashi Nakayoshi added a third .
Nagoya Grampus Eight , coached by Frenchman Arsene Vallard , finished second .""",
        "entities": [
            ("Kashima Antlers", "ORG", ["KASHIMA ANTLERS", "Kashima Antlers", "Kashima"]),
            ("Tokyo", "PLACE", ["TOKYO"]),
            ("J.League", "ORG", ["J.League"]),
            ("Yokohama Marinos", "ORG", ["Yokohama Marinos"]),
            ("Leonardo Araujo", "PERSON", ["Leonardo Araujo"]),
            ("Masashi Nakayoshi", "PERSON", ["Masashi Nakayoshi"]),
            ("Nagoya Grampus Eight", "ORG", ["Nagoya Grampus Eight"]),
            ("Arsene Vallard", "PERSON", ["Arsene Vallard"]),
        ],
    },
    {
        "id": "k08",
        "style": "conll",
        "text": """SOCCER - ARGENTINE CHAMPIONSHIP RESULTS .
BUENOS AIRES 1996-12-08
Results of Argentine first division matches at the weekend :
River Plate 3 Velez Sarsfield 1
Boca Juniors 0 Independiente 0
Racing Club 2 Gimnasia y Esgrima 2
Top scorer : Hernan Crespino ( River Plate ) 9 goals""",
        "entities": [
            ("Buenos Aires", "PLACE", ["BUENOS AIRES"]),
            ("River Plate", "ORG", ["River Plate"]),
            ("Velez Sarsfield", "ORG", ["Velez Sarsfield"]),
            ("Boca Juniors", "ORG", ["Boca Juniors"]),
            ("Independiente", "ORG", ["Independiente"]),
            ("Racing Club", "ORG", ["Racing Club"]),
            ("Gimnasia y Esgrima", "ORG", ["Gimnasia y Esgrima"]),
            ("Hernan Crespino", "PERSON", ["Hernan Crespino"]),
        ],
    },
    {
        "id": "k09",
        "style": "conll",
        "text": """TENNIS - RESULTS AT GRAND SLAM CUP .
MUNICH 1996-12-12
Results of first round matches at the Grand Slam Cup on Thursday :
Goran Ivankovic ( Croatia ) beat Mark Philippson ( Australia ) 6-3 6-4
Pete Samprey ( U.S. ) beat Yevgeny Kafelnikov-Orlov ( Russia ) 7-6 ( 7-4 ) 6-2
Thomas Muster-Kern ( Austria ) beat Magnus Gustafsen ( Sweden ) 4-6 6-3 6-1""",
        "entities": [
            ("Munich", "PLACE", ["MUNICH"]),
            ("Goran Ivankovic", "PERSON", ["Goran Ivankovic"]),
            ("Croatia", "PLACE", ["Croatia"]),
            ("Mark Philippson", "PERSON", ["Mark Philippson"]),
            ("Australia", "PLACE", ["Australia"]),
            ("Pete Samprey", "PERSON", ["Pete Samprey"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("Yevgeny Kafelnikov-Orlov", "PERSON", ["Yevgeny Kafelnikov-Orlov"]),
            ("Russia", "PLACE", ["Russia"]),
            ("Thomas Muster-Kern", "PERSON", ["Thomas Muster-Kern"]),
            ("Austria", "PLACE", ["Austria"]),
            ("Magnus Gustafsen", "PERSON", ["Magnus Gustafsen"]),
            ("Sweden", "PLACE", ["Sweden"]),
        ],
    },
    {
        "id": "k10",
        "style": "conll",
        "text": """TENNIS - NOVOTNA-HALL BEATS SELES-MARTIN IN FINAL .
NEW YORK 1996-11-24
Top seed Jana Novotna-Hall of the Czech Republic beat Monica Seles-Martin 6-4 3-6 6-2 in the final of the Chase Championships on Sunday .
Novotna-Hall , who lost to Seles-Martin in Tokyo last month , earned $ 500,000 .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("Jana Novotna-Hall", "PERSON", ["NOVOTNA-HALL", "Jana Novotna-Hall", "Novotna-Hall"]),
            ("Czech Republic", "PLACE", ["Czech Republic"]),
            ("Monica Seles-Martin", "PERSON", ["SELES-MARTIN", "Monica Seles-Martin", "Seles-Martin"]),
            ("Tokyo", "PLACE", ["Tokyo"]),
        ],
    },
    {
        "id": "k11",
        "style": "conll",
        "text": """GOLF - MILLION DOLLAR CHALLENGE LEADING SCORES .
SUN CITY , South Africa 1996-12-06
Leading scores after the second round of the Million Dollar Challenge on Friday ( South African unless stated ) :
138 Ernie Elsen 68 70 , Nick Pricewell ( Zimbabwe ) 69 69
140 Colin Montgomery-Reid ( Britain ) 71 69
141 Mark O'Mara ( U.S. ) 70 71 , Retief Goossen-Botha 72 69
143 Frank Nobilo-Carr ( New Zealand ) 73 70""",
        "entities": [
            ("Sun City", "PLACE", ["SUN CITY"]),
            ("South Africa", "PLACE", ["South Africa"]),
            ("Ernie Elsen", "PERSON", ["Ernie Elsen"]),
            ("Nick Pricewell", "PERSON", ["Nick Pricewell"]),
            ("Zimbabwe", "PLACE", ["Zimbabwe"]),
            ("Colin Montgomery-Reid", "PERSON", ["Colin Montgomery-Reid"]),
            ("Britain", "PLACE", ["Britain"]),
            ("Mark O'Mara", "PERSON", ["Mark O'Mara"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("Retief Goossen-Botha", "PERSON", ["Retief Goossen-Botha"]),
            ("Frank Nobilo-Carr", "PERSON", ["Frank Nobilo-Carr"]),
            ("New Zealand", "PLACE", ["New Zealand"]),
        ],
    },
    {
        "id": "k12",
        "style": "conll",
        "text": """ATHLETICS - KENYANS DOMINATE CROSS COUNTRY IN SPAIN .
SEVILLE , Spain 1996-12-15
Leading results in an international cross country race over 10 km on Sunday :
Men
1. Paul Tergatich ( Kenya ) 29 minutes 12 seconds
2. Haile Gebremedhin ( Ethiopia ) 29:15
3. Salah Hissoun ( Morocco ) 29:31
4. Antonio Serranova ( Spain ) 29:40
Women
1. Derartu Tulane ( Ethiopia ) 32:05
2. Fernanda Ribeira ( Portugal ) 32:19""",
        "entities": [
            ("Seville", "PLACE", ["SEVILLE"]),
            ("Spain", "PLACE", ["SPAIN", "Spain"]),
            ("Paul Tergatich", "PERSON", ["Paul Tergatich"]),
            ("Kenya", "PLACE", ["Kenya"]),
            ("Haile Gebremedhin", "PERSON", ["Haile Gebremedhin"]),
            ("Ethiopia", "PLACE", ["Ethiopia"]),
            ("Salah Hissoun", "PERSON", ["Salah Hissoun"]),
            ("Morocco", "PLACE", ["Morocco"]),
            ("Antonio Serranova", "PERSON", ["Antonio Serranova"]),
            ("Derartu Tulane", "PERSON", ["Derartu Tulane"]),
            ("Fernanda Ribeira", "PERSON", ["Fernanda Ribeira"]),
            ("Portugal", "PLACE", ["Portugal"]),
        ],
    },
    {
        "id": "k13",
        "style": "conll",
        "text": """ALPINE SKIING - MEN 'S WORLD CUP DOWNHILL RESULTS .
VAL GARDENA , Italy 1996-12-14
Leading results of the men 's World Cup downhill on Saturday :
1. Kristian Ghedinotti ( Italy ) 2:03.41
2. Lasse Kjusmo ( Norway ) 2:03.58
3. Luc Alphandery ( France ) 2:03.77
4. Fritz Strobler ( Austria ) 2:03.90
5. William Besseling ( Switzerland ) 2:04.02
Overall World Cup standings : 1. Kjusmo 310 points 2. Strobler 245""",
        "entities": [
            ("Val Gardena", "PLACE", ["VAL GARDENA"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Kristian Ghedinotti", "PERSON", ["Kristian Ghedinotti"]),
            ("Lasse Kjusmo", "PERSON", ["Lasse Kjusmo", "Kjusmo"]),
            ("Norway", "PLACE", ["Norway"]),
            ("Luc Alphandery", "PERSON", ["Luc Alphandery"]),
            ("France", "PLACE", ["France"]),
            ("Fritz Strobler", "PERSON", ["Fritz Strobler", "Strobler"]),
            ("Austria", "PLACE", ["Austria"]),
            ("William Besseling", "PERSON", ["William Besseling"]),
            ("Switzerland", "PLACE", ["Switzerland"]),
        ],
    },
    {
        "id": "k14",
        "style": "conll",
        "text": """BASKETBALL - NBA RESULTS .
NEW YORK 1996-12-18
Results of National Basketball Association games on Wednesday ( home team in CAPS ) :
CHARLOTTE 104 Denver 97
Chicago 110 INDIANA 98
SEATTLE 122 Vancouver 95
Glen Ricehart scored 28 points as the Charlotte Hornets beat the Denver Nuggets for their fourth straight win .
Michael Jordanson had 35 points for the Bulls , who improved to 22-2 .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            # "NBA" added after the blind run: left out by a slip, against ent_s38_data's convention
            ("National Basketball Association", "ORG", ["National Basketball Association", "NBA"]),
            ("Charlotte", "ORG", ["CHARLOTTE"]),
            ("Denver", "ORG", ["Denver"]),
            ("Chicago", "ORG", ["Chicago"]),
            ("Indiana", "ORG", ["INDIANA"]),
            ("Seattle", "ORG", ["SEATTLE"]),
            ("Vancouver", "ORG", ["Vancouver"]),
            ("Glen Ricehart", "PERSON", ["Glen Ricehart"]),
            ("Charlotte Hornets", "ORG", ["Charlotte Hornets"]),
            ("Denver Nuggets", "ORG", ["Denver Nuggets"]),
            ("Michael Jordanson", "PERSON", ["Michael Jordanson"]),
            ("Bulls", "ORG", ["Bulls"]),
        ],
    },
    {
        "id": "k15",
        "style": "conll",
        "text": """ICE HOCKEY - NHL STANDINGS .
NEW YORK 1996-12-19
National Hockey League standings after Wednesday 's games ( tabulate under won , lost , tied , goals for , goals against , points ) :
EASTERN CONFERENCE
NORTHEAST DIVISION
W L T GF GA PTS
MONTREAL 15 14 4 110 105 34
BOSTON 12 15 4 88 101 28
CENTRAL DIVISION
DETROIT 17 9 6 96 70 40
ST LOUIS 16 16 2 98 99 34
Eric Lindquist-Roy scored his 20th goal of the season as the Detroit Red Wings beat the St Louis Blues 4-1 .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            ("National Hockey League", "ORG", ["National Hockey League"]),
            ("Montreal", "ORG", ["MONTREAL"]),
            ("Boston", "ORG", ["BOSTON"]),
            ("Detroit", "ORG", ["DETROIT"]),
            ("St Louis", "ORG", ["ST LOUIS"]),
            ("Eric Lindquist-Roy", "PERSON", ["Eric Lindquist-Roy"]),
            ("Detroit Red Wings", "ORG", ["Detroit Red Wings"]),
            ("St Louis Blues", "ORG", ["St Louis Blues"]),
        ],
    },
    {
        "id": "k16",
        "style": "conll",
        "text": """AMERICAN FOOTBALL - NFL RESULTS .
NEW YORK 1996-12-16
Results of National Football League games on Sunday ( home team in CAPS ) :
GREEN BAY 41 Denver 6
Dallas 12 NEW ENGLAND 6
Quarterback Brett Favrell threw for 280 yards and two touchdowns as the Green Bay Packers clinched home field advantage in the playoffs .""",
        "entities": [
            ("New York", "PLACE", ["NEW YORK"]),
            # "NFL" added after the blind run: left out by a slip, as "NBA" in k14
            ("National Football League", "ORG", ["National Football League", "NFL"]),
            ("Green Bay", "ORG", ["GREEN BAY"]),
            ("Denver", "ORG", ["Denver"]),
            ("Dallas", "ORG", ["Dallas"]),
            ("New England", "ORG", ["NEW ENGLAND"]),
            ("Brett Favrell", "PERSON", ["Brett Favrell"]),
            ("Green Bay Packers", "ORG", ["Green Bay Packers"]),
        ],
    },
    {
        "id": "k17",
        "style": "conll",
        "text": """RUGBY UNION - SOUTH AFRICA BEAT ARGENTINA .
BUENOS AIRES 1996-11-30
South Africa beat Argentina 44-21 in a rugby union test on Saturday .
South Africa : Tries - Joost van der Wessel 2 , James Smalley , Andre Joubertin ; Conversions - Henry Honiball-Smit 3 ; Penalties - Honiball-Smit 5
Argentina : Try - Diego Cuesta-Silva ; Conversion - Lisandro Arbizuela ; Penalties - Arbizuela 3""",
        "entities": [
            ("South Africa", "ORG", ["SOUTH AFRICA", "South Africa"], "LOC"),
            ("Argentina", "ORG", ["ARGENTINA", "Argentina"], "LOC"),
            ("Buenos Aires", "PLACE", ["BUENOS AIRES"]),
            ("Joost van der Wessel", "PERSON", ["Joost van der Wessel"]),
            ("James Smalley", "PERSON", ["James Smalley"]),
            ("Andre Joubertin", "PERSON", ["Andre Joubertin"]),
            ("Henry Honiball-Smit", "PERSON", ["Henry Honiball-Smit", "Honiball-Smit"]),
            ("Diego Cuesta-Silva", "PERSON", ["Diego Cuesta-Silva"]),
            ("Lisandro Arbizuela", "PERSON", ["Lisandro Arbizuela", "Arbizuela"]),
        ],
    },
    {
        "id": "k18",
        "style": "conll",
        "text": """CYCLING - ZABELLINI WINS SIX-DAY RACE .
GRENOBLE , France 1996-11-04
Final standings in the Grenoble six-day race on Monday :
1. Silvio Zabellini ( Italy ) / Etienne De Wolfe ( Belgium ) 312 points
2. Bruno Risso-Martin ( Switzerland ) / Kurt Betschard ( Switzerland ) 280
3. Jens Veggerby-Holm ( Denmark ) / Marco Villano ( Italy ) one lap behind
Zabellini , who rides for Mapei on the road , won the Grenoble race for the second time .""",
        "entities": [
            ("Grenoble", "PLACE", ["GRENOBLE", "Grenoble"]),
            ("France", "PLACE", ["France"]),
            ("Silvio Zabellini", "PERSON", ["ZABELLINI", "Silvio Zabellini", "Zabellini"]),
            ("Italy", "PLACE", ["Italy"]),
            ("Etienne De Wolfe", "PERSON", ["Etienne De Wolfe"]),
            ("Belgium", "PLACE", ["Belgium"]),
            ("Bruno Risso-Martin", "PERSON", ["Bruno Risso-Martin"]),
            ("Switzerland", "PLACE", ["Switzerland"]),
            ("Kurt Betschard", "PERSON", ["Kurt Betschard"]),
            ("Jens Veggerby-Holm", "PERSON", ["Jens Veggerby-Holm"]),
            ("Denmark", "PLACE", ["Denmark"]),
            ("Marco Villano", "PERSON", ["Marco Villano"]),
            ("Mapei", "ORG", ["Mapei"]),
        ],
    },
    {
        "id": "k19",
        "style": "conll",
        "text": """BADMINTON - WORLD GRAND PRIX FINALS RESULTS .
BALI , Indonesia 1996-12-13
Results of quarter-final matches at the World Grand Prix finals on Friday :
Men 's singles :
Joko Suprianto-Wirawan ( Indonesia ) beat Poul-Erik Hoyer-Larsen ( Denmark ) 15-10 15-8
Dong Jiong-hua ( China ) beat Rashid Sidek-Ali ( Malaysia ) 15-12 4-15 15-9
Women 's singles :
Susi Susantina ( Indonesia ) beat Bang Soo-kyung ( South Korea ) 11-6 11-4""",
        "entities": [
            ("Bali", "PLACE", ["BALI"]),
            ("Indonesia", "PLACE", ["Indonesia"]),
            ("Joko Suprianto-Wirawan", "PERSON", ["Joko Suprianto-Wirawan"]),
            ("Poul-Erik Hoyer-Larsen", "PERSON", ["Poul-Erik Hoyer-Larsen"]),
            ("Denmark", "PLACE", ["Denmark"]),
            ("Dong Jiong-hua", "PERSON", ["Dong Jiong-hua"]),
            ("China", "PLACE", ["China"]),
            ("Rashid Sidek-Ali", "PERSON", ["Rashid Sidek-Ali"]),
            ("Malaysia", "PLACE", ["Malaysia"]),
            ("Susi Susantina", "PERSON", ["Susi Susantina"]),
            ("Bang Soo-kyung", "PERSON", ["Bang Soo-kyung"]),
            ("South Korea", "PLACE", ["South Korea"]),
        ],
    },
    {
        "id": "k20",
        "style": "conll",
        "text": """SQUASH - JAHANGIR KHALID REACHES HONG KONG FINAL .
HONG KONG 1996-12-07
Results of semifinal matches in the Hong Kong Open squash championship on Saturday :
Jahangir Khalid ( Pakistan ) beat Peter Marshfield ( England ) 15-10 15-12 15-9
Rodney Eyleston ( Australia ) beat Simon Parkes-Lee ( England ) 12-15 15-8 15-11 15-6""",
        "entities": [
            ("Jahangir Khalid", "PERSON", ["JAHANGIR KHALID", "Jahangir Khalid"]),
            ("Hong Kong", "PLACE", ["HONG KONG"]),
            ("Pakistan", "PLACE", ["Pakistan"]),
            ("Peter Marshfield", "PERSON", ["Peter Marshfield"]),
            ("England", "PLACE", ["England"]),
            ("Rodney Eyleston", "PERSON", ["Rodney Eyleston"]),
            ("Australia", "PLACE", ["Australia"]),
            ("Simon Parkes-Lee", "PERSON", ["Simon Parkes-Lee"]),
        ],
    },
    {
        "id": "k21",
        "style": "conll",
        "text": """SOCCER - SPANISH LEAGUE TOP SCORERS .
MADRID 1996-12-16
Leading goalscorers in the Spanish first division after Sunday 's matches :
14 - Ronaldo Nazario ( Barcelona )
11 - Davor Sukerovic ( Real Madrid ) , Juan Pizzini ( Tenerife )
9 - Meho Kodrovic ( Valencia ) , Alfonso Perezo ( Real Betis )""",
        "entities": [
            ("Madrid", "PLACE", ["MADRID"]),
            ("Ronaldo Nazario", "PERSON", ["Ronaldo Nazario"]),
            ("Barcelona", "ORG", ["Barcelona"]),
            ("Davor Sukerovic", "PERSON", ["Davor Sukerovic"]),
            ("Real Madrid", "ORG", ["Real Madrid"]),
            ("Juan Pizzini", "PERSON", ["Juan Pizzini"]),
            ("Tenerife", "ORG", ["Tenerife"]),
            ("Meho Kodrovic", "PERSON", ["Meho Kodrovic"]),
            ("Valencia", "ORG", ["Valencia"]),
            ("Alfonso Perezo", "PERSON", ["Alfonso Perezo"]),
            ("Real Betis", "ORG", ["Real Betis"]),
        ],
    },
    {
        "id": "k22",
        "style": "conll",
        "text": """SOCCER - UEFA CUP THIRD ROUND RESULTS .
LONDON 1996-12-10
Results of UEFA Cup third round , second leg matches on Tuesday :
In Milan : Inter Milan 1 ( Ivan Zamoranez 56 ) Boavista 0 . Inter win 6-1 on aggregate .
In Copenhagen : Brondby 2 ( Bo Hansenborg 30 , Ebbe Sandqvist 71 ) Karlsruhe 0 . Brondby win 5-1 on aggregate .
In Moscow : Dynamo Moscow 1 ( Oleg Teryokhin 44 ) Tenerife 1 ( Juan Antonio Pizzi-Gomez 80 ) . Tenerife win 5-1 on aggregate .""",
        "entities": [
            ("London", "PLACE", ["LONDON"]),
            ("UEFA", "ORG", ["UEFA"]),
            ("Milan", "PLACE", ["Milan"]),
            ("Inter Milan", "ORG", ["Inter Milan", "Inter"]),
            ("Ivan Zamoranez", "PERSON", ["Ivan Zamoranez"]),
            ("Boavista", "ORG", ["Boavista"]),
            ("Copenhagen", "PLACE", ["Copenhagen"]),
            ("Brondby", "ORG", ["Brondby"]),
            ("Bo Hansenborg", "PERSON", ["Bo Hansenborg"]),
            ("Ebbe Sandqvist", "PERSON", ["Ebbe Sandqvist"]),
            ("Karlsruhe", "ORG", ["Karlsruhe"]),
            ("Moscow", "PLACE", ["Moscow"]),
            ("Dynamo Moscow", "ORG", ["Dynamo Moscow"]),
            ("Oleg Teryokhin", "PERSON", ["Oleg Teryokhin"]),
            ("Tenerife", "ORG", ["Tenerife"]),
            ("Juan Antonio Pizzi-Gomez", "PERSON", ["Juan Antonio Pizzi-Gomez"]),
        ],
    },
    # ---------------- Asia ----------------
    {
        "id": "k23",
        "style": "conll",
        "text": """CHINA JAILS DISSIDENT FOR 11 YEARS .
BEIJING 1996-12-13
A Beijing court sentenced dissident Liu Xiaojun to 11 years in jail on Friday for plotting to subvert the government , his family said .
The official Xinhua news agency said Liu had admitted contacts with groups abroad .
The U.S. State Department said it was deeply disappointed by the sentence .
A Foreign Ministry spokesman , Shen Guofang-li , told reporters China would not accept interference in its internal affairs .""",
        "entities": [
            ("China", "PLACE", ["CHINA", "China"]),
            ("Beijing", "PLACE", ["BEIJING", "Beijing"]),
            ("Liu Xiaojun", "PERSON", ["Liu Xiaojun", "Liu"]),
            ("Xinhua", "ORG", ["Xinhua"]),
            ("U.S.", "PLACE", ["U.S."]),
            ("State Department", "ORG", ["State Department"]),
            ("Foreign Ministry", "ORG", ["Foreign Ministry"]),
            ("Shen Guofang-li", "PERSON", ["Shen Guofang-li"]),
        ],
    },
    {
        "id": "k24",
        "style": "conll",
        "text": """JAPAN 'S HASHIMURA PLEDGES TO CUT DEFICIT .
TOKYO 1996-12-16
Japanese Prime Minister Ryutaro Hashimura pledged on Monday to cut the budget deficit to three percent of gross domestic product by 2005 .
Hashimura told a meeting of his Liberal Democratic Party that the Finance Ministry would submit a tight budget next week .
Opposition New Frontier Party leader Ichiro Ozawara said the plan would hurt the economy .
The Bank of Japan is expected to keep its discount rate at 0.5 percent , economists said .""",
        "entities": [
            ("Japan", "PLACE", ["JAPAN"]),
            ("Ryutaro Hashimura", "PERSON", ["HASHIMURA", "Ryutaro Hashimura", "Hashimura"]),
            ("Tokyo", "PLACE", ["TOKYO"]),
            ("Liberal Democratic Party", "ORG", ["Liberal Democratic Party"]),
            ("Finance Ministry", "ORG", ["Finance Ministry"]),
            ("New Frontier Party", "ORG", ["New Frontier Party"]),
            ("Ichiro Ozawara", "PERSON", ["Ichiro Ozawara"]),
            ("Bank of Japan", "ORG", ["Bank of Japan"]),
        ],
    },
    {
        "id": "k25",
        "style": "conll",
        "text": """INDONESIA ARRESTS EAST TIMOR ACTIVISTS .
JAKARTA 1996-12-05
Indonesian police arrested 12 people in Dili , the capital of East Timor , after a demonstration by supporters of the Fretilin guerrilla movement , a military spokesman said on Thursday .
Armed forces spokesman Brigadier-General Amir Syarifuddin said the detainees would be questioned in Jakarta .
Nobel peace laureate Jose Ramos-Horta-Belo , who lives in exile , urged the United Nations to intervene .
Megawati Sukarnoputri-Kiemas , ousted leader of the Indonesian Democratic Party ( PDI ) , said on Thursday she would not give up her fight .""",
        "entities": [
            ("Indonesia", "PLACE", ["INDONESIA"]),
            ("East Timor", "PLACE", ["EAST TIMOR", "East Timor"]),
            ("Jakarta", "PLACE", ["JAKARTA", "Jakarta"]),
            ("Dili", "PLACE", ["Dili"]),
            ("Fretilin", "ORG", ["Fretilin"]),
            ("Amir Syarifuddin", "PERSON", ["Amir Syarifuddin"]),
            ("Jose Ramos-Horta-Belo", "PERSON", ["Jose Ramos-Horta-Belo"]),
            ("United Nations", "ORG", ["United Nations"]),
            ("Megawati Sukarnoputri-Kiemas", "PERSON", ["Megawati Sukarnoputri-Kiemas"]),
            ("Indonesian Democratic Party", "ORG", ["Indonesian Democratic Party", "PDI"]),
        ],
    },
    {
        "id": "k26",
        "style": "conll",
        "text": """INDIA 'S BJP DEMANDS PROBE INTO ARMS DEAL .
NEW DELHI 1996-12-11
India 's main opposition Bharatiya Janata Party ( BJP ) demanded on Wednesday a parliamentary inquiry into a defence deal signed by the previous Congress government .
BJP leader Atal Behari Vajpeyi told parliament the Defence Ministry had hidden the role of middlemen .
Prime Minister H.D. Deve Gowdar said the Central Bureau of Investigation was already looking into the deal .""",
        "entities": [
            ("India", "PLACE", ["INDIA", "India"]),
            ("Bharatiya Janata Party", "ORG", ["Bharatiya Janata Party", "BJP"]),
            ("New Delhi", "PLACE", ["NEW DELHI"]),
            ("Congress", "ORG", ["Congress"]),
            ("Atal Behari Vajpeyi", "PERSON", ["Atal Behari Vajpeyi"]),
            ("Defence Ministry", "ORG", ["Defence Ministry"]),
            ("H.D. Deve Gowdar", "PERSON", ["H.D. Deve Gowdar"]),
            ("Central Bureau of Investigation", "ORG", ["Central Bureau of Investigation"]),
        ],
    },
    {
        "id": "k27",
        "style": "conll",
        "text": """PAKISTAN CARETAKER GOVERNMENT SACKS BANK CHIEFS .
ISLAMABAD 1996-12-04
Pakistan 's caretaker government on Wednesday sacked the heads of two state-owned banks , Habib Bank and United Bank Ltd , officials said .
Caretaker Prime Minister Malik Meraj Khalid-Shah said the State Bank of Pakistan would name new chiefs this week .
Former prime minister Benazir Bhuttani , whose Pakistan People 's Party government was dismissed last month , called the move a witch-hunt .
Her husband Asif Ali Zardani is in custody in Karachi .""",
        "entities": [
            ("Pakistan", "PLACE", ["PAKISTAN", "Pakistan"]),
            ("Islamabad", "PLACE", ["ISLAMABAD"]),
            ("Habib Bank", "ORG", ["Habib Bank"]),
            ("United Bank Ltd", "ORG", ["United Bank Ltd"]),
            ("Malik Meraj Khalid-Shah", "PERSON", ["Malik Meraj Khalid-Shah"]),
            ("State Bank of Pakistan", "ORG", ["State Bank of Pakistan"]),
            ("Benazir Bhuttani", "PERSON", ["Benazir Bhuttani"]),
            ("Pakistan People 's Party", "ORG", ["Pakistan People 's Party"]),
            ("Asif Ali Zardani", "PERSON", ["Asif Ali Zardani"]),
            ("Karachi", "PLACE", ["Karachi"]),
        ],
    },
    {
        "id": "k28",
        "style": "conll",
        "text": """NORTH KOREA SAYS SOUTH PLANS PROVOCATIONS .
SEOUL 1996-12-18
North Korea accused South Korea on Wednesday of planning military provocations along the border , the official Korean Central News Agency ( KCNA ) said .
A spokesman for the South 's Unification Ministry said the charge was groundless .
President Kim Young-sam told Hyundai Corp chairman Chung Ju-yung-ho that economic contacts with Pyongyang would remain frozen .""",
        "entities": [
            ("North Korea", "PLACE", ["NORTH KOREA", "North Korea"]),
            ("Seoul", "PLACE", ["SEOUL"]),
            ("South Korea", "PLACE", ["South Korea"]),
            ("Korean Central News Agency", "ORG", ["Korean Central News Agency", "KCNA"]),
            ("Unification Ministry", "ORG", ["Unification Ministry"]),
            ("Kim Young-sam", "PERSON", ["Kim Young-sam"]),
            ("Hyundai Corp", "ORG", ["Hyundai Corp"]),
            ("Chung Ju-yung-ho", "PERSON", ["Chung Ju-yung-ho"]),
            ("Pyongyang", "PLACE", ["Pyongyang"]),
        ],
        # "the South 's" (South Korea) is left unannotated: a bare compass word, doubtful in CoNLL.
    },
    # ---------------- Latin America ----------------
    {
        "id": "k29",
        "style": "conll",
        "text": """PERU REBELS HOLD HOSTAGES IN JAPANESE ENVOY 'S HOME .
LIMA 1996-12-18
Guerrillas of the Tupac Amaru Revolutionary Movement ( MRTA ) stormed the Japanese ambassador 's residence in Lima on Tuesday night and took hundreds of guests hostage .
The rebels , led by Nestor Cerpa-Cartolino , demanded the release of jailed comrades , including Victor Polay-Campos .
President Alberto Fujimura met his cabinet at the Government Palace on Wednesday .""",
        "entities": [
            ("Peru", "PLACE", ["PERU"]),
            ("Lima", "PLACE", ["LIMA", "Lima"]),
            ("Tupac Amaru Revolutionary Movement", "ORG", ["Tupac Amaru Revolutionary Movement", "MRTA"]),
            ("Nestor Cerpa-Cartolino", "PERSON", ["Nestor Cerpa-Cartolino"]),
            ("Victor Polay-Campos", "PERSON", ["Victor Polay-Campos"]),
            ("Alberto Fujimura", "PERSON", ["Alberto Fujimura"]),
            ("Government Palace", "PLACE", ["Government Palace"]),
        ],
    },
    {
        "id": "k30",
        "style": "conll",
        "text": """COLOMBIA 'S ELN REBELS KIDNAP OIL ENGINEERS .
BOGOTA 1996-12-03
Rebels of the National Liberation Army ( ELN ) kidnapped two engineers working for Ecopetrol near the town of Barrancabermeja on Tuesday , army officials said .
The army 's Fifth Brigade said troops were searching the area .
Interior Minister Horacio Serpa-Uribe said the government would not negotiate with kidnappers .""",
        "entities": [
            ("Colombia", "PLACE", ["COLOMBIA"]),
            ("National Liberation Army", "ORG", ["National Liberation Army", "ELN"]),
            ("Bogota", "PLACE", ["BOGOTA"]),
            ("Ecopetrol", "ORG", ["Ecopetrol"]),
            ("Barrancabermeja", "PLACE", ["Barrancabermeja"]),
            ("Fifth Brigade", "ORG", ["Fifth Brigade"]),
            ("Horacio Serpa-Uribe", "PERSON", ["Horacio Serpa-Uribe"]),
        ],
    },
    {
        "id": "k31",
        "style": "conll",
        "text": """MEXICO 'S ZAPATISTAS REJECT CONGRESS PROPOSAL .
MEXICO CITY 1996-12-20
The Zapatista National Liberation Army ( EZLN ) rejected on Friday a proposal on Indian rights drafted by a congressional commission , saying it betrayed accords signed in San Andres .
Rebel spokesman Subcomandante Marcos said from the jungle of Chiapas state that the rebels would not return to talks .
Interior Minister Emilio Chuayfettino said the government remained open to dialogue .""",
        "entities": [
            ("Mexico", "PLACE", ["MEXICO"]),
            ("Mexico City", "PLACE", ["MEXICO CITY"]),
            ("Zapatista National Liberation Army", "ORG", ["Zapatista National Liberation Army", "EZLN"]),
            ("San Andres", "PLACE", ["San Andres"]),
            ("Marcos", "PERSON", ["Marcos"]),
            ("Chiapas", "PLACE", ["Chiapas"]),
            ("Emilio Chuayfettino", "PERSON", ["Emilio Chuayfettino"]),
            ("Congress", "ORG", ["CONGRESS"]),
        ],
    },
    {
        "id": "k32",
        "style": "conll",
        "text": """BRAZIL CENTRAL BANK CUTS RATE .
BRASILIA 1996-12-18
Brazil 's Central Bank cut its basic interest rate to 1.74 percent a month from 1.80 percent on Wednesday , a central bank spokesman said .
Central Bank president Gustavo Loyolano said inflation was under control .
Shares of Telebras and Petrobras rose on the Sao Paulo Stock Exchange after the announcement , brokers said .""",
        "entities": [
            ("Brazil", "PLACE", ["BRAZIL", "Brazil"]),
            ("Brasilia", "PLACE", ["BRASILIA"]),
            ("Central Bank", "ORG", ["Central Bank"]),
            ("Gustavo Loyolano", "PERSON", ["Gustavo Loyolano"]),
            ("Telebras", "ORG", ["Telebras"]),
            ("Petrobras", "ORG", ["Petrobras"]),
            ("Sao Paulo Stock Exchange", "ORG", ["Sao Paulo Stock Exchange"]),
        ],
    },
    {
        "id": "k33",
        "style": "conll",
        "text": """ARGENTINA 'S MENENDEZ NAMES NEW ECONOMY MINISTER .
BUENOS AIRES 1996-12-02
President Carlos Menendez named Roque Fernandez-Lopez as economy minister on Monday , a government spokesman said .
Fernandez-Lopez , a former central bank president , told reporters he would keep the convertibility plan that pegs the peso to the dollar .
The opposition Radical Party and the Frepaso alliance criticised the appointment .""",
        "entities": [
            ("Argentina", "PLACE", ["ARGENTINA"]),
            ("Carlos Menendez", "PERSON", ["MENENDEZ", "Carlos Menendez"]),
            ("Buenos Aires", "PLACE", ["BUENOS AIRES"]),
            ("Roque Fernandez-Lopez", "PERSON", ["Roque Fernandez-Lopez", "Fernandez-Lopez"]),
            ("Radical Party", "ORG", ["Radical Party"]),
            ("Frepaso", "ORG", ["Frepaso"]),
        ],
    },
    # ---------------- Africa ----------------
    {
        "id": "k34",
        "style": "conll",
        "text": """ZAIRE REBELS ADVANCE TOWARDS BUNIA .
KINSHASA 1996-12-19
Rebels of the Alliance of Democratic Forces for the Liberation of Congo-Zaire advanced towards the northeastern town of Bunia on Thursday , aid workers in Goma said .
Rebel leader Laurent Kabilato told reporters his forces controlled most of North Kivu province .
The U.N. High Commissioner for Refugees said some 200,000 Rwandan refugees were still unaccounted for .
Prime Minister Leon Kengo wa Dondolo returned to Kinshasa from Europe .""",
        "entities": [
            ("Zaire", "PLACE", ["ZAIRE"]),
            ("Bunia", "PLACE", ["BUNIA", "Bunia"]),
            ("Kinshasa", "PLACE", ["KINSHASA", "Kinshasa"]),
            (
                "Alliance of Democratic Forces for the Liberation of Congo-Zaire",
                "ORG",
                ["Alliance of Democratic Forces for the Liberation of Congo-Zaire"],
            ),
            ("Goma", "PLACE", ["Goma"]),
            ("Laurent Kabilato", "PERSON", ["Laurent Kabilato"]),
            ("North Kivu", "PLACE", ["North Kivu"]),
            ("U.N. High Commissioner for Refugees", "ORG", ["U.N. High Commissioner for Refugees"]),
            ("Leon Kengo wa Dondolo", "PERSON", ["Leon Kengo wa Dondolo"]),
            ("Europe", "PLACE", ["Europe"]),
        ],
    },
    {
        "id": "k35",
        "style": "conll",
        "text": """SOUTH AFRICA 'S ANC , INKATHA AGREE TO PEACE TALKS .
JOHANNESBURG 1996-12-09
The African National Congress and the Inkatha Freedom Party agreed on Monday to hold talks to end political violence in KwaZulu-Natal province , an ANC spokesman said .
Inkatha leader Mangosuthu Buthelezi-Zulu said the talks would take place in Durban next week .
Deputy President Thabo Mbekiwe welcomed the agreement .""",
        "entities": [
            ("South Africa", "PLACE", ["SOUTH AFRICA"]),
            ("African National Congress", "ORG", ["African National Congress", "ANC"]),
            ("Inkatha Freedom Party", "ORG", ["Inkatha Freedom Party", "INKATHA", "Inkatha"]),
            ("Johannesburg", "PLACE", ["JOHANNESBURG"]),
            ("KwaZulu-Natal", "PLACE", ["KwaZulu-Natal"]),
            ("Mangosuthu Buthelezi-Zulu", "PERSON", ["Mangosuthu Buthelezi-Zulu"]),
            ("Durban", "PLACE", ["Durban"]),
            ("Thabo Mbekiwe", "PERSON", ["Thabo Mbekiwe"]),
        ],
    },
    {
        "id": "k36",
        "style": "conll",
        "text": """NIGERIA DETAINS PRO-DEMOCRACY LAWYER .
LAGOS 1996-12-12
Nigerian security agents detained human rights lawyer Gani Fawehinmi-Ade in Lagos on Thursday , his Campaign for Democracy group said .
The group said agents of the State Security Service took him from his office .
Military ruler General Sani Abachar has promised to hand over to an elected civilian government in 1998 .""",
        "entities": [
            ("Nigeria", "PLACE", ["NIGERIA"]),
            ("Lagos", "PLACE", ["LAGOS", "Lagos"]),
            ("Gani Fawehinmi-Ade", "PERSON", ["Gani Fawehinmi-Ade"]),
            ("Campaign for Democracy", "ORG", ["Campaign for Democracy"]),
            ("State Security Service", "ORG", ["State Security Service"]),
            ("Sani Abachar", "PERSON", ["Sani Abachar"]),
        ],
    },
    # ---------------- companies ----------------
    {
        "id": "k37",
        "style": "conll",
        "text": """MALAYSIA 'S PERDANA JAYA BHD PROFIT RISES .
KUALA LUMPUR 1996-12-05
Perdana Jaya Bhd said on Thursday its pre-tax profit for the six months to September rose 18 percent to 45.2 million ringgit .
The property group said in a statement to the Kuala Lumpur Stock Exchange that its unit Jaya Sutera Sdn Bhd had won a contract worth 120 million ringgit .
Perdana Jaya shares rose 20 cents to 6.10 ringgit .""",
        "entities": [
            ("Malaysia", "PLACE", ["MALAYSIA"]),
            ("Perdana Jaya Bhd", "ORG", ["PERDANA JAYA BHD", "Perdana Jaya Bhd", "Perdana Jaya"]),
            ("Kuala Lumpur", "PLACE", ["KUALA LUMPUR"]),
            ("Kuala Lumpur Stock Exchange", "ORG", ["Kuala Lumpur Stock Exchange"]),
            ("Jaya Sutera Sdn Bhd", "ORG", ["Jaya Sutera Sdn Bhd"]),
        ],
    },
    {
        "id": "k38",
        "style": "conll",
        "text": """INDONESIA 'S PT SEMEN KARYA TBK SEES HIGHER SALES .
JAKARTA 1996-12-10
Cement maker PT Semen Karya Tbk expects sales to rise 15 percent in 1997 , president director Hendra Wijayanto said on Tuesday .
Wijayanto told reporters the company would spend $ 300 million on a new kiln in West Java .
The company 's shares closed unchanged at 3,450 rupiah on the Jakarta Stock Exchange .""",
        "entities": [
            ("Indonesia", "PLACE", ["INDONESIA"]),
            ("PT Semen Karya Tbk", "ORG", ["PT SEMEN KARYA TBK", "PT Semen Karya Tbk"]),
            ("Jakarta", "PLACE", ["JAKARTA"]),
            ("Hendra Wijayanto", "PERSON", ["Hendra Wijayanto", "Wijayanto"]),
            ("West Java", "PLACE", ["West Java"]),
            ("Jakarta Stock Exchange", "ORG", ["Jakarta Stock Exchange"]),
        ],
    },
    {
        "id": "k39",
        "style": "conll",
        "text": """MEXICO 'S GRUPO CARSOLA SA Q3 PROFIT FALLS .
MEXICO CITY 1996-11-28
Mexican conglomerate Grupo Carsola SA de CV said on Thursday its third-quarter net profit fell 22 percent because of higher financing costs .
Grupo Carsola said sales at its Sanborns-Reyes retail unit rose 9 percent .
Analyst Rafael Montiel-Cruz of Bancomer said the results were below forecasts .""",
        "entities": [
            ("Mexico", "PLACE", ["MEXICO"]),
            ("Grupo Carsola SA", "ORG", ["GRUPO CARSOLA SA", "Grupo Carsola SA de CV", "Grupo Carsola"]),
            ("Mexico City", "PLACE", ["MEXICO CITY"]),
            ("Sanborns-Reyes", "ORG", ["Sanborns-Reyes"]),
            ("Rafael Montiel-Cruz", "PERSON", ["Rafael Montiel-Cruz"]),
            ("Bancomer", "ORG", ["Bancomer"]),
        ],
    },
    {
        "id": "k40",
        "style": "conll",
        "text": """JAPAN 'S NAKAHARA CORP TO CUT 2,000 JOBS .
TOKYO 1996-12-12
Electronics maker Nakahara Corp said on Thursday it would cut 2,000 jobs over three years and close a plant in Osaka .
President Tadashi Kurosawa-Ito told a news conference that the company would move production of audio equipment to Malaysia and China .
Nakahara shares fell 30 yen to 1,210 yen on the Tokyo Stock Exchange .""",
        "entities": [
            ("Japan", "PLACE", ["JAPAN"]),
            ("Nakahara Corp", "ORG", ["NAKAHARA CORP", "Nakahara Corp", "Nakahara"]),
            ("Tokyo", "PLACE", ["TOKYO"]),
            ("Osaka", "PLACE", ["Osaka"]),
            ("Tadashi Kurosawa-Ito", "PERSON", ["Tadashi Kurosawa-Ito"]),
            ("Malaysia", "PLACE", ["Malaysia"]),
            ("China", "PLACE", ["China"]),
            ("Tokyo Stock Exchange", "ORG", ["Tokyo Stock Exchange"]),
        ],
    },
    {
        "id": "k41",
        "style": "conll",
        "text": """HONG KONG 'S KWAI FONG HOLDINGS LTD IN CHINA DEAL .
HONG KONG 1996-12-17
Kwai Fong Holdings Ltd said on Tuesday it had agreed to build a power station in Guangdong province with a unit of China Resources .
Chairman Lam Kin-wah said the project would cost HK$ 2.4 billion .
The shares rose 15 cents to HK$ 8.20 while the Hang Seng index gained 0.6 percent .""",
        "entities": [
            ("Hong Kong", "PLACE", ["HONG KONG"]),
            ("Kwai Fong Holdings Ltd", "ORG", ["KWAI FONG HOLDINGS LTD", "Kwai Fong Holdings Ltd"]),
            ("China", "PLACE", ["CHINA"]),
            ("Guangdong", "PLACE", ["Guangdong"]),
            ("China Resources", "ORG", ["China Resources"]),
            ("Lam Kin-wah", "PERSON", ["Lam Kin-wah"]),
        ],
    },
]
