#! English live blogs: invented news, people and places. (round 8)

=== en-live-pennock-trial
lang: en
outlet: Northern Courier
title: Gareth Pennock trial live: jury finds former harbourmaster guilty of manslaughter over Kelsby pier collapse
caption: Gareth Pennock arriving at Teesford Crown Court on Monday.
link: https://example.co.uk/news/pennock-trial-verdict-live
author: Lauren Achebe
date: 2030-02-14 17:05:00
tags: Courts, Kelsby, Pier collapse
options: time=prefix bullet=⇒
> A former harbourmaster has been found guilty of the gross negligence manslaughter of three people who died when a section of Kelsby pier collapsed during a charity fun run in August 2027. The jury at Teesford Crown Court took just under 11 hours to reach its verdicts against Gareth Pennock, 58, who had denied all charges.
> Pennock was also convicted of two offences under the Health and Safety at Work Act. Mrs. Justice Okonjo-Hale adjourned sentencing until 3 March and warned him that “all options remain open”. The families of the three victims, who wept in the public gallery as the verdicts were read, will give impact statements at the sentencing hearing.
kp: Key points
* Jury finds Gareth Pennock guilty of manslaughter
* Sentencing adjourned until 3 March
* Port authority says it has “learned hard lessons”
* Families: “Today we finally got the truth”
## 16:48 | Families: “Today we finally got the truth”
> Outside court, Sandra Whitlow, whose son Callum was among those killed, read a statement on behalf of all three families. “Today we finally got the truth. For two and a half years we were told this was a freak accident, a one-in-a-million event. It wasn’t. It was a warning ignored again and again.”
> She thanked the police investigators and the “dozens of ordinary people from Kelsby” who gave evidence. “Nothing brings Callum, Amira or Joe back,” she said. “But maybe the next pier, the next bridge, the next festival stage will be checked properly because of them.”
## 16:21 | Port authority says it has “learned hard lessons”
> In a statement, the Kelsby and Tees Port Authority said it accepted the verdict and had “learned hard lessons”. Chief executive Dr. Imran Farouk said every structure the authority owns had since been inspected by independent engineers and that a new safety director now reports directly to the board.
> The authority itself was fined £1.8m last year after pleading guilty to corporate health and safety breaches. It has paid interim compensation to the families but has not disclosed the amounts.
## 15:57 | Sentencing adjourned until 3 March
> Mrs. Justice Okonjo-Hale told Pennock he would be sentenced on 3 March at 10 a.m. and granted him bail until then. “You should not take the grant of bail as any indication of the sentence,” she said. The maximum penalty for gross negligence manslaughter is life imprisonment, although sentences of between four and 12 years are more typical.
> Pennock, in a grey suit, stared straight ahead and showed no emotion. His barrister, Mr. Alistair MacCready KC, said the defence would be asking for a psychiatric report before sentence.
## 15:41 | Jury finds Gareth Pennock guilty of manslaughter
> The jury of seven women and five men returned unanimous verdicts on all three counts of gross negligence manslaughter. There were gasps and then sobbing in the public gallery. The foreman, a man in his sixties, spoke so quietly that the judge had to ask him to repeat the second verdict.
## 15:30 | Jury returns to court
> We have just been told the jury has reached verdicts on all counts and is about to return to Court 1. The families, who have spent most of the day in a side room, are filing back into the public gallery. Pennock has been brought up from the cells.
## 13:05 | Jury asks to see photograph exhibit again
> Shortly after lunch the jury sent a note to the judge asking to see exhibit JR/14 again, a photograph of the corroded steel brace beneath the pier’s third span. The picture was taken by a diver in April 2026, 16 months before the collapse. The prosecution says Pennock received a copy by e-mail at 9.14 a.m. on the same day and filed it without action.
## 11:20 | What did the jury hear?
> Over six weeks, jurors heard from 41 witnesses, including engineers, divers and survivors. The prosecution, led by Ms. Ruth Adebayo KC, said Pennock had received “no fewer than seven warnings” about the underside of the pier and had cancelled two inspections to save money. A structural engineer, Prof. Helen Lockwood, told the court the brace had lost about 60% of its thickness.
> Pennock told the court he had passed every report to the board and was “never told there was money for repairs”. He said he had not understood the photographs: “I’m a seaman, not an engineer. I trusted the contractors to tell me if it was dangerous.”
> One survivor, Priya Nandakumar, described hearing “a noise like a gunshot, then another, then the boards just… went”. She spent nine days in hospital with a broken pelvis.
## 09:58 | Jury resumes deliberations for second day
> Good morning and welcome to our live coverage from Teesford Crown Court. The jury has just been sent out again after spending four hours and 40 minutes considering its verdicts yesterday. Mrs. Justice Okonjo-Hale reminded jurors that she could not yet accept a majority verdict.

=== en-live-corvane-launch
lang: en
outlet: Gadget Ledger
title: Corvane Halo 4 launch live: new phone, a headset and a price nobody expected
caption: Corvane chief executive Mira Castellanos on stage in San Jose.
link: https://example.com/live/corvane-halo-4-launch-event
author: Devon Park, Ines Albrecht
date: 2030-09-09 19:10:00
tags: Corvane, Smartphones, Launch event
options: time=suffix bullet=•
> Corvane has unveiled the Halo 4, its first phone with satellite texting and a 200-megapixel camera, at a two-hour event in San Jose. The company also showed the long-rumoured Halo Vision headset and, in a surprise, cut the starting price of its flagship by $100. We followed it all live.
kp: The big announcements
* Halo 4 starts at $699, or £679 in the U.K.
* Satellite texting: Corvane finally catches up with the iPhone
* Halo Vision headset ships in November
* Halo Pad controller works with PlayStation
## 6:58 pm | That’s a wrap
> And that’s it from Corvane. Pre-orders for the Halo 4 and Halo 4 Pro open on Friday at 8 a.m. Eastern, with phones in shops a week later. We’ll have our full hands-on review up later tonight at www.example.com/reviews/halo-4, so stay tuned.
> Thanks for following along with us, and apologies for the ten minutes in the middle when our own stream froze as well…
## 6:51 pm | Prices: how does Halo 4 compare?
> The Halo 4 starts at $699 with 256GB of storage, down from $799 for last year’s model. The Pro costs $999 and the Pro Max $1,199. In the U.K. prices start at £679, and in the eurozone at €729.
> That puts the base model $100 below the cheapest flagship from its biggest rival. “They are clearly going after market share, not margin,” analyst Dr. Felicity Ogunleye of Brightline Research told us by e-mail. “Corvane has 11.5% of the U.S. market. It wants 15.”
## 6:44 pm | Halo Pad controller works with PlayStation
> One more thing, as they say. The Halo Pad is a $79 clip-on controller that turns the phone into a handheld console. Castellanos said it pairs with PlayStation and Xbox cloud services out of the box, and the demo of a racing game looked genuinely smooth.
## 6:37 pm | Halo Vision headset ships in November
> The headset is finally real. Halo Vision weighs 390g, about 3.5 ounces less than its closest competitor, and runs for 2.5 hours on the built-in battery. It will cost $1,499 and ship in the U.S., U.K., Japan and Germany on 18 November.
> Apps shown on stage included a FaceTime-style video calling app, a 3D map of Lisbon and a fitness coach who shouts at you in a slightly unsettling way. Developers can apply for a dev kit at developer@corvane.example.
## 6:30 pm | Live demo freezes on stage!
> Oops. A demo of the new AI photo editor froze mid-way through and the presenter, software chief Tomás Ruiz-Whitaker, had to restart the phone in front of 3,000 people. He took it well: “That’s why we call it a beta.” The audience laughed, and the second attempt worked.
## 6:22 pm | Satellite texting: Corvane finally catches up with the iPhone
> The Halo 4 can send and receive text messages via satellite when there is no mobile signal, something its main rival has offered for several years. Corvane says a message takes between 15 and 60 seconds to go through. The service is free for two years, after which it will cost $4.99 a month.
## 6:15 pm | Camera: a 200-megapixel sensor and 5x zoom
> The Pro models get a new 200-megapixel main camera and a periscope lens with 5x optical zoom. Corvane showed night shots of the Golden Gate Bridge that, on a giant screen at least, looked remarkably clean. Video now goes up to 8K at 30 frames per second.
## 6:09 pm | Battery: Corvane promises two days, up from 1.5
> The Halo 4 Pro gets a 5,100mAh battery, which Corvane says will last “two full days of normal use”. Last year’s model managed about a day and a half in our tests. Charging is faster too: 50% in 18 minutes with the new 65W charger, which, yes, is sold separately.
## 6:02 pm | Mira Castellanos: “This is the phone we always wanted to build”
> Chief executive Mira Castellanos is on stage. “This is the phone we always wanted to build,” she says, holding up a Halo 4 in a new colour the company is calling Harbour Blue. She reminds the audience that Corvane started 12 years ago in a garage in Fremont with four engineers and a 3D printer.
## 5:55 pm | Event now streaming on YouTube
> The stream is live on Corvane’s own site and on YouTube, where more than 400,000 people are already watching. The opening film is, predictably, a lot of slow-motion shots of people on mountains.
## 5:30 pm | What we expect tonight
> Leaks have been everywhere this year. We’re expecting three phones, a price cut for the base model and, finally, the headset that Corvane first teased in 2028. Less certain are the rumours of a foldable, which one supplier in Taiwan said had been delayed until next spring.
## 5:00 pm | Welcome to our live coverage
> Hello from the Corvane Center in San Jose, where doors have just opened. The event starts at 6 p.m. local time, which is 2 a.m. in London, and we’ll be bringing you every announcement as it happens.

=== en-live-rates-decision
lang: en
outlet: Cheapside Financial Daily
title: Bank of England cuts rates to 3.25% in knife-edge 5-4 vote – markets live
caption: The Bank of England on Threadneedle Street.
link: https://example.co.uk/markets/live/bank-of-england-rate-decision-may
author: Oliver Tan
date: 2030-05-08 16:50:00
tags: Bank of England, Interest rates, Markets, FTSE 100
options: time=dash crlf
> The Bank of England has cut interest rates by a quarter of a percentage point to 3.25%, the lowest level in more than four years. The Monetary Policy Committee (MPC) was split five votes to four, with the minority wanting to hold rates until inflation falls closer to the 2% target.
> Markets had priced in a roughly 60% chance of a cut ahead of the announcement. The pound fell by more than half a cent against the dollar and the FTSE 100 closed at a record high. Mortgage lenders began trimming their fixed-rate deals within an hour of the decision.
## 16:35 GMT | FTSE 100 closes at record high
> London’s blue-chip index closed up 1.1% at 9,412.6, a new record. Housebuilders led the gains, with Ashcombe Homes rising 6.2% and Hollins & Drew up 4.8%. The more domestically focused FTSE 250 added 1.7%.
> Banks were mixed. Lower rates tend to squeeze the margin between what banks pay savers and what they charge borrowers, and shares in two of the big four slipped slightly after the announcement.
## 15:10 GMT | What does the cut mean for mortgages?
> About 620,000 homeowners on tracker mortgages will see their monthly payments fall almost immediately. For someone with a £200,000 tracker, the cut is worth roughly £30 a month, according to the broker Lattice Finance. Those on standard variable rates will have to wait for their lender to decide.
> Fixed-rate deals are a different story: they are priced off swap rates, which had already fallen in anticipation. “Most of today’s cut was baked in weeks ago,” said Mr. Gavin Rees, a director at Lattice. “Anyone hoping for a sudden drop in fixed rates will be disappointed.”
## 14:02 GMT | Reaction: all eyes now on the ECB
> Economists say the decision puts pressure on the European Central Bank, which meets next month and has held rates since January. “The Bank has moved first and the ECB will find it hard to justify waiting much longer,” said Dr. Anneke Vos, chief economist at Meridian Capital in Amsterdam.
## 12:47 GMT | Governor Ashdown: “We are not declaring victory”
> At the press conference, Governor Catherine Ashdown stressed that the cut was “not the start of a rapid series of reductions”. She said: “We are not declaring victory. Services inflation is still running at 4.1%, and wage growth remains stronger than we would like.”
> Asked whether the split vote was a sign of division, she said a 5-4 vote showed the committee was “doing exactly what it is supposed to do, which is argue”. She declined to say how she had voted, although minutes released alongside the decision show she was in the majority.
## 12:30 GMT | Pound falls as MPC splits 5-4
> Sterling fell 0.6% against the dollar to $1.262 after the minutes showed how close the vote had been. Traders had expected a 7-2 split. Two-year gilt yields, which are sensitive to rate expectations, dropped 12 basis points.
## 12:00 GMT | Bank of England cuts rates to 3.25%
> It’s a cut. The MPC voted by five to four to reduce Bank Rate from 3.5% to 3.25%. The four members in the minority, including the chief economist, wanted to keep rates unchanged. The Bank’s new forecasts show inflation falling to 2.3% by the end of the year, compared with 2.6% in February’s projections.
## 11:05 GMT | Markets price in a cut
> With an hour to go, swap markets put the chance of a cut at around 60%. That is down from about 80% a week ago, after stronger-than-expected wage figures. A poll of 32 economists by the Financial Wire news agency found 19 expecting a cut and 13 a hold.
## 09:15 GMT | FTSE 100 opens flat ahead of decision
> The FTSE 100 opened almost unchanged at 9,311 as traders waited for the Bank. Overnight, U.S. stocks closed slightly lower and the Nikkei in Tokyo fell 0.4%. The pound was steady at $1.270.
## 07:30 GMT | Good morning
> Welcome to our live coverage of the Bank of England’s May rate decision, which is due at 12 noon. We’ll bring you the announcement, the reaction from markets and what it means for mortgages and savings. You can send us your questions at markets@cheapside.example.

=== en-live-water-bill-vote
lang: en
outlet: The Westminster Record
title: Water bill vote live: MPs back public ownership of three water firms by 312-290 as 23 Govt MPs rebel
caption: MPs in the Commons chamber during the second reading debate.
link: https://example.co.uk/politics/live/water-bill-second-reading-vote
author: Harriet Oyelaran
date: 2030-03-19 22:40:00
tags: Politics, Parliament, Water
options: time=colon bullet=-
> MPs have voted by 312 to 290 to approve the second reading of the Water Industry (Public Ownership) Bill, which would bring three of England’s largest water companies under public control. The private member’s bill, introduced by the backbencher Ruth Halloran, was opposed by the Government.
> Twenty-three Government MPs rebelled to support it, the largest rebellion of this Parliament. Nine Opposition MPs voted against. The bill now moves to committee stage, although ministers have signalled they will try to block it in the Lords.
kp: At a glance
* MPs back Water Industry (Public Ownership) Bill by 312-290
* 23 Govt MPs rebel, nine Opposition MPs vote with ministers
* Cross-party amendment on compensation defeated
* Bill faces a fight in the Lords
## 10.14pm | MPs back bill by 312-290
> The result is read out by the tellers: Ayes 312, Noes 290. There are loud cheers from the Opposition benches and from a group of Government backbenchers sitting near the gangway. Ruth Halloran is hugged by several colleagues.
> It is the first time since 2024 that a private member’s bill opposed by the Government has passed second reading against a whipped vote.
## 10.02pm | Division bell rings
> The Speaker has called the division and MPs are filing through the lobbies. It usually takes about 15 minutes. Whips from both sides are standing at the doors, and we are told several Government MPs were still being lobbied on their phones a few minutes ago.
## 9.40pm | Minister: “No family will pay a penny more”
> Winding up for the Government, the environment minister Mr. Declan Fairweather said the bill would cost “at least £14bn in compensation to shareholders” and would not fix a single pipe. “Our plan means no family will pay a penny more,” he said.
> He was repeatedly interrupted. Asked by Halloran whether he could name one water company that had met its leakage target, he replied that “several have made significant progress”, which drew laughter.
## 8.55pm | Who is rebelling?
> Our count of public statements, social media posts and conversations with MPs suggests at least 21 Government backbenchers will vote for the bill. Most represent coastal or rural seats where sewage discharges have been a major local issue, e.g. in Devon, Cumbria and the Norfolk Broads.
> Some have been blunt. “I was elected to clean up our rivers, not to defend a business model,” said one, who asked not to be named. Another said: “The whips have made their case. I’ve made mine.”
## 7.30pm | Cross-party amendment on compensation defeated
> An amendment tabled by MPs from four parties, which would have capped compensation to shareholders at the companies’ regulated asset value, has been defeated by 301 to 287. Several of its supporters had said they would still back the bill itself.
## 5.12pm | Speaker selects three amendments
> The Speaker has selected three amendments for debate, including the cross-party amendment on compensation. Votes are expected from about 7 p.m. onwards, with the main vote on second reading at around 10 p.m.
## 3.48pm | What is in the bill?
> The bill would transfer ownership of Severnside Water, Anglian Fens Water and South Coast Water into a new public body, Water England, within three years. Shareholders would be compensated at a price set by an independent panel. The three firms serve about 14.5 million customers and together reported pre-tax profits of £1.3bn last year.
> Supporters say it would allow investment to be financed more cheaply. Critics, including the industry body Water UK, argue that the cost of compensation and the disruption would delay badly needed repairs.
## 2.32pm | Debate opens in packed Commons
> Ruth Halloran opened the debate to a packed chamber. “For 40 years we have been told that private ownership would bring investment,” she said. “What it has brought is debt, dividends and sewage on our beaches.” The Speaker had to call for order twice in the first ten minutes.

=== en-live-storm-isolde
lang: en
outlet: Severn Vale Echo
title: Storm Isolde: red wind warning for Cornwall and Devon as gusts of 90mph forecast
caption: Waves crash over the harbour wall at Porthmorvah on Wednesday evening.
link: https://example.co.uk/weather/storm-isolde-red-warning-latest
author:
date: 2030-01-22 21:30:00
tags: Weather, Storm Isolde, Cornwall, Devon
options: bullet=⇒ authorspace
kp: Storm Isolde: what you need to know
* Red warning for wind from 3am to 11am on Thursday
* Gusts of up to 90mph expected on exposed coasts
* All trains west of Exeter cancelled
* Schools closed across Cornwall
## Red warning: “danger to life” from flying debris
> The Met Office has upgraded its warning for Cornwall and south Devon to red, the highest level, meaning there is a “danger to life” from flying debris and large waves. The warning runs from 3am until 11am on Thursday, when the strongest winds are expected to move east towards Dorset.
> Chief forecaster Dr. Rosalind Achterberg said gusts of 80 to 90mph were likely on headlands and high ground. “This is not a normal winter storm,” she said. “Trees will come down, roofs will be damaged and travel will be extremely dangerous. Please stay indoors if you can.”
## All trains west of Exeter cancelled
> Great Western Coastal has cancelled all services west of Exeter St Davids from 10pm tonight until at least midday on Thursday. Passengers with tickets for Thursday can use them on Friday or claim a full refund at www.example-gwc.co.uk/refunds.
> The sleeper service from London to Penzance will terminate at Exeter. A spokesperson said replacement buses would not run during the red warning “for obvious safety reasons”.
## Schools closed across Cornwall
> Cornwall Council has told all 270 schools in the county to stay closed on Thursday. In Devon, the decision has been left to head teachers; more than 140 had announced closures by 9pm. Parents are being asked to check their school’s website or the council’s list at www.example-devon.gov.uk/closures.
## Will the Tamar Bridge close?
> The Tamar Bridge and Torpoint Ferry joint committee says the bridge will close to high-sided vehicles from 1am and may close to all traffic if gusts exceed 70mph. The ferry has already been suspended. Drivers heading into Cornwall are being told to use the A30 via Launceston instead.
## Power cuts: what to do if you lose electricity
> Western Grid says it has 400 extra engineers on standby but warns some homes could be without power for more than 24 hours. If you lose electricity, call 105 or report it online. It is worth having a few things ready: torches, phone chargers, blankets, bottled water, etc.
> Never use a gas barbecue or camping stove indoors, and check on elderly neighbours if it is safe to do so. Those who rely on electrical medical equipment should register with their network operator’s priority services list.
## Highest gust so far: 87mph at Gwennap Head
> The strongest gust recorded so far this evening was 87mph at Gwennap Head, near Land’s End, just before 8.30pm. Berry Head in Devon has recorded 71mph. Forecasters expect the wind to peak between 5am and 7am.
## Flood alerts on 14 rivers
> The Environment Agency has issued 14 flood alerts and three flood warnings, mainly for rivers in north Cornwall and Dartmoor. Up to 60mm of rain could fall on high ground overnight. A flood warning means flooding is expected and people should act immediately.

=== en-live-tube-strike
lang: en
outlet: London Evening Bulletin
title: Tube strike live: most Underground lines shut as talks collapse – how to get around today
caption: Commuters queue for buses outside Waterloo station.
link: https://example.co.uk/news/transport/tube-strike-live-updates
author: Kemi Adeyinka
date: 2030-06-11 11:45:00
tags: Transport, Tube strike, London
options: time=paren bullet=•
> Nine of the 11 London Underground lines are closed today after talks between TfL and the Transport and Signalling Workers’ Union (TSWU) broke down in the early hours. Only a limited service is running on the Victoria and Elizabeth lines, and stations in zones 1 and 2 are extremely busy.
> The 48-hour walkout is over pay and a plan to remove ticket office staff from 40 stations. The union says a second strike, on 24 and 25 June, will go ahead unless there is a new offer.
kp: Key points
* Nine of 11 Tube lines closed until Friday morning
* Talks collapse after 14 hours
* Buses “extremely busy”, says TfL
* Walk or cycle where you can, commuters told
## 12 minutes ago | Union leader: “The ball is in the mayor’s court”
> TSWU general secretary Marcus Obi-Lindqvist says the union is ready to return to talks “this afternoon if there is something on the table”. Speaking on a picket line outside Baker Street, he said: “We didn’t want this. The ball is in the mayor’s court.”
> City Hall said the mayor had “made a fair and final offer” of 4.5% and a no-compulsory-redundancies guarantee until 2033.
## 34 minutes ago | Buses “extremely busy”, says TfL
> TfL says 450 extra buses are running, but queues at some stops are still 30 or 40 people long. Routes 9, 73 and 149 have been the worst affected. “Buses are extremely busy, please allow a lot more time,” a spokesperson said. Contactless and Oyster cards are valid on all routes as normal.
## 1 hour ago | Which lines are running?
> The Victoria line is running every 8 to 10 minutes between Brixton and Seven Sisters, and the Elizabeth line is running with some delays. The Overground, DLR and trams are not affected by the strike but are much busier than usual. All other Tube lines are closed until 7.30 a.m. on Friday.
## 2 hours ago | Cycle hire sees record morning: 9,412 rides by 10am
> TfL’s cycle hire scheme recorded 9,412 rides between 6am and 10am, beating the previous record set during the last strike by almost 2,000. Docking stations in the City were empty by 8.15am. Officials are asking riders to leave bikes at stations on the edges of zone 1 where possible.
> Kwame Boateng, 34, who cycled from Camberwell to Moorgate, said it was the first time he had ridden in London. “Honestly... it was fine. Terrifying at Elephant and Castle, but fine.”
## 3 hours ago | Talks collapse after 14 hours
> The talks at the conciliation service Acas broke up shortly after 3am. Both sides blamed each other. TfL said the union had “moved the goalposts” on ticket offices at the last minute, while the union accused TfL of “sitting on its hands” for 14 hours.
## 4 hours ago | Will the strike go ahead on Friday?
> Unless there is a breakthrough, yes. The union has said the walkout will end at 23.59 on Thursday, but services will take time to recover on Friday morning. TfL advises passengers to check before they travel at www.example-tfl.gov.uk/status.

=== en-live-hartfield-final
lang: en
outlet: Courtside Daily
title: Hartfield Open women’s final live: Zoe Marchetti fights back to beat Anya Kolarova
caption: Zoe Marchetti celebrates winning championship point.
link: https://example.com/tennis/hartfield-open-womens-final-live
author: Sam Whitcombe
date: 2030-06-22 17:20:00
tags: Tennis, Hartfield Open
options: time=suffixglued nocaptionline
> Zoe Marchetti has won the Hartfield Open for the first time, coming from a set down to beat the second seed Anya Kolarova 6-7 (4-7), 6-3, 7-5 in two hours and 38 minutes. The 22-year-old from Bristol needed treatment on her left knee early in the second set but recovered to win 12 of the last 19 games.
> The title will lift Marchetti to a career-high 14th in the world rankings on Monday, just a week before the grass-court major begins. This blog followed the match point by point, from the walk-on to the trophy ceremony.
## 2.00pm | Players walk out on Centre Court
> Here they come. Kolarova, the second seed, walks out first to a polite round of applause, then Marchetti to a roar from what is very much a home crowd. The roof is open and it is 24C, with a light breeze from the south.
## 2.09pm | Marchetti holds serve to start
> A confident opening service game from Marchetti, finished with an ace down the T at 118mph. Marchetti 1-0 Kolarova.
## 2.17pm | Early break for Kolarova!
> Kolarova attacks the Marchetti second serve and gets the break to love with a backhand return winner. The crowd is suddenly very quiet. Kolarova leads 2-1 with the break.
## 2.26pm | Marchetti breaks straight back
> A loose game from Kolarova, with two double faults, and we are back on serve. Marchetti roars “Come on!” towards her box after a 21-shot rally at 30-40. It is 3-3.
## 2.49pm | Tie-break it is
> Neither player has faced a break point since. Kolarova serves out to love to force the tie-break, and the first set has taken 53 minutes.
## 2.58pm | First set to Kolarova
> Kolarova takes the tie-break 7-4. Marchetti was 4-3 up with a mini-break but lost four points in a row, the last of them a forehand that clipped the tape and dropped back on her side. Kolarova leads by one set to love.
## 3.04pm | Medical timeout for Marchetti?
> Marchetti has called the trainer at the change of ends and is having her left knee examined. She was seen wincing after the last point of the tie-break. This could be a worry. The physio is now strapping the knee.
## 3.11pm | Marchetti is back, and moving well
> After an eight-minute break, Marchetti returns and holds her first service game of the second set to 15. No obvious sign of a limp. Kolarova looks a little unsettled by the delay.
## 3.27pm | Break for Marchetti in the second set
> A brilliant game from Marchetti, who breaks with a lob that Kolarova could only watch sail over her head. The British player leads 4-2 in the second set.
## 3.41pm | Second set to Marchetti
> Marchetti serves it out and we are level at one set all. She won 16 of the 19 points on her first serve in that set. We are going to a decider.
## 3.50pm | Bathroom break for Kolarova
> Kolarova has left the court for a comfort break, which she is entitled to take before the third set. Marchetti sits with a towel over her head.
## 4.02pm | Trade of breaks in the decider
> Chaos at the start of the third. Kolarova breaks, Marchetti breaks back, Kolarova breaks again and Marchetti breaks again. Four straight breaks, and it is 2-2.
## 4.18pm | Kolarova saves three break points
> The longest game of the match, at almost 11 minutes, goes to Kolarova, who saves three break points with big first serves. It is 4-4 in the final set. Both players are visibly tired.
## 4.29pm | Marchetti breaks for 6-5!
> There it is. A wrong-footing forehand on break point and Marchetti will serve for the title. The crowd is on its feet.
## 4.33pm | Championship point!
> Marchetti has her first championship point at 40-30. Kolarova saves it with a drop shot that Marchetti reaches but can only push wide. Deuce.
## 4.36pm | Marchetti wins the Hartfield Open!
> On her second championship point, a Kolarova backhand goes long and Marchetti falls on her back on the grass. She has done it. 6-7 (4-7), 6-3, 7-5 after two hours and 38 minutes.
## 4.50pm | Marchetti: “I thought my knee was gone”
> In her on-court interview, Marchetti said: “Honestly, when I felt the knee go in the first set, I thought it was gone. I thought my tournament was over.” She thanked her physio, her parents and her coach, Mr. Ewan McTaggart, who has worked with her since she was 11.
> Kolarova was gracious in defeat. “Zoe played unbelievable tennis in the end. I had my chances… that’s tennis.”
## 5.05pm | That’s all from us
> That is all from Centre Court. Marchetti receives £180,000 in prize money and 500 ranking points. Thanks for following, and join us again tomorrow from 11 a.m. for the men’s final.

=== en-live-second-test-day-four
lang: en
outlet: Boundary Line Sport
title: England v South Africa, second Test, day four live: England 287-6 chasing 342 at Ashworth Park
caption: Tom Hollins drives through the covers on day four.
link: https://example.co.uk/sport/cricket/england-south-africa-second-test-day-four-live
author: Nikhil Sharma
date: 2030-07-13 18:45:00
tags: Cricket, England, South Africa, Test cricket
options: time=prefix bullet=-
> England will need another 55 runs on the final day to win the second Test and level the series after an absorbing fourth day at Ashworth Park. Tom Hollins made a fluent 74 and Daniel Adeyemi an unbeaten 61, but South Africa’s new-ball pair struck twice in the final hour to leave the match finely balanced.
kp: Day four in brief
* England 287-6 at stumps, needing 55 more to win
* Hollins 74, Adeyemi 61 not out
* Mokoena takes 3-58
## 6.38pm | Stumps: England 287-6
> That is the end of the day’s play. England need 55 more with four wickets in hand; South Africa need four wickets. Whatever happens, it is going to be a tense morning. Play starts at 11 a.m. tomorrow.
## 6.31pm | Umpires take the players off for bad light
> The light meters are out and the umpires have decided it is too dark to continue, even with the floodlights on. There were eight overs left in the day.
## 6.20pm | WICKET! Jordan lbw to Mokoena
> Mokoena gets one to nip back and Liam Jordan is trapped in front for 9. He reviews, but ball-tracking shows it clipping leg stump: umpire’s call. England 281-6.
## 6.10pm | Floodlights on at Ashworth Park
> The floodlights have been switched on, which usually means the umpires are already thinking about the light. England would love to get as many of these runs as possible tonight.
## 6.02pm | Adeyemi reaches fifty
> Adeyemi reaches his half-century from 88 balls with a gorgeous cover drive. He raises his bat to all corners of the ground. It is his fourth Test fifty and his first against South Africa.
## 5.47pm | WICKET! Hollins caught at slip for 74
> The new ball does its job immediately. Hollins edges a full, swinging delivery from Van Wyk to second slip, where Daniels takes a sharp catch low to his left. A fine innings ends. England 261-5.
## 5.46pm | Van Wyk beats the bat twice
> The first over with the new ball is a beauty. Van Wyk beats Hollins’s outside edge twice in three balls, and the slips throw their hands to their heads.
## 5.45pm | New ball taken
> South Africa take the second new ball straight away at 80 overs. England are 259-4. This is the spell that could decide the match.
## 5.20pm | Drinks: England 244-4
> England have added 43 in the 11 overs since tea without alarm. Hollins is on 71 and Adeyemi on 38. They need 98 more.
## 5.02pm | Is this England’s game to lose?
> Several readers have e-mailed to ask whether England are now favourites. Our statistician says no team has chased more than 300 to win at this ground, but the pitch is flatter than anyone expected. “I’d say 55-45 England,” writes Graham from Leeds. Keep your thoughts coming at cricket@boundaryline.example.
## 4.40pm | Tea: England 201-4
> England go to tea on 201-4, needing 141 more to win. Hollins is 58 not out and Adeyemi 12. The session belonged to England, who scored 83 runs for the loss of one wicket.
## 4.36pm | England bring up the 200
> A nudge off the pads from Adeyemi brings up the 200 for England in the 61st over. Applause around the ground, and a few nervous glances at the scoreboard.
## 4.22pm | Hollins hits six over midwicket
> A statement of intent from Hollins, who skips down the pitch to the spinner Pillay and launches him into the stand. That brings up the 50 partnership.
## 4.01pm | WICKET! Patel run out after a mix-up
> Oh dear. Ravi Patel and Hollins both end up at the same end after a misunderstanding over a quick single, and Patel has to go for 22. It was Hollins’s call, and he looks mortified.
## 3.40pm | Hollins reaches fifty
> Fifty for Hollins from 71 balls, his second half-century of the match. He has been the calmest man in the ground today.
## 3.15pm | Pillay into the attack
> The left-arm spinner Kagiso Pillay comes on for the first time today. There is some turn and bounce from the Pavilion End, but Patel sweeps his second ball for four.
## 2.50pm | Play resumes after a short shower
> A five-minute shower took the players off briefly, but the covers are off again and we lose no overs.
## 2.32pm | England go past 150
> A pulled four from Patel takes England to 152-3. The crowd, which was nervous after lunch, is beginning to believe.
## 2.05pm | Afternoon session under way
> The players are back out. England need 224 to win with seven wickets left. Hollins has 31, Patel 4.
## 1.20pm | Lunch: England 118-3
> England reach lunch at 118-3 after a morning in which they lost the openers and Crawley. Hollins has looked in fine touch for his 31. South Africa will feel they are slightly ahead.
## 1.05pm | WICKET! Crawley bowled by Van Wyk
> Van Wyk produces a beauty that straightens and hits the top of off stump. Ben Crawley goes for 19, and England are 112-3.
## 12.44pm | Century stand for Hollins and Crawley?
> Not quite yet, but this pair has now added 48 and looks comfortable. The sun is out and the pitch has slowed.
## 12.25pm | Crawley dropped on 7
> A chance goes down. Crawley top-edges a hook off Mokoena and Daniels, running back from fine leg, gets both hands to it but cannot hold on. That could be expensive.
## 12.10pm | DRS saves Hollins
> Hollins is given out caught behind on 11, but reviews immediately. Replays show the ball brushed his thigh pad, not the bat, and the decision is overturned. South Africa are not happy.
## 11.52am | WICKET! Okafor caught at gully for 26
> Mokoena strikes again. Jamie Okafor slashes at a wide one and is caught at gully. England 54-2.
## 11.35am | WICKET! Baines lbw for 18
> The first breakthrough for South Africa. Mokoena traps Harry Baines in front with one that keeps low, and there is no point reviewing. England 41-1.
## 11.20am | Fifteen runs from the over
> Okafor takes 15 from an over by Daniels, including a reverse-scoop for four that brings the crowd to its feet. England are 38-0 after seven overs.
## 11.02am | Openers start positively
> Baines hits the first ball of the day for four through point and follows it with two more boundaries in the first over. England need 342 to win and seem to have decided to go for it.
## 10.45am | The equation: England need 342
> For those just joining us: South Africa were bowled out for 261 in their second innings yesterday, setting England 342 to win. England have never chased more than 315 to win a home Test against South Africa. Rain is forecast for the afternoon, but only briefly.
## 10.30am | Good morning from Ashworth Park
> Good morning and welcome to day four. It is cloudy but dry and the ground is filling up; 21,000 are expected today, a sell-out.
> The ICC match referee, Mr. Desmond Clarke, has confirmed South Africa will be fined for a slow over rate yesterday, 10% of their match fees.

=== en-live-royal-wedding
lang: en
outlet: The Windsor Observer
title: Royal wedding live: Princess Adelaide marries Captain Tom Ashby at St Aldhelm’s Abbey
caption: The newly married couple on the balcony of Aldhelm House.
link: https://example.co.uk/royals/princess-adelaide-wedding-live
author: Charlotte Mbeki-Rowe
date: 2030-04-27 18:00:00
tags: Royal family, Royal wedding, Princess Adelaide
options: bullet=• bom
> Princess Adelaide, the King’s youngest niece, has married Captain Tom Ashby, a Royal Navy helicopter pilot, in a service at St Aldhelm’s Abbey watched by 1,900 guests and an estimated 40,000 people on the streets outside. The couple later appeared on the balcony of Aldhelm House, where they were greeted by a flypast of three historic aircraft.
> It was the first royal wedding at St Aldhelm’s for more than 70 years. The service, led by the Archbishop of Wessex, lasted just over an hour and included a reading by the bride’s grandmother and music by a choir from the groom’s home town of Falmouth.
kp: The day at a glance
* The balcony kiss – and a surprise flypast
* “I will”: the couple exchange vows
* Princess Adelaide arrives in a dress by Ellis McKenzie
* Crowds of 40,000 line the route
## The balcony kiss – and a surprise flypast
> Shortly after 3pm the couple stepped out on to the balcony of Aldhelm House to huge cheers. After a brief wave, Captain Ashby leaned in for a kiss, then a second one when the crowd demanded it. Moments later a Swordfish biplane, a Spitfire and a Sea King helicopter flew low over the Mall.
> The Sea King was a surprise from the groom’s squadron, a Palace source said. “The Princess did not know. Tom did.”
## Crowds of 40,000 line the route
> Police estimate that about 40,000 people lined the 1.2-mile carriage route between the abbey and Aldhelm House, some of whom had camped out since Thursday night. Among the first in the queue were Margaret and Dennis O’Rourke, both 79, from Swindon, who have attended every royal wedding since 1973.
> The Metropolitan Police said there had been three arrests, all for minor public order offences, and described the crowd as “good-humoured and very patient”.
## “I will”: the couple exchange vows
> The couple exchanged vows at 12.21pm. The bride’s “I will” was clear and steady; the groom’s was slightly louder than perhaps intended, drawing a ripple of laughter from the congregation. The Princess chose not to promise to “obey”, following the example of several recent royal brides.
> The rings were made from Welsh gold, continuing a tradition that goes back more than a century.
## Archbishop: “Love is a daily decision”
> In a short sermon, the Archbishop of Wessex, the Most Rev. Dr. Peter Lindqvist-Ware, told the couple that love was “not a feeling that happens to you but a decision you make, every single day”. He said: “There will be mornings when the decision is easy. There will be others… and those are the ones that matter.”
## Princess Adelaide arrives in a dress by Ellis McKenzie
> The bride arrived at the abbey at 11.58am in a Rolls-Royce Phantom with her father, the Duke of Avonmore. Her dress, by the Scottish designer Ellis McKenzie, was ivory silk with long lace sleeves and a 4.5-metre train. She wore a diamond tiara lent to her by the King.
> McKenzie, who is 31 and set up her label in Glasgow only five years ago, said afterwards it had been “the honour of my life and the most stressful 14 months I can remember”.
## Who is on the guest list?
> Guests included most senior members of the royal family, the Prime Minister, and royals from Norway, Denmark and Jordan. The groom’s crewmates from 820 Naval Air Squadron formed a guard of honour on the abbey steps, and a number of the couple’s friends from university, including several YouTube presenters, were also invited.
## Who got the TV rights? Not the BBC
> For the first time, the ceremony was not broadcast live by a single national broadcaster. The Palace instead made a pool feed available to all channels free of charge, and it was also streamed on the royal family’s official website. Viewing figures are expected on Monday.

=== en-live-northern-cup-final
lang: en
outlet: Matchday Monitor
title: Northern Cup final live: Ashbridge Rovers beat Cleyton Town 3-2 after extra time
caption: Kofi Mensah celebrates his winning goal in extra time.
link: https://example.co.uk/football/northern-cup-final-ashbridge-cleyton-live
author: Ryan Doherty
date: 2030-05-17 22:35:00
tags: Football, Northern Cup, Ashbridge Rovers, Cleyton Town
options: time=glued exit=none
> Ashbridge Rovers have won the Northern Cup for the first time in 38 years after Kofi Mensah scored the winner in the 112th minute of a thrilling final against Cleyton Town. Rovers led twice in normal time, only for Cleyton to equalise in the 89th minute through Luca DiMarco.
> Cleyton finished the game with ten men after captain Sean Okafor was sent off for a second bookable offence. A crowd of 31,450, the biggest for the final since the competition moved to Holmefield Stadium, saw the trophy presented by the club’s former manager, Alan McGurk.
## 10.21pm | Full-time: Ashbridge Rovers 3-2 Cleyton Town
> It’s all over. Ashbridge Rovers are Northern Cup winners! The Rovers players sprint towards the away end, where 14,000 fans are singing their hearts out. Cleyton’s players sink to the turf.
## 10.18pm | Mensah: “I’ve dreamed of this since I was six”
> Speaking to the pitchside reporter before the final whistle, the Rovers goalscorer could barely get the words out. “I’ve dreamed of this since I was six,” he said. “My dad brought me here for the 1992 final... he isn’t here any more, so that goal was for him.”
## 10.09pm | GOAL! Mensah wins it in extra time
> Ashbridge lead again! A corner is only half cleared, and Mensah meets it on the volley from the edge of the box. It flies in off the underside of the bar. Rovers 3-2 Cleyton, 112 minutes played.
## 9.58pm | Extra time: can anyone find a winner?
> Both sides look exhausted. Cleyton, with ten men, are sitting deep and looking for a penalty shootout. Rovers have brought on their 18-year-old winger, Jayden Price-Oduya, whose first act was a dribble past three defenders.
## 9.47pm | Full-time in normal time: 2-2
> The referee blows for the end of 90 minutes. Extra time it is. Rovers manager Dr. Stefan Kowalczyk, who has a PhD in sports science, is giving a very animated team talk on the touchline.
## 9.44pm | GOAL!
> Cleyton have equalised in the 89th minute! DiMarco again, a header from a free-kick that the Rovers keeper got a hand to but could not keep out. Ten-man Cleyton have found a way back. 2-2.
## 9.31pm | Red card! Okafor sent off
> Sean Okafor is off. The Cleyton captain, already booked, slides in late on Mensah on the halfway line and the referee has no hesitation. A second yellow, then red. Cleyton are down to ten with 15 minutes left.
## 9.12pm | VAR checks handball – no penalty
> Rovers want a penalty after a shot hits DiMarco’s arm in the box. The VAR has a long look but decides his arm was by his side. Play on. The Rovers fans are not happy.
## 8.50pm | GOAL! Rovers lead 2-1
> What a goal! Mensah picks the ball up 30 yards out, shifts it onto his left foot and curls it into the top corner. The Rovers end erupts. Ashbridge 2-1 Cleyton.
## 8.35pm | Second half under way
> No changes at the break for either side. Cleyton get us going again.
## 8.20pm | Half-time: Rovers 1-1 Cleyton
> A pulsating first half ends level. Rovers started better, but Cleyton have grown into the game since the equaliser and finished the stronger side.
## 8.03pm | GOAL! Cleyton level through DiMarco
> Cleyton are level. DiMarco gets in behind the Rovers defence, rounds the keeper and slots into an empty net. 1-1 after 33 minutes.
## 7.46pm | GOAL! Rovers take the lead!
> Ashbridge lead after 16 minutes. A low cross from the right is turned in at the near post by Connor Whitlock. It is his 24th goal of the season. Rovers 1-0 Cleyton.
## 7.30pm | Team news
> Rovers are unchanged from the semi-final. Cleyton welcome back DiMarco, who has recovered from a hamstring injury, and leave out the veteran Gary McAllister-Bain. Kick-off is at 7.30 p.m., and the teams are in the tunnel.
