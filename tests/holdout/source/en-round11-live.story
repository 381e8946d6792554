#! English round 11 live blogs: invented news, people, places and outlets.

=== en-live-norhavn-state-visit
lang: en
outlet: The Caledonian Courier
title: State visit live: President Vantongeren of Norhavn arrives in Edinburgh for three-day visit
caption: President Ilse Vantongeren inspects a guard of honour at the Palace of Holyroodhouse.
link: https://example.co.uk/news/scotland/norhavn-state-visit-live
author: Fiona Drummond-Kerr
date: 2032-06-15 17:40:00
tags: State visit, Norhavn, Edinburgh, Royal family
options: time=prefix bullet=•
> President Ilse Vantongeren of Norhavn has begun the first state visit by a Norhavnian head of state to Scotland in more than 40 years, with a ceremonial welcome at the Palace of Holyroodhouse and a speech to MSPs at the Scottish Parliament.
> The three-day visit, which includes a state banquet tonight and a trip to the offshore wind port at Inverbrae tomorrow, is expected to end with the signing of an energy partnership worth an estimated £1.2bn.
kp: Key points
* President lands at Edinburgh airport
* Energy deal worth £1.2bn to be signed on Thursday
* President Vantongeren addresses MSPs at Holyrood
* State banquet at Holyroodhouse tonight
## 17.32 BST | What happens tomorrow?
> On Wednesday the president travels north to Inverbrae, where Norhavnian firm HavKraft is building turbine foundations for the North Caley wind farm. She will then visit St Columba’s Primary School in Dunlevin, which teaches Norhavnian as an after-school language, before a reception hosted by the first minister.
## 16.58 BST | ‘A friendship written in the sea’: president’s speech at Holyrood
> ‘Our two nations have always been joined, not divided, by the North Sea,’ President Vantongeren told MSPs, speaking partly in Scots Gaelic to loud applause. ‘A friendship written in the sea cannot be erased by the wind.’
> She paid tribute to the 312 Scottish fishermen who died off the Norhavnian coast during the storms of 1953, and announced a scholarship fund for 50 Scottish students a year at the University of Vester Sund.
> Some Green MSPs wore badges reading ‘Climate before contracts’ in protest at Norhavn’s oil licensing round, but the speech passed without interruption.
## 15.40 BST | Energy deal worth £1.2bn to be signed on Thursday
> Downing Street has confirmed that the energy partnership will be signed on Thursday by the UK energy secretary and Norhavn’s minister for industry, Mr Tor Lindqvist-Haug. It covers subsea cables, hydrogen and a joint research centre in Aberdeen, with an estimated value of £1.2bn over 10 years.
> A government source said the deal would create ‘around 1,800 jobs’, a figure the opposition called ‘optimistic at best’.
## 14.15 BST | Crowds on the Royal Mile
> Several thousand people lined the Royal Mile to watch the carriage procession. Many waved the red and white flag of Norhavn, among them members of the Edinburgh Norhavnian Society, founded in 1921.
> ‘My grandmother came over on a fishing boat in 1962,’ said Astrid McPhail, 67, from Leith. ‘She would have been so proud today.’
## 13.02 BST | Who is Ilse Vantongeren?
> A former marine biologist, Ilse Vantongeren, 58, was elected president of Norhavn in 2029 after a career at the Nordic Ocean Institute, where she led research on the decline of cod stocks. She is the country’s second female head of state.
> She speaks five languages, including English, which she learned during a Ph.D. at the University of St Andrews in the 1990s. Her husband, Dr Pieter Vantongeren, is a paediatrician.
## 12.20 BST | Bagpipes and a 21-gun salute!
> The president’s arrival at Holyroodhouse was marked by a 21-gun salute fired from Edinburgh Castle, and the Royal Scots Dragoon Guards band played the national anthems of both countries. The King and the president then inspected a guard of honour from the Black Watch.
## 11.45 BST | Gifts exchanged: a tapestry, a telescope and a bottle of Glen Ardoch
> The palace has released details of the gifts. The president presented the King with a hand-woven tapestry from the island of Skarø depicting a 17th-century trading ship. In return, she received a restored brass telescope made in Glasgow in 1884 and a 25-year-old single malt from Glen Ardoch.
## 10.32 BST | President lands at Edinburgh airport
> The Norhavnian government’s Airbus landed at 10.27am, slightly ahead of schedule. Mrs Vantongeren was greeted on the tarmac by the lord lieutenant and the Norhavnian ambassador to the UK, Mr Henrik Aasgaard.
> RAF Typhoons from Lossiemouth escorted the aircraft once it entered British airspace, a tradition for state visits.
## 09.05 BST | Road closures in the city centre
> Edinburgh council has warned of road closures until 6pm, including the Canongate, the High Street and parts of Holyrood Road. Lothian Buses has diverted 14 routes; details are at www.edinburgh-travel-example.co.uk/statevisit.

=== en-live-chess-world-championship-game-12
lang: en
outlet: Endgame Review
title: World Chess Championship game 12 live: Oyelaran beats Tarasenko to level the match at 6-6
caption: Folake Oyelaran studies the board during game 12 in Valletta.
link: https://example.com/chess/world-championship-2032-game-12-live
author: Daniel Kowalski-Reyes
date: 2032-11-26 20:10:00
tags: Chess, World Championship, Folake Oyelaran, Mykyta Tarasenko
options: time=colon bullet=⇒ nocaptionline
> Good afternoon and welcome to live coverage of game 12 of the World Chess Championship in Valletta. The defending champion, Mykyta Tarasenko, leads the 14-game match 6½-5½ after winning a thrilling game 11 on Sunday, and has the white pieces today.
> His challenger, 23-year-old Folake Oyelaran, needs at least a win in the last three games to force a tiebreak. The first move is at 3pm local time; the players have 120 minutes for 40 moves, with a 30-second increment from move 41.
## 7.48pm | Oyelaran: ‘I was lost, then I was not lost’
> At the press conference a visibly drained Oyelaran said: ‘I was lost after 24.Nxe5, I am sure the computer will tell you that. Then I was not lost any more. Chess is a strange game.’
> Tarasenko, who left the stage quickly, spoke for less than two minutes. ‘I spoiled a winning position. There are two games left. That is all I want to say.’
## 7.31pm | Tarasenko resigns! The match is level at 6-6
> After 63 moves and more than four and a half hours of play, Tarasenko stops the clocks and offers his hand. Oyelaran wins game 12 with the black pieces and the match is level at 6-6 with two games to play.
> The hall in the Mediterranean Conference Centre erupts. Her coach, GM Sergei Abramyan, has his head in his hands.
## 7.02pm | Move 58: the rook endgame is winning for Black
> 58...Ra2+ 59.Kf3 Rxh2. The engines now give Black a decisive advantage: two connected passed pawns against none. Oyelaran has 11 minutes on her clock, Tarasenko barely three.
## 6.15pm | Time control reached, with Tarasenko under pressure
> Both players made move 40 with seconds to spare. Oyelaran has found a remarkable defence, and the position is now roughly equal according to most engines.
> ‘This is the kind of position Folake loves, nothing to lose,’ says commentator IM Grace Nakamura-Hill on the official broadcast.
## 5.20pm | Move 31: Oyelaran gives up the exchange
> 31...Rxe4!? A brave decision from the challenger, who sacrifices a rook for a knight to break up White’s pawn structure. ‘It’s either brilliant or desperate,’ Nakamura-Hill says.
## 4.36pm | Is Tarasenko winning?
> Short answer: probably. After 24.Nxe5 Bxe5 25.Qh5 White has a strong attack and the computers give Tarasenko an advantage of about +1.8. But the position is very complicated for a human, and he has used 78 of his 120 minutes.
## 3.40pm | A Catalan again, and a rare idea from Tarasenko
> 1.d4 Nf6 2.c4 e6 3.g3 d5 4.Bg2. For the third time in this match, Tarasenko goes for the Catalan. On move 11 he plays the rare 11.Rd1 rather than 11.Nc3, a move seen only twice in top-level chess.
## 3.00pm | The game is under way
> The arbiter starts the clock, and Tarasenko plays 1.d4 almost instantly. Tickets for the playing hall, at €45 each, sold out within minutes on Monday.
## 2.32pm | How to follow the game
> The game is broadcast with a 15-minute delay on the official site and on the YouTube channel of the organisers. Spectators in the hall must leave their phones at the entrance, i.e. in sealed pouches provided by security.

=== en-live-dunmore-falls-bank-standoff
lang: en
outlet: Lakeshore Daily Press
title: Dunmore Falls bank standoff live: all four hostages freed, suspect in custody after nine-hour siege
caption: Police vehicles outside the First Harbor Bank branch on Main St. in Dunmore Falls.
link: https://example.com/news/local/dunmore-falls-bank-standoff-live
author: Marcus T. Whitfield
date: 2033-05-17 22:05:00
tags: Dunmore Falls, Crime, Police
options: time=dash bullet=- crlf bom
> A nine-hour standoff at a bank in downtown Dunmore Falls ended peacefully Tuesday night when a man who had held four people hostage surrendered to police. All four hostages, three employees and a customer, were released unharmed.
> The man, who police say tried to rob the First Harbor Bank branch on Main St. shortly after it opened, is in custody. Officers from the Dunmore Falls Police Department, the county sheriff’s office and the FBI were at the scene throughout the day.
kp: Latest updates
* All four hostages freed unharmed
* Suspect identified as Wayne R. Colquitt, 46
* Main St. to reopen on Wednesday morning
## 9:48 p.m. EDT | Police chief: ‘Patience saved lives today’
> At a news conference outside City Hall, Police Chief Angela Brightwater praised the negotiators, who spoke to the suspect by phone 37 times over the course of the day. ‘Patience saved lives today. Nobody fired a shot,’ she said.
> Brightwater said the man would be charged with armed robbery, four counts of kidnapping and unlawful restraint. He is expected to appear in Lorain Ridge County court on Thursday.
## 9:15 p.m. EDT | Suspect identified as Wayne R. Colquitt, 46
> Police identified the suspect as Wayne R. Colquitt, 46, of Brenton Township. Court records show he filed for bankruptcy in 2031 and that his home was foreclosed on by First Harbor Bank in March.
> A neighbor, who asked not to be named, said Colquitt had ‘seemed lost’ since his wife’s death. ‘He mowed my lawn every Saturday. I can’t believe this.’
## 8:57 p.m. EDT | Suspect surrenders!
> The suspect walked out of the front door of the bank with his hands raised at 8:54 p.m. and was handcuffed by SWAT officers without a struggle. The crowd behind the police tape on Elm Ave. broke into applause.
## 8:20 p.m. EDT | Last two hostages released
> The final two hostages, a teller and the branch manager, came out of the side entrance just after 8:15 p.m. and were taken to an ambulance. Police said both appeared uninjured.
## 6:45 p.m. EDT | What we know about the hostages
> Police said the four hostages are three bank employees, aged 24, 38 and 51, and a 79-year-old customer, a retired teacher who was released at 2:10 p.m. because of a heart condition. Their names have not been released.
> ‘My mom called me at noon and said, “Don’t worry, honey, he’s polite,”’ said the daughter of one of the employees. ‘Polite! Can you imagine?’
## 4:30 p.m. EDT | Schools on lockdown lifted
> Dunmore Falls City Schools lifted the lockdown at Lincoln Elementary and Riverside Middle School, both within half a mile of the bank. Parents can pick up their children at the usual time, the district said in a message on its app, SchoolBridge.
## 2:10 p.m. EDT | First hostage released
> A woman in her late 70s walked out of the bank and was helped into an ambulance by paramedics. Police said she had been released after negotiators asked the suspect to let her go for medical reasons.
## 11:40 a.m. EDT | SWAT team on the scene, backed by the FBI
> Agents from the FBI’s field office in Cleveland have joined local police. A SWAT team and an armored vehicle are positioned across the street, in the parking lot of a Dollar Depot store.
> Main St. is closed between 3rd St. and 7th St., and residents are asked to avoid the area. Updates are posted on the department’s account on X and at www.dunmorefallspd-example.gov.
## 9:22 a.m. EDT | Reports of a robbery at First Harbor Bank
> Police were called to the First Harbor Bank branch at 418 Main St. at 9:14 a.m. after an employee triggered a silent alarm. Officers arriving at the scene heard a man inside shouting that he had a gun and that he would not come out.

=== en-live-brackenport-marathon
lang: en
outlet: Run Report Daily
title: Brackenport Marathon 2033 live: Kiprono smashes course record as Hollis-Ward wins women’s race
caption: Runners cross Harbour Bridge in the early miles of the Brackenport Marathon.
link: https://example.co.uk/running/brackenport-marathon-2033-live
author: Jess Okonkwo-Hart
date: 2033-04-24 14:05:00
tags: Athletics, Marathon, Brackenport
options: time=suffixglued bullet=- authorspace
> Welcome to our live coverage of the Brackenport Marathon, where a record 31,200 runners are on the start line at Queen’s Dock this morning. Conditions are close to perfect: 9C, light cloud and barely a breath of wind.
kp: Key events
* Elias Kiprono wins men’s race in a course record of 2:04:51
* Lauren Hollis-Ward first British woman to win since 2019
* Aled Pryce takes the wheelchair title
## 1.35pm | Thanks for joining us
> That’s all from us. Full results are at www.brackenportmarathon-example.co.uk/results and we’ll have reaction and analysis on the site later. Congratulations to everyone who ran today!
## 1.28pm | Last official finisher crosses the line
> Margaret O’Donnell, 84, from Fennick, has finished in 6hr 41min to loud cheers. It is her 22nd Brackenport Marathon.
## 1.10pm | Medical update from St John Ambulance
> St John Ambulance say they have treated 187 runners, most for blisters and cramp. Three people were taken to Brackenport General as a precaution.
## 12.52pm | A proposal at mile 26!
> A runner dressed as a lighthouse stopped 200 metres from the finish, got down on one knee and proposed to his partner in the crowd. She said yes. He then jogged the last stretch with the ring in his mouth.
## 12.37pm | Guinness record for fastest marathon dressed as a pint
> Tom Pettigrew from Holm Cross has set a new Guinness World Record for the fastest marathon dressed as a pint of beer, in 3hr 02min.
## 12.20pm | Hollis-Ward: ‘I ran the last mile on pure emotion’
> ‘I ran the last mile on pure emotion. My dad used to bring me here to watch when I was six... he’d have loved this,’ said an emotional Hollis-Ward.
## 12.05pm | Charities hope to raise £48m
> Organisers say runners are on course to raise more than £48m for charity, a record. The biggest single fundraiser is the Brackenport Hospice team, with £312,000 so far.
## 11.54am | Women’s podium confirmed
> 1. Lauren Hollis-Ward (GB) 2:21:09; 2. Tsion Alemu (ETH) 2:21:44; 3. Rebecca Chepkoech (KEN) 2:22:30.
## 11.49am | Hollis-Ward wins!
> Lauren Hollis-Ward wins the Brackenport Marathon! She crosses the line in 2:21:09 and drops to her knees. The first British winner of the women’s race since 2019.
## 11.43am | Alemu fading on Marine Parade
> The gap is now 25 seconds. Alemu keeps looking over her shoulder. Hollis-Ward has not looked back once.
## 11.38am | Kiprono: ‘The crowd pushed me’
> ‘The crowd pushed me all the way. I did not think about the record, only about the finish,’ Kiprono tells BBC Radio Brackenport.
## 11.31am | Hollis-Ward hits the front!
> At mile 24 Lauren Hollis-Ward surges past Tsion Alemu. The crowd on the promenade goes wild.
## 11.26am | Men’s podium confirmed
> 1. Elias Kiprono (KEN) 2:04:51; 2. Abebe Dereje (ETH) 2:05:37; 3. Samuel Rotich (KEN) 2:06:02. First Briton: Callum McBride, seventh in 2:09:14.
## 11.20am | Course record for Kiprono!
> Elias Kiprono wins the Brackenport Marathon in 2:04:51, taking 58 seconds off the course record set in 2029. He celebrates by lying flat on the finish line.
## 11.12am | Kiprono alone in the lead
> Kiprono has 30 seconds on Dereje at mile 24. The record is in his hands.
## 11.05am | Women’s race: Alemu and Hollis-Ward clear
> At 20 miles it’s a two-woman race. Tsion Alemu and Lauren Hollis-Ward are 48 seconds ahead of Chepkoech.
## 10.58am | Kiprono attacks on Castle Road
> Elias Kiprono makes his move on the climb to Castle Road, and only Dereje can follow. Rotich is dropped.
## 10.49am | Aled Pryce wins the wheelchair race
> The Welshman Aled Pryce wins the men’s wheelchair race in 1:28:40. The women’s race went to Sweden’s Ebba Lindqvist-Ode in 1:39:15.
## 10.41am | Pacemakers drop out
> The last of the pacemakers steps off at 30km. Six men are left in the lead group, on course for roughly 2:05.
## 10.33am | Who is Elias Kiprono?
> The 27-year-old from Iten has won in Seoul and Rotterdam, and ran 2:04:12 in Valencia last December. He is coached by Italian Dr. Paolo Rossetti.
## 10.26am | Halfway: men on record pace
> The leaders pass halfway in 1:02:18, 20 seconds under course-record pace. Rotich, Kiprono and Dereje are at the front.
## 10.14am | Mass start completed
> The final wave has crossed the start line, 54 minutes after the first. Around 31,200 runners are now on the course.
## 10.02am | Drinks station moved after water main burst
> Water station 7 on Fenwick Road has been moved 400 metres after a burst main flooded the road. The diversion adds no distance.
## 9.51am | Runners in fancy dress
> Spotted so far: three Elvises, a rhinoceros, a full-size red phone box and a man dressed as the NHS logo.
## 9.43am | Women’s elite race: a fast start
> Alemu and Hollis-Ward pass 5km in 16:31, on pace for well under 2:20.
## 9.30am | Women’s elite race under way
> The women’s elite race has started from Queen’s Dock, half an hour behind the men.
## 9.20am | Brackenport’s mayor starts the mass race
> The first mass wave is off, started by the mayor, Cllr. Priya Natarajan, wearing a gold tracksuit.
## 9.00am | Men’s elite race under way
> They’re off! The men’s elite race and the wheelchair races have started in bright sunshine at Queen’s Dock.
## 8.48am | Road closures until 3pm
> The Harbour Bridge, Marine Parade and Castle Road are closed until 3pm. Buses are diverted; details on the BrackenBus app.
## 8.40am | Can I still watch?
> Yes: the race is live on BBC One from 8.45am, and the organisers stream the finish on their YouTube channel.
## 8.32am | A tribute to Joe Whitlock
> A minute’s applause was held for Joe Whitlock, the race’s founder, who died in January aged 88.
## 8.25am | Weather: cool and calm
> The Met Office forecast is for 9C at the start, rising to 13C by midday, with winds below 5mph.
## 8.17am | Security checks at Queen’s Dock
> Runners are reminded that bags larger than 20 litres are not allowed in the start pens.
## 8.10am | Fifteen nations in the elite field
> Elite runners from 15 countries are competing, including three Olympic medallists.
## 8.02am | Good morning from Queen’s Dock
> Good morning! The elite men start at 9am. We’ll bring you every step, from the start pens to the finish on Marine Parade.
