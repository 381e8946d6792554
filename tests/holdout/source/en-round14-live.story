#! English round 14 live blogs: invented news, people, places and outlets.
#! Styles: prefix (9.42am, water main, - box), colon (07:15, bus strike, no box),
#! paren (16:47, football derby, 30 sections, • box not repeating headings).

=== en-live-halverton-water-main-burst
lang: en
outlet: The Halverton Chronicle
title: Halverton burst water main live: 9,000 homes without water, Market Street flooded and three schools closed
caption: Water gushes from the burst main at the junction of Market Street and Tanner’s Row on Wednesday morning.
link: https://example.co.uk/news/halverton-burst-water-main-live
author: Gemma Lockridge
date: 2036-01-23 06:05:00
tags: Halverton, Water, Travel, Schools
options: time=prefix bullet=- authorspace
> Around 9,000 homes and businesses in Halverton are without water or have low pressure after a 24-inch main burst under Market Street in the early hours of Wednesday, flooding the town centre and forcing three primary schools to close.
> Wrenfield Water says engineers are on site but has warned that supplies may not be fully restored until late tonight.
kp: Key points
* Main burst under Market Street at about 4.50am
* 9,000 properties affected in the HV1 and HV3 postcode areas
* Three primary schools closed
* Bottled water at the leisure centre and Priory Park
## 5.48pm | Water back on for most homes, says Wrenfield Water
> Wrenfield Water says around 7,400 of the 9,000 affected properties now have their supply back. Customers in the HV3 area, around Foxholes and Church Lane, should see pressure return by 9pm.
> Some residents may notice discoloured water when taps are first turned on. The company advises running the cold kitchen tap for a few minutes until it runs clear.
## 4.15pm | ‘We’ve lost a whole day’s trade’
> Traders on Market Street are counting the cost. Bev Oduya, who runs the Copper Kettle café, said: “We had four inches of water in the kitchen by 6am. The fridges are fine, thank God, but we’ve lost a whole day’s trade and I’ve had to send two staff home.”
> The Halverton Business Improvement District (BID) is asking affected businesses to email photos and details to recovery@halvertonbid.co.uk so it can support insurance claims.
## 3.30pm | How long will repairs take?
> A spokesman for Wrenfield Water said the damaged section, a cast-iron pipe laid in 1938, had been cut out and a new 6m length of ductile iron pipe was being fitted.
> “The fix itself is relatively straightforward,” he said. “The challenge is refilling and flushing the network safely, which can take several hours.”
## 2.10pm | Market Street to stay shut until the weekend
> Halverton County Council says Market Street will remain closed between the Corn Exchange and Tanner’s Row until at least Saturday while the road surface, which was lifted by the force of the water, is rebuilt.
> Diversions are in place via Bridge Road and St. Mary’s Way. Buses 4, 4A and 11 are not serving the town centre stops.
## 12.55pm | Extra repair crews called in from PipeKing
> Wrenfield Water has brought in two additional crews from its contractor PipeKing, based in Stourleigh, to speed up repairs. A company spokesman said around 40 people were now working on site.
## 11.40am | 1,500 bottles handed out in the first hour
> Staff at the bottled water station at Halverton Leisure Centre say they handed out about 1,500 bottles in the first hour. Elderly and vulnerable customers on the company’s priority register are having water delivered to their door.
> A second station has opened in the car park at Priory Park.
## 10.25am | Three primary schools closed
> Halverton County Council has confirmed that St. Anselm’s C of E Primary, Foxholes Primary and Brook Lane Academy are closed today because they have no water for toilets or kitchens. Parents were told by text shortly after 7.30am.
> Halverton High School remains open, with portable toilets brought in from a local events company.
## 9.42am | What caused the burst?
> It is too early to say, according to Wrenfield Water. But Dr. Kamala Prentice, a civil engineer at the University of Stourleigh, said age and the recent cold snap were the likely culprits: “Cast iron gets brittle and the ground moves as it freezes and thaws. Pipes from the 1930s are, frankly, living on borrowed time.”
## 8.30am | ‘It was like a river coming down the street’
> Residents woke to a torrent pouring down Market Street. Jamie McAllister, 34, who lives above the newsagent’s, said: “I could hear it before I saw it, a roar like a waterfall… and then the whole road just lifted up.”
## 7.15am | Roads closed in the town centre
> Police have closed Market Street, Tanner’s Row and the lower part of Bridge Road. Drivers are asked to avoid the town centre; there are long queues on the Stourleigh Road approach.
## 6.05am | Main bursts under Market Street
> Good morning and welcome to our live coverage. A large water main burst under Market Street at about 4.50am, sending water several feet into the air and flooding shops and homes on the lower part of the street.

=== en-live-wexbridge-bus-strike
lang: en
outlet: Wexbridge Evening Post
title: Wexbridge bus strike live: no CityLynx services as 640 drivers walk out over pay
caption: Drivers on the picket line outside the CityLynx depot on Hanover Street early on Monday.
link: https://example.co.uk/news/wexbridge-citylynx-bus-strike-live
author: Tom Ashdown-Pryce
date: 2036-09-15 06:00:00
tags: Wexbridge, Buses, Strikes, Transport
options: time=colon exit=none
> Almost every bus in Wexbridge is off the road today as 640 drivers employed by CityLynx stage the first of six planned 24-hour strikes in a dispute over pay.
> The drivers, members of the Road Transport Union (RTU), rejected a 4.5% offer last month. The company says it cannot afford more without cutting routes.
## 17:50 | Talks to resume on Thursday, says RTU
> Both sides have agreed to return to talks on Thursday morning, the union has confirmed. RTU regional organiser Dele Adebanjo said: “We are not going anywhere. But we will sit down with anyone who wants to find a fair deal.”
> The next strike day, a week today, is still going ahead for now.
## 16:30 | Rush hour: queues on the ring road
> Council traffic cameras show the evening rush hour started early, with queues back to the Castlegate roundabout and slow-moving traffic on Northgate and Stanmore Road.
## 14:05 | ‘I’ve walked four miles today’
> 78-year-old Maureen Tillotson normally takes the number 9 into town for her hospital appointments. Today she walked. “Four miles there and back, with my hip,” she said outside Wexbridge General. “I support the drivers, I do… but it’s people like me who suffer.”
## 12:20 | How much do drivers earn?
> According to CityLynx, a full-time driver earns £31,200 a year before overtime. The RTU says the figure is closer to £28,900 for most staff and that the starting rate, £13.85 an hour, is the lowest of any big operator in the region.
> A CityLynx spokeswoman said the company’s offer was “fair, affordable and in line with the rest of the industry”.
## 11:00 | Park and ride: what is running?
> The Eastfield and Millbank park-and-ride sites are open, but only 3 of the usual 14 buses are running, driven by managers. Expect waits of up to 40 minutes.
> myLynx, the company’s app, was showing no live buses at all for most of the morning. CityLynx says it is “aware of the issue”.
> Wexbridge Community Transport is running its dial-a-ride service as usual for registered members.
## 09:30 | Schools: ‘plan ahead’, parents told
> Headteachers have written to parents asking them to plan how children will get to school on strike days. St. Bede’s RC High School said pupils arriving late because of the strike would not be marked as late.
> Students at Wexbridge College can apply for a £10 taxi voucher from student services, e.g. if they have an exam.
## 07:15 | ‘Every single driver is out’
> On the picket line at the Hanover Street depot since 4am, driver Gary Fitzsimmons said: “Every single driver is out. Nobody wants to be stood here in the rain, but we’ve been pushed to it.”
> About 60 drivers and supporters are gathered at the gates, with flags and a brazier.
## 06:00 | Good morning
> Welcome to our live coverage of the first day of the CityLynx bus strike. We’ll bring you updates throughout the day. Got a story? Email newsdesk@wexbridgepost.co.uk.

=== en-live-dunmarsh-pellingham-derby
lang: en
outlet: The Dunmarsh Gazette
title: Dunmarsh Athletic 2-1 Pellingham Rovers: McBride wins the Mill Lane derby after Gresty’s penalty save – as it happened
caption: Craig McBride celebrates his winning header in front of the Canal End.
link: https://example.co.uk/sport/football/dunmarsh-athletic-pellingham-rovers-live
author: Lewis Hargreaves
date: 2036-10-04 14:00:00
tags: Football, Dunmarsh Athletic, Pellingham Rovers, Sport
options: time=paren bullet=• bom
> Dunmarsh Athletic beat 10-man Pellingham Rovers 2-1 in a thrilling derby at Mill Lane, with veteran substitute Craig McBride heading the winner and keeper Tom Gresty saving a second-half penalty.
kp: Key moments
* Alfie Brennan scores on his first senior start
* Gresty saves Danny Whitlow’s penalty
* Lewis Harkin sent off for two yellow cards
* McBride heads the winner off the bench
## 17:20 | That’s all from us
> Thanks for following our live coverage of the Mill Lane derby. Full report, reaction and player ratings at www.dunmarshgazette.co.uk/sport.
## 17:15 | What’s next?
> Dunmarsh travel to Stockmoor on Tuesday night; Pellingham host Allerby Town next Saturday.
## 17:10 | Man of the match: Gresty
> Our man of the match is Dunmarsh keeper Tom Gresty, for that save and a string of others in the second half. Rating: 9/10.
## 17:04 | O’Rourke: ‘The penalty miss cost us’
> The Pellingham boss was less happy. “The penalty miss cost us, simple as that. We had them on the ropes. Whitlow will be gutted, but he’s scored some big penalties for this club.”
## 16:58 | Haigh: ‘I’m so proud of them’
> “I’m so proud of them. We went down to 10… no, they went down to 10, I’m getting confused,” laughed Haigh. “We rode our luck with the penalty, but over 90 minutes I think we deserved it.”
## 16:50 | Full-time: Dunmarsh 2-1 Pellingham
> It’s all over at Mill Lane! Dunmarsh win the derby for the first time in six attempts and move up to fourth in the table.
## 16:47 | The keeper is up!
> Pellingham’s keeper Sam DeLuca has come up for a corner… and it’s cleared. Gresty collects easily.
## 16:44 | Five minutes added
> The fourth official holds up the board: five minutes of stoppage time.
## 16:40 | Off the line!
> Omar Saleh’s header looks in, but Okafor is back to hook it off the line. Dunmarsh are holding on.
## 16:36 | Pellingham change things
> Pellingham manager Steve O’Rourke throws on two forwards, Jordan Pyke and Saleh, and switches to a back three.
## 16:31 | GOAL! Dunmarsh 2-1 Pellingham
> McBride! Off the bench to head in an Ashworth corner. The 36-year-old wheels away to the home end with his shirt over his head and is, inevitably, booked.
## 16:26 | Who will win it now?
> With the extra man, Dunmarsh are camped in the Pellingham half. DeLuca has just turned another Ashworth effort around the post.
## 16:21 | Red card for Harkin
> Harkin picks up a second yellow for a trip on Kyle Ashworth and Pellingham are down to 10 men.
## 16:15 | Substitution for Dunmarsh
> Alfie Brennan, who has run himself into the ground, makes way for veteran striker Craig McBride to a standing ovation.
## 16:10 | Saved by Gresty!
> Redemption! Gresty dives low to his right to keep out Whitlow’s spot kick. What a moment for the Dunmarsh keeper.
## 16:09 | Penalty to Pellingham!
> Gresty brings down Reece Mbeki and the referee points straight to the spot. Howls of protest from the home fans, but it looked a clear foul.
## 16:03 | Second half under way
> No changes at the break for either side. Dunmarsh get us going again.
## 15:55 | Half-time stats
> Possession 52% to 48% in Dunmarsh’s favour, shots 6 to 5, corners 3 apiece. Not much in it.
## 15:47 | Half-time: Dunmarsh 1-1 Pellingham
> A breathless first half ends all square. Dunmarsh started the stronger, but Pellingham have grown into the game.
## 15:41 | GOAL! Dunmarsh 1-1 Pellingham
> Whitlow makes no mistake this time. A fine run down the right from Mbeki, a cut-back, and Whitlow side-foots into the bottom corner.
## 15:34 | Scuffle in the centre circle
> A bit of handbags after Okafor and Harkin go in for a 50-50. Referee Paul Sutherby calls both captains over for a word.
## 15:27 | Pellingham hit the post
> So close to an equaliser. Danny Whitlow’s free kick from 25 yards curls beyond Tom Gresty’s dive but cannons back off the left-hand post.
## 15:19 | GOAL! Dunmarsh 1-0 Pellingham
> Brennan! The teenager gets his first senior goal, sweeping home from eight yards after Ashworth’s cross was half-cleared. Mill Lane erupts.
## 15:12 | Yellow card for Pellingham’s Harkin
> Lewis Harkin is booked for a late challenge on Okafor. First of many, you suspect.
## 15:06 | Early chance for Brennan
> Brennan races on to a long ball from Okafor, but his shot from the edge of the box is tipped over by DeLuca.
## 15:01 | Kick-off!
> We’re under way at Mill Lane. Pellingham kick off, attacking the Canal End.
## 14:58 | ‘We owe our fans one’ – Haigh
> Speaking before the game, Dunmarsh boss Rob Haigh said: “We owe our fans one after what happened at their place in March. The lads know exactly what this means to the town.”
## 14:40 | The teams are out for the warm-up
> Both sets of players are out on the pitch and the atmosphere is already building. The away end is a sea of blue and white.
## 14:20 | Sell-out crowd expected
> Dunmarsh have confirmed Mill Lane is sold out for the first time since 2019, with 6,812 tickets gone. Police have a dispersal order in place around the ground and the Railway Tavern will only admit home fans.
## 14:05 | Team news: Okafor returns for Dunmarsh
> Haigh makes two changes: captain Tunde Okafor returns from a hamstring injury and 19-year-old Alfie Brennan starts up front. Pellingham are unchanged from last week’s 3-0 win at Stockmoor.
