#! English corpus: invented news.

=== en-live-election-night-40
lang: en
outlet: The Northern Ledger
title: Eastmark election results live: Labour-Green alliance wins majority as Premier Halloran concedes
caption: Supporters of the Labour-Green alliance celebrate in Carrick Square as results come in.
link: https://example.com/politics/live/eastmark-election-results
author: Hannah Brightwell, Oliver Stroud and Amara Eze
date: 2026-11-06 06:20:00
tags: Eastmark, Elections, Politics
options: bullet=•
> Voters in Eastmark have handed the Labour-Green alliance a clear majority in the 120-seat assembly, ending 12 years of Unity Party government. Premier Conor Halloran conceded shortly after 3 a.m.
> With 118 of 120 seats declared, the alliance has 67 seats, the Unity Party 41 and independents 10. Turnout was 71.2%, up 4.5 points on the last election.
kp: Key points
* Labour-Green alliance wins 67 of 120 seats, a majority of 14
* Premier Halloran concedes and will resign as Unity Party leader
* Alliance leader Ruth Adeyemi to be sworn in on Monday
* Turnout of 71.2%, the highest since 1994
## 06:10 | Two seats still to declare after recounts
> Recounts continue in Ballard West and Fenmoor, where the margins are under 100 votes. Neither result can change the overall picture.
## 05:52 | Adeyemi: "Tomorrow we start work"
> In a short speech in Carrick Square, the premier-elect told supporters to "go home, get some sleep, and then hold us to every promise".
> She said her first act would be to publish the state's full accounts "so everyone can see what we are inheriting".
## 05:31 | Markets open calmly
> The Eastmark dollar was little changed in early trading in Singapore. Analysts had expected an alliance win since the final polls.
## 05:14 | Alliance leader Ruth Adeyemi to be sworn in on Monday
> The governor's office confirmed the swearing-in will take place at 11 a.m. on Monday in the assembly chamber.
## 04:58 | Fenmoor recount ordered
> The returning officer in Fenmoor ordered a full recount after the Unity candidate finished 38 votes behind. Ballots will be counted again from 8 a.m.
## 04:40 | Who is Ruth Adeyemi?
> A former paediatric nurse, Adeyemi, 49, entered the assembly in 2014 and became alliance leader two years ago. She is the first woman to lead an Eastmark government.
> Her campaign focused on housing, hospital waiting lists and a new rail line to the north coast.
## 04:22 | Finance minister loses her seat
> In one of the night's biggest upsets, Finance Minister Gwen Talbot has lost Harbourside to a 26-year-old Green candidate by 1,204 votes.
## 04:05 | Greens win their first rural seat
> The alliance's Green wing has taken Millbrook, a farming seat held by the Unity Party since it was created in 1982.
## 03:48 | Unity Party deputy says "humility" needed
> Deputy leader Marcus Flynn told reporters the party had "stopped listening" and needed "a long period of humility".
## 03:31 | Premier Halloran concedes and will resign as Unity Party leader
> Halloran phoned Adeyemi to congratulate her before addressing supporters in Port Daley. He said he would stay on as an ordinary member of the assembly.
> "The people have spoken clearly, and they have spoken with grace. We will respect that," he said.
## 03:17 | Alliance passes the 61-seat mark
> With the declaration in Westvale, the alliance reaches 61 seats, enough for a majority on its own.
## 03:02 | Independents hold the balance in the upper house
> In the smaller upper house, independents will hold 9 of 30 seats, meaning the new government will need their support to pass laws.
## 02:46 | Record turnout confirmed
> The electoral commission says 71.2% of registered voters cast a ballot, the highest turnout since 1994. Early voting accounted for almost half of all votes.
## 02:30 | Long queues reported at three university polling stations
> Officials kept three polling stations open until midnight after queues formed outside student halls. Those voters' ballots are now being counted.
## 02:15 | Alliance now has 54 seats
> The alliance needs seven more seats for a majority. Most of the remaining declarations are in its strongholds around the capital.
## 01:58 | Unity holds Port Daley comfortably
> Premier Halloran has held his own seat with 58% of the vote, down from 66% last time.
## 01:41 | What the alliance has promised
> The alliance has promised 20,000 new social homes, a cap on rent increases at 3.5% a year and free public transport for under-18s.
> Its costings were checked by the independent budget office, which said they "broadly add up" but depended on growth forecasts.
## 01:25 | First minister to lose a seat
> Transport Minister Declan Shaw has lost Riverside North by 846 votes, the first cabinet casualty of the night.
## 01:10 | Counting paused in Ashgrove after fire alarm
> The count was paused for 20 minutes when a fire alarm went off at the sports hall. No one was hurt and counting has resumed.
## 00:55 | Alliance gains Kelby from Unity
> The alliance has taken Kelby with a swing of 11 points. It was number 38 on the alliance's list of target seats.
## 00:40 | Halloran's campaign chief: "Not over yet"
> Unity campaign director Sean Mallory insisted the result was "not over yet" and that postal votes would favour his party.
## 00:28 | Postal votes explained
> Postal ballots received by Friday can still be counted, but the commission says fewer than 2% of votes were cast by post this year.
## 00:15 | Results so far: alliance 31, Unity 22, independents 4
> With 57 seats declared, the alliance has a lead of nine seats over the Unity Party.
## 00:01 | Midnight in Carrick Square
> Several thousand alliance supporters have gathered in front of a giant screen. Each declaration is met with cheers or groans.
## 23:47 | Unity holds Greystone by 212 votes
> A narrow hold for the Unity Party in Greystone, where the outgoing member had retired. The alliance had hoped to win it.
## 23:33 | Independent takes Lowther from Unity
> Former police chief Dana Whitlock, standing as an independent, has won Lowther. She ran on a single issue: reopening the town's hospital.
## 23:20 | Alliance holds all four city-centre seats
> No surprise in the capital's centre, where the alliance has increased its majorities by an average of 6 points.
## 23:08 | Swing to the alliance running at 7 points
> Our analysis of the first 20 results shows an average swing of 7 points from the Unity Party to the alliance, enough for a comfortable majority if it holds.
## 22:56 | First seat changes hands
> The alliance has gained Stanmore from the Unity Party, overturning a majority of 2,300.
## 22:45 | Halloran arrives at his count
> The premier arrived at the Port Daley count with his wife and did not speak to reporters.
## 22:38 | Ballot boxes arrive by boat from the islands
> Ballots from the three Outer Isles polling stations have arrived at the Kelby count by ferry, as they do at every election.
## 22:30 | First result: alliance holds Northgate
> The first seat of the night, as usual, is Northgate, declared 30 minutes after polls closed. The alliance holds it with 63% of the vote.
## 22:22 | Why Northgate always counts first
> Northgate's count takes place in a school gym next to the main polling station, and volunteers have made a tradition of racing to be first.
## 22:15 | Exit poll reaction from the Unity Party
> A Unity spokesperson said exit polls had been "wrong before" and urged supporters to wait for real results.
## 22:09 | Exit poll reaction from the alliance
> Adeyemi's spokesman said the team was "cautiously optimistic" and would not comment until real results came in.
## 22:05 | Exit poll: alliance 64-70 seats
> The joint broadcasters' exit poll projects the Labour-Green alliance winning between 64 and 70 seats, with the Unity Party on 38 to 44.
## 22:00 | Polls close
> Polling stations across Eastmark have closed. Anyone still in a queue will be allowed to vote.
## 21:30 | How the count works
> Each of the 120 constituencies elects one member. Ballots are counted by hand at 120 local counts, and results are declared by returning officers.
## 21:00 | The final hour of voting
> Turnout figures from the commission suggest numbers well above the last election, particularly in the capital and the university towns.
## 20:30 | Welcome to our live coverage
> Good evening and welcome to our live coverage of the Eastmark general election. Polls close at 10 p.m. and the first results are expected about half an hour later.

=== en-live-wildfire
lang: en
outlet: Pacific Crest Herald
title: Sable Ridge fire: evacuation orders expanded as wind shift pushes flames toward Alder Springs
caption: A firefighter watches the Sable Ridge fire from a ridge above Alder Springs on Saturday.
link: https://example.com/news/live/sable-ridge-fire-evacuations
author: Marisol Vega
date: 2026-11-07 19:05:00
tags: Wildfire, Evacuations, Alder Springs
> The Sable Ridge fire has grown to 14,300 acres and is 10% contained, fire officials said on Saturday afternoon. A forecast wind shift has pushed the flames east, toward the town of Alder Springs.
kp: Key points
* Evacuation orders now cover 6,800 residents
* Fire has burned 14,300 acres and is 10% contained
* Highway 18 closed in both directions
## 45 minutes ago | Evacuation orders now cover 6,800 residents
> The county sheriff expanded mandatory evacuation orders to the north and east sides of Alder Springs. Residents were told to leave immediately and not to wait for a knock on the door.
> A shelter has opened at Alder Springs High School, and large animals can be taken to the county fairgrounds.
## 2 hours ago | Wind shift arrives earlier than forecast
> Gusts of up to 45 mph reached the fire line about three hours earlier than the National Weather Service had forecast. "It made a bad day much harder," said incident commander Ray Castellano.
## 3 hours ago | Highway 18 closed in both directions
> The highway is closed between mile markers 41 and 57. Drivers heading to the coast should use Route 9, which adds about 40 minutes.
## 5 hours ago | How to get alerts
> Residents can sign up for emergency texts at www.example.com/alerts or by texting the word FIRE to the county's alert number.
> Officials urged people not to rely on social media posts for evacuation information.
## 7 hours ago | Cause under investigation
> Investigators have not said how the fire started. It was first reported at 2:14 a.m. on Friday near a campground on Sable Ridge Road.

=== en-live-trial-verdict
lang: en
outlet: Capital Courier
title: Verdict in the Hartwell bank fraud trial: jury finds former CEO guilty on four counts
caption: Former Hartwell Savings chief executive Leonard Price arrives at the courthouse on Tuesday.
link: https://example.com/business/live/hartwell-fraud-trial-verdict
author: Jordan Fitzgerald
date: 2026-11-17 16:40:00
tags: Business, Courts, Banking
> A federal jury on Tuesday found Leonard Price, the former chief executive of Hartwell Savings, guilty of four counts of fraud and conspiracy. He was acquitted on two counts of making false statements to regulators.
## 16:35 | Price's lawyer: "We will appeal"
> Outside the courthouse, defense attorney Dr. Rachel Levin said her client was "disappointed but not defeated" and would appeal. "The jury heard a story, not the evidence," she said.
## 15:50 | Sentencing set for February
> U.S. District Judge Alan Morrow set sentencing for Feb. 18. Each fraud count carries a maximum of 20 years in prison, though first-time offenders typically receive far less.
> Price, 61, was allowed to remain free on bail until then.
## 15:12 | Guilty on four counts, acquitted on two
> The jury of seven women and five men deliberated for just over three days. Price showed no reaction as the verdicts were read.
## 13:30 | Jury sends a note to the judge
> Shortly after lunch, the jury asked to see the 2021 board minutes again. Lawyers on both sides read that as a sign a verdict was close.

=== en-live-city-marathon
lang: en
outlet: Lakeshore Daily
title: Lakeshore Marathon 2026 live: course record falls as Kiprono wins in 2:04:51
caption: Runners cross the Harbour Bridge in the first miles of the race.
link: https://example.com/sport/live/lakeshore-marathon-2026
author: Ben Okafor
date: 2026-11-01 12:15:00
tags: Athletics, Marathon, Lakeshore
options: bullet=- time=glued
> More than 38,000 runners set off from Pioneer Park on Sunday morning under clear skies and a light breeze, near perfect conditions for fast times.
kp: Key points
* Daniel Kiprono wins in 2:04:51, a course record
* Ayana Tesfaye takes the women's race in 2:19:30
* Wheelchair race won by Lucía Marín for a third straight year
## 12:05 | Kiprono's record in numbers
> Kiprono ran the second half in 1:01:58, almost a minute faster than the first. His time beats the old course record of 2:05:37, set in 2019.
## 11:48 | Last finishers of the elite wave
> The elite fields have now finished. The course stays open until 4:30 p.m. for everyone else.
## 10:49 | Ayana Tesfaye takes the women's race in 2:19:30
> Tesfaye pulled away from her training partner at mile 22 and won by 47 seconds. "I was scared of the last bridge, but my legs said yes," she said.
## 10:32 | Daniel Kiprono wins in 2:04:51
> Kiprono crosses the line alone, arms wide, and a roar goes up from the grandstand. It is a course record by 46 seconds.
> He says he will now take "a long holiday, with no running at all".
## 09:58 | Halfway: leading group of six
> Six men pass halfway in 1:02:53, on course-record pace. The pacemakers will drop out at 30 km.
## 09:14 | Wheelchair race won by Lucía Marín
> Marín wins for a third straight year, finishing in 1:38:02. She thanked the crowd at the finish "for being loud in the quiet miles".
## 08:30 | And they're off
> The elite women started at 8 a.m., the elite men and the first mass wave at 8:30. It is 9 degrees with almost no wind.

=== en-live-budget-statement
lang: en
outlet: The Northern Ledger
title: Budget 2027: Treasurer Whitcombe raises fuel duty and cuts the small-business tax rate
caption: Treasurer Adrian Whitcombe holds up the budget box outside the Treasury.
link: https://example.com/politics/live/budget-2027-statement
author: Oliver Stroud
date: 2026-11-25 15:45:00
tags: Budget, Economy, Tax
options: crlf
> Treasurer Adrian Whitcombe has delivered his second budget, promising to "repair the public finances without stalling growth". The statement ran to 58 minutes.
kp: What we know
* Fuel duty to rise by 4 cents a litre from April
* Small-business tax rate cut from 21% to 19%
* Public-sector pay rise capped at 3.5%
* Deficit forecast to fall to 2.1% of GDP by 2029
## 15:40 | Opposition: "A tax on every commute"
> The opposition finance spokesperson said the fuel duty rise was "a tax on every commute in the country" and would hit rural families hardest.
## 15:05 | Small businesses welcome rate cut
> The Federation of Small Firms said the cut from 21% to 19% would help 140,000 companies. It had asked for 18%.
## 14:40 | Fuel duty to rise by 4 cents
> The increase, from April 1, is the first in seven years. It is expected to raise 1.9 billion a year.
> Whitcombe said the money would go to road repairs and rural bus services.
## 14:12 | Forecasts: growth of 1.4% next year
> The independent fiscal office expects the economy to grow 1.4% next year and 1.8% in 2028, slightly below its spring forecast.
## 13:30 | Whitcombe on his feet
> The Treasurer begins by saying the country faces "hard choices, but not impossible ones".

=== en-live-earthquake
lang: en
outlet: Island Observer
title: Magnitude 6.4 earthquake strikes off the coast of Port Meran; no tsunami threat
caption: Damaged shopfronts on Meran Avenue after the quake.
link: https://example.com/world/live/port-meran-earthquake
author:
date: 2026-11-22 08:50:00
options: time=suffix
> A magnitude 6.4 earthquake struck 30 km off the coast of Port Meran at 6:12 a.m. local time on Sunday, shaking buildings across the island. Officials said there was no tsunami threat.
kp: Key points
* No tsunami warning issued
* At least 14 people treated for minor injuries
* Power restored to most of the city
## 08:45 | Power restored to most of the city
> The island's power company says 92% of customers have electricity again. Crews are still working in the hill districts.
## 07:50 | At least 14 people treated for minor injuries
> Port Meran General Hospital said most patients had cuts from broken glass. Two people were kept in for observation.
## 06:40 | Seismologists warn of aftershocks
> The island's geological service said aftershocks of up to magnitude 5 were possible over the coming days. Three had already been recorded by 8 a.m.

=== en-live-cup-final
lang: en
outlet: Demo Sports Weekly
title: Cup final live: Rovers beat Athletic 3-2 after extra time at Kingsway Stadium
caption: Rovers captain Tom Ashby lifts the trophy at Kingsway Stadium.
link: https://example.com/sport/football/live/cup-final-rovers-athletic
author: Liam Gallagher-Reid
date: 2026-11-29 19:20:00
tags: Football, Cup final, Rovers, Athletic
> Rovers have won the cup for the first time in 31 years, beating Athletic 3-2 after extra time in a final that swung one way and then the other.
kp: Key points
* Rovers win 3-2 after extra time
* Substitute Kai Bennett scores the winner in the 112th minute
* Athletic had come back from 2-0 down
## 19:12 | Rovers win 3-2 after extra time
> The final whistle goes and the Rovers bench sprints onto the pitch. Manager Siobhan McAllister embraces every player in turn.
> Athletic's players sink to the turf. They had come from two goals down to force extra time.
## 19:01 | GOAL! Bennett puts Rovers back in front
> Substitute Kai Bennett, on for 20 minutes, curls a shot into the top corner from the edge of the box. Rovers 3, Athletic 2.
## 18:33 | Full time: 2-2, extra time to come
> Athletic's comeback is complete and the final goes to 30 more minutes.
## 18:29 | Athletic level it at 2-2
> Yusuf Demir heads in from a corner with two minutes left. The Athletic end erupts.
## 18:04 | Athletic pull one back
> A deflected shot from Connor DiMarco loops over the goalkeeper. 2-1, and the final is alive.
## 17:21 | Half time: Rovers 2, Athletic 0
> Rovers have been the better side, with goals from Ashby and Okonkwo. Athletic have not had a shot on target.
## 16:52 | Ashby opens the scoring
> The Rovers captain meets a cross at the far post. 1-0 after 7 minutes.
## 16:30 | Team news
> Rovers are unchanged from the semi-final. Athletic's top scorer is fit to start after a hamstring injury.

=== en-live-port-strike
lang: en
outlet: Harbour City Times
title: Port strike day three: talks resume as 140 ships wait offshore and shelves thin out
caption: Container ships at anchor off Harbour City on Thursday morning.
link: https://example.com/business/live/port-strike-day-three
author: Sunita Rao
date: 2026-11-12 18:00:00
tags: Business, Strike, Shipping
options: bom
> The strike by 9,000 dockworkers at Harbour City's port entered its third day on Thursday. Negotiators for the union and the port operators returned to the table at 10 a.m., with a mediator present for the first time.
kp: Key points
* Talks resume with a mediator
* About 140 ships waiting offshore
* Supermarkets report shortages of some fresh produce
## 17:45 | Union leader: "Closer than yesterday, but not there"
> Union president Gloria Mendes told reporters after seven hours of talks that the two sides were "closer than yesterday, but not there". Talks resume at 9 a.m. on Friday.
## 15:20 | Supermarkets report shortages of bananas and avocados
> Two major chains said some imported fruit would be hard to find by the weekend. Dairy and bread are not affected.
## 12:40 | About 140 ships waiting offshore
> Port data show 140 ships at anchor or on their way, carrying an estimated 310,000 containers. Some have started diverting to Port Wellard, 400 km south.
## 10:05 | Talks resume with a mediator
> The government-appointed mediator, former judge Dr. Helen Kwarteng, said both sides had agreed to "talk for as long as it takes".

=== en-plain-diner-closure
lang: en
outlet: Westbrook Gazette
title: After 64 years, McDonald's Diner on Elm Street serves its last pie
caption: Owner Patricia McDonald behind the counter on the diner's final day.
link: https://example.com/local/mcdonalds-diner-elm-street-closes
author: Ruth Ellison
date: 2026-11-09 17:30:00
tags: Westbrook, Local business
> McDonald's Diner on Elm Street, no relation to the burger chain, served its last slice of apple pie on Sunday after 64 years. The line stretched around the block from 6 a.m.
> Patricia McDonald, 78, took over from her parents in 1983. "I have poured coffee for three generations of the same families," she said. "Some of them learned to walk between these booths."
> The building has been sold to a developer who plans apartments with shops on the ground floor. Regulars have asked the city to save the diner's neon sign, its chrome stools, its pie cabinet, etc.
> Mayor Dennis O'Rourke said the city would "do what it can" to keep the sign. A farewell party is planned at the community hall on Nov. 16.

=== en-plain-coral-study
lang: en
outlet: Science Weekly Digest
title: Coral reefs off Tarawak recover faster than expected after 2024 bleaching, study finds
caption: A diver surveys new coral growth at Tarawak Reef in September.
link: https://example.org/science/tarawak-reef-recovery-study
author: Dr. Mei Lin Chow
date: 2026-11-18 14:00:00
tags: Science, Oceans, Coral
> Coral cover on reefs off the island of Tarawak has returned to 3.5 times its post-bleaching low in just two years, according to a study published on Wednesday. Researchers had expected recovery to take at least a decade.
> The team, led by Dr. Samuel Adjei of the Tarawak Marine Institute, surveyed 48 sites every six months. Fast-growing branching corals accounted for most of the gains.
> "This is good news, but it is fragile news," Adjei said. "Another heatwave like 2024 would wipe most of it out." The authors, who worked with partners in the U.S. and Japan, want fishing limits around the reefs extended.
> The full data are available at https://example.org/data/tarawak-reef-2026.

=== en-plain-council-court
lang: en
outlet: Riverside Record
title: Court blocks plan to close Brampton Road library
link: https://example.com/local/court-blocks-brampton-road-library-closure
author: Kevin Achebe
date: 2026-11-31 25:10:00
tags: Libraries, Courts, Riverside
options: nocaptionline authorspace
> A judge has blocked Riverside council's plan to close the Brampton Road library, ruling that the council failed to consult residents properly before voting in September.
> Judge Amanda Fairweather said the consultation had been "a box-ticking exercise" that gave people two weeks and an online form. The council must now run a new consultation lasting at least 12 weeks.
> Campaigners, who raised 18,000 to bring the case, cheered outside the courthouse. "This library is where kids do homework because they have nowhere else," said organiser Joy Mensah.
> The council said it would "study the judgment carefully"...
