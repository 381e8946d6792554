#! English held-out articles: invented news.

=== en-plain-senate-hearing
lang: en
outlet: The Harlow Ledger
title: Senator grills utility chief over winter blackouts: ‘Where did the money go?’
caption: State Sen. Margaret McAllister questions Northgate Power executives on Tuesday.
link: https://example.com/politics/northgate-blackout-hearing
author: Dana Whitfield
date: 2026-02-17 19:40:00
tags: Politics, Energy, Harlow County
> State Sen. Margaret McAllister spent nearly three hours on Tuesday questioning the chief executive of Northgate Power Co. about the blackouts that left 41,000 homes in Harlow County without heat during January’s cold snap.
> “People were burning furniture to stay warm,” McAllister, a Democrat from Denby, told the committee. “Your company posted $1.2 billion in profit last year. Where did the money go?”
> The CEO, Dr. Raymond DiMaggio, who holds a Ph.D. in electrical engineering, said the outages were caused by “a once-in-a-generation ice storm” and not by underinvestment. He said the company had spent 12.5 percent more on maintenance in 2026 than the year before.
> Not everyone was convinced.
> A report by the state’s Public Utility Commission, released last week, found that 38% of the failed transformers were more than 40 years old. The worst failure, at the utility’s No. 4 substation in East Denby, cut power to 9,800 customers for six days.
> DiMaggio acknowledged that the company waited nine days for replacement transformers, most of which had to be shipped from plants outside the U.S.
> The hearing, which began at 9:30 a.m., was streamed live on the legislature’s YouTube channel and drew more than 14,000 viewers at its peak. Dozens of residents followed it on iPads and phones at the Denby public library, which stayed open late.
> McAllister said she would introduce a bill requiring utilities to keep a 30-day stock of critical equipment. “This is not rocket science,” she said. “It’s a spare-parts closet…”
> Residents who lost power for more than 72 hours may be eligible for a one-time credit of $150. Applications are open at www.northgatepower.example/credit or by e-mail at claims@northgatepower.example until March 31.
> The committee will vote on the bill in April. Northgate’s stock fell 2.3% on the news, closing at $47.18.

=== en-plain-startup-weather
lang: en
outlet: Denby Business Weekly
title: Denby startup that turns old iPhones into weather stations raises $3.5 million
caption: Refurbished phones in a SkyScrap weather station on a farm near Keel Point.
link: https://example.com/business/skyscrap-raises-3-5-million
author:
date: 2026-04-06 08:00:00
tags: Business, Startups, Weather
options: crlf exit=none
> A Denby-based startup that turns discarded smartphones into solar-powered weather stations has raised $3.5 million from investors, its founders said Monday.
> SkyScrap Inc., founded in 2024 by two former Harlow State University students, Priya Nandakumar and Owen O’Neill, strips old iPhones and Android devices of their screens and batteries and reuses their sensors, processors and radios. Each station costs about $40 to build, vs. $400 or more for a commercial unit.
> “A phone from 2019 has a better barometer than most of the equipment farmers can afford,” said Nandakumar, 27. “We just needed to give it a second life.”
> The company has installed 1,150 stations across three states so far, mostly on farms and school roofs. Data is published every 10 minutes on an open map at skyscrap.example/map, which the U.S. National Weather Service’s office in St. Louis has cited in two storm warnings this year.
> The round was led by GreenHollow Ventures, with participation from the state’s Rural Innovation Fund. Terms were not disclosed.
> O’Neill said the money would be used to hire 12 engineers and open a refurbishing workshop in a former McDonald’s restaurant on Route 9, which the company bought in January for $310,000.
> The workshop will take phones donated by residents. Drop-off boxes will be placed at public libraries, town halls, school gyms, etc.
> Not all experts are sold. Dr. Helen Vasquez, a meteorologist at Harlow State, said data from phone sensors can drift over time. “They’re useful... if you calibrate them regularly,” she said. “Otherwise you get a map full of very confident nonsense.”
> SkyScrap says each station is checked against a reference instrument twice a year. Its next target: 5,000 stations by the end of 2027, including 300 on PlayStation-sized boxes mounted on school buses.
> Residents can donate phones or ask questions at hello@skyscrap.example.

=== en-live-storm-imogen
lang: en
outlet: Coastal Courier
title: Storm Imogen live: 90mph gusts hit Harlow coast as thousands evacuated
caption: Waves break over the sea wall at Port Denby early on Friday.
link: https://example.com/weather/live-storm-imogen-harlow-coast
author: Coastal Courier staff
date: 2026-10-23 11:52:00
tags: Weather, Storm Imogen, Port Denby
options: bullet=•
> Storm Imogen made landfall on the Harlow coast early on Friday, bringing gusts of up to 90mph and a storm surge that flooded parts of Port Denby overnight.
> The National Weather Service has kept a hurricane warning in place until 6pm. Follow the latest updates below.
kp: Key events
* More than 60,000 customers without power
* Evacuation orders for low-lying parts of Port Denby
* Governor declares state of emergency
* Two fishermen rescued off Keel Point
## 11:48 am | Governor: “We are not out of the woods yet”
> Gov. Linda Okafor warned residents not to return to evacuated areas until officials give the all-clear, even as the wind begins to ease. “We are not out of the woods yet. The surge is still coming in with the afternoon tide,” she told reporters in Harlow City.
> She said National Guard troops would be deployed to Port Denby and Keel Point by 2 p.m.
## 11:20 am | More than 60,000 customers without power
> Northgate Power says 61,400 customers are without electricity, most of them in Harlow and Denby counties. Crews cannot start repairs until winds drop below 40mph, a spokesperson said.
> The utility has set up an outage map at www.northgatepower.example/outages, which is updated every 15 minutes.
## 10:55 am | How strong is Imogen?
> Imogen was a Category 1 hurricane when it made landfall at 4:10 a.m., with maximum sustained winds of 85mph, according to the National Hurricane Center. It has since weakened to a tropical storm.
> The strongest gust recorded so far, 92mph, was measured at the Keel Point lighthouse.
## 10:31 am | “The water came up through the floor”
> Tom and Ellen Birch, both in their seventies, rode out the storm in their bungalow on Harbor Street. “The water came up through the floor around three in the morning,” Ellen said. “We sat on the kitchen table until the firemen came.”
> “I told her we should have left on Thursday,” Tom added. “She said, ‘We’ve seen worse.’ We hadn’t.”
## 10:02 am | Two fishermen rescued off Keel Point
> The Coast Guard rescued two fishermen whose boat lost power about six miles off Keel Point. A helicopter from Air Station Denby winched both men aboard shortly after 9:30 a.m. They were taken to St. Mary’s Hospital with mild hypothermia.
## 9:47 am | Schools closed across Harlow and Denby counties
> All public schools in Harlow and Denby counties are closed on Friday and Monday. The Harlow State University campus is also shut, and exams scheduled for Saturday have been postponed.
## 9:15 am | Governor declares state of emergency
> Gov. Okafor has declared a state of emergency for six coastal counties, freeing up state funds and allowing her to call up the National Guard. The declaration also bans price gouging on fuel, water and generators.
## 8:40 am | Storm surge floods Port Denby waterfront
> The surge peaked at 7.4 feet above normal high tide at the Port Denby gauge, flooding the waterfront, the fish market and parts of Main Street. Several cars were swept into the harbor.
> Officials urged residents to stay out of floodwater, which may hide debris, downed power lines and sewage.
## 8:05 am | Evacuation orders for low-lying parts of Port Denby
> Mandatory evacuation orders remain in place for Zones A and B of Port Denby, covering about 9,000 residents. Shelters are open at Denby High School and the Harlow County Fairgrounds; both accept pets.
## 7:30 am | Good morning
> Welcome to our live coverage of Storm Imogen. We will bring you the latest on the damage, the rescue operations and the recovery throughout the day. Send us your photos and stories at newsdesk@coastalcourier.example.

=== en-live-budget-all-nighter
lang: en
outlet: Capitol Wire Example
title: State budget live: lawmakers pass $48bn spending plan after all-night session
caption: The state House chamber shortly after midnight.
link: https://example.com/politics/live-state-budget-all-nighter
author: Marcus Oyelaran, Beth Kowalczyk
date: 2026-06-30 06:15:00
tags: Politics, State budget
options: time=dash
> Lawmakers in both chambers of the state legislature worked through the night to pass a $48 billion budget before the midnight deadline, avoiding a government shutdown by the narrowest of margins.
> The plan raises teacher pay by 4.5%, cuts the gas tax for six months and sets aside $900 million for flood defenses. Republicans called it “a spending spree”; Democrats “a budget for working families”.
kp: Summary
* Budget passes the Senate 21-18 and the House 52-47
* Governor expected to sign on Tuesday morning
* Teacher pay up 4.5%, gas tax cut for six months
## 05:58 | That’s all from us
> After more than 20 hours of debate, the budget is headed to the governor’s desk. Thank you for following along. Our full analysis of what the budget means for your wallet will be published later this morning.
## 05:40 | Governor to sign on Tuesday morning
> A spokesperson for Gov. Linda Okafor says the governor will sign the budget at 10 a.m. in the Capitol rotunda.
## 05:12 | What’s in the flood-defense package?
> The $900 million package funds sea walls in Port Denby and Keel Point, the raising of Route 9 near the marshes, and a buyout program for about 400 homes that flood repeatedly.
## 04:51 | Minority leader: “We’ll be back”
> Senate Minority Leader Rick Hallorann vowed to revisit the gas-tax cut in January. “Six months is a gimmick timed for the election,” he said.
## 04:30 | House passes the budget 52-47
> The House approved the budget by 52 votes to 47, with two Republicans voting in favor and one Democrat against.
## 04:02 | Final House vote under way
> Members are now voting. The electronic board shows 49 yes votes so far.
## 03:44 | Speaker cuts debate short
> House Speaker Angela Moretti invoked a rule limiting each remaining speaker to two minutes. Republicans protested loudly from the floor.
## 03:15 | Coffee runs out in the press gallery
> A lighter note: the press gallery’s coffee machine gave up around 3 a.m. Reporters are now sharing a single thermos brought in by a Capitol police officer.
## 02:58 | Amendment on school buses fails 44-55
> An amendment that would have added $30 million for electric school buses was rejected.
## 02:31 | What does the budget mean for teachers?
> Starting salaries would rise from $44,200 to $46,190. The average teacher would get about $2,600 more a year before tax.
## 02:05 | House begins debate
> The budget bill reached the House floor at 2 a.m. Speaker Moretti said she expects a final vote “before sunrise”.
## 01:37 | Senate passes the budget 21-18
> The Senate approved the budget by 21 votes to 18 on a party-line vote. Sen. Margaret McAllister, who had threatened to vote no over utility regulation, voted yes after a late deal.
## 01:20 | McAllister gets her spare-parts bill
> Under the deal, the Senate leadership agreed to schedule a vote in September on McAllister’s bill requiring utilities to stock critical equipment.
## 00:54 | Senate vote delayed again
> The vote, expected at 00:30, has been pushed back as leaders try to win over one last senator.
## 00:21 | Shutdown averted for now
> Both chambers passed a one-day stopgap measure minutes before midnight. State offices will open as normal on Tuesday.
## 23:59 | One minute to midnight
> The stopgap bill cleared the House with seconds to spare. The Senate had passed it at 23:41.
## 23:30 | Stopgap bill introduced
> Leaders introduced a 24-hour continuing resolution to avoid a shutdown while talks continue.
## 23:02 | Gas-tax cut back in the deal
> Negotiators have restored the six-month gas-tax cut that had been dropped on Sunday. The cut is worth about 18 cents a gallon.
## 22:40 | Protesters outside the Capitol
> About 200 teachers, many in red T-shirts, are rallying on the Capitol steps. Chants of “Fund our schools!” can be heard inside the Senate chamber.
## 22:15 | Talks resume in the governor’s office
> The four legislative leaders are back in the governor’s office. No aides have been allowed in, according to a staffer.
## 21:48 | Senate recesses
> The Senate has gone into recess “subject to the call of the chair”, which means it could reconvene at any time.
## 21:20 | Why does the deadline matter?
> If no budget or stopgap is signed by midnight, about 31,000 state workers would be furloughed and state parks, DMV offices and courts would close on Tuesday.
## 20:52 | “Sticking points” remain, says majority leader
> Senate Majority Leader Diane Whitcomb said there were “three or four sticking points”, including the gas tax and flood spending.
## 20:30 | Dinner break
> Both chambers have broken for dinner. The Senate is expected back at 9 p.m.
## 20:05 | Amendment on rural hospitals passes
> An amendment adding $45 million for rural hospitals passed the Senate 30-9, one of the few bipartisan votes of the day.
## 19:41 | Governor: “I will not sign a budget that cuts teacher pay”
> Gov. Okafor said in a statement she would veto any budget that did not include at least a 4% raise for teachers.
## 19:10 | Senate debate continues
> More than 40 amendments have been filed. Each can be debated for up to 30 minutes.
## 18:45 | How much is $48bn?
> The plan is 6.2% larger than last year’s budget. About 41% of spending goes to education, 28% to health and human services.
## 18:20 | Republicans unveil alternative plan
> Senate Republicans released a $45.5bn alternative that keeps the gas-tax cut but scraps the flood package.
## 17:55 | Budget bill reaches Senate floor
> Debate in the Senate opened at 5:50 p.m., more than seven hours behind schedule.
## 17:30 | Committee approves budget 12-9
> The Senate Finance Committee approved the budget on a party-line vote after a four-hour hearing.
## 17:02 | Teachers’ union backs the deal
> The state teachers’ union said it supports the plan “with reservations”, mainly over class sizes.
## 16:40 | Finance committee hearing begins
> The hearing opened with testimony from the state budget director, who warned of “serious consequences” if no budget is passed by midnight.
## 16:15 | Leaders announce a deal in principle
> The governor and legislative leaders said they had reached a “framework agreement” but details were still being drafted.
## 15:48 | Details of the deal still secret
> Reporters have not been given a copy of the 1,100-page bill. Lawmakers say they have not seen it either.
## 15:20 | Talks go into a fifth day
> Closed-door talks between the governor and the four legislative leaders entered a fifth straight day.
## 14:55 | Capitol police step up security
> Capitol police closed the north entrance and added metal detectors at the public gallery.
## 14:30 | What is a continuing resolution?
> A continuing resolution, or stopgap, keeps the government funded at current levels for a set period while lawmakers finish a full budget.
## 14:05 | Lawmakers arrive for the final day
> Members of both chambers are arriving at the Capitol, some with sleeping bags. “I have a toothbrush and low expectations,” one senator joked.
## 13:45 | Welcome
> Good afternoon and welcome to our live coverage of the final day of budget talks. Today is the last day of the fiscal year.

=== en-live-trial-harlow
lang: en
outlet: The Harlow Ledger
title: Harbor Street fire trial: landlord takes the stand — live updates
caption: Defendant Gerald Finch arrives at Harlow County Courthouse on Wednesday.
link: https://example.com/courts/live-harbor-street-fire-trial-day-6
author: Dana Whitfield
date: 2026-09-09 16:30:00
tags: Courts, Harbor Street fire
options: bullet=- authorspace
> Landlord Gerald Finch, 58, testified on Wednesday in his own defense at Harlow County Superior Court, where he is charged with involuntary manslaughter over the Harbor Street apartment fire that killed three people in March 2025.
> Prosecutors say Finch ignored repeated warnings about faulty wiring and disabled smoke alarms. He has pleaded not guilty.
kp: What you need to know
* Finch denies he was told about the wiring
* Prosecutor confronts him with a 2024 text message
* Judge warns the gallery after outburst
* Defense expected to rest on Thursday
## Finch denies he was told about the wiring
> Under questioning from his own lawyer, Finch said no tenant had ever complained to him about the electrical system. “If anyone had told me, I would have called an electrician that same day,” he said.
> He said he visited the building “four or five times a year” and had never noticed anything unusual.
> Finch told jurors he bought the four-story building in 2011 for $640,000 and had managed it himself since 2019, after firing a property company he described as “expensive and useless”. He said the smoke detectors were tested every year by a contractor, “as the law requires”.
## Prosecutor confronts him with a 2024 text message
> During cross-examination, Assistant District Attorney Karen Liu read aloud a text message sent to Finch’s phone in November 2024 by a tenant on the second floor.
> “The lights in the hallway keep flickering and the outlet in my kitchen smells like burning plastic. Please send someone,” the message said.
> Q. Did you receive this message, Mr. Finch? A. I receive a lot of messages. Q. Did you answer it? A. I don’t remember. Q. Your phone records say you did. You wrote: “Will look into it.” Did you look into it? A. I meant to.
## A long silence in the courtroom
> The exchange was followed by a long silence. Several relatives of the victims, seated in the second row, held hands. One woman left the courtroom in tears.
## Judge warns the gallery after outburst
> Judge Patricia O’Donnell called a 10-minute recess after a man in the gallery shouted “Liar!” at the defendant. When the hearing resumed, she warned that anyone disrupting the proceedings would be removed.
> “I understand emotions are high. This is a courtroom, not a town meeting,” she said.
## Who were the victims?
> Maria Delgado, 34, her son Luis, 7, and their neighbor Arthur Pell, 81, died in the fire, which broke out around 2 a.m. on March 14, 2025. Eleven other residents were injured.
> A memorial fund set up by neighbors has raised more than $86,000.
> Luis Delgado was in second grade at Harbor Street Elementary. His teacher, Ms. Rachel Kim, testified last week that he “wanted to be a firefighter, of all things”.
## Defense expected to rest on Thursday
> Finch’s lawyer, Daniel McKenna, told the judge he expects to call one more witness, an electrical engineer, before resting on Thursday. Closing arguments could begin as early as Friday.
## What happened on Tuesday
> On Tuesday, the jury heard from the fire marshal, who testified that the blaze started in a junction box in the second-floor hallway. Two of the building’s six smoke detectors had no batteries.
> The marshal, Capt. Ron Abernathy, said the wiring in the hallway dated from the 1960s and that at least one circuit had been fitted with a 30-amp breaker instead of the 15-amp one required. “That breaker was never going to trip,” he said.
> The defense suggested a tenant may have swapped the breaker. Abernathy said he found no evidence of that.

=== en-live-cup-replay
lang: en
outlet: Harlow Sports Network
title: Harlow Athletic 3-2 Denby Rovers: County Cup final replay – as it happened
caption: Harlow Athletic players celebrate the winning goal.
link: https://example.com/football/live-county-cup-replay
author:
date: 2026-05-20 22:10:00
tags: Football, County Cup
> Harlow Athletic and Denby Rovers meet again at Riverside Park after last week’s final ended 1-1 after extra time. Kick-off is at 7:45 p.m.
> Denby’s captain Joe McAllister is back after suspension; Harlow are without top scorer Kwame Asante, who injured his hamstring in training.
## 5 minutes ago | Harlow Athletic win the County Cup!
> It’s over! Harlow Athletic beat Denby Rovers 3-2 in a breathless replay to win the County Cup for the first time since 1998. The players are dancing in front of the South Stand.
> Denby’s players sink to the turf. McAllister, who played the last 20 minutes with a bandaged head, goes round his team-mates one by one.
> Manager Sue Brannigan, in tears: “I told them at half-time: we’ve got 45 minutes to remember for the rest of our lives. And they did it.”
> Denby boss Terry Walsh was gracious in defeat. “Ten men, two goals, a post. I couldn’t ask for more from them. Football is cruel sometimes, that’s all.”
## 12 minutes ago | Harlow 3-2 Denby
> GOAL! Eighteen-year-old substitute Callum DiMarco scores with his first touch, a header from a Lewis corner in the 87th minute. Riverside Park erupts.
## 20 minutes ago | Denby hit the post!
> So close! McAllister’s free kick from 25 yards smacks the inside of the post and bounces back into the keeper’s arms.
## 31 minutes ago | Harlow 2-2 Denby
> Denby equalize again. Okoro holds off two defenders and slots it past the keeper. This final just keeps giving.
## 44 minutes ago | Red card for Denby’s Pryce
> Denby are down to ten men. Pryce, already booked, brings down Lewis on the halfway line and sees a second yellow.
## 1 hour ago | Harlow 2-1 Denby
> Harlow lead again! Jamie Lewis curls a free kick over the wall and into the top corner. What a strike.
## 1 hour ago | Half-time thoughts
> A pulsating first half. Harlow have had more of the ball (58%), but Denby look dangerous on the counter. Both managers will be happy and worried in equal measure.
> Stat of the half: Denby have had two shots on target and scored from one. Harlow have had six and scored from one.
## 2 hours ago | Harlow 1-1 Denby
> Denby level through Chidi Okoro, who taps in at the far post after a cross from McAllister. It’s his ninth goal of the cup run.
> Harlow’s defenders appeal for offside, but the assistant referee’s flag stays down. Replays suggest he got it right… just.
## 2 hours ago | Harlow 1-0 Denby
> GOAL! Harlow take the lead after 11 minutes. Lewis crosses from the left and Marcus Bell heads it home from six yards.
## 2 hours ago | Teams are out
> The teams walk out to a roar from 8,400 fans, a record for the ground. Kick-off in two minutes.
## 3 hours ago | Team news
> Harlow: Grant; Phillips, Adeyemi, Ross, Kaur; Lewis, O’Shea, Bell; Morris, Hughes, Tran. Denby: Novak; Pryce, Stewart, Mbeki, Clarke; McAllister, Doyle, Fitzgerald; Okoro, Reyes, St. John.
## 4 hours ago | Welcome to Riverside Park
> Hello and welcome to live coverage of the County Cup final replay. Tickets sold out in 47 minutes on Monday; the club’s website crashed twice.

=== en-live-orchard-keynote
lang: en
outlet: Gadget Desk Example
title: Orchard event live: iSlate Pro, new OrchardBook Air and a surprise ‘one more thing’
caption: Orchard’s chief executive on stage at the Cupola Theater in Palo Verde.
link: https://example.com/tech/live-orchard-autumn-event
author: Nina Castellanos
date: 2026-09-15 19:05:00
tags: Tech, Orchard, Tablets
options: bom
> Orchard’s autumn event kicks off at 10 a.m. PT from the Cupola Theater in Palo Verde. The company is expected to unveil a new iSlate Pro tablet, refreshed OrchardBook laptops and the next version of its slateOS software.
> We’re in the room and will bring you every announcement as it happens.
kp: What we know so far
* iSlate Pro gets the new O5 chip and a 13-inch screen
* OrchardBook Air now starts at $899
* slateOS 9 arrives on October 2
## 11:34am | That’s a wrap
> The event is over after 94 minutes. Pre-orders for the iSlate Pro and the OrchardBook Air open on Friday at 5 a.m. PT, with deliveries from September 25.
> Our hands-on impressions will follow later today.
> In short: no new phones, no price rise on the Pro, and a ring nobody saw coming. Analysts at DataHarbor called it “a solid if unspectacular event”, while Orchard’s shares rose 1.8% in early trading in New York.
## 11:21am | One more thing: Orchard Ring
> The surprise of the day: a smart ring called Orchard Ring, made of titanium, that tracks sleep, heart rate and blood oxygen. It costs $349 and lasts “up to eight days” on a charge, Orchard says.
> “We think it’s the most personal device we’ve ever made,” said the company’s chief operating officer, Dr. Amara Lindqvist.
## 11:02am | slateOS 9 arrives on October 2
> The free update will come to all iSlates released since 2021. Highlights include a redesigned home screen, a new “Focus Desk” mode and support for two external displays.
## 10:48am | OrchardBook Air now starts at $899
> The OrchardBook Air drops $100 in price and gains the O5 chip, a 1080p webcam and a 15-hour battery. A new colour, “Fjord”, joins the range.
> The OrchardBook Pro is unchanged for now.
> The Air keeps its fanless design. Orchard says it can now drive two external monitors with the lid closed, a long-standing request from users who connect their laptop to a desk setup at work.
## 10:29am | iSlate Pro gets the new O5 chip and a 13-inch screen
> iSlate Pro is thinner (5.1mm) and lighter (579g) than last year’s model. The O5 chip is 40% faster in graphics, Orchard claims, and the screen reaches 1,600 nits in HDR.
> Prices start at $1,099 for the 11-inch model and $1,399 for the 13-inch model, both with 256GB of storage.
> A new Orchard Pencil, with a squeeze gesture and a built-in “find my” chip, costs $129. The Magic Keyboard is unchanged.
## 10:12am | eSIM only in the U.S.
> As with the phones last year, cellular iSlate Pro models sold in the U.S. will no longer have a SIM tray. Orchard says eSIM is supported by “more than 300 carriers worldwide”.
## 10:03am | And we’re off
> The lights dim and the opening video, a montage of iSlates being used by surfers, surgeons and schoolchildren, starts rolling.
## 9:40am | What to expect
> Analysts expect the iSlate Pro to be the star. Sales of tablets fell 6.4% last year, according to market researcher DataHarbor, and Orchard needs a reason for owners of older models to upgrade.
