#! English round 10 live blogs: invented news, people and places.

=== en-live-hurricane-delphine
lang: en
outlet: Gulf Coast Sentinel
title: Hurricane Delphine live updates: Category 4 storm makes landfall near Port Calloway, 300,000 without power
caption: Waves break over the seawall on Calloway Beach Boulevard early Thursday.
link: https://example.com/weather/hurricane-delphine-live-updates
author: Tessa Marbury, Luis Arreguín
date: 2031-09-18 13:45:00
tags: Hurricane Delphine, Weather, Florida
options: time=prefix bullet=•
> Hurricane Delphine made landfall near Port Calloway, Florida, at 6:10 a.m. Thursday as a Category 4 storm with maximum sustained winds of 140 mph, the National Hurricane Center said. It is the strongest hurricane to strike this stretch of the Panhandle in more than 30 years.
> More than 300,000 homes and businesses in Bayard and Tennant counties were without power by midmorning, and officials warned that a storm surge of up to 14 feet was still pushing into low-lying neighborhoods around St. Mary’s Sound. No deaths had been confirmed as of early afternoon.
kp: What we know
* Delphine came ashore at 6:10 a.m. as a Category 4 hurricane
* More than 300,000 customers without power
* Storm surge of up to 14 feet reported in St. Mary’s Sound
* Gov. Alcott: “Do not go outside to look at it”
* Interstate 10 closed between exits 85 and 120
## 1:32 p.m. ET | Delphine weakens to Category 2 as it moves inland
> Delphine has weakened to a Category 2 hurricane with sustained winds of 105 mph as it moves north-northeast at 14 mph, the NHC said in its 1 p.m. advisory. The center of the storm is now about 40 miles north of Port Calloway, near the small town of Eulalia.
> Forecasters warned that freshwater flooding would become the main danger over the next 48 hours, with 10 to 15 inches of rain expected in parts of southern Georgia and Alabama. Rivers including the Little Choctaw are forecast to reach major flood stage by Saturday.
## 12:58 p.m. ET | How can you help?
> The American Red Cross has opened six shelters in Bayard and Tennant counties and says it urgently needs volunteers with commercial driver’s licenses. Donations can be made at www.example.org/delphine or by texting DELPHINE to 90999.
> Local food banks asked residents not to drop off goods in person until roads are cleared. “We love the generosity, but right now we can’t get a truck out of our own parking lot,” said Bernadette Fontenot, director of the Tri-County Food Pantry.
## 12:15 p.m. ET | ‘We lost everything, but we’re alive’
> Ruth-Ann Gillespie, 71, rode out the storm with her husband and their two dachshunds in the bathroom of their home on Pelican Way. “The roof went at about 6:30. It sounded like a freight train, just like everybody says,” she said. “We lost everything, but we’re alive. That’s what matters.”
> Her neighbor, Dr. Samuel Oyelaran, a retired pediatrician, said the water had reached the fourth step of his staircase before it began to recede. He spent the morning checking on elderly residents along the street with a flashlight and a first-aid kit.
## 11:40 a.m. ET | Federal disaster declaration approved, says FEMA
> The White House approved a major disaster declaration for 11 Florida counties late Thursday morning, freeing up federal money for debris removal, temporary housing and repairs to public buildings. FEMA Administrator Jonah Kettering said 40 search-and-rescue teams were already in the state.
> Sen. Marisol Whitcombe, who represents the area, said she had spoken to the president by phone. “He told me the money will be there. I told him we’ll hold him to that,” she wrote on social media.
## 11:02 a.m. ET | Interstate 10 closed between exits 85 and 120
> The Florida Highway Patrol has closed I-10 in both directions between exits 85 and 120 because of downed power lines, overturned trucks and debris. Troopers said there was no estimate for when the highway would reopen and urged drivers heading east from Alabama to wait at home.
## 10:31 a.m. ET | More than 300,000 customers without power
> 312,480 homes and businesses were without electricity as of 10:30 a.m., according to Gulf Shore Power & Light, about 71% of its customers in the region. The utility said crews from 14 states were staged in Georgia and would move in once winds drop below 35 mph.
> A spokeswoman, Mrs. Delia Harkness, said restoring service to everyone could take “weeks, not days.” Customers can report outages at outages@gspl.example or by calling the number on their bill.
## 9:47 a.m. ET | Gov. Alcott: “Do not go outside to look at it”
> Gov. Renata Alcott pleaded with residents to stay indoors at a briefing at the state emergency operations center in Tallahassee. “The eye has passed, but the back side of this storm is just as dangerous. Do not go outside to look at it. Do not drive through water. Do not touch a power line.”
> She said 2,400 National Guard members had been deployed and that search-and-rescue teams would begin going door to door in Port Calloway “as soon as the winds drop below 40 mph.”
> Alcott also warned of scams. “If someone knocks on your door tomorrow and offers to fix your roof for cash up front, say no. Call the number on our website, www.example.gov/delphine, and check they are licensed.”
> Asked about the state’s budget for recovery, the governor said it was “too early to put a number on it” but that the cost would “certainly run into the billions.” She will hold another briefing at 5 p.m.
## 9:15 a.m. ET | Storm surge of up to 14 feet reported in St. Mary’s Sound
> A tide gauge at the St. Mary’s Sound marina recorded water 13.8 feet above normally dry ground before it stopped transmitting at 8:04 a.m., the U.S. Geological Survey said. That would be the highest surge recorded in the sound since the gauge was installed in 1994.
> Video posted on YouTube by a resident of Harbor Point showed water up to the windows of parked cars on Bayshore Drive and a shrimp boat resting against a gas station canopy.
## 8:20 a.m. ET | Hospital switches to generators
> Bayard Regional Medical Center switched to backup generators shortly after 7 a.m. when the main power supply failed. The hospital said 27 patients in its intensive care unit had been moved to a windowless interior ward on the second floor overnight. “Every patient is safe and receiving care,” spokesman Calvin Dreyer said.
## 7:33 a.m. ET | Eye passes over Port Calloway
> Residents of Port Calloway reported an eerie calm, with blue sky visible overhead, as the eye of the hurricane passed over the city. Emergency managers warned people not to leave their homes: the calm lasted only 22 minutes, and the winds returned from the opposite direction at 7:29 a.m.
## 6:10 a.m. ET | Delphine makes landfall as a Category 4 hurricane
> The NHC says Delphine made landfall at 6:10 a.m. just west of Port Calloway with maximum sustained winds of 140 mph and a minimum central pressure of 941 millibars. A gust of 158 mph was measured at the Calloway Regional Airport before the instrument failed.
## 5:02 a.m. ET | Good morning from the Panhandle
> Welcome to our live coverage of Hurricane Delphine. The storm is about 25 miles south of Port Calloway and is expected to make landfall within the next hour. Our reporters are in Port Calloway, Eulalia and the state capital, and we will bring you updates throughout the day.

=== en-live-election-night-northmoor
lang: en
outlet: Northmoor Evening Star
title: General election 2031 results live: Greens take Kelderby as Labour holds on across the Vale
caption: Ballot boxes arrive at the Kelderby Leisure Centre count.
link: https://example.co.uk/politics/general-election-2031-results-northmoor-live
author: Harriet Oduya
date: 2031-05-02 05:20:00
tags: General election 2031, Politics, Northmoor
options: time=glued bullet=⇒ crlf
> Labour has held four of the seven seats in Northmoor and the Vale, but the night belonged to the Greens, who took Kelderby from Labour by just 312 votes after two recounts. Reform UK gained Saltby Moor from the Conservatives, who have been wiped out in the county for the first time since 1997.
> Turnout across the seven constituencies was 59.4%, down from 63.1% at the last election. The final declaration, in Marden West, came at 5.04am after a recount requested by the Liberal Democrats.
kp: Results so far
* Greens gain Kelderby from Labour by 312 votes
* Reform gain Saltby Moor from the Conservatives
* Labour hold four of the seven seats
* Lib Dems hold Marden West after recount
* Turnout down to 59.4%
## 5.04am | Lib Dems hold Marden West after recount
> It’s finally over. Liberal Democrat Fiona Ashcroft-Bell has held Marden West with a majority of 1,140 after a full recount, down from 6,300 last time. Labour’s Tom Gregory came second, Reform third. Ms Ashcroft-Bell thanked the count staff, “who have now been awake for roughly 23 hours”, and left without taking questions.
> That completes the picture for Northmoor and the Vale: Labour four, Greens one, Reform one, Lib Dems one. The Conservatives, who held three of these seats five years ago, have none. We’re going to get some sleep, and we’ll have full analysis later this morning.
## 4.41am | Recount in Marden West requested by the Lib Dems
> The returning officer, Mr. Graham Pettifer, has confirmed a full recount in Marden West after the Liberal Democrats asked for one. We understand the gap between the top two is fewer than 1,500 votes. Counting staff, some of whom started at 7am on Thursday, are being brought fresh tea and, we are told, the last of the sausage rolls.
## 4.12am | Greens gain Kelderby from Labour by 312 votes
> “This is what happens when a town stops being taken for granted.” Those were the first words of Dr. Anjali Trevithick, 38, the new Green MP for Kelderby, who won by 312 votes after two recounts. She received 17,904 votes to Labour’s 17,592.
> Dr. Trevithick, a GP at the Kelderby St. Luke’s practice, campaigned almost entirely on the closure of the town’s maternity unit and on river pollution in the Brede. She is the first Green MP ever elected in the north of the county.
> The defeated Labour MP, Patrick Rowntree, who had held the seat since 2019, said he would “take some time with my family” before deciding what to do next. He congratulated his opponent and shook her hand on the stage.
> Turnout in Kelderby was 62.7%, up slightly on the last election, and the Greens’ share of the vote rose by 21 points. Reform UK came third with 9,880 votes and the Conservatives a distant fourth.
> The count was the longest in the county. The first recount began at 2.50am, the second at 3.55am; at one point a bundle of 50 Green votes was found in a Labour tray, which an official described as “a human error, entirely innocent, and exactly why we recount”.
## 3.55am | Second recount under way in Kelderby
> Labour have asked for a second recount in Kelderby, and the returning officer has agreed. Bundles of votes are being checked again, e.g. those where the cross strays outside the box. Party agents are leaning over the tables with their arms folded, which is always a sign that things are tight.
## 3.28am | Labour hold Ashcombe North with a majority of 4,218
> Labour’s Samira Haddow holds Ashcombe North, although her majority has fallen from more than 11,000. Reform UK came second with 12,770 votes, pushing the Conservatives into third. Ms Haddow said voters had sent “a clear message that patience is running out”.
## 3.02am | Reform gain Saltby Moor: new MP is Dean Farraday
> Reform UK has taken Saltby Moor from the Conservatives, who had held it since it was created in 1983. Dean Farraday, a 44-year-old haulage firm owner, won 19,321 votes, a majority of 2,906 over the outgoing Conservative MP, Sir Lionel Abernethy-Grant.
> In a brief speech, Mr. Farraday dedicated his win to “every village that lost its bus, its bank and its pub in the last ten years”. A handful of protesters outside the count were moved on by police.
## 2.40am | What has happened to the Conservatives?
> With Saltby Moor still to declare, the Conservatives are now third or fourth in every seat that has declared in the county. Their share of the vote across Northmoor has fallen by about 17 points. One senior Tory councillor, who asked not to be named, told us: “We didn’t lose this tonight. We lost it over five years.”
## 2.17am | Labour hold Hollins Cross as turnout falls to 54.8%
> Labour’s Devon Mackintosh holds Hollins Cross with a majority of 7,655. Turnout was only 54.8%, the lowest in the county and down almost 9 points. Mr. Mackintosh said low turnout was “a warning to every politician in this hall, me included”.
## 1.49am | Labour hold Vale of Brede and Tolworth East
> Two results within five minutes of each other. Labour hold Vale of Brede (majority 9,012) and Tolworth East (majority 5,377). In both seats Reform UK finished second and the Greens increased their share of the vote by more than 6 points.
## 1.20am | Kelderby on a knife edge
> The mood has changed at the Kelderby Leisure Centre. Green Party activists, who were quiet an hour ago, are now hugging each other near the sports hall doors. A Labour source told us the sampling of ballot papers showed the result was “too close to call, honestly”.
## 12.46am | Turnout figures in: Saltby Moor highest at 66.2%
> Turnout figures for all seven constituencies are now in. Saltby Moor has the highest at 66.2%, Hollins Cross the lowest at 54.8%. Across the county, turnout is 59.4%, i.e. almost four points lower than at the last general election.
## 10.00pm | Exit poll: Labour largest party but short of a majority
> The national exit poll suggests Labour will be the largest party with 298 seats, 28 short of a majority. The Conservatives are projected to win just 91 seats, Reform UK 84, the Liberal Democrats 71 and the Greens 19. Exit polls have been within about 15 seats of the final result at recent elections.
## 9.31pm | Welcome to election night in Northmoor
> Good evening and welcome to our live coverage of the count in Northmoor and the Vale. Polls close at 10pm, and our reporters are at the counts in Kelderby, Ashcombe and Marden. The first result is expected at around 1.30am. Results will also be posted at www.example.co.uk/results as soon as they are declared.

=== en-live-abu-dhabi-grand-prix
lang: en
outlet: The Paddock Post
title: Abu Dhabi Grand Prix live: Jonas Lindqvist wins race and world title as Ferrandi retires
link: https://example.co.uk/f1/abu-dhabi-grand-prix-live-lap-by-lap
author: Rhys Penhallow
date: 2031-12-07 15:05:00
tags: Formula 1, Abu Dhabi Grand Prix, Jonas Lindqvist
options: time=suffix bullet=- nocaptionline
> Jonas Lindqvist is the Formula 1 world champion. The 25-year-old Swede won the season-ending Abu Dhabi Grand Prix for Kestrel after his only title rival, Luca Ferrandi, retired with a hydraulic failure on lap 41 while running second.
> Théo Marchal finished second for Arrowfield and Kofi Mensah-Ward third for McAllister despite a five-second penalty. Lindqvist finishes the season 19 points clear of Ferrandi and becomes the youngest Swedish champion in the sport’s history.
kp: Key moments
* Lindqvist leads every lap from pole
* Ferrandi retires from second place on lap 41
* Mensah-Ward penalised for forcing Marchal off the track
* Safety car after debris on the back straight
## 14:48 GMT | Lindqvist: “I can’t feel my hands”
> Lindqvist, speaking to the broadcaster’s interviewer under the podium: “I can’t feel my hands. I was shaking for the last ten laps, honestly. When Luca stopped I didn’t even want to know, I told the team, ‘Don’t tell me anything, just tell me the gaps.’”
> He dedicated the title to his late grandfather, “who drove me to every kart race in Sweden in a Volvo with 400,000 km on it”.
## 14:41 GMT | CHAMPION! Jonas Lindqvist wins in Abu Dhabi and takes the title
> Lindqvist crosses the line 4.3 seconds clear of Marchal to win the race and the championship. The Kestrel garage empties onto the pit wall. His team principal, Dr. Annika Wessel, is in tears on the team radio: “You are the world champion, Jonas. World champion!”
## 14:35 GMT | Last lap: Lindqvist leads by 4.1 seconds
> One lap to go. Lindqvist leads Marchal by 4.1 seconds, with Mensah-Ward third on the road but fifth once his penalty is applied... unless he can pull out a gap of five seconds over Ortega in fourth. He is 5.6 seconds ahead. It will be close.
## 14:22 GMT | Lap 48/58: Marchal passes Mensah-Ward for P2
> A lovely move from Marchal into Turn 6, down the inside with DRS open. Mensah-Ward tried to hold the outside line and had nowhere to go. Arrowfield are now on course for their best result since 2027.
## 14:10 GMT | Ferrandi out! Hydraulics failure ends his title bid at Turn 9
> Disaster for Scuderia Vantaggio. Ferrandi’s car slowed dramatically on the approach to Turn 9 and he pulled off at the exit, thumping the steering wheel. The team confirm a hydraulic failure. Unless something extraordinary happens, Lindqvist is going to be world champion.
> Ferrandi stood by the barrier with his helmet on for almost a minute before walking back to the pits. The crowd in the main grandstand, many of them in Vantaggio red, fell silent.
## 13:58 GMT | Five-second penalty for Mensah-Ward from the FIA
> The stewards have handed Mensah-Ward a five-second time penalty for forcing Marchal off the track at Turn 5 on lap 29. McAllister are furious. Team boss Declan McAllister on the radio: “That’s racing. That is racing, and they know it.”
## 13:44 GMT | Lap 24/58: pit stops shake up the order
> Lindqvist pitted from the lead on lap 22 for hard tyres, a 2.3-second stop. Ferrandi came in a lap later and lost a place to Mensah-Ward when his front-left was slow to go on. Order: Lindqvist, Mensah-Ward, Ferrandi, Marchal, Ortega, Brandt.
## 13:31 GMT | Safety car! Debris on the back straight
> The safety car is out after a piece of front wing from Hugo Brandt’s car was left in the middle of the back straight. Lindqvist’s lead of 3.8 seconds has gone. Kestrel choose not to pit.
> Racing resumes at the end of lap 15. Lindqvist gets a good restart and holds the lead.
## 13:17 GMT | Lap 8: Ferrandi closes to within DRS range
> DRS is now enabled and Ferrandi is within a second of Lindqvist. The Italian is faster through the final sector, about 0.2 seconds a lap, but the Kestrel is quicker on the straights.
## 13:04 GMT | Lights out: Lindqvist keeps the lead into Turn 1
> A clean start from pole for Lindqvist, who moves across to cover the inside. Ferrandi holds second, Mensah-Ward passes Marchal for third around the outside of Turn 1. No contact anywhere. What a relief.
## 12:52 GMT | Title permutations: what does each driver need?
> 58 laps, two drivers, one title. Lindqvist leads Ferrandi by 11 points coming into the race, so Ferrandi must finish at least second and ahead of the Swede, i.e. a win for Ferrandi with Lindqvist third or lower would be enough. If Lindqvist finishes first or second, he is champion whatever Ferrandi does.
## 12:30 GMT | Welcome to the Abu Dhabi Grand Prix
> Good afternoon and welcome to our lap-by-lap coverage of the final race of the 2031 season. It’s 29 degrees in Abu Dhabi, the sun is setting and the title will be decided under the lights. Lights out is at 13:00 GMT.

=== en-live-champions-league-night
lang: en
outlet: The Floodlight
title: Champions League live: ten-man Alvorada beaten by Castlebridge as Kingsmoor are held in Valmont
caption: Luca Pellegrini celebrates his winner at the Riverside Stadium.
link: https://example.co.uk/football/champions-league-live-castlebridge-alvorada-valmont-kingsmoor
author: Ciaran Mulholland
date: 2031-10-22 22:10:00
tags: Football, Champions League, Castlebridge United, Kingsmoor Athletic
options: time=suffixglued bullet=•
> Luca Pellegrini’s header earned Castlebridge United a 2-1 win over ten-man Sporting Alvorada at the Riverside Stadium, their first Champions League victory in eleven attempts. In France, Kingsmoor Athletic led Racing Valmont for almost an hour before Arnaud Lemaire’s late equaliser made it 1-1.
kp: Tonight’s key moments
* Nwosu-Hart gives Castlebridge early lead
* Tavares sent off for Alvorada
* Pellegrini header wins it for Castlebridge
* Lemaire rescues a point for Valmont
## 10.02pm | Full-time in both games: Castlebridge win, Kingsmoor draw
> That’s it! Castlebridge 2-1 Sporting Alvorada and Racing Valmont 1-1 Kingsmoor Athletic. Castlebridge move up to second in Group F with six points; Kingsmoor stay top of Group C but Valmont are now only a point behind them.
> Castlebridge manager Rui Bettencourt, asked whether this was his best night at the club: “Maybe. Ask me again in May.”
## 9.55pm | Can Kingsmoor hold on?
> Four minutes of added time in Valmont. Kingsmoor have brought on a third centre-back and are defending on the edge of their own area. Valmont have had 71% of the ball in the second half.
## 9.47pm | GOAL! Valmont equalise through Lemaire
> And there it is. Valmont 1-1 Kingsmoor. A cross from the right, Dobrev comes for it and doesn’t get there, and Arnaud Lemaire heads into the empty net from six yards. The Stade des Tilleuls explodes.
## 9.38pm | What a save from Dobrev!
> Incredible from the Kingsmoor goalkeeper. A free-kick from 25 yards by Valmont’s No. 10, Yanis Belkacem, is heading for the top corner and Kristian Dobrev somehow gets a fingertip to it. He stays down for a moment, then gets up to applause from the away end.
## 9.24pm | GOAL! Castlebridge lead again, and it’s Pellegrini
> 2-1 to Castlebridge! The man advantage tells. A corner from the left, Pellegrini rises above two defenders and powers a header into the roof of the net. The Italian, signed from Genoa in the summer for £18.5m, runs to the corner flag and slides on his knees.
## 9.10pm | Red card for Alvorada’s Tavares
> Alvorada are down to ten men. Centre-back Bruno Tavares, already booked, brings down Nwosu-Hart as he breaks towards goal and the referee, Mr. Henrik Aalto of Finland, shows a second yellow without hesitation. Tavares protests... then walks off slowly.
## 8.50pm | Second half under way
> We’re back in both games. No changes at half-time for Castlebridge; Kingsmoor have replaced the injured Brodie McAllister with the 19-year-old Tobi Lawal.
## 8.34pm | Half-time: Castlebridge level, Kingsmoor in front
> At the break it’s 1-1 at the Riverside and 0-1 in Valmont. Castlebridge have faded after a bright start, and Alvorada look the more dangerous side. In France, Kingsmoor have defended deep but look comfortable.
## 8.29pm | GOAL! Kingsmoor take the lead in France
> Kingsmoor lead in Valmont! A quick counter-attack, Jamal St. Claire crosses low from the left and Matty Cardwell sweeps it in first time. It’s his fourth goal in three European games.
## 8.21pm | GOAL! Alvorada equalise through Mendes
> Sporting Alvorada are level. A sloppy pass out of defence from Castlebridge and Gonçalo Mendes curls it past the goalkeeper from just outside the area. A really good finish, the kind you see in highlights packages for years.
## 8.12pm | GOAL! Castlebridge strike first through Nwosu-Hart
> The Riverside is rocking. Ebuka Nwosu-Hart, on his 22nd birthday, runs onto a through-ball from Pellegrini and slides it under the keeper. Castlebridge 1-0 Alvorada, twelve minutes gone.
## 7.15pm | Team news: Pellegrini starts for Castlebridge
> Luca Pellegrini returns from a hamstring injury to start up front for Castlebridge, who make three changes from Saturday’s league defeat at St. Albans Road. Kingsmoor are unchanged, with Dobrev in goal and Cardwell on the right.
## 7.02pm | Good evening
> Welcome to our live coverage of a big night for both our English sides in the Champions League. Kick-off in both games is at 8pm UK time. Castlebridge still haven’t won a Champions League group game, ever, and Kingsmoor can go four points clear at the top of their group.

=== en-live-oscars-2032
lang: en
outlet: Marquee Dispatch
title: Oscars 2032 live: ‘The Salt Road’ wins best picture, Rosalind McKenzie-Ford takes best actress
caption: Imogen Achterberg accepts the award for best director.
link: https://example.com/awards/oscars-2032-live-winners-updates
author: Jordan Castellucci
date: 2032-03-28 23:58:00
tags: Oscars, Academy Awards, Movies
options: time=suffixdash bullet=⇒ bom
> “The Salt Road,” Imogen Achterberg’s slow-burning drama about a family of salt farmers on the Gulf of California, won best picture at the 104th Academy Awards on Sunday night, capping a remarkable run for a film made for about $4 million. Achterberg also won best director, only the fourth woman to do so.
> Rosalind McKenzie-Ford won best actress for “Aunt Marguerite” and Desmond LaForge took best actor for “Glasswater,” the most-nominated film of the night with 13 nods, which left with just three.
kp: The big winners
* Best picture: ‘The Salt Road’
* Best director: Imogen Achterberg
* Best actress goes to Rosalind McKenzie-Ford
* Best actor: Desmond LaForge wins for ‘Glasswater’
## 11:52 p.m. ET | Best picture: ‘The Salt Road’
> And the Oscar goes to... “The Salt Road.” The producers, who include Achterberg and her brother Niels, rushed the stage with most of the cast, including three children from the village in Baja California where the film was shot. It is the first best picture winner in more than a decade not to have been released in more than 1,000 theaters.
> The film was rejected by four studios before being financed by a small Dutch production company and a streaming service. “Everyone told us nobody wants to watch two hours about salt,” Niels Achterberg said. “Well. Here we are.”
## 11:40 p.m. ET | Achterberg: “I made this film for my mother”
> “I made this film for my mother, who raised four kids on a teacher’s salary and never once went to the movies because we couldn’t afford it,” Achterberg said, holding the statuette in both hands. “Mom, you’re in the front row tonight.” Cameras cut to a small woman in a green dress who was, understandably, in tears.
## 11:31 p.m. ET | Best actress goes to Rosalind McKenzie-Ford
> Rosalind McKenzie-Ford wins for her role as a retired ballet teacher who takes in her teenage nephew in “Aunt Marguerite.” It’s her first win on her fifth nomination. She thanked her “partner, my agent and my therapist, not necessarily in that order.”
## 11:18 p.m. ET | Best actor: Desmond LaForge wins for ‘Glasswater’
> Desmond LaForge, 67, beats the favorite, Caleb Ostrowski, for his performance as a dying glassblower in “Glasswater.” LaForge, who dropped out of a Ph.D. program at 24 to act in regional theater in St. Louis, got a standing ovation that went on for almost a minute.
> “I was told in Jan. 1991 by a casting director that I had a face for radio,” he said. “So this one’s for radio.”
## 10:49 p.m. ET | In memoriam: a quiet, moving tribute
> The in memoriam segment was accompanied by a solo cello rather than the usual orchestra. The longest applause was for the cinematographer Walter Brannagh, who died in November, and for the actress Dame Felicity Arkwright.
## 10:26 p.m. ET | Was that a wardrobe malfunction?
> Viewers at home are convinced something went wrong with presenter Kieran DuPont’s jacket when he turned to leave the stage. A spokesperson for the show told us it was “a deliberate choice.” We have our doubts.
## 10:02 p.m. ET | Best international feature goes to ‘Vinterlys’ from Norway
> Norway’s “Vinterlys” (“Winter Light”) wins best international feature. Director Sigrid Holmøy gave half her speech in Norwegian and half in English and ended with a plea for the U.N. refugee agency, whose work the film depicts.
## 9:37 p.m. ET | Best original song: ‘Harbor Lights’
> “Harbor Lights” from “Quiet Harbor,” written by Tasha Greenidge and performed live earlier tonight, wins best original song. Greenidge becomes the youngest winner in the category at 23. Her song has been streamed more than 400 million times on Spotify and YouTube.
## 8:21 p.m. ET | Supporting actress: Priya Venkataraman
> The first award of the night goes to Priya Venkataraman for “Neon Vespers.” She thanked her parents, “who still think I should have been a dentist,” and the film’s director, Marco DiStefano.
## 8:09 p.m. ET | Marcy DeLuca’s opening monologue: the best jokes
> Host Marcy DeLuca opened with a song about the length of this year’s nominated films. Best line: “Three of the best picture nominees are over three hours long. I’ve had shorter marriages. I’ve had two shorter marriages.”
## 7:12 p.m. ET | Red carpet: ‘This is a film about work’
> On the red carpet, Achterberg told us the film was “about work, about what it costs your body to make something people put on their table without thinking.” She wore a dress made by a cooperative of seamstresses in Guerrero Negro.
## 6:30 p.m. ET | Welcome to Oscars night
> Good evening from Hollywood. The 104th Academy Awards begin at 8 p.m. ET. “Glasswater” leads with 13 nominations, followed by “The Salt Road” with 11. Stick with us all night for the winners, the speeches and everything in between.

=== en-live-stratuscloud-outage
lang: en
outlet: ByteWire
title: StratusCloud outage live: banks, airlines and smart homes knocked offline for four hours
caption: A departures board at Denver’s airport shows check-in delays.
link: https://example.com/tech/stratuscloud-outage-live-updates
author: Priyanka Vasudevan
date: 2031-11-04 19:02:00
tags: StratusCloud, Outage, Cloud computing
options: time=dash authorspace
> A four-hour outage at StratusCloud, one of the three biggest cloud computing providers in the U.S., knocked thousands of websites and apps offline on Tuesday afternoon, from online banking and airline check-in systems to smart doorbells and video games.
> The company said the problem began with a faulty configuration update to its internal DNS system at 2:04 p.m. Eastern and was fully fixed shortly after 6:30 p.m. It has not said how many customers were affected.
## 6:45 p.m. | StratusCloud says all services restored
> StratusCloud says all services are “fully operational” and that it will publish a detailed report within seven days. In a post on its status page, status.stratuscloud.example, the company apologized “to every customer and every one of their customers.”
> Shares in StratusCloud’s parent company, Halberd Systems, fell 3.4% in after-hours trading.
## 5:58 p.m. | What caused the outage?
> According to StratusCloud, an engineer pushed a routine update to the system that tells computers where to find the company’s servers, i.e. its DNS. The update contained an error that spread to every region within 11 minutes. Rolling it back took much longer than expected, because the tools engineers use to do that also depend on DNS.
> “It’s the classic problem of locking your keys in the car,” said Dr. Miriam Achebe-Stone, who researches network reliability at Ohio Valley University. “You can’t open the door because the key to the door is inside the car.”
## 5:10 p.m. | Airlines report check-in delays at three hubs
> Two major U.S. carriers say check-in kiosks and their apps were down at hubs in Denver, Atlanta and Dallas for almost three hours. Passengers were checked in by hand. The FAA said air traffic control systems were not affected.
## 4:37 p.m. | Retailers put their losses at more than $1 billion
> The National Retail Council estimates that online stores lost sales of “well over $1 billion” during the outage, although that figure is impossible to check. Many smaller stores that rent space from StratusCloud were completely offline.
> eBay sellers told us that listings were visible but checkout failed. “I had 40 orders sitting in carts,” said Lorraine Kowalczyk, who sells vintage kitchenware from her home in Scranton. “That’s my rent.”
## 4:02 p.m. | Company blames faulty update to its DNS
> StratusCloud has confirmed the cause in an update on its status page. “At 2:04 p.m. ET a configuration change to our internal DNS resulted in widespread resolution failures. We have identified the change and are rolling it back.” No mention of a cyberattack, which will calm some nerves.
## 3:41 p.m. | Payment terminals down at stores using TapPay
> Shoppers across the country are finding that card terminals at checkouts are not working. TapPay, whose terminals are used by around 600,000 small businesses, runs on StratusCloud. Cash is king again this afternoon: several readers sent us photos of handwritten signs saying “CASH ONLY – SORRY!”
## 3:15 p.m. | Smart doorbells and thermostats stop working
> iPhone and Android users with smart home devices are reporting that their apps show devices as “offline.” Many popular doorbells, cameras and thermostats store their settings in the cloud.
> The good news, according to most manufacturers: your thermostat will keep running on its last setting, and doorbells will still ring. You just can’t see who’s there from your phone.
## 2:55 p.m. | Outage reports top 2 million
> Outage tracking sites have received more than 2 million reports in under an hour, which would make this one of the largest internet outages of the decade. Reports are coming from every U.S. time zone as well as from Canada, the U.K. and Australia.
## 2:32 p.m. | Banks, airlines and streaming services hit by cloud outage
> Customers of at least four large banks say they cannot log in to their mobile apps. Several airlines, a streaming service and the online game store of the PlayStation rival Nexa are also affected. All of them use StratusCloud, the company confirmed.
## 2:18 p.m. | First reports of problems
> We’re getting the first reports of websites failing to load, with error messages pointing to problems at StratusCloud. We’re looking into it and will update this page as we learn more.

=== en-live-budget-2031
lang: en
outlet: The Capital Ledger
title: Budget 2031 live: income tax thresholds frozen until 2034 as chancellor raises fuel duty by 3p
caption: Nadia Pemberton-Osei holds up the red box outside No. 11 Downing Street.
link: https://example.co.uk/politics/budget-2031-live-updates-chancellor
author: Oliver Strachan, Grace Mbeki-Lowe
date: 2031-11-26 17:10:00
tags: Budget 2031, Economy, Tax
options: time=colon bullet=⇒
> Chancellor Nadia Pemberton-Osei has frozen income tax thresholds for a further two years and raised fuel duty for the first time since 2011 in a Budget she said would “get Britain building again”. The Office for Budget Responsibility cut its growth forecast for next year to 0.9%.
> First-time buyers will pay no stamp duty on homes worth up to £425,000, and the soft drinks levy will be extended to milk-based drinks. The shadow chancellor called it “a tax raid on working people dressed up as a plan for growth”.
kp: Budget at a glance
* Income tax thresholds frozen until 2034
* Fuel duty up 3p a litre from April
* OBR cuts growth forecast to 0.9%
* Stamp duty cut for first-time buyers
* 1.5 million new homes target restated
## 16:40 | What does the Budget mean for you?
> The Resolution Trust has run the numbers. A typical basic-rate taxpayer earning £32,000 will pay about £310 more a year by 2034 than they would have done if thresholds had risen with inflation. A driver filling a 55-litre tank once a week will pay about £86 a year more in fuel duty.
> First-time buyers in London and the South East are the big winners: on a £425,000 flat, the saving is £8,750. Pensioners are largely unaffected, as the triple lock stays.
## 16:05 | IFS: “A Budget that kicks the can down the road”
> The Institute for Fiscal Studies has given its verdict, and it is not kind. Director Prof. Alistair Kimathi said the chancellor had “made the easy choices look hard and left the hard choices for later”, in particular on local government funding and social care.
## 15:20 | Markets react: pound falls 0.8% against the dollar
> Sterling fell 0.8% to $1.24 after the OBR’s forecasts were published, and ten-year gilt yields rose to 4.61%. Traders said the growth downgrade was worse than expected. The FTSE 100 closed down 22 points at 9,318.
## 14:31 | Shadow chancellor: ‘A tax raid on working people’
> Responding for the opposition, shadow chancellor Giles Fothergill said: “Every pound of this Budget comes out of the pocket of someone who gets up early and goes to work. It is a tax raid on working people dressed up as a plan for growth.”
> He said the threshold freeze alone would drag 1.1 million more people into the higher rate of tax by 2034. Government MPs shouted “What would you do?”, to which Mr. Fothergill replied that he would tell them “at the election, which cannot come soon enough”.
## 13:58 | Chancellor sits down after 71 minutes
> That’s the end of the speech. The chancellor spoke for 71 minutes, slightly longer than last year. Now the Treasury will publish the full “Red Book” with all the details, and we’ll be going through it.
## 13:46 | Stamp duty abolished for first-time buyers on homes up to £425,000
> First-time buyers in England and Northern Ireland will pay no stamp duty on properties worth up to £425,000, up from £300,000. The change takes effect at midnight tonight. Estate agents have welcomed it, although the OBR says it will push up prices by about 1%.
## 13:37 | Fuel duty up 3p a litre from April
> The freeze on fuel duty, in place since 2011, ends. Duty will rise by 3p a litre on 1 April, then with inflation each year. The chancellor said the freeze had cost the Treasury £100bn over 20 years, “money we need for roads, rail and buses”.
## 13:29 | Income tax thresholds frozen until 2034
> As widely trailed, the personal allowance and the higher-rate threshold will stay at their current levels, i.e. £12,570 and £50,270, until April 2034. It is the biggest revenue-raiser in the Budget, bringing in an estimated £9.4bn a year by the end of the forecast.
## 13:15 | Soft drinks levy extended to milkshakes
> Milk-based drinks with added sugar, e.g. milkshakes and some coffee drinks, will be included in the soft drinks levy from 2033. Dairy farmers’ groups had lobbied hard against it.
## 13:02 | OBR cuts growth forecast to 0.9%
> The OBR now expects the economy to grow by 0.9% next year, down from 1.6% in its spring forecast. Borrowing this year is expected to be £4.2bn higher than planned. The chancellor blamed “a colder world economy”.
## 12:44 | Pemberton-Osei: “This is a Budget for builders”
> “This is a Budget for builders, for the people who build homes, roads, businesses and families,” the chancellor says. She confirms the target of 1.5 million new homes by the end of the parliament and £2.5bn for planning departments in councils.
## 12:32 | Chancellor on her feet
> Nadia Pemberton-Osei is on her feet in the Commons. The chamber is packed. She begins with a joke about the last Budget’s typo in the Red Book, which gets a laugh on both sides.
## 11:50 | Chancellor poses with the red box outside No. 11
> Nadia Pemberton-Osei posed for photographs outside No. 11 Downing Street with the red box, accompanied by her Treasury ministers. She did not answer shouted questions about fuel duty.
## 09:05 | Good morning and welcome to Budget day
> Good morning. Today the chancellor delivers her second Budget, and the first since the spending review in June. She will stand up in the House of Commons at about 12.30pm, straight after Prime Minister’s Questions. Stay with us for every announcement and the reaction.

=== en-live-air-traffic-failure
lang: en
outlet: The Daily Meridian
title: Air traffic control failure live: more than 1,200 flights cancelled as UK airspace chaos continues
caption: Passengers wait in the departures hall at Severnside Airport.
link: https://example.co.uk/travel/air-traffic-control-failure-flights-cancelled-live
author: Bethan Lloyd-Adjei
date: 2031-08-28 15:30:00
tags: Travel, Flights, Air traffic control
options: time=paren bullet=•
> More than 1,200 flights to and from UK airports have been cancelled after a failure in the national air traffic control system forced controllers to switch to manual processing for almost seven hours on the busiest weekend of the summer holidays.
> UK Air Navigation Services (UKANS) says the fault, which began at 6.42am, has been fixed, but airlines warn that aircraft and crews are out of position and disruption will continue into Tuesday. Passengers are being told not to travel to the airport unless their airline has confirmed their flight is running.
kp: Key points
* UKANS: the fault has been fixed
* More than 1,200 flights cancelled, thousands delayed
* Disruption expected to last until Tuesday
* What are your rights? Our guide below
## 12 minutes ago | UKANS: “The fault has been fixed, but recovery will take time”
> UKANS chief executive Martin Ferreira-Lang says engineers restored the flight-plan processing system at 1.31pm. “The fault has been fixed, but recovery will take time. We are increasing capacity in stages, and we are sorry for the misery this has caused.”
> He declined to say whether the fault was caused by a single flight plan, as happened in a similar incident some years ago. A full report will go to the Civil Aviation Authority (CAA) within a week.
## 38 minutes ago | How do I claim compensation?
> If your flight was cancelled, your airline must offer you a refund or a new flight, and must pay for meals and, if necessary, a hotel, i.e. “duty of care”. Keep your receipts.
> You are unlikely to get extra compensation, because an air traffic control failure counts as an “extraordinary circumstance” outside the airline’s control. Consumer group FairFly has a template letter at www.example.org/fairfly/atc-claims, and you can e-mail questions to help@fairfly.example.
## 1h ago | Passengers prepare to sleep on the floor at Severnside Airport
> At Severnside Airport, staff have handed out foil blankets and bottled water to hundreds of passengers who have been told there are no hotel rooms left within 20 miles. Mrs. Janice Okereke, 64, travelling to Malaga with her grandchildren, said: “Nobody has told us anything since 9am. Nobody. We found out the flight was cancelled from the board.”
> 14-year-old Callum, one of the grandchildren, seemed less worried. “It’s fine. There’s a Burger Barn and the Wi-Fi works.”
## 1h ago | JetVale cancels all flights until 6pm
> Budget airline JetVale has cancelled all its UK departures until 6pm, about 310 flights. The airline said customers would receive an e-mail or text with options to rebook or get a refund. “Please do not come to the airport,” its website says.
## 2h ago | Transport Secretary: ‘This is simply unacceptable’
> Transport Secretary Hamid Rahmani said the failure was “simply unacceptable” and he had asked UKANS for an “hour-by-hour account” of what went wrong. Speaking in Leeds, he said: “Families have saved all year for these holidays. They deserve answers, and they will get them.”
## 3h ago | What went wrong at UKANS?
> UKANS says its automatic flight-plan processing system failed at 6.42am. Controllers can process flight plans manually, but only at a fraction of the normal rate, e.g. about 60 an hour instead of 800, so airlines were told to cut flights drastically. There is no suggestion of a cyberattack, the company says.
## 4h ago | ‘We’ve been here since 5am and nobody knows anything’
> Readers have been sending us their stories. Dr. Rajesh Menon, a GP from St. Albans, said he and his family had been sitting at gate 22 for four hours. “We’ve been here since 5am and nobody knows anything. The pilot came out and said he didn’t know either, which was honest, at least.”
## 5h ago | Flights grounded across UK after air traffic control failure
> Flights across the UK are being delayed or cancelled after what UKANS describes as a “technical issue” with its systems. Airports including Severnside, Manchester and Edinburgh say all departures are on hold. We’ll bring you updates as we get them.

=== en-live-cedar-hollow-fire
lang: en
outlet: Foothill Courier
title: Cedar Hollow Fire: 12,000 under evacuation orders as blaze grows to 38,400 acres
caption: A firefighting helicopter drops water near Mt. Whitcomb on Friday evening.
link: https://example.com/news/cedar-hollow-fire-evacuations-latest
author: Marisa Quintanilla
date: 2031-07-19 08:15:00
tags: Wildfire, Cedar Hollow Fire, Sierra Linda County
options: bullet=-
> The Cedar Hollow Fire in Sierra Linda County grew to 38,400 acres overnight, driven by gusts of up to 45 mph, and evacuation orders now cover about 12,000 people in the foothill communities east of Highway 49, fire officials said Saturday morning.
> At least three homes have been destroyed and dozens more damaged. No deaths have been reported. More than 1,900 firefighters, 14 helicopters and six air tankers are assigned to the fire, which started Thursday afternoon near the Cedar Hollow campground and is 12% contained.
kp: What you need to know
* The fire has burned 38,400 acres.
* About 12,000 people are under evacuation orders.
* Three homes confirmed destroyed, dozens damaged.
* No deaths have been reported.
* The cause is under investigation.
## Evacuation orders expanded to Pine Flat and Oak Ridge
> The Sierra Linda County Sheriff’s Office expanded evacuation orders at 4:10 a.m. to include Pine Flat, Oak Ridge and all homes along Old Mill Road north of Mt. Whitcomb. Residents in Twin Pines and Bellwood are under an evacuation warning and should be ready to leave at short notice.
> An evacuation center is open at Sierra Linda High School, 1450 Foothill Blvd., with cots, food and space for pets. Large animals can be taken to the county fairgrounds in Auberry.
## Where is the fire now?
> The fire’s most active edge is on the northeast side, where it crossed the Little Cedar Creek drainage late Friday and is burning uphill toward Pine Flat, Calif. Crews held the fire at Highway 49 on the west side overnight, a line officials called “critical.”
> “If the wind does what it did yesterday afternoon, we are going to have a hard day,” incident commander Chief Dolores Avenetti said at the 7 a.m. briefing. “If it lies down, this is our chance.”
## Containment at 12%
> Firefighters have built containment lines around the southwest corner of the fire, near the Cedar Hollow campground where it started. Officials expect containment to rise slowly over the weekend. The U.S. Forest Service is bringing in two more hotshot crews from Oregon.
## ‘It came over the ridge like a wave’
> Doug and Patrice Halvorsen had lived on Old Mill Road for 31 years. On Friday afternoon they watched from their driveway as the fire crested the ridge above their property. “It came over the ridge like a wave. A wave of orange,” Patrice Halvorsen said at the evacuation center. “We grabbed the dog, the photo albums and my mother’s quilt. That’s it.”
> They do not yet know whether their home survived. Deputies have said they will not allow residents back into the area “until it is safe, and it is not safe.”
## Air quality alert across the valley through Sunday
> The county health department has issued an air quality alert through Sunday night. People with asthma, heart disease or other lung conditions, children and older adults should stay indoors and keep windows closed. N95 masks are being handed out free at fire stations in Auberry and Granite Springs.
## Firefighter injured near Old Mill Road
> A firefighter suffered burns to his hands and face on Friday evening while working on a fire line near Old Mill Road. He was flown to a burn center in Fresno and is in stable condition, officials said. His name has not been released.
## Schools and roads closed
> Schools in the Sierra Linda Unified, Pine Flat Elementary and Bellwood Union districts are closed Monday. Highway 168 is closed between mile markers 22 and 31. Caltrans says there is no estimate for reopening.
## How to get emergency alerts
> Residents can sign up for the county’s emergency alerts at alerts.sierralinda.example or by texting SLCALERT to 888777. Gov. Teresa Valdivia said Saturday that state assistance has been approved, and Sen. Howard Pak toured the evacuation center with county supervisors.

=== en-live-transfer-deadline-day
lang: en
outlet: Back Page Bulletin
title: Transfer deadline day live: Redhaven break club record for Costa as Wexley beat the clock
caption: Redhaven City’s new signing Thiago Costa at the club’s training ground.
link: https://example.co.uk/football/transfer-deadline-day-live
author: Sam Featherstone
date: 2031-09-01 23:59:00
tags: Football, Transfers, Deadline day
options: time=prefix bullet=⇒ crlf bom
> The window has shut. Redhaven City ended a frantic day by signing Brazilian striker Thiago Costa from Oporto Atlético for a club-record £52m, while Wexley United completed a late loan deal for Dutch midfielder Daan Vermeulen with seconds to spare.
kp: Deadline day’s big deals
* Thiago Costa to Redhaven City, £52m
* Daan Vermeulen to Wexley United, loan
* Kasper Lund to Thornbury Albion, £19m
* Hallam Park sell captain McKinley
## 23:59 | That’s all, folks
> The window is shut. Thanks for joining us for 16 hours of rumours, medicals and a lot of people filming cars outside training grounds. See you in January.
## 23:47 | Wexley confirm Vermeulen with seconds to spare
> Wexley United say the paperwork for Daan Vermeulen’s season-long loan was submitted at 22:59:41, i.e. 19 seconds before the deadline. Their director of football described the last hour as “character-building”.
## 23:00 | Deadline passes!
> It’s 11pm. The window is closed. Clubs who submitted a deal sheet before the deadline have two more hours to send the full paperwork.
## 22:58 | Redhaven: “A statement of intent”
> Redhaven owner Mr. Viktor Halloran calls the Costa deal “a statement of intent”. He says the club will not stop “until this badge is back in Europe”.
## 22:41 | Here we go? Vermeulen in talks with Wexley
> Reports in the Netherlands say Wexley have agreed a loan fee of €3m for Vermeulen, with an option to buy. Time is tight.
## 22:20 | Thornbury finally confirm Lund for £19m
> It’s done. Thornbury Albion have signed Danish centre-back Kasper Lund from FC Nordvik for £19m. He has signed a five-year contract.
## 22:02 | Eastmere pull out of move for Bakayoko
> Eastmere FC have withdrawn from talks for winger Idrissa Bakayoko after “issues” at his medical, according to a source close to the club.
## 21:44 | One hour to go
> 60 minutes left in the window. Deals still in progress: Vermeulen, Lund, and possibly one more at Brackenfield.
## 21:30 | Brackenfield sign goalkeeper on loan until 2033
> Brackenfield Town have signed goalkeeper Ollie Brennan on loan from Hallam Park until June 2033. Brennan, 21, played 14 games for England’s under-21s.
## 21:12 | Kingsbrook’s manager: ‘We’re done’
> Kingsbrook manager Steve Ogilvie: “We’re done. I’ve turned my phone off and I’m going home to watch the telly. If something happens, my wife will tell me.”
## 20:55 | DONE DEAL: Costa signs for Redhaven
> 52 million pounds, a five-year contract and a shirt with No. 9 on the back. Thiago Costa is a Redhaven City player. The club’s previous record was the £34m paid for Marek Dvořák in 2028.
## 20:31 | Costa spotted at St. Anne’s Hospital
> Thiago Costa has been seen arriving at St. Anne’s Hospital in Redhaven for the second part of his medical. Around 40 fans are outside, a few of them wearing Brazil shirts.
## 20:10 | Oldcastle loan out three youngsters
> Oldcastle Wanderers have sent three academy players out on loan to clubs in League One and League Two. None of the deals is thought to include a fee.
## 19:48 | Hallam Park confirm McKinley sale
> Hallam Park captain Jamie McKinley has joined Portlyn Athletic for an undisclosed fee, believed to be about £11m. Fans had started a petition to keep him.
## 19:20 | What is a deal sheet?
> A deal sheet lets clubs submit a transfer to the league before the deadline, e.g. if the paperwork is not finished. They then get two extra hours to send all documents.
## 19:02 | Redhaven and Oporto agree fee for Costa
> Redhaven City and Oporto Atlético have agreed a fee of £52m for Thiago Costa, including add-ons. Costa flew into Manchester on a private jet at 18:35.
## 18:41 | Lund medical under way at Thornbury
> Kasper Lund is having his medical at Thornbury Albion’s training ground. Thornbury staff put up a screen to stop fans filming from the car park. It did not work.
## 18:15 | Wexley: Vermeulen talks “ongoing”
> Wexley manager Dr. Elke Brandstetter says talks for Vermeulen are “ongoing and positive”.
## 17:52 | Portlyn agree £11m fee for McKinley
> Portlyn Athletic have agreed a fee with Hallam Park for captain Jamie McKinley. Personal terms are not expected to be a problem.
## 17:30 | Five and a half hours to go
> Half past five. So far, just four deals confirmed across the league today. Things usually speed up after 8pm.
## 17:05 | Eastmere target Bakayoko arrives for medical
> Winger Idrissa Bakayoko, 26, has arrived at Eastmere’s training ground. The fee is thought to be around £15m.
## 16:44 | Is anything happening at Kingsbrook?
> Readers keep asking. The answer, for now, is no. Kingsbrook have made one signing all summer, a 34-year-old free transfer.
## 16:20 | Redhaven launch new bid for Costa
> Redhaven City have made an improved offer of £48m plus add-ons for Thiago Costa. Oporto rejected £40m last week.
## 15:58 | Marlow Park sign defender on free transfer
> Marlow Park have signed experienced defender Gareth Pryce-Evans on a one-year deal after he left Oldcastle in the summer.
## 15:36 | Thornbury close in on Lund
> Thornbury Albion are in advanced talks to sign FC Nordvik’s Kasper Lund, 24, a left-footed centre-back.
## 15:10 | Portlyn’s first bid for McKinley rejected
> Portlyn Athletic had a first bid of £8m for Jamie McKinley turned down by Hallam Park this morning, we understand.
## 14:47 | Brackenfield target young keeper
> Brackenfield Town want a goalkeeper after their No. 1 broke a finger in training on Saturday. A loan is likely.
## 14:25 | Fans gather outside Redhaven training ground
> About 200 Redhaven fans are outside the Sandford Lane training ground. One has brought a cardboard cut-out of Costa.
## 14:02 | No deal for Oldcastle’s Hendry
> Oldcastle Wanderers say striker Rory Hendry will stay, after rejecting a £9m offer from a club in Saudi Arabia.
## 13:40 | Eastmere agree fee with Lyon side
> Eastmere FC have agreed a fee with Racing Rhône for Idrissa Bakayoko. He is expected in England this afternoon.
## 13:15 | Vermeulen: Wexley’s Plan B?
> Wexley United are looking at Daan Vermeulen, 23, after missing out on their first-choice midfielder last week.
## 12:50 | What do the clubs need?
> Our writers have looked at every club’s squad. Redhaven need a striker, Thornbury a centre-back, Wexley a midfielder, Kingsbrook just about everything.
## 12:22 | Hallam Park manager on McKinley: ‘He’s not for sale’
> Hallam Park manager Ian Dunmore at his press conference: “Jamie is not for sale. That’s all I’ll say.” Make of that what you will.
## 11:58 | Costa trains alone in Porto
> Thiago Costa did not train with the Oporto Atlético squad today. The club said he had “a minor knock”.
## 11:30 | Oldcastle complete signing of Nigerian winger
> Oldcastle Wanderers have signed Chidi Okonkwo-Ellis, 20, from FC Lagos United for an undisclosed fee.
## 11:02 | Redhaven considering second bid
> Redhaven City are preparing a second bid for Thiago Costa after their £40m offer was rejected last week.
## 10:34 | The window closes at 11pm
> A reminder: clubs in England have until 11pm tonight to complete their business. Scottish clubs have until midnight.
## 10:05 | Will Costa finally move?
> The biggest story of the day is whether Redhaven City can land Thiago Costa. Talks have been going on for three weeks.
## 09:30 | Kingsbrook fans protest at owners
> Around 50 Kingsbrook fans gathered outside the club offices with banners reading “Spend or sell”.
## 08:00 | Good morning, it’s deadline day!
> Good morning and welcome to deadline day. We’ll be here until the window closes at 11pm, and probably beyond. Send your questions to deadline@example.co.uk.
