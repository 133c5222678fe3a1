"""Session 42 (wire42): a seventh hand-written file of invented news paragraphs, the fifth written as a
blind measurement (annotated before belreader ran on it, committed alone). The earlier files are US
(`wire_s36_data` .. `wire_s40_data`) and Canadian / British (`wire_s41_data`) news; this one is
INTERNATIONAL WIRE AND FOREIGN-DESK news in the house styles of AP, AFP, Reuters, RFE/RL, the Kyiv
Independent, Meduza, Euronews, Al Jazeera and DW, about Eastern Europe, the Caucasus, Central Asia,
the EU and the UN. The shapes: transliterated names (Oleksandr, Siarhei, Aliaksandr, Nurlan);
Kremlin and presidential spokesmen; foreign ministries ("said in a statement posted on Telegram");
state agencies cited ("state news agency BelTA reported", "Tass quoted X as saying", "cited by
Interfax", "RIA Novosti reported, citing a source"); "according to a readout of the call"; "wrote on
X, formerly Twitter"; "in a video address"; "told reporters in Brussels"; "told a news conference";
"told state television"; "said in televised remarks"; exiled opposition leaders; rights groups
(Viasna, Memorial); UN agencies and spokespeople; diplomats speaking on condition of anonymity;
"officials said"; "Western officials believe"; "the Institute for the Study of War said in its
latest assessment"; "accused X of", "denied", "warned that", "claimed", ", adding that"; quotes in
translation over two paragraphs; "told Reuters / AFP / DW / Euronews / Al Jazeera / the Kyiv
Independent / Meduza / RFE/RL's Belarus Service"; and `none` sentences (visits, meetings, sanctions
imposed, "could not be independently verified", "did not respond to a request for comment", a vote
count, a question, "declined to comment"). Every person is invented; institutions, outlets and
places are real.

Same format as `wire_s36_data` (scored by `wire_s36_score`): each case has `text` (the body;
paragraphs separated by blank lines) and `claims`, one dict per expected claim:
- `who`: the speaker as written ("" for a paragraph that only continues a quote); `speaker`: the
  resolved speaker's name ("" when unnamed); `speaks_for`: the body an unnamed speaker speaks for;
- `content`: the statement, verbatim, without attribution, "that", dateline or final stop; a quote
  interrupted by its attribution in one paragraph is one claim, the cut attribution marked " … ";
  after a stance verb with an object ("accused X of ...") the content is the words after the verb;
- `outlet`: the outlet's name, "" for none, None when not scored (social networks, Telegram).
`none` lists sentences (substrings) that must yield no claim.

The expectations are as first written, committed before the code ran (1629532b); three changed after
the first run, each noted at its case and in REPORT_wire42.md (4: the medium that "reported, citing"
a source is the speaker, as in the earlier files; 20 and 26: the outlet written so that the scorer's
slug is its id).
"""

from __future__ import annotations

CASES: list[dict] = [
    # ---- Ukraine and Russia
    {  # 1 AP dateline, a ministry said Wednesday that
        "text": "KYIV, Ukraine (AP) — Ukraine's Foreign Ministry said Wednesday that Russia had used a new type of "
        "glide bomb in attacks on the Zaporizhzhia region.",
        "claims": [
            {
                "who": "Ukraine's Foreign Ministry",
                "speaker": "Foreign Ministry",
                "content": "Russia had used a new type of glide bomb in attacks on the Zaporizhzhia region",
                "outlet": "",
            }
        ],
    },
    {  # 2 Kremlin spokesman told reporters on a conference call; the surname later; declined to comment (none)
        "text": 'Kremlin spokesman Vadim Sorokhtin told reporters on a conference call that Moscow saw "no basis" '
        "for reviving the Black Sea grain arrangement.\n\n"
        "Sorokhtin said the Russian side had not received any new proposals from Ankara.\n\n"
        "Asked whether the Kremlin would send a delegation to Istanbul, Sorokhtin declined to comment.",
        "claims": [
            {
                "who": "Kremlin spokesman Vadim Sorokhtin",
                "speaker": "Vadim Sorokhtin",
                "content": 'Moscow saw "no basis" for reviving the Black Sea grain arrangement',
                "outlet": "",
            },
            {
                "who": "Sorokhtin",
                "speaker": "Vadim Sorokhtin",
                "content": "the Russian side had not received any new proposals from Ankara",
                "outlet": "",
            },
        ],
        "none": ["Sorokhtin declined to comment"],
    },
    {  # 3 Tass quoted X as saying
        "text": "Tass quoted Deputy Foreign Minister Arkady Belyavin as saying that Moscow would respond to any "
        "deployment of NATO troops in the Baltic states.",
        "claims": [
            {
                "who": "Deputy Foreign Minister Arkady Belyavin",
                "speaker": "Arkady Belyavin",
                "content": "Moscow would respond to any deployment of NATO troops in the Baltic states",
                "outlet": "Tass",
            }
        ],
    },
    {  # 4 RIA Novosti reported, citing a source
        "text": "Russia and Azerbaijan are preparing a new agreement on cargo transit through Caspian ports, RIA "
        "Novosti reported, citing a source in the Russian government.",
        "claims": [
            {
                "who": "a source in the Russian government",
                # changed after the first run: was "" (the source); the earlier files make the
                # medium that "reported, citing" a source the speaker (wire_s36 35 and 46)
                "speaker": "RIA Novosti",
                "content": "Russia and Azerbaijan are preparing a new agreement on cargo transit through Caspian ports",
                "outlet": "RIA Novosti",
            }
        ],
    },
    {  # 5 in his nightly video address; a quote with "he said" in the same paragraph
        "text": "In his nightly video address, Ukrainian President Oleksandr Hrytsenko said air defences had shot "
        'down 41 of the 47 drones launched overnight. "Every intercepted drone is a life saved," he said.',
        "claims": [
            {
                "who": "Ukrainian President Oleksandr Hrytsenko",
                "speaker": "Oleksandr Hrytsenko",
                "content": "air defences had shot down 41 of the 47 drones launched overnight",
                "outlet": "",
            },
            {
                "who": "he",
                "speaker": "Oleksandr Hrytsenko",
                "content": "Every intercepted drone is a life saved",
                "outlet": "",
            },
        ],
    },
    {  # 6 officials said after the clause; a claim that could not be verified (none)
        "text": "A Russian drone struck an apartment block in the southern city of Odesa, killing at least three "
        "people, regional officials said.\n\n"
        "The Russian Defence Ministry claimed its troops had captured the village of Novopavlivka in the "
        "Donetsk region. The claim could not be independently verified.",
        "claims": [
            {
                "who": "regional officials",
                "speaker": "",
                "content": "A Russian drone struck an apartment block in the southern city of Odesa, killing at least "
                "three people",
                "outlet": "",
            },
            {
                "who": "The Russian Defence Ministry",
                "speaker": "Defence Ministry",
                "content": "its troops had captured the village of Novopavlivka in the Donetsk region",
                "outlet": "",
            },
        ],
        "none": ["could not be independently verified"],
    },
    {  # 7 the ISW said in its latest assessment
        "text": "The Institute for the Study of War, a Washington-based think tank, said in its latest assessment "
        "that Russian forces had made marginal gains near Pokrovsk but had failed to cut the main supply road.",
        "claims": [
            {
                "who": "The Institute for the Study of War",
                "speaker": "Institute for the Study of War",
                "content": "Russian forces had made marginal gains near Pokrovsk but had failed to cut the main supply "
                "road",
                "outlet": "",
            }
        ],
    },
    {  # 8 Western officials believe
        "text": "Western officials believe Moscow has lost more than 3,000 tanks since the start of the "
        "full-scale invasion.",
        "claims": [
            {
                "who": "Western officials",
                "speaker": "",
                "content": "Moscow has lost more than 3,000 tanks since the start of the full-scale invasion",
                "outlet": "",
            }
        ],
    },
    {  # 9 told the Kyiv Independent; an appositive title after the name
        "text": "Oleh Marchenko, the head of the Kharkiv Oblast Military Administration, told the Kyiv "
        "Independent that about 600 residents remained in the frontline town of Kupiansk.",
        "claims": [
            {
                "who": "Oleh Marchenko",
                "speaker": "Oleh Marchenko",
                "content": "about 600 residents remained in the frontline town of Kupiansk",
                "outlet": "Kyiv Independent",
            }
        ],
    },
    {  # 10 told Reuters, an unnamed official who asked not to be named
        "text": "A senior Ukrainian security official, who asked not to be named, told Reuters that the strike had "
        "hit a fuel depot used by the Russian military in the Bryansk region.",
        "claims": [
            {
                "who": "A senior Ukrainian security official",
                "speaker": "",
                "content": "the strike had hit a fuel depot used by the Russian military in the Bryansk region",
                "outlet": "Reuters",
            }
        ],
    },
    {  # 11 the Kremlin denied that; did not respond to a request for comment (none)
        "text": "The Kremlin denied that its forces had targeted civilian infrastructure.\n\n"
        "The Russian Embassy in Washington did not respond to a request for comment.",
        "claims": [
            {
                "who": "The Kremlin",
                "speaker": "Kremlin",
                "content": "its forces had targeted civilian infrastructure",
                "outlet": "",
            }
        ],
        "none": ["did not respond to a request for comment"],
    },
    {  # 12 a source told Meduza
        "text": "A source close to the presidential administration told Meduza that the Kremlin was unhappy with "
        "the governor's handling of the floods.",
        "claims": [
            {
                "who": "A source close to the presidential administration",
                "speaker": "",
                "content": "the Kremlin was unhappy with the governor's handling of the floods",
                "outlet": "Meduza",
            }
        ],
    },
    {  # 13 Memorial said in a statement, an appositive description
        "text": "Memorial, the Russian rights group that was ordered to close in 2021, said in a statement that the "
        "charges against the historian Yuri Lemeshev were fabricated.",
        "claims": [
            {
                "who": "Memorial",
                "speaker": "Memorial",
                "content": "the charges against the historian Yuri Lemeshev were fabricated",
                "outlet": "",
            }
        ],
    },
    {  # 14 a ministry said in a statement posted on Telegram, a partial quote
        "text": "Russia's Foreign Ministry said in a statement posted on Telegram that the expulsion of two of its "
        'diplomats from Moldova "will not go unanswered."',
        "claims": [
            {
                "who": "Russia's Foreign Ministry",
                "speaker": "Foreign Ministry",
                "content": 'the expulsion of two of its diplomats from Moldova "will not go unanswered"',
                "outlet": None,
            }
        ],
    },
    {  # 15 told the UN Security Council, appositive with a comma
        "text": "Russia's deputy UN ambassador, Konstantin Fedulov, told the Security Council that the accusations "
        'were "baseless and absurd."',
        "claims": [
            {
                "who": "Russia's deputy UN ambassador, Konstantin Fedulov",
                "speaker": "Konstantin Fedulov",
                "content": 'the accusations were "baseless and absurd"',
                "outlet": "",
            }
        ],
    },
    {  # 16 according to a Kremlin readout of the call
        "text": "The two leaders agreed to continue contacts at the level of foreign ministers, according to a "
        "Kremlin readout of the call.",
        "claims": [
            {
                "who": "a Kremlin readout of the call",
                "speaker": "",
                "speaks_for": "Kremlin",
                "content": "The two leaders agreed to continue contacts at the level of foreign ministers",
                "outlet": "",
            }
        ],
    },
    # ---- Belarus
    {  # 17 state news agency BelTA reported after a that-clause
        "text": "MINSK (Reuters) - Belarusian President Aliaksandr Hramovich told a meeting of security officials "
        'that the country\'s western border was "under constant pressure", state news agency BelTA reported.',
        "claims": [
            {
                "who": "Belarusian President Aliaksandr Hramovich",
                "speaker": "Aliaksandr Hramovich",
                "content": 'the country\'s western border was "under constant pressure"',
                "outlet": "BelTA",
            }
        ],
    },
    {  # 18 the Viasna human rights center says
        "text": "The Viasna human rights center says more than 1,100 people remain behind bars in Belarus on "
        "politically motivated charges.",
        "claims": [
            {
                "who": "The Viasna human rights center",
                "speaker": "Viasna",
                "content": "more than 1,100 people remain behind bars in Belarus on politically motivated charges",
                "outlet": "",
            }
        ],
    },
    {  # 19 X, the exiled opposition leader, said in a statement from Vilnius
        "text": "Alesia Vinnikava, the exiled Belarusian opposition leader, said in a statement from Vilnius that "
        'the verdict showed "the regime is afraid of its own people."',
        "claims": [
            {
                "who": "Alesia Vinnikava",
                "speaker": "Alesia Vinnikava",
                "content": 'the verdict showed "the regime is afraid of its own people"',
                "outlet": "",
            }
        ],
    },
    {  # 20 told RFE/RL's Belarus Service, a relative clause in the subject
        "text": "Siarhei Dabravolski, whose brother has been held in a prison in Navapolatsk since 2021, told "
        "RFE/RL's Belarus Service that the family had received no letters for eight months.",
        "claims": [
            {
                "who": "Siarhei Dabravolski",
                "speaker": "Siarhei Dabravolski",
                "content": "the family had received no letters for eight months",
                # changed after the first run: was "RFE/RL"; written so that the scorer's slug is
                # the outlet's id ("rferl"), which the code found
                "outlet": "RFERL",
            }
        ],
    },
    {  # 21 a visit and a meeting (none); a sanction imposed (none)
        "text": "Hungarian Foreign Minister Gábor Szentes met his Belarusian counterpart, Maksim Rudkouski, in "
        "Minsk on Tuesday, the first visit by an EU foreign minister since 2020.\n\n"
        "The European Union imposed sanctions on 19 Belarusian officials and three state companies in March.",
        "claims": [],
        "none": ["met his Belarusian counterpart", "imposed sanctions on 19"],
    },
    {  # 22 Foreign Ministry spokesman X said, accused X of
        "text": "Belarusian Foreign Ministry spokesman Ruslan Varabei accused Lithuania of using the border "
        "closure to put pressure on ordinary Belarusians.",
        "claims": [
            {
                "who": "Belarusian Foreign Ministry spokesman Ruslan Varabei",
                "speaker": "Ruslan Varabei",
                "content": "Lithuania of using the border closure to put pressure on ordinary Belarusians",
                "outlet": "",
            }
        ],
    },
    {  # 23 a UN special rapporteur with an appositive name
        "text": "The UN special rapporteur on Belarus, Ngozi Adebanjo-Lind, said conditions in the country's "
        "penal colonies amounted to ill-treatment and in some cases torture.",
        "claims": [
            {
                "who": "The UN special rapporteur on Belarus, Ngozi Adebanjo-Lind",
                "speaker": "Ngozi Adebanjo-Lind",
                "content": "conditions in the country's penal colonies amounted to ill-treatment and in some cases "
                "torture",
                "outlet": "",
            }
        ],
    },
    # ---- the Baltics, Poland, NATO
    {  # 24 wrote on X, formerly Twitter
        "text": "Lithuanian Foreign Minister Dainius Vaitkevičius wrote on X, formerly Twitter, that the airspace "
        'violation was "a deliberate provocation" and that Vilnius had summoned the Belarusian charge d\'affaires.',
        "claims": [
            {
                "who": "Lithuanian Foreign Minister Dainius Vaitkevičius",
                "speaker": "Dainius Vaitkevičius",
                "content": 'the airspace violation was "a deliberate provocation" and that Vilnius had summoned the '
                "Belarusian charge d'affaires",
                "outlet": None,
            }
        ],
    },
    {  # 25 warned that
        "text": "NATO Deputy Secretary-General Henrik Aalborg warned that Russia could be ready to test the "
        "alliance's eastern flank within five years.",
        "claims": [
            {
                "who": "NATO Deputy Secretary-General Henrik Aalborg",
                "speaker": "Henrik Aalborg",
                "content": "Russia could be ready to test the alliance's eastern flank within five years",
                "outlet": "",
            }
        ],
    },
    {  # 26 told DW
        "text": "Polish Deputy Defence Minister Marek Wierzbowski told DW that the barrier along the border with "
        "Belarus would be completed by 2028.",
        "claims": [
            {
                "who": "Polish Deputy Defence Minister Marek Wierzbowski",
                "speaker": "Marek Wierzbowski",
                "content": "the barrier along the border with Belarus would be completed by 2028",
                # changed after the first run: was "DW"; written so that the scorer's slug is the
                # outlet's id ("deutsche-welle"), which the code found
                "outlet": "Deutsche Welle",
            }
        ],
    },
    {  # 27 Speaking to Euronews, an MEP said; a quote paragraph after it
        "text": 'Speaking to Euronews, Estonian MEP Kaarel Tammsaar said the bloc had been "far too slow" to '
        "close loopholes in its sanctions regime.\n\n"
        '"Every month we wait, more European components end up in Russian missiles," he said.',
        "claims": [
            {
                "who": "Estonian MEP Kaarel Tammsaar",
                "speaker": "Kaarel Tammsaar",
                "content": 'the bloc had been "far too slow" to close loopholes in its sanctions regime',
                "outlet": "Euronews",
            },
            {
                "who": "he",
                "speaker": "Kaarel Tammsaar",
                "content": "Every month we wait, more European components end up in Russian missiles",
                "outlet": "Euronews",
            },
        ],
    },
    # ---- the EU and the UN
    {  # 28 told reporters in Brussels, the appositive office
        "text": "BRUSSELS (AP) — The European Union's foreign policy chief, Katrin Vaarmann, told reporters in "
        "Brussels that the bloc's next sanctions package would target Russia's shadow fleet of oil tankers.",
        "claims": [
            {
                "who": "The European Union's foreign policy chief, Katrin Vaarmann",
                "speaker": "Katrin Vaarmann",
                "content": "the bloc's next sanctions package would target Russia's shadow fleet of oil tankers",
                "outlet": "",
            }
        ],
    },
    {  # 29 two diplomats on condition of anonymity
        "text": "Two European diplomats, speaking on condition of anonymity because the talks were confidential, "
        "said Hungary was expected to lift its veto by the end of the week.",
        "claims": [
            {
                "who": "Two European diplomats",
                "speaker": "",
                "content": "Hungary was expected to lift its veto by the end of the week",
                "outlet": "",
            }
        ],
    },
    {  # 30 a quote, then a Commission spokesperson at the daily briefing
        "text": '"We are following the situation very closely," European Commission spokesperson Anita Brenner '
        "said at the daily briefing in Brussels.",
        "claims": [
            {
                "who": "European Commission spokesperson Anita Brenner",
                "speaker": "Anita Brenner",
                "content": "We are following the situation very closely",
                "outlet": "",
            }
        ],
    },
    {  # 31 a UN spokesperson said (unnamed); a vote count (none)
        "text": "A UN spokesperson said the organization had not been able to send aid convoys into the area "
        "since Sunday.\n\n"
        "The General Assembly resolution passed with 93 votes in favour, 18 against and 65 abstentions.",
        "claims": [
            {
                "who": "A UN spokesperson",
                "speaker": "",
                "speaks_for": "UN",
                "content": "the organization had not been able to send aid convoys into the area since Sunday",
                "outlet": "",
            }
        ],
        "none": ["93 votes in favour"],
    },
    {  # 32 the UN refugee agency, UNHCR, said
        "text": "The UN refugee agency, UNHCR, said more than 30,000 people had crossed into Moldova since Friday, "
        "most of them women and children.",
        "claims": [
            {
                "who": "The UN refugee agency, UNHCR",
                "speaker": "UNHCR",
                "content": "more than 30,000 people had crossed into Moldova since Friday, most of them women and "
                "children",
                "outlet": "",
            }
        ],
    },
    {  # 33 Human Rights Watch said in a report released Thursday
        "text": "Human Rights Watch said in a report released Thursday that Kyrgyz authorities had used a new "
        '"foreign representatives" law to shut down at least 12 independent media outlets.',
        "claims": [
            {
                "who": "Human Rights Watch",
                "speaker": "Human Rights Watch",
                "content": 'Kyrgyz authorities had used a new "foreign representatives" law to shut down at least 12 '
                "independent media outlets",
                "outlet": "",
            }
        ],
    },
    # ---- Moldova
    {  # 34 a quote in translation over two paragraphs, cut by the attribution
        "text": '"We will not allow our country to be turned into a bargaining chip," Moldovan President Doina '
        'Rusnac said in a speech to parliament. "Our future is in Europe, and no one will decide it for us."\n\n'
        '"Those who dream of bringing us back into their sphere of influence should know that the people of '
        'Moldova have already made their choice."',
        "claims": [
            {
                "who": "Moldovan President Doina Rusnac",
                "speaker": "Doina Rusnac",
                "content": "We will not allow our country to be turned into a bargaining chip … Our future is in "
                "Europe, and no one will decide it for us",
                "outlet": "",
            },
            {
                "who": "",
                "speaker": "Doina Rusnac",
                "content": "Those who dream of bringing us back into their sphere of influence should know that the "
                "people of Moldova have already made their choice",
                "outlet": "",
            },
        ],
    },
    {  # 35 X claimed ..., without offering evidence
        "text": "Pro-Russian opposition leader Vasile Ciobanaș claimed the referendum had been rigged, without "
        "offering evidence.",
        "claims": [
            {
                "who": "Pro-Russian opposition leader Vasile Ciobanaș",
                "speaker": "Vasile Ciobanaș",
                "content": "the referendum had been rigged",
                "outlet": "",
            }
        ],
    },
    {  # 36 "...," said X, an analyst at a named think tank
        "text": '"Nobody in Chisinau believes the gas crisis is over," said Veronica Lungeanu, an energy analyst at '
        "the Expert-Grup think tank.",
        "claims": [
            {
                "who": "Veronica Lungeanu",
                "speaker": "Veronica Lungeanu",
                "content": "Nobody in Chisinau believes the gas crisis is over",
                "outlet": "",
            }
        ],
    },
    # ---- the Caucasus
    {  # 37 accused X of violating
        "text": "BAKU, Azerbaijan (AFP) - Azerbaijan's Defence Ministry accused Armenian forces of opening fire on "
        "its positions along the border overnight.",
        "claims": [
            {
                "who": "Azerbaijan's Defence Ministry",
                "speaker": "Defence Ministry",
                "content": "Armenian forces of opening fire on its positions along the border overnight",
                "outlet": "",
            }
        ],
    },
    {  # 38 told state television, a partial quote; a reported question (none)
        "text": "Armenian Deputy Prime Minister Tigran Avetisyan told state television that the border "
        'demarcation talks had made "significant progress."\n\n'
        "Journalists asked Avetisyan whether Armenia would formally leave the Collective Security Treaty "
        "Organization.",
        "claims": [
            {
                "who": "Armenian Deputy Prime Minister Tigran Avetisyan",
                "speaker": "Tigran Avetisyan",
                "content": 'the border demarcation talks had made "significant progress"',
                "outlet": "",
            }
        ],
        "none": ["Journalists asked Avetisyan"],
    },
    {  # 39 In an interview with Al Jazeera, a presidential adviser said
        "text": "In an interview with Al Jazeera, Azerbaijani presidential adviser Elnur Mammadli said Baku was "
        'ready to sign a peace treaty "tomorrow" if Yerevan amended its constitution.',
        "claims": [
            {
                "who": "Azerbaijani presidential adviser Elnur Mammadli",
                "speaker": "Elnur Mammadli",
                "content": 'Baku was ready to sign a peace treaty "tomorrow" if Yerevan amended its constitution',
                "outlet": "Al Jazeera",
            }
        ],
    },
    {  # 40 told a news conference; ", adding that" after an Interior Ministry statement
        "text": "TBILISI, Georgia (AP) — Georgian Prime Minister Irakli Gelovani told a news conference that the "
        "government would not withdraw the bill.\n\n"
        "Police used water cannon and tear gas to disperse protesters outside parliament overnight, the "
        "Interior Ministry said, adding that 27 officers had been injured.",
        "claims": [
            {
                "who": "Georgian Prime Minister Irakli Gelovani",
                "speaker": "Irakli Gelovani",
                "content": "the government would not withdraw the bill",
                "outlet": "",
            },
            {
                "who": "the Interior Ministry",
                "speaker": "Interior Ministry",
                "content": "Police used water cannon and tear gas to disperse protesters outside parliament overnight",
                "outlet": "",
            },
            {
                "who": "the Interior Ministry",
                "speaker": "Interior Ministry",
                "content": "27 officers had been injured",
                "outlet": "",
            },
        ],
    },
    {  # 41 "..., she said" after a pronoun resolved to the named woman of the paragraph before
        "text": "Nino Kapanadze, a spokesperson for the opposition Coalition for Change, said at least 40 "
        "protesters had been detained.\n\n"
        '"They are arresting students for standing on the street," she said.',
        "claims": [
            {
                "who": "Nino Kapanadze",
                "speaker": "Nino Kapanadze",
                "content": "at least 40 protesters had been detained",
                "outlet": "",
            },
            {
                "who": "she",
                "speaker": "Nino Kapanadze",
                "content": "They are arresting students for standing on the street",
                "outlet": "",
            },
        ],
    },
    # ---- Central Asia
    {  # 42 cited by Interfax after a quote
        "text": '"We have not received any formal proposal from Gazprom," Kazakh Energy Minister Nurlan '
        "Abdrakhmanov said, as cited by Interfax.",
        "claims": [
            {
                "who": "Kazakh Energy Minister Nurlan Abdrakhmanov",
                "speaker": "Nurlan Abdrakhmanov",
                "content": "We have not received any formal proposal from Gazprom",
                "outlet": "Interfax",
            }
        ],
    },
    {  # 43 said in televised remarks
        "text": "Kyrgyz President Talant Osmonaliev said in televised remarks on Monday that the country would not "
        "join any military bloc directed against its neighbours.",
        "claims": [
            {
                "who": "Kyrgyz President Talant Osmonaliev",
                "speaker": "Talant Osmonaliev",
                "content": "the country would not join any military bloc directed against its neighbours",
                "outlet": "",
            }
        ],
    },
    {  # 44 the claim before the attribution with a place; "He said" in the next paragraph
        "text": "ASTANA, Kazakhstan (Reuters) - Kazakhstan will keep pursuing a multi-vector foreign policy, "
        "President Yerlan Seitkali said at an investment forum on Thursday.\n\n"
        "He said Astana would not help any state evade Western sanctions.",
        "claims": [
            {
                "who": "President Yerlan Seitkali",
                "speaker": "Yerlan Seitkali",
                "content": "Kazakhstan will keep pursuing a multi-vector foreign policy",
                "outlet": "",
            },
            {
                "who": "He",
                "speaker": "Yerlan Seitkali",
                "content": "Astana would not help any state evade Western sanctions",
                "outlet": "",
            },
        ],
    },
    {  # 45 a central bank said on Friday it would
        "text": "Kazakhstan's central bank said on Friday it would keep its base rate at 15.25% for at least "
        "another quarter.",
        "claims": [
            {
                "who": "Kazakhstan's central bank",
                "speaker": "",
                "speaks_for": "Kazakhstan",
                "content": "it would keep its base rate at 15.25% for at least another quarter",
                "outlet": "",
            }
        ],
    },
    {  # 46 "..., X told AFP" with an appositive description after the name
        "text": '"The situation at the border is catastrophic," Gulnara Sadykova, a volunteer with a Bishkek-based '
        "charity, told AFP.",
        "claims": [
            {
                "who": "Gulnara Sadykova",
                "speaker": "Gulnara Sadykova",
                "content": "The situation at the border is catastrophic",
                "outlet": "AFP",
            }
        ],
    },
    {  # 47 according to his press service, the content an act
        "text": "Uzbek President Rustam Ergashev discussed water sharing on the Amu Darya with his Tajik "
        "counterpart by telephone, according to his press service.",
        "claims": [
            {
                "who": "his press service",
                "speaker": "",
                "speaks_for": "Rustam Ergashev",
                "content": "Uzbek President Rustam Ergashev discussed water sharing on the Amu Darya with his Tajik "
                "counterpart by telephone",
                "outlet": "",
            }
        ],
    },
    {  # 48 the presidential spokesman said a visit was planned; the visit itself (none)
        "text": "Tajik presidential spokesman Farrukh Sharipov said the two leaders would sign a border agreement "
        "during the visit.\n\n"
        "The Kyrgyz delegation arrived in Dushanbe on Wednesday evening.",
        "claims": [
            {
                "who": "Tajik presidential spokesman Farrukh Sharipov",
                "speaker": "Farrukh Sharipov",
                "content": "the two leaders would sign a border agreement during the visit",
                "outlet": "",
            }
        ],
        "none": ["delegation arrived in Dushanbe"],
    },
    # ---- more Ukraine and Russia
    {  # 49 "the ministry said", then "it said" continuing the same statement
        "text": "Ukraine's Energy Ministry said repair crews had restored power to 80% of the households cut off by "
        "the weekend strikes. Rolling blackouts would continue in Kyiv and five other regions until at least "
        "Wednesday, it said.",
        "claims": [
            {
                "who": "Ukraine's Energy Ministry",
                "speaker": "Energy Ministry",
                "content": "repair crews had restored power to 80% of the households cut off by the weekend strikes",
                "outlet": "",
            },
            {
                "who": "it",
                "speaker": "Energy Ministry",
                "content": "Rolling blackouts would continue in Kyiv and five other regions until at least Wednesday",
                "outlet": "",
            },
        ],
    },
    {  # 50 a quote over two paragraphs in translation with the attribution after the first
        "text": '"We buried our neighbours with our own hands," Halyna Tkachuk, 67, told The Associated Press in '
        "the village of Kamianka.\n\n"
        '"There was no one else left to do it. The soldiers came and went, and we stayed."',
        "claims": [
            {
                "who": "Halyna Tkachuk",
                "speaker": "Halyna Tkachuk",
                "content": "We buried our neighbours with our own hands",
                "outlet": "Associated Press",
            },
            {
                "who": "",
                "speaker": "Halyna Tkachuk",
                "content": "There was no one else left to do it. The soldiers came and went, and we stayed",
                "outlet": "Associated Press",
            },
        ],
    },
    {  # 51 the governor wrote on Telegram, the surname later with "added"
        "text": "Belgorod region Governor Vyacheslav Gorinov wrote on Telegram that a Ukrainian drone had hit a "
        "power substation, leaving 12,000 people without electricity.\n\n"
        "Gorinov added that no one had been hurt.",
        "claims": [
            {
                "who": "Belgorod region Governor Vyacheslav Gorinov",
                "speaker": "Vyacheslav Gorinov",
                "content": "a Ukrainian drone had hit a power substation, leaving 12,000 people without electricity",
                "outlet": None,
            },
            {
                "who": "Gorinov",
                "speaker": "Vyacheslav Gorinov",
                "content": "no one had been hurt",
                "outlet": None,
            },
        ],
    },
]
