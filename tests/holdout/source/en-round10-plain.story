#! English round 10 plain articles: invented news, people and places.

=== en-plain-cyclist-death-sentencing
lang: en
outlet: Wessex Chronicle
title: Van driver who was on his phone when he killed cyclist jailed for eight years
caption: Dr. Helen Marchbank, who was killed on the A351 in March last year.
link: https://example.co.uk/news/crime/van-driver-jailed-cyclist-death-a351
author: Tom Ellery-Shaw
date: 2031-06-12 16:22:00
tags: Courts, Road safety, Dorset
options: crlf
> A van driver who was watching a video on his phone when he ploughed into a cyclist at 58mph has been jailed for eight years. Kieran Leadbetter, 29, of Mill Lane, Wareham, admitted causing death by dangerous driving at an earlier hearing.
> Dr. Helen Marchbank, 51, a consultant anaesthetist at St. Brannock’s Hospital, died at the scene on the A351 near Stoborough on 14 March last year. She was cycling to work, as she did most days, and was wearing a helmet and high-visibility clothing.
> Winchester Crown Court heard that Leadbetter had been streaming a football match on his phone, which was held in a clip on the dashboard, for almost 11 minutes before the collision. Data recovered from the phone showed the screen was unlocked and the video playing at the moment of impact, at 7.42am.
> “You chose to watch a football match instead of the road,” Judge Caroline Ashdown KC told him. “Dr. Marchbank was in plain sight for at least eight seconds. You did not brake, you did not swerve. You simply did not see her, because you were not looking.”
> The court heard that Leadbetter had two previous convictions for using a phone while driving, e.g. in 2027, when he was caught by a police officer on the M27, and had been banned from driving for six months in 2029. He was driving a van belonging to his employer, a kitchen-fitting firm, at the time.
> In a victim impact statement read to the court, Dr. Marchbank’s husband, Mr. Peter Marchbank, said the family’s life had been “cut in two, into before and after”. He said: “Helen spent 25 years keeping people alive on operating tables. She was killed by a man who couldn’t wait until half-time.”
> 17 of her colleagues from the hospital, many still in their scrubs, sat in the public gallery for the sentencing. The hospital has since named a teaching room after her.
> Defending, Ms. Rebecca Oyelowo said her client was “genuinely and profoundly remorseful” and had written a letter to the family, which they had chosen not to read. He had not driven since the collision and had sold his car.
> As well as the prison sentence, Leadbetter was banned from driving for 12 years, to begin on his release. He will serve up to two thirds of the sentence in custody.
> Speaking outside court, Insp. Graham Tully of Dorset Police’s serious collision unit said: “This was entirely avoidable. If one driver puts their phone away because of this case, then something good will have come out of a terrible day.”

=== en-plain-school-return-carver-falls
lang: en
outlet: Carver Falls Tribune-Herald
title: ‘We are still a family’: Carver Falls High students return to class nine days after shooting
caption: Students and parents walk past flowers and cards left at the school’s main entrance.
link: https://example.com/news/local/carver-falls-high-students-return
author: Naomi Feldstein
date: 2032-02-04 18:40:00
tags: Carver Falls, Schools, Community
options: authorspace
> Nine days after a shooting that killed two students and a teacher, classes resumed Tuesday at Carver Falls High School, where parents, counselors and therapy dogs lined the walkway to the main entrance and many students arrived holding hands.
> The school opened at 10 a.m., two hours later than usual, and the day was shortened to four periods. Attendance was about 78%, district officials said, and students who were not ready to return could attend classes online for at least another two weeks.
> “We are still a family. We are a family that is hurting, but we are still a family,” Principal Dr. Angela Whitford told students and staff in the gymnasium at the start of the day, according to a recording released by the district. Several teachers said afterward that the room was silent for almost a minute when she finished.
> The school library, where most of the shooting took place on Jan. 26, remains closed and will not reopen this school year. Books have been moved to two classrooms on the second floor, and the district said it would consult students and families before deciding what to do with the space.
> Those killed were Marcus Delgado, 16, a junior who played trumpet in the marching band; Lily Ann Petrakis, 15, a sophomore who volunteered at an animal shelter; and Robert Oakes, 58, a history teacher who had worked at the school for 27 years. A memorial wall with their photographs has been set up in the main hallway.
> Investigators have said little about the 17-year-old suspect, who is charged as an adult with three counts of aggravated murder. The Tribune-Herald is not naming him, in line with its policy on reporting mass shootings.
> More than 60 counselors from across the state and the U.S. Department of Education’s school crisis program are working at the school this week. Dr. Ramon Ibarra-Kent, a psychologist with a Ph.D. in child trauma who is leading the team, said returning was “an important step, not a finish line.” He added: “Some kids will be fine today and struggle in April. That is normal. We need to be here in April too.”
> Gov. Patricia Lindqvist-Moore and Sen. Elijah Barnwell visited the school last week but did not attend Tuesday, at the request of families. In a statement, the governor said the state would pay for security upgrades, i.e. new door locks and a single visitor entrance, at all 14 schools in the district.
> Parents were divided over the new measures. Some welcomed the police officers stationed at each entrance; others said the presence of armed officers made their children more anxious. “My daughter asked me if the officers were there because it might happen again,” said Karen Ostrander, whose daughter is a freshman. “I didn’t know what to tell her.”
> The district has set up a support line for families at 555-0148 and a page with resources at www.example.org/carverfalls-support. Questions can also be sent to support@cfschools.example.
> At 3:15 p.m., as buses pulled away, a group of seniors stood at the flagpole and read the three names aloud. Then they went home.

=== en-plain-hearthpro-recall
lang: en
outlet: Consumer Watch Daily
title: HearthPro recalls 1.4 million air fryers after 212 reports of overheating and fires
caption: The recalled HearthPro CrispMax 5.5 air fryer.
link: https://example.com/recalls/hearthpro-crispmax-air-fryer-recall
date: 2031-10-15 11:05:00
tags: Recalls, Air fryers, Product safety
options: exit=none
> HearthPro Inc. is recalling about 1.4 million CrispMax air fryers sold in the U.S. and Canada because they can overheat and catch fire, the Consumer Product Safety Commission said Wednesday.
> The company has received 212 reports of units overheating, including 38 fires and 11 reports of minor burns. No deaths have been reported. The recall covers the CrispMax 5.5 and CrispMax 7.0 models, sold in black, white and “sage green” between Jan. 2029 and Aug. 2031 for between $79 and $129.
> CPSC said a faulty connection in the heating element can loosen over time, causing the wiring to overheat. The problem is more likely in units that are used daily, e.g. in homes with large families, or that have been run for long periods on the highest setting.
> Consumers should stop using the air fryers immediately, unplug them and contact HearthPro for a free replacement or a full refund. Affected units have model No. HP-CM55 or HP-CM70 printed on a label on the underside, and a date code between 0129 and 0831. Units with a green dot next to the code are not affected.
> “Customer safety is our first priority,” HearthPro chief executive Gordon McTavish said in a statement. “We are sorry for the worry this causes, and we are making the process as simple as possible.” Customers can register at www.example.com/hearthpro-recall or call 1-800-555-0199 from 8 a.m. to 8 p.m. ET, Monday through Friday.
> The air fryers were sold at major retailers including Home Harbor, ValuMart and KitchenCo and online at Amazon, Walmart.com and hearthpro.example. They were also sold second-hand.
> eBay and other resale sites have been asked to remove listings for the affected models, CPSC said. It is illegal to sell a recalled product in the U.S., although the agency acknowledges that enforcement on private sales is difficult.
> Air fryers have become one of the fastest-growing kitchen appliances in the country. An industry group estimates that about 41% of U.S. households now own one. Safety experts advise owners of any model to keep the appliance away from walls and cabinets, i.e. with at least five inches of clearance on all sides, and never to leave it running unattended.

=== en-plain-craigmore-first-orbit
lang: en
outlet: The Highland Observer
title: Craigmore Spaceport makes history as first rocket launched from Scotland reaches orbit
caption: The Skerry-1 rocket lifts off from the launch pad on the Isle of Fhada.
link: https://example.co.uk/news/science/craigmore-spaceport-first-orbital-launch
author: Morag Dunnachie
date: 2031-04-23 10:48:00
tags: Space, Craigmore Spaceport, Science
options: bom
> A rocket has reached orbit from Scottish soil for the first time, after Northlight Launch’s Skerry-1 lifted off from Craigmore Spaceport on the Isle of Fhada at 6.14am on Wednesday and placed two small satellites into orbit about 520km above the Earth.
> The 19-metre rocket, the first to be built and launched entirely in the UK, rose slowly from the pad into a clear, pale sky and was visible from as far away as Ullapool. Its upper stage released both satellites 11 minutes and 48 seconds after lift-off, the company said.
> “We did it. We actually did it,” said Northlight’s chief executive, Dr. Calum Rennick, who founded the company in a former boatshed in Inverness nine years ago. “There were days, many days, when I thought this would never happen... and today it happened on the first attempt of the year, in good weather, in Scotland. Nobody will believe the weather part.”
> 17 minutes after launch, ground stations in Norway confirmed signals from both satellites. One, built by students at Strathclyde, will measure sea-surface temperatures; the other, a commercial payload, will test a new radio for tracking ships in the North Atlantic.
> The launch comes after two failed attempts. The first, in September 2029, ended when the rocket’s engine shut down 3.5 seconds after ignition; the second, last May, was aborted when a sensor on the second stage gave a false reading. “Rocketry is hard. We learned that the expensive way,” Dr. Rennick said.
> About 1,000 people watched from a viewing area at Baile an Locha, the island’s only village, where the community hall served bacon rolls from 4am. Islanders were divided when the spaceport was first proposed, but most now support it. It has created 64 full-time jobs on an island with a population of just over 400.
> Prof. Sheena MacAulay, an astrophysicist at the University of Aberdeen, said the launch was “a genuinely historic moment”, putting the UK among a small group of countries able to launch satellites into orbit from their own territory. “It matters for science and it matters for industry, i.e. for all the companies that have been waiting years for a launch site closer than French Guiana.”
> Northlight plans four more launches this year and says it has contracts for 23 satellites. The UK Space Agency, which contributed £12.5m towards the rocket’s development, called the flight “a landmark day”.

=== en-plain-tour-of-the-dales-stage
lang: en
outlet: Northern Spokes
title: Tour of the Dales: Freya Lockhart-Vance wins queen stage at Buttertubs to take leader’s jersey
link: https://example.co.uk/cycling/tour-of-the-dales-stage-four-report
author: Gavin Ormerod
date: 2031-06-06 18:30:00
tags: Cycling, Tour of the Dales, Women’s cycling
options: nocaptionline
> Freya Lockhart-Vance rode away from the rest of the field on the final climb of the Buttertubs Pass to win the fourth stage of the Tour of the Dales and take the leader’s jersey with two days to go.
> The 24-year-old from Kendal, riding for Team Harrier, attacked with 3.2km to go and crossed the line 41 seconds ahead of Danish rider Mette Sørvig. Overnight leader Isabella McNulty lost more than two minutes and drops to fifth overall.
> “I didn’t plan it. Honestly, I felt terrible at the bottom,” Lockhart-Vance said. “Then I looked around and everyone else looked worse, so I thought, ‘Why not?’ My legs are still shaking.”
> The 142.6km stage from Skipton to the top of the pass took the riders over three categorised climbs in heavy rain. Several riders crashed on the descent of Fleet Moss, including Spain’s Lucía Barrenechea, who abandoned the race with a suspected broken collarbone.
> Lockhart-Vance’s winning time was 3hr 51min 12sec. She now leads Sørvig by 48 seconds in the general classification, with Australia’s Jessie O’Rourke third at 1min 05sec.
> Team Harrier’s directeur sportif, Mr. Paul DeVere, said the team had not expected to be leading at this stage. “We came here for stage wins, e.g. a sprint or two. Freya had other ideas. She usually does.”
> Crowds lined the final 2km of the climb despite the weather. Organisers estimated 15,000 spectators on the pass, the most since the race was founded in 2017. Some had camped overnight near the summit.
> Friday’s fifth stage is a flat 118km run from Ripon to Harrogate, likely to end in a bunch sprint. The race finishes in Leeds on Saturday.
