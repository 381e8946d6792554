#! English round 13 plain articles: invented news, people, places and outlets.

=== en-plain-route-9-bridge-collapse
lang: en
outlet: The Tri-County Register
title: Route 9 bridge over the Pokagon River collapses, sending three vehicles into the water; two dead
caption: Rescue crews search the wreckage of the Route 9 bridge near Millbrook Falls on Thursday.
link: https://example.com/news/local/route-9-pokagon-bridge-collapse
author: Dwayne Kessler-Park
date: 2034-05-11 21:15:00
tags: Bridge collapse, Millbrook Falls, Infrastructure, Pokagon River
options: crlf
> Two people were killed and five others injured when a 90-year-old steel truss bridge carrying Route 9 over the Pokagon River collapsed during the morning rush hour on Thursday, sending three vehicles into the water near Millbrook Falls.
> The center span of the bridge gave way at about 7:48 a.m., according to the county sheriff’s office. A pickup truck, a minivan and a school maintenance van fell roughly 40 feet into the river, which was running high after a week of rain.
> “I heard a bang like a transformer blowing, and then the road just wasn’t there,” said Carla DiNardo, 46, who stopped her car about 30 yards from the edge. “The truck in front of me was there, and then it was gone.”
> Gov. Raymond Sutcliffe, who arrived at the scene before noon, called it “a tragedy that should never happen in the United States of America in 2034” and ordered inspections of all 212 steel truss bridges on state roads within 30 days.
> The two people who died were identified by the sheriff as Dennis Hargrove, 61, of Millbrook Falls, and Lucia Benavides-Roth, 33, of Linden Township, who was driving the minivan. Her two children, aged 4 and 7, were pulled from the water by a fisherman and a passing nurse and are in a stable condition at St. Anne’s Regional Medical Center.
> The fisherman, Walt McIlhenny, 72, said he had rowed out from the bank “without thinking about it”. He was treated for hypothermia and released in the afternoon.
> 1,400 bridges in the state are rated “poor”, according to the most recent federal inventory, and the Route 9 span was one of them. A 2031 inspection report, seen by the Register, noted “section loss” on two floor beams and recommended repairs “within 24 months”. The work had been scheduled for this summer.
> Dr. Eleanor Voss-Mendez, a structural engineer and associate professor at Kellgrove State University, cautioned against drawing conclusions before investigators had examined the debris. “A poor rating does not mean a bridge is about to fall down. It means it needs attention. Something else may have happened here, e.g. scour at the pier after the flooding.”
> The National Transportation Safety Board is sending a team of 11 investigators, who are expected to arrive Friday morning. NTSB board member Kevin Oyelowo-Hart said a preliminary report would take about 30 days.
> U.S. Transportation Secretary Alicia Tennberg said in a statement that federal emergency relief funds would be made available “immediately” to rebuild the crossing.
> Route 9 will remain closed between Old Mill Road and the Interstate 82 interchange for the foreseeable future. Detours are posted; details are available at www.tricounty-roads-example.gov/route9 and updates are sent by text to subscribers who register at the same address.
> The school district said classes in Millbrook Falls would go ahead Friday, with counselors available. Superintendent Gloria Pankhurst-Ruiz said the maintenance van’s driver, a district employee, was among the injured and had “a long road ahead, but he is going to make it”.

=== en-plain-ashbourne-kidnapping-trial
lang: en
outlet: The Midlands Courant
title: Businessman kidnapped and held in a cellar for nine days, jury told as trial of four men begins
caption: Ashbourne Crown Court, where the trial is expected to last six weeks.
link: https://example.co.uk/news/crime/ashbourne-kidnapping-trial-opens
author: Siobhan Kettlewell
date: 2034-11-06 17:40:00
tags: Crime, Courts, Kidnapping, Ashbourne
options: nocaptionline authorspace
> A property developer was snatched from outside his home, bundled into the boot of a car and held in a cellar for nine days while his kidnappers demanded £2.5 million from his family, a jury has heard.
> Four men deny conspiracy to kidnap and blackmail at Ashbourne Crown Court. Prosecutors say the victim, Graham Featherby, 58, was released only after his son handed over £400,000 in cash and cryptocurrency in a supermarket car park in Derby.
> Opening the case, Miriam Stanhope KC said Mr Featherby had been seized on the evening of 14 February last year as he got out of his Range Rover on the drive of his house in Little Hatherton. “He was grabbed from behind, a hood was put over his head and his hands were bound with cable ties. It was over in less than a minute.”
> “This was not a spur-of-the-moment crime,” Ms Stanhope told the jury. “It was planned for months, with a care and patience that would have been admirable had it been put to any lawful purpose.”
> The defendants are Kieran Loftus, 41, of Long Eaton; Dariusz Wojcik-Bell, 36, of Nottingham; Jermaine Osei-Crabtree, 29, of Derby; and Nathan St. Clair, 44, of no fixed address. All four deny the charges.
> The jury heard that Mr Featherby was driven to a farmhouse near Wirksworth rented by Mr Loftus under a false name. He was kept in a cellar with no natural light and fed “mostly on tinned soup and bread”, Ms Stanhope said. His captors wore balaclavas and called each other by numbers rather than names.
> On the third day, the kidnappers sent his family a video in which Mr Featherby, visibly distressed, read a prepared statement. The message demanded £2.5m and warned the family not to contact the police. The family contacted the police within the hour.
> Detectives from the East Midlands Special Operations Unit then spent six days negotiating through a burner phone, the court heard. A specialist negotiator, referred to in court only as “Officer 27”, is expected to give evidence next week from behind a screen.
> Ms Stanhope said the ransom drop, on 22 February, was covered by more than 40 surveillance officers. A bag containing £400,000 was left in a trolley bay at 6.10am; the defendants’ phones, i.e. the four burner handsets the Crown says they used, were tracked to the same car park minutes later.
> Mr Featherby was released the following night on a lay-by on the A6, “cold, frightened and about a stone lighter”. Mr Wojcik-Bell and Mr Osei-Crabtree were arrested at a flat in Nottingham the next morning; the other two were arrested in March.
> The prosecution will rely in part on evidence from Dr. Hannah Pillai, who holds a Ph.D. in forensic linguistics and has analysed the ransom video and text messages. Ms Stanhope said Dr Pillai would tell the jury that the messages contained spelling habits “strikingly similar” to those in Mr Loftus’s own texts.
> The trial, before Mr Justice Arkwright, continues.

=== en-plain-kilbrannagh-first-pride
lang: en
outlet: The Western Shannon Echo
title: Thousands turn out in the rain as Kilbrannagh holds its first ever Pride march
caption: Marchers on Bridge Street, Kilbrannagh, during the town’s first Pride parade.
link: https://example.ie/news/kilbrannagh-first-pride-march
author: Niamh O’Callaghan-Reid
date: 2034-06-24 18:20:00
tags: Kilbrannagh, Pride, LGBTQ+, Community
options: bom
> Several thousand people braved heavy showers in Kilbrannagh on Saturday afternoon for the town’s first ever Pride march, an event organisers had expected to draw “maybe a few hundred”.
> Gardaí estimated the crowd at about 4,500 at its peak, making it one of the largest gatherings the Co. Clare market town has seen since the centenary celebrations of 2022.
> The parade set off from the Fair Green at 2pm, led by a samba band from Ennistymon and a tractor decorated in rainbow bunting by the local branch of Macra. It wound its way along Bridge Street, Main Street and the quays before finishing at the GAA grounds, where a family festival with music, food stalls and a dog show ran until 7pm.
> “When I was growing up here in the 1980s, you wouldn’t say the word out loud,” said Pádraig Mulcahy, 61, who marched with his husband, Brian. “Now my neighbours are standing at their doors waving flags. I didn’t think I’d live to see it... I really didn’t.”
> ‘Kilbrannagh Pride’ was founded only last September by a group of five friends, four of them members of the town’s drama society. Its chair, Róisín McEntaggart, 27, said the idea came up “over a pint after a rehearsal”.
> “We thought we’d do a bit of a walk and a barbecue. Then the mart offered us the tractor, the GAA offered us the pitch, the parish offered us the hall in case of rain, and it just grew.”
> The parish priest, Fr. Declan Hurley, did not march but stood outside St. Flannan’s Church on Main Street as the parade passed, shaking hands with marchers. “Everyone is welcome in this town. It is as simple as that,” he said.
> Not everyone was supportive. About a dozen counter-protesters stood with placards near the courthouse. Gardaí said the day passed off without any arrests and described the atmosphere as “good-humoured, if damp”.
> The Minister of State for Equality, Cathal Breathnach TD, who joined the march for part of the route, said events in smaller towns mattered “even more than the big parades in Dublin and Cork”.
> 3.2 tonnes of rubbish were collected after the event, according to Clare County Council, much of it soaked cardboard placards. Volunteers from the Tidy Towns committee had the streets cleared by 9pm.
> Organisers said they would announce the date of next year’s event in the autumn. Photos from the day can be sent to hello@kilbrannaghpride-example.ie for a community exhibition planned for the library.

=== en-plain-werrigal-dam-alert
lang: en
outlet: The Upper Macquarie Star
title: Werrigal Dam alert: residents below the spillway told to prepare to evacuate as dam reaches 104% capacity
caption: Water pours over the spillway of Werrigal Dam on Monday morning.
link: https://example.com.au/news/werrigal-dam-alert-evacuation-warning
author: Mitchell Graybrook
date: 2035-02-26 12:45:00
options: exit=none
> Residents of about 900 homes downstream of Werrigal Dam have been told to prepare to evacuate after the dam rose to 104% of its capacity overnight, following more than 280mm of rain in the catchment since Friday.
> WaterNSW said there was no sign of any structural problem with the 61-year-old earth and rockfill dam, but it was releasing water at the highest rate since 1974 to protect the wall, which will cause major flooding in the low-lying parts of Tarrabee and Cullen’s Crossing.
> The NSW SES issued the “prepare to evacuate” warning at 4.30am. Residents of Tarrabee’s river flats, Cullen’s Crossing and the Werrigal Road caravan park should pack medicines, documents and pets and be ready to leave at short notice, SES chief superintendent Danielle Okoro-Whyte said.
> “This is not an order to leave yet. But if you wait until the water is in your street, it’s too late. Now is the time to make a plan,” she said.
> myAlert, the state’s emergency notification app, crashed for about 40 minutes shortly after the warning was sent because of what the government described as “unprecedented demand”. Warnings are also published at www.ses-example.nsw.gov.au and on local ABC radio.
> 12 schools in the area will be closed on Tuesday. An evacuation centre has been opened at the Tarrabee Memorial Hall on Kendall St., and the Cullen’s Crossing RSL is open as a second centre for people with caravans.
> Bureau of Meteorology senior forecaster Josh Pemberton-Lui said another 50mm to 80mm of rain was possible in the catchment on Tuesday, with the heaviest falls expected between 10am and 4pm, before the system moves offshore.
> Farmers along the river have been moving stock to higher ground since Sunday. “We shifted 600 head of cattle yesterday and we’ll do the rest tonight,” said Tarrabee dairy farmer Greg McKillop. “You learn to listen when the SES tells you something.”
> Werrigal Dam was built between 1968 and 1973 and supplies drinking water to about 38,000 people. It was last over full capacity in 2022, when the peak reached 101.6%.
