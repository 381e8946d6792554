#! English round 13 live blogs: invented news, people, places and outlets.
#! Styles: suffix (AEST), glued (14.32), suffixglued (12 minutes ago), dash (2:32 p.m. ET),
#! suffixdash (9:47 PM EDT), paren (1h ago); untimed with box: hostage release (-), cruise ship (⇒).

=== en-live-bushfire-kurrawong-heights
lang: en
outlet: The Burnett Valley Times
title: Queensland bushfire live: 14 homes lost as emergency warning issued for Kurrawong Heights and Pindari Creek
caption: A water-bombing helicopter collects water from a farm dam near Pindari Creek on Tuesday afternoon.
link: https://example.com.au/news/queensland/kurrawong-heights-bushfire-live
author: Kirra Whitelaw-Banks
date: 2034-10-17 18:05:00
tags: Bushfires, Queensland, Kurrawong Heights, Emergencies
options: time=suffix bullet=•
> A fast-moving bushfire burning in steep country west of Kurrawong Heights has destroyed at least 14 homes and is threatening hundreds more, with residents of Pindari Creek told it is now too late to leave.
> The blaze, which started near the Gowrie State Forest on Sunday, has burnt through more than 21,000 hectares. Temperatures hit 38.4C at Kurrawong airport this afternoon, with north-westerly winds gusting to 70km/h.
kp: Key points
* Emergency warning for Kurrawong Heights and Pindari Creek
* Residents told it is too late to leave
* Homes lost now stands at 14
* Burnett Range Highway closed between Marrabool and Tindale
## 17:48 AEST | Premier: ‘This fire is not done with us yet’
> Queensland Premier Lachlan Harrowby has warned the danger will continue well into the night, even if the wind change arrives on time.
> “This fire is not done with us yet. The southerly will bring relief from the heat, but it will also push the eastern flank towards properties that have not been under threat so far,” he told reporters in Kurrawong.
> He confirmed the state would activate disaster recovery payments of $180 per person, up to $900 for a family, from 9am tomorrow.
## 17:10 AEST | Burnett Range Highway closed between Marrabool and Tindale
> Police have closed the Burnett Range Highway in both directions between Marrabool and Tindale because of fire activity and heavy smoke. Motorists are being diverted via the Cressbrook Road, which adds about 1.5 hours to the trip.
> QFRS says the road is unlikely to reopen before midday on Wednesday. Up-to-date closures are published at www.qldtraffic-example.com.au/alerts.
## 16:35 AEST | Homes lost now stands at 14
> 14 homes have now been confirmed destroyed, most of them along Sandalwood Drive and Old Coach Road on the western edge of Kurrawong Heights. Another six sheds and a church hall, St. Brigid’s, were also lost.
> Assessment crews have only reached about half of the fireground, so Deputy Commissioner Tegan MacLennan said the number was “almost certain to rise”.
## 15:52 AEST | Where are the evacuation centres?
> Three evacuation centres are open: the Kurrawong Showgrounds pavilion, the Tindale PCYC on Mary Street and the Marrabool State School hall. Pets are welcome at the showgrounds only, where the RSPCA has set up a temporary shelter for about 200 animals.
> Anyone who needs help finding a relative can call the Red Cross on 1800 555 019 or email reconnect@redcross-example.org.au.
## 15:20 AEST | Residents told it is too late to leave
> The emergency warning for Pindari Creek has been upgraded. Residents who have not left must shelter in a solid building, away from the fire front, and take cover indoors when it arrives.
> “If you are on the road at this point you are in more danger than at home,” MacLennan said. Roughly 600 people live in the area, but police believe most left on Monday.
## 14:32 AEST | Water bombers grounded by smoke
> The large air tanker and four of the six water-bombing helicopters have been grounded because visibility over the fire is down to less than 500m. Ground crews from Toowoomba, Dalby and Warwick are working to protect properties on the Pindari Creek Road.
## 13:45 AEST | Emergency warning for Kurrawong Heights and Pindari Creek
> An emergency warning, the highest level, has been issued for Kurrawong Heights, Pindari Creek and parts of Gowrie Junction. The fire jumped containment lines near the quarry shortly after 1pm and is moving east at about 3km an hour.
## 12:58 AEST | What does ‘catastrophic’ fire danger mean?
> Catastrophic is the top rating on the Australian Fire Danger Rating System. It means a fire, if it starts, will be uncontrollable and unpredictable, i.e. homes are not built to withstand it and leaving early is the only safe option.
> The Bureau of Meteorology has forecast the rating for the Darling Downs and Granite Belt district until 10pm.
## 12:10 AEST | Good afternoon
> Welcome to our live coverage of the Kurrawong Heights fire. I’m Kirra Whitelaw-Banks and I’ll be bringing you the latest warnings, road closures and reports from our team on the fireground throughout the afternoon and evening.

=== en-live-hartsmoor-by-election
lang: en
outlet: The Pennine Gazette
title: Hartsmoor and Clough Valley by-election live: Lib Dems overturn 11,000 majority as Conservatives slump to third
caption: Liberal Democrat candidate Ruth Ackerley-Noon celebrates at the count in Hartsmoor Leisure Centre.
link: https://example.co.uk/politics/hartsmoor-clough-valley-by-election-live
author: Owain Treharne-Price
date: 2034-03-10 04:10:00
tags: Politics, By-election, Hartsmoor, Liberal Democrats
options: time=glued crlf
> Good evening and welcome to our live coverage of the Hartsmoor and Clough Valley by-election. Polls closed at 10pm and the count is under way at Hartsmoor Leisure Centre, with a result expected at around 3am.
> The seat was won by the Conservatives’ Sir Geoffrey Lomax with a majority of 11,204 at the last general election. He stood down in January after his appointment as the UK’s envoy to the Commonwealth Ports Council.
## 3.52am | Lib Dem victory speech: ‘Hartsmoor has sent a message to Westminster’
> In her acceptance speech Ruth Ackerley-Noon thanked “every single volunteer who knocked on a door in the rain” and said voters had sent a message about the closure of the Clough Valley maternity unit.
> “Hartsmoor has sent a message to Westminster tonight, and it is a very simple one: stop taking us for granted.”
## 3.41am | Result: Liberal Democrats gain Hartsmoor and Clough Valley
> The returning officer has declared the result. Ruth Ackerley-Noon (Liberal Democrats) 16,882; Marcus Ridgewell (Conservative) 9,431; Dev Malhotra-Quinn (Labour) 9,977; Jenna Stott (Green) 2,140; others 1,716.
> That is a majority of 6,905 for the Lib Dems and a swing of 21.4% from the Conservatives, one of the largest at a by-election since the 1990s.
## 3.15am | No recount, says the returning officer
> The Conservatives briefly considered asking for a recount but have decided against it, according to a party source at the count. The candidates have been called to the stage.
## 2.48am | Turnout confirmed at 41.7%
> The returning officer says 40,146 ballots were cast, a turnout of 41.7%. That is down from 64.3% at the general election but high for a by-election in March.
## 2.20am | Conservatives privately concede
> One senior Conservative figure has told the Gazette the party has “lost, and lost badly”. Marcus Ridgewell has left the main hall and is said to be working on a speech.
## 1.37am | Postal votes verified
> Verification of postal votes is complete. About 11,300 were returned, i.e. roughly 28% of all ballots. Counting agents say Lib Dem piles on the tables from Clough Bridge and Nethercote look “very healthy”.
## 12.55am | What happened in 2029?
> At the last general election Sir Geoffrey took 48.9% of the vote, ahead of Labour on 27.1% and the Lib Dems on 14.6%. The seat has been held by the Conservatives since it was created in 1983, although the Lib Dems came within 900 votes in 1997.
## 12.12am | Fire alarm halts the count
> Counting was suspended for 25 minutes after a fire alarm went off in the sports hall. Staff, candidates and journalists were led out on to the car park; a spokesman for Pennine Borough Council later blamed “a faulty detector in the café kitchen”.
## 11.31pm | Labour confident of second place
> Labour sources say they are confident of beating the Conservatives into second. Dev Malhotra-Quinn, a 34-year-old GP from Nethercote, has campaigned almost entirely on NHS waiting lists.
## 10.40pm | Ballot boxes begin arriving
> The first ballot boxes arrived from Clough Bridge at 10.38pm, carried in by a council officer in a hi-vis jacket to ironic cheers from party activists.
## 10.05pm | Polls close in Hartsmoor and Clough Valley
> Polls have now closed. Ten candidates are standing, including an independent campaigning to save the Clough Valley railway and a candidate from the Official Monster Raving Loony Party.

=== en-live-coral-coast-sevens
lang: en
outlet: Southern Cross Rugby
title: Coral Coast Sevens day two live: Fiji beat New Zealand in men’s Cup final, Australia take women’s title in Port Keswick
caption: Fiji’s Semisi Ravuvu breaks through the New Zealand defence in the men’s Cup final.
link: https://example.com.au/rugby/sevens/coral-coast-sevens-day-two-live
author: Callum Tamsett
date: 2035-01-28 19:30:00
tags: Rugby sevens, Coral Coast Sevens, Fiji, Australia
options: time=suffixglued bullet=⇒ nocaptionline
> Welcome to day two of the Coral Coast Sevens at Port Keswick Oval. The women’s and men’s quarter-finals, semi-finals and Cup finals are all played today, and a sell-out crowd of 24,000 is expected in the heat.
kp: Key events
* Fiji beat New Zealand in men’s Cup final
* Australia win women’s Cup final against France
* Ireland stun Argentina in quarter-finals
## 12 minutes ago | Fiji are the champions!
> Fiji win the men’s Cup final 26-19 against New Zealand, their third Coral Coast title in four years. Semisi Ravuvu scored two tries and was named player of the final.
> The Fijian squad celebrate by singing a hymn in a circle on halfway, as they always do, and much of the crowd joins in.
## 25 minutes ago | TRY! Ravuvu goes over again
> Ravuvu runs 60 metres down the left touchline after a quick tap. Fiji lead 21-12 with a minute and a half to go.
## 38 minutes ago | Half-time in the men’s final
> Fiji 14-12 New Zealand. The All Blacks Sevens scored twice in the last minute of the half through Tama Whitford-Hale and Rangi Patuawa.
## 52 minutes ago | Australia win women’s Cup final against France
> Australia beat France 31-7 to win the women’s Cup. It is their fifth tournament win in a row. Captain Jessamy DeLacey, 31, scored the last try of the match in what she has said will be her final home tournament.
> “I couldn’t have asked for anything better. This crowd... I’ll remember this for the rest of my life,” DeLacey said, in tears, on the field.
## 1 hour ago | Heat policy in force
> Organisers have invoked the extreme heat policy: the water breaks in each half are extended to 90 seconds and play on the two outer fields is suspended until 5pm. The temperature on the main pitch has been measured at 41.2C.
## 1 hour ago | Men’s semi-finals: Fiji and New Zealand through
> Fiji beat South Africa 24-10 and New Zealand edged Ireland 17-14 with a try after the hooter. Ireland’s Conor McGillicuddy, the tournament’s top try scorer with eight, was in tears at the end.
## 2 hours ago | Ireland stun Argentina in quarter-finals
> Ireland have beaten Argentina 22-21 in the best match of the tournament so far, a conversion from Fionn Cassidy-Ward hitting both posts before going over.
> “We practise that one every day at training,” joked coach Declan O’Sheehan. “I’m not sure we meant it to hit the posts, mind.”
## 3 hours ago | How to watch: every match on KickTV
> Every match is live on Channel 9 Sport and streamed free on the KickTV app. Tickets for today are sold out; resale is available only through the official site, e.g. sevens-example.com.au/resale.

=== en-live-fed-rate-decision-march
lang: en
outlet: Harbor & Main Business Daily
title: Fed decision live updates: Federal Reserve cuts rates by a quarter point, Holloway signals pause as Dow jumps 1.2%
caption: Federal Reserve Chair Marian Holloway at her news conference in Washington.
link: https://example.com/markets/fed-decision-march-2034-live-updates
author: Trevor Alcott and Noemi Vasquez-Pruitt
date: 2034-03-22 16:45:00
tags: Federal Reserve, Interest rates, Markets, Marian Holloway
options: time=dash bullet=⇒ authorspace
> The Federal Reserve lowered its benchmark interest rate by a quarter of a percentage point on Wednesday, to a range of 3.50% to 3.75%, its second cut this year, as inflation cooled and the labor market showed signs of strain.
> But Chair Marian Holloway made clear the central bank was in no hurry to cut again, telling reporters that the Fed would “take stock” before its next meeting in May.
kp: Key points
* Fed cuts rates to 3.50%-3.75%
* Two officials dissent
* Holloway: ‘We are not declaring victory’
* Stocks rally, Treasury yields fall
## 4:12 p.m. ET | Stocks rally, Treasury yields fall
> The Dow Jones Industrial Average closed up 1.2%, or 512 points, at 43,870. The S&P 500 rose 0.9% and the Nasdaq Composite gained 1.4%, led by homebuilders and small-cap stocks.
> The yield on the 2-year Treasury note fell to 3.41%, its lowest level since last June.
## 3:40 p.m. ET | What the cut means for your mortgage
> Not much, at least not right away. Mortgage rates track the 10-year Treasury yield more closely than the federal funds rate, and the average 30-year fixed rate, currently 5.9%, had already fallen in anticipation of today’s decision.
> Credit card rates, on the other hand, are tied to the prime rate and should fall by about 0.25 points within one or two billing cycles, said Dr. Alana Pereira-Stokes, a consumer finance economist at Ridgeford University.
## 3:05 p.m. ET | Holloway: ‘We are not declaring victory’
> “We are not declaring victory on inflation,” Holloway said in her opening remarks. “Core prices are still rising faster than we would like, and we will be guided by the data, not by the calendar.”
> Asked whether the Fed was cutting because of pressure from the White House, she replied: “No. Next question.”
## 2:32 p.m. ET | Two officials dissent
> Gov. Samuel Okafor-Burke and Cleveland Fed President Ingrid Hallström voted against the decision, preferring to hold rates steady. It is the first time since 2019 that two members of the FOMC have dissented in favor of tighter policy.
## 2:00 p.m. ET | Fed cuts rates to 3.50%-3.75%
> The Federal Open Market Committee voted 10-2 to lower the target range for the federal funds rate by 25 basis points. The statement said the labor market had “softened” and that inflation had “moved closer” to the committee’s 2% goal.
> The full statement is available at www.federalreserve-example.gov/newsevents.
## 11:20 a.m. ET | What Wall Street expects
> Futures markets put the probability of a quarter-point cut at about 85%, according to CME data. Most economists polled by Harbor & Main expect one more cut this year, e.g. in September, and none in the next two meetings.
> “The Fed wants to look patient,” said Howard Penrose-Adair, chief U.S. economist at Kellerman Stroud. “A cut with a hawkish message is the base case.”
## 9:45 a.m. ET | Good morning
> It’s Fed day. The rate decision is due at 2 p.m. ET, followed by Chair Holloway’s news conference at 2:30 p.m. Sen. Ruth Garibaldi, who chairs the Senate Banking Committee, has already urged a “bold” half-point cut in a post on social media this morning.

=== en-live-presidential-debate-denver
lang: en
outlet: The Front Range Observer
title: Presidential debate live: Whitcombe and Ebeling clash over tariffs, abortion and the border in only face-off
caption: Gov. Dana Whitcombe and Sen. Martin Ebeling on stage at the University of Colorado Denver.
link: https://example.com/politics/2036-election/presidential-debate-live
author: Leah Brannigan-Ortiz
date: 2036-09-30 23:20:00
tags: 2036 election, Presidential debate, Dana Whitcombe, Martin Ebeling
options: time=suffixdash
> Gov. Dana Whitcombe of Ohio and Sen. Martin Ebeling of Arizona met in Denver on Tuesday night for what is expected to be the only presidential debate of the 2036 campaign, five weeks before Election Day.
> The 90-minute debate, moderated by Janelle Forsythe and Peter Okonedo-Marsh of the National Broadcast Network, took place without a studio audience and with microphones muted while the other candidate was speaking.
## 10:41 PM EDT | Who won the debate? Our snap poll
> In a snap poll of 812 registered voters who watched the debate, 48% said Whitcombe did better and 44% said Ebeling did better. The margin of error is plus or minus 3.5 percentage points, i.e. the result is effectively a tie.
## 10:38 PM EDT | Both campaigns claim victory
> Within minutes of the end, both campaigns had emailed reporters declaring their candidate the winner. The Ebeling campaign’s message was titled “Decisive”; Whitcombe’s, simply “Won.”
## 10:33 PM EDT | Closing statements
> Ebeling used his closing statement to speak directly to young voters: “You were told this country’s best days are behind it. I don’t believe that, and I don’t think you do either.”
> Whitcombe closed by thanking her late father, a steelworker from Youngstown. “He never asked Washington for anything except a fair shot. That is all I am asking for you.”
## 10:28 PM EDT | Climate: a rare moment of agreement
> Both candidates said they supported extending tax credits for home batteries, which were introduced in 2031. Whitcombe added that she would “never apologize for Ohio’s natural gas”.
## 10:24 PM EDT | Fact check: Ebeling on drug prices
> Ebeling said insulin prices had “tripled” under the current administration. That is false. According to HHS data, the average list price of insulin has fallen by about 12% since 2033.
## 10:20 PM EDT | Whitcombe on NATO
> Whitcombe said she would ask NATO allies to raise defense spending to 3.5% of GDP within four years. Ebeling said the alliance “is not a country club with a membership fee”.
## 10:15 PM EDT | ‘That is simply not true, Senator’
> The sharpest exchange of the night came on abortion. Ebeling accused Whitcombe of supporting a national ban after 12 weeks; Whitcombe shot back: “That is simply not true, Senator, and you know it.”
> Ebeling then read from a 2031 interview in which Whitcombe said she would “sign whatever comes to my desk”. She said the quote was taken out of context.
## 10:09 PM EDT | Fact check: Whitcombe on crime in Phoenix
> Whitcombe said violent crime in Phoenix had “doubled” while Ebeling was in the Senate. Phoenix police figures show a rise of about 18% between 2030 and 2035, not a doubling, and the city’s police are not under federal control.
## 10:02 PM EDT | Border and immigration
> Whitcombe promised to hire 10,000 additional Border Patrol agents in her first year. Ebeling said he would restore a program, scrapped in 2034, that allowed asylum seekers to apply from Mexico through the CBP Connect app.
## 9:56 PM EDT | A question on the Supreme Court
> Asked whether they would support term limits for justices, Ebeling said yes, 18 years; Whitcombe said no, calling the idea “a solution in search of a problem”.
## 9:51 PM EDT | Moderators cut off both candidates
> Forsythe had to interrupt both candidates three times in five minutes for going over time. At one point she said: “Governor... Governor, your time is up.”
## 9:45 PM EDT | Social media reacts
> Online, the most-shared moment so far is Ebeling pausing to drink water for nearly ten seconds while Whitcombe was speaking. On ChirpNet the hashtag #WaterGate2036 was trending nationally within minutes.
## 9:40 PM EDT | A pointed question on age
> Ebeling, who is 71, was asked whether he was too old to serve two terms. “Ask me that again after you’ve tried to keep up with me on the trail,” he said, drawing a rare smile from Whitcombe.
## 9:36 PM EDT | Fact check: the ‘$2,400’ figure
> The estimate Ebeling cited is real but describes a 25% tariff, not the 10% plan Whitcombe has proposed. For a 10% tariff, the same study estimates a cost of about $1,050 per household per year.
## 9:32 PM EDT | Tariffs: 10% or 25%?
> Whitcombe defended her proposal of a 10% tariff on all imports, calling it “a seat belt for American workers”. Ebeling said it would raise prices for a typical family by $2,400 a year, citing an estimate from the Marlowe Budget Center.
> Whitcombe called the estimate “made up by people who have never run a business”. The center, a nonpartisan group, published its methodology last month.
## 9:24 PM EDT | Whitcombe promises 3 million homes by 2040
> Whitcombe said she would cut federal red tape to allow the construction of three million new homes by 2040, mostly on federal land in the West. Ebeling called it “a nice number with no plan behind it”.
## 9:18 PM EDT | First question: the economy
> Asked whether Americans were better off than four years ago, Ebeling said “yes, on paper, but not at the grocery store”. Whitcombe answered a different question, about her record as governor, which she said had brought 140,000 manufacturing jobs to Ohio.
## 9:04 PM EDT | The candidates shake hands
> The candidates walked on stage and shook hands, briefly. Whitcombe wore a blue suit with an American flag pin; Ebeling, unusually, no tie.
## 8:55 PM EDT | Protesters outside the venue
> Several hundred protesters gathered outside the Auraria campus, most of them calling for action on housing costs. Denver police said there had been two arrests, for trespass, by 8:30 p.m.
## 8:45 PM EDT | What to watch for tonight
> With polls showing a near-tie in Pennsylvania, Michigan and Arizona, neither candidate can afford a major mistake. Strategists on both sides have said the key audience is suburban women and voters under 30.
> Our politics team will be fact-checking claims in real time. Send us your questions at debate@frontrange-example.com.

=== en-live-stackharbor-layoffs-dublin
lang: en
outlet: The Leinster Business Post
title: StackHarbor layoffs: 1,100 jobs to go at Dublin hub as cloud firm cuts 9% of global staff
caption: StackHarbor’s European headquarters at Grand Canal Quay in Dublin.
link: https://example.ie/business/technology/stackharbor-layoffs-dublin-live
author: Aoife Kinsella-Doyle
date: 2035-02-13 16:30:00
tags: Technology, Jobs, StackHarbor, Dublin
options: time=paren bullet=- exit=none
> Cloud software company StackHarbor is to cut 1,100 jobs at its European headquarters in Dublin, part of a global restructuring that will see 6,800 roles, or 9% of its workforce, eliminated by the end of June.
> Staff at Grand Canal Quay learned of the cuts in an email from chief executive Jordan VanderHoek at 7am Irish time, an hour before the company published its quarterly results.
## 1h ago | Minister: ‘A hard day, but not a crisis’
> The Minister for Enterprise, Colm Ó Briain, said the news was “a hard day for the families affected, but not a crisis for the sector”. He has spoken to Mr. VanderHoek by phone and IDA Ireland will meet the company’s Irish management on Thursday.
> Ó Briain said more than 3,000 jobs had been announced by other multinationals in Dublin since January, “so there are opportunities for people with these skills”.
## 3h ago | What happens to staff now?
> Under Irish law, StackHarbor must consult staff representatives for at least 30 days before any redundancy takes effect. The company says affected employees will get six weeks’ pay per year of service, on top of statutory redundancy, and keep their health insurance until December.
> The Financial Services Union, which represents some staff, said it had received “dozens” of calls this morning. Employees can contact the union confidentially at tech@fsu-example.ie.
## 5h ago | Shares up 6.5% in pre-market trading
> StackHarbor shares rose 6.5% in New York pre-market trading after the company said the restructuring would save about $1.4bn a year. Revenue for the quarter came in at $7.82bn, slightly ahead of forecasts.
> VanderHoek told analysts the company was “moving investment to where our customers are going, i.e. AI infrastructure”.

=== en-live-torandi-hostages-freed
lang: en
outlet: The Severn Herald
title: British aid workers freed after 214 days in captivity in Torandi: what we know
caption: Nurse Helen Marchbank-Ayo, centre, is greeted by embassy staff at Kessara airport.
link: https://example.co.uk/world/africa/torandi-aid-workers-freed-live
author: Imogen Sallis
date: 2034-06-07 13:15:00
tags: World news, Torandi, Hostages, Foreign Office
options: bullet=- bom
> Three British aid workers held by an armed group in the Sahel state of Torandi for more than seven months have been released and are “safe and well”, the Foreign Office has confirmed.
> Helen Marchbank-Ayo, 52, a nurse from Gloucester, engineer Tom Pridmore, 38, and logistics officer Rashid Caldecott, 29, were handed over to Torandian officials near the border town of Ouaraba on Tuesday night and flown to the capital, Kessara.
kp: What we know so far
* The three hostages were released near Ouaraba on Tuesday night.
* No ransom was paid, according to the Foreign Secretary.
* Qatar-based mediators and Torandian tribal elders brokered the deal.
* The group is expected to land at RAF Brize Norton on Thursday.
## ‘I never stopped believing I would see my children again’
> Helen Marchbank-Ayo has spoken briefly to reporters at the British embassy in Kessara. Looking thin but smiling, she thanked the embassy staff and “the people of Torandi who showed us kindness when they had nothing”.
> “I never stopped believing I would see my children again. There were days when that was all I had.”
> She declined to answer questions about how the three had been treated, saying only that they had been “moved many times” and had been kept apart for the first two months.
## How the release was negotiated
> According to two officials briefed on the talks, the breakthrough came three weeks ago, when a delegation of elders from the Kel Ammar confederation travelled to the group’s camp in the Ténéré hills with a message from the Torandian government.
> The Foreign Secretary, Priya Halloran-West, told the Commons this morning: “No ransom was paid, and no concessions were made. I want to be absolutely clear about that.” She thanked the government of Qatar and “partners whose role must remain confidential”.
> Analysts are sceptical. Dr. Nadia Ferreira-Lund, a Sahel specialist at King’s College London, said: “In almost every similar case something has changed hands, even if it is not called a ransom.”
> The Torandian interior minister, Col. Ibrahim Sidibé-Wane, said on state television that the kidnappers had been “persuaded by the elders to show mercy” and that the army had agreed not to pursue the group for 30 days.
> The U.K. had previously refused to comment on the case, at the request of the families, and a media blackout was observed by British news organisations, including this one, since November.
## Who are the three aid workers?
> Marchbank-Ayo has worked for the medical charity Frontline Care for 19 years, mostly in Chad, Sudan and Torandi. Pridmore, a water engineer from Stroud, was on his first overseas posting; Caldecott, from Luton, joined the charity in 2032 after a degree in international development.
> They were seized on 4 November last year when gunmen stopped their convoy on the road between Ouaraba and the Lake Tiris refugee camp. Their Torandian driver, Moussa Agali, was killed in the attack.
## Families: ‘The longest 214 days of our lives’
> In a joint statement released through the Foreign Office, the families said: “These have been the longest 214 days of our lives. We are overwhelmed with relief and we ask for privacy while Helen, Tom and Rashid recover.”
> The statement also paid tribute to Agali’s widow and five children, for whom Frontline Care has set up an appeal at www.frontlinecare-example.org/agali.
## What happens next?
> The three will undergo medical checks at a French military hospital in Kessara before flying home. A Foreign Office spokesman said they are expected to land at RAF Brize Norton on Thursday afternoon, where their families will meet them.
> Counter-terrorism police will interview them in the coming weeks, as is standard in kidnap cases abroad.

=== en-live-aurelia-dawn-norovirus-cork
lang: en
outlet: The Lee Valley Courier
title: Cruise ship outbreak: 340 passengers and crew ill as Aurelia Dawn held at Ringaskiddy
link: https://example.ie/news/cork/aurelia-dawn-cruise-ship-outbreak
author:
date: 2034-08-19 15:50:00
tags: Cork, Cruise ship, Norovirus, HSE
options: bullet=⇒ nocaptionline exit=none
> More than 340 passengers and crew on board the cruise ship Aurelia Dawn have fallen ill with what health officials believe is norovirus, and the vessel is being held at Ringaskiddy while the HSE carries out an inspection.
> The ship, operated by Bluecrest Cruises, arrived in Cork Harbour at 6.45am on Saturday on the fourth day of a 12-night voyage from Southampton around the British Isles. It has 2,870 passengers, most of them from the U.K. and the U.S., and 1,150 crew.
kp: Key points
* HSE confirms norovirus on board
* Passengers allowed ashore from 4pm
* Cork University Hospital treating four patients
* ‘It was like a ghost ship’
## HSE confirms norovirus on board
> Laboratory tests on samples taken this morning have confirmed norovirus, the HSE said in a statement. Dr. Fergal Mac Aodha, director of public health for the south, said it was “a highly infectious but usually short illness” and that there was no risk to the wider public in Cork.
> He said the ship’s medical team had “acted appropriately”, isolating sick passengers in their cabins from Thursday night.
## Passengers allowed ashore from 4pm
> Passengers who have had no symptoms for 48 hours will be allowed to leave the ship from 4pm, the Port of Cork has confirmed. Coaches for the planned excursions to Kinsale, Blarney and Cobh will run, but with reduced numbers.
> Bluecrest said the ship would sail for Dublin at 11pm as planned, “subject to HSE approval”.
## Four patients taken to Cork University Hospital
> Four passengers, all aged over 75, were taken to Cork University Hospital with dehydration. A hospital spokeswoman said all four were in a stable condition and two were expected to be discharged tonight.
## ‘It was like a ghost ship’
> “It was like a ghost ship. The buffet was closed, the theatre was closed, there was nobody by the pool,” said Gail McCreevy, 64, from Greenock, speaking from her balcony by phone. “You could hear people being sick in the cabins along the corridor... it was grim.”
> Her husband, Alasdair, said passengers had been given a €150 onboard credit. “That doesn’t even cover the drinks package.”
## Deep cleaning under way
> Crew in protective suits have been cleaning handrails, lifts and cabins with chlorine-based disinfectant since early morning. The company says about 80 additional cleaners were flown in from Southampton overnight.
## Second outbreak on Bluecrest ship this year
> It is the second norovirus outbreak on a Bluecrest ship in 2034. In April, about 210 people fell ill on board the Aurelia Sky in the Canary Islands. The company has been fined twice by U.S. health authorities, most recently in 2031, for sanitation failures.
> Passengers with questions can contact the company at guestcare@bluecrest-example.com or on +44 20 7946 0321.
